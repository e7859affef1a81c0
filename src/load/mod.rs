//! Load: from paths on disk to [`Article`]s, or skips with a reason.
//!
//! This stage walks the paths (gitignore-aware, article extensions only),
//! decodes each file ([`decode`]), splits off front matter
//! ([`front_matter`]), marks page furniture ([`furniture`]), checks the
//! language ([`language`]) and works out where the article comes from and
//! when it was published ([`metadata`]), each with its provenance. Nothing
//! is lost: every file named or found is either an article or a [`Skip`]
//! with one of DESIGN.md's reasons, and a bad file never stops the run.
//! Articles are independent of each other; the caller loads them in
//! parallel and sorts them by path.

pub mod decode;
pub mod front_matter;
pub mod furniture;
pub mod language;
pub mod manifest;
pub mod metadata;

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use serde::Serialize;

use crate::model::Span;
use crate::rules::catalog::Catalog;
use furniture::Furniture;
use manifest::Manifest;

crate::model::kebab_enum! {
    /// Why a file was not read as an article.
    pub enum SkipReason {
        Binary => "binary",
        Undecodable => "undecodable",
        Empty => "empty",
        Unsupported => "unsupported",
        Language => "language",
        Unreadable => "unreadable",
        Vanished => "vanished",
        TooLarge => "too-large",
    }
}

crate::model::kebab_enum! {
    /// Where a piece of metadata came from.
    pub enum Provenance {
        Manifest => "manifest",
        FrontMatter => "front-matter",
        JsonLd => "json-ld",
        HtmlMeta => "html-meta",
        Url => "url",
        Text => "text",
        Dateline => "dateline",
        Unknown => "unknown",
    }
}

/// Extensions read as articles when a folder is walked.
pub const ARTICLE_EXTENSIONS: &[&str] = &["txt", "md", "markdown", "html", "htm"];

/// Largest article read, in bytes.
pub const MAX_ARTICLE_BYTES: u64 = 32 * 1024 * 1024;

/// A file that was not read as an article, and why.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Skip {
    pub path: String,
    pub reason: SkipReason,
    pub detail: String,
}

/// One article, decoded, with its metadata and furniture marked.
#[derive(Clone, Debug)]
pub struct Article {
    /// The path shown to users: relative, `/`-separated.
    pub path: String,
    /// The decoded text, front matter included (spans index into this).
    pub text: String,
    /// Where the body starts (after front matter).
    pub body_start: usize,
    pub title: Option<String>,
    pub source: Option<String>,
    pub source_from: Provenance,
    pub published: Option<NaiveDate>,
    pub published_from: Provenance,
    pub url: Option<String>,
    pub url_from: Provenance,
    pub language: String,
    /// Byte ranges that yield no claims, sorted.
    pub furniture: Vec<Span>,
    /// Rule ids silenced inline (`crosscheck-ignore: RULE`).
    pub suppress: Vec<String>,
    /// Things worth telling about how the article was read.
    pub notes: Vec<String>,
    /// False for articles read only as an archive to compare against.
    pub primary: bool,
    /// The date relative expressions are resolved against, and where it
    /// came from (the published date, or inferred from the corpus); set by
    /// the anchor pass.
    pub reference: Option<(NaiveDate, crate::temporal::Anchor)>,
}

impl Article {
    /// The article's outlet, or its file name when the outlet is unknown.
    pub fn outlet(&self) -> String {
        self.source.clone().unwrap_or_else(|| {
            self.path
                .rsplit('/')
                .next()
                .unwrap_or(&self.path)
                .to_string()
        })
    }

    /// Whether a span lies in furniture.
    pub fn in_furniture(&self, span: &Span) -> bool {
        furniture::overlaps(&self.furniture, span)
    }
}

/// A file to read: from disk, or standard input.
#[derive(Clone, Debug)]
pub struct Input {
    pub fs_path: PathBuf,
    pub shown: String,
    pub primary: bool,
    /// Contents already read (standard input).
    pub bytes: Option<Vec<u8>>,
}

/// A path named on the command line that does not exist.
#[derive(Debug, thiserror::Error, miette::Diagnostic)]
#[error("{path}: no such file or directory")]
#[diagnostic(code(crosscheck::missing_path))]
pub struct MissingPath {
    pub path: String,
}

/// Shown form of a path: relative to the working directory when it lies
/// under it, `/`-separated, without a leading `./`. Finding ids hash it, so
/// `fixtures/x.txt` and `/abs/path/fixtures/x.txt` give the same ids.
pub fn shown_path(p: &Path) -> String {
    let rel = if p.is_absolute() {
        std::env::current_dir()
            .ok()
            .and_then(|cwd| p.strip_prefix(cwd).ok().map(Path::to_path_buf))
            .unwrap_or_else(|| p.to_path_buf())
    } else {
        p.to_path_buf()
    };
    let s = rel.to_string_lossy().replace('\\', "/");
    let s = s.strip_prefix("./").unwrap_or(&s);
    s.to_string()
}

