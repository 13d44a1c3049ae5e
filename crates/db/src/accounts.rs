//! Accounts: users, their roles and the one-time tokens mailed to them.

use crate::{Result, map_unique, now};
use sqlx::AnyConnection;
use wsis_domain::Language;
use wsis_domain::account::{Email, Profile, Role};
use wsis_domain::taxonomy::StakeholderType;

/// An account as the rest of the platform sees it (no password hash).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct User {
    pub id: i64,
    pub email: String,
    pub profile: Profile,
    pub email_verified: bool,
    pub roles: Vec<Role>,
    pub created_at: i64,
}

#[derive(sqlx::FromRow)]
struct UserRow {
    id: i64,
    email: String,
    name: String,
    organisation: Option<String>,
    stakeholder_type: Option<String>,
    country: Option<String>,
    language: String,
    email_verified_at: Option<i64>,
    created_at: i64,
}

const USER_COLUMNS: &str = "id, email, name, organisation, stakeholder_type, country, language, email_verified_at, created_at";

impl UserRow {
    fn into_user(self, roles: Vec<Role>) -> User {
        User {
            id: self.id,
            email: self.email,
            profile: Profile {
                name: self.name,
                organisation: self.organisation,
                stakeholder_type: self
                    .stakeholder_type
                    .as_deref()
                    .and_then(|s| StakeholderType::parse(s).ok()),
                country: self.country,
                language: Language::from_tag(&self.language).unwrap_or(Language::En),
            },
            email_verified: self.email_verified_at.is_some(),
            roles,
            created_at: self.created_at,
        }
    }
}

fn email_key(email: &Email) -> String {
    email.as_str().to_lowercase()
}

/// Creates an account with the given roles. An address already registered
/// (in any letter case) is a [`DbError::Conflict`].
pub async fn create_user(
    conn: &mut AnyConnection,
    email: &Email,
    password_hash: &str,
    profile: &Profile,
    roles: &[Role],
    verified: bool,
) -> Result<i64> {
    let t = now();
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO users (email, email_key, password_hash, name, organisation, stakeholder_type,
           country, language, email_verified_at, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10) RETURNING id",
    )
    .bind(email.as_str())
    .bind(email_key(email))
    .bind(password_hash)
    .bind(&profile.name)
    .bind(profile.organisation.as_deref())
    .bind(profile.stakeholder_type.map(|s| s.code()))
    .bind(profile.country.as_deref())
    .bind(profile.language.code())
    .bind(verified.then_some(t))
    .bind(t)
    .fetch_one(&mut *conn)
    .await
    .map_err(map_unique)?;
    for role in roles {
        grant_role(conn, id, *role).await?;
    }
    Ok(id)
}

async fn roles_of(conn: &mut AnyConnection, user_id: i64) -> Result<Vec<Role>> {
    let codes: Vec<String> = sqlx::query_scalar("SELECT role FROM user_roles WHERE user_id = $1")
        .bind(user_id)
        .fetch_all(conn)
        .await?;
    let mut roles: Vec<Role> = codes.iter().filter_map(|c| Role::parse(c).ok()).collect();
    roles.sort();
    Ok(roles)
}

pub async fn find_user(conn: &mut AnyConnection, id: i64) -> Result<Option<User>> {
    let sql = format!("SELECT {USER_COLUMNS} FROM users WHERE id = $1");
    let row: Option<UserRow> = sqlx::query_as(sqlx::AssertSqlSafe(sql))
        .bind(id)
        .fetch_optional(&mut *conn)
        .await?;
    match row {
        Some(r) => {
            let roles = roles_of(conn, r.id).await?;
            Ok(Some(r.into_user(roles)))
        }
        None => Ok(None),
    }
}

pub async fn find_user_by_email(conn: &mut AnyConnection, email: &Email) -> Result<Option<User>> {
    let id: Option<i64> = sqlx::query_scalar("SELECT id FROM users WHERE email_key = $1")
        .bind(email_key(email))
        .fetch_optional(&mut *conn)
        .await?;
    match id {
        Some(id) => find_user(conn, id).await,
        None => Ok(None),
    }
}

/// The stored password hash of an account, by e-mail, for login.
pub async fn credentials(conn: &mut AnyConnection, email: &Email) -> Result<Option<(i64, String)>> {
    Ok(
        sqlx::query_as("SELECT id, password_hash FROM users WHERE email_key = $1")
            .bind(email_key(email))
            .fetch_optional(conn)
            .await?,
    )
}

