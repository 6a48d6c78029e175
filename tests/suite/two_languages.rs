//! Issue 22 item 5: each App speaks its own language. Two Apps on ONE thread, one in
//! English and one in Spanish, drawn and keyed in turn, each render only their own
//! language, and switching one (`L`) leaves the other and the thread alone.

use crate::snapshot::{keys, screen_text};
use touchstone::i18n::{self, Lang};
use touchstone::rubric::Registry;
use touchstone::store::Store;
use touchstone::tui::App;

/// The app on `db`, made while the thread speaks `lang` (as the CLI and a connection
/// make theirs); the thread's language is put back at once.
fn app_in(db: &std::path::Path, lang: Lang) -> App {
    i18n::scoped(lang, || {
        App::new(
            Store::open(db).expect("open"),
            Registry::bundled(),
            "tester".into(),
            crate::common::options(None, None),
        )
    })
}

/// Whether the drawn screen is in `lang` only: the list's column headings of `lang`
/// are there and those of the other language are not.
#[track_caller]
fn speaks(app: &App, lang: Lang) {
    let text = screen_text(app, 100, 30);
    for id in ["home-col-school", "home-col-date"] {
        let own = i18n::tr_in(lang, id, &[]);
        let other = i18n::tr_in(lang.next(), id, &[]);
        assert!(text.contains(&own), "no {own:?} in {lang}:\n{text}");
        assert!(!text.contains(&other), "{other:?} in {lang}:\n{text}");
    }
}

#[test]
fn two_apps_on_one_thread_each_render_only_their_own_language() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("t.db");
    crate::common::lincoln(&mut Store::open(&db).expect("open"));
    let before = i18n::current();
    let mut english = app_in(&db, Lang::En);
    let mut spanish = app_in(&db, Lang::Es);
    assert_eq!(i18n::current(), before);

    speaks(&english, Lang::En);
    speaks(&spanish, Lang::Es);
    // A key to one: its answer (an unbound key's hint) is in its language.
    let (hint_en, hint_es) = (english.unbound_hint(&z()), spanish.unbound_hint(&z()));
    assert_ne!(hint_en, hint_es);
    keys(&mut spanish, "Z");
    speaks(&english, Lang::En);
    speaks(&spanish, Lang::Es);
    assert!(screen_text(&spanish, 100, 30).contains(&hint_es));
    keys(&mut english, "Z");
    speaks(&spanish, Lang::Es);
    speaks(&english, Lang::En);
    assert!(screen_text(&english, 100, 30).contains(&hint_en));

    // `L` switches one App only; the other and the thread keep theirs.
    keys(&mut english, "L");
    assert_eq!(english.lang(), Lang::Es);
    speaks(&spanish, Lang::Es);
    speaks(&english, Lang::Es);
    keys(&mut spanish, "L");
    speaks(&english, Lang::Es);
    speaks(&spanish, Lang::En);
    assert_eq!(
        i18n::current(),
        before,
        "no App left its language on the thread"
    );
}

fn z() -> ratatui::crossterm::event::KeyEvent {
    ratatui::crossterm::event::KeyEvent::new(
        ratatui::crossterm::event::KeyCode::Char('Z'),
        ratatui::crossterm::event::KeyModifiers::SHIFT,
    )
}
