//! Submitting and editing an entry: one form, re-shown with field errors
//! and the input kept; a stale edit (someone else saved first) is detected.

use crate::I18N;
use crate::csrf::CsrfForm;
use crate::ctx::{Ctx, Stakeholder, WithRole};
use crate::error::{AppError, AppResult};
use crate::forms::{SummaryItem, country_choices};
use crate::pages::{Page, render_with_status};
use crate::state::AppState;
use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use wsis_domain::stocktaking::{
    ActivityStatus, ActivityType, CoverageKind, EntryInput, EntryStatus,
};
use wsis_domain::taxonomy::{StakeholderType, action_lines, countries, sdg};
use wsis_domain::{FieldErrors, Language};
use wsis_i18n::Arg;

pub struct Opt {
    pub value: String,
    pub label: String,
    pub selected: bool,
}

pub struct LineRow {
    pub code: String,
    pub label: String,
    pub checked: bool,
    pub rationale: String,
    pub sub: bool,
}

pub struct SdgRow {
    pub goal: String,
    pub label: String,
    pub checked: bool,
    pub targets: String,
    pub rationale: String,
}

#[derive(Template)]
#[template(path = "stocktaking/form.html")]
struct EntryForm {
    page: Page,
    action: String,
    version: i64,
    input: EntryInput,
    errors: Vec<(String, String)>,
    summary: Vec<SummaryItem>,
    summary_heading: String,
    activity_types: Vec<Opt>,
    statuses: Vec<Opt>,
    stakeholder_types: Vec<Opt>,
    coverages: Vec<Opt>,
    countries: Vec<Opt>,
    regions: Vec<Opt>,
    languages: Vec<Opt>,
    text_languages: Vec<Opt>,
    lines: Vec<LineRow>,
    sdgs: Vec<SdgRow>,
    can_submit: bool,
    /// When editing: the page of the entry's images.
    images_href: Option<String>,
    /// When editing an entry returned for changes: the secretariat's comment.
    returned_comment: Option<String>,
}

impl EntryForm {
    /// The error message of a field, if any (for the template).
    pub fn err(&self, field: &str) -> Option<&str> {
        self.errors
            .iter()
            .find(|(f, _)| f == field)
            .map(|(_, m)| m.as_str())
    }
}

fn opts(values: impl IntoIterator<Item = (String, String)>, selected: &[String]) -> Vec<Opt> {
    values
        .into_iter()
        .map(|(value, label)| Opt {
            selected: selected.contains(&value),
            value,
            label,
        })
        .collect()
}

const FIELDS: &[&str] = &[
    "title",
    "description",
    "language",
    "activity_type",
    "status",
    "start_date",
    "end_date",
    "website",
    "contact",
    "organisation",
    "stakeholder_type",
    "partners",
    "coverage",
    "countries",
    "regions",
    "action_lines",
    "sdgs",
    "languages",
];

