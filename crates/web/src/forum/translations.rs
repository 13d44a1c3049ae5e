//! The secretariat's translations of what the public reads of an edition (issue 11,
//! item 8): one page for the edition's names (the language they are written in, the
//! venue, rooms and partners) with the accepted sessions and their translations, and
//! one page per session for its title and abstract.

use crate::I18N;
use crate::csrf::CsrfForm;
use crate::ctx::{Ctx, Secretariat, WithRole};
use crate::error::AppResult;
use crate::forms::{Field, SummaryItem};
use crate::forum::lang_attrs;
use crate::pages::{Page, render_with_status};
use crate::state::AppState;
use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use wsis_app::ServiceError;
use wsis_app::forum::translations as service;
use wsis_domain::access::Principal;
use wsis_domain::forum::translations::{Field as TextField, Kind, field_name};
use wsis_domain::{AccountId, FieldErrors, Language};
use wsis_i18n::Arg;

fn who(user: &wsis_app::forum::proposals::User) -> Principal<'_> {
    Principal::new(AccountId::new(user.id), &user.roles)
}

fn value<'a>(pairs: &'a [(String, String)], k: &str) -> &'a str {
    pairs
        .iter()
        .find(|(n, _)| n == k)
        .map(|(_, v)| v.as_str())
        .unwrap_or("")
}

/// The six languages as a select's options: (code, own name, selected).
fn language_options(chosen: Language) -> Vec<(&'static str, &'static str, bool)> {
    Language::ALL
        .iter()
        .map(|l| (l.code(), l.native_name(), *l == chosen))
        .collect()
}

/// The summary of a form's problems, linking each to its field.
fn summary_of(lang: Language, fields: &[Field]) -> (Vec<SummaryItem>, String) {
    let items: Vec<SummaryItem> = fields
        .iter()
        .filter_map(|f| {
            f.error.as_ref().map(|e| SummaryItem {
                href: format!("#{}", f.id()),
                message: e.clone(),
            })
        })
        .collect();
    let heading = I18N.tr_args(
        lang,
        "form-errors-heading",
        &[("count", Arg::Num(items.len() as i64))],
    );
    (items, heading)
}

// ------------------------------------------------------------ one session

#[derive(Template)]
#[template(path = "forum/translations_session.html")]
struct SessionPage {
    page: Page,
    action: String,
    back: String,
    title_attrs: String,
    original_title: String,
    langs: Vec<(&'static str, &'static str, bool)>,
    lang_error: Option<String>,
    /// Per language other than the original: its own name, code, direction, and the
    /// title and abstract fields.
    versions: Vec<(&'static str, &'static str, &'static str, Field, Field)>,
    summary: Vec<SummaryItem>,
    summary_heading: String,
}

/// What the session's form was sent with: the original's language and each text.
struct SessionTyped {
    lang: String,
    texts: Vec<(TextField, Language, String)>,
}

impl SessionTyped {
    fn of(pairs: &[(String, String)]) -> SessionTyped {
        SessionTyped {
            lang: value(pairs, "lang").to_owned(),
            texts: Language::ALL
                .iter()
                .flat_map(|l| {
                    [TextField::Title, TextField::Abstract]
                        .map(|f| (f, *l, value(pairs, field_name(f, *l)).to_owned()))
                })
                .collect(),
        }
    }
}

async fn session_view(
    ctx: &Ctx,
    state: &AppState,
    user: &wsis_app::forum::proposals::User,
    year: i64,
    id: i64,
    typed: Option<&SessionTyped>,
    errors: &FieldErrors,
) -> AppResult<SessionPage> {
    let lang = ctx.lang;
    let st = service::session_texts(&state.app, who(user), year, id).await?;
    let orig = typed
        .and_then(|t| Language::ALL.into_iter().find(|l| l.code() == t.lang))
        .unwrap_or(st.lang);
    let text = |f: TextField, l: Language| -> String {
        match typed {
            Some(t) => t
                .texts
                .iter()
                .find(|(x, y, _)| *x == f && *y == l)
                .map(|(_, _, v)| v.clone())
                .unwrap_or_default(),
            None => st
                .translations
                .get(Kind::Session, id, f, l)
                .unwrap_or("")
                .to_owned(),
        }
    };
    let err = |name: &str| errors.for_field(name).map(|k| I18N.tr(lang, k));
    let mut all_fields = Vec::new();
    let versions: Vec<_> = Language::ALL
        .into_iter()
        // The original's language too when something was typed for it (to show why not).
        .filter(|l| {
            *l != orig
                || [TextField::Title, TextField::Abstract]
                    .iter()
                    .any(|f| errors.for_field(field_name(*f, *l)).is_some())
        })
        .map(|l| {
            let mk = |f: TextField, key: &str, kind: &'static str| {
                let mut x = Field::new(lang, "t", key, kind)
                    .named(field_name(f, l).to_owned())
                    .in_language(l)
                    .value(text(f, l));
                x.error = err(field_name(f, l));
                x
            };
            let title = mk(TextField::Title, "forum-translation-title", "text");
            let abs = mk(
                TextField::Abstract,
                "forum-translation-abstract",
                "textarea",
            );
            all_fields.push(title.clone());
            all_fields.push(abs.clone());
            (l.native_name(), l.code(), l.dir(), title, abs)
        })
        .collect();
    let (mut summary, summary_heading) = summary_of(lang, &all_fields);
    let lang_error = err("lang");
    if let Some(e) = &lang_error {
        summary.insert(
            0,
            SummaryItem {
                href: "#f-lang".into(),
                message: e.clone(),
            },
        );
    }
    let summary_heading = if lang_error.is_some() {
        I18N.tr_args(
            lang,
            "form-errors-heading",
            &[("count", Arg::Num(summary.len() as i64))],
        )
    } else {
        summary_heading
    };
    let mut page = Page::new(ctx, "forum-translations-session-title", "forum");
    let number = st
        .session
        .number
        .map(|n| n.to_string())
        .unwrap_or_else(|| format!("#{}", st.session.id));
    page.title = I18N.tr_args(
        lang,
        "forum-translations-session-of",
        &[("number", Arg::from(number.as_str()))],
    );
    let base = format!("/{}/forum/{year}/manage", lang.code());
    Ok(SessionPage {
        action: format!("{base}/sessions/{id}/translations"),
        back: format!("{base}/translations"),
        title_attrs: lang_attrs(lang, Some(st.lang), false),
        original_title: st.session.data.title.clone(),
        langs: language_options(orig),
        lang_error,
        versions,
        summary,
        summary_heading,
        page,
    })
}

