//! The open data export: the published entries a search finds, as CSV, JSON or JSON
//! lines; and the search parameters as a query string gives them (the API, the pages
//! and `wsis export` read the same).

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
    /// repeated filter counts once. On `page`, when it is not a whole number from 1 to
    /// 10,000 (`search-page-invalid`); on `limit`, from 1 to 100 (`search-limit-invalid`).
    /// The work is bounded by the query string's length.
    pub fn parse(query: Option<&str>) -> Result<SearchParams, FieldErrors> {
        let pairs: Vec<(String, String)> = query
            .and_then(|q| serde_urlencoded::from_str(q).ok())
            .unwrap_or_default();
        let mut p = SearchParams {
            page: 1,
            ..Default::default()
        };
        // The last page a search goes to, and the most hits a page has.
        const MAX_PAGE: usize = 10_000;
        const MAX_LIMIT: usize = 100;
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
                "sort" => match v.as_str() {
                    "newest" => p.sort = Sort::Newest,
                    "relevance" => p.sort = Sort::Relevance,
                    _ => errors.add("sort", "search-sort-invalid"),
                },
                "page" => match v.parse() {
                    Ok(n) if (1..=MAX_PAGE).contains(&n) => p.page = n,
                    _ => errors.add("page", "search-page-invalid"),
                },
                "lang" => p.lang = Some(v),
                "limit" => match v.parse() {
                    Ok(n) if (1..=MAX_LIMIT).contains(&n) => p.limit = Some(n),
                    _ => errors.add("limit", "search-limit-invalid"),
                },
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
    /// The entry's stable identifier: an import matches entries by it.
    pub uid: String,
    pub call: Option<i64>,
    /// Unix seconds.
    pub published_at: i64,
    pub data: EntryData,
}

