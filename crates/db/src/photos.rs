//! The Photo Contest's storage: contests, entrants, photos (their files are in the media
//! store), screening, the jury's scores and the winners.

use crate::{DbError, Result, now};
use sqlx::AnyConnection;
use std::collections::BTreeMap;
use wsis_domain::photos::{PhotoData, Schedule, status};

/// A contest as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContestRow {
    pub id: i64,
    pub year: i64,
    pub theme: BTreeMap<String, String>,
    pub schedule: Schedule,
    /// The public vote's window, when the contest has one.
    pub vote: Option<(i64, i64)>,
}

type ContestTuple = (i64, i64, String, i64, i64, i64, Option<i64>, Option<i64>);

fn contest_of(r: ContestTuple) -> Result<ContestRow> {
    let theme = serde_json::from_str(&r.2)
        .map_err(|e| DbError::Corrupt(format!("photo contest theme: {e}")))?;
    Ok(ContestRow {
        id: r.0,
        year: r.1,
        theme,
        schedule: Schedule {
            submission_opens: r.3,
            submission_closes: r.4,
            announced_at: r.5,
        },
        vote: r.6.zip(r.7),
    })
}

const CONTEST_COLS: &str =
    "id, year, theme, submission_opens, submission_closes, announced_at, vote_opens, vote_closes";

/// Sets (or, with `None`, removes) a contest's public vote window.
pub async fn set_vote_window(
    conn: &mut AnyConnection,
    contest: i64,
    window: Option<(i64, i64)>,
) -> Result<()> {
    sqlx::query("UPDATE photo_contests SET vote_opens = $1, vote_closes = $2 WHERE id = $3")
        .bind(window.map(|w| w.0))
        .bind(window.map(|w| w.1))
        .bind(contest)
        .execute(conn)
        .await?;
    Ok(())
}

/// Records `voter`'s vote for a photo; false when they voted in the contest already (the
/// primary key decides between two votes at once).
pub async fn cast_vote(
    conn: &mut AnyConnection,
    contest: i64,
    voter: i64,
    photo: i64,
    client_ip: &str,
) -> Result<bool> {
    record_vote(conn, contest, voter, photo, now(), client_ip).await
}

/// Records a vote cast at `at` (the demo's past votes); false when the voter has one.
pub async fn record_vote(
    conn: &mut AnyConnection,
    contest: i64,
    voter: i64,
    photo: i64,
    at: i64,
    client_ip: &str,
) -> Result<bool> {
    let done = sqlx::query(
        "INSERT INTO photo_votes (contest_id, voter_id, entry_id, cast_at, client_ip)
         VALUES ($1, $2, $3, $4, $5) ON CONFLICT (contest_id, voter_id) DO NOTHING",
    )
    .bind(contest)
    .bind(voter)
    .bind(photo)
    .bind(at)
    .bind(client_ip)
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Drops the votes for a photo (refused after the vote began: its voters may vote again).
pub async fn drop_votes(conn: &mut AnyConnection, photo: i64) -> Result<()> {
    sqlx::query("DELETE FROM photo_votes WHERE entry_id = $1")
        .bind(photo)
        .execute(conn)
        .await?;
    Ok(())
}

/// The photo `voter` voted for in a contest.
pub async fn vote_of(conn: &mut AnyConnection, contest: i64, voter: i64) -> Result<Option<i64>> {
    Ok(sqlx::query_scalar(
        "SELECT entry_id FROM photo_votes WHERE contest_id = $1 AND voter_id = $2",
    )
    .bind(contest)
    .bind(voter)
    .fetch_optional(conn)
    .await?)
}

/// Votes per photo of a contest still in the gallery, most first (ties: the earlier
/// photo first).
pub async fn vote_counts(conn: &mut AnyConnection, contest: i64) -> Result<Vec<(i64, i64)>> {
    Ok(sqlx::query_as(
        "SELECT v.entry_id, COUNT(*) AS n FROM photo_votes v
         JOIN photo_entries p ON p.id = v.entry_id AND p.status = 'accepted'
         WHERE v.contest_id = $1 GROUP BY v.entry_id ORDER BY n DESC, v.entry_id",
    )
    .bind(contest)
    .fetch_all(conn)
    .await?)
}

/// Creates a contest; `Conflict` when the year has one.
pub async fn create_contest(
    conn: &mut AnyConnection,
    year: i64,
    theme: &BTreeMap<String, String>,
    s: &Schedule,
) -> Result<i64> {
    let theme = serde_json::to_string(theme).map_err(|e| DbError::Corrupt(e.to_string()))?;
    sqlx::query_scalar(
        "INSERT INTO photo_contests (year, theme, submission_opens, submission_closes, announced_at, created_at)
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
    )
    .bind(year)
    .bind(theme)
    .bind(s.submission_opens)
    .bind(s.submission_closes)
    .bind(s.announced_at)
    .bind(now())
    .fetch_one(conn)
    .await
    .map_err(crate::map_unique)
}

/// Changes a contest's theme and dates.
pub async fn update_contest(
    conn: &mut AnyConnection,
    id: i64,
    theme: &BTreeMap<String, String>,
    s: &Schedule,
) -> Result<()> {
    let theme = serde_json::to_string(theme).map_err(|e| DbError::Corrupt(e.to_string()))?;
    sqlx::query(
        "UPDATE photo_contests SET theme = $1, submission_opens = $2, submission_closes = $3,
         announced_at = $4 WHERE id = $5",
    )
    .bind(theme)
    .bind(s.submission_opens)
    .bind(s.submission_closes)
    .bind(s.announced_at)
    .bind(id)
    .execute(conn)
    .await?;
    Ok(())
}

pub async fn contest(conn: &mut AnyConnection, year: i64) -> Result<Option<ContestRow>> {
    let row: Option<ContestTuple> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "SELECT {CONTEST_COLS} FROM photo_contests WHERE year = $1"
    )))
    .bind(year)
    .fetch_optional(conn)
    .await?;
    row.map(contest_of).transpose()
}

