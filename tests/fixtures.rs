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

fn values(f: &Value) -> Vec<(String, Vec<String>)> {
    let mut v: Vec<(String, Vec<String>)> = f["values"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| {
            let mut files: Vec<String> = x["paths"]
                .as_array()
                .unwrap()
                .iter()
                .map(|p| p.as_str().unwrap().rsplit('/').next().unwrap().to_string())
                .collect();
            files.sort();
            (x["value"].as_str().unwrap().to_string(), files)
        })
        .collect();
    v.sort();
    v
}

fn only(v: &Value) -> &Value {
    let all = v["findings"].as_array().unwrap();
    assert_eq!(all.len(), 1, "{all:#?}");
    &all[0]
}

/// "on Tuesday" in an article of Wednesday March 4 and "on Wednesday" in
/// one of Friday March 6 are different days; the third article (dated
/// 05.03.2026) agrees with the first. One event: same ministers, same city.
#[test]
fn meeting_date_weekday_conflict() {
    let (code, v) = json(&["fixtures/meeting-date-weekday-conflict"]);
    assert_eq!(code, 1, "an error fails the run");
    let f = only(&v);
    assert_eq!(f["rule"], "meeting-date");
    assert_eq!(f["severity"], "error");
    assert_eq!(
        values(f),
        vec![
            (
                "2026-03-03".into(),
                vec!["coast-wire.txt".into(), "harbor-gazette.txt".into()]
            ),
            ("2026-03-04".into(), vec!["nairobi-ledger.md".into()]),
        ]
    );
    let notes: Vec<&str> = f["evidence"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["note"].as_str().unwrap())
        .collect();
    assert!(
        notes
            .iter()
            .any(|n| n.starts_with("Wednesday → 2026-03-04")),
        "{notes:?}"
    );
    assert!(
        notes.iter().any(|n| n.starts_with("Tuesday → 2026-03-03")),
        "{notes:?}"
    );
}

/// Two reports name a different Norwegian envoy at the table; a third
/// names neither (an omission, which never fires on its own).
#[test]
fn meeting_participants_substitution() {
    let (code, v) = json(&["fixtures/meeting-participants-substitution"]);
    assert_eq!(code, 0, "a warning does not fail the default run");
    let f = only(&v);
    assert_eq!(f["rule"], "meeting-participants");
    assert_eq!(f["severity"], "warning");
    assert_eq!(
        values(f),
        vec![
            (
                "Daniel Mwangi, Erik Solberg, Lars Haugen".into(),
                vec!["oslo-bureau.md".into()]
            ),
            (
                "Daniel Mwangi, Ingrid Dahl, Lars Haugen".into(),
                vec!["coast-wire.txt".into()]
            ),
        ]
    );
    assert!(f["message"].as_str().unwrap().contains("for Norway"));
}

/// "last met in January" (May 20) against a March 9 meeting in Toronto;
/// the planned June meeting does not count.
#[test]
fn previous_meeting_contradiction() {
    let (_, v) = json(&["fixtures/previous-meeting-contradiction"]);
    let f = only(&v);
    assert_eq!(f["rule"], "previous-meeting");
    assert_eq!(f["severity"], "warning");
    assert_eq!(
        values(f),
        vec![
            ("2026-01".into(), vec!["capital-courier.md".into()]),
            ("2026-03-09".into(), vec!["metro-wire.txt".into()]),
        ]
    );
}

/// Calls with no occasion on June 1 and June 4 are two calls, not one call
/// with two dates; two reports of the June 1 call are one event.
#[test]
fn two_calls_different_days() {
    let (code, v) = json(&["fixtures/two-calls-different-days"]);
    assert_eq!(code, 0);
    assert!(v["findings"].as_array().unwrap().is_empty(), "{v:#}");
    let mut events: Vec<(String, String)> = Vec::new();
    for m in crate::util::meeting_claims(&["fixtures/two-calls-different-days"]) {
        assert_eq!(m.get("mode"), "call");
        events.push((m.get("date"), m.get("event")));
    }
    events.sort();
    assert_eq!(events.len(), 3);
    assert_eq!(events[0].0, "2026-06-01");
    assert_eq!(events[1].0, "2026-06-01");
    assert_eq!(events[0].1, events[1].1, "one call, two reports");
    assert_eq!(events[2].0, "2026-06-04");
    assert_ne!(events[2].1, events[0].1, "two calls");
}

/// A teaser list (headlines with timestamps under a header that is no known
/// marker) repeats the meeting with another day; read as text it would
/// conflict with the other outlet.
#[test]
fn furniture_teaser_list_no_marker() {
    let (code, v) = json(&["fixtures/furniture-teaser-list-no-marker"]);
    assert_eq!(code, 0);
    assert!(v["findings"].as_array().unwrap().is_empty(), "{v:#}");
    // the body's meeting is still read, and agrees with the wire
    let out = crate::util::run(&[
        "claims",
        "fixtures/furniture-teaser-list-no-marker/valley-herald.md",
        "--format",
        "json",
    ]);
    let c: Value = serde_json::from_slice(&out.stdout).unwrap();
    let meetings: Vec<&Value> = c["articles"][0]["claims"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["kind"] == "meeting")
        .collect();
    assert_eq!(meetings.len(), 1, "only the body's meeting: {meetings:#?}");
    let date = meetings[0]["fields"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["field"] == "date")
        .unwrap();
    assert_eq!(date["value"], "2026-08-13");
}

