//! The WSIS Forum: edition pages, the public agenda (by day, by room, as a
//! grid, sessions, speakers, the change log, "my agenda", an installable
//! offline app) and its exports. Pages under `/{lang}/forum/{year}/…`, API
//! under `/api/v1/forums/{year}/…`.
//!
//! Everything public is derived from the latest published schedule
//! version, kept in memory per edition by the services
//! (`wsis_app::forum::snapshots`); the pages and exports rendered from one
//! snapshot are kept here with it, and built again for a newer one.

pub(crate) mod agenda;
pub(crate) mod captions;
pub(crate) mod documents;
pub(crate) use agenda::FORUM_JS;
pub mod api;
pub mod exports;
pub(crate) mod high_level;
mod manage;
mod messages;
pub(crate) mod outcome_search;
pub(crate) mod outcomes;
mod proposals;
pub(crate) use proposals::photo_file as speaker_photo_file;
pub(crate) mod publications;
mod registration;
mod schedule_editor;
mod schedule_grid;
pub mod service;
mod translations;

use crate::I18N;
use crate::error::AppResult;
use crate::state::AppState;
use axum::Router;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::sync::{Arc, Mutex, RwLock};
use wsis_app::forum::schedule as fdb;
use wsis_app::forum::snapshots::{self, Snapshot};
use wsis_domain::Language;
use wsis_domain::forum::schedule::Schedule;

/// One edition's published schedule and the exports built from it.
pub struct Published {
    pub edition_id: i64,
    pub schedule: Arc<Schedule>,
    /// The services' snapshot this was built from.
    snapshot: Arc<Snapshot>,
    /// Exports (per format, scope, language and chosen sessions).
    exports: Mutex<HashMap<String, Arc<CachedPage>>>,
    /// Agenda pages as anonymous visitors see them (the same for all).
    pages: Mutex<HashMap<String, Arc<CachedPage>>>,
    /// Bytes kept in `exports` and `pages` together.
    kept: ByteBudget,
}

/// A count of bytes that never passes its limit, shared by concurrent requests.
#[derive(Debug)]
pub struct ByteBudget {
    used: std::sync::atomic::AtomicUsize,
    limit: usize,
}

impl ByteBudget {
    pub fn new(limit: usize) -> ByteBudget {
        ByteBudget {
            used: Default::default(),
            limit,
        }
    }

    /// Takes `n` bytes if they fit; false (and nothing taken) when they do not.
    pub fn try_take(&self, n: usize) -> bool {
        use std::sync::atomic::Ordering;
        self.used
            .fetch_update(Ordering::AcqRel, Ordering::Acquire, |used| {
                used.checked_add(n).filter(|t| *t <= self.limit)
            })
            .is_ok()
    }

    /// Gives back `n` bytes taken before.
    pub fn give_back(&self, n: usize) {
        self.used.fetch_sub(n, std::sync::atomic::Ordering::AcqRel);
    }

    /// Bytes taken now.
    pub fn used(&self) -> usize {
        self.used.load(std::sync::atomic::Ordering::Acquire)
    }
}

/// The most bytes of rendered pages and exports (each in three encodings) a published
/// version keeps. Keys are normalised to the parameters that matter, but their
/// combinations (filters, chosen sessions) are many: past this, answers are built for
/// the request and not kept, so no sequence of requests grows the memory further.
pub const CACHE_BYTES: usize = 48 * 1024 * 1024;

/// An agenda page or export as every anonymous visitor gets it, with its gzip and
/// Brotli bodies and its validator, built once per version: compressing costs a
/// request nothing but a copy of the bytes.
pub struct CachedPage {
    body: axum::body::Bytes,
    gzip: axum::body::Bytes,
    br: axum::body::Bytes,
    etag: String,
    content_type: &'static str,
    cache_control: &'static str,
}

impl CachedPage {
    /// Compresses a page (blocking work: call it off the async threads).
    pub fn new(body: axum::body::Bytes) -> CachedPage {
        CachedPage::of(body, "text/html; charset=utf-8", "private, no-cache")
    }

