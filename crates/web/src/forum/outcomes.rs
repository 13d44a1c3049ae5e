//! Session outcomes (issue 12, item 1): the organisers' form, the secretariat's
//! review and overview (deadline, who has not submitted, reminders in bulk), the
//! revisions, and the public pages of approved outcomes. The pages of
//! `wsis_app::forum::outcomes`.

use crate::I18N;
use crate::csrf::CsrfForm;
use crate::ctx::{Ctx, Secretariat, SignedIn, WithRole};
use crate::error::{AppError, AppResult};
use crate::forms::SummaryItem;
use crate::pages::{Page, render, render_with_status};
use crate::state::AppState;
use crate::stocktaking::form::{LineRow, SdgRow, link_rows, links_from_pairs};
use crate::stocktaking::markdown::to_safe_html;
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use wsis_app::ServiceError;
use wsis_app::forum::outcomes as service;
use wsis_domain::access::Principal;
use wsis_domain::forum::outcomes::{Editor, OutcomeData, OutcomeInput, OutcomeKind, OutcomeStatus};
use wsis_domain::taxonomy::{action_lines, sdg};
use wsis_domain::{AccountId, FieldErrors, Language};
use wsis_i18n::{Arg, format_local_date};

fn principal(user: &wsis_app::forum::proposals::User) -> Principal<'_> {
    Principal::new(AccountId::new(user.id), &user.roles)
}

// ------------------------------------------------------------------ the form

#[derive(Template)]
#[template(path = "forum/outcome_form.html")]
struct FormPage {
    page: Page,
    action: String,
    version: i64,
    input: OutcomeInput,
    errors: Vec<(String, String)>,
    summary: Vec<SummaryItem>,
    summary_heading: String,
    session_title: String,
    session_href: String,
    status: Option<String>,
    deadline: Option<String>,
    returned_comment: Option<String>,
    text_languages: Vec<(String, String, bool)>,
    lines: Vec<LineRow>,
    sdgs: Vec<SdgRow>,
    /// The secretariat's view: it may decide (approve, return) from the form.
    review: Option<ReviewBox>,
    revisions_href: Option<String>,
    /// The outcome's photos, while they may be changed.
    photos_href: Option<String>,
    can_submit: bool,
    /// A High-Level Policy Session: vision, trends, opportunities, challenges.
    high_level: bool,
    /// Its statements' page (High-Level Policy Sessions).
    statements_href: Option<String>,
    /// The sections of a High-Level Policy Session's outcome.
    hl_fields: Vec<HlField>,
    /// The session's transcript to draw on: its text and its downloads.
    transcript: Option<(String, String, String)>,
}

/// A text section of a High-Level Policy Session's outcome form.
struct HlField {
    name: &'static str,
    label: &'static str,
    required: bool,
    value: String,
}

struct ReviewBox {
    action: String,
    can_approve: bool,
    can_return: bool,
}

impl FormPage {
    pub fn err(&self, field: &str) -> Option<&str> {
        self.errors
            .iter()
            .find(|(f, _)| f == field)
            .map(|(_, m)| m.as_str())
    }
}

const FIELDS: &[&str] = &[
    "language",
    "summary",
    "vision",
    "achievements",
    "challenges",
    "trends",
    "opportunities",
    "recommendations",
    "action_lines",
    "sdgs",
    "participants_onsite",
    "participants_remote",
];

/// The text sections of the form: (field, label key, hint key).
pub const SECTIONS: &[(&str, &str)] = &[
    ("summary", "outcome-field-summary"),
    ("vision", "outcome-field-vision"),
    ("opportunities", "outcome-field-opportunities"),
    ("achievements", "outcome-field-achievements"),
    ("challenges", "outcome-field-challenges"),
    ("trends", "outcome-field-trends"),
    ("recommendations", "outcome-field-recommendations"),
];

fn input_from_pairs(pairs: &[(String, String)]) -> (OutcomeInput, Option<i64>, String) {
    let get = |k: &str| {
        pairs
            .iter()
            .find(|(kk, _)| kk == k)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    };
    let (action_lines, sdgs) = links_from_pairs(pairs);
    let input = OutcomeInput {
        language: get("language"),
        summary: get("summary"),
        achievements: get("achievements"),
        challenges: get("challenges"),
        trends: get("trends"),
        recommendations: get("recommendations"),
        vision: get("vision"),
        opportunities: get("opportunities"),
        action_lines,
        sdgs,
        participants_onsite: get("participants_onsite"),
        participants_remote: get("participants_remote"),
    };
    (input, get("version").trim().parse().ok(), get("action"))
}

