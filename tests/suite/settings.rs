//! The settings file: loading, located validation errors, `T` saving the theme, key
//! remaps taking effect (and conflicting ones refused), and which database and name
//! win. Nothing here reads the real user's config: the binary runs in `common::Env`,
//! and in-process apps are handed their settings and settings path.
//!
//! Data-driven part: every `tests/fixtures/settings/bad-*.toml` is one case, starting
//! with `# expect: LINE:COL: <substring of the message>` lines, one per problem.

use super::common::Env;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use std::path::{Path, PathBuf};
use touchstone::rubric::Registry;
use touchstone::settings::{self, Settings};
use touchstone::store::Store;
use touchstone::tui::App;
use touchstone::tui::app::Screen;
use touchstone::tui::keymap::Ctx;
use touchstone::tui::theme::ThemeName;

const README: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/README.md");

fn fixtures() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/settings");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| {
            let name = p.file_name().unwrap().to_string_lossy();
            name.starts_with("bad-") && name.ends_with(".toml")
        })
        .collect();
    files.sort();
    files
}

/// `(line, col, message substring)` from a fixture's `# expect:` lines.
fn expectations(text: &str) -> Vec<(usize, usize, String)> {
    text.lines()
        .map_while(|l| l.strip_prefix("# expect: "))
        .map(|rest| {
            let mut parts = rest.splitn(3, ':');
            let line = parts.next().unwrap().trim().parse().unwrap();
            let col = parts.next().unwrap().trim().parse().unwrap();
            (line, col, parts.next().unwrap_or("").trim().to_string())
        })
        .collect()
}

/// The settings file in `env`'s config folder, with `text`.
fn write_settings(env: &Env, text: &str) -> PathBuf {
    let path = env.path("config/touchstone/settings.toml");
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(&path, text).unwrap();
    path
}

/// The README's example settings file (the ```toml block under "## Settings").
fn readme_example() -> String {
    let readme = std::fs::read_to_string(README).unwrap();
    let section = &readme[readme.find("\n## Settings").expect("a Settings section")..];
    let start = section.find("```toml\n").expect("an example") + "```toml\n".len();
    let end = start + section[start..].find("```").unwrap();
    section[start..end].to_string()
}

#[test]
fn the_readme_example_loads_with_every_setting() {
    let home = Path::new("/home/ana");
    let s = settings::parse("settings.toml", &readme_example(), Some(home)).unwrap();
    assert_eq!(s.theme, Some(ThemeName::HighContrast));
    assert_eq!(s.language, Some(touchstone::i18n::Lang::Es));
    assert_eq!(
        s.rubric.as_ref().map(|r| r.value.as_str()),
        Some("cs-site-2017")
    );
    assert_eq!(s.facilitator.as_deref(), Some("Ana Ruiz"));
    assert_eq!(s.database, Some(home.join("school/touchstone.db")));
    assert!(!s.keys.is_empty());
    // No file, no settings.
    let none = settings::load(&std::env::temp_dir().join("no-such-dir/settings.toml")).unwrap();
    assert_eq!(none, Settings::default());
}

#[test]
fn the_readme_lists_exactly_the_actions_that_can_be_remapped() {
    let readme = std::fs::read_to_string(README).unwrap();
    let start = readme
        .find("Actions that can be remapped")
        .expect("the list");
    let para = &readme[start..start + readme[start..].find("\n\n").unwrap()];
    let para = &para[..para.find("Actions that have only").unwrap()];
    let mut listed: Vec<String> = para
        .split('`')
        .skip(1)
        .step_by(2)
        .map(str::to_string)
        .collect();
    let mut actual: Vec<String> = touchstone::tui::remap::remappable()
        .into_iter()
        .map(touchstone::tui::remap::action_name)
        .collect();
    listed.sort();
    actual.sort();
    assert_eq!(listed, actual);
}

