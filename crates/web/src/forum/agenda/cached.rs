//! One handler for every agenda page: anonymous visitors are served from the
//! page cache of the published version (rendered and compressed once).

use super::picks_cookie;
use crate::auth::read_cookie;
use crate::ctx::Ctx;
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use axum::extract::{Path, RawQuery, State};
use axum::http::HeaderMap;
use axum::response::Response;

/// The year in an agenda page's path.
pub trait YearPath {
    fn year(&self) -> i64;
}

impl YearPath for (String, i64) {
    fn year(&self) -> i64 {
        self.1
    }
}

impl YearPath for (String, i64, String) {
    fn year(&self) -> i64 {
        self.1
    }
}

impl YearPath for (String, i64, i64) {
    fn year(&self) -> i64 {
        self.1
    }
}

type PageFuture = std::pin::Pin<Box<dyn std::future::Future<Output = AppResult<Response>> + Send>>;

/// The handler of an agenda page: `page` rendered through the anonymous
/// visitors' page cache ([`cached_page`]).
pub fn cached<P, F, Fut>(
    page: F,
) -> impl Fn(Ctx, State<AppState>, HeaderMap, Path<P>, RawQuery) -> PageFuture
+ Clone
+ Send
+ Sync
+ 'static
where
    P: YearPath + Send + 'static,
    F: Fn(Ctx, State<AppState>, HeaderMap, Path<P>, RawQuery) -> Fut
        + Clone
        + Send
        + Sync
        + 'static,
    Fut: std::future::Future<Output = AppResult<Response>> + Send + 'static,
{
    move |ctx, State(state), headers, Path(path), RawQuery(q)| {
        let page = page.clone();
        Box::pin(async move {
            let year = path.year();
            let render = |ctx: Ctx| {
                page(
                    ctx,
                    State(state.clone()),
                    headers.clone(),
                    Path(path),
                    RawQuery(q),
                )
            };
            cached_page(&ctx, &state, &headers, year, render).await
        })
    }
}

/// Serves an agenda page to an anonymous visitor from the per-version page
/// cache, rendering it once on a miss: the page is the same for every
/// anonymous visitor (its "my agenda" forms carry no token; their posts are
/// checked by origin), so its gzip and Brotli bodies are built once too.
/// Signed-in visitors and those with picks get a freshly rendered page.
async fn cached_page<F>(
    ctx: &Ctx,
    state: &AppState,
    headers: &HeaderMap,
    year: i64,
    inner: impl FnOnce(Ctx) -> F,
) -> AppResult<Response>
where
    F: std::future::Future<Output = AppResult<Response>>,
{
    let cacheable = ctx.user.is_none()
        && read_cookie(headers, &picks_cookie(year), state.config.secure_cookies()).is_none();
    if !cacheable {
        return inner(ctx.clone()).await;
    }
    let Some(p) = crate::forum::published_by_year(state, year).await? else {
        return inner(ctx.clone()).await;
    };
    let rest = canonical_rest(&ctx.rest);
    let key = format!("{}{rest}", ctx.lang.code());
    let page = match p.page(&key) {
        Some(page) => page,
        None => {
            // Rendered for everyone: its links carry the canonical query, not what this
            // visitor's URL happened to hold.
            let anonymous = Ctx {
                csrf: String::new(),
                rest,
                ..ctx.clone()
            };
            let res = inner(anonymous).await?;
            if res.status() != axum::http::StatusCode::OK {
                return Ok(res);
            }
            let bytes = axum::body::to_bytes(res.into_body(), 16 * 1024 * 1024)
                .await
                .map_err(|e| AppError::Internal(format!("page body: {e}")))?;
            let page = tokio::task::spawn_blocking(move || crate::forum::CachedPage::new(bytes))
                .await
                .map_err(|e| AppError::Internal(format!("page compression: {e}")))?;
            p.keep_page(&key, page)
        }
    };
    Ok(page.response(headers))
}

/// An agenda page's path with the filters it shows, written canonically: parameters
/// that change nothing (`?x=…`) and the order of the others make no new cache key.
fn canonical_rest(rest: &str) -> String {
    let (path, query) = rest.split_once('?').unwrap_or((rest, ""));
    let filters = super::filters::Filters::parse(Some(query)).query(None);
    format!("{path}{filters}")
}

#[cfg(test)]
fn page_key(lang: wsis_domain::Language, rest: &str) -> String {
    format!("{}{}", lang.code(), canonical_rest(rest))
}

#[cfg(test)]
mod tests {
    use super::page_key;
    use wsis_domain::Language;

    #[test]
    fn page_keys_hold_only_what_changes_the_page() {
        let plain = page_key(Language::En, "/forum/2019/agenda");
        assert_eq!(plain, "en/forum/2019/agenda");
        assert_eq!(page_key(Language::En, "/forum/2019/agenda?x=1"), plain);
        assert_eq!(
            page_key(Language::En, "/forum/2019/agenda?utm_source=a&x=2&y=3"),
            plain
        );
        let filtered = page_key(
            Language::Fr,
            "/forum/2019/agenda?type=workshop&day=2019-04-09",
        );
        assert_eq!(
            filtered,
            page_key(
                Language::Fr,
                "/forum/2019/agenda?day=2019-04-09&x=9&type=workshop"
            )
        );
        assert_ne!(
            filtered,
            page_key(Language::Fr, "/forum/2019/agenda?day=2019-04-09")
        );
    }
}
