//! The secretariat's messages to an edition's speakers, organisers or (filtered)
//! participants, each in the recipient's language, through the mail queue, with a
//! record of what was sent; and the reminders to speakers who have not answered
//! their invitation (a new link, at most every [`REMIND_EVERY_SECS`]).

use crate::accounts::{random_token, token_hash};
use crate::mail::{Letter, queue};
use crate::{App, ServiceError, ServiceResult};
use std::collections::BTreeMap;
use wsis_db::forum::{self as fdb, MessageRow, Recipient};
use wsis_db::registrations::Filter;
use wsis_domain::access::Principal;
use wsis_domain::forum::messages::{Audience, MAX_RECIPIENTS, parse_bodies, version_for};
use wsis_domain::{FieldErrors, Language};
use wsis_i18n::{Arg, I18N};

/// The job that reminds an edition's speakers who have not answered.
pub const SPEAKER_REMINDER_JOB: &str = "speaker-reminders";

/// A speaker is reminded at most this often (and not before their invitation is
/// this old).
pub const REMIND_EVERY_SECS: i64 = 7 * 86_400;

/// The most speakers one reminder run writes to.
const REMIND_BATCH: i64 = 2_000;

/// Who a message to `audience` (participants: those `filter` lets through) of the
/// edition of `year` would reach now.
pub async fn recipients(
    app: &App,
    who: Principal<'_>,
    year: i64,
    audience: Audience,
    filter: &Filter,
) -> ServiceResult<Vec<Recipient>> {
    super::secretariat(&who)?;
    let ed = super::schedule::edition(app, year).await?;
    let mut conn = app.db().conn().await?;
    let mut out = match audience {
        Audience::Speakers => fdb::speaker_recipients(&mut conn, ed.id).await?,
        Audience::Organisers => fdb::organiser_recipients(&mut conn, ed.id).await?,
        Audience::Participants => {
            wsis_db::registrations::search(&mut conn, ed.id, filter, MAX_RECIPIENTS as i64 + 1, 0)
                .await?
                .0
                .into_iter()
                // Declined registrations only when that status is asked for.
                .filter(|r| filter.status.is_some() || r.status != "declined")
                .map(|r| Recipient {
                    email: r.email,
                    name: r.name,
                    language: r.language,
                })
                .collect()
        }
    };
    out.truncate(MAX_RECIPIENTS + 1);
    Ok(out)
}

/// What the secretariat sends: to whom, the versions typed per language, and how
/// many people the page said it would reach (a different number now refuses it).
pub struct Outgoing<'a> {
    pub audience: Audience,
    pub filter: &'a Filter,
    /// The participants' filter as the list's query string, for the record.
    pub filter_query: &'a str,
    pub bodies: &'a [(Language, String)],
    pub expected: usize,
}

/// Checks a message's versions (field errors as the form names them).
pub fn check_bodies(bodies: &[(Language, String)]) -> ServiceResult<BTreeMap<String, String>> {
    parse_bodies(bodies).map_err(|errors| {
        let mut f = FieldErrors::new();
        for (field, key) in errors {
            f.add(field, key);
        }
        ServiceError::Fields(f)
    })
}

/// Sends a message: one mail per recipient in their language's version (else
/// English, else the first written), queued with the message's record in one
/// transaction. Refused when nobody would receive it, when more than
/// [`MAX_RECIPIENTS`] would, or when the number of recipients is not the one shown
/// (`Conflict("forum-message-count-changed")`). Returns (record id, recipients).
pub async fn send(
    app: &App,
    who: Principal<'_>,
    year: i64,
    out: &Outgoing<'_>,
) -> ServiceResult<(i64, usize)> {
    super::secretariat(&who)?;
    let bodies = check_bodies(out.bodies)?;
    let ed = super::schedule::edition(app, year).await?;
    let people = recipients(app, who, year, out.audience, out.filter).await?;
    if people.is_empty() {
        return Err(ServiceError::Conflict("forum-message-nobody"));
    }
    if people.len() > MAX_RECIPIENTS {
        return Err(ServiceError::Conflict("forum-message-too-many"));
    }
    if people.len() != out.expected {
        return Err(ServiceError::Conflict("forum-message-count-changed"));
    }
    let y = ed.year.to_string();
    let subject = format!("mail-forum-message-{}-subject", out.audience.code());
    let mut tx = app.db().begin().await?;
    for p in &people {
        let lang = Language::from_tag(&p.language).unwrap_or(Language::En);
        let Some((written, text)) = version_for(&bodies, lang) else {
            continue;
        };
        let link = format!(
            "{}/{}/forum/{}",
            app.config().public_url,
            written.code(),
            ed.year
        );
        // The letter's frame (greeting, signature, subject) in the language of the
        // text it carries.
        let mail = Letter::to(written, &p.name).text(text).text(&link).sign(
            &p.email,
            &subject,
            &[("year", Arg::from(y.as_str()))],
        );
        queue(&mut tx, &mail).await?;
    }
    let id = fdb::insert_message(
        &mut tx,
        &fdb::NewMessage {
            edition_id: ed.id,
            audience: out.audience.code(),
            filter: if out.audience == Audience::Participants {
                out.filter_query
            } else {
                ""
            },
            bodies: &bodies,
            recipients: people.len() as i64,
            sent_by: who.id.get(),
        },
    )
    .await?;
    tx.commit().await?;
    app.wake_worker();
    Ok((id, people.len()))
}

