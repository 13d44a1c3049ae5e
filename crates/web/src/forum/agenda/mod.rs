//! Public forum pages: the editions, an edition's home and site pages, and
//! the agenda of its latest published schedule by day, by room and as a
//! grid, with session pages, the speaker directory, the change log, "my
//! agenda" and the offline app.

mod changes;
mod day;
mod grid;
mod home;
mod mine;
mod offline;
mod room;
mod session;
mod speakers;
mod whole;

pub use changes::changes;
pub use day::day;
pub use grid::grid;
pub use home::{edition_home, index, site_page};
pub use mine::{my_agenda, toggle_pick};
pub use offline::{manifest, service_worker};
pub use room::room;
pub use session::session;
pub use speakers::speakers;
pub use whole::all;

use super::{Published, edition, published, with_etag};
use crate::I18N;
use crate::auth::{cookie, read_cookie};
use crate::csrf::OriginCheckedForm;
use crate::ctx::Ctx;
use crate::error::{AppError, AppResult};
use crate::pages::Page;
use crate::state::AppState;
use crate::stocktaking::markdown::to_safe_html;
use askama::Template;
use axum::body::Bytes;
use axum::extract::{Path, RawQuery, State};
use axum::http::{HeaderMap, HeaderValue, header};
use axum::response::{IntoResponse, Redirect, Response};
use jiff::tz::TimeZone;
use std::collections::BTreeMap;
use std::sync::Arc;
use wsis_app::forum::agenda as fdb;
use wsis_domain::Language;
use wsis_domain::SessionId;
use wsis_domain::forum::schedule::{Change, Schedule, Session};
use wsis_domain::taxonomy::{action_lines, sdg};
use wsis_i18n::{Arg, format_date, format_time};

// ------------------------------------------------------------- view models

/// A session in a list.
pub struct Card {
    pub number: i64,
    pub href: String,
    pub title: String,
    pub type_name: String,
    pub time: String,
    pub room: String,
    pub room_href: String,
    pub speakers: String,
    pub badges: Vec<String>,
    pub picked: bool,
}

pub struct TimeGroup {
    pub time: String,
    pub cards: Vec<Card>,
}

pub struct DayTab {
    pub label: String,
    pub href: String,
    pub current: bool,
}

pub struct DayBlock {
    pub id: String,
    pub label: String,
    pub groups: Vec<TimeGroup>,
}

pub struct Select {
    pub name: &'static str,
    pub label: String,
    pub options: Vec<(String, String, bool)>,
}

/// What every agenda page shares.
pub struct AgendaFrame {
    pub base: String,
    /// This page with its query, where forms on it come back to.
    pub here: String,
    pub tz_note: String,
    pub tz_value: String,
    pub tz_error: bool,
    pub tabs: Vec<DayTab>,
    pub manifest: String,
    pub script: String,
}

#[derive(Debug, Clone, Default)]
struct Filters {
    day: Option<String>,
    type_code: Option<String>,
    action_line: Option<String>,
    sdg: Option<u8>,
    language: Option<Language>,
    access: Option<String>,
    tz: Option<String>,
}

const ACCESS: &[&str] = &[
    "captioning",
    "interpretation",
    "sign-language",
    "remote",
    "step-free",
];

impl Filters {
    fn parse(q: Option<&str>) -> Filters {
        let pairs: Vec<(String, String)> = q
            .and_then(|q| serde_urlencoded::from_str(q).ok())
            .unwrap_or_default();
        let mut f = Filters::default();
        for (k, v) in pairs {
            let v = v.trim().to_owned();
            if v.is_empty() || v.len() > 64 {
                continue;
            }
            match k.as_str() {
                "day" => f.day = Some(v),
                "type" => f.type_code = Some(v),
                "al" => f.action_line = Some(v),
                "sdg" => f.sdg = v.parse().ok(),
                "language" => f.language = Language::from_tag(&v),
                "access" if ACCESS.contains(&v.as_str()) => f.access = Some(v),
                "tz" => f.tz = Some(v),
                _ => {}
            }
        }
        f
    }

