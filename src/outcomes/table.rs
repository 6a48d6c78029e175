//! Reading a CSV file that someone else's system wrote: columns found by their names
//! (and common aliases, in any case), every cell locatable as `FILE:LINE:COL`, and
//! nothing guessed. Shared by `outcomes import` and `schools match`.

use crate::diag::{Diagnostic, Source};
use crate::t;

/// A column a file may have: its documented name, the other names districts use for
/// it, and whether the file must have it.
#[derive(Debug, Clone, Copy)]
pub struct Column {
    pub name: &'static str,
    pub aliases: &'static [&'static str],
    pub required: bool,
}

/// A header as compared: trimmed, lower case, spaces and dashes as underscores.
pub fn header_key(raw: &str) -> String {
    raw.trim()
        .to_lowercase()
        .chars()
        .map(|c| if c == ' ' || c == '-' { '_' } else { c })
        .collect()
}

/// A file read as rows of text cells, with where each row starts.
pub struct Table<'a> {
    pub src: Source<'a>,
    /// For each wanted column (in the order asked), its index in the file's rows.
    pub at: Vec<Option<usize>>,
    pub rows: Vec<Row>,
}

/// One data row: its cells and the byte where it starts in the file.
pub struct Row {
    pub start: usize,
    pub cells: csv::StringRecord,
}

impl<'a> Table<'a> {
    /// Reads `text` (named `name` in diagnostics) against `columns`: unknown,
    /// repeated and missing required columns, and rows that do not read as CSV, are
    /// all reported at their place.
    pub fn read(
        name: &'a str,
        text: &'a str,
        columns: &[Column],
    ) -> Result<Table<'a>, Vec<Diagnostic>> {
        let src = Source::new(name, text);
        // A byte-order mark some spreadsheets write is not part of the first header.
        let body = text.strip_prefix('\u{feff}').unwrap_or(text);
        let skipped = text.len() - body.len();
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .from_reader(body.as_bytes());
        let mut problems = Vec::new();
        let mut records = reader.records();
        let header = match records.next() {
            Some(Ok(h)) => h,
            Some(Err(e)) => return Err(vec![csv_error(&src, skipped, &e)]),
            None => return Err(vec![src.at(0..0, t!("outcomes-csv-empty"))]),
        };
        let starts = field_starts(body, 0, header.len());
        let mut at = vec![None; columns.len()];
        for (i, raw) in header.iter().enumerate() {
            let key = header_key(raw);
            let place = skipped + starts.get(i).copied().unwrap_or(0);
            match columns
                .iter()
                .position(|c| c.name == key || c.aliases.contains(&key.as_str()))
            {
                Some(k) if at[k].is_some() => problems.push(src.at(
                    place..place,
                    t!(
                        "outcomes-csv-column-twice",
                        column = columns[k].name,
                        found = format!("{raw:?}")
                    ),
                )),
                Some(k) => at[k] = Some(i),
                None => problems.push(src.at(
                    place..place,
                    t!(
                        "outcomes-csv-column-unknown",
                        found = format!("{raw:?}"),
                        known = columns.iter().map(|c| c.name).collect::<Vec<_>>().join(", ")
                    ),
                )),
            }
        }
        for (k, c) in columns.iter().enumerate() {
            if c.required && at[k].is_none() {
                problems.push(src.at(
                    skipped..skipped,
                    t!("outcomes-csv-column-missing", column = c.name),
                ));
            }
        }
        let width = header.len();
        let mut rows = Vec::new();
        for record in records {
            match record {
                Ok(cells) => {
                    let mut start = skipped + cells.position().map_or(0, |p| p.byte() as usize);
                    // The position may be that of blank lines skipped before the row.
                    while matches!(text.as_bytes().get(start), Some(b'\n' | b'\r')) {
                        start += 1;
                    }
                    if cells.len() == 1 && cells[0].trim().is_empty() && width > 1 {
                        continue; // an empty line
                    }
                    if cells.len() != width {
                        problems.push(src.at(
                            start..start,
                            t!(
                                "outcomes-csv-row-width",
                                found = cells.len(),
                                expected = width
                            ),
                        ));
                        continue;
                    }
                    rows.push(Row { start, cells });
                }
                Err(e) => {
                    problems.push(csv_error(&src, skipped, &e));
                    break;
                }
            }
        }
        if problems.is_empty() {
            Ok(Table { src, at, rows })
        } else {
            Err(problems)
        }
    }

    /// The text of wanted column `k` in `row` (trimmed), or `None` when the file has
    /// no such column.
    pub fn cell<'r>(&self, row: &'r Row, k: usize) -> Option<&'r str> {
        self.at[k].and_then(|i| row.cells.get(i)).map(str::trim)
    }

    /// A problem at wanted column `k` of `row` (at the row's start when the file has
    /// no such column).
    pub fn problem(&self, row: &Row, k: usize, message: impl Into<String>) -> Diagnostic {
        let offset = match self.at[k] {
            Some(i) => {
                let starts = field_starts(self.src.text, row.start, i + 1);
                starts.get(i).copied().unwrap_or(row.start)
            }
            None => row.start,
        };
        self.src.at(offset..offset, message)
    }

    /// A problem about the whole row.
    pub fn row_problem(&self, row: &Row, message: impl Into<String>) -> Diagnostic {
        self.src.at(row.start..row.start, message)
    }

    /// The row's 1-based line.
    pub fn line(&self, row: &Row) -> usize {
        self.src.position(row.start).0
    }
}

