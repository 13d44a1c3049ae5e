//! Registration for a forum edition: the participant's form and status,
//! the secretariat's approval queue, check-in at the door by badge code,
//! and public participation statistics.

use crate::I18N;
use crate::csrf::CsrfForm;
use crate::ctx::{Ctx, Secretariat, SignedIn, WithRole};
use crate::error::{AppError, AppResult};
use crate::forms::{Field, SummaryItem, apply_errors, country_choices, stakeholder_choices};
use crate::pages::{Page, render, render_with_status};
use crate::state::AppState;
use crate::stocktaking::stats::{Chart, chart};
use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use wsis_app::ServiceError;
use wsis_app::forum::registration::{
    self as reg, CheckIn, FULL, Participant, Registered, Registration, edition,
};
use wsis_domain::forum::registration::{Category, RegistrationInput, RegistrationStatus};
use wsis_domain::taxonomy::{StakeholderType, countries};
use wsis_domain::{AccountId, FieldErrors, Language, RegistrationId};
use wsis_i18n::{Arg, format_datetime, format_number};

#[derive(Template)]
#[template(path = "forum/register.html")]
struct RegisterPage {
    page: Page,
    year: i64,
    action: String,
    fields: Vec<Field>,
    consent: bool,
    consent_error: Option<String>,
    summary: Vec<SummaryItem>,
    summary_heading: String,
    mine: Option<MineView>,
}

pub struct MineView {
    pub status: String,
    pub facts: Vec<(String, String)>,
    pub code: Option<String>,
}

fn title(ctx: &Ctx, year: i64) -> Page {
    let mut page = Page::new(ctx, "forum-register-title", "forum");
    page.title = I18N.tr_args(
        ctx.lang,
        "forum-register-of",
        &[("year", Arg::from(year.to_string().as_str()))],
    );
    page
}

fn mine_view(lang: Language, r: &Registration) -> MineView {
    let t = |k: &str| I18N.tr(lang, k);
    MineView {
        status: t(&format!("registration-status-{}", r.status)),
        facts: vec![
            (
                t("forum-register-mode"),
                t(&format!("attendance-{}", r.mode)),
            ),
            (
                t("forum-register-category"),
                t(&format!("registration-category-{}", r.category)),
            ),
            (t("field-organisation"), r.organisation.clone()),
        ],
        code: (r.status == "approved").then(|| r.badge_code.clone()),
    }
}

fn form(ctx: &Ctx, year: i64, input: &RegistrationInput, errors: &FieldErrors) -> RegisterPage {
    let lang = ctx.lang;
    let t = |k: &str| I18N.tr(lang, k);
    let mut fields = vec![
        Field::new(lang, "mode", "forum-register-mode", "select")
            .required()
            .value(&input.mode)
            .choices(["on-site", "remote"].map(|m| (m.to_owned(), t(&format!("attendance-{m}"))))),
        Field::new(lang, "category", "forum-register-category", "select")
            .required()
            .value(&input.category)
            .hint(lang, "forum-register-category-hint")
            .choices(Category::ALL.map(|c| {
                (
                    c.code().to_owned(),
                    t(&format!("registration-category-{}", c.code())),
                )
            })),
        Field::new(lang, "stakeholder_type", "field-stakeholder-type", "select")
            .required()
            .value(&input.stakeholder_type)
            .choices(stakeholder_choices(lang)),
        Field::new(lang, "organisation", "field-organisation", "text")
            .required()
            .value(&input.organisation)
            .autocomplete("organization"),
        Field::new(lang, "country", "field-country", "select")
            .required()
            .value(&input.country)
            .choices(country_choices(lang)),
        Field::new(
            lang,
            "accessibility",
            "forum-register-accessibility",
            "textarea",
        )
        .value(&input.accessibility)
        .hint(lang, "forum-register-accessibility-hint"),
    ];
    let mut summary = apply_errors(lang, &mut fields, errors);
    summary.retain(|s| s.href != "#main");
    let consent_error = errors.for_field("consent").map(|k| I18N.tr(lang, k));
    if let Some(m) = &consent_error {
        summary.push(SummaryItem {
            href: "#f-consent".into(),
            message: m.clone(),
        });
    }
    let summary_heading = I18N.tr_args(
        lang,
        "form-errors-heading",
        &[("count", Arg::Num(summary.len() as i64))],
    );
    RegisterPage {
        year,
        page: title(ctx, year),
        action: format!("/{}/forum/{year}/register", lang.code()),
        fields,
        consent: input.consent == "1",
        consent_error,
        summary,
        summary_heading,
        mine: None,
    }
}

