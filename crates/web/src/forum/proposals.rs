//! The call for sessions: signed-in stakeholders propose sessions (type,
//! title, abstract, organisers, speakers with roles, Action Lines, SDGs,
//! languages, needs, remote participation); speakers confirm by an e-mailed
//! link; the secretariat accepts, declines, asks for changes or merges two
//! proposals; proposers edit while the proposal is open and see the
//! secretariat's comments.

use super::edition;
use crate::I18N;
use crate::auth::{random_token, token_hash};
use crate::csrf::CsrfForm;
use crate::ctx::{Ctx, Secretariat, SignedIn, WithRole};
use crate::error::{AppError, AppResult};
use crate::forms::{Choice, Field, SummaryItem, apply_errors};
use crate::pages::{Page, render, render_with_status};
use crate::state::AppState;
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use wsis_db::accounts::User;
use wsis_db::forum::{self as fdb, Edition, SessionRow};
use wsis_domain::forum::{ProposalData, ProposalInput, ReviewAction, SessionStatus, SpeakerRole};
use wsis_domain::taxonomy::{action_lines, sdg};
use wsis_domain::{FieldErrors, Language};
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

fn type_choices(types: &[fdb::SessionType], lang: Language) -> Vec<(String, String)> {
    types
        .iter()
        .map(|t| {
            (
                t.code.clone(),
                if t.names.is_empty() {
                    I18N.tr(lang, &format!("session-type-{}", t.code))
                } else {
                    t.names
                        .get(lang.code())
                        .or_else(|| t.names.get("en"))
                        .cloned()
                        .unwrap_or_else(|| t.code.clone())
                },
            )
        })
        .collect()
}

