//! The stocktaking API: faceted search, one entry, and open data exports
//! (CSV, JSON, JSON Lines) filtered like the search.

use super::SearchParams;
use crate::api::ErrorBody;
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use axum::Json;
use axum::extract::{Path, RawQuery, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use wsis_domain::Language;
use wsis_domain::stocktaking::EntryData;

#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct HitDto {
    pub id: i64,
    pub score: f32,
    /// HTML-escaped title with `<b>` around matched terms.
    pub title_html: String,
    /// HTML-escaped excerpt with `<b>` around matched terms.
    pub snippet_html: String,
}

#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct FacetValueDto {
    pub value: String,
    pub count: u64,
}

#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct FacetDto {
    /// action_line, c7_subline, sdg, target, country, region, stakeholder_type, activity_type, status, year, call, language (the languages the activity works in)
    pub facet: String,
    pub values: Vec<FacetValueDto>,
}

#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct SearchResponse {
    pub total: usize,
    pub offset: usize,
    pub limit: usize,
    pub hits: Vec<HitDto>,
    pub facets: Vec<FacetDto>,
}

/// The language of a search's snippets and messages (`lang`, English by default).
pub fn lang_of(p: &SearchParams) -> AppResult<Language> {
    Ok(wsis_app::stocktaking::export::lang_of(p)?)
}

/// Full-text search over published entries with facet filters
/// (`f=facet:value`, repeatable; AND across facets, OR within one) and
/// live facet counts.
#[utoipa::path(get, path = "/api/v1/stocktaking/entries", tag = "stocktaking",
    params(
        ("q" = Option<String>, Query, description = "Free text in any of the six languages, at most 200 characters: entries with all the words match; OR between two words or phrases matches either; \"a phrase\" in double quotes; -word or -\"a phrase\" excludes. Other characters (field names, wildcards, ranges) are plain text."),
        ("f" = Option<Vec<String>>, Query, description = "Filter facet:value, e.g. action_line:C7, c7_subline:C7.4, sdg:4, country:KE"),
        ("sort" = Option<String>, Query, description = "relevance (default) or newest"),
        ("page" = Option<usize>, Query, description = "1-based page"),
        ("limit" = Option<usize>, Query, description = "Hits per page, 1–100 (default 20)"),
        ("lang" = Option<String>, Query, description = "Language for snippets and messages"),
    ),
    responses((status = 200, body = SearchResponse), (status = 422, body = ErrorBody)))]
pub async fn search(
    State(state): State<AppState>,
    RawQuery(raw): RawQuery,
) -> AppResult<Json<SearchResponse>> {
    let params = SearchParams::parse(raw.as_deref()).map_err(AppError::Validation)?;
    let lang = lang_of(&params)?;
    let q = params.to_query(lang);
    let r = wsis_app::stocktaking::search::search(&state.app, params.to_query(lang), true).await?;
    Ok(Json(SearchResponse {
        total: r.total,
        offset: q.offset,
        limit: q.limit,
        hits: r
            .hits
            .into_iter()
            .map(|h| HitDto {
                id: h.id,
                score: h.score,
                title_html: h.title_html,
                snippet_html: h.snippet_html,
            })
            .collect(),
        facets: r
            .facets
            .into_iter()
            .map(|(f, values)| FacetDto {
                facet: f.code().to_owned(),
                values: values
                    .into_iter()
                    .map(|(value, count)| FacetValueDto { value, count })
                    .collect(),
            })
            .collect(),
    }))
}

/// A published entry as open data.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct EntryDto {
    pub id: i64,
    /// The entry's stable identifier: the same in every export, and what an import
    /// matches entries by.
    pub uid: String,
    pub call: Option<i64>,
    /// Unix seconds.
    pub published_at: i64,
    /// The entry's content (title, description in Markdown, links to Action Lines and SDGs with rationales, coverage, …).
    #[schema(value_type = Object)]
    pub data: EntryData,
}

/// One published entry.
#[utoipa::path(get, path = "/api/v1/stocktaking/entries/{id}", tag = "stocktaking",
    params(("id" = i64, Path, description = "Entry id")),
    responses((status = 200, body = EntryDto), (status = 404, body = ErrorBody)))]
pub async fn entry(
    State(state): State<AppState>,
    Path(id): Path<i64>,
) -> AppResult<Json<EntryDto>> {
    let p =
        wsis_app::stocktaking::export::published(&state.app, wsis_domain::EntryId::new(id)).await?;
    Ok(Json(to_dto(p)))
}

pub use wsis_app::stocktaking::export::{CSV_COLUMNS, ExportFormat, export_entries, to_csv};

fn to_dto(p: wsis_app::stocktaking::PublishedEntry) -> EntryDto {
    EntryDto {
        id: p.id,
        uid: p.uid,
        call: p.call_year,
        published_at: p.published_at,
        data: p.data,
    }
}

/// Published entries as open data, filtered like the search:
/// `export/csv`, `export/json` or `export/jsonl`. Streamed (memory stays bounded however
/// many entries match), with an ETag per version of the published entries: a client that
/// sends it back gets a 304 until an entry changes.
#[utoipa::path(get, path = "/api/v1/stocktaking/export/{format}", tag = "stocktaking",
    params(("format" = String, Path, description = "csv, json or jsonl"),
        ("q" = Option<String>, Query, description = "As for the search"),
        ("f" = Option<Vec<String>>, Query, description = "As for the search")),
    responses((status = 200, description = "The entries"),
        (status = 304, description = "Not modified: the entries are those of the ETag sent"),
        (status = 404, body = ErrorBody),
        (status = 429, description = "Too many exports at once: retry later", body = ErrorBody)))]
pub async fn export(
    State(state): State<AppState>,
    Path(format): Path<String>,
    RawQuery(raw): RawQuery,
    headers: axum::http::HeaderMap,
) -> AppResult<Response> {
    let format = ExportFormat::parse(&format).ok_or(AppError::NotFound)?;
    let params = SearchParams::parse(raw.as_deref()).map_err(AppError::Validation)?;
    wsis_app::stocktaking::search::follow_if_due(&state.app).await;
    let etag = wsis_app::stocktaking::export::export_etag(
        &state.app,
        raw.as_deref().unwrap_or(""),
        format,
    )
    .await?;
    let cache = [
        (header::ETAG, etag.clone()),
        (header::CACHE_CONTROL, "public, no-cache".to_owned()),
    ];
    if headers
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|tags| crate::api::cache::matches(tags, &etag))
    {
        return Ok((StatusCode::NOT_MODIFIED, cache).into_response());
    }
    let rx = wsis_app::stocktaking::export::export_stream(&state.app, &params, format).await?;
    let body =
        axum::body::Body::from_stream(futures_util::stream::unfold(rx, |mut rx| async move {
            rx.recv().await.map(|piece| (piece, rx))
        }));
    let name = format!(
        "attachment; filename=\"wsis-stocktaking.{}\"",
        format.extension()
    );
    Ok((
        cache,
        [
            (header::CONTENT_TYPE, format.content_type().to_owned()),
            (header::CONTENT_DISPOSITION, name),
        ],
        body,
    )
        .into_response())
}
