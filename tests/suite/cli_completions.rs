//! `touchstone completions SHELL` and `touchstone man` (issue 14, item 1).

use crate::common::Env;
use std::io::Write;
use std::process::{Command, Stdio};

fn available(program: &str) -> bool {
    Command::new(program)
        .arg("--version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok()
}

#[test]
fn bash_completions_load_and_register_touchstone() {
    let env = Env::new();
    let script = env.ok(&["completions", "bash"]);
    assert!(script.contains("touchstone"), "{script}");
    if !available("bash") {
        eprintln!("skipped: bash is not installed");
        return;
    }
    let file = env.path("touchstone.bash");
    std::fs::write(&file, &script).unwrap();
    let out = Command::new("bash")
        .args(["--norc", "--noprofile", "-c"])
        .arg(format!(
            "source {} && complete -p touchstone",
            file.display()
        ))
        .output()
        .unwrap();
    crate::common::assert_success(&out);
    let registered = String::from_utf8_lossy(&out.stdout);
    assert!(
        registered.starts_with("complete ") && registered.trim_end().ends_with(" touchstone"),
        "{registered}"
    );
    // The subcommands are offered.
    for word in ["report", "rollup", "completions", "session"] {
        assert!(script.contains(word), "{word} missing");
    }
}

#[test]
fn every_other_shell_gets_a_script() {
    let env = Env::new();
    for shell in ["zsh", "fish", "powershell", "elvish"] {
        let script = env.ok(&["completions", shell]);
        assert!(
            script.len() > 500 && script.contains("touchstone") && script.contains("rollup"),
            "{shell}: {script}"
        );
    }
    let out = env.cmd().args(["completions", "tcsh"]).output().unwrap();
    assert!(!out.status.success());
}

#[test]
fn the_man_page_names_the_commands_and_renders() {
    let env = Env::new();
    let page = env.ok(&["man"]);
    assert!(page.starts_with(".ie") || page.contains(".TH"), "{page}");
    for command in ["report", "rollup", "history", "session", "completions"] {
        assert!(
            page.contains(command),
            "{command} missing from the man page"
        );
    }
    if !available("man") {
        eprintln!("skipped rendering: man is not installed");
        return;
    }
    let mut child = Command::new("man")
        .args(["-l", "-"])
        .env("MANPAGER", "cat")
        .env("PAGER", "cat")
        .env("MANWIDTH", "100")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(page.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    crate::common::assert_success(&out);
    let text = String::from_utf8_lossy(&out.stdout);
    for heading in ["NAME", "SYNOPSIS", "SUBCOMMANDS"] {
        assert!(text.contains(heading), "{heading} missing:\n{text}");
    }
    assert!(
        text.contains("touchstone-report") || text.contains("report"),
        "{text}"
    );
}

/// What bash offers for the words typed so far (the last one being completed), with
/// the completion script loaded and the binary on PATH as an installed one would be.
fn bash_offers(env: &Env, script: &std::path::Path, words: &[&str]) -> Vec<String> {
    let bin = std::path::Path::new(env!("CARGO_BIN_EXE_touchstone"))
        .parent()
        .unwrap()
        .to_path_buf();
    let path = format!(
        "{}:{}",
        bin.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let quoted: Vec<String> = words.iter().map(|w| format!("'{w}'")).collect();
    let program = format!(
        "source '{}'
COMP_WORDS=({})
COMP_CWORD=$(( ${{#COMP_WORDS[@]}} - 1 ))
_touchstone_values touchstone \"${{COMP_WORDS[COMP_CWORD]}}\" \"${{COMP_WORDS[COMP_CWORD-1]}}\"
printf '%s\\n' \"${{COMPREPLY[@]}}\"",
        script.display(),
        quoted.join(" ")
    );
    let out = Command::new("bash")
        .args(["--norc", "--noprofile", "-c", &program])
        .current_dir(env.dir.path())
        .env_clear()
        .env("PATH", path)
        .env("HOME", env.dir.path())
        .env("XDG_CONFIG_HOME", env.path("config"))
        .env("XDG_DATA_HOME", env.path("data"))
        .env("TOUCHSTONE_DB", env.db())
        .output()
        .unwrap();
    crate::common::assert_success(&out);
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter(|l| !l.is_empty())
        .map(str::to_string)
        .collect()
}

#[test]
fn bash_completes_assessment_rubric_and_plan_ids() {
    if !available("bash") {
        eprintln!("skipped: bash is not installed");
        return;
    }
    let env = Env::new();
    let a = env.new_assessment("Adams High");
    let b = env.new_assessment("Lincoln Elementary");
    let other = env.path("other.db");
    let o = other.to_str().unwrap();
    let c = env.ok(&[
        "--db", o, "new", "--school", "Other", "--rubric", "csf-2023",
    ]);
    let script = env.path("touchstone.bash");
    std::fs::write(&script, env.ok(&["completions", "bash"])).unwrap();

    let mut both = vec![a.clone(), b.clone()];
    both.sort();
    let mut offered = bash_offers(&env, &script, &["touchstone", "report", ""]);
    offered.sort();
    assert_eq!(offered, both);
    let prefix = &b[..b.len() - 4];
    assert_eq!(
        bash_offers(&env, &script, &["touchstone", "compare", &a, prefix]),
        vec![b.clone()]
    );
    assert_eq!(
        bash_offers(&env, &script, &["touchstone", "--db", o, "export", ""]),
        vec![c.trim().to_string()]
    );
    assert_eq!(
        bash_offers(
            &env,
            &script,
            &[
                "touchstone",
                "session",
                "start",
                "baseline-check",
                "--assessment",
                &a[..a.len() - 4]
            ]
        ),
        vec![a.clone()]
    );
    assert_eq!(
        bash_offers(&env, &script, &["touchstone", "rubric", "show", "cs-si"]),
        vec!["cs-site-2017"]
    );
    assert_eq!(
        bash_offers(&env, &script, &["touchstone", "new", "--rubric", "csf"]),
        vec!["csf-2023"]
    );
    assert!(
        bash_offers(&env, &script, &["touchstone", "session", "start", "base"])
            .contains(&"baseline-check".to_string())
    );
    // Everything else is clap's: subcommands, options, fixed values.
    assert_eq!(
        bash_offers(&env, &script, &["touchstone", "rep"]),
        vec!["report"]
    );
    let formats = bash_offers(&env, &script, &["touchstone", "report", "--format", ""]);
    assert!(formats.contains(&"html".to_string()), "{formats:?}");
}

#[test]
fn the_value_helper_never_makes_a_database() {
    let env = Env::new();
    let out = env.ok(&["__complete", "ids"]);
    assert!(out.is_empty(), "{out}");
    assert!(!env.db().exists());
    assert!(
        env.ok(&["__complete", "rubrics"])
            .contains("cs-site-2017\t")
    );
    // The fish script asks for the same values.
    assert!(env.ok(&["completions", "fish"]).contains("__complete ids"));
}

/// Issue 20, item 10: ids read from the database reach no shell as code. A database
/// holding ids such as `$(touch PWNED)` (written by another program: Touchstone's own
/// doors refuse them) offers none of them, and TAB in bash runs nothing.
#[test]
fn hostile_ids_in_the_database_are_never_offered_or_run() {
    let env = Env::new();
    let good = env.new_assessment("Adams High");
    let hostile = [
        "$(touch PWNED)",
        "`touch PWNED2`",
        "a b",
        "x;touch PWNED3",
        "-rf",
        "*",
        "id\nline",
    ];
    {
        let conn = rusqlite::Connection::open(env.db()).unwrap();
        // Another program's write: it renames without minding the other tables.
        conn.pragma_update(None, "foreign_keys", false).unwrap();
        for (n, id) in hostile.iter().enumerate() {
            let other = env.new_assessment(&format!("School {n}"));
            conn.execute(
                "UPDATE assessments SET id = ?1 WHERE id = ?2",
                [id.to_string(), other],
            )
            .unwrap();
        }
    }
    let listed = env.ok(&["__complete", "ids"]);
    let offered: Vec<&str> = listed
        .lines()
        .map(|l| l.split('\t').next().unwrap())
        .collect();
    assert_eq!(offered, vec![good.as_str()], "{listed}");

    if !available("bash") {
        eprintln!("skipped the bash part: bash is not installed");
        return;
    }
    let script = env.path("touchstone.bash");
    std::fs::write(&script, env.ok(&["completions", "bash"])).unwrap();
    for typed in ["", "$", "$(", "`", "a"] {
        let offered = bash_offers(&env, &script, &["touchstone", "report", typed]);
        let expected: Vec<String> = if good.starts_with(typed) {
            vec![good.clone()]
        } else {
            Vec::new()
        };
        assert_eq!(offered, expected, "typed {typed:?}");
    }
    for planted in ["PWNED", "PWNED2", "PWNED3"] {
        assert!(
            !env.path(planted).exists(),
            "TAB ran a command from the database ({planted})"
        );
    }
}

/// `touchstone man` is a real page: ENVIRONMENT, FILES, SETTINGS and KEYS (from the key
/// map, so every help line of the screens is there), in the language asked for.
#[test]
fn the_man_page_has_environment_files_settings_and_the_keys() {
    let env = Env::new();
    let page = env.ok(&["man"]);
    for heading in [".SH ENVIRONMENT", ".SH FILES", ".SH SETTINGS", ".SH KEYS"] {
        assert!(page.contains(heading), "{heading} missing: {page}");
    }
    for name in [
        "TOUCHSTONE_DB",
        "TOUCHSTONE_USER",
        "TOUCHSTONE_LANG",
        "TOUCHSTONE_PLAIN",
        "NO_COLOR",
        "LC_ALL, LC_MESSAGES, LANG",
        "settings.toml",
        "touchstone.db",
        "touchstone/standards/",
        "touchstone/sessions/",
        "\\fBfacilitator\\fR",
        "\\fB[keys]\\fR",
    ] {
        assert!(page.contains(name), "{name} missing: {page}");
    }
    // Every binding of the key map, with its help line.
    for b in touchstone::tui::keymap::BINDINGS {
        let tag = format!("\\fB{}\\fR", b.label.replace('-', "\\-"));
        assert!(page.contains(&tag), "{} missing: {page}", b.label);
    }
    let assess = format!(".SS {}", touchstone::tui::keymap::Ctx::Assess.title());
    assert!(page.contains(&assess), "{assess} missing: {page}");
    let es = env.ok(&["--lang", "es", "man"]);
    for heading in [
        ".SH ENTORNO",
        ".SH ARCHIVOS",
        ".SH CONFIGURACIÓN",
        ".SH TECLAS",
    ] {
        assert!(es.contains(heading), "{heading} missing: {es}");
    }
}
