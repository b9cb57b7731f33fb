//! The `factcheck` command. It owns argument parsing and output; every
//! piece of logic lives in the library crates.

mod output;

use std::io::{BufRead, Write};
use std::path::Path;
use std::process::ExitCode;

use anyhow::{bail, Context, Result};
use clap::{Parser, Subcommand, ValueEnum};
use factcheck_claims::extract_claims;
use factcheck_document::Document;
use factcheck_fetch::{
    default_cache_dir, is_url, list_folder, load_url_map, parse_source_list, require_text,
    FetchOptions, Fetcher, ListedSource,
};
use factcheck_index::{ArchiveIndex, IndexBuilder};
use factcheck_quantities::find_quantities;
use factcheck_verify::{number_sources, verify, Report, Skipped};

/// Check the claims of a news article against a set of sources.
#[derive(Parser)]
#[command(name = "factcheck", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Check an article's claims against sources and report a verdict per claim.
    Check {
        /// The article: a file (.html, .htm, .txt, .md) or an http(s) URL.
        article: String,
        /// Sources: files, folders (read recursively) or URLs. Repeatable.
        #[arg(long = "sources", short = 's', num_args = 1.., required_unless_present_any = ["source_list", "index"])]
        sources: Vec<String>,
        /// A file listing sources, one per line: `PATH-OR-URL [| publisher [| date]]`.
        #[arg(long = "source-list", value_name = "FILE")]
        source_list: Vec<String>,
        /// An archive index (`factcheck index build`): each claim is checked
        /// against the archive documents that best match it, besides any
        /// `--sources`.
        #[arg(long, value_name = "PATH")]
        index: Option<std::path::PathBuf>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = ReportFormat::Table)]
        format: ReportFormat,
        #[command(flatten)]
        fetch: FetchArgs,
    },
    /// Build or inspect an on-disk index of a source archive.
    #[command(subcommand)]
    Index(IndexCommand),
    /// Extract the article text and metadata of pages or files.
    Fetch {
        /// Files or URLs.
        #[arg(required = true)]
        inputs: Vec<String>,
        /// Output format: readable text, one JSON array, or one JSON object per line.
        #[arg(long, value_enum, default_value_t = DocFormat::Text)]
        format: DocFormat,
        #[command(flatten)]
        fetch: FetchArgs,
    },
    /// List the check-worthy claims of an article.
    Claims {
        /// A file or URL.
        input: String,
        /// Output format.
        #[arg(long, value_enum, default_value_t = ReportFormat::Table)]
        format: ReportFormat,
        #[command(flatten)]
        fetch: FetchArgs,
    },
    /// List the figures in a text (or in standard input).
    Quantities {
        /// The text to scan; standard input when absent.
        text: Option<String>,
        /// Read one JSON string per input line; write one JSON array per line.
        #[arg(long)]
        jsonl: bool,
    },
}

#[derive(Subcommand)]
enum IndexCommand {
    /// Index sources (files, folders, URLs, source lists) for `check --index`.
    Build {
        /// Sources: files, folders (read recursively) or URLs.
        #[arg(required_unless_present = "source_list")]
        sources: Vec<String>,
        /// A file listing sources, one per line: `PATH-OR-URL [| publisher [| date]]`.
        #[arg(long = "source-list", value_name = "FILE")]
        source_list: Vec<String>,
        /// The index folder to create (an earlier index there is replaced).
        #[arg(long, value_name = "PATH")]
        index: std::path::PathBuf,
        #[command(flatten)]
        fetch: FetchArgs,
    },
}

