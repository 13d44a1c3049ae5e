//! Public forum pages: the editions, an edition's home and site pages, and
//! the agenda of its latest published schedule by day, by room and as a
//! grid, with session pages, the speaker directory, the change log, "my
//! agenda" and the offline app.

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
use wsis_db::forum as fdb;
use wsis_domain::Language;
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
            let ids = fdb::picks(&mut *state.db.conn().await?, u.id, p.edition_id).await?;
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

pub(crate) const FORUM_JS: &str = include_str!("../../static/forum.js");

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
#[template(path = "forum/index.html")]
struct IndexPage {
    page: Page,
    editions: Vec<(String, String, String)>,
}

pub async fn index(ctx: Ctx, State(state): State<AppState>) -> AppResult<Response> {
    let page = Page::new(&ctx, "forum-title", "forum");
    let editions = fdb::editions(&mut *state.db.conn().await?)
        .await?
        .into_iter()
        .map(|e| {
            let theme = e
                .theme
                .get(ctx.lang.code())
                .or_else(|| e.theme.get("en"))
                .cloned()
                .unwrap_or_default();
            (
                page.href(&format!("/forum/{}", e.year)),
                I18N.tr_args(
                    ctx.lang,
                    "forum-edition-name",
                    &[("year", Arg::from(e.year.to_string().as_str()))],
                ),
                theme,
            )
        })
        .collect();
    render_plain(&IndexPage { page, editions })
}

pub struct PhaseView {
    pub title: String,
    pub when: String,
    pub current: bool,
}

#[derive(Template)]
#[template(path = "forum/edition.html")]
struct EditionPage {
    page: Page,
    theme: String,
    dates: String,
    venue: String,
    intro_html: String,
    phases: Vec<PhaseView>,
    tiers: Vec<(String, Vec<(String, String)>)>,
    base: String,
    published: bool,
    propose: bool,
    sessions: String,
    exports: Vec<(String, String)>,
}

fn date_of(s: &str) -> i64 {
    jiff::civil::Date::strptime("%Y-%m-%d", s)
        .ok()
        .and_then(|d| d.at(12, 0, 0, 0).to_zoned_datetime(TimeZone::UTC).ok())
        .map(|z| z.timestamp().as_second())
        .unwrap_or(0)
}

use wsis_domain::forum::site::PARTNER_TIERS;

pub async fn edition_home(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((_, year)): Path<(String, i64)>,
) -> AppResult<Response> {
    let ed = edition(&state, year).await?;
    let p = published(&state, &ed).await?;
    let mut conn = state.db.conn().await?;
    let lang = ctx.lang;
    let mut page = Page::new(&ctx, "forum-title", "forum");
    page.title = I18N.tr_args(
        lang,
        "forum-edition-name",
        &[("year", Arg::from(year.to_string().as_str()))],
    );
    let intro = fdb::page(&mut conn, ed.id, "home", lang.code()).await?;
    let today = jiff::Timestamp::now().strftime("%Y-%m-%d").to_string();
    let phases = fdb::phases(&mut conn, ed.id)
        .await?
        .into_iter()
        .map(|ph| {
            let title = ph
                .title
                .get(lang.code())
                .or_else(|| ph.title.get("en"))
                .cloned()
                .unwrap_or_default();
            let start = format_date(lang, date_of(&ph.starts_on), &TimeZone::UTC);
            let when = match &ph.ends_on {
                Some(e) if e != &ph.starts_on => I18N.tr_args(
                    lang,
                    "forum-phase-until",
                    &[
                        ("start", Arg::from(start.as_str())),
                        (
                            "end",
                            Arg::from(format_date(lang, date_of(e), &TimeZone::UTC).as_str()),
                        ),
                    ],
                ),
                _ => start,
            };
            let current =
                ph.starts_on <= today && ph.ends_on.as_deref().is_none_or(|e| today.as_str() <= e);
            PhaseView {
                title,
                when,
                current,
            }
        })
        .collect();
    let partners = fdb::partners(&mut conn, ed.id).await?;
    let tiers = PARTNER_TIERS
        .iter()
        .map(|t| {
            (
                I18N.tr(lang, &format!("forum-partner-tier-{t}")),
                partners
                    .iter()
                    .filter(|p| p.tier == *t)
                    .map(|p| (p.name.clone(), p.url.clone()))
                    .collect::<Vec<_>>(),
            )
        })
        .filter(|(_, v)| !v.is_empty())
        .collect();
    let base = format!("/{}/forum/{year}", lang.code());
    let api = format!("/api/v1/forums/{year}");
    let exports = [
        ("schedule.json", "C3VOC JSON"),
        ("schedule.xml", "frab XML"),
        ("schedule.ics", "iCalendar"),
        ("schedule.xcal", "xCal"),
        ("schedule.csv", "CSV"),
    ]
    .into_iter()
    .map(|(f, l)| (format!("{api}/{f}"), l.to_owned()))
    .collect();
    let dates = I18N.tr_args(
        lang,
        "forum-phase-until",
        &[
            (
                "start",
                Arg::from(format_date(lang, date_of(&ed.starts_on), &TimeZone::UTC).as_str()),
            ),
            (
                "end",
                Arg::from(format_date(lang, date_of(&ed.ends_on), &TimeZone::UTC).as_str()),
            ),
        ],
    );
    render_plain(&EditionPage {
        theme: ed
            .theme
            .get(lang.code())
            .or_else(|| ed.theme.get("en"))
            .cloned()
            .unwrap_or_default(),
        dates,
        venue: ed.venue.clone(),
        intro_html: intro.map(|p| to_safe_html(&p.body)).unwrap_or_default(),
        phases,
        tiers,
        base,
        sessions: p
            .as_ref()
            .map(|p| {
                I18N.tr_args(
                    lang,
                    "forum-session-count",
                    &[("count", Arg::Num(p.schedule.sessions.len() as i64))],
                )
            })
            .unwrap_or_default(),
        published: p.is_some(),
        propose: ed.proposals_open,
        exports,
        page,
    })
}

