//! Machine captioning through the real router (issue 15): recordings transcribed by
//! the job queue, live captions from posted audio chunks to viewers' event streams,
//! corrections, transcripts on the session page, as files, in the API and in the
//! search, a worker that dies replaced without loss, and who may do what.
//!
//! Recognition here is a small deterministic recogniser (each burst of sound is a
//! word, its loudness says which): these tests are about what the platform does with
//! what is recognised. Whisper itself is tested against real speech in `wsis-speech`,
//! and through the whole server with a real model in the browser suite.

use crate::common::TestApp;
use crate::forum::{forum, plain};
use axum::body::Body;
use axum::http::{Method, Request, StatusCode, header};
use http_body_util::BodyExt;
use std::sync::Arc;
use tower::ServiceExt;
use wsis_app::forum::captions::{BoxedRecognizer, Speech, SpeechModels};
use wsis_captions::cues::Cue;
use wsis_captions::pipeline::{RecogniseError, Recognizer};
use wsis_db::forum as fdb;
use wsis_domain::account::Role;
use wsis_domain::forum::SessionStatus;

/// Hears a word in each burst of sound: "hello" when soft, "world." when loud.
struct Bursts;

impl Recognizer for Bursts {
    fn recognise(
        &mut self,
        samples: &[f32],
        _lang: Option<&str>,
    ) -> Result<Vec<Cue>, RecogniseError> {
        let frame = 320; // 20 ms
        let mut out = Vec::new();
        let mut run: Option<(usize, f32)> = None;
        let levels: Vec<f32> = samples
            .chunks(frame)
            .map(|c| c.iter().fold(0f32, |m, s| m.max(s.abs())))
            .collect();
        for (i, &l) in levels.iter().chain(std::iter::once(&0.0)).enumerate() {
            match (&mut run, l > 0.05) {
                (None, true) => run = Some((i, l)),
                (Some((_, peak)), true) => *peak = peak.max(l),
                (Some((start, peak)), false) => {
                    out.push(Cue {
                        start: *start as i64 * 20,
                        end: i as i64 * 20,
                        text: if *peak > 0.45 { " world." } else { " hello" }.to_owned(),
                    });
                    run = None;
                }
                (None, false) => {}
            }
        }
        Ok(out)
    }
}

/// A recogniser that panics (a bug in an engine must not take the worker down).
struct Crashes;

impl Recognizer for Crashes {
    fn recognise(&mut self, _: &[f32], _: Option<&str>) -> Result<Vec<Cue>, RecogniseError> {
        panic!("the engine crashed")
    }
}

struct TestModels;

impl SpeechModels for TestModels {
    fn load(&self, lang: Option<&str>, _live: bool) -> Result<BoxedRecognizer, RecogniseError> {
        match lang {
            Some("zh") => Err(RecogniseError::Model("no model for zh".into())),
            Some("ru") => Ok(Box::new(Crashes)),
            _ => Ok(Box::new(Bursts)),
        }
    }
}

async fn app_with_speech() -> TestApp {
    TestApp::with_config(|c| {
        c.app.speech = Some(Speech(Arc::new(TestModels)));
    })
    .await
}

/// 16 kHz mono 16-bit PCM: `(ms, level)` pieces of a 220 Hz tone (level 0: silence).
fn pcm(pieces: &[(u32, f32)]) -> Vec<u8> {
    let mut out = Vec::new();
    for &(ms, level) in pieces {
        for i in 0..ms * 16 {
            let s = level * (i as f32 * 2.0 * std::f32::consts::PI * 220.0 / 16_000.0).sin();
            out.extend_from_slice(&((s * 32_000.0) as i16).to_le_bytes());
        }
    }
    out
}

fn wav(pcm: &[u8]) -> Vec<u8> {
    let mut w = Vec::new();
    w.extend_from_slice(b"RIFF");
    w.extend_from_slice(&(36 + pcm.len() as u32).to_le_bytes());
    w.extend_from_slice(b"WAVEfmt ");
    w.extend_from_slice(&16u32.to_le_bytes());
    w.extend_from_slice(&1u16.to_le_bytes()); // PCM
    w.extend_from_slice(&1u16.to_le_bytes()); // mono
    w.extend_from_slice(&16_000u32.to_le_bytes());
    w.extend_from_slice(&32_000u32.to_le_bytes());
    w.extend_from_slice(&2u16.to_le_bytes());
    w.extend_from_slice(&16u16.to_le_bytes());
    w.extend_from_slice(b"data");
    w.extend_from_slice(&(pcm.len() as u32).to_le_bytes());
    w.extend_from_slice(pcm);
    w
}

const BOUNDARY: &str = "XCAPTIONSBOUNDARYX";

