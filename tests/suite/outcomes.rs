//! School codes (`touchstone schools`, the exchange file's `school_code`) and outcome
//! data (`touchstone outcomes import/export`), through the real binary.

use crate::common::Env;

fn fails(env: &Env, args: &[&str]) -> String {
    let out = env.cmd().args(args).output().expect("run");
    assert!(!out.status.success(), "touchstone {args:?} succeeded");
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    String::from_utf8(out.stderr).unwrap()
}

fn db_bytes(env: &Env) -> Vec<u8> {
    // Through SQLite's own dump, so a file written in place is compared by content.
    let conn = rusqlite::Connection::open(env.db()).unwrap();
    let mut out = Vec::new();
    for table in ["schools", "outcomes"] {
        let mut stmt = conn
            .prepare(&format!("SELECT * FROM {table} ORDER BY 1, 2, 3"))
            .unwrap();
        let n = stmt.column_count();
        let mut rows = stmt.query([]).unwrap();
        while let Some(r) = rows.next().unwrap() {
            for i in 0..n {
                out.extend(format!("{:?}|", r.get_ref(i).unwrap()).bytes());
            }
            out.push(b'\n');
        }
    }
    out
}

/// Two schools (one in a district) with an assessment each.
fn two_schools() -> Env {
    let env = Env::new();
    env.ok(&[
        "new",
        "--school",
        "Adams",
        "--district",
        "North",
        "--rubric",
        "cs-site-2017",
    ]);
    env.ok(&["new", "--school", "Baker", "--rubric", "cs-site-2017"]);
    env
}

#[test]
fn schools_list_set_clear_and_refuse_a_code_taken() {
    let env = two_schools();
    let list = env.ok(&["schools"]);
    assert!(list.contains("Adams") && list.contains("North"), "{list}");
    assert!(list.contains("2 schools, 2 without a code"), "{list}");
    let set = env.ok(&["schools", "code", "adams", "0600001"]);
    assert!(
        set.contains("Adams (North) now has the code 0600001"),
        "{set}"
    );
    let json = env.json(&["schools", "list", "--json"]);
    assert_eq!(json[0]["code"], "0600001", "{json}");
    assert_eq!(json[1]["code"], serde_json::Value::Null);
    let err = fails(&env, &["schools", "code", "baker", "0600001"]);
    assert!(err.contains("already the code of Adams (North)"), "{err}");
    let err = fails(&env, &["schools", "code", "baker", "06 01"]);
    assert!(err.contains("not a school code"), "{err}");
    env.ok(&["schools", "code", "adams", "--clear"]);
    assert_eq!(
        env.json(&["schools", "list", "--json"])[0]["code"],
        serde_json::Value::Null
    );
    // In Spanish too.
    let out = env.run_in("es", &["schools"]);
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains("Escuela") && text.contains("sin código"),
        "{text}"
    );
}

#[test]
fn a_roster_sets_codes_lists_unmatched_rows_and_is_all_or_nothing() {
    let env = two_schools();
    let roster = env.path("roster.csv");
    std::fs::write(
        &roster,
        "School Name,District Name,NCESSCH\nADAMS,north,060000100001\nBaker,,060000100002\nCarver,South,060000100003\n",
    )
    .unwrap();
    let out = env.ok(&["schools", "match", roster.to_str().unwrap()]);
    assert!(
        out.contains("Codes set: 2; already so: 0; rows naming no school here: 1"),
        "{out}"
    );
    assert!(out.contains("roster.csv:4: Carver (South)"), "{out}");
    // Again: nothing to do.
    let again = env.ok(&["schools", "match", roster.to_str().unwrap()]);
    assert!(again.contains("Codes set: 0; already so: 2"), "{again}");
    // A roster that gives Baker another code, and a bad code: located, nothing written.
    std::fs::write(
        &roster,
        "school,district,school_code\nBaker,,0699\nAdams,North,06 x\n",
    )
    .unwrap();
    let before = db_bytes(&env);
    let err = fails(&env, &["schools", "match", roster.to_str().unwrap()]);
    assert!(
        err.contains("roster.csv:2:8: this school has the code 060000100002 here"),
        "{err}"
    );
    assert!(err.contains("roster.csv:3:13: "), "{err}");
    assert_eq!(db_bytes(&env), before);
    // With --replace, and two schools may swap codes in one roster.
    std::fs::write(
        &roster,
        "school,district,school_code\nBaker,,060000100001\nAdams,North,060000100002\n",
    )
    .unwrap();
    env.ok(&["schools", "match", roster.to_str().unwrap(), "--replace"]);
    let json = env.json(&["schools", "list", "--json"]);
    assert_eq!(json[0]["code"], "060000100002");
    assert_eq!(json[1]["code"], "060000100001");
}

