//! Rules, catalog and furniture markers: the YAML users write.
//!
//! Every YAML file but the config says what it is by its top-level key:
//! `rules:` (a rule pack), `furniture:` (page-furniture markers), or any of
//! `people:`, `orgs:`, `places:`, `titles:`, `outlets:` (a catalog). A file
//! is never read as something else.
//!
//! Loading is two steps, as in cargo-deny: parse (serde with
//! `deny_unknown_fields`, enums for every closed set of names, so a wrong
//! type or an unknown name is reported where it stands, with the valid
//! choices) and then validate what types cannot say (a field the claim kind
//! does not have, a check that does not take that claim kind, a duplicate
//! id). Both kinds of error come out as a [`YamlError`]: file, line, column,
//! what was expected, with the line quoted.
//!
//! The default pack under `rules/` in the repository is compiled into the
//! binary ([`defaults`]); `--rules` and `--catalog` add to it, a later rule
//! with the same id replaces an earlier one, and `--no-default-rules` starts
//! from nothing.

pub mod catalog;
pub mod defaults;
pub mod places;
pub mod positions;

use std::collections::{BTreeMap, HashSet};
use std::fmt;
use std::path::{Path, PathBuf};

use miette::{Diagnostic, NamedSource, SourceSpan};
use serde::Deserialize;

use crate::compare::CheckKind;
use crate::location::line_col;
use crate::model::{ClaimKind, Field, Severity};
use catalog::{Catalog, CatalogFile};
use positions::Positions;

/// A problem in a YAML file, reported like a compiler error.
#[derive(Debug, thiserror::Error, Diagnostic)]
#[error("{}", self.location_and_message())]
pub struct YamlError {
    pub file: String,
    pub line: usize,
    pub column: usize,
    pub message: String,
    #[source_code]
    pub src: NamedSource<String>,
    #[label("{label}")]
    pub span: Option<SourceSpan>,
    pub label: String,
    #[help]
    pub help: Option<String>,
}

impl YamlError {
    /// `file:line:column: message`, or `file: message` for a problem that
    /// has no position (a file that cannot be read).
    fn location_and_message(&self) -> String {
        if self.line == 0 {
            format!("{}: {}", self.file, self.message)
        } else {
            format!(
                "{}:{}:{}: {}",
                self.file, self.line, self.column, self.message
            )
        }
    }

    /// An error at a byte range of `text`.
    pub fn at(
        file: &str,
        text: &str,
        range: std::ops::Range<usize>,
        message: impl Into<String>,
        label: impl Into<String>,
        help: Option<String>,
    ) -> YamlError {
        let (line, column) = line_col(text, range.start);
        let len = range.end.saturating_sub(range.start).max(1);
        let start = range.start.min(text.len());
        YamlError {
            file: file.to_string(),
            line,
            column,
            message: message.into(),
            src: NamedSource::new(file, text.to_string()),
            span: Some(SourceSpan::new(
                start.into(),
                len.min(text.len().saturating_sub(start)),
            )),
            label: label.into(),
            help,
        }
    }

    /// Converts a serde_yaml error, keeping its position and splitting off
    /// the list of valid choices into the help text.
    pub fn from_serde(file: &str, text: &str, err: &serde_yaml::Error) -> YamlError {
        let mut message = err.to_string();
        if let Some(i) = message.rfind(" at line ") {
            message.truncate(i);
        }
        let offset = err.location().map_or(0, |l| l.index());
        // name what an unknown variant was meant to be
        let what = message
            .split(": ")
            .next()
            .and_then(|path| path.rsplit('.').next())
            .map(|last| last.split('[').next().unwrap_or(last))
            .and_then(|key| match key {
                "claim" => Some("claim kind"),
                "check" => Some("check"),
                "same" | "compare" => Some("field"),
                "severity" | "severity_outside" => Some("severity"),
                "agree" => Some("agreement mode"),
                _ => None,
            });
        if let Some(what) = what {
            message = message.replace("unknown variant", &format!("unknown {what}"));
        }
        let (message, help) = match message.find(", expected one of ") {
            Some(i) => {
                let choices = message[i + ", expected one of ".len()..].replace('`', "");
                (
                    message[..i].to_string(),
                    Some(format!("valid choices: {choices}")),
                )
            }
            None => (message, None),
        };
        let label = match message.rfind(": ") {
            Some(i) => message[i + 2..].to_string(),
            None => message.clone(),
        };
        let end = text[offset.min(text.len())..]
            .find(['\n', ':', ','])
            .map_or(text.len(), |e| offset + e);
        YamlError::at(
            file,
            text,
            offset..end.max(offset + 1),
            message,
            label,
            help,
        )
    }
}

