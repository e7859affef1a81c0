//! The commands: each turns resolved settings into output and an exit code.
//!
//! Exit codes are returned explicitly, never through `main() -> Result`:
//! `0` nothing at or above `--fail-on`; `1` findings at or above it (or
//! `rules validate` finding a problem); `2` the run could not be done as
//! asked (bad flags, config or rules; a missing path; every input skipped).

use std::io::{IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use rayon::prelude::*;

use crate::cli::{
    CheckArgs, ClaimsArgs, ClaimsFormat, Cli, Command, DatesArgs, Format, PackArgs, RulesCommand,
};
use crate::compare::{self, Ctx};
use crate::extract::{Extraction, Extractor};
use crate::load::{self, Article, Context, Input, Skip};
use crate::model::Claim;
use crate::normalize;
use crate::report::{Report, baseline::Baseline, human, json};
use crate::rules::Pack;
use crate::settings::{self, Common, SettingsError};

/// The outcome of a command.
pub const OK: u8 = 0;
pub const FINDINGS: u8 = 1;
pub const TROUBLE: u8 = 2;

fn eprint_diag(d: &dyn miette::Diagnostic) {
    let color = std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none();
    let theme = if color {
        miette::GraphicalTheme::unicode()
    } else {
        miette::GraphicalTheme::unicode_nocolor()
    };
    let handler = miette::GraphicalReportHandler::new_themed(theme).with_width(100);
    let mut out = String::new();
    if handler.render_report(&mut out, d).is_err() {
        out = format!("error: {d}\n");
    }
    eprint!("{out}");
}

fn report_settings_error(e: &SettingsError) {
    match e {
        SettingsError::Yaml(list) => {
            for y in list {
                eprint_diag(y);
            }
            eprintln!(
                "error: {} problem{} in rule, catalog or config files",
                list.len(),
                if list.len() == 1 { "" } else { "s" }
            );
        }
        SettingsError::Other(m) => eprintln!("error: {}", human::inert(m)),
    }
}

/// Runs a parsed command line.
pub fn run(cli: Cli) -> ExitCode {
    let code = match cli.command {
        Command::Check(args) => check(args),
        Command::Claims(args) => claims(args),
        Command::Dates(args) => dates(args),
        Command::Rules(RulesCommand::List { pack }) => rules_list(&pack),
        Command::Rules(RulesCommand::Validate { paths, pack }) => rules_validate(&paths, &pack),
        Command::Explain { id, pack } => explain(&id, &pack),
        Command::Init => init(),
    };
    ExitCode::from(code)
}

/// A loaded run: articles (sorted by path), skips, extractions and claims.
pub struct Run {
    pub articles: Vec<Article>,
    pub skipped: Vec<Skip>,
    pub extractions: Vec<Extraction>,
    pub claims: Vec<Claim>,
    pub people: normalize::person::People,
    pub delegations: std::collections::HashMap<String, String>,
}

/// Loads, extracts and normalizes; `Err` holds a message for exit 2.
pub fn read_run(
    inputs: Vec<Input>,
    mut skipped: Vec<Skip>,
    common: &Common,
    manifest: Option<&load::manifest::Manifest>,
    jobs: Option<usize>,
) -> Result<Run, String> {
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(jobs.unwrap_or(0))
        .build()
        .map_err(|e| format!("cannot start worker threads: {e}"))?;
    let ctx = Context {
        catalog: &common.pack.catalog,
        furniture: &common.furniture,
        manifest,
    };
    let extractor = Extractor::with_day_first(&common.pack, common.day_first);
    let results: Vec<Result<(Article, Extraction), Skip>> = pool.install(|| {
        inputs
            .par_iter()
            .map(|i| {
                load::load(i, &ctx).map(|a| {
                    let ex = extractor.extract(&a);
                    (a, ex)
                })
            })
            .collect()
    });
    let mut pairs = Vec::new();
    for r in results {
        match r {
            Ok(p) => pairs.push(p),
            Err(s) => skipped.push(s),
        }
    }
    pairs.sort_by(|a, b| a.0.path.cmp(&b.0.path));
    let (mut articles, extractions): (Vec<Article>, Vec<Extraction>) = pairs.into_iter().unzip();
    let mut n = normalize::normalize(&articles, &extractions, &common.pack.catalog);
    // the anchor pass: undated articles get a reference date from the
    // events they share with dated ones, and are normalized again
    let inferred =
        normalize::anchor::infer(&articles, &extractions, &n.claims, &common.pack.catalog);
    if inferred.iter().any(Option::is_some) {
        for (a, d) in articles.iter_mut().zip(inferred) {
            if let Some(d) = d {
                a.reference = Some((d, crate::temporal::Anchor::Corpus));
            }
        }
        n = normalize::normalize(&articles, &extractions, &common.pack.catalog);
    }
    Ok(Run {
        articles,
        skipped,
        extractions,
        claims: n.claims,
        people: n.people,
        delegations: n.delegations,
    })
}

fn stdin_input(name: Option<&str>) -> Result<Input, String> {
    let mut bytes = Vec::new();
    std::io::stdin()
        .read_to_end(&mut bytes)
        .map_err(|e| format!("cannot read standard input: {e}"))?;
    let shown = name.unwrap_or("<stdin>").to_string();
    let fs_path = PathBuf::from(if shown.contains('.') {
        shown.clone()
    } else {
        format!("{shown}.txt")
    });
    Ok(Input {
        fs_path,
        shown,
        primary: true,
        bytes: Some(bytes),
    })
}

fn gather(
    paths: &[PathBuf],
    against: &[PathBuf],
    stdin_name: Option<&str>,
    filters: &load::Filters,
) -> Result<(Vec<Input>, Vec<Skip>), String> {
    let mut named: Vec<(PathBuf, bool)> = Vec::new();
    let mut stdin = None;
    for p in paths {
        if p.as_os_str() == "-" {
            if stdin.is_none() {
                stdin = Some(stdin_input(stdin_name)?);
            }
        } else {
            named.push((p.clone(), true));
        }
    }
    if paths.is_empty() {
        named.push((PathBuf::from("."), true));
    }
    named.extend(against.iter().map(|p| (p.clone(), false)));
    let (mut inputs, skips) = load::collect(&named, filters).map_err(|e| e.to_string())?;
    // a file named both as a path and in the archive counts as a path
    let mut primary: Vec<String> = inputs
        .iter()
        .filter(|i| i.primary)
        .map(|i| i.shown.clone())
        .collect();
    primary.sort();
    inputs.retain(|i| i.primary || primary.binary_search(&i.shown).is_err());
    inputs.extend(stdin);
    Ok((inputs, skips))
}

fn check(args: CheckArgs) -> u8 {
    let common = match settings::common(&args.pack) {
        // never dropped: freeing a large catalog's millions of allocations
        // at exit costs seconds for nothing
        Ok(c) => &*Box::leak(Box::new(c)),
        Err(e) => {
            report_settings_error(&e);
            return TROUBLE;
        }
    };
    let cs = match settings::check(
        common,
        args.sources.as_deref(),
        args.fail_on,
        args.baseline.as_deref(),
    ) {
        Ok(c) => c,
        Err(e) => {
            report_settings_error(&e);
            return TROUBLE;
        }
    };
    let (inputs, skips) = match gather(
        &args.paths,
        &args.against,
        args.stdin_filename.as_deref(),
        &cs.filters,
    ) {
        Ok(x) => x,
        Err(m) => {
            eprintln!("error: {}", human::inert(&m));
            return TROUBLE;
        }
    };
    if let Some(m) = &cs.manifest {
        for path in &m.missing {
            eprintln!(
                "warning: {}: entry `{}` names no file",
                human::inert(&m.name),
                human::inert(path)
            );
        }
    }
    let mut run = match read_run(inputs, skips, common, cs.manifest.as_ref(), args.jobs) {
        Ok(r) => r,
        Err(m) => {
            eprintln!("error: {m}");
            return TROUBLE;
        }
    };
    // an inline suppression naming no rule in force is worth a note
    for a in &mut run.articles {
        for id in &a.suppress {
            if !common.pack.rules.iter().any(|r| &r.id == id) {
                a.notes.push(format!(
                    "crosscheck-ignore names `{id}`, which is no rule in force"
                ));
            }
        }
    }
    let ctx = Ctx {
        articles: &run.articles,
        catalog: &common.pack.catalog,
        delegations: &run.delegations,
        meetings: compare::previous_meeting::MeetingIndex::new(&run.claims),
    };
    let mut findings = compare::run(&common.pack.rules, &run.claims, &ctx);
    if run.articles.iter().any(|a| !a.primary) {
        findings.retain(|f| {
            f.evidence
                .iter()
                .any(|e| run.articles.iter().any(|a| a.primary && a.path == e.path))
        });
    }
    let per_article: Vec<usize> = (0..run.articles.len())
        .map(|i| run.claims.iter().filter(|c| c.article == i).count())
        .collect();
    let report = Report::build(
        &run.articles,
        &per_article,
        run.skipped,
        findings,
        cs.baseline.as_ref(),
    );
    if let Some(path) = &args.write_baseline {
        // everything this run found, including what the old baseline accepted
        let mut all = report.findings.clone();
        all.extend(report.baselined.iter().cloned());
        compare::sort_findings(&mut all);
        let b = Baseline::of(&all);
        let text = serde_json::to_string_pretty(&b).unwrap_or_default() + "\n";
        if let Err(e) = std::fs::write(path, text) {
            eprintln!("error: {}: cannot write baseline: {e}", path.display());
            return TROUBLE;
        }
    }
    let to_terminal = args.output.is_none() && std::io::stdout().is_terminal();
    let color = to_terminal && std::env::var_os("NO_COLOR").is_none();
    let rendered = match args.format {
        Format::Human => human::render(&report, &run.articles, color),
        Format::Json => json::render(&report),
    };
    let written = match &args.output {
        Some(path) => std::fs::write(path, &rendered)
            .map_err(|e| format!("{}: cannot write: {e}", path.display())),
        None => {
            let mut out = std::io::stdout().lock();
            out.write_all(rendered.as_bytes())
                .and_then(|_| out.flush())
                .map_err(|e| format!("cannot write to standard output: {e}"))
        }
    };
    if let Err(m) = written {
        // a closed pipe is not worth a message
        if !m.contains("Broken pipe") {
            eprintln!("error: {m}");
        }
        return TROUBLE;
    }
    if args.output.is_some() && !args.quiet {
        eprint!("{}", human::summary(&report));
    }
    if report.articles.is_empty() {
        if report.skipped.is_empty() {
            eprintln!(
                "error: no articles found (looked for .{})",
                load::ARTICLE_EXTENSIONS.join(" .")
            );
        } else {
            eprintln!("error: every input was skipped; nothing was checked");
        }
        return TROUBLE;
    }
    // writing a baseline accepts what was found: the run succeeds
    if args.write_baseline.is_none() && report.fails(cs.fail_on) {
        FINDINGS
    } else {
        OK
    }
}

/// Reads files for the listing commands (`claims`, `dates`): settings, the
/// walk, load, extract, normalize; `Err` holds the exit code after the
/// error was printed.
fn read_files(pack: &PackArgs, sources: Option<&Path>, files: &[PathBuf]) -> Result<Run, u8> {
    let common: &settings::Common = Box::leak(Box::new(settings::common(pack).map_err(|e| {
        report_settings_error(&e);
        TROUBLE
    })?));
    let cs = settings::check(common, sources, None, None).map_err(|e| {
        report_settings_error(&e);
        TROUBLE
    })?;
    let (inputs, skips) = gather(files, &[], None, &cs.filters).map_err(|m| {
        eprintln!("error: {}", human::inert(&m));
        TROUBLE
    })?;
    read_run(inputs, skips, common, cs.manifest.as_ref(), None).map_err(|m| {
        eprintln!("error: {m}");
        TROUBLE
    })
}

/// Prints the skips of a listing command and says how it ended.
fn listing_done(run: &Run) -> u8 {
    for s in &run.skipped {
        eprintln!(
            "skipped: {} ({}: {})",
            human::inert(&s.path),
            s.reason,
            human::inert(&s.detail)
        );
    }
    if run.articles.is_empty() { TROUBLE } else { OK }
}

fn claims(args: ClaimsArgs) -> u8 {
    let run = match read_files(&args.pack, args.sources.as_deref(), &args.files) {
        Ok(r) => r,
        Err(code) => return code,
    };
    let out = match args.format {
        ClaimsFormat::Table => crate::report::claims::table(&run),
        ClaimsFormat::Json => crate::report::claims::json(&run),
    };
    print!("{out}");
    listing_done(&run)
}

fn dates(args: DatesArgs) -> u8 {
    let date = match args
        .date
        .as_deref()
        .map(|d| (d, normalize::date::parse_full_date(d)))
    {
        Some((d, None)) => {
            eprintln!("error: --date {}: expected YYYY-MM-DD", human::inert(d));
            return TROUBLE;
        }
        Some((_, Some(d))) => Some(d),
        None => None,
    };
    let run = match read_files(&args.pack, args.sources.as_deref(), &args.files) {
        Ok(r) => r,
        Err(code) => return code,
    };
    let out = match args.format {
        ClaimsFormat::Table => crate::report::dates::table(&run, date),
        ClaimsFormat::Json => crate::report::dates::json(&run, date),
    };
    print!("{out}");
    listing_done(&run)
}

fn rules_list(pack_args: &PackArgs) -> u8 {
    let common = match settings::common(pack_args) {
        Ok(c) => c,
        Err(e) => {
            report_settings_error(&e);
            return TROUBLE;
        }
    };
    let rows: Vec<[String; 6]> = common
        .pack
        .rules
        .iter()
        .map(|r| {
            let pending = if r.check.implemented() {
                ""
            } else {
                " (check not implemented yet)"
            };
            [
                r.id.clone(),
                r.claim.name().to_string(),
                r.check.name().to_string(),
                if r.within.is_some() {
                    format!("{}/{}", r.severity, r.severity_outside)
                } else {
                    r.severity.to_string()
                },
                r.within.map_or_else(|| "-".to_string(), |x| x.to_string()),
                format!("{}:{}{pending}", r.origin, r.origin_line),
            ]
        })
        .collect();
    let header = ["ID", "CLAIM", "CHECK", "SEVERITY", "WITHIN", "DEFINED"].map(String::from);
    let mut widths = [0usize; 6];
    for row in std::iter::once(&header).chain(&rows) {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.chars().count());
        }
    }
    for row in std::iter::once(&header).chain(&rows) {
        let line: Vec<String> = row
            .iter()
            .zip(widths)
            .map(|(cell, w)| format!("{cell:w$}"))
            .collect();
        println!("{}", line.join("  ").trim_end());
    }
    OK
}

