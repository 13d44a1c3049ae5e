//! `wsis-bench-votes-setup`: the fixture of bench/prize_votes.sh, written straight to
//! a migrated database: a WSIS Prizes edition open for voting (2030) with one nominee
//! in each of the 18 categories, and ACCOUNTS verified accounts, each signed in (a
//! session stored by the SHA-256 of its token, as sign-in stores it). Writes one line
//! per account to OUT: its session token, its CSRF token (what its forms carry), and
//! the network address it votes from (each voter its own, as behind a proxy).

use anyhow::Result;
use clap::Parser;
use sha2::Digest;
use std::io::Write;

#[derive(Parser)]
struct Args {
    /// The database (`sqlite:PATH` or `postgres://…`), migrated
    #[arg(long)]
    database_url: String,
    #[arg(long, default_value_t = 20_000)]
    accounts: usize,
    #[arg(long)]
    out: std::path::PathBuf,
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[tokio::main]
async fn main() -> Result<()> {
    let args = Args::parse();
    let db = wsis_db::Db::connect(&args.database_url, Default::default()).await?;
    let mut tx = db.begin().await?;
    let t = wsis_db::now();
    let schedule = wsis_domain::prizes::Schedule::parse([
        t - 300,
        t - 200,
        t - 100,
        t + 86_400,
        t + 2 * 86_400,
    ])
    .map_err(|e| anyhow::anyhow!("{e:?}"))?;
    let edition = wsis_db::prizes::create_edition(&mut tx, 2030, &schedule, false, "bench").await?;
    let mut out = std::io::BufWriter::new(std::fs::File::create(&args.out)?);
    let profile = |n: usize| wsis_domain::account::Profile {
        name: format!("Voter {n}"),
        organisation: None,
        stakeholder_type: None,
        country: None,
        language: wsis_domain::Language::En,
    };
    let owner = wsis_db::accounts::create_user(
        &mut tx,
        &wsis_domain::account::Email::parse("owner@bench.example")
            .map_err(|e| anyhow::anyhow!(e))?,
        "!",
        &profile(0),
        &[],
        true,
    )
    .await?;
    // The first line: the nominee of each category, in order.
    write!(out, "nominees")?;
    for category in 1..=18 {
        let sub = wsis_domain::prizes::SubmissionInput {
            category: category.to_string(),
            title: format!("Nominee of category {category}"),
            organisation: format!("Entity {category}"),
            ..Default::default()
        }
        .parse()
        .map_err(|e| anyhow::anyhow!("{e:?}"))?;
        let id = wsis_db::prizes::insert_submission(&mut tx, edition, &sub, owner, None).await?;
        wsis_db::prizes::set_status(&mut tx, id, "draft", "nominated").await?;
        write!(out, " {id}")?;
    }
    writeln!(out)?;
    for n in 0..args.accounts {
        let token = hex(&sha2::Sha256::digest(format!("bench-voter-{n}").as_bytes()));
        let email = wsis_domain::account::Email::parse(&format!("voter{n}@bench.example"))
            .map_err(|e| anyhow::anyhow!(e))?;
        let id =
            wsis_db::accounts::create_user(&mut tx, &email, "!", &profile(n), &[], true).await?;
        wsis_db::sessions::create(
            &mut tx,
            &hex(&sha2::Sha256::digest(token.as_bytes())),
            id,
            7 * 86_400,
        )
        .await?;
        let csrf = hex(&sha2::Sha256::digest(format!("csrf:{token}").as_bytes()));
        writeln!(
            out,
            "{token} {csrf} 10.{}.{}.{}",
            (n >> 16) & 255,
            (n >> 8) & 255,
            n & 255
        )?;
    }
    wsis_db::prizes::publish_nominees(&mut tx, edition).await?;
    tx.commit().await?;
    out.flush()?;
    Ok(())
}