/// Every contest, newest first.
pub async fn contests(conn: &mut AnyConnection) -> Result<Vec<ContestRow>> {
    let rows: Vec<ContestTuple> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "SELECT {CONTEST_COLS} FROM photo_contests ORDER BY year DESC"
    )))
    .fetch_all(conn)
    .await?;
    rows.into_iter().map(contest_of).collect()
}

/// Records that `user` confirmed they are over 18 and hold the rights (once).
pub async fn confirm_entrant(conn: &mut AnyConnection, contest: i64, user: i64) -> Result<()> {
    sqlx::query(
        "INSERT INTO photo_entrants (contest_id, user_id, confirmed_at) VALUES ($1, $2, $3)
         ON CONFLICT (contest_id, user_id) DO NOTHING",
    )
    .bind(contest)
    .bind(user)
    .bind(now())
    .execute(conn)
    .await?;
    Ok(())
}

pub async fn is_entrant(conn: &mut AnyConnection, contest: i64, user: i64) -> Result<bool> {
    Ok(sqlx::query_scalar::<_, i64>(
        "SELECT 1 FROM photo_entrants WHERE contest_id = $1 AND user_id = $2",
    )
    .bind(contest)
    .bind(user)
    .fetch_optional(conn)
    .await?
    .is_some())
}

/// A photo as stored.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct PhotoRow {
    pub id: i64,
    pub contest_id: i64,
    pub entrant_id: i64,
    pub title: String,
    pub caption: String,
    pub alt: String,
    pub place: String,
    pub taken_on: String,
    pub file_key: String,
    pub width: i64,
    pub height: i64,
    pub bytes: i64,
    pub status: String,
    pub screen_note: Option<String>,
    pub created_at: i64,
    /// The entrant's name (public with the photo).
    pub entrant: String,
    /// The SDGs it shows, `4,7`.
    pub sdgs: String,
}

impl PhotoRow {
    pub fn goals(&self) -> Vec<u8> {
        self.sdgs
            .split(',')
            .filter_map(|g| g.parse().ok())
            .collect()
    }
}