#[test]
fn the_exchange_file_carries_the_code_and_old_files_still_import() {
    let env = two_schools();
    env.ok(&["schools", "code", "adams", "0600001"]);
    let list = env.json(&["list", "--json"]);
    let id = list
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["school"] == "Adams")
        .unwrap()["id"]
        .as_str()
        .unwrap()
        .to_string();
    let first = env.ok(&["export", &id]);
    assert!(
        first.contains("district = \"North\"\nschool_code = \"0600001\"\n"),
        "{first}"
    );
    // Into a new database: the school arrives with its code, and the export is the same.
    let other = Env::new();
    let file = other.path("adams.toml");
    std::fs::write(&file, &first).unwrap();
    other.ok(&["import", file.to_str().unwrap()]);
    assert_eq!(other.ok(&["export", &id]), first);
    assert_eq!(
        other.json(&["schools", "list", "--json"])[0]["code"],
        "0600001"
    );
    // A file from before codes (no school_code) imports unchanged and keeps the code.
    let old = first.replace("school_code = \"0600001\"\n", "");
    std::fs::write(&file, &old).unwrap();
    let out = other.ok(&["import", file.to_str().unwrap()]);
    assert!(out.contains("unchanged"), "{out}");
    assert_eq!(other.ok(&["export", &id]), first);
    // A file giving the school another code conflicts, and --replace changes it.
    std::fs::write(&file, first.replace("0600001", "0600009")).unwrap();
    let err = fails(&other, &["import", file.to_str().unwrap()]);
    assert!(
        err.contains("has the code 0600001 here; the file gives 0600009"),
        "{err}"
    );
    other.ok(&["import", file.to_str().unwrap(), "--replace"]);
    assert_eq!(
        other.json(&["schools", "list", "--json"])[0]["code"],
        "0600009"
    );
    // A code another school holds is refused even with --replace.
    other.ok(&["new", "--school", "Baker", "--rubric", "cs-site-2017"]);
    other.ok(&["schools", "code", "baker", "0600001"]);
    std::fs::write(&file, &first).unwrap();
    let err = fails(&other, &["import", file.to_str().unwrap(), "--replace"]);
    assert!(
        err.contains("the code 0600001 is already the code of Baker here"),
        "{err}"
    );
    // A bad code in a file is located.
    std::fs::write(&file, first.replace("0600001", "06 01")).unwrap();
    let err = fails(&other, &["import", file.to_str().unwrap()]);
    let line = first
        .lines()
        .position(|l| l.starts_with("school_code"))
        .unwrap()
        + 1;
    assert!(err.contains(&format!("adams.toml:{line}:15: ")), "{err}");
}

const HEADER: &str = "school_code,school,district,school_year,student_group,growth_subject,days_in_membership,days_present,ca_eligible_n,ca_chronic_n,membership_base_n,stable_n,census_enrollment,growth_n,median_sgp,tested_n,proficient_n\n";

fn coded() -> Env {
    let env = two_schools();
    env.ok(&["schools", "code", "adams", "0601"]);
    env
}

#[test]
fn import_with_aliases_and_suppression_then_a_byte_identical_round_trip() {
    let env = coded();
    let file = env.path("district.csv");
    // A district's own column names, a year written two ways, suppressed cells.
    std::fs::write(
        &file,
        "NCES ID,School Name,LEA Name,School Year,Subgroup,Days Enrolled,Days Attended,Chronically Absent,CA Eligible,Enrollment\n\
         0601,,,2024-25,All Students,18000,16920,17,100,104\n\
         0601,,,2025,English Learners,<10,*,--,<10,\n\
         ,Baker,,2023-2024,Economically Disadvantaged,9000,8100,12,50,51\n\
         ,Carver,South,2025,All Students,100,90,1,10,10\n",
    )
    .unwrap();
    let out = env.ok(&["outcomes", "import", file.to_str().unwrap()]);
    assert!(
        out.contains("added: 3; replaced: 0; unchanged: 0; rows naming no school here: 1"),
        "{out}"
    );
    assert!(out.contains("district.csv:5: Carver (South)"), "{out}");
    let exported = env.ok(&["outcomes", "export"]);
    assert_eq!(
        exported,
        format!(
            "{HEADER}\
             0601,Adams,North,2024-25,all,,18000,16920,100,17,,,104,,,,\n\
             0601,Adams,North,2024-25,english_learners,,*,*,*,*,,,,,,,\n\
             ,Baker,,2023-24,econ_disadvantaged,,*,*,*,*,,,*,,,,\n"
        )
    );
    // Baker's group has no all-students row to check it against: it leaves suppressed.
    // Re-importing the same file, or the export, changes nothing.
    let before = db_bytes(&env);
    let again = env.ok(&["outcomes", "import", file.to_str().unwrap()]);
    assert!(
        again.contains("added: 0; replaced: 0; unchanged: 3"),
        "{again}"
    );
    let export_file = env.path("export.csv");
    std::fs::write(&export_file, &exported).unwrap();
    env.ok(&["outcomes", "import", export_file.to_str().unwrap()]);
    assert_eq!(db_bytes(&env), before);
    // Into another database with the same schools: the export is byte-identical.
    let other = coded();
    other.ok(&["outcomes", "import", export_file.to_str().unwrap()]);
    assert_eq!(other.ok(&["outcomes", "export"]), exported);
}

