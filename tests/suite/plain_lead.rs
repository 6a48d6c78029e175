//! Plain mode that can lead (issue 24 item 6): create an assessment, undo and redo,
//! `clear` and replacing a note ask first, announcements name the segment, a plain
//! viewer follows the sessions of its room, and a whole session facilitated through a
//! pipe. Driven through pipes to the real binary and read back as transcripts.

use crate::common::Env;
use crate::plain_mode::transcript;
use touchstone::store::Store;

/// `new` asks field by field with the form's checks: a refused answer is said and
/// asked again, Enter takes what the question offers, and the new assessment opens.
#[test]
fn new_asks_each_field_checks_it_and_opens_the_new_assessment() {
    let env = Env::new();
    let text = transcript(
        env.cmd().arg("--plain"),
        "new\n\nLincoln Elementary\nDistrict 5\n2026-13-01\n2026-10-01\nAna, Bo ,\n\n9\n\nquit\n",
    );
    for line in [
        "A new assessment. Answer each question",
        "School? (required)",
        "Not accepted: School is required.",
        "District? Press Enter for none.",
        "Not accepted: \"2026-13-01\" is not a date like 2026-11-22.",
        "Team members, separated by commas? Press Enter for none.",
        "Facilitator? Press Enter for none.",
        "9 is not one of the rubrics: type a number from 1 to",
        "Created the assessment of Lincoln Elementary (District 5), 2026-10-01, ",
        "Opened Lincoln Elementary, 2026-10-01",
        "Type a number to rate cl-1",
    ] {
        assert!(text.contains(line), "missing {line:?} in:\n{text}");
    }
    let store = Store::open(&env.db()).expect("open");
    let mut found = Vec::new();
    store
        .each_listed(|a| {
            found.push(a.id.clone());
            Ok(())
        })
        .expect("list");
    assert_eq!(found.len(), 1);
    let a = store.load(&found[0]).expect("load");
    assert_eq!(a.meta.school, "Lincoln Elementary");
    assert_eq!(a.meta.district.as_deref(), Some("District 5"));
    assert_eq!(a.meta.date.to_string(), "2026-10-01");
    assert_eq!(a.meta.team, vec!["Ana", "Bo"]);
    assert_eq!(a.meta.facilitator, None);
    assert_eq!(a.rubric.id, "cs-site-2017");
}

/// `new SCHOOL` takes the school from the words; `cancel` creates nothing; a school
/// the text policy refuses is refused as the form refuses it.
#[test]
fn new_with_the_school_in_the_words_and_cancel() {
    let env = Env::new();
    let text = transcript(
        env.cmd().arg("--plain"),
        "new Riverside High\ncancel\nlist\nquit\n",
    );
    assert!(text.contains("District? Press Enter for none."), "{text}");
    assert!(!text.contains("School? (required)"), "{text}");
    assert!(
        text.contains("Cancelled: no assessment created."),
        "{text}"
    );
    assert!(text.contains("No assessments yet."), "{text}");
    // In Spanish, the same questions.
    let text = transcript(env.cmd().args(["--plain", "--lang", "es"]), "nueva\nsalir\n");
    assert!(text.contains("¿Escuela? (obligatorio)"), "{text}");
}
