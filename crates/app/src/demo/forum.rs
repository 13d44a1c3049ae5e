//! The WSIS Forum 2019 for the demo: 8–12 April 2019 at ITU, Geneva; the
//! open consultation's phases; site pages and partners; 20 rooms; 300+
//! accepted sessions of every type with speakers, placed without
//! conflicts; a published schedule with a second version and its change
//! log. Seeded once: a second run finds the edition and does nothing.

use super::sample::Rng;
use crate::forum::schedule as service;
use crate::{App, ServiceError, ServiceResult};
use std::collections::{BTreeMap, HashSet};
use wsis_db::forum::{self as fdb, Edition, RoomRow};
use wsis_domain::Language;
use wsis_domain::forum::{
    BUILTIN_SESSION_TYPES, Needs, ProposalData, ReviewAction, SessionStatus, SpeakerData,
    SpeakerRole,
};
use wsis_domain::taxonomy::action_lines::CATEGORIES;

pub const DEMO_YEAR: i64 = 2019;

fn by_lang(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
    pairs
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect()
}

const ROOMS: &[(&str, &str, i64, bool, bool)] = &[
    // code, name, capacity, interpretation, captioning
    ("CICG-1", "CICG Room 1", 900, true, true),
    ("CICG-2", "CICG Room 2", 600, true, true),
    ("CICG-3", "CICG Room 3", 300, true, true),
    ("CICG-4", "CICG Room 4", 300, true, true),
    ("CICG-5-6", "CICG Rooms 5–6", 200, true, true),
    ("CICG-7-8", "CICG Rooms 7–8", 200, false, true),
    ("CICG-13-14", "CICG Rooms 13–14", 120, false, true),
    ("CICG-15", "CICG Room 15", 100, false, false),
    ("CICG-16", "CICG Room 16", 80, false, false),
    ("CICG-17", "CICG Room 17", 80, false, false),
    ("CICG-18", "CICG Room 18", 60, false, false),
    ("ITU-POPOV", "ITU Popov Room", 250, true, true),
    ("ITU-MONTREUX", "ITU Montreux Room", 150, true, true),
    ("ITU-K", "ITU Room K", 60, false, false),
    ("ITU-L", "ITU Room L", 60, false, false),
    ("ITU-C1", "ITU Room C1", 80, false, true),
    ("ITU-C2", "ITU Room C2", 80, false, false),
    ("ITU-H2", "ITU Room H2", 50, false, false),
    ("ITU-EXPO", "Exhibition area", 400, false, false),
    ("ITU-CAFE", "Knowledge Café area", 120, false, false),
];

/// A room's name in the five other languages (the demo writes names in English).
fn room_names(name: &str) -> Option<[(Language, String); 5]> {
    let l = |fr: String, es: String, ru: String, ar: String, zh: String| {
        [
            (Language::Fr, fr),
            (Language::Es, es),
            (Language::Ru, ru),
            (Language::Ar, ar),
            (Language::Zh, zh),
        ]
    };
    if let Some(n) = name.strip_prefix("CICG Rooms ") {
        return Some(l(
            format!("CICG, salles {n}"),
            format!("CICG, salas {n}"),
            format!("CICG, залы {n}"),
            format!("CICG، القاعتان {n}"),
            format!("CICG {n}号会议室"),
        ));
    }
    if let Some(n) = name.strip_prefix("CICG Room ") {
        return Some(l(
            format!("CICG, salle {n}"),
            format!("CICG, sala {n}"),
            format!("CICG, зал {n}"),
            format!("CICG، القاعة {n}"),
            format!("CICG {n}号会议室"),
        ));
    }
    if let Some(n) = name.strip_prefix("ITU Room ") {
        return Some(l(
            format!("UIT, salle {n}"),
            format!("UIT, sala {n}"),
            format!("МСЭ, зал {n}"),
            format!("الاتحاد الدولي للاتصالات، القاعة {n}"),
            format!("国际电联{n}会议室"),
        ));
    }
    let s = |a: &str| a.to_owned();
    Some(match name {
        "ITU Popov Room" => l(
            s("UIT, salle Popov"),
            s("UIT, sala Popov"),
            s("МСЭ, зал Попова"),
            s("الاتحاد الدولي للاتصالات، قاعة بوبوف"),
            s("国际电联波波夫会议室"),
        ),
        "ITU Montreux Room" => l(
            s("UIT, salle Montreux"),
            s("UIT, sala Montreux"),
            s("МСЭ, зал «Монтрё»"),
            s("الاتحاد الدولي للاتصالات، قاعة مونترو"),
            s("国际电联蒙特勒会议室"),
        ),
        "Exhibition area" => l(
            s("Espace d’exposition"),
            s("Zona de exposición"),
            s("Выставочная зона"),
            s("منطقة المعرض"),
            s("展览区"),
        ),
        "Knowledge Café area" => l(
            s("Espace Café du savoir"),
            s("Zona del Café del Conocimiento"),
            s("Зона «Кафе знаний»"),
            s("منطقة مقهى المعرفة"),
            s("知识咖啡区"),
        ),
        _ => return None,
    })
}

