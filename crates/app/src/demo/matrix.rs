//! The demo's WSIS–SDG Matrix: links with rationales for every Action Line,
//! recorded by the demo facilitator (who keeps C3, C7 and its sub-lines, and C8)
//! and the secretariat, through the domain's parser.

use crate::{ServiceError, ServiceResult};
use wsis_db::AnyConnection;
use wsis_db::matrix as mdb;
use wsis_domain::FieldErrors;
use wsis_domain::matrix::LinkInput;

/// The lines the demo facilitator keeps.
pub const DEMO_FACILITATED: &[&str] = &["C3", "C7", "C8"];

/// (line, goal, targets, rationale)
const LINKS: &[(&str, u8, &str, &str)] = &[
    (
        "C1",
        16,
        "16.6, 16.7",
        "National e-strategies built with all stakeholders make institutions more effective, accountable and participatory.",
    ),
    (
        "C1",
        17,
        "17.17",
        "Multistakeholder partnerships are how ICT for development is governed and financed.",
    ),
    (
        "C2",
        9,
        "9.1, 9.c",
        "Broadband infrastructure is the basis of resilient, inclusive industrialisation; 9.c asks for universal and affordable access.",
    ),
    (
        "C2",
        11,
        "11.b",
        "Connected cities plan for resilience and disaster risk reduction.",
    ),
    (
        "C3",
        16,
        "16.10",
        "Public access to information and the protection of fundamental freedoms.",
    ),
    (
        "C3",
        4,
        "4.6",
        "Libraries and open content support literacy and lifelong learning.",
    ),
    (
        "C4",
        4,
        "4.4, 4.c",
        "Digital skills for youth and adults, and trained teachers.",
    ),
    (
        "C4",
        8,
        "8.6",
        "Skills programmes bring young people into employment, education or training.",
    ),
    (
        "C5",
        16,
        "16.4",
        "Confidence and security online help fight organised crime and illicit flows.",
    ),
    (
        "C5",
        9,
        "9.1",
        "Trustworthy networks are part of resilient infrastructure.",
    ),
    (
        "C6",
        17,
        "17.14",
        "An enabling regulatory environment needs coherent policies across sectors.",
    ),
    (
        "C6",
        8,
        "8.3",
        "Clear rules for digital markets help small enterprises grow.",
    ),
    (
        "C7.1",
        16,
        "16.6",
        "E-government makes public services transparent and efficient.",
    ),
    (
        "C7.2",
        8,
        "8.3, 8.10",
        "E-business and mobile money widen access to financial services.",
    ),
    (
        "C7.3",
        4,
        "4.1, 4.3",
        "E-learning extends quality education to places schools do not reach.",
    ),
    (
        "C7.4",
        3,
        "3.8, 3.d",
        "E-health supports universal health coverage and early warning of health risks.",
    ),
    (
        "C7.5",
        8,
        "8.5",
        "Online labour markets and telework open decent work to more people.",
    ),
    (
        "C7.6",
        13,
        "13.1, 13.3",
        "Monitoring and early-warning systems strengthen resilience to climate hazards.",
    ),
    (
        "C7.7",
        2,
        "2.3, 2.4",
        "Market and weather information raises the productivity and incomes of small farmers.",
    ),
    (
        "C7.8",
        9,
        "9.5",
        "Open science infrastructure enhances research and innovation.",
    ),
    (
        "C8",
        4,
        "4.7",
        "Local content in local languages supports education for cultural diversity.",
    ),
    (
        "C8",
        11,
        "11.4",
        "Digitising heritage helps protect and safeguard it.",
    ),
    (
        "C9",
        16,
        "16.10",
        "Free, independent and pluralistic media ensure public access to information.",
    ),
    (
        "C10",
        5,
        "5.b",
        "Ethical use of ICTs includes empowering women through technology.",
    ),
    (
        "C10",
        16,
        "16.b",
        "Non-discriminatory laws and policies online.",
    ),
    (
        "C11",
        17,
        "17.6, 17.8",
        "International cooperation on science, technology and innovation, and the Technology Bank.",
    ),
];

/// Seeds the matrix links as the demo facilitator (`facilitator`) and the
/// secretariat (`secretariat`) would record them, and gives the facilitator its lines.
pub(super) async fn seed(
    conn: &mut AnyConnection,
    facilitator: i64,
    secretariat: i64,
) -> ServiceResult<()> {
    for line in DEMO_FACILITATED {
        mdb::set_facilitated(conn, facilitator, line, true).await?;
    }
    for (line, goal, targets, rationale) in LINKS {
        let mut errors = FieldErrors::new();
        let link = LinkInput {
            targets: (*targets).to_owned(),
            rationale: (*rationale).to_owned(),
        }
        .parse(line, *goal, "goal", &mut errors)
        .ok_or_else(|| ServiceError::internal(format!("demo link {line} {goal}: {errors:?}")))?;
        let author = if DEMO_FACILITATED.iter().any(|f| line.starts_with(f)) {
            facilitator
        } else {
            secretariat
        };
        mdb::set_link(conn, line, *goal, Some(&link), author).await?;
    }
    Ok(())
}

/// (line, language, priorities, opportunities, challenges)
const MEETINGS: &[(&str, &str, &str, &str, &str)] = &[
    (
        "C4",
        "en",
        "Digital skills for every age group; teacher training at scale.",
        "Open educational resources; public–private partnerships.",
        "Measuring skills; reaching rural learners.",
    ),
    (
        "C7.3",
        "fr",
        "Une éducation en ligne inclusive et de qualité.",
        "Les ressources éducatives libres.",
        "La connectivité des écoles rurales.",
    ),
    (
        "C7.4",
        "zh",
        "全民数字健康。",
        "远程医疗和移动健康。",
        "数据保护与互操作性。",
    ),
    (
        "C8",
        "ar",
        "المحتوى المحلي بجميع اللغات.",
        "رقمنة التراث الثقافي.",
        "التمويل المستدام.",
    ),
];

/// Seeds the facilitation meeting records of the demo edition.
pub(super) async fn seed_meetings(
    conn: &mut AnyConnection,
    edition: i64,
    facilitator: i64,
) -> ServiceResult<()> {
    for (line, lang, priorities, opportunities, challenges) in MEETINGS {
        let mut errors = FieldErrors::new();
        let record = wsis_domain::matrix::MeetingInput {
            language: (*lang).to_owned(),
            priorities: (*priorities).to_owned(),
            opportunities: (*opportunities).to_owned(),
            challenges: (*challenges).to_owned(),
        }
        .parse(&mut errors)
        .ok_or_else(|| ServiceError::internal(format!("demo meeting {line}: {errors:?}")))?;
        mdb::save_meeting(conn, edition, line, 0, &record, facilitator).await?;
    }
    Ok(())
}
