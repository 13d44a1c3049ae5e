//! Machine captioning's pages and API (issue 15): the captioner's page (live captions
//! from the browser's microphone, corrections, recordings to transcribe), the viewers'
//! caption view and its event stream, the transcripts' downloads, and the API (the
//! transcripts, and the audio endpoint any client may post a live session's audio to).
//! The pages of `wsis_app::forum::captions`.

use crate::I18N;
use crate::api::account::{ApiUser, CsrfHeader};
use crate::auth::same_token;
use crate::csrf::CsrfForm;
use crate::ctx::{Ctx, SignedIn};
use crate::error::{AppError, AppResult};
use crate::pages::{Page, render, render_with_status};
use crate::state::AppState;
use askama::Template;
use axum::Json;
use axum::extract::{Multipart, Path, Query, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Redirect, Response};
use serde::{Deserialize, Serialize};
use std::sync::LazyLock;
use utoipa::{IntoParams, ToSchema};
use wsis_app::ServiceError;
use wsis_app::forum::captions::{self as service, CaptionLine, TranscriptRow, status};
use wsis_captions::cues::Format;
use wsis_domain::access::Principal;
use wsis_domain::{AccountId, Language};
use wsis_i18n::Arg;

fn who(user: &wsis_app::forum::proposals::User) -> Principal<'_> {
    Principal::new(AccountId::new(user.id), &user.roles)
}

fn principal(ctx: &Ctx) -> Option<Principal<'_>> {
    ctx.user
        .as_ref()
        .map(|u| Principal::new(AccountId::new(u.id), &u.roles))
}

/// A time in a transcript, as `m:ss` or `h:mm:ss`.
pub fn clock(ms: i64) -> String {
    let s = ms.max(0) / 1000;
    let (h, m, s) = (s / 3600, s / 60 % 60, s % 60);
    if h > 0 {
        format!("{h}:{m:02}:{s:02}")
    } else {
        format!("{m}:{s:02}")
    }
}

/// A caption line as the pages show it.
pub struct LineView {
    pub seq: i64,
    pub at: String,
    pub text: String,
}

fn line_views(lines: &[CaptionLine]) -> Vec<LineView> {
    lines
        .iter()
        .map(|l| LineView {
            seq: l.seq,
            at: clock(l.start_ms),
            text: l.text.clone(),
        })
        .collect()
}