#[test]
fn every_bad_fixture_is_refused_at_its_place() {
    let files = fixtures();
    assert!(files.len() >= 12, "only {} fixtures", files.len());
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        let expect = expectations(&text);
        assert!(
            !expect.is_empty(),
            "{} has no # expect line",
            file.display()
        );
        let problems = settings::parse("s.toml", &text, Some(Path::new("/home/x")))
            .expect_err(&format!("{} was accepted", file.display()));
        assert_eq!(
            problems.len(),
            expect.len(),
            "{}: {problems:?}",
            file.display()
        );
        for (d, (line, col, message)) in problems.iter().zip(&expect) {
            assert_eq!((d.line, d.col), (*line, *col), "{}: {d}", file.display());
            assert!(d.message.contains(message), "{}: {d}", file.display());
        }
    }
}

#[test]
fn a_broken_settings_file_stops_commands_with_located_errors_and_writes_nothing() {
    let env = Env::new();
    let path = write_settings(&env, "theme = \"default\"\n[keys]\nquit = \"x\"\n");
    let out = env
        .cmd()
        .args(["new", "--school", "Lincoln", "--rubric", "cs-site-2017"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    let at = format!(
        "{}:3:8: key \"x\" for quit is already export",
        path.display()
    );
    assert!(stderr.contains(&at), "{stderr}");
    assert!(!env.db().exists(), "a database was created");
    // `touchstone settings check` shows the same, and `settings path` still works.
    let check = env.cmd().args(["settings", "check"]).output().unwrap();
    assert_eq!(check.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&check.stderr).contains(&at));
    let shown = env.ok(&["settings", "path"]);
    assert_eq!(shown.trim(), path.display().to_string());
    std::fs::write(&path, "theme = \"monochrome\"\n").unwrap();
    assert!(env.ok(&["settings"]).contains("valid"));
}

/// An app on a fresh database in `dir` with one assessment open, the given settings,
/// and `T` saving to `file`.
fn app_with(dir: &Path, settings: &Settings, file: Option<PathBuf>) -> (App, String) {
    let mut store = Store::open(&dir.join("t.db")).unwrap();
    let id = crate::common::lincoln(&mut store);
    let options = crate::common::options(Some(ThemeName::Default), None);
    let app = App::new(store, Registry::bundled(), "tester".into(), options)
        .with_settings(settings, file);
    (app, id)
}

fn press(app: &mut App, c: char) {
    let mods = if c.is_uppercase() {
        KeyModifiers::SHIFT
    } else {
        KeyModifiers::NONE
    };
    app.handle_key(KeyEvent::new(KeyCode::Char(c), mods));
}

#[test]
fn t_saves_the_theme_keeping_comments_and_other_settings() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("settings.toml");
    let text = "# my settings\ntheme = \"default\"  # for the projector\nfacilitator = \"Ana\"\n\n[keys]\nquit = \"Q\" # mine\n";
    std::fs::write(&file, text).unwrap();
    let settings = settings::parse("s", text, None).unwrap();
    let (mut app, _) = app_with(dir.path(), &settings, Some(file.clone()));
    press(&mut app, 'T');
    assert_eq!(app.theme.name, ThemeName::HighContrast);
    let saved = std::fs::read_to_string(&file).unwrap();
    assert_eq!(
        saved,
        text.replace("\"default\"", "\"high-contrast\""),
        "only the theme changed"
    );
    assert_eq!(
        settings::load(&file).unwrap().theme,
        Some(ThemeName::HighContrast)
    );
    press(&mut app, 'T');
    assert_eq!(
        settings::load(&file).unwrap().theme,
        Some(ThemeName::Monochrome)
    );
}

#[test]
fn t_creates_the_settings_file_and_its_folder() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("config/touchstone/settings.toml");
    let (mut app, _) = app_with(dir.path(), &Settings::default(), Some(file.clone()));
    press(&mut app, 'T');
    let loaded = settings::load(&file).unwrap();
    assert_eq!(loaded.theme, Some(ThemeName::HighContrast));
    assert_eq!(
        std::fs::read_to_string(&file).unwrap(),
        "theme = \"high-contrast\"\n"
    );
    // Without a settings path (over SSH), T saves nothing.
    let other = tempfile::tempdir().unwrap();
    let (mut app, _) = app_with(other.path(), &Settings::default(), None);
    press(&mut app, 'T');
    assert_eq!(app.theme.name, ThemeName::HighContrast);
    assert_eq!(
        std::fs::read_dir(other.path()).unwrap().count(),
        3,
        "t.db and its WAL files only"
    );
}

