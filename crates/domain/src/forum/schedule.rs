//! A published schedule: the whole agenda of an edition as the public sees
//! it, frozen at publication, and the change log between two versions.
//! Agenda pages and every export are derived from this, never from the
//! secretariat's working copy.

use super::{Needs, SpeakerRole};
use crate::language::Language;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EditionInfo {
    pub year: i64,
    /// Language code → theme.
    pub theme: BTreeMap<String, String>,
    /// Local dates, `YYYY-MM-DD`.
    pub starts_on: String,
    pub ends_on: String,
    pub venue: String,
    pub time_zone: String,
    /// The language the edition's names (venue, rooms, partners) are written in
    /// (none: English, as published before it was recorded).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lang: Option<Language>,
    /// The language of `venue` as read in a [`Schedule::localized`] copy.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub venue_lang: Option<Language>,
}

impl EditionInfo {
    /// The theme in a language, else in English, else any.
    pub fn theme_in(&self, lang: Language) -> &str {
        self.theme
            .get(lang.code())
            .or_else(|| self.theme.get("en"))
            .or_else(|| self.theme.values().next())
            .map(String::as_str)
            .unwrap_or("")
    }
    /// The language the edition's names are written in.
    pub fn lang(&self) -> Language {
        self.lang.unwrap_or(Language::En)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Room {
    pub id: i64,
    pub code: String,
    pub name: String,
    pub capacity: u32,
    pub interpretation: bool,
    pub captioning: bool,
    pub step_free: bool,
    /// The language of `name` as read in a [`Schedule::localized`] copy.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lang: Option<Language>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Speaker {
    pub id: i64,
    pub name: String,
    pub organisation: String,
    pub role: SpeakerRole,
    /// The speaker's own biography (empty: none written).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub bio: String,
    /// The address of the speaker's photo (its thumbnail), if they gave one.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub photo: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Document {
    pub title: String,
    pub url: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Session {
    pub id: i64,
    pub number: i64,
    pub type_code: String,
    pub track: String,
    pub title: String,
    pub abstract_md: String,
    pub organisers: Vec<String>,
    pub speakers: Vec<Speaker>,
    pub action_lines: Vec<String>,
    pub sdgs: Vec<u8>,
    pub languages: Vec<Language>,
    pub needs: Needs,
    pub remote: bool,
    pub remote_url: Option<String>,
    pub room_id: i64,
    pub starts_at: i64,
    pub ends_at: i64,
    #[serde(default)]
    pub documents: Vec<Document>,
    /// The language of `title` (as published: of the title and abstract; none: the
    /// edition's).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lang: Option<Language>,
    /// The language of `abstract_md` as read in a [`Schedule::localized`] copy.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub abstract_lang: Option<Language>,
}

/// The agenda as published in one version.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Schedule {
    pub edition: EditionInfo,
    pub version: i64,
    pub published_at: i64,
    pub rooms: Vec<Room>,
    /// Sorted by start, then room position, then number.
    pub sessions: Vec<Session>,
}

impl Schedule {
    pub fn room(&self, id: i64) -> Option<&Room> {
        self.rooms.iter().find(|r| r.id == id)
    }
    pub fn session_by_number(&self, number: i64) -> Option<&Session> {
        self.sessions.iter().find(|s| s.number == number)
    }
    /// Puts sessions in agenda order.
    pub fn sort(&mut self) {
        let pos: BTreeMap<i64, usize> = self
            .rooms
            .iter()
            .enumerate()
            .map(|(i, r)| (r.id, i))
            .collect();
        self.sessions.sort_by_key(|s| {
            (
                s.starts_at,
                pos.get(&s.room_id).copied().unwrap_or(usize::MAX),
                s.number,
            )
        });
    }
}

/// One line of the public change log.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Change {
    Added {
        number: i64,
        title: String,
    },
    Removed {
        number: i64,
        title: String,
    },
    Moved {
        number: i64,
        title: String,
        from_start: i64,
        to_start: i64,
        from_room: String,
        to_room: String,
    },
    Retitled {
        number: i64,
        from: String,
        to: String,
    },
    SpeakersChanged {
        number: i64,
        title: String,
    },
}

/// What a published version means for one session's organisers: their session
/// is on the agenda for the first time, has moved (time or room), or is no longer
/// on it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OrganiserNotice {
    Placed {
        session_id: i64,
        title: String,
        starts_at: i64,
        room: String,
    },
    Moved {
        session_id: i64,
        title: String,
        starts_at: i64,
        room: String,
        from_start: i64,
        from_room: String,
    },
    Cancelled {
        session_id: i64,
        title: String,
    },
}

