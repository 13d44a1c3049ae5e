//! The sealed tally: when voting closes, the counted votes are written once as the
//! published ballots file (one line per vote: pseudonymous voter, category, nominee,
//! time; in the order category, time, voter), its SHA-256 is kept with the edition
//! and shown on the results page, and the Champions are ranked from the same counts
//! by the one rule of [`wsis_domain::prizes::rank`]. `wsis tally FILE` recomputes the
//! result from the file alone and prints what [`tally_text`] publishes.
//!
//! After the seal no vote changes (voiding is refused), so the file can be written
//! again, byte for byte, by any node that lacks it: it is checked against the digest.

use super::{Edition, edition_row, pseudonym};
use crate::{App, ServiceError, ServiceResult};
use sha2::{Digest, Sha256};
use std::io::Write;
use std::path::PathBuf;
use wsis_db::now;
use wsis_db::prizes as q;
use wsis_domain::access::Principal;
use wsis_domain::prizes::{BALLOTS_HEADER, CHAMPIONS_PER_CATEGORY, Count, Phase, Tally};

/// The job that seals a vote that has closed (scheduled within a minute of the close;
/// the first request that needs the result seals it too, whichever comes first).
pub const SEAL_JOB: &str = "prize-seal";

/// Where this node keeps the ballots file of `year`.
pub fn ballots_path(app: &App, year: i64) -> PathBuf {
    app.config()
        .media_dir
        .join("prizes")
        .join(format!("ballots-{year}.csv"))
}

/// The tally from the database's counts (what the site shows).
async fn counted(app: &App, edition_id: i64, require_all: bool) -> ServiceResult<Tally> {
    let mut conn = app.db().conn().await?;
    let counts = q::counts(&mut conn, edition_id, require_all).await?;
    let counted: i64 = counts.iter().map(|c| c.2).sum();
    // Every ballot counts unless the edition requires a vote in every category.
    let ballots = if require_all {
        q::vote_totals(&mut conn, edition_id).await?.0
    } else {
        counted
    };
    Ok(wsis_domain::prizes::tally_from_counts(
        ballots as u64,
        counted as u64,
        counts
            .into_iter()
            .map(|(category, nominee, votes, last)| {
                (
                    category,
                    Count {
                        nominee,
                        votes,
                        last_vote_at: last,
                    },
                )
            })
            .collect(),
    ))
}

/// Writes the ballots file of an edition to `path` (through a temporary file) and
/// returns its SHA-256 (hex) and how many ballots it holds.
async fn write_ballots(
    app: &App,
    row: &super::EditionRow,
    path: &std::path::Path,
) -> ServiceResult<(String, i64)> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(|e| ServiceError::caused("ballots folder", e))?;
    }
    let partial = path.with_extension(format!("partial-{}", std::process::id()));
    let file =
        std::fs::File::create(&partial).map_err(|e| ServiceError::caused("ballots file", e))?;
    let mut out = std::io::BufWriter::with_capacity(1 << 20, file);
    let mut hash = Sha256::new();
    let mut line = String::with_capacity(64);
    let mut n = 0i64;
    let mut put = |s: &str, out: &mut std::io::BufWriter<std::fs::File>| {
        hash.update(s.as_bytes());
        out.write_all(s.as_bytes())
    };
    put(&format!("{BALLOTS_HEADER}\n"), &mut out)
        .map_err(|e| ServiceError::caused("ballots file", e))?;
    {
        let mut conn = app.db().conn().await?;
        // Pseudonyms are computed once per voter.
        let mut names: std::collections::HashMap<i64, String> = Default::default();
        q::for_each_ballot(&mut conn, row.id, |category, voter, nominee, at| {
            let name = names
                .entry(voter)
                .or_insert_with(|| pseudonym(&row.ballot_salt, voter));
            line.clear();
            use std::fmt::Write as _;
            let _ = writeln!(line, "{name},{category},{nominee},{at}");
            n += 1;
            put(&line, &mut out)
        })
        .await?
        .map_err(|e| ServiceError::caused("ballots file", e))?;
    }
    let file = out
        .into_inner()
        .map_err(|e| ServiceError::caused("ballots file", e.into_error()))?;
    file.sync_all()
        .map_err(|e| ServiceError::caused("ballots file", e))?;
    std::fs::rename(&partial, path).map_err(|e| ServiceError::caused("ballots file", e))?;
    let digest = hash.finalize().iter().map(|b| format!("{b:02x}")).collect();
    Ok((digest, n))
}

