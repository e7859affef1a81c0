//! Loading: files that are not articles are skipped with their reason, a
//! file in another encoding is read with a note, and the summary accounts
//! for every file.

use serde_json::Value;

use crate::util::{json, run};

fn skipped(v: &Value) -> Vec<(String, String)> {
    v["skipped"]
        .as_array()
        .expect("skipped")
        .iter()
        .map(|s| {
            (
                s["path"]
                    .as_str()
                    .unwrap()
                    .rsplit('/')
                    .next()
                    .unwrap()
                    .to_string(),
                s["reason"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

#[test]
fn messy_folder_every_file_is_an_article_or_a_skip() {
    let (code, v) = json(&["fixtures/mixed-encodings-and-skips"]);
    assert_eq!(code, 0);
    assert_eq!(
        skipped(&v),
        vec![
            ("binary-blob.txt".into(), "binary".into()),
            ("empty.md".into(), "empty".into()),
            ("french-article.txt".into(), "language".into()),
            ("page.html".into(), "unsupported".into()),
        ]
    );
    for s in v["skipped"].as_array().unwrap() {
        assert!(
            !s["detail"].as_str().unwrap().is_empty(),
            "a skip says why: {s}"
        );
    }
    let articles: Vec<&str> = v["articles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["path"].as_str().unwrap())
        .collect();
    assert_eq!(
        articles,
        vec![
            "fixtures/mixed-encodings-and-skips/cp1252-no-declaration.txt",
            "fixtures/mixed-encodings-and-skips/utf8-article.md"
        ]
    );
    let s = &v["summary"];
    assert_eq!(s["files"], 6);
    assert_eq!(
        s["files"].as_u64(),
        Some(s["articles"].as_u64().unwrap() + s["skipped"].as_u64().unwrap())
    );
}

#[test]
fn windows_1252_is_read_with_a_note() {
    let (_, v) = json(&["fixtures/mixed-encodings-and-skips/cp1252-no-declaration.txt"]);
    let a = &v["articles"][0];
    let notes = a["notes"].as_array().expect("notes");
    assert!(notes[0].as_str().unwrap().contains("windows-1252"));
    // the decoded text is right: the name with its accent is a mention
    let out = run(&[
        "claims",
        "fixtures/mixed-encodings-and-skips/cp1252-no-declaration.txt",
    ]);
    let table = String::from_utf8_lossy(&out.stdout);
    assert!(table.contains("Renée Marchetti"), "{table}");
}

#[test]
fn front_matter_gives_source_and_date() {
    let (_, v) = json(&["fixtures/mixed-encodings-and-skips/utf8-article.md"]);
    let a = &v["articles"][0];
    assert_eq!(a["source"], "Alpine Wire");
    assert_eq!(a["source_from"], "front-matter");
    assert_eq!(a["published"], "2026-03-04");
    assert_eq!(a["published_from"], "front-matter");
}

#[test]
fn explicit_file_with_another_extension_is_a_skip() {
    let (code, v) = json(&[
        "Cargo.toml",
        "fixtures/mixed-encodings-and-skips/utf8-article.md",
    ]);
    assert_eq!(code, 0);
    assert_eq!(
        skipped(&v),
        vec![("Cargo.toml".into(), "unsupported".into())]
    );
}

#[test]
fn every_input_skipped_is_exit_2() {
    let out = run(&["check", "fixtures/mixed-encodings-and-skips/empty.md"]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("every input was skipped"), "{err}");
    // the report still accounts for the file
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("empty.md (empty: 0 bytes)"), "{text}");
}
