//! The secretariat's publications: the Stocktaking Report of a call (PDF or
//! HTML) and the Success Stories of selected entries (PDF), typeset by
//! `wsis-docs`.

use crate::ctx::{Secretariat, WithRole};
use crate::error::{AppError, AppResult};
use crate::pages::{Page, render};
use crate::state::AppState;
use askama::Template;
use axum::extract::{Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use wsis_app::stocktaking::reports::{self as svc, ReportFormat};
use wsis_domain::Language;

#[derive(Template)]
#[template(path = "stocktaking/reports.html")]
struct ReportsPage {
    page: Page,
    calls: Vec<i64>,
    languages: Vec<(&'static str, &'static str)>,
}

pub async fn page(
    WithRole(ctx, ..): WithRole<Secretariat>,
    State(state): State<AppState>,
) -> AppResult<Response> {
    let calls = wsis_app::stocktaking::reports::calls(&state.app)
        .await?
        .into_iter()
        .map(|c| c.year)
        .collect();
    let languages = Language::ALL
        .iter()
        .map(|l| (l.code(), l.native_name()))
        .collect();
    render(&ReportsPage {
        page: Page::new(&ctx, "reports-title", "stocktaking"),
        calls,
        languages,
    })
}

#[derive(Debug, Deserialize)]
pub struct ReportQuery {
    pub call: Option<i64>,
    pub language: Option<String>,
    pub format: Option<String>,
    pub ids: Option<String>,
}

fn language(q: &ReportQuery, fallback: Language) -> Language {
    q.language
        .as_deref()
        .and_then(Language::from_tag)
        .unwrap_or(fallback)
}

fn file(content_type: &'static str, name: String, bytes: Vec<u8>) -> Response {
    (
        [
            (header::CONTENT_TYPE, content_type.to_owned()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{name}\""),
            ),
        ],
        bytes,
    )
        .into_response()
}

/// The Stocktaking Report of a call, as PDF or HTML.
pub async fn stocktaking(
    WithRole(ctx, ..): WithRole<Secretariat>,
    State(state): State<AppState>,
    Query(q): Query<ReportQuery>,
) -> AppResult<Response> {
    let year = q.call.ok_or(AppError::BadRequest("invalid_query"))?;
    let lang = language(&q, ctx.lang);
    let (format, content_type) = match q.format.as_deref().unwrap_or("pdf") {
        "html" => (ReportFormat::Html, "text/html; charset=utf-8"),
        "pdf" => (ReportFormat::Pdf, "application/pdf"),
        _ => return Err(AppError::BadRequest("invalid_query")),
    };
    let (_, bytes) = svc::stocktaking_report(&state.app, year, lang, format).await?;
    let ext = match format {
        ReportFormat::Html => "html",
        ReportFormat::Pdf => "pdf",
    };
    Ok(file(
        content_type,
        format!("wsis-stocktaking-{year}-{lang}.{ext}"),
        bytes,
    ))
}

/// The Success Stories of a call's year: the stored selection, or the
/// entries the secretariat lists (`ids`, an override).
pub async fn success_stories(
    WithRole(ctx, ..): WithRole<Secretariat>,
    State(state): State<AppState>,
    Query(q): Query<ReportQuery>,
) -> AppResult<Response> {
    let lang = language(&q, ctx.lang);
    let ids: Vec<i64> = q
        .ids
        .as_deref()
        .unwrap_or("")
        .split([',', ' ', '\n', ';'])
        .filter_map(|s| s.trim().parse().ok())
        .collect();
    let year = match q.call {
        Some(y) => y,
        None if ids.is_empty() => return Err(AppError::BadRequest("invalid_query")),
        None => 0,
    };
    let (_, pdf) = svc::success_stories_pdf(&state.app, year, &ids, lang)
        .await
        .map_err(wsis_app::ServiceError::from)?;
    Ok(file(
        "application/pdf",
        format!("wsis-success-stories-{year}-{lang}.pdf"),
        pdf,
    ))
}
