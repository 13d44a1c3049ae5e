//! `TestApp`: the real router over a fresh database (SQLite by default,
//! PostgreSQL when `WSIS_TEST_DATABASE_URL` is set), driven in-process with
//! a cookie jar, and an outbox directory to read mail from.

#![allow(dead_code)]

use axum::Router;
use axum::body::Body;
use axum::http::{HeaderMap, Method, Request, StatusCode, header};
use base64::Engine;
use http_body_util::BodyExt;
use std::collections::BTreeMap;
use std::path::PathBuf;
use tower::ServiceExt;
use wsis_db::Db;
use wsis_db::accounts;
use wsis_domain::Language;
use wsis_domain::account::{Email, Profile, Role};
use wsis_web::mail::Mailer;
use wsis_web::{AppState, WebConfig};

pub struct TestApp {
    pub router: Router,
    /// The services behind the router (to run the job queue).
    pub services: wsis_app::App,
    pub db: Db,
    pub outbox: PathBuf,
    pub cookies: BTreeMap<String, String>,
    /// The web tier's state behind the router (its caches).
    pub state: AppState,
}

pub struct TestResponse {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: String,
}

impl TestResponse {
    pub fn location(&self) -> &str {
        self.headers
            .get(header::LOCATION)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
    }
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.body))
    }
}

static COUNTER: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

impl TestApp {
    pub async fn new() -> TestApp {
        Self::with_config(|_| {}).await
    }

    pub async fn with_config(f: impl FnOnce(&mut WebConfig)) -> TestApp {
        let db = wsis_db::testing::fresh_db().await;
        let n = COUNTER.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let outbox = std::env::temp_dir().join(format!(
            "wsis-outbox-{}-{n}-{}",
            std::process::id(),
            wsis_db::now()
        ));
        let mailer = Mailer::outbox(&outbox).expect("outbox");
        let mut config = WebConfig::new("http://wsis.test");
        f(&mut config);
        let search = std::sync::Arc::new(wsis_search::SearchIndex::in_ram().expect("index"));
        let services = wsis_app::App::new(db.clone(), mailer, config.app.clone(), search);
        let state = AppState::new(services.clone(), config.proxy_hops);
        let router = wsis_web::router(state.clone());
        TestApp {
            router,
            services,
            db,
            outbox,
            cookies: BTreeMap::new(),
            state,
        }
    }

    fn cookie_header(&self) -> String {
        self.cookies
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join("; ")
    }

    pub async fn request(
        &mut self,
        method: Method,
        uri: &str,
        headers: &[(&str, &str)],
        body: Body,
    ) -> TestResponse {
        let mut req = Request::builder().method(method).uri(uri);
        if !self.cookies.is_empty() {
            req = req.header(header::COOKIE, self.cookie_header());
        }
        for (k, v) in headers {
            req = req.header(*k, *v);
        }
        let res = self
            .router
            .clone()
            .oneshot(req.body(body).unwrap())
            .await
            .unwrap();
        let status = res.status();
        let headers = res.headers().clone();
        for c in headers.get_all(header::SET_COOKIE) {
            let c = c.to_str().unwrap();
            let (kv, attrs) = c.split_once(';').unwrap_or((c, ""));
            let (k, v) = kv.split_once('=').unwrap();
            if attrs.contains("Max-Age=0") {
                self.cookies.remove(k);
            } else {
                self.cookies.insert(k.to_owned(), v.to_owned());
            }
        }
        let bytes = res.into_body().collect().await.unwrap().to_bytes();
        TestResponse {
            status,
            headers,
            body: String::from_utf8_lossy(&bytes).into_owned(),
        }
    }

    /// Another visitor of the same application (same database and outbox,
    /// no cookies).
    pub fn twin(&self) -> TestApp {
        TestApp {
            router: self.router.clone(),
            services: self.services.clone(),
            db: self.db.clone(),
            outbox: self.outbox.clone(),
            cookies: Default::default(),
            state: self.state.clone(),
        }
    }

