//! The C3VOC schedule JSON and the frab schedule XML (both as in the schemas of
//! `voc/schedule`).

use super::{ExportCtx, acronym, guid, slug};
use quick_xml::escape::escape;
use serde_json::{Value, json};
use std::fmt::Write as _;
use wsis_domain::forum::schedule::Session;

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
