//! The WSIS–SDG Matrix (issue 12, item 4): the public matrix (a real table of
//! 18 categories × 17 goals, shaded by how many sessions, outcomes and entries make
//! each link, readable without JavaScript and by screen readers), each cell's page,
//! each line's history, the facilitators' form, the secretariat's list of who keeps
//! which line, and the matrix as JSON and CSV. The pages of `wsis_app::matrix`.

use crate::I18N;
use crate::csrf::CsrfForm;
use crate::ctx::{Ctx, Secretariat, SignedIn, WithRole};
use crate::error::{AppError, AppResult};
use crate::forms::SummaryItem;
use crate::pages::{Page, render, render_with_status};
use crate::state::AppState;
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use wsis_app::ServiceError;
use wsis_app::matrix::{self as service, Cell, Matrix};
use wsis_domain::access::Principal;
use wsis_domain::matrix::{GOAL_FIELDS, LinkInput, rows};
use wsis_domain::taxonomy::{action_lines, sdg};
use wsis_domain::{AccountId, FieldErrors, Language};
use wsis_i18n::{Arg, format_date, format_number};

fn principal(user: &wsis_app::forum::proposals::User) -> Principal<'_> {
    Principal::new(AccountId::new(user.id), &user.roles)
}

fn line_name(code: &str, lang: Language) -> String {
    action_lines::category(code)
        .map(|c| {
            if c.is_subline() {
                let parent = action_lines::action_line("C7")
                    .map(|a| a.name.get(lang).to_string())
                    .unwrap_or_default();
                format!("{code} {parent} – {}", c.name.get(lang))
            } else {
                format!("{code} {}", c.name.get(lang))
            }
        })
        .unwrap_or_else(|| code.to_owned())
}

fn goal_name(goal: u8, lang: Language) -> String {
    sdg::goal(goal)
        .map(|g| format!("{}. {}", g.number, g.short.get(lang)))
        .unwrap_or_default()
}

#[derive(serde::Deserialize, Default)]
pub struct YearQuery {
    #[serde(default)]
    pub year: String,
}

/// The year of `?year=`: empty for every year, else an edition's year (anything
/// else is a 404 on pages, a 422 on the API).
fn year_of(q: &YearQuery) -> Result<Option<i64>, ()> {
    match q.year.trim() {
        "" => Ok(None),
        y => y.parse().map(Some).map_err(|_| ()),
    }
}

/// The shade of a cell: 0 (nothing) to 4 (the most), by its share of the largest.
fn shade(total: i64, max: i64) -> u8 {
    if total == 0 || max == 0 {
        0
    } else {
        (1 + (3 * (total - 1)) / max.max(1)).min(4) as u8
    }
}

// ------------------------------------------------------------- the cache

/// The matrix's pages for anonymous visitors and its open data, rendered and
/// compressed once per version of the matrix (the services' `Arc<Matrix>`) and key
/// (kind, language, year): a request costs the lookup and a copy of the bytes. The
/// keys are bounded (six languages × the editions and "all years" × three kinds).
#[derive(Default)]
pub struct MatrixPages {
    map: std::sync::Mutex<std::collections::HashMap<String, Kept>>,
}

/// An answer, with the matrix it was built from.
type Kept = (std::sync::Arc<Matrix>, std::sync::Arc<CachedPage>);

use crate::forum::CachedPage;

impl MatrixPages {
    /// The kept answer of `key` if it was built from `m`.
    fn kept(&self, key: &str, m: &std::sync::Arc<Matrix>) -> Option<std::sync::Arc<CachedPage>> {
        let map = self.map.lock().ok()?;
        let (built_from, page) = map.get(key)?;
        std::sync::Arc::ptr_eq(built_from, m).then(|| page.clone())
    }

    /// The kept answer of `key` if it was built from `m`, else `build`s it (off the
    /// async threads: compressing is blocking work) and keeps it.
    async fn get(
        &self,
        key: String,
        m: &std::sync::Arc<Matrix>,
        build: impl FnOnce() -> AppResult<CachedPage> + Send + 'static,
    ) -> AppResult<std::sync::Arc<CachedPage>> {
        if let Some(page) = self.kept(&key, m) {
            return Ok(page);
        }
        let page = std::sync::Arc::new(
            tokio::task::spawn_blocking(build)
                .await
                .map_err(|e| AppError::Internal(format!("matrix page: {e}")))??,
        );
        if let Ok(mut map) = self.map.lock() {
            map.insert(key, (m.clone(), page.clone()));
        }
        Ok(page)
    }
}

// ------------------------------------------------------------- the matrix

struct MatrixCell {
    href: String,
    total: String,
    shade: u8,
    linked: bool,
    /// What a screen reader hears after the number.
    described: String,
}