/// Issue 20, item 16: `T` and `L` on a settings file made read-only change the theme
/// and the language for this run, say on the status line that the file is read-only,
/// and leave it as it was; on a linked one they write what the link points to, and the
/// link stays a link.
#[cfg(unix)]
#[test]
fn t_and_l_keep_a_read_only_file_and_write_through_a_link() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("settings.toml");
    let text = "theme = \"default\"\n";
    std::fs::write(&file, text).unwrap();
    std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o444)).unwrap();
    let (mut app, _) = app_with(dir.path(), &Settings::default(), Some(file.clone()));
    press(&mut app, 'T');
    assert_eq!(app.theme.name, ThemeName::HighContrast, "kept for this run");
    let said = app.status.as_ref().expect("a status").text.clone();
    assert!(said.contains("not saved"), "{said}");
    assert!(said.contains("is read-only"), "{said}");
    // Said in the new language.
    press(&mut app, 'L');
    let said = app.status.as_ref().expect("a status").text.clone();
    assert!(said.contains("es de solo lectura"), "{said}");
    assert_eq!(std::fs::read_to_string(&file).unwrap(), text);
    let mode = std::fs::metadata(&file).unwrap().permissions().mode();
    assert_eq!(mode & 0o777, 0o444, "still read-only");
    touchstone::i18n::set(touchstone::i18n::Lang::En);

    let real = dir.path().join("dotfiles.toml");
    std::fs::write(&real, text).unwrap();
    let link = dir.path().join("linked.toml");
    std::os::unix::fs::symlink(&real, &link).unwrap();
    let (mut app, _) = app_with(dir.path(), &Settings::default(), Some(link.clone()));
    press(&mut app, 'T');
    assert!(
        std::fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert_eq!(
        std::fs::read_to_string(&real).unwrap(),
        "theme = \"high-contrast\"\n"
    );
}

#[test]
fn t_leaves_a_settings_file_it_cannot_read_as_it_was() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("settings.toml");
    std::fs::write(&file, "theme = \"default\n").unwrap();
    let (mut app, _) = app_with(dir.path(), &Settings::default(), Some(file.clone()));
    press(&mut app, 'T');
    assert_eq!(
        std::fs::read_to_string(&file).unwrap(),
        "theme = \"default\n"
    );
    let status = app.status.as_ref().expect("a status");
    assert!(status.text.contains("not saved"), "{}", status.text);
    // A `[theme]` table is not replaced by a theme line.
    std::fs::write(&file, "[theme]\nx = 1\n").unwrap();
    press(&mut app, 'T');
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "[theme]\nx = 1\n");
    assert!(app.status.unwrap().text.contains("not saved"));
}

#[test]
fn a_remapped_key_takes_effect_and_the_old_one_is_free() {
    let dir = tempfile::tempdir().unwrap();
    let text = "[keys]\nnext_indicator = \"f\"\nquit = \"Q\"\n";
    let settings = settings::parse("s", text, None).unwrap();
    let (mut app, id) = app_with(dir.path(), &settings, None);
    // Open the assessment and step to the next indicator with the new key.
    app.handle_key(KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE));
    let position = |app: &App| match &app.screen {
        Screen::Assess(state) => state.cursor,
        _ => panic!("not assessing"),
    };
    let first = position(&app);
    press(&mut app, 'l');
    assert_eq!(position(&app), first, "l no longer moves on");
    press(&mut app, 'f');
    assert_ne!(position(&app), first, "f moves on");
    // The arrow still works.
    app.handle_key(KeyEvent::new(KeyCode::Left, KeyModifiers::NONE));
    assert_eq!(position(&app), first);
    // Home: q no longer quits, Q does.
    app.handle_key(KeyEvent::new(KeyCode::Esc, KeyModifiers::NONE));
    assert_eq!(app.ctx(), Ctx::Home);
    press(&mut app, 'q');
    assert!(!app.quit, "q still quit");
    press(&mut app, 'Q');
    assert!(app.quit, "Q did not quit");
    // Help and the footer show the new keys.
    let quit = touchstone::tui::keymap::BINDINGS
        .iter()
        .find(|b| b.ctx == Ctx::Home && b.action == touchstone::tui::action::Action::Quit)
        .unwrap();
    assert_eq!(app.keys.label(quit), "Q");
    assert!(!id.is_empty());
}

