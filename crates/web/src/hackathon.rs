//! The Hackathon's pages (issue 14, item 3): the editions, an edition with its timeline,
//! rules, criteria, challenges and winners; a challenge with its partners and teams; a
//! team with its members and (for those who may see it) its project; the participant's
//! page (invitations to answer, their teams, a team to create); the project form (a
//! plain multipart form with one file at a time); the jury's queue, review and scores;
//! the secretariat's management (settings, challenges, jurors, ranking, winners); the
//! files; the edition as JSON. The pages of `wsis_app::hackathon`.

use crate::I18N;
use crate::auth::same_token;
use crate::csrf::CsrfForm;
use crate::ctx::{Ctx, Secretariat, SignedIn, WithRole};
use crate::error::{AppError, AppResult};
use crate::forms::Field;
use crate::pages::account::{FormPage, FormView};
use crate::pages::{Page, render, render_with_status};
use crate::prizes::{principal, year_of};
use crate::state::AppState;
use askama::Template;
use axum::extract::{Multipart, Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use std::collections::BTreeMap;
use wsis_app::ServiceError;
use wsis_app::accounts::User;
use wsis_app::hackathon::{self as service, ChallengeRow, Hackathon, text_in};
use wsis_domain::hackathon::{CRITERIA, MAX_FILES, Phase, ProjectInput, SCORE_RANGE, invitation};
use wsis_domain::{FieldErrors, Language};
use wsis_i18n::Arg;

/// Largest project request (one file and the text).
pub const MAX_REQUEST_BYTES: usize = wsis_domain::forum::documents::MAX_DOCUMENT_BYTES + 64 * 1024;

fn base(year: i64) -> String {
    format!("/hackathon/{year}")
}

fn y(year: i64) -> String {
    year.to_string()
}

fn phase_name(page: &Page, p: Phase) -> String {
    page.t(&format!("hackathon-phase-{}", p.key()))
}

/// A text of several languages on a page: the text, its `lang` and `dir`.
pub struct Localized {
    pub text: String,
    pub lang: &'static str,
    pub dir: &'static str,
}

fn localized(texts: &BTreeMap<String, String>, lang: Language) -> Localized {
    let (text, l) = text_in(texts, lang);
    Localized {
        text: text.to_owned(),
        lang: l.code(),
        dir: l.dir(),
    }
}

fn redirect(ctx: &Ctx, path: &str) -> Response {
    Redirect::to(&format!("/{}{path}", ctx.lang.code())).into_response()
}

fn status_of(failed: bool) -> StatusCode {
    if failed {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    }
}

// ------------------------------------------------------------------ settings

/// The edition form's fields, as typed.
#[derive(Debug, Clone, Default, serde::Deserialize)]
pub struct SettingsForm {
    #[serde(default)]
    pub year: String,
    #[serde(default)]
    pub title_ar: String,
    #[serde(default)]
    pub title_zh: String,
    #[serde(default)]
    pub title_en: String,
    #[serde(default)]
    pub title_fr: String,
    #[serde(default)]
    pub title_ru: String,
    #[serde(default)]
    pub title_es: String,
    #[serde(default)]
    pub team_min: String,
    #[serde(default)]
    pub team_max: String,
    #[serde(default)]
    pub opens_at: String,
    #[serde(default)]
    pub closes_at: String,
    #[serde(default)]
    pub announced_at: String,
}

/// Six texts of a form, in the order the form shows them.
fn six<'a>(
    en: &'a str,
    fr: &'a str,
    es: &'a str,
    ru: &'a str,
    ar: &'a str,
    zh: &'a str,
) -> [(Language, &'a str); 6] {
    [
        (Language::En, en),
        (Language::Fr, fr),
        (Language::Es, es),
        (Language::Ru, ru),
        (Language::Ar, ar),
        (Language::Zh, zh),
    ]
}

fn texts_of(t: [(Language, &str); 6]) -> BTreeMap<String, String> {
    t.iter()
        .map(|(l, v)| (l.code().to_owned(), (*v).to_owned()))
        .collect()
}

/// One field per language, its label saying which (in that language's own name).
fn localized_fields(
    lang: Language,
    field: fn(Language) -> &'static str,
    label: &str,
    kind: &'static str,
    values: [(Language, &str); 6],
) -> Vec<Field> {
    values
        .into_iter()
        .map(|(l, v)| {
            let mut f = Field::new(lang, field(l), label, kind)
                .value(v)
                .in_language(l);
            if l == Language::En {
                f = f.required();
            }
            f
        })
        .collect()
}

impl SettingsForm {
    fn of(h: &Hackathon) -> SettingsForm {
        let t = |l: &str| h.title.get(l).cloned().unwrap_or_default();
        SettingsForm {
            year: y(h.year),
            title_ar: t("ar"),
            title_zh: t("zh"),
            title_en: t("en"),
            title_fr: t("fr"),
            title_ru: t("ru"),
            title_es: t("es"),
            team_min: h.team_min.to_string(),
            team_max: h.team_max.to_string(),
            opens_at: crate::prizes::manage::ymd(h.schedule.opens_at),
            closes_at: crate::prizes::manage::ymd(h.schedule.closes_at),
            announced_at: crate::prizes::manage::ymd(h.schedule.announced_at),
        }
    }

    fn titles(&self) -> [(Language, &str); 6] {
        six(
            &self.title_en,
            &self.title_fr,
            &self.title_es,
            &self.title_ru,
            &self.title_ar,
            &self.title_zh,
        )
    }

    fn dates(&self) -> [(&'static str, &'static str, &str); 3] {
        [
            ("opens_at", "hackathon-field-opens-at", &self.opens_at),
            ("closes_at", "hackathon-field-closes-at", &self.closes_at),
            (
                "announced_at",
                "hackathon-field-announced-at",
                &self.announced_at,
            ),
        ]
    }

    fn input(&self) -> service::SettingsInput {
        service::SettingsInput {
            title: texts_of(self.titles()),
            team_min: self.team_min.clone(),
            team_max: self.team_max.clone(),
            dates: self
                .dates()
                .map(|(_, _, v)| crate::prizes::manage::parse_ymd(v)),
        }
    }
}

fn settings_form(
    page: &Page,
    action: &str,
    new: bool,
    values: &SettingsForm,
    errors: Option<&FieldErrors>,
) -> FormView {
    let lang = page.lang;
    let mut fields = Vec::new();
    if new {
        fields.push(
            Field::new(lang, "year", "hackathon-field-year", "number")
                .required()
                .value(&values.year),
        );
    }
    fields.extend(localized_fields(
        lang,
        wsis_domain::hackathon::title_field,
        "hackathon-field-title",
        "text",
        values.titles(),
    ));
    fields.push(
        Field::new(lang, "team_min", "hackathon-field-team-min", "number")
            .required()
            .value(&values.team_min),
    );
    fields.push(
        Field::new(lang, "team_max", "hackathon-field-team-max", "number")
            .required()
            .value(&values.team_max),
    );
    for (name, label, v) in values.dates() {
        fields.push(Field::new(lang, name, label, "date").required().value(v));
    }
    let mut form = FormView::new(
        page,
        "settings",
        action,
        if new {
            "hackathon-create"
        } else {
            "hackathon-save"
        },
        fields,
    )
    .heading(
        page,
        if new {
            "hackathon-create-heading"
        } else {
            "hackathon-settings-heading"
        },
    );
    if let Some(e) = errors {
        form = form.errors(lang, e);
    }
    form
}

pub async fn index(ctx: Ctx, State(state): State<AppState>) -> AppResult<Response> {
    index_page(&ctx, &state, None).await
}

async fn index_page(
    ctx: &Ctx,
    state: &AppState,
    posted: Option<(&SettingsForm, &FieldErrors)>,
) -> AppResult<Response> {
    let page = Page::new(ctx, "hackathon-title", "prizes");
    let all = service::hackathons(&state.app).await?;
    let mut out = FormPage::new(page.clone()).intro(page.t("hackathon-intro"));
    if all.is_empty() {
        out = out.intro(page.t("hackathon-none"));
    }
    for h in &all {
        out.links.push((
            page.href(&base(h.year)),
            format!(
                "{} ({})",
                text_in(&h.title, page.lang).0,
                phase_name(&page, h.phase)
            ),
        ));
    }
    if page.can_secretariat {
        let empty = SettingsForm::default();
        let (values, errors) = match posted {
            Some((f, e)) => (f, Some(e)),
            None => (&empty, None),
        };
        out = out.form(settings_form(&page, "/hackathon", true, values, errors));
    }
    render_with_status(&out, status_of(posted.is_some()))
}

/// Creates an edition (the secretariat).
pub async fn create(
    WithRole(ctx, user, _): WithRole<Secretariat>,
    State(state): State<AppState>,
    CsrfForm(f): CsrfForm<SettingsForm>,
) -> AppResult<Response> {
    let Ok(year) = f.year.trim().parse::<i64>() else {
        let mut e = FieldErrors::new();
        e.add("year", "hackathon-year-invalid");
        return index_page(&ctx, &state, Some((&f, &e))).await;
    };
    match service::save_hackathon(&state.app, principal(&user), year, &f.input()).await {
        Ok(()) => Ok(redirect(&ctx, &format!("{}/manage", base(year)))),
        Err(ServiceError::Fields(e)) => index_page(&ctx, &state, Some((&f, &e))).await,
        Err(e) => Err(e.into()),
    }
}

// ------------------------------------------------------------------ edition

/// A team in a list.
pub struct TeamItem {
    pub href: String,
    pub name: String,
    pub detail: String,
}

/// A challenge in a list.
pub struct ChallengeItem {
    pub href: String,
    pub title: Localized,
    pub partners: String,
    pub teams: String,
    pub winner: Option<TeamItem>,
}

fn members_text(page: &Page, n: i64) -> String {
    I18N.tr_args(
        page.lang,
        "hackathon-members-count",
        &[("count", Arg::Num(n))],
    )
}

fn team_item(page: &Page, year: i64, t: &wsis_app::hackathon::TeamRow) -> TeamItem {
    let mut detail = members_text(page, t.members);
    if t.submitted > 0 {
        detail.push_str(&page.t("list-separator"));
        detail.push_str(&page.t("hackathon-project-submitted"));
    }
    TeamItem {
        href: page.href(&format!("{}/teams/{}", base(year), t.id)),
        name: t.name.clone(),
        detail,
    }
}

fn partners_text(page: &Page, c: &ChallengeRow) -> String {
    c.partners.join(&page.t("list-separator"))
}

#[derive(Template)]
#[template(path = "hackathon/edition.html")]
struct EditionPage {
    page: Page,
    title: Localized,
    phase: String,
    links: Vec<(String, String)>,
    phases: Vec<(String, String, bool)>,
    rules: Vec<String>,
    criteria: Vec<(String, String)>,
    challenges: Vec<ChallengeItem>,
}

fn criteria(page: &Page) -> Vec<(String, String)> {
    CRITERIA
        .iter()
        .map(|c| {
            (
                page.t(&format!("hackathon-criterion-{c}")),
                page.t(&format!("hackathon-criterion-{c}-text")),
            )
        })
        .collect()
}

pub async fn edition(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((_, year)): Path<(String, String)>,
) -> AppResult<Response> {
    let year = year_of(&year)?;
    let who = ctx.user.as_ref().map(principal);
    let o = service::overview(&state.app, who, year).await?;
    let h = &o.hackathon;
    let mut page = Page::new(&ctx, "hackathon-title", "prizes");
    let title = localized(&h.title, page.lang);
    page.title = title.text.clone();
    let b = base(year);
    let mut links = Vec::new();
    if let Some(u) = &ctx.user {
        links.push((
            page.href(&format!("{b}/participate")),
            page.t("hackathon-participate-link"),
        ));
        if service::is_juror(&state.app, principal(u), year).await? {
            links.push((
                page.href(&format!("{b}/jury")),
                page.t("hackathon-jury-link"),
            ));
        }
    } else if h.phase == Phase::Open {
        links.push((
            page.href(&format!("{b}/participate")),
            page.t("hackathon-participate-link"),
        ));
    }
    if page.can_secretariat {
        links.push((
            page.href(&format!("{b}/manage")),
            page.t("hackathon-manage-link"),
        ));
    }
    let phases = h
        .schedule
        .timeline()
        .into_iter()
        .map(|(p, from, to)| {
            (
                phase_name(&page, p),
                crate::prizes::phase_dates(&page, from, to),
                p == h.phase,
            )
        })
        .collect();
    let rules = vec![
        I18N.tr_args(
            page.lang,
            "hackathon-rule-team",
            &[("min", Arg::Num(h.team_min)), ("max", Arg::Num(h.team_max))],
        ),
        page.t("hackathon-rule-one-team"),
        I18N.tr_args(
            page.lang,
            "hackathon-rule-project",
            &[("files", Arg::Num(MAX_FILES))],
        ),
        page.t("hackathon-rule-jury"),
    ];
    let challenges = o
        .challenges
        .iter()
        .map(|c| challenge_item(&page, year, &o, c))
        .collect();
    render(&EditionPage {
        phase: I18N.tr_args(
            page.lang,
            "hackathon-phase-now",
            &[("phase", Arg::from(phase_name(&page, h.phase).as_str()))],
        ),
        title,
        links,
        phases,
        rules,
        criteria: criteria(&page),
        challenges,
        page,
    })
}

fn challenge_item(
    page: &Page,
    year: i64,
    o: &service::Overview,
    c: &ChallengeRow,
) -> ChallengeItem {
    let n = o.teams.iter().filter(|t| t.challenge_id == c.id).count() as i64;
    ChallengeItem {
        href: page.href(&format!("{}/challenges/{}", base(year), c.id)),
        title: localized(&c.title, page.lang),
        partners: partners_text(page, c),
        teams: I18N.tr_args(
            page.lang,
            "hackathon-teams-count",
            &[("count", Arg::Num(n))],
        ),
        winner: o
            .winners
            .get(&c.id)
            .and_then(|t| o.team(*t))
            .map(|t| team_item(page, year, t)),
    }
}

#[derive(Template)]
#[template(path = "hackathon/challenge.html")]
struct ChallengePage {
    page: Page,
    challenge: ChallengeItem,
    description: Localized,
    paragraphs: Vec<String>,
    teams: Vec<TeamItem>,
    edit: Option<String>,
    back: String,
}

pub async fn challenge(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((_, year, id)): Path<(String, String, i64)>,
) -> AppResult<Response> {
    let year = year_of(&year)?;
    let who = ctx.user.as_ref().map(principal);
    let o = service::overview(&state.app, who, year).await?;
    let c = o.challenge(id).ok_or(AppError::NotFound)?;
    let mut page = Page::new(&ctx, "hackathon-title", "prizes");
    let item = challenge_item(&page, year, &o, c);
    page.title = item.title.text.clone();
    let description = localized(&c.description, page.lang);
    render(&ChallengePage {
        paragraphs: description
            .text
            .split("\n\n")
            .map(|p| p.trim().to_owned())
            .filter(|p| !p.is_empty())
            .collect(),
        description,
        teams: o
            .teams
            .iter()
            .filter(|t| t.challenge_id == c.id)
            .map(|t| team_item(&page, year, t))
            .collect(),
        edit: page
            .can_secretariat
            .then(|| page.href(&format!("{}/challenges/{id}/edit", base(year)))),
        back: page.href(&base(year)),
        challenge: item,
        page,
    })
}

// ---------------------------------------------------------------- challenges

/// The challenge form's fields, as typed.
#[derive(Debug, Clone, Default, serde::Deserialize)]
pub struct ChallengeForm {
    #[serde(default)]
    pub title_ar: String,
    #[serde(default)]
    pub title_zh: String,
    #[serde(default)]
    pub title_en: String,
    #[serde(default)]
    pub title_fr: String,
    #[serde(default)]
    pub title_ru: String,
    #[serde(default)]
    pub title_es: String,
    #[serde(default)]
    pub description_ar: String,
    #[serde(default)]
    pub description_zh: String,
    #[serde(default)]
    pub description_en: String,
    #[serde(default)]
    pub description_fr: String,
    #[serde(default)]
    pub description_ru: String,
    #[serde(default)]
    pub description_es: String,
    #[serde(default)]
    pub partners: String,
}

impl ChallengeForm {
    fn of(c: &ChallengeRow) -> ChallengeForm {
        let t = |m: &BTreeMap<String, String>, l: &str| m.get(l).cloned().unwrap_or_default();
        ChallengeForm {
            title_ar: t(&c.title, "ar"),
            title_zh: t(&c.title, "zh"),
            title_en: t(&c.title, "en"),
            title_fr: t(&c.title, "fr"),
            title_ru: t(&c.title, "ru"),
            title_es: t(&c.title, "es"),
            description_ar: t(&c.description, "ar"),
            description_zh: t(&c.description, "zh"),
            description_en: t(&c.description, "en"),
            description_fr: t(&c.description, "fr"),
            description_ru: t(&c.description, "ru"),
            description_es: t(&c.description, "es"),
            partners: c.partners.join("\n"),
        }
    }

    fn titles(&self) -> [(Language, &str); 6] {
        six(
            &self.title_en,
            &self.title_fr,
            &self.title_es,
            &self.title_ru,
            &self.title_ar,
            &self.title_zh,
        )
    }

    fn descriptions(&self) -> [(Language, &str); 6] {
        six(
            &self.description_en,
            &self.description_fr,
            &self.description_es,
            &self.description_ru,
            &self.description_ar,
            &self.description_zh,
        )
    }

    fn input(&self) -> service::ChallengeInput {
        service::ChallengeInput {
            title: texts_of(self.titles()),
            description: texts_of(self.descriptions()),
            partners: self.partners.clone(),
        }
    }
}

fn challenge_form(
    page: &Page,
    action: &str,
    new: bool,
    values: &ChallengeForm,
    errors: Option<&FieldErrors>,
) -> FormView {
    let lang = page.lang;
    let mut fields = localized_fields(
        lang,
        wsis_domain::hackathon::title_field,
        "hackathon-field-challenge-title",
        "text",
        values.titles(),
    );
    fields.extend(localized_fields(
        lang,
        wsis_domain::hackathon::description_field,
        "hackathon-field-description",
        "textarea",
        values.descriptions(),
    ));
    fields.push(
        Field::new(lang, "partners", "hackathon-field-partners", "textarea")
            .required()
            .value(&values.partners)
            .hint(lang, "hackathon-partners-hint"),
    );
    let mut form = FormView::new(
        page,
        "challenge",
        action,
        if new {
            "hackathon-challenge-add"
        } else {
            "hackathon-save"
        },
        fields,
    )
    .heading(
        page,
        if new {
            "hackathon-challenge-add-heading"
        } else {
            "hackathon-challenge-edit-heading"
        },
    );
    if let Some(e) = errors {
        form = form.errors(lang, e);
    }
    form
}

/// Adds a challenge (the secretariat).
pub async fn add_challenge(
    WithRole(ctx, user, _): WithRole<Secretariat>,
    State(state): State<AppState>,
    Path((_, year)): Path<(String, String)>,
    CsrfForm(f): CsrfForm<ChallengeForm>,
) -> AppResult<Response> {
    let year = year_of(&year)?;
    match service::save_challenge(&state.app, principal(&user), year, None, &f.input()).await {
        Ok(_) => Ok(saved(&ctx, year)),
        Err(ServiceError::Fields(e)) => {
            manage_page(&ctx, &state, &user, year, Posted::Challenge(&f, &e)).await
        }
        Err(e) => Err(e.into()),
    }
}

async fn edit_challenge_page(
    ctx: &Ctx,
    state: &AppState,
    user: &User,
    year: i64,
    id: i64,
    posted: Option<(&ChallengeForm, &FieldErrors)>,
) -> AppResult<Response> {
    let o = service::overview(&state.app, Some(principal(user)), year).await?;
    let c = o.challenge(id).ok_or(AppError::NotFound)?;
    let mut page = Page::new(ctx, "hackathon-title", "prizes");
    page.title = localized(&c.title, page.lang).text;
    let current = ChallengeForm::of(c);
    let action = format!("{}/challenges/{id}/edit", base(year));
    let form = match posted {
        Some((f, e)) => challenge_form(&page, &action, false, f, Some(e)),
        None => challenge_form(&page, &action, false, &current, None),
    };
    let out = FormPage::new(page)
        .form(form)
        .link(&format!("{}/manage", base(year)), "hackathon-back-manage");
    render_with_status(&out, status_of(posted.is_some()))
}

pub async fn edit_challenge(
    WithRole(ctx, user, _): WithRole<Secretariat>,
    State(state): State<AppState>,
    Path((_, year, id)): Path<(String, String, i64)>,
) -> AppResult<Response> {
    let year = year_of(&year)?;
    edit_challenge_page(&ctx, &state, &user, year, id, None).await
}

pub async fn save_challenge(
    WithRole(ctx, user, _): WithRole<Secretariat>,
    State(state): State<AppState>,
    Path((_, year, id)): Path<(String, String, i64)>,
    CsrfForm(f): CsrfForm<ChallengeForm>,
) -> AppResult<Response> {
    let year = year_of(&year)?;
    match service::save_challenge(&state.app, principal(&user), year, Some(id), &f.input()).await {
        Ok(_) => Ok(redirect(&ctx, &format!("{}/challenges/{id}", base(year)))),
        Err(ServiceError::Fields(e)) => {
            edit_challenge_page(&ctx, &state, &user, year, id, Some((&f, &e))).await
        }
        Err(e) => Err(e.into()),
    }
}

// ---------------------------------------------------------------- participate

#[derive(Template)]
#[template(path = "hackathon/participate.html")]
struct ParticipatePage {
    page: Page,
    intro: Vec<String>,
    alerts: Vec<String>,
    /// (team, challenge, captain, accept/decline action)
    invitations: Vec<(String, String, String, String)>,
    teams: Vec<TeamItem>,
    create: Option<FormView>,
    back: String,
}

#[derive(Debug, Clone, Default, serde::Deserialize)]
pub struct TeamForm {
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub challenge: String,
}

enum Participating<'a> {
    None,
    Team(&'a TeamForm, &'a FieldErrors),
    Answer(&'a FieldErrors),
}

async fn participate_page(
    ctx: &Ctx,
    state: &AppState,
    user: &User,
    year: i64,
    posted: Participating<'_>,
) -> AppResult<Response> {
    let p = service::participation(&state.app, principal(user), year).await?;
    let mut page = Page::new(ctx, "hackathon-title", "prizes");
    page.title = I18N.tr_args(
        page.lang,
        "hackathon-participate-title",
        &[("year", Arg::from(y(year).as_str()))],
    );
    let lang = page.lang;
    let open = p.hackathon.phase == Phase::Open;
    let title_of = |id: i64| {
        p.challenges
            .iter()
            .find(|c| c.id == id)
            .map(|c| text_in(&c.title, lang).0.to_owned())
            .unwrap_or_default()
    };
    let mut intro = vec![page.t("hackathon-participate-intro")];
    if !open {
        intro.push(page.t("hackathon-closed"));
    }
    let create = (open && !p.challenges.is_empty()).then(|| {
        let empty = TeamForm::default();
        let (values, errors) = match &posted {
            Participating::Team(f, e) => (*f, Some(*e)),
            _ => (&empty, None),
        };
        let mut form = FormView::new(
            &page,
            "team",
            &format!("{}/teams", base(year)),
            "hackathon-team-create",
            vec![
                Field::new(lang, "name", "hackathon-field-team-name", "text")
                    .required()
                    .value(&values.name)
                    .hint(lang, "hackathon-team-name-hint"),
                Field::new(lang, "challenge", "hackathon-field-challenge", "select")
                    .required()
                    .value(&values.challenge)
                    .choices(
                        p.challenges
                            .iter()
                            .map(|c| (c.id.to_string(), text_in(&c.title, lang).0.to_owned())),
                    ),
            ],
        )
        .heading(&page, "hackathon-team-create-heading");
        if let Some(e) = errors {
            form = form.errors(lang, e);
        }
        form
    });
    let alerts = match &posted {
        Participating::Answer(e) => e.0.iter().map(|x| page.t(x.key)).collect(),
        Participating::Team(_, e) if create.is_none() => {
            e.0.iter().map(|x| page.t(x.key)).collect()
        }
        _ => Vec::new(),
    };
    let failed = !matches!(posted, Participating::None);
    render_with_status(
        &ParticipatePage {
            invitations: p
                .invitations
                .iter()
                .map(|i| {
                    (
                        i.team.clone(),
                        title_of(i.challenge_id),
                        i.captain.clone(),
                        page.href(&format!("{}/invitations/{}", base(year), i.id)),
                    )
                })
                .collect(),
            teams: p.teams.iter().map(|t| team_item(&page, year, t)).collect(),
            intro,
            alerts,
            create,
            back: page.href(&base(year)),
            page,
        },
        status_of(failed),
    )
}

pub async fn participate(
    SignedIn(ctx, user): SignedIn,
    State(state): State<AppState>,
    Path((_, year)): Path<(String, String)>,
) -> AppResult<Response> {
    let year = year_of(&year)?;
    participate_page(&ctx, &state, &user, year, Participating::None).await
}

pub async fn create_team(
    SignedIn(ctx, user): SignedIn,
    State(state): State<AppState>,
    Path((_, year)): Path<(String, String)>,
    CsrfForm(f): CsrfForm<TeamForm>,
) -> AppResult<Response> {
    let year = year_of(&year)?;
    match service::create_team(&state.app, principal(&user), year, &f.challenge, &f.name).await {
        Ok(id) => Ok(redirect(&ctx, &format!("{}/teams/{id}", base(year)))),
        Err(ServiceError::Fields(e)) => {
            participate_page(&ctx, &state, &user, year, Participating::Team(&f, &e)).await
        }
        Err(e) => Err(e.into()),
    }
}

#[derive(Debug, Clone, Default, serde::Deserialize)]
pub struct AnswerForm {
    #[serde(default)]
    pub decision: String,
}

pub async fn answer(
    SignedIn(ctx, user): SignedIn,
    State(state): State<AppState>,
    Path((_, year, id)): Path<(String, String, i64)>,
    CsrfForm(f): CsrfForm<AnswerForm>,
) -> AppResult<Response> {
    let year = year_of(&year)?;
    let accept = match f.decision.as_str() {
        "accept" => true,
        "decline" => false,
        _ => return Err(AppError::BadRequest("invalid_form")),
    };
    match service::answer(&state.app, principal(&user), year, id, accept).await {
        Ok(team) if accept => Ok(redirect(&ctx, &format!("{}/teams/{team}", base(year)))),
        Ok(_) => Ok(redirect(&ctx, &format!("{}/participate", base(year)))),
        Err(ServiceError::Fields(e)) => {
            participate_page(&ctx, &state, &user, year, Participating::Answer(&e)).await
        }
        Err(e) => Err(e.into()),
    }
}

// ---------------------------------------------------------------------- team

/// A project as the pages show it.
pub struct ProjectView {
    pub title: String,
    pub summary: Vec<String>,
    pub repo_url: String,
    pub video_url: String,
    /// (name, href, size, remove action when the viewer may remove it)
    pub files: Vec<(String, String, String, Option<String>)>,
}

fn project_view(
    page: &Page,
    year: i64,
    team: i64,
    p: &wsis_app::hackathon::ProjectRow,
    files: &[wsis_app::hackathon::FileRow],
    removable: bool,
) -> ProjectView {
    ProjectView {
        title: p.title.clone(),
        summary: p
            .summary
            .split("\n\n")
            .map(|s| s.trim().to_owned())
            .filter(|s| !s.is_empty())
            .collect(),
        repo_url: p.repo_url.clone(),
        video_url: p.video_url.clone(),
        files: files
            .iter()
            .map(|f| {
                (
                    f.name.clone(),
                    file_href(&f.file_key),
                    crate::forum::documents::size_label(page.lang, f.bytes),
                    removable.then(|| {
                        page.href(&format!(
                            "{}/teams/{team}/files/{}/remove",
                            base(year),
                            f.id
                        ))
                    }),
                )
            })
            .collect(),
    }
}

/// `/media/hackathon/KEY.EXT` of a file's store key `hackathon/AB/KEY.EXT`.
pub fn file_href(key: &str) -> String {
    format!("/media/hackathon/{}", key.rsplit('/').next().unwrap_or(""))
}

#[derive(Template)]
#[template(path = "hackathon/team.html")]
struct TeamPageView {
    page: Page,
    challenge: (String, Localized),
    members: Vec<String>,
    captain: String,
    project: Option<ProjectView>,
    won: bool,
    /// The project form's address, for members while the edition is open.
    edit: Option<String>,
    leave: Option<String>,
    invite: Option<FormView>,
    /// (e-mail, status, withdraw action while pending)
    invitations: Vec<(String, String, Option<String>)>,
    no_project: Option<String>,
    back: String,
}

#[derive(Debug, Clone, Default, serde::Deserialize)]
pub struct InviteForm {
    #[serde(default)]
    pub email: String,
}

async fn team_page(
    ctx: &Ctx,
    state: &AppState,
    year: i64,
    id: i64,
    posted: Option<(&InviteForm, &FieldErrors)>,
) -> AppResult<Response> {
    let who = ctx.user.as_ref().map(principal);
    let t = service::team(&state.app, who, year, id).await?;
    let mut page = Page::new(ctx, "hackathon-title", "prizes");
    page.title = t.team.name.clone();
    let lang = page.lang;
    let open = t.hackathon.phase == Phase::Open;
    let b = base(year);
    let invite = (t.is_captain && open).then(|| {
        let mut form = FormView::new(
            &page,
            "invite",
            &format!("{b}/teams/{id}/invite"),
            "hackathon-invite",
            vec![
                Field::new(lang, "email", "hackathon-field-invite-email", "email")
                    .required()
                    .value(posted.map(|(f, _)| f.email.as_str()).unwrap_or(""))
                    .hint(lang, "hackathon-invite-hint"),
            ],
        )
        .heading(&page, "hackathon-invite-heading");
        if let Some((_, e)) = posted {
            form = form.errors(lang, e);
        }
        form
    });
    let invitations = t
        .invitations
        .iter()
        .map(|i| {
            (
                i.email.clone(),
                page.t(&format!("hackathon-invitation-{}", i.status)),
                (t.is_captain && open && i.status == invitation::PENDING)
                    .then(|| page.href(&format!("{b}/teams/{id}/invitations/{}/withdraw", i.id))),
            )
        })
        .collect();
    let no_project = (t.project.is_none() && t.is_member).then(|| page.t("hackathon-no-project"));
    render_with_status(
        &TeamPageView {
            challenge: (
                page.href(&format!("{b}/challenges/{}", t.challenge.id)),
                localized(&t.challenge.title, lang),
            ),
            captain: t
                .members
                .first()
                .map(|(_, n)| n.clone())
                .unwrap_or_default(),
            members: t.members.iter().skip(1).map(|(_, n)| n.clone()).collect(),
            project: t
                .project
                .as_ref()
                .map(|(p, files)| project_view(&page, year, id, p, files, t.is_member && open)),
            won: t.won,
            edit: (t.is_member && open).then(|| page.href(&format!("{b}/teams/{id}/project"))),
            leave: (t.is_member && !t.is_captain && open)
                .then(|| page.href(&format!("{b}/teams/{id}/leave"))),
            invite,
            invitations,
            no_project,
            back: page.href(&format!("{b}/challenges/{}", t.challenge.id)),
            page,
        },
        status_of(posted.is_some()),
    )
}

pub async fn team(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((_, year, id)): Path<(String, String, i64)>,
) -> AppResult<Response> {
    let year = year_of(&year)?;
    team_page(&ctx, &state, year, id, None).await
}

pub async fn invite(
    SignedIn(ctx, user): SignedIn,
    State(state): State<AppState>,
    Path((_, year, id)): Path<(String, String, i64)>,
    CsrfForm(f): CsrfForm<InviteForm>,
) -> AppResult<Response> {
    let year = year_of(&year)?;
    match service::invite(&state.app, principal(&user), ctx.lang, year, id, &f.email).await {
        Ok(()) => Ok(Redirect::to(&format!(
            "/{}{}/teams/{id}?notice=hackathon-invited",
            ctx.lang.code(),
            base(year)
        ))
        .into_response()),
        Err(ServiceError::Fields(e)) => team_page(&ctx, &state, year, id, Some((&f, &e))).await,
        Err(e) => Err(e.into()),
    }
}

pub async fn withdraw(
    SignedIn(ctx, user): SignedIn,
    State(state): State<AppState>,
    Path((_, year, id, inv)): Path<(String, String, i64, i64)>,
    CsrfForm(_): CsrfForm<Vec<(String, String)>>,
) -> AppResult<Response> {
    let year = year_of(&year)?;
    service::withdraw(&state.app, principal(&user), year, id, inv).await?;
    Ok(redirect(&ctx, &format!("{}/teams/{id}", base(year))))
}

pub async fn leave(
    SignedIn(ctx, user): SignedIn,
    State(state): State<AppState>,
    Path((_, year, id)): Path<(String, String, i64)>,
    CsrfForm(_): CsrfForm<Vec<(String, String)>>,
) -> AppResult<Response> {
    let year = year_of(&year)?;
    service::leave(&state.app, principal(&user), year, id).await?;
    Ok(redirect(&ctx, &format!("{}/participate", base(year))))
}

// ------------------------------------------------------------------- project

#[derive(Template)]
#[template(path = "hackathon/project.html")]
struct ProjectPage {
    page: Page,
    intro: String,
    action: String,
    fields: Vec<Field>,
    summary: Vec<crate::forms::SummaryItem>,
    summary_heading: String,
    files: Vec<(String, String, String, Option<String>)>,
    back: String,
}

async fn project_page(
    ctx: &Ctx,
    state: &AppState,
    user: &User,
    year: i64,
    id: i64,
    posted: Option<(&ProjectInput, &FieldErrors)>,
) -> AppResult<Response> {
    let t = service::team(&state.app, Some(principal(user)), year, id).await?;
    if !t.is_member {
        return Err(AppError::Forbidden);
    }
    if t.hackathon.phase != Phase::Open {
        return Err(AppError::Conflict("hackathon-closed"));
    }
    let mut page = Page::new(ctx, "hackathon-title", "prizes");
    page.title = I18N.tr_args(
        page.lang,
        "hackathon-project-title",
        &[("team", Arg::from(t.team.name.as_str()))],
    );
    let lang = page.lang;
    let current = t
        .project
        .as_ref()
        .map(|(p, _)| ProjectInput {
            title: p.title.clone(),
            summary: p.summary.clone(),
            repo_url: p.repo_url.clone(),
            video_url: p.video_url.clone(),
        })
        .unwrap_or_default();
    let input = posted.map(|(i, _)| i).unwrap_or(&current);
    let files = t
        .project
        .as_ref()
        .map(|(p, f)| project_view(&page, year, id, p, f, true).files)
        .unwrap_or_default();
    let mut fields = vec![
        Field::new(lang, "title", "hackathon-field-project-title", "text")
            .required()
            .value(&input.title),
        Field::new(lang, "summary", "hackathon-field-summary", "textarea")
            .required()
            .value(&input.summary)
            .hint(lang, "hackathon-summary-hint"),
        Field::new(lang, "repo_url", "hackathon-field-repo-url", "url")
            .required()
            .value(&input.repo_url)
            .hint(lang, "hackathon-repo-hint"),
        Field::new(lang, "video_url", "hackathon-field-video-url", "url").value(&input.video_url),
    ];
    if (files.len() as i64) < MAX_FILES {
        fields.push(
            Field::new(lang, "file", "hackathon-field-file", "file")
                .hint(lang, "hackathon-file-hint"),
        );
    }
    let summary = posted
        .map(|(_, e)| crate::forms::apply_errors(lang, &mut fields, e))
        .unwrap_or_default();
    let deadline = crate::prizes::date(lang, t.hackathon.schedule.closes_at);
    render_with_status(
        &ProjectPage {
            intro: I18N.tr_args(
                lang,
                "hackathon-project-intro",
                &[
                    ("deadline", Arg::from(deadline.as_str())),
                    ("files", Arg::Num(MAX_FILES)),
                ],
            ),
            action: page.href(&format!("{}/teams/{id}/project", base(year))),
            summary_heading: I18N.tr_args(
                lang,
                "form-errors-heading",
                &[("count", Arg::Num(summary.len() as i64))],
            ),
            fields,
            summary,
            files,
            back: page.href(&format!("{}/teams/{id}", base(year))),
            page,
        },
        status_of(posted.is_some()),
    )
}

pub async fn project(
    SignedIn(ctx, user): SignedIn,
    State(state): State<AppState>,
    Path((_, year, id)): Path<(String, String, i64)>,
) -> AppResult<Response> {
    let year = year_of(&year)?;
    project_page(&ctx, &state, &user, year, id, None).await
}

/// Reads the project form (a plain multipart form), once its CSRF token is checked.
async fn project_form(
    ctx: &Ctx,
    mut multipart: Multipart,
) -> AppResult<(ProjectInput, Option<(String, Vec<u8>)>)> {
    let (mut csrf, mut input, mut file) = (String::new(), ProjectInput::default(), None);
    let bad = |_| AppError::BadRequest("invalid_form");
    while let Some(field) = multipart.next_field().await.map_err(bad)? {
        let name = field.name().unwrap_or("").to_owned();
        if name == "file" {
            let file_name = field.file_name().unwrap_or("").to_owned();
            let bytes = field.bytes().await.map_err(|e| {
                if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
                    AppError::PayloadTooLarge
                } else {
                    AppError::BadRequest("invalid_form")
                }
            })?;
            file = Some((file_name, bytes.to_vec()));
            continue;
        }
        let text = field.text().await.map_err(bad)?;
        match name.as_str() {
            "csrf" => csrf = text,
            "title" => input.title = text,
            "summary" => input.summary = text,
            "repo_url" => input.repo_url = text,
            "video_url" => input.video_url = text,
            _ => {}
        }
    }
    if ctx.csrf.is_empty() || !same_token(&csrf, &ctx.csrf) {
        return Err(AppError::Csrf);
    }
    Ok((input, file))
}

