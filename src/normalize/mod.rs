//! Normalize: the corpus pass from what articles wrote to canonical values.
//!
//! Extraction is per article; normalization sees the whole run, because
//! whether "Aleksei Morozov" and "Aleksey Morozov" are one person depends on
//! what else was read. It links names to entities ([`person`]) and turns
//! each article's raw findings into [`Claim`]s whose fields hold canonical
//! values, each with the span it came from and a note on how it was
//! normalized. Dates live in [`date`].

pub mod date;
pub mod person;

use crate::extract::Extraction;
use crate::load::Article;
use crate::model::{Claim, ClaimKind, Field, FieldValue};
use crate::rules::catalog::Catalog;

/// Everything the compare stage needs.
pub struct Normalized {
    pub claims: Vec<Claim>,
    pub people: person::People,
}

/// Builds the run's claims.
pub fn normalize(
    articles: &[Article],
    extractions: &[Extraction],
    catalog: &Catalog,
) -> Normalized {
    let people = person::link(extractions, catalog);
    let mut claims = Vec::new();
    for (a, ex) in extractions.iter().enumerate() {
        let _ = &articles[a];
        // one mention claim per person the article names
        let mut seen: Vec<usize> = ex
            .mentions
            .iter()
            .enumerate()
            .filter_map(|(i, _)| people.links[a][i].as_ref().map(|l| l.entity))
            .collect();
        seen.sort();
        seen.dedup();
        for entity in seen {
            let Some((m_i, m)) = person::article_spelling(&ex.mentions, &people.links[a], entity)
            else {
                continue;
            };
            let reason = people.links[a][m_i]
                .as_ref()
                .map(|l| l.reason.clone())
                .unwrap_or_default();
            let name = &people.entities[entity].name;
            let mut claim = Claim {
                kind: ClaimKind::Mention,
                article: a,
                span: m.sentence.clone(),
                fields: Default::default(),
                claimed_by: None,
            };
            claim.fields.insert(
                Field::Surface,
                FieldValue::text(m.full(), m.full())
                    .with_span(m.span.clone())
                    .with_note(reason),
            );
            claim
                .fields
                .insert(Field::Entity, FieldValue::text(name.clone(), name.clone()));
            claims.push(claim);
        }
    }
    Normalized { claims, people }
}
