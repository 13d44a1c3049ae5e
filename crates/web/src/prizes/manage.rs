//! The secretariat's pages: an edition's dates, its experts, the ranking of the
//! submissions with nominate/decline and the publication of the nominees, the vote's
//! running totals, the fraud queue (scan, decide, void a voter), the audit log, and
//! the block list of disposable e-mail domains.

use super::{category_title, principal, year_of};
use crate::I18N;
use crate::csrf::CsrfForm;
use crate::ctx::{Ctx, Secretariat, WithRole};
use crate::error::{AppError, AppResult};
use crate::forms::{Field, apply_errors};
use crate::pages::account::FormView;
use crate::pages::{Page, render, render_with_status};
use crate::state::AppState;
use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use wsis_app::ServiceError;
use wsis_app::prizes::{self as service, fraud, review};
use wsis_domain::FieldErrors;
use wsis_domain::prizes::{CATEGORY_COUNT, Schedule, status};
use wsis_i18n::{Arg, format_datetime};

type Sec = WithRole<Secretariat>;

// ------------------------------------------------------------- the dates

/// The dates of an edition as typed (`YYYY-MM-DD`, 00:00 UTC).
#[derive(serde::Deserialize, Default, Clone)]
pub struct EditionForm {
    #[serde(default)]
    pub year: String,
    #[serde(default)]
    pub submission_opens: String,
    #[serde(default)]
    pub submission_closes: String,
    #[serde(default)]
    pub voting_opens: String,
    #[serde(default)]
    pub voting_closes: String,
    #[serde(default)]
    pub announced_at: String,
    #[serde(default)]
    pub require_all: String,
}

const DATE_FIELDS: [(&str, &str); 5] = [
    ("submission_opens", "prize-field-submission-opens"),
    ("submission_closes", "prize-field-submission-closes"),
    ("voting_opens", "prize-field-voting-opens"),
    ("voting_closes", "prize-field-voting-closes"),
    ("announced_at", "prize-field-announced-at"),
];

pub(crate) fn ymd(t: i64) -> String {
    jiff::Timestamp::from_second(t)
        .map(|ts| {
            let z = ts.to_zoned_datetime(jiff::tz::TimeZone::UTC);
            format!("{:04}-{:02}-{:02}", z.year(), z.month(), z.day())
        })
        .unwrap_or_default()
}

/// `YYYY-MM-DD` (a real date) as 00:00 UTC.
pub(crate) fn parse_ymd(s: &str) -> Option<i64> {
    let d = jiff::civil::Date::strptime("%Y-%m-%d", s.trim()).ok()?;
    Some(wsis_domain::prizes::utc_midnight(
        i64::from(d.year()),
        i64::from(d.month()),
        i64::from(d.day()),
    ))
}

impl EditionForm {
    fn of(e: &service::Edition) -> EditionForm {
        let s = &e.schedule;
        EditionForm {
            year: e.year.to_string(),
            submission_opens: ymd(s.submission_opens),
            submission_closes: ymd(s.submission_closes),
            voting_opens: ymd(s.voting_opens),
            voting_closes: ymd(s.voting_closes),
            announced_at: ymd(s.announced_at),
            require_all: if e.require_all {
                "1".into()
            } else {
                String::new()
            },
        }
    }

    fn value(&self, field: &str) -> &str {
        match field {
            "submission_opens" => &self.submission_opens,
            "submission_closes" => &self.submission_closes,
            "voting_opens" => &self.voting_opens,
            "voting_closes" => &self.voting_closes,
            _ => &self.announced_at,
        }
    }

    /// The schedule, or each field's error.
    fn parse(&self) -> Result<(Schedule, bool), FieldErrors> {
        let mut errors = FieldErrors::new();
        let mut dates = [0i64; 5];
        for (i, (f, _)) in DATE_FIELDS.iter().enumerate() {
            match parse_ymd(self.value(f)) {
                Some(t) => dates[i] = t,
                None => errors.add(f, "prize-date-invalid"),
            }
        }
        errors.into_result()?;
        Ok((Schedule::parse(dates)?, !self.require_all.is_empty()))
    }
}

