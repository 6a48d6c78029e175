//! The translation checker: every kind of problem at its place, and a good
//! translation keeping ids, keys and scores.

use super::*;
use std::sync::Arc;

const RUBRIC: &str = r#"
format = "touchstone-rubric"
format_version = 1
id = "tiny"
version = "1"
title = "Tiny"
levels = [
  { key = "no", label = "No", score = 1, description = "Not at all" },
  { key = "yes", label = "Yes", score = 2, full = true },
]
[[standards]]
id = "s1"
title = "One"
[[standards.indicators]]
id = "i1"
text = "First"
guidance = "Look"
descriptors = { no = "none", yes = "all" }
[[standards.indicators]]
id = "i2"
text = "Second"
"#;

const GOOD: &str = r#"format = "touchstone-rubric-translation"
format_version = 1
id = "tiny"
version = "1"
language = "es"
title = "Mínima"

[levels.no]
label = "No"
description = "Para nada"

[levels.yes]
label = "Sí"

[standards.s1]
title = "Uno"

[indicators.i1]
text = "Primero"
guidance = "Mire"
descriptors = { no = "nada", yes = "todo" }

[indicators.i2]
text = "Segundo"
"#;

fn rubric() -> Arc<Rubric> {
    Arc::new(super::super::parse("tiny.toml", RUBRIC).unwrap())
}

fn check(text: &str) -> Result<Translation, Vec<String>> {
    let r = rubric();
    let versions = move |id: &str| {
        if id == r.id {
            vec![r.clone()]
        } else {
            Vec::new()
        }
    };
    parse("t.toml", text, &versions).map_err(|ds| ds.iter().map(|d| d.to_string()).collect())
}

#[test]
fn a_good_translation_keeps_ids_keys_and_scores() {
    let t = check(GOOD).unwrap();
    assert_eq!(t.lang, Lang::Es);
    let r = rubric();
    let es = t.apply(&r).unwrap();
    assert_eq!(es.title, "Mínima");
    assert_eq!(es.levels[1].label, "Sí");
    assert_eq!(es.levels[1].key, "yes");
    assert_eq!(es.levels[1].score, 2);
    assert_eq!(es.scoring, r.scoring);
    let (s, i) = es.indicators().next().unwrap();
    assert_eq!((s.id.as_str(), s.title.as_str()), ("s1", "Uno"));
    assert_eq!((i.id.as_str(), i.text.as_str()), ("i1", "Primero"));
    assert_eq!(i.descriptors[0].as_deref(), Some("nada"));
    assert_eq!(es.indicator_index("i2"), Some(1));
    assert!(is_translation(GOOD));
    assert!(!is_translation(RUBRIC));
}

#[test]
fn a_missing_id_is_reported_next_to_its_neighbour() {
    let bad = GOOD.replace("[indicators.i2]\ntext = \"Segundo\"\n", "");
    let errs = check(&bad).unwrap_err();
    assert_eq!(errs.len(), 1, "{errs:#?}");
    assert!(errs[0].starts_with("t.toml:18:1:"), "{errs:#?}");
    assert!(errs[0].contains("missing indicator \"i2\" (it comes after \"i1\")"));
}

#[test]
fn extra_ids_missing_descriptors_and_empty_text_are_each_located() {
    let bad = GOOD
        .replace("yes = \"todo\"", "maybe = \"?\"")
        .replace("text = \"Segundo\"", "text = \"\"\nguidance = \"x\"")
        + "\n[standards.s9]\ntitle = \"Nueve\"\n";
    let errs = check(&bad).unwrap_err();
    let all = errs.join("\n");
    assert_eq!(errs.len(), 5, "{all}");
    assert!(all.contains("extra descriptor \"maybe\""), "{all}");
    assert!(all.contains("missing its descriptor for \"yes\""), "{all}");
    assert!(all.contains("indicator \"i2\" text is empty"), "{all}");
    assert!(all.contains("guidance is extra"), "{all}");
    assert!(all.contains("extra standard \"s9\""), "{all}");
}

#[test]
fn an_unknown_rubric_version_or_language_stops_at_the_header() {
    let errs = check(&GOOD.replace("id = \"tiny\"", "id = \"huge\"")).unwrap_err();
    assert!(errs[0].starts_with("t.toml:3:6:") && errs[0].contains("no rubric \"huge\""));
    let errs = check(&GOOD.replace("version = \"1\"", "version = \"7\"")).unwrap_err();
    assert!(errs[0].starts_with("t.toml:4:11:") && errs[0].contains("known versions: 1"));
    let errs = check(&GOOD.replace("\"es\"", "\"fr\"")).unwrap_err();
    assert!(errs[0].starts_with("t.toml:5:12:") && errs[0].contains("\"fr\""));
}

/// Issue 20, item 16: a "translation" into the rubric's own language (English) would
/// replace the rubric's words; it is refused at its `language`.
#[test]
fn a_translation_into_the_rubrics_own_language_is_refused() {
    let errs = check(&GOOD.replace("\"es\"", "\"en\"")).unwrap_err();
    assert_eq!(errs.len(), 1, "{errs:?}");
    assert!(errs[0].starts_with("t.toml:5:12:"), "{errs:?}");
    assert!(
        errs[0].contains("\"en\" is the rubric's own language"),
        "{errs:?}"
    );
}

#[test]
fn apply_refuses_a_rubric_it_does_not_fit() {
    let t = check(GOOD).unwrap();
    let other = RUBRIC.replace("id = \"i2\"", "id = \"i3\"");
    let other = super::super::parse("o.toml", &other).unwrap();
    assert!(t.apply(&other).is_none());
    let v2 = super::super::parse("o.toml", &RUBRIC.replace("\"1\"", "\"2\"")).unwrap();
    assert!(t.apply(&v2).is_none());
}
