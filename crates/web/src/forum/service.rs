//! Forum operations shared by the secretariat's pages and the demo seeder:
//! the venue's local time, the schedule rules' inputs, the working
//! schedule's conflicts, and publishing a version.

use crate::error::{AppError, AppResult};
use jiff::tz::TimeZone;
use wsis_db::forum::{self as fdb, Edition, RoomRow};
use wsis_db::{AnyConnection, Db};
use wsis_domain::forum::schedule::{self, Schedule};
use wsis_domain::forum::{
    Availability, Conflict, Placement, RoomRules, SessionStatus, SpeakerRole, find_conflicts,
    parse_clock,
};

/// The venue's time zone (UTC if the stored name is unknown).
pub fn venue_tz(ed: &Edition) -> TimeZone {
    TimeZone::get(&ed.time_zone).unwrap_or(TimeZone::UTC)
}

/// A local date and clock time at the venue, as Unix seconds.
pub fn local_to_utc(tz: &TimeZone, date: &str, clock: &str) -> Option<i64> {
    let d = jiff::civil::Date::strptime("%Y-%m-%d", date.trim()).ok()?;
    let minutes = parse_clock(clock).ok()?;
    let (h, m) = ((minutes / 60) as i8, (minutes % 60) as i8);
    if h == 24 {
        let next = d.tomorrow().ok()?.at(0, 0, 0, 0);
        return tz.to_timestamp(next).ok().map(|t| t.as_second());
    }
    tz.to_timestamp(d.at(h, m, 0, 0))
        .ok()
        .map(|t| t.as_second())
}

/// The edition's local dates, first to last.
pub fn dates(ed: &Edition) -> Vec<String> {
    let mut out = Vec::new();
    let (Ok(mut d), Ok(last)) = (
        jiff::civil::Date::strptime("%Y-%m-%d", &ed.starts_on),
        jiff::civil::Date::strptime("%Y-%m-%d", &ed.ends_on),
    ) else {
        return out;
    };
    while d <= last && out.len() < 31 {
        out.push(d.strftime("%Y-%m-%d").to_string());
        match d.tomorrow() {
            Ok(n) => d = n,
            Err(_) => break,
        }
    }
    out
}

/// The forum's days in UTC, local midnight to midnight.
pub fn forum_days(ed: &Edition) -> Vec<(i64, i64)> {
    let tz = venue_tz(ed);
    dates(ed)
        .iter()
        .filter_map(|d| {
            Some((
                local_to_utc(&tz, d, "00:00")?,
                local_to_utc(&tz, d, "24:00")?,
            ))
        })
        .collect()
}

/// Each room's opening hours on each forum day, in UTC.
pub fn room_rules(ed: &Edition, rooms: &[RoomRow]) -> Vec<RoomRules> {
    let tz = venue_tz(ed);
    let days = dates(ed);
    rooms
        .iter()
        .map(|r| RoomRules {
            id: r.id,
            capacity: r.capacity.max(0) as u32,
            captioning: r.captioning,
            interpretation: r.interpretation,
            open: days
                .iter()
                .filter_map(|d| {
                    Some((
                        local_to_utc(&tz, d, &r.opens)?,
                        local_to_utc(&tz, d, &r.closes)?,
                    ))
                })
                .collect(),
        })
        .collect()
}

/// The placements of the working schedule (accepted sessions with a slot).
pub async fn placements(conn: &mut AnyConnection, ed: &Edition) -> AppResult<Vec<Placement>> {
    let sessions = fdb::sessions(conn, ed.id, Some(SessionStatus::Accepted)).await?;
    let speakers = fdb::speakers_of_edition(conn, ed.id).await?;
    Ok(sessions
        .into_iter()
        .filter_map(|s| {
            Some(Placement {
                session_id: s.id,
                room_id: s.room_id?,
                starts_at: s.starts_at?,
                ends_at: s.ends_at?,
                expected_audience: s.data.expected_audience,
                needs: s.data.needs,
                speakers: speakers
                    .iter()
                    .filter(|x| x.session_id == s.id)
                    .map(|x| x.speaker_id)
                    .collect(),
            })
        })
        .collect())
}

pub async fn availability(conn: &mut AnyConnection, ed: &Edition) -> AppResult<Vec<Availability>> {
    let mut out: Vec<Availability> = Vec::new();
    for (speaker, a, b) in fdb::availability(conn, ed.id).await? {
        match out.last_mut() {
            Some(x) if x.speaker_id == speaker => x.windows.push((a, b)),
            _ => out.push(Availability {
                speaker_id: speaker,
                windows: vec![(a, b)],
            }),
        }
    }
    Ok(out)
}

/// Every conflict of the working schedule, with `extra` (a placement being
/// tried) taking the place of its session's current one.
pub async fn conflicts(
    conn: &mut AnyConnection,
    ed: &Edition,
    extra: Option<Placement>,
) -> AppResult<Vec<Conflict>> {
    let rooms = fdb::rooms(conn, ed.id).await?;
    let mut ps = placements(conn, ed).await?;
    if let Some(p) = extra {
        ps.retain(|x| x.session_id != p.session_id);
        ps.push(p);
    }
    let av = availability(conn, ed).await?;
    Ok(find_conflicts(
        &forum_days(ed),
        &room_rules(ed, &rooms),
        &ps,
        &av,
    ))
}

