//! Passwords (argon2id), random tokens and their hashes, and the session
//! cookie.

use argon2::password_hash::{PasswordHasher, PasswordVerifier};
use argon2::{Argon2, PasswordHash};
use sha2::{Digest, Sha256};
use std::sync::LazyLock;

pub const SESSION_COOKIE: &str = "wsis_session";
pub const CSRF_COOKIE: &str = "wsis_csrf";
pub const LANG_COOKIE: &str = "wsis_lang";

/// Hashes a password with argon2id (OWASP parameters: the crate's default,
/// 19 MiB, 2 passes) and a fresh random salt. Runs on a blocking thread.
pub async fn hash_password(password: String) -> Result<String, String> {
    tokio::task::spawn_blocking(move || {
        Argon2::default()
            .hash_password(password.as_bytes())
            .map(|h| h.to_string())
            .map_err(|e| e.to_string())
    })
    .await
    .map_err(|e| e.to_string())?
}

/// A hash to verify against when the account does not exist, so that the
/// answer takes as long either way.
static DUMMY_HASH: LazyLock<String> = LazyLock::new(|| {
    Argon2::default()
        .hash_password(b"not a real password, only for timing")
        .map(|h| h.to_string())
        .unwrap_or_default()
});

/// Checks a password against a stored hash (or against a dummy hash when
/// there is no account). Runs on a blocking thread.
pub async fn verify_password(password: String, hash: Option<String>) -> bool {
    tokio::task::spawn_blocking(move || {
        let real = hash.is_some();
        let hash = hash.unwrap_or_else(|| DUMMY_HASH.clone());
        let ok = PasswordHash::new(&hash)
            .map(|h| {
                Argon2::default()
                    .verify_password(password.as_bytes(), &h)
                    .is_ok()
            })
            .unwrap_or(false);
        ok && real
    })
    .await
    .unwrap_or(false)
}

/// 32 random bytes as 64 hex characters.
pub fn random_token() -> String {
    let mut buf = [0u8; 32];
    // The OS random source failing is not recoverable; fall back to an
    // error-shaped token that can never match a stored hash.
    if getrandom::fill(&mut buf).is_err() {
        return String::new();
    }
    hex(&buf)
}

/// The SHA-256 of a token, hex-encoded: what the database stores.
pub fn token_hash(token: &str) -> String {
    hex(&Sha256::digest(token.as_bytes()))
}

fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut s = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        s.push(DIGITS[(b >> 4) as usize] as char);
        s.push(DIGITS[(b & 15) as usize] as char);
    }
    s
}

/// Constant-time comparison of two tokens.
pub fn same_token(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && a.bytes()
            .zip(b.bytes())
            .fold(0u8, |acc, (x, y)| acc | (x ^ y))
            == 0
}

/// A `Set-Cookie` value: HttpOnly, SameSite=Lax, Path=/, and Secure when
/// served over https. `max_age` 0 deletes the cookie.
pub fn cookie(name: &str, value: &str, max_age: i64, secure: bool) -> String {
    format!(
        "{name}={value}; Path=/; Max-Age={max_age}; HttpOnly; SameSite=Lax{}",
        if secure { "; Secure" } else { "" }
    )
}

/// Reads one cookie from a `Cookie` header.
pub fn read_cookie<'a>(headers: &'a axum::http::HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(axum::http::header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|kv| kv.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn passwords_hash_with_argon2id_and_verify() {
        let h = hash_password("correct horse battery".into()).await.unwrap();
        assert!(h.starts_with("$argon2id$"), "{h}");
        assert!(verify_password("correct horse battery".into(), Some(h.clone())).await);
        assert!(!verify_password("wrong".into(), Some(h)).await);
        assert!(!verify_password("x".into(), None).await);
    }

    #[test]
    fn tokens_are_random_and_hashed() {
        let a = random_token();
        assert_eq!(a.len(), 64);
        assert_ne!(a, random_token());
        assert_eq!(
            token_hash("abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
        assert!(same_token("abc", "abc") && !same_token("abc", "abd") && !same_token("abc", "ab"));
    }

    #[test]
    fn cookies_are_http_only_lax_and_secure_on_https() {
        let c = cookie("s", "v", 60, true);
        assert!(c.contains("HttpOnly") && c.contains("SameSite=Lax") && c.ends_with("; Secure"));
        assert!(!cookie("s", "v", 60, false).contains("Secure"));
    }
}
