//! The Hackathon's storage: editions, challenges, teams and their members and
//! invitations, projects and their files (in the media store), the jury's conflicts and
//! scores, the winners.

use crate::{DbError, Result, now};
use sqlx::AnyConnection;
use std::collections::BTreeMap;
use wsis_domain::hackathon::{ProjectData, Schedule, invitation};

fn to_json<T: serde::Serialize>(v: &T) -> Result<String> {
    serde_json::to_string(v).map_err(|e| DbError::Corrupt(e.to_string()))
}

fn from_json<T: serde::de::DeserializeOwned>(s: &str, what: &str) -> Result<T> {
    serde_json::from_str(s).map_err(|e| DbError::Corrupt(format!("{what}: {e}")))
}

/// An edition as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HackathonRow {
    pub id: i64,
    pub year: i64,
    pub title: BTreeMap<String, String>,
    pub team_min: i64,
    pub team_max: i64,
    pub schedule: Schedule,
}

type HackathonTuple = (i64, i64, String, i64, i64, i64, i64, i64);

fn hackathon_of(r: HackathonTuple) -> Result<HackathonRow> {
    Ok(HackathonRow {
        id: r.0,
        year: r.1,
        title: from_json(&r.2, "hackathon title")?,
        team_min: r.3,
        team_max: r.4,
        schedule: Schedule {
            opens_at: r.5,
            closes_at: r.6,
            announced_at: r.7,
        },
    })
}

const HACKATHON_COLS: &str =
    "id, year, title, team_min, team_max, opens_at, closes_at, announced_at";

/// An edition's settings.
pub struct Settings<'a> {
    pub title: &'a BTreeMap<String, String>,
    pub team_min: i64,
    pub team_max: i64,
    pub schedule: &'a Schedule,
}

/// Creates the edition of `year`, or changes its settings.
pub async fn save_hackathon(conn: &mut AnyConnection, year: i64, s: &Settings<'_>) -> Result<()> {
    let title = to_json(s.title)?;
    let done = sqlx::query(
        "UPDATE hackathons SET title = $1, team_min = $2, team_max = $3, opens_at = $4,
         closes_at = $5, announced_at = $6 WHERE year = $7",
    )
    .bind(&title)
    .bind(s.team_min)
    .bind(s.team_max)
    .bind(s.schedule.opens_at)
    .bind(s.schedule.closes_at)
    .bind(s.schedule.announced_at)
    .bind(year)
    .execute(&mut *conn)
    .await?;
    if done.rows_affected() == 0 {
        sqlx::query(
            "INSERT INTO hackathons (year, title, team_min, team_max, opens_at, closes_at,
             announced_at, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        )
        .bind(year)
        .bind(&title)
        .bind(s.team_min)
        .bind(s.team_max)
        .bind(s.schedule.opens_at)
        .bind(s.schedule.closes_at)
        .bind(s.schedule.announced_at)
        .bind(now())
        .execute(conn)
        .await
        .map_err(crate::map_unique)?;
    }
    Ok(())
}

pub async fn hackathon(conn: &mut AnyConnection, year: i64) -> Result<Option<HackathonRow>> {
    let row: Option<HackathonTuple> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "SELECT {HACKATHON_COLS} FROM hackathons WHERE year = $1"
    )))
    .bind(year)
    .fetch_optional(conn)
    .await?;
    row.map(hackathon_of).transpose()
}

/// Every edition, newest first.
pub async fn hackathons(conn: &mut AnyConnection) -> Result<Vec<HackathonRow>> {
    let rows: Vec<HackathonTuple> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "SELECT {HACKATHON_COLS} FROM hackathons ORDER BY year DESC"
    )))
    .fetch_all(conn)
    .await?;
    rows.into_iter().map(hackathon_of).collect()
}

// ---------------------------------------------------------------- challenges

