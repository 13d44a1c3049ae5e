//! Importing entries from the open data export's formats: CSV (its columns), JSON and
//! JSON Lines. Every row is checked with the same rules as the form; a dry run lists
//! every problem by row and field; an import with any problem writes nothing. An
//! export imports back as it was: every field, translations and rationales included,
//! and each entry's stable identifier (`uid`), by which a second import matches the
//! entries of the first instead of adding them again.

mod csv;
mod json;

use csv::csv_inputs;
use json::{json_inputs, jsonl_inputs};
use wsis_domain::FieldErrors;
use wsis_domain::stocktaking::{EntryData, EntryInput};

/// The formats an import reads: those of the export.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImportFormat {
    Csv,
    Json,
    Jsonl,
}

impl ImportFormat {
    /// The format of a file by its first character (`[`: JSON, `{`: JSON Lines; a CSV
    /// file starts with its header), else by its name's extension (CSV by default).
    pub fn detect(name: &str, bytes: &[u8]) -> ImportFormat {
        let text = bytes.strip_prefix("\u{feff}".as_bytes()).unwrap_or(bytes);
        match text.iter().find(|b| !b.is_ascii_whitespace()) {
            Some(b'[') => return ImportFormat::Json,
            Some(b'{') => return ImportFormat::Jsonl,
            _ => {}
        }
        let name = name.to_ascii_lowercase();
        if name.ends_with(".jsonl") || name.ends_with(".ndjson") {
            ImportFormat::Jsonl
        } else if name.ends_with(".json") {
            ImportFormat::Json
        } else {
            ImportFormat::Csv
        }
    }
}

/// An entry of a file: its stable identifier if the file gives one, and its content.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportRow {
    pub uid: Option<String>,
    pub data: EntryData,
}

/// Whether a stable identifier is well formed: 1 to 64 letters, digits, `-` or `_`.
pub fn valid_uid(uid: &str) -> bool {
    (1..=64).contains(&uid.len())
        && uid
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// One problem: the row (1 = first data row), the field and a message key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowError {
    pub row: usize,
    pub field: String,
    pub key: &'static str,
}

/// Columns a CSV file must have.
pub const REQUIRED_COLUMNS: &[&str] = &[
    "title",
    "description",
    "language",
    "activity_type",
    "organisation",
    "stakeholder_type",
    "coverage",
    "action_lines",
    "sdgs",
    "status",
];

impl RowError {
    pub(crate) fn file(key: &'static str) -> RowError {
        RowError {
            row: 0,
            field: "file".into(),
            key,
        }
    }

    pub(crate) fn at(row: usize, field: &str, key: &'static str) -> RowError {
        RowError {
            row,
            field: field.to_owned(),
            key,
        }
    }

    /// The problem as a line of text in `lang`: "Row 3, countries: …", or
    /// "coverage: …" for a problem of the whole file or of its columns.
    pub fn describe(&self, lang: wsis_domain::Language) -> String {
        use wsis_i18n::Arg;
        let place = if self.row == 0 {
            self.field.clone()
        } else {
            wsis_i18n::I18N.tr_args(
                lang,
                "import-row",
                &[
                    ("row", Arg::Num(self.row as i64)),
                    ("field", Arg::from(self.field.as_str())),
                ],
            )
        };
        let message = wsis_i18n::I18N.tr(lang, self.key);
        // Fluent's bidi isolation marks would show in a terminal.
        format!("{place}: {message}").replace(['\u{2068}', '\u{2069}'], "")
    }
}

/// One row of a file as read: its raw fields (`None` when the row could not
/// be read at all) and the problems found while reading it.
struct RawRow {
    pub(crate) input: Option<EntryInput>,
    /// The entry's stable identifier, if the file gives one.
    pub(crate) uid: Option<String>,
    /// Translations of the title and description (JSON files carry them).
    pub(crate) translations: Vec<wsis_domain::stocktaking::Translation>,
    pub(crate) problems: Vec<RowError>,
}

impl RawRow {
    /// A row that could not be read at all.
    fn failed(row: usize, field: &str, key: &'static str) -> RawRow {
        RawRow {
            input: None,
            uid: None,
            translations: Vec::new(),
            problems: vec![RowError::at(row, field, key)],
        }
    }
}

