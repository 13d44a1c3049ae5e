//! The signed-in account over the API (session cookie). Writes need the
//! CSRF token in an `X-CSRF-Token` header, as a page's script sends it.

use super::{ApiJson, ErrorBody};
use crate::auth::same_token;
use crate::csrf::CsrfToken;
use crate::ctx::session_user;
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use axum::Json;
use axum::extract::{FromRequestParts, State};
use axum::http::request::Parts;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use wsis_app::accounts::{self, User};
use wsis_domain::account::ProfileInput;

#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct AccountDto {
    pub id: i64,
    pub email: String,
    pub email_verified: bool,
    pub name: String,
    pub organisation: Option<String>,
    pub stakeholder_type: Option<String>,
    pub country: Option<String>,
    pub language: String,
    pub roles: Vec<String>,
}

impl From<&User> for AccountDto {
    fn from(u: &User) -> Self {
        AccountDto {
            id: u.id,
            email: u.email.clone(),
            email_verified: u.email_verified,
            name: u.profile.name.clone(),
            organisation: u.profile.organisation.clone(),
            stakeholder_type: u.profile.stakeholder_type.map(|s| s.code().to_owned()),
            country: u.profile.country.clone(),
            language: u.profile.language.code().to_owned(),
            roles: u.roles.iter().map(|r| r.code().to_owned()).collect(),
        }
    }
}

/// The API's view of the signed-in account; 401 without a session.
pub struct ApiUser(pub User);

impl FromRequestParts<AppState> for ApiUser {
    type Rejection = AppError;
    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        session_user(state, &parts.headers)
            .await?
            .map(|(u, _)| ApiUser(u))
            .ok_or(AppError::Unauthenticated)
    }
}

/// The signed-in account.
#[utoipa::path(get, path = "/api/v1/me", tag = "account",
    responses((status = 200, description = "The signed-in account", body = AccountDto),
        (status = 401, description = "Not signed in (`unauthenticated`)", body = ErrorBody)))]
pub async fn me(ApiUser(user): ApiUser) -> Json<AccountDto> {
    Json(AccountDto::from(&user))
}

/// Updates the signed-in account's profile. Send every field; empty
/// optional fields clear them.
#[utoipa::path(patch, path = "/api/v1/me", tag = "account",
    request_body(content = ProfileBody, content_type = "application/json"),
    params(("X-CSRF-Token" = String, Header, description = "The value of the wsis_csrf cookie")),
    responses((status = 200, description = "The account as updated", body = AccountDto),
        (status = 400, description = "Malformed JSON (`invalid_json`), JSON of the wrong shape (`invalid_body`) or no JSON content type (`unsupported_media_type`)", body = ErrorBody),
        (status = 401, description = "Not signed in (`unauthenticated`)", body = ErrorBody),
        (status = 403, description = "No or a wrong X-CSRF-Token (`csrf_failed`)", body = ErrorBody),
        (status = 413, description = "The body is too large (`payload_too_large`)", body = ErrorBody),
        (status = 422, description = "Invalid fields (`validation_failed`, with field-level keys and messages)", body = ErrorBody)))]
pub async fn update_me(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    _csrf: CsrfHeader,
    ApiJson(body): ApiJson<ProfileBody>,
) -> AppResult<Json<AccountDto>> {
    let input = ProfileInput {
        name: body.name,
        organisation: body.organisation.unwrap_or_default(),
        stakeholder_type: body.stakeholder_type.unwrap_or_default(),
        country: body.country.unwrap_or_default(),
        language: body.language,
    };
    let updated = accounts::update_profile(&state.app, &user, &input).await?;
    Ok(Json(AccountDto::from(&updated)))
}

/// The profile as the API takes it.
#[derive(Debug, Deserialize, ToSchema)]
pub struct ProfileBody {
    pub name: String,
    pub organisation: Option<String>,
    /// A stakeholder type code
    pub stakeholder_type: Option<String>,
    /// ISO 3166-1 alpha-2
    pub country: Option<String>,
    /// ar, zh, en, fr, ru or es
    pub language: String,
}

/// Requires `X-CSRF-Token` to equal the visitor's CSRF token: the one derived from
/// their session (what the pages' forms carry), or the anonymous cookie's.
pub struct CsrfHeader;

impl FromRequestParts<AppState> for CsrfHeader {
    type Rejection = AppError;
    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let expected = crate::csrf::expected_token(&parts.headers, state.config.secure_cookies())
            .or_else(|| parts.extensions.get::<CsrfToken>().map(|t| t.0.clone()))
            .unwrap_or_default();
        let given = parts
            .headers
            .get("x-csrf-token")
            .and_then(|v| v.to_str().ok())
            .unwrap_or("");
        if !expected.is_empty() && same_token(given, &expected) {
            Ok(CsrfHeader)
        } else {
            Err(AppError::Csrf)
        }
    }
}
