//! Forum registrations in storage: one per account and edition, the
//! on-site capacity enforced in the same transaction, the approval queue,
//! the badge code and check-in.

use crate::dialect::{Parent, lock_parent};
use crate::{DbError, Result, map_unique, now};
use sqlx::AnyConnection;
use wsis_domain::forum::AttendanceMode;
use wsis_domain::forum::registration::{RegistrationData, RegistrationStatus};

/// A registration with its participant's name and e-mail.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct Registration {
    pub id: i64,
    pub edition_id: i64,
    pub user_id: i64,
    pub name: String,
    pub email: String,
    pub mode: String,
    pub category: String,
    pub stakeholder_type: String,
    pub organisation: String,
    pub country: String,
    pub accessibility: String,
    pub status: String,
    pub badge_code: String,
    pub created_at: i64,
    pub checked_in_at: Option<i64>,
    /// The participant's language (their mails are written in it).
    pub language: String,
}

const COLS: &str = "r.id, r.edition_id, r.user_id, u.name, u.email, r.mode, r.category, r.stakeholder_type,
    r.organisation, r.country, r.accessibility, r.status, r.badge_code, r.created_at, r.checked_in_at,
    u.language";

/// Why a registration was refused.
pub const CAPACITY: &str = "forum_registrations_capacity";

/// Registers an account. On-site places are given on approval: a registration
/// (pending or approved at once) is refused when the approved on-site ones fill
/// `capacity`, checked under a lock on the edition.
pub async fn register(
    conn: &mut AnyConnection,
    edition: i64,
    capacity: i64,
    user: i64,
    data: &RegistrationData,
    status: RegistrationStatus,
    badge_code: &str,
) -> Result<i64> {
    if data.mode == AttendanceMode::OnSite {
        // Without the lock two registrations could both take the last place
        // (a missing edition fails on the insert's foreign key).
        lock_parent(conn, Parent::Edition, edition).await?;
        if approved_on_site(conn, edition).await? >= capacity {
            return Err(DbError::Conflict(CAPACITY.into()));
        }
    }
    let t = now();
    sqlx::query_scalar(
        "INSERT INTO forum_registrations (edition_id, user_id, mode, category, stakeholder_type, organisation,
           country, accessibility, consent_at, status, badge_code, created_at, decided_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $9, $12) RETURNING id",
    )
    .bind(edition)
    .bind(user)
    .bind(data.mode.code())
    .bind(data.category.code())
    .bind(data.stakeholder_type.code())
    .bind(&data.organisation)
    .bind(&data.country)
    .bind(&data.accessibility)
    .bind(t)
    .bind(status.code())
    .bind(badge_code)
    .bind((status != RegistrationStatus::Pending).then_some(t))
    .fetch_one(conn)
    .await
    .map_err(map_unique)
}

pub async fn of_user(
    conn: &mut AnyConnection,
    edition: i64,
    user: i64,
) -> Result<Option<Registration>> {
    Ok(sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "SELECT {COLS} FROM forum_registrations r JOIN users u ON u.id = r.user_id
         WHERE r.edition_id = $1 AND r.user_id = $2"
    )))
    .bind(edition)
    .bind(user)
    .fetch_optional(conn)
    .await?)
}

pub async fn get(conn: &mut AnyConnection, id: i64) -> Result<Option<Registration>> {
    Ok(sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "SELECT {COLS} FROM forum_registrations r JOIN users u ON u.id = r.user_id WHERE r.id = $1"
    )))
    .bind(id)
    .fetch_optional(conn)
    .await?)
}

/// Registrations of an edition in one status, oldest first (the queue).
pub async fn in_status(
    conn: &mut AnyConnection,
    edition: i64,
    status: RegistrationStatus,
    limit: i64,
) -> Result<Vec<Registration>> {
    Ok(sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "SELECT {COLS} FROM forum_registrations r JOIN users u ON u.id = r.user_id
         WHERE r.edition_id = $1 AND r.status = $2 ORDER BY r.created_at, r.id LIMIT $3"
    )))
    .bind(edition)
    .bind(status.code())
    .bind(limit)
    .fetch_all(conn)
    .await?)
}

