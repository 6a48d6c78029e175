//! Issue 23 item 2: every report says how many indicators of *this* standard may be
//! below full, counted from the rubric's threshold and the standard's applicable
//! indicators ("all but one of 8"), not "80%": text, Markdown and HTML in English and
//! Spanish, JSON as a number.

use crate::common::Env;

/// A v2 site assessment: Collaborative Leadership has 8 indicators, Student-Centered
/// Data 11, Sustainability 5 of which two are marked N/A here (3 applicable).
fn assessment(env: &Env) -> String {
    let id = env.new_v2_dated("Lincoln Elementary", "2026-11-02");
    env.ok(&["rate", &id, "su-1", "na"]);
    env.ok(&["rate", &id, "su-2", "na"]);
    id
}

fn report(env: &Env, lang: &str, id: &str, format: &str) -> String {
    let out = env.run_in(lang, &["report", id, "--format", format]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// The line of a text or Markdown report that starts with a standard's title.
fn row<'a>(text: &'a str, title: &str) -> &'a str {
    text.lines()
        .find(|l| l.trim_start_matches("| ").starts_with(title))
        .unwrap_or_else(|| panic!("no row for {title} in\n{text}"))
}

#[test]
fn the_text_and_markdown_reports_say_per_standard_how_many_may_be_below_full() {
    let env = Env::new();
    let id = assessment(&env);
    for format in ["text", "md"] {
        let en = report(&env, "en", &id, format);
        assert!(en.contains("Needed at full"), "{en}");
        assert!(row(&en, "Collaborative Leadership").contains("all but one of 8"));
        assert!(row(&en, "Student-Centered Data").contains("all but 2 of 11"));
        // Three applicable: 80% of 3 is every one of them.
        assert!(row(&en, "Sustainability").contains("all 3"));
        let es = report(&env, "es", &id, format);
        assert!(es.contains("Necesarios en el nivel completo"), "{es}");
        assert!(row(&es, "Liderazgo colaborativo").contains("todos menos uno de 8"));
        assert!(row(&es, "Datos centrados en el estudiante").contains("todos menos 2 de 11"));
        assert!(row(&es, "Sostenibilidad").contains("los 3"));
    }
}

#[test]
fn the_html_report_says_it_per_standard_in_both_languages() {
    let env = Env::new();
    let id = assessment(&env);
    let en = report(&env, "en", &id, "html");
    assert!(en.contains("Needed at full: all but one of 8"), "{en}");
    assert!(en.contains("Needed at full: all but 2 of 11"));
    assert!(en.contains("Needed at full: all 3"));
    let es = report(&env, "es", &id, "html");
    assert!(es.contains("Necesarios en el nivel completo: todos menos uno de 8"));
    assert!(es.contains("Necesarios en el nivel completo: los 3"));
}

#[test]
fn json_gives_the_number_that_may_be_below_full_per_standard() {
    let env = Env::new();
    let id = assessment(&env);
    let json = env.json(&["report", &id, "--format", "json"]);
    let by: std::collections::HashMap<&str, u64> = json["by_standard"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            (
                s["id"].as_str().unwrap(),
                s["may_be_below_full"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(by["collaborative-leadership"], 1);
    assert_eq!(by["student-centered-data"], 2);
    assert_eq!(by["sustainability"], 0);
    // All-or-nothing (version 1): none anywhere.
    let v1 = env.new_assessment("Garfield Middle");
    let json = env.json(&["report", &v1, "--format", "json"]);
    assert!(
        json["by_standard"]
            .as_array()
            .unwrap()
            .iter()
            .all(|s| s["may_be_below_full"] == 0)
    );
}
