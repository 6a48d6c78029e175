//! `touchstone schools`: the schools with their codes, setting a code, and matching
//! a district's roster (name, district, code) to the schools here.

use super::Context;
use super::output::{print, print_exact};
use crate::error::{Error, Result};
use crate::outcomes::table::{Column, Table};
use crate::schools::{Found, Index, Key, School, check_code};
use crate::t;
use std::collections::HashMap;
use std::fmt::Write;
use std::path::Path;

/// Unmatched rows listed before "… and N more".
const LISTED: usize = 20;

/// `schools` and `schools list`.
pub fn list(ctx: &mut Context, as_json: bool) -> Result<()> {
    let schools = ctx.store()?.school_list()?;
    if as_json {
        let rows: Vec<serde_json::Value> = schools
            .iter()
            .map(|s| {
                serde_json::json!({
                    "school": s.name, "district": s.district, "code": s.code,
                    "assessments": s.assessments,
                })
            })
            .collect();
        let text =
            serde_json::to_string_pretty(&rows).map_err(|e| Error::failure(e.to_string()))?;
        return print_exact(&format!("{}\n", crate::text::json(text)));
    }
    if schools.is_empty() {
        return print(&format!("{}\n", t!("schools-none")));
    }
    let width = |f: &dyn Fn(&School) -> String, head: &str| {
        schools
            .iter()
            .map(|s| unicode_width::UnicodeWidthStr::width(f(s).as_str()))
            .chain([unicode_width::UnicodeWidthStr::width(head)])
            .max()
            .unwrap_or(0)
            .min(40)
    };
    let fit = |s: &str, w: usize| {
        let cut = crate::text::fit(&crate::text::one_line(s), w, "…");
        let pad = w.saturating_sub(unicode_width::UnicodeWidthStr::width(cut.as_str()));
        format!("{cut}{}", " ".repeat(pad))
    };
    let (h_school, h_district, h_code) = (
        t!("schools-col-school"),
        t!("schools-col-district"),
        t!("schools-col-code"),
    );
    let w_school = width(&|s| s.name.clone(), &h_school);
    let w_district = width(&|s| s.district.clone().unwrap_or_default(), &h_district);
    let w_code = width(&|s| s.code.clone().unwrap_or_default(), &h_code);
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{}  {}  {}  {}",
        fit(&h_school, w_school),
        fit(&h_district, w_district),
        fit(&h_code, w_code),
        t!("schools-col-assessments")
    );
    for s in &schools {
        let _ = writeln!(
            out,
            "{}  {}  {}  {}",
            fit(&s.name, w_school),
            fit(s.district.as_deref().unwrap_or(""), w_district),
            fit(s.code.as_deref().unwrap_or("—"), w_code),
            s.assessments
        );
    }
    let without = schools.iter().filter(|s| s.code.is_none()).count();
    let _ = writeln!(
        out,
        "\n{}",
        t!(
            "schools-counted",
            schools = schools.len(),
            without = without
        )
    );
    print(&out)
}

/// `schools code SCHOOL CODE` (or `--clear`).
pub fn code(
    ctx: &mut Context,
    school: &str,
    district: Option<&str>,
    code: Option<&str>,
) -> Result<()> {
    let code = code
        .map(|c| check_code(c).map_err(Error::input))
        .transpose()?;
    let store = ctx.store()?;
    let schools: Vec<School> = store
        .school_list()?
        .into_iter()
        .filter(|s| {
            district.is_none_or(|want| {
                s.district
                    .as_deref()
                    .is_some_and(|d| d.to_lowercase() == want.trim().to_lowercase())
            })
        })
        .collect();
    let names: Vec<&str> = schools.iter().map(|s| s.name.as_str()).collect();
    let name = super::trends::school_named(&names, school)?;
    let matching: Vec<&School> = schools.iter().filter(|s| s.name == name).collect();
    let one = match matching.as_slice() {
        [one] => *one,
        _ => {
            return Err(Error::input(t!(
                "schools-name-in-districts",
                school = name.as_str(),
                districts = matching
                    .iter()
                    .map(|s| format!("{:?}", s.district.as_deref().unwrap_or("")))
                    .collect::<Vec<_>>()
                    .join(", ")
            )));
        }
    };
    let shown = crate::store::shown_school(&one.name, one.district.as_deref().unwrap_or(""));
    if one.code == code {
        return print(&format!(
            "{}\n",
            t!("schools-code-unchanged", school = shown.as_str())
        ));
    }
    store.set_school_codes(&[(one.id, code.clone())])?;
    let message = match &code {
        Some(code) => t!(
            "schools-code-set",
            school = shown.as_str(),
            code = code.as_str()
        ),
        None => t!("schools-code-cleared", school = shown.as_str()),
    };
    print(&format!("{message}\n"))
}

/// The columns of a roster `schools match` reads.
pub const ROSTER: &[Column] = &[
    Column {
        name: "school",
        aliases: &["school_name", "name", "sch_name"],
        required: true,
    },
    Column {
        name: "district",
        aliases: &["district_name", "lea_name", "network"],
        required: false,
    },
    Column {
        name: "school_code",
        aliases: &[
            "code",
            "school_id",
            "nces_id",
            "ncessch",
            "state_school_id",
            "st_schid",
            "location_code",
        ],
        required: true,
    },
];

