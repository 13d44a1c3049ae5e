//! The WSIS–SDG Matrix (issue 12, item 4): the facilitators of each Action Line
//! keep its links to the SDGs (targets and rationale, every change kept); the
//! public matrix shows, for each of the 18 × 17 cells, the link and how many
//! published sessions, approved session outcomes and published stocktaking
//! entries make it, for every year or one.
//!
//! The counts are built once and kept on this node; a node trusts its copy for
//! `forum_recheck`, then compares the stamps of what it was built from (the
//! links, the published agendas and approved outcomes, the published entries)
//! and rebuilds when one changed. Edits on this node drop the copy at once.

use crate::{App, ServiceError, ServiceResult};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Instant;
use wsis_db::forum as fdb;
use wsis_db::matrix as mdb;
use wsis_domain::FieldErrors;
use wsis_domain::access::Principal;
use wsis_domain::forum::outcomes::OutcomeStatus;
use wsis_domain::matrix::{GOAL_FIELDS, Link, LinkInput, is_row, rows};

pub use wsis_db::matrix::{HistoryRow, LinkRow};

/// One cell of the matrix.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Cell {
    pub link: Option<LinkRow>,
    /// Numbers of the published sessions tagged with both (per year).
    pub sessions: Vec<(i64, i64)>,
    /// Numbers of the sessions whose approved outcome names both (per year).
    pub outcomes: Vec<(i64, i64)>,
    /// Published stocktaking entries tagged with both.
    pub entries: i64,
}

impl Cell {
    /// Everything that makes the link: sessions, outcomes and entries.
    pub fn total(&self) -> i64 {
        (self.sessions.len() + self.outcomes.len()) as i64 + self.entries
    }
}

/// The matrix for every year, or for one edition and call year.
#[derive(Debug)]
pub struct Matrix {
    pub year: Option<i64>,
    /// The editions' years, newest first (the filter's choices).
    pub years: Vec<i64>,
    /// By (category code, goal).
    pub cells: HashMap<(String, u8), Cell>,
}

impl Matrix {
    pub fn cell(&self, line: &str, goal: u8) -> Option<&Cell> {
        self.cells.get(&(line.to_owned(), goal))
    }
}

type Stamp = (i64, i64, i64, Vec<(i64, i64, (i64, i64, i64))>);

#[derive(Debug)]
struct Kept {
    stamp: Stamp,
    matrix: Arc<Matrix>,
    checked: Instant,
}

/// This node's copies of the matrix, per year filter.
#[derive(Debug, Default)]
pub struct MatrixCache {
    map: Mutex<HashMap<Option<i64>, Kept>>,
}

impl MatrixCache {
    /// Forgets every copy (after a change of the links).
    pub fn clear(&self) {
        if let Ok(mut m) = self.map.lock() {
            m.clear();
        }
    }
}

/// What the matrix is built from, now: the links, the published entries, and each
/// edition's latest agenda and approved outcomes.
async fn stamp(app: &App) -> ServiceResult<Stamp> {
    let mut conn = app.db().conn().await?;
    let (links, changed) = mdb::stamp(&mut conn).await?;
    let search = wsis_db::stocktaking::search_head(&mut conn).await?;
    let mut editions = Vec::new();
    for ed in fdb::editions(&mut conn).await? {
        let version = fdb::latest_version(&mut conn, ed.id).await?;
        let outcomes = fdb::approved_stamp(&mut conn, ed.id).await?;
        editions.push((ed.year, version, outcomes));
    }
    Ok((links, changed, search, editions))
}

/// The matrix for every year (`None`) or one year.
pub async fn matrix(app: &App, year: Option<i64>) -> ServiceResult<Arc<Matrix>> {
    let recheck = app.config().forum_recheck;
    if let Ok(m) = app.matrix_cache().map.lock()
        && let Some(k) = m.get(&year)
        && k.checked.elapsed() < recheck
    {
        return Ok(k.matrix.clone());
    }
    let now = stamp(app).await?;
    if let Ok(mut m) = app.matrix_cache().map.lock()
        && let Some(k) = m.get_mut(&year)
        && k.stamp == now
    {
        k.checked = Instant::now();
        return Ok(k.matrix.clone());
    }
    let matrix = Arc::new(build(app, year).await?);
    if let Ok(mut m) = app.matrix_cache().map.lock() {
        m.insert(
            year,
            Kept {
                stamp: now,
                matrix: matrix.clone(),
                checked: Instant::now(),
            },
        );
    }
    Ok(matrix)
}