/// Same people, same city, three weeks apart: two meetings, not one
/// meeting with two dates.
#[test]
fn same_city_meetings_weeks_apart() {
    let (code, v) = json(&["fixtures/same-city-meetings-weeks-apart"]);
    assert_eq!(code, 0);
    assert!(v["findings"].as_array().unwrap().is_empty(), "{v:#}");
}

/// "Thursday, May 16, 2025" contradicts the calendar (a Friday); the other
/// outlet's "Friday, May 16, 2025" does not.
#[test]
fn weekday_contradicts_date() {
    let (code, v) = json(&["fixtures/weekday-contradicts-date"]);
    assert_eq!(code, 0, "a warning does not fail the default run");
    let f = only(&v);
    assert_eq!(f["rule"], "weekday-mismatch");
    assert_eq!(f["severity"], "warning");
    assert_eq!(f["subject"], "Thursday, May 16, 2025");
    assert_eq!(
        values(f),
        vec![(
            "2025-05-16 is a Friday, not a Thursday".into(),
            vec!["league-wire.txt".into()]
        )]
    );
}

/// Mohammed al-Rashidi / Muhammad el-Rashidy / Mohamed al-Rashidi: one
/// person by the romanization rules (Arabic article, vowels, y/i), with the
/// reason on each spelling; lone "Al-Rashidi" and "El-Rashidy" link too.
#[test]
fn names_arabic_romanizations_merged() {
    let dir = "fixtures/names-arabic-romanizations-merged";
    let (code, v) = json(&[dir]);
    assert_eq!(code, 0);
    let f = by_rule(&v, "name-spelling");
    assert_eq!(f.len(), 1, "{:#?}", v["findings"]);
    assert_eq!(f[0]["values"].as_array().unwrap().len(), 3);
    let levant = f[0]["evidence"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["text"] == "Muhammad el-Rashidy")
        .expect("the Levant Wire spelling is quoted");
    assert!(
        levant["note"]
            .as_str()
            .unwrap()
            .contains("transliteration variants"),
        "{levant}"
    );
    let entities: std::collections::BTreeSet<String> = crate::util::claim_rows("mention", &[dir])
        .iter()
        .map(|m| m.get("entity"))
        .collect();
    assert_eq!(entities.len(), 1, "{entities:?}");
}

/// Daniel Kessler (mayor) and Daniel Kestler (emergency manager), Ruth and
/// Rita Okafor: near-identical names of four people, never merged.
#[test]
fn names_near_identical_two_people() {
    let dir = "fixtures/names-near-identical-two-people";
    let (code, v) = json(&[dir]);
    assert_eq!(code, 0);
    assert!(
        by_rule(&v, "name-spelling").is_empty(),
        "{:#?}",
        v["findings"]
    );
    let entities: std::collections::BTreeSet<String> = crate::util::claim_rows("mention", &[dir])
        .iter()
        .map(|m| m.get("entity"))
        .collect();
    let want: std::collections::BTreeSet<String> = [
        "Daniel Kessler",
        "Daniel Kestler",
        "Rita Okafor",
        "Ruth Okafor",
    ]
    .into_iter()
    .map(String::from)
    .collect();
    assert_eq!(entities, want);
}

/// "spokeswoman" / "spokesperson", "top diplomat" / "Foreign Minister":
/// one role each, so the role-holder rule has nothing to flag.
#[test]
fn role_title_synonyms_no_conflict() {
    let dir = "fixtures/role-title-synonyms-no-conflict";
    let (code, v) = json(&[dir]);
    assert_eq!(code, 0);
    assert!(
        v["findings"].as_array().unwrap().is_empty(),
        "{:#?}",
        v["findings"]
    );
    let roles = crate::util::claim_rows("role", &[dir]);
    let mut seen: Vec<(String, String, String)> = roles
        .iter()
        .map(|r| (r.get("role"), r.get("org"), r.get("person")))
        .collect();
    seen.sort();
    seen.dedup();
    assert_eq!(
        seen,
        vec![
            (
                "foreign-minister".into(),
                "Chile".into(),
                "Camila Rojas".into()
            ),
            (
                "spokesperson".into(),
                "harbor lines".into(),
                "Priya Natarajan".into()
            ),
        ]
    );
    assert_eq!(roles.len(), 4, "two reports of each role");
}

/// Two chief executives of one company 18 days apart: an error.
#[test]
fn role_holder_conflict_within_window() {
    let (code, v) = json(&["fixtures/role-holder-conflict-within-window"]);
    assert_eq!(code, 1);
    let f = by_rule(&v, "role-holder");
    assert_eq!(f.len(), 1, "{:#?}", v["findings"]);
    assert_eq!(f[0]["severity"], "error");
    assert!(f[0]["message"].as_str().unwrap().contains("18 days apart"));
}

