//! Serving stored files (images, photos, documents, statements) from the media store:
//! streamed (no whole file in memory, whatever its size or store), with a strong ETag
//! answered by 304, single byte ranges answered by 206 (a PDF viewer or a resumed
//! download asks for them), `nosniff`, and, for files users uploaded that a browser
//! could run (PDFs, office files), `Content-Security-Policy: sandbox`.
//!
//! An object never changes once written (its key is its identity), so the ETag comes
//! from what the database says about it and a revalidation costs no store request.

use crate::error::{AppError, AppResult};
use crate::state::AppState;
use axum::body::Body;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use std::ops::Range;

/// How to serve a file.
pub struct Serve {
    pub content_type: String,
    /// A strong validator, quoted (`"…"`).
    pub etag: String,
    pub cache: &'static str,
    /// `inline; filename="…"` or `attachment; …`.
    pub disposition: Option<String>,
    /// Run nothing of it on this origin (uploaded PDFs and office files).
    pub sandbox: bool,
}

impl Serve {
    fn headers(&self, res: &mut Response) {
        let h = res.headers_mut();
        if let Ok(v) = HeaderValue::from_str(&self.content_type) {
            h.insert(header::CONTENT_TYPE, v);
        }
        if let Ok(v) = HeaderValue::from_str(&self.etag) {
            h.insert(header::ETAG, v);
        }
        h.insert(header::CACHE_CONTROL, HeaderValue::from_static(self.cache));
        h.insert(
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        );
        h.insert(header::ACCEPT_RANGES, HeaderValue::from_static("bytes"));
        if let Some(v) = self
            .disposition
            .as_deref()
            .and_then(|d| HeaderValue::from_str(d).ok())
        {
            h.insert(header::CONTENT_DISPOSITION, v);
        }
        if self.sandbox {
            h.insert(
                header::CONTENT_SECURITY_POLICY,
                HeaderValue::from_static("sandbox"),
            );
        }
    }
}

/// The caching of an image or photo: a year, `immutable`, when public (the bytes behind
/// a key never change); a private one stays out of shared caches.
pub fn image_cache(public: bool) -> &'static str {
    if public {
        "public, max-age=31536000, immutable"
    } else {
        "private, max-age=3600"
    }
}

/// Serves a file wherever it is: in the store, or still in its database row.
pub async fn stored(
    state: &AppState,
    stored: wsis_app::forum::Stored,
    headers: &HeaderMap,
    how: Serve,
) -> AppResult<Response> {
    match stored {
        wsis_app::forum::Stored::Object(key) => object(state, &key, headers, how).await,
        wsis_app::forum::Stored::Inline(b) => Ok(bytes(b, headers, how)),
    }
}

/// What the request's `Range` asks of a file of `size` bytes.
#[derive(Debug, PartialEq, Eq)]
enum Wanted {
    Whole,
    Part(Range<u64>),
    /// A range past the end: 416.
    Unsatisfiable,
}

fn wanted(headers: &HeaderMap, etag: &str, size: u64) -> Wanted {
    let Some(range) = headers.get(header::RANGE).and_then(|v| v.to_str().ok()) else {
        return Wanted::Whole;
    };
    // A range of another version (If-Range with another validator): the whole file.
    if let Some(if_range) = headers.get(header::IF_RANGE).and_then(|v| v.to_str().ok())
        && if_range.trim() != etag
    {
        return Wanted::Whole;
    }
    if size == 0 {
        return Wanted::Whole;
    }
    let Ok(parsed) = http_range_header::parse_range_header(range) else {
        // Not understood: ignored, as RFC 9110 allows.
        return Wanted::Whole;
    };
    match parsed.validate(size) {
        // One range; several are answered with the whole file (also allowed).
        Ok(ranges) if ranges.len() == 1 => {
            let r = &ranges[0];
            Wanted::Part(*r.start()..r.end() + 1)
        }
        Ok(_) => Wanted::Whole,
        Err(_) => Wanted::Unsatisfiable,
    }
}

/// 304 when the client holds this version.
fn not_modified(headers: &HeaderMap, how: &Serve) -> Option<Response> {
    if !crate::forum::not_modified(headers, &how.etag) {
        return None;
    }
    let mut res = StatusCode::NOT_MODIFIED.into_response();
    how.headers(&mut res);
    res.headers_mut().remove(header::CONTENT_TYPE);
    Some(res)
}