#[allow(clippy::too_many_arguments)]
fn form_page(
    ctx: &Ctx,
    action: String,
    version: i64,
    input: EntryInput,
    errors: &FieldErrors,
    can_submit: bool,
    title_key: &str,
    returned_comment: Option<String>,
) -> AppResult<Response> {
    let lang = ctx.lang;
    let page = Page::new(ctx, title_key, "stocktaking");
    let t = |k: &str| I18N.tr(lang, k);
    let mut msgs = Vec::new();
    let mut summary = Vec::new();
    for f in FIELDS {
        if let Some(key) = errors.for_field(f) {
            let m = t(key);
            summary.push(SummaryItem {
                href: format!("#f-{f}"),
                message: m.clone(),
            });
            msgs.push(((*f).to_owned(), m));
        }
    }
    for e in &errors.0 {
        if !FIELDS.contains(&e.field) {
            summary.push(SummaryItem {
                href: "#main".into(),
                message: t(e.key),
            });
        }
    }
    let summary_heading = I18N.tr_args(
        lang,
        "form-errors-heading",
        &[("count", Arg::Num(summary.len() as i64))],
    );
    let one = |v: &str| vec![v.to_owned()];
    let (lines, sdgs) = link_rows(lang, &input.action_lines, &input.sdgs);
    let regions = countries::m49_regions()
        .iter()
        .filter(|r| r.kind != "world")
        .map(|r| (r.code.clone(), r.names.get(lang).clone()));
    let form = EntryForm {
        activity_types: opts(
            ActivityType::ALL.iter().map(|a| {
                (
                    a.code().to_owned(),
                    t(&format!("activity-type-{}", a.code())),
                )
            }),
            &one(&input.activity_type),
        ),
        statuses: opts(
            ActivityStatus::ALL.iter().map(|a| {
                (
                    a.code().to_owned(),
                    t(&format!("activity-status-{}", a.code())),
                )
            }),
            &one(&input.status),
        ),
        stakeholder_types: opts(
            StakeholderType::ALL
                .iter()
                .map(|s| (s.code().to_owned(), s.name().get(lang).to_string())),
            &one(&input.stakeholder_type),
        ),
        coverages: opts(
            CoverageKind::ALL
                .iter()
                .map(|c| (c.code().to_owned(), t(&format!("coverage-{}", c.code())))),
            &one(&input.coverage),
        ),
        countries: opts(country_choices(lang), &input.countries),
        regions: opts(regions, &input.regions),
        languages: opts(
            Language::ALL
                .iter()
                .map(|l| (l.code().to_owned(), l.native_name().to_owned())),
            &input.languages,
        ),
        text_languages: opts(
            Language::ALL
                .iter()
                .map(|l| (l.code().to_owned(), l.native_name().to_owned())),
            &one(if input.language.is_empty() {
                lang.code()
            } else {
                &input.language
            }),
        ),
        lines,
        sdgs,
        errors: msgs,
        summary,
        summary_heading,
        images_href: action
            .strip_suffix("/edit")
            .map(|base| page.href(&format!("{base}/images"))),
        action: page.href(&action),
        version,
        input,
        can_submit,
        returned_comment,
        page,
    };
    render_with_status(
        &form,
        if errors.is_empty() {
            StatusCode::OK
        } else {
            StatusCode::UNPROCESSABLE_ENTITY
        },
    )
}

/// The rows of the Action Line and SDG fieldsets (`link_fields.html`): every line
/// (C7 as its sub-lines) and goal, with what the form holds for each.
pub fn link_rows(
    lang: Language,
    chosen_lines: &[(String, String)],
    chosen_sdgs: &[(String, String, String)],
) -> (Vec<LineRow>, Vec<SdgRow>) {
    let row = |code: &'static str, label: String, sub: bool| {
        let chosen = chosen_lines.iter().find(|(c, _)| c == code);
        LineRow {
            code: code.to_owned(),
            label,
            checked: chosen.is_some(),
            rationale: chosen.map(|(_, r)| r.clone()).unwrap_or_default(),
            sub,
        }
    };
    let mut lines = Vec::new();
    for a in action_lines::ACTION_LINES.iter() {
        if a.code == "C7" {
            for s in action_lines::sublines("C7") {
                lines.push(row(
                    s.code,
                    format!("{} {} – {}", s.code, a.name.get(lang), s.name.get(lang)),
                    true,
                ));
            }
        } else {
            lines.push(row(
                a.code,
                format!("{} {}", a.code, a.name.get(lang)),
                false,
            ));
        }
    }
    let sdgs = sdg::goals()
        .iter()
        .map(|g| {
            let chosen = chosen_sdgs
                .iter()
                .find(|(n, _, _)| n.trim() == g.number.to_string());
            SdgRow {
                goal: g.number.to_string(),
                label: format!("{}. {}", g.number, g.short.get(lang)),
                checked: chosen.is_some(),
                targets: chosen.map(|c| c.1.clone()).unwrap_or_default(),
                rationale: chosen.map(|c| c.2.clone()).unwrap_or_default(),
            }
        })
        .collect();
    (lines, sdgs)
}