/// Options shared by commands that fetch.
#[derive(clap::Args)]
struct FetchArgs {
    /// Seconds allowed for each request.
    #[arg(long, default_value_t = 30)]
    timeout: u64,
    /// Largest page accepted, in bytes.
    #[arg(long, default_value_t = 10 * 1024 * 1024)]
    max_bytes: usize,
    /// Further attempts after HTTP 429, 5xx or a failed connection.
    #[arg(long, default_value_t = 3)]
    retries: u32,
    /// A file mapping URLs to saved copies (`URL PATH` per line); mapped URLs
    /// are read from disk instead of the network.
    #[arg(long, value_name = "FILE")]
    url_map: Option<String>,
    /// Never use the network; URLs must be in the URL map or the cache.
    #[arg(long)]
    offline: bool,
    /// Where downloaded pages are cached [default: the platform cache
    /// folder, e.g. ~/.cache/factcheck].
    #[arg(long, value_name = "DIR", conflicts_with = "no_cache")]
    cache_dir: Option<std::path::PathBuf>,
    /// Neither read nor write the page cache.
    #[arg(long)]
    no_cache: bool,
    /// Fetch pages even where the site's robots.txt disallows it.
    #[arg(long)]
    ignore_robots: bool,
    /// No progress lines on standard error while fetching many URLs.
    #[arg(long, short = 'q')]
    quiet: bool,
}

impl FetchArgs {
    fn fetcher(&self) -> Result<Fetcher> {
        let url_map = match &self.url_map {
            Some(file) => load_url_map(Path::new(file))?,
            None => Default::default(),
        };
        let cache_dir = if self.no_cache {
            None
        } else {
            self.cache_dir.clone().or_else(default_cache_dir)
        };
        let options = FetchOptions {
            timeout: std::time::Duration::from_secs(self.timeout.max(1)),
            max_bytes: self.max_bytes,
            retries: self.retries,
            url_map,
            offline: self.offline,
            cache_dir,
            respect_robots: !self.ignore_robots,
            ..FetchOptions::default()
        };
        let fetcher = Fetcher::new(options)?;
        Ok(if self.quiet {
            fetcher
        } else {
            fetcher.on_progress(output::progress)
        })
    }
}

#[derive(Clone, Copy, ValueEnum)]
enum ReportFormat {
    Table,
    Json,
}

#[derive(Clone, Copy, ValueEnum)]
enum DocFormat {
    Text,
    Json,
    Jsonl,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(e) => {
            if is_broken_pipe(&e) {
                return ExitCode::SUCCESS;
            }
            eprintln!("factcheck: {}", one_line(&e));
            ExitCode::from(2)
        }
    }
}

/// The error and its causes on one line, each cause once: library errors
/// already name their cause in their own message.
fn one_line(e: &anyhow::Error) -> String {
    let mut line = String::new();
    for cause in e.chain() {
        let text = cause.to_string();
        if line.contains(&text) {
            continue;
        }
        if !line.is_empty() {
            line.push_str(": ");
        }
        line.push_str(&text);
    }
    line
}

fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

fn run(cli: Cli) -> Result<ExitCode> {
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let code = match cli.command {
        Command::Check {
            article,
            sources,
            source_list,
            index,
            format,
            fetch,
        } => {
            let listed = read_source_lists(&source_list)?;
            let archive = index.as_deref().map(ArchiveIndex::open).transpose()?;
            let report = check(
                &fetch.fetcher()?,
                &article,
                &sources,
                &listed,
                archive.as_ref(),
            )?;
            match format {
                ReportFormat::Json => output::json(&mut out, &report)?,
                ReportFormat::Table => output::report_table(&mut out, &report)?,
            }
            ExitCode::SUCCESS
        }
        Command::Index(IndexCommand::Build {
            sources,
            source_list,
            index,
            fetch,
        }) => {
            let listed = read_source_lists(&source_list)?;
            build_index(&fetch.fetcher()?, &sources, &listed, &index)?;
            ExitCode::SUCCESS
        }
        Command::Fetch {
            inputs,
            format,
            fetch,
        } => {
            let fetcher = fetch.fetcher()?;
            let mut failed = false;
            let mut docs = Vec::new();
            for (input, result) in inputs.iter().zip(fetcher.load_all(&inputs)) {
                match result {
                    Ok(doc) => docs.push((input.clone(), doc)),
                    Err(e) => {
                        eprintln!("factcheck: {e}");
                        failed = true;
                    }
                }
            }
            output::documents(&mut out, &docs, format_name(format))?;
            if failed {
                ExitCode::from(2)
            } else {
                ExitCode::SUCCESS
            }
        }
        Command::Claims {
            input,
            format,
            fetch,
        } => {
            let doc = require_text(fetch.fetcher()?.load(&input)?)?;
            let claims = extract_claims(&doc);
            match format {
                ReportFormat::Json => output::json(&mut out, &claims)?,
                ReportFormat::Table => output::claims_table(&mut out, &doc, &claims)?,
            }
            ExitCode::SUCCESS
        }
        Command::Quantities { text, jsonl } => {
            if jsonl {
                quantities_jsonl(&mut out)?;
            } else {
                let text = match text {
                    Some(t) => t,
                    None => std::io::read_to_string(std::io::stdin()).context("standard input")?,
                };
                output::quantities_table(&mut out, &find_quantities(&text))?;
            }
            ExitCode::SUCCESS
        }
    };
    out.flush()?;
    Ok(code)
}

