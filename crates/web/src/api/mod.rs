//! The JSON API under `/api/v1`, described by an OpenAPI 3.1 document
//! generated from these handlers (`/api/v1/openapi.json`). Errors are JSON
//! with a stable snake_case `error` key and, for invalid input, field-level
//! keys and messages in the language asked for (`?lang=` or
//! `Accept-Language`).

pub(crate) mod account;
pub(crate) mod cache;
mod errors;
mod taxonomy;

use crate::state::AppState;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router, middleware};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, OpenApi, ToSchema};
use wsis_domain::Language;

pub use errors::{ApiJson, ErrorBody, FieldErrorBody, json_errors};

/// The six language codes, as `?lang=` takes them (the API's enum of them).
#[derive(Debug, Clone, Copy, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum LangCode {
    Ar,
    Zh,
    En,
    Fr,
    Ru,
    Es,
}

/// `?lang=`: one of the six language codes; English if absent (an empty value is refused
/// like any other outside the six, as the document's enum says).
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct LangQuery {
    /// The language of the names: ar, zh, en, fr, ru or es (default en); any other value is a
    /// 422 `validation_failed` with the field error `language-invalid`.
    #[param(value_type = Option<LangCode>, inline)]
    pub lang: Option<String>,
}

impl LangQuery {
    pub fn language(&self) -> Result<Language, crate::error::AppError> {
        match self.lang.as_deref() {
            None => Ok(Language::En),
            Some(code) => Language::ALL
                .into_iter()
                .find(|l| l.code() == code)
                .ok_or_else(|| {
                    let mut f = wsis_domain::FieldErrors::new();
                    f.add("lang", "language-invalid");
                    crate::error::AppError::Validation(f)
                }),
        }
    }
}

#[derive(OpenApi)]
#[openapi(
    info(
        title = "WSIS Platform API",
        description = "Open data and services of the WSIS Platform: taxonomy of the WSIS process (Action Lines, SDGs, countries, stakeholder types) and accounts.",
        license(name = "AGPL-3.0-or-later")
    ),
    paths(
        healthz,
        taxonomy::action_lines,
        taxonomy::sdgs,
        taxonomy::countries,
        taxonomy::regions,
        taxonomy::stakeholder_types,
        taxonomy::languages,
        account::me,
        account::update_me,
        crate::stocktaking::api::search,
        crate::stocktaking::api::entry,
        crate::stocktaking::api::export,
        crate::forum::api::schedule,
        crate::forum::api::room_schedule,
        crate::forum::api::day_schedule,
        crate::forum::outcomes::api_list,
        crate::forum::outcomes::api_one,
        crate::forum::high_level::api_track,
        crate::forum::captions::api_list,
        crate::forum::captions::api_one,
        crate::forum::captions::api_audio,
        crate::forum::outcome_search::api_search,
        crate::matrix::api_json,
        crate::matrix::api_csv,
        crate::prizes::api::editions,
        crate::prizes::api::edition,
        crate::prizes::api::nominees,
        crate::prizes::api::results,
        crate::prizes::api::vote,
        crate::photos::api_gallery,
        crate::hackathon::api_hackathon,
    ),
    tags(
        (name = "taxonomy", description = "Reference data of the WSIS process"),
        (name = "account", description = "The signed-in account"),
        (name = "stocktaking", description = "Published stocktaking entries: search and open data"),
        (name = "forum", description = "The WSIS Forum agenda (exports and calendar feeds) and its session outcomes"),
        (name = "prizes", description = "The WSIS Prizes: editions, nominees, the public vote, and the results with the digest of the published ballots"),
        (name = "photos", description = "The WSIS Photo Contest: the public gallery of each contest"),
        (name = "hackathon", description = "The WSIS Hackathon: each edition's challenges, teams and winning projects"),
        (name = "matrix", description = "The WSIS–SDG Matrix: Action Line × SDG links with their rationale, and what makes them"),
        (name = "health", description = "Liveness and readiness"),
    )
)]
pub struct ApiDoc;

async fn openapi() -> Json<utoipa::openapi::OpenApi> {
    Json(ApiDoc::openapi())
}