/// The form of an outcome with what it holds (or what was typed) and any errors.
fn form_page(
    ctx: &Ctx,
    year: i64,
    f: &service::OutcomeForm,
    version: i64,
    input: OutcomeInput,
    errors: &FieldErrors,
    status: StatusCode,
) -> AppResult<Response> {
    let lang = ctx.lang;
    let t = |k: &str| I18N.tr(lang, k);
    let number = f.session.number.unwrap_or(0);
    let mut page = Page::new(ctx, "outcome-form-title", "forum");
    page.title = I18N.tr_args(
        lang,
        "outcome-form-of",
        &[
            ("number", Arg::Num(number)),
            ("title", Arg::from(f.session.data.title.as_str())),
        ],
    );
    let mut msgs = Vec::new();
    let mut summary = Vec::new();
    for field in FIELDS {
        if let Some(key) = errors.for_field(field) {
            let m = t(key);
            summary.push(SummaryItem {
                href: format!("#f-{field}"),
                message: m.clone(),
            });
            msgs.push(((*field).to_owned(), m));
        }
    }
    for e in &errors.0 {
        if !FIELDS.contains(&e.field) {
            summary.push(SummaryItem {
                href: "#outcome-form".into(),
                message: t(e.key),
            });
        }
    }
    let summary_heading = I18N.tr_args(
        lang,
        "form-errors-heading",
        &[("count", Arg::Num(summary.len() as i64))],
    );
    let (lines, sdgs) = link_rows(lang, &input.action_lines, &input.sdgs);
    let chosen = if input.language.is_empty() {
        lang.code().to_owned()
    } else {
        input.language.clone()
    };
    let text_languages = Language::ALL
        .iter()
        .map(|l| {
            (
                l.code().to_owned(),
                l.native_name().to_owned(),
                l.code() == chosen,
            )
        })
        .collect();
    let current = f.outcome.as_ref().map(|o| o.status);
    let base = format!("/forum/{year}/outcomes/{number}");
    let review = (f.editor == Editor::Secretariat && f.outcome.is_some()).then(|| ReviewBox {
        action: page.href(&format!("{base}/review")),
        can_approve: matches!(
            current,
            Some(OutcomeStatus::Submitted | OutcomeStatus::Returned)
        ),
        can_return: matches!(
            current,
            Some(OutcomeStatus::Submitted | OutcomeStatus::Approved)
        ),
    });
    let form = FormPage {
        action: page.href(&format!("{base}/edit")),
        version,
        errors: msgs,
        summary,
        summary_heading,
        session_title: f.session.data.title.clone(),
        session_href: page.href(&format!("/forum/{year}/sessions/{number}")),
        transcript: f.transcript.as_ref().map(|(id, text)| {
            let files = page.href(&format!("/forum/{year}/sessions/{number}/transcripts/{id}"));
            (text.clone(), format!("{files}.txt"), format!("{files}.vtt"))
        }),
        status: current.map(|s| t(&format!("outcome-status-{}", s.code()))),
        deadline: f.deadline.as_deref().map(|d| {
            let date = format_local_date(lang, d);
            if f.late {
                I18N.tr_args(
                    lang,
                    "outcome-deadline-passed-on",
                    &[("date", Arg::from(date.as_str()))],
                )
            } else {
                date
            }
        }),
        returned_comment: f
            .outcome
            .as_ref()
            .filter(|o| o.status == OutcomeStatus::Returned)
            .and_then(|o| o.review_comment.clone()),
        text_languages,
        lines,
        sdgs,
        review,
        revisions_href: f
            .outcome
            .as_ref()
            .map(|_| page.href(&format!("{base}/revisions"))),
        photos_href: (f.editor == Editor::Secretariat
            || !f.late && !matches!(current, Some(OutcomeStatus::Approved))
            || matches!(current, Some(OutcomeStatus::Returned)))
        .then(|| page.href(&format!("{base}/photos"))),
        can_submit: f.editor == Editor::Organiser
            && !matches!(current, Some(OutcomeStatus::Approved))
            || f.editor == Editor::Secretariat && f.outcome.is_none(),
        high_level: service::kind_of(&f.session) == OutcomeKind::HighLevel,
        hl_fields: [
            ("vision", "outcome-field-vision", true, &input.vision),
            ("trends", "outcome-field-trends", false, &input.trends),
            (
                "opportunities",
                "outcome-field-opportunities",
                false,
                &input.opportunities,
            ),
            (
                "challenges",
                "outcome-field-challenges",
                false,
                &input.challenges,
            ),
            (
                "recommendations",
                "outcome-field-recommendations",
                false,
                &input.recommendations,
            ),
        ]
        .into_iter()
        .map(|(name, label, required, value)| HlField {
            name,
            label,
            required,
            value: value.clone(),
        })
        .collect(),
        statements_href: (service::kind_of(&f.session) == OutcomeKind::HighLevel)
            .then(|| page.href(&format!("{base}/statements"))),
        input,
        page,
    };
    render_with_status(&form, status)
}

