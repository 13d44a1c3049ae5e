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
    if mine.is_none() {
        reg::note_start(&state.app, ed.id, AccountId::new(user.id)).await?;
    }
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

#[derive(Template)]
#[template(path = "forum/registrations.html")]
struct ListPage {
    page: Page,
    action: String,
    /// The filter form's controls: text, then selects.
    text: String,
    selects: Vec<crate::forum::agenda::Select>,
    needs: bool,
    count: String,
    rows: Vec<ListRow>,
    csv_href: String,
    bulk_action: String,
    /// The list's query, sent back by the forms on it.
    back: String,
    prev: Option<String>,
    next: Option<String>,
    check_in_href: String,
}

struct ListRow {
    id: i64,
    name: String,
    email: String,
    organisation: String,
    country: String,
    category: String,
    mode: String,
    status: String,
    pending: bool,
    accessibility: String,
    checked_in: String,
}

/// The list's filters as the query string names them.
#[derive(Debug, Default, Clone, serde::Deserialize, serde::Serialize)]
#[serde(default)]
pub struct ListQuery {
    #[serde(skip_serializing_if = "String::is_empty")]
    pub q: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub status: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub category: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub mode: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub country: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub needs: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub checked: String,
    #[serde(skip_serializing_if = "is_zero")]
    pub page: i64,
}

fn is_zero(n: &i64) -> bool {
    *n == 0
}

impl ListQuery {
    /// The filter these parameters mean: values outside each fixed set are dropped
    /// (the form offers only those), the text cut to 100 characters.
    pub fn filter(&self) -> reg::Filter {
        let known = |v: &str, ok: bool| (ok && !v.is_empty()).then(|| v.to_owned());
        reg::Filter {
            text: self.q.trim().chars().take(100).collect(),
            status: known(
                &self.status,
                RegistrationStatus::parse(&self.status).is_ok(),
            ),
            category: known(&self.category, Category::parse(&self.category).is_ok()),
            mode: known(
                &self.mode,
                wsis_domain::forum::AttendanceMode::parse(&self.mode).is_ok(),
            ),
            country: countries::country(&self.country).map(|c| c.alpha2.clone()),
            needs: self.needs == "1",
            checked_in: match self.checked.as_str() {
                "yes" => Some(true),
                "no" => Some(false),
                _ => None,
            },
        }
    }

    /// The same filters as a query string (`?…`, or empty), at `page`.
    pub(crate) fn query(&self, page: i64) -> String {
        let f = self.filter();
        let q = ListQuery {
            q: f.text.clone(),
            status: f.status.unwrap_or_default(),
            category: f.category.unwrap_or_default(),
            mode: f.mode.unwrap_or_default(),
            country: f.country.unwrap_or_default(),
            needs: if f.needs { "1".into() } else { String::new() },
            checked: match f.checked_in {
                Some(true) => "yes".into(),
                Some(false) => "no".into(),
                None => String::new(),
            },
            page,
        };
        match serde_urlencoded::to_string(&q) {
            Ok(s) if !s.is_empty() => format!("?{s}"),
            _ => String::new(),
        }
    }
}

/// The selects of the registrations' filters (status, category, participation,
/// country, check-in), each starting with "Any", the filter's values chosen: the
/// registrations list and the participants' messages share them.
pub(crate) fn filter_selects(
    lang: Language,
    filter: &reg::Filter,
) -> Vec<crate::forum::agenda::Select> {
    let t = |k: &str| I18N.tr(lang, k);
    let any = (String::new(), t("forum-filter-any"));
    let select = |name: &'static str,
                  label: &str,
                  items: Vec<(String, String)>,
                  current: &Option<String>| crate::forum::agenda::Select {
        name,
        label: t(label),
        options: std::iter::once(any.clone())
            .chain(items)
            .map(|(v, l)| {
                let selected = current.as_deref().unwrap_or("") == v;
                (v, l, selected)
            })
            .collect(),
    };
    let checked = filter
        .checked_in
        .map(|c| if c { "yes" } else { "no" }.to_owned());
    vec![
        select(
            "status",
            "registration-field-status",
            RegistrationStatus::ALL
                .iter()
                .map(|s| {
                    (
                        s.code().to_owned(),
                        t(&format!("registration-state-{}", s.code())),
                    )
                })
                .collect(),
            &filter.status,
        ),
        select(
            "category",
            "forum-register-category",
            Category::ALL
                .iter()
                .map(|c| {
                    (
                        c.code().to_owned(),
                        t(&format!("registration-category-{}", c.code())),
                    )
                })
                .collect(),
            &filter.category,
        ),
        select(
            "mode",
            "forum-register-mode",
            ["on-site", "remote"]
                .iter()
                .map(|m| (m.to_string(), t(&format!("attendance-{m}"))))
                .collect(),
            &filter.mode,
        ),
        select(
            "country",
            "field-country",
            country_choices(lang),
            &filter.country,
        ),
        select(
            "checked",
            "registration-field-checked-in",
            vec![
                ("yes".to_owned(), t("registration-checked-in-yes")),
                ("no".to_owned(), t("registration-checked-in-no")),
            ],
            &checked,
        ),
    ]
}