    /// Compresses any answer (blocking work: call it off the async threads).
    pub fn of(
        body: axum::body::Bytes,
        content_type: &'static str,
        cache_control: &'static str,
    ) -> CachedPage {
        use std::io::Write;
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
        let gzip = gz
            .write_all(&body)
            .and_then(|_| gz.finish())
            .unwrap_or_default();
        let mut w = brotli::CompressorWriter::new(Vec::new(), 4096, 9, 22);
        let br = match w.write_all(&body).and_then(|_| w.flush()) {
            Ok(()) => w.into_inner(),
            Err(_) => Vec::new(),
        };
        CachedPage {
            etag: etag_of(&body),
            body,
            gzip: gzip.into(),
            br: br.into(),
            content_type,
            cache_control,
        }
    }

    /// The bytes it holds, all encodings together.
    pub fn size(&self) -> usize {
        self.body.len() + self.gzip.len() + self.br.len()
    }

    /// The page in the best encoding the request accepts, with its ETag
    /// (304 when it matches `If-None-Match`).
    pub fn response(&self, headers: &HeaderMap) -> Response {
        let accepts = |enc: &str| {
            headers
                .get_all(header::ACCEPT_ENCODING)
                .iter()
                .filter_map(|v| v.to_str().ok())
                .flat_map(|v| v.split(','))
                .any(|t| {
                    let mut parts = t.split(';');
                    // Coding names are case-insensitive; `x-gzip` is gzip (RFC 9110 §8.4.1.3).
                    parts.next().map(str::trim).is_some_and(|name| {
                        name.eq_ignore_ascii_case(enc)
                            || (enc == "gzip" && name.eq_ignore_ascii_case("x-gzip"))
                    }) && !parts.any(|q| matches!(q.trim(), "q=0" | "q=0.0" | "q=0.00" | "q=0.000"))
                })
        };
        let (body, encoding) = if !self.br.is_empty() && accepts("br") {
            (self.br.clone(), Some("br"))
        } else if !self.gzip.is_empty() && accepts("gzip") {
            (self.gzip.clone(), Some("gzip"))
        } else {
            (self.body.clone(), None)
        };
        // Each encoding its own validator (RFC 9110 §8.8.3: different bytes).
        let etag = match encoding {
            Some(e) => format!("{}-{e}\"", self.etag.trim_end_matches('"')),
            None => self.etag.clone(),
        };
        let mut res = with_etag(headers, body, &etag, self.content_type, self.cache_control);
        if let Some(e) = encoding
            && res.status() == StatusCode::OK
        {
            res.headers_mut()
                .insert(header::CONTENT_ENCODING, HeaderValue::from_static(e));
        }
        res
    }
}

/// The rendered pages and exports of the published schedules, per edition
/// year, each kept with the snapshot it was built from.
pub struct ForumCache {
    app: wsis_app::App,
    map: RwLock<HashMap<i64, Arc<Published>>>,
}

impl ForumCache {
    pub fn new(app: wsis_app::App) -> ForumCache {
        ForumCache {
            app,
            map: RwLock::new(HashMap::new()),
        }
    }

    /// Forgets an edition (after a change to what it publishes).
    pub fn invalidate(&self, year: i64) {
        self.app.snapshots().invalidate(year);
        if let Ok(mut m) = self.map.write() {
            m.remove(&year);
        }
    }

    /// Forgets every edition (after a change that all of them show).
    pub fn clear(&self) {
        self.app.snapshots().clear();
        if let Ok(mut m) = self.map.write() {
            m.clear();
        }
    }

    /// The rendered pages of `snapshot`: kept while it is the latest.
    fn of(&self, snapshot: Arc<Snapshot>) -> Arc<Published> {
        if let Some(p) = self
            .map
            .read()
            .ok()
            .and_then(|m| m.get(&snapshot.year).cloned())
            && Arc::ptr_eq(&p.snapshot, &snapshot)
        {
            return p;
        }
        let p = Arc::new(Published {
            edition_id: snapshot.edition_id,
            schedule: snapshot.schedule.clone(),
            snapshot: snapshot.clone(),
            exports: Mutex::new(HashMap::new()),
            pages: Mutex::new(HashMap::new()),
            kept: ByteBudget::new(CACHE_BYTES),
        });
        if let Ok(mut m) = self.map.write() {
            m.insert(snapshot.year, p.clone());
        }
        p
    }
}

