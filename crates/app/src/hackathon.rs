//! The WSIS Hackathon (issue 14, item 3): editions and their challenges, teams formed
//! by invitation (a captain invites by e-mail; whoever signs in with that verified address
//! accepts or declines), a project per team with up to five files in the media store,
//! editable by its members until the deadline; a jury that declares its conflicts of
//! interest and scores the projects against the published criteria; one winner per
//! challenge, public once announced.
//!
//! Every change to a team (a member joins or leaves, an invitation, a file) runs in a
//! transaction that first locks the team's row, so that the counts it checks (team
//! size, invitations, files) cannot be passed by two requests at once; the unique keys
//! (one team per person and challenge, one invitation per address and team, unique
//! names) are the second guard.

use crate::mail::Letter;
use crate::prizes::secretariat;
use crate::{App, ServiceError, ServiceResult};
use std::collections::BTreeMap;
use wsis_db::dialect::{Parent, lock_parent};
use wsis_db::hackathon as q;
use wsis_db::{AnyConnection, DbError, now};
use wsis_domain::access::Principal;
use wsis_domain::account::Email;
use wsis_domain::hackathon::{
    CRITERIA, INVITATIONS_PER_PLACE, MAX_FILES, Phase, ProjectInput, Ranked, SCORE_RANGE, Schedule,
    description_field, invitation, parse_localized, parse_partners, parse_team_name,
    parse_team_size, title_field,
};
use wsis_domain::{FieldErrors, Language};
use wsis_i18n::Arg;

pub use wsis_db::hackathon::{ChallengeRow, FileRow, InvitationRow, ProjectRow, TeamRow};

/// An edition as the pages show it.
#[derive(Debug, Clone)]
pub struct Hackathon {
    pub id: i64,
    pub year: i64,
    pub title: BTreeMap<String, String>,
    pub team_min: i64,
    pub team_max: i64,
    pub schedule: Schedule,
    pub phase: Phase,
}

impl Hackathon {
    fn of(r: q::HackathonRow, t: i64) -> Hackathon {
        Hackathon {
            id: r.id,
            year: r.year,
            phase: r.schedule.phase_at(t),
            title: r.title,
            team_min: r.team_min,
            team_max: r.team_max,
            schedule: r.schedule,
        }
    }
}

/// A text of several languages in `lang`, and the language it is in (English when not
/// translated).
pub fn text_in(texts: &BTreeMap<String, String>, lang: Language) -> (&str, Language) {
    match texts.get(lang.code()) {
        Some(t) => (t, lang),
        None => (
            texts.get("en").map(String::as_str).unwrap_or_default(),
            Language::En,
        ),
    }
}

async fn hackathon_in(conn: &mut AnyConnection, year: i64) -> ServiceResult<Hackathon> {
    let row = q::hackathon(conn, year)
        .await?
        .ok_or(ServiceError::NotFound)?;
    Ok(Hackathon::of(row, now()))
}

pub async fn hackathons(app: &App) -> ServiceResult<Vec<Hackathon>> {
    let mut conn = app.db().conn().await?;
    let t = now();
    Ok(q::hackathons(&mut conn)
        .await?
        .into_iter()
        .map(|r| Hackathon::of(r, t))
        .collect())
}

/// An edition's settings as typed.
#[derive(Debug, Clone, Default)]
pub struct SettingsInput {
    pub title: BTreeMap<String, String>,
    pub team_min: String,
    pub team_max: String,
    pub dates: [Option<i64>; 3],
}

