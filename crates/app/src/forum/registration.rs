//! Registration for a forum edition: a participant registers (on-site places
//! against the edition's capacity, checked under a lock so that none is
//! overbooked), the secretariat approves or declines, and checks participants
//! in at the door by the code on their badge. Every step that tells the
//! participant queues its e-mail in the same transaction.

use crate::mail::{Letter, queue};
use crate::{App, ServiceError, ServiceResult};
use wsis_db::registrations as reg;
use wsis_domain::forum::registration::{RegistrationData, RegistrationStatus, email_in_domain};
use wsis_domain::{AccountId, Language, RegistrationId};
use wsis_i18n::Arg;

pub use wsis_db::forum::Edition;
pub use wsis_db::registrations::Registration;

/// The message key of a full edition (on-site places all taken).
pub const FULL: &str = "registration-full";
/// Approving an on-site registration when the approved ones fill the capacity.
pub const FULL_ON_APPROVAL: &str = "registration-full-on-approval";

pub use super::schedule::edition;

/// Who registers: their account, name and address.
#[derive(Debug, Clone, Copy)]
pub struct Participant<'a> {
    pub id: i64,
    pub name: &'a str,
    pub email: &'a str,
}

/// What a registration attempt did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Registered {
    /// Registered, with its status (approved at once or waiting).
    New(RegistrationId, RegistrationStatus),
    /// The account was already registered for the edition; nothing changed.
    Already,
}

/// A badge code: the edition and 80 random bits, easy to type at the door.
fn badge_code(year: i64) -> ServiceResult<String> {
    let mut buf = [0u8; 10];
    getrandom::fill(&mut buf).map_err(|e| ServiceError::internal(format!("random: {e}")))?;
    let hex: String = buf.iter().map(|b| format!("{b:02X}")).collect();
    Ok(format!("W{year}-{hex}"))
}

/// The registration e-mail: `key` (pending, approved, declined), the badge
/// code when there is one, and the link to the registration page.
fn letter(
    app: &App,
    lang: Language,
    to: &str,
    name: &str,
    year: i64,
    key: &str,
    code: Option<&str>,
) -> crate::mail::OutgoingMail {
    let y = year.to_string();
    let mut l = Letter::to(lang, name).say(key, &[("year", Arg::from(y.as_str()))]);
    if let Some(c) = code {
        l = l.text(c);
    }
    l.text(&format!(
        "{}/{}/forum/{year}/register",
        app.config().public_url,
        lang.code()
    ))
    .sign(
        to,
        "mail-registration-subject",
        &[("year", Arg::from(y.as_str()))],
    )
}

/// Registers `who` for the edition of `year`. On-site places count against
/// the edition's capacity when approved (a pending registration holds none, so
/// that unanswered ones never fill the forum); when none is left the answer is
/// `Conflict(FULL)`. The e-mail (in `lang`) is queued with the
/// registration.
pub async fn register(
    app: &App,
    lang: Language,
    who: Participant<'_>,
    year: i64,
    data: &RegistrationData,
) -> ServiceResult<Registered> {
    let ed = edition(app, year).await?;
    let code = badge_code(year)?;
    let mut tx = app.db().begin().await?;
    // An accredited category is proven by the address: one of the domains the
    // secretariat accredited for it. Anyone else who claims it waits for approval.
    let accredited = reg::accredited_domains(&mut tx, ed.id)
        .await?
        .iter()
        .any(|(c, d)| c == data.category.code() && email_in_domain(who.email, d));
    let status = RegistrationStatus::initial(data.category, accredited);
    let id = match reg::register(&mut tx, ed.id, ed.capacity, who.id, data, status, &code).await {
        Ok(id) => id,
        Err(wsis_db::DbError::Conflict(c)) if c == reg::CAPACITY => {
            return Err(ServiceError::Conflict(FULL));
        }
        Err(e) if e.is_conflict() => return Ok(Registered::Already),
        Err(e) => return Err(e.into()),
    };
    let (key, code) = match status {
        RegistrationStatus::Approved => ("mail-registration-approved", Some(code.as_str())),
        _ => ("mail-registration-pending", None),
    };
    queue(
        &mut tx,
        &letter(app, lang, who.email, who.name, year, key, code),
    )
    .await?;
    tx.commit().await?;
    app.wake_worker();
    Ok(Registered::New(RegistrationId::new(id), status))
}

/// The account's registration for an edition, if any.
pub async fn of_user(
    app: &App,
    edition: i64,
    user: AccountId,
) -> ServiceResult<Option<Registration>> {
    Ok(reg::of_user(&mut *app.db().conn().await?, edition, user.get()).await?)
}

/// The approval queue: pending registrations, oldest first.
pub async fn pending(app: &App, edition: i64, limit: i64) -> ServiceResult<Vec<Registration>> {
    Ok(reg::in_status(
        &mut *app.db().conn().await?,
        edition,
        RegistrationStatus::Pending,
        limit,
    )
    .await?)
}