/// Approves or declines a pending registration; `false` when it was not pending.
/// The on-site registrations of an edition that hold a place: the approved ones.
async fn approved_on_site(conn: &mut AnyConnection, edition: i64) -> Result<i64> {
    Ok(sqlx::query_scalar(
        "SELECT COUNT(*) FROM forum_registrations WHERE edition_id = $1 AND mode = 'on-site' AND status = 'approved'",
    )
    .bind(edition)
    .fetch_one(conn)
    .await?)
}

/// Approves a pending registration if a place is left for it: an on-site one is
/// refused ([`DbError::Conflict`] with [`CAPACITY`]) when the approved ones fill
/// `capacity` (counted under the edition's lock). `false`: it was not pending.
pub async fn approve(conn: &mut AnyConnection, r: &Registration, capacity: i64) -> Result<bool> {
    if r.mode == AttendanceMode::OnSite.code() {
        lock_parent(conn, Parent::Edition, r.edition_id).await?;
        if approved_on_site(conn, r.edition_id).await? >= capacity {
            return Err(DbError::Conflict(CAPACITY.into()));
        }
    }
    decide(conn, r.id, RegistrationStatus::Approved).await
}

/// The e-mail domains whose accounts an accredited category of an edition
/// approves at once: (category code, domain), sorted.
pub async fn accredited_domains(
    conn: &mut AnyConnection,
    edition: i64,
) -> Result<Vec<(String, String)>> {
    Ok(sqlx::query_as(
        "SELECT category, domain FROM forum_accredited_domains WHERE edition_id = $1 ORDER BY category, domain",
    )
    .bind(edition)
    .fetch_all(conn)
    .await?)
}

/// Replaces the accredited domains of an edition.
pub async fn set_accredited_domains(
    conn: &mut AnyConnection,
    edition: i64,
    domains: &[(String, String)],
) -> Result<()> {
    sqlx::query("DELETE FROM forum_accredited_domains WHERE edition_id = $1")
        .bind(edition)
        .execute(&mut *conn)
        .await?;
    for (category, domain) in domains {
        sqlx::query(
            "INSERT INTO forum_accredited_domains (edition_id, category, domain) VALUES ($1, $2, $3)
             ON CONFLICT (edition_id, category, domain) DO NOTHING",
        )
        .bind(edition)
        .bind(category)
        .bind(domain)
        .execute(&mut *conn)
        .await?;
    }
    Ok(())
}

pub async fn decide(conn: &mut AnyConnection, id: i64, status: RegistrationStatus) -> Result<bool> {
    Ok(sqlx::query(
        "UPDATE forum_registrations SET status = $1, decided_at = $2 WHERE id = $3 AND status = 'pending'",
    )
    .bind(status.code())
    .bind(now())
    .bind(id)
    .execute(conn)
    .await?
    .rows_affected()
        > 0)
}

pub async fn by_badge(
    conn: &mut AnyConnection,
    edition: i64,
    code: &str,
) -> Result<Option<Registration>> {
    Ok(sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "SELECT {COLS} FROM forum_registrations r JOIN users u ON u.id = r.user_id
         WHERE r.edition_id = $1 AND r.badge_code = $2"
    )))
    .bind(edition)
    .bind(code)
    .fetch_optional(conn)
    .await?)
}

/// Records the arrival; returns the earlier time if already checked in.
/// The update claims the arrival itself (`checked_in_at IS NULL`), so two
/// scans of one badge at once record one arrival and the second is told.
pub async fn check_in(conn: &mut AnyConnection, id: i64) -> Result<Option<i64>> {
    let claimed = sqlx::query(
        "UPDATE forum_registrations SET checked_in_at = $1 WHERE id = $2 AND checked_in_at IS NULL",
    )
    .bind(now())
    .bind(id)
    .execute(&mut *conn)
    .await?
    .rows_affected()
        > 0;
    if claimed {
        return Ok(None);
    }
    Ok(
        sqlx::query_scalar("SELECT checked_in_at FROM forum_registrations WHERE id = $1")
            .bind(id)
            .fetch_one(conn)
            .await?,
    )
}

