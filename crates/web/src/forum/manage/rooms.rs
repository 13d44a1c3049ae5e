//! The rooms of an edition: the list, a new room, a room's settings.

use super::one;
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
use wsis_app::forum::captions;
use wsis_app::forum::site;
use wsis_app::forum::site::RoomRow;
use wsis_domain::RoomId;
use wsis_domain::forum::site::{ROOM_FEATURES, RoomInput};
use wsis_domain::{FieldErrors, Language};
use wsis_i18n::Arg;

fn room_fields(lang: Language, r: &RoomInput) -> Vec<Field> {
    let has = |f: &str| r.features.iter().any(|x| x == f);
    vec![
        Field::new(lang, "code", "forum-field-room-code", "text")
            .required()
            .value(&r.code)
            .hint(lang, "forum-field-room-code-hint"),
        Field::new(lang, "name", "forum-field-room-name", "text")
            .required()
            .value(&r.name),
        Field::new(lang, "capacity", "forum-field-room-capacity", "number")
            .required()
            .value(&r.capacity),
        Field::new(lang, "features", "forum-field-room-features", "checkboxes").checkboxes(
            ROOM_FEATURES.map(|f| {
                (
                    f.to_owned(),
                    I18N.tr(lang, &format!("forum-room-feature-{f}")),
                    has(f),
                )
            }),
        ),
        Field::new(lang, "opens", "forum-field-opens", "time")
            .required()
            .value(&r.opens)
            .hint(lang, "forum-field-clock-hint"),
        Field::new(lang, "closes", "forum-field-closes", "time")
            .required()
            .value(&r.closes)
            .hint(lang, "forum-field-clock-hint"),
    ]
}

fn room_input(pairs: &[(String, String)]) -> RoomInput {
    RoomInput {
        code: one(pairs, "code"),
        name: one(pairs, "name"),
        capacity: one(pairs, "capacity"),
        features: pairs
            .iter()
            .filter(|(k, _)| k == "features")
            .map(|(_, v)| v.clone())
            .collect(),
        opens: one(pairs, "opens"),
        closes: one(pairs, "closes"),
    }
}

fn rooms_page(
    ctx: &crate::ctx::Ctx,
    year: i64,
    rooms: &[RoomRow],
    input: &RoomInput,
    errors: &FieldErrors,
    notice: &Notice,
) -> ManagePage {
    let page = titled(ctx, "forum-manage-tab-rooms", Some(year));
    let lang = ctx.lang;
    let feature_list = |r: &RoomRow| {
        [
            (r.interpretation, "interpretation"),
            (r.captioning, "captioning"),
            (r.step_free, "step-free"),
        ]
        .iter()
        .filter(|(b, _)| *b)
        .map(|(_, f)| I18N.tr(lang, &format!("forum-room-feature-{f}")))
        .collect::<Vec<_>>()
        .join(&I18N.tr(lang, "list-separator"))
    };
    let rows = rooms
        .iter()
        .map(|r| RowView {
            cells: vec![
                r.name.clone(),
                r.code.clone(),
                wsis_i18n::format_number(lang, r.capacity),
                feature_list(r),
                // An isolate keeps the range in order in right-to-left pages.
                format!("\u{2066}{}–{}\u{2069}", r.opens, r.closes),
            ],
            link: Some((
                page.href(&format!("/forum/{year}/manage/rooms/{}", r.id)),
                I18N.tr_args(
                    lang,
                    "forum-manage-edit",
                    &[("name", Arg::from(r.name.as_str()))],
                ),
            )),
            remove: None,
        })
        .collect();
    let table = TableView {
        caption: page.t("forum-manage-tab-rooms"),
        headers: [
            "forum-field-room-name",
            "forum-field-room-code",
            "forum-field-room-capacity",
            "forum-field-room-features",
            "forum-manage-hours",
        ]
        .map(|k| page.t(k))
        .to_vec(),
        rows,
        empty: page.t("forum-manage-empty"),
    };
    let form = FormView::new(
        &page,
        "room",
        &format!("/forum/{year}/manage/rooms"),
        "forum-manage-add",
        room_fields(lang, input),
    )
    .heading(&page, "forum-manage-add-room")
    .errors(lang, errors);
    // The previous edition's rooms at once (those with a code this one lacks).
    let copy = FormView::new(
        &page,
        "copy",
        &format!("/forum/{year}/manage/rooms/copy"),
        "forum-rooms-copy",
        Vec::new(),
    )
    .heading(&page, "forum-rooms-copy-heading");
    manage_page(
        page,
        Some(year),
        "rooms",
        notice,
        Some(table),
        vec![form, copy],
    )
}

fn new_room() -> RoomInput {
    RoomInput {
        opens: "09:00".into(),
        closes: "18:00".into(),
        ..Default::default()
    }
}

/// The form naming a room's captioners (its technicians): e-mail addresses of accounts.
fn captioners_form(
    page: &crate::pages::Page,
    year: i64,
    id: i64,
    captioners: &str,
    errors: &FieldErrors,
) -> FormView {
    FormView::new(
        page,
        "captioners",
        &format!("/forum/{year}/manage/rooms/{id}/captioners"),
        "captions-room-captioners-save",
        vec![
            Field::new(
                page.lang,
                "captioners",
                "captions-room-captioners",
                "textarea",
            )
            .value(captioners)
            .hint(page.lang, "captions-room-captioners-hint"),
        ],
    )
    .heading(page, "captions-room-captioners-heading")
    .errors(page.lang, errors)
}