/// How a rule judges two values of its `compare` field.
#[derive(Clone, Debug, PartialEq)]
pub enum Agree {
    /// Date or number intervals overlap; sets share a member.
    Overlap,
    /// Canonical values are equal.
    Equal,
    /// One contains the other (places, intervals, sets).
    Contains,
    /// Jaro-Winkler similarity over folded tokens at least this.
    Similar(f64),
    /// Numbers within this share of the larger value ("10%").
    Tolerance(Percent),
}

/// The valid forms of `agree`, for error messages.
const AGREE_CHOICES: &str = "overlap, equal, contains, {similar: 0.9}, {tolerance: 10%}";

impl<'de> Deserialize<'de> for Agree {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        use serde::de::Error;
        struct V;
        impl<'de> serde::de::Visitor<'de> for V {
            type Value = Agree;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "one of {AGREE_CHOICES}")
            }
            fn visit_str<E: Error>(self, s: &str) -> Result<Agree, E> {
                match s {
                    "overlap" => Ok(Agree::Overlap),
                    "equal" => Ok(Agree::Equal),
                    "contains" => Ok(Agree::Contains),
                    _ => Err(E::custom(format!(
                        "unknown agreement mode `{s}`, expected one of {AGREE_CHOICES}"
                    ))),
                }
            }
            fn visit_map<M: serde::de::MapAccess<'de>>(self, mut m: M) -> Result<Agree, M::Error> {
                let Some(key) = m.next_key::<String>()? else {
                    return Err(M::Error::custom(format!(
                        "empty map, expected one of {AGREE_CHOICES}"
                    )));
                };
                let out = match key.as_str() {
                    "similar" => {
                        let x: f64 = m.next_value()?;
                        Agree::Similar(x)
                    }
                    "tolerance" => {
                        let t: String = m.next_value::<serde_yaml::Value>().map(|v| match v {
                            serde_yaml::Value::String(s) => s,
                            other => serde_yaml::to_string(&other)
                                .unwrap_or_default()
                                .trim()
                                .to_string(),
                        })?;
                        Agree::Tolerance(Percent::try_from(t).map_err(M::Error::custom)?)
                    }
                    other => {
                        return Err(M::Error::custom(format!(
                            "unknown agreement mode `{other}`, expected one of {AGREE_CHOICES}"
                        )));
                    }
                };
                if m.next_key::<String>()?.is_some() {
                    return Err(M::Error::custom(format!(
                        "`agree` takes one mode, expected one of {AGREE_CHOICES}"
                    )));
                }
                Ok(out)
            }
        }
        d.deserialize_any(V)
    }
}

impl fmt::Display for Agree {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Agree::Overlap => f.write_str("overlap"),
            Agree::Equal => f.write_str("equal"),
            Agree::Contains => f.write_str("contains"),
            Agree::Similar(x) => write!(f, "similar: {x}"),
            Agree::Tolerance(p) => write!(f, "tolerance: {}%", p.0 * 100.0),
        }
    }
}

/// A share written as a percentage, stored as a fraction.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Percent(pub f64);