/// A challenge as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChallengeRow {
    pub id: i64,
    pub hackathon_id: i64,
    pub title: BTreeMap<String, String>,
    pub description: BTreeMap<String, String>,
    pub partners: Vec<String>,
}

type ChallengeTuple = (i64, i64, String, String, String);

fn challenge_of(r: ChallengeTuple) -> Result<ChallengeRow> {
    Ok(ChallengeRow {
        id: r.0,
        hackathon_id: r.1,
        title: from_json(&r.2, "challenge title")?,
        description: from_json(&r.3, "challenge description")?,
        partners: from_json(&r.4, "challenge partners")?,
    })
}

/// A challenge's texts.
pub struct ChallengeData<'a> {
    pub title: &'a BTreeMap<String, String>,
    pub description: &'a BTreeMap<String, String>,
    pub partners: &'a [String],
}

/// Adds a challenge (`id` None) or changes one of the edition; its id.
pub async fn save_challenge(
    conn: &mut AnyConnection,
    hackathon: i64,
    id: Option<i64>,
    c: &ChallengeData<'_>,
) -> Result<Option<i64>> {
    let (title, description, partners) = (
        to_json(c.title)?,
        to_json(c.description)?,
        to_json(&c.partners)?,
    );
    match id {
        Some(id) => {
            let done = sqlx::query(
                "UPDATE hackathon_challenges SET title = $1, description = $2, partners = $3
                 WHERE id = $4 AND hackathon_id = $5",
            )
            .bind(title)
            .bind(description)
            .bind(partners)
            .bind(id)
            .bind(hackathon)
            .execute(conn)
            .await?;
            Ok((done.rows_affected() == 1).then_some(id))
        }
        None => Ok(Some(
            sqlx::query_scalar(
                "INSERT INTO hackathon_challenges (hackathon_id, title, description, partners, created_at)
                 VALUES ($1, $2, $3, $4, $5) RETURNING id",
            )
            .bind(hackathon)
            .bind(title)
            .bind(description)
            .bind(partners)
            .bind(now())
            .fetch_one(conn)
            .await?,
        )),
    }
}

/// The challenges of an edition, in the order they were added.
pub async fn challenges(conn: &mut AnyConnection, hackathon: i64) -> Result<Vec<ChallengeRow>> {
    let rows: Vec<ChallengeTuple> = sqlx::query_as(
        "SELECT id, hackathon_id, title, description, partners FROM hackathon_challenges
         WHERE hackathon_id = $1 ORDER BY id",
    )
    .bind(hackathon)
    .fetch_all(conn)
    .await?;
    rows.into_iter().map(challenge_of).collect()
}

// --------------------------------------------------------------------- teams

/// A team as stored, with its challenge and how many members it has.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct TeamRow {
    pub id: i64,
    pub hackathon_id: i64,
    pub challenge_id: i64,
    pub name: String,
    pub captain_id: i64,
    pub members: i64,
    /// Whether it has submitted a project.
    pub submitted: i64,
}

const TEAM_SELECT: &str = "SELECT t.id, t.hackathon_id, t.challenge_id, t.name, t.captain_id,
    (SELECT COUNT(*) FROM hackathon_members m WHERE m.team_id = t.id) AS members,
    (SELECT COUNT(*) FROM hackathon_projects p WHERE p.team_id = t.id) AS submitted
    FROM hackathon_teams t";

pub async fn team(conn: &mut AnyConnection, id: i64) -> Result<Option<TeamRow>> {
    Ok(sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "{TEAM_SELECT} WHERE t.id = $1"
    )))
    .bind(id)
    .fetch_optional(conn)
    .await?)
}

/// The teams of an edition, by challenge then name.
pub async fn teams(conn: &mut AnyConnection, hackathon: i64) -> Result<Vec<TeamRow>> {
    Ok(sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "{TEAM_SELECT} WHERE t.hackathon_id = $1 ORDER BY t.challenge_id, t.name_key"
    )))
    .bind(hackathon)
    .fetch_all(conn)
    .await?)
}

