//! Linking people's names: 100,000 mentions in 1,000 articles against
//! catalogs of 5,000 and 50,000 people (synthetic names, deterministic).
//! Linking is by hashed keys (folded surname, whole folded name), so the
//! time per mention should barely grow with the catalog: issue 5 asks for
//! at most 1.5× from 5k to 50k.
//!
//! Run: `cargo bench --bench linking`. Criterion reports the time of one
//! whole linking pass (100k mentions) per catalog size; divide by 100,000
//! for the time per mention.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use crosscheck::extract::Extraction;
use crosscheck::extract::mention::{Evidence, RawMention};
use crosscheck::normalize::person;
use crosscheck::rules::catalog::{Catalog, CatalogFile, Person};

const SYLLABLES: &[&str] = &[
    "ka", "lo", "mi", "ren", "sa", "tov", "vi", "da", "ne", "ko", "ri", "shen", "ba", "lu", "ter",
    "mo", "gan", "zi", "pe", "dor",
];

/// A deterministic pseudo-random stream.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 33) as usize
    }

    fn word(&mut self, parts: usize) -> String {
        let mut w: String = (0..parts)
            .map(|_| SYLLABLES[self.next() % SYLLABLES.len()])
            .collect();
        w[..1].make_ascii_uppercase();
        w
    }
}

fn catalog(n: usize) -> (Catalog, Vec<(String, String)>) {
    let mut rng = Lcg(n as u64);
    let mut people = Vec::with_capacity(n);
    let mut names = Vec::with_capacity(n);
    for _ in 0..n {
        let (given, surname) = (rng.word(2), rng.word(3));
        people.push(Person {
            name: format!("{given} {surname}"),
            aliases: vec![],
            native: vec![],
            roles: vec![],
        });
        names.push((given, surname));
    }
    let mut c = Catalog::default();
    // synthetic names may repeat; a later entry replaces an earlier one
    c.add(CatalogFile {
        people,
        ..Default::default()
    })
    .expect("catalog");
    (c, names)
}

/// 1,000 articles of 100 mentions: catalog people written with a variant
/// spelling (y for i), people the catalog does not know, lone surnames.
fn extractions(names: &[(String, String)]) -> Vec<Extraction> {
    let mut rng = Lcg(7);
    (0..1000)
        .map(|_| {
            let mentions = (0..100)
                .map(|k| {
                    let (given, surname) = match k % 4 {
                        0 | 1 => {
                            let (g, s) = &names[rng.next() % names.len()];
                            (vec![g.replace('i', "y")], s.clone())
                        }
                        2 => (vec![rng.word(2)], rng.word(4)),
                        _ => (vec![], names[rng.next() % names.len()].1.clone()),
                    };
                    RawMention {
                        span: 0..1,
                        given,
                        surname,
                        evidence: if k % 4 == 3 {
                            Evidence::Surname
                        } else {
                            Evidence::Speech
                        },
                        sentence: 0..1,
                        title: None,
                    }
                })
                .collect();
            Extraction {
                mentions,
                ..Default::default()
            }
        })
        .collect()
}

fn bench(c: &mut Criterion) {
    let mut group = c.benchmark_group("link 100k mentions");
    group.sample_size(10);
    for n in [5_000, 50_000] {
        let (cat, names) = catalog(n);
        let ex = extractions(&names);
        // build the catalog's lazy indexes outside the timing
        let _ = cat.person("");
        group.bench_function(format!("catalog {n}"), |b| {
            b.iter(|| black_box(person::link(black_box(&ex), &cat)))
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
