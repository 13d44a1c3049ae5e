//! The demo forum's participants: registrations on site and remote, approved, waiting
//! or declined, some checked in.

use super::forum::{FAMILY, GIVEN, ORGS};
use super::sample::Rng;
use crate::{App, ServiceError, ServiceResult};
use wsis_db::forum::Edition;
use wsis_domain::Language;

/// How many participants the demo registers for 2019.
pub const DEMO_REGISTRATIONS: usize = 3_000;

/// About 3,000 participants from 150+ countries: mostly approved, some
/// waiting for approval or declined, on site and remote, a third checked in.
/// They share one password (`demo-participant-password`), hashed once.
pub(super) async fn seed_registrations(app: &App, ed: &Edition) -> ServiceResult<()> {
    use wsis_domain::account::{Email, Profile, Role};
    use wsis_domain::forum::AttendanceMode;
    use wsis_domain::forum::registration::{Category, RegistrationData, RegistrationStatus};
    use wsis_domain::taxonomy::{StakeholderType, countries};
    let hash = crate::accounts::hash_password("demo-participant-password".into()).await?;
    let mut rng = Rng::new(ed.year as u64 * 7);
    let all: Vec<&str> = countries::countries()
        .iter()
        .filter(|c| c.itu_region.is_some())
        .map(|c| c.alpha2.as_str())
        .collect();
    // 160 countries take part; a few send many participants.
    let taking_part: Vec<&str> = all
        .iter()
        .copied()
        .step_by((all.len() / 160).max(1))
        .take(160)
        .collect();
    let mut tx = app.db().begin().await?;
    for i in 0..DEMO_REGISTRATIONS {
        let country = if rng.chance(30) {
            *rng.pick(&["CH", "FR", "US", "CN", "IN", "KE", "BR", "SA", "RU", "BD"])
        } else {
            *rng.pick(&taking_part)
        };
        let category = *rng.pick(&Category::ALL);
        let stakeholder_type = match category {
            Category::MemberState => StakeholderType::Government,
            Category::UnAgency => StakeholderType::InternationalOrganization,
            Category::Business | Category::ItuMember => StakeholderType::PrivateSector,
            Category::Academia => StakeholderType::Academia,
            Category::Ngo => StakeholderType::CivilSociety,
            Category::Media | Category::Individual => StakeholderType::Other,
        };
        let given = GIVEN[rng.below(GIVEN.len())];
        let family = FAMILY[rng.below(FAMILY.len())];
        let email = Email::parse(&format!("participant{i}@participants.example"))
            .map_err(ServiceError::internal)?;
        let organisation = (*rng.pick(ORGS)).to_owned();
        let profile = Profile {
            name: format!("{given} {family}"),
            organisation: Some(organisation.clone()),
            stakeholder_type: Some(stakeholder_type),
            country: Some(country.to_owned()),
            language: *rng.pick(&Language::ALL),
        };
        let user = wsis_db::accounts::create_user(
            &mut tx,
            &email,
            &hash,
            &profile,
            &[Role::Participant],
            true,
        )
        .await?;
        let mode = if rng.chance(70) {
            AttendanceMode::OnSite
        } else {
            AttendanceMode::Remote
        };
        let status = match RegistrationStatus::initial(category, true) {
            RegistrationStatus::Pending if rng.chance(90) => {
                if rng.chance(97) {
                    RegistrationStatus::Approved
                } else {
                    RegistrationStatus::Declined
                }
            }
            s => s,
        };
        let data = RegistrationData {
            mode,
            category,
            stakeholder_type,
            organisation,
            country: country.to_owned(),
            accessibility: if rng.chance(4) {
                "Step-free access".into()
            } else {
                String::new()
            },
        };
        let code = format!("W{}-DEMO{:016}", ed.year, i);
        let id = wsis_db::registrations::register(
            &mut tx,
            ed.id,
            ed.capacity,
            user,
            &data,
            status,
            &code,
        )
        .await?;
        if status == RegistrationStatus::Approved
            && mode == AttendanceMode::OnSite
            && rng.chance(50)
        {
            wsis_db::registrations::check_in(&mut tx, id).await?;
        }
    }
    tx.commit().await?;
    Ok(())
}
