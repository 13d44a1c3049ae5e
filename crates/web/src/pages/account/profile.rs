//! The account page: what the account is, its profile and its password.

use super::{
    FormPage, FormView, new_password_fields, profile_fields, redirect_with_cookie, respond,
};
use crate::auth::{SESSION_COOKIE, cookie};
use crate::csrf::CsrfForm;
use crate::ctx::{Ctx, SignedIn};
use crate::error::AppResult;
use crate::forms::Field;
use crate::pages::Page;
use crate::state::AppState;
use axum::extract::State;
use axum::response::{IntoResponse, Redirect, Response};
use wsis_app::ServiceError;
use wsis_app::accounts::{self, PasswordChange, User};
use wsis_domain::FieldErrors;
use wsis_domain::account::ProfileInput;
use wsis_i18n::format_date;

fn profile_input_of(user: &User) -> ProfileInput {
    ProfileInput {
        name: user.profile.name.clone(),
        organisation: user.profile.organisation.clone().unwrap_or_default(),
        stakeholder_type: user
            .profile
            .stakeholder_type
            .map(|s| s.code().to_owned())
            .unwrap_or_default(),
        country: user.profile.country.clone().unwrap_or_default(),
        language: user.profile.language.code().to_owned(),
    }
}

fn account_page(
    ctx: &Ctx,
    user: &User,
    profile: &ProfileInput,
    profile_errors: &FieldErrors,
    password_errors: &FieldErrors,
) -> AppResult<Response> {
    let page = Page::new(ctx, "account-title", "account");
    let lang = ctx.lang;
    let roles = user
        .roles
        .iter()
        .map(|r| page.t(&format!("role-{}", r.code())))
        .collect::<Vec<_>>()
        .join(&page.t("list-separator"));
    let since = format_date(lang, user.created_at, &jiff::tz::TimeZone::UTC);
    let facts = vec![
        (page.t("field-email"), user.email.clone()),
        (
            page.t("table-status"),
            page.t(if user.email_verified {
                "account-verified"
            } else {
                "account-unverified"
            }),
        ),
        (page.t("account-roles-heading"), roles),
        (page.t("account-created"), since),
    ];
    let profile_form = FormView::new(
        &page,
        "profile",
        "/account",
        "form-save",
        profile_fields(lang, profile),
    )
    .heading(&page, "account-profile-heading")
    .errors(lang, profile_errors);
    let mut password_fields = vec![
        Field::new(
            lang,
            "current_password",
            "field-current-password",
            "password",
        )
        .required()
        .autocomplete("current-password"),
    ];
    password_fields.extend(new_password_fields(lang, "field-new-password"));
    let password_form = FormView::new(
        &page,
        "password",
        "/account/password",
        "account-password-submit",
        password_fields,
    )
    .heading(&page, "account-password-heading")
    .errors(lang, password_errors);
    let mut p = FormPage::new(page).form(profile_form).form(password_form);
    p.facts = facts;
    respond(
        &p,
        !profile_errors.is_empty() || !password_errors.is_empty(),
    )
}

pub async fn show(SignedIn(ctx, user): SignedIn) -> AppResult<Response> {
    account_page(
        &ctx,
        &user,
        &profile_input_of(&user),
        &FieldErrors::new(),
        &FieldErrors::new(),
    )
}

pub async fn save_profile(
    SignedIn(ctx, user): SignedIn,
    State(state): State<AppState>,
    CsrfForm(input): CsrfForm<ProfileInput>,
) -> AppResult<Response> {
    match accounts::update_profile(&state.app, &user, &input).await {
        Ok(_) => Ok(Redirect::to(&format!(
            "/{}/account?notice=account-saved",
            ctx.lang.code()
        ))
        .into_response()),
        Err(ServiceError::Fields(errors)) => {
            account_page(&ctx, &user, &input, &errors, &FieldErrors::new())
        }
        Err(e) => Err(e.into()),
    }
}

pub async fn change_password(
    SignedIn(ctx, user): SignedIn,
    State(state): State<AppState>,
    CsrfForm(input): CsrfForm<PasswordChange>,
) -> AppResult<Response> {
    let session = match accounts::change_password(&state.app, &user, &input).await {
        Ok(session) => session,
        Err(ServiceError::Fields(errors)) => {
            return account_page(
                &ctx,
                &user,
                &profile_input_of(&user),
                &FieldErrors::new(),
                &errors,
            );
        }
        Err(e) => return Err(e.into()),
    };
    Ok(redirect_with_cookie(
        &format!(
            "/{}/account?notice=account-password-changed",
            ctx.lang.code()
        ),
        cookie(
            SESSION_COOKIE,
            &session.token,
            state.config.session_ttl_secs,
            state.config.secure_cookies(),
        ),
    ))
}