/// A transcript as the pages list it.
pub struct TranscriptView {
    pub id: i64,
    /// "Live captions, 7 April 2026" and the like.
    pub label: String,
    pub status: String,
    pub done: bool,
    pub failed: Option<String>,
    pub duration: String,
    pub lang: Option<(&'static str, &'static str, &'static str)>,
    pub vtt: String,
    pub txt: String,
}

fn language_of(code: Option<&str>) -> Option<Language> {
    code.and_then(|c| Language::ALL.into_iter().find(|l| l.code() == c))
}

fn transcript_view(lang: Language, base: &str, t: &TranscriptRow) -> TranscriptView {
    let when = jiff::Timestamp::from_second(t.created_at)
        .map(|ts| {
            ts.to_zoned_datetime(jiff::tz::TimeZone::UTC)
                .date()
                .to_string()
        })
        .unwrap_or_default();
    let source = if t.source == "live" {
        I18N.tr(lang, "captions-source-live")
    } else {
        I18N.tr_args(
            lang,
            "captions-source-recording",
            &[(
                "file",
                Arg::from(t.file_name.as_deref().unwrap_or_default()),
            )],
        )
    };
    TranscriptView {
        id: t.id,
        label: I18N.tr_args(
            lang,
            "captions-transcript-label",
            &[
                ("source", Arg::from(source.as_str())),
                (
                    "date",
                    Arg::from(wsis_i18n::format_local_date(lang, &when).as_str()),
                ),
            ],
        ),
        status: I18N.tr(lang, &format!("captions-status-{}", t.status)),
        done: t.status == status::DONE,
        failed: t.error.as_ref().map(|k| I18N.tr(lang, k)),
        duration: clock(t.duration_ms),
        lang: language_of(t.lang.as_deref()).map(|l| (l.code(), l.native_name(), l.dir())),
        vtt: format!("{base}/transcripts/{}.vtt", t.id),
        txt: format!("{base}/transcripts/{}.txt", t.id),
    }
}

/// The choices of a language select: automatic, then the six.
fn language_options(lang: Language, chosen: &str) -> Vec<(String, String, bool)> {
    let mut out = vec![(
        "auto".to_owned(),
        I18N.tr(lang, "captions-language-auto"),
        chosen == "auto" || chosen.is_empty(),
    )];
    out.extend(Language::ALL.iter().map(|l| {
        (
            l.code().to_owned(),
            l.native_name().to_owned(),
            chosen == l.code(),
        )
    }));
    out
}

// ------------------------------------------------------------------ the session page

/// What the session page shows of its captions: a live link, the transcript read now
/// with its lines, and the captioner's link.
pub struct SessionCaptions {
    pub live_href: Option<String>,
    pub transcript: Option<TranscriptView>,
    pub lines: Vec<LineView>,
    pub manage_href: Option<String>,
}

/// The captions part of session `number`'s page (none when it has no captions and the
/// reader cannot caption it).
pub async fn for_session_page(
    state: &AppState,
    ctx: &Ctx,
    year: i64,
    number: i64,
) -> AppResult<Option<SessionCaptions>> {
    let c = match service::of_session(&state.app, principal(ctx), year, number).await {
        Ok(c) => c,
        Err(ServiceError::NotFound) => return Ok(None),
        Err(e) => return Err(e.into()),
    };
    let base = format!("/{}/forum/{year}/sessions/{number}", ctx.lang.code());
    let done = c.transcripts.iter().find(|t| t.status == status::DONE);
    let lines = match done {
        Some(t) => {
            let (_, _, lines) =
                service::transcript(&state.app, principal(ctx), year, number, t.id).await?;
            line_views(&lines)
        }
        None => Vec::new(),
    };
    if c.live.is_none() && done.is_none() && !c.can_caption {
        return Ok(None);
    }
    Ok(Some(SessionCaptions {
        live_href: c.live.as_ref().map(|_| format!("{base}/captions")),
        transcript: done.map(|t| transcript_view(ctx.lang, &base, t)),
        lines,
        manage_href: c.can_caption.then(|| format!("{base}/captioning")),
    }))
}

// ------------------------------------------------------------------ the caption view

#[derive(Template)]
#[template(path = "forum/captions_view.html")]
struct ViewPage {
    page: Page,
    session_title: String,
    title_attrs: String,
    session_href: String,
    live: bool,
    transcript: Option<TranscriptView>,
    lines: Vec<LineView>,
    events: String,
    sizes: Vec<(&'static str, String, bool)>,
    size: &'static str,
    here: String,
    script: String,
}

#[derive(Deserialize)]
pub struct ViewQuery {
    size: Option<String>,
}

const SIZES: [&str; 4] = ["m", "l", "xl", "xxl"];

/// `GET /{lang}/forum/{year}/sessions/{number}/captions`: the captions of the session,
/// live as they come (an event stream), large, high-contrast, in a size the reader
/// chooses; without a live stream, the latest transcript.
pub async fn view(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((_, year, number)): Path<(String, i64, i64)>,
    Query(q): Query<ViewQuery>,
) -> AppResult<Response> {
    let c = service::of_session(&state.app, principal(&ctx), year, number).await?;
    let base = format!("/{}/forum/{year}/sessions/{number}", ctx.lang.code());
    let current = c.current().cloned();
    let lines = match &current {
        Some(t) => {
            service::transcript(&state.app, principal(&ctx), year, number, t.id)
                .await?
                .2
        }
        None => Vec::new(),
    };
    let size = q
        .size
        .as_deref()
        .and_then(|s| SIZES.iter().find(|x| **x == s))
        .copied()
        .unwrap_or("l");
    let mut page = Page::new(&ctx, "captions-view-title", "forum");
    page.title = I18N.tr_args(
        ctx.lang,
        "captions-view-title",
        &[("number", Arg::Num(number))],
    );
    render(&ViewPage {
        title_attrs: crate::forum::lang_attrs(ctx.lang, Some(c.title_lang), true),
        session_title: c.session.data.title.clone(),
        session_href: base.clone(),
        live: c.live.is_some(),
        events: current
            .as_ref()
            .filter(|t| c.live.as_ref().is_some_and(|l| l.id == t.id))
            .map(|t| format!("{base}/captions/events?t={}&from={}", t.id, t.rev))
            .unwrap_or_default(),
        transcript: current
            .as_ref()
            .map(|t| transcript_view(ctx.lang, &base, t)),
        lines: line_views(&lines),
        sizes: SIZES
            .iter()
            .map(|s| {
                (
                    *s,
                    I18N.tr(ctx.lang, &format!("captions-size-{s}")),
                    *s == size,
                )
            })
            .collect(),
        size,
        here: format!("{base}/captions"),
        script: crate::pages::captions_script(),
        page,
    })
}

#[derive(Deserialize)]
pub struct EventsQuery {
    t: Option<i64>,
    /// The rev the page was rendered at (the stream sends what came after).
    from: Option<i64>,
}

/// A line as the event stream and the API send it.
#[derive(Serialize, ToSchema)]
pub struct ApiLine {
    /// Its place in the transcript, from 1 (a correction comes with the same number).
    pub seq: i64,
    /// Milliseconds from the start of the recording or stream.
    pub start_ms: i64,
    pub end_ms: i64,
    pub text: String,
    /// Whether a person corrected what the machine heard.
    pub corrected: bool,
}

fn api_line(l: &CaptionLine) -> ApiLine {
    ApiLine {
        seq: l.seq,
        start_ms: l.start_ms,
        end_ms: l.end_ms,
        text: l.text.clone(),
        corrected: l.heard.is_some(),
    }
}

/// Viewers' streams a node serves at once.
const MAX_STREAMS: usize = 4_000;
static STREAMS: LazyLock<std::sync::Arc<tokio::sync::Semaphore>> =
    LazyLock::new(|| std::sync::Arc::new(tokio::sync::Semaphore::new(MAX_STREAMS)));
/// The longest a stream stays open (the browser reconnects, from where it was).
const STREAM_SECS: u64 = 4 * 3600;

/// `GET /{lang}/forum/{year}/sessions/{number}/captions/events?t=ID[&from=REV]`: the
/// lines of a transcript as Server-Sent Events: every line after `from` (or after the
/// `Last-Event-ID` a reconnecting browser sends; all without either), then each new or
/// corrected line as it is written (`event: line`; the last line of each change carries
/// the transcript's rev then as its id), and `event: status` with `live`, `stopping`,
/// `done` or `failed` (the stream ends after the last two). The lines come from this
/// node's copy of the transcript (`CaptionHub`): viewers cost the database nothing each.
pub async fn events(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((_, year, number)): Path<(String, i64, i64)>,
    Query(q): Query<EventsQuery>,
    headers: HeaderMap,
) -> AppResult<Response> {
    let id = q.t.ok_or(AppError::NotFound)?;
    let Ok(permit) = STREAMS.clone().try_acquire_owned() else {
        return Err(AppError::Unavailable);
    };
    // Only a transcript of this session that the reader may see.
    service::transcript_row(&state.app, principal(&ctx), year, number, id).await?;
    let from: i64 = headers
        .get("last-event-id")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().parse().ok())
        .or(q.from)
        .filter(|v: &i64| *v >= 0)
        .unwrap_or(0);
    let app = state.app.clone();
    let (followed, rx) = app.captions().follow(&app, id);
    let deadline = tokio::time::Instant::now() + std::time::Duration::from_secs(STREAM_SECS);
    let stream = caption_stream(followed, from, deadline, rx, permit);
    Ok(Sse::new(stream)
        .keep_alive(KeepAlive::new().interval(std::time::Duration::from_secs(15)))
        .into_response())
}

type EventResult = Result<Event, std::convert::Infallible>;

/// The stream of one viewer: lines after `rev`, then whenever the transcript's rev moves.
fn caption_stream(
    followed: std::sync::Arc<service::Followed>,
    rev: i64,
    deadline: tokio::time::Instant,
    rx: tokio::sync::watch::Receiver<i64>,
    permit: tokio::sync::OwnedSemaphorePermit,
) -> impl futures_util::Stream<Item = EventResult> {
    struct St {
        followed: std::sync::Arc<service::Followed>,
        rev: i64,
        status: Option<String>,
        rx: tokio::sync::watch::Receiver<i64>,
        pending: std::collections::VecDeque<Event>,
        deadline: tokio::time::Instant,
        ended: bool,
        _permit: tokio::sync::OwnedSemaphorePermit,
    }
    let st = St {
        followed,
        rev,
        status: None,
        rx,
        pending: Default::default(),
        deadline,
        ended: false,
        _permit: permit,
    };
    futures_util::stream::unfold(st, |mut st| async move {
        loop {
            if let Some(e) = st.pending.pop_front() {
                return Some((Ok(e), st));
            }
            if st.ended {
                return None;
            }
            // Nothing is known on this node before its first read.
            if *st.rx.borrow_and_update() >= 0 {
                let (now_rev, now_status, lines) = st.followed.since(st.rev);
                for (i, l) in lines.iter().enumerate() {
                    let mut e = Event::default().event("line");
                    // The id only where a change ends: a browser that reconnects from it
                    // has had every line of that change.
                    if lines.get(i + 1).is_none_or(|n| n.rev != l.rev) {
                        e = e.id(l.rev.to_string());
                    }
                    if let Ok(e) = e.json_data(api_line(l)) {
                        st.pending.push_back(e);
                    }
                }
                st.rev = st.rev.max(now_rev);
                if st.status.as_deref() != Some(now_status.as_str()) {
                    st.pending
                        .push_back(Event::default().event("status").data(now_status.clone()));
                    if matches!(now_status.as_str(), status::DONE | status::FAILED) {
                        st.ended = true;
                    }
                    st.status = Some(now_status);
                }
                if !st.pending.is_empty() {
                    continue;
                }
            }
            // Nothing new: wait for the rev to move (or the stream's end).
            tokio::select! {
                r = st.rx.changed() => if r.is_err() { return None },
                () = tokio::time::sleep_until(st.deadline) => return None,
            }
        }
    })
}

// ------------------------------------------------------------------ the captioner's page

#[derive(Template)]
#[template(path = "forum/captioning.html")]
struct CaptioningPage {
    page: Page,
    session_title: String,
    title_attrs: String,
    session_href: String,
    view_href: String,
    live: Option<TranscriptView>,
    live_lines: Vec<LineView>,
    transcripts: Vec<TranscriptView>,
    start_action: String,
    upload_action: String,
    base: String,
    languages: Vec<(String, String, bool)>,
    start_error: Option<String>,
    file_error: Option<String>,
    language_error: Option<String>,
    audio_url: String,
    next_seq: i64,
    events: String,
    script: String,
    worklet: String,
    max_mb: i64,
    /// No node with a speech model has taken the live stream or a recording yet.
    untaken: bool,
}

/// What the captioning page's forms show again: their errors (starting, the file, the
/// recording's language) and the language chosen.
#[derive(Default)]
struct Shown<'a> {
    start: Option<String>,
    file: Option<String>,
    language: Option<String>,
    chosen: &'a str,
}