fn rules_validate(paths: &[PathBuf], pack_args: &PackArgs) -> u8 {
    if paths.is_empty() {
        return match settings::common(pack_args) {
            Ok(c) => {
                println!(
                    "{} rules, {} people, {} places, {} titles, {} outlets: valid",
                    c.pack.rules.len(),
                    c.pack.catalog.people.len(),
                    c.pack.catalog.places.len(),
                    c.pack.catalog.titles.len(),
                    c.pack.catalog.outlets.len()
                );
                OK
            }
            Err(SettingsError::Yaml(list)) => {
                for y in &list {
                    eprint_diag(y);
                }
                eprintln!(
                    "error: {} problem{}",
                    list.len(),
                    if list.len() == 1 { "" } else { "s" }
                );
                FINDINGS
            }
            Err(e) => {
                report_settings_error(&e);
                TROUBLE
            }
        };
    }
    let mut problems = 0;
    for p in paths {
        let shown = load::shown_path(p);
        if !p.exists() {
            eprintln!("error: {shown}: no such file or directory");
            return TROUBLE;
        }
        let mut pack = Pack::default();
        match pack.add_path(p, &shown) {
            Ok(()) => {
                let n = pack.rules.len();
                println!("{shown}: valid ({n} rule{})", if n == 1 { "" } else { "s" });
            }
            Err(list) => {
                problems += list.len();
                for y in &list {
                    eprint_diag(y);
                }
            }
        }
    }
    if problems > 0 {
        eprintln!(
            "error: {problems} problem{}",
            if problems == 1 { "" } else { "s" }
        );
        FINDINGS
    } else {
        OK
    }
}

