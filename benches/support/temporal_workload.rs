//! The temporal workload shared by `benches/temporal.rs` and
//! `examples/temporal_profile.rs` (included by path): the text and one
//! pass over it as the pipeline makes it.

use crosscheck::temporal::{self, Anchor, Options};

/// About 100 MB of text: seed bodies and corpus sentences, repeated.
pub fn corpus() -> String {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut unit = String::new();
    for e in std::fs::read_dir(root.join("fixtures/seeds")).expect("seeds") {
        let p = e.expect("entry").path();
        if p.extension().is_some_and(|x| x == "txt") {
            unit.push_str(&std::fs::read_to_string(&p).expect("seed"));
            unit.push('\n');
        }
    }
    // CROSSCHECK_BENCH_TEXT=seeds: the seed bodies alone (ordinary news
    // density) instead of seeds and the date-dense corpus sentences
    let seeds_only = std::env::var("CROSSCHECK_BENCH_TEXT").is_ok_and(|v| v == "seeds");
    for file in ["tests/dates/corpus.yaml", "tests/dates/holdout.yaml"] {
        if seeds_only {
            break;
        }
        let text = std::fs::read_to_string(root.join(file)).expect("corpus");
        for line in text.lines() {
            if let Some(t) = line.trim().strip_prefix("text: ") {
                unit.push_str(t.trim_matches('"'));
                unit.push('\n');
            }
        }
    }
    let target = std::env::var("CROSSCHECK_BENCH_MB")
        .ok()
        .and_then(|m| m.parse::<usize>().ok())
        .unwrap_or(100)
        * 1_000_000;
    let mut out = String::with_capacity(target + unit.len());
    while out.len() < target {
        out.push_str(&unit);
    }
    out
}

/// Sentences, expressions found and anchored, as the pipeline does.
pub fn run(text: &str, opts: &Options) -> usize {
    let dct = chrono::NaiveDate::from_ymd_opt(2025, 9, 24).expect("date");
    let mut n = 0;
    let mut offset = 0;
    // lists reused from paragraph to paragraph
    let (mut sentences, mut timexes, mut resolved) = (Vec::new(), Vec::new(), Vec::new());
    for line in text.split_inclusive('\n') {
        let para = offset..offset + line.trim_end().len();
        offset += line.len();
        sentences.clear();
        crosscheck::extract::text::sentences_into(text, para, &mut sentences);
        timexes.clear();
        for s in &sentences {
            temporal::find_into(text, s, opts, &mut timexes);
        }
        let reference = Some((dct, Anchor::Published));
        temporal::anchor_into(&timexes, &sentences, reference, &mut resolved);
        n += resolved.len();
    }
    n
}
