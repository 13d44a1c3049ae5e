//! The search of approved session outcomes (issue 12, item 6): `/{lang}/outcomes/search`
//! with the words of the platform's search syntax and filters by Action Line, SDG,
//! year, session type and language (each with its count among the matches), and
//! `/api/v1/outcomes/search` with the same parameters. Public, like the outcomes.

use crate::I18N;
use crate::ctx::Ctx;
use crate::error::AppResult;
use crate::forms::SummaryItem;
use crate::pages::{Page, render_with_status};
use crate::state::AppState;
use askama::Template;
use axum::extract::{RawQuery, State};
use axum::http::StatusCode;
use axum::response::Response;
use wsis_app::forum::outcome_search::{self as service, OutcomeFacet, OutcomeQuery, PAGE_SIZE};
use wsis_domain::taxonomy::{action_lines, sdg};
use wsis_domain::{FieldErrors, Language};
use wsis_i18n::Arg;

fn pairs(raw: Option<&str>) -> Vec<(String, String)> {
    raw.and_then(|q| serde_urlencoded::from_str(q).ok())
        .unwrap_or_default()
}

struct Select {
    name: &'static str,
    label: String,
    /// (value, label, selected)
    options: Vec<(String, String, bool)>,
}

struct HitView {
    heading: String,
    href: String,
    meta: String,
    lang: &'static str,
    dir: &'static str,
    snippet: String,
}

#[derive(Template)]
#[template(path = "forum/outcome_search.html")]
struct SearchPage {
    page: Page,
    q: String,
    selects: Vec<Select>,
    count: String,
    hits: Vec<HitView>,
    summary: Vec<SummaryItem>,
    summary_heading: String,
    prev: Option<String>,
    next: Option<String>,
}

/// The label of a facet's value in `lang`.
fn value_label(
    facet: OutcomeFacet,
    value: &str,
    lang: Language,
    types: &[wsis_app::forum::proposals::SessionType],
) -> String {
    match facet {
        OutcomeFacet::ActionLine => {
            let name = action_lines::category(value)
                .map(|c| c.name.get(lang).to_string())
                .or_else(|| action_lines::action_line(value).map(|a| a.name.get(lang).to_string()))
                .unwrap_or_default();
            format!("{value} {name}")
        }
        OutcomeFacet::Sdg => value
            .parse::<u8>()
            .ok()
            .and_then(sdg::goal)
            .map(|g| format!("{}. {}", g.number, g.short.get(lang)))
            .unwrap_or_else(|| value.to_owned()),
        OutcomeFacet::Year => value.to_owned(),
        OutcomeFacet::SessionType => crate::forum::session_type_name(types, value, lang),
        OutcomeFacet::Language => Language::from_tag(value)
            .map(|l| l.native_name().to_owned())
            .unwrap_or_else(|| value.to_owned()),
    }
}

/// Every value a facet may take, in a reader's order.
fn all_values(facet: OutcomeFacet, counted: &[(String, usize)]) -> Vec<String> {
    match facet {
        OutcomeFacet::ActionLine => {
            let mut v = Vec::new();
            for a in action_lines::ACTION_LINES.iter() {
                v.push(a.code.to_owned());
                v.extend(action_lines::sublines(a.code).map(|c| c.code.to_owned()));
            }
            v
        }
        OutcomeFacet::Sdg => (1..=17).map(|g: u8| g.to_string()).collect(),
        OutcomeFacet::Language => Language::ALL.iter().map(|l| l.code().to_owned()).collect(),
        OutcomeFacet::Year => {
            let mut v: Vec<String> = counted.iter().map(|(v, _)| v.clone()).collect();
            v.sort_by(|a, b| b.cmp(a));
            v
        }
        OutcomeFacet::SessionType => {
            let mut v: Vec<String> = wsis_domain::forum::BUILTIN_SESSION_TYPES
                .iter()
                .map(|(c, _)| (*c).to_owned())
                .filter(|c| counted.iter().any(|(v, _)| v == c))
                .collect();
            for (c, _) in counted {
                if !v.contains(c) {
                    v.push(c.clone());
                }
            }
            v
        }
    }
}

fn facet_label(facet: OutcomeFacet) -> &'static str {
    match facet {
        OutcomeFacet::ActionLine => "facet-action_line",
        OutcomeFacet::Sdg => "facet-sdg",
        OutcomeFacet::Year => "outcome-search-year",
        OutcomeFacet::SessionType => "outcome-search-type",
        OutcomeFacet::Language => "outcome-field-language",
    }
}

