//! The partners of an edition, by tier.

use super::Empty;
use super::{ManagePage, Notice, RowView, TableView, done, manage_page, refused, respond, titled};
use crate::I18N;
use crate::csrf::CsrfForm;
use crate::ctx::{Secretariat, WithRole};
use crate::error::AppResult;
use crate::forms::Field;
use crate::forum::proposals::principal;
use crate::pages::account::FormView;
use crate::state::AppState;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use wsis_app::forum::site;
use wsis_app::forum::site::Partner;
use wsis_domain::FieldErrors;
use wsis_domain::forum::site::{PARTNER_TIERS, PartnerInput};
use wsis_i18n::Arg;

fn partners_page(
    ctx: &crate::ctx::Ctx,
    year: i64,
    partners: &[Partner],
    input: &PartnerInput,
    errors: &FieldErrors,
    notice: &Notice,
) -> ManagePage {
    let page = titled(ctx, "forum-manage-tab-partners", Some(year));
    let lang = ctx.lang;
    let tier_name = |t: &str| I18N.tr(lang, &format!("forum-partner-tier-{t}"));
    let rows = partners
        .iter()
        .map(|p| RowView {
            cells: vec![p.name.clone(), tier_name(&p.tier), p.url.clone()],
            link: None,
            remove: Some((
                page.href(&format!("/forum/{year}/manage/partners/{}/remove", p.id)),
                I18N.tr_args(
                    lang,
                    "forum-manage-remove",
                    &[("name", Arg::from(p.name.as_str()))],
                ),
            )),
        })
        .collect();
    let table = TableView {
        caption: page.t("forum-manage-tab-partners"),
        headers: [
            "forum-field-partner-name",
            "forum-field-tier",
            "forum-field-partner-url",
        ]
        .map(|k| page.t(k))
        .to_vec(),
        rows,
        empty: page.t("forum-manage-empty"),
    };
    let fields = vec![
        Field::new(lang, "tier", "forum-field-tier", "select")
            .required()
            .value(&input.tier)
            .choices(
                PARTNER_TIERS
                    .iter()
                    .map(|t| ((*t).to_owned(), tier_name(t))),
            ),
        Field::new(lang, "name", "forum-field-partner-name", "text")
            .required()
            .value(&input.name),
        Field::new(lang, "url", "forum-field-partner-url", "url")
            .required()
            .value(&input.url),
    ];
    let form = FormView::new(
        &page,
        "partner",
        &format!("/forum/{year}/manage/partners"),
        "forum-manage-add",
        fields,
    )
    .heading(&page, "forum-manage-add-partner")
    .errors(lang, errors);
    manage_page(
        page,
        Some(year),
        "partners",
        notice,
        Some(table),
        vec![form],
    )
}

pub async fn partners(
    WithRole(ctx, _, _): WithRole<Secretariat>,
    State(state): State<AppState>,
    Path((_, year)): Path<(String, i64)>,
    Query(notice): Query<Notice>,
) -> AppResult<Response> {
    let list = site::partners(&state.app, year).await?;
    respond(
        &partners_page(
            &ctx,
            year,
            &list,
            &PartnerInput::default(),
            &FieldErrors::new(),
            &notice,
        ),
        false,
    )
}

pub async fn partner_add(
    WithRole(ctx, user, _): WithRole<Secretariat>,
    State(state): State<AppState>,
    Path((_, year)): Path<(String, i64)>,
    CsrfForm(input): CsrfForm<PartnerInput>,
) -> AppResult<Response> {
    match site::add_partner(&state.app, principal(&user), year, &input).await {
        Ok(()) => Ok(done(
            format!("/{}/forum/{year}/manage/partners", ctx.lang.code()),
            "saved",
        )),
        Err(e) => {
            let errors = refused(e)?;
            let list = site::partners(&state.app, year).await?;
            respond(
                &partners_page(&ctx, year, &list, &input, &errors, &Notice::default()),
                true,
            )
        }
    }
}

pub async fn partner_remove(
    WithRole(ctx, user, _): WithRole<Secretariat>,
    State(state): State<AppState>,
    Path((_, year, id)): Path<(String, i64, i64)>,
    CsrfForm(_): CsrfForm<Empty>,
) -> AppResult<Response> {
    site::remove_partner(&state.app, principal(&user), year, id).await?;
    Ok(done(
        format!("/{}/forum/{year}/manage/partners", ctx.lang.code()),
        "removed",
    ))
}
