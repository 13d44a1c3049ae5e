//! The High-Level Track (issue 12, item 2): its public page (the Chair's executive
//! summary, then each High-Level Policy Session with its facilitators, approved
//! outcome and speakers' statements), the secretariat's forms (the summary, each
//! session's facilitators), the statements page of the facilitators, and the API.
//! The pages of `wsis_app::forum::high_level`; outcomes themselves are written in
//! the session outcome form.

use crate::I18N;
use crate::csrf::CsrfForm;
use crate::ctx::{Ctx, Secretariat, SignedIn, WithRole};
use crate::error::{AppError, AppResult};
use crate::forms::{Field, SummaryItem, apply_errors, language_choices};
use crate::pages::account::{FormPage, FormView};
use crate::pages::{Page, render, render_with_status};
use crate::state::AppState;
use crate::stocktaking::markdown::to_safe_html;
use askama::Template;
use axum::extract::{Multipart, Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use wsis_app::ServiceError;
use wsis_app::forum::high_level::{self as service, StatementRow, Track};
use wsis_domain::access::Principal;
use wsis_domain::forum::high_level::{
    FACILITATOR_TYPES, MAX_STATEMENTS, StatementInput, SummaryInput,
};
use wsis_domain::taxonomy::StakeholderType;
use wsis_domain::{AccountId, FieldErrors, Language};
use wsis_i18n::Arg;

fn principal(user: &wsis_app::forum::proposals::User) -> Principal<'_> {
    Principal::new(AccountId::new(user.id), &user.roles)
}

fn stakeholder_name(code: &str, lang: Language) -> String {
    StakeholderType::parse(code)
        .map(|t| t.name().get(lang).to_string())
        .unwrap_or_else(|_| code.to_owned())
}

// ------------------------------------------------------------ the public page

#[derive(Template)]
#[template(path = "forum/high_level.html")]
struct TrackPage {
    page: Page,
    summary: Option<SummaryView>,
    summary_href: Option<String>,
    sessions: Vec<SessionView>,
    outcomes_href: String,
    documents_href: String,
}

struct SummaryView {
    chair: String,
    lang: &'static str,
    dir: &'static str,
    html: String,
}

struct SessionView {
    id: String,
    heading: String,
    href: String,
    facilitators: String,
    /// (label, href) of what the reader may do here.
    actions: Vec<(String, String)>,
    outcome: Option<crate::forum::outcomes::OutcomeView>,
    statements: Vec<StatementView>,
}

/// A statement as pages show it.
pub struct StatementView {
    pub speaker: String,
    pub position: String,
    pub lang: &'static str,
    pub dir: &'static str,
    pub html: String,
    /// The PDF's address and what it is ("PDF, 120 KB").
    pub pdf: Option<(String, String)>,
    pub remove: String,
}

fn pdf_about(lang: Language, size: i64) -> String {
    format!("PDF, {}", crate::forum::documents::size_label(lang, size))
}

fn statement_views(
    page: &Page,
    year: i64,
    number: i64,
    list: &[StatementRow],
) -> Vec<StatementView> {
    let base = format!("/forum/{year}/outcomes/{number}/statements");
    list.iter()
        .map(|t| StatementView {
            speaker: t.data.speaker.clone(),
            position: t.data.position.clone(),
            lang: t.data.language.code(),
            dir: t.data.language.dir(),
            html: if t.data.body.is_empty() {
                String::new()
            } else {
                to_safe_html(&t.data.body)
            },
            pdf: (t.pdf_size > 0).then(|| {
                (
                    page.href(&format!("{base}/{}/pdf", t.id)),
                    pdf_about(page.lang, t.pdf_size),
                )
            }),
            remove: page.href(&format!("{base}/{}/remove", t.id)),
        })
        .collect()
}

fn session_heading(lang: Language, number: i64, title: &str) -> String {
    I18N.tr_args(
        lang,
        "hlt-session-heading",
        &[("number", Arg::Num(number)), ("title", Arg::from(title))],
    )
}

