//! Extract: per article, independent of every other article.
//!
//! Splits the body (outside furniture) into sentences ([`text`]) and runs
//! each claim kind's extractor over them. The result, an [`Extraction`],
//! depends only on the article's text and the loaded rules: it is what a
//! cache may store, and the unit of parallelism. Linking names across
//! articles and resolving dates is left to the corpus passes that follow.
//!
//! The registry of claim kinds is [`crate::model::ClaimKind`]; one file
//! here per kind:
//! - [`mention`]: people named, with the evidence that they are people.

pub mod mention;
pub mod text;

use crate::load::Article;
use crate::model::Span;
use crate::rules::Pack;
use mention::{MentionFinder, RawMention};

/// What one article yields before normalization.
#[derive(Clone, Debug, Default)]
pub struct Extraction {
    pub sentences: Vec<Span>,
    pub mentions: Vec<RawMention>,
}

/// Extractors compiled once per run, shared by every article.
pub struct Extractor {
    mentions: MentionFinder,
}

impl Extractor {
    pub fn new(pack: &Pack) -> Extractor {
        Extractor {
            mentions: MentionFinder::new(&pack.catalog),
        }
    }

    /// Extracts everything one article states.
    pub fn extract(&self, article: &Article) -> Extraction {
        let sentences: Vec<Span> = text::paragraphs(article)
            .into_iter()
            .flat_map(|p| text::sentences(&article.text, p))
            .collect();
        let mentions = self.mentions.find(&article.text, &sentences);
        Extraction {
            sentences,
            mentions,
        }
    }
}
