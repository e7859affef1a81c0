//! People: from names as written to canonical entities, with the reason.
//!
//! One person appears under several spellings across outlets (Aleksei /
//! Aleksey Morozov, Kovalensky / Kovalenskyy). Linking is done over the whole
//! run, token by token, never on whole-string similarity:
//! 1. a catalog name or alias links to that catalog person;
//! 2. otherwise two names are one person when their surnames are equal
//!    under transliteration folding ([`fold`]) and their first given names
//!    are compatible (equal when folded, or one is the other's initial);
//! 3. a lone surname links to the person of that surname named in the same
//!    article, or else to the only person of that surname in the run.
//!
//! Names whose surnames differ are never merged, however similar
//! ("Brenner" and "Brennen" stay two people). Every link keeps its reason.

use std::collections::{BTreeMap, HashMap};

use crate::extract::Extraction;
use crate::extract::mention::{Evidence, RawMention};
use crate::rules::catalog::{Catalog, NameKeys};

pub use super::names::fold;
use super::names::{self, Name};

/// A person the run talks about.
#[derive(Clone, Debug, PartialEq)]
pub struct Entity {
    /// Canonical name, also the entity's key.
    pub name: String,
    pub from_catalog: bool,
    /// The catalog person (index), for catalog entities.
    catalog: Option<usize>,
    /// Every distinct full spelling linked to the entity, parsed; a new
    /// name must be compatible with all of them (so "A. Petrenko" seen
    /// first cannot join Anna and Alla Petrenko into one person).
    spellings: Vec<Name>,
}

/// The entity a mention was linked to, and why.
#[derive(Clone, Debug, PartialEq)]
pub struct Link {
    pub entity: usize,
    pub reason: String,
}

/// The result of linking a run's mentions.
#[derive(Debug, Default)]
pub struct People {
    pub entities: Vec<Entity>,
    /// Per article, per mention (same order as the extraction): its link.
    pub links: Vec<Vec<Option<Link>>>,
}

fn variant_reason(written: &str, canonical: &str) -> String {
    if written == canonical {
        "the spelling most used in the run".to_string()
    } else {
        names::same_person(written, canonical).unwrap_or_else(|| format!("linked to {canonical}"))
    }
}

/// Entities of the run: catalog people get one when first mentioned.
struct Entities<'c> {
    list: Vec<Entity>,
    of_catalog: HashMap<usize, usize>,
    catalog: &'c Catalog,
    spellings: Vec<BTreeMap<String, usize>>,
    index: NameKeys,
}

impl Entities<'_> {
    fn catalog_person(&mut self, person: usize) -> usize {
        if let Some(&e) = self.of_catalog.get(&person) {
            return e;
        }
        let name = &self.catalog.people[person].name;
        let idx = self.push(name.clone(), Some(person));
        self.of_catalog.insert(person, idx);
        idx
    }

    fn push(&mut self, name: String, catalog: Option<usize>) -> usize {
        let idx = self.list.len();
        let parsed = names::parse(&name);
        self.index.add(&parsed, idx);
        self.list.push(Entity {
            name,
            from_catalog: catalog.is_some(),
            catalog,
            spellings: vec![parsed],
        });
        self.spellings.push(BTreeMap::new());
        idx
    }
}

