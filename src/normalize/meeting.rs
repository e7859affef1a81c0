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
//! different days. Two claims whose dates are more than a month apart are
//! never one event, whatever else they share (the same summit two years
//! running).
//!
//! Claims are blocked by participant pairs, so only claims that share a
//! pair are ever compared; clusters are formed with union-find and each
//! gets a derived `event` field: a stable key and a subject for findings
//! ("Ana Lopes – Piet Jansen, meeting of 2026-03-04").

use std::collections::{BTreeMap, HashSet};

use super::date::Granularity;
use crate::load::Article;
use crate::model::{Claim, ClaimKind, Field, FieldValue, Value};
use crate::rules::catalog::Catalog;

/// Days beyond which two dated claims are never one event.
const MAX_EVENT_GAP_DAYS: i64 = 31;

fn remote(c: &Claim) -> bool {
    matches!(c.text(Field::Mode), Some("call" | "video"))
}

/// Whether two meeting claims report one event.
pub fn same_event(a: &Claim, b: &Claim, catalog: &Catalog) -> bool {
    if remote(a) != remote(b) {
        return false;
    }
    let pa = a.set(Field::Participants);
    let pb = b.set(Field::Participants);
    if pa.iter().filter(|p| pb.contains(p)).count() < 2 {
        return false;
    }
    let (da, db) = (a.date(Field::Date), b.date(Field::Date));
    if let (Some(x), Some(y)) = (da, db) {
        let gap = if x.overlaps(&y) {
            0
        } else {
            (x.start - y.end)
                .num_days()
                .abs()
                .min((y.start - x.end).num_days().abs())
        };
        if gap > MAX_EVENT_GAP_DAYS {
            return false;
        }
    }
    let occasion =
        matches!((a.text(Field::Occasion), b.text(Field::Occasion)), (Some(x), Some(y)) if x == y);
    let same_day = matches!((da, db), (Some(x), Some(y))
        if x.granularity == Granularity::Day && y.granularity == Granularity::Day && x == y);
    let city = !remote(a)
        && matches!((a.text(Field::Place), b.text(Field::Place)), (Some(x), Some(y))
            if x == y && catalog.is_city_level(x));
    occasion || same_day || city
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
    // block by participant pairs
    let mut blocks: BTreeMap<(String, String), Vec<usize>> = BTreeMap::new();
    for &i in &idx {
        let p = claims[i].set(Field::Participants);
        for x in 0..p.len() {
            for y in x + 1..p.len() {
                blocks
                    .entry((p[x].clone(), p[y].clone()))
                    .or_default()
                    .push(i);
            }
        }
    }
    let mut tried: HashSet<(usize, usize)> = HashSet::new();
    for members in blocks.values() {
        for (k, &i) in members.iter().enumerate() {
            for &j in &members[k + 1..] {
                if !tried.insert((i, j)) {
                    continue;
                }
                if same_event(&claims[i], &claims[j], catalog) {
                    let (ri, rj) = (find(&mut parent, i), find(&mut parent, j));
                    if ri != rj {
                        parent[ri.max(rj)] = ri.min(rj);
                    }
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
            .find_map(|&m| claims[m].text(Field::Occasion).map(str::to_string));
        let place = members
            .iter()
            .find_map(|&m| claims[m].text(Field::Place).map(str::to_string));
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
                },
            );
        }
    }
}
