//! The WSIS Photo Contest ("ICTs enabling the SDGs"): contests with a theme in six
//! languages and dated phases; entrants over 18 who hold the rights submit at most
//! [`MAX_PHOTOS`] photos, each with a title, caption, alternative text, place, date and
//! the SDGs it shows; the secretariat screens them; a jury scores the accepted ones and
//! the secretariat awards [`WINNERS`] of them.

use crate::validation::{FieldErrors, checked_text};
use serde::Serialize;
use std::collections::BTreeMap;

/// Photos an entrant may submit to one contest.
pub const MAX_PHOTOS: i64 = 5;
/// Photos awarded per contest (first, second, third).
pub const WINNERS: usize = 3;
/// A juror's score of a photo.
pub const SCORE_RANGE: std::ops::RangeInclusive<i64> = 1..=10;

/// The phases of a contest, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Phase {
    /// Before submissions open.
    Upcoming,
    Submission,
    /// Submissions closed: screening, the jury, the winners chosen.
    Judging,
    /// The winners are public.
    Announced,
}

impl Phase {
    pub const ALL: [Phase; 4] = [
        Phase::Upcoming,
        Phase::Submission,
        Phase::Judging,
        Phase::Announced,
    ];

    /// The key naming it in JSON and the interface strings (`photo-phase-…`).
    pub fn key(self) -> &'static str {
        match self {
            Phase::Upcoming => "upcoming",
            Phase::Submission => "submission",
            Phase::Judging => "judging",
            Phase::Announced => "announced",
        }
    }
}

/// A contest's dates (Unix seconds, UTC), strictly increasing by construction of
/// [`Schedule::parse`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Schedule {
    pub submission_opens: i64,
    pub submission_closes: i64,
    pub announced_at: i64,
}

impl Schedule {
    pub const FIELDS: [&'static str; 3] = ["submission_opens", "submission_closes", "announced_at"];

    /// The dates in order; the field's error when one does not follow the one before.
    pub fn parse(dates: [i64; 3]) -> Result<Schedule, FieldErrors> {
        let mut errors = FieldErrors::new();
        for i in 1..3 {
            if dates[i] <= dates[i - 1] {
                errors.add(Self::FIELDS[i], "photo-date-order");
            }
        }
        errors.into_result()?;
        Ok(Schedule {
            submission_opens: dates[0],
            submission_closes: dates[1],
            announced_at: dates[2],
        })
    }

    pub fn phase_at(&self, t: i64) -> Phase {
        if t < self.submission_opens {
            Phase::Upcoming
        } else if t < self.submission_closes {
            Phase::Submission
        } else if t < self.announced_at {
            Phase::Judging
        } else {
            Phase::Announced
        }
    }

    /// Each phase with its start and end (none for the last).
    pub fn timeline(&self) -> [(Phase, i64, Option<i64>); 3] {
        [
            (
                Phase::Submission,
                self.submission_opens,
                Some(self.submission_closes),
            ),
            (
                Phase::Judging,
                self.submission_closes,
                Some(self.announced_at),
            ),
            (Phase::Announced, self.announced_at, None),
        ]
    }
}

/// The optional public vote's window (Unix seconds), from the form's two dates: neither
/// (no public vote) or both, opening once submissions have closed, closing after it opens
/// and by the announcement.
pub fn parse_vote_window(
    s: &Schedule,
    opens: Option<i64>,
    closes: Option<i64>,
) -> Result<Option<(i64, i64)>, FieldErrors> {
    let mut errors = FieldErrors::new();
    match (opens, closes) {
        (None, None) => return Ok(None),
        (None, Some(_)) => errors.add("vote_opens", "photo-date-required"),
        (Some(_), None) => errors.add("vote_closes", "photo-date-required"),
        (Some(a), Some(b)) => {
            if a < s.submission_closes {
                errors.add("vote_opens", "photo-vote-window-invalid");
            }
            if b <= a {
                errors.add("vote_closes", "photo-date-order");
            } else if b > s.announced_at {
                errors.add("vote_closes", "photo-vote-window-invalid");
            }
        }
    }
    errors.into_result()?;
    Ok(opens.zip(closes))
}

/// A contest's theme, per language code; English is required, the others fall back to it.
pub fn parse_theme(
    raw: &BTreeMap<String, String>,
) -> Result<BTreeMap<String, String>, FieldErrors> {
    let mut errors = FieldErrors::new();
    let mut out = BTreeMap::new();
    for lang in crate::Language::ALL {
        let code = lang.code();
        let text = raw.get(code).map(|s| s.trim()).unwrap_or_default();
        if text.is_empty() {
            if lang == crate::Language::En {
                errors.add("theme_en", "photo-theme-required");
            }
            continue;
        }
        match checked_text(
            text,
            200,
            false,
            "photo-theme-required",
            "photo-theme-too-long",
        ) {
            Ok(t) => {
                out.insert(code.to_owned(), t);
            }
            Err(k) => errors.add(theme_field(lang), k),
        }
    }
    errors.into_result()?;
    Ok(out)
}

/// The form field of the theme in `lang`.
pub fn theme_field(lang: crate::Language) -> &'static str {
    match lang {
        crate::Language::Ar => "theme_ar",
        crate::Language::Zh => "theme_zh",
        crate::Language::En => "theme_en",
        crate::Language::Fr => "theme_fr",
        crate::Language::Ru => "theme_ru",
        crate::Language::Es => "theme_es",
    }
}

