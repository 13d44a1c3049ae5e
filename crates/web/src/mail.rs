//! Outgoing e-mail: over SMTP in production, or into an outbox directory
//! (one `.eml` file per message) in `demo` and in tests.

use lettre::message::header::{ContentTransferEncoding, ContentType};
use lettre::message::{Mailbox, SinglePart};
use lettre::{AsyncFileTransport, AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use std::path::PathBuf;

#[derive(Clone)]
pub enum Mailer {
    /// Writes each message to `<dir>/<uuid>.eml`.
    Outbox {
        dir: PathBuf,
        transport: AsyncFileTransport<Tokio1Executor>,
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
        Ok(Mailer::Outbox {
            transport: AsyncFileTransport::new(&dir),
            dir,
        })
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
            Mailer::Outbox { transport, .. } => transport
                .send(msg)
                .await
                .map(|_| ())
                .map_err(|e| MailError::Send(e.to_string())),
            Mailer::Smtp(t) => t
                .send(msg)
                .await
                .map(|_| ())
                .map_err(|e| MailError::Send(e.to_string())),
        }
    }
}