pub async fn save_project(
    SignedIn(ctx, user): SignedIn,
    State(state): State<AppState>,
    Path((_, year, id)): Path<(String, String, i64)>,
    multipart: Multipart,
) -> AppResult<Response> {
    let year = year_of(&year)?;
    let (input, file) = project_form(&ctx, multipart).await?;
    match service::save_project(&state.app, principal(&user), year, id, &input, file).await {
        Ok(()) => Ok(Redirect::to(&format!(
            "/{}{}/teams/{id}?notice=hackathon-project-saved",
            ctx.lang.code(),
            base(year)
        ))
        .into_response()),
        Err(ServiceError::Fields(e)) => {
            project_page(&ctx, &state, &user, year, id, Some((&input, &e))).await
        }
        Err(e) => Err(e.into()),
    }
}

pub async fn remove_file(
    SignedIn(ctx, user): SignedIn,
    State(state): State<AppState>,
    Path((_, year, id, file)): Path<(String, String, i64, i64)>,
    CsrfForm(_): CsrfForm<Vec<(String, String)>>,
) -> AppResult<Response> {
    let year = year_of(&year)?;
    service::remove_file(&state.app, principal(&user), year, id, file).await?;
    Ok(redirect(
        &ctx,
        &format!("{}/teams/{id}/project", base(year)),
    ))
}

