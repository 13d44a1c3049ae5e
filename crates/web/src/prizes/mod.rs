//! The WSIS Prizes' pages (issue 13): the editions and their timeline, the
//! categories and their nominees with the vote, the voter's own votes, the results
//! with the published ballots and their digest; [`submit`] the submitters' forms,
//! [`review`] the experts', [`manage`] the secretariat's, [`api`] the JSON API.
//! The pages of `wsis_app::prizes`.

pub mod api;
pub mod manage;
pub mod review;
pub mod submit;

use crate::I18N;
use crate::auth::{SESSION_COOKIE, read_cookie};
use crate::csrf::CsrfForm;
use crate::ctx::{Ctx, client_ip};
use crate::error::{AppError, AppResult};
use crate::pages::{Page, render};
use crate::state::AppState;
use askama::Template;
use axum::extract::{FromRequestParts, Path, State};
use axum::http::request::Parts;
use axum::http::{HeaderMap, header};
use axum::response::{IntoResponse, Redirect, Response};
use wsis_app::prizes::{self as service, Edition};
use wsis_domain::Language;
use wsis_domain::access::Principal;
use wsis_domain::prizes::{CATEGORY_COUNT, Phase, category};
use wsis_domain::taxonomy::{StakeholderType, countries};
use wsis_domain::{AccountId, FieldErrors};
use wsis_i18n::{Arg, format_date, format_datetime};

pub(crate) fn principal(user: &wsis_app::accounts::User) -> Principal<'_> {
    Principal::new(AccountId::new(user.id), &user.roles)
}

/// "C7.4 E-health" (a sub-line with its parent: "C7.4 ICT applications – E-health").
pub(crate) fn category_name(n: i64, lang: Language) -> String {
    category(n)
        .map(|c| {
            if c.is_subline() {
                let parent = wsis_domain::taxonomy::action_lines::action_line("C7")
                    .map(|a| a.name.get(lang).to_string())
                    .unwrap_or_default();
                format!("{} {parent} – {}", c.code, c.name.get(lang))
            } else {
                format!("{} {}", c.code, c.name.get(lang))
            }
        })
        .unwrap_or_default()
}

/// "Category 10: C7.4 …".
pub(crate) fn category_title(n: i64, lang: Language) -> String {
    I18N.tr_args(
        lang,
        "prize-category-title",
        &[
            ("number", Arg::Num(n)),
            ("name", Arg::from(category_name(n, lang).as_str())),
        ],
    )
}

pub(crate) fn country_name(code: &str, lang: Language) -> String {
    countries::country(code)
        .map(|c| c.names.get(lang).to_string())
        .unwrap_or_else(|| code.to_owned())
}

pub(crate) fn stakeholder_name(code: &str, lang: Language) -> String {
    StakeholderType::parse(code)
        .map(|t| t.name().get(lang).to_string())
        .unwrap_or_else(|_| code.to_owned())
}

pub(crate) fn date(lang: Language, t: i64) -> String {
    format_date(lang, t, &jiff::tz::TimeZone::UTC)
}

/// The year in a path: a number, else not found.
pub(crate) fn year_of(raw: &str) -> AppResult<i64> {
    raw.parse().map_err(|_| AppError::NotFound)
}

/// A phase's name.
pub(crate) fn phase_name(page: &Page, p: Phase) -> String {
    page.t(&format!("prize-phase-{}", p.key()))
}

/// A phase's dates: "from – to" (its last day the day before the next phase starts), its
/// one day when it lasts a day, or its first day for the last phase.
pub(crate) fn phase_dates(page: &Page, from: i64, to: Option<i64>) -> String {
    match to {
        Some(to) if date(page.lang, to - 1) == date(page.lang, from) => date(page.lang, from),
        Some(to) => I18N.tr_args(
            page.lang,
            "prize-phase-dates",
            &[
                ("from", Arg::from(date(page.lang, from).as_str())),
                ("to", Arg::from(date(page.lang, to - 1).as_str())),
            ],
        ),
        None => date(page.lang, from),
    }
}

/// The edition's timeline: (phase, dates, current).
pub(crate) fn timeline(page: &Page, e: &Edition) -> Vec<(String, String, bool)> {
    e.schedule
        .timeline()
        .into_iter()
        .map(|(p, from, to)| {
            (
                phase_name(page, p),
                phase_dates(page, from, to),
                p == e.phase,
            )
        })
        .collect()
}