/// The latest messages of the edition of `year` (at most 100), newest first.
pub async fn sent(app: &App, who: Principal<'_>, year: i64) -> ServiceResult<Vec<MessageRow>> {
    super::secretariat(&who)?;
    let ed = super::schedule::edition(app, year).await?;
    Ok(fdb::messages_of_edition(&mut *app.db().conn().await?, ed.id, 100).await?)
}

/// One message of the edition of `year`.
pub async fn message(
    app: &App,
    who: Principal<'_>,
    year: i64,
    id: i64,
) -> ServiceResult<MessageRow> {
    super::secretariat(&who)?;
    let ed = super::schedule::edition(app, year).await?;
    fdb::message(&mut *app.db().conn().await?, id)
        .await?
        .filter(|m| m.edition_id == ed.id)
        .ok_or(ServiceError::NotFound)
}

/// Reminds the speakers of an edition who have neither confirmed nor declined a live
/// session, invited at least [`REMIND_EVERY_SECS`] ago and not reminded since: each
/// gets a new link (the old one stops working), in the language of their invitation.
/// Returns how many were reminded.
pub async fn remind_speakers(app: &App, edition: i64) -> ServiceResult<usize> {
    let before = wsis_db::now() - REMIND_EVERY_SECS;
    let mut tx = app.db().begin().await?;
    let Some(ed) = fdb::edition_by_id(&mut tx, edition).await? else {
        return Ok(0);
    };
    let due = fdb::unconfirmed_speakers(&mut tx, edition, before, REMIND_BATCH).await?;
    let y = ed.year.to_string();
    let mut reminded = 0;
    for s in &due {
        let token = random_token();
        // Another run (the daily job, the button) may have taken it meanwhile: one mail.
        if !fdb::renew_speaker_token(
            &mut tx,
            s.session_id,
            s.speaker_id,
            &token_hash(&token),
            before,
        )
        .await?
        {
            continue;
        }
        reminded += 1;
        let lang = Language::from_tag(&s.language).unwrap_or(Language::En);
        let role = I18N.tr(lang, &format!("speaker-role-{}", s.role));
        let link = format!(
            "{}/{}/forum/speakers/confirm?token={token}",
            app.config().public_url,
            lang.code()
        );
        let mail = Letter::to(lang, &s.name)
            .say(
                "mail-speaker-reminder",
                &[
                    ("title", Arg::from(s.title.as_str())),
                    ("role", Arg::from(role.as_str())),
                    ("year", Arg::from(y.as_str())),
                ],
            )
            .text(&link)
            .sign(
                &s.email,
                "mail-speaker-reminder-subject",
                &[("year", Arg::from(y.as_str()))],
            );
        queue(&mut tx, &mail).await?;
    }
    tx.commit().await?;
    if reminded > 0 {
        app.wake_worker();
    }
    Ok(reminded)
}

/// [`remind_speakers`] at the secretariat's request, for the edition of `year`.
pub async fn remind_speakers_now(app: &App, who: Principal<'_>, year: i64) -> ServiceResult<usize> {
    super::secretariat(&who)?;
    let ed = super::schedule::edition(app, year).await?;
    remind_speakers(app, ed.id).await
}

/// A day after opening an edition's registration form without registering, an account
/// is reminded (once) to finish, in its language.
pub const FINISH_AFTER_SECS: i64 = 86_400;

/// Reminds the accounts that started registering for an edition at least
/// [`FINISH_AFTER_SECS`] ago and did not finish (once each), unless the edition has
/// ended. Returns how many.
pub async fn remind_registrations(app: &App, edition: i64) -> ServiceResult<usize> {
    let now = wsis_db::now();
    let mut tx = app.db().begin().await?;
    let Some(ed) = fdb::edition_by_id(&mut tx, edition).await? else {
        return Ok(0);
    };
    // Once the forum is over there is nothing left to finish.
    let today = jiff::Timestamp::from_second(now)
        .map(|t| {
            t.to_zoned_datetime(jiff::tz::TimeZone::UTC)
                .date()
                .to_string()
        })
        .unwrap_or_default();
    if ed.ends_on < today {
        return Ok(0);
    }
    let due =
        wsis_db::registrations::unfinished(&mut tx, edition, now - FINISH_AFTER_SECS, REMIND_BATCH)
            .await?;
    let y = ed.year.to_string();
    let mut reminded = 0;
    for u in &due {
        // Another run may have taken it meanwhile: one mail.
        if !wsis_db::registrations::take_start_reminder(&mut tx, edition, u.user_id, now).await? {
            continue;
        }
        reminded += 1;
        let lang = Language::from_tag(&u.language).unwrap_or(Language::En);
        let link = format!(
            "{}/{}/forum/{}/register",
            app.config().public_url,
            lang.code(),
            ed.year
        );
        let mail = Letter::to(lang, &u.name)
            .say(
                "mail-registration-unfinished",
                &[("year", Arg::from(y.as_str()))],
            )
            .text(&link)
            .sign(
                &u.email,
                "mail-registration-unfinished-subject",
                &[("year", Arg::from(y.as_str()))],
            );
        queue(&mut tx, &mail).await?;
    }
    tx.commit().await?;
    if reminded > 0 {
        app.wake_worker();
    }
    Ok(reminded)
}

/// [`remind_registrations`] at the secretariat's request, for the edition of `year`.
pub async fn remind_registrations_now(
    app: &App,
    who: Principal<'_>,
    year: i64,
) -> ServiceResult<usize> {
    super::secretariat(&who)?;
    let ed = super::schedule::edition(app, year).await?;
    remind_registrations(app, ed.id).await
}