impl OrganiserNotice {
    pub fn session_id(&self) -> i64 {
        match self {
            OrganiserNotice::Placed { session_id, .. }
            | OrganiserNotice::Moved { session_id, .. }
            | OrganiserNotice::Cancelled { session_id, .. } => *session_id,
        }
    }
}

/// The organisers' notices of publishing `next` after `prev` (every session is
/// placed by a first version), by session id.
pub fn organiser_notices(prev: Option<&Schedule>, next: &Schedule) -> Vec<OrganiserNotice> {
    let room_name = |s: &Schedule, id: i64| s.room(id).map(|r| r.name.clone()).unwrap_or_default();
    let mut out = Vec::new();
    for n in &next.sessions {
        let before = prev.and_then(|p| p.sessions.iter().find(|x| x.id == n.id).map(|x| (p, x)));
        match before {
            None => out.push(OrganiserNotice::Placed {
                session_id: n.id,
                title: n.title.clone(),
                starts_at: n.starts_at,
                room: room_name(next, n.room_id),
            }),
            Some((p, x)) => {
                let (was, now) = (room_name(p, x.room_id), room_name(next, n.room_id));
                if x.starts_at != n.starts_at || x.ends_at != n.ends_at || was != now {
                    out.push(OrganiserNotice::Moved {
                        session_id: n.id,
                        title: n.title.clone(),
                        starts_at: n.starts_at,
                        room: now,
                        from_start: x.starts_at,
                        from_room: was,
                    });
                }
            }
        }
    }
    if let Some(p) = prev {
        out.extend(
            p.sessions
                .iter()
                .filter(|x| !next.sessions.iter().any(|n| n.id == x.id))
                .map(|x| OrganiserNotice::Cancelled {
                    session_id: x.id,
                    title: x.title.clone(),
                }),
        );
    }
    out.sort_by_key(|n| n.session_id());
    out
}