/// The demo edition's translations: the venue, every room, and the sessions whose
/// titles are fixed (the opening, the prizes' ceremony, the hackathon); the other
/// sessions read in English everywhere, marked as such.
async fn translations(
    tx: &mut wsis_db::AnyConnection,
    edition: i64,
    rooms: &[RoomRow],
    admin: i64,
) -> ServiceResult<()> {
    use wsis_domain::forum::translations::{Field, Kind};
    let venue = [
        (Language::Fr, "Siège de l’UIT et CICG, Genève"),
        (Language::Es, "Sede de la UIT y CICG, Ginebra"),
        (Language::Ru, "Штаб-квартира МСЭ и CICG, Женева"),
        (Language::Ar, "مقر الاتحاد الدولي للاتصالات وCICG، جنيف"),
        (
            Language::Zh,
            "国际电联总部和日内瓦国际会议中心（CICG），日内瓦",
        ),
    ]
    .map(|(l, t)| (l, t.to_owned()));
    fdb::set_translations(
        tx,
        edition,
        Kind::Edition,
        edition,
        Field::Venue,
        &venue,
        admin,
    )
    .await?;
    for r in rooms {
        if let Some(names) = room_names(&r.name) {
            fdb::set_translations(tx, edition, Kind::Room, r.id, Field::Name, &names, admin)
                .await?;
        }
    }
    let titles: [(&str, [(Language, &str); 5]); 3] = [
        (
            "Opening ceremony of the WSIS Forum 2019",
            [
                (Language::Fr, "Cérémonie d’ouverture du Forum du SMSI 2019"),
                (
                    Language::Es,
                    "Ceremonia de apertura del Foro de la CMSI 2019",
                ),
                (Language::Ru, "Церемония открытия Форума ВВУИО 2019 года"),
                (
                    Language::Ar,
                    "حفل افتتاح منتدى القمة العالمية لمجتمع المعلومات لعام 2019",
                ),
                (Language::Zh, "2019年信息社会世界峰会论坛开幕式"),
            ],
        ),
        (
            "WSIS Prizes 2019 ceremony",
            [
                (Language::Fr, "Cérémonie de remise des prix du SMSI 2019"),
                (
                    Language::Es,
                    "Ceremonia de entrega de los Premios de la CMSI 2019",
                ),
                (Language::Ru, "Церемония вручения премий ВВУИО 2019 года"),
                (
                    Language::Ar,
                    "حفل جوائز القمة العالمية لمجتمع المعلومات لعام 2019",
                ),
                (Language::Zh, "2019年信息社会世界峰会奖颁奖仪式"),
            ],
        ),
        (
            "Hackathon: hacking solutions for lifelong learning and livelihoods",
            [
                (
                    Language::Fr,
                    "Hackathon\u{a0}: des solutions pour l’apprentissage tout au long de la vie et les moyens de subsistance",
                ),
                (
                    Language::Es,
                    "Hackatón: soluciones para el aprendizaje permanente y los medios de vida",
                ),
                (
                    Language::Ru,
                    "Хакатон: решения для обучения на протяжении всей жизни и средств к существованию",
                ),
                (Language::Ar, "هاكاثون: حلول للتعلم مدى الحياة وسُبل العيش"),
                (Language::Zh, "黑客马拉松：为终身学习和生计寻找解决方案"),
            ],
        ),
    ];
    for s in fdb::sessions(tx, edition, Some(SessionStatus::Accepted)).await? {
        if let Some((_, tr)) = titles.iter().find(|(t, _)| *t == s.data.title) {
            let tr = tr.map(|(l, t)| (l, t.to_owned()));
            fdb::set_translations(tx, edition, Kind::Session, s.id, Field::Title, &tr, admin)
                .await?;
        }
    }
    Ok(())
}

