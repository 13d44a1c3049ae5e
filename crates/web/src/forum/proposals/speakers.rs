//! The speakers' link from their invitation: confirm taking part, then say on
//! which forum days they are available.

use crate::I18N;
use crate::csrf::CsrfForm;
use crate::ctx::Ctx;
use crate::error::AppResult;
use crate::pages::{Page, render, render_with_status};
use crate::state::AppState;
use askama::Template;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use wsis_app::forum::proposals::{self as service, Edition, SpeakerLink};
use wsis_domain::Language;

#[derive(serde::Deserialize)]
pub struct TokenQuery {
    #[serde(default)]
    pub token: String,
}

#[derive(Template)]
#[template(path = "forum/confirm.html")]
struct ConfirmPage {
    page: Page,
    token: String,
    message: Option<String>,
    availability: Option<AvailabilityForm>,
    /// Once confirmed: how the agenda names them, theirs to correct.
    name: Option<NameForm>,
    /// What the link invites to (a known link only).
    invite: Option<Invite>,
    /// Once confirmed: their photo (thumbnail address, if any) and the upload's
    /// problem, if one.
    photo: Option<PhotoForm>,
}

/// A confirmed speaker's photo and its form.
pub struct PhotoForm {
    pub src: Option<String>,
    pub error: Option<String>,
}

fn photo_of(link: &SpeakerLink) -> Option<PhotoForm> {
    link.confirmed.then(|| PhotoForm {
        src: link.photo.clone(),
        error: None,
    })
}

/// The invitation of a link: the session, the role, the forum, when and where (once
/// placed), and whether the speaker confirmed or declined.
pub struct Invite {
    pub text: String,
    pub when: String,
    pub confirmed: bool,
    pub declined: bool,
}

fn invite_of(lang: Language, link: &SpeakerLink) -> Invite {
    let role = I18N.tr(lang, &format!("speaker-role-{}", link.role));
    let year = link.edition.year.to_string();
    let text = I18N.tr_args(
        lang,
        "forum-speaker-invite",
        &[
            ("role", wsis_i18n::Arg::from(role.as_str())),
            ("title", wsis_i18n::Arg::from(link.session_title.as_str())),
            ("year", wsis_i18n::Arg::from(year.as_str())),
        ],
    );
    let when = match &link.slot {
        Some((room, start, _)) => {
            let tz = crate::forum::service::venue_tz(&link.edition);
            I18N.tr_args(
                lang,
                "forum-speaker-invite-when",
                &[
                    (
                        "when",
                        wsis_i18n::Arg::from(
                            wsis_i18n::format_datetime(lang, *start, &tz).as_str(),
                        ),
                    ),
                    ("room", wsis_i18n::Arg::from(room.as_str())),
                ],
            )
        }
        None => I18N.tr(lang, "forum-speaker-invite-unplaced"),
    };
    Invite {
        text,
        when,
        confirmed: link.confirmed,
        declined: link.declined,
    }
}

/// A confirmed speaker's name and organisation as the agenda shows them.
pub struct NameForm {
    pub name: String,
    pub organisation: String,
    pub bio: String,
    /// (field, message) of what was refused.
    pub errors: Vec<(String, String)>,
}

impl NameForm {
    fn of(link: &SpeakerLink) -> NameForm {
        NameForm {
            name: link.name.clone(),
            organisation: link.organisation.clone(),
            bio: link.bio.clone(),
            errors: Vec::new(),
        }
    }

    pub fn err(&self, field: &str) -> Option<&str> {
        self.errors
            .iter()
            .find(|(f, _)| f == field)
            .map(|(_, m)| m.as_str())
    }
}

