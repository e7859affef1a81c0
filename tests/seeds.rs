//! The five seed articles, as `tests/seeds/EXPECTED.md` describes them.
//!
//! Run A (`check fixtures/seeds`, the text only) and Run B (with the
//! manifest `fixtures/seeds/sources.yaml`). In Run A, 001 and 002 carry no
//! date: the anchor pass infers theirs from the UN General Assembly meeting
//! that 000 (dated) reports too, which lets Run A find the previous-meeting
//! contradiction ("should report").

use serde_json::Value;

use crate::util::{json, root};

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

fn strs(v: &[&str]) -> Vec<String> {
    v.iter().map(|s| s.to_string()).collect()
}

fn assert_name_spellings(v: &Value) {
    let spell = findings(v, "name-spelling");
    assert_eq!(spell.len(), 2, "{:#?}", v["findings"]);
    let lavrov = spell
        .iter()
        .find(|f| f["subject"].as_str().unwrap().contains("Lavrov"))
        .expect("Lavrov finding");
    assert_eq!(lavrov["severity"], "info");
    assert_eq!(
        values(lavrov),
        vec![
            ("Sergei Lavrov".into(), strs(&["000", "003"])),
            ("Sergey Lavrov".into(), strs(&["001", "002", "004"])),
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
            ("Volodymyr Zelensky".into(), strs(&["000", "002", "004"])),
            ("Volodymyr Zelenskyy".into(), strs(&["001"])),
        ]
    );
    // each spelling says why it was linked
    for e in zelensky["evidence"].as_array().unwrap() {
        assert!(!e["note"].as_str().unwrap().is_empty(), "{e}");
    }
}

fn assert_spokesperson(v: &Value, gap: &str) {
    let roles = findings(v, "role-holder");
    assert_eq!(roles.len(), 1, "{:#?}", v["findings"]);
    let r = roles[0];
    assert_eq!(r["severity"], "info");
    assert_eq!(
        values(r),
        vec![
            ("Tammy Bruce".into(), strs(&["004"])),
            ("Tommy Pigott".into(), strs(&["000"])),
        ]
    );
    assert!(r["subject"].as_str().unwrap().contains("spokesperson"));
    assert!(
        r["message"].as_str().unwrap().contains(gap),
        "{}",
        r["message"]
    );
}

/// Nothing about the date, place or participants of any meeting: the UNGA
/// meeting's dates agree, Kuala Lumpur is in Malaysia, the two calls and
/// the three Trump–Zelensky meetings stay apart.
fn assert_no_meeting_conflicts(v: &Value) {
    for rule in ["meeting-date", "meeting-location", "meeting-participants"] {
        assert!(findings(v, rule).is_empty(), "{rule}: {:#?}", v["findings"]);
    }
}

#[test]
fn run_a_reports_the_musts_and_the_corpus_anchored_previous_meeting() {
    let (code, v) = json(&["fixtures/seeds"]);
    assert_eq!(code, 0);
    assert_name_spellings(&v);
    // 004's date is unknown: whether the two reports are from the same
    // period cannot be told, and the message says so
    assert_spokesperson(&v, "date unknown");
    assert_no_meeting_conflicts(&v);
    let prev = findings(&v, "previous-meeting");
    assert_eq!(prev.len(), 1, "{:#?}", v["findings"]);
    assert_eq!(prev[0]["severity"], "warning");
    assert_eq!(
        values(prev[0]),
        vec![
            ("2025-07".into(), strs(&["001"])),
            ("2025-08-15".into(), strs(&["002"])),
        ]
    );
    // 001's "July" was anchored on a date inferred from the corpus
    let e001 = &prev[0]["evidence"][0];
    assert!(e001["path"].as_str().unwrap().contains("001_"));
    assert_eq!(e001["anchor"], "corpus");
    assert_eq!(e001["published"], Value::Null);
    assert!(
        e001["note"]
            .as_str()
            .unwrap()
            .contains("inferred from the corpus")
    );
    // nothing else at warning or error
    let serious: Vec<&Value> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["severity"] != "info")
        .collect();
    assert_eq!(serious.len(), 1, "{serious:#?}");
    assert_eq!(v["findings"].as_array().unwrap().len(), 4);
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
    assert_eq!(by("003_")["reference_date"], Value::Null);
    // "6 hours ago" is relative to an unknown crawl time
    assert_eq!(by("004_")["published"], Value::Null);
    assert_eq!(by("004_")["reference_date"], Value::Null);
    // 001 and 002 are dated from the corpus, and marked so
    assert_eq!(by("001_")["published"], Value::Null);
    assert_eq!(by("001_")["reference_date"], "2025-09-24");
    assert_eq!(by("001_")["reference_from"], "corpus");
    assert_eq!(by("002_")["reference_date"], "2025-09-19");
    assert_eq!(by("002_")["reference_from"], "corpus");
}