/// Links every mention of the run to an entity.
///
/// Catalog people come first, each under its name, aliases and native
/// spellings. A full name then links to the catalog person or the run's
/// entity it can be ([`names::same_person`]'s rules: folded surname and
/// compatible given names, or the whole name equal once folded), else it
/// starts an entity of its own. A lone surname links to the one person of
/// that surname named in its article, else to the one person of that
/// surname in the run or the catalog; with several, it links to none.
/// Every lookup is by hashed key: the cost per mention does not grow with
/// the catalog.
pub fn link(extractions: &[Extraction], catalog: &Catalog) -> People {
    let cat = catalog.name_spellings();
    let mut ents = Entities {
        list: Vec::new(),
        of_catalog: HashMap::new(),
        catalog,
        spellings: Vec::new(),
        index: NameKeys::default(),
    };
    let mut links: Vec<Vec<Option<Link>>> = extractions
        .iter()
        .map(|e| vec![None; e.mentions.len()])
        .collect();
    // full names
    for (a, ex) in extractions.iter().enumerate() {
        for (m_i, m) in ex.mentions.iter().enumerate() {
            if m.given.is_empty() && !matches!(m.evidence, Evidence::Catalog(_)) {
                continue;
            }
            let written = m.full();
            let parsed = names::parse(&written);
            let link = if let Evidence::Catalog(name) = &m.evidence {
                catalog.person_position(name).map(|p| Link {
                    entity: ents.catalog_person(p),
                    reason: if &written == name {
                        "catalog name".to_string()
                    } else if catalog.is_native_spelling(&written) {
                        format!("catalog native spelling of {name}")
                    } else {
                        format!("catalog alias of {name}")
                    },
                })
            } else {
                let catalog_match = |i: usize| {
                    let (n, person) = &cat.spellings[i];
                    // a catalog spelling that is a surname alone links
                    // nothing by itself
                    let same = (n.parts.len() > 1 || n.joined == parsed.joined)
                        && names::same_parsed(n, &parsed).is_some();
                    same.then_some(*person)
                };
                // the same name once folded first, then every candidate
                let in_catalog = cat
                    .index
                    .exact(&parsed)
                    .iter()
                    .find_map(|&i| catalog_match(i))
                    .or_else(|| {
                        cat.index
                            .candidates(&parsed)
                            .into_iter()
                            .find_map(catalog_match)
                    });
                if let Some(person) = in_catalog {
                    let idx = ents.catalog_person(person);
                    Some(Link {
                        entity: idx,
                        reason: format!(
                            "catalog: {}",
                            variant_reason(&written, &ents.list[idx].name)
                        ),
                    })
                } else if let Some(idx) = ents.index.candidates(&parsed).into_iter().find(|&i| {
                    let e = &ents.list[i];
                    !e.from_catalog
                        && e.spellings
                            .iter()
                            .all(|n| names::same_parsed(n, &parsed).is_some())
                }) {
                    if !ents.list[idx]
                        .spellings
                        .iter()
                        .any(|n| n.joined == parsed.joined)
                    {
                        ents.index.add(&parsed, idx);
                        ents.list[idx].spellings.push(parsed.clone());
                    }
                    Some(Link {
                        entity: idx,
                        reason: variant_reason(&written, &ents.list[idx].name),
                    })
                } else {
                    let idx = ents.push(written.clone(), None);
                    Some(Link {
                        entity: idx,
                        reason: "first seen here".to_string(),
                    })
                }
            };
            if let Some(l) = &link {
                *ents.spellings[l.entity].entry(written).or_default() += 1;
            }
            links[a][m_i] = link;
        }
    }
    // lone surnames: one person of that surname in the article, else in the
    // run and the catalog together
    let mut lone_links: Vec<(usize, usize, Link)> = Vec::new();
    for (a, ex) in extractions.iter().enumerate() {
        // people named in full in this article, by folded surname
        let mut local: HashMap<String, Vec<usize>> = HashMap::new();
        // and by each folded given name (people known by a given name
        // alone)
        let mut local_given: HashMap<String, Vec<usize>> = HashMap::new();
        for (j, o) in ex.mentions.iter().enumerate() {
            if let (false, Some(l)) = (o.given.is_empty(), &links[a][j]) {
                let parsed = names::parse(&o.full());
                let cut = names::without_second_surname(&parsed).map(|c| c.surname_key);
                for key in std::iter::once(parsed.surname_key.clone()).chain(cut) {
                    let v = local.entry(key).or_default();
                    if !v.contains(&l.entity) {
                        v.push(l.entity);
                    }
                }
                for g in &parsed.given {
                    let v = local_given.entry(names::fold(g)).or_default();
                    if !v.contains(&l.entity) {
                        v.push(l.entity);
                    }
                }
            }
        }
        for (m_i, m) in ex.mentions.iter().enumerate() {
            if links[a][m_i].is_some() {
                continue;
            }
            let sk = names::parse(&m.surname).surname_key;
            // people of that surname in the run or the catalog
            // (owners are kept two at most: two means "several")
            let mut people: Vec<(bool, usize)> = ents
                .index
                .surname_owners(&sk)
                .iter()
                .map(|&e| match ents.list[e].catalog {
                    Some(p) => (true, p),
                    None => (false, e),
                })
                .chain(cat.index.surname_owners(&sk).iter().map(|&p| (true, p)))
                .collect();
            people.sort_unstable();
            people.dedup();
            let only_in_run = match people.as_slice() {
                [one] => Some(*one),
                _ => None,
            };
            let lone = names::parse(&m.surname);
            // nobody of that surname anywhere: one person of the article
            // whose given name it is (and who agrees by the name rules)
            let by_given = || match local_given.get(&sk).map(Vec::as_slice) {
                Some([one]) if people.is_empty() && lone.parts.len() == 1 => ents.list[*one]
                    .spellings
                    .iter()
                    .any(|n| names::same_parsed(n, &lone).is_some())
                    .then_some(((false, *one), Some(*one))),
                _ => None,
            };
            let link = if m.evidence == Evidence::Candidate {
                only_in_run.map(|one| (one, None))
            } else {
                match local.get(&sk).map(Vec::as_slice) {
                    Some([one]) => Some(((false, *one), Some(*one))),
                    None | Some([]) => only_in_run.map(|one| (one, None)).or_else(by_given),
                    _ => None,
                }
            };
            if let Some(((is_cat, i), local_entity)) = link {
                let entity = match (local_entity, is_cat) {
                    (Some(e), _) => e,
                    (None, true) => ents.catalog_person(i),
                    (None, false) => i,
                };
                let reason = match local_entity {
                    Some(e) if !local.contains_key(&sk) => format!(
                        "given name of {} named in the same article, used alone",
                        ents.list[e].name
                    ),
                    Some(e) => {
                        format!("surname of {} named in the same article", ents.list[e].name)
                    }
                    None => format!("the only person named {} in the run", m.surname),
                };
                lone_links.push((a, m_i, Link { entity, reason }));
            }
        }
    }
    for (a, m_i, l) in lone_links {
        links[a][m_i] = Some(l);
    }
    // canonical spelling of entities outside the catalog: the most used
    let spellings = std::mem::take(&mut ents.spellings);
    let mut entities = ents.list;
    for (i, e) in entities.iter_mut().enumerate() {
        if !e.from_catalog
            && let Some((best, _)) = spellings[i]
                .iter()
                .max_by(|x, y| x.1.cmp(y.1).then(y.0.cmp(x.0)))
        {
            e.name = best.clone();
        }
    }
    // re-word reasons of full names against the final canonical names
    for (a, ex) in extractions.iter().enumerate() {
        for (m_i, m) in ex.mentions.iter().enumerate() {
            if m.given.is_empty() {
                continue;
            }
            if let Some(l) = &mut links[a][m_i]
                && !entities[l.entity].from_catalog
            {
                l.reason = variant_reason(&m.full(), &entities[l.entity].name);
            }
        }
    }
    People { entities, links }
}