fn has_article_extension(p: &Path) -> bool {
    p.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| ARTICLE_EXTENSIONS.contains(&e.to_ascii_lowercase().as_str()))
}

/// Globs from the config deciding which walked files are read.
#[derive(Default)]
pub struct Filters {
    pub include: Option<globset::GlobSet>,
    pub exclude: Option<globset::GlobSet>,
    /// The folder globs are relative to.
    pub base: PathBuf,
}

impl Filters {
    fn allows(&self, path: &Path) -> bool {
        let abs = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
        let base = std::fs::canonicalize(&self.base).unwrap_or_else(|_| self.base.clone());
        let rel = abs.strip_prefix(&base).unwrap_or(&abs);
        if let Some(ex) = &self.exclude
            && (ex.is_match(rel) || ex.is_match(path))
        {
            return false;
        }
        match &self.include {
            Some(inc) => inc.is_match(rel) || inc.is_match(path),
            None => true,
        }
    }
}

/// Expands paths into inputs (files found by walking folders, sorted) and
/// skips (files named explicitly with an extension that is not an
/// article's). A path that does not exist is an error.
pub fn collect(
    paths: &[(PathBuf, bool)],
    filters: &Filters,
) -> Result<(Vec<Input>, Vec<Skip>), MissingPath> {
    let mut inputs = Vec::new();
    let mut skips = Vec::new();
    for (path, primary) in paths {
        let meta = std::fs::metadata(path).map_err(|_| MissingPath {
            path: shown_path(path),
        })?;
        if meta.is_file() {
            if has_article_extension(path) {
                inputs.push(Input {
                    fs_path: path.clone(),
                    shown: shown_path(path),
                    primary: *primary,
                    bytes: None,
                });
            } else {
                skips.push(Skip {
                    path: shown_path(path),
                    reason: SkipReason::Unsupported,
                    detail: format!(
                        "not an article extension (.{})",
                        ARTICLE_EXTENSIONS.join(" .")
                    ),
                });
            }
            continue;
        }
        let walker = ignore::WalkBuilder::new(path)
            .require_git(false)
            .follow_links(true)
            .sort_by_file_path(|a, b| a.cmp(b))
            .build();
        for entry in walker {
            let entry = match entry {
                Ok(e) => e,
                Err(err) => {
                    // A loop or an unreadable folder: report it, go on.
                    let p = error_path(&err).map_or_else(|| shown_path(path), |p| shown_path(&p));
                    skips.push(Skip {
                        path: p,
                        reason: SkipReason::Unreadable,
                        detail: err.to_string(),
                    });
                    continue;
                }
            };
            let p = entry.path();
            if entry.file_type().is_some_and(|t| t.is_file())
                && has_article_extension(p)
                && filters.allows(p)
            {
                inputs.push(Input {
                    fs_path: p.to_path_buf(),
                    shown: shown_path(p),
                    primary: *primary,
                    bytes: None,
                });
            }
        }
    }
    inputs.sort_by(|a, b| a.shown.cmp(&b.shown));
    inputs.dedup_by(|a, b| a.shown == b.shown);
    Ok((inputs, skips))
}

/// The path a walking error is about: the link of a loop, the entry that
/// could not be read.
fn error_path(e: &ignore::Error) -> Option<PathBuf> {
    match e {
        ignore::Error::Loop { child, .. } => Some(child.clone()),
        ignore::Error::WithPath { path, err } => error_path(err).or_else(|| Some(path.clone())),
        ignore::Error::WithDepth { err, .. } | ignore::Error::WithLineNumber { err, .. } => {
            error_path(err)
        }
        ignore::Error::Partial(errs) => errs.iter().find_map(error_path),
        _ => None,
    }
}

/// What loading needs besides the file.
pub struct Context<'a> {
    pub catalog: &'a Catalog,
    pub furniture: &'a Furniture,
    pub manifest: Option<&'a Manifest>,
}

fn skip(input: &Input, reason: SkipReason, detail: impl Into<String>) -> Skip {
    Skip {
        path: input.shown.clone(),
        reason,
        detail: detail.into(),
    }
}