#[derive(Template)]
#[template(path = "forum/site_page.html")]
struct SitePageView {
    page: Page,
    body_html: String,
    text_lang: String,
    back: String,
}

pub async fn site_page(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((_, year, slug)): Path<(String, i64, String)>,
) -> AppResult<Response> {
    let ed = edition(&state, year).await?;
    let sp = fdb::page(&mut *state.db.conn().await?, ed.id, &slug, ctx.lang.code())
        .await?
        .ok_or(AppError::NotFound)?;
    let mut page = Page::new(&ctx, "forum-title", "forum");
    page.title = sp.title.clone();
    render_plain(&SitePageView {
        back: page.href(&format!("/forum/{year}")),
        page,
        body_html: to_safe_html(&sp.body),
        text_lang: sp.lang,
    })
}

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

#[derive(Template)]
#[template(path = "forum/day.html")]
struct DayPage {
    page: Page,
    frame: AgendaFrame,
    selects: Vec<Select>,
    day: String,
    day_label: String,
    groups: Vec<TimeGroup>,
    count: String,
    grid_href: String,
}

async fn day_inner(
    ctx: Ctx,
    State(state): State<AppState>,
    headers: HeaderMap,
    Path((_, year)): Path<(String, i64)>,
    RawQuery(q): RawQuery,
) -> AppResult<Response> {
    let a = match load(&ctx, &state, &headers, year, q.as_deref()).await? {
        Ok(a) => a,
        Err(ed) => return unpublished(&ctx, &ed),
    };
    let days = a.days();
    let (day, first) = a
        .filters
        .day
        .as_ref()
        .and_then(|d| days.iter().find(|x| &x.0 == d))
        .or(days.first())
        .cloned()
        .unwrap_or_default();
    let sessions: Vec<&Session> = a
        .schedule()
        .sessions
        .iter()
        .filter(|s| a.local_date(s.starts_at) == day && a.filters.matches(s, a.schedule()))
        .collect();
    let mut page = Page::new(&ctx, "forum-agenda-title", "forum");
    page.title = I18N.tr_args(
        ctx.lang,
        "forum-agenda-of",
        &[("year", Arg::from(year.to_string().as_str()))],
    );
    let count = I18N.tr_args(
        ctx.lang,
        "forum-session-count",
        &[("count", Arg::Num(sessions.len() as i64))],
    );
    let groups = a.groups(sessions.into_iter());
    etag_page(
        &headers,
        &DayPage {
            frame: a.frame(Some(&day), "/agenda"),
            selects: a.selects(),
            day_label: a.date(first),
            grid_href: format!("{}/agenda/grid{}", a.base, a.filters.query(Some(&day))),
            day,
            groups,
            count,
            page,
        },
    )
}

pub struct GridCell {
    pub skip: bool,
    pub rowspan: usize,
    pub card: Option<Card>,
}

pub struct GridRow {
    pub time: String,
    pub cells: Vec<GridCell>,
}

#[derive(Template)]
#[template(path = "forum/grid.html")]
struct GridPage {
    page: Page,
    frame: AgendaFrame,
    day_label: String,
    rooms: Vec<(String, String)>,
    rows: Vec<GridRow>,
    list_href: String,
}

