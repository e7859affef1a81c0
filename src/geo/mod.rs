//! The gazetteer: every country, every ISO 3166-2 subdivision and every
//! city of 15,000 people or more, each with the place that contains it.
//! Built from GeoNames and pycountry data by `scripts/gazetteer/build.py`
//! into `data/gazetteer/places.tsv`, and compiled into static tables by
//! `build.rs`, so looking a name up costs a binary search and nothing is
//! loaded at start-up.
//!
//! The gazetteer only answers "which places could this name be" and "what
//! contains what"; choosing among candidates (catalog first, then
//! countries, capitals, subdivisions, cities by population) is
//! [`crate::rules::places::PlaceIndex::resolve`]'s job.

mod key;

pub use key::place_key;

/// What sort of place a row is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Kind {
    Country,
    Subdivision,
    City,
}

/// One place of the gazetteer.
#[derive(Debug)]
pub struct Row {
    /// Stable id: `C:<alpha-2>` (country), `S:<ISO 3166-2>` (subdivision), `G:<geonameid>`
    /// (a GeoNames city).
    pub id: &'static str,
    pub kind: Kind,
    pub name: &'static str,
    /// Index of the containing place, `u32::MAX` for none.
    pub parent: u32,
    /// ISO 3166-1 alpha-2 code of the country.
    pub country: &'static str,
    pub population: u32,
    /// A country's capital.
    pub capital: bool,
    /// The most populous city inside (index), `u32::MAX` for none.
    pub largest_city: u32,
}

include!(concat!(env!("OUT_DIR"), "/gazetteer.rs"));

/// How many places the gazetteer holds.
pub fn len() -> usize {
    PLACES.len()
}

/// The place at an index.
pub fn row(i: u32) -> &'static Row {
    &PLACES[i as usize]
}

/// The place containing `i`, if any.
pub fn parent(i: u32) -> Option<u32> {
    let p = PLACES[i as usize].parent;
    (p != u32::MAX).then_some(p)
}

fn lookup(table: &'static [(&'static str, u32)], key: &str) -> impl Iterator<Item = u32> {
    let start = table.partition_point(|(k, _)| *k < key);
    table[start..]
        .iter()
        .take_while(move |(k, _)| *k == key)
        .map(|(_, i)| *i)
}

/// Places a key (see [`place_key`]) names, by name or alias.
pub fn named(key: &str) -> Vec<u32> {
    lookup(&NAMES, key).collect()
}

/// Countries a demonym key names (a demonym key → its country).
pub fn demonym(key: &str) -> Vec<u32> {
    lookup(&DEMONYMS, key).collect()
}

/// Whether `inner` lies inside `outer` (strictly).
pub fn within(inner: u32, outer: u32) -> bool {
    let mut at = inner;
    for _ in 0..16 {
        match parent(at) {
            Some(p) if p == outer => return true,
            Some(p) => at = p,
            None => return false,
        }
    }
    false
}
