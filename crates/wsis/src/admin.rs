//! `admin create-user`, `admin set-role` and `backup`.

use crate::config::{ConfigArgs, Settings};
use anyhow::{Context, Result, bail};
use clap::Subcommand;
use std::path::Path;
use wsis_db::{Backend, accounts};
use wsis_domain::Language;
use wsis_domain::account::{Email, Password, Profile, Role};

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
            let mut errors = wsis_domain::FieldErrors::new();
            let name = errors
                .check(
                    "name",
                    if name.trim().is_empty() || name.chars().count() > 100 {
                        Err("name-invalid")
                    } else {
                        Ok(name.trim().to_owned())
                    },
                )
                .context("the name must have 1 to 100 characters")?;
            let db = Settings::load(config)?.connect().await?;
            wsis_db::migrate::migrate(&db).await?;
            let hash = wsis_app::accounts::hash_password(password.expose().to_owned()).await?;
            let profile = Profile {
                name,
                organisation: None,
                stakeholder_type: None,
                country: None,
                language,
            };
            let mut tx = db.begin().await?;
            let id = match accounts::create_user(&mut tx, &email, &hash, &profile, &granted, true)
                .await
            {
                Ok(id) => id,
                Err(e) if e.is_conflict() => bail!(
                    "an account with the e-mail {} already exists",
                    email.as_str()
                ),
                Err(e) => return Err(e.into()),
            };
            tx.commit().await?;
            println!(
                "created account {id} <{}> with roles {:?}",
                email.as_str(),
                granted.iter().map(|r| r.code()).collect::<Vec<_>>()
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
            let db = Settings::load(config)?.connect().await?;
            let mut tx = db.begin().await?;
            let user = accounts::find_user_by_email(&mut tx, &email)
                .await?
                .with_context(|| format!("no account with the e-mail {}", email.as_str()))?;
            if remove {
                if role == Role::Participant {
                    bail!("every account keeps the participant role");
                }
                accounts::revoke_role(&mut tx, user.id, role).await?;
            } else {
                accounts::grant_role(&mut tx, user.id, role).await?;
            }
            let user = accounts::find_user(&mut tx, user.id)
                .await?
                .context("the account vanished")?;
            tx.commit().await?;
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