/// An Action Line as a form posts it: (code, rationale).
pub type LinePair = (String, String);
/// An SDG as a form posts it: (goal, targets, rationale).
pub type GoalTriple = (String, String, String);

/// The Action Line and SDG links posted by `link_fields.html`: checked codes
/// (`al`, `sdg`) with their rationale and targets.
pub fn links_from_pairs(pairs: &[(String, String)]) -> (Vec<LinePair>, Vec<GoalTriple>) {
    let get = |k: &str| {
        pairs
            .iter()
            .find(|(kk, _)| kk == k)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    };
    let all = |k: &str| -> Vec<String> {
        pairs
            .iter()
            .filter(|(kk, _)| kk == k)
            .map(|(_, v)| v.clone())
            .collect()
    };
    let lines = all("al")
        .into_iter()
        .map(|c| {
            let r = get(&format!("al_rationale_{c}"));
            (c, r)
        })
        .collect();
    let sdgs = all("sdg")
        .into_iter()
        .map(|g| {
            let t = get(&format!("sdg_targets_{g}"));
            let r = get(&format!("sdg_rationale_{g}"));
            (g, t, r)
        })
        .collect();
    (lines, sdgs)
}

/// Reads the entry fields from posted pairs (repeated keys for lists).
pub fn input_from_pairs(pairs: &[(String, String)]) -> (EntryInput, Option<i64>, bool) {
    let get = |k: &str| {
        pairs
            .iter()
            .find(|(kk, _)| kk == k)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    };
    let all = |k: &str| {
        pairs
            .iter()
            .filter(|(kk, _)| kk == k)
            .map(|(_, v)| v.clone())
            .collect::<Vec<_>>()
    };
    let (action_lines, sdgs) = links_from_pairs(pairs);
    let input = EntryInput {
        title: get("title"),
        description: get("description"),
        activity_type: get("activity_type"),
        organisation: get("organisation"),
        stakeholder_type: get("stakeholder_type"),
        partners: get("partners"),
        coverage: get("coverage"),
        countries: all("countries"),
        regions: all("regions"),
        action_lines,
        sdgs,
        start_date: get("start_date"),
        end_date: get("end_date"),
        status: get("status"),
        website: get("website"),
        contact: get("contact"),
        languages: all("languages"),
        language: get("language"),
    };
    let version = get("version").parse().ok();
    let submit = get("action") == "submit";
    (input, version, submit)
}

pub async fn new_form(WithRole(ctx, user, ..): WithRole<Stakeholder>) -> AppResult<Response> {
    let input = EntryInput {
        organisation: user.profile.organisation.clone().unwrap_or_default(),
        stakeholder_type: user
            .profile
            .stakeholder_type
            .map(|s| s.code().to_owned())
            .unwrap_or_default(),
        language: ctx.lang.code().to_owned(),
        countries: user.profile.country.clone().into_iter().collect(),
        ..Default::default()
    };
    form_page(
        &ctx,
        "/stocktaking/new".into(),
        0,
        input,
        &FieldErrors::new(),
        true,
        "stocktaking-new-title",
        None,
    )
}

pub async fn create(
    WithRole(ctx, user, ..): WithRole<Stakeholder>,
    State(state): State<AppState>,
    CsrfForm(pairs): CsrfForm<Vec<(String, String)>>,
) -> AppResult<Response> {
    let (input, _, submit) = input_from_pairs(&pairs);
    let mut errors = FieldErrors::new();
    let Some(data) = input.parse(&mut errors) else {
        return form_page(
            &ctx,
            "/stocktaking/new".into(),
            0,
            input,
            &errors,
            true,
            "stocktaking-new-title",
            None,
        );
    };
    let id = wsis_app::stocktaking::create(&state.app, &user, &data, submit).await?;
    Ok(Redirect::to(&format!("/{}/stocktaking/entries/{id}", ctx.lang.code())).into_response())
}

