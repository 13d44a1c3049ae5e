//! CSV: one row per session, local times, safe for spreadsheets (`wsis_app::csv_out`).

use super::ExportCtx;
use wsis_domain::forum::schedule::Session;

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
