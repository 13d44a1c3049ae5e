//! The WSIS Stocktaking: submission, moderation, search and open data of
//! ICT-for-development activities. Pages under `/{lang}/stocktaking/…`, API
//! under `/api/v1/stocktaking/…`.

pub mod api;
mod browse;
pub(crate) mod form;
pub mod images;
mod import_page;
pub mod markdown;
mod moderation;
mod reports;
pub mod revisions;
pub(crate) mod stats;
pub mod success;
mod view;

use crate::state::AppState;
use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::routing::{get, post};
use wsis_domain::Language;
use wsis_domain::stocktaking::{ActivityStatus, ActivityType, EntryStatus};
use wsis_search::Facet;

/// The page routes (merged into the pages router, under its layers).
pub fn page_routes() -> Router<AppState> {
    Router::new()
        .route("/{lang}/stocktaking", get(browse::search_page))
        .route(
            "/{lang}/stocktaking/new",
            get(form::new_form).post(form::create),
        )
        .route("/{lang}/stocktaking/mine", get(browse::mine))
        .route("/{lang}/stocktaking/statistics", get(stats::statistics))
        .route("/{lang}/stocktaking/by/{facet}", get(stats::by_facet))
        .route("/{lang}/stocktaking/entries/{id}", get(view::entry_page))
        .route(
            "/{lang}/stocktaking/entries/{id}/translations",
            post(view::add_translation),
        )
        .route(
            "/{lang}/stocktaking/entries/{id}/revisions/{number}",
            get(revisions::revision_page),
        )
        .route(
            "/{lang}/stocktaking/entries/{id}/edit",
            get(form::edit_form).post(form::save),
        )
        .route(
            "/{lang}/stocktaking/entries/{id}/submit",
            post(form::submit),
        )
        .route(
            "/{lang}/stocktaking/entries/{id}/images",
            get(images::page)
                .post(images::upload)
                .layer(DefaultBodyLimit::max(images::MAX_REQUEST_BYTES)),
        )
        .route(
            "/{lang}/stocktaking/entries/{id}/images/{image}/remove",
            post(images::remove),
        )
        .route(
            "/{lang}/stocktaking/entries/{id}/success-stories",
            post(success::choose),
        )
        .route("/{lang}/stocktaking/success-stories", get(success::list))
        .route(
            "/{lang}/stocktaking/success-stories/{year}",
            post(success::change),
        )
        .route(
            "/{lang}/stocktaking/entries/{id}/review",
            post(moderation::review),
        )
        .route(
            "/{lang}/stocktaking/moderation",
            get(moderation::queue).post(moderation::bulk),
        )
        .route(
            "/{lang}/stocktaking/calls",
            get(moderation::calls).post(moderation::create_call),
        )
        .route(
            "/{lang}/stocktaking/calls/{id}",
            get(moderation::call).post(moderation::update_call),
        )
        .route(
            "/{lang}/stocktaking/calls/{id}/close",
            post(moderation::close_call),
        )
        .route(
            "/{lang}/stocktaking/import",
            get(import_page::form).post(import_page::upload),
        )
        .route("/{lang}/stocktaking/reports", get(reports::page))
        .route(
            "/{lang}/stocktaking/reports/stocktaking",
            get(reports::stocktaking),
        )
        .route(
            "/{lang}/stocktaking/reports/success-stories",
            get(reports::success_stories),
        )
}

pub use wsis_app::stocktaking::export::{PAGE_SIZE, SearchParams};

/// The label of a facet value in a language.
pub fn facet_label(facet: Facet, value: &str, lang: Language) -> String {
    use wsis_domain::taxonomy::{StakeholderType, action_lines, countries, sdg};
    let t = |key: &str| crate::I18N.tr(lang, key);
    match facet {
        Facet::ActionLine | Facet::C7Subline => action_lines::action_line(value)
            .map(|a| format!("{} {}", a.code, a.name.get(lang)))
            .or_else(|| {
                action_lines::category(value).map(|c| format!("{} {}", c.code, c.name.get(lang)))
            })
            .unwrap_or_else(|| value.to_owned()),
        Facet::Sdg => value
            .parse()
            .ok()
            .and_then(sdg::goal)
            .map(|g| format!("{}. {}", g.number, g.short.get(lang)))
            .unwrap_or_else(|| value.to_owned()),
        Facet::Country => countries::country(value)
            .map(|c| c.names.get(lang).clone())
            .unwrap_or_else(|| value.to_owned()),
        Facet::Region => countries::m49_region(value)
            .or_else(|| countries::itu_regions().iter().find(|r| r.code == value))
            .map(|r| r.names.get(lang).clone())
            .unwrap_or_else(|| value.to_owned()),
        Facet::StakeholderType => StakeholderType::parse(value)
            .map(|s| s.name().get(lang).to_string())
            .unwrap_or_else(|_| value.to_owned()),
        Facet::ActivityType => ActivityType::parse(value)
            .map(|a| t(&format!("activity-type-{}", a.code())))
            .unwrap_or_else(|_| value.to_owned()),
        Facet::Status => ActivityStatus::parse(value)
            .map(|a| t(&format!("activity-status-{}", a.code())))
            .unwrap_or_else(|_| value.to_owned()),
        Facet::Language => Language::from_tag(value)
            .map(|l| l.native_name().to_owned())
            .unwrap_or_else(|| value.to_owned()),
        Facet::Coverage => wsis_domain::stocktaking::CoverageKind::parse(value)
            .map(|c| t(&format!("coverage-{}", c.code())))
            .unwrap_or_else(|_| value.to_owned()),
        Facet::Target | Facet::Year | Facet::Call => value.to_owned(),
    }
}

/// The label of a workflow status.
pub fn status_label(status: &str, lang: Language) -> String {
    EntryStatus::parse(status)
        .map(|s| crate::I18N.tr(lang, &format!("entry-status-{}", s.code())))
        .unwrap_or_else(|_| status.to_owned())
}
