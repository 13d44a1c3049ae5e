//! One error type for every handler. Page handlers and API handlers return
//! the same [`AppError`]; a middleware turns it into a localised HTML page
//! (see `pages::error_page`) or a JSON body with a stable snake_case key
//! (see `api::json_errors`). 500s log their cause and show nothing internal.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use wsis_domain::FieldErrors;

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("not found")]
    NotFound,
    /// Not signed in.
    #[error("sign-in required")]
    Unauthenticated,
    /// Signed in without the needed role.
    #[error("forbidden")]
    Forbidden,
    /// A state-changing form without a valid CSRF token.
    #[error("csrf token missing or wrong")]
    Csrf,
    #[error("too many requests")]
    RateLimited,
    #[error("payload too large")]
    PayloadTooLarge,
    /// A form posted with a body that is not a form (`text/plain`, JSON…).
    #[error("unsupported media type")]
    UnsupportedMediaType,
    #[error("bad request: {0}")]
    BadRequest(&'static str),
    /// Field-level problems (API only; pages re-render their form instead).
    #[error("validation failed")]
    Validation(FieldErrors),
    /// The request conflicts with the current state (a stale edit, a
    /// workflow step that is not allowed now); the key says which.
    #[error("conflict: {0}")]
    Conflict(&'static str),
    #[error("service unavailable")]
    Unavailable,
    #[error("internal error: {0}")]
    Internal(String),
}

impl AppError {
    pub fn status(&self) -> StatusCode {
        match self {
            AppError::NotFound => StatusCode::NOT_FOUND,
            AppError::Unauthenticated => StatusCode::UNAUTHORIZED,
            AppError::Forbidden | AppError::Csrf => StatusCode::FORBIDDEN,
            AppError::RateLimited => StatusCode::TOO_MANY_REQUESTS,
            AppError::PayloadTooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            AppError::UnsupportedMediaType => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            AppError::BadRequest(_) => StatusCode::BAD_REQUEST,
            AppError::Validation(_) => StatusCode::UNPROCESSABLE_ENTITY,
            AppError::Conflict(_) => StatusCode::CONFLICT,
            AppError::Unavailable => StatusCode::SERVICE_UNAVAILABLE,
            AppError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// The stable key clients see in the API (`error` property).
    pub fn key(&self) -> &'static str {
        match self {
            AppError::NotFound => "not_found",
            AppError::Unauthenticated => "unauthenticated",
            AppError::Forbidden => "forbidden",
            AppError::Csrf => "csrf_failed",
            AppError::RateLimited => "rate_limited",
            AppError::PayloadTooLarge => "payload_too_large",
            AppError::UnsupportedMediaType => "unsupported_media_type",
            AppError::BadRequest(k) => k,
            AppError::Validation(_) => "validation_failed",
            AppError::Conflict(k) => k,
            AppError::Unavailable => "unavailable",
            AppError::Internal(_) => "internal_error",
        }
    }
}

impl From<wsis_app::ServiceError> for AppError {
    fn from(e: wsis_app::ServiceError) -> Self {
        use wsis_app::ServiceError as S;
        match e {
            S::NotFound => AppError::NotFound,
            S::Forbidden => AppError::Forbidden,
            S::Conflict(key) => AppError::Conflict(key),
            S::Stale(key) => AppError::Conflict(key),
            S::Fields(f) => AppError::Validation(f),
            S::RateLimited => AppError::RateLimited,
            S::Unavailable(cause) => {
                tracing::warn!(%cause, "database unavailable");
                AppError::Unavailable
            }
            e @ S::Internal { .. } => AppError::Internal(e.chain()),
        }
    }
}

/// Carried in the response's extensions so that the error middleware can
/// render it in the request's language and format.
#[derive(Debug, Clone)]
pub struct ErrorInfo {
    pub key: &'static str,
    pub fields: Option<FieldErrors>,
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        if let AppError::Internal(cause) = &self {
            tracing::error!(%cause, "request failed");
        }
        let status = self.status();
        let fields = match &self {
            AppError::Validation(f) => Some(f.clone()),
            _ => None,
        };
        let mut res = status.into_response();
        res.extensions_mut().insert(ErrorInfo {
            key: self.key(),
            fields,
        });
        res
    }
}

pub type AppResult<T> = Result<T, AppError>;
