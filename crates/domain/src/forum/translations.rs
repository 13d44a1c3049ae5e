//! Six-language fields where the public reads them (issue 11, item 8): the
//! translations of sessions' titles and abstracts, room names, the venue and
//! partners' names, and the published schedule as read in one language. A
//! text without a translation into the reader's language falls back on its
//! original, which keeps its own language so that pages mark it (`lang` and
//! `dir`, WCAG 3.1.2).

use super::schedule::Schedule;
use crate::language::Language;
use std::collections::{BTreeMap, HashMap};

/// What a translation belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    Session,
    Room,
    /// The edition itself (its venue).
    Edition,
    Partner,
}

impl Kind {
    pub fn code(self) -> &'static str {
        match self {
            Kind::Session => "session",
            Kind::Room => "room",
            Kind::Edition => "edition",
            Kind::Partner => "partner",
        }
    }
    pub fn parse(s: &str) -> Option<Kind> {
        [Kind::Session, Kind::Room, Kind::Edition, Kind::Partner]
            .into_iter()
            .find(|k| k.code() == s)
    }
    /// The fields of this kind that carry translations.
    pub fn fields(self) -> &'static [Field] {
        match self {
            Kind::Session => &[Field::Title, Field::Abstract],
            Kind::Room | Kind::Partner => &[Field::Name],
            Kind::Edition => &[Field::Venue],
        }
    }
}

/// Which text of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Field {
    Title,
    Abstract,
    Name,
    Venue,
}

impl Field {
    pub fn code(self) -> &'static str {
        match self {
            Field::Title => "title",
            Field::Abstract => "abstract",
            Field::Name => "name",
            Field::Venue => "venue",
        }
    }
    pub fn parse(s: &str) -> Option<Field> {
        [Field::Title, Field::Abstract, Field::Name, Field::Venue]
            .into_iter()
            .find(|f| f.code() == s)
    }
    /// The longest translation accepted, in characters (those of the originals' forms).
    pub fn max_chars(self) -> usize {
        match self {
            Field::Abstract => 5000,
            Field::Title => 200,
            Field::Name | Field::Venue => 200,
        }
    }
    /// Whether the text may span lines (Markdown).
    pub fn multiline(self) -> bool {
        self == Field::Abstract
    }
}

/// The translations of an edition: (kind, id, field) → language → text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Translations {
    map: HashMap<(Kind, i64, Field), BTreeMap<Language, String>>,
}

impl Translations {
    pub fn insert(&mut self, kind: Kind, id: i64, field: Field, lang: Language, text: String) {
        self.map
            .entry((kind, id, field))
            .or_default()
            .insert(lang, text);
    }
    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }
    /// The translation of a text into `lang`, if any.
    pub fn get(&self, kind: Kind, id: i64, field: Field, lang: Language) -> Option<&str> {
        self.map
            .get(&(kind, id, field))
            .and_then(|m| m.get(&lang))
            .map(String::as_str)
    }
    /// Every translation of a text.
    pub fn all(&self, kind: Kind, id: i64, field: Field) -> Option<&BTreeMap<Language, String>> {
        self.map.get(&(kind, id, field))
    }
    /// A text as read in `lang`: its translation, else the original (`orig`, written
    /// in `orig_lang`), with the language of what is returned.
    pub fn shown<'a>(
        &'a self,
        kind: Kind,
        id: i64,
        field: Field,
        lang: Language,
        orig: &'a str,
        orig_lang: Language,
    ) -> (&'a str, Language) {
        if lang != orig_lang
            && let Some(t) = self.get(kind, id, field, lang)
        {
            return (t, lang);
        }
        (orig, orig_lang)
    }
}