    /// Another node of a cluster: the same database and outbox, its own search index and
    /// caches (settings from `f`), no cookies.
    pub fn other_node(&self, f: impl FnOnce(&mut WebConfig)) -> TestApp {
        let mailer = Mailer::outbox(&self.outbox).expect("outbox");
        let mut config = WebConfig::new("http://wsis.test");
        f(&mut config);
        let search = std::sync::Arc::new(wsis_search::SearchIndex::in_ram().expect("index"));
        let app = wsis_app::App::new(self.db.clone(), mailer, config.app.clone(), search);
        let state = AppState::new(app, config.proxy_hops);
        TestApp {
            services: state.app.clone(),
            router: wsis_web::router(state.clone()),
            db: self.db.clone(),
            outbox: self.outbox.clone(),
            cookies: BTreeMap::new(),
            state,
        }
    }

    /// A GET whose body is kept as bytes (compressed bodies, files).
    pub async fn request_bytes(
        &mut self,
        uri: &str,
        headers: &[(&str, &str)],
    ) -> (HeaderMap, Vec<u8>) {
        let mut req = Request::builder().method(Method::GET).uri(uri);
        if !self.cookies.is_empty() {
            req = req.header(header::COOKIE, self.cookie_header());
        }
        for (k, v) in headers {
            req = req.header(*k, *v);
        }
        let res = self
            .router
            .clone()
            .oneshot(req.body(Body::empty()).unwrap())
            .await
            .unwrap();
        let headers = res.headers().clone();
        let bytes = res.into_body().collect().await.unwrap().to_bytes();
        (headers, bytes.to_vec())
    }

    pub async fn get(&mut self, uri: &str) -> TestResponse {
        self.request(Method::GET, uri, &[], Body::empty()).await
    }

    pub async fn get_with(&mut self, uri: &str, headers: &[(&str, &str)]) -> TestResponse {
        self.request(Method::GET, uri, headers, Body::empty()).await
    }

    /// The visitor's CSRF token, as a browser has it: read from a page's form when
    /// signed in (the token is bound to the session), else the anonymous cookie
    /// (visiting a page first if there is none yet).
    pub async fn csrf(&mut self) -> String {
        // Over https the cookies carry the `__Host-` prefix.
        let named = |cookies: &BTreeMap<String, String>, name: &str| {
            cookies
                .iter()
                .find(|(k, _)| *k == name || k.strip_prefix("__Host-") == Some(name))
                .map(|(_, v)| v.clone())
        };
        if named(&self.cookies, "wsis_session").is_some() {
            // The account page when the session is live, the sign-in page when not: the
            // token is derived from the session cookie either way.
            for path in ["/en/account", "/en/account/login"] {
                let page = self.get(path).await;
                if let Some(token) = form_token(&page.body) {
                    return token;
                }
            }
        }
        if named(&self.cookies, "wsis_csrf").is_none() {
            self.get("/en").await;
        }
        named(&self.cookies, "wsis_csrf").expect("a CSRF cookie")
    }

    /// Posts a form with the visitor's CSRF token.
    pub async fn post_form(&mut self, uri: &str, fields: &[(&str, &str)]) -> TestResponse {
        let token = self.csrf().await;
        let mut all: Vec<(&str, &str)> = vec![("csrf", token.as_str())];
        all.extend_from_slice(fields);
        self.post_raw(uri, &all).await
    }

    /// Posts a form exactly as given (no CSRF token added).
    pub async fn post_raw(&mut self, uri: &str, fields: &[(&str, &str)]) -> TestResponse {
        let body = serde_urlencoded::to_string(fields).unwrap();
        self.request(
            Method::POST,
            uri,
            &[("content-type", "application/x-www-form-urlencoded")],
            Body::from(body),
        )
        .await
    }

