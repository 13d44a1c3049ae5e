//! The stocktaking API: faceted search, one entry, and open data exports
//! (CSV, JSON, JSON Lines) filtered like the search.

use super::SearchParams;
use crate::api::ErrorBody;
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use axum::Json;
use axum::extract::{Path, RawQuery, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};
use std::sync::Arc;
use utoipa::ToSchema;
use wsis_db::stocktaking as st;
use wsis_domain::Language;
use wsis_domain::stocktaking::EntryData;
use wsis_search::SearchIndex;

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
    match p.lang.as_deref() {
        None | Some("") => Ok(Language::En),
        Some(code) => Language::ALL
            .into_iter()
            .find(|l| l.code() == code)
            .ok_or_else(|| {
                let mut f = wsis_domain::FieldErrors::new();
                f.add("lang", "language-invalid");
                AppError::Validation(f)
            }),
    }
}

/// Full-text search over published entries with facet filters
/// (`f=facet:value`, repeatable; AND across facets, OR within one) and
/// live facet counts.
#[utoipa::path(get, path = "/api/v1/stocktaking/entries", tag = "stocktaking",
    params(
        ("q" = Option<String>, Query, description = "Free text, in any of the six languages"),
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
    let params = SearchParams::parse(raw.as_deref());
    let lang = lang_of(&params)?;
    let q = params.to_query(lang);
    let r = super::service::search(&state, params.to_query(lang), true).await?;
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
                facet: f.key().to_owned(),
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
    let found = st::published_by_ids(&mut *state.db.conn().await?, &[id]).await?;
    let p = found.into_iter().next().ok_or(AppError::NotFound)?;
    Ok(Json(to_dto(p)))
}

/// The ids of every published entry that matches the filters, in search order.
async fn matching_ids(
    index: &Arc<SearchIndex>,
    params: &SearchParams,
    lang: Language,
) -> AppResult<Vec<i64>> {
    let mut ids = Vec::new();
    let mut page = SearchParams {
        page: 1,
        limit: Some(100),
        ..params.clone()
    };
    loop {
        // The pages of an export: computed (not kept), outside the per-core slots.
        let r = super::service::compute(index.clone(), page.to_query(lang), false).await?;
        let n = r.hits.len();
        ids.extend(r.hits.into_iter().map(|h| h.id));
        if n < 100 || ids.len() >= r.total {
            break;
        }
        page.page += 1;
    }
    Ok(ids)
}

/// The formats of the open data export.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportFormat {
    Csv,
    Json,
    Jsonl,
}

impl ExportFormat {
    /// `csv`, `json` or `jsonl`.
    pub fn parse(s: &str) -> Option<ExportFormat> {
        match s {
            "csv" => Some(ExportFormat::Csv),
            "json" => Some(ExportFormat::Json),
            "jsonl" => Some(ExportFormat::Jsonl),
            _ => None,
        }
    }

    pub fn extension(self) -> &'static str {
        match self {
            ExportFormat::Csv => "csv",
            ExportFormat::Json => "json",
            ExportFormat::Jsonl => "jsonl",
        }
    }

    pub fn content_type(self) -> &'static str {
        match self {
            ExportFormat::Csv => "text/csv; charset=utf-8",
            ExportFormat::Json => "application/json",
            ExportFormat::Jsonl => "application/jsonl",
        }
    }
}

fn to_dto(p: st::PublishedEntry) -> EntryDto {
    EntryDto {
        id: p.id,
        call: p.call_year,
        published_at: p.published_at,
        data: p.data,
    }
}

