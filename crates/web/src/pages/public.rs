//! Public pages: the home page, the sections, the Action Lines and the SDGs.

use super::{Page, render};
use crate::I18N;
use crate::ctx::{Ctx, preferred_language};
use crate::error::AppResult;
use crate::state::AppState;
use askama::Template;
use axum::extract::State;
use axum::http::HeaderMap;
use axum::response::{Redirect, Response};
use wsis_domain::taxonomy::{action_lines, countries, sdg};
use wsis_i18n::Arg;

/// `/` sends the visitor to the best of the six languages.
pub async fn root_redirect(State(state): State<AppState>, headers: HeaderMap) -> Redirect {
    let lang = preferred_language(&headers, state.config.secure_cookies());
    Redirect::to(&format!("/{}", lang.code()))
}

pub struct SectionCard {
    pub href: String,
    pub title: String,
    pub text: String,
    /// What is live in the section now: (text, link) lines; none: nothing published yet.
    pub live: Vec<(String, Option<String>)>,
    /// The newest published entries: (address, escaped title HTML).
    pub latest: Vec<(String, String)>,
}

#[derive(Template)]
#[template(path = "home.html")]
struct HomePage {
    page: Page,
    sections: Vec<SectionCard>,
    framework: String,
}

pub async fn home(ctx: Ctx, State(state): State<AppState>) -> AppResult<Response> {
    let page = Page::new(&ctx, "home-title", "home");
    let lang = ctx.lang;
    let today = jiff::Timestamp::now()
        .to_zoned_datetime(jiff::tz::TimeZone::UTC)
        .date()
        .to_string();
    let facts = wsis_app::home::facts(&state.app, &today).await?;
    // The newest entries and their count, from the search index's kept answers.
    let newest = wsis_app::stocktaking::search::search(
        &state.app,
        wsis_search::SearchQuery {
            lang: lang.code().to_owned(),
            sort: wsis_search::Sort::Newest,
            limit: 3,
            ..Default::default()
        },
        true,
    )
    .await?;
    let mut stocktaking = Vec::new();
    if newest.total > 0 {
        stocktaking.push((
            I18N.tr_args(
                lang,
                "home-entries-count",
                &[("count", Arg::Num(newest.total as i64))],
            ),
            Some(page.href("/stocktaking")),
        ));
    }
    let mut forum = Vec::new();
    if let Some(e) = &facts.edition {
        let year = e.year.to_string();
        forum.push((
            I18N.tr_args(
                lang,
                "home-forum-edition",
                &[
                    ("year", Arg::from(year.as_str())),
                    (
                        "start",
                        Arg::from(wsis_i18n::format_local_date(lang, &e.starts_on).as_str()),
                    ),
                    (
                        "end",
                        Arg::from(wsis_i18n::format_local_date(lang, &e.ends_on).as_str()),
                    ),
                    ("venue", Arg::from(e.venue.as_str())),
                ],
            ),
            Some(page.href(&format!("/forum/{}", e.year))),
        ));
        if e.published {
            forum.push((
                page.t("home-forum-agenda"),
                Some(page.href(&format!("/forum/{}/agenda", e.year))),
            ));
        }
    }
    let mut outcomes = Vec::new();
    if let Some((year, n)) = facts.outcomes {
        let y = year.to_string();
        outcomes.push((
            I18N.tr_args(
                lang,
                "home-outcomes-count",
                &[("count", Arg::Num(n)), ("year", Arg::from(y.as_str()))],
            ),
            Some(page.href(&format!("/forum/{year}/outcomes"))),
        ));
        outcomes.push((
            page.t("pub-documents-link"),
            Some(page.href(&format!("/forum/{year}/outcomes/documents"))),
        ));
    }
    let latest: Vec<(String, String)> = newest
        .hits
        .iter()
        .map(|h| {
            (
                page.href(&format!("/stocktaking/entries/{}", h.id)),
                h.title_html.clone(),
            )
        })
        .collect();
    let sections = [
        (
            "/stocktaking",
            "stocktaking-title",
            "home-stocktaking-text",
            stocktaking,
            latest,
        ),
        (
            "/forum",
            "forum-title",
            "home-forum-text",
            forum,
            Vec::new(),
        ),
        (
            "/outcomes",
            "outcomes-title",
            "home-outcomes-text",
            outcomes,
            Vec::new(),
        ),
        (
            "/prizes",
            "prizes-title",
            "home-prizes-text",
            Vec::new(),
            Vec::new(),
        ),
    ]
    .into_iter()
    .map(|(path, title, text, live, latest)| SectionCard {
        href: page.href(path),
        title: page.t(title),
        text: page.t(text),
        live,
        latest,
    })
    .collect();
    let targets: usize = sdg::goals().iter().map(|g| g.targets.len()).sum();
    let framework = I18N.tr_args(
        ctx.lang,
        "home-framework-text",
        &[
            (
                "actionLines",
                Arg::Num(action_lines::ACTION_LINES.len() as i64),
            ),
            ("goals", Arg::Num(sdg::goals().len() as i64)),
            ("targets", Arg::Num(targets as i64)),
            ("countries", Arg::Num(countries::countries().len() as i64)),
        ],
    );
    render(&HomePage {
        page,
        sections,
        framework,
    })
}