/// Where each of the first `count` fields of the record starting at byte `start`
/// begins, walking the CSV syntax (quoted fields may hold commas, quotes and line
/// breaks). Only used to say where a problem is.
fn field_starts(text: &str, start: usize, count: usize) -> Vec<usize> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(count);
    let mut i = start;
    while out.len() < count && i <= bytes.len() {
        out.push(i);
        if bytes.get(i) == Some(&b'"') {
            i += 1;
            while i < bytes.len() {
                if bytes[i] == b'"' {
                    if bytes.get(i + 1) == Some(&b'"') {
                        i += 2;
                        continue;
                    }
                    i += 1;
                    break;
                }
                i += 1;
            }
        }
        while i < bytes.len() && !matches!(bytes[i], b',' | b'\n' | b'\r') {
            i += 1;
        }
        if bytes.get(i) == Some(&b',') {
            i += 1;
        } else {
            break;
        }
    }
    out
}

fn csv_error(src: &Source, skipped: usize, e: &csv::Error) -> Diagnostic {
    let offset = e
        .position()
        .map_or(0, |p| skipped + p.byte() as usize)
        .min(src.text.len());
    let message = match e.kind() {
        csv::ErrorKind::Utf8 { .. } => t!("outcomes-csv-not-utf8"),
        _ => t!("outcomes-csv-unreadable", error = e.to_string()),
    };
    src.at(offset..offset, message)
}

#[cfg(test)]
mod tests {
    use super::*;

    const COLUMNS: &[Column] = &[
        Column {
            name: "school",
            aliases: &["school_name"],
            required: true,
        },
        Column {
            name: "code",
            aliases: &["nces_id"],
            required: false,
        },
    ];

    #[test]
    fn columns_by_name_or_alias_in_any_case_and_cells_located() {
        let text = "\u{feff}School Name,NCES-ID\n\"Adams, \"\"A\"\"\",  0601 \n\nB,x\n";
        let t = Table::read("f.csv", text, COLUMNS).unwrap();
        assert_eq!(t.rows.len(), 2);
        assert_eq!(t.cell(&t.rows[0], 0), Some("Adams, \"A\""));
        assert_eq!(t.cell(&t.rows[0], 1), Some("0601"));
        assert_eq!(t.problem(&t.rows[0], 1, "x").to_string(), "f.csv:2:16: x");
        assert_eq!(t.problem(&t.rows[1], 1, "y").to_string(), "f.csv:4:3: y");
        assert_eq!(t.line(&t.rows[1]), 4);
    }

    #[test]
    fn unknown_repeated_and_missing_columns_and_ragged_rows_are_located() {
        let e = Table::read("f.csv", "code,colour,nces_id\n1,2,3\n", COLUMNS)
            .err()
            .unwrap();
        let shown: Vec<String> = e.iter().map(|d| d.to_string()).collect();
        assert!(shown[0].starts_with("f.csv:1:6: "), "{shown:?}");
        assert!(shown[1].starts_with("f.csv:1:13: "), "{shown:?}");
        assert!(shown[2].starts_with("f.csv:1:1: "), "{shown:?}");
        assert!(shown[2].contains("school"), "{shown:?}");
        let e = Table::read("f.csv", "school\nA\nB,C\n", COLUMNS)
            .err()
            .unwrap();
        assert_eq!(e.len(), 1);
        assert!(e[0].to_string().starts_with("f.csv:3:1: "), "{e:?}");
        assert!(Table::read("f.csv", "", COLUMNS).is_err());
    }
}
