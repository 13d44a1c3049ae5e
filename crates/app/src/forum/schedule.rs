//! The forum's schedule: the venue's local time, the schedule rules' inputs,
//! the working schedule's conflicts, and publishing a version (refused while
//! a blocking conflict remains or when someone published meanwhile).

use crate::{App, ServiceError, ServiceResult};
use jiff::tz::TimeZone;
use wsis_db::dialect::{Parent, lock_parent};
use wsis_db::forum::{self as fdb};
use wsis_db::{AnyConnection, Db};
use wsis_domain::{RoomId, SessionId};

pub use wsis_db::forum::{Edition, RoomRow};
use wsis_domain::forum::schedule::{self, Schedule};
use wsis_domain::forum::{
    Availability, Conflict, Placement, RoomRules, SessionStatus, SpeakerRole, find_conflicts,
    parse_clock,
};

/// The edition of a year (`NotFound` when there is none).
pub async fn edition(app: &App, year: i64) -> ServiceResult<Edition> {
    fdb::edition(&mut *app.db().conn().await?, year)
        .await?
        .ok_or(ServiceError::NotFound)
}

/// The venue's time zone (UTC if the stored name is unknown).
pub fn venue_tz(ed: &Edition) -> TimeZone {
    TimeZone::get(&ed.time_zone).unwrap_or(TimeZone::UTC)
}

/// A local date and clock time at the venue, as Unix seconds.
pub fn local_to_utc(tz: &TimeZone, date: &str, clock: &str) -> Option<i64> {
    let d = jiff::civil::Date::strptime("%Y-%m-%d", date.trim()).ok()?;
    let minutes = parse_clock(clock).ok()?;
    let (h, m) = ((minutes / 60) as i8, (minutes % 60) as i8);
    if h == 24 {
        let next = d.tomorrow().ok()?.at(0, 0, 0, 0);
        return tz.to_timestamp(next).ok().map(|t| t.as_second());
    }
    tz.to_timestamp(d.at(h, m, 0, 0))
        .ok()
        .map(|t| t.as_second())
}

/// The edition's local dates, first to last.
pub fn dates(ed: &Edition) -> Vec<String> {
    let mut out = Vec::new();
    let (Ok(mut d), Ok(last)) = (
        jiff::civil::Date::strptime("%Y-%m-%d", &ed.starts_on),
        jiff::civil::Date::strptime("%Y-%m-%d", &ed.ends_on),
    ) else {
        return out;
    };
    while d <= last && out.len() < 31 {
        out.push(d.strftime("%Y-%m-%d").to_string());
        match d.tomorrow() {
            Ok(n) => d = n,
            Err(_) => break,
        }
    }
    out
}

/// The forum's days in UTC, local midnight to midnight.
pub fn forum_days(ed: &Edition) -> Vec<(i64, i64)> {
    let tz = venue_tz(ed);
    dates(ed)
        .iter()
        .filter_map(|d| {
            Some((
                local_to_utc(&tz, d, "00:00")?,
                local_to_utc(&tz, d, "24:00")?,
            ))
        })
        .collect()
}

/// Each room's opening hours on each forum day, in UTC.
pub fn room_rules(ed: &Edition, rooms: &[RoomRow]) -> Vec<RoomRules> {
    let tz = venue_tz(ed);
    let days = dates(ed);
    rooms
        .iter()
        .map(|r| RoomRules {
            id: r.id,
            capacity: r.capacity.max(0) as u32,
            captioning: r.captioning,
            interpretation: r.interpretation,
            open: days
                .iter()
                .filter_map(|d| {
                    Some((
                        local_to_utc(&tz, d, &r.opens)?,
                        local_to_utc(&tz, d, &r.closes)?,
                    ))
                })
                .collect(),
        })
        .collect()
}

