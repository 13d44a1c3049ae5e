//! The agenda's exports and feeds under `/api/v1/forums/{year}/…`: the
//! whole schedule, one room, one day, or chosen sessions (a personal feed),
//! as C3VOC JSON, frab XML, iCalendar, xCal or CSV. Each is built once per
//! published version, sent with an ETag (304 on `If-None-Match`) and
//! compressed by the router.

use super::Published;
use super::exports::{self, ExportCtx};
use crate::I18N;
use crate::api::{ErrorBody, LangCode};
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use axum::extract::{Path, RawQuery, State};
use axum::http::HeaderMap;
use axum::response::Response;
use jiff::tz::TimeZone;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use wsis_domain::Language;
use wsis_domain::forum::schedule::Session;

/// Which sessions an export covers.
enum Scope {
    All,
    Room(String),
    Day(String),
}

/// The files of a schedule, as the path names them.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, ToSchema)]
pub enum ScheduleFile {
    #[serde(rename = "schedule.json")]
    Json,
    #[serde(rename = "schedule.xml")]
    Xml,
    #[serde(rename = "schedule.ics")]
    Ics,
    #[serde(rename = "schedule.xcal")]
    Xcal,
    #[serde(rename = "schedule.csv")]
    Csv,
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
            // One of the six codes exactly, as the other routes of the API take it.
            "lang" => {
                lang = Language::ALL
                    .into_iter()
                    .find(|l| l.code() == v)
                    .ok_or_else(|| {
                        let mut f = wsis_domain::FieldErrors::new();
                        f.add("lang", "language-invalid");
                        AppError::Validation(f)
                    })?
            }
            // Session numbers, comma-separated: what the OpenAPI document's pattern says.
            "sessions" => {
                let list: Option<Vec<i64>> = if v.is_empty() {
                    Some(Vec::new())
                } else {
                    v.split(',').map(session_number).collect()
                };
                let mut list = list.ok_or_else(|| {
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

/// A session number: 1 to 18 ASCII digits.
fn session_number(x: &str) -> Option<i64> {
    (!x.is_empty() && x.len() <= 18 && x.bytes().all(|b| b.is_ascii_digit()))
        .then(|| x.parse().ok())
        .flatten()
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
    let (st, pp) = (state.clone(), p.clone());
    let cached = p
        .export(&key, content_type, move || {
            // The zone is looked up only when the export is built (once per version).
            let tz = TimeZone::get(&pp.schedule.edition.time_zone).unwrap_or(TimeZone::UTC);
            build(&st, &pp, &tz, lang, &scope, only.as_deref(), kind)
        })
        .await?;
    let mut res = cached.response(headers);
    // Only a kept export may be answered at the front door: one built past the
    // version's budget is answered once and forgotten.
    if p.is_kept(&key, &cached) {
        res.extensions_mut().insert(crate::front_door::Keepable {
            year,
            snapshot: p.snapshot.clone(),
            page: cached,
        });
    }
    Ok(res)
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
    // Titles, abstracts, room names and the venue translated into `lang` where written.
    let localized = p.schedule_in(lang);
    let s = &*localized;
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
        ("file" = inline(ScheduleFile), Path, description = "schedule.json (C3VOC), schedule.xml (frab), schedule.ics, schedule.xcal or schedule.csv"),
        ("sessions" = Option<String>, Query, pattern = "^([0-9]{1,18}(,[0-9]{1,18})*)?$", description = "Only these session numbers, comma-separated (a personal feed); numbers of no session are left out"),
        ("lang" = inline(Option<LangCode>), Query, description = "Language of type names, links, and of titles, abstracts, room names and the venue where translated: ar, zh, en, fr, ru or es (default en)")),
    responses((status = 200, description = "The published schedule"),
        (status = 304, description = "Not modified: the ETag sent in If-None-Match is still current"),
        (status = 400, description = "A malformed path, e.g. a year above 2^63 − 1 (`bad_request`)", body = ErrorBody),
        (status = 404, description = "No such file, or no published schedule of this edition (`not_found`)", body = ErrorBody),
        (status = 422, description = "`lang` is not one of the six codes (`language-invalid`) or `sessions` is not a list of numbers (`sessions-invalid`): `validation_failed`", body = ErrorBody)))]
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
        ("file" = inline(ScheduleFile), Path, description = "As for the whole schedule"),
        ("sessions" = Option<String>, Query, pattern = "^([0-9]{1,18}(,[0-9]{1,18})*)?$", description = "As for the whole schedule"),
        ("lang" = inline(Option<LangCode>), Query, description = "As for the whole schedule")),
    responses((status = 200, description = "The room's sessions"),
        (status = 304, description = "Not modified: the ETag sent in If-None-Match is still current"),
        (status = 400, description = "A malformed path, e.g. a year above 2^63 − 1 (`bad_request`)", body = ErrorBody),
        (status = 404, description = "No such file, room or published schedule (`not_found`)", body = ErrorBody),
        (status = 422, description = "An invalid `lang` or `sessions`, as for the whole schedule (`validation_failed`)", body = ErrorBody)))]
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
    params(("year" = i64, Path, description = "Forum edition"), ("date" = String, Path, format = Date, description = "Local date, YYYY-MM-DD"),
        ("file" = inline(ScheduleFile), Path, description = "As for the whole schedule"),
        ("sessions" = Option<String>, Query, pattern = "^([0-9]{1,18}(,[0-9]{1,18})*)?$", description = "As for the whole schedule"),
        ("lang" = inline(Option<LangCode>), Query, description = "As for the whole schedule")),
    responses((status = 200, description = "The day's sessions"),
        (status = 304, description = "Not modified: the ETag sent in If-None-Match is still current"),
        (status = 400, description = "A malformed path, e.g. a year above 2^63 − 1 (`bad_request`)", body = ErrorBody),
        (status = 404, description = "No such file or published schedule, or not a date (`not_found`)", body = ErrorBody),
        (status = 422, description = "An invalid `lang` or `sessions`, as for the whole schedule (`validation_failed`)", body = ErrorBody)))]
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
