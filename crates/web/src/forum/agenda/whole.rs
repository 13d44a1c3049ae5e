//! The whole agenda on one page (every day, printable).

use super::*;

#[derive(Template)]
#[template(path = "forum/all.html")]
struct AllPage {
    page: Page,
    frame: AgendaFrame,
    days: Vec<DayBlock>,
}

/// The whole agenda on one page: what the offline app keeps.
pub async fn all(
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
