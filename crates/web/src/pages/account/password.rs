//! A forgotten password: the form that mails a reset link, and the form behind
//! the link.

use super::{
    EmailForm, EmailInput, FormPage, FormView, TokenQuery, done_page, email_answer, email_page,
    link_failed, new_password_fields, respond,
};
use crate::csrf::CsrfForm;
use crate::ctx::Ctx;
use crate::error::AppResult;
use crate::pages::Page;
use crate::state::AppState;
use axum::extract::{Query, State};
use axum::response::Response;
use wsis_app::ServiceError;
use wsis_app::accounts::{self, ResetInput};
use wsis_domain::FieldErrors;

const FORGOT: EmailForm = EmailForm {
    title: "forgot-title",
    intro: "forgot-intro",
    action: "/account/password/forgot",
    submit: "forgot-submit",
};

pub async fn forgot_form(ctx: Ctx) -> AppResult<Response> {
    email_page(&ctx, &FORGOT, &EmailInput::default(), &FieldErrors::new())
}

pub async fn forgot(
    ctx: Ctx,
    State(state): State<AppState>,
    CsrfForm(input): CsrfForm<EmailInput>,
) -> AppResult<Response> {
    let result = accounts::request_reset(&state.app, &ctx.client_ip, &input.email).await;
    email_answer(&ctx, &FORGOT, &input, "forgot-done", result)
}

fn reset_page(ctx: &Ctx, token: &str, errors: &FieldErrors) -> AppResult<Response> {
    let page = Page::new(ctx, "reset-title", "");
    let lang = ctx.lang;
    let fields = Vec::from(new_password_fields(lang, "field-new-password"));
    let form = FormView::new(
        &page,
        "reset",
        "/account/password/reset",
        "reset-submit",
        fields,
    )
    .hidden("token", token)
    .errors(lang, errors);
    respond(&FormPage::new(page).form(form), !errors.is_empty())
}

pub async fn reset_form(
    ctx: Ctx,
    State(state): State<AppState>,
    Query(q): Query<TokenQuery>,
) -> AppResult<Response> {
    if !accounts::reset_link_is_valid(&state.app, &q.token).await? {
        return link_failed(&ctx, "/account/password/forgot", "forgot-title");
    }
    reset_page(&ctx, &q.token, &FieldErrors::new())
}

pub async fn reset(
    ctx: Ctx,
    State(state): State<AppState>,
    CsrfForm(input): CsrfForm<ResetInput>,
) -> AppResult<Response> {
    match accounts::reset_password(&state.app, &input).await {
        Ok(true) => done_page(&ctx, "reset-title", "reset-done"),
        Ok(false) => link_failed(&ctx, "/account/password/forgot", "forgot-title"),
        Err(ServiceError::Fields(errors)) => reset_page(&ctx, &input.token, &errors),
        Err(e) => Err(e.into()),
    }
}
