//! The WSIS Forum: session types, proposals and their review, speakers,
//! rooms, and the rules of the schedule (what makes a placement conflict).
//!
//! Times here are Unix seconds in UTC. Whatever depends on the forum's time
//! zone (its days, each room's opening hours) is turned into UTC windows by
//! the caller, so that these rules stay pure.

use crate::language::Language;
use crate::taxonomy::{action_lines, sdg};
use crate::validation::{FieldErrors, checked_text};
use serde::{Deserialize, Serialize};

pub mod documents;
pub mod high_level;
pub mod messages;
pub mod outcomes;
pub mod registration;
pub mod review;
pub mod schedule;
pub mod site;
pub mod translations;

/// The tracks of the forum week.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Track {
    HighLevel,
    Forum,
}

impl Track {
    pub fn code(self) -> &'static str {
        match self {
            Track::HighLevel => "high-level",
            Track::Forum => "forum",
        }
    }
    pub fn parse(s: &str) -> Result<Track, &'static str> {
        match s {
            "high-level" => Ok(Track::HighLevel),
            "forum" => Ok(Track::Forum),
            _ => Err("track-invalid"),
        }
    }
}

/// The session types every edition starts with (code, track). Their names
/// are interface strings (`session-type-{code}`); the secretariat adds more,
/// with their names in the six languages, in storage.
pub const BUILTIN_SESSION_TYPES: &[(&str, Track)] = &[
    ("opening", Track::HighLevel),
    ("high-level-policy", Track::HighLevel),
    ("ministerial-round-table", Track::HighLevel),
    ("prize-ceremony", Track::HighLevel),
    ("high-level-dialogue", Track::Forum),
    ("action-line-facilitation", Track::Forum),
    ("thematic-workshop", Track::Forum),
    ("country-workshop", Track::Forum),
    ("interactive", Track::Forum),
    ("information", Track::Forum),
    ("knowledge-cafe", Track::Forum),
    ("open-space", Track::Forum),
    ("hackathon", Track::Forum),
    ("exhibition", Track::Forum),
    ("accessibility", Track::Forum),
];

/// Whether a code is one of the built-in session types.
pub fn is_builtin_type(code: &str) -> bool {
    BUILTIN_SESSION_TYPES.iter().any(|(c, _)| *c == code)
}

/// A session type code: lowercase ASCII letters, digits and hyphens, 2–40 long.
pub fn check_type_code(code: &str) -> Result<String, &'static str> {
    let c = code.trim();
    if c.len() < 2
        || c.len() > 40
        || !c
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        || c.starts_with('-')
    {
        return Err("session-type-code-invalid");
    }
    Ok(c.to_owned())
}

/// Where a proposal stands in the secretariat's review.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SessionStatus {
    Proposed,
    ChangesRequested,
    Accepted,
    Declined,
    /// Folded into another proposal (see `merged_into`).
    Merged,
}

impl SessionStatus {
    pub const ALL: [SessionStatus; 5] = [
        SessionStatus::Proposed,
        SessionStatus::ChangesRequested,
        SessionStatus::Accepted,
        SessionStatus::Declined,
        SessionStatus::Merged,
    ];
    pub fn code(self) -> &'static str {
        match self {
            SessionStatus::Proposed => "proposed",
            SessionStatus::ChangesRequested => "changes-requested",
            SessionStatus::Accepted => "accepted",
            SessionStatus::Declined => "declined",
            SessionStatus::Merged => "merged",
        }
    }
    pub fn parse(s: &str) -> Result<SessionStatus, &'static str> {
        SessionStatus::ALL
            .into_iter()
            .find(|x| x.code() == s)
            .ok_or("session-status-invalid")
    }
    /// Whether the proposer may still edit the proposal.
    pub fn editable_by_proposer(self) -> bool {
        matches!(
            self,
            SessionStatus::Proposed | SessionStatus::ChangesRequested
        )
    }
}

/// A review decision of the secretariat.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReviewAction {
    Accept,
    Decline,
    RequestChanges,
}