/// The placements of the working schedule (accepted sessions with a slot).
pub(crate) async fn placements(
    conn: &mut AnyConnection,
    ed: &Edition,
) -> ServiceResult<Vec<Placement>> {
    let sessions = fdb::sessions(conn, ed.id, Some(SessionStatus::Accepted)).await?;
    let speakers = fdb::speakers_of_edition(conn, ed.id).await?;
    Ok(sessions
        .into_iter()
        .filter_map(|s| {
            Some(Placement {
                session_id: s.id,
                room_id: s.room_id?,
                starts_at: s.starts_at?,
                ends_at: s.ends_at?,
                expected_audience: s.data.expected_audience,
                needs: s.data.needs,
                speakers: speakers
                    .iter()
                    .filter(|x| x.session_id == s.id && x.declined_at.is_none())
                    .map(|x| x.speaker_id)
                    .collect(),
            })
        })
        .collect())
}

pub(crate) async fn availability(
    conn: &mut AnyConnection,
    ed: &Edition,
) -> ServiceResult<Vec<Availability>> {
    let mut out: Vec<Availability> = Vec::new();
    for (speaker, a, b) in fdb::availability(conn, ed.id).await? {
        match out.last_mut() {
            Some(x) if x.speaker_id == speaker => x.windows.push((a, b)),
            _ => out.push(Availability {
                speaker_id: speaker,
                windows: vec![(a, b)],
            }),
        }
    }
    Ok(out)
}

/// Every conflict of the working schedule, with `extra` (a placement being
/// tried) taking the place of its session's current one.
pub(crate) async fn conflicts_on(
    conn: &mut AnyConnection,
    ed: &Edition,
    extra: Option<Placement>,
) -> ServiceResult<Vec<Conflict>> {
    let rooms = fdb::rooms(conn, ed.id).await?;
    let mut ps = placements(conn, ed).await?;
    if let Some(p) = extra {
        ps.retain(|x| x.session_id != p.session_id);
        ps.push(p);
    }
    let av = availability(conn, ed).await?;
    Ok(find_conflicts(
        &forum_days(ed),
        &room_rules(ed, &rooms),
        &ps,
        &av,
    ))
}

/// The working schedule as it would be published.
pub(crate) async fn working_schedule(
    conn: &mut AnyConnection,
    ed: &Edition,
    at: i64,
) -> ServiceResult<Schedule> {
    let rooms = fdb::rooms(conn, ed.id).await?;
    let sessions = fdb::sessions(conn, ed.id, Some(SessionStatus::Accepted)).await?;
    let speakers = fdb::speakers_of_edition(conn, ed.id).await?;
    let types = fdb::session_types(conn).await?;
    let mut s = Schedule {
        edition: schedule::EditionInfo {
            year: ed.year,
            theme: ed.theme.clone(),
            starts_on: ed.starts_on.clone(),
            ends_on: ed.ends_on.clone(),
            venue: ed.venue.clone(),
            time_zone: ed.time_zone.clone(),
            lang: Some(fdb::edition_lang(conn, ed.id).await?),
            venue_lang: None,
        },
        version: 0,
        published_at: at,
        rooms: rooms
            .iter()
            .map(|r| schedule::Room {
                id: r.id,
                code: r.code.clone(),
                name: r.name.clone(),
                capacity: r.capacity.max(0) as u32,
                interpretation: r.interpretation,
                captioning: r.captioning,
                step_free: r.step_free,
                lang: None,
            })
            .collect(),
        sessions: sessions
            .into_iter()
            .filter_map(|x| {
                let (room_id, starts_at, ends_at, number) =
                    (x.room_id?, x.starts_at?, x.ends_at?, x.number?);
                Some(schedule::Session {
                    id: x.id,
                    number,
                    track: types
                        .iter()
                        .find(|t| t.code == x.data.type_code)
                        .map(|t| t.track.clone())
                        .unwrap_or_else(|| "forum".into()),
                    type_code: x.data.type_code.clone(),
                    title: x.data.title.clone(),
                    abstract_md: x.data.abstract_md.clone(),
                    organisers: x.data.organisers.clone(),
                    // Those who declined are not on the agenda.
                    speakers: speakers
                        .iter()
                        .filter(|p| p.session_id == x.id && p.declined_at.is_none())
                        .map(|p| schedule::Speaker {
                            id: p.speaker_id,
                            name: p.name.clone(),
                            organisation: p.organisation.clone(),
                            role: SpeakerRole::parse(&p.role).unwrap_or(SpeakerRole::Speaker),
                            bio: p.bio.clone(),
                            photo: match (&p.photo_key, &p.photo_type) {
                                (Some(k), Some(_)) => {
                                    super::proposals::speaker_photo_url(p.speaker_id, k, false)
                                }
                                _ => String::new(),
                            },
                        })
                        .collect(),
                    action_lines: x.data.action_lines.clone(),
                    sdgs: x.data.sdgs.clone(),
                    languages: x.data.languages.clone(),
                    needs: x.data.needs,
                    remote: x.data.remote,
                    remote_url: x.remote_url.clone(),
                    room_id,
                    starts_at,
                    ends_at,
                    documents: Vec::new(),
                    lang: x.text_lang,
                    abstract_lang: None,
                })
            })
            .collect(),
    };
    s.sort();
    Ok(s)
}