pub async fn track(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((_, year)): Path<(String, i64)>,
) -> AppResult<Response> {
    let t: Track = service::track(&state.app, year, false).await?;
    let lang = ctx.lang;
    let mut page = Page::new(&ctx, "hlt-title", "forum");
    page.title = I18N.tr_args(
        lang,
        "hlt-title-of",
        &[("year", Arg::from(year.to_string().as_str()))],
    );
    let me = ctx.user.as_ref().map(|u| u.id);
    let sep = I18N.tr(lang, "list-separator");
    let sessions = t
        .sessions
        .iter()
        .map(|ts| {
            let s = &ts.session;
            let number = s.number.unwrap_or(0);
            let base = format!("/forum/{year}/outcomes/{number}");
            let mine = page.can_secretariat
                || me.is_some_and(|id| {
                    id == s.proposer_id || ts.facilitators.iter().any(|f| f.account_id == id)
                });
            let mut actions = Vec::new();
            if mine {
                actions.push((
                    page.t("hlt-write-outcome"),
                    page.href(&format!("{base}/edit")),
                ));
                actions.push((
                    page.t("hlt-statements"),
                    page.href(&format!("{base}/statements")),
                ));
            }
            if page.can_secretariat {
                actions.push((
                    page.t("hlt-facilitators"),
                    page.href(&format!("{base}/facilitators")),
                ));
            }
            SessionView {
                id: format!("hlp-{number}"),
                heading: session_heading(lang, number, &s.data.title),
                href: page.href(&format!("/forum/{year}/sessions/{number}")),
                facilitators: ts
                    .facilitators
                    .iter()
                    .map(|f| {
                        I18N.tr_args(
                            lang,
                            "hlt-facilitator-of",
                            &[
                                ("name", Arg::from(f.name.as_str())),
                                (
                                    "stakeholder",
                                    Arg::from(stakeholder_name(&f.stakeholder, lang).as_str()),
                                ),
                            ],
                        )
                    })
                    .collect::<Vec<_>>()
                    .join(&sep),
                actions,
                outcome: ts
                    .outcome
                    .as_ref()
                    .map(|o| crate::forum::outcomes::outcome_view(lang, &o.data, &[])),
                statements: statement_views(&page, year, number, &ts.statements),
            }
        })
        .collect();
    render(&TrackPage {
        summary: t.summary.as_ref().map(|s| SummaryView {
            chair: s.data.chair.clone(),
            lang: s.data.language.code(),
            dir: s.data.language.dir(),
            html: to_safe_html(&s.data.body),
        }),
        summary_href: page
            .can_secretariat
            .then(|| page.href(&format!("/forum/{year}/outcomes/high-level/summary"))),
        outcomes_href: page.href(&format!("/forum/{year}/outcomes")),
        documents_href: page.href(&format!("/forum/{year}/outcomes/documents")),
        sessions,
        page,
    })
}

// ------------------------------------------------------ the Chair's summary

fn summary_form(
    ctx: &Ctx,
    year: i64,
    version: i64,
    input: &SummaryInput,
    errors: &FieldErrors,
) -> AppResult<Response> {
    let lang = ctx.lang;
    let mut page = Page::new(ctx, "hlt-summary", "forum");
    page.title = I18N.tr_args(
        lang,
        "hlt-summary-of",
        &[("year", Arg::from(year.to_string().as_str()))],
    );
    let fields = vec![
        Field::new(lang, "language", "outcome-field-language", "select")
            .required()
            .value(if input.language.is_empty() {
                lang.code()
            } else {
                input.language.as_str()
            })
            .choices(language_choices()),
        Field::new(lang, "chair", "hlt-summary-chair", "text")
            .required()
            .value(&input.chair)
            .hint(lang, "hlt-summary-chair-hint"),
        Field::new(lang, "body", "hlt-summary-body", "textarea")
            .required()
            .value(&input.body)
            .hint(lang, "hlt-summary-body-hint"),
    ];
    let form = FormView::new(
        &page,
        "summary",
        &format!("/forum/{year}/outcomes/high-level/summary"),
        "hlt-summary-save",
        fields,
    )
    .hidden("version", &version.to_string())
    .errors(lang, errors);
    let back = format!("/forum/{year}/outcomes/high-level");
    let p = FormPage::new(page).form(form).link(&back, "hlt-back");
    render_with_status(
        &p,
        if errors.is_empty() {
            StatusCode::OK
        } else if errors.for_field("form").is_some() {
            StatusCode::CONFLICT
        } else {
            StatusCode::UNPROCESSABLE_ENTITY
        },
    )
}

