//! The page of one revision of an entry: who saved it and when, and what
//! changed compared with the revision before it, field by field. For the
//! entry's owner and the secretariat, like the working copy.

use super::facet_label;
use crate::ctx::SignedIn;
use crate::error::AppResult;
use crate::pages::{Page, render};
use crate::state::AppState;
use askama::Template;
use axum::extract::{Path, State};
use axum::response::Response;
use wsis_domain::Language;
use wsis_domain::stocktaking::EntryData;
use wsis_i18n::{Arg, format_datetime};
use wsis_search::Facet;

/// One line of a value; a note (an Action Line's or SDG's rationale, a
/// translator) is shown under the line it belongs to, like on the entry page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    pub text: String,
    pub note: bool,
}

impl Line {
    fn text(text: impl Into<String>) -> Line {
        Line {
            text: text.into(),
            note: false,
        }
    }
    fn note(text: impl Into<String>) -> Line {
        Line {
            text: text.into(),
            note: true,
        }
    }
}

/// The value of a field in one revision, as plain text lines (escaped when
/// rendered; Markdown is shown as its source, never as HTML).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldValue {
    pub lines: Vec<Line>,
    /// The language and direction of the text when it is the entry's own
    /// text (title, description, translations).
    pub text_lang: Option<(&'static str, &'static str)>,
}

impl FieldValue {
    fn plain(lines: Vec<Line>) -> FieldValue {
        FieldValue {
            lines,
            text_lang: None,
        }
    }
    fn text(lines: Vec<Line>, lang: Language) -> FieldValue {
        FieldValue {
            lines,
            text_lang: Some((lang.code(), lang.dir())),
        }
    }
    fn one(value: impl Into<String>) -> FieldValue {
        let v: String = value.into();
        FieldValue::plain(if v.is_empty() {
            Vec::new()
        } else {
            vec![Line::text(v)]
        })
    }
    fn list(items: impl IntoIterator<Item = String>) -> FieldValue {
        FieldValue::plain(items.into_iter().map(Line::text).collect())
    }
    /// A list whose order means nothing (countries, regions, languages): sorted, so that
    /// saving the same choices in another order is no change.
    fn set(items: impl IntoIterator<Item = String>) -> FieldValue {
        let mut items: Vec<String> = items.into_iter().collect();
        items.sort();
        items.dedup();
        FieldValue::list(items)
    }
    pub fn is_empty(&self) -> bool {
        self.lines.iter().all(|l| l.text.trim().is_empty())
    }
}

/// One field of a revision, with its localised label.
#[derive(Debug, Clone)]
pub struct Field {
    pub label: String,
    pub value: FieldValue,
}

/// A field that differs between two revisions.
#[derive(Debug, Clone)]
pub struct Change {
    pub label: String,
    pub old: FieldValue,
    pub new: FieldValue,
}

#[derive(Template)]
#[template(path = "stocktaking/revision.html")]
struct RevisionPage {
    page: Page,
    entry_title: String,
    entry_href: String,
    text_lang: &'static str,
    text_dir: &'static str,
    /// "Saved by … on …".
    saved: String,
    /// The link to the revision before, if any.
    previous_href: Option<String>,
    previous_label: String,
    /// Revision 1: its values; later revisions: what changed.
    first: Option<Vec<Field>>,
    changes_heading: String,
    changes: Vec<Change>,
}

/// An item with its rationale under it, if any.
fn with_rationale(item: String, rationale: &str) -> Vec<Line> {
    let mut v = vec![Line::text(item)];
    if !rationale.trim().is_empty() {
        v.push(Line::note(rationale));
    }
    v
}

