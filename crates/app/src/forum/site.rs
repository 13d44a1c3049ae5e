//! A forum's site as the secretariat edits it: editions, rooms, the open
//! consultation's phases, partners by tier, the website pages in six languages,
//! and the session types added to the built-in ones. Reads are open (the public
//! pages show the same things); every change needs the secretariat.
//!
//! The published agenda's cache is the caller's to forget after a change of an
//! edition, a room or a session type (it lives with the pages for now).

use crate::{App, ServiceError, ServiceResult};
use wsis_db::DbError;
use wsis_db::forum as fdb;
use wsis_domain::access::Principal;
use wsis_domain::forum::BUILTIN_SESSION_TYPES;
use wsis_domain::forum::registration::AccreditationInput;
use wsis_domain::forum::site::{
    EditionInput, PageInput, PartnerInput, PhaseInput, RoomData, RoomInput, SessionTypeInput,
    check_page_slug, parse_year,
};
use wsis_domain::{FieldErrors, Language, RoomId};

pub use wsis_db::forum::{Edition, Partner, Phase, RoomRow, SessionType, SitePage};

/// Editors are the secretariat's.
fn editor(who: &Principal<'_>) -> ServiceResult<()> {
    if who.is_secretariat() {
        Ok(())
    } else {
        Err(ServiceError::Forbidden)
    }
}

/// Whether a time zone name is known (the editions' rule for their zone).
fn known_zone(z: &str) -> bool {
    jiff::tz::TimeZone::get(z).is_ok()
}

/// The edition of a year.
pub async fn edition(app: &App, year: i64) -> ServiceResult<Edition> {
    fdb::edition(&mut *app.db().conn().await?, year)
        .await?
        .ok_or(ServiceError::NotFound)
}

/// Every edition, by year.
pub async fn editions(app: &App) -> ServiceResult<Vec<Edition>> {
    Ok(fdb::editions(&mut *app.db().conn().await?).await?)
}

/// The session types: built-in ones and those the secretariat added.
pub async fn session_types(app: &App) -> ServiceResult<Vec<SessionType>> {
    Ok(fdb::session_types(&mut *app.db().conn().await?).await?)
}

/// Creates an edition from the editor's form; returns its year. A year that has
/// an edition already is a field error.
pub async fn create_edition(
    app: &App,
    who: Principal<'_>,
    input: &EditionInput,
) -> ServiceResult<i64> {
    editor(&who)?;
    let mut errors = FieldErrors::new();
    let year = errors.check("year", parse_year(&input.year));
    let data = input.parse(known_zone, &mut errors);
    let (Some(year), Some(d)) = (year, data) else {
        return Err(ServiceError::Fields(errors));
    };
    let mut tx = app.db().begin().await?;
    let created = fdb::create_edition(
        &mut tx,
        &Edition {
            id: 0,
            year,
            theme: d.theme,
            starts_on: d.starts_on,
            ends_on: d.ends_on,
            venue: d.venue,
            time_zone: d.time_zone,
            capacity: d.capacity,
            proposals_open: d.proposals_open,
        },
    )
    .await;
    match created {
        Ok(_) => {
            tx.commit().await?;
            Ok(year)
        }
        Err(DbError::Conflict(_)) => Err(ServiceError::field("year", "forum-year-taken")),
        Err(e) => Err(e.into()),
    }
}

