//! Anchoring: from what an expression says to a date interval.
//!
//! Conventions (the header of `tests/dates/corpus.yaml` states them with
//! examples):
//! - past tense resolves a weekday to the latest such day on or before the
//!   anchor, future to the nearest on or after it (the anchor day itself
//!   included either way);
//! - "last Friday" is strictly before the anchor, "next Friday" strictly
//!   after it, "this Friday" in the anchor's ISO week;
//! - a year-less date takes the year that puts it nearest the anchor in
//!   the tense's direction (a past-tense mention may run up to
//!   [`NEAR_FUTURE_DAYS`] ahead: "parades are held on May 9"); a written
//!   weekday picks the year whose calendar agrees with it;
//! - "in July": past → the latest July up to the anchor's month, future →
//!   the next one from it;
//! - "the upcoming week" is the next ISO week, or this one from a Monday.
//!
//! No anchor means no value, with the reason; never the machine's clock.

use chrono::{Datelike, Days, NaiveDate, Weekday};

use super::Tense;
use super::expr::{When, YearRef};
use crate::normalize::date::{DateInterval, Granularity};

/// Why an expression has no value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unresolved {
    /// The article has no date to count from.
    NoReference,
    /// Not a calendar value (a bare time), or relative to a time nobody
    /// knows ("6 hours ago" on a scraped page).
    NoValue,
    /// The calendar has no such day (Feb. 30).
    Impossible,
}

impl Unresolved {
    pub fn reason(self) -> &'static str {
        match self {
            Unresolved::NoReference => "no reference date: the article's date is unknown",
            Unresolved::NoValue => {
                "no calendar value (a clock time, or relative to an unknown time)"
            }
            Unresolved::Impossible => "no such day in the calendar",
        }
    }
}

/// How far ahead of the anchor a past-tense year-less date may fall and
/// still be read in the anchor's year.
pub const NEAR_FUTURE_DAYS: i64 = 14;

fn add(d: NaiveDate, days: i64) -> Option<NaiveDate> {
    if days >= 0 {
        d.checked_add_days(Days::new(days as u64))
    } else {
        d.checked_sub_days(Days::new(days.unsigned_abs()))
    }
}

/// The year for a month/day without one.
fn year_for(
    month: u32,
    day: u32,
    weekday: Option<Weekday>,
    anchor: NaiveDate,
    tense: Tense,
) -> Option<NaiveDate> {
    let candidates: smallvec::SmallVec<[NaiveDate; 3]> = (anchor.year() - 1..=anchor.year() + 1)
        .filter_map(|y| NaiveDate::from_ymd_opt(y, month, day))
        .collect();
    if let Some(w) = weekday {
        // "Tuesday, Nov. 10": the year whose Nov. 10 is a Tuesday, nearest
        if let Some(d) = candidates
            .iter()
            .filter(|d| d.weekday() == w)
            .min_by_key(|d| (**d - anchor).num_days().abs())
        {
            return Some(*d);
        }
    }
    let allowed = |d: &&NaiveDate| match tense {
        Tense::Future => **d >= anchor,
        Tense::Past => (**d - anchor).num_days() <= NEAR_FUTURE_DAYS,
    };
    candidates
        .iter()
        .filter(allowed)
        .min_by_key(|d| (**d - anchor).num_days().abs())
        .copied()
}

fn year_of(y: YearRef, anchor: Option<NaiveDate>) -> Result<i32, Unresolved> {
    match y {
        YearRef::Written(y) => Ok(y),
        YearRef::Shift(s) => Ok(anchor.ok_or(Unresolved::NoReference)?.year() + s),
        YearRef::Implicit => Ok(anchor.ok_or(Unresolved::NoReference)?.year()),
    }
}

fn months(y: i32, from: u32, to: u32) -> Option<DateInterval> {
    let start = NaiveDate::from_ymd_opt(y, from, 1)?;
    let end_year = if to < from { y + 1 } else { y };
    let end = DateInterval::month(end_year, to)?.end;
    Some(DateInterval {
        start,
        end,
        granularity: Granularity::Months,
        time: None,
    })
}

