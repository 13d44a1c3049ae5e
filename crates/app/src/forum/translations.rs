//! The secretariat's translations of what the public reads of an edition
//! (issue 11, item 8): a session's title and abstract, and the edition's names
//! (venue, rooms, partners), with the languages their originals are written
//! in. Published pages show them at once (the snapshots' stamp).

use crate::{App, ServiceError, ServiceResult};
use wsis_db::forum::{self as fdb, Edition, Partner, RoomRow, SessionRow};
use wsis_domain::access::Principal;
use wsis_domain::forum::SessionStatus;
use wsis_domain::forum::translations::{Field, Kind, Translations, parse_texts};
use wsis_domain::{FieldErrors, Language};

/// A session with its translations, as its translations' form shows it.
pub struct SessionTexts {
    pub edition: Edition,
    pub session: SessionRow,
    /// The language its title and abstract are written in.
    pub lang: Language,
    pub translations: Translations,
}

/// A session of the edition of `year` and its translations (secretariat).
pub async fn session_texts(
    app: &App,
    who: Principal<'_>,
    year: i64,
    session: i64,
) -> ServiceResult<SessionTexts> {
    super::secretariat(&who)?;
    let ed = super::schedule::edition(app, year).await?;
    let mut conn = app.db().conn().await?;
    let s = fdb::session(&mut conn, session)
        .await?
        .filter(|s| s.edition_id == ed.id)
        .ok_or(ServiceError::NotFound)?;
    let lang = match s.text_lang {
        Some(l) => l,
        None => fdb::edition_lang(&mut conn, ed.id).await?,
    };
    let all = fdb::translations(&mut conn, ed.id).await?;
    let mut translations = Translations::default();
    for field in Kind::Session.fields() {
        if let Some(m) = all.all(Kind::Session, s.id, *field) {
            for (l, t) in m {
                translations.insert(Kind::Session, s.id, *field, *l, t.clone());
            }
        }
    }
    Ok(SessionTexts {
        edition: ed,
        session: s,
        lang,
        translations,
    })
}

/// Parses the language of an original as a form sends it.
fn original(code: &str) -> ServiceResult<Language> {
    Language::ALL
        .into_iter()
        .find(|l| l.code() == code)
        .ok_or_else(|| {
            let mut f = FieldErrors::new();
            f.add("lang", "language-invalid");
            ServiceError::Fields(f)
        })
}

/// Saves the language a session's title and abstract are written in (`lang`) and
/// their translations (`typed`: field, language, text; an empty text removes one), in
/// one transaction (secretariat). Field errors name the form's fields.
pub async fn save_session_texts(
    app: &App,
    who: Principal<'_>,
    year: i64,
    session: i64,
    lang: &str,
    typed: &[(Field, Language, String)],
) -> ServiceResult<()> {
    super::secretariat(&who)?;
    let lang = original(lang)?;
    if typed
        .iter()
        .any(|(f, _, _)| !Kind::Session.fields().contains(f))
    {
        return Err(ServiceError::NotFound);
    }
    let texts = parse_texts(typed, lang).map_err(ServiceError::Fields)?;
    let ed = super::schedule::edition(app, year).await?;
    let mut tx = app.db().begin().await?;
    if !fdb::set_session_lang(&mut tx, ed.id, session, lang).await? {
        return Err(ServiceError::NotFound);
    }
    for field in Kind::Session.fields() {
        let of: Vec<(Language, String)> = texts
            .iter()
            .filter(|(f, _, _)| f == field)
            .map(|(_, l, t)| (*l, t.clone()))
            .collect();
        fdb::set_translations(
            &mut tx,
            ed.id,
            Kind::Session,
            session,
            *field,
            &of,
            who.id.get(),
        )
        .await?;
    }
    tx.commit().await?;
    app.snapshots().invalidate(year);
    Ok(())
}

/// An edition's names (venue, rooms, partners) with their translations.
pub struct Names {
    pub edition: Edition,
    /// The language they are written in.
    pub lang: Language,
    pub rooms: Vec<RoomRow>,
    pub partners: Vec<Partner>,
    /// The accepted sessions (what the public reads), by number.
    pub sessions: Vec<SessionRow>,
    pub translations: Translations,
}

/// The names of the edition of `year` and their translations (secretariat).
pub async fn names(app: &App, who: Principal<'_>, year: i64) -> ServiceResult<Names> {
    super::secretariat(&who)?;
    let ed = super::schedule::edition(app, year).await?;
    let mut conn = app.db().conn().await?;
    Ok(Names {
        lang: fdb::edition_lang(&mut conn, ed.id).await?,
        rooms: fdb::rooms(&mut conn, ed.id).await?,
        partners: fdb::partners(&mut conn, ed.id).await?,
        sessions: {
            let mut s = fdb::sessions(&mut conn, ed.id, Some(SessionStatus::Accepted)).await?;
            s.sort_by_key(|x| (x.number.is_none(), x.number, x.id));
            s
        },
        translations: fdb::translations(&mut conn, ed.id).await?,
        edition: ed,
    })
}

/// Records the language an edition's names are written in (secretariat). Translations
/// into it stay stored but are no longer shown (the original is).
pub async fn save_names_lang(
    app: &App,
    who: Principal<'_>,
    year: i64,
    lang: &str,
) -> ServiceResult<()> {
    super::secretariat(&who)?;
    let lang = original(lang)?;
    let ed = super::schedule::edition(app, year).await?;
    let mut tx = app.db().begin().await?;
    fdb::set_edition_lang(&mut tx, ed.id, lang).await?;
    tx.commit().await?;
    app.snapshots().invalidate(year);
    Ok(())
}

/// Saves the translations of one of the edition's names: the venue (`Kind::Edition`),
/// a room's or a partner's name (`id`), `typed` by language (secretariat).
pub async fn save_name(
    app: &App,
    who: Principal<'_>,
    year: i64,
    kind: Kind,
    id: i64,
    typed: &[(Language, String)],
) -> ServiceResult<()> {
    super::secretariat(&who)?;
    let field = match kind {
        Kind::Edition => Field::Venue,
        Kind::Room | Kind::Partner => Field::Name,
        Kind::Session => return Err(ServiceError::NotFound),
    };
    let ed = super::schedule::edition(app, year).await?;
    let mut tx = app.db().begin().await?;
    let ref_id = match kind {
        Kind::Edition => ed.id,
        Kind::Room => fdb::rooms(&mut tx, ed.id)
            .await?
            .iter()
            .find(|r| r.id == id)
            .map(|r| r.id)
            .ok_or(ServiceError::NotFound)?,
        _ => fdb::partners(&mut tx, ed.id)
            .await?
            .iter()
            .find(|p| p.id == id)
            .map(|p| p.id)
            .ok_or(ServiceError::NotFound)?,
    };
    let lang = fdb::edition_lang(&mut tx, ed.id).await?;
    let typed: Vec<(Field, Language, String)> =
        typed.iter().map(|(l, t)| (field, *l, t.clone())).collect();
    let texts = parse_texts(&typed, lang).map_err(ServiceError::Fields)?;
    let of: Vec<(Language, String)> = texts.into_iter().map(|(_, l, t)| (l, t)).collect();
    fdb::set_translations(&mut tx, ed.id, kind, ref_id, field, &of, who.id.get()).await?;
    tx.commit().await?;
    app.snapshots().invalidate(year);
    Ok(())
}