/// The form field of a text's translation into a language (`title-fr`, …).
pub fn field_name(field: Field, lang: Language) -> &'static str {
    const NAMES: [[&str; 6]; 4] = [
        [
            "title-ar", "title-zh", "title-en", "title-fr", "title-ru", "title-es",
        ],
        [
            "abstract-ar",
            "abstract-zh",
            "abstract-en",
            "abstract-fr",
            "abstract-ru",
            "abstract-es",
        ],
        [
            "name-ar", "name-zh", "name-en", "name-fr", "name-ru", "name-es",
        ],
        [
            "venue-ar", "venue-zh", "venue-en", "venue-fr", "venue-ru", "venue-es",
        ],
    ];
    let f = match field {
        Field::Title => 0,
        Field::Abstract => 1,
        Field::Name => 2,
        Field::Venue => 3,
    };
    let l = Language::ALL.iter().position(|x| *x == lang).unwrap_or(0);
    NAMES[f][l]
}

/// Checks the translations typed for the fields of one thing (`typed`: (field, language,
/// text)), the original being in `orig`: each is cleaned (empty: none), none is too
/// long or in the original's language. Errors name the form's fields.
pub fn parse_texts(
    typed: &[(Field, Language, String)],
    orig: Language,
) -> Result<Vec<(Field, Language, String)>, crate::FieldErrors> {
    let mut errors = crate::FieldErrors::new();
    let mut out = Vec::new();
    for (field, lang, raw) in typed {
        if raw.trim().is_empty() {
            continue;
        }
        let name = field_name(*field, *lang);
        if *lang == orig {
            errors.add(name, "translation-original-language");
            continue;
        }
        match crate::validation::checked_text(
            raw,
            field.max_chars(),
            field.multiline(),
            "translation-too-long",
            "translation-too-long",
        ) {
            Ok(t) => out.push((*field, *lang, t)),
            Err(key) => errors.add(name, key),
        }
    }
    if errors.is_empty() {
        Ok(out)
    } else {
        Err(errors)
    }
}

