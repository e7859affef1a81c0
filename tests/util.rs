//! Helpers shared by the integration tests.

use std::path::Path;
use std::process::Output;

use assert_cmd::Command;

/// The crate's root: every test runs from there.
pub fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Runs the binary with `args` from the crate's root.
pub fn run(args: &[&str]) -> Output {
    Command::cargo_bin("crosscheck")
        .expect("binary built")
        .current_dir(root())
        .env("NO_COLOR", "1")
        .args(args)
        .output()
        .expect("binary runs")
}

/// Runs a check with `--format json` and parses the report.
pub fn json(args: &[&str]) -> (i32, serde_json::Value) {
    let mut all = vec!["check", "--format", "json"];
    all.extend_from_slice(args);
    let out = run(&all);
    let code = out.status.code().unwrap_or(-1);
    let v = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "not JSON ({e}): {}\nstderr: {}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        )
    });
    (code, v)
}
