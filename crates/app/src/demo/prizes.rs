//! The demo WSIS Prizes: the 2019 edition (1,062 nominated projects in the 18
//! categories, about two million public votes by 150,000 generated voters, the
//! sealed tally with its published ballots, 90 Champions and 18 Winners) and a 2020
//! edition open for submissions. The votes are generated in bulk by SQL (one
//! statement, seconds), not through HTTP; the seal is the platform's own.

use crate::{App, ServiceResult};
use wsis_db::prizes as q;
use wsis_domain::prizes::{Schedule, Submission, SubmissionText, status};

/// How many projects the 2019 edition nominates (59 in each of the 18 categories).
pub const DEMO_SUBMISSIONS: i64 = 1_062;
/// How many generated voters vote in 2019…
pub const DEMO_VOTERS: i64 = 150_000;
/// …each in about 74 % of the categories: about two million votes.
const VOTE_PERCENT: i64 = 74;

/// 00:00 UTC of a date.
fn day(y: i64, m: i64, d: i64) -> i64 {
    wsis_domain::prizes::utc_midnight(y, m, d)
}

const PROJECT_KINDS: [&str; 12] = [
    "Digital skills for rural youth",
    "Open data portal for public services",
    "Community broadband network",
    "Mobile health records for clinics",
    "E-learning platform for teachers",
    "Cybersecurity awareness programme",
    "Digital identity for refugees",
    "Smart farming advisory by SMS",
    "Online business registration",
    "Accessible media for persons with disabilities",
    "Early warning system for floods",
    "Local content in indigenous languages",
];

const PLACES: [(&str, &str); 20] = [
    ("Kenya", "KE"),
    ("Bangladesh", "BD"),
    ("Brazil", "BR"),
    ("Egypt", "EG"),
    ("India", "IN"),
    ("Rwanda", "RW"),
    ("Mexico", "MX"),
    ("Indonesia", "ID"),
    ("Senegal", "SN"),
    ("Colombia", "CO"),
    ("Viet Nam", "VN"),
    ("Morocco", "MA"),
    ("Uzbekistan", "UZ"),
    ("Nepal", "NP"),
    ("Ghana", "GH"),
    ("Peru", "PE"),
    ("Philippines", "PH"),
    ("Tunisia", "TN"),
    ("Georgia", "GE"),
    ("Fiji", "FJ"),
];

const ENTITIES: [(&str, &str); 6] = [
    ("Ministry of ICT", "government"),
    ("Telecom Regulatory Authority", "government"),
    ("Digital Futures Foundation", "civil_society"),
    ("National University", "academia"),
    ("ConnectAll Ltd", "private_sector"),
    ("Regional ICT Centre", "international_organization"),
];