impl ReviewAction {
    pub fn parse(s: &str) -> Result<ReviewAction, &'static str> {
        match s {
            "accept" => Ok(ReviewAction::Accept),
            "decline" => Ok(ReviewAction::Decline),
            "request-changes" => Ok(ReviewAction::RequestChanges),
            _ => Err("review-action-invalid"),
        }
    }
    /// The status a decision leads to, from the current one; `Err` when the
    /// decision is not possible from there.
    pub fn apply(self, from: SessionStatus) -> Result<SessionStatus, &'static str> {
        use SessionStatus as S;
        match (self, from) {
            (_, S::Merged) => Err("session-review-not-allowed"),
            (ReviewAction::Accept, S::Proposed | S::ChangesRequested | S::Declined) => {
                Ok(S::Accepted)
            }
            (ReviewAction::Decline, S::Proposed | S::ChangesRequested | S::Accepted) => {
                Ok(S::Declined)
            }
            (ReviewAction::RequestChanges, S::Proposed | S::Accepted) => Ok(S::ChangesRequested),
            _ => Err("session-review-not-allowed"),
        }
    }
    /// Whether the decision must carry a comment for the proposer.
    pub fn needs_comment(self) -> bool {
        matches!(self, ReviewAction::Decline | ReviewAction::RequestChanges)
    }
}

/// What a speaker does in a session.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SpeakerRole {
    Moderator,
    Keynote,
    Panellist,
    Speaker,
    Rapporteur,
    HighLevelFacilitator,
}

impl SpeakerRole {
    pub const ALL: [SpeakerRole; 6] = [
        SpeakerRole::Moderator,
        SpeakerRole::Keynote,
        SpeakerRole::Panellist,
        SpeakerRole::Speaker,
        SpeakerRole::Rapporteur,
        SpeakerRole::HighLevelFacilitator,
    ];
    pub fn code(self) -> &'static str {
        match self {
            SpeakerRole::Moderator => "moderator",
            SpeakerRole::Keynote => "keynote",
            SpeakerRole::Panellist => "panellist",
            SpeakerRole::Speaker => "speaker",
            SpeakerRole::Rapporteur => "rapporteur",
            SpeakerRole::HighLevelFacilitator => "high-level-facilitator",
        }
    }
    pub fn parse(s: &str) -> Result<SpeakerRole, &'static str> {
        SpeakerRole::ALL
            .into_iter()
            .find(|x| x.code() == s)
            .ok_or("speaker-role-invalid")
    }
}

/// What a session needs from its room and the secretariat.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Needs {
    pub interpretation: bool,
    pub captioning: bool,
    pub sign_language: bool,
}

/// One speaker as proposed: name, organisation, e-mail (for the
/// confirmation link) and role.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SpeakerData {
    pub name: String,
    pub organisation: String,
    pub email: String,
    pub role: SpeakerRole,
}

/// A session proposal's content, valid by construction of [`ProposalInput::parse`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProposalData {
    pub type_code: String,
    pub title: String,
    /// Markdown, sanitised when rendered.
    pub abstract_md: String,
    /// The organising entities, one per line.
    pub organisers: Vec<String>,
    pub speakers: Vec<SpeakerData>,
    /// Action Line or C7 sub-line codes.
    pub action_lines: Vec<String>,
    pub sdgs: Vec<u8>,
    pub languages: Vec<Language>,
    pub needs: Needs,
    pub remote: bool,
    pub expected_audience: u32,
}

/// A proposal as typed in a form or sent to the API.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct ProposalInput {
    pub type_code: String,
    pub title: String,
    pub abstract_md: String,
    /// One organiser per line.
    pub organisers: String,
    /// (name, organisation, e-mail, role) per speaker row; empty rows are skipped.
    pub speakers: Vec<(String, String, String, String)>,
    pub action_lines: Vec<String>,
    pub sdgs: Vec<String>,
    pub languages: Vec<String>,
    pub needs_interpretation: bool,
    pub needs_captioning: bool,
    pub needs_sign_language: bool,
    pub remote: bool,
    pub expected_audience: String,
}

pub const MAX_SPEAKERS: usize = 20;

