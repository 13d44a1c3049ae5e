//! The agenda of one day (the default agenda page).

use super::*;

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

pub async fn day(
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