/// Local slots of each day: (start, end).
const SLOTS: &[(&str, &str)] = &[
    ("09:00", "10:30"),
    ("11:00", "12:30"),
    ("13:15", "14:15"),
    ("14:30", "16:00"),
    ("16:30", "18:00"),
];

const TOPICS: &[&str] = &[
    "digital skills for all",
    "closing the gender digital divide",
    "broadband for rural communities",
    "artificial intelligence for good",
    "cybersecurity capacity building",
    "e-government services that people use",
    "digital health in low-resource settings",
    "smart agriculture and data",
    "open science and research networks",
    "multilingual content online",
    "media freedom in the digital age",
    "ethics of emerging technologies",
    "e-waste and the circular economy",
    "financial inclusion through mobile money",
    "accessible ICTs for persons with disabilities",
    "youth and digital entrepreneurship",
    "measuring the information society",
    "connecting schools",
    "climate data for early warning",
    "trust in digital identity",
];

pub(super) const GIVEN: &[&str] = &[
    "Amina", "Carlos", "Mei", "Olga", "Ahmed", "Sofia", "Kwame", "Priya", "Lucas", "Fatima",
    "Hiroshi", "Elena", "Samuel", "Leila", "Diego", "Anna", "Yusuf", "Marta", "Chen", "Nadia",
    "Jean", "Aisha", "Pedro", "Irina", "Tariq",
];
pub(super) const FAMILY: &[&str] = &[
    "Okafor", "Silva", "Zhang", "Petrova", "Haddad", "Rossi", "Mensah", "Sharma", "Martin",
    "Benali", "Tanaka", "Popescu", "Kimani", "Nasser", "Lopez", "Novak", "Demir", "Garcia", "Liu",
    "Karimi", "Dubois", "Bello", "Santos", "Volkova", "Aziz",
];
pub(super) const ORGS: &[&str] = &[
    "ITU",
    "UNESCO",
    "UNCTAD",
    "UNDP",
    "UN DESA",
    "FAO",
    "WHO",
    "ILO",
    "UNEP",
    "WMO",
    "Ministry of ICT, Bangladesh",
    "Ministry of Digital Economy, Kenya",
    "Internet Society",
    "University of Geneva",
    "GSMA",
    "APC",
    "Diplo Foundation",
    "Smart Africa",
    "Government of Saudi Arabia",
    "China Academy of ICT",
    "Government of Argentina",
];

fn type_title(code: &str, topic: &str, n: usize) -> String {
    let t = {
        let mut c = topic.chars();
        match c.next() {
            Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
            None => String::new(),
        }
    };
    match code {
        "opening" => "Opening ceremony of the WSIS Forum 2019".into(),
        "high-level-policy" => format!("High-Level Policy Session {n}: {t}"),
        "ministerial-round-table" => format!("Ministerial Round Table: {t}"),
        "prize-ceremony" => "WSIS Prizes 2019 ceremony".into(),
        "high-level-dialogue" => format!("High-Level Dialogue: {t}"),
        "action-line-facilitation" => format!("Action Line facilitation meeting: {t}"),
        "country-workshop" => format!("Country workshop: {t}"),
        "knowledge-cafe" => format!("Knowledge Café: {t}"),
        "open-space" => format!("Open space: {t}"),
        "hackathon" => "Hackathon: hacking solutions for lifelong learning and livelihoods".into(),
        "exhibition" => format!("Exhibition: {t}"),
        "accessibility" => format!("Accessibility Day: {t}"),
        "information" => format!("Information session: {t}"),
        "interactive" => format!("Interactive session: {t}"),
        _ => t,
    }
}

