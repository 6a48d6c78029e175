//! The one text policy at every door and the escaping at every exit (issue 10:
//! defects 3, 8, 12, 13 and the text parts of 15). Each test drives a real door — the
//! command line, the screens' editors, the environment, an imported file — or a real
//! exit — stdout, stderr, CSV, HTML, Markdown — with the text an attacker would use.

use crate::common::Env;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use rusqlite::Connection;
use touchstone::rubric::Registry;
use touchstone::store::Store;
use touchstone::tui::App;
use touchstone::tui::keymap::Ctx;

/// Characters no door may let in: ESC (C0), CSI (C1), NEL (C1), a right-to-left
/// override and an isolate.
const HOSTILE: [char; 5] = ['\u{1b}', '\u{9b}', '\u{85}', '\u{202E}', '\u{2066}'];

fn has_hostile(text: &str) -> bool {
    text.chars().any(|c| HOSTILE.contains(&c) || c == '\u{7}')
}

/// A minimal export of the site rubric with `school` and the note of cl-1 as given
/// (TOML basic strings, so escapes like `\u001b` can be written), and `extra` lines
/// added to `[assessment]`.
fn export_file(id: &str, school: &str, note: &str, extra: &str) -> String {
    format!(
        "format = \"touchstone-assessment\"\nformat_version = 1\n\n[assessment]\n\
         id = \"{id}\"\nschool = \"{school}\"\ndate = 2026-11-02\n\
         rubric = {{ id = \"cs-site-2017\", version = \"1\" }}\nteam = []\n\
         status = \"draft\"\nupdated = 2026-11-29T10:00:00Z\n{extra}\n\
         [[standards]]\nid = \"collaborative-leadership\"\n\n\
         [[standards.indicators]]\nid = \"cl-1\"\nlevel = \"emerging\"\nnote = \"{note}\"\n"
    )
}

const ID: &str = "01a228c8-7092-70ae-aa7e-3865a5394076";

/// Defect 3: typing or pasting bidi overrides and C1 controls into the note editor
/// stores none of them; the export of that assessment imports again.
#[test]
fn the_note_editor_stores_nothing_the_policy_refuses() {
    let env = Env::new();
    let id = env.new_assessment("Lincoln Elementary");
    let store = Store::open(&env.db()).expect("open");
    let options = crate::common::options(None, Some(id.clone()));
    let mut app = App::new(store, Registry::bundled(), "tester".into(), options);
    assert_eq!(app.ctx(), Ctx::Assess, "opened on the assessment");
    let press = |app: &mut App, code| app.handle_key(KeyEvent::new(code, KeyModifiers::NONE));
    press(&mut app, KeyCode::Char('e'));
    for c in "Safe\u{202E}txet\u{9b}31m\u{85}done\u{2066}".chars() {
        press(&mut app, KeyCode::Char(c));
    }
    // A bracketed paste: line breaks as the terminal sends them, and hostile bytes.
    app.paste("\r\nPasted\u{1b}]0;x\u{7} \u{202E}line\r\tend");
    press(&mut app, KeyCode::Tab);
    for c in "Roster\u{1b}".chars() {
        press(&mut app, KeyCode::Char(c));
    }
    app.handle_key(KeyEvent::new(KeyCode::Char('s'), KeyModifiers::CONTROL));
    let a = Store::open(&env.db())
        .expect("open")
        .load(&id)
        .expect("load");
    assert_eq!(a.entries[0].note, "Safetxet31mdone\nPasted]0;x line\n\tend");
    assert_eq!(a.entries[0].evidence, vec!["Roster"]);

    // The export imports into a fresh database.
    let file = env.path("a.toml");
    env.ok(&["export", &id, "-o", file.to_str().expect("path")]);
    let other = Env::new();
    other.ok(&["import", file.to_str().expect("path")]);
}