/// The same two names eight months apart: the office may have changed
/// hands, so only an info.
#[test]
fn role_holder_change_outside_window() {
    let (code, v) = json(&["fixtures/role-holder-change-outside-window"]);
    assert_eq!(code, 0);
    let f = by_rule(&v, "role-holder");
    assert_eq!(f.len(), 1, "{:#?}", v["findings"]);
    assert_eq!(f[0]["severity"], "info");
    assert!(
        f[0]["message"]
            .as_str()
            .unwrap()
            .contains("beyond the rule's 90d window")
    );
}

/// "Senator Marion Keller" in 2026, when the fixture's catalog ends her term
/// in January 2025: an error; "Former Senator" in the other report is not.
/// "Oregon Governor Tom Brandt", when the catalog's governor of Oregon that
/// day is Dana Whitfield: an error too (a one-holder office).
#[test]
fn stale_title_against_catalog() {
    let dir = "fixtures/stale-title-against-catalog";
    let (code, v) = json(&[dir, "--catalog", &format!("{dir}/catalog.yaml")]);
    assert_eq!(code, 1);
    let all = by_rule(&v, "role-term");
    assert_eq!(all.len(), 2, "{:#?}", v["findings"]);
    let governor = all
        .iter()
        .find(|f| f["subject"] == "Tom Brandt as governor of Oregon")
        .expect("the governor finding");
    assert!(
        governor["message"]
            .as_str()
            .unwrap()
            .contains("is Dana Whitfield")
    );
    let f: Vec<&Value> = all
        .into_iter()
        .filter(|f| f["subject"] == "Marion Keller as senator")
        .collect();
    assert_eq!(f.len(), 1);
    assert_eq!(f[0]["severity"], "error");
    assert_eq!(f[0]["kind"], "role-holder");
    let paths: Vec<&str> = f[0]["evidence"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["path"].as_str().unwrap())
        .collect();
    assert!(
        paths.iter().all(|p| p.ends_with("capitol-report.md")),
        "{paths:?}"
    );
    assert!(f[0]["message"].as_str().unwrap().contains("2025-01-03"));
    // without the fixture's catalog, nothing is known of her terms
    let (code, v) = json(&[dir]);
    assert_eq!(code, 0);
    assert!(by_rule(&v, "role-term").is_empty());
}

/// Tallinn and Estonia: the city lies in the country, so one event, no
/// conflict.
#[test]
fn meeting_city_in_country_no_conflict() {
    let dir = "fixtures/meeting-city-in-country-no-conflict";
    let (code, v) = json(&[dir]);
    assert_eq!(code, 0);
    assert!(
        v["findings"].as_array().unwrap().is_empty(),
        "{:#?}",
        v["findings"]
    );
    let m = crate::util::meeting_claims(&[dir]);
    assert_eq!(m.len(), 2);
    assert_eq!(m[0].get("event"), m[1].get("event"), "one event");
    let mut places: Vec<String> = m.iter().map(|r| r.get("place")).collect();
    places.sort();
    assert_eq!(places, vec!["Estonia", "Tallinn"]);
}

/// Houston and Austin, both in Texas, for one forum meeting: neither
/// contains the other, so the place is contradicted.
#[test]
fn meeting_two_cities_one_region() {
    let (code, v) = json(&["fixtures/meeting-two-cities-one-region"]);
    assert_eq!(code, 1);
    let f = by_rule(&v, "meeting-location");
    assert_eq!(f.len(), 1, "{:#?}", v["findings"]);
    let mut vals: Vec<String> = values(f[0]).into_iter().map(|(v, _)| v).collect();
    vals.sort();
    assert_eq!(vals, vec!["Austin", "Houston"]);
}

/// A house style (`house-style: true`, severity warning) with the catalog
/// spelling "Mohammed al-Rashidi": a draft that writes "Mohamed al-Rashidi"
/// is warned even alone; the house spelling itself is not.
#[test]
fn house_style_spelling() {
    let house = [
        "--rules",
        "tests/house-style/rules.yaml",
        "--catalog",
        "tests/house-style/catalog.yaml",
    ];
    let draft = "fixtures/names-arabic-romanizations-merged/capital-desk.md";
    let mut args = vec![draft];
    args.extend(house);
    let (code, v) = json(&args);
    assert_eq!(code, 0, "warnings do not fail by default");
    let f = by_rule(&v, "house-spelling");
    assert_eq!(f.len(), 1, "{:#?}", v["findings"]);
    assert_eq!(f[0]["severity"], "warning");
    assert_eq!(f[0]["subject"], "Mohammed al-Rashidi");
    assert!(
        f[0]["values"][0]["value"]
            .as_str()
            .unwrap()
            .starts_with("Mohamed al-Rashidi")
    );
    let mut args = vec!["fixtures/names-arabic-romanizations-merged/gulf-ledger.md"];
    args.extend(house);
    let (_, v) = json(&args);
    assert!(
        by_rule(&v, "house-spelling").is_empty(),
        "{:#?}",
        v["findings"]
    );
}