/// A photo's description as typed.
#[derive(Debug, Clone, Default, serde::Deserialize)]
pub struct PhotoInput {
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub caption: String,
    #[serde(default)]
    pub alt: String,
    #[serde(default)]
    pub place: String,
    /// `YYYY-MM-DD`.
    #[serde(default)]
    pub taken_on: String,
    #[serde(default)]
    pub sdgs: Vec<String>,
}

/// A photo's description, valid by construction of [`PhotoInput::parse`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PhotoData {
    pub title: String,
    pub caption: String,
    pub alt: String,
    pub place: String,
    pub taken_on: String,
    /// 1–17, ascending, at least one.
    pub sdgs: Vec<u8>,
}

/// Whether `s` is a real civil date `YYYY-MM-DD` (1900 or later).
fn civil_date(s: &str) -> Option<(i64, i64, i64)> {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let y: i64 = s[..4].parse().ok()?;
    let m: i64 = s[5..7].parse().ok()?;
    let d: i64 = s[8..].parse().ok()?;
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return None,
    };
    (y >= 1900 && (1..=days).contains(&d)).then_some((y, m, d))
}

impl PhotoInput {
    /// Checks every field; `today` (`YYYY-MM-DD`, UTC) bounds the date the photo was
    /// taken.
    pub fn parse(&self, today: &str) -> Result<PhotoData, FieldErrors> {
        let mut errors = FieldErrors::new();
        let title = errors.check(
            "title",
            checked_text(
                &self.title,
                120,
                false,
                "photo-title-required",
                "photo-title-too-long",
            ),
        );
        let caption = errors.check(
            "caption",
            checked_text(
                &self.caption,
                600,
                true,
                "photo-caption-required",
                "photo-caption-too-long",
            ),
        );
        let alt = errors.check(
            "alt",
            checked_text(
                &self.alt,
                300,
                false,
                "photo-alt-required",
                "photo-alt-too-long",
            ),
        );
        let place = errors.check(
            "place",
            checked_text(
                &self.place,
                120,
                false,
                "photo-place-required",
                "photo-place-too-long",
            ),
        );
        // Submissions are accepted in English only (the contest's rule, as the prizes').
        for (field, text) in [
            ("title", &title),
            ("caption", &caption),
            ("alt", &alt),
            ("place", &place),
        ] {
            if let Some(t) = text
                && !crate::prizes::is_latin_text(t)
            {
                errors.add(field, "photo-english-only");
            }
        }
        let taken_on = self.taken_on.trim();
        if civil_date(taken_on).is_none() {
            errors.add("taken_on", "photo-date-invalid");
        } else if taken_on > today {
            errors.add("taken_on", "photo-date-future");
        }
        let mut sdgs = Vec::new();
        for raw in &self.sdgs {
            match raw.trim().parse::<u8>() {
                Ok(g @ 1..=17) => sdgs.push(g),
                _ => {
                    errors.add("sdgs", "photo-sdg-invalid");
                    break;
                }
            }
        }
        sdgs.sort_unstable();
        sdgs.dedup();
        if sdgs.is_empty() && errors.for_field("sdgs").is_none() {
            errors.add("sdgs", "photo-sdg-required");
        }
        errors.into_result()?;
        Ok(PhotoData {
            title: title.unwrap_or_default(),
            caption: caption.unwrap_or_default(),
            alt: alt.unwrap_or_default(),
            place: place.unwrap_or_default(),
            taken_on: taken_on.to_owned(),
            sdgs,
        })
    }
}

/// The status of a photo.
pub mod status {
    /// Waiting for the secretariat's screening.
    pub const SUBMITTED: &str = "submitted";
    /// In the gallery, before the jury.
    pub const ACCEPTED: &str = "accepted";
    /// Out (with the secretariat's reason, shown to the entrant).
    pub const REJECTED: &str = "rejected";
}

/// A photo's place in the jury's ranking: its mean score and how many jurors scored it.
#[derive(Debug, Clone, PartialEq)]
pub struct Ranked {
    pub photo: i64,
    pub mean: f64,
    pub scores: i64,
}

