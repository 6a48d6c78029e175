//! `touchstone session prerate enter CODE --csv FILE`: a stack of paper pre-rating
//! sheets typed into a spreadsheet, one row per rating (`name, indicator, level,
//! comment`). Every row gets the checks a typed pre-rating gets (an indicator the
//! session's plan pre-rates, a level of the rubric, text that may be stored), each
//! problem is named as `FILE:LINE:COL: message`, and the stack is written in one
//! transaction only when every row is right.

use super::Context;
use super::output::print;
use crate::diag::{Diagnostic, read_or_diagnose};
use crate::error::{Error, Result};
use crate::session::prerate::planned;
use crate::store::{LiveSession, PaperRow};
use crate::text::{Shape, checked};
use std::collections::{BTreeSet, HashMap};
use std::path::Path;

/// A field of the file and where it starts (1-based line and column).
#[derive(Debug, Clone, PartialEq, Eq)]
struct Field {
    text: String,
    line: usize,
    col: usize,
}

/// Splits CSV text into records of fields with their places: commas between
/// fields, double quotes around a field that holds commas, quotes (doubled) or line
/// breaks, `\n` or `\r\n` between records, a byte-order mark ignored. Blank lines
/// are skipped. An unclosed quote is a diagnostic at the quote.
fn records(name: &str, text: &str) -> std::result::Result<Vec<Vec<Field>>, Diagnostic> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut out: Vec<Vec<Field>> = Vec::new();
    let mut record: Vec<Field> = Vec::new();
    let (mut line, mut col) = (1usize, 1usize);
    let mut chars = text.chars().peekable();
    let mut field = Field {
        text: String::new(),
        line,
        col,
    };
    let mut quoted: Option<(usize, usize)> = None;
    let mut blank = true;
    while let Some(c) = chars.next() {
        let (at_line, at_col) = (line, col);
        if c == '\n' {
            line += 1;
            col = 1;
        } else {
            col += 1;
        }
        if let Some(start) = quoted {
            if c == '"' {
                if chars.peek() == Some(&'"') {
                    chars.next();
                    col += 1;
                    field.text.push('"');
                } else {
                    quoted = None;
                    let _ = start;
                }
            } else {
                field.text.push(c);
            }
            continue;
        }
        match c {
            '"' if field.text.is_empty() => {
                quoted = Some((at_line, at_col));
                blank = false;
            }
            ',' => {
                blank = false;
                let next = Field {
                    text: String::new(),
                    line,
                    col,
                };
                record.push(std::mem::replace(&mut field, next));
            }
            '\r' if chars.peek() == Some(&'\n') => {}
            '\n' => {
                if !blank || !field.text.trim().is_empty() {
                    record.push(std::mem::replace(
                        &mut field,
                        Field {
                            text: String::new(),
                            line,
                            col,
                        },
                    ));
                    out.push(std::mem::take(&mut record));
                } else {
                    field.line = line;
                    field.col = col;
                }
                blank = true;
            }
            _ => {
                if !c.is_whitespace() {
                    blank = false;
                }
                field.text.push(c);
            }
        }
    }
    if let Some((l, c)) = quoted {
        return Err(Diagnostic {
            file: name.to_string(),
            line: l,
            col: c,
            message: crate::t!("cli-csv-unclosed-quote"),
        });
    }
    if !blank || !field.text.trim().is_empty() {
        record.push(field);
        out.push(record);
    }
    Ok(out)
}

const COLUMNS: [&str; 4] = ["name", "indicator", "level", "comment"];