/// The working schedule as it would be published.
pub async fn working_schedule(
    conn: &mut AnyConnection,
    ed: &Edition,
    at: i64,
) -> AppResult<Schedule> {
    let rooms = fdb::rooms(conn, ed.id).await?;
    let sessions = fdb::sessions(conn, ed.id, Some(SessionStatus::Accepted)).await?;
    let speakers = fdb::speakers_of_edition(conn, ed.id).await?;
    let types = fdb::session_types(conn).await?;
    let mut s = Schedule {
        edition: schedule::EditionInfo {
            year: ed.year,
            theme: ed.theme.clone(),
            starts_on: ed.starts_on.clone(),
            ends_on: ed.ends_on.clone(),
            venue: ed.venue.clone(),
            time_zone: ed.time_zone.clone(),
        },
        version: 0,
        published_at: at,
        rooms: rooms
            .iter()
            .map(|r| schedule::Room {
                id: r.id,
                code: r.code.clone(),
                name: r.name.clone(),
                capacity: r.capacity.max(0) as u32,
                interpretation: r.interpretation,
                captioning: r.captioning,
                step_free: r.step_free,
            })
            .collect(),
        sessions: sessions
            .into_iter()
            .filter_map(|x| {
                let (room_id, starts_at, ends_at, number) =
                    (x.room_id?, x.starts_at?, x.ends_at?, x.number?);
                Some(schedule::Session {
                    id: x.id,
                    number,
                    track: types
                        .iter()
                        .find(|t| t.code == x.data.type_code)
                        .map(|t| t.track.clone())
                        .unwrap_or_else(|| "forum".into()),
                    type_code: x.data.type_code.clone(),
                    title: x.data.title.clone(),
                    abstract_md: x.data.abstract_md.clone(),
                    organisers: x.data.organisers.clone(),
                    speakers: speakers
                        .iter()
                        .filter(|p| p.session_id == x.id)
                        .map(|p| schedule::Speaker {
                            id: p.speaker_id,
                            name: p.name.clone(),
                            organisation: p.organisation.clone(),
                            role: SpeakerRole::parse(&p.role).unwrap_or(SpeakerRole::Speaker),
                        })
                        .collect(),
                    action_lines: x.data.action_lines.clone(),
                    sdgs: x.data.sdgs.clone(),
                    languages: x.data.languages.clone(),
                    needs: x.data.needs,
                    remote: x.data.remote,
                    remote_url: x.remote_url.clone(),
                    room_id,
                    starts_at,
                    ends_at,
                    documents: Vec::new(),
                })
            })
            .collect(),
    };
    s.sort();
    Ok(s)
}

/// Publishes the working schedule as the next version, with the change log
/// against the previous one. Refuses when the schedule has a blocking
/// conflict, or when someone published since `based_on` (stale).
pub async fn publish(
    db: &Db,
    cache: &super::ForumCache,
    ed: &Edition,
    by: i64,
    note: &str,
    based_on: i64,
) -> AppResult<i64> {
    let mut tx = db.begin().await?;
    let found = conflicts(&mut tx, ed, None).await?;
    if found.iter().any(|c| c.is_blocking()) {
        return Err(AppError::Conflict("forum-publish-blocked"));
    }
    let next = working_schedule(&mut tx, ed, wsis_db::now()).await?;
    let prev = match fdb::latest_version(&mut tx, ed.id).await? {
        0 => None,
        n => fdb::published(&mut tx, ed.id, n).await?,
    };
    let changes = schedule::diff(prev.as_ref(), &next);
    let changes_json =
        serde_json::to_string(&changes).map_err(|e| AppError::Internal(e.to_string()))?;
    let number = fdb::publish(&mut tx, ed.id, based_on, by, note, &changes_json, &next)
        .await
        .map_err(|e| match e {
            wsis_db::DbError::Stale => AppError::Conflict("forum-publish-stale"),
            e => e.into(),
        })?;
    tx.commit().await?;
    cache.invalidate(ed.year);
    Ok(number)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn local_times_follow_the_venue_zone_and_its_summer_time() {
        let tz = TimeZone::get("Europe/Zurich").expect("tzdb");
        // 8 April 2019 09:00 in Geneva is 07:00 UTC (CEST, +02:00).
        assert_eq!(
            local_to_utc(&tz, "2019-04-08", "09:00"),
            Some(1_554_706_800)
        );
        // In January it is +01:00.
        assert_eq!(
            local_to_utc(&tz, "2019-01-08", "09:00"),
            Some(1_546_934_400)
        );
        assert_eq!(
            local_to_utc(&tz, "2019-04-08", "24:00"),
            local_to_utc(&tz, "2019-04-09", "00:00")
        );
        assert_eq!(local_to_utc(&tz, "2019-02-30", "09:00"), None);
        assert_eq!(local_to_utc(&tz, "2019-04-08", "9h"), None);
    }
}