const SLOT: i64 = 30 * 60;

async fn grid_inner(
    ctx: Ctx,
    State(state): State<AppState>,
    headers: HeaderMap,
    Path((_, year)): Path<(String, i64)>,
    RawQuery(q): RawQuery,
) -> AppResult<Response> {
    let a = match load(&ctx, &state, &headers, year, q.as_deref()).await? {
        Ok(a) => a,
        Err(ed) => return unpublished(&ctx, &ed),
    };
    let days = a.days();
    let (day, first) = a
        .filters
        .day
        .as_ref()
        .and_then(|d| days.iter().find(|x| &x.0 == d))
        .or(days.first())
        .cloned()
        .unwrap_or_default();
    let sessions: Vec<&Session> = a
        .schedule()
        .sessions
        .iter()
        .filter(|s| a.local_date(s.starts_at) == day && a.filters.matches(s, a.schedule()))
        .collect();
    let rooms: Vec<&wsis_domain::forum::schedule::Room> = a
        .schedule()
        .rooms
        .iter()
        .filter(|r| sessions.iter().any(|s| s.room_id == r.id))
        .collect();
    let start = sessions.iter().map(|s| s.starts_at).min().unwrap_or(0);
    let end = sessions.iter().map(|s| s.ends_at).max().unwrap_or(0);
    let start = start - start.rem_euclid(SLOT);
    let n_rows = if end > start {
        ((end - start + SLOT - 1) / SLOT) as usize
    } else {
        0
    };
    let mut covered = vec![vec![false; rooms.len()]; n_rows];
    let mut rows: Vec<GridRow> = (0..n_rows)
        .map(|i| GridRow {
            time: a.time(start + i as i64 * SLOT),
            cells: (0..rooms.len())
                .map(|_| GridCell {
                    skip: false,
                    rowspan: 1,
                    card: None,
                })
                .collect(),
        })
        .collect();
    for s in &sessions {
        let Some(c) = rooms.iter().position(|r| r.id == s.room_id) else {
            continue;
        };
        let r0 = ((s.starts_at - start) / SLOT) as usize;
        let r1 = (((s.ends_at - start) + SLOT - 1) / SLOT) as usize;
        let r1 = r1.min(n_rows).max(r0 + 1);
        // A session overlapping another in the same room stays in the list views only.
        if (r0..r1).any(|r| covered[r][c]) {
            continue;
        }
        for (r, row) in covered.iter_mut().enumerate().take(r1).skip(r0) {
            row[c] = true;
            if r > r0 {
                rows[r].cells[c].skip = true;
            }
        }
        rows[r0].cells[c] = GridCell {
            skip: false,
            rowspan: r1 - r0,
            card: Some(a.card(s)),
        };
    }
    let mut page = Page::new(&ctx, "forum-grid-title", "forum");
    page.title = I18N.tr_args(
        ctx.lang,
        "forum-grid-of",
        &[("year", Arg::from(year.to_string().as_str()))],
    );
    etag_page(
        &headers,
        &GridPage {
            frame: a.frame(Some(&day), "/agenda/grid"),
            day_label: a.date(first),
            rooms: rooms
                .iter()
                .map(|r| (r.name.clone(), a.room_href(&r.code)))
                .collect(),
            rows,
            list_href: format!("{}/agenda{}", a.base, a.filters.query(Some(&day))),
            page,
        },
    )
}

#[derive(Template)]
#[template(path = "forum/all.html")]
struct AllPage {
    page: Page,
    frame: AgendaFrame,
    days: Vec<DayBlock>,
}

/// The whole agenda on one page: what the offline app keeps.
async fn all_inner(
    ctx: Ctx,
    State(state): State<AppState>,
    headers: HeaderMap,
    Path((_, year)): Path<(String, i64)>,
    RawQuery(q): RawQuery,
) -> AppResult<Response> {
    let a = match load(&ctx, &state, &headers, year, q.as_deref()).await? {
        Ok(a) => a,
        Err(ed) => return unpublished(&ctx, &ed),
    };
    let days = a
        .days()
        .into_iter()
        .map(|(d, t)| DayBlock {
            id: format!("d{d}"),
            label: a.date(t),
            groups: a.groups(
                a.schedule()
                    .sessions
                    .iter()
                    .filter(|s| a.local_date(s.starts_at) == d),
            ),
        })
        .collect();
    let mut page = Page::new(&ctx, "forum-all-title", "forum");
    page.title = I18N.tr_args(
        ctx.lang,
        "forum-all-of",
        &[("year", Arg::from(year.to_string().as_str()))],
    );
    etag_page(
        &headers,
        &AllPage {
            frame: a.frame(None, "/agenda"),
            days,
            page,
        },
    )
}

