//! One error for every service. The adapters map it once: the web crate to its
//! `AppError` (a status and a localised page or JSON body), the CLI to a message.

use wsis_domain::FieldErrors;

/// Why a service refused or failed.
#[derive(Debug, thiserror::Error)]
pub enum ServiceError {
    /// The thing does not exist, or the actor may not know that it does.
    #[error("not found")]
    NotFound,
    /// The actor may not do this.
    #[error("forbidden")]
    Forbidden,
    /// The request conflicts with the current state (a workflow step that is not
    /// allowed now, a full room); the key says which, as a message key.
    #[error("conflict: {0}")]
    Conflict(&'static str),
    /// The thing changed since the actor read it (an edit from an old version).
    #[error("stale: {0}")]
    Stale(&'static str),
    /// The input has field-level problems; nothing was written.
    #[error("validation failed")]
    Fields(FieldErrors),
    /// Too many attempts in a window.
    #[error("rate limited")]
    RateLimited,
    /// The database cannot be reached now (pool closed or timed out, IO).
    #[error("unavailable: {0}")]
    Unavailable(String),
    /// Anything else: a bug or a broken dependency. Logged with its source; users see
    /// a generic message.
    #[error("internal error: {context}")]
    Internal {
        context: String,
        #[source]
        source: Option<Box<dyn std::error::Error + Send + Sync>>,
    },
}

impl ServiceError {
    /// An internal error with a description and no source.
    pub fn internal(context: impl Into<String>) -> Self {
        ServiceError::Internal {
            context: context.into(),
            source: None,
        }
    }

    /// An internal error caused by `source`.
    pub fn caused(
        context: impl Into<String>,
        source: impl std::error::Error + Send + Sync + 'static,
    ) -> Self {
        ServiceError::Internal {
            context: context.into(),
            source: Some(Box::new(source)),
        }
    }

    /// Field errors from one field and message key.
    pub fn field(field: &'static str, key: &'static str) -> Self {
        let mut f = FieldErrors::new();
        f.add(field, key);
        ServiceError::Fields(f)
    }

    /// The cause chain as one line, for logs.
    pub fn chain(&self) -> String {
        let mut out = self.to_string();
        let mut cur = std::error::Error::source(self);
        while let Some(e) = cur {
            out.push_str(": ");
            out.push_str(&e.to_string());
            cur = e.source();
        }
        out
    }
}

impl From<wsis_db::DbError> for ServiceError {
    fn from(e: wsis_db::DbError) -> Self {
        match &e {
            wsis_db::DbError::Sqlx(sqlx_err) if is_unavailable(sqlx_err) => {
                ServiceError::Unavailable(e.to_string())
            }
            wsis_db::DbError::Stale => ServiceError::Stale("stale"),
            _ => ServiceError::caused("database", e),
        }
    }
}

impl From<wsis_db::SqlxError> for ServiceError {
    fn from(e: wsis_db::SqlxError) -> Self {
        ServiceError::from(wsis_db::DbError::from(e))
    }
}

impl From<wsis_media::MediaError> for ServiceError {
    fn from(e: wsis_media::MediaError) -> Self {
        match e {
            wsis_media::MediaError::NotFound => ServiceError::NotFound,
            wsis_media::MediaError::Unavailable(m) => ServiceError::Unavailable(m),
            e => ServiceError::caused("media store", e),
        }
    }
}

impl From<FieldErrors> for ServiceError {
    fn from(f: FieldErrors) -> Self {
        ServiceError::Fields(f)
    }
}

fn is_unavailable(e: &wsis_db::SqlxError) -> bool {
    matches!(
        e,
        wsis_db::SqlxError::PoolTimedOut
            | wsis_db::SqlxError::PoolClosed
            | wsis_db::SqlxError::Io(_)
    )
}

pub type ServiceResult<T> = Result<T, ServiceError>;
