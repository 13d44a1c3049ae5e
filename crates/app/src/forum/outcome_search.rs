//! The search of approved session outcomes (issue 12, item 6): what was said about
//! a subject, in any edition, filtered by Action Line, SDG, year, session type and
//! language, with the platform's query syntax and analyzers (`wsis_search`).
//!
//! The index lives on each node, built from the database and rebuilt when the
//! approved outcomes or the published agendas change (a stamp of both is compared on
//! every search: one small query). One node builds one index at a time.

use crate::stocktaking::export::MAX_QUERY_CHARS;
use crate::{App, ServiceError, ServiceResult};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use wsis_db::forum as fdb;
use wsis_domain::FieldErrors;
use wsis_domain::Language;
use wsis_domain::forum::check_type_code;
use wsis_domain::taxonomy::action_lines;
use wsis_search::{OutcomeDoc, OutcomeResults};
pub use wsis_search::{OutcomeFacet, OutcomeIndex};

/// The most filters a search takes.
pub const MAX_FILTERS: usize = 20;
/// Hits per page.
pub const PAGE_SIZE: usize = 20;
/// The last page a search shows.
pub const MAX_PAGE: usize = 100;

/// What a session is to a hit.
#[derive(Debug, Clone)]
pub struct HitSession {
    pub year: i64,
    pub number: i64,
    pub title: String,
    pub type_code: String,
    pub language: Language,
    /// A session's transcript (machine captions), rather than its outcome.
    pub transcript: Option<i64>,
}

struct Built {
    index: OutcomeIndex,
    sessions: HashMap<i64, HitSession>,
}

type Stamp = (i64, i64, i64, i64, i64);

/// This node's index of approved outcomes.
#[derive(Default)]
pub struct OutcomeSearchCache {
    kept: Mutex<Option<(Stamp, Arc<Built>)>>,
    building: tokio::sync::Mutex<()>,
}

impl std::fmt::Debug for OutcomeSearchCache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("OutcomeSearchCache")
    }
}

/// A search as asked: the words, the filters, the page (from 1).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct OutcomeQuery {
    pub text: Option<String>,
    pub filters: Vec<(OutcomeFacet, String)>,
    pub page: usize,
}

impl OutcomeQuery {
    /// Reads a query string's pairs (`q`, `action_line`, `sdg`, `year`, `type`,
    /// `language`, `page`): every problem is a field error (a query over
    /// [`MAX_QUERY_CHARS`], an unknown or empty value, too many filters); unknown
    /// parameters are ignored, duplicate filters kept once. (The page's form sends
    /// "any" as an empty value; the page drops those before.)
    pub fn parse(pairs: &[(String, String)]) -> Result<OutcomeQuery, FieldErrors> {
        let mut q = OutcomeQuery {
            page: 1,
            ..Default::default()
        };
        let mut errors = FieldErrors::new();
        for (k, v) in pairs {
            let v = v.trim();
            match k.as_str() {
                "q" if v.chars().count() > MAX_QUERY_CHARS => {
                    errors.add("q", "search-query-too-long")
                }
                "q" => q.text = Some(v.to_owned()).filter(|t| !t.is_empty()),
                "page" => match v.parse::<usize>() {
                    Ok(n) if (1..=MAX_PAGE).contains(&n) => q.page = n,
                    _ => errors.add("page", "outcome-search-page-invalid"),
                },
                other => {
                    let Some(facet) = OutcomeFacet::ALL.into_iter().find(|f| f.code() == other)
                    else {
                        continue;
                    };
                    let valid = !v.is_empty()
                        && match facet {
                            OutcomeFacet::ActionLine => {
                                action_lines::category(v).is_some()
                                    || action_lines::action_line(v).is_some()
                            }
                            OutcomeFacet::Sdg => {
                                v.parse::<u8>().is_ok_and(|g| (1..=17).contains(&g))
                            }
                            OutcomeFacet::Year => {
                                v.len() == 4 && v.bytes().all(|b| b.is_ascii_digit())
                            }
                            OutcomeFacet::SessionType => check_type_code(v).is_ok(),
                            OutcomeFacet::Language => Language::from_tag(v).is_some(),
                        };
                    if !valid {
                        errors.add(facet.code(), "outcome-search-value-invalid");
                        continue;
                    }
                    let value = match facet {
                        OutcomeFacet::ActionLine => v.to_uppercase(),
                        OutcomeFacet::Language => {
                            Language::from_tag(v).map_or(v.to_owned(), |l| l.code().to_owned())
                        }
                        _ => v.to_owned(),
                    };
                    if !q.filters.contains(&(facet, value.clone())) {
                        q.filters.push((facet, value));
                    }
                }
            }
        }
        if q.filters.len() > MAX_FILTERS {
            errors.add("q", "outcome-search-too-many-filters");
        }
        errors.into_result().map(|()| q)
    }
}

/// A hit with its session.
#[derive(Debug, Clone)]
pub struct Hit {
    pub session: HitSession,
    pub snippet_html: String,
}

