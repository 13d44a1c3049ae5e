//! The public vote's engine.
//!
//! A vote is checked against an in-memory view of its edition (phase, nominees,
//! blocked e-mail domains, voided voters; reloaded from the database every second,
//! so that every node sees another's decisions within a second) and against this
//! node's rate limits, then handed to one writer task per node. The writer takes
//! every vote waiting (up to [`MAX_BATCH`]), inserts them in one transaction on a
//! connection of its own whose commits are on disk when they return (SQLite
//! `synchronous = FULL`; see [`wsis_db::Db::durable_connection`]), and only then
//! answers each vote: a group commit. The primary key of `prize_votes` (edition,
//! category, voter) decides between two votes of one account in one category, from
//! two tabs of one node or two nodes at once; the loser is told it already voted.
//! A confirmation e-mail per voter and two-minute window is queued in the same
//! transaction (one mail lists every vote of the window).

use super::{Edition, EditionRow};
use crate::{App, ServiceError, ServiceResult};
use std::collections::{HashMap, HashSet};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use tokio::sync::{mpsc, oneshot};
use wsis_db::prizes::{self as q, NewVote};
use wsis_db::{Db, now};
use wsis_domain::prizes::Phase;

/// Most votes one commit takes.
pub const MAX_BATCH: usize = 4096;
/// How long this node trusts its view of an edition before reloading it.
const VIEW_RECHECK: Duration = Duration::from_secs(1);
/// How long this node trusts a session it looked up for a vote.
const VOTER_RECHECK: Duration = Duration::from_secs(30);
/// Sessions kept at most (the cache is emptied when full).
const MAX_VOTERS: usize = 200_000;
/// The window of one confirmation e-mail (seconds).
pub const MAIL_WINDOW: i64 = 120;
/// The job kind of a vote confirmation.
pub const MAIL_JOB: &str = "prize-votes-mail";

/// An account that may try to vote, as this node knows it.
#[derive(Debug, Clone)]
pub struct Voter {
    pub id: i64,
    pub verified: bool,
    /// The domain of its e-mail address (lower case).
    pub domain: String,
}

/// An edition as the vote sees it.
struct View {
    row: EditionRow,
    /// Nominee → its category (nominated projects, once published).
    nominees: HashMap<i64, i64>,
    blocked: HashSet<String>,
    voided: HashSet<i64>,
    loaded: Instant,
}

/// A vote waiting for the writer, and who to tell.
struct Pending {
    vote: NewVote,
    ack: oneshot::Sender<Result<bool, String>>,
}

/// Counts in a fixed window.
#[derive(Default)]
struct Windows {
    start: i64,
    counts: HashMap<String, i64>,
}

impl Windows {
    /// Counts a hit on `key`; false past `max` in the window of `secs`.
    fn hit(&mut self, key: &str, max: i64, secs: i64, t: i64) -> bool {
        if t - self.start >= secs || self.counts.len() > 1_000_000 {
            self.start = t;
            self.counts.clear();
        }
        let n = self.counts.entry(key.to_owned()).or_insert(0);
        *n += 1;
        *n <= max
    }
}

/// The vote engine of one node.
#[derive(Default)]
pub struct VoteEngine {
    writer: std::sync::OnceLock<mpsc::Sender<Pending>>,
    views: Mutex<HashMap<i64, Arc<View>>>,
    voters: Mutex<HashMap<String, (Instant, Option<Voter>)>>,
    limits: Mutex<Windows>,
    /// One seal of a tally at a time on this node.
    pub(crate) sealing: tokio::sync::Mutex<()>,
    /// The sealed results' text, per edition and digest.
    tallies: Mutex<HashMap<i64, (String, Arc<String>)>>,
}

impl VoteEngine {
    /// Forgets what this node knows of the edition of `year` (after a change).
    pub fn forget(&self, year: i64) {
        if let Ok(mut v) = self.views.lock() {
            v.remove(&year);
        }
    }

    pub(crate) fn kept_tally(&self, year: i64, digest: &str) -> Option<Arc<String>> {
        let t = self.tallies.lock().ok()?;
        t.get(&year)
            .filter(|(d, _)| d == digest)
            .map(|(_, t)| t.clone())
    }

    pub(crate) fn keep_tally(&self, year: i64, digest: &str, text: Arc<String>) {
        if let Ok(mut t) = self.tallies.lock() {
            t.insert(year, (digest.to_owned(), text));
        }
    }

