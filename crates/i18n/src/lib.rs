//! Interface text in the six UN languages: Fluent bundles (one per language,
//! compiled into the binary), language negotiation, and locale formatting of
//! numbers, dates and times. Pages, e-mails and documents all use it.

mod format;
mod negotiate;

pub use format::{
    collate, format_date, format_datetime, format_decimal1, format_local_date, format_number,
    format_time,
};
pub use negotiate::negotiate;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::borrow::Cow;
use wsis_domain::Language;

/// The FTL source of each language (`main.ftl`, `forum.ftl`, `outcomes.ftl`, `prizes.ftl`, `photos.ftl`, `hackathon.ftl`), embedded
/// at build time.
pub fn source(lang: Language) -> &'static str {
    match lang {
        Language::Ar => concat!(
            include_str!("../../../locales/ar/main.ftl"),
            "\n",
            include_str!("../../../locales/ar/forum.ftl"),
            "\n",
            include_str!("../../../locales/ar/outcomes.ftl"),
            "\n",
            include_str!("../../../locales/ar/prizes.ftl"),
            "\n",
            include_str!("../../../locales/ar/photos.ftl"),
            "\n",
            include_str!("../../../locales/ar/hackathon.ftl"),
            "\n",
            include_str!("../../../locales/ar/captions.ftl")
        ),
        Language::Zh => concat!(
            include_str!("../../../locales/zh/main.ftl"),
            "\n",
            include_str!("../../../locales/zh/forum.ftl"),
            "\n",
            include_str!("../../../locales/zh/outcomes.ftl"),
            "\n",
            include_str!("../../../locales/zh/prizes.ftl"),
            "\n",
            include_str!("../../../locales/zh/photos.ftl"),
            "\n",
            include_str!("../../../locales/zh/hackathon.ftl"),
            "\n",
            include_str!("../../../locales/zh/captions.ftl")
        ),
        Language::En => concat!(
            include_str!("../../../locales/en/main.ftl"),
            "\n",
            include_str!("../../../locales/en/forum.ftl"),
            "\n",
            include_str!("../../../locales/en/outcomes.ftl"),
            "\n",
            include_str!("../../../locales/en/prizes.ftl"),
            "\n",
            include_str!("../../../locales/en/photos.ftl"),
            "\n",
            include_str!("../../../locales/en/hackathon.ftl"),
            "\n",
            include_str!("../../../locales/en/captions.ftl")
        ),
        Language::Fr => concat!(
            include_str!("../../../locales/fr/main.ftl"),
            "\n",
            include_str!("../../../locales/fr/forum.ftl"),
            "\n",
            include_str!("../../../locales/fr/outcomes.ftl"),
            "\n",
            include_str!("../../../locales/fr/prizes.ftl"),
            "\n",
            include_str!("../../../locales/fr/photos.ftl"),
            "\n",
            include_str!("../../../locales/fr/hackathon.ftl"),
            "\n",
            include_str!("../../../locales/fr/captions.ftl")
        ),
        Language::Ru => concat!(
            include_str!("../../../locales/ru/main.ftl"),
            "\n",
            include_str!("../../../locales/ru/forum.ftl"),
            "\n",
            include_str!("../../../locales/ru/outcomes.ftl"),
            "\n",
            include_str!("../../../locales/ru/prizes.ftl"),
            "\n",
            include_str!("../../../locales/ru/photos.ftl"),
            "\n",
            include_str!("../../../locales/ru/hackathon.ftl"),
            "\n",
            include_str!("../../../locales/ru/captions.ftl")
        ),
        Language::Es => concat!(
            include_str!("../../../locales/es/main.ftl"),
            "\n",
            include_str!("../../../locales/es/forum.ftl"),
            "\n",
            include_str!("../../../locales/es/outcomes.ftl"),
            "\n",
            include_str!("../../../locales/es/prizes.ftl"),
            "\n",
            include_str!("../../../locales/es/photos.ftl"),
            "\n",
            include_str!("../../../locales/es/hackathon.ftl"),
            "\n",
            include_str!("../../../locales/es/captions.ftl")
        ),
    }
}