/// The teams `user` belongs to in an edition.
pub async fn teams_of(conn: &mut AnyConnection, hackathon: i64, user: i64) -> Result<Vec<TeamRow>> {
    Ok(sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "{TEAM_SELECT} WHERE t.hackathon_id = $1
           AND t.id IN (SELECT team_id FROM hackathon_members WHERE user_id = $2) ORDER BY t.id"
    )))
    .bind(hackathon)
    .bind(user)
    .fetch_all(conn)
    .await?)
}

/// Whether the edition has a team named `key` (compared without case).
pub async fn name_taken(conn: &mut AnyConnection, hackathon: i64, key: &str) -> Result<bool> {
    Ok(sqlx::query_scalar::<_, i64>(
        "SELECT 1 FROM hackathon_teams WHERE hackathon_id = $1 AND name_key = $2",
    )
    .bind(hackathon)
    .bind(key)
    .fetch_optional(conn)
    .await?
    .is_some())
}

/// Whether `user` is in a team of `challenge`.
pub async fn in_challenge(conn: &mut AnyConnection, challenge: i64, user: i64) -> Result<bool> {
    Ok(sqlx::query_scalar::<_, i64>(
        "SELECT 1 FROM hackathon_members WHERE challenge_id = $1 AND user_id = $2",
    )
    .bind(challenge)
    .bind(user)
    .fetch_optional(conn)
    .await?
    .is_some())
}

/// A new team with its captain as first member. `Conflict` when the name is taken
/// (`name`) or the captain is already in a team of the challenge (`member`).
pub async fn create_team(
    conn: &mut AnyConnection,
    hackathon: i64,
    challenge: i64,
    name: &str,
    key: &str,
    captain: i64,
) -> Result<i64> {
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO hackathon_teams (hackathon_id, challenge_id, name, name_key, captain_id, created_at)
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
    )
    .bind(hackathon)
    .bind(challenge)
    .bind(name)
    .bind(key)
    .bind(captain)
    .bind(now())
    .fetch_one(&mut *conn)
    .await
    .map_err(|e| match crate::map_unique(e) {
        DbError::Conflict(_) => DbError::Conflict("name".to_owned()),
        e => e,
    })?;
    add_member(conn, id, challenge, captain).await?;
    Ok(id)
}

/// Adds a member; `Conflict("member")` when they are in a team of the challenge.
pub async fn add_member(
    conn: &mut AnyConnection,
    team: i64,
    challenge: i64,
    user: i64,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO hackathon_members (team_id, user_id, challenge_id, joined_at)
         VALUES ($1, $2, $3, $4)",
    )
    .bind(team)
    .bind(user)
    .bind(challenge)
    .bind(now())
    .execute(conn)
    .await
    .map_err(|e| match crate::map_unique(e) {
        DbError::Conflict(_) => DbError::Conflict("member".to_owned()),
        e => e,
    })?;
    Ok(())
}

pub async fn remove_member(conn: &mut AnyConnection, team: i64, user: i64) -> Result<bool> {
    let done = sqlx::query("DELETE FROM hackathon_members WHERE team_id = $1 AND user_id = $2")
        .bind(team)
        .bind(user)
        .execute(conn)
        .await?;
    Ok(done.rows_affected() == 1)
}

/// A team's members: (id, name), the captain first.
pub async fn members(conn: &mut AnyConnection, team: i64) -> Result<Vec<(i64, String)>> {
    Ok(sqlx::query_as(
        "SELECT u.id, u.name FROM hackathon_members m JOIN hackathon_teams t ON t.id = m.team_id
         JOIN users u ON u.id = m.user_id WHERE m.team_id = $1
         ORDER BY CASE WHEN u.id = t.captain_id THEN 0 ELSE 1 END, m.joined_at, u.id",
    )
    .bind(team)
    .fetch_all(conn)
    .await?)
}

