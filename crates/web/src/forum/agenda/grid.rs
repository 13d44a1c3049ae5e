//! The agenda of one day as a grid of rooms and half-hours.

use super::*;

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
    rooms: Vec<(String, String, String)>,
    rows: Vec<GridRow>,
    list_href: String,
}

const SLOT: i64 = 30 * 60;

pub async fn grid(
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
    let (day, first, sessions) = a.chosen_day();
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
                .map(|r| {
                    (
                        r.name.clone(),
                        a.room_href(&r.code),
                        super::super::lang_attrs(a.lang, r.lang, false),
                    )
                })
                .collect(),
            rows,
            list_href: format!("{}/agenda{}", a.base, a.filters.query(Some(&day))),
            page,
        },
    )
}
