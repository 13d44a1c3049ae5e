//! The demo WSIS Hackathon 2019 ("Hacking Solutions for Lifelong Learning and
//! Livelihoods", with UNESCO and the University of Geneva): three challenges, ten teams
//! of three, a project each (with a screenshot among its files), a jury of two that
//! scored them (one conflict of interest declared), a winner per challenge, announced at
//! the Forum. And a 2020 edition, open from the day before the demo's first start, in
//! which the demo participant has an invitation to answer.

use crate::{App, ServiceError, ServiceResult};
use std::collections::BTreeMap;
use wsis_db::hackathon as q;
use wsis_domain::account::{Email, Profile, Role};
use wsis_domain::hackathon::{CRITERIA, ProjectData, Schedule};
use wsis_domain::prizes::utc_midnight;
use wsis_domain::{Language, taxonomy::StakeholderType};

/// The accounts of the demo's hackers (`hacker{i}@demo.wsis.example`).
pub const DEMO_HACKERS: usize = 30;

fn texts(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
    pairs
        .iter()
        .map(|(l, t)| ((*l).to_owned(), (*t).to_owned()))
        .collect()
}

const TITLE_2019: [(&str, &str); 6] = [
    (
        "en",
        "WSIS Hackathon 2019: Hacking Solutions for Lifelong Learning and Livelihoods",
    ),
    (
        "fr",
        "Hackathon du SMSI 2019 : des solutions pour l'apprentissage tout au long de la vie et les moyens de subsistance",
    ),
    (
        "es",
        "Hackathon de la CMSI 2019: soluciones para el aprendizaje a lo largo de la vida y los medios de vida",
    ),
    (
        "ru",
        "Хакатон ВВУИО 2019: решения для обучения на протяжении всей жизни и средств к существованию",
    ),
    (
        "ar",
        "هاكاثون القمة العالمية لمجتمع المعلومات 2019: حلول للتعلم مدى الحياة وسبل العيش",
    ),
    (
        "zh",
        "2019年信息社会世界峰会黑客松：终身学习与生计的解决方案",
    ),
];

const TITLE_2020: [(&str, &str); 6] = [
    ("en", "WSIS Hackathon 2020: Digital Skills for All"),
    (
        "fr",
        "Hackathon du SMSI 2020 : les compétences numériques pour tous",
    ),
    (
        "es",
        "Hackathon de la CMSI 2020: competencias digitales para todos",
    ),
    ("ru", "Хакатон ВВУИО 2020: цифровые навыки для всех"),
    (
        "ar",
        "هاكاثون القمة العالمية لمجتمع المعلومات 2020: المهارات الرقمية للجميع",
    ),
    ("zh", "2020年信息社会世界峰会黑客松：人人享有数字技能"),
];

/// (titles, English and French descriptions, partners)
type ChallengeSeed = (
    [(&'static str, &'static str); 6],
    [(&'static str, &'static str); 2],
    &'static [&'static str],
);