pub async fn summary_page(
    WithRole(ctx, user, ..): WithRole<Secretariat>,
    State(state): State<AppState>,
    Path((_, year)): Path<(String, i64)>,
) -> AppResult<Response> {
    let (_, row) = service::summary(&state.app, principal(&user), year).await?;
    let (version, input) = match row {
        Some(r) => (
            r.version,
            SummaryInput {
                language: r.data.language.code().to_owned(),
                chair: r.data.chair,
                body: r.data.body,
            },
        ),
        None => (0, SummaryInput::default()),
    };
    summary_form(&ctx, year, version, &input, &FieldErrors::new())
}

#[derive(serde::Deserialize)]
pub struct SummaryForm {
    #[serde(default)]
    version: String,
    #[serde(default)]
    language: String,
    #[serde(default)]
    chair: String,
    #[serde(default)]
    body: String,
}

pub async fn summary_save(
    WithRole(ctx, user, ..): WithRole<Secretariat>,
    State(state): State<AppState>,
    Path((_, year)): Path<(String, i64)>,
    CsrfForm(f): CsrfForm<SummaryForm>,
) -> AppResult<Response> {
    let version: i64 = f
        .version
        .trim()
        .parse()
        .map_err(|_| AppError::BadRequest("invalid_form"))?;
    let input = SummaryInput {
        language: f.language,
        chair: f.chair,
        body: f.body,
    };
    match service::save_summary(&state.app, principal(&user), year, version, &input).await {
        Ok(_) => Ok(Redirect::to(&format!(
            "/{}/forum/{year}/outcomes/high-level?notice=hlt-summary-saved#summary",
            ctx.lang.code()
        ))
        .into_response()),
        Err(ServiceError::Fields(errors)) => summary_form(&ctx, year, version, &input, &errors),
        Err(ServiceError::Stale(k)) => {
            let mut errors = FieldErrors::new();
            errors.add("form", k);
            summary_form(&ctx, year, version, &input, &errors)
        }
        Err(e) => Err(e.into()),
    }
}

// ------------------------------------------------------------ facilitators

fn facilitators_form(
    ctx: &Ctx,
    year: i64,
    number: i64,
    title: &str,
    values: &[(String, String)],
    errors: &FieldErrors,
) -> AppResult<Response> {
    let lang = ctx.lang;
    let mut page = Page::new(ctx, "hlt-facilitators", "forum");
    page.title = I18N.tr_args(
        lang,
        "hlt-facilitators-of",
        &[("number", Arg::Num(number)), ("title", Arg::from(title))],
    );
    let fields = FACILITATOR_TYPES
        .iter()
        .map(|t| {
            let mut f = Field::new(lang, t.code(), "hlt-facilitator-email", "email").value(
                values
                    .iter()
                    .find(|(c, _)| c == t.code())
                    .map_or("", |(_, e)| e.as_str()),
            );
            f.label = t.name().get(lang).to_string();
            f
        })
        .collect();
    let form = FormView::new(
        &page,
        "facilitators",
        &format!("/forum/{year}/outcomes/{number}/facilitators"),
        "hlt-facilitators-save",
        fields,
    )
    .errors(lang, errors);
    let p = FormPage::new(page)
        .intro(I18N.tr(lang, "hlt-facilitators-intro"))
        .form(form)
        .link(
            &format!("/forum/{year}/outcomes/high-level#hlp-{number}"),
            "hlt-back",
        );
    render_with_status(
        &p,
        if errors.is_empty() {
            StatusCode::OK
        } else {
            StatusCode::UNPROCESSABLE_ENTITY
        },
    )
}

