//! The submitters' pages: the submission form (new, from one of the account's
//! stocktaking entries, or a draft to change), a submission's page with its checklist
//! and the submit button, and the account's submissions.

use super::{category_title, country_name, principal, stakeholder_name, year_of};
use crate::I18N;
use crate::csrf::CsrfForm;
use crate::ctx::{Ctx, SignedIn};
use crate::error::{AppError, AppResult};
use crate::forms::{Field, apply_errors, country_choices, stakeholder_choices};
use crate::pages::account::FormView;
use crate::pages::{Page, render, render_with_status};
use crate::state::AppState;
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use wsis_app::ServiceError;
use wsis_app::prizes::submissions as service;
use wsis_domain::prizes::{
    ANSWERS, CATEGORY_COUNT, DESCRIPTION_MAX_WORDS, DESCRIPTION_MIN_WORDS, Phase, SubmissionInput,
    status, word_count,
};
use wsis_domain::{EntryId, FieldErrors, Language};
use wsis_i18n::Arg;

/// The form's fields, filled from `input`.
fn fields(lang: Language, input: &SubmissionInput) -> Vec<Field> {
    let words = word_count(&input.description);
    let mut description = Field::new(lang, "description", "prize-field-description", "textarea")
        .required()
        .value(&input.description);
    description.hint = Some(I18N.tr_args(
        lang,
        "prize-description-hint",
        &[
            ("min", Arg::Num(DESCRIPTION_MIN_WORDS as i64)),
            ("max", Arg::Num(DESCRIPTION_MAX_WORDS as i64)),
            ("count", Arg::Num(words as i64)),
        ],
    ));
    let mut out = vec![
        Field::new(lang, "category", "prize-field-category", "select")
            .required()
            .value(&input.category)
            .choices(
                (1..=i64::from(CATEGORY_COUNT)).map(|n| (n.to_string(), category_title(n, lang))),
            ),
        Field::new(lang, "title", "prize-field-title", "text")
            .required()
            .value(&input.title),
        Field::new(lang, "organisation", "prize-field-organisation", "text")
            .required()
            .value(&input.organisation)
            .autocomplete("organization")
            .hint(lang, "prize-organisation-hint"),
        Field::new(lang, "country", "field-country", "select")
            .required()
            .value(&input.country)
            .choices(country_choices(lang)),
        Field::new(lang, "stakeholder_type", "field-stakeholder-type", "select")
            .required()
            .value(&input.stakeholder_type)
            .choices(stakeholder_choices(lang)),
        Field::new(lang, "website", "prize-field-website", "url").value(&input.website),
        description,
    ];
    for a in ANSWERS {
        let value = match a {
            "linkage" => &input.linkage,
            "impact" => &input.impact,
            "partnerships" => &input.partnerships,
            "challenges" => &input.challenges,
            _ => &input.future_plans,
        };
        out.push(
            Field::new(
                lang,
                a,
                &format!("prize-field-{}", a.replace('_', "-")),
                "textarea",
            )
            .required()
            .value(value),
        );
    }
    out.push(
        Field::new(lang, "owner_email", "prize-field-owner-email", "email")
            .value(&input.owner_email)
            .hint(lang, "prize-owner-email-hint"),
    );
    out
}

#[derive(Template)]
#[template(path = "prizes/submit.html")]
struct SubmitPage {
    page: Page,
    intro: Vec<String>,
    form: Option<FormView>,
    /// (entry title, prefill href)
    entries: Vec<(String, String)>,
    back: String,
}

#[derive(serde::Deserialize, Default)]
pub struct EntryQuery {
    #[serde(default)]
    entry: String,
}

fn entry_of(raw: &str) -> Option<EntryId> {
    raw.trim().parse::<i64>().ok().map(EntryId::new)
}

