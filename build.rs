//! Compiles the gazetteer (`data/gazetteer/places.tsv`, made by
//! `scripts/gazetteer/build.py`) into static tables: the places with their
//! parent, and their names, aliases and demonyms as sorted keys for binary
//! search. Nothing is parsed when crosscheck starts.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::path::Path;

#[path = "src/geo/key.rs"]
mod key;

fn main() {
    let src = Path::new("data/gazetteer/places.tsv");
    println!("cargo:rerun-if-changed={}", src.display());
    println!("cargo:rerun-if-changed=src/geo/key.rs");
    let text = std::fs::read_to_string(src).unwrap_or_else(|e| {
        panic!("cannot read {}: {e}", src.display());
    });
    let mut lines = text.lines();
    let header: Vec<&str> = lines.next().unwrap_or("").split('\t').collect();
    let col = |name: &str| {
        header
            .iter()
            .position(|h| *h == name)
            .unwrap_or_else(|| panic!("{}: no column `{name}`", src.display()))
    };
    let (c_id, c_kind, c_name, c_parent, c_country, c_pop, c_alias, c_dem) = (
        col("id"),
        col("kind"),
        col("name"),
        col("parent"),
        col("country"),
        col("population"),
        col("aliases"),
        col("demonyms"),
    );
    let c_capital = header.iter().position(|h| *h == "capital");
    let rows: Vec<Vec<&str>> = lines
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.split('\t').collect())
        .collect();
    let index: HashMap<&str, usize> = rows.iter().enumerate().map(|(i, r)| (r[c_id], i)).collect();
    // a subdivision without a population counts the cities inside it, so
    // that one of two subdivisions sharing a name can be told the larger
    let mut pops: Vec<u64> = rows
        .iter()
        .map(|r| r[c_pop].parse::<u64>().unwrap_or(0))
        .collect();
    // the cities inside each place (a borough inside its city counts once,
    // with the city) and the largest of them
    let mut inside = vec![0u64; rows.len()];
    let mut largest: Vec<Option<usize>> = vec![None; rows.len()];
    for (i, r) in rows.iter().enumerate() {
        let in_city = index
            .get(r[c_parent])
            .is_some_and(|&p| rows[p][c_kind] == "city");
        if r[c_kind] == "city" && !in_city {
            let mut at = r[c_parent];
            for _ in 0..8 {
                let Some(&p) = index.get(at) else { break };
                inside[p] += pops[i];
                if largest[p].is_none_or(|l| pops[l] < pops[i]) {
                    largest[p] = Some(i);
                }
                at = rows[p][c_parent];
            }
        }
    }
    for (i, r) in rows.iter().enumerate() {
        if r[c_kind] == "subdivision" && pops[i] == 0 {
            pops[i] = inside[i];
        }
    }
    // a subdivision with no city placed inside it (its country's cities
    // hang from the country) takes an even share of its country
    let mut top_level: HashMap<&str, u64> = HashMap::new();
    for r in &rows {
        if r[c_kind] == "subdivision" && r[c_parent].starts_with("C:") {
            *top_level.entry(r[c_parent]).or_default() += 1;
        }
    }
    for (i, r) in rows.iter().enumerate() {
        if r[c_kind] == "subdivision" && pops[i] == 0 {
            let country = r[c_parent]
                .starts_with("C:")
                .then_some(r[c_parent])
                .or_else(|| index.get(r[c_parent]).map(|&p| rows[p][c_parent]));
            if let Some(c) = country
                && let (Some(&ci), Some(&n)) = (index.get(c), top_level.get(c))
            {
                pops[i] = rows[ci][c_pop].parse::<u64>().unwrap_or(0) / n.max(1);
            }
        }
    }
    let mut out = String::new();
    writeln!(out, "pub static PLACES: [Row; {}] = [", rows.len()).unwrap();
    let mut names: Vec<(String, usize)> = Vec::new();
    let mut demonyms: Vec<(String, usize)> = Vec::new();
    for (i, r) in rows.iter().enumerate() {
        let kind = match r[c_kind] {
            "country" => "Country",
            "subdivision" => "Subdivision",
            "city" => "City",
            k => panic!("{}: row {}: unknown kind `{k}`", src.display(), i + 2),
        };
        let parent = match r[c_parent] {
            "" => u32::MAX,
            p => *index
                .get(p)
                .unwrap_or_else(|| panic!("{}: row {}: unknown parent `{p}`", src.display(), i + 2))
                as u32,
        };
        let capital = c_capital.is_some_and(|c| r.get(c).is_some_and(|v| *v == "1"));
        writeln!(
            out,
            "Row {{ id: {:?}, kind: Kind::{kind}, name: {:?}, parent: {parent}, country: {:?}, population: {}, capital: {capital}, largest_city: {} }},",
            r[c_id],
            r[c_name],
            r[c_country],
            pops[i].min(u32::MAX as u64),
            largest[i].map_or(u32::MAX, |l| l as u32),
        )
        .unwrap();
        let mut keys: Vec<String> = std::iter::once(r[c_name])
            .chain(r[c_alias].split('|'))
            .filter(|s| !s.is_empty())
            .map(key::place_key)
            .filter(|k| !k.is_empty())
            .collect();
        keys.sort();
        keys.dedup();
        names.extend(keys.into_iter().map(|k| (k, i)));
        let mut dem: Vec<String> = r[c_dem]
            .split('|')
            .filter(|s| !s.is_empty())
            .map(key::place_key)
            .collect();
        dem.sort();
        dem.dedup();
        demonyms.extend(dem.into_iter().map(|k| (k, i)));
    }
    out.push_str("];\n");
    for (table, mut keys) in [("NAMES", names), ("DEMONYMS", demonyms)] {
        keys.sort();
        writeln!(out, "pub static {table}: [(&str, u32); {}] = [", keys.len()).unwrap();
        for (k, i) in keys {
            writeln!(out, "({k:?}, {i}),").unwrap();
        }
        out.push_str("];\n");
    }
    let dest = Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join("gazetteer.rs");
    std::fs::write(dest, out).expect("write gazetteer.rs");
}
