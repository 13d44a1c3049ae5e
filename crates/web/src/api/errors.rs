//! JSON error bodies and the JSON body extractor.

use crate::I18N;
use crate::ctx::preferred_language;
use crate::error::{AppError, ErrorInfo};
use axum::Json;
use axum::extract::rejection::JsonRejection;
use axum::extract::{FromRequest, Request};
use axum::http::StatusCode;
use axum::http::header::CONTENT_TYPE;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use wsis_domain::Language;

/// Every API error.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct ErrorBody {
    /// Stable snake_case key, e.g. `not_found`, `invalid_json`, `validation_failed`.
    pub error: String,
    /// A human-readable message in the requested language.
    pub message: String,
    /// Field-level problems, for `validation_failed`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub fields: Vec<FieldErrorBody>,
}

#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct FieldErrorBody {
    pub field: String,
    /// Stable key, e.g. `email-invalid`.
    pub key: String,
    /// The key's message in the requested language.
    pub message: String,
}

fn key_for_status(status: StatusCode) -> &'static str {
    match status.as_u16() {
        400 => "bad_request",
        401 => "unauthenticated",
        403 => "forbidden",
        404 => "not_found",
        405 => "method_not_allowed",
        413 => "payload_too_large",
        409 => "conflict",
        415 => "unsupported_media_type",
        422 => "invalid_body",
        429 => "rate_limited",
        503 => "unavailable",
        _ => "internal_error",
    }
}

fn lang_of(req: &Request, secure: bool) -> Language {
    req.uri()
        .query()
        .and_then(|q| serde_urlencoded::from_str::<Vec<(String, String)>>(q).ok())
        .and_then(|q| q.into_iter().find(|(k, _)| k == "lang"))
        .and_then(|(_, v)| Language::ALL.into_iter().find(|l| l.code() == v))
        .unwrap_or_else(|| preferred_language(req.headers(), secure))
}

/// Middleware: any error response that is not JSON yet becomes an
/// [`ErrorBody`].
pub async fn json_errors(
    axum::extract::State(state): axum::extract::State<crate::state::AppState>,
    req: Request,
    next: Next,
) -> Response {
    let lang = lang_of(&req, state.config.secure_cookies());
    let res = next.run(req).await;
    let status = res.status();
    if !(status.is_client_error() || status.is_server_error()) {
        return res;
    }
    let is_json = res
        .headers()
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/json"));
    if is_json {
        return res;
    }
    let info = res.extensions().get::<ErrorInfo>().cloned();
    let key = info
        .as_ref()
        .map(|i| i.key)
        .unwrap_or_else(|| key_for_status(status));
    let message_key = match status.as_u16() {
        401 => "error-401-text".to_owned(),
        422 => "error-400-text".to_owned(),
        c @ (400 | 403 | 404 | 405 | 413 | 429 | 500 | 503) => format!("error-{c}-text"),
        c if c >= 500 => "error-500-text".to_owned(),
        _ => "error-400-text".to_owned(),
    };
    let fields = info
        .and_then(|i| i.fields)
        .map(|f| {
            f.0.into_iter()
                .map(|e| FieldErrorBody {
                    field: e.field.to_owned(),
                    key: e.key.to_owned(),
                    message: I18N.tr(lang, e.key),
                })
                .collect()
        })
        .unwrap_or_default();
    let mut out = (
        status,
        Json(ErrorBody {
            error: key.to_owned(),
            message: I18N.tr(lang, &message_key),
            fields,
        }),
    )
        .into_response();
    for (name, value) in res.headers() {
        if name != CONTENT_TYPE && name != axum::http::header::CONTENT_LENGTH {
            out.headers_mut().append(name.clone(), value.clone());
        }
    }
    out
}

/// A JSON body; malformed JSON is a 400 `invalid_json`, JSON of the wrong
/// shape a 422 `invalid_body`, a missing content type a 415.
pub struct ApiJson<T>(pub T);

impl<S: Send + Sync, T: DeserializeOwned> FromRequest<S> for ApiJson<T> {
    type Rejection = AppError;
    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        match Json::<T>::from_request(req, state).await {
            Ok(Json(v)) => Ok(ApiJson(v)),
            Err(JsonRejection::JsonSyntaxError(_)) => Err(AppError::BadRequest("invalid_json")),
            Err(JsonRejection::JsonDataError(_)) => Err(AppError::BadRequest("invalid_body")),
            Err(JsonRejection::MissingJsonContentType(_)) => {
                Err(AppError::BadRequest("unsupported_media_type"))
            }
            Err(JsonRejection::BytesRejection(r))
                if r.status() == StatusCode::PAYLOAD_TOO_LARGE =>
            {
                Err(AppError::PayloadTooLarge)
            }
            Err(_) => Err(AppError::BadRequest("bad_request")),
        }
    }
}