/// How many sessions of each type (in total 320).
fn type_counts() -> Vec<(&'static str, usize)> {
    BUILTIN_SESSION_TYPES
        .iter()
        .map(|(c, _)| {
            let n = match *c {
                "opening" | "prize-ceremony" | "hackathon" => 1,
                "high-level-policy" => 20,
                "ministerial-round-table" => 2,
                "high-level-dialogue" => 12,
                "action-line-facilitation" => 18,
                "thematic-workshop" => 120,
                "country-workshop" => 30,
                "interactive" => 25,
                "information" => 40,
                "knowledge-cafe" => 15,
                "open-space" => 15,
                "exhibition" => 4,
                "accessibility" => 10,
                _ => 5,
            };
            (*c, n)
        })
        .collect()
}

/// Seeds the 2019 forum unless it exists. `admin` publishes the schedule.
pub async fn seed(app: &App, proposer: i64, admin: i64) -> ServiceResult<bool> {
    if fdb::edition(&mut *app.db().conn().await?, DEMO_YEAR)
        .await?
        .is_some()
    {
        return Ok(false);
    }
    let mut tx = app.db().begin().await?;
    let mut ed = Edition {
        id: 0,
        year: DEMO_YEAR,
        theme: by_lang(&[
            ("en", "ICTs for achieving the Sustainable Development Goals"),
            (
                "fr",
                "Les TIC au service de la réalisation des objectifs de développement durable",
            ),
            (
                "es",
                "Las TIC para alcanzar los Objetivos de Desarrollo Sostenible",
            ),
            (
                "ru",
                "ИКТ для достижения Целей в области устойчивого развития",
            ),
            ("zh", "利用信通技术实现可持续发展目标"),
            (
                "ar",
                "تكنولوجيا المعلومات والاتصالات من أجل تحقيق أهداف التنمية المستدامة",
            ),
        ]),
        starts_on: "2019-04-08".into(),
        ends_on: "2019-04-12".into(),
        venue: "ITU headquarters and CICG, Geneva".into(),
        time_zone: "Europe/Zurich".into(),
        capacity: 3_500,
        proposals_open: false,
    };
    ed.id = match fdb::create_edition(&mut tx, &ed).await {
        Ok(id) => id,
        // Another process seeded it meanwhile.
        Err(e) if e.is_conflict() => return Ok(false),
        Err(e) => return Err(e.into()),
    };
    accredit(&mut tx, ed.id).await?;
    for (title, start, end) in [
        (
            by_lang(&[
                (
                    "en",
                    "Open consultation launched; call for High-Level Track Facilitators and the Photo Contest",
                ),
                ("fr", "Lancement de la consultation ouverte"),
            ]),
            "2018-07-02",
            None,
        ),
        (
            by_lang(&[
                ("en", "First physical meeting of the open consultation"),
                ("fr", "Première réunion physique de la consultation ouverte"),
            ]),
            "2018-11-19",
            None,
        ),
        (
            by_lang(&[
                ("en", "Second physical meeting"),
                ("fr", "Deuxième réunion physique"),
            ]),
            "2019-01-30",
            Some("2019-02-01"),
        ),
        (
            by_lang(&[
                ("en", "Deadline for workshop requests"),
                ("fr", "Date limite des demandes d’ateliers"),
            ]),
            "2019-02-10",
            None,
        ),
        (
            by_lang(&[("en", "Final brief"), ("fr", "Note d’information finale")]),
            "2019-03-08",
            None,
        ),
        (
            by_lang(&[("en", "WSIS Forum 2019"), ("fr", "Forum du SMSI 2019")]),
            "2019-04-08",
            Some("2019-04-12"),
        ),
    ] {
        fdb::add_phase(&mut tx, ed.id, &title, start, end).await?;
    }
    for (slug, lang, title, body) in [
        (
            "home",
            "en",
            "WSIS Forum 2019",
            "The WSIS Forum 2019 brings together more than 3,000 participants from over 150 countries: governments, business, civil society, academia and international organisations, to take stock of ICTs for achieving the **Sustainable Development Goals**.\n\nChaired by the Minister of Posts, Telecommunications and ICT of Bangladesh.",
        ),
        (
            "home",
            "fr",
            "Forum du SMSI 2019",
            "Le Forum du SMSI 2019 réunit plus de 3 000 participants de plus de 150 pays pour faire le point sur les TIC au service des **objectifs de développement durable**.",
        ),
        (
            "about",
            "en",
            "About the WSIS Forum",
            "Co-organised by ITU, UNESCO, UNCTAD and UNDP with the other Action Line facilitators, the forum has a High-Level Track and a Forum Track of workshops, facilitation meetings, country workshops, Knowledge Cafés and more.",
        ),
        (
            "news",
            "en",
            "News",
            "- The agenda is published and updated as sessions move; see the change log.\n- Remote participation is open for every session marked *Remote participation*.",
        ),
    ] {
        fdb::save_page(&mut tx, ed.id, slug, lang, title, body, Some(admin)).await?;
    }
    for (tier, name, url) in [
        (
            "gold-plus",
            "Kingdom of Saudi Arabia",
            "https://www.mcit.gov.sa/",
        ),
        ("gold", "United Arab Emirates", "https://u.ae/"),
        (
            "specific",
            "Internet Society",
            "https://www.internetsociety.org/",
        ),
        ("contributing", "Poland", "https://www.gov.pl/"),
        ("supporting", "Rwanda", "https://www.gov.rw/"),
    ] {
        fdb::add_partner(&mut tx, ed.id, tier, name, url).await?;
    }
    let mut rooms = Vec::new();
    for (code, name, capacity, interpretation, captioning) in ROOMS {
        let r = RoomRow {
            id: 0,
            code: (*code).into(),
            name: (*name).into(),
            capacity: *capacity,
            interpretation: *interpretation,
            captioning: *captioning,
            step_free: !code.ends_with("H2"),
            opens: "08:30".into(),
            closes: "18:30".into(),
        };
        let id = fdb::add_room(&mut tx, ed.id, &r).await?;
        rooms.push(RoomRow { id, ..r });
    }

    // Sessions, placed slot by slot without double bookings.
    let tz = service::venue_tz(&ed);
    let dates = service::dates(&ed);
    let mut rng = Rng::new(DEMO_YEAR as u64);
    let mut slots: Vec<(usize, usize, usize)> = Vec::new(); // (day, slot, room)
    for d in 0..dates.len() {
        for s in 0..SLOTS.len() {
            for r in 0..rooms.len() {
                slots.push((d, s, r));
            }
        }
    }
    let mut used_slots: HashSet<(usize, usize, usize)> = HashSet::new();
    let mut busy: HashSet<(usize, usize, String)> = HashSet::new(); // (day, slot, speaker e-mail)
    let mut n = 0usize;
    for (code, count) in type_counts() {
        for i in 0..count {
            n += 1;
            let topic = rng.pick(TOPICS);
            // The opening on day 1 in the largest room; the prize ceremony on day 2.
            let wanted: Option<(usize, usize, usize)> = match code {
                "opening" => Some((0, 0, 0)),
                "prize-ceremony" => Some((1, 4, 0)),
                _ => None,
            };
            let needs_big = matches!(
                code,
                "high-level-policy" | "ministerial-round-table" | "high-level-dialogue"
            );
            let slot = wanted.or_else(|| {
                let mut tries = 0;
                loop {
                    let c = slots[rng.below(slots.len())];
                    tries += 1;
                    let big_ok = !needs_big || rooms[c.2].interpretation;
                    if (!used_slots.contains(&c) && big_ok) || tries > 5_000 {
                        break (!used_slots.contains(&c)).then_some(c);
                    }
                }
            });
            let Some((day, s, r)) = slot else {
                continue;
            };
            used_slots.insert((day, s, r));
            let room = &rooms[r];
            let mut speakers = Vec::new();
            let k = 2 + rng.below(4);
            let mut guard = 0;
            while speakers.len() < k && guard < 50 {
                guard += 1;
                let gi = rng.below(GIVEN.len());
                let fi = rng.below(FAMILY.len());
                let email = format!(
                    "{}.{}@speakers.example",
                    GIVEN[gi].to_lowercase(),
                    FAMILY[fi].to_lowercase()
                );
                if busy.contains(&(day, s, email.clone()))
                    || speakers.iter().any(|x: &SpeakerData| x.email == email)
                {
                    continue;
                }
                busy.insert((day, s, email.clone()));
                let role = if speakers.is_empty() {
                    if code == "high-level-policy" {
                        SpeakerRole::HighLevelFacilitator
                    } else {
                        SpeakerRole::Moderator
                    }
                } else if speakers.len() == 1 && rng.chance(30) {
                    SpeakerRole::Keynote
                } else {
                    SpeakerRole::Panellist
                };
                speakers.push(SpeakerData {
                    name: format!("{} {}", GIVEN[gi], FAMILY[fi]),
                    organisation: (*rng.pick(ORGS)).to_owned(),
                    email,
                    role,
                });
            }
            let al = CATEGORIES[rng.below(CATEGORIES.len())].code.to_owned();
            let mut languages = vec![Language::En];
            if room.interpretation {
                languages = Language::ALL.to_vec();
            } else if rng.chance(20) {
                languages.push(*rng.pick(&[
                    Language::Fr,
                    Language::Es,
                    Language::Ar,
                    Language::Ru,
                    Language::Zh,
                ]));
            }
            let data = ProposalData {
                type_code: code.to_owned(),
                title: type_title(code, topic, i + 1),
                abstract_md: format!(
                    "This session looks at **{topic}**: what has worked, what has not, and what the WSIS stakeholders commit to next. Participants share experience from their countries and agree on recommendations for the Outcome Document."
                ),
                organisers: vec![(*rng.pick(ORGS)).to_owned()],
                speakers,
                action_lines: vec![al],
                sdgs: vec![1 + rng.below(17) as u8, 17],
                languages,
                needs: Needs {
                    interpretation: room.interpretation && rng.chance(50),
                    captioning: room.captioning && rng.chance(70),
                    sign_language: room.captioning && rng.chance(10),
                },
                remote: rng.chance(60),
                expected_audience: (room.capacity as u32 / 2).max(20),
            };
            let tokens: Vec<String> = (0..data.speakers.len())
                .map(|j| format!("demo-{n}-{j}"))
                .collect();
            let (id, _) = fdb::create_session(&mut tx, ed.id, proposer, &data, &tokens).await?;
            let next = ReviewAction::Accept
                .apply(SessionStatus::Proposed)
                .map_err(ServiceError::internal)?;
            fdb::review(&mut tx, id, 1, next, None).await?;
            let start = service::local_to_utc(&tz, &dates[day], SLOTS[s].0)
                .ok_or_else(|| ServiceError::internal("slot start"))?;
            let end = service::local_to_utc(&tz, &dates[day], SLOTS[s].1)
                .ok_or_else(|| ServiceError::internal("slot end"))?;
            fdb::place(&mut tx, id, 2, Some((room.id, start, end))).await?;
            if data.remote {
                fdb::set_remote_url(
                    &mut tx,
                    id,
                    Some(&format!("https://meet.example.org/wsis2019/{n}")),
                )
                .await?;
            }
        }
    }
    translations(&mut tx, ed.id, &rooms, admin).await?;
    tx.commit().await?;
    service::publish_on(app.db(), &ed, admin, "First publication of the agenda.", 0).await?;
    // A second version: one workshop moves to a free slot, so that the change log has a line.
    let mut tx = app.db().begin().await?;
    let sessions = fdb::sessions(&mut tx, ed.id, Some(SessionStatus::Accepted)).await?;
    if let (Some(s), Some(free)) = (
        sessions
            .iter()
            .find(|s| s.data.type_code == "thematic-workshop"),
        slots
            .iter()
            .find(|c| !used_slots.contains(c) && rooms[c.2].capacity >= 300),
    ) {
        let start = service::local_to_utc(&tz, &dates[free.0], SLOTS[free.1].0)
            .ok_or_else(|| ServiceError::internal("slot"))?;
        let end = service::local_to_utc(&tz, &dates[free.0], SLOTS[free.1].1)
            .ok_or_else(|| ServiceError::internal("slot"))?;
        fdb::place(
            &mut tx,
            s.id,
            s.version,
            Some((rooms[free.2].id, start, end)),
        )
        .await?;
    }
    tx.commit().await?;
    service::publish_on(
        app.db(),
        &ed,
        admin,
        "A workshop moved to a larger room.",
        1,
    )
    .await?;
    let facilitators = super::hlt_facilitators(app).await?;
    let facilitators: Vec<(&str, i64)> = facilitators.iter().map(|(c, id)| (*c, *id)).collect();
    let mut tx = app.db().begin().await?;
    super::outcomes::seed(&mut tx, app.media(), &ed, proposer, admin, &facilitators).await?;
    tx.commit().await?;
    super::participants::seed_registrations(app, &ed).await?;
    seed_next(app, proposer, admin).await?;
    Ok(true)
}

