//! Stocktaking entries in storage: calls, entries and their revisions, the
//! moderation history, and the facet values of published revisions.

use crate::{DbError, Result, map_unique, now};
use sqlx::AnyConnection;
use wsis_domain::stocktaking::{EntryData, EntryStatus};

/// A call for entries with its window (Unix seconds, inclusive start, exclusive end).
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct Call {
    pub id: i64,
    pub year: i64,
    pub title: String,
    pub opens_at: i64,
    pub closes_at: i64,
}

pub async fn create_call(
    conn: &mut AnyConnection,
    year: i64,
    title: &str,
    opens_at: i64,
    closes_at: i64,
) -> Result<i64> {
    sqlx::query_scalar(
        "INSERT INTO stocktaking_calls (year, title, opens_at, closes_at, created_at) VALUES ($1, $2, $3, $4, $5) RETURNING id",
    )
    .bind(year)
    .bind(title)
    .bind(opens_at)
    .bind(closes_at)
    .bind(now())
    .fetch_one(conn)
    .await
    .map_err(map_unique)
}

/// Changes a call's title and window.
pub async fn update_call(
    conn: &mut AnyConnection,
    id: i64,
    title: &str,
    opens_at: i64,
    closes_at: i64,
) -> Result<bool> {
    Ok(sqlx::query(
        "UPDATE stocktaking_calls SET title = $1, opens_at = $2, closes_at = $3 WHERE id = $4",
    )
    .bind(title)
    .bind(opens_at)
    .bind(closes_at)
    .bind(id)
    .execute(conn)
    .await?
    .rows_affected()
        == 1)
}

/// One call by id.
pub async fn get_call(conn: &mut AnyConnection, id: i64) -> Result<Option<Call>> {
    Ok(sqlx::query_as(
        "SELECT id, year, title, opens_at, closes_at FROM stocktaking_calls WHERE id = $1",
    )
    .bind(id)
    .fetch_optional(conn)
    .await?)
}

/// The other calls whose window overlaps `[opens_at, closes_at)` (`except`: a call to
/// leave out, the one being changed).
pub async fn overlapping_calls(
    conn: &mut AnyConnection,
    opens_at: i64,
    closes_at: i64,
    except: Option<i64>,
) -> Result<Vec<Call>> {
    Ok(sqlx::query_as(
        "SELECT id, year, title, opens_at, closes_at FROM stocktaking_calls
         WHERE opens_at < $2 AND closes_at > $1 AND id <> $3 ORDER BY opens_at",
    )
    .bind(opens_at)
    .bind(closes_at)
    .bind(except.unwrap_or(0))
    .fetch_all(conn)
    .await?)
}

pub async fn list_calls(conn: &mut AnyConnection) -> Result<Vec<Call>> {
    Ok(sqlx::query_as(
        "SELECT id, year, title, opens_at, closes_at FROM stocktaking_calls ORDER BY year DESC",
    )
    .fetch_all(conn)
    .await?)
}

/// The call whose window contains `at`, if any (the latest opened wins).
pub async fn call_open_at(conn: &mut AnyConnection, at: i64) -> Result<Option<Call>> {
    Ok(sqlx::query_as(
        "SELECT id, year, title, opens_at, closes_at FROM stocktaking_calls
         WHERE opens_at <= $1 AND closes_at > $1 ORDER BY opens_at DESC LIMIT 1",
    )
    .bind(at)
    .fetch_optional(conn)
    .await?)
}

/// An entry with its working copy and, if any, its published version.
#[derive(Debug, Clone)]
pub struct Entry {
    pub id: i64,
    pub owner_id: i64,
    pub status: EntryStatus,
    pub call_year: Option<i64>,
    pub version: i64,
    pub current_revision: i64,
    pub published_revision: Option<i64>,
    pub created_at: i64,
    pub updated_at: i64,
    pub published_at: Option<i64>,
    pub current: EntryData,
    pub published: Option<EntryData>,
}

#[derive(sqlx::FromRow)]
struct EntryRow {
    id: i64,
    owner_id: i64,
    status: String,
    call_year: Option<i64>,
    version: i64,
    current_revision: i64,
    published_revision: Option<i64>,
    created_at: i64,
    updated_at: i64,
    published_at: Option<i64>,
}

