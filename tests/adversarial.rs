//! Bad input never crashes and nothing is lost: a folder of hostile files,
//! generated at test time and sized for CI (`scripts/adversarial-full.sh`
//! runs the full sizes), hostile configuration, and text that tries to
//! inject terminal escapes.

use std::path::Path;
use std::process::Output;

use serde_json::Value;

fn run_in(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut cmd = assert_cmd::Command::cargo_bin("crosscheck").unwrap();
    cmd.current_dir(dir).env("NO_COLOR", "1").args(args);
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.output().unwrap()
}

fn write(dir: &Path, name: &str, bytes: &[u8]) {
    std::fs::write(dir.join(name), bytes).unwrap();
}

const PROSE: &str = "The minister said on Tuesday that the talks with the delegation would resume next week in the capital, officials said.";

/// Builds the hostile folder; returns how many article-extension files it holds.
fn hostile(dir: &Path, tiny_files: usize) -> usize {
    let d = dir;
    write(d, "empty.txt", b"");
    write(d, "whitespace.md", b"  \n\t\n  ");
    write(d, "invalid-utf8-with-controls.txt", b"caf\xe9 \x01\x02 bad");
    let utf16: Vec<u8> = std::iter::once(0xFEFFu16)
        .chain(PROSE.encode_utf16())
        .flat_map(|u| u.to_le_bytes())
        .collect();
    write(d, "utf16-bom.txt", &utf16);
    let utf16be: Vec<u8> = PROSE.encode_utf16().flat_map(|u| u.to_be_bytes()).collect();
    write(d, "utf16-no-bom.txt", &utf16be);
    write(d, "nul-bytes.txt", b"text\x00\x00\x00more\x00binary");
    write(
        d,
        "one-long-line.txt",
        PROSE.repeat(1_000_000 / PROSE.len()).as_bytes(),
    );
    // too large: a sparse file past the limit (never read)
    let f = std::fs::File::create(d.join("huge.txt")).unwrap();
    f.set_len(crosscheck::load::MAX_ARTICLE_BYTES + 1).unwrap();
    let deep = format!(
        "---\n{}x: 1\n---\n{PROSE}\n",
        (0..400)
            .map(|i| format!("{}a{i}:\n", " ".repeat(i)))
            .collect::<String>()
    );
    write(d, "deep-front-matter.md", deep.as_bytes());
    write(
        d,
        "malformed-front-matter.md",
        format!("---\ntitle: [unclosed\n---\n{PROSE}\n").as_bytes(),
    );
    write(
        d,
        "duplicate-keys.md",
        format!("---\ntitle: a\ntitle: b\ndate: 2025-01-02\n---\n{PROSE}\n").as_bytes(),
    );
    write(
        d,
        "unclosed-front-matter.md",
        format!("---\ntitle: x\n{PROSE}\n").as_bytes(),
    );
    write(d, "name with spaces ü.txt", PROSE.as_bytes());
    write(
        d,
        "crlf-and-cr.txt",
        format!("{PROSE}\r\n{PROSE}\r{PROSE}\r\n").as_bytes(),
    );
    write(
        d,
        "rtl-and-combining.txt",
        "Foreign Minister Ali Ḥasan met Foreign Minister Noa Cohe\u{301}n in Paris on Tuesday, \u{202e}officials said.\n\
         \"The talks will resume next week, the spokesman said on Monday.\n"
            .as_bytes(),
    );
    let dates = (0..10_000)
        .map(|i| format!("March {} ", 1 + i % 28))
        .collect::<String>();
    write(
        d,
        "ten-thousand-dates.txt",
        format!("{PROSE} {dates}.\n").as_bytes(),
    );
    write(d, "unreadable.txt", PROSE.as_bytes());
    write(d, "vanishing.txt", PROSE.as_bytes());
    std::fs::create_dir(d.join("tiny")).unwrap();
    for i in 0..tiny_files {
        write(
            &d.join("tiny"),
            &format!("t{i:05}.txt"),
            format!("Note {i}: {PROSE}").as_bytes(),
        );
    }
    #[cfg(unix)]
    std::os::unix::fs::symlink(d, d.join("tiny").join("loop")).unwrap();
    18 + tiny_files
}