impl ProposalInput {
    /// Parses every field against the known session types; `None` with
    /// `errors` filled when anything is wrong.
    pub fn parse(&self, known_types: &[String], errors: &mut FieldErrors) -> Option<ProposalData> {
        let type_code = errors.check(
            "type_code",
            if known_types.iter().any(|t| t == self.type_code.trim()) {
                Ok(self.type_code.trim().to_owned())
            } else {
                Err("session-type-invalid")
            },
        );
        let title = errors.check(
            "title",
            checked_text(&self.title, 200, false, "title-required", "title-too-long"),
        );
        let abstract_md = errors.check(
            "abstract_md",
            checked_text(
                &self.abstract_md,
                5_000,
                true,
                "abstract-required",
                "abstract-too-long",
            ),
        );
        let organisers: Vec<String> = self
            .organisers
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(str::to_owned)
            .collect();
        let organisers = errors.check(
            "organisers",
            if organisers.is_empty() {
                Err("organisers-required")
            } else if organisers.len() > 20 || organisers.iter().any(|o| o.chars().count() > 200) {
                Err("organisers-too-long")
            } else if organisers.iter().any(|o| o.chars().any(char::is_control)) {
                Err("text-invalid-characters")
            } else {
                Ok(organisers)
            },
        );
        let mut speakers = Vec::new();
        let mut speaker_error = None;
        for (name, org, email, role) in &self.speakers {
            if name.trim().is_empty() && org.trim().is_empty() && email.trim().is_empty() {
                continue;
            }
            let parsed = (|| {
                let name = checked_text(
                    name,
                    120,
                    false,
                    "speaker-name-required",
                    "speaker-too-long",
                )?;
                let organisation = checked_text(
                    org,
                    200,
                    false,
                    "speaker-organisation-required",
                    "speaker-too-long",
                )?;
                let email = crate::account::Email::parse(email)
                    .map_err(|_| "speaker-email-invalid")?
                    .as_str()
                    .to_owned();
                let role = SpeakerRole::parse(role.trim())?;
                Ok::<_, &'static str>(SpeakerData {
                    name,
                    organisation,
                    email,
                    role,
                })
            })();
            match parsed {
                Ok(s) => {
                    if speakers.iter().any(|x: &SpeakerData| x.email == s.email) {
                        speaker_error.get_or_insert("speaker-duplicate");
                    }
                    speakers.push(s)
                }
                Err(k) => {
                    speaker_error.get_or_insert(k);
                }
            }
        }
        if speakers.len() > MAX_SPEAKERS {
            speaker_error.get_or_insert("speakers-too-many");
        }
        if let Some(k) = speaker_error {
            errors.add("speakers", k);
        }
        let mut als = Vec::new();
        for code in &self.action_lines {
            let code = code.trim();
            if action_lines::action_line(code).is_none() && action_lines::category(code).is_none() {
                errors.add("action_lines", "action-line-invalid");
                break;
            }
            if !als.iter().any(|a| a == code) {
                als.push(code.to_owned());
            }
        }
        if als.is_empty() && errors.for_field("action_lines").is_none() {
            errors.add("action_lines", "action-lines-required");
        }
        let mut sdgs = Vec::new();
        for g in &self.sdgs {
            match g
                .trim()
                .parse::<u8>()
                .ok()
                .filter(|n| sdg::goal(*n).is_some())
            {
                Some(n) if !sdgs.contains(&n) => sdgs.push(n),
                Some(_) => {}
                None => {
                    errors.add("sdgs", "sdg-invalid");
                    break;
                }
            }
        }
        let mut languages = Vec::new();
        for l in &self.languages {
            match Language::from_tag(l.trim()) {
                Some(lang) if !languages.contains(&lang) => languages.push(lang),
                Some(_) => {}
                None => {
                    errors.add("languages", "language-invalid");
                    break;
                }
            }
        }
        if languages.is_empty() && errors.for_field("languages").is_none() {
            errors.add("languages", "session-languages-required");
        }
        let expected_audience = errors.check(
            "expected_audience",
            match self.expected_audience.trim() {
                "" => Ok(0),
                s => s
                    .parse::<u32>()
                    .ok()
                    .filter(|n| *n <= 10_000)
                    .ok_or("expected-audience-invalid"),
            },
        );
        if !errors.is_empty() {
            return None;
        }
        Some(ProposalData {
            type_code: type_code?,
            title: title?,
            abstract_md: abstract_md?,
            organisers: organisers?,
            speakers,
            action_lines: als,
            sdgs,
            languages,
            needs: Needs {
                interpretation: self.needs_interpretation,
                captioning: self.needs_captioning,
                sign_language: self.needs_sign_language,
            },
            remote: self.remote,
            expected_audience: expected_audience?,
        })
    }
}

