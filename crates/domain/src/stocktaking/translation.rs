//! A translation of an entry's title and description: one check for the entry page's
//! form and for the import.

use super::Translation;
use crate::language::Language;
use crate::validation::FieldErrors;

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
        let within = |s: &str, max: usize| !s.is_empty() && s.chars().count() <= max;
        let (title, description, translator) =
            (title.trim(), description.trim(), translator.trim());
        if !within(title, MAX_TITLE_CHARS) {
            errors.add("title", "title-required");
        }
        if !within(description, MAX_DESCRIPTION_CHARS) {
            errors.add("description", "description-required");
        }
        if !within(translator, MAX_TRANSLATOR_CHARS) {
            errors.add("translator", "name-required");
        }
        match language {
            Some(language) if errors.is_empty() => Ok(Translation {
                language,
                title: title.to_owned(),
                description: description.to_owned(),
                translator: translator.to_owned(),
            }),
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
