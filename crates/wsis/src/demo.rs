//! Demo content, seeded idempotently: running `demo` twice neither fails
//! nor duplicates anything.

use anyhow::Result;
use wsis_db::Db;
use wsis_db::accounts;
use wsis_domain::Language;
use wsis_domain::account::{Email, Profile, Role};
use wsis_domain::taxonomy::StakeholderType;

/// A demo account; the README lists their passwords.
pub struct DemoAccount {
    pub email: &'static str,
    pub password: &'static str,
    pub name: &'static str,
    pub organisation: &'static str,
    pub stakeholder_type: StakeholderType,
    pub country: &'static str,
    pub language: Language,
    pub roles: &'static [Role],
}

pub const DEMO_ACCOUNTS: &[DemoAccount] = &[
    DemoAccount {
        email: "admin@wsis.example",
        password: "demo-admin-password",
        name: "Amina Diallo",
        organisation: "ITU",
        stakeholder_type: StakeholderType::InternationalOrganization,
        country: "CH",
        language: Language::En,
        roles: &[Role::Administrator, Role::Participant],
    },
    DemoAccount {
        email: "secretariat@wsis.example",
        password: "demo-secretariat-password",
        name: "Jean Dupont",
        organisation: "ITU WSIS Secretariat",
        stakeholder_type: StakeholderType::InternationalOrganization,
        country: "CH",
        language: Language::Fr,
        roles: &[Role::Secretariat, Role::Participant],
    },
    DemoAccount {
        email: "facilitator@wsis.example",
        password: "demo-facilitator-password",
        name: "Li Wei",
        organisation: "UNESCO",
        stakeholder_type: StakeholderType::InternationalOrganization,
        country: "CN",
        language: Language::Zh,
        roles: &[Role::Facilitator, Role::Participant],
    },
    DemoAccount {
        email: "organiser@wsis.example",
        password: "demo-organiser-password",
        name: "María García",
        organisation: "Universidad de Chile",
        stakeholder_type: StakeholderType::Academia,
        country: "CL",
        language: Language::Es,
        roles: &[Role::Organiser, Role::Stakeholder, Role::Participant],
    },
    DemoAccount {
        email: "stakeholder@wsis.example",
        password: "demo-stakeholder-password",
        name: "Олег Иванов",
        organisation: "Digital Bridge",
        stakeholder_type: StakeholderType::CivilSociety,
        country: "RU",
        language: Language::Ru,
        roles: &[Role::Stakeholder, Role::Participant],
    },
    DemoAccount {
        email: "participant@wsis.example",
        password: "demo-participant-password",
        name: "فاطمة الزهراء",
        organisation: "وزارة الاتصالات",
        stakeholder_type: StakeholderType::Government,
        country: "EG",
        language: Language::Ar,
        roles: &[Role::Participant],
    },
];

pub async fn seed(db: &Db) -> Result<()> {
    let mut created = 0;
    for a in DEMO_ACCOUNTS {
        let email = Email::parse(a.email).map_err(|k| anyhow::anyhow!("demo e-mail: {k}"))?;
        let mut conn = db.conn().await?;
        if accounts::find_user_by_email(&mut conn, &email)
            .await?
            .is_some()
        {
            continue;
        }
        drop(conn);
        // Hash before the transaction: SQLite's write lock is held from BEGIN.
        let hash = wsis_web::auth::hash_password(a.password.to_owned())
            .await
            .map_err(anyhow::Error::msg)?;
        let profile = Profile {
            name: a.name.to_owned(),
            organisation: Some(a.organisation.to_owned()),
            stakeholder_type: Some(a.stakeholder_type),
            country: Some(a.country.to_owned()),
            language: a.language,
        };
        let mut tx = db.begin().await?;
        match accounts::create_user(&mut tx, &email, &hash, &profile, a.roles, true).await {
            Ok(_) => {
                tx.commit().await?;
                created += 1;
            }
            // Another process seeded it meanwhile.
            Err(e) if e.is_conflict() => continue,
            Err(e) => return Err(e.into()),
        }
    }
    if created > 0 {
        tracing::info!(
            created,
            "demo accounts created (see README for their passwords)"
        );
    }
    Ok(())
}