pub async fn register_page(
    SignedIn(ctx, user): SignedIn,
    State(state): State<AppState>,
    Path((_, year)): Path<(String, i64)>,
) -> AppResult<Response> {
    let ed = edition(&state.app, year).await?;
    let mine = reg::of_user(&state.app, ed.id, AccountId::new(user.id)).await?;
    let input = RegistrationInput {
        organisation: user.profile.organisation.clone().unwrap_or_default(),
        country: user.profile.country.clone().unwrap_or_default(),
        stakeholder_type: user
            .profile
            .stakeholder_type
            .map(|s| s.code().to_owned())
            .unwrap_or_default(),
        ..Default::default()
    };
    let mut page = form(&ctx, year, &input, &FieldErrors::new());
    page.mine = mine.as_ref().map(|r| mine_view(ctx.lang, r));
    render(&page)
}

pub async fn register(
    SignedIn(ctx, user): SignedIn,
    State(state): State<AppState>,
    Path((_, year)): Path<(String, i64)>,
    CsrfForm(input): CsrfForm<RegistrationInput>,
) -> AppResult<Response> {
    let mut errors = FieldErrors::new();
    let Some(data) = input.parse(&mut errors) else {
        return render_with_status(
            &form(&ctx, year, &input, &errors),
            StatusCode::UNPROCESSABLE_ENTITY,
        );
    };
    let who = Participant {
        id: user.id,
        name: &user.profile.name,
        email: user.email.as_str(),
    };
    match reg::register(&state.app, ctx.lang, who, year, &data).await {
        // Already registered: the page shows the registration.
        Ok(Registered::New(..) | Registered::Already) => {}
        Err(ServiceError::Conflict(FULL)) => {
            let mut errors = FieldErrors::new();
            errors.add("mode", FULL);
            return render_with_status(&form(&ctx, year, &input, &errors), StatusCode::CONFLICT);
        }
        Err(e) => return Err(e.into()),
    }
    Ok(Redirect::to(&format!("/{}/forum/{year}/register", ctx.lang.code())).into_response())
}

pub struct QueueRow {
    pub id: i64,
    pub name: String,
    pub facts: String,
    pub accessibility: String,
}

#[derive(Template)]
#[template(path = "forum/registrations.html")]
struct QueuePage {
    page: Page,
    rows: Vec<QueueRow>,
}

pub async fn queue(
    WithRole(ctx, _, _): WithRole<Secretariat>,
    State(state): State<AppState>,
    Path((_, year)): Path<(String, i64)>,
) -> AppResult<Response> {
    let ed = edition(&state.app, year).await?;
    let pending = reg::pending(&state.app, ed.id, 200).await?;
    let lang = ctx.lang;
    let t = |k: &str| I18N.tr(lang, k);
    let rows = pending
        .into_iter()
        .map(|r| QueueRow {
            id: r.id,
            facts: format!(
                "{} · {} · {} · {}",
                t(&format!("registration-category-{}", r.category)),
                r.organisation,
                countries::country(&r.country)
                    .map(|c| c.names.get(lang).clone())
                    .unwrap_or(r.country.clone()),
                t(&format!("attendance-{}", r.mode))
            ),
            name: r.name,
            accessibility: r.accessibility,
        })
        .collect();
    let mut page = Page::new(&ctx, "forum-registrations-title", "forum");
    page.title = I18N.tr_args(
        lang,
        "forum-registrations-of",
        &[("year", Arg::from(year.to_string().as_str()))],
    );
    render(&QueuePage { page, rows })
}

#[derive(serde::Deserialize)]
pub struct DecideInput {
    pub status: String,
}

pub async fn decide(
    WithRole(ctx, _, _): WithRole<Secretariat>,
    State(state): State<AppState>,
    Path((_, id)): Path<(String, i64)>,
    CsrfForm(input): CsrfForm<DecideInput>,
) -> AppResult<Response> {
    let status = match RegistrationStatus::parse(&input.status) {
        Ok(s) => s,
        Err(_) => {
            let mut f = FieldErrors::new();
            f.add("status", "registration-status-invalid");
            return Err(AppError::Validation(f));
        }
    };
    let ed_year = reg::decide(&state.app, ctx.lang, RegistrationId::new(id), status).await?;
    Ok(Redirect::to(&format!(
        "/{}/forum/{ed_year}/manage/registrations",
        ctx.lang.code()
    ))
    .into_response())
}