/// Every conflict of the working schedule, with `extra` (a placement being
/// tried) taking the place of its session's current one.
pub async fn conflicts(
    app: &App,
    ed: &Edition,
    extra: Option<Placement>,
) -> ServiceResult<Vec<Conflict>> {
    conflicts_on(&mut *app.db().conn().await?, ed, extra).await
}

/// Publishes the working schedule as the next version, with the change log
/// against the previous one. Refuses when the schedule has a blocking
/// conflict (`Conflict("forum-publish-blocked")`), or when someone published
/// since `based_on` (`Conflict("forum-publish-stale")`). Returns the number
/// of the new version.
pub async fn publish(
    app: &App,
    ed: &Edition,
    by: i64,
    note: &str,
    based_on: i64,
) -> ServiceResult<i64> {
    let mut tx = app.db().begin().await?;
    let (number, prev, next) = publish_in(&mut tx, ed, by, note, based_on).await?;
    tell_organisers(&mut tx, app, ed, prev.as_ref(), &next).await?;
    tx.commit().await?;
    app.snapshots().invalidate(ed.year);
    app.wake_worker();
    Ok(number)
}

/// [`publish`] on a database without the services around it (the demo
/// seeder, before any node serves the edition): nobody is e-mailed.
pub async fn publish_on(
    db: &Db,
    ed: &Edition,
    by: i64,
    note: &str,
    based_on: i64,
) -> ServiceResult<i64> {
    let mut tx = db.begin().await?;
    let (number, _, _) = publish_in(&mut tx, ed, by, note, based_on).await?;
    tx.commit().await?;
    Ok(number)
}

/// Publishes in the caller's transaction: the new version's number, the version
/// before (if any) and the new one.
async fn publish_in(
    tx: &mut AnyConnection,
    ed: &Edition,
    by: i64,
    note: &str,
    based_on: i64,
) -> ServiceResult<(i64, Option<Schedule>, Schedule)> {
    // Placements wait while the schedule is checked and published.
    lock_parent(&mut *tx, Parent::Edition, ed.id).await?;
    let found = conflicts_on(&mut *tx, ed, None).await?;
    if found.iter().any(|c| c.is_blocking()) {
        return Err(ServiceError::Conflict("forum-publish-blocked"));
    }
    let next = working_schedule(&mut *tx, ed, wsis_db::now()).await?;
    let prev = match fdb::latest_version(&mut *tx, ed.id).await? {
        0 => None,
        n => fdb::published(&mut *tx, ed.id, n).await?,
    };
    let changes = schedule::diff(prev.as_ref(), &next);
    let changes_json =
        serde_json::to_string(&changes).map_err(|e| ServiceError::caused("change log", e))?;
    let number = fdb::publish(&mut *tx, ed.id, based_on, by, note, &changes_json, &next)
        .await
        .map_err(|e| match e {
            wsis_db::DbError::Stale => ServiceError::Conflict("forum-publish-stale"),
            e => e.into(),
        })?;
    Ok((number, prev, next))
}

