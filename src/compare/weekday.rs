//! ## What it does
//! Flags a date written with a weekday that the calendar contradicts:
//! "on Thursday, May 16, 2025" (May 16, 2025 was a Friday).
//!
//! ## Why
//! A wrong weekday beside a date means one of the two is wrong, and readers
//! (and the other checks, which resolve "Thursday" against the article's
//! date) cannot tell which.
//!
//! ## How
//! Every date written with its weekday yields an `event-date` claim with the
//! written `weekday`; the check compares it with the weekday of the `date`.
//! It looks at one article at a time: no grouping across articles. A
//! year-less date ("Tuesday, Nov. 10") takes the year its weekday agrees
//! with, so it never contradicts itself; a date with its year can.
//!
//! ## Options
//! None.

use chrono::Datelike;

use super::{Ctx, Disagreement, Group, finding};
use crate::model::{Claim, Field};
use crate::report::Finding;
use crate::rules::Rule;

pub const DOC: &str = "A date written with a weekday the calendar contradicts (\"Thursday, May 16, 2025\"); one article at a time.";

/// Runs the check on every claim of the rule's kind.
pub fn check(rule: &Rule, claims: &[Claim], ctx: &Ctx) -> Vec<Finding> {
    let mut out = Vec::new();
    for c in claims.iter().filter(|c| c.kind == rule.claim) {
        let (Some(written), Some(date)) = (c.text(Field::Weekday), c.date(Field::Date)) else {
            continue;
        };
        let actual = format!("{:?}", date.start.weekday());
        if date.start != date.end || actual == written {
            continue;
        }
        let shown = c
            .get(Field::Event)
            .map(|e| e.display.clone())
            .unwrap_or_default();
        let group = Group {
            key: c.text(Field::Event).unwrap_or_default().to_string(),
            shown: vec![shown.clone()],
            claims: vec![c],
        };
        let full = |d: &str| match d {
            "Mon" => "Monday",
            "Tue" => "Tuesday",
            "Wed" => "Wednesday",
            "Thu" => "Thursday",
            "Fri" => "Friday",
            "Sat" => "Saturday",
            _ => "Sunday",
        };
        let values = vec![(
            format!(
                "{} is a {}, not a {}",
                date.timex(),
                full(&actual),
                full(written)
            ),
            vec![c],
        )];
        out.push(finding(
            rule,
            &group,
            shown,
            Disagreement {
                values,
                gap_days: None,
                every_passage: false,
            },
            &[Field::Event],
            ctx,
        ));
    }
    out
}