/// Which field holds each column, from the header row.
fn columns(
    name: &str,
    header: &[Field],
) -> std::result::Result<[Option<usize>; 4], Vec<Diagnostic>> {
    let mut found = [None; 4];
    let mut problems = Vec::new();
    let at = |f: &Field, message: String| Diagnostic {
        file: name.to_string(),
        line: f.line,
        col: f.col,
        message,
    };
    for (i, f) in header.iter().enumerate() {
        let key = f.text.trim().to_lowercase();
        match COLUMNS.iter().position(|c| *c == key) {
            Some(k) if found[k].is_some() => {
                problems.push(at(f, crate::t!("cli-csv-column-twice", column = key)));
            }
            Some(k) => found[k] = Some(i),
            None => problems.push(at(
                f,
                crate::t!(
                    "cli-csv-unknown-column",
                    column = format!("{:?}", crate::text::one_line(f.text.trim()))
                ),
            )),
        }
    }
    for (k, column) in COLUMNS.iter().enumerate().take(3) {
        if found[k].is_none() {
            let first = header.first().cloned().unwrap_or(Field {
                text: String::new(),
                line: 1,
                col: 1,
            });
            problems.push(at(
                &first,
                crate::t!("cli-csv-missing-column", column = *column),
            ));
        }
    }
    if problems.is_empty() {
        Ok(found)
    } else {
        Err(problems)
    }
}

/// The session a pre-rating code names, while it is open for pre-rating.
fn open_session(ctx: &mut Context, code: &str) -> Result<LiveSession> {
    let store = ctx.store()?;
    let id = store.find_session(code)?;
    let live = store.live_session(&id)?;
    if live.ended() || !live.prerating() {
        return Err(Error::input(crate::t!(
            "cli-prerate-closed-already",
            code = &live.code
        )));
    }
    Ok(live)
}