fn unsatisfiable(size: u64, how: &Serve) -> Response {
    let mut res = StatusCode::RANGE_NOT_SATISFIABLE.into_response();
    how.headers(&mut res);
    if let Ok(v) = HeaderValue::from_str(&format!("bytes */{size}")) {
        res.headers_mut().insert(header::CONTENT_RANGE, v);
    }
    res
}

fn part_headers(res: &mut Response, range: &Range<u64>, size: u64) {
    *res.status_mut() = StatusCode::PARTIAL_CONTENT;
    if let Ok(v) = HeaderValue::from_str(&format!(
        "bytes {}-{}/{size}",
        range.start,
        range.end.saturating_sub(1)
    )) {
        res.headers_mut().insert(header::CONTENT_RANGE, v);
    }
}

/// Serves the object `key` of the media store (404 when the store lacks it).
pub async fn object(
    state: &AppState,
    key: &str,
    headers: &HeaderMap,
    how: Serve,
) -> AppResult<Response> {
    if let Some(res) = not_modified(headers, &how) {
        return Ok(res);
    }
    let media = state.app.media();
    let range = if headers.contains_key(header::RANGE) {
        let size = media
            .size(key)
            .await
            .map_err(|e| AppError::from(wsis_app::ServiceError::from(e)))?
            .ok_or(AppError::NotFound)?;
        match wanted(headers, &how.etag, size) {
            Wanted::Whole => None,
            Wanted::Part(r) => Some(r),
            Wanted::Unsatisfiable => return Ok(unsatisfiable(size, &how)),
        }
    } else {
        None
    };
    let d = media
        .get(key, range.clone())
        .await
        .map_err(|e| AppError::from(wsis_app::ServiceError::from(e)))?;
    let len = d.range.end - d.range.start;
    let mut res = Body::from_stream(d.body).into_response();
    how.headers(&mut res);
    res.headers_mut()
        .insert(header::CONTENT_LENGTH, HeaderValue::from(len));
    if range.is_some() {
        part_headers(&mut res, &d.range, d.size);
    }
    Ok(res)
}

/// Serves bytes held in memory (files the database still holds, before `wsis media
/// migrate` moves them), with the same validators and ranges.
pub fn bytes(bytes: Vec<u8>, headers: &HeaderMap, how: Serve) -> Response {
    if let Some(res) = not_modified(headers, &how) {
        return res;
    }
    let size = bytes.len() as u64;
    let mut res = match wanted(headers, &how.etag, size) {
        Wanted::Whole => bytes.into_response(),
        Wanted::Part(r) => {
            let mut res = bytes[r.start as usize..r.end as usize]
                .to_vec()
                .into_response();
            part_headers(&mut res, &r, size);
            res
        }
        Wanted::Unsatisfiable => return unsatisfiable(size, &how),
    };
    how.headers(&mut res);
    res
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with(range: &str, if_range: Option<&str>) -> HeaderMap {
        let mut h = HeaderMap::new();
        h.insert(header::RANGE, range.parse().unwrap());
        if let Some(v) = if_range {
            h.insert(header::IF_RANGE, v.parse().unwrap());
        }
        h
    }

    #[test]
    fn ranges_are_read_as_rfc_9110_says() {
        let e = "\"k\"";
        assert_eq!(wanted(&HeaderMap::new(), e, 100), Wanted::Whole);
        assert_eq!(
            wanted(&with("bytes=0-9", None), e, 100),
            Wanted::Part(0..10)
        );
        assert_eq!(
            wanted(&with("bytes=90-", None), e, 100),
            Wanted::Part(90..100)
        );
        assert_eq!(
            wanted(&with("bytes=-10", None), e, 100),
            Wanted::Part(90..100)
        );
        assert_eq!(
            wanted(&with("bytes=95-200", None), e, 100),
            Wanted::Part(95..100)
        );
        assert_eq!(
            wanted(&with("bytes=100-", None), e, 100),
            Wanted::Unsatisfiable
        );
        assert_eq!(wanted(&with("bytes=0-1,5-6", None), e, 100), Wanted::Whole);
        assert_eq!(wanted(&with("pages=1", None), e, 100), Wanted::Whole);
        assert_eq!(
            wanted(&with("bytes=0-9", Some(e)), e, 100),
            Wanted::Part(0..10)
        );
        assert_eq!(
            wanted(&with("bytes=0-9", Some("\"old\"")), e, 100),
            Wanted::Whole
        );
    }
}