#[test]
fn a_conflicting_remap_is_refused_with_its_place() {
    let text = "theme = \"default\"\n\n[keys]\nnew_assessment = \"d\"\n";
    let problems = settings::parse("s.toml", text, None).unwrap_err();
    assert_eq!(problems.len(), 1);
    assert_eq!(
        problems[0].to_string(),
        "s.toml:4:18: key \"d\" for new_assessment is already delete in Assessments; pick another key"
    );
}

#[test]
fn the_database_is_db_then_touchstone_db_then_settings_then_the_default() {
    let env = Env::new();
    let from_settings = env.path("settings.db");
    write_settings(
        &env,
        &format!("database = {:?}\n", from_settings.display().to_string()),
    );
    let from_env = env.path("env.db");
    let typed = env.path("typed.db");
    let new = |cmd: &mut assert_cmd::Command| {
        let out = cmd
            .args(["new", "--school", "Lincoln", "--rubric", "cs-site-2017"])
            .output()
            .unwrap();
        crate::common::assert_success(&out);
    };
    // The settings, when neither --db nor TOUCHSTONE_DB is given.
    new(env.cmd().env_remove("TOUCHSTONE_DB"));
    assert!(from_settings.exists());
    // TOUCHSTONE_DB wins over the settings.
    new(&mut env.cmd_with_db(&from_env));
    assert!(from_env.exists());
    // --db wins over both.
    new(env.cmd_with_db(&from_env).arg("--db").arg(&typed));
    assert!(typed.exists());
    let count = |db: &Path| Store::open(db).unwrap().home_count("").unwrap();
    assert_eq!(
        (count(&from_settings), count(&from_env), count(&typed)),
        (1, 1, 1)
    );
    // Without settings, the default in the data folder.
    std::fs::remove_file(env.path("config/touchstone/settings.toml")).unwrap();
    new(env.cmd().env_remove("TOUCHSTONE_DB"));
    assert!(env.path("data/touchstone/touchstone.db").exists());
}

#[test]
fn the_name_is_touchstone_user_then_settings_then_user() {
    let env = Env::new();
    write_settings(
        &env,
        "facilitator = \"Ana Ruiz\"\nrubric = \"cs-site-2017\"\n",
    );
    // `new` takes the settings' rubric and facilitator.
    let id = env.ok(&["new", "--school", "Lincoln"]).trim().to_string();
    let store = Store::open(&env.db()).unwrap();
    let a = store.load(&id).unwrap();
    assert_eq!(a.meta.facilitator.as_deref(), Some("Ana Ruiz"));
    assert_eq!(a.rubric.id, "cs-site-2017");
    let indicator = a.rubric.standards[0].indicators[0].id.clone();
    let rate = |cmd: &mut assert_cmd::Command, level: &str| {
        let out = cmd.args(["rate", &id, &indicator, level]).output().unwrap();
        crate::common::assert_success(&out);
    };
    rate(&mut env.cmd(), "1");
    rate(
        env.cmd().env_remove("TOUCHSTONE_USER").env("USER", "login"),
        "2",
    );
    write_settings(&env, "");
    rate(
        env.cmd().env_remove("TOUCHSTONE_USER").env("USER", "login"),
        "1",
    );
    let actors: Vec<String> = store
        .events(&id)
        .unwrap()
        .into_iter()
        .map(|e| e.actor)
        .collect();
    assert_eq!(actors, ["tester", "Ana Ruiz", "login"]);
}

