//! CSRF protection for every state-changing form: each visitor gets a random
//! token in an HttpOnly, SameSite=Lax cookie; every form carries it in a
//! hidden `csrf` field; [`CsrfForm`] refuses a body whose field does not
//! match the cookie (a cross-site page can neither read the cookie nor set it).

use crate::auth::{CSRF_COOKIE, cookie, random_token, read_cookie, same_token};
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

/// Middleware: gives every visitor a CSRF cookie.
pub async fn ensure_token(State(state): State<AppState>, mut req: Request, next: Next) -> Response {
    let existing = read_cookie(req.headers(), CSRF_COOKIE)
        .filter(|t| t.len() == 64 && t.bytes().all(|b| b.is_ascii_hexdigit()))
        .map(str::to_owned);
    let (token, fresh) = match existing {
        Some(t) => (t, false),
        None => (random_token(), true),
    };
    req.extensions_mut().insert(CsrfToken(token.clone()));
    let mut res = next.run(req).await;
    if fresh
        && let Ok(v) = HeaderValue::from_str(&cookie(
            CSRF_COOKIE,
            &token,
            365 * 86_400,
            state.config.secure_cookies(),
        ))
    {
        res.headers_mut().append(SET_COOKIE, v);
    }
    res
}

/// A URL-encoded form whose `csrf` field matched the visitor's token.
pub struct CsrfForm<T>(pub T);

impl<T: DeserializeOwned> FromRequest<AppState> for CsrfForm<T> {
    type Rejection = AppError;

    async fn from_request(req: Request, state: &AppState) -> Result<Self, Self::Rejection> {
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