/// Seals the tally of `year` if voting has closed and it is not sealed yet: writes
/// the ballots file, keeps its digest, ranks the Champions. Anyone's request after
/// the close may cause it (it happens once); returns the edition as it then stands.
pub async fn ensure_sealed(app: &App, year: i64) -> ServiceResult<Edition> {
    let edition = super::edition(app, year).await?;
    if edition.phase < Phase::Selection || edition.sealed_at.is_some() {
        return Ok(edition);
    }
    let _one = app.prizes().sealing.lock().await;
    let row = {
        let mut conn = app.db().conn().await?;
        edition_row(&mut conn, year).await?
    };
    if row.sealed_at.is_some() {
        return Ok(Edition::of(&row, now()));
    }
    let path = ballots_path(app, year);
    let (digest, n) = write_ballots(app, &row, &path).await?;
    let tally = counted(app, row.id, row.require_all_categories == 1).await?;
    let champions: Vec<(i64, i64, i64, i64)> = tally
        .champions()
        .flat_map(|(category, counts)| {
            counts
                .iter()
                .enumerate()
                .map(move |(i, c)| (category, i as i64 + 1, c.nominee, c.votes))
        })
        .collect();
    let mut tx = app.db().begin().await?;
    if q::seal(&mut tx, row.id, &digest, n, &champions).await? {
        q::audit(
            &mut tx,
            row.id,
            None,
            "tally-sealed",
            &digest,
            &n.to_string(),
        )
        .await?;
        tx.commit().await?;
        tracing::info!(year, ballots = n, sha256 = digest, "prize tally sealed");
    }
    app.prizes().forget(year);
    super::edition(app, year).await
}

/// The published ballots file of a sealed edition on this node (written again from
/// the database, and checked against the published digest, when this node lacks it).
pub async fn ballots_file(app: &App, year: i64) -> ServiceResult<(PathBuf, String)> {
    let edition = ensure_sealed(app, year).await?;
    let Some(digest) = edition.ballots_sha256 else {
        return Err(ServiceError::NotFound);
    };
    let path = ballots_path(app, year);
    if !path.exists() {
        let _one = app.prizes().sealing.lock().await;
        if !path.exists() {
            let row = {
                let mut conn = app.db().conn().await?;
                edition_row(&mut conn, year).await?
            };
            let (again, _) = write_ballots(app, &row, &path).await?;
            if again != digest {
                let _ = std::fs::remove_file(&path);
                return Err(ServiceError::internal(
                    "the ballots written again do not match the published digest",
                ));
            }
        }
    }
    Ok((path, digest))
}

/// The result as `wsis tally` prints it, from the database's counts (sealed
/// editions only: before, running counts stay hidden). A sealed result never changes:
/// each node computes it once (about two seconds for two million votes) and keeps it,
/// so that anonymous requests cost a lookup.
pub async fn tally_text(app: &App, year: i64) -> ServiceResult<std::sync::Arc<String>> {
    let edition = ensure_sealed(app, year).await?;
    let Some(digest) = edition.ballots_sha256.clone() else {
        return Err(ServiceError::NotFound);
    };
    let engine = app.prizes();
    if let Some(t) = engine.kept_tally(year, &digest) {
        return Ok(t);
    }
    let _one = engine.sealing.lock().await;
    if let Some(t) = engine.kept_tally(year, &digest) {
        return Ok(t);
    }
    let t = counted(app, edition.id, edition.require_all).await?;
    let text = std::sync::Arc::new(wsis_domain::prizes::tally_report(&digest, &t));
    engine.keep_tally(year, &digest, text.clone());
    Ok(text)
}

/// A category's results: each Champion in rank order with its votes, whether the
/// experts made it the Winner (shown once announced), and its project.
#[derive(Debug, Clone)]
pub struct CategoryResult {
    pub category: i64,
    pub champions: Vec<(i64, i64, bool, super::SubmissionRow)>,
}

