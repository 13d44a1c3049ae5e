//! Response headers every answer carries, and the answer to a panic.

use axum::http::{HeaderName, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use std::any::Any;
use tower::layer::util::Stack;
use tower_http::set_header::SetResponseHeaderLayer;

type H = SetResponseHeaderLayer<HeaderValue>;

/// A strict Content Security Policy (no inline script or style), no
/// sniffing, no framing, a modest referrer policy.
pub fn headers() -> Stack<H, Stack<H, Stack<H, H>>> {
    let csp = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; \
               object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";
    Stack::new(
        SetResponseHeaderLayer::if_not_present(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static(csp),
        ),
        Stack::new(
            SetResponseHeaderLayer::overriding(
                header::X_CONTENT_TYPE_OPTIONS,
                HeaderValue::from_static("nosniff"),
            ),
            Stack::new(
                SetResponseHeaderLayer::overriding(
                    header::REFERRER_POLICY,
                    HeaderValue::from_static("strict-origin-when-cross-origin"),
                ),
                SetResponseHeaderLayer::overriding(
                    HeaderName::from_static("x-frame-options"),
                    HeaderValue::from_static("DENY"),
                ),
            ),
        ),
    )
}

/// A panic becomes a plain 500; the error middleware dresses it as a
/// localised page or a JSON error. The panic message goes to the log only.
pub fn panic_response(err: Box<dyn Any + Send + 'static>) -> Response {
    let detail = err
        .downcast_ref::<String>()
        .map(String::as_str)
        .or_else(|| err.downcast_ref::<&str>().copied())
        .unwrap_or("unknown panic");
    tracing::error!(panic = detail, "handler panicked");
    let mut res = StatusCode::INTERNAL_SERVER_ERROR.into_response();
    res.extensions_mut().insert(crate::error::ErrorInfo {
        key: "internal_error",
        fields: None,
    });
    res
}

/// `next` when it is a path on this site, built from a strict grammar: `/`, then
/// only the characters of RFC 3986 paths and queries (letters, digits, `-._~`, the
/// sub-delimiters, `:@/?`, and `%` with two hex digits), at most 512 of them; not
/// `//` or `/\` (another host), no control character, space or backslash anywhere
/// (browsers drop tabs and line breaks, so `/\t/evil.example` would become
/// `//evil.example`), and no percent-encoded slash or backslash at its start.
/// Anything else is not followed: the caller goes to its default.
pub fn local_path(next: &str) -> Option<&str> {
    let bytes = next.as_bytes();
    if bytes.len() > 512 || bytes.first() != Some(&b'/') {
        return None;
    }
    let allowed = |b: u8| b.is_ascii_alphanumeric() || b"-._~!$&'()*+,;=:@/?%".contains(&b);
    if !bytes.iter().all(|&b| allowed(b)) {
        return None;
    }
    // Every `%` starts an escape of two hex digits.
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = bytes.get(i + 1..i + 3)?;
            if !hex.iter().all(u8::is_ascii_hexdigit) {
                return None;
            }
            i += 3;
        } else {
            i += 1;
        }
    }
    let second = next[1..].to_ascii_lowercase();
    if second.starts_with('/') || second.starts_with("%2f") || second.starts_with("%5c") {
        return None;
    }
    Some(next)
}

#[cfg(test)]
mod tests {
    use super::local_path;

    #[test]
    fn only_same_origin_paths_are_followed() {
        for ok in [
            "/en/account",
            "/fr/forum/2019/agenda?day=2019-04-09&type=workshop",
            "/ar/stocktaking/entries?q=%D8%A7&f=sdg:4",
            "/",
            // An escaped tab stays in the path: browsers do not decode it into one.
            "/%09/evil.example",
        ] {
            assert_eq!(local_path(ok), Some(ok), "{ok}");
        }
        for bad in [
            "",
            "en/account",
            "//evil.example",
            "/\\evil.example",
            "/\t/evil.example/fake-login",
            "/%2F/evil.example",
            "/%5c/evil.example",
            "/en\r\nSet-Cookie: x=1",
            "/en\n",
            "/en\u{c}x",
            "/en\u{0}",
            "/en\u{7f}",
            "/en account",
            "/é",
            "/en%",
            "/en%4",
            "/en%zz",
            "https://evil.example/",
            "/\u{2028}",
        ] {
            assert_eq!(local_path(bad), None, "{bad:?}");
        }
        assert_eq!(local_path(&format!("/{}", "a".repeat(600))), None);
    }
}