#[derive(Template)]
#[template(path = "forum/room.html")]
struct RoomPage {
    page: Page,
    frame: AgendaFrame,
    facts: Vec<String>,
    days: Vec<DayBlock>,
    ics: String,
}

async fn room_inner(
    ctx: Ctx,
    State(state): State<AppState>,
    headers: HeaderMap,
    Path((_, year, code)): Path<(String, i64, String)>,
    RawQuery(q): RawQuery,
) -> AppResult<Response> {
    let a = match load(&ctx, &state, &headers, year, q.as_deref()).await? {
        Ok(a) => a,
        Err(_) => return Err(AppError::NotFound),
    };
    let room = a
        .schedule()
        .rooms
        .iter()
        .find(|r| r.code == code)
        .ok_or(AppError::NotFound)?
        .clone();
    let t = |k: &str| I18N.tr(ctx.lang, k);
    let mut facts = vec![I18N.tr_args(
        ctx.lang,
        "forum-room-capacity",
        &[("count", Arg::Num(room.capacity as i64))],
    )];
    if room.interpretation {
        facts.push(t("forum-room-interpretation"));
    }
    if room.captioning {
        facts.push(t("forum-room-captioning"));
    }
    if room.step_free {
        facts.push(t("forum-room-step-free"));
    }
    let days = a
        .days()
        .into_iter()
        .map(|(d, t)| DayBlock {
            id: format!("d{d}"),
            label: a.date(t),
            groups: a.groups(
                a.schedule()
                    .sessions
                    .iter()
                    .filter(|s| s.room_id == room.id && a.local_date(s.starts_at) == d),
            ),
        })
        .filter(|d| !d.groups.is_empty())
        .collect();
    let mut page = Page::new(&ctx, "forum-agenda-title", "forum");
    page.title = room.name.clone();
    etag_page(
        &headers,
        &RoomPage {
            frame: a.frame(None, "/agenda"),
            facts,
            days,
            ics: format!("/api/v1/forums/{year}/rooms/{}/schedule.ics", room.code),
            page,
        },
    )
}

pub struct SpeakerLine {
    pub name: String,
    pub organisation: String,
    pub role: String,
}

#[derive(Template)]
#[template(path = "forum/session.html")]
struct SessionPage {
    page: Page,
    frame: AgendaFrame,
    card: Card,
    date: String,
    venue_time: Option<String>,
    abstract_html: String,
    organisers: Vec<String>,
    speakers: Vec<SpeakerLine>,
    lines: Vec<(String, String)>,
    goals: Vec<(String, String)>,
    languages: String,
    remote_url: Option<String>,
    documents: Vec<(String, String)>,
    ics: String,
    toggle: String,
    back: String,
}

async fn session_inner(
    ctx: Ctx,
    State(state): State<AppState>,
    headers: HeaderMap,
    Path((_, year, number)): Path<(String, i64, i64)>,
    RawQuery(q): RawQuery,
) -> AppResult<Response> {
    let a = match load(&ctx, &state, &headers, year, q.as_deref()).await? {
        Ok(a) => a,
        Err(_) => return Err(AppError::NotFound),
    };
    let s = a
        .schedule()
        .session_by_number(number)
        .ok_or(AppError::NotFound)?;
    let lang = ctx.lang;
    let venue_time = a.filters.tz.as_ref().filter(|_| a.tz_ok()).map(|_| {
        let venue = TimeZone::get(&a.schedule().edition.time_zone).unwrap_or(TimeZone::UTC);
        I18N.tr_args(
            lang,
            "forum-venue-time",
            &[(
                "time",
                Arg::from(
                    format!(
                        "{}–{}",
                        format_time(lang, s.starts_at, &venue),
                        format_time(lang, s.ends_at, &venue)
                    )
                    .as_str(),
                ),
            )],
        )
    });
    let speakers = s
        .speakers
        .iter()
        .map(|p| SpeakerLine {
            name: p.name.clone(),
            organisation: p.organisation.clone(),
            role: I18N.tr(lang, &format!("speaker-role-{}", p.role.code())),
        })
        .collect();
    let lines = s
        .action_lines
        .iter()
        .filter_map(|c| {
            action_lines::category(c).map(|x| (x.code.to_owned(), x.name.get(lang).to_string()))
        })
        .map(|(c, n)| (format!("{c} {n}"), format!("{}/agenda?al={c}", a.base)))
        .collect();
    let goals = s
        .sdgs
        .iter()
        .filter_map(|g| sdg::goal(*g))
        .map(|g| {
            (
                format!("{}. {}", g.number, g.short.get(lang)),
                format!("{}/agenda?sdg={}", a.base, g.number),
            )
        })
        .collect();
    let mut page = Page::new(&ctx, "forum-agenda-title", "forum");
    page.title = s.title.clone();
    etag_page(
        &headers,
        &SessionPage {
            frame: a.frame(None, "/agenda"),
            card: a.card(s),
            date: a.date(s.starts_at),
            venue_time,
            abstract_html: to_safe_html(&s.abstract_md),
            organisers: s.organisers.clone(),
            speakers,
            lines,
            goals,
            languages: s
                .languages
                .iter()
                .map(|l| l.native_name())
                .collect::<Vec<_>>()
                .join(&I18N.tr(a.lang, "list-separator")),
            remote_url: s.remote_url.clone(),
            // Documents are published under /en/…; link them in the page's language.
            documents: s
                .documents
                .iter()
                .map(|d| {
                    (
                        d.title.clone(),
                        d.url
                            .replacen("/en/forum/", &format!("/{}/forum/", a.lang.code()), 1),
                    )
                })
                .collect(),
            ics: format!("/api/v1/forums/{year}/schedule.ics?sessions={}", s.number),
            toggle: format!("{}/my-agenda", a.base),
            back: format!(
                "{}/agenda{}",
                a.base,
                a.filters.query(Some(&a.local_date(s.starts_at)))
            ),
            page,
        },
    )
}

