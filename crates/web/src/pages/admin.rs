//! Administration: accounts and roles (administrators), Action Line
//! facilitators (secretariat).

use super::account::{FormPage, FormView};
use super::{Page, render, render_with_status};
use crate::I18N;
use crate::csrf::CsrfForm;
use crate::ctx::{Administrator, Ctx, Secretariat, WithRole};
use crate::error::AppResult;
use crate::forms::Field;
use crate::state::AppState;
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;
use wsis_app::ServiceError;
use wsis_app::accounts::{self, FacilitatorInput, User};
use wsis_domain::AccountId;
use wsis_domain::account::Role;
use wsis_domain::taxonomy::FacilitatorRole;
use wsis_domain::taxonomy::action_lines::{self, ACTION_LINES};
use wsis_domain::{FieldErrors, Language};
use wsis_i18n::Arg;

pub struct UserRowView {
    pub name: String,
    pub email: String,
    pub roles: String,
    pub status: String,
    pub edit_href: String,
    pub edit_label: String,
}

#[derive(Template)]
#[template(path = "admin_users.html")]
struct UsersPage {
    page: Page,
    count_label: String,
    users: Vec<UserRowView>,
    prev: Option<String>,
    next: Option<String>,
}

#[derive(Debug, Deserialize)]
pub struct PageQuery {
    pub page: Option<i64>,
}

pub async fn users(
    WithRole(ctx, me, ..): WithRole<Administrator>,
    State(state): State<AppState>,
    Query(q): Query<PageQuery>,
) -> AppResult<Response> {
    let page = Page::new(&ctx, "admin-users-title", "admin");
    let list = accounts::users(&state.app, &me, q.page.unwrap_or(1)).await?;
    let (n, total) = (list.page, list.total);
    let users = list
        .users
        .iter()
        .map(|u| UserRowView {
            name: u.profile.name.clone(),
            email: u.email.clone(),
            roles: u
                .roles
                .iter()
                .map(|r| page.t(&format!("role-{}", r.code())))
                .collect::<Vec<_>>()
                .join(&page.t("list-separator")),
            status: page.t(if u.email_verified {
                "account-verified"
            } else {
                "account-unverified"
            }),
            edit_href: page.href(&format!("/admin/users/{}", u.id)),
            edit_label: I18N.tr_args(
                ctx.lang,
                "admin-roles-for",
                &[("name", Arg::from(&u.profile.name))],
            ),
        })
        .collect();
    let href = |p: i64| page.href(&format!("/admin/users?page={p}"));
    let prev = (n > 1).then(|| href(n - 1));
    let next = list.has_next().then(|| href(n + 1));
    let count_label = page.tn("admin-users-count", "count", total);
    render(&UsersPage {
        page,
        count_label,
        users,
        prev,
        next,
    })
}

fn roles_page(
    ctx: &Ctx,
    target: &User,
    held: &[Role],
    errors: &FieldErrors,
) -> AppResult<Response> {
    let mut page = Page::new(ctx, "admin-users-title", "admin");
    page.title = I18N.tr_args(
        ctx.lang,
        "admin-roles-for",
        &[("name", Arg::from(&target.profile.name))],
    );
    let field = Field::new(ctx.lang, "role", "table-roles", "checkboxes").checkboxes(
        Role::ALL.iter().map(|r| {
            (
                r.code().to_owned(),
                page.t(&format!("role-{}", r.code())),
                held.contains(r),
            )
        }),
    );
    let form = FormView::new(
        &page,
        "roles",
        &format!("/admin/users/{}", target.id),
        "admin-roles-save",
        vec![field],
    )
    .errors(ctx.lang, errors);
    let mut p = FormPage::new(page)
        .form(form)
        .link("/admin/users", "admin-users-title");
    p.facts = vec![(p.page.t("table-email"), target.email.clone())];
    render_with_status(
        &p,
        if errors.is_empty() {
            StatusCode::OK
        } else {
            StatusCode::UNPROCESSABLE_ENTITY
        },
    )
}

pub async fn user_roles_form(
    WithRole(ctx, me, ..): WithRole<Administrator>,
    State(state): State<AppState>,
    Path((_, id)): Path<(String, i64)>,
) -> AppResult<Response> {
    let target = accounts::user_for_admin(&state.app, &me, AccountId::new(id)).await?;
    roles_page(&ctx, &target, &target.roles, &FieldErrors::new())
}

pub async fn save_user_roles(
    WithRole(ctx, me, ..): WithRole<Administrator>,
    State(state): State<AppState>,
    Path((_, id)): Path<(String, i64)>,
    CsrfForm(pairs): CsrfForm<Vec<(String, String)>>,
) -> AppResult<Response> {
    let mut errors = FieldErrors::new();
    let mut wanted = vec![Role::Participant];
    for (_, v) in pairs.iter().filter(|(k, _)| k == "role") {
        if let Some(r) = errors.check("role", Role::parse(v))
            && !wanted.contains(&r)
        {
            wanted.push(r);
        }
    }
    let id = AccountId::new(id);
    if errors.is_empty() {
        match accounts::set_roles(&state.app, &me, id, &wanted).await {
            Ok(_) => {
                return Ok(
                    Redirect::to(&format!("/{}/admin/users", ctx.lang.code())).into_response()
                );
            }
            Err(ServiceError::Fields(refused)) => errors = refused,
            Err(e) => return Err(e.into()),
        }
    }
    let target = accounts::user_for_admin(&state.app, &me, id).await?;
    roles_page(&ctx, &target, &wanted, &errors)
}

