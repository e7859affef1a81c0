//! The CI gate: baselines, stable ids, and what the flags keep.

use crate::util::{json, root, run};

/// Writing a baseline accepts what was found (exit 0); the next run counts
/// those findings as baselined and passes; rewriting a baseline while
/// using it keeps every finding.
#[test]
fn baseline_round_trip() {
    let dir = tempfile::tempdir().unwrap();
    let b = dir.path().join("baseline.json");
    let b = b.to_str().unwrap();
    let case = "fixtures/meeting-date-weekday-conflict";
    let out = run(&["check", case, "--write-baseline", b]);
    assert_eq!(out.status.code(), Some(0), "writing a baseline exits 0");
    let (code, v) = json(&[case, "--baseline", b]);
    assert_eq!(code, 0);
    assert_eq!(v["summary"]["baselined"], 1);
    assert!(v["findings"].as_array().unwrap().is_empty());
    // rewriting through the baseline keeps the accepted finding
    let out = run(&["check", case, "--baseline", b, "--write-baseline", b]);
    assert_eq!(out.status.code(), Some(0));
    let (code, v) = json(&[case, "--baseline", b]);
    assert_eq!(code, 0);
    assert_eq!(v["summary"]["baselined"], 1);
}

/// Finding ids hash paths relative to the working directory, however the
/// path was written.
#[test]
fn ids_do_not_depend_on_how_the_path_is_written() {
    let rel = "fixtures/meeting-date-weekday-conflict";
    let abs = root().join(rel);
    let (_, a) = json(&[rel]);
    let (_, b) = json(&[abs.to_str().unwrap()]);
    assert_eq!(a["findings"][0]["id"], b["findings"][0]["id"]);
    assert_eq!(
        a["findings"][0]["evidence"][0]["path"],
        b["findings"][0]["evidence"][0]["path"]
    );
}

/// `--no-default-rules` drops the built-in rules, not the catalog: the
/// name rule given back still links Sergei and Sergey through it.
#[test]
fn no_default_rules_keeps_the_catalog() {
    let (_, v) = json(&[
        "fixtures/seeds",
        "--no-default-rules",
        "--rules",
        "rules/names.yaml",
    ]);
    let rules: Vec<&str> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["rule"].as_str().unwrap())
        .collect();
    assert_eq!(rules, vec!["name-spelling", "name-spelling"]);
    let (_, v) = json(&["fixtures/seeds", "--no-default-rules"]);
    assert!(v["findings"].as_array().unwrap().is_empty());
}

/// `--fail-on` sets the lowest severity that fails the run.
#[test]
fn fail_on_levels() {
    let case = "fixtures/meeting-participants-substitution"; // one warning
    assert_eq!(run(&["check", case]).status.code(), Some(0));
    assert_eq!(
        run(&["check", case, "--fail-on", "warning"]).status.code(),
        Some(1)
    );
    assert_eq!(
        run(&["check", case, "--fail-on", "never"]).status.code(),
        Some(0)
    );
}
