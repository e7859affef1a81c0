//! The catalog: what crosscheck knows about the world before it reads an
//! article. People (with aliases and dated roles), organizations, places
//! (with the place they are `in`), titles (role keys and the words news uses
//! for them) and outlets (names, domains, wire services).
//!
//! The default catalog lives in `rules/catalog/` and is compiled in; users
//! add files with `--catalog`. An entry with the same name as an earlier one
//! replaces it.

use serde::Deserialize;

use crate::normalize::names::{self, Name};
use crate::rules::places::{PlaceId, PlaceIndex, PlaceMatch};

#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct RoleTerm {
    pub role: String,
    #[serde(default)]
    pub org: Option<String>,
    #[serde(default)]
    pub from: Option<String>,
    #[serde(default)]
    pub to: Option<String>,
}

#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Person {
    pub name: String,
    #[serde(default)]
    pub aliases: Vec<String>,
    /// The name in its own script ("Сергей Лавров"), when news quotes it.
    #[serde(default)]
    pub native: Vec<String>,
    #[serde(default)]
    pub roles: Vec<RoleTerm>,
}

#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Org {
    pub name: String,
    #[serde(default)]
    pub aliases: Vec<String>,
    #[serde(default, rename = "in")]
    pub within: Option<String>,
}

#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Place {
    pub name: String,
    #[serde(default)]
    pub aliases: Vec<String>,
    #[serde(default, rename = "in")]
    pub within: Option<String>,
    #[serde(default)]
    pub demonyms: Vec<String>,
    /// `country`, `region`, `city` or `site`; cities and sites are
    /// city-level places for event identity.
    #[serde(default)]
    pub kind: Option<PlaceKind>,
}

/// What sort of place an entry is.
#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum PlaceKind {
    Country,
    Region,
    City,
    Site,
}

#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Title {
    /// The role key ("spokesperson", "foreign-minister").
    pub role: String,
    /// The words news uses for it ("spokesman", "top diplomat").
    #[serde(default)]
    pub synonyms: Vec<String>,
    /// The organization a bare title implies ("Secretary of State" → the
    /// State Department), when it implies one.
    #[serde(default)]
    pub org: Option<String>,
    /// `one` when an organization has one holder at a time (a president, a
    /// spokesperson), `many` otherwise (envoys, senators). Only one-holder
    /// roles yield role claims, so two envoys of one country are not a
    /// conflict.
    #[serde(default)]
    pub holders: Holders,
}

/// How many people hold a title in one organization at a time.
#[derive(Clone, Copy, Debug, Default, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum Holders {
    One,
    #[default]
    Many,
}

#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Outlet {
    pub name: String,
    #[serde(default)]
    pub domains: Vec<String>,
    #[serde(default)]
    pub time_zone: Option<String>,
    #[serde(default)]
    pub wire: bool,
}

/// A named day of the year ("Boxing Day" = Dec. 26).
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Holiday {
    pub name: String,
    #[serde(default)]
    pub aliases: Vec<String>,
    pub month: u32,
    pub day: u32,
}

/// One catalog file as written.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CatalogFile {
    #[serde(default)]
    pub people: Vec<Person>,
    #[serde(default)]
    pub orgs: Vec<Org>,
    #[serde(default)]
    pub places: Vec<Place>,
    #[serde(default)]
    pub titles: Vec<Title>,
    #[serde(default)]
    pub outlets: Vec<Outlet>,
    #[serde(default)]
    pub holidays: Vec<Holiday>,
}

/// The merged catalog.
#[derive(Clone, Debug, Default)]
pub struct Catalog {
    pub people: Vec<Person>,
    pub orgs: Vec<Org>,
    pub places: Vec<Place>,
    pub titles: Vec<Title>,
    pub outlets: Vec<Outlet>,
    pub holidays: Vec<Holiday>,
    /// Catalog places over the gazetteer, built on first use.
    place_index: std::sync::OnceLock<PlaceIndex>,
    /// People by name, and by role key, built on first use.
    people_index: std::sync::OnceLock<PeopleIndex>,
}