async fn build(app: &App, year: Option<i64>) -> ServiceResult<Matrix> {
    let mut cells: HashMap<(String, u8), Cell> = HashMap::new();
    let mut conn = app.db().conn().await?;
    let editions = fdb::editions(&mut conn).await?;
    let years: Vec<i64> = editions.iter().map(|e| e.year).collect();
    if year.is_some_and(|y| !years.contains(&y)) {
        return Err(ServiceError::NotFound);
    }
    for l in mdb::links(&mut conn, None).await? {
        let key = (l.link.action_line.clone(), l.link.goal);
        cells.entry(key).or_default().link = Some(l);
    }
    drop(conn);
    for ed in editions.iter().filter(|e| year.is_none_or(|y| y == e.year)) {
        // Sessions as the published agenda shows them.
        if let Some(snap) = crate::forum::snapshots::of_edition(app, ed).await? {
            for s in &snap.schedule.sessions {
                for line in s.action_lines.iter().filter(|l| is_row(l)) {
                    for g in &s.sdgs {
                        cells
                            .entry((line.clone(), *g))
                            .or_default()
                            .sessions
                            .push((ed.year, s.number));
                    }
                }
            }
        }
        // Approved outcomes, by what they report.
        let mut conn = app.db().conn().await?;
        let numbers: HashMap<i64, i64> = fdb::sessions(&mut conn, ed.id, None)
            .await?
            .into_iter()
            .filter_map(|s| s.number.map(|n| (s.id, n)))
            .collect();
        for o in fdb::outcomes_of_edition(&mut conn, ed.id).await? {
            if o.status != OutcomeStatus::Approved {
                continue;
            }
            let Some(n) = numbers.get(&o.session_id) else {
                continue;
            };
            for l in &o.data.action_lines {
                for g in &o.data.sdgs {
                    cells
                        .entry((l.code.clone(), g.goal))
                        .or_default()
                        .outcomes
                        .push((ed.year, *n));
                }
            }
        }
    }
    let mut conn = app.db().conn().await?;
    let pairs = match year {
        None => wsis_db::stocktaking::facet_pair_counts(&mut conn, "action_line", "sdg").await?,
        Some(y) => {
            wsis_db::stocktaking::facet_pair_counts_where(
                &mut conn,
                "action_line",
                "sdg",
                "call",
                &y.to_string(),
            )
            .await?
        }
    };
    for (line, goal, n) in pairs {
        if let (true, Ok(g)) = (is_row(&line), goal.parse::<u8>()) {
            cells.entry((line, g)).or_default().entries = n;
        }
    }
    Ok(Matrix { year, years, cells })
}

