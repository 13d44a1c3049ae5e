//! `wsis`: the one binary of the WSIS Platform.

/// mimalloc instead of the system allocator: a computed search allocates many short-lived
/// buffers and strings, and glibc's malloc/free took about a tenth of its CPU
/// (docs/benchmarks.md).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Turns transparent huge pages off for this process, before it allocates much.
/// mimalloc asks for them, and where the kernel defragments on demand (Debian's
/// default, `defrag=madvise`) a fresh huge page can wait for memory to be compacted:
/// typesetting an Outcome Document took 0.9 s instead of 0.6 s right after another
/// large process had run, with a third more memory (docs/benchmarks.md). Small pages
/// cost a little more in page faults and nothing in waiting.
fn no_transparent_huge_pages() {
    #[cfg(target_os = "linux")]
    // SAFETY: prctl with PR_SET_THP_DISABLE takes integer arguments only and touches
    // no memory of ours; on a kernel without it, it fails and nothing changes.
    unsafe {
        libc::prctl(libc::PR_SET_THP_DISABLE, 1, 0, 0, 0);
    }
}

mod admin;
mod captions;
mod config;
mod export;
mod import;
mod media;
mod serve;

use anyhow::{Context, Result};
use clap::{Parser, Subcommand};
use config::{ConfigArgs, Settings};
use std::path::PathBuf;

#[derive(Parser)]
#[command(
    name = "wsis",
    version,
    about = "The WSIS Platform: stocktaking, forum, outcomes and prizes of the WSIS process"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

/// What the compiled outcome documents of a forum take.
#[derive(clap::Args)]
struct ForumDocArgs {
    #[command(flatten)]
    config: ConfigArgs,
    /// The forum edition's year
    #[arg(long)]
    forum: i64,
    /// The language of the document's headings and furniture (ar, zh, en, fr, ru or es)
    #[arg(long, default_value = "en")]
    lang: String,
    /// pdf or html
    #[arg(long, default_value = "pdf")]
    format: String,
    #[arg(short = 'o', long = "output")]
    output: PathBuf,
}

#[derive(Subcommand)]
enum ReportKind {
    /// The Outcome Document of a forum: participation, the open consultation, the approved
    /// session outcomes by session type, indexes by Action Line and SDG.
    Outcome(ForumDocArgs),
    /// The High-Level Track Outcomes and Executive Brief of a forum.
    Hlt(ForumDocArgs),
    /// The report on the WSIS Action Lines of a forum (facilitation meetings, sessions).
    ActionLines(ForumDocArgs),
    /// The WSIS Forum and SDG Matrix document.
    Matrix(ForumDocArgs),
    /// The Stocktaking Report of a call.
    Stocktaking {
        #[command(flatten)]
        config: ConfigArgs,
        #[arg(long)]
        call: i64,
        #[arg(long, default_value = "en")]
        lang: String,
        /// pdf or html
        #[arg(long, default_value = "pdf")]
        format: String,
        #[arg(short = 'o', long = "output")]
        output: PathBuf,
    },
    /// The Success Stories of a call: the secretariat's stored selection, or the entries given.
    SuccessStories {
        #[command(flatten)]
        config: ConfigArgs,
        /// Entry numbers, separated by commas, instead of the stored selection
        #[arg(long, value_delimiter = ',')]
        entries: Vec<i64>,
        /// The call's year (whose stored selection is compiled)
        #[arg(long)]
        call: Option<i64>,
        #[arg(long, default_value = "en")]
        lang: String,
        #[arg(short = 'o', long = "output")]
        output: PathBuf,
    },
}

