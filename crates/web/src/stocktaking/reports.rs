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
use wsis_db::stocktaking as st;
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
    let calls = st::list_calls(&mut *state.db.conn().await?)
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
    let entries = super::service::report_entries(&state.db, Some(year)).await?;
    let report = wsis_docs::StocktakingReport {
        year,
        lang,
        entries,
    };
    match q.format.as_deref().unwrap_or("pdf") {
        "html" => Ok(file(
            "text/html; charset=utf-8",
            format!("wsis-stocktaking-{year}-{lang}.html"),
            wsis_docs::stocktaking_report_html(&report).into_bytes(),
        )),
        "pdf" => {
            let pdf =
                tokio::task::spawn_blocking(move || wsis_docs::stocktaking_report_pdf(&report))
                    .await
                    .map_err(|e| AppError::Internal(format!("report task: {e}")))?
                    .map_err(|e| AppError::Internal(format!("report: {e}")))?;
            Ok(file(
                "application/pdf",
                format!("wsis-stocktaking-{year}-{lang}.pdf"),
                pdf,
            ))
        }
        _ => Err(AppError::BadRequest("invalid_query")),
    }
}

/// The Success Stories of a call's year: the stored selection, or the
/// entries the secretariat lists (`ids`, an override).
pub async fn success_stories(
    WithRole(ctx, ..): WithRole<Secretariat>,
    State(state): State<AppState>,
    Query(q): Query<ReportQuery>,
) -> AppResult<Response> {
    use super::success::SelectionError;
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
    let entries = match super::success::entries(&state.db, year, &ids).await {
        Ok(e) => e,
        Err(SelectionError::Empty) => return Err(AppError::Conflict("success-stories-empty")),
        Err(SelectionError::NotPublished(_)) => return Err(AppError::NotFound),
        Err(SelectionError::Db(e)) => return Err(e.into()),
    };
    let pdf =
        tokio::task::spawn_blocking(move || wsis_docs::success_stories_pdf(year, lang, &entries))
            .await
            .map_err(|e| AppError::Internal(format!("report task: {e}")))?
            .map_err(|e| AppError::Internal(format!("report: {e}")))?;
    Ok(file(
        "application/pdf",
        format!("wsis-success-stories-{year}-{lang}.pdf"),
        pdf,
    ))
}
