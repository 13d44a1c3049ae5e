//! The secretariat's review of the proposals of an edition: accept (the session
//! gets the edition's next public number), decline, ask for changes with a
//! comment, or merge one proposal into another. The proposer is told of each
//! decision by e-mail; speakers new to a merged session are asked to confirm.

use super::proposals::{Inviting, invite_speakers, speaker_tokens};
use crate::mail::{Letter, queue};
use crate::{App, ServiceError, ServiceResult};
use wsis_db::AnyConnection;
use wsis_db::forum as fdb;
use wsis_domain::access::Principal;
use wsis_domain::forum::review::{
    MergeSide, Scores, check_merge, merge_proposals, new_speakers, overall, review_comment,
};
use wsis_domain::forum::{ReviewAction, SessionStatus};
use wsis_domain::{Language, SessionId};
use wsis_i18n::Arg;

pub use wsis_db::forum::{
    Edition, ScoreRow, SessionEvent, SessionRow, SessionSpeaker, SessionType,
};

fn reviewer(who: &Principal<'_>) -> ServiceResult<()> {
    if who.is_secretariat() {
        Ok(())
    } else {
        Err(ServiceError::Forbidden)
    }
}

/// The proposals of an edition for review, with the session types, every
/// speaker of the edition and every reviewer's scores.
pub struct Queue {
    pub edition: Edition,
    pub types: Vec<SessionType>,
    pub sessions: Vec<SessionRow>,
    pub speakers: Vec<SessionSpeaker>,
    pub scores: Vec<ScoreRow>,
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
    let scores = fdb::scores_of_edition(&mut conn, edition.id).await?;
    Ok(Queue {
        edition,
        types,
        sessions,
        speakers,
        scores,
    })
}

/// The orders of the review queue.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Sort {
    /// Sessions by number, then proposals as they came.
    #[default]
    Number,
    /// The latest proposals first.
    Newest,
    /// The best score first (unscored last).
    ScoreHigh,
    /// The lowest score first (unscored last).
    ScoreLow,
    /// The fewest reviews first.
    FewestReviews,
    /// By title, in the page language's collation.
    Title,
}

impl Sort {
    pub const ALL: [Sort; 6] = [
        Sort::Number,
        Sort::Newest,
        Sort::ScoreHigh,
        Sort::ScoreLow,
        Sort::FewestReviews,
        Sort::Title,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Sort::Number => "number",
            Sort::Newest => "newest",
            Sort::ScoreHigh => "score-high",
            Sort::ScoreLow => "score-low",
            Sort::FewestReviews => "fewest-reviews",
            Sort::Title => "title",
        }
    }

    /// The order a query names; anything else is the default.
    pub fn parse(s: &str) -> Sort {
        Sort::ALL
            .into_iter()
            .find(|x| x.code() == s)
            .unwrap_or_default()
    }
}

/// What the queue shows: text in the title, abstract, organisers or speakers (or
/// the proposal's id or session number), a status, a type, a lowest mean score,
/// only those the reviewer has not scored yet; in an order.
#[derive(Debug, Clone, Default)]
pub struct QueueFilter {
    pub text: String,
    pub status: Option<SessionStatus>,
    pub type_code: Option<String>,
    pub min_score: Option<u8>,
    pub unscored_by_me: bool,
    pub sort: Sort,
}

/// A proposal as the queue lists it: its overall score (mean, reviews) and whether
/// the reviewer reading the queue scored it.
pub struct Listed<'a> {
    pub session: &'a SessionRow,
    pub score: Option<(f64, usize)>,
    pub mine: bool,
}

impl Queue {
    /// The scores of one proposal, in the criteria's order.
    fn reviews_of(&self, session: i64) -> Vec<[u8; 4]> {
        self.scores
            .iter()
            .filter(|x| x.session_id == session)
            .map(|x| x.values().map(|v| v.clamp(0, 255) as u8))
            .collect()
    }

