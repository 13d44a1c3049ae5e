//! `serve` and `demo`: migrate, (seed demo content,) listen, and shut down
//! gracefully on SIGTERM or Ctrl-C.

use crate::config::Settings;
use anyhow::{Context, Result};
use std::net::SocketAddr;
use std::time::Instant;
use wsis_web::mail::Mailer;
use wsis_web::{AppState, WebConfig};

pub async fn serve(settings: Settings, demo: bool) -> Result<()> {
    let started = Instant::now();
    let db = settings.connect().await?;
    let report = wsis_db::migrate::migrate(&db)
        .await
        .context("cannot migrate the database")?;
    if !report.applied.is_empty() {
        tracing::info!(applied = ?report.applied, "database migrated");
    }
    if demo {
        crate::demo::seed(&db)
            .await
            .context("cannot seed the demo content")?;
    }
    let mailer = match &settings.smtp_url {
        Some(url) => Mailer::smtp(url).context("bad SMTP settings")?,
        None => {
            let dir = settings.data_dir.join("outbox");
            tracing::info!(outbox = %dir.display(), "no SMTP server configured: e-mail goes to the outbox directory");
            Mailer::outbox(&dir)
                .with_context(|| format!("cannot create the outbox {}", dir.display()))?
        }
    };
    let mut web = WebConfig::new(&settings.public_url);
    web.trust_proxy = settings.trust_proxy;
    web.mail_from = settings.mail_from.clone();
    let state = AppState::new(db.clone(), mailer, web);
    let app = wsis_web::router(state);
    let listener = tokio::net::TcpListener::bind(settings.listen)
        .await
        .with_context(|| format!("cannot listen on {}", settings.listen))?;
    tracing::info!(
        address = %format!("http://{}", settings.listen),
        startup_ms = started.elapsed().as_millis() as u64,
        "WSIS Platform ready"
    );
    axum::serve(
        listener,
        app.into_make_service_with_connect_info::<SocketAddr>(),
    )
    .with_graceful_shutdown(shutdown_signal())
    .await
    .context("the server stopped with an error")?;
    db.close().await;
    tracing::info!("stopped");
    Ok(())
}

/// Resolves on SIGTERM or Ctrl-C; in-flight requests then finish.
async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = term => {},
    }
    tracing::info!("shutting down");
}