fn room_page(
    ctx: &crate::ctx::Ctx,
    year: i64,
    id: i64,
    input: &RoomInput,
    errors: &FieldErrors,
    captioners: (&str, &FieldErrors),
) -> ManagePage {
    let mut page = titled(ctx, "forum-manage-tab-rooms", Some(year));
    page.title = I18N.tr_args(
        ctx.lang,
        "forum-manage-edit",
        &[("name", Arg::from(input.name.as_str()))],
    );
    let form = FormView::new(
        &page,
        "room",
        &format!("/forum/{year}/manage/rooms/{id}"),
        "forum-manage-save",
        room_fields(ctx.lang, input),
    )
    .errors(ctx.lang, errors);
    let cap = captioners_form(&page, year, id, captioners.0, captioners.1);
    manage_page(
        page,
        Some(year),
        "rooms",
        &Notice::default(),
        None,
        vec![form, cap],
    )
}

pub async fn rooms(
    WithRole(ctx, _, _): WithRole<Secretariat>,
    State(state): State<AppState>,
    Path((_, year)): Path<(String, i64)>,
    Query(notice): Query<Notice>,
) -> AppResult<Response> {
    let list = site::rooms(&state.app, year).await?;
    respond(
        &rooms_page(&ctx, year, &list, &new_room(), &FieldErrors::new(), &notice),
        false,
    )
}

pub async fn room_add(
    WithRole(ctx, user, _): WithRole<Secretariat>,
    State(state): State<AppState>,
    Path((_, year)): Path<(String, i64)>,
    CsrfForm(pairs): CsrfForm<Vec<(String, String)>>,
) -> AppResult<Response> {
    let input = room_input(&pairs);
    match site::add_room(&state.app, principal(&user), year, &input).await {
        Ok(_) => {
            state.forum.invalidate(year);
            Ok(done(
                format!("/{}/forum/{year}/manage/rooms", ctx.lang.code()),
                "saved",
            ))
        }
        Err(e) => {
            let errors = refused(e)?;
            let list = site::rooms(&state.app, year).await?;
            respond(
                &rooms_page(&ctx, year, &list, &input, &errors, &Notice::default()),
                true,
            )
        }
    }
}

/// Copies the rooms of the latest earlier edition that has any.
pub async fn rooms_copy(
    WithRole(ctx, user, _): WithRole<Secretariat>,
    State(state): State<AppState>,
    Path((_, year)): Path<(String, i64)>,
    CsrfForm(_): CsrfForm<Vec<(String, String)>>,
) -> AppResult<Response> {
    site::copy_rooms(&state.app, principal(&user), year).await?;
    state.forum.invalidate(year);
    Ok(done(
        format!("/{}/forum/{year}/manage/rooms", ctx.lang.code()),
        "copied",
    ))
}

pub async fn room_form(
    WithRole(ctx, user, _): WithRole<Secretariat>,
    State(state): State<AppState>,
    Path((_, year, id)): Path<(String, i64, i64)>,
) -> AppResult<Response> {
    let input = room_input_of(&state, year, id).await?;
    let captioners = captions::room_captioners(&state.app, principal(&user), year, id)
        .await?
        .join("\n");
    respond(
        &room_page(
            &ctx,
            year,
            id,
            &input,
            &FieldErrors::new(),
            (&captioners, &FieldErrors::new()),
        ),
        false,
    )
}

async fn room_input_of(state: &AppState, year: i64, id: i64) -> AppResult<RoomInput> {
    let r = site::room(&state.app, year, RoomId::new(id)).await?;
    Ok(RoomInput {
        code: r.code,
        name: r.name,
        capacity: r.capacity.to_string(),
        features: [
            (r.interpretation, "interpretation"),
            (r.captioning, "captioning"),
            (r.step_free, "step-free"),
        ]
        .iter()
        .filter(|(b, _)| *b)
        .map(|(_, f)| (*f).to_owned())
        .collect(),
        opens: r.opens,
        closes: r.closes,
    })
}

/// Names the captioners of a room (machine captioning): they may caption every session
/// held in it.
pub async fn room_captioners_save(
    WithRole(ctx, user, _): WithRole<Secretariat>,
    State(state): State<AppState>,
    Path((_, year, id)): Path<(String, i64, i64)>,
    CsrfForm(pairs): CsrfForm<Vec<(String, String)>>,
) -> AppResult<Response> {
    let raw = one(&pairs, "captioners");
    match captions::set_room_captioners(&state.app, principal(&user), year, id, &raw).await {
        Ok(()) => Ok(done(
            format!("/{}/forum/{year}/manage/rooms", ctx.lang.code()),
            "saved",
        )),
        Err(e) => {
            let errors = refused(e)?;
            let input = room_input_of(&state, year, id).await?;
            respond(
                &room_page(&ctx, year, id, &input, &FieldErrors::new(), (&raw, &errors)),
                true,
            )
        }
    }
}

pub async fn room_save(
    WithRole(ctx, user, _): WithRole<Secretariat>,
    State(state): State<AppState>,
    Path((_, year, id)): Path<(String, i64, i64)>,
    CsrfForm(pairs): CsrfForm<Vec<(String, String)>>,
) -> AppResult<Response> {
    let input = room_input(&pairs);
    match site::update_room(&state.app, principal(&user), year, RoomId::new(id), &input).await {
        Ok(()) => {
            state.forum.invalidate(year);
            Ok(done(
                format!("/{}/forum/{year}/manage/rooms", ctx.lang.code()),
                "saved",
            ))
        }
        Err(e) => {
            let errors = refused(e)?;
            let captioners = captions::room_captioners(&state.app, principal(&user), year, id)
                .await?
                .join("\n");
            respond(
                &room_page(
                    &ctx,
                    year,
                    id,
                    &input,
                    &errors,
                    (&captioners, &FieldErrors::new()),
                ),
                true,
            )
        }
    }
}