/// Resolves an expression against an anchor date, in its clause's tense.
/// `mentioned` is the date just mentioned in the same sentence, for "the
/// day before" and "two days later".
pub fn resolve(
    when: &When,
    tense: Tense,
    anchor: Option<NaiveDate>,
    mentioned: Option<NaiveDate>,
) -> Result<DateInterval, Unresolved> {
    use Unresolved::*;
    let need = || anchor.ok_or(NoReference);
    let day = |d: Option<NaiveDate>| d.map(DateInterval::day).ok_or(Impossible);
    match *when {
        When::Day {
            year,
            month,
            day: d,
            weekday,
            time,
        } => {
            let date = match year {
                Some(y) => NaiveDate::from_ymd_opt(y, month, d),
                None => year_for(month, d, weekday, need()?, tense),
            }
            .ok_or(Impossible)?;
            Ok(match time {
                Some(t) => DateInterval {
                    start: date,
                    end: date,
                    granularity: Granularity::Minute,
                    time: Some(t),
                },
                None => DateInterval::day(date),
            })
        }
        When::Range {
            year,
            month,
            day: d,
            end_year,
            end_month,
            end_day,
        } => {
            let start = match year {
                Some(y) if end_month >= month => NaiveDate::from_ymd_opt(y, month, d),
                // "Dec. 29 to Jan. 3, 2027": the written year is the end's
                Some(y) => NaiveDate::from_ymd_opt(y - 1, month, d),
                None => year_for(month, d, None, need()?, tense),
            }
            .ok_or(Impossible)?;
            let _ = end_year;
            // the end: the first such date on or after the start
            let end = (start.year()..=start.year() + 1)
                .filter_map(|y| NaiveDate::from_ymd_opt(y, end_month, end_day))
                .find(|e| *e >= start)
                .ok_or(Impossible)?;
            Ok(DateInterval::range(start, end))
        }
        When::Month { year, month } => {
            let y = match year {
                YearRef::Implicit => {
                    let a = need()?;
                    match tense {
                        Tense::Past if month > a.month() => a.year() - 1,
                        Tense::Future if month < a.month() => a.year() + 1,
                        _ => a.year(),
                    }
                }
                other => year_of(other, anchor)?,
            };
            DateInterval::month(y, month).ok_or(Impossible)
        }
        When::MonthShift(s) => {
            let a = need()?;
            let index = a.year() * 12 + a.month0() as i32 + s;
            DateInterval::month(index.div_euclid(12), index.rem_euclid(12) as u32 + 1)
                .ok_or(Impossible)
        }
        When::Months { year, from, to } => {
            let y = match year {
                YearRef::Implicit => {
                    // "the spring": the one around or after the anchor when
                    // future, the latest begun one when past
                    let a = need()?;
                    let this = months(a.year(), from, to).ok_or(Impossible)?;
                    match tense {
                        Tense::Past if this.start > a => a.year() - 1,
                        Tense::Future if this.end < a => a.year() + 1,
                        _ => a.year(),
                    }
                }
                // winter of the anchor's year runs December to February
                other => year_of(other, anchor)?,
            };
            months(y, from, to).ok_or(Impossible)
        }
        When::MonthRange { from, to } => {
            let start = NaiveDate::from_ymd_opt(from.0, from.1, 1).ok_or(Impossible)?;
            let end = DateInterval::month(to.0, to.1).ok_or(Impossible)?.end;
            Ok(DateInterval {
                start,
                end,
                granularity: Granularity::Months,
                time: None,
            })
        }
        When::YearToDate => {
            let a = need()?;
            months(a.year(), 1, a.month()).ok_or(Impossible)
        }
        When::Year(y) => DateInterval::year(year_of(y, anchor)?).ok_or(Impossible),
        When::Weekday { day: wd, shift } => {
            let a = need()?;
            let back = (7 + a.weekday().num_days_from_monday() as i64
                - wd.num_days_from_monday() as i64)
                % 7;
            let ahead = (7 - back) % 7;
            let d = match (shift, tense) {
                (Some(-1), _) => add(a, -(if back == 0 { 7 } else { back })),
                (Some(1), _) => add(a, if ahead == 0 { 7 } else { ahead }),
                (Some(_), _) => add(
                    DateInterval::week_of(a).start,
                    wd.num_days_from_monday() as i64,
                ),
                (None, Tense::Past) => add(a, -back),
                (None, Tense::Future) => add(a, ahead),
            };
            day(d)
        }
        When::Weekend(s) => {
            let a = need()?;
            let monday = DateInterval::week_of(a).start;
            let sat = add(monday, 5 + 7 * s as i64).ok_or(Impossible)?;
            let sun = add(sat, 1).ok_or(Impossible)?;
            Ok(DateInterval::range(sat, sun))
        }
        When::Week(s) => Ok(DateInterval::week_of(
            add(need()?, 7 * s as i64).ok_or(Impossible)?,
        )),
        When::UpcomingWeek => {
            let a = need()?;
            let shift = if a.weekday() == Weekday::Mon { 0 } else { 7 };
            Ok(DateInterval::week_of(add(a, shift).ok_or(Impossible)?))
        }
        When::WeekdayRange { from, to } => {
            let a = resolve(
                &When::Weekday {
                    day: from,
                    shift: None,
                },
                tense,
                anchor,
                None,
            )?;
            let days = (to.num_days_from_monday() + 7 - from.num_days_from_monday()) % 7;
            let end = add(a.start, days as i64).ok_or(Impossible)?;
            Ok(DateInterval::range(a.start, end))
        }
        When::WeekOf { month, day: d } => {
            let date = year_for(month, d, None, need()?, tense).ok_or(Impossible)?;
            Ok(DateInterval::week_of(date))
        }
        When::Offset(n) => day(add(need()?, n)),
        When::FromMentioned(n) => day(add(mentioned.or(anchor).ok_or(NoReference)?, n)),
        When::Holiday { month, day: d } => year_for(month, d, None, need()?, tense)
            .map(DateInterval::day)
            .ok_or(Impossible),
        When::NoValue => Err(NoValue),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn r(w: When, t: Tense, a: NaiveDate) -> String {
        resolve(&w, t, Some(a), None).map(|x| x.timex()).unwrap()
    }

    #[test]
    fn weekdays_follow_tense_and_shift() {
        let wed = d(2025, 9, 24);
        let wd = |day, shift| When::Weekday { day, shift };
        assert_eq!(r(wd(Weekday::Wed, None), Tense::Past, wed), "2025-09-24");
        assert_eq!(r(wd(Weekday::Wed, None), Tense::Future, wed), "2025-09-24");
        assert_eq!(r(wd(Weekday::Tue, None), Tense::Past, wed), "2025-09-23");
        assert_eq!(r(wd(Weekday::Sun, None), Tense::Future, wed), "2025-09-28");
        assert_eq!(
            r(wd(Weekday::Wed, Some(-1)), Tense::Past, wed),
            "2025-09-17"
        );
        assert_eq!(
            r(wd(Weekday::Fri, Some(1)), Tense::Future, wed),
            "2025-09-26"
        );
        assert_eq!(r(wd(Weekday::Mon, Some(0)), Tense::Past, wed), "2025-09-22");
    }

    #[test]
    fn weeks_months_and_years() {
        let fri = d(2025, 9, 19);
        assert_eq!(r(When::Week(1), Tense::Future, fri), "2025-W39");
        assert_eq!(
            r(When::UpcomingWeek, Tense::Future, d(2025, 4, 28)),
            "2025-W18"
        );
        assert_eq!(
            r(When::UpcomingWeek, Tense::Future, d(2025, 4, 27)),
            "2025-W18"
        );
        assert_eq!(
            r(
                When::Month {
                    year: YearRef::Implicit,
                    month: 7
                },
                Tense::Past,
                fri
            ),
            "2025-07"
        );
        assert_eq!(
            r(When::MonthShift(-1), Tense::Past, d(2025, 1, 5)),
            "2024-12"
        );
        assert_eq!(
            r(
                When::Months {
                    year: YearRef::Shift(0),
                    from: 12,
                    to: 2
                },
                Tense::Past,
                fri
            ),
            "2025-12/2026-02"
        );
        assert_eq!(r(When::YearToDate, Tense::Past, fri), "2025-01/2025-09");
    }

    #[test]
    fn year_less_dates_cross_year_ends() {
        let day = |month, d| When::Day {
            year: None,
            month,
            day: d,
            weekday: None,
            time: None,
        };
        assert_eq!(r(day(1, 2), Tense::Future, d(2025, 12, 30)), "2026-01-02");
        assert_eq!(r(day(12, 28), Tense::Past, d(2026, 1, 5)), "2025-12-28");
        assert_eq!(r(day(5, 9), Tense::Past, d(2025, 4, 28)), "2025-05-09");
        // a written weekday picks the year that agrees with it
        let tue = When::Day {
            year: None,
            month: 11,
            day: 10,
            weekday: Some(Weekday::Tue),
            time: None,
        };
        assert_eq!(r(tue, Tense::Future, d(2026, 11, 11)), "2026-11-10");
    }

    #[test]
    fn no_anchor_no_value() {
        let w = When::Weekday {
            day: Weekday::Wed,
            shift: None,
        };
        assert_eq!(
            resolve(&w, Tense::Past, None, None),
            Err(Unresolved::NoReference)
        );
        assert_eq!(
            resolve(&When::NoValue, Tense::Past, Some(d(2025, 1, 1)), None),
            Err(Unresolved::NoValue)
        );
        // "the day before" counts from the date just mentioned
        assert_eq!(
            resolve(
                &When::FromMentioned(-1),
                Tense::Past,
                None,
                Some(d(2025, 3, 3))
            )
            .unwrap()
            .timex(),
            "2025-03-02"
        );
    }
}