/// Proposals to the next edition's call: (title, type, Action Line, SDG, scores of the
/// secretariat if it reviewed it yet).
/// A demo proposal: title, type, Action Line, SDG, the secretariat's scores if any.
type NextProposal = (
    &'static str,
    &'static str,
    &'static str,
    u8,
    Option<[i64; 4]>,
);

const NEXT_PROPOSALS: [NextProposal; 12] = [
    (
        "Meaningful connectivity for rural schools",
        "thematic-workshop",
        "C2",
        4,
        Some([5, 4, 4, 3]),
    ),
    (
        "Open data for climate adaptation in cities",
        "thematic-workshop",
        "C7.8",
        13,
        Some([4, 4, 3, 4]),
    ),
    (
        "Digital public infrastructure: lessons from three countries",
        "country-workshop",
        "C1",
        9,
        Some([5, 5, 4, 4]),
    ),
    (
        "Women in cybersecurity careers",
        "interactive",
        "C5",
        5,
        Some([4, 3, 5, 5]),
    ),
    (
        "AI for multilingual public services",
        "thematic-workshop",
        "C8",
        10,
        Some([3, 3, 2, 3]),
    ),
    (
        "Community networks and spectrum policy",
        "knowledge-cafe",
        "C2",
        9,
        None,
    ),
    (
        "E-health records that travel with refugees",
        "thematic-workshop",
        "C7.4",
        3,
        Some([4, 4, 3, 2]),
    ),
    (
        "Digital skills for older persons",
        "interactive",
        "C4",
        4,
        None,
    ),
    (
        "Measuring the information society in small island states",
        "information",
        "C11",
        17,
        Some([2, 3, 3, 2]),
    ),
    (
        "Accessible e-government for persons with disabilities",
        "accessibility",
        "C7.1",
        10,
        None,
    ),
    (
        "Youth voices on online safety",
        "open-space",
        "C5",
        16,
        Some([4, 5, 5, 5]),
    ),
    (
        "Satellite broadband for disaster response",
        "thematic-workshop",
        "C7.6",
        11,
        None,
    ),
];

