//! The schedule editor as a grid (issue 11, item 3): for one day, rooms across and
//! half-hours down, each placed session in its cells with its conflicts, the
//! unplaced sessions beside it (filtered by type and text). A session is chosen
//! ("Choose" or "Move", links), then placed with the button of a free cell: the
//! keyboard's and the no-JavaScript way; with a mouse, sessions are dragged onto a
//! cell (`static/schedule-grid.js`), which sends the same form. Placements go through
//! the list editor's checks (conflicts shown before saving); the last moves are undone
//! one by one.

use crate::I18N;
use crate::csrf::CsrfForm;
use crate::ctx::{Secretariat, WithRole};
use crate::error::AppResult;
use crate::pages::{Page, render};
use crate::state::AppState;
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use wsis_app::forum::schedule::{self as sched, dates, edition, local_to_utc, venue_tz};
use wsis_domain::forum::parse_clock;
use wsis_i18n::{Arg, format_date, format_time};

/// The grid's step, in seconds.
const STEP: i64 = 30 * 60;

/// Lengths offered for a placement, in minutes.
const LENGTHS: [i64; 6] = [30, 45, 60, 90, 120, 180];

#[derive(Debug, Default, serde::Deserialize)]
pub struct GridQuery {
    #[serde(default)]
    pub day: String,
    #[serde(default)]
    pub session: Option<i64>,
    #[serde(default)]
    pub len: Option<i64>,
    #[serde(default, rename = "type")]
    pub type_code: String,
    #[serde(default)]
    pub q: String,
}

pub struct Card {
    pub id: i64,
    pub number: i64,
    pub title: String,
    pub time: String,
    pub version: i64,
    pub len: i64,
    pub conflicts: Vec<String>,
    pub move_href: String,
    pub chosen: bool,
}

pub enum Cell {
    /// A block of sessions starting here, over `rows` rows.
    Block { rows: usize, cards: Vec<Card> },
    /// Covered by a block above.
    Covered,
    /// Free: (room id, local start "HH:MM", end "HH:MM", the place button's label).
    Free {
        room: i64,
        start: String,
        end: String,
        label: String,
    },
    /// The room is closed then.
    Closed,
}

pub struct Row {
    pub time: String,
    pub cells: Vec<Cell>,
}

pub struct Chosen {
    pub id: i64,
    pub version: i64,
    pub title: String,
    pub current: String,
    pub placed: bool,
    pub lengths: Vec<(i64, bool)>,
}

#[derive(Template)]
#[template(path = "forum/schedule_grid.html")]
struct GridPage {
    page: Page,
    base: String,
    grid_base: String,
    day: String,
    tabs: Vec<(String, String, bool)>,
    rooms: Vec<String>,
    rows: Vec<Row>,
    unplaced: Vec<Card>,
    unplaced_heading: String,
    types: Vec<(String, String, bool)>,
    q: String,
    chosen: Option<Chosen>,
    cancel_href: String,
    list_href: String,
    script: String,
}

fn hm(t: i64, tz: &jiff::tz::TimeZone) -> String {
    jiff::Timestamp::from_second(t)
        .map(|ts| {
            ts.to_zoned_datetime(tz.clone())
                .strftime("%H:%M")
                .to_string()
        })
        .unwrap_or_default()
}

fn local_date(t: i64, tz: &jiff::tz::TimeZone) -> String {
    jiff::Timestamp::from_second(t)
        .map(|ts| {
            ts.to_zoned_datetime(tz.clone())
                .strftime("%Y-%m-%d")
                .to_string()
        })
        .unwrap_or_default()
}

