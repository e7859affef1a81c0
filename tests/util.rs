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

/// A meeting claim as `claims --format json` shows it: the article's file
/// name and each field's value by field name.
pub struct MeetingRow {
    pub file: String,
    pub fields: std::collections::BTreeMap<String, String>,
}

impl MeetingRow {
    /// A field's value, empty when the claim has none.
    pub fn get(&self, field: &str) -> String {
        self.fields.get(field).cloned().unwrap_or_default()
    }
}

/// The meeting claims of `crosscheck claims ARGS --format json`.
pub fn meeting_claims(args: &[&str]) -> Vec<MeetingRow> {
    claim_rows("meeting", args)
}

/// The claims of one kind of `crosscheck claims ARGS --format json`.
pub fn claim_rows(kind: &str, args: &[&str]) -> Vec<MeetingRow> {
    let mut all = vec!["claims", "--format", "json"];
    all.extend_from_slice(args);
    let out = run(&all);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("claims JSON");
    let mut rows = Vec::new();
    for a in v["articles"].as_array().expect("articles") {
        let file = a["path"]
            .as_str()
            .unwrap_or("")
            .rsplit('/')
            .next()
            .unwrap_or("")
            .to_string();
        for c in a["claims"].as_array().expect("claims") {
            if c["kind"] != kind {
                continue;
            }
            let fields = c["fields"]
                .as_array()
                .expect("fields")
                .iter()
                .map(|f| {
                    (
                        f["field"].as_str().unwrap_or("").to_string(),
                        f["value"].as_str().unwrap_or("").to_string(),
                    )
                })
                .collect();
            rows.push(MeetingRow {
                file: file.clone(),
                fields,
            });
        }
    }
    rows
}

/// Loads and extracts one article with the built-in pack, as a check does.
pub fn read_article(path: &Path) -> (crosscheck::load::Article, crosscheck::extract::Extraction) {
    use crosscheck::load::{Context, Input, furniture::Furniture, load};
    let pack = crosscheck::rules::Pack::defaults().expect("defaults");
    let furniture = Furniture::new(&pack.furniture);
    let ctx = Context {
        catalog: &pack.catalog,
        furniture: &furniture,
        manifest: None,
    };
    let input = Input {
        fs_path: path.to_path_buf(),
        shown: path.display().to_string(),
        primary: true,
        bytes: None,
    };
    let article = load(&input, &ctx).expect("an article");
    let ex = crosscheck::extract::Extractor::new(&pack).extract(&article);
    (article, ex)
}
