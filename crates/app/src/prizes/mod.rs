//! The WSIS Prizes (issue 13): editions and their phases, submissions, the
//! experts' review, the public vote ([`votes`]: a group-committing writer behind an
//! in-memory view of the edition), the sealed tally anyone can recount ([`tally`]),
//! the fraud queue and the audit log ([`fraud`]), and the results.

pub mod fraud;
pub mod review;
pub mod submissions;
pub mod tally;
pub mod votes;

use crate::{App, ServiceError, ServiceResult};
use wsis_db::now;
use wsis_db::prizes as q;
use wsis_domain::access::Principal;
use wsis_domain::prizes::{Phase, Schedule};

pub use wsis_db::prizes::{EditionRow, SubmissionRow, SuspicionRow};

/// An edition as the pages show it.
#[derive(Debug, Clone)]
pub struct Edition {
    pub id: i64,
    pub year: i64,
    pub schedule: Schedule,
    pub require_all: bool,
    pub phase: Phase,
    pub nominees_published: bool,
    /// The SHA-256 of the published ballots, once the tally is sealed.
    pub ballots_sha256: Option<String>,
    pub ballots_count: Option<i64>,
    pub sealed_at: Option<i64>,
    pub winners_published: bool,
}

impl Edition {
    pub(crate) fn of(row: &EditionRow, t: i64) -> Edition {
        Edition {
            id: row.id,
            year: row.year,
            schedule: row.schedule(),
            require_all: row.require_all_categories == 1,
            phase: row.schedule().phase_at(t),
            nominees_published: row.nominees_published_at.is_some(),
            ballots_sha256: row.ballots_sha256.clone(),
            ballots_count: row.ballots_count,
            sealed_at: row.sealed_at,
            winners_published: row.winners_published_at.is_some(),
        }
    }

    /// Whether the public may see the nominees.
    pub fn nominees_public(&self) -> bool {
        self.nominees_published && self.phase >= Phase::Voting
    }
}

/// Every edition, newest first.
pub async fn editions(app: &App) -> ServiceResult<Vec<Edition>> {
    let mut conn = app.db().conn().await?;
    let t = now();
    Ok(q::editions(&mut conn)
        .await?
        .iter()
        .map(|r| Edition::of(r, t))
        .collect())
}

/// The edition of `year` (not found: [`ServiceError::NotFound`]).
pub async fn edition(app: &App, year: i64) -> ServiceResult<Edition> {
    let mut conn = app.db().conn().await?;
    let row = q::edition(&mut conn, year)
        .await?
        .ok_or(ServiceError::NotFound)?;
    Ok(Edition::of(&row, now()))
}

pub(crate) async fn edition_row(
    conn: &mut wsis_db::AnyConnection,
    year: i64,
) -> ServiceResult<EditionRow> {
    q::edition(conn, year).await?.ok_or(ServiceError::NotFound)
}

/// A secret of 32 random bytes (hex), the key of an edition's voter pseudonyms.
fn new_salt() -> String {
    crate::accounts::random_token()
}

/// Refuses anyone but the secretariat.
pub(crate) fn secretariat(who: Principal<'_>) -> ServiceResult<()> {
    if who.is_secretariat() {
        Ok(())
    } else {
        Err(ServiceError::Forbidden)
    }
}

/// Creates the edition of `year` (the secretariat).
pub async fn create_edition(
    app: &App,
    who: Principal<'_>,
    year: i64,
    schedule: Schedule,
    require_all: bool,
) -> ServiceResult<()> {
    secretariat(who)?;
    if !(2000..=2100).contains(&year) {
        return Err(ServiceError::field("year", "prize-year-invalid"));
    }
    let mut tx = app.db().begin().await?;
    let id = match q::create_edition(&mut tx, year, &schedule, require_all, &new_salt()).await {
        Err(e) if e.is_conflict() => {
            return Err(ServiceError::field("year", "prize-edition-exists"));
        }
        other => other?,
    };
    q::audit(
        &mut tx,
        id,
        Some(who.id.get()),
        "edition-created",
        &year.to_string(),
        "",
    )
    .await?;
    tx.commit().await?;
    app.prizes().forget(year);
    Ok(())
}

/// Changes an edition's dates (the secretariat; not once its tally is sealed).
pub async fn update_edition(
    app: &App,
    who: Principal<'_>,
    year: i64,
    schedule: Schedule,
    require_all: bool,
) -> ServiceResult<()> {
    secretariat(who)?;
    let mut tx = app.db().begin().await?;
    let row = edition_row(&mut tx, year).await?;
    if !q::update_edition(&mut tx, row.id, &schedule, require_all).await? {
        return Err(ServiceError::Conflict("prize-sealed"));
    }
    q::audit(
        &mut tx,
        row.id,
        Some(who.id.get()),
        "edition-dates-changed",
        &year.to_string(),
        "",
    )
    .await?;
    tx.commit().await?;
    app.prizes().forget(year);
    Ok(())
}

/// The pseudonymous id of `account` in the ballots of the edition whose secret is
/// `salt`: the first 16 hex digits of SHA-256(salt, account). One per account and
/// edition; without the secret, nobody links it to an account.
pub fn pseudonym(salt: &str, account: i64) -> String {
    use sha2::{Digest, Sha256};
    let mut h = Sha256::new();
    h.update(salt.as_bytes());
    h.update(b":");
    h.update(account.to_le_bytes());
    let d = h.finalize();
    d[..8].iter().map(|b| format!("{b:02x}")).collect()
}

/// The state of the prizes on this node: the vote engine.
pub type PrizeState = votes::VoteEngine;

impl App {
    /// The vote engine of this node.
    pub fn prizes(&self) -> &PrizeState {
        &self.0.prizes
    }
}