pub async fn facilitators_page(
    WithRole(ctx, user, ..): WithRole<Secretariat>,
    State(state): State<AppState>,
    Path((_, year, number)): Path<(String, i64, i64)>,
) -> AppResult<Response> {
    let (s, list) = service::facilitators(&state.app, principal(&user), year, number).await?;
    let values: Vec<(String, String)> = list
        .into_iter()
        .map(|(f, email)| (f.stakeholder, email))
        .collect();
    facilitators_form(
        &ctx,
        year,
        number,
        &s.data.title,
        &values,
        &FieldErrors::new(),
    )
}

pub async fn facilitators_save(
    WithRole(ctx, user, ..): WithRole<Secretariat>,
    State(state): State<AppState>,
    Path((_, year, number)): Path<(String, i64, i64)>,
    CsrfForm(pairs): CsrfForm<Vec<(String, String)>>,
) -> AppResult<Response> {
    let values: Vec<(String, String)> = pairs.into_iter().filter(|(k, _)| k != "csrf").collect();
    let who = principal(&user);
    match service::set_facilitators(&state.app, who, year, number, &values).await {
        Ok(()) => Ok(Redirect::to(&format!(
            "/{}/forum/{year}/outcomes/high-level?notice=hlt-facilitators-saved#hlp-{number}",
            ctx.lang.code()
        ))
        .into_response()),
        Err(ServiceError::Fields(errors)) => {
            let (s, _) = service::facilitators(&state.app, who, year, number).await?;
            facilitators_form(&ctx, year, number, &s.data.title, &values, &errors)
        }
        Err(e) => Err(e.into()),
    }
}

// ---------------------------------------------------------------- statements

#[derive(Template)]
#[template(path = "forum/hlt_statements.html")]
struct StatementsPage {
    page: Page,
    back: String,
    track_href: String,
    action: String,
    statements: Vec<StatementView>,
    can_add: bool,
    fields: Vec<Field>,
    summary: Vec<SummaryItem>,
    summary_heading: String,
}

async fn statements_page(
    ctx: &Ctx,
    state: &AppState,
    user: &wsis_app::forum::proposals::User,
    year: i64,
    number: i64,
    input: &StatementInput,
    errors: &FieldErrors,
) -> AppResult<Response> {
    let lang = ctx.lang;
    let (s, list) = service::statements(&state.app, principal(user), year, number).await?;
    let mut page = Page::new(ctx, "hlt-statements", "forum");
    page.title = I18N.tr_args(
        lang,
        "hlt-statements-of",
        &[
            ("number", Arg::Num(number)),
            ("title", Arg::from(s.data.title.as_str())),
        ],
    );
    let mut fields = vec![
        Field::new(lang, "speaker", "hlt-statement-speaker", "text")
            .required()
            .value(&input.speaker),
        Field::new(lang, "position", "hlt-statement-position", "text")
            .value(&input.position)
            .hint(lang, "hlt-statement-position-hint"),
        Field::new(lang, "language", "outcome-field-language", "select")
            .required()
            .value(if input.language.is_empty() {
                lang.code()
            } else {
                input.language.as_str()
            })
            .choices(language_choices()),
        Field::new(lang, "body", "hlt-statement-body", "textarea")
            .value(&input.body)
            .hint(lang, "hlt-statement-body-hint"),
        Field::new(lang, "pdf", "hlt-statement-pdf", "file").hint(lang, "hlt-statement-pdf-hint"),
    ];
    let summary = apply_errors(lang, &mut fields, errors);
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let base = format!("/forum/{year}/outcomes/{number}");
    render_with_status(
        &StatementsPage {
            back: page.href(&format!("{base}/edit")),
            track_href: page.href(&format!("/forum/{year}/outcomes/high-level#hlp-{number}")),
            action: page.href(&format!("{base}/statements")),
            can_add: list.len() < MAX_STATEMENTS,
            statements: statement_views(&page, year, number, &list),
            summary_heading: page.tn("form-errors-heading", "count", summary.len() as i64),
            summary,
            fields,
            page,
        },
        status,
    )
}