pub async fn edit_form(
    SignedIn(ctx, user): SignedIn,
    State(state): State<AppState>,
    Path((_, year, number)): Path<(String, i64, i64)>,
) -> AppResult<Response> {
    let f = service::form(&state.app, principal(&user), year, number).await?;
    let (version, input) = match &f.outcome {
        Some(o) => (o.version, o.data.to_input()),
        None => (
            0,
            OutcomeInput {
                language: ctx.lang.code().to_owned(),
                // The session's own links, to start from.
                action_lines: f
                    .session
                    .data
                    .action_lines
                    .iter()
                    .filter(|c| c.as_str() != "C7")
                    .map(|c| (c.clone(), String::new()))
                    .collect(),
                sdgs: f
                    .session
                    .data
                    .sdgs
                    .iter()
                    .map(|g| (g.to_string(), String::new(), String::new()))
                    .collect(),
                ..Default::default()
            },
        ),
    };
    form_page(
        &ctx,
        year,
        &f,
        version,
        input,
        &FieldErrors::new(),
        StatusCode::OK,
    )
}

pub async fn save(
    SignedIn(ctx, user): SignedIn,
    State(state): State<AppState>,
    Path((_, year, number)): Path<(String, i64, i64)>,
    CsrfForm(pairs): CsrfForm<Vec<(String, String)>>,
) -> AppResult<Response> {
    let (input, version, action) = input_from_pairs(&pairs);
    let version = version.ok_or(AppError::BadRequest("invalid_form"))?;
    let who = principal(&user);
    match service::save(&state.app, who, year, number, version, &action, &input).await {
        Ok(status) => {
            let notice = match status {
                OutcomeStatus::Submitted => "outcome-submitted",
                _ => "outcome-saved",
            };
            Ok(Redirect::to(&format!(
                "/{}/forum/{year}/outcomes/{number}/edit?notice={notice}",
                ctx.lang.code()
            ))
            .into_response())
        }
        // Whatever was refused, the form comes back with what was typed.
        Err(e @ (ServiceError::Fields(_) | ServiceError::Stale(_) | ServiceError::Conflict(_))) => {
            let (errors, status) = match e {
                ServiceError::Fields(f) => (f, StatusCode::UNPROCESSABLE_ENTITY),
                ServiceError::Stale(k) | ServiceError::Conflict(k) => {
                    let mut f = FieldErrors::new();
                    f.add("form", k);
                    (f, StatusCode::CONFLICT)
                }
                _ => unreachable!("matched above"),
            };
            let f = service::form(&state.app, who, year, number).await?;
            form_page(&ctx, year, &f, version, input, &errors, status)
        }
        Err(e) => Err(e.into()),
    }
}

#[derive(serde::Deserialize)]
pub struct DecisionInput {
    #[serde(default)]
    pub decision: String,
    #[serde(default)]
    pub comment: String,
    pub version: i64,
}

pub async fn decide(
    WithRole(ctx, user, _): WithRole<Secretariat>,
    State(state): State<AppState>,
    Path((_, year, number)): Path<(String, i64, i64)>,
    CsrfForm(input): CsrfForm<DecisionInput>,
) -> AppResult<Response> {
    let who = principal(&user);
    match service::decide(
        &state.app,
        who,
        year,
        number,
        &input.decision,
        &input.comment,
        input.version,
    )
    .await
    {
        Ok(status) => Ok(Redirect::to(&format!(
            "/{}/forum/{year}/outcomes/{number}/edit?notice=outcome-{}",
            ctx.lang.code(),
            status.code()
        ))
        .into_response()),
        Err(e @ (ServiceError::Fields(_) | ServiceError::Stale(_) | ServiceError::Conflict(_))) => {
            let (errors, status) = match e {
                ServiceError::Fields(f) => (f, StatusCode::UNPROCESSABLE_ENTITY),
                ServiceError::Stale(k) | ServiceError::Conflict(k) => {
                    let mut f = FieldErrors::new();
                    f.add("form", k);
                    (f, StatusCode::CONFLICT)
                }
                _ => unreachable!("matched above"),
            };
            // The form as stored, with the refusal on top (the comment goes in the
            // summary: the decision box keeps no state of its own).
            let f = service::form(&state.app, who, year, number).await?;
            let (version, input) = f
                .outcome
                .as_ref()
                .map(|o| (o.version, o.data.to_input()))
                .unwrap_or_default();
            let mut errors = errors;
            for e in &mut errors.0 {
                e.field = "form";
            }
            form_page(&ctx, year, &f, version, input, &errors, status)
        }
        Err(e) => Err(e.into()),
    }
}

// ----------------------------------------------------------------- revisions

#[derive(Template)]
#[template(path = "forum/outcome_revisions.html")]
struct RevisionsPage {
    page: Page,
    back: String,
    revisions: Vec<RevisionView>,
}

struct RevisionView {
    label: String,
    when: String,
    author: String,
    status: String,
    comment: Option<String>,
    outcome: OutcomeView,
}

