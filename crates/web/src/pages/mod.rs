//! Server-rendered pages under `/{lang}/…`. Every page works without
//! JavaScript, carries the right `lang` and `dir`, and takes all its text
//! from the Fluent files.

pub mod account;
pub mod admin;
mod errors;
mod public;
pub mod secretariat;

use crate::I18N;
use crate::ctx::Ctx;
use crate::error::AppError;
use crate::state::AppState;
use askama::Template;
use axum::Router;
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware;
use axum::response::{Html, IntoResponse, Response};
use axum::routing::{get, post};
use std::sync::LazyLock;
use tower_http::catch_panic::CatchPanicLayer;
use wsis_domain::Language;
use wsis_domain::account::{Role, has_role};
use wsis_i18n::Arg;

pub use errors::error_pages;

/// What the frame of every page needs.
#[derive(Debug, Clone)]
pub struct Page {
    pub lang: Language,
    pub title: String,
    pub csrf: String,
    /// The current path after the language prefix, for the language switcher.
    pub rest: String,
    /// The current query (`?q=…&f=…`), kept by the language switcher so that a search
    /// or a filtered agenda stays as it is in the other language; a one-time `notice`
    /// is left out.
    pub query: String,
    pub user_name: Option<String>,
    pub can_admin: bool,
    pub can_secretariat: bool,
    pub notice: Option<String>,
    /// Which navigation entry is current (`home`, `stocktaking`, `account`…).
    pub nav_current: &'static str,
}

/// One entry of the language switcher.
pub struct LangLink {
    pub code: &'static str,
    pub name: &'static str,
    pub href: String,
    pub current: bool,
}

/// One entry of the main navigation.
pub struct NavLink {
    pub href: String,
    pub label: String,
    pub current: bool,
}

/// Notices a page may show after a redirect (`?notice=…`): only these keys.
const NOTICES: &[&str] = &[
    "captions-started",
    "captions-stopped",
    "captions-corrected",
    "captions-recording-queued",
    "registrations-decided",
    "registrations-some-full",
    "registrations-some-skipped",
    "registrations-none-chosen",
    "registrations-too-many",
    "proposals-decided",
    "proposals-some-skipped",
    "proposals-none-chosen",
    "proposals-too-many",
    "proposals-comment-needed",
    "proposal-decided",
    "proposal-merged",
    "proposal-scored",
    "forum-message-sent",
    "forum-translations-saved",
    "forum-grid-undone",
    "forum-grid-nothing-to-undo",
    "forum-grid-undo-stale",
    "forum-grid-undo-blocked",
    "forum-speakers-reminded",
    "forum-registrations-reminded",
    "check-in-undone",
    "photo-saved",
    "hackathon-invited",
    "hackathon-project-saved",
    "hackathon-saved",
    "hackathon-scored",
    "photo-screened",
    "photo-voted",
    "account-saved",
    "account-password-changed",
    "admin-facilitator-added",
    "admin-facilitator-removed",
    "outcome-saved",
    "outcome-submitted",
    "outcome-approved",
    "outcome-returned",
    "outcome-deadline-saved",
    "outcome-reminders-sent",
    "matrix-saved",
    "matrix-facilitator-added",
    "matrix-facilitator-removed",
    "meeting-saved",
    "hlt-summary-saved",
    "hlt-facilitators-saved",
    "hlt-statement-added",
    "hlt-statement-removed",
    "prize-voted",
    "prize-draft-saved",
    "prize-submitted",
    "prize-winner-saved",
    "prize-scores-saved",
    "prize-conflict-saved",
    "prize-edition-saved",
    "prize-experts-saved",
    "prize-decision-saved",
    "prize-nominees-published",
    "prize-scanned",
    "prize-voter-voided",
    "prize-domains-saved",
];

/// The query of `rest` for the language switcher: every parameter but `notice`.
fn switcher_query(rest: &str) -> String {
    let Some((_, query)) = rest.split_once('?') else {
        return String::new();
    };
    let pairs: Vec<(String, String)> = serde_urlencoded::from_str(query).unwrap_or_default();
    let kept: Vec<&(String, String)> = pairs.iter().filter(|(k, _)| k != "notice").collect();
    if kept.is_empty() {
        return String::new();
    }
    format!("?{}", serde_urlencoded::to_string(kept).unwrap_or_default())
}

