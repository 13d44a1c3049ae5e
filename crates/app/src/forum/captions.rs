//! Machine captioning of forum sessions (issue 15): transcripts of recordings and live
//! captions, recognised by jobs on the job queue.
//!
//! A captioner (a session's organiser or the secretariat) uploads a recording, which
//! becomes a [`TRANSCRIBE_JOB`], or starts live captioning, a [`LIVE_JOB`] that runs as
//! long as the session: the captioner's browser posts numbered chunks of 16 kHz mono
//! PCM ([`push_audio`]), kept in the database until recognised, and the job recognises
//! each utterance when its speaker pauses and appends its caption lines. Viewers follow
//! a transcript's `rev` through this node's [`CaptionHub`] (one poll of the database per
//! transcript and node, whoever wrote the lines) and read the lines written or
//! corrected since the rev they have.
//!
//! Caption jobs need a speech model: only nodes configured with one ([`Speech`]) take
//! them, each job on a task of its own, keeping its lease alive while it runs. A live
//! job's lease is short, so a worker that dies is replaced within seconds; the new one
//! starts from what was recognised and kept (the lines, the audio not yet recognised),
//! so nothing is lost.

use crate::{App, ServiceError, ServiceResult};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use wsis_captions::cues::{self, Cue, Format};
use wsis_captions::pipeline::{self, RecogniseError, Recognizer};
use wsis_captions::{SAMPLE_RATE, audio, vad};
use wsis_db::forum::{self as fdb, Edition, SessionRow};
pub use wsis_db::forum::{CaptionLine, TranscriptRow};
use wsis_db::jobs::{self as q, NewJob};
use wsis_db::{AnyConnection, now};
use wsis_domain::access::Principal;
use wsis_domain::{AccountId, FieldErrors, Language};

/// A recording's transcription.
pub const TRANSCRIBE_JOB: &str = "captions-transcribe";
/// A session's live captions.
pub const LIVE_JOB: &str = "captions-live";

/// The largest recording taken (90 minutes of 16-bit 44.1 kHz stereo WAV is 950 MB:
/// such a file is to be sent as FLAC, MP3 or Opus; 90 minutes of MP3 at 128 kbit/s are
/// 86 MB).
pub const MAX_RECORDING_BYTES: usize = 256 * 1024 * 1024;
/// The longest live chunk: ten seconds of 16 kHz 16-bit mono.
pub const MAX_CHUNK_BYTES: usize = 10 * SAMPLE_RATE as usize * 2;
/// The highest chunk number (a day of quarter-second chunks).
pub const MAX_CHUNK_SEQ: i64 = 4 * 86_400;
/// The longest corrected caption line.
pub const MAX_LINE_CHARS: usize = 500;

/// A speech recogniser that can be sent to a blocking thread.
pub type BoxedRecognizer = Box<dyn Recognizer + Send>;

/// The speech models a node was configured with.
pub trait SpeechModels: Send + Sync {
    /// A recogniser for `lang` (`None`: any language, detected); `live` tunes it for
    /// short utterances. A missing model, or none for the language, is `Model`.
    fn load(&self, lang: Option<&str>, live: bool) -> Result<BoxedRecognizer, RecogniseError>;
}

/// A node's speech models (see [`crate::AppConfig::speech`]).
#[derive(Clone)]
pub struct Speech(pub Arc<dyn SpeechModels>);

impl std::fmt::Debug for Speech {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Speech(..)")
    }
}

/// A transcript's status, as stored.
pub mod status {
    pub const QUEUED: &str = "queued";
    pub const RUNNING: &str = "running";
    pub const LIVE: &str = "live";
    pub const STOPPING: &str = "stopping";
    pub const DONE: &str = "done";
    pub const FAILED: &str = "failed";
}

/// Why a transcript failed (message keys).
pub const NOT_AUDIO: &str = "captions-not-audio";
pub const NO_MODEL: &str = "captions-no-model";
pub const RECOGNITION_FAILED: &str = "captions-recognition-failed";
pub const RECORDING_LOST: &str = "captions-recording-lost";
pub const TOO_LONG: &str = "captions-recording-too-long";
pub const JOB_FAILED: &str = "captions-job-failed";

// ------------------------------------------------------------------ who and what

use super::accepted_session as session_of;

/// Whether `who` may caption session `s`: its organisers, the captioners of its room
/// (the room's technicians, named by the secretariat), and the secretariat.
pub async fn may_caption(
    conn: &mut AnyConnection,
    who: Option<Principal<'_>>,
    s: &SessionRow,
) -> ServiceResult<bool> {
    let Some(w) = who else { return Ok(false) };
    if w.organises_or_secretariat(&[AccountId::new(s.proposer_id)]) {
        return Ok(true);
    }
    Ok(match s.room_id {
        Some(room) => fdb::is_room_captioner(conn, room, w.id.get()).await?,
        None => false,
    })
}

/// The most captioners a room has.
pub const MAX_ROOM_CAPTIONERS: usize = 20;

/// The e-mail addresses of the captioners of room `room` of `year` (the secretariat's).
pub async fn room_captioners(
    app: &App,
    who: Principal<'_>,
    year: i64,
    room: i64,
) -> ServiceResult<Vec<String>> {
    if !who.is_secretariat() {
        return Err(ServiceError::Forbidden);
    }
    let mut conn = app.db().conn().await?;
    room_of(&mut conn, year, room).await?;
    Ok(fdb::room_captioners(&mut conn, room)
        .await?
        .into_iter()
        .map(|(_, e)| e)
        .collect())
}

async fn room_of(conn: &mut AnyConnection, year: i64, room: i64) -> ServiceResult<()> {
    let ed = fdb::edition(conn, year)
        .await?
        .ok_or(ServiceError::NotFound)?;
    if !fdb::rooms(conn, ed.id).await?.iter().any(|r| r.id == room) {
        return Err(ServiceError::NotFound);
    }
    Ok(())
}