struct MatrixRow {
    code: String,
    name: String,
    cells: Vec<MatrixCell>,
}

#[derive(Template)]
#[template(path = "matrix/index.html")]
struct MatrixPage {
    page: Page,
    years: Vec<(String, String, bool)>,
    goals: Vec<(String, String)>,
    rows: Vec<MatrixRow>,
    links: String,
    json_href: String,
    csv_href: String,
    can_edit: bool,
    can_assign: bool,
}

pub async fn index(
    ctx: Ctx,
    State(state): State<AppState>,
    headers: axum::http::HeaderMap,
    Query(q): Query<YearQuery>,
) -> AppResult<Response> {
    let year = year_of(&q).map_err(|_| AppError::NotFound)?;
    let m = service::matrix(&state.app, year).await?;
    if ctx.user.is_some() {
        return index_page(&ctx, &state, &m, year).await;
    }
    // Anonymous visitors: the same bytes for all, its links from the canonical address
    // (not whatever else this visitor's query held).
    let anonymous = Ctx {
        csrf: String::new(),
        rest: format!("/matrix{}", year_query(year)),
        ..ctx.clone()
    };
    let key = format!("page:{}:{year:?}", ctx.lang.code());
    if let Some(page) = state.matrix_pages.kept(&key, &m) {
        return Ok(page.response(&headers));
    }
    let res = index_page(&anonymous, &state, &m, year).await?;
    let bytes = axum::body::to_bytes(res.into_body(), 4 * 1024 * 1024)
        .await
        .map_err(|e| AppError::Internal(format!("matrix page body: {e}")))?;
    let page = state
        .matrix_pages
        .get(key, &m, move || Ok(CachedPage::new(bytes)))
        .await?;
    Ok(page.response(&headers))
}

async fn index_page(
    ctx: &Ctx,
    state: &AppState,
    m: &Matrix,
    year: Option<i64>,
) -> AppResult<Response> {
    let lang = ctx.lang;
    let page = Page::new(ctx, "matrix-title", "outcomes");
    let max = m.cells.values().map(Cell::total).max().unwrap_or(0);
    let linked_word = page.t("matrix-linked");
    let rows = rows()
        .map(|c| MatrixRow {
            code: c.code.to_owned(),
            name: line_name(c.code, lang),
            cells: (1..=17u8)
                .map(|g| {
                    let cell = m.cell(c.code, g);
                    let total = cell.map_or(0, Cell::total);
                    let linked = cell.is_some_and(|c| c.link.is_some());
                    MatrixCell {
                        href: page.href(&format!("/matrix/{}/{g}{}", c.code, year_query(year))),
                        total: format_number(lang, total),
                        shade: shade(total, max),
                        linked,
                        described: if linked {
                            format!("{}, {linked_word}", goal_name(g, lang))
                        } else {
                            goal_name(g, lang)
                        },
                    }
                })
                .collect(),
        })
        .collect();
    let can_edit = match &ctx.user {
        Some(u) => !service::editable_lines(&state.app, principal(u))
            .await?
            .is_empty(),
        None => false,
    };
    render(&MatrixPage {
        years: years_choice(&page, m, year),
        goals: (1..=17u8)
            .map(|g| (g.to_string(), goal_name(g, lang)))
            .collect(),
        links: I18N.tr_args(
            lang,
            "matrix-links-count",
            &[(
                "count",
                Arg::Num(m.cells.values().filter(|c| c.link.is_some()).count() as i64),
            )],
        ),
        json_href: format!("/api/v1/matrix{}", year_query(year)),
        csv_href: format!("/api/v1/matrix.csv{}", year_query(year)),
        can_edit,
        can_assign: page.can_secretariat,
        rows,
        page,
    })
}

fn year_query(year: Option<i64>) -> String {
    year.map(|y| format!("?year={y}")).unwrap_or_default()
}

fn years_choice(page: &Page, m: &Matrix, year: Option<i64>) -> Vec<(String, String, bool)> {
    std::iter::once((String::new(), page.t("matrix-all-years"), year.is_none()))
        .chain(
            m.years
                .iter()
                .map(|y| (y.to_string(), y.to_string(), year == Some(*y))),
        )
        .collect()
}

// ------------------------------------------------------------------ a cell

#[derive(Template)]
#[template(path = "matrix/cell.html")]
struct CellPage {
    page: Page,
    back: String,
    rationale: Option<String>,
    targets: Vec<(String, String)>,
    updated: Option<String>,
    sessions: Vec<(String, String)>,
    sessions_heading: String,
    outcomes: Vec<(String, String)>,
    outcomes_heading: String,
    entries: String,
    entries_href: String,
    history_href: String,
    edit_href: Option<String>,
}

