//! The public search page and the owner's list of entries.

use super::{PAGE_SIZE, SearchParams, facet_label, status_label};
use crate::ctx::{Ctx, Stakeholder, WithRole};
use crate::error::AppResult;
use crate::pages::{Page, render};
use crate::state::AppState;
use askama::Template;
use axum::extract::{RawQuery, State};
use axum::response::Response;
use wsis_domain::EntryId;
use wsis_i18n::{format_date, format_number};
use wsis_search::Facet;

pub struct FacetLink {
    /// `facet:value`, as the `f` parameter carries it.
    pub param: String,
    pub label: String,
    pub count: String,
    pub href: String,
    pub active: bool,
}

pub struct FacetGroup {
    pub id: &'static str,
    pub title: String,
    pub links: Vec<FacetLink>,
}

impl FacetGroup {
    /// Whether one of its values filters the search now (its group stays open).
    pub fn has_active(&self) -> bool {
        self.links.iter().any(|l| l.active)
    }
}

pub struct HitView {
    pub href: String,
    pub title_html: String,
    pub snippet_html: String,
    /// The `lang`/`dir` of the title and the snippet when not the page's language.
    pub title_mark: Option<(&'static str, &'static str)>,
    pub snippet_mark: Option<(&'static str, &'static str)>,
    pub meta: String,
}

#[derive(Template)]
#[template(path = "stocktaking/search.html")]
struct SearchPage {
    page: Page,
    q: String,
    newest: bool,
    total_label: String,
    active: Vec<FacetLink>,
    groups: Vec<FacetGroup>,
    hits: Vec<HitView>,
    prev: Option<String>,
    next: Option<String>,
    can_submit: bool,
    /// The open data export of what is shown: the same text, filters and order.
    export_href: String,
}

/// Facets shown on the page, in order, and how many values each lists.
const SHOWN: &[(Facet, usize)] = &[
    (Facet::ActionLine, 11),
    (Facet::C7Subline, 8),
    (Facet::Sdg, 17),
    (Facet::Target, 20),
    (Facet::Region, 40),
    (Facet::Country, 25),
    (Facet::StakeholderType, 10),
    (Facet::ActivityType, 10),
    (Facet::Status, 5),
    (Facet::Year, 15),
    (Facet::Call, 10),
    (Facet::Language, 6),
];