/// A speaker's availability: a choice per forum day.
pub struct AvailabilityForm {
    /// (date, label, choice)
    pub days: Vec<(String, String, String)>,
    pub choices: Vec<(&'static str, String)>,
    pub error: Option<String>,
}

/// What a speaker can say of each forum day.
const DAY_CHOICES: [&str; 4] = ["all", "morning", "afternoon", "none"];
/// Where the morning ends and the afternoon begins, local time.
const NOON: &str = "13:00";

/// The local windows of a day's choice.
fn day_window(choice: &str) -> Option<(&'static str, &'static str)> {
    match choice {
        "all" => Some(("00:00", "24:00")),
        "morning" => Some(("00:00", NOON)),
        "afternoon" => Some((NOON, "24:00")),
        _ => None,
    }
}

fn availability_form(
    lang: Language,
    ed: &Edition,
    windows: &[(i64, i64)],
    chosen: Option<&[(String, String)]>,
    error: Option<String>,
) -> AvailabilityForm {
    let tz = crate::forum::service::venue_tz(ed);
    let at = |d: &str, c: &str| crate::forum::service::local_to_utc(&tz, d, c).unwrap_or(0);
    let covered = |a: i64, b: i64| windows.iter().any(|(s, e)| *s <= a && *e >= b);
    let days = crate::forum::service::dates(ed)
        .into_iter()
        .map(|d| {
            let choice = match chosen {
                Some(pairs) => pairs
                    .iter()
                    .find(|(k, _)| k == &format!("day_{d}"))
                    .map(|(_, v)| v.clone())
                    .unwrap_or_default(),
                None if windows.is_empty() => "all".to_owned(),
                None => {
                    let (start, noon, end) = (at(&d, "00:00"), at(&d, NOON), at(&d, "24:00"));
                    match (covered(start, noon), covered(noon, end)) {
                        (true, true) => "all",
                        (true, false) => "morning",
                        (false, true) => "afternoon",
                        (false, false) => "none",
                    }
                    .to_owned()
                }
            };
            let label = wsis_i18n::format_date(lang, at(&d, "12:00"), &tz);
            (d, label, choice)
        })
        .collect();
    AvailabilityForm {
        days,
        choices: DAY_CHOICES
            .iter()
            .map(|c| (*c, I18N.tr(lang, &format!("forum-availability-{c}"))))
            .collect(),
        error,
    }
}

/// The form of a speaker's link, with what they said so far.
fn form_of(lang: Language, link: &SpeakerLink) -> AvailabilityForm {
    availability_form(lang, &link.edition, &link.windows, None, None)
}

/// The link of the confirmation e-mail: the button to confirm, or, once
/// confirmed, the speaker's availability to change.
pub async fn confirm_form(
    ctx: Ctx,
    State(state): State<AppState>,
    Query(q): Query<TokenQuery>,
) -> AppResult<Response> {
    let page = Page::new(&ctx, "forum-speaker-confirm-title", "forum");
    let token: String = q.token.chars().take(128).collect();
    let found = service::speaker_link(&state.app, &token).await?;
    let invite = found.as_ref().map(|l| invite_of(ctx.lang, l));
    let link = found.filter(|l| l.confirmed);
    render(&ConfirmPage {
        page,
        token,
        message: None,
        availability: link.as_ref().map(|l| form_of(ctx.lang, l)),
        name: link.as_ref().map(NameForm::of),
        invite,
        photo: link.as_ref().and_then(photo_of),
    })
}

/// A speaker's availability, sent from their confirmation link: one choice
/// per forum day, stored as windows in UTC (every day whole: any time).
pub async fn availability(
    ctx: Ctx,
    State(state): State<AppState>,
    CsrfForm(pairs): CsrfForm<Vec<(String, String)>>,
) -> AppResult<Response> {
    let token: String = pairs
        .iter()
        .find(|(k, _)| k == "token")
        .map(|(_, v)| v.chars().take(128).collect())
        .unwrap_or_default();
    let page = Page::new(&ctx, "forum-speaker-confirm-title", "forum");
    let Some(link) = service::speaker_link(&state.app, &token).await? else {
        return render_with_status(
            &ConfirmPage {
                message: Some(I18N.tr(ctx.lang, "forum-speaker-token-invalid")),
                token: String::new(),
                page,
                availability: None,
                name: None,
                invite: None,
                photo: None,
            },
            StatusCode::NOT_FOUND,
        );
    };
    let ed = &link.edition;
    let tz = crate::forum::service::venue_tz(ed);
    let mut windows = Vec::new();
    let mut valid = true;
    for d in crate::forum::service::dates(ed) {
        let choice = pairs
            .iter()
            .find(|(k, _)| k == &format!("day_{d}"))
            .map(|(_, v)| v.as_str())
            .unwrap_or("");
        if !DAY_CHOICES.contains(&choice) {
            valid = false;
            continue;
        }
        if let Some((from, to)) = day_window(choice)
            && let (Some(a), Some(b)) = (
                crate::forum::service::local_to_utc(&tz, &d, from),
                crate::forum::service::local_to_utc(&tz, &d, to),
            )
        {
            windows.push((a, b));
        }
    }
    if !valid {
        let form = availability_form(
            ctx.lang,
            ed,
            &[],
            Some(&pairs),
            Some(I18N.tr(ctx.lang, "forum-availability-invalid")),
        );
        return render_with_status(
            &ConfirmPage {
                message: None,
                token,
                page,
                availability: Some(form),
                name: Some(NameForm::of(&link)),
                invite: Some(invite_of(ctx.lang, &link)),
                photo: photo_of(&link),
            },
            StatusCode::UNPROCESSABLE_ENTITY,
        );
    }
    let every_day = crate::forum::service::dates(ed).len();
    if windows.len() == every_day && pairs.iter().filter(|(_, v)| v == "all").count() == every_day {
        windows.clear();
    }
    let stored = service::set_availability(&state.app, &token, &windows).await?;
    let form = availability_form(ctx.lang, ed, &stored, None, None);
    render(&ConfirmPage {
        message: Some(I18N.tr(ctx.lang, "forum-availability-saved")),
        token,
        page,
        availability: Some(form),
        name: Some(NameForm::of(&link)),
        invite: Some(invite_of(ctx.lang, &link)),
        photo: photo_of(&link),
    })
}

#[derive(serde::Deserialize)]
pub struct ConfirmInput {
    #[serde(default)]
    pub token: String,
}

pub async fn confirm(
    ctx: Ctx,
    State(state): State<AppState>,
    CsrfForm(input): CsrfForm<ConfirmInput>,
) -> AppResult<Response> {
    let found = service::confirm_speaker(&state.app, &input.token).await?;
    let page = Page::new(&ctx, "forum-speaker-confirm-title", "forum");
    let (key, status) = if found.is_some() {
        ("forum-speaker-confirmed", StatusCode::OK)
    } else {
        ("forum-speaker-token-invalid", StatusCode::NOT_FOUND)
    };
    render_with_status(
        &ConfirmPage {
            message: Some(I18N.tr(ctx.lang, key)),
            token: input.token.chars().take(128).collect(),
            page,
            availability: found.as_ref().map(|l| form_of(ctx.lang, l)),
            name: found.as_ref().map(NameForm::of),
            invite: found.as_ref().map(|l| invite_of(ctx.lang, l)),
            photo: found.as_ref().and_then(photo_of),
        },
        status,
    )
}

/// The speaker of a link declines its session: the page says so and offers to
/// confirm after all; the proposer is e-mailed.
pub async fn decline(
    ctx: Ctx,
    State(state): State<AppState>,
    CsrfForm(input): CsrfForm<ConfirmInput>,
) -> AppResult<Response> {
    let found = service::decline_speaker(&state.app, &input.token).await?;
    let page = Page::new(&ctx, "forum-speaker-confirm-title", "forum");
    let (key, status) = if found.is_some() {
        ("forum-speaker-declined", StatusCode::OK)
    } else {
        ("forum-speaker-token-invalid", StatusCode::NOT_FOUND)
    };
    render_with_status(
        &ConfirmPage {
            message: Some(I18N.tr(ctx.lang, key)),
            token: input.token.chars().take(128).collect(),
            page,
            availability: None,
            name: None,
            invite: found.as_ref().map(|l| invite_of(ctx.lang, l)),
            photo: found.as_ref().and_then(photo_of),
        },
        status,
    )
}

#[derive(serde::Deserialize)]
pub struct NameInput {
    #[serde(default)]
    pub token: String,
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub organisation: String,
    #[serde(default)]
    pub bio: String,
}

/// A confirmed speaker corrects how the agenda names them (their name is theirs: no
/// proposal changes it once they confirmed).
pub async fn rename(
    ctx: Ctx,
    State(state): State<AppState>,
    CsrfForm(input): CsrfForm<NameInput>,
) -> AppResult<Response> {
    let token: String = input.token.chars().take(128).collect();
    let page = Page::new(&ctx, "forum-speaker-confirm-title", "forum");
    match service::rename_speaker(
        &state.app,
        &token,
        &input.name,
        &input.organisation,
        &input.bio,
    )
    .await
    {
        Ok(link) => render(&ConfirmPage {
            message: Some(I18N.tr(ctx.lang, "forum-speaker-name-saved")),
            availability: Some(form_of(ctx.lang, &link)),
            name: Some(NameForm::of(&link)),
            invite: Some(invite_of(ctx.lang, &link)),
            photo: photo_of(&link),
            token,
            page,
        }),
        Err(wsis_app::ServiceError::Fields(errors)) => {
            let link = service::speaker_link(&state.app, &token)
                .await?
                .ok_or(crate::error::AppError::NotFound)?;
            let errors = errors
                .0
                .iter()
                .map(|e| (e.field.to_owned(), I18N.tr(ctx.lang, e.key)))
                .collect();
            render_with_status(
                &ConfirmPage {
                    message: None,
                    availability: Some(form_of(ctx.lang, &link)),
                    invite: Some(invite_of(ctx.lang, &link)),
                    photo: photo_of(&link),
                    name: Some(NameForm {
                        name: input.name,
                        organisation: input.organisation,
                        bio: input.bio,
                        errors,
                    }),
                    token,
                    page,
                },
                StatusCode::UNPROCESSABLE_ENTITY,
            )
        }
        Err(e) => Err(e.into()),
    }
}

/// The photo form's token and file (a plain multipart form), once its CSRF token is
/// checked.
async fn photo_form(
    ctx: &Ctx,
    mut multipart: axum::extract::Multipart,
) -> AppResult<(String, Option<Vec<u8>>)> {
    use crate::error::AppError;
    let (mut csrf, mut token, mut file) = (String::new(), String::new(), None);
    let bad = |_| AppError::BadRequest("invalid_form");
    while let Some(field) = multipart.next_field().await.map_err(bad)? {
        match field.name().unwrap_or("") {
            "csrf" => csrf = field.text().await.map_err(bad)?,
            "token" => token = field.text().await.map_err(bad)?.chars().take(128).collect(),
            "file" => {
                file = Some(
                    field
                        .bytes()
                        .await
                        .map_err(|e| {
                            if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
                                AppError::PayloadTooLarge
                            } else {
                                AppError::BadRequest("invalid_form")
                            }
                        })?
                        .to_vec(),
                )
            }
            _ => {}
        }
    }
    if ctx.csrf.is_empty() || !crate::auth::same_token(&csrf, &ctx.csrf) {
        return Err(AppError::Csrf);
    }
    Ok((token, file))
}