pub async fn cell(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((_, line, goal)): Path<(String, String, u8)>,
    Query(q): Query<YearQuery>,
) -> AppResult<Response> {
    let year = year_of(&q).map_err(|_| AppError::NotFound)?;
    if !wsis_domain::matrix::is_row(&line) || sdg::goal(goal).is_none() {
        return Err(AppError::NotFound);
    }
    let m = service::matrix(&state.app, year).await?;
    let lang = ctx.lang;
    let empty = Cell::default();
    let c = m.cell(&line, goal).unwrap_or(&empty);
    let mut page = Page::new(&ctx, "matrix-title", "outcomes");
    page.title = I18N.tr_args(
        lang,
        "matrix-cell-title",
        &[
            ("line", Arg::from(line_name(&line, lang).as_str())),
            ("goal", Arg::from(goal_name(goal, lang).as_str())),
        ],
    );
    let utc = jiff::tz::TimeZone::UTC;
    let session_label = |y: i64, n: i64| {
        I18N.tr_args(
            lang,
            "matrix-session",
            &[
                ("year", Arg::from(y.to_string().as_str())),
                ("number", Arg::Num(n)),
            ],
        )
    };
    let facet = if line.starts_with("C7.") {
        "c7_subline"
    } else {
        "action_line"
    };
    let can_edit = match &ctx.user {
        Some(u) => service::editable_lines(&state.app, principal(u))
            .await?
            .contains(&line.as_str()),
        None => false,
    };
    let n = |v: &[(i64, i64)]| v.len() as i64;
    render(&CellPage {
        sessions_heading: page.tn("matrix-sessions", "count", n(&c.sessions)),
        outcomes_heading: page.tn("matrix-outcomes", "count", n(&c.outcomes)),
        back: page.href(&format!("/matrix{}", year_query(year))),
        rationale: c.link.as_ref().map(|l| l.link.rationale.clone()),
        targets: c
            .link
            .as_ref()
            .map(|l| {
                l.link
                    .targets
                    .iter()
                    .map(|t| {
                        (
                            t.clone(),
                            sdg::target(t)
                                .map(|x| x.title.get(lang).to_string())
                                .unwrap_or_default(),
                        )
                    })
                    .collect()
            })
            .unwrap_or_default(),
        updated: c.link.as_ref().map(|l| {
            I18N.tr_args(
                lang,
                "matrix-updated",
                &[
                    ("name", Arg::from(l.updated_by.as_str())),
                    (
                        "date",
                        Arg::from(format_date(lang, l.updated_at, &utc).as_str()),
                    ),
                ],
            )
        }),
        sessions: c
            .sessions
            .iter()
            .map(|(y, n)| {
                (
                    session_label(*y, *n),
                    page.href(&format!("/forum/{y}/sessions/{n}")),
                )
            })
            .collect(),
        outcomes: c
            .outcomes
            .iter()
            .map(|(y, n)| {
                (
                    session_label(*y, *n),
                    page.href(&format!("/forum/{y}/outcomes/{n}")),
                )
            })
            .collect(),
        entries: I18N.tr_args(
            lang,
            "matrix-entries-count",
            &[("count", Arg::Num(c.entries))],
        ),
        entries_href: page.href(&format!(
            "/stocktaking?f={facet}:{line}&f=sdg:{goal}{}",
            year.map(|y| format!("&f=call:{y}")).unwrap_or_default()
        )),
        history_href: page.href(&format!("/matrix/{line}/history")),
        edit_href: can_edit.then(|| page.href(&format!("/matrix/{line}/edit"))),
        page,
    })
}

// ----------------------------------------------------------------- history

#[derive(Template)]
#[template(path = "matrix/history.html")]
struct HistoryPage {
    page: Page,
    back: String,
    /// (when, who, goal, targets, rationale; empty: removed)
    changes: Vec<(String, String, String, String, String)>,
}

pub async fn history(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((_, line)): Path<(String, String)>,
) -> AppResult<Response> {
    let rows = service::history(&state.app, &line).await?;
    let lang = ctx.lang;
    let mut page = Page::new(&ctx, "matrix-title", "outcomes");
    page.title = I18N.tr_args(
        lang,
        "matrix-history-of",
        &[("line", Arg::from(line_name(&line, lang).as_str()))],
    );
    let utc = jiff::tz::TimeZone::UTC;
    let sep = I18N.tr(lang, "list-separator");
    render(&HistoryPage {
        back: page.href("/matrix"),
        changes: rows
            .into_iter()
            .map(|h| {
                (
                    wsis_i18n::format_datetime(lang, h.at, &utc),
                    h.author,
                    goal_name(h.goal, lang),
                    h.targets.join(&sep),
                    h.rationale,
                )
            })
            .collect(),
        page,
    })
}

// ------------------------------------------------------- the facilitators' form

