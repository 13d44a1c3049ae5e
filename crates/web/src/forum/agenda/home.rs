//! The editions, an edition's home page and its site pages.

use super::*;
use wsis_domain::forum::site::PARTNER_TIERS;
use wsis_domain::forum::translations::{Field, Kind};

/// A text given per language (code → text) as read in `lang`: its own, else the
/// English, else any, with the language it is in.
fn in_lang(
    texts: &std::collections::BTreeMap<String, String>,
    lang: Language,
) -> (String, Option<Language>) {
    [lang.code(), "en"]
        .into_iter()
        .find_map(|c| texts.get(c).map(|t| (c, t)))
        .or_else(|| texts.iter().next().map(|(c, t)| (c.as_str(), t)))
        .map(|(c, t)| (t.clone(), Language::from_tag(c)))
        .unwrap_or_default()
}

#[derive(Template)]
#[template(path = "forum/index.html")]
struct IndexPage {
    page: Page,
    editions: Vec<(String, String, String, String)>,
}

pub async fn index(ctx: Ctx, State(state): State<AppState>) -> AppResult<Response> {
    let page = Page::new(&ctx, "forum-title", "forum");
    let editions = fdb::editions(&state.app)
        .await?
        .into_iter()
        .map(|e| {
            let (theme, theme_lang) = in_lang(&e.theme, ctx.lang);
            (
                page.href(&format!("/forum/{}", e.year)),
                I18N.tr_args(
                    ctx.lang,
                    "forum-edition-name",
                    &[("year", Arg::from(e.year.to_string().as_str()))],
                ),
                theme,
                super::super::lang_attrs(ctx.lang, theme_lang, false),
            )
        })
        .collect();
    render_plain(&IndexPage { page, editions })
}

/// A partner's name, address, and its name's `lang`/`dir` attributes.
type PartnerLink = (String, String, String);

pub struct PhaseView {
    pub title: String,
    pub title_attrs: String,
    pub when: String,
    pub current: bool,
}

#[derive(Template)]
#[template(path = "forum/edition.html")]
struct EditionPage {
    page: Page,
    theme: String,
    theme_attrs: String,
    dates: String,
    venue: String,
    venue_attrs: String,
    intro_html: String,
    intro_attrs: String,
    phases: Vec<PhaseView>,
    /// Tier name, then each partner's name, address and name's `lang`/`dir`.
    tiers: Vec<(String, Vec<PartnerLink>)>,
    base: String,
    published: bool,
    propose: bool,
    sessions: String,
    exports: Vec<(String, String)>,
    has_about: bool,
    has_news: bool,
}

fn date_of(s: &str) -> i64 {
    jiff::civil::Date::strptime("%Y-%m-%d", s)
        .ok()
        .and_then(|d| d.at(12, 0, 0, 0).to_zoned_datetime(TimeZone::UTC).ok())
        .map(|z| z.timestamp().as_second())
        .unwrap_or(0)
}

pub async fn edition_home(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((_, year)): Path<(String, i64)>,
) -> AppResult<Response> {
    let ed = edition(&state, year).await?;
    let p = published(&state, &ed).await?;
    let lang = ctx.lang;
    let home = fdb::home(&state.app, &ed, lang).await?;
    let mut page = Page::new(&ctx, "forum-title", "forum");
    page.title = I18N.tr_args(
        lang,
        "forum-edition-name",
        &[("year", Arg::from(year.to_string().as_str()))],
    );
    let intro = home.intro;
    let today = jiff::Timestamp::now().strftime("%Y-%m-%d").to_string();
    let spans: Vec<(&str, Option<&str>)> = home
        .phases
        .iter()
        .map(|ph| (ph.starts_on.as_str(), ph.ends_on.as_deref()))
        .collect();
    let current = wsis_domain::forum::site::current_phases(&spans, &ed.ends_on, &today);
    let phases = home
        .phases
        .iter()
        .zip(current)
        .map(|(ph, current)| {
            let (title, title_lang) = in_lang(&ph.title, lang);
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
            PhaseView {
                title,
                title_attrs: super::super::lang_attrs(lang, title_lang, false),
                when,
                current,
            }
        })
        .collect();
    let partners = home.partners;
    let tiers = PARTNER_TIERS
        .iter()
        .map(|t| {
            (
                I18N.tr(lang, &format!("forum-partner-tier-{t}")),
                partners
                    .iter()
                    .filter(|p| p.tier == *t)
                    .map(|p| {
                        let (name, l) = home.translations.shown(
                            Kind::Partner,
                            p.id,
                            Field::Name,
                            lang,
                            &p.name,
                            home.names_lang,
                        );
                        (
                            name.to_owned(),
                            p.url.clone(),
                            super::super::lang_attrs(lang, Some(l), false),
                        )
                    })
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
    let (theme, theme_lang) = in_lang(&ed.theme, lang);
    let (venue, venue_lang) = home.translations.shown(
        Kind::Edition,
        0,
        Field::Venue,
        lang,
        &ed.venue,
        home.names_lang,
    );
    render_plain(&EditionPage {
        theme,
        theme_attrs: super::super::lang_attrs(lang, theme_lang, false),
        dates,
        venue: venue.to_owned(),
        venue_attrs: super::super::lang_attrs(lang, Some(venue_lang), false),
        intro_attrs: super::super::lang_attrs(
            lang,
            intro.as_ref().and_then(|p| Language::from_tag(&p.lang)),
            false,
        ),
        intro_html: intro.map(|p| to_safe_html(&p.body)).unwrap_or_default(),
        has_about: home.slugs.iter().any(|s| s == "about"),
        has_news: home.slugs.iter().any(|s| s == "news"),
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
    text_attrs: String,
    back: String,
}

pub async fn site_page(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((_, year, slug)): Path<(String, i64, String)>,
) -> AppResult<Response> {
    let ed = edition(&state, year).await?;
    let sp = fdb::site_page(&state.app, &ed, &slug, ctx.lang).await?;
    let mut page = Page::new(&ctx, "forum-title", "forum");
    page.title = sp.title.clone();
    render_plain(&SitePageView {
        back: page.href(&format!("/forum/{year}")),
        page,
        body_html: to_safe_html(&sp.body),
        text_attrs: super::super::lang_attrs(ctx.lang, Language::from_tag(&sp.lang), false),
    })
}