pub async fn statements(
    SignedIn(ctx, user): SignedIn,
    State(state): State<AppState>,
    Path((_, year, number)): Path<(String, i64, i64)>,
) -> AppResult<Response> {
    statements_page(
        &ctx,
        &state,
        &user,
        year,
        number,
        &StatementInput::default(),
        &FieldErrors::new(),
    )
    .await
}

/// Receives a statement: its fields and, optionally, its PDF (a multipart form).
pub async fn statement_add(
    SignedIn(ctx, user): SignedIn,
    State(state): State<AppState>,
    Path((_, year, number)): Path<(String, i64, i64)>,
    mut multipart: Multipart,
) -> AppResult<Response> {
    let mut input = StatementInput::default();
    let (mut csrf, mut pdf) = (String::new(), None);
    let bad = |_| AppError::BadRequest("invalid_form");
    while let Some(field) = multipart.next_field().await.map_err(bad)? {
        match field.name().unwrap_or("") {
            "csrf" => csrf = field.text().await.map_err(bad)?,
            "speaker" => input.speaker = field.text().await.map_err(bad)?,
            "position" => input.position = field.text().await.map_err(bad)?,
            "language" => input.language = field.text().await.map_err(bad)?,
            "body" => input.body = field.text().await.map_err(bad)?,
            "pdf" => {
                pdf = Some(field.bytes().await.map_err(|e| {
                    if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
                        AppError::PayloadTooLarge
                    } else {
                        AppError::BadRequest("invalid_form")
                    }
                })?)
            }
            _ => {}
        }
    }
    if ctx.csrf.is_empty() || !crate::auth::same_token(&csrf, &ctx.csrf) {
        return Err(AppError::Csrf);
    }
    let pdf = pdf.map(|b| b.to_vec());
    match service::add_statement(&state.app, principal(&user), year, number, &input, pdf).await {
        Ok(_) => Ok(Redirect::to(&format!(
            "/{}/forum/{year}/outcomes/{number}/statements?notice=hlt-statement-added",
            ctx.lang.code()
        ))
        .into_response()),
        Err(ServiceError::Fields(errors)) => {
            statements_page(&ctx, &state, &user, year, number, &input, &errors).await
        }
        Err(e) => Err(e.into()),
    }
}

pub async fn statement_remove(
    SignedIn(ctx, user): SignedIn,
    State(state): State<AppState>,
    Path((_, year, number, id)): Path<(String, i64, i64, i64)>,
    CsrfForm(_): CsrfForm<Vec<(String, String)>>,
) -> AppResult<Response> {
    service::remove_statement(&state.app, principal(&user), year, number, id).await?;
    Ok(Redirect::to(&format!(
        "/{}/forum/{year}/outcomes/{number}/statements?notice=hlt-statement-removed",
        ctx.lang.code()
    ))
    .into_response())
}

/// A statement's PDF (public).
pub async fn statement_pdf(
    State(state): State<AppState>,
    Path((_, year, number, id)): Path<(String, i64, i64, i64)>,
    headers: axum::http::HeaderMap,
) -> AppResult<Response> {
    let stored = service::statement_pdf(&state.app, year, number, id).await?;
    // A statement's PDF is never replaced (a new one is a new statement): its id is
    // its version.
    crate::media::stored(
        &state,
        stored,
        &headers,
        crate::media::Serve {
            content_type: "application/pdf".to_owned(),
            etag: format!("\"statement-{id}\""),
            cache: "public, max-age=3600",
            disposition: Some(format!(
                "inline; filename=\"statement-{year}-{number}-{id}.pdf\""
            )),
            // Like session documents: an uploaded PDF runs nothing on this origin.
            sandbox: true,
        },
    )
    .await
}

// ----------------------------------------------------------------------- API

