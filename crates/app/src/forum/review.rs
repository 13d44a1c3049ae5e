//! The secretariat's review of the proposals of an edition: accept (the session
//! gets the edition's next public number), decline, ask for changes with a
//! comment, or merge one proposal into another. The proposer is told of each
//! decision by e-mail; speakers new to a merged session are asked to confirm.

use super::proposals::{invite_speakers, speaker_tokens};
use crate::mail::{Letter, queue};
use crate::{App, ServiceError, ServiceResult};
use wsis_db::AnyConnection;
use wsis_db::forum as fdb;
use wsis_domain::access::Principal;
use wsis_domain::forum::review::{
    MergeSide, check_merge, merge_proposals, new_speakers, review_comment,
};
use wsis_domain::forum::{ReviewAction, SessionStatus};
use wsis_domain::{Language, SessionId};
use wsis_i18n::Arg;

pub use wsis_db::forum::{Edition, SessionRow, SessionSpeaker, SessionType};

fn reviewer(who: &Principal<'_>) -> ServiceResult<()> {
    if who.is_secretariat() {
        Ok(())
    } else {
        Err(ServiceError::Forbidden)
    }
}

/// The proposals of an edition for review, with the session types and every
/// speaker of the edition.
pub struct Queue {
    pub edition: Edition,
    pub types: Vec<SessionType>,
    pub sessions: Vec<SessionRow>,
    pub speakers: Vec<SessionSpeaker>,
}

pub async fn queue_of(app: &App, who: Principal<'_>, year: i64) -> ServiceResult<Queue> {
    reviewer(&who)?;
    let mut conn = app.db().conn().await?;
    let edition = fdb::edition(&mut conn, year)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let types = fdb::session_types(&mut conn).await?;
    let sessions = fdb::sessions(&mut conn, edition.id, None).await?;
    let speakers = fdb::speakers_of_edition(&mut conn, edition.id).await?;
    Ok(Queue {
        edition,
        types,
        sessions,
        speakers,
    })
}

fn stale(e: wsis_db::DbError) -> ServiceError {
    match e {
        wsis_db::DbError::Stale => ServiceError::Stale("forum-proposal-stale"),
        e => e.into(),
    }
}

/// Decides on proposal `id` as read at `version` (`action`: accept, decline,
/// request-changes; the last two need a comment). Returns the edition's year.
pub async fn decide(
    app: &App,
    who: Principal<'_>,
    id: SessionId,
    action: &str,
    comment: &str,
    version: i64,
) -> ServiceResult<i64> {
    reviewer(&who)?;
    let mut tx = app.db().begin().await?;
    let s = fdb::session(&mut tx, id.get())
        .await?
        .ok_or(ServiceError::NotFound)?;
    let action = ReviewAction::parse(action).map_err(|k| ServiceError::field("action", k))?;
    let comment = review_comment(action, comment).map_err(|(f, k)| ServiceError::field(f, k))?;
    let next = action.apply(s.status).map_err(ServiceError::Conflict)?;
    fdb::review(&mut tx, id.get(), version, next, comment.as_deref())
        .await
        .map_err(stale)?;
    let key = match next {
        SessionStatus::Accepted => "mail-proposal-accepted",
        SessionStatus::Declined => "mail-proposal-declined",
        _ => "mail-proposal-changes",
    };
    tell_proposer(&mut tx, app, &s, key, comment.as_deref()).await?;
    let year = fdb::edition_year(&mut tx, s.edition_id).await?;
    tx.commit().await?;
    app.wake_worker();
    Ok(year)
}

/// Queues the proposer's letter about a decision on their proposal (in their
/// language, with the reviewer's comment and the link to their proposals).
async fn tell_proposer(
    conn: &mut AnyConnection,
    app: &App,
    s: &SessionRow,
    key: &str,
    comment: Option<&str>,
) -> ServiceResult<()> {
    let Some(owner) = wsis_db::accounts::find_user(&mut *conn, s.proposer_id).await? else {
        return Ok(());
    };
    let lang = owner.profile.language;
    let title = [("title", Arg::from(s.data.title.as_str()))];
    let mut letter = Letter::to(lang, &owner.profile.name).say(key, &title);
    if let Some(c) = comment {
        letter = letter.text(c);
    }
    let mail = letter
        .text(&format!(
            "{}/{}/forum/proposals",
            app.config().public_url,
            lang.code()
        ))
        .sign(&owner.email, "mail-proposal-subject", &title);
    queue(conn, &mail).await
}

/// Folds proposal `from` (as read at `version`) into `into`: `into` keeps its
/// own content and takes `from`'s organisers, speakers, Action Lines, SDGs and
/// languages ([`merge_proposals`]); `from` becomes merged. Speakers new to `into`
/// are asked (in `lang`) to confirm. Returns the edition's year.
pub async fn merge(
    app: &App,
    who: Principal<'_>,
    lang: Language,
    from: SessionId,
    into: SessionId,
    version: i64,
) -> ServiceResult<i64> {
    reviewer(&who)?;
    let mut tx = app.db().begin().await?;
    let from = fdb::session(&mut tx, from.get())
        .await?
        .ok_or(ServiceError::NotFound)?;
    let into = fdb::session(&mut tx, into.get())
        .await?
        .ok_or_else(|| ServiceError::field("into", "forum-merge-target-invalid"))?;
    let side = |s: &SessionRow| MergeSide {
        id: SessionId::new(s.id),
        edition: s.edition_id,
        status: s.status,
    };
    check_merge(side(&from), side(&into)).map_err(|k| ServiceError::field("into", k))?;
    if from.version != version {
        return Err(ServiceError::Stale("forum-proposal-stale"));
    }
    let merged = merge_proposals(&into.data, &from.data);
    let (raw, hashes) = speaker_tokens(merged.speakers.len());
    fdb::merge(&mut tx, &from, &into, &merged, &hashes)
        .await
        .map_err(stale)?;
    invite_speakers(
        &mut tx,
        app,
        who.id,
        lang,
        &merged,
        &new_speakers(&merged, &into.data),
        &raw,
    )
    .await?;
    let year = fdb::edition_year(&mut tx, from.edition_id).await?;
    tx.commit().await?;
    app.wake_worker();
    Ok(year)
}