/// Catalog people by canonical name and by the role keys they held, and
/// every spelling (name, aliases, native) parsed and keyed for linking.
#[derive(Clone, Debug, Default)]
struct PeopleIndex {
    by_name: std::collections::HashMap<String, usize>,
    by_role: std::collections::HashMap<String, Vec<usize>>,
    native: std::collections::HashSet<String>,
    spellings: NameSpellings,
}

/// Catalog spellings of people, parsed, with the person each belongs to,
/// indexed by folded surname and by whole folded name.
#[derive(Clone, Debug, Default)]
pub struct NameSpellings {
    pub spellings: Vec<(Name, usize)>,
    pub index: NameKeys,
}

/// Names (by index) under the keys that [`names::same_parsed`] can link
/// on: folded surname with the class of the first given name's initial,
/// whole folded name, the skeletons of surname and first given name, the
/// loose skeleton of the whole name, and the last two parts (for shorter
/// forms). Two names that may be one person share at least one key, so
/// linking looks up keys and never scans; a surname shared by thousands
/// (a common family name) is split by given-name initial.
#[derive(Clone, Debug, Default)]
pub struct NameKeys {
    /// Keys are 64-bit hashes of the key strings: a collision only adds a
    /// candidate, which the rules then reject.
    maps: [KeyMap; 5],
    /// By folded surname alone, for lone surnames: the owners (people or
    /// entities) filed, at most two distinct kept: one owner links, two
    /// is ambiguous.
    surnames: KeyMap,
}

/// Hashed key → indices.
type KeyMap = std::collections::HashMap<u64, Vec<usize>, std::hash::BuildHasherDefault<KeyHasher>>;

/// Passes a key that is already a hash through unchanged.
#[derive(Default)]
pub struct KeyHasher(u64);

impl std::hash::Hasher for KeyHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 = (self.0 ^ u64::from(*b)).wrapping_mul(0x100000001b3);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

/// FNV-1a of a key string.
fn key_hash(s: &str) -> u64 {
    let mut h: u64 = 0xcbf29ce484222325;
    for b in s.bytes() {
        h = (h ^ u64::from(b)).wrapping_mul(0x100000001b3);
    }
    h
}

impl NameKeys {
    /// (map, key) pairs: one key in each map, and more for what else a
    /// name may meet: its form without a second surname (surname map), its
    /// surname skeleton with the initial and its compound given name
    /// (skeleton map), its Wade-Giles reading (loose map).
    fn keys(n: &Name) -> Vec<(usize, String)> {
        let tail = match n.parts.as_slice() {
            [.., a, b] => format!("{a} {b}"),
            _ => String::new(),
        };
        let loose = names::loose_key(n);
        let mut keys = vec![
            (0, names::surname_initial_key(n)),
            (1, n.joined.clone()),
            (2, names::skeleton_key(n)),
            (3, loose.clone()),
            (4, tail),
        ];
        if let Some(cut) = names::without_second_surname(n) {
            keys.push((0, names::surname_initial_key(&cut)));
        }
        // the surname's skeleton with the given name's initial class: an
        // initial against a surname spelled another way ("G. Hamdein" /
        // "Galina Hamdain")
        if let Some(k) = names::skeleton_initial_key(n) {
            keys.push((2, k));
        }
        if n.given.len() > 1 {
            keys.push((2, names::compound_skeleton_key(n)));
        }
        // names that may be in syllables, read as Wade-Giles against
        // pinyin ("Yeh", "Qing"), when that reading gives another key
        if names::syllabic(n) || n.parts.len() == 2 {
            let k = names::loose_syllables(&n.joined);
            if k != loose {
                keys.push((3, k));
            }
        }
        keys.retain(|(_, k)| !k.is_empty());
        keys
    }

    /// Files a name under its keys; `owner` is the person or entity it
    /// belongs to (for lone-surname lookups).
    pub fn add(&mut self, n: &Name, idx: usize) {
        self.add_owned(n, idx, idx);
    }

    /// [`NameKeys::add`] with the owner given apart from the index.
    pub fn add_owned(&mut self, n: &Name, idx: usize, owner: usize) {
        for (m, key) in NameKeys::keys(n) {
            let v = self.maps[m].entry(key_hash(&key)).or_default();
            if v.last() != Some(&idx) {
                v.push(idx);
            }
        }
        if !n.surname_key.is_empty() {
            let v = self.surnames.entry(key_hash(&n.surname_key)).or_default();
            if v.len() < 2 && !v.contains(&owner) {
                v.push(owner);
            }
        }
    }