/// Deserializes a type through `TryFrom<String>`, raising the error while
/// the value is read so that serde_yaml attaches the value's position.
macro_rules! deserialize_via_string {
    ($t:ty) => {
        impl<'de> Deserialize<'de> for $t {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                struct V;
                impl serde::de::Visitor<'_> for V {
                    type Value = $t;
                    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                        f.write_str("a string")
                    }
                    fn visit_str<E: serde::de::Error>(self, s: &str) -> Result<$t, E> {
                        <$t>::try_from(s.to_string()).map_err(E::custom)
                    }
                }
                d.deserialize_str(V)
            }
        }
    };
}
deserialize_via_string!(Percent);
deserialize_via_string!(Window);

impl TryFrom<String> for Percent {
    type Error = String;
    fn try_from(s: String) -> Result<Self, String> {
        let n = s.trim().strip_suffix('%').ok_or_else(|| {
            format!("invalid tolerance `{s}`: expected a percentage such as `10%`")
        })?;
        match n.trim().parse::<f64>() {
            Ok(x) if (0.0..=100.0).contains(&x) => Ok(Percent(x / 100.0)),
            _ => Err(format!(
                "invalid tolerance `{s}`: expected a percentage between 0% and 100%"
            )),
        }
    }
}

/// A time window: `36h`, `90d`, `2w`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Window {
    pub hours: i64,
}

impl Window {
    pub fn days(&self) -> f64 {
        self.hours as f64 / 24.0
    }
}

impl TryFrom<String> for Window {
    type Error = String;
    fn try_from(s: String) -> Result<Self, String> {
        let t = s.trim();
        let bad = || {
            format!(
                "invalid window `{s}`: expected a whole number followed by h, d or w (36h, 90d, 2w)"
            )
        };
        let unit = t.chars().last().ok_or_else(bad)?;
        let n: i64 = t[..t.len() - unit.len_utf8()].parse().map_err(|_| bad())?;
        let hours = match unit {
            'h' => n,
            'd' => n * 24,
            'w' => n * 24 * 7,
            _ => return Err(bad()),
        };
        if n < 0 {
            return Err(bad());
        }
        Ok(Window { hours })
    }
}

impl fmt::Display for Window {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.hours % (24 * 7) == 0 && self.hours > 0 && self.hours % 24 != 0 {
            write!(f, "{}w", self.hours / (24 * 7))
        } else if self.hours % 24 == 0 {
            write!(f, "{}d", self.hours / 24)
        } else {
            write!(f, "{}h", self.hours)
        }
    }
}

/// A mini-article of a rule example.
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ExampleArticle {
    pub source: String,
    #[serde(default)]
    pub published: Option<String>,
    pub text: String,
}

/// Sets of mini-articles that must flag, and that must pass.
#[derive(Clone, Debug, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Examples {
    #[serde(default)]
    pub flag: Vec<Vec<ExampleArticle>>,
    #[serde(default)]
    pub pass: Vec<Vec<ExampleArticle>>,
}

/// A rule as written.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRule {
    id: String,
    kind: String,
    claim: ClaimKind,
    check: CheckKind,
    #[serde(default)]
    same: Vec<Field>,
    #[serde(default)]
    compare: Option<Field>,
    #[serde(default)]
    agree: Option<Agree>,
    #[serde(default)]
    within: Option<Window>,
    severity: Severity,
    #[serde(default)]
    severity_outside: Option<Severity>,
    message: String,
    #[serde(default)]
    help: Option<String>,
    #[serde(default)]
    options: BTreeMap<String, serde_yaml::Value>,
    #[serde(default)]
    examples: Examples,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RuleFile {
    rules: Vec<RawRule>,
}

/// Page-furniture markers (`rules/furniture.yaml`).
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FurnitureMarkers {
    /// A line equal to one of these (case-insensitive) is furniture.
    #[serde(default)]
    pub lines: Vec<String>,
    /// A line starting with one of these is furniture.
    #[serde(default)]
    pub prefixes: Vec<String>,
    /// A line equal to one of these, or starting with it and a colon,
    /// starts furniture that runs to the end of the article.
    #[serde(default)]
    pub until_end: Vec<String>,
    /// Regular expressions a whole line must match to be furniture.
    #[serde(default)]
    pub patterns: Vec<String>,
}