#[test]
fn run_b_reports_exactly_the_four_findings() {
    let (code, v) = json(&["fixtures/seeds", "--sources", "fixtures/seeds/sources.yaml"]);
    assert_eq!(code, 0, "exit 0 with the default --fail-on error");
    let all = v["findings"].as_array().unwrap();
    let mut kinds: Vec<(String, String)> = all
        .iter()
        .map(|f| {
            (
                f["rule"].as_str().unwrap().into(),
                f["severity"].as_str().unwrap().into(),
            )
        })
        .collect();
    kinds.sort();
    assert_eq!(
        kinds,
        vec![
            ("name-spelling".into(), "info".into()),
            ("name-spelling".into(), "info".into()),
            ("previous-meeting".into(), "warning".into()),
            ("role-holder".into(), "info".into()),
        ],
        "{all:#?}"
    );
    assert_name_spellings(&v);
    assert_spokesperson(&v, "149 days apart, beyond the rule's 90d window");
    let prev = findings(&v, "previous-meeting")[0];
    assert!(
        prev["subject"]
            .as_str()
            .unwrap()
            .contains("Marco Rubio – Sergey Lavrov")
    );
    assert_eq!(
        values(prev),
        vec![
            ("2025-07".into(), strs(&["001"])),
            ("2025-08-15".into(), strs(&["002"])),
        ]
    );
    // both passages quoted, each with its normalized date (002's caption
    // and body both show the Aug. 15 meeting)
    let ev = prev["evidence"].as_array().unwrap();
    assert_eq!(ev.len(), 3);
    let context = |i: usize| ev[i]["context"].as_str().unwrap();
    assert!(context(0).contains("last met in July"));
    assert_eq!(ev[0]["text"], "July");
    assert_eq!(ev[0]["value"], "2025-07");
    assert_eq!(ev[0]["anchor"], "published");
    for e in &ev[1..] {
        assert!(e["path"].as_str().unwrap().contains("002_"));
        assert!(e["text"].as_str().unwrap().starts_with("Aug. 15"));
        assert_eq!(e["value"], "2025-08-15");
    }
    assert!(context(2).contains("previously met Rubio on Aug. 15"));
}

/// Run B with the five articles as the manifest dates them: the claims
/// that decide the "must not" list.
#[test]
fn run_b_events_stay_apart() {
    // (file, participants, mode, date, event)
    let meetings: Vec<(String, String, String, String, String)> = crate::util::meeting_claims(&[
        "fixtures/seeds",
        "--sources",
        "fixtures/seeds/sources.yaml",
    ])
    .into_iter()
    .map(|m| {
        (
            m.file[..3].to_string(),
            m.get("participants"),
            m.get("mode"),
            m.get("date"),
            m.get("event"),
        )
    })
    .collect();
    let events = |who: &str, mode: &str| {
        let mut e: Vec<String> = meetings
            .iter()
            .filter(|m| m.1 == who && m.2 == mode)
            .map(|m| m.4.clone())
            .collect();
        e.sort();
        e.dedup();
        e
    };
    // the April 27 call (004) and the call after the Paris talks (003)
    let calls = events("Marco Rubio, Sergey Lavrov", "call");
    let call_003 = meetings
        .iter()
        .find(|m| m.0 == "003" && m.2 == "call")
        .unwrap();
    let call_004 = meetings
        .iter()
        .find(|m| m.0 == "004" && m.2 == "call" && m.3 == "2025-04-27")
        .unwrap();
    assert_ne!(call_003.4, call_004.4, "{calls:?}");
    // Trump–Zelensky: the Vatican meeting (004) is not the UNGA one
    let tz: Vec<&(String, String, String, String, String)> = meetings
        .iter()
        .filter(|m| m.1 == "Donald Trump, Volodymyr Zelensky")
        .collect();
    let vatican = tz.iter().find(|m| m.0 == "004").unwrap();
    for other in tz.iter().filter(|m| m.0 != "004") {
        assert_ne!(vatican.4, other.4);
    }
    // the UNGA meeting: 001 "Wednesday" and 002 "next week" are one event
    let unga_001 = meetings
        .iter()
        .find(|m| m.0 == "001" && m.3 == "2025-09-24")
        .unwrap();
    let unga_002 = meetings
        .iter()
        .find(|m| m.0 == "002" && m.3 == "2025-W39")
        .unwrap();
    assert_eq!(unga_001.4, unga_002.4);
}

/// No claim, and so no finding, ever comes from page furniture.
#[test]
fn nothing_is_read_from_furniture() {
    let pack = crosscheck::rules::Pack::defaults().unwrap();
    let mut articles = Vec::new();
    let mut extractions = Vec::new();
    for e in std::fs::read_dir(root().join("fixtures/seeds")).unwrap() {
        let p = e.unwrap().path();
        if p.extension().is_some_and(|x| x == "txt") {
            let (a, ex) = crate::util::read_article(&p);
            extractions.push(ex);
            articles.push(a);
        }
    }
    let n = crosscheck::normalize::normalize(&articles, &extractions, &pack.catalog);
    assert!(n.claims.len() > 20);
    for c in &n.claims {
        let a = &articles[c.article];
        assert!(
            !a.in_furniture(&c.span),
            "claim from furniture: {}",
            &a.text[c.span.clone()]
        );
        for f in c.fields.values() {
            if let Some(s) = &f.span {
                assert!(
                    !a.in_furniture(s),
                    "field from furniture: {}",
                    &a.text[s.clone()]
                );
            }
        }
    }
    // the named furniture of EXPECTED.md yields no person
    let named: Vec<&str> = n
        .claims
        .iter()
        .filter_map(|c| c.get(crosscheck::model::Field::Entity))
        .map(|f| f.display.as_str())
        .collect();
    for absent in [
        "Kateryna Denisova",
        "Martin Fornusek",
        "Stefanishyna",
        "Shmyhal",
    ] {
        assert!(
            !named.iter().any(|n| n.contains(absent)),
            "{absent} read from furniture"
        );
    }
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
    let (_, v) = json(&["fixtures/seeds", "--sources", "fixtures/seeds/sources.yaml"]);
    for f in v["findings"].as_array().unwrap() {
        for e in f["evidence"].as_array().unwrap() {
            let path = e["path"].as_str().unwrap();
            let text = std::fs::read_to_string(root().join(path)).unwrap();
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