/// Reads one input into an article, or says why not.
pub fn load(input: &Input, ctx: &Context) -> Result<Article, Skip> {
    let ext = input
        .fs_path
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or("")
        .to_ascii_lowercase();
    if ext == "html" || ext == "htm" {
        return Err(skip(
            input,
            SkipReason::Unsupported,
            "the HTML reader has not landed yet",
        ));
    }
    let bytes = match &input.bytes {
        Some(b) => b.clone(),
        None => {
            let io = |e: std::io::Error| {
                if e.kind() == std::io::ErrorKind::NotFound {
                    skip(input, SkipReason::Vanished, "removed while the run went on")
                } else {
                    skip(input, SkipReason::Unreadable, e.to_string())
                }
            };
            let m = std::fs::metadata(&input.fs_path).map_err(io)?;
            if m.len() > MAX_ARTICLE_BYTES {
                return Err(skip(
                    input,
                    SkipReason::TooLarge,
                    format!("{} bytes; the limit is {MAX_ARTICLE_BYTES} bytes", m.len()),
                ));
            }
            read_file(&input.fs_path).map_err(io)?
        }
    };
    let entry = ctx.manifest.and_then(|m| m.get(&input.fs_path));
    let declared = entry
        .and_then(|e| e.encoding.clone())
        .or_else(|| decode::declared_in_front_matter(&bytes));
    let decoded =
        decode::decode(&bytes, declared.as_deref()).map_err(|u| skip(input, u.reason, u.detail))?;
    let text = decoded.text;
    if text.trim().is_empty() {
        let detail = if bytes.is_empty() {
            "0 bytes"
        } else {
            "only whitespace"
        };
        return Err(skip(input, SkipReason::Empty, detail));
    }
    let mut notes: Vec<String> = decoded.note.into_iter().collect();
    let split = front_matter::split(&text);
    notes.extend(split.note);
    let body_start = split.body_start;
    let mut furniture = ctx.furniture.find(&text, body_start);
    let suppress = inline_suppressions(&text, body_start, &mut furniture);
    let body: String = visible_text(&text, body_start, &furniture);
    if let Err(detail) = language::check_english(&body) {
        return Err(skip(input, SkipReason::Language, detail));
    }
    let meta = metadata::work_out(metadata::Inputs {
        text: &text,
        body_start,
        furniture: &furniture,
        front: &split.front,
        entry,
        catalog: ctx.catalog,
    });
    notes.extend(meta.notes);
    Ok(Article {
        path: input.shown.clone(),
        body_start,
        title: split.front.title.clone(),
        source: meta.source,
        source_from: meta.source_from,
        published: meta.published,
        published_from: meta.published_from,
        url: meta.url,
        url_from: meta.url_from,
        language: "en".into(),
        furniture,
        suppress,
        notes,
        primary: input.primary,
        reference: meta
            .published
            .map(|d| (d, crate::temporal::Anchor::Published)),
        text,
    })
}

/// Reads a file. A test seam: `CROSSCHECK_TEST_IO=unreadable:TEXT` (or
/// `vanish:TEXT`) makes reading any path containing TEXT fail as permission
/// denied (or not found), which tests cannot provoke otherwise when they
/// run as root. Documented in SECURITY.md.
fn read_file(path: &Path) -> std::io::Result<Vec<u8>> {
    if let Ok(spec) = std::env::var("CROSSCHECK_TEST_IO")
        && let Some((what, needle)) = spec.split_once(':')
        && !needle.is_empty()
        && path.to_string_lossy().contains(needle)
    {
        let kind = match what {
            "vanish" => std::io::ErrorKind::NotFound,
            _ => std::io::ErrorKind::PermissionDenied,
        };
        return Err(std::io::Error::new(kind, "injected by CROSSCHECK_TEST_IO"));
    }
    std::fs::read(path)
}

/// The body without furniture, for whole-text checks such as language.
fn visible_text(text: &str, from: usize, furniture: &[Span]) -> String {
    let mut out = String::new();
    let mut at = from;
    for f in furniture {
        if f.start > at {
            out.push_str(&text[at..f.start]);
        }
        at = at.max(f.end);
    }
    if at < text.len() {
        out.push_str(&text[at..]);
    }
    out
}

/// Finds `crosscheck-ignore: RULE[, RULE]` lines (bare, or inside
/// `<!-- -->`), returns the rule ids, and marks those lines as yielding no
/// claims.
fn inline_suppressions(text: &str, from: usize, furniture: &mut Vec<Span>) -> Vec<String> {
    const MARK: &str = "crosscheck-ignore:";
    let mut out = Vec::new();
    let mut offset = from;
    let mut extra = Vec::new();
    for raw in text[from..].split_inclusive('\n') {
        let start = offset;
        offset += raw.len();
        let mut line = raw.trim();
        if let Some(inner) = line
            .strip_prefix("<!--")
            .and_then(|l| l.strip_suffix("-->"))
        {
            line = inner.trim();
        }
        if let Some(rest) = line.strip_prefix(MARK) {
            out.extend(
                rest.split(',')
                    .map(|r| r.trim().to_string())
                    .filter(|r| !r.is_empty()),
            );
            extra.push(start..offset);
        }
    }
    if !extra.is_empty() {
        furniture.extend(extra);
        furniture.sort_by_key(|r| r.start);
    }
    out.sort();
    out.dedup();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suppressions_in_comments_and_lines() {
        let text = "Body.\n<!-- crosscheck-ignore: meeting-date, role-holder -->\ncrosscheck-ignore: name-spelling\n";
        let mut f = Vec::new();
        let s = inline_suppressions(text, 0, &mut f);
        assert_eq!(s, vec!["meeting-date", "name-spelling", "role-holder"]);
        assert_eq!(f.len(), 2);
    }

    #[test]
    fn shown_paths_are_slash_separated() {
        assert_eq!(shown_path(Path::new("./a/b.txt")), "a/b.txt");
    }
}
