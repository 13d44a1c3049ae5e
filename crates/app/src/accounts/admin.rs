//! Administration: the list of accounts and their roles (administrators), the
//! Action Line facilitators (the secretariat), and the accounts and roles the
//! command line sets up (trusted: whoever runs it holds the database).

use super::{Facilitator, User, hash_password, principal};
use crate::{App, ServiceError, ServiceResult};
use serde::Deserialize;
use wsis_db::{accounts, reference};
use wsis_domain::account::{Email, Password, Profile, Role};
use wsis_domain::taxonomy::FacilitatorRole;
use wsis_domain::taxonomy::action_lines;
use wsis_domain::{AccountId, FieldErrors, Language};

/// Accounts listed per page.
pub const USERS_PER_PAGE: i64 = 50;

/// A page of the accounts list, newest first.
#[derive(Debug)]
pub struct UserPage {
    pub users: Vec<User>,
    /// Every account, on every page.
    pub total: i64,
    /// This page's number (from 1).
    pub page: i64,
}

impl UserPage {
    pub fn has_next(&self) -> bool {
        self.page * USERS_PER_PAGE < self.total
    }
}

fn require_admin(actor: &User) -> ServiceResult<()> {
    if principal(actor).is(Role::Administrator) {
        Ok(())
    } else {
        Err(ServiceError::Forbidden)
    }
}

fn require_secretariat(actor: &User) -> ServiceResult<()> {
    if principal(actor).is_secretariat() {
        Ok(())
    } else {
        Err(ServiceError::Forbidden)
    }
}

/// Page `page` (from 1) of the accounts, for an administrator.
pub async fn users(app: &App, actor: &User, page: i64) -> ServiceResult<UserPage> {
    require_admin(actor)?;
    let page = page.max(1);
    let mut conn = app.db().conn().await?;
    let total = accounts::count_users(&mut conn).await?;
    let users =
        accounts::list_users(&mut conn, USERS_PER_PAGE, (page - 1) * USERS_PER_PAGE).await?;
    Ok(UserPage { users, total, page })
}

/// One account, for an administrator.
pub async fn user_for_admin(app: &App, actor: &User, id: AccountId) -> ServiceResult<User> {
    require_admin(actor)?;
    let mut conn = app.db().conn().await?;
    accounts::find_user(&mut conn, id.get())
        .await?
        .ok_or(ServiceError::NotFound)
}

/// Gives account `id` exactly the roles `wanted` (participant always), for an
/// administrator. An administrator cannot take the administrator role from
/// themselves (`role-invalid` on `role`). Returns the roles now held.
pub async fn set_roles(
    app: &App,
    actor: &User,
    id: AccountId,
    wanted: &[Role],
) -> ServiceResult<Vec<Role>> {
    require_admin(actor)?;
    let mut wanted = wanted.to_vec();
    if !wanted.contains(&Role::Participant) {
        wanted.insert(0, Role::Participant);
    }
    let mut tx = app.db().begin().await?;
    if accounts::find_user(&mut tx, id.get()).await?.is_none() {
        return Err(ServiceError::NotFound);
    }
    // An administrator cannot lock themselves out.
    if id.get() == actor.id && !wanted.contains(&Role::Administrator) {
        return Err(ServiceError::field("role", "role-invalid"));
    }
    for r in Role::ALL {
        if wanted.contains(&r) {
            accounts::grant_role(&mut tx, id.get(), r).await?;
        } else {
            accounts::revoke_role(&mut tx, id.get(), r).await?;
        }
    }
    let user = accounts::find_user(&mut tx, id.get())
        .await?
        .ok_or(ServiceError::NotFound)?;
    tx.commit().await?;
    tracing::info!(admin = actor.id, user = id.get(), roles = ?wanted, "roles changed");
    Ok(user.roles)
}

/// A confirmed account made from the command line.
#[derive(Debug)]
pub struct NewAccount {
    pub email: Email,
    pub password: Password,
    pub name: String,
    /// Granted with participant, which every account holds.
    pub roles: Vec<Role>,
    pub language: Language,
}