/// Counts of approved registrations by (mode, stakeholder type, country), for statistics.
pub async fn counts(
    conn: &mut AnyConnection,
    edition: i64,
) -> Result<Vec<(String, String, String, i64)>> {
    Ok(sqlx::query_as(
        "SELECT mode, stakeholder_type, country, COUNT(*) FROM forum_registrations
         WHERE edition_id = $1 AND status = 'approved' GROUP BY mode, stakeholder_type, country
         ORDER BY mode, stakeholder_type, country",
    )
    .bind(edition)
    .fetch_all(conn)
    .await?)
}

/// How many participants of an edition have checked in.
pub async fn checked_in_count(conn: &mut AnyConnection, edition: i64) -> Result<i64> {
    Ok(sqlx::query_scalar(
        "SELECT COUNT(*) FROM forum_registrations WHERE edition_id = $1 AND checked_in_at IS NOT NULL",
    )
    .bind(edition)
    .fetch_one(conn)
    .await?)
}

/// What the secretariat's list of an edition's registrations is narrowed to.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    /// Text found in the name, e-mail address or organisation, in any case (both sides
    /// through the database's `LOWER`: every letter on PostgreSQL, ASCII letters on
    /// SQLite, where other letters match as typed).
    pub text: String,
    pub status: Option<String>,
    pub category: Option<String>,
    pub mode: Option<String>,
    /// An ISO 3166 alpha-2 code.
    pub country: Option<String>,
    /// Only those who stated accessibility needs.
    pub needs: bool,
    /// `Some(true)`: checked in; `Some(false)`: not (yet).
    pub checked_in: Option<bool>,
}

/// `text` as a `LIKE` pattern that finds it anywhere: `%`, `_` and `\` match themselves.
fn contains_pattern(text: &str) -> String {
    let mut p = String::with_capacity(text.len() + 2);
    p.push('%');
    for c in text.chars() {
        if matches!(c, '%' | '_' | '\\') {
            p.push('\\');
        }
        p.push(c);
    }
    p.push('%');
    p
}

/// The `WHERE` clause of `f` over an edition (`$1`), and its text binds from `$2` on.
fn filter_sql(f: &Filter) -> (String, Vec<String>) {
    let mut sql = String::from("r.edition_id = $1");
    let mut binds: Vec<String> = Vec::new();
    let bind = |binds: &mut Vec<String>, v: String| {
        binds.push(v);
        format!("${}", binds.len() + 1)
    };
    let text = f.text.trim();
    if !text.is_empty() {
        let n = bind(&mut binds, contains_pattern(text));
        sql.push_str(&format!(
            " AND (LOWER(u.name) LIKE LOWER({n}) ESCAPE '\\'
               OR LOWER(u.email) LIKE LOWER({n}) ESCAPE '\\'
               OR LOWER(r.organisation) LIKE LOWER({n}) ESCAPE '\\')"
        ));
    }
    for (col, value) in [
        ("r.status", &f.status),
        ("r.category", &f.category),
        ("r.mode", &f.mode),
        ("r.country", &f.country),
    ] {
        if let Some(v) = value {
            let n = bind(&mut binds, v.clone());
            sql.push_str(&format!(" AND {col} = {n}"));
        }
    }
    if f.needs {
        sql.push_str(" AND r.accessibility <> ''");
    }
    match f.checked_in {
        Some(true) => sql.push_str(" AND r.checked_in_at IS NOT NULL"),
        Some(false) => sql.push_str(" AND r.checked_in_at IS NULL"),
        None => {}
    }
    (sql, binds)
}