/// A room as the schedule rules see it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoomRules {
    pub id: i64,
    pub capacity: u32,
    pub captioning: bool,
    pub interpretation: bool,
    /// The room's opening hours on each forum day, in UTC.
    pub open: Vec<(i64, i64)>,
}

/// A session placed (or about to be placed) in a room and a slot.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Placement {
    pub session_id: i64,
    pub room_id: i64,
    pub starts_at: i64,
    pub ends_at: i64,
    pub expected_audience: u32,
    pub needs: Needs,
    pub speakers: Vec<i64>,
}

/// A speaker's declared availability: when empty, always available.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Availability {
    pub speaker_id: i64,
    pub windows: Vec<(i64, i64)>,
}

/// One problem of a schedule.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Conflict {
    /// The slot ends before it starts, or lasts more than a day.
    ImpossibleSlot {
        session: i64,
    },
    UnknownRoom {
        session: i64,
        room: i64,
    },
    /// Two sessions in one room at the same time.
    RoomDoubleBooked {
        room: i64,
        a: i64,
        b: i64,
    },
    /// A speaker in two sessions at the same time.
    SpeakerDoubleBooked {
        speaker: i64,
        a: i64,
        b: i64,
    },
    SpeakerUnavailable {
        speaker: i64,
        session: i64,
    },
    OutsideForumDays {
        session: i64,
    },
    OutsideRoomHours {
        session: i64,
        room: i64,
    },
    RoomTooSmall {
        session: i64,
        room: i64,
        capacity: u32,
        expected: u32,
    },
    NoCaptioning {
        session: i64,
        room: i64,
    },
    NoInterpretation {
        session: i64,
        room: i64,
    },
}

impl Conflict {
    /// The interface key of this kind of conflict.
    pub fn key(&self) -> &'static str {
        match self {
            Conflict::ImpossibleSlot { .. } => "conflict-impossible-slot",
            Conflict::UnknownRoom { .. } => "conflict-unknown-room",
            Conflict::RoomDoubleBooked { .. } => "conflict-room-double-booked",
            Conflict::SpeakerDoubleBooked { .. } => "conflict-speaker-double-booked",
            Conflict::SpeakerUnavailable { .. } => "conflict-speaker-unavailable",
            Conflict::OutsideForumDays { .. } => "conflict-outside-forum-days",
            Conflict::OutsideRoomHours { .. } => "conflict-outside-room-hours",
            Conflict::RoomTooSmall { .. } => "conflict-room-too-small",
            Conflict::NoCaptioning { .. } => "conflict-no-captioning",
            Conflict::NoInterpretation { .. } => "conflict-no-interpretation",
        }
    }
    /// The sessions this conflict concerns.
    pub fn sessions(&self) -> Vec<i64> {
        match *self {
            Conflict::RoomDoubleBooked { a, b, .. }
            | Conflict::SpeakerDoubleBooked { a, b, .. } => {
                vec![a, b]
            }
            Conflict::ImpossibleSlot { session }
            | Conflict::UnknownRoom { session, .. }
            | Conflict::SpeakerUnavailable { session, .. }
            | Conflict::OutsideForumDays { session }
            | Conflict::OutsideRoomHours { session, .. }
            | Conflict::RoomTooSmall { session, .. }
            | Conflict::NoCaptioning { session, .. }
            | Conflict::NoInterpretation { session, .. } => vec![session],
        }
    }
    /// Whether the slot itself is unusable (nothing may be saved), as
    /// opposed to a conflict the secretariat may accept knowingly.
    pub fn is_blocking(&self) -> bool {
        matches!(
            self,
            Conflict::ImpossibleSlot { .. } | Conflict::UnknownRoom { .. }
        )
    }
}

/// The longest a session may last.
pub const MAX_SESSION_SECS: i64 = 12 * 3600;

