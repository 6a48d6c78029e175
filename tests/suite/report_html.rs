//! The HTML report: well-formed, self-contained, escapes what people typed, draws the
//! per-standard bars and, with history, the trend line.

use crate::common::Env;

fn html_report(env: &Env, id: &str) -> String {
    let path = env.path("report.html");
    env.ok(&[
        "report",
        id,
        "--format",
        "html",
        "-o",
        path.to_str().unwrap(),
    ]);
    std::fs::read_to_string(path).unwrap()
}

#[test]
fn the_html_report_is_well_formed_self_contained_and_charts_the_history() {
    let env = Env::new();
    let first = env.ok(&[
        "new",
        "--school",
        "Lincoln <Elementary>",
        "--rubric",
        "cs-site-2017",
        "--rubric-version",
        "1",
        "--date",
        "2025-05-04",
    ]);
    let first = first.trim();
    for i in 1..=6 {
        env.ok(&["rate", first, &format!("cl-{i}"), "developing"]);
    }
    let second = env.ok(&[
        "new",
        "--school",
        "Lincoln <Elementary>",
        "--rubric",
        "cs-site-2017",
        "--rubric-version",
        "1",
        "--date",
        "2026-11-02",
    ]);
    let second = second.trim();
    for i in 1..=6 {
        env.ok(&["rate", second, &format!("cl-{i}"), "full"]);
    }
    env.ok(&[
        "rate",
        second,
        "pl-1",
        "emerging",
        "--note",
        "Survey <script>alert(1)</script> & more",
    ]);
    let html = html_report(&env, second);

    let doc = roxmltree::Document::parse_with_options(
        &html,
        roxmltree::ParsingOptions {
            allow_dtd: true,
            ..Default::default()
        },
    )
    .expect("the report parses as XML");
    let root = doc.root_element();
    assert_eq!(root.tag_name().name(), "html");
    // Nothing is fetched and nothing runs: no scripts, no external links or images.
    for node in doc.descendants().filter(|n| n.is_element()) {
        let name = node.tag_name().name();
        assert_ne!(name, "script", "no script elements");
        assert!(node.attribute("src").is_none(), "<{name}> loads something");
        assert!(node.attribute("href").is_none(), "<{name}> links somewhere");
    }
    let svgs: Vec<_> = doc
        .descendants()
        .filter(|n| n.tag_name().name() == "svg")
        .collect();
    assert_eq!(svgs.len(), 2, "bars and the trend line");
    let bars = svgs[0]
        .descendants()
        .filter(|n| n.tag_name().name() == "rect")
        .count();
    assert_eq!(bars, 2 * 10, "a track and a bar per standard");
    let line = svgs[1]
        .descendants()
        .find(|n| n.tag_name().name() == "polyline")
        .expect("a trend line");
    assert_eq!(
        line.attribute("points").unwrap().split(' ').count(),
        2,
        "one point per assessment"
    );

    let text: String = doc
        .descendants()
        .filter(|n| n.is_text())
        .map(|n| n.text().unwrap())
        .collect();
    assert!(
        text.contains("Lincoln <Elementary>"),
        "the school's name comes through as text"
    );
    assert!(
        text.contains("Survey <script>alert(1)</script> & more"),
        "the note is text, not markup"
    );
    assert!(
        text.contains("10.0% (1/10)"),
        "the standards figure agrees with the other reports"
    );
    assert!(text.contains("Collaborative Leadership ✓"));

    let filtered = html.replace(second, "[assessment id]");
    insta::assert_snapshot!("html_report", filtered);
}

#[test]
fn a_single_assessment_has_no_trend_chart() {
    let env = Env::new();
    let id = env.new_assessment("Roosevelt High");
    let html = html_report(&env, &id);
    assert_eq!(html.matches("<svg").count(), 1);
    assert!(!html.contains("Over time"));
}