pub async fn is_member(conn: &mut AnyConnection, team: i64, user: i64) -> Result<bool> {
    Ok(sqlx::query_scalar::<_, i64>(
        "SELECT 1 FROM hackathon_members WHERE team_id = $1 AND user_id = $2",
    )
    .bind(team)
    .bind(user)
    .fetch_optional(conn)
    .await?
    .is_some())
}

// --------------------------------------------------------------- invitations

/// An invitation as stored, with its team's name and challenge.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct InvitationRow {
    pub id: i64,
    pub team_id: i64,
    pub email: String,
    pub status: String,
    pub team: String,
    pub challenge_id: i64,
    pub captain: String,
}

const INVITATION_SELECT: &str = "SELECT i.id, i.team_id, i.email, i.status, t.name AS team,
    t.challenge_id, u.name AS captain FROM hackathon_invitations i
    JOIN hackathon_teams t ON t.id = i.team_id JOIN users u ON u.id = t.captain_id";

/// Every invitation a team sent, newest first.
pub async fn invitations_of_team(
    conn: &mut AnyConnection,
    team: i64,
) -> Result<Vec<InvitationRow>> {
    Ok(sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "{INVITATION_SELECT} WHERE i.team_id = $1 ORDER BY i.id DESC"
    )))
    .bind(team)
    .fetch_all(conn)
    .await?)
}

/// The invitations waiting for `email`'s answer in an edition.
pub async fn pending_for(
    conn: &mut AnyConnection,
    hackathon: i64,
    email: &str,
) -> Result<Vec<InvitationRow>> {
    Ok(sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "{INVITATION_SELECT} WHERE t.hackathon_id = $1 AND i.email = $2 AND i.status = $3
         ORDER BY i.id"
    )))
    .bind(hackathon)
    .bind(email)
    .bind(invitation::PENDING)
    .fetch_all(conn)
    .await?)
}

pub async fn invitation(conn: &mut AnyConnection, id: i64) -> Result<Option<InvitationRow>> {
    Ok(sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "{INVITATION_SELECT} WHERE i.id = $1"
    )))
    .bind(id)
    .fetch_optional(conn)
    .await?)
}

/// How many invitations a team has sent in all, and how many wait for an answer.
pub async fn invitation_counts(conn: &mut AnyConnection, team: i64) -> Result<(i64, i64)> {
    Ok(sqlx::query_as(
        "SELECT COUNT(*), CAST(COALESCE(SUM(CASE WHEN status = $2 THEN 1 ELSE 0 END), 0) AS BIGINT)
         FROM hackathon_invitations WHERE team_id = $1",
    )
    .bind(team)
    .bind(invitation::PENDING)
    .fetch_one(conn)
    .await?)
}

/// A new invitation; `Conflict` when the team invited that address before.
pub async fn invite(conn: &mut AnyConnection, team: i64, email: &str, by: i64) -> Result<i64> {
    sqlx::query_scalar(
        "INSERT INTO hackathon_invitations (team_id, email, invited_by, status, created_at)
         VALUES ($1, $2, $3, $4, $5) RETURNING id",
    )
    .bind(team)
    .bind(email)
    .bind(by)
    .bind(invitation::PENDING)
    .bind(now())
    .fetch_one(conn)
    .await
    .map_err(crate::map_unique)
}

/// Answers a pending invitation (accepted, declined, withdrawn); false when it was not
/// pending any more.
pub async fn answer(conn: &mut AnyConnection, id: i64, to: &str) -> Result<bool> {
    let done = sqlx::query(
        "UPDATE hackathon_invitations SET status = $1, answered_at = $2 WHERE id = $3 AND status = $4",
    )
    .bind(to)
    .bind(now())
    .bind(id)
    .bind(invitation::PENDING)
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

// ------------------------------------------------------------------ projects

/// A project as stored.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct ProjectRow {
    pub team_id: i64,
    pub title: String,
    pub summary: String,
    pub repo_url: String,
    pub video_url: String,
    pub updated_at: i64,
}

