//! The proposal form: a new proposal while the edition's call is open, and
//! the proposer's edits while the secretariat has not decided.

use super::{principal, type_choices};
use crate::I18N;
use crate::csrf::CsrfForm;
use crate::ctx::{Ctx, SignedIn};
use crate::error::{AppError, AppResult};
use crate::forms::{Choice, Field, SummaryItem, apply_errors};
use crate::pages::{Page, render, render_with_status};
use crate::state::AppState;
use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use wsis_app::ServiceError;
use wsis_app::forum::proposals::{self as service, Edition, ProposalInput, SessionType};
use wsis_domain::forum::{ProposalData, SpeakerRole};
use wsis_domain::taxonomy::{action_lines, sdg};
use wsis_domain::{FieldErrors, Language, SessionId};
use wsis_i18n::Arg;

/// Speaker rows shown on the form.
const SPEAKER_ROWS: usize = 6;

pub struct SpeakerRow {
    pub index: usize,
    pub name: String,
    pub organisation: String,
    pub email: String,
    pub roles: Vec<Choice>,
}

#[derive(Template)]
#[template(path = "forum/propose.html")]
struct ProposePage {
    page: Page,
    action: String,
    version: i64,
    closed: bool,
    intro: String,
    fields: Vec<Field>,
    checks: Vec<Field>,
    speakers: Vec<SpeakerRow>,
    speakers_error: Option<String>,
    summary: Vec<SummaryItem>,
    summary_heading: String,
    comment: Option<String>,
}

fn text(lang: Language, name: &'static str, key: &str, kind: &'static str, value: &str) -> Field {
    Field::new(lang, name, key, kind).value(value)
}

/// The form, filled from typed input (or a stored proposal), with errors.
#[allow(clippy::too_many_arguments)]
fn form_page(
    ctx: &Ctx,
    ed: &Edition,
    types: &[SessionType],
    input: &ProposalInput,
    errors: &FieldErrors,
    action: String,
    version: i64,
    comment: Option<String>,
) -> ProposePage {
    let lang = ctx.lang;
    let mut page = Page::new(ctx, "forum-propose-title", "forum");
    page.title = I18N.tr_args(
        lang,
        "forum-propose-of",
        &[("year", Arg::from(ed.year.to_string().as_str()))],
    );
    let mut fields = vec![
        text(
            lang,
            "type_code",
            "forum-field-type",
            "select",
            &input.type_code,
        )
        .required()
        .choices(type_choices(types, lang)),
        text(lang, "title", "forum-field-title", "text", &input.title).required(),
        text(
            lang,
            "abstract_md",
            "forum-field-abstract",
            "textarea",
            &input.abstract_md,
        )
        .required()
        .hint(lang, "forum-field-abstract-hint"),
        text(
            lang,
            "organisers",
            "forum-field-organisers",
            "textarea",
            &input.organisers,
        )
        .required()
        .hint(lang, "forum-field-organisers-hint"),
        text(
            lang,
            "expected_audience",
            "forum-field-audience",
            "text",
            &input.expected_audience,
        ),
    ];
    let checked = |list: &[String], v: &str| list.iter().any(|x| x == v);
    let mut checks = vec![
        Field::new(
            lang,
            "action_lines",
            "forum-field-action-lines",
            "checkboxes",
        )
        .checkboxes(action_lines::CATEGORIES.iter().map(|c| {
            (
                c.code.to_owned(),
                format!("{} {}", c.code, c.name.get(lang)),
                checked(&input.action_lines, c.code),
            )
        })),
        Field::new(lang, "sdgs", "forum-field-sdgs", "checkboxes").checkboxes(
            sdg::goals().iter().map(|g| {
                (
                    g.number.to_string(),
                    format!("{}. {}", g.number, g.short.get(lang)),
                    checked(&input.sdgs, &g.number.to_string()),
                )
            }),
        ),
        Field::new(lang, "languages", "forum-field-languages", "checkboxes").checkboxes(
            Language::ALL.iter().map(|l| {
                (
                    l.code().to_owned(),
                    l.native_name().to_owned(),
                    checked(&input.languages, l.code()),
                )
            }),
        ),
        Field::new(lang, "needs", "forum-field-needs", "checkboxes").checkboxes([
            (
                "interpretation".to_owned(),
                I18N.tr(lang, "forum-access-interpretation"),
                input.needs_interpretation,
            ),
            (
                "captioning".to_owned(),
                I18N.tr(lang, "forum-access-captioning"),
                input.needs_captioning,
            ),
            (
                "sign-language".to_owned(),
                I18N.tr(lang, "forum-access-sign-language"),
                input.needs_sign_language,
            ),
            (
                "remote".to_owned(),
                I18N.tr(lang, "forum-access-remote"),
                input.remote,
            ),
        ]),
    ];
    let mut summary = apply_errors(lang, &mut fields, errors);
    let mut rest = FieldErrors::new();
    for e in &errors.0 {
        if checks.iter().any(|c| c.name == e.field) {
            rest.add(e.field, e.key);
        }
    }
    let check_summary = apply_errors(lang, &mut checks, &rest);
    summary.retain(|s| s.href != "#main");
    summary.extend(check_summary.into_iter().filter(|s| s.href != "#main"));
    let speakers_error = errors.for_field("speakers").map(|k| I18N.tr(lang, k));
    if let Some(m) = &speakers_error {
        summary.push(SummaryItem {
            href: "#speaker-0-name".into(),
            message: m.clone(),
        });
    }
    let speakers = (0..SPEAKER_ROWS.max(input.speakers.len()))
        .map(|i| {
            let (name, org, email, role) = input.speakers.get(i).cloned().unwrap_or_default();
            SpeakerRow {
                index: i,
                name,
                organisation: org,
                email,
                roles: SpeakerRole::ALL
                    .iter()
                    .map(|r| Choice {
                        value: r.code().to_owned(),
                        label: I18N.tr(lang, &format!("speaker-role-{}", r.code())),
                        selected: role == r.code()
                            || (role.is_empty() && *r == SpeakerRole::Speaker),
                    })
                    .collect(),
            }
        })
        .collect();
    let summary_heading = I18N.tr_args(
        lang,
        "form-errors-heading",
        &[("count", Arg::Num(summary.len() as i64))],
    );
    ProposePage {
        intro: I18N.tr(lang, "forum-propose-intro"),
        action,
        version,
        closed: !ed.proposals_open,
        fields,
        checks,
        speakers,
        speakers_error,
        summary,
        summary_heading,
        comment,
        page,
    }
}

