//! The agenda in exchange formats, all derived from one published
//! [`Schedule`]: C3VOC schedule JSON, frab schedule XML (both as in the
//! schemas of `voc/schedule`), iCalendar (RFC 5545, with the venue's time
//! zone as a VTIMEZONE), xCal (RFC 6321) and CSV.

use jiff::Timestamp;
use jiff::tz::TimeZone;
use quick_xml::escape::escape;
use serde_json::{Value, json};
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

fn duration(secs: i64) -> String {
    format!("{:02}:{:02}", secs / 3600, (secs % 3600) / 60)
}

/// C3VOC schedule JSON (schema v1).
pub fn schedule_json(x: &ExportCtx, sessions: &[&Session]) -> String {
    let e = &x.schedule.edition;
    let days: Vec<Value> = x
        .days(sessions)
        .into_iter()
        .map(|(index, date, idx)| {
            let day_sessions: Vec<&Session> = idx.iter().map(|i| sessions[*i]).collect();
            let mut rooms = serde_json::Map::new();
            for r in &x.schedule.rooms {
                let events: Vec<Value> = day_sessions
                    .iter()
                    .filter(|s| s.room_id == r.id)
                    .map(|s| event_json(x, s))
                    .collect();
                rooms.insert(r.name.clone(), Value::Array(events));
            }
            let (start, end) = x.day_bounds(&date, &day_sessions);
            json!({"index": index, "date": date, "day_start": start, "day_end": end, "rooms": rooms})
        })
        .collect();
    let rooms: Vec<Value> = x
        .schedule
        .rooms
        .iter()
        .map(|r| {
            json!({
                "name": r.name,
                "slug": format!("room-{}", r.code.to_ascii_lowercase().replace(|c: char| !c.is_ascii_alphanumeric(), "-")).trim_end_matches('-').to_owned(),
                "guid": guid(e.year, "room", r.id),
                "capacity": r.capacity,
            })
        })
        .collect();
    let doc = json!({
        "$schema": "https://c3voc.de/schedule/schema.json",
        "generator": {"name": "wsis-platform", "version": env!("CARGO_PKG_VERSION")},
        "schedule": {
            "version": format!("v{}", x.schedule.version),
            "base_url": format!("{}/", x.base_url),
            "conference": {
                "acronym": acronym(e.year),
                "title": x.title(),
                "description": e.theme.get(x.lang).or_else(|| e.theme.get("en")).cloned().unwrap_or_default(),
                "start": e.starts_on,
                "end": e.ends_on,
                "daysCount": days.len(),
                "timeslot_duration": "00:15",
                "time_zone_name": e.time_zone,
                "url": x.agenda_url(),
                "rooms": rooms,
                "days": days,
            }
        }
    });
    serde_json::to_string_pretty(&doc).unwrap_or_default()
}

fn event_json(x: &ExportCtx, s: &Session) -> Value {
    let year = x.schedule.edition.year;
    let persons: Vec<Value> = s
        .speakers
        .iter()
        .map(|p| {
            json!({
                "name": p.name,
                "guid": guid(year, "speaker", p.id),
                "biography": format!("{} ({})", p.organisation, (x.role_name)(p.role.code())),
            })
        })
        .collect();
    let links: Vec<Value> = s
        .documents
        .iter()
        .filter(|d| d.url.starts_with("http"))
        .map(|d| json!({"url": d.url, "title": d.title}))
        .collect();
    json!({
        "guid": guid(year, "session", s.id),
        "id": s.number,
        "date": x.iso(s.starts_at),
        "start": x.hhmm(s.starts_at),
        "end": x.iso(s.ends_at),
        "duration": duration(s.ends_at - s.starts_at),
        "room": x.room_name(s),
        "slug": slug(year, s),
        "url": x.session_url(s),
        "title": s.title,
        "subtitle": s.organisers.join("; "),
        "track": if s.track == "high-level" { "High-Level Track" } else { "Forum Track" },
        "type": (x.type_name)(&s.type_code),
        "language": ExportCtx::language(s),
        "abstract": s.abstract_md,
        "description": x.description(s),
        "do_not_record": false,
        "persons": persons,
        "links": links,
    })
}