/// The most complete way an article writes each person it names: the first
/// mention with given names, else the first mention; by entity.
pub fn article_spellings(
    links: &[Option<Link>],
    mentions: &[RawMention],
) -> BTreeMap<usize, usize> {
    let mut out: BTreeMap<usize, usize> = BTreeMap::new();
    for (i, l) in links.iter().enumerate() {
        let Some(l) = l else { continue };
        match out.get(&l.entity) {
            Some(&j) if !mentions[j].given.is_empty() || mentions[i].given.is_empty() => {}
            _ => {
                out.insert(l.entity, i);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mention(given: &[&str], surname: &str) -> RawMention {
        RawMention {
            span: 0..1,
            given: given.iter().map(|g| g.to_string()).collect(),
            surname: surname.to_string(),
            evidence: Evidence::Speech,
            sentence: 0..1,
            title: None,
        }
    }

    #[test]
    fn an_initial_seen_first_does_not_join_two_people() {
        let ex: Vec<Extraction> = [
            ("A.", "Petrenko"),
            ("Anna", "Petrenko"),
            ("Alla", "Petrenko"),
        ]
        .iter()
        .map(|(g, s)| Extraction {
            mentions: vec![mention(&[g], s)],
            ..Default::default()
        })
        .collect();
        let people = link(&ex, &Catalog::default());
        let entity = |a: usize| people.links[a][0].as_ref().map(|l| l.entity);
        assert_eq!(entity(0), entity(1), "A. is Anna's initial");
        assert_ne!(entity(1), entity(2), "Anna and Alla are two people");
    }

    /// A lone word links to the person named in full in the same article
    /// whose second surname it leaves out, or whose given name it is, when
    /// nobody in the run has it as a surname.
    #[test]
    fn lone_second_surname_and_given_name() {
        let lone = |w: &str| RawMention {
            evidence: Evidence::Surname,
            ..mention(&[], w)
        };
        let ex = vec![Extraction {
            mentions: vec![
                mention(&["Lucía", "Herrera"], "Vidal"),
                lone("Herrera"),
                mention(&["Sudarto"], "Wibisono"),
                lone("Sudarto"),
                mention(&["Mira"], "Talbot"),
                mention(&["Mira"], "Okafor"),
                lone("Mira"),
            ],
            ..Default::default()
        }];
        let people = link(&ex, &Catalog::default());
        let l = |i: usize| people.links[0][i].as_ref();
        assert_eq!(l(1).map(|l| l.entity), l(0).map(|l| l.entity));
        assert!(l(1).is_some_and(|l| l.reason.starts_with("surname of")));
        assert_eq!(l(3).map(|l| l.entity), l(2).map(|l| l.entity));
        assert!(l(3).is_some_and(|l| l.reason.starts_with("given name of")));
        // two people of that given name: no link
        assert!(l(6).is_none());
    }

    #[test]
    fn reasons_name_the_variants() {
        assert_eq!(
            variant_reason("Yury Petrenko", "Yury Petrenko"),
            "the spelling most used in the run"
        );
        assert!(variant_reason("Yuri Petrenko", "Yury Petrenko").contains("transliteration"));
    }
}
