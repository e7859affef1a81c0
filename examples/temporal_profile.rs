//! The temporal bench's workload without criterion, for instruction
//! counts: `valgrind --tool=callgrind target/release/examples/temporal_profile`
//! (`CROSSCHECK_BENCH_MB`, `CROSSCHECK_BENCH_TEXT` as for the bench).

#[path = "../benches/support/temporal_workload.rs"]
mod workload;

use crosscheck::temporal::{self, Anchor, Options};
use workload::{corpus, run};

/// A digest of every sentence, expression, tense, speech link and
/// resolution, to check that a change leaves the output alone.
fn digest(text: &str, opts: &Options) -> u64 {
    use std::hash::{Hash, Hasher};
    let dct = chrono::NaiveDate::from_ymd_opt(2025, 9, 24).expect("date");
    let mut h = std::collections::hash_map::DefaultHasher::new();
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let para = offset..offset + line.trim_end().len();
        offset += line.len();
        let sentences = crosscheck::extract::text::sentences(text, para);
        let mut timexes = Vec::new();
        for s in &sentences {
            temporal::find_into(text, s, opts, &mut timexes);
        }
        let resolved = temporal::anchor(&timexes, &sentences, Some((dct, Anchor::Published)));
        format!("{sentences:?}{timexes:?}{resolved:?}").hash(&mut h);
    }
    h.finish()
}

fn main() {
    let text = corpus();
    if std::env::var("CROSSCHECK_DIGEST").is_ok() {
        println!("digest {:016x}", digest(&text, &Options::default()));
        return;
    }
    let n = run(&text, &Options::default());
    println!(
        "{:.1} MB, {n} expressions, {:.0} expressions per MB",
        text.len() as f64 / 1e6,
        n as f64 / (text.len() as f64 / 1e6)
    );
}
