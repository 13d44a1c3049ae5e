//! The session types the secretariat adds to the built-in ones.

use super::six;
use super::{ManagePage, Notice, RowView, TableView, done, manage_page, refused, respond, titled};
use crate::csrf::CsrfForm;
use crate::ctx::{Secretariat, WithRole};
use crate::error::AppResult;
use crate::forms::Field;
use crate::forum::proposals::principal;
use crate::pages::account::FormView;
use crate::state::AppState;
use axum::extract::{Query, State};
use axum::response::Response;
use std::collections::BTreeMap;
use wsis_app::forum::site;
use wsis_app::forum::site::SessionType;
use wsis_domain::FieldErrors;
use wsis_domain::forum::Track;
use wsis_domain::forum::site::SessionTypeInput;

fn types_page(
    ctx: &crate::ctx::Ctx,
    types: &[SessionType],
    input: &SessionTypeInput,
    errors: &FieldErrors,
    notice: &Notice,
) -> ManagePage {
    let page = titled(ctx, "forum-manage-tab-types", None);
    let lang = ctx.lang;
    let custom: std::collections::HashMap<String, BTreeMap<String, String>> = types
        .iter()
        .filter(|t| !t.names.is_empty())
        .map(|t| (t.code.clone(), t.names.clone()))
        .collect();
    let rows = types
        .iter()
        .map(|t| RowView {
            cells: vec![
                crate::forum::type_name(&custom, &t.code, lang),
                t.code.clone(),
                page.t(&format!("forum-track-{}", t.track)),
                page.t(if t.names.is_empty() {
                    "forum-manage-builtin"
                } else {
                    "forum-manage-custom"
                }),
            ],
            link: None,
            remove: None,
        })
        .collect();
    let table = TableView {
        caption: page.t("forum-manage-tab-types"),
        headers: [
            "forum-field-type-name",
            "forum-field-type-code",
            "forum-field-track",
            "forum-manage-origin",
        ]
        .map(|k| page.t(k))
        .to_vec(),
        rows,
        empty: page.t("forum-manage-empty"),
    };
    let mut fields = vec![
        Field::new(lang, "code", "forum-field-type-code", "text")
            .required()
            .value(&input.code)
            .hint(lang, "forum-field-type-code-hint"),
        Field::new(lang, "track", "forum-field-track", "select")
            .required()
            .value(&input.track)
            .choices([Track::HighLevel, Track::Forum].map(|t| {
                (
                    t.code().to_owned(),
                    page.t(&format!("forum-track-{}", t.code())),
                )
            })),
    ];
    fields.extend(six(
        lang,
        [
            "name_ar", "name_zh", "name_en", "name_fr", "name_ru", "name_es",
        ],
        "forum-field-type-name",
        |l| input.name_of(l),
    ));
    let form = FormView::new(
        &page,
        "type",
        "/forum/manage/types",
        "forum-manage-add",
        fields,
    )
    .heading(&page, "forum-manage-add-type")
    .errors(lang, errors);
    manage_page(page, None, "types", notice, Some(table), vec![form])
}

pub async fn types(
    WithRole(ctx, _, _): WithRole<Secretariat>,
    State(state): State<AppState>,
    Query(notice): Query<Notice>,
) -> AppResult<Response> {
    let list = site::session_types(&state.app).await?;
    respond(
        &types_page(
            &ctx,
            &list,
            &SessionTypeInput::default(),
            &FieldErrors::new(),
            &notice,
        ),
        false,
    )
}

pub async fn type_add(
    WithRole(ctx, user, _): WithRole<Secretariat>,
    State(state): State<AppState>,
    CsrfForm(input): CsrfForm<SessionTypeInput>,
) -> AppResult<Response> {
    match site::add_session_type(&state.app, principal(&user), &input).await {
        Ok(()) => {
            state.forum.clear();
            Ok(done(
                format!("/{}/forum/manage/types", ctx.lang.code()),
                "saved",
            ))
        }
        Err(e) => {
            let errors = refused(e)?;
            let list = site::session_types(&state.app).await?;
            respond(
                &types_page(&ctx, &list, &input, &errors, &Notice::default()),
                true,
            )
        }
    }
}
