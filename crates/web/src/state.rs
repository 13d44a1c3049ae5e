//! Shared state of the web tier: the application's services and the web settings.

use std::sync::Arc;

pub use wsis_app::{AppConfig, RateLimits};

/// Settings of the web tier: the services' settings and what only HTTP needs.
#[derive(Debug, Clone)]
pub struct WebConfig {
    pub app: AppConfig,
    /// How many reverse proxies stand in front of the platform, each appending to
    /// `X-Forwarded-For` (0: none; the client is the socket's peer).
    pub proxy_hops: usize,
}

impl WebConfig {
    pub fn new(public_url: impl Into<String>) -> Self {
        WebConfig {
            app: AppConfig::new(public_url),
            proxy_hops: 0,
        }
    }

    /// Cookies carry `Secure` when the platform is served over https.
    pub fn secure_cookies(&self) -> bool {
        self.app.secure()
    }
}

impl std::ops::Deref for WebConfig {
    type Target = AppConfig;
    fn deref(&self) -> &AppConfig {
        &self.app
    }
}

impl std::ops::DerefMut for WebConfig {
    fn deref_mut(&mut self) -> &mut AppConfig {
        &mut self.app
    }
}

#[derive(Clone)]
pub struct AppState(Arc<Inner>);

pub struct Inner {
    /// The services.
    pub app: wsis_app::App,
    /// The services' settings (a copy of `app.config()`) and the web tier's.
    pub config: WebConfig,
    /// The forum's rendered agenda pages and exports, per published snapshot.
    pub forum: crate::forum::ForumCache,
    /// The WSIS–SDG Matrix's anonymous pages and open data, per version of the matrix.
    pub matrix_pages: crate::matrix::MatrixPages,
    /// The Photo Contest's anonymous pages, kept a few seconds.
    pub photo_pages: crate::photos::PhotoPages,
    /// The agenda's exports answered before the stack.
    pub front_door: crate::front_door::FrontDoor,
}

impl AppState {
    /// The web tier over the services `app`, behind `proxy_hops` reverse proxies.
    pub fn new(app: wsis_app::App, proxy_hops: usize) -> Self {
        let config = WebConfig {
            app: app.config().clone(),
            proxy_hops,
        };
        AppState(Arc::new(Inner {
            forum: crate::forum::ForumCache::new(app.clone()),
            matrix_pages: Default::default(),
            photo_pages: Default::default(),
            front_door: Default::default(),
            app,
            config,
        }))
    }
}

impl std::ops::Deref for AppState {
    type Target = Inner;
    fn deref(&self) -> &Inner {
        &self.0
    }
}