#[derive(Template)]
#[template(path = "outcomes_home.html")]
struct OutcomesHome {
    page: Page,
    text: String,
    /// (edition name, link to its outcomes, how many are approved)
    editions: Vec<(String, String, String)>,
}

/// The outcomes of every edition, newest first.
pub async fn outcomes(ctx: Ctx, State(state): State<AppState>) -> AppResult<Response> {
    let lang = ctx.lang;
    let page = Page::new(&ctx, "outcomes-title", "outcomes");
    let editions = wsis_app::forum::outcomes::counts(&state.app)
        .await?
        .into_iter()
        .map(|(year, n)| {
            let y = year.to_string();
            (
                I18N.tr_args(
                    lang,
                    "forum-edition-name",
                    &[("year", Arg::from(y.as_str()))],
                ),
                page.href(&format!("/forum/{year}/outcomes")),
                I18N.tr_args(lang, "outcomes-count", &[("count", Arg::Num(n))]),
            )
        })
        .collect();
    render(&OutcomesHome {
        text: I18N.tr(lang, "home-outcomes-text"),
        page,
        editions,
    })
}

pub struct LineRow {
    pub code: String,
    pub name: String,
    pub prize: String,
    pub sub: bool,
    /// (agency, role label)
    pub facilitators: Vec<(String, String)>,
}

#[derive(Template)]
#[template(path = "action_lines.html")]
struct ActionLinesPage {
    page: Page,
    rows: Vec<LineRow>,
}

pub async fn action_lines(ctx: Ctx, State(state): State<AppState>) -> AppResult<Response> {
    let page = Page::new(&ctx, "action-lines-title", "action-lines");
    let facilitators = wsis_app::reference::facilitators(&state.app).await?;
    let mut rows = Vec::new();
    let mut push = |code: &str, name: &str, prize: Option<u8>, sub: bool| {
        rows.push(LineRow {
            code: code.to_owned(),
            name: name.to_owned(),
            prize: prize
                .map(|n| page.tn("prize-category-number", "number", n as i64))
                .unwrap_or_default(),
            sub,
            facilitators: facilitators
                .iter()
                .filter(|f| f.action_line == code)
                .map(|f| {
                    (
                        f.agency.clone(),
                        page.t(&format!("facilitator-role-{}", f.role)),
                    )
                })
                .collect(),
        });
    };
    for a in action_lines::ACTION_LINES.iter() {
        let prize = action_lines::category(a.code).map(|c| c.prize_number);
        push(a.code, a.name.get(ctx.lang), prize, false);
        for s in action_lines::sublines(a.code) {
            push(s.code, s.name.get(ctx.lang), Some(s.prize_number), true);
        }
    }
    render(&ActionLinesPage { page, rows })
}

pub struct GoalView {
    pub number: u8,
    pub label: String,
    pub short: String,
    pub title: String,
    pub targets_label: String,
    pub targets: Vec<(String, String)>,
}

#[derive(Template)]
#[template(path = "sdgs.html")]
struct SdgsPage {
    page: Page,
    goals: Vec<GoalView>,
}

pub async fn sdgs(ctx: Ctx) -> AppResult<Response> {
    let page = Page::new(&ctx, "sdgs-title", "sdgs");
    let goals = sdg::goals()
        .iter()
        .map(|g| GoalView {
            number: g.number,
            label: page.tn("sdg-goal", "number", g.number as i64),
            short: g.short.get(ctx.lang).clone(),
            title: g.title.get(ctx.lang).clone(),
            targets_label: page.tn("sdg-targets", "count", g.targets.len() as i64),
            targets: g
                .targets
                .iter()
                .map(|t| (t.code.clone(), t.title.get(ctx.lang).clone()))
                .collect(),
        })
        .collect();
    render(&SdgsPage { page, goals })
}