    /// Every message sent, decoded: (recipient line, subject, body). Runs the job
    /// queue first (mail is sent by its worker, which tests run by hand).
    pub async fn mails(&self) -> Vec<Mail> {
        wsis_app::jobs::drain(&self.services)
            .await
            .expect("the job queue runs");
        let mut out = Vec::new();
        let Ok(dir) = std::fs::read_dir(&self.outbox) else {
            return out;
        };
        let mut paths: Vec<_> = dir
            .filter_map(|e| e.ok())
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "eml"))
            .collect();
        // The outbox names its files in sending order.
        paths.sort();
        for p in paths {
            let raw = std::fs::read_to_string(&p).unwrap();
            out.push(Mail::parse(&raw));
        }
        out
    }

    /// Creates a confirmed account with these roles and signs in as it.
    pub async fn sign_in_as(&mut self, email: &str, roles: &[Role]) -> i64 {
        let hash = wsis_web::auth::hash_password("a long test password".into())
            .await
            .unwrap();
        let mut conn = self.db.conn().await.unwrap();
        let email_v = Email::parse(email).unwrap();
        let id = match accounts::find_user_by_email(&mut conn, &email_v)
            .await
            .unwrap()
        {
            Some(u) => u.id,
            None => {
                let profile = Profile {
                    name: format!("Test {email}"),
                    organisation: None,
                    stakeholder_type: None,
                    country: None,
                    language: Language::En,
                };
                accounts::create_user(&mut conn, &email_v, &hash, &profile, roles, true)
                    .await
                    .unwrap()
            }
        };
        drop(conn);
        let res = self
            .post_form(
                "/en/account/login",
                &[("email", email), ("password", "a long test password")],
            )
            .await;
        assert_eq!(
            res.status,
            StatusCode::SEE_OTHER,
            "sign-in failed: {}",
            res.body
        );
        id
    }
}

pub struct Mail {
    pub to: String,
    pub subject: String,
    pub body: String,
}

/// A header's text with its RFC 2047 encoded words (`=?utf-8?b?…?=`, `=?utf-8?q?…?=`)
/// decoded; the space between two encoded words is not part of the text (§ 6.2).
fn decode_words(raw: &str) -> String {
    let decode = |w: &str| -> Option<String> {
        let inner = w.strip_prefix("=?")?.strip_suffix("?=")?;
        let mut parts = inner.splitn(3, '?');
        let (_, enc, text) = (parts.next()?, parts.next()?, parts.next()?);
        let bytes = match enc {
            "b" | "B" => base64::engine::general_purpose::STANDARD
                .decode(text)
                .ok()?,
            "q" | "Q" => {
                let mut out = Vec::new();
                let b = text.as_bytes();
                let mut i = 0;
                while i < b.len() {
                    match b[i] {
                        b'_' => out.push(b' '),
                        b'=' if i + 2 < b.len() => {
                            out.push(u8::from_str_radix(&text[i + 1..i + 3], 16).ok()?);
                            i += 2;
                        }
                        c => out.push(c),
                    }
                    i += 1;
                }
                out
            }
            _ => return None,
        };
        String::from_utf8(bytes).ok()
    };
    let mut out = String::new();
    let mut last_encoded = false;
    for (i, w) in raw.split(' ').enumerate() {
        match decode(w) {
            Some(d) => {
                if i > 0 && !last_encoded {
                    out.push(' ');
                }
                out.push_str(&d);
                last_encoded = true;
            }
            None => {
                if i > 0 {
                    out.push(' ');
                }
                out.push_str(w);
                last_encoded = false;
            }
        }
    }
    out
}

impl Mail {
    fn parse(raw: &str) -> Mail {
        let (head, body) = raw.split_once("\r\n\r\n").unwrap_or((raw, ""));
        // Long header lines are folded (RFC 5322 2.2.3): unfold them.
        let head = head.replace("\r\n ", " ").replace("\r\n\t", "\t");
        let header = |name: &str| {
            head.lines()
                .find(|l| {
                    l.to_ascii_lowercase()
                        .starts_with(&format!("{}:", name.to_ascii_lowercase()))
                })
                .map(|l| l[name.len() + 1..].trim().to_owned())
                .unwrap_or_default()
        };
        let encoded: String = body.lines().map(str::trim).collect();
        let decoded = base64::engine::general_purpose::STANDARD
            .decode(encoded.as_bytes())
            .expect("base64 body");
        Mail {
            to: header("To"),
            subject: decode_words(&header("Subject")),
            body: String::from_utf8(decoded).unwrap(),
        }
    }

    /// The first link in the body that starts with `prefix`.
    pub fn link(&self, prefix: &str) -> String {
        self.body
            .split_whitespace()
            .find(|w| w.starts_with(prefix))
            .unwrap_or_else(|| panic!("no link {prefix} in {}", self.body))
            .to_owned()
    }
}

/// The value of the first hidden `csrf` field of a page.
pub fn form_token(html: &str) -> Option<String> {
    let at = html.find("name=\"csrf\" value=\"")? + "name=\"csrf\" value=\"".len();
    let token: String = html[at..].chars().take_while(|c| *c != '"').collect();
    (token.len() == 64).then_some(token)
}