pub async fn revisions(
    SignedIn(ctx, user): SignedIn,
    State(state): State<AppState>,
    Path((_, year, number)): Path<(String, i64, i64)>,
) -> AppResult<Response> {
    let (s, revs) = service::revisions(&state.app, principal(&user), year, number).await?;
    let lang = ctx.lang;
    let mut page = Page::new(&ctx, "outcome-revisions-title", "forum");
    page.title = I18N.tr_args(
        lang,
        "outcome-revisions-of",
        &[
            ("number", Arg::Num(number)),
            ("title", Arg::from(s.data.title.as_str())),
        ],
    );
    let utc = jiff::tz::TimeZone::UTC;
    let revisions = revs
        .iter()
        .map(|r| RevisionView {
            label: I18N.tr_args(
                lang,
                "outcome-revision-number",
                &[("version", Arg::Num(r.version))],
            ),
            when: wsis_i18n::format_datetime(lang, r.created_at, &utc),
            author: r.author.clone(),
            status: I18N.tr(lang, &format!("outcome-status-{}", r.status.code())),
            comment: r.comment.clone(),
            outcome: outcome_view(lang, &r.data, &[]),
        })
        .collect();
    render(&RevisionsPage {
        back: page.href(&format!("/forum/{year}/outcomes/{number}/edit")),
        page,
        revisions,
    })
}

// ------------------------------------------------------- the secretariat's view

#[derive(Template)]
#[template(path = "forum/outcomes_manage.html")]
struct ManagePage {
    page: Page,
    year: i64,
    deadline: String,
    deadline_shown: Option<String>,
    deadline_error: Option<String>,
    remind_error: Option<String>,
    filters: Vec<(String, String, bool)>,
    counts: Vec<(String, usize)>,
    rows: Vec<ManageRow>,
}

struct ManageRow {
    number: i64,
    title: String,
    type_name: String,
    organiser: String,
    status: String,
    status_code: &'static str,
    awaited: bool,
    updated: String,
    href: String,
}

#[derive(serde::Deserialize, Default)]
pub struct ManageQuery {
    #[serde(default)]
    pub status: String,
}

/// The filter codes of the overview: every outcome status, and "missing" (none yet).
const MISSING: &str = "missing";

