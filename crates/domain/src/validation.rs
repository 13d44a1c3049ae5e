//! Field-level validation errors. Each carries a stable key (e.g.
//! `email-invalid`) that the interface translates; nothing here holds
//! user-facing text.

use serde::Serialize;

/// One problem with one field of a form or an API body.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FieldError {
    /// The form field or JSON property, e.g. `email`.
    pub field: &'static str,
    /// A stable message key, e.g. `email-invalid`; localised by the interface.
    pub key: &'static str,
}

/// All the problems found in one submission, in field order.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct FieldErrors(pub Vec<FieldError>);

impl FieldErrors {
    pub fn new() -> Self {
        Self(Vec::new())
    }
    pub fn add(&mut self, field: &'static str, key: &'static str) {
        self.0.push(FieldError { field, key });
    }
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
    /// The first error key for a field, if any.
    pub fn for_field(&self, field: &str) -> Option<&'static str> {
        self.0.iter().find(|e| e.field == field).map(|e| e.key)
    }
    /// Records the error of a parse result and returns its value, if valid.
    pub fn check<T>(&mut self, field: &'static str, r: Result<T, &'static str>) -> Option<T> {
        match r {
            Ok(v) => Some(v),
            Err(key) => {
                self.add(field, key);
                None
            }
        }
    }
    /// `Ok(())` when there is nothing to report.
    pub fn into_result(self) -> Result<(), FieldErrors> {
        if self.is_empty() { Ok(()) } else { Err(self) }
    }
}

/// Bidirectional formatting characters that embed, override or isolate
/// (U+202A–U+202E, U+2066–U+2069). Pasted into a name they reverse the text around
/// it wherever it is shown (a page, a badge, a PDF, a mail); where user text needs
/// a direction the platform isolates it itself (`dir="auto"`, `<bdi>`). The marks
/// (LRM, RLM, ALM) change nothing around them and are kept.
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// The one rule for free text everywhere (forms, the API, the import, the command
/// line): no control character (line breaks and tabs only in `multiline` text) and
/// no bidirectional control ([`is_bidi_control`]).
pub fn text_is_clean(s: &str, multiline: bool) -> bool {
    s.chars().all(|c| {
        !is_bidi_control(c) && (!c.is_control() || (multiline && matches!(c, '\n' | '\r' | '\t')))
    })
}

/// Checks a required text of at most `max` characters: trimmed, clean by
/// [`text_is_clean`] (line breaks allowed only when `multiline`; CRLF
/// becomes LF). Returns the cleaned text or `required`/`too_long`.
pub fn checked_text(
    raw: &str,
    max: usize,
    multiline: bool,
    required: &'static str,
    too_long: &'static str,
) -> Result<String, &'static str> {
    let s = raw.trim();
    if s.is_empty() {
        return Err(required);
    }
    if s.chars().count() > max {
        return Err(too_long);
    }
    if !text_is_clean(s, multiline) {
        return Err("text-invalid-characters");
    }
    Ok(if multiline {
        s.replace("\r\n", "\n")
    } else {
        s.to_owned()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_rule_for_free_text() {
        assert!(text_is_clean("Ministère du numérique — شبكة 数字", false));
        assert!(text_is_clean("Two\nlines\twith a tab", true));
        assert!(!text_is_clean("Two\nlines", false));
        assert!(!text_is_clean("NUL\u{0}", true));
        assert!(!text_is_clean("bell\u{7}", true));
        assert!(!text_is_clean("DEL\u{7f}", true));
        for bidi in [
            '\u{202A}', '\u{202B}', '\u{202C}', '\u{202D}', '\u{202E}', '\u{2066}', '\u{2069}',
        ] {
            assert!(!text_is_clean(&format!("name {bidi}x"), true), "{bidi:?}");
        }
        // The direction marks change nothing around them.
        assert!(text_is_clean("\u{200F}فاطمة\u{200E} (ITU)", false));
        assert_eq!(
            checked_text(" a\r\nb ", 10, true, "req", "long"),
            Ok("a\nb".to_owned())
        );
        assert_eq!(
            checked_text("a\u{202E}b", 10, true, "req", "long"),
            Err("text-invalid-characters")
        );
        assert_eq!(checked_text("  ", 10, true, "req", "long"), Err("req"));
        assert_eq!(checked_text("abc", 2, true, "req", "long"), Err("long"));
    }
}
