//! iCalendar (RFC 5545, with the venue's time zone as a VTIMEZONE) and xCal (RFC 6321).

use super::{ExportCtx, guid};
use jiff::Timestamp;
use jiff::tz::TimeZone;
use quick_xml::escape::escape;
use std::fmt::Write as _;
use wsis_domain::forum::schedule::Session;

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
}
