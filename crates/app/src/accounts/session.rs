//! Sign-in, the session behind a cookie, and sign-out. Sessions are stored by
//! the SHA-256 of their token, so a copy of the database hands out none.

use super::{User, account_bucket, limit, random_token, token_hash, verify_password};
use crate::{App, ServiceError, ServiceResult};
use wsis_db::{accounts, sessions};
use wsis_domain::FieldErrors;
use wsis_domain::account::Email;

/// How long an answer waits when the account had many attempts from everywhere.
const ACCOUNT_SLOWDOWN: std::time::Duration = std::time::Duration::from_secs(1);

/// A session just opened: the account, and the token its cookie carries.
#[derive(Debug)]
pub struct Session {
    pub user: User,
    pub token: String,
}

/// Signs in with an e-mail address and a password. Counts the attempt against
/// `client_ip`, then against the account from that address: past the limit that
/// address is refused ([`ServiceError::RateLimited`]) while the owner, elsewhere,
/// still signs in. Attempts on the account from everywhere only slow the answer
/// down (a second each past the limit), so that nobody can lock an owner out.
/// Refused with [`ServiceError::Fields`]:
/// a field missing or malformed; `login-failed` on `email` for a wrong address
/// or password (one answer for both, after as long: an unknown address is
/// checked against a dummy hash); `login-unverified` for an unconfirmed account.
pub async fn sign_in(
    app: &App,
    client_ip: &str,
    email: &str,
    password: &str,
) -> ServiceResult<Session> {
    let limits = &app.config().rate_limits;
    limit(app, format!("login-ip:{client_ip}"), limits.login_per_ip).await?;
    let mut errors = FieldErrors::new();
    let email = errors.check("email", Email::parse(email));
    if password.is_empty() {
        errors.add("password", "password-required");
    }
    let (Some(email), true) = (email, errors.is_empty()) else {
        return Err(ServiceError::Fields(errors));
    };
    limit(
        app,
        format!("{}@{client_ip}", account_bucket(email.as_str())),
        limits.login_per_account,
    )
    .await?;
    if limit(
        app,
        account_bucket(email.as_str()),
        limits.login_per_account,
    )
    .await
    .is_err()
    {
        tokio::time::sleep(ACCOUNT_SLOWDOWN).await;
    }
    let creds = {
        let mut conn = app.db().conn().await?;
        accounts::credentials(&mut conn, &email).await?
    };
    let ok = verify_password(password.to_owned(), creds.as_ref().map(|c| c.1.clone())).await;
    let Some((uid, _)) = creds.filter(|_| ok) else {
        return Err(ServiceError::field("email", "login-failed"));
    };
    let mut tx = app.db().begin().await?;
    let user = accounts::find_user(&mut tx, uid)
        .await?
        .ok_or(ServiceError::NotFound)?;
    if !user.email_verified {
        return Err(ServiceError::field("email", "login-unverified"));
    }
    let token = random_token();
    sessions::create(
        &mut tx,
        &token_hash(&token),
        uid,
        app.config().session_ttl_secs,
    )
    .await?;
    tx.commit().await?;
    Ok(Session { user, token })
}

/// The account of a live session, by the token its cookie carries.
pub async fn session_user(app: &App, token: &str) -> ServiceResult<Option<User>> {
    if token.len() != 64 {
        return Ok(None);
    }
    let mut conn = app.db().conn().await?;
    let idle = app.config().session_idle_secs;
    let Some(uid) = sessions::user_of(&mut conn, &token_hash(token), idle).await? else {
        return Ok(None);
    };
    Ok(accounts::find_user(&mut conn, uid).await?)
}

/// Ends the session of this token (nothing when there is none).
pub async fn sign_out(app: &App, token: &str) -> ServiceResult<()> {
    let mut conn = app.db().conn().await?;
    sessions::delete(&mut conn, &token_hash(token)).await?;
    app.prizes().forget_session(&token_hash(token));
    Ok(())
}