fn country_name(lang: Language, code: &str) -> String {
    countries::country(code)
        .map(|c| c.names.get(lang).clone())
        .unwrap_or_else(|| code.to_owned())
}

/// The secretariat's list of an edition's registrations: searched by name, e-mail or
/// organisation, filtered by status, category, participation, country, needs and
/// check-in; chosen ones approved or declined at once; exported as CSV.
pub async fn queue(
    WithRole(ctx, _, _): WithRole<Secretariat>,
    State(state): State<AppState>,
    Path((_, year)): Path<(String, i64)>,
    axum::extract::Query(query): axum::extract::Query<ListQuery>,
) -> AppResult<Response> {
    let ed = edition(&state.app, year).await?;
    let lang = ctx.lang;
    let t = |k: &str| I18N.tr(lang, k);
    let filter = query.filter();
    let (found, total) = reg::search(&state.app, ed.id, &filter, query.page).await?;
    let tz = super::service::venue_tz(&ed);
    let rows = found
        .into_iter()
        .map(|r| ListRow {
            id: r.id,
            country: country_name(lang, &r.country),
            category: t(&format!("registration-category-{}", r.category)),
            mode: t(&format!("attendance-{}", r.mode)),
            status: t(&format!("registration-state-{}", r.status)),
            pending: r.status == RegistrationStatus::Pending.code(),
            checked_in: r
                .checked_in_at
                .map(|at| format_datetime(lang, at, &tz))
                .unwrap_or_default(),
            name: r.name,
            email: r.email,
            organisation: r.organisation,
            accessibility: r.accessibility,
        })
        .collect::<Vec<_>>();
    let mut page = Page::new(&ctx, "forum-registrations-title", "forum");
    let y = year.to_string();
    page.title = I18N.tr_args(
        lang,
        "forum-registrations-of",
        &[("year", Arg::from(y.as_str()))],
    );
    let selects = filter_selects(lang, &filter);
    let page_no = query.page.clamp(0, 100_000);
    let base = format!("/{}/forum/{year}/manage/registrations", lang.code());
    let last = (total - 1).max(0) / reg::PAGE_SIZE;
    render(&ListPage {
        action: base.clone(),
        text: filter.text.clone(),
        selects,
        needs: filter.needs,
        count: I18N.tr_args(lang, "registration-count", &[("count", Arg::Num(total))]),
        rows,
        csv_href: format!("{base}.csv{}", query.query(0)),
        bulk_action: format!("{base}/bulk"),
        back: query.query(page_no).trim_start_matches('?').to_owned(),
        // Past the last page (after decisions moved rows out of the filter): back to
        // the last one.
        prev: (page_no > 0).then(|| format!("{base}{}", query.query((page_no - 1).min(last)))),
        next: (page_no < last).then(|| format!("{base}{}", query.query(page_no + 1))),
        check_in_href: format!("/{}/forum/{year}/check-in", lang.code()),
        page,
    })
}

