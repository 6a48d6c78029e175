//! Every change is versioned, whoever makes it, and nothing typed is lost (issue 20
//! items 7 and 8): `import --replace` that changes evidence writes the change log, so
//! `H` shows the import, `u` does not put an older save back over it, and an evidence
//! editor opened before it is offered the choice; Ctrl-C while the keep-mine /
//! take-theirs / keep-both choice is open, with both notes together past the limit,
//! keeps as much of both as the note holds and all of the typed note in a file the
//! user is told about.

use crate::common::{Env, open_app};
use crate::snapshot::{ctrl, keys, press, screen_text};
use ratatui::crossterm::event::KeyCode;
use touchstone::store::Store;
use touchstone::tui::App;
use touchstone::tui::keymap::Ctx;

fn status(app: &App) -> String {
    app.status
        .as_ref()
        .map(|s| s.text.clone())
        .unwrap_or_default()
}

fn evidence(env: &Env, id: &str) -> Vec<String> {
    Store::open(&env.db()).unwrap().load(id).unwrap().entries[0]
        .evidence
        .clone()
}

/// Ana saves cl-1's evidence in the screens ("Charter v1"); the returned file is an
/// export of that with the evidence changed to "Charter v2" (as another team's copy).
fn saved_then_changed_elsewhere(env: &Env, id: &str, ana: &mut App) -> std::path::PathBuf {
    keys(ana, "E");
    assert_eq!(ana.ctx(), Ctx::Editor);
    keys(ana, "Charter v1");
    ctrl(ana, 's');
    assert_eq!(evidence(env, id), ["Charter v1"], "{}", status(ana));
    let text = env.ok(&["export", id]);
    assert!(text.contains("Charter v1"), "{text}");
    let file = env.path("elsewhere.toml");
    std::fs::write(&file, text.replace("Charter v1", "Charter v2")).unwrap();
    file
}

#[test]
fn an_import_that_changes_evidence_is_in_the_history_and_undo_does_not_undo_it() {
    let env = Env::new();
    let id = env.new_assessment("Lincoln Elementary");
    let mut ana = open_app(&env.db(), "Ana", Some(id.clone()), None);
    let file = saved_then_changed_elsewhere(&env, &id, &mut ana);
    env.ok(&["import", "--replace", file.to_str().unwrap()]);
    assert_eq!(evidence(&env, &id), ["Charter v2"]);

    // The log has the import, with the evidence before and after.
    let history = Store::open(&env.db())
        .unwrap()
        .indicator_history(&id, "cl-1")
        .unwrap();
    let last = history.last().unwrap();
    assert_eq!(last.actor, "tester (import)", "{history:?}");
    assert_eq!(
        last.evidence,
        Some((
            vec!["Charter v1".to_string()],
            vec!["Charter v2".to_string()]
        ))
    );
    // `u`: Ana's own save is older than the import; undoing it would put her
    // evidence back over the imported one, so it is refused and says why.
    ana.tick();
    keys(&mut ana, "u");
    assert_eq!(evidence(&env, &id), ["Charter v2"], "{}", status(&ana));
    assert!(
        status(&ana).contains("Not undone: tester (import) changed cl-1"),
        "{}",
        status(&ana)
    );
    // `H` shows it.
    keys(&mut ana, "H");
    let shown = screen_text(&ana, 120, 40);
    assert!(shown.contains("tester (import)"), "{shown}");
    assert!(shown.contains("Charter v2"), "{shown}");
}

#[test]
fn an_evidence_editor_opened_before_an_import_is_offered_the_choice() {
    let env = Env::new();
    let id = env.new_assessment("Lincoln Elementary");
    let mut ana = open_app(&env.db(), "Ana", Some(id.clone()), None);
    let file = saved_then_changed_elsewhere(&env, &id, &mut ana);
    // Bo opens the evidence, then the import lands.
    let mut bo = open_app(&env.db(), "Bo", Some(id.clone()), None);
    keys(&mut bo, "E");
    env.ok(&["import", "--replace", file.to_str().unwrap()]);
    // The evidence editor opens at its first line: a new item goes first.
    keys(&mut bo, "Minutes, May");
    press(&mut bo, KeyCode::Enter);
    ctrl(&mut bo, 's');
    assert_eq!(evidence(&env, &id), ["Charter v2"], "{}", status(&bo));
    assert_eq!(bo.ctx(), Ctx::Conflict, "{}", status(&bo));
    assert!(
        status(&bo).contains("tester (import) changed cl-1"),
        "{}",
        status(&bo)
    );
    // Keeping both keeps the imported item, then Bo's items it does not have.
    keys(&mut bo, "b");
    assert_eq!(
        evidence(&env, &id),
        ["Charter v2", "Minutes, May", "Charter v1"]
    );
}

/// Ana's note of about 15,000 characters is saved while Bo types 10,000 in his; his
/// save opens the choice, and Ctrl-C with it open used to drop his note without a
/// word (both together pass the 20,000-character limit).
#[test]
fn ctrl_c_in_the_choice_with_both_notes_past_the_limit_loses_nothing() {
    let env = Env::new();
    let id = env.new_assessment("Lincoln Elementary");
    let mut ana = open_app(&env.db(), "Ana", Some(id.clone()), None);
    let mut bo = open_app(&env.db(), "Bo", Some(id.clone()), None);
    let anas = "Ana saw the minutes.".repeat(750);
    let bos = format!("Bo counts {}", "two meetings. ".repeat(700).trim_end());
    keys(&mut bo, "e");
    keys(&mut ana, "e");
    ana.paste(&anas);
    ctrl(&mut ana, 's');
    bo.paste(&bos);
    ctrl(&mut bo, 's');
    assert_eq!(bo.ctx(), Ctx::Conflict, "{}", status(&bo));
    ctrl(&mut bo, 'c');
    assert!(bo.quit);

    let note = Store::open(&env.db()).unwrap().load(&id).unwrap().entries[0]
        .note
        .clone();
    assert!(note.starts_with(&anas), "Ana's note was not kept");
    assert!(
        note.contains("--- also written by Bo ---\nBo counts two meetings."),
        "Bo's note is not in the stored one"
    );
    assert!(note.chars().count() <= 20_000, "{}", note.chars().count());
    // All of Bo's note is in the file the status line names.
    let folder = env.db().parent().unwrap().join("touchstone-recovered");
    let files: Vec<_> = std::fs::read_dir(&folder)
        .expect("a recovery folder")
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(files.len(), 1, "{files:?}");
    let kept = std::fs::read_to_string(&files[0]).unwrap();
    assert!(
        kept.contains(&bos),
        "the file does not hold Bo's whole note"
    );
    let said = status(&bo);
    assert!(said.contains(&files[0].display().to_string()), "{said}");
}