/// `/media/hackathon/{KEY}.{EXT}`: public once its team won and the winners are
/// announced; before that its team, the secretariat and the jurors without a conflict
/// (others get 404). Documents download (sandboxed), images show.
pub async fn file(
    State(state): State<AppState>,
    Path(name): Path<String>,
    headers: HeaderMap,
) -> Response {
    let inner = async {
        let viewer = crate::ctx::session_user(&state, &headers)
            .await?
            .map(|(u, _)| u);
        let (f, public) = service::file(&state.app, viewer.as_ref().map(principal), &name).await?;
        let image = f.content_type.starts_with("image/");
        crate::media::object(
            &state,
            &f.file_key,
            &headers,
            crate::media::Serve {
                content_type: f.content_type.clone(),
                etag: format!("\"{name}\""),
                cache: crate::media::image_cache(public),
                disposition: Some(format!(
                    "{}; filename=\"{}\"",
                    if image { "inline" } else { "attachment" },
                    f.name
                )),
                sandbox: !image,
            },
        )
        .await
    };
    match inner.await {
        Ok(r) => r,
        Err(e) => e.status().into_response(),
    }
}

// ---------------------------------------------------------------------- jury

/// A project in the juror's list: (team, review href, scored).
type JuryItem = (String, String, bool);