struct GoalRow {
    goal: String,
    field: &'static str,
    label: String,
    targets: String,
    rationale: String,
    error: Option<String>,
}

#[derive(Template)]
#[template(path = "matrix/edit.html")]
struct EditPage {
    page: Page,
    action: String,
    seen: i64,
    summary: Vec<SummaryItem>,
    summary_heading: String,
    goals: Vec<GoalRow>,
    history_href: String,
}

#[allow(clippy::too_many_arguments)]
fn edit_page(
    ctx: &Ctx,
    line: &str,
    seen: i64,
    values: &[(u8, LinkInput)],
    errors: &FieldErrors,
    status: StatusCode,
) -> AppResult<Response> {
    let lang = ctx.lang;
    let mut page = Page::new(ctx, "matrix-title", "outcomes");
    page.title = I18N.tr_args(
        lang,
        "matrix-edit-of",
        &[("line", Arg::from(line_name(line, lang).as_str()))],
    );
    let mut summary = Vec::new();
    let goals = (1..=17u8)
        .map(|g| {
            let field = GOAL_FIELDS[usize::from(g) - 1];
            let v = values.iter().find(|(x, _)| *x == g).map(|(_, v)| v.clone());
            let error = errors.for_field(field).map(|k| {
                let m = format!("{}: {}", goal_name(g, lang), I18N.tr(lang, k));
                summary.push(SummaryItem {
                    href: format!("#f-{field}-rationale"),
                    message: m.clone(),
                });
                m
            });
            GoalRow {
                goal: g.to_string(),
                field,
                label: goal_name(g, lang),
                targets: v.as_ref().map(|v| v.targets.clone()).unwrap_or_default(),
                rationale: v.map(|v| v.rationale).unwrap_or_default(),
                error,
            }
        })
        .collect();
    for e in &errors.0 {
        if !e.field.starts_with("goal-") {
            summary.push(SummaryItem {
                href: "#matrix-form".into(),
                message: I18N.tr(lang, e.key),
            });
        }
    }
    let summary_heading = I18N.tr_args(
        lang,
        "form-errors-heading",
        &[("count", Arg::Num(summary.len() as i64))],
    );
    render_with_status(
        &EditPage {
            action: page.href(&format!("/matrix/{line}/edit")),
            history_href: page.href(&format!("/matrix/{line}/history")),
            seen,
            summary,
            summary_heading,
            goals,
            page,
        },
        status,
    )
}

pub async fn edit_form(
    SignedIn(ctx, user): SignedIn,
    State(state): State<AppState>,
    Path((_, line)): Path<(String, String)>,
) -> AppResult<Response> {
    let (links, seen) = service::line_links(&state.app, principal(&user), &line).await?;
    let values: Vec<(u8, LinkInput)> = links
        .iter()
        .map(|l| {
            (
                l.link.goal,
                LinkInput {
                    targets: l.link.targets.join(", "),
                    rationale: l.link.rationale.clone(),
                },
            )
        })
        .collect();
    edit_page(
        &ctx,
        &line,
        seen,
        &values,
        &FieldErrors::new(),
        StatusCode::OK,
    )
}

pub async fn save(
    SignedIn(ctx, user): SignedIn,
    State(state): State<AppState>,
    Path((_, line)): Path<(String, String)>,
    CsrfForm(pairs): CsrfForm<Vec<(String, String)>>,
) -> AppResult<Response> {
    let get = |k: &str| {
        pairs
            .iter()
            .find(|(kk, _)| kk == k)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    };
    let seen: i64 = get("seen")
        .trim()
        .parse()
        .map_err(|_| AppError::BadRequest("invalid_form"))?;
    let values: Vec<(u8, LinkInput)> = (1..=17u8)
        .map(|g| {
            (
                g,
                LinkInput {
                    targets: get(&format!("targets_{g}")),
                    rationale: get(&format!("rationale_{g}")),
                },
            )
        })
        .collect();
    match service::save_line(&state.app, principal(&user), &line, seen, &values).await {
        Ok(_) => Ok(Redirect::to(&format!(
            "/{}/matrix/{line}/history?notice=matrix-saved",
            ctx.lang.code()
        ))
        .into_response()),
        Err(ServiceError::Fields(errors)) => edit_page(
            &ctx,
            &line,
            seen,
            &values,
            &errors,
            StatusCode::UNPROCESSABLE_ENTITY,
        ),
        Err(ServiceError::Stale(k)) => {
            let mut errors = FieldErrors::new();
            errors.add("form", k);
            edit_page(&ctx, &line, seen, &values, &errors, StatusCode::CONFLICT)
        }
        Err(e) => Err(e.into()),
    }
}

// ------------------------------------------------- who keeps which line

