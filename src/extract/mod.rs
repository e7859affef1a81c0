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
//! - date expressions come from [`crate::temporal`], anchor-free.

pub mod meeting;
pub mod mention;
pub mod role;
pub mod text;

use crate::load::Article;
use crate::model::Span;
use crate::rules::Pack;
use crate::temporal::{self, Timex};
use meeting::{MeetingFinder, RawMeeting};
use mention::{MentionFinder, RawMention};
use role::RawRole;

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
    dates: temporal::Options,
}

impl Extractor {
    pub fn new(pack: &Pack) -> Extractor {
        Extractor::with_day_first(pack, false)
    }

    /// `day_first`: read "9/10/2025" as 9 October (the config's
    /// `slash_dates: day-first`).
    pub fn with_day_first(pack: &Pack, day_first: bool) -> Extractor {
        Extractor {
            mentions: MentionFinder::new(&pack.catalog),
            catalog: pack.catalog.clone(),
            dates: temporal::Options {
                day_first,
                holidays: pack
                    .catalog
                    .holidays
                    .iter()
                    .flat_map(|h| {
                        std::iter::once(&h.name)
                            .chain(&h.aliases)
                            .map(|n| (n.to_lowercase(), h.month, h.day))
                    })
                    .collect(),
            },
        }
    }

    /// The temporal engine's settings (holidays, slash-date order).
    pub fn date_options(&self) -> &temporal::Options {
        &self.dates
    }

    /// Extracts everything one article states.
    pub fn extract(&self, article: &Article) -> Extraction {
        let mut sentences: Vec<Span> = Vec::new();
        for p in text::paragraphs(article) {
            text::sentences_into(&article.text, p, &mut sentences);
        }
        let text = &article.text;
        let mentions = self.mentions.find(text, &sentences);
        let mut timexes: Vec<Timex> = Vec::new();
        for s in &sentences {
            temporal::find_into(text, s, &self.dates, &mut timexes);
        }
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