impl Page {
    pub fn new(ctx: &Ctx, title_key: &str, nav_current: &'static str) -> Page {
        let roles = ctx.user.as_ref().map(|u| u.roles.as_slice()).unwrap_or(&[]);
        let notice = ctx
            .rest
            .split_once('?')
            .and_then(|(_, q)| serde_urlencoded::from_str::<Vec<(String, String)>>(q).ok())
            .and_then(|q| q.into_iter().find(|(k, _)| k == "notice").map(|(_, v)| v))
            .and_then(|v| NOTICES.iter().find(|n| **n == v))
            .map(|k| I18N.tr(ctx.lang, k));
        Page {
            lang: ctx.lang,
            title: I18N.tr(ctx.lang, title_key),
            csrf: ctx.csrf.clone(),
            rest: ctx.rest.split('?').next().unwrap_or("").to_owned(),
            query: switcher_query(&ctx.rest),
            user_name: ctx.user.as_ref().map(|u| u.profile.name.clone()),
            can_admin: has_role(roles, Role::Administrator),
            can_secretariat: has_role(roles, Role::Secretariat),
            notice,
            nav_current,
        }
    }

    pub fn code(&self) -> &'static str {
        self.lang.code()
    }
    pub fn dir(&self) -> &'static str {
        self.lang.dir()
    }
    /// The document's `<title>`: the page's title, then the site's name (once, on the
    /// home page), without Fluent's bidi isolation marks (a title is plain text, and
    /// the marks show as boxes in some tab strips and are read by screen readers).
    pub fn document_title(&self) -> String {
        let site = self.t("site-name");
        let title = self.title.replace(['\u{2068}', '\u{2069}'], "");
        if title == site {
            site
        } else {
            format!("{title} – {site}")
        }
    }
    /// A message in the page's language.
    pub fn t(&self, key: &str) -> String {
        I18N.tr(self.lang, key)
    }
    /// A message with one numeric argument.
    pub fn tn(&self, key: &str, name: &str, n: i64) -> String {
        I18N.tr_args(self.lang, key, &[(name, Arg::Num(n))])
    }
    /// A message with one text argument.
    pub fn t1(&self, key: &str, name: &str, value: &str) -> String {
        I18N.tr_args(self.lang, key, &[(name, Arg::from(value))])
    }
    /// A link within the current language.
    pub fn href(&self, path: &str) -> String {
        if path == "/" {
            format!("/{}", self.lang.code())
        } else {
            format!("/{}{}", self.lang.code(), path)
        }
    }
    pub fn css_href(&self) -> String {
        format!("/static/style.css?v={}", *STYLE_VERSION)
    }
    /// The same page in each of the six languages.
    pub fn languages(&self) -> Vec<LangLink> {
        Language::ALL
            .into_iter()
            .map(|l| LangLink {
                code: l.code(),
                name: l.native_name(),
                href: format!("/{}{}{}", l.code(), self.rest, self.query),
                current: l == self.lang,
            })
            .collect()
    }
    pub fn nav(&self) -> Vec<NavLink> {
        [
            ("home", "/", "nav-home"),
            ("stocktaking", "/stocktaking", "nav-stocktaking"),
            ("forum", "/forum", "nav-forum"),
            ("outcomes", "/outcomes", "nav-outcomes"),
            ("prizes", "/prizes", "nav-prizes"),
            ("action-lines", "/action-lines", "nav-action-lines"),
            ("sdgs", "/sdgs", "nav-sdgs"),
        ]
        .into_iter()
        .map(|(id, path, key)| NavLink {
            href: self.href(path),
            label: self.t(key),
            current: id == self.nav_current,
        })
        .collect()
    }
}

/// Renders a template as an HTML response (a render failure is a 500).
pub fn render<T: Template>(t: &T) -> Result<Response, AppError> {
    render_with_status(t, StatusCode::OK)
}

