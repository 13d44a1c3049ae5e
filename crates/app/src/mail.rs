//! Outgoing e-mail. Services compose a message with [`Letter`] in the recipient's
//! language and [`queue`] it in their own transaction; the job queue's workers send
//! it ([`Mailer`]: SMTP in production, or an outbox directory of `.eml` files in
//! `demo` and in tests). A request never waits for SMTP, and an SMTP outage delays
//! mail without losing any: a failed send is retried with backoff.

use lettre::message::header::{ContentTransferEncoding, ContentType};
use lettre::message::{Mailbox, SinglePart};
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{SystemTime, UNIX_EPOCH};

#[derive(Clone)]
pub enum Mailer {
    /// Writes each message to `<dir>/<nanoseconds>-<pid>-<sequence>.eml`: the names sort in
    /// the order the messages were sent (file times are too coarse to tell apart the mails
    /// of one request). Each file appears whole (written aside, then renamed).
    Outbox {
        dir: PathBuf,
    },
    Smtp(AsyncSmtpTransport<Tokio1Executor>),
}

impl std::fmt::Debug for Mailer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Mailer::Outbox { dir, .. } => write!(f, "Mailer::Outbox({})", dir.display()),
            Mailer::Smtp(_) => f.write_str("Mailer::Smtp"),
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum MailError {
    #[error("bad address or message: {0}")]
    Build(String),
    #[error("could not send: {0}")]
    Send(String),
}

impl Mailer {
    /// An outbox directory (created if missing).
    pub fn outbox(dir: impl Into<PathBuf>) -> std::io::Result<Mailer> {
        let dir = dir.into();
        std::fs::create_dir_all(&dir)?;
        Ok(Mailer::Outbox { dir })
    }

    /// SMTP from a URL: `smtp://host:25` (plain, for a local relay),
    /// `smtp://user:pass@host:587?tls=required` (STARTTLS) or `smtps://…`.
    pub fn smtp(url: &str) -> Result<Mailer, MailError> {
        AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
            .map(|b| Mailer::Smtp(b.build()))
            .map_err(|e| MailError::Build(e.to_string()))
    }

    /// Sends a plain-text message. The body is base64-encoded so that any
    /// script survives any relay unchanged.
    pub async fn send(
        &self,
        from: &str,
        to: &str,
        subject: &str,
        body: String,
    ) -> Result<(), MailError> {
        let from: Mailbox = from
            .parse()
            .map_err(|e: lettre::address::AddressError| MailError::Build(e.to_string()))?;
        let to: Mailbox = to
            .parse()
            .map_err(|e: lettre::address::AddressError| MailError::Build(e.to_string()))?;
        let part = SinglePart::builder()
            .header(ContentType::TEXT_PLAIN)
            .header(ContentTransferEncoding::Base64)
            .body(body);
        let msg = Message::builder()
            .from(from)
            .to(to)
            .subject(subject)
            .singlepart(part)
            .map_err(|e| MailError::Build(e.to_string()))?;
        match self {
            Mailer::Outbox { dir } => write_to_outbox(dir, &msg.formatted())
                .await
                .map_err(|e| MailError::Send(e.to_string())),
            Mailer::Smtp(t) => t
                .send(msg)
                .await
                .map(|_| ())
                .map_err(|e| MailError::Send(e.to_string())),
        }
    }
}

/// A message waiting in the job queue (its payload).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct OutgoingMail {
    pub to: String,
    pub subject: String,
    pub body: String,
}

/// The job kind of an e-mail.
pub const MAIL_JOB: &str = "mail";

/// Queues `mail` on the caller's connection: it is sent once the caller's transaction
/// commits (and never if it rolls back). Call [`crate::App::wake_worker`] after the
/// commit so that this node's worker sends it at once.
pub async fn queue(
    conn: &mut wsis_db::AnyConnection,
    mail: &OutgoingMail,
) -> crate::ServiceResult<()> {
    let payload =
        serde_json::to_string(mail).map_err(|e| crate::ServiceError::caused("mail payload", e))?;
    wsis_db::jobs::enqueue(conn, &wsis_db::jobs::NewJob::now(MAIL_JOB, &payload)).await?;
    Ok(())
}