#[derive(Template)]
#[template(path = "matrix/facilitators.html")]
struct FacilitatorsPage {
    page: Page,
    /// (line, name, e-mail, line code)
    rows: Vec<(String, String, String, String)>,
    lines: Vec<(String, String, bool)>,
    email: String,
    error: Option<(String, String)>,
}

async fn facilitators_page(
    ctx: &Ctx,
    state: &AppState,
    user: &wsis_app::forum::proposals::User,
    email: &str,
    chosen: &str,
    error: Option<(String, String)>,
) -> AppResult<Response> {
    let lang = ctx.lang;
    let accounts = service::facilitator_accounts(&state.app, principal(user)).await?;
    let page = Page::new(ctx, "matrix-facilitators-title", "outcomes");
    let mut codes: Vec<&'static str> = vec![];
    for a in action_lines::ACTION_LINES.iter() {
        codes.push(a.code);
        if a.code == "C7" {
            codes.extend(action_lines::sublines("C7").map(|s| s.code));
        }
    }
    let status = if error.is_some() {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    render_with_status(
        &FacilitatorsPage {
            rows: accounts
                .into_iter()
                .map(|(_, name, mail, line)| (line_name(&line, lang), name, mail, line))
                .collect(),
            lines: codes
                .into_iter()
                .map(|c| {
                    let name = action_lines::action_line(c)
                        .map(|a| format!("{c} {}", a.name.get(lang)))
                        .unwrap_or_else(|| line_name(c, lang));
                    (c.to_owned(), name, c == chosen)
                })
                .collect(),
            email: email.to_owned(),
            error,
            page,
        },
        status,
    )
}

pub async fn facilitators(
    WithRole(ctx, user, _): WithRole<Secretariat>,
    State(state): State<AppState>,
) -> AppResult<Response> {
    facilitators_page(&ctx, &state, &user, "", "", None).await
}

#[derive(serde::Deserialize)]
pub struct FacilitatorInput {
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub action_line: String,
    /// `remove` takes the line back.
    #[serde(default)]
    pub action: String,
}

pub async fn set_facilitator(
    WithRole(ctx, user, _): WithRole<Secretariat>,
    State(state): State<AppState>,
    CsrfForm(input): CsrfForm<FacilitatorInput>,
) -> AppResult<Response> {
    let on = input.action != "remove";
    match service::set_facilitator(
        &state.app,
        principal(&user),
        &input.email,
        &input.action_line,
        on,
    )
    .await
    {
        Ok(()) => Ok(Redirect::to(&format!(
            "/{}/matrix/facilitators?notice={}",
            ctx.lang.code(),
            if on {
                "matrix-facilitator-added"
            } else {
                "matrix-facilitator-removed"
            }
        ))
        .into_response()),
        Err(ServiceError::Fields(f)) => {
            let e = f.0.first().map(|e| {
                let field = if e.field == "email" {
                    "email"
                } else {
                    "action_line"
                };
                (field.to_owned(), I18N.tr(ctx.lang, e.key))
            });
            facilitators_page(&ctx, &state, &user, &input.email, &input.action_line, e).await
        }
        Err(e) => Err(e.into()),
    }
}

// ---------------------------------------------------------------------- API

/// One cell of the matrix as open data.
#[derive(serde::Serialize, utoipa::ToSchema)]
pub struct ApiCell {
    /// `C1` … `C6`, `C7.1` … `C7.8`, `C8` … `C11`
    pub action_line: String,
    pub goal: u8,
    /// Whether the facilitators link them
    pub linked: bool,
    /// Target codes of the link
    pub targets: Vec<String>,
    /// Why they are linked (empty when they are not)
    pub rationale: String,
    /// Published sessions tagged with both: "year/number"
    pub sessions: Vec<String>,
    /// Sessions whose approved outcome names both: "year/number"
    pub outcomes: Vec<String>,
    /// Published stocktaking entries tagged with both
    pub entries: i64,
}

/// The WSIS–SDG Matrix: every cell that is linked or counted.
#[derive(serde::Serialize, utoipa::ToSchema)]
pub struct ApiMatrix {
    /// The year the counts are of, or none for every year
    pub year: Option<i64>,
    pub cells: Vec<ApiCell>,
}

fn api_cells(m: &Matrix) -> Vec<ApiCell> {
    let mut out = Vec::new();
    for c in rows() {
        for g in 1..=17u8 {
            let Some(cell) = m.cell(c.code, g) else {
                continue;
            };
            let pairs = |v: &[(i64, i64)]| v.iter().map(|(y, n)| format!("{y}/{n}")).collect();
            out.push(ApiCell {
                action_line: c.code.to_owned(),
                goal: g,
                linked: cell.link.is_some(),
                targets: cell
                    .link
                    .as_ref()
                    .map(|l| l.link.targets.clone())
                    .unwrap_or_default(),
                rationale: cell
                    .link
                    .as_ref()
                    .map(|l| l.link.rationale.clone())
                    .unwrap_or_default(),
                sessions: pairs(&cell.sessions),
                outcomes: pairs(&cell.outcomes),
                entries: cell.entries,
            });
        }
    }
    out
}

fn api_year(q: &YearQuery) -> AppResult<Option<i64>> {
    year_of(q).map_err(|_| {
        let mut f = FieldErrors::new();
        f.add("year", "matrix-year-invalid");
        AppError::Validation(f)
    })
}

#[utoipa::path(get, path = "/api/v1/matrix", tag = "matrix",
    params(("year" = Option<i64>, Query, description = "Only the sessions, outcomes and entries (by call) of this year; every year when absent")),
    responses((status = 200, description = "Every linked or counted cell of the matrix, by Action Line and goal", body = ApiMatrix),
        (status = 304, description = "Not modified: the ETag sent in If-None-Match is still current"),
        (status = 400, description = "A malformed query string (`bad_request`)", body = crate::api::ErrorBody),
        (status = 404, description = "No edition of this year (`not_found`)", body = crate::api::ErrorBody),
        (status = 422, description = "`year` is not a number (`validation_failed`, field error `matrix-year-invalid`)", body = crate::api::ErrorBody)))]