pub async fn project(conn: &mut AnyConnection, team: i64) -> Result<Option<ProjectRow>> {
    Ok(sqlx::query_as(
        "SELECT team_id, title, summary, repo_url, video_url, updated_at FROM hackathon_projects
         WHERE team_id = $1",
    )
    .bind(team)
    .fetch_optional(conn)
    .await?)
}

/// Saves a team's project (the first time: submits it).
pub async fn save_project(
    conn: &mut AnyConnection,
    team: i64,
    p: &ProjectData,
    by: i64,
) -> Result<()> {
    let t = now();
    let done = sqlx::query(
        "UPDATE hackathon_projects SET title = $1, summary = $2, repo_url = $3, video_url = $4,
         updated_at = $5 WHERE team_id = $6",
    )
    .bind(&p.title)
    .bind(&p.summary)
    .bind(&p.repo_url)
    .bind(&p.video_url)
    .bind(t)
    .bind(team)
    .execute(&mut *conn)
    .await?;
    if done.rows_affected() == 0 {
        sqlx::query(
            "INSERT INTO hackathon_projects (team_id, title, summary, repo_url, video_url,
             submitted_by, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $7)",
        )
        .bind(team)
        .bind(&p.title)
        .bind(&p.summary)
        .bind(&p.repo_url)
        .bind(&p.video_url)
        .bind(by)
        .bind(t)
        .execute(conn)
        .await?;
    }
    Ok(())
}

/// A file of a project as stored.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct FileRow {
    pub id: i64,
    pub team_id: i64,
    pub name: String,
    pub file_key: String,
    pub content_type: String,
    pub bytes: i64,
}

const FILE_COLS: &str = "id, team_id, name, file_key, content_type, bytes";

pub async fn files(conn: &mut AnyConnection, team: i64) -> Result<Vec<FileRow>> {
    Ok(sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "SELECT {FILE_COLS} FROM hackathon_files WHERE team_id = $1 ORDER BY id"
    )))
    .bind(team)
    .fetch_all(conn)
    .await?)
}

pub async fn file_by_key(conn: &mut AnyConnection, key: &str) -> Result<Option<FileRow>> {
    Ok(sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "SELECT {FILE_COLS} FROM hackathon_files WHERE file_key = $1"
    )))
    .bind(key)
    .fetch_optional(conn)
    .await?)
}

/// A new file of a team's project.
pub struct NewFile<'a> {
    pub team: i64,
    pub name: &'a str,
    pub key: &'a str,
    pub content_type: &'a str,
    pub bytes: i64,
    pub by: i64,
}

pub async fn add_file(conn: &mut AnyConnection, f: &NewFile<'_>) -> Result<i64> {
    Ok(sqlx::query_scalar(
        "INSERT INTO hackathon_files (team_id, name, file_key, content_type, bytes, uploaded_by, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
    )
    .bind(f.team)
    .bind(f.name)
    .bind(f.key)
    .bind(f.content_type)
    .bind(f.bytes)
    .bind(f.by)
    .bind(now())
    .fetch_one(conn)
    .await?)
}

/// Removes a file of `team`; its key when there was one.
pub async fn remove_file(conn: &mut AnyConnection, team: i64, id: i64) -> Result<Option<String>> {
    Ok(sqlx::query_scalar(
        "DELETE FROM hackathon_files WHERE id = $1 AND team_id = $2 RETURNING file_key",
    )
    .bind(id)
    .bind(team)
    .fetch_optional(conn)
    .await?)
}

/// Every file key (for `wsis media gc`).
pub async fn file_keys(conn: &mut AnyConnection) -> Result<Vec<String>> {
    Ok(sqlx::query_scalar("SELECT file_key FROM hackathon_files")
        .fetch_all(conn)
        .await?)
}