/// The Action Lines `who` may keep: every row for the secretariat, the rows of the
/// lines a facilitator account was given (C7 covers its sub-lines).
pub async fn editable_lines(app: &App, who: Principal<'_>) -> ServiceResult<Vec<&'static str>> {
    let mut conn = app.db().conn().await?;
    let mine = mdb::facilitated_by(&mut conn, who.id.get()).await?;
    let mine: Vec<&str> = mine.iter().map(String::as_str).collect();
    Ok(rows()
        .map(|c| c.code)
        .filter(|code| who.facilitates_or_secretariat(code, &mine))
        .collect())
}

async fn may_edit(app: &App, who: &Principal<'_>, line: &str) -> ServiceResult<()> {
    if !is_row(line) {
        return Err(ServiceError::NotFound);
    }
    let mut conn = app.db().conn().await?;
    let mine = mdb::facilitated_by(&mut conn, who.id.get()).await?;
    let mine: Vec<&str> = mine.iter().map(String::as_str).collect();
    if who.facilitates_or_secretariat(line, &mine) {
        Ok(())
    } else {
        Err(ServiceError::Forbidden)
    }
}

/// The links of one Action Line for its facilitators to edit, with the line's
/// change count (the form sends it back).
pub async fn line_links(
    app: &App,
    who: Principal<'_>,
    line: &str,
) -> ServiceResult<(Vec<LinkRow>, i64)> {
    may_edit(app, &who, line).await?;
    let mut conn = app.db().conn().await?;
    let links = mdb::links(&mut conn, Some(line)).await?;
    let seen = mdb::line_stamp(&mut conn, line).await?;
    Ok((links, seen))
}

/// Saves the links of Action Line `line` from the form built at change count `seen`:
/// one input per goal (1–17; an empty one removes that goal's link). Every input is
/// checked before anything is written; all are written in one transaction, each
/// change recorded. A change made meanwhile makes the form stale. Returns how many
/// links changed.
pub async fn save_line(
    app: &App,
    who: Principal<'_>,
    line: &str,
    seen: i64,
    inputs: &[(u8, LinkInput)],
) -> ServiceResult<usize> {
    may_edit(app, &who, line).await?;
    let mut errors = FieldErrors::new();
    let mut wanted: Vec<(u8, Option<Link>)> = Vec::new();
    for (goal, input) in inputs {
        let field = GOAL_FIELDS
            .get(usize::from(*goal).wrapping_sub(1))
            .copied()
            .unwrap_or("goal");
        let link = input.parse(line, *goal, field, &mut errors);
        if !wanted.iter().any(|(g, _)| g == goal) {
            wanted.push((*goal, link));
        }
    }
    if !errors.is_empty() {
        return Err(ServiceError::Fields(errors));
    }
    let mut tx = app.db().begin().await?;
    if mdb::line_stamp(&mut tx, line).await? != seen {
        return Err(ServiceError::Stale("matrix-stale"));
    }
    let mut changed = 0;
    for (goal, link) in &wanted {
        if mdb::set_link(&mut tx, line, *goal, link.as_ref(), who.id.get()).await? {
            changed += 1;
        }
    }
    tx.commit().await?;
    app.matrix_cache().clear();
    Ok(changed)
}

/// The changes of an Action Line's links, newest first (public: the matrix is a
/// living document).
pub async fn history(app: &App, line: &str) -> ServiceResult<Vec<HistoryRow>> {
    if !is_row(line) {
        return Err(ServiceError::NotFound);
    }
    let mut conn = app.db().conn().await?;
    Ok(mdb::history(&mut conn, line, 500).await?)
}

/// Every facilitator account and its lines (for the secretariat).
pub async fn facilitator_accounts(
    app: &App,
    who: Principal<'_>,
) -> ServiceResult<Vec<(i64, String, String, String)>> {
    if !who.is_secretariat() {
        return Err(ServiceError::Forbidden);
    }
    let mut conn = app.db().conn().await?;
    Ok(mdb::facilitator_accounts(&mut conn).await?)
}

/// Gives the account of `email` (which must hold the facilitator role) the keeping
/// of Action Line `line` (`on`), or takes it back.
pub async fn set_facilitator(
    app: &App,
    who: Principal<'_>,
    email: &str,
    line: &str,
    on: bool,
) -> ServiceResult<()> {
    if !who.is_secretariat() {
        return Err(ServiceError::Forbidden);
    }
    let mut errors = FieldErrors::new();
    let email = errors.check(
        "email",
        wsis_domain::account::Email::parse(email).map_err(|_| "email-invalid"),
    );
    let known_line = wsis_domain::taxonomy::action_lines::category(line).is_some()
        || wsis_domain::taxonomy::action_lines::action_line(line).is_some();
    if !known_line {
        errors.add("action_line", "action-line-invalid");
    }
    let Some(email) = email.filter(|_| errors.is_empty()) else {
        return Err(ServiceError::Fields(errors));
    };
    let mut tx = app.db().begin().await?;
    let user = wsis_db::accounts::find_user_by_email(&mut tx, &email)
        .await?
        .filter(|u| u.roles.contains(&wsis_domain::account::Role::Facilitator))
        .ok_or_else(|| ServiceError::field("email", "matrix-facilitator-unknown"))?;
    mdb::set_facilitated(&mut tx, user.id, line, on).await?;
    tx.commit().await?;
    Ok(())
}

// --------------------------------------------- Action Line facilitation meetings

pub use wsis_db::matrix::MeetingRow;
pub use wsis_domain::matrix::{MeetingInput, MeetingRecord};

/// The facilitation meeting records of an edition's year, by line (public).
pub async fn meetings(app: &App, year: i64) -> ServiceResult<Vec<MeetingRow>> {
    let mut conn = app.db().conn().await?;
    let ed = fdb::edition(&mut conn, year)
        .await?
        .ok_or(ServiceError::NotFound)?;
    Ok(mdb::meetings(&mut conn, ed.id, None).await?)
}

/// `line`'s meeting record at the edition of `year`, if recorded (public); an
/// unknown line or year is `NotFound`.
pub async fn meeting(app: &App, year: i64, line: &str) -> ServiceResult<Option<MeetingRow>> {
    if !is_row(line) {
        return Err(ServiceError::NotFound);
    }
    let mut conn = app.db().conn().await?;
    let ed = fdb::edition(&mut conn, year)
        .await?
        .ok_or(ServiceError::NotFound)?;
    Ok(mdb::meetings(&mut conn, ed.id, Some(line))
        .await?
        .into_iter()
        .next())
}

/// `line`'s meeting record for its facilitators (or the secretariat) to edit.
pub async fn meeting_for_edit(
    app: &App,
    who: Principal<'_>,
    year: i64,
    line: &str,
) -> ServiceResult<Option<MeetingRow>> {
    may_edit(app, &who, line).await?;
    meeting(app, year, line).await
}

/// Saves `line`'s meeting record at the edition of `year` from the form of
/// `version` (0 when there was none). Only the line's facilitators and the
/// secretariat; a record saved meanwhile makes the form stale.
pub async fn save_meeting(
    app: &App,
    who: Principal<'_>,
    year: i64,
    line: &str,
    version: i64,
    input: &MeetingInput,
) -> ServiceResult<()> {
    may_edit(app, &who, line).await?;
    let mut errors = FieldErrors::new();
    let record = input
        .parse(&mut errors)
        .ok_or(ServiceError::Fields(errors))?;
    let mut tx = app.db().begin().await?;
    let ed = fdb::edition(&mut tx, year)
        .await?
        .ok_or(ServiceError::NotFound)?;
    mdb::save_meeting(&mut tx, ed.id, line, version, &record, who.id.get())
        .await
        .map_err(|e| match e {
            wsis_db::DbError::Stale => ServiceError::Stale("meeting-stale"),
            e => e.into(),
        })?;
    tx.commit().await?;
    Ok(())
}
