//! The request context of a page: its language (from the URL prefix), the
//! signed-in account (from the session cookie) and the CSRF token; and the
//! role guards built on it.

use crate::auth::{SESSION_COOKIE, read_cookie};
use crate::csrf::CsrfToken;
use crate::error::AppError;
use crate::state::AppState;
use axum::extract::{ConnectInfo, FromRequestParts};
use axum::http::request::Parts;
use axum::response::{IntoResponse, Redirect, Response};
use std::marker::PhantomData;
use std::net::SocketAddr;
use wsis_app::accounts::{self, User};
use wsis_domain::Language;
use wsis_domain::account::{Role, has_role};

/// Who is asking, in which language.
#[derive(Debug, Clone)]
pub struct Ctx {
    pub lang: Language,
    pub user: Option<User>,
    pub csrf: String,
    /// The path after the language prefix, with its query (`/account?x=1`).
    pub rest: String,
    /// The client's address, for rate limits.
    pub client_ip: String,
    /// The raw session token, if any (for sign-out).
    pub session_token: Option<String>,
}

/// What a path's first segment says about the language.
pub enum LangPrefix<'a> {
    /// One of the six; the rest of the path follows.
    Known(Language, &'a str),
    /// Something shaped like a language tag (`de`, `pt-BR`) that is not one
    /// of the six; the rest of the path follows.
    Unknown(&'a str),
    /// No language prefix at all.
    None,
}

/// Splits `/fr/account` into its language and the rest.
pub fn split_lang(path: &str) -> LangPrefix<'_> {
    let trimmed = path.strip_prefix('/').unwrap_or(path);
    let (first, rest) = match trimmed.find('/') {
        Some(i) => (&trimmed[..i], &trimmed[i..]),
        None => (trimmed, ""),
    };
    if let Some(l) = Language::ALL.into_iter().find(|l| l.code() == first) {
        return LangPrefix::Known(l, rest);
    }
    let looks_like_tag = {
        let mut parts = first.split(['-', '_']);
        let primary = parts.next().unwrap_or("");
        (2..=3).contains(&primary.len())
            && primary.chars().all(|c| c.is_ascii_alphabetic())
            && parts
                .all(|p| (2..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()))
    };
    if looks_like_tag {
        LangPrefix::Unknown(rest)
    } else {
        LangPrefix::None
    }
}

/// The best language for a request without a usable prefix: the language
/// cookie, then `Accept-Language`, then English.
pub fn preferred_language(headers: &axum::http::HeaderMap, secure: bool) -> Language {
    read_cookie(headers, crate::auth::LANG_COOKIE, secure)
        .and_then(Language::from_tag)
        .or_else(|| {
            headers
                .get(axum::http::header::ACCEPT_LANGUAGE)
                .and_then(|v| v.to_str().ok())
                .and_then(wsis_i18n::negotiate)
        })
        .unwrap_or(Language::En)
}

/// The client's address, for rate limits. Without proxies (`proxy_hops` 0) it is
/// the socket's peer. Behind `proxy_hops` reverse proxies, each of which appends the
/// address it received from to `X-Forwarded-For`, the chain is the header's entries
/// then the peer; its right-most `proxy_hops` are our proxies, and the entry before
/// them is the client. Entries further left were written by the client and are never
/// believed (rotating them bypasses nothing). A chain shorter than the proxies (a
/// request that did not come through them) counts as the peer's.
pub fn client_ip(parts: &Parts, proxy_hops: usize) -> String {
    let peer = parts
        .extensions
        .get::<ConnectInfo<SocketAddr>>()
        .map(|c| c.0.ip().to_string())
        .unwrap_or_else(|| "local".to_owned());
    if proxy_hops == 0 {
        return peer;
    }
    // Only the last `proxy_hops + 1` entries matter: keep no more (bounded work).
    let mut chain = std::collections::VecDeque::with_capacity(proxy_hops + 2);
    for entry in parts
        .headers
        .get_all("x-forwarded-for")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .map(str::trim)
        .filter(|e| !e.is_empty())
    {
        chain.push_back(entry);
        if chain.len() > proxy_hops {
            chain.pop_front();
        }
    }
    // `chain` now holds the header's last `proxy_hops` entries; with the peer, the
    // right-most `proxy_hops` addresses are the proxies', so the client is the first.
    if chain.len() < proxy_hops {
        return peer;
    }
    match chain.front().map(|e| e.parse::<std::net::IpAddr>()) {
        Some(Ok(ip)) => ip.to_string(),
        _ => peer,
    }
}

