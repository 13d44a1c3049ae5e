//! A translation of an entry's title and description: one check for the entry page's
//! form and for the import.

use super::Translation;
use crate::language::Language;
use crate::validation::{FieldErrors, checked_text};

/// Longest translated title, in characters.
pub const MAX_TITLE_CHARS: usize = 200;
/// Longest translated description, in characters.
pub const MAX_DESCRIPTION_CHARS: usize = 10_000;
/// Longest name of a translator, in characters.
pub const MAX_TRANSLATOR_CHARS: usize = 100;

impl Translation {
    /// A translation from raw input (trimmed), or its problems by field: a known
    /// language, a title, a description and the translator's name, each within its length.
    pub fn parse(
        language: &str,
        title: &str,
        description: &str,
        translator: &str,
    ) -> Result<Translation, FieldErrors> {
        let mut errors = FieldErrors::new();
        let language = errors.check(
            "language",
            Language::from_tag(language).ok_or("language-invalid"),
        );
        // The same rules as the entry's own title and description (one line for a
        // title; the right message for each problem).
        let title = errors.check(
            "title",
            checked_text(
                title,
                MAX_TITLE_CHARS,
                false,
                "title-required",
                "title-too-long",
            ),
        );
        let description = errors.check(
            "description",
            checked_text(
                description,
                MAX_DESCRIPTION_CHARS,
                true,
                "description-required",
                "description-too-long",
            ),
        );
        let translator = errors.check(
            "translator",
            checked_text(
                translator,
                MAX_TRANSLATOR_CHARS,
                false,
                "name-required",
                "name-too-long",
            ),
        );
        match (language, title, description, translator) {
            (Some(language), Some(title), Some(description), Some(translator))
                if errors.is_empty() =>
            {
                Ok(Translation {
                    language,
                    title,
                    description,
                    translator,
                })
            }
            _ => Err(errors),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_complete_translation_is_accepted_and_trimmed() {
        let t = Translation::parse("fr", " Écoles ", "Des écoles.", " Service ").unwrap();
        assert_eq!(t.language, Language::Fr);
        assert_eq!(t.title, "Écoles");
        assert_eq!(t.translator, "Service");
    }

    #[test]
    fn every_part_is_required() {
        let fields = |e: FieldErrors| e.0.iter().map(|e| e.field).collect::<Vec<_>>();
        assert_eq!(
            fields(Translation::parse("fr", "Écoles", "", "Service").unwrap_err()),
            vec!["description"]
        );
        assert_eq!(
            fields(Translation::parse("xx", "", " ", "").unwrap_err()),
            vec!["language", "title", "description", "translator"]
        );
        let long = "x".repeat(MAX_TITLE_CHARS + 1);
        assert_eq!(
            fields(Translation::parse("fr", &long, "D", "S").unwrap_err()),
            vec!["title"]
        );
    }
}
