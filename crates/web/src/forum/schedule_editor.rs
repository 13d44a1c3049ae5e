//! The secretariat's schedule editor: accepted sessions placed in rooms and
//! slots with plain forms (no JavaScript needed), every conflict of the
//! working schedule listed, a placement that would add conflicts shown
//! before it is saved, and publication as a new version.

use crate::I18N;
use crate::csrf::CsrfForm;
use crate::ctx::{Ctx, Secretariat, WithRole};
use crate::error::{AppError, AppResult};
use crate::pages::{Page, render_with_status};
use crate::state::AppState;
use askama::Template;
use axum::extract::{Path, RawQuery, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use wsis_app::forum::schedule::{
    self as sched, Edition, Placed, RoomRow, SessionRow, Slot, dates, edition, local_to_utc,
    venue_tz,
};
use wsis_domain::forum::Conflict;
use wsis_domain::{RoomId, SessionId};
use wsis_i18n::{Arg, format_date, format_time};

pub struct ConflictView {
    pub message: String,
    pub sessions: Vec<(String, String)>,
}

pub struct SlotForm {
    pub id: i64,
    pub number: i64,
    pub title: String,
    pub current: String,
    pub version: i64,
    pub date: String,
    pub start: String,
    pub end: String,
    pub room: i64,
    pub placed: bool,
    pub in_conflict: bool,
    /// `grid` when the form came from the grid editor (and goes back to it).
    pub back: String,
}

#[derive(Template)]
#[template(path = "forum/schedule_editor.html")]
struct EditorPage {
    page: Page,
    base: String,
    tabs: Vec<(String, String, bool)>,
    conflicts: Vec<ConflictView>,
    /// Conflicts of a placement being tried, before it is saved.
    pending: Vec<ConflictView>,
    pending_form: Option<SlotForm>,
    error: Option<String>,
    sessions: Vec<SlotForm>,
    dates: Vec<(String, String)>,
    rooms: Vec<(i64, String)>,
    version: i64,
    published_note: String,
    conflicts_heading: String,
    script: String,
}

fn describe(
    ctx: &Ctx,
    year: i64,
    c: &Conflict,
    sessions: &[SessionRow],
    rooms: &[RoomRow],
) -> ConflictView {
    let lang = ctx.lang;
    let room_name = |id: i64| {
        rooms
            .iter()
            .find(|r| r.id == id)
            .map(|r| r.name.clone())
            .unwrap_or_default()
    };
    let mut message = I18N.tr(lang, c.key());
    match c {
        Conflict::RoomDoubleBooked { room, .. }
        | Conflict::OutsideRoomHours { room, .. }
        | Conflict::NoCaptioning { room, .. }
        | Conflict::NoInterpretation { room, .. } => {
            message = format!("{message} ({})", room_name(*room));
        }
        Conflict::RoomTooSmall {
            room,
            capacity,
            expected,
            ..
        } => {
            message = format!("{message} ({}: {capacity} < {expected})", room_name(*room));
        }
        _ => {}
    }
    ConflictView {
        message,
        sessions: c
            .sessions()
            .into_iter()
            .filter_map(|id| sessions.iter().find(|s| s.id == id))
            .map(|s| {
                (
                    format!("{} {}", s.number.unwrap_or(0), s.data.title),
                    format!(
                        "/{}/forum/{year}/manage/schedule?session={}#s{}",
                        lang.code(),
                        s.id,
                        s.id
                    ),
                )
            })
            .collect(),
    }
}

fn slot_form(
    ctx: &Ctx,
    ed: &Edition,
    s: &SessionRow,
    rooms: &[RoomRow],
    in_conflict: bool,
) -> SlotForm {
    let tz = venue_tz(ed);
    let local = |t: i64, f: &str| {
        jiff::Timestamp::from_second(t)
            .map(|ts| ts.to_zoned_datetime(tz.clone()).strftime(f).to_string())
            .unwrap_or_default()
    };
    let current = match (s.starts_at, s.ends_at, s.room_id) {
        (Some(a), Some(b), Some(r)) => format!(
            "{} {}–{}, {}",
            format_date(ctx.lang, a, &tz),
            format_time(ctx.lang, a, &tz),
            format_time(ctx.lang, b, &tz),
            rooms
                .iter()
                .find(|x| x.id == r)
                .map(|x| x.name.as_str())
                .unwrap_or("")
        ),
        _ => I18N.tr(ctx.lang, "forum-schedule-unplaced"),
    };
    SlotForm {
        id: s.id,
        number: s.number.unwrap_or(0),
        title: s.data.title.clone(),
        current,
        version: s.version,
        date: s
            .starts_at
            .map(|t| local(t, "%Y-%m-%d"))
            .unwrap_or_default(),
        start: s.starts_at.map(|t| local(t, "%H:%M")).unwrap_or_default(),
        end: s.ends_at.map(|t| local(t, "%H:%M")).unwrap_or_default(),
        room: s.room_id.unwrap_or(0),
        placed: s.starts_at.is_some(),
        in_conflict,
        back: String::new(),
    }
}

/// Which sessions the editor shows: `?day=YYYY-MM-DD`, `?day=unplaced`
/// (the default while some are), or `?session=ID`.
fn selection(query: Option<&str>) -> (Option<String>, Option<i64>) {
    let pairs: Vec<(String, String)> = query
        .and_then(|q| serde_urlencoded::from_str(q).ok())
        .unwrap_or_default();
    let day = pairs
        .iter()
        .find(|(k, _)| k == "day")
        .map(|(_, v)| v.clone());
    let session = pairs
        .iter()
        .find(|(k, _)| k == "session")
        .and_then(|(_, v)| v.parse().ok());
    (day, session)
}

#[allow(clippy::too_many_arguments)]
async fn editor(
    ctx: &Ctx,
    state: &AppState,
    ed: &Edition,
    query: Option<&str>,
    pending: Vec<Conflict>,
    pending_form: Option<SlotForm>,
    error: Option<String>,
    status: StatusCode,
) -> AppResult<Response> {
    let sched::Working {
        rooms,
        sessions,
        conflicts,
        version,
    } = sched::working(&state.app, ed).await?;
    let tz = venue_tz(ed);
    let (day, only) = selection(query);
    let any_unplaced = sessions.iter().any(|s| s.starts_at.is_none());
    let day = day.unwrap_or_else(|| {
        if any_unplaced {
            "unplaced".into()
        } else {
            dates(ed).first().cloned().unwrap_or_default()
        }
    });
    let local_date = |t: i64| {
        jiff::Timestamp::from_second(t)
            .map(|ts| {
                ts.to_zoned_datetime(tz.clone())
                    .strftime("%Y-%m-%d")
                    .to_string()
            })
            .unwrap_or_default()
    };
    let in_conflict = |id: i64| conflicts.iter().any(|c| c.sessions().contains(&id));
    let mut shown: Vec<&SessionRow> = sessions
        .iter()
        .filter(|s| match only {
            Some(id) => s.id == id,
            None if day == "unplaced" => s.starts_at.is_none(),
            None => s.starts_at.map(local_date).as_deref() == Some(day.as_str()),
        })
        .collect();
    shown.sort_by_key(|s| (s.starts_at, s.room_id, s.number));
    let base = format!("/{}/forum/{}/manage/schedule", ctx.lang.code(), ed.year);
    let mut tabs = vec![(
        format!("{base}?day=unplaced"),
        I18N.tr_args(
            ctx.lang,
            "forum-schedule-unplaced-count",
            &[(
                "count",
                Arg::Num(sessions.iter().filter(|s| s.starts_at.is_none()).count() as i64),
            )],
        ),
        only.is_none() && day == "unplaced",
    )];
    let all_dates = dates(ed);
    for d in &all_dates {
        let t = local_to_utc(&tz, d, "12:00").unwrap_or(0);
        tabs.push((
            format!("{base}?day={d}"),
            format_date(ctx.lang, t, &tz),
            only.is_none() && &day == d,
        ));
    }
    let mut page = Page::new(ctx, "forum-schedule-title", "forum");
    page.title = I18N.tr_args(
        ctx.lang,
        "forum-schedule-of",
        &[("year", Arg::from(ed.year.to_string().as_str()))],
    );
    let published_note = if version == 0 {
        I18N.tr(ctx.lang, "forum-schedule-never-published")
    } else {
        I18N.tr_args(
            ctx.lang,
            "forum-schedule-published-version",
            &[("number", Arg::Num(version))],
        )
    };
    let conflicts_heading = I18N.tr_args(
        ctx.lang,
        "forum-schedule-conflicts",
        &[("count", Arg::Num(conflicts.len() as i64))],
    );
    let view = EditorPage {
        conflicts_heading,
        script: crate::pages::schedule_script(),
        base,
        tabs,
        conflicts: conflicts
            .iter()
            .take(200)
            .map(|c| describe(ctx, ed.year, c, &sessions, &rooms))
            .collect(),
        pending: pending
            .iter()
            .map(|c| describe(ctx, ed.year, c, &sessions, &rooms))
            .collect(),
        pending_form,
        error,
        sessions: shown
            .into_iter()
            .map(|s| slot_form(ctx, ed, s, &rooms, in_conflict(s.id)))
            .collect(),
        dates: all_dates
            .iter()
            .map(|d| {
                let t = local_to_utc(&tz, d, "12:00").unwrap_or(0);
                (d.clone(), format_date(ctx.lang, t, &tz))
            })
            .collect(),
        rooms: rooms
            .iter()
            .map(|r| (r.id, format!("{} ({})", r.name, r.capacity)))
            .collect(),
        version,
        published_note,
        page,
    };
    render_with_status(&view, status)
}

pub async fn page(
    WithRole(ctx, _, _): WithRole<Secretariat>,
    State(state): State<AppState>,
    Path((_, year)): Path<(String, i64)>,
    RawQuery(q): RawQuery,
) -> AppResult<Response> {
    let ed = edition(&state.app, year).await?;
    editor(
        &ctx,
        &state,
        &ed,
        q.as_deref(),
        Vec::new(),
        None,
        None,
        StatusCode::OK,
    )
    .await
}

#[derive(serde::Deserialize)]
pub struct PlaceInput {
    pub session: i64,
    pub version: i64,
    #[serde(default)]
    pub date: String,
    #[serde(default)]
    pub start: String,
    #[serde(default)]
    pub end: String,
    #[serde(default)]
    pub room: String,
    /// `1` places despite the conflicts shown.
    #[serde(default)]
    pub force: String,
    /// `grid`: back to the grid editor once placed.
    #[serde(default)]
    pub back: String,
}

/// The slot a form asks for: a forum day, two clock times, a room of this
/// edition; as (room, start, end) in UTC, or the error key.
fn slot(
    ed: &Edition,
    tz: &jiff::tz::TimeZone,
    rooms: &[RoomRow],
    input: &PlaceInput,
) -> Result<(i64, i64, i64), &'static str> {
    if !dates(ed).contains(&input.date) {
        return Err("forum-schedule-date-invalid");
    }
    if wsis_domain::forum::parse_clock(&input.start).is_err()
        || wsis_domain::forum::parse_clock(&input.end).is_err()
    {
        return Err("time-invalid");
    }
    let Some(room) = rooms.iter().find(|r| r.id.to_string() == input.room) else {
        return Err("conflict-unknown-room");
    };
    match (
        local_to_utc(tz, &input.date, &input.start),
        local_to_utc(tz, &input.date, &input.end),
    ) {
        (Some(start), Some(end)) => Ok((room.id, start, end)),
        _ => Err("time-invalid"),
    }
}