pub async fn search_page(
    ctx: Ctx,
    State(state): State<AppState>,
    RawQuery(raw): RawQuery,
) -> AppResult<Response> {
    let params = SearchParams::parse(raw.as_deref()).map_err(crate::error::AppError::Validation)?;
    let page = Page::new(&ctx, "stocktaking-title", "stocktaking");
    let lang = ctx.lang;
    let query = params.to_query(lang);
    let results = wsis_app::stocktaking::search::search(&state.app, query, true).await?;
    let base = page.href("/stocktaking");
    let toggled = |f: Facet, v: &str| -> Vec<(Facet, String)> {
        if params.filters.iter().any(|(ff, vv)| *ff == f && vv == v) {
            params
                .filters
                .iter()
                .filter(|(ff, vv)| !(*ff == f && vv == v))
                .cloned()
                .collect()
        } else {
            let mut all = params.filters.clone();
            all.push((f, v.to_owned()));
            all
        }
    };
    let active = params
        .filters
        .iter()
        .map(|(f, v)| FacetLink {
            param: format!("{}:{v}", f.code()),
            label: format!(
                "{}: {}",
                page.t(&format!("facet-{}", f.code())),
                facet_label(*f, v, lang)
            ),
            count: String::new(),
            href: params.href(&base, &toggled(*f, v), 1),
            active: true,
        })
        .collect();
    let mut groups = Vec::new();
    for (facet, max) in SHOWN {
        let Some((_, values)) = results.facets.iter().find(|(f, _)| f == facet) else {
            continue;
        };
        if values.is_empty() {
            continue;
        }
        let links = values
            .iter()
            .take(*max)
            .map(|(v, n)| FacetLink {
                param: format!("{}:{v}", facet.code()),
                label: facet_label(*facet, v, lang),
                count: format_number(lang, *n as i64),
                href: params.href(&base, &toggled(*facet, v), 1),
                active: params.filters.iter().any(|(f, vv)| f == facet && vv == v),
            })
            .collect();
        groups.push(FacetGroup {
            id: facet.code(),
            title: page.t(&format!("facet-{}", facet.code())),
            links,
        });
    }
    let ids: Vec<EntryId> = results.hits.iter().map(|h| EntryId::new(h.id)).collect();
    let published = wsis_app::stocktaking::export::published_by_ids(&state.app, &ids).await?;
    let hits = results
        .hits
        .iter()
        .map(|h| {
            let meta = published
                .iter()
                .find(|p| p.id == h.id)
                .map(|p| {
                    let places: Vec<String> = p
                        .data
                        .countries
                        .iter()
                        .map(|c| facet_label(Facet::Country, c, lang))
                        .chain(
                            p.data
                                .regions
                                .iter()
                                .map(|r| facet_label(Facet::Region, r, lang)),
                        )
                        .take(4)
                        .collect();
                    let mut m = p.data.organisation.clone();
                    if !places.is_empty() {
                        m.push_str(" · ");
                        m.push_str(&places.join(&page.t("list-separator")));
                    }
                    if p.data.coverage == wsis_domain::stocktaking::CoverageKind::International {
                        m.push_str(" · ");
                        m.push_str(&page.t("coverage-international"));
                    }
                    m
                })
                .unwrap_or_default();
            HitView {
                href: page.href(&format!("/stocktaking/entries/{}", h.id)),
                title_html: h.title_html.clone(),
                snippet_html: h.snippet_html.clone(),
                title_mark: foreign(page.lang, h.title_lang),
                snippet_mark: foreign(page.lang, h.snippet_lang),
                meta,
            }
        })
        .collect();
    let per_page = PAGE_SIZE;
    let prev = (params.page > 1).then(|| params.href(&base, &params.filters, params.page - 1));
    let next = (params.page * per_page < results.total)
        .then(|| params.href(&base, &params.filters, params.page + 1));
    let total_label = page.tn("stocktaking-results", "count", results.total as i64);
    // Only those who may submit see the links (others would end in 403).
    let can_submit = ctx.user.as_ref().is_some_and(|u| {
        wsis_domain::account::has_role(&u.roles, wsis_domain::account::Role::Stakeholder)
    });
    render(&SearchPage {
        export_href: params.href("/api/v1/stocktaking/export/csv", &params.filters, 1),
        q: params.q.clone(),
        newest: params.sort == wsis_search::Sort::Newest,
        total_label,
        active,
        groups,
        hits,
        prev,
        next,
        can_submit,
        page,
    })
}

pub struct MineRow {
    pub href: String,
    pub title: String,
    pub status: String,
    pub updated: String,
    pub public: bool,
    pub edit_href: String,
}

#[derive(Template)]
#[template(path = "stocktaking/mine.html")]
struct MinePage {
    page: Page,
    rows: Vec<MineRow>,
}

pub async fn mine(
    WithRole(ctx, user, ..): WithRole<Stakeholder>,
    State(state): State<AppState>,
) -> AppResult<Response> {
    let page = Page::new(&ctx, "stocktaking-mine-title", "stocktaking");
    let list = wsis_app::stocktaking::reads::entries_of_owner(&state.app, &user).await?;
    let tz = jiff::tz::TimeZone::UTC;
    let rows = list
        .into_iter()
        .map(|e| MineRow {
            href: page.href(&format!("/stocktaking/entries/{}", e.id)),
            edit_href: page.href(&format!("/stocktaking/entries/{}/edit", e.id)),
            title: e.title,
            status: status_label(&e.status, ctx.lang),
            updated: format_date(ctx.lang, e.updated_at, &tz),
            public: e.published_revision.is_some(),
        })
        .collect();
    render(&MinePage { page, rows })
}

/// The `lang` and `dir` of a text in `code` on a page in `lang`, when it is another
/// language (WCAG 3.1.2): so that a reader pronounces it right and its punctuation
/// (an ellipsis, a full stop) sits at its own end, not the page's.
fn foreign(lang: wsis_domain::Language, code: &str) -> Option<(&'static str, &'static str)> {
    let l = wsis_domain::Language::from_tag(code)?;
    (l != lang).then(|| (l.code(), l.dir()))
}