/// The CSV of the registrations the list's filters let through (at most 5,000), for
/// the secretariat: headings in the page's language, then one row per registration.
pub async fn list_csv(
    WithRole(ctx, _, _): WithRole<Secretariat>,
    State(state): State<AppState>,
    Path((_, year)): Path<(String, i64)>,
    axum::extract::Query(query): axum::extract::Query<ListQuery>,
) -> AppResult<Response> {
    let ed = edition(&state.app, year).await?;
    let lang = ctx.lang;
    let t = |k: &str| I18N.tr(lang, k);
    let rows = reg::all_matching(&state.app, ed.id, &query.filter()).await?;
    let iso = |at: i64| {
        jiff::Timestamp::from_second(at)
            .map(|x| x.strftime("%Y-%m-%dT%H:%M:%SZ").to_string())
            .unwrap_or_default()
    };
    let header = [
        t("registration-field-name"),
        t("field-email"),
        t("registration-field-organisation"),
        t("field-country"),
        t("forum-register-category"),
        t("forum-register-mode"),
        t("registration-field-status"),
        t("forum-register-accessibility"),
        t("registration-field-registered"),
        t("registration-field-checked-in"),
    ];
    let body: Vec<Vec<String>> = rows
        .into_iter()
        .map(|r| {
            vec![
                r.name,
                r.email,
                r.organisation,
                country_name(lang, &r.country),
                t(&format!("registration-category-{}", r.category)),
                t(&format!("attendance-{}", r.mode)),
                t(&format!("registration-state-{}", r.status)),
                r.accessibility,
                iso(r.created_at),
                r.checked_in_at.map(iso).unwrap_or_default(),
            ]
        })
        .collect();
    let header: Vec<&str> = header.iter().map(String::as_str).collect();
    let csv = wsis_app::csv_out::to_csv(&header, &body)
        .map_err(|e| AppError::Internal(format!("registrations csv: {e}")))?;
    Ok((
        [
            (
                axum::http::header::CONTENT_TYPE,
                "text/csv; charset=utf-8".to_owned(),
            ),
            (
                axum::http::header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"wsis-forum-{year}-registrations.csv\""),
            ),
            (
                axum::http::header::CACHE_CONTROL,
                "private, no-store".to_owned(),
            ),
        ],
        csv,
    )
        .into_response())
}

/// Approves or declines the chosen registrations of the list, then goes back to it
/// (same filters and page) with what happened.
pub async fn bulk(
    WithRole(ctx, _, _): WithRole<Secretariat>,
    State(state): State<AppState>,
    Path((_, year)): Path<(String, i64)>,
    CsrfForm(pairs): CsrfForm<Vec<(String, String)>>,
) -> AppResult<Response> {
    let ed = edition(&state.app, year).await?;
    let value = |k: &str| {
        pairs
            .iter()
            .find(|(n, _)| n == k)
            .map(|(_, v)| v.as_str())
            .unwrap_or("")
    };
    let status = RegistrationStatus::parse(value("status")).map_err(|_| {
        let mut f = FieldErrors::new();
        f.add("status", "registration-status-invalid");
        AppError::Validation(f)
    })?;
    let ids: Vec<i64> = pairs
        .iter()
        .filter(|(k, _)| k == "ids")
        .filter_map(|(_, v)| v.parse().ok())
        .collect();
    // Back to the list as it was: its query rebuilt from the filters it means.
    let back: ListQuery = serde_urlencoded::from_str(value("back")).unwrap_or_default();
    let page_no = back.page.clamp(0, 100_000);
    let list = format!(
        "/{}/forum/{year}/manage/registrations{}",
        ctx.lang.code(),
        back.query(page_no)
    );
    let sep = if list.contains('?') { '&' } else { '?' };
    let notice = match reg::decide_many(&state.app, ctx.lang, ed.id, &ids, status).await {
        Ok(b) if b.full > 0 => "registrations-some-full",
        Ok(b) if b.skipped > 0 => "registrations-some-skipped",
        Ok(_) => "registrations-decided",
        Err(ServiceError::Fields(f))
            if f.for_field("ids") == Some("registration-too-many-chosen") =>
        {
            "registrations-too-many"
        }
        Err(ServiceError::Fields(f)) if f.for_field("ids").is_some() => "registrations-none-chosen",
        Err(e) => return Err(e.into()),
    };
    Ok(Redirect::to(&format!("{list}{sep}notice={notice}")).into_response())
}

