//! View models of form fields, so that one template renders every form with
//! the same accessible markup: a label, an optional hint, the control, and
//! an error message tied to it by `aria-describedby`; plus an error summary
//! whose links lead to the fields.

use crate::I18N;
use wsis_domain::{FieldErrors, Language};

/// One choice of a select or a checkbox group.
#[derive(Debug, Clone)]
pub struct Choice {
    pub value: String,
    pub label: String,
    pub selected: bool,
}

/// One form field, ready to render.
#[derive(Debug, Clone)]
pub struct Field {
    /// The `name` (and, prefixed with `f-`, the `id`).
    pub name: std::borrow::Cow<'static, str>,
    pub label: String,
    /// `text`, `email`, `password`, `select` or `checkboxes`.
    pub kind: &'static str,
    pub value: String,
    pub required: bool,
    pub autocomplete: &'static str,
    pub hint: Option<String>,
    pub error: Option<String>,
    pub choices: Vec<Choice>,
    /// The language the field's text is typed in, when it is one of several versions
    /// (a title in Arabic): (code, direction, the language's own name). The label names
    /// the language in itself, marked with its `lang`; the control has `lang` and `dir`.
    pub content_lang: Option<(&'static str, &'static str, &'static str)>,
}

impl Field {
    pub fn new(lang: Language, name: &'static str, label_key: &str, kind: &'static str) -> Field {
        Field {
            name: std::borrow::Cow::Borrowed(name),
            label: I18N.tr(lang, label_key),
            kind,
            value: String::new(),
            required: false,
            autocomplete: "off",
            hint: None,
            error: None,
            choices: Vec::new(),
            content_lang: None,
        }
    }
    /// The text is typed in `l` (one version of a text in several languages).
    pub fn in_language(mut self, l: Language) -> Self {
        self.content_lang = Some((l.code(), l.dir(), l.native_name()));
        self
    }
    /// A name made at run time (one field per row of a list: `winner-12`).
    pub fn named(mut self, name: String) -> Self {
        self.name = std::borrow::Cow::Owned(name);
        self
    }
    pub fn required(mut self) -> Self {
        self.required = true;
        self
    }
    pub fn value(mut self, v: impl Into<String>) -> Self {
        self.value = v.into();
        self
    }
    pub fn autocomplete(mut self, a: &'static str) -> Self {
        self.autocomplete = a;
        self
    }
    pub fn hint(mut self, lang: Language, key: &str) -> Self {
        self.hint = Some(I18N.tr(lang, key));
        self
    }
    /// Choices for a select: (value, label). The current value is selected.
    pub fn choices(mut self, choices: impl IntoIterator<Item = (String, String)>) -> Self {
        let current = self.value.clone();
        self.choices = choices
            .into_iter()
            .map(|(value, label)| Choice {
                selected: value == current,
                value,
                label,
            })
            .collect();
        self
    }
    /// Choices for checkboxes, with their checked state.
    pub fn checkboxes(mut self, choices: impl IntoIterator<Item = (String, String, bool)>) -> Self {
        self.choices = choices
            .into_iter()
            .map(|(value, label, selected)| Choice {
                value,
                label,
                selected,
            })
            .collect();
        self
    }
    pub fn id(&self) -> String {
        format!("f-{}", self.name)
    }
    pub fn describedby(&self) -> String {
        let mut ids = Vec::new();
        if self.hint.is_some() {
            ids.push(format!("f-{}-hint", self.name));
        }
        if self.error.is_some() {
            ids.push(format!("f-{}-error", self.name));
        }
        ids.join(" ")
    }
}

/// One entry of the error summary.
#[derive(Debug, Clone)]
pub struct SummaryItem {
    pub href: String,
    pub message: String,
}

/// Attaches localised error messages to the fields and builds the summary,
/// in field order.
pub fn apply_errors(
    lang: Language,
    fields: &mut [Field],
    errors: &FieldErrors,
) -> Vec<SummaryItem> {
    let mut summary = Vec::new();
    for f in fields.iter_mut() {
        if let Some(key) = errors.for_field(&f.name) {
            let message = I18N.tr(lang, key);
            summary.push(SummaryItem {
                href: format!("#{}", f.id()),
                message: message.clone(),
            });
            f.error = Some(message);
        }
    }
    // Errors on fields that are not in the form (should not happen) still show.
    for e in &errors.0 {
        if !fields.iter().any(|f| f.name == e.field) {
            summary.push(SummaryItem {
                href: "#main".into(),
                message: I18N.tr(lang, e.key),
            });
        }
    }
    summary
}

/// Choices for the stakeholder type select.
pub fn stakeholder_choices(lang: Language) -> Vec<(String, String)> {
    wsis_domain::taxonomy::StakeholderType::ALL
        .iter()
        .map(|s| (s.code().to_owned(), s.name().get(lang).to_string()))
        .collect()
}

/// Countries sorted by their name as a reader of the page's language orders them
/// (its collation: "Égypte" with the E in French, Chinese in pinyin order).
pub fn country_choices(lang: Language) -> Vec<(String, String)> {
    let mut v: Vec<(String, String)> = wsis_domain::taxonomy::countries::countries()
        .iter()
        .map(|c| (c.alpha2.clone(), c.names.get(lang).clone()))
        .collect();
    v.sort_by(|a, b| wsis_i18n::collate(lang, &a.1, &b.1));
    v
}

/// The six languages by their own names.
pub fn language_choices() -> Vec<(String, String)> {
    Language::ALL
        .iter()
        .map(|l| (l.code().to_owned(), l.native_name().to_owned()))
        .collect()
}
