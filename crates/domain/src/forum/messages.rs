//! The secretariat's messages to an edition's people (issue 11, item 5): who they go
//! to, and the text each recipient reads (their language's version if written, else
//! English, else the first written in the UN's order).

use crate::language::Language;
use std::collections::BTreeMap;

/// Who a message goes to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Audience {
    /// The speakers of the accepted sessions (not those who declined).
    Speakers,
    /// The proposers of the accepted sessions.
    Organisers,
    /// Registered participants, as the registrations list filters them.
    Participants,
}

impl Audience {
    pub const ALL: [Audience; 3] = [
        Audience::Speakers,
        Audience::Organisers,
        Audience::Participants,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Audience::Speakers => "speakers",
            Audience::Organisers => "organisers",
            Audience::Participants => "participants",
        }
    }

    pub fn parse(s: &str) -> Result<Audience, &'static str> {
        Audience::ALL
            .into_iter()
            .find(|a| a.code() == s)
            .ok_or("forum-message-audience-invalid")
    }
}

/// The longest text of one language's version, in characters.
pub const MAX_MESSAGE_CHARS: usize = 10_000;

/// The most people one message goes to.
pub const MAX_RECIPIENTS: usize = 20_000;

/// The versions of a message typed in the form, one per language (empty: none).
/// `Err` lists each wrong field (`body-{code}`, or `body-en` when none is written)
/// with its message key.
pub fn parse_bodies(
    typed: &[(Language, String)],
) -> Result<BTreeMap<String, String>, Vec<(&'static str, &'static str)>> {
    let field = |l: Language| match l {
        Language::Ar => "body-ar",
        Language::Zh => "body-zh",
        Language::En => "body-en",
        Language::Fr => "body-fr",
        Language::Ru => "body-ru",
        Language::Es => "body-es",
    };
    let mut out = BTreeMap::new();
    let mut errors = Vec::new();
    for (lang, text) in typed {
        let text = text.trim().replace("\r\n", "\n");
        if text.is_empty() {
            continue;
        }
        if text.chars().count() > MAX_MESSAGE_CHARS {
            errors.push((field(*lang), "forum-message-too-long"));
        } else if !crate::validation::text_is_clean(&text, true) {
            errors.push((field(*lang), "text-invalid-characters"));
        } else {
            out.insert(lang.code().to_owned(), text);
        }
    }
    if out.is_empty() && errors.is_empty() {
        errors.push(("body-en", "forum-message-required"));
    }
    if errors.is_empty() {
        Ok(out)
    } else {
        Err(errors)
    }
}

/// The version a reader of `lang` gets, and its language: their own, else English,
/// else the first written in [`Language::ALL`]'s order.
pub fn version_for(bodies: &BTreeMap<String, String>, lang: Language) -> Option<(Language, &str)> {
    std::iter::once(lang)
        .chain(std::iter::once(Language::En))
        .chain(Language::ALL)
        .find_map(|l| bodies.get(l.code()).map(|t| (l, t.as_str())))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_reader_gets_their_language_else_english_else_the_first_written() {
        let b = parse_bodies(&[
            (Language::Ar, "  مرحبا ".into()),
            (Language::En, "Hello\r\nall".into()),
            (Language::Fr, "".into()),
        ])
        .unwrap();
        assert_eq!(b.len(), 2);
        assert_eq!(version_for(&b, Language::Ar), Some((Language::Ar, "مرحبا")));
        assert_eq!(
            version_for(&b, Language::Fr),
            Some((Language::En, "Hello\nall"))
        );
        let only_zh = parse_bodies(&[(Language::Zh, "你好".into())]).unwrap();
        assert_eq!(
            version_for(&only_zh, Language::Ru),
            Some((Language::Zh, "你好"))
        );
    }

    #[test]
    fn a_message_needs_one_version_within_bounds() {
        assert_eq!(
            parse_bodies(&[(Language::En, "  ".into())]).unwrap_err(),
            vec![("body-en", "forum-message-required")]
        );
        let long = "x".repeat(MAX_MESSAGE_CHARS + 1);
        assert_eq!(
            parse_bodies(&[(Language::Es, long), (Language::En, "ok".into())]).unwrap_err(),
            vec![("body-es", "forum-message-too-long")]
        );
        assert_eq!(Audience::parse("speakers"), Ok(Audience::Speakers));
        assert!(Audience::parse("everyone").is_err());
    }
}
