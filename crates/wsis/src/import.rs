//! `wsis import`: the command-line side of the stocktaking import.

use crate::config::{ConfigArgs, Settings};
use anyhow::{Context, Result, bail};
use std::path::Path;
use wsis_domain::account::Email;
use wsis_web::stocktaking::import::parse_file;

pub async fn run(config: ConfigArgs, file: &Path, owner: &str, dry_run: bool) -> Result<()> {
    let bytes = std::fs::read(file).with_context(|| format!("cannot read {}", file.display()))?;
    let json = file
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("json"));
    let entries = match parse_file(&bytes, json) {
        Ok(e) => e,
        Err(problems) => {
            for p in &problems {
                if p.row == 0 {
                    eprintln!("{}: {}", p.field, p.key);
                } else {
                    eprintln!("row {}, {}: {}", p.row, p.field, p.key);
                }
            }
            bail!(
                "{} problem(s) in {}; nothing was imported",
                problems.len(),
                file.display()
            );
        }
    };
    if dry_run {
        println!(
            "{} entries are valid; nothing was written (dry run)",
            entries.len()
        );
        return Ok(());
    }
    let settings = Settings::load(config)?;
    let db = settings.connect().await?;
    wsis_db::migrate::migrate(&db).await?;
    let email = Email::parse(owner).map_err(|k| anyhow::anyhow!("bad owner e-mail ({k})"))?;
    let user = wsis_db::accounts::find_user_by_email(&mut *db.conn().await?, &email)
        .await?
        .with_context(|| format!("no account with the e-mail {owner}"))?;
    let index = crate::serve::open_index(&settings, &db).await?;
    let bar = indicatif::ProgressBar::new(entries.len() as u64);
    let ids = wsis_web::stocktaking::service::import_entries(
        &db,
        &index,
        user.id,
        user.id,
        &entries,
        |n| bar.set_position(n as u64),
    )
    .await
    .map_err(anyhow::Error::msg)?;
    bar.finish_and_clear();
    println!("imported and published {} entries", ids.len());
    Ok(())
}