impl FurnitureMarkers {
    fn extend(&mut self, other: FurnitureMarkers) {
        self.lines.extend(other.lines);
        self.prefixes.extend(other.prefixes);
        self.until_end.extend(other.until_end);
        self.patterns.extend(other.patterns);
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FurnitureFile {
    furniture: FurnitureMarkers,
}

/// A validated rule.
#[derive(Clone, Debug)]
pub struct Rule {
    pub id: String,
    pub kind: String,
    pub claim: ClaimKind,
    pub check: CheckKind,
    pub same: Vec<Field>,
    pub compare: Option<Field>,
    pub agree: Option<Agree>,
    pub within: Option<Window>,
    pub severity: Severity,
    pub severity_outside: Severity,
    pub message: String,
    pub help: Option<String>,
    pub options: BTreeMap<String, serde_yaml::Value>,
    pub examples: Examples,
    /// Where the rule was defined: file and line.
    pub origin: String,
    pub origin_line: usize,
}

/// Everything loaded from YAML: rules, catalog, furniture markers.
#[derive(Clone, Debug, Default)]
pub struct Pack {
    pub rules: Vec<Rule>,
    pub catalog: Catalog,
    pub furniture: FurnitureMarkers,
}

/// Top-level keys a YAML file may start with, for the error message.
const TOP_LEVEL_KEYS: &str = "rules, furniture, people, orgs, places, titles, outlets, holidays";

/// Largest YAML file read, in bytes.
pub const MAX_YAML_BYTES: usize = 16 * 1024 * 1024;

impl Pack {
    /// The pack compiled into the binary.
    pub fn defaults() -> Result<Pack, Vec<YamlError>> {
        Pack::defaults_with_rules(true)
    }

    /// The built-in catalog and furniture markers, with or without the
    /// built-in rules (`--no-default-rules` drops only the rules).
    pub fn defaults_with_rules(rules: bool) -> Result<Pack, Vec<YamlError>> {
        let mut pack = Pack::default();
        let mut errors = Vec::new();
        for (name, text) in defaults::FILES {
            if !rules && text.lines().any(|l| l.starts_with("rules:")) {
                continue;
            }
            if let Err(mut e) = pack.add_text(&format!("<default>/{name}"), text) {
                errors.append(&mut e);
            }
        }
        if errors.is_empty() {
            Ok(pack)
        } else {
            Err(errors)
        }
    }

    /// Adds a file or every `.yaml`/`.yml` file under a folder (sorted).
    pub fn add_path(&mut self, path: &Path, shown: &str) -> Result<(), Vec<YamlError>> {
        let files = yaml_files(path).map_err(|e| vec![io_error(shown, &e)])?;
        let mut errors = Vec::new();
        for file in files {
            let name = if file == path {
                shown.to_string()
            } else {
                let rel = file.strip_prefix(path).unwrap_or(&file);
                format!(
                    "{}/{}",
                    shown.trim_end_matches('/'),
                    rel.to_string_lossy().replace('\\', "/")
                )
            };
            let text = match read_yaml(&file) {
                Ok(t) => t,
                Err(e) => {
                    errors.push(io_error(&name, &e));
                    continue;
                }
            };
            if let Err(mut e) = self.add_text(&name, &text) {
                errors.append(&mut e);
            }
        }
        if errors.is_empty() {
            Ok(())
        } else {
            Err(errors)
        }
    }

    /// Parses and validates one YAML text and adds what it holds.
    pub fn add_text(&mut self, name: &str, text: &str) -> Result<(), Vec<YamlError>> {
        check_depth(name, text).map_err(|e| vec![*e])?;
        let top: serde_yaml::Value =
            serde_yaml::from_str(text).map_err(|e| vec![YamlError::from_serde(name, text, &e)])?;
        let keys: Vec<String> = match &top {
            serde_yaml::Value::Mapping(m) => m
                .keys()
                .map(|k| k.as_str().unwrap_or("").to_string())
                .collect(),
            serde_yaml::Value::Null => Vec::new(),
            _ => {
                return Err(vec![YamlError::at(
                    name,
                    text,
                    0..text.find('\n').unwrap_or(text.len()),
                    "expected a mapping with one top-level key",
                    "not a mapping",
                    Some(format!("valid top-level keys: {TOP_LEVEL_KEYS}")),
                )]);
            }
        };
        let is_catalog = |k: &String| {
            matches!(
                k.as_str(),
                "people" | "orgs" | "places" | "titles" | "outlets" | "holidays"
            )
        };
        if keys.iter().any(|k| k == "rules") {
            let file: RuleFile = serde_yaml::from_str(text)
                .map_err(|e| vec![YamlError::from_serde(name, text, &e)])?;
            let rules = validate_rules(name, text, file.rules)?;
            for rule in rules {
                self.rules.retain(|r| r.id != rule.id);
                self.rules.push(rule);
            }
            Ok(())
        } else if keys.iter().any(|k| k == "furniture") {
            let file: FurnitureFile = serde_yaml::from_str(text)
                .map_err(|e| vec![YamlError::from_serde(name, text, &e)])?;
            let pos = Positions::index(text);
            for (i, p) in file.furniture.patterns.iter().enumerate() {
                if let Err(e) = crate::load::furniture::compile_pattern(p) {
                    let r = pos
                        .find(&format!("furniture.patterns[{i}]"))
                        .unwrap_or(0..1);
                    return Err(vec![YamlError::at(
                        name,
                        text,
                        r,
                        format!("furniture.patterns[{i}]: invalid pattern: {e}"),
                        "invalid pattern",
                        None,
                    )]);
                }
            }
            self.furniture.extend(file.furniture);
            Ok(())
        } else if !keys.is_empty() && keys.iter().all(is_catalog) {
            let file: CatalogFile = serde_yaml::from_str(text)
                .map_err(|e| vec![YamlError::from_serde(name, text, &e)])?;
            self.catalog.add(file).map_err(|problems| {
                let pos = Positions::index(text);
                problems
                    .into_iter()
                    .map(|(path, msg)| {
                        let r = pos.find(&path).unwrap_or(0..1);
                        YamlError::at(name, text, r, format!("{path}: {msg}"), "here", None)
                    })
                    .collect()
            })
        } else {
            let pos = Positions::index(text);
            let bad = keys
                .iter()
                .find(|k| !is_catalog(k))
                .cloned()
                .unwrap_or_default();
            let range = pos.find(&bad).unwrap_or(0..1);
            let (message, label) = if keys.is_empty() {
                ("empty file: expected a top-level key".to_string(), "empty")
            } else {
                (
                    format!("unknown top-level key `{bad}`"),
                    "not a rules, furniture or catalog key",
                )
            };
            Err(vec![YamlError::at(
                name,
                text,
                range,
                message,
                label,
                Some(format!("valid top-level keys: {TOP_LEVEL_KEYS}")),
            )])
        }
    }
}

/// Deepest nesting a YAML file may have, in brackets or indentation.
pub const MAX_YAML_DEPTH: usize = 128;

/// Refuses YAML nested deeper than [`MAX_YAML_DEPTH`] before parsing it
/// (the parser is slow on pathological nesting).
pub fn check_depth(name: &str, text: &str) -> Result<(), Box<YamlError>> {
    let mut depth = 0usize;
    let mut quote: Option<char> = None;
    for (i, c) in text.char_indices() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, '"' | '\'') => quote = Some(c),
            (None, '\n') => quote = None,
            (None, '[' | '{') => {
                depth += 1;
                if depth > MAX_YAML_DEPTH {
                    return Err(Box::new(YamlError::at(
                        name,
                        text,
                        i..i + 1,
                        format!("nested deeper than {MAX_YAML_DEPTH} levels"),
                        "too deep",
                        None,
                    )));
                }
            }
            (None, ']' | '}') => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let indent = line.len() - line.trim_start_matches(' ').len();
        if indent / 2 > MAX_YAML_DEPTH && !line.trim().is_empty() {
            return Err(Box::new(YamlError::at(
                name,
                text,
                offset..offset + indent,
                format!("indented deeper than {MAX_YAML_DEPTH} levels"),
                "too deep",
                None,
            )));
        }
        offset += line.len();
    }
    Ok(())
}