impl Schedule {
    /// The schedule as read in `lang`: titles, abstracts, room names and the venue
    /// in their translation into it where there is one, each marked with the
    /// language it is in.
    pub fn localized(&self, lang: Language, tr: &Translations) -> Schedule {
        let mut s = self.clone();
        let names = s.edition.lang();
        let (venue, venue_lang) = tr.shown(
            Kind::Edition,
            0,
            Field::Venue,
            lang,
            &self.edition.venue,
            names,
        );
        s.edition.venue = venue.to_owned();
        s.edition.venue_lang = Some(venue_lang);
        for r in &mut s.rooms {
            let (name, l) = tr.shown(Kind::Room, r.id, Field::Name, lang, &r.name, names);
            r.name = name.to_owned();
            r.lang = Some(l);
        }
        for x in &mut s.sessions {
            let orig = x.lang.unwrap_or(names);
            let (title, l) = tr.shown(Kind::Session, x.id, Field::Title, lang, &x.title, orig);
            let (abs, al) = tr.shown(
                Kind::Session,
                x.id,
                Field::Abstract,
                lang,
                &x.abstract_md,
                orig,
            );
            x.title = title.to_owned();
            x.lang = Some(l);
            x.abstract_md = abs.to_owned();
            x.abstract_lang = Some(al);
        }
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::forum::Needs;
    use crate::forum::schedule::{EditionInfo, Room, Session};

    fn schedule() -> Schedule {
        Schedule {
            edition: EditionInfo {
                year: 2020,
                theme: BTreeMap::new(),
                starts_on: "2020-04-06".into(),
                ends_on: "2020-04-09".into(),
                venue: "ITU Headquarters".into(),
                time_zone: "Europe/Zurich".into(),
                lang: None,
                venue_lang: None,
            },
            version: 1,
            published_at: 0,
            rooms: vec![Room {
                id: 7,
                code: "A".into(),
                name: "Room A".into(),
                capacity: 10,
                interpretation: false,
                captioning: false,
                step_free: true,
                lang: None,
            }],
            sessions: vec![Session {
                id: 3,
                number: 1,
                type_code: "workshop".into(),
                track: "forum".into(),
                title: "Données ouvertes".into(),
                abstract_md: "Résumé".into(),
                organisers: vec![],
                speakers: vec![],
                action_lines: vec![],
                sdgs: vec![],
                languages: vec![],
                needs: Needs::default(),
                remote: false,
                remote_url: None,
                room_id: 7,
                starts_at: 0,
                ends_at: 1,
                documents: vec![],
                lang: Some(Language::Fr),
                abstract_lang: None,
            }],
        }
    }

    #[test]
    fn translations_replace_and_originals_keep_their_language() {
        let mut tr = Translations::default();
        tr.insert(
            Kind::Session,
            3,
            Field::Title,
            Language::En,
            "Open data".into(),
        );
        tr.insert(Kind::Room, 7, Field::Name, Language::Ar, "القاعة أ".into());
        tr.insert(
            Kind::Edition,
            0,
            Field::Venue,
            Language::Zh,
            "国际电联总部".into(),
        );
        let s = schedule();
        let en = s.localized(Language::En, &tr);
        assert_eq!(en.sessions[0].title, "Open data");
        assert_eq!(en.sessions[0].lang, Some(Language::En));
        // The abstract has no English translation: the French original, marked French.
        assert_eq!(en.sessions[0].abstract_md, "Résumé");
        assert_eq!(en.sessions[0].abstract_lang, Some(Language::Fr));
        assert_eq!(en.rooms[0].name, "Room A");
        assert_eq!(en.rooms[0].lang, Some(Language::En));
        let ar = s.localized(Language::Ar, &tr);
        assert_eq!(ar.rooms[0].name, "القاعة أ");
        assert_eq!(ar.rooms[0].lang, Some(Language::Ar));
        assert_eq!(ar.sessions[0].title, "Données ouvertes");
        assert_eq!(ar.sessions[0].lang, Some(Language::Fr));
        assert_eq!(ar.edition.venue, "ITU Headquarters");
        assert_eq!(ar.edition.venue_lang, Some(Language::En));
        let zh = s.localized(Language::Zh, &tr);
        assert_eq!(zh.edition.venue, "国际电联总部");
        assert_eq!(zh.edition.venue_lang, Some(Language::Zh));
    }

    #[test]
    fn a_translation_into_the_original_language_is_not_used() {
        let mut tr = Translations::default();
        tr.insert(Kind::Session, 3, Field::Title, Language::Fr, "Autre".into());
        let fr = schedule().localized(Language::Fr, &tr);
        assert_eq!(fr.sessions[0].title, "Données ouvertes");
    }

    #[test]
    fn typed_texts_are_checked() {
        let long = "x".repeat(201);
        let typed = vec![
            (Field::Title, Language::Fr, "  Données ouvertes ".to_owned()),
            (Field::Title, Language::Es, String::new()),
            (Field::Title, Language::Ru, long),
            (Field::Title, Language::En, "Open data".to_owned()),
            (Field::Title, Language::Zh, "a\nb".to_owned()),
        ];
        let errors = parse_texts(&typed, Language::En).unwrap_err();
        assert_eq!(errors.for_field("title-ru"), Some("translation-too-long"));
        assert_eq!(
            errors.for_field("title-en"),
            Some("translation-original-language")
        );
        assert_eq!(
            errors.for_field("title-zh"),
            Some("text-invalid-characters")
        );
        assert_eq!(errors.for_field("title-fr"), None);
        let ok = parse_texts(&typed[..2], Language::En).unwrap();
        assert_eq!(
            ok,
            vec![(Field::Title, Language::Fr, "Données ouvertes".to_owned())]
        );
        let abs = vec![(Field::Abstract, Language::Ar, "سطر\r\nسطر".to_owned())];
        assert_eq!(parse_texts(&abs, Language::En).unwrap()[0].2, "سطر\nسطر");
        assert_eq!(field_name(Field::Venue, Language::Zh), "venue-zh");
    }

    #[test]
    fn codes_round_trip() {
        for k in [Kind::Session, Kind::Room, Kind::Edition, Kind::Partner] {
            assert_eq!(Kind::parse(k.code()), Some(k));
            for f in k.fields() {
                assert_eq!(Field::parse(f.code()), Some(*f));
            }
        }
        assert_eq!(Kind::parse("user"), None);
        assert_eq!(Field::parse("body"), None);
    }
}
