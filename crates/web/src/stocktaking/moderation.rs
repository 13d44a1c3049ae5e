//! The secretariat's side: the moderation queue with filters and bulk
//! actions, the review of one entry, and calls for entries.

use super::status_label;
use crate::I18N;
use crate::csrf::CsrfForm;
use crate::ctx::{Secretariat, WithRole};
use crate::error::{AppError, AppResult};
use crate::pages::{Page, render_with_status};
use crate::state::AppState;
use askama::Template;
use axum::extract::{Path, RawQuery, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;
use wsis_app::ServiceError;
use wsis_domain::FieldErrors;
use wsis_domain::stocktaking::{Action, EntryStatus, parse_date};
use wsis_i18n::format_date;

fn parse_action(s: &str) -> Option<Action> {
    match s {
        "publish" => Some(Action::Publish),
        "return" => Some(Action::Return),
        "reject" => Some(Action::Reject),
        _ => None,
    }
}

#[derive(Debug, Deserialize)]
pub struct ReviewInput {
    pub action: String,
    #[serde(default)]
    pub comment: String,
    pub version: i64,
    /// The waiting images the page showed, comma-separated ids.
    #[serde(default)]
    pub images: String,
}

/// One decision on one entry, from its page.
pub async fn review(
    WithRole(ctx, user, ..): WithRole<Secretariat>,
    State(state): State<AppState>,
    Path((_, id)): Path<(String, i64)>,
    CsrfForm(input): CsrfForm<ReviewInput>,
) -> AppResult<Response> {
    let action = parse_action(&input.action).ok_or(AppError::BadRequest("invalid_form"))?;
    let seen: Vec<i64> = input
        .images
        .split(',')
        .filter(|s| !s.is_empty())
        .map(str::parse)
        .collect::<Result<_, _>>()
        .map_err(|_| AppError::BadRequest("invalid_form"))?;
    let decided = wsis_app::stocktaking::moderate(
        &state.app,
        &user,
        wsis_domain::EntryId::new(id),
        Some(input.version),
        action,
        &input.comment,
        &seen,
    )
    .await;
    // A refused decision shows the entry again, the form saying why, the comment kept.
    let refusal = |key, status| super::view::ReviewRefusal {
        key,
        comment: &input.comment,
        status,
    };
    match decided {
        Ok(()) => {}
        Err(ServiceError::Conflict(key @ "moderation-comment-required")) => {
            let r = refusal(key, StatusCode::UNPROCESSABLE_ENTITY);
            return super::view::refused_review(&ctx, &state, id, r).await;
        }
        Err(ServiceError::Stale(key)) => {
            let r = refusal(key, StatusCode::CONFLICT);
            return super::view::refused_review(&ctx, &state, id, r).await;
        }
        Err(e) => return Err(e.into()),
    }
    Ok(Redirect::to(&format!(
        "/{}/stocktaking/moderation?notice=moderation-done",
        ctx.lang.code()
    ))
    .into_response())
}

pub struct QueueRow {
    pub id: i64,
    pub href: String,
    pub title: String,
    pub owner: String,
    pub status: String,
    pub call: String,
    pub updated: String,
}

#[derive(Template)]
#[template(path = "stocktaking/queue.html")]
struct QueuePage {
    page: Page,
    status: String,
    call: String,
    q: String,
    statuses: Vec<(String, String)>,
    calls: Vec<String>,
    rows: Vec<QueueRow>,
    total_label: String,
    prev: Option<String>,
    next: Option<String>,
    problems: Vec<String>,
    /// The confirmation of the decision just taken.
    notice: Option<String>,
}

const QUEUE_PAGE: i64 = 50;

async fn queue_page(
    ctx: &crate::ctx::Ctx,
    state: &AppState,
    raw: Option<&str>,
    problems: Vec<String>,
) -> AppResult<Response> {
    let user = ctx.user.as_ref().ok_or(AppError::Forbidden)?;
    let pairs: Vec<(String, String)> = raw
        .and_then(|q| serde_urlencoded::from_str(q).ok())
        .unwrap_or_default();
    let get = |k: &str| {
        pairs
            .iter()
            .find(|(kk, _)| kk == k)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    };
    let status_raw = if pairs.iter().any(|(k, _)| k == "status") {
        get("status")
    } else {
        "submitted".to_owned()
    };
    let status = EntryStatus::parse(&status_raw).ok();
    let notice = (get("notice") == "moderation-done").then(|| I18N.tr(ctx.lang, "moderation-done"));
    let call = get("call");
    let q = get("q");
    let n: i64 = get("page").parse().unwrap_or(1).max(1);
    let (total, list) = wsis_app::stocktaking::reads::queue(
        &state.app,
        user,
        status,
        call.parse().ok(),
        Some(q.as_str()).filter(|s| !s.is_empty()),
        QUEUE_PAGE,
        (n - 1) * QUEUE_PAGE,
    )
    .await?;
    let calls = calls::calls(&state.app)
        .await?
        .into_iter()
        .map(|c| c.year.to_string())
        .collect();
    let page = Page::new(ctx, "moderation-title", "stocktaking");
    let lang = ctx.lang;
    let tz = jiff::tz::TimeZone::UTC;
    let rows = list
        .into_iter()
        .map(|e| QueueRow {
            id: e.id,
            href: page.href(&format!("/stocktaking/entries/{}", e.id)),
            title: e.title,
            owner: format!(
                "{}{}",
                e.owner_name,
                e.organisation
                    .map(|o| format!(" ({o})"))
                    .unwrap_or_default()
            ),
            status: status_label(&e.status, lang),
            call: e.call_year.map(|y| y.to_string()).unwrap_or_default(),
            updated: format_date(lang, e.updated_at, &tz),
        })
        .collect();
    let link = |p: i64| {
        let pairs = [
            ("status", status_raw.clone()),
            ("call", call.clone()),
            ("q", q.clone()),
            ("page", p.to_string()),
        ];
        format!(
            "{}?{}",
            page.href("/stocktaking/moderation"),
            serde_urlencoded::to_string(pairs).unwrap_or_default()
        )
    };
    let prev = (n > 1).then(|| link(n - 1));
    let next = (n * QUEUE_PAGE < total).then(|| link(n + 1));
    let statuses = EntryStatus::ALL
        .iter()
        .map(|s| (s.code().to_owned(), status_label(s.code(), lang)))
        .collect();
    let total_label = page.tn("stocktaking-results", "count", total);
    let failed = !problems.is_empty();
    let p = QueuePage {
        status: status_raw.clone(),
        call,
        q,
        statuses,
        calls,
        rows,
        total_label,
        prev,
        next,
        problems,
        notice,
        page,
    };
    render_with_status(
        &p,
        if failed {
            StatusCode::UNPROCESSABLE_ENTITY
        } else {
            StatusCode::OK
        },
    )
}

pub async fn queue(
    WithRole(ctx, ..): WithRole<Secretariat>,
    State(state): State<AppState>,
    RawQuery(raw): RawQuery,
) -> AppResult<Response> {
    queue_page(&ctx, &state, raw.as_deref(), Vec::new()).await
}

/// The same decision on every selected entry; each in its own transaction,
/// and every refusal listed.
pub async fn bulk(
    WithRole(ctx, user, ..): WithRole<Secretariat>,
    State(state): State<AppState>,
    RawQuery(raw): RawQuery,
    CsrfForm(pairs): CsrfForm<Vec<(String, String)>>,
) -> AppResult<Response> {
    let get = |k: &str| {
        pairs
            .iter()
            .find(|(kk, _)| kk == k)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    };
    let ids: Vec<i64> = pairs
        .iter()
        .filter(|(k, _)| k == "id")
        .filter_map(|(_, v)| v.parse().ok())
        .collect();
    let lang = ctx.lang;
    let Some(action) = parse_action(&get("action")) else {
        return queue_page(
            &ctx,
            &state,
            raw.as_deref(),
            vec![I18N.tr(lang, "moderation-choose-action")],
        )
        .await;
    };
    if ids.is_empty() {
        return queue_page(
            &ctx,
            &state,
            raw.as_deref(),
            vec![I18N.tr(lang, "moderation-choose-entries")],
        )
        .await;
    }
    let comment = get("comment");
    let mut problems = Vec::new();
    for id in ids {
        let entry = wsis_domain::EntryId::new(id);
        if let Err(e) =
            // The queue shows no images: an entry with images waiting is decided on its page.
            wsis_app::stocktaking::moderate(
                &state.app,
                &user,
                entry,
                None,
                action,
                &comment,
                &[],
            )
            .await
        {
            use wsis_app::ServiceError;
            let key = match &e {
                ServiceError::Conflict(k) | ServiceError::Stale(k) => *k,
                ServiceError::NotFound => "error-404-title",
                _ => return Err(e.into()),
            };
            problems.push(format!("#{id}: {}", I18N.tr(lang, key)));
        }
    }
    if problems.is_empty() {
        Ok(Redirect::to(&format!(
            "/{}/stocktaking/moderation?notice=moderation-done",
            lang.code()
        ))
        .into_response())
    } else {
        queue_page(&ctx, &state, raw.as_deref(), problems).await
    }
}

pub struct CallRow {
    pub href: String,
    pub year: i64,
    pub title: String,
    pub window: String,
}

#[derive(Template)]
#[template(path = "stocktaking/calls.html")]
struct CallsPage {
    page: Page,
    rows: Vec<CallRow>,
    input: CallInput,
    errors: Vec<(String, String)>,
    errors_heading: String,
}

impl CallsPage {
    pub fn err(&self, field: &str) -> Option<&str> {
        error_of(&self.errors, field)
    }
}

/// The call forms' errors as (field, message in the page's language).
fn localised(lang: wsis_domain::Language, errors: &FieldErrors) -> Vec<(String, String)> {
    errors
        .0
        .iter()
        .map(|e| (e.field.to_owned(), I18N.tr(lang, e.key)))
        .collect()
}

/// The message of a field's error, if it has one.
fn error_of<'a>(errors: &'a [(String, String)], field: &str) -> Option<&'a str> {
    errors
        .iter()
        .find(|(f, _)| f == field)
        .map(|(_, m)| m.as_str())
}

