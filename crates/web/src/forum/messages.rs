//! The secretariat's messages to an edition's speakers, organisers or participants:
//! the form (audience, the participants' filters of the registrations list, one text
//! per language), a count of the recipients before sending, the record of what was
//! sent, and the reminder to speakers who have not answered.

use crate::I18N;
use crate::csrf::CsrfForm;
use crate::ctx::{Ctx, Secretariat, WithRole};
use crate::error::AppResult;
use crate::forms::{Field, SummaryItem, apply_errors};
use crate::forum::agenda::Select;
use crate::forum::registration::ListQuery;
use crate::pages::{Page, render, render_with_status};
use crate::state::AppState;
use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use wsis_app::ServiceError;
use wsis_app::forum::messages as service;
use wsis_domain::access::Principal;
use wsis_domain::forum::messages::Audience;
use wsis_domain::{AccountId, FieldErrors, Language};
use wsis_i18n::{Arg, format_datetime};

#[derive(Template)]
#[template(path = "forum/messages.html")]
struct MessagesPage {
    page: Page,
    action: String,
    remind_action: String,
    remind_registrations_action: String,
    audiences: Vec<(&'static str, String, bool)>,
    audience_error: Option<String>,
    selects: Vec<Select>,
    needs: bool,
    bodies: Vec<Field>,
    /// After counting: the sentence, the number to send to, and what was counted (the
    /// audience and filters, hashed), so that a send after a change counts again.
    preview: Option<(String, usize, String)>,
    summary: Vec<SummaryItem>,
    summary_heading: String,
    sent: Vec<SentRow>,
}

struct SentRow {
    href: String,
    when: String,
    audience: String,
    filter: String,
    recipients: String,
    by: String,
}

#[derive(Template)]
#[template(path = "forum/message.html")]
struct MessagePage {
    page: Page,
    back: String,
    facts: Vec<(String, String)>,
    versions: Vec<(&'static str, &'static str, &'static str, String)>,
}

fn who(user: &wsis_app::forum::proposals::User) -> Principal<'_> {
    Principal::new(AccountId::new(user.id), &user.roles)
}

/// What the form was sent with.
#[derive(Default)]
struct Typed {
    audience: String,
    list: ListQuery,
    bodies: Vec<(Language, String)>,
}

impl Typed {
    /// What a count was of: the audience and the participants' filters.
    fn fingerprint(&self) -> String {
        let q = self.list.query(0);
        crate::auth::token_hash(&format!("{}{q}", self.audience))[..16].to_owned()
    }

