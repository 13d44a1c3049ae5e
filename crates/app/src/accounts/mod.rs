//! Accounts: sign-up with e-mail verification, sign-in and sessions, the
//! password (change, and reset through a mailed link), the profile, and the
//! administration of accounts, roles and Action Line facilitators.
//!
//! Attempts are counted in the database ([`wsis_db::rate_limit`]) so that every
//! node of a cluster counts the same ones; mail is queued in the transaction of
//! the change it reports.

mod admin;
mod password;
mod profile;
mod reset;
mod session;
mod signup;

pub use admin::{
    FacilitatorInput, NewAccount, USERS_PER_PAGE, UserPage, add_facilitator, create_user,
    facilitators, remove_facilitator, set_role, set_roles, user_for_admin, users,
};
pub use password::{hash_password, random_token, token_hash, verify_password};
pub use profile::{PasswordChange, change_password, update_profile};
pub use reset::{ResetInput, request_reset, reset_link_is_valid, reset_password};
pub use session::{Session, session_user, sign_in, sign_out};
pub use signup::{SignUpInput, resend_verification, sign_up, verify_email};

/// Types the adapters show (never functions of the database).
pub use wsis_db::accounts::User;
pub use wsis_db::reference::FacilitatorRow as Facilitator;

use crate::{App, ServiceError, ServiceResult};
use wsis_db::rate_limit;
use wsis_domain::AccountId;
use wsis_domain::access::Principal;
use wsis_domain::account::Email;

/// How long a mailed confirmation link works.
const VERIFY_TTL: i64 = 48 * 3600;
/// How long a mailed reset link works.
const RESET_TTL: i64 = 3600;

/// Counts an attempt on `bucket`; refuses it past `max` in the window.
async fn limit(app: &App, bucket: String, max: i64) -> ServiceResult<()> {
    let mut conn = app.db().conn().await?;
    if rate_limit::hit(
        &mut conn,
        &bucket,
        max,
        app.config().rate_limits.window_secs,
    )
    .await?
    {
        Ok(())
    } else {
        Err(ServiceError::RateLimited)
    }
}

/// The bucket counting sign-in attempts (and password checks) on one account.
fn account_bucket(email: &str) -> String {
    format!("login-account:{}", email.to_lowercase())
}

/// The acting account as the access policy sees it.
fn principal(user: &User) -> Principal<'_> {
    Principal::new(AccountId::new(user.id), &user.roles)
}

/// One account.
pub async fn account(app: &App, id: AccountId) -> ServiceResult<User> {
    let mut conn = app.db().conn().await?;
    wsis_db::accounts::find_user(&mut conn, id.get())
        .await?
        .ok_or(ServiceError::NotFound)
}

/// The account of an e-mail address, if there is one (trusted callers: the
/// command line names the owner of imported entries by address).
pub async fn account_by_email(app: &App, email: &Email) -> ServiceResult<Option<User>> {
    let mut conn = app.db().conn().await?;
    Ok(wsis_db::accounts::find_user_by_email(&mut conn, email).await?)
}