/// Whether a call's window holds `at`.
use wsis_app::stocktaking::calls::{self as svc, is_open};
use wsis_app::stocktaking::reports as calls;

#[derive(Debug, Default, Deserialize)]
pub struct CallInput {
    #[serde(default)]
    pub year: String,
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub opens: String,
    #[serde(default)]
    pub closes: String,
}

async fn calls_page(
    ctx: &crate::ctx::Ctx,
    state: &AppState,
    input: CallInput,
    errors: &FieldErrors,
) -> AppResult<Response> {
    let page = Page::new(ctx, "calls-title", "stocktaking");
    let tz = jiff::tz::TimeZone::UTC;
    let rows = calls::calls(&state.app)
        .await?
        .into_iter()
        .map(|c| CallRow {
            href: page.href(&format!("/stocktaking/calls/{}", c.id)),
            year: c.year,
            title: c.title,
            window: format!(
                "{} – {}",
                format_date(ctx.lang, c.opens_at, &tz),
                format_date(ctx.lang, c.closes_at - 1, &tz)
            ),
        })
        .collect();
    let errors = localised(ctx.lang, errors);
    let failed = !errors.is_empty();
    let errors_heading = page.tn("form-errors-heading", "count", errors.len() as i64);
    render_with_status(
        &CallsPage {
            page,
            rows,
            input,
            errors,
            errors_heading,
        },
        if failed {
            StatusCode::UNPROCESSABLE_ENTITY
        } else {
            StatusCode::OK
        },
    )
}