/// The next edition's proposals, waiting for review, most scored by the secretariat
/// (the demo's review queue).
async fn seed_next_proposals(
    conn: &mut wsis_db::AnyConnection,
    edition: i64,
    proposer: i64,
    reviewer: i64,
) -> ServiceResult<()> {
    for (i, (title, code, al, sdg, scores)) in NEXT_PROPOSALS.iter().enumerate() {
        let data = ProposalData {
            type_code: (*code).to_owned(),
            title: (*title).to_owned(),
            abstract_md: format!(
                "This session asks what works for **{}**, with practitioners from several regions, and ends with commitments for the WSIS Action Line {al}.",
                title.to_lowercase()
            ),
            organisers: vec!["Internet Society".to_owned()],
            speakers: vec![SpeakerData {
                name: format!("Speaker {}", i + 1),
                organisation: "University of Geneva".to_owned(),
                email: format!("speaker{}.2020@speakers.example", i + 1),
                role: SpeakerRole::Moderator,
            }],
            action_lines: vec![(*al).to_owned()],
            sdgs: vec![*sdg, 17],
            languages: vec![Language::En, Language::Fr],
            needs: Needs {
                captioning: true,
                ..Needs::default()
            },
            remote: true,
            expected_audience: 80,
        };
        let tokens = [format!("demo-2020-{i}")];
        let (id, _) = fdb::create_session(conn, edition, proposer, &data, &tokens).await?;
        fdb::add_session_event(conn, id, Some(proposer), "proposed", None).await?;
        if let Some(v) = scores {
            let comment = if v.iter().sum::<i64>() >= 15 {
                "A clear question and a balanced panel."
            } else {
                "The abstract needs a clearer expected result."
            };
            fdb::save_score(conn, id, reviewer, *v, comment).await?;
        }
    }
    Ok(())
}

