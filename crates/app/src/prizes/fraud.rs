//! Against fraud: the block list of disposable e-mail domains, the search for
//! suspicious patterns in the votes (a burst of votes for one nominee, many accounts
//! voting from one address, many new accounts sharing one e-mail pattern) into a
//! queue the secretariat reviews, voiding a voter's votes with a reason, and the
//! append-only audit log of every decision.

use super::{edition_row, secretariat};
use crate::{App, ServiceError, ServiceResult};
use wsis_db::now;
use wsis_db::prizes as q;
use wsis_domain::access::Principal;
use wsis_domain::prizes::Phase;

pub use wsis_db::prizes::SuspicionRow as Suspicion;

/// A burst: more than this many votes for one nominee…
pub const BURST_VOTES: i64 = 200;
/// …within this many seconds.
pub const BURST_SECS: i64 = 600;
/// An address from which more than this many accounts voted.
pub const ADDRESS_ACCOUNTS: i64 = 20;
/// More than this many accounts created during the vote whose addresses share one
/// pattern (the local part without its digits, at one domain).
pub const PATTERN_ACCOUNTS: usize = 20;

/// The job that scans an edition's votes while voting runs…
pub const SCAN_JOB: &str = "prize-scan";
/// …every this many seconds.
pub const SCAN_EVERY_SECS: i64 = 600;

/// A domain as the block list keeps it: lower case, letters, digits, dots and dashes.
pub fn parse_domain(raw: &str) -> Result<String, &'static str> {
    let d = raw.trim().trim_start_matches('@').to_lowercase();
    let ok = !d.is_empty()
        && d.len() <= 253
        && d.contains('.')
        && d.split('.').all(|l| {
            !l.is_empty()
                && l.len() <= 63
                && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        });
    if ok {
        Ok(d)
    } else {
        Err("prize-domain-invalid")
    }
}

pub async fn blocked_domains(app: &App, who: Principal<'_>) -> ServiceResult<Vec<String>> {
    secretariat(who)?;
    let mut conn = app.db().conn().await?;
    Ok(q::blocked_domains(&mut conn).await?)
}

/// Adds (or, with `block` false, removes) a domain of the block list; the change is
/// written to the audit log of every edition open for voting.
pub async fn set_blocked(
    app: &App,
    who: Principal<'_>,
    raw: &str,
    block: bool,
) -> ServiceResult<()> {
    secretariat(who)?;
    let domain = parse_domain(raw).map_err(|k| ServiceError::field("domain", k))?;
    let mut tx = app.db().begin().await?;
    let changed = if block {
        q::block_domain(&mut tx, &domain, Some(who.id.get())).await?
    } else {
        q::unblock_domain(&mut tx, &domain).await?
    };
    if changed {
        let t = now();
        for e in q::editions(&mut tx).await? {
            if e.schedule().phase_at(t) <= Phase::Voting {
                let action = if block {
                    "domain-blocked"
                } else {
                    "domain-unblocked"
                };
                q::audit(&mut tx, e.id, Some(who.id.get()), action, &domain, "").await?;
            }
        }
    }
    tx.commit().await?;
    for e in super::editions(app).await? {
        app.prizes().forget(e.year);
    }
    Ok(())
}

/// Looks for suspicious patterns in the votes of `year` and adds what it finds to the
/// review queue (once per pattern). Returns how many were new. Run by the
/// secretariat's queue page and by the worker every few minutes while voting runs.
pub async fn scan(app: &App, year: i64) -> ServiceResult<usize> {
    let mut conn = app.db().conn().await?;
    let row = edition_row(&mut conn, year).await?;
    let t = now();
    let mut found = Vec::new();
    // Bursts: fixed windows of BURST_SECS since voting opened, up to now.
    let from = row.voting_opens.max(t - 86_400);
    let mut w = from - from.rem_euclid(BURST_SECS);
    while w <= t.min(row.voting_closes) {
        for (nominee, votes) in q::bursts(&mut conn, row.id, w, w + BURST_SECS, BURST_VOTES).await?
        {
            let voters = q::voters_of_nominee(&mut conn, nominee, w, w + BURST_SECS).await?;
            found.push((
                "burst",
                format!("nominee {nominee} at {w}"),
                format!("{votes} votes in {} minutes", BURST_SECS / 60),
                voters,
            ));
        }
        w += BURST_SECS;
    }
    for (ip, voters) in
        q::busy_addresses(&mut conn, row.id, row.voting_opens, ADDRESS_ACCOUNTS).await?
    {
        let voters: Vec<i64> = voters.split(',').filter_map(|v| v.parse().ok()).collect();
        found.push((
            "address",
            format!("address {ip}"),
            format!("{} accounts", voters.len()),
            voters,
        ));
    }
    let mut patterns: std::collections::HashMap<String, Vec<i64>> = Default::default();
    for (id, email) in q::new_voters(&mut conn, row.id, row.voting_opens - 86_400).await? {
        if let Some((local, domain)) = email.rsplit_once('@') {
            let stem: String = local.chars().filter(|c| !c.is_ascii_digit()).collect();
            patterns
                .entry(format!("{stem}#@{domain}"))
                .or_default()
                .push(id);
        }
    }
    for (pattern, voters) in patterns {
        if voters.len() > PATTERN_ACCOUNTS {
            found.push((
                "pattern",
                format!("e-mail {pattern}"),
                format!("{} new accounts", voters.len()),
                voters,
            ));
        }
    }
    drop(conn);
    let mut new = 0;
    let mut tx = app.db().begin().await?;
    for (kind, subject, detail, voters) in found {
        if q::add_suspicion(&mut tx, row.id, kind, &subject, &detail, &voters).await? {
            q::audit(&mut tx, row.id, None, "suspicion-found", &subject, &detail).await?;
            new += 1;
        }
    }
    tx.commit().await?;
    Ok(new)
}