async fn manage_page(
    ctx: &Ctx,
    state: &AppState,
    user: &wsis_app::forum::proposals::User,
    year: i64,
    filter: &str,
    deadline_input: Option<(String, String)>,
    remind_error: Option<String>,
) -> AppResult<Response> {
    let lang = ctx.lang;
    let o = service::overview(&state.app, principal(user), year).await?;
    let code_of =
        |r: &service::OverviewRow| r.outcome.as_ref().map_or(MISSING, |o| o.status.code());
    let mut counts: Vec<(String, usize)> = std::iter::once(MISSING)
        .chain(OutcomeStatus::ALL.iter().map(|s| s.code()))
        .map(|c| {
            (
                I18N.tr(lang, &format!("outcome-status-{c}")),
                o.rows.iter().filter(|r| code_of(r) == c).count(),
            )
        })
        .collect();
    counts.retain(|(_, n)| *n > 0);
    let base = format!("/{}/forum/{year}/manage/outcomes", lang.code());
    let filters = std::iter::once((
        base.clone(),
        I18N.tr(lang, "forum-filter-any"),
        filter.is_empty(),
    ))
    .chain(
        std::iter::once(MISSING)
            .chain(OutcomeStatus::ALL.iter().map(|s| s.code()))
            .map(|c| {
                (
                    format!("{base}?status={c}"),
                    I18N.tr(lang, &format!("outcome-status-{c}")),
                    filter == c,
                )
            }),
    )
    .collect();
    let utc = jiff::tz::TimeZone::UTC;
    let rows = o
        .rows
        .iter()
        .filter(|r| filter.is_empty() || code_of(r) == filter)
        .map(|r| {
            let number = r.session.number.unwrap_or(0);
            ManageRow {
                number,
                title: r.session.data.title.clone(),
                type_name: crate::forum::session_type_name(
                    &o.types,
                    &r.session.data.type_code,
                    lang,
                ),
                organiser: r.organiser.clone(),
                status: I18N.tr(lang, &format!("outcome-status-{}", code_of(r))),
                status_code: code_of(r),
                awaited: service::awaited(r.outcome.as_ref()),
                updated: r
                    .outcome
                    .as_ref()
                    .map(|o| wsis_i18n::format_date(lang, o.updated_at, &utc))
                    .unwrap_or_default(),
                href: format!("/{}/forum/{year}/outcomes/{number}/edit", lang.code()),
            }
        })
        .collect();
    let (deadline, deadline_error) = match deadline_input {
        Some((raw, err)) => (raw, Some(err)),
        None => (o.deadline.clone().unwrap_or_default(), None),
    };
    let status = if deadline_error.is_some() || remind_error.is_some() {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    let mut page = Page::new(ctx, "outcomes-manage-title", "forum");
    page.title = I18N.tr_args(
        lang,
        "outcomes-manage-of",
        &[("year", Arg::from(year.to_string().as_str()))],
    );
    render_with_status(
        &ManagePage {
            page,
            year,
            deadline_shown: o.deadline.as_deref().map(|d| format_local_date(lang, d)),
            deadline,
            deadline_error,
            remind_error,
            filters,
            counts,
            rows,
        },
        status,
    )
}

pub async fn manage(
    WithRole(ctx, user, _): WithRole<Secretariat>,
    State(state): State<AppState>,
    Path((_, year)): Path<(String, i64)>,
    Query(q): Query<ManageQuery>,
) -> AppResult<Response> {
    let filter = if q.status == MISSING || OutcomeStatus::parse(&q.status).is_ok() {
        q.status.as_str()
    } else {
        ""
    };
    manage_page(&ctx, &state, &user, year, filter, None, None).await
}

#[derive(serde::Deserialize)]
pub struct DeadlineInput {
    #[serde(default)]
    pub due_on: String,
}

pub async fn set_deadline(
    WithRole(ctx, user, _): WithRole<Secretariat>,
    State(state): State<AppState>,
    Path((_, year)): Path<(String, i64)>,
    CsrfForm(input): CsrfForm<DeadlineInput>,
) -> AppResult<Response> {
    match service::set_deadline(&state.app, principal(&user), year, &input.due_on).await {
        Ok(_) => Ok(Redirect::to(&format!(
            "/{}/forum/{year}/manage/outcomes?notice=outcome-deadline-saved",
            ctx.lang.code()
        ))
        .into_response()),
        Err(ServiceError::Fields(f)) => {
            let key = f.0.first().map_or("date-invalid", |e| e.key);
            let err = I18N.tr(ctx.lang, key);
            manage_page(
                &ctx,
                &state,
                &user,
                year,
                "",
                Some((input.due_on, err)),
                None,
            )
            .await
        }
        Err(e) => Err(e.into()),
    }
}

pub async fn remind(
    WithRole(ctx, user, _): WithRole<Secretariat>,
    State(state): State<AppState>,
    Path((_, year)): Path<(String, i64)>,
    CsrfForm(pairs): CsrfForm<Vec<(String, String)>>,
) -> AppResult<Response> {
    let numbers: Vec<i64> = pairs
        .iter()
        .filter(|(k, _)| k == "session")
        .filter_map(|(_, v)| v.trim().parse().ok())
        .take(2_000)
        .collect();
    match service::remind(&state.app, principal(&user), year, &numbers).await {
        Ok(_) => Ok(Redirect::to(&format!(
            "/{}/forum/{year}/manage/outcomes?notice=outcome-reminders-sent",
            ctx.lang.code()
        ))
        .into_response()),
        Err(ServiceError::Fields(f)) => {
            let key = f.0.first().map_or("outcome-remind-none", |e| e.key);
            let err = I18N.tr(ctx.lang, key);
            manage_page(&ctx, &state, &user, year, "", None, Some(err)).await
        }
        Err(e) => Err(e.into()),
    }
}

// --------------------------------------------------------------- public pages

/// An outcome as the pages show it: its sections (label, sanitised HTML), links
/// and figures, marked with the language it is written in.
pub struct OutcomeView {
    pub lang: &'static str,
    pub dir: &'static str,
    pub language_name: &'static str,
    pub sections: Vec<(String, String)>,
    /// (label, rationale) per Action Line.
    pub lines: Vec<(String, String)>,
    /// (label, targets, rationale) per SDG.
    pub goals: Vec<(String, String, String)>,
    pub onsite: Option<String>,
    pub remote: Option<String>,
    pub photos: Vec<PhotoView>,
}

/// A photo as the pages show it.
pub struct PhotoView {
    pub id: i64,
    pub full: String,
    pub thumb: String,
    pub thumb_width: i64,
    pub thumb_height: i64,
    pub alt: String,
}

fn photo_views(photos: &[wsis_app::forum::outcomes::OutcomePhoto]) -> Vec<PhotoView> {
    photos
        .iter()
        .map(|p| {
            let ext = wsis_app::stocktaking::images::ext_of(&p.content_type);
            PhotoView {
                id: p.id,
                full: format!("/media/outcomes/{}.{ext}", p.file_key),
                thumb: format!("/media/outcomes/{}-thumb.{ext}", p.file_key),
                thumb_width: p.thumb_width,
                thumb_height: p.thumb_height,
                alt: p.alt.clone(),
            }
        })
        .collect()
}

pub fn outcome_view(
    lang: Language,
    d: &OutcomeData,
    photos: &[wsis_app::forum::outcomes::OutcomePhoto],
) -> OutcomeView {
    let label_key = |f: &str| {
        SECTIONS
            .iter()
            .find(|(x, _)| *x == f)
            .map_or("outcome-field-summary", |(_, k)| k)
    };
    OutcomeView {
        lang: d.language.code(),
        dir: d.language.dir(),
        language_name: d.language.native_name(),
        sections: d
            .sections()
            .into_iter()
            .map(|(f, text)| (I18N.tr(lang, label_key(f)), to_safe_html(text)))
            .collect(),
        lines: d
            .action_lines
            .iter()
            .map(|l| {
                let name = action_lines::category(&l.code)
                    .map(|c| c.name.get(lang).to_string())
                    .unwrap_or_default();
                (format!("{} {name}", l.code), l.rationale.clone())
            })
            .collect(),
        goals: d
            .sdgs
            .iter()
            .map(|s| {
                let name = sdg::goal(s.goal)
                    .map(|g| g.short.get(lang).to_string())
                    .unwrap_or_default();
                (
                    format!("{}. {name}", s.goal),
                    s.targets.join(&I18N.tr(lang, "list-separator")),
                    s.rationale.clone(),
                )
            })
            .collect(),
        onsite: d
            .participants_onsite
            .map(|n| wsis_i18n::format_number(lang, i64::from(n))),
        remote: d
            .participants_remote
            .map(|n| wsis_i18n::format_number(lang, i64::from(n))),
        photos: photo_views(photos),
    }
}

#[derive(Template)]
#[template(path = "forum/outcome.html")]
struct OutcomePage {
    page: Page,
    session_title: String,
    session_href: String,
    list_href: String,
    outcome: OutcomeView,
}

pub async fn show(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((_, year, number)): Path<(String, i64, i64)>,
) -> AppResult<Response> {
    let (_, s, o, photos) = service::approved_one(&state.app, year, number).await?;
    let mut page = Page::new(&ctx, "outcome-title", "forum");
    page.title = I18N.tr_args(
        ctx.lang,
        "outcome-of",
        &[
            ("number", Arg::Num(number)),
            ("title", Arg::from(s.data.title.as_str())),
        ],
    );
    render(&OutcomePage {
        session_title: s.data.title.clone(),
        session_href: page.href(&format!("/forum/{year}/sessions/{number}")),
        list_href: page.href(&format!("/forum/{year}/outcomes")),
        outcome: outcome_view(ctx.lang, &o.data, &photos),
        page,
    })
}

#[derive(Template)]
#[template(path = "forum/outcomes.html")]
struct ListPage {
    page: Page,
    count: String,
    items: Vec<ListItem>,
    manage_href: Option<String>,
    hlt_href: String,
    documents_href: String,
}

struct ListItem {
    heading: String,
    type_name: String,
    href: String,
    lang: &'static str,
    dir: &'static str,
    summary: String,
}

/// The first paragraph of a text, at most about 300 characters, cut at a word.
fn excerpt(text: &str) -> String {
    let first = text.split("\n\n").next().unwrap_or("").trim();
    if first.chars().count() <= 300 {
        return first.to_owned();
    }
    let cut: String = first.chars().take(300).collect();
    let cut = cut.rsplit_once(' ').map_or(cut.as_str(), |(a, _)| a);
    format!("{cut}…")
}

pub async fn list(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((_, year)): Path<(String, i64)>,
) -> AppResult<Response> {
    let (_, rows) = service::approved(&state.app, year).await?;
    let types = wsis_app::forum::proposals::call(&state.app, year).await?.1;
    let lang = ctx.lang;
    let mut page = Page::new(&ctx, "outcomes-sessions-title", "forum");
    page.title = I18N.tr_args(
        lang,
        "outcomes-of",
        &[("year", Arg::from(year.to_string().as_str()))],
    );
    let items: Vec<ListItem> = rows
        .iter()
        .map(|(s, o)| {
            let number = s.number.unwrap_or(0);
            ListItem {
                heading: I18N.tr_args(
                    lang,
                    "outcome-of",
                    &[
                        ("number", Arg::Num(number)),
                        ("title", Arg::from(s.data.title.as_str())),
                    ],
                ),
                type_name: crate::forum::session_type_name(&types, &s.data.type_code, lang),
                href: page.href(&format!("/forum/{year}/outcomes/{number}")),
                lang: o.data.language.code(),
                dir: o.data.language.dir(),
                summary: excerpt(o.data.sections().first().map_or("", |(_, t)| *t)),
            }
        })
        .collect();
    render(&ListPage {
        count: I18N.tr_args(
            lang,
            "outcomes-count",
            &[("count", Arg::Num(items.len() as i64))],
        ),
        manage_href: page
            .can_secretariat
            .then(|| page.href(&format!("/forum/{year}/manage/outcomes"))),
        hlt_href: page.href(&format!("/forum/{year}/outcomes/high-level")),
        documents_href: page.href(&format!("/forum/{year}/outcomes/documents")),
        page,
        items,
    })
}

// ----------------------------------------------------------------------- API

/// A link of an outcome to an Action Line, with the organisers' reason.
#[derive(serde::Serialize, utoipa::ToSchema)]
pub struct ApiActionLineLink {
    /// `C1` … `C11`, or `C7.1` … `C7.8`
    pub code: String,
    pub rationale: String,
}

/// A link of an outcome to an SDG and some of its targets, with the reason.
#[derive(serde::Serialize, utoipa::ToSchema)]
pub struct ApiSdgLink {
    pub goal: u8,
    /// Target codes such as `4.4`
    pub targets: Vec<String>,
    pub rationale: String,
}

/// An approved session outcome.
#[derive(serde::Serialize, utoipa::ToSchema)]
pub struct ApiOutcome {
    /// The session's public number
    pub session: i64,
    /// The session's title
    pub title: String,
    /// The session type's code
    #[serde(rename = "type")]
    pub type_code: String,
    /// The outcome's page (English; the other languages under their own prefix)
    pub url: String,
    /// The language the outcome is written in: ar, zh, en, fr, ru or es
    pub language: String,
    pub summary: String,
    pub achievements: String,
    pub challenges: String,
    pub trends: String,
    /// Recommendations and commitments
    pub recommendations: String,
    /// The vision of a High-Level Policy Session (empty for other sessions)
    pub vision: String,
    /// The opportunities a High-Level Policy Session saw (empty for other sessions)
    pub opportunities: String,
    pub action_lines: Vec<ApiActionLineLink>,
    pub sdgs: Vec<ApiSdgLink>,
    pub participants_onsite: Option<u32>,
    pub participants_remote: Option<u32>,
    /// When it was approved (RFC 3339, UTC)
    pub approved_at: Option<String>,
}

/// The approved outcomes of an edition.
#[derive(serde::Serialize, utoipa::ToSchema)]
pub struct ApiOutcomes {
    pub year: i64,
    pub outcomes: Vec<ApiOutcome>,
}

pub(crate) fn api_outcome(
    state: &AppState,
    year: i64,
    s: &wsis_app::forum::outcomes::SessionRow,
    o: &wsis_app::forum::outcomes::OutcomeRow,
) -> ApiOutcome {
    let number = s.number.unwrap_or(0);
    let d = &o.data;
    ApiOutcome {
        session: number,
        title: s.data.title.clone(),
        type_code: s.data.type_code.clone(),
        url: format!(
            "{}/en/forum/{year}/outcomes/{number}",
            state.config.public_url
        ),
        language: d.language.code().to_owned(),
        summary: d.summary.clone(),
        achievements: d.achievements.clone(),
        challenges: d.challenges.clone(),
        trends: d.trends.clone(),
        recommendations: d.recommendations.clone(),
        vision: d.vision.clone(),
        opportunities: d.opportunities.clone(),
        action_lines: d
            .action_lines
            .iter()
            .map(|l| ApiActionLineLink {
                code: l.code.clone(),
                rationale: l.rationale.clone(),
            })
            .collect(),
        sdgs: d
            .sdgs
            .iter()
            .map(|g| ApiSdgLink {
                goal: g.goal,
                targets: g.targets.clone(),
                rationale: g.rationale.clone(),
            })
            .collect(),
        participants_onsite: d.participants_onsite,
        participants_remote: d.participants_remote,
        approved_at: o
            .approved_at
            .and_then(|t| jiff::Timestamp::from_second(t).ok())
            .map(|t| t.to_string()),
    }
}

#[utoipa::path(get, path = "/api/v1/forums/{year}/outcomes", tag = "forum",
    params(("year" = i64, Path, description = "Forum edition")),
    responses((status = 200, description = "The approved session outcomes of the edition, by session number", body = ApiOutcomes),
        (status = 304, description = "Not modified: the ETag sent in If-None-Match is still current"),
        (status = 400, description = "A malformed path, e.g. a year above 2^63 − 1 (`bad_request`)", body = crate::api::ErrorBody),
        (status = 404, description = "No such edition (`not_found`)", body = crate::api::ErrorBody)))]