/// Creates a confirmed account (command line). Refused with
/// [`ServiceError::Fields`]: `name-invalid` on `name` (1 to 100 characters),
/// `email-taken` on `email`.
pub async fn create_user(app: &App, new: NewAccount) -> ServiceResult<User> {
    let name = wsis_domain::account::parse_name(&new.name)
        .map_err(|key| ServiceError::field("name", key))?;
    let name = name.as_str();
    let mut roles = vec![Role::Participant];
    for r in new.roles {
        if !roles.contains(&r) {
            roles.push(r);
        }
    }
    let hash = hash_password(new.password.expose().to_owned()).await?;
    let profile = Profile {
        name: name.to_owned(),
        organisation: None,
        stakeholder_type: None,
        country: None,
        language: new.language,
    };
    let mut tx = app.db().begin().await?;
    let id = match accounts::create_user(&mut tx, &new.email, &hash, &profile, &roles, true).await {
        Ok(id) => id,
        Err(e) if e.is_conflict() => return Err(ServiceError::field("email", "email-taken")),
        Err(e) => return Err(e.into()),
    };
    let user = accounts::find_user(&mut tx, id)
        .await?
        .ok_or(ServiceError::NotFound)?;
    tx.commit().await?;
    Ok(user)
}

/// Grants `role` to the account of `email`, or revokes it (command line).
/// [`ServiceError::NotFound`] without such an account; participant cannot be
/// revoked ([`ServiceError::Conflict`] `role-participant-kept`). Returns the
/// account as it is now.
pub async fn set_role(app: &App, email: &Email, role: Role, grant: bool) -> ServiceResult<User> {
    if !grant && role == Role::Participant {
        return Err(ServiceError::Conflict("role-participant-kept"));
    }
    let mut tx = app.db().begin().await?;
    let user = accounts::find_user_by_email(&mut tx, email)
        .await?
        .ok_or(ServiceError::NotFound)?;
    if grant {
        accounts::grant_role(&mut tx, user.id, role).await?;
    } else {
        accounts::revoke_role(&mut tx, user.id, role).await?;
    }
    let user = accounts::find_user(&mut tx, user.id)
        .await?
        .ok_or(ServiceError::NotFound)?;
    tx.commit().await?;
    Ok(user)
}

/// The Action Line facilitators, for the secretariat.
pub async fn facilitators(app: &App, actor: &User) -> ServiceResult<Vec<Facilitator>> {
    require_secretariat(actor)?;
    let mut conn = app.db().conn().await?;
    Ok(reference::list_facilitators(&mut conn).await?)
}

/// The form adding a facilitator.
#[derive(Debug, Default, Deserialize)]
pub struct FacilitatorInput {
    #[serde(default)]
    pub action_line: String,
    #[serde(default)]
    pub agency: String,
    #[serde(default)]
    pub role: String,
}

/// Names `agency` a facilitator of an Action Line or sub-line, for the
/// secretariat. Refused with [`ServiceError::Fields`] when a field is wrong or
/// the agency facilitates that line already (`facilitator-exists` on `agency`).
pub async fn add_facilitator(
    app: &App,
    actor: &User,
    input: &FacilitatorInput,
) -> ServiceResult<()> {
    require_secretariat(actor)?;
    let mut errors = FieldErrors::new();
    let line = input.action_line.trim();
    let code = action_lines::action_line(line)
        .map(|a| a.code)
        .or_else(|| action_lines::category(line).map(|c| c.code));
    if code.is_none() {
        errors.add("action_line", "action-line-invalid");
    }
    let agency = input.agency.trim();
    if agency.is_empty() {
        errors.add("agency", "agency-required");
    } else if agency.chars().count() > 100 {
        errors.add("agency", "agency-too-long");
    } else if !wsis_domain::validation::text_is_clean(agency, false) {
        errors.add("agency", "text-invalid-characters");
    }
    let role = errors.check("role", FacilitatorRole::parse(&input.role));
    let (Some(code), Some(role), true) = (code, role, errors.is_empty()) else {
        return Err(ServiceError::Fields(errors));
    };
    let mut tx = app.db().begin().await?;
    match reference::add_facilitator(&mut tx, code, agency, role).await {
        Ok(_) => {
            tx.commit().await?;
            Ok(())
        }
        Err(e) if e.is_conflict() => Err(ServiceError::field("agency", "facilitator-exists")),
        Err(e) => Err(e.into()),
    }
}

/// Removes a facilitator, for the secretariat ([`ServiceError::NotFound`] when
/// there is none with this id).
pub async fn remove_facilitator(app: &App, actor: &User, id: i64) -> ServiceResult<()> {
    require_secretariat(actor)?;
    let mut tx = app.db().begin().await?;
    if !reference::remove_facilitator(&mut tx, id).await? {
        return Err(ServiceError::NotFound);
    }
    tx.commit().await?;
    Ok(())
}
