//! The secretariat's editors of a forum: editions (created and edited),
//! rooms, the open consultation's phases, partners by tier, the website
//! pages in six languages, and the session types added to the built-in ones.
//! Plain forms with field-level errors; each save redirects (so a reload
//! does not post again) and forgets the edition's cached pages.

use super::edition;
use crate::I18N;
use crate::csrf::CsrfForm;
use crate::ctx::{Secretariat, WithRole};
use crate::error::{AppError, AppResult};
use crate::forms::Field;
use crate::pages::account::FormView;
use crate::pages::{Page, render_with_status};
use crate::state::AppState;
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use std::collections::BTreeMap;
use wsis_db::DbError;
use wsis_db::forum::{self as fdb, Edition, RoomRow};
use wsis_domain::forum::site::{
    EditionInput, PARTNER_TIERS, PageInput, PartnerInput, PhaseInput, ROOM_FEATURES, RoomInput,
    SessionTypeInput, check_page_slug, parse_year,
};
use wsis_domain::forum::{BUILTIN_SESSION_TYPES, Track};
use wsis_domain::{FieldErrors, Language};
use wsis_i18n::Arg;

/// One row of a table, with an optional edit link and remove button.
pub struct RowView {
    pub cells: Vec<String>,
    pub link: Option<(String, String)>,
    pub remove: Option<(String, String)>,
}

pub struct TableView {
    pub caption: String,
    pub headers: Vec<String>,
    pub rows: Vec<RowView>,
    pub empty: String,
}

#[derive(Template)]
#[template(path = "forum/manage.html")]
struct ManagePage {
    page: Page,
    nav_label: String,
    nav: Vec<(String, String, bool)>,
    notice: Option<String>,
    table: Option<TableView>,
    forms: Vec<FormView>,
}

#[derive(serde::Deserialize, Default)]
pub struct Notice {
    #[serde(default)]
    done: String,
}

const TABS: [&str; 6] = ["edition", "rooms", "phases", "partners", "pages", "types"];

fn manage_page(
    page: Page,
    year: Option<i64>,
    current: &str,
    notice: &Notice,
    table: Option<TableView>,
    forms: Vec<FormView>,
) -> ManagePage {
    let nav = TABS
        .iter()
        .filter_map(|tab| {
            let path = match (tab, year) {
                (&"types", _) => "/forum/manage/types".to_owned(),
                (_, Some(y)) => format!("/forum/{y}/manage/{tab}"),
                (_, None) => return None,
            };
            Some((
                page.href(&path),
                page.t(&format!("forum-manage-tab-{tab}")),
                *tab == current,
            ))
        })
        .chain(std::iter::once((
            page.href("/forum/manage/editions"),
            page.t("forum-manage-tab-editions"),
            current == "editions",
        )))
        .collect();
    let notice = match notice.done.as_str() {
        "saved" => Some(page.t("forum-manage-saved")),
        "removed" => Some(page.t("forum-manage-removed")),
        _ => None,
    };
    ManagePage {
        nav_label: page.t("forum-manage-nav"),
        page,
        nav,
        notice,
        table,
        forms,
    }
}

fn respond(p: &ManagePage, failed: bool) -> AppResult<Response> {
    render_with_status(
        p,
        if failed {
            StatusCode::UNPROCESSABLE_ENTITY
        } else {
            StatusCode::OK
        },
    )
}

fn titled(ctx: &crate::ctx::Ctx, key: &str, year: Option<i64>) -> Page {
    let mut page = Page::new(ctx, key, "forum");
    if let Some(y) = year {
        page.title = format!(
            "{} · {}",
            page.title,
            I18N.tr_args(
                ctx.lang,
                "forum-edition-name",
                &[("year", Arg::from(y.to_string().as_str()))]
            )
        );
    }
    page
}

fn done(page_path: String, what: &str) -> Response {
    Redirect::to(&format!("{page_path}?done={what}")).into_response()
}

/// The value of a field in posted pairs.
fn one(pairs: &[(String, String)], name: &str) -> String {
    pairs
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.clone())
        .unwrap_or_default()
}