/// Defect 3: the CLI's note, and a note written by an older program straight into the
/// database, never reach CSV or HTML raw.
#[test]
fn csv_and_html_reports_carry_no_controls_or_direction_changes() {
    let env = Env::new();
    let id = env.new_assessment("Lincoln Elementary");
    let refused = env
        .cmd()
        .args(["rate", &id, "cl-1", "2", "--note", "a\u{202E}b"])
        .output()
        .expect("run");
    assert_eq!(refused.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&refused.stderr).contains("U+202E"));

    let conn = Connection::open(env.db()).expect("db");
    conn.execute(
        "UPDATE assessments SET facilitator = ?1 WHERE id = ?2",
        ["Dana\u{1b}]0;owned\u{7}", &id],
    )
    .expect("facilitator");
    conn.execute(
        "INSERT INTO ratings (assessment_id, indicator_id, level, note, updated_at, updated_by)
         VALUES (?1, 'cl-1', 'emerging', ?2, '2026-11-02T10:00:00Z', 'old')",
        [&id, "x\u{1b}[2J\u{9b}1m\u{202E}y\u{2066}"],
    )
    .expect("note");
    conn.execute(
        "UPDATE schools SET district = ?1",
        ["North\u{9b}2J\u{202E}"],
    )
    .expect("district");
    drop(conn);
    for format in ["csv", "html", "md", "text", "json"] {
        let out = env.ok(&["report", &id, "--format", format]);
        assert!(
            !has_hostile(&out),
            "{format} report carries raw controls:\n{out}"
        );
    }
    for args in [
        &["list", "--json"][..],
        &["list"],
        &["rollup", "--by", "district", "--format", "csv"],
        &["rollup", "--by", "district", "--json"],
        &["rollup", "--by", "district"],
        &["export", &id],
    ] {
        let out = env.ok(args);
        assert!(!has_hostile(&out), "{args:?} carries raw controls:\n{out}");
    }
}

/// Defect 3: `TOUCHSTONE_USER` is a door like any other: what is recorded as the actor
/// passes the policy (and so imports again).
#[test]
fn the_actor_from_the_environment_is_cleaned() {
    let env = Env::new();
    let id = env.new_assessment("Lincoln Elementary");
    env.cmd()
        .env("TOUCHSTONE_USER", " Ana\u{1b}]0;x\u{7}\u{202E} ")
        .args(["rate", &id, "cl-1", "2"])
        .assert()
        .success();
    let conn = Connection::open(env.db()).expect("db");
    let actor: String = conn
        .query_row("SELECT actor FROM rating_events", [], |r| r.get(0))
        .expect("event");
    assert_eq!(actor, "Ana]0;x");
    assert_eq!(
        touchstone::text::accept(&actor, touchstone::text::Shape::Line),
        Ok(actor.clone())
    );
}

/// Defect 8: an unknown key holding ESC/OSC, and a file name holding ESC, reach
/// stderr escaped, in `FILE:LINE:COL` lines and in rollup warnings.
#[test]
fn diagnostics_on_stderr_carry_no_escapes() {
    let env = Env::new();
    let key = "\\u001b]0;owned\\u0007\\u001b[2J";
    let text = export_file(ID, "Lincoln", "n", &format!("\"{key}\" = 1\n"));
    let name = env.path("evil\u{1b}[31m\n.toml");
    std::fs::write(&name, text).expect("write");
    let out = env.cmd().arg("import").arg(&name).output().expect("run");
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8(out.stderr).expect("utf-8");
    assert!(!has_hostile(&stderr), "raw escapes on stderr: {stderr:?}");
    assert!(
        stderr.contains("evil\u{FFFD}[31m\u{FFFD}.toml:"),
        "{stderr:?}"
    );
    assert!(stderr.contains("\u{FFFD}]0;owned"), "{stderr:?}");

    let folder = env.path("network");
    std::fs::create_dir(&folder).expect("dir");
    std::fs::rename(&name, folder.join("bad\u{1b}[2J.toml")).expect("move");
    let out = env.cmd().arg("rollup").arg(&folder).output().expect("run");
    let stderr = String::from_utf8(out.stderr).expect("utf-8");
    assert!(stderr.contains("warning"), "{stderr:?}");
    assert!(
        !has_hostile(&stderr),
        "raw escapes in a rollup warning: {stderr:?}"
    );
}

