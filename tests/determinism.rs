//! The same input gives byte-identical output: across runs, and whatever
//! the number of threads.

use crate::util::run;

fn stdout(args: &[&str]) -> Vec<u8> {
    let out = run(args);
    assert!(out.status.code().is_some(), "killed: {args:?}");
    out.stdout
}

#[test]
fn json_and_human_are_identical_across_runs_and_jobs() {
    for format in ["json", "human"] {
        let base = ["check", "fixtures/seeds", "--format", format];
        let first = stdout(&[&base[..], &["--jobs", "1"]].concat());
        let again = stdout(&[&base[..], &["--jobs", "1"]].concat());
        let two = stdout(&[&base[..], &["--jobs", "2"]].concat());
        assert!(!first.is_empty());
        assert_eq!(first, again, "{format}: two runs differ");
        assert_eq!(first, two, "{format}: --jobs 1 and --jobs 2 differ");
    }
}

#[test]
fn messy_folder_is_identical_across_jobs() {
    let one = stdout(&[
        "check",
        "fixtures/mixed-encodings-and-skips",
        "--format",
        "json",
        "--jobs",
        "1",
    ]);
    let two = stdout(&[
        "check",
        "fixtures/mixed-encodings-and-skips",
        "--format",
        "json",
        "--jobs",
        "2",
    ]);
    assert_eq!(one, two);
}
