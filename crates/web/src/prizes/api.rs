//! The WSIS Prizes in the JSON API: editions and their phases, the nominees, the
//! results (with the digest of the published ballots), and the vote.

use super::{VoteRequest, year_of};
use crate::api::ApiJson;
use crate::api::account::CsrfHeader;
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use axum::Json;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use wsis_app::prizes::{self as service, Edition, SubmissionRow};

fn iso(t: i64) -> String {
    jiff::Timestamp::from_second(t)
        .map(|t| t.to_string())
        .unwrap_or_default()
}

/// An edition of the WSIS Prizes.
#[derive(Serialize, ToSchema)]
pub struct ApiEdition {
    pub year: i64,
    /// upcoming, submission, review, voting, selection or announced
    pub phase: String,
    pub submission_opens: String,
    pub submission_closes: String,
    pub voting_opens: String,
    pub voting_closes: String,
    pub announced_at: String,
    /// A ballot counts only if its voter voted in every category.
    pub require_all_categories: bool,
    /// The SHA-256 of the published ballots, once voting closed and the tally was sealed.
    pub ballots_sha256: Option<String>,
    pub ballots: Option<i64>,
}

fn api_edition(e: &Edition) -> ApiEdition {
    let s = &e.schedule;
    ApiEdition {
        year: e.year,
        phase: e.phase.key().to_owned(),
        submission_opens: iso(s.submission_opens),
        submission_closes: iso(s.submission_closes),
        voting_opens: iso(s.voting_opens),
        voting_closes: iso(s.voting_closes),
        announced_at: iso(s.announced_at),
        require_all_categories: e.require_all,
        ballots_sha256: e.ballots_sha256.clone(),
        ballots: e.ballots_count,
    }
}

#[utoipa::path(get, path = "/api/v1/prizes", tag = "prizes",
    responses((status = 200, description = "Every edition of the WSIS Prizes, newest first", body = Vec<ApiEdition>),
        (status = 304, description = "Not modified: the ETag sent in If-None-Match is still current")))]
pub async fn editions(State(state): State<AppState>) -> AppResult<Json<Vec<ApiEdition>>> {
    Ok(Json(
        service::editions(&state.app)
            .await?
            .iter()
            .map(api_edition)
            .collect(),
    ))
}

#[utoipa::path(get, path = "/api/v1/prizes/{year}", tag = "prizes",
    params(("year" = i64, Path, description = "Edition")),
    responses((status = 200, description = "The edition", body = ApiEdition),
        (status = 304, description = "Not modified: the ETag sent in If-None-Match is still current"),
        (status = 400, description = "A malformed path (`bad_request`)", body = crate::api::ErrorBody),
        (status = 404, description = "No such edition (`not_found`)", body = crate::api::ErrorBody)))]
pub async fn edition(
    State(state): State<AppState>,
    Path(year): Path<i64>,
) -> AppResult<Json<ApiEdition>> {
    let e = service::tally::ensure_sealed(&state.app, year).await?;
    Ok(Json(api_edition(&e)))
}

/// A nominated project.
#[derive(Serialize, ToSchema)]
pub struct ApiNominee {
    pub id: i64,
    /// 1–18
    pub category: i64,
    /// The category's Action Line code (C1 … C11, C7.1 … C7.8)
    pub action_line: String,
    pub title: String,
    pub organisation: String,
    /// ISO 3166-1 alpha-2
    pub country: String,
    pub stakeholder_type: String,
    /// The 150–200-word description shown to voters
    pub description: String,
    pub website: String,
}

fn api_nominee(s: &SubmissionRow) -> ApiNominee {
    ApiNominee {
        id: s.id,
        category: s.category,
        action_line: wsis_domain::prizes::category(s.category)
            .map(|c| c.code.to_owned())
            .unwrap_or_default(),
        title: s.title.clone(),
        organisation: s.organisation.clone(),
        country: s.country.clone(),
        stakeholder_type: s.stakeholder_type.clone(),
        description: s.text.description.clone(),
        website: s.text.website.clone(),
    }
}

/// `?category=`: one category (1–18).
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct CategoryQuery {
    /// One category, 1–18 (all when absent)
    #[param(minimum = 1, maximum = 18)]
    pub category: Option<i64>,
}

#[utoipa::path(get, path = "/api/v1/prizes/{year}/nominees", tag = "prizes",
    params(("year" = i64, Path, description = "Edition"), CategoryQuery),
    responses((status = 200, description = "The published nominees (empty before they are published)", body = Vec<ApiNominee>),
        (status = 304, description = "Not modified: the ETag sent in If-None-Match is still current"),
        (status = 400, description = "A malformed path or query (`bad_request`)", body = crate::api::ErrorBody),
        (status = 404, description = "No such edition (`not_found`)", body = crate::api::ErrorBody),
        (status = 422, description = "A category outside 1–18 (`validation_failed`)", body = crate::api::ErrorBody)))]
