//! Public forum pages: the editions, an edition's home and site pages, and
//! the agenda of its latest published schedule by day, by room and as a
//! grid, with session pages, the speaker directory, the change log, "my
//! agenda" and the offline app.

mod cached;
mod changes;
mod day;
mod filters;
mod grid;
mod home;
mod mine;
mod offline;
mod room;
mod session;
mod speakers;
mod whole;

pub use cached::{YearPath, cached};
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
use wsis_domain::forum::schedule::{Change, Schedule, Session};
use wsis_domain::taxonomy::{action_lines, sdg};
use wsis_domain::{AccountId, SessionId};
use wsis_i18n::{Arg, format_date, format_time};

// ------------------------------------------------------------- view models

use filters::{ACCESS, Filters};

/// A session in a list.
pub struct Card {
    pub number: i64,
    pub href: String,
    pub title: String,
    /// The title's `lang`/`dir` attributes ([`super::lang_attrs`]).
    pub title_attrs: String,
    pub type_name: String,
    pub time: String,
    pub room: String,
    /// The room name's `lang`/`dir` attributes.
    pub room_attrs: String,
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
    /// The printable programme: (label, address) of the whole edition's PDF, then of
    /// each day's (days at the venue).
    pub programme: Vec<(String, String)>,
}

/// Everything a page of the agenda needs, loaded once per request.
struct Agenda {
    edition_id: i64,
    p: Arc<Published>,
    /// The schedule as read in the page's language.
    sched: Arc<Schedule>,
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

fn cookie_picks(headers: &HeaderMap, year: i64, secure: bool) -> Vec<i64> {
    read_cookie(headers, &picks_cookie(year), secure)
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
            let ids = fdb::picks(&state.app, AccountId::new(u.id), p.edition_id).await?;
            p.schedule
                .sessions
                .iter()
                .filter(|s| ids.contains(&s.id))
                .map(|s| s.number)
                .collect()
        }
        None => cookie_picks(headers, year, state.config.secure_cookies()),
    };
    Ok(Ok(Agenda {
        base: format!("/{}/forum/{year}", ctx.lang.code()),
        here: format!("/{}{}", ctx.lang.code(), ctx.rest),
        edition_id: p.edition_id,
        sched: p.schedule_in(ctx.lang),
        p,
        tz,
        filters,
        picks,
        lang: ctx.lang,
    }))
}

impl Agenda {
    fn schedule(&self) -> &Schedule {
        &self.sched
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
    /// The day the filters name (else the first), when it starts, and its sessions that
    /// the filters keep: what the day list and the grid show.
    fn chosen_day(&self) -> (String, i64, Vec<&Session>) {
        let days = self.days();
        let (day, first) = self
            .filters
            .day
            .as_ref()
            .and_then(|d| days.iter().find(|x| &x.0 == d))
            .or(days.first())
            .cloned()
            .unwrap_or_default();
        let sessions = self
            .schedule()
            .sessions
            .iter()
            .filter(|s| {
                self.local_date(s.starts_at) == day && self.filters.matches(s, self.schedule())
            })
            .collect();
        (day, first, sessions)
    }

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
            title_attrs: super::lang_attrs(self.lang, s.lang, true),
            type_name: self.p.type_name(&s.type_code, self.lang),
            // An isolate keeps the range in order in right-to-left pages ("09:00–10:30",
            // not "10:30–09:00").
            time: format!(
                "\u{2066}{}–{}\u{2069}",
                self.time(s.starts_at),
                self.time(s.ends_at)
            ),
            room: room.map(|r| r.name.clone()).unwrap_or_default(),
            room_attrs: super::lang_attrs(self.lang, room.and_then(|r| r.lang), false),
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
            programme: std::iter::once((
                I18N.tr(self.lang, "programme-pdf"),
                format!("{}/programme.pdf", self.base),
            ))
            .chain(
                wsis_app::forum::programme::days(self.schedule())
                    .into_iter()
                    .map(|d| {
                        let day = wsis_i18n::format_local_date(self.lang, &d);
                        (
                            I18N.tr_args(
                                self.lang,
                                "programme-day-pdf",
                                &[("day", Arg::from(day.as_str()))],
                            ),
                            format!("{}/programme/{d}.pdf", self.base),
                        )
                    }),
            )
            .collect(),
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