impl From<PublishedEntry> for ExportedEntry {
    fn from(p: PublishedEntry) -> Self {
        ExportedEntry {
            id: p.id,
            uid: p.uid,
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

/// Exports streamed at once on a node; others wait up to [`EXPORT_WAIT`], then are
/// told to come back.
pub const EXPORT_SLOTS: usize = 2;
/// How long an export waits for a slot.
pub const EXPORT_WAIT: std::time::Duration = std::time::Duration::from_secs(10);
/// How long a client may take to accept the next piece of an export before it is cut off
/// (a client that stops reading must not hold a slot).
pub const EXPORT_SEND_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(30);
/// Entries read from the database and written at a time.
const EXPORT_CHUNK: usize = 200;

/// The ids of every published entry that matches the filters, in search order: one pass
/// over the index, counted against the searches' slots like any search.
async fn matching_ids(app: &App, params: &SearchParams, lang: Language) -> ServiceResult<Vec<i64>> {
    let query = params.to_query(lang);
    let _slot = app
        .0
        .search_slots
        .acquire()
        .await
        .map_err(|e| ServiceError::caused("search slots", e))?;
    let index = app.search().clone();
    tokio::task::spawn_blocking(move || index.matching_ids(&query))
        .await
        .map_err(|e| ServiceError::caused("export task", e))?
        .map_err(|e| ServiceError::caused("export search", e))
}

/// The version of an export's content: the database's search changes and the index's
/// (any change of a published entry changes both), the query and the format. Cheap: no
/// search. A client that sends it back in `If-None-Match` downloads nothing new.
pub async fn export_etag(app: &App, query: &str, format: ExportFormat) -> ServiceResult<String> {
    use std::hash::{DefaultHasher, Hasher};
    let head = st::search_head(&mut *app.db().conn().await?).await?;
    let applied = app.search().applied();
    let mut h = DefaultHasher::new();
    h.write(query.as_bytes());
    h.write(format.extension().as_bytes());
    Ok(format!("W/\"x{head}-{applied}-{:016x}\"", h.finish()))
}

/// Writes an export piece by piece: the head, the entries a chunk at a time, the tail.
struct Encoder {
    format: ExportFormat,
    first: bool,
}

impl Encoder {
    fn head(&self) -> Result<Vec<u8>, String> {
        Ok(match self.format {
            ExportFormat::Json => b"[".to_vec(),
            ExportFormat::Jsonl => Vec::new(),
            ExportFormat::Csv => {
                let mut w = crate::csv_out::writer();
                crate::csv_out::write_row(&mut w, CSV_COLUMNS).map_err(|e| e.to_string())?;
                w.into_inner().map_err(|e| e.to_string())?
            }
        })
    }

    fn chunk(&mut self, entries: Vec<PublishedEntry>) -> Result<Vec<u8>, String> {
        let json_err = |e: serde_json::Error| e.to_string();
        let mut out = Vec::new();
        match self.format {
            ExportFormat::Json => {
                for p in entries {
                    if !std::mem::take(&mut self.first) {
                        out.push(b',');
                    }
                    serde_json::to_writer(&mut out, &ExportedEntry::from(p)).map_err(json_err)?;
                }
            }
            ExportFormat::Jsonl => {
                for p in entries {
                    serde_json::to_writer(&mut out, &ExportedEntry::from(p)).map_err(json_err)?;
                    out.push(b'\n');
                }
            }
            ExportFormat::Csv => out = csv_rows(crate::csv_out::bare_writer(), &entries)?,
        }
        Ok(out)
    }

    fn tail(&self) -> Vec<u8> {
        match self.format {
            ExportFormat::Json => b"]".to_vec(),
            _ => Vec::new(),
        }
    }
}

/// The open data export: every published entry that matches `params` (as the search would
/// find them, in its order), in `format`, in memory (`wsis export` writes it to a file).
pub async fn export_entries(
    app: &App,
    params: &SearchParams,
    format: ExportFormat,
) -> ServiceResult<Vec<u8>> {
    let mut rx = export_stream(app, params, format).await?;
    let mut out = Vec::new();
    while let Some(piece) = rx.recv().await {
        out.extend(piece.map_err(|e| ServiceError::caused("export", e))?);
    }
    Ok(out)
}

/// The open data export as a stream of pieces (the API's `export/{format}`): the entries
/// are found in one search, then read and written [`EXPORT_CHUNK`] at a time, so that
/// memory stays bounded however many there are. At most [`EXPORT_SLOTS`] stream at once;
/// waiting longer than [`EXPORT_WAIT`] for one is [`ServiceError::RateLimited`].
pub async fn export_stream(
    app: &App,
    params: &SearchParams,
    format: ExportFormat,
) -> ServiceResult<tokio::sync::mpsc::Receiver<std::io::Result<Vec<u8>>>> {
    let lang = lang_of(params)?;
    let slot = tokio::time::timeout(EXPORT_WAIT, app.0.export_slots.clone().acquire_owned())
        .await
        .map_err(|_| ServiceError::RateLimited)?
        .map_err(|e| ServiceError::caused("export slots", e))?;
    let ids = matching_ids(app, params, lang).await?;
    let (tx, rx) = tokio::sync::mpsc::channel(2);
    let app = app.clone();
    tokio::spawn(async move {
        let _slot = slot;
        let mut enc = Encoder {
            format,
            first: true,
        };
        let send = async |piece: Result<Vec<u8>, String>| {
            let piece = piece.map_err(std::io::Error::other);
            let failed = piece.is_err();
            // A client that stops reading is cut off, and frees the slot.
            let sent = tokio::time::timeout(EXPORT_SEND_TIMEOUT, tx.send(piece)).await;
            !failed && matches!(sent, Ok(Ok(())))
        };
        if !send(enc.head()).await {
            return;
        }
        for chunk in ids.chunks(EXPORT_CHUNK) {
            let entries = match app.db().conn().await {
                Ok(mut conn) => st::published_by_ids(&mut conn, chunk)
                    .await
                    .map_err(|e| e.to_string()),
                Err(e) => Err(e.to_string()),
            };
            if !send(entries.and_then(|e| enc.chunk(e))).await {
                return;
            }
        }
        send(Ok(enc.tail())).await;
    });
    Ok(rx)
}

/// The CSV columns of the open data export (also what `wsis import` reads).
pub const CSV_COLUMNS: &[&str] = &[
    "id",
    "uid",
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
    "rationales",
    "translations",
];

/// The rationales of an entry's Action Lines and SDGs as one CSV cell: a JSON object
/// from code (`C2`, `4`) to text, only those that have one (empty when none).
pub fn rationales_cell(d: &EntryData) -> Result<String, String> {
    let mut map = serde_json::Map::new();
    for l in d.action_lines.iter().filter(|l| !l.rationale.is_empty()) {
        map.insert(l.code.clone(), l.rationale.clone().into());
    }
    for s in d.sdgs.iter().filter(|s| !s.rationale.is_empty()) {
        map.insert(s.goal.to_string(), s.rationale.clone().into());
    }
    if map.is_empty() {
        return Ok(String::new());
    }
    serde_json::to_string(&map).map_err(|e| e.to_string())
}

/// The translations of an entry as one CSV cell: the JSON array the JSON export
/// writes (empty when none).
pub fn translations_cell(d: &EntryData) -> Result<String, String> {
    if d.translations.is_empty() {
        return Ok(String::new());
    }
    serde_json::to_string(&d.translations).map_err(|e| e.to_string())
}

/// Published entries as CSV with [`CSV_COLUMNS`]: the byte-order mark, the header, a row
/// per entry.
pub fn to_csv(entries: &[PublishedEntry]) -> Result<Vec<u8>, String> {
    let mut w = crate::csv_out::writer();
    crate::csv_out::write_row(&mut w, CSV_COLUMNS).map_err(|e| e.to_string())?;
    csv_rows(w, entries)
}

/// The rows of `entries` written after what `w` holds.
fn csv_rows(mut w: csv::Writer<Vec<u8>>, entries: &[PublishedEntry]) -> Result<Vec<u8>, String> {
    for p in entries {
        let d = &p.data;
        let targets: Vec<String> = d.sdgs.iter().flat_map(|s| s.targets.clone()).collect();
        crate::csv_out::write_row(
            &mut w,
            [
                p.id.to_string(),
                p.uid.clone(),
                p.call_year.map(|y| y.to_string()).unwrap_or_default(),
                d.title.clone(),
                d.description.clone(),
                d.language.code().to_owned(),
                d.activity_type.code().to_owned(),
                d.organisation.clone(),
                d.stakeholder_type.code().to_owned(),
                // One partner per line: a name may hold any punctuation.
                d.partners.join("\n"),
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
                rationales_cell(d)?,
                translations_cell(d)?,
            ],
        )
        .map_err(|e| e.to_string())?;
    }
    w.into_inner().map_err(|e| e.to_string())
}
