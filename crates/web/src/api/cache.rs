//! What the public reads of the API send to clients and caches: CORS for any web page
//! (anonymous GETs only: no credentials, so no visitor's cookies travel with them), and
//! an ETag on every answer, so that a client revalidating gets a 304 instead of the body
//! again. Answers that carry their own ETag (the forum's exports, per published version)
//! keep it.

use axum::body::Body;
use axum::extract::Request;
use axum::http::{HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use std::hash::{DefaultHasher, Hasher};
use tower_http::cors::{Any, CorsLayer};

/// The largest answer buffered to compute its ETag (the exports of the whole database
/// are larger only past a few hundred thousand entries; they then go without one).
const MAX_HASHED: usize = 64 * 1024 * 1024;

/// CORS for the public reads: any origin, GET and HEAD, no credentials; the
/// revalidation headers allowed and exposed; preflights answered and cached a day.
pub fn public_cors() -> CorsLayer {
    CorsLayer::new()
        .allow_origin(Any)
        .allow_methods([Method::GET, Method::HEAD])
        .allow_headers([
            header::IF_NONE_MATCH,
            header::ACCEPT_LANGUAGE,
            header::CONTENT_LANGUAGE,
        ])
        .expose_headers([header::ETAG, header::CONTENT_DISPOSITION])
        .max_age(std::time::Duration::from_secs(86_400))
}

/// Whether `If-None-Match` names `etag` (weak comparison, RFC 9110 §13.1.2).
pub(crate) fn matches(req_tags: &str, etag: &str) -> bool {
    let bare = |t: &str| t.trim().trim_start_matches("W/").to_owned();
    let want = bare(etag);
    req_tags
        .split(',')
        .any(|t| t.trim() == "*" || bare(t) == want)
}

/// Middleware: a successful GET answer without an ETag gets one (a hash of its
/// body), `Cache-Control: public, no-cache` unless it has its own, and a 304 when
/// the client already holds it.
pub async fn revalidated(req: Request, next: Next) -> Response {
    if req.method() != Method::GET && req.method() != Method::HEAD {
        return next.run(req).await;
    }
    let if_none_match = req
        .headers()
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);
    let res = next.run(req).await;
    if res.status() != StatusCode::OK || res.headers().contains_key(header::ETAG) {
        return res;
    }
    let (mut parts, body) = res.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, MAX_HASHED).await else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    // A weak validator needs no cryptographic hash: SipHash and the length are cheap
    // next to the answer itself (the search API answers ~20,000 requests a second).
    let mut hasher = DefaultHasher::new();
    hasher.write(&bytes);
    let etag = format!("W/\"{:016x}-{:x}\"", hasher.finish(), bytes.len());
    if let Ok(v) = HeaderValue::from_str(&etag) {
        parts.headers.insert(header::ETAG, v);
    }
    parts
        .headers
        .entry(header::CACHE_CONTROL)
        .or_insert(HeaderValue::from_static("public, no-cache"));
    if if_none_match.is_some_and(|tags| matches(&tags, &etag)) {
        parts.status = StatusCode::NOT_MODIFIED;
        parts.headers.remove(header::CONTENT_LENGTH);
        parts.headers.remove(header::CONTENT_TYPE);
        return Response::from_parts(parts, Body::empty());
    }
    Response::from_parts(parts, Body::from(bytes))
}

#[cfg(test)]
mod tests {
    use super::matches;

    #[test]
    fn if_none_match_compares_weakly_and_lists() {
        assert!(matches("W/\"ab\"", "W/\"ab\""));
        assert!(matches("\"ab\"", "W/\"ab\""));
        assert!(matches("\"x\", W/\"ab\"", "W/\"ab\""));
        assert!(matches("*", "W/\"ab\""));
        assert!(!matches("W/\"abc\"", "W/\"ab\""));
    }
}
