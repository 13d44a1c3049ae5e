//! Sign-up and the confirmation of the e-mail address: the account is created
//! unconfirmed and a link is mailed (queued in the same transaction); following
//! the link confirms it. A new link can be asked for.

use super::{VERIFY_TTL, hash_password, limit, random_token, token_hash};
use crate::mail::{Letter, OutgoingMail, queue};
use crate::{App, ServiceError, ServiceResult};
use serde::Deserialize;
use wsis_db::accounts::{self, TokenPurpose};
use wsis_domain::account::{Email, Password, ProfileInput, Role};
use wsis_domain::{FieldErrors, Language};

/// The sign-up form.
#[derive(Debug, Default, Deserialize)]
pub struct SignUpInput {
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub password: String,
    #[serde(default)]
    pub password_confirm: String,
    #[serde(flatten)]
    pub profile: ProfileInput,
}

/// Creates an unconfirmed participant account and queues the confirmation
/// mail in the same transaction. Counts the attempt against `client_ip` first.
/// Refused with [`ServiceError::Fields`] (nothing written) when a field is
/// wrong. The answer does not say whether the address has an account: when it
/// has, nothing is created and its owner is mailed instead (someone tried to
/// sign up with your address; sign in or reset your password). Returns the
/// address the mail went to.
pub async fn sign_up(app: &App, client_ip: &str, input: &SignUpInput) -> ServiceResult<Email> {
    limit(
        app,
        format!("signup:{client_ip}"),
        app.config().rate_limits.signup_per_ip,
    )
    .await?;
    let mut errors = FieldErrors::new();
    let email = errors.check("email", Email::parse(&input.email));
    let password = Password::parse_new(&input.password, &input.password_confirm, &mut errors);
    let profile = input.profile.parse(&mut errors);
    let (Some(email), Some(password), Some(profile), true) =
        (email, password, profile, errors.is_empty())
    else {
        return Err(ServiceError::Fields(errors));
    };
    let hash = hash_password(password.expose().to_owned()).await?;
    let token = random_token();
    let mut tx = app.db().begin().await?;
    let uid = match accounts::create_user(&mut tx, &email, &hash, &profile, &Role::SIGN_UP, false)
        .await
    {
        Ok(id) => id,
        Err(e) if e.is_conflict() => {
            drop(tx);
            already_registered(app, &email).await?;
            return Ok(email);
        }
        Err(e) => return Err(e.into()),
    };
    accounts::store_token(
        &mut tx,
        &token_hash(&token),
        uid,
        TokenPurpose::VerifyEmail,
        VERIFY_TTL,
    )
    .await?;
    let mail = verification_mail(app, profile.language, email.as_str(), &profile.name, &token);
    queue(&mut tx, &mail).await?;
    tx.commit().await?;
    app.wake_worker();
    Ok(email)
}

/// A sign-up with the address of an existing account: its owner is told, in
/// their language, with the ways in (the link's token is never logged).
async fn already_registered(app: &App, email: &Email) -> ServiceResult<()> {
    let mut tx = app.db().begin().await?;
    let Some(u) = accounts::find_user_by_email(&mut tx, email).await? else {
        return Ok(());
    };
    let lang = u.profile.language;
    let base = format!("{}/{}/account", app.config().public_url, lang.code());
    let mail = Letter::to(lang, &u.profile.name)
        .say("mail-signup-exists-body", &[])
        .text(&format!("{base}/login"))
        .say("mail-signup-exists-forgot", &[])
        .text(&format!("{base}/password/forgot"))
        .say("mail-reset-ignore", &[])
        .sign(&u.email, "mail-signup-exists-subject", &[]);
    queue(&mut tx, &mail).await?;
    tx.commit().await?;
    app.wake_worker();
    Ok(())
}

/// The confirmation mail, with its link, in the account's language.
fn verification_mail(app: &App, lang: Language, to: &str, name: &str, token: &str) -> OutgoingMail {
    let link = format!(
        "{}/{}/account/verify?token={token}",
        app.config().public_url,
        lang.code()
    );
    Letter::to(lang, name)
        .say("mail-verify-body", &[])
        .text(&link)
        .sign(to, "mail-verify-subject", &[])
}

/// Confirms the address of the account a confirmation link was mailed to;
/// false when the link is unknown, used or expired.
pub async fn verify_email(app: &App, token: &str) -> ServiceResult<bool> {
    let mut tx = app.db().begin().await?;
    let user =
        accounts::consume_token(&mut tx, &token_hash(token), TokenPurpose::VerifyEmail).await?;
    if let Some(uid) = user {
        accounts::mark_email_verified(&mut tx, uid).await?;
    }
    tx.commit().await?;
    Ok(user.is_some())
}

/// Mails a new confirmation link to an unconfirmed account. Says nothing about
/// whether the address has an account (the answer is the same either way).
/// Counts the attempt against `client_ip` first.
pub async fn resend_verification(app: &App, client_ip: &str, email: &str) -> ServiceResult<()> {
    let email = mailed_link_request(app, client_ip, email).await?;
    let mut tx = app.db().begin().await?;
    let user = accounts::find_user_by_email(&mut tx, &email).await?;
    let mut queued = false;
    if let Some(u) = user.filter(|u| !u.email_verified) {
        let token = random_token();
        accounts::store_token(
            &mut tx,
            &token_hash(&token),
            u.id,
            TokenPurpose::VerifyEmail,
            VERIFY_TTL,
        )
        .await?;
        let mail = verification_mail(app, u.profile.language, &u.email, &u.profile.name, &token);
        queue(&mut tx, &mail).await?;
        queued = true;
    }
    tx.commit().await?;
    if queued {
        app.wake_worker();
    }
    Ok(())
}

/// Counts a request for a mailed link (confirmation or reset) against
/// `client_ip` and parses the address.
pub(super) async fn mailed_link_request(
    app: &App,
    client_ip: &str,
    email: &str,
) -> ServiceResult<Email> {
    limit(
        app,
        format!("reset:{client_ip}"),
        app.config().rate_limits.reset_per_ip,
    )
    .await?;
    Email::parse(email).map_err(|key| ServiceError::field("email", key))
}
