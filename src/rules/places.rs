//! Resolving a place name as written to one place, and containment.
//!
//! Two sources: the catalog's `places:` (what users write, checked first)
//! and the compiled-in gazetteer ([`crate::geo`]). A catalog place whose
//! name is a gazetteer place of the same kind (and, if it says so, inside
//! the same parent) extends that place with its aliases and demonyms; any
//! other catalog place is a place of its own, inside its `in:` parent.
//!
//! A name resolves, per DESIGN.md, catalog first, then countries, then
//! capitals, then subdivisions and cities by population (a subdivision
//! counts the cities inside it, or an even share of its country when its
//! country's cities are not placed in regions; one named after its largest
//! city, a city inside its parent region, or a city of its country when
//! the country's cities are not placed in regions, gives way to the
//! city): a
//! name several places share is taken only when its most populous bearer
//! is three times larger than the next
//! (the capital of a large country over a small town that shares its
//! name; not one of several mid-sized towns over another).
//! "Town, Region" takes the bearer of the name inside the region. Anything
//! else is ambiguous or unknown, and gives no finding.

use std::collections::HashMap;

use crate::geo::{self, Kind, place_key};
use crate::rules::catalog::{Place, PlaceKind};

/// A place: a gazetteer row or a catalog entry of its own.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PlaceId {
    Gaz(u32),
    Cat(u32),
}

/// How a name resolved.
#[derive(Clone, Debug, PartialEq)]
pub enum PlaceMatch {
    /// One place, and how it was chosen.
    Known(PlaceId, String),
    /// Several places of the same standing bear the name.
    Ambiguous(usize),
    Unknown,
}

/// Among cities (or subdivisions) sharing a name, the most populous must be
/// this many times larger than the next to be chosen.
const DOMINANCE: u64 = 3;

/// The index over catalog places and the gazetteer.
#[derive(Clone, Debug, Default)]
pub struct PlaceIndex {
    /// Catalog names and aliases.
    keys: HashMap<String, Vec<PlaceId>>,
    /// Catalog demonyms.
    demonyms: HashMap<String, Vec<PlaceId>>,
    /// Per catalog place: the parent of an own place.
    cat_parent: Vec<Option<PlaceId>>,
    /// Per catalog place: the gazetteer row it extends, if any.
    cat_same: Vec<Option<u32>>,
    cat_names: Vec<String>,
    cat_by_name: HashMap<String, u32>,
    /// Catalog names of the gazetteer places they extend (a short name for a
    /// country whose ISO name is long): the names shown.
    gaz_names: HashMap<u32, String>,
    cat_kinds: Vec<Option<PlaceKind>>,
    /// Gazetteer ids to rows.
    ids: HashMap<&'static str, u32>,
}

fn kind_fits(k: Option<PlaceKind>, g: Kind) -> bool {
    match k {
        None => true,
        Some(PlaceKind::Country) => g == Kind::Country,
        Some(PlaceKind::Region) => g == Kind::Subdivision,
        Some(PlaceKind::City) => g == Kind::City,
        Some(PlaceKind::Site) => false,
    }
}

/// Chooses among gazetteer rows bearing one name.
fn rank(cands: &[u32]) -> PlaceMatch {
    let rows = |k: Kind| -> Vec<u32> {
        cands
            .iter()
            .copied()
            .filter(|&i| geo::row(i).kind == k)
            .collect()
    };
    let one = |v: Vec<u32>, why: &str| -> Option<PlaceMatch> {
        match v.as_slice() {
            [] => None,
            [i] => Some(PlaceMatch::Known(PlaceId::Gaz(*i), why.to_string())),
            many => Some(PlaceMatch::Ambiguous(many.len())),
        }
    };
    if let Some(m) = one(rows(Kind::Country), "country") {
        return m;
    }
    // a subdivision named after a city inside it (a city-state) or inside
    // its parent region (a province named after its capital) gives way to
    // the city
    let cities = rows(Kind::City);
    let gives_way = |s: u32| {
        let region = geo::parent(s).filter(|&p| geo::row(p).kind == Kind::Subdivision);
        cities.iter().any(|&c| {
            // a region named after its largest city (a city-state, a
            // state named after its capital)
            geo::row(s).largest_city == c
                || region.is_some_and(|p| geo::within(c, p))
                // a city its country does not sort into regions: likely in
                // the region of its name
                || geo::parent(c).is_some_and(|p| {
                    geo::row(p).kind == Kind::Country && geo::within(s, p)
                })
        })
    };
    let mut others: Vec<u32> = rows(Kind::Subdivision)
        .into_iter()
        .filter(|&s| !gives_way(s))
        .chain(cities.iter().copied())
        .collect();
    others.sort_unstable();
    // then a country's capital
    let capitals: Vec<u32> = others
        .iter()
        .copied()
        .filter(|&i| geo::row(i).capital)
        .collect();
    if let [c] = capitals.as_slice() {
        return PlaceMatch::Known(PlaceId::Gaz(*c), "capital".into());
    }
    let what = if others.iter().all(|&i| geo::row(i).kind == Kind::City) {
        "city"
    } else {
        "place"
    };
    by_population(others, what)
}