/// Six text fields, one per language, labelled with the language's name.
fn six(
    lang: Language,
    names: [&'static str; 6],
    label_key: &str,
    value: impl Fn(Language) -> String,
) -> Vec<Field> {
    Language::ALL
        .iter()
        .zip(names)
        .map(|(l, name)| {
            let mut f = Field::new(lang, name, label_key, "text").value(value(*l));
            f.label = I18N.tr_args(
                lang,
                "forum-field-in-language",
                &[
                    ("field", Arg::from(f.label.as_str())),
                    ("name", Arg::from(l.native_name())),
                ],
            );
            if *l == Language::En {
                f = f.required();
            }
            f
        })
        .collect()
}

// ------------------------------------------------------------------ editions

fn edition_fields(lang: Language, input: &EditionInput, with_year: bool) -> Vec<Field> {
    let t = |k: &str| I18N.tr(lang, k);
    let mut fields = Vec::new();
    if with_year {
        fields.push(
            Field::new(lang, "year", "forum-field-year", "number")
                .required()
                .value(&input.year),
        );
    }
    fields.extend(six(
        lang,
        [
            "theme_ar", "theme_zh", "theme_en", "theme_fr", "theme_ru", "theme_es",
        ],
        "forum-field-theme",
        |l| input.theme_of(l),
    ));
    fields.extend([
        Field::new(lang, "starts_on", "forum-field-starts-on", "date")
            .required()
            .value(&input.starts_on),
        Field::new(lang, "ends_on", "forum-field-ends-on", "date")
            .required()
            .value(&input.ends_on),
        Field::new(lang, "venue", "forum-field-venue", "text")
            .required()
            .value(&input.venue),
        Field::new(lang, "time_zone", "forum-field-time-zone", "text")
            .required()
            .value(&input.time_zone)
            .hint(lang, "forum-field-time-zone-hint"),
        Field::new(lang, "capacity", "forum-field-capacity", "number")
            .required()
            .value(&input.capacity),
        Field::new(
            lang,
            "proposals_open",
            "forum-field-proposals-open",
            "select",
        )
        .required()
        .value(if input.proposals_open.is_empty() {
            "0".to_owned()
        } else {
            input.proposals_open.clone()
        })
        .choices([
            ("1".to_owned(), t("forum-proposals-open-yes")),
            ("0".to_owned(), t("forum-proposals-open-no")),
        ]),
    ]);
    fields
}

fn edition_input(ed: &Edition) -> EditionInput {
    let th = |l: &str| ed.theme.get(l).cloned().unwrap_or_default();
    EditionInput {
        year: ed.year.to_string(),
        theme_ar: th("ar"),
        theme_zh: th("zh"),
        theme_en: th("en"),
        theme_fr: th("fr"),
        theme_ru: th("ru"),
        theme_es: th("es"),
        starts_on: ed.starts_on.clone(),
        ends_on: ed.ends_on.clone(),
        venue: ed.venue.clone(),
        time_zone: ed.time_zone.clone(),
        capacity: ed.capacity.to_string(),
        proposals_open: if ed.proposals_open { "1" } else { "0" }.to_owned(),
    }
}

fn known_zone(z: &str) -> bool {
    jiff::tz::TimeZone::get(z).is_ok()
}

fn edition_page(
    ctx: &crate::ctx::Ctx,
    year: i64,
    input: &EditionInput,
    errors: &FieldErrors,
    notice: &Notice,
) -> ManagePage {
    let page = titled(ctx, "forum-manage-title-edition", Some(year));
    let form = FormView::new(
        &page,
        "edition",
        &format!("/forum/{year}/manage/edition"),
        "forum-manage-save",
        edition_fields(ctx.lang, input, false),
    )
    .errors(ctx.lang, errors);
    manage_page(page, Some(year), "edition", notice, None, vec![form])
}

pub async fn edition_form(
    WithRole(ctx, _, _): WithRole<Secretariat>,
    State(state): State<AppState>,
    Path((_, year)): Path<(String, i64)>,
    Query(notice): Query<Notice>,
) -> AppResult<Response> {
    let ed = edition(&state, year).await?;
    respond(
        &edition_page(
            &ctx,
            year,
            &edition_input(&ed),
            &FieldErrors::new(),
            &notice,
        ),
        false,
    )
}

pub async fn edition_save(
    WithRole(ctx, _, _): WithRole<Secretariat>,
    State(state): State<AppState>,
    Path((_, year)): Path<(String, i64)>,
    CsrfForm(input): CsrfForm<EditionInput>,
) -> AppResult<Response> {
    let ed = edition(&state, year).await?;
    let mut errors = FieldErrors::new();
    let Some(d) = input.parse(known_zone, &mut errors) else {
        return respond(
            &edition_page(&ctx, year, &input, &errors, &Notice::default()),
            true,
        );
    };
    fdb::update_edition(
        &mut *state.db.conn().await?,
        &Edition {
            theme: d.theme,
            starts_on: d.starts_on,
            ends_on: d.ends_on,
            venue: d.venue,
            time_zone: d.time_zone,
            capacity: d.capacity,
            proposals_open: d.proposals_open,
            ..ed
        },
    )
    .await?;
    state.forum.invalidate(year);
    Ok(done(
        format!("/{}/forum/{year}/manage/edition", ctx.lang.code()),
        "saved",
    ))
}

fn editions_page(
    ctx: &crate::ctx::Ctx,
    editions: &[Edition],
    input: &EditionInput,
    errors: &FieldErrors,
    notice: &Notice,
) -> ManagePage {
    let page = titled(ctx, "forum-manage-tab-editions", None);
    let lang = ctx.lang;
    let rows = editions
        .iter()
        .map(|e| {
            let name = I18N.tr_args(
                lang,
                "forum-edition-name",
                &[("year", Arg::from(e.year.to_string().as_str()))],
            );
            RowView {
                cells: vec![
                    name.clone(),
                    e.theme
                        .get(lang.code())
                        .or_else(|| e.theme.get("en"))
                        .cloned()
                        .unwrap_or_default(),
                    format!("{} – {}", e.starts_on, e.ends_on),
                    e.venue.clone(),
                ],
                link: Some((
                    page.href(&format!("/forum/{}/manage/edition", e.year)),
                    I18N.tr_args(
                        lang,
                        "forum-manage-edit",
                        &[("name", Arg::from(name.as_str()))],
                    ),
                )),
                remove: None,
            }
        })
        .collect();
    let table = TableView {
        caption: page.t("forum-manage-tab-editions"),
        headers: vec![
            page.t("forum-field-year"),
            page.t("forum-field-theme"),
            page.t("forum-dates"),
            page.t("forum-field-venue"),
        ],
        rows,
        empty: page.t("forum-manage-empty"),
    };
    let form = FormView::new(
        &page,
        "new-edition",
        "/forum/manage/editions",
        "forum-manage-add",
        edition_fields(lang, input, true),
    )
    .heading(&page, "forum-manage-new-edition")
    .errors(lang, errors);
    manage_page(page, None, "editions", notice, Some(table), vec![form])
}

pub async fn editions(
    WithRole(ctx, _, _): WithRole<Secretariat>,
    State(state): State<AppState>,
    Query(notice): Query<Notice>,
) -> AppResult<Response> {
    let list = fdb::editions(&mut *state.db.conn().await?).await?;
    let input = EditionInput {
        time_zone: "Europe/Zurich".into(),
        ..Default::default()
    };
    respond(
        &editions_page(&ctx, &list, &input, &FieldErrors::new(), &notice),
        false,
    )
}

pub async fn edition_create(
    WithRole(ctx, _, _): WithRole<Secretariat>,
    State(state): State<AppState>,
    CsrfForm(input): CsrfForm<EditionInput>,
) -> AppResult<Response> {
    let mut conn = state.db.conn().await?;
    let mut errors = FieldErrors::new();
    let year = errors.check("year", parse_year(&input.year));
    let data = input.parse(known_zone, &mut errors);
    let (Some(year), Some(d)) = (year, data) else {
        let list = fdb::editions(&mut conn).await?;
        return respond(
            &editions_page(&ctx, &list, &input, &errors, &Notice::default()),
            true,
        );
    };
    let created = fdb::create_edition(
        &mut conn,
        &Edition {
            id: 0,
            year,
            theme: d.theme,
            starts_on: d.starts_on,
            ends_on: d.ends_on,
            venue: d.venue,
            time_zone: d.time_zone,
            capacity: d.capacity,
            proposals_open: d.proposals_open,
        },
    )
    .await;
    match created {
        Ok(_) => Ok(done(
            format!("/{}/forum/{year}/manage/edition", ctx.lang.code()),
            "saved",
        )),
        Err(DbError::Conflict(_)) => {
            errors.add("year", "forum-year-taken");
            let list = fdb::editions(&mut conn).await?;
            respond(
                &editions_page(&ctx, &list, &input, &errors, &Notice::default()),
                true,
            )
        }
        Err(e) => Err(e.into()),
    }
}

// --------------------------------------------------------------------- rooms

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
    manage_page(page, Some(year), "rooms", notice, Some(table), vec![form])
}