pub async fn update_profile(
    conn: &mut AnyConnection,
    user_id: i64,
    profile: &Profile,
) -> Result<()> {
    sqlx::query(
        "UPDATE users SET name = $1, organisation = $2, stakeholder_type = $3, country = $4,
           language = $5, updated_at = $6 WHERE id = $7",
    )
    .bind(&profile.name)
    .bind(profile.organisation.as_deref())
    .bind(profile.stakeholder_type.map(|s| s.code()))
    .bind(profile.country.as_deref())
    .bind(profile.language.code())
    .bind(now())
    .bind(user_id)
    .execute(conn)
    .await?;
    Ok(())
}

pub async fn set_password_hash(conn: &mut AnyConnection, user_id: i64, hash: &str) -> Result<()> {
    sqlx::query("UPDATE users SET password_hash = $1, updated_at = $2 WHERE id = $3")
        .bind(hash)
        .bind(now())
        .bind(user_id)
        .execute(conn)
        .await?;
    Ok(())
}

pub async fn mark_email_verified(conn: &mut AnyConnection, user_id: i64) -> Result<()> {
    sqlx::query(
        "UPDATE users SET email_verified_at = COALESCE(email_verified_at, $1) WHERE id = $2",
    )
    .bind(now())
    .bind(user_id)
    .execute(conn)
    .await?;
    Ok(())
}

/// Grants a role (no-op if held).
pub async fn grant_role(conn: &mut AnyConnection, user_id: i64, role: Role) -> Result<()> {
    sqlx::query(
        "INSERT INTO user_roles (user_id, role, granted_at) VALUES ($1, $2, $3)
         ON CONFLICT (user_id, role) DO NOTHING",
    )
    .bind(user_id)
    .bind(role.code())
    .bind(now())
    .execute(conn)
    .await?;
    Ok(())
}

/// Revokes a role (no-op if not held). Participant cannot be revoked.
pub async fn revoke_role(conn: &mut AnyConnection, user_id: i64, role: Role) -> Result<()> {
    if role == Role::Participant {
        return Ok(());
    }
    sqlx::query("DELETE FROM user_roles WHERE user_id = $1 AND role = $2")
        .bind(user_id)
        .bind(role.code())
        .execute(conn)
        .await?;
    Ok(())
}

/// The accounts holding a role (for notices to the secretariat), oldest first.
pub async fn users_with_role(conn: &mut AnyConnection, role: Role) -> Result<Vec<User>> {
    let sql = format!(
        "SELECT {USER_COLUMNS} FROM users WHERE id IN \
         (SELECT user_id FROM user_roles WHERE role = $1) ORDER BY id"
    );
    let rows: Vec<UserRow> = sqlx::query_as(sqlx::AssertSqlSafe(sql))
        .bind(role.code())
        .fetch_all(&mut *conn)
        .await?;
    let mut users = Vec::with_capacity(rows.len());
    for r in rows {
        let roles = roles_of(conn, r.id).await?;
        users.push(r.into_user(roles));
    }
    Ok(users)
}

/// A page of accounts for the administrators' list, newest first.
pub async fn list_users(conn: &mut AnyConnection, limit: i64, offset: i64) -> Result<Vec<User>> {
    let sql = format!("SELECT {USER_COLUMNS} FROM users ORDER BY id DESC LIMIT $1 OFFSET $2");
    let rows: Vec<UserRow> = sqlx::query_as(sqlx::AssertSqlSafe(sql))
        .bind(limit)
        .bind(offset)
        .fetch_all(&mut *conn)
        .await?;
    let mut users = Vec::with_capacity(rows.len());
    for r in rows {
        let roles = roles_of(conn, r.id).await?;
        users.push(r.into_user(roles));
    }
    Ok(users)
}

pub async fn count_users(conn: &mut AnyConnection) -> Result<i64> {
    Ok(sqlx::query_scalar("SELECT COUNT(*) FROM users")
        .fetch_one(conn)
        .await?)
}

/// What a one-time token is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenPurpose {
    VerifyEmail,
    ResetPassword,
}

impl TokenPurpose {
    fn code(self) -> &'static str {
        match self {
            TokenPurpose::VerifyEmail => "verify_email",
            TokenPurpose::ResetPassword => "reset_password",
        }
    }
}