/// The next edition, with its call for sessions open, proposals waiting for review and
/// no agenda yet.
async fn seed_next(app: &App, proposer: i64, reviewer: i64) -> ServiceResult<()> {
    let mut tx = app.db().begin().await?;
    let ed = Edition {
        id: 0,
        year: DEMO_YEAR + 1,
        theme: by_lang(&[
            ("en", "ICTs for achieving the Sustainable Development Goals"),
            (
                "fr",
                "Les TIC au service de la réalisation des objectifs de développement durable",
            ),
        ]),
        starts_on: "2020-04-06".into(),
        ends_on: "2020-04-09".into(),
        venue: "ITU headquarters, Geneva".into(),
        time_zone: "Europe/Zurich".into(),
        capacity: 3_500,
        proposals_open: true,
    };
    let id = match fdb::create_edition(&mut tx, &ed).await {
        Ok(id) => id,
        Err(e) if e.is_conflict() => return Ok(()),
        Err(e) => return Err(e.into()),
    };
    fdb::add_phase(
        &mut tx,
        id,
        &by_lang(&[("en", "Call for sessions"), ("fr", "Appel à sessions")]),
        "2019-10-01",
        Some("2020-02-10"),
    )
    .await?;
    accredit(&mut tx, id).await?;
    seed_next_proposals(&mut tx, id, proposer, reviewer).await?;
    tx.commit().await?;
    Ok(())
}

/// The demo's accreditation: e-mail domains whose accounts the accredited categories
/// approve at once. The demo accounts' own domain is one of them, so that the demo
/// participant registering as a member-state delegate is accredited at once.
async fn accredit(conn: &mut wsis_db::AnyConnection, edition: i64) -> ServiceResult<()> {
    let domains = [
        ("member-state", "mfa.gov.example"),
        ("member-state", "wsis.example"),
        ("un-agency", "un.org"),
        ("itu-member", "itu.int"),
    ]
    .map(|(c, d)| (c.to_owned(), d.to_owned()));
    wsis_db::registrations::set_accredited_domains(conn, edition, &domains).await?;
    Ok(())
}
