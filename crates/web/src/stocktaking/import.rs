//! Importing entries from CSV (the columns of the open data export) or JSON
//! (the export's format). Every row is checked with the same rules as the
//! form; a dry run lists every problem by row and field; an import with any
//! problem writes nothing.

use super::api::CSV_COLUMNS;
use wsis_domain::FieldErrors;
use wsis_domain::stocktaking::{EntryData, EntryInput};

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

/// Parses a whole file: every valid entry, or every problem.
pub fn parse_file(bytes: &[u8], json: bool) -> Result<Vec<EntryData>, Vec<RowError>> {
    let Ok(text) = std::str::from_utf8(bytes) else {
        return Err(vec![RowError {
            row: 0,
            field: "file".into(),
            key: "import-not-utf8",
        }]);
    };
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let inputs = if json {
        json_inputs(text)?
    } else {
        csv_inputs(text)?
    };
    if inputs.is_empty() {
        return Err(vec![RowError {
            row: 0,
            field: "file".into(),
            key: "import-empty",
        }]);
    }
    let mut out = Vec::with_capacity(inputs.len());
    let mut problems = Vec::new();
    for (i, input) in inputs.iter().enumerate() {
        let mut errors = FieldErrors::new();
        match input.parse(&mut errors) {
            Some(d) if errors.is_empty() => out.push(d),
            _ => problems.extend(errors.0.into_iter().map(|e| RowError {
                row: i + 1,
                field: e.field.to_owned(),
                key: e.key,
            })),
        }
    }
    if problems.is_empty() {
        Ok(out)
    } else {
        Err(problems)
    }
}

fn csv_inputs(text: &str) -> Result<Vec<EntryInput>, Vec<RowError>> {
    let mut reader = csv::ReaderBuilder::new()
        .flexible(false)
        .from_reader(text.as_bytes());
    let headers = reader
        .headers()
        .map_err(|_| {
            vec![RowError {
                row: 0,
                field: "file".into(),
                key: "import-bad-csv",
            }]
        })?
        .clone();
    let missing: Vec<RowError> = REQUIRED_COLUMNS
        .iter()
        .filter(|c| !headers.iter().any(|h| h.trim() == **c))
        .map(|c| RowError {
            row: 0,
            field: (*c).to_owned(),
            key: "import-missing-column",
        })
        .collect();
    if !missing.is_empty() {
        return Err(missing);
    }
    let unknown: Vec<RowError> = headers
        .iter()
        .filter(|h| !CSV_COLUMNS.contains(&h.trim()))
        .map(|h| RowError {
            row: 0,
            field: h.to_owned(),
            key: "import-unknown-column",
        })
        .collect();
    if !unknown.is_empty() {
        return Err(unknown);
    }
    let col = |name: &str| headers.iter().position(|h| h.trim() == name);
    let mut inputs = Vec::new();
    for (i, record) in reader.records().enumerate() {
        let record = record.map_err(|_| {
            vec![RowError {
                row: i + 1,
                field: "file".into(),
                key: "import-bad-csv",
            }]
        })?;
        let get = |name: &str| {
            col(name)
                .and_then(|c| record.get(c))
                .unwrap_or("")
                .to_owned()
        };
        let words = |name: &str| {
            get(name)
                .split_whitespace()
                .map(str::to_owned)
                .collect::<Vec<_>>()
        };
        let targets = words("targets");
        inputs.push(EntryInput {
            title: get("title"),
            description: get("description"),
            activity_type: get("activity_type"),
            organisation: get("organisation"),
            stakeholder_type: get("stakeholder_type"),
            partners: get("partners")
                .split(';')
                .map(str::trim)
                .collect::<Vec<_>>()
                .join("\n"),
            coverage: get("coverage"),
            countries: words("countries"),
            regions: words("regions"),
            action_lines: words("action_lines")
                .into_iter()
                .map(|c| (c, String::new()))
                .collect(),
            sdgs: words("sdgs")
                .into_iter()
                .map(|g| {
                    let mine: Vec<&str> = targets
                        .iter()
                        .filter(|t| t.split('.').next() == Some(g.as_str()))
                        .map(String::as_str)
                        .collect();
                    (g, mine.join(" "), String::new())
                })
                .collect(),
            start_date: get("start_date"),
            end_date: get("end_date"),
            status: get("status"),
            website: get("website"),
            contact: get("contact"),
            languages: words("languages"),
            language: get("language"),
        });
        // Targets whose goal is not listed are a problem too.
        let goals = words("sdgs");
        if targets.iter().any(|t| {
            !goals
                .iter()
                .any(|g| t.split('.').next() == Some(g.as_str()))
        }) {
            return Err(vec![RowError {
                row: i + 1,
                field: "targets".into(),
                key: "sdg-target-invalid",
            }]);
        }
    }
    Ok(inputs)
}

fn json_inputs(text: &str) -> Result<Vec<EntryInput>, Vec<RowError>> {
    #[derive(serde::Deserialize)]
    struct Item {
        data: serde_json::Value,
    }
    let items: Vec<Item> = serde_json::from_str(text).map_err(|_| {
        vec![RowError {
            row: 0,
            field: "file".into(),
            key: "import-bad-json",
        }]
    })?;
    let mut inputs = Vec::new();
    for (i, item) in items.into_iter().enumerate() {
        let data: EntryData = serde_json::from_value(item.data).map_err(|_| {
            vec![RowError {
                row: i + 1,
                field: "data".into(),
                key: "import-bad-json",
            }]
        })?;
        inputs.push(EntryInput::from_data(&data));
    }
    Ok(inputs)
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
        let rows = parse_file(csv.as_bytes(), false).unwrap();
        assert_eq!(rows.len(), 1);
        assert_eq!(rows[0].countries, vec!["KE", "UG"]);
        assert_eq!(rows[0].sdgs[1].targets, vec!["9.c"]);
    }

    #[test]
    fn every_problem_is_listed_by_row_and_field() {
        let csv = format!(
            "{HEADER}Ok,Text,en,project,M,government,international,,C1,1,,planned\n,Text,xx,party,M,government,national,ZZ,C99,18,,ongoing\n"
        );
        let errors = parse_file(csv.as_bytes(), false).unwrap_err();
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
            parse_file(b"title\xff\xfe", false).unwrap_err()[0].key,
            "import-not-utf8"
        );
        let e = parse_file(b"title,description\nA,B\n", false).unwrap_err();
        assert!(
            e.iter()
                .any(|e| e.key == "import-missing-column" && e.field == "coverage")
        );
        let e =
            parse_file(HEADER.replace("status", "status,colour").as_bytes(), false).unwrap_err();
        assert!(
            e.iter()
                .any(|e| e.key == "import-unknown-column" && e.field == "colour")
        );
        assert_eq!(
            parse_file(b"[{\"data\": 5}]", true).unwrap_err()[0].key,
            "import-bad-json"
        );
        assert_eq!(
            parse_file(b"not json", true).unwrap_err()[0].key,
            "import-bad-json"
        );
    }
}