pub async fn calls(
    WithRole(ctx, ..): WithRole<Secretariat>,
    State(state): State<AppState>,
) -> AppResult<Response> {
    calls_page(&ctx, &state, CallInput::default(), &FieldErrors::new()).await
}

fn day_start(date: &str) -> Option<i64> {
    let d: jiff::civil::Date = date.parse().ok()?;
    Some(
        d.to_zoned_datetime(jiff::tz::TimeZone::UTC)
            .ok()?
            .timestamp()
            .as_second(),
    )
}

/// A checked call form: (year, title, opens at, closes at) in Unix seconds, the window's
/// end exclusive (the closing day is part of it).
fn checked_call(input: &CallInput, errors: &mut FieldErrors) -> Option<(i64, String, i64, i64)> {
    let year = input
        .year
        .trim()
        .parse::<i64>()
        .ok()
        .filter(|y| (2004..=2100).contains(y));
    if year.is_none() {
        errors.add("year", "call-year-invalid");
    }
    if input.title.trim().is_empty() || input.title.chars().count() > 200 {
        errors.add("title", "title-required");
    }
    let opens = errors.check(
        "opens",
        parse_date(&input.opens).and_then(|d| d.ok_or("date-invalid")),
    );
    let closes = errors.check(
        "closes",
        parse_date(&input.closes).and_then(|d| d.ok_or("date-invalid")),
    );
    if let (Some(o), Some(c)) = (&opens, &closes)
        && c < o
    {
        errors.add("closes", "end-before-start");
    }
    let (Some(year), Some(o), Some(c), true) = (year, opens, closes, errors.is_empty()) else {
        return None;
    };
    let (Some(o), Some(c)) = (day_start(&o), day_start(&c)) else {
        errors.add("opens", "date-invalid");
        return None;
    };
    Some((year, input.title.trim().to_owned(), o, c + 86_400))
}