pub struct SpeakerEntry {
    pub name: String,
    pub organisation: String,
    pub sessions: Vec<(String, String, String)>,
}

#[derive(Template)]
#[template(path = "forum/speakers.html")]
struct SpeakersPage {
    page: Page,
    frame: AgendaFrame,
    speakers: Vec<SpeakerEntry>,
    count: String,
}

async fn speakers_inner(
    ctx: Ctx,
    State(state): State<AppState>,
    headers: HeaderMap,
    Path((_, year)): Path<(String, i64)>,
    RawQuery(q): RawQuery,
) -> AppResult<Response> {
    let a = match load(&ctx, &state, &headers, year, q.as_deref()).await? {
        Ok(a) => a,
        Err(ed) => return unpublished(&ctx, &ed),
    };
    let mut by_id: BTreeMap<i64, SpeakerEntry> = BTreeMap::new();
    for s in &a.schedule().sessions {
        for p in &s.speakers {
            let e = by_id.entry(p.id).or_insert_with(|| SpeakerEntry {
                name: p.name.clone(),
                organisation: p.organisation.clone(),
                sessions: Vec::new(),
            });
            e.sessions.push((
                s.title.clone(),
                a.session_href(s),
                I18N.tr(ctx.lang, &format!("speaker-role-{}", p.role.code())),
            ));
        }
    }
    let mut list: Vec<SpeakerEntry> = by_id.into_values().collect();
    list.sort_by_key(|x| x.name.to_lowercase());
    let mut page = Page::new(&ctx, "forum-speakers-title", "forum");
    page.title = I18N.tr_args(
        ctx.lang,
        "forum-speakers-of",
        &[("year", Arg::from(year.to_string().as_str()))],
    );
    etag_page(
        &headers,
        &SpeakersPage {
            frame: a.frame(None, "/agenda"),
            count: I18N.tr_args(
                ctx.lang,
                "forum-speaker-count",
                &[("count", Arg::Num(list.len() as i64))],
            ),
            speakers: list,
            page,
        },
    )
}

pub struct VersionView {
    pub number: i64,
    pub when: String,
    pub note: String,
    pub lines: Vec<String>,
}

#[derive(Template)]
#[template(path = "forum/changes.html")]
struct ChangesPage {
    page: Page,
    frame: AgendaFrame,
    versions: Vec<VersionView>,
}

