//! `serve` and `demo`: migrate, (seed demo content,) listen, and shut down
//! gracefully on SIGTERM or Ctrl-C.

use crate::config::Settings;
use anyhow::{Context, Result};
use std::sync::Arc;
use std::time::Instant;
use wsis_search::SearchIndex;
use wsis_web::AppState;

pub async fn serve(settings: Settings, demo: bool) -> Result<()> {
    let started = Instant::now();
    let db = settings.connect().await?;
    settings.check_media().await?;
    let report = wsis_db::migrate::migrate(&db)
        .await
        .context("cannot migrate the database")?;
    if !report.applied.is_empty() {
        tracing::info!(applied = ?report.applied, "database migrated");
    }
    if demo {
        // Seeded through the services; the index opened below follows the change log.
        let seeding = crate::cli_app(&settings, db.clone(), crate::in_ram_index()?)?;
        wsis_app::demo::seed(&seeding)
            .await
            .context("cannot seed the demo content")?;
        let n = wsis_app::demo::seed_entries(&seeding, wsis_app::demo::DEMO_ENTRIES, 2019, |_| {})
            .await
            .context("cannot seed the demo entries")?;
        if n > 0 {
            tracing::info!(entries = n, "demo stocktaking entries created");
        }
        let selected = wsis_app::demo::seed_success_stories(&seeding)
            .await
            .context("cannot seed the demo Success Stories")?;
        if selected > 0 {
            tracing::info!(entries = selected, "demo Success Stories 2019 selected");
        }
        if wsis_app::demo::seed_forum(&seeding)
            .await
            .context("cannot seed the demo forum")?
        {
            tracing::info!("demo WSIS Forum 2019 created");
        }
        if wsis_app::demo::seed_prizes(&seeding)
            .await
            .context("cannot seed the demo prizes")?
        {
            tracing::info!("demo WSIS Prizes 2019 (voted, announced) and 2020 (open) created");
        }
        if wsis_app::demo::seed_photos(&seeding)
            .await
            .context("cannot seed the demo Photo Contest")?
        {
            tracing::info!(
                photos = wsis_app::demo::photos::DEMO_PHOTOS,
                "demo Photo Contest 2019 created"
            );
        }
        if wsis_app::demo::seed_hackathon(&seeding)
            .await
            .context("cannot seed the demo Hackathon")?
        {
            tracing::info!("demo Hackathon 2019 (announced) and 2020 (open) created");
        }
    }
    let search = open_index(&settings, &db).await?;
    // The server writes the index: it holds its writer from the start, so that
    // `wsis import` or `wsis reindex` on the same data directory is refused up front
    // instead of writing what this server would not see.
    if !search
        .try_lock_writer()
        .context("cannot open the search index for writing")?
    {
        anyhow::bail!(
            "the search index in {} is in use by another process (a running `wsis serve`, `wsis reindex` or `wsis import`); stop it first",
            settings.data_dir.join("search-index").display()
        );
    }
    let mailer = settings.mailer()?;
    let services = wsis_app::App::new(db.clone(), mailer, settings.app_config(), search);
    let state = AppState::new(services, settings.proxy_hops);
    // The job queue's worker runs beside the server unless `wsis worker` processes do
    // the work; it stops when the server has stopped.
    let (stop_worker, worker_stopped) = tokio::sync::oneshot::channel::<()>();
    let worker = settings.jobs.then(|| {
        tokio::spawn(wsis_app::jobs::run_worker(state.app.clone(), async move {
            let _ = worker_stopped.await;
        }))
    });
    // Machine captioning's worker, on a node with speech models.
    let (stop_captions, captions_stopped) = tokio::sync::oneshot::channel::<()>();
    let captions = settings.jobs.then(|| {
        tokio::spawn(wsis_app::jobs::run_caption_worker(
            state.app.clone(),
            async move {
                let _ = captions_stopped.await;
            },
        ))
    });
    let app = wsis_web::router(state);
    let listener = tokio::net::TcpListener::bind(settings.listen)
        .await
        .with_context(|| format!("cannot listen on {}", settings.listen))?;
    tracing::info!(
        address = %format!("http://{}", settings.listen),
        startup_ms = started.elapsed().as_millis() as u64,
        "WSIS Platform ready"
    );
    serve_http(listener, app, settings.header_timeout, shutdown_signal()).await;
    let _ = stop_worker.send(());
    let _ = stop_captions.send(());
    if let Some(w) = worker {
        let _ = w.await;
    }
    if let Some(w) = captions {
        let _ = w.await;
    }
    db.close().await;
    tracing::info!("stopped");
    Ok(())
}