pub async fn session_page(
    WithRole(ctx, user, _): WithRole<Secretariat>,
    State(state): State<AppState>,
    Path((_, year, id)): Path<(String, i64, i64)>,
) -> AppResult<Response> {
    let view = session_view(&ctx, &state, &user, year, id, None, &FieldErrors::new()).await?;
    render_with_status(&view, StatusCode::OK)
}

pub async fn save_session(
    WithRole(ctx, user, _): WithRole<Secretariat>,
    State(state): State<AppState>,
    Path((_, year, id)): Path<(String, i64, i64)>,
    CsrfForm(pairs): CsrfForm<Vec<(String, String)>>,
) -> AppResult<Response> {
    let typed = SessionTyped::of(&pairs);
    match service::save_session_texts(&state.app, who(&user), year, id, &typed.lang, &typed.texts)
        .await
    {
        Ok(()) => Ok(Redirect::to(&format!(
            "/{}/forum/{year}/manage/sessions/{id}/translations?notice=forum-translations-saved",
            ctx.lang.code()
        ))
        .into_response()),
        Err(ServiceError::Fields(f)) => {
            let view = session_view(&ctx, &state, &user, year, id, Some(&typed), &f).await?;
            render_with_status(&view, StatusCode::UNPROCESSABLE_ENTITY)
        }
        Err(e) => Err(e.into()),
    }
}

// ---------------------------------------------------------- the edition's names

/// One name's form: its label, where it posts, the original, and a field per language.
struct NameForm {
    id: String,
    label: String,
    action: String,
    original: String,
    original_attrs: String,
    fields: Vec<Field>,
    summary: Vec<SummaryItem>,
    summary_heading: String,
}

/// A session's row: number, title (with its `lang`/`dir`), languages it reads in, link.
struct SessionLine {
    number: String,
    title: String,
    title_attrs: String,
    languages: String,
    href: String,
}

#[derive(Template)]
#[template(path = "forum/translations.html")]
struct NamesPage {
    page: Page,
    lang_action: String,
    langs: Vec<(&'static str, &'static str, bool)>,
    forms: Vec<NameForm>,
    sessions: Vec<SessionLine>,
    back: String,
}

/// The form that was sent, if it failed: which (form id), what was typed, and why.
struct Failed<'a> {
    form: String,
    pairs: &'a [(String, String)],
    errors: FieldErrors,
}

