//! The front door: the agenda's exports and feeds (`/api/v1/forums/…`), which every
//! anonymous client gets byte for byte the same for a published version (in the
//! encoding it accepts), are answered before the application's stack once they have
//! been answered through it.
//!
//! A calendar app polling `schedule.ics` sends the same address again and again: the
//! answer is a kept, precompressed body ([`CachedPage`]), so what the request costs is
//! the stack around it (timeouts, body limits, compression's checks, security headers,
//! routing, CORS, the revalidation middleware, the handler's own lookups). The first
//! answer for an address goes through all of it; the handler marks it as the same for
//! everyone ([`Keepable`]), and the front door notes the address, the published version
//! it came from and the headers the stack added to it. Later requests for that exact
//! address (path and query) with no cookie are answered here from the same page and the
//! same headers while that version is still the latest (the check the handler makes:
//! [`snapshots::by_year`], which asks the database once per recheck interval); anything
//! else goes through the stack as before.

use crate::forum::CachedPage;
use crate::state::AppState;
use axum::extract::{Request, State};
use axum::http::{HeaderMap, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::Response;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use wsis_app::forum::snapshots::{self, Snapshot};

/// The most addresses noted; past this the notes start again (a client sending random
/// query strings gains nothing but its own misses).
const MAX_ADDRESSES: usize = 1024;
/// The longest address noted.
const MAX_ADDRESS_BYTES: usize = 512;

/// What a handler attaches to an answer that every anonymous client gets the same for a
/// published version (in its encoding, with its validator): the front door may answer
/// that address from `page` while `snapshot` is the latest of `year`.
#[derive(Clone)]
pub struct Keepable {
    pub year: i64,
    pub snapshot: Arc<Snapshot>,
    pub page: Arc<CachedPage>,
}

struct Noted {
    keep: Keepable,
    /// The headers the stack added to the page's own (security headers, CORS).
    extra: HeaderMap,
}

/// The addresses the front door answers.
#[derive(Default)]
pub struct FrontDoor {
    map: Mutex<HashMap<String, Arc<Noted>>>,
}

impl FrontDoor {
    fn get(&self, address: &str) -> Option<Arc<Noted>> {
        self.map
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .get(address)
            .cloned()
    }

    fn note(&self, address: String, noted: Noted) {
        let mut map = self.map.lock().unwrap_or_else(|e| e.into_inner());
        if map.len() >= MAX_ADDRESSES {
            map.clear();
        }
        map.insert(address, Arc::new(noted));
    }

    fn forget(&self, address: &str) {
        self.map
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .remove(address);
    }

    /// How many addresses are noted (for tests).
    pub fn len(&self) -> usize {
        self.map.lock().unwrap_or_else(|e| e.into_inner()).len()
    }

    /// Whether no address is noted.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// Whether the front door may answer this request: a GET for the agenda's exports with
/// no cookie (the exports never depend on one; a request with a cookie goes the long way
/// so that nothing of a visitor's session is ever skipped).
fn eligible(req: &Request) -> bool {
    req.method() == Method::GET
        && req.uri().path().starts_with("/api/v1/forums/")
        && !req.headers().contains_key(header::COOKIE)
}

/// Headers that describe the body and its encoding: the page sets them for each
/// request itself, and none is ever copied from a noted answer.
const REPRESENTATION: [header::HeaderName; 9] = [
    header::CONTENT_ENCODING,
    header::CONTENT_LENGTH,
    header::CONTENT_TYPE,
    header::CONTENT_RANGE,
    header::ETAG,
    header::LAST_MODIFIED,
    header::CACHE_CONTROL,
    header::ACCEPT_RANGES,
    header::TRANSFER_ENCODING,
];

/// The headers the stack added to `res` beyond what `page` sets itself for `headers`'
/// request (security headers, CORS and its `Vary` values), each value once; `None` when
/// `res` is not `page`'s own answer in the same encoding (the stack changed its body),
/// which is then not noted.
fn added_headers(res: &Response, page: &CachedPage, headers: &HeaderMap) -> Option<HeaderMap> {
    let own = page.response(headers);
    for name in [&header::CONTENT_ENCODING, &header::ETAG] {
        if res.headers().get(name) != own.headers().get(name) {
            return None;
        }
    }
    let mut extra = HeaderMap::new();
    for name in res.headers().keys() {
        if REPRESENTATION.contains(name) {
            continue;
        }
        for value in res.headers().get_all(name) {
            if !own.headers().get_all(name).iter().any(|v| v == value) {
                extra.append(name.clone(), value.clone());
            }
        }
    }
    Some(extra)
}

/// Middleware (outermost): answers noted addresses, notes keepable answers.
pub async fn front_door(State(state): State<AppState>, req: Request, next: Next) -> Response {
    if !eligible(&req) {
        return next.run(req).await;
    }
    let address = req
        .uri()
        .path_and_query()
        .map(|pq| pq.as_str().to_owned())
        .unwrap_or_default();
    if let Some(noted) = state.front_door.get(&address) {
        if let Ok(Some(latest)) = snapshots::by_year(&state.app, noted.keep.year).await
            && Arc::ptr_eq(&latest, &noted.keep.snapshot)
        {
            let mut res = noted.keep.page.response(req.headers());
            for (name, value) in noted.extra.iter() {
                res.headers_mut().append(name.clone(), value.clone());
            }
            return res;
        }
        // An older version's answer: forgotten, and the stack answers.
        state.front_door.forget(&address);
    }
    let headers = req.headers().clone();
    let mut res = next.run(req).await;
    if let Some(keep) = res.extensions_mut().remove::<Keepable>()
        && res.status() == StatusCode::OK
        && !res.headers().contains_key(header::SET_COOKIE)
        && address.len() <= MAX_ADDRESS_BYTES
        && let Some(extra) = added_headers(&res, &keep.page, &headers)
    {
        state.front_door.note(address, Noted { keep, extra });
    }
    res
}
