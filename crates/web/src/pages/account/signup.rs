//! Sign-up, and the confirmation of the e-mail address by a mailed link.

use super::{
    EmailForm, EmailInput, FormPage, FormView, TokenQuery, email_answer, email_page, link_failed,
    new_password_fields, profile_fields, respond,
};
use crate::I18N;
use crate::csrf::CsrfForm;
use crate::ctx::Ctx;
use crate::error::AppResult;
use crate::forms::Field;
use crate::pages::{Page, render};
use crate::state::AppState;
use axum::extract::{Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use wsis_app::ServiceError;
use wsis_app::accounts::{self, SignUpInput};
use wsis_domain::FieldErrors;
use wsis_i18n::Arg;

const RESEND: EmailForm = EmailForm {
    title: "verify-resend-title",
    intro: "verify-resend-intro",
    action: "/account/verify/resend",
    submit: "verify-resend-submit",
};

fn signup_page(ctx: &Ctx, input: &SignUpInput, errors: &FieldErrors) -> AppResult<Response> {
    let page = Page::new(ctx, "signup-title", "signup");
    let lang = ctx.lang;
    let mut fields = vec![
        Field::new(lang, "email", "field-email", "email")
            .required()
            .value(&input.email)
            .autocomplete("email"),
    ];
    fields.extend(new_password_fields(lang, "field-password"));
    fields.extend(profile_fields(lang, &input.profile));
    let form = FormView::new(&page, "signup", "/account/signup", "signup-submit", fields)
        .errors(lang, errors);
    let p = FormPage::new(page)
        .intro(I18N.tr(lang, "signup-intro"))
        .form(form)
        .link("/account/login", "signup-have-account");
    respond(&p, !errors.is_empty())
}

pub async fn signup_form(ctx: Ctx) -> AppResult<Response> {
    if ctx.user.is_some() {
        return Ok(Redirect::to(&format!("/{}/account", ctx.lang.code())).into_response());
    }
    signup_page(&ctx, &SignUpInput::default(), &FieldErrors::new())
}

pub async fn signup(
    ctx: Ctx,
    State(state): State<AppState>,
    CsrfForm(input): CsrfForm<SignUpInput>,
) -> AppResult<Response> {
    let email = match accounts::sign_up(&state.app, &ctx.client_ip, &input).await {
        Ok(email) => email,
        Err(ServiceError::Fields(errors)) => return signup_page(&ctx, &input, &errors),
        Err(e) => return Err(e.into()),
    };
    let page = Page::new(&ctx, "signup-done-title", "signup");
    let text = I18N.tr_args(
        ctx.lang,
        "signup-done-text",
        &[("email", Arg::from(email.as_str()))],
    );
    render(
        &FormPage::new(page)
            .intro(text)
            .link("/account/login", "login-title"),
    )
}

pub async fn verify(
    ctx: Ctx,
    State(state): State<AppState>,
    Query(q): Query<TokenQuery>,
) -> AppResult<Response> {
    if !accounts::verify_email(&state.app, &q.token).await? {
        return link_failed(&ctx, "/account/verify/resend", "verify-resend-title");
    }
    let page = Page::new(&ctx, "verify-title", "");
    let text = page.t("verify-ok");
    render(
        &FormPage::new(page)
            .intro(text)
            .link("/account/login", "login-title"),
    )
}

pub async fn resend_form(ctx: Ctx) -> AppResult<Response> {
    email_page(&ctx, &RESEND, &EmailInput::default(), &FieldErrors::new())
}

pub async fn resend(
    ctx: Ctx,
    State(state): State<AppState>,
    CsrfForm(input): CsrfForm<EmailInput>,
) -> AppResult<Response> {
    let result = accounts::resend_verification(&state.app, &ctx.client_ip, &input.email).await;
    email_answer(&ctx, &RESEND, &input, "verify-resend-done", result)
}