async fn captioning_page(
    state: &AppState,
    ctx: &Ctx,
    user: &wsis_app::forum::proposals::User,
    (year, number): (i64, i64),
    shown: Shown<'_>,
    status_code: StatusCode,
) -> AppResult<Response> {
    let (errors, chosen) = ((shown.start, shown.file, shown.language), shown.chosen);
    let c = service::of_session(&state.app, Some(who(user)), year, number).await?;
    if !c.can_caption {
        return Err(AppError::Forbidden);
    }
    let base = format!("/{}/forum/{year}/sessions/{number}", ctx.lang.code());
    let live_lines = match &c.live {
        Some(t) => {
            service::transcript(&state.app, Some(who(user)), year, number, t.id)
                .await?
                .2
        }
        None => Vec::new(),
    };
    let next_seq = match &c.live {
        Some(t) => service::next_seq(&state.app, t.id).await?,
        None => 0,
    };
    let mut page = Page::new(ctx, "captions-captioning-title", "forum");
    page.title = I18N.tr_args(
        ctx.lang,
        "captions-captioning-title",
        &[("number", Arg::Num(number))],
    );
    render_with_status(
        &CaptioningPage {
            title_attrs: crate::forum::lang_attrs(ctx.lang, Some(c.title_lang), true),
            session_title: c.session.data.title.clone(),
            untaken: c.untaken,
            session_href: base.clone(),
            view_href: format!("{base}/captions"),
            next_seq,
            audio_url: c
                .live
                .as_ref()
                .map(|t| {
                    format!(
                        "/api/v1/forums/{year}/sessions/{number}/captions/{}/audio",
                        t.id
                    )
                })
                .unwrap_or_default(),
            events: c
                .live
                .as_ref()
                .map(|t| format!("{base}/captions/events?t={}", t.id))
                .unwrap_or_default(),
            live: c.live.as_ref().map(|t| transcript_view(ctx.lang, &base, t)),
            live_lines: line_views(&live_lines),
            transcripts: c
                .transcripts
                .iter()
                .filter(|t| !matches!(t.status.as_str(), status::LIVE | status::STOPPING))
                .map(|t| transcript_view(ctx.lang, &base, t))
                .collect(),
            start_action: format!("{base}/captioning/start"),
            upload_action: format!("{base}/captioning/recording"),
            base: format!("{base}/captioning"),
            languages: language_options(ctx.lang, chosen),
            start_error: errors.0,
            file_error: errors.1,
            language_error: errors.2,
            script: crate::pages::captions_script(),
            worklet: crate::pages::captions_worklet(),
            max_mb: (service::MAX_RECORDING_BYTES / (1024 * 1024)) as i64,
            page,
        },
        status_code,
    )
}