/// The form, filled from typed input (or a stored proposal), with errors.
#[allow(clippy::too_many_arguments)]
fn form_page(
    ctx: &Ctx,
    ed: &Edition,
    types: &[fdb::SessionType],
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

fn known_types(types: &[fdb::SessionType]) -> Vec<String> {
    types.iter().map(|t| t.code.clone()).collect()
}

pub async fn propose_form(
    SignedIn(ctx, _): SignedIn,
    State(state): State<AppState>,
    Path((_, year)): Path<(String, i64)>,
) -> AppResult<Response> {
    let ed = edition(&state, year).await?;
    let types = fdb::session_types(&mut *state.db.conn().await?).await?;
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

/// Tokens for the speakers of a proposal: (raw tokens, their hashes).
fn speaker_tokens(n: usize) -> (Vec<String>, Vec<String>) {
    let raw: Vec<String> = (0..n).map(|_| random_token()).collect();
    let hashes = raw.iter().map(|t| token_hash(t)).collect();
    (raw, hashes)
}

/// Mails the newly added speakers their confirmation links.
async fn mail_speakers(
    state: &AppState,
    lang: Language,
    data: &ProposalData,
    added: &[(i64, bool)],
    tokens: &[String],
) {
    for (i, (_, new)) in added.iter().enumerate() {
        if !new {
            continue;
        }
        let (Some(s), Some(token)) = (data.speakers.get(i), tokens.get(i)) else {
            continue;
        };
        let link = format!(
            "{}/{}/forum/speakers/confirm?token={token}",
            state.config.public_url,
            lang.code()
        );
        let body = format!(
            "{}\n\n{}\n\n{link}\n\n{}",
            I18N.tr_args(
                lang,
                "mail-greeting",
                &[("name", Arg::from(s.name.as_str()))]
            ),
            I18N.tr_args(
                lang,
                "mail-speaker-invited",
                &[
                    ("title", Arg::from(data.title.as_str())),
                    (
                        "role",
                        Arg::from(
                            I18N.tr(lang, &format!("speaker-role-{}", s.role.code()))
                                .as_str()
                        )
                    ),
                ],
            ),
            I18N.tr(lang, "mail-signature")
        );
        let subject = I18N.tr_args(
            lang,
            "mail-speaker-subject",
            &[("title", Arg::from(data.title.as_str()))],
        );
        super::send_mail(state, &s.email, &subject, &body, "speaker confirmation").await;
    }
}

pub async fn propose(
    SignedIn(ctx, user): SignedIn,
    State(state): State<AppState>,
    Path((_, year)): Path<(String, i64)>,
    CsrfForm(pairs): CsrfForm<Vec<(String, String)>>,
) -> AppResult<Response> {
    let ed = edition(&state, year).await?;
    if !ed.proposals_open {
        return Err(AppError::Conflict("forum-proposals-closed"));
    }
    let types = fdb::session_types(&mut *state.db.conn().await?).await?;
    let (input, _) = input_from(&pairs);
    let mut errors = FieldErrors::new();
    let action = format!("/{}/forum/{year}/propose", ctx.lang.code());
    let Some(data) = input.parse(&known_types(&types), &mut errors) else {
        return render_with_status(
            &form_page(&ctx, &ed, &types, &input, &errors, action, 0, None),
            StatusCode::UNPROCESSABLE_ENTITY,
        );
    };
    let (raw, hashes) = speaker_tokens(data.speakers.len());
    let mut tx = state.db.begin().await?;
    let (_, added) = fdb::create_session(&mut tx, ed.id, user.id, &data, &hashes).await?;
    tx.commit().await?;
    mail_speakers(&state, ctx.lang, &data, &added, &raw).await;
    Ok(Redirect::to(&format!(
        "/{}/forum/proposals?notice=forum-proposal-sent",
        ctx.lang.code()
    ))
    .into_response())
}

pub struct ProposalView {
    pub id: i64,
    pub year: i64,
    pub title: String,
    pub type_name: String,
    pub status: String,
    pub status_code: &'static str,
    pub number: Option<i64>,
    pub comment: Option<String>,
    pub organisers: String,
    pub speakers: Vec<(String, String, bool)>,
    pub edit_href: Option<String>,
    pub session_href: Option<String>,
    pub version: i64,
}

fn view(
    lang: Language,
    year: i64,
    s: &SessionRow,
    types: &[fdb::SessionType],
    speakers: &[fdb::SessionSpeaker],
    owner_view: bool,
) -> ProposalView {
    let type_name = type_choices(types, lang)
        .into_iter()
        .find(|(c, _)| *c == s.data.type_code)
        .map(|(_, n)| n)
        .unwrap_or_else(|| s.data.type_code.clone());
    ProposalView {
        id: s.id,
        year,
        title: s.data.title.clone(),
        type_name,
        status: I18N.tr(lang, &format!("session-status-{}", s.status.code())),
        status_code: s.status.code(),
        number: s.number,
        comment: s.review_comment.clone(),
        organisers: s.data.organisers.join("; "),
        speakers: speakers
            .iter()
            .filter(|x| x.session_id == s.id)
            .map(|x| {
                (
                    x.name.clone(),
                    I18N.tr(lang, &format!("speaker-role-{}", x.role)),
                    x.confirmed_at.is_some(),
                )
            })
            .collect(),
        edit_href: (owner_view && s.status.editable_by_proposer())
            .then(|| format!("/{}/forum/proposals/{}/edit", lang.code(), s.id)),
        session_href: None,
        version: s.version,
    }
}

#[derive(Template)]
#[template(path = "forum/mine_proposals.html")]
struct MineProposalsPage {
    page: Page,
    proposals: Vec<ProposalView>,
    open: Vec<(String, String)>,
}

const NOTICES: &[&str] = &["forum-proposal-sent", "forum-proposal-saved"];

fn notice(ctx: &Ctx) -> Option<String> {
    ctx.rest
        .split_once("notice=")
        .map(|(_, v)| v.split('&').next().unwrap_or(""))
        .and_then(|v| NOTICES.iter().find(|n| **n == v))
        .map(|k| I18N.tr(ctx.lang, k))
}

pub async fn mine(
    SignedIn(ctx, user): SignedIn,
    State(state): State<AppState>,
) -> AppResult<Response> {
    let mut conn = state.db.conn().await?;
    let types = fdb::session_types(&mut conn).await?;
    let editions = fdb::editions(&mut conn).await?;
    let rows = fdb::sessions_of_proposer(&mut conn, user.id).await?;
    let mut proposals = Vec::new();
    for s in &rows {
        let speakers = fdb::speakers_of_session(&mut conn, s.id).await?;
        let year = editions
            .iter()
            .find(|e| e.id == s.edition_id)
            .map(|e| e.year)
            .unwrap_or(0);
        proposals.push(view(ctx.lang, year, s, &types, &speakers, true));
    }
    let mut page = Page::new(&ctx, "forum-proposals-title", "forum");
    page.notice = notice(&ctx);
    let open = editions
        .iter()
        .filter(|e| e.proposals_open)
        .map(|e| {
            (
                page.href(&format!("/forum/{}/propose", e.year)),
                I18N.tr_args(
                    ctx.lang,
                    "forum-propose-of",
                    &[("year", Arg::from(e.year.to_string().as_str()))],
                ),
            )
        })
        .collect();
    render(&MineProposalsPage {
        page,
        proposals,
        open,
    })
}

async fn own_proposal(state: &AppState, user: &User, id: i64) -> AppResult<(SessionRow, Edition)> {
    let mut conn = state.db.conn().await?;
    let s = fdb::session(&mut conn, id)
        .await?
        .ok_or(AppError::NotFound)?;
    if s.proposer_id != user.id {
        return Err(AppError::Forbidden);
    }
    let ed = fdb::edition_by_id(&mut conn, s.edition_id)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok((s, ed))
}

pub async fn edit_form(
    SignedIn(ctx, user): SignedIn,
    State(state): State<AppState>,
    Path((_, id)): Path<(String, i64)>,
) -> AppResult<Response> {
    let (s, ed) = own_proposal(&state, &user, id).await?;
    if !s.status.editable_by_proposer() {
        return Err(AppError::Conflict("forum-proposal-not-editable"));
    }
    let types = fdb::session_types(&mut *state.db.conn().await?).await?;
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
    let (s, ed) = own_proposal(&state, &user, id).await?;
    if !s.status.editable_by_proposer() {
        return Err(AppError::Conflict("forum-proposal-not-editable"));
    }
    let types = fdb::session_types(&mut *state.db.conn().await?).await?;
    let (input, version) = input_from(&pairs);
    let action = format!("/{}/forum/proposals/{id}/edit", ctx.lang.code());
    let mut errors = FieldErrors::new();
    let Some(data) = input.parse(&known_types(&types), &mut errors) else {
        return render_with_status(
            &form_page(
                &ctx,
                &ed,
                &types,
                &input,
                &errors,
                action,
                version,
                s.review_comment.clone(),
            ),
            StatusCode::UNPROCESSABLE_ENTITY,
        );
    };
    let (raw, hashes) = speaker_tokens(data.speakers.len());
    let mut tx = state.db.begin().await?;
    let added = match fdb::update_session_data(&mut tx, id, version, &data, &hashes, true).await {
        Ok(a) => a,
        Err(wsis_db::DbError::Stale) => {
            // Someone changed it meanwhile: show the form again with what was typed.
            let mut errors = FieldErrors::new();
            errors.add("title", "forum-proposal-stale");
            return render_with_status(
                &form_page(
                    &ctx,
                    &ed,
                    &types,
                    &input,
                    &errors,
                    action,
                    s.version,
                    s.review_comment.clone(),
                ),
                StatusCode::CONFLICT,
            );
        }
        Err(e) => return Err(e.into()),
    };
    tx.commit().await?;
    mail_speakers(&state, ctx.lang, &data, &added, &raw).await;
    Ok(Redirect::to(&format!(
        "/{}/forum/proposals?notice=forum-proposal-saved",
        ctx.lang.code()
    ))
    .into_response())
}

#[derive(serde::Deserialize)]
pub struct TokenQuery {
    #[serde(default)]
    pub token: String,
}

#[derive(Template)]
#[template(path = "forum/confirm.html")]
struct ConfirmPage {
    page: Page,
    token: String,
    message: Option<String>,
    availability: Option<AvailabilityForm>,
}

/// A speaker's availability: a choice per forum day.
pub struct AvailabilityForm {
    /// (date, label, choice)
    pub days: Vec<(String, String, String)>,
    pub choices: Vec<(&'static str, String)>,
    pub error: Option<String>,
}

/// What a speaker can say of each forum day.
const DAY_CHOICES: [&str; 4] = ["all", "morning", "afternoon", "none"];
/// Where the morning ends and the afternoon begins, local time.
const NOON: &str = "13:00";

/// The local windows of a day's choice.
fn day_window(choice: &str) -> Option<(&'static str, &'static str)> {
    match choice {
        "all" => Some(("00:00", "24:00")),
        "morning" => Some(("00:00", NOON)),
        "afternoon" => Some((NOON, "24:00")),
        _ => None,
    }
}

fn availability_form(
    lang: Language,
    ed: &Edition,
    windows: &[(i64, i64)],
    chosen: Option<&[(String, String)]>,
    error: Option<String>,
) -> AvailabilityForm {
    let tz = super::service::venue_tz(ed);
    let at = |d: &str, c: &str| super::service::local_to_utc(&tz, d, c).unwrap_or(0);
    let covered = |a: i64, b: i64| windows.iter().any(|(s, e)| *s <= a && *e >= b);
    let days = super::service::dates(ed)
        .into_iter()
        .map(|d| {
            let choice = match chosen {
                Some(pairs) => pairs
                    .iter()
                    .find(|(k, _)| k == &format!("day_{d}"))
                    .map(|(_, v)| v.clone())
                    .unwrap_or_default(),
                None if windows.is_empty() => "all".to_owned(),
                None => {
                    let (start, noon, end) = (at(&d, "00:00"), at(&d, NOON), at(&d, "24:00"));
                    match (covered(start, noon), covered(noon, end)) {
                        (true, true) => "all",
                        (true, false) => "morning",
                        (false, true) => "afternoon",
                        (false, false) => "none",
                    }
                    .to_owned()
                }
            };
            let label = wsis_i18n::format_date(lang, at(&d, "12:00"), &tz);
            (d, label, choice)
        })
        .collect();
    AvailabilityForm {
        days,
        choices: DAY_CHOICES
            .iter()
            .map(|c| (*c, I18N.tr(lang, &format!("forum-availability-{c}"))))
            .collect(),
        error,
    }
}

/// The speaker's edition and current availability, from their link.
async fn speaker_availability(
    state: &AppState,
    lang: Language,
    token: &str,
) -> AppResult<Option<(i64, Edition, AvailabilityForm)>> {
    let mut conn = state.db.conn().await?;
    let Some((edition_id, speaker, _, _)) =
        fdb::speaker_of_token(&mut conn, &token_hash(token.trim())).await?
    else {
        return Ok(None);
    };
    let Some(ed) = fdb::edition_by_id(&mut conn, edition_id).await? else {
        return Ok(None);
    };
    let windows = fdb::availability_of(&mut conn, speaker).await?;
    let form = availability_form(lang, &ed, &windows, None, None);
    Ok(Some((speaker, ed, form)))
}

/// The link of the confirmation e-mail: the button to confirm, or, once
/// confirmed, the speaker's availability to change.
pub async fn confirm_form(
    ctx: Ctx,
    State(state): State<AppState>,
    Query(q): Query<TokenQuery>,
) -> AppResult<Response> {
    let page = Page::new(&ctx, "forum-speaker-confirm-title", "forum");
    let token: String = q.token.chars().take(128).collect();
    let mut conn = state.db.conn().await?;
    let confirmed = fdb::speaker_of_token(&mut conn, &token_hash(token.trim()))
        .await?
        .is_some_and(|(_, _, _, c)| c);
    drop(conn);
    let availability = if confirmed {
        speaker_availability(&state, ctx.lang, &token)
            .await?
            .map(|(_, _, f)| f)
    } else {
        None
    };
    render(&ConfirmPage {
        page,
        token,
        message: None,
        availability,
    })
}

/// A speaker's availability, sent from their confirmation link: one choice
/// per forum day, stored as windows in UTC (every day whole: any time).
pub async fn availability(
    ctx: Ctx,
    State(state): State<AppState>,
    CsrfForm(pairs): CsrfForm<Vec<(String, String)>>,
) -> AppResult<Response> {
    let token: String = pairs
        .iter()
        .find(|(k, _)| k == "token")
        .map(|(_, v)| v.chars().take(128).collect())
        .unwrap_or_default();
    let page = Page::new(&ctx, "forum-speaker-confirm-title", "forum");
    let Some((speaker, ed, _)) = speaker_availability(&state, ctx.lang, &token).await? else {
        return render_with_status(
            &ConfirmPage {
                message: Some(I18N.tr(ctx.lang, "forum-speaker-token-invalid")),
                token: String::new(),
                page,
                availability: None,
            },
            StatusCode::NOT_FOUND,
        );
    };
    let tz = super::service::venue_tz(&ed);
    let mut windows = Vec::new();
    let mut valid = true;
    for d in super::service::dates(&ed) {
        let choice = pairs
            .iter()
            .find(|(k, _)| k == &format!("day_{d}"))
            .map(|(_, v)| v.as_str())
            .unwrap_or("");
        if !DAY_CHOICES.contains(&choice) {
            valid = false;
            continue;
        }
        if let Some((from, to)) = day_window(choice)
            && let (Some(a), Some(b)) = (
                super::service::local_to_utc(&tz, &d, from),
                super::service::local_to_utc(&tz, &d, to),
            )
        {
            windows.push((a, b));
        }
    }
    if !valid {
        let form = availability_form(
            ctx.lang,
            &ed,
            &[],
            Some(&pairs),
            Some(I18N.tr(ctx.lang, "forum-availability-invalid")),
        );
        return render_with_status(
            &ConfirmPage {
                message: None,
                token,
                page,
                availability: Some(form),
            },
            StatusCode::UNPROCESSABLE_ENTITY,
        );
    }
    let every_day = super::service::dates(&ed).len();
    if windows.len() == every_day && pairs.iter().filter(|(_, v)| v == "all").count() == every_day {
        windows.clear();
    }
    let mut tx = state.db.begin().await?;
    fdb::set_availability(&mut tx, speaker, &windows).await?;
    tx.commit().await?;
    let form = availability_form(
        ctx.lang,
        &ed,
        &fdb::availability_of(&mut *state.db.conn().await?, speaker).await?,
        None,
        None,
    );
    render(&ConfirmPage {
        message: Some(I18N.tr(ctx.lang, "forum-availability-saved")),
        token,
        page,
        availability: Some(form),
    })
}

#[derive(serde::Deserialize)]
pub struct ConfirmInput {
    #[serde(default)]
    pub token: String,
}

pub async fn confirm(
    ctx: Ctx,
    State(state): State<AppState>,
    CsrfForm(input): CsrfForm<ConfirmInput>,
) -> AppResult<Response> {
    let mut tx = state.db.begin().await?;
    let found = fdb::confirm_speaker(&mut tx, &token_hash(input.token.trim())).await?;
    tx.commit().await?;
    let page = Page::new(&ctx, "forum-speaker-confirm-title", "forum");
    let (key, status) = if found.is_some() {
        ("forum-speaker-confirmed", StatusCode::OK)
    } else {
        ("forum-speaker-token-invalid", StatusCode::NOT_FOUND)
    };
    let availability = if found.is_some() {
        speaker_availability(&state, ctx.lang, &input.token)
            .await?
            .map(|(_, _, f)| f)
    } else {
        None
    };
    render_with_status(
        &ConfirmPage {
            message: Some(I18N.tr(ctx.lang, key)),
            token: input.token.chars().take(128).collect(),
            page,
            availability,
        },
        status,
    )
}

#[derive(Template)]
#[template(path = "forum/review.html")]
struct ReviewPage {
    page: Page,
    filters: Vec<(String, String, bool)>,
    proposals: Vec<ProposalView>,
}

#[derive(serde::Deserialize)]
pub struct StatusQuery {
    #[serde(default)]
    pub status: String,
}

pub async fn review_queue(
    WithRole(ctx, _, _): WithRole<Secretariat>,
    State(state): State<AppState>,
    Path((_, year)): Path<(String, i64)>,
    Query(q): Query<StatusQuery>,
) -> AppResult<Response> {
    let ed = edition(&state, year).await?;
    let status = SessionStatus::parse(&q.status).ok();
    let mut conn = state.db.conn().await?;
    let types = fdb::session_types(&mut conn).await?;
    let all = fdb::sessions(&mut conn, ed.id, None).await?;
    let speakers = fdb::speakers_of_edition(&mut conn, ed.id).await?;
    let proposals = all
        .iter()
        .filter(|s| status.is_none_or(|st| s.status == st))
        .take(200)
        .map(|s| {
            let mut v = view(ctx.lang, year, s, &types, &speakers, false);
            v.session_href = s
                .number
                .map(|n| format!("/{}/forum/{year}/sessions/{n}", ctx.lang.code()));
            v
        })
        .collect();
    let base = format!("/{}/forum/{year}/manage/proposals", ctx.lang.code());
    let filters = std::iter::once((
        base.clone(),
        I18N.tr(ctx.lang, "forum-filter-any"),
        status.is_none(),
    ))
    .chain(SessionStatus::ALL.iter().map(|s| {
        (
            format!("{base}?status={}", s.code()),
            I18N.tr(ctx.lang, &format!("session-status-{}", s.code())),
            status == Some(*s),
        )
    }))
    .collect();
    let mut page = Page::new(&ctx, "forum-review-title", "forum");
    page.title = I18N.tr_args(
        ctx.lang,
        "forum-review-of",
        &[("year", Arg::from(year.to_string().as_str()))],
    );
    render(&ReviewPage {
        page,
        filters,
        proposals,
    })
}

#[derive(serde::Deserialize)]
pub struct ReviewInput {
    pub action: String,
    #[serde(default)]
    pub comment: String,
    pub version: i64,
}

/// Mails the proposer about a decision on their proposal.
async fn notify_proposer(state: &AppState, s: &SessionRow, key: &str, comment: Option<&str>) {
    let Ok(mut conn) = state.db.conn().await else {
        return;
    };
    let Ok(Some(owner)) = wsis_db::accounts::find_user(&mut conn, s.proposer_id).await else {
        return;
    };
    drop(conn);
    let lang = owner.profile.language;
    let mut body = I18N.tr_args(
        lang,
        "mail-greeting",
        &[("name", Arg::from(owner.profile.name.as_str()))],
    );
    body.push_str("\n\n");
    body.push_str(&I18N.tr_args(lang, key, &[("title", Arg::from(s.data.title.as_str()))]));
    if let Some(c) = comment {
        body.push_str("\n\n");
        body.push_str(c);
    }
    body.push_str(&format!(
        "\n\n{}/{}/forum/proposals\n\n{}",
        state.config.public_url,
        lang.code(),
        I18N.tr(lang, "mail-signature")
    ));
    let subject = I18N.tr_args(
        lang,
        "mail-proposal-subject",
        &[("title", Arg::from(s.data.title.as_str()))],
    );
    super::send_mail(state, &owner.email, &subject, &body, "proposal decision").await;
}

pub async fn review(
    WithRole(ctx, _, _): WithRole<Secretariat>,
    State(state): State<AppState>,
    Path((_, id)): Path<(String, i64)>,
    CsrfForm(input): CsrfForm<ReviewInput>,
) -> AppResult<Response> {
    let mut tx = state.db.begin().await?;
    let s = fdb::session(&mut tx, id).await?.ok_or(AppError::NotFound)?;
    let action = ReviewAction::parse(&input.action).map_err(|k| {
        let mut f = FieldErrors::new();
        f.add("action", k);
        AppError::Validation(f)
    })?;
    let comment = input.comment.trim();
    if action.needs_comment() && comment.is_empty() {
        let mut f = FieldErrors::new();
        f.add("comment", "forum-review-comment-required");
        return Err(AppError::Validation(f));
    }
    if comment.chars().count() > 5_000 {
        let mut f = FieldErrors::new();
        f.add("comment", "forum-review-comment-too-long");
        return Err(AppError::Validation(f));
    }
    let next = action.apply(s.status).map_err(AppError::Conflict)?;
    fdb::review(
        &mut tx,
        id,
        input.version,
        next,
        (!comment.is_empty()).then_some(comment),
    )
    .await
    .map_err(|e| match e {
        wsis_db::DbError::Stale => AppError::Conflict("forum-proposal-stale"),
        e => e.into(),
    })?;
    tx.commit().await?;
    let key = match next {
        SessionStatus::Accepted => "mail-proposal-accepted",
        SessionStatus::Declined => "mail-proposal-declined",
        _ => "mail-proposal-changes",
    };
    notify_proposer(&state, &s, key, (!comment.is_empty()).then_some(comment)).await;
    let year = fdb::edition_year(&mut *state.db.conn().await?, s.edition_id).await?;
    Ok(Redirect::to(&format!(
        "/{}/forum/{year}/manage/proposals",
        ctx.lang.code()
    ))
    .into_response())
}

#[derive(serde::Deserialize)]
pub struct MergeInput {
    pub into: String,
    pub version: i64,
}

pub async fn merge(
    WithRole(ctx, _, _): WithRole<Secretariat>,
    State(state): State<AppState>,
    Path((_, id)): Path<(String, i64)>,
    CsrfForm(input): CsrfForm<MergeInput>,
) -> AppResult<Response> {
    let mut tx = state.db.begin().await?;
    let from = fdb::session(&mut tx, id).await?.ok_or(AppError::NotFound)?;
    let into_id: i64 = input
        .into
        .trim()
        .trim_start_matches('#')
        .parse()
        .unwrap_or(0);
    let into = fdb::session(&mut tx, into_id).await?.ok_or_else(|| {
        let mut f = FieldErrors::new();
        f.add("into", "forum-merge-target-invalid");
        AppError::Validation(f)
    })?;
    if into.id == from.id
        || into.edition_id != from.edition_id
        || matches!(into.status, SessionStatus::Merged | SessionStatus::Declined)
        || from.status == SessionStatus::Merged
    {
        let mut f = FieldErrors::new();
        f.add("into", "forum-merge-target-invalid");
        return Err(AppError::Validation(f));
    }
    if from.version != input.version {
        return Err(AppError::Conflict("forum-proposal-stale"));
    }
    let mut merged = into.data.clone();
    for o in &from.data.organisers {
        if !merged.organisers.contains(o) {
            merged.organisers.push(o.clone());
        }
    }
    for sp in &from.data.speakers {
        if !merged.speakers.iter().any(|x| x.email == sp.email) {
            merged.speakers.push(sp.clone());
        }
    }
    merged.speakers.truncate(wsis_domain::forum::MAX_SPEAKERS);
    for a in &from.data.action_lines {
        if !merged.action_lines.contains(a) {
            merged.action_lines.push(a.clone());
        }
    }
    for g in &from.data.sdgs {
        if !merged.sdgs.contains(g) {
            merged.sdgs.push(*g);
        }
    }
    for l in &from.data.languages {
        if !merged.languages.contains(l) {
            merged.languages.push(*l);
        }
    }
    merged.expected_audience = merged.expected_audience.max(from.data.expected_audience);
    let (raw, hashes) = speaker_tokens(merged.speakers.len());
    fdb::merge(&mut tx, &from, &into, &merged, &hashes)
        .await
        .map_err(|e| match e {
            wsis_db::DbError::Stale => AppError::Conflict("forum-proposal-stale"),
            e => e.into(),
        })?;
    let added = fdb::speakers_of_session(&mut tx, into.id).await?;
    tx.commit().await?;
    // Speakers who came with the merged proposal keep their confirmation
    // state there; only those new to this session are asked.
    let new_flags: Vec<(i64, bool)> = merged
        .speakers
        .iter()
        .map(|s| {
            let was = into.data.speakers.iter().any(|x| x.email == s.email);
            let id = added
                .iter()
                .find(|a| a.email == s.email)
                .map(|a| a.speaker_id)
                .unwrap_or(0);
            (id, !was)
        })
        .collect();
    mail_speakers(&state, ctx.lang, &merged, &new_flags, &raw).await;
    let year = fdb::edition_year(&mut *state.db.conn().await?, from.edition_id).await?;
    Ok(Redirect::to(&format!(
        "/{}/forum/{year}/manage/proposals",
        ctx.lang.code()
    ))
    .into_response())
}
