//! Extractors are general: `src/` names no person, outlet, place or event.
//! Names live in `rules/`; this test reads the default catalog and the
//! seeds' own cast and fails if any of them appears in the code.

use std::path::Path;

use crate::util::root;

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for e in std::fs::read_dir(dir).expect("src readable") {
        let p = e.expect("entry").path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

/// Words of names from the default catalog (people, outlets, places).
fn catalog_words() -> Vec<String> {
    let pack = crosscheck::rules::Pack::defaults().expect("defaults load");
    let c = &pack.catalog;
    // every word of a person's name; whole names of outlets and places
    // (their words alone, "Times", "Independent", are ordinary English)
    let mut words: Vec<String> = c
        .people
        .iter()
        .flat_map(|p| std::iter::once(&p.name).chain(&p.aliases))
        .flat_map(|n| n.split_whitespace().map(str::to_string).collect::<Vec<_>>())
        .filter(|w| w.len() >= 4)
        .chain(
            c.outlets
                .iter()
                .map(|o| o.name.clone())
                .filter(|n| n.len() >= 5),
        )
        .chain(c.places.iter().map(|p| p.name.clone()))
        .collect();
    // the seeds' cast and events, catalogued or not
    for w in [
        "Lavrov",
        "Rubio",
        "Zelensky",
        "Nebenzya",
        "Pigott",
        "Witkoff",
        "Kellogg",
        "Putin",
        "Trump",
        "Kupiansk",
        "Anchorage",
        "Alaska",
        "Malaysia",
        "Kuala",
        "ASEAN",
        "Interfax",
        "News.Az",
        "Fornusek",
        "Sandu",
        "Moldova",
    ] {
        words.push(w.to_string());
    }
    words.sort();
    words.dedup();
    words
}

#[test]
fn src_names_no_people_outlets_or_events() {
    let mut files = Vec::new();
    rust_files(&root().join("src"), &mut files);
    let words = catalog_words();
    assert!(words.iter().any(|w| w == "Lavrov"));
    let mut hits = Vec::new();
    for f in files {
        let text = std::fs::read_to_string(&f).expect("readable");
        for w in &words {
            if text.contains(w.as_str()) {
                hits.push(format!("{}: {w}", f.display()));
            }
        }
    }
    assert!(hits.is_empty(), "names in src/: {hits:#?}");
}