/// `GET /{lang}/forum/{year}/sessions/{number}/captioning`: the captioner's page (the
/// session's organisers and the secretariat).
pub async fn captioning(
    SignedIn(ctx, user): SignedIn,
    State(state): State<AppState>,
    Path((_, year, number)): Path<(String, i64, i64)>,
) -> AppResult<Response> {
    captioning_page(
        &state,
        &ctx,
        &user,
        (year, number),
        Shown {
            chosen: "auto",
            ..Shown::default()
        },
        StatusCode::OK,
    )
    .await
}

#[derive(Deserialize)]
pub struct StartForm {
    #[serde(default)]
    language: String,
}

/// `POST …/captioning/start`: starts live captioning.
pub async fn start(
    SignedIn(ctx, user): SignedIn,
    State(state): State<AppState>,
    Path((_, year, number)): Path<(String, i64, i64)>,
    CsrfForm(form): CsrfForm<StartForm>,
) -> AppResult<Response> {
    match service::start_live(&state.app, who(&user), year, number, &form.language).await {
        Ok(_) => Ok(Redirect::to(&format!(
            "/{}/forum/{year}/sessions/{number}/captioning?notice=captions-started",
            ctx.lang.code()
        ))
        .into_response()),
        Err(ServiceError::Fields(f)) => {
            let msg = f.for_field("language").map(|k| I18N.tr(ctx.lang, k));
            captioning_page(
                &state,
                &ctx,
                &user,
                (year, number),
                Shown {
                    start: msg,
                    chosen: "auto",
                    ..Shown::default()
                },
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await
        }
        Err(ServiceError::Conflict(k)) => {
            captioning_page(
                &state,
                &ctx,
                &user,
                (year, number),
                Shown {
                    start: Some(I18N.tr(ctx.lang, k)),
                    chosen: &form.language,
                    ..Shown::default()
                },
                StatusCode::CONFLICT,
            )
            .await
        }
        Err(e) => Err(e.into()),
    }
}

#[derive(Deserialize)]
pub struct Empty {}

/// `POST …/captioning/{id}/stop`: stops live captioning (what was said is still
/// recognised, then stored).
pub async fn stop(
    SignedIn(ctx, user): SignedIn,
    State(state): State<AppState>,
    Path((_, year, number, id)): Path<(String, i64, i64, i64)>,
    CsrfForm(_): CsrfForm<Empty>,
) -> AppResult<Response> {
    service::stop_live(&state.app, who(&user), year, number, id).await?;
    Ok(Redirect::to(&format!(
        "/{}/forum/{year}/sessions/{number}/captioning?notice=captions-stopped",
        ctx.lang.code()
    ))
    .into_response())
}

#[derive(Deserialize)]
pub struct CorrectForm {
    #[serde(default)]
    text: String,
}

#[derive(Template)]
#[template(path = "forum/caption_line.html")]
struct LinePage {
    page: Page,
    action: String,
    back: String,
    text: String,
    heard: String,
    error: Option<String>,
}

/// `GET …/captioning/{id}/lines/{seq}`: one line's correction form (the captioning
/// page's forms post here too).
pub async fn line_form(
    SignedIn(ctx, user): SignedIn,
    State(state): State<AppState>,
    Path((_, year, number, id, seq)): Path<(String, i64, i64, i64, i64)>,
) -> AppResult<Response> {
    let (_, _, lines) = service::transcript(&state.app, Some(who(&user)), year, number, id).await?;
    let c = service::of_session(&state.app, Some(who(&user)), year, number).await?;
    if !c.can_caption {
        return Err(AppError::Forbidden);
    }
    let line = lines
        .iter()
        .find(|l| l.seq == seq)
        .ok_or(AppError::NotFound)?;
    line_page(
        &ctx,
        year,
        number,
        id,
        line,
        line.text.clone(),
        None,
        StatusCode::OK,
    )
}

#[allow(clippy::too_many_arguments)]
fn line_page(
    ctx: &Ctx,
    year: i64,
    number: i64,
    id: i64,
    line: &CaptionLine,
    text: String,
    error: Option<String>,
    code: StatusCode,
) -> AppResult<Response> {
    let base = format!(
        "/{}/forum/{year}/sessions/{number}/captioning",
        ctx.lang.code()
    );
    let mut page = Page::new(ctx, "captions-correct-title", "forum");
    page.title = I18N.tr_args(
        ctx.lang,
        "captions-correct-title",
        &[("time", Arg::from(clock(line.start_ms).as_str()))],
    );
    render_with_status(
        &LinePage {
            action: format!("{base}/{id}/lines/{}", line.seq),
            back: base,
            text,
            heard: line.heard.clone().unwrap_or_else(|| line.text.clone()),
            error,
            page,
        },
        code,
    )
}

/// `POST …/captioning/{id}/lines/{seq}`: corrects a line; viewers see the correction.
pub async fn correct(
    SignedIn(ctx, user): SignedIn,
    State(state): State<AppState>,
    Path((_, year, number, id, seq)): Path<(String, i64, i64, i64, i64)>,
    headers: HeaderMap,
    CsrfForm(form): CsrfForm<CorrectForm>,
) -> AppResult<Response> {
    match service::correct_line(&state.app, who(&user), year, number, id, seq, &form.text).await {
        Ok(()) => {
            // The page's script sends it in the background and wants no page back.
            if headers.get("x-requested-with").is_some() {
                return Ok(StatusCode::NO_CONTENT.into_response());
            }
            Ok(Redirect::to(&format!(
                "/{}/forum/{year}/sessions/{number}/captioning?notice=captions-corrected#line-{seq}",
                ctx.lang.code()
            ))
            .into_response())
        }
        Err(ServiceError::Fields(f)) => {
            let (_, _, lines) =
                service::transcript(&state.app, Some(who(&user)), year, number, id).await?;
            let line = lines
                .iter()
                .find(|l| l.seq == seq)
                .ok_or(AppError::NotFound)?;
            let msg = f.for_field("text").map(|k| I18N.tr(ctx.lang, k));
            line_page(
                &ctx,
                year,
                number,
                id,
                line,
                form.text,
                msg,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
        }
        Err(e) => Err(e.into()),
    }
}

/// `POST …/captioning/recording`: a recording to transcribe (multipart: csrf, language,
/// file).
pub async fn recording(
    SignedIn(ctx, user): SignedIn,
    State(state): State<AppState>,
    Path((_, year, number)): Path<(String, i64, i64)>,
    mut multipart: Multipart,
) -> AppResult<Response> {
    // Who may send a recording, and whether one is being transcribed, are known before
    // its body is read.
    match service::recording_busy(&state.app, who(&user), year, number).await {
        Ok(()) => {}
        Err(ServiceError::Conflict(k)) => {
            return captioning_page(
                &state,
                &ctx,
                &user,
                (year, number),
                Shown {
                    file: Some(I18N.tr(ctx.lang, k)),
                    chosen: "auto",
                    ..Shown::default()
                },
                StatusCode::CONFLICT,
            )
            .await;
        }
        Err(e) => return Err(e.into()),
    }
    let (mut csrf, mut language, mut file, mut name) =
        (String::new(), String::new(), None, String::new());
    while let Some(field) = multipart
        .next_field()
        .await
        .map_err(|_| AppError::BadRequest("invalid_form"))?
    {
        match field.name().unwrap_or("") {
            "csrf" => csrf = field.text().await.unwrap_or_default(),
            "language" => language = field.text().await.unwrap_or_default(),
            "file" => {
                name = field.file_name().unwrap_or("").to_owned();
                file = Some(field.bytes().await.map_err(|_| AppError::PayloadTooLarge)?);
            }
            _ => {}
        }
    }
    if ctx.csrf.is_empty() || !same_token(&csrf, &ctx.csrf) {
        return Err(AppError::Csrf);
    }
    let bytes = file.unwrap_or_default();
    match service::add_recording(
        &state.app,
        who(&user),
        year,
        number,
        &name,
        bytes,
        &language,
    )
    .await
    {
        Ok(_) => Ok(Redirect::to(&format!(
            "/{}/forum/{year}/sessions/{number}/captioning?notice=captions-recording-queued",
            ctx.lang.code()
        ))
        .into_response()),
        Err(ServiceError::Fields(f)) => {
            let tr = |k: Option<&str>| k.map(|k| I18N.tr(ctx.lang, k));
            captioning_page(
                &state,
                &ctx,
                &user,
                (year, number),
                Shown {
                    file: tr(f.for_field("file")),
                    language: tr(f.for_field("language")),
                    chosen: &language,
                    ..Shown::default()
                },
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await
        }
        Err(ServiceError::Conflict(k)) => {
            captioning_page(
                &state,
                &ctx,
                &user,
                (year, number),
                Shown {
                    file: Some(I18N.tr(ctx.lang, k)),
                    chosen: &language,
                    ..Shown::default()
                },
                StatusCode::CONFLICT,
            )
            .await
        }
        Err(e) => Err(e.into()),
    }
}

// ------------------------------------------------------------------ downloads

/// `GET /{lang}/forum/{year}/sessions/{number}/transcripts/{id}.vtt` (or `.txt`): a
/// finished transcript as WebVTT or plain text.
pub async fn download(
    State(state): State<AppState>,
    Path((_, year, number, file)): Path<(String, i64, i64, String)>,
) -> AppResult<Response> {
    let (id, ext) = file.split_once('.').ok_or(AppError::NotFound)?;
    let id: i64 = id.parse().map_err(|_| AppError::NotFound)?;
    let format = match ext {
        "vtt" => Format::Vtt,
        "txt" => Format::Txt,
        _ => return Err(AppError::NotFound),
    };
    let body = service::file(&state.app, year, number, id, format).await?;
    Ok((
        [
            (header::CONTENT_TYPE, format.media_type().to_owned()),
            (
                header::CONTENT_DISPOSITION,
                format!("inline; filename=\"wsis-{year}-session-{number}-{id}.{ext}\""),
            ),
        ],
        body,
    )
        .into_response())
}

// ------------------------------------------------------------------ API

/// A transcript of a session.
#[derive(Serialize, ToSchema)]
pub struct ApiTranscript {
    pub id: i64,
    /// `recording` or `live`
    pub source: String,
    /// `queued`, `running`, `live`, `stopping`, `done` or `failed`
    pub status: String,
    /// The language asked for (none: detected)
    pub language: Option<String>,
    pub duration_ms: i64,
    /// WebVTT and plain text, once done
    pub vtt_url: Option<String>,
    pub text_url: Option<String>,
    /// Its lines (in the answer for one transcript)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lines: Option<Vec<ApiLine>>,
}

fn api_transcript(base: &str, year: i64, number: i64, t: &TranscriptRow) -> ApiTranscript {
    let done = t.status == status::DONE;
    ApiTranscript {
        id: t.id,
        source: t.source.clone(),
        status: t.status.clone(),
        language: t.lang.clone(),
        duration_ms: t.duration_ms,
        vtt_url: done.then(|| {
            format!(
                "{base}/en/forum/{year}/sessions/{number}/transcripts/{}.vtt",
                t.id
            )
        }),
        text_url: done.then(|| {
            format!(
                "{base}/en/forum/{year}/sessions/{number}/transcripts/{}.txt",
                t.id
            )
        }),
        lines: None,
    }
}

/// A session's transcripts.
#[derive(Serialize, ToSchema)]
pub struct ApiTranscripts {
    pub year: i64,
    pub session: i64,
    pub transcripts: Vec<ApiTranscript>,
}

#[utoipa::path(get, path = "/api/v1/forums/{year}/sessions/{number}/transcripts", tag = "forum", operation_id = "session_transcripts",
    params(("year" = i64, Path, description = "Edition"), ("number" = i64, Path, description = "Session number")),
    responses((status = 200, description = "The session's finished and live transcripts, newest first", body = ApiTranscripts),
        (status = 304, description = "Not modified: the ETag sent in If-None-Match is still current"),
        (status = 400, description = "A malformed year or number (`bad_request`)", body = crate::api::ErrorBody),
        (status = 404, description = "No such accepted session (`not_found`)", body = crate::api::ErrorBody)))]
pub async fn api_list(
    State(state): State<AppState>,
    Path((year, number)): Path<(i64, i64)>,
) -> AppResult<Json<ApiTranscripts>> {
    let c = service::of_session(&state.app, None, year, number).await?;
    let base = &state.config.public_url;
    Ok(Json(ApiTranscripts {
        year,
        session: number,
        transcripts: c
            .transcripts
            .iter()
            .map(|t| api_transcript(base, year, number, t))
            .collect(),
    }))
}

#[utoipa::path(get, path = "/api/v1/forums/{year}/sessions/{number}/transcripts/{id}", tag = "forum", operation_id = "session_transcript",
    params(("year" = i64, Path, description = "Edition"), ("number" = i64, Path, description = "Session number"), ("id" = i64, Path, description = "Transcript")),
    responses((status = 200, description = "The transcript with its lines", body = ApiTranscript),
        (status = 304, description = "Not modified: the ETag sent in If-None-Match is still current"),
        (status = 400, description = "A malformed year, number or id (`bad_request`)", body = crate::api::ErrorBody),
        (status = 404, description = "No such session or transcript (`not_found`)", body = crate::api::ErrorBody)))]