/// Changes the edition of `year` (its year stays).
pub async fn update_edition(
    app: &App,
    who: Principal<'_>,
    year: i64,
    input: &EditionInput,
) -> ServiceResult<()> {
    editor(&who)?;
    let ed = edition(app, year).await?;
    let mut errors = FieldErrors::new();
    let d = input
        .parse(known_zone, &mut errors)
        .ok_or(ServiceError::Fields(errors))?;
    let mut tx = app.db().begin().await?;
    fdb::update_edition(
        &mut tx,
        &Edition {
            theme: d.theme,
            starts_on: d.starts_on,
            ends_on: d.ends_on,
            venue: d.venue,
            time_zone: d.time_zone,
            capacity: d.capacity,
            proposals_open: d.proposals_open,
            ..ed
        },
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

// --------------------------------------------------------------------- rooms

/// The rooms of an edition.
pub async fn rooms(app: &App, year: i64) -> ServiceResult<Vec<RoomRow>> {
    let ed = edition(app, year).await?;
    Ok(fdb::rooms(&mut *app.db().conn().await?, ed.id).await?)
}

/// One room of an edition.
pub async fn room(app: &App, year: i64, id: RoomId) -> ServiceResult<RoomRow> {
    rooms(app, year)
        .await?
        .into_iter()
        .find(|r| r.id == id.get())
        .ok_or(ServiceError::NotFound)
}

/// Copies into the edition of `year` the rooms of the latest earlier edition that has
/// any (those whose code it does not have yet), in their order. Session types are
/// shared by every edition, so they need no copy. Returns how many were added.
pub async fn copy_rooms(app: &App, who: Principal<'_>, year: i64) -> ServiceResult<usize> {
    editor(&who)?;
    let ed = edition(app, year).await?;
    let mut tx = app.db().begin().await?;
    // Two copies at once: the second waits, then finds the codes already there.
    wsis_db::dialect::lock_parent(&mut tx, wsis_db::dialect::Parent::Edition, ed.id).await?;
    let mut earlier: Vec<Edition> = fdb::editions(&mut tx)
        .await?
        .into_iter()
        .filter(|e| e.year < ed.year)
        .collect();
    earlier.sort_by_key(|e| std::cmp::Reverse(e.year));
    let mut source = Vec::new();
    for e in earlier {
        source = fdb::rooms(&mut tx, e.id).await?;
        if !source.is_empty() {
            break;
        }
    }
    if source.is_empty() {
        return Err(ServiceError::Conflict("forum-rooms-nothing-to-copy"));
    }
    let have: Vec<String> = fdb::rooms(&mut tx, ed.id)
        .await?
        .into_iter()
        .map(|r| r.code)
        .collect();
    let mut added = 0;
    for r in source.iter().filter(|r| !have.contains(&r.code)) {
        fdb::add_room(&mut tx, ed.id, r).await?;
        added += 1;
    }
    tx.commit().await?;
    Ok(added)
}

fn room_row(id: i64, d: RoomData) -> RoomRow {
    RoomRow {
        id,
        code: d.code,
        name: d.name,
        capacity: d.capacity,
        interpretation: d.interpretation,
        captioning: d.captioning,
        step_free: d.step_free,
        opens: d.opens,
        closes: d.closes,
    }
}

/// Adds a room; a code the edition has already is a field error.
pub async fn add_room(
    app: &App,
    who: Principal<'_>,
    year: i64,
    input: &RoomInput,
) -> ServiceResult<RoomId> {
    editor(&who)?;
    let ed = edition(app, year).await?;
    let mut errors = FieldErrors::new();
    let d = input
        .parse(&mut errors)
        .ok_or(ServiceError::Fields(errors))?;
    let mut tx = app.db().begin().await?;
    match fdb::add_room(&mut tx, ed.id, &room_row(0, d)).await {
        Ok(id) => {
            tx.commit().await?;
            Ok(RoomId::new(id))
        }
        Err(DbError::Conflict(_)) => Err(ServiceError::field("code", "room-code-taken")),
        Err(e) => Err(e.into()),
    }
}

/// Changes a room of an edition.
pub async fn update_room(
    app: &App,
    who: Principal<'_>,
    year: i64,
    id: RoomId,
    input: &RoomInput,
) -> ServiceResult<()> {
    editor(&who)?;
    let ed = edition(app, year).await?;
    let mut errors = FieldErrors::new();
    let d = input
        .parse(&mut errors)
        .ok_or(ServiceError::Fields(errors))?;
    let mut tx = app.db().begin().await?;
    match fdb::update_room(&mut tx, ed.id, &room_row(id.get(), d)).await {
        Ok(true) => {
            tx.commit().await?;
            Ok(())
        }
        Ok(false) => Err(ServiceError::NotFound),
        Err(DbError::Conflict(_)) => Err(ServiceError::field("code", "room-code-taken")),
        Err(e) => Err(e.into()),
    }
}

// -------------------------------------------------------------------- phases

/// The open consultation's phases of an edition.
pub async fn phases(app: &App, year: i64) -> ServiceResult<Vec<Phase>> {
    let ed = edition(app, year).await?;
    Ok(fdb::phases(&mut *app.db().conn().await?, ed.id).await?)
}

pub async fn add_phase(
    app: &App,
    who: Principal<'_>,
    year: i64,
    input: &PhaseInput,
) -> ServiceResult<()> {
    editor(&who)?;
    let ed = edition(app, year).await?;
    let mut errors = FieldErrors::new();
    let d = input
        .parse(&mut errors)
        .ok_or(ServiceError::Fields(errors))?;
    let mut tx = app.db().begin().await?;
    fdb::add_phase(&mut tx, ed.id, &d.title, &d.starts_on, d.ends_on.as_deref()).await?;
    tx.commit().await?;
    Ok(())
}

pub async fn remove_phase(app: &App, who: Principal<'_>, year: i64, id: i64) -> ServiceResult<()> {
    editor(&who)?;
    let ed = edition(app, year).await?;
    let mut tx = app.db().begin().await?;
    if !fdb::remove_phase(&mut tx, ed.id, id).await? {
        return Err(ServiceError::NotFound);
    }
    tx.commit().await?;
    Ok(())
}

// ------------------------------------------------------------------ partners

/// The partners of an edition.
pub async fn partners(app: &App, year: i64) -> ServiceResult<Vec<Partner>> {
    let ed = edition(app, year).await?;
    Ok(fdb::partners(&mut *app.db().conn().await?, ed.id).await?)
}

pub async fn add_partner(
    app: &App,
    who: Principal<'_>,
    year: i64,
    input: &PartnerInput,
) -> ServiceResult<()> {
    editor(&who)?;
    let ed = edition(app, year).await?;
    let mut errors = FieldErrors::new();
    let d = input
        .parse(&mut errors)
        .ok_or(ServiceError::Fields(errors))?;
    let mut tx = app.db().begin().await?;
    fdb::add_partner(&mut tx, ed.id, &d.tier, &d.name, &d.url).await?;
    tx.commit().await?;
    Ok(())
}

pub async fn remove_partner(
    app: &App,
    who: Principal<'_>,
    year: i64,
    id: i64,
) -> ServiceResult<()> {
    editor(&who)?;
    let ed = edition(app, year).await?;
    let mut tx = app.db().begin().await?;
    if !fdb::remove_partner(&mut tx, ed.id, id).await? {
        return Err(ServiceError::NotFound);
    }
    tx.commit().await?;
    Ok(())
}

// --------------------------------------------------------------------- pages

/// Every page of an edition in every language.
pub async fn pages(app: &App, year: i64) -> ServiceResult<Vec<SitePage>> {
    let ed = edition(app, year).await?;
    Ok(fdb::pages(&mut *app.db().conn().await?, ed.id).await?)
}

/// A page of an edition in exactly one language, if written.
pub async fn page_in(
    app: &App,
    year: i64,
    slug: &str,
    lang: Language,
) -> ServiceResult<Option<SitePage>> {
    Ok(pages(app, year)
        .await?
        .into_iter()
        .find(|p| p.slug == slug && p.lang == lang.code()))
}

/// Writes (or rewrites) a page of an edition in a language.
pub async fn save_page(
    app: &App,
    who: Principal<'_>,
    year: i64,
    slug: &str,
    lang: Language,
    input: &PageInput,
) -> ServiceResult<()> {
    editor(&who)?;
    let slug = check_page_slug(slug).map_err(|_| ServiceError::NotFound)?;
    let ed = edition(app, year).await?;
    let mut errors = FieldErrors::new();
    let (title, body) = input
        .parse(&mut errors)
        .ok_or(ServiceError::Fields(errors))?;
    let mut tx = app.db().begin().await?;
    fdb::save_page(
        &mut tx,
        ed.id,
        &slug,
        lang.code(),
        &title,
        &body,
        Some(who.id.get()),
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

// ------------------------------------------------------------- session types

/// Adds a session type; a code in use (built-in or added) is a field error.
pub async fn add_session_type(
    app: &App,
    who: Principal<'_>,
    input: &SessionTypeInput,
) -> ServiceResult<()> {
    editor(&who)?;
    let mut tx = app.db().begin().await?;
    let codes: Vec<String> = fdb::session_types(&mut tx)
        .await?
        .into_iter()
        .map(|t| t.code)
        .chain(BUILTIN_SESSION_TYPES.iter().map(|(c, _)| (*c).to_owned()))
        .collect();
    let mut errors = FieldErrors::new();
    let d = input
        .parse(&codes, &mut errors)
        .ok_or(ServiceError::Fields(errors))?;
    let added = fdb::add_session_type(
        &mut tx,
        &SessionType {
            code: d.code,
            track: d.track.code().to_owned(),
            names: d.names,
        },
    )
    .await;
    match added {
        Ok(()) => {
            tx.commit().await?;
            Ok(())
        }
        Err(DbError::Conflict(_)) => Err(ServiceError::field("code", "session-type-taken")),
        Err(e) => Err(e.into()),
    }
}

// -------------------------------------------------------------- accreditation

/// The e-mail domains that prove an accredited category of the edition of `year`:
/// (category code, domain). The secretariat's to see.
pub async fn accreditation(
    app: &App,
    who: Principal<'_>,
    year: i64,
) -> ServiceResult<Vec<(String, String)>> {
    editor(&who)?;
    let ed = edition(app, year).await?;
    Ok(wsis_db::registrations::accredited_domains(&mut *app.db().conn().await?, ed.id).await?)
}

/// Replaces the accredited domains of the edition of `year` from the form.
pub async fn set_accreditation(
    app: &App,
    who: Principal<'_>,
    year: i64,
    input: &AccreditationInput,
) -> ServiceResult<()> {
    editor(&who)?;
    let ed = edition(app, year).await?;
    let mut errors = FieldErrors::new();
    let domains = input
        .parse(&mut errors)
        .ok_or(ServiceError::Fields(errors))?;
    let mut tx = app.db().begin().await?;
    wsis_db::registrations::set_accredited_domains(&mut tx, ed.id, &domains).await?;
    tx.commit().await?;
    Ok(())
}