// ------------------------------------------------------------------- index

#[derive(Template)]
#[template(path = "prizes/index.html")]
struct IndexPage {
    page: Page,
    intro: String,
    /// (year, href, phase)
    editions: Vec<(String, String, String)>,
    mine_href: Option<String>,
    blocked_href: Option<String>,
    create: Option<crate::pages::account::FormView>,
}

pub async fn index(ctx: Ctx, State(state): State<AppState>) -> AppResult<Response> {
    index_page(&ctx, &state, None).await
}

pub(crate) async fn index_page(
    ctx: &Ctx,
    state: &AppState,
    create_errors: Option<(&manage::EditionForm, &FieldErrors)>,
) -> AppResult<Response> {
    let page = Page::new(ctx, "prizes-title", "prizes");
    let editions = service::editions(&state.app)
        .await?
        .into_iter()
        .map(|e| {
            (
                e.year.to_string(),
                page.href(&format!("/prizes/{}", e.year)),
                phase_name(&page, e.phase),
            )
        })
        .collect();
    let create = page
        .can_secretariat
        .then(|| manage::edition_form(&page, "/prizes", None, create_errors));
    let status = if create_errors.is_some() {
        axum::http::StatusCode::UNPROCESSABLE_ENTITY
    } else {
        axum::http::StatusCode::OK
    };
    crate::pages::render_with_status(
        &IndexPage {
            intro: page.t("home-prizes-text"),
            editions,
            mine_href: ctx.user.as_ref().map(|_| page.href("/prizes/submissions")),
            blocked_href: page
                .can_secretariat
                .then(|| page.href("/prizes/blocked-domains")),
            create,
            page,
        },
        status,
    )
}

// ----------------------------------------------------------------- edition

#[derive(Template)]
#[template(path = "prizes/edition.html")]
struct EditionPage {
    page: Page,
    phase: String,
    phases: Vec<(String, String, bool)>,
    rule: Option<String>,
    /// (title, href)
    categories: Vec<(String, String)>,
    links: Vec<(String, String)>,
}

pub async fn edition(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((_, year)): Path<(String, String)>,
) -> AppResult<Response> {
    let year = year_of(&year)?;
    let e = service::tally::ensure_sealed(&state.app, year).await?;
    let lang = ctx.lang;
    let mut page = Page::new(&ctx, "prizes-title", "prizes");
    page.title = I18N.tr_args(
        lang,
        "prize-edition-title",
        &[("year", Arg::from(year.to_string().as_str()))],
    );
    let mut links = Vec::new();
    let base = format!("/prizes/{year}");
    if e.phase == Phase::Submission {
        links.push((
            page.href(&format!("{base}/submit")),
            page.t("prize-submit-link"),
        ));
    }
    if e.sealed_at.is_some() {
        links.push((
            page.href(&format!("{base}/results")),
            page.t("prize-results-link"),
        ));
    }
    if let Some(u) = &ctx.user {
        if e.phase >= Phase::Voting {
            links.push((
                page.href(&format!("{base}/my-votes")),
                page.t("prize-my-votes"),
            ));
        }
        let experts = service::review::expert_categories(&state.app, principal(u), year).await?;
        if !experts.is_empty() {
            links.push((
                page.href(&format!("{base}/review")),
                page.t("prize-review-link"),
            ));
        }
    }
    if page.can_secretariat {
        links.push((
            page.href(&format!("{base}/manage")),
            page.t("prize-manage-link"),
        ));
        links.push((
            page.href(&format!("{base}/fraud")),
            page.t("prize-fraud-link"),
        ));
        links.push((
            page.href(&format!("{base}/audit")),
            page.t("prize-audit-link"),
        ));
    }
    render(&EditionPage {
        phase: I18N.tr_args(
            lang,
            "prize-phase-now",
            &[("phase", Arg::from(phase_name(&page, e.phase).as_str()))],
        ),
        phases: timeline(&page, &e),
        rule: e.require_all.then(|| page.t("prize-rule-all-categories")),
        categories: (1..=i64::from(CATEGORY_COUNT))
            .map(|n| {
                (
                    category_title(n, lang),
                    page.href(&format!("{base}/categories/{n}")),
                )
            })
            .collect(),
        links,
        page,
    })
}