fn explain(id: &str, pack_args: &PackArgs) -> u8 {
    let common = match settings::common(pack_args) {
        Ok(c) => c,
        Err(e) => {
            report_settings_error(&e);
            return TROUBLE;
        }
    };
    let Some(r) = common.pack.rules.iter().find(|r| r.id == id) else {
        let ids: Vec<&str> = common.pack.rules.iter().map(|r| r.id.as_str()).collect();
        eprintln!("error: no rule `{id}`; rules in force: {}", ids.join(", "));
        return TROUBLE;
    };
    println!(
        "{} ({}; defined at {}:{})",
        r.id, r.kind, r.origin, r.origin_line
    );
    println!();
    println!("claim:    {} — {}", r.claim, r.claim.summary());
    println!("check:    {} — {}", r.check, r.check.doc());
    if !r.same.is_empty() {
        println!(
            "same:     {}",
            r.same
                .iter()
                .map(|f| f.name())
                .collect::<Vec<_>>()
                .join(", ")
        );
    }
    if let Some(c) = r.compare {
        println!("compare:  {c}");
    }
    if let Some(a) = &r.agree {
        println!("agree:    {a}");
    }
    match r.within {
        Some(w) => println!(
            "severity: {} within {w}, {} outside or when a date is unknown",
            r.severity, r.severity_outside
        ),
        None => println!("severity: {}", r.severity),
    }
    println!("message:  {}", r.message);
    if let Some(h) = &r.help {
        println!("help:     {h}");
    }
    for (label, sets) in [("flag", &r.examples.flag), ("pass", &r.examples.pass)] {
        for (i, set) in sets.iter().enumerate() {
            println!("\nexample {label} #{}:", i + 1);
            for a in set {
                println!(
                    "  [{}{}] {}",
                    a.source,
                    a.published
                        .as_deref()
                        .map(|p| format!(", {p}"))
                        .unwrap_or_default(),
                    a.text
                );
            }
        }
    }
    OK
}

fn init() -> u8 {
    let path = Path::new(settings::CONFIG_NAME);
    if path.exists() {
        eprintln!(
            "error: {} already exists; not overwritten",
            settings::CONFIG_NAME
        );
        return TROUBLE;
    }
    match std::fs::write(path, settings::STARTER_CONFIG) {
        Ok(()) => {
            println!("wrote {}", settings::CONFIG_NAME);
            OK
        }
        Err(e) => {
            eprintln!("error: cannot write {}: {e}", settings::CONFIG_NAME);
            TROUBLE
        }
    }
}