#[derive(serde::Deserialize)]
pub struct DecideInput {
    pub status: String,
    /// The list's query to go back to (rebuilt from the filters it means).
    #[serde(default)]
    pub back: String,
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
    let back: ListQuery = serde_urlencoded::from_str(&input.back).unwrap_or_default();
    Ok(Redirect::to(&format!(
        "/{}/forum/{ed_year}/manage/registrations{}",
        ctx.lang.code(),
        back.query(back.page.clamp(0, 100_000))
    ))
    .into_response())
}

#[derive(Template)]
#[template(path = "forum/check_in.html")]
struct CheckInPage {
    page: Page,
    action: String,
    result: Option<(bool, String)>,
    /// The registration just checked in (or found already in): its details.
    person: Option<PersonView>,
    /// Registrations found by name, to choose from.
    matches: Vec<PersonView>,
    searched: String,
    /// The search found as many as the desk shows: there may be more.
    more: bool,
    script: String,
    jsqr: String,
}

/// A registration as the check-in desk shows it.
struct PersonView {
    /// Approved: may be checked in and get a badge.
    approved: bool,
    name: String,
    facts: String,
    accessibility: String,
    checked_in: Option<String>,
    check_in_action: String,
    undo_action: String,
    badge_href: String,
}

fn person_view(
    ctx: &Ctx,
    ed: &wsis_app::forum::registration::Edition,
    r: &Registration,
) -> PersonView {
    let lang = ctx.lang;
    let t = |k: &str| I18N.tr(lang, k);
    let base = format!("/{}/forum/{}", lang.code(), ed.year);
    PersonView {
        approved: r.status == RegistrationStatus::Approved.code(),
        name: r.name.clone(),
        facts: [
            r.organisation.clone(),
            country_name(lang, &r.country),
            t(&format!("registration-category-{}", r.category)),
            t(&format!("attendance-{}", r.mode)),
            t(&format!("registration-state-{}", r.status)),
        ]
        .into_iter()
        .filter(|x| !x.is_empty())
        .collect::<Vec<_>>()
        .join(" · "),
        accessibility: r.accessibility.clone(),
        checked_in: r
            .checked_in_at
            .map(|at| format_datetime(lang, at, &super::service::venue_tz(ed))),
        check_in_action: format!("{base}/check-in/{}", r.id),
        undo_action: format!("{base}/check-in/{}/undo", r.id),
        badge_href: format!("{base}/manage/registrations/{}/badge.pdf", r.id),
    }
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
        person: None,
        matches: Vec::new(),
        searched: String::new(),
        more: false,
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

/// The desk's answer to a check-in (by badge or by a name chosen from a search).
async fn checked_in(
    ctx: &Ctx,
    state: &AppState,
    ed: &wsis_app::forum::registration::Edition,
    outcome: CheckIn,
) -> AppResult<Response> {
    let lang = ctx.lang;
    let (ok, message, status, who) = match outcome {
        CheckIn::Unknown => (
            false,
            I18N.tr(lang, "check-in-unknown"),
            StatusCode::NOT_FOUND,
            None,
        ),
        CheckIn::NotApproved(r) => (
            false,
            I18N.tr_args(
                lang,
                "check-in-not-approved",
                &[("name", Arg::from(r.name.as_str()))],
            ),
            StatusCode::CONFLICT,
            Some(r),
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
                            format_datetime(lang, at, &super::service::venue_tz(ed)).as_str(),
                        ),
                    ),
                ],
            ),
            StatusCode::CONFLICT,
            Some(r),
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
            Some(r),
        ),
    };
    let mut view = check_in_view(ctx, ed.year, Some((ok, message)));
    if let Some(r) = who {
        // Read again: the time of the arrival just recorded.
        let r = reg::of_edition(&state.app, ed.id, r.id).await?;
        view.person = Some(person_view(ctx, ed, &r));
    }
    render_with_status(&view, status)
}

/// Checks a participant in by the code on their badge (scanned or typed), or finds
/// approved registrations by name, e-mail or organisation to choose from.
pub async fn check_in(
    WithRole(ctx, _, _): WithRole<Secretariat>,
    State(state): State<AppState>,
    Path((_, year)): Path<(String, i64)>,
    CsrfForm(input): CsrfForm<CodeInput>,
) -> AppResult<Response> {
    let ed = edition(&state.app, year).await?;
    let outcome = reg::check_in(&state.app, ed.id, &input.code).await?;
    if outcome != CheckIn::Unknown {
        return checked_in(&ctx, &state, &ed, outcome).await;
    }
    let found = reg::find_at_desk(&state.app, ed.id, &input.code).await?;
    if found.is_empty() {
        return checked_in(&ctx, &state, &ed, CheckIn::Unknown).await;
    }
    let mut view = check_in_view(&ctx, year, None);
    view.searched = input.code.trim().chars().take(100).collect();
    view.more = found.len() as i64 >= reg::DESK_MATCHES;
    view.matches = found.iter().map(|r| person_view(&ctx, &ed, r)).collect();
    render(&view)
}