fn new_room() -> RoomInput {
    RoomInput {
        opens: "09:00".into(),
        closes: "18:00".into(),
        ..Default::default()
    }
}

pub async fn rooms(
    WithRole(ctx, _, _): WithRole<Secretariat>,
    State(state): State<AppState>,
    Path((_, year)): Path<(String, i64)>,
    Query(notice): Query<Notice>,
) -> AppResult<Response> {
    let ed = edition(&state, year).await?;
    let list = fdb::rooms(&mut *state.db.conn().await?, ed.id).await?;
    respond(
        &rooms_page(&ctx, year, &list, &new_room(), &FieldErrors::new(), &notice),
        false,
    )
}

fn room_row(id: i64, d: wsis_domain::forum::site::RoomData) -> RoomRow {
    RoomRow {
        id,
        code: d.code,
        name: d.name,
        capacity: d.capacity,
        interpretation: d.interpretation,
        captioning: d.captioning,
        step_free: d.step_free,
        opens: d.opens,
        closes: d.closes,
    }
}

pub async fn room_add(
    WithRole(ctx, _, _): WithRole<Secretariat>,
    State(state): State<AppState>,
    Path((_, year)): Path<(String, i64)>,
    CsrfForm(pairs): CsrfForm<Vec<(String, String)>>,
) -> AppResult<Response> {
    let ed = edition(&state, year).await?;
    let input = room_input(&pairs);
    let mut errors = FieldErrors::new();
    let mut conn = state.db.conn().await?;
    if let Some(d) = input.parse(&mut errors) {
        match fdb::add_room(&mut conn, ed.id, &room_row(0, d)).await {
            Ok(_) => {
                state.forum.invalidate(year);
                return Ok(done(
                    format!("/{}/forum/{year}/manage/rooms", ctx.lang.code()),
                    "saved",
                ));
            }
            Err(DbError::Conflict(_)) => errors.add("code", "room-code-taken"),
            Err(e) => return Err(e.into()),
        }
    }
    let list = fdb::rooms(&mut conn, ed.id).await?;
    respond(
        &rooms_page(&ctx, year, &list, &input, &errors, &Notice::default()),
        true,
    )
}

