//! The agenda in exchange formats, all derived from one published
//! [`Schedule`]: C3VOC schedule JSON, frab schedule XML (both as in the
//! schemas of `voc/schedule`), iCalendar (RFC 5545, with the venue's time
//! zone as a VTIMEZONE), xCal (RFC 6321) and CSV.

mod calendar;
mod frab;
mod table;

pub use calendar::{ics, xcal};
pub use frab::{schedule_json, schedule_xml};
pub use table::csv;

use jiff::Timestamp;
use jiff::tz::TimeZone;
use sha2::{Digest, Sha256};
use std::fmt::Write as _;
use wsis_domain::forum::schedule::{Schedule, Session};

/// What a set of exports needs besides the schedule.
pub struct ExportCtx<'a> {
    pub schedule: &'a Schedule,
    /// The platform's address, without trailing slash.
    pub base_url: &'a str,
    /// The language of the pages the exports link to.
    pub lang: &'a str,
    /// The name of a session type in the export's language.
    pub type_name: &'a dyn Fn(&str) -> String,
    /// The name of a speaker role.
    pub role_name: &'a dyn Fn(&str) -> String,
    pub tz: TimeZone,
}

/// A stable UUID for a thing of an edition (RFC 9562 version 8, from SHA-256).
pub fn guid(year: i64, kind: &str, id: i64) -> String {
    let h = Sha256::digest(format!("wsis-forum:{year}:{kind}:{id}").as_bytes());
    let mut b = [0u8; 16];
    b.copy_from_slice(&h[..16]);
    b[6] = (b[6] & 0x0f) | 0x80;
    b[8] = (b[8] & 0x3f) | 0x80;
    let hex: String = b.iter().map(|x| format!("{x:02x}")).collect();
    format!(
        "{}-{}-{}-{}-{}",
        &hex[..8],
        &hex[8..12],
        &hex[12..16],
        &hex[16..20],
        &hex[20..]
    )
}

fn acronym(year: i64) -> String {
    format!("wsis{year}")
}

/// A slug for a session: `wsis2019-123-digital-skills-for-all`.
pub fn slug(year: i64, s: &Session) -> String {
    let mut words = String::new();
    for c in s.title.chars() {
        if c.is_ascii_alphanumeric() {
            words.push(c.to_ascii_lowercase());
        } else if !words.ends_with('-') && !words.is_empty() {
            words.push('-');
        }
        if words.len() >= 40 {
            break;
        }
    }
    let words = words.trim_matches('-');
    let words = if words.len() < 4 { "session" } else { words };
    format!("{}-{}-{}", acronym(year), s.number, words)
}

impl ExportCtx<'_> {
    fn zoned(&self, t: i64) -> jiff::ZonedDateTime {
        Timestamp::from_second(t)
            .unwrap_or(Timestamp::UNIX_EPOCH)
            .to_zoned_datetime(self.tz.clone())
    }
    /// `2019-04-08T09:00:00+02:00`
    fn iso(&self, t: i64) -> String {
        self.zoned(t).strftime("%Y-%m-%dT%H:%M:%S%:z").to_string()
    }
    fn local_date(&self, t: i64) -> String {
        self.zoned(t).strftime("%Y-%m-%d").to_string()
    }
    fn hhmm(&self, t: i64) -> String {
        self.zoned(t).strftime("%H:%M").to_string()
    }
    fn session_url(&self, s: &Session) -> String {
        format!(
            "{}/{}/forum/{}/sessions/{}",
            self.base_url, self.lang, self.schedule.edition.year, s.number
        )
    }
    fn agenda_url(&self) -> String {
        format!(
            "{}/{}/forum/{}/agenda",
            self.base_url, self.lang, self.schedule.edition.year
        )
    }
    fn room_name(&self, s: &Session) -> String {
        self.schedule
            .room(s.room_id)
            .map(|r| r.name.clone())
            .unwrap_or_default()
    }
    fn title(&self) -> String {
        format!("WSIS Forum {}", self.schedule.edition.year)
    }
    fn language(s: &Session) -> String {
        s.languages
            .iter()
            .map(|l| l.code())
            .collect::<Vec<_>>()
            .join(",")
    }
    fn description(&self, s: &Session) -> String {
        let mut d = s.abstract_md.clone();
        if !s.organisers.is_empty() {
            let _ = write!(d, "\n\n{}", s.organisers.join("; "));
        }
        d
    }

    /// The days of the schedule: (index from 1, local date, sessions).
    pub fn days(&self, sessions: &[&'_ Session]) -> Vec<(usize, String, Vec<usize>)> {
        let mut dates: Vec<String> = Vec::new();
        let first = jiff::civil::Date::strptime("%Y-%m-%d", &self.schedule.edition.starts_on).ok();
        let last = jiff::civil::Date::strptime("%Y-%m-%d", &self.schedule.edition.ends_on).ok();
        if let (Some(mut d), Some(last)) = (first, last) {
            while d <= last && dates.len() < 31 {
                dates.push(d.strftime("%Y-%m-%d").to_string());
                d = match d.tomorrow() {
                    Ok(n) => n,
                    Err(_) => break,
                };
            }
        }
        let mut out: Vec<(usize, String, Vec<usize>)> = dates
            .into_iter()
            .enumerate()
            .map(|(i, d)| (i + 1, d, Vec::new()))
            .collect();
        for (i, s) in sessions.iter().enumerate() {
            let date = self.local_date(s.starts_at);
            if let Some(day) = out.iter_mut().find(|d| d.1 == date) {
                day.2.push(i);
            }
        }
        out
    }

    /// The bounds of a local day in this time zone (first session start or
    /// 00:00, last end or 23:59).
    fn day_bounds(&self, date: &str, sessions: &[&Session]) -> (String, String) {
        let starts = sessions.iter().map(|s| s.starts_at).min();
        let ends = sessions.iter().map(|s| s.ends_at).max();
        match (starts, ends) {
            (Some(a), Some(b)) => (self.iso(a), self.iso(b)),
            _ => {
                let d = jiff::civil::Date::strptime("%Y-%m-%d", date)
                    .unwrap_or(jiff::civil::date(2000, 1, 1));
                let a = self
                    .tz
                    .to_timestamp(d.at(0, 0, 0, 0))
                    .map(|t| t.as_second())
                    .unwrap_or(0);
                (self.iso(a), self.iso(a + 86_399))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn guids_are_stable_uuids() {
        let g = guid(2019, "session", 7);
        assert_eq!(g, guid(2019, "session", 7));
        assert_ne!(g, guid(2019, "session", 8));
        assert_eq!(g.len(), 36);
        assert_eq!(&g[14..15], "8");
    }
}