pub async fn api_json(
    State(state): State<AppState>,
    headers: axum::http::HeaderMap,
    Query(q): Query<YearQuery>,
) -> AppResult<Response> {
    let year = api_year(&q)?;
    let m = service::matrix(&state.app, year).await?;
    let built = m.clone();
    let page = state
        .matrix_pages
        .get(format!("json:{year:?}"), &m, move || {
            let body = serde_json::to_vec(&ApiMatrix {
                year,
                cells: api_cells(&built),
            })
            .map_err(|e| AppError::Internal(format!("matrix json: {e}")))?;
            Ok(CachedPage::of(
                body.into(),
                "application/json",
                "public, no-cache",
            ))
        })
        .await?;
    Ok(page.response(&headers))
}

#[utoipa::path(get, path = "/api/v1/matrix.csv", tag = "matrix",
    params(("year" = Option<i64>, Query, description = "As for the JSON")),
    responses((status = 200, description = "The same cells as CSV (UTF-8 with a BOM, CRLF): action_line, goal, linked, targets, rationale, sessions, outcomes, entries", content_type = "text/csv"),
        (status = 304, description = "Not modified: the ETag sent in If-None-Match is still current"),
        (status = 400, description = "A malformed query string (`bad_request`)", body = crate::api::ErrorBody),
        (status = 404, description = "No edition of this year (`not_found`)", body = crate::api::ErrorBody),
        (status = 422, description = "`year` is not a number (`validation_failed`)", body = crate::api::ErrorBody)))]
pub async fn api_csv(
    State(state): State<AppState>,
    headers: axum::http::HeaderMap,
    Query(q): Query<YearQuery>,
) -> AppResult<Response> {
    let year = api_year(&q)?;
    let m = service::matrix(&state.app, year).await?;
    let built = m.clone();
    let page = state
        .matrix_pages
        .get(format!("csv:{year:?}"), &m, move || {
            let rows: Vec<Vec<String>> = api_cells(&built)
                .into_iter()
                .map(|c| {
                    vec![
                        c.action_line,
                        c.goal.to_string(),
                        c.linked.to_string(),
                        c.targets.join(" "),
                        c.rationale,
                        c.sessions.join(" "),
                        c.outcomes.join(" "),
                        c.entries.to_string(),
                    ]
                })
                .collect();
            let body = wsis_app::csv_out::to_csv(
                &[
                    "action_line",
                    "goal",
                    "linked",
                    "targets",
                    "rationale",
                    "sessions",
                    "outcomes",
                    "entries",
                ],
                &rows,
            )
            .map_err(|e| AppError::Internal(format!("matrix csv: {e}")))?;
            Ok(CachedPage::of(
                body.into(),
                "text/csv; charset=utf-8",
                "public, no-cache",
            ))
        })
        .await?;
    Ok(page.response(&headers))
}

// ------------------------------------------------------- the lines one keeps

#[derive(Template)]
#[template(path = "matrix/lines.html")]
struct LinesPage {
    page: Page,
    lines: Vec<(String, String)>,
}

/// The lines the signed-in facilitator (or the secretariat) may keep.
pub async fn my_lines(
    SignedIn(ctx, user): SignedIn,
    State(state): State<AppState>,
) -> AppResult<Response> {
    let lines = service::editable_lines(&state.app, principal(&user)).await?;
    if lines.is_empty() {
        return Err(AppError::Forbidden);
    }
    let mut page = Page::new(&ctx, "matrix-edit-link", "outcomes");
    page.title = page.t("matrix-edit-link");
    render(&LinesPage {
        lines: lines
            .into_iter()
            .map(|l| {
                (
                    line_name(l, ctx.lang),
                    page.href(&format!("/matrix/{l}/edit")),
                )
            })
            .collect(),
        page,
    })
}