/// The address of this search at another page.
fn page_href(page: &Page, q: &OutcomeQuery, n: usize) -> String {
    let mut pairs: Vec<(&str, String)> = Vec::new();
    if let Some(t) = &q.text {
        pairs.push(("q", t.clone()));
    }
    for (f, v) in &q.filters {
        pairs.push((f.code(), v.clone()));
    }
    pairs.push(("page", n.to_string()));
    format!(
        "{}?{}",
        page.href("/outcomes/search"),
        serde_urlencoded::to_string(&pairs).unwrap_or_default()
    )
}

pub async fn page(
    ctx: Ctx,
    State(state): State<AppState>,
    RawQuery(raw): RawQuery,
) -> AppResult<Response> {
    let lang = ctx.lang;
    // The form's "any" is an empty value.
    let pairs: Vec<(String, String)> = pairs(raw.as_deref())
        .into_iter()
        .filter(|(k, v)| k == "q" || !v.trim().is_empty())
        .collect();
    let typed = pairs
        .iter()
        .find(|(k, _)| k == "q")
        .map(|(_, v)| v.clone())
        .unwrap_or_default();
    let (query, errors) = match OutcomeQuery::parse(&pairs) {
        Ok(q) => (q, FieldErrors::new()),
        Err(e) => (
            OutcomeQuery {
                page: 1,
                ..Default::default()
            },
            e,
        ),
    };
    let found = service::search(&state.app, &query).await?;
    let types = wsis_app::forum::proposals::session_types(&state.app).await?;
    let page = Page::new(&ctx, "outcome-search-title", "outcomes");
    let selects = OutcomeFacet::ALL
        .iter()
        .map(|&f| {
            let counted = found
                .facets
                .iter()
                .find(|(x, _)| *x == f)
                .map(|(_, v)| v.as_slice())
                .unwrap_or(&[]);
            let chosen: Vec<&str> = query
                .filters
                .iter()
                .filter(|(x, _)| *x == f)
                .map(|(_, v)| v.as_str())
                .collect();
            let mut options = vec![(
                String::new(),
                I18N.tr(lang, "outcome-search-any"),
                chosen.is_empty(),
            )];
            for v in all_values(f, counted) {
                let n = counted.iter().find(|(x, _)| *x == v).map_or(0, |(_, n)| *n);
                let label = format!(
                    "{} ({})",
                    value_label(f, &v, lang, &types),
                    wsis_i18n::format_number(lang, n as i64)
                );
                options.push((v.clone(), label, chosen.contains(&v.as_str())));
            }
            Select {
                name: f.code(),
                label: I18N.tr(lang, facet_label(f)),
                options,
            }
        })
        .collect();
    let hits = found
        .hits
        .iter()
        .map(|h| {
            let s = &h.session;
            HitView {
                heading: I18N.tr_args(
                    lang,
                    if s.transcript.is_some() {
                        "captions-transcript-of"
                    } else {
                        "outcome-of"
                    },
                    &[
                        ("number", Arg::Num(s.number)),
                        ("title", Arg::from(s.title.as_str())),
                    ],
                ),
                // A transcript is read on its session's page.
                href: match s.transcript {
                    Some(_) => page.href(&format!(
                        "/forum/{}/sessions/{}#transcript",
                        s.year, s.number
                    )),
                    None => page.href(&format!("/forum/{}/outcomes/{}", s.year, s.number)),
                },
                meta: [
                    I18N.tr_args(
                        lang,
                        "outcome-search-forum",
                        &[("year", Arg::from(s.year.to_string().as_str()))],
                    ),
                    crate::forum::session_type_name(&types, &s.type_code, lang),
                    s.language.native_name().to_owned(),
                ]
                .join(" · "),
                lang: s.language.code(),
                dir: s.language.dir(),
                snippet: h.snippet_html.clone(),
            }
        })
        .collect();
    let mut summary = Vec::new();
    for e in &errors.0 {
        summary.push(SummaryItem {
            href: format!("#f-{}", if e.field == "page" { "q" } else { e.field }),
            message: I18N.tr(lang, e.key),
        });
    }
    let pages = found.total.div_ceil(PAGE_SIZE).min(service::MAX_PAGE);
    render_with_status(
        &SearchPage {
            q: typed,
            selects,
            count: I18N.tr_args(
                lang,
                "outcome-search-count",
                &[("count", Arg::Num(found.total as i64))],
            ),
            hits,
            summary_heading: page.tn("form-errors-heading", "count", summary.len() as i64),
            summary,
            prev: (query.page > 1).then(|| page_href(&page, &query, query.page - 1)),
            next: (query.page < pages).then(|| page_href(&page, &query, query.page + 1)),
            page,
        },
        if errors.is_empty() {
            StatusCode::OK
        } else {
            StatusCode::UNPROCESSABLE_ENTITY
        },
    )
}

// ----------------------------------------------------------------------- API

