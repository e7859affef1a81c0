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
//! - [`mention`]: people named, with the evidence that they are people;
//! - [`role`]: who holds which office;
//! - [`meeting`]: meetings, calls and last-meeting statements;
//! - [`temporal`]: date expressions, anchor-free (shared by the others).

pub mod meeting;
pub mod mention;
pub mod role;
pub mod temporal;
pub mod text;

use crate::load::Article;
use crate::model::Span;
use crate::rules::Pack;
use meeting::{MeetingFinder, RawMeeting};
use mention::{MentionFinder, RawMention};
use role::RawRole;
use temporal::Timex;

/// What one article yields before normalization.
#[derive(Clone, Debug, Default)]
pub struct Extraction {
    pub sentences: Vec<Span>,
    pub mentions: Vec<RawMention>,
    pub timexes: Vec<Timex>,
    pub roles: Vec<RawRole>,
    pub meetings: Vec<RawMeeting>,
    /// Mentions (indices) of people said to be absent in sentences that
    /// hold no meeting, with the sentence's index.
    pub absences: Vec<(usize, usize)>,
}

/// Extractors compiled once per run, shared by every article.
pub struct Extractor {
    mentions: MentionFinder,
    catalog: crate::rules::catalog::Catalog,
}

impl Extractor {
    pub fn new(pack: &Pack) -> Extractor {
        Extractor {
            mentions: MentionFinder::new(&pack.catalog),
            catalog: pack.catalog.clone(),
        }
    }

    /// Extracts everything one article states.
    pub fn extract(&self, article: &Article) -> Extraction {
        let sentences: Vec<Span> = text::paragraphs(article)
            .into_iter()
            .flat_map(|p| text::sentences(&article.text, p))
            .collect();
        let text = &article.text;
        let mentions = self.mentions.find(text, &sentences);
        let timexes: Vec<Timex> = sentences
            .iter()
            .flat_map(|s| temporal::find(text, s))
            .collect();
        let roles = role::find(text, &mentions);
        let catalog = &self.catalog;
        let is_occasion = |o: &str| {
            let last = o.rsplit(' ').next().unwrap_or("").to_lowercase();
            meeting::GATHERINGS.contains(&last.as_str())
                || (catalog.org_within(o).is_some() && catalog.place_or_demonym(o).is_none())
        };
        let finder = MeetingFinder {
            mentions: &self.mentions,
            is_occasion: &is_occasion,
        };
        let mut meetings = Vec::new();
        let mut absences = Vec::new();
        for (i, s) in sentences.iter().enumerate() {
            match finder.find(text, s, &mentions, &timexes) {
                Some(m) => meetings.push(m),
                None => absences.extend(
                    meeting::absences(text, s, &mentions)
                        .into_iter()
                        .map(|m| (i, m)),
                ),
            }
        }
        Extraction {
            sentences,
            mentions,
            timexes,
            roles,
            meetings,
            absences,
        }
    }
}
