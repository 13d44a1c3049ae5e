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
/// The job that queues the confirmations of one window's votes.
pub const CONFIRM_JOB: &str = "prize-confirm";

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

    /// Counts an attempt of `account` from `client_ip` against the public votes' rate
    /// limits (every public vote shares them: the prizes' and the Photo Contest's);
    /// false past either.
    pub(crate) fn allow(&self, app: &App, account: i64, client_ip: &str) -> bool {
        let limits = &app.config().rate_limits;
        let Ok(mut w) = self.limits.lock() else {
            return false;
        };
        let t = now();
        let window = limits.window_secs;
        let account_ok = w.hit(&format!("a{account}"), limits.votes_per_account, window, t);
        let ip_ok = w.hit(client_ip, limits.votes_per_ip, window, t);
        account_ok && ip_ok
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
    if !app.prizes().allow(app, voter.id, client_ip) {
        return Err(ServiceError::RateLimited);
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
        let (inserted, failed) = write_batch(&db, &mut conn, &votes).await;
        for (i, p) in batch.drain(..).enumerate() {
            let key = (p.vote.edition_id, p.vote.category, p.vote.voter);
            let answer = match &failed {
                Some((e, keys)) if !duplicate[i] && keys.contains(&key) => Err(e.clone()),
                _ => Ok(!duplicate[i] && inserted.contains(&key)),
            };
            let _ = p.ack.send(answer);
        }
        if let Some((e, keys)) = failed {
            tracing::error!(error = e, votes = keys.len(), "votes could not be written");
            conn = None;
        }
    }
}

/// A vote's key: (edition, category, voter).
type VoteKey = (i64, i64, i64);
/// Why statements failed, and the votes they held.
type Failed = Option<(String, HashSet<VoteKey>)>;

/// Writes `votes`, each statement (up to [`q::VOTES_PER_STATEMENT`] votes of one edition)
/// on its own: a statement is atomic and, on the writer's connection, on disk when it
/// returns, so no transaction is needed around them (each vote stands alone) and a
/// batch of up to 256 votes costs one round trip to the database. Returns the votes
/// inserted, and the error with the votes of the statements that failed (none written).
async fn write_batch(
    db: &Db,
    conn: &mut Option<wsis_db::AnyConnection>,
    votes: &[NewVote],
) -> (HashSet<VoteKey>, Failed) {
    let mut inserted = HashSet::new();
    let key = |v: &NewVote| (v.edition_id, v.category, v.voter);
    if conn.is_none() {
        match db.durable_connection().await {
            Ok(c) => *conn = Some(c),
            Err(e) => {
                return (
                    inserted,
                    Some((e.to_string(), votes.iter().map(key).collect())),
                );
            }
        }
    }
    let Some(c) = conn.as_mut() else {
        return (
            inserted,
            Some(("no connection".into(), votes.iter().map(key).collect())),
        );
    };
    let mut editions: Vec<i64> = votes.iter().map(|v| v.edition_id).collect();
    editions.sort_unstable();
    editions.dedup();
    let mut failed: Failed = None;
    for e in editions {
        let of_edition: Vec<NewVote> = votes
            .iter()
            .filter(|v| v.edition_id == e)
            .cloned()
            .collect();
        for chunk in of_edition.chunks(q::VOTES_PER_STATEMENT) {
            if failed.is_some() {
                // The connection failed: the rest is refused, not tried.
                if let Some((_, keys)) = failed.as_mut() {
                    keys.extend(chunk.iter().map(key));
                }
                continue;
            }
            match q::insert_votes(c, chunk).await {
                Ok(rows) => inserted.extend(rows.into_iter().map(|(cat, voter)| (e, cat, voter))),
                Err(err) => failed = Some((err.to_string(), chunk.iter().map(key).collect())),
            }
        }
    }
    (inserted, failed)
}

/// Queues, in one transaction, the confirmation of each voter who voted in `year`'s
/// window [from, to): one message per voter listing the window's votes (the job of
/// [`CONFIRM_JOB`], scheduled once per edition and window when the window has ended).
pub(crate) async fn confirm_window(app: &App, payload: &str) -> ServiceResult<()> {
    #[derive(serde::Deserialize)]
    struct P {
        edition: i64,
        from: i64,
        to: i64,
    }
    let p: P = serde_json::from_str(payload).map_err(|e| ServiceError::caused("payload", e))?;
    let mut tx = app.db().begin().await?;
    let Some(year) = q::editions(&mut tx)
        .await?
        .into_iter()
        .find(|e| e.id == p.edition)
        .map(|e| e.year)
    else {
        return Ok(());
    };
    let mut queued = 0;
    for voter in q::voters_between(&mut tx, p.edition, p.from, p.to).await? {
        let votes = q::votes_between(&mut tx, p.edition, voter, p.from, p.to).await?;
        let Some(user) = wsis_db::accounts::find_user(&mut tx, voter).await? else {
            continue;
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
        crate::mail::queue(&mut tx, &mail).await?;
        queued += 1;
    }
    tx.commit().await?;
    if queued > 0 {
        app.wake_worker();
    }
    Ok(())
}

/// The confirmation jobs the scheduler queues at `t`: one per edition whose vote is
/// running (or just closed) and window of the last two hours that has ended, each
/// once across a cluster (its key names the edition and the window).
pub(crate) async fn schedule_confirmations(
    conn: &mut wsis_db::AnyConnection,
    t: i64,
) -> ServiceResult<usize> {
    let mut queued = 0;
    for e in q::editions(conn).await? {
        if t < e.voting_opens || t > e.voting_closes + 2 * 3600 {
            continue;
        }
        let last = t - t.rem_euclid(MAIL_WINDOW) - MAIL_WINDOW;
        let mut w = last;
        while w >= (t - 2 * 3600).max(e.voting_opens - MAIL_WINDOW) {
            let key = format!("{CONFIRM_JOB}:{}:{w}", e.id);
            let payload =
                serde_json::json!({"edition": e.id, "from": w, "to": w + MAIL_WINDOW}).to_string();
            let id = wsis_db::jobs::enqueue(
                conn,
                &wsis_db::jobs::NewJob {
                    kind: CONFIRM_JOB,
                    payload: &payload,
                    run_at: t,
                    max_attempts: 10,
                    unique_key: Some(&key),
                },
            )
            .await?;
            queued += usize::from(id.is_some());
            w -= MAIL_WINDOW;
        }
    }
    Ok(queued)
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