/// The routes under `/api/v1`: the public reads, which any web page may read
/// (CORS, no credentials) and which answer with an ETag (304 when unchanged), and the
/// signed-in account's, which neither.
pub fn router(state: AppState) -> Router {
    let public = Router::new()
        .route("/openapi.json", get(openapi))
        .route("/taxonomy/action-lines", get(taxonomy::action_lines))
        .route("/taxonomy/sdgs", get(taxonomy::sdgs))
        .route("/taxonomy/countries", get(taxonomy::countries))
        .route("/taxonomy/regions", get(taxonomy::regions))
        .route(
            "/taxonomy/stakeholder-types",
            get(taxonomy::stakeholder_types),
        )
        .route("/taxonomy/languages", get(taxonomy::languages))
        .route("/stocktaking/entries", get(crate::stocktaking::api::search))
        .route(
            "/stocktaking/entries/{id}",
            get(crate::stocktaking::api::entry),
        )
        .route(
            "/stocktaking/export/{format}",
            get(crate::stocktaking::api::export),
        )
        .route("/forums/{year}/{file}", get(crate::forum::api::schedule))
        .route(
            "/forums/{year}/outcomes",
            get(crate::forum::outcomes::api_list),
        )
        .route(
            "/forums/{year}/outcomes/{number}",
            get(crate::forum::outcomes::api_one),
        )
        .route(
            "/outcomes/search",
            get(crate::forum::outcome_search::api_search),
        )
        .route(
            "/forums/{year}/sessions/{number}/transcripts",
            get(crate::forum::captions::api_list),
        )
        .route(
            "/forums/{year}/sessions/{number}/transcripts/{id}",
            get(crate::forum::captions::api_one),
        )
        .route(
            "/forums/{year}/high-level",
            get(crate::forum::high_level::api_track),
        )
        .route(
            "/forums/{year}/rooms/{room}/{file}",
            get(crate::forum::api::room_schedule),
        )
        .route(
            "/forums/{year}/days/{date}/{file}",
            get(crate::forum::api::day_schedule),
        )
        .route("/matrix", get(crate::matrix::api_json))
        .route("/matrix.csv", get(crate::matrix::api_csv))
        .route(
            "/photo-contest/{year}/photos",
            get(crate::photos::api_gallery),
        )
        .route("/hackathon/{year}", get(crate::hackathon::api_hackathon))
        .route("/prizes", get(crate::prizes::api::editions))
        .route("/prizes/{year}", get(crate::prizes::api::edition))
        .route("/prizes/{year}/nominees", get(crate::prizes::api::nominees))
        .route("/prizes/{year}/results", get(crate::prizes::api::results))
        .layer(middleware::from_fn(cache::revalidated))
        .layer(cache::public_cors());
    Router::new()
        .merge(public)
        .route("/me", get(account::me).patch(account::update_me))
        .route(
            "/prizes/{year}/votes",
            axum::routing::post(crate::prizes::api::vote),
        )
        .route(
            "/forums/{year}/sessions/{number}/captions/{id}/audio",
            axum::routing::post(crate::forum::captions::api_audio).layer(
                axum::extract::DefaultBodyLimit::max(
                    wsis_app::forum::captions::MAX_CHUNK_BYTES + 1024,
                ),
            ),
        )
        .fallback(|| async { crate::error::AppError::NotFound })
        .layer(tower_http::catch_panic::CatchPanicLayer::custom(
            crate::security::panic_response,
        ))
        .layer(middleware::from_fn_with_state(state.clone(), json_errors))
        .with_state(state)
}

/// `GET /healthz` (outside `/api/v1`, for load balancers).
pub fn health_router(state: AppState) -> Router {
    Router::new()
        .route("/healthz", get(healthz))
        .layer(middleware::from_fn_with_state(state.clone(), json_errors))
        .with_state(state)
}

#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct Health {
    /// `ok` or `unavailable`
    pub status: String,
    /// `sqlite` or `postgres`
    pub database: String,
}

/// Liveness and readiness: 200 when the database answers, 503 otherwise.
#[utoipa::path(get, path = "/healthz", tag = "health",
    responses((status = 200, description = "The server and its database answer", body = Health),
        (status = 503, description = "The database does not answer", body = Health)))]
pub async fn healthz(State(state): State<AppState>) -> Response {
    let database = wsis_app::reference::database_engine(&state.app).to_owned();
    match state.app.ping().await {
        Ok(()) => Json(Health {
            status: "ok".into(),
            database,
        })
        .into_response(),
        Err(e) => {
            tracing::warn!(error = %e, "health check failed");
            (
                StatusCode::SERVICE_UNAVAILABLE,
                Json(Health {
                    status: "unavailable".into(),
                    database,
                }),
            )
                .into_response()
        }
    }
}