fn decode(json: &str) -> Result<EntryData> {
    serde_json::from_str(json).map_err(|e| DbError::Corrupt(format!("entry revision: {e}")))
}

fn encode(data: &EntryData) -> Result<String> {
    serde_json::to_string(data).map_err(|e| DbError::Corrupt(format!("entry revision: {e}")))
}

async fn revision(conn: &mut AnyConnection, entry: i64, number: i64) -> Result<EntryData> {
    let json: String =
        sqlx::query_scalar("SELECT data FROM entry_revisions WHERE entry_id = $1 AND number = $2")
            .bind(entry)
            .bind(number)
            .fetch_one(conn)
            .await?;
    decode(&json)
}

pub async fn get_entry(conn: &mut AnyConnection, id: i64) -> Result<Option<Entry>> {
    let row: Option<EntryRow> = sqlx::query_as(
        "SELECT e.id, e.owner_id, e.status, c.year AS call_year, e.version, e.current_revision,
           e.published_revision, e.created_at, e.updated_at, e.published_at
         FROM entries e LEFT JOIN stocktaking_calls c ON c.id = e.call_id WHERE e.id = $1",
    )
    .bind(id)
    .fetch_optional(&mut *conn)
    .await?;
    let Some(r) = row else { return Ok(None) };
    let current = revision(conn, r.id, r.current_revision).await?;
    let published = match r.published_revision {
        Some(n) if n == r.current_revision => Some(current.clone()),
        Some(n) => Some(revision(conn, r.id, n).await?),
        None => None,
    };
    Ok(Some(Entry {
        id: r.id,
        owner_id: r.owner_id,
        status: EntryStatus::parse(&r.status).unwrap_or(EntryStatus::Draft),
        call_year: r.call_year,
        version: r.version,
        current_revision: r.current_revision,
        published_revision: r.published_revision,
        created_at: r.created_at,
        updated_at: r.updated_at,
        published_at: r.published_at,
        current,
        published,
    }))
}

/// Creates an entry with its first revision. `call_id` is set when it is
/// created already submitted inside a call's window.
/// A new stable identifier of an entry: 128 random bits, in hex.
pub fn new_uid() -> Result<String> {
    let mut buf = [0u8; 16];
    getrandom::fill(&mut buf).map_err(|e| DbError::Corrupt(format!("no random source: {e}")))?;
    Ok(buf.iter().map(|b| format!("{b:02x}")).collect())
}

/// The entry with a stable identifier, if any.
pub async fn id_by_uid(conn: &mut AnyConnection, uid: &str) -> Result<Option<i64>> {
    Ok(sqlx::query_scalar("SELECT id FROM entries WHERE uid = $1")
        .bind(uid)
        .fetch_optional(conn)
        .await?)
}

/// Gives an entry the stable identifier it had where it was exported from.
pub async fn set_uid(conn: &mut AnyConnection, id: i64, uid: &str) -> Result<()> {
    sqlx::query("UPDATE entries SET uid = $1 WHERE id = $2")
        .bind(uid)
        .bind(id)
        .execute(conn)
        .await
        .map_err(crate::map_unique)?;
    Ok(())
}

pub async fn create_entry(
    conn: &mut AnyConnection,
    owner: i64,
    data: &EntryData,
    status: EntryStatus,
    call_id: Option<i64>,
) -> Result<i64> {
    let t = now();
    let submitted = (status == EntryStatus::Submitted).then_some(t);
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO entries (owner_id, status, call_id, version, current_revision, title, language,
           created_at, updated_at, submitted_at, uid)
         VALUES ($1, $2, $3, 1, 1, $4, $5, $6, $6, $7, $8) RETURNING id",
    )
    .bind(owner)
    .bind(status.code())
    .bind(call_id)
    .bind(&data.title)
    .bind(data.language.code())
    .bind(t)
    .bind(submitted)
    .bind(new_uid()?)
    .fetch_one(&mut *conn)
    .await?;
    sqlx::query("INSERT INTO entry_revisions (entry_id, number, author_id, created_at, data) VALUES ($1, 1, $2, $3, $4)")
        .bind(id)
        .bind(owner)
        .bind(t)
        .bind(encode(data)?)
        .execute(&mut *conn)
        .await?;
    Ok(id)
}