fn el(out: &mut String, name: &str, text: &str) {
    let _ = write!(out, "<{name}>{}</{name}>", escape(text));
}

/// frab schedule XML, as in `schedule.xml.xsd`.
pub fn schedule_xml(x: &ExportCtx, sessions: &[&Session]) -> String {
    let e = &x.schedule.edition;
    let mut o = String::with_capacity(64 * 1024);
    o.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<schedule>");
    let _ = write!(
        o,
        "<generator name=\"wsis-platform\" version=\"{}\"/>",
        env!("CARGO_PKG_VERSION")
    );
    el(&mut o, "version", &format!("v{}", x.schedule.version));
    o.push_str("<conference>");
    el(&mut o, "title", &x.title());
    el(&mut o, "acronym", &acronym(e.year));
    el(&mut o, "start", &e.starts_on);
    el(&mut o, "end", &e.ends_on);
    let days = x.days(sessions);
    el(&mut o, "days", &days.len().to_string());
    el(&mut o, "timeslot_duration", "00:15");
    el(&mut o, "base_url", &format!("{}/", x.base_url));
    el(&mut o, "url", &x.agenda_url());
    el(&mut o, "time_zone_name", &e.time_zone);
    o.push_str("</conference>");
    for (index, date, idx) in days {
        let day_sessions: Vec<&Session> = idx.iter().map(|i| sessions[*i]).collect();
        let (start, end) = x.day_bounds(&date, &day_sessions);
        let _ = write!(
            o,
            "<day index=\"{index}\" date=\"{date}\" start=\"{start}\" end=\"{end}\">"
        );
        for r in &x.schedule.rooms {
            let _ = write!(
                o,
                "<room name=\"{}\" guid=\"{}\">",
                escape(&r.name),
                guid(e.year, "room", r.id)
            );
            for s in day_sessions.iter().filter(|s| s.room_id == r.id) {
                let _ = write!(
                    o,
                    "<event id=\"{}\" guid=\"{}\">",
                    s.number,
                    guid(e.year, "session", s.id)
                );
                el(&mut o, "room", &r.name);
                el(&mut o, "title", &s.title);
                el(&mut o, "subtitle", &s.organisers.join("; "));
                el(&mut o, "type", &(x.type_name)(&s.type_code));
                el(&mut o, "date", &x.iso(s.starts_at));
                el(&mut o, "start", &x.hhmm(s.starts_at));
                el(&mut o, "duration", &duration(s.ends_at - s.starts_at));
                el(&mut o, "abstract", &s.abstract_md);
                el(&mut o, "slug", &slug(e.year, s));
                el(
                    &mut o,
                    "track",
                    if s.track == "high-level" {
                        "High-Level Track"
                    } else {
                        "Forum Track"
                    },
                );
                o.push_str("<persons>");
                for p in &s.speakers {
                    let _ = write!(
                        o,
                        "<person guid=\"{}\">{}</person>",
                        guid(e.year, "speaker", p.id),
                        escape(&p.name)
                    );
                }
                o.push_str("</persons>");
                el(&mut o, "language", &ExportCtx::language(s));
                el(&mut o, "description", &x.description(s));
                o.push_str("<links>");
                for d in s.documents.iter().filter(|d| d.url.starts_with("http")) {
                    let _ = write!(
                        o,
                        "<link href=\"{}\">{}</link>",
                        escape(&d.url),
                        escape(&d.title)
                    );
                }
                o.push_str("</links>");
                el(&mut o, "url", &x.session_url(s));
                o.push_str("</event>");
            }
            o.push_str("</room>");
        }
        o.push_str("</day>");
    }
    o.push_str("</schedule>\n");
    o
}

/// Escapes a TEXT value (RFC 5545 §3.3.11).
fn ics_text(s: &str) -> String {
    let mut o = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => o.push_str("\\\\"),
            ';' => o.push_str("\\;"),
            ',' => o.push_str("\\,"),
            '\n' => o.push_str("\\n"),
            // A tab is white space a TEXT value may hold (RFC 5545 WSP).
            '\t' => o.push('\t'),
            '\r' => {}
            c if c.is_control() => {}
            c => o.push(c),
        }
    }
    o
}

