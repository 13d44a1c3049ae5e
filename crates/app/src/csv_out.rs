//! CSV as spreadsheet programs open it, safely: UTF-8 with a byte-order mark (so that
//! Excel shows Arabic, Chinese and Cyrillic as text, not mojibake), CRLF line ends
//! (RFC 4180), every field quoted, and every cell a spreadsheet would run as a formula
//! made text (OWASP "CSV injection"): a cell that starts with `=`, `+`, `-`, `@`, a tab
//! or a carriage return gets a leading apostrophe. A cell that starts with an
//! apostrophe gets one more, so that [`read_cell`] gives back exactly what was written
//! (the import reads the export losslessly).

use std::borrow::Cow;

/// The byte-order mark every CSV file starts with.
pub const BOM: &str = "\u{feff}";

/// A CSV writer into memory, the BOM already written.
pub fn writer() -> csv::Writer<Vec<u8>> {
    csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .quote_style(csv::QuoteStyle::Always)
        .from_writer(BOM.as_bytes().to_vec())
}

/// A CSV writer into memory for rows that follow others (no BOM).
pub fn bare_writer() -> csv::Writer<Vec<u8>> {
    csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .quote_style(csv::QuoteStyle::Always)
        .from_writer(Vec::new())
}

/// A cell as written: formula triggers neutralised.
pub fn cell(value: &str) -> Cow<'_, str> {
    match value.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r' | '\'') => Cow::Owned(format!("'{value}")),
        _ => Cow::Borrowed(value),
    }
}

/// A record of cells, each through [`cell`].
pub fn write_row<I, S>(w: &mut csv::Writer<Vec<u8>>, cells: I) -> csv::Result<()>
where
    I: IntoIterator<Item = S>,
    S: AsRef<str>,
{
    let cells: Vec<String> = cells
        .into_iter()
        .map(|c| cell(c.as_ref()).into_owned())
        .collect();
    w.write_record(&cells)
}

/// A cell as read back: the apostrophe [`cell`] added is taken off.
pub fn read_cell(value: &str) -> &str {
    value.strip_prefix('\'').unwrap_or(value)
}

/// A whole CSV document (BOM, header, rows), every cell through [`cell`].
pub fn to_csv(header: &[&str], rows: &[Vec<String>]) -> Result<String, String> {
    let mut w = writer();
    write_row(&mut w, header).map_err(|e| e.to_string())?;
    for r in rows {
        write_row(&mut w, r).map_err(|e| e.to_string())?;
    }
    let bytes = w.into_inner().map_err(|e| e.to_string())?;
    String::from_utf8(bytes).map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_become_text_and_read_back_exactly() {
        for (raw, written) in [
            (
                "=HYPERLINK(\"http://evil\")",
                "'=HYPERLINK(\"http://evil\")",
            ),
            ("+1", "'+1"),
            ("-2+3", "'-2+3"),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("\t=1", "'\t=1"),
            ("'quoted'", "''quoted'"),
            ("Broadband for all", "Broadband for all"),
            ("", ""),
            ("数字", "数字"),
        ] {
            assert_eq!(cell(raw), written);
            assert_eq!(read_cell(&cell(raw)), raw);
        }
    }

    #[test]
    fn files_start_with_a_bom_and_end_lines_with_crlf() {
        let mut w = writer();
        write_row(&mut w, ["a", "=b"]).unwrap();
        write_row(&mut w, ["شبكة", "c\nd"]).unwrap();
        let text = String::from_utf8(w.into_inner().unwrap()).unwrap();
        assert_eq!(text, "\u{feff}\"a\",\"'=b\"\r\n\"شبكة\",\"c\nd\"\r\n");
    }
}