#[derive(serde::Deserialize)]
pub struct EmptyForm {}

/// Checks in a registration chosen from the desk's search.
pub async fn check_in_one(
    WithRole(ctx, _, _): WithRole<Secretariat>,
    State(state): State<AppState>,
    Path((_, year, id)): Path<(String, i64, i64)>,
    CsrfForm(_): CsrfForm<EmptyForm>,
) -> AppResult<Response> {
    let ed = edition(&state.app, year).await?;
    let outcome = reg::check_in_registration(&state.app, ed.id, id).await?;
    checked_in(&ctx, &state, &ed, outcome).await
}

/// Takes back a mistaken check-in.
pub async fn undo_check_in(
    WithRole(ctx, _, _): WithRole<Secretariat>,
    State(state): State<AppState>,
    Path((_, year, id)): Path<(String, i64, i64)>,
    CsrfForm(_): CsrfForm<EmptyForm>,
) -> AppResult<Response> {
    let ed = edition(&state.app, year).await?;
    let r = reg::undo_check_in(&state.app, ed.id, id).await?;
    let mut view = check_in_view(
        &ctx,
        year,
        Some((true, I18N.tr(ctx.lang, "check-in-undone"))),
    );
    view.person = Some(person_view(&ctx, &ed, &r));
    render(&view)
}

/// A participant's badge printed again by the secretariat (approved registrations).
pub async fn badge_again(
    WithRole(ctx, _, _): WithRole<Secretariat>,
    State(state): State<AppState>,
    Path((_, year, id)): Path<(String, i64, i64)>,
) -> AppResult<Response> {
    let ed = edition(&state.app, year).await?;
    let r = reg::of_edition(&state.app, ed.id, id).await?;
    if r.status != RegistrationStatus::Approved.code() {
        return Err(ServiceError::Conflict("registration-badge-not-approved").into());
    }
    badge_pdf(ctx.lang, &ed, r).await
}

/// (mode, stakeholder type, country, count)
type CountRow = (String, String, String, i64);

#[derive(Template)]
#[template(path = "forum/participation.html")]
struct ParticipationPage {
    page: Page,
    total: String,
    /// How many of them have checked in at the venue.
    checked_in: String,
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
    let arrived = reg::checked_in_count(&state.app, ed.id).await?;
    let lang = ctx.lang;
    let t = |k: &str| I18N.tr(lang, k);
    let total: i64 = rows.iter().map(|r| r.3).sum();
    // Only those on site check in.
    let on_site: i64 = rows
        .iter()
        .filter(|r| r.0 == wsis_domain::forum::AttendanceMode::OnSite.code())
        .map(|r| r.3)
        .sum();
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
                // A number, so that its plural form is chosen ("1 country or area").
                ("countries", Arg::Num(countries_count)),
            ],
        ),
        checked_in: I18N.tr_args(
            lang,
            "forum-participation-checked-in",
            &[
                ("count", Arg::Num(on_site)),
                ("checked", Arg::from(format_number(lang, arrived).as_str())),
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
    badge_pdf(ctx.lang, &ed, r).await
}

/// The badge of an approved registration as a PDF in `lang`.
async fn badge_pdf(
    lang: Language,
    ed: &wsis_app::forum::registration::Edition,
    r: Registration,
) -> AppResult<Response> {
    let year = ed.year;
    let qr_svg = qrcode::QrCode::new(r.badge_code.as_bytes())
        .map_err(|e| AppError::Internal(format!("qr code: {e}")))?
        .render::<qrcode::render::svg::Color>()
        .min_dimensions(240, 240)
        .build();
    let t = |k: &str| I18N.tr(lang, k);
    let tz = super::service::venue_tz(ed);
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