/// The page routes of the matrix.
pub fn page_routes() -> axum::Router<AppState> {
    use axum::routing::get;
    axum::Router::new()
        .route("/{lang}/matrix", get(index))
        .route("/{lang}/matrix/edit", get(my_lines))
        .route(
            "/{lang}/matrix/facilitators",
            get(facilitators).post(set_facilitator),
        )
        .route("/{lang}/matrix/{line}/history", get(history))
        .route("/{lang}/matrix/{line}/edit", get(edit_form).post(save))
        .route("/{lang}/matrix/{line}/{goal}", get(cell))
        .route("/{lang}/forum/{year}/action-lines", get(meetings))
        .route("/{lang}/forum/{year}/action-lines/{line}", get(meeting))
        .route(
            "/{lang}/forum/{year}/action-lines/{line}/edit",
            get(meeting_edit).post(meeting_save),
        )
}

// --------------------------------------------- Action Line facilitation meetings

struct MeetingView {
    lang: &'static str,
    dir: &'static str,
    language_name: &'static str,
    /// (heading, sanitised HTML) of each part written.
    parts: Vec<(String, String)>,
    updated: String,
}

fn meeting_view(lang: Language, m: &service::MeetingRow) -> MeetingView {
    let r = &m.record;
    let utc = jiff::tz::TimeZone::UTC;
    MeetingView {
        lang: r.language.code(),
        dir: r.language.dir(),
        language_name: r.language.native_name(),
        parts: [
            ("meeting-priorities", &r.priorities),
            ("meeting-opportunities", &r.opportunities),
            ("meeting-challenges", &r.challenges),
        ]
        .into_iter()
        .filter(|(_, t)| !t.is_empty())
        .map(|(k, t)| {
            (
                I18N.tr(lang, k),
                crate::stocktaking::markdown::to_safe_html(t),
            )
        })
        .collect(),
        updated: I18N.tr_args(
            lang,
            "matrix-updated",
            &[
                ("name", Arg::from(m.updated_by.as_str())),
                (
                    "date",
                    Arg::from(format_date(lang, m.updated_at, &utc).as_str()),
                ),
            ],
        ),
    }
}

#[derive(Template)]
#[template(path = "matrix/meetings.html")]
struct MeetingsPage {
    page: Page,
    back: String,
    /// (line name, its page, whether recorded)
    lines: Vec<(String, String, bool)>,
}

pub async fn meetings(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((_, year)): Path<(String, i64)>,
) -> AppResult<Response> {
    let rows = service::meetings(&state.app, year).await?;
    let lang = ctx.lang;
    let mut page = Page::new(&ctx, "meetings-title", "forum");
    page.title = I18N.tr_args(
        lang,
        "meetings-of",
        &[("year", Arg::from(year.to_string().as_str()))],
    );
    render(&MeetingsPage {
        back: page.href(&format!("/forum/{year}")),
        lines: rows_with(|code| {
            (
                line_name(code, lang),
                page.href(&format!("/forum/{year}/action-lines/{code}")),
                rows.iter().any(|m| m.action_line == code),
            )
        }),
        page,
    })
}