    /// Names (indices) sharing a key with `n`, sorted.
    pub fn candidates(&self, n: &Name) -> Vec<usize> {
        let mut v: Vec<usize> = NameKeys::keys(n)
            .into_iter()
            .filter_map(|(m, key)| self.maps[m].get(&key_hash(&key)))
            .flatten()
            .copied()
            .collect();
        v.sort_unstable();
        v.dedup();
        v
    }

    /// Names (indices) whose whole folded name equals `n`'s: the first to
    /// try, as they almost always are the same person.
    pub fn exact(&self, n: &Name) -> &[usize] {
        self.maps[1]
            .get(&key_hash(&n.joined))
            .map_or(&[], Vec::as_slice)
    }

    /// The owners filed with this folded surname: none, one, or two (two
    /// meaning "more than one").
    pub fn surname_owners(&self, surname_key: &str) -> &[usize] {
        self.surnames
            .get(&key_hash(surname_key))
            .map_or(&[], Vec::as_slice)
    }
}

/// Adds items; one with the key of an earlier one replaces it in place (a
/// later file overrides). Linear: one index of the keys.
fn merge<T>(into: &mut Vec<T>, items: Vec<T>, key: impl Fn(&T) -> String) {
    if items.is_empty() {
        return;
    }
    let mut index: std::collections::HashMap<String, usize> =
        into.iter().enumerate().map(|(i, x)| (key(x), i)).collect();
    for item in items {
        let k = key(&item);
        match index.get(&k) {
            Some(&i) => into[i] = item,
            None => {
                index.insert(k, into.len());
                into.push(item);
            }
        }
    }
}

impl Catalog {
    /// Adds a file's entries; an entry named like an earlier one replaces
    /// it. Problems come back as (path in the file, message): an empty
    /// name, a role key no title defines, a date that is not a date.
    pub fn add(&mut self, file: CatalogFile) -> Result<(), Vec<(String, String)>> {
        let mut problems = Vec::new();
        let known_roles: Vec<&str> = self
            .titles
            .iter()
            .chain(&file.titles)
            .map(|t| t.role.as_str())
            .collect();
        for (i, p) in file.people.iter().enumerate() {
            if p.name.trim().is_empty() {
                problems.push((format!("people[{i}].name"), "empty name".to_string()));
            }
            for (j, r) in p.roles.iter().enumerate() {
                if !known_roles.contains(&r.role.as_str()) {
                    let mut choices = known_roles.clone();
                    choices.sort();
                    choices.dedup();
                    problems.push((
                        format!("people[{i}].roles[{j}].role"),
                        format!(
                            "unknown role key `{}`; valid choices: {}",
                            r.role,
                            choices.join(", ")
                        ),
                    ));
                }
                for (key, v) in [("from", &r.from), ("to", &r.to)] {
                    if let Some(d) = v
                        && crate::normalize::date::parse_full_date(d).is_none()
                    {
                        problems.push((
                            format!("people[{i}].roles[{j}].{key}"),
                            format!("`{d}` is not a date (expected YYYY-MM-DD)"),
                        ));
                    }
                }
            }
        }
        // names an `in:` may point at: the gazetteer's, earlier catalog
        // files', this file's
        let known: std::collections::HashSet<String> = self
            .places
            .iter()
            .chain(&file.places)
            .flat_map(|p| std::iter::once(&p.name).chain(&p.aliases))
            .map(|n| crate::geo::place_key(n))
            .collect();
        for (i, p) in file.places.iter().enumerate() {
            let key = crate::geo::place_key(&p.name);
            if key.is_empty() {
                problems.push((
                    format!("places[{i}].name"),
                    "a place name needs letters or digits".to_string(),
                ));
            }
            if let Some(w) = &p.within {
                if crate::geo::place_key(w).is_empty() {
                    problems.push((
                        format!("places[{i}].in"),
                        "`in` needs a place name with letters or digits".to_string(),
                    ));
                } else if crate::geo::place_key(w) == key {
                    problems.push((
                        format!("places[{i}].in"),
                        format!("`{}` cannot lie inside itself", p.name),
                    ));
                } else if let head = crate::geo::place_key(w.split(',').next().unwrap_or(w))
                    && !known.contains(&crate::geo::place_key(w))
                    && !known.contains(&head)
                    && crate::geo::named(&head).is_empty()
                {
                    problems.push((
                        format!("places[{i}].in"),
                        format!(
                            "`{w}` is no place the gazetteer or the catalog (this file or an earlier one) knows"
                        ),
                    ));
                }
            }
        }
        if !problems.is_empty() {
            return Err(problems);
        }
        merge(&mut self.people, file.people, |p| p.name.clone());
        self.people_index = std::sync::OnceLock::new();
        merge(&mut self.orgs, file.orgs, |o| o.name.clone());
        merge(&mut self.places, file.places, |p| p.name.clone());
        self.place_index = std::sync::OnceLock::new();
        merge(&mut self.titles, file.titles, |t| t.role.clone());
        for (i, h) in file.holidays.iter().enumerate() {
            if chrono::NaiveDate::from_ymd_opt(2024, h.month, h.day).is_none() {
                problems.push((
                    format!("holidays[{i}].day"),
                    format!("month {} has no day {}", h.month, h.day),
                ));
            }
        }
        if !problems.is_empty() {
            return Err(problems);
        }
        merge(&mut self.outlets, file.outlets, |o| o.name.clone());
        merge(&mut self.holidays, file.holidays, |h| h.name.clone());
        Ok(())
    }

