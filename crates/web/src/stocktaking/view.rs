//! The page of one entry: its published version for everyone; the working
//! copy, its history and the moderation form for its owner and the secretariat.

use super::markdown::to_safe_html;
use super::{facet_label, status_label};
use crate::ctx::Ctx;
use crate::error::AppResult;
use crate::pages::{Page, render};
use crate::state::AppState;
use askama::Template;
use axum::extract::{Path, State};
use axum::response::Response;
use wsis_domain::account::{Role, has_role};
use wsis_domain::stocktaking::{EntryData, EntryStatus};
use wsis_domain::taxonomy::{action_lines, sdg};
use wsis_i18n::{format_date, format_datetime};
use wsis_search::Facet;

pub struct LinkView {
    pub label: String,
    pub detail: String,
    pub rationale: String,
}

pub struct EventView {
    pub when: String,
    pub who: String,
    pub what: String,
    pub comment: Option<String>,
}

#[derive(Template)]
#[template(path = "stocktaking/entry.html")]
struct EntryPage {
    page: Page,
    text_lang: &'static str,
    text_dir: &'static str,
    description_html: String,
    facts: Vec<(String, String)>,
    lines: Vec<LinkView>,
    sdgs: Vec<LinkView>,
    website: Option<String>,
    /// Shown to the owner and the secretariat.
    status_note: Option<String>,
    edit_href: Option<String>,
    submit_action: Option<String>,
    version: i64,
    review: Option<ReviewView>,
    history: Vec<EventView>,
    /// Every saved version: (number, who, when, link to its changes), newest first.
    revisions: Vec<(i64, String, String, String)>,
    translate: Option<TranslateView>,
    problems: Vec<String>,
    problems_heading: String,
    translated_by: Option<String>,
    images: Vec<super::images::ImageView>,
    /// The page where the owner and the secretariat add and remove images.
    images_href: Option<String>,
    /// The secretariat's Success Stories controls (published entries).
    success: Option<super::success::SelectionView>,
    /// The WSIS Prizes its project won: (label, link to the results).
    prizes: Vec<(String, String)>,
}

pub struct TranslateView {
    pub action: String,
    pub version: i64,
    pub languages: Vec<(String, String)>,
    pub translator: String,
    /// What was typed, shown again with the form's errors.
    pub language: String,
    pub title: String,
    pub description: String,
}

pub struct ReviewView {
    pub action: String,
    pub version: i64,
    /// Why the last decision was refused, and the comment as typed.
    pub error: Option<String>,
    pub comment: String,
    /// The waiting images shown on this page, comma-separated: publishing approves
    /// these and no other.
    pub images: String,
}

fn facts(page: &Page, d: &EntryData, call_year: Option<i64>) -> Vec<(String, String)> {
    let lang = page.lang;
    let mut f = vec![
        (page.t("entry-field-organisation"), d.organisation.clone()),
        (
            page.t("field-stakeholder-type"),
            d.stakeholder_type.name().get(lang).to_string(),
        ),
        (
            page.t("entry-field-activity-type"),
            page.t(&format!("activity-type-{}", d.activity_type.code())),
        ),
        (
            page.t("entry-field-status"),
            page.t(&format!("activity-status-{}", d.status.code())),
        ),
    ];
    let coverage = match d.coverage {
        wsis_domain::stocktaking::CoverageKind::National => d
            .countries
            .iter()
            .map(|c| facet_label(Facet::Country, c, lang))
            .collect::<Vec<_>>()
            .join(&page.t("list-separator")),
        wsis_domain::stocktaking::CoverageKind::Regional => d
            .regions
            .iter()
            .map(|r| facet_label(Facet::Region, r, lang))
            .collect::<Vec<_>>()
            .join(&page.t("list-separator")),
        wsis_domain::stocktaking::CoverageKind::International => page.t("coverage-international"),
    };
    f.push((page.t("entry-field-coverage"), coverage));
    if !d.partners.is_empty() {
        f.push((
            page.t("entry-field-partners"),
            d.partners.join(&page.t("list-separator")),
        ));
    }
    // Dates in the page's language (issue 11, item 11: no raw ISO dates).
    if let (Some(s), e) = (&d.start_date, &d.end_date) {
        let start = wsis_i18n::format_local_date(page.lang, s);
        let text = match e {
            Some(e) => format!("{start} – {}", wsis_i18n::format_local_date(page.lang, e)),
            None => page.t1("entry-dates-since", "date", &start),
        };
        f.push((page.t("entry-field-dates"), text));
    }
    if !d.languages.is_empty() {
        f.push((
            page.t("entry-field-languages"),
            d.languages
                .iter()
                .map(|l| l.native_name())
                .collect::<Vec<_>>()
                .join(&page.t("list-separator")),
        ));
    }
    if let Some(c) = &d.contact {
        f.push((page.t("entry-field-contact"), c.clone()));
    }
    if let Some(y) = call_year {
        f.push((page.t("facet-call"), y.to_string()));
    }
    f
}