/// Serves `app` on `listener` until `shutdown` resolves, then lets the requests in
/// flight finish (30 s at most). A client must send a request's headers within
/// `header_timeout`, and an idle kept-alive connection is closed after it too: slow or
/// silent clients do not hold connections open. Each request carries its client's
/// address (`ConnectInfo`).
async fn serve_http(
    listener: tokio::net::TcpListener,
    app: axum::Router,
    header_timeout: std::time::Duration,
    shutdown: impl std::future::Future<Output = ()>,
) {
    use axum::extract::ConnectInfo;
    use hyper_util::rt::{TokioExecutor, TokioIo, TokioTimer};
    use hyper_util::server::conn::auto::Builder;
    use hyper_util::server::graceful::GracefulShutdown;
    use hyper_util::service::TowerToHyperService;
    use tower::ServiceExt;

    // HTTP/1.1 only: browsers speak HTTP/2 over TLS, which the reverse proxy ends, and
    // sniffing for cleartext HTTP/2 would wait on a silent connection with no timeout.
    let mut builder = Builder::new(TokioExecutor::new()).http1_only();
    builder
        .http1()
        .timer(TokioTimer::new())
        .header_read_timeout(header_timeout);
    let graceful = GracefulShutdown::new();
    tokio::pin!(shutdown);
    loop {
        let (stream, remote) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(conn) => conn,
                Err(e) => {
                    // Out of file descriptors and the like: wait a moment, go on.
                    tracing::warn!(error = %e, "cannot accept a connection");
                    tokio::time::sleep(std::time::Duration::from_millis(50)).await;
                    continue;
                }
            },
            () = &mut shutdown => break,
        };
        let service =
            app.clone()
                .map_request(move |mut req: axum::http::Request<hyper::body::Incoming>| {
                    req.extensions_mut().insert(ConnectInfo(remote));
                    req
                });
        let (builder, watcher) = (builder.clone(), graceful.watcher());
        tokio::spawn(async move {
            // hyper's header timeout starts with the first byte: a connection that
            // never sends one is dropped after the same time.
            let mut first = [0u8; 1];
            match tokio::time::timeout(header_timeout, stream.peek(&mut first)).await {
                Ok(Ok(n)) if n > 0 => {}
                _ => return,
            }
            let conn = builder
                .serve_connection_with_upgrades(
                    TokioIo::new(stream),
                    TowerToHyperService::new(service),
                )
                .into_owned();
            if let Err(e) = watcher.watch(conn).await {
                tracing::debug!(error = %e, "connection ended with an error");
            }
        });
    }
    drop(listener);
    tokio::select! {
        () = graceful.shutdown() => {}
        () = tokio::time::sleep(std::time::Duration::from_secs(30)) => {
            tracing::warn!("requests still running 30 s after the shutdown signal");
        }
    }
}

/// Opens this node's search index under the data directory and rebuilds it
/// from the database when it does not hold every published entry (a new
/// node, a restored backup, an interrupted run); otherwise it follows the changes made
/// since it last ran (by other nodes, or by `wsis import`).
pub async fn open_index(settings: &Settings, db: &wsis_db::Db) -> Result<Arc<SearchIndex>> {
    let dir = settings.data_dir.join("search-index");
    let index = Arc::new(
        SearchIndex::open_in_dir(&dir)
            .with_context(|| format!("cannot open the search index in {}", dir.display()))?,
    );
    index.set_cache_capacity(settings.search_cache);
    // Rebuilt when it misses published entries or is ahead of the database's changes
    // (it belongs to another database: a backup was restored); else it follows.
    let app = crate::cli_app(settings, db.clone(), index.clone())?;
    let started = Instant::now();
    let (rebuilt, n) = wsis_app::stocktaking::search::open(&app)
        .await
        .context("cannot bring the search index up to date")?;
    if rebuilt {
        tracing::info!(
            entries = n,
            ms = started.elapsed().as_millis() as u64,
            "search index rebuilt"
        );
    } else if n > 0 {
        tracing::info!(entries = n, "search index brought up to date");
    }
    Ok(index)
}

/// `worker`: runs the job queue (e-mail, reminders, background work) against the
/// database until SIGTERM or Ctrl-C; any number of workers share the queue.
pub async fn worker(settings: Settings) -> Result<()> {
    let db = settings.connect().await?;
    wsis_db::migrate::migrate(&db)
        .await
        .context("cannot migrate the database")?;
    let mailer = settings.mailer()?;
    // A worker needs no search index of its own: jobs that change what is published
    // are followed by every serving node from the database's change log.
    let search = Arc::new(SearchIndex::in_ram().context("cannot create a search index")?);
    let app = wsis_app::App::new(db.clone(), mailer, settings.app_config(), search);
    let (stop_captions, captions_stopped) = tokio::sync::oneshot::channel::<()>();
    let captions = tokio::spawn(wsis_app::jobs::run_caption_worker(
        app.clone(),
        async move {
            let _ = captions_stopped.await;
        },
    ));
    wsis_app::jobs::run_worker(app, shutdown_signal()).await;
    let _ = stop_captions.send(());
    let _ = captions.await;
    db.close().await;
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