/// Names the captioners of room `room` of `year` from their e-mail addresses (one per
/// line, or separated by commas): accounts of the platform, at most
/// [`MAX_ROOM_CAPTIONERS`]. A bad or unknown address is a field error on `captioners`.
pub async fn set_room_captioners(
    app: &App,
    who: Principal<'_>,
    year: i64,
    room: i64,
    raw: &str,
) -> ServiceResult<()> {
    if !who.is_secretariat() {
        return Err(ServiceError::Forbidden);
    }
    let field = |k: &'static str| {
        let mut f = FieldErrors::new();
        f.add("captioners", k);
        ServiceError::Fields(f)
    };
    let addresses: Vec<&str> = raw
        .split(['\n', ',', ';'])
        .map(str::trim)
        .filter(|a| !a.is_empty())
        .collect();
    if addresses.len() > MAX_ROOM_CAPTIONERS {
        return Err(field("captions-captioners-too-many"));
    }
    let mut tx = app.db().begin().await?;
    room_of(&mut tx, year, room).await?;
    let mut users = Vec::new();
    for a in addresses {
        let email = wsis_domain::account::Email::parse(a)
            .map_err(|_| field("captions-captioner-invalid"))?;
        let user = wsis_db::accounts::find_user_by_email(&mut tx, &email)
            .await?
            .ok_or_else(|| field("captions-captioner-unknown"))?;
        users.push(user.id);
    }
    fdb::set_room_captioners(&mut tx, room, &users).await?;
    tx.commit().await?;
    Ok(())
}

async fn captioner_session(
    conn: &mut AnyConnection,
    who: Principal<'_>,
    year: i64,
    number: i64,
) -> ServiceResult<(Edition, SessionRow)> {
    let (ed, s) = session_of(conn, year, number).await?;
    if !may_caption(conn, Some(who), &s).await? {
        return Err(ServiceError::Forbidden);
    }
    Ok((ed, s))
}

/// A transcript of session `s` (another session's is not found).
async fn transcript_of(
    conn: &mut AnyConnection,
    s: &SessionRow,
    id: i64,
) -> ServiceResult<TranscriptRow> {
    fdb::transcript(conn, id)
        .await?
        .filter(|t| t.session_id == s.id)
        .ok_or(ServiceError::NotFound)
}

/// Marks a session's published pages changed (a transcript shows on its page now, or
/// live captions started or ended): its edition's pages are built again, on every node.
async fn pages_changed(app: &App, session: i64) -> ServiceResult<()> {
    let mut conn = app.db().conn().await?;
    if let Some(s) = fdb::session(&mut conn, session).await? {
        fdb::bump_content(&mut conn, s.edition_id).await?;
        let year = fdb::edition_year(&mut conn, s.edition_id).await?;
        app.snapshots().invalidate(year);
    }
    Ok(())
}

/// What a session's captions pages show.
pub struct SessionCaptions {
    pub edition: Edition,
    pub session: SessionRow,
    /// Newest first: every one for a captioner, the finished and live ones for others.
    pub transcripts: Vec<TranscriptRow>,
    /// The one being captioned live, if any.
    pub live: Option<TranscriptRow>,
    pub can_caption: bool,
    /// The language the session's title is written in.
    pub title_lang: Language,
    /// For a captioner: whether a live stream or a recording has waited
    /// [`UNTAKEN_NOTICE_SECS`] or more without any node with a speech model taking it.
    pub untaken: bool,
}

/// How long a caption job may wait for a node with a model before the captioning page
/// says that none has taken it.
pub const UNTAKEN_NOTICE_SECS: i64 = 10;

impl SessionCaptions {
    /// The transcript a viewer reads: the live one, else the newest finished one.
    pub fn current(&self) -> Option<&TranscriptRow> {
        self.live
            .as_ref()
            .or_else(|| self.transcripts.iter().find(|t| t.status == status::DONE))
    }
}

/// Session `number`'s transcripts, as `who` may see them.
pub async fn of_session(
    app: &App,
    who: Option<Principal<'_>>,
    year: i64,
    number: i64,
) -> ServiceResult<SessionCaptions> {
    let mut conn = app.db().conn().await?;
    let (edition, session) = session_of(&mut conn, year, number).await?;
    let can_caption = may_caption(&mut conn, who, &session).await?;
    let mut transcripts = fdb::transcripts_of_session(&mut conn, session.id).await?;
    if !can_caption {
        transcripts.retain(|t| {
            matches!(
                t.status.as_str(),
                status::DONE | status::LIVE | status::STOPPING
            )
        });
    }
    let live = transcripts
        .iter()
        .find(|t| matches!(t.status.as_str(), status::LIVE | status::STOPPING))
        .cloned();
    let title_lang = match session.text_lang {
        Some(l) => l,
        None => fdb::edition_lang(&mut conn, edition.id).await?,
    };
    let mut untaken = false;
    if can_caption {
        let now = wsis_db::now();
        for t in transcripts.iter().filter(|t| {
            matches!(
                t.status.as_str(),
                status::QUEUED | status::LIVE | status::STOPPING
            )
        }) {
            if let Some(since) = wsis_db::jobs::untaken_since(&mut conn, &job_key(t.id)).await?
                && now - since >= UNTAKEN_NOTICE_SECS
            {
                untaken = true;
                break;
            }
        }
    }
    Ok(SessionCaptions {
        title_lang,
        edition,
        session,
        transcripts,
        live,
        can_caption,
        untaken,
    })
}

/// One transcript of session `number` that `who` may read (a captioner every one, others
/// the finished and live ones), with its lines.
pub async fn transcript(
    app: &App,
    who: Option<Principal<'_>>,
    year: i64,
    number: i64,
    id: i64,
) -> ServiceResult<(SessionRow, TranscriptRow, Vec<CaptionLine>)> {
    let mut conn = app.db().conn().await?;
    let (_, s) = session_of(&mut conn, year, number).await?;
    let t = transcript_of(&mut conn, &s, id).await?;
    if !matches!(
        t.status.as_str(),
        status::DONE | status::LIVE | status::STOPPING
    ) && !may_caption(&mut conn, who, &s).await?
    {
        return Err(ServiceError::NotFound);
    }
    let lines = fdb::lines_since(&mut conn, t.id, 0).await?;
    Ok((s, t, lines))
}

/// One transcript of session `number` that `who` may read, without its lines.
pub async fn transcript_row(
    app: &App,
    who: Option<Principal<'_>>,
    year: i64,
    number: i64,
    id: i64,
) -> ServiceResult<TranscriptRow> {
    let mut conn = app.db().conn().await?;
    let (_, s) = session_of(&mut conn, year, number).await?;
    let t = transcript_of(&mut conn, &s, id).await?;
    if !matches!(
        t.status.as_str(),
        status::DONE | status::LIVE | status::STOPPING
    ) && !may_caption(&mut conn, who, &s).await?
    {
        return Err(ServiceError::NotFound);
    }
    Ok(t)
}