fn overlaps(a: (i64, i64), b: (i64, i64)) -> bool {
    a.0 < b.1 && b.0 < a.1
}

fn within(slot: (i64, i64), windows: &[(i64, i64)]) -> bool {
    windows.iter().any(|w| w.0 <= slot.0 && slot.1 <= w.1)
}

/// Every conflict of a schedule, in a stable order. `forum_days` are the
/// forum's days in UTC (local midnight to midnight).
pub fn find_conflicts(
    forum_days: &[(i64, i64)],
    rooms: &[RoomRules],
    placements: &[Placement],
    availability: &[Availability],
) -> Vec<Conflict> {
    let mut out = Vec::new();
    let mut valid: Vec<&Placement> = Vec::new();
    for p in placements {
        let slot = (p.starts_at, p.ends_at);
        if p.ends_at <= p.starts_at || p.ends_at - p.starts_at > MAX_SESSION_SECS {
            out.push(Conflict::ImpossibleSlot {
                session: p.session_id,
            });
            continue;
        }
        let Some(room) = rooms.iter().find(|r| r.id == p.room_id) else {
            out.push(Conflict::UnknownRoom {
                session: p.session_id,
                room: p.room_id,
            });
            continue;
        };
        valid.push(p);
        if !within(slot, forum_days) {
            out.push(Conflict::OutsideForumDays {
                session: p.session_id,
            });
        } else if !within(slot, &room.open) {
            out.push(Conflict::OutsideRoomHours {
                session: p.session_id,
                room: room.id,
            });
        }
        if p.expected_audience > room.capacity {
            out.push(Conflict::RoomTooSmall {
                session: p.session_id,
                room: room.id,
                capacity: room.capacity,
                expected: p.expected_audience,
            });
        }
        if p.needs.captioning && !room.captioning {
            out.push(Conflict::NoCaptioning {
                session: p.session_id,
                room: room.id,
            });
        }
        if p.needs.interpretation && !room.interpretation {
            out.push(Conflict::NoInterpretation {
                session: p.session_id,
                room: room.id,
            });
        }
        for s in &p.speakers {
            if let Some(av) = availability.iter().find(|a| a.speaker_id == *s)
                && !av.windows.is_empty()
                && !within(slot, &av.windows)
            {
                out.push(Conflict::SpeakerUnavailable {
                    speaker: *s,
                    session: p.session_id,
                });
            }
        }
    }
    // Pairs: sorted by start, each compared with the ones that start before it ends.
    valid.sort_by_key(|p| (p.starts_at, p.session_id));
    for (i, a) in valid.iter().enumerate() {
        for b in valid[i + 1..].iter() {
            if b.starts_at >= a.ends_at {
                break;
            }
            if !overlaps((a.starts_at, a.ends_at), (b.starts_at, b.ends_at)) {
                continue;
            }
            let (x, y) = (
                a.session_id.min(b.session_id),
                a.session_id.max(b.session_id),
            );
            if a.room_id == b.room_id {
                out.push(Conflict::RoomDoubleBooked {
                    room: a.room_id,
                    a: x,
                    b: y,
                });
            }
            for s in &a.speakers {
                if b.speakers.contains(s) {
                    out.push(Conflict::SpeakerDoubleBooked {
                        speaker: *s,
                        a: x,
                        b: y,
                    });
                }
            }
        }
    }
    out
}

/// Parses a local clock time `HH:MM` into minutes after midnight.
pub fn parse_clock(s: &str) -> Result<u32, &'static str> {
    let (h, m) = s.trim().split_once(':').ok_or("time-invalid")?;
    let (h, m): (u32, u32) = (
        h.parse().map_err(|_| "time-invalid")?,
        m.parse().map_err(|_| "time-invalid")?,
    );
    if h > 24 || m > 59 || (h == 24 && m > 0) || s.trim().len() != 5 {
        return Err("time-invalid");
    }
    Ok(h * 60 + m)
}

/// Registration modes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum AttendanceMode {
    OnSite,
    Remote,
}

