//! Localised error pages. Handlers return [`AppError`]s (or axum's own
//! rejections); this middleware dresses every error response that is not
//! already a page as one, in the request's language, with the site frame.

use super::{Page, render_with_status};
use crate::auth::{LANG_COOKIE, cookie, read_cookie};
use crate::csrf::CsrfToken;
use crate::ctx::{Ctx, LangPrefix, client_ip, preferred_language, session_user, split_lang};
use crate::error::{AppError, ErrorInfo};
use crate::state::AppState;
use askama::Template;
use axum::extract::{Request, State};
use axum::http::header::{CONTENT_TYPE, SET_COOKIE};
use axum::http::{HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorPage {
    page: Page,
    text: String,
    /// What was wrong with the request, field by field (422).
    details: Vec<String>,
}

/// Unmatched paths.
pub async fn not_found() -> AppError {
    AppError::NotFound
}

/// Middleware: localised error pages, the sign-in redirect for anonymous
/// visitors of protected pages, and the language cookie.
pub async fn error_pages(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let (parts, body) = req.into_parts();
    let headers = parts.headers.clone();
    let uri = parts.uri.clone();
    let csrf = parts
        .extensions
        .get::<CsrfToken>()
        .map(|t| t.0.clone())
        .unwrap_or_default();
    let ip = client_ip(&parts, state.config.proxy_hops);
    let mut res = next.run(Request::from_parts(parts, body)).await;

    let path_lang = match split_lang(uri.path()) {
        LangPrefix::Known(l, _) => Some(l),
        _ => None,
    };
    // Remember the language the visitor chose, for `/` and for error pages.
    if let Some(l) = path_lang
        && read_cookie(&headers, LANG_COOKIE, state.config.secure_cookies()) != Some(l.code())
        && let Ok(v) = HeaderValue::from_str(&cookie(
            LANG_COOKIE,
            l.code(),
            365 * 86_400,
            state.config.secure_cookies(),
        ))
    {
        res.headers_mut().append(SET_COOKIE, v);
    }

    let status = res.status();
    // A range past a file's end answers a download client (its Content-Range says the
    // file's size), not a reader: no page.
    if !(status.is_client_error() || status.is_server_error())
        || status == StatusCode::RANGE_NOT_SATISFIABLE
    {
        return res;
    }
    let is_html = res
        .headers()
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html"));
    if is_html {
        return res;
    }
    let info = res.extensions().get::<ErrorInfo>().cloned();
    let lang =
        path_lang.unwrap_or_else(|| preferred_language(&headers, state.config.secure_cookies()));
    let rest = match split_lang(uri.path()) {
        LangPrefix::Known(_, rest) | LangPrefix::Unknown(rest) => rest.to_owned(),
        LangPrefix::None => uri.path().to_owned(),
    };

    if status == StatusCode::UNAUTHORIZED {
        let next = serde_urlencoded::to_string([(
            "next",
            uri.path_and_query().map(|p| p.as_str()).unwrap_or("/"),
        )])
        .unwrap_or_default();
        return Redirect::to(&format!("/{}/account/login?{next}", lang.code())).into_response();
    }

    let user = session_user(&state, &headers).await.ok().flatten();
    let ctx = Ctx {
        lang,
        session_token: user.as_ref().map(|(_, t)| t.clone()),
        user: user.map(|(u, _)| u),
        csrf,
        rest,
        client_ip: ip,
    };
    let code = match status.as_u16() {
        c @ (400 | 403 | 404 | 405 | 409 | 413 | 429 | 500 | 503) => c,
        422 | 415 => 400,
        c if c >= 500 => 500,
        _ => 400,
    };
    let mut page = Page::new(&ctx, &format!("error-{code}-title"), "");
    let text_key = match info.as_ref().map(|i| i.key) {
        Some("csrf_failed") => "error-403-csrf".to_owned(),
        // A conflict's key is itself a message (e.g. `entry-stale`).
        Some(k) if code == 409 => k.to_owned(),
        _ => format!("error-{code}-text"),
    };
    let text = page.t(&text_key);
    let mut details: Vec<String> = info
        .as_ref()
        .and_then(|i| i.fields.as_ref())
        .map(|f| f.0.iter().map(|e| page.t(e.key)).collect())
        .unwrap_or_default();
    details.dedup();
    page.notice = None;
    let set_cookies: Vec<HeaderValue> = res.headers().get_all(SET_COOKIE).iter().cloned().collect();
    match render_with_status(
        &ErrorPage {
            page,
            text,
            details,
        },
        status,
    ) {
        Ok(mut r) => {
            for c in set_cookies {
                r.headers_mut().append(SET_COOKIE, c);
            }
            r
        }
        Err(_) => (status, "error").into_response(),
    }
}

#[cfg(test)]
mod tests {
    use crate::mail::Mailer;
    use crate::state::{AppState, WebConfig};
    use axum::Router;
    use axum::body::Body;
    use axum::http::{Request, StatusCode};
    use axum::middleware;
    use axum::routing::get;
    use http_body_util::BodyExt;
    use tower::ServiceExt;
    use tower_http::catch_panic::CatchPanicLayer;

    async fn state() -> AppState {
        let db = wsis_app::testing::fresh_db().await;
        let dir = std::env::temp_dir().join(format!("wsis-err-{}", std::process::id()));
        let search = std::sync::Arc::new(wsis_search::SearchIndex::in_ram().unwrap());
        let app = wsis_app::App::new(
            db,
            Mailer::outbox(dir).unwrap(),
            WebConfig::new("http://wsis.test").app,
            search,
        );
        AppState::new(app, 0)
    }

    async fn boom() -> &'static str {
        panic!("a bug in a handler")
    }

    #[tokio::test]
    async fn a_panicking_handler_gives_a_localised_500_page_without_details() {
        let state = state().await;
        let app = Router::new()
            .route("/{lang}/boom", get(boom))
            .layer(CatchPanicLayer::custom(crate::security::panic_response))
            .layer(middleware::from_fn_with_state(
                state.clone(),
                super::error_pages,
            ))
            .with_state(state);
        let res = app
            .oneshot(Request::get("/ru/boom").body(Body::empty()).unwrap())
            .await
            .unwrap();
        assert_eq!(res.status(), StatusCode::INTERNAL_SERVER_ERROR);
        let body = String::from_utf8(res.into_body().collect().await.unwrap().to_bytes().to_vec())
            .unwrap();
        assert!(body.contains("lang=\"ru\""));
        assert!(body.contains(&crate::I18N.tr(wsis_domain::Language::Ru, "error-500-title")));
        assert!(!body.contains("a bug in a handler"), "no internals shown");
    }

    #[tokio::test]
    async fn a_database_outage_gives_a_localised_503_page() {
        let state = state().await;
        state.app.close().await;
        let app = crate::router(state);
        let res = app
            .oneshot(
                Request::get("/es/action-lines")
                    .body(Body::empty())
                    .unwrap(),
            )
            .await
            .unwrap();
        assert_eq!(res.status(), StatusCode::SERVICE_UNAVAILABLE);
        let body = String::from_utf8(res.into_body().collect().await.unwrap().to_bytes().to_vec())
            .unwrap();
        assert!(body.contains("lang=\"es\""));
        assert!(body.contains(&crate::I18N.tr(wsis_domain::Language::Es, "error-503-title")));
        assert!(
            !body.to_lowercase().contains("pool"),
            "no database error shown"
        );
    }
}