// ---------------------------------------------------------------- category

struct NomineeView {
    id: i64,
    title: String,
    organisation: String,
    place: String,
    href: String,
}

#[derive(Template)]
#[template(path = "prizes/category.html")]
struct CategoryPage {
    page: Page,
    back: String,
    status: String,
    nominees: Vec<NomineeView>,
    /// Voting: the form's action when this visitor may vote here.
    vote_action: Option<String>,
    category: i64,
    /// The nominee this voter chose, with when.
    voted: Option<String>,
    sign_in: Option<String>,
}

pub async fn category_page(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((_, year, n)): Path<(String, String, String)>,
) -> AppResult<Response> {
    let year = year_of(&year)?;
    let n: i64 = n.parse().map_err(|_| AppError::NotFound)?;
    if category(n).is_none() {
        return Err(AppError::NotFound);
    }
    let lang = ctx.lang;
    let (e, list) = service::submissions::nominees(&state.app, year, Some(n)).await?;
    let mut page = Page::new(&ctx, "prizes-title", "prizes");
    page.title = category_title(n, lang);
    let voted = match &ctx.user {
        Some(u) if e.phase >= Phase::Voting => {
            let (_, votes) = service::votes::my_votes(&state.app, u.id, year).await?;
            votes
                .into_iter()
                .find(|v| v.0 == n)
                .map(|(_, nominee, at, _)| {
                    let title = list
                        .iter()
                        .find(|s| s.id == nominee)
                        .map(|s| s.title.clone())
                        .unwrap_or_default();
                    I18N.tr_args(
                        lang,
                        "prize-you-voted",
                        &[
                            ("title", Arg::from(title.as_str())),
                            (
                                "date",
                                Arg::from(
                                    format_datetime(lang, at, &jiff::tz::TimeZone::UTC).as_str(),
                                ),
                            ),
                        ],
                    )
                })
        }
        _ => None,
    };
    let voting = e.phase == Phase::Voting && e.sealed_at.is_none();
    let status = if !e.nominees_public() {
        page.t("prize-nominees-not-yet")
    } else if voting {
        page.t("prize-voting-open")
    } else {
        page.tn("prize-nominees-count", "count", list.len() as i64)
    };
    let base = format!("/prizes/{year}");
    render(&CategoryPage {
        back: page.href(&base),
        status,
        nominees: list
            .iter()
            .map(|s| NomineeView {
                id: s.id,
                title: s.title.clone(),
                organisation: s.organisation.clone(),
                place: country_name(&s.country, lang),
                href: page.href(&format!("{base}/submissions/{}", s.id)),
            })
            .collect(),
        vote_action: (voting && voted.is_none() && ctx.user.is_some())
            .then(|| page.href(&format!("{base}/vote"))),
        sign_in: (voting && ctx.user.is_none()).then(|| {
            page.href(&format!(
                "/account/login?next={}",
                urlencoding(&format!("/{}{base}/categories/{n}", lang.code()))
            ))
        }),
        category: n,
        voted,
        page,
    })
}

/// Percent-encodes a same-origin path for a `next=` parameter.
fn urlencoding(path: &str) -> String {
    serde_urlencoded::to_string([("", path)])
        .map(|s| s.trim_start_matches('=').to_owned())
        .unwrap_or_default()
}

// -------------------------------------------------------------------- vote

/// What the vote needs from a request, without the database: the language of its
/// path, its session token, the client's address.
pub struct VoteRequest {
    pub(crate) lang: Language,
    pub(crate) token: Option<String>,
    pub(crate) ip: String,
}

impl FromRequestParts<AppState> for VoteRequest {
    type Rejection = AppError;
    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, AppError> {
        // The pages' route has a language; the API's has none (its answers are JSON).
        let lang = match crate::ctx::split_lang(parts.uri.path()) {
            crate::ctx::LangPrefix::Known(l, _) => l,
            _ => Language::En,
        };
        Ok(VoteRequest {
            lang,
            token: read_cookie(
                &parts.headers,
                SESSION_COOKIE,
                state.config.secure_cookies(),
            )
            .map(str::to_owned),
            ip: client_ip(parts, state.config.proxy_hops),
        })
    }
}

#[derive(serde::Deserialize)]
pub struct VoteForm {
    #[serde(default)]
    category: String,
    #[serde(default)]
    nominee: String,
}

