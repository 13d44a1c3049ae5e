//! Accounts: sign-up with e-mail verification, sign-in and sign-out,
//! password reset, and the profile page.

use super::{Page, render, render_with_status};
use crate::I18N;
use crate::auth::{self, SESSION_COOKIE, cookie, random_token, token_hash};
use crate::csrf::CsrfForm;
use crate::ctx::{Ctx, SignedIn};
use crate::error::{AppError, AppResult};
use crate::forms::{
    Field, SummaryItem, apply_errors, country_choices, language_choices, stakeholder_choices,
};
use crate::state::AppState;
use askama::Template;
use axum::extract::{Query, State};
use axum::http::header::SET_COOKIE;
use axum::http::{HeaderValue, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;
use wsis_db::accounts::{self, TokenPurpose, User};
use wsis_db::{rate_limit, sessions};
use wsis_domain::account::{Email, Password, ProfileInput, Role};
use wsis_domain::{FieldErrors, Language};
use wsis_i18n::{Arg, format_date};

const VERIFY_TTL: i64 = 48 * 3600;
const RESET_TTL: i64 = 3600;

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
fn respond(p: &FormPage, failed: bool) -> AppResult<Response> {
    render_with_status(
        p,
        if failed {
            StatusCode::UNPROCESSABLE_ENTITY
        } else {
            StatusCode::OK
        },
    )
}

/// Counts an attempt; refuses it past the limit.
async fn limit(state: &AppState, bucket: String, max: i64) -> AppResult<()> {
    let mut conn = state.db.conn().await?;
    if rate_limit::hit(
        &mut conn,
        &bucket,
        max,
        state.config.rate_limits.window_secs,
    )
    .await?
    {
        Ok(())
    } else {
        Err(AppError::RateLimited)
    }
}

/// A same-site path to return to after sign-in, or the account page.
fn safe_next(lang: Language, next: Option<&str>) -> String {
    match next {
        Some(n)
            if n.starts_with('/')
                && !n.starts_with("//")
                && !n.contains('\\')
                && !n.contains("/account/login") =>
        {
            n.to_owned()
        }
        _ => format!("/{}/account", lang.code()),
    }
}

fn redirect_with_cookie(to: &str, set_cookie: String) -> Response {
    let mut res = Redirect::to(to).into_response();
    if let Ok(v) = HeaderValue::from_str(&set_cookie) {
        res.headers_mut().append(SET_COOKIE, v);
    }
    res
}

// ---- sign-up ---------------------------------------------------------------

#[derive(Debug, Default, Deserialize)]
pub struct SignupInput {
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub password: String,
    #[serde(default)]
    pub password_confirm: String,
    #[serde(flatten)]
    pub profile: ProfileInput,
}

fn profile_fields(lang: Language, p: &ProfileInput) -> Vec<Field> {
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

fn signup_page(ctx: &Ctx, input: &SignupInput, errors: &FieldErrors) -> AppResult<Response> {
    let page = Page::new(ctx, "signup-title", "signup");
    let lang = ctx.lang;
    let mut fields = vec![
        Field::new(lang, "email", "field-email", "email")
            .required()
            .value(&input.email)
            .autocomplete("email"),
        Field::new(lang, "password", "field-password", "password")
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
    ];
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
    signup_page(&ctx, &SignupInput::default(), &FieldErrors::new())
}

pub async fn signup(
    ctx: Ctx,
    State(state): State<AppState>,
    CsrfForm(input): CsrfForm<SignupInput>,
) -> AppResult<Response> {
    limit(
        &state,
        format!("signup:{}", ctx.client_ip),
        state.config.rate_limits.signup_per_ip,
    )
    .await?;
    let mut errors = FieldErrors::new();
    let email = errors.check("email", Email::parse(&input.email));
    let password = errors.check("password", Password::parse(&input.password));
    if password.is_some() && input.password != input.password_confirm {
        errors.add("password_confirm", "password-mismatch");
    }
    let profile = input.profile.parse(&mut errors);
    let (Some(email), Some(password), Some(profile), true) =
        (email, password, profile, errors.is_empty())
    else {
        return signup_page(&ctx, &input, &errors);
    };
    let hash = auth::hash_password(password.expose().to_owned())
        .await
        .map_err(AppError::Internal)?;
    let token = random_token();
    let mut tx = state.db.begin().await?;
    let uid = match accounts::create_user(&mut tx, &email, &hash, &profile, &Role::SIGN_UP, false)
        .await
    {
        Ok(id) => id,
        Err(e) if e.is_conflict() => {
            errors.add("email", "email-taken");
            return signup_page(&ctx, &input, &errors);
        }
        Err(e) => return Err(e.into()),
    };
    accounts::store_token(
        &mut tx,
        &token_hash(&token),
        uid,
        TokenPurpose::VerifyEmail,
        VERIFY_TTL,
    )
    .await?;
    tx.commit().await?;
    send_verification(
        &state,
        profile.language,
        email.as_str(),
        &profile.name,
        &token,
    )
    .await;

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

/// Mails a verification link, in the account's language. A failure is
/// logged; the person can ask for a new link.
async fn send_verification(state: &AppState, lang: Language, to: &str, name: &str, token: &str) {
    let link = format!(
        "{}/{}/account/verify?token={token}",
        state.config.public_url,
        lang.code()
    );
    tracing::info!(to, %link, "verification link");
    let body = mail_body(lang, name, &["mail-verify-body"], &link, None);
    if let Err(e) = state
        .mailer
        .send(
            &state.config.mail_from,
            to,
            &I18N.tr(lang, "mail-verify-subject"),
            body,
        )
        .await
    {
        tracing::error!(error = %e, to, "could not send the verification e-mail");
    }
}

fn mail_body(lang: Language, name: &str, lead: &[&str], link: &str, after: Option<&str>) -> String {
    let mut body = I18N.tr_args(lang, "mail-greeting", &[("name", Arg::from(name))]);
    body.push_str("\n\n");
    for key in lead {
        body.push_str(&I18N.tr(lang, key));
        body.push('\n');
    }
    body.push_str(&format!("\n{link}\n\n"));
    if let Some(key) = after {
        body.push_str(&I18N.tr(lang, key));
        body.push_str("\n\n");
    }
    body.push_str(&I18N.tr(lang, "mail-signature"));
    body.push('\n');
    // Fluent's isolation marks help on screen but not in a plain-text mail.
    body.replace(['\u{2068}', '\u{2069}'], "")
}

#[derive(Debug, Deserialize)]
pub struct TokenQuery {
    #[serde(default)]
    pub token: String,
}

pub async fn verify(
    ctx: Ctx,
    State(state): State<AppState>,
    Query(q): Query<TokenQuery>,
) -> AppResult<Response> {
    let mut tx = state.db.begin().await?;
    let user =
        accounts::consume_token(&mut tx, &token_hash(&q.token), TokenPurpose::VerifyEmail).await?;
    if let Some(uid) = user {
        accounts::mark_email_verified(&mut tx, uid).await?;
    }
    tx.commit().await?;
    match user {
        Some(_) => {
            let page = Page::new(&ctx, "verify-title", "");
            let text = page.t("verify-ok");
            render(
                &FormPage::new(page)
                    .intro(text)
                    .link("/account/login", "login-title"),
            )
        }
        None => {
            let page = Page::new(&ctx, "verify-failed-title", "");
            let text = page.t("verify-failed");
            render_with_status(
                &FormPage::new(page)
                    .intro(text)
                    .link("/account/verify/resend", "verify-resend-title"),
                StatusCode::BAD_REQUEST,
            )
        }
    }
}

// ---- e-mail forms (resend verification, forgot password) ------------------

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

const RESEND: EmailForm = EmailForm {
    title: "verify-resend-title",
    intro: "verify-resend-intro",
    action: "/account/verify/resend",
    submit: "verify-resend-submit",
};

const FORGOT: EmailForm = EmailForm {
    title: "forgot-title",
    intro: "forgot-intro",
    action: "/account/password/forgot",
    submit: "forgot-submit",
};

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

/// Counts the attempt and parses the address; `Err` is the form shown again.
async fn email_step(
    ctx: &Ctx,
    state: &AppState,
    spec: &EmailForm,
    input: &EmailInput,
) -> AppResult<Result<Email, Response>> {
    limit(
        state,
        format!("reset:{}", ctx.client_ip),
        state.config.rate_limits.reset_per_ip,
    )
    .await?;
    let mut errors = FieldErrors::new();
    match errors.check("email", Email::parse(&input.email)) {
        Some(email) => Ok(Ok(email)),
        None => Ok(Err(email_page(ctx, spec, input, &errors)?)),
    }
}

fn done_page(ctx: &Ctx, title: &str, text: &str) -> AppResult<Response> {
    let page = Page::new(ctx, title, "");
    let text = page.t(text);
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
    let email = match email_step(&ctx, &state, &RESEND, &input).await? {
        Ok(email) => email,
        Err(page) => return Ok(page),
    };
    let mut tx = state.db.begin().await?;
    let user = accounts::find_user_by_email(&mut tx, &email).await?;
    let mut to_send = None;
    if let Some(u) = user.filter(|u| !u.email_verified) {
        let token = random_token();
        accounts::store_token(
            &mut tx,
            &token_hash(&token),
            u.id,
            TokenPurpose::VerifyEmail,
            VERIFY_TTL,
        )
        .await?;
        to_send = Some((u, token));
    }
    tx.commit().await?;
    if let Some((u, token)) = to_send {
        send_verification(
            &state,
            u.profile.language,
            &u.email,
            &u.profile.name,
            &token,
        )
        .await;
    }
    done_page(&ctx, "verify-resend-title", "verify-resend-done")
}

pub async fn forgot_form(ctx: Ctx) -> AppResult<Response> {
    email_page(&ctx, &FORGOT, &EmailInput::default(), &FieldErrors::new())
}

pub async fn forgot(
    ctx: Ctx,
    State(state): State<AppState>,
    CsrfForm(input): CsrfForm<EmailInput>,
) -> AppResult<Response> {
    let email = match email_step(&ctx, &state, &FORGOT, &input).await? {
        Ok(email) => email,
        Err(page) => return Ok(page),
    };
    let mut tx = state.db.begin().await?;
    let user = accounts::find_user_by_email(&mut tx, &email).await?;
    let token = random_token();
    if let Some(u) = &user {
        accounts::store_token(
            &mut tx,
            &token_hash(&token),
            u.id,
            TokenPurpose::ResetPassword,
            RESET_TTL,
        )
        .await?;
    }
    tx.commit().await?;
    if let Some(u) = user {
        let lang = u.profile.language;
        let link = format!(
            "{}/{}/account/password/reset?token={token}",
            state.config.public_url,
            lang.code()
        );
        let body = mail_body(
            lang,
            &u.profile.name,
            &["mail-reset-body"],
            &link,
            Some("mail-reset-ignore"),
        );
        if let Err(e) = state
            .mailer
            .send(
                &state.config.mail_from,
                &u.email,
                &I18N.tr(lang, "mail-reset-subject"),
                body,
            )
            .await
        {
            tracing::error!(error = %e, "could not send the reset e-mail");
        }
    }
    done_page(&ctx, "forgot-title", "forgot-done")
}

// ---- password reset -------------------------------------------------------

#[derive(Debug, Default, Deserialize)]
pub struct ResetInput {
    #[serde(default)]
    pub token: String,
    #[serde(default)]
    pub password: String,
    #[serde(default)]
    pub password_confirm: String,
}

fn reset_page(ctx: &Ctx, token: &str, errors: &FieldErrors) -> AppResult<Response> {
    let page = Page::new(ctx, "reset-title", "");
    let lang = ctx.lang;
    let fields = vec![
        Field::new(lang, "password", "field-new-password", "password")
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
    ];
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

fn link_failed(ctx: &Ctx) -> AppResult<Response> {
    let page = Page::new(ctx, "verify-failed-title", "");
    let text = page.t("verify-failed");
    render_with_status(
        &FormPage::new(page)
            .intro(text)
            .link("/account/password/forgot", "forgot-title"),
        StatusCode::BAD_REQUEST,
    )
}

pub async fn reset_form(
    ctx: Ctx,
    State(state): State<AppState>,
    Query(q): Query<TokenQuery>,
) -> AppResult<Response> {
    let mut conn = state.db.conn().await?;
    if !accounts::token_is_valid(
        &mut conn,
        &token_hash(&q.token),
        TokenPurpose::ResetPassword,
    )
    .await?
    {
        return link_failed(&ctx);
    }
    reset_page(&ctx, &q.token, &FieldErrors::new())
}

pub async fn reset(
    ctx: Ctx,
    State(state): State<AppState>,
    CsrfForm(input): CsrfForm<ResetInput>,
) -> AppResult<Response> {
    let mut errors = FieldErrors::new();
    let password = errors.check("password", Password::parse(&input.password));
    if password.is_some() && input.password != input.password_confirm {
        errors.add("password_confirm", "password-mismatch");
    }
    let (Some(password), true) = (password, errors.is_empty()) else {
        return reset_page(&ctx, &input.token, &errors);
    };
    let hash = auth::hash_password(password.expose().to_owned())
        .await
        .map_err(AppError::Internal)?;
    let mut tx = state.db.begin().await?;
    let Some(uid) = accounts::consume_token(
        &mut tx,
        &token_hash(&input.token),
        TokenPurpose::ResetPassword,
    )
    .await?
    else {
        return link_failed(&ctx);
    };
    accounts::set_password_hash(&mut tx, uid, &hash).await?;
    // Following the mailed link proves the address, too.
    accounts::mark_email_verified(&mut tx, uid).await?;
    sessions::delete_for_user(&mut tx, uid).await?;
    tx.commit().await?;
    done_page(&ctx, "reset-title", "reset-done")
}

// ---- sign-in and sign-out -------------------------------------------------

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
    let limits = &state.config.rate_limits;
    limit(
        &state,
        format!("login-ip:{}", ctx.client_ip),
        limits.login_per_ip,
    )
    .await?;
    let mut errors = FieldErrors::new();
    let email = errors.check("email", Email::parse(&input.email));
    if input.password.is_empty() {
        errors.add("password", "password-required");
    }
    let (Some(email), true) = (email, errors.is_empty()) else {
        return login_page(&ctx, &input, &errors);
    };
    limit(
        &state,
        format!("login-account:{}", email.as_str().to_lowercase()),
        limits.login_per_account,
    )
    .await?;
    let creds = {
        let mut conn = state.db.conn().await?;
        accounts::credentials(&mut conn, &email).await?
    };
    let ok =
        auth::verify_password(input.password.clone(), creds.as_ref().map(|c| c.1.clone())).await;
    let Some((uid, _)) = creds.filter(|_| ok) else {
        errors.add("email", "login-failed");
        return login_page(&ctx, &input, &errors);
    };
    let mut tx = state.db.begin().await?;
    let user = accounts::find_user(&mut tx, uid)
        .await?
        .ok_or(AppError::NotFound)?;
    if !user.email_verified {
        errors.add("email", "login-unverified");
        return login_page(&ctx, &input, &errors);
    }
    let token = random_token();
    sessions::create(
        &mut tx,
        &token_hash(&token),
        uid,
        state.config.session_ttl_secs,
    )
    .await?;
    tx.commit().await?;
    let to = safe_next(ctx.lang, input.next.as_deref());
    Ok(redirect_with_cookie(
        &to,
        cookie(
            SESSION_COOKIE,
            &token,
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
        let mut conn = state.db.conn().await?;
        sessions::delete(&mut conn, &token_hash(t)).await?;
    }
    Ok(redirect_with_cookie(
        &format!("/{}", ctx.lang.code()),
        cookie(SESSION_COOKIE, "", 0, state.config.secure_cookies()),
    ))
}

// ---- the account page -----------------------------------------------------

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
        .join(", ");
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
    let password_form = FormView::new(
        &page,
        "password",
        "/account/password",
        "account-password-submit",
        vec![
            Field::new(
                lang,
                "current_password",
                "field-current-password",
                "password",
            )
            .required()
            .autocomplete("current-password"),
            Field::new(lang, "password", "field-new-password", "password")
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
        ],
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
    let mut errors = FieldErrors::new();
    let Some(profile) = input.parse(&mut errors).filter(|_| errors.is_empty()) else {
        return account_page(&ctx, &user, &input, &errors, &FieldErrors::new());
    };
    let mut tx = state.db.begin().await?;
    accounts::update_profile(&mut tx, user.id, &profile).await?;
    tx.commit().await?;
    Ok(Redirect::to(&format!(
        "/{}/account?notice=account-saved",
        ctx.lang.code()
    ))
    .into_response())
}

#[derive(Debug, Default, Deserialize)]
pub struct PasswordChange {
    #[serde(default)]
    pub current_password: String,
    #[serde(default)]
    pub password: String,
    #[serde(default)]
    pub password_confirm: String,
}

pub async fn change_password(
    SignedIn(ctx, user): SignedIn,
    State(state): State<AppState>,
    CsrfForm(input): CsrfForm<PasswordChange>,
) -> AppResult<Response> {
    limit(
        &state,
        format!("login-account:{}", user.email.to_lowercase()),
        state.config.rate_limits.login_per_account,
    )
    .await?;
    let mut errors = FieldErrors::new();
    let creds = {
        let mut conn = state.db.conn().await?;
        accounts::credentials(
            &mut conn,
            &Email::parse(&user.email)
                .map_err(|_| AppError::Internal("stored e-mail does not parse".into()))?,
        )
        .await?
    };
    if !auth::verify_password(input.current_password.clone(), creds.map(|c| c.1)).await {
        errors.add("current_password", "password-wrong");
    }
    let password = errors.check("password", Password::parse(&input.password));
    if password.is_some() && input.password != input.password_confirm {
        errors.add("password_confirm", "password-mismatch");
    }
    let (Some(password), true) = (password, errors.is_empty()) else {
        return account_page(
            &ctx,
            &user,
            &profile_input_of(&user),
            &FieldErrors::new(),
            &errors,
        );
    };
    let hash = auth::hash_password(password.expose().to_owned())
        .await
        .map_err(AppError::Internal)?;
    let token = random_token();
    let mut tx = state.db.begin().await?;
    accounts::set_password_hash(&mut tx, user.id, &hash).await?;
    // Sign out every other session; keep this one with a fresh token.
    sessions::delete_for_user(&mut tx, user.id).await?;
    sessions::create(
        &mut tx,
        &token_hash(&token),
        user.id,
        state.config.session_ttl_secs,
    )
    .await?;
    tx.commit().await?;
    let mut res = Redirect::to(&format!(
        "/{}/account?notice=account-password-changed",
        ctx.lang.code()
    ))
    .into_response();
    if let Ok(v) = HeaderValue::from_str(&cookie(
        SESSION_COOKIE,
        &token,
        state.config.session_ttl_secs,
        state.config.secure_cookies(),
    )) {
        res.headers_mut().append(SET_COOKIE, v);
    }
    Ok(res)
}
