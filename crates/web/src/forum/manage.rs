//! The secretariat's editors of a forum: editions (created and edited),
//! rooms, the open consultation's phases, partners by tier, the website
//! pages in six languages, and the session types added to the built-in ones.
//! Plain forms with field-level errors; each save redirects (so a reload
//! does not post again) and forgets the edition's cached pages. The pages of
//! `wsis_app::forum::site`, one file per editor.

mod editions;
mod pages;
mod partners;
mod phases;
mod rooms;
mod types;

pub use editions::{accreditation_save, edition_create, edition_form, edition_save, editions};
pub use pages::{page_form, page_new, page_save, pages};
pub use partners::{partner_add, partner_remove, partners};
pub use phases::{phase_add, phase_remove, phases};
pub use rooms::{room_add, room_captioners_save, room_form, room_save, rooms, rooms_copy};
pub use types::{type_add, types};

use crate::I18N;
use crate::error::AppResult;
use crate::forms::Field;
use crate::pages::account::FormView;
use crate::pages::{Page, render_with_status};
use askama::Template;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use wsis_app::ServiceError;
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
        "copied" => Some(page.t("forum-rooms-copied")),
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

#[derive(serde::Deserialize)]
pub struct Empty {}

/// The field errors of a refused change (to show the form again), or the
/// error to answer with.
fn refused(e: ServiceError) -> AppResult<FieldErrors> {
    match e {
        ServiceError::Fields(f) => Ok(f),
        e => Err(e.into()),
    }
}
