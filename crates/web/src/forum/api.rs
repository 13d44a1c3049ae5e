//! The agenda's exports and feeds under `/api/v1/forums/{year}/…`: the
//! whole schedule, one room, one day, or chosen sessions (a personal feed),
//! as C3VOC JSON, frab XML, iCalendar, xCal or CSV. Each is built once per
//! published version, sent with an ETag (304 on `If-None-Match`) and
//! compressed by the router.

use super::Published;
use super::exports::{self, ExportCtx};
use crate::I18N;
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use axum::extract::{Path, RawQuery, State};
use axum::http::HeaderMap;
use axum::response::Response;
use jiff::tz::TimeZone;
use wsis_domain::Language;
use wsis_domain::forum::schedule::Session;

/// Which sessions an export covers.
enum Scope {
    All,
    Room(String),
    Day(String),
}

fn format_of(file: &str) -> AppResult<(&'static str, &'static str)> {
    Ok(match file {
        "schedule.json" => ("json", "application/json"),
        "schedule.xml" => ("xml", "application/xml; charset=utf-8"),
        "schedule.ics" => ("ics", "text/calendar; charset=utf-8"),
        "schedule.xcal" => ("xcal", "application/calendar+xml; charset=utf-8"),
        "schedule.csv" => ("csv", "text/csv; charset=utf-8"),
        _ => return Err(AppError::NotFound),
    })
}

fn params(raw: Option<&str>) -> AppResult<(Language, Option<Vec<i64>>)> {
    let pairs: Vec<(String, String)> = raw
        .and_then(|q| serde_urlencoded::from_str(q).ok())
        .unwrap_or_default();
    let mut lang = Language::En;
    let mut sessions = None;
    for (k, v) in pairs {
        match k.as_str() {
            "lang" => {
                lang = Language::from_tag(&v).ok_or_else(|| {
                    let mut f = wsis_domain::FieldErrors::new();
                    f.add("lang", "language-invalid");
                    AppError::Validation(f)
                })?
            }
            "sessions" => {
                let list: Result<Vec<i64>, _> = v
                    .split(',')
                    .filter(|x| !x.trim().is_empty())
                    .map(|x| x.trim().parse::<i64>())
                    .collect();
                let mut list = list.map_err(|_| {
                    let mut f = wsis_domain::FieldErrors::new();
                    f.add("sessions", "sessions-invalid");
                    AppError::Validation(f)
                })?;
                list.sort_unstable();
                list.dedup();
                list.truncate(500);
                sessions = Some(list);
            }
            _ => {}
        }
    }
    Ok((lang, sessions))
}

async fn serve(
    state: &AppState,
    headers: &HeaderMap,
    year: i64,
    scope: Scope,
    file: &str,
    raw: Option<&str>,
) -> AppResult<Response> {
    let (kind, content_type) = format_of(file)?;
    let (lang, only) = params(raw)?;
    let p = super::published_by_year(state, year)
        .await?
        .ok_or(AppError::NotFound)?;
    // Validate the scope before building.
    if let Scope::Room(code) = &scope
        && !p.schedule.rooms.iter().any(|r| &r.code == code)
    {
        return Err(AppError::NotFound);
    }
    if let Scope::Day(d) = &scope
        && jiff::civil::Date::strptime("%Y-%m-%d", d).is_err()
    {
        return Err(AppError::NotFound);
    }
    // The key holds only what changes the answer: chosen sessions that exist, in order.
    let only = only.map(|list| {
        list.into_iter()
            .filter(|n| p.schedule.sessions.iter().any(|s| s.number == *n))
            .collect::<Vec<i64>>()
    });
    let key = export_key(kind, lang, &scope, only.as_deref());
    let tz = TimeZone::get(&p.schedule.edition.time_zone).unwrap_or(TimeZone::UTC);
    let (st, pp) = (state.clone(), p.clone());
    let cached = p
        .export(&key, content_type, move || {
            build(&st, &pp, &tz, lang, &scope, only.as_deref(), kind)
        })
        .await?;
    Ok(cached.response(headers))
}

/// The cache key of an export: format, language, scope and the chosen sessions.
fn export_key(kind: &str, lang: Language, scope: &Scope, only: Option<&[i64]>) -> String {
    format!(
        "{kind}:{}:{}:{}",
        lang.code(),
        match scope {
            Scope::All => "all".to_owned(),
            Scope::Room(r) => format!("room={r}"),
            Scope::Day(d) => format!("day={d}"),
        },
        only.map(|l| l
            .iter()
            .map(|n| n.to_string())
            .collect::<Vec<_>>()
            .join(","))
            .unwrap_or_default()
    )
}