#[derive(Subcommand)]
enum Command {
    /// Run the web server.
    Serve(ConfigArgs),
    /// Run a worker of the job queue (e-mail, reminders, background work) without the web
    /// server; start as many as the work needs, on any machine that reaches the database.
    Worker(ConfigArgs),
    /// Run the web server with demo content (embedded SQLite under ./wsis-data by default).
    Demo(ConfigArgs),
    /// Apply pending database migrations and refresh reference data.
    Migrate(ConfigArgs),
    /// Manage accounts from the command line.
    Admin {
        #[command(subcommand)]
        command: admin::AdminCommand,
    },
    /// Rebuild this node's search index from the database (while `serve` is stopped).
    Reindex(ConfigArgs),
    /// Publications: `report stocktaking --call 2019 --lang en --format pdf -o FILE`,
    /// `report success-stories --call 2019 --lang fr -o FILE` (the stored selection;
    /// `--entries 12,40` instead); the forum's outcome documents:
    /// `report outcome|hlt|action-lines|matrix --forum 2019 --lang fr --format pdf -o FILE`.
    Report {
        #[command(subcommand)]
        kind: ReportKind,
    },
    /// Published stocktaking entries as open data (CSV, JSON or JSON Lines), filtered like the
    /// search: `export --format jsonl --sdg 4 --country KE -o FILE` (standard output without -o).
    Export(Box<export::ExportArgs>),
    /// Import stocktaking entries from CSV, JSON or JSON Lines (the export formats); any problem
    /// imports nothing, and entries already imported (by their `uid`) are matched, not added again.
    Import {
        #[command(flatten)]
        config: ConfigArgs,
        /// The file to import (.csv, .json or .jsonl)
        file: PathBuf,
        /// E-mail of the account that will own the entries
        #[arg(long)]
        owner: String,
        /// Only check the file and list every problem
        #[arg(long)]
        dry_run: bool,
        /// The language of the report (ar, zh, en, fr, ru or es)
        #[arg(long, default_value = "en")]
        lang: String,
    },
    /// Seed generated stocktaking entries (for benchmarks): `--count 100000`.
    #[command(hide = true)]
    DemoData {
        #[command(flatten)]
        config: ConfigArgs,
        #[arg(long, default_value_t = 1_100)]
        count: u64,
    },
    /// Recount a WSIS Prizes vote from its published ballots file alone (the results page
    /// links it): prints the file's SHA-256, then each category's Champions with their
    /// votes, exactly as the site publishes them (`/{lang}/prizes/{year}/results/tally.txt`).
    Tally {
        /// The ballots file (`voter,category,nominee,cast_at` per line)
        file: PathBuf,
        /// Count a voter's ballots only if they voted in every category (the edition's rule,
        /// shown on its results page)
        #[arg(long)]
        require_all: bool,
    },
    /// The media store of uploaded files: `media gc` removes files no record names,
    /// `media migrate` moves files still kept in the database (and, with `--from`, those
    /// of another store) into it.
    Media {
        #[command(subcommand)]
        command: media::MediaCommand,
    },
    /// Captions by machine: `captions convert DIR -o FILE` makes the model file from a
    /// Whisper model in CTranslate2's format; `captions transcribe FILE --model FILE
    /// [--lang fr] [--format vtt|srt|txt|json] [-o OUT]` transcribes a recording.
    Captions {
        #[command(subcommand)]
        command: captions::CaptionsCommand,
    },
    /// Copy the live SQLite database to a file, consistently, while the server runs.
    Backup {
        #[command(flatten)]
        config: ConfigArgs,
        /// Where to write the copy (must not exist).
        #[arg(short = 'o', long = "output")]
        output: PathBuf,
    },
}

fn main() -> std::process::ExitCode {
    no_transparent_huge_pages();
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_env("WSIS_LOG")
                .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info,sqlx=warn")),
        )
        .with_target(false)
        .init();
    let cli = Cli::parse();
    let rt = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("error: cannot start the async runtime: {e}");
            return std::process::ExitCode::FAILURE;
        }
    };
    match rt.block_on(run(cli)) {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e:#}");
            std::process::ExitCode::FAILURE
        }
    }
}

async fn run(cli: Cli) -> Result<()> {
    match cli.command {
        Command::Serve(args) => serve::serve(Settings::load(args)?, false).await,
        Command::Worker(args) => serve::worker(Settings::load(args)?).await,
        Command::Demo(args) => serve::serve(Settings::load(args)?, true).await,
        Command::Migrate(args) => {
            let settings = Settings::load(args)?;
            let db = settings.connect().await?;
            let report = wsis_db::migrate::migrate(&db).await?;
            println!(
                "schema at version {}; applied {:?}",
                report.current, report.applied
            );
            Ok(())
        }
        Command::Admin { command } => admin::run(command).await,
        Command::Reindex(args) => {
            let settings = Settings::load(args)?;
            let db = settings.connect().await?;
            wsis_db::migrate::migrate(&db).await?;
            let dir = settings.data_dir.join("search-index");
            let index = std::sync::Arc::new(wsis_search::SearchIndex::open_in_dir(&dir)?);
            if !index.try_lock_writer()? {
                anyhow::bail!(
                    "the search index in {} is in use by a running `wsis serve`; stop it first",
                    dir.display()
                );
            }
            let app = cli_app(&settings, db, index)?;
            let total = wsis_app::stocktaking::search::published_count(&app).await?;
            let bar = indicatif::ProgressBar::new(total);
            bar.set_style(
                indicatif::ProgressStyle::with_template(
                    "{bar:40} {pos}/{len} entries, {per_sec}, {eta} left",
                )
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
            );
            let started = std::time::Instant::now();
            let n = wsis_app::stocktaking::search::rebuild_index(&app, |sent| {
                bar.set_position(sent as u64)
            })
            .await?;
            bar.finish_and_clear();
            println!(
                "indexed {n} published entries in {:.1} s",
                started.elapsed().as_secs_f64()
            );
            Ok(())
        }
        Command::Report { kind } => report(kind).await,
        Command::Captions { command } => captions::run(command).await,
        Command::Export(args) => export::run(*args).await,
        Command::Import {
            config,
            file,
            owner,
            dry_run,
            lang,
        } => import::run(config, &file, &owner, dry_run, &lang).await,
        Command::DemoData { config, count } => {
            let settings = Settings::load(config)?;
            let db = settings.connect().await?;
            wsis_db::migrate::migrate(&db).await?;
            // The serving node's index follows the entries from the change log.
            let app = cli_app(&settings, db, in_ram_index()?)?;
            wsis_app::demo::seed(&app).await?;
            let bar = indicatif::ProgressBar::new(count);
            let n = wsis_app::demo::seed_entries(&app, count, 2019, |done| bar.set_position(done))
                .await?;
            bar.finish_and_clear();
            println!("created {n} entries");
            Ok(())
        }
        Command::Tally { file, require_all } => tally(&file, require_all),
        Command::Media { command } => media::run(command).await,
        Command::Backup { config, output } => {
            let settings = Settings::load(config)?;
            admin::backup(&settings, &output).await
        }
    }
}