fn io_error(name: &str, e: &std::io::Error) -> YamlError {
    YamlError {
        file: name.to_string(),
        line: 0,
        column: 0,
        message: format!("cannot read: {e}"),
        src: NamedSource::new(name, String::new()),
        span: None,
        label: String::new(),
        help: None,
    }
}

fn read_yaml(path: &Path) -> std::io::Result<String> {
    let meta = std::fs::metadata(path)?;
    if meta.len() as usize > MAX_YAML_BYTES {
        return Err(std::io::Error::other(format!(
            "file is {} bytes; the limit for YAML files is {MAX_YAML_BYTES}",
            meta.len()
        )));
    }
    let bytes = std::fs::read(path)?;
    String::from_utf8(bytes)
        .map_err(|_| std::io::Error::other("not valid UTF-8 (YAML files must be UTF-8)"))
}

fn yaml_files(path: &Path) -> std::io::Result<Vec<PathBuf>> {
    let meta = std::fs::metadata(path)?;
    if meta.is_file() {
        return Ok(vec![path.to_path_buf()]);
    }
    let mut out = Vec::new();
    let mut stack = vec![path.to_path_buf()];
    let mut seen = HashSet::new();
    while let Some(dir) = stack.pop() {
        let canon = std::fs::canonicalize(&dir)?;
        if !seen.insert(canon) {
            continue;
        }
        for entry in std::fs::read_dir(&dir)? {
            let p = entry?.path();
            if p.is_dir() {
                stack.push(p);
            } else if matches!(p.extension().and_then(|e| e.to_str()), Some("yaml" | "yml")) {
                out.push(p);
            }
        }
    }
    out.sort();
    Ok(out)
}