/// An argument of a message: text, or a number (which also selects plurals
/// and is shown with the locale's grouping).
#[derive(Debug, Clone)]
pub enum Arg<'a> {
    Str(Cow<'a, str>),
    Num(i64),
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(s: &'a str) -> Self {
        Arg::Str(Cow::Borrowed(s))
    }
}
impl From<String> for Arg<'_> {
    fn from(s: String) -> Self {
        Arg::Str(Cow::Owned(s))
    }
}
impl<'a> From<&'a String> for Arg<'a> {
    fn from(s: &'a String) -> Self {
        Arg::Str(Cow::Borrowed(s.as_str()))
    }
}
impl From<i64> for Arg<'_> {
    fn from(n: i64) -> Self {
        Arg::Num(n)
    }
}
impl From<usize> for Arg<'_> {
    fn from(n: usize) -> Self {
        Arg::Num(n as i64)
    }
}

/// The six bundles. Build once at start; share by reference.
pub struct I18n {
    bundles: Vec<(Language, FluentBundle<FluentResource>)>,
}

impl std::fmt::Debug for I18n {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("I18n")
    }
}

/// Fluent's formatter hook is a plain function, so there is one per language.
fn number_formatter<const L: usize>(
    v: &FluentValue,
    _m: &intl_memoizer::concurrent::IntlLangMemoizer,
) -> Option<String> {
    match v {
        FluentValue::Number(n)
            if n.value.fract() == 0.0 && n.options.minimum_fraction_digits.is_none() =>
        {
            Some(format_number(Language::ALL[L], n.value as i64))
        }
        _ => None,
    }
}

impl I18n {
    /// Parses all six files. Panics on a syntax error: the files ship with
    /// the binary and a test parses them.
    pub fn new() -> I18n {
        let mut bundles = Vec::new();
        for (i, lang) in Language::ALL.into_iter().enumerate() {
            let res = FluentResource::try_new(source(lang).to_owned())
                .unwrap_or_else(|(_, errs)| panic!("locales/{lang}/main.ftl: {errs:?}"));
            let langid = lang
                .code()
                .parse()
                .unwrap_or_else(|_| panic!("{lang} is a valid language identifier"));
            let mut bundle = FluentBundle::new_concurrent(vec![langid]);
            bundle.set_formatter(Some(match i {
                0 => number_formatter::<0>,
                1 => number_formatter::<1>,
                2 => number_formatter::<2>,
                3 => number_formatter::<3>,
                4 => number_formatter::<4>,
                _ => number_formatter::<5>,
            }));
            bundle
                .add_resource(res)
                .unwrap_or_else(|e| panic!("locales/{lang}/main.ftl: {e:?}"));
            bundles.push((lang, bundle));
        }
        I18n { bundles }
    }

    fn bundle(&self, lang: Language) -> &FluentBundle<FluentResource> {
        &self
            .bundles
            .iter()
            .find(|(l, _)| *l == lang)
            .unwrap_or(&self.bundles[2])
            .1
    }

    /// The message `key` in `lang`. A missing key falls back to English,
    /// then to the key itself (and a test makes sure neither happens).
    pub fn tr(&self, lang: Language, key: &str) -> String {
        self.tr_args(lang, key, &[])
    }