const PHOTO_COLS: &str = "p.id, p.contest_id, p.entrant_id, p.title, p.caption, p.alt, p.place,
    p.taken_on, p.file_key, p.width, p.height, p.bytes, p.status, p.screen_note, p.created_at,
    u.name AS entrant, p.sdgs";

fn photo_select(where_: &str) -> String {
    format!("SELECT {PHOTO_COLS} FROM photo_entries p JOIN users u ON u.id = p.entrant_id {where_}")
}

/// A new photo.
pub struct NewPhoto<'a> {
    pub contest_id: i64,
    pub entrant_id: i64,
    pub data: &'a PhotoData,
    pub file_key: &'a str,
    pub width: i64,
    pub height: i64,
    pub bytes: i64,
}

/// Adds a photo in the entrant's first free place; `None` when they have
/// [`wsis_domain::photos::MAX_PHOTOS`]. Run it in a transaction that holds the
/// entrant's account lock (the upload quota's), so that two uploads at once cannot both
/// take the last place (the unique position is the second guard).
pub async fn insert_photo(conn: &mut AnyConnection, p: &NewPhoto<'_>) -> Result<Option<i64>> {
    let taken: Vec<i64> = sqlx::query_scalar(
        "SELECT position FROM photo_entries WHERE contest_id = $1 AND entrant_id = $2",
    )
    .bind(p.contest_id)
    .bind(p.entrant_id)
    .fetch_all(&mut *conn)
    .await?;
    let Some(position) = (1..=wsis_domain::photos::MAX_PHOTOS).find(|n| !taken.contains(n)) else {
        return Ok(None);
    };
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO photo_entries (contest_id, entrant_id, position, title, caption, alt, place,
            taken_on, sdgs, file_key, width, height, bytes, status, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15) RETURNING id",
    )
    .bind(p.contest_id)
    .bind(p.entrant_id)
    .bind(position)
    .bind(&p.data.title)
    .bind(&p.data.caption)
    .bind(&p.data.alt)
    .bind(&p.data.place)
    .bind(&p.data.taken_on)
    .bind(
        p.data
            .sdgs
            .iter()
            .map(u8::to_string)
            .collect::<Vec<_>>()
            .join(","),
    )
    .bind(p.file_key)
    .bind(p.width)
    .bind(p.height)
    .bind(p.bytes)
    .bind(status::SUBMITTED)
    .bind(now())
    .fetch_one(&mut *conn)
    .await
    .map_err(crate::map_unique)?;
    for g in &p.data.sdgs {
        sqlx::query("INSERT INTO photo_entry_sdgs (entry_id, goal) VALUES ($1, $2)")
            .bind(id)
            .bind(i64::from(*g))
            .execute(&mut *conn)
            .await?;
    }
    Ok(Some(id))
}

pub async fn photo(conn: &mut AnyConnection, id: i64) -> Result<Option<PhotoRow>> {
    Ok(
        sqlx::query_as(sqlx::AssertSqlSafe(photo_select("WHERE p.id = $1")))
            .bind(id)
            .fetch_optional(conn)
            .await?,
    )
}

pub async fn photo_by_key(conn: &mut AnyConnection, key: &str) -> Result<Option<PhotoRow>> {
    Ok(
        sqlx::query_as(sqlx::AssertSqlSafe(photo_select("WHERE p.file_key = $1")))
            .bind(key)
            .fetch_optional(conn)
            .await?,
    )
}

/// An entrant's photos in a contest, in their order.
pub async fn photos_of_entrant(
    conn: &mut AnyConnection,
    contest: i64,
    user: i64,
) -> Result<Vec<PhotoRow>> {
    Ok(sqlx::query_as(sqlx::AssertSqlSafe(photo_select(
        "WHERE p.contest_id = $1 AND p.entrant_id = $2 ORDER BY p.position",
    )))
    .bind(contest)
    .bind(user)
    .fetch_all(conn)
    .await?)
}

/// Photos of a contest with `status`, oldest first (the screening queue).
pub async fn photos_with_status(
    conn: &mut AnyConnection,
    contest: i64,
    status: &str,
    limit: i64,
) -> Result<Vec<PhotoRow>> {
    Ok(sqlx::query_as(sqlx::AssertSqlSafe(photo_select(
        "WHERE p.contest_id = $1 AND p.status = $2 ORDER BY p.id LIMIT $3",
    )))
    .bind(contest)
    .bind(status)
    .bind(limit)
    .fetch_all(conn)
    .await?)
}

