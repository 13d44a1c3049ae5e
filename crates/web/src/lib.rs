//! The HTTP layer of the WSIS Platform: server-rendered pages in six
//! languages, the JSON API under `/api/v1`, accounts, sessions, CSRF and
//! rate limits. Handlers are thin adapters over `wsis-domain` and `wsis-db`.

pub mod api;
pub mod auth;
pub mod csrf;
pub mod ctx;
pub mod error;
pub mod forms;
pub mod forum;
pub mod front_door;
pub mod hackathon;
pub mod mail;
pub mod matrix;
pub mod media;
pub mod pages;
pub mod photos;
pub mod prizes;
pub mod security;
pub mod state;
pub mod stocktaking;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::compression::CompressionLayer;
use tower_http::limit::RequestBodyLimitLayer;

pub use state::{AppState, RateLimits, WebConfig};

/// The interface strings, parsed once (shared with `wsis-app`'s e-mails).
pub use wsis_i18n::I18N;

/// Largest request body accepted by forms and JSON (extractors enforce it).
pub const MAX_BODY_BYTES: usize = 1024 * 1024;

/// Largest request body of any kind: an image upload or a session document
/// (their routes raise the extractors' limit); everything else stays at
/// [`MAX_BODY_BYTES`].
pub const MAX_UPLOAD_BYTES: usize = {
    let (images, documents) = (
        stocktaking::images::MAX_REQUEST_BYTES,
        forum::documents::MAX_REQUEST_BYTES,
    );
    let files = if images > documents {
        images
    } else {
        documents
    };
    // Session recordings to transcribe (machine captioning).
    let recordings = wsis_app::forum::captions::MAX_RECORDING_BYTES + 64 * 1024;
    if recordings > files {
        recordings
    } else {
        files
    }
};

/// The whole application: pages, API, health check and static assets.
pub fn router(state: AppState) -> Router {
    // Over https, browsers are told to use nothing else for a year (HSTS).
    let hsts = state
        .config
        .secure_cookies()
        .then(|| axum::http::HeaderValue::from_static("max-age=31536000; includeSubDomains"));
    Router::new()
        .merge(pages::router(state.clone()))
        .nest("/api/v1", api::router(state.clone()))
        .merge(api::health_router(state.clone()))
        .merge(stocktaking::images::media_router(state.clone()))
        // A body that stops arriving for 30 s, or a request that takes 2 minutes in
        // all, ends with a 408: slow clients do not hold a request open (the server
        // closes connections whose headers are slow, see `wsis serve`).
        .layer(tower_http::timeout::RequestBodyTimeoutLayer::new(
            std::time::Duration::from_secs(30),
        ))
        .layer(tower_http::timeout::TimeoutLayer::with_status_code(
            axum::http::StatusCode::REQUEST_TIMEOUT,
            std::time::Duration::from_secs(120),
        ))
        .layer(DefaultBodyLimit::max(MAX_BODY_BYTES))
        .layer(RequestBodyLimitLayer::new(MAX_UPLOAD_BYTES))
        .layer(security::headers())
        .layer(tower_http::set_header::SetResponseHeaderLayer::overriding(
            axum::http::header::STRICT_TRANSPORT_SECURITY,
            move |_: &axum::response::Response| hsts.clone(),
        ))
        // Stored files that are compressed already (PDFs, office files, images) are
        // sent as they are: compressing them again costs CPU per request and gains
        // nothing, and it would take away their byte ranges.
        .layer(CompressionLayer::new().compress_when(compress_predicate()))
        .layer(CatchPanicLayer::custom(security::panic_response))
        // Outermost: the agenda's exports, once answered, are answered again from what
        // was kept, before the stack (see `front_door`).
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            front_door::front_door,
        ))
}

/// What the compression layer compresses: its default (not images, not tiny bodies, not
/// event streams), and not PDFs or office files.
fn compress_predicate() -> impl tower_http::compression::Predicate {
    use tower_http::compression::Predicate;
    use tower_http::compression::predicate::{DefaultPredicate, NotForContentType};
    DefaultPredicate::new()
        .and(NotForContentType::const_new("application/pdf"))
        .and(NotForContentType::const_new("application/vnd."))
        .and(NotForContentType::const_new("application/zip"))
}
