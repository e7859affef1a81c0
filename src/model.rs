//! The data every stage hands to the next: claim kinds and their fields, the
//! values a field can hold, and the claims themselves.
//!
//! Extraction produces [`Claim`]s whose fields keep the span they were read
//! from; normalization fills in canonical values; comparison only reads
//! them. The [`ClaimKind`] table is the registry of built-in claim kinds: a
//! rule file that names a claim kind or a field is validated against it.

use std::collections::BTreeMap;
use std::fmt;
use std::ops::Range;

use serde::{Deserialize, Serialize};

use crate::normalize::date::DateInterval;

/// Byte offsets into an article's decoded UTF-8 text.
pub type Span = Range<usize>;

macro_rules! kebab_enum {
    ($(#[$meta:meta])* pub enum $name:ident { $($variant:ident => $text:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, ::serde::Serialize, ::serde::Deserialize)]
        pub enum $name {
            $(#[serde(rename = $text)] $variant),+
        }
        impl $name {
            /// Every value, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            /// The kebab-case name users write.
            pub fn name(self) -> &'static str {
                match self { $($name::$variant => $text),+ }
            }
            /// Looks a name up; `None` when it is not one of [`Self::ALL`].
            pub fn from_name(s: &str) -> Option<Self> {
                match s { $($text => Some($name::$variant),)+ _ => None }
            }
            /// The valid names, comma-separated, for error messages.
            pub fn choices() -> String {
                Self::ALL.iter().map(|v| v.name()).collect::<Vec<_>>().join(", ")
            }
        }
        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.name())
            }
        }
    };
}
pub(crate) use kebab_enum;

kebab_enum! {
    /// The registry of built-in claim kinds (DESIGN.md, "Claims").
    pub enum ClaimKind {
        Meeting => "meeting",
        PreviousMeeting => "previous-meeting",
        Role => "role",
        Quote => "quote",
        EventDate => "event-date",
        Quantity => "quantity",
        Mention => "mention",
    }
}

kebab_enum! {
    /// Field names rules may use in `same` and `compare`.
    pub enum Field {
        Participants => "participants",
        Mode => "mode",
        Status => "status",
        Date => "date",
        Place => "place",
        Occasion => "occasion",
        Duration => "duration",
        LastDate => "last-date",
        LastPlace => "last-place",
        Person => "person",
        Role => "role",
        Org => "org",
        AsOf => "as-of",
        Speaker => "speaker",
        Text => "text",
        Channel => "channel",
        Event => "event",
        Subject => "subject",
        Value => "value",
        Unit => "unit",
        Surface => "surface",
        Entity => "entity",
        Absent => "absent",
        Weekday => "weekday",
    }
}

impl ClaimKind {
    /// The fields a claim of this kind carries.
    pub fn fields(self) -> &'static [Field] {
        use Field::*;
        match self {
            ClaimKind::Meeting => &[
                Participants,
                Mode,
                Status,
                Date,
                Place,
                Occasion,
                Duration,
                Event,
                Absent,
            ],
            ClaimKind::PreviousMeeting => &[Participants, LastDate, LastPlace, AsOf],
            ClaimKind::Role => &[Person, Role, Org, AsOf],
            ClaimKind::Quote => &[Speaker, Text, Date, Channel],
            ClaimKind::EventDate => &[Event, Date, Weekday],
            ClaimKind::Quantity => &[Subject, Value, Unit, AsOf],
            ClaimKind::Mention => &[Surface, Entity, Role, Org, AsOf],
        }
    }

    /// One line on what the kind is, for `rules list` and `explain`.
    pub fn summary(self) -> &'static str {
        match self {
            ClaimKind::Meeting => "who met whom, how, when, where and on what occasion",
            ClaimKind::PreviousMeeting => "when and where two people last met, as of the article",
            ClaimKind::Role => "who holds which office in which organization",
            ClaimKind::Quote => "who said what, when, through which channel",
            ClaimKind::EventDate => "the date of a named event",
            ClaimKind::Quantity => "how many or how much of something, as of a time",
            ClaimKind::Mention => {
                "a name as written (with the title the article gives), and the entity it was linked to"
            }
        }
    }

    /// Whether the extractor for this kind exists yet.
    pub fn extracted(self) -> bool {
        matches!(
            self,
            ClaimKind::Mention
                | ClaimKind::Role
                | ClaimKind::Meeting
                | ClaimKind::PreviousMeeting
                | ClaimKind::EventDate
        )
    }
}