pub async fn grid(
    WithRole(ctx, _, _): WithRole<Secretariat>,
    State(state): State<AppState>,
    Path((_, year)): Path<(String, i64)>,
    Query(query): Query<GridQuery>,
) -> AppResult<Response> {
    let lang = ctx.lang;
    let t = |k: &str| I18N.tr(lang, k);
    let ed = edition(&state.app, year).await?;
    let tz = venue_tz(&ed);
    let sched::Working {
        rooms,
        sessions,
        conflicts,
        ..
    } = sched::working(&state.app, &ed).await?;
    let types = wsis_app::forum::proposals::session_types(&state.app).await?;
    let all_dates = dates(&ed);
    let day = if all_dates.contains(&query.day) {
        query.day.clone()
    } else {
        all_dates.first().cloned().unwrap_or_default()
    };
    let base = format!("/{}/forum/{year}/manage/schedule", lang.code());
    let grid_base = format!("{base}/grid");
    let conflict_text = |id: i64| -> Vec<String> {
        conflicts
            .iter()
            .filter(|c| c.sessions().contains(&id))
            .map(|c| t(c.key()))
            .collect()
    };
    let chosen_row = query
        .session
        .and_then(|id| sessions.iter().find(|s| s.id == id));
    let len_of = |s: &wsis_app::forum::schedule::SessionRow| match (s.starts_at, s.ends_at) {
        (Some(a), Some(b)) if b > a => (b - a) / 60,
        _ => 90,
    };
    let card = |s: &wsis_app::forum::schedule::SessionRow| Card {
        id: s.id,
        number: s.number.unwrap_or(0),
        title: s.data.title.clone(),
        time: match (s.starts_at, s.ends_at) {
            // An isolate keeps the range in order in right-to-left pages.
            (Some(a), Some(b)) => format!("\u{2066}{}–{}\u{2069}", hm(a, &tz), hm(b, &tz)),
            _ => String::new(),
        },
        version: s.version,
        len: len_of(s),
        conflicts: conflict_text(s.id),
        move_href: format!("{grid_base}?day={day}&session={}", s.id),
        chosen: chosen_row.is_some_and(|c| c.id == s.id),
    };
    // The day's rows: from the earliest opening to the latest closing of the rooms.
    let opens = rooms
        .iter()
        .filter_map(|r| parse_clock(&r.opens).ok())
        .min()
        .unwrap_or(9 * 60);
    let closes = rooms
        .iter()
        .filter_map(|r| parse_clock(&r.closes).ok())
        .max()
        .unwrap_or(18 * 60)
        .max(opens + 30);
    let clock = |m: u32| format!("{:02}:{:02}", m / 60, m % 60);
    let day_start = local_to_utc(&tz, &day, &clock(opens)).unwrap_or(0);
    let n_rows = (((closes - opens) as i64 * 60) + STEP - 1) / STEP;
    let n_rows = n_rows.clamp(1, 48) as usize;
    let len = query
        .len
        .filter(|l| LENGTHS.contains(l))
        .or(chosen_row.map(len_of))
        .unwrap_or(90);
    let mut grid: Vec<Vec<Cell>> = (0..n_rows)
        .map(|_| rooms.iter().map(|_| Cell::Closed).collect())
        .collect();
    for (c, room) in rooms.iter().enumerate() {
        // The room's sessions of the day, in order, merged where they overlap.
        let mut placed: Vec<&wsis_app::forum::schedule::SessionRow> = sessions
            .iter()
            .filter(|s| s.room_id == Some(room.id))
            .filter(|s| s.starts_at.is_some_and(|a| local_date(a, &tz) == day))
            .collect();
        placed.sort_by_key(|s| s.starts_at);
        let mut blocks: Vec<(usize, usize, Vec<Card>)> = Vec::new();
        for s in placed {
            let (a, b) = (s.starts_at.unwrap_or(0), s.ends_at.unwrap_or(0));
            let first = ((a - day_start).max(0) / STEP) as usize;
            let last = ((((b - day_start).max(0)) + STEP - 1) / STEP) as usize;
            let (first, last) = (first.min(n_rows - 1), last.clamp(first + 1, n_rows));
            match blocks.last_mut() {
                Some(bl) if first < bl.1 => {
                    bl.1 = bl.1.max(last);
                    bl.2.push(card(s));
                }
                _ => blocks.push((first, last, vec![card(s)])),
            }
        }
        let (ro, rc) = (
            parse_clock(&room.opens).unwrap_or(opens),
            parse_clock(&room.closes).unwrap_or(closes),
        );
        for (r, row) in grid.iter_mut().enumerate() {
            let m = opens + (r as u32) * 30;
            row[c] = if m >= ro && m + 30 <= rc {
                let end = (m as i64 + len).min(24 * 60) as u32;
                Cell::Free {
                    room: room.id,
                    start: clock(m),
                    end: clock(end),
                    label: I18N.tr_args(
                        lang,
                        "forum-grid-place-here",
                        &[
                            ("room", Arg::from(room.name.as_str())),
                            ("time", Arg::from(clock(m).as_str())),
                        ],
                    ),
                }
            } else {
                Cell::Closed
            };
        }
        for (first, last, cards) in blocks {
            grid[first][c] = Cell::Block {
                rows: last - first,
                cards,
            };
            for row in grid.iter_mut().take(last).skip(first + 1) {
                row[c] = Cell::Covered;
            }
        }
    }
    let rows = grid
        .into_iter()
        .enumerate()
        .map(|(r, cells)| Row {
            time: clock(opens + (r as u32) * 30),
            cells,
        })
        .collect();
    let needle = query.q.trim().to_lowercase();
    let unplaced: Vec<Card> = sessions
        .iter()
        .filter(|s| s.starts_at.is_none())
        .filter(|s| query.type_code.is_empty() || s.data.type_code == query.type_code)
        .filter(|s| {
            needle.is_empty()
                || s.data.title.to_lowercase().contains(&needle)
                || s.number.is_some_and(|n| n.to_string() == needle)
        })
        .map(card)
        .collect();
    let unplaced_heading = I18N.tr_args(
        lang,
        "forum-schedule-unplaced-count",
        &[("count", Arg::Num(unplaced.len() as i64))],
    );
    let tabs = all_dates
        .iter()
        .map(|d| {
            let noon = local_to_utc(&tz, d, "12:00").unwrap_or(0);
            (
                format!("{grid_base}?day={d}"),
                format_date(lang, noon, &tz),
                *d == day,
            )
        })
        .collect();
    let chosen = chosen_row.map(|s| Chosen {
        id: s.id,
        version: s.version,
        title: format!("{} {}", s.number.unwrap_or(0), s.data.title),
        current: match (s.starts_at, s.ends_at) {
            (Some(a), Some(b)) => format!(
                "{} \u{2066}{}–{}\u{2069}",
                format_date(lang, a, &tz),
                format_time(lang, a, &tz),
                format_time(lang, b, &tz)
            ),
            _ => t("forum-schedule-unplaced"),
        },
        placed: s.starts_at.is_some(),
        lengths: LENGTHS.iter().map(|l| (*l, *l == len)).collect(),
    });
    let mut page = Page::new(&ctx, "forum-schedule-title", "forum");
    page.title = I18N.tr_args(
        lang,
        "forum-schedule-grid-of",
        &[("year", Arg::from(year.to_string().as_str()))],
    );
    render(&GridPage {
        types: super::proposals::type_choices(&types, lang)
            .into_iter()
            .map(|(c, n)| {
                let on = c == query.type_code;
                (c, n, on)
            })
            .collect(),
        q: query.q.chars().take(100).collect(),
        rooms: rooms.iter().map(|r| r.name.clone()).collect(),
        rows,
        unplaced,
        unplaced_heading,
        chosen,
        cancel_href: format!("{grid_base}?day={day}"),
        list_href: format!("{base}?day={day}"),
        script: crate::pages::grid_script(),
        tabs,
        day,
        base,
        grid_base,
        page,
    })
}

/// Undoes the reader's last move on the schedule, back to the grid's day.
pub async fn undo(
    WithRole(ctx, user, _): WithRole<Secretariat>,
    State(state): State<AppState>,
    Path((_, year)): Path<(String, i64)>,
    CsrfForm(pairs): CsrfForm<Vec<(String, String)>>,
) -> AppResult<Response> {
    let ed = edition(&state.app, year).await?;
    let day = pairs
        .iter()
        .find(|(k, _)| k == "day")
        .map(|(_, v)| v.clone())
        .filter(|d| dates(&ed).contains(d))
        .unwrap_or_default();
    let notice = match sched::undo_last(&state.app, &ed, user.id).await? {
        sched::Undo::Done(_) => "forum-grid-undone",
        sched::Undo::Nothing => "forum-grid-nothing-to-undo",
        sched::Undo::Stale => "forum-grid-undo-stale",
        sched::Undo::Blocked => "forum-grid-undo-blocked",
    };
    Ok(Redirect::to(&format!(
        "/{}/forum/{year}/manage/schedule/grid?day={day}&notice={notice}",
        ctx.lang.code()
    ))
    .into_response())
}