/// Appends a content line folded at 75 octets (never inside a character).
fn ics_line(out: &mut String, line: &str) {
    let mut count = 0;
    for c in line.chars() {
        let n = c.len_utf8();
        if count + n > 75 {
            out.push_str("\r\n ");
            count = 1;
        }
        out.push(c);
        count += n;
    }
    out.push_str("\r\n");
}

fn ics_utc(t: i64) -> String {
    Timestamp::from_second(t)
        .unwrap_or(Timestamp::UNIX_EPOCH)
        .strftime("%Y%m%dT%H%M%SZ")
        .to_string()
}

fn offset_str(secs: i32) -> String {
    let sign = if secs < 0 { '-' } else { '+' };
    let a = secs.abs();
    format!("{sign}{:02}{:02}", a / 3600, (a % 3600) / 60)
}

/// One observance of the venue's time zone: from `start` (local time, before the
/// change), the offset goes from `from` to `to` seconds.
struct Observance {
    daylight: bool,
    start: jiff::civil::DateTime,
    from: i32,
    to: i32,
    name: String,
}

/// The observances of the venue's time zone in force from the year before the forum
/// to the year after it; a zone without transitions has one standard observance.
fn observances(x: &ExportCtx) -> Vec<Observance> {
    let year = x.schedule.edition.year;
    let from = jiff::civil::date(year as i16 - 1, 1, 1)
        .at(0, 0, 0, 0)
        .to_zoned_datetime(TimeZone::UTC)
        .map(|z| z.timestamp())
        .unwrap_or(Timestamp::UNIX_EPOCH);
    let until = from.as_second() + 3 * 366 * 86_400;
    let mut out = Vec::new();
    for t in x.tz.following(from) {
        let ts = t.timestamp();
        if ts.as_second() > until {
            break;
        }
        let before =
            x.tz.to_offset(Timestamp::from_second(ts.as_second() - 1).unwrap_or(ts));
        out.push(Observance {
            daylight: t.dst().is_dst(),
            start: ts.to_zoned_datetime(TimeZone::fixed(before)).datetime(),
            from: before.seconds(),
            to: t.offset().seconds(),
            name: t.abbreviation().to_owned(),
        });
    }
    if out.is_empty() {
        let off = x.tz.to_offset(from).seconds();
        out.push(Observance {
            daylight: false,
            start: jiff::civil::date(1970, 1, 1).at(0, 0, 0, 0),
            from: off,
            to: off,
            name: String::new(),
        });
    }
    out
}

/// The VTIMEZONE of the venue (RFC 5545 §3.6.5).
fn vtimezone(x: &ExportCtx, out: &mut String) {
    ics_line(out, "BEGIN:VTIMEZONE");
    ics_line(out, &format!("TZID:{}", x.schedule.edition.time_zone));
    for o in observances(x) {
        let kind = if o.daylight { "DAYLIGHT" } else { "STANDARD" };
        ics_line(out, &format!("BEGIN:{kind}"));
        ics_line(
            out,
            &format!("DTSTART:{}", o.start.strftime("%Y%m%dT%H%M%S")),
        );
        ics_line(out, &format!("TZOFFSETFROM:{}", offset_str(o.from)));
        ics_line(out, &format!("TZOFFSETTO:{}", offset_str(o.to)));
        if !o.name.is_empty() {
            ics_line(out, &format!("TZNAME:{}", ics_text(&o.name)));
        }
        ics_line(out, &format!("END:{kind}"));
    }
    ics_line(out, "END:VTIMEZONE");
}

/// The same VTIMEZONE in xCal (RFC 6321 §3.6): offsets as `+01:00`.
fn xcal_vtimezone(x: &ExportCtx, out: &mut String) {
    let colon = |secs: i32| {
        let s = offset_str(secs);
        format!("{}:{}", &s[..3], &s[3..])
    };
    let _ = write!(
        out,
        "<vtimezone><properties><tzid><text>{}</text></tzid></properties><components>",
        escape(&x.schedule.edition.time_zone)
    );
    for o in observances(x) {
        let kind = if o.daylight { "daylight" } else { "standard" };
        let _ = write!(
            out,
            "<{kind}><properties><dtstart><date-time>{}</date-time></dtstart><tzoffsetfrom><utc-offset>{}</utc-offset></tzoffsetfrom><tzoffsetto><utc-offset>{}</utc-offset></tzoffsetto>",
            o.start.strftime("%Y-%m-%dT%H:%M:%S"),
            colon(o.from),
            colon(o.to)
        );
        if !o.name.is_empty() {
            let _ = write!(out, "<tzname><text>{}</text></tzname>", escape(&o.name));
        }
        let _ = write!(out, "</properties></{kind}>");
    }
    out.push_str("</components></vtimezone>");
}