    /// Forgets a session (sign-out on this node).
    pub fn forget_session(&self, token_hash: &str) {
        if let Ok(mut v) = self.voters.lock() {
            v.remove(token_hash);
        }
    }

    fn sender(&self, db: &Db) -> mpsc::Sender<Pending> {
        self.writer
            .get_or_init(|| {
                let (tx, rx) = mpsc::channel(4 * MAX_BATCH);
                tokio::spawn(writer(db.clone(), rx));
                tx
            })
            .clone()
    }
}

/// The voter behind a session token (`None`: no live session). Cached for
/// [`VOTER_RECHECK`]: an account signed out on another node may vote for that long.
pub async fn voter(app: &App, token: &str) -> ServiceResult<Option<Voter>> {
    if token.len() != 64 {
        return Ok(None);
    }
    let key = crate::accounts::token_hash(token);
    let engine = app.prizes();
    if let Ok(cache) = engine.voters.lock()
        && let Some((at, v)) = cache.get(&key)
        && at.elapsed() < VOTER_RECHECK
    {
        return Ok(v.clone());
    }
    let v = crate::accounts::session_user(app, token)
        .await?
        .map(|u| Voter {
            id: u.id,
            verified: u.email_verified,
            domain: u
                .email
                .rsplit_once('@')
                .map(|(_, d)| d.to_lowercase())
                .unwrap_or_default(),
        });
    if let Ok(mut cache) = engine.voters.lock() {
        if cache.len() >= MAX_VOTERS {
            cache.clear();
        }
        cache.insert(key, (Instant::now(), v.clone()));
    }
    Ok(v)
}

async fn load_view(app: &App, year: i64) -> ServiceResult<Arc<View>> {
    let mut conn = app.db().conn().await?;
    let row = super::edition_row(&mut conn, year).await?;
    let nominees = if row.nominees_published_at.is_some() {
        q::nominee_ids(&mut conn, row.id)
            .await?
            .into_iter()
            .collect()
    } else {
        HashMap::new()
    };
    let blocked = q::blocked_domains(&mut conn).await?.into_iter().collect();
    let voided = q::voided_voters(&mut conn, row.id)
        .await?
        .into_iter()
        .collect();
    Ok(Arc::new(View {
        row,
        nominees,
        blocked,
        voided,
        loaded: Instant::now(),
    }))
}

/// This node's view of the edition of `year`, reloaded when older than a second.
async fn view(app: &App, year: i64) -> ServiceResult<Arc<View>> {
    let engine = app.prizes();
    if let Ok(views) = engine.views.lock()
        && let Some(v) = views.get(&year)
        && v.loaded.elapsed() < VIEW_RECHECK
    {
        return Ok(v.clone());
    }
    let v = load_view(app, year).await?;
    if let Ok(mut views) = engine.views.lock() {
        views.insert(year, v.clone());
    }
    Ok(v)
}

/// A vote as asked for.
#[derive(Debug, Clone, Copy)]
pub struct Ballot {
    pub year: i64,
    pub category: i64,
    pub nominee: i64,
}