/// The review queue of an edition (pending first).
pub async fn suspicions(app: &App, who: Principal<'_>, year: i64) -> ServiceResult<Vec<Suspicion>> {
    secretariat(who)?;
    let mut conn = app.db().conn().await?;
    let row = edition_row(&mut conn, year).await?;
    Ok(q::suspicions(&mut conn, row.id).await?)
}

/// A reason for a decision: required, one line, at most 500 characters.
fn reason(raw: &str) -> ServiceResult<String> {
    wsis_domain::validation::checked_text(
        raw,
        500,
        false,
        "prize-reason-required",
        "prize-text-too-long",
    )
    .map_err(|k| ServiceError::field("reason", k))
}

/// Voids every vote of one voter in `year` and bars them from voting again, with a
/// reason, in the audit log (refused once the tally is sealed).
pub async fn void_voter(
    app: &App,
    who: Principal<'_>,
    year: i64,
    voter: i64,
    why: &str,
) -> ServiceResult<()> {
    secretariat(who)?;
    let why = reason(why)?;
    let mut tx = app.db().begin().await?;
    let row = edition_row(&mut tx, year).await?;
    let row = q::lock_edition(&mut tx, row.id)
        .await?
        .ok_or(ServiceError::NotFound)?;
    if row.sealed_at.is_some() {
        return Err(ServiceError::Conflict("prize-sealed"));
    }
    if wsis_db::accounts::find_user(&mut tx, voter)
        .await?
        .is_none()
    {
        return Err(ServiceError::field("voter", "prize-voter-unknown"));
    }
    if q::void_voter(&mut tx, row.id, voter, &why, who.id.get()).await? {
        q::audit(
            &mut tx,
            row.id,
            Some(who.id.get()),
            "voter-voided",
            &format!("account {voter}"),
            &why,
        )
        .await?;
    }
    tx.commit().await?;
    app.prizes().forget(year);
    Ok(())
}

/// Decides a suspicion: `void` voids the votes of every account it lists, otherwise
/// it is dismissed; either way with a reason, in the audit log.
pub async fn decide(
    app: &App,
    who: Principal<'_>,
    year: i64,
    id: i64,
    void: bool,
    why: &str,
) -> ServiceResult<()> {
    secretariat(who)?;
    let why = reason(why)?;
    let mut tx = app.db().begin().await?;
    let row = edition_row(&mut tx, year).await?;
    let row = q::lock_edition(&mut tx, row.id)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let Some((edition, s)) = q::suspicion(&mut tx, id).await? else {
        return Err(ServiceError::NotFound);
    };
    if edition != row.id {
        return Err(ServiceError::NotFound);
    }
    if void && row.sealed_at.is_some() {
        return Err(ServiceError::Conflict("prize-sealed"));
    }
    let decision = if void { "voided" } else { "dismissed" };
    if !q::decide_suspicion(&mut tx, id, decision).await? {
        return Err(ServiceError::Conflict("prize-suspicion-decided"));
    }
    if void {
        for voter in s.voters.split(',').filter_map(|v| v.parse::<i64>().ok()) {
            q::void_voter(&mut tx, row.id, voter, &why, who.id.get()).await?;
        }
    }
    q::audit(
        &mut tx,
        row.id,
        Some(who.id.get()),
        if void {
            "suspicion-voided"
        } else {
            "suspicion-dismissed"
        },
        &s.subject,
        &why,
    )
    .await?;
    tx.commit().await?;
    app.prizes().forget(year);
    Ok(())
}

/// One line of the audit log.
#[derive(Debug, Clone, serde::Serialize)]
pub struct AuditLine {
    pub at: i64,
    /// Who decided (`None`: the platform).
    pub actor: Option<String>,
    pub action: String,
    pub subject: String,
    pub reason: String,
}

/// The audit log of an edition, oldest first (the secretariat).
pub async fn audit_log(app: &App, who: Principal<'_>, year: i64) -> ServiceResult<Vec<AuditLine>> {
    secretariat(who)?;
    let mut conn = app.db().conn().await?;
    let row = edition_row(&mut conn, year).await?;
    Ok(q::audit_log(&mut conn, row.id)
        .await?
        .into_iter()
        .map(|(at, actor, action, subject, reason)| AuditLine {
            at,
            actor,
            action,
            subject,
            reason,
        })
        .collect())
}

/// The vote's totals so far (the secretariat: running counts stay hidden from the
/// public until the seal): (counted, voided, voters).
pub async fn totals(app: &App, who: Principal<'_>, year: i64) -> ServiceResult<(i64, i64, i64)> {
    secretariat(who)?;
    let mut conn = app.db().conn().await?;
    let row = edition_row(&mut conn, year).await?;
    Ok(q::vote_totals(&mut conn, row.id).await?)
}