/// A session's UID, the same in every calendar format, so that a calendar that
/// switches feeds does not show it twice.
fn session_uid(x: &ExportCtx, s: &Session) -> String {
    let host = x
        .base_url
        .split("://")
        .nth(1)
        .unwrap_or("localhost")
        .split(['/', ':'])
        .next()
        .unwrap_or("localhost");
    format!("{}@{host}", guid(x.schedule.edition.year, "session", s.id))
}

fn ics_local(x: &ExportCtx, t: i64) -> String {
    x.zoned(t).strftime("%Y%m%dT%H%M%S").to_string()
}

/// iCalendar (RFC 5545) with the venue's time zone.
pub fn ics(x: &ExportCtx, sessions: &[&Session], name: &str) -> String {
    let e = &x.schedule.edition;
    let mut o = String::with_capacity(sessions.len() * 900 + 2048);
    ics_line(&mut o, "BEGIN:VCALENDAR");
    ics_line(&mut o, "VERSION:2.0");
    ics_line(&mut o, "PRODID:-//WSIS Platform//Forum agenda//EN");
    ics_line(&mut o, "CALSCALE:GREGORIAN");
    ics_line(&mut o, "METHOD:PUBLISH");
    ics_line(&mut o, &format!("X-WR-CALNAME:{}", ics_text(name)));
    ics_line(&mut o, &format!("X-WR-TIMEZONE:{}", e.time_zone));
    vtimezone(x, &mut o);
    let stamp = ics_utc(x.schedule.published_at);
    for s in sessions {
        ics_line(&mut o, "BEGIN:VEVENT");
        ics_line(&mut o, &format!("UID:{}", session_uid(x, s)));
        ics_line(&mut o, &format!("DTSTAMP:{stamp}"));
        ics_line(
            &mut o,
            &format!("DTSTART;TZID={}:{}", e.time_zone, ics_local(x, s.starts_at)),
        );
        ics_line(
            &mut o,
            &format!("DTEND;TZID={}:{}", e.time_zone, ics_local(x, s.ends_at)),
        );
        ics_line(&mut o, &format!("SEQUENCE:{}", x.schedule.version));
        ics_line(&mut o, &format!("SUMMARY:{}", ics_text(&s.title)));
        ics_line(
            &mut o,
            &format!("DESCRIPTION:{}", ics_text(&x.description(s))),
        );
        ics_line(
            &mut o,
            &format!(
                "LOCATION:{}",
                ics_text(&format!("{}, {}", x.room_name(s), e.venue))
            ),
        );
        ics_line(
            &mut o,
            &format!("CATEGORIES:{}", ics_text(&(x.type_name)(&s.type_code))),
        );
        ics_line(&mut o, &format!("URL:{}", x.session_url(s)));
        ics_line(&mut o, "END:VEVENT");
    }
    ics_line(&mut o, "END:VCALENDAR");
    o
}

