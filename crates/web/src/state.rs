//! Shared application state: the database, the mailer and the web settings.

use crate::mail::Mailer;
use std::sync::Arc;
use wsis_db::Db;

/// Limits on attempts, per client address and per account, in a window.
#[derive(Debug, Clone)]
pub struct RateLimits {
    pub window_secs: i64,
    pub login_per_ip: i64,
    pub login_per_account: i64,
    pub signup_per_ip: i64,
    pub reset_per_ip: i64,
}

impl Default for RateLimits {
    fn default() -> Self {
        RateLimits {
            window_secs: 900,
            login_per_ip: 30,
            login_per_account: 10,
            signup_per_ip: 10,
            reset_per_ip: 10,
        }
    }
}

/// Settings of the web tier.
#[derive(Debug, Clone)]
pub struct WebConfig {
    /// The address users reach the platform at, used in e-mailed links
    /// (e.g. `https://wsis.example.org`). No trailing slash.
    pub public_url: String,
    /// Trust `X-Forwarded-For`/`X-Forwarded-Proto` from a reverse proxy.
    pub trust_proxy: bool,
    pub rate_limits: RateLimits,
    /// Session lifetime in seconds.
    pub session_ttl_secs: i64,
    /// The sender of the platform's e-mail.
    pub mail_from: String,
    /// How long a node serves its copy of a forum's published agenda before
    /// asking the database whether another node published a newer version.
    pub forum_recheck: std::time::Duration,
    /// How long a node searches its index before asking the database whether another node
    /// changed what is published (zero: before every search). Writes on the node itself
    /// are searchable before their request returns.
    pub search_recheck: std::time::Duration,
    /// Where uploaded images are kept (`serve` uses DATA_DIR/media; the
    /// default, for tests and tools, is a directory in the system's temp).
    pub media_dir: std::path::PathBuf,
}

impl WebConfig {
    pub fn new(public_url: impl Into<String>) -> Self {
        WebConfig {
            public_url: public_url.into().trim_end_matches('/').to_owned(),
            trust_proxy: false,
            rate_limits: RateLimits::default(),
            session_ttl_secs: 30 * 86_400,
            mail_from: "WSIS Platform <noreply@localhost>".to_owned(),
            forum_recheck: std::time::Duration::from_secs(1),
            search_recheck: std::time::Duration::from_secs(1),
            media_dir: std::env::temp_dir().join("wsis-media"),
        }
    }

    /// Cookies carry `Secure` when the platform is served over https.
    pub fn secure_cookies(&self) -> bool {
        self.public_url.starts_with("https://")
    }
}

#[derive(Clone)]
pub struct AppState(Arc<Inner>);

pub struct Inner {
    pub db: Db,
    pub mailer: Mailer,
    pub config: WebConfig,
    /// The stocktaking search index, derived from the database.
    pub search: Arc<wsis_search::SearchIndex>,
    /// The forum's published schedules and their exports, in memory.
    pub forum: crate::forum::ForumCache,
    /// Searches computed at once: one per core (see `stocktaking::service::search`).
    pub search_slots: tokio::sync::Semaphore,
    /// When the index last followed the database (see `stocktaking::service::follow_changes`).
    pub search_follow: crate::stocktaking::service::SearchFollow,
}

impl AppState {
    pub fn new(
        db: Db,
        mailer: Mailer,
        config: WebConfig,
        search: Arc<wsis_search::SearchIndex>,
    ) -> Self {
        AppState(Arc::new(Inner {
            db,
            mailer,
            config,
            search,
            forum: Default::default(),
            search_follow: Default::default(),
            search_slots: tokio::sync::Semaphore::new(
                std::thread::available_parallelism().map_or(2, |n| n.get()),
            ),
        }))
    }
}

impl std::ops::Deref for AppState {
    type Target = Inner;
    fn deref(&self) -> &Inner {
        &self.0
    }
}
