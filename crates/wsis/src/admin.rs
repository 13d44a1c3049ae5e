//! `admin create-user`, `admin set-role` and `backup`.

use crate::config::{ConfigArgs, Settings};
use anyhow::{Context, Result, bail};
use clap::Subcommand;
use std::path::Path;
use wsis_app::ServiceError;
use wsis_app::accounts::{self, NewAccount};
use wsis_db::Backend;
use wsis_domain::account::{Email, Password, Role};
use wsis_domain::{FieldErrors, Language};

#[derive(Subcommand)]
pub enum AdminCommand {
    /// Create a confirmed account (the password comes from WSIS_NEW_PASSWORD or standard input).
    CreateUser {
        #[command(flatten)]
        config: ConfigArgs,
        #[arg(long)]
        email: String,
        #[arg(long)]
        name: String,
        /// Role to grant; repeat for several (participant is always granted)
        #[arg(long = "role")]
        roles: Vec<String>,
        /// Preferred language (ar, zh, en, fr, ru, es)
        #[arg(long, default_value = "en")]
        language: String,
    },
    /// Grant a role to an account, or revoke it with --remove.
    SetRole {
        #[command(flatten)]
        config: ConfigArgs,
        #[arg(long)]
        email: String,
        #[arg(long)]
        role: String,
        #[arg(long)]
        remove: bool,
    },
}

fn parse_role(s: &str) -> Result<Role> {
    Role::parse(s).map_err(|_| {
        let all: Vec<_> = Role::ALL.iter().map(|r| r.code()).collect();
        anyhow::anyhow!("unknown role {s:?}; roles are: {}", all.join(", "))
    })
}

fn read_password() -> Result<String> {
    if let Ok(p) = std::env::var("WSIS_NEW_PASSWORD") {
        return Ok(p);
    }
    let mut line = String::new();
    std::io::stdin()
        .read_line(&mut line)
        .context("cannot read the password from standard input")?;
    Ok(line.trim_end_matches(['\r', '\n']).to_owned())
}

/// The refusal of the account service, in words for the command line.
fn refusal(errors: &FieldErrors) -> String {
    if errors.for_field("email") == Some("email-taken") {
        "an account with this e-mail already exists".to_owned()
    } else if errors.for_field("name").is_some() {
        "the name must have 1 to 100 characters, without control characters".to_owned()
    } else {
        format!("refused: {errors:?}")
    }
}

pub async fn run(cmd: AdminCommand) -> Result<()> {
    match cmd {
        AdminCommand::CreateUser {
            config,
            email,
            name,
            roles,
            language,
        } => {
            let email =
                Email::parse(&email).map_err(|k| anyhow::anyhow!("bad e-mail address ({k})"))?;
            let language = Language::from_tag(&language)
                .context("the language must be one of ar, zh, en, fr, ru, es")?;
            let mut granted = vec![Role::Participant];
            for r in &roles {
                granted.push(parse_role(r)?);
            }
            let password = read_password()?;
            let password = Password::parse(&password).map_err(|k| {
                anyhow::anyhow!(
                    "the password is not acceptable ({k}): at least {} characters",
                    Password::MIN_CHARS
                )
            })?;
            let settings = Settings::load(config)?;
            let db = settings.connect().await?;
            wsis_db::migrate::migrate(&db).await?;
            let app = crate::cli_app(&settings, db, crate::in_ram_index()?)?;
            let new = NewAccount {
                email,
                password,
                name,
                roles: granted,
                language,
            };
            let user = match accounts::create_user(&app, new).await {
                Ok(user) => user,
                Err(ServiceError::Fields(f)) => bail!("{}", refusal(&f)),
                Err(e) => return Err(e.into()),
            };
            println!(
                "created account {} <{}> with roles {:?}",
                user.id,
                user.email,
                user.roles.iter().map(|r| r.code()).collect::<Vec<_>>()
            );
            Ok(())
        }
        AdminCommand::SetRole {
            config,
            email,
            role,
            remove,
        } => {
            let email =
                Email::parse(&email).map_err(|k| anyhow::anyhow!("bad e-mail address ({k})"))?;
            let role = parse_role(&role)?;
            let settings = Settings::load(config)?;
            let db = settings.connect().await?;
            let app = crate::cli_app(&settings, db, crate::in_ram_index()?)?;
            let user = match accounts::set_role(&app, &email, role, !remove).await {
                Ok(user) => user,
                Err(ServiceError::NotFound) => {
                    bail!("no account with the e-mail {}", email.as_str())
                }
                Err(ServiceError::Conflict(_)) => {
                    bail!("every account keeps the participant role")
                }
                Err(e) => return Err(e.into()),
            };
            println!(
                "{} now has roles {:?}",
                email.as_str(),
                user.roles.iter().map(|r| r.code()).collect::<Vec<_>>()
            );
            Ok(())
        }
    }
}

/// A consistent copy of the live SQLite database (`VACUUM INTO`).
pub async fn backup(settings: &Settings, output: &Path) -> Result<()> {
    if output.exists() {
        bail!("{} already exists; choose a new file", output.display());
    }
    let db = settings.connect().await?;
    if db.backend() != Backend::Sqlite {
        bail!("backup copies the embedded SQLite database; for PostgreSQL use pg_dump");
    }
    let dest = output
        .to_str()
        .context("the output path must be valid UTF-8")?;
    let mut conn = db.conn().await?;
    wsis_db::dialect::sqlite_backup(&mut conn, dest)
        .await
        .with_context(|| format!("cannot write the backup to {}", output.display()))?;
    println!("backup written to {}", output.display());
    Ok(())
}