/// Defect 12: text starting with `=`, `+`, `-` or `@` is never a live formula in
/// `report --format csv` or `rollup --format csv`.
#[test]
fn csv_cells_are_never_formulas() {
    let env = Env::new();
    let id = env
        .ok(&[
            "new",
            "--school",
            "=HYPERLINK(\"http://x\",\"y\")",
            "--district",
            "@SUM(A1:A9)",
            "--rubric",
            "cs-site-2017",
            "--date",
            "2026-11-02",
        ])
        .trim()
        .to_string();
    env.ok(&["rate", &id, "cl-1", "3", "--note", "+1-2"]);
    let report = env.ok(&["report", &id, "--format", "csv"]);
    let mut rows = csv::Reader::from_reader(report.as_bytes());
    for row in rows.records() {
        let row = row.expect("csv row");
        for (i, cell) in row.iter().enumerate() {
            assert!(
                !cell.starts_with(['=', '+', '-', '@']),
                "column {i} is a formula: {cell:?}"
            );
        }
        assert_eq!(&row[1], "'=HYPERLINK(\"http://x\",\"y\")");
    }
    assert!(report.contains("'+1-2"), "{report}");

    let rollup = env.ok(&[
        "rollup",
        "--by",
        "district",
        "--format",
        "csv",
        "--include-drafts",
    ]);
    let mut rows = csv::Reader::from_reader(rollup.as_bytes());
    let mut districts = 0;
    for row in rows.records() {
        let row = row.expect("csv row");
        assert!(!row[1].starts_with(['=', '+', '-', '@']), "{:?}", &row[1]);
        districts += usize::from(&row[0] == "district");
    }
    assert!(districts > 0, "{rollup}");
    assert!(rollup.contains("'@SUM(A1:A9)"), "{rollup}");
}

/// Defect 13: `list` shows ids long enough to use, even for assessments whose ids
/// share their first 8 characters (made within the same minute).
#[test]
fn listed_ids_can_be_used() {
    let env = Env::new();
    let ids = [
        "01a228c8-7092-70ae-aa7e-3865a5394076",
        "01a228c8-7093-7000-8000-000000000001",
        "01a228c8-8000-7000-8000-000000000002",
    ];
    for (i, id) in ids.iter().enumerate() {
        let file = env.path(&format!("{i}.toml"));
        std::fs::write(&file, export_file(id, &format!("School {i}"), "n", "")).expect("write");
        env.ok(&["import", file.to_str().expect("path")]);
    }
    let list = env.ok(&["list"]);
    let shown: Vec<&str> = list
        .lines()
        .skip(1)
        .map(|l| l.split_whitespace().next().expect("id column"))
        .collect();
    assert_eq!(shown.len(), 3, "{list}");
    for prefix in shown {
        let report = env.ok(&["report", prefix, "--format", "json"]);
        let json: serde_json::Value = serde_json::from_str(&report).expect("json");
        assert!(
            json["assessment"]["id"]
                .as_str()
                .expect("id")
                .starts_with(prefix)
        );
    }
}

/// Defect 15: wide (CJK) school names keep `list`'s columns aligned.
#[test]
fn wide_names_keep_list_columns_aligned() {
    let env = Env::new();
    env.new_assessment("林肯小学");
    env.new_assessment("Lincoln Elementary");
    let list = env.ok(&["list"]);
    let date_columns: Vec<usize> = list
        .lines()
        .map(|l| {
            let at = l
                .find("2026-11-02")
                .or_else(|| l.find("Date"))
                .expect("date column");
            unicode_width::UnicodeWidthStr::width(&l[..at])
        })
        .collect();
    assert!(
        date_columns.windows(2).all(|w| w[0] == w[1]),
        "columns drift:\n{list}"
    );
}

/// Defect 15: a CRLF file's multi-line note imports (line breaks made `\n`), import
/// trims surrounding spaces as the command line does, and text of only zero-width
/// characters is refused at both doors.
#[test]
fn crlf_surrounding_spaces_and_invisible_names() {
    let env = Env::new();
    let text = export_file(ID, "  Lincoln Elementary  ", "n", "").replace(
        "note = \"n\"",
        "note = \"\"\"\nfirst line\nsecond line\"\"\"",
    );
    let file = env.path("crlf.toml");
    std::fs::write(&file, text.replace('\n', "\r\n")).expect("write");
    env.ok(&["import", file.to_str().expect("path")]);
    let report = env.json(&["report", ID, "--format", "json"]);
    assert_eq!(report["assessment"]["school"], "Lincoln Elementary");
    let store = Store::open(&env.db()).expect("open");
    assert_eq!(
        store.load(ID).expect("load").entries[0].note,
        "first line\nsecond line"
    );

    let out = env
        .cmd()
        .args([
            "new",
            "--school",
            "\u{200B}\u{200D}",
            "--rubric",
            "cs-site-2017",
        ])
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no visible characters"));
    let invisible = env.path("invisible.toml");
    std::fs::write(
        &invisible,
        export_file(
            "01a228c8-7092-70ae-aa7e-000000000009",
            "\\u200B\\u200D",
            "n",
            "",
        ),
    )
    .expect("write");
    let out = env
        .cmd()
        .arg("import")
        .arg(&invisible)
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains(":6:10: school has no visible characters"),
        "{stderr}"
    );
}

