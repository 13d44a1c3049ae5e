//! Reading a JSON file (the export's format) into raw rows.

use super::{RawRow, RowError};
use wsis_domain::stocktaking::EntryInput;

/// Reads the fields of one entry of a JSON file (the export's `data`
/// object) leniently into the form's raw fields: the form's rules then
/// report unknown codes by field, and a value of the wrong type is reported
/// against its field here.
struct JsonFields<'a> {
    row: usize,
    data: &'a serde_json::Map<String, serde_json::Value>,
    problems: Vec<RowError>,
}

impl JsonFields<'_> {
    fn wrong(&mut self, field: &str, key: &'static str) {
        if !self.problems.iter().any(|p| p.field == field) {
            self.problems.push(RowError::at(self.row, field, key));
        }
    }

    /// Text (a missing value or null is empty).
    fn text(&mut self, field: &str) -> String {
        use serde_json::Value;
        match self.data.get(field) {
            None | Some(Value::Null) => String::new(),
            Some(Value::String(s)) => s.clone(),
            Some(_) => {
                self.wrong(field, "import-json-not-text");
                String::new()
            }
        }
    }

    /// A list of texts (a single text is split into one by `split`).
    fn list(&mut self, field: &str, split: fn(&str) -> Vec<String>) -> Vec<String> {
        use serde_json::Value;
        match self.data.get(field) {
            None | Some(Value::Null) => Vec::new(),
            Some(Value::String(s)) => split(s),
            Some(Value::Array(items)) => {
                let mut out = Vec::new();
                for item in items {
                    match item {
                        Value::String(s) => out.push(s.clone()),
                        _ => self.wrong(field, "import-json-bad-item"),
                    }
                }
                out
            }
            Some(_) => {
                self.wrong(field, "import-json-not-list");
                Vec::new()
            }
        }
    }

    /// A list of objects (or of plain codes): the texts of `keys` in each.
    fn records(&mut self, field: &str, keys: &[&str]) -> Vec<Vec<String>> {
        use serde_json::Value;
        let items = match self.data.get(field) {
            None | Some(Value::Null) => return Vec::new(),
            Some(Value::Array(items)) => items,
            Some(_) => {
                self.wrong(field, "import-json-not-list");
                return Vec::new();
            }
        };
        let mut out = Vec::new();
        for item in items {
            let scalar = |v: &Value| match v {
                Value::String(s) => Some(s.clone()),
                Value::Number(n) => Some(n.to_string()),
                _ => None,
            };
            match item {
                Value::Object(o) => {
                    let mut values = Vec::with_capacity(keys.len());
                    for key in keys {
                        match o.get(*key) {
                            None | Some(Value::Null) => values.push(String::new()),
                            Some(Value::Array(parts)) => {
                                let parts: Option<Vec<String>> = parts.iter().map(scalar).collect();
                                match parts {
                                    Some(p) => values.push(p.join(" ")),
                                    None => {
                                        self.wrong(field, "import-json-bad-item");
                                        values.push(String::new());
                                    }
                                }
                            }
                            Some(v) => match scalar(v) {
                                Some(s) => values.push(s),
                                None => {
                                    self.wrong(field, "import-json-bad-item");
                                    values.push(String::new());
                                }
                            },
                        }
                    }
                    out.push(values);
                }
                other => match scalar(other) {
                    Some(code) => {
                        let mut values = vec![String::new(); keys.len()];
                        values[0] = code;
                        out.push(values);
                    }
                    None => self.wrong(field, "import-json-bad-item"),
                },
            }
        }
        out
    }
}

fn words(s: &str) -> Vec<String> {
    s.split_whitespace().map(str::to_owned).collect()
}

fn lines(s: &str) -> Vec<String> {
    s.lines().map(str::to_owned).collect()
}

pub(super) fn json_inputs(text: &str) -> Result<Vec<RawRow>, Vec<RowError>> {
    use serde_json::Value;
    let Ok(Value::Array(items)) = serde_json::from_str::<Value>(text) else {
        return Err(vec![RowError::file("import-bad-json")]);
    };
    Ok(items
        .iter()
        .enumerate()
        .map(|(i, item)| item_row(i + 1, item))
        .collect())
}

/// JSON Lines (the export's `jsonl`): one entry per line; a line that is not JSON is
/// reported by its row and the lines after it are still checked.
pub(super) fn jsonl_inputs(text: &str) -> Result<Vec<RawRow>, Vec<RowError>> {
    Ok(text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .enumerate()
        .map(
            |(i, line)| match serde_json::from_str::<serde_json::Value>(line) {
                Ok(item) => item_row(i + 1, &item),
                Err(_) => RawRow::failed(i + 1, "entry", "import-bad-json"),
            },
        )
        .collect())
}

/// One entry as the export writes it: `{"id": …, "uid": …, "data": {…}}`.
fn item_row(row: usize, item: &serde_json::Value) -> RawRow {
    use serde_json::Value;
    // Each item is an entry as the export writes it: `{"id": …, "data": {…}}`.
    if !item.is_object() {
        return RawRow::failed(row, "entry", "import-json-not-entry");
    }
    let Some(data) = item.get("data").and_then(Value::as_object) else {
        return RawRow::failed(row, "data", "import-json-not-entry");
    };
    let mut f = JsonFields {
        row,
        data,
        problems: Vec::new(),
    };
    let input = EntryInput {
        title: f.text("title"),
        description: f.text("description"),
        activity_type: f.text("activity_type"),
        organisation: f.text("organisation"),
        stakeholder_type: f.text("stakeholder_type"),
        partners: f.list("partners", lines).join("\n"),
        coverage: f.text("coverage"),
        countries: f.list("countries", words),
        regions: f.list("regions", words),
        action_lines: f
            .records("action_lines", &["code", "rationale"])
            .into_iter()
            .map(|mut v| (std::mem::take(&mut v[0]), std::mem::take(&mut v[1])))
            .collect(),
        sdgs: f
            .records("sdgs", &["goal", "targets", "rationale"])
            .into_iter()
            .map(|mut v| {
                (
                    std::mem::take(&mut v[0]),
                    std::mem::take(&mut v[1]),
                    std::mem::take(&mut v[2]),
                )
            })
            .collect(),
        start_date: f.text("start_date"),
        end_date: f.text("end_date"),
        status: f.text("status"),
        website: f.text("website"),
        contact: f.text("contact"),
        languages: f.list("languages", words),
        language: f.text("language"),
    };
    let mut translations: Vec<wsis_domain::stocktaking::Translation> = Vec::new();
    for t in f.records(
        "translations",
        &["language", "title", "description", "translator"],
    ) {
        // The same check as the entry page's translation form.
        match wsis_domain::stocktaking::Translation::parse(&t[0], &t[1], &t[2], &t[3]) {
            Ok(translation)
                if !translations
                    .iter()
                    .any(|x| x.language == translation.language) =>
            {
                translations.push(translation)
            }
            _ => f.wrong("translations", "import-json-bad-item"),
        }
    }
    let uid = match item.get("uid") {
        None | Some(Value::Null) => None,
        Some(Value::String(u)) => Some(u.clone()),
        Some(_) => {
            f.wrong("uid", "import-uid-invalid");
            None
        }
    };
    RawRow {
        input: Some(input),
        uid,
        translations,
        problems: f.problems,
    }
}