    /// The proposals `filter` lets through, in its order, as `me` sees them.
    pub fn select(&self, filter: &QueueFilter, me: i64, lang: Language) -> Vec<Listed<'_>> {
        let needle = filter.text.trim().to_lowercase();
        let id_needle = needle.trim_start_matches('#').parse::<i64>().ok();
        let matches_text = |s: &SessionRow| {
            if needle.is_empty() {
                return true;
            }
            if id_needle.is_some_and(|n| n == s.id || Some(n) == s.number) {
                return true;
            }
            let has = |t: &str| t.to_lowercase().contains(&needle);
            has(&s.data.title)
                || has(&s.data.abstract_md)
                || s.data.organisers.iter().any(|o| has(o))
                || self
                    .speakers
                    .iter()
                    .filter(|x| x.session_id == s.id)
                    .any(|x| has(&x.name) || has(&x.organisation))
        };
        let mut out: Vec<Listed<'_>> = self
            .sessions
            .iter()
            .filter(|s| filter.status.is_none_or(|st| s.status == st))
            .filter(|s| {
                filter
                    .type_code
                    .as_deref()
                    .is_none_or(|t| s.data.type_code == t)
            })
            .filter(|s| matches_text(s))
            .map(|s| Listed {
                session: s,
                score: overall(&self.reviews_of(s.id)),
                mine: self
                    .scores
                    .iter()
                    .any(|x| x.session_id == s.id && x.reviewer_id == me),
            })
            .filter(|l| !(filter.unscored_by_me && l.mine))
            .filter(|l| {
                filter
                    .min_score
                    .is_none_or(|m| l.score.is_some_and(|(mean, _)| mean >= f64::from(m)))
            })
            .collect();
        let mean = |l: &Listed<'_>| l.score.map(|(m, _)| m);
        match filter.sort {
            Sort::Number => {}
            Sort::Newest => out.sort_by_key(|l| std::cmp::Reverse(l.session.id)),
            Sort::ScoreHigh => out.sort_by(|a, b| match (mean(a), mean(b)) {
                (Some(x), Some(y)) => y.total_cmp(&x),
                (Some(_), None) => std::cmp::Ordering::Less,
                (None, Some(_)) => std::cmp::Ordering::Greater,
                (None, None) => std::cmp::Ordering::Equal,
            }),
            Sort::ScoreLow => out.sort_by(|a, b| match (mean(a), mean(b)) {
                (Some(x), Some(y)) => x.total_cmp(&y),
                (Some(_), None) => std::cmp::Ordering::Less,
                (None, Some(_)) => std::cmp::Ordering::Greater,
                (None, None) => std::cmp::Ordering::Equal,
            }),
            Sort::FewestReviews => out.sort_by_key(|l| l.score.map_or(0, |(_, n)| n)),
            Sort::Title => out.sort_by(|a, b| {
                wsis_i18n::collate(lang, &a.session.data.title, &b.session.data.title)
            }),
        }
        out
    }
}

/// A proposal as the secretariat reads it before deciding: the proposal, its
/// edition's session types, speakers, proposer, every reviewer's scores and its
/// history.
pub struct Proposal {
    pub edition: Edition,
    pub session: SessionRow,
    pub types: Vec<SessionType>,
    pub speakers: Vec<SessionSpeaker>,
    pub proposer: Option<(String, String)>,
    pub scores: Vec<ScoreRow>,
    pub events: Vec<SessionEvent>,
    pub documents: usize,
}

/// The proposal `id` of the edition of `year`, for review.
pub async fn proposal(
    app: &App,
    who: Principal<'_>,
    year: i64,
    id: SessionId,
) -> ServiceResult<Proposal> {
    reviewer(&who)?;
    let mut conn = app.db().conn().await?;
    let edition = fdb::edition(&mut conn, year)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let session = fdb::session(&mut conn, id.get())
        .await?
        .filter(|s| s.edition_id == edition.id)
        .ok_or(ServiceError::NotFound)?;
    let proposer = wsis_db::accounts::find_user(&mut conn, session.proposer_id)
        .await?
        .map(|u| (u.profile.name, u.email));
    Ok(Proposal {
        types: fdb::session_types(&mut conn).await?,
        speakers: fdb::speakers_of_session(&mut conn, session.id).await?,
        scores: fdb::scores_of_session(&mut conn, session.id).await?,
        events: fdb::session_events(&mut conn, session.id).await?,
        documents: fdb::documents_of_session(&mut conn, session.id)
            .await?
            .len(),
        proposer,
        edition,
        session,
    })
}

/// The year of the edition of proposal `id`.
pub async fn year_of(app: &App, who: Principal<'_>, id: SessionId) -> ServiceResult<i64> {
    reviewer(&who)?;
    let mut conn = app.db().conn().await?;
    let s = fdb::session(&mut conn, id.get())
        .await?
        .ok_or(ServiceError::NotFound)?;
    Ok(fdb::edition_year(&mut conn, s.edition_id).await?)
}