#[test]
fn a_default_rubric_that_is_not_installed_is_named_where_it_is_set() {
    let env = Env::new();
    let path = write_settings(&env, "# mine\nrubric = \"no-such-rubric\"\n");
    let out = env
        .cmd()
        .args(["new", "--school", "Lincoln"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains(&format!(
            "{}:2:10: the default rubric \"no-such-rubric\" is not installed",
            path.display()
        )),
        "{stderr}"
    );
    assert!(!env.db().exists());
    // The form says so and starts on the bundled rubric.
    let dir = tempfile::tempdir().unwrap();
    let settings = settings::parse(
        "s",
        "rubric = \"no-such-rubric\"\nfacilitator = \"Ana\"\n",
        None,
    )
    .unwrap();
    let (mut app, _) = app_with(dir.path(), &settings, None);
    press(&mut app, '+');
    let Screen::New(form) = &app.screen else {
        panic!("no form")
    };
    assert!(
        form.error
            .as_deref()
            .unwrap_or("")
            .contains("no-such-rubric")
    );
    assert_eq!(form.rubrics[form.rubric].0, "cs-site-2017");
    assert_eq!(form.facilitator.text(), "Ana");
}

/// Issue 14: the hint for a key that does nothing names the help key as remapped.
#[test]
fn the_unbound_key_hint_names_the_help_key_as_remapped() {
    let dir = tempfile::tempdir().unwrap();
    let settings = settings::parse("s", "[keys]\nhelp = \"¿\"\n", None).unwrap();
    let (mut app, _) = app_with(dir.path(), &settings, None);
    press(&mut app, 'z');
    assert_eq!(
        app.status.as_ref().map(|s| s.text.as_str()),
        Some("z does nothing here — ¿ for keys")
    );
}

/// With no name from anywhere (no TOUCHSTONE_USER, settings name or USER) the screens
/// ask once; the answer is who changes are recorded as, and it is kept in the settings
/// file as `name`, which then gives the name next time.
#[test]
fn the_screens_ask_once_for_a_name_and_keep_it_in_the_settings() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("settings.toml");
    std::fs::write(&file, "theme = \"default\"\n").unwrap();
    let settings = settings::load(&file).unwrap();
    let (app, id) = app_with(dir.path(), &settings, Some(file.clone()));
    let mut app = app.ask_name();
    // An empty answer is not a name: the question stays.
    app.handle_key(KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE));
    assert_eq!(app.ctx(), Ctx::Prompt, "still asking");
    for c in "Ana Ruiz".chars() {
        press(&mut app, c);
    }
    app.handle_key(KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE));
    assert_ne!(app.ctx(), Ctx::Prompt, "answered");
    assert_eq!(app.services.actor, "Ana Ruiz");
    let saved = settings::load(&file).unwrap();
    assert_eq!(saved.name.as_deref(), Some("Ana Ruiz"));
    assert_eq!(saved.theme, Some(ThemeName::Default), "the rest is kept");
    // Changes now carry the name in history.
    app.handle_key(KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE));
    press(&mut app, '3');
    let events = Store::open(&dir.path().join("t.db"))
        .unwrap()
        .events(&id)
        .unwrap();
    assert!(
        events.iter().any(|e| format!("{e:?}").contains("Ana Ruiz")),
        "{events:?}"
    );
    assert!(
        !events.iter().any(|e| format!("{e:?}").contains("unknown")),
        "{events:?}"
    );
}

#[test]
fn the_settings_name_gives_the_actor() {
    let settings = settings::parse("s", "name = \"Bo\"\nfacilitator = \"Ana\"\n", None).unwrap();
    assert_eq!(settings.name.as_deref(), Some("Bo"));
    if std::env::var_os("TOUCHSTONE_USER").is_none() {
        assert_eq!(settings::known_actor(&settings).as_deref(), Some("Bo"));
    }
}
