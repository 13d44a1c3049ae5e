//! The installable offline agenda: its web app manifest and service worker.

use super::*;

/// The web app manifest of an edition's agenda.
pub async fn manifest(
    ctx: Ctx,
    State(state): State<AppState>,
    headers: HeaderMap,
    Path((_, year)): Path<(String, i64)>,
) -> AppResult<Response> {
    let ed = edition(&state, year).await?;
    let lang = ctx.lang;
    let base = format!("/{}/forum/{}", lang.code(), ed.year);
    let name = I18N.tr_args(
        lang,
        "forum-agenda-of",
        &[("year", Arg::from(year.to_string().as_str()))],
    );
    let body = serde_json::json!({
        "name": name,
        "short_name": format!("WSIS {year}"),
        "lang": lang.code(),
        "dir": lang.dir(),
        "start_url": format!("{base}/agenda"),
        "scope": format!("{base}/"),
        "display": "standalone",
        "background_color": "#ffffff",
        "theme_color": "#00507a",
        "icons": [{"src": "/static/icon.svg", "sizes": "any", "type": "image/svg+xml", "purpose": "any"}],
    })
    .to_string();
    let etag = crate::forum::etag_of(body.as_bytes());
    Ok(with_etag(
        &headers,
        Bytes::from(body),
        &etag,
        "application/manifest+json",
        "public, max-age=3600",
    ))
}

/// The service worker of an edition's agenda: on install it keeps the
/// agenda pages of the current version; pages are fetched from the network
/// first (and kept), from the cache when offline. A new published version
/// changes this script, which makes browsers install the new one.
pub async fn service_worker(
    ctx: Ctx,
    State(state): State<AppState>,
    headers: HeaderMap,
    Path((_, year)): Path<(String, i64)>,
) -> AppResult<Response> {
    let ed = edition(&state, year).await?;
    let version = published(&state, &ed)
        .await?
        .map(|p| p.schedule.version)
        .unwrap_or(0);
    let base = format!("/{}/forum/{}", ctx.lang.code(), ed.year);
    let core = [
        format!("{base}/agenda/all"),
        format!("{base}/agenda"),
        format!("{base}/agenda/grid"),
        format!("{base}/speakers"),
        format!("{base}/my-agenda"),
        format!("{base}/changes"),
        format!("/static/style.css?v={}", crate::pages::style_version()),
        format!("/static/forum.js?v={}", *SCRIPT_VERSION),
    ];
    let body = format!(
        "const CACHE = {cache};\nconst CORE = {core};\nconst FALLBACK = {fallback};\n{SW_BODY}",
        cache = serde_json::to_string(&format!("wsis-forum-{}-{year}-v{version}", ctx.lang.code()))
            .unwrap_or_default(),
        core = serde_json::to_string(&core).unwrap_or_default(),
        fallback = serde_json::to_string(&format!("{base}/agenda/all")).unwrap_or_default(),
    );
    let etag = crate::forum::etag_of(body.as_bytes());
    let mut res = with_etag(
        &headers,
        Bytes::from(body),
        &etag,
        "text/javascript; charset=utf-8",
        "no-cache",
    );
    res.headers_mut().insert(
        "service-worker-allowed",
        HeaderValue::from_str(&format!("{base}/")).unwrap_or(HeaderValue::from_static("/")),
    );
    Ok(res)
}

const SW_BODY: &str = r#"
self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((c) => c.addAll(CORE)).then(() => self.skipWaiting()));
});
self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys().then((keys) => Promise.all(
    keys.filter((k) => k.startsWith('wsis-forum-') && k !== CACHE).map((k) => caches.delete(k))
  )).then(() => self.clients.claim()));
});
self.addEventListener('fetch', (event) => {
  const req = event.request;
  if (req.method !== 'GET') return;
  const url = new URL(req.url);
  if (url.origin !== self.location.origin) return;
  event.respondWith(fetch(req).then((res) => {
    // Only what may be kept: pages marked no-store (accounts, queues, registrations)
    // never enter the offline copy.
    if (res.ok && !(res.headers.get('cache-control') || '').includes('no-store')) {
      const copy = res.clone();
      caches.open(CACHE).then((c) => c.put(req, copy));
    }
    return res;
  }).catch(() => caches.match(req, { ignoreVary: true }).then((hit) =>
    hit || (req.mode === 'navigate' ? caches.match(FALLBACK, { ignoreVary: true }) : Response.error())
  )));
});
"#;
