//! The stocktaking API: faceted search, one entry, and open data exports
//! (CSV, JSON, JSON Lines) filtered like the search.

use super::SearchParams;
use crate::api::{ErrorBody, LangCode};
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

/// The language of a search's snippets and messages (`lang`, English by default). As
/// everywhere in the API, `lang` is one of the six codes when it is given: an empty value
/// is refused like any other outside the set.
pub fn lang_of(p: &SearchParams) -> AppResult<Language> {
    if p.lang.as_deref() == Some("") {
        return Err(wsis_app::ServiceError::field("lang", "language-invalid").into());
    }
    Ok(wsis_app::stocktaking::export::lang_of(p)?)
}

/// The orders of the search, as `?sort=` takes them.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum SortCode {
    Relevance,
    Newest,
}

/// Full-text search over published entries with facet filters
/// (`f=facet:value`, repeatable; AND across facets, OR within one) and
/// live facet counts.
#[utoipa::path(get, path = "/api/v1/stocktaking/entries", tag = "stocktaking",
    params(
        ("q" = Option<String>, Query, max_length = 200, description = "Free text in any of the six languages, at most 200 characters: entries with all the words match; OR between two words or phrases matches either; \"a phrase\" in double quotes; -word or -\"a phrase\" excludes. Other characters (field names, wildcards, ranges) are plain text."),
        ("f" = Option<Vec<String>>, Query, pattern = "^(action_line|c7_subline|sdg|target|country|region|stakeholder_type|activity_type|status|year|call|language):[^\\u0000-\\u001f\\u007f-\\u009f]{1,40}$", description = "Filter facet:value, e.g. action_line:C7, c7_subline:C7.4, sdg:4, country:KE; repeatable (AND across facets, OR within one). The facets: action_line, c7_subline, sdg, target, country, region, stakeholder_type, activity_type, status, year, call, language; a value has 1 to 40 characters and no control character. At most 40 distinct filters, 20 values of one facet (`search-filters-too-many`)."),
        ("sort" = inline(Option<SortCode>), Query, description = "relevance (default) or newest; any other value is refused (`search-sort-invalid`)"),
        ("page" = Option<u16>, Query, minimum = 1, maximum = 10000, description = "1-based page, 1–10000 (default 1)"),
        ("limit" = Option<u8>, Query, minimum = 1, maximum = 100, description = "Hits per page, 1–100 (default 20)"),
        ("lang" = inline(Option<LangCode>), Query, description = "Language of the snippets and messages: ar, zh, en, fr, ru or es (default en)"),
    ),
    responses((status = 200, description = "The page of hits and the facet counts", body = SearchResponse),
        (status = 304, description = "Not modified: the ETag sent in If-None-Match is still current"),
        (status = 422, description = "Invalid parameters (`validation_failed`): field errors on `q` (`search-query-too-long`), `f` (`search-filter-invalid`, `search-facet-unknown`, `search-filters-too-many`), `page` (`search-page-invalid`), `limit` (`search-limit-invalid`), `sort` (`search-sort-invalid`) or `lang` (`language-invalid`)", body = ErrorBody)))]
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
    responses((status = 200, description = "The entry", body = EntryDto),
        (status = 304, description = "Not modified: the ETag sent in If-None-Match is still current"),
        (status = 400, description = "The id is not a 64-bit signed integer, e.g. above 2^63 − 1 (`bad_request`)", body = ErrorBody),
        (status = 404, description = "No published entry has this id (`not_found`)", body = ErrorBody)))]
pub async fn entry(
    State(state): State<AppState>,
    Path(id): Path<i64>,
) -> AppResult<Json<EntryDto>> {
    let p =
        wsis_app::stocktaking::export::published(&state.app, wsis_domain::EntryId::new(id)).await?;
    Ok(Json(to_dto(p)))
}

/// The formats of the export, as its path names them.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum ExportFormatName {
    Csv,
    Json,
    Jsonl,
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
    params(("format" = inline(ExportFormatName), Path, description = "csv, json or jsonl"),
        ("q" = Option<String>, Query, max_length = 200, description = "As for the search"),
        ("f" = Option<Vec<String>>, Query, pattern = "^(action_line|c7_subline|sdg|target|country|region|stakeholder_type|activity_type|status|year|call|language):[^\\u0000-\\u001f\\u007f-\\u009f]{1,40}$", description = "As for the search"),
        ("lang" = inline(Option<LangCode>), Query, description = "The language the search text is read in, as for the search")),
    responses((status = 200, description = "The entries: CSV (text/csv), a JSON array (application/json) or one JSON object a line (application/jsonl)"),
        (status = 304, description = "Not modified: the entries are those of the ETag sent"),
        (status = 400, description = "A malformed path (`bad_request`)", body = ErrorBody),
        (status = 404, description = "No such format (`not_found`)", body = ErrorBody),
        (status = 422, description = "Invalid parameters, as for the search (`validation_failed`)", body = ErrorBody),
        (status = 429, description = "Too many exports at once: retry later (`rate_limited`)", body = ErrorBody)))]
pub async fn export(
    State(state): State<AppState>,
    Path(format): Path<String>,
    RawQuery(raw): RawQuery,
    headers: axum::http::HeaderMap,
) -> AppResult<Response> {
    let format = ExportFormat::parse(&format).ok_or(AppError::NotFound)?;
    let params = SearchParams::parse(raw.as_deref()).map_err(AppError::Validation)?;
    lang_of(&params)?;
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
    // Fused: a body may be polled again after its end (the compression layer does), and
    // an `Unfold` polled after it returned `None` panics.
    let body = axum::body::Body::from_stream(futures_util::StreamExt::fuse(
        futures_util::stream::unfold(rx, |mut rx| async move {
            rx.recv().await.map(|piece| (piece, rx))
        }),
    ));
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
