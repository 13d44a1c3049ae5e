//! Demo session outcomes of the 2019 forum: most sessions reported, in the six
//! languages in turn; most approved, some sent and waiting, some returned with a
//! comment, some drafts, some missing (late). Written by the sessions' organiser
//! and decided by the secretariat through the domain's workflow.

use crate::{ServiceError, ServiceResult};
use wsis_db::AnyConnection;
use wsis_db::forum::{self as fdb, Edition};
use wsis_domain::FieldErrors;
use wsis_domain::Language;
use wsis_domain::forum::SessionStatus;
use wsis_domain::forum::outcomes::{
    Editor, OutcomeDecision, OutcomeInput, OutcomeKind, SaveAction, after_save,
};

/// The organisers' deadline of the demo edition.
pub const DEMO_DEADLINE: &str = "2019-05-10";

/// (language, summary, achievements, challenges, trends, recommendations, reason)
type Texts = (
    Language,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
);

const TEXTS: &[Texts] = &[
    (
        Language::En,
        "The session brought together governments, companies and civil society to compare what has worked in their countries and what has not.\n\nSpeakers agreed that connectivity alone does not close the gap: skills, affordable devices and local content matter as much.",
        "A shared list of practices that worked, and three partnerships announced during the session.",
        "Financing beyond pilot projects; measuring impact with comparable data.",
        "Community networks; artificial intelligence in public services; data protection by design.",
        "Fund the scaling of proven pilots; publish open data on results; meet again at the next forum to report progress.",
        "Discussed at length by the panel",
    ),
    (
        Language::Fr,
        "La session a réuni des gouvernements, des entreprises et la société civile pour comparer ce qui a fonctionné dans leurs pays et ce qui n’a pas fonctionné.\n\nLes intervenants ont convenu que la connectivité seule ne comble pas le fossé : les compétences, des appareils abordables et des contenus locaux comptent tout autant.",
        "Une liste commune de pratiques éprouvées et trois partenariats annoncés pendant la session.",
        "Le financement au-delà des projets pilotes ; la mesure de l’impact avec des données comparables.",
        "Les réseaux communautaires ; l’intelligence artificielle dans les services publics.",
        "Financer le passage à l’échelle des projets pilotes réussis ; publier les résultats en données ouvertes.",
        "Longuement débattu par les intervenants",
    ),
    (
        Language::Es,
        "La sesión reunió a gobiernos, empresas y sociedad civil para comparar lo que ha funcionado en sus países y lo que no.\n\nLos ponentes coincidieron en que la conectividad por sí sola no cierra la brecha: las competencias, los dispositivos asequibles y los contenidos locales importan tanto como ella.",
        "Una lista común de prácticas que funcionaron y tres alianzas anunciadas durante la sesión.",
        "La financiación más allá de los proyectos piloto; medir el impacto con datos comparables.",
        "Las redes comunitarias; la inteligencia artificial en los servicios públicos.",
        "Financiar la ampliación de los proyectos piloto exitosos; publicar los resultados como datos abiertos.",
        "Tratado en detalle por los ponentes",
    ),
    (
        Language::Ru,
        "На сессии представители правительств, компаний и гражданского общества сравнили, что сработало в их странах, а что нет.\n\nВыступавшие согласились, что одного подключения недостаточно: навыки, доступные устройства и местный контент важны не меньше.",
        "Общий перечень оправдавших себя практик и три партнёрства, объявленные на сессии.",
        "Финансирование после завершения пилотных проектов; измерение результатов на сопоставимых данных.",
        "Сети местных сообществ; искусственный интеллект в государственных услугах.",
        "Финансировать масштабирование успешных пилотных проектов; публиковать результаты в виде открытых данных.",
        "Подробно обсуждалось выступавшими",
    ),
    (
        Language::Zh,
        "本场会议汇集了政府、企业和民间社会的代表，比较了各国行之有效和未能奏效的做法。\n\n发言者一致认为，仅靠连通性无法弥合鸿沟：技能、可负担的设备和本地内容同样重要。",
        "形成了一份行之有效做法的共同清单，并在会上宣布了三项伙伴关系。",
        "试点项目之后的资金问题；利用可比数据衡量影响。",
        "社区网络；公共服务中的人工智能。",
        "资助成功试点项目的推广；以开放数据形式公布成果。",
        "发言者进行了深入讨论",
    ),
    (
        Language::Ar,
        "جمعت الجلسة الحكومات والشركات والمجتمع المدني لمقارنة ما نجح في بلدانهم وما لم ينجح.\n\nواتفق المتحدثون على أن التوصيلية وحدها لا تسد الفجوة: فالمهارات والأجهزة الميسورة التكلفة والمحتوى المحلي لا تقل أهمية عنها.",
        "قائمة مشتركة بالممارسات الناجحة، وثلاث شراكات أُعلن عنها خلال الجلسة.",
        "التمويل بعد انتهاء المشاريع التجريبية؛ وقياس الأثر ببيانات قابلة للمقارنة.",
        "الشبكات المجتمعية؛ والذكاء الاصطناعي في الخدمات العامة.",
        "تمويل توسيع نطاق المشاريع التجريبية الناجحة؛ ونشر النتائج بوصفها بيانات مفتوحة.",
        "ناقشه المتحدثون مطولاً",
    ),
];