/// The link's page after a change of photo, with a message or the file's problem.
fn after_photo(
    ctx: &Ctx,
    token: String,
    link: &SpeakerLink,
    message: Option<String>,
    error: Option<String>,
) -> ConfirmPage {
    ConfirmPage {
        page: Page::new(ctx, "forum-speaker-confirm-title", "forum"),
        token,
        message,
        availability: Some(form_of(ctx.lang, link)),
        name: Some(NameForm::of(link)),
        invite: Some(invite_of(ctx.lang, link)),
        photo: Some(PhotoForm {
            src: link.photo.clone(),
            error,
        }),
    }
}

/// A confirmed speaker gives or replaces their photo from their link.
pub async fn photo(
    ctx: Ctx,
    State(state): State<AppState>,
    multipart: axum::extract::Multipart,
) -> AppResult<Response> {
    let (token, file) = photo_form(&ctx, multipart).await?;
    match service::set_speaker_photo(&state.app, &token, file).await {
        Ok(link) => render(&after_photo(
            &ctx,
            token,
            &link,
            Some(I18N.tr(ctx.lang, "forum-speaker-photo-saved")),
            None,
        )),
        Err(wsis_app::ServiceError::Fields(errors)) => {
            let link = service::speaker_link(&state.app, &token)
                .await?
                .ok_or(crate::error::AppError::NotFound)?;
            let error = errors.for_field("file").map(|k| I18N.tr(ctx.lang, k));
            render_with_status(
                &after_photo(&ctx, token, &link, None, error),
                StatusCode::UNPROCESSABLE_ENTITY,
            )
        }
        Err(e) => Err(e.into()),
    }
}