/// Saves a new revision as the working copy, if nobody changed the entry
/// since `expected_version` (else [`DbError::Stale`]).
pub async fn save_revision(
    conn: &mut AnyConnection,
    entry: &Entry,
    expected_version: i64,
    author: i64,
    data: &EntryData,
    status: EntryStatus,
) -> Result<()> {
    let t = now();
    let number = entry.current_revision + 1;
    let r = sqlx::query(
        "UPDATE entries SET version = version + 1, current_revision = $1, status = $2, title = $3,
           language = $4, updated_at = $5
         WHERE id = $6 AND version = $7",
    )
    .bind(number)
    .bind(status.code())
    .bind(&data.title)
    .bind(data.language.code())
    .bind(t)
    .bind(entry.id)
    .bind(expected_version)
    .execute(&mut *conn)
    .await?;
    if r.rows_affected() == 0 {
        return Err(DbError::Stale);
    }
    sqlx::query("INSERT INTO entry_revisions (entry_id, number, author_id, created_at, data) VALUES ($1, $2, $3, $4, $5)")
        .bind(entry.id)
        .bind(number)
        .bind(author)
        .bind(t)
        .bind(encode(data)?)
        .execute(conn)
        .await?;
    Ok(())
}

/// Moves an entry to `to`, recording who did what and why. `publish` makes
/// the working copy the public one; `revert_to_published` abandons a
/// refused edit of a published entry. Fails with [`DbError::Stale`] when the
/// entry changed since `expected_version`.
#[allow(clippy::too_many_arguments)]
pub async fn change_status(
    conn: &mut AnyConnection,
    entry: &Entry,
    expected_version: i64,
    actor: i64,
    action: &str,
    to: EntryStatus,
    comment: Option<&str>,
    call_id: Option<i64>,
) -> Result<()> {
    let t = now();
    let publish = to == EntryStatus::Published && entry.status != EntryStatus::Published;
    let revert = to == EntryStatus::Published && action == "reject";
    let r = sqlx::query(
        "UPDATE entries SET version = version + 1, status = $1, updated_at = $2,
           submitted_at = CASE WHEN $1 = 'submitted' THEN $2 ELSE submitted_at END,
           call_id = COALESCE(call_id, $3),
           published_revision = CASE WHEN $4 = 1 THEN current_revision ELSE published_revision END,
           current_revision = CASE WHEN $5 = 1 THEN published_revision ELSE current_revision END,
           published_at = CASE WHEN $4 = 1 THEN $2 ELSE published_at END
         WHERE id = $6 AND version = $7",
    )
    .bind(to.code())
    .bind(t)
    .bind(call_id)
    .bind(i64::from(publish && !revert))
    .bind(i64::from(revert))
    .bind(entry.id)
    .bind(expected_version)
    .execute(&mut *conn)
    .await?;
    if r.rows_affected() == 0 {
        return Err(DbError::Stale);
    }
    sqlx::query(
        "INSERT INTO entry_events (entry_id, actor_id, at, action, from_status, to_status, comment)
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(entry.id)
    .bind(actor)
    .bind(t)
    .bind(action)
    .bind(entry.status.code())
    .bind(to.code())
    .bind(comment)
    .execute(conn)
    .await?;
    Ok(())
}

/// Reads the entry and moves it to `to` from its current version: for steps
/// taken inside one transaction right after another (submitting what was
/// just created, publishing what was just imported or seeded).
pub async fn advance(
    conn: &mut AnyConnection,
    id: i64,
    actor: i64,
    action: &str,
    to: EntryStatus,
    comment: Option<&str>,
    call_id: Option<i64>,
) -> Result<()> {
    let entry = get_entry(&mut *conn, id)
        .await?
        .ok_or_else(|| DbError::Corrupt(format!("entry {id} vanished")))?;
    change_status(
        conn,
        &entry,
        entry.version,
        actor,
        action,
        to,
        comment,
        call_id,
    )
    .await
}

/// Replaces the facet rows of an entry with those of its published revision
/// (or removes them when it has none).
pub async fn set_facets(
    conn: &mut AnyConnection,
    entry_id: i64,
    facets: &[(wsis_domain::stocktaking::Facet, String)],
) -> Result<()> {
    sqlx::query("DELETE FROM entry_facets WHERE entry_id = $1")
        .bind(entry_id)
        .execute(&mut *conn)
        .await?;
    for (facet, value) in facets {
        sqlx::query("INSERT INTO entry_facets (entry_id, facet, value) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING")
            .bind(entry_id)
            .bind(facet.code())
            .bind(value)
            .execute(&mut *conn)
            .await?;
    }
    Ok(())
}

/// One row of a list of entries (queue, "my entries").
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct EntrySummary {
    pub id: i64,
    pub title: String,
    pub status: String,
    pub language: String,
    pub owner_name: String,
    pub organisation: Option<String>,
    pub updated_at: i64,
    pub published_revision: Option<i64>,
    pub call_year: Option<i64>,
}

const SUMMARY: &str = "SELECT e.id, e.title, e.status, e.language, u.name AS owner_name, u.organisation,
    e.updated_at, e.published_revision, c.year AS call_year
  FROM entries e JOIN users u ON u.id = e.owner_id LEFT JOIN stocktaking_calls c ON c.id = e.call_id";

pub async fn entries_of_owner(conn: &mut AnyConnection, owner: i64) -> Result<Vec<EntrySummary>> {
    let sql = format!("{SUMMARY} WHERE e.owner_id = $1 ORDER BY e.updated_at DESC, e.id DESC");
    Ok(sqlx::query_as(sqlx::AssertSqlSafe(sql))
        .bind(owner)
        .fetch_all(conn)
        .await?)
}

/// The moderation queue: entries in `status` (all when `None`), optionally
/// of one call and matching a title fragment, oldest change first.
pub async fn queue(
    conn: &mut AnyConnection,
    status: Option<EntryStatus>,
    call_year: Option<i64>,
    title_like: Option<&str>,
    limit: i64,
    offset: i64,
) -> Result<(i64, Vec<EntrySummary>)> {
    let filter = "WHERE ($1 = '' OR e.status = $1) AND ($2 = 0 OR c.year = $2)
        AND ($3 = '' OR LOWER(e.title) LIKE '%' || LOWER($3) || '%')";
    let status = status.map(|s| s.code()).unwrap_or("");
    let year = call_year.unwrap_or(0);
    let like = title_like.unwrap_or("").replace(['%', '_'], "");
    let count_sql = format!(
        "SELECT COUNT(*) FROM entries e LEFT JOIN stocktaking_calls c ON c.id = e.call_id {filter}"
    );
    let total: i64 = sqlx::query_scalar(sqlx::AssertSqlSafe(count_sql))
        .bind(status)
        .bind(year)
        .bind(&like)
        .fetch_one(&mut *conn)
        .await?;
    let sql = format!("{SUMMARY} {filter} ORDER BY e.updated_at ASC, e.id ASC LIMIT $4 OFFSET $5");
    let rows = sqlx::query_as(sqlx::AssertSqlSafe(sql))
        .bind(status)
        .bind(year)
        .bind(&like)
        .bind(limit)
        .bind(offset)
        .fetch_all(conn)
        .await?;
    Ok((total, rows))
}

/// A moderation event.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct EntryEvent {
    pub at: i64,
    pub actor_name: String,
    pub action: String,
    pub from_status: String,
    pub to_status: String,
    pub comment: Option<String>,
}

