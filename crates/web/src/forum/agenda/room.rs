//! The agenda of one room.

use super::*;

#[derive(Template)]
#[template(path = "forum/room.html")]
struct RoomPage {
    page: Page,
    frame: AgendaFrame,
    facts: Vec<String>,
    days: Vec<DayBlock>,
    ics: String,
    title_attrs: String,
}

pub async fn room(
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
            ics: format!(
                "/api/v1/forums/{year}/rooms/{}/schedule.ics?lang={}",
                room.code,
                ctx.lang.code()
            ),
            title_attrs: super::super::lang_attrs(ctx.lang, room.lang, false),
            page,
        },
    )
}