const CHALLENGES: [ChallengeSeed; 3] = [
    (
        [
            ("en", "Learning without connectivity"),
            ("fr", "Apprendre sans connexion"),
            ("es", "Aprender sin conectividad"),
            ("ru", "Обучение без подключения к интернету"),
            ("ar", "التعلم دون اتصال بالإنترنت"),
            ("zh", "无网络条件下的学习"),
        ],
        [
            (
                "en",
                "Half of the world's learners have no reliable connection at home.\n\nBuild a tool that lets teachers and learners share lessons, exercises and progress where the network is slow, expensive or absent, and synchronise when it returns.",
            ),
            (
                "fr",
                "La moitié des apprenants du monde n'ont pas de connexion fiable chez eux.\n\nConcevez un outil qui permette aux enseignants et aux apprenants de partager leçons, exercices et progrès là où le réseau est lent, cher ou absent, et de se synchroniser à son retour.",
            ),
        ],
        &["UNESCO", "University of Geneva"],
    ),
    (
        [
            ("en", "Skills for livelihoods"),
            ("fr", "Des compétences pour les moyens de subsistance"),
            ("es", "Competencias para los medios de vida"),
            ("ru", "Навыки для средств к существованию"),
            ("ar", "مهارات من أجل سبل العيش"),
            ("zh", "谋生技能"),
        ],
        [
            (
                "en",
                "Informal workers learn on the job and rarely have their skills recognised.\n\nBuild a way for them to learn new skills in short steps on a basic phone and to show what they can do to employers and clients.",
            ),
            (
                "fr",
                "Les travailleurs de l'économie informelle apprennent sur le tas et voient rarement leurs compétences reconnues.\n\nConcevez un moyen de leur faire acquérir de nouvelles compétences par petites étapes sur un téléphone simple et de montrer ce qu'ils savent faire aux employeurs et aux clients.",
            ),
        ],
        &["UNESCO", "University of Geneva"],
    ),
    (
        [
            ("en", "Learning for refugees and migrants"),
            ("fr", "Apprendre pour les réfugiés et les migrants"),
            ("es", "Aprendizaje para personas refugiadas y migrantes"),
            ("ru", "Обучение для беженцев и мигрантов"),
            ("ar", "التعلم من أجل اللاجئين والمهاجرين"),
            ("zh", "面向难民和移民的学习"),
        ],
        [
            (
                "en",
                "People on the move lose their certificates and their courses.\n\nBuild a service that keeps a learner's record with them across borders and languages, under their control.",
            ),
            (
                "fr",
                "Les personnes en déplacement perdent leurs certificats et leurs cours.\n\nConcevez un service qui garde le parcours d'apprentissage d'une personne avec elle, par-delà les frontières et les langues, sous son contrôle.",
            ),
        ],
        &["UNESCO", "University of Geneva", "UNHCR"],
    ),
];

/// (team, challenge, project title, summary, has a video)
const TEAMS: [(&str, usize, &str, &str, bool); 10] = [
    (
        "Offline First",
        0,
        "LessonBox",
        "A school server on a single-board computer that carries lessons from the district office to schools on a USB stick and brings back the pupils' progress.\n\nTeachers edit lessons on any phone through the local Wi-Fi.",
        true,
    ),
    (
        "SMS Scholars",
        0,
        "TextTutor",
        "Daily exercises by text message with automatic marking, for learners with a basic phone and no data plan.",
        false,
    ),
    (
        "Mesh Minds",
        0,
        "ClassMesh",
        "Phones in a classroom share lessons with each other over Bluetooth, so that one download serves every pupil.",
        true,
    ),
    (
        "Radio Rangers",
        0,
        "RadioQuiz",
        "Lessons broadcast on community radio with quizzes answered by missed calls, scored for each village.",
        false,
    ),
    (
        "Skill Stack",
        1,
        "SkillSteps",
        "Five-minute lessons for tailors, mechanics and market sellers on a basic phone, ending with a short practical test.\n\nA master craftsperson confirms each skill and the worker gets a verifiable badge.",
        true,
    ),
    (
        "Market Makers",
        1,
        "StallBook",
        "Bookkeeping for market stalls by voice, in local languages, that teaches margins and savings as it goes.",
        false,
    ),
    (
        "Trade Talk",
        1,
        "ApprentiLink",
        "Matches apprentices with workshops near them and records what they learn each week.",
        false,
    ),
    (
        "Passport Coders",
        2,
        "LearnPass",
        "A learner's record of courses and certificates, signed by the schools that gave them, kept on the learner's phone and shown to any school in any language.",
        true,
    ),
    (
        "Bridge Builders",
        2,
        "CourseBridge",
        "Finds the equivalent of a course taken abroad in the host country's programmes.",
        false,
    ),
    (
        "Open Doors",
        2,
        "CampConnect",
        "Lessons and exams for camp schools that work on the camp's intranet and sync with the ministry's system.",
        false,
    ),
];

const FIRST: [&str; 10] = [
    "Aisha", "Diego", "Hana", "Ivan", "Kofi", "Layla", "Marta", "Ngoc", "Omar", "Priya",
];
const LAST: [&str; 6] = ["Abdi", "Castro", "Kim", "Novak", "Osei", "Rahman"];

