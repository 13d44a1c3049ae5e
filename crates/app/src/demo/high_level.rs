//! Demo High-Level Track of the 2019 forum: the High-Level Policy Sessions'
//! facilitators (the demo accounts of four stakeholder groups; the private sector
//! left without one), their outcomes in the six languages in turn (written by the
//! facilitators, decided by the secretariat like any outcome, see `outcomes`), the
//! statements of high-level speakers (texts, and PDFs typeset for the demo), and
//! the Chair's executive summary.

use crate::{ServiceError, ServiceResult};
use wsis_db::AnyConnection;
use wsis_db::forum::{self as fdb, Edition};
use wsis_domain::Language;
use wsis_domain::forum::SessionStatus;
use wsis_domain::forum::high_level::{StatementData, SummaryData};
use wsis_domain::forum::outcomes::{OutcomeInput, OutcomeKind};

/// (language, vision, emerging trends, opportunities, challenges)
type Texts = (
    Language,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
);

const TEXTS: &[Texts] = &[
    (
        Language::En,
        "Meaningful connectivity for every person by 2030: affordable, safe and in their own language, so that the digital economy includes those it has left behind.",
        "Artificial intelligence in public services; satellite and community networks reaching rural areas; digital identity as the door to services.",
        "Partnerships between governments and operators to share infrastructure; open data for better policy; young innovators as partners, not beneficiaries.",
        "The cost of devices and data in the least developed countries; trust and security online; measuring progress with comparable statistics.",
    ),
    (
        Language::Fr,
        "Une connectivité utile pour chacun d’ici à 2030 : abordable, sûre et dans sa langue, afin que l’économie numérique inclue ceux qu’elle a laissés de côté.",
        "L’intelligence artificielle dans les services publics ; les réseaux satellitaires et communautaires dans les zones rurales ; l’identité numérique comme porte d’accès aux services.",
        "Des partenariats entre États et opérateurs pour partager les infrastructures ; les données ouvertes au service des politiques ; les jeunes innovateurs comme partenaires.",
        "Le coût des appareils et des données dans les pays les moins avancés ; la confiance et la sécurité en ligne ; la mesure des progrès.",
    ),
    (
        Language::Es,
        "Una conectividad significativa para todas las personas en 2030: asequible, segura y en su propio idioma, para que la economía digital incluya a quienes ha dejado atrás.",
        "La inteligencia artificial en los servicios públicos; las redes satelitales y comunitarias en las zonas rurales; la identidad digital como puerta de acceso a los servicios.",
        "Alianzas entre gobiernos y operadores para compartir infraestructura; datos abiertos para mejores políticas; jóvenes innovadores como socios.",
        "El costo de los dispositivos y los datos en los países menos adelantados; la confianza y la seguridad en línea; medir el progreso con estadísticas comparables.",
    ),
    (
        Language::Ru,
        "Полноценное подключение для каждого к 2030 году — доступное, безопасное и на родном языке, чтобы цифровая экономика охватила тех, кто пока остаётся в стороне.",
        "Искусственный интеллект в государственных услугах; спутниковые и местные сети в сельских районах; цифровая идентификация как путь к услугам.",
        "Партнёрства государств и операторов для совместного использования инфраструктуры; открытые данные для политики; молодые новаторы как партнёры.",
        "Стоимость устройств и данных в наименее развитых странах; доверие и безопасность в сети; измерение прогресса сопоставимыми данными.",
    ),
    (
        Language::Zh,
        "到 2030 年实现人人享有有意义的连通：可负担、安全并使用本民族语言，使数字经济惠及此前被落下的人。",
        "公共服务中的人工智能；覆盖农村地区的卫星和社区网络；以数字身份作为获取服务的入口。",
        "政府与运营商合作共享基础设施；以开放数据改进政策；让青年创新者成为伙伴。",
        "最不发达国家的设备和数据费用；网络信任与安全；以可比统计数据衡量进展。",
    ),
    (
        Language::Ar,
        "توصيلية مجدية لكل فرد بحلول عام 2030: ميسورة التكلفة وآمنة وبلغته، حتى يشمل الاقتصاد الرقمي من تخلّفوا عنه.",
        "الذكاء الاصطناعي في الخدمات العامة؛ والشبكات الساتلية والمجتمعية في المناطق الريفية؛ والهوية الرقمية بوابةً إلى الخدمات.",
        "شراكات بين الحكومات والمشغّلين لتقاسم البنية التحتية؛ والبيانات المفتوحة لسياسات أفضل؛ والمبتكرون الشباب شركاءً.",
        "تكلفة الأجهزة والبيانات في أقل البلدان نموًا؛ والثقة والأمن على الإنترنت؛ وقياس التقدم بإحصاءات قابلة للمقارنة.",
    ),
];

/// The outcome the facilitators of High-Level Policy Session `n` write.
pub(super) fn input_for(n: i64) -> OutcomeInput {
    let t = &TEXTS[(n as usize) % TEXTS.len()];
    OutcomeInput {
        language: t.0.code().to_owned(),
        vision: t.1.to_owned(),
        trends: t.2.to_owned(),
        opportunities: t.3.to_owned(),
        challenges: t.4.to_owned(),
        ..OutcomeInput::default()
    }
}