#[test]
fn differing_figures_are_listed_and_need_replace() {
    let env = coded();
    let file = env.path("a.csv");
    std::fs::write(
        &file,
        format!("{HEADER}0601,,,2025,all,,180,170,10,1,,,,,,,\n"),
    )
    .unwrap();
    env.ok(&["outcomes", "import", file.to_str().unwrap()]);
    std::fs::write(
        &file,
        format!("{HEADER}0601,,,2025,all,,180,171,10,2,,,,,,,\n"),
    )
    .unwrap();
    let before = db_bytes(&env);
    let err = fails(&env, &["outcomes", "import", file.to_str().unwrap()]);
    assert!(err.contains("Adams (North) 2024-25 all: days_present 171 in the file, 170 here; ca_chronic_n 2 in the file, 1 here"), "{err}");
    assert!(err.contains("nothing was imported (use --replace"), "{err}");
    assert_eq!(db_bytes(&env), before);
    let out = env.ok(&["outcomes", "import", file.to_str().unwrap(), "--replace"]);
    assert!(out.contains("replaced: 1"), "{out}");
    assert!(env.ok(&["outcomes", "export"]).contains(",180,171,10,2,"));
    // A suppressed cell where a figure is stored knows less: unchanged.
    std::fs::write(
        &file,
        format!("{HEADER}0601,,,2025,all,,180,171,10,*,,,,,,,\n"),
    )
    .unwrap();
    let out = env.ok(&["outcomes", "import", file.to_str().unwrap()]);
    assert!(out.contains("unchanged: 1"), "{out}");
}

/// Every kind of bad cell, each at its line and column; nothing is written.
#[test]
fn every_bad_cell_is_located_and_nothing_is_written() {
    let env = coded();
    let file = env.path("bad.csv");
    // Each row with the column of its problem, counted by hand.
    let rows = [
        // 2: a year that is not one (col 8)
        "0601,,,2024-26,all,,180,170,,,,,,,,,",
        // 3: present > membership (col 22, the 181)
        "0601,,,2025,all,,180,181,,,,,,,,,",
        // 4: chronic > eligible (col 25, the 11)
        "0601,,,2025,white,,,,10,11,,,,,,,",
        // 5: a negative count (col 24)
        "0601,,,2025,black,,,,,,-3,1,,,,,",
        // 6: not a whole number (col 20)
        "0601,,,2025,asian,,ten,1,,,,,,,,,",
        // 7: a percentile out of range (col 32)
        "0601,,,2025,all,math,,,,,,,,30,120,,",
        // 8: an empty group (col 13), and a row with no figures (col 1)
        "0601,,,2025,,,,,,,,,,,,,",
        // 9 and 10: the same school, year, group and subject twice (line 10, col 1)
        "0601,,,2023,all,,,,,,,,50,,,,",
        "0601,,,2023,all,,,,,,,,51,,,,",
        // 11: proficient > tested (col 37)
        "0601,,,2025,all,reading,,,,,,,,,,10,11",
        // 12: a code that cannot be one (col 1)
        "06 01,,,2025,all,,,,,,,,5,,,,",
    ];
    std::fs::write(&file, format!("{HEADER}{}\n", rows.join("\n"))).unwrap();
    let before = db_bytes(&env);
    let err = fails(&env, &["outcomes", "import", file.to_str().unwrap()]);
    let places: Vec<&str> = err
        .lines()
        .filter_map(|l| l.strip_prefix(file.to_str().unwrap()))
        .map(|l| l.split(": ").next().unwrap())
        .collect();
    assert_eq!(
        places,
        [
            ":2:8", ":3:22", ":4:25", ":5:24", ":6:20", ":7:32", ":8:1", ":8:13", ":10:1",
            ":11:37", ":12:1"
        ],
        "{err}"
    );
    assert_eq!(db_bytes(&env), before);
}

/// A small group never leaves in the CSV export, nor can it be worked out from the
/// total less the other groups; `--min-n` raises the bar, within 10 to 30.
#[test]
fn the_export_suppresses_small_groups_and_their_complements() {
    let env = coded();
    let file = env.path("groups.csv");
    std::fs::write(
        &file,
        format!(
            "{HEADER}\
             0601,,,2025,all,,,,100,20,,,,,,,\n\
             0601,,,2025,hispanic,,,,60,12,,,,,,,\n\
             0601,,,2025,white,,,,32,5,,,,,,,\n\
             0601,,,2025,black,,,,8,3,,,,,,,\n\
             0601,,,2025,econ_disadvantaged,,,,70,17,,,,,,,\n\
             0601,,,2025,english_learners,,,,20,4,,,,,,,\n"
        ),
    )
    .unwrap();
    env.ok(&["outcomes", "import", file.to_str().unwrap()]);
    let out = env.ok(&["outcomes", "export"]);
    assert!(out.contains(",all,,,,100,20,"), "{out}");
    assert!(out.contains(",hispanic,,,,60,12,"), "{out}");
    assert!(out.contains(",black,,,,*,*,"), "{out}");
    assert!(
        out.contains(",white,,,,*,*,"),
        "32 would give 8 back: {out}"
    );
    for hidden in [",8,", ",3,", ",32,", ",5,"] {
        assert!(!out.contains(hidden), "{hidden} in {out}");
    }
    assert!(out.contains(",english_learners,,,,20,4,"), "{out}");
    let strict = env.ok(&["outcomes", "export", "--min-n", "30"]);
    assert!(strict.contains(",english_learners,,,,*,*,"), "{strict}");
    assert!(strict.contains(",econ_disadvantaged,,,,70,17,"), "{strict}");
    for n in ["5", "31", "ten"] {
        let err = fails(&env, &["outcomes", "export", "--min-n", n]);
        assert!(err.contains("from 10 to 30"), "{err}");
    }
}