pub async fn events(conn: &mut AnyConnection, entry: i64) -> Result<Vec<EntryEvent>> {
    Ok(sqlx::query_as(
        "SELECT ev.at, u.name AS actor_name, ev.action, ev.from_status, ev.to_status, ev.comment
         FROM entry_events ev JOIN users u ON u.id = ev.actor_id WHERE ev.entry_id = $1 ORDER BY ev.at, ev.id",
    )
    .bind(entry)
    .fetch_all(conn)
    .await?)
}

/// A revision in the history of an entry.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct RevisionInfo {
    pub number: i64,
    pub author_name: String,
    pub created_at: i64,
}

pub async fn revisions(conn: &mut AnyConnection, entry: i64) -> Result<Vec<RevisionInfo>> {
    Ok(sqlx::query_as(
        "SELECT r.number, u.name AS author_name, r.created_at FROM entry_revisions r
         JOIN users u ON u.id = r.author_id WHERE r.entry_id = $1 ORDER BY r.number DESC",
    )
    .bind(entry)
    .fetch_all(conn)
    .await?)
}

/// One revision of an entry: who saved it, when, and its content.
#[derive(Debug, Clone)]
pub struct RevisionDetail {
    pub number: i64,
    pub author_name: String,
    pub created_at: i64,
    pub data: EntryData,
}

