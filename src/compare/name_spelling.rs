//! ## What it does
//! Flags one person whose name is spelled differently across articles
//! (Aleksei / Aleksey Morozov; Kovalensky / Kovalenskyy).
//!
//! ## Why
//! Different romanizations of one name are common across outlets and
//! usually harmless, but a desk wants one house spelling, and a reader
//! should know the two spellings are one person. The finding says why the
//! names were linked (catalog alias, transliteration folding).
//!
//! ## How
//! Claims are `mention` claims grouped by `entity`. Each article's most
//! complete spelling is split into given name and surname; a lone surname
//! counts with the full spelling that has the same surname. Two spellings
//! differ when a part both give is written differently.
//!
//! ## Options
//! - `house-style: true` — the catalog's name for a person is the house
//!   spelling: every article that spells a catalog person otherwise is
//!   flagged, even alone (an editor's draft), with the rule's severity
//!   (set it to `warning` in the house rule). People outside the catalog
//!   are judged as without the option.

use super::{Ctx, Disagreement, Group, finding};
use crate::model::{Claim, Field};
use crate::report::Finding;
use crate::rules::Rule;

pub const DOC: &str = "One person (mentions linked to one entity) spelled differently across articles; each spelling is shown with the reason it was linked.";

/// A spelling: (first given name, surname), lowercase.
type Spelling = (Option<String>, String);

/// Spelling variants: the key, the spelling shown, the claims using it.
type Variants<'a> = Vec<(Spelling, String, Vec<&'a Claim>)>;

fn parts(surface: &str) -> (Option<String>, String) {
    let toks: Vec<&str> = surface.split_whitespace().collect();
    match toks.split_last() {
        Some((last, given)) if !given.is_empty() => {
            (Some(given[0].to_lowercase()), last.to_lowercase())
        }
        Some((last, _)) => (None, last.to_lowercase()),
        None => (None, String::new()),
    }
}

/// Whether the rule sets `house-style: true`.
pub fn house_style(rule: &Rule) -> bool {
    rule.options
        .get("house-style")
        .and_then(|v| v.as_bool())
        .unwrap_or(false)
}

/// Against a house style: the spellings of a catalog person that are not
/// the catalog's name.
fn off_style(rule: &Rule, g: &Group, ctx: &Ctx) -> Option<Option<Finding>> {
    let entity = g.claims.first()?.text(Field::Entity)?;
    let person = ctx.catalog.person(entity)?;
    let canonical = parts(&person.name);
    let mut off: Vec<(String, Vec<&Claim>)> = Vec::new();
    for c in &g.claims {
        let Some(fv) = c.get(Field::Surface) else {
            continue;
        };
        let p = parts(&fv.display);
        let fits = p.1 == canonical.1 && (p.0.is_none() || p.0 == canonical.0);
        if fits {
            continue;
        }
        match off.iter_mut().find(|(s, _)| *s == fv.display) {
            Some((_, cs)) => cs.push(c),
            None => off.push((fv.display.clone(), vec![c])),
        }
    }
    if off.is_empty() {
        return Some(None);
    }
    off.sort_by(|a, b| a.0.cmp(&b.0));
    let subject = person.name.clone();
    let values: Vec<(String, Vec<&Claim>)> = off
        .into_iter()
        .map(|(s, cs)| (format!("{s}, not the house spelling {}", person.name), cs))
        .collect();
    Some(Some(spelling_finding(rule, g, subject, values, ctx)))
}

/// The finding for spellings of one person, each with its claims.
fn spelling_finding(
    rule: &Rule,
    g: &Group,
    subject: String,
    values: Vec<(String, Vec<&Claim>)>,
    ctx: &Ctx,
) -> Finding {
    finding(
        rule,
        g,
        subject,
        Disagreement {
            values,
            gap_days: None,
            every_passage: false,
        },
        &[Field::Surface],
        ctx,
    )
}

/// Runs the check on one group.
pub fn check(rule: &Rule, g: &Group, ctx: &Ctx) -> Option<Finding> {
    if house_style(rule)
        && let Some(f) = off_style(rule, g, ctx)
    {
        return f;
    }
    // variants: (given, surname) → shown spelling, claims
    let mut variants: Variants = Vec::new();
    let mut lone: Vec<&Claim> = Vec::new();
    for c in &g.claims {
        let Some(fv) = c.get(Field::Surface) else {
            continue;
        };
        let key = parts(&fv.display);
        if key.0.is_none() {
            lone.push(c);
            continue;
        }
        match variants.iter_mut().find(|(k, _, _)| *k == key) {
            Some((_, _, cs)) => cs.push(c),
            None => variants.push((key, fv.display.clone(), vec![c])),
        }
    }
    for c in lone {
        let Some(fv) = c.get(Field::Surface) else {
            continue;
        };
        let (_, surname) = parts(&fv.display);
        let same: Vec<usize> = (0..variants.len())
            .filter(|&i| variants[i].0.1 == surname)
            .collect();
        match same.as_slice() {
            [i] => variants[*i].2.push(c),
            [] => variants.push(((None, surname), fv.display.clone(), vec![c])),
            _ => {} // ambiguous between spellings: counts for none
        }
    }
    if variants.len() < 2 {
        return None;
    }
    let mut articles: Vec<usize> = variants
        .iter()
        .flat_map(|v| v.2.iter().map(|c| c.article))
        .collect();
    articles.sort();
    articles.dedup();
    if articles.len() < 2 {
        return None;
    }
    // a lone-surname variant whose surname equals a full variant's is no conflict
    let subject = g.shown.join(", ");
    let mut values: Vec<(String, Vec<&Claim>)> =
        variants.into_iter().map(|(_, s, c)| (s, c)).collect();
    values.sort_by(|a, b| a.0.cmp(&b.0));
    Some(spelling_finding(rule, g, subject, values, ctx))
}
