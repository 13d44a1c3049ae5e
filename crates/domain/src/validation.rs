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

/// Checks a required text of at most `max` characters: trimmed, with no
/// control characters (line breaks allowed only when `multiline`; CRLF
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
    let allowed = |c: char| multiline && matches!(c, '\n' | '\r' | '\t');
    if s.chars().any(|c| c.is_control() && !allowed(c)) {
        return Err("text-invalid-characters");
    }
    Ok(if multiline {
        s.replace("\r\n", "\n")
    } else {
        s.to_owned()
    })
}