/// Seeds the editions unless they exist: 2020 (open, with an invitation for the demo
/// participant) and 2019 (announced). Returns whether it seeded 2019.
pub(super) async fn seed(
    app: &App,
    secretariat: i64,
    jurors: [i64; 2],
    participant: Option<String>,
) -> ServiceResult<bool> {
    let _ = secretariat;
    let mut conn = app.db().conn().await?;
    let seeded_2019 = q::hackathon(&mut conn, 2019).await?.is_some();
    let seeded_2020 = q::hackathon(&mut conn, 2020).await?.is_some();
    drop(conn);
    if seeded_2019 && seeded_2020 {
        return Ok(false);
    }
    // The screenshots first (CPU-bound), written to the store before the rows.
    let mut shots = Vec::new();
    if !seeded_2019 {
        for (n, (team, ..)) in TEAMS.iter().enumerate() {
            let png = tokio::task::spawn_blocking(move || {
                let img =
                    image::DynamicImage::ImageRgb8(super::photos::draw(1000 + n as u64, 960, 600));
                let mut png = Vec::new();
                img.write_to(&mut std::io::Cursor::new(&mut png), image::ImageFormat::Png)
                    .map(|_| png)
            })
            .await
            .map_err(|e| ServiceError::internal(format!("demo screenshot: {e}")))?
            .map_err(|e| ServiceError::internal(format!("demo screenshot: {e}")))?;
            let p = crate::stocktaking::images::process(&png)
                .map_err(|k| ServiceError::internal(format!("demo screenshot: {k}")))?;
            let key = crate::hackathon::object_key(&wsis_media::new_key()?, p.ext);
            let size = p.full.len() as i64;
            crate::media::put_upload(app, vec![(key.clone(), p.full.into())]).await?;
            let slug: String = team
                .chars()
                .map(|c| {
                    if c.is_ascii_alphanumeric() {
                        c.to_ascii_lowercase()
                    } else {
                        '-'
                    }
                })
                .collect();
            shots.push((
                format!("{slug}-screenshot.{}", p.ext),
                key,
                p.content_type,
                size,
            ));
        }
    }
    let mut tx = app.db().begin().await?;
    let mut hackers = Vec::with_capacity(DEMO_HACKERS);
    for i in 0..DEMO_HACKERS {
        let email = Email::parse(&format!("hacker{i}@demo.wsis.example"))
            .map_err(|k| ServiceError::internal(format!("demo e-mail: {k}")))?;
        let id = match wsis_db::accounts::find_user_by_email(&mut tx, &email).await? {
            Some(u) => u.id,
            None => {
                let profile = Profile {
                    name: format!("{} {}", FIRST[i % FIRST.len()], LAST[(i / 5) % LAST.len()]),
                    organisation: Some("University of Geneva".to_owned()),
                    stakeholder_type: Some(StakeholderType::Academia),
                    country: Some(["CH", "KE", "IN", "BR", "EG", "VN"][i % 6].to_owned()),
                    language: Language::En,
                };
                wsis_db::accounts::create_user(
                    &mut tx,
                    &email,
                    "!",
                    &profile,
                    &[Role::Participant],
                    true,
                )
                .await?
            }
        };
        hackers.push(id);
    }
    // 2019 first: its challenges and teams are numbered from 1.
    if !seeded_2019 {
        seed_2019(&mut tx, &hackers, jurors, shots).await?;
    }
    if !seeded_2020 {
        let day = 86_400;
        let today = wsis_db::now() / day * day;
        let schedule = Schedule {
            opens_at: today - day,
            closes_at: today + 60 * day,
            announced_at: today + 90 * day,
        };
        q::save_hackathon(
            &mut tx,
            2020,
            &q::Settings {
                title: &texts(&TITLE_2020),
                team_min: 2,
                team_max: 5,
                schedule: &schedule,
            },
        )
        .await?;
        let h = q::hackathon(&mut tx, 2020)
            .await?
            .ok_or_else(|| ServiceError::internal("demo hackathon 2020"))?;
        let (titles, descriptions, partners) = &CHALLENGES[0];
        let partners: Vec<String> = partners.iter().map(|p| (*p).to_owned()).collect();
        let challenge = q::save_challenge(
            &mut tx,
            h.id,
            None,
            &q::ChallengeData {
                title: &texts(titles),
                description: &texts(descriptions),
                partners: &partners,
            },
        )
        .await?
        .ok_or_else(|| ServiceError::internal("demo challenge 2020"))?;
        let team = q::create_team(
            &mut tx,
            h.id,
            challenge,
            "Open Classroom",
            "open classroom",
            hackers[0],
        )
        .await?;
        q::add_member(&mut tx, team, challenge, hackers[1]).await?;
        if let Some(email) = participant {
            q::invite(&mut tx, team, &email, hackers[0]).await?;
        }
    }
    tx.commit().await?;
    Ok(!seeded_2019)
}