// --------------------------------------------------------------------- jury

pub async fn add_juror(conn: &mut AnyConnection, hackathon: i64, user: i64) -> Result<()> {
    sqlx::query(
        "INSERT INTO hackathon_jurors (hackathon_id, user_id) VALUES ($1, $2)
         ON CONFLICT (hackathon_id, user_id) DO NOTHING",
    )
    .bind(hackathon)
    .bind(user)
    .execute(conn)
    .await?;
    Ok(())
}

pub async fn remove_juror(conn: &mut AnyConnection, hackathon: i64, user: i64) -> Result<()> {
    sqlx::query("DELETE FROM hackathon_jurors WHERE hackathon_id = $1 AND user_id = $2")
        .bind(hackathon)
        .bind(user)
        .execute(conn)
        .await?;
    Ok(())
}

/// The jurors of an edition: (id, name, e-mail).
pub async fn jurors(
    conn: &mut AnyConnection,
    hackathon: i64,
) -> Result<Vec<(i64, String, String)>> {
    Ok(sqlx::query_as(
        "SELECT u.id, u.name, u.email FROM hackathon_jurors j JOIN users u ON u.id = j.user_id
         WHERE j.hackathon_id = $1 ORDER BY u.name",
    )
    .bind(hackathon)
    .fetch_all(conn)
    .await?)
}

pub async fn is_juror(conn: &mut AnyConnection, hackathon: i64, user: i64) -> Result<bool> {
    Ok(sqlx::query_scalar::<_, i64>(
        "SELECT 1 FROM hackathon_jurors WHERE hackathon_id = $1 AND user_id = $2",
    )
    .bind(hackathon)
    .bind(user)
    .fetch_optional(conn)
    .await?
    .is_some())
}

/// The teams of an edition `juror` declared a conflict with.
pub async fn conflicts_of(
    conn: &mut AnyConnection,
    hackathon: i64,
    juror: i64,
) -> Result<Vec<i64>> {
    Ok(sqlx::query_scalar(
        "SELECT c.team_id FROM hackathon_conflicts c JOIN hackathon_teams t ON t.id = c.team_id
         WHERE t.hackathon_id = $1 AND c.juror_id = $2",
    )
    .bind(hackathon)
    .bind(juror)
    .fetch_all(conn)
    .await?)
}

/// Every declared conflict of an edition: (team, juror's name, reason).
pub async fn conflicts(
    conn: &mut AnyConnection,
    hackathon: i64,
) -> Result<Vec<(i64, String, String)>> {
    Ok(sqlx::query_as(
        "SELECT c.team_id, u.name, c.reason FROM hackathon_conflicts c
         JOIN hackathon_teams t ON t.id = c.team_id JOIN users u ON u.id = c.juror_id
         WHERE t.hackathon_id = $1 ORDER BY c.team_id, u.name",
    )
    .bind(hackathon)
    .fetch_all(conn)
    .await?)
}

/// Declares a conflict (once); the juror's scores of that team go.
pub async fn declare_conflict(
    conn: &mut AnyConnection,
    team: i64,
    juror: i64,
    reason: &str,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO hackathon_conflicts (team_id, juror_id, reason, declared_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (team_id, juror_id) DO NOTHING",
    )
    .bind(team)
    .bind(juror)
    .bind(reason)
    .bind(now())
    .execute(&mut *conn)
    .await?;
    sqlx::query("DELETE FROM hackathon_scores WHERE team_id = $1 AND juror_id = $2")
        .bind(team)
        .bind(juror)
        .execute(conn)
        .await?;
    Ok(())
}