pub fn render_with_status<T: Template>(t: &T, status: StatusCode) -> Result<Response, AppError> {
    let body = t
        .render()
        .map_err(|e| AppError::Internal(format!("template: {e}")))?;
    let mut res = (status, Html(body)).into_response();
    res.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    Ok(res)
}

pub(crate) const STYLE: &str = include_str!("../../static/style.css");

/// A short fingerprint of the stylesheet, so that it can be cached for a
/// year and still change with each release.
static STYLE_VERSION: LazyLock<String> =
    LazyLock::new(|| crate::auth::token_hash(STYLE)[..12].to_owned());

/// The stylesheet's fingerprint (for links outside templates).
pub fn style_version() -> &'static str {
    STYLE_VERSION.as_str()
}

const CHECK_IN_JS: &str = include_str!("../../static/check-in.js");
const JSQR_JS: &str = include_str!("../../static/vendor/jsQR.js");
static CHECK_IN_VERSION: LazyLock<String> =
    LazyLock::new(|| crate::auth::token_hash(CHECK_IN_JS)[..12].to_owned());
static JSQR_VERSION: LazyLock<String> =
    LazyLock::new(|| crate::auth::token_hash(JSQR_JS)[..12].to_owned());

/// The check-in page's camera script, with a version in its address.
pub fn check_in_script() -> String {
    format!("/static/check-in.js?v={}", *CHECK_IN_VERSION)
}

/// The vendored QR decoder the camera script loads on demand.
pub fn jsqr_script() -> String {
    format!("/static/vendor/jsQR.js?v={}", *JSQR_VERSION)
}

const SCHEDULE_JS: &str = include_str!("../../static/schedule-editor.js");
static SCHEDULE_VERSION: LazyLock<String> =
    LazyLock::new(|| crate::auth::token_hash(SCHEDULE_JS)[..12].to_owned());

/// The schedule editor's script (live conflict checks).
pub fn schedule_script() -> String {
    format!("/static/schedule-editor.js?v={}", *SCHEDULE_VERSION)
}

const PRIZES_JS: &str = include_str!("../../static/prizes.js");
static PRIZES_VERSION: LazyLock<String> =
    LazyLock::new(|| crate::auth::token_hash(PRIZES_JS)[..12].to_owned());

/// The prize submission form's word counter.
pub fn prizes_script() -> String {
    format!("/static/prizes.js?v={}", *PRIZES_VERSION)
}

async fn prizes_js() -> Response {
    script(PRIZES_JS)
}

async fn schedule_js() -> Response {
    script(SCHEDULE_JS)
}

const GRID_JS: &str = include_str!("../../static/schedule-grid.js");
static GRID_VERSION: LazyLock<String> =
    LazyLock::new(|| crate::auth::token_hash(GRID_JS)[..12].to_owned());

/// The grid schedule editor's drag and drop (the grid's buttons work without it).
pub fn grid_script() -> String {
    format!("/static/schedule-grid.js?v={}", *GRID_VERSION)
}

async fn grid_js() -> Response {
    script(GRID_JS)
}

const CAPTIONS_JS: &str = include_str!("../../static/captions.js");
static CAPTIONS_VERSION: LazyLock<String> =
    LazyLock::new(|| crate::auth::token_hash(CAPTIONS_JS)[..12].to_owned());
const WORKLET_JS: &str = include_str!("../../static/captions-worklet.js");
static WORKLET_VERSION: LazyLock<String> =
    LazyLock::new(|| crate::auth::token_hash(WORKLET_JS)[..12].to_owned());

/// Machine captioning's script: live lines for viewers, the microphone for captioners.
pub fn captions_script() -> String {
    format!("/static/captions.js?v={}", *CAPTIONS_VERSION)
}

/// The audio worklet that cuts the microphone into 16 kHz PCM chunks.
pub fn captions_worklet() -> String {
    format!("/static/captions-worklet.js?v={}", *WORKLET_VERSION)
}

async fn captions_js() -> Response {
    script(CAPTIONS_JS)
}

