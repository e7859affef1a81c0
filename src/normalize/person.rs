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
//! ("Blinken" and "Blinkin" stay two people). Every link keeps its reason.

use std::collections::{BTreeMap, HashMap};

use crate::extract::Extraction;
use crate::extract::mention::{Evidence, RawMention};
use crate::rules::catalog::Catalog;

/// Folds a name token so that common romanization variants meet:
/// ASCII-folded, lowercase, letters only; kh→h, tz→ts, ou→u, ph→f, y→i,
/// doubled letters collapsed, a leading "ie" read as "e" (Yevgeny/Evgeny).
pub fn fold(token: &str) -> String {
    let ascii = deunicode::deunicode(token).to_ascii_lowercase();
    let mut s: String = ascii.chars().filter(|c| c.is_ascii_alphabetic()).collect();
    for (from, to) in [("kh", "h"), ("tz", "ts"), ("ou", "u"), ("ph", "f")] {
        s = s.replace(from, to);
    }
    s = s.replace('y', "i");
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if !out.ends_with(c) {
            out.push(c);
        }
    }
    if let Some(rest) = out.strip_prefix("ie") {
        out = format!("e{rest}");
    }
    out
}

/// A person the run talks about.
#[derive(Clone, Debug, PartialEq)]
pub struct Entity {
    /// Canonical name, also the entity's key.
    pub name: String,
    pub from_catalog: bool,
    surname_key: String,
    given_key: Option<String>,
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

fn given_compatible(a: &str, b: &str) -> bool {
    let (fa, fb) = (fold(a), fold(b));
    if fa == fb {
        return true;
    }
    let initial = |s: &str| s.trim_end_matches('.').chars().count() == 1;
    (initial(a) || initial(b)) && fa.chars().next() == fb.chars().next()
}

fn split_name(name: &str) -> (Vec<&str>, &str) {
    let toks: Vec<&str> = name.split_whitespace().collect();
    match toks.split_last() {
        Some((last, given)) => (given.to_vec(), last),
        None => (Vec::new(), ""),
    }
}

fn variant_reason(written: &str, canonical: &str) -> String {
    if written == canonical {
        "the spelling most used in the run".to_string()
    } else {
        let (wg, ws) = split_name(written);
        let (cg, cs) = split_name(canonical);
        let mut diffs = Vec::new();
        if ws != cs {
            diffs.push(format!("{ws} ~ {cs}"));
        }
        if let (Some(a), Some(b)) = (wg.first(), cg.first())
            && a != b
        {
            diffs.push(format!("{a} ~ {b}"));
        }
        format!(
            "transliteration variants ({}): equal once folded",
            diffs.join(", ")
        )
    }
}

/// Links every mention of the run to an entity.
pub fn link(extractions: &[Extraction], catalog: &Catalog) -> People {
    let mut entities: Vec<Entity> = Vec::new();
    let mut by_name: HashMap<String, usize> = HashMap::new();
    // entities by folded surname: every lookup below is by surname
    let mut by_surname: HashMap<String, Vec<usize>> = HashMap::new();
    // catalog people first, so they keep their canonical spelling
    let mut catalog_keys: HashMap<String, Vec<(Option<String>, usize)>> = HashMap::new();
    for p in &catalog.people {
        let (given, surname) = split_name(&p.name);
        let idx = entities.len();
        entities.push(Entity {
            name: p.name.clone(),
            from_catalog: true,
            surname_key: fold(surname),
            given_key: given.first().map(|g| fold(g)),
        });
        by_surname.entry(fold(surname)).or_default().push(idx);
        by_name.insert(p.name.clone(), idx);
        for n in std::iter::once(&p.name).chain(p.aliases.iter()) {
            let (g, s) = split_name(n);
            catalog_keys
                .entry(fold(s))
                .or_default()
                .push((g.first().map(|g| fold(g)), idx));
            if fold(s) != fold(surname) {
                by_surname.entry(fold(s)).or_default().push(idx);
            }
        }
    }
    let mut links: Vec<Vec<Option<Link>>> = extractions
        .iter()
        .map(|e| vec![None; e.mentions.len()])
        .collect();
    // full names
    let mut spellings: Vec<BTreeMap<String, usize>> = vec![BTreeMap::new(); entities.len()];
    for (a, ex) in extractions.iter().enumerate() {
        for (m_i, m) in ex.mentions.iter().enumerate() {
            if m.given.is_empty() && !matches!(m.evidence, Evidence::Catalog(_)) {
                continue;
            }
            let written = m.full();
            let link = if let Evidence::Catalog(name) = &m.evidence {
                by_name.get(name).map(|&idx| Link {
                    entity: idx,
                    reason: if &written == name {
                        "catalog name".to_string()
                    } else {
                        format!("catalog alias of {name}")
                    },
                })
            } else {
                let sk = fold(&m.surname);
                let gk = m.given.first().map(|g| fold(g));
                let first_given = m.given.first().map(String::as_str).unwrap_or("");
                let in_catalog = catalog_keys.get(&sk).and_then(|v| {
                    v.iter()
                        .find(|(g, _)| g.as_deref().is_none_or(|g| gk.as_deref() == Some(g)))
                });
                if let Some((_, idx)) = in_catalog {
                    Some(Link {
                        entity: *idx,
                        reason: format!(
                            "catalog: {}",
                            variant_reason(&written, &entities[*idx].name)
                        ),
                    })
                } else if let Some(idx) = by_surname.get(&sk).and_then(|v| {
                    v.iter().copied().find(|&i| {
                        let e = &entities[i];
                        !e.from_catalog
                            && match (&e.given_key, first_given) {
                                (Some(_), "") | (None, _) => true,
                                (Some(_), g) => {
                                    let first = e.name.split_whitespace().next().unwrap_or("");
                                    given_compatible(first, g)
                                }
                            }
                    })
                }) {
                    Some(Link {
                        entity: idx,
                        reason: variant_reason(&written, &entities[idx].name),
                    })
                } else {
                    let idx = entities.len();
                    by_surname.entry(sk.clone()).or_default().push(idx);
                    entities.push(Entity {
                        name: written.clone(),
                        from_catalog: false,
                        surname_key: sk,
                        given_key: gk,
                    });
                    spellings.push(BTreeMap::new());
                    Some(Link {
                        entity: idx,
                        reason: "first seen here".to_string(),
                    })
                }
            };
            if let Some(l) = &link {
                *spellings[l.entity].entry(written).or_default() += 1;
            }
            links[a][m_i] = link;
        }
    }
    // canonical spelling of entities outside the catalog: the most used
    for (i, e) in entities.iter_mut().enumerate() {
        if !e.from_catalog
            && let Some((best, _)) = spellings[i]
                .iter()
                .max_by(|x, y| x.1.cmp(y.1).then(y.0.cmp(x.0)))
        {
            e.name = best.clone();
        }
    }
    // re-word reasons against the final canonical names
    for (a, ex) in extractions.iter().enumerate() {
        for (m_i, m) in ex.mentions.iter().enumerate() {
            if let Some(l) = &mut links[a][m_i]
                && !entities[l.entity].from_catalog
            {
                l.reason = variant_reason(&m.full(), &entities[l.entity].name);
            }
        }
    }
    // lone surnames
    for (a, ex) in extractions.iter().enumerate() {
        // people named in full in this article, by folded surname
        let mut local: HashMap<String, Vec<usize>> = HashMap::new();
        for (j, o) in ex.mentions.iter().enumerate() {
            if let (false, Some(l)) = (o.given.is_empty(), &links[a][j]) {
                let v = local.entry(fold(&o.surname)).or_default();
                if !v.contains(&l.entity) {
                    v.push(l.entity);
                }
            }
        }
        for (m_i, m) in ex.mentions.iter().enumerate() {
            if links[a][m_i].is_some() {
                continue;
            }
            let sk = fold(&m.surname);
            let only_in_run = || match by_surname.get(&sk).map(Vec::as_slice) {
                Some([i]) => Some(Link {
                    entity: *i,
                    reason: format!("the only person named {} in the run", m.surname),
                }),
                _ => None,
            };
            links[a][m_i] = if m.evidence == Evidence::Candidate {
                only_in_run()
            } else {
                match local.get(&sk).map(Vec::as_slice) {
                    Some([one]) => Some(Link {
                        entity: *one,
                        reason: format!(
                            "surname of {} named in the same article",
                            entities[*one].name
                        ),
                    }),
                    None | Some([]) => only_in_run(),
                    _ => None,
                }
            };
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

    #[test]
    fn folding_meets_romanization_variants() {
        assert_eq!(fold("Aleksei"), fold("Aleksey"));
        assert_eq!(fold("Kovalensky"), fold("Kovalenskyy"));
        assert_eq!(fold("Kovalenskiy"), fold("Kovalensky"));
        assert_eq!(fold("Orlenkya"), fold("Orlenkia"));
        assert_eq!(fold("Yuri"), fold("Yury"));
        assert_eq!(fold("Grigory"), fold("Grigorry"));
        assert_eq!(fold("Kharkiv"), fold("Harkiv"));
        assert_eq!(fold("Yevgeny"), fold("Evgeny"));
        assert_eq!(fold("Šefčovič"), fold("Sefcovic"));
    }

    #[test]
    fn folding_keeps_different_names_apart() {
        assert_ne!(fold("Blinken"), fold("Blinkin"));
        assert_ne!(fold("Petrov"), fold("Petrova"));
        assert_ne!(fold("Maria"), fold("Mario"));
    }

    #[test]
    fn given_names_compatibility() {
        assert!(given_compatible("J.", "John"));
        assert!(given_compatible("Aleksei", "Aleksey"));
        assert!(!given_compatible("Donald", "Melania"));
    }
}
