//! Sign-in and sign-out: the session cookie.

use super::{FormPage, FormView, redirect_with_cookie, respond, safe_next};
use crate::auth::{SESSION_COOKIE, cookie};
use crate::csrf::CsrfForm;
use crate::ctx::Ctx;
use crate::error::AppResult;
use crate::forms::Field;
use crate::pages::Page;
use crate::state::AppState;
use axum::extract::{Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;
use wsis_app::ServiceError;
use wsis_app::accounts;
use wsis_domain::FieldErrors;

#[derive(Debug, Default, Deserialize)]
pub struct LoginInput {
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub password: String,
    #[serde(default)]
    pub next: Option<String>,
}

#[derive(Debug, Deserialize)]
pub struct NextQuery {
    pub next: Option<String>,
}

fn login_page(ctx: &Ctx, input: &LoginInput, errors: &FieldErrors) -> AppResult<Response> {
    let page = Page::new(ctx, "login-title", "login");
    let lang = ctx.lang;
    let fields = vec![
        Field::new(lang, "email", "field-email", "email")
            .required()
            .value(&input.email)
            .autocomplete("username"),
        Field::new(lang, "password", "field-password", "password")
            .required()
            .autocomplete("current-password"),
    ];
    let mut form = FormView::new(&page, "login", "/account/login", "login-submit", fields);
    if let Some(n) = &input.next {
        form = form.hidden("next", n);
    }
    let form = form.errors(lang, errors);
    let mut p = FormPage::new(page)
        .form(form)
        .link("/account/password/forgot", "login-forgot")
        .link("/account/signup", "login-no-account");
    if errors.for_field("email") == Some("login-unverified") {
        p = p.link("/account/verify/resend", "verify-resend-title");
    }
    respond(&p, !errors.is_empty())
}

pub async fn login_form(ctx: Ctx, Query(q): Query<NextQuery>) -> AppResult<Response> {
    if ctx.user.is_some() {
        return Ok(Redirect::to(&safe_next(ctx.lang, q.next.as_deref())).into_response());
    }
    login_page(
        &ctx,
        &LoginInput {
            next: q.next,
            ..Default::default()
        },
        &FieldErrors::new(),
    )
}

pub async fn login(
    ctx: Ctx,
    State(state): State<AppState>,
    CsrfForm(input): CsrfForm<LoginInput>,
) -> AppResult<Response> {
    let session =
        match accounts::sign_in(&state.app, &ctx.client_ip, &input.email, &input.password).await {
            Ok(session) => session,
            Err(ServiceError::Fields(errors)) => return login_page(&ctx, &input, &errors),
            Err(e) => return Err(e.into()),
        };
    let to = safe_next(ctx.lang, input.next.as_deref());
    Ok(redirect_with_cookie(
        &to,
        cookie(
            SESSION_COOKIE,
            &session.token,
            state.config.session_ttl_secs,
            state.config.secure_cookies(),
        ),
    ))
}

#[derive(Debug, Deserialize)]
pub struct Empty {}

pub async fn logout(
    ctx: Ctx,
    State(state): State<AppState>,
    CsrfForm(_): CsrfForm<Empty>,
) -> AppResult<Response> {
    if let Some(t) = &ctx.session_token {
        accounts::sign_out(&state.app, t).await?;
    }
    let mut res = redirect_with_cookie(
        &format!("/{}", ctx.lang.code()),
        cookie(SESSION_COOKIE, "", 0, state.config.secure_cookies()),
    );
    // The browser forgets what it kept of the account: its caches and the agenda
    // app's offline copy (cookies are ended one by one above and by the CSRF middleware).
    res.headers_mut().insert(
        "clear-site-data",
        axum::http::HeaderValue::from_static("\"cache\", \"storage\""),
    );
    Ok(res)
}
