//! The five seed articles, as `tests/seeds/EXPECTED.md` describes them.
//!
//! Run A (text only) must report the two name-spelling infos; the other
//! findings of EXPECTED.md come with the meetings and dates issues, which
//! extend this test.

use serde_json::Value;

use crate::util::json;

fn findings<'a>(v: &'a Value, rule: &str) -> Vec<&'a Value> {
    v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["rule"] == rule)
        .collect()
}

fn file_ids(paths: &Value) -> Vec<String> {
    let mut v: Vec<String> = paths
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p.as_str().unwrap().rsplit('/').next().unwrap()[..3].to_string())
        .collect();
    v.sort();
    v
}

/// (value, files) of a finding, sorted.
fn values(f: &Value) -> Vec<(String, Vec<String>)> {
    let mut v: Vec<(String, Vec<String>)> = f["values"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| {
            (
                x["value"].as_str().unwrap().to_string(),
                file_ids(&x["paths"]),
            )
        })
        .collect();
    v.sort();
    v
}

#[test]
fn run_a_reports_both_name_spellings_as_info() {
    let (code, v) = json(&["fixtures/seeds"]);
    assert_eq!(code, 0);
    let spell = findings(&v, "name-spelling");
    assert_eq!(spell.len(), 2, "{:#?}", v["findings"]);
    let lavrov = spell
        .iter()
        .find(|f| f["subject"].as_str().unwrap().contains("Lavrov"))
        .expect("Lavrov finding");
    assert_eq!(lavrov["severity"], "info");
    assert_eq!(
        values(lavrov),
        vec![
            ("Sergei Lavrov".into(), vec!["000".into(), "003".into()]),
            (
                "Sergey Lavrov".into(),
                vec!["001".into(), "002".into(), "004".into()]
            ),
        ]
    );
    let zelensky = spell
        .iter()
        .find(|f| f["subject"].as_str().unwrap().contains("Zelensky"))
        .expect("Zelensky finding");
    assert_eq!(zelensky["severity"], "info");
    assert_eq!(
        values(zelensky),
        vec![
            (
                "Volodymyr Zelensky".into(),
                vec!["000".into(), "002".into(), "004".into()]
            ),
            ("Volodymyr Zelenskyy".into(), vec!["001".into()]),
        ]
    );
    // each spelling says why it was linked
    for e in zelensky["evidence"].as_array().unwrap() {
        assert!(!e["note"].as_str().unwrap().is_empty(), "{e}");
    }
}

#[test]
fn run_a_has_nothing_at_warning_or_error() {
    let (_, v) = json(&["fixtures/seeds"]);
    for f in v["findings"].as_array().unwrap() {
        assert_eq!(f["severity"], "info", "{f}");
    }
    assert_eq!(v["summary"]["findings"]["error"], 0);
    assert_eq!(v["summary"]["findings"]["warning"], 0);
}

#[test]
fn run_a_dates_come_only_from_the_articles_themselves() {
    let (_, v) = json(&["fixtures/seeds"]);
    let arts = v["articles"].as_array().unwrap();
    assert_eq!(arts.len(), 5);
    let by = |id: &str| {
        arts.iter()
            .find(|a| a["path"].as_str().unwrap().contains(id))
            .unwrap()
    };
    assert_eq!(by("000_")["published"], "2025-09-24");
    assert_eq!(by("000_")["published_from"], "url");
    assert_eq!(by("000_")["source"], "The Moscow Times");
    assert_eq!(by("001_")["source"], "News.Az");
    assert_eq!(by("001_")["source_from"], "text");
    // 003's furniture carries Nov.-Dec. 2025 timestamps: never its date
    assert_eq!(by("003_")["published"], Value::Null);
    assert_eq!(by("003_")["published_from"], "unknown");
    // "6 hours ago" is relative to an unknown crawl time
    assert_eq!(by("004_")["published"], Value::Null);
}

/// Every field of DESIGN.md's JSON example is present.
#[test]
fn json_carries_every_field_of_the_design() {
    let (_, v) = json(&[
        "fixtures/seeds",
        "fixtures/mixed-encodings-and-skips/empty.md",
    ]);
    let has = |obj: &Value, keys: &[&str], what: &str| {
        for k in keys {
            assert!(obj.get(k).is_some(), "{what} lacks `{k}`: {obj}");
        }
    };
    has(
        &v,
        &[
            "version", "tool", "articles", "skipped", "findings", "summary",
        ],
        "report",
    );
    assert_eq!(v["version"], 1);
    has(&v["tool"], &["name", "version"], "tool");
    has(
        &v["articles"][0],
        &[
            "path",
            "source",
            "source_from",
            "published",
            "published_from",
            "url",
            "url_from",
            "reference_date",
            "reference_from",
            "language",
            "claims",
        ],
        "article",
    );
    has(&v["skipped"][0], &["path", "reason", "detail"], "skip");
    let f = &v["findings"][0];
    has(
        f,
        &[
            "id", "rule", "kind", "severity", "subject", "message", "help", "values", "evidence",
        ],
        "finding",
    );
    assert_eq!(f["id"].as_str().unwrap().len(), 16);
    assert!(
        f["id"]
            .as_str()
            .unwrap()
            .bytes()
            .all(|b| b.is_ascii_hexdigit())
    );
    has(&f["values"][0], &["value", "paths", "outlets"], "value");
    has(
        &f["evidence"][0],
        &[
            "path",
            "line",
            "column",
            "start",
            "end",
            "text",
            "value",
            "note",
            "source",
            "url",
            "published",
            "published_from",
            "anchor",
        ],
        "evidence",
    );
    has(
        &v["summary"],
        &[
            "files",
            "articles",
            "skipped",
            "claims",
            "findings",
            "baselined",
            "suppressed",
        ],
        "summary",
    );
    has(
        &v["summary"]["findings"],
        &["error", "warning", "info"],
        "counts",
    );
}

#[test]
fn evidence_spans_point_at_the_text() {
    let (_, v) = json(&["fixtures/seeds"]);
    for f in v["findings"].as_array().unwrap() {
        for e in f["evidence"].as_array().unwrap() {
            let path = e["path"].as_str().unwrap();
            let text = std::fs::read_to_string(crate::util::root().join(path)).unwrap();
            let (s, t) = (
                e["start"].as_u64().unwrap() as usize,
                e["end"].as_u64().unwrap() as usize,
            );
            assert_eq!(&text[s..t], e["text"].as_str().unwrap());
            let line = text[..s].matches('\n').count() + 1;
            assert_eq!(e["line"].as_u64().unwrap() as usize, line);
        }
    }
}