pub async fn nominees(
    State(state): State<AppState>,
    Path(year): Path<i64>,
    Query(q): Query<CategoryQuery>,
) -> AppResult<Json<Vec<ApiNominee>>> {
    if let Some(c) = q.category
        && wsis_domain::prizes::category(c).is_none()
    {
        let mut f = wsis_domain::FieldErrors::new();
        f.add("category", "prize-category-invalid");
        return Err(AppError::Validation(f));
    }
    let (_, list) = service::submissions::nominees(&state.app, year, q.category).await?;
    Ok(Json(list.iter().map(api_nominee).collect()))
}

/// A Champion of a category.
#[derive(Serialize, ToSchema)]
pub struct ApiChampion {
    pub rank: i64,
    pub votes: i64,
    /// The experts' Winner of the category (shown once the results are announced)
    pub winner: bool,
    pub nominee: ApiNominee,
}

/// The results of an edition.
#[derive(Serialize, ToSchema)]
pub struct ApiResults {
    pub edition: ApiEdition,
    /// Where the ballots are published; `wsis tally FILE` recounts them
    pub ballots_url: String,
    pub champions: Vec<ApiChampion>,
}

#[utoipa::path(get, path = "/api/v1/prizes/{year}/results", tag = "prizes",
    params(("year" = i64, Path, description = "Edition")),
    responses((status = 200, description = "The Champions of each category in rank order, and the Winners once announced", body = ApiResults),
        (status = 304, description = "Not modified: the ETag sent in If-None-Match is still current"),
        (status = 400, description = "A malformed path (`bad_request`)", body = crate::api::ErrorBody),
        (status = 404, description = "No such edition, or voting has not closed (`not_found`)", body = crate::api::ErrorBody)))]
pub async fn results(
    State(state): State<AppState>,
    Path(year): Path<i64>,
) -> AppResult<Json<ApiResults>> {
    let (e, cats) = service::tally::results(&state.app, year).await?;
    if e.sealed_at.is_none() {
        return Err(AppError::NotFound);
    }
    Ok(Json(ApiResults {
        edition: api_edition(&e),
        ballots_url: format!(
            "{}/en/prizes/{year}/results/ballots.csv",
            state.config.public_url
        ),
        champions: cats
            .iter()
            .flat_map(|c| c.champions.iter())
            .map(|(rank, votes, winner, s)| ApiChampion {
                rank: *rank,
                votes: *votes,
                winner: *winner,
                nominee: api_nominee(s),
            })
            .collect(),
    }))
}

/// A vote.
#[derive(Deserialize, ToSchema)]
pub struct ApiVote {
    /// 1–18
    pub category: i64,
    /// The nominee's id (one of the category's)
    pub nominee: i64,
}

/// What a recorded vote answers.
#[derive(Serialize, ToSchema)]
pub struct ApiVoted {
    pub year: i64,
    pub category: i64,
    pub nominee: i64,
}

#[utoipa::path(post, path = "/api/v1/prizes/{year}/votes", tag = "prizes",
    params(("year" = i64, Path, description = "Edition")),
    request_body = ApiVote,
    responses((status = 201, description = "The vote is recorded, on disk, and final", body = ApiVoted),
        (status = 400, description = "Malformed JSON or path (`invalid_json`, `invalid_body`, `bad_request`)", body = crate::api::ErrorBody),
        (status = 401, description = "Not signed in (`unauthenticated`)", body = crate::api::ErrorBody),
        (status = 403, description = "No or a wrong X-CSRF-Token (`csrf_failed`)", body = crate::api::ErrorBody),
        (status = 404, description = "No such edition (`not_found`)", body = crate::api::ErrorBody),
        (status = 409, description = "Refused: voting is not open (`prize-vote-closed`), the account's address is not verified (`prize-vote-unverified`) or at a blocked domain (`prize-vote-blocked-domain`), its votes were voided (`prize-vote-voided`), it voted in this category already (`prize-vote-already`)", body = crate::api::ErrorBody),
        (status = 422, description = "Not a nominee of the category (`validation_failed`)", body = crate::api::ErrorBody),
        (status = 429, description = "Too many votes from this account or address (`rate_limited`)", body = crate::api::ErrorBody)))]
pub async fn vote(
    State(state): State<AppState>,
    Path(year): Path<String>,
    req: VoteRequest,
    _csrf: CsrfHeader,
    ApiJson(body): ApiJson<ApiVote>,
) -> AppResult<Response> {
    let year = year_of(&year).map_err(|_| AppError::BadRequest("bad_request"))?;
    let Some(voter) = (match req.token.as_deref() {
        Some(t) => service::votes::voter(&state.app, t).await?,
        None => None,
    }) else {
        return Err(AppError::Unauthenticated);
    };
    if wsis_domain::prizes::category(body.category).is_none() {
        let mut f = wsis_domain::FieldErrors::new();
        f.add("category", "prize-category-invalid");
        return Err(AppError::Validation(f));
    }
    service::votes::cast(
        &state.app,
        &voter,
        &req.ip,
        service::votes::Ballot {
            year,
            category: body.category,
            nominee: body.nominee,
        },
    )
    .await?;
    Ok((
        StatusCode::CREATED,
        Json(ApiVoted {
            year,
            category: body.category,
            nominee: body.nominee,
        }),
    )
        .into_response())
}