/// A confirmed speaker removes their photo from their link.
pub async fn photo_remove(
    ctx: Ctx,
    State(state): State<AppState>,
    CsrfForm(input): CsrfForm<ConfirmInput>,
) -> AppResult<Response> {
    let token: String = input.token.chars().take(128).collect();
    let link = service::remove_speaker_photo(&state.app, &token).await?;
    render(&after_photo(
        &ctx,
        token,
        &link,
        Some(I18N.tr(ctx.lang, "forum-speaker-photo-removed")),
        None,
    ))
}

/// `/media/speakers/{id}/{thumb|full}`: a speaker's current photo (public: given to be
/// shown). One address per speaker, so a published page never points at a removed
/// file; kept by caches for ten minutes, the key as its validator.
pub async fn photo_file(
    State(state): State<AppState>,
    axum::extract::Path((id, size)): axum::extract::Path<(String, String)>,
    headers: axum::http::HeaderMap,
) -> Response {
    use axum::response::IntoResponse;
    let inner = async {
        let full = match size.as_str() {
            "full" => true,
            "thumb" => false,
            _ => return Err(crate::error::AppError::NotFound),
        };
        let id: i64 = id.parse().map_err(|_| crate::error::AppError::NotFound)?;
        let (key, content_type, etag) = service::speaker_photo_file(&state.app, id, full).await?;
        crate::media::object(
            &state,
            &key,
            &headers,
            crate::media::Serve {
                content_type,
                etag,
                cache: "public, max-age=600",
                disposition: None,
                sandbox: false,
            },
        )
        .await
    };
    match inner.await {
        Ok(r) => r,
        Err(e) => e.status().into_response(),
    }
}