fn change_line(a: &Agenda, c: &Change) -> String {
    let lang = a.lang;
    let n = |x: i64| ("number", Arg::Num(x));
    match c {
        Change::Added { number, title } => I18N.tr_args(
            lang,
            "forum-change-added",
            &[n(*number), ("title", Arg::from(title.as_str()))],
        ),
        Change::Removed { number, title } => I18N.tr_args(
            lang,
            "forum-change-removed",
            &[n(*number), ("title", Arg::from(title.as_str()))],
        ),
        Change::Retitled { number, from, to } => I18N.tr_args(
            lang,
            "forum-change-retitled",
            &[
                n(*number),
                ("from", Arg::from(from.as_str())),
                ("to", Arg::from(to.as_str())),
            ],
        ),
        Change::Moved {
            number,
            title,
            from_start,
            to_start,
            from_room,
            to_room,
        } => I18N.tr_args(
            lang,
            "forum-change-moved",
            &[
                n(*number),
                ("title", Arg::from(title.as_str())),
                (
                    "from",
                    Arg::from(
                        format!(
                            "{} {}, {from_room}",
                            a.date(*from_start),
                            a.time(*from_start)
                        )
                        .as_str(),
                    ),
                ),
                (
                    "to",
                    Arg::from(
                        format!("{} {}, {to_room}", a.date(*to_start), a.time(*to_start)).as_str(),
                    ),
                ),
            ],
        ),
        Change::SpeakersChanged { number, title } => I18N.tr_args(
            lang,
            "forum-change-speakers",
            &[n(*number), ("title", Arg::from(title.as_str()))],
        ),
    }
}

async fn changes_inner(
    ctx: Ctx,
    State(state): State<AppState>,
    headers: HeaderMap,
    Path((_, year)): Path<(String, i64)>,
    RawQuery(q): RawQuery,
) -> AppResult<Response> {
    let a = match load(&ctx, &state, &headers, year, q.as_deref()).await? {
        Ok(a) => a,
        Err(ed) => return unpublished(&ctx, &ed),
    };
    let versions = fdb::versions(&mut *state.db.conn().await?, a.edition_id)
        .await?
        .into_iter()
        .map(|v| {
            let changes: Vec<Change> = serde_json::from_str(&v.changes).unwrap_or_default();
            VersionView {
                number: v.number,
                when: format!("{} {}", a.date(v.published_at), a.time(v.published_at)),
                note: v.note,
                lines: changes.iter().map(|c| change_line(&a, c)).collect(),
            }
        })
        .collect();
    let mut page = Page::new(&ctx, "forum-changes-title", "forum");
    page.title = I18N.tr_args(
        ctx.lang,
        "forum-changes-of",
        &[("year", Arg::from(year.to_string().as_str()))],
    );
    etag_page(
        &headers,
        &ChangesPage {
            frame: a.frame(None, "/agenda"),
            versions,
            page,
        },
    )
}

#[derive(Template)]
#[template(path = "forum/mine.html")]
struct MinePage {
    page: Page,
    frame: AgendaFrame,
    days: Vec<DayBlock>,
    ics: Option<String>,
    signed_in: bool,
}

pub async fn my_agenda(
    ctx: Ctx,
    State(state): State<AppState>,
    headers: HeaderMap,
    Path((_, year)): Path<(String, i64)>,
    RawQuery(q): RawQuery,
) -> AppResult<Response> {
    let a = match load(&ctx, &state, &headers, year, q.as_deref()).await? {
        Ok(a) => a,
        Err(ed) => return unpublished(&ctx, &ed),
    };
    let days: Vec<DayBlock> = a
        .days()
        .into_iter()
        .map(|(d, t)| DayBlock {
            id: format!("d{d}"),
            label: a.date(t),
            groups: a.groups(
                a.schedule()
                    .sessions
                    .iter()
                    .filter(|s| a.picks.contains(&s.number) && a.local_date(s.starts_at) == d),
            ),
        })
        .filter(|d| !d.groups.is_empty())
        .collect();
    let picked: Vec<String> = a
        .schedule()
        .sessions
        .iter()
        .filter(|s| a.picks.contains(&s.number))
        .map(|s| s.number.to_string())
        .collect();
    let mut page = Page::new(&ctx, "forum-mine-title", "forum");
    page.title = I18N.tr_args(
        ctx.lang,
        "forum-mine-of",
        &[("year", Arg::from(year.to_string().as_str()))],
    );
    let mut res = render_plain(&MinePage {
        frame: a.frame(None, "/agenda"),
        ics: (!picked.is_empty()).then(|| {
            format!(
                "/api/v1/forums/{year}/schedule.ics?sessions={}",
                picked.join(",")
            )
        }),
        days,
        signed_in: ctx.user.is_some(),
        page,
    })?;
    res.headers_mut().insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("private, no-cache"),
    );
    Ok(res)
}

#[derive(serde::Deserialize)]
pub struct PickInput {
    pub number: i64,
    /// `1` adds, `0` removes.
    pub on: String,
    #[serde(default)]
    pub back: String,
}