/// Reads, checks and (only when every row is right) records a stack of sheets.
pub fn enter_csv(ctx: &mut Context, code: &str, path: &Path) -> Result<()> {
    let file = path.display().to_string();
    let text = read_or_diagnose(path).map_err(|d| Error::input(d.to_string()))?;
    let live = open_session(ctx, code)?;
    let store = ctx.store()?;
    let rubric = store.load_without_sessions(&live.assessment_id)?.rubric;
    let plan_set: BTreeSet<String> = planned(&live.plan, &rubric, &live.weakest)
        .into_iter()
        .collect();
    let fail = |problems: Vec<Diagnostic>| -> Error {
        let mut lines: Vec<String> = problems.iter().map(ToString::to_string).collect();
        lines.push(crate::t!("cli-enter-nothing", count = problems.len()));
        Error::input(lines.join("\n"))
    };
    let rows = records(&file, &text).map_err(|d| fail(vec![d]))?;
    let Some((header, body)) = rows.split_first() else {
        return Err(fail(vec![Diagnostic {
            file,
            line: 1,
            col: 1,
            message: crate::t!("cli-csv-empty"),
        }]));
    };
    let cols = columns(&file, header).map_err(fail)?;
    let mut problems = Vec::new();
    let mut paper: Vec<PaperRow> = Vec::new();
    let mut seen: HashMap<(String, String), usize> = HashMap::new();
    let at = |f: &Field, message: String| Diagnostic {
        file: file.clone(),
        line: f.line,
        col: f.col,
        message,
    };
    for record in body {
        let start = &record[0];
        if record.len() != header.len() {
            problems.push(at(
                start,
                crate::t!(
                    "cli-csv-fields",
                    count = record.len(),
                    expected = header.len()
                ),
            ));
            continue;
        }
        let get = |k: usize| cols[k].map(|i| &record[i]);
        let (Some(name_f), Some(ind_f), Some(level_f)) = (get(0), get(1), get(2)) else {
            continue;
        };
        let before = problems.len();
        let member = match checked(name_f.text.trim(), Shape::Line, "name") {
            Ok(n) if n.is_empty() => {
                problems.push(at(name_f, crate::t!("cli-name-needed")));
                String::new()
            }
            Ok(n) => n,
            Err(why) => {
                problems.push(at(name_f, why));
                String::new()
            }
        };
        let indicator = ind_f.text.trim();
        if rubric.indicator_index(indicator).is_none() {
            problems.push(at(
                ind_f,
                match rubric.closest_indicator(indicator) {
                    Some(close) => crate::t!(
                        "cli-not-an-indicator-did-you-mean",
                        indicator = format!("{indicator:?}"),
                        rubric = &rubric.id,
                        suggestion = close
                    ),
                    None => crate::t!(
                        "cli-prerate-not-an-indicator",
                        indicator = format!("{indicator:?}"),
                        rubric = &rubric.id
                    ),
                },
            ));
        } else if !plan_set.contains(indicator) {
            problems.push(at(
                ind_f,
                crate::t!(
                    "cli-csv-not-planned",
                    indicator = indicator,
                    plan = &live.plan.id
                ),
            ));
        }
        let level = level_f.text.trim();
        let choice = rubric.parse_choice(level);
        if choice.is_none() {
            problems.push(at(
                level_f,
                crate::t!(
                    "cli-not-a-level",
                    level = format!("{level:?}"),
                    hint = rubric.level_keys_hint()
                ),
            ));
        }
        let comment = match get(3) {
            Some(f) => match checked(f.text.trim(), Shape::Text, "comment") {
                Ok(c) => c,
                Err(why) => {
                    problems.push(at(f, why));
                    String::new()
                }
            },
            None => String::new(),
        };
        if problems.len() > before {
            continue;
        }
        let key = (member.clone(), indicator.to_string());
        if let Some(first) = seen.get(&key) {
            problems.push(at(
                ind_f,
                crate::t!(
                    "cli-csv-twice",
                    name = &member,
                    indicator = indicator,
                    line = *first
                ),
            ));
            continue;
        }
        seen.insert(key, start.line);
        if let Some(choice) = choice {
            paper.push(PaperRow {
                member,
                indicator: indicator.to_string(),
                level: rubric.choice_key(choice).to_string(),
                comment,
            });
        }
    }
    if problems.is_empty() && paper.is_empty() {
        problems.push(at(&header[0], crate::t!("cli-csv-empty")));
    }
    if !problems.is_empty() {
        return Err(fail(problems));
    }
    store.prerate_paper(&live.id, &paper)?;
    let members: BTreeSet<&str> = paper.iter().map(|r| r.member.as_str()).collect();
    print(&format!(
        "{}\n",
        crate::t!(
            "cli-csv-entered",
            count = paper.len(),
            members = members.len(),
            code = &live.code
        )
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(rows: &[Vec<Field>]) -> Vec<Vec<&str>> {
        rows.iter()
            .map(|r| r.iter().map(|f| f.text.as_str()).collect())
            .collect()
    }

    #[test]
    fn fields_keep_their_places_and_quotes_hold_commas_and_line_breaks() {
        let text = "\u{feff}name,indicator,level,comment\r\nAna,cl-1,3,\"minutes, p. 4\"\n\nBo,cl-2,na,\"two\nlines \"\"quoted\"\"\"\n";
        let rows = records("f.csv", text).unwrap();
        assert_eq!(
            texts(&rows),
            [
                vec!["name", "indicator", "level", "comment"],
                vec!["Ana", "cl-1", "3", "minutes, p. 4"],
                vec!["Bo", "cl-2", "na", "two\nlines \"quoted\""],
            ]
        );
        assert_eq!((rows[1][2].line, rows[1][2].col), (2, 10));
        assert_eq!((rows[2][0].line, rows[2][0].col), (4, 1));
        assert_eq!((rows[2][3].line, rows[2][3].col), (4, 12));
    }

    #[test]
    fn an_unclosed_quote_is_named_where_it_opens() {
        let d = records("f.csv", "name,indicator,level\nAna,\"cl-1,3\n").unwrap_err();
        assert_eq!((d.line, d.col), (2, 5));
    }

    #[test]
    fn the_header_names_the_columns_in_any_order() {
        let rows = records("f.csv", "Level,NAME,indicator\n").unwrap();
        assert_eq!(
            columns("f.csv", &rows[0]).unwrap(),
            [Some(1), Some(2), Some(0), None]
        );
        let rows = records("f.csv", "name,indicator,grade\n").unwrap();
        let problems = columns("f.csv", &rows[0]).unwrap_err();
        assert_eq!(problems.len(), 2, "{problems:?}");
        assert_eq!((problems[0].line, problems[0].col), (1, 16));
    }
}