    /// The message `key` with arguments.
    pub fn tr_args(&self, lang: Language, key: &str, args: &[(&str, Arg<'_>)]) -> String {
        self.try_tr(lang, key, args)
            .or_else(|| self.try_tr(Language::En, key, args))
            .unwrap_or_else(|| key.to_owned())
    }

    fn try_tr(&self, lang: Language, key: &str, args: &[(&str, Arg<'_>)]) -> Option<String> {
        let bundle = self.bundle(lang);
        let pattern = bundle.get_message(key)?.value()?;
        let mut fargs = FluentArgs::new();
        for (name, v) in args {
            match v {
                Arg::Str(s) => fargs.set(*name, FluentValue::from(s.as_ref())),
                Arg::Num(n) => fargs.set(*name, FluentValue::from(*n)),
            }
        }
        let mut errors = Vec::new();
        let out = bundle.format_pattern(pattern, Some(&fargs), &mut errors);
        Some(out.into_owned())
    }

    /// Whether `lang` has its own message for `key`.
    pub fn has(&self, lang: Language, key: &str) -> bool {
        self.bundle(lang).get_message(key).is_some()
    }

    /// Every message id of a language's file, in file order.
    pub fn keys(lang: Language) -> Vec<String> {
        let res = FluentResource::try_new(source(lang).to_owned()).unwrap_or_else(|(r, _)| r);
        res.entries()
            .filter_map(|e| match e {
                fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_owned()),
                _ => None,
            })
            .collect()
    }
}

impl Default for I18n {
    fn default() -> Self {
        Self::new()
    }
}

/// The interface strings, parsed once: pages, e-mails and documents share them.
pub static I18N: std::sync::LazyLock<I18n> = std::sync::LazyLock::new(I18n::new);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_has_exactly_the_english_keys() {
        let en = I18n::keys(Language::En);
        assert!(en.len() > 100);
        for lang in Language::ALL {
            let keys = I18n::keys(lang);
            let missing: Vec<_> = en.iter().filter(|k| !keys.contains(k)).collect();
            let extra: Vec<_> = keys.iter().filter(|k| !en.contains(k)).collect();
            assert!(
                missing.is_empty() && extra.is_empty(),
                "{lang}: missing {missing:?}, extra {extra:?}"
            );
        }
    }

    #[test]
    fn every_file_parses_without_errors() {
        for lang in Language::ALL {
            if let Err((_, errs)) = FluentResource::try_new(source(lang).to_owned()) {
                panic!("{lang}: {errs:?}");
            }
        }
    }

    #[test]
    fn every_message_formats_without_errors_in_every_language() {
        let i = I18n::new();
        for lang in Language::ALL {
            for key in I18n::keys(Language::En) {
                let bundle = i.bundle(lang);
                let Some(pattern) = bundle.get_message(&key).and_then(|m| m.value()) else {
                    continue;
                };
                let mut args = FluentArgs::new();
                for name in [
                    "name",
                    "email",
                    "count",
                    "number",
                    "date",
                    "section",
                    "actionLines",
                    "goals",
                    "targets",
                    "countries",
                    "agency",
                    "line",
                    "title",
                    "row",
                    "field",
                    "year",
                    "zone",
                    "start",
                    "end",
                    "time",
                    "from",
                    "to",
                    "role",
                    "created",
                    "updated",
                    "unchanged",
                    "version",
                    "due",
                    "dated",
                    "goal",
                    "stakeholder",
                    "venue",
                    "theme",
                    "phase",
                    "total",
                    "champions",
                    "voided",
                    "voters",
                    "low",
                    "high",
                    "experts",
                    "min",
                    "max",
                    "category",
                    "organisation",
                    "what",
                    "place",
                    "n",
                    "scored",
                    "waiting",
                    "accepted",
                    "rejected",
                    "captain",
                    "challenge",
                    "deadline",
                    "files",
                    "team",
                    "dates",
                    "day",
                    "checked",
                    "text",
                    "score",
                    "confirmed",
                    "id",
                    "when",
                    "room",
                    "was",
                    "wasroom",
                    "file",
                    "source",
                    "size",
                ] {
                    args.set(name, FluentValue::from(3));
                }
                let mut errors = Vec::new();
                bundle.format_pattern(pattern, Some(&args), &mut errors);
                assert!(errors.is_empty(), "{lang} {key}: {errors:?}");
            }
        }
    }

    /// Issue 11, item 10: wherever a message chooses its words by `$count`, it has the
    /// words of every plural category of its language (CLDR: Arabic zero, one, two,
    /// few, many, other; Russian one, few, many, other), so that 940 or 3,047 take their
    /// own form and not the default one.
    #[test]
    fn every_count_selector_covers_the_languages_plural_categories() {
        use fluent_syntax::ast::{
            Entry, Expression, InlineExpression, Pattern, PatternElement, VariantKey,
        };
        fn selects(p: &Pattern<&str>, out: &mut Vec<Vec<String>>) {
            for e in &p.elements {
                let PatternElement::Placeable {
                    expression: Expression::Select { selector, variants },
                } = e
                else {
                    continue;
                };
                if let InlineExpression::VariableReference { id } = selector
                    && id.name == "count"
                {
                    out.push(
                        variants
                            .iter()
                            .filter_map(|v| match &v.key {
                                VariantKey::Identifier { name } => Some((*name).to_owned()),
                                VariantKey::NumberLiteral { .. } => None,
                            })
                            .collect(),
                    );
                }
                for v in variants {
                    selects(&v.value, out);
                }
            }
        }
        for (lang, needed) in [
            (
                Language::Ar,
                &["zero", "one", "two", "few", "many", "other"][..],
            ),
            (Language::Ru, &["one", "few", "many", "other"][..]),
            (Language::En, &["one", "other"][..]),
            (Language::Fr, &["one", "other"][..]),
            (Language::Es, &["one", "other"][..]),
        ] {
            let resource = fluent_syntax::parser::parse(source(lang)).expect("parses");
            let mut checked = 0;
            for entry in &resource.body {
                let Entry::Message(m) = entry else { continue };
                let Some(value) = &m.value else { continue };
                let mut found = Vec::new();
                selects(value, &mut found);
                for keys in found {
                    checked += 1;
                    for n in needed {
                        assert!(
                            keys.iter().any(|k| k == n),
                            "{lang} {}: no [{n}] variant ({keys:?})",
                            m.id.name
                        );
                    }
                }
            }
            assert!(checked > 10, "{lang}: {checked}");
        }
    }

    #[test]
    fn plurals_and_numbers_follow_the_locale() {
        let i = I18n::new();
        let one = i.tr_args(Language::En, "admin-users-count", &[("count", 1i64.into())]);
        assert_eq!(one, "One account");
        let many = i.tr_args(
            Language::En,
            "admin-users-count",
            &[("count", 12345i64.into())],
        );
        assert_eq!(many, "\u{2068}12,345\u{2069} accounts");
        let fr = i.tr_args(
            Language::Fr,
            "admin-users-count",
            &[("count", 12345i64.into())],
        );
        assert!(fr.contains("12\u{202f}345"), "{fr}");
    }

    #[test]
    fn import_counts_agree_in_number() {
        let i = I18n::new();
        let strip = |s: String| s.replace(['\u{2068}', '\u{2069}'], "");
        let done = |lang, n: i64| strip(i.tr_args(lang, "import-done", &[("count", n.into())]));
        assert_eq!(done(Language::En, 1), "1 entry imported and published.");
        assert_eq!(done(Language::En, 2), "2 entries imported and published.");
        assert_eq!(done(Language::Fr, 1), "1 fiche importée et publiée.");
        assert_eq!(done(Language::Fr, 3), "3 fiches importées et publiées.");
        assert_eq!(done(Language::Es, 1), "1 ficha importada y publicada.");
        let ok = strip(i.tr_args(Language::En, "import-ok", &[("count", 1i64.into())]));
        assert_eq!(ok, "The file is valid: 1 entry.");
    }

    #[test]
    fn unknown_keys_fall_back_to_the_key() {
        assert_eq!(I18n::new().tr(Language::Ar, "no-such-key"), "no-such-key");
    }
}
