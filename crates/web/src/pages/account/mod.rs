//! Accounts: sign-up with e-mail verification, sign-in and sign-out,
//! password reset, and the profile page. The pages call
//! [`wsis_app::accounts`]; this module holds what they share: the form page.

mod password;
mod profile;
mod session;
mod signup;

pub use password::{forgot, forgot_form, reset, reset_form};
pub use profile::{change_password, save_profile, show};
pub use session::{login, login_form, logout};
pub use signup::{resend, resend_form, signup, signup_form, verify};

use super::{Page, render_with_status};
use crate::I18N;
use crate::ctx::Ctx;
use crate::error::AppResult;
use crate::forms::{
    Field, SummaryItem, apply_errors, country_choices, language_choices, stakeholder_choices,
};
use askama::Template;
use axum::http::header::SET_COOKIE;
use axum::http::{HeaderValue, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;
use wsis_domain::account::ProfileInput;
use wsis_domain::{FieldErrors, Language};
use wsis_i18n::Arg;

/// A form on a page.
pub struct FormView {
    pub id: &'static str,
    pub heading: Option<String>,
    pub action: String,
    pub fields: Vec<Field>,
    pub hidden: Vec<(String, String)>,
    pub submit: String,
    pub summary: Vec<SummaryItem>,
    pub summary_heading: String,
}

impl FormView {
    pub fn new(
        page: &Page,
        id: &'static str,
        action: &str,
        submit_key: &str,
        fields: Vec<Field>,
    ) -> FormView {
        FormView {
            id,
            heading: None,
            action: page.href(action),
            fields,
            hidden: Vec::new(),
            submit: page.t(submit_key),
            summary: Vec::new(),
            summary_heading: String::new(),
        }
    }
    pub fn heading(mut self, page: &Page, key: &str) -> Self {
        self.heading = Some(page.t(key));
        self
    }
    pub fn hidden(mut self, name: &str, value: &str) -> Self {
        self.hidden.push((name.to_owned(), value.to_owned()));
        self
    }
    /// Shows field errors next to the fields and in a summary.
    pub fn errors(mut self, lang: Language, errors: &FieldErrors) -> Self {
        self.summary = apply_errors(lang, &mut self.fields, errors);
        self.summary_heading = I18N.tr_args(
            lang,
            "form-errors-heading",
            &[("count", Arg::Num(self.summary.len() as i64))],
        );
        self
    }
}

/// A page of text, facts, forms and links: every account page is one.
#[derive(Template)]
#[template(path = "form_page.html")]
pub struct FormPage {
    pub page: Page,
    pub intro: Vec<String>,
    pub facts: Vec<(String, String)>,
    pub forms: Vec<FormView>,
    pub links: Vec<(String, String)>,
}

impl FormPage {
    pub fn new(page: Page) -> FormPage {
        FormPage {
            page,
            intro: Vec::new(),
            facts: Vec::new(),
            forms: Vec::new(),
            links: Vec::new(),
        }
    }
    pub fn intro(mut self, text: String) -> Self {
        self.intro.push(text);
        self
    }
    pub fn form(mut self, f: FormView) -> Self {
        self.forms.push(f);
        self
    }
    pub fn link(mut self, path: &str, key: &str) -> Self {
        self.links.push((self.page.href(path), self.page.t(key)));
        self
    }
}

/// 422 for a form shown again with its errors, 200 otherwise.
pub(super) fn respond(p: &FormPage, failed: bool) -> AppResult<Response> {
    render_with_status(
        p,
        if failed {
            StatusCode::UNPROCESSABLE_ENTITY
        } else {
            StatusCode::OK
        },
    )
}

/// A same-site path to return to after sign-in, or the account page.
pub(super) fn safe_next(lang: Language, next: Option<&str>) -> String {
    match next.and_then(crate::security::local_path) {
        Some(n) if !n.contains("/account/login") => n.to_owned(),
        _ => format!("/{}/account", lang.code()),
    }
}

pub(super) fn redirect_with_cookie(to: &str, set_cookie: String) -> Response {
    let mut res = Redirect::to(to).into_response();
    if let Ok(v) = HeaderValue::from_str(&set_cookie) {
        res.headers_mut().append(SET_COOKIE, v);
    }
    res
}

pub(super) fn profile_fields(lang: Language, p: &ProfileInput) -> Vec<Field> {
    vec![
        Field::new(lang, "name", "field-name", "text")
            .required()
            .value(&p.name)
            .autocomplete("name"),
        Field::new(lang, "organisation", "field-organisation", "text")
            .value(&p.organisation)
            .autocomplete("organization"),
        Field::new(lang, "stakeholder_type", "field-stakeholder-type", "select")
            .value(&p.stakeholder_type)
            .choices(stakeholder_choices(lang)),
        Field::new(lang, "country", "field-country", "select")
            .value(&p.country)
            .autocomplete("country")
            .choices(country_choices(lang)),
        Field::new(lang, "language", "field-language", "select")
            .required()
            .value(if p.language.is_empty() {
                lang.code()
            } else {
                p.language.as_str()
            })
            .choices(language_choices()),
    ]
}

/// The new password and its confirmation, as every form that sets one asks for them
/// (`label`: "field-password" at sign-up, "field-new-password" elsewhere).
pub(super) fn new_password_fields(lang: Language, label: &str) -> [Field; 2] {
    [
        Field::new(lang, "password", label, "password")
            .required()
            .autocomplete("new-password")
            .hint(lang, "field-password-hint"),
        Field::new(
            lang,
            "password_confirm",
            "field-password-confirm",
            "password",
        )
        .required()
        .autocomplete("new-password"),
    ]
}

#[derive(Debug, Deserialize)]
pub struct TokenQuery {
    #[serde(default)]
    pub token: String,
}

/// A page that says a mailed link did its work, with the way to sign in.
fn done_page(ctx: &Ctx, title: &str, text: &str) -> AppResult<Response> {
    let page = Page::new(ctx, title, "");
    let text = page.t(text);
    super::render(
        &FormPage::new(page)
            .intro(text)
            .link("/account/login", "login-title"),
    )
}

/// A mailed link that is unknown, used or expired, with the way to a new one.
fn link_failed(ctx: &Ctx, again: &str, again_key: &str) -> AppResult<Response> {
    let page = Page::new(ctx, "verify-failed-title", "");
    let text = page.t("verify-failed");
    render_with_status(
        &FormPage::new(page).intro(text).link(again, again_key),
        StatusCode::BAD_REQUEST,
    )
}

#[derive(Debug, Default, Deserialize)]
pub struct EmailInput {
    #[serde(default)]
    pub email: String,
}

/// A one-field form that mails a link: a new confirmation link, or a
/// password reset link.
struct EmailForm {
    title: &'static str,
    intro: &'static str,
    action: &'static str,
    submit: &'static str,
}

fn email_page(
    ctx: &Ctx,
    spec: &EmailForm,
    input: &EmailInput,
    errors: &FieldErrors,
) -> AppResult<Response> {
    let page = Page::new(ctx, spec.title, "");
    let field = Field::new(ctx.lang, "email", "field-email", "email")
        .required()
        .value(&input.email)
        .autocomplete("email");
    let form = FormView::new(&page, "email", spec.action, spec.submit, vec![field])
        .errors(ctx.lang, errors);
    let text = page.t(spec.intro);
    respond(
        &FormPage::new(page).intro(text).form(form),
        !errors.is_empty(),
    )
}

/// The answer to a request for a mailed link: the form again with its field
/// errors, or the page that says the link is on its way (the same whether or
/// not the address has an account).
fn email_answer(
    ctx: &Ctx,
    spec: &EmailForm,
    input: &EmailInput,
    done: &str,
    result: wsis_app::ServiceResult<()>,
) -> AppResult<Response> {
    match result {
        Ok(()) => done_page(ctx, spec.title, done),
        Err(wsis_app::ServiceError::Fields(errors)) => email_page(ctx, spec, input, &errors),
        Err(e) => Err(e.into()),
    }
}
