//! Person-name linking against the name-variant pairs of `tests/names/`:
//! each pair is two names as wire copy writes them and whether they are
//! one person. A pair counts as linked when
//! [`crosscheck::normalize::names::same_person`] gives a reason.
//!
//! - `tests/names/pairs.yaml`: the development pairs;
//! - `tests/names/holdout.yaml` to `holdout5.yaml`: five
//!   held-out sets, each written and reviewed before it was scored, scored
//!   once, then spent (the rules were tuned on it afterwards).
//!
//! Precision = right links / all links; recall = right links / all pairs
//! that are one person. Targets (issue 5): 0.98 and 0.9.

use crosscheck::normalize::names::same_person;

use crate::util::root;

// The held-out sets with floors near their present figures (each was
// first scored once, then spent: README has the first scores): file,
// precision, recall.
const HOLDOUTS: [(&str, f64, f64); 5] = [
    ("tests/names/holdout.yaml", 1.0, 0.96),
    ("tests/names/holdout2.yaml", 1.0, 0.88),
    ("tests/names/holdout3.yaml", 1.0, 0.86),
    ("tests/names/holdout4.yaml", 1.0, 0.84),
    ("tests/names/holdout5.yaml", 1.0, 0.76),
];

/// (true links, false links, missed links, mistakes).
pub fn score(file: &str) -> (usize, usize, usize, Vec<String>) {
    let text = std::fs::read_to_string(root().join(file)).expect("pairs file");
    let doc: serde_yaml::Value = serde_yaml::from_str(&text).expect("pairs yaml");
    let (mut tp, mut fp, mut missed) = (0, 0, 0);
    let mut mistakes = Vec::new();
    for p in doc["pairs"].as_sequence().expect("pairs: [...]") {
        let a = p["a"].as_str().expect("a");
        let b = p["b"].as_str().expect("b");
        let same = p["same"].as_bool().expect("same");
        let got = same_person(a, b);
        match (same, &got) {
            (true, Some(_)) => tp += 1,
            (false, None) => {}
            (true, None) => {
                missed += 1;
                mistakes.push(format!(
                    "missed: {a} / {b} ({})",
                    p["kind"].as_str().unwrap_or("")
                ));
            }
            (false, Some(why)) => {
                fp += 1;
                mistakes.push(format!("false link: {a} / {b}: {why}"));
            }
        }
    }
    (tp, fp, missed, mistakes)
}

fn figures(file: &str) -> (f64, f64, Vec<String>) {
    let (tp, fp, missed, mistakes) = score(file);
    let precision = tp as f64 / (tp + fp).max(1) as f64;
    let recall = tp as f64 / (tp + missed).max(1) as f64;
    eprintln!(
        "{file}: precision {precision:.3} ({tp}/{}), recall {recall:.3} ({tp}/{})",
        tp + fp,
        tp + missed
    );
    for m in &mistakes {
        eprintln!("  {m}");
    }
    (precision, recall, mistakes)
}

#[test]
fn development_pairs() {
    let (precision, recall, _) = figures("tests/names/pairs.yaml");
    assert!(precision >= 0.98, "precision {precision:.3} below 0.98");
    // issue 5 targets 0.9; measured 0.906 when the held-out set was scored
    assert!(recall >= 0.90, "recall {recall:.3} below 0.90");
}

/// Linking looks candidates up by key ([`NameKeys`]) instead of comparing
/// every pair: every pair the rules link must share a key, or the linker
/// would miss what the rules allow.
#[test]
fn linked_pairs_share_an_index_key() {
    use crosscheck::normalize::names::parse;
    use crosscheck::rules::catalog::NameKeys;
    let holdouts = HOLDOUTS.map(|(file, _, _)| file);
    for file in std::iter::once("tests/names/pairs.yaml").chain(holdouts) {
        let text = std::fs::read_to_string(root().join(file)).expect("pairs file");
        let doc: serde_yaml::Value = serde_yaml::from_str(&text).expect("pairs yaml");
        for p in doc["pairs"].as_sequence().expect("pairs") {
            let (a, b) = (p["a"].as_str().unwrap(), p["b"].as_str().unwrap());
            if same_person(a, b).is_none() {
                continue;
            }
            let mut keys = NameKeys::default();
            let (pa, pb) = (parse(a), parse(b));
            keys.add(&pa, 0);
            // by a shared key, or (a lone surname) by surname alone, or (a
            // lone given name) by the given names of people named in full
            // in the same article
            let given_alone =
                |lone: &crosscheck::normalize::names::Name,
                 full: &crosscheck::normalize::names::Name| {
                    lone.parts.len() == 1
                        && full
                            .given
                            .iter()
                            .any(|g| crosscheck::normalize::names::fold(g) == lone.joined)
                };
            assert!(
                keys.candidates(&pb) == vec![0]
                    || keys.surname_owners(&pb.surname_key) == [0]
                    || given_alone(&pa, &pb)
                    || given_alone(&pb, &pa),
                "{a} / {b}"
            );
        }
    }
}

/// Names the extractor must not drop: a first name that is also a country
/// ("said Jordan ..."), a generational suffix with its period ("Jr.").
#[test]
fn names_with_country_first_names_and_suffixes_are_found() {
    let dir = tempfile::tempdir().expect("tempdir");
    let body = "---\nsource: Test Wire\npublished: 2026-03-02\n---\n\n\
        The deal was later confirmed, said Jordan Pellier, who leads the party in parliament and spoke after the vote.\n\n\
        The plan was backed by the council, and Robert Kessler Jr. said it would pass next week.\n";
    std::fs::write(dir.path().join("a.md"), body).expect("write");
    let surfaces: Vec<String> =
        crate::util::claim_rows("mention", &[dir.path().to_str().expect("utf-8 path")])
            .iter()
            .map(|m| m.get("surface"))
            .collect();
    assert!(
        surfaces.contains(&"Jordan Pellier".to_string()),
        "{surfaces:?}"
    );
    assert!(
        surfaces.contains(&"Robert Kessler Jr.".to_string()),
        "{surfaces:?}"
    );
}

/// The held-out sets, against their floors.
#[test]
fn holdout_pairs() {
    for (file, min_precision, min_recall) in HOLDOUTS {
        let (precision, recall, _) = figures(file);
        assert!(
            precision >= min_precision,
            "{file}: precision {precision:.3}"
        );
        assert!(recall >= min_recall, "{file}: recall {recall:.3}");
    }
}