pub async fn api_list(
    State(state): State<AppState>,
    Path(year): Path<i64>,
) -> AppResult<axum::Json<ApiOutcomes>> {
    let (_, rows) = service::approved(&state.app, year).await?;
    Ok(axum::Json(ApiOutcomes {
        year,
        outcomes: rows
            .iter()
            .map(|(s, o)| api_outcome(&state, year, s, o))
            .collect(),
    }))
}

#[utoipa::path(get, path = "/api/v1/forums/{year}/outcomes/{number}", tag = "forum",
    params(("year" = i64, Path, description = "Forum edition"), ("number" = i64, Path, description = "Session number")),
    responses((status = 200, description = "The approved outcome of the session", body = ApiOutcome),
        (status = 304, description = "Not modified: the ETag sent in If-None-Match is still current"),
        (status = 400, description = "A malformed path, e.g. a number above 2^63 − 1 (`bad_request`)", body = crate::api::ErrorBody),
        (status = 404, description = "No such session, or no approved outcome (`not_found`)", body = crate::api::ErrorBody),
        (status = 409, description = "The edition's agenda is not published yet (`outcome-not-open`)", body = crate::api::ErrorBody)))]
pub async fn api_one(
    State(state): State<AppState>,
    Path((year, number)): Path<(i64, i64)>,
) -> AppResult<axum::Json<ApiOutcome>> {
    let (_, s, o, _) = service::approved_one(&state.app, year, number).await?;
    Ok(axum::Json(api_outcome(&state, year, &s, &o)))
}