/// Approves or declines a pending registration and queues the participant's
/// e-mail (in their own language; `lang` when it is unknown); returns the edition's year. A registration already
/// decided is `Conflict("registration-already-decided")`; any status other
/// than approved or declined is a field error.
pub async fn decide(
    app: &App,
    lang: Language,
    id: RegistrationId,
    status: RegistrationStatus,
) -> ServiceResult<i64> {
    if !matches!(
        status,
        RegistrationStatus::Approved | RegistrationStatus::Declined
    ) {
        return Err(ServiceError::field("status", "registration-status-invalid"));
    }
    let mut tx = app.db().begin().await?;
    let r = reg::get(&mut tx, id.get())
        .await?
        .ok_or(ServiceError::NotFound)?;
    let ed = wsis_db::forum::edition_by_id(&mut tx, r.edition_id)
        .await?
        .ok_or(ServiceError::NotFound)?;
    if r.status != RegistrationStatus::Pending.code() {
        return Err(ServiceError::Conflict("registration-already-decided"));
    }
    // A place on site is given on approval, while places are left.
    let decided = match status {
        RegistrationStatus::Approved => match reg::approve(&mut tx, &r, ed.capacity).await {
            Err(wsis_db::DbError::Conflict(c)) if c == reg::CAPACITY => {
                return Err(ServiceError::Conflict(FULL_ON_APPROVAL));
            }
            other => other?,
        },
        _ => reg::decide(&mut tx, id.get(), status).await?,
    };
    if !decided {
        return Err(ServiceError::Conflict("registration-already-decided"));
    }
    let year = ed.year;
    let (key, code) = match status {
        RegistrationStatus::Approved => ("mail-registration-approved", Some(r.badge_code.as_str())),
        _ => ("mail-registration-declined", None),
    };
    // In the participant's language, whatever the secretariat's page is in.
    let to_lang = r.language.parse().unwrap_or(lang);
    queue(
        &mut tx,
        &letter(app, to_lang, &r.email, &r.name, year, key, code),
    )
    .await?;
    tx.commit().await?;
    app.wake_worker();
    Ok(year)
}

/// What scanning a badge found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CheckIn {
    /// No registration of the edition has this code.
    Unknown,
    /// Registered but not approved (pending or declined).
    NotApproved(Registration),
    /// Welcome: arrived now.
    Welcome(Registration),
    /// Already checked in, at this time.
    Already(Registration, i64),
}

/// The badge code in what was scanned or typed: a QR code may hold a URL
/// ending in the code.
pub fn badge_code_of(scanned: &str) -> String {
    scanned
        .trim()
        .rsplit(['/', '='])
        .next()
        .unwrap_or("")
        .to_ascii_uppercase()
}

/// Checks a participant in by the code on their badge (see
/// [`badge_code_of`]). A second check-in of the same badge is told the time
/// of the first, also when both happen at once.
pub async fn check_in(app: &App, edition: i64, scanned: &str) -> ServiceResult<CheckIn> {
    let code = badge_code_of(scanned);
    if code.is_empty() || code.len() > 64 {
        return Ok(CheckIn::Unknown);
    }
    let mut tx = app.db().begin().await?;
    let Some(r) = reg::by_badge(&mut tx, edition, &code).await? else {
        return Ok(CheckIn::Unknown);
    };
    if r.status != RegistrationStatus::Approved.code() {
        return Ok(CheckIn::NotApproved(r));
    }
    let out = match reg::check_in(&mut tx, r.id).await? {
        Some(at) => CheckIn::Already(r, at),
        None => CheckIn::Welcome(r),
    };
    tx.commit().await?;
    Ok(out)
}

/// Counts of approved registrations by (mode, stakeholder type, country).
pub async fn counts(app: &App, edition: i64) -> ServiceResult<Vec<(String, String, String, i64)>> {
    Ok(reg::counts(&mut *app.db().conn().await?, edition).await?)
}

/// The participant's own registration for their badge: approved ones only
/// (`Conflict("registration-badge-not-approved")` otherwise).
pub async fn badge_of(app: &App, edition: i64, user: AccountId) -> ServiceResult<Registration> {
    let r = of_user(app, edition, user)
        .await?
        .ok_or(ServiceError::NotFound)?;
    if r.status != RegistrationStatus::Approved.code() {
        return Err(ServiceError::Conflict("registration-badge-not-approved"));
    }
    Ok(r)
}

pub use wsis_db::registrations::Filter;

/// Registrations on one page of the secretariat's list.
pub const PAGE_SIZE: i64 = 50;
/// The most registrations one CSV export holds (far above any forum's 3,000).
pub const MAX_EXPORT: i64 = 100_000;
/// The most registrations one bulk decision takes (each is a transaction and an
/// e-mail: a few seconds in all).
pub const MAX_BULK: usize = 200;