/// Saves `who`'s scores of proposal `id` (of the edition of `year`), replacing
/// theirs from before. Merged proposals are not scored.
pub async fn score(
    app: &App,
    who: Principal<'_>,
    year: i64,
    id: SessionId,
    values: [&str; 4],
    comment: &str,
) -> ServiceResult<()> {
    reviewer(&who)?;
    let scores = Scores::parse(values, comment).map_err(|errors| {
        let mut f = wsis_domain::validation::FieldErrors::new();
        for (field, key) in errors {
            f.add(field, key);
        }
        ServiceError::Fields(f)
    })?;
    let mut tx = app.db().begin().await?;
    let edition = fdb::edition(&mut tx, year)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let s = fdb::session(&mut tx, id.get())
        .await?
        .filter(|s| s.edition_id == edition.id)
        .ok_or(ServiceError::NotFound)?;
    if s.status == SessionStatus::Merged {
        return Err(ServiceError::Conflict("forum-score-merged"));
    }
    fdb::save_score(
        &mut tx,
        s.id,
        who.id.get(),
        scores.values.map(i64::from),
        &scores.comment,
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// The most proposals one bulk decision takes.
pub const MAX_BULK: usize = 200;

/// What a bulk decision did: how many were decided, and how many were skipped
/// (merged, already in that state, or changed meanwhile).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Bulk {
    pub decided: usize,
    pub skipped: usize,
}

/// Takes one decision (accept or decline, with the comment a decline needs) on the
/// proposals `chosen` (id, the version the reviewer's page showed) of the edition of
/// `year`, each as a single decision (its own transaction and mail). At most
/// [`MAX_BULK`]; ids of other editions, and proposals changed since, are skipped.
pub async fn decide_many(
    app: &App,
    who: Principal<'_>,
    year: i64,
    chosen: &[(i64, Option<i64>)],
    action: &str,
    comment: &str,
) -> ServiceResult<Bulk> {
    reviewer(&who)?;
    let mut ids: Vec<i64> = chosen.iter().map(|(id, _)| *id).collect();
    ids.sort_unstable();
    ids.dedup();
    // The version each proposal had on the reviewer's page, when the page said it.
    let seen = |id: i64| chosen.iter().find(|(x, _)| *x == id).and_then(|(_, v)| *v);
    if ids.is_empty() {
        return Err(ServiceError::field("ids", "forum-bulk-none-chosen"));
    }
    if ids.len() > MAX_BULK {
        return Err(ServiceError::field("ids", "forum-bulk-too-many"));
    }
    let action_parsed =
        ReviewAction::parse(action).map_err(|k| ServiceError::field("action", k))?;
    if action_parsed == ReviewAction::RequestChanges {
        return Err(ServiceError::field("action", "review-action-invalid"));
    }
    review_comment(action_parsed, comment).map_err(|(f, k)| ServiceError::field(f, k))?;
    let edition = {
        let mut conn = app.db().conn().await?;
        fdb::edition(&mut conn, year)
            .await?
            .ok_or(ServiceError::NotFound)?
    };
    let mut out = Bulk::default();
    for id in ids {
        let current = fdb::session(&mut *app.db().conn().await?, id).await?;
        let Some(s) = current.filter(|s| s.edition_id == edition.id) else {
            out.skipped += 1;
            continue;
        };
        // Not decidable so, or changed since the reviewer's page showed it.
        if action_parsed.apply(s.status).is_err() || seen(id).is_some_and(|v| v != s.version) {
            out.skipped += 1;
            continue;
        }
        match decide(app, who, SessionId::new(id), action, comment, s.version).await {
            Ok(_) => out.decided += 1,
            Err(ServiceError::Stale(_) | ServiceError::Conflict(_) | ServiceError::NotFound) => {
                out.skipped += 1
            }
            Err(e) => return Err(e),
        }
    }
    Ok(out)
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
    fdb::add_session_event(
        &mut tx,
        s.id,
        Some(who.id.get()),
        next.code(),
        comment.as_deref(),
    )
    .await?;
    let year = fdb::edition_year(&mut tx, s.edition_id).await?;
    tell_proposer(&mut tx, app, &s, year, key, comment.as_deref()).await?;
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
    year: i64,
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
        // The subject says what happened, without the proposer's text.
        .sign(
            &owner.email,
            &format!("{key}-subject"),
            &[("year", Arg::from(year.to_string().as_str()))],
        );
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
    let (from_ref, into_ref) = (format!("#{}", from.id), format!("#{}", into.id));
    fdb::add_session_event(
        &mut tx,
        from.id,
        Some(who.id.get()),
        "merged-into",
        Some(&into_ref),
    )
    .await?;
    fdb::add_session_event(
        &mut tx,
        into.id,
        Some(who.id.get()),
        "merged-from",
        Some(&from_ref),
    )
    .await?;
    let edition = fdb::edition_by_id(&mut tx, from.edition_id)
        .await?
        .ok_or(ServiceError::NotFound)?;
    invite_speakers(
        &mut tx,
        app,
        Inviting {
            by: who.id,
            lang,
            edition: &edition,
        },
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