impl Published {
    /// An export of this version: kept (compressed in every encoding) under `key`, or
    /// built now by `build` (on the blocking pool, with its compression).
    pub async fn export(
        &self,
        key: &str,
        content_type: &'static str,
        build: impl FnOnce() -> String + Send + 'static,
    ) -> AppResult<Arc<CachedPage>> {
        if let Some(c) = self.exports.lock().ok().and_then(|m| m.get(key).cloned()) {
            return Ok(c);
        }
        let page = tokio::task::spawn_blocking(move || {
            CachedPage::of(build().into(), content_type, "public, no-cache")
        })
        .await
        .map_err(|e| crate::error::AppError::Internal(format!("export: {e}")))?;
        Ok(self.keep(&self.exports, key, page))
    }

    /// Whether `page` is the export kept under `key` (not one built past the budget).
    pub fn is_kept(&self, key: &str, page: &Arc<CachedPage>) -> bool {
        self.exports
            .lock()
            .ok()
            .and_then(|m| m.get(key).map(|c| Arc::ptr_eq(c, page)))
            .unwrap_or(false)
    }

    /// An anonymous visitor's page from the cache.
    pub fn page(&self, key: &str) -> Option<Arc<CachedPage>> {
        self.pages.lock().ok().and_then(|m| m.get(key).cloned())
    }

    /// Keeps a page for every anonymous visitor of this version (within
    /// [`CACHE_BYTES`]).
    pub fn keep_page(&self, key: &str, page: CachedPage) -> Arc<CachedPage> {
        self.keep(&self.pages, key, page)
    }

    /// Keeps `page` under `key` while the version's budget allows; either way the
    /// caller answers with it.
    fn keep(
        &self,
        map: &Mutex<HashMap<String, Arc<CachedPage>>>,
        key: &str,
        page: CachedPage,
    ) -> Arc<CachedPage> {
        let page = Arc::new(page);
        let size = page.size() + key.len();
        if self.kept.try_take(size)
            && let Ok(mut m) = map.lock()
            && let Some(old) = m.insert(key.to_owned(), page.clone())
        {
            // Built twice at once: the first copy's bytes are free again.
            self.kept.give_back(old.size() + key.len());
        }
        page
    }

    /// The approved outcome of a session (by id), if it has one.
    pub fn outcome(&self, session_id: i64) -> Option<&wsis_app::forum::snapshots::ApprovedOutcome> {
        self.snapshot.outcomes.get(&session_id).map(|o| o.as_ref())
    }

    /// The name of a session type in a language.
    pub fn type_name(&self, code: &str, lang: Language) -> String {
        type_name(&self.snapshot.custom_types, code, lang)
    }

    /// The schedule as read in a language (translations where they exist).
    pub fn schedule_in(&self, lang: Language) -> Arc<Schedule> {
        self.snapshot.schedule_in(lang)
    }

    /// The edition's translations.
    pub fn translations(&self) -> &wsis_domain::forum::translations::Translations {
        &self.snapshot.translations
    }
}

/// `lang` and `dir` attributes for a text in `text` shown on a page in `page`: the
/// text's own when they differ (WCAG 3.1.2), else `dir="auto"` (what the original's
/// characters say) when `auto`, else nothing.
pub fn lang_attrs(page: Language, text: Option<Language>, auto: bool) -> String {
    match text {
        Some(t) if t != page => format!(" lang=\"{}\" dir=\"{}\"", t.code(), t.dir()),
        _ if auto => " dir=\"auto\"".to_owned(),
        _ => String::new(),
    }
}

pub use wsis_app::forum::snapshots::type_name;