fn room_page(
    ctx: &crate::ctx::Ctx,
    year: i64,
    id: i64,
    input: &RoomInput,
    errors: &FieldErrors,
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
    manage_page(
        page,
        Some(year),
        "rooms",
        &Notice::default(),
        None,
        vec![form],
    )
}

pub async fn room_form(
    WithRole(ctx, _, _): WithRole<Secretariat>,
    State(state): State<AppState>,
    Path((_, year, id)): Path<(String, i64, i64)>,
) -> AppResult<Response> {
    let ed = edition(&state, year).await?;
    let r = fdb::rooms(&mut *state.db.conn().await?, ed.id)
        .await?
        .into_iter()
        .find(|r| r.id == id)
        .ok_or(AppError::NotFound)?;
    let input = RoomInput {
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
    };
    respond(
        &room_page(&ctx, year, id, &input, &FieldErrors::new()),
        false,
    )
}

pub async fn room_save(
    WithRole(ctx, _, _): WithRole<Secretariat>,
    State(state): State<AppState>,
    Path((_, year, id)): Path<(String, i64, i64)>,
    CsrfForm(pairs): CsrfForm<Vec<(String, String)>>,
) -> AppResult<Response> {
    let ed = edition(&state, year).await?;
    let input = room_input(&pairs);
    let mut errors = FieldErrors::new();
    if let Some(d) = input.parse(&mut errors) {
        match fdb::update_room(&mut *state.db.conn().await?, ed.id, &room_row(id, d)).await {
            Ok(true) => {
                state.forum.invalidate(year);
                return Ok(done(
                    format!("/{}/forum/{year}/manage/rooms", ctx.lang.code()),
                    "saved",
                ));
            }
            Ok(false) => return Err(AppError::NotFound),
            Err(DbError::Conflict(_)) => errors.add("code", "room-code-taken"),
            Err(e) => return Err(e.into()),
        }
    }
    respond(&room_page(&ctx, year, id, &input, &errors), true)
}