/// Stores the hash of a one-time token valid for `ttl_secs`.
pub async fn store_token(
    conn: &mut AnyConnection,
    token_hash: &str,
    user_id: i64,
    purpose: TokenPurpose,
    ttl_secs: i64,
) -> Result<()> {
    let t = now();
    sqlx::query(
        "INSERT INTO account_tokens (token_hash, user_id, purpose, created_at, expires_at)
         VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(token_hash)
    .bind(user_id)
    .bind(purpose.code())
    .bind(t)
    .bind(t + ttl_secs)
    .execute(conn)
    .await?;
    Ok(())
}

/// Uses a token once: returns its account if the token exists, has this
/// purpose, is unexpired and unused, and marks it used. Using a reset token
/// also spends the account's other reset tokens.
pub async fn consume_token(
    conn: &mut AnyConnection,
    token_hash: &str,
    purpose: TokenPurpose,
) -> Result<Option<i64>> {
    let t = now();
    let user_id: Option<i64> = sqlx::query_scalar(
        "UPDATE account_tokens SET used_at = $1
         WHERE token_hash = $2 AND purpose = $3 AND used_at IS NULL AND expires_at > $1
         RETURNING user_id",
    )
    .bind(t)
    .bind(token_hash)
    .bind(purpose.code())
    .fetch_optional(&mut *conn)
    .await?;
    if let Some(uid) = user_id {
        sqlx::query("UPDATE account_tokens SET used_at = $1 WHERE user_id = $2 AND purpose = $3 AND used_at IS NULL")
            .bind(t)
            .bind(uid)
            .bind(purpose.code())
            .execute(conn)
            .await?;
    }
    Ok(user_id)
}

/// Whether a token is valid now (without using it), for showing a form.
pub async fn token_is_valid(
    conn: &mut AnyConnection,
    token_hash: &str,
    purpose: TokenPurpose,
) -> Result<bool> {
    let n: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM account_tokens
         WHERE token_hash = $1 AND purpose = $2 AND used_at IS NULL AND expires_at > $3",
    )
    .bind(token_hash)
    .bind(purpose.code())
    .bind(now())
    .fetch_one(conn)
    .await?;
    Ok(n > 0)
}

/// Takes the account's upload lock and returns the bytes it holds in uploads (images of
/// entries, documents of sessions and photos of outcomes). Call it in the write transaction that adds an
/// upload, before the insert: two uploads at once then never both fit the last of the
/// quota.
pub async fn lock_uploaded_bytes(conn: &mut AnyConnection, user: i64) -> Result<i64> {
    crate::dialect::lock_parent(conn, crate::dialect::Parent::Account, user).await?;
    let images: i64 = sqlx::query_scalar(
        "SELECT CAST(COALESCE(SUM(bytes), 0) AS BIGINT) FROM entry_images WHERE uploaded_by = $1",
    )
    .bind(user)
    .fetch_one(&mut *conn)
    .await?;
    let documents: i64 = sqlx::query_scalar(
        "SELECT CAST(COALESCE(SUM(size), 0) AS BIGINT) FROM forum_documents WHERE uploaded_by = $1",
    )
    .bind(user)
    .fetch_one(&mut *conn)
    .await?;
    let photos: i64 = sqlx::query_scalar(
        "SELECT CAST(COALESCE(SUM(bytes), 0) AS BIGINT) FROM forum_outcome_photos WHERE uploaded_by = $1",
    )
    .bind(user)
    .fetch_one(&mut *conn)
    .await?;
    let statements: i64 = sqlx::query_scalar(
        "SELECT CAST(COALESCE(SUM(pdf_size), 0) AS BIGINT) FROM forum_hlt_statements WHERE added_by = $1",
    )
    .bind(user)
    .fetch_one(&mut *conn)
    .await?;
    let contest: i64 = sqlx::query_scalar(
        "SELECT CAST(COALESCE(SUM(bytes), 0) AS BIGINT) FROM photo_entries WHERE entrant_id = $1",
    )
    .bind(user)
    .fetch_one(&mut *conn)
    .await?;
    let hackathon: i64 = sqlx::query_scalar(
        "SELECT CAST(COALESCE(SUM(bytes), 0) AS BIGINT) FROM hackathon_files WHERE uploaded_by = $1",
    )
    .bind(user)
    .fetch_one(conn)
    .await?;
    Ok(images + documents + photos + statements + contest + hackathon)
}