/// What matching a roster found and did.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Matched {
    pub set: usize,
    pub unchanged: usize,
    /// `FILE:LINE: school (district)` for each row that names no school here.
    pub unmatched: Vec<String>,
}

/// `schools match FILE.csv`: every row checked first; any problem (or a code that
/// would change without `replace`) means nothing is written.
pub fn match_roster(ctx: &mut Context, file: &Path, replace: bool) -> Result<()> {
    let text = crate::exchange::batch::read(file)?;
    let name = file.display().to_string();
    let store = ctx.store()?;
    let matched = match_text(store, &name, &text, replace)?;
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{}",
        t!(
            "schools-matched",
            set = matched.set,
            unchanged = matched.unchanged,
            unmatched = matched.unmatched.len()
        )
    );
    for line in matched.unmatched.iter().take(LISTED) {
        let _ = writeln!(out, "  {line}");
    }
    if matched.unmatched.len() > LISTED {
        let _ = writeln!(
            out,
            "  {}",
            t!("schools-more", count = matched.unmatched.len() - LISTED)
        );
    }
    print(&out)
}

/// The work of `schools match` on a file's text (`name` for diagnostics).
pub fn match_text(
    store: &mut crate::store::Store,
    name: &str,
    text: &str,
    replace: bool,
) -> Result<Matched> {
    let table = Table::read(name, text, ROSTER).map_err(Error::Invalid)?;
    let schools = store.school_list()?;
    let by_id: HashMap<i64, &School> = schools.iter().map(|s| (s.id, s)).collect();
    let index = Index::new(&schools);
    let mut problems = Vec::new();
    let mut plan: Vec<(i64, Option<String>)> = Vec::new();
    // Within the file: each code to one school, each school one code.
    let mut code_row: HashMap<String, (i64, usize)> = HashMap::new();
    let mut school_row: HashMap<i64, (String, usize)> = HashMap::new();
    let mut result = Matched::default();
    let mut pending = Vec::new();
    for row in &table.rows {
        let school = table.cell(row, 0).unwrap_or("");
        let district = table.cell(row, 1).filter(|d| !d.is_empty());
        let raw_code = table.cell(row, 2).unwrap_or("");
        let line = table.line(row);
        if school.is_empty() {
            problems.push(table.problem(row, 0, t!("outcomes-cell-empty", column = "school")));
            continue;
        }
        let code = match check_code(raw_code) {
            Ok(c) => c,
            Err(why) => {
                problems.push(table.problem(row, 2, why));
                continue;
            }
        };
        let key = Key::Name {
            name: school.to_string(),
            district: district.map(str::to_string),
        };
        let id = match index.find(&key) {
            Found::One(id) => id,
            Found::None => {
                result.unmatched.push(format!(
                    "{name}:{line}: {}",
                    crate::store::shown_school(school, district.unwrap_or(""))
                ));
                continue;
            }
            Found::Several(_) => {
                problems.push(table.row_problem(row, t!("schools-row-several", school = school)));
                continue;
            }
        };
        if let Some((other, first)) = code_row.get(&code)
            && *other != id
        {
            problems.push(table.problem(
                row,
                2,
                t!(
                    "schools-row-code-twice",
                    code = code.as_str(),
                    line = *first
                ),
            ));
            continue;
        }
        if let Some((first_code, first)) = school_row.get(&id) {
            if *first_code != code {
                problems.push(table.problem(
                    row,
                    2,
                    t!(
                        "schools-row-school-twice",
                        code = first_code.as_str(),
                        line = *first
                    ),
                ));
            }
            continue;
        }
        code_row.insert(code.clone(), (id, line));
        school_row.insert(id, (code.clone(), line));
        let here = by_id.get(&id).and_then(|s| s.code.clone());
        match here {
            Some(h) if h == code => result.unchanged += 1,
            Some(h) if !replace => problems.push(table.problem(
                row,
                2,
                t!(
                    "schools-row-code-differs",
                    here = h.as_str(),
                    file = code.as_str()
                ),
            )),
            _ => plan.push((id, Some(code.clone()))),
        }
        pending.push((row, code, id));
    }
    // A code another school holds is refused, unless this file gives that school
    // another code (two schools may swap codes).
    for (row, code, id) in pending {
        if let Some(holder) = index.holder(&code)
            && holder != id
            && school_row.get(&holder).is_none_or(|(c, _)| *c == code)
        {
            let other = by_id.get(&holder).map_or(String::new(), |s| {
                crate::store::shown_school(&s.name, s.district.as_deref().unwrap_or(""))
            });
            problems.push(table.problem(
                row,
                2,
                t!("schools-code-taken", code = code.as_str(), school = other),
            ));
        }
    }
    if !problems.is_empty() {
        problems.sort_by_key(|d| (d.line, d.col));
        return Err(Error::Invalid(problems));
    }
    store.set_school_codes(&plan)?;
    result.set = plan.len();
    Ok(result)
}