/// Casts `voter`'s vote from `client_ip`. Answers once the vote is on disk. Refused
/// ([`ServiceError::Conflict`] with the reason's key): outside the voting phase
/// (`prize-vote-closed`), an unverified address (`prize-vote-unverified`), a blocked
/// e-mail domain (`prize-vote-blocked-domain`), a voided voter (`prize-vote-voided`),
/// a second vote in the category (`prize-vote-already`); a nominee that is not one of
/// the category's: a field error on `nominee`; too many votes from the address or
/// attempts by the account: [`ServiceError::RateLimited`].
pub async fn cast(app: &App, voter: &Voter, client_ip: &str, ballot: Ballot) -> ServiceResult<()> {
    let view = view(app, ballot.year).await?;
    let t = now();
    if view.row.schedule().phase_at(t) != Phase::Voting || view.row.sealed_at.is_some() {
        return Err(ServiceError::Conflict("prize-vote-closed"));
    }
    if !voter.verified {
        return Err(ServiceError::Conflict("prize-vote-unverified"));
    }
    if view.blocked.contains(&voter.domain) {
        return Err(ServiceError::Conflict("prize-vote-blocked-domain"));
    }
    if view.voided.contains(&voter.id) {
        return Err(ServiceError::Conflict("prize-vote-voided"));
    }
    if view.nominees.get(&ballot.nominee) != Some(&ballot.category) {
        return Err(ServiceError::field("nominee", "prize-nominee-invalid"));
    }
    {
        let limits = &app.config().rate_limits;
        let mut w = app
            .prizes()
            .limits
            .lock()
            .map_err(|_| ServiceError::internal("vote limits"))?;
        let window = limits.window_secs;
        let account_ok = w.hit(
            &format!("a{}", voter.id),
            limits.votes_per_account,
            window,
            t,
        );
        let ip_ok = w.hit(client_ip, limits.votes_per_ip, window, t);
        if !(account_ok && ip_ok) {
            return Err(ServiceError::RateLimited);
        }
    }
    let (ack, answer) = oneshot::channel();
    let pending = Pending {
        vote: NewVote {
            edition_id: view.row.id,
            category: ballot.category,
            voter: voter.id,
            nominee: ballot.nominee,
            at: t,
            client_ip: client_ip.to_owned(),
        },
        ack,
    };
    app.prizes()
        .sender(app.db())
        .send(pending)
        .await
        .map_err(|_| ServiceError::Unavailable("the vote writer stopped".into()))?;
    match answer.await {
        // The confirmation is due when its window ends: the worker's own polling finds
        // it then (waking the worker for every vote would cost a query per vote).
        Ok(Ok(true)) => Ok(()),
        Ok(Ok(false)) => Err(ServiceError::Conflict("prize-vote-already")),
        Ok(Err(e)) => Err(ServiceError::Unavailable(e)),
        Err(_) => Err(ServiceError::Unavailable("the vote writer stopped".into())),
    }
}

/// The writer: one per node, committing every vote waiting at once.
async fn writer(db: Db, mut rx: mpsc::Receiver<Pending>) {
    let mut conn: Option<wsis_db::AnyConnection> = None;
    let mut batch: Vec<Pending> = Vec::with_capacity(MAX_BATCH);
    let mut mailed: HashSet<(i64, i64)> = HashSet::new();
    while rx.recv_many(&mut batch, MAX_BATCH).await > 0 {
        // One vote per (edition, category, voter) goes to the database; a second one
        // in the same batch lost already.
        let mut first: HashSet<(i64, i64, i64)> = HashSet::new();
        let mut votes = Vec::with_capacity(batch.len());
        let mut duplicate = vec![false; batch.len()];
        for (i, p) in batch.iter().enumerate() {
            if first.insert((p.vote.edition_id, p.vote.category, p.vote.voter)) {
                votes.push(p.vote.clone());
            } else {
                duplicate[i] = true;
            }
        }
        if mailed.len() > 500_000 {
            mailed.clear();
        }
        let outcome = write_batch(&db, &mut conn, &votes, &mut mailed).await;
        for (i, p) in batch.drain(..).enumerate() {
            let answer = match &outcome {
                Ok(inserted) => Ok(!duplicate[i]
                    && inserted.contains(&(p.vote.edition_id, p.vote.category, p.vote.voter))),
                Err(e) => Err(e.clone()),
            };
            let _ = p.ack.send(answer);
        }
        if let Err(e) = outcome {
            tracing::error!(error = e, "a batch of votes failed; none of it was written");
            conn = None;
        }
    }
}