/// Builds one export of a published schedule.
#[allow(clippy::too_many_arguments)]
fn build(
    state: &AppState,
    p: &Published,
    tz: &TimeZone,
    lang: Language,
    scope: &Scope,
    only: Option<&[i64]>,
    kind: &str,
) -> String {
    let s = &p.schedule;
    let room_id = match scope {
        Scope::Room(code) => s.rooms.iter().find(|r| &r.code == code).map(|r| r.id),
        _ => None,
    };
    let local_date = |t: i64| {
        jiff::Timestamp::from_second(t)
            .map(|ts| {
                ts.to_zoned_datetime(tz.clone())
                    .strftime("%Y-%m-%d")
                    .to_string()
            })
            .unwrap_or_default()
    };
    let sessions: Vec<&Session> = s
        .sessions
        .iter()
        .filter(|x| match scope {
            Scope::All => true,
            Scope::Room(_) => Some(x.room_id) == room_id,
            Scope::Day(d) => &local_date(x.starts_at) == d,
        })
        .filter(|x| only.is_none_or(|o| o.contains(&x.number)))
        .collect();
    let type_name = |c: &str| p.type_name(c, lang);
    let role_name = |c: &str| I18N.tr(lang, &format!("speaker-role-{c}"));
    let x = ExportCtx {
        schedule: s,
        base_url: &state.config.public_url,
        lang: lang.code(),
        type_name: &type_name,
        role_name: &role_name,
        tz: tz.clone(),
    };
    let name = match scope {
        Scope::All => format!("WSIS Forum {}", s.edition.year),
        Scope::Room(_) => format!(
            "WSIS Forum {} – {}",
            s.edition.year,
            room_id
                .and_then(|r| s.room(r))
                .map(|r| r.name.as_str())
                .unwrap_or("")
        ),
        Scope::Day(d) => format!("WSIS Forum {} – {d}", s.edition.year),
    };
    match kind {
        "json" => exports::schedule_json(&x, &sessions),
        "xml" => exports::schedule_xml(&x, &sessions),
        "ics" => exports::ics(&x, &sessions, &name),
        "xcal" => exports::xcal(&x, &sessions, &name),
        _ => exports::csv(&x, &sessions),
    }
}

#[utoipa::path(get, path = "/api/v1/forums/{year}/{file}", tag = "forum",
    params(("year" = i64, Path, description = "Forum edition"),
        ("file" = String, Path, description = "schedule.json (C3VOC), schedule.xml (frab), schedule.ics, schedule.xcal or schedule.csv"),
        ("sessions" = Option<String>, Query, description = "Only these session numbers, comma-separated (a personal feed)"),
        ("lang" = Option<String>, Query, description = "Language of type names and links (default en)")),
    responses((status = 200, description = "The published schedule"), (status = 304, description = "Not modified (If-None-Match)"),
        (status = 404, body = crate::api::ErrorBody)))]
pub async fn schedule(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path((year, file)): Path<(i64, String)>,
    RawQuery(raw): RawQuery,
) -> AppResult<Response> {
    serve(&state, &headers, year, Scope::All, &file, raw.as_deref()).await
}

#[utoipa::path(get, path = "/api/v1/forums/{year}/rooms/{room}/{file}", tag = "forum",
    params(("year" = i64, Path, description = "Forum edition"), ("room" = String, Path, description = "Room code"),
        ("file" = String, Path, description = "As for the whole schedule")),
    responses((status = 200, description = "The room's sessions"), (status = 304, description = "Not modified"),
        (status = 404, body = crate::api::ErrorBody)))]
pub async fn room_schedule(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path((year, room, file)): Path<(i64, String, String)>,
    RawQuery(raw): RawQuery,
) -> AppResult<Response> {
    serve(
        &state,
        &headers,
        year,
        Scope::Room(room),
        &file,
        raw.as_deref(),
    )
    .await
}

#[utoipa::path(get, path = "/api/v1/forums/{year}/days/{date}/{file}", tag = "forum",
    params(("year" = i64, Path, description = "Forum edition"), ("date" = String, Path, description = "Local date, YYYY-MM-DD"),
        ("file" = String, Path, description = "As for the whole schedule")),
    responses((status = 200, description = "The day's sessions"), (status = 304, description = "Not modified"),
        (status = 404, body = crate::api::ErrorBody)))]
pub async fn day_schedule(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path((year, date, file)): Path<(i64, String, String)>,
    RawQuery(raw): RawQuery,
) -> AppResult<Response> {
    serve(
        &state,
        &headers,
        year,
        Scope::Day(date),
        &file,
        raw.as_deref(),
    )
    .await
}