    fn query(&self, day: Option<&str>) -> String {
        let mut pairs: Vec<(&str, String)> = Vec::new();
        if let Some(d) = day.or(self.day.as_deref()) {
            pairs.push(("day", d.to_owned()));
        }
        if let Some(t) = &self.type_code {
            pairs.push(("type", t.clone()));
        }
        if let Some(a) = &self.action_line {
            pairs.push(("al", a.clone()));
        }
        if let Some(s) = self.sdg {
            pairs.push(("sdg", s.to_string()));
        }
        if let Some(l) = self.language {
            pairs.push(("language", l.code().to_owned()));
        }
        if let Some(a) = &self.access {
            pairs.push(("access", a.clone()));
        }
        if let Some(t) = &self.tz {
            pairs.push(("tz", t.clone()));
        }
        if pairs.is_empty() {
            String::new()
        } else {
            format!(
                "?{}",
                serde_urlencoded::to_string(&pairs).unwrap_or_default()
            )
        }
    }

    fn matches(&self, s: &Session, schedule: &Schedule) -> bool {
        if let Some(t) = &self.type_code
            && &s.type_code != t
        {
            return false;
        }
        if let Some(a) = &self.action_line
            && !s
                .action_lines
                .iter()
                .any(|x| x == a || x.split('.').next() == Some(a.as_str()))
        {
            return false;
        }
        if let Some(g) = self.sdg
            && !s.sdgs.contains(&g)
        {
            return false;
        }
        if let Some(l) = self.language
            && !s.languages.contains(&l)
        {
            return false;
        }
        match self.access.as_deref() {
            Some("captioning") => s.needs.captioning,
            Some("interpretation") => s.needs.interpretation,
            Some("sign-language") => s.needs.sign_language,
            Some("remote") => s.remote,
            Some("step-free") => schedule.room(s.room_id).is_some_and(|r| r.step_free),
            _ => true,
        }
    }
}

/// Everything a page of the agenda needs, loaded once per request.
struct Agenda {
    edition_id: i64,
    p: Arc<Published>,
    tz: TimeZone,
    filters: Filters,
    picks: Vec<i64>,
    lang: Language,
    base: String,
    here: String,
}

fn picks_cookie(year: i64) -> String {
    format!("wsis_picks_{year}")
}

fn cookie_picks(headers: &HeaderMap, year: i64) -> Vec<i64> {
    read_cookie(headers, &picks_cookie(year))
        .map(|v| {
            v.split('.')
                .filter_map(|n| n.parse().ok())
                .take(500)
                .collect()
        })
        .unwrap_or_default()
}

async fn load(
    ctx: &Ctx,
    state: &AppState,
    headers: &HeaderMap,
    year: i64,
    query: Option<&str>,
) -> AppResult<Result<Agenda, fdb::Edition>> {
    let Some(p) = super::published_by_year(state, year).await? else {
        return Ok(Err(edition(state, year).await?));
    };
    let filters = Filters::parse(query);
    let venue_tz = TimeZone::get(&p.schedule.edition.time_zone).unwrap_or(TimeZone::UTC);
    let tz = filters
        .tz
        .as_deref()
        .and_then(|t| TimeZone::get(t).ok())
        .unwrap_or(venue_tz);
    let picks = match &ctx.user {
        Some(u) => {
            let ids = fdb::picks(&state.app, u.id, p.edition_id).await?;
            p.schedule
                .sessions
                .iter()
                .filter(|s| ids.contains(&s.id))
                .map(|s| s.number)
                .collect()
        }
        None => cookie_picks(headers, year),
    };
    Ok(Ok(Agenda {
        base: format!("/{}/forum/{year}", ctx.lang.code()),
        here: format!("/{}{}", ctx.lang.code(), ctx.rest),
        edition_id: p.edition_id,
        p,
        tz,
        filters,
        picks,
        lang: ctx.lang,
    }))
}