/// A normalized value a claim field holds.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    /// A canonical string (an entity id, a role key, a mode).
    Text(String),
    /// A set of canonical strings, kept sorted and deduplicated.
    Set(Vec<String>),
    /// A date interval.
    Date(DateInterval),
    /// A numeric interval.
    Number { lo: f64, hi: f64 },
}

impl Value {
    /// Canonical text of the value: what grouping keys and finding ids use.
    pub fn key(&self) -> String {
        match self {
            Value::Text(s) => s.clone(),
            Value::Set(v) => v.join(" + "),
            Value::Date(d) => d.timex(),
            Value::Number { lo, hi } if lo == hi => format!("{lo}"),
            Value::Number { lo, hi } => format!("{lo}..{hi}"),
        }
    }

    /// A set value from any strings: sorted, deduplicated.
    pub fn set<I: IntoIterator<Item = String>>(items: I) -> Value {
        let mut v: Vec<String> = items.into_iter().collect();
        v.sort();
        v.dedup();
        Value::Set(v)
    }
}

/// One field of a claim: the canonical value, what the article wrote, where,
/// and how the one became the other.
#[derive(Clone, Debug, PartialEq)]
pub struct FieldValue {
    pub value: Value,
    /// The value as shown to users (a canonical name, a date).
    pub display: String,
    /// The text it was read from, when it was read from one place.
    pub span: Option<Span>,
    /// How it was normalized ("transliteration variant of ...").
    pub note: String,
    /// For dates: what the value was anchored on.
    pub anchor: Option<crate::temporal::Anchor>,
}

impl FieldValue {
    pub fn text(value: impl Into<String>, display: impl Into<String>) -> FieldValue {
        FieldValue {
            value: Value::Text(value.into()),
            display: display.into(),
            span: None,
            note: String::new(),
            anchor: None,
        }
    }

    pub fn with_span(mut self, span: Span) -> FieldValue {
        self.span = Some(span);
        self
    }

    pub fn with_note(mut self, note: impl Into<String>) -> FieldValue {
        self.note = note.into();
        self
    }
}

/// A fact one article states.
#[derive(Clone, Debug, PartialEq)]
pub struct Claim {
    pub kind: ClaimKind,
    /// Index of the article in the run's sorted article list.
    pub article: usize,
    /// The sentence (or phrase) the claim was read from.
    pub span: Span,
    pub fields: BTreeMap<Field, FieldValue>,
    /// Who the text says makes the claim ("Utopia says"); `None` is the
    /// outlet's own voice.
    pub claimed_by: Option<String>,
}

impl Claim {
    pub fn get(&self, field: Field) -> Option<&FieldValue> {
        self.fields.get(&field)
    }

    /// The members of a set field; empty when absent or not a set.
    pub fn set(&self, field: Field) -> &[String] {
        match self.get(field).map(|v| &v.value) {
            Some(Value::Set(v)) => v,
            _ => &[],
        }
    }

    /// A text field's canonical value.
    pub fn text(&self, field: Field) -> Option<&str> {
        match self.get(field).map(|v| &v.value) {
            Some(Value::Text(t)) => Some(t),
            _ => None,
        }
    }

    /// A date field's interval.
    pub fn date(&self, field: Field) -> Option<DateInterval> {
        match self.get(field).map(|v| &v.value) {
            Some(Value::Date(d)) => Some(*d),
            _ => None,
        }
    }
}

/// How severe a finding is.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, Default,
)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    #[default]
    Info,
    Warning,
    Error,
}

impl Severity {
    pub fn name(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip() {
        for k in ClaimKind::ALL {
            assert_eq!(ClaimKind::from_name(k.name()), Some(*k));
        }
        for f in Field::ALL {
            assert_eq!(Field::from_name(f.name()), Some(*f));
        }
        assert_eq!(ClaimKind::from_name("meetings"), None);
    }

    #[test]
    fn set_values_sort_and_dedup() {
        let v = Value::set(["b".to_string(), "a".to_string(), "b".to_string()]);
        assert_eq!(v.key(), "a + b");
    }
}
