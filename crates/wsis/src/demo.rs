//! Demo content, seeded idempotently: running `demo` twice neither fails
//! nor duplicates anything.

use anyhow::Result;
use wsis_db::Db;
use wsis_db::accounts;
use wsis_domain::Language;
use wsis_domain::account::{Email, Profile, Role};
use wsis_domain::taxonomy::StakeholderType;

/// The demo accounts: (e-mail, password, name, organisation, type, country, language, roles).
pub const DEMO_ACCOUNTS: &[(
    &str,
    &str,
    &str,
    &str,
    StakeholderType,
    &str,
    Language,
    &[Role],
)] = &[
    (
        "admin@wsis.example",
        "demo-admin-password",
        "Amina Diallo",
        "ITU",
        StakeholderType::InternationalOrganization,
        "CH",
        Language::En,
        &[Role::Administrator, Role::Participant],
    ),
    (
        "secretariat@wsis.example",
        "demo-secretariat-password",
        "Jean Dupont",
        "ITU WSIS Secretariat",
        StakeholderType::InternationalOrganization,
        "CH",
        Language::Fr,
        &[Role::Secretariat, Role::Participant],
    ),
    (
        "facilitator@wsis.example",
        "demo-facilitator-password",
        "Li Wei",
        "UNESCO",
        StakeholderType::InternationalOrganization,
        "CN",
        Language::Zh,
        &[Role::Facilitator, Role::Participant],
    ),
    (
        "organiser@wsis.example",
        "demo-organiser-password",
        "María García",
        "Universidad de Chile",
        StakeholderType::Academia,
        "CL",
        Language::Es,
        &[Role::Organiser, Role::Stakeholder, Role::Participant],
    ),
    (
        "stakeholder@wsis.example",
        "demo-stakeholder-password",
        "Олег Иванов",
        "Digital Bridge",
        StakeholderType::CivilSociety,
        "RU",
        Language::Ru,
        &[Role::Stakeholder, Role::Participant],
    ),
    (
        "participant@wsis.example",
        "demo-participant-password",
        "فاطمة الزهراء",
        "وزارة الاتصالات",
        StakeholderType::Government,
        "EG",
        Language::Ar,
        &[Role::Participant],
    ),
];

pub async fn seed(db: &Db) -> Result<()> {
    let mut created = 0;
    for (email, password, name, org, st, country, lang, roles) in DEMO_ACCOUNTS {
        let email = Email::parse(email).map_err(|k| anyhow::anyhow!("demo e-mail: {k}"))?;
        let mut tx = db.begin().await?;
        if accounts::find_user_by_email(&mut tx, &email)
            .await?
            .is_some()
        {
            continue;
        }
        let hash = wsis_web::auth::hash_password((*password).to_owned())
            .await
            .map_err(anyhow::Error::msg)?;
        let profile = Profile {
            name: (*name).to_owned(),
            organisation: Some((*org).to_owned()),
            stakeholder_type: Some(*st),
            country: Some((*country).to_owned()),
            language: *lang,
        };
        accounts::create_user(&mut tx, &email, &hash, &profile, roles, true).await?;
        tx.commit().await?;
        created += 1;
    }
    if created > 0 {
        tracing::info!(
            created,
            "demo accounts created (see README for their passwords)"
        );
    }
    Ok(())
}