/// Adds a session to, or removes it from, "my agenda": in the account when
/// signed in, else in a cookie of this browser.
pub async fn toggle_pick(
    ctx: Ctx,
    State(state): State<AppState>,
    headers: HeaderMap,
    Path((_, year)): Path<(String, i64)>,
    OriginCheckedForm(input): OriginCheckedForm<PickInput>,
) -> AppResult<Response> {
    let ed = edition(&state, year).await?;
    let p = published(&state, &ed).await?.ok_or(AppError::NotFound)?;
    let s = p
        .schedule
        .session_by_number(input.number)
        .ok_or(AppError::BadRequest("unknown_session"))?;
    let on = input.on == "1";
    let base = format!("/{}/forum/{year}", ctx.lang.code());
    let back = if input.back.starts_with(&format!("{base}/")) && !input.back.contains("//") {
        input.back.clone()
    } else {
        format!("{base}/my-agenda")
    };
    let mut res = Redirect::to(&back).into_response();
    match &ctx.user {
        Some(u) => {
            let mut tx = state.db.begin().await?;
            fdb::pick(&mut tx, u.id, ed.id, s.id, on).await?;
            tx.commit().await?;
        }
        None => {
            let mut picks = cookie_picks(&headers, year);
            picks.retain(|n| *n != s.number);
            if on {
                picks.push(s.number);
            }
            picks.sort_unstable();
            let value = picks
                .iter()
                .map(|n| n.to_string())
                .collect::<Vec<_>>()
                .join(".");
            let c = cookie(
                &picks_cookie(year),
                &value,
                if picks.is_empty() { 0 } else { 400 * 86_400 },
                state.config.secure_cookies(),
            );
            if let Ok(v) = HeaderValue::from_str(&c) {
                res.headers_mut().append(header::SET_COOKIE, v);
            }
        }
    }
    Ok(res)
}

/// The web app manifest of an edition's agenda.
pub async fn manifest(
    ctx: Ctx,
    State(state): State<AppState>,
    headers: HeaderMap,
    Path((_, year)): Path<(String, i64)>,
) -> AppResult<Response> {
    let ed = edition(&state, year).await?;
    let lang = ctx.lang;
    let base = format!("/{}/forum/{}", lang.code(), ed.year);
    let name = I18N.tr_args(
        lang,
        "forum-agenda-of",
        &[("year", Arg::from(year.to_string().as_str()))],
    );
    let body = serde_json::json!({
        "name": name,
        "short_name": format!("WSIS {year}"),
        "lang": lang.code(),
        "dir": lang.dir(),
        "start_url": format!("{base}/agenda"),
        "scope": format!("{base}/"),
        "display": "standalone",
        "background_color": "#ffffff",
        "theme_color": "#00507a",
        "icons": [{"src": "/static/icon.svg", "sizes": "any", "type": "image/svg+xml", "purpose": "any"}],
    })
    .to_string();
    let etag = super::etag_of(body.as_bytes());
    Ok(with_etag(
        &headers,
        Bytes::from(body),
        &etag,
        "application/manifest+json",
        "public, max-age=3600",
    ))
}

/// The service worker of an edition's agenda: on install it keeps the
/// agenda pages of the current version; pages are fetched from the network
/// first (and kept), from the cache when offline. A new published version
/// changes this script, which makes browsers install the new one.
pub async fn service_worker(
    ctx: Ctx,
    State(state): State<AppState>,
    headers: HeaderMap,
    Path((_, year)): Path<(String, i64)>,
) -> AppResult<Response> {
    let ed = edition(&state, year).await?;
    let version = published(&state, &ed)
        .await?
        .map(|p| p.schedule.version)
        .unwrap_or(0);
    let base = format!("/{}/forum/{}", ctx.lang.code(), ed.year);
    let core = [
        format!("{base}/agenda/all"),
        format!("{base}/agenda"),
        format!("{base}/agenda/grid"),
        format!("{base}/speakers"),
        format!("{base}/my-agenda"),
        format!("{base}/changes"),
        format!("/static/style.css?v={}", crate::pages::style_version()),
        format!("/static/forum.js?v={}", *SCRIPT_VERSION),
    ];
    let body = format!(
        "const CACHE = {cache};\nconst CORE = {core};\nconst FALLBACK = {fallback};\n{SW_BODY}",
        cache = serde_json::to_string(&format!("wsis-forum-{}-{year}-v{version}", ctx.lang.code()))
            .unwrap_or_default(),
        core = serde_json::to_string(&core).unwrap_or_default(),
        fallback = serde_json::to_string(&format!("{base}/agenda/all")).unwrap_or_default(),
    );
    let etag = super::etag_of(body.as_bytes());
    let mut res = with_etag(
        &headers,
        Bytes::from(body),
        &etag,
        "text/javascript; charset=utf-8",
        "no-cache",
    );
    res.headers_mut().insert(
        "service-worker-allowed",
        HeaderValue::from_str(&format!("{base}/")).unwrap_or(HeaderValue::from_static("/")),
    );
    Ok(res)
}

