//! The stored figures of each assessment (`assessment_figures`) always equal a recount
//! from its ratings, whatever sequence of writes came before; `touchstone db check`
//! finds and rebuilds figures that do not.

use crate::common::{Env, lincoln};
use proptest::prelude::*;
use touchstone::rubric::{Choice, Registry};
use touchstone::store::{Base, Edit, Figures, Store};

/// One write, on assessment `a` (an index into the test's assessments) and indicator
/// `i` (an index into the indicators the test uses).
#[derive(Debug, Clone)]
enum Op {
    Rate {
        a: usize,
        i: usize,
        level: usize,
    },
    NotApplicable {
        a: usize,
        i: usize,
    },
    Clear {
        a: usize,
        i: usize,
    },
    Note {
        a: usize,
        i: usize,
        text: String,
    },
    /// `import --replace` of the assessment with these choices (`None`: unrated,
    /// `Some(None)`: N/A, `Some(Some(level))`).
    ImportReplace {
        a: usize,
        choices: Vec<Option<Option<usize>>>,
    },
    Delete {
        a: usize,
    },
    Restore {
        a: usize,
    },
    /// What `u` does: the last logged change put back through the versioned save the
    /// screens use (undo, redo and the conflict choice all write through it).
    Undo {
        a: usize,
    },
}

const ASSESSMENTS: usize = 3;

/// The indicators written to: the first standard's (so some runs implement it fully)
/// and the baseline ones (so the baseline flips), at most 8.
fn pool() -> Vec<String> {
    // The rubric `lincoln()` assesses with.
    let rubric = Registry::bundled()
        .get("cs-site-2017", "1")
        .unwrap()
        .rubric
        .clone();
    let mut ids: Vec<String> = rubric.standards[0]
        .indicators
        .iter()
        .map(|i| i.id.clone())
        .collect();
    for (_, ind) in rubric.indicators() {
        if ind.baseline && !ids.contains(&ind.id) {
            ids.push(ind.id.clone());
        }
    }
    ids.truncate(8);
    ids
}

fn op() -> impl Strategy<Value = Op> {
    let a = 0..ASSESSMENTS;
    let i = 0..8usize;
    prop_oneof![
        4 => (a.clone(), i.clone(), 0..4usize).prop_map(|(a, i, level)| Op::Rate { a, i, level }),
        1 => (a.clone(), i.clone()).prop_map(|(a, i)| Op::NotApplicable { a, i }),
        1 => (a.clone(), i.clone()).prop_map(|(a, i)| Op::Clear { a, i }),
        1 => (a.clone(), i.clone(), "[a-z ]{0,8}").prop_map(|(a, i, text)| Op::Note { a, i, text }),
        1 => (a.clone(), proptest::collection::vec(proptest::option::of(proptest::option::of(0..4usize)), 8))
            .prop_map(|(a, choices)| Op::ImportReplace { a, choices }),
        1 => a.clone().prop_map(|a| Op::Delete { a }),
        1 => a.clone().prop_map(|a| Op::Restore { a }),
        2 => a.prop_map(|a| Op::Undo { a }),
    ]
}

fn apply(store: &mut Store, ids: &[String], pool: &[String], op: &Op) {
    let indicator = |i: &usize| pool[i % pool.len()].clone();
    match op {
        Op::Rate { a, i, level } => rate(store, &ids[*a], &indicator(i), |x| {
            Some(Choice::Level(level_in(x, *level)))
        }),
        Op::NotApplicable { a, i } => rate(store, &ids[*a], &indicator(i), |_| {
            Some(Choice::NotApplicable)
        }),
        Op::Clear { a, i } => rate(store, &ids[*a], &indicator(i), |_| None),
        Op::Note { a, i, text } => {
            let assessment = store.load(&ids[*a]).unwrap();
            store
                .note(&assessment, &indicator(i), text.trim(), "tester")
                .unwrap();
        }
        Op::ImportReplace { a, choices } => {
            let mut file = store.load(&ids[*a]).unwrap();
            for (k, choice) in choices.iter().enumerate() {
                let at = file.rubric.indicator_index(&pool[k % pool.len()]).unwrap();
                file.entries[at].choice = choice.map(|c| match c {
                    None => Choice::NotApplicable,
                    Some(level) => Choice::Level(level_in(&file, level)),
                });
            }
            store.import(&[file], true, "tester (import)").unwrap();
        }
        Op::Delete { a } => store.delete(&ids[*a]).unwrap(),
        Op::Restore { a } => store.restore(&ids[*a]).unwrap(),
        Op::Undo { a } => {
            let Some(last) = store.events(&ids[*a]).unwrap().pop() else {
                return;
            };
            let edit = Edit {
                level: Some(last.change.old_level.clone()),
                note: Some(last.change.old_note.clone()),
                evidence: None,
            };
            store
                .save_entry(&ids[*a], &last.indicator, Base::Latest, &edit, "tester")
                .unwrap();
        }
    }
}