#[derive(Template)]
#[template(path = "forum/check_in.html")]
struct CheckInPage {
    page: Page,
    action: String,
    result: Option<(bool, String)>,
    script: String,
    jsqr: String,
}

fn check_in_view(ctx: &Ctx, year: i64, result: Option<(bool, String)>) -> CheckInPage {
    let mut page = Page::new(ctx, "forum-check-in-title", "forum");
    page.title = I18N.tr_args(
        ctx.lang,
        "forum-check-in-of",
        &[("year", Arg::from(year.to_string().as_str()))],
    );
    CheckInPage {
        action: format!("/{}/forum/{year}/check-in", ctx.lang.code()),
        page,
        result,
        script: crate::pages::check_in_script(),
        jsqr: crate::pages::jsqr_script(),
    }
}

pub async fn check_in_page(
    WithRole(ctx, _, _): WithRole<Secretariat>,
    State(state): State<AppState>,
    Path((_, year)): Path<(String, i64)>,
) -> AppResult<Response> {
    edition(&state.app, year).await?;
    render(&check_in_view(&ctx, year, None))
}

#[derive(serde::Deserialize)]
pub struct CodeInput {
    #[serde(default)]
    pub code: String,
}

/// Checks a participant in by the code on their badge (scanned or typed).
pub async fn check_in(
    WithRole(ctx, _, _): WithRole<Secretariat>,
    State(state): State<AppState>,
    Path((_, year)): Path<(String, i64)>,
    CsrfForm(input): CsrfForm<CodeInput>,
) -> AppResult<Response> {
    let ed = edition(&state.app, year).await?;
    let lang = ctx.lang;
    let (ok, message, status) = match reg::check_in(&state.app, ed.id, &input.code).await? {
        CheckIn::Unknown => (
            false,
            I18N.tr(lang, "check-in-unknown"),
            StatusCode::NOT_FOUND,
        ),
        CheckIn::NotApproved(r) => (
            false,
            I18N.tr_args(
                lang,
                "check-in-not-approved",
                &[("name", Arg::from(r.name.as_str()))],
            ),
            StatusCode::CONFLICT,
        ),
        CheckIn::Already(r, at) => (
            false,
            I18N.tr_args(
                lang,
                "check-in-already",
                &[
                    ("name", Arg::from(r.name.as_str())),
                    (
                        "time",
                        Arg::from(
                            format_datetime(lang, at, &super::service::venue_tz(&ed)).as_str(),
                        ),
                    ),
                ],
            ),
            StatusCode::CONFLICT,
        ),
        CheckIn::Welcome(r) => (
            true,
            I18N.tr_args(
                lang,
                "check-in-welcome",
                &[
                    ("name", Arg::from(r.name.as_str())),
                    ("title", Arg::from(r.organisation.as_str())),
                ],
            ),
            StatusCode::OK,
        ),
    };
    render_with_status(&check_in_view(&ctx, year, Some((ok, message))), status)
}

/// (mode, stakeholder type, country, count)
type CountRow = (String, String, String, i64);

#[derive(Template)]
#[template(path = "forum/participation.html")]
struct ParticipationPage {
    page: Page,
    total: String,
    charts: Vec<Chart>,
}

