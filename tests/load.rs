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

/// Declared encodings: latin-1 in a manifest entry, windows-1251 in front
/// matter; standard input with a name.
#[test]
fn declared_encodings_and_stdin() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    // "Café" in latin-1 (0xE9), declared by the manifest
    std::fs::write(
        d.join("latin.txt"),
        b"The Caf\xe9 Europa talks resumed on Tuesday, the minister said, and they will go on next week in the capital.",
    )
    .unwrap();
    std::fs::write(
        d.join("sources.yaml"),
        "articles:\n  - {path: latin.txt, source: Wire, published: 2025-09-24, encoding: latin1}\n",
    )
    .unwrap();
    // windows-1251 declared in front matter; the Cyrillic name in an English text
    let mut cp1251 = b"---\nencoding: windows-1251\n---\nThe minister said on Tuesday that the talks with \xc8\xe2\xe0\xed would resume next week in the capital of the country.\n".to_vec();
    cp1251.extend_from_slice(b"");
    std::fs::write(d.join("cyr.md"), cp1251).unwrap();
    let out = assert_cmd::Command::cargo_bin("crosscheck")
        .unwrap()
        .current_dir(d)
        .args([
            "claims",
            "latin.txt",
            "cyr.md",
            "--sources",
            "sources.yaml",
            "--format",
            "json",
        ])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let out = assert_cmd::Command::cargo_bin("crosscheck")
        .unwrap()
        .current_dir(d)
        .args([
            "check",
            "latin.txt",
            "cyr.md",
            "--sources",
            "sources.yaml",
            "--format",
            "json",
        ])
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["summary"]["articles"], 2, "{v:#}");
    // stdin, named
    let text = std::fs::read(d.join("latin.txt")).unwrap();
    let out = assert_cmd::Command::cargo_bin("crosscheck")
        .unwrap()
        .current_dir(d)
        .args([
            "check",
            "-",
            "--stdin-filename",
            "draft.md",
            "--format",
            "json",
        ])
        .write_stdin(text)
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["articles"][0]["path"], "draft.md");
    // undeclared latin-1 is read as windows-1252, with a note
    assert!(
        v["articles"][0]["notes"][0]
            .as_str()
            .unwrap()
            .contains("windows-1252")
    );
}
