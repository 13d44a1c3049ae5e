//! `wsis import`: the command-line side of the stocktaking import.

use crate::config::{ConfigArgs, Settings};
use anyhow::{Context, Result, bail};
use std::path::Path;
use std::sync::Arc;
use wsis_app::stocktaking::import::{ImportReport, IndexAfter, import_entries, plan};
use wsis_app::stocktaking::import_file::{ImportFormat, parse_file};
use wsis_app::stocktaking::search::{published_count, rebuild_index};
use wsis_domain::Language;
use wsis_domain::account::Email;
use wsis_i18n::Arg;
use wsis_i18n::I18N;
use wsis_search::SearchIndex;

/// A message in `lang`, without Fluent's bidi isolation marks (a terminal shows them).
fn tr(lang: Language, key: &str, args: &[(&str, Arg<'_>)]) -> String {
    I18N.tr_args(lang, key, args)
        .replace(['\u{2068}', '\u{2069}'], "")
}

/// "New: 3. Updated: 1. Unchanged: 0." in `lang`.
fn summary(lang: Language, r: &ImportReport) -> String {
    tr(
        lang,
        "import-summary",
        &[
            ("created", Arg::Num(r.created as i64)),
            ("updated", Arg::Num(r.updated as i64)),
            ("unchanged", Arg::Num(r.unchanged as i64)),
        ],
    )
}

pub async fn run(
    config: ConfigArgs,
    file: &Path,
    owner: &str,
    dry_run: bool,
    lang: &str,
) -> Result<()> {
    let lang = Language::from_tag(lang)
        .ok_or_else(|| anyhow::anyhow!("the language must be one of ar, zh, en, fr, ru, es"))?;
    let bytes = std::fs::read(file).with_context(|| format!("cannot read {}", file.display()))?;
    let name = file
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let entries = match parse_file(&bytes, ImportFormat::detect(&name, &bytes)) {
        Ok(e) => e,
        Err(problems) => {
            for p in &problems {
                eprintln!("{}", p.describe(lang));
            }
            bail!("{} ({})", tr(lang, "import-problems", &[]), file.display());
        }
    };
    let email = Email::parse(owner).map_err(|k| anyhow::anyhow!("bad owner e-mail ({k})"))?;
    if dry_run {
        // A dry run checks everything a real import would, the owner included, and
        // writes nothing (the database is not even migrated).
        let settings = Settings::load(config)?;
        let db = settings.connect().await?;
        let app = crate::cli_app(&settings, db, crate::in_ram_index()?)?;
        wsis_app::accounts::account_by_email(&app, &email)
            .await
            .context("cannot read the accounts (is the database migrated?)")?
            .with_context(|| format!("no account with the e-mail {owner}"))?;
        let report = plan(&app, &entries).await?;
        println!(
            "{} {} {}",
            tr(
                lang,
                "import-ok",
                &[("count", Arg::Num(entries.len() as i64))]
            ),
            summary(lang, &report),
            tr(lang, "import-dry-run-nothing-written", &[])
        );
        return Ok(());
    }
    let settings = Settings::load(config)?;
    // While `wsis serve` runs on this data directory it holds the index's writer lock: the
    // entries then go to the database only, and the server's index follows the change log.
    let dir = settings.data_dir.join("search-index");
    let index = Arc::new(
        SearchIndex::open_in_dir(&dir)
            .with_context(|| format!("cannot open the search index in {}", dir.display()))?,
    );
    let ours = index
        .try_lock_writer()
        .with_context(|| format!("cannot open the search index in {}", dir.display()))?;
    let db = settings.connect().await?;
    wsis_db::migrate::migrate(&db).await?;
    let app = crate::cli_app(&settings, db.clone(), index.clone())?;
    let user = wsis_app::accounts::account_by_email(&app, &email)
        .await?
        .with_context(|| format!("no account with the e-mail {owner}"))?;
    // As `serve` does: an index that misses published entries is rebuilt first.
    if ours && index.num_docs() != published_count(&app).await? {
        rebuild_index(&app, |_| {})
            .await
            .context("cannot rebuild the search index")?;
    }
    let bar = indicatif::ProgressBar::new(entries.len() as u64);
    let owner = wsis_domain::AccountId::new(user.id);
    let report = import_entries(
        &app,
        owner,
        owner,
        &entries,
        if ours {
            IndexAfter::Follow
        } else {
            IndexAfter::Leave
        },
        |n| bar.set_position(n as u64),
    )
    .await?;
    bar.finish_and_clear();
    println!(
        "{} {}",
        tr(
            lang,
            "import-done",
            &[("count", Arg::Num((report.created + report.updated) as i64))]
        ),
        summary(lang, &report)
    );
    if !ours {
        println!("{}", tr(lang, "import-index-followed", &[]));
    }
    Ok(())
}
