//! CSRF protection for every state-changing form. A signed-in visitor's token is
//! derived from their session (the SHA-256 of `csrf:` and the session's secret
//! token): another account's token, or one made up, does not pass, and signing in
//! again rotates it. An anonymous visitor gets a random token in an HttpOnly,
//! SameSite=Lax cookie (double submit). Every form carries the token in a hidden
//! `csrf` field; [`CsrfForm`] refuses a body whose field does not match.

use crate::auth::{
    CSRF_COOKIE, SESSION_COOKIE, cookie, random_token, read_cookie, same_token, token_hash,
};
use crate::error::AppError;
use crate::state::AppState;
use axum::body::Bytes;
use axum::extract::{FromRequest, Request, State};
use axum::http::HeaderValue;
use axum::http::header::SET_COOKIE;
use axum::middleware::Next;
use axum::response::Response;
use serde::de::DeserializeOwned;

/// The visitor's CSRF token, put in the request's extensions by [`ensure_token`].
#[derive(Debug, Clone)]
pub struct CsrfToken(pub String);

/// The token of a session: only whoever holds the session's cookie can know it.
fn session_token(session: &str) -> String {
    token_hash(&format!("csrf:{session}"))
}

/// The visitor's anonymous token, if their cookie holds a well-formed one.
fn cookie_token(headers: &axum::http::HeaderMap, secure: bool) -> Option<String> {
    read_cookie(headers, CSRF_COOKIE, secure)
        .filter(|t| t.len() == 64 && t.bytes().all(|b| b.is_ascii_hexdigit()))
        .map(str::to_owned)
}

/// The token a state-changing request must carry: the session's when the request
/// comes with a session cookie, else the anonymous cookie's.
pub fn expected_token(headers: &axum::http::HeaderMap, secure: bool) -> Option<String> {
    match read_cookie(headers, SESSION_COOKIE, secure).filter(|s| s.len() == 64) {
        Some(session) => Some(session_token(session)),
        None => cookie_token(headers, secure),
    }
}

/// Middleware: gives every visitor an anonymous CSRF cookie, and puts the token
/// their forms carry (the session's, when signed in) in the request.
pub async fn ensure_token(State(state): State<AppState>, mut req: Request, next: Next) -> Response {
    let secure = state.config.secure_cookies();
    let existing = cookie_token(req.headers(), secure);
    let fresh = existing.is_none();
    let anonymous = existing.unwrap_or_else(random_token);
    let token = match read_cookie(req.headers(), SESSION_COOKIE, secure).filter(|s| s.len() == 64) {
        Some(session) => session_token(session),
        None => anonymous.clone(),
    };
    req.extensions_mut().insert(CsrfToken(token));
    let mut res = next.run(req).await;
    if fresh
        && let Ok(v) = HeaderValue::from_str(&cookie(CSRF_COOKIE, &anonymous, 365 * 86_400, secure))
    {
        res.headers_mut().append(SET_COOKIE, v);
    }
    res
}

/// Refuses a body that is not a URL-encoded form: a cross-site `text/plain` post (which
/// needs no preflight) never reaches a form handler, whatever its content.
fn require_form(req: &Request) -> Result<(), AppError> {
    let is_form = req
        .headers()
        .get(axum::http::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .is_some_and(|t| {
            t.trim()
                .eq_ignore_ascii_case("application/x-www-form-urlencoded")
        });
    if is_form {
        Ok(())
    } else {
        Err(AppError::UnsupportedMediaType)
    }
}

/// A URL-encoded form whose `csrf` field matched the visitor's token.
pub struct CsrfForm<T>(pub T);

impl<T: DeserializeOwned> FromRequest<AppState> for CsrfForm<T> {
    type Rejection = AppError;

    async fn from_request(req: Request, state: &AppState) -> Result<Self, Self::Rejection> {
        require_form(&req)?;
        let expected = req
            .extensions()
            .get::<CsrfToken>()
            .map(|t| t.0.clone())
            .unwrap_or_default();
        let bytes = Bytes::from_request(req, state).await.map_err(|e| {
            if e.status() == axum::http::StatusCode::PAYLOAD_TOO_LARGE {
                AppError::PayloadTooLarge
            } else {
                AppError::BadRequest("invalid_form")
            }
        })?;
        let pairs: Vec<(String, String)> = serde_urlencoded::from_bytes(&bytes)
            .map_err(|_| AppError::BadRequest("invalid_form"))?;
        let given = pairs
            .iter()
            .find(|(k, _)| k == "csrf")
            .map(|(_, v)| v.as_str())
            .unwrap_or("");
        if expected.is_empty() || !same_token(given, &expected) {
            return Err(AppError::Csrf);
        }
        let value = serde_urlencoded::from_bytes(&bytes)
            .map_err(|_| AppError::BadRequest("invalid_form"))?;
        Ok(CsrfForm(value))
    }
}

/// A form from a page that is the same for every visitor and so carries no
/// token (the cached agenda pages' "my agenda" buttons): accepted when its
/// `csrf` field matches, or, without one, when the browser says the post
/// comes from this site (`Sec-Fetch-Site: same-origin`, or an `Origin`
/// equal to the platform's public address). A cross-site page can forge
/// neither header.
pub struct OriginCheckedForm<T>(pub T);

/// Whether the request's own headers place it on this site.
pub fn same_origin(headers: &axum::http::HeaderMap, public_url: &str) -> bool {
    let header = |name: &str| headers.get(name).and_then(|v| v.to_str().ok());
    match (header("sec-fetch-site"), header("origin")) {
        (Some(site), _) => site == "same-origin",
        (None, Some(origin)) => origin.trim_end_matches('/') == public_url.trim_end_matches('/'),
        (None, None) => false,
    }
}

impl<T: DeserializeOwned> FromRequest<AppState> for OriginCheckedForm<T> {
    type Rejection = AppError;

    async fn from_request(req: Request, state: &AppState) -> Result<Self, Self::Rejection> {
        let expected = req
            .extensions()
            .get::<CsrfToken>()
            .map(|t| t.0.clone())
            .unwrap_or_default();
        require_form(&req)?;
        let origin_ok = same_origin(req.headers(), &state.config.public_url);
        let bytes = Bytes::from_request(req, state)
            .await
            .map_err(|_| AppError::BadRequest("invalid_form"))?;
        let pairs: Vec<(String, String)> = serde_urlencoded::from_bytes(&bytes)
            .map_err(|_| AppError::BadRequest("invalid_form"))?;
        let given = pairs
            .iter()
            .find(|(k, _)| k == "csrf")
            .map(|(_, v)| v.as_str());
        let ok = match given {
            Some(g) => !expected.is_empty() && same_token(g, &expected),
            None => origin_ok,
        };
        if !ok {
            return Err(AppError::Csrf);
        }
        serde_urlencoded::from_bytes(&bytes)
            .map(OriginCheckedForm)
            .map_err(|_| AppError::BadRequest("invalid_form"))
    }
}
