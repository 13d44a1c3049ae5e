//! The change log: every published version with its changes.

use super::*;

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

pub async fn changes(
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
    let versions = fdb::versions(&state.app, a.edition_id)
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