/// The school's outcome rows travel in its exchange file (small groups suppressed),
/// arrive with it in another database, and export → import → export stays
/// byte-identical; a file whose rows differ needs --replace; a bad figure is located.
#[test]
fn outcomes_travel_in_the_exchange_file() {
    let env = coded();
    let file = env.path("a.csv");
    std::fs::write(
        &file,
        format!(
            "{HEADER}\
             0601,,,2025,all,,18000,16920,100,17,110,99,104,,,,\n\
             0601,,,2025,english_learners,,900,800,6,2,,,,,,,\n\
             0601,,,2025,all,math,,,,,,,,80,52.5,,\n"
        ),
    )
    .unwrap();
    env.ok(&["outcomes", "import", file.to_str().unwrap()]);
    let id = env
        .json(&["list", "--json"])
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["school"] == "Adams")
        .unwrap()["id"]
        .as_str()
        .unwrap()
        .to_string();
    let first = env.ok(&["export", &id]);
    assert!(
        first.contains(
            "[[outcomes]]\nschool_year = \"2024-25\"\nstudent_group = \"all\"\ndays_in_membership = 18000\n"
        ),
        "{first}"
    );
    assert!(
        first.contains("growth_subject = \"math\"\ngrowth_n = 80\nmedian_sgp = 52.5\n"),
        "{first}"
    );
    assert!(
        first.contains("student_group = \"english_learners\"\ndays_in_membership = \"*\"\n"),
        "{first}"
    );
    assert!(
        !first.contains("= 6\n") && !first.contains("= 800\n"),
        "{first}"
    );
    let other = coded();
    let toml = other.path("adams.toml");
    std::fs::write(&toml, &first).unwrap();
    other.ok(&["import", toml.to_str().unwrap()]);
    assert_eq!(other.ok(&["export", &id]), first);
    assert!(
        other
            .ok(&["outcomes", "export"])
            .contains("0601,Adams,North,2024-25,all,math,")
    );
    // Importing it where it came from changes nothing (the suppressed cells know less).
    let out = env.ok(&["import", toml.to_str().unwrap()]);
    assert!(out.contains("unchanged"), "{out}");
    assert!(
        env.ok(&["outcomes", "export"])
            .contains(",english_learners,,*,*,*,*,")
    );
    // Other figures in the file: listed, and --replace takes them.
    std::fs::write(
        &toml,
        first.replace("days_present = 16920", "days_present = 16000"),
    )
    .unwrap();
    let err = fails(&other, &["import", toml.to_str().unwrap()]);
    assert!(
        err.contains("days_present: 16000 in the file, 16920 here")
            || err.contains("days_present 16000 in the file, 16920 here"),
        "{err}"
    );
    other.ok(&["import", toml.to_str().unwrap(), "--replace"]);
    assert!(other.ok(&["outcomes", "export"]).contains(",18000,16000,"));
    // A bad figure is located in the file.
    std::fs::write(
        &toml,
        first.replace("days_present = 16920", "days_present = 19000"),
    )
    .unwrap();
    let err = fails(&other, &["import", toml.to_str().unwrap(), "--replace"]);
    let line = first
        .lines()
        .position(|l| l == "days_present = 16920")
        .unwrap()
        + 1;
    assert!(
        err.contains(&format!(
            "adams.toml:{line}:16: days_present cannot be more than days_in_membership"
        )),
        "{err}"
    );
}

/// One assessment of `school` on `date`: every indicator at `level`, or only the
/// baseline indicators at the full level (`level` None), submitted.
pub(crate) fn assessed(
    store: &mut touchstone::store::Store,
    school: &str,
    district: Option<&str>,
    date: jiff::civil::Date,
    level: Option<&str>,
) {
    let registry = touchstone::rubric::Registry::bundled();
    let entry = registry.get("cs-site-2017", "1").unwrap();
    let id = store
        .create(&touchstone::store::NewAssessment {
            school,
            district,
            date,
            team: &[],
            facilitator: None,
            rubric: &entry.rubric,
            rubric_text: &entry.text,
        })
        .unwrap();
    let a = store.load(&id).unwrap();
    for (_, ind) in entry.rubric.indicators() {
        let key = match level {
            Some(l) => l,
            None if ind.baseline => "full",
            None => "not-yet",
        };
        let choice = entry.rubric.parse_choice(key);
        store.rate(&a, &ind.id, choice, None, "t").unwrap();
    }
    store.submit(&id, &[], "t").unwrap();
}