async fn upload(app: &mut TestApp, uri: &str, lang: &str, name: &str, file: &[u8]) -> StatusCode {
    let csrf = app.csrf().await;
    let mut b = Vec::new();
    for (k, v) in [("csrf", csrf.as_str()), ("language", lang)] {
        b.extend_from_slice(
            format!("--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"{k}\"\r\n\r\n{v}\r\n")
                .as_bytes(),
        );
    }
    b.extend_from_slice(
        format!("--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{name}\"\r\nContent-Type: audio/wav\r\n\r\n").as_bytes(),
    );
    b.extend_from_slice(file);
    b.extend_from_slice(format!("\r\n--{BOUNDARY}--\r\n").as_bytes());
    let ct = format!("multipart/form-data; boundary={BOUNDARY}");
    app.request(Method::POST, uri, &[("content-type", &ct)], Body::from(b))
        .await
        .status
}

async fn post_audio(app: &mut TestApp, uri: &str, seq: i64, body: Vec<u8>) -> (StatusCode, String) {
    let csrf = app.csrf().await;
    let r = app
        .request(
            Method::POST,
            &format!("{uri}?seq={seq}"),
            &[
                ("content-type", "application/octet-stream"),
                ("x-csrf-token", &csrf),
            ],
            Body::from(body),
        )
        .await;
    (r.status, r.body)
}

/// The accepted session "Digital skills for all" (number, id); its proposer is
/// forum-admin@example.org.
async fn session(app: &TestApp, ed: i64) -> (i64, i64) {
    let mut conn = app.db.conn().await.unwrap();
    let s = fdb::sessions(&mut conn, ed, Some(SessionStatus::Accepted))
        .await
        .unwrap()
        .into_iter()
        .find(|s| s.data.title == "Digital skills for all")
        .unwrap();
    (s.number.unwrap(), s.id)
}

/// Reads an event stream until `until` holds for what came, or 20 s pass.
async fn read_events(
    app: &TestApp,
    uri: &str,
    last_event_id: Option<&str>,
    until: impl Fn(&str) -> bool,
) -> String {
    let mut req = Request::builder().method(Method::GET).uri(uri);
    if let Some(id) = last_event_id {
        req = req.header("last-event-id", id);
    }
    let res = app
        .router
        .clone()
        .oneshot(req.body(Body::empty()).unwrap())
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(
        res.headers().get(header::CONTENT_TYPE).unwrap(),
        "text/event-stream"
    );
    let mut body = res.into_body();
    let mut seen = String::new();
    let deadline = tokio::time::Instant::now() + std::time::Duration::from_secs(20);
    while !until(&seen) {
        match tokio::time::timeout_at(deadline, body.frame()).await {
            Ok(Some(Ok(f))) => {
                if let Some(d) = f.data_ref() {
                    seen.push_str(&String::from_utf8_lossy(d));
                }
            }
            Ok(_) => break,
            Err(_) => panic!("the stream did not bring what was awaited; it brought:\n{seen}"),
        }
    }
    seen
}