/// The input an organiser would type for session number `n` with these links.
fn input_for(n: i64, action_lines: &[String], sdgs: &[u8]) -> OutcomeInput {
    let t = &TEXTS[(n as usize) % TEXTS.len()];
    let mut lines: Vec<(String, String)> = action_lines
        .iter()
        .filter(|c| c.as_str() != "C7")
        .map(|c| (c.clone(), t.6.to_owned()))
        .collect();
    if lines.is_empty() {
        lines.push(("C7.1".to_owned(), t.6.to_owned()));
    }
    let mut goals: Vec<(String, String, String)> = sdgs
        .iter()
        .map(|g| (g.to_string(), String::new(), t.6.to_owned()))
        .collect();
    if goals.is_empty() {
        goals.push(("17".to_owned(), "17.8".to_owned(), t.6.to_owned()));
    }
    OutcomeInput {
        language: t.0.code().to_owned(),
        summary: t.1.to_owned(),
        achievements: t.2.to_owned(),
        challenges: if n % 3 == 0 {
            String::new()
        } else {
            t.3.to_owned()
        },
        trends: t.4.to_owned(),
        recommendations: t.5.to_owned(),
        action_lines: lines,
        sdgs: goals,
        participants_onsite: (30 + (n * 37) % 270).to_string(),
        participants_remote: if n % 4 == 0 {
            String::new()
        } else {
            (10 + (n * 53) % 900).to_string()
        },
        ..OutcomeInput::default()
    }
}

/// Seeds the outcomes of the accepted sessions of `ed` (organised by `organiser`,
/// decided by `secretariat`) and the edition's deadline.
pub(super) async fn seed(
    conn: &mut AnyConnection,
    media: &wsis_media::MediaStore,
    ed: &Edition,
    organiser: i64,
    secretariat: i64,
    facilitators: &[(&str, i64)],
) -> ServiceResult<()> {
    super::high_level::seed(conn, media, ed, facilitators, secretariat).await?;
    fdb::set_outcome_deadline(conn, ed.id, Some(DEMO_DEADLINE)).await?;
    let sessions = fdb::sessions(conn, ed.id, Some(SessionStatus::Accepted)).await?;
    for s in sessions {
        let Some(n) = s.number else { continue };
        // Of ten sessions: seven approved, one waiting, one returned, one draft; every
        // twentieth reported nothing at all.
        let plan = n % 10;
        if n % 20 == 19 {
            continue;
        }
        // A High-Level Policy Session's outcome is its facilitators'.
        let kind = OutcomeKind::of(&s.data.type_code);
        let (input, author) = match (kind, facilitators.first()) {
            (OutcomeKind::HighLevel, Some((_, f))) => (super::high_level::input_for(n), *f),
            _ => (input_for(n, &s.data.action_lines, &s.data.sdgs), organiser),
        };
        let mut errors = FieldErrors::new();
        let data = input
            .parse(kind, &mut errors)
            .ok_or_else(|| ServiceError::internal(format!("demo outcome {n}: {errors:?}")))?;
        let action = if plan == 9 {
            SaveAction::Save
        } else {
            SaveAction::Submit
        };
        let status =
            after_save(Editor::Organiser, None, action, false).map_err(ServiceError::internal)?;
        let version = fdb::save_outcome(conn, s.id, ed.id, 0, status, &data, author).await?;
        let (decision, comment) = match plan {
            0..=6 => (Some(OutcomeDecision::Approve), None),
            7 => (
                Some(OutcomeDecision::Return),
                Some("Please add the participation figures and what the session recommends."),
            ),
            _ => (None, None),
        };
        if let Some(d) = decision {
            let next = d.apply(status).map_err(ServiceError::internal)?;
            fdb::decide_outcome(conn, s.id, version, next, comment, secretariat).await?;
        }
    }
    Ok(())
}