/// Reads the form's fields.
fn input_from(pairs: &[(String, String)]) -> (ProposalInput, i64) {
    let one = |k: &str| {
        pairs
            .iter()
            .find(|(n, _)| n == k)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    };
    let many = |k: &str| {
        pairs
            .iter()
            .filter(|(n, _)| n == k)
            .map(|(_, v)| v.clone())
            .collect::<Vec<_>>()
    };
    let needs = many("needs");
    let mut speakers = Vec::new();
    for i in 0..MAX_ROWS {
        let f = |p: &str| one(&format!("speaker_{p}_{i}"));
        if pairs.iter().any(|(n, _)| n == &format!("speaker_name_{i}")) {
            speakers.push((f("name"), f("organisation"), f("email"), f("role")));
        }
    }
    (
        ProposalInput {
            type_code: one("type_code"),
            title: one("title"),
            abstract_md: one("abstract_md"),
            organisers: one("organisers"),
            speakers,
            action_lines: many("action_lines"),
            sdgs: many("sdgs"),
            languages: many("languages"),
            needs_interpretation: needs.iter().any(|n| n == "interpretation"),
            needs_captioning: needs.iter().any(|n| n == "captioning"),
            needs_sign_language: needs.iter().any(|n| n == "sign-language"),
            remote: needs.iter().any(|n| n == "remote"),
            expected_audience: one("expected_audience"),
        },
        one("version").parse().unwrap_or(0),
    )
}

/// The most speaker rows a form may send.
pub const MAX_ROWS: usize = wsis_domain::forum::MAX_SPEAKERS + 1;