/// One place of several: the most populous, when it is [`DOMINANCE`]
/// times the next (a subdivision's population is that of the cities inside
/// it).
fn by_population(mut v: Vec<u32>, what: &str) -> PlaceMatch {
    v.sort_by_key(|&i| std::cmp::Reverse(geo::row(i).population));
    match v.as_slice() {
        [] => PlaceMatch::Unknown,
        [i] => PlaceMatch::Known(PlaceId::Gaz(*i), what.into()),
        [i, j, ..] => {
            let (a, b) = (
                geo::row(*i).population as u64,
                geo::row(*j).population as u64,
            );
            if a >= DOMINANCE * b.max(1) {
                PlaceMatch::Known(
                    PlaceId::Gaz(*i),
                    format!(
                        "{}, the most populous of {} places of that name",
                        match geo::row(*i).kind {
                            Kind::City => "city",
                            _ => "subdivision",
                        },
                        v.len()
                    ),
                )
            } else {
                PlaceMatch::Ambiguous(v.len())
            }
        }
    }
}

impl PlaceIndex {
    /// Indexes the catalog's places over the gazetteer.
    pub fn new(places: &[Place]) -> PlaceIndex {
        let mut ix = PlaceIndex {
            ids: (0..geo::len() as u32)
                .map(|i| (geo::row(i).id, i))
                .collect(),
            ..Default::default()
        };
        // 1. which catalog places extend a gazetteer place
        for p in places {
            let key = place_key(&p.name);
            let parent_gaz =
                p.within
                    .as_deref()
                    .and_then(|w| match rank(&geo::named(&place_key(w))) {
                        PlaceMatch::Known(PlaceId::Gaz(g), _) => Some(g),
                        _ => None,
                    });
            let named = geo::named(&key);
            let same = match (rank(&named), parent_gaz) {
                (PlaceMatch::Known(PlaceId::Gaz(g), _), None)
                    if p.within.is_none() && kind_fits(p.kind, geo::row(g).kind) =>
                {
                    Some(g)
                }
                // with an `in:`, the one place of that name inside it
                (_, Some(w)) => {
                    let inside: Vec<u32> = named
                        .iter()
                        .copied()
                        .filter(|&g| kind_fits(p.kind, geo::row(g).kind) && geo::within(g, w))
                        .collect();
                    match inside.as_slice() {
                        [g] => Some(*g),
                        _ => None,
                    }
                }
                _ => None,
            };
            if let Some(g) = same {
                ix.gaz_names.entry(g).or_insert_with(|| p.name.clone());
            }
            ix.cat_same.push(same);
            ix.cat_by_name
                .entry(p.name.clone())
                .or_insert(ix.cat_names.len() as u32);
            ix.cat_names.push(p.name.clone());
            ix.cat_kinds.push(p.kind);
        }
        // 2. names, aliases and demonyms
        for (i, p) in places.iter().enumerate() {
            let id = match ix.cat_same[i] {
                Some(g) => PlaceId::Gaz(g),
                None => PlaceId::Cat(i as u32),
            };
            for n in std::iter::once(&p.name).chain(&p.aliases) {
                let v = ix.keys.entry(place_key(n)).or_default();
                if !v.contains(&id) {
                    v.push(id);
                }
            }
            for d in &p.demonyms {
                let v = ix.demonyms.entry(place_key(d)).or_default();
                if !v.contains(&id) {
                    v.push(id);
                }
            }
        }
        // 3. parents of own places
        for p in places {
            let parent = p.within.as_deref().and_then(|w| match ix.resolve(w) {
                PlaceMatch::Known(id, _) => Some(id),
                _ => None,
            });
            ix.cat_parent.push(parent);
        }
        ix
    }