/// The answer to a search.
#[derive(Debug, Clone)]
pub struct Found {
    pub total: usize,
    pub hits: Vec<Hit>,
    pub facets: Vec<(OutcomeFacet, Vec<(String, usize)>)>,
}

async fn stamp(app: &App) -> ServiceResult<Stamp> {
    Ok(fdb::approved_stamp_all(&mut *app.db().conn().await?).await?)
}

/// Reads every approved outcome of every edition into a new index.
async fn build(app: &App) -> ServiceResult<Built> {
    let editions = fdb::editions(&mut *app.db().conn().await?).await?;
    let mut docs = Vec::new();
    let mut sessions = HashMap::new();
    for ed in editions {
        let (_, rows) = super::outcomes::approved(app, ed.year).await?;
        for (s, o) in rows {
            let number = s.number.unwrap_or(0);
            let mut text = o.data.full_text();
            for l in &o.data.action_lines {
                text.push_str("\n\n");
                text.push_str(&l.rationale);
            }
            for g in &o.data.sdgs {
                text.push_str("\n\n");
                text.push_str(&g.rationale);
            }
            docs.push(OutcomeDoc {
                session: s.id,
                year: ed.year,
                language: o.data.language.code().to_owned(),
                title: s.data.title.clone(),
                text,
                action_lines: o.data.action_lines.iter().map(|l| l.code.clone()).collect(),
                sdgs: o.data.sdgs.iter().map(|g| g.goal).collect(),
                session_type: s.data.type_code.clone(),
            });
            sessions.insert(
                s.id,
                HitSession {
                    year: ed.year,
                    number,
                    title: s.data.title.clone(),
                    type_code: s.data.type_code.clone(),
                    language: o.data.language,
                    transcript: None,
                },
            );
        }
    }
    // Sessions' transcripts, with the session's Action Lines and SDGs (a transcript's key
    // is its id negated, apart from the sessions').
    let mut conn = app.db().conn().await?;
    let years: HashMap<i64, i64> = fdb::editions(&mut conn)
        .await?
        .into_iter()
        .map(|e| (e.id, e.year))
        .collect();
    for (id, session, lang, body) in fdb::done_transcripts_all(&mut conn).await? {
        let Some(s) = fdb::session(&mut conn, session).await? else {
            continue;
        };
        let (Some(number), Some(&year)) = (s.number, years.get(&s.edition_id)) else {
            continue;
        };
        let language = lang
            .as_deref()
            .and_then(Language::from_tag)
            .or(s.text_lang)
            .unwrap_or(Language::En);
        docs.push(OutcomeDoc {
            session: -id,
            year,
            language: language.code().to_owned(),
            title: s.data.title.clone(),
            text: body,
            action_lines: s.data.action_lines.clone(),
            sdgs: s.data.sdgs.clone(),
            session_type: s.data.type_code.clone(),
        });
        sessions.insert(
            -id,
            HitSession {
                year,
                number,
                title: s.data.title.clone(),
                type_code: s.data.type_code.clone(),
                language,
                transcript: Some(id),
            },
        );
    }
    drop(conn);
    let index = tokio::task::spawn_blocking(move || OutcomeIndex::build(&docs))
        .await
        .map_err(|e| ServiceError::internal(format!("outcome index task: {e}")))?
        .map_err(|e| ServiceError::internal(format!("outcome index: {e}")))?;
    Ok(Built { index, sessions })
}

/// The index as the database stands now: the node's copy, or a new one.
async fn current(app: &App) -> ServiceResult<Arc<Built>> {
    let cache = &app.0.outcome_search;
    let now = stamp(app).await?;
    let fresh = || {
        cache
            .kept
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .as_ref()
            .filter(|(s, _)| *s == now)
            .map(|(_, b)| b.clone())
    };
    if let Some(b) = fresh() {
        return Ok(b);
    }
    let _turn = cache.building.lock().await;
    if let Some(b) = fresh() {
        return Ok(b);
    }
    let built = Arc::new(build(app).await?);
    *cache.kept.lock().unwrap_or_else(|e| e.into_inner()) = Some((now, built.clone()));
    Ok(built)
}

/// Searches the approved outcomes.
pub async fn search(app: &App, q: &OutcomeQuery) -> ServiceResult<Found> {
    let built = current(app).await?;
    let (text, filters, page) = (q.text.clone(), q.filters.clone(), q.page.max(1));
    let b = built.clone();
    let r: OutcomeResults = tokio::task::spawn_blocking(move || {
        b.index
            .search(text.as_deref(), &filters, (page - 1) * PAGE_SIZE, PAGE_SIZE)
    })
    .await
    .map_err(|e| ServiceError::internal(format!("outcome search task: {e}")))?
    .map_err(|e| ServiceError::internal(format!("outcome search: {e}")))?;
    Ok(Found {
        total: r.total,
        hits: r
            .hits
            .into_iter()
            .filter_map(|h| {
                built.sessions.get(&h.session).map(|s| Hit {
                    session: s.clone(),
                    snippet_html: h.snippet_html,
                })
            })
            .collect(),
        facets: r.facets,
    })
}
