//! ## What it does
//! Checks a "last met" statement against the run's meetings: "A and B last
//! met in July", as of the article's date D, conflicts with any held
//! in-person meeting of A and B dated after that last meeting and before D.
//!
//! ## Why
//! Background paragraphs age badly: a "last met" line copied from an older
//! story is wrong once the two have met again.
//!
//! ## How
//! `previous-meeting` claims are grouped by `same` (participants); each is
//! compared with the meeting claims whose participants include the pair,
//! which are looked up by pair, never by scanning all claims. A phone call
//! is not a meeting for this rule; planned and cancelled meetings do not
//! count; a meeting on D itself does not count. Claims whose dates cannot
//! be resolved are skipped.
//!
//! ## Options
//! None.

use std::collections::HashMap;

use super::{Ctx, Disagreement, Group, finding};
use crate::model::{Claim, ClaimKind, Field};
use crate::report::Finding;
use crate::rules::Rule;

pub const DOC: &str = "A \"last met\" statement (previous-meeting claim) against held in-person meetings of the same pair dated after that last meeting and before the article's date.";

/// Held in-person meetings by participant pair.
pub struct MeetingIndex<'a> {
    by_pair: HashMap<(String, String), Vec<&'a Claim>>,
}

impl<'a> MeetingIndex<'a> {
    pub fn new(claims: &'a [Claim]) -> MeetingIndex<'a> {
        let mut by_pair: HashMap<(String, String), Vec<&'a Claim>> = HashMap::new();
        for c in claims.iter().filter(|c| c.kind == ClaimKind::Meeting) {
            let held = c.text(Field::Status) == Some("held");
            let in_person = c.text(Field::Mode) == Some("in-person");
            if !held || !in_person || c.date(Field::Date).is_none() {
                continue;
            }
            let p = c.set(Field::Participants);
            for x in 0..p.len() {
                for y in x + 1..p.len() {
                    by_pair
                        .entry((p[x].clone(), p[y].clone()))
                        .or_default()
                        .push(c);
                }
            }
        }
        MeetingIndex { by_pair }
    }
}

/// Runs the check on one group of previous-meeting claims.
pub fn check(rule: &Rule, g: &Group, ctx: &Ctx) -> Option<Finding> {
    let index = &ctx.meetings;
    let mut values: Vec<(String, Vec<&Claim>)> = Vec::new();
    for p in &g.claims {
        let (Some(last), Some(as_of)) = (p.date(Field::LastDate), p.date(Field::AsOf)) else {
            continue;
        };
        let pair = p.set(Field::Participants);
        if pair.len() < 2 {
            continue;
        }
        let key = (pair[0].clone(), pair[1].clone());
        let Some(candidates) = index.by_pair.get(&key) else {
            continue;
        };
        let mut later: Vec<&Claim> = candidates
            .iter()
            .copied()
            .filter(|m| m.article != p.article)
            .filter(|m| {
                m.date(Field::Date)
                    .is_some_and(|d| d.start > last.end && d.end < as_of.start)
            })
            .filter(|m| {
                let mp = m.set(Field::Participants);
                pair.iter().all(|x| mp.contains(x))
            })
            .collect();
        if later.is_empty() {
            continue;
        }
        later.sort_by_key(|m| (m.article, m.span.start));
        let last_shown = p
            .get(Field::LastDate)
            .map(|v| v.display.clone())
            .unwrap_or_default();
        values.push((last_shown, vec![*p]));
        for m in later {
            let shown = m
                .get(Field::Date)
                .map(|v| v.display.clone())
                .unwrap_or_default();
            match values.iter_mut().find(|(v, _)| *v == shown) {
                Some((_, cs)) => cs.push(m),
                None => values.push((shown, vec![m])),
            }
        }
        break;
    }
    if values.len() < 2 {
        return None;
    }
    let subject = format!("{}, last meeting", g.shown.join(", ").replace(", ", " – "));
    Some(finding(
        rule,
        g,
        subject,
        Disagreement {
            values,
            gap_days: None,
            every_passage: true,
        },
        &[Field::LastDate, Field::Date],
        ctx,
    ))
}