fn rows_with<T>(f: impl Fn(&'static str) -> T) -> Vec<T> {
    rows().map(|c| f(c.code)).collect()
}

#[derive(Template)]
#[template(path = "matrix/meeting.html")]
struct MeetingPage {
    page: Page,
    back: String,
    meeting: Option<MeetingView>,
    edit_href: Option<String>,
    matrix_href: String,
}

pub async fn meeting(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((_, year, line)): Path<(String, i64, String)>,
) -> AppResult<Response> {
    let m = service::meeting(&state.app, year, &line).await?;
    let lang = ctx.lang;
    let mut page = Page::new(&ctx, "meetings-title", "forum");
    page.title = I18N.tr_args(
        lang,
        "meeting-of",
        &[
            ("line", Arg::from(line_name(&line, lang).as_str())),
            ("year", Arg::from(year.to_string().as_str())),
        ],
    );
    let can_edit = match &ctx.user {
        Some(u) => service::editable_lines(&state.app, principal(u))
            .await?
            .contains(&line.as_str()),
        None => false,
    };
    render(&MeetingPage {
        back: page.href(&format!("/forum/{year}/action-lines")),
        meeting: m.as_ref().map(|m| meeting_view(lang, m)),
        edit_href: can_edit.then(|| page.href(&format!("/forum/{year}/action-lines/{line}/edit"))),
        matrix_href: page.href(&format!("/matrix/{line}/history")),
        page,
    })
}

#[derive(Template)]
#[template(path = "matrix/meeting_form.html")]
struct MeetingForm {
    page: Page,
    action: String,
    version: i64,
    input: MeetingInput,
    languages: Vec<(String, String, bool)>,
    summary: Vec<SummaryItem>,
    summary_heading: String,
    errors: Vec<(String, String)>,
}

impl MeetingForm {
    pub fn err(&self, field: &str) -> Option<&str> {
        self.errors
            .iter()
            .find(|(f, _)| f == field)
            .map(|(_, m)| m.as_str())
    }
}

use wsis_app::matrix::MeetingInput;

fn meeting_form(
    ctx: &Ctx,
    year: i64,
    line: &str,
    version: i64,
    input: MeetingInput,
    errors: &FieldErrors,
    status: StatusCode,
) -> AppResult<Response> {
    let lang = ctx.lang;
    let mut page = Page::new(ctx, "meetings-title", "forum");
    page.title = I18N.tr_args(
        lang,
        "meeting-of",
        &[
            ("line", Arg::from(line_name(line, lang).as_str())),
            ("year", Arg::from(year.to_string().as_str())),
        ],
    );
    let mut summary = Vec::new();
    let mut msgs = Vec::new();
    for e in &errors.0 {
        let m = I18N.tr(lang, e.key);
        let known = ["language", "priorities", "opportunities", "challenges"].contains(&e.field);
        summary.push(SummaryItem {
            href: if known {
                format!("#f-{}", e.field)
            } else {
                "#meeting-form".into()
            },
            message: m.clone(),
        });
        msgs.push((e.field.to_owned(), m));
    }
    let chosen = if input.language.is_empty() {
        lang.code().to_owned()
    } else {
        input.language.clone()
    };
    render_with_status(
        &MeetingForm {
            action: page.href(&format!("/forum/{year}/action-lines/{line}/edit")),
            version,
            languages: Language::ALL
                .iter()
                .map(|l| {
                    (
                        l.code().to_owned(),
                        l.native_name().to_owned(),
                        l.code() == chosen,
                    )
                })
                .collect(),
            summary_heading: I18N.tr_args(
                lang,
                "form-errors-heading",
                &[("count", Arg::Num(summary.len() as i64))],
            ),
            summary,
            errors: msgs,
            input,
            page,
        },
        status,
    )
}

pub async fn meeting_edit(
    SignedIn(ctx, user): SignedIn,
    State(state): State<AppState>,
    Path((_, year, line)): Path<(String, i64, String)>,
) -> AppResult<Response> {
    let m = service::meeting_for_edit(&state.app, principal(&user), year, &line).await?;
    let (version, input) = match m {
        Some(m) => (
            m.version,
            MeetingInput {
                language: m.record.language.code().to_owned(),
                priorities: m.record.priorities,
                opportunities: m.record.opportunities,
                challenges: m.record.challenges,
            },
        ),
        None => (0, MeetingInput::default()),
    };
    meeting_form(
        &ctx,
        year,
        &line,
        version,
        input,
        &FieldErrors::new(),
        StatusCode::OK,
    )
}

#[derive(serde::Deserialize)]
pub struct MeetingPost {
    pub version: i64,
    #[serde(default)]
    pub language: String,
    #[serde(default)]
    pub priorities: String,
    #[serde(default)]
    pub opportunities: String,
    #[serde(default)]
    pub challenges: String,
}

pub async fn meeting_save(
    SignedIn(ctx, user): SignedIn,
    State(state): State<AppState>,
    Path((_, year, line)): Path<(String, i64, String)>,
    CsrfForm(p): CsrfForm<MeetingPost>,
) -> AppResult<Response> {
    let input = MeetingInput {
        language: p.language,
        priorities: p.priorities,
        opportunities: p.opportunities,
        challenges: p.challenges,
    };
    match service::save_meeting(&state.app, principal(&user), year, &line, p.version, &input).await
    {
        Ok(()) => Ok(Redirect::to(&format!(
            "/{}/forum/{year}/action-lines/{line}?notice=meeting-saved",
            ctx.lang.code()
        ))
        .into_response()),
        Err(ServiceError::Fields(errors)) => meeting_form(
            &ctx,
            year,
            &line,
            p.version,
            input,
            &errors,
            StatusCode::UNPROCESSABLE_ENTITY,
        ),
        Err(ServiceError::Stale(k)) => {
            let mut errors = FieldErrors::new();
            errors.add("form", k);
            meeting_form(
                &ctx,
                year,
                &line,
                p.version,
                input,
                &errors,
                StatusCode::CONFLICT,
            )
        }
        Err(e) => Err(e.into()),
    }
}