    /// The outlet whose domain the URL's host is, or ends with.
    pub fn outlet_for_url(&self, url: &str) -> Option<&Outlet> {
        let host = url
            .split("://")
            .nth(1)
            .unwrap_or(url)
            .split(['/', '?', '#'])
            .next()?
            .to_ascii_lowercase();
        let host = host.trim_start_matches("www.");
        self.outlets.iter().find(|o| {
            o.domains.iter().any(|d| {
                let d = d.to_ascii_lowercase();
                host == d || host.ends_with(&format!(".{d}"))
            })
        })
    }

    fn people_index(&self) -> &PeopleIndex {
        self.people_index.get_or_init(|| {
            let mut ix = PeopleIndex::default();
            for (i, p) in self.people.iter().enumerate() {
                ix.by_name.insert(p.name.clone(), i);
                for r in &p.roles {
                    let v = ix.by_role.entry(r.role.clone()).or_default();
                    if v.last() != Some(&i) {
                        v.push(i);
                    }
                }
                ix.native.extend(p.native.iter().cloned());
                for n in std::iter::once(&p.name)
                    .chain(p.aliases.iter())
                    .chain(p.native.iter())
                {
                    let parsed = names::parse(n);
                    let k = ix.spellings.spellings.len();
                    ix.spellings.index.add_owned(&parsed, k, i);
                    ix.spellings.spellings.push((parsed, i));
                }
            }
            ix
        })
    }

    /// The catalog person with this canonical name.
    pub fn person(&self, name: &str) -> Option<&Person> {
        self.people_index()
            .by_name
            .get(name)
            .map(|&i| &self.people[i])
    }

    /// The position in `people` of the person with this canonical name.
    pub fn person_position(&self, name: &str) -> Option<usize> {
        self.people_index().by_name.get(name).copied()
    }

    /// Catalog people with a term in this role, in catalog order.
    pub fn people_with_role(&self, role: &str) -> impl Iterator<Item = &Person> {
        self.people_index()
            .by_role
            .get(role)
            .into_iter()
            .flatten()
            .map(|&i| &self.people[i])
    }

    /// Every catalog spelling of a person, parsed and keyed for linking.
    pub fn name_spellings(&self) -> &NameSpellings {
        &self.people_index().spellings
    }

    /// Whether a spelling is some catalog person's native spelling.
    pub fn is_native_spelling(&self, written: &str) -> bool {
        self.people_index().native.contains(written)
    }

    /// The index of places: catalog entries over the gazetteer.
    pub fn places_index(&self) -> &PlaceIndex {
        self.place_index
            .get_or_init(|| PlaceIndex::new(&self.places))
    }

