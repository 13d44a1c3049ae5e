//! The Photo Contest's pages (issue 14): the contests, a contest with its timeline and
//! winners, the gallery (paged, filtered by SDG, thumbnails in `srcset` loaded lazily),
//! a photo's page, the exhibition view for a screen on site; the entrant's page
//! (confirmation and up to five photos, a plain multipart form); the secretariat's
//! screening and management (dates, jurors, ranking, winners); the jury's scores; the
//! files; the gallery as JSON. The pages of `wsis_app::photos`.

use crate::I18N;
use crate::auth::same_token;
use crate::csrf::CsrfForm;
use crate::ctx::{Ctx, Secretariat, SignedIn, WithRole};
use crate::error::{AppError, AppResult};
use crate::forms::Field;
use crate::pages::account::{FormPage, FormView};
use crate::pages::{Page, render, render_with_status};
use crate::prizes::{principal, year_of};
use crate::state::AppState;
use askama::Template;
use axum::extract::{Multipart, Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use std::collections::BTreeMap;
use wsis_app::ServiceError;
use wsis_app::photos::{self as service, Contest, PhotoRow, SIZES};
use wsis_domain::FieldErrors;
use wsis_domain::Language;
use wsis_domain::photos::{MAX_PHOTOS, Phase, PhotoInput, SCORE_RANGE, status};
use wsis_i18n::Arg;

/// Largest photo upload request (the file and its description).
pub const MAX_REQUEST_BYTES: usize = service::MAX_PHOTO_BYTES + 64 * 1024;

fn base(year: i64) -> String {
    format!("/photo-contest/{year}")
}

fn contest_title(lang: Language, year: i64) -> String {
    I18N.tr_args(
        lang,
        "photo-contest-year",
        &[("year", Arg::from(year.to_string().as_str()))],
    )
}

fn phase_name(page: &Page, p: Phase) -> String {
    page.t(&format!("photo-phase-{}", p.key()))
}

fn sdg_label(lang: Language, g: u8) -> String {
    wsis_domain::taxonomy::sdg::goal(g)
        .map(|x| format!("{}. {}", x.number, x.short.get(lang)))
        .unwrap_or_default()
}

/// A photo as the pages show it: its sizes for `srcset`, its text marked with no
/// language of its own (entrants write in theirs; the page's `lang` is the interface's).
pub struct PhotoView {
    pub id: i64,
    pub href: String,
    pub title: String,
    pub caption: String,
    pub alt: String,
    pub place: String,
    pub taken_on: String,
    pub entrant: String,
    pub sdgs: String,
    /// The thumbnail (320 px) and its size.
    pub thumb: String,
    pub thumb_w: i64,
    pub thumb_h: i64,
    /// `URL 320w, URL 800w, URL 1600w`.
    pub srcset: String,
    /// The largest size and its dimensions.
    pub large: String,
    pub width: i64,
    pub height: i64,
    pub status: String,
    pub note: Option<String>,
    /// "First place" when awarded.
    pub award: Option<String>,
}

pub fn file_href(key: &str, size: u32) -> String {
    format!("/media/photos/{key}-{size}.jpg")
}

fn view(page: &Page, year: i64, p: &PhotoRow) -> PhotoView {
    let lang = page.lang;
    let (thumb_w, thumb_h) = service::size_of(p.width, p.height, SIZES[0]);
    PhotoView {
        id: p.id,
        href: page.href(&format!("{}/photos/{}", base(year), p.id)),
        title: p.title.clone(),
        caption: p.caption.clone(),
        alt: p.alt.clone(),
        place: p.place.clone(),
        taken_on: wsis_i18n::format_local_date(lang, &p.taken_on),
        entrant: p.entrant.clone(),
        sdgs: p
            .goals()
            .into_iter()
            .map(|g| sdg_label(lang, g))
            .collect::<Vec<_>>()
            .join(&page.t("list-separator")),
        thumb: file_href(&p.file_key, SIZES[0]),
        thumb_w,
        thumb_h,
        srcset: SIZES
            .iter()
            .map(|s| {
                let (w, _) = service::size_of(p.width, p.height, *s);
                format!("{} {w}w", file_href(&p.file_key, *s))
            })
            .collect::<Vec<_>>()
            .join(", "),
        large: file_href(&p.file_key, SIZES[SIZES.len() - 1]),
        width: p.width,
        height: p.height,
        status: page.t(&format!("photo-status-{}", p.status)),
        note: p.screen_note.clone(),
        award: None,
    }
}

fn place_name(page: &Page, place: usize) -> String {
    I18N.tr_args(
        page.lang,
        "photo-award-place",
        &[("place", Arg::Num(place as i64))],
    )
}

// ------------------------------------------------------------------- contests

/// The contest form's fields, as typed.
#[derive(Debug, Clone, Default, serde::Deserialize)]
pub struct ContestForm {
    #[serde(default)]
    pub year: String,
    #[serde(default)]
    pub theme_ar: String,
    #[serde(default)]
    pub theme_zh: String,
    #[serde(default)]
    pub theme_en: String,
    #[serde(default)]
    pub theme_fr: String,
    #[serde(default)]
    pub theme_ru: String,
    #[serde(default)]
    pub theme_es: String,
    #[serde(default)]
    pub submission_opens: String,
    #[serde(default)]
    pub submission_closes: String,
    #[serde(default)]
    pub announced_at: String,
    #[serde(default)]
    pub vote_opens: String,
    #[serde(default)]
    pub vote_closes: String,
}

impl ContestForm {
    fn of(c: &Contest) -> ContestForm {
        let t = |l: &str| c.theme.get(l).cloned().unwrap_or_default();
        ContestForm {
            year: c.year.to_string(),
            theme_ar: t("ar"),
            theme_zh: t("zh"),
            theme_en: t("en"),
            theme_fr: t("fr"),
            theme_ru: t("ru"),
            theme_es: t("es"),
            submission_opens: crate::prizes::manage::ymd(c.schedule.submission_opens),
            submission_closes: crate::prizes::manage::ymd(c.schedule.submission_closes),
            announced_at: crate::prizes::manage::ymd(c.schedule.announced_at),
            vote_opens: c
                .vote
                .map(|v| crate::prizes::manage::ymd(v.0))
                .unwrap_or_default(),
            vote_closes: c
                .vote
                .map(|v| crate::prizes::manage::ymd(v.1))
                .unwrap_or_default(),
        }
    }

    fn vote_dates(&self) -> [(&'static str, &'static str, &str); 2] {
        [
            ("vote_opens", "photo-field-vote-opens", &self.vote_opens),
            ("vote_closes", "photo-field-vote-closes", &self.vote_closes),
        ]
    }

    fn themes(&self) -> [(&'static str, Language, &str); 6] {
        [
            ("theme_en", Language::En, &self.theme_en),
            ("theme_fr", Language::Fr, &self.theme_fr),
            ("theme_es", Language::Es, &self.theme_es),
            ("theme_ru", Language::Ru, &self.theme_ru),
            ("theme_ar", Language::Ar, &self.theme_ar),
            ("theme_zh", Language::Zh, &self.theme_zh),
        ]
    }

    fn dates(&self) -> [(&'static str, &'static str, &str); 3] {
        [
            (
                "submission_opens",
                "photo-field-submission-opens",
                &self.submission_opens,
            ),
            (
                "submission_closes",
                "photo-field-submission-closes",
                &self.submission_closes,
            ),
            (
                "announced_at",
                "photo-field-announced-at",
                &self.announced_at,
            ),
        ]
    }
}

fn contest_form(
    page: &Page,
    action: &str,
    new: bool,
    values: &ContestForm,
    errors: Option<&FieldErrors>,
) -> FormView {
    let lang = page.lang;
    let mut fields = Vec::new();
    if new {
        fields.push(
            Field::new(lang, "year", "photo-field-year", "number")
                .required()
                .value(&values.year),
        );
    }
    for (name, l, v) in values.themes() {
        let mut f = Field::new(lang, name, "photo-field-theme", "text")
            .value(v)
            .in_language(l);
        if l == Language::En {
            f = f.required();
        }
        fields.push(f);
    }
    for (name, label, v) in values.dates() {
        fields.push(Field::new(lang, name, label, "date").required().value(v));
    }
    for (name, label, v) in values.vote_dates() {
        fields.push(
            Field::new(lang, name, label, "date")
                .value(v)
                .hint(lang, "photo-vote-window-hint"),
        );
    }
    let mut form = FormView::new(
        page,
        "contest",
        action,
        if new { "photo-create" } else { "photo-save" },
        fields,
    )
    .heading(
        page,
        if new {
            "photo-create-heading"
        } else {
            "photo-dates-heading"
        },
    );
    if let Some(e) = errors {
        form = form.errors(lang, e);
    }
    form
}

/// Saves the contest form (create or change).
async fn save(
    state: &AppState,
    who: wsis_domain::access::Principal<'_>,
    year: i64,
    f: &ContestForm,
) -> Result<(), ServiceError> {
    let theme: BTreeMap<String, String> = f
        .themes()
        .iter()
        .map(|(_, l, v)| (l.code().to_owned(), (*v).to_owned()))
        .collect();
    let dates = f
        .dates()
        .map(|(_, _, v)| crate::prizes::manage::parse_ymd(v));
    // A vote date typed but not a date is its field's error (empty: no public vote).
    let mut typed = FieldErrors::new();
    let vote = f.vote_dates().map(|(name, _, v)| {
        let d = crate::prizes::manage::parse_ymd(v);
        if d.is_none() && !v.trim().is_empty() {
            typed.add(name, "photo-vote-window-invalid");
        }
        d
    });
    if !typed.is_empty() {
        return Err(ServiceError::Fields(typed));
    }
    service::save_contest(&state.app, who, year, &theme, dates, vote).await
}

pub async fn index(ctx: Ctx, State(state): State<AppState>) -> AppResult<Response> {
    index_page(&ctx, &state, None).await
}

async fn index_page(
    ctx: &Ctx,
    state: &AppState,
    posted: Option<(&ContestForm, &FieldErrors)>,
) -> AppResult<Response> {
    let page = Page::new(ctx, "photo-contest-title", "prizes");
    let contests = service::contests(&state.app).await?;
    let mut out = FormPage::new(page.clone()).intro(page.t("photo-contest-intro"));
    if contests.is_empty() {
        out = out.intro(page.t("photo-no-contests"));
    }
    for c in &contests {
        let (theme, _) = c.theme_in(page.lang);
        out.links.push((
            page.href(&base(c.year)),
            format!(
                "{} — {theme} ({})",
                contest_title(page.lang, c.year),
                phase_name(&page, c.phase)
            ),
        ));
    }
    if page.can_secretariat {
        let empty = ContestForm::default();
        let (values, errors) = match posted {
            Some((f, e)) => (f, Some(e)),
            None => (&empty, None),
        };
        out = out.form(contest_form(&page, "/photo-contest", true, values, errors));
    }
    let status = if posted.is_some() {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    render_with_status(&out, status)
}

/// Creates a contest (the secretariat).
pub async fn create(
    WithRole(ctx, user, _): WithRole<Secretariat>,
    State(state): State<AppState>,
    CsrfForm(f): CsrfForm<ContestForm>,
) -> AppResult<Response> {
    let Ok(year) = f.year.trim().parse::<i64>() else {
        let mut e = FieldErrors::new();
        e.add("year", "photo-year-invalid");
        return index_page(&ctx, &state, Some((&f, &e))).await;
    };
    match save(&state, principal(&user), year, &f).await {
        Ok(()) => {
            Ok(Redirect::to(&format!("/{}{}/manage", ctx.lang.code(), base(year))).into_response())
        }
        Err(ServiceError::Fields(e)) => index_page(&ctx, &state, Some((&f, &e))).await,
        Err(e) => Err(e.into()),
    }
}

#[derive(Template)]
#[template(path = "photos/contest.html")]
struct ContestPage {
    page: Page,
    theme: String,
    theme_lang: &'static str,
    theme_dir: &'static str,
    phase: String,
    /// (phase, dates, current)
    phases: Vec<(String, String, bool)>,
    rules: Vec<String>,
    links: Vec<(String, String)>,
    winners: Vec<PhotoView>,
    /// The public vote: its dates and whether it is open now.
    vote: Option<(String, bool)>,
    /// The people's choice once announced, with its votes.
    peoples_choice: Option<(PhotoView, String)>,
}

pub async fn contest(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((_, year)): Path<(String, String)>,
) -> AppResult<Response> {
    let year = year_of(&year)?;
    let who = ctx.user.as_ref().map(principal);
    let (c, winners) = service::winners(&state.app, who, year).await?;
    let mut page = Page::new(&ctx, "photo-contest-title", "prizes");
    page.title = contest_title(page.lang, year);
    let (theme, theme_lang) = c.theme_in(page.lang);
    let b = base(year);
    let mut links = vec![(page.href(&format!("{b}/gallery")), page.t("photo-gallery"))];
    if c.phase == Phase::Submission {
        links.push((
            page.href(&format!("{b}/submit")),
            page.t("photo-submit-link"),
        ));
    } else if ctx.user.is_some() {
        links.push((page.href(&format!("{b}/submit")), page.t("photo-mine-link")));
    }
    if !winners.is_empty() {
        links.push((
            page.href(&format!("{b}/exhibition")),
            page.t("photo-exhibition"),
        ));
    }
    if let Some(u) = &ctx.user
        && service::jury(&state.app, principal(u), year).await.is_ok()
    {
        links.push((page.href(&format!("{b}/jury")), page.t("photo-jury-link")));
    }
    if page.can_secretariat {
        links.push((
            page.href(&format!("{b}/screening")),
            page.t("photo-screening-link"),
        ));
        links.push((
            page.href(&format!("{b}/manage")),
            page.t("photo-manage-link"),
        ));
    }
    let phases = c
        .schedule
        .timeline()
        .into_iter()
        .map(|(p, from, to)| {
            (
                phase_name(&page, p),
                crate::prizes::phase_dates(&page, from, to),
                p == c.phase,
            )
        })
        .collect();
    let winners = winners
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let mut v = view(&page, year, p);
            v.award = Some(place_name(&page, i + 1));
            v
        })
        .collect();
    let vote = c.vote.map(|(a, b)| {
        (
            I18N.tr_args(
                page.lang,
                "photo-vote-dates",
                &[(
                    "dates",
                    Arg::from(crate::prizes::phase_dates(&page, a, Some(b)).as_str()),
                )],
            ),
            c.vote_open,
        )
    });
    let peoples_choice = service::peoples_choice(&state.app, year)
        .await?
        .map(|(p, n)| {
            (
                view(&page, year, &p),
                I18N.tr_args(page.lang, "photo-votes-count", &[("count", Arg::Num(n))]),
            )
        });
    render(&ContestPage {
        vote,
        peoples_choice,
        theme: theme.to_owned(),
        theme_lang: theme_lang.code(),
        theme_dir: theme_lang.dir(),
        phase: I18N.tr_args(
            page.lang,
            "photo-phase-now",
            &[("phase", Arg::from(phase_name(&page, c.phase).as_str()))],
        ),
        phases,
        rules: [
            "photo-rule-who",
            "photo-rule-count",
            "photo-rule-files",
            "photo-rule-english",
            "photo-rule-award",
        ]
        .iter()
        .map(|k| page.t(k))
        .collect(),
        links,
        winners,
        page,
    })
}

// -------------------------------------------------------------------- gallery

#[derive(Debug, Default, serde::Deserialize)]
pub struct GalleryQuery {
    #[serde(default)]
    pub sdg: String,
    #[serde(default)]
    pub page: String,
}

impl GalleryQuery {
    /// The SDG filter and the page (a bad value is a 422 with the field, not a guess).
    pub fn parse(&self) -> AppResult<(Option<u8>, i64)> {
        let mut errors = FieldErrors::new();
        let sdg = match self.sdg.trim() {
            "" => None,
            s => match s.parse::<u8>() {
                Ok(g @ 1..=17) => Some(g),
                _ => {
                    errors.add("sdg", "photo-sdg-invalid");
                    None
                }
            },
        };
        let page = match self.page.trim() {
            "" => 1,
            p => match p.parse::<i64>() {
                Ok(n @ 1..=10_000) => n,
                _ => {
                    errors.add("page", "photo-page-invalid");
                    1
                }
            },
        };
        if errors.is_empty() {
            Ok((sdg, page))
        } else {
            Err(AppError::from(ServiceError::Fields(errors)))
        }
    }
}

/// The gallery's pages as anonymous visitors get them, rendered and compressed once per
/// node and kept [`PAGE_TTL`] (a change made on this node drops them at once; one made on
/// another node shows here within that time). At most [`MAX_PAGES`] are kept: the keys
/// are the parsed filter and page, not the raw query.
#[derive(Default)]
pub struct PhotoPages {
    /// One render at a time: when a page expires under load, one request renders it and
    /// the others wait for it (without this, every request in flight rendered and
    /// compressed it again: a fifth of the CPU at 64 connections).
    rendering: tokio::sync::Mutex<()>,
    map: std::sync::Mutex<
        std::collections::HashMap<
            String,
            (std::time::Instant, std::sync::Arc<crate::forum::CachedPage>),
        >,
    >,
    /// Each kept page's address as browsers ask for it (`/en/photo-contest/2019/gallery`)
    /// → its key: the front door ([`front_door`]) answers these without the page stack.
    urls: std::sync::Mutex<std::collections::HashMap<String, String>>,
}

const PAGE_TTL: std::time::Duration = std::time::Duration::from_secs(5);
const MAX_PAGES: usize = 256;

impl PhotoPages {
    fn get(&self, key: &str) -> Option<std::sync::Arc<crate::forum::CachedPage>> {
        let map = self.map.lock().unwrap_or_else(|e| e.into_inner());
        map.get(key)
            .filter(|(at, _)| at.elapsed() < PAGE_TTL)
            .map(|(_, p)| p.clone())
    }

    fn keep(
        &self,
        key: String,
        page: crate::forum::CachedPage,
    ) -> std::sync::Arc<crate::forum::CachedPage> {
        let page = std::sync::Arc::new(page);
        let mut map = self.map.lock().unwrap_or_else(|e| e.into_inner());
        if map.len() >= MAX_PAGES {
            map.retain(|_, (at, _)| at.elapsed() < PAGE_TTL);
            if map.len() >= MAX_PAGES {
                map.clear();
            }
        }
        map.insert(key, (std::time::Instant::now(), page.clone()));
        page
    }

    /// Notes that `url` is the address of the page kept under `key`.
    fn address(&self, url: String, key: String) {
        let mut urls = self.urls.lock().unwrap_or_else(|e| e.into_inner());
        if urls.len() >= MAX_PAGES {
            urls.clear();
        }
        urls.insert(url, key);
    }

    /// The page kept for the address `url`, while fresh.
    fn at(&self, url: &str) -> Option<std::sync::Arc<crate::forum::CachedPage>> {
        let key = self
            .urls
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .get(url)
            .cloned()?;
        self.get(&key)
    }

    /// Drops every kept page (after a change on this node).
    pub fn clear(&self) {
        self.map.lock().unwrap_or_else(|e| e.into_inner()).clear();
        self.urls.lock().unwrap_or_else(|e| e.into_inner()).clear();
    }
}

/// The pages' front door: a `GET` without a session cookie for the exact address of a
/// kept anonymous page (the gallery's pages) is answered from [`PhotoPages`] before
/// the page stack (no CSRF cookie is made for it: those pages have no form that posts; no
/// session lookup, no routing of the page's parameters). Anything else goes on.
pub async fn front_door(
    State(state): State<AppState>,
    req: axum::extract::Request,
    next: axum::middleware::Next,
) -> Response {
    if req.method() == axum::http::Method::GET
        && crate::auth::read_cookie(
            req.headers(),
            crate::auth::SESSION_COOKIE,
            state.config.secure_cookies(),
        )
        .is_none()
        && let Some(url) = req.uri().path_and_query()
        && let Some(p) = state.photo_pages.at(url.as_str())
    {
        return p.response(req.headers());
    }
    next.run(req).await
}

/// Serves an anonymous visitor's page from [`PhotoPages`] under `key`, rendering it
/// with `rest` (the page's canonical path) on a miss; signed-in visitors get theirs
/// rendered.
async fn anonymous_page<F, Fut>(
    ctx: &Ctx,
    state: &AppState,
    headers: &HeaderMap,
    key: String,
    rest: String,
    render_page: F,
) -> AppResult<Response>
where
    F: FnOnce(Ctx) -> Fut,
    Fut: std::future::Future<Output = AppResult<Response>>,
{
    if ctx.user.is_some() {
        return render_page(ctx.clone()).await;
    }
    let key = format!("{}|{key}", ctx.lang.code());
    if let Some(p) = state.photo_pages.get(&key) {
        return Ok(p.response(headers));
    }
    let _one = state.photo_pages.rendering.lock().await;
    if let Some(p) = state.photo_pages.get(&key) {
        return Ok(p.response(headers));
    }
    let url = format!("/{}{rest}", ctx.lang.code());
    let anonymous = Ctx {
        csrf: String::new(),
        rest,
        ..ctx.clone()
    };
    let res = render_page(anonymous).await?;
    if res.status() != StatusCode::OK {
        return Ok(res);
    }
    let bytes = axum::body::to_bytes(res.into_body(), 4 * 1024 * 1024)
        .await
        .map_err(|e| AppError::Internal(format!("page body: {e}")))?;
    let page = tokio::task::spawn_blocking(move || crate::forum::CachedPage::new(bytes))
        .await
        .map_err(|e| AppError::Internal(format!("page compression: {e}")))?;
    state.photo_pages.address(url, key.clone());
    Ok(state.photo_pages.keep(key, page).response(headers))
}

#[derive(Template)]
#[template(path = "photos/gallery.html")]
struct GalleryPage {
    page: Page,
    action: String,
    /// (value, label, selected)
    sdgs: Vec<(String, String, bool)>,
    count: String,
    photos: Vec<PhotoView>,
    prev: Option<String>,
    next: Option<String>,
    back: String,
}

pub async fn gallery(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((_, year)): Path<(String, String)>,
    Query(q): Query<GalleryQuery>,
    headers: HeaderMap,
) -> AppResult<Response> {
    let year = year_of(&year)?;
    let (sdg, n) = q.parse()?;
    let mut rest = format!("{}/gallery", base(year));
    match sdg {
        Some(g) => rest.push_str(&format!("?sdg={g}&page={n}")),
        None if n > 1 => rest.push_str(&format!("?page={n}")),
        None => {}
    }
    let key = format!("gallery|{year}|{sdg:?}|{n}");
    anonymous_page(&ctx, &state, &headers, key, rest, |ctx| {
        gallery_page(ctx, state.clone(), year, sdg, n)
    })
    .await
}

async fn gallery_page(
    ctx: Ctx,
    state: AppState,
    year: i64,
    sdg: Option<u8>,
    n: i64,
) -> AppResult<Response> {
    let (_, rows, total) = service::gallery(&state.app, year, sdg, n).await?;
    let mut page = Page::new(&ctx, "photo-contest-title", "prizes");
    page.title = I18N.tr_args(
        page.lang,
        "photo-gallery-title",
        &[("year", Arg::from(year.to_string().as_str()))],
    );
    let action = page.href(&format!("{}/gallery", base(year)));
    let at = |p: i64| {
        let mut q = Vec::new();
        if let Some(g) = sdg {
            q.push(format!("sdg={g}"));
        }
        q.push(format!("page={p}"));
        format!("{action}?{}", q.join("&"))
    };
    let pages = (total + service::PAGE - 1) / service::PAGE;
    // A page past the last is not a page (and is not kept: the keys stay bounded by the
    // pages there are).
    if n > pages.max(1) {
        return Err(AppError::NotFound);
    }
    render(&GalleryPage {
        sdgs: (1..=17u8)
            .map(|g| (g.to_string(), sdg_label(page.lang, g), sdg == Some(g)))
            .collect(),
        count: I18N.tr_args(page.lang, "photo-count", &[("count", Arg::Num(total))]),
        photos: rows.iter().map(|p| view(&page, year, p)).collect(),
        prev: (n > 1).then(|| at(n - 1)),
        next: (n < pages).then(|| at(n + 1)),
        back: page.href(&base(year)),
        action,
        page,
    })
}

#[derive(Template)]
#[template(path = "photos/photo.html")]
struct PhotoPage {
    page: Page,
    photo: PhotoView,
    public: bool,
    back: String,
    vote: Option<VoteView>,
}

/// The public vote on a photo's page.
enum VoteView {
    /// The form (its action).
    Form(String),
    /// Sign in to vote (the sign-in page's address, back to this photo).
    SignIn(String),
    /// The viewer voted for this photo.
    ThisOne,
    /// The viewer voted for another photo (its page).
    Another(String),
}

pub async fn photo(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((_, year, id)): Path<(String, String, i64)>,
) -> AppResult<Response> {
    let year = year_of(&year)?;
    let who = ctx.user.as_ref().map(principal);
    let (_, p, place) = service::photo(&state.app, who, year, id).await?;
    let mut page = Page::new(&ctx, "photo-contest-title", "prizes");
    page.title = p.title.clone();
    let mut v = view(&page, year, &p);
    v.award = place.map(|n| place_name(&page, n));
    let c = service::contest(&state.app, year).await?;
    let here = format!("{}/photos/{id}", base(year));
    let vote = if !c.vote_open || p.status != status::ACCEPTED {
        None
    } else {
        match &ctx.user {
            None => Some(VoteView::SignIn(format!(
                "{}?next={}",
                page.href("/account/login"),
                page.href(&here)
            ))),
            Some(u) if u.id == p.entrant_id => None,
            Some(u) => Some(
                match service::my_vote(&state.app, principal(u), year).await? {
                    Some(x) if x == p.id => VoteView::ThisOne,
                    Some(x) => VoteView::Another(page.href(&format!("{}/photos/{x}", base(year)))),
                    None => VoteView::Form(page.href(&format!("{here}/vote"))),
                },
            ),
        }
    };
    render(&PhotoPage {
        vote,
        public: p.status == status::ACCEPTED,
        photo: v,
        back: page.href(&format!("{}/gallery", base(year))),
        page,
    })
}

#[derive(Template)]
#[template(path = "photos/exhibition.html")]
struct ExhibitionPage {
    page: Page,
    photo: PhotoView,
    next: String,
    /// The page that moves on by itself, or (when it does) the same photo without.
    toggle: String,
    auto: bool,
    position: String,
}

#[derive(Debug, Default, serde::Deserialize)]
pub struct ExhibitionQuery {
    #[serde(default)]
    pub i: String,
    /// Move on by itself (the screen on site): chosen, never by default (WCAG 2.2.1).
    #[serde(default)]
    pub auto: String,
}

/// The exhibition view for a screen on site: one photo at a time, large, with its
/// title, entrant and award; the winners first, then the gallery, wrapping around. With
/// `?auto=1` (the screen's operator starts it; a link stops it) the page moves on by itself
/// every 20 seconds, without JavaScript.
pub async fn exhibition(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((_, year)): Path<(String, String)>,
    Query(q): Query<ExhibitionQuery>,
) -> AppResult<Response> {
    let year = year_of(&year)?;
    let (_, winners) = service::winners(&state.app, None, year).await?;
    let (_, accepted, total) = service::gallery(&state.app, year, None, 1).await?;
    let mut shown: Vec<(PhotoRow, Option<usize>)> = winners
        .iter()
        .enumerate()
        .map(|(i, p)| (p.clone(), Some(i + 1)))
        .collect();
    shown.extend(
        accepted
            .into_iter()
            .filter(|p| !winners.iter().any(|w| w.id == p.id))
            .map(|p| (p, None)),
    );
    if shown.is_empty() {
        return Err(AppError::NotFound);
    }
    let i: usize = q.i.parse().unwrap_or(0) % shown.len();
    let mut page = Page::new(&ctx, "photo-contest-title", "prizes");
    page.title = contest_title(page.lang, year);
    let (p, place) = &shown[i];
    let mut v = view(&page, year, p);
    v.award = place.map(|n| place_name(&page, n));
    let _ = total;
    let auto = q.auto == "1";
    let at = page.href(&format!("{}/exhibition", base(year)));
    let next = (i + 1) % shown.len();
    render(&ExhibitionPage {
        photo: v,
        next: if auto {
            format!("{at}?i={next}&auto=1")
        } else {
            format!("{at}?i={next}")
        },
        toggle: if auto {
            format!("{at}?i={i}")
        } else {
            format!("{at}?i={i}&auto=1")
        },
        auto,
        position: I18N.tr_args(
            page.lang,
            "photo-exhibition-position",
            &[
                ("n", Arg::Num(i as i64 + 1)),
                ("count", Arg::Num(shown.len() as i64)),
            ],
        ),
        page,
    })
}

/// `POST /{lang}/photo-contest/{year}/photos/{id}/vote`: the public vote, through the
/// prizes' vote engine's checks (the session from its cache, its rate limits).
pub async fn vote(
    State(state): State<AppState>,
    Path((_, year, id)): Path<(String, String, i64)>,
    req: crate::prizes::VoteRequest,
    CsrfForm(_): CsrfForm<Vec<(String, String)>>,
) -> AppResult<Response> {
    let year = year_of(&year)?;
    let Some(voter) = (match req.token.as_deref() {
        Some(t) => wsis_app::prizes::votes::voter(&state.app, t).await?,
        None => None,
    }) else {
        return Err(AppError::Unauthenticated);
    };
    service::vote(&state.app, &voter, &req.ip, year, id).await?;
    Ok(Redirect::to(&format!(
        "/{}{}/photos/{id}?notice=photo-voted",
        req.lang.code(),
        base(year)
    ))
    .into_response())
}

// ------------------------------------------------------------------- entrants

#[derive(Template)]
#[template(path = "photos/mine.html")]
struct MinePage {
    page: Page,
    intro: String,
    confirm: Option<FormView>,
    alerts: Vec<String>,
    photos: Vec<PhotoView>,
    /// (photo id, remove action) for photos the entrant may still remove.
    removable: Vec<(i64, String)>,
    upload: Option<UploadForm>,
    closed: Option<String>,
    back: String,
}

struct UploadForm {
    action: String,
    fields: Vec<Field>,
    summary: Vec<crate::forms::SummaryItem>,
    summary_heading: String,
}

fn upload_form(
    page: &Page,
    year: i64,
    input: &PhotoInput,
    errors: Option<&FieldErrors>,
) -> UploadForm {
    let lang = page.lang;
    let mut fields = vec![
        Field::new(lang, "file", "photo-field-file", "file")
            .required()
            .hint(lang, "photo-file-hint"),
        Field::new(lang, "title", "photo-field-title", "text")
            .required()
            .value(&input.title),
        Field::new(lang, "alt", "photo-field-alt", "text")
            .required()
            .value(&input.alt)
            .hint(lang, "photo-alt-hint"),
        Field::new(lang, "caption", "photo-field-caption", "textarea")
            .required()
            .value(&input.caption),
        Field::new(lang, "place", "photo-field-place", "text")
            .required()
            .value(&input.place),
        Field::new(lang, "taken_on", "photo-field-taken-on", "date")
            .required()
            .value(&input.taken_on),
        Field::new(lang, "sdgs", "photo-field-sdgs", "checkboxes").checkboxes((1..=17u8).map(
            |g| {
                (
                    g.to_string(),
                    sdg_label(lang, g),
                    input.sdgs.iter().any(|s| s == &g.to_string()),
                )
            },
        )),
    ];
    let summary = errors
        .map(|e| crate::forms::apply_errors(lang, &mut fields, e))
        .unwrap_or_default();
    UploadForm {
        action: page.href(&format!("{}/submit", base(year))),
        summary_heading: I18N.tr_args(
            lang,
            "form-errors-heading",
            &[("count", Arg::Num(summary.len() as i64))],
        ),
        fields,
        summary,
    }
}

async fn mine_page(
    ctx: &Ctx,
    state: &AppState,
    user: &wsis_app::accounts::User,
    year: i64,
    posted: Option<(&PhotoInput, &FieldErrors)>,
    confirm_errors: Option<&FieldErrors>,
) -> AppResult<Response> {
    let m = service::mine(&state.app, principal(user), year).await?;
    let mut page = Page::new(ctx, "photo-contest-title", "prizes");
    page.title = I18N.tr_args(
        page.lang,
        "photo-mine-title",
        &[("year", Arg::from(year.to_string().as_str()))],
    );
    let open = m.contest.phase == Phase::Submission;
    let confirm =
        (open && !m.confirmed).then(|| {
            let lang = page.lang;
            let mut form =
                FormView::new(
                    &page,
                    "confirm",
                    &format!("{}/confirm", base(year)),
                    "photo-confirm",
                    vec![
                        Field::new(lang, "adult", "photo-field-adult", "checkboxes").checkboxes([
                            ("1".to_owned(), page.t("photo-confirm-adult-label"), false),
                        ]),
                        Field::new(lang, "rights", "photo-field-rights", "checkboxes").checkboxes(
                            [("1".to_owned(), page.t("photo-confirm-rights-label"), false)],
                        ),
                    ],
                )
                .heading(&page, "photo-confirm-heading");
            if let Some(e) = confirm_errors {
                form = form.errors(lang, e);
            }
            form
        });
    let upload = (open && m.confirmed && (m.photos.len() as i64) < MAX_PHOTOS).then(|| {
        let empty = PhotoInput::default();
        let (input, errors) = match posted {
            Some((i, e)) => (i, Some(e)),
            None => (&empty, None),
        };
        upload_form(&page, year, input, errors)
    });
    // Errors of a posted photo when its form is not shown (not confirmed, closed).
    let alerts = match (&upload, posted) {
        (None, Some((_, e))) => e.0.iter().map(|x| page.t(x.key)).collect(),
        _ => Vec::new(),
    };
    let removable = m
        .photos
        .iter()
        .filter(|p| open && p.status == status::SUBMITTED)
        .map(|p| {
            (
                p.id,
                page.href(&format!("{}/photos/{}/remove", base(year), p.id)),
            )
        })
        .collect();
    let closed = (!open).then(|| page.t("photo-submissions-closed"));
    let status = if posted.is_some() || confirm_errors.is_some() {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    render_with_status(
        &MinePage {
            intro: I18N.tr_args(
                page.lang,
                "photo-mine-intro",
                &[
                    ("count", Arg::Num(m.photos.len() as i64)),
                    ("max", Arg::Num(MAX_PHOTOS)),
                ],
            ),
            confirm,
            alerts,
            photos: m.photos.iter().map(|p| view(&page, year, p)).collect(),
            removable,
            upload,
            closed,
            back: page.href(&base(year)),
            page,
        },
        status,
    )
}

pub async fn mine(
    SignedIn(ctx, user): SignedIn,
    State(state): State<AppState>,
    Path((_, year)): Path<(String, String)>,
) -> AppResult<Response> {
    let year = year_of(&year)?;
    mine_page(&ctx, &state, &user, year, None, None).await
}

#[derive(Debug, Default, serde::Deserialize)]
pub struct ConfirmForm {
    #[serde(default)]
    pub adult: String,
    #[serde(default)]
    pub rights: String,
}

pub async fn confirm(
    SignedIn(ctx, user): SignedIn,
    State(state): State<AppState>,
    Path((_, year)): Path<(String, String)>,
    CsrfForm(f): CsrfForm<ConfirmForm>,
) -> AppResult<Response> {
    let year = year_of(&year)?;
    match service::confirm(
        &state.app,
        principal(&user),
        year,
        f.adult == "1",
        f.rights == "1",
    )
    .await
    {
        Ok(()) => {
            Ok(Redirect::to(&format!("/{}{}/submit", ctx.lang.code(), base(year))).into_response())
        }
        Err(ServiceError::Fields(e)) => mine_page(&ctx, &state, &user, year, None, Some(&e)).await,
        Err(e) => Err(e.into()),
    }
}

/// Reads the photo form (a plain multipart form), once its CSRF token is checked.
async fn photo_form(
    ctx: &Ctx,
    mut multipart: Multipart,
) -> AppResult<(PhotoInput, Option<axum::body::Bytes>)> {
    let (mut csrf, mut input, mut file) = (String::new(), PhotoInput::default(), None);
    let bad = |_| AppError::BadRequest("invalid_form");
    while let Some(field) = multipart.next_field().await.map_err(bad)? {
        let name = field.name().unwrap_or("").to_owned();
        if name == "file" {
            file = Some(field.bytes().await.map_err(|e| {
                if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
                    AppError::PayloadTooLarge
                } else {
                    AppError::BadRequest("invalid_form")
                }
            })?);
            continue;
        }
        let text = field.text().await.map_err(bad)?;
        match name.as_str() {
            "csrf" => csrf = text,
            "title" => input.title = text,
            "caption" => input.caption = text,
            "alt" => input.alt = text,
            "place" => input.place = text,
            "taken_on" => input.taken_on = text,
            "sdgs" if input.sdgs.len() < 17 => input.sdgs.push(text),
            _ => {}
        }
    }
    if ctx.csrf.is_empty() || !same_token(&csrf, &ctx.csrf) {
        return Err(AppError::Csrf);
    }
    Ok((input, file))
}

pub async fn upload(
    SignedIn(ctx, user): SignedIn,
    State(state): State<AppState>,
    Path((_, year)): Path<(String, String)>,
    multipart: Multipart,
) -> AppResult<Response> {
    let year = year_of(&year)?;
    let (input, file) = photo_form(&ctx, multipart).await?;
    let bytes = file.map(|b| b.to_vec());
    match service::add(&state.app, principal(&user), year, &input, bytes).await {
        Ok(_) => {
            Ok(Redirect::to(&format!("/{}{}/submit", ctx.lang.code(), base(year))).into_response())
        }
        Err(ServiceError::Fields(e)) => {
            mine_page(&ctx, &state, &user, year, Some((&input, &e)), None).await
        }
        Err(e) => Err(e.into()),
    }
}

pub async fn remove(
    SignedIn(ctx, user): SignedIn,
    State(state): State<AppState>,
    Path((_, year, id)): Path<(String, String, i64)>,
    CsrfForm(_): CsrfForm<Vec<(String, String)>>,
) -> AppResult<Response> {
    let year = year_of(&year)?;
    service::remove(&state.app, principal(&user), year, id).await?;
    state.photo_pages.clear();
    let back = if user
        .roles
        .contains(&wsis_domain::account::Role::Secretariat)
    {
        "screening"
    } else {
        "submit"
    };
    Ok(Redirect::to(&format!("/{}{}/{back}", ctx.lang.code(), base(year))).into_response())
}

// ------------------------------------------------------------------ screening

#[derive(Template)]
#[template(path = "photos/screening.html")]
struct ScreeningPage {
    page: Page,
    counts: String,
    photos: Vec<(PhotoView, String)>,
    error: Option<(i64, String)>,
    back: String,
}

async fn screening_page(
    ctx: &Ctx,
    state: &AppState,
    user: &wsis_app::accounts::User,
    year: i64,
    error: Option<(i64, &FieldErrors)>,
) -> AppResult<Response> {
    let (_, waiting, counts) = service::screening(&state.app, principal(user), year).await?;
    let mut page = Page::new(ctx, "photo-contest-title", "prizes");
    page.title = I18N.tr_args(
        page.lang,
        "photo-screening-title",
        &[("year", Arg::from(year.to_string().as_str()))],
    );
    let n = |s: &str| counts.get(s).copied().unwrap_or(0);
    let counts = I18N.tr_args(
        page.lang,
        "photo-screening-counts",
        &[
            ("waiting", Arg::Num(n(status::SUBMITTED))),
            ("accepted", Arg::Num(n(status::ACCEPTED))),
            ("rejected", Arg::Num(n(status::REJECTED))),
        ],
    );
    let photos = waiting
        .iter()
        .map(|p| {
            (
                view(&page, year, p),
                page.href(&format!("{}/photos/{}/screen", base(year), p.id)),
            )
        })
        .collect();
    let status = if error.is_some() {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    render_with_status(
        &ScreeningPage {
            counts,
            photos,
            error: error.and_then(|(id, e)| e.0.first().map(|x| (id, I18N.tr(page.lang, x.key)))),
            back: page.href(&base(year)),
            page,
        },
        status,
    )
}

pub async fn screening(
    WithRole(ctx, user, _): WithRole<Secretariat>,
    State(state): State<AppState>,
    Path((_, year)): Path<(String, String)>,
) -> AppResult<Response> {
    let year = year_of(&year)?;
    screening_page(&ctx, &state, &user, year, None).await
}

#[derive(Debug, Default, serde::Deserialize)]
pub struct ScreenForm {
    #[serde(default)]
    pub decision: String,
    #[serde(default)]
    pub note: String,
}

pub async fn screen(
    WithRole(ctx, user, _): WithRole<Secretariat>,
    State(state): State<AppState>,
    Path((_, year, id)): Path<(String, String, i64)>,
    CsrfForm(f): CsrfForm<ScreenForm>,
) -> AppResult<Response> {
    let year = year_of(&year)?;
    let accept = match f.decision.as_str() {
        "accept" => true,
        "reject" => false,
        _ => return Err(AppError::BadRequest("invalid_form")),
    };
    match service::screen(&state.app, principal(&user), year, id, accept, &f.note).await {
        Ok(()) => {
            state.photo_pages.clear();
            Ok(Redirect::to(&format!(
                "/{}{}/screening?notice=photo-screened",
                ctx.lang.code(),
                base(year)
            ))
            .into_response())
        }
        Err(ServiceError::Fields(e)) => {
            screening_page(&ctx, &state, &user, year, Some((id, &e))).await
        }
        Err(e) => Err(e.into()),
    }
}

// --------------------------------------------------------------- the jury

#[derive(Template)]
#[template(path = "photos/jury.html")]
struct JuryPage {
    page: Page,
    intro: String,
    open: bool,
    /// (photo, action, current score)
    photos: Vec<(PhotoView, String, String)>,
    scores: Vec<String>,
    back: String,
}

pub async fn jury(
    SignedIn(ctx, user): SignedIn,
    State(state): State<AppState>,
    Path((_, year)): Path<(String, String)>,
) -> AppResult<Response> {
    let year = year_of(&year)?;
    let (c, photos, scores) = service::jury(&state.app, principal(&user), year).await?;
    let mut page = Page::new(&ctx, "photo-contest-title", "prizes");
    page.title = I18N.tr_args(
        page.lang,
        "photo-jury-title",
        &[("year", Arg::from(year.to_string().as_str()))],
    );
    let open = c.phase == Phase::Judging;
    render(&JuryPage {
        intro: I18N.tr_args(
            page.lang,
            "photo-jury-intro",
            &[
                ("scored", Arg::Num(scores.len() as i64)),
                ("count", Arg::Num(photos.len() as i64)),
            ],
        ),
        photos: photos
            .iter()
            .map(|p| {
                (
                    view(&page, year, p),
                    page.href(&format!("{}/photos/{}/score", base(year), p.id)),
                    scores.get(&p.id).map(|s| s.to_string()).unwrap_or_default(),
                )
            })
            .collect(),
        scores: SCORE_RANGE.map(|s| s.to_string()).collect(),
        open,
        back: page.href(&base(year)),
        page,
    })
}

#[derive(Debug, Default, serde::Deserialize)]
pub struct ScoreForm {
    #[serde(default)]
    pub score: String,
}

pub async fn score(
    SignedIn(ctx, user): SignedIn,
    State(state): State<AppState>,
    Path((_, year, id)): Path<(String, String, i64)>,
    CsrfForm(f): CsrfForm<ScoreForm>,
) -> AppResult<Response> {
    let year = year_of(&year)?;
    service::score(&state.app, principal(&user), year, id, &f.score).await?;
    Ok(Redirect::to(&format!(
        "/{}{}/jury#photo-{id}",
        ctx.lang.code(),
        base(year)
    ))
    .into_response())
}

// ------------------------------------------------------------------ manage

struct RankView {
    photo: PhotoView,
    mean: String,
    scores: i64,
    votes: i64,
}

#[derive(Template)]
#[template(path = "photos/manage.html")]
struct ManagePage {
    page: Page,
    dates: FormView,
    jurors: Vec<(String, String)>,
    juror_form: FormView,
    juror_remove: String,
    ranking: Vec<RankView>,
    has_vote: bool,
    winners: Option<FormView>,
    back: String,
}

#[derive(Debug, Default, serde::Deserialize)]
pub struct JurorForm {
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub remove: String,
}

#[derive(Debug, Default, serde::Deserialize)]
pub struct WinnersForm {
    #[serde(default)]
    pub first: String,
    #[serde(default)]
    pub second: String,
    #[serde(default)]
    pub third: String,
}

enum Posted<'a> {
    None,
    Dates(&'a ContestForm, &'a FieldErrors),
    Juror(&'a JurorForm, &'a FieldErrors),
    Winners(&'a WinnersForm, &'a FieldErrors),
}

async fn manage_page(
    ctx: &Ctx,
    state: &AppState,
    user: &wsis_app::accounts::User,
    year: i64,
    posted: Posted<'_>,
) -> AppResult<Response> {
    let who = principal(user);
    let (c, ranked, chosen) = service::ranking(&state.app, who, year).await?;
    let votes: BTreeMap<i64, i64> = service::vote_counts(&state.app, Some(who), year)
        .await?
        .into_iter()
        .collect();
    let jurors = service::jurors(&state.app, who, year).await?;
    let mut page = Page::new(ctx, "photo-contest-title", "prizes");
    page.title = I18N.tr_args(
        page.lang,
        "photo-manage-title",
        &[("year", Arg::from(year.to_string().as_str()))],
    );
    let lang = page.lang;
    let b = base(year);
    let current = ContestForm::of(&c);
    let dates = match &posted {
        Posted::Dates(f, e) => contest_form(&page, &format!("{b}/manage"), false, f, Some(e)),
        _ => contest_form(&page, &format!("{b}/manage"), false, &current, None),
    };
    let mut juror_form = FormView::new(
        &page,
        "jurors",
        &format!("{b}/jurors"),
        "photo-juror-add",
        vec![
            Field::new(lang, "email", "photo-field-juror-email", "email")
                .required()
                .value(match &posted {
                    Posted::Juror(f, _) => f.email.as_str(),
                    _ => "",
                }),
        ],
    )
    .heading(&page, "photo-jurors-heading");
    if let Posted::Juror(_, e) = &posted {
        juror_form = juror_form.errors(lang, e);
    }
    let choices: Vec<(String, String)> = ranked
        .iter()
        .map(|(p, _)| (p.id.to_string(), format!("{} — {}", p.title, p.entrant)))
        .collect();
    let winners = (c.phase == Phase::Judging && !ranked.is_empty()).then(|| {
        let pick = |name: &'static str, label: &str, i: usize, typed: Option<&str>| {
            let value = typed
                .map(str::to_owned)
                .or_else(|| chosen.get(i).map(|x| x.to_string()))
                .unwrap_or_default();
            let mut f = Field::new(lang, name, "photo-field-place", "select")
                .required()
                .value(value)
                .choices(choices.clone());
            f.label = label.to_owned();
            f
        };
        let typed = match &posted {
            Posted::Winners(f, _) => [
                Some(f.first.as_str()),
                Some(f.second.as_str()),
                Some(f.third.as_str()),
            ],
            _ => [None, None, None],
        };
        let mut form = FormView::new(
            &page,
            "winners",
            &format!("{b}/winners"),
            "photo-winners-save",
            vec![
                pick("first", &place_name(&page, 1), 0, typed[0]),
                pick("second", &place_name(&page, 2), 1, typed[1]),
                pick("third", &place_name(&page, 3), 2, typed[2]),
            ],
        )
        .heading(&page, "photo-winners-heading");
        if let Posted::Winners(_, e) = &posted {
            form = form.errors(lang, e);
        }
        form
    });
    let status = if matches!(posted, Posted::None) {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    render_with_status(
        &ManagePage {
            dates,
            jurors: jurors.into_iter().map(|(_, n, e)| (n, e)).collect(),
            juror_form,
            juror_remove: page.href(&format!("{b}/jurors")),
            ranking: ranked
                .iter()
                .map(|(p, r)| RankView {
                    photo: view(&page, year, p),
                    mean: if r.scores == 0 {
                        "–".to_owned()
                    } else {
                        wsis_i18n::format_decimal1(lang, r.mean)
                    },
                    scores: r.scores,
                    votes: votes.get(&p.id).copied().unwrap_or(0),
                })
                .collect(),
            winners,
            has_vote: c.vote.is_some(),
            back: page.href(&b),
            page,
        },
        status,
    )
}

pub async fn manage(
    WithRole(ctx, user, _): WithRole<Secretariat>,
    State(state): State<AppState>,
    Path((_, year)): Path<(String, String)>,
) -> AppResult<Response> {
    let year = year_of(&year)?;
    manage_page(&ctx, &state, &user, year, Posted::None).await
}

/// After a change on the manage page: this node's kept pages go, and the page again.
fn saved(state: &AppState, ctx: &Ctx, year: i64) -> Response {
    state.photo_pages.clear();
    Redirect::to(&format!(
        "/{}{}/manage?notice=photo-saved",
        ctx.lang.code(),
        base(year)
    ))
    .into_response()
}

pub async fn save_dates(
    WithRole(ctx, user, _): WithRole<Secretariat>,
    State(state): State<AppState>,
    Path((_, year)): Path<(String, String)>,
    CsrfForm(f): CsrfForm<ContestForm>,
) -> AppResult<Response> {
    let year = year_of(&year)?;
    match save(&state, principal(&user), year, &f).await {
        Ok(()) => Ok(saved(&state, &ctx, year)),
        Err(ServiceError::Fields(e)) => {
            manage_page(&ctx, &state, &user, year, Posted::Dates(&f, &e)).await
        }
        Err(e) => Err(e.into()),
    }
}

pub async fn set_juror(
    WithRole(ctx, user, _): WithRole<Secretariat>,
    State(state): State<AppState>,
    Path((_, year)): Path<(String, String)>,
    CsrfForm(f): CsrfForm<JurorForm>,
) -> AppResult<Response> {
    let year = year_of(&year)?;
    let add = f.remove.is_empty();
    match service::set_juror(&state.app, principal(&user), year, &f.email, add).await {
        Ok(()) => Ok(saved(&state, &ctx, year)),
        Err(ServiceError::Fields(e)) => {
            manage_page(&ctx, &state, &user, year, Posted::Juror(&f, &e)).await
        }
        Err(e) => Err(e.into()),
    }
}

pub async fn choose_winners(
    WithRole(ctx, user, _): WithRole<Secretariat>,
    State(state): State<AppState>,
    Path((_, year)): Path<(String, String)>,
    CsrfForm(f): CsrfForm<WinnersForm>,
) -> AppResult<Response> {
    let year = year_of(&year)?;
    match service::choose_winners(
        &state.app,
        principal(&user),
        year,
        [&f.first, &f.second, &f.third],
    )
    .await
    {
        Ok(()) => Ok(saved(&state, &ctx, year)),
        Err(ServiceError::Fields(e)) => {
            manage_page(&ctx, &state, &user, year, Posted::Winners(&f, &e)).await
        }
        Err(e) => Err(e.into()),
    }
}

// ------------------------------------------------------------------- files

/// `/media/photos/{KEY}-{SIZE}.jpg`: public once accepted; before that its entrant, the
/// secretariat and the jurors (others get 404).
pub async fn file(
    State(state): State<AppState>,
    Path(file): Path<String>,
    headers: HeaderMap,
) -> Response {
    let inner = async {
        let viewer = crate::ctx::session_user(&state, &headers)
            .await?
            .map(|(u, _)| u);
        let f = service::photo_file(&state.app, viewer.as_ref().map(principal), &file).await?;
        crate::media::object(
            &state,
            &f.key,
            &headers,
            crate::media::Serve {
                content_type: "image/jpeg".to_owned(),
                etag: format!("\"{file}\""),
                cache: crate::media::image_cache(f.public),
                disposition: None,
                sandbox: false,
            },
        )
        .await
    };
    match inner.await {
        Ok(r) => r,
        Err(e) => e.status().into_response(),
    }
}

// ---------------------------------------------------------------------- API

/// A photo of the gallery.
#[derive(serde::Serialize, utoipa::ToSchema)]
pub struct ApiPhoto {
    pub id: i64,
    pub title: String,
    pub caption: String,
    /// What the photo shows, for people who cannot see it
    pub alt: String,
    pub place: String,
    /// `YYYY-MM-DD`
    pub taken_on: String,
    pub entrant: String,
    /// SDG numbers, 1–17
    pub sdgs: Vec<u8>,
    pub width: i64,
    pub height: i64,
    /// The files: each size's address and width
    pub files: Vec<ApiPhotoFile>,
}

#[derive(serde::Serialize, utoipa::ToSchema)]
pub struct ApiPhotoFile {
    pub url: String,
    pub width: i64,
}

/// One page of the gallery.
#[derive(serde::Serialize, utoipa::ToSchema)]
pub struct ApiGallery {
    pub year: i64,
    /// upcoming, submission, judging or announced
    pub phase: String,
    pub total: i64,
    pub page: i64,
    pub per_page: i64,
    pub photos: Vec<ApiPhoto>,
}

/// `?sdg=&page=`.
#[derive(Debug, serde::Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ApiGalleryQuery {
    /// Only photos showing this SDG, 1–17
    #[param(minimum = 1, maximum = 17)]
    pub sdg: Option<i64>,
    /// The page, from 1 (24 photos a page)
    #[param(minimum = 1, maximum = 10000)]
    pub page: Option<i64>,
}