#[test]
fn hostile_folder_every_file_accounted_for() {
    let dir = tempfile::tempdir().unwrap();
    let n = hostile(dir.path(), 2_000);
    let out = run_in(
        dir.path(),
        &["check", ".", "--format", "json"],
        &[("CROSSCHECK_TEST_IO", "unreadable:unreadable.txt")],
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let s = &v["summary"];
    let (files, articles, skipped) = (
        s["files"].as_u64().unwrap(),
        s["articles"].as_u64().unwrap(),
        s["skipped"].as_u64().unwrap(),
    );
    assert_eq!(files, articles + skipped);
    let reason = |name: &str| {
        v["skipped"]
            .as_array()
            .unwrap()
            .iter()
            .find(|x| x["path"].as_str().unwrap().ends_with(name))
            .map(|x| x["reason"].as_str().unwrap().to_string())
    };
    assert_eq!(reason("empty.txt").as_deref(), Some("empty"));
    assert_eq!(reason("whitespace.md").as_deref(), Some("empty"));
    assert_eq!(
        reason("invalid-utf8-with-controls.txt").as_deref(),
        Some("undecodable")
    );
    assert_eq!(reason("nul-bytes.txt").as_deref(), Some("binary"));
    assert_eq!(reason("huge.txt").as_deref(), Some("too-large"));
    assert_eq!(reason("unreadable.txt").as_deref(), Some("unreadable"));
    // the symlink loop is reported, not followed forever
    assert!(
        v["skipped"]
            .as_array()
            .unwrap()
            .iter()
            .any(|x| x["detail"].as_str().unwrap().contains("loop"))
    );
    // every article-extension file is either read or skipped; the loop adds one skip
    assert_eq!(files as usize, n + 1);
    // UTF-16 read in both byte orders
    let articles_list: Vec<&str> = v["articles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["path"].as_str().unwrap())
        .collect();
    assert!(articles_list.iter().any(|p| p.ends_with("utf16-bom.txt")));
    assert!(
        articles_list
            .iter()
            .any(|p| p.ends_with("utf16-no-bom.txt"))
    );
    assert!(
        articles_list
            .iter()
            .any(|p| p.ends_with("name with spaces ü.txt"))
    );
}

#[test]
fn a_file_vanishing_mid_run_is_a_skip() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "a.txt", PROSE.as_bytes());
    write(dir.path(), "gone.txt", PROSE.as_bytes());
    let out = run_in(
        dir.path(),
        &["check", ".", "--format", "json"],
        &[("CROSSCHECK_TEST_IO", "vanish:gone.txt")],
    );
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["skipped"][0]["reason"], "vanished");
    assert_eq!(v["summary"]["files"], 2);
}

#[test]
fn hostile_rule_files_are_refused_quickly() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "a.txt", PROSE.as_bytes());
    // billion laughs
    let mut laughs = String::from(
        "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n",
    );
    for i in 1..10 {
        let prev = (b'a' + i - 1) as char;
        let cur = (b'a' + i) as char;
        laughs.push_str(&format!("{cur}: &{cur} [*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev}]\n"));
    }
    write(dir.path(), "laughs.yaml", laughs.as_bytes());
    let deep = format!("rules: {}{}\n", "[".repeat(100_000), "]".repeat(100_000));
    write(dir.path(), "deep.yaml", deep.as_bytes());
    let huge_pattern = format!("furniture:\n  patterns:\n    - '{}'\n", "(a{1000}){1000}");
    write(dir.path(), "pattern.yaml", huge_pattern.as_bytes());
    for f in ["laughs.yaml", "deep.yaml", "pattern.yaml"] {
        let t = std::time::Instant::now();
        let out = run_in(dir.path(), &["check", "--rules", f, "a.txt"], &[]);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{f}: {stderr}");
        assert!(!stderr.contains("panicked"), "{f}: {stderr}");
        assert!(
            stderr.contains(f),
            "{f}: the error names the file: {stderr}"
        );
        assert!(
            t.elapsed().as_secs_f64() < 5.0,
            "{f} took {:?}",
            t.elapsed()
        );
    }
}

/// Escapes and control characters in articles are inert in the terminal
/// output, and escaped in JSON.
#[test]
fn article_text_cannot_inject_terminal_escapes() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "a.md",
        "---\nsource: A\ndate: 2026-02-10\n---\nTransport Minister Yuri Petrenko said \u{1b}[2J\u{1b}]0;pwned\u{7} the talks stalled.\n".as_bytes(),
    );
    write(
        dir.path(),
        "b.md",
        "---\nsource: B \u{1b}[31mred\n---\nTransport Minister Yury Petrenko said the talks stalled \u{9b}31m.\n".as_bytes(),
    );
    let human = run_in(dir.path(), &["check", "."], &[]);
    let text = String::from_utf8_lossy(&human.stdout);
    assert!(text.contains("Petrenko"), "{text}");
    assert!(
        !human.stdout.contains(&0x1b),
        "ESC reached the terminal: {text}"
    );
    assert!(!text.contains('\u{9b}'), "CSI reached the terminal");
    let json = run_in(dir.path(), &["check", ".", "--format", "json"], &[]);
    let raw = String::from_utf8_lossy(&json.stdout);
    assert!(!json.stdout.contains(&0x1b));
    assert!(raw.contains("\\u001b"), "{raw}");
    let v: Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(v["findings"][0]["rule"], "name-spelling");
}

/// The order paths are given in changes nothing.
#[test]
fn shuffled_input_order_gives_identical_output() {
    let root = crate::util::root();
    let a = [
        "fixtures/seeds/003_a0ad82354f05bfa1.txt",
        "fixtures/seeds/000_786e91561772e5f5.txt",
        "fixtures/seeds/004_f42632eceeb0ad01.txt",
        "fixtures/seeds/001_1e144d6f0b5b1d8e.txt",
        "fixtures/seeds/002_2798635f24e1b356.txt",
    ];
    let mut b = a;
    b.reverse();
    let run = |paths: &[&str]| {
        let mut args = vec!["check", "--format", "json"];
        args.extend_from_slice(paths);
        run_in(root, &args, &[]).stdout
    };
    assert_eq!(run(&a), run(&b));
    assert_eq!(run(&a), run(&["fixtures/seeds"]));
}