impl Agenda {
    fn schedule(&self) -> &Schedule {
        &self.p.schedule
    }
    fn time(&self, t: i64) -> String {
        format_time(self.lang, t, &self.tz)
    }
    fn date(&self, t: i64) -> String {
        format_date(self.lang, t, &self.tz)
    }
    fn local_date(&self, t: i64) -> String {
        jiff::Timestamp::from_second(t)
            .map(|ts| {
                ts.to_zoned_datetime(self.tz.clone())
                    .strftime("%Y-%m-%d")
                    .to_string()
            })
            .unwrap_or_default()
    }
    fn tz_query(&self) -> String {
        self.filters
            .tz
            .as_ref()
            .filter(|_| self.tz_ok())
            .map(|t| {
                format!(
                    "?tz={}",
                    serde_urlencoded::to_string([("", t)])
                        .unwrap_or_default()
                        .trim_start_matches('=')
                )
            })
            .unwrap_or_default()
    }
    fn tz_ok(&self) -> bool {
        self.filters
            .tz
            .as_deref()
            .is_none_or(|t| TimeZone::get(t).is_ok())
    }
    fn session_href(&self, s: &Session) -> String {
        format!("{}/sessions/{}{}", self.base, s.number, self.tz_query())
    }
    fn room_href(&self, code: &str) -> String {
        format!("{}/rooms/{}{}", self.base, code, self.tz_query())
    }

    /// The forum's days in the viewer's zone, from the sessions.
    fn days(&self) -> Vec<(String, i64)> {
        let mut days: Vec<(String, i64)> = Vec::new();
        for s in &self.schedule().sessions {
            let d = self.local_date(s.starts_at);
            if !days.iter().any(|x| x.0 == d) {
                days.push((d, s.starts_at));
            }
        }
        days
    }

    fn card(&self, s: &Session) -> Card {
        let t = |k: &str| I18N.tr(self.lang, k);
        let mut badges = Vec::new();
        if s.needs.captioning {
            badges.push(t("forum-access-captioning"));
        }
        if s.needs.interpretation {
            badges.push(t("forum-access-interpretation"));
        }
        if s.needs.sign_language {
            badges.push(t("forum-access-sign-language"));
        }
        if s.remote {
            badges.push(t("forum-access-remote"));
        }
        let room = self.schedule().room(s.room_id);
        Card {
            number: s.number,
            href: self.session_href(s),
            title: s.title.clone(),
            type_name: self.p.type_name(&s.type_code, self.lang),
            time: format!("{}–{}", self.time(s.starts_at), self.time(s.ends_at)),
            room: room.map(|r| r.name.clone()).unwrap_or_default(),
            room_href: room.map(|r| self.room_href(&r.code)).unwrap_or_default(),
            speakers: s
                .speakers
                .iter()
                .map(|p| p.name.as_str())
                .collect::<Vec<_>>()
                .join(&I18N.tr(self.lang, "list-separator")),
            badges,
            picked: self.picks.contains(&s.number),
        }
    }