#[derive(Template)]
#[template(path = "hackathon/jury.html")]
struct JuryPage {
    page: Page,
    intro: String,
    groups: Vec<(Localized, Vec<JuryItem>)>,
    back: String,
}

pub async fn jury(
    SignedIn(ctx, user): SignedIn,
    State(state): State<AppState>,
    Path((_, year)): Path<(String, String)>,
) -> AppResult<Response> {
    let year = year_of(&year)?;
    let q = service::jury(&state.app, principal(&user), year).await?;
    let mut page = Page::new(&ctx, "hackathon-title", "prizes");
    page.title = I18N.tr_args(
        page.lang,
        "hackathon-jury-title",
        &[("year", Arg::from(y(year).as_str()))],
    );
    let scored = q.items.iter().filter(|(_, s)| *s).count() as i64;
    let intro = I18N.tr_args(
        page.lang,
        if q.hackathon.phase == Phase::Judging {
            "hackathon-jury-intro"
        } else {
            "hackathon-jury-intro-closed"
        },
        &[
            ("scored", Arg::Num(scored)),
            ("count", Arg::Num(q.items.len() as i64)),
        ],
    );
    let groups = q
        .challenges
        .iter()
        .map(|c| {
            (
                localized(&c.title, page.lang),
                q.items
                    .iter()
                    .filter(|(t, _)| t.challenge_id == c.id)
                    .map(|(t, s)| {
                        (
                            t.name.clone(),
                            page.href(&format!("{}/jury/{}", base(year), t.id)),
                            *s,
                        )
                    })
                    .collect(),
            )
        })
        .collect();
    render(&JuryPage {
        intro,
        groups,
        back: page.href(&base(year)),
        page,
    })
}

