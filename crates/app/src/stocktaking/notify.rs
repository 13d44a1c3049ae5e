//! The e-mails about entries: to the owner at each step, and to the secretariat when
//! an entry waits for review. Queued in the transaction of the step they report.

use crate::mail::{Letter, queue};
use crate::{App, ServiceResult};
use wsis_db::AnyConnection;
use wsis_db::accounts::{User, users_with_role};
use wsis_domain::account::Role;
use wsis_i18n::Arg;

/// One e-mail about an entry, in the recipient's language: greeting, the message `key`,
/// the comment if any, the entry's address, signature.
pub(super) async fn entry_mail(
    conn: &mut AnyConnection,
    app: &App,
    to: &User,
    id: i64,
    title: &str,
    key: &str,
    comment: Option<&str>,
) -> ServiceResult<()> {
    let lang = to.profile.language;
    let link = format!(
        "{}/{}/stocktaking/entries/{id}",
        app.config().public_url,
        lang.code()
    );
    let mut letter = Letter::to(lang, &to.profile.name).say(key, &[("title", Arg::from(title))]);
    if let Some(c) = comment {
        letter = letter.say("mail-entry-comment", &[]).text(c);
    }
    // The subject says what happened; the owner's text (the title) is only in the body.
    let mail = letter
        .text(&link)
        .sign(&to.email, &format!("{key}-subject"), &[]);
    queue(conn, &mail).await
}

/// An entry went to review: the owner hears so, and the secretariat (each in their
/// language, but not the owner twice) that it waits for them.
pub(super) async fn submitted(
    conn: &mut AnyConnection,
    app: &App,
    owner: &User,
    id: i64,
    title: &str,
) -> ServiceResult<()> {
    entry_mail(conn, app, owner, id, title, "mail-entry-submitted", None).await?;
    let reviewers = users_with_role(&mut *conn, Role::Secretariat).await?;
    for reviewer in reviewers.iter().filter(|r| r.id != owner.id) {
        entry_mail(conn, app, reviewer, id, title, "mail-entry-to-review", None).await?;
    }
    Ok(())
}