pub async fn api_one(
    State(state): State<AppState>,
    Path((year, number, id)): Path<(i64, i64, i64)>,
) -> AppResult<Json<ApiTranscript>> {
    let (_, t, lines) = service::transcript(&state.app, None, year, number, id).await?;
    let mut out = api_transcript(&state.config.public_url, year, number, &t);
    out.lines = Some(lines.iter().map(api_line).collect());
    Ok(Json(out))
}

/// `?seq=`: a chunk's number.
#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct SeqQuery {
    /// The chunk's number: 0 for the first, then one more for each (a chunk sent again
    /// with its number is kept once; one that arrives late is put in its place)
    #[param(minimum = 0, maximum = 345_600)]
    pub seq: Option<i64>,
}

/// What a received chunk answers.
#[derive(Serialize, ToSchema)]
pub struct ApiChunk {
    pub seq: i64,
    /// False when this chunk had been received already
    pub new: bool,
}

#[utoipa::path(post, path = "/api/v1/forums/{year}/sessions/{number}/captions/{id}/audio", tag = "forum", operation_id = "live_caption_audio",
    params(("year" = i64, Path, description = "Edition"), ("number" = i64, Path, description = "Session number"),
        ("id" = i64, Path, description = "The live transcript (started on the session's captioning page)"),
        SeqQuery,
        ("X-CSRF-Token" = String, Header, description = "The signed-in captioner's CSRF token (the captioning page carries it)")),
    request_body(content = Vec<u8>, content_type = "application/octet-stream",
        description = "Up to 10 s of audio: 16 kHz, mono, 16-bit signed little-endian PCM (a quarter of a second, 8000 bytes, is what the captioning page sends)"),
    responses((status = 202, description = "Kept; recognised when its speaker pauses", body = ApiChunk),
        (status = 400, description = "A malformed year, number, id or `seq` (`bad_request`)", body = crate::api::ErrorBody),
        (status = 413, description = "More than 10 s of audio in one chunk (`payload_too_large`)", body = crate::api::ErrorBody),
        (status = 401, description = "Not signed in (`unauthenticated`)", body = crate::api::ErrorBody),
        (status = 403, description = "Not a captioner of the session (`forbidden`), or no or a wrong X-CSRF-Token (`csrf_failed`)", body = crate::api::ErrorBody),
        (status = 404, description = "No such session or transcript (`not_found`)", body = crate::api::ErrorBody),
        (status = 409, description = "The transcript is not being captioned live (`captions-not-live`)", body = crate::api::ErrorBody),
        (status = 422, description = "A missing or bad `seq`, or audio that is empty, too long or not 16-bit (`validation_failed`)", body = crate::api::ErrorBody)))]
pub async fn api_audio(
    ApiUser(user): ApiUser,
    State(state): State<AppState>,
    Path((year, number, id)): Path<(i64, i64, i64)>,
    Query(q): Query<SeqQuery>,
    _csrf: CsrfHeader,
    body: axum::body::Bytes,
) -> AppResult<Response> {
    let seq = q.seq.unwrap_or(-1);
    let new = service::push_audio(&state.app, who(&user), year, number, id, seq, &body).await?;
    Ok((StatusCode::ACCEPTED, Json(ApiChunk { seq, new })).into_response())
}