/// Revision `number` of an entry, if it exists.
pub async fn revision_detail(
    conn: &mut AnyConnection,
    entry: i64,
    number: i64,
) -> Result<Option<RevisionDetail>> {
    let row: Option<(i64, String, i64, String)> = sqlx::query_as(
        "SELECT r.number, u.name AS author_name, r.created_at, r.data FROM entry_revisions r
         JOIN users u ON u.id = r.author_id WHERE r.entry_id = $1 AND r.number = $2",
    )
    .bind(entry)
    .bind(number)
    .fetch_optional(conn)
    .await?;
    row.map(|(number, author_name, created_at, json)| {
        Ok(RevisionDetail {
            number,
            author_name,
            created_at,
            data: decode(&json)?,
        })
    })
    .transpose()
}

/// A published entry, for the index, exports and reports.
#[derive(Debug, Clone)]
pub struct PublishedEntry {
    pub id: i64,
    /// The stable identifier (see [`new_uid`]).
    pub uid: String,
    pub call_year: Option<i64>,
    pub published_at: i64,
    pub data: EntryData,
}

/// Published entries with an id above `after`, in id order, `limit` at a
/// time: a caller walks 100,000 entries without holding them all.
pub async fn published_batch(
    conn: &mut AnyConnection,
    after: i64,
    limit: i64,
) -> Result<Vec<PublishedEntry>> {
    let rows: Vec<(i64, String, Option<i64>, i64, String)> = sqlx::query_as(
        "SELECT e.id, e.uid, c.year, e.published_at, r.data FROM entries e
         JOIN entry_revisions r ON r.entry_id = e.id AND r.number = e.published_revision
         LEFT JOIN stocktaking_calls c ON c.id = e.call_id
         WHERE e.published_revision IS NOT NULL AND e.id > $1 ORDER BY e.id LIMIT $2",
    )
    .bind(after)
    .bind(limit)
    .fetch_all(conn)
    .await?;
    rows.into_iter()
        .map(|(id, uid, call_year, published_at, json)| {
            Ok(PublishedEntry {
                id,
                uid,
                call_year,
                published_at,
                data: decode(&json)?,
            })
        })
        .collect()
}

/// Published entries among `ids`, in the order given.
pub async fn published_by_ids(
    conn: &mut AnyConnection,
    ids: &[i64],
) -> Result<Vec<PublishedEntry>> {
    let mut out = Vec::with_capacity(ids.len());
    for id in ids {
        let row: Option<(String, Option<i64>, i64, String)> = sqlx::query_as(
            "SELECT e.uid, c.year, e.published_at, r.data FROM entries e
             JOIN entry_revisions r ON r.entry_id = e.id AND r.number = e.published_revision
             LEFT JOIN stocktaking_calls c ON c.id = e.call_id WHERE e.id = $1",
        )
        .bind(*id)
        .fetch_optional(&mut *conn)
        .await?;
        if let Some((uid, call_year, published_at, json)) = row {
            out.push(PublishedEntry {
                id: *id,
                uid,
                call_year,
                published_at,
                data: decode(&json)?,
            });
        }
    }
    Ok(out)
}