async fn worklet_js() -> Response {
    script(WORKLET_JS)
}

fn script(body: &'static str) -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/javascript; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=31536000, immutable"),
        ],
        body,
    )
        .into_response()
}

async fn check_in_js() -> Response {
    script(CHECK_IN_JS)
}

async fn jsqr_js() -> Response {
    script(JSQR_JS)
}

async fn forum_script() -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/javascript; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=31536000, immutable"),
        ],
        crate::forum::FORUM_JS,
    )
        .into_response()
}

const ICON: &str = include_str!("../../static/icon.svg");

async fn icon() -> Response {
    (
        [
            (header::CONTENT_TYPE, "image/svg+xml"),
            (header::CACHE_CONTROL, "public, max-age=86400"),
        ],
        ICON,
    )
        .into_response()
}

async fn stylesheet() -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/css; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=31536000, immutable"),
        ],
        STYLE,
    )
        .into_response()
}

/// The page routes. Each protected handler states its role in its
/// signature (`SignedIn`, `WithRole<…>`); `tests/roles.rs` checks each both ways.
pub fn router(state: AppState) -> Router {
    let pages = Router::new()
        .route("/{lang}", get(public::home))
        .route("/{lang}/", get(public::home))
        .route("/{lang}/outcomes", get(public::outcomes))
        .route(
            "/{lang}/prizes",
            get(crate::prizes::index).post(crate::prizes::manage::create_edition),
        )
        .route("/{lang}/secretariat", get(secretariat::home))
        .route(
            "/{lang}/photo-contest",
            get(crate::photos::index).post(crate::photos::create),
        )
        .route("/{lang}/photo-contest/{year}", get(crate::photos::contest))
        .route(
            "/{lang}/photo-contest/{year}/gallery",
            get(crate::photos::gallery),
        )
        .route(
            "/{lang}/photo-contest/{year}/exhibition",
            get(crate::photos::exhibition),
        )
        .route(
            "/{lang}/photo-contest/{year}/photos/{id}",
            get(crate::photos::photo),
        )
        .route(
            "/{lang}/photo-contest/{year}/submit",
            get(crate::photos::mine).post(crate::photos::upload).layer(
                axum::extract::DefaultBodyLimit::max(crate::photos::MAX_REQUEST_BYTES),
            ),
        )
        .route(
            "/{lang}/photo-contest/{year}/confirm",
            post(crate::photos::confirm),
        )
        .route(
            "/{lang}/photo-contest/{year}/photos/{id}/remove",
            post(crate::photos::remove),
        )
        .route(
            "/{lang}/photo-contest/{year}/screening",
            get(crate::photos::screening),
        )
        .route(
            "/{lang}/photo-contest/{year}/photos/{id}/vote",
            post(crate::photos::vote),
        )
        .route(
            "/{lang}/photo-contest/{year}/photos/{id}/screen",
            post(crate::photos::screen),
        )
        .route(
            "/{lang}/photo-contest/{year}/jury",
            get(crate::photos::jury),
        )
        .route(
            "/{lang}/photo-contest/{year}/photos/{id}/score",
            post(crate::photos::score),
        )
        .route(
            "/{lang}/photo-contest/{year}/manage",
            get(crate::photos::manage).post(crate::photos::save_dates),
        )
        .route(
            "/{lang}/photo-contest/{year}/jurors",
            post(crate::photos::set_juror),
        )
        .route(
            "/{lang}/photo-contest/{year}/winners",
            post(crate::photos::choose_winners),
        )
        .route(
            "/{lang}/hackathon",
            get(crate::hackathon::index).post(crate::hackathon::create),
        )
        .route("/{lang}/hackathon/{year}", get(crate::hackathon::edition))
        .route(
            "/{lang}/hackathon/{year}/challenges",
            post(crate::hackathon::add_challenge),
        )
        .route(
            "/{lang}/hackathon/{year}/challenges/{id}",
            get(crate::hackathon::challenge),
        )
        .route(
            "/{lang}/hackathon/{year}/challenges/{id}/edit",
            get(crate::hackathon::edit_challenge).post(crate::hackathon::save_challenge),
        )
        .route(
            "/{lang}/hackathon/{year}/participate",
            get(crate::hackathon::participate),
        )
        .route(
            "/{lang}/hackathon/{year}/teams",
            post(crate::hackathon::create_team),
        )
        .route(
            "/{lang}/hackathon/{year}/teams/{id}",
            get(crate::hackathon::team),
        )
        .route(
            "/{lang}/hackathon/{year}/teams/{id}/invite",
            post(crate::hackathon::invite),
        )
        .route(
            "/{lang}/hackathon/{year}/teams/{id}/invitations/{inv}/withdraw",
            post(crate::hackathon::withdraw),
        )
        .route(
            "/{lang}/hackathon/{year}/invitations/{id}",
            post(crate::hackathon::answer),
        )
        .route(
            "/{lang}/hackathon/{year}/teams/{id}/leave",
            post(crate::hackathon::leave),
        )
        .route(
            "/{lang}/hackathon/{year}/teams/{id}/project",
            get(crate::hackathon::project)
                .post(crate::hackathon::save_project)
                .layer(axum::extract::DefaultBodyLimit::max(
                    crate::hackathon::MAX_REQUEST_BYTES,
                )),
        )
        .route(
            "/{lang}/hackathon/{year}/teams/{id}/files/{file}/remove",
            post(crate::hackathon::remove_file),
        )
        .route("/{lang}/hackathon/{year}/jury", get(crate::hackathon::jury))
        .route(
            "/{lang}/hackathon/{year}/jury/{team}",
            get(crate::hackathon::review).post(crate::hackathon::score),
        )
        .route(
            "/{lang}/hackathon/{year}/jury/{team}/conflict",
            post(crate::hackathon::conflict),
        )
        .route(
            "/{lang}/hackathon/{year}/manage",
            get(crate::hackathon::manage).post(crate::hackathon::save_settings),
        )
        .route(
            "/{lang}/hackathon/{year}/jurors",
            post(crate::hackathon::set_juror),
        )
        .route(
            "/{lang}/hackathon/{year}/winners",
            post(crate::hackathon::choose_winners),
        )
        .route(
            "/{lang}/prizes/submissions",
            get(crate::prizes::submit::mine),
        )
        .route(
            "/{lang}/prizes/blocked-domains",
            get(crate::prizes::manage::blocked).post(crate::prizes::manage::block),
        )
        .route("/{lang}/prizes/{year}", get(crate::prizes::edition))
        .route(
            "/{lang}/prizes/{year}/categories/{n}",
            get(crate::prizes::category_page),
        )
        .route("/{lang}/prizes/{year}/vote", post(crate::prizes::vote))
        .route(
            "/{lang}/prizes/{year}/my-votes",
            get(crate::prizes::my_votes),
        )
        .route("/{lang}/prizes/{year}/results", get(crate::prizes::results))
        .route(
            "/{lang}/prizes/{year}/results/ballots.csv",
            get(crate::prizes::ballots),
        )
        .route(
            "/{lang}/prizes/{year}/results/tally.txt",
            get(crate::prizes::tally_txt),
        )
        .route(
            "/{lang}/prizes/{year}/results/winner",
            post(crate::prizes::choose_winner),
        )
        .route(
            "/{lang}/prizes/{year}/submit",
            get(crate::prizes::submit::new_form).post(crate::prizes::submit::create),
        )
        .route(
            "/{lang}/prizes/{year}/submissions/{id}",
            get(crate::prizes::submit::show),
        )
        .route(
            "/{lang}/prizes/{year}/submissions/{id}/edit",
            get(crate::prizes::submit::edit_form).post(crate::prizes::submit::edit),
        )
        .route(
            "/{lang}/prizes/{year}/submissions/{id}/submit",
            post(crate::prizes::submit::submit),
        )
        .route(
            "/{lang}/prizes/{year}/review",
            get(crate::prizes::review::queue),
        )
        .route(
            "/{lang}/prizes/{year}/review/{id}",
            get(crate::prizes::review::one).post(crate::prizes::review::save),
        )
        .route(
            "/{lang}/prizes/{year}/review/{id}/conflict",
            post(crate::prizes::review::conflict),
        )
        .route(
            "/{lang}/prizes/{year}/manage",
            get(crate::prizes::manage::manage).post(crate::prizes::manage::save_dates),
        )
        .route(
            "/{lang}/prizes/{year}/manage/experts",
            post(crate::prizes::manage::experts),
        )
        .route(
            "/{lang}/prizes/{year}/manage/decide",
            post(crate::prizes::manage::decide),
        )
        .route(
            "/{lang}/prizes/{year}/manage/publish-nominees",
            post(crate::prizes::manage::publish_nominees),
        )
        .route(
            "/{lang}/prizes/{year}/fraud",
            get(crate::prizes::manage::fraud_queue),
        )
        .route(
            "/{lang}/prizes/{year}/fraud/scan",
            post(crate::prizes::manage::scan),
        )
        .route(
            "/{lang}/prizes/{year}/fraud/void",
            post(crate::prizes::manage::void_voter),
        )
        .route(
            "/{lang}/prizes/{year}/fraud/{id}",
            post(crate::prizes::manage::decide_suspicion),
        )
        .route(
            "/{lang}/prizes/{year}/audit",
            get(crate::prizes::manage::audit),
        )
        .route("/{lang}/action-lines", get(public::action_lines))
        .route("/{lang}/sdgs", get(public::sdgs))
        .route(
            "/{lang}/account/signup",
            get(account::signup_form).post(account::signup),
        )
        .route(
            "/{lang}/account/login",
            get(account::login_form).post(account::login),
        )
        .route("/{lang}/account/logout", post(account::logout))
        .route("/{lang}/account/verify", get(account::verify))
        .route(
            "/{lang}/account/verify/resend",
            get(account::resend_form).post(account::resend),
        )
        .route(
            "/{lang}/account/password/forgot",
            get(account::forgot_form).post(account::forgot),
        )
        .route(
            "/{lang}/account/password/reset",
            get(account::reset_form).post(account::reset),
        )
        .route(
            "/{lang}/account",
            get(account::show).post(account::save_profile),
        )
        .route("/{lang}/account/password", post(account::change_password))
        .route("/{lang}/admin/users", get(admin::users))
        .route(
            "/{lang}/admin/users/{id}",
            get(admin::user_roles_form).post(admin::save_user_roles),
        )
        .route(
            "/{lang}/admin/facilitators",
            get(admin::facilitators).post(admin::add_facilitator),
        )
        .route(
            "/{lang}/admin/facilitators/remove",
            post(admin::remove_facilitator),
        )
        .merge(crate::stocktaking::page_routes())
        .merge(crate::forum::page_routes())
        .merge(crate::matrix::page_routes())
        .fallback(errors::not_found)
        // Inside the error middleware, so that a panic becomes a localised 500 page.
        .layer(CatchPanicLayer::custom(crate::security::panic_response))
        .layer(middleware::from_fn_with_state(state.clone(), error_pages))
        .layer(middleware::from_fn_with_state(
            state.clone(),
            crate::csrf::ensure_token,
        ))
        // Outermost: kept anonymous pages answered before the page stack.
        .layer(middleware::from_fn_with_state(
            state.clone(),
            crate::photos::front_door,
        ));
    Router::new()
        .route("/", get(public::root_redirect))
        .route("/static/style.css", get(stylesheet))
        .route("/static/forum.js", get(forum_script))
        .route("/static/check-in.js", get(check_in_js))
        .route("/static/schedule-editor.js", get(schedule_js))
        .route("/static/schedule-grid.js", get(grid_js))
        .route("/static/captions.js", get(captions_js))
        .route("/static/captions-worklet.js", get(worklet_js))
        .route("/static/prizes.js", get(prizes_js))
        .route("/static/vendor/jsQR.js", get(jsqr_js))
        .route("/static/icon.svg", get(icon))
        // Browsers and feed readers ask for /favicon.ico whatever the page says.
        .route("/favicon.ico", get(icon))
        .merge(pages)
        .with_state(state)
}
