//! The open consultation's phases of an edition.

use super::{Empty, six};
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
use wsis_app::forum::site::Phase;
use wsis_domain::FieldErrors;
use wsis_domain::forum::site::PhaseInput;
use wsis_i18n::Arg;

fn phases_page(
    ctx: &crate::ctx::Ctx,
    year: i64,
    phases: &[Phase],
    input: &PhaseInput,
    errors: &FieldErrors,
    notice: &Notice,
) -> ManagePage {
    let page = titled(ctx, "forum-manage-tab-phases", Some(year));
    let lang = ctx.lang;
    let rows = phases
        .iter()
        .map(|p| {
            let title = p
                .title
                .get(lang.code())
                .or_else(|| p.title.get("en"))
                .cloned()
                .unwrap_or_default();
            RowView {
                remove: Some((
                    page.href(&format!("/forum/{year}/manage/phases/{}/remove", p.id)),
                    I18N.tr_args(
                        lang,
                        "forum-manage-remove",
                        &[("name", Arg::from(title.as_str()))],
                    ),
                )),
                cells: vec![
                    title,
                    p.starts_on.clone(),
                    p.ends_on.clone().unwrap_or_default(),
                ],
                link: None,
            }
        })
        .collect();
    let table = TableView {
        caption: page.t("forum-manage-tab-phases"),
        headers: [
            "forum-field-phase-title",
            "forum-field-phase-starts",
            "forum-field-phase-ends",
        ]
        .map(|k| page.t(k))
        .to_vec(),
        rows,
        empty: page.t("forum-manage-empty"),
    };
    let mut fields = six(
        lang,
        [
            "title_ar", "title_zh", "title_en", "title_fr", "title_ru", "title_es",
        ],
        "forum-field-phase-title",
        |l| input.title_of(l),
    );
    fields.push(
        Field::new(lang, "starts_on", "forum-field-phase-starts", "date")
            .required()
            .value(&input.starts_on),
    );
    fields
        .push(Field::new(lang, "ends_on", "forum-field-phase-ends", "date").value(&input.ends_on));
    let form = FormView::new(
        &page,
        "phase",
        &format!("/forum/{year}/manage/phases"),
        "forum-manage-add",
        fields,
    )
    .heading(&page, "forum-manage-add-phase")
    .errors(lang, errors);
    manage_page(page, Some(year), "phases", notice, Some(table), vec![form])
}

pub async fn phases(
    WithRole(ctx, _, _): WithRole<Secretariat>,
    State(state): State<AppState>,
    Path((_, year)): Path<(String, i64)>,
    Query(notice): Query<Notice>,
) -> AppResult<Response> {
    let list = site::phases(&state.app, year).await?;
    respond(
        &phases_page(
            &ctx,
            year,
            &list,
            &PhaseInput::default(),
            &FieldErrors::new(),
            &notice,
        ),
        false,
    )
}

pub async fn phase_add(
    WithRole(ctx, user, _): WithRole<Secretariat>,
    State(state): State<AppState>,
    Path((_, year)): Path<(String, i64)>,
    CsrfForm(input): CsrfForm<PhaseInput>,
) -> AppResult<Response> {
    match site::add_phase(&state.app, principal(&user), year, &input).await {
        Ok(()) => Ok(done(
            format!("/{}/forum/{year}/manage/phases", ctx.lang.code()),
            "saved",
        )),
        Err(e) => {
            let errors = refused(e)?;
            let list = site::phases(&state.app, year).await?;
            respond(
                &phases_page(&ctx, year, &list, &input, &errors, &Notice::default()),
                true,
            )
        }
    }
}

pub async fn phase_remove(
    WithRole(ctx, user, _): WithRole<Secretariat>,
    State(state): State<AppState>,
    Path((_, year, id)): Path<(String, i64, i64)>,
    CsrfForm(_): CsrfForm<Empty>,
) -> AppResult<Response> {
    site::remove_phase(&state.app, principal(&user), year, id).await?;
    Ok(done(
        format!("/{}/forum/{year}/manage/phases", ctx.lang.code()),
        "removed",
    ))
}
