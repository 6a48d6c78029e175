//! Issue 23 item 5: the recorder enters a stack of paper pre-ratings from a CSV file
//! (`session prerate enter CODE --csv FILE`, columns name, indicator, level, comment)
//! with the checks a typed pre-rating gets, every problem located as FILE:LINE:COL,
//! and nothing written unless every row is right.

use crate::common::Env;

/// A site assessment with pre-rating open on the baseline plan (cl-1, pl-1, ci-1).
fn open_prerating(env: &Env) -> String {
    let id = env.new_dated("Lincoln Elementary", "2026-11-02");
    let opened = env.ok(&[
        "session",
        "prerate",
        "open",
        "--assessment",
        &id,
        "--plan",
        "baseline-check",
    ]);
    opened
        .lines()
        .next()
        .unwrap()
        .rsplit("code ")
        .next()
        .unwrap()
        .trim_end_matches('.')
        .to_string()
}

fn enter(env: &Env, lang: &str, code: &str, file: &str) -> std::process::Output {
    env.run_in(lang, &["session", "prerate", "enter", code, "--csv", file])
}

#[test]
fn a_stack_of_sheets_is_entered_at_once_with_each_comment() {
    let env = Env::new();
    let code = open_prerating(&env);
    let file = env.path("stack.csv");
    // A spreadsheet's export: a byte-order mark, CRLF, columns in its own order, a
    // quoted comment with a comma, a blank line, N/A and a level by its key.
    std::fs::write(
        &file,
        "\u{feff}Level,Name,Indicator,Comment\r\n3,Ana,cl-1,\"minutes, p. 4\"\r\n2,Ana,pl-1,\r\n\r\nna,Bo,ci-1,no coordinator yet\r\nemerging,Bo,cl-1,\r\n",
    )
    .unwrap();
    let out = enter(&env, "en", &code, file.to_str().unwrap());
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let said = String::from_utf8(out.stdout).unwrap();
    assert!(
        said.contains(&format!("Entered 4 pre-ratings from 2 sheets on {code}")),
        "{said}"
    );
    let ana = env.ok(&["session", "prerate", "mine", &code, "--name", "Ana"]);
    assert!(ana.contains("cl-1") && ana.contains("Developing"), "{ana}");
    assert!(ana.contains("minutes, p. 4"), "{ana}");
    assert!(ana.contains("pl-1") && ana.contains("Emerging"), "{ana}");
    let bo = env.ok(&["session", "prerate", "mine", &code, "--name", "Bo"]);
    assert!(bo.contains("ci-1") && bo.contains("N/A"), "{bo}");
    assert!(bo.contains("no coordinator yet"), "{bo}");
    assert!(bo.contains("cl-1") && bo.contains("Emerging"), "{bo}");
    let status = env.ok(&["session", "prerate", "status", &code]);
    assert!(status.contains("Ana") && status.contains("Bo"), "{status}");
}

#[test]
fn a_bad_stack_names_every_problem_by_line_and_column_and_writes_nothing() {
    let env = Env::new();
    let code = open_prerating(&env);
    let file = env.path("stack.csv");
    let name = file.to_str().unwrap();
    std::fs::write(
        &file,
        "name,indicator,level,comment\n\
         Ana,cl-1,3,right\n\
         Ana,zz-9,2,\n\
         Bo,cl-2,2,\n\
         Bo,pl-1,7,\n\
         ,ci-1,2,\n\
         Ana,cl-1,2,\n\
         Cy,ci-1\n",
    )
    .unwrap();
    let out = enter(&env, "en", &code, name);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    for (place, says) in [
        ("3:5", "\"zz-9\""),
        (
            "4:4",
            "cl-2 is not pre-rated in this session (plan baseline-check)",
        ),
        ("5:9", "\"7\""),
        ("6:1", ""),
        ("7:5", "Ana rated cl-1 twice in this file (first on line 2)"),
        (
            "8:1",
            "this row has 2 fields and the first line names 4 columns",
        ),
    ] {
        let line = err
            .lines()
            .map(|l| l.trim_start_matches("error: "))
            .find(|l| l.starts_with(&format!("{name}:{place}: ")))
            .unwrap_or_else(|| panic!("no problem at {place} in\n{err}"));
        assert!(line.contains(says), "{line}");
    }
    assert!(
        !err.contains(&format!("{name}:2:")),
        "line 2 is right: {err}"
    );
    assert!(
        err.contains("nothing was entered: correct these 6 problems"),
        "{err}"
    );
    // Not even line 2, which was right: the stack is all or nothing.
    let status = env.ok(&["session", "prerate", "status", &code]);
    assert!(!status.contains("Ana"), "{status}");
    let mine = env.ok(&["session", "prerate", "mine", &code, "--name", "Ana"]);
    assert!(!mine.contains("cl-1"), "{mine}");
    // The same refusal in Spanish.
    let out = enter(&env, "es", &code, name);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("Ana calificó cl-1 dos veces en este archivo (la primera en la línea 2)"),
        "{err}"
    );
    assert!(err.contains("no se registró nada"), "{err}");
}

#[test]
fn a_file_without_the_columns_or_rows_is_refused_at_its_first_line() {
    let env = Env::new();
    let code = open_prerating(&env);
    let file = env.path("stack.csv");
    let name = file.to_str().unwrap();
    for (text, place, says) in [
        (
            "name,indicator,grade\nAna,cl-1,3\n",
            "1:16",
            "unknown column \"grade\"",
        ),
        (
            "name,indicator,grade\nAna,cl-1,3\n",
            "1:1",
            "names no level column",
        ),
        ("name,indicator,level\n", "1:1", "no ratings"),
        ("", "1:1", "no ratings"),
        (
            "name,indicator,level\nAna,\"cl-1,3\n",
            "2:5",
            "a quoted field is not closed",
        ),
    ] {
        std::fs::write(&file, text).unwrap();
        let out = enter(&env, "en", &code, name);
        assert_eq!(out.status.code(), Some(2), "{text:?}");
        let err = String::from_utf8(out.stderr).unwrap();
        assert!(
            err.lines()
                .map(|l| l.trim_start_matches("error: "))
                .any(|l| l.starts_with(&format!("{name}:{place}: ")) && l.contains(says)),
            "{text:?}: {err}"
        );
    }
    let out = enter(&env, "en", &code, env.path("missing.csv").to_str().unwrap());
    assert_eq!(out.status.code(), Some(2));
    let status = env.ok(&["session", "prerate", "status", &code]);
    assert!(!status.contains("Ana"), "{status}");
}

#[test]
fn the_csv_replaces_the_pairs_and_the_name() {
    let env = Env::new();
    let code = open_prerating(&env);
    let file = env.path("stack.csv");
    std::fs::write(&file, "name,indicator,level\nAna,cl-1,3\n").unwrap();
    let out = env.run_in(
        "en",
        &[
            "session",
            "prerate",
            "enter",
            &code,
            "--csv",
            file.to_str().unwrap(),
            "--name",
            "Ana",
        ],
    );
    assert_eq!(out.status.code(), Some(2));
    let out = env.run_in("en", &["session", "prerate", "enter", &code]);
    assert_eq!(out.status.code(), Some(2));
}
