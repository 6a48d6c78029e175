//! Issue 23 item 5, paper for the room: `session sheet` prints a pre-rating sheet and a
//! ballot (well-formed, printable, self-contained, in either language or both), and
//! `session prerate enter` types in a member's paper sheet at once, with the checks
//! of a typed pre-rating, all or nothing.

use crate::common::Env;
use predicates::prelude::*;

fn parse(html: &str) -> roxmltree::Document<'_> {
    roxmltree::Document::parse_with_options(
        html,
        roxmltree::ParsingOptions {
            allow_dtd: true,
            ..Default::default()
        },
    )
    .expect("the sheet parses as XML")
}

/// Nothing runs and nothing is fetched: no script, no src, no href, no url().
fn assert_self_contained(html: &str) {
    let doc = parse(html);
    assert_eq!(doc.root_element().tag_name().name(), "html");
    for node in doc.descendants().filter(|n| n.is_element()) {
        let name = node.tag_name().name();
        assert_ne!(name, "script");
        assert_ne!(name, "link");
        assert!(node.attribute("src").is_none(), "<{name}> loads something");
        assert!(node.attribute("href").is_none(), "<{name}> links somewhere");
    }
    assert!(!html.contains("url("), "the style fetches something");
    assert!(!html.contains("http://") || html.matches("http://").count() == 1);
}

fn sheet(env: &Env, args: &[&str]) -> String {
    let out = env.path("sheet.html");
    let _ = std::fs::remove_file(&out);
    let mut cmd = env.cmd();
    cmd.args(["session", "sheet"])
        .args(args)
        .arg("-o")
        .arg(&out)
        .assert()
        .success();
    std::fs::read_to_string(&out).unwrap()
}

/// The texts of the elements of one kind (h3: the indicators).
fn texts(html: &str, tag: &str) -> Vec<String> {
    let doc = parse(html);
    doc.descendants()
        .filter(|n| n.has_tag_name(tag))
        .map(|n| {
            n.descendants()
                .filter(|d| d.is_text())
                .filter_map(|d| d.text())
                .collect::<String>()
        })
        .collect()
}

#[test]
fn a_plans_sheet_lists_its_indicators_with_a_box_per_level_and_a_ballot() {
    let env = Env::new();
    let html = sheet(&env, &["baseline-check"]);
    assert_self_contained(&html);
    let doc = parse(&html);
    assert_eq!(doc.root_element().attribute("lang"), Some("en"));
    let indicators = texts(&html, "h3");
    let ids: Vec<&str> = indicators
        .iter()
        .map(|t| t.split(' ').next().unwrap())
        .collect();
    assert_eq!(ids, ["cl-1", "pl-1", "ci-1"], "{indicators:?}");
    assert!(html.contains("Pre-rating sheet"));
    assert!(html.contains("Fully implementing"));
    // Four levels and N/A for each of three indicators, and the ballot's rows.
    let boxes = html.matches('☐').count();
    assert_eq!(boxes, 3 * 5 + 3 * 5, "{boxes}");
    let h2 = texts(&html, "h2");
    assert!(h2.iter().any(|t| t == "Ballot"), "{h2:?}");
}

#[test]
fn the_sheet_in_spanish_and_bilingual() {
    let env = Env::new();
    let es = String::from_utf8(
        env.run_in("es", &["session", "sheet", "baseline-check"])
            .stdout,
    )
    .unwrap();
    assert_self_contained(&es);
    assert_eq!(parse(&es).root_element().attribute("lang"), Some("es"));
    assert!(es.contains("Hoja de calificación previa"), "{es}");
    assert!(es.contains("Papeleta"));
    assert!(!es.contains("Pre-rating sheet"));
    // The rubric's own words in Spanish (the bundled translation of site v2).
    assert!(es.contains("En desarrollo"));
    let both = String::from_utf8(
        env.run_in("es", &["session", "sheet", "baseline-check", "--bilingual"])
            .stdout,
    )
    .unwrap();
    assert_self_contained(&both);
    assert!(both.contains("Hoja de calificación previa / Pre-rating sheet"));
    assert!(both.contains("En desarrollo / Developing"));
    assert!(
        both.contains("lang=\"en\""),
        "the English lines say they are English"
    );
}

fn open_prerating(env: &Env) -> (String, String) {
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
    let code = opened
        .lines()
        .next()
        .unwrap()
        .rsplit("code ")
        .next()
        .unwrap()
        .trim_end_matches('.')
        .to_string();
    (id, code)
}

#[test]
fn a_sessions_sheet_names_the_school_and_how_to_enter_it() {
    let env = Env::new();
    let (_, code) = open_prerating(&env);
    let html = sheet(&env, &[&code]);
    assert_self_contained(&html);
    assert!(html.contains("Lincoln Elementary"));
    assert!(html.contains(&format!("session prerate enter {code}")));
    env.cmd()
        .args(["session", "sheet", "no-such-thing"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "neither a session plan nor a session",
        ));
}

#[test]
fn a_paper_sheet_is_entered_at_once() {
    let env = Env::new();
    let (_, code) = open_prerating(&env);
    env.cmd()
        .args([
            "session",
            "prerate",
            "enter",
            &code,
            "--name",
            "Ana",
            "cl-1=3 pl-1=emerging",
            "ci-1=na",
        ])
        .assert()
        .success()
        .stdout(predicate::str::contains("Entered 3 pre-ratings for Ana"));
    let mine = env.ok(&["session", "prerate", "mine", &code, "--name", "Ana"]);
    assert!(
        mine.contains("cl-1") && mine.contains("Developing"),
        "{mine}"
    );
    assert!(mine.contains("pl-1") && mine.contains("Emerging"), "{mine}");
    assert!(mine.contains("ci-1") && mine.contains("N/A"), "{mine}");
}

#[test]
fn a_bad_paper_sheet_is_refused_with_every_problem_located_and_writes_nothing() {
    let env = Env::new();
    let (_, code) = open_prerating(&env);
    let out = env
        .cmd()
        .args([
            "session",
            "prerate",
            "enter",
            &code,
            "--name",
            "Bo",
            "cl-1=3 zz-9=2 pl-1=7 ci-1 cl-1=2",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("item 2, \"zz-9=2\""), "{err}");
    assert!(err.contains("item 3, \"pl-1=7\""), "{err}");
    assert!(
        err.contains("item 4, \"ci-1\": not INDICATOR=LEVEL"),
        "{err}"
    );
    assert!(
        err.contains("item 5, \"cl-1=2\": cl-1 is given twice"),
        "{err}"
    );
    assert!(err.contains("nothing was entered"), "{err}");
    assert!(!err.contains("item 1,"), "{err}");
    // Not even item 1, which was right: the sheet is all or nothing.
    let status = env.ok(&["session", "prerate", "status", &code]);
    assert!(!status.contains("Bo"), "{status}");
    let mine = env.ok(&["session", "prerate", "mine", &code, "--name", "Bo"]);
    assert!(!mine.contains("cl-1"), "{mine}");
    // In Spanish, the same refusal in Spanish.
    let out = env.run_in(
        "es",
        &[
            "session", "prerate", "enter", &code, "--name", "Bo", "cl-1=9",
        ],
    );
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("elemento 1") && err.contains("no se registró nada"),
        "{err}"
    );
}