impl AttendanceMode {
    pub fn code(self) -> &'static str {
        match self {
            AttendanceMode::OnSite => "on-site",
            AttendanceMode::Remote => "remote",
        }
    }
    pub fn parse(s: &str) -> Result<AttendanceMode, &'static str> {
        match s {
            "on-site" => Ok(AttendanceMode::OnSite),
            "remote" => Ok(AttendanceMode::Remote),
            _ => Err("attendance-mode-invalid"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const H: i64 = 3600;
    // 8 April 2019, 00:00 Geneva = 7 April 22:00 UTC.
    const DAY0: i64 = 1_554_674_400;

    fn days() -> Vec<(i64, i64)> {
        (0..5)
            .map(|d| (DAY0 + d * 24 * H, DAY0 + (d + 1) * 24 * H))
            .collect()
    }

    fn room(id: i64, capacity: u32, captioning: bool) -> RoomRules {
        RoomRules {
            id,
            capacity,
            captioning,
            interpretation: false,
            // 09:00–18:30 local each day.
            open: (0..5)
                .map(|d| (DAY0 + d * 24 * H + 9 * H, DAY0 + d * 24 * H + 18 * H + 1800))
                .collect(),
        }
    }

    fn place(session: i64, room: i64, start_h: i64, len_h: i64, speakers: &[i64]) -> Placement {
        Placement {
            session_id: session,
            room_id: room,
            starts_at: DAY0 + start_h * H,
            ends_at: DAY0 + (start_h + len_h) * H,
            expected_audience: 50,
            needs: Needs::default(),
            speakers: speakers.to_vec(),
        }
    }

    #[test]
    fn a_clean_schedule_has_no_conflicts() {
        let rooms = [room(1, 100, true), room(2, 100, false)];
        let ps = [
            place(10, 1, 9, 1, &[1]),
            place(11, 1, 10, 1, &[1]),
            place(12, 2, 9, 2, &[2]),
        ];
        assert_eq!(find_conflicts(&days(), &rooms, &ps, &[]), vec![]);
    }

    #[test]
    fn double_bookings_of_rooms_and_speakers_are_found() {
        let rooms = [room(1, 100, true), room(2, 100, false)];
        let ps = [
            place(10, 1, 9, 2, &[7]),
            place(11, 1, 10, 1, &[]),
            place(12, 2, 10, 1, &[7, 8]),
        ];
        let c = find_conflicts(&days(), &rooms, &ps, &[]);
        assert!(c.contains(&Conflict::RoomDoubleBooked {
            room: 1,
            a: 10,
            b: 11
        }));
        assert!(c.contains(&Conflict::SpeakerDoubleBooked {
            speaker: 7,
            a: 10,
            b: 12
        }));
        assert_eq!(c.len(), 2, "{c:?}");
    }

    #[test]
    fn slots_outside_days_hours_capacity_and_features_are_found() {
        let rooms = [room(1, 40, false)];
        let mut big = place(1, 1, 10, 1, &[]);
        big.expected_audience = 41;
        big.needs.captioning = true;
        big.needs.interpretation = true;
        let mut early = place(2, 1, 7, 1, &[]); // 07:00 local: room closed
        early.expected_audience = 40;
        let mut after = place(3, 1, 6 * 24 + 10, 1, &[]); // day six
        after.expected_audience = 10;
        let c = find_conflicts(&days(), &rooms, &[big, early, after], &[]);
        assert_eq!(
            c,
            vec![
                Conflict::RoomTooSmall {
                    session: 1,
                    room: 1,
                    capacity: 40,
                    expected: 41
                },
                Conflict::NoCaptioning {
                    session: 1,
                    room: 1
                },
                Conflict::NoInterpretation {
                    session: 1,
                    room: 1
                },
                Conflict::OutsideRoomHours {
                    session: 2,
                    room: 1
                },
                Conflict::OutsideForumDays { session: 3 },
            ]
        );
    }

    #[test]
    fn impossible_slots_unknown_rooms_and_unavailable_speakers() {
        let rooms = [room(1, 100, true)];
        let mut backwards = place(1, 1, 10, 1, &[]);
        backwards.ends_at = backwards.starts_at - 60;
        let nowhere = place(2, 9, 10, 1, &[]);
        let busy = place(3, 1, 14, 1, &[5]);
        let av = [Availability {
            speaker_id: 5,
            windows: vec![(DAY0 + 9 * H, DAY0 + 12 * H)],
        }];
        let c = find_conflicts(&days(), &rooms, &[backwards, nowhere, busy], &av);
        assert_eq!(
            c,
            vec![
                Conflict::ImpossibleSlot { session: 1 },
                Conflict::UnknownRoom {
                    session: 2,
                    room: 9
                },
                Conflict::SpeakerUnavailable {
                    speaker: 5,
                    session: 3
                },
            ]
        );
        assert!(c[0].is_blocking() && c[1].is_blocking() && !c[2].is_blocking());
    }

    #[test]
    fn review_decisions_follow_the_workflow() {
        use SessionStatus as S;
        assert_eq!(ReviewAction::Accept.apply(S::Proposed), Ok(S::Accepted));
        assert_eq!(
            ReviewAction::RequestChanges.apply(S::Accepted),
            Ok(S::ChangesRequested)
        );
        assert!(ReviewAction::Accept.apply(S::Merged).is_err());
        assert!(ReviewAction::RequestChanges.apply(S::Declined).is_err());
        assert!(ReviewAction::Decline.needs_comment());
        assert!(!ReviewAction::Accept.needs_comment());
    }

    fn input() -> ProposalInput {
        ProposalInput {
            type_code: "thematic-workshop".into(),
            title: "Digital skills for all".into(),
            abstract_md: "A workshop.".into(),
            organisers: "ITU\nUNESCO\n".into(),
            speakers: vec![
                (
                    "Ana Ruiz".into(),
                    "UNESCO".into(),
                    "ana@example.org".into(),
                    "moderator".into(),
                ),
                ("".into(), "".into(), "".into(), "speaker".into()),
            ],
            action_lines: vec!["C4".into(), "C7.3".into()],
            sdgs: vec!["4".into()],
            languages: vec!["en".into(), "fr".into()],
            expected_audience: "80".into(),
            ..Default::default()
        }
    }

    #[test]
    fn a_valid_proposal_parses() {
        let types = vec!["thematic-workshop".to_owned()];
        let mut e = FieldErrors::new();
        let p = input().parse(&types, &mut e).expect("valid");
        assert!(e.is_empty());
        assert_eq!(p.organisers, vec!["ITU", "UNESCO"]);
        assert_eq!(p.speakers.len(), 1);
        assert_eq!(p.action_lines, vec!["C4", "C7.3"]);
        assert_eq!(p.languages, vec![Language::En, Language::Fr]);
        assert_eq!(p.expected_audience, 80);
    }

    #[test]
    fn every_bad_field_is_reported() {
        let types = vec!["thematic-workshop".to_owned()];
        let mut bad = input();
        bad.type_code = "party".into();
        bad.title = " ".into();
        bad.organisers = "".into();
        bad.speakers[0].2 = "not-an-email".into();
        bad.action_lines = vec!["C99".into()];
        bad.sdgs = vec!["18".into()];
        bad.languages = vec![];
        bad.expected_audience = "-3".into();
        let mut e = FieldErrors::new();
        assert!(bad.parse(&types, &mut e).is_none());
        let fields: Vec<_> = e.0.iter().map(|x| (x.field, x.key)).collect();
        assert_eq!(
            fields,
            vec![
                ("type_code", "session-type-invalid"),
                ("title", "title-required"),
                ("organisers", "organisers-required"),
                ("speakers", "speaker-email-invalid"),
                ("action_lines", "action-line-invalid"),
                ("sdgs", "sdg-invalid"),
                ("languages", "session-languages-required"),
                ("expected_audience", "expected-audience-invalid"),
            ]
        );
    }

    #[test]
    fn clock_times_parse() {
        assert_eq!(parse_clock("09:30"), Ok(570));
        assert_eq!(parse_clock("24:00"), Ok(1440));
        assert!(parse_clock("9:30").is_err());
        assert!(parse_clock("25:00").is_err());
        assert_eq!(
            check_type_code("knowledge-cafe"),
            Ok("knowledge-cafe".into())
        );
        assert!(check_type_code("Bad Code").is_err());
    }
}
