//! The open data export: the published entries a search finds, as CSV, JSON or JSON
//! lines; and the search parameters as a query string gives them (the API, the pages
//! and `wsis export` read the same).

use super::search::compute;
use crate::{App, ServiceError, ServiceResult};
use serde::{Deserialize, Serialize};
use wsis_db::stocktaking::{self as st, PublishedEntry};
use wsis_domain::stocktaking::EntryData;
use wsis_domain::{EntryId, FieldErrors, Language};
use wsis_search::{Facet, SearchQuery, Sort};

/// Search parameters as they come in a query string: `q`, repeated
/// `f=facet:value`, `sort=newest`, `page`.
#[derive(Debug, Clone, Default)]
pub struct SearchParams {
    pub q: String,
    pub filters: Vec<(Facet, String)>,
    pub sort: Sort,
    pub page: usize,
    pub lang: Option<String>,
    pub limit: Option<usize>,
}

pub const PAGE_SIZE: usize = 20;

/// The most filters a search takes (all facets together), and values of one facet.
pub const MAX_FILTERS: usize = 40;
pub const MAX_VALUES_PER_FACET: usize = 20;
/// The longest search text (the engine keeps its first 32 words and phrases).
pub const MAX_QUERY_CHARS: usize = 200;
/// The longest filter value (codes are short: `C7.8`, `9.c`, `KE`, `civil_society`).
const MAX_VALUE_CHARS: usize = 40;

impl SearchParams {
    /// Parses a raw query string. Refused, with a message key on `q`, when the text is
    /// longer than [`MAX_QUERY_CHARS`] (`search-query-too-long`); on `f`, when a filter
    /// names an unknown facet (`search-facet-unknown`), is malformed or too long
    /// (`search-filter-invalid`), or when there are more than [`MAX_FILTERS`] of them
    /// or [`MAX_VALUES_PER_FACET`] for one facet (`search-filters-too-many`). A
    /// repeated filter counts once. The work is bounded by the query string's length.
    pub fn parse(query: Option<&str>) -> Result<SearchParams, FieldErrors> {
        let pairs: Vec<(String, String)> = query
            .and_then(|q| serde_urlencoded::from_str(q).ok())
            .unwrap_or_default();
        let mut p = SearchParams {
            page: 1,
            ..Default::default()
        };
        let mut errors = FieldErrors::new();
        let mut seen = std::collections::HashSet::new();
        let mut per_facet = std::collections::HashMap::<Facet, usize>::new();
        for (k, v) in pairs {
            match k.as_str() {
                "q" if v.chars().count() > MAX_QUERY_CHARS => {
                    errors.add("q", "search-query-too-long")
                }
                "q" => p.q = v,
                "f" => {
                    let Some((name, val)) = v.split_once(':') else {
                        errors.add("f", "search-filter-invalid");
                        continue;
                    };
                    let Some(facet) = Facet::parse_searchable(name) else {
                        errors.add("f", "search-facet-unknown");
                        continue;
                    };
                    // A C7 sub-line is its own facet; older links name it an Action Line.
                    let facet = match facet {
                        Facet::ActionLine if val.starts_with("C7.") => Facet::C7Subline,
                        f => f,
                    };
                    if val.is_empty()
                        || val.chars().count() > MAX_VALUE_CHARS
                        || val.chars().any(char::is_control)
                    {
                        errors.add("f", "search-filter-invalid");
                        continue;
                    }
                    if !seen.insert((facet, val.to_owned())) {
                        continue;
                    }
                    let n = per_facet.entry(facet).or_default();
                    *n += 1;
                    if *n > MAX_VALUES_PER_FACET || seen.len() > MAX_FILTERS {
                        errors.add("f", "search-filters-too-many");
                        break;
                    }
                    p.filters.push((facet, val.to_owned()));
                }
                "sort" => {
                    p.sort = if v == "newest" {
                        Sort::Newest
                    } else {
                        Sort::Relevance
                    }
                }
                "page" => p.page = v.parse().unwrap_or(1).clamp(1, 10_000),
                "lang" => p.lang = Some(v),
                "limit" => p.limit = v.parse().ok(),
                _ => {}
            }
        }
        if errors.is_empty() {
            Ok(p)
        } else {
            Err(errors)
        }
    }

    pub fn to_query(&self, lang: Language) -> SearchQuery {
        let limit = self.limit.unwrap_or(PAGE_SIZE).clamp(1, 100);
        SearchQuery {
            text: (!self.q.trim().is_empty()).then(|| self.q.clone()),
            lang: lang.code().to_owned(),
            filters: self.filters.clone(),
            sort: self.sort,
            offset: (self.page - 1) * limit,
            limit,
        }
    }