/// One page (from 0) of an edition's registrations that `f` lets through, by name,
/// with how many there are in all. Pages past the last are empty.
pub async fn search(
    app: &App,
    edition: i64,
    f: &Filter,
    page: i64,
) -> ServiceResult<(Vec<Registration>, i64)> {
    let page = page.clamp(0, 100_000);
    Ok(reg::search(
        &mut *app.db().conn().await?,
        edition,
        f,
        PAGE_SIZE,
        page * PAGE_SIZE,
    )
    .await?)
}

/// Every registration `f` lets through (at most [`MAX_EXPORT`]), for the CSV export.
pub async fn all_matching(app: &App, edition: i64, f: &Filter) -> ServiceResult<Vec<Registration>> {
    Ok(
        reg::search(&mut *app.db().conn().await?, edition, f, MAX_EXPORT, 0)
            .await?
            .0,
    )
}

/// What a decision on many registrations did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Bulk {
    /// Approved or declined now (each participant mailed).
    pub decided: usize,
    /// Not pending any more (decided meanwhile), or not of this edition.
    pub skipped: usize,
    /// On-site registrations left pending: no place was left for them.
    pub full: usize,
}

/// Approves or declines the chosen registrations of an edition, each as [`decide`]
/// does (its own transaction, its own e-mail, the capacity checked under the
/// edition's lock), and says how many it decided and why it left the others.
pub async fn decide_many(
    app: &App,
    lang: Language,
    edition: i64,
    ids: &[i64],
    status: RegistrationStatus,
) -> ServiceResult<Bulk> {
    if !matches!(
        status,
        RegistrationStatus::Approved | RegistrationStatus::Declined
    ) {
        return Err(ServiceError::field("status", "registration-status-invalid"));
    }
    let mut ids = ids.to_vec();
    ids.sort_unstable();
    ids.dedup();
    if ids.is_empty() {
        return Err(ServiceError::field("ids", "registration-none-chosen"));
    }
    if ids.len() > MAX_BULK {
        return Err(ServiceError::field("ids", "registration-too-many-chosen"));
    }
    let mut out = Bulk::default();
    for id in ids {
        let of_edition = reg::get(&mut *app.db().conn().await?, id)
            .await?
            .is_some_and(|r| r.edition_id == edition);
        if !of_edition {
            out.skipped += 1;
            continue;
        }
        match decide(app, lang, RegistrationId::new(id), status).await {
            Ok(_) => out.decided += 1,
            Err(ServiceError::Conflict(FULL_ON_APPROVAL)) => out.full += 1,
            Err(ServiceError::Conflict(_)) | Err(ServiceError::NotFound) => out.skipped += 1,
            Err(e) => return Err(e),
        }
    }
    Ok(out)
}

/// One registration of an edition (`NotFound` for another edition's).
pub async fn of_edition(app: &App, edition: i64, id: i64) -> ServiceResult<Registration> {
    reg::get(&mut *app.db().conn().await?, id)
        .await?
        .filter(|r| r.edition_id == edition)
        .ok_or(ServiceError::NotFound)
}

/// Checks in a registration found by name at the desk, as [`check_in`] does for a
/// scanned badge.
pub async fn check_in_registration(app: &App, edition: i64, id: i64) -> ServiceResult<CheckIn> {
    let r = of_edition(app, edition, id).await?;
    check_in(app, edition, &r.badge_code).await
}

/// Takes back a mistaken check-in; `Conflict("check-in-not-checked-in")` when the
/// participant was not checked in.
pub async fn undo_check_in(app: &App, edition: i64, id: i64) -> ServiceResult<Registration> {
    let r = of_edition(app, edition, id).await?;
    if !reg::undo_check_in(&mut *app.db().conn().await?, r.id).await? {
        return Err(ServiceError::Conflict("check-in-not-checked-in"));
    }
    of_edition(app, edition, id).await
}

/// The most registrations the desk's search shows.
pub const DESK_MATCHES: i64 = 20;

/// Approved registrations of an edition whose name, e-mail or organisation holds
/// `text` (at most [`DESK_MATCHES`]), for the check-in desk.
pub async fn find_at_desk(app: &App, edition: i64, text: &str) -> ServiceResult<Vec<Registration>> {
    let text: String = text.trim().chars().take(100).collect();
    if text.chars().count() < 2 {
        return Ok(Vec::new());
    }
    let f = Filter {
        text,
        status: Some(RegistrationStatus::Approved.code().to_owned()),
        ..Filter::default()
    };
    Ok(
        reg::search(&mut *app.db().conn().await?, edition, &f, DESK_MATCHES, 0)
            .await?
            .0,
    )
}

/// How many participants of an edition have checked in.
pub async fn checked_in_count(app: &App, edition: i64) -> ServiceResult<i64> {
    Ok(reg::checked_in_count(&mut *app.db().conn().await?, edition).await?)
}

/// Notes that `user` opened the registration form of `edition` (unless registered):
/// a day later, not registered, they are reminded once to finish.
pub async fn note_start(app: &App, edition: i64, user: AccountId) -> ServiceResult<()> {
    let mut conn = app.db().conn().await?;
    reg::note_start(&mut conn, edition, user.get(), wsis_db::now()).await?;
    Ok(())
}