async fn wait_for(mut f: impl AsyncFnMut() -> bool) {
    for _ in 0..200 {
        if f().await {
            return;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    panic!("waited 20 s in vain");
}

#[tokio::test]
async fn captioning_is_for_the_sessions_organisers_and_the_secretariat() {
    let app = app_with_speech().await;
    let (ed, _) = forum(&app).await;
    let (number, _) = session(&app, ed.id).await;
    let base = format!("/en/forum/2019/sessions/{number}");
    let page = format!("{base}/captioning");

    // Anonymous: sent to sign in; the API says 401.
    let mut anon = app.twin();
    let r = anon.get(&page).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert!(r.location().contains("/account/login"), "{}", r.location());
    let audio = format!("/api/v1/forums/2019/sessions/{number}/captions/1/audio");
    assert_eq!(
        post_audio(&mut anon, &audio, 0, pcm(&[(250, 0.3)])).await.0,
        StatusCode::UNAUTHORIZED
    );

    // A participant (or an organiser of other sessions) may not.
    let mut other = app.twin();
    other
        .sign_in_as(
            "participant@example.org",
            &[Role::Participant, Role::Organiser],
        )
        .await;
    assert_eq!(other.get(&page).await.status, StatusCode::FORBIDDEN);
    let csrf = other.csrf().await;
    for uri in [
        format!("{page}/start"),
        format!("{page}/1/stop"),
        format!("{page}/1/lines/1"),
    ] {
        let r = other
            .post_form(&uri, &[("language", "en"), ("text", "x")])
            .await;
        assert_eq!(r.status, StatusCode::FORBIDDEN, "{uri}");
    }
    assert_eq!(
        upload(
            &mut other,
            &format!("{page}/recording"),
            "en",
            "a.wav",
            &wav(&pcm(&[(500, 0.3)]))
        )
        .await,
        StatusCode::FORBIDDEN
    );
    // Without the token, even the organiser's audio is refused.
    let mut org = app.twin();
    org.sign_in_as("forum-admin@example.org", &[]).await;
    assert_eq!(org.get(&page).await.status, StatusCode::OK);
    let r = org
        .post_form(&format!("{page}/start"), &[("language", "en")])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let live = {
        let mut conn = app.db.conn().await.unwrap();
        let (_, id) = session(&app, ed.id).await;
        fdb::live_transcript(&mut conn, id)
            .await
            .unwrap()
            .unwrap()
            .id
    };
    let audio = format!("/api/v1/forums/2019/sessions/{number}/captions/{live}/audio");
    let r = org
        .request(
            Method::POST,
            &format!("{audio}?seq=0"),
            &[("content-type", "application/octet-stream")],
            Body::from(pcm(&[(250, 0.3)])),
        )
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    assert_eq!(r.json()["error"], "csrf_failed");
    // Others may not send audio to it, with their own token.
    assert_eq!(
        post_audio(&mut other, &audio, 0, pcm(&[(250, 0.3)]))
            .await
            .0,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        other
            .post_form(&format!("{page}/{live}/stop"), &[])
            .await
            .status,
        StatusCode::FORBIDDEN
    );
    let _ = csrf;

    // The secretariat may, on any session.
    let mut sec = app.twin();
    sec.sign_in_as("secretary@example.org", &[Role::Secretariat])
        .await;
    let r = sec.get(&page).await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.body.contains("id=\"capture\""), "the live part shows");
    assert_eq!(
        post_audio(&mut sec, &audio, 0, pcm(&[(250, 0.3)])).await.0,
        StatusCode::ACCEPTED
    );

    // The public reads the caption view; the session page links it and, for its
    // captioners only, the captioning page.
    let view = anon.get(&format!("{base}/captions")).await;
    assert_eq!(view.status, StatusCode::OK);
    assert!(view.body.contains("aria-live=\"polite\""));
    assert!(view.body.contains(&format!("/captions/events?t={live}")));
    let public = anon.get(&base).await;
    assert!(public.body.contains(&format!("{base}/captions\"")));
    assert!(!public.body.contains(&page));
    assert!(org.get(&base).await.body.contains(&page));
    // Unknown sessions and transcripts are not found.
    assert_eq!(
        anon.get("/en/forum/2019/sessions/999/captions")
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        anon.get(&format!("{base}/captions/events?t=999"))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn a_recording_is_transcribed_by_a_job_and_read_everywhere() {
    let app = app_with_speech().await;
    let (ed, _) = forum(&app).await;
    let (number, sid) = session(&app, ed.id).await;
    let base = format!("/en/forum/2019/sessions/{number}");
    let mut org = app.twin();
    org.sign_in_as("forum-admin@example.org", &[]).await;
    let send = format!("{base}/captioning/recording");

    // Not audio, no file, a bad language: the form says so, and nothing is queued.
    assert_eq!(
        upload(
            &mut org,
            &send,
            "en",
            "notes.wav",
            b"%PDF-1.7 not a recording"
        )
        .await,
        StatusCode::UNPROCESSABLE_ENTITY
    );
    assert_eq!(
        upload(&mut org, &send, "en", "", b"").await,
        StatusCode::UNPROCESSABLE_ENTITY
    );
    assert_eq!(
        upload(&mut org, &send, "de", "a.wav", &wav(&pcm(&[(300, 0.3)]))).await,
        StatusCode::UNPROCESSABLE_ENTITY
    );
    let mut conn = app.db.conn().await.unwrap();
    assert!(
        fdb::transcripts_of_session(&mut conn, sid)
            .await
            .unwrap()
            .is_empty()
    );
    drop(conn);
    // The page shows the message in French too.
    let csrf = org.csrf().await;
    let _ = csrf;

    // A recording: words, a pause, more words.
    let audio = pcm(&[
        (500, 0.0),
        (300, 0.3),
        (200, 0.0),
        (300, 0.6),
        (1500, 0.0),
        (300, 0.3),
        (200, 0.0),
        (300, 0.6),
        (500, 0.0),
    ]);
    assert_eq!(
        upload(&mut org, &send, "auto", "panel.wav", &wav(&audio)).await,
        StatusCode::SEE_OTHER
    );
    // One at a time.
    assert_eq!(
        upload(&mut org, &send, "en", "again.wav", &wav(&audio)).await,
        StatusCode::CONFLICT
    );
    let page = plain(&org.get(&format!("{base}/captioning")).await.body);
    assert!(page.contains("Recording panel.wav"), "{page}");
    assert!(page.contains("Waiting to be transcribed"));
    // Not public yet.
    let mut anon = app.twin();
    assert!(!anon.get(&base).await.body.contains("panel.wav"));

    // The job runs (on a node with models).
    assert_eq!(
        wsis_app::jobs::drain_captions(&app.services).await.unwrap(),
        1
    );
    let mut conn = app.db.conn().await.unwrap();
    let t = fdb::transcripts_of_session(&mut conn, sid).await.unwrap();
    assert_eq!(t.len(), 1);
    assert_eq!(t[0].status, "done", "{:?}", t[0].error);
    assert!(t[0].media_key.is_none(), "the recording is let go");
    let id = t[0].id;
    drop(conn);

    // The session page shows it with its times and files.
    let p = plain(&anon.get(&base).await.body);
    assert!(p.contains("Show the transcript (2 lines)"), "{p}");
    assert!(p.contains("hello world."));
    assert!(p.contains("<span class=\"caption-time\">0:00</span>"));
    assert!(p.contains("<span class=\"caption-time\">0:02</span>"));
    let vtt = anon.get(&format!("{base}/transcripts/{id}.vtt")).await;
    assert_eq!(vtt.status, StatusCode::OK);
    assert!(
        vtt.headers[header::CONTENT_TYPE]
            .to_str()
            .unwrap()
            .starts_with("text/vtt")
    );
    assert!(vtt.body.starts_with("WEBVTT"), "{}", vtt.body);
    assert!(vtt.body.contains("00:00:00.500 --> "), "{}", vtt.body);
    assert!(vtt.body.contains("hello world."));
    let txt = anon.get(&format!("{base}/transcripts/{id}.txt")).await;
    assert_eq!(txt.body.trim(), "hello world.\nhello world.");
    assert_eq!(
        anon.get(&format!("{base}/transcripts/{id}.srt"))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    // The API.
    let list = anon
        .get(&format!(
            "/api/v1/forums/2019/sessions/{number}/transcripts"
        ))
        .await
        .json();
    assert_eq!(list["transcripts"][0]["status"], "done");
    assert_eq!(list["transcripts"][0]["source"], "recording");
    assert!(
        list["transcripts"][0]["vtt_url"]
            .as_str()
            .unwrap()
            .ends_with(&format!("/transcripts/{id}.vtt"))
    );
    let one = anon
        .get(&format!(
            "/api/v1/forums/2019/sessions/{number}/transcripts/{id}"
        ))
        .await
        .json();
    assert_eq!(one["lines"][1]["text"], "hello world.");
    assert_eq!(one["lines"][1]["start_ms"], 2800);
    // The search finds it, with the session's facets.
    let found = plain(
        &anon
            .get("/en/outcomes/search?q=world&action_line=C4")
            .await
            .body,
    );
    assert!(
        found.contains(&format!("Transcript of session {number}")),
        "{found}"
    );
    assert!(found.contains(&format!("{base}#transcript")));
    let api = anon.get("/api/v1/outcomes/search?q=hello").await.json();
    assert_eq!(api["hits"][0]["kind"], "transcript");
    let none = anon.get("/en/outcomes/search?q=world&action_line=C1").await;
    assert!(!none.body.contains("Transcript of session"));

    // A language with no model fails with a clear message, kept for the captioner.
    assert_eq!(
        upload(&mut org, &send, "zh", "zh.wav", &wav(&audio)).await,
        StatusCode::SEE_OTHER
    );
    wsis_app::jobs::drain_captions(&app.services).await.unwrap();
    let page = plain(&org.get(&format!("{base}/captioning")).await.body);
    assert!(
        page.contains("No speech model for this language is installed"),
        "{page}"
    );
    // An engine that crashes fails the transcript, and the session may send another.
    assert_eq!(
        upload(&mut org, &send, "ru", "ru.wav", &wav(&audio)).await,
        StatusCode::SEE_OTHER
    );
    wsis_app::jobs::drain_captions(&app.services).await.unwrap();
    let page = plain(&org.get(&format!("{base}/captioning")).await.body);
    assert!(page.contains("Speech recognition failed"), "{page}");
    // Silence gives a transcript with no line.
    assert_eq!(
        upload(
            &mut org,
            &send,
            "en",
            "quiet.wav",
            &wav(&pcm(&[(3000, 0.0)]))
        )
        .await,
        StatusCode::SEE_OTHER
    );
    wsis_app::jobs::drain_captions(&app.services).await.unwrap();
    let mut conn = app.db.conn().await.unwrap();
    let all = fdb::transcripts_of_session(&mut conn, sid).await.unwrap();
    assert_eq!(all[0].status, "done");
    assert!(
        fdb::lines_since(&mut conn, all[0].id, 0)
            .await
            .unwrap()
            .is_empty()
    );
}

/// Runs a captioning worker on `app`'s services until the returned sender is dropped.
fn caption_worker(
    app: &TestApp,
) -> (
    tokio::sync::oneshot::Sender<()>,
    tokio::task::JoinHandle<()>,
) {
    let (tx, rx) = tokio::sync::oneshot::channel::<()>();
    let h = tokio::spawn(wsis_app::jobs::run_caption_worker(
        app.services.clone(),
        async move {
            let _ = rx.await;
        },
    ));
    (tx, h)
}

#[tokio::test]
async fn live_captions_reach_viewers_with_corrections_and_are_kept() {
    let app = app_with_speech().await;
    let (ed, _) = forum(&app).await;
    let (number, sid) = session(&app, ed.id).await;
    let base = format!("/en/forum/2019/sessions/{number}");
    let mut org = app.twin();
    org.sign_in_as("forum-admin@example.org", &[]).await;
    let r = org
        .post_form(&format!("{base}/captioning/start"), &[("language", "fr")])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    // Only one live stream per session.
    let again = org
        .post_form(&format!("{base}/captioning/start"), &[("language", "en")])
        .await;
    assert_eq!(again.status, StatusCode::CONFLICT);
    assert!(again.body.contains("being captioned live already"));
    let id = {
        let mut conn = app.db.conn().await.unwrap();
        fdb::live_transcript(&mut conn, sid)
            .await
            .unwrap()
            .unwrap()
            .id
    };
    let audio = format!("/api/v1/forums/2019/sessions/{number}/captions/{id}/audio");

    // Bad chunks are refused with field errors.
    let (s, body) = post_audio(&mut org, &audio, 0, vec![1, 2, 3]).await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(body.contains("\"audio\""), "{body}");
    assert_eq!(
        post_audio(&mut org, &audio, -1, pcm(&[(250, 0.0)])).await.0,
        StatusCode::UNPROCESSABLE_ENTITY
    );
    assert_eq!(
        post_audio(&mut org, &audio, 0, vec![0; 400_000]).await.0,
        StatusCode::PAYLOAD_TOO_LARGE
    );

    // An utterance in quarter-second chunks, sent out of order and one twice.
    let speech = pcm(&[(500, 0.0), (300, 0.3), (200, 0.0), (300, 0.6), (1200, 0.0)]);
    let chunks: Vec<Vec<u8>> = speech.chunks(8_000).map(<[u8]>::to_vec).collect();
    let mut order: Vec<usize> = (0..chunks.len()).collect();
    order.swap(1, 2);
    for &i in &order {
        let (s, b) = post_audio(&mut org, &audio, i as i64, chunks[i].clone()).await;
        assert_eq!(s, StatusCode::ACCEPTED, "{b}");
    }
    let (_, b) = post_audio(&mut org, &audio, 0, chunks[0].clone()).await;
    assert!(b.contains("\"new\":false"), "{b}");

    // No node with a model has taken the stream: said on the captioning page once the
    // job has waited 10 s (not at once).
    let untaken = "No speech recognition node has taken this session";
    let cap = org.get(&format!("{base}/captioning")).await;
    assert!(!plain(&cap.body).contains(untaken), "{}", cap.body);
    {
        let mut conn = app.db.conn().await.unwrap();
        sqlx::query("UPDATE jobs SET created_at = created_at - 11 WHERE unique_key = $1")
            .bind(format!("captions:{id}"))
            .execute(&mut *conn)
            .await
            .unwrap();
    }
    let cap = org.get(&format!("{base}/captioning")).await;
    assert!(plain(&cap.body).contains(untaken), "{}", cap.body);
    assert!(cap.body.contains("class=\"notice\" role=\"status\""));
    let fr = org
        .get(&format!("/fr/forum/2019/sessions/{number}/captioning"))
        .await;
    assert!(plain(&fr.body).contains("Aucun nœud de reconnaissance vocale"));
    // Viewers are not told.
    let view = app.twin().get(&format!("{base}/captions")).await;
    assert!(!plain(&view.body).contains(untaken));

    // A viewer who joins before anything is recognised gets the lines as they come.
    let (stop_worker, worker) = caption_worker(&app);
    let events = format!("{base}/captions/events?t={id}");
    let seen = read_events(&app, &events, None, |s| s.contains("hello world.")).await;
    assert!(seen.contains("event: status\n"), "{seen}");
    assert!(seen.contains("data: live\n"), "{seen}");
    assert!(seen.contains("event: line\n"), "{seen}");
    assert!(seen.contains("\"seq\":1"), "{seen}");
    assert!(seen.contains("\"start_ms\":500"), "{seen}");

    // A viewer who joins late sees the lines so far on the page and in the stream.
    let mut late = app.twin();
    let view = late.get(&format!("{base}/captions")).await;
    assert!(view.body.contains("hello world."), "{}", view.body);
    assert!(
        view.body.contains("lang=\"fr\""),
        "the lines' language is marked"
    );
    let rev: String = seen
        .lines()
        .filter_map(|l| l.strip_prefix("id: "))
        .next_back()
        .unwrap()
        .to_owned();

    // The captioner corrects the line; a reconnecting viewer gets only the correction.
    let cap = org.get(&format!("{base}/captioning")).await;
    assert!(cap.body.contains("value=\"hello world.\""), "{}", cap.body);
    assert!(
        !plain(&cap.body).contains(untaken),
        "a worker has taken the stream"
    );
    let bad = org
        .post_form(
            &format!("{base}/captioning/{id}/lines/1"),
            &[("text", "  ")],
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.body.contains("Write the line."));
    let ok = org
        .post_form(
            &format!("{base}/captioning/{id}/lines/1"),
            &[("text", "Hello, world.")],
        )
        .await;
    assert_eq!(ok.status, StatusCode::SEE_OTHER);
    assert_eq!(
        org.post_form(
            &format!("{base}/captioning/{id}/lines/99"),
            &[("text", "x")]
        )
        .await
        .status,
        StatusCode::NOT_FOUND
    );
    let again = read_events(&app, &events, Some(&rev), |s| s.contains("Hello, world.")).await;
    assert!(again.contains("\"corrected\":true"), "{again}");
    assert!(
        !again.contains("hello world."),
        "only what changed: {again}"
    );

    // More speech, then stop: the rest is recognised and the transcript kept.
    let more = pcm(&[(300, 0.3), (300, 0.0)]);
    let next = chunks.len() as i64;
    assert_eq!(
        post_audio(&mut org, &audio, next, more).await.0,
        StatusCode::ACCEPTED
    );
    let r = org
        .post_form(&format!("{base}/captioning/{id}/stop"), &[])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    // Audio after the stop is refused.
    assert_eq!(
        post_audio(&mut org, &audio, next + 1, pcm(&[(250, 0.3)]))
            .await
            .0,
        StatusCode::CONFLICT
    );
    let end = read_events(&app, &events, Some(&rev), |s| s.contains("data: done")).await;
    assert!(end.contains("event: status"), "{end}");
    wait_for(async || {
        let mut conn = app.db.conn().await.unwrap();
        fdb::transcript(&mut conn, id)
            .await
            .unwrap()
            .unwrap()
            .status
            == "done"
    })
    .await;
    let vtt = org.get(&format!("{base}/transcripts/{id}.vtt")).await;
    assert!(vtt.body.contains("Hello, world."), "{}", vtt.body);
    assert!(
        vtt.body.contains("hello"),
        "the last word is kept: {}",
        vtt.body
    );
    let mut conn = app.db.conn().await.unwrap();
    assert!(
        fdb::chunks_from(&mut conn, id, 0, 10)
            .await
            .unwrap()
            .is_empty(),
        "the audio is let go"
    );
    drop(conn);
    // A new live stream may start now.
    let r = org
        .post_form(&format!("{base}/captioning/start"), &[("language", "auto")])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    drop(stop_worker);
    let _ = worker.await;
}

#[tokio::test]
async fn a_live_stream_whose_worker_dies_goes_on_without_loss() {
    let app = app_with_speech().await;
    let (ed, _) = forum(&app).await;
    let (number, sid) = session(&app, ed.id).await;
    let base = format!("/en/forum/2019/sessions/{number}");
    let mut sec = app.twin();
    sec.sign_in_as("secretary@example.org", &[Role::Secretariat])
        .await;
    sec.post_form(&format!("{base}/captioning/start"), &[("language", "en")])
        .await;
    let id = {
        let mut conn = app.db.conn().await.unwrap();
        fdb::live_transcript(&mut conn, sid)
            .await
            .unwrap()
            .unwrap()
            .id
    };
    let audio = format!("/api/v1/forums/2019/sessions/{number}/captions/{id}/audio");
    let first = pcm(&[(300, 0.3), (900, 0.0)]);
    for (i, c) in first.chunks(8_000).enumerate() {
        post_audio(&mut sec, &audio, i as i64, c.to_vec()).await;
    }
    let sent = first.len().div_ceil(8_000) as i64;
    // Worker A recognises the first utterance, then dies.
    let (stop_a, a) = caption_worker(&app);
    wait_for(async || {
        let mut conn = app.db.conn().await.unwrap();
        !fdb::lines_since(&mut conn, id, 0).await.unwrap().is_empty()
    })
    .await;
    a.abort();
    drop(stop_a);
    // Audio keeps coming while no worker runs.
    let second = pcm(&[(300, 0.6), (900, 0.0)]);
    for (i, c) in second.chunks(8_000).enumerate() {
        let (s, _) = post_audio(&mut sec, &audio, sent + i as i64, c.to_vec()).await;
        assert_eq!(s, StatusCode::ACCEPTED);
    }
    // Its lease runs out (as 15 s would), and another node's worker takes over.
    sqlx::query("UPDATE jobs SET locked_until = 1 WHERE kind = 'captions-live'")
        .execute(app.db.pool())
        .await
        .unwrap();
    let other = app.other_node(|c| c.app.speech = Some(Speech(Arc::new(TestModels))));
    let (stop_b, b) = caption_worker(&other);
    wait_for(async || {
        let mut conn = app.db.conn().await.unwrap();
        fdb::lines_since(&mut conn, id, 0).await.unwrap().len() >= 2
    })
    .await;
    let mut conn = app.db.conn().await.unwrap();
    let lines = fdb::lines_since(&mut conn, id, 0).await.unwrap();
    let texts: Vec<&str> = lines.iter().map(|l| l.text.as_str()).collect();
    assert_eq!(texts, ["hello", "world."], "each utterance once, in order");
    assert!(lines[1].start_ms >= 1_200, "{lines:?}");
    drop(conn);
    drop(stop_b);
    let _ = b.await;
}

#[tokio::test]
async fn a_rooms_technicians_caption_the_sessions_held_in_it() {
    let app = app_with_speech().await;
    let (ed, _) = forum(&app).await;
    let (number, _) = session(&app, ed.id).await;
    let (room_a, room_b, other_number) = {
        let mut conn = app.db.conn().await.unwrap();
        let rooms = fdb::rooms(&mut conn, ed.id).await.unwrap();
        let a = rooms.iter().find(|r| r.code == "A").unwrap().id;
        let b = rooms.iter().find(|r| r.code == "B").unwrap().id;
        let other = fdb::sessions(&mut conn, ed.id, Some(SessionStatus::Accepted))
            .await
            .unwrap()
            .into_iter()
            .find(|s| s.room_id == Some(b))
            .unwrap()
            .number
            .unwrap();
        (a, b, other)
    };
    let mut tech = app.twin();
    tech.sign_in_as("technician@example.org", &[Role::Participant])
        .await;
    let page = format!("/en/forum/2019/sessions/{number}/captioning");
    assert_eq!(tech.get(&page).await.status, StatusCode::FORBIDDEN);

    // Only the secretariat names them.
    let form = format!("/en/forum/2019/manage/rooms/{room_a}/captioners");
    assert_eq!(
        tech.post_form(&form, &[("captioners", "technician@example.org")])
            .await
            .status,
        StatusCode::FORBIDDEN
    );
    let mut sec = app.twin();
    sec.sign_in_as("secretary@example.org", &[Role::Secretariat])
        .await;
    // Addresses that are not accounts, or not addresses, are refused with the form.
    let r = sec
        .post_form(
            &form,
            &[("captioners", "technician@example.org\nnobody@example.org")],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(plain(&r.body).contains("has no account on the platform"));
    assert!(
        r.body.contains("nobody@example.org"),
        "what was typed stays"
    );
    let r = sec
        .post_form(&form, &[("captioners", "not an address")])
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        sec.post_form(
            "/en/forum/2019/manage/rooms/999/captioners",
            &[("captioners", "")]
        )
        .await
        .status,
        StatusCode::NOT_FOUND
    );
    let r = sec
        .post_form(&form, &[("captioners", "technician@example.org")])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let edit = sec
        .get(&format!("/en/forum/2019/manage/rooms/{room_a}"))
        .await;
    assert!(
        edit.body.contains(">technician@example.org</textarea>"),
        "{}",
        edit.body
    );

    // The technician captions the sessions of room A, not those of room B.
    assert_eq!(tech.get(&page).await.status, StatusCode::OK);
    let r = tech
        .post_form(&format!("{page}/start"), &[("language", "en")])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(
        tech.get(&format!(
            "/en/forum/2019/sessions/{other_number}/captioning"
        ))
        .await
        .status,
        StatusCode::FORBIDDEN
    );
    let _ = room_b;
    // Taken off the list, they may not any more.
    sec.post_form(&form, &[("captioners", "")]).await;
    assert_eq!(tech.get(&page).await.status, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn a_caption_job_that_fails_for_good_fails_its_transcript() {
    let app = app_with_speech().await;
    let (ed, _) = forum(&app).await;
    let (number, sid) = session(&app, ed.id).await;
    let base = format!("/en/forum/2019/sessions/{number}");
    let mut org = app.twin();
    org.sign_in_as("forum-admin@example.org", &[]).await;
    org.post_form(&format!("{base}/captioning/start"), &[("language", "en")])
        .await;
    let id = {
        let mut conn = app.db.conn().await.unwrap();
        fdb::live_transcript(&mut conn, sid)
            .await
            .unwrap()
            .unwrap()
            .id
    };
    // Its worker died on its last attempt (the queue keeps the job as failed).
    let mut conn = app.db.conn().await.unwrap();
    sqlx::query("UPDATE jobs SET failed_at = 1 WHERE unique_key = $1")
        .bind(format!("captions:{id}"))
        .execute(&mut *conn)
        .await
        .unwrap();
    drop(conn);
    wsis_app::jobs::schedule(&app.services).await.unwrap();
    let mut conn = app.db.conn().await.unwrap();
    let t = fdb::transcript(&mut conn, id).await.unwrap().unwrap();
    assert_eq!(t.status, "failed");
    assert_eq!(t.error.as_deref(), Some("captions-job-failed"));
    drop(conn);
    let page = plain(&org.get(&format!("{base}/captioning")).await.body);
    assert!(page.contains("repeated failures"), "{page}");
    // The session may be captioned again.
    let r = org
        .post_form(&format!("{base}/captioning/start"), &[("language", "en")])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn several_sessions_are_captioned_at_once_by_the_workers_there_are() {
    let app = app_with_speech().await;
    let (ed, _) = forum(&app).await;
    let mut sec = app.twin();
    sec.sign_in_as("secretary@example.org", &[Role::Secretariat])
        .await;
    // Every accepted session live at once (three rooms' worth).
    let sessions: Vec<(i64, i64)> = {
        let mut conn = app.db.conn().await.unwrap();
        fdb::sessions(&mut conn, ed.id, Some(SessionStatus::Accepted))
            .await
            .unwrap()
            .into_iter()
            .map(|s| (s.number.unwrap(), s.id))
            .collect()
    };
    assert!(sessions.len() >= 3);
    let mut live = Vec::new();
    for (number, sid) in &sessions {
        let base = format!("/en/forum/2019/sessions/{number}");
        let r = sec
            .post_form(&format!("{base}/captioning/start"), &[("language", "en")])
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        let mut conn = app.db.conn().await.unwrap();
        let id = fdb::live_transcript(&mut conn, *sid)
            .await
            .unwrap()
            .unwrap()
            .id;
        live.push((*number, id));
    }
    // Each stream's audio: a soft word in the first, loud in the others.
    for (i, (number, id)) in live.iter().enumerate() {
        let level = if i == 0 { 0.3 } else { 0.6 };
        let audio = format!("/api/v1/forums/2019/sessions/{number}/captions/{id}/audio");
        let pcm = pcm(&[(300, level), (900, 0.0)]);
        for (seq, c) in pcm.chunks(8_000).enumerate() {
            let (s, _) = post_audio(&mut sec, &audio, seq as i64, c.to_vec()).await;
            assert_eq!(s, StatusCode::ACCEPTED);
        }
    }
    // Two nodes with two streams each: every session is captioned.
    let a = app.other_node(|c| {
        c.app.speech = Some(Speech(Arc::new(TestModels)));
        c.app.caption_streams = 2;
    });
    let b = app.other_node(|c| {
        c.app.speech = Some(Speech(Arc::new(TestModels)));
        c.app.caption_streams = 2;
    });
    let (stop_a, wa) = caption_worker(&a);
    let (stop_b, wb) = caption_worker(&b);
    for (i, (_, id)) in live.iter().enumerate() {
        wait_for(async || {
            let mut conn = app.db.conn().await.unwrap();
            !fdb::lines_since(&mut conn, *id, 0)
                .await
                .unwrap()
                .is_empty()
        })
        .await;
        let mut conn = app.db.conn().await.unwrap();
        let lines = fdb::lines_since(&mut conn, *id, 0).await.unwrap();
        let want = if i == 0 { "hello" } else { "world." };
        assert_eq!(lines.len(), 1, "{lines:?}");
        assert_eq!(lines[0].text, want, "each stream's own words");
    }
    // Each job ran on one worker only.
    let mut conn = app.db.conn().await.unwrap();
    let holders: Vec<Option<String>> =
        sqlx::query_scalar("SELECT locked_by FROM jobs WHERE kind = 'captions-live'")
            .fetch_all(&mut *conn)
            .await
            .unwrap();
    assert_eq!(holders.len(), live.len());
    assert!(holders.iter().all(Option::is_some));
    drop(conn);
    drop((stop_a, stop_b));
    let _ = wa.await;
    let _ = wb.await;
}