/// A criterion's score field as the review form shows it.
pub struct ScoreField {
    pub name: &'static str,
    pub label: String,
    pub text: String,
    pub value: String,
    pub comment: String,
    pub error: Option<String>,
}

#[derive(Template)]
#[template(path = "hackathon/review.html")]
struct ReviewPage {
    page: Page,
    challenge: Localized,
    members: String,
    project: ProjectView,
    open: bool,
    action: String,
    conflict: String,
    scores: Vec<ScoreField>,
    values: Vec<String>,
    conflict_error: Option<String>,
    summary: Vec<String>,
    back: String,
}

enum Reviewed<'a> {
    None,
    Scores(&'a service::ScoreInput, &'a FieldErrors),
    Conflict(&'a FieldErrors),
}

async fn review_page(
    ctx: &Ctx,
    state: &AppState,
    user: &User,
    year: i64,
    team: i64,
    posted: Reviewed<'_>,
) -> AppResult<Response> {
    let r = service::review(&state.app, principal(user), year, team).await?;
    let mut page = Page::new(ctx, "hackathon-title", "prizes");
    page.title = I18N.tr_args(
        page.lang,
        "hackathon-review-title",
        &[("team", Arg::from(r.team.name.as_str()))],
    );
    let lang = page.lang;
    let (typed, errors) = match &posted {
        Reviewed::Scores(i, e) => (Some(*i), Some(*e)),
        _ => (None, None),
    };
    let scores = CRITERIA
        .iter()
        .map(|c| {
            let saved = r.scores.get(*c);
            ScoreField {
                name: c,
                label: page.t(&format!("hackathon-criterion-{c}")),
                text: page.t(&format!("hackathon-criterion-{c}-text")),
                value: typed
                    .and_then(|i| i.get(*c).cloned())
                    .or_else(|| saved.map(|s| s.0.to_string()))
                    .unwrap_or_default(),
                comment: typed
                    .and_then(|i| i.get(&format!("{c}-comment")).cloned())
                    .or_else(|| saved.map(|s| s.1.clone()))
                    .unwrap_or_default(),
                error: errors.and_then(|e| e.for_field(c)).map(|k| page.t(k)),
            }
        })
        .collect();
    let summary = errors
        .map(|e| e.0.iter().map(|x| page.t(x.key)).collect())
        .unwrap_or_default();
    let b = base(year);
    render_with_status(
        &ReviewPage {
            challenge: localized(&r.challenge.title, lang),
            members: r
                .members
                .iter()
                .map(|(_, n)| n.as_str())
                .collect::<Vec<_>>()
                .join(&page.t("list-separator")),
            project: project_view(&page, year, team, &r.project, &r.files, false),
            open: r.hackathon.phase == Phase::Judging,
            action: page.href(&format!("{b}/jury/{team}")),
            conflict: page.href(&format!("{b}/jury/{team}/conflict")),
            scores,
            values: SCORE_RANGE.map(|s| s.to_string()).collect(),
            conflict_error: match &posted {
                Reviewed::Conflict(e) => e.0.first().map(|x| page.t(x.key)),
                _ => None,
            },
            summary,
            back: page.href(&format!("{b}/jury")),
            page,
        },
        status_of(!matches!(posted, Reviewed::None)),
    )
}