/// Count of a contest's photos per status.
pub async fn status_counts(conn: &mut AnyConnection, contest: i64) -> Result<Vec<(String, i64)>> {
    Ok(sqlx::query_as(
        "SELECT status, COUNT(*) FROM photo_entries WHERE contest_id = $1 GROUP BY status",
    )
    .bind(contest)
    .fetch_all(conn)
    .await?)
}

/// One page of the gallery: accepted photos, newest first, showing `sdg` when given;
/// and how many there are in all.
pub async fn gallery(
    conn: &mut AnyConnection,
    contest: i64,
    sdg: Option<u8>,
    offset: i64,
    limit: i64,
) -> Result<(Vec<PhotoRow>, i64)> {
    let filter = if sdg.is_some() {
        "AND EXISTS (SELECT 1 FROM photo_entry_sdgs g WHERE g.entry_id = p.id AND g.goal = $3)"
    } else {
        "AND $3 = $3"
    };
    let goal = i64::from(sdg.unwrap_or(0));
    let total: i64 = sqlx::query_scalar(sqlx::AssertSqlSafe(format!(
        "SELECT COUNT(*) FROM photo_entries p WHERE p.contest_id = $1 AND p.status = $2 {filter}"
    )))
    .bind(contest)
    .bind(status::ACCEPTED)
    .bind(goal)
    .fetch_one(&mut *conn)
    .await?;
    let rows = sqlx::query_as(sqlx::AssertSqlSafe(photo_select(&format!(
        "WHERE p.contest_id = $1 AND p.status = $2 {filter} ORDER BY p.id DESC LIMIT $4 OFFSET $5"
    ))))
    .bind(contest)
    .bind(status::ACCEPTED)
    .bind(goal)
    .bind(limit)
    .bind(offset)
    .fetch_all(conn)
    .await?;
    Ok((rows, total))
}

/// Removes a photo of `entrant` while it waits for screening (or any photo, for the
/// secretariat: `entrant` None); its file key when there was one.
pub async fn delete_photo(
    conn: &mut AnyConnection,
    id: i64,
    entrant: Option<i64>,
) -> Result<Option<String>> {
    Ok(sqlx::query_scalar(
        "DELETE FROM photo_entries WHERE id = $1 AND ($2 = 0 OR entrant_id = $2)
             AND id NOT IN (SELECT entry_id FROM photo_winners) RETURNING file_key",
    )
    .bind(id)
    .bind(entrant.unwrap_or(0))
    .fetch_optional(conn)
    .await?)
}