/// Creates the edition of `year` (the secretariat), or changes its title, team sizes
/// and dates.
pub async fn save_hackathon(
    app: &App,
    who: Principal<'_>,
    year: i64,
    input: &SettingsInput,
) -> ServiceResult<()> {
    secretariat(who)?;
    let mut errors = FieldErrors::new();
    if !(2000..=2100).contains(&year) {
        errors.add("year", "hackathon-year-invalid");
    }
    let title = merge(
        &mut errors,
        parse_localized(&input.title, title_field, 200, false),
    );
    let sizes = merge(
        &mut errors,
        parse_team_size(&input.team_min, &input.team_max),
    );
    for (i, d) in input.dates.iter().enumerate() {
        if d.is_none() {
            errors.add(Schedule::FIELDS[i], "hackathon-date-required");
        }
    }
    let schedule = match input.dates {
        [Some(a), Some(b), Some(c)] => merge(&mut errors, Schedule::parse([a, b, c])),
        _ => None,
    };
    let (Some(title), Some((team_min, team_max)), Some(schedule), true) =
        (title, sizes, schedule, errors.is_empty())
    else {
        return Err(ServiceError::Fields(errors));
    };
    let mut tx = app.db().begin().await?;
    q::save_hackathon(
        &mut tx,
        year,
        &q::Settings {
            title: &title,
            team_min,
            team_max,
            schedule: &schedule,
        },
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

fn merge<T>(errors: &mut FieldErrors, r: Result<T, FieldErrors>) -> Option<T> {
    match r {
        Ok(v) => Some(v),
        Err(e) => {
            errors.0.extend(e.0);
            None
        }
    }
}

/// A challenge as typed.
#[derive(Debug, Clone, Default)]
pub struct ChallengeInput {
    pub title: BTreeMap<String, String>,
    pub description: BTreeMap<String, String>,
    pub partners: String,
}

/// Adds a challenge to the edition (`id` None) or changes one (the secretariat).
pub async fn save_challenge(
    app: &App,
    who: Principal<'_>,
    year: i64,
    id: Option<i64>,
    input: &ChallengeInput,
) -> ServiceResult<i64> {
    secretariat(who)?;
    let mut errors = FieldErrors::new();
    let title = merge(
        &mut errors,
        parse_localized(&input.title, title_field, 200, false),
    );
    let description = merge(
        &mut errors,
        parse_localized(&input.description, description_field, 3000, true),
    );
    let partners = errors.check("partners", parse_partners(&input.partners));
    let (Some(title), Some(description), Some(partners), true) =
        (title, description, partners, errors.is_empty())
    else {
        return Err(ServiceError::Fields(errors));
    };
    let mut tx = app.db().begin().await?;
    let h = hackathon_in(&mut tx, year).await?;
    let id = q::save_challenge(
        &mut tx,
        h.id,
        id,
        &q::ChallengeData {
            title: &title,
            description: &description,
            partners: &partners,
        },
    )
    .await?
    .ok_or(ServiceError::NotFound)?;
    tx.commit().await?;
    Ok(id)
}

/// An edition with its challenges, teams and (once announced, or for the secretariat)
/// winners: challenge → team.
#[derive(Debug, Clone)]
pub struct Overview {
    pub hackathon: Hackathon,
    pub challenges: Vec<ChallengeRow>,
    pub teams: Vec<TeamRow>,
    pub winners: BTreeMap<i64, i64>,
}

impl Overview {
    pub fn challenge(&self, id: i64) -> Option<&ChallengeRow> {
        self.challenges.iter().find(|c| c.id == id)
    }
    pub fn team(&self, id: i64) -> Option<&TeamRow> {
        self.teams.iter().find(|t| t.id == id)
    }
}

pub async fn overview(app: &App, who: Option<Principal<'_>>, year: i64) -> ServiceResult<Overview> {
    let mut conn = app.db().conn().await?;
    let hackathon = hackathon_in(&mut conn, year).await?;
    let challenges = q::challenges(&mut conn, hackathon.id).await?;
    let teams = q::teams(&mut conn, hackathon.id).await?;
    let winners = if hackathon.phase == Phase::Announced || who.is_some_and(|w| w.is_secretariat())
    {
        q::winners(&mut conn, hackathon.id).await?
    } else {
        BTreeMap::new()
    };
    Ok(Overview {
        hackathon,
        challenges,
        teams,
        winners,
    })
}

async fn email_of(conn: &mut AnyConnection, who: Principal<'_>) -> ServiceResult<String> {
    Ok(wsis_db::accounts::find_user(conn, who.id.get())
        .await?
        .ok_or(ServiceError::Forbidden)?
        .email)
}

/// What a participant sees: the edition, its challenges, their teams and the
/// invitations waiting for their answer.
pub struct Participation {
    pub hackathon: Hackathon,
    pub challenges: Vec<ChallengeRow>,
    pub teams: Vec<TeamRow>,
    pub invitations: Vec<InvitationRow>,
}

pub async fn participation(
    app: &App,
    who: Principal<'_>,
    year: i64,
) -> ServiceResult<Participation> {
    let mut conn = app.db().conn().await?;
    let hackathon = hackathon_in(&mut conn, year).await?;
    let email = email_of(&mut conn, who).await?;
    Ok(Participation {
        challenges: q::challenges(&mut conn, hackathon.id).await?,
        teams: q::teams_of(&mut conn, hackathon.id, who.id.get()).await?,
        invitations: q::pending_for(&mut conn, hackathon.id, &email).await?,
        hackathon,
    })
}

fn open(h: &Hackathon) -> ServiceResult<()> {
    if h.phase == Phase::Open {
        Ok(())
    } else {
        Err(ServiceError::Conflict("hackathon-closed"))
    }
}

/// Creates a team in a challenge with `who` as its captain and first member (while the
/// edition is open; one team per person and challenge; names unique per edition).
pub async fn create_team(
    app: &App,
    who: Principal<'_>,
    year: i64,
    challenge: &str,
    name: &str,
) -> ServiceResult<i64> {
    let mut errors = FieldErrors::new();
    let name = errors.check("name", parse_team_name(name));
    let challenge: Option<i64> = challenge.trim().parse().ok();
    let mut tx = app.db().begin().await?;
    let h = hackathon_in(&mut tx, year).await?;
    if h.phase != Phase::Open {
        return Err(ServiceError::field("name", "hackathon-closed"));
    }
    let challenges = q::challenges(&mut tx, h.id).await?;
    let challenge = challenge.filter(|c| challenges.iter().any(|x| x.id == *c));
    match challenge {
        None => errors.add("challenge", "hackathon-challenge-required"),
        Some(c) if q::in_challenge(&mut tx, c, who.id.get()).await? => {
            errors.add("challenge", "hackathon-one-team")
        }
        Some(_) => {}
    }
    if let Some((_, key)) = &name
        && q::name_taken(&mut tx, h.id, key).await?
    {
        errors.add("name", "hackathon-team-name-taken");
    }
    let (Some((name, key)), Some(challenge), true) = (name, challenge, errors.is_empty()) else {
        return Err(ServiceError::Fields(errors));
    };
    let id = q::create_team(&mut tx, h.id, challenge, &name, &key, who.id.get())
        .await
        .map_err(team_conflict)?;
    tx.commit().await?;
    Ok(id)
}

/// A unique key's refusal as the form's error (two requests at once, on PostgreSQL).
fn team_conflict(e: DbError) -> ServiceError {
    match e {
        DbError::Conflict(which) if which == "name" => {
            ServiceError::field("name", "hackathon-team-name-taken")
        }
        DbError::Conflict(_) => ServiceError::field("challenge", "hackathon-one-team"),
        e => e.into(),
    }
}

/// A team as its page shows it to `who`.
pub struct TeamPage {
    pub hackathon: Hackathon,
    pub team: TeamRow,
    pub challenge: ChallengeRow,
    pub members: Vec<(i64, String)>,
    /// The project and its files, when `who` may see them: its members, the
    /// secretariat, jurors without a conflict, and everyone once it won and the
    /// winners are announced.
    pub project: Option<(ProjectRow, Vec<FileRow>)>,
    pub won: bool,
    pub is_member: bool,
    pub is_captain: bool,
    /// The invitations the team sent (its captain and the secretariat).
    pub invitations: Vec<InvitationRow>,
}

async fn team_in(conn: &mut AnyConnection, h: &Hackathon, id: i64) -> ServiceResult<TeamRow> {
    q::team(conn, id)
        .await?
        .filter(|t| t.hackathon_id == h.id)
        .ok_or(ServiceError::NotFound)
}

/// Whether `who` may see a team's project now.
async fn may_see_project(
    conn: &mut AnyConnection,
    who: Option<Principal<'_>>,
    h: &Hackathon,
    team: &TeamRow,
    won: bool,
) -> ServiceResult<bool> {
    if won && h.phase == Phase::Announced {
        return Ok(true);
    }
    let Some(who) = who else { return Ok(false) };
    if who.is_secretariat() || q::is_member(conn, team.id, who.id.get()).await? {
        return Ok(true);
    }
    Ok(h.phase >= Phase::Judging
        && q::is_juror(conn, h.id, who.id.get()).await?
        && !q::in_challenge(conn, team.challenge_id, who.id.get()).await?
        && !q::conflicts_of(conn, h.id, who.id.get())
            .await?
            .contains(&team.id))
}

pub async fn team(
    app: &App,
    who: Option<Principal<'_>>,
    year: i64,
    id: i64,
) -> ServiceResult<TeamPage> {
    let mut conn = app.db().conn().await?;
    let hackathon = hackathon_in(&mut conn, year).await?;
    let team = team_in(&mut conn, &hackathon, id).await?;
    let challenge = q::challenges(&mut conn, hackathon.id)
        .await?
        .into_iter()
        .find(|c| c.id == team.challenge_id)
        .ok_or(ServiceError::NotFound)?;
    let members = q::members(&mut conn, team.id).await?;
    let me = who.map(|w| w.id.get());
    let is_member = members.iter().any(|(m, _)| Some(*m) == me);
    let is_captain = me == Some(team.captain_id);
    let won = q::winners(&mut conn, hackathon.id)
        .await?
        .get(&team.challenge_id)
        == Some(&team.id);
    let project = if may_see_project(&mut conn, who, &hackathon, &team, won).await? {
        match q::project(&mut conn, team.id).await? {
            Some(p) => Some((p, q::files(&mut conn, team.id).await?)),
            None => None,
        }
    } else {
        None
    };
    let invitations = if is_captain || who.is_some_and(|w| w.is_secretariat()) {
        q::invitations_of_team(&mut conn, team.id).await?
    } else {
        Vec::new()
    };
    Ok(TeamPage {
        won: won && hackathon.phase == Phase::Announced,
        hackathon,
        team,
        challenge,
        members,
        project,
        is_member,
        is_captain,
        invitations,
    })
}

/// Locks a team of the edition for a change and returns it.
async fn locked_team(conn: &mut AnyConnection, h: &Hackathon, id: i64) -> ServiceResult<TeamRow> {
    lock_parent(conn, Parent::HackathonTeam, id).await?;
    team_in(conn, h, id).await
}

/// The captain invites the owner of `email` (while the edition is open): the team's
/// members and pending invitations together stay within its size, and a team sends at
/// most [`INVITATIONS_PER_PLACE`] times its size in all. The invitee gets an e-mail in
/// their language (the captain's when the address has no account yet).
pub async fn invite(
    app: &App,
    who: Principal<'_>,
    lang: Language,
    year: i64,
    team: i64,
    email: &str,
) -> ServiceResult<()> {
    let email = Email::parse(email).map_err(|k| ServiceError::field("email", k))?;
    let mut tx = app.db().begin().await?;
    let h = hackathon_in(&mut tx, year).await?;
    let t = locked_team(&mut tx, &h, team).await?;
    if t.captain_id != who.id.get() {
        return Err(ServiceError::Forbidden);
    }
    if h.phase != Phase::Open {
        return Err(ServiceError::field("email", "hackathon-closed"));
    }
    let invitee = wsis_db::accounts::find_user_by_email(&mut tx, &email).await?;
    if let Some(u) = &invitee
        && q::is_member(&mut tx, t.id, u.id).await?
    {
        return Err(ServiceError::field("email", "hackathon-already-member"));
    }
    let (sent, pending) = q::invitation_counts(&mut tx, t.id).await?;
    if t.members + pending >= h.team_max {
        return Err(ServiceError::field("email", "hackathon-team-full"));
    }
    if sent >= INVITATIONS_PER_PLACE * h.team_max {
        return Err(ServiceError::field("email", "hackathon-invitations-limit"));
    }
    q::invite(&mut tx, t.id, email.as_str(), who.id.get())
        .await
        .map_err(|e| match e {
            DbError::Conflict(_) => ServiceError::field("email", "hackathon-already-invited"),
            e => e.into(),
        })?;
    let captain = wsis_db::accounts::find_user(&mut tx, who.id.get())
        .await?
        .ok_or(ServiceError::Forbidden)?;
    let challenge = q::challenges(&mut tx, h.id)
        .await?
        .into_iter()
        .find(|c| c.id == t.challenge_id)
        .ok_or(ServiceError::NotFound)?;
    let (mail_lang, name) = match &invitee {
        Some(u) => (u.profile.language, u.profile.name.clone()),
        None => (lang, email.as_str().to_owned()),
    };
    let y = year.to_string();
    let mut letter = Letter::to(mail_lang, &name).say(
        "hackathon-mail-invite",
        &[
            ("captain", Arg::from(captain.profile.name.as_str())),
            ("team", Arg::from(t.name.as_str())),
            (
                "challenge",
                Arg::from(text_in(&challenge.title, mail_lang).0),
            ),
            ("year", Arg::from(y.as_str())),
        ],
    );
    if invitee.is_none() {
        letter = letter.say("hackathon-mail-invite-signup", &[]);
    }
    let mail = letter
        .text(&format!(
            "{}/{}/hackathon/{year}/participate",
            app.config().public_url,
            mail_lang.code()
        ))
        .sign(
            email.as_str(),
            "hackathon-mail-invite-subject",
            &[("year", Arg::from(y.as_str()))],
        );
    crate::mail::queue(&mut tx, &mail).await?;
    tx.commit().await?;
    app.wake_worker();
    Ok(())
}

/// The captain withdraws an invitation that waits for its answer.
pub async fn withdraw(
    app: &App,
    who: Principal<'_>,
    year: i64,
    team: i64,
    id: i64,
) -> ServiceResult<()> {
    let mut tx = app.db().begin().await?;
    let h = hackathon_in(&mut tx, year).await?;
    let t = locked_team(&mut tx, &h, team).await?;
    if t.captain_id != who.id.get() {
        return Err(ServiceError::Forbidden);
    }
    q::invitation(&mut tx, id)
        .await?
        .filter(|i| i.team_id == t.id)
        .ok_or(ServiceError::NotFound)?;
    if !q::answer(&mut tx, id, invitation::WITHDRAWN).await? {
        return Err(ServiceError::Conflict("hackathon-invitation-answered"));
    }
    tx.commit().await?;
    Ok(())
}

/// The invitee accepts (joins the team, while it has room and they are in no other team
/// of its challenge) or declines an invitation to their address. The captain is told by
/// e-mail when someone joins.
pub async fn answer(
    app: &App,
    who: Principal<'_>,
    year: i64,
    id: i64,
    accept: bool,
) -> ServiceResult<i64> {
    let mut tx = app.db().begin().await?;
    let h = hackathon_in(&mut tx, year).await?;
    let email = email_of(&mut tx, who).await?;
    let inv = q::invitation(&mut tx, id)
        .await?
        .filter(|i| i.email == email)
        .ok_or(ServiceError::NotFound)?;
    let t = locked_team(&mut tx, &h, inv.team_id).await?;
    if h.phase != Phase::Open {
        return Err(ServiceError::field("invitation", "hackathon-closed"));
    }
    // Read again under the team's lock: the captain may have withdrawn it meanwhile.
    let inv = q::invitation(&mut tx, id)
        .await?
        .ok_or(ServiceError::NotFound)?;
    if inv.status != invitation::PENDING {
        return Err(ServiceError::field(
            "invitation",
            "hackathon-invitation-answered",
        ));
    }
    let answered = |done: bool| {
        if done {
            Ok(())
        } else {
            Err(ServiceError::field(
                "invitation",
                "hackathon-invitation-answered",
            ))
        }
    };
    if !accept {
        answered(q::answer(&mut tx, id, invitation::DECLINED).await?)?;
        tx.commit().await?;
        return Ok(t.id);
    }
    if t.members >= h.team_max {
        return Err(ServiceError::field("invitation", "hackathon-team-full"));
    }
    if q::in_challenge(&mut tx, t.challenge_id, who.id.get()).await? {
        return Err(ServiceError::field("invitation", "hackathon-one-team"));
    }
    answered(q::answer(&mut tx, id, invitation::ACCEPTED).await?)?;
    q::add_member(&mut tx, t.id, t.challenge_id, who.id.get())
        .await
        .map_err(|e| match e {
            DbError::Conflict(_) => ServiceError::field("invitation", "hackathon-one-team"),
            e => e.into(),
        })?;
    if let Some(captain) = wsis_db::accounts::find_user(&mut tx, t.captain_id).await?
        && let Some(member) = wsis_db::accounts::find_user(&mut tx, who.id.get()).await?
    {
        let lang = captain.profile.language;
        let y = year.to_string();
        let mail = Letter::to(lang, &captain.profile.name)
            .say(
                "hackathon-mail-joined",
                &[
                    ("name", Arg::from(member.profile.name.as_str())),
                    ("team", Arg::from(t.name.as_str())),
                ],
            )
            .text(&format!(
                "{}/{}/hackathon/{year}/teams/{}",
                app.config().public_url,
                lang.code(),
                t.id
            ))
            .sign(
                &captain.email,
                "hackathon-mail-joined-subject",
                &[("year", Arg::from(y.as_str()))],
            );
        crate::mail::queue(&mut tx, &mail).await?;
    }
    tx.commit().await?;
    app.wake_worker();
    Ok(t.id)
}

/// A member other than the captain leaves the team (while the edition is open).
pub async fn leave(app: &App, who: Principal<'_>, year: i64, team: i64) -> ServiceResult<()> {
    let mut tx = app.db().begin().await?;
    let h = hackathon_in(&mut tx, year).await?;
    let t = locked_team(&mut tx, &h, team).await?;
    open(&h)?;
    if t.captain_id == who.id.get() {
        return Err(ServiceError::Conflict("hackathon-captain-stays"));
    }
    if !q::remove_member(&mut tx, t.id, who.id.get()).await? {
        return Err(ServiceError::NotFound);
    }
    tx.commit().await?;
    Ok(())
}

/// A file of a project, checked by its content: a document (PDF, Office, OpenDocument)
/// kept as sent, or an image (PNG, JPEG, WebP) re-encoded from its pixels.
struct CheckedFile {
    content_type: &'static str,
    ext: &'static str,
    bytes: Vec<u8>,
}

fn check_file(bytes: &[u8]) -> Result<CheckedFile, &'static str> {
    if let Ok(kind) = wsis_domain::forum::documents::sniff_document(bytes) {
        return Ok(CheckedFile {
            content_type: kind.content_type,
            ext: kind.extension,
            bytes: bytes.to_vec(),
        });
    }
    if bytes.len() > wsis_domain::forum::documents::MAX_DOCUMENT_BYTES {
        return Err("hackathon-file-too-large");
    }
    match crate::stocktaking::images::process(bytes) {
        Ok(p) => Ok(CheckedFile {
            content_type: p.content_type,
            ext: p.ext,
            bytes: p.full,
        }),
        Err("image-too-many-pixels") => Err("image-too-many-pixels"),
        Err(_) => Err("hackathon-file-type"),
    }
}

/// The store key of a project file.
pub fn object_key(key: &str, ext: &str) -> String {
    format!("hackathon/{}/{key}.{ext}", wsis_media::shard(key))
}

/// A member saves the team's project (the first time: submits it) while the edition is
/// open and the team has at least its smallest size, with a file to add when given: at
/// most [`MAX_FILES`]. The file is written to the
/// store first; nothing is kept when anything is refused.
pub async fn save_project(
    app: &App,
    who: Principal<'_>,
    year: i64,
    team: i64,
    input: &ProjectInput,
    file: Option<(String, Vec<u8>)>,
) -> ServiceResult<()> {
    {
        let mut conn = app.db().conn().await?;
        let h = hackathon_in(&mut conn, year).await?;
        let t = team_in(&mut conn, &h, team).await?;
        if !q::is_member(&mut conn, t.id, who.id.get()).await? {
            return Err(ServiceError::Forbidden);
        }
        if h.phase != Phase::Open {
            return Err(ServiceError::field("title", "hackathon-closed"));
        }
        if file.as_ref().is_some_and(|(_, b)| !b.is_empty())
            && q::files(&mut conn, t.id).await?.len() as i64 >= MAX_FILES
        {
            return Err(ServiceError::field("file", "hackathon-file-limit"));
        }
    }
    let mut errors = FieldErrors::new();
    let data = merge(&mut errors, input.parse());
    let checked = match file.filter(|(_, b)| !b.is_empty()) {
        None => None,
        Some(_) if !errors.is_empty() => None,
        Some((name, bytes)) => {
            let _slot = app
                .0
                .image_slots
                .acquire()
                .await
                .map_err(|e| ServiceError::caused("image slots", e))?;
            match tokio::task::spawn_blocking(move || check_file(&bytes))
                .await
                .map_err(|e| ServiceError::internal(format!("file task: {e}")))?
            {
                Ok(c) => {
                    let kind = wsis_domain::forum::documents::DocumentKind {
                        content_type: c.content_type,
                        extension: c.ext,
                    };
                    Some((
                        wsis_domain::forum::documents::safe_file_name(&name, kind),
                        c,
                    ))
                }
                Err(k) => {
                    errors.add("file", k);
                    None
                }
            }
        }
    };
    let (Some(data), true) = (data, errors.is_empty()) else {
        return Err(ServiceError::Fields(errors));
    };
    let stored = match checked {
        Some((name, c)) => {
            let key = object_key(&wsis_media::new_key()?, c.ext);
            let size = c.bytes.len() as i64;
            crate::media::put_upload(app, vec![(key.clone(), c.bytes.into())]).await?;
            Some((name, key, c.content_type, size))
        }
        None => None,
    };
    let saved = async {
        let mut tx = app.db().begin().await?;
        let h = hackathon_in(&mut tx, year).await?;
        let t = locked_team(&mut tx, &h, team).await?;
        if !q::is_member(&mut tx, t.id, who.id.get()).await? {
            return Err(ServiceError::Forbidden);
        }
        if h.phase != Phase::Open {
            return Err(ServiceError::field("title", "hackathon-closed"));
        }
        if t.members < h.team_min {
            return Err(ServiceError::field("title", "hackathon-team-too-small"));
        }
        q::save_project(&mut tx, t.id, &data, who.id.get()).await?;
        if let Some((name, key, content_type, size)) = &stored {
            if q::files(&mut tx, t.id).await?.len() as i64 >= MAX_FILES {
                return Err(ServiceError::field("file", "hackathon-file-limit"));
            }
            crate::within_upload_quota(&mut tx, app, who, *size).await?;
            q::add_file(
                &mut tx,
                &q::NewFile {
                    team: t.id,
                    name,
                    key,
                    content_type,
                    bytes: *size,
                    by: who.id.get(),
                },
            )
            .await?;
        }
        tx.commit().await?;
        Ok(())
    }
    .await;
    if saved.is_err()
        && let Some((_, key, _, _)) = &stored
    {
        app.media().delete(key).await;
    }
    saved
}

/// A member removes a file of the project while the edition is open.
pub async fn remove_file(
    app: &App,
    who: Principal<'_>,
    year: i64,
    team: i64,
    id: i64,
) -> ServiceResult<()> {
    let mut tx = app.db().begin().await?;
    let h = hackathon_in(&mut tx, year).await?;
    let t = locked_team(&mut tx, &h, team).await?;
    if !q::is_member(&mut tx, t.id, who.id.get()).await? {
        return Err(ServiceError::Forbidden);
    }
    open(&h)?;
    let key = q::remove_file(&mut tx, t.id, id)
        .await?
        .ok_or(ServiceError::NotFound)?;
    tx.commit().await?;
    app.media().delete(&key).await;
    Ok(())
}

/// A project file asked for by its name (`KEY.EXT`): its row, and whether it is public.
pub async fn file(
    app: &App,
    who: Option<Principal<'_>>,
    name: &str,
) -> ServiceResult<(FileRow, bool)> {
    let (key, ext) = name.rsplit_once('.').ok_or(ServiceError::NotFound)?;
    if key.len() != 32
        || !key.bytes().all(|b| b.is_ascii_hexdigit())
        || !ext.bytes().all(|b| b.is_ascii_alphanumeric())
    {
        return Err(ServiceError::NotFound);
    }
    let mut conn = app.db().conn().await?;
    let f = q::file_by_key(&mut conn, &object_key(key, ext))
        .await?
        .ok_or(ServiceError::NotFound)?;
    let t = q::team(&mut conn, f.team_id)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let row = q::hackathons(&mut conn)
        .await?
        .into_iter()
        .find(|h| h.id == t.hackathon_id)
        .ok_or(ServiceError::NotFound)?;
    let h = Hackathon::of(row, now());
    let won = q::winners(&mut conn, h.id).await?.get(&t.challenge_id) == Some(&t.id);
    if !may_see_project(&mut conn, who, &h, &t, won).await? {
        return Err(ServiceError::NotFound);
    }
    Ok((f, won && h.phase == Phase::Announced))
}

// --------------------------------------------------------------------- jury

/// The jurors of an edition (the secretariat): (id, name, e-mail).
pub async fn jurors(
    app: &App,
    who: Principal<'_>,
    year: i64,
) -> ServiceResult<Vec<(i64, String, String)>> {
    secretariat(who)?;
    let mut conn = app.db().conn().await?;
    let h = hackathon_in(&mut conn, year).await?;
    Ok(q::jurors(&mut conn, h.id).await?)
}

/// Appoints (or, with `add` false, removes) the account of `email` as a juror.
pub async fn set_juror(
    app: &App,
    who: Principal<'_>,
    year: i64,
    email: &str,
    add: bool,
) -> ServiceResult<()> {
    secretariat(who)?;
    let email = Email::parse(email).map_err(|k| ServiceError::field("email", k))?;
    let mut tx = app.db().begin().await?;
    let h = hackathon_in(&mut tx, year).await?;
    let user = wsis_db::accounts::find_user_by_email(&mut tx, &email)
        .await?
        .ok_or(ServiceError::field("email", "hackathon-account-unknown"))?;
    if add {
        q::add_juror(&mut tx, h.id, user.id).await?;
    } else {
        q::remove_juror(&mut tx, h.id, user.id).await?;
    }
    tx.commit().await?;
    Ok(())
}

/// What a juror reviews, from the deadline on: each team with a project they have no
/// conflict with, in a challenge they have no team in, with whether they scored it.
pub struct JuryQueue {
    pub hackathon: Hackathon,
    pub challenges: Vec<ChallengeRow>,
    pub items: Vec<(TeamRow, bool)>,
}

pub async fn jury(app: &App, who: Principal<'_>, year: i64) -> ServiceResult<JuryQueue> {
    let mut conn = app.db().conn().await?;
    let hackathon = hackathon_in(&mut conn, year).await?;
    let me = who.id.get();
    if !q::is_juror(&mut conn, hackathon.id, me).await? {
        return Err(ServiceError::Forbidden);
    }
    let conflicts = q::conflicts_of(&mut conn, hackathon.id, me).await?;
    let scored = q::scored_by(&mut conn, hackathon.id, me).await?;
    // A juror who is in a team does not judge its challenge.
    let mine: Vec<i64> = q::teams_of(&mut conn, hackathon.id, me)
        .await?
        .iter()
        .map(|t| t.challenge_id)
        .collect();
    // Projects are the jury's from the deadline on (they may change until then).
    let judging = hackathon.phase >= Phase::Judging;
    let items = q::teams(&mut conn, hackathon.id)
        .await?
        .into_iter()
        .filter(|t| {
            judging
                && t.submitted > 0
                && !conflicts.contains(&t.id)
                && !mine.contains(&t.challenge_id)
        })
        .map(|t| {
            let s = scored.contains(&t.id);
            (t, s)
        })
        .collect();
    Ok(JuryQueue {
        challenges: q::challenges(&mut conn, hackathon.id).await?,
        hackathon,
        items,
    })
}

/// A team as a juror reviews it (not found before the deadline, when conflicted, in a
/// team of its challenge, or without a project).
async fn reviewable(
    conn: &mut AnyConnection,
    who: Principal<'_>,
    h: &Hackathon,
    team: i64,
) -> ServiceResult<TeamRow> {
    let me = who.id.get();
    if !q::is_juror(conn, h.id, me).await? {
        return Err(ServiceError::Forbidden);
    }
    let t = team_in(conn, h, team).await?;
    let in_challenge = q::in_challenge(conn, t.challenge_id, me).await?;
    if h.phase < Phase::Judging
        || t.submitted == 0
        || in_challenge
        || q::conflicts_of(conn, h.id, me).await?.contains(&t.id)
    {
        return Err(ServiceError::NotFound);
    }
    Ok(t)
}

/// A project as a juror reviews it, with their scores so far.
pub struct Review {
    pub hackathon: Hackathon,
    pub team: TeamRow,
    pub challenge: ChallengeRow,
    pub members: Vec<(i64, String)>,
    pub project: ProjectRow,
    pub files: Vec<FileRow>,
    pub scores: BTreeMap<String, (i64, String)>,
}

pub async fn review(app: &App, who: Principal<'_>, year: i64, team: i64) -> ServiceResult<Review> {
    let mut conn = app.db().conn().await?;
    let hackathon = hackathon_in(&mut conn, year).await?;
    let team = reviewable(&mut conn, who, &hackathon, team).await?;
    let challenge = q::challenges(&mut conn, hackathon.id)
        .await?
        .into_iter()
        .find(|c| c.id == team.challenge_id)
        .ok_or(ServiceError::NotFound)?;
    Ok(Review {
        members: q::members(&mut conn, team.id).await?,
        project: q::project(&mut conn, team.id)
            .await?
            .ok_or(ServiceError::NotFound)?,
        files: q::files(&mut conn, team.id).await?,
        scores: q::scores_of(&mut conn, team.id, who.id.get()).await?,
        hackathon,
        team,
        challenge,
    })
}

/// A juror declares a conflict of interest with a team (with a reason the secretariat
/// reads): they no longer see or score it, and their scores of it go.
pub async fn declare_conflict(
    app: &App,
    who: Principal<'_>,
    year: i64,
    team: i64,
    reason: &str,
) -> ServiceResult<()> {
    let reason = wsis_domain::validation::checked_text(
        reason,
        500,
        false,
        "hackathon-reason-required",
        "hackathon-text-too-long",
    )
    .map_err(|k| ServiceError::field("reason", k))?;
    let mut tx = app.db().begin().await?;
    let h = hackathon_in(&mut tx, year).await?;
    let t = reviewable(&mut tx, who, &h, team).await?;
    q::declare_conflict(&mut tx, t.id, who.id.get(), &reason).await?;
    tx.commit().await?;
    Ok(())
}

/// Scores as typed: criterion → score, `criterion-comment` → comment.
pub type ScoreInput = std::collections::HashMap<String, String>;

/// A juror scores a project on every criterion (1–10, a comment each, optional) while
/// the jury sits (after the deadline, before the announcement).
pub async fn score(
    app: &App,
    who: Principal<'_>,
    year: i64,
    team: i64,
    input: &ScoreInput,
) -> ServiceResult<()> {
    let mut errors = FieldErrors::new();
    let mut scores = Vec::new();
    for c in CRITERIA {
        let raw = input.get(c).map(|s| s.trim()).unwrap_or("");
        let comment = input
            .get(&format!("{c}-comment"))
            .map(|s| s.trim())
            .unwrap_or("");
        match raw.parse::<i64>() {
            Ok(n) if SCORE_RANGE.contains(&n) => {
                if comment.chars().count() > 2000
                    || !wsis_domain::validation::text_is_clean(comment, true)
                {
                    errors.add(c, "hackathon-text-too-long");
                }
                scores.push((c, n, comment.to_owned()));
            }
            _ if raw.is_empty() => errors.add(c, "hackathon-score-required"),
            _ => errors.add(c, "hackathon-score-invalid"),
        }
    }
    let mut tx = app.db().begin().await?;
    let h = hackathon_in(&mut tx, year).await?;
    let t = reviewable(&mut tx, who, &h, team).await?;
    if h.phase != Phase::Judging {
        return Err(ServiceError::Conflict("hackathon-jury-closed"));
    }
    errors.into_result()?;
    q::set_scores(&mut tx, t.id, who.id.get(), &scores).await?;
    tx.commit().await?;
    Ok(())
}

/// The secretariat's view of the jury: per challenge, its teams with a project ranked
/// by the jurors' totals; the winners chosen; the declared conflicts (team, juror,
/// reason).
pub struct Ranking {
    pub overview: Overview,
    pub ranked: Vec<(i64, Vec<Ranked>)>,
    pub conflicts: Vec<(i64, String, String)>,
}

pub async fn ranking(app: &App, who: Principal<'_>, year: i64) -> ServiceResult<Ranking> {
    secretariat(who)?;
    let overview = overview(app, Some(who), year).await?;
    let mut conn = app.db().conn().await?;
    let totals = q::totals(&mut conn, overview.hackathon.id).await?;
    let ranked = overview
        .challenges
        .iter()
        .map(|c| {
            let teams: Vec<i64> = overview
                .teams
                .iter()
                .filter(|t| t.challenge_id == c.id && t.submitted > 0)
                .map(|t| t.id)
                .collect();
            (c.id, wsis_domain::hackathon::rank(&teams, &totals))
        })
        .collect();
    let conflicts = q::conflicts(&mut conn, overview.hackathon.id).await?;
    Ok(Ranking {
        overview,
        ranked,
        conflicts,
    })
}

/// The secretariat chooses the winner of each challenge (challenge id → team id as
/// typed; empty: none) while the jury sits: a team of that challenge with a project.
pub async fn choose_winners(
    app: &App,
    who: Principal<'_>,
    year: i64,
    picks: &BTreeMap<i64, String>,
) -> ServiceResult<()> {
    secretariat(who)?;
    let mut tx = app.db().begin().await?;
    let h = hackathon_in(&mut tx, year).await?;
    if h.phase != Phase::Judging {
        return Err(ServiceError::Conflict("hackathon-jury-closed"));
    }
    let challenges = q::challenges(&mut tx, h.id).await?;
    let teams = q::teams(&mut tx, h.id).await?;
    let mut errors = FieldErrors::new();
    let mut winners = Vec::new();
    for (c, raw) in picks {
        if !challenges.iter().any(|x| x.id == *c) {
            return Err(ServiceError::NotFound);
        }
        let raw = raw.trim();
        if raw.is_empty() {
            continue;
        }
        match raw.parse::<i64>().ok().and_then(|id| {
            teams
                .iter()
                .find(|t| t.id == id && t.challenge_id == *c && t.submitted > 0)
        }) {
            Some(t) => winners.push((*c, t.id)),
            None => errors.add("winners", "hackathon-winner-invalid"),
        }
    }
    errors.into_result()?;
    q::set_winners(&mut tx, h.id, &winners).await?;
    tx.commit().await?;
    Ok(())
}

/// Whether `who` is a juror of the edition.
pub async fn is_juror(app: &App, who: Principal<'_>, year: i64) -> ServiceResult<bool> {
    let mut conn = app.db().conn().await?;
    let h = hackathon_in(&mut conn, year).await?;
    Ok(q::is_juror(&mut conn, h.id, who.id.get()).await?)
}

/// Every edition with how many teams and projects it has (the secretariat's home).
pub async fn dashboard(app: &App, who: Principal<'_>) -> ServiceResult<Vec<(Hackathon, i64, i64)>> {
    secretariat(who)?;
    let mut conn = app.db().conn().await?;
    let t = now();
    let mut out = Vec::new();
    for row in q::hackathons(&mut conn).await? {
        let teams = q::teams(&mut conn, row.id).await?;
        let projects = teams.iter().filter(|t| t.submitted > 0).count() as i64;
        out.push((Hackathon::of(row, t), teams.len() as i64, projects));
    }
    Ok(out)
}