/// A description of 150–200 words, in English.
fn description(title: &str, place: &str) -> String {
    let s = format!(
        "The project {title} serves communities across {place} that had little or no access \
         to digital services before it began. It was designed together with local \
         governments, schools, clinics and community groups, so that the tools match what \
         people need every day and work on the phones they already own. Training sessions \
         in local languages helped thousands of first-time users, many of them women and \
         young people, gain the confidence to use online services safely. The project \
         measures its results every quarter and publishes them as open data. Costs were kept \
         low by reusing open-source software and shared infrastructure, which makes the \
         model easy to replicate in neighbouring regions. Partnerships with the private \
         sector provide connectivity at reduced prices, while universities evaluate the \
         impact independently. The next phase will extend the service to remote areas, add \
         accessibility features for persons with disabilities, and hand over day-to-day \
         operation to local institutions so that the benefits last beyond the initial \
         funding period."
    );
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn project(category: i64, k: i64) -> Submission {
    // Within a category, (entity, place) differ for the 59 projects (k / 6 < 10 < 20):
    // one project per entity per category, as the rules say.
    let k = k as usize;
    let c = category as usize;
    let kind = PROJECT_KINDS[(k * 5 + c) % PROJECT_KINDS.len()];
    let (place, country) = PLACES[(k / ENTITIES.len() + c) % PLACES.len()];
    let (entity, stakeholder) = ENTITIES[(k + c) % ENTITIES.len()];
    let title = format!("{kind} in {place}");
    Submission {
        category,
        title: title.clone(),
        organisation: format!("{entity} of {place}"),
        country: country.to_owned(),
        stakeholder_type: stakeholder.to_owned(),
        owner_email: None,
        text: SubmissionText {
            website: format!("https://example.org/projects/{category}-{k}"),
            description: description(&title, place),
            linkage: format!(
                "The project implements Action Line {} and contributes to SDGs 4, 5, 9 and 17.",
                wsis_domain::prizes::category(category).map_or("", |c| c.code)
            ),
            impact:
                "Over 12,000 people trained; 40 % women; service use up by a third in two years."
                    .into(),
            partnerships: "Local government, two universities, a mobile operator and NGOs.".into(),
            challenges:
                "Intermittent power and connectivity in remote districts; digital literacy.".into(),
            future_plans: "Extend to three more regions and hand over operation to local partners."
                .into(),
        },
    }
}

/// Seeds the demo prizes unless the 2019 edition exists. Returns whether it did.
pub async fn seed(app: &App, submitter: i64, expert: i64, secretariat: i64) -> ServiceResult<bool> {
    let mut tx = app.db().begin().await?;
    if q::edition(&mut tx, 2019).await?.is_some() {
        return Ok(false);
    }
    let schedule = Schedule {
        submission_opens: day(2018, 9, 3),
        submission_closes: day(2019, 1, 10),
        voting_opens: day(2019, 1, 28),
        voting_closes: day(2019, 2, 25),
        announced_at: day(2019, 4, 9),
    };
    let salt = crate::accounts::random_token();
    let edition = q::create_edition(&mut tx, 2019, &schedule, false, &salt).await?;
    // Published stocktaking entries lend their ids, so that entries show their prize.
    let entries = q::published_entry_ids(&mut tx, DEMO_SUBMISSIONS).await?;
    let per = DEMO_SUBMISSIONS / i64::from(wsis_domain::prizes::CATEGORY_COUNT);
    let mut n = 0usize;
    for category in 1..=i64::from(wsis_domain::prizes::CATEGORY_COUNT) {
        for k in 0..per {
            let s = project(category, k);
            let id = q::insert_submission(&mut tx, edition, &s, submitter, entries.get(n).copied())
                .await?;
            q::set_status(&mut tx, id, status::DRAFT, status::SUBMITTED).await?;
            q::set_status(&mut tx, id, status::SUBMITTED, status::NOMINATED).await?;
            n += 1;
        }
        q::add_expert(&mut tx, edition, category, expert).await?;
    }
    q::publish_nominees(&mut tx, edition).await?;
    q::audit(
        &mut tx,
        edition,
        Some(secretariat),
        "nominees-published",
        "2019",
        "",
    )
    .await?;
    for domain in [
        "mailinator.com",
        "guerrillamail.com",
        "10minutemail.com",
        "yopmail.com",
    ] {
        q::block_domain(&mut tx, domain, Some(secretariat)).await?;
    }
    // The voters: verified accounts that cannot sign in.
    q::demo_voters(&mut tx, DEMO_VOTERS, schedule.voting_opens - 30 * 86_400).await?;
    let span = schedule.voting_closes - schedule.voting_opens - 1;
    let votes = q::demo_votes(&mut tx, edition, schedule.voting_opens, span, VOTE_PERCENT).await?;
    tracing::info!(votes, "demo prize votes generated");
    tx.commit().await?;
    // The seal, as after any vote: ballots, digest, Champions.
    super::super::prizes::tally::ensure_sealed(app, 2019).await?;
    // The experts' Winners, one Champion per category, and the announcement.
    let mut tx = app.db().begin().await?;
    for (category, rank, _, _, s) in q::results(&mut tx, edition).await? {
        if rank == 1 + (category * 3) % 5 {
            q::set_winner(&mut tx, edition, category, s.id).await?;
            q::audit(
                &mut tx,
                edition,
                Some(expert),
                "winner-chosen",
                &format!("category {category}: submission {}", s.id),
                "",
            )
            .await?;
        }
    }
    crate::prizes::tally::feed_success_stories(&mut tx, edition, 2019).await?;
    q::publish_winners(&mut tx, edition).await?;
    // 2020: open for submissions (its window runs to 60 days from today, so that the
    // demo always has an edition to submit to).
    let t = wsis_db::now();
    let closes = (t + 60 * 86_400).max(day(2020, 1, 10));
    let schedule = Schedule {
        submission_opens: day(2019, 9, 2),
        submission_closes: closes,
        voting_opens: closes + 14 * 86_400,
        voting_closes: closes + 42 * 86_400,
        announced_at: closes + 90 * 86_400,
    };
    let salt = crate::accounts::random_token();
    q::create_edition(&mut tx, 2020, &schedule, true, &salt).await?;
    tx.commit().await?;
    Ok(true)
}
