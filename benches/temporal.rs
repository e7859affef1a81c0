//! Throughput of the temporal engine: finding and anchoring date
//! expressions over ~100 MB of news text (the seed bodies and the
//! sentences of the date corpora, repeated), on one core.
//!
//! Run: `cargo bench --bench temporal`. Reports MB/s (criterion's
//! throughput) and, once, the expressions per MB. `CROSSCHECK_BENCH_MB`
//! sets the size (default 100); `CROSSCHECK_BENCH_TEXT=seeds` uses the
//! seed bodies alone, at ordinary news density.

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
#[path = "support/temporal_workload.rs"]
mod workload;

use crosscheck::temporal::Options;
use workload::{corpus, run};

fn bench(c: &mut Criterion) {
    let text = corpus();
    let opts = Options::default();
    let n = run(&text, &opts);
    eprintln!(
        "{:.1} MB, {n} expressions, {:.0} expressions per MB",
        text.len() as f64 / 1e6,
        n as f64 / (text.len() as f64 / 1e6)
    );
    let mut g = c.benchmark_group("temporal");
    g.sample_size(10);
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.bench_function("find+anchor", |b| {
        b.iter(|| black_box(run(black_box(&text), &opts)))
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