    fn of(pairs: &[(String, String)]) -> Typed {
        let value = |k: &str| {
            pairs
                .iter()
                .find(|(n, _)| n == k)
                .map(|(_, v)| v.clone())
                .unwrap_or_default()
        };
        Typed {
            audience: value("audience"),
            list: ListQuery {
                status: value("status"),
                category: value("category"),
                mode: value("mode"),
                country: value("country"),
                needs: value("needs"),
                checked: value("checked"),
                ..ListQuery::default()
            },
            bodies: Language::ALL
                .iter()
                .map(|l| (*l, value(&format!("body-{}", l.code()))))
                .collect(),
        }
    }
}

/// A participants' filter as the record keeps it (the registrations list's query),
/// in words: "Status: Approved · Country or area: Kenya".
fn describe_filter(lang: Language, query: &str) -> String {
    let t = |k: &str| I18N.tr(lang, k);
    let q: ListQuery = serde_urlencoded::from_str(query).unwrap_or_default();
    let f = q.filter();
    let mut parts = Vec::new();
    if let Some(s) = &f.status {
        parts.push((
            t("registration-field-status"),
            t(&format!("registration-state-{s}")),
        ));
    }
    if let Some(c) = &f.category {
        parts.push((
            t("forum-register-category"),
            t(&format!("registration-category-{c}")),
        ));
    }
    if let Some(m) = &f.mode {
        parts.push((t("forum-register-mode"), t(&format!("attendance-{m}"))));
    }
    if let Some(c) = &f.country {
        let name = wsis_domain::taxonomy::countries::country(c)
            .map(|x| x.names.get(lang).clone())
            .unwrap_or_else(|| c.clone());
        parts.push((t("field-country"), name));
    }
    if let Some(c) = f.checked_in {
        parts.push((
            t("registration-field-checked-in"),
            t(if c {
                "registration-checked-in-yes"
            } else {
                "registration-checked-in-no"
            }),
        ));
    }
    if f.needs {
        parts.push((t("registrations-needs-only"), t("forum-yes")));
    }
    if parts.is_empty() {
        return t("forum-message-filter-none");
    }
    parts
        .into_iter()
        .map(|(k, v)| format!("{k}: {v}"))
        .collect::<Vec<_>>()
        .join(" · ")
}

fn audience_label(lang: Language, code: &str) -> String {
    I18N.tr(lang, &format!("forum-message-audience-{code}"))
}

async fn messages_page(
    ctx: &Ctx,
    state: &AppState,
    user: &wsis_app::forum::proposals::User,
    year: i64,
    typed: &Typed,
    preview: Option<usize>,
    errors: &FieldErrors,
) -> AppResult<MessagesPage> {
    let lang = ctx.lang;
    let t = |k: &str| I18N.tr(lang, k);
    let sent = service::sent(&state.app, who(user), year).await?;
    let ed = wsis_app::forum::schedule::edition(&state.app, year).await?;
    let tz = wsis_app::forum::schedule::venue_tz(&ed);
    let base = format!("/{}/forum/{year}/manage/messages", lang.code());
    let filter = typed.list.filter();
    let selects = crate::forum::registration::filter_selects(lang, &filter);
    let mut bodies: Vec<Field> = Language::ALL
        .iter()
        .map(|l| {
            let name = format!("body-{}", l.code());
            let value = typed
                .bodies
                .iter()
                .find(|(x, _)| x == l)
                .map(|(_, v)| v.clone())
                .unwrap_or_default();
            Field::new(lang, "body", "forum-message-text", "textarea")
                .named(name)
                .in_language(*l)
                .value(value)
        })
        .collect();
    let mut summary = apply_errors(lang, &mut bodies, errors);
    summary.retain(|s| s.href != "#main");
    let audience_error = errors.for_field("audience").map(t);
    if let Some(m) = &audience_error {
        summary.insert(
            0,
            SummaryItem {
                href: "#audience-speakers".into(),
                message: m.clone(),
            },
        );
    }
    let summary_heading = I18N.tr_args(
        lang,
        "form-errors-heading",
        &[("count", Arg::Num(summary.len() as i64))],
    );
    let mut page = Page::new(ctx, "forum-messages-title", "forum");
    page.title = I18N.tr_args(
        lang,
        "forum-messages-of",
        &[("year", Arg::from(year.to_string().as_str()))],
    );
    Ok(MessagesPage {
        action: base.clone(),
        remind_action: format!("{base}/remind-speakers"),
        remind_registrations_action: format!("{base}/remind-registrations"),
        audiences: Audience::ALL
            .iter()
            .map(|a| {
                (
                    a.code(),
                    audience_label(lang, a.code()),
                    typed.audience == a.code(),
                )
            })
            .collect(),
        audience_error,
        selects,
        needs: filter.needs,
        bodies,
        preview: preview.map(|n| {
            (
                I18N.tr_args(
                    lang,
                    "forum-message-will-reach",
                    &[("count", Arg::Num(n as i64))],
                ),
                n,
                typed.fingerprint(),
            )
        }),
        summary,
        summary_heading,
        sent: sent
            .iter()
            .map(|m| SentRow {
                href: format!("{base}/{}", m.id),
                when: format_datetime(lang, m.sent_at, &tz),
                audience: audience_label(lang, &m.audience),
                filter: if m.audience == "participants" {
                    describe_filter(lang, &m.filter)
                } else {
                    String::new()
                },
                recipients: I18N.tr_args(
                    lang,
                    "forum-message-recipients",
                    &[("count", Arg::Num(m.recipients))],
                ),
                by: m.sent_by_name.clone(),
            })
            .collect(),
        page,
    })
}

/// The form again, with what was typed, the count and any problems.
#[allow(clippy::too_many_arguments)]
async fn show(
    ctx: &Ctx,
    state: &AppState,
    user: &wsis_app::forum::proposals::User,
    year: i64,
    typed: &Typed,
    preview: Option<usize>,
    errors: &FieldErrors,
    status: StatusCode,
) -> AppResult<Response> {
    let page = messages_page(ctx, state, user, year, typed, preview, errors).await?;
    render_with_status(&page, status)
}

pub async fn page(
    WithRole(ctx, user, _): WithRole<Secretariat>,
    State(state): State<AppState>,
    Path((_, year)): Path<(String, i64)>,
) -> AppResult<Response> {
    let typed = Typed {
        audience: "speakers".into(),
        ..Typed::default()
    };
    render(&messages_page(&ctx, &state, &user, year, &typed, None, &FieldErrors::new()).await?)
}

/// Counts the recipients (`step=preview`), or sends to the number counted
/// (`step=send`, `expected`): problems show the form again with what was typed.
pub async fn send(
    WithRole(ctx, user, _): WithRole<Secretariat>,
    State(state): State<AppState>,
    Path((_, year)): Path<(String, i64)>,
    CsrfForm(pairs): CsrfForm<Vec<(String, String)>>,
) -> AppResult<Response> {
    let typed = Typed::of(&pairs);
    let value = |k: &str| {
        pairs
            .iter()
            .find(|(n, _)| n == k)
            .map(|(_, v)| v.as_str())
            .unwrap_or("")
    };
    let audience = match Audience::parse(&typed.audience) {
        Ok(a) => a,
        Err(key) => {
            let mut f = FieldErrors::new();
            f.add("audience", key);
            return show(
                &ctx,
                &state,
                &user,
                year,
                &typed,
                None,
                &f,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await;
        }
    };
    if let Err(ServiceError::Fields(f)) = service::check_bodies(&typed.bodies) {
        return show(
            &ctx,
            &state,
            &user,
            year,
            &typed,
            None,
            &f,
            StatusCode::UNPROCESSABLE_ENTITY,
        )
        .await;
    }
    let filter = typed.list.filter();
    let count = service::recipients(&state.app, who(&user), year, audience, &filter)
        .await?
        .len();
    if value("step") != "send" {
        return show(
            &ctx,
            &state,
            &user,
            year,
            &typed,
            Some(count),
            &FieldErrors::new(),
            StatusCode::OK,
        )
        .await;
    }
    // Sent with other recipients than those counted: count again.
    let expected = if value("counted") == typed.fingerprint() {
        value("expected").parse().unwrap_or(usize::MAX)
    } else {
        usize::MAX
    };
    let query = typed.list.query(0);
    let out = service::Outgoing {
        audience,
        filter: &filter,
        filter_query: query.trim_start_matches('?'),
        bodies: &typed.bodies,
        expected,
    };
    match service::send(&state.app, who(&user), year, &out).await {
        Ok(_) => Ok(Redirect::to(&format!(
            "/{}/forum/{year}/manage/messages?notice=forum-message-sent",
            ctx.lang.code()
        ))
        .into_response()),
        // Someone registered (or left) meanwhile, or nobody is left: count again.
        Err(ServiceError::Conflict(key)) => {
            let mut f = FieldErrors::new();
            f.add("audience", key);
            show(
                &ctx,
                &state,
                &user,
                year,
                &typed,
                Some(count),
                &f,
                StatusCode::CONFLICT,
            )
            .await
        }
        Err(e) => Err(e.into()),
    }
}

/// One message as it was sent.
pub async fn message(
    WithRole(ctx, user, _): WithRole<Secretariat>,
    State(state): State<AppState>,
    Path((_, year, id)): Path<(String, i64, i64)>,
) -> AppResult<Response> {
    let lang = ctx.lang;
    let t = |k: &str| I18N.tr(lang, k);
    let m = service::message(&state.app, who(&user), year, id).await?;
    let ed = wsis_app::forum::schedule::edition(&state.app, year).await?;
    let tz = wsis_app::forum::schedule::venue_tz(&ed);
    let mut facts = vec![
        (
            t("forum-message-sent-on"),
            format_datetime(lang, m.sent_at, &tz),
        ),
        (t("forum-message-sent-by"), m.sent_by_name.clone()),
        (
            t("forum-message-audience"),
            audience_label(lang, &m.audience),
        ),
        (
            t("forum-message-reached"),
            I18N.tr_args(
                lang,
                "forum-message-recipients",
                &[("count", Arg::Num(m.recipients))],
            ),
        ),
    ];
    if m.audience == "participants" {
        facts.push((t("forum-message-filter"), describe_filter(lang, &m.filter)));
    }
    let mut page = Page::new(&ctx, "forum-messages-title", "forum");
    page.title = I18N.tr_args(
        lang,
        "forum-message-heading",
        &[("id", Arg::from(m.id.to_string().as_str()))],
    );
    render(&MessagePage {
        back: format!("/{}/forum/{year}/manage/messages", lang.code()),
        facts,
        versions: Language::ALL
            .iter()
            .filter_map(|l| {
                m.bodies
                    .get(l.code())
                    .map(|b| (l.code(), l.dir(), l.native_name(), b.clone()))
            })
            .collect(),
        page,
    })
}

/// Reminds now the accounts that started registering a day ago or more and did not finish.
pub async fn remind_registrations(
    WithRole(ctx, user, _): WithRole<Secretariat>,
    State(state): State<AppState>,
    Path((_, year)): Path<(String, i64)>,
    CsrfForm(_): CsrfForm<Vec<(String, String)>>,
) -> AppResult<Response> {
    service::remind_registrations_now(&state.app, who(&user), year).await?;
    Ok(Redirect::to(&format!(
        "/{}/forum/{year}/manage/messages?notice=forum-registrations-reminded",
        ctx.lang.code()
    ))
    .into_response())
}

/// Reminds now the speakers who have not answered their invitation for a week.
pub async fn remind(
    WithRole(ctx, user, _): WithRole<Secretariat>,
    State(state): State<AppState>,
    Path((_, year)): Path<(String, i64)>,
    CsrfForm(_): CsrfForm<Vec<(String, String)>>,
) -> AppResult<Response> {
    service::remind_speakers_now(&state.app, who(&user), year).await?;
    Ok(Redirect::to(&format!(
        "/{}/forum/{year}/manage/messages?notice=forum-speakers-reminded",
        ctx.lang.code()
    ))
    .into_response())
}