// ------------------------------------------------------------------ photos

#[derive(Template)]
#[template(path = "forum/outcome_photos.html")]
struct PhotosPage {
    page: Page,
    back: String,
    action: String,
    photos: Vec<(PhotoView, String)>,
    can_add: bool,
    fields: Vec<crate::forms::Field>,
    summary: Vec<SummaryItem>,
    summary_heading: String,
}

async fn photos_page(
    ctx: &Ctx,
    state: &AppState,
    user: &wsis_app::forum::proposals::User,
    year: i64,
    number: i64,
    alt: &str,
    errors: &FieldErrors,
) -> AppResult<Response> {
    use crate::forms::{Field, apply_errors};
    let lang = ctx.lang;
    let (s, photos) = service::photos(&state.app, principal(user), year, number).await?;
    let mut page = Page::new(ctx, "outcome-photos", "forum");
    page.title = I18N.tr_args(
        lang,
        "outcome-photos-of",
        &[
            ("number", Arg::Num(number)),
            ("title", Arg::from(s.data.title.as_str())),
        ],
    );
    let mut fields = vec![
        Field::new(lang, "file", "image-file", "file").required(),
        Field::new(lang, "alt", "image-alt", "text")
            .required()
            .value(alt)
            .hint(lang, "image-alt-hint"),
    ];
    let summary = apply_errors(lang, &mut fields, errors);
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let base = format!("/forum/{year}/outcomes/{number}");
    render_with_status(
        &PhotosPage {
            back: page.href(&format!("{base}/edit")),
            action: page.href(&format!("{base}/photos")),
            can_add: (photos.len() as i64) < service::MAX_PHOTOS,
            photos: photo_views(&photos)
                .into_iter()
                .map(|p| {
                    let remove = page.href(&format!("{base}/photos/{}/remove", p.id));
                    (p, remove)
                })
                .collect(),
            summary_heading: page.tn("form-errors-heading", "count", summary.len() as i64),
            summary,
            fields,
            page,
        },
        status,
    )
}