// -------------------------------------------------------------------- phases

fn phases_page(
    ctx: &crate::ctx::Ctx,
    year: i64,
    phases: &[fdb::Phase],
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
    let ed = edition(&state, year).await?;
    let list = fdb::phases(&mut *state.db.conn().await?, ed.id).await?;
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
    WithRole(ctx, _, _): WithRole<Secretariat>,
    State(state): State<AppState>,
    Path((_, year)): Path<(String, i64)>,
    CsrfForm(input): CsrfForm<PhaseInput>,
) -> AppResult<Response> {
    let ed = edition(&state, year).await?;
    let mut errors = FieldErrors::new();
    let mut conn = state.db.conn().await?;
    let Some(d) = input.parse(&mut errors) else {
        let list = fdb::phases(&mut conn, ed.id).await?;
        return respond(
            &phases_page(&ctx, year, &list, &input, &errors, &Notice::default()),
            true,
        );
    };
    fdb::add_phase(
        &mut conn,
        ed.id,
        &d.title,
        &d.starts_on,
        d.ends_on.as_deref(),
    )
    .await?;
    Ok(done(
        format!("/{}/forum/{year}/manage/phases", ctx.lang.code()),
        "saved",
    ))
}

#[derive(serde::Deserialize)]
pub struct Empty {}

pub async fn phase_remove(
    WithRole(ctx, _, _): WithRole<Secretariat>,
    State(state): State<AppState>,
    Path((_, year, id)): Path<(String, i64, i64)>,
    CsrfForm(_): CsrfForm<Empty>,
) -> AppResult<Response> {
    let ed = edition(&state, year).await?;
    if !fdb::remove_phase(&mut *state.db.conn().await?, ed.id, id).await? {
        return Err(AppError::NotFound);
    }
    Ok(done(
        format!("/{}/forum/{year}/manage/phases", ctx.lang.code()),
        "removed",
    ))
}

// ------------------------------------------------------------------ partners

fn partners_page(
    ctx: &crate::ctx::Ctx,
    year: i64,
    partners: &[fdb::Partner],
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
    let ed = edition(&state, year).await?;
    let list = fdb::partners(&mut *state.db.conn().await?, ed.id).await?;
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
    WithRole(ctx, _, _): WithRole<Secretariat>,
    State(state): State<AppState>,
    Path((_, year)): Path<(String, i64)>,
    CsrfForm(input): CsrfForm<PartnerInput>,
) -> AppResult<Response> {
    let ed = edition(&state, year).await?;
    let mut errors = FieldErrors::new();
    let mut conn = state.db.conn().await?;
    let Some(d) = input.parse(&mut errors) else {
        let list = fdb::partners(&mut conn, ed.id).await?;
        return respond(
            &partners_page(&ctx, year, &list, &input, &errors, &Notice::default()),
            true,
        );
    };
    fdb::add_partner(&mut conn, ed.id, &d.tier, &d.name, &d.url).await?;
    Ok(done(
        format!("/{}/forum/{year}/manage/partners", ctx.lang.code()),
        "saved",
    ))
}

pub async fn partner_remove(
    WithRole(ctx, _, _): WithRole<Secretariat>,
    State(state): State<AppState>,
    Path((_, year, id)): Path<(String, i64, i64)>,
    CsrfForm(_): CsrfForm<Empty>,
) -> AppResult<Response> {
    let ed = edition(&state, year).await?;
    if !fdb::remove_partner(&mut *state.db.conn().await?, ed.id, id).await? {
        return Err(AppError::NotFound);
    }
    Ok(done(
        format!("/{}/forum/{year}/manage/partners", ctx.lang.code()),
        "removed",
    ))
}

// --------------------------------------------------------------------- pages

/// The pages every edition's site links to.
const STANDARD_PAGES: [&str; 3] = ["home", "about", "news"];

