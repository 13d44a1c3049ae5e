//! Real SMTP: the mailer talks the protocol to a local sink that records
//! what it receives.

use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpListener;
use wsis_web::mail::Mailer;

/// A minimal SMTP server: accepts one message and returns the envelope and data.
async fn sink(listener: TcpListener) -> (Vec<String>, String) {
    let (stream, _) = listener.accept().await.unwrap();
    let (r, mut w) = stream.into_split();
    let mut lines = BufReader::new(r).lines();
    let mut envelope = Vec::new();
    let mut data = String::new();
    w.write_all(b"220 sink.test ESMTP\r\n").await.unwrap();
    while let Some(line) = lines.next_line().await.unwrap() {
        let upper = line.to_ascii_uppercase();
        if upper.starts_with("EHLO") || upper.starts_with("HELO") {
            w.write_all(b"250-sink.test\r\n250 8BITMIME\r\n")
                .await
                .unwrap();
        } else if upper.starts_with("MAIL FROM") || upper.starts_with("RCPT TO") {
            envelope.push(line.clone());
            w.write_all(b"250 OK\r\n").await.unwrap();
        } else if upper == "DATA" {
            w.write_all(b"354 go ahead\r\n").await.unwrap();
            while let Some(l) = lines.next_line().await.unwrap() {
                if l == "." {
                    break;
                }
                data.push_str(&l);
                data.push('\n');
            }
            w.write_all(b"250 queued\r\n").await.unwrap();
        } else if upper == "QUIT" {
            w.write_all(b"221 bye\r\n").await.unwrap();
            break;
        } else {
            w.write_all(b"250 OK\r\n").await.unwrap();
        }
    }
    (envelope, data)
}

#[tokio::test]
async fn mail_goes_out_over_smtp() {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    let server = tokio::spawn(sink(listener));
    let mailer = Mailer::smtp(&format!("smtp://127.0.0.1:{port}")).unwrap();
    mailer
        .send(
            "WSIS Platform <noreply@wsis.test>",
            "Ana <ana@example.org>",
            "Hello from WSIS",
            "Bonjour, 你好, مرحبا".into(),
        )
        .await
        .unwrap();
    drop(mailer);
    let (envelope, data) = tokio::time::timeout(std::time::Duration::from_secs(10), server)
        .await
        .unwrap()
        .unwrap();
    assert!(
        envelope.iter().any(|l| l.contains("<noreply@wsis.test>")),
        "{envelope:?}"
    );
    assert!(
        envelope.iter().any(|l| l.contains("<ana@example.org>")),
        "{envelope:?}"
    );
    assert!(data.contains("Subject: Hello from WSIS"), "{data}");
    use base64::Engine;
    let body: String = data.split("\n\n").nth(1).unwrap().lines().collect();
    let decoded = base64::engine::general_purpose::STANDARD
        .decode(body.trim())
        .unwrap();
    assert_eq!(String::from_utf8(decoded).unwrap(), "Bonjour, 你好, مرحبا");
}

#[tokio::test]
async fn an_unreachable_smtp_server_is_an_error_not_a_hang() {
    // Port 1: privileged, so no test (nor anything unprivileged) can be listening there; a
    // port freed by this test could be taken by a parallel test's SMTP sink.
    let mailer = Mailer::smtp("smtp://127.0.0.1:1").unwrap();
    let r = mailer
        .send("noreply@wsis.test", "a@example.org", "x", "y".into())
        .await;
    assert!(r.is_err());
}