/// xCal (RFC 6321): the same calendar as XML.
pub fn xcal(x: &ExportCtx, sessions: &[&Session], name: &str) -> String {
    let e = &x.schedule.edition;
    let mut o = String::with_capacity(sessions.len() * 1200 + 1024);
    o.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<icalendar xmlns=\"urn:ietf:params:xml:ns:icalendar-2.0\"><vcalendar><properties>");
    o.push_str("<prodid><text>-//WSIS Platform//Forum agenda//EN</text></prodid><version><text>2.0</text></version><calscale><text>GREGORIAN</text></calscale>");
    let _ = write!(
        o,
        "<x-wr-calname><unknown>{}</unknown></x-wr-calname></properties><components>",
        escape(name)
    );
    xcal_vtimezone(x, &mut o);
    let stamp = Timestamp::from_second(x.schedule.published_at)
        .unwrap_or(Timestamp::UNIX_EPOCH)
        .strftime("%Y-%m-%dT%H:%M:%SZ")
        .to_string();
    for s in sessions {
        let local = |t: i64| x.zoned(t).strftime("%Y-%m-%dT%H:%M:%S").to_string();
        let _ = write!(
            o,
            "<vevent><properties><uid><text>{}</text></uid><dtstamp><date-time>{stamp}</date-time></dtstamp>",
            escape(session_uid(x, s))
        );
        let _ = write!(
            o,
            "<dtstart><parameters><tzid><text>{tz}</text></tzid></parameters><date-time>{}</date-time></dtstart><dtend><parameters><tzid><text>{tz}</text></tzid></parameters><date-time>{}</date-time></dtend>",
            local(s.starts_at),
            local(s.ends_at),
            tz = escape(&e.time_zone)
        );
        let _ = write!(
            o,
            "<summary><text>{}</text></summary><description><text>{}</text></description><location><text>{}</text></location><categories><text>{}</text></categories><url><uri>{}</uri></url><sequence><integer>{}</integer></sequence>",
            escape(&s.title),
            escape(x.description(s)),
            escape(format!("{}, {}", x.room_name(s), e.venue)),
            escape((x.type_name)(&s.type_code)),
            escape(x.session_url(s)),
            x.schedule.version
        );
        o.push_str("</properties></vevent>");
    }
    o.push_str("</components></vcalendar></icalendar>\n");
    o
}

/// CSV: one row per session, local times.
pub fn csv(x: &ExportCtx, sessions: &[&Session]) -> String {
    let mut w = wsis_app::csv_out::writer();
    let _ = wsis_app::csv_out::write_row(
        &mut w,
        [
            "number",
            "date",
            "start",
            "end",
            "room",
            "type",
            "title",
            "organisers",
            "speakers",
            "action_lines",
            "sdgs",
            "languages",
            "captioning",
            "interpretation",
            "remote",
            "url",
        ],
    );
    for s in sessions {
        let speakers = s
            .speakers
            .iter()
            .map(|p| format!("{} ({})", p.name, (x.role_name)(p.role.code())))
            .collect::<Vec<_>>()
            .join("; ");
        let _ = wsis_app::csv_out::write_row(
            &mut w,
            [
                s.number.to_string(),
                x.local_date(s.starts_at),
                x.hhmm(s.starts_at),
                x.hhmm(s.ends_at),
                x.room_name(s),
                (x.type_name)(&s.type_code),
                s.title.clone(),
                s.organisers.join("; "),
                speakers,
                s.action_lines.join(" "),
                s.sdgs
                    .iter()
                    .map(|g| g.to_string())
                    .collect::<Vec<_>>()
                    .join(" "),
                ExportCtx::language(s).replace(',', " "),
                s.needs.captioning.to_string(),
                s.needs.interpretation.to_string(),
                s.remote.to_string(),
                x.session_url(s),
            ],
        );
    }
    String::from_utf8(w.into_inner().unwrap_or_default()).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_values_escape_their_delimiters_and_keep_tabs() {
        assert_eq!(ics_text("a;b,c\\d\ne\tf\r\u{7}g"), "a\\;b\\,c\\\\d\\ne\tfg");
    }

    #[test]
    fn long_lines_fold_at_75_octets_without_splitting_characters() {
        let mut out = String::new();
        ics_line(&mut out, &format!("SUMMARY:{}", "é".repeat(100)));
        for l in out.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(l.len() <= 75, "{} octets", l.len());
        }
        let unfolded = out.replace("\r\n ", "");
        assert_eq!(unfolded, format!("SUMMARY:{}\r\n", "é".repeat(100)));
    }

    #[test]
    fn text_values_are_escaped() {
        assert_eq!(ics_text("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne");
    }

    #[test]
    fn guids_are_stable_uuids() {
        let g = guid(2019, "session", 7);
        assert_eq!(g, guid(2019, "session", 7));
        assert_ne!(g, guid(2019, "session", 8));
        assert_eq!(g.len(), 36);
        assert_eq!(&g[14..15], "8");
    }
}