/// What changed from one published version to the next, by session number.
pub fn diff(prev: Option<&Schedule>, next: &Schedule) -> Vec<Change> {
    let Some(prev) = prev else {
        return Vec::new();
    };
    let room_name = |s: &Schedule, id: i64| s.room(id).map(|r| r.name.clone()).unwrap_or_default();
    let mut out = Vec::new();
    let mut next_sorted: Vec<&Session> = next.sessions.iter().collect();
    next_sorted.sort_by_key(|s| s.number);
    for n in &next_sorted {
        match prev.sessions.iter().find(|p| p.number == n.number) {
            None => out.push(Change::Added {
                number: n.number,
                title: n.title.clone(),
            }),
            Some(p) => {
                if p.title != n.title {
                    out.push(Change::Retitled {
                        number: n.number,
                        from: p.title.clone(),
                        to: n.title.clone(),
                    });
                }
                let (pr, nr) = (room_name(prev, p.room_id), room_name(next, n.room_id));
                if p.starts_at != n.starts_at || p.ends_at != n.ends_at || pr != nr {
                    out.push(Change::Moved {
                        number: n.number,
                        title: n.title.clone(),
                        from_start: p.starts_at,
                        to_start: n.starts_at,
                        from_room: pr,
                        to_room: nr,
                    });
                }
                let names = |s: &Session| {
                    s.speakers
                        .iter()
                        .map(|x| (x.name.clone(), x.role))
                        .collect::<Vec<_>>()
                };
                if names(p) != names(n) {
                    out.push(Change::SpeakersChanged {
                        number: n.number,
                        title: n.title.clone(),
                    });
                }
            }
        }
    }
    let mut removed: Vec<&Session> = prev
        .sessions
        .iter()
        .filter(|p| !next.sessions.iter().any(|n| n.number == p.number))
        .collect();
    removed.sort_by_key(|s| s.number);
    out.extend(removed.into_iter().map(|p| Change::Removed {
        number: p.number,
        title: p.title.clone(),
    }));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn session(number: i64, room: i64, start: i64) -> Session {
        Session {
            id: number * 10,
            number,
            type_code: "thematic-workshop".into(),
            track: "forum".into(),
            title: format!("Session {number}"),
            abstract_md: String::new(),
            organisers: vec!["ITU".into()],
            speakers: vec![],
            action_lines: vec!["C1".into()],
            sdgs: vec![4],
            languages: vec![Language::En],
            needs: Needs::default(),
            remote: false,
            remote_url: None,
            room_id: room,
            starts_at: start,
            ends_at: start + 3600,
            documents: vec![],
            lang: None,
            abstract_lang: None,
        }
    }

    fn schedule(version: i64, sessions: Vec<Session>) -> Schedule {
        Schedule {
            edition: EditionInfo {
                year: 2019,
                theme: BTreeMap::from([("en".into(), "ICTs".into())]),
                starts_on: "2019-04-08".into(),
                ends_on: "2019-04-12".into(),
                venue: "Geneva".into(),
                time_zone: "Europe/Zurich".into(),
                lang: None,
                venue_lang: None,
            },
            version,
            published_at: 0,
            rooms: vec![
                Room {
                    id: 1,
                    code: "A".into(),
                    name: "Room A".into(),
                    capacity: 100,
                    interpretation: true,
                    captioning: true,
                    step_free: true,
                    lang: None,
                },
                Room {
                    id: 2,
                    code: "B".into(),
                    name: "Room B".into(),
                    capacity: 50,
                    interpretation: false,
                    captioning: false,
                    step_free: true,
                    lang: None,
                },
            ],
            sessions,
        }
    }

    #[test]
    fn the_change_log_lists_additions_moves_renames_and_removals() {
        let a = schedule(
            1,
            vec![session(1, 1, 100), session(2, 1, 5000), session(3, 2, 100)],
        );
        let mut moved = session(2, 2, 9000);
        moved.title = "Session 2".into();
        let mut renamed = session(1, 1, 100);
        renamed.title = "New title".into();
        let b = schedule(2, vec![renamed, moved, session(4, 1, 9000)]);
        assert_eq!(diff(None, &a), vec![]);
        assert_eq!(
            diff(Some(&a), &b),
            vec![
                Change::Retitled {
                    number: 1,
                    from: "Session 1".into(),
                    to: "New title".into()
                },
                Change::Moved {
                    number: 2,
                    title: "Session 2".into(),
                    from_start: 5000,
                    to_start: 9000,
                    from_room: "Room A".into(),
                    to_room: "Room B".into()
                },
                Change::Added {
                    number: 4,
                    title: "Session 4".into()
                },
                Change::Removed {
                    number: 3,
                    title: "Session 3".into()
                },
            ]
        );
    }

    #[test]
    fn organisers_hear_of_their_sessions_placed_moved_and_cancelled() {
        let a = schedule(
            1,
            vec![session(1, 1, 100), session(2, 1, 5000), session(3, 2, 100)],
        );
        let first = organiser_notices(None, &a);
        assert_eq!(first.len(), 3);
        assert_eq!(
            first[0],
            OrganiserNotice::Placed {
                session_id: 10,
                title: "Session 1".into(),
                starts_at: 100,
                room: "Room A".into()
            }
        );
        // Renamed only: no notice; moved room and time; a new one; one gone.
        let mut renamed = session(1, 1, 100);
        renamed.title = "New title".into();
        let b = schedule(2, vec![renamed, session(2, 2, 9000), session(4, 1, 9000)]);
        assert_eq!(
            organiser_notices(Some(&a), &b),
            vec![
                OrganiserNotice::Moved {
                    session_id: 20,
                    title: "Session 2".into(),
                    starts_at: 9000,
                    room: "Room B".into(),
                    from_start: 5000,
                    from_room: "Room A".into()
                },
                OrganiserNotice::Cancelled {
                    session_id: 30,
                    title: "Session 3".into()
                },
                OrganiserNotice::Placed {
                    session_id: 40,
                    title: "Session 4".into(),
                    starts_at: 9000,
                    room: "Room A".into()
                },
            ]
        );
        assert_eq!(organiser_notices(Some(&b), &b), vec![]);
    }

    #[test]
    fn sorting_follows_time_then_room_order() {
        let mut s = schedule(
            1,
            vec![session(3, 2, 100), session(2, 1, 200), session(1, 1, 100)],
        );
        s.sort();
        let order: Vec<i64> = s.sessions.iter().map(|x| x.number).collect();
        assert_eq!(order, vec![1, 3, 2]);
    }
}