const SW_BODY: &str = r#"
self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((c) => c.addAll(CORE)).then(() => self.skipWaiting()));
});
self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys().then((keys) => Promise.all(
    keys.filter((k) => k.startsWith('wsis-forum-') && k !== CACHE).map((k) => caches.delete(k))
  )).then(() => self.clients.claim()));
});
self.addEventListener('fetch', (event) => {
  const req = event.request;
  if (req.method !== 'GET') return;
  const url = new URL(req.url);
  if (url.origin !== self.location.origin) return;
  event.respondWith(fetch(req).then((res) => {
    if (res.ok) {
      const copy = res.clone();
      caches.open(CACHE).then((c) => c.put(req, copy));
    }
    return res;
  }).catch(() => caches.match(req, { ignoreVary: true }).then((hit) =>
    hit || (req.mode === 'navigate' ? caches.match(FALLBACK, { ignoreVary: true }) : Response.error())
  )));
});
"#;

pub async fn day(
    ctx: Ctx,
    State(state): State<AppState>,
    headers: HeaderMap,
    Path((l, year)): Path<(String, i64)>,
    RawQuery(q): RawQuery,
) -> AppResult<Response> {
    let inner = |ctx: Ctx| {
        day_inner(
            ctx,
            State(state.clone()),
            headers.clone(),
            Path((l, year)),
            RawQuery(q),
        )
    };
    cached_page(&ctx, &state, &headers, year, inner).await
}

pub async fn grid(
    ctx: Ctx,
    State(state): State<AppState>,
    headers: HeaderMap,
    Path((l, year)): Path<(String, i64)>,
    RawQuery(q): RawQuery,
) -> AppResult<Response> {
    let inner = |ctx: Ctx| {
        grid_inner(
            ctx,
            State(state.clone()),
            headers.clone(),
            Path((l, year)),
            RawQuery(q),
        )
    };
    cached_page(&ctx, &state, &headers, year, inner).await
}

pub async fn all(
    ctx: Ctx,
    State(state): State<AppState>,
    headers: HeaderMap,
    Path((l, year)): Path<(String, i64)>,
    RawQuery(q): RawQuery,
) -> AppResult<Response> {
    let inner = |ctx: Ctx| {
        all_inner(
            ctx,
            State(state.clone()),
            headers.clone(),
            Path((l, year)),
            RawQuery(q),
        )
    };
    cached_page(&ctx, &state, &headers, year, inner).await
}

pub async fn speakers(
    ctx: Ctx,
    State(state): State<AppState>,
    headers: HeaderMap,
    Path((l, year)): Path<(String, i64)>,
    RawQuery(q): RawQuery,
) -> AppResult<Response> {
    let inner = |ctx: Ctx| {
        speakers_inner(
            ctx,
            State(state.clone()),
            headers.clone(),
            Path((l, year)),
            RawQuery(q),
        )
    };
    cached_page(&ctx, &state, &headers, year, inner).await
}

pub async fn changes(
    ctx: Ctx,
    State(state): State<AppState>,
    headers: HeaderMap,
    Path((l, year)): Path<(String, i64)>,
    RawQuery(q): RawQuery,
) -> AppResult<Response> {
    let inner = |ctx: Ctx| {
        changes_inner(
            ctx,
            State(state.clone()),
            headers.clone(),
            Path((l, year)),
            RawQuery(q),
        )
    };
    cached_page(&ctx, &state, &headers, year, inner).await
}

pub async fn room(
    ctx: Ctx,
    State(state): State<AppState>,
    headers: HeaderMap,
    Path((l, year, x)): Path<(String, i64, String)>,
    RawQuery(q): RawQuery,
) -> AppResult<Response> {
    let inner = |ctx: Ctx| {
        room_inner(
            ctx,
            State(state.clone()),
            headers.clone(),
            Path((l, year, x)),
            RawQuery(q),
        )
    };
    cached_page(&ctx, &state, &headers, year, inner).await
}

pub async fn session(
    ctx: Ctx,
    State(state): State<AppState>,
    headers: HeaderMap,
    Path((l, year, x)): Path<(String, i64, i64)>,
    RawQuery(q): RawQuery,
) -> AppResult<Response> {
    let inner = |ctx: Ctx| {
        session_inner(
            ctx,
            State(state.clone()),
            headers.clone(),
            Path((l, year, x)),
            RawQuery(q),
        )
    };
    cached_page(&ctx, &state, &headers, year, inner).await
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
