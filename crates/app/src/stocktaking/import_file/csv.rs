//! Reading a CSV file (the columns of the open data export) into raw rows.

use super::{REQUIRED_COLUMNS, RawRow, RowError};
use crate::stocktaking::export::CSV_COLUMNS;
use wsis_domain::stocktaking::{EntryInput, Translation};

pub(super) fn csv_inputs(text: &str) -> Result<Vec<RawRow>, Vec<RowError>> {
    // Flexible, so that a row with a wrong number of fields is reported and
    // the rows after it are still checked.
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .from_reader(text.as_bytes());
    let headers = reader
        .headers()
        .map_err(|_| vec![RowError::file("import-bad-csv")])?
        .clone();
    let missing: Vec<RowError> = REQUIRED_COLUMNS
        .iter()
        .filter(|c| !headers.iter().any(|h| h.trim() == **c))
        .map(|c| RowError::at(0, c, "import-missing-column"))
        .collect();
    if !missing.is_empty() {
        return Err(missing);
    }
    let unknown: Vec<RowError> = headers
        .iter()
        .filter(|h| !CSV_COLUMNS.contains(&h.trim()))
        .map(|h| RowError::at(0, h, "import-unknown-column"))
        .collect();
    if !unknown.is_empty() {
        return Err(unknown);
    }
    let col = |name: &str| headers.iter().position(|h| h.trim() == name);
    let mut rows = Vec::new();
    for (i, record) in reader.records().enumerate() {
        let row = i + 1;
        let record = match record {
            Ok(r) if r.len() == headers.len() => r,
            // Fields out of place would only give misleading problems: the
            // row is reported as a whole and the checking goes on.
            Ok(_) => {
                rows.push(RawRow::failed(row, "columns", "import-bad-row-length"));
                continue;
            }
            Err(_) => {
                rows.push(RawRow::failed(row, "row", "import-bad-csv"));
                continue;
            }
        };
        let get = |name: &str| {
            col(name)
                .and_then(|c| record.get(c))
                .map(crate::csv_out::read_cell)
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
        let goals = words("sdgs");
        let mut problems = Vec::new();
        // Targets whose goal is not listed are a problem too.
        if targets.iter().any(|t| {
            !goals
                .iter()
                .any(|g| t.split('.').next() == Some(g.as_str()))
        }) {
            problems.push(RowError::at(row, "targets", "sdg-target-invalid"));
        }
        // The rationales: a JSON object from code (`C2`, `4`) to text.
        let rationales: serde_json::Map<String, serde_json::Value> = match get("rationales").trim()
        {
            "" => serde_json::Map::new(),
            text => match serde_json::from_str(text) {
                Ok(serde_json::Value::Object(m)) if m.values().all(|v| v.is_string()) => m,
                _ => {
                    problems.push(RowError::at(row, "rationales", "import-json-bad-item"));
                    serde_json::Map::new()
                }
            },
        };
        let rationale = |code: &str| {
            rationales
                .get(code)
                .and_then(|v| v.as_str())
                .unwrap_or("")
                .to_owned()
        };
        // The translations: the JSON array the JSON export writes.
        let mut translations: Vec<Translation> = Vec::new();
        match get("translations").trim() {
            "" => {}
            text => match serde_json::from_str::<Vec<serde_json::Value>>(text) {
                Ok(items) => {
                    for t in items {
                        let field = |k: &str| t.get(k).and_then(|v| v.as_str()).unwrap_or("");
                        match Translation::parse(
                            field("language"),
                            field("title"),
                            field("description"),
                            field("translator"),
                        ) {
                            Ok(tr) if !translations.iter().any(|x| x.language == tr.language) => {
                                translations.push(tr)
                            }
                            _ => {
                                problems.push(RowError::at(
                                    row,
                                    "translations",
                                    "import-json-bad-item",
                                ));
                                break;
                            }
                        }
                    }
                }
                Err(_) => problems.push(RowError::at(row, "translations", "import-json-bad-item")),
            },
        }
        let uid = Some(get("uid")).filter(|u| !u.is_empty());
        let input = EntryInput {
            title: get("title"),
            description: get("description"),
            activity_type: get("activity_type"),
            organisation: get("organisation"),
            stakeholder_type: get("stakeholder_type"),
            // One partner per line, as the export writes them.
            partners: get("partners"),
            coverage: get("coverage"),
            countries: words("countries"),
            regions: words("regions"),
            action_lines: words("action_lines")
                .into_iter()
                .map(|c| {
                    let r = rationale(&c);
                    (c, r)
                })
                .collect(),
            sdgs: goals
                .into_iter()
                .map(|g| {
                    let mine: Vec<&str> = targets
                        .iter()
                        .filter(|t| t.split('.').next() == Some(g.as_str()))
                        .map(String::as_str)
                        .collect();
                    let r = rationale(&g);
                    (g, mine.join(" "), r)
                })
                .collect(),
            start_date: get("start_date"),
            end_date: get("end_date"),
            status: get("status"),
            website: get("website"),
            contact: get("contact"),
            languages: words("languages"),
            language: get("language"),
        };
        rows.push(RawRow {
            input: Some(input),
            uid,
            translations,
            problems,
        });
    }
    Ok(rows)
}