/// `GET /{lang}/prizes/{year}/submit[?entry=ID]`.
pub async fn new_form(
    SignedIn(ctx, user): SignedIn,
    State(state): State<AppState>,
    Path((_, year)): Path<(String, String)>,
    Query(q): Query<EntryQuery>,
) -> AppResult<Response> {
    let year = year_of(&year)?;
    let e = wsis_app::prizes::edition(&state.app, year).await?;
    let entry = entry_of(&q.entry);
    let input = match entry {
        Some(id) => service::prefill(&state.app, &user, id).await?,
        None => SubmissionInput::default(),
    };
    form_page(
        &ctx,
        &state,
        &user,
        year,
        &e,
        None,
        entry,
        &input,
        &FieldErrors::new(),
        StatusCode::OK,
    )
    .await
}

#[allow(clippy::too_many_arguments)]
async fn form_page(
    ctx: &Ctx,
    state: &AppState,
    user: &wsis_app::accounts::User,
    year: i64,
    e: &wsis_app::prizes::Edition,
    editing: Option<(i64, i64)>,
    entry: Option<EntryId>,
    input: &SubmissionInput,
    errors: &FieldErrors,
    status: StatusCode,
) -> AppResult<Response> {
    let lang = ctx.lang;
    let mut page = Page::new(ctx, "prizes-title", "prizes");
    page.title = I18N.tr_args(
        lang,
        if editing.is_some() {
            "prize-edit-title"
        } else {
            "prize-submit-title"
        },
        &[("year", Arg::from(year.to_string().as_str()))],
    );
    let mut intro = vec![page.t("prize-submit-intro")];
    let open = e.phase == Phase::Submission;
    if !open {
        intro = vec![page.t("prize-submission-closed")];
    }
    let form = open.then(|| {
        let mut fields = fields(lang, input);
        let summary = apply_errors(lang, &mut fields, errors);
        let action = match editing {
            Some((id, _)) => format!("/prizes/{year}/submissions/{id}/edit"),
            None => format!("/prizes/{year}/submit"),
        };
        let mut f = FormView::new(&page, "prize-form", &action, "prize-save-draft", fields);
        f.summary = summary;
        if let Some((_, version)) = editing {
            f.hidden.push(("version".into(), version.to_string()));
        }
        if let Some(entry) = entry {
            f.hidden.push(("entry".into(), entry.get().to_string()));
        }
        f
    });
    let entries = if open && editing.is_none() && entry.is_none() {
        wsis_app::stocktaking::reads::entries_of_owner(&state.app, user)
            .await?
            .into_iter()
            .filter(|s| s.published_revision.is_some())
            .map(|s| {
                (
                    s.title,
                    page.href(&format!("/prizes/{year}/submit?entry={}", s.id)),
                )
            })
            .collect()
    } else {
        Vec::new()
    };
    render_with_status(
        &SubmitPage {
            intro,
            form,
            entries,
            back: page.href(&format!("/prizes/{year}")),
            page,
        },
        status,
    )
}

/// The form as posted: the submission and what the form carries besides.
#[derive(serde::Deserialize, Default)]
pub struct PostedSubmission {
    #[serde(flatten)]
    input: SubmissionInput,
    #[serde(default)]
    version: String,
    #[serde(default)]
    entry: String,
}

fn fields_error(e: ServiceError) -> Result<FieldErrors, AppError> {
    match e {
        ServiceError::Fields(f) => Ok(f),
        other => Err(other.into()),
    }
}