/// Looks up the account behind the session cookie.
pub async fn session_user(
    state: &AppState,
    headers: &axum::http::HeaderMap,
) -> Result<Option<(User, String)>, AppError> {
    let Some(token) = read_cookie(headers, SESSION_COOKIE, state.config.secure_cookies()) else {
        return Ok(None);
    };
    Ok(accounts::session_user(&state.app, token)
        .await?
        .map(|u| (u, token.to_owned())))
}

/// Rejection of [`Ctx`]: either an error, or a redirect to the same page
/// under a supported language prefix.
pub enum CtxRejection {
    Redirect(String),
    Error(AppError),
}

impl IntoResponse for CtxRejection {
    fn into_response(self) -> Response {
        match self {
            CtxRejection::Redirect(to) => Redirect::to(&to).into_response(),
            CtxRejection::Error(e) => e.into_response(),
        }
    }
}

impl FromRequestParts<AppState> for Ctx {
    type Rejection = CtxRejection;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        if let Some(ctx) = parts.extensions.get::<Ctx>() {
            return Ok(ctx.clone());
        }
        let path = parts.uri.path();
        let query = parts
            .uri
            .query()
            .map(|q| format!("?{q}"))
            .unwrap_or_default();
        let (lang, rest) = match split_lang(path) {
            LangPrefix::Known(l, rest) => (l, format!("{rest}{query}")),
            LangPrefix::Unknown(rest) => {
                let l = preferred_language(&parts.headers, state.config.secure_cookies());
                return Err(CtxRejection::Redirect(format!(
                    "/{}{rest}{query}",
                    l.code()
                )));
            }
            LangPrefix::None => return Err(CtxRejection::Error(AppError::NotFound)),
        };
        let csrf = parts
            .extensions
            .get::<CsrfToken>()
            .map(|t| t.0.clone())
            .unwrap_or_default();
        let found = session_user(state, &parts.headers)
            .await
            .map_err(CtxRejection::Error)?;
        let (user, session_token) = match found {
            Some((u, t)) => (Some(u), Some(t)),
            None => (None, None),
        };
        let ctx = Ctx {
            lang,
            user,
            csrf,
            rest,
            client_ip: client_ip(parts, state.config.proxy_hops),
            session_token,
        };
        parts.extensions.insert(ctx.clone());
        Ok(ctx)
    }
}

/// A role a guard requires, as a type, so that a handler's signature says
/// who may call it.
pub trait RequiredRole: Send + Sync + 'static {
    const ROLE: Role;
}

macro_rules! role_marker {
    ($name:ident) => {
        #[derive(Debug)]
        pub struct $name;
        impl RequiredRole for $name {
            const ROLE: Role = Role::$name;
        }
    };
}
role_marker!(Administrator);
role_marker!(Secretariat);
role_marker!(Facilitator);
role_marker!(Organiser);
role_marker!(Stakeholder);
role_marker!(Participant);

/// A signed-in account (any role). Anonymous requests are refused with
/// [`AppError::Unauthenticated`] (pages turn that into a sign-in redirect).
pub struct SignedIn(pub Ctx, pub User);

impl FromRequestParts<AppState> for SignedIn {
    type Rejection = CtxRejection;
    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let ctx = Ctx::from_request_parts(parts, state).await?;
        match ctx.user.clone() {
            Some(u) => Ok(SignedIn(ctx, u)),
            None => Err(CtxRejection::Error(AppError::Unauthenticated)),
        }
    }
}

/// A signed-in account holding role `R` (administrators count as
/// secretariat). Others are refused with [`AppError::Forbidden`].
pub struct WithRole<R: RequiredRole>(pub Ctx, pub User, pub PhantomData<R>);

impl<R: RequiredRole> FromRequestParts<AppState> for WithRole<R> {
    type Rejection = CtxRejection;
    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let SignedIn(ctx, user) = SignedIn::from_request_parts(parts, state).await?;
        if has_role(&user.roles, R::ROLE) {
            Ok(WithRole(ctx, user, PhantomData))
        } else {
            Err(CtxRejection::Error(AppError::Forbidden))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn language_prefixes_are_recognised() {
        assert!(matches!(
            split_lang("/fr/account"),
            LangPrefix::Known(Language::Fr, "/account")
        ));
        assert!(matches!(
            split_lang("/ar"),
            LangPrefix::Known(Language::Ar, "")
        ));
        assert!(matches!(
            split_lang("/de/account"),
            LangPrefix::Unknown("/account")
        ));
        assert!(matches!(split_lang("/pt-BR"), LangPrefix::Unknown("")));
        assert!(matches!(split_lang("/static/x.css"), LangPrefix::None));
        assert!(matches!(split_lang("/"), LangPrefix::None));
    }
}
