//! The secretariat's home (issue 11, item 1): every queue waiting for a decision with
//! its count and link, each edition's state, and the latest decisions. Reached from the
//! header ("Secretariat").

use crate::I18N;
use crate::ctx::{Secretariat, WithRole};
use crate::error::AppResult;
use crate::pages::{Page, render};
use crate::state::AppState;
use askama::Template;
use axum::extract::State;
use axum::response::Response;
use wsis_domain::AccountId;
use wsis_domain::access::Principal;
use wsis_i18n::{Arg, format_datetime, format_local_date};

/// A queue: (what, how many, link).
type Queue = (String, String, String);

struct EditionView {
    title: String,
    href: String,
    state: String,
    queues: Vec<Queue>,
}

#[derive(Template)]
#[template(path = "secretariat.html")]
struct HomePage {
    page: Page,
    stocktaking: Vec<Queue>,
    forums: Vec<EditionView>,
    prizes: Vec<EditionView>,
    /// (when, who, what)
    recent: Vec<(String, String, String, String)>,
}

/// `GET /{lang}/secretariat`.
pub async fn home(
    WithRole(ctx, user, _): WithRole<Secretariat>,
    State(state): State<AppState>,
) -> AppResult<Response> {
    let d = wsis_app::dashboard::dashboard(
        &state.app,
        Principal::new(AccountId::new(user.id), &user.roles),
    )
    .await?;
    let lang = ctx.lang;
    let page = Page::new(&ctx, "secretariat-title", "secretariat");
    let count = |n: i64| wsis_i18n::format_number(lang, n);
    let stocktaking = vec![
        (
            page.t("secretariat-entries-waiting"),
            count(d.entries_waiting),
            page.href("/stocktaking/moderation"),
        ),
        (
            page.t("calls-title"),
            String::new(),
            page.href("/stocktaking/calls"),
        ),
        (
            page.t("reports-title"),
            String::new(),
            page.href("/stocktaking/reports"),
        ),
    ];
    let forums = d
        .forums
        .iter()
        .map(
            |(year, starts, ends, open, versions, proposals, registrations, outcomes)| {
                let base = format!("/forum/{year}");
                let mut state = vec![I18N.tr_args(
                    lang,
                    "secretariat-forum-dates",
                    &[
                        ("from", Arg::from(format_local_date(lang, starts).as_str())),
                        ("to", Arg::from(format_local_date(lang, ends).as_str())),
                    ],
                )];
                state.push(page.t(if *open == 1 {
                    "secretariat-call-open"
                } else {
                    "secretariat-call-closed"
                }));
                state.push(if *versions > 0 {
                    page.tn("secretariat-agenda-published", "count", *versions)
                } else {
                    page.t("secretariat-agenda-unpublished")
                });
                EditionView {
                    title: I18N.tr_args(
                        lang,
                        "secretariat-forum",
                        &[("year", Arg::from(year.to_string().as_str()))],
                    ),
                    href: page.href(&base),
                    state: state.join(page.t("list-separator").as_str()),
                    queues: vec![
                        (
                            page.t("secretariat-proposals-waiting"),
                            count(*proposals),
                            page.href(&format!("{base}/manage/proposals?status=proposed")),
                        ),
                        (
                            page.t("secretariat-registrations-waiting"),
                            count(*registrations),
                            page.href(&format!("{base}/manage/registrations?status=pending")),
                        ),
                        (
                            page.t("secretariat-outcomes-waiting"),
                            count(*outcomes),
                            page.href(&format!("{base}/manage/outcomes?status=submitted")),
                        ),
                        (
                            page.t("forum-manage-schedule"),
                            String::new(),
                            page.href(&format!("{base}/manage/schedule")),
                        ),
                        (
                            page.t("forum-manage-messages"),
                            String::new(),
                            page.href(&format!("{base}/manage/messages")),
                        ),
                        (
                            page.t("forum-manage-translations"),
                            String::new(),
                            page.href(&format!("{base}/manage/translations")),
                        ),
                    ],
                }
            },
        )
        .collect();
    let prizes: Vec<EditionView> = d
        .prizes
        .iter()
        .map(|(e, waiting, suspicions)| {
            let base = format!("/prizes/{}", e.year);
            EditionView {
                title: I18N.tr_args(
                    lang,
                    "prize-edition-title",
                    &[("year", Arg::from(e.year.to_string().as_str()))],
                ),
                href: page.href(&base),
                state: crate::prizes::phase_name(&page, e.phase),
                queues: vec![
                    (
                        page.t("secretariat-submissions-waiting"),
                        count(*waiting),
                        page.href(&format!("{base}/manage#ranking")),
                    ),
                    (
                        page.t("secretariat-suspicions-waiting"),
                        count(*suspicions),
                        page.href(&format!("{base}/fraud")),
                    ),
                ],
            }
        })
        .collect();
    let mut prizes = prizes;
    let who = crate::prizes::principal(&user);
    for (c, waiting) in wsis_app::photos::dashboard(&state.app, who).await? {
        let base = format!("/photo-contest/{}", c.year);
        prizes.push(EditionView {
            title: I18N.tr_args(
                lang,
                "photo-contest-year",
                &[("year", Arg::from(c.year.to_string().as_str()))],
            ),
            href: page.href(&base),
            state: page.t(&format!("photo-phase-{}", c.phase.key())),
            queues: vec![
                (
                    page.t("secretariat-photos-waiting"),
                    count(waiting),
                    page.href(&format!("{base}/screening")),
                ),
                (
                    page.t("photo-manage-link"),
                    String::new(),
                    page.href(&format!("{base}/manage")),
                ),
            ],
        });
    }
    for (h, teams, projects) in wsis_app::hackathon::dashboard(&state.app, who).await? {
        let base = format!("/hackathon/{}", h.year);
        prizes.push(EditionView {
            title: wsis_app::hackathon::text_in(&h.title, lang).0.to_owned(),
            href: page.href(&base),
            state: page.t(&format!("hackathon-phase-{}", h.phase.key())),
            queues: vec![
                (page.t("hackathon-teams"), count(teams), page.href(&base)),
                (
                    page.t("hackathon-projects"),
                    count(projects),
                    page.href(&format!("{base}/manage")),
                ),
                (
                    page.t("hackathon-manage-link"),
                    String::new(),
                    page.href(&format!("{base}/manage")),
                ),
            ],
        });
    }
    let utc = jiff::tz::TimeZone::UTC;
    let recent = d
        .recent
        .iter()
        .map(|(at, who, kind, action, subject, id)| {
            let (what, href) = if kind == "entry" {
                (
                    page.t(&format!("entry-event-{action}")),
                    page.href(&format!("/stocktaking/entries/{id}")),
                )
            } else {
                (
                    page.t(&format!("prize-audit-{action}")),
                    page.href(&format!("/prizes/{id}/audit")),
                )
            };
            let who = if who.is_empty() {
                page.t("prize-actor-platform")
            } else {
                who.clone()
            };
            (
                format_datetime(lang, *at, &utc),
                who,
                format!("{what}: {subject}"),
                href,
            )
        })
        .collect();
    render(&HomePage {
        stocktaking,
        forums,
        prizes,
        recent,
        page,
    })
}