/// The registrations of an edition that `f` lets through, by name then id, `limit`
/// from `offset`, with how many there are in all.
pub async fn search(
    conn: &mut AnyConnection,
    edition: i64,
    f: &Filter,
    limit: i64,
    offset: i64,
) -> Result<(Vec<Registration>, i64)> {
    let (cond, binds) = filter_sql(f);
    let count_sql = format!(
        "SELECT COUNT(*) FROM forum_registrations r JOIN users u ON u.id = r.user_id WHERE {cond}"
    );
    let mut count = sqlx::query_scalar(sqlx::AssertSqlSafe(count_sql)).bind(edition);
    for b in &binds {
        count = count.bind(b.clone());
    }
    let total: i64 = count.fetch_one(&mut *conn).await?;
    let n = binds.len();
    let list_sql = format!(
        "SELECT {COLS} FROM forum_registrations r JOIN users u ON u.id = r.user_id
         WHERE {cond} ORDER BY LOWER(u.name), r.id LIMIT ${} OFFSET ${}",
        n + 2,
        n + 3
    );
    let mut list = sqlx::query_as(sqlx::AssertSqlSafe(list_sql)).bind(edition);
    for b in &binds {
        list = list.bind(b.clone());
    }
    let rows = list.bind(limit).bind(offset).fetch_all(conn).await?;
    Ok((rows, total))
}

/// Takes back a check-in (a mistaken scan); `false` when it was not checked in.
pub async fn undo_check_in(conn: &mut AnyConnection, id: i64) -> Result<bool> {
    Ok(sqlx::query(
        "UPDATE forum_registrations SET checked_in_at = NULL WHERE id = $1 AND checked_in_at IS NOT NULL",
    )
    .bind(id)
    .execute(conn)
    .await?
    .rows_affected()
        > 0)
}

// ------------------------------------------------- registrations not finished

/// Notes that an account opened an edition's registration form (the first time
/// only; nothing when it is registered already).
pub async fn note_start(conn: &mut AnyConnection, edition: i64, user: i64, at: i64) -> Result<()> {
    sqlx::query(
        "INSERT INTO forum_registration_starts (edition_id, user_id, started_at)
         SELECT $1, $2, $3 WHERE NOT EXISTS
           (SELECT 1 FROM forum_registrations WHERE edition_id = $1 AND user_id = $2)
         ON CONFLICT (edition_id, user_id) DO NOTHING",
    )
    .bind(edition)
    .bind(user)
    .bind(at)
    .execute(conn)
    .await?;
    Ok(())
}

/// An account that started registering and did not finish.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Unfinished {
    pub user_id: i64,
    pub email: String,
    pub name: String,
    pub language: String,
}

/// The accounts that started registering for an edition before `before`, have not
/// registered since and were never reminded.
pub async fn unfinished(
    conn: &mut AnyConnection,
    edition: i64,
    before: i64,
    limit: i64,
) -> Result<Vec<Unfinished>> {
    Ok(sqlx::query_as(
        "SELECT u.id AS user_id, u.email, u.name, u.language
         FROM forum_registration_starts s JOIN users u ON u.id = s.user_id
         WHERE s.edition_id = $1 AND s.started_at < $2 AND s.reminded_at IS NULL
           AND NOT EXISTS (SELECT 1 FROM forum_registrations r
                           WHERE r.edition_id = s.edition_id AND r.user_id = s.user_id)
         ORDER BY s.started_at, u.id
         LIMIT $3",
    )
    .bind(edition)
    .bind(before)
    .bind(limit)
    .fetch_all(conn)
    .await?)
}

/// Takes an account's reminder to finish registering: `false` when another run took it.
pub async fn take_start_reminder(
    conn: &mut AnyConnection,
    edition: i64,
    user: i64,
    at: i64,
) -> Result<bool> {
    Ok(sqlx::query(
        "UPDATE forum_registration_starts SET reminded_at = $1
         WHERE edition_id = $2 AND user_id = $3 AND reminded_at IS NULL",
    )
    .bind(at)
    .bind(edition)
    .bind(user)
    .execute(conn)
    .await?
    .rows_affected()
        > 0)
}