/// Participation statistics of an edition (approved registrations).
pub async fn participation(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((_, year)): Path<(String, i64)>,
) -> AppResult<Response> {
    let ed = edition(&state.app, year).await?;
    let rows = reg::counts(&state.app, ed.id).await?;
    let lang = ctx.lang;
    let t = |k: &str| I18N.tr(lang, k);
    let total: i64 = rows.iter().map(|r| r.3).sum();
    let sum_by = |key: &dyn Fn(&CountRow) -> String| {
        let mut m: std::collections::BTreeMap<String, i64> = Default::default();
        for r in &rows {
            *m.entry(key(r)).or_default() += r.3;
        }
        let mut v: Vec<(String, i64)> = m.into_iter().collect();
        v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        v
    };
    let country_name = |c: &str| {
        countries::country(c)
            .map(|x| x.names.get(lang).clone())
            .unwrap_or_else(|| c.to_owned())
    };
    let itu = |c: &str| {
        countries::country(c)
            .and_then(|x| x.itu_region.clone())
            .and_then(|r| countries::itu_regions().iter().find(|x| x.code == r))
            .map(|r| r.names.get(lang).clone())
            .unwrap_or_else(|| t("forum-participation-other-region"))
    };
    let no_link = String::new;
    let mut charts = Vec::new();
    charts.push(chart(
        "by-mode",
        t("forum-participation-by-mode"),
        sum_by(&|r| t(&format!("attendance-{}", r.0)))
            .into_iter()
            .map(|(l, n)| (l, n, no_link()))
            .collect(),
        lang,
    ));
    charts.push(chart(
        "by-stakeholder",
        t("forum-participation-by-stakeholder"),
        sum_by(&|r| {
            StakeholderType::parse(&r.1)
                .map(|s| s.name().get(lang).to_string())
                .unwrap_or_else(|_| r.1.clone())
        })
        .into_iter()
        .map(|(l, n)| (l, n, no_link()))
        .collect(),
        lang,
    ));
    charts.push(chart(
        "by-region",
        t("forum-participation-by-region"),
        sum_by(&|r| itu(&r.2))
            .into_iter()
            .map(|(l, n)| (l, n, no_link()))
            .collect(),
        lang,
    ));
    let by_country = sum_by(&|r| r.2.clone());
    let countries_count = by_country.len() as i64;
    charts.push(chart(
        "by-country",
        I18N.tr_args(
            lang,
            "forum-participation-by-country",
            &[("count", Arg::Num(countries_count))],
        ),
        by_country
            .into_iter()
            .take(30)
            .map(|(c, n)| (country_name(&c), n, no_link()))
            .collect(),
        lang,
    ));
    let mut page = Page::new(&ctx, "forum-participation-title", "forum");
    page.title = I18N.tr_args(
        lang,
        "forum-participation-of",
        &[("year", Arg::from(year.to_string().as_str()))],
    );
    render(&ParticipationPage {
        total: I18N.tr_args(
            lang,
            "forum-participation-total",
            &[
                ("count", Arg::Num(total)),
                (
                    "countries",
                    Arg::from(format_number(lang, countries_count).as_str()),
                ),
            ],
        ),
        page,
        charts,
    })
}

/// The participant's badge as a PDF: name, organisation, category and a QR
/// code of the badge code, for approved registrations only.
pub async fn badge(
    SignedIn(ctx, user): SignedIn,
    State(state): State<AppState>,
    Path((_, year)): Path<(String, i64)>,
) -> AppResult<Response> {
    let ed = edition(&state.app, year).await?;
    let r = reg::badge_of(&state.app, ed.id, AccountId::new(user.id)).await?;
    let qr_svg = qrcode::QrCode::new(r.badge_code.as_bytes())
        .map_err(|e| AppError::Internal(format!("qr code: {e}")))?
        .render::<qrcode::render::svg::Color>()
        .min_dimensions(240, 240)
        .build();
    let lang = ctx.lang;
    let t = |k: &str| I18N.tr(lang, k);
    let tz = super::service::venue_tz(&ed);
    let day = |d: &str| {
        super::service::local_to_utc(&tz, d, "12:00")
            .map(|x| wsis_i18n::format_date(lang, x, &tz))
            .unwrap_or_default()
    };
    let country = countries::country(&r.country)
        .map(|c| c.names.get(lang).clone())
        .unwrap_or(r.country.clone());
    let b = wsis_docs::Badge {
        lang,
        event: I18N
            .tr_args(
                lang,
                "forum-edition-name",
                &[("year", Arg::from(year.to_string().as_str()))],
            )
            .replace(['\u{2068}', '\u{2069}'], ""),
        dates: format!("{} – {}", day(&ed.starts_on), day(&ed.ends_on)),
        venue: ed.venue.clone(),
        name: r.name.clone(),
        organisation: r.organisation.clone(),
        details: format!(
            "{} · {} · {country}",
            t(&format!("registration-category-{}", r.category)),
            t(&format!("attendance-{}", r.mode))
        ),
        code: r.badge_code.clone(),
        qr_svg,
    };
    let pdf = tokio::task::spawn_blocking(move || wsis_docs::badge_pdf(&b))
        .await
        .map_err(|e| AppError::Internal(format!("badge: {e}")))?
        .map_err(|e| AppError::Internal(format!("badge: {e}")))?;
    Ok((
        [
            (
                axum::http::header::CONTENT_TYPE,
                "application/pdf".to_owned(),
            ),
            (
                axum::http::header::CONTENT_DISPOSITION,
                format!("inline; filename=\"wsis-forum-{year}-badge.pdf\""),
            ),
            (
                axum::http::header::CACHE_CONTROL,
                "private, no-store".to_owned(),
            ),
        ],
        pdf,
    )
        .into_response())
}