/// The name of a session type in a language, from the types as stored.
pub fn session_type_name(
    types: &[wsis_app::forum::proposals::SessionType],
    code: &str,
    lang: Language,
) -> String {
    if wsis_domain::forum::is_builtin_type(code) {
        return I18N.tr(lang, &format!("session-type-{code}"));
    }
    types
        .iter()
        .find(|t| t.code == code)
        .and_then(|t| t.names.get(lang.code()).or_else(|| t.names.get("en")))
        .cloned()
        .unwrap_or_else(|| code.to_owned())
}

/// The edition of a year, or 404.
pub async fn edition(state: &AppState, year: i64) -> AppResult<fdb::Edition> {
    Ok(wsis_app::forum::schedule::edition(&state.app, year).await?)
}

/// The latest published schedule of an edition's year, if any, without
/// asking the database when this node checked within the recheck interval.
pub async fn published_by_year(state: &AppState, year: i64) -> AppResult<Option<Arc<Published>>> {
    Ok(snapshots::by_year(&state.app, year)
        .await?
        .map(|s| state.forum.of(s)))
}

/// The latest published schedule of an edition, if any.
pub async fn published(state: &AppState, ed: &fdb::Edition) -> AppResult<Option<Arc<Published>>> {
    Ok(snapshots::of_edition(&state.app, ed)
        .await?
        .map(|s| state.forum.of(s)))
}

/// A strong validator of a body.
pub fn etag_of(body: &[u8]) -> String {
    let h = Sha256::digest(body);
    let hex: String = h[..12].iter().map(|b| format!("{b:02x}")).collect();
    format!("\"{hex}\"")
}

/// Whether the request's `If-None-Match` names this validator.
pub fn not_modified(headers: &HeaderMap, etag: &str) -> bool {
    headers
        .get_all(header::IF_NONE_MATCH)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .map(|t| t.trim().trim_start_matches("W/"))
        .any(|t| t == etag || t == "*")
}

/// A response with an ETag that answers a matching `If-None-Match` with 304.
/// Pages are revalidated on every use (`no-cache`); they may carry
/// per-visitor content, so they are `private`.
pub fn with_etag(
    headers: &HeaderMap,
    body: axum::body::Bytes,
    etag: &str,
    content_type: &'static str,
    cache_control: &'static str,
) -> Response {
    let mut res = if not_modified(headers, etag) {
        StatusCode::NOT_MODIFIED.into_response()
    } else {
        let mut r = body.into_response();
        r.headers_mut()
            .insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
        r
    };
    let h = res.headers_mut();
    if let Ok(v) = HeaderValue::from_str(etag) {
        h.insert(header::ETAG, v);
    }
    h.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static(cache_control),
    );
    // A public answer is the same for every visitor: caches need not key it by cookie.
    h.insert(
        header::VARY,
        HeaderValue::from_static(if cache_control.starts_with("public") {
            "Accept-Encoding"
        } else {
            "Accept-Encoding, Cookie"
        }),
    );
    res
}