/// Replaces a juror's scores of a team: (criterion, score, comment).
pub async fn set_scores(
    conn: &mut AnyConnection,
    team: i64,
    juror: i64,
    scores: &[(&str, i64, String)],
) -> Result<()> {
    sqlx::query("DELETE FROM hackathon_scores WHERE team_id = $1 AND juror_id = $2")
        .bind(team)
        .bind(juror)
        .execute(&mut *conn)
        .await?;
    let t = now();
    for (criterion, score, comment) in scores {
        sqlx::query(
            "INSERT INTO hackathon_scores (team_id, juror_id, criterion, score, comment, scored_at)
             VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(team)
        .bind(juror)
        .bind(*criterion)
        .bind(score)
        .bind(comment)
        .bind(t)
        .execute(&mut *conn)
        .await?;
    }
    Ok(())
}

/// A juror's scores of a team: criterion → (score, comment).
pub async fn scores_of(
    conn: &mut AnyConnection,
    team: i64,
    juror: i64,
) -> Result<BTreeMap<String, (i64, String)>> {
    let rows: Vec<(String, i64, String)> = sqlx::query_as(
        "SELECT criterion, score, comment FROM hackathon_scores WHERE team_id = $1 AND juror_id = $2",
    )
    .bind(team)
    .bind(juror)
    .fetch_all(conn)
    .await?;
    Ok(rows.into_iter().map(|(c, s, m)| (c, (s, m))).collect())
}

/// The teams of an edition `juror` scored.
pub async fn scored_by(conn: &mut AnyConnection, hackathon: i64, juror: i64) -> Result<Vec<i64>> {
    Ok(sqlx::query_scalar(
        "SELECT DISTINCT s.team_id FROM hackathon_scores s JOIN hackathon_teams t ON t.id = s.team_id
         WHERE t.hackathon_id = $1 AND s.juror_id = $2",
    )
    .bind(hackathon)
    .bind(juror)
    .fetch_all(conn)
    .await?)
}

/// Each (team, juror, total of the juror's scores) of an edition, for its current jurors
/// (a juror removed by the secretariat no longer counts).
pub async fn totals(conn: &mut AnyConnection, hackathon: i64) -> Result<Vec<(i64, i64, i64)>> {
    Ok(sqlx::query_as(
        "SELECT s.team_id, s.juror_id, CAST(SUM(s.score) AS BIGINT) FROM hackathon_scores s
         JOIN hackathon_teams t ON t.id = s.team_id
         JOIN hackathon_jurors j ON j.hackathon_id = t.hackathon_id AND j.user_id = s.juror_id
         WHERE t.hackathon_id = $1
         GROUP BY s.team_id, s.juror_id",
    )
    .bind(hackathon)
    .fetch_all(conn)
    .await?)
}

/// Sets the winners (challenge → team), replacing those chosen before.
pub async fn set_winners(
    conn: &mut AnyConnection,
    hackathon: i64,
    winners: &[(i64, i64)],
) -> Result<()> {
    sqlx::query(
        "DELETE FROM hackathon_winners WHERE challenge_id IN
         (SELECT id FROM hackathon_challenges WHERE hackathon_id = $1)",
    )
    .bind(hackathon)
    .execute(&mut *conn)
    .await?;
    for (challenge, team) in winners {
        sqlx::query("INSERT INTO hackathon_winners (challenge_id, team_id) VALUES ($1, $2)")
            .bind(challenge)
            .bind(team)
            .execute(&mut *conn)
            .await?;
    }
    Ok(())
}

/// The winners of an edition: challenge → team.
pub async fn winners(conn: &mut AnyConnection, hackathon: i64) -> Result<BTreeMap<i64, i64>> {
    let rows: Vec<(i64, i64)> = sqlx::query_as(
        "SELECT w.challenge_id, w.team_id FROM hackathon_winners w
         JOIN hackathon_challenges c ON c.id = w.challenge_id WHERE c.hackathon_id = $1",
    )
    .bind(hackathon)
    .fetch_all(conn)
    .await?;
    Ok(rows.into_iter().collect())
}