/// Writes `votes` in one durable transaction; returns those inserted.
async fn write_batch(
    db: &Db,
    conn: &mut Option<wsis_db::AnyConnection>,
    votes: &[NewVote],
    mailed: &mut HashSet<(i64, i64)>,
) -> Result<HashSet<(i64, i64, i64)>, String> {
    if conn.is_none() {
        *conn = Some(db.durable_connection().await.map_err(|e| e.to_string())?);
    }
    let Some(c) = conn.as_mut() else {
        return Err("no connection".into());
    };
    let mut tx = db.begin_on(c).await.map_err(|e| e.to_string())?;
    let mut inserted = HashSet::new();
    let mut by_voter: HashMap<(i64, i64), i64> = HashMap::new();
    let mut editions: Vec<i64> = votes.iter().map(|v| v.edition_id).collect();
    editions.sort_unstable();
    editions.dedup();
    for e in editions {
        let of_edition: Vec<NewVote> = votes
            .iter()
            .filter(|v| v.edition_id == e)
            .cloned()
            .collect();
        for chunk in of_edition.chunks(q::VOTES_PER_STATEMENT) {
            for (category, voter) in q::insert_votes(&mut tx, chunk)
                .await
                .map_err(|e| e.to_string())?
            {
                inserted.insert((e, category, voter));
                by_voter.insert((e, voter), chunk[0].at);
            }
        }
    }
    // A confirmation per voter and window, queued with the votes it confirms.
    let mut payloads = Vec::new();
    for ((edition, voter), at) in by_voter {
        let window = at - at.rem_euclid(MAIL_WINDOW);
        if mailed.contains(&(voter, window)) {
            continue;
        }
        payloads.push((
            format!("prize-votes:{edition}:{voter}:{window}"),
            serde_json::json!({"edition": edition, "voter": voter, "from": window,
                "to": window + MAIL_WINDOW})
            .to_string(),
            window + MAIL_WINDOW + 5,
            (voter, window),
        ));
    }
    let jobs: Vec<wsis_db::jobs::NewJob<'_>> = payloads
        .iter()
        .map(|(key, payload, run_at, _)| wsis_db::jobs::NewJob {
            kind: MAIL_JOB,
            payload,
            run_at: *run_at,
            max_attempts: 10,
            unique_key: Some(key),
        })
        .collect();
    wsis_db::jobs::enqueue_many(&mut tx, &jobs)
        .await
        .map_err(|e| e.to_string())?;
    tx.commit().await.map_err(|e| e.to_string())?;
    mailed.extend(payloads.iter().map(|p| p.3));
    Ok(inserted)
}

/// Sends the confirmation of a voter's votes in one window (the job of [`MAIL_JOB`]).
pub(crate) async fn send_confirmation(app: &App, payload: &str) -> ServiceResult<()> {
    #[derive(serde::Deserialize)]
    struct P {
        edition: i64,
        voter: i64,
        from: i64,
        to: i64,
    }
    let p: P = serde_json::from_str(payload).map_err(|e| ServiceError::caused("payload", e))?;
    let mut conn = app.db().conn().await?;
    let votes = q::votes_between(&mut conn, p.edition, p.voter, p.from, p.to).await?;
    let Some(user) = wsis_db::accounts::find_user(&mut conn, p.voter).await? else {
        return Ok(());
    };
    let year: Option<i64> = q::editions(&mut conn)
        .await?
        .into_iter()
        .find(|e| e.id == p.edition)
        .map(|e| e.year);
    drop(conn);
    let (Some(year), false) = (year, votes.is_empty()) else {
        return Ok(());
    };
    let lang = user.profile.language;
    let mut letter = crate::mail::Letter::to(lang, &user.profile.name).say(
        "prize-mail-votes",
        &[
            ("year", wsis_i18n::Arg::from(year.to_string().as_str())),
            ("count", wsis_i18n::Arg::Num(votes.len() as i64)),
        ],
    );
    for (category, title) in &votes {
        let name = wsis_domain::prizes::category(*category)
            .map(|c| format!("{} {}", c.code, c.name.get(lang)))
            .unwrap_or_default();
        letter = letter.text(&format!("– {name}: {title}"));
    }
    let letter = letter.say("prize-mail-votes-final", &[]).text(&format!(
        "{}/{}/prizes/{year}/my-votes",
        app.config().public_url,
        lang.code()
    ));
    let mail = letter.sign(
        &user.email,
        "prize-mail-votes-subject",
        &[("year", wsis_i18n::Arg::from(year.to_string().as_str()))],
    );
    app.mailer()
        .send(&app.config().mail_from, &mail.to, &mail.subject, mail.body)
        .await
        .map_err(|e| ServiceError::caused("sending mail", e))
}

/// A voter's votes in an edition: (category, nominee, cast at, voided).
pub async fn my_votes(
    app: &App,
    voter: i64,
    year: i64,
) -> ServiceResult<(Edition, Vec<(i64, i64, i64, bool)>)> {
    let mut conn = app.db().conn().await?;
    let row = super::edition_row(&mut conn, year).await?;
    let votes = q::votes_of(&mut conn, row.id, voter)
        .await?
        .into_iter()
        .map(|(c, n, at, voided)| (c, n, at, voided.is_some()))
        .collect();
    Ok((Edition::of(&row, now()), votes))
}
