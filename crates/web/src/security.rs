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
