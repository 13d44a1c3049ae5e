//! What the public agenda reads besides the published snapshot: the editions,
//! an edition's home (its introduction, phases and partners) and site pages,
//! the version history, and each account's "my agenda" picks.

use crate::{App, ServiceError, ServiceResult};
use wsis_db::forum as fdb;
use wsis_domain::{AccountId, Language, SessionId};

pub use wsis_db::forum::{Edition, Partner, Phase, SitePage, VersionInfo};

/// Every edition, the latest first.
pub async fn editions(app: &App) -> ServiceResult<Vec<Edition>> {
    Ok(fdb::editions(&mut *app.db().conn().await?).await?)
}

/// What an edition's home page shows besides its agenda.
pub struct Home {
    /// The "home" site page in the visitor's language, if written.
    pub intro: Option<SitePage>,
    pub phases: Vec<Phase>,
    pub partners: Vec<Partner>,
    /// The slugs of the edition's site pages (written in some language).
    pub slugs: Vec<String>,
    /// The language the edition's names (venue, partners) are written in.
    pub names_lang: Language,
    /// Their translations.
    pub translations: wsis_domain::forum::translations::Translations,
}

/// The home page's content of an edition.
pub async fn home(app: &App, ed: &Edition, lang: Language) -> ServiceResult<Home> {
    let mut conn = app.db().conn().await?;
    Ok(Home {
        intro: fdb::page(&mut conn, ed.id, "home", lang.code()).await?,
        phases: fdb::phases(&mut conn, ed.id).await?,
        partners: fdb::partners(&mut conn, ed.id).await?,
        slugs: fdb::page_slugs(&mut conn, ed.id).await?,
        names_lang: fdb::edition_lang(&mut conn, ed.id).await?,
        translations: fdb::translations(&mut conn, ed.id).await?,
    })
}

/// A site page of an edition in a language (`NotFound` when not written).
pub async fn site_page(
    app: &App,
    ed: &Edition,
    slug: &str,
    lang: Language,
) -> ServiceResult<SitePage> {
    fdb::page(&mut *app.db().conn().await?, ed.id, slug, lang.code())
        .await?
        .ok_or(ServiceError::NotFound)
}

/// The published versions of an edition, the latest first, with their notes
/// and change logs.
pub async fn versions(app: &App, edition: i64) -> ServiceResult<Vec<VersionInfo>> {
    Ok(fdb::versions(&mut *app.db().conn().await?, edition).await?)
}

/// The sessions (ids) an account picked for its agenda.
pub async fn picks(app: &App, user: AccountId, edition: i64) -> ServiceResult<Vec<i64>> {
    Ok(fdb::picks(&mut *app.db().conn().await?, user.get(), edition).await?)
}

/// Adds a session to (`on`) or removes it from an account's agenda.
pub async fn pick(
    app: &App,
    user: i64,
    edition: i64,
    session: SessionId,
    on: bool,
) -> ServiceResult<()> {
    let mut tx = app.db().begin().await?;
    fdb::pick(&mut tx, user, edition, session.get(), on).await?;
    tx.commit().await?;
    Ok(())
}