fn rate(
    store: &mut Store,
    id: &str,
    indicator: &str,
    choice: impl FnOnce(&touchstone::assessment::Assessment) -> Option<Choice>,
) {
    let assessment = store.load(id).unwrap();
    let choice = choice(&assessment);
    store
        .rate(&assessment, indicator, choice, None, "tester")
        .unwrap();
}

fn level_in(a: &touchstone::assessment::Assessment, level: usize) -> usize {
    level % a.rubric.levels.len()
}

/// Stored figures, the store's recount and a recount by `score()` over the loaded
/// assessment all agree.
fn assert_figures_agree(store: &Store, ids: &[String], after: &Op) {
    for id in ids {
        let stored = store.figures(id).unwrap();
        let recount = Figures::of(&store.load(id).unwrap().score());
        assert_eq!(stored, Some(recount), "{id} after {after:?}");
        assert_eq!(store.recount_figures(id).unwrap(), Some(recount));
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn stored_figures_equal_a_recount_after_every_write(ops in proptest::collection::vec(op(), 1..24)) {
        let env = Env::new();
        let mut store = Store::open(&env.db()).unwrap();
        let ids: Vec<String> = (0..ASSESSMENTS).map(|_| lincoln(&mut store)).collect();
        let pool = pool();
        for op in &ops {
            apply(&mut store, &ids, &pool, op);
            assert_figures_agree(&store, &ids, op);
        }
        prop_assert!(store.check_figures(false).unwrap().is_empty());
    }
}

/// Figures changed behind the store's back are reported by `db check` (exit 1, each
/// assessment with stored → recounted) and rebuilt by `db check --repair`.
#[test]
fn db_check_reports_and_repairs_figures_that_differ() {
    let env = Env::new();
    let id = env.new_assessment("Lincoln Elementary");
    env.ok(&["rate", &id, "cl-1", "emerging"]);
    let clean = env.ok(&["db", "check"]);
    assert!(clean.contains("agree"), "{clean}");
    {
        let conn = rusqlite::Connection::open(env.db()).unwrap();
        conn.execute(
            "UPDATE assessment_figures SET rated = 7, at_full = 5, baseline_met = 1
             WHERE assessment_id = ?1",
            [&id],
        )
        .unwrap();
    }
    let out = env.cmd().args(["db", "check"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains(&id), "{stdout}");
    assert!(stdout.contains("rated 7 → 1"), "{stdout}");
    assert!(stdout.contains("baseline met yes → no"), "{stdout}");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("--repair"), "{stderr}");
    // Lists read the stored figures, not the ratings.
    let listed = env.json(&["list", "--json"]);
    assert_eq!(listed[0]["rated"], 7, "list shows what is stored");
    let history = env.json(&["history", "--school", "Lincoln", "--json"]);
    assert_eq!(history[0]["indicators"]["numerator"], 5, "{history}");
    assert_eq!(history[0]["baseline_met"], true);
    let repaired = env.ok(&["db", "check", "--repair"]);
    assert!(
        repaired.contains("Rebuilt the figures of 1 assessment"),
        "{repaired}"
    );
    assert!(env.ok(&["db", "check"]).contains("agree"));
    let listed = env.json(&["list", "--json"]);
    assert_eq!(listed[0]["rated"], 1);
    let history = env.json(&["history", "--school", "Lincoln", "--json"]);
    assert_eq!(history[0]["indicators"]["numerator"], 0);
}

/// A consensus recorded in a coaching session is a rating like any other: the
/// figures follow it in the same transaction.
#[test]
fn a_session_decision_keeps_the_figures() {
    let env = Env::new();
    let mut store = Store::open(&env.db()).unwrap();
    let id = lincoln(&mut store);
    let live = crate::common::start_baseline(&mut store, &id);
    store.discuss(&live.id, Some("ci-1")).unwrap();
    let live = store.live_session(&live.id).unwrap();
    let assessment = store.load(&id).unwrap();
    store
        .decide(
            &live,
            &assessment,
            "ci-1",
            Choice::Level(3),
            None,
            None,
            0,
            "Dana (consensus)",
        )
        .unwrap();
    let stored = store.figures(&id).unwrap().unwrap();
    assert_eq!((stored.rated, stored.at_full), (1, 1));
    assert_eq!(
        Some(stored),
        Some(Figures::of(&store.load(&id).unwrap().score()))
    );
}
