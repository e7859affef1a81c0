//! ## What it does
//! Flags two reports of one meeting that disagree on who was at the table:
//! a substitution (each names, in the same delegation, someone the other
//! does not: envoy Doe vs envoy Roe), or one report placing a
//! person at the table whom another reports absent.
//!
//! ## Why
//! Reports often name only part of a delegation; that is not a conflict.
//! A swapped name is: one of the two is wrong.
//!
//! ## How
//! Claims are grouped by `same` (the derived `event`). A person's
//! delegation is the country or organization of their role in the run or
//! the catalog; people whose delegation is unknown never make a
//! substitution. Omissions alone never fire.
//!
//! ## Options
//! None.

use super::{Ctx, Disagreement, Group, finding};
use crate::model::{Claim, Field};
use crate::report::Finding;
use crate::rules::Rule;

pub const DOC: &str = "Two reports of one meeting that name different people of the same delegation (a substitution), or place at the table someone another report says was absent. Omissions alone never fire.";

/// Why two reports conflict, if they do.
fn conflict(a: &Claim, b: &Claim, ctx: &Ctx) -> Option<String> {
    let (pa, pb) = (a.set(Field::Participants), b.set(Field::Participants));
    for x in pa {
        if b.set(Field::Absent).contains(x) {
            return Some(format!("{x} at the table in one report, absent in another"));
        }
    }
    for y in pb {
        if a.set(Field::Absent).contains(y) {
            return Some(format!("{y} at the table in one report, absent in another"));
        }
    }
    let only_a: Vec<&String> = pa.iter().filter(|x| !pb.contains(x)).collect();
    let only_b: Vec<&String> = pb.iter().filter(|x| !pa.contains(x)).collect();
    for x in &only_a {
        for y in &only_b {
            match (ctx.delegations.get(*x), ctx.delegations.get(*y)) {
                (Some(dx), Some(dy)) if dx == dy => {
                    return Some(format!("{x} or {y} for {dx}"));
                }
                _ => {}
            }
        }
    }
    None
}

/// Runs the check on one event's claims.
pub fn check(rule: &Rule, g: &Group, ctx: &Ctx) -> Option<Finding> {
    let claims: Vec<&Claim> = g
        .claims
        .iter()
        .copied()
        .filter(|c| c.text(Field::Status) != Some("cancelled"))
        .collect();
    // compare each distinct line-up once, not every pair of reports
    let mut lineups: Vec<(&Claim, Vec<&Claim>)> = Vec::new();
    for c in claims {
        let same = |x: &&Claim| {
            x.set(Field::Participants) == c.set(Field::Participants)
                && x.set(Field::Absent) == c.set(Field::Absent)
        };
        match lineups.iter_mut().find(|(first, _)| same(first)) {
            Some((_, all)) => all.push(c),
            None => lineups.push((c, vec![c])),
        }
    }
    let mut involved: Vec<&Claim> = Vec::new();
    let mut why = None;
    for (i, (a, a_all)) in lineups.iter().enumerate() {
        for (b, b_all) in &lineups[i + 1..] {
            // reports from a single article never disagree with themselves
            let articles = |v: &Vec<&Claim>| v.iter().map(|c| c.article).collect::<Vec<_>>();
            let (xa, xb) = (articles(a_all), articles(b_all));
            if xa.iter().all(|x| xb.iter().all(|y| x == y)) {
                continue;
            }
            if let Some(w) = conflict(a, b, ctx) {
                why.get_or_insert(w);
                for c in a_all.iter().chain(b_all) {
                    if !involved.iter().any(|x| std::ptr::eq(*x, *c)) {
                        involved.push(c);
                    }
                }
            }
        }
    }
    let why = why?;
    let mut values: Vec<(String, Vec<&Claim>)> = Vec::new();
    for c in involved {
        let mut shown = c.set(Field::Participants).join(", ");
        let absent = c.set(Field::Absent);
        if !absent.is_empty() {
            shown.push_str(&format!(" (absent: {})", absent.join(", ")));
        }
        match values.iter_mut().find(|(v, _)| *v == shown) {
            Some((_, cs)) => cs.push(c),
            None => values.push((shown, vec![c])),
        }
    }
    let subject = g.shown.join(", ");
    let mut f = finding(
        rule,
        g,
        subject,
        Disagreement {
            values,
            gap_days: None,
            every_passage: false,
        },
        &[Field::Participants],
        ctx,
    );
    f.message = format!("{} ({why})", f.message);
    Some(f)
}