/// `POST /{lang}/prizes/{year}/vote`: the hot path of two million votes. It reads no
/// page context: the session comes from the vote engine's cache, the edition from its
/// in-memory view; the answer is a redirect once the vote is on disk.
pub async fn vote(
    State(state): State<AppState>,
    Path((_, year)): Path<(String, String)>,
    req: VoteRequest,
    CsrfForm(f): CsrfForm<VoteForm>,
) -> AppResult<Response> {
    let year = year_of(&year)?;
    let Some(voter) = (match req.token.as_deref() {
        Some(t) => service::votes::voter(&state.app, t).await?,
        None => None,
    }) else {
        return Err(AppError::Unauthenticated);
    };
    let mut errors = FieldErrors::new();
    let category = errors.check("category", wsis_domain::prizes::parse_category(&f.category));
    let nominee = f.nominee.trim().parse::<i64>().ok();
    if nominee.is_none() {
        errors.add("nominee", "prize-nominee-invalid");
    }
    let (Some(category), Some(nominee)) = (category, nominee) else {
        return Err(AppError::Validation(errors));
    };
    service::votes::cast(
        &state.app,
        &voter,
        &req.ip,
        service::votes::Ballot {
            year,
            category,
            nominee,
        },
    )
    .await?;
    Ok(Redirect::to(&format!(
        "/{}/prizes/{year}/categories/{category}?notice=prize-voted",
        req.lang.code()
    ))
    .into_response())
}

// ---------------------------------------------------------------- my votes

#[derive(Template)]
#[template(path = "prizes/my_votes.html")]
struct MyVotesPage {
    page: Page,
    back: String,
    intro: String,
    /// (category, nominee title, nominee href, when, voided)
    votes: Vec<(String, String, String, String, bool)>,
}

pub async fn my_votes(
    crate::ctx::SignedIn(ctx, user): crate::ctx::SignedIn,
    State(state): State<AppState>,
    Path((_, year)): Path<(String, String)>,
) -> AppResult<Response> {
    let year = year_of(&year)?;
    let lang = ctx.lang;
    let (e, votes) = service::votes::my_votes(&state.app, user.id, year).await?;
    let (_, nominees) = service::submissions::nominees(&state.app, year, None).await?;
    let mut page = Page::new(&ctx, "prize-my-votes", "prizes");
    page.title = I18N.tr_args(
        lang,
        "prize-my-votes-title",
        &[("year", Arg::from(year.to_string().as_str()))],
    );
    let base = format!("/prizes/{year}");
    render(&MyVotesPage {
        back: page.href(&base),
        intro: I18N.tr_args(
            lang,
            "prize-my-votes-count",
            &[
                ("count", Arg::Num(votes.len() as i64)),
                ("total", Arg::Num(i64::from(CATEGORY_COUNT))),
            ],
        ) + if e.require_all { " " } else { "" }
            + &if e.require_all {
                page.t("prize-rule-all-categories")
            } else {
                String::new()
            },
        votes: votes
            .into_iter()
            .map(|(c, nominee, at, voided)| {
                let title = nominees
                    .iter()
                    .find(|s| s.id == nominee)
                    .map(|s| s.title.clone())
                    .unwrap_or_default();
                (
                    category_title(c, lang),
                    title,
                    page.href(&format!("{base}/submissions/{nominee}")),
                    format_datetime(lang, at, &jiff::tz::TimeZone::UTC),
                    voided,
                )
            })
            .collect(),
        page,
    })
}

// ----------------------------------------------------------------- results

struct ChampionView {
    id: i64,
    rank: i64,
    title: String,
    href: String,
    organisation: String,
    place: String,
    votes: String,
    winner: bool,
}

struct CategoryView {
    title: String,
    champions: Vec<ChampionView>,
    /// The experts' choice (a form) when this visitor may make it now.
    choose: Option<String>,
    category: i64,
}

#[derive(Template)]
#[template(path = "prizes/results.html")]
struct ResultsPage {
    page: Page,
    back: String,
    summary: String,
    digest: String,
    sealed: String,
    ballots_href: String,
    tally_href: String,
    command: String,
    categories: Vec<CategoryView>,
    charts: Vec<crate::stocktaking::stats::Chart>,
    winners_pending: bool,
    /// The filter in use (what it shows, the link to every result).
    filtered: Option<(String, String)>,
}

