//! The website pages of an edition, in six languages.

use super::{ManagePage, Notice, RowView, TableView, done, manage_page, refused, respond, titled};
use crate::I18N;
use crate::csrf::CsrfForm;
use crate::ctx::{Secretariat, WithRole};
use crate::error::AppError;
use crate::error::AppResult;
use crate::forms::Field;
use crate::forum::proposals::principal;
use crate::pages::account::FormView;
use crate::state::AppState;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use axum::response::{IntoResponse, Redirect};
use wsis_app::forum::site;
use wsis_app::forum::site::SitePage;
use wsis_domain::forum::site::{PageInput, check_page_slug};
use wsis_domain::{FieldErrors, Language};
use wsis_i18n::Arg;

// --------------------------------------------------------------------- pages

/// The pages every edition's site links to.
const STANDARD_PAGES: [&str; 3] = ["home", "about", "news"];

fn pages_page(ctx: &crate::ctx::Ctx, year: i64, pages: &[SitePage], notice: &Notice) -> ManagePage {
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

#[derive(serde::Deserialize)]
pub struct SlugInput {
    #[serde(default)]
    slug: String,
}

/// The "write a page" form: on to the English version of the new address.
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

pub async fn pages(
    WithRole(ctx, _, _): WithRole<Secretariat>,
    State(state): State<AppState>,
    Path((_, year)): Path<(String, i64)>,
    Query(notice): Query<Notice>,
) -> AppResult<Response> {
    let list = site::pages(&state.app, year).await?;
    respond(&pages_page(&ctx, year, &list, &notice), false)
}

/// The "write a page" form: on to the English version of the new address.
pub async fn page_new(
    WithRole(ctx, _, _): WithRole<Secretariat>,
    State(state): State<AppState>,
    Path((_, year)): Path<(String, i64)>,
    CsrfForm(input): CsrfForm<SlugInput>,
) -> AppResult<Response> {
    let list = site::pages(&state.app, year).await?;
    match check_page_slug(&input.slug) {
        Ok(slug) => Ok(Redirect::to(&format!(
            "/{}/forum/{year}/manage/pages/{slug}/en",
            ctx.lang.code()
        ))
        .into_response()),
        Err(key) => {
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

pub async fn page_form(
    WithRole(ctx, _, _): WithRole<Secretariat>,
    State(state): State<AppState>,
    Path((_, year, slug, plang)): Path<(String, i64, String, String)>,
) -> AppResult<Response> {
    let (slug, plang) = page_target(&slug, &plang)?;
    let input = site::page_in(&state.app, year, &slug, plang)
        .await?
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
    match site::save_page(&state.app, principal(&user), year, &slug, plang, &input).await {
        Ok(()) => Ok(done(
            format!("/{}/forum/{year}/manage/pages", ctx.lang.code()),
            "saved",
        )),
        Err(e) => {
            let errors = refused(e)?;
            respond(
                &page_form_page(&ctx, year, &slug, plang, &input, &errors),
                true,
            )
        }
    }
}