fn format_name(f: DocFormat) -> &'static str {
    match f {
        DocFormat::Text => "text",
        DocFormat::Json => "json",
        DocFormat::Jsonl => "jsonl",
    }
}

/// Loads the article and sources, extracts and checks the claims. With an
/// archive index, the documents that best match each claim join the sources.
fn check(
    fetcher: &Fetcher,
    article: &str,
    source_args: &[String],
    listed: &[ListedSource],
    archive: Option<&ArchiveIndex>,
) -> Result<Report> {
    let article_doc: Document = require_text(fetcher.load(article)?)?;
    let (mut inputs, mut skipped) = source_inputs(source_args, listed);
    let same_as_article = |i: &String| Path::new(i) == Path::new(article);
    inputs.retain(|i| !same_as_article(i));
    let (mut docs, unreadable) = load_sources(fetcher, &inputs, listed);
    skipped.extend(unreadable);
    let claims = extract_claims(&article_doc);
    let mut archived = std::collections::BTreeSet::new();
    if let Some(archive) = archive {
        for doc in archive.sources_for(&claims)? {
            // A source also named on the command line stays a named source.
            if !docs.iter().any(|d| d.location == doc.location) {
                archived.insert(doc.location.clone());
                docs.push(doc);
            }
        }
    } else if docs.is_empty() && skipped.is_empty() {
        bail!("no sources given");
    }
    let mut sources = number_sources(docs);
    for s in &mut sources {
        s.archived = archived.contains(&s.document.location);
    }
    let checked = verify(&article_doc, &claims, &sources);
    Ok(Report::new(&article_doc, &sources, skipped, &checked))
}

/// The inputs named by `--sources` arguments (folders expanded) and source
/// lists, sorted and without repeats; folders that cannot be listed or hold
/// nothing readable are skipped with their reason.
fn source_inputs(source_args: &[String], listed: &[ListedSource]) -> (Vec<String>, Vec<Skipped>) {
    let mut skipped = Vec::new();
    let mut inputs: Vec<String> = listed.iter().map(|l| l.location.clone()).collect();
    for arg in source_args {
        let path = Path::new(arg);
        if is_url(arg) || !path.is_dir() {
            inputs.push(arg.clone());
            continue;
        }
        match list_folder(path) {
            Ok(files) if files.is_empty() => skipped.push(Skipped {
                location: arg.clone(),
                reason: "folder holds no .html, .htm, .txt or .md file".into(),
            }),
            Ok(files) => inputs.extend(files.iter().map(|f| f.display().to_string())),
            Err(e) => skipped.push(Skipped {
                location: arg.clone(),
                reason: reason_of(&e.to_string(), arg),
            }),
        }
    }
    inputs.sort();
    inputs.dedup();
    (inputs, skipped)
}