pub async fn entry_page(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((_, id)): Path<(String, i64)>,
) -> AppResult<Response> {
    show_entry(&ctx, &state, id, Vec::new(), None, None).await
}

/// A review decision the service refused: the message key, the comment as typed, and the
/// answer's status (422 for a comment that is missing, 409 for an entry that changed).
pub struct ReviewRefusal<'a> {
    pub key: &'static str,
    pub comment: &'a str,
    pub status: axum::http::StatusCode,
}

/// The entry page again, its review form showing why the decision was refused and
/// keeping the comment typed.
pub(super) async fn refused_review(
    ctx: &Ctx,
    state: &AppState,
    id: i64,
    refusal: ReviewRefusal<'_>,
) -> AppResult<Response> {
    show_entry(ctx, state, id, Vec::new(), None, Some(refusal)).await
}

/// The entry page; `problems` are the translation form's errors, if any.
async fn show_entry(
    ctx: &Ctx,
    state: &AppState,
    id: i64,
    problems: Vec<String>,
    typed: Option<&TranslationInput>,
    refusal: Option<ReviewRefusal<'_>>,
) -> AppResult<Response> {
    // The public sees the published version; the owner and the secretariat the working
    // copy, its history and the images waiting for review.
    let view = wsis_app::stocktaking::reads::entry_page(
        &state.app,
        ctx.user.as_ref(),
        wsis_domain::EntryId::new(id),
    )
    .await?;
    let entry = &view.entry;
    let is_owner = ctx.user.as_ref().is_some_and(|u| u.id == entry.owner_id);
    let is_sec = ctx
        .user
        .as_ref()
        .is_some_and(|u| has_role(&u.roles, Role::Secretariat));
    let privileged = view.privileged;
    let data = view.data();
    let lang = ctx.lang;
    let (title, description, text_lang) = data.text_in(lang);
    let mut page = Page::new(ctx, "stocktaking-title", "stocktaking");
    page.title = title.to_owned();
    let lines = data
        .action_lines
        .iter()
        .map(|l| LinkView {
            label: action_lines::category(&l.code)
                .map(|c| format!("{} {}", c.code, c.name.get(lang)))
                .unwrap_or_else(|| l.code.clone()),
            detail: String::new(),
            rationale: l.rationale.clone(),
        })
        .collect();
    let sdgs = data
        .sdgs
        .iter()
        .map(|s| LinkView {
            label: sdg::goal(s.goal)
                .map(|g| format!("{}. {}", g.number, g.short.get(lang)))
                .unwrap_or_default(),
            detail: s.targets.join(&page.t("list-separator")),
            rationale: s.rationale.clone(),
        })
        .collect();
    let tz = jiff::tz::TimeZone::UTC;
    let status_note = privileged.then(|| {
        let mut n = format!(
            "{}: {}",
            page.t("table-status"),
            status_label(entry.status.code(), lang)
        );
        if entry.published.is_some()
            && entry.current_revision != entry.published_revision.unwrap_or_default()
        {
            n.push_str(" · ");
            n.push_str(&page.t("entry-pending-edit"));
        }
        if let Some(p) = entry.published_at {
            n.push_str(" · ");
            n.push_str(&format!(
                "{} {}",
                page.t("entry-published-on"),
                format_date(lang, p, &tz)
            ));
        }
        n
    });
    let edit_href = (is_owner && entry.status != EntryStatus::Rejected)
        .then(|| page.href(&format!("/stocktaking/entries/{id}/edit")));
    // A saved draft, or an entry returned for changes, is sent for review from its page.
    let submit_action = (is_owner
        && matches!(entry.status, EntryStatus::Draft | EntryStatus::Returned))
    .then(|| page.href(&format!("/stocktaking/entries/{id}/submit")));
    let review = (is_sec && entry.status == EntryStatus::Submitted).then(|| ReviewView {
        action: page.href(&format!("/stocktaking/entries/{id}/review")),
        version: entry.version,
        error: refusal.as_ref().map(|r| page.t(r.key)),
        comment: refusal
            .as_ref()
            .map(|r| r.comment.to_owned())
            .unwrap_or_default(),
        images: view
            .images
            .iter()
            .filter(|i| !i.is_approved())
            .map(|i| i.id.to_string())
            .collect::<Vec<_>>()
            .join(","),
    });
    let history = view
        .events
        .iter()
        .map(|e| EventView {
            when: format_datetime(lang, e.at, &tz),
            who: e.actor_name.clone(),
            what: page.t(&format!("entry-event-{}", e.action)),
            comment: e.comment.clone(),
        })
        .collect();
    let revisions = view
        .revisions
        .iter()
        .map(|r| {
            (
                r.number,
                r.author_name.clone(),
                format_datetime(lang, r.created_at, &tz),
                page.href(&format!("/stocktaking/entries/{id}/revisions/{}", r.number)),
            )
        })
        .collect();
    let translate = (privileged && entry.status != EntryStatus::Rejected).then(|| TranslateView {
        action: page.href(&format!("/stocktaking/entries/{id}/translations")),
        version: entry.version,
        languages: wsis_domain::Language::ALL
            .iter()
            .filter(|l| **l != entry.current.language)
            .map(|l| (l.code().to_owned(), l.native_name().to_owned()))
            .collect(),
        translator: typed.map(|t| t.translator.clone()).unwrap_or_else(|| {
            ctx.user
                .as_ref()
                .map(|u| u.profile.name.clone())
                .unwrap_or_default()
        }),
        language: typed.map(|t| t.language.clone()).unwrap_or_default(),
        title: typed.map(|t| t.title.clone()).unwrap_or_default(),
        description: typed.map(|t| t.description.clone()).unwrap_or_default(),
    });
    let facts = facts(&page, data, entry.call_year);
    let translated_by = data
        .translations
        .iter()
        .find(|t| t.language == text_lang && text_lang != data.language)
        .map(|t| format!("{} {}", page.t("entry-translated-by"), t.translator));
    // Images waiting for review are the owner's and the secretariat's to see.
    let images = super::images::views(&page, id, &view.images);
    let images_href = (privileged && entry.status != EntryStatus::Rejected)
        .then(|| page.href(&format!("/stocktaking/entries/{id}/images")));
    let success = if is_sec && entry.published.is_some() {
        Some(super::success::view_for_entry(&state.app, &page, id, entry.call_year).await?)
    } else {
        None
    };
    let prizes =
        wsis_app::prizes::tally::prizes_of_entry(&state.app, wsis_domain::EntryId::new(id))
            .await?
            .into_iter()
            .map(|(year, category, winner)| {
                (
                    crate::I18N.tr_args(
                        page.lang,
                        if winner {
                            "prize-entry-winner"
                        } else {
                            "prize-entry-champion"
                        },
                        &[
                            ("year", wsis_i18n::Arg::from(year.to_string().as_str())),
                            (
                                "category",
                                wsis_i18n::Arg::from(
                                    crate::prizes::category_title(category, page.lang).as_str(),
                                ),
                            ),
                        ],
                    ),
                    page.href(&format!("/prizes/{year}/results#c{category}")),
                )
            })
            .collect();
    let failed = !problems.is_empty();
    let refused_status = refusal.as_ref().map(|r| r.status);
    let problems_heading = page.tn("form-errors-heading", "count", problems.len() as i64);
    render(&EntryPage {
        text_lang: text_lang.code(),
        text_dir: text_lang.dir(),
        description_html: to_safe_html(description),
        facts,
        lines,
        sdgs,
        website: data.website.clone(),
        status_note,
        edit_href,
        submit_action,
        version: entry.version,
        review,
        history,
        revisions,
        translate,
        problems,
        problems_heading,
        translated_by,
        images,
        images_href,
        success,
        prizes,
        page,
    })
    .map(|mut r| {
        if let Some(status) = refused_status {
            *r.status_mut() = status;
        } else if failed {
            *r.status_mut() = axum::http::StatusCode::UNPROCESSABLE_ENTITY;
        }
        r
    })
}