/// A finished transcript's stored file (`Vtt` or `Txt`).
pub async fn file(
    app: &App,
    year: i64,
    number: i64,
    id: i64,
    format: Format,
) -> ServiceResult<String> {
    let mut conn = app.db().conn().await?;
    let (_, s) = session_of(&mut conn, year, number).await?;
    let t = transcript_of(&mut conn, &s, id).await?;
    if t.status != status::DONE {
        return Err(ServiceError::NotFound);
    }
    let (vtt, body) = fdb::transcript_files(&mut conn, id)
        .await?
        .ok_or(ServiceError::NotFound)?;
    match format {
        Format::Vtt => vtt,
        _ => body,
    }
    .ok_or(ServiceError::NotFound)
}

/// The lines of transcript `id` written or corrected after `rev`, with its rev and
/// status now (what a viewer's stream sends).
pub async fn lines_since(
    app: &App,
    id: i64,
    rev: i64,
) -> ServiceResult<(i64, String, Vec<CaptionLine>)> {
    let mut conn = app.db().conn().await?;
    let (now_rev, st) = fdb::transcript_rev(&mut conn, id)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let lines = fdb::lines_since(&mut conn, id, rev).await?;
    Ok((now_rev, st, lines))
}

/// The language a form asked for: `auto` (detect it) or one of the six.
fn language_field(raw: &str) -> Result<Option<Language>, FieldErrors> {
    match raw.trim() {
        "" | "auto" => Ok(None),
        code => Language::ALL
            .into_iter()
            .find(|l| l.code() == code)
            .map(Some)
            .ok_or_else(|| {
                let mut f = FieldErrors::new();
                f.add("language", "captions-language-invalid");
                f
            }),
    }
}

// ------------------------------------------------------------------ recordings

/// A recording's container by its first bytes: WAV, FLAC, Ogg (Vorbis, Opus) or MP3.
pub fn sniff_recording(bytes: &[u8]) -> Option<&'static str> {
    if bytes.len() >= 12 && &bytes[..4] == b"RIFF" && &bytes[8..12] == b"WAVE" {
        Some("wav")
    } else if bytes.starts_with(b"fLaC") {
        Some("flac")
    } else if bytes.starts_with(b"OggS") {
        Some("ogg")
    } else if bytes.starts_with(b"ID3")
        || (bytes.len() >= 2 && bytes[0] == 0xFF && bytes[1] & 0xE0 == 0xE0)
    {
        Some("mp3")
    } else {
        None
    }
}

/// Refuses a recording while another of session `number` waits or is being transcribed
/// (`Conflict("captions-recording-busy")`), and `who` if not a captioner: checked before a
/// recording's body is read, and again when it is kept.
pub async fn recording_busy(
    app: &App,
    who: Principal<'_>,
    year: i64,
    number: i64,
) -> ServiceResult<()> {
    let mut conn = app.db().conn().await?;
    let (_, s) = captioner_session(&mut conn, who, year, number).await?;
    if transcribing(&mut conn, s.id).await? {
        return Err(ServiceError::Conflict("captions-recording-busy"));
    }
    Ok(())
}

/// Whether a recording of session `session` waits or is being transcribed.
async fn transcribing(conn: &mut AnyConnection, session: i64) -> ServiceResult<bool> {
    Ok(fdb::transcripts_of_session(conn, session)
        .await?
        .iter()
        .any(|t| matches!(t.status.as_str(), status::QUEUED | status::RUNNING)))
}

/// Queues transcript `id`'s job (one per transcript, under [`job_key`]).
async fn enqueue_job(
    conn: &mut AnyConnection,
    kind: &str,
    id: i64,
    max_attempts: i64,
) -> ServiceResult<()> {
    let payload = serde_json::json!({ "transcript": id }).to_string();
    let key = job_key(id);
    q::enqueue(
        conn,
        &NewJob {
            max_attempts,
            unique_key: Some(&key),
            ..NewJob::now(kind, &payload)
        },
    )
    .await?;
    Ok(())
}

/// Takes a recording of session `number` to transcribe in `language` (`auto`: detect
/// it): kept in the media store and queued as a [`TRANSCRIBE_JOB`]. A file that is not a
/// recording, too big or empty is a field error on `file`; a session with a recording
/// still being transcribed is `Conflict("captions-recording-busy")`.
pub async fn add_recording(
    app: &App,
    who: Principal<'_>,
    year: i64,
    number: i64,
    file_name: &str,
    bytes: bytes::Bytes,
    language: &str,
) -> ServiceResult<i64> {
    let mut fields = FieldErrors::new();
    let lang = language_field(language).unwrap_or_else(|f| {
        fields = f;
        None
    });
    if bytes.is_empty() {
        fields.add("file", "captions-file-required");
    } else if bytes.len() > MAX_RECORDING_BYTES {
        fields.add("file", "captions-file-too-big");
    } else if sniff_recording(&bytes).is_none() {
        fields.add("file", NOT_AUDIO);
    }
    {
        let mut conn = app.db().conn().await?;
        captioner_session(&mut conn, who, year, number).await?;
        if !fields.is_empty() {
            return Err(ServiceError::Fields(fields));
        }
    }
    recording_busy(app, who, year, number).await?;
    let key = format!(
        "recordings/{}",
        wsis_media::new_key().map_err(|e| ServiceError::caused("a media key", e))?
    );
    app.media()
        .put(&key, bytes)
        .await
        .map_err(|e| ServiceError::caused("storing a recording", e))?;
    let name: String = file_name
        .rsplit(['/', '\\'])
        .next()
        .unwrap_or("")
        .chars()
        .filter(|c| !c.is_control())
        .take(120)
        .collect();
    let result = async {
        let mut tx = app.db().begin().await?;
        let (_, s) = captioner_session(&mut tx, who, year, number).await?;
        wsis_db::dialect::lock_parent(&mut tx, wsis_db::dialect::Parent::Session, s.id).await?;
        if transcribing(&mut tx, s.id).await? {
            return Err(ServiceError::Conflict("captions-recording-busy"));
        }
        let id = fdb::add_transcript(
            &mut tx,
            &fdb::NewTranscript {
                session_id: s.id,
                source: "recording",
                status: status::QUEUED,
                lang: lang.map(|l| l.code()),
                media_key: Some(&key),
                file_name: Some(&name),
                by: who.id.get(),
            },
        )
        .await?
        .ok_or_else(|| ServiceError::internal("a recording's transcript"))?;
        enqueue_job(&mut tx, TRANSCRIBE_JOB, id, 3).await?;
        tx.commit().await?;
        Ok::<i64, ServiceError>(id)
    }
    .await;
    match result {
        Ok(id) => {
            app.wake_worker();
            Ok(id)
        }
        Err(e) => {
            app.media().delete(&key).await;
            Err(e)
        }
    }
}

// ------------------------------------------------------------------ live

