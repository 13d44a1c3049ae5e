//! Outgoing e-mail: over SMTP in production, or into an outbox directory
//! (one `.eml` file per message) in `demo` and in tests.

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