    /// The place a name as written denotes ("Port Avalon", "the U.S.",
    /// "Port Avalon, Utopia").
    pub fn resolve(&self, text: &str) -> PlaceMatch {
        // the whole text as a catalog name first ("Washington, D.C.")
        let key = place_key(strip_possessive(text.trim()));
        if key.is_empty() || self.keys.contains_key(&key) {
            return self.resolve_plain(text);
        }
        // "Town, Region": the bearer of the name inside a place of the
        // region's name; a qualifier that is no place ("Town, Smith said")
        // is dropped
        if let Some((head, qual)) = text.split_once(',') {
            let head = head.trim();
            let regions = self.bearers(qual.split(',').next().unwrap_or(""));
            if regions.is_empty() {
                return self.resolve_plain(head);
            }
            let mut inside: Vec<PlaceId> = self
                .bearers(head)
                .into_iter()
                .filter(|&c| regions.iter().any(|&r| self.within(c, r)))
                .collect();
            inside.sort();
            inside.dedup();
            let gaz: Vec<u32> = inside
                .iter()
                .filter_map(|c| match c {
                    PlaceId::Gaz(g) => Some(*g),
                    PlaceId::Cat(_) => None,
                })
                .collect();
            let within = |id: PlaceId| {
                let region = regions
                    .iter()
                    .find(|&&r| self.within(id, r))
                    .map(|&r| self.name(r))
                    .unwrap_or_default();
                format!("inside {region}")
            };
            return match inside.as_slice() {
                [] => PlaceMatch::Unknown,
                [id] => PlaceMatch::Known(*id, within(*id)),
                // several gazetteer places inside: ranked as usual
                many if gaz.len() == many.len() => match rank(&gaz) {
                    PlaceMatch::Known(id, why) => {
                        PlaceMatch::Known(id, format!("{}, {why}", within(id)))
                    }
                    other => other,
                },
                many => PlaceMatch::Ambiguous(many.len()),
            };
        }
        self.resolve_plain(text)
    }

    /// Every place a name may denote: the catalog's, else the gazetteer's.
    fn bearers(&self, name: &str) -> Vec<PlaceId> {
        let key = place_key(strip_possessive(name.trim()));
        if key.is_empty() {
            return Vec::new();
        }
        match self.keys.get(&key) {
            Some(v) => v.clone(),
            None => geo::named(&key).into_iter().map(PlaceId::Gaz).collect(),
        }
    }

    /// A name without a qualifier.
    fn resolve_plain(&self, text: &str) -> PlaceMatch {
        let key = place_key(strip_possessive(text.trim()));
        if key.is_empty() {
            return PlaceMatch::Unknown;
        }
        if let Some(v) = self.keys.get(&key) {
            return match v.as_slice() {
                [id] => PlaceMatch::Known(*id, "catalog".into()),
                many => PlaceMatch::Ambiguous(many.len()),
            };
        }
        let cands = geo::named(&key);
        if cands.is_empty() {
            return PlaceMatch::Unknown;
        }
        match rank(&cands) {
            PlaceMatch::Known(id, why) => PlaceMatch::Known(id, format!("gazetteer {why}")),
            other => other,
        }
    }

    /// The place a demonym names ("Utopian"), catalog first.
    pub fn demonym(&self, text: &str) -> Option<PlaceId> {
        let key = place_key(strip_possessive(text.trim()));
        if let Some(v) = self.demonyms.get(&key) {
            return match v.as_slice() {
                [id] => Some(*id),
                _ => None,
            };
        }
        match geo::demonym(&key).as_slice() {
            [g] => Some(PlaceId::Gaz(*g)),
            _ => None,
        }
    }

