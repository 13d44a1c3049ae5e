//! The editions: the list, a new one, and the edition's own settings.

use super::six;
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
use wsis_app::forum::site::Edition;
use wsis_domain::forum::registration::AccreditationInput;
use wsis_domain::forum::site::EditionInput;
use wsis_domain::{FieldErrors, Language};
use wsis_i18n::Arg;

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

/// The accreditation form: per accredited category, the e-mail domains that prove it.
fn accreditation_fields(lang: Language, input: &AccreditationInput) -> Vec<Field> {
    AccreditationInput::FIELDS
        .iter()
        .map(|(category, name)| {
            Field::new(
                lang,
                name,
                &format!("registration-category-{}", category.code()),
                "textarea",
            )
            .value(input.text_of(*category))
            .hint(lang, "accreditation-domains-hint")
        })
        .collect()
}

/// The edition's page: its settings, and the accreditation of its categories.
struct EditionForms<'a> {
    input: &'a EditionInput,
    errors: &'a FieldErrors,
    accreditation: &'a AccreditationInput,
    accreditation_errors: &'a FieldErrors,
}

fn edition_page(
    ctx: &crate::ctx::Ctx,
    year: i64,
    forms: EditionForms<'_>,
    notice: &Notice,
) -> ManagePage {
    let page = titled(ctx, "forum-manage-title-edition", Some(year));
    let form = FormView::new(
        &page,
        "edition",
        &format!("/forum/{year}/manage/edition"),
        "forum-manage-save",
        edition_fields(ctx.lang, forms.input, false),
    )
    .errors(ctx.lang, forms.errors);
    let accreditation = FormView::new(
        &page,
        "accreditation",
        &format!("/forum/{year}/manage/accreditation"),
        "forum-manage-save",
        accreditation_fields(ctx.lang, forms.accreditation),
    )
    .heading(&page, "accreditation-heading")
    .errors(ctx.lang, forms.accreditation_errors);
    manage_page(
        page,
        Some(year),
        "edition",
        notice,
        None,
        vec![form, accreditation],
    )
}

/// The forms of the edition's page as stored.
async fn stored_forms(
    state: &AppState,
    user: &wsis_app::forum::proposals::User,
    year: i64,
) -> AppResult<(EditionInput, AccreditationInput)> {
    let ed = site::edition(&state.app, year).await?;
    let domains = site::accreditation(&state.app, principal(user), year).await?;
    Ok((
        edition_input(&ed),
        AccreditationInput::from_domains(&domains),
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

pub async fn edition_form(
    WithRole(ctx, user, _): WithRole<Secretariat>,
    State(state): State<AppState>,
    Path((_, year)): Path<(String, i64)>,
    Query(notice): Query<Notice>,
) -> AppResult<Response> {
    let (input, accreditation) = stored_forms(&state, &user, year).await?;
    let none = FieldErrors::new();
    let forms = EditionForms {
        input: &input,
        errors: &none,
        accreditation: &accreditation,
        accreditation_errors: &none,
    };
    respond(&edition_page(&ctx, year, forms, &notice), false)
}

/// Saves which e-mail domains prove the accredited categories.
pub async fn accreditation_save(
    WithRole(ctx, user, _): WithRole<Secretariat>,
    State(state): State<AppState>,
    Path((_, year)): Path<(String, i64)>,
    CsrfForm(typed): CsrfForm<AccreditationInput>,
) -> AppResult<Response> {
    match site::set_accreditation(&state.app, principal(&user), year, &typed).await {
        Ok(()) => Ok(done(
            format!("/{}/forum/{year}/manage/edition", ctx.lang.code()),
            "saved",
        )),
        Err(e) => {
            let errors = refused(e)?;
            let (input, _) = stored_forms(&state, &user, year).await?;
            let none = FieldErrors::new();
            let forms = EditionForms {
                input: &input,
                errors: &none,
                accreditation: &typed,
                accreditation_errors: &errors,
            };
            respond(&edition_page(&ctx, year, forms, &Notice::default()), true)
        }
    }
}

pub async fn edition_save(
    WithRole(ctx, user, _): WithRole<Secretariat>,
    State(state): State<AppState>,
    Path((_, year)): Path<(String, i64)>,
    CsrfForm(input): CsrfForm<EditionInput>,
) -> AppResult<Response> {
    match site::update_edition(&state.app, principal(&user), year, &input).await {
        Ok(()) => {
            state.forum.invalidate(year);
            Ok(done(
                format!("/{}/forum/{year}/manage/edition", ctx.lang.code()),
                "saved",
            ))
        }
        Err(e) => {
            let errors = refused(e)?;
            let (_, accreditation) = stored_forms(&state, &user, year).await?;
            let none = FieldErrors::new();
            let forms = EditionForms {
                input: &input,
                errors: &errors,
                accreditation: &accreditation,
                accreditation_errors: &none,
            };
            respond(&edition_page(&ctx, year, forms, &Notice::default()), true)
        }
    }
}

pub async fn editions(
    WithRole(ctx, _, _): WithRole<Secretariat>,
    State(state): State<AppState>,
    Query(notice): Query<Notice>,
) -> AppResult<Response> {
    let list = site::editions(&state.app).await?;
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
    WithRole(ctx, user, _): WithRole<Secretariat>,
    State(state): State<AppState>,
    CsrfForm(input): CsrfForm<EditionInput>,
) -> AppResult<Response> {
    match site::create_edition(&state.app, principal(&user), &input).await {
        Ok(year) => Ok(done(
            format!("/{}/forum/{year}/manage/edition", ctx.lang.code()),
            "saved",
        )),
        Err(e) => {
            let errors = refused(e)?;
            let list = site::editions(&state.app).await?;
            respond(
                &editions_page(&ctx, &list, &input, &errors, &Notice::default()),
                true,
            )
        }
    }
}
