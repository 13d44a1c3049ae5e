//! Passwords (argon2id), random tokens and their hashes, and the session
//! cookie.

pub const SESSION_COOKIE: &str = "wsis_session";
pub const CSRF_COOKIE: &str = "wsis_csrf";
pub const LANG_COOKIE: &str = "wsis_lang";

/// Hashes a password with argon2id (see `wsis_app::accounts::hash_password`).
pub async fn hash_password(password: String) -> Result<String, String> {
    wsis_app::accounts::hash_password(password)
        .await
        .map_err(|e| e.chain())
}

pub use wsis_app::accounts::{random_token, token_hash, verify_password};

/// Constant-time comparison of two tokens.
pub fn same_token(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && a.bytes()
            .zip(b.bytes())
            .fold(0u8, |acc, (x, y)| acc | (x ^ y))
            == 0
}

/// The name a cookie has on the wire: over https with the `__Host-` prefix, which
/// browsers accept only from a secure origin, for the whole host (no `Domain`, `Path=/`),
/// so that a neighbouring subdomain or a plain-http page cannot set or shadow it.
pub fn cookie_name(name: &str, secure: bool) -> String {
    if secure {
        format!("__Host-{name}")
    } else {
        name.to_owned()
    }
}

/// A `Set-Cookie` value: HttpOnly, SameSite=Lax, Path=/, and Secure (with the
/// `__Host-` name) when served over https. `max_age` 0 deletes the cookie.
pub fn cookie(name: &str, value: &str, max_age: i64, secure: bool) -> String {
    format!(
        "{}={value}; Path=/; Max-Age={max_age}; HttpOnly; SameSite=Lax{}",
        cookie_name(name, secure),
        if secure { "; Secure" } else { "" }
    )
}

/// Reads one of the platform's cookies (named as [`cookie`] names it).
pub fn read_cookie<'a>(
    headers: &'a axum::http::HeaderMap,
    name: &str,
    secure: bool,
) -> Option<&'a str> {
    let name = cookie_name(name, secure);
    headers
        .get_all(axum::http::header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|kv| kv.trim().split_once('='))
        .find(|(k, _)| *k == name.as_str())
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
        assert!(c.starts_with("__Host-s=v;"), "{c}");
        let mut headers = axum::http::HeaderMap::new();
        headers.insert("cookie", "s=plain; __Host-s=host".parse().unwrap());
        assert_eq!(read_cookie(&headers, "s", true), Some("host"));
        assert_eq!(read_cookie(&headers, "s", false), Some("plain"));
        headers.insert("cookie", "s=tossed".parse().unwrap());
        assert_eq!(
            read_cookie(&headers, "s", true),
            None,
            "a plain cookie does not count over https"
        );
    }
}