/// Every field of a revision's content, in the order of the entry form.
pub fn fields(page: &Page, d: &EntryData) -> Vec<Field> {
    let lang = page.lang;
    let field = |key: &str, value: FieldValue| Field {
        label: page.t(key),
        value,
    };
    let lines = |s: &str| s.lines().map(Line::text).collect::<Vec<_>>();
    let mut f = vec![
        field(
            "entry-field-title",
            FieldValue::text(vec![Line::text(d.title.clone())], d.language),
        ),
        field(
            "entry-field-description",
            FieldValue::text(lines(&d.description), d.language),
        ),
        field(
            "entry-field-language",
            FieldValue::one(d.language.native_name()),
        ),
        field(
            "entry-field-activity-type",
            FieldValue::one(page.t(&format!("activity-type-{}", d.activity_type.code()))),
        ),
        field(
            "entry-field-status",
            FieldValue::one(page.t(&format!("activity-status-{}", d.status.code()))),
        ),
        field(
            "entry-field-start",
            FieldValue::one(d.start_date.clone().unwrap_or_default()),
        ),
        field(
            "entry-field-end",
            FieldValue::one(d.end_date.clone().unwrap_or_default()),
        ),
        field(
            "entry-field-website",
            FieldValue::one(d.website.clone().unwrap_or_default()),
        ),
        field(
            "entry-field-contact",
            FieldValue::one(d.contact.clone().unwrap_or_default()),
        ),
        field(
            "entry-field-organisation",
            FieldValue::one(d.organisation.clone()),
        ),
        field(
            "field-stakeholder-type",
            FieldValue::one(d.stakeholder_type.name().get(lang).to_string()),
        ),
        field(
            "entry-field-partners",
            FieldValue::list(d.partners.iter().cloned()),
        ),
        field(
            "entry-field-coverage",
            FieldValue::one(page.t(&format!("coverage-{}", d.coverage.code()))),
        ),
        field(
            "entry-field-countries",
            FieldValue::set(
                d.countries
                    .iter()
                    .map(|c| facet_label(Facet::Country, c, lang)),
            ),
        ),
        field(
            "entry-field-regions",
            FieldValue::set(
                d.regions
                    .iter()
                    .map(|r| facet_label(Facet::Region, r, lang)),
            ),
        ),
        field(
            "entry-field-action-lines",
            FieldValue::plain(
                d.action_lines
                    .iter()
                    .flat_map(|l| {
                        with_rationale(facet_label(Facet::ActionLine, &l.code, lang), &l.rationale)
                    })
                    .collect(),
            ),
        ),
        field(
            "entry-field-sdgs",
            FieldValue::plain(
                d.sdgs
                    .iter()
                    .flat_map(|s| {
                        let goal = facet_label(Facet::Sdg, &s.goal.to_string(), lang);
                        let item = if s.targets.is_empty() {
                            goal
                        } else {
                            crate::I18N.tr_args(
                                lang,
                                "revision-item-targets",
                                &[
                                    ("goals", Arg::from(goal)),
                                    (
                                        "targets",
                                        Arg::from(
                                            s.targets.join(&crate::I18N.tr(lang, "list-separator")),
                                        ),
                                    ),
                                ],
                            )
                        };
                        with_rationale(item, &s.rationale)
                    })
                    .collect(),
            ),
        ),
        field(
            "entry-field-languages",
            FieldValue::set(d.languages.iter().map(|l| l.native_name().to_owned())),
        ),
    ];
    for t in &d.translations {
        let mut value = vec![Line::text(t.title.clone())];
        value.extend(lines(&t.description));
        value.push(Line::note(format!(
            "{} {}",
            page.t("entry-translated-by"),
            t.translator
        )));
        f.push(Field {
            label: crate::I18N.tr_args(
                lang,
                "revision-translation",
                &[("name", Arg::from(t.language.native_name()))],
            ),
            value: FieldValue::text(value, t.language),
        });
    }
    f
}

/// The fields that differ between two revisions, in the newer one's order
/// (fields only the older one has, such as a removed translation, last).
pub fn changes(old: Vec<Field>, new: Vec<Field>) -> Vec<Change> {
    let empty = || FieldValue::plain(Vec::new());
    let mut out: Vec<Change> = Vec::new();
    for n in &new {
        let o = old
            .iter()
            .find(|o| o.label == n.label)
            .map(|o| o.value.clone())
            .unwrap_or_else(empty);
        if o.lines != n.value.lines {
            out.push(Change {
                label: n.label.clone(),
                old: o,
                new: n.value.clone(),
            });
        }
    }
    for o in old {
        if !new.iter().any(|n| n.label == o.label) && !o.value.is_empty() {
            out.push(Change {
                label: o.label,
                old: o.value,
                new: empty(),
            });
        }
    }
    out
}

/// `/{lang}/stocktaking/entries/{id}/revisions/{number}`.
pub async fn revision_page(
    SignedIn(ctx, user): SignedIn,
    State(state): State<AppState>,
    Path((_, id, number)): Path<(String, i64, i64)>,
) -> AppResult<Response> {
    // The same rule as the working copy: the owner and the secretariat.
    let (entry, rev, previous) = wsis_app::stocktaking::reads::revision(
        &state.app,
        &user,
        wsis_domain::EntryId::new(id),
        number,
    )
    .await?;
    let lang = ctx.lang;
    let mut page = Page::new(&ctx, "stocktaking-title", "stocktaking");
    page.title = page.tn("revision-title", "number", number);
    let (entry_title, _, text_lang) = entry.current.text_in(lang);
    let tz = jiff::tz::TimeZone::UTC;
    let saved = crate::I18N.tr_args(
        lang,
        "revision-saved-by",
        &[
            ("name", Arg::from(&rev.author_name)),
            (
                "date",
                Arg::from(format_datetime(lang, rev.created_at, &tz)),
            ),
        ],
    );
    let new_fields = fields(&page, &rev.data);
    let (first, changes, changes_heading) = match &previous {
        Some(p) => (
            None,
            changes(fields(&page, &p.data), new_fields),
            page.tn("revision-changes", "number", p.number),
        ),
        None => (
            Some(
                new_fields
                    .into_iter()
                    .filter(|f| !f.value.is_empty())
                    .collect(),
            ),
            Vec::new(),
            page.t("revision-first"),
        ),
    };
    let previous_href = previous
        .as_ref()
        .map(|p| page.href(&format!("/stocktaking/entries/{id}/revisions/{}", p.number)));
    let previous_label = previous
        .as_ref()
        .map(|p| page.tn("revision-title", "number", p.number))
        .unwrap_or_default();
    render(&RevisionPage {
        entry_title: entry_title.to_owned(),
        entry_href: page.href(&format!("/stocktaking/entries/{id}")),
        text_lang: text_lang.code(),
        text_dir: text_lang.dir(),
        saved,
        previous_href,
        previous_label,
        first,
        changes_heading,
        changes,
        page,
    })
}