/// Parses a whole file: every valid entry, or every problem.
pub fn parse_file(bytes: &[u8], format: ImportFormat) -> Result<Vec<ImportRow>, Vec<RowError>> {
    let Ok(text) = std::str::from_utf8(bytes) else {
        return Err(vec![RowError::file("import-not-utf8")]);
    };
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let rows = match format {
        ImportFormat::Json => json_inputs(text)?,
        ImportFormat::Jsonl => jsonl_inputs(text)?,
        ImportFormat::Csv => csv_inputs(text)?,
    };
    if rows.is_empty() {
        return Err(vec![RowError::file("import-empty")]);
    }
    let mut out = Vec::with_capacity(rows.len());
    let mut problems = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for (i, raw) in rows.into_iter().enumerate() {
        let row = i + 1;
        let mut row_problems = raw.problems;
        if let Some(uid) = &raw.uid {
            if !valid_uid(uid) {
                row_problems.push(RowError::at(row, "uid", "import-uid-invalid"));
            } else if !seen.insert(uid.clone()) {
                row_problems.push(RowError::at(row, "uid", "import-uid-twice"));
            }
        }
        if let Some(input) = raw.input {
            let mut errors = FieldErrors::new();
            let parsed = input.parse(&mut errors);
            // A field already reported while reading (a value of the wrong
            // type) is not reported again by the form's rules.
            let read: Vec<String> = row_problems.iter().map(|p| p.field.clone()).collect();
            row_problems.extend(
                errors
                    .0
                    .into_iter()
                    .filter(|e| !read.iter().any(|f| f == e.field))
                    .map(|e| RowError::at(row, e.field, e.key)),
            );
            if let Some(mut d) = parsed
                && row_problems.is_empty()
            {
                // A translation into the language the entry is written in is its original.
                d.translations = raw
                    .translations
                    .into_iter()
                    .filter(|t| t.language != d.language)
                    .collect();
                out.push(ImportRow {
                    uid: raw.uid,
                    data: d,
                });
            }
        }
        problems.extend(row_problems);
    }
    if problems.is_empty() {
        Ok(out)
    } else {
        Err(problems)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEADER: &str = "title,description,language,activity_type,organisation,stakeholder_type,coverage,countries,action_lines,sdgs,targets,status\n";

    #[test]
    fn a_good_csv_file_imports() {
        let csv = format!(
            "{HEADER}Broadband,Text,en,project,Ministry,government,national,KE UG,C2 C7.4,4 9,4.a 9.c,ongoing\n"
        );
        let rows = parse_file(csv.as_bytes(), ImportFormat::Csv).unwrap();
        assert_eq!(rows.len(), 1);
        assert_eq!(rows[0].data.countries, vec!["KE", "UG"]);
        assert_eq!(rows[0].data.sdgs[1].targets, vec!["9.c"]);
    }

    #[test]
    fn every_problem_is_listed_by_row_and_field() {
        let csv = format!(
            "{HEADER}Ok,Text,en,project,M,government,international,,C1,1,,planned\n,Text,xx,party,M,government,national,ZZ,C99,18,,ongoing\n"
        );
        let errors = parse_file(csv.as_bytes(), ImportFormat::Csv).unwrap_err();
        let got: Vec<_> = errors
            .iter()
            .map(|e| (e.row, e.field.as_str(), e.key))
            .collect();
        assert_eq!(
            got,
            vec![
                (2, "title", "title-required"),
                (2, "activity_type", "activity-type-invalid"),
                (2, "countries", "country-invalid"),
                (2, "action_lines", "action-line-invalid"),
                (2, "sdgs", "sdg-invalid"),
                (2, "language", "language-invalid"),
            ]
        );
    }

    #[test]
    fn files_that_are_not_utf8_or_lack_columns_are_refused() {
        assert_eq!(
            parse_file(b"title\xff\xfe", ImportFormat::Csv).unwrap_err()[0].key,
            "import-not-utf8"
        );
        let e = parse_file(b"title,description\nA,B\n", ImportFormat::Csv).unwrap_err();
        assert!(
            e.iter()
                .any(|e| e.key == "import-missing-column" && e.field == "coverage")
        );
        let e = parse_file(
            HEADER.replace("status", "status,colour").as_bytes(),
            ImportFormat::Csv,
        )
        .unwrap_err();
        assert!(
            e.iter()
                .any(|e| e.key == "import-unknown-column" && e.field == "colour")
        );
        assert_eq!(
            parse_file(b"[{\"data\": 5}]", ImportFormat::Json).unwrap_err()[0].key,
            "import-json-not-entry"
        );
        assert_eq!(
            parse_file(b"not json", ImportFormat::Json).unwrap_err()[0].key,
            "import-bad-json"
        );
    }

    #[test]
    fn a_malformed_record_does_not_stop_the_checking_of_the_rows_after_it() {
        let csv = format!(
            "{HEADER}Ok,Text,en,project,M,government,international,,C1,1,,planned\nShort,Text,en\nBad,Text,en,party,M,government,international,,C1,1,,planned\nTargets,Text,en,project,M,government,international,,C1,1,4.4,planned\nAlso bad,Text,en,project,M,government,national,ZZ,C1,1,,planned\n"
        );
        let errors = parse_file(csv.as_bytes(), ImportFormat::Csv).unwrap_err();
        let got: Vec<_> = errors
            .iter()
            .map(|e| (e.row, e.field.as_str(), e.key))
            .collect();
        assert_eq!(
            got,
            vec![
                (2, "columns", "import-bad-row-length"),
                (3, "activity_type", "activity-type-invalid"),
                (4, "targets", "sdg-target-invalid"),
                (5, "countries", "country-invalid"),
            ]
        );
    }

    fn json_entry(data: serde_json::Value) -> serde_json::Value {
        let mut base = serde_json::json!({
            "title": "Broadband", "description": "Text", "activity_type": "project",
            "organisation": "Ministry", "stakeholder_type": "government",
            "partners": ["ITU", "UNICEF"], "coverage": "national", "countries": ["KE"],
            "regions": [], "action_lines": [{"code": "C2", "rationale": "Roads"}],
            "sdgs": [{"goal": 4, "targets": ["4.a"], "rationale": ""}],
            "start_date": "2018-01-15", "end_date": null, "status": "ongoing",
            "website": null, "contact": null, "languages": ["en", "fr"], "language": "en",
            "translations": []
        });
        for (k, v) in data.as_object().unwrap() {
            base[k] = v.clone();
        }
        serde_json::json!({ "id": 1, "data": base })
    }

    #[test]
    fn a_good_json_file_imports_like_the_export_wrote_it() {
        let file = serde_json::json!([json_entry(serde_json::json!({}))]).to_string();
        let rows = parse_file(file.as_bytes(), ImportFormat::Json).unwrap();
        assert_eq!(rows.len(), 1);
        assert_eq!(rows[0].data.partners, vec!["ITU", "UNICEF"]);
        assert_eq!(rows[0].data.action_lines[0].code, "C2");
        assert_eq!(rows[0].data.sdgs[0].targets, vec!["4.a"]);
        assert_eq!(rows[0].data.languages.len(), 2);
    }

    #[test]
    fn translations_in_a_json_file_are_kept_and_checked() {
        let translated = serde_json::json!({"translations": [
            {"language": "fr", "title": "Écoles connectées", "description": "Des écoles.", "translator": "Service"},
        ]});
        let file = serde_json::json!([json_entry(translated)]).to_string();
        let rows = parse_file(file.as_bytes(), ImportFormat::Json).unwrap();
        assert_eq!(rows[0].data.translations.len(), 1);
        assert_eq!(rows[0].data.translations[0].title, "Écoles connectées");
        assert_eq!(rows[0].data.translations[0].translator, "Service");
        let bad = serde_json::json!({"translations": [{"language": "xx", "title": "?"}]});
        let file = serde_json::json!([json_entry(bad)]).to_string();
        let errors = parse_file(file.as_bytes(), ImportFormat::Json).unwrap_err();
        assert_eq!(
            errors
                .iter()
                .map(|e| (e.row, e.field.as_str(), e.key))
                .collect::<Vec<_>>(),
            vec![(1, "translations", "import-json-bad-item")]
        );
    }

    #[test]
    fn a_translation_without_a_description_or_translator_is_refused() {
        for bad in [
            serde_json::json!({"language": "fr", "title": "Écoles", "description": "", "translator": "Service"}),
            serde_json::json!({"language": "fr", "title": "Écoles", "description": "Des écoles.", "translator": " "}),
        ] {
            let file = serde_json::json!([json_entry(serde_json::json!({"translations": [bad]}))])
                .to_string();
            let errors = parse_file(file.as_bytes(), ImportFormat::Json).unwrap_err();
            assert_eq!(
                errors
                    .iter()
                    .map(|e| (e.row, e.field.as_str(), e.key))
                    .collect::<Vec<_>>(),
                vec![(1, "translations", "import-json-bad-item")]
            );
        }
    }

    #[test]
    fn every_bad_json_entry_is_listed_by_field() {
        let file = serde_json::json!([
            json_entry(serde_json::json!({})),
            json_entry(
                serde_json::json!({"activity_type": "party", "countries": ["ZZ"], "title": 5})
            ),
            json_entry(
                serde_json::json!({"sdgs": [{"goal": 99}], "language": "xx", "countries": "KE"})
            ),
            json_entry(serde_json::json!({"action_lines": "C1", "languages": [7]})),
            5,
        ])
        .to_string();
        let errors = parse_file(file.as_bytes(), ImportFormat::Json).unwrap_err();
        let got: Vec<_> = errors
            .iter()
            .map(|e| (e.row, e.field.as_str(), e.key))
            .collect();
        assert_eq!(
            got,
            vec![
                (2, "title", "import-json-not-text"),
                (2, "activity_type", "activity-type-invalid"),
                (2, "countries", "country-invalid"),
                (3, "sdgs", "sdg-invalid"),
                (3, "language", "language-invalid"),
                (4, "action_lines", "import-json-not-list"),
                (4, "languages", "import-json-bad-item"),
                (5, "entry", "import-json-not-entry"),
            ]
        );
    }

    #[test]
    fn every_problem_has_a_message_in_every_language() {
        for key in [
            "import-bad-row-length",
            "import-json-not-text",
            "import-json-not-list",
            "import-json-bad-item",
            "import-json-not-entry",
            "import-index-followed",
            "import-dry-run-nothing-written",
        ] {
            for lang in wsis_domain::Language::ALL {
                assert!(wsis_i18n::I18N.has(lang, key), "{lang}: {key}");
            }
        }
        let e = RowError::at(3, "countries", "country-invalid");
        assert!(
            e.describe(wsis_domain::Language::En)
                .starts_with("Row 3, countries: "),
            "{}",
            e.describe(wsis_domain::Language::En)
        );
    }
}