/// The open data export: every published entry that matches `params` (as
/// the search would find them, in its order), in `format`. The API's
/// `export/{format}` and `wsis export` both call this.
pub async fn export_entries(
    db: &wsis_db::Db,
    index: &Arc<SearchIndex>,
    params: &SearchParams,
    format: ExportFormat,
) -> AppResult<Vec<u8>> {
    let lang = lang_of(params)?;
    let ids = matching_ids(index, params, lang).await?;
    let mut entries = Vec::with_capacity(ids.len());
    let mut conn = db.conn().await?;
    for chunk in ids.chunks(200) {
        entries.extend(st::published_by_ids(&mut conn, chunk).await?);
    }
    drop(conn);
    let json_err = |e: serde_json::Error| AppError::Internal(e.to_string());
    Ok(match format {
        ExportFormat::Json => {
            let dtos: Vec<EntryDto> = entries.into_iter().map(to_dto).collect();
            serde_json::to_vec(&dtos).map_err(json_err)?
        }
        ExportFormat::Jsonl => {
            let mut out = Vec::new();
            for p in entries {
                serde_json::to_writer(&mut out, &to_dto(p)).map_err(json_err)?;
                out.push(b'\n');
            }
            out
        }
        ExportFormat::Csv => to_csv(&entries).map_err(AppError::Internal)?,
    })
}

/// Published entries as open data, filtered like the search:
/// `export/csv`, `export/json` or `export/jsonl`.
#[utoipa::path(get, path = "/api/v1/stocktaking/export/{format}", tag = "stocktaking",
    params(("format" = String, Path, description = "csv, json or jsonl"),
        ("q" = Option<String>, Query, description = "As for the search"),
        ("f" = Option<Vec<String>>, Query, description = "As for the search")),
    responses((status = 200, description = "The entries"), (status = 404, body = ErrorBody)))]
pub async fn export(
    State(state): State<AppState>,
    Path(format): Path<String>,
    RawQuery(raw): RawQuery,
) -> AppResult<Response> {
    let format = ExportFormat::parse(&format).ok_or(AppError::NotFound)?;
    let params = SearchParams::parse(raw.as_deref());
    super::service::follow_if_due(&state).await;
    let body = export_entries(&state.db, &state.search, &params, format).await?;
    let name = format!(
        "attachment; filename=\"wsis-stocktaking.{}\"",
        format.extension()
    );
    Ok((
        [
            (header::CONTENT_TYPE, format.content_type().to_owned()),
            (header::CONTENT_DISPOSITION, name),
        ],
        body,
    )
        .into_response())
}

/// The CSV columns of the open data export (also what `wsis import` reads).
pub const CSV_COLUMNS: &[&str] = &[
    "id",
    "call",
    "title",
    "description",
    "language",
    "activity_type",
    "organisation",
    "stakeholder_type",
    "partners",
    "coverage",
    "countries",
    "regions",
    "action_lines",
    "sdgs",
    "targets",
    "start_date",
    "end_date",
    "status",
    "website",
    "contact",
    "languages",
];

pub fn to_csv(entries: &[st::PublishedEntry]) -> Result<Vec<u8>, String> {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(CSV_COLUMNS).map_err(|e| e.to_string())?;
    for p in entries {
        let d = &p.data;
        let targets: Vec<String> = d.sdgs.iter().flat_map(|s| s.targets.clone()).collect();
        w.write_record([
            p.id.to_string(),
            p.call_year.map(|y| y.to_string()).unwrap_or_default(),
            d.title.clone(),
            d.description.clone(),
            d.language.code().to_owned(),
            d.activity_type.code().to_owned(),
            d.organisation.clone(),
            d.stakeholder_type.code().to_owned(),
            d.partners.join("; "),
            d.coverage.code().to_owned(),
            d.countries.join(" "),
            d.regions.join(" "),
            d.action_lines
                .iter()
                .map(|l| l.code.clone())
                .collect::<Vec<_>>()
                .join(" "),
            d.sdgs
                .iter()
                .map(|s| s.goal.to_string())
                .collect::<Vec<_>>()
                .join(" "),
            targets.join(" "),
            d.start_date.clone().unwrap_or_default(),
            d.end_date.clone().unwrap_or_default(),
            d.status.code().to_owned(),
            d.website.clone().unwrap_or_default(),
            d.contact.clone().unwrap_or_default(),
            d.languages
                .iter()
                .map(|l| l.code())
                .collect::<Vec<_>>()
                .join(" "),
        ])
        .map_err(|e| e.to_string())?;
    }
    w.into_inner().map_err(|e| e.to_string())
}