fn pages_page(
    ctx: &crate::ctx::Ctx,
    year: i64,
    pages: &[fdb::SitePage],
    notice: &Notice,
) -> ManagePage {
    let page = titled(ctx, "forum-manage-tab-pages", Some(year));
    let lang = ctx.lang;
    let mut slugs: Vec<String> = STANDARD_PAGES.iter().map(|s| (*s).to_owned()).collect();
    for p in pages {
        if !slugs.contains(&p.slug) {
            slugs.push(p.slug.clone());
        }
    }
    let mut rows = Vec::new();
    for slug in &slugs {
        for l in Language::ALL {
            let existing = pages.iter().find(|p| &p.slug == slug && p.lang == l.code());
            let label = format!("{slug} · {}", l.native_name());
            rows.push(RowView {
                cells: vec![
                    slug.clone(),
                    l.native_name().to_owned(),
                    existing
                        .map(|p| p.title.clone())
                        .unwrap_or_else(|| page.t("forum-manage-missing")),
                ],
                link: Some((
                    page.href(&format!("/forum/{year}/manage/pages/{slug}/{}", l.code())),
                    I18N.tr_args(
                        lang,
                        "forum-manage-edit",
                        &[("name", Arg::from(label.as_str()))],
                    ),
                )),
                remove: None,
            });
        }
    }
    let table = TableView {
        caption: page.t("forum-manage-pages-caption"),
        headers: [
            "forum-field-page-slug",
            "forum-field-page-language",
            "forum-field-page-title",
        ]
        .map(|k| page.t(k))
        .to_vec(),
        rows,
        empty: page.t("forum-manage-empty"),
    };
    let form = FormView::new(
        &page,
        "new-page",
        &format!("/forum/{year}/manage/pages"),
        "forum-manage-write",
        vec![
            Field::new(lang, "slug", "forum-field-page-slug", "text")
                .required()
                .hint(lang, "forum-field-page-slug-hint"),
        ],
    )
    .heading(&page, "forum-manage-new-page");
    manage_page(page, Some(year), "pages", notice, Some(table), vec![form])
}

pub async fn pages(
    WithRole(ctx, _, _): WithRole<Secretariat>,
    State(state): State<AppState>,
    Path((_, year)): Path<(String, i64)>,
    Query(notice): Query<Notice>,
) -> AppResult<Response> {
    let ed = edition(&state, year).await?;
    let list = fdb::pages(&mut *state.db.conn().await?, ed.id).await?;
    respond(&pages_page(&ctx, year, &list, &notice), false)
}

#[derive(serde::Deserialize)]
pub struct SlugInput {
    #[serde(default)]
    slug: String,
}

/// The "write a page" form: on to the English version of the new address.
pub async fn page_new(
    WithRole(ctx, _, _): WithRole<Secretariat>,
    State(state): State<AppState>,
    Path((_, year)): Path<(String, i64)>,
    CsrfForm(input): CsrfForm<SlugInput>,
) -> AppResult<Response> {
    let ed = edition(&state, year).await?;
    match check_page_slug(&input.slug) {
        Ok(slug) => Ok(Redirect::to(&format!(
            "/{}/forum/{year}/manage/pages/{slug}/en",
            ctx.lang.code()
        ))
        .into_response()),
        Err(key) => {
            let list = fdb::pages(&mut *state.db.conn().await?, ed.id).await?;
            let mut p = pages_page(&ctx, year, &list, &Notice::default());
            let mut errors = FieldErrors::new();
            errors.add("slug", key);
            if let Some(f) = p.forms.pop() {
                let mut f = f.errors(ctx.lang, &errors);
                if let Some(field) = f.fields.first_mut() {
                    field.value = input.slug.clone();
                }
                p.forms.push(f);
            }
            respond(&p, true)
        }
    }
}

fn page_form_page(
    ctx: &crate::ctx::Ctx,
    year: i64,
    slug: &str,
    plang: Language,
    input: &PageInput,
    errors: &FieldErrors,
) -> ManagePage {
    let mut page = titled(ctx, "forum-manage-tab-pages", Some(year));
    let label = format!("{slug} · {}", plang.native_name());
    page.title = I18N.tr_args(
        ctx.lang,
        "forum-manage-edit",
        &[("name", Arg::from(label.as_str()))],
    );
    let lang = ctx.lang;
    let form = FormView::new(
        &page,
        "page",
        &format!("/forum/{year}/manage/pages/{slug}/{}", plang.code()),
        "forum-manage-save",
        vec![
            Field::new(lang, "title", "forum-field-page-title", "text")
                .required()
                .value(&input.title),
            Field::new(lang, "body", "forum-field-page-body", "textarea")
                .required()
                .value(&input.body)
                .hint(lang, "forum-field-page-body-hint"),
        ],
    )
    .errors(lang, errors);
    manage_page(
        page,
        Some(year),
        "pages",
        &Notice::default(),
        None,
        vec![form],
    )
}

