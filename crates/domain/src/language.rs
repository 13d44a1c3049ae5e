//! The six official UN languages, the only ones the platform's interface and
//! publications use.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// One of the six UN languages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Language {
    Ar,
    Zh,
    En,
    Fr,
    Ru,
    Es,
}

/// Text direction of a script.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Ltr,
    Rtl,
}

impl Language {
    /// All six, in the UN's alphabetical order of their English names.
    pub const ALL: [Language; 6] = [
        Language::Ar,
        Language::Zh,
        Language::En,
        Language::Fr,
        Language::Ru,
        Language::Es,
    ];

    /// The BCP 47 code used in URLs, `lang` attributes and data files.
    pub fn code(self) -> &'static str {
        match self {
            Language::Ar => "ar",
            Language::Zh => "zh",
            Language::En => "en",
            Language::Fr => "fr",
            Language::Ru => "ru",
            Language::Es => "es",
        }
    }

    /// The language's name in itself, as a language switcher shows it.
    pub fn native_name(self) -> &'static str {
        match self {
            Language::Ar => "العربية",
            Language::Zh => "中文",
            Language::En => "English",
            Language::Fr => "Français",
            Language::Ru => "Русский",
            Language::Es => "Español",
        }
    }

    pub fn direction(self) -> Direction {
        match self {
            Language::Ar => Direction::Rtl,
            _ => Direction::Ltr,
        }
    }

    /// `"rtl"` or `"ltr"`, for the `dir` attribute.
    pub fn dir(self) -> &'static str {
        match self.direction() {
            Direction::Rtl => "rtl",
            Direction::Ltr => "ltr",
        }
    }

    /// Parses a code such as `fr`, `zh-Hans`, `zh-CN` or `ES` (the primary
    /// subtag decides); `None` for anything that is not one of the six.
    pub fn from_tag(tag: &str) -> Option<Language> {
        let primary = tag.split(['-', '_']).next()?.trim();
        Language::ALL
            .into_iter()
            .find(|l| l.code().eq_ignore_ascii_case(primary))
    }
}

impl fmt::Display for Language {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl FromStr for Language {
    type Err = UnknownLanguage;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Language::from_tag(s).ok_or(UnknownLanguage)
    }
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("not one of the six UN languages")]
pub struct UnknownLanguage;

/// A text given in each of the six languages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Translated<T = String> {
    pub ar: T,
    pub zh: T,
    pub en: T,
    pub fr: T,
    pub ru: T,
    pub es: T,
}

impl<T> Translated<T> {
    pub fn get(&self, lang: Language) -> &T {
        match lang {
            Language::Ar => &self.ar,
            Language::Zh => &self.zh,
            Language::En => &self.en,
            Language::Fr => &self.fr,
            Language::Ru => &self.ru,
            Language::Es => &self.es,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_resolve_by_primary_subtag() {
        assert_eq!(Language::from_tag("zh-Hans-CN"), Some(Language::Zh));
        assert_eq!(Language::from_tag("FR_ca"), Some(Language::Fr));
        assert_eq!(Language::from_tag("de"), None);
        assert_eq!(Language::from_tag(""), None);
    }

    #[test]
    fn only_arabic_is_right_to_left() {
        for l in Language::ALL {
            assert_eq!(l.dir() == "rtl", l == Language::Ar);
        }
    }
}