/// A High-Level Track Facilitator of a session.
#[derive(serde::Serialize, utoipa::ToSchema)]
pub struct ApiFacilitator {
    /// The stakeholder type they speak for (`government`, `private_sector`, …)
    pub stakeholder_type: String,
    pub name: String,
    pub organisation: Option<String>,
}

/// A statement of a high-level speaker.
#[derive(serde::Serialize, utoipa::ToSchema)]
pub struct ApiStatement {
    pub id: i64,
    pub speaker: String,
    /// The speaker's function
    pub position: String,
    /// The language it is written in: ar, zh, en, fr, ru or es
    pub language: String,
    /// Its text (empty when only a PDF was given)
    pub text: String,
    /// The PDF, if one was given
    pub pdf_url: Option<String>,
}

/// A High-Level Policy Session.
#[derive(serde::Serialize, utoipa::ToSchema)]
pub struct ApiTrackSession {
    /// The session's public number
    pub session: i64,
    pub title: String,
    pub facilitators: Vec<ApiFacilitator>,
    /// Its approved outcome, if any
    pub outcome: Option<crate::forum::outcomes::ApiOutcome>,
    pub statements: Vec<ApiStatement>,
}

/// The Chair's executive summary.
#[derive(serde::Serialize, utoipa::ToSchema)]
pub struct ApiChairSummary {
    /// The language it is written in
    pub language: String,
    /// Who chaired
    pub chair: String,
    pub text: String,
}

/// The High-Level Track of an edition.
#[derive(serde::Serialize, utoipa::ToSchema)]
pub struct ApiTrack {
    pub year: i64,
    pub chair_summary: Option<ApiChairSummary>,
    pub sessions: Vec<ApiTrackSession>,
}

#[utoipa::path(get, path = "/api/v1/forums/{year}/high-level", tag = "forum",
    params(("year" = i64, Path, description = "Forum edition")),
    responses((status = 200, description = "The High-Level Track of the edition: the Chair's executive summary, and each High-Level Policy Session with its facilitators, approved outcome and speakers' statements", body = ApiTrack),
        (status = 304, description = "Not modified: the ETag sent in If-None-Match is still current"),
        (status = 400, description = "A malformed path, e.g. a year above 2^63 − 1 (`bad_request`)", body = crate::api::ErrorBody),
        (status = 404, description = "No such edition, or its agenda is not published (`not_found`)", body = crate::api::ErrorBody)))]
pub async fn api_track(
    State(state): State<AppState>,
    Path(year): Path<i64>,
) -> AppResult<axum::Json<ApiTrack>> {
    let t = service::track(&state.app, year, false).await?;
    let base = &state.config.public_url;
    Ok(axum::Json(ApiTrack {
        year,
        chair_summary: t.summary.map(|s| ApiChairSummary {
            language: s.data.language.code().to_owned(),
            chair: s.data.chair,
            text: s.data.body,
        }),
        sessions: t
            .sessions
            .iter()
            .map(|ts| {
                let number = ts.session.number.unwrap_or(0);
                ApiTrackSession {
                    session: number,
                    title: ts.session.data.title.clone(),
                    facilitators: ts
                        .facilitators
                        .iter()
                        .map(|f| ApiFacilitator {
                            stakeholder_type: f.stakeholder.clone(),
                            name: f.name.clone(),
                            organisation: f.organisation.clone(),
                        })
                        .collect(),
                    outcome: ts
                        .outcome
                        .as_ref()
                        .map(|o| crate::forum::outcomes::api_outcome(&state, year, &ts.session, o)),
                    statements: ts
                        .statements
                        .iter()
                        .map(|st| ApiStatement {
                            id: st.id,
                            speaker: st.data.speaker.clone(),
                            position: st.data.position.clone(),
                            language: st.data.language.code().to_owned(),
                            text: st.data.body.clone(),
                            pdf_url: (st.pdf_size > 0).then(|| {
                                format!(
                                    "{base}/en/forum/{year}/outcomes/{number}/statements/{}/pdf",
                                    st.id
                                )
                            }),
                        })
                        .collect(),
                }
            })
            .collect(),
    }))
}