/// Starts live captioning of session `number` in `language` (`auto`: detected per
/// utterance). A session captioned live already is `Conflict("captions-live-already")`.
pub async fn start_live(
    app: &App,
    who: Principal<'_>,
    year: i64,
    number: i64,
    language: &str,
) -> ServiceResult<i64> {
    let lang = language_field(language).map_err(ServiceError::Fields)?;
    let mut tx = app.db().begin().await?;
    let (_, s) = captioner_session(&mut tx, who, year, number).await?;
    let id = fdb::add_transcript(
        &mut tx,
        &fdb::NewTranscript {
            session_id: s.id,
            source: "live",
            status: status::LIVE,
            lang: lang.map(|l| l.code()),
            media_key: None,
            file_name: None,
            by: who.id.get(),
        },
    )
    .await?
    .ok_or(ServiceError::Conflict("captions-live-already"))?;
    // Each worker that takes it over counts an attempt.
    enqueue_job(&mut tx, LIVE_JOB, id, 1_000).await?;
    fdb::bump_content(&mut tx, s.edition_id).await?;
    tx.commit().await?;
    app.wake_worker();
    pages_changed(app, s.id).await?;
    Ok(id)
}

/// Keeps chunk `seq` of live transcript `id`'s audio: 16 kHz mono 16-bit little-endian
/// PCM, numbered from 0 by the client. A chunk sent twice is kept once; one that comes
/// late is put in its place. Returns whether it was new.
pub async fn push_audio(
    app: &App,
    who: Principal<'_>,
    year: i64,
    number: i64,
    id: i64,
    seq: i64,
    pcm: &[u8],
) -> ServiceResult<bool> {
    let mut fields = FieldErrors::new();
    if !(0..=MAX_CHUNK_SEQ).contains(&seq) {
        fields.add("seq", "captions-seq-invalid");
    }
    if pcm.is_empty() || pcm.len() > MAX_CHUNK_BYTES || !pcm.len().is_multiple_of(2) {
        fields.add("audio", "captions-chunk-invalid");
    }
    let mut conn = app.db().conn().await?;
    let (_, s) = captioner_session(&mut conn, who, year, number).await?;
    let t = transcript_of(&mut conn, &s, id).await?;
    if !fields.is_empty() {
        return Err(ServiceError::Fields(fields));
    }
    if t.source != "live" || t.status != status::LIVE {
        return Err(ServiceError::Conflict("captions-not-live"));
    }
    if seq < t.buffer_seq {
        // Recognised already: a client sending again after a lost answer.
        return Ok(false);
    }
    let new = fdb::add_chunk(&mut conn, id, seq, pcm).await?;
    if !new
        && fdb::transcript(&mut conn, id)
            .await?
            .is_some_and(|t| t.status != status::LIVE)
    {
        // Stopped meanwhile: not kept.
        return Err(ServiceError::Conflict("captions-not-live"));
    }
    app.captions().heard(id);
    Ok(new)
}

/// The number a captioner's client gives its next chunk of live transcript `id` (a page
/// opened again goes on after what was sent).
pub async fn next_seq(app: &App, id: i64) -> ServiceResult<i64> {
    let mut conn = app.db().conn().await?;
    let kept = fdb::next_chunk_seq(&mut conn, id).await?;
    let recognised = fdb::transcript(&mut conn, id)
        .await?
        .map(|t| t.buffer_seq)
        .unwrap_or(0);
    Ok(kept.max(recognised))
}

/// Stops live captioning: the audio received is still recognised, then the transcript is
/// stored. Stopping one that is stopping or done is nothing.
pub async fn stop_live(
    app: &App,
    who: Principal<'_>,
    year: i64,
    number: i64,
    id: i64,
) -> ServiceResult<()> {
    let mut conn = app.db().conn().await?;
    let (_, s) = captioner_session(&mut conn, who, year, number).await?;
    let t = transcript_of(&mut conn, &s, id).await?;
    if t.source != "live" {
        return Err(ServiceError::Conflict("captions-not-live"));
    }
    fdb::set_transcript_status(&mut conn, id, &[status::LIVE], status::STOPPING).await?;
    app.captions().heard(id);
    Ok(())
}

/// Corrects line `seq` of transcript `id` (live or finished): viewers see the correction,
/// and a finished transcript's files are written again.
pub async fn correct_line(
    app: &App,
    who: Principal<'_>,
    year: i64,
    number: i64,
    id: i64,
    seq: i64,
    text: &str,
) -> ServiceResult<()> {
    let text = wsis_domain::validation::checked_text(
        text,
        MAX_LINE_CHARS,
        false,
        "captions-line-required",
        "captions-line-too-long",
    )
    .map_err(|k| {
        let mut f = FieldErrors::new();
        f.add("text", k);
        ServiceError::Fields(f)
    })?;
    let mut tx = app.db().begin().await?;
    let (_, s) = captioner_session(&mut tx, who, year, number).await?;
    transcript_of(&mut tx, &s, id).await?;
    // Locked first: the status read next stays true until this commits (a live
    // transcript being stored meanwhile writes its files after this correction).
    fdb::lock_transcript(&mut tx, id).await?;
    let t = transcript_of(&mut tx, &s, id).await?;
    if t.status == status::FAILED {
        return Err(ServiceError::Conflict("captions-not-live"));
    }
    let rev = fdb::correct_line(&mut tx, id, seq, &text, who.id.get())
        .await?
        .ok_or(ServiceError::NotFound)?;
    if t.status == status::DONE {
        let lines = fdb::lines_since(&mut tx, id, 0).await?;
        let (vtt, body) = files_of(&lines);
        fdb::store_transcript_files(&mut tx, id, &vtt, &body).await?;
    }
    tx.commit().await?;
    app.captions().bump(id, rev);
    if t.status == status::DONE {
        pages_changed(app, s.id).await?;
    }
    Ok(())
}

/// A transcript's WebVTT and plain text from its lines.
pub fn files_of(lines: &[CaptionLine]) -> (String, String) {
    let cues: Vec<Cue> = lines
        .iter()
        .map(|l| Cue {
            start: l.start_ms,
            end: l.end_ms,
            text: l.text.clone(),
        })
        .collect();
    (
        cues::write(&cues, Format::Vtt),
        cues::write(&cues, Format::Txt),
    )
}

// ------------------------------------------------------------------ viewers

/// What a node knows of a transcript its viewers follow: every line (by number), its rev
/// and status. One poll of the database per transcript and node keeps it (another node's
/// worker may write the lines), sooner when this node wrote; viewers read it from memory,
/// so a thousand viewers cost the database what one does.
pub struct Followed {
    rev: tokio::sync::watch::Sender<i64>,
    state: Mutex<FollowedState>,
    poke: tokio::sync::Notify,
}