/// `wsis tally FILE`: the digest and the result of a ballots file, from the file alone.
fn tally(file: &std::path::Path, require_all: bool) -> Result<()> {
    use sha2::{Digest, Sha256};
    use std::io::BufRead;
    let f = std::fs::File::open(file).with_context(|| format!("cannot open {}", file.display()))?;
    let mut hash = Sha256::new();
    let mut reader = std::io::BufReader::with_capacity(1 << 20, f);
    let mut failed: Option<std::io::Error> = None;
    let mut buf = String::new();
    let lines = std::iter::from_fn(|| {
        buf.clear();
        match reader.read_line(&mut buf) {
            Ok(0) => None,
            Ok(_) => {
                hash.update(buf.as_bytes());
                Some(buf.trim_end_matches('\n').to_owned())
            }
            Err(e) => {
                failed = Some(e);
                None
            }
        }
    });
    let t = wsis_domain::prizes::tally(lines, require_all)
        .map_err(|e| anyhow::anyhow!("{}: {e}", file.display()))?;
    if let Some(e) = failed {
        return Err(e).with_context(|| format!("cannot read {}", file.display()));
    }
    let digest: String = hash.finalize().iter().map(|b| format!("{b:02x}")).collect();
    print!("{}", wsis_domain::prizes::tally_report(&digest, &t));
    Ok(())
}

/// The services for a command of this binary, on `db` with the index `search`.
pub(crate) fn cli_app(
    settings: &Settings,
    db: wsis_db::Db,
    search: std::sync::Arc<wsis_search::SearchIndex>,
) -> Result<wsis_app::App> {
    Ok(wsis_app::App::new(
        db,
        settings.mailer()?,
        settings.app_config(),
        search,
    ))
}

/// An empty index in memory, for commands that do not search.
pub(crate) fn in_ram_index() -> Result<std::sync::Arc<wsis_search::SearchIndex>> {
    Ok(std::sync::Arc::new(wsis_search::SearchIndex::in_ram()?))
}

async fn report(kind: ReportKind) -> Result<()> {
    let lang_of = |l: &str| {
        wsis_domain::Language::from_tag(l)
            .ok_or_else(|| anyhow::anyhow!("the language must be one of ar, zh, en, fr, ru, es"))
    };
    let (doc, args) = match kind {
        ReportKind::Outcome(a) => (wsis_app::forum::publications::DocKind::Outcome, a),
        ReportKind::Hlt(a) => (wsis_app::forum::publications::DocKind::HighLevel, a),
        ReportKind::ActionLines(a) => (wsis_app::forum::publications::DocKind::ActionLines, a),
        ReportKind::Matrix(a) => (wsis_app::forum::publications::DocKind::Matrix, a),
        other => return stocktaking_report(other, lang_of).await,
    };
    use wsis_app::forum::publications::{DocFormat, document};
    let lang = lang_of(&args.lang)?;
    let format = DocFormat::parse(&args.format)
        .ok_or_else(|| anyhow::anyhow!("unknown format {:?}: use pdf or html", args.format))?;
    let settings = Settings::load(args.config)?;
    let db = settings.connect().await?;
    let app = cli_app(&settings, db, in_ram_index()?)?;
    let started = std::time::Instant::now();
    let built = match document(&app, args.forum, doc, lang, format).await {
        Err(wsis_app::ServiceError::NotFound) => {
            anyhow::bail!("there is no forum {} with a published agenda", args.forum)
        }
        other => other?,
    };
    std::fs::write(&args.output, &built.bytes)
        .map_err(|e| anyhow::anyhow!("cannot write {}: {e}", args.output.display()))?;
    let pages = if built.pages > 0 {
        format!("{} pages, ", built.pages)
    } else {
        String::new()
    };
    println!(
        "{pages}{} bytes, {:.2} s → {}",
        built.bytes.len(),
        started.elapsed().as_secs_f64(),
        args.output.display()
    );
    Ok(())
}

