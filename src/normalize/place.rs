//! Places, organizations, occasions and attributed parties, as the catalog
//! knows them.
//!
//! A phrase as written ("Utopian Transport Ministry", "Utopia's", "the U.N.
//! General Assembly") becomes a canonical key with a note on how: a catalog
//! organization (by name or alias, or an alias inside the phrase), a place
//! (by name, alias or demonym), or, for organizations and occasions the
//! catalog does not know, the phrase itself, folded. Places the catalog does
//! not know stay unknown: an unknown or ambiguous place gives no finding.

use crate::normalize::person::fold;
use crate::rules::catalog::Catalog;
use crate::rules::places::PlaceMatch;

/// A canonical value with the note on how it was reached.
#[derive(Clone, Debug, PartialEq)]
pub struct Resolved {
    pub key: String,
    pub note: String,
}

/// A place as a claim holds it: its stable key, its name, and how the
/// words written reached it.
#[derive(Clone, Debug, PartialEq)]
pub struct ResolvedPlace {
    pub key: String,
    pub display: String,
    pub note: String,
}

/// Folds a free phrase into a key: folded words without determiners.
pub fn phrase_key(phrase: &str) -> String {
    phrase
        .split_whitespace()
        .filter(|w| !matches!(w.to_lowercase().as_str(), "the" | "a" | "an"))
        .map(|w| {
            let w = w
                .strip_suffix("'s")
                .or_else(|| w.strip_suffix("’s"))
                .unwrap_or(w);
            fold(w)
        })
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The organization (or country) an organization phrase names.
pub fn org(catalog: &Catalog, phrase: &str) -> Resolved {
    if let Some(o) = catalog.org(phrase) {
        return Resolved {
            key: o.name.clone(),
            note: format!("`{phrase}`: catalog organization"),
        };
    }
    if let Some(p) = catalog.place_or_demonym(phrase) {
        let name = catalog.places_index().name(p);
        return Resolved {
            note: format!("`{phrase}` → {name}"),
            key: name,
        };
    }
    if let Some(o) = catalog.org_within(phrase) {
        return Resolved {
            key: o.name.clone(),
            note: format!("`{phrase}`: catalog organization {}", o.name),
        };
    }
    Resolved {
        key: phrase_key(phrase),
        note: format!("`{phrase}`: not in the catalog, compared as written"),
    }
}

/// The place a phrase names, from the catalog or the gazetteer; `None`
/// for unknown and ambiguous places.
pub fn place(catalog: &Catalog, phrase: &str) -> Option<ResolvedPlace> {
    let ix = catalog.places_index();
    match catalog.place(phrase) {
        PlaceMatch::Known(id, why) => Some(ResolvedPlace {
            key: ix.key(id),
            display: ix.name(id),
            note: format!("`{phrase}` → {} ({why})", ix.describe(id)),
        }),
        _ => None,
    }
}

/// How an occasion is shown: its catalog name, or the phrase as written.
pub fn occasion_display(catalog: &Catalog, phrase: &str) -> String {
    match catalog.org_within(phrase) {
        Some(o) => o.name.clone(),
        None => phrase.trim_start_matches("the ").to_string(),
    }
}

/// An occasion ("on the sidelines of the U.N. General Assembly").
pub fn occasion(catalog: &Catalog, phrase: &str) -> Resolved {
    match catalog.org_within(phrase) {
        Some(o) => Resolved {
            key: o.name.clone(),
            note: format!("`{phrase}` → {}", o.name),
        },
        None => Resolved {
            key: phrase_key(phrase),
            note: format!("`{phrase}`: not in the catalog, compared as written"),
        },
    }
}

/// The party a statement is attributed to: a catalog organization or a
/// place named in the attribution ("Utopia's U.N. envoy" → Utopia); `None`
/// for people and unnamed sources ("officials").
pub fn party(catalog: &Catalog, who: &str) -> Option<Resolved> {
    if let Some(o) = catalog.org_within(who) {
        return Some(Resolved {
            key: o.name.clone(),
            note: format!("attributed to `{who}`"),
        });
    }
    let first_words = who
        .split_whitespace()
        .filter(|w| !matches!(*w, "the" | "The"))
        .take(2);
    for w in first_words {
        if let Some(p) = catalog.place_or_demonym(w) {
            return Some(Resolved {
                key: catalog.places_index().name(p),
                note: format!("attributed to `{who}`"),
            });
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::catalog::{CatalogFile, Org, Place};

    fn catalog() -> Catalog {
        let mut c = Catalog::default();
        c.add(CatalogFile {
            places: vec![Place {
                name: "Utopia".into(),
                aliases: vec![],
                within: None,
                demonyms: vec!["Utopian".into()],
                kind: None,
            }],
            orgs: vec![Org {
                name: "Atlantic Assembly".into(),
                aliases: vec!["AA".into()],
                within: None,
            }],
            ..Default::default()
        })
        .unwrap();
        c
    }

    #[test]
    fn organizations_and_demonyms() {
        let c = catalog();
        assert_eq!(org(&c, "Utopia's").key, "Utopia");
        assert_eq!(org(&c, "Utopian").key, "Utopia");
        assert_eq!(org(&c, "AA").key, "Atlantic Assembly");
        assert_eq!(org(&c, "Harbor Lines").key, "harbor lines");
        assert_eq!(occasion(&c, "the 80th AA summit").key, "Atlantic Assembly");
        assert_eq!(party(&c, "Utopia's envoy").unwrap().key, "Utopia");
        assert!(party(&c, "officials").is_none());
        assert!(place(&c, "Qzxville Upon Nowhere").is_none());
    }
}
