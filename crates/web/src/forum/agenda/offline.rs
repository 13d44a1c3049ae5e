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
    let lang = ctx.lang;
    let js = |v: &str| serde_json::to_string(v).unwrap_or_default();
    // What a visitor reads after choosing a session offline: the choice is kept on the
    // device and sent when the network is back.
    let queued = serde_json::json!({
        "lang": lang.code(),
        "dir": lang.dir(),
        "title": I18N.tr(lang, "forum-pick-queued-title"),
        "text": I18N.tr(lang, "forum-pick-queued-text"),
        "back": I18N.tr(lang, "forum-pick-queued-back"),
        "style": core[6],
    });
    let body = format!(
        "const CACHE = {cache};\nconst CORE = {core};\nconst FALLBACK = {fallback};\nconst PICKS = {picks};\nconst QUEUED = {queued};\n{SW_BODY}",
        cache = js(&format!("wsis-forum-{}-{year}-v{version}", lang.code())),
        core = serde_json::to_string(&core).unwrap_or_default(),
        fallback = js(&format!("{base}/agenda/all")),
        picks = js(&format!("{base}/my-agenda")),
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
// Choices of "my agenda" made offline wait in IndexedDB and are sent, in order, when
// the network is back (a page's load or its 'online' event asks; Background Sync
// where the browser has it).
function openQueue() {
  return new Promise((ok, ko) => {
    const r = indexedDB.open('wsis-forum-queue', 1);
    r.onupgradeneeded = () => r.result.createObjectStore('posts', { autoIncrement: true });
    r.onsuccess = () => ok(r.result);
    r.onerror = () => ko(r.error);
  });
}
function inQueue(mode, work) {
  return openQueue().then((db) => new Promise((ok, ko) => {
    const t = db.transaction('posts', mode);
    const out = work(t.objectStore('posts'));
    t.oncomplete = () => { db.close(); ok(out); };
    t.onerror = () => { db.close(); ko(t.error); };
    t.onabort = () => { db.close(); ko(t.error); };
  }));
}
// This agenda's kept choices (each worker sends those of its own agenda), oldest first.
function queued() {
  return inQueue('readonly', (store) => {
    const items = [];
    store.openCursor().onsuccess = (e) => {
      const c = e.target.result;
      if (c) {
        if (c.value.url === PICKS) items.push([c.key, c.value]);
        c.continue();
      }
    };
    return items;
  });
}
let flushing = null;
// Sends the kept choices in order; true when none is left.
function flush() {
  if (flushing) return flushing;
  flushing = (async () => {
    for (const [key, item] of await queued()) {
      let res;
      try {
        res = await fetch(item.url, {
          method: 'POST', body: item.body, credentials: 'same-origin', redirect: 'manual',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
        });
      } catch (e) {
        return false; // still offline: the rest waits
      }
      // A server error (a restart, a deploy) keeps it for later; any other answer is final.
      if (res.type !== 'opaqueredirect' && res.status >= 500) return false;
      await inQueue('readwrite', (store) => { store.delete(key); });
    }
    return true;
  })().catch(() => false).finally(() => { flushing = null; });
  return flushing;
}
function escapeHtml(s) {
  return String(s).replace(/[&<>"']/g, (c) => '&#' + c.charCodeAt(0) + ';');
}
function queuedPage(back) {
  // Only a page of this site (parsed as the browser would, so that "/\t/x" is not one).
  let to = FALLBACK;
  try {
    const u = new URL(back, self.location.origin);
    if (u.origin === self.location.origin && back.startsWith('/')) to = u.pathname + u.search;
  } catch (e) { /* the agenda */ }
  return '<!doctype html><html lang="' + QUEUED.lang + '" dir="' + QUEUED.dir + '"><head><meta charset="utf-8">'
    + '<meta name="viewport" content="width=device-width, initial-scale=1">'
    + '<title>' + escapeHtml(QUEUED.title) + '</title><link rel="stylesheet" href="' + escapeHtml(QUEUED.style) + '"></head>'
    + '<body><main id="main" class="wrap"><h1>' + escapeHtml(QUEUED.title) + '</h1><p role="status">'
    + escapeHtml(QUEUED.text) + '</p><p><a href="' + escapeHtml(to) + '">' + escapeHtml(QUEUED.back)
    + '</a></p></main></body></html>';
}
self.addEventListener('message', (event) => {
  if (event.data === 'flush') event.waitUntil(flush());
});
self.addEventListener('sync', (event) => {
  if (event.tag === 'wsis-picks') event.waitUntil(flush());
});
self.addEventListener('fetch', (event) => {
  const req = event.request;
  const url = new URL(req.url);
  if (url.origin !== self.location.origin) return;
  if (req.method === 'POST' && url.pathname === PICKS) {
    event.respondWith((async () => {
      const body = await req.clone().text();
      // Choices kept earlier go first, so that a later one is not undone by an older one.
      if (await flush()) {
        try {
          return await fetch(req);
        } catch (e) { /* offline: kept below */ }
      }
      try {
        await inQueue('readwrite', (store) => { store.add({ url: PICKS, body, at: Date.now() }); });
        if (self.registration.sync) self.registration.sync.register('wsis-picks').catch(() => {});
      } catch (e) {
        return Response.error(); // no storage on this device: the browser says it is offline
      }
      const back = new URLSearchParams(body).get('back') || '';
      return new Response(queuedPage(back), { headers: { 'content-type': 'text/html; charset=utf-8' } });
    })());
    return;
  }
  if (req.method !== 'GET') return;
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