/// An approved session outcome, or a session's transcript, found.
#[derive(serde::Serialize, utoipa::ToSchema)]
pub struct ApiOutcomeHit {
    /// `outcome`, or `transcript` (a session's machine captions)
    pub kind: String,
    /// The forum edition's year
    pub year: i64,
    /// The session's public number
    pub session: i64,
    pub title: String,
    /// The session type's code
    #[serde(rename = "type")]
    pub type_code: String,
    /// The language the outcome is written in (a transcript: spoken in)
    pub language: String,
    /// The outcome in the API (`/api/v1/forums/{year}/outcomes/{session}`), or the
    /// transcript (`/api/v1/forums/{year}/sessions/{session}/transcripts/{id}`)
    pub url: String,
    /// An excerpt with the matched words in `<b>` (HTML, escaped)
    pub snippet_html: String,
}

/// A count of the matches with one value of a facet.
#[derive(serde::Serialize, utoipa::ToSchema)]
pub struct ApiFacetCount {
    pub value: String,
    pub count: usize,
}

/// The outcomes found, one page of them, and the facets' counts among all matches.
#[derive(serde::Serialize, utoipa::ToSchema)]
pub struct ApiOutcomeSearch {
    pub total: usize,
    pub page: usize,
    pub hits: Vec<ApiOutcomeHit>,
    /// Per facet (`action_line`, `sdg`, `year`, `type`, `language`), its values' counts
    pub facets: std::collections::BTreeMap<String, Vec<ApiFacetCount>>,
}

#[utoipa::path(get, path = "/api/v1/outcomes/search", tag = "forum",
    params(
        ("q" = Option<String>, Query, max_length = 200, description = "Words (all must match), \"phrases\", -word to exclude, OR between two; at most 200 characters"),
        ("action_line" = Option<String>, Query, pattern = "^[Cc]([1-689]|1[01]|7(\\.[1-8])?)$", description = "An Action Line (C1 … C11; C7 includes its sub-lines) or a C7 sub-line (C7.1 … C7.8)"),
        ("sdg" = Option<u8>, Query, minimum = 1, maximum = 17, description = "A Sustainable Development Goal, 1 … 17"),
        ("year" = Option<u16>, Query, minimum = 1000, maximum = 9999, description = "A forum edition's year"),
        ("type" = Option<String>, Query, pattern = "^[a-z0-9][a-z0-9-]{1,39}$", description = "A session type's code (`thematic-workshop`, `high-level-policy`, …)"),
        ("language" = Option<String>, Query, pattern = "^(ar|zh|en|fr|ru|es)$", description = "The language of the outcome: ar, zh, en, fr, ru or es"),
        ("page" = Option<u8>, Query, minimum = 1, maximum = 100, description = "The page of 20 hits, 1 … 100 (default 1)"),
    ),
    responses((status = 200, description = "Approved session outcomes of every edition, best match first", body = ApiOutcomeSearch),
        (status = 304, description = "Not modified: the ETag sent in If-None-Match is still current"),
        (status = 422, description = "A query over 200 characters, an unknown filter value, a bad page (`validation`, with the fields)", body = crate::api::ErrorBody)))]
pub async fn api_search(
    State(state): State<AppState>,
    RawQuery(raw): RawQuery,
) -> AppResult<axum::Json<ApiOutcomeSearch>> {
    let query =
        OutcomeQuery::parse(&pairs(raw.as_deref())).map_err(crate::error::AppError::Validation)?;
    let found = service::search(&state.app, &query).await?;
    let base = &state.config.public_url;
    Ok(axum::Json(ApiOutcomeSearch {
        total: found.total,
        page: query.page,
        hits: found
            .hits
            .into_iter()
            .map(|h| ApiOutcomeHit {
                kind: if h.session.transcript.is_some() {
                    "transcript"
                } else {
                    "outcome"
                }
                .to_owned(),
                url: match h.session.transcript {
                    Some(id) => format!(
                        "{base}/api/v1/forums/{}/sessions/{}/transcripts/{id}",
                        h.session.year, h.session.number
                    ),
                    None => format!(
                        "{base}/api/v1/forums/{}/outcomes/{}",
                        h.session.year, h.session.number
                    ),
                },
                year: h.session.year,
                session: h.session.number,
                title: h.session.title,
                type_code: h.session.type_code,
                language: h.session.language.code().to_owned(),
                snippet_html: h.snippet_html,
            })
            .collect(),
        facets: found
            .facets
            .into_iter()
            .map(|(f, values)| {
                (
                    f.code().to_owned(),
                    values
                        .into_iter()
                        .map(|(value, count)| ApiFacetCount { value, count })
                        .collect(),
                )
            })
            .collect(),
    }))
}