#[derive(Default)]
struct FollowedState {
    rev: i64,
    status: String,
    /// By number.
    lines: Vec<CaptionLine>,
}

impl Followed {
    /// The lines written or corrected after `rev`, in the order they were (by rev, then
    /// number), with the rev and status now.
    pub fn since(&self, rev: i64) -> (i64, String, Vec<CaptionLine>) {
        let st = self.state.lock().unwrap_or_else(|e| e.into_inner());
        let mut lines: Vec<CaptionLine> =
            st.lines.iter().filter(|l| l.rev > rev).cloned().collect();
        lines.sort_by_key(|l| (l.rev, l.seq));
        (st.rev, st.status.clone(), lines)
    }

    /// Waits until the transcript's rev moves past what `rx` saw.
    pub fn receiver(&self) -> tokio::sync::watch::Receiver<i64> {
        self.rev.subscribe()
    }
}

/// The live transcripts this node's viewers follow ([`Followed`]).
#[derive(Default)]
pub struct CaptionHub {
    followed: Mutex<HashMap<i64, Arc<Followed>>>,
    /// Wakes this node's live jobs when audio arrives.
    audio: tokio::sync::Notify,
}

/// How often a node looks for lines another node wrote.
const FOLLOW_POLL: Duration = Duration::from_millis(150);

impl CaptionHub {
    /// Follows transcript `id`: what this node knows of it, and a receiver of its rev
    /// (`-1` until it was first read).
    pub fn follow(&self, app: &App, id: i64) -> (Arc<Followed>, tokio::sync::watch::Receiver<i64>) {
        let mut map = self.followed.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(f) = map.get(&id) {
            return (f.clone(), f.receiver());
        }
        let (tx, rx) = tokio::sync::watch::channel(-1);
        let f = Arc::new(Followed {
            rev: tx,
            state: Mutex::new(FollowedState {
                rev: 0,
                status: String::new(),
                lines: Vec::new(),
            }),
            poke: tokio::sync::Notify::new(),
        });
        map.insert(id, f.clone());
        let app = app.clone();
        let poller = f.clone();
        tokio::spawn(async move {
            let mut first = true;
            loop {
                if poller.rev.receiver_count() == 0 {
                    let mut map = app
                        .captions()
                        .followed
                        .lock()
                        .unwrap_or_else(|e| e.into_inner());
                    if poller.rev.receiver_count() == 0 {
                        map.remove(&id);
                        return;
                    }
                }
                if let Err(e) = poll(&app, id, &poller, first).await {
                    tracing::warn!(transcript = id, error = e.chain(), "following captions");
                } else {
                    first = false;
                }
                tokio::select! {
                    () = tokio::time::sleep(FOLLOW_POLL) => {}
                    () = poller.poke.notified() => {}
                }
            }
        });
        (f, rx)
    }

    /// Tells this node's viewers of `id` that it changed (they learn what from the
    /// database at once).
    pub fn bump(&self, id: i64, _rev: i64) {
        let map = self.followed.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(f) = map.get(&id) {
            f.poke.notify_one();
        }
    }

    /// Audio (or a stop) arrived for `id`: this node's live jobs look at once.
    fn heard(&self, _id: i64) {
        self.audio.notify_waiters();
    }

    /// Transcripts followed on this node now.
    pub fn followed(&self) -> usize {
        self.followed.lock().map(|m| m.len()).unwrap_or(0)
    }
}

/// Brings what a node knows of transcript `id` up to the database.
async fn poll(app: &App, id: i64, f: &Followed, first: bool) -> ServiceResult<()> {
    let mut conn = app.db().conn().await?;
    let Some((rev, status)) = fdb::transcript_rev(&mut conn, id).await? else {
        return Ok(());
    };
    let known = f.state.lock().unwrap_or_else(|e| e.into_inner()).rev;
    if !first && rev <= known {
        return Ok(());
    }
    let lines = fdb::lines_since(&mut conn, id, known).await?;
    drop(conn);
    {
        let mut st = f.state.lock().unwrap_or_else(|e| e.into_inner());
        for l in lines {
            match st.lines.binary_search_by_key(&l.seq, |x| x.seq) {
                Ok(i) => st.lines[i] = l,
                Err(i) => st.lines.insert(i, l),
            }
        }
        st.rev = st.rev.max(rev);
        st.status = status;
    }
    f.rev.send_replace(rev);
    Ok(())
}

// ------------------------------------------------------------------ the jobs

/// A caption job's transcript.
fn transcript_id(payload: &str) -> ServiceResult<i64> {
    serde_json::from_str::<serde_json::Value>(payload)
        .ok()
        .and_then(|v| v.get("transcript").and_then(serde_json::Value::as_i64))
        .ok_or_else(|| ServiceError::internal("caption job payload"))
}

/// How long a live job's lease lasts: a worker that dies is replaced this soon.
pub const LIVE_LEASE_SECS: i64 = 15;
/// A recording's job renews its lease this often (and for [`crate::jobs::LEASE_SECS`]).
const RENEW_EVERY: Duration = Duration::from_secs(5);

/// A job's lease: renewed while the job runs; `false` from [`Lease::renew`] when another
/// worker took the job (each claim has a worker name of its own, so a job taken again
/// by the same node is told apart).
struct Lease {
    job: i64,
    worker: String,
    secs: i64,
    renewed: Instant,
}

impl Lease {
    async fn renew(&mut self, app: &App, force: bool) -> ServiceResult<bool> {
        if !force && self.renewed.elapsed() < RENEW_EVERY {
            return Ok(true);
        }
        let mut conn = app.db().conn().await?;
        self.renew_on(&mut conn).await
    }

    /// Renews on the caller's connection (in the transaction that writes the job's
    /// work: a worker that lost the job writes nothing).
    async fn renew_on(&mut self, conn: &mut AnyConnection) -> ServiceResult<bool> {
        self.renewed = Instant::now();
        Ok(q::extend(conn, self.job, &self.worker, now() + self.secs).await?)
    }

    /// Waits for blocking work, renewing the lease meanwhile. `None` when the job was
    /// taken by another worker (the work is left to finish on its thread, unread).
    async fn while_running<T>(
        &mut self,
        app: &App,
        work: tokio::task::JoinHandle<T>,
    ) -> ServiceResult<Option<Result<T, tokio::task::JoinError>>> {
        tokio::pin!(work);
        loop {
            tokio::select! {
                r = &mut work => return Ok(Some(r)),
                () = tokio::time::sleep(RENEW_EVERY) => {
                    if !self.renew(app, true).await? {
                        return Ok(None);
                    }
                }
            }
        }
    }
}

