//! Issue 21 item 4: no output of Touchstone reveals a figure of a student group
//! under N students, nor one that could be worked out by subtraction. One school with
//! race groups that add up to all students (white 60, black 33, asian 7: asian is
//! under N = 10, and black goes with it, since all − white − black would give asian
//! back) and English learners (9, alone) in two school years; every output that can
//! carry outcome figures is read for the hidden groups' figures.

use crate::common::Env;

/// (figures that must never show, then the CSV rows). The hidden groups' day counts
/// are numbers found nowhere else.
const HIDDEN: [&str; 12] = [
    "1237", "1113", "5933", "5407", "1619", "1503", "1289", "1217", "5879", "5437", "1621", "1497",
];

const CSV: &str = "school_code,school_year,student_group,days_in_membership,days_present,ca_eligible_n,ca_chronic_n,membership_base_n,stable_n,census_enrollment\n\
0601,2024-25,all,17970,16523,100,20,100,90,100\n\
0601,2024-25,white,10800,10003,60,8,60,55,60\n\
0601,2024-25,black,5933,5407,33,9,33,29,33\n\
0601,2024-25,asian,1237,1113,7,3,7,6,7\n\
0601,2024-25,english_learners,1619,1503,9,4,9,8,9\n\
0601,2025-26,all,18019,16654,101,18,101,93,101\n\
0601,2025-26,white,10851,10000,61,7,61,57,61\n\
0601,2025-26,black,5879,5437,32,7,32,30,32\n\
0601,2025-26,asian,1289,1217,8,2,8,7,8\n\
0601,2025-26,english_learners,1621,1497,9,3,9,8,9\n";

fn school() -> (Env, String) {
    let env = Env::new();
    {
        let mut store = touchstone::store::Store::open(&env.db()).unwrap();
        crate::outcomes::assessed(
            &mut store,
            "Adams",
            Some("North"),
            jiff::civil::date(2026, 3, 1),
            None,
        );
    }
    env.ok(&["schools", "code", "adams", "0601"]);
    let file = env.path("groups.csv");
    std::fs::write(&file, CSV).unwrap();
    env.ok(&["outcomes", "import", file.to_str().unwrap()]);
    let id = env.json(&["list", "--json"])[0]["id"]
        .as_str()
        .unwrap()
        .to_string();
    (env, id)
}

fn bytes_of(env: &Env, lang: &str, args: &[&str]) -> String {
    let out = env.run_in(lang, args);
    crate::common::assert_success(&out);
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn no_output_shows_a_small_group_or_one_that_gives_it_away() {
    let (env, id) = school();
    let mut outputs: Vec<(String, String)> = Vec::new();
    for lang in ["en", "es"] {
        for args in [
            &["rollup"][..],
            &["rollup", "--by", "district", "--trend", "year"],
            &["rollup", "--json", "--by", "district", "--trend", "year"],
            &[
                "rollup", "--format", "csv", "--by", "district", "--trend", "year",
            ],
            &["rollup", "--format", "html"],
            &["outcomes", "export"],
            &["outcomes", "export", "--min-n", "30"],
            &["export", &id],
            &["report", &id],
            &["report", &id, "--format", "json"],
            &["report", &id, "--format", "csv"],
            &["report", &id, "--format", "md"],
            &["report", &id, "--format", "html"],
            &["schools", "list", "--json"],
        ] {
            outputs.push((format!("{lang} {args:?}"), bytes_of(&env, lang, args)));
        }
    }
    // The rows are there (the export lists every group), their figures are not.
    let export = &outputs
        .iter()
        .find(|(k, _)| k == "en [\"outcomes\", \"export\"]")
        .unwrap()
        .1;
    assert!(
        export.contains(",2024-25,asian,,*,*,*,*,*,*,*,"),
        "{export}"
    );
    assert!(
        export.contains(",2024-25,black,,*,*,*,*,*,*,*,"),
        "{export}"
    );
    assert!(
        export.contains(",2024-25,white,,10800,10003,60,8,60,55,60,"),
        "{export}"
    );
    let toml = &outputs
        .iter()
        .find(|(k, _)| k.starts_with("en [\"export\""))
        .unwrap()
        .1;
    assert!(
        toml.contains("student_group = \"asian\"") && toml.contains("\"*\""),
        "{toml}"
    );
    for (what, text) in &outputs {
        for figure in HIDDEN {
            assert!(!text.contains(figure), "{what}: {figure} shows\n{text}");
        }
    }
    // The board's equity view names all students and white only: black, asian and
    // English learners count nowhere (not in a pooled figure either).
    for (what, text) in outputs.iter().filter(|(k, _)| k.contains("html")) {
        if !what.contains("rollup") {
            continue;
        }
        assert!(
            text.contains(if what.starts_with("en") {
                "White"
            } else {
                "Blancos"
            }),
            "{what}"
        );
        for group in [
            "Black or African American",
            "Asian",
            "English learners",
            "Negros o afroamericanos",
            "Asiáticos",
            "Estudiantes de inglés",
        ] {
            assert!(!text.contains(group), "{what}: {group} shows");
        }
        // Nor their rates: black 9/33 = 27.3%, 7/32 = 21.9%; asian 3/7 = 42.9%;
        // English learners 4/9 = 44.4%.
        for rate in [">27.3<", ">21.9<", ">42.9<", ">44.4<"] {
            assert!(!text.contains(rate), "{what}: {rate}");
        }
    }
}