/// A plain-text letter in one language: a greeting, paragraphs from message keys
/// or the user's own text, links, and the platform's signature. Fluent's bidi
/// isolation marks are removed (plain text has no markup to isolate with).
#[derive(Debug, Clone)]
pub struct Letter {
    lang: wsis_domain::Language,
    body: String,
}

impl Letter {
    /// "Dear NAME," in `lang`.
    pub fn to(lang: wsis_domain::Language, name: &str) -> Letter {
        let body = wsis_i18n::I18N.tr_args(
            lang,
            "mail-greeting",
            &[("name", wsis_i18n::Arg::from(name))],
        );
        Letter { lang, body }
    }

    /// The language the letter is written in.
    pub fn lang(&self) -> wsis_domain::Language {
        self.lang
    }

    /// A paragraph: the message `key` with `args`.
    pub fn say(mut self, key: &str, args: &[(&str, wsis_i18n::Arg<'_>)]) -> Letter {
        let text = wsis_i18n::I18N.tr_args(self.lang, key, args);
        self.paragraph(&text);
        self
    }

    /// A paragraph of text given as is (a reviewer's comment, a link).
    pub fn text(mut self, text: &str) -> Letter {
        self.paragraph(text);
        self
    }

    fn paragraph(&mut self, text: &str) {
        if !self.body.is_empty() {
            self.body.push_str("\n\n");
        }
        self.body.push_str(text);
    }

    /// The signature, then the message for `to` with the subject `subject_key`.
    pub fn sign(
        mut self,
        to: &str,
        subject_key: &str,
        subject_args: &[(&str, wsis_i18n::Arg<'_>)],
    ) -> OutgoingMail {
        let signature = wsis_i18n::I18N.tr(self.lang, "mail-signature");
        self.paragraph(&signature);
        let subject = wsis_i18n::I18N.tr_args(self.lang, subject_key, subject_args);
        OutgoingMail {
            to: to.to_owned(),
            subject: strip_isolation(&subject).replace(['\r', '\n'], " "),
            body: strip_isolation(&self.body),
        }
    }
}

/// Text without Fluent's bidi isolation marks (U+2068, U+2069).
pub fn strip_isolation(s: &str) -> String {
    s.replace(['\u{2068}', '\u{2069}'], "")
}

/// Messages written by this process, to order those of the same nanosecond.
static OUTBOX_SEQUENCE: AtomicU64 = AtomicU64::new(0);

async fn write_to_outbox(dir: &std::path::Path, message: &[u8]) -> std::io::Result<()> {
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    let seq = OUTBOX_SEQUENCE.fetch_add(1, Ordering::Relaxed);
    let name = format!("{nanos:020}-{}-{seq:08}", std::process::id());
    let partial = dir.join(format!("{name}.partial"));
    tokio::fs::write(&partial, message).await?;
    tokio::fs::rename(&partial, dir.join(format!("{name}.eml"))).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn outbox_names_sort_in_sending_order() {
        let dir = std::env::temp_dir().join(format!("wsis-outbox-order-{}", std::process::id()));
        let mailer = Mailer::outbox(&dir).expect("outbox");
        for i in 0..20 {
            mailer
                .send(
                    "from@example.org",
                    "to@example.org",
                    &format!("n{i}"),
                    "x".into(),
                )
                .await
                .expect("send");
        }
        let mut names: Vec<String> = std::fs::read_dir(&dir)
            .expect("dir")
            .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        assert_eq!(names.len(), 20, "only whole messages: {names:?}");
        for (i, name) in names.iter().enumerate() {
            assert!(name.ends_with(".eml"), "{name}");
            let raw = std::fs::read_to_string(dir.join(name)).expect("read");
            assert!(
                raw.contains(&format!("Subject: n{i}\r\n")),
                "{name} is message {i}"
            );
        }
        std::fs::remove_dir_all(&dir).expect("clean up");
    }
}