fn is_kebab(s: &str) -> bool {
    !s.is_empty()
        && s.split('-').all(|part| {
            !part.is_empty()
                && part
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

/// Placeholders a message template may use.
pub const PLACEHOLDERS: &[&str] = &["subject", "values", "gap", "outlier"];

fn validate_rules(name: &str, text: &str, raw: Vec<RawRule>) -> Result<Vec<Rule>, Vec<YamlError>> {
    let pos = Positions::index(text);
    let mut errors = Vec::new();
    let mut seen: HashSet<String> = HashSet::new();
    let mut rules = Vec::new();
    for (i, r) in raw.into_iter().enumerate() {
        let at = |path: &str| pos.find(&format!("rules[{i}].{path}")).unwrap_or(0..1);
        let mut err = |path: &str, message: String, label: &str, help: Option<String>| {
            errors.push(YamlError::at(
                name,
                text,
                at(path),
                format!("rules[{i}].{path}: {message}"),
                label,
                help,
            ));
        };
        if !is_kebab(&r.id) {
            err(
                "id",
                format!("rule id `{}` is not kebab-case", r.id),
                "not kebab-case",
                Some("ids use lowercase letters, digits and single hyphens: `meeting-date`".into()),
            );
        } else if !seen.insert(r.id.clone()) {
            err(
                "id",
                format!("duplicate rule id `{}` in this file", r.id),
                "defined twice",
                Some(
                    "a later file with the same id overrides; within one file ids are unique"
                        .into(),
                ),
            );
        }
        if !is_kebab(&r.kind) {
            err(
                "kind",
                format!("finding kind `{}` is not kebab-case", r.kind),
                "not kebab-case",
                None,
            );
        }
        let valid_fields = r.claim.fields();
        let field_choices = || {
            Some(format!(
                "valid choices for claim `{}`: {}",
                r.claim,
                valid_fields
                    .iter()
                    .map(|f| f.name())
                    .collect::<Vec<_>>()
                    .join(", ")
            ))
        };
        for (j, f) in r.same.iter().enumerate() {
            if !valid_fields.contains(f) {
                err(
                    &format!("same[{j}]"),
                    format!("claim `{}` has no field `{f}`", r.claim),
                    "not a field of this claim kind",
                    field_choices(),
                );
            }
        }
        if let Some(f) = r.compare
            && !valid_fields.contains(&f)
        {
            err(
                "compare",
                format!("claim `{}` has no field `{f}`", r.claim),
                "not a field of this claim kind",
                field_choices(),
            );
        }
        let claims = r.check.claims();
        if !claims.is_empty() && !claims.contains(&r.claim) {
            err(
                "check",
                format!("check `{}` does not take claim `{}`", r.check, r.claim),
                "wrong claim kind for this check",
                Some(format!(
                    "check `{}` takes claim: {}",
                    r.check,
                    claims
                        .iter()
                        .map(|c| c.name())
                        .collect::<Vec<_>>()
                        .join(", ")
                )),
            );
        }
        if r.check == CheckKind::Agree {
            if r.compare.is_none() {
                err(
                    "check",
                    "check `agree` needs `compare`: the field that must agree".into(),
                    "missing `compare`",
                    field_choices(),
                );
            }
            if r.agree.is_none() {
                err(
                    "check",
                    "check `agree` needs `agree`: how two values agree".into(),
                    "missing `agree`",
                    Some(
                        "valid choices: overlap, equal, contains, similar: 0.9, tolerance: 10%"
                            .into(),
                    ),
                );
            }
        } else if r.agree.is_some() {
            err(
                "agree",
                format!("`agree` is only read by check `agree`, not `{}`", r.check),
                "not used by this check",
                None,
            );
        }
        if let Some(Agree::Similar(x)) = r.agree
            && !(x > 0.0 && x <= 1.0)
        {
            err(
                "agree.similar",
                format!("similarity {x} is out of range"),
                "expected a number in (0, 1]",
                None,
            );
        }
        let valid_options = r.check.options();
        for (key, value) in &r.options {
            if key == "house-style" && !value.is_bool() {
                err(
                    &format!("options.{key}"),
                    format!("option `{key}` takes true or false"),
                    "expected a boolean",
                    Some("valid choices: true, false".to_string()),
                );
            }
            if !valid_options.contains(&key.as_str()) {
                err(
                    &format!("options.{key}"),
                    format!("check `{}` has no option `{key}`", r.check),
                    "unknown option",
                    Some(if valid_options.is_empty() {
                        format!("check `{}` takes no options", r.check)
                    } else {
                        format!("valid choices: {}", valid_options.join(", "))
                    }),
                );
            }
        }
        let mut rest = r.message.as_str();
        while let Some(open) = rest.find('{') {
            let Some(close) = rest[open..].find('}') else {
                break;
            };
            let ph = &rest[open + 1..open + close];
            if !PLACEHOLDERS.contains(&ph) {
                err(
                    "message",
                    format!("unknown placeholder `{{{ph}}}` in message"),
                    "unknown placeholder",
                    Some(format!(
                        "valid choices: {}",
                        PLACEHOLDERS
                            .iter()
                            .map(|p| format!("{{{p}}}"))
                            .collect::<Vec<_>>()
                            .join(", ")
                    )),
                );
            }
            rest = &rest[open + close + 1..];
        }
        let origin_line = line_col(text, at("id").start).0;
        let compare = r.compare.or(match r.check {
            CheckKind::NameSpelling => Some(Field::Surface),
            _ => None,
        });
        rules.push(Rule {
            id: r.id,
            kind: r.kind,
            claim: r.claim,
            check: r.check,
            same: r.same,
            compare,
            agree: r.agree,
            within: r.within,
            severity: r.severity,
            severity_outside: r.severity_outside.unwrap_or(Severity::Info),
            message: r.message,
            help: r.help,
            options: r.options,
            examples: r.examples,
            origin: name.to_string(),
            origin_line,
        });
    }
    if errors.is_empty() {
        Ok(rules)
    } else {
        Err(errors)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn load(text: &str) -> Result<Pack, Vec<YamlError>> {
        let mut p = Pack::default();
        p.add_text("t.yaml", text).map(|_| p)
    }

    const GOOD: &str = "rules:
  - id: meeting-date
    kind: meeting-date
    claim: meeting
    check: agree
    same: [event]
    compare: date
    agree: overlap
    within: 2w
    severity: error
    message: \"{subject}: dates differ ({values})\"
";

    #[test]
    fn a_good_rule_loads() {
        let p = load(GOOD).unwrap();
        let r = &p.rules[0];
        assert_eq!(r.claim, ClaimKind::Meeting);
        assert_eq!(r.within, Some(Window { hours: 14 * 24 }));
        assert_eq!(r.severity_outside, Severity::Info);
        assert_eq!(r.origin_line, 2);
    }

    #[test]
    fn unknown_field_points_at_it() {
        let text = GOOD.replace("    within: 2w\n", "    withn: 2w\n");
        let e = &load(&text).unwrap_err()[0];
        assert_eq!((e.line, e.column), (9, 5));
        assert!(e.message.contains("unknown field `withn`"), "{}", e.message);
        assert!(e.help.as_deref().unwrap().contains("within"));
    }

    #[test]
    fn wrong_field_for_claim_kind_points_at_it() {
        let text = GOOD.replace("compare: date", "compare: speaker");
        let e = &load(&text).unwrap_err()[0];
        assert_eq!((e.line, e.column), (7, 14));
        assert!(e.help.as_deref().unwrap().contains("participants"));
    }

    #[test]
    fn bad_window_and_placeholder() {
        let text = GOOD.replace("within: 2w", "within: 2y");
        let e = &load(&text).unwrap_err()[0];
        assert_eq!(e.line, 9);
        assert!(e.message.contains("invalid window"), "{}", e.message);
        let text = GOOD.replace("{values}", "{value}");
        let e = &load(&text).unwrap_err()[0];
        assert!(e.message.contains("{value}"), "{}", e.message);
    }

    #[test]
    fn later_rule_with_same_id_overrides() {
        let mut p = load(GOOD).unwrap();
        p.add_text("u.yaml", &GOOD.replace("severity: error", "severity: info"))
            .unwrap();
        assert_eq!(p.rules.len(), 1);
        assert_eq!(p.rules[0].severity, Severity::Info);
        assert_eq!(p.rules[0].origin, "u.yaml");
    }

    #[test]
    fn unknown_top_level_key() {
        let e = &load("rulez: []\n").unwrap_err()[0];
        assert!(e.message.contains("rulez"));
        assert!(e.help.as_deref().unwrap().contains("rules"));
    }

    #[test]
    fn agreement_modes_in_both_forms() {
        let with = |agree: &str| GOOD.replace("agree: overlap", &format!("agree: {agree}"));
        let p = load(&with("{similar: 0.9}")).unwrap();
        assert_eq!(p.rules[0].agree, Some(Agree::Similar(0.9)));
        let p = load(&with("{tolerance: 10%}")).unwrap();
        assert_eq!(p.rules[0].agree, Some(Agree::Tolerance(Percent(0.1))));
        let e = &load(&with("overlaps")).unwrap_err()[0];
        assert!(
            e.message.contains("unknown agreement mode `overlaps`"),
            "{}",
            e.message
        );
        assert_eq!(e.line, 8);
    }

    #[test]
    fn windows_parse_and_print() {
        assert_eq!(Window::try_from("36h".to_string()).unwrap().hours, 36);
        assert_eq!(
            Window::try_from("90d".to_string()).unwrap().to_string(),
            "90d"
        );
        assert!(Window::try_from("d".to_string()).is_err());
        assert!(Window::try_from("-3d".to_string()).is_err());
    }

    #[test]
    fn the_default_pack_loads() {
        let p = Pack::defaults().unwrap_or_else(|e| panic!("{e:?}"));
        assert!(p.rules.iter().any(|r| r.id == "name-spelling"));
    }
}
