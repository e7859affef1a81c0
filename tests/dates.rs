//! The temporal engine against its corpora.
//!
//! - `tests/seeds/timex.yaml`: every scored expression of the five seed
//!   articles, anchored on each seed's publication date.
//! - `tests/dates/corpus.yaml`: the development corpus of news sentences.
//! - `tests/dates/holdout.yaml`: the held-out fifth, scored the same way.
//!
//! Scoring: an expected expression is right when an expression is found
//! with exactly its span and its value (or one of its `accept` values); a
//! found expression that was not expected counts as an error too.

use std::collections::BTreeMap;

use crosscheck::temporal::{self, Anchor};
use serde::Deserialize;

use crate::util::root;

#[derive(Deserialize)]
struct Item {
    text: String,
    #[serde(default)]
    occ: Option<usize>,
    value: Option<String>,
    #[serde(default)]
    accept: Vec<String>,
}

#[derive(Deserialize)]
struct Case {
    id: String,
    dct: String,
    text: String,
    expect: Vec<Item>,
}

#[derive(Deserialize)]
struct Corpus {
    cases: Vec<Case>,
}

/// Byte offset of the `occ`-th whole-word occurrence of `needle`.
fn locate(hay: &str, needle: &str, occ: usize) -> Option<usize> {
    let mut seen = 0;
    let mut from = 0;
    while let Some(i) = hay[from..].find(needle) {
        let at = from + i;
        let end = at + needle.len();
        let before = hay[..at].chars().next_back();
        let after = hay[end..].chars().next();
        if !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric) {
            seen += 1;
            if seen == occ {
                return Some(at);
            }
        }
        from = at + needle.len().max(1);
    }
    None
}

/// (right, total, mistakes) over a corpus file.
pub fn score(file: &str) -> (usize, usize, Vec<String>) {
    let text = std::fs::read_to_string(root().join(file)).unwrap();
    let corpus: Corpus = serde_yaml::from_str(&text).unwrap();
    let (mut right, mut total) = (0, 0);
    let mut mistakes = Vec::new();
    let pack = crosscheck::rules::Pack::defaults().unwrap();
    let extractor = crosscheck::extract::Extractor::new(&pack);
    let options = extractor.date_options();
    for case in &corpus.cases {
        let dct = crosscheck::normalize::date::parse_full_date(&case.dct).unwrap();
        let s = &case.text;
        let sentences: Vec<_> = crosscheck::extract::text::sentences(s, 0..s.len());
        let mut found = Vec::new();
        for sentence in &sentences {
            found.extend(temporal::find(s, sentence, options));
        }
        let resolved = temporal::anchor(&found, &sentences, Some((dct, Anchor::Published)));
        let mut matched = vec![false; found.len()];
        for item in &case.expect {
            total += 1;
            let Some(at) = locate(s, &item.text, item.occ.unwrap_or(1)) else {
                mistakes.push(format!("{}: span `{}` not in text", case.id, item.text));
                continue;
            };
            let span = at..at + item.text.len();
            let Some(k) = found.iter().position(|t| t.span == span) else {
                let got: Vec<&str> = found.iter().map(|t| &s[t.span.clone()]).collect();
                mistakes.push(format!(
                    "{}: missed `{}` (found {got:?}) in: {s}",
                    case.id, item.text
                ));
                continue;
            };
            matched[k] = true;
            let value = resolved[k].value.as_ref().ok().map(|v| v.timex());
            let ok = match (&item.value, &value) {
                (None, None) => true,
                (Some(e), Some(v)) => e == v || item.accept.contains(v),
                _ => false,
            };
            if ok {
                right += 1;
            } else {
                mistakes.push(format!(
                    "{}: `{}` expected {:?} got {:?} (dct {}) in: {s}",
                    case.id, item.text, item.value, value, case.dct
                ));
            }
        }
        for (k, t) in found.iter().enumerate() {
            if !matched[k] {
                total += 1;
                mistakes.push(format!(
                    "{}: spurious `{}` in: {s}",
                    case.id,
                    &s[t.span.clone()]
                ));
            }
        }
    }
    (right, total, mistakes)
}

/// Accuracy on the development corpus (figures in the README).
#[test]
fn development_corpus_accuracy() {
    let (right, total, mistakes) = score("tests/dates/corpus.yaml");
    let accuracy = right as f64 / total as f64;
    eprintln!(
        "development corpus: {right}/{total} = {:.1}%",
        accuracy * 100.0
    );
    for m in &mistakes {
        eprintln!("  {m}");
    }
    assert!(accuracy >= 0.90, "accuracy {accuracy:.3} fell below 0.90");
}