    /// The place containing `id`, if any.
    pub fn parent(&self, id: PlaceId) -> Option<PlaceId> {
        match id {
            PlaceId::Gaz(g) => geo::parent(g).map(PlaceId::Gaz),
            PlaceId::Cat(c) => self.cat_parent.get(c as usize).copied().flatten(),
        }
    }

    /// Whether `inner` lies strictly inside `outer`.
    pub fn within(&self, inner: PlaceId, outer: PlaceId) -> bool {
        let mut at = inner;
        for _ in 0..32 {
            match self.parent(at) {
                Some(p) if p == outer => return true,
                Some(p) => at = p,
                None => return false,
            }
        }
        false
    }

    /// Whether the gazetteer cannot tell if two places nest: one is a
    /// city placed directly in its country (the country's cities are not
    /// sorted into regions) and the other a region of that country.
    pub fn nesting_unknown(&self, a: PlaceId, b: PlaceId) -> bool {
        let flat_city_and_region = |city: PlaceId, region: PlaceId| {
            let (PlaceId::Gaz(c), PlaceId::Gaz(r)) = (city, region) else {
                return false;
            };
            geo::row(c).kind == Kind::City
                && geo::parent(c).is_some_and(|p| geo::row(p).kind == Kind::Country)
                && geo::row(r).kind == Kind::Subdivision
                && geo::parent(c).is_some_and(|p| geo::within(r, p))
        };
        flat_city_and_region(a, b) || flat_city_and_region(b, a)
    }

    /// The place's display name.
    pub fn name(&self, id: PlaceId) -> String {
        match id {
            PlaceId::Gaz(g) => self
                .gaz_names
                .get(&g)
                .cloned()
                .unwrap_or_else(|| geo::row(g).name.to_string()),
            PlaceId::Cat(c) => self.cat_names.get(c as usize).cloned().unwrap_or_default(),
        }
    }

    /// The place's stable key, used as a claim value: the gazetteer id
    /// (`C:..`, `S:..-..`, `G:<geonameid>`) or `catalog:NAME`.
    pub fn key(&self, id: PlaceId) -> String {
        match id {
            PlaceId::Gaz(g) => geo::row(g).id.to_string(),
            PlaceId::Cat(_) => format!("catalog:{}", self.name(id)),
        }
    }

    /// The place a key made by [`PlaceIndex::key`] stands for.
    pub fn from_key(&self, key: &str) -> Option<PlaceId> {
        if let Some(name) = key.strip_prefix("catalog:") {
            return self.cat_by_name.get(name).map(|&i| PlaceId::Cat(i));
        }
        self.ids.get(key).map(|&g| PlaceId::Gaz(g))
    }

    /// Whether a place is city-level (a city or a site).
    pub fn is_city_level(&self, id: PlaceId) -> bool {
        match id {
            PlaceId::Gaz(g) => geo::row(g).kind == Kind::City,
            PlaceId::Cat(c) => matches!(
                self.cat_kinds.get(c as usize).copied().flatten(),
                Some(PlaceKind::City | PlaceKind::Site)
            ),
        }
    }

    /// "Town, in Region, Country": the place and its parents.
    pub fn describe(&self, id: PlaceId) -> String {
        let mut chain = Vec::new();
        let mut at = self.parent(id);
        while let Some(p) = at {
            chain.push(self.name(p));
            if chain.len() > 8 {
                break;
            }
            at = self.parent(p);
        }
        if chain.is_empty() {
            self.name(id)
        } else {
            format!("{}, in {}", self.name(id), chain.join(", "))
        }
    }

    /// Every name and alias of catalog places and gazetteer countries:
    /// words that are not people's names.
    pub fn country_words(&self) -> Vec<String> {
        let mut out: Vec<String> = self.keys.keys().cloned().collect();
        out.extend(self.demonyms.keys().cloned());
        for (k, i) in geo::NAMES.iter().chain(geo::DEMONYMS.iter()) {
            if geo::row(*i).kind == Kind::Country {
                out.push(k.to_string());
            }
        }
        out.sort();
        out.dedup();
        out
    }
}

fn strip_possessive(t: &str) -> &str {
    t.strip_suffix("'s")
        .or_else(|| t.strip_suffix("’s"))
        .unwrap_or(t)
}
