//! Demo content, seeded idempotently: running `demo` twice neither fails
//! nor duplicates anything. Generated entries and the forum take the same
//! workflow steps as users' (the domain's transitions, the one publish path).

mod forum;
pub mod hackathon;
mod high_level;
mod matrix;
mod outcomes;
mod participants;
pub mod photos;
mod prizes;
pub mod sample;

pub use forum::DEMO_YEAR;
pub use participants::DEMO_REGISTRATIONS;
pub use prizes::{DEMO_SUBMISSIONS, DEMO_VOTERS};

use crate::stocktaking::entries::{next_status, publish_in, read, stale};
use crate::{App, ServiceError, ServiceResult};
use wsis_db::accounts;
use wsis_db::stocktaking as st;
use wsis_domain::EntryId;
use wsis_domain::Language;
use wsis_domain::account::{Email, Profile, Role};
use wsis_domain::stocktaking::{Action, Actor, EntryStatus};
use wsis_domain::taxonomy::StakeholderType;

/// How many stocktaking entries `demo` seeds.
pub const DEMO_ENTRIES: u64 = 1_100;

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

/// The demo accounts, unless they exist.
pub async fn seed(app: &App) -> ServiceResult<()> {
    let mut created = 0;
    for a in DEMO_ACCOUNTS {
        let email = demo_email(a.email)?;
        let mut conn = app.db().conn().await?;
        if accounts::find_user_by_email(&mut conn, &email)
            .await?
            .is_some()
        {
            continue;
        }
        drop(conn);
        // Hash before the transaction: SQLite's write lock is held from BEGIN.
        let hash = crate::accounts::hash_password(a.password.to_owned()).await?;
        let profile = Profile {
            name: a.name.to_owned(),
            organisation: Some(a.organisation.to_owned()),
            stakeholder_type: Some(a.stakeholder_type),
            country: Some(a.country.to_owned()),
            language: a.language,
        };
        let mut tx = app.db().begin().await?;
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

/// Seeds the WSIS Forum 2019 (proposed by the demo organiser, published by
/// the demo secretariat) unless it exists. Returns whether it did.
pub async fn seed_forum(app: &App) -> ServiceResult<bool> {
    let mut conn = app.db().conn().await?;
    let id = |u: Option<wsis_db::accounts::User>, who: &str| {
        u.map(|u| u.id)
            .ok_or_else(|| ServiceError::internal(format!("demo account {who} missing")))
    };
    let organiser =
        accounts::find_user_by_email(&mut conn, &demo_email("organiser@wsis.example")?).await?;
    let organiser = id(organiser, "organiser")?;
    let secretariat =
        accounts::find_user_by_email(&mut conn, &demo_email("secretariat@wsis.example")?).await?;
    let secretariat = id(secretariat, "secretariat")?;
    let facilitator =
        accounts::find_user_by_email(&mut conn, &demo_email("facilitator@wsis.example")?).await?;
    let facilitator = id(facilitator, "facilitator")?;
    drop(conn);
    let seeded = forum::seed(app, organiser, secretariat).await?;
    // The matrix, unless it has links already.
    let mut tx = app.db().begin().await?;
    if wsis_db::matrix::stamp(&mut tx).await?.0 == 0 {
        matrix::seed(&mut tx, facilitator, secretariat).await?;
        if let Some(ed) = wsis_db::forum::edition(&mut tx, forum::DEMO_YEAR).await? {
            matrix::seed_meetings(&mut tx, ed.id, facilitator).await?;
        }
    }
    tx.commit().await?;
    Ok(seeded)
}

/// Seeds the demo WSIS Prizes (2019, voted and announced; 2020, open for
/// submissions) unless they exist; projects are submitted by the demo stakeholder,
/// reviewed by the demo facilitator as expert. Returns whether it did.
pub async fn seed_prizes(app: &App) -> ServiceResult<bool> {
    let mut conn = app.db().conn().await?;
    let mut id = async |who: &str| -> ServiceResult<i64> {
        accounts::find_user_by_email(&mut conn, &demo_email(who)?)
            .await?
            .map(|u| u.id)
            .ok_or_else(|| ServiceError::internal(format!("demo account {who} missing")))
    };
    let stakeholder = id("stakeholder@wsis.example").await?;
    let expert = id("facilitator@wsis.example").await?;
    let secretariat = id("secretariat@wsis.example").await?;
    drop(conn);
    prizes::seed(app, stakeholder, expert, secretariat).await
}

/// Seeds the demo Photo Contest 2019 (screened by the demo secretariat, scored by the
/// demo facilitator and organiser as its jury, announced) unless it exists. Returns
/// whether it did.
pub async fn seed_photos(app: &App) -> ServiceResult<bool> {
    let mut conn = app.db().conn().await?;
    let mut id = async |who: &str| -> ServiceResult<i64> {
        accounts::find_user_by_email(&mut conn, &demo_email(who)?)
            .await?
            .map(|u| u.id)
            .ok_or_else(|| ServiceError::internal(format!("demo account {who} missing")))
    };
    let secretariat = id("secretariat@wsis.example").await?;
    let jurors = [
        id("facilitator@wsis.example").await?,
        id("organiser@wsis.example").await?,
    ];
    drop(conn);
    photos::seed(app, secretariat, jurors).await
}

/// Seeds the demo Hackathon 2019 (scored by the demo facilitator and organiser as its
/// jury, announced) and an open 2020 edition where the demo participant has an
/// invitation, unless they exist. Returns whether it seeded 2019.
pub async fn seed_hackathon(app: &App) -> ServiceResult<bool> {
    let mut conn = app.db().conn().await?;
    let mut id = async |who: &str| -> ServiceResult<i64> {
        accounts::find_user_by_email(&mut conn, &demo_email(who)?)
            .await?
            .map(|u| u.id)
            .ok_or_else(|| ServiceError::internal(format!("demo account {who} missing")))
    };
    let secretariat = id("secretariat@wsis.example").await?;
    let jurors = [
        id("facilitator@wsis.example").await?,
        id("organiser@wsis.example").await?,
    ];
    drop(conn);
    hackathon::seed(
        app,
        secretariat,
        jurors,
        Some("participant@wsis.example".to_owned()),
    )
    .await
}

/// Seeds `count` generated stocktaking entries (and the 2019 call) unless
/// the database already has that many. Returns how many it created. Each
/// entry is created by its owner and submitted in the 2019 call; the demo
/// secretariat then publishes, returns or rejects it, through the workflow's
/// transitions and the one publish path, 500 entries per transaction. The
/// search index follows from the change log (`serve` opens it afterwards).
pub async fn seed_entries(
    app: &App,
    count: u64,
    seed: u64,
    progress: impl Fn(u64),
) -> ServiceResult<u64> {
    let existing = {
        let mut conn = app.db().conn().await?;
        st::queue(&mut conn, None, None, None, 1, 0).await?.0
    };
    if existing as u64 >= count {
        return Ok(0);
    }
    let mut conn = app.db().conn().await?;
    let call = match st::list_calls(&mut conn)
        .await?
        .into_iter()
        .find(|c| c.year == 2019)
    {
        Some(c) => c.id,
        // The 2019 call: 11 September 2018 to 10 February 2019 (UTC).
        None => {
            st::create_call(
                &mut conn,
                2019,
                "WSIS Stocktaking 2019",
                1_536_624_000,
                1_549_756_800,
            )
            .await?
        }
    };
    let secretariat =
        accounts::find_user_by_email(&mut conn, &demo_email("secretariat@wsis.example")?)
            .await?
            .map(|u| u.id)
            .ok_or_else(|| ServiceError::internal("the demo secretariat account is missing"))?;
    drop(conn);
    let owners = demo_owners(app).await?;
    let mut created = 0;
    let mut n = existing as u64;
    while n < count {
        let end = (n + 500).min(count);
        let mut tx = app.db().begin().await?;
        let mut published = Vec::new();
        for i in n..end {
            let s = sample::sample(seed, i);
            let owner = owners[(i as usize) % owners.len()];
            let id = EntryId::new(
                st::create_entry(&mut tx, owner, &s.data, EntryStatus::Draft, None).await?,
            );
            if s.status == EntryStatus::Draft {
                continue;
            }
            // The owner submits it in the 2019 call.
            let entry = read(&mut tx, id).await?;
            let to = next_status(&entry, Action::Submit, Actor::Owner)?;
            st::change_status(
                &mut tx,
                &entry,
                entry.version,
                owner,
                Action::Submit.code(),
                to,
                None,
                Some(call),
            )
            .await
            .map_err(stale)?;
            // Then the secretariat decides.
            let (action, comment) = match s.status {
                EntryStatus::Published => (Action::Publish, None),
                EntryStatus::Returned => (
                    Action::Return,
                    Some("Please add the SDG targets and a rationale."),
                ),
                EntryStatus::Rejected => (
                    Action::Reject,
                    Some("This is not an ICT-for-development activity."),
                ),
                _ => continue,
            };
            let entry = read(&mut tx, id).await?;
            let to = next_status(&entry, action, Actor::Secretariat)?;
            if action == Action::Publish {
                publish_in(&mut tx, &entry, entry.version, secretariat, None, &[]).await?;
                published.push(id.get());
            } else {
                st::change_status(
                    &mut tx,
                    &entry,
                    entry.version,
                    secretariat,
                    action.code(),
                    to,
                    comment,
                    None,
                )
                .await
                .map_err(stale)?;
            }
        }
        st::mark_search_changes(&mut tx, &published).await?;
        tx.commit().await?;
        created += end - n;
        n = end;
        progress(n);
    }
    Ok(created)
}

/// A demo address (they are constants: one that does not parse is a bug here).
/// The High-Level Track Facilitators of the demo: the demo accounts of four
/// stakeholder groups, (stakeholder type code, account id), the international
/// organisation's first (it writes the outcomes).
async fn hlt_facilitators(app: &App) -> ServiceResult<Vec<(&'static str, i64)>> {
    let mut conn = app.db().conn().await?;
    let mut out = Vec::new();
    for (email, t) in [
        (
            "facilitator@wsis.example",
            StakeholderType::InternationalOrganization,
        ),
        ("participant@wsis.example", StakeholderType::Government),
        ("stakeholder@wsis.example", StakeholderType::CivilSociety),
        ("organiser@wsis.example", StakeholderType::Academia),
    ] {
        if let Some(u) = accounts::find_user_by_email(&mut conn, &demo_email(email)?).await? {
            out.push((t.code(), u.id));
        }
    }
    Ok(out)
}

fn demo_email(address: &str) -> ServiceResult<Email> {
    Email::parse(address)
        .map_err(|key| ServiceError::internal(format!("demo e-mail {address}: {key}")))
}

/// Accounts that own the generated entries: the demo stakeholders and 40
/// generated ones (sharing one password hash; they are not meant to sign in).
async fn demo_owners(app: &App) -> ServiceResult<Vec<i64>> {
    let hash = crate::accounts::hash_password("generated-demo-account-no-login".into()).await?;
    let mut ids = Vec::new();
    let mut tx = app.db().begin().await?;
    for a in ["stakeholder@wsis.example", "organiser@wsis.example"] {
        if let Some(u) = accounts::find_user_by_email(&mut tx, &demo_email(a)?).await? {
            ids.push(u.id);
        }
    }
    let mut rng = sample::Rng::new(42);
    for i in 0..40 {
        let email = demo_email(&format!("member{i}@stocktaking.example"))?;
        if let Some(u) = accounts::find_user_by_email(&mut tx, &email).await? {
            ids.push(u.id);
            continue;
        }
        let c = &wsis_domain::taxonomy::countries::countries()[rng.below(200)];
        let profile = Profile {
            name: format!("Member {i}"),
            organisation: Some(format!("Organisation {i}")),
            stakeholder_type: Some(StakeholderType::ALL[i % 6]),
            country: Some(c.alpha2.clone()),
            language: Language::ALL[i % 6],
        };
        ids.push(
            accounts::create_user(
                &mut tx,
                &email,
                &hash,
                &profile,
                &[Role::Stakeholder, Role::Participant],
                true,
            )
            .await?,
        );
    }
    tx.commit().await?;
    Ok(ids)
}

/// Seeds the Success Stories 2019 selection (twelve published entries of
/// the 2019 call, two in each language) unless that selection has entries.
/// Returns how many it selected.
pub async fn seed_success_stories(app: &App) -> ServiceResult<usize> {
    use wsis_db::success_stories as ss;
    let mut conn = app.db().conn().await?;
    if !ss::selected_ids(&mut conn, 2019).await?.is_empty() {
        return Ok(0);
    }
    let secretariat =
        accounts::find_user_by_email(&mut conn, &demo_email("secretariat@wsis.example")?)
            .await?
            .map(|u| u.id)
            .ok_or_else(|| ServiceError::internal("the demo secretariat account is missing"))?;
    let mut chosen: Vec<i64> = Vec::new();
    let mut per_language = std::collections::HashMap::new();
    let mut after = 0;
    while chosen.len() < 12 {
        let batch = wsis_db::stocktaking::published_batch(&mut conn, after, 500).await?;
        let Some(last) = batch.last() else { break };
        after = last.id;
        for p in batch.iter().filter(|p| p.call_year == Some(2019)) {
            let n = per_language.entry(p.data.language).or_insert(0);
            if *n < 2 && chosen.len() < 12 {
                *n += 1;
                chosen.push(p.id);
            }
        }
    }
    drop(conn);
    let mut tx = app.db().begin().await?;
    for id in &chosen {
        ss::add(&mut tx, 2019, *id, secretariat).await?;
    }
    tx.commit().await?;
    Ok(chosen.len())
}