/// (speaker, function, language, text)
const STATEMENTS: &[(&str, &str, Language, &str)] = &[
    (
        "Houlin Zhao",
        "Secretary-General, International Telecommunication Union",
        Language::En,
        "Half of the world is still offline. This Forum shows what works when governments, industry and civil society act together; let us take these lessons home and report on them next year.",
    ),
    (
        "Mustafa Jabbar",
        "Minister of Posts, Telecommunications and ICT, Bangladesh",
        Language::En,
        "Digital Bangladesh has brought services to every union through 8,000 digital centres. We stand ready to share what we learned with every country here.",
    ),
    (
        "Amina Diallo",
        "Ministre de l’Économie numérique, Sénégal",
        Language::Fr,
        "Le numérique doit être un levier d’inclusion : nous investissons dans les compétences des jeunes et des femmes, et dans les contenus en langues nationales.",
    ),
    (
        "Carlos Méndez",
        "Viceministro de Telecomunicaciones, Colombia",
        Language::Es,
        "Conectar a los territorios rurales exige alianzas público-privadas y reglas claras para compartir infraestructura.",
    ),
    (
        "Ahmed Al-Mansouri",
        "وكيل وزارة الاتصالات وتقنية المعلومات",
        Language::Ar,
        "إن التحول الرقمي مسؤولية مشتركة، ونحن ملتزمون بتوسيع التوصيلية وبناء القدرات في المنطقة العربية.",
    ),
    (
        "王建国",
        "工业和信息化部副部长",
        Language::Zh,
        "中国愿与各方分享数字基础设施建设经验，共同推动可持续发展目标的实现。",
    ),
];

/// A small statement PDF, typeset for the demo.
fn statement_pdf(speaker: &str, text: &str) -> ServiceResult<Vec<u8>> {
    let source = format!(
        "#set page(paper: \"a4\", margin: 2.5cm)\n#set text(font: {}, size: 11pt)\n#heading({})\n#par({})\n",
        wsis_docs::lit(wsis_docs::LATIN_FAMILY),
        wsis_docs::lit(speaker),
        wsis_docs::lit(text),
    );
    wsis_docs::compile(&source).map_err(|e| ServiceError::internal(format!("demo statement: {e}")))
}

/// Seeds the facilitators and statements of the High-Level Policy Sessions of
/// `ed`, and the Chair's summary. `facilitators`: (stakeholder type code, account).
pub(super) async fn seed(
    conn: &mut AnyConnection,
    media: &wsis_media::MediaStore,
    ed: &Edition,
    facilitators: &[(&str, i64)],
    secretariat: i64,
) -> ServiceResult<()> {
    let sessions = fdb::sessions(conn, ed.id, Some(SessionStatus::Accepted)).await?;
    let pdf = statement_pdf(STATEMENTS[0].0, STATEMENTS[0].3)?;
    let mut k = 0usize;
    for s in sessions
        .iter()
        .filter(|s| OutcomeKind::of(&s.data.type_code) == OutcomeKind::HighLevel)
    {
        fdb::set_hlt_facilitators(conn, s.id, facilitators).await?;
        let Some(n) = s.number else { continue };
        // Two or three statements per session; every third session's first one
        // also as a PDF.
        for j in 0..(2 + (n % 2) as usize) {
            let (speaker, position, language, body) = STATEMENTS[k % STATEMENTS.len()];
            k += 1;
            let data = StatementData {
                speaker: speaker.to_owned(),
                position: position.to_owned(),
                language,
                body: body.to_owned(),
            };
            // Each PDF its own object (removing one statement removes its file).
            let key = if j == 0 && n % 3 == 0 {
                let key = crate::media::statement_key()?;
                media.put(&key, pdf.clone()).await?;
                Some(key)
            } else {
                None
            };
            fdb::insert_hlt_statement(
                conn,
                s.id,
                &data,
                key.as_deref().map(|k| (k, pdf.len() as i64)),
                secretariat,
                60,
            )
            .await?;
        }
    }
    fdb::save_hlt_summary(
        conn,
        ed.id,
        0,
        &SummaryData {
            language: Language::En,
            chair: "H.E. Mr Mustafa Jabbar, Minister of Posts, Telecommunications and ICT, Bangladesh".into(),
            body: "The WSIS Forum 2019 brought together more than 3,000 participants from over 150 countries around the theme \"ICTs for achieving the Sustainable Development Goals\".\n\nThe High-Level Policy Sessions agreed that meaningful connectivity, digital skills and trust are the foundations of the 2030 Agenda, and that the WSIS Action Lines remain the framework through which all stakeholders act together.\n\nParticipants called for:\n\n- financing that takes proven pilots to scale;\n- open, comparable data to measure progress;\n- a stronger voice for young people, women and persons with disabilities in digital policy.".into(),
        },
        secretariat,
    )
    .await?;
    Ok(())
}