pub async fn create_call(
    WithRole(ctx, user, ..): WithRole<Secretariat>,
    State(state): State<AppState>,
    CsrfForm(input): CsrfForm<CallInput>,
) -> AppResult<Response> {
    let mut errors = FieldErrors::new();
    let Some((year, title, o, c)) = checked_call(&input, &mut errors) else {
        return calls_page(&ctx, &state, input, &errors).await;
    };
    match svc::create_call(&state.app, &user, year, &title, o, c).await {
        Ok(()) => {}
        Err(ServiceError::Fields(errors)) => {
            return calls_page(&ctx, &state, input, &errors).await;
        }
        Err(e) => return Err(e.into()),
    }
    Ok(Redirect::to(&format!("/{}/stocktaking/calls", ctx.lang.code())).into_response())
}

#[derive(Template)]
#[template(path = "stocktaking/call.html")]
struct CallPage {
    page: Page,
    action: String,
    close_action: Option<String>,
    input: CallInput,
    errors: Vec<(String, String)>,
    errors_heading: String,
}

impl CallPage {
    pub fn err(&self, field: &str) -> Option<&str> {
        error_of(&self.errors, field)
    }
}

/// The date of the last day of a window (its end is exclusive).
fn last_day(closes_at: i64) -> String {
    jiff::Timestamp::from_second(closes_at - 1)
        .map(|t| jiff::tz::TimeZone::UTC.to_datetime(t).date().to_string())
        .unwrap_or_default()
}

fn first_day(opens_at: i64) -> String {
    jiff::Timestamp::from_second(opens_at)
        .map(|t| jiff::tz::TimeZone::UTC.to_datetime(t).date().to_string())
        .unwrap_or_default()
}

fn call_page(
    ctx: &crate::ctx::Ctx,
    call: &svc::Call,
    input: CallInput,
    errors: &FieldErrors,
) -> AppResult<Response> {
    let page = Page::new(ctx, "call-edit-title", "stocktaking");
    let open_now = is_open(call, svc::now());
    let errors = localised(ctx.lang, errors);
    let failed = !errors.is_empty();
    let errors_heading = page.tn("form-errors-heading", "count", errors.len() as i64);
    render_with_status(
        &CallPage {
            action: page.href(&format!("/stocktaking/calls/{}", call.id)),
            close_action: open_now
                .then(|| page.href(&format!("/stocktaking/calls/{}/close", call.id))),
            page,
            input,
            errors,
            errors_heading,
        },
        if failed {
            StatusCode::UNPROCESSABLE_ENTITY
        } else {
            StatusCode::OK
        },
    )
}

/// A call's page: its title and window to change, and a button to close it now.
pub async fn call(
    WithRole(ctx, ..): WithRole<Secretariat>,
    State(state): State<AppState>,
    Path((_, id)): Path<(String, i64)>,
) -> AppResult<Response> {
    let call = svc::call(&state.app, id).await?;
    let input = CallInput {
        year: call.year.to_string(),
        title: call.title.clone(),
        opens: first_day(call.opens_at),
        closes: last_day(call.closes_at),
    };
    call_page(&ctx, &call, input, &FieldErrors::new())
}

/// Saves a call's title and window (its year stays).
pub async fn update_call(
    WithRole(ctx, user, ..): WithRole<Secretariat>,
    State(state): State<AppState>,
    Path((_, id)): Path<(String, i64)>,
    CsrfForm(mut input): CsrfForm<CallInput>,
) -> AppResult<Response> {
    let call = svc::call(&state.app, id).await?;
    input.year = call.year.to_string();
    let mut errors = FieldErrors::new();
    let Some((_, title, o, c)) = checked_call(&input, &mut errors) else {
        return call_page(&ctx, &call, input, &errors);
    };
    match svc::update_call(&state.app, &user, id, &title, o, c).await {
        Ok(()) => {}
        Err(ServiceError::Fields(errors)) => return call_page(&ctx, &call, input, &errors),
        Err(e) => return Err(e.into()),
    }
    Ok(Redirect::to(&format!("/{}/stocktaking/calls", ctx.lang.code())).into_response())
}

/// Closes an open call now: entries submitted from now on belong to no call.
pub async fn close_call(
    WithRole(ctx, user, ..): WithRole<Secretariat>,
    State(state): State<AppState>,
    Path((_, id)): Path<(String, i64)>,
    CsrfForm(_): CsrfForm<Vec<(String, String)>>,
) -> AppResult<Response> {
    svc::close_call(&state.app, &user, id).await?;
    Ok(Redirect::to(&format!("/{}/stocktaking/calls", ctx.lang.code())).into_response())
}