async fn seed_2019(
    tx: &mut wsis_db::AnyConnection,
    hackers: &[i64],
    jurors: [i64; 2],
    shots: Vec<(String, String, &'static str, i64)>,
) -> ServiceResult<()> {
    let schedule = Schedule {
        opens_at: utc_midnight(2019, 2, 1),
        closes_at: utc_midnight(2019, 4, 5),
        announced_at: utc_midnight(2019, 4, 11),
    };
    q::save_hackathon(
        tx,
        2019,
        &q::Settings {
            title: &texts(&TITLE_2019),
            team_min: 2,
            team_max: 5,
            schedule: &schedule,
        },
    )
    .await?;
    let h = q::hackathon(tx, 2019)
        .await?
        .ok_or_else(|| ServiceError::internal("demo hackathon 2019"))?;
    let mut challenges = Vec::new();
    for (titles, descriptions, partners) in &CHALLENGES {
        let partners: Vec<String> = partners.iter().map(|p| (*p).to_owned()).collect();
        challenges.push(
            q::save_challenge(
                tx,
                h.id,
                None,
                &q::ChallengeData {
                    title: &texts(titles),
                    description: &texts(descriptions),
                    partners: &partners,
                },
            )
            .await?
            .ok_or_else(|| ServiceError::internal("demo challenge 2019"))?,
        );
    }
    for j in jurors {
        q::add_juror(tx, h.id, j).await?;
    }
    let mut teams = Vec::new();
    let mut seed: u64 = 0x5EED_4AC4;
    for (n, ((name, c, title, summary, video), shot)) in TEAMS.iter().zip(shots).enumerate() {
        let challenge = challenges[*c];
        let members = &hackers[n * 3..n * 3 + 3];
        let team =
            q::create_team(tx, h.id, challenge, name, &name.to_lowercase(), members[0]).await?;
        for m in &members[1..] {
            q::add_member(tx, team, challenge, *m).await?;
        }
        let slug = title.to_lowercase();
        q::save_project(
            tx,
            team,
            &ProjectData {
                title: (*title).to_owned(),
                summary: (*summary).to_owned(),
                repo_url: format!("https://github.com/wsis-hackathon-2019/{slug}"),
                video_url: if *video {
                    format!("https://media.wsis.example/hackathon/2019/{slug}.mp4")
                } else {
                    String::new()
                },
            },
            members[0],
        )
        .await?;
        let (file, key, content_type, size) = shot;
        q::add_file(
            tx,
            &q::NewFile {
                team,
                name: &file,
                key: &key,
                content_type,
                bytes: size,
                by: members[0],
            },
        )
        .await?;
        // The second juror knows the captain of the third team: a declared conflict.
        for (j, juror) in jurors.iter().enumerate() {
            if j == 1 && n == 2 {
                q::declare_conflict(tx, team, *juror, "I supervised the captain's thesis.").await?;
                continue;
            }
            let scores: Vec<(&str, i64, String)> = CRITERIA
                .iter()
                .map(|c| {
                    seed ^= seed << 13;
                    seed ^= seed >> 7;
                    seed ^= seed << 17;
                    // The first project of each challenge is the jury's favourite.
                    let base = if n == 0 || n == 4 || n == 7 { 7 } else { 4 };
                    (*c, base + (seed % 4) as i64, String::new())
                })
                .collect();
            q::set_scores(tx, team, *juror, &scores).await?;
        }
        teams.push((challenge, team));
    }
    let totals = q::totals(tx, h.id).await?;
    let mut winners = Vec::new();
    for c in &challenges {
        let ids: Vec<i64> = teams
            .iter()
            .filter(|(ch, _)| ch == c)
            .map(|(_, t)| *t)
            .collect();
        if let Some(best) = wsis_domain::hackathon::rank(&ids, &totals).first() {
            winners.push((*c, best.team));
        }
    }
    q::set_winners(tx, h.id, &winners).await?;
    Ok(())
}