/// What placing a session at a slot would bring, without saving it: the
/// schedule editor's script asks as the secretariat changes a slot, so
/// conflicts show while placing (the form alone shows them on submit).
pub async fn check(
    WithRole(ctx, _, _): WithRole<Secretariat>,
    State(state): State<AppState>,
    Path((_, year)): Path<(String, i64)>,
    CsrfForm(input): CsrfForm<PlaceInput>,
) -> AppResult<Response> {
    let ed = edition(&state.app, year).await?;
    let tz = venue_tz(&ed);
    let s = sched::accepted_session(&state.app, &ed, SessionId::new(input.session)).await?;
    let rooms = sched::rooms(&state.app, &ed).await?;
    let body = match slot(&ed, &tz, &rooms, &input) {
        Err(key) => serde_json::json!({
            "ok": false,
            "blocking": true,
            "message": I18N.tr(ctx.lang, key),
            "conflicts": [],
        }),
        Ok((room, start, end)) => {
            let slot = Slot {
                room: RoomId::new(room),
                starts_at: start,
                ends_at: end,
            };
            let found = sched::conflicts_if_placed(&state.app, &ed, &s, slot).await?;
            let sessions = sched::accepted_sessions(&state.app, &ed).await?;
            let blocking = found.iter().any(|c| c.is_blocking());
            serde_json::json!({
                "ok": found.is_empty(),
                "blocking": blocking,
                "message": I18N.tr(ctx.lang, if found.is_empty() {
                    "forum-schedule-slot-free"
                } else if blocking {
                    "forum-schedule-blocked"
                } else {
                    "forum-schedule-confirm-conflicts"
                }),
                "conflicts": found
                    .iter()
                    .map(|c| {
                        let v = describe(&ctx, year, c, &sessions, &rooms);
                        serde_json::json!({
                            "message": v.message,
                            "blocking": c.is_blocking(),
                            "sessions": v.sessions.iter().map(|(t, h)| serde_json::json!({"title": t, "href": h})).collect::<Vec<_>>(),
                        })
                    })
                    .collect::<Vec<_>>(),
            })
        }
    };
    Ok((
        [(axum::http::header::CACHE_CONTROL, "no-store")],
        axum::Json(body),
    )
        .into_response())
}

