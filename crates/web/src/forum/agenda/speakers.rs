//! The speaker directory.

use super::*;

pub struct SpeakerEntry {
    pub name: String,
    pub organisation: String,
    /// Title, address, role, and the title's `lang`/`dir`.
    pub sessions: Vec<(String, String, String, String)>,
}

#[derive(Template)]
#[template(path = "forum/speakers.html")]
struct SpeakersPage {
    page: Page,
    frame: AgendaFrame,
    speakers: Vec<SpeakerEntry>,
    count: String,
}

pub async fn speakers(
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
                super::super::lang_attrs(ctx.lang, s.lang, true),
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