/// Loads sources; what a source list says of a source (publisher, date)
/// wins over the page's own. Unreadable or empty sources are skipped with
/// their reason.
fn load_sources(
    fetcher: &Fetcher,
    inputs: &[String],
    listed: &[ListedSource],
) -> (Vec<Document>, Vec<Skipped>) {
    let mut docs = Vec::new();
    let mut skipped = Vec::new();
    for (input, result) in inputs.iter().zip(fetcher.load_all(inputs)) {
        match result.and_then(require_text) {
            Ok(mut doc) => {
                if let Some(l) = listed.iter().find(|l| l.location == *input) {
                    doc.publisher = l.publisher.clone().or(doc.publisher);
                    doc.published = l.published.or(doc.published);
                }
                docs.push(doc);
            }
            Err(e) => skipped.push(Skipped {
                location: input.clone(),
                reason: reason_of(&e.to_string(), input),
            }),
        }
    }
    (docs, skipped)
}

/// Sources read and indexed per round, bounding memory on large archives.
const INDEX_BATCH: usize = 2_000;

/// `factcheck index build`: loads the sources in batches and indexes them;
/// unreadable sources are reported on standard error and left out.
fn build_index(
    fetcher: &Fetcher,
    source_args: &[String],
    listed: &[ListedSource],
    path: &Path,
) -> Result<()> {
    let started = std::time::Instant::now();
    let (inputs, mut skipped) = source_inputs(source_args, listed);
    let mut builder = IndexBuilder::create(path)?;
    for batch in inputs.chunks(INDEX_BATCH) {
        let (docs, unreadable) = load_sources(fetcher, batch, listed);
        skipped.extend(unreadable);
        builder.add(docs)?;
    }
    let stats = builder.finish()?;
    for s in &skipped {
        eprintln!("factcheck: skipped {}: {}", s.location, s.reason);
    }
    let secs = started.elapsed().as_secs_f64();
    let mb = stats.text_bytes as f64 / 1e6;
    eprintln!(
        "factcheck: indexed {} documents ({} sentences, {mb:.1} MB of text) into {} in {secs:.1} s ({:.1} MB/s){}",
        stats.documents,
        stats.sentences,
        path.display(),
        mb / secs.max(1e-9),
        if skipped.is_empty() {
            String::new()
        } else {
            format!("; {} skipped", skipped.len())
        }
    );
    if stats.documents == 0 {
        bail!("{}: no readable source to index", path.display());
    }
    Ok(())
}

/// Reads the `--source-list` files.
fn read_source_lists(files: &[String]) -> Result<Vec<ListedSource>> {
    let mut out = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(file).with_context(|| format!("{file}: cannot read"))?;
        let base = Path::new(file).parent().unwrap_or(Path::new("."));
        out.extend(parse_source_list(&text, base).with_context(|| file.clone())?);
    }
    Ok(out)
}

/// The cause part of an error message that starts with the input's name.
fn reason_of(message: &str, input: &str) -> String {
    message
        .strip_prefix(input)
        .map(|r| r.trim_start_matches(':').trim().to_string())
        .unwrap_or_else(|| message.to_string())
}

/// The harness mode: one JSON string per line in, one JSON array per line out.
fn quantities_jsonl(out: &mut impl Write) -> Result<()> {
    let stdin = std::io::stdin();
    for (n, line) in stdin.lock().lines().enumerate() {
        let line = line.context("standard input")?;
        if line.trim().is_empty() {
            writeln!(out, "[]")?;
            continue;
        }
        let text: String = serde_json::from_str(&line)
            .with_context(|| format!("standard input line {}: expected a JSON string", n + 1))?;
        let found = find_quantities(&text);
        output::quantities_jsonl_line(
            out,
            &found,
            &factcheck_quantities::find_relative_ordinals(&text),
            &factcheck_quantities::find_unit_mentions(&text, &found),
        )?;
    }
    Ok(())
}