pub async fn photos(
    SignedIn(ctx, user): SignedIn,
    State(state): State<AppState>,
    Path((_, year, number)): Path<(String, i64, i64)>,
) -> AppResult<Response> {
    photos_page(&ctx, &state, &user, year, number, "", &FieldErrors::new()).await
}

/// Receives one photo with its alternative text (a plain multipart form).
pub async fn photo_upload(
    SignedIn(ctx, user): SignedIn,
    State(state): State<AppState>,
    Path((_, year, number)): Path<(String, i64, i64)>,
    multipart: axum::extract::Multipart,
) -> AppResult<Response> {
    let (alt, file) = crate::stocktaking::images::image_form(&ctx, multipart).await?;
    let bytes = file.map(|b| b.to_vec());
    match service::add_photo(&state.app, principal(&user), year, number, &alt, bytes).await {
        Ok(_) => Ok(Redirect::to(&format!(
            "/{}/forum/{year}/outcomes/{number}/photos",
            ctx.lang.code()
        ))
        .into_response()),
        Err(ServiceError::Fields(errors)) => {
            photos_page(&ctx, &state, &user, year, number, alt.trim(), &errors).await
        }
        Err(e) => Err(e.into()),
    }
}

pub async fn photo_remove(
    SignedIn(ctx, user): SignedIn,
    State(state): State<AppState>,
    Path((_, year, number, photo)): Path<(String, i64, i64, i64)>,
    CsrfForm(_): CsrfForm<Vec<(String, String)>>,
) -> AppResult<Response> {
    service::remove_photo(&state.app, principal(&user), year, number, photo).await?;
    Ok(Redirect::to(&format!(
        "/{}/forum/{year}/outcomes/{number}/photos",
        ctx.lang.code()
    ))
    .into_response())
}

/// `/media/outcomes/{file}`: a photo to everyone once its outcome is approved, before
/// that only to the session's organiser and the secretariat (others get 404).
pub async fn photo_file(
    State(state): State<AppState>,
    Path(file): Path<String>,
    headers: axum::http::HeaderMap,
) -> Response {
    let inner = async {
        let f = service::photo_file(&state.app, &file).await?;
        if !f.public {
            let viewer = crate::ctx::session_user(&state, &headers)
                .await?
                .map(|(u, _)| u);
            if !f.visible_to(viewer.as_ref().map(principal)) {
                return Err(AppError::NotFound);
            }
        }
        let cache = crate::media::image_cache(f.public);
        crate::media::object(
            &state,
            &f.key,
            &headers,
            crate::media::Serve {
                content_type: f.content_type.clone(),
                etag: format!("\"{file}\""),
                cache,
                disposition: None,
                sandbox: false,
            },
        )
        .await
    };
    match inner.await {
        Ok(r) => r,
        Err(e) => e.status().into_response(),
    }
}