/// Screens a photo that waits (or changes the decision on one not awarded); false when
/// there is no such photo.
pub async fn screen(
    conn: &mut AnyConnection,
    id: i64,
    to: &str,
    note: Option<&str>,
    by: i64,
) -> Result<bool> {
    let done = sqlx::query(
        "UPDATE photo_entries SET status = $1, screen_note = $2, screened_by = $3, screened_at = $4
         WHERE id = $5 AND id NOT IN (SELECT entry_id FROM photo_winners)",
    )
    .bind(to)
    .bind(note)
    .bind(by)
    .bind(now())
    .bind(id)
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

// --------------------------------------------------------------------- the jury

pub async fn add_juror(conn: &mut AnyConnection, contest: i64, user: i64) -> Result<()> {
    sqlx::query(
        "INSERT INTO photo_jurors (contest_id, user_id) VALUES ($1, $2)
         ON CONFLICT (contest_id, user_id) DO NOTHING",
    )
    .bind(contest)
    .bind(user)
    .execute(conn)
    .await?;
    Ok(())
}

pub async fn remove_juror(conn: &mut AnyConnection, contest: i64, user: i64) -> Result<()> {
    sqlx::query("DELETE FROM photo_jurors WHERE contest_id = $1 AND user_id = $2")
        .bind(contest)
        .bind(user)
        .execute(conn)
        .await?;
    Ok(())
}

/// The jurors of a contest: (id, name, e-mail).
pub async fn jurors(conn: &mut AnyConnection, contest: i64) -> Result<Vec<(i64, String, String)>> {
    Ok(sqlx::query_as(
        "SELECT u.id, u.name, u.email FROM photo_jurors j JOIN users u ON u.id = j.user_id
         WHERE j.contest_id = $1 ORDER BY u.name",
    )
    .bind(contest)
    .fetch_all(conn)
    .await?)
}

pub async fn is_juror(conn: &mut AnyConnection, contest: i64, user: i64) -> Result<bool> {
    Ok(sqlx::query_scalar::<_, i64>(
        "SELECT 1 FROM photo_jurors WHERE contest_id = $1 AND user_id = $2",
    )
    .bind(contest)
    .bind(user)
    .fetch_optional(conn)
    .await?
    .is_some())
}

/// Sets a juror's score of an accepted photo (again: replaces it).
pub async fn score(conn: &mut AnyConnection, photo: i64, juror: i64, score: i64) -> Result<()> {
    sqlx::query(
        "INSERT INTO photo_scores (entry_id, juror_id, score, scored_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (entry_id, juror_id) DO UPDATE SET score = excluded.score, scored_at = excluded.scored_at",
    )
    .bind(photo)
    .bind(juror)
    .bind(score)
    .bind(now())
    .execute(conn)
    .await?;
    Ok(())
}

/// A juror's scores in a contest: photo → score.
pub async fn scores_of(
    conn: &mut AnyConnection,
    contest: i64,
    juror: i64,
) -> Result<BTreeMap<i64, i64>> {
    let rows: Vec<(i64, i64)> = sqlx::query_as(
        "SELECT s.entry_id, s.score FROM photo_scores s JOIN photo_entries p ON p.id = s.entry_id
         WHERE p.contest_id = $1 AND s.juror_id = $2",
    )
    .bind(contest)
    .bind(juror)
    .fetch_all(conn)
    .await?;
    Ok(rows.into_iter().collect())
}

/// Every accepted photo's (id, sum of scores, number of scores).
pub async fn score_totals(conn: &mut AnyConnection, contest: i64) -> Result<Vec<(i64, i64, i64)>> {
    Ok(sqlx::query_as(
        "SELECT p.id, CAST(COALESCE(SUM(s.score), 0) AS BIGINT), COUNT(s.score)
         FROM photo_entries p LEFT JOIN photo_scores s ON s.entry_id = p.id
         WHERE p.contest_id = $1 AND p.status = $2 GROUP BY p.id",
    )
    .bind(contest)
    .bind(status::ACCEPTED)
    .fetch_all(conn)
    .await?)
}

/// Sets the winners (first, second, third), replacing any chosen before.
pub async fn set_winners(conn: &mut AnyConnection, contest: i64, photos: &[i64]) -> Result<()> {
    sqlx::query("DELETE FROM photo_winners WHERE contest_id = $1")
        .bind(contest)
        .execute(&mut *conn)
        .await?;
    for (i, p) in photos.iter().enumerate() {
        sqlx::query("INSERT INTO photo_winners (contest_id, place, entry_id) VALUES ($1, $2, $3)")
            .bind(contest)
            .bind(i as i64 + 1)
            .bind(p)
            .execute(&mut *conn)
            .await?;
    }
    Ok(())
}

/// The winners in order of their place.
pub async fn winners(conn: &mut AnyConnection, contest: i64) -> Result<Vec<PhotoRow>> {
    Ok(sqlx::query_as(sqlx::AssertSqlSafe(photo_select(
        "JOIN photo_winners w ON w.entry_id = p.id WHERE w.contest_id = $1 ORDER BY w.place",
    )))
    .bind(contest)
    .fetch_all(conn)
    .await?)
}

/// The file keys of every contest photo (for `wsis media gc`; each names its sizes).
pub async fn file_keys(conn: &mut AnyConnection) -> Result<Vec<String>> {
    Ok(sqlx::query_scalar("SELECT file_key FROM photo_entries")
        .fetch_all(conn)
        .await?)
}
