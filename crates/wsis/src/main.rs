//! `wsis`: the one binary of the WSIS Platform.

mod admin;
mod config;
mod demo;
mod serve;

use anyhow::Result;
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

#[derive(Subcommand)]
enum Command {
    /// Run the web server.
    Serve(ConfigArgs),
    /// Run the web server with demo content (embedded SQLite under ./wsis-data by default).
    Demo(ConfigArgs),
    /// Apply pending database migrations and refresh reference data.
    Migrate(ConfigArgs),
    /// Manage accounts from the command line.
    Admin {
        #[command(subcommand)]
        command: admin::AdminCommand,
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
        Command::Backup { config, output } => {
            let settings = Settings::load(config)?;
            admin::backup(&settings, &output).await
        }
    }
}
