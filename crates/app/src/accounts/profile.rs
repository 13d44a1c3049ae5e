//! The signed-in account's own profile and password.

use super::{
    Session, User, account_bucket, hash_password, limit, random_token, token_hash, verify_password,
};
use crate::{App, ServiceError, ServiceResult};
use serde::Deserialize;
use wsis_db::{accounts, sessions};
use wsis_domain::FieldErrors;
use wsis_domain::account::{Email, Password, ProfileInput};

/// Saves the profile of `user`; returns the account as saved. Refused with
/// [`ServiceError::Fields`] when a field is wrong (nothing written).
pub async fn update_profile(app: &App, user: &User, input: &ProfileInput) -> ServiceResult<User> {
    let mut errors = FieldErrors::new();
    let Some(profile) = input.parse(&mut errors).filter(|_| errors.is_empty()) else {
        return Err(ServiceError::Fields(errors));
    };
    let mut tx = app.db().begin().await?;
    accounts::update_profile(&mut tx, user.id, &profile).await?;
    let updated = accounts::find_user(&mut tx, user.id)
        .await?
        .ok_or(ServiceError::NotFound)?;
    tx.commit().await?;
    Ok(updated)
}

/// The password form of the account page.
#[derive(Debug, Default, Deserialize)]
pub struct PasswordChange {
    #[serde(default)]
    pub current_password: String,
    #[serde(default)]
    pub password: String,
    #[serde(default)]
    pub password_confirm: String,
}

/// Changes the password of `user`, who gives the current one (counted like a
/// sign-in attempt on the account). Every other session ends; the returned one
/// replaces the caller's. Refused with [`ServiceError::Fields`]:
/// `password-wrong` on `current_password`, or the new password's problems.
pub async fn change_password(
    app: &App,
    user: &User,
    input: &PasswordChange,
) -> ServiceResult<Session> {
    limit(
        app,
        account_bucket(&user.email),
        app.config().rate_limits.login_per_account,
    )
    .await?;
    let mut errors = FieldErrors::new();
    let email = Email::parse(&user.email)
        .map_err(|_| ServiceError::internal("stored e-mail does not parse"))?;
    let creds = {
        let mut conn = app.db().conn().await?;
        accounts::credentials(&mut conn, &email).await?
    };
    if !verify_password(input.current_password.clone(), creds.map(|c| c.1)).await {
        errors.add("current_password", "password-wrong");
    }
    let password = Password::parse_new(&input.password, &input.password_confirm, &mut errors);
    let (Some(password), true) = (password, errors.is_empty()) else {
        return Err(ServiceError::Fields(errors));
    };
    let hash = hash_password(password.expose().to_owned()).await?;
    let token = random_token();
    let mut tx = app.db().begin().await?;
    accounts::set_password_hash(&mut tx, user.id, &hash).await?;
    // Sign out every other session; keep this one with a fresh token.
    sessions::delete_for_user(&mut tx, user.id).await?;
    sessions::create(
        &mut tx,
        &token_hash(&token),
        user.id,
        app.config().session_ttl_secs,
    )
    .await?;
    let updated = accounts::find_user(&mut tx, user.id)
        .await?
        .ok_or(ServiceError::NotFound)?;
    tx.commit().await?;
    Ok(Session {
        user: updated,
        token,
    })
}