pub async fn review(
    SignedIn(ctx, user): SignedIn,
    State(state): State<AppState>,
    Path((_, year, team)): Path<(String, String, i64)>,
) -> AppResult<Response> {
    let year = year_of(&year)?;
    review_page(&ctx, &state, &user, year, team, Reviewed::None).await
}

pub async fn score(
    SignedIn(ctx, user): SignedIn,
    State(state): State<AppState>,
    Path((_, year, team)): Path<(String, String, i64)>,
    CsrfForm(f): CsrfForm<Vec<(String, String)>>,
) -> AppResult<Response> {
    let year = year_of(&year)?;
    let input: service::ScoreInput = f.into_iter().filter(|(k, _)| k != "csrf").collect();
    match service::score(&state.app, principal(&user), year, team, &input).await {
        Ok(()) => Ok(Redirect::to(&format!(
            "/{}{}/jury?notice=hackathon-scored",
            ctx.lang.code(),
            base(year)
        ))
        .into_response()),
        Err(ServiceError::Fields(e)) => {
            review_page(
                &ctx,
                &state,
                &user,
                year,
                team,
                Reviewed::Scores(&input, &e),
            )
            .await
        }
        Err(e) => Err(e.into()),
    }
}

#[derive(Debug, Clone, Default, serde::Deserialize)]
pub struct ConflictForm {
    #[serde(default)]
    pub reason: String,
}

