//! `wsis media gc` and `wsis media migrate`.

use crate::config::{ConfigArgs, Settings};
use anyhow::{Context, Result};
use clap::Subcommand;

#[derive(Subcommand)]
pub enum MediaCommand {
    /// Remove files of the media store that no record names (left by an upload whose
    /// record was never written, or a removal whose file could not be deleted).
    Gc {
        #[command(flatten)]
        config: ConfigArgs,
        /// Keep files younger than this many minutes: an upload writes its file before
        /// its record [default: 60]
        #[arg(long, default_value_t = 60)]
        grace_minutes: i64,
        /// Only list what would be removed
        #[arg(long)]
        dry_run: bool,
    },
    /// Move files into the media store: session documents and statement PDFs that the
    /// database still holds, and with `--from` every file of another store (the old
    /// media folder, or another `s3://` address) that this one lacks. Stopped, it goes
    /// on where it stopped when run again.
    Migrate {
        #[command(flatten)]
        config: ConfigArgs,
        /// Another store to copy from: a folder, or s3://BUCKET[/PREFIX]
        #[arg(long)]
        from: Option<String>,
    },
}

pub async fn run(command: MediaCommand) -> Result<()> {
    match command {
        MediaCommand::Gc {
            config,
            grace_minutes,
            dry_run,
        } => {
            let (settings, app) = open(config).await?;
            let r = wsis_app::media::gc(&app, grace_minutes.saturating_mul(60), dry_run).await?;
            for key in &r.orphans {
                println!("{key}");
            }
            println!(
                "{} files in {}; {} named by no record ({} bytes) {}; {} younger than {grace_minutes} min kept",
                r.objects,
                settings.media.location(),
                r.orphans.len(),
                r.orphan_bytes,
                if dry_run {
                    "would be removed"
                } else {
                    "removed"
                },
                r.young,
            );
            Ok(())
        }
        MediaCommand::Migrate { config, from } => {
            let (settings, app) = open(config).await?;
            let from = match from.as_deref() {
                None => None,
                Some(f) if f.starts_with("s3://") || f.starts_with("file://") => Some(
                    wsis_media::MediaStore::open(Some(f), &settings.media_dir)
                        .with_context(|| format!("bad value for --from: {f}"))?,
                ),
                Some(dir) => Some(
                    wsis_media::MediaStore::local(std::path::Path::new(dir))
                        .with_context(|| format!("bad value for --from: {dir}"))?,
                ),
            };
            if let Some(f) = &from {
                f.check()
                    .await
                    .with_context(|| format!("cannot use the media store {}", f.location()))?;
            }
            let rows = wsis_app::media::rows_to_move(&app).await?;
            let bar = indicatif::ProgressBar::new_spinner();
            let r = wsis_app::media::migrate(&app, from.as_ref(), |r| {
                bar.set_message(format!(
                    "{}/{rows} records moved, {} files copied, {} already there",
                    r.rows_moved, r.objects_copied, r.objects_present
                ));
                bar.tick();
            })
            .await
            .context("the move stopped (run it again to go on)")?;
            bar.finish_and_clear();
            println!(
                "{} records moved from the database and {} files copied into {} ({} bytes); {} files were there already",
                r.rows_moved,
                r.objects_copied,
                settings.media.location(),
                r.bytes,
                r.objects_present
            );
            Ok(())
        }
    }
}

async fn open(config: ConfigArgs) -> Result<(Settings, wsis_app::App)> {
    let settings = Settings::load(config)?;
    let db = settings.connect().await?;
    wsis_db::migrate::migrate(&db)
        .await
        .context("cannot migrate the database")?;
    settings.check_media().await?;
    let app = crate::cli_app(&settings, db, crate::in_ram_index()?)?;
    Ok((settings, app))
}