/// The page routes (merged into the pages router, under its layers).
pub fn page_routes() -> Router<AppState> {
    Router::new()
        .route("/{lang}/forum", get(agenda::index))
        .route("/{lang}/forum/{year}", get(agenda::edition_home))
        .route("/{lang}/forum/{year}/pages/{slug}", get(agenda::site_page))
        .route(
            "/{lang}/forum/{year}/agenda",
            get(agenda::cached(agenda::day)),
        )
        .route(
            "/{lang}/forum/{year}/agenda/grid",
            get(agenda::cached(agenda::grid)),
        )
        .route(
            "/{lang}/forum/{year}/agenda/all",
            get(agenda::cached(agenda::all)),
        )
        .route(
            "/{lang}/forum/{year}/rooms/{code}",
            get(agenda::cached(agenda::room)),
        )
        .route(
            "/{lang}/forum/{year}/sessions/{number}",
            get(agenda::cached(agenda::session)),
        )
        .route(
            "/{lang}/forum/{year}/speakers",
            get(agenda::cached(agenda::speakers)),
        )
        .route(
            "/{lang}/forum/{year}/changes",
            get(agenda::cached(agenda::changes)),
        )
        .route(
            "/{lang}/forum/{year}/my-agenda",
            get(agenda::my_agenda).post(agenda::toggle_pick),
        )
        .route(
            "/{lang}/forum/{year}/app.webmanifest",
            get(agenda::manifest),
        )
        .route("/{lang}/forum/{year}/sw.js", get(agenda::service_worker))
        .route(
            "/{lang}/forum/{year}/propose",
            get(proposals::propose_form).post(proposals::propose),
        )
        .route("/{lang}/forum/proposals", get(proposals::mine))
        .route(
            "/{lang}/forum/proposals/{id}/edit",
            get(proposals::edit_form).post(proposals::save),
        )
        .route(
            "/{lang}/forum/speakers/confirm",
            get(proposals::confirm_form).post(proposals::confirm),
        )
        .route(
            "/{lang}/forum/speakers/availability",
            post(proposals::availability),
        )
        .route("/{lang}/forum/speakers/name", post(proposals::rename))
        .route("/{lang}/forum/speakers/decline", post(proposals::decline))
        .route(
            "/{lang}/forum/speakers/photo",
            post(proposals::photo).layer(axum::extract::DefaultBodyLimit::max(
                wsis_app::stocktaking::images::MAX_REQUEST_BYTES,
            )),
        )
        .route(
            "/{lang}/forum/speakers/photo/remove",
            post(proposals::photo_remove),
        )
        .route(
            "/{lang}/forum/proposals/{id}/documents",
            get(documents::page).post(documents::upload).layer(
                axum::extract::DefaultBodyLimit::max(documents::MAX_REQUEST_BYTES),
            ),
        )
        .route(
            "/{lang}/forum/proposals/{id}/documents/{doc}/remove",
            post(documents::remove),
        )
        .route(
            "/{lang}/forum/{year}/documents/{id}/{name}",
            get(documents::download),
        )
        .route(
            "/{lang}/forum/{year}/manage/proposals",
            get(proposals::review_queue),
        )
        .route(
            "/{lang}/forum/{year}/manage/proposals.csv",
            get(proposals::queue_csv),
        )
        .route(
            "/{lang}/forum/{year}/manage/proposals/bulk",
            post(proposals::bulk),
        )
        .route(
            "/{lang}/forum/{year}/manage/proposals/{id}",
            get(proposals::proposal),
        )
        .route(
            "/{lang}/forum/{year}/manage/proposals/{id}/score",
            post(proposals::score),
        )
        .route(
            "/{lang}/forum/manage/proposals/{id}/review",
            post(proposals::review),
        )
        .route(
            "/{lang}/forum/manage/proposals/{id}/merge",
            post(proposals::merge),
        )
        .route(
            "/{lang}/forum/{year}/register",
            get(registration::register_page).post(registration::register),
        )
        .route(
            "/{lang}/forum/{year}/register/badge.pdf",
            get(registration::badge),
        )
        .route(
            "/{lang}/forum/{year}/manage/registrations",
            get(registration::queue),
        )
        .route(
            "/{lang}/forum/{year}/manage/registrations.csv",
            get(registration::list_csv),
        )
        .route(
            "/{lang}/forum/{year}/manage/registrations/bulk",
            post(registration::bulk),
        )
        .route(
            "/{lang}/forum/manage/registrations/{id}",
            post(registration::decide),
        )
        .route(
            "/{lang}/forum/{year}/check-in",
            get(registration::check_in_page).post(registration::check_in),
        )
        .route(
            "/{lang}/forum/{year}/check-in/{id}",
            post(registration::check_in_one),
        )
        .route(
            "/{lang}/forum/{year}/check-in/{id}/undo",
            post(registration::undo_check_in),
        )
        .route(
            "/{lang}/forum/{year}/manage/registrations/{id}/badge.pdf",
            get(registration::badge_again),
        )
        .route(
            "/{lang}/forum/{year}/participation",
            get(registration::participation),
        )
        .route(
            "/{lang}/forum/{year}/manage/messages",
            get(messages::page).post(messages::send),
        )
        .route(
            "/{lang}/forum/{year}/manage/messages/remind-speakers",
            post(messages::remind),
        )
        .route(
            "/{lang}/forum/{year}/manage/messages/remind-registrations",
            post(messages::remind_registrations),
        )
        .route(
            "/{lang}/forum/{year}/manage/messages/{id}",
            get(messages::message),
        )
        .route(
            "/{lang}/forum/{year}/manage/translations",
            get(translations::names_page),
        )
        .route(
            "/{lang}/forum/{year}/manage/translations/lang",
            post(translations::save_names_lang),
        )
        .route(
            "/{lang}/forum/{year}/manage/translations/{kind}/{id}",
            post(translations::save_name),
        )
        .route(
            "/{lang}/forum/{year}/manage/sessions/{id}/translations",
            get(translations::session_page).post(translations::save_session),
        )
        .route(
            "/{lang}/forum/{year}/manage/schedule",
            get(schedule_editor::page),
        )
        .route(
            "/{lang}/forum/{year}/manage/schedule/grid",
            get(schedule_grid::grid),
        )
        .route(
            "/{lang}/forum/{year}/manage/schedule/undo",
            post(schedule_grid::undo),
        )
        .route(
            "/{lang}/forum/{year}/manage/schedule/place",
            post(schedule_editor::place),
        )
        .route(
            "/{lang}/forum/{year}/manage/schedule/check",
            post(schedule_editor::check),
        )
        .route(
            "/{lang}/forum/{year}/manage/schedule/unplace",
            post(schedule_editor::unplace),
        )
        .route(
            "/{lang}/forum/{year}/manage/schedule/publish",
            post(schedule_editor::publish),
        )
        .route(
            "/{lang}/forum/manage/editions",
            get(manage::editions).post(manage::edition_create),
        )
        .route(
            "/{lang}/forum/manage/types",
            get(manage::types).post(manage::type_add),
        )
        .route(
            "/{lang}/forum/{year}/manage/edition",
            get(manage::edition_form).post(manage::edition_save),
        )
        .route(
            "/{lang}/forum/{year}/manage/accreditation",
            post(manage::accreditation_save),
        )
        .route(
            "/{lang}/forum/{year}/manage/rooms",
            get(manage::rooms).post(manage::room_add),
        )
        .route(
            "/{lang}/forum/{year}/manage/rooms/copy",
            post(manage::rooms_copy),
        )
        .route(
            "/{lang}/forum/{year}/manage/rooms/{id}",
            get(manage::room_form).post(manage::room_save),
        )
        .route(
            "/{lang}/forum/{year}/manage/rooms/{id}/captioners",
            post(manage::room_captioners_save),
        )
        .route(
            "/{lang}/forum/{year}/manage/phases",
            get(manage::phases).post(manage::phase_add),
        )
        .route(
            "/{lang}/forum/{year}/manage/phases/{id}/remove",
            post(manage::phase_remove),
        )
        .route(
            "/{lang}/forum/{year}/manage/partners",
            get(manage::partners).post(manage::partner_add),
        )
        .route(
            "/{lang}/forum/{year}/manage/partners/{id}/remove",
            post(manage::partner_remove),
        )
        .route(
            "/{lang}/forum/{year}/sessions/{number}/captions",
            get(captions::view),
        )
        .route(
            "/{lang}/forum/{year}/sessions/{number}/captions/events",
            get(captions::events),
        )
        .route(
            "/{lang}/forum/{year}/sessions/{number}/captioning",
            get(captions::captioning),
        )
        .route(
            "/{lang}/forum/{year}/sessions/{number}/captioning/start",
            post(captions::start),
        )
        .route(
            "/{lang}/forum/{year}/sessions/{number}/captioning/recording",
            post(captions::recording).layer(axum::extract::DefaultBodyLimit::max(
                wsis_app::forum::captions::MAX_RECORDING_BYTES + 64 * 1024,
            )),
        )
        .route(
            "/{lang}/forum/{year}/sessions/{number}/captioning/{id}/stop",
            post(captions::stop),
        )
        .route(
            "/{lang}/forum/{year}/sessions/{number}/captioning/{id}/lines/{seq}",
            get(captions::line_form).post(captions::correct),
        )
        .route(
            "/{lang}/forum/{year}/sessions/{number}/transcripts/{file}",
            get(captions::download),
        )
        .route("/{lang}/forum/{year}/outcomes", get(outcomes::list))
        .route("/{lang}/outcomes/search", get(outcome_search::page))
        .route(
            "/{lang}/forum/{year}/outcomes/{number}",
            get(outcomes::show),
        )
        .route(
            "/{lang}/forum/{year}/outcomes/{number}/edit",
            get(outcomes::edit_form).post(outcomes::save),
        )
        .route(
            "/{lang}/forum/{year}/outcomes/{number}/review",
            post(outcomes::decide),
        )
        .route(
            "/{lang}/forum/{year}/outcomes/{number}/revisions",
            get(outcomes::revisions),
        )
        .route(
            "/{lang}/forum/{year}/outcomes/{number}/photos",
            get(outcomes::photos).post(outcomes::photo_upload).layer(
                axum::extract::DefaultBodyLimit::max(
                    wsis_app::stocktaking::images::MAX_REQUEST_BYTES,
                ),
            ),
        )
        .route(
            "/{lang}/forum/{year}/outcomes/{number}/photos/{photo}/remove",
            post(outcomes::photo_remove),
        )
        .route(
            "/{lang}/forum/{year}/outcomes/high-level",
            get(high_level::track),
        )
        .route(
            "/{lang}/forum/{year}/programme.pdf",
            get(publications::programme),
        )
        .route(
            "/{lang}/forum/{year}/programme/{file}",
            get(publications::programme_day),
        )
        .route(
            "/{lang}/forum/{year}/outcomes/documents",
            get(publications::page),
        )
        .route(
            "/{lang}/forum/{year}/outcomes/documents/{file}",
            get(publications::file),
        )
        .route(
            "/{lang}/forum/{year}/outcomes/high-level/summary",
            get(high_level::summary_page).post(high_level::summary_save),
        )
        .route(
            "/{lang}/forum/{year}/outcomes/{number}/facilitators",
            get(high_level::facilitators_page).post(high_level::facilitators_save),
        )
        .route(
            "/{lang}/forum/{year}/outcomes/{number}/statements",
            get(high_level::statements)
                .post(high_level::statement_add)
                .layer(axum::extract::DefaultBodyLimit::max(
                    wsis_domain::forum::high_level::MAX_STATEMENT_PDF + 128 * 1024,
                )),
        )
        .route(
            "/{lang}/forum/{year}/outcomes/{number}/statements/{id}/remove",
            post(high_level::statement_remove),
        )
        .route(
            "/{lang}/forum/{year}/outcomes/{number}/statements/{id}/pdf",
            get(high_level::statement_pdf),
        )
        .route(
            "/{lang}/forum/{year}/manage/outcomes",
            get(outcomes::manage),
        )
        .route(
            "/{lang}/forum/{year}/manage/outcomes/deadline",
            post(outcomes::set_deadline),
        )
        .route(
            "/{lang}/forum/{year}/manage/outcomes/remind",
            post(outcomes::remind),
        )
        .route(
            "/{lang}/forum/{year}/manage/pages",
            get(manage::pages).post(manage::page_new),
        )
        .route(
            "/{lang}/forum/{year}/manage/pages/{slug}/{plang}",
            get(manage::page_form).post(manage::page_save),
        )
}

#[cfg(test)]
mod tests {
    use super::ByteBudget;

    #[test]
    fn the_budget_never_passes_its_limit() {
        let b = ByteBudget::new(100);
        assert!(b.try_take(60));
        assert!(!b.try_take(41), "would pass the limit");
        assert_eq!(b.used(), 60, "a refused take takes nothing");
        assert!(b.try_take(40));
        assert!(!b.try_take(1));
        b.give_back(60);
        assert!(b.try_take(60));
        assert!(!b.try_take(usize::MAX), "no overflow");
    }
}