/// The form of an edition's dates (a new one when `edition` is None).
pub(crate) fn edition_form(
    page: &Page,
    action: &str,
    edition: Option<&service::Edition>,
    posted: Option<(&EditionForm, &FieldErrors)>,
) -> FormView {
    let lang = page.lang;
    let values = match (posted, edition) {
        (Some((f, _)), _) => f.clone(),
        (None, Some(e)) => EditionForm::of(e),
        (None, None) => EditionForm::default(),
    };
    let mut fields = Vec::new();
    if edition.is_none() {
        fields.push(
            Field::new(lang, "year", "prize-field-year", "number")
                .required()
                .value(&values.year),
        );
    }
    for (f, label) in DATE_FIELDS {
        fields.push(
            Field::new(lang, f, label, "date")
                .required()
                .value(values.value(f)),
        );
    }
    fields.push(
        Field::new(lang, "require_all", "prize-field-require-all", "checkboxes").checkboxes([(
            "1".to_owned(),
            page.t("prize-rule-all-categories"),
            !values.require_all.is_empty(),
        )]),
    );
    let summary = posted
        .map(|(_, e)| apply_errors(lang, &mut fields, e))
        .unwrap_or_default();
    let mut form = FormView::new(
        page,
        "edition",
        action,
        if edition.is_some() {
            "prize-save-dates"
        } else {
            "prize-create-edition"
        },
        fields,
    );
    form.heading = Some(page.t(if edition.is_some() {
        "prize-dates-heading"
    } else {
        "prize-new-edition"
    }));
    form.summary = summary;
    form
}

/// `POST /{lang}/prizes`: creates an edition.
pub async fn create_edition(
    WithRole(ctx, user, _): Sec,
    State(state): State<AppState>,
    CsrfForm(f): CsrfForm<EditionForm>,
) -> AppResult<Response> {
    let year: Option<i64> = f.year.trim().parse().ok();
    let parsed = f.parse();
    let result = match (year, parsed) {
        (Some(y), Ok((s, all))) => service::create_edition(&state.app, principal(&user), y, s, all)
            .await
            .map(|_| y),
        (y, p) => {
            let mut e = p.err().unwrap_or_default();
            if y.is_none() {
                e.add("year", "prize-year-invalid");
            }
            Err(ServiceError::Fields(e))
        }
    };
    match result {
        Ok(y) => Ok(Redirect::to(&format!(
            "/{}/prizes/{y}/manage?notice=prize-edition-saved",
            ctx.lang.code()
        ))
        .into_response()),
        Err(ServiceError::Fields(e)) => super::index_page(&ctx, &state, Some((&f, &e))).await,
        Err(e) => Err(e.into()),
    }
}

// ------------------------------------------------------------ manage page

struct RankRow {
    id: i64,
    category: String,
    title: String,
    href: String,
    mean: String,
    spread: String,
    status: String,
    decidable: bool,
}

#[derive(Template)]
#[template(path = "prizes/manage.html")]
struct ManagePage {
    page: Page,
    back: String,
    totals: String,
    dates: FormView,
    experts_form: FormView,
    /// (category, name, e-mail)
    experts: Vec<(String, String, String, String)>,
    ranking: Vec<RankRow>,
    publish_action: Option<String>,
    decide_action: String,
    expert_action: String,
    links: Vec<(String, String)>,
}