/// E-mails each session's proposer, in their language, when the published version
/// places their session on the agenda for the first time, moves it (time or room)
/// or takes it off: what happened, the date, time and room at the venue, and the
/// session's page. Subjects say what happened, without the proposer's text.
async fn tell_organisers(
    conn: &mut AnyConnection,
    app: &App,
    ed: &Edition,
    prev: Option<&Schedule>,
    next: &Schedule,
) -> ServiceResult<()> {
    use crate::mail::{Letter, queue};
    use schedule::OrganiserNotice as N;
    use wsis_i18n::{Arg, format_datetime};
    let tz = venue_tz(ed);
    let year = ed.year.to_string();
    for notice in schedule::organiser_notices(prev, next) {
        let Some(s) = fdb::session(&mut *conn, notice.session_id()).await? else {
            continue;
        };
        let Some(owner) = wsis_db::accounts::find_user(&mut *conn, s.proposer_id).await? else {
            continue;
        };
        let lang = owner.profile.language;
        let letter = Letter::to(lang, &owner.profile.name);
        let (letter, subject) = match &notice {
            N::Placed {
                title,
                starts_at,
                room,
                ..
            } => (
                letter.say(
                    "mail-session-placed",
                    &[
                        ("title", Arg::from(title.as_str())),
                        (
                            "when",
                            Arg::from(format_datetime(lang, *starts_at, &tz).as_str()),
                        ),
                        ("room", Arg::from(room.as_str())),
                    ],
                ),
                "mail-session-placed-subject",
            ),
            N::Moved {
                title,
                starts_at,
                room,
                from_start,
                from_room,
                ..
            } => (
                letter.say(
                    "mail-session-moved",
                    &[
                        ("title", Arg::from(title.as_str())),
                        (
                            "when",
                            Arg::from(format_datetime(lang, *starts_at, &tz).as_str()),
                        ),
                        ("room", Arg::from(room.as_str())),
                        (
                            "was",
                            Arg::from(format_datetime(lang, *from_start, &tz).as_str()),
                        ),
                        ("wasroom", Arg::from(from_room.as_str())),
                    ],
                ),
                "mail-session-moved-subject",
            ),
            N::Cancelled { title, .. } => (
                letter.say(
                    "mail-session-cancelled",
                    &[("title", Arg::from(title.as_str()))],
                ),
                "mail-session-cancelled-subject",
            ),
        };
        let link = match (&notice, s.number) {
            (N::Cancelled { .. }, _) | (_, None) => format!(
                "{}/{}/forum/proposals",
                app.config().public_url,
                lang.code()
            ),
            (_, Some(n)) => format!(
                "{}/{}/forum/{}/sessions/{n}",
                app.config().public_url,
                lang.code(),
                ed.year
            ),
        };
        let mail =
            letter
                .text(&link)
                .sign(&owner.email, subject, &[("year", Arg::from(year.as_str()))]);
        queue(&mut *conn, &mail).await?;
        // The session's speakers (those who have not declined) hear it too, with
        // their role, in the language their invitation came in (the proposer's).
        for sp in fdb::speakers_of_session(&mut *conn, s.id)
            .await?
            .into_iter()
            .filter(|x| x.declined_at.is_none())
        {
            let role = wsis_i18n::I18N.tr(lang, &format!("speaker-role-{}", sp.role));
            let (key, subject, args): (&str, &str, Vec<(&str, String)>) = match &notice {
                N::Placed {
                    title,
                    starts_at,
                    room,
                    ..
                }
                | N::Moved {
                    title,
                    starts_at,
                    room,
                    ..
                } => (
                    if matches!(notice, N::Placed { .. }) {
                        "mail-speaker-placed"
                    } else {
                        "mail-speaker-moved"
                    },
                    "mail-speaker-date-subject",
                    vec![
                        ("title", title.clone()),
                        ("role", role),
                        ("when", format_datetime(lang, *starts_at, &tz)),
                        ("room", room.clone()),
                    ],
                ),
                N::Cancelled { title, .. } => (
                    "mail-speaker-cancelled",
                    "mail-speaker-cancelled-subject",
                    vec![("title", title.clone()), ("role", role)],
                ),
            };
            let args: Vec<(&str, Arg<'_>)> = args
                .iter()
                .map(|(k, v)| (*k, Arg::from(v.as_str())))
                .collect();
            let mut letter = Letter::to(lang, &sp.name).say(key, &args);
            // The session's public page, while it is on the agenda.
            if !matches!(notice, N::Cancelled { .. }) {
                letter = letter.text(&link);
            }
            let mail = letter.sign(&sp.email, subject, &[("year", Arg::from(year.as_str()))]);
            queue(&mut *conn, &mail).await?;
        }
    }
    Ok(())
}

// ------------------------------------------------------------ the editor

pub use wsis_db::forum::SessionRow;

/// What the schedule editor shows: the rooms, the accepted sessions, every
/// conflict of the working schedule and the latest published version.
pub struct Working {
    pub rooms: Vec<RoomRow>,
    pub sessions: Vec<SessionRow>,
    pub conflicts: Vec<Conflict>,
    pub version: i64,
}

/// The working schedule of an edition, as the editor shows it.
pub async fn working(app: &App, ed: &Edition) -> ServiceResult<Working> {
    let mut conn = app.db().conn().await?;
    Ok(Working {
        rooms: fdb::rooms(&mut conn, ed.id).await?,
        sessions: fdb::sessions(&mut conn, ed.id, Some(SessionStatus::Accepted)).await?,
        conflicts: conflicts_on(&mut conn, ed, None).await?,
        version: fdb::latest_version(&mut conn, ed.id).await?,
    })
}

/// The rooms of an edition.
pub async fn rooms(app: &App, ed: &Edition) -> ServiceResult<Vec<RoomRow>> {
    Ok(fdb::rooms(&mut *app.db().conn().await?, ed.id).await?)
}

/// The accepted sessions of an edition.
pub async fn accepted_sessions(app: &App, ed: &Edition) -> ServiceResult<Vec<SessionRow>> {
    Ok(fdb::sessions(
        &mut *app.db().conn().await?,
        ed.id,
        Some(SessionStatus::Accepted),
    )
    .await?)
}

async fn accepted_on(
    conn: &mut AnyConnection,
    ed: &Edition,
    id: SessionId,
) -> ServiceResult<SessionRow> {
    fdb::session(conn, id.get())
        .await?
        .filter(|s| s.edition_id == ed.id && s.status == SessionStatus::Accepted)
        .ok_or(ServiceError::NotFound)
}

/// An accepted session of this edition (`NotFound` otherwise).
pub async fn accepted_session(app: &App, ed: &Edition, id: SessionId) -> ServiceResult<SessionRow> {
    accepted_on(&mut *app.db().conn().await?, ed, id).await
}

/// A slot: a room and a time, in UTC.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Slot {
    pub room: RoomId,
    pub starts_at: i64,
    pub ends_at: i64,
}