/// Counts of published entries per value of a facet.
pub async fn facet_counts(conn: &mut AnyConnection, facet: &str) -> Result<Vec<(String, i64)>> {
    Ok(sqlx::query_as(
        "SELECT value, COUNT(*) FROM entry_facets WHERE facet = $1 GROUP BY value ORDER BY COUNT(*) DESC, value",
    )
    .bind(facet)
    .fetch_all(conn)
    .await?)
}

pub async fn count_published(conn: &mut AnyConnection) -> Result<i64> {
    Ok(
        sqlx::query_scalar("SELECT COUNT(*) FROM entries WHERE published_revision IS NOT NULL")
            .fetch_one(conn)
            .await?,
    )
}

/// Published entries counted by pairs of facet values, e.g. Action Line ×
/// SDG for the heat map.
pub async fn facet_pair_counts(
    conn: &mut AnyConnection,
    a: &str,
    b: &str,
) -> Result<Vec<(String, String, i64)>> {
    Ok(sqlx::query_as(
        "SELECT x.value, y.value, COUNT(*) FROM entry_facets x
         JOIN entry_facets y ON y.entry_id = x.entry_id AND y.facet = $2
         WHERE x.facet = $1 GROUP BY x.value, y.value",
    )
    .bind(a)
    .bind(b)
    .fetch_all(conn)
    .await?)
}

/// [`facet_pair_counts`] of the entries that also have `facet` = `value` (e.g. those
/// of one call).
pub async fn facet_pair_counts_where(
    conn: &mut AnyConnection,
    a: &str,
    b: &str,
    facet: &str,
    value: &str,
) -> Result<Vec<(String, String, i64)>> {
    Ok(sqlx::query_as(
        "SELECT x.value, y.value, COUNT(*) FROM entry_facets x
         JOIN entry_facets y ON y.entry_id = x.entry_id AND y.facet = $2
         JOIN entry_facets z ON z.entry_id = x.entry_id AND z.facet = $3 AND z.value = $4
         WHERE x.facet = $1 GROUP BY x.value, y.value",
    )
    .bind(a)
    .bind(b)
    .bind(facet)
    .bind(value)
    .fetch_all(conn)
    .await?)
}

/// Makes the working revision the published one at once (a secretariat
/// change to an already published entry, e.g. a translation it added).
pub async fn republish(conn: &mut AnyConnection, entry_id: i64) -> Result<()> {
    sqlx::query("UPDATE entries SET published_revision = current_revision, status = 'published' WHERE id = $1")
        .bind(entry_id)
        .execute(conn)
        .await?;
    Ok(())
}

/// Stamps these entries with the next search change number, in the caller's transaction,
/// for every node's index to follow (their published content changed, or may have). Call it
/// last before the commit: the counter's row stays locked until then, so the numbers are
/// taken in commit order and a node that has seen number n has seen every change below it.
pub async fn mark_search_changes(conn: &mut AnyConnection, ids: &[i64]) -> Result<i64> {
    let seq: i64 =
        sqlx::query_scalar("UPDATE search_changes SET seq = seq + 1 WHERE id = 1 RETURNING seq")
            .fetch_one(&mut *conn)
            .await?;
    for id in ids {
        sqlx::query("UPDATE entries SET search_seq = $1 WHERE id = $2")
            .bind(seq)
            .bind(*id)
            .execute(&mut *conn)
            .await?;
    }
    Ok(seq)
}

/// The latest search change number.
pub async fn search_head(conn: &mut AnyConnection) -> Result<i64> {
    Ok(
        sqlx::query_scalar("SELECT seq FROM search_changes WHERE id = 1")
            .fetch_one(conn)
            .await?,
    )
}

/// Entries stamped with a search change above `after`: (entry id, its change number), in
/// change order, at most `limit`.
pub async fn search_changes_since(
    conn: &mut AnyConnection,
    after: i64,
    limit: i64,
) -> Result<Vec<(i64, i64)>> {
    Ok(sqlx::query_as(
        "SELECT id, search_seq FROM entries WHERE search_seq > $1
         ORDER BY search_seq, id LIMIT $2",
    )
    .bind(after)
    .bind(limit)
    .fetch_all(conn)
    .await?)
}
