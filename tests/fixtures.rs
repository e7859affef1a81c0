//! Fixture cases of our own under `fixtures/<case>/`, one test per case.

use serde_json::Value;

use crate::util::json;

fn by_rule<'a>(v: &'a Value, rule: &str) -> Vec<&'a Value> {
    v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["rule"] == rule)
        .collect()
}

/// Yuri / Yury Petrenko is one person, linked by transliteration folding
/// with no catalog entry; Mark Hollis and Mark Hollins stay two people.
#[test]
fn name_spelling_transliteration() {
    let (code, v) = json(&["fixtures/name-spelling-transliteration"]);
    assert_eq!(code, 0);
    let f = by_rule(&v, "name-spelling");
    assert_eq!(f.len(), 1, "{:#?}", v["findings"]);
    assert_eq!(f[0]["subject"], "Yuri Petrenko");
    let values: Vec<&str> = f[0]["values"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x["value"].as_str().unwrap())
        .collect();
    assert_eq!(values, vec!["Yuri Petrenko", "Yury Petrenko"]);
    let yury = f[0]["evidence"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["text"] == "Yury Petrenko")
        .unwrap();
    assert!(
        yury["note"].as_str().unwrap().contains("transliteration"),
        "{yury}"
    );
    // furniture ("Related article:", "Share", "Comments") yields nothing and
    // the dateline dates the undated text
    let gazette = v["articles"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["path"].as_str().unwrap().ends_with("gazette.txt"))
        .unwrap();
    assert_eq!(gazette["published"], "2026-02-11");
    assert_eq!(gazette["published_from"], "dateline");
}