/// Defect 15: a tab in a note shows as spaces, not as U+FFFD, in text output.
#[test]
fn tabs_show_as_spaces() {
    let env = Env::new();
    let id = env.new_assessment("Lincoln Elementary");
    env.ok(&[
        "rate",
        &id,
        "cl-1",
        "2",
        "--note",
        "Step 1:\tcall the partners",
    ]);
    let report = env.ok(&["report", &id]);
    assert!(report.contains("Step 1:    call the partners"), "{report}");
    assert!(!report.contains('\u{FFFD}'), "{report}");
}

/// Behind every door, the store itself refuses text a door would refuse or write
/// differently, so no code path can store what an export would fail to import.
#[test]
fn the_store_refuses_what_the_doors_refuse() {
    let env = Env::new();
    let id = env.new_assessment("Lincoln Elementary");
    let mut store = Store::open(&env.db()).expect("open");
    let a = store.load(&id).expect("load");
    for bad in ["x\u{202E}y", "\u{1b}[2J", "\u{200B}"] {
        assert!(
            store.note(&a, "cl-1", bad, "tester").is_err(),
            "note {bad:?}"
        );
    }
    for bad in ["x\u{202E}y", "\u{1b}[2J", " padded ", "a\r\nb", "\u{200B}"] {
        assert!(
            store
                .set_evidence(&id, "cl-1", &[bad.to_string()], "tester")
                .is_err(),
            "evidence {bad:?}"
        );
    }
    // A note differing only in spaces or line endings is stored in normal form (`u`
    // may put back a note an older Touchstone stored that way).
    store
        .note(&a, "cl-1", " a\r\nb ", "tester")
        .expect("normalised");
    assert_eq!(store.load(&id).expect("load").entries[0].note, "a\nb");
    assert!(store.note(&a, "cl-1", "fine\n\tindented", "tester").is_ok());
    let reloaded = store.load(&id).expect("load");
    assert_eq!(reloaded.entries[0].note, "fine\n\tindented");
    assert!(reloaded.entries[0].evidence.is_empty());
}

/// A plan from an older Touchstone (whose import kept surrounding spaces) stays
/// editable: the whole plan is rewritten on each change, so the store puts untouched
/// steps in normal form instead of refusing them, and still refuses hostile text.
#[test]
fn an_older_action_plan_stays_editable() {
    let env = Env::new();
    let id = env.new_assessment("Lincoln Elementary");
    let conn = Connection::open(env.db()).expect("db");
    conn.execute(
        "INSERT INTO actions (assessment_id, position, indicator_id, step, owner, due, status)
         VALUES (?1, 0, 'cl-1', '  Invite partners  ', ' Ana ', NULL, 'open')",
        [&id],
    )
    .expect("legacy step");
    drop(conn);
    let mut store = Store::open(&env.db()).expect("open");
    let mut plan = store.load(&id).expect("load").actions;
    let mut added = plan[0].clone();
    added.step = "Write the charter".into();
    added.owner = None;
    plan.push(added.clone());
    store
        .set_actions(&id, &plan)
        .expect("the old step does not block the plan");
    let stored = store.load(&id).expect("load").actions;
    assert_eq!(stored[0].step, "Invite partners");
    assert_eq!(stored[0].owner.as_deref(), Some("Ana"));
    assert_eq!(stored[1].step, "Write the charter");
    added.step = "x\u{202E}y".into();
    plan.push(added);
    assert!(store.set_actions(&id, &plan).is_err());
}