    fn groups<'a>(&self, sessions: impl Iterator<Item = &'a Session>) -> Vec<TimeGroup> {
        let mut groups: Vec<TimeGroup> = Vec::new();
        for s in sessions {
            let time = self.time(s.starts_at);
            match groups.last_mut() {
                Some(g) if g.time == time => g.cards.push(self.card(s)),
                _ => groups.push(TimeGroup {
                    time,
                    cards: vec![self.card(s)],
                }),
            }
        }
        groups
    }

    fn frame(&self, current_day: Option<&str>, path: &str) -> AgendaFrame {
        let tabs = self
            .days()
            .into_iter()
            .map(|(d, t)| DayTab {
                label: self.date(t),
                href: format!("{}{path}{}", self.base, self.filters.query(Some(&d))),
                current: current_day == Some(d.as_str()),
            })
            .collect();
        let venue = &self.schedule().edition.time_zone;
        let (tz_note, tz_error) = match &self.filters.tz {
            Some(t) if self.tz_ok() => (
                I18N.tr_args(
                    self.lang,
                    "forum-times-in-zone",
                    &[("zone", Arg::from(t.as_str()))],
                ),
                false,
            ),
            Some(_) => (I18N.tr(self.lang, "forum-zone-unknown"), true),
            None => (
                I18N.tr_args(
                    self.lang,
                    "forum-times-in-venue-zone",
                    &[("zone", Arg::from(venue.as_str()))],
                ),
                false,
            ),
        };
        AgendaFrame {
            base: self.base.clone(),
            here: self.here.clone(),
            tz_note,
            tz_value: self.filters.tz.clone().unwrap_or_default(),
            tz_error,
            tabs,
            manifest: format!("{}/app.webmanifest", self.base),
            script: format!("/static/forum.js?v={}", *SCRIPT_VERSION),
        }
    }

    fn selects(&self) -> Vec<Select> {
        let lang = self.lang;
        let t = |k: &str| I18N.tr(lang, k);
        let f = &self.filters;
        let mut types: Vec<(String, String)> = Vec::new();
        for s in &self.schedule().sessions {
            if !types.iter().any(|x| x.0 == s.type_code) {
                types.push((s.type_code.clone(), self.p.type_name(&s.type_code, lang)));
            }
        }
        types.sort_by(|a, b| a.1.cmp(&b.1));
        let opt = |v: String, l: String, sel: bool| (v, l, sel);
        let any = |k: &str| (String::new(), t(k), false);
        vec![
            Select {
                name: "type",
                label: t("forum-filter-type"),
                options: std::iter::once(any("forum-filter-any"))
                    .chain(types.into_iter().map(|(c, n)| {
                        let sel = f.type_code.as_deref() == Some(c.as_str());
                        opt(c, n, sel)
                    }))
                    .collect(),
            },
            Select {
                name: "al",
                label: t("forum-filter-action-line"),
                options: std::iter::once(any("forum-filter-any"))
                    .chain(action_lines::CATEGORIES.iter().map(|c| {
                        opt(
                            c.code.to_owned(),
                            format!("{} {}", c.code, c.name.get(lang)),
                            f.action_line.as_deref() == Some(c.code),
                        )
                    }))
                    .collect(),
            },
            Select {
                name: "sdg",
                label: t("forum-filter-sdg"),
                options: std::iter::once(any("forum-filter-any"))
                    .chain(sdg::goals().iter().map(|g| {
                        opt(
                            g.number.to_string(),
                            format!("{}. {}", g.number, g.short.get(lang)),
                            f.sdg == Some(g.number),
                        )
                    }))
                    .collect(),
            },
            Select {
                name: "language",
                label: t("forum-filter-language"),
                options: std::iter::once(any("forum-filter-any"))
                    .chain(Language::ALL.into_iter().map(|l| {
                        opt(
                            l.code().to_owned(),
                            l.native_name().to_owned(),
                            f.language == Some(l),
                        )
                    }))
                    .collect(),
            },
            Select {
                name: "access",
                label: t("forum-filter-access"),
                options: std::iter::once(any("forum-filter-any"))
                    .chain(ACCESS.iter().map(|a| {
                        opt(
                            (*a).to_owned(),
                            t(&format!("forum-access-{a}")),
                            f.access.as_deref() == Some(*a),
                        )
                    }))
                    .collect(),
            },
        ]
    }
}

static SCRIPT_VERSION: std::sync::LazyLock<String> =
    std::sync::LazyLock::new(|| crate::auth::token_hash(FORUM_JS)[..12].to_owned());

pub(crate) const FORUM_JS: &str = include_str!("../../../static/forum.js");

/// Renders a page and answers with an ETag (304 when unchanged).
fn etag_page<T: Template>(headers: &HeaderMap, t: &T) -> AppResult<Response> {
    let body = t
        .render()
        .map_err(|e| AppError::Internal(format!("template: {e}")))?;
    let etag = super::etag_of(body.as_bytes());
    Ok(with_etag(
        headers,
        Bytes::from(body),
        &etag,
        "text/html; charset=utf-8",
        "private, no-cache",
    ))
}

fn render_plain<T: Template>(t: &T) -> AppResult<Response> {
    crate::pages::render(t)
}