#[derive(Debug, serde::Deserialize)]
pub struct TranslationInput {
    #[serde(default)]
    pub language: String,
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub description: String,
    #[serde(default)]
    pub translator: String,
    pub version: i64,
}

/// Adds a translation (owner or secretariat).
pub async fn add_translation(
    crate::ctx::SignedIn(ctx, user): crate::ctx::SignedIn,
    State(state): State<AppState>,
    Path((_, id)): Path<(String, i64)>,
    crate::csrf::CsrfForm(input): crate::csrf::CsrfForm<TranslationInput>,
) -> AppResult<axum::response::Response> {
    use axum::response::IntoResponse;
    let t = match wsis_domain::stocktaking::Translation::parse(
        &input.language,
        &input.title,
        &input.description,
        &input.translator,
    ) {
        Ok(t) => t,
        Err(errors) => {
            let problems = errors
                .0
                .iter()
                .map(|e| crate::I18N.tr(ctx.lang, e.key))
                .collect();
            return show_entry(&ctx, &state, id, problems, Some(&input), None).await;
        }
    };
    wsis_app::stocktaking::add_translation(
        &state.app,
        &user,
        wsis_domain::EntryId::new(id),
        input.version,
        t,
    )
    .await?;
    Ok(
        axum::response::Redirect::to(&format!("/{}/stocktaking/entries/{id}", ctx.lang.code()))
            .into_response(),
    )
}