pub async fn place(
    WithRole(ctx, user, _): WithRole<Secretariat>,
    State(state): State<AppState>,
    Path((_, year)): Path<(String, i64)>,
    CsrfForm(input): CsrfForm<PlaceInput>,
) -> AppResult<Response> {
    let ed = edition(&state.app, year).await?;
    let tz = venue_tz(&ed);
    let s = sched::accepted_session(&state.app, &ed, SessionId::new(input.session)).await?;
    let rooms = sched::rooms(&state.app, &ed).await?;
    let query = format!("session={}", s.id);
    let retry = |error: &str| {
        let mut f = slot_form(&ctx, &ed, &s, &rooms, false);
        f.date = input.date.clone();
        f.start = input.start.clone();
        f.end = input.end.clone();
        f.room = input.room.parse().unwrap_or(0);
        f.back = input.back.clone();
        (Some(f), Some(I18N.tr(ctx.lang, error)))
    };
    let (room, start, end) = match slot(&ed, &tz, &rooms, &input) {
        Ok(x) => x,
        Err(key) => {
            let (form, error) = retry(key);
            return editor(
                &ctx,
                &state,
                &ed,
                Some(&query),
                Vec::new(),
                form,
                error,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await;
        }
    };
    let slot = Slot {
        room: RoomId::new(room),
        starts_at: start,
        ends_at: end,
    };
    let found = match sched::place_by(
        &state.app,
        &ed,
        Some(user.id),
        SessionId::new(s.id),
        input.version,
        slot,
        input.force == "1",
    )
    .await?
    {
        Placed::Done => None,
        Placed::Blocked(found) => Some((found, "forum-schedule-blocked")),
        Placed::Unconfirmed(found) => Some((found, "forum-schedule-confirm-conflicts")),
    };
    if let Some((found, key)) = found {
        let (form, error) = retry(key);
        return editor(
            &ctx,
            &state,
            &ed,
            Some(&query),
            found,
            form,
            error,
            StatusCode::UNPROCESSABLE_ENTITY,
        )
        .await;
    }
    if input.back == "grid" {
        return Ok(Redirect::to(&format!(
            "/{}/forum/{year}/manage/schedule/grid?day={}",
            ctx.lang.code(),
            input.date
        ))
        .into_response());
    }
    Ok(Redirect::to(&format!(
        "/{}/forum/{year}/manage/schedule?day={}#s{}",
        ctx.lang.code(),
        input.date,
        s.id
    ))
    .into_response())
}

#[derive(serde::Deserialize)]
pub struct UnplaceInput {
    pub session: i64,
    pub version: i64,
    /// `grid`: back to the grid editor's `day`.
    #[serde(default)]
    pub back: String,
    #[serde(default)]
    pub day: String,
}

pub async fn unplace(
    WithRole(ctx, user, _): WithRole<Secretariat>,
    State(state): State<AppState>,
    Path((_, year)): Path<(String, i64)>,
    CsrfForm(input): CsrfForm<UnplaceInput>,
) -> AppResult<Response> {
    let ed = edition(&state.app, year).await?;
    sched::unplace_by(
        &state.app,
        &ed,
        Some(user.id),
        SessionId::new(input.session),
        input.version,
    )
    .await?;
    if input.back == "grid" {
        let day = if dates(&ed).contains(&input.day) {
            input.day.as_str()
        } else {
            ""
        };
        return Ok(Redirect::to(&format!(
            "/{}/forum/{year}/manage/schedule/grid?day={day}",
            ctx.lang.code()
        ))
        .into_response());
    }
    Ok(Redirect::to(&format!(
        "/{}/forum/{year}/manage/schedule?day=unplaced",
        ctx.lang.code()
    ))
    .into_response())
}

#[derive(serde::Deserialize)]
pub struct PublishInput {
    #[serde(default)]
    pub note: String,
    pub based_on: i64,
}

pub async fn publish(
    WithRole(ctx, user, _): WithRole<Secretariat>,
    State(state): State<AppState>,
    Path((_, year)): Path<(String, i64)>,
    CsrfForm(input): CsrfForm<PublishInput>,
) -> AppResult<Response> {
    let ed = edition(&state.app, year).await?;
    let note: String = input.note.trim().chars().take(1_000).collect();
    if note
        .chars()
        .any(|c| c.is_control() && c != '\n' && c != '\r')
    {
        let mut f = wsis_domain::FieldErrors::new();
        f.add("note", "text-invalid-characters");
        return Err(AppError::Validation(f));
    }
    sched::publish(&state.app, &ed, user.id, &note, input.based_on).await?;
    state.forum.invalidate(ed.year);
    Ok(Redirect::to(&format!("/{}/forum/{year}/changes", ctx.lang.code())).into_response())
}