/// The conflicts `s` would be in at `slot`.
async fn conflicts_at(
    conn: &mut AnyConnection,
    ed: &Edition,
    s: &SessionRow,
    slot: Slot,
) -> ServiceResult<Vec<Conflict>> {
    let speakers: Vec<i64> = fdb::speakers_of_session(&mut *conn, s.id)
        .await?
        .into_iter()
        .filter(|x| x.declined_at.is_none())
        .map(|x| x.speaker_id)
        .collect();
    let placement = Placement {
        session_id: s.id,
        room_id: slot.room.get(),
        starts_at: slot.starts_at,
        ends_at: slot.ends_at,
        expected_audience: s.data.expected_audience,
        needs: s.data.needs,
        speakers,
    };
    Ok(conflicts_on(conn, ed, Some(placement))
        .await?
        .into_iter()
        .filter(|c| c.sessions().contains(&s.id))
        .collect())
}

/// What placing `s` at `slot` would bring, without saving it.
pub async fn conflicts_if_placed(
    app: &App,
    ed: &Edition,
    s: &SessionRow,
    slot: Slot,
) -> ServiceResult<Vec<Conflict>> {
    conflicts_at(&mut *app.db().conn().await?, ed, s, slot).await
}

/// What a placement did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Placed {
    /// Saved (with the conflicts the secretariat confirmed, if any).
    Done,
    /// Refused: a blocking conflict (a room or a speaker twice at once, a
    /// closed room); nothing was saved.
    Blocked(Vec<Conflict>),
    /// Not saved: these conflicts need the secretariat's confirmation
    /// (`confirmed`).
    Unconfirmed(Vec<Conflict>),
}