fn page_target(slug: &str, plang: &str) -> AppResult<(String, Language)> {
    let slug = check_page_slug(slug).map_err(|_| AppError::NotFound)?;
    let plang = Language::ALL
        .into_iter()
        .find(|l| l.code() == plang)
        .ok_or(AppError::NotFound)?;
    Ok((slug, plang))
}

pub async fn page_form(
    WithRole(ctx, _, _): WithRole<Secretariat>,
    State(state): State<AppState>,
    Path((_, year, slug, plang)): Path<(String, i64, String, String)>,
) -> AppResult<Response> {
    let (slug, plang) = page_target(&slug, &plang)?;
    let ed = edition(&state, year).await?;
    let existing = fdb::pages(&mut *state.db.conn().await?, ed.id)
        .await?
        .into_iter()
        .find(|p| p.slug == slug && p.lang == plang.code());
    let input = existing
        .map(|p| PageInput {
            title: p.title,
            body: p.body,
        })
        .unwrap_or_default();
    respond(
        &page_form_page(&ctx, year, &slug, plang, &input, &FieldErrors::new()),
        false,
    )
}

pub async fn page_save(
    WithRole(ctx, user, _): WithRole<Secretariat>,
    State(state): State<AppState>,
    Path((_, year, slug, plang)): Path<(String, i64, String, String)>,
    CsrfForm(input): CsrfForm<PageInput>,
) -> AppResult<Response> {
    let (slug, plang) = page_target(&slug, &plang)?;
    let ed = edition(&state, year).await?;
    let mut errors = FieldErrors::new();
    let Some((title, body)) = input.parse(&mut errors) else {
        return respond(
            &page_form_page(&ctx, year, &slug, plang, &input, &errors),
            true,
        );
    };
    fdb::save_page(
        &mut *state.db.conn().await?,
        ed.id,
        &slug,
        plang.code(),
        &title,
        &body,
        Some(user.id),
    )
    .await?;
    Ok(done(
        format!("/{}/forum/{year}/manage/pages", ctx.lang.code()),
        "saved",
    ))
}

// ------------------------------------------------------------- session types

fn types_page(
    ctx: &crate::ctx::Ctx,
    types: &[fdb::SessionType],
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
                super::type_name(&custom, &t.code, lang),
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
    let list = fdb::session_types(&mut *state.db.conn().await?).await?;
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
    WithRole(ctx, _, _): WithRole<Secretariat>,
    State(state): State<AppState>,
    CsrfForm(input): CsrfForm<SessionTypeInput>,
) -> AppResult<Response> {
    let mut conn = state.db.conn().await?;
    let list = fdb::session_types(&mut conn).await?;
    let codes: Vec<String> = list
        .iter()
        .map(|t| t.code.clone())
        .chain(BUILTIN_SESSION_TYPES.iter().map(|(c, _)| (*c).to_owned()))
        .collect();
    let mut errors = FieldErrors::new();
    let Some(d) = input.parse(&codes, &mut errors) else {
        return respond(
            &types_page(&ctx, &list, &input, &errors, &Notice::default()),
            true,
        );
    };
    let added = fdb::add_session_type(
        &mut conn,
        &fdb::SessionType {
            code: d.code,
            track: d.track.code().to_owned(),
            names: d.names,
        },
    )
    .await;
    match added {
        Ok(()) => {
            state.forum.clear();
            Ok(done(
                format!("/{}/forum/manage/types", ctx.lang.code()),
                "saved",
            ))
        }
        Err(DbError::Conflict(_)) => {
            errors.add("code", "session-type-taken");
            respond(
                &types_page(&ctx, &list, &input, &errors, &Notice::default()),
                true,
            )
        }
        Err(e) => Err(e.into()),
    }
}