    /// The query string for these parameters with changes (for links).
    pub fn href(&self, base: &str, filters: &[(Facet, String)], page: usize) -> String {
        let mut pairs: Vec<(&str, String)> = Vec::new();
        if !self.q.is_empty() {
            pairs.push(("q", self.q.clone()));
        }
        for (f, v) in filters {
            pairs.push(("f", format!("{}:{v}", f.code())));
        }
        if self.sort == Sort::Newest {
            pairs.push(("sort", "newest".into()));
        }
        if page > 1 {
            pairs.push(("page", page.to_string()));
        }
        if pairs.is_empty() {
            base.to_owned()
        } else {
            format!(
                "{base}?{}",
                serde_urlencoded::to_string(&pairs).unwrap_or_default()
            )
        }
    }
}

/// The language of a search's snippets and messages (`lang`, English by default).
pub fn lang_of(p: &SearchParams) -> ServiceResult<Language> {
    match p.lang.as_deref() {
        None | Some("") => Ok(Language::En),
        Some(code) => Language::ALL
            .into_iter()
            .find(|l| l.code() == code)
            .ok_or_else(|| ServiceError::field("lang", "language-invalid")),
    }
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

/// A published entry as open data.
#[derive(Debug, Serialize, Deserialize)]
pub struct ExportedEntry {
    pub id: i64,
    pub call: Option<i64>,
    /// Unix seconds.
    pub published_at: i64,
    pub data: EntryData,
}

impl From<PublishedEntry> for ExportedEntry {
    fn from(p: PublishedEntry) -> Self {
        ExportedEntry {
            id: p.id,
            call: p.call_year,
            published_at: p.published_at,
            data: p.data,
        }
    }
}

/// One published entry (not found when it is not published).
pub async fn published(app: &App, id: wsis_domain::EntryId) -> ServiceResult<PublishedEntry> {
    st::published_by_ids(&mut *app.db().conn().await?, &[id.get()])
        .await?
        .into_iter()
        .next()
        .ok_or(ServiceError::NotFound)
}

/// The published entries among `ids`, in id order.
pub async fn published_by_ids(app: &App, ids: &[EntryId]) -> ServiceResult<Vec<PublishedEntry>> {
    let keys: Vec<i64> = ids.iter().map(|id| id.get()).collect();
    Ok(st::published_by_ids(&mut *app.db().conn().await?, &keys).await?)
}

/// The ids of every published entry that matches the filters, in search order.
async fn matching_ids(app: &App, params: &SearchParams, lang: Language) -> ServiceResult<Vec<i64>> {
    let mut ids = Vec::new();
    let mut page = SearchParams {
        page: 1,
        limit: Some(100),
        ..params.clone()
    };
    loop {
        // The pages of an export: computed (not kept), outside the per-core slots.
        let r = compute(app, page.to_query(lang), false).await?;
        let n = r.hits.len();
        ids.extend(r.hits.into_iter().map(|h| h.id));
        if n < 100 || ids.len() >= r.total {
            break;
        }
        page.page += 1;
    }
    Ok(ids)
}

/// The open data export: every published entry that matches `params` (as the search would
/// find them, in its order), in `format`. The API's `export/{format}` and `wsis export`
/// both call this.
pub async fn export_entries(
    app: &App,
    params: &SearchParams,
    format: ExportFormat,
) -> ServiceResult<Vec<u8>> {
    let lang = lang_of(params)?;
    let ids = matching_ids(app, params, lang).await?;
    let mut entries = Vec::with_capacity(ids.len());
    let mut conn = app.db().conn().await?;
    for chunk in ids.chunks(200) {
        entries.extend(st::published_by_ids(&mut conn, chunk).await?);
    }
    drop(conn);
    let json_err = |e: serde_json::Error| ServiceError::caused("export", e);
    Ok(match format {
        ExportFormat::Json => {
            let all: Vec<ExportedEntry> = entries.into_iter().map(ExportedEntry::from).collect();
            serde_json::to_vec(&all).map_err(json_err)?
        }
        ExportFormat::Jsonl => {
            let mut out = Vec::new();
            for p in entries {
                serde_json::to_writer(&mut out, &ExportedEntry::from(p)).map_err(json_err)?;
                out.push(b'\n');
            }
            out
        }
        ExportFormat::Csv => to_csv(&entries).map_err(ServiceError::internal)?,
    })
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

/// Published entries as CSV with [`CSV_COLUMNS`].
pub fn to_csv(entries: &[PublishedEntry]) -> Result<Vec<u8>, String> {
    let mut w = crate::csv_out::writer();
    crate::csv_out::write_row(&mut w, CSV_COLUMNS).map_err(|e| e.to_string())?;
    for p in entries {
        let d = &p.data;
        let targets: Vec<String> = d.sdgs.iter().flat_map(|s| s.targets.clone()).collect();
        crate::csv_out::write_row(
            &mut w,
            [
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
            ],
        )
        .map_err(|e| e.to_string())?;
    }
    w.into_inner().map_err(|e| e.to_string())
}