/// Places an accepted session at a slot, from the version the editor
/// showed (`Conflict("forum-schedule-stale")` when it changed since). The
/// conflicts are computed under a lock on the edition, so that two
/// placements at once cannot both take one room at one time.
pub async fn place(
    app: &App,
    ed: &Edition,
    session: SessionId,
    version: i64,
    slot: Slot,
    confirmed: bool,
) -> ServiceResult<Placed> {
    place_by(app, ed, None, session, version, slot, confirmed).await
}

/// A move as the history keeps it: the slot before and after (`null`: unplaced), so
/// that an undo puts back the one before only while the one after still holds.
fn move_json(before: &SessionRow, after: Option<Slot>) -> String {
    let b = match (before.room_id, before.starts_at, before.ends_at) {
        (Some(r), Some(a), Some(e)) => Some((r, a, e)),
        _ => None,
    };
    let a = after.map(|x| (x.room.get(), x.starts_at, x.ends_at));
    serde_json::json!({ "before": b, "after": a }).to_string()
}

/// What an undo did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Undo {
    /// The session is back where it was.
    Done(SessionId),
    /// Nothing of the reader's is left to undo.
    Nothing,
    /// The session moved again since (by someone else): the move is forgotten and
    /// nothing changes.
    Stale,
    /// Its old place is taken now (a room or a speaker twice at once): nothing changes.
    Blocked,
}

/// [`place`] by an account: the move is kept in the session's history with the slot
/// before, so that [`undo_last`] can put it back.
pub async fn place_by(
    app: &App,
    ed: &Edition,
    by: Option<i64>,
    session: SessionId,
    version: i64,
    slot: Slot,
    confirmed: bool,
) -> ServiceResult<Placed> {
    let mut tx = app.db().begin().await?;
    lock_parent(&mut tx, Parent::Edition, ed.id).await?;
    let s = accepted_on(&mut tx, ed, session).await?;
    let found = conflicts_at(&mut tx, ed, &s, slot).await?;
    if found.iter().any(|c| c.is_blocking()) {
        return Ok(Placed::Blocked(found));
    }
    if !found.is_empty() && !confirmed {
        return Ok(Placed::Unconfirmed(found));
    }
    set_slot(&mut tx, s.id, version, Some(slot)).await?;
    fdb::add_session_event(&mut tx, s.id, by, "moved", Some(&move_json(&s, Some(slot)))).await?;
    tx.commit().await?;
    Ok(Placed::Done)
}

/// Takes an accepted session off the schedule.
pub async fn unplace(
    app: &App,
    ed: &Edition,
    session: SessionId,
    version: i64,
) -> ServiceResult<()> {
    unplace_by(app, ed, None, session, version).await
}