// ---- facilitators ----------------------------------------------------------

pub struct FacilitatorView {
    pub id: i64,
    pub line: String,
    pub line_name: String,
    pub agency: String,
    pub role: String,
    pub remove_label: String,
}

#[derive(Template)]
#[template(path = "admin_facilitators.html")]
struct FacilitatorsPage {
    page: Page,
    rows: Vec<FacilitatorView>,
    forms: Vec<FormView>,
}

/// Every Action Line and sub-line a facilitator may be attached to.
fn line_choices(lang: Language) -> Vec<(String, String)> {
    let mut v = Vec::new();
    for a in ACTION_LINES.iter() {
        v.push((
            a.code.to_owned(),
            format!("{} {}", a.code, a.name.get(lang)),
        ));
        for s in action_lines::sublines(a.code) {
            v.push((
                s.code.to_owned(),
                format!("{} {}", s.code, s.name.get(lang)),
            ));
        }
    }
    v
}

fn line_name(code: &str, lang: Language) -> String {
    action_lines::action_line(code)
        .map(|a| a.name.get(lang).to_string())
        .or_else(|| action_lines::category(code).map(|c| c.name.get(lang).to_string()))
        .unwrap_or_default()
}

async fn facilitators_page(
    ctx: &Ctx,
    state: &AppState,
    actor: &User,
    input: &FacilitatorInput,
    errors: &FieldErrors,
) -> AppResult<Response> {
    let page = Page::new(ctx, "admin-facilitators-title", "admin");
    let lang = ctx.lang;
    let rows = accounts::facilitators(&state.app, actor)
        .await?
        .into_iter()
        .map(|f| FacilitatorView {
            remove_label: I18N.tr_args(
                lang,
                "admin-remove-label",
                &[
                    ("agency", Arg::from(&f.agency)),
                    ("line", Arg::from(&f.action_line)),
                ],
            ),
            id: f.id,
            line_name: line_name(&f.action_line, lang),
            line: f.action_line,
            agency: f.agency,
            role: page.t(&format!("facilitator-role-{}", f.role)),
        })
        .collect();
    let fields = vec![
        Field::new(lang, "action_line", "field-action-line", "select")
            .required()
            .value(&input.action_line)
            .choices(line_choices(lang)),
        Field::new(lang, "agency", "field-agency", "text")
            .required()
            .value(&input.agency)
            .autocomplete("organization"),
        Field::new(lang, "role", "field-facilitator-role", "select")
            .required()
            .value(&input.role)
            .choices(FacilitatorRole::ALL.iter().map(|r| {
                (
                    r.key().to_owned(),
                    page.t(&format!("facilitator-role-{}", r.key())),
                )
            })),
    ];
    let form = FormView::new(
        &page,
        "add",
        "/admin/facilitators",
        "admin-facilitators-add",
        fields,
    )
    .heading(&page, "admin-facilitators-add")
    .errors(lang, errors);
    render_with_status(
        &FacilitatorsPage {
            page,
            rows,
            forms: vec![form],
        },
        if errors.is_empty() {
            StatusCode::OK
        } else {
            StatusCode::UNPROCESSABLE_ENTITY
        },
    )
}

pub async fn facilitators(
    WithRole(ctx, me, ..): WithRole<Secretariat>,
    State(state): State<AppState>,
) -> AppResult<Response> {
    facilitators_page(
        &ctx,
        &state,
        &me,
        &FacilitatorInput::default(),
        &FieldErrors::new(),
    )
    .await
}

pub async fn add_facilitator(
    WithRole(ctx, me, ..): WithRole<Secretariat>,
    State(state): State<AppState>,
    CsrfForm(input): CsrfForm<FacilitatorInput>,
) -> AppResult<Response> {
    match accounts::add_facilitator(&state.app, &me, &input).await {
        Ok(()) => Ok(Redirect::to(&format!(
            "/{}/admin/facilitators?notice=admin-facilitator-added",
            ctx.lang.code()
        ))
        .into_response()),
        Err(ServiceError::Fields(errors)) => {
            facilitators_page(&ctx, &state, &me, &input, &errors).await
        }
        Err(e) => Err(e.into()),
    }
}

#[derive(Debug, Deserialize)]
pub struct IdInput {
    pub id: i64,
}

pub async fn remove_facilitator(
    WithRole(ctx, me, ..): WithRole<Secretariat>,
    State(state): State<AppState>,
    CsrfForm(input): CsrfForm<IdInput>,
) -> AppResult<Response> {
    accounts::remove_facilitator(&state.app, &me, input.id).await?;
    Ok(Redirect::to(&format!(
        "/{}/admin/facilitators?notice=admin-facilitator-removed",
        ctx.lang.code()
    ))
    .into_response())
}