/// Orders photos by mean score (highest first), then by how many jurors scored them,
/// then by id (the earlier submission first): a stable, explainable order.
pub fn rank(photos: &mut [Ranked]) {
    photos.sort_by(|a, b| {
        b.mean
            .total_cmp(&a.mean)
            .then(b.scores.cmp(&a.scores))
            .then(a.photo.cmp(&b.photo))
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input() -> PhotoInput {
        PhotoInput {
            title: "Solar classroom".into(),
            caption: "Pupils in Kisumu learn with tablets charged by the sun.".into(),
            alt: "Six pupils around a tablet under a solar panel".into(),
            place: "Kisumu, Kenya".into(),
            taken_on: "2018-11-02".into(),
            sdgs: vec!["4".into(), "7".into(), "4".into()],
        }
    }

    #[test]
    fn a_photo_needs_every_field_a_real_past_date_and_an_sdg() {
        let p = input().parse("2019-01-01").unwrap();
        assert_eq!(p.sdgs, vec![4, 7]);
        let e = PhotoInput::default().parse("2019-01-01").unwrap_err();
        for (field, key) in [
            ("title", "photo-title-required"),
            ("caption", "photo-caption-required"),
            ("alt", "photo-alt-required"),
            ("place", "photo-place-required"),
            ("taken_on", "photo-date-invalid"),
            ("sdgs", "photo-sdg-required"),
        ] {
            assert_eq!(e.for_field(field), Some(key), "{field}");
        }
        let mut i = input();
        i.taken_on = "2019-02-29".into();
        assert_eq!(
            i.parse("2020-01-01").unwrap_err().for_field("taken_on"),
            Some("photo-date-invalid")
        );
        i.taken_on = "2019-03-01".into();
        assert_eq!(
            i.parse("2019-01-01").unwrap_err().for_field("taken_on"),
            Some("photo-date-future")
        );
        i.taken_on = "2018-01-01".into();
        i.title = "Солнечный класс".into();
        assert_eq!(
            i.parse("2019-01-01").unwrap_err().for_field("title"),
            Some("photo-english-only")
        );
        i.title = "Solar classroom".into();
        i.sdgs = vec!["18".into()];
        assert_eq!(
            i.parse("2019-01-01").unwrap_err().for_field("sdgs"),
            Some("photo-sdg-invalid")
        );
    }

    #[test]
    fn phases_follow_the_dates() {
        assert!(Schedule::parse([10, 10, 30]).is_err());
        let s = Schedule::parse([10, 20, 30]).unwrap();
        assert_eq!(s.phase_at(9), Phase::Upcoming);
        assert_eq!(s.phase_at(10), Phase::Submission);
        assert_eq!(s.phase_at(20), Phase::Judging);
        assert_eq!(s.phase_at(30), Phase::Announced);
    }

    #[test]
    fn the_public_vote_runs_within_the_judging_phase() {
        let s = Schedule::parse([10, 20, 30]).unwrap();
        assert_eq!(parse_vote_window(&s, None, None).unwrap(), None);
        assert_eq!(
            parse_vote_window(&s, Some(20), Some(30)).unwrap(),
            Some((20, 30))
        );
        let e = parse_vote_window(&s, Some(15), Some(31)).unwrap_err();
        assert_eq!(e.for_field("vote_opens"), Some("photo-vote-window-invalid"));
        assert_eq!(
            e.for_field("vote_closes"),
            Some("photo-vote-window-invalid")
        );
        assert_eq!(
            parse_vote_window(&s, Some(25), Some(25))
                .unwrap_err()
                .for_field("vote_closes"),
            Some("photo-date-order")
        );
        assert_eq!(
            parse_vote_window(&s, Some(25), None)
                .unwrap_err()
                .for_field("vote_closes"),
            Some("photo-date-required")
        );
    }

    #[test]
    fn the_theme_needs_english_and_keeps_the_others() {
        let mut raw = BTreeMap::new();
        raw.insert("fr".to_owned(), "Les TIC au service des ODD".to_owned());
        assert_eq!(
            parse_theme(&raw).unwrap_err().for_field("theme_en"),
            Some("photo-theme-required")
        );
        raw.insert("en".to_owned(), " ICTs enabling the SDGs ".to_owned());
        let t = parse_theme(&raw).unwrap();
        assert_eq!(t["en"], "ICTs enabling the SDGs");
        assert_eq!(t.len(), 2);
    }

    #[test]
    fn the_ranking_is_by_mean_then_scores_then_age() {
        let mut r = vec![
            Ranked {
                photo: 3,
                mean: 8.0,
                scores: 2,
            },
            Ranked {
                photo: 1,
                mean: 8.0,
                scores: 2,
            },
            Ranked {
                photo: 2,
                mean: 8.0,
                scores: 3,
            },
            Ranked {
                photo: 4,
                mean: 9.5,
                scores: 1,
            },
        ];
        rank(&mut r);
        let order: Vec<i64> = r.iter().map(|x| x.photo).collect();
        assert_eq!(order, vec![4, 2, 1, 3]);
    }
}