/// The results of a sealed edition, per category.
pub async fn results(app: &App, year: i64) -> ServiceResult<(Edition, Vec<CategoryResult>)> {
    ensure_announced(app, year).await?;
    let edition = super::edition(app, year).await?;
    if edition.sealed_at.is_none() {
        return Ok((edition, Vec::new()));
    }
    let mut conn = app.db().conn().await?;
    let show_winners = edition.phase >= Phase::Announced;
    let mut out: Vec<CategoryResult> = Vec::new();
    for (category, rank, votes, winner, s) in q::results(&mut conn, edition.id).await? {
        if out.last().map(|c| c.category) != Some(category) {
            out.push(CategoryResult {
                category,
                champions: Vec::with_capacity(CHAMPIONS_PER_CATEGORY),
            });
        }
        if let Some(c) = out.last_mut() {
            c.champions.push((rank, votes, winner && show_winners, s));
        }
    }
    Ok((edition, out))
}

/// The experts' choice of a category's Winner among its Champions (an expert of the
/// category or the secretariat, after the seal and before the announcement).
pub async fn choose_winner(
    app: &App,
    who: Principal<'_>,
    year: i64,
    category: i64,
    submission: i64,
) -> ServiceResult<()> {
    let edition = ensure_sealed(app, year).await?;
    let mut tx = app.db().begin().await?;
    let experts = q::expert_categories(&mut tx, edition.id, who.id.get()).await?;
    if !(who.is_secretariat() || experts.contains(&category)) {
        return Err(ServiceError::Forbidden);
    }
    if edition.phase != Phase::Selection || edition.sealed_at.is_none() {
        return Err(ServiceError::Conflict("prize-selection-closed"));
    }
    if q::conflicts_of(&mut tx, edition.id, who.id.get())
        .await?
        .contains(&submission)
    {
        return Err(ServiceError::Forbidden);
    }
    if !q::set_winner(&mut tx, edition.id, category, submission).await? {
        return Err(ServiceError::field("winner", "prize-winner-not-champion"));
    }
    q::audit(
        &mut tx,
        edition.id,
        Some(who.id.get()),
        "winner-chosen",
        &format!("category {category}: submission {submission}"),
        "",
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// The prizes the project of stocktaking entry `entry` won, in announced editions:
/// (year, category, Winner or Champion).
pub async fn prizes_of_entry(
    app: &App,
    entry: wsis_domain::EntryId,
) -> ServiceResult<Vec<(i64, i64, bool)>> {
    let mut conn = app.db().conn().await?;
    Ok(q::prizes_of_entry(&mut conn, entry.get()).await?)
}

/// Once the results of `year` are announced (its last phase has begun), marks them
/// published and adds the Winners' and Champions' stocktaking entries to that year's
/// Success Stories (`source` winner and champion), once. Runs with the first request
/// that shows the results after the announcement.
pub async fn ensure_announced(app: &App, year: i64) -> ServiceResult<()> {
    let edition = ensure_sealed(app, year).await?;
    if edition.phase < Phase::Announced || edition.winners_published || edition.sealed_at.is_none()
    {
        return Ok(());
    }
    let mut tx = app.db().begin().await?;
    let Some(row) = q::lock_edition(&mut tx, edition.id).await? else {
        return Ok(());
    };
    if row.winners_published_at.is_some() {
        return Ok(());
    }
    feed_success_stories(&mut tx, edition.id, year).await?;
    q::publish_winners(&mut tx, edition.id).await?;
    q::audit(
        &mut tx,
        edition.id,
        None,
        "results-announced",
        &year.to_string(),
        "",
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// Adds the Winners' then the Champions' stocktaking entries of an edition to the
/// Success Stories of its year (those linked to an entry).
pub(crate) async fn feed_success_stories(
    conn: &mut wsis_db::AnyConnection,
    edition_id: i64,
    year: i64,
) -> ServiceResult<()> {
    let results = q::results(conn, edition_id).await?;
    for winners in [true, false] {
        for (_, _, _, winner, s) in results.iter().filter(|r| r.3 == winners) {
            if let Some(entry) = s.entry_id {
                let source = if *winner {
                    wsis_db::success_stories::SOURCE_WINNER
                } else {
                    wsis_db::success_stories::SOURCE_CHAMPION
                };
                wsis_db::success_stories::add_prize(conn, year, entry, source, s.submitted_by)
                    .await?;
            }
        }
    }
    Ok(())
}