/// Runs a caption job (on a task of its own) as `worker`.
pub async fn run_job(app: &App, job: &q::Job, worker: &str) -> ServiceResult<()> {
    let id = transcript_id(&job.payload)?;
    let speech = app
        .config()
        .speech
        .clone()
        .ok_or_else(|| ServiceError::internal("a caption job on a node without models"))?;
    match job.kind.as_str() {
        TRANSCRIBE_JOB => {
            let lease = Lease {
                job: job.id,
                worker: worker.to_owned(),
                secs: crate::jobs::LEASE_SECS,
                renewed: Instant::now(),
            };
            transcribe_recording(app, speech, id, lease).await
        }
        LIVE_JOB => {
            let mut lease = Lease {
                job: job.id,
                worker: worker.to_owned(),
                secs: LIVE_LEASE_SECS,
                renewed: Instant::now(),
            };
            if !lease.renew(app, true).await? {
                return Ok(());
            }
            run_live(app, speech, id, lease).await
        }
        other => Err(ServiceError::internal(format!("unknown job kind {other}"))),
    }
}

/// The unique key of a transcript's job (one job per transcript).
pub fn job_key(id: i64) -> String {
    format!("captions:{id}")
}

/// A caption job that failed for good: its transcript fails too (it would otherwise wait
/// forever, and keep its session "busy").
pub async fn job_gave_up(app: &App, payload: &str) -> ServiceResult<()> {
    fail(app, transcript_id(payload)?, JOB_FAILED).await
}

/// Transcripts whose job failed for good without saying so (its worker died on its last
/// attempt) fail too. Run by every worker each minute.
pub async fn sweep(app: &App) -> ServiceResult<usize> {
    let mut conn = app.db().conn().await?;
    let ids = fdb::transcripts_of_failed_jobs(&mut conn).await?;
    drop(conn);
    for id in &ids {
        fail(app, *id, JOB_FAILED).await?;
    }
    Ok(ids.len())
}

async fn fail(app: &App, id: i64, key: &str) -> ServiceResult<()> {
    let mut conn = app.db().conn().await?;
    let before = fdb::transcript(&mut conn, id).await?;
    if !fdb::fail_transcript(&mut conn, id, key).await? {
        return Ok(());
    }
    drop(conn);
    tracing::warn!(transcript = id, error = key, "a transcript failed");
    if let Some(t) = before {
        // The recording is let go with it.
        if let Some(k) = &t.media_key {
            app.media().delete(k).await;
        }
        app.captions().bump(id, t.rev);
        pages_changed(app, t.session_id).await?;
    }
    Ok(())
}

async fn transcribe_recording(
    app: &App,
    speech: Speech,
    id: i64,
    mut lease: Lease,
) -> ServiceResult<()> {
    let t = {
        let mut conn = app.db().conn().await?;
        let Some(t) = fdb::transcript(&mut conn, id).await? else {
            return Ok(());
        };
        if matches!(t.status.as_str(), status::DONE | status::FAILED) {
            return Ok(());
        }
        fdb::set_transcript_status(&mut conn, id, &[status::QUEUED], status::RUNNING).await?;
        t
    };
    let Some(key) = t.media_key.clone() else {
        return fail(app, id, RECORDING_LOST).await;
    };
    let bytes = match app.media().read(&key).await {
        Ok(b) => b.to_vec(),
        Err(e) => {
            tracing::warn!(error = %e, "a recording cannot be read");
            return fail(app, id, RECORDING_LOST).await;
        }
    };
    let ext = sniff_recording(&bytes);
    let lang = t.lang.clone();
    // Decoding and recognition run on a blocking thread; the lease is renewed meanwhile.
    let work = tokio::task::spawn_blocking(move || {
        let decoded = audio::decode(bytes, ext).map_err(|e| match e {
            audio::AudioError::TooLong => TOO_LONG,
            _ => NOT_AUDIO,
        })?;
        let mut rec = speech.0.load(lang.as_deref(), false).map_err(|e| {
            tracing::warn!(error = %e, "no speech model");
            NO_MODEL
        })?;
        let cues = pipeline::transcribe(&decoded.samples, rec.as_mut(), lang.as_deref(), |_, _| {})
            .map_err(|e| {
                tracing::warn!(error = %e, "recognition failed");
                RECOGNITION_FAILED
            })?;
        Ok::<_, &'static str>((cues, decoded.duration_ms()))
    });
    let Some(outcome) = lease.while_running(app, work).await? else {
        tracing::warn!(transcript = id, "another worker took the transcription");
        return Ok(());
    };
    let (cues, duration) = match outcome {
        Ok(Ok(v)) => v,
        Ok(Err(key)) => return fail(app, id, key).await,
        Err(e) => {
            tracing::warn!(transcript = id, error = %e, "transcription panicked");
            return fail(app, id, RECOGNITION_FAILED).await;
        }
    };
    let lines: Vec<(i64, i64, String)> =
        cues.into_iter().map(|c| (c.start, c.end, c.text)).collect();
    let mut tx = app.db().begin().await?;
    if !lease.renew_on(&mut tx).await? {
        return Ok(());
    }
    fdb::lock_transcript(&mut tx, id).await?;
    match fdb::transcript(&mut tx, id).await? {
        Some(t) if t.status == status::RUNNING => {}
        _ => return Ok(()),
    }
    fdb::replace_lines(&mut tx, id, &lines).await?;
    store_files(&mut tx, id, duration).await?;
    tx.commit().await?;
    app.media().delete(&key).await;
    pages_changed(app, t.session_id).await?;
    Ok(())
}

/// The pause after speech that ends an utterance (what a live caption waits for).
pub const END_OF_SPEECH_MS: i64 = 600;
/// Speech that runs on longer than this without a pause is recognised anyway; the words
/// of its last [`HOLD_BACK_MS`] wait for the next utterance.
const LONGEST_UTTERANCE_MS: i64 = 20_000;
const HOLD_BACK_MS: i64 = 1_500;
/// A gap in the numbered chunks is waited for this long (seconds), then passed over.
const GAP_WAIT_SECS: i64 = 2;
/// A stream that sent nothing for this long (seconds: a long break with the microphone
/// off, or a captioner gone) is stopped and its transcript kept.
const STALLED_SECS: i64 = 3_600;

fn ms_to_samples(ms: i64) -> usize {
    (ms.max(0) as u64 * SAMPLE_RATE as u64 / 1000) as usize
}