// ------------------------------------------------------------------ pages

#[derive(Template)]
#[template(path = "forum/unpublished.html")]
struct UnpublishedPage {
    page: Page,
    back: String,
}

fn unpublished(ctx: &Ctx, ed: &fdb::Edition) -> AppResult<Response> {
    let mut page = Page::new(ctx, "forum-agenda-title", "forum");
    page.title = I18N.tr_args(
        ctx.lang,
        "forum-agenda-of",
        &[("year", Arg::from(ed.year.to_string().as_str()))],
    );
    render_plain(&UnpublishedPage {
        back: page.href(&format!("/forum/{}", ed.year)),
        page,
    })
}

/// The year in an agenda page's path.
pub trait YearPath {
    fn year(&self) -> i64;
}

impl YearPath for (String, i64) {
    fn year(&self) -> i64 {
        self.1
    }
}

impl YearPath for (String, i64, String) {
    fn year(&self) -> i64 {
        self.1
    }
}

impl YearPath for (String, i64, i64) {
    fn year(&self) -> i64 {
        self.1
    }
}

type PageFuture = std::pin::Pin<Box<dyn std::future::Future<Output = AppResult<Response>> + Send>>;

/// The handler of an agenda page: `page` rendered through the anonymous
/// visitors' page cache ([`cached_page`]).
pub fn cached<P, F, Fut>(
    page: F,
) -> impl Fn(Ctx, State<AppState>, HeaderMap, Path<P>, RawQuery) -> PageFuture
+ Clone
+ Send
+ Sync
+ 'static
where
    P: YearPath + Send + 'static,
    F: Fn(Ctx, State<AppState>, HeaderMap, Path<P>, RawQuery) -> Fut
        + Clone
        + Send
        + Sync
        + 'static,
    Fut: std::future::Future<Output = AppResult<Response>> + Send + 'static,
{
    move |ctx, State(state), headers, Path(path), RawQuery(q)| {
        let page = page.clone();
        Box::pin(async move {
            let year = path.year();
            let render = |ctx: Ctx| {
                page(
                    ctx,
                    State(state.clone()),
                    headers.clone(),
                    Path(path),
                    RawQuery(q),
                )
            };
            cached_page(&ctx, &state, &headers, year, render).await
        })
    }
}

/// Serves an agenda page to an anonymous visitor from the per-version page
/// cache, rendering it once on a miss: the page is the same for every
/// anonymous visitor (its "my agenda" forms carry no token; their posts are
/// checked by origin), so its gzip and Brotli bodies are built once too.
/// Signed-in visitors and those with picks get a freshly rendered page.
async fn cached_page<F>(
    ctx: &Ctx,
    state: &AppState,
    headers: &HeaderMap,
    year: i64,
    inner: impl FnOnce(Ctx) -> F,
) -> AppResult<Response>
where
    F: std::future::Future<Output = AppResult<Response>>,
{
    let cacheable = ctx.user.is_none() && read_cookie(headers, &picks_cookie(year)).is_none();
    if !cacheable {
        return inner(ctx.clone()).await;
    }
    let Some(p) = super::published_by_year(state, year).await? else {
        return inner(ctx.clone()).await;
    };
    let key = format!("{}{}", ctx.lang.code(), ctx.rest);
    let page = match p.page(&key) {
        Some(page) => page,
        None => {
            let anonymous = Ctx {
                csrf: String::new(),
                ..ctx.clone()
            };
            let res = inner(anonymous).await?;
            if res.status() != axum::http::StatusCode::OK {
                return Ok(res);
            }
            let bytes = axum::body::to_bytes(res.into_body(), 16 * 1024 * 1024)
                .await
                .map_err(|e| AppError::Internal(format!("page body: {e}")))?;
            let page = tokio::task::spawn_blocking(move || super::CachedPage::new(bytes))
                .await
                .map_err(|e| AppError::Internal(format!("page compression: {e}")))?;
            p.keep_page(&key, page)
        }
    };
    Ok(page.response(headers))
}