pub async fn edit_form(
    WithRole(ctx, user, ..): WithRole<Stakeholder>,
    State(state): State<AppState>,
    Path((_, id)): Path<(String, i64)>,
) -> AppResult<Response> {
    let (entry, actor) =
        wsis_app::stocktaking::entry_for(&state.app, &user, wsis_domain::EntryId::new(id)).await?;
    if actor != wsis_domain::stocktaking::Actor::Owner || entry.status == EntryStatus::Rejected {
        return Err(AppError::Forbidden);
    }
    let can_submit = matches!(entry.status, EntryStatus::Draft | EntryStatus::Returned);
    // Returned for changes: the secretariat's comment stays in view while editing.
    let returned_comment = if entry.status == EntryStatus::Returned {
        wsis_app::stocktaking::reads::entry_page(
            &state.app,
            Some(&user),
            wsis_domain::EntryId::new(id),
        )
        .await?
        .events
        .iter()
        .rev()
        .find(|e| e.action == "return")
        .and_then(|e| e.comment.clone())
    } else {
        None
    };
    form_page(
        &ctx,
        format!("/stocktaking/entries/{id}/edit"),
        entry.version,
        EntryInput::from_data(&entry.current),
        &FieldErrors::new(),
        can_submit,
        "stocktaking-edit-title",
        returned_comment,
    )
}

pub async fn save(
    WithRole(ctx, user, ..): WithRole<Stakeholder>,
    State(state): State<AppState>,
    Path((_, id)): Path<(String, i64)>,
    CsrfForm(pairs): CsrfForm<Vec<(String, String)>>,
) -> AppResult<Response> {
    let (input, version, submit) = input_from_pairs(&pairs);
    let version = version.ok_or(AppError::BadRequest("invalid_form"))?;
    let action = format!("/stocktaking/entries/{id}/edit");
    let mut errors = FieldErrors::new();
    let Some(data) = input.parse(&mut errors) else {
        return form_page(
            &ctx,
            action,
            version,
            input,
            &errors,
            true,
            "stocktaking-edit-title",
            None,
        );
    };
    let id = wsis_domain::EntryId::new(id);
    match wsis_app::stocktaking::edit(&state.app, &user, id, version, &data, submit).await {
        Ok(()) => Ok(
            Redirect::to(&format!("/{}/stocktaking/entries/{id}", ctx.lang.code())).into_response(),
        ),
        Err(wsis_app::ServiceError::Stale("entry-stale")) => {
            // Keep what this person typed; tell them someone else saved first.
            errors.add("form", "entry-stale");
            form_page(
                &ctx,
                action,
                version,
                input,
                &errors,
                true,
                "stocktaking-edit-title",
                None,
            )
            .map(|mut r| {
                *r.status_mut() = StatusCode::CONFLICT;
                r
            })
        }
        Err(e) => Err(e.into()),
    }
}

#[derive(Debug, serde::Deserialize)]
pub struct SubmitInput {
    pub version: i64,
}

/// Sends a saved draft (or a returned entry) for review as it is, from its page.
pub async fn submit(
    WithRole(ctx, user, ..): WithRole<Stakeholder>,
    State(state): State<AppState>,
    Path((_, id)): Path<(String, i64)>,
    CsrfForm(input): CsrfForm<SubmitInput>,
) -> AppResult<Response> {
    wsis_app::stocktaking::submit(
        &state.app,
        &user,
        wsis_domain::EntryId::new(id),
        input.version,
    )
    .await?;
    Ok(Redirect::to(&format!("/{}/stocktaking/entries/{id}", ctx.lang.code())).into_response())
}
