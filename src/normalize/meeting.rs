//! Which meeting claims report one event.
//!
//! Two meeting claims are one event (DESIGN.md) when they are of the same
//! mode (in person; or remote: call and video), share at least two
//! canonical participants, and
//! - share an occasion, or
//! - share a city-level place (in person only), or
//! - are both dated to the day, on the same day.
//!
//! A planned and a held report of one meeting are one event (status is not
//! compared). Calls with no shared occasion are never merged across
//! different days. Dates bound the merge: reports sharing only a city are
//! one event when their dates are at most [`PLACE_GAP_DAYS`] apart (the
//! weekday slips this rule exists to catch), reports sharing an occasion
//! when at most [`OCCASION_GAP_DAYS`] apart (the same summit a year later is
//! another event). An undated report joins the dated ones it shares a key
//! with only when those form a single event.
//!
//! Blocking: every claim is put in one bucket per (participant pair, mode,
//! key), the key being its occasion, its city or its day. Only claims in
//! one bucket are compared, in date order, so the work grows with the
//! number of claims, never with all pairs of reports (500 reports of one
//! meeting are one sort, not 125,000 comparisons). Clusters are formed
//! with union-find; each gets a derived `event` field: a stable key and a
//! subject for findings ("Ana Lopes – Piet Jansen, meeting of 2026-03-04").

use std::collections::{BTreeMap, HashSet};

use super::date::Granularity;
use crate::load::Article;
use crate::model::{Claim, ClaimKind, Field, FieldValue, Value};
use crate::rules::catalog::Catalog;

/// Reports sharing only a city merge when their dates are this close.
pub const PLACE_GAP_DAYS: i64 = 7;
/// Reports sharing an occasion merge when their dates are this close.
pub const OCCASION_GAP_DAYS: i64 = 31;

fn remote(c: &Claim) -> bool {
    matches!(c.text(Field::Mode), Some("call" | "video"))
}

/// What a bucket is keyed on besides the pair and the mode.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Key {
    Occasion(String),
    City(String),
    Day(String),
}

impl Key {
    fn gap(&self) -> i64 {
        match self {
            Key::Occasion(_) => OCCASION_GAP_DAYS,
            Key::City(_) => PLACE_GAP_DAYS,
            Key::Day(_) => 0,
        }
    }
}

fn keys(c: &Claim, catalog: &Catalog) -> Vec<Key> {
    let mut out = Vec::new();
    if let Some(o) = c.text(Field::Occasion) {
        out.push(Key::Occasion(o.to_string()));
    }
    if !remote(c)
        && let Some(p) = c.text(Field::Place)
        && catalog.is_city_level(p)
    {
        out.push(Key::City(p.to_string()));
    }
    if let Some(d) = c.date(Field::Date)
        && d.granularity == Granularity::Day
    {
        out.push(Key::Day(d.timex()));
    }
    out
}

fn union(parent: &mut [usize], a: usize, b: usize) {
    let (ra, rb) = (find(parent, a), find(parent, b));
    if ra != rb {
        parent[ra.max(rb)] = ra.min(rb);
    }
}

fn find(parent: &mut [usize], i: usize) -> usize {
    let mut r = i;
    while parent[r] != r {
        r = parent[r];
    }
    let mut i = i;
    while parent[i] != r {
        let next = parent[i];
        parent[i] = r;
        i = next;
    }
    r
}

/// Sets the `event` field of every meeting claim.
pub fn assign_events(articles: &[Article], claims: &mut [Claim], catalog: &Catalog) {
    let idx: Vec<usize> = (0..claims.len())
        .filter(|&i| claims[i].kind == ClaimKind::Meeting)
        .collect();
    let mut parent: Vec<usize> = (0..claims.len()).collect();
    // bucket by (pair, mode, key)
    type Bucket = ((String, String), bool, Key);
    let mut buckets: BTreeMap<Bucket, Vec<usize>> = BTreeMap::new();
    for &i in &idx {
        let c = &claims[i];
        let ks = keys(c, catalog);
        let p = c.set(Field::Participants);
        for x in 0..p.len() {
            for y in x + 1..p.len() {
                for k in &ks {
                    buckets
                        .entry(((p[x].clone(), p[y].clone()), remote(c), k.clone()))
                        .or_default()
                        .push(i);
                }
            }
        }
    }
    for ((_, _, key), members) in &buckets {
        let mut dated: Vec<(chrono::NaiveDate, chrono::NaiveDate, usize)> = members
            .iter()
            .filter_map(|&i| claims[i].date(Field::Date).map(|d| (d.start, d.end, i)))
            .collect();
        dated.sort();
        // chain reports whose dates are close enough
        let mut chains = 0;
        let mut last: Option<(chrono::NaiveDate, usize)> = None;
        for &(start, end, i) in &dated {
            match last {
                Some((prev_end, j)) if (start - prev_end).num_days() <= key.gap() => {
                    union(&mut parent, i, j)
                }
                _ => chains += 1,
            }
            let reach = last.map_or(end, |(e, _)| e.max(end));
            last = Some((reach, i));
        }
        // undated reports join a single chain, or each other
        let undated: Vec<usize> = members
            .iter()
            .copied()
            .filter(|&i| claims[i].date(Field::Date).is_none())
            .collect();
        if chains <= 1 {
            let anchor = dated.first().map(|d| d.2).or(undated.first().copied());
            if let Some(a) = anchor {
                for &u in &undated {
                    union(&mut parent, a, u);
                }
            }
        }
    }
    let mut clusters: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for &i in &idx {
        let r = find(&mut parent, i);
        clusters.entry(r).or_default().push(i);
    }
    let mut used_keys: HashSet<String> = HashSet::new();
    for members in clusters.values() {
        // participants every report names
        let mut common = claims[members[0]].set(Field::Participants).to_vec();
        for &m in &members[1..] {
            let p = claims[m].set(Field::Participants);
            common.retain(|x| p.contains(x));
        }
        let what = if remote(&claims[members[0]]) {
            "call"
        } else {
            "meeting"
        };
        let day = members
            .iter()
            .filter_map(|&m| claims[m].date(Field::Date))
            .filter(|d| d.granularity == Granularity::Day)
            .min();
        let occasion = members
            .iter()
            .find_map(|&m| claims[m].get(Field::Occasion).map(|o| o.display.clone()));
        let place = members
            .iter()
            .find_map(|&m| claims[m].get(Field::Place).map(|p| p.display.clone()));
        let any_date = members
            .iter()
            .filter_map(|&m| claims[m].date(Field::Date))
            .min();
        let anchor = if let Some(d) = day {
            format!("{what} of {}", d.timex())
        } else if let Some(o) = &occasion {
            format!("{what} at {o}")
        } else if let Some(p) = &place {
            format!("{what} in {p}")
        } else if let Some(d) = any_date {
            format!("{what} of {}", d.timex())
        } else {
            let first = &claims[members[0]];
            let path = &articles[first.article].path;
            format!("{what} reported in {path} at byte {}", first.span.start)
        };
        let subject = format!("{}, {anchor}", common.join(" – "));
        let mut key = subject.clone();
        let mut n = 2;
        while !used_keys.insert(key.clone()) {
            key = format!("{subject} #{n}");
            n += 1;
        }
        let note = if members.len() > 1 {
            format!("{} reports of one event", members.len())
        } else {
            "reported once".to_string()
        };
        for &m in members {
            claims[m].fields.insert(
                Field::Event,
                FieldValue {
                    value: Value::Text(key.clone()),
                    display: subject.clone(),
                    span: None,
                    note: note.clone(),
                    anchor: None,
                },
            );
        }
    }
}