    /// Whether the place keyed `inner` lies inside the place keyed `outer`
    /// (keys as claims hold them, see [`PlaceIndex::key`]).
    pub fn place_within(&self, inner: &str, outer: &str) -> bool {
        let ix = self.places_index();
        match (ix.from_key(inner), ix.from_key(outer)) {
            (Some(i), Some(o)) => ix.within(i, o),
            _ => false,
        }
    }

    /// Whether the places keyed so may nest without the gazetteer knowing
    /// (see [`PlaceIndex::nesting_unknown`]).
    pub fn place_nesting_unknown(&self, a: &str, b: &str) -> bool {
        let ix = self.places_index();
        match (ix.from_key(a), ix.from_key(b)) {
            (Some(x), Some(y)) => ix.nesting_unknown(x, y),
            _ => false,
        }
    }

    /// How a place name as written resolves (a leading "the" and a
    /// possessive are ignored).
    pub fn place(&self, text: &str) -> PlaceMatch {
        self.places_index().resolve(&clean(text))
    }

    /// The place a name, alias or demonym denotes ("Utopian", "Utopia's",
    /// "U.S."), when it is one place.
    pub fn place_or_demonym(&self, text: &str) -> Option<PlaceId> {
        let t = clean(text);
        match self.place(&t) {
            PlaceMatch::Known(id, _) => Some(id),
            _ => self.places_index().demonym(&t),
        }
    }

    /// The organization a name or alias denotes.
    pub fn org(&self, text: &str) -> Option<&Org> {
        let t = clean(text);
        self.orgs.iter().find(|o| {
            o.name.eq_ignore_ascii_case(&t) || o.aliases.iter().any(|a| a.eq_ignore_ascii_case(&t))
        })
    }

    /// The organization whose longest name or alias appears in `text` as
    /// whole words.
    pub fn org_within(&self, text: &str) -> Option<&Org> {
        let low = text.to_lowercase();
        let mut best: Option<(&Org, usize)> = None;
        for o in &self.orgs {
            for n in std::iter::once(&o.name).chain(o.aliases.iter()) {
                let n_low = n.to_lowercase();
                if n_low.len() > best.map_or(0, |b| b.1) && contains_words(&low, &n_low) {
                    best = Some((o, n_low.len()));
                }
            }
        }
        best.map(|b| b.0)
    }

    /// Whether the place keyed so is city-level (a city or a site).
    pub fn is_city_level(&self, key: &str) -> bool {
        let ix = self.places_index();
        ix.from_key(key).is_some_and(|id| ix.is_city_level(id))
    }

    /// The outlet with this name (case-insensitive), if any.
    pub fn outlet_named(&self, name: &str) -> Option<&Outlet> {
        self.outlets
            .iter()
            .find(|o| o.name.eq_ignore_ascii_case(name.trim()))
    }
}

/// Trims, drops a leading "the " and a trailing possessive.
fn clean(text: &str) -> String {
    let t = text.trim();
    let t = t
        .strip_prefix("the ")
        .or_else(|| t.strip_prefix("The "))
        .unwrap_or(t);
    let t = t
        .strip_suffix("'s")
        .or_else(|| t.strip_suffix("’s"))
        .unwrap_or(t);
    t.to_string()
}

/// Whether `needle` occurs in `hay` with word boundaries on both sides.
fn contains_words(hay: &str, needle: &str) -> bool {
    let mut from = 0;
    while let Some(i) = hay[from..].find(needle) {
        let s = from + i;
        let e = s + needle.len();
        let before = hay[..s].chars().next_back();
        let after = hay[e..].chars().next();
        if !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric) {
            return true;
        }
        from = s + needle.len().max(1);
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn outlets_by_domain() {
        let mut c = Catalog::default();
        c.add(CatalogFile {
            outlets: vec![Outlet {
                name: "Example News".into(),
                domains: vec!["example.com".into()],
                time_zone: None,
                wire: false,
            }],
            ..Default::default()
        })
        .unwrap();
        assert_eq!(
            c.outlet_for_url("https://www.example.com/2025/01/01/x")
                .map(|o| o.name.as_str()),
            Some("Example News")
        );
        assert!(c.outlet_for_url("https://notexample.com/x").is_none());
        assert!(c.outlet_named("example news").is_some());
    }
}