/// `?country=KE` or `?type=academia`: the results of one country, or of one type of
/// stakeholder (anything else is a 404).
#[derive(serde::Deserialize, Default)]
pub struct ResultsFilter {
    #[serde(default)]
    country: String,
    #[serde(default, rename = "type")]
    stakeholder: String,
}

impl ResultsFilter {
    /// Whether the filter is valid: empty, or a known code.
    fn valid(&self) -> bool {
        (self.country.is_empty() || countries::country(&self.country).is_some())
            && (self.stakeholder.is_empty() || StakeholderType::parse(&self.stakeholder).is_ok())
    }

    fn keeps(&self, s: &wsis_app::prizes::SubmissionRow) -> bool {
        (self.country.is_empty() || s.country == self.country)
            && (self.stakeholder.is_empty() || s.stakeholder_type == self.stakeholder)
    }
}

pub async fn results(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((_, year)): Path<(String, String)>,
    axum::extract::Query(filter): axum::extract::Query<ResultsFilter>,
) -> AppResult<Response> {
    let year = year_of(&year)?;
    if !filter.valid() {
        return Err(AppError::NotFound);
    }
    let lang = ctx.lang;
    let (e, cats) = service::tally::results(&state.app, year).await?;
    let (Some(digest), Some(sealed)) = (e.ballots_sha256.clone(), e.sealed_at) else {
        return Err(AppError::NotFound);
    };
    let mut page = Page::new(&ctx, "prizes-title", "prizes");
    page.title = I18N.tr_args(
        lang,
        "prize-results-title",
        &[("year", Arg::from(year.to_string().as_str()))],
    );
    let may_choose = match &ctx.user {
        Some(u) if e.phase == Phase::Selection => {
            if page.can_secretariat {
                (1..=i64::from(CATEGORY_COUNT)).collect()
            } else {
                service::review::expert_categories(&state.app, principal(u), year).await?
            }
        }
        _ => Vec::new(),
    };
    let base = format!("/prizes/{year}");
    let mut by_country: std::collections::BTreeMap<String, i64> = Default::default();
    let mut by_type: std::collections::BTreeMap<String, i64> = Default::default();
    let categories: Vec<CategoryView> = cats
        .iter()
        .inspect(|c| {
            for (_, _, _, s) in &c.champions {
                *by_country.entry(s.country.clone()).or_default() += 1;
                *by_type.entry(s.stakeholder_type.clone()).or_default() += 1;
            }
        })
        .filter(|c| c.champions.iter().any(|ch| filter.keeps(&ch.3)))
        .map(|c| CategoryView {
            title: category_title(c.category, lang),
            choose: may_choose
                .contains(&c.category)
                .then(|| page.href(&format!("{base}/results/winner"))),
            category: c.category,
            champions: c
                .champions
                .iter()
                .filter(|ch| filter.keeps(&ch.3))
                .map(|(rank, votes, winner, s)| ChampionView {
                    id: s.id,
                    rank: *rank,
                    title: s.title.clone(),
                    href: page.href(&format!("{base}/submissions/{}", s.id)),
                    organisation: s.organisation.clone(),
                    place: country_name(&s.country, lang),
                    votes: page.tn("prize-votes-count", "count", *votes),
                    winner: *winner,
                })
                .collect(),
        })
        .collect();
    let mut countries: Vec<(String, i64, String)> = by_country
        .into_iter()
        .map(|(c, n)| {
            let href = page.href(&format!("{base}/results?country={c}"));
            (country_name(&c, lang), n, href)
        })
        .collect();
    countries.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    countries.truncate(20);
    let mut types: Vec<(String, i64, String)> = by_type
        .into_iter()
        .map(|(t, n)| {
            let href = page.href(&format!("{base}/results?type={t}"));
            (stakeholder_name(&t, lang), n, href)
        })
        .collect();
    types.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    let charts = vec![
        crate::stocktaking::stats::chart(
            "by-country",
            page.t("prize-champions-by-country"),
            countries,
            lang,
        ),
        crate::stocktaking::stats::chart("by-type", page.t("prize-champions-by-type"), types, lang),
    ];
    render(&ResultsPage {
        back: page.href(&base),
        summary: I18N.tr_args(
            lang,
            "prize-results-summary",
            &[
                ("count", Arg::Num(e.ballots_count.unwrap_or_default())),
                (
                    "champions",
                    Arg::Num(cats.iter().map(|c| c.champions.len() as i64).sum()),
                ),
            ],
        ),
        sealed: I18N.tr_args(
            lang,
            "prize-sealed-at",
            &[(
                "date",
                Arg::from(format_datetime(lang, sealed, &jiff::tz::TimeZone::UTC).as_str()),
            )],
        ),
        digest,
        ballots_href: format!("/{}{base}/results/ballots.csv", lang.code()),
        tally_href: format!("/{}{base}/results/tally.txt", lang.code()),
        command: format!(
            "wsis tally ballots-{year}.csv{}",
            if e.require_all { " --require-all" } else { "" }
        ),
        winners_pending: e.phase < Phase::Announced,
        filtered: (!filter.country.is_empty() || !filter.stakeholder.is_empty()).then(|| {
            let what = if filter.country.is_empty() {
                stakeholder_name(&filter.stakeholder, lang)
            } else {
                country_name(&filter.country, lang)
            };
            (
                I18N.tr_args(
                    lang,
                    "prize-results-of",
                    &[("what", Arg::from(what.as_str()))],
                ),
                page.href(&format!("{base}/results")),
            )
        }),
        categories,
        charts,
        page,
    })
}