fn input_of(d: &ProposalData) -> ProposalInput {
    ProposalInput {
        type_code: d.type_code.clone(),
        title: d.title.clone(),
        abstract_md: d.abstract_md.clone(),
        organisers: d.organisers.join("\n"),
        speakers: d
            .speakers
            .iter()
            .map(|s| {
                (
                    s.name.clone(),
                    s.organisation.clone(),
                    s.email.clone(),
                    s.role.code().to_owned(),
                )
            })
            .collect(),
        action_lines: d.action_lines.clone(),
        sdgs: d.sdgs.iter().map(|g| g.to_string()).collect(),
        languages: d.languages.iter().map(|l| l.code().to_owned()).collect(),
        needs_interpretation: d.needs.interpretation,
        needs_captioning: d.needs.captioning,
        needs_sign_language: d.needs.sign_language,
        remote: d.remote,
        expected_audience: if d.expected_audience == 0 {
            String::new()
        } else {
            d.expected_audience.to_string()
        },
    }
}

pub async fn propose_form(
    SignedIn(ctx, _): SignedIn,
    State(state): State<AppState>,
    Path((_, year)): Path<(String, i64)>,
) -> AppResult<Response> {
    let (ed, types) = service::call(&state.app, year).await?;
    let input = ProposalInput {
        speakers: Vec::new(),
        ..Default::default()
    };
    let action = format!("/{}/forum/{year}/propose", ctx.lang.code());
    render(&form_page(
        &ctx,
        &ed,
        &types,
        &input,
        &FieldErrors::new(),
        action,
        0,
        None,
    ))
}

pub async fn propose(
    SignedIn(ctx, user): SignedIn,
    State(state): State<AppState>,
    Path((_, year)): Path<(String, i64)>,
    CsrfForm(pairs): CsrfForm<Vec<(String, String)>>,
) -> AppResult<Response> {
    let (input, _) = input_from(&pairs);
    match service::submit(&state.app, principal(&user), year, ctx.lang, &input).await {
        Ok(_) => Ok(Redirect::to(&format!(
            "/{}/forum/proposals?notice=forum-proposal-sent",
            ctx.lang.code()
        ))
        .into_response()),
        Err(ServiceError::Fields(errors)) => {
            let (ed, types) = service::call(&state.app, year).await?;
            let action = format!("/{}/forum/{year}/propose", ctx.lang.code());
            render_with_status(
                &form_page(&ctx, &ed, &types, &input, &errors, action, 0, None),
                StatusCode::UNPROCESSABLE_ENTITY,
            )
        }
        Err(e) => Err(e.into()),
    }
}

pub async fn edit_form(
    SignedIn(ctx, user): SignedIn,
    State(state): State<AppState>,
    Path((_, id)): Path<(String, i64)>,
) -> AppResult<Response> {
    let (s, ed, types) =
        service::editable(&state.app, principal(&user), SessionId::new(id)).await?;
    let action = format!("/{}/forum/proposals/{id}/edit", ctx.lang.code());
    render(&form_page(
        &ctx,
        &ed,
        &types,
        &input_of(&s.data),
        &FieldErrors::new(),
        action,
        s.version,
        s.review_comment.clone(),
    ))
}

pub async fn save(
    SignedIn(ctx, user): SignedIn,
    State(state): State<AppState>,
    Path((_, id)): Path<(String, i64)>,
    CsrfForm(pairs): CsrfForm<Vec<(String, String)>>,
) -> AppResult<Response> {
    let who = principal(&user);
    let (s, ed, types) = service::editable(&state.app, who, SessionId::new(id)).await?;
    let (input, version) = input_from(&pairs);
    let action = format!("/{}/forum/proposals/{id}/edit", ctx.lang.code());
    let again = |errors: &FieldErrors, version: i64, status: StatusCode| {
        render_with_status(
            &form_page(
                &ctx,
                &ed,
                &types,
                &input,
                errors,
                action.clone(),
                version,
                s.review_comment.clone(),
            ),
            status,
        )
    };
    match service::edit(
        &state.app,
        who,
        SessionId::new(id),
        version,
        ctx.lang,
        &input,
    )
    .await
    {
        Ok(()) => Ok(Redirect::to(&format!(
            "/{}/forum/proposals?notice=forum-proposal-saved",
            ctx.lang.code()
        ))
        .into_response()),
        Err(ServiceError::Fields(errors)) => {
            again(&errors, version, StatusCode::UNPROCESSABLE_ENTITY)
        }
        // Someone changed it meanwhile: show the form again with what was typed.
        Err(ServiceError::Stale(key)) => {
            let mut errors = FieldErrors::new();
            errors.add("title", key);
            again(&errors, s.version, StatusCode::CONFLICT)
        }
        Err(e) => Err(AppError::from(e)),
    }
}