async fn stocktaking_report(
    kind: ReportKind,
    lang_of: impl Fn(&str) -> Result<wsis_domain::Language>,
) -> Result<()> {
    match kind {
        ReportKind::Outcome(_)
        | ReportKind::Hlt(_)
        | ReportKind::ActionLines(_)
        | ReportKind::Matrix(_) => unreachable!("the forum's documents are handled above"),
        ReportKind::Stocktaking {
            config,
            call,
            lang,
            format,
            output,
        } => {
            let lang = lang_of(&lang)?;
            let settings = Settings::load(config)?;
            let db = settings.connect().await?;
            let app = cli_app(&settings, db, in_ram_index()?)?;
            let calls = wsis_app::stocktaking::reports::calls(&app).await?;
            if !calls.iter().any(|c| c.year == call) {
                let years: Vec<String> = calls.iter().map(|c| c.year.to_string()).collect();
                anyhow::bail!(
                    "there is no call for entries of {call} (calls: {})",
                    if years.is_empty() {
                        "none".to_owned()
                    } else {
                        years.join(", ")
                    }
                );
            }
            let started = std::time::Instant::now();
            use wsis_app::stocktaking::reports::{ReportFormat, stocktaking_report};
            let format = match format.as_str() {
                "pdf" => ReportFormat::Pdf,
                "html" => ReportFormat::Html,
                other => anyhow::bail!("unknown format {other:?}: use pdf or html"),
            };
            let (n, bytes) = stocktaking_report(&app, call, lang, format).await?;
            std::fs::write(&output, &bytes)
                .map_err(|e| anyhow::anyhow!("cannot write {}: {e}", output.display()))?;
            println!(
                "{} entries, {} bytes, {:.1} s → {}",
                n,
                bytes.len(),
                started.elapsed().as_secs_f64(),
                output.display()
            );
            Ok(())
        }
        ReportKind::SuccessStories {
            config,
            entries,
            call,
            lang,
            output,
        } => {
            use wsis_app::stocktaking::reports::{SelectionError, success_stories_pdf};
            let lang = lang_of(&lang)?;
            if call.is_none() && entries.is_empty() {
                anyhow::bail!("give --call YEAR (its stored selection) or --entries 12,40");
            }
            let call = call.unwrap_or(0);
            let settings = Settings::load(config)?;
            let db = settings.connect().await?;
            wsis_db::migrate::migrate(&db).await?;
            let app = cli_app(&settings, db, in_ram_index()?)?;
            let (n, bytes) = match success_stories_pdf(&app, call, &entries, lang).await {
                Ok(done) => done,
                Err(SelectionError::Empty) => anyhow::bail!(
                    "no published entry is selected for the Success Stories {call}: \
                     select them on the entries' pages, or give --entries"
                ),
                Err(SelectionError::NotPublished(ids)) => {
                    anyhow::bail!("some of these entries are not published: {ids:?}")
                }
                Err(SelectionError::Service(e)) => return Err(e.into()),
            };
            std::fs::write(&output, &bytes)
                .map_err(|e| anyhow::anyhow!("cannot write {}: {e}", output.display()))?;
            println!("{n} entries, {} bytes → {}", bytes.len(), output.display());
            Ok(())
        }
    }
}

#[cfg(test)]
mod tests {
    #[cfg(target_os = "linux")]
    #[test]
    fn transparent_huge_pages_are_turned_off() {
        // SAFETY: PR_GET_THP_DISABLE takes no pointer and only reads a flag.
        let before = unsafe { libc::prctl(libc::PR_GET_THP_DISABLE, 0, 0, 0, 0) };
        super::no_transparent_huge_pages();
        // SAFETY: as above.
        let after = unsafe { libc::prctl(libc::PR_GET_THP_DISABLE, 0, 0, 0, 0) };
        assert_eq!(after, 1, "the flag is set (it was {before})");
    }
}