#[derive(Deserialize)]
struct SeedItem {
    text: String,
    occ: usize,
    value: Option<serde_yaml::Value>,
    #[serde(default)]
    accept: Vec<serde_yaml::Value>,
    class: String,
}

#[derive(Deserialize)]
struct Seed {
    file: String,
    dct: String,
    timex: Vec<SeedItem>,
}

#[derive(Deserialize)]
struct Seeds {
    seeds: BTreeMap<String, Seed>,
}

fn yaml_str(v: &serde_yaml::Value) -> String {
    match v {
        serde_yaml::Value::String(s) => s.clone(),
        serde_yaml::Value::Number(n) => n.to_string(),
        other => serde_yaml::to_string(other)
            .unwrap_or_default()
            .trim()
            .to_string(),
    }
}

/// Every scored expression of the seeds (absolute, relative, holiday) gets
/// its value with each seed's date given; "6 hours ago" stays null;
/// furniture yields no date.
#[test]
fn seed_expressions() {
    let text = std::fs::read_to_string(root().join("tests/seeds/timex.yaml")).unwrap();
    let seeds: Seeds = serde_yaml::from_str(&text).unwrap();
    let mut wrong = Vec::new();
    let mut scored = 0;
    for seed in seeds.seeds.values() {
        let path = root().join("fixtures/seeds").join(&seed.file);
        let (article, ex) = crate::util::read_article(&path);
        let dct = crosscheck::normalize::date::parse_full_date(&seed.dct).unwrap();
        let resolved = temporal::anchor(&ex.timexes, &ex.sentences, Some((dct, Anchor::Published)));
        for item in &seed.timex {
            let at = locate(&article.text, &item.text, item.occ).unwrap_or_else(|| {
                panic!("{}: `{}` #{} not found", seed.file, item.text, item.occ)
            });
            let span = at..at + item.text.len();
            let k = ex.timexes.iter().position(|t| t.span == span);
            match item.class.as_str() {
                "absolute" | "relative" | "holiday" => {
                    scored += 1;
                    let got = k.and_then(|k| resolved[k].value.as_ref().ok().map(|v| v.timex()));
                    let expected = item.value.as_ref().map(yaml_str);
                    let ok = match (&expected, &got) {
                        (None, None) => true,
                        (Some(e), Some(g)) => {
                            e == g || item.accept.iter().any(|a| &yaml_str(a) == g)
                        }
                        _ => false,
                    };
                    // "6 hours ago" (null) may also be left out altogether: it
                    // sits in page chrome
                    if !ok {
                        wrong.push(format!(
                            "{} `{}` #{}: expected {expected:?}, got {got:?}",
                            seed.file, item.text, item.occ
                        ));
                    }
                }
                "boilerplate" => {
                    if let Some(k) = k {
                        wrong.push(format!(
                            "{} `{}`: furniture read as a body date ({:?})",
                            seed.file, item.text, ex.timexes[k].when
                        ));
                    }
                }
                _ => {}
            }
        }
    }
    assert_eq!(scored, 40, "timex.yaml scores 40 expressions");
    assert!(wrong.is_empty(), "{wrong:#?}");
}

/// `slash_dates: day-first` in the config reads 9/10/2025 as 9 October.
#[test]
fn slash_date_order_is_configurable() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("a.txt"),
        "The vote was held on 9/10/2025, officials said.\n",
    )
    .unwrap();
    let value = |config: Option<&str>| {
        if let Some(c) = config {
            std::fs::write(dir.path().join("crosscheck.yaml"), c).unwrap();
        }
        let out = assert_cmd::Command::cargo_bin("crosscheck")
            .unwrap()
            .current_dir(dir.path())
            .args(["dates", "a.txt", "--format", "json"])
            .output()
            .unwrap();
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        v["articles"][0]["expressions"][0]["value"]
            .as_str()
            .unwrap()
            .to_string()
    };
    assert_eq!(value(None), "2025-09-10");
    assert_eq!(value(Some("slash_dates: day-first\n")), "2025-10-09");
}

/// Accuracy on the held-out fifth, kept aside while the engine was built
/// (figures in the README).
#[test]
fn holdout_corpus_accuracy() {
    let (right, total, mistakes) = score("tests/dates/holdout.yaml");
    let accuracy = right as f64 / total as f64;
    eprintln!(
        "held-out corpus: {right}/{total} = {:.1}%",
        accuracy * 100.0
    );
    for m in &mistakes {
        eprintln!("  {m}");
    }
    assert!(accuracy >= 0.85, "accuracy {accuracy:.3} fell below 0.85");
}
