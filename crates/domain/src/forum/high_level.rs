//! The High-Level Track: who facilitates a High-Level Policy Session (one
//! facilitator per stakeholder type), the statements of its high-level speakers
//! (a text, a PDF, or both), and the Chair's executive summary of the edition.
//! The sessions' own outcomes are session outcomes of [`OutcomeKind::HighLevel`].
//!
//! [`OutcomeKind::HighLevel`]: super::outcomes::OutcomeKind::HighLevel

use crate::language::Language;
use crate::taxonomy::StakeholderType;
use crate::validation::{FieldErrors, checked_text};
use serde::{Deserialize, Serialize};

/// The stakeholder types a High-Level Policy Session has a facilitator for.
pub const FACILITATOR_TYPES: [StakeholderType; 5] = [
    StakeholderType::Government,
    StakeholderType::PrivateSector,
    StakeholderType::CivilSociety,
    StakeholderType::Academia,
    StakeholderType::InternationalOrganization,
];

/// The most statements one session collects.
pub const MAX_STATEMENTS: usize = 60;
/// The longest statement text, in characters.
pub const STATEMENT_MAX: usize = 20_000;
/// The longest Chair's summary, in characters.
pub const SUMMARY_MAX: usize = 30_000;
/// The largest statement PDF.
pub const MAX_STATEMENT_PDF: usize = 10 * 1024 * 1024;

/// A statement as typed in the form (the PDF, if any, comes apart).
#[derive(Debug, Clone, Default, Deserialize)]
pub struct StatementInput {
    /// The speaker's name.
    pub speaker: String,
    /// Their function: "Minister of …, Country".
    pub position: String,
    /// The language code of the statement.
    pub language: String,
    /// The statement's text; may be empty when a PDF is given.
    pub body: String,
}

/// A valid statement.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StatementData {
    pub speaker: String,
    pub position: String,
    pub language: Language,
    pub body: String,
}

impl StatementInput {
    /// Parses the fields; `has_pdf` says whether a PDF comes with it (then the
    /// text may be empty: a statement is a text, a PDF, or both).
    pub fn parse(&self, has_pdf: bool, errors: &mut FieldErrors) -> Option<StatementData> {
        let speaker = errors.check(
            "speaker",
            checked_text(
                &self.speaker,
                200,
                false,
                "statement-speaker-required",
                "forum-text-too-long",
            ),
        );
        let position = if self.position.trim().is_empty() {
            Some(String::new())
        } else {
            errors.check(
                "position",
                checked_text(&self.position, 300, false, "", "forum-text-too-long"),
            )
        };
        let language = errors.check(
            "language",
            Language::from_tag(self.language.trim()).ok_or("language-invalid"),
        );
        let body = if self.body.trim().is_empty() && has_pdf {
            Some(String::new())
        } else {
            errors.check(
                "body",
                checked_text(
                    &self.body,
                    STATEMENT_MAX,
                    true,
                    "statement-body-required",
                    "statement-too-long",
                ),
            )
        };
        Some(StatementData {
            speaker: speaker?,
            position: position?,
            language: language?,
            body: body?,
        })
    }
}

/// The Chair's executive summary as typed.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct SummaryInput {
    pub language: String,
    /// Who chaired: "H.E. …, Minister of …".
    pub chair: String,
    pub body: String,
}

/// A valid Chair's summary.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SummaryData {
    pub language: Language,
    pub chair: String,
    pub body: String,
}

impl SummaryInput {
    pub fn parse(&self, errors: &mut FieldErrors) -> Option<SummaryData> {
        let language = errors.check(
            "language",
            Language::from_tag(self.language.trim()).ok_or("language-invalid"),
        );
        let chair = errors.check(
            "chair",
            checked_text(
                &self.chair,
                300,
                false,
                "summary-chair-required",
                "forum-text-too-long",
            ),
        );
        let body = errors.check(
            "body",
            checked_text(
                &self.body,
                SUMMARY_MAX,
                true,
                "summary-body-required",
                "summary-too-long",
            ),
        );
        Some(SummaryData {
            language: language?,
            chair: chair?,
            body: body?,
        })
    }
}

/// Whether `bytes` is a PDF statement the platform accepts: a PDF (by its
/// content) of at most [`MAX_STATEMENT_PDF`]. `Err` is the message key.
pub fn check_statement_pdf(bytes: &[u8]) -> Result<(), &'static str> {
    if bytes.len() > MAX_STATEMENT_PDF {
        return Err("statement-pdf-too-large");
    }
    match super::documents::sniff_document(bytes) {
        Ok(k) if k.content_type == "application/pdf" => Ok(()),
        _ => Err("statement-pdf-invalid"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn statement() -> StatementInput {
        StatementInput {
            speaker: " Ana Pérez ".into(),
            position: "Minister of ICT, Uruguay".into(),
            language: "es".into(),
            body: "Texto de la declaración".into(),
        }
    }

    #[test]
    fn a_statement_is_a_text_a_pdf_or_both() {
        let mut e = FieldErrors::new();
        let s = statement().parse(false, &mut e).unwrap();
        assert_eq!(s.speaker, "Ana Pérez");
        assert_eq!(s.language, Language::Es);
        let mut empty = statement();
        empty.body = " ".into();
        let mut e = FieldErrors::new();
        assert_eq!(empty.parse(false, &mut e), None);
        assert_eq!(e.for_field("body"), Some("statement-body-required"));
        let mut e = FieldErrors::new();
        assert_eq!(empty.parse(true, &mut e).unwrap().body, "");
        let bad = StatementInput {
            language: "xx".into(),
            ..Default::default()
        };
        let mut e = FieldErrors::new();
        assert_eq!(bad.parse(true, &mut e), None);
        assert_eq!(e.for_field("speaker"), Some("statement-speaker-required"));
        assert_eq!(e.for_field("language"), Some("language-invalid"));
    }

    #[test]
    fn only_real_pdfs_are_statements() {
        assert_eq!(check_statement_pdf(b"%PDF-1.7\n1 0 obj\n%%EOF\n"), Ok(()));
        assert_eq!(
            check_statement_pdf(b"<html>not a pdf</html>"),
            Err("statement-pdf-invalid")
        );
        assert_eq!(check_statement_pdf(b""), Err("statement-pdf-invalid"));
    }

    #[test]
    fn the_summary_needs_its_chair_and_text() {
        let mut e = FieldErrors::new();
        let s = SummaryInput {
            language: "en".into(),
            chair: "H.E. Mustafa Jabbar".into(),
            body: "The Forum\r\nconcluded.".into(),
        }
        .parse(&mut e)
        .unwrap();
        assert_eq!(s.body, "The Forum\nconcluded.");
        let mut e = FieldErrors::new();
        assert_eq!(SummaryInput::default().parse(&mut e), None);
        assert_eq!(e.for_field("chair"), Some("summary-chair-required"));
        assert_eq!(e.for_field("body"), Some("summary-body-required"));
    }
}