/// `POST /{lang}/prizes/{year}/submit`: saves a new draft.
pub async fn create(
    SignedIn(ctx, user): SignedIn,
    State(state): State<AppState>,
    Path((_, year)): Path<(String, String)>,
    CsrfForm(f): CsrfForm<PostedSubmission>,
) -> AppResult<Response> {
    let year = year_of(&year)?;
    let entry = entry_of(&f.entry);
    match service::save(&state.app, &user, year, None, entry, &f.input).await {
        Ok(id) => Ok(Redirect::to(&format!(
            "/{}/prizes/{year}/submissions/{id}?notice=prize-draft-saved",
            ctx.lang.code()
        ))
        .into_response()),
        Err(e) => {
            let errors = fields_error(e)?;
            let ed = wsis_app::prizes::edition(&state.app, year).await?;
            form_page(
                &ctx,
                &state,
                &user,
                year,
                &ed,
                None,
                entry,
                &f.input,
                &errors,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await
        }
    }
}

/// `GET …/submissions/{id}/edit`.
pub async fn edit_form(
    SignedIn(ctx, user): SignedIn,
    State(state): State<AppState>,
    Path((_, year, id)): Path<(String, String, i64)>,
) -> AppResult<Response> {
    let year = year_of(&year)?;
    let v = service::submission(&state.app, Some(&user), year, id).await?;
    if !v.can_edit {
        return Err(AppError::NotFound);
    }
    let input = service::input_of(&v.row);
    form_page(
        &ctx,
        &state,
        &user,
        year,
        &v.edition,
        Some((id, v.row.version)),
        None,
        &input,
        &FieldErrors::new(),
        StatusCode::OK,
    )
    .await
}

/// `POST …/submissions/{id}/edit`.
pub async fn edit(
    SignedIn(ctx, user): SignedIn,
    State(state): State<AppState>,
    Path((_, year, id)): Path<(String, String, i64)>,
    CsrfForm(f): CsrfForm<PostedSubmission>,
) -> AppResult<Response> {
    let year = year_of(&year)?;
    let version: i64 = f
        .version
        .trim()
        .parse()
        .map_err(|_| AppError::BadRequest("invalid_form"))?;
    match service::save(&state.app, &user, year, Some((id, version)), None, &f.input).await {
        Ok(_) => Ok(Redirect::to(&format!(
            "/{}/prizes/{year}/submissions/{id}?notice=prize-draft-saved",
            ctx.lang.code()
        ))
        .into_response()),
        Err(e) => {
            let errors = fields_error(e)?;
            let ed = wsis_app::prizes::edition(&state.app, year).await?;
            form_page(
                &ctx,
                &state,
                &user,
                year,
                &ed,
                Some((id, version)),
                None,
                &f.input,
                &errors,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await
        }
    }
}

// --------------------------------------------------------- submission page

#[derive(Template)]
#[template(path = "prizes/submission.html")]
struct SubmissionPage {
    page: Page,
    back: String,
    facts: Vec<(String, String)>,
    description: String,
    /// (heading, text)
    answers: Vec<(String, String)>,
    status: String,
    /// The checklist: (item, done).
    checklist: Vec<(String, bool)>,
    errors: Vec<String>,
    edit_href: Option<String>,
    submit_action: Option<String>,
    review_href: Option<String>,
    website: String,
}

/// `GET /{lang}/prizes/{year}/submissions/{id}`: a nominee's public page, or a
/// submission as its submitter, an expert or the secretariat reads it.
pub async fn show(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((_, year, id)): Path<(String, String, i64)>,
) -> AppResult<Response> {
    let year = year_of(&year)?;
    show_page(&ctx, &state, year, id, &FieldErrors::new(), StatusCode::OK).await
}

async fn show_page(
    ctx: &Ctx,
    state: &AppState,
    year: i64,
    id: i64,
    errors: &FieldErrors,
    status_code: StatusCode,
) -> AppResult<Response> {
    let lang = ctx.lang;
    let v = service::submission(&state.app, ctx.user.as_ref(), year, id).await?;
    let s = &v.row;
    let mut page = Page::new(ctx, "prizes-title", "prizes");
    page.title = s.title.clone();
    let mine = ctx.user.as_ref().is_some_and(|u| u.id == s.submitted_by);
    let mut checklist = Vec::new();
    if mine && s.status == status::DRAFT {
        let missing = |f: &str| v.missing.for_field(f).is_some();
        checklist.push((
            page.t("prize-check-basics"),
            !missing("country") && !missing("stakeholder_type"),
        ));
        checklist.push((
            I18N.tr_args(
                lang,
                "prize-check-description",
                &[
                    ("min", Arg::Num(DESCRIPTION_MIN_WORDS as i64)),
                    ("max", Arg::Num(DESCRIPTION_MAX_WORDS as i64)),
                    ("count", Arg::Num(word_count(&s.text.description) as i64)),
                ],
            ),
            !missing("description"),
        ));
        for a in ANSWERS {
            checklist.push((
                page.t(&format!("prize-field-{}", a.replace('_', "-"))),
                !missing(a),
            ));
        }
    }
    let is_expert = match &ctx.user {
        Some(u) => wsis_app::prizes::review::expert_categories(&state.app, principal(u), year)
            .await?
            .contains(&s.category),
        None => false,
    };
    let base = format!("/prizes/{year}");
    render_with_status(
        &SubmissionPage {
            back: page.href(&format!("{base}/categories/{}", s.category)),
            facts: vec![
                (
                    page.t("prize-field-category"),
                    category_title(s.category, lang),
                ),
                (page.t("prize-field-organisation"), s.organisation.clone()),
                (page.t("field-country"), country_name(&s.country, lang)),
                (
                    page.t("field-stakeholder-type"),
                    stakeholder_name(&s.stakeholder_type, lang),
                ),
            ],
            website: s.text.website.clone(),
            description: s.text.description.clone(),
            answers: ANSWERS
                .iter()
                .map(|a| {
                    (
                        page.t(&format!("prize-field-{}", a.replace('_', "-"))),
                        s.text.answer(a).to_owned(),
                    )
                })
                .filter(|(_, t)| !t.is_empty())
                .collect(),
            status: page.t(&format!("prize-status-{}", s.status)),
            errors: errors.0.iter().map(|e| page.t(e.key)).collect(),
            edit_href: v
                .can_edit
                .then(|| page.href(&format!("{base}/submissions/{id}/edit"))),
            submit_action: (v.can_edit && v.edition.phase == Phase::Submission)
                .then(|| page.href(&format!("{base}/submissions/{id}/submit"))),
            review_href: (is_expert && s.status != status::DRAFT)
                .then(|| page.href(&format!("{base}/review/{id}"))),
            checklist,
            page,
        },
        status_code,
    )
}

/// `POST …/submissions/{id}/submit`: submits a complete draft (else the page again,
/// with what is missing).
pub async fn submit(
    SignedIn(ctx, user): SignedIn,
    State(state): State<AppState>,
    Path((_, year, id)): Path<(String, String, i64)>,
    CsrfForm(_): CsrfForm<Vec<(String, String)>>,
) -> AppResult<Response> {
    let year = year_of(&year)?;
    match service::submit(&state.app, &user, year, id).await {
        Ok(()) => Ok(Redirect::to(&format!(
            "/{}/prizes/{year}/submissions/{id}?notice=prize-submitted",
            ctx.lang.code()
        ))
        .into_response()),
        Err(e) => {
            let errors = fields_error(e)?;
            show_page(
                &ctx,
                &state,
                year,
                id,
                &errors,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await
        }
    }
}

// ---------------------------------------------------------- my submissions

#[derive(Template)]
#[template(path = "prizes/mine.html")]
struct MinePage {
    page: Page,
    /// (year, title, href, category, status)
    rows: Vec<(String, String, String, String, String)>,
}

/// `GET /{lang}/prizes/submissions`: the account's submissions, every edition.
pub async fn mine(
    SignedIn(ctx, user): SignedIn,
    State(state): State<AppState>,
) -> AppResult<Response> {
    let lang = ctx.lang;
    let page = Page::new(&ctx, "prize-mine-title", "prizes");
    let rows = service::mine(&state.app, &user)
        .await?
        .into_iter()
        .map(|(year, s)| {
            (
                year.to_string(),
                s.title.clone(),
                page.href(&format!("/prizes/{year}/submissions/{}", s.id)),
                category_title(s.category, lang),
                page.t(&format!("prize-status-{}", s.status)),
            )
        })
        .collect();
    render(&MinePage { page, rows })
}
