//! A forgotten password: a reset link is mailed (queued in the transaction that
//! stores its token); the link is good once, for an hour, and setting a new
//! password through it ends every session of the account.

use super::signup::mailed_link_request;
use super::{RESET_TTL, hash_password, random_token, token_hash};
use crate::mail::{Letter, queue};
use crate::{App, ServiceError, ServiceResult};
use serde::Deserialize;
use wsis_db::accounts::{self, TokenPurpose};
use wsis_db::sessions;
use wsis_domain::FieldErrors;
use wsis_domain::account::Password;

/// The form behind a mailed reset link.
#[derive(Debug, Default, Deserialize)]
pub struct ResetInput {
    #[serde(default)]
    pub token: String,
    #[serde(default)]
    pub password: String,
    #[serde(default)]
    pub password_confirm: String,
}

/// Mails a reset link when the address has an account. Says nothing about
/// whether it has (the answer is the same either way). Counts the attempt
/// against `client_ip` first.
pub async fn request_reset(app: &App, client_ip: &str, email: &str) -> ServiceResult<()> {
    let email = mailed_link_request(app, client_ip, email).await?;
    let mut tx = app.db().begin().await?;
    let user = accounts::find_user_by_email(&mut tx, &email).await?;
    let token = random_token();
    let Some(u) = user else {
        tx.commit().await?;
        return Ok(());
    };
    accounts::store_token(
        &mut tx,
        &token_hash(&token),
        u.id,
        TokenPurpose::ResetPassword,
        RESET_TTL,
    )
    .await?;
    let lang = u.profile.language;
    let link = format!(
        "{}/{}/account/password/reset?token={token}",
        app.config().public_url,
        lang.code()
    );
    let mail = Letter::to(lang, &u.profile.name)
        .say("mail-reset-body", &[])
        .text(&link)
        .say("mail-reset-ignore", &[])
        .sign(&u.email, "mail-reset-subject", &[]);
    queue(&mut tx, &mail).await?;
    tx.commit().await?;
    app.wake_worker();
    Ok(())
}

/// Whether a reset link works now (without using it), to show its form.
pub async fn reset_link_is_valid(app: &App, token: &str) -> ServiceResult<bool> {
    let mut conn = app.db().conn().await?;
    Ok(
        accounts::token_is_valid(&mut conn, &token_hash(token), TokenPurpose::ResetPassword)
            .await?,
    )
}

/// Sets a new password through a reset link. Refused with
/// [`ServiceError::Fields`] when the new password is not acceptable; `false`
/// when the link is unknown, used or expired (nothing changed). Following the
/// mailed link proves the address, too; every session of the account ends.
pub async fn reset_password(app: &App, input: &ResetInput) -> ServiceResult<bool> {
    let mut errors = FieldErrors::new();
    let password = Password::parse_new(&input.password, &input.password_confirm, &mut errors);
    let (Some(password), true) = (password, errors.is_empty()) else {
        return Err(ServiceError::Fields(errors));
    };
    let hash = hash_password(password.expose().to_owned()).await?;
    let mut tx = app.db().begin().await?;
    let Some(uid) = accounts::consume_token(
        &mut tx,
        &token_hash(&input.token),
        TokenPurpose::ResetPassword,
    )
    .await?
    else {
        return Ok(false);
    };
    accounts::set_password_hash(&mut tx, uid, &hash).await?;
    accounts::mark_email_verified(&mut tx, uid).await?;
    sessions::delete_for_user(&mut tx, uid).await?;
    tx.commit().await?;
    Ok(true)
}