pub async fn conflict(
    SignedIn(ctx, user): SignedIn,
    State(state): State<AppState>,
    Path((_, year, team)): Path<(String, String, i64)>,
    CsrfForm(f): CsrfForm<ConflictForm>,
) -> AppResult<Response> {
    let year = year_of(&year)?;
    match service::declare_conflict(&state.app, principal(&user), year, team, &f.reason).await {
        Ok(()) => Ok(redirect(&ctx, &format!("{}/jury", base(year)))),
        Err(ServiceError::Fields(e)) => {
            review_page(&ctx, &state, &user, year, team, Reviewed::Conflict(&e)).await
        }
        Err(e) => Err(e.into()),
    }
}

// -------------------------------------------------------------------- manage

/// A team in the secretariat's ranking.
pub struct RankRow {
    pub team: TeamItem,
    pub mean: String,
    pub spread: String,
    pub jurors: i64,
}

#[derive(Template)]
#[template(path = "hackathon/manage.html")]
struct ManagePage {
    page: Page,
    settings: FormView,
    challenge_form: FormView,
    /// (title, page, edit)
    challenges: Vec<(Localized, String, String)>,
    jurors: Vec<(String, String)>,
    juror_form: FormView,
    juror_remove: String,
    /// (challenge, ranked teams)
    ranking: Vec<(Localized, Vec<RankRow>)>,
    /// (team, juror, reason)
    conflicts: Vec<(String, String, String)>,
    winners: Option<FormView>,
    back: String,
}

#[derive(Debug, Default, serde::Deserialize)]
pub struct JurorForm {
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub remove: String,
}

enum Posted<'a> {
    None,
    Settings(&'a SettingsForm, &'a FieldErrors),
    Challenge(&'a ChallengeForm, &'a FieldErrors),
    Juror(&'a JurorForm, &'a FieldErrors),
    Winners(&'a BTreeMap<i64, String>, &'a FieldErrors),
}

async fn manage_page(
    ctx: &Ctx,
    state: &AppState,
    user: &User,
    year: i64,
    posted: Posted<'_>,
) -> AppResult<Response> {
    let who = principal(user);
    let r = service::ranking(&state.app, who, year).await?;
    let jurors = service::jurors(&state.app, who, year).await?;
    let o = &r.overview;
    let mut page = Page::new(ctx, "hackathon-title", "prizes");
    page.title = I18N.tr_args(
        page.lang,
        "hackathon-manage-title",
        &[("year", Arg::from(y(year).as_str()))],
    );
    let lang = page.lang;
    let b = base(year);
    let settings = match &posted {
        Posted::Settings(f, e) => settings_form(&page, &format!("{b}/manage"), false, f, Some(e)),
        _ => settings_form(
            &page,
            &format!("{b}/manage"),
            false,
            &SettingsForm::of(&o.hackathon),
            None,
        ),
    };
    let challenge_form = match &posted {
        Posted::Challenge(f, e) => {
            challenge_form(&page, &format!("{b}/challenges"), true, f, Some(e))
        }
        _ => challenge_form(
            &page,
            &format!("{b}/challenges"),
            true,
            &ChallengeForm::default(),
            None,
        ),
    };
    let mut juror_form = FormView::new(
        &page,
        "jurors",
        &format!("{b}/jurors"),
        "hackathon-juror-add",
        vec![
            Field::new(lang, "email", "hackathon-field-juror-email", "email")
                .required()
                .value(match &posted {
                    Posted::Juror(f, _) => f.email.as_str(),
                    _ => "",
                }),
        ],
    )
    .heading(&page, "hackathon-jurors-heading");
    if let Posted::Juror(_, e) = &posted {
        juror_form = juror_form.errors(lang, e);
    }
    let team_name = |id: i64| o.team(id).map(|t| t.name.clone()).unwrap_or_default();
    let ranking: Vec<(Localized, Vec<RankRow>)> = r
        .ranked
        .iter()
        .filter_map(|(c, rows)| {
            let ch = o.challenge(*c)?;
            Some((
                localized(&ch.title, lang),
                rows.iter()
                    .filter_map(|x| {
                        let t = o.team(x.team)?;
                        Some(RankRow {
                            team: team_item(&page, year, t),
                            mean: x
                                .mean
                                .map(|m| wsis_i18n::format_decimal1(lang, m))
                                .unwrap_or_else(|| "–".to_owned()),
                            spread: match (x.low, x.high) {
                                (Some(l), Some(h)) => format!("{l}–{h}"),
                                _ => "–".to_owned(),
                            },
                            jurors: x.jurors,
                        })
                    })
                    .collect(),
            ))
        })
        .collect();
    let winners = (o.hackathon.phase == Phase::Judging
        && r.ranked.iter().any(|(_, v)| !v.is_empty()))
    .then(|| {
        let typed = match &posted {
            Posted::Winners(w, _) => Some(*w),
            _ => None,
        };
        let fields = r
            .ranked
            .iter()
            .filter(|(_, rows)| !rows.is_empty())
            .filter_map(|(c, rows)| {
                let ch = o.challenge(*c)?;
                let value = typed
                    .and_then(|w| w.get(c).cloned())
                    .or_else(|| o.winners.get(c).map(|t| t.to_string()))
                    .unwrap_or_default();
                let mut f = Field::new(lang, "winner", "hackathon-field-winner", "select")
                    .named(format!("winner-{c}"))
                    .value(value)
                    .choices(rows.iter().map(|x| (x.team.to_string(), team_name(x.team))));
                f.label = text_in(&ch.title, lang).0.to_owned();
                Some(f)
            })
            .collect();
        let mut form = FormView::new(
            &page,
            "winners",
            &format!("{b}/winners"),
            "hackathon-winners-save",
            fields,
        )
        .heading(&page, "hackathon-winners-heading");
        if let Posted::Winners(_, e) = &posted {
            form = form.errors(lang, e);
        }
        form
    });
    render_with_status(
        &ManagePage {
            settings,
            challenge_form,
            challenges: o
                .challenges
                .iter()
                .map(|c| {
                    (
                        localized(&c.title, lang),
                        page.href(&format!("{b}/challenges/{}", c.id)),
                        page.href(&format!("{b}/challenges/{}/edit", c.id)),
                    )
                })
                .collect(),
            jurors: jurors.into_iter().map(|(_, n, e)| (n, e)).collect(),
            juror_form,
            juror_remove: page.href(&format!("{b}/jurors")),
            ranking,
            conflicts: r
                .conflicts
                .iter()
                .map(|(t, j, reason)| (team_name(*t), j.clone(), reason.clone()))
                .collect(),
            winners,
            back: page.href(&b),
            page,
        },
        status_of(!matches!(posted, Posted::None)),
    )
}