/// [`unplace`] by an account, kept in the history like [`place_by`].
pub async fn unplace_by(
    app: &App,
    ed: &Edition,
    by: Option<i64>,
    session: SessionId,
    version: i64,
) -> ServiceResult<()> {
    let mut tx = app.db().begin().await?;
    let s = accepted_on(&mut tx, ed, session).await?;
    set_slot(&mut tx, s.id, version, None).await?;
    fdb::add_session_event(&mut tx, s.id, by, "moved", Some(&move_json(&s, None))).await?;
    tx.commit().await?;
    Ok(())
}

/// Undoes `by`'s latest move on the edition's working schedule: the session goes back
/// to the slot it had (or off the schedule), and the move is forgotten, so that the
/// next undo goes one further back. Refused when the session moved since (the move is
/// forgotten: [`Undo::Stale`]) or when its old slot is taken now ([`Undo::Blocked`]);
/// other conflicts are accepted (the schedule was so before).
pub async fn undo_last(app: &App, ed: &Edition, by: i64) -> ServiceResult<Undo> {
    type Slot3 = Option<(i64, i64, i64)>;
    #[derive(serde::Deserialize)]
    struct Move {
        before: Slot3,
        after: Slot3,
    }
    let mut tx = app.db().begin().await?;
    lock_parent(&mut tx, Parent::Edition, ed.id).await?;
    let Some((event, session, json)) = fdb::last_move(&mut tx, ed.id, by).await? else {
        return Ok(Undo::Nothing);
    };
    let Ok(m) = serde_json::from_str::<Move>(&json) else {
        fdb::delete_session_event(&mut tx, event).await?;
        tx.commit().await?;
        return Ok(Undo::Stale);
    };
    let current = fdb::session(&mut tx, session)
        .await?
        .filter(|s| s.status == SessionStatus::Accepted);
    let Some(s) = current.filter(|s| {
        let now = match (s.room_id, s.starts_at, s.ends_at) {
            (Some(r), Some(a), Some(e)) => Some((r, a, e)),
            _ => None,
        };
        now == m.after
    }) else {
        fdb::delete_session_event(&mut tx, event).await?;
        tx.commit().await?;
        return Ok(Undo::Stale);
    };
    if let Some((room, a, e)) = m.before {
        let slot = Slot {
            room: RoomId::new(room),
            starts_at: a,
            ends_at: e,
        };
        if conflicts_at(&mut tx, ed, &s, slot)
            .await?
            .iter()
            .any(|c| c.is_blocking())
        {
            return Ok(Undo::Blocked);
        }
    }
    fdb::place(&mut tx, s.id, s.version, m.before).await?;
    fdb::delete_session_event(&mut tx, event).await?;
    tx.commit().await?;
    Ok(Undo::Done(SessionId::new(s.id)))
}

async fn set_slot(
    conn: &mut AnyConnection,
    session: i64,
    version: i64,
    slot: Option<Slot>,
) -> ServiceResult<()> {
    match fdb::place(
        conn,
        session,
        version,
        slot.map(|x| (x.room.get(), x.starts_at, x.ends_at)),
    )
    .await
    {
        Ok(()) => Ok(()),
        Err(wsis_db::DbError::Stale) => Err(ServiceError::Conflict("forum-schedule-stale")),
        Err(e) => Err(e.into()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn local_times_follow_the_venue_zone_and_its_summer_time() {
        let tz = TimeZone::get("Europe/Zurich").expect("tzdb");
        // 8 April 2019 09:00 in Geneva is 07:00 UTC (CEST, +02:00).
        assert_eq!(
            local_to_utc(&tz, "2019-04-08", "09:00"),
            Some(1_554_706_800)
        );
        // In January it is +01:00.
        assert_eq!(
            local_to_utc(&tz, "2019-01-08", "09:00"),
            Some(1_546_934_400)
        );
        assert_eq!(
            local_to_utc(&tz, "2019-04-08", "24:00"),
            local_to_utc(&tz, "2019-04-09", "00:00")
        );
        assert_eq!(local_to_utc(&tz, "2019-02-30", "09:00"), None);
        assert_eq!(local_to_utc(&tz, "2019-04-08", "9h"), None);
    }
}