/// `…/results/ballots.csv`: the published ballots, streamed from this node's copy,
/// with the digest as its ETag.
pub async fn ballots(
    State(state): State<AppState>,
    Path((_, year)): Path<(String, String)>,
    headers: HeaderMap,
) -> AppResult<Response> {
    let year = year_of(&year)?;
    let (path, digest) = service::tally::ballots_file(&state.app, year).await?;
    let etag = format!("\"{digest}\"");
    if headers
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.split(',').any(|t| t.trim() == etag))
    {
        return Ok((axum::http::StatusCode::NOT_MODIFIED, [(header::ETAG, etag)]).into_response());
    }
    let file = tokio::fs::File::open(&path)
        .await
        .map_err(|e| AppError::Internal(format!("ballots file: {e}")))?;
    let len = file.metadata().await.map(|m| m.len()).unwrap_or_default();
    let body =
        axum::body::Body::from_stream(tokio_util::io::ReaderStream::with_capacity(file, 64 * 1024));
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_owned()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"ballots-{year}.csv\""),
            ),
            (header::ETAG, etag),
            (header::CONTENT_LENGTH, len.to_string()),
            (header::CACHE_CONTROL, "public, max-age=3600".to_owned()),
        ],
        body,
    )
        .into_response())
}

/// `…/results/tally.txt`: the result as `wsis tally` prints it.
pub async fn tally_txt(
    State(state): State<AppState>,
    Path((_, year)): Path<(String, String)>,
) -> AppResult<Response> {
    let year = year_of(&year)?;
    let text = service::tally::tally_text(&state.app, year).await?;
    Ok((
        [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
        text.as_str().to_owned(),
    )
        .into_response())
}

#[derive(serde::Deserialize)]
pub struct WinnerForm {
    #[serde(default)]
    category: String,
    #[serde(default)]
    winner: String,
}

/// `POST …/results/winner`: an expert of the category (or the secretariat) chooses the
/// Winner among its Champions.
pub async fn choose_winner(
    crate::ctx::SignedIn(ctx, user): crate::ctx::SignedIn,
    State(state): State<AppState>,
    Path((_, year)): Path<(String, String)>,
    CsrfForm(f): CsrfForm<WinnerForm>,
) -> AppResult<Response> {
    let year = year_of(&year)?;
    let category = wsis_domain::prizes::parse_category(&f.category).map_err(|k| {
        let mut e = FieldErrors::new();
        e.add("category", k);
        AppError::Validation(e)
    })?;
    let winner: i64 = f.winner.trim().parse().map_err(|_| {
        let mut e = FieldErrors::new();
        e.add("winner", "prize-winner-not-champion");
        AppError::Validation(e)
    })?;
    service::tally::choose_winner(&state.app, principal(&user), year, category, winner).await?;
    Ok(Redirect::to(&format!(
        "/{}/prizes/{year}/results?notice=prize-winner-saved#c{category}",
        ctx.lang.code()
    ))
    .into_response())
}