fn samples_to_ms(n: usize) -> i64 {
    (n as u64 * 1000 / SAMPLE_RATE as u64) as i64
}

/// What a live job holds: the audio from its first kept chunk on.
struct LiveAudio {
    samples: Vec<f32>,
    /// Where `samples` starts (samples from the start of the stream).
    start: usize,
    /// The kept chunks: (number, where it starts).
    chunks: std::collections::VecDeque<(i64, usize)>,
    next_seq: i64,
}

impl LiveAudio {
    fn end(&self) -> usize {
        self.start + self.samples.len()
    }

    fn push(&mut self, seq: i64, pcm: &[u8]) {
        self.chunks.push_back((seq, self.end()));
        self.samples.extend(
            pcm.chunks_exact(2)
                .map(|b| f32::from(i16::from_le_bytes([b[0], b[1]])) / 32768.0),
        );
        self.next_seq = seq + 1;
    }

    /// Drops the chunks that end at or before `until` (samples); returns the first kept
    /// chunk's number and start.
    fn drop_before(&mut self, until: usize) -> (i64, usize) {
        while self.chunks.len() > 1 && self.chunks[1].1 <= until {
            self.chunks.pop_front();
        }
        match self.chunks.front() {
            Some(&(seq, start)) if self.end() > until => {
                let cut = start - self.start;
                self.samples.drain(..cut);
                self.start = start;
                (seq, start)
            }
            _ => {
                // Everything is recognised: nothing to keep.
                self.chunks.clear();
                self.samples.clear();
                self.start = self.end().max(until);
                (self.next_seq, self.start)
            }
        }
    }
}

/// Where to cut the audio not yet recognised (`pending`, ms long): after the last
/// utterance followed by [`END_OF_SPEECH_MS`] of quiet, all of it when the stream is
/// stopping, or a stretch of silence. `Some((cut, forced, speech))`: `forced` when speech
/// ran on too long and is cut anyway; `speech` whether there is speech before the cut.
fn cut_point(pending: &[f32], stopping: bool) -> Option<(i64, bool, bool)> {
    let len = samples_to_ms(pending.len());
    let spans = vad::speech(pending);
    let speech_before = |cut: i64| spans.iter().any(|s| s.start < cut);
    if stopping {
        return (len > 0).then(|| (len, false, speech_before(len)));
    }
    if spans.is_empty() {
        // Ten seconds of nothing are passed over, keeping a second for speech starting.
        return (len >= 10_000).then_some((len - 1_000, false, false));
    }
    if let Some(s) = spans.iter().rev().find(|s| s.end + END_OF_SPEECH_MS <= len) {
        return Some((s.end, false, true));
    }
    (len >= LONGEST_UTTERANCE_MS).then_some((len, true, true))
}

async fn run_live(app: &App, speech: Speech, id: i64, mut lease: Lease) -> ServiceResult<()> {
    let t = {
        let mut conn = app.db().conn().await?;
        match fdb::transcript(&mut conn, id).await? {
            Some(t) if matches!(t.status.as_str(), status::LIVE | status::STOPPING) => t,
            _ => return Ok(()),
        }
    };
    let lang = t.lang.clone();
    let load = |speech: Speech, lang: Option<String>| {
        tokio::task::spawn_blocking(move || speech.0.load(lang.as_deref(), true))
    };
    let mut rec = match lease
        .while_running(app, load(speech.clone(), lang.clone()))
        .await?
    {
        None => return Ok(()),
        Some(Ok(Ok(r))) => Some(r),
        Some(Ok(Err(e))) => {
            tracing::warn!(error = %e, "no speech model for live captions");
            return fail(app, id, NO_MODEL).await;
        }
        Some(Err(e)) => return Err(ServiceError::caused("loading a model", e)),
    };
    let mut audio = LiveAudio {
        samples: Vec::new(),
        start: t.buffer_start.max(0) as usize,
        chunks: Default::default(),
        next_seq: t.buffer_seq,
    };
    let mut done_ms = t.done_ms;
    tracing::info!(transcript = id, from_ms = done_ms, "live captions started");
    loop {
        if !lease.renew(app, false).await? {
            tracing::warn!(transcript = id, "another worker took the live captions");
            return Ok(());
        }
        // The status first, then the audio: a stop seen here comes after every chunk
        // accepted before it, and those are read below.
        let (st, heard_at, drained) = {
            let mut conn = app.db().conn().await?;
            let Some(row) = fdb::transcript(&mut conn, id).await? else {
                return Ok(());
            };
            let chunks = fdb::chunks_from(&mut conn, id, audio.next_seq, 256).await?;
            let mut drained = chunks.len() < 256;
            let t = now();
            for c in &chunks {
                if c.seq != audio.next_seq {
                    // A chunk is missing: wait a little for it, then pass it over.
                    if t - c.received_at < GAP_WAIT_SECS {
                        drained = false;
                        break;
                    }
                    tracing::warn!(transcript = id, missing = audio.next_seq, "audio lost");
                }
                audio.push(c.seq, &c.pcm);
            }
            (row.status, row.heard_at.unwrap_or(0), drained)
        };
        if matches!(st.as_str(), status::DONE | status::FAILED) {
            return Ok(());
        }
        let stopping = st == status::STOPPING || now() - heard_at > STALLED_SECS;
        let from = ms_to_samples(done_ms)
            .saturating_sub(audio.start)
            .min(audio.samples.len());
        let pending = &audio.samples[from..];
        if let Some((cut, forced, has_speech)) = cut_point(pending, stopping && drained) {
            let piece = pending[..ms_to_samples(cut).min(pending.len())].to_vec();
            let words = if has_speech {
                let r = rec.take().expect("the recogniser is back");
                let piece_lang = lang.clone();
                let work = tokio::task::spawn_blocking(move || {
                    let mut r = r;
                    let words = r.recognise(&piece, piece_lang.as_deref());
                    (r, words)
                });
                match lease.while_running(app, work).await? {
                    None => {
                        tracing::warn!(transcript = id, "another worker took the live captions");
                        return Ok(());
                    }
                    Some(Ok((r, Ok(w)))) => {
                        rec = Some(r);
                        w
                    }
                    Some(Ok((r, Err(e)))) => {
                        rec = Some(r);
                        tracing::warn!(error = %e, "live recognition failed on a piece");
                        Vec::new()
                    }
                    Some(Err(e)) => {
                        // The recogniser panicked on this piece: it is passed over with a
                        // fresh recogniser.
                        tracing::warn!(error = %e, "live recognition panicked on a piece");
                        match lease
                            .while_running(app, load(speech.clone(), lang.clone()))
                            .await?
                        {
                            Some(Ok(Ok(r))) => rec = Some(r),
                            None => return Ok(()),
                            _ => return fail(app, id, NO_MODEL).await,
                        }
                        Vec::new()
                    }
                }
            } else {
                Vec::new()
            };
            // Speech cut while it runs: the last words wait for the next piece.
            let (words, advance) = if forced {
                let keep = cut - HOLD_BACK_MS;
                let kept: Vec<Cue> = words.into_iter().filter(|w| w.end <= keep).collect();
                let to = kept
                    .last()
                    .map(|w| w.end)
                    .unwrap_or(keep)
                    .max(keep / 2)
                    .max(1);
                (kept, to)
            } else {
                (words, cut)
            };
            let lines: Vec<(i64, i64, String)> = pipeline::lines(words)
                .into_iter()
                .map(|c| (done_ms + c.start, done_ms + c.end, c.text))
                .collect();
            let new_done = done_ms + advance;
            let mut tx = app.db().begin().await?;
            // Written only while this worker holds the job.
            if !lease.renew_on(&mut tx).await? {
                tracing::warn!(transcript = id, "another worker took the live captions");
                return Ok(());
            }
            let (buffer_seq, buffer_start) = audio.drop_before(ms_to_samples(new_done));
            let rev = fdb::add_lines(
                &mut tx,
                id,
                &fdb::Progress {
                    lines: &lines,
                    done_ms: new_done,
                    duration_ms: samples_to_ms(audio.end()),
                    buffer_seq,
                    buffer_start: buffer_start as i64,
                },
            )
            .await?;
            tx.commit().await?;
            done_ms = new_done;
            app.captions().bump(id, rev);
            continue;
        }
        if stopping && drained {
            return finish_live(app, id, samples_to_ms(audio.end()), &mut lease).await;
        }
        tokio::select! {
            () = app.captions().audio.notified() => {}
            () = tokio::time::sleep(Duration::from_millis(100)) => {}
        }
    }
}