pub async fn manage(
    WithRole(ctx, user, _): WithRole<Secretariat>,
    State(state): State<AppState>,
    Path((_, year)): Path<(String, String)>,
) -> AppResult<Response> {
    let year = year_of(&year)?;
    manage_page(&ctx, &state, &user, year, Posted::None).await
}

fn saved(ctx: &Ctx, year: i64) -> Response {
    Redirect::to(&format!(
        "/{}{}/manage?notice=hackathon-saved",
        ctx.lang.code(),
        base(year)
    ))
    .into_response()
}

pub async fn save_settings(
    WithRole(ctx, user, _): WithRole<Secretariat>,
    State(state): State<AppState>,
    Path((_, year)): Path<(String, String)>,
    CsrfForm(f): CsrfForm<SettingsForm>,
) -> AppResult<Response> {
    let year = year_of(&year)?;
    match service::save_hackathon(&state.app, principal(&user), year, &f.input()).await {
        Ok(()) => Ok(saved(&ctx, year)),
        Err(ServiceError::Fields(e)) => {
            manage_page(&ctx, &state, &user, year, Posted::Settings(&f, &e)).await
        }
        Err(e) => Err(e.into()),
    }
}

pub async fn set_juror(
    WithRole(ctx, user, _): WithRole<Secretariat>,
    State(state): State<AppState>,
    Path((_, year)): Path<(String, String)>,
    CsrfForm(f): CsrfForm<JurorForm>,
) -> AppResult<Response> {
    let year = year_of(&year)?;
    let add = f.remove.is_empty();
    match service::set_juror(&state.app, principal(&user), year, &f.email, add).await {
        Ok(()) => Ok(saved(&ctx, year)),
        Err(ServiceError::Fields(e)) => {
            manage_page(&ctx, &state, &user, year, Posted::Juror(&f, &e)).await
        }
        Err(e) => Err(e.into()),
    }
}

pub async fn choose_winners(
    WithRole(ctx, user, _): WithRole<Secretariat>,
    State(state): State<AppState>,
    Path((_, year)): Path<(String, String)>,
    CsrfForm(f): CsrfForm<Vec<(String, String)>>,
) -> AppResult<Response> {
    let year = year_of(&year)?;
    let mut picks = BTreeMap::new();
    for (k, v) in f {
        if let Some(c) = k.strip_prefix("winner-") {
            let c: i64 = c
                .parse()
                .map_err(|_| AppError::BadRequest("invalid_form"))?;
            if picks.len() >= 100 {
                return Err(AppError::BadRequest("invalid_form"));
            }
            picks.insert(c, v);
        }
    }
    match service::choose_winners(&state.app, principal(&user), year, &picks).await {
        Ok(()) => Ok(saved(&ctx, year)),
        Err(ServiceError::Fields(e)) => {
            manage_page(&ctx, &state, &user, year, Posted::Winners(&picks, &e)).await
        }
        Err(e) => Err(e.into()),
    }
}

// ----------------------------------------------------------------------- API

/// A text in each language it has (codes ar, en, es, fr, ru, zh; en always).
pub type ApiTexts = BTreeMap<String, String>;

/// A team of the edition.
#[derive(serde::Serialize, utoipa::ToSchema)]
pub struct ApiTeam {
    pub id: i64,
    pub name: String,
    pub members: i64,
    /// Whether it submitted a project
    pub submitted: bool,
}

/// A winning project (public once the winners are announced).
#[derive(serde::Serialize, utoipa::ToSchema)]
pub struct ApiProject {
    pub team: i64,
    pub title: String,
    pub summary: String,
    pub repo_url: String,
    /// Empty when the team gave none
    pub video_url: String,
    pub members: Vec<String>,
}

#[derive(serde::Serialize, utoipa::ToSchema)]
pub struct ApiChallenge {
    pub id: i64,
    pub title: ApiTexts,
    pub description: ApiTexts,
    pub partners: Vec<String>,
    pub teams: Vec<ApiTeam>,
    /// The winning project, once announced
    pub winner: Option<ApiProject>,
}

/// An edition of the Hackathon.
#[derive(serde::Serialize, utoipa::ToSchema)]
pub struct ApiHackathon {
    pub year: i64,
    pub title: ApiTexts,
    /// upcoming, open, judging or announced
    pub phase: String,
    /// RFC 3339, UTC
    pub opens_at: String,
    pub closes_at: String,
    pub announced_at: String,
    pub team_min: i64,
    pub team_max: i64,
    /// The criteria the jury scores, each 1–10
    pub criteria: Vec<String>,
    pub challenges: Vec<ApiChallenge>,
}

fn rfc3339(t: i64) -> String {
    jiff::Timestamp::from_second(t)
        .map(|x| x.to_string())
        .unwrap_or_default()
}

#[utoipa::path(get, path = "/api/v1/hackathon/{year}", tag = "hackathon",
    params(("year" = i64, Path, description = "Edition")),
    responses((status = 200, description = "The edition: its challenges, teams and (once announced) winning projects", body = ApiHackathon),
        (status = 304, description = "Not modified: the ETag sent in If-None-Match is still current"),
        (status = 400, description = "A malformed path (`bad_request`)", body = crate::api::ErrorBody),
        (status = 404, description = "No such edition (`not_found`)", body = crate::api::ErrorBody)))]
pub async fn api_hackathon(
    State(state): State<AppState>,
    Path(year): Path<i64>,
) -> AppResult<axum::Json<ApiHackathon>> {
    let o = service::overview(&state.app, None, year).await?;
    let h = &o.hackathon;
    let mut challenges = Vec::new();
    for c in &o.challenges {
        let winner = match o.winners.get(&c.id) {
            Some(t) => {
                let page = service::team(&state.app, None, year, *t).await?;
                page.project.map(|(p, _)| ApiProject {
                    team: *t,
                    title: p.title,
                    summary: p.summary,
                    repo_url: p.repo_url,
                    video_url: p.video_url,
                    members: page.members.into_iter().map(|(_, n)| n).collect(),
                })
            }
            None => None,
        };
        challenges.push(ApiChallenge {
            id: c.id,
            title: c.title.clone(),
            description: c.description.clone(),
            partners: c.partners.clone(),
            teams: o
                .teams
                .iter()
                .filter(|t| t.challenge_id == c.id)
                .map(|t| ApiTeam {
                    id: t.id,
                    name: t.name.clone(),
                    members: t.members,
                    submitted: t.submitted > 0,
                })
                .collect(),
            winner,
        });
    }
    Ok(axum::Json(ApiHackathon {
        year,
        title: h.title.clone(),
        phase: h.phase.key().to_owned(),
        opens_at: rfc3339(h.schedule.opens_at),
        closes_at: rfc3339(h.schedule.closes_at),
        announced_at: rfc3339(h.schedule.announced_at),
        team_min: h.team_min,
        team_max: h.team_max,
        criteria: CRITERIA.iter().map(|c| (*c).to_owned()).collect(),
        challenges,
    }))
}