async fn names_view(
    ctx: &Ctx,
    state: &AppState,
    user: &wsis_app::forum::proposals::User,
    year: i64,
    failed: Option<Failed<'_>>,
) -> AppResult<NamesPage> {
    let lang = ctx.lang;
    let n = service::names(&state.app, who(user), year).await?;
    let base = format!("/{}/forum/{year}/manage", lang.code());
    let sep = I18N.tr(lang, "list-separator");
    let form = |kind: Kind, id: i64, label: String, original: &str| -> NameForm {
        let field = kind.fields()[0];
        let form_id = format!("{}-{id}", kind.code());
        let failed = failed.as_ref().filter(|f| f.form == form_id);
        let fields: Vec<Field> = Language::ALL
            .into_iter()
            .filter(|l| *l != n.lang)
            .map(|l| {
                let name = format!("{form_id}-{}", l.code());
                let typed = match failed {
                    Some(f) => value(f.pairs, &name).to_owned(),
                    None => n
                        .translations
                        .get(kind, if kind == Kind::Edition { 0 } else { id }, field, l)
                        .unwrap_or("")
                        .to_owned(),
                };
                let mut x = Field::new(lang, "t", "forum-translation-name", "text")
                    .named(name)
                    .in_language(l)
                    .value(typed);
                x.error = failed
                    .and_then(|f| f.errors.for_field(field_name(field, l)))
                    .map(|k| I18N.tr(lang, k));
                x
            })
            .collect();
        let (summary, summary_heading) = summary_of(lang, &fields);
        NameForm {
            action: format!("{base}/translations/{}/{id}", kind.code()),
            id: form_id,
            label,
            original: original.to_owned(),
            original_attrs: lang_attrs(lang, Some(n.lang), false),
            fields,
            summary,
            summary_heading,
        }
    };
    let t = |k: &str| I18N.tr(lang, k);
    let mut forms = vec![form(Kind::Edition, 0, t("forum-venue"), &n.edition.venue)];
    for r in &n.rooms {
        forms.push(form(
            Kind::Room,
            r.id,
            I18N.tr_args(
                lang,
                "forum-translation-room",
                &[("room", Arg::from(r.code.as_str()))],
            ),
            &r.name,
        ));
    }
    for p in &n.partners {
        forms.push(form(
            Kind::Partner,
            p.id,
            t(&format!("forum-partner-tier-{}", p.tier)),
            &p.name,
        ));
    }
    let sessions = n
        .sessions
        .iter()
        .map(|s| {
            let orig = s.text_lang.unwrap_or(n.lang);
            let mut langs = vec![orig];
            for l in Language::ALL {
                if l != orig
                    && n.translations
                        .get(Kind::Session, s.id, TextField::Title, l)
                        .is_some()
                {
                    langs.push(l);
                }
            }
            SessionLine {
                number: s.number.map(|x| x.to_string()).unwrap_or_default(),
                title: s.data.title.clone(),
                title_attrs: lang_attrs(lang, Some(orig), false),
                languages: langs
                    .iter()
                    .map(|l| l.native_name())
                    .collect::<Vec<_>>()
                    .join(&sep),
                href: format!("{base}/sessions/{}/translations", s.id),
            }
        })
        .collect();
    let mut page = Page::new(ctx, "forum-translations-title", "forum");
    page.title = I18N.tr_args(
        lang,
        "forum-translations-of",
        &[("year", Arg::from(year.to_string().as_str()))],
    );
    Ok(NamesPage {
        lang_action: format!("{base}/translations/lang"),
        langs: language_options(n.lang),
        forms,
        sessions,
        back: format!("/{}/forum/{year}", lang.code()),
        page,
    })
}

pub async fn names_page(
    WithRole(ctx, user, _): WithRole<Secretariat>,
    State(state): State<AppState>,
    Path((_, year)): Path<(String, i64)>,
) -> AppResult<Response> {
    let view = names_view(&ctx, &state, &user, year, None).await?;
    render_with_status(&view, StatusCode::OK)
}

pub async fn save_names_lang(
    WithRole(ctx, user, _): WithRole<Secretariat>,
    State(state): State<AppState>,
    Path((_, year)): Path<(String, i64)>,
    CsrfForm(pairs): CsrfForm<Vec<(String, String)>>,
) -> AppResult<Response> {
    service::save_names_lang(&state.app, who(&user), year, value(&pairs, "lang")).await?;
    Ok(Redirect::to(&format!(
        "/{}/forum/{year}/manage/translations?notice=forum-translations-saved",
        ctx.lang.code()
    ))
    .into_response())
}

pub async fn save_name(
    WithRole(ctx, user, _): WithRole<Secretariat>,
    State(state): State<AppState>,
    Path((_, year, kind, id)): Path<(String, i64, String, i64)>,
    CsrfForm(pairs): CsrfForm<Vec<(String, String)>>,
) -> AppResult<Response> {
    let kind = Kind::parse(&kind)
        .filter(|k| *k != Kind::Session)
        .ok_or(crate::error::AppError::NotFound)?;
    let form_id = format!("{}-{id}", kind.code());
    let typed: Vec<(Language, String)> = Language::ALL
        .iter()
        .map(|l| {
            (
                *l,
                value(&pairs, &format!("{form_id}-{}", l.code())).to_owned(),
            )
        })
        .collect();
    match service::save_name(&state.app, who(&user), year, kind, id, &typed).await {
        Ok(()) => Ok(Redirect::to(&format!(
            "/{}/forum/{year}/manage/translations?notice=forum-translations-saved#{form_id}",
            ctx.lang.code()
        ))
        .into_response()),
        Err(ServiceError::Fields(errors)) => {
            let failed = Failed {
                form: form_id,
                pairs: &pairs,
                errors,
            };
            let view = names_view(&ctx, &state, &user, year, Some(failed)).await?;
            render_with_status(&view, StatusCode::UNPROCESSABLE_ENTITY)
        }
        Err(e) => Err(e.into()),
    }
}
