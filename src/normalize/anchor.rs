//! The anchor pass: reference dates for undated articles, from the corpus.
//!
//! An article with no date of its own (a wire rewrite with no dateline) still
//! reports events that dated articles in the same run place in time. When
//! an undated article reports a meeting that a dated one reports too (same
//! mode, two shared participants, and a shared occasion or city), the
//! dated report gives the event's date: its own resolved date, or, when it
//! gives none, its article's date (a held meeting is reported around then).
//! The undated article's reference date is then, in order of preference:
//! 1. the latest date its sentences attach to a speech verb ("the envoy
//!    said on Sept. 19"), in the year that puts it on or before the event;
//! 2. the latest day from which its own relative date for the meeting
//!    ("on Wednesday", "next week") lands on the event;
//! 3. the event's date.
//!
//! The inferred date is marked `corpus` wherever it is used; `published`
//! stays null. Extraction is untouched: the pass only reads claims and
//! expressions, so cached extraction stays anchor-free.

use chrono::{Datelike, Days, NaiveDate};

use crate::extract::Extraction;
use crate::load::Article;
use crate::model::{Claim, ClaimKind, Field};
use crate::normalize::date::DateInterval;
use crate::temporal::{Tense, When, resolve::resolve};

fn remote(c: &Claim) -> bool {
    matches!(c.text(Field::Mode), Some("call" | "video"))
}

/// Whether two meeting claims report one event, dates aside.
fn same_event_undated(a: &Claim, b: &Claim, catalog: &crate::rules::catalog::Catalog) -> bool {
    if remote(a) != remote(b) {
        return false;
    }
    let pb = b.set(Field::Participants);
    if a.set(Field::Participants)
        .iter()
        .filter(|p| pb.contains(p))
        .count()
        < 2
    {
        return false;
    }
    let occasion =
        a.text(Field::Occasion).is_some() && a.text(Field::Occasion) == b.text(Field::Occasion);
    let city = !remote(a)
        && a.text(Field::Place)
            .is_some_and(|p| catalog.is_city_level(p))
        && a.text(Field::Place) == b.text(Field::Place);
    occasion || city
}

/// The latest day in the two weeks up to the event from which `when`
/// (in its tense) lands on the event.
fn inverted(when: &When, tense: Tense, event: &DateInterval) -> Option<NaiveDate> {
    (0..14u64).find_map(|back| {
        let d = event.end.checked_sub_days(Days::new(back))?;
        let v = resolve(when, tense, Some(d), None).ok()?;
        v.overlaps(event).then_some(d)
    })
}

/// Reference dates inferred for undated articles (`None` where nothing
/// could be inferred, and for dated articles).
pub fn infer(
    articles: &[Article],
    extractions: &[Extraction],
    claims: &[Claim],
    catalog: &crate::rules::catalog::Catalog,
) -> Vec<Option<NaiveDate>> {
    let mut out = vec![None; articles.len()];
    let dated: Vec<&Claim> = claims
        .iter()
        .filter(|c| c.kind == ClaimKind::Meeting && articles[c.article].reference.is_some())
        .collect();
    for (a, article) in articles.iter().enumerate() {
        if article.reference.is_some() {
            continue;
        }
        let ex = &extractions[a];
        let mut best: Option<NaiveDate> = None;
        for u in claims
            .iter()
            .filter(|c| c.article == a && c.kind == ClaimKind::Meeting)
        {
            let Some(event) = dated
                .iter()
                .filter(|d| same_event_undated(u, d, catalog))
                .find_map(|d| {
                    d.date(Field::Date).or_else(|| {
                        articles[d.article]
                            .reference
                            .map(|(r, _)| DateInterval::day(r))
                    })
                })
            else {
                continue;
            };
            // 1. a dated speech in the article
            let speech = ex
                .timexes
                .iter()
                .filter(|t| {
                    let sentence = ex
                        .sentences
                        .iter()
                        .find(|s| s.start <= t.span.start && t.span.end <= s.end);
                    sentence.is_some_and(|s| {
                        crate::temporal::tense(
                            &article.text[s.clone()],
                            t.span.start - s.start,
                            t.span.end - s.start,
                        ) == Tense::Past
                            && attached_to_speech(&article.text, s.start, t.span.start)
                    })
                })
                .filter_map(|t| match t.when {
                    When::Day {
                        year: None,
                        month,
                        day,
                        ..
                    } => (event.end.year() - 1..=event.end.year())
                        .rev()
                        .filter_map(|y| NaiveDate::from_ymd_opt(y, month, day))
                        .find(|d| *d <= event.end),
                    When::Day {
                        year: Some(y),
                        month,
                        day,
                        ..
                    } => NaiveDate::from_ymd_opt(y, month, day),
                    _ => None,
                })
                .filter(|d| (event.end - *d).num_days() <= 31)
                .max();
            // 2. the meeting's own relative date
            let own = claims_date_expr(u, ex).and_then(|t| inverted(&t.when, t.tense, &event));
            let guess = speech.or(own).unwrap_or(event.end);
            best = Some(best.map_or(guess, |b| b.max(guess)));
        }
        out[a] = best;
    }
    out
}

/// The date expression a claim's date was read from, if any.
fn claims_date_expr<'a>(c: &Claim, ex: &'a Extraction) -> Option<&'a crate::temporal::Timex> {
    // an unresolved date has no span on the claim: find the expression in
    // the claim's sentence that follows the meeting verb
    ex.timexes.iter().find(|t| {
        t.span.start >= c.span.start && t.span.end <= c.span.end && !matches!(t.when, When::NoValue)
    })
}

fn attached_to_speech(text: &str, sentence_start: usize, at: usize) -> bool {
    let before: Vec<&str> = text[sentence_start..at]
        .split_whitespace()
        .rev()
        .take(2)
        .collect();
    let verb = |w: &&str| {
        matches!(
            *w,
            "said" | "says" | "told" | "announced" | "wrote" | "added"
        )
    };
    before.first().is_some_and(verb)
        || (before.first() == Some(&"on") && before.get(1).is_some_and(verb))
}