/// Marks a transcript done with its files written from its lines (in the caller's
/// transaction, the transcript locked).
async fn store_files(conn: &mut AnyConnection, id: i64, duration: i64) -> ServiceResult<()> {
    let lines = fdb::lines_since(conn, id, 0).await?;
    let (vtt, body) = files_of(&lines);
    fdb::finish_transcript(
        conn,
        id,
        &fdb::Finished {
            lang: None,
            duration_ms: duration,
            vtt: &vtt,
            body: &body,
        },
    )
    .await?;
    Ok(())
}

async fn finish_live(app: &App, id: i64, duration: i64, lease: &mut Lease) -> ServiceResult<()> {
    let mut tx = app.db().begin().await?;
    if !lease.renew_on(&mut tx).await? {
        return Ok(());
    }
    // Locked first: a correction waits for the files to be written, then rewrites them.
    fdb::lock_transcript(&mut tx, id).await?;
    store_files(&mut tx, id, duration).await?;
    let rev = fdb::transcript_rev(&mut tx, id)
        .await?
        .map(|r| r.0)
        .unwrap_or(0);
    let session = fdb::transcript(&mut tx, id).await?.map(|t| t.session_id);
    tx.commit().await?;
    app.captions().bump(id, rev);
    if let Some(s) = session {
        pages_changed(app, s).await?;
    }
    tracing::info!(transcript = id, "live captions stored");
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recordings_are_known_by_their_first_bytes() {
        assert_eq!(sniff_recording(b"RIFF\0\0\0\0WAVEfmt "), Some("wav"));
        assert_eq!(sniff_recording(b"fLaC\0\0"), Some("flac"));
        assert_eq!(sniff_recording(b"OggS\0\x02"), Some("ogg"));
        assert_eq!(sniff_recording(b"ID3\x04"), Some("mp3"));
        assert_eq!(sniff_recording(&[0xFF, 0xFB, 0x90]), Some("mp3"));
        assert_eq!(sniff_recording(b"%PDF-1.7"), None);
        assert_eq!(sniff_recording(b""), None);
    }

    fn tone(ms: i64, level: f32) -> Vec<f32> {
        (0..ms_to_samples(ms))
            .map(|i| level * (i as f32 * 0.2).sin())
            .collect()
    }

    #[test]
    fn an_utterance_is_cut_after_its_pause() {
        let mut a = tone(500, 0.001);
        a.extend(tone(2_000, 0.3));
        a.extend(tone(300, 0.001));
        // A pause too short yet.
        assert_eq!(cut_point(&a, false), None);
        a.extend(tone(700, 0.001));
        let (cut, forced, speech) = cut_point(&a, false).expect("cut");
        assert!(!forced && speech);
        assert!((2_500..=2_900).contains(&cut), "{cut}");
        // Stopping takes all.
        assert_eq!(cut_point(&a, true), Some((3_500, false, true)));
        // Long speech (syllables with short gaps, no pause) is cut anyway.
        let mut long = Vec::new();
        for _ in 0..70 {
            long.extend(tone(200, 0.3));
            long.extend(tone(100, 0.001));
        }
        assert_eq!(cut_point(&long, false), Some((21_000, true, true)));
        // Ten seconds of silence are passed over.
        assert_eq!(
            cut_point(&tone(10_000, 0.0), false),
            Some((9_000, false, false))
        );
        // Stopping on silence recognises nothing.
        assert_eq!(
            cut_point(&tone(2_000, 0.0), true),
            Some((2_000, false, false))
        );
        assert_eq!(cut_point(&tone(3_000, 0.0), false), None);
    }

    #[test]
    fn live_audio_keeps_the_chunks_not_yet_recognised() {
        let mut a = LiveAudio {
            samples: Vec::new(),
            start: 0,
            chunks: Default::default(),
            next_seq: 0,
        };
        let chunk = vec![0u8; 8_000]; // 4000 samples: 250 ms
        for seq in 0..4 {
            a.push(seq, &chunk);
        }
        assert_eq!(a.end(), 16_000);
        // Recognised up to 600 ms: chunks 0 and 1 go, 2 (from 500 ms) stays.
        assert_eq!(a.drop_before(ms_to_samples(600)), (2, 8_000));
        assert_eq!(a.start, 8_000);
        assert_eq!(a.samples.len(), 8_000);
        // All of it recognised: nothing is kept, and the next chunk comes after.
        assert_eq!(a.drop_before(16_000), (4, 16_000));
        a.push(4, &chunk);
        assert_eq!(a.chunks.front(), Some(&(4, 16_000)));
    }
}