#[utoipa::path(get, path = "/api/v1/photo-contest/{year}/photos", tag = "photos",
    params(("year" = i64, Path, description = "Contest"), ApiGalleryQuery),
    responses((status = 200, description = "One page of the contest's public gallery, newest first", body = ApiGallery),
        (status = 304, description = "Not modified: the ETag sent in If-None-Match is still current"),
        (status = 400, description = "A malformed path or query (`bad_request`)", body = crate::api::ErrorBody),
        (status = 404, description = "No such contest (`not_found`)", body = crate::api::ErrorBody),
        (status = 422, description = "An SDG outside 1–17 or a page outside 1–10000 (`validation_failed`)", body = crate::api::ErrorBody)))]
pub async fn api_gallery(
    State(state): State<AppState>,
    Path(year): Path<i64>,
    Query(q): Query<ApiGalleryQuery>,
) -> AppResult<axum::Json<ApiGallery>> {
    let mut errors = FieldErrors::new();
    let sdg = match q.sdg {
        None => None,
        Some(g @ 1..=17) => Some(g as u8),
        Some(_) => {
            errors.add("sdg", "photo-sdg-invalid");
            None
        }
    };
    let page = q.page.unwrap_or(1);
    if !(1..=10_000).contains(&page) {
        errors.add("page", "photo-page-invalid");
    }
    if !errors.is_empty() {
        return Err(AppError::Validation(errors));
    }
    let (c, rows, total) = service::gallery(&state.app, year, sdg, page).await?;
    let public_url = state.app.config().public_url.clone();
    Ok(axum::Json(ApiGallery {
        year,
        phase: c.phase.key().to_owned(),
        total,
        page,
        per_page: service::PAGE,
        photos: rows
            .iter()
            .map(|p| ApiPhoto {
                id: p.id,
                title: p.title.clone(),
                caption: p.caption.clone(),
                alt: p.alt.clone(),
                place: p.place.clone(),
                taken_on: p.taken_on.clone(),
                entrant: p.entrant.clone(),
                sdgs: p.goals(),
                width: p.width,
                height: p.height,
                files: SIZES
                    .iter()
                    .map(|s| ApiPhotoFile {
                        url: format!("{public_url}{}", file_href(&p.file_key, *s)),
                        width: service::size_of(p.width, p.height, *s).0,
                    })
                    .collect(),
            })
            .collect(),
    }))
}