/// The three headline measures on a network worked by hand, as of 30 June 2026:
/// Adams met the baseline a year earlier and still does, fully implementing
/// (sustained); Baker meets it for the first time (new); Carver does not. Adams's
/// outcomes demonstrate equitable impact (attendance and stability met); Baker has
/// one year of data (not enough data).
fn headline_network() -> Env {
    let env = Env::new();
    {
        let mut store = touchstone::store::Store::open(&env.db()).unwrap();
        let d = jiff::civil::date;
        assessed(&mut store, "Adams", Some("North"), d(2025, 3, 1), None);
        assessed(
            &mut store,
            "Adams",
            Some("North"),
            d(2026, 3, 1),
            Some("full"),
        );
        assessed(&mut store, "Baker", Some("South"), d(2026, 3, 1), None);
        assessed(
            &mut store,
            "Carver",
            Some("South"),
            d(2026, 3, 1),
            Some("not-yet"),
        );
    }
    env.ok(&["schools", "code", "adams", "0601"]);
    let file = env.path("o.csv");
    std::fs::write(
        &file,
        format!(
            "{HEADER}\
             0601,,,2024,all,,,,100,30,110,88,,,,,\n\
             0601,,,2024,hispanic,,,,40,16,40,30,,,,,\n\
             0601,,,2026,all,,,,100,24,110,99,,,,,\n\
             0601,,,2026,hispanic,,,,40,12,40,34,,,,,\n\
             ,Baker,South,2026,all,,,,80,10,,,,,,,\n"
        ),
    )
    .unwrap();
    env.ok(&["outcomes", "import", file.to_str().unwrap()]);
    env
}

#[test]
fn rollup_shows_the_three_headline_measures() {
    let env = headline_network();
    let text = env.ok(&["rollup", "--as-of", "2026-06-30", "--by", "district"]);
    assert!(
        text.contains("Community schools (meeting the baseline criteria): 2 (1 new, 1 sustained from a year earlier)"),
        "{text}"
    );
    assert!(
        text.contains("Fully implementing: 50.0% (1/2) of community schools; 33.3% (1/3) of all assessed schools"),
        "{text}"
    );
    assert!(
        text.contains("Demonstrating equitable impact: 100.0% (1/1) of community schools with enough outcome data; not enough data: 1"),
        "{text}"
    );
    assert!(text.contains("Equitable impact: for attendance"), "{text}");
    assert!(
        text.contains("South     1 community schools (1 new, 0 sustained)"),
        "{text}"
    );
    let json = env.json(&[
        "rollup",
        "--as-of",
        "2026-06-30",
        "--by",
        "district",
        "--json",
    ]);
    let h = &json["headline"];
    assert_eq!(h["community_schools"], 2, "{json}");
    assert_eq!(
        (h["new"].as_u64(), h["sustained"].as_u64()),
        (Some(1), Some(1))
    );
    assert_eq!(h["equitable_impact"]["numerator"], 1, "{json}");
    assert_eq!(h["not_enough_data"], 1);
    assert_eq!(json["impact_rule"]["min_n"], 10);
    assert_eq!(json["by_district"][0]["headline"]["community_schools"], 1);
    let csv = env.ok(&["rollup", "--as-of", "2026-06-30", "--format", "csv"]);
    assert!(csv.contains("network,,community_schools,2,3,"), "{csv}");
    assert!(
        csv.contains("network,,community_sustained,1,2,50,"),
        "{csv}"
    );
    assert!(
        csv.contains("network,,fully_implementing_of_community,1,2,50,"),
        "{csv}"
    );
    assert!(csv.contains("network,,equitable_impact,1,1,100,"), "{csv}");
    // A year earlier nobody had been a community school before: Adams is new then.
    let before = env.json(&["rollup", "--as-of", "2025-06-30", "--json"]);
    assert_eq!(before["headline"]["new"], 1, "{before}");
    // The rule's parameters: with N = 30 hispanic (40) still counts; a baseline year
    // equal to the year judged leaves nothing to compare.
    let strict = env.json(&["rollup", "--as-of", "2026-06-30", "--json", "--min-n", "30"]);
    assert_eq!(strict["headline"]["equitable_impact"]["numerator"], 1);
    let later = env.json(&[
        "rollup",
        "--as-of",
        "2026-06-30",
        "--json",
        "--impact-baseline",
        "2025-26",
    ]);
    assert_eq!(later["headline"]["not_enough_data"], 2, "{later}");
    // In Spanish.
    let es = String::from_utf8(
        env.run_in("es", &["rollup", "--as-of", "2026-06-30"])
            .stdout,
    )
    .unwrap();
    assert!(
        es.contains("Escuelas comunitarias (que cumplen los criterios del nivel base): 2"),
        "{es}"
    );
}

