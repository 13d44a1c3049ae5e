//! A session's page.

use super::*;

pub struct SpeakerLine {
    pub name: String,
    pub organisation: String,
    pub role: String,
    /// The speaker's own biography (empty: none).
    pub bio: String,
    /// Their photo's thumbnail address (empty: none).
    pub photo: String,
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
    abstract_attrs: String,
    organisers: Vec<String>,
    speakers: Vec<SpeakerLine>,
    lines: Vec<(String, String)>,
    goals: Vec<(String, String)>,
    languages: String,
    remote_url: Option<String>,
    documents: Vec<(String, String)>,
    ics: String,
    /// The approved outcome, and the address of its page.
    outcome: Option<(crate::forum::outcomes::OutcomeView, String)>,
    toggle: String,
    back: String,
    /// Live captions and the transcript (machine captioning).
    captions: Option<crate::forum::captions::SessionCaptions>,
}

pub async fn session(
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
                        "\u{2066}{}–{}\u{2069}",
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
            bio: p.bio.clone(),
            photo: p.photo.clone(),
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
    let captions = crate::forum::captions::for_session_page(&state, &ctx, year, number).await?;
    let mut page = Page::new(&ctx, "forum-agenda-title", "forum");
    page.title = s.title.clone();
    etag_page(
        &headers,
        &SessionPage {
            frame: a.frame(None, "/agenda"),
            card: a.card(s),
            // The day and the times, joined as the language joins them.
            date: I18N.tr_args(
                lang,
                "date-and-time",
                &[
                    ("date", Arg::from(a.date(s.starts_at).as_str())),
                    ("time", Arg::from(a.card(s).time.as_str())),
                ],
            ),
            venue_time,
            abstract_html: to_safe_html(&s.abstract_md),
            abstract_attrs: super::super::lang_attrs(ctx.lang, s.abstract_lang, false),
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
            ics: format!(
                "/api/v1/forums/{year}/schedule.ics?sessions={}&lang={}",
                s.number,
                lang.code()
            ),
            outcome: a.p.outcome(s.id).map(|o| {
                (
                    crate::forum::outcomes::outcome_view(lang, &o.data, &o.photos),
                    format!("{}/outcomes/{}", a.base, s.number),
                )
            }),
            captions,
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