async fn manage_page(
    ctx: &Ctx,
    state: &AppState,
    user: &wsis_app::accounts::User,
    year: i64,
    dates_posted: Option<(&EditionForm, &FieldErrors)>,
    expert_posted: Option<(&ExpertForm, &FieldErrors)>,
) -> AppResult<Response> {
    let lang = ctx.lang;
    let who = principal(user);
    let (e, ranked) = review::ranking(&state.app, who, year).await?;
    let experts = review::experts(&state.app, who, year).await?;
    let (counted, voided, voters) = fraud::totals(&state.app, who, year).await?;
    let mut page = Page::new(ctx, "prize-manage-link", "prizes");
    page.title = I18N.tr_args(
        lang,
        "prize-manage-title",
        &[("year", Arg::from(year.to_string().as_str()))],
    );
    let base = format!("/prizes/{year}");
    let mut ef = vec![
        Field::new(lang, "category", "prize-field-category", "select")
            .required()
            .value(
                expert_posted
                    .map(|p| p.0.category.clone())
                    .unwrap_or_default(),
            )
            .choices(
                (1..=i64::from(CATEGORY_COUNT)).map(|n| (n.to_string(), category_title(n, lang))),
            ),
        Field::new(lang, "email", "field-email", "email")
            .required()
            .value(expert_posted.map(|p| p.0.email.clone()).unwrap_or_default()),
    ];
    let summary = expert_posted
        .map(|(_, e)| apply_errors(lang, &mut ef, e))
        .unwrap_or_default();
    let mut experts_form = FormView::new(
        &page,
        "expert",
        &format!("{base}/manage/experts"),
        "prize-add-expert",
        ef,
    );
    experts_form.heading = Some(page.t("prize-add-expert"));
    experts_form.summary = summary;
    let status = if dates_posted.is_some() || expert_posted.is_some() {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    render_with_status(
        &ManagePage {
            back: page.href(&base),
            totals: I18N.tr_args(
                lang,
                "prize-vote-totals",
                &[
                    ("count", Arg::Num(counted)),
                    ("voided", Arg::Num(voided)),
                    ("voters", Arg::Num(voters)),
                ],
            ),
            dates: edition_form(&page, &format!("{base}/manage"), Some(&e), dates_posted),
            experts_form,
            experts: experts
                .into_iter()
                .map(|x| {
                    (
                        category_title(x.category, lang),
                        x.name,
                        x.email,
                        x.category.to_string(),
                    )
                })
                .collect(),
            ranking: ranked
                .into_iter()
                .map(|r| RankRow {
                    id: r.submission.id,
                    category: category_title(r.submission.category, lang),
                    href: page.href(&format!("{base}/submissions/{}", r.submission.id)),
                    title: r.submission.title.clone(),
                    mean: r
                        .mean
                        .map(|m| wsis_i18n::format_decimal1(lang, m))
                        .unwrap_or_else(|| "–".into()),
                    spread: match (r.low, r.high) {
                        (Some(l), Some(h)) => I18N.tr_args(
                            lang,
                            "prize-spread",
                            &[
                                ("low", Arg::Num(l)),
                                ("high", Arg::Num(h)),
                                ("experts", Arg::Num(r.experts as i64)),
                            ],
                        ),
                        _ => page.t("prize-not-scored"),
                    },
                    status: page.t(&format!("prize-status-{}", r.submission.status)),
                    decidable: !e.nominees_published && r.submission.status != status::DRAFT,
                })
                .collect(),
            publish_action: (!e.nominees_published)
                .then(|| page.href(&format!("{base}/manage/publish-nominees"))),
            decide_action: page.href(&format!("{base}/manage/decide")),
            expert_action: page.href(&format!("{base}/manage/experts")),
            links: vec![
                (
                    page.href(&format!("{base}/fraud")),
                    page.t("prize-fraud-link"),
                ),
                (
                    page.href(&format!("{base}/audit")),
                    page.t("prize-audit-link"),
                ),
                (
                    page.href("/prizes/blocked-domains"),
                    page.t("prize-blocked-title"),
                ),
            ],
            page,
        },
        status,
    )
}

/// `GET /{lang}/prizes/{year}/manage`.
pub async fn manage(
    WithRole(ctx, user, _): Sec,
    State(state): State<AppState>,
    Path((_, year)): Path<(String, String)>,
) -> AppResult<Response> {
    let year = year_of(&year)?;
    manage_page(&ctx, &state, &user, year, None, None).await
}

/// `POST /{lang}/prizes/{year}/manage`: changes the dates.
pub async fn save_dates(
    WithRole(ctx, user, _): Sec,
    State(state): State<AppState>,
    Path((_, year)): Path<(String, String)>,
    CsrfForm(f): CsrfForm<EditionForm>,
) -> AppResult<Response> {
    let year = year_of(&year)?;
    let result = match f.parse() {
        Ok((s, all)) => service::update_edition(&state.app, principal(&user), year, s, all).await,
        Err(e) => Err(ServiceError::Fields(e)),
    };
    match result {
        Ok(()) => Ok(Redirect::to(&format!(
            "/{}/prizes/{year}/manage?notice=prize-edition-saved",
            ctx.lang.code()
        ))
        .into_response()),
        Err(ServiceError::Fields(e)) => {
            manage_page(&ctx, &state, &user, year, Some((&f, &e)), None).await
        }
        Err(e) => Err(e.into()),
    }
}

#[derive(serde::Deserialize, Default, Clone)]
pub struct ExpertForm {
    #[serde(default)]
    category: String,
    #[serde(default)]
    email: String,
    #[serde(default)]
    remove: String,
}

/// `POST …/manage/experts`: appoints (or, with `remove`, removes) an expert.
pub async fn experts(
    WithRole(ctx, user, _): Sec,
    State(state): State<AppState>,
    Path((_, year)): Path<(String, String)>,
    CsrfForm(f): CsrfForm<ExpertForm>,
) -> AppResult<Response> {
    let year = year_of(&year)?;
    let add = f.remove.is_empty();
    match review::set_expert(
        &state.app,
        principal(&user),
        year,
        &f.category,
        &f.email,
        add,
    )
    .await
    {
        Ok(()) => Ok(Redirect::to(&format!(
            "/{}/prizes/{year}/manage?notice=prize-experts-saved#experts",
            ctx.lang.code()
        ))
        .into_response()),
        Err(ServiceError::Fields(e)) => {
            manage_page(&ctx, &state, &user, year, None, Some((&f, &e))).await
        }
        Err(e) => Err(e.into()),
    }
}

#[derive(serde::Deserialize)]
pub struct DecideForm {
    #[serde(default)]
    submission: String,
    #[serde(default)]
    decision: String,
}

/// `POST …/manage/decide`: nominates or declines a submission.
pub async fn decide(
    WithRole(ctx, user, _): Sec,
    State(state): State<AppState>,
    Path((_, year)): Path<(String, String)>,
    CsrfForm(f): CsrfForm<DecideForm>,
) -> AppResult<Response> {
    let year = year_of(&year)?;
    let id: i64 = f
        .submission
        .trim()
        .parse()
        .map_err(|_| AppError::BadRequest("invalid_form"))?;
    let nominate = match f.decision.as_str() {
        "nominate" => true,
        "decline" => false,
        _ => return Err(AppError::BadRequest("invalid_form")),
    };
    review::decide(&state.app, principal(&user), year, id, nominate).await?;
    Ok(Redirect::to(&format!(
        "/{}/prizes/{year}/manage?notice=prize-decision-saved#ranking",
        ctx.lang.code()
    ))
    .into_response())
}

/// `POST …/manage/publish-nominees`.
pub async fn publish_nominees(
    WithRole(ctx, user, _): Sec,
    State(state): State<AppState>,
    Path((_, year)): Path<(String, String)>,
    CsrfForm(_): CsrfForm<Vec<(String, String)>>,
) -> AppResult<Response> {
    let year = year_of(&year)?;
    review::publish_nominees(&state.app, principal(&user), year).await?;
    Ok(Redirect::to(&format!(
        "/{}/prizes/{year}/manage?notice=prize-nominees-published",
        ctx.lang.code()
    ))
    .into_response())
}

// ------------------------------------------------------------------ fraud

struct SuspicionView {
    id: i64,
    kind: String,
    subject: String,
    detail: String,
    voters: String,
    found: String,
    decided: Option<String>,
}

#[derive(Template)]
#[template(path = "prizes/fraud.html")]
struct FraudPage {
    page: Page,
    back: String,
    scan_action: String,
    decide_base: String,
    void_form: FormView,
    pending: Vec<SuspicionView>,
    decided: Vec<SuspicionView>,
}

async fn fraud_page(
    ctx: &Ctx,
    state: &AppState,
    user: &wsis_app::accounts::User,
    year: i64,
    void_posted: Option<(&VoidForm, &FieldErrors)>,
) -> AppResult<Response> {
    let lang = ctx.lang;
    let list = fraud::suspicions(&state.app, principal(user), year).await?;
    let mut page = Page::new(ctx, "prize-fraud-link", "prizes");
    page.title = I18N.tr_args(
        lang,
        "prize-fraud-title",
        &[("year", Arg::from(year.to_string().as_str()))],
    );
    let base = format!("/prizes/{year}");
    let utc = jiff::tz::TimeZone::UTC;
    let (decided, pending): (Vec<_>, Vec<_>) = list
        .into_iter()
        .map(|s| SuspicionView {
            id: s.id,
            kind: page.t(&format!("prize-suspicion-{}", s.kind)),
            subject: s.subject,
            detail: s.detail,
            voters: page.tn(
                "prize-accounts-count",
                "count",
                s.voters.split(',').filter(|v| !v.is_empty()).count() as i64,
            ),
            found: format_datetime(lang, s.found_at, &utc),
            decided: s.decision.map(|d| page.t(&format!("prize-decision-{d}"))),
        })
        .partition(|s| s.decided.is_some());
    let mut vf = vec![
        Field::new(lang, "voter", "prize-field-voter", "number")
            .required()
            .value(void_posted.map(|p| p.0.voter.clone()).unwrap_or_default()),
        Field::new(lang, "reason", "prize-field-reason", "text")
            .required()
            .value(void_posted.map(|p| p.0.reason.clone()).unwrap_or_default()),
    ];
    let summary = void_posted
        .map(|(_, e)| apply_errors(lang, &mut vf, e))
        .unwrap_or_default();
    let mut void_form = FormView::new(
        &page,
        "void",
        &format!("{base}/fraud/void"),
        "prize-void-voter",
        vf,
    );
    void_form.heading = Some(page.t("prize-void-heading"));
    void_form.summary = summary;
    let status = if void_posted.is_some() {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    render_with_status(
        &FraudPage {
            back: page.href(&format!("{base}/manage")),
            scan_action: page.href(&format!("{base}/fraud/scan")),
            decide_base: page.href(&format!("{base}/fraud")),
            void_form,
            pending,
            decided,
            page,
        },
        status,
    )
}

/// `GET /{lang}/prizes/{year}/fraud`: the review queue.
pub async fn fraud_queue(
    WithRole(ctx, user, _): Sec,
    State(state): State<AppState>,
    Path((_, year)): Path<(String, String)>,
) -> AppResult<Response> {
    let year = year_of(&year)?;
    fraud_page(&ctx, &state, &user, year, None).await
}

/// `POST …/fraud/scan`: looks for new suspicious patterns now.
pub async fn scan(
    WithRole(ctx, _user, _): Sec,
    State(state): State<AppState>,
    Path((_, year)): Path<(String, String)>,
    CsrfForm(_): CsrfForm<Vec<(String, String)>>,
) -> AppResult<Response> {
    let year = year_of(&year)?;
    fraud::scan(&state.app, year).await?;
    Ok(Redirect::to(&format!(
        "/{}/prizes/{year}/fraud?notice=prize-scanned",
        ctx.lang.code()
    ))
    .into_response())
}

#[derive(serde::Deserialize)]
pub struct DecisionForm {
    #[serde(default)]
    decision: String,
    #[serde(default)]
    reason: String,
}

/// `POST …/fraud/{id}`: voids the votes a suspicion lists, or dismisses it.
pub async fn decide_suspicion(
    WithRole(ctx, user, _): Sec,
    State(state): State<AppState>,
    Path((_, year, id)): Path<(String, String, i64)>,
    CsrfForm(f): CsrfForm<DecisionForm>,
) -> AppResult<Response> {
    let year = year_of(&year)?;
    let void = match f.decision.as_str() {
        "void" => true,
        "dismiss" => false,
        _ => return Err(AppError::BadRequest("invalid_form")),
    };
    fraud::decide(&state.app, principal(&user), year, id, void, &f.reason).await?;
    Ok(Redirect::to(&format!(
        "/{}/prizes/{year}/fraud?notice=prize-decision-saved",
        ctx.lang.code()
    ))
    .into_response())
}

#[derive(serde::Deserialize, Clone)]
pub struct VoidForm {
    #[serde(default)]
    voter: String,
    #[serde(default)]
    reason: String,
}

/// `POST …/fraud/void`: voids one account's votes.
pub async fn void_voter(
    WithRole(ctx, user, _): Sec,
    State(state): State<AppState>,
    Path((_, year)): Path<(String, String)>,
    CsrfForm(f): CsrfForm<VoidForm>,
) -> AppResult<Response> {
    let year = year_of(&year)?;
    let result = match f.voter.trim().parse::<i64>() {
        Ok(v) => fraud::void_voter(&state.app, principal(&user), year, v, &f.reason).await,
        Err(_) => Err(ServiceError::field("voter", "prize-voter-unknown")),
    };
    match result {
        Ok(()) => Ok(Redirect::to(&format!(
            "/{}/prizes/{year}/fraud?notice=prize-voter-voided",
            ctx.lang.code()
        ))
        .into_response()),
        Err(ServiceError::Fields(e)) => fraud_page(&ctx, &state, &user, year, Some((&f, &e))).await,
        Err(e) => Err(e.into()),
    }
}

// ------------------------------------------------------------------ audit

#[derive(Template)]
#[template(path = "prizes/audit.html")]
struct AuditPage {
    page: Page,
    back: String,
    /// (when, who, action, subject, reason)
    lines: Vec<(String, String, String, String, String)>,
}

/// `GET /{lang}/prizes/{year}/audit`.
pub async fn audit(
    WithRole(ctx, user, _): Sec,
    State(state): State<AppState>,
    Path((_, year)): Path<(String, String)>,
) -> AppResult<Response> {
    let year = year_of(&year)?;
    let lang = ctx.lang;
    let log = fraud::audit_log(&state.app, principal(&user), year).await?;
    let mut page = Page::new(&ctx, "prize-audit-link", "prizes");
    page.title = I18N.tr_args(
        lang,
        "prize-audit-title",
        &[("year", Arg::from(year.to_string().as_str()))],
    );
    let utc = jiff::tz::TimeZone::UTC;
    let platform = page.t("prize-actor-platform");
    render(&AuditPage {
        back: page.href(&format!("/prizes/{year}/manage")),
        lines: log
            .into_iter()
            .map(|l| {
                (
                    format_datetime(lang, l.at, &utc),
                    l.actor.unwrap_or_else(|| platform.clone()),
                    page.t(&format!("prize-audit-{}", l.action)),
                    l.subject,
                    l.reason,
                )
            })
            .collect(),
        page,
    })
}

// -------------------------------------------------------- blocked domains

#[derive(Template)]
#[template(path = "prizes/blocked.html")]
struct BlockedPage {
    page: Page,
    back: String,
    domains: Vec<String>,
    action: String,
    form: FormView,
}

async fn blocked_page(
    ctx: &Ctx,
    state: &AppState,
    user: &wsis_app::accounts::User,
    posted: Option<(&DomainForm, &FieldErrors)>,
) -> AppResult<Response> {
    let lang = ctx.lang;
    let domains = fraud::blocked_domains(&state.app, principal(user)).await?;
    let page = Page::new(ctx, "prize-blocked-title", "prizes");
    let mut fields = vec![
        Field::new(lang, "domain", "prize-field-domain", "text")
            .required()
            .value(posted.map(|p| p.0.domain.clone()).unwrap_or_default()),
    ];
    let summary = posted
        .map(|(_, e)| apply_errors(lang, &mut fields, e))
        .unwrap_or_default();
    let mut form = FormView::new(
        &page,
        "domain",
        "/prizes/blocked-domains",
        "prize-block-domain",
        fields,
    );
    form.heading = Some(page.t("prize-block-domain"));
    form.summary = summary;
    let status = if posted.is_some() {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    render_with_status(
        &BlockedPage {
            back: page.href("/prizes"),
            action: page.href("/prizes/blocked-domains"),
            domains,
            form,
            page,
        },
        status,
    )
}

/// `GET /{lang}/prizes/blocked-domains`.
pub async fn blocked(
    WithRole(ctx, user, _): Sec,
    State(state): State<AppState>,
) -> AppResult<Response> {
    blocked_page(&ctx, &state, &user, None).await
}

#[derive(serde::Deserialize, Clone)]
pub struct DomainForm {
    #[serde(default)]
    domain: String,
    #[serde(default)]
    remove: String,
}

/// `POST /{lang}/prizes/blocked-domains`: adds (or, with `remove`, removes) a domain.
pub async fn block(
    WithRole(ctx, user, _): Sec,
    State(state): State<AppState>,
    CsrfForm(f): CsrfForm<DomainForm>,
) -> AppResult<Response> {
    match fraud::set_blocked(&state.app, principal(&user), &f.domain, f.remove.is_empty()).await {
        Ok(()) => Ok(Redirect::to(&format!(
            "/{}/prizes/blocked-domains?notice=prize-domains-saved",
            ctx.lang.code()
        ))
        .into_response()),
        Err(ServiceError::Fields(e)) => blocked_page(&ctx, &state, &user, Some((&f, &e))).await,
        Err(e) => Err(e.into()),
    }
}