/// The equitable-impact rule's parameters as what-if flags, on the network worked
/// by hand above: Adams has enough data for two indicators (attendance met,
/// stability's gap did not narrow: 80% − 75% = 5 points at baseline, 90% − 85% =
/// 5 now), growth none. Asking for three indicators leaves Adams without enough
/// data; asking for every indicator (100%) makes one of two too few. Each output
/// says "what if"; the declared rule says nothing of the kind.
#[test]
fn rollup_impact_what_if_flags_change_the_verdict_and_say_so() {
    let env = headline_network();
    let at = ["rollup", "--as-of", "2026-06-30"];
    let declared = env.ok(&at);
    assert!(!declared.contains("WHAT IF"), "{declared}");
    let args = |extra: &[&'static str]| [&at[..], extra].concat();
    let three = env.json(&args(&["--impact-min-indicators", "3", "--json"]));
    let h = &three["headline"];
    assert_eq!(h["equitable_impact"]["denominator"], 0, "{three}");
    assert_eq!(h["not_enough_data"], 2, "{three}");
    assert!(
        three["impact_rule"]["what_if"]
            .as_str()
            .unwrap()
            .starts_with("WHAT IF"),
        "{three}"
    );
    assert_eq!(three["impact_rule"]["min_indicators"], 3);
    let all = env.json(&args(&["--impact-share", "100%", "--json"]));
    assert_eq!(all["headline"]["equitable_impact"]["numerator"], 0, "{all}");
    assert_eq!(
        all["headline"]["equitable_impact"]["denominator"], 1,
        "{all}"
    );
    assert_eq!(all["impact_rule"]["share"], 1.0);
    // The declared rule: Adams meets one of two, half, so it demonstrates.
    let own = env.json(&args(&["--json"]));
    assert_eq!(own["headline"]["equitable_impact"]["numerator"], 1, "{own}");
    assert!(own["impact_rule"]["what_if"].is_null(), "{own}");
    // Text: labelled above and below the measures; CSV: the impact rows.
    let text = env.ok(&args(&["--impact-share", "1"]));
    assert_eq!(
        text.matches("WHAT IF: equitable impact").count(),
        2,
        "{text}"
    );
    assert!(text.contains("at least 100% of the indicators"), "{text}");
    let csv = env.ok(&args(&["--impact-share", "1", "--format", "csv"]));
    let row = csv
        .lines()
        .find(|l| l.starts_with("network,,equitable_impact,"))
        .unwrap();
    assert!(row.contains("0,1,0,\"what if: "), "{row}");
    let plain_row = env.ok(&args(&["--format", "csv"]));
    assert!(!plain_row.contains("what if"), "{plain_row}");
    // HTML carries the label too, in Spanish as well.
    let es = env.run_in(
        "es",
        &args(&["--impact-min-indicators", "1", "--format", "html"]),
    );
    let page = String::from_utf8(es.stdout).unwrap();
    assert!(
        page.contains("QUÉ PASARÍA SI: aquí el impacto equitativo"),
        "{page}"
    );
    // Out of range: refused with the reason, nothing written.
    for bad in [
        &["--impact-min-indicators", "0"][..],
        &["--impact-min-indicators", "4"],
        &["--impact-share", "0"],
        &["--impact-share", "150%"],
    ] {
        let err = fails(&env, &args(bad));
        assert!(err.contains(bad[0]), "{err}");
    }
}

/// `touchstone targets`: set, replace, list and clear, network-wide and per district
/// (a district spelt in any case takes the schools' spelling); a bad measure, value,
/// year or district is refused with the reason and writes nothing.
#[test]
fn targets_are_set_listed_and_cleared() {
    let env = headline_network();
    assert!(env.ok(&["targets"]).contains("No targets yet"));
    let said = env.ok(&[
        "targets",
        "set",
        "fully_implementing",
        "40%",
        "--year",
        "2026",
    ]);
    assert!(
        said.contains(
            "Target set: % of community schools fully implementing, the whole network, 2026: 40.0%."
        ),
        "{said}"
    );
    let said = env.ok(&[
        "targets",
        "set",
        "fully_implementing",
        "0.45",
        "--year",
        "2025-26",
    ]);
    assert!(said.contains("45.0%. (It was 40.0%.)"), "{said}");
    env.ok(&[
        "targets",
        "set",
        "equitable_impact",
        "80%",
        "--year",
        "2026",
        "--district",
        "north",
    ]);
    env.ok(&["targets", "set", "community_schools", "3", "--year", "2026"]);
    let json = env.json(&["targets", "list", "--json"]);
    assert_eq!(
        json,
        serde_json::json!([
            {"measure": "community_schools", "district": null, "year": 2026, "value": 3.0},
            {"measure": "fully_implementing", "district": null, "year": 2026, "value": 45.0},
            {"measure": "equitable_impact", "district": "North", "year": 2026, "value": 80.0},
        ])
    );
    let text = env.ok(&["targets"]);
    assert!(text.contains("North"), "{text}");
    let before = db_targets(&env);
    for (bad, why) in [
        (
            &[
                "targets",
                "set",
                "fully_implementing",
                "60",
                "--year",
                "2026",
            ][..],
            "written 60% or 0.6",
        ),
        (
            &[
                "targets",
                "set",
                "community_schools",
                "2.5",
                "--year",
                "2026",
            ],
            "whole number of schools",
        ),
        (
            &[
                "targets",
                "set",
                "equitable_impact",
                "101%",
                "--year",
                "2026",
            ],
            "from 0 to 100",
        ),
        (
            &[
                "targets",
                "set",
                "fully_implementing",
                "60%",
                "--year",
                "26",
            ],
            "the year must be",
        ),
        (
            &[
                "targets",
                "set",
                "fully_implementing",
                "60%",
                "--year",
                "2026",
                "--district",
                "West",
            ],
            "no school here is in the district West; the districts are: North, South",
        ),
        (
            &["targets", "clear", "fully_implementing", "--year", "2027"],
            "there is no target",
        ),
    ] {
        let err = fails(&env, bad);
        assert!(err.contains(why), "{bad:?}: {err}");
    }
    assert_eq!(db_targets(&env), before, "nothing written");
    // Unknown measure: clap's own refusal, nothing written.
    let out = env
        .cmd()
        .args(["targets", "set", "schools", "3", "--year", "2026"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert_eq!(db_targets(&env), before);
    let said = env.ok(&["targets", "clear", "community_schools", "--year", "2026"]);
    assert!(
        said.contains("Target cleared: Community schools, the whole network, 2026."),
        "{said}"
    );
    assert_eq!(
        env.json(&["targets", "list", "--json"])
            .as_array()
            .unwrap()
            .len(),
        2
    );
    // In Spanish.
    let es = String::from_utf8(env.run_in("es", &["targets"]).stdout).unwrap();
    assert!(es.contains("Medida") && es.contains("toda la red"), "{es}");
}

fn db_targets(env: &Env) -> Vec<(String, String, i64, f64)> {
    let conn = rusqlite::Connection::open(env.db()).unwrap();
    let mut stmt = conn
        .prepare("SELECT measure, district, year, value FROM targets ORDER BY 1, 2, 3")
        .unwrap();
    stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap()
}

/// The scorecard on the network worked by hand, as of 30 June 2026 against 30 June
/// 2025. A year earlier only Adams was assessed: 1 community school, not fully
/// implementing (0%), its outcomes then only 2023-24 (not enough data: no value).
/// Now: 2 community schools (+1), 50% fully implementing (+50.0 points), impact
/// 100% (no prior, no change). Targets for 2026: 3 schools (gap 1), 45% (met); North
/// 80% impact (Adams 100%: met). Trend: up one year for the first two.
#[test]
fn rollup_scorecard_has_prior_change_target_gap_and_trend() {
    let env = headline_network();
    env.ok(&["targets", "set", "community_schools", "3", "--year", "2026"]);
    env.ok(&[
        "targets",
        "set",
        "fully_implementing",
        "45%",
        "--year",
        "2026",
    ]);
    env.ok(&[
        "targets",
        "set",
        "equitable_impact",
        "80%",
        "--year",
        "2026",
        "--district",
        "North",
    ]);
    // A target for another year is not this year's.
    env.ok(&[
        "targets",
        "set",
        "equitable_impact",
        "90%",
        "--year",
        "2025",
    ]);
    let at = ["rollup", "--as-of", "2026-06-30", "--by", "district"];
    let json = env.json(&[&at[..], &["--json"]].concat());
    let sc = &json["scorecard"];
    let line = |m: &str| {
        sc.as_array()
            .unwrap()
            .iter()
            .find(|l| l["measure"] == m)
            .unwrap()
            .clone()
    };
    let c = line("community_schools");
    assert_eq!(
        (
            &c["period"],
            &c["prior"],
            &c["current"],
            &c["change"],
            &c["target"],
            &c["gap"]
        ),
        (
            &2026.into(),
            &1.0.into(),
            &2.0.into(),
            &1.0.into(),
            &3.0.into(),
            &1.0.into()
        ),
        "{sc}"
    );
    assert_eq!(
        c["trend"],
        serde_json::json!({"direction": "up", "periods": 1})
    );
    let f = line("fully_implementing");
    assert_eq!(
        (&f["prior"], &f["current"], &f["change"]),
        (&0.0.into(), &50.0.into(), &50.0.into())
    );
    assert_eq!((&f["target"], &f["gap"]), (&45.0.into(), &(-5.0).into()));
    let i = line("equitable_impact");
    assert!(
        i["prior"].is_null() && i["change"].is_null() && i["target"].is_null(),
        "{i}"
    );
    assert_eq!(i["current"], 100.0);
    assert!(i["trend"].is_null());
    let north = json["by_district"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["district"] == "North")
        .unwrap();
    let ni = north["scorecard"]
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["measure"] == "equitable_impact")
        .unwrap();
    assert_eq!(
        (&ni["target"], &ni["gap"]),
        (&80.0.into(), &(-20.0).into()),
        "{north}"
    );
    // Text: the table, in English and Spanish.
    let text = env.ok(&at);
    assert!(
        text.contains("Scorecard (2026 against a year earlier):"),
        "{text}"
    );
    let row = text
        .lines()
        .find(|l| l.starts_with("Community schools  "))
        .unwrap();
    let cells: Vec<&str> = row.split_whitespace().collect();
    assert_eq!(
        &cells[2..],
        ["1", "2", "+1", "3", "1", "↑", "1", "year"],
        "{row}"
    );
    let row = text
        .lines()
        .find(|l| l.starts_with("% of community schools fully implementing  "))
        .unwrap();
    let cells: Vec<&str> = row.split_whitespace().collect();
    assert_eq!(
        &cells[6..],
        ["0.0%", "50.0%", "+50.0", "45.0%", "met", "↑", "1", "year"],
        "{row}"
    );
    assert!(
        text.contains("North: % of community schools demonstrating equitable impact"),
        "{text}"
    );
    let es = String::from_utf8(env.run_in("es", &at).stdout).unwrap();
    assert!(
        es.contains("Cuadro de resultados (2026 frente a un año antes):")
            && es.contains("alcanzada"),
        "{es}"
    );
    // CSV: one row per figure of each line.
    let csv = env.ok(&[&at[..], &["--format", "csv"]].concat());
    for row in [
        "scorecard,,community_schools:prior:2026,,,1,",
        "scorecard,,community_schools:gap:2026,,,1,",
        "scorecard,,fully_implementing:change:2026,,,50,",
        "scorecard,,community_schools:trend:up,1,,,",
        "district_scorecard,North,equitable_impact:target:2026,,,80,",
    ] {
        assert!(csv.contains(row), "{row}\n{csv}");
    }
    // With a yearly trend, each year's headline measures too.
    let yearly = env.json(&[&at[..], &["--trend", "year", "--json"]].concat());
    let points = yearly["trend"].as_array().unwrap();
    assert_eq!(points.len(), 2, "{yearly}");
    assert_eq!(points[0]["period"], "2025");
    assert_eq!(points[0]["headline"]["community_schools"], 1);
    assert_eq!(points[1]["headline"]["community_schools"], 2);
    assert_eq!(points[1]["headline"]["equitable_impact"]["numerator"], 1);
    assert!(
        points[0]["headline"]["equitable_impact"]["denominator"] == 0,
        "as it stood in 2025"
    );
}

/// The demo gives every school a code and four years of outcome data per group,
/// small groups included (suppressed in every output), with impact loosely following
/// implementation: schools fully implementing demonstrate equitable impact more often.
#[test]
fn the_demo_has_outcomes_that_follow_implementation_loosely() {
    let registry = touchstone::rubric::Registry::bundled();
    let entry = registry.latest("cs-site-2017").unwrap().clone();
    let made = touchstone::demo::network(&entry.rubric, &entry.text, 300, 5);
    let rule = touchstone::outcomes::impact::Rule::default();
    let (mut fully, mut other) = ((0u32, 0u32), (0u32, 0u32));
    let mut small = 0;
    for a in made.iter().filter(|a| !a.outcomes.is_empty()) {
        assert!(a.meta.school_code.is_some());
        small += a
            .outcomes
            .iter()
            .filter(|r| r.figures.ca_eligible.count().is_some_and(|n| n < 10))
            .count();
        let verdict = touchstone::outcomes::impact::judge(&a.outcomes, &rule).verdict;
        let counts = if a.score().fully_implementing {
            &mut fully
        } else {
            &mut other
        };
        counts.1 += 1;
        counts.0 += u32::from(verdict == touchstone::outcomes::impact::Verdict::Demonstrates);
    }
    assert!(small > 0, "some groups are small");
    assert!(fully.1 > 10 && other.1 > 10, "{fully:?} {other:?}");
    let share = |(k, n): (u32, u32)| f64::from(k) / f64::from(n);
    assert!(share(fully) > share(other), "{fully:?} {other:?}");
    assert!(
        share(other) > 0.0 && share(fully) < 1.0,
        "loosely: {fully:?} {other:?}"
    );
    // Through the binary: codes, outcomes suppressed on the way out, headline figures.
    let env = Env::new();
    env.ok(&[
        "--db",
        env.db().to_str().unwrap(),
        "demo",
        "--schools",
        "30",
    ]);
    let schools = env.json(&["schools", "list", "--json"]);
    assert!(
        schools
            .as_array()
            .unwrap()
            .iter()
            .all(|s| s["code"].is_string())
    );
    let csv = env.ok(&["outcomes", "export"]);
    assert!(csv.lines().count() > 30 * 4 * 9, "{}", csv.lines().count());
    assert!(csv.contains(",*,*,"), "small groups suppressed");
    let json = env.json(&["rollup", "--json"]);
    assert!(
        json["headline"]["community_schools"].as_u64().unwrap() > 0,
        "{json}"
    );
    assert!(
        json["headline"]["equitable_impact"]["denominator"]
            .as_u64()
            .unwrap()
            > 0,
        "{json}"
    );
}
