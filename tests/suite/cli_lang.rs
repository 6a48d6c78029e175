//! The command line in Spanish: `--help`, the messages and the counts; the language
//! chosen by `--lang`, TOUCHSTONE_LANG, the settings file or the locale.

use crate::common::Env;

#[test]
fn report_help_in_spanish() {
    let env = Env::new();
    let out = env.ok(&["--lang", "es", "report", "--help"]);
    for line in [
        "Imprimir el informe de una evaluación",
        "Uso: touchstone report [OPTIONS] <ID>",
        "Argumentos:",
        "  <ID>  La evaluación: su ID o un comienzo único de al menos 4 caracteres",
        "Opciones:",
        "      --format <FORMAT>  Qué escribir",
        "  -o, --output <FILE>    Escribir en este archivo en lugar de la salida estándar",
        "  -h, --help             Mostrar la ayuda",
        "Ejemplos:\n  touchstone report 0190abcd\n",
    ] {
        assert!(out.contains(line), "{line:?} in:\n{out}");
    }
    assert!(!out.contains("Print a report"), "{out}");
    // The same in English, as before.
    let en = env.ok(&["report", "--help"]);
    assert!(en.starts_with("Print a report of one assessment\n\nUsage: touchstone report"));
    assert!(
        en.contains("Examples:\n  touchstone report 0190abcd\n"),
        "{en}"
    );
}

#[test]
fn help_follows_touchstone_lang_the_locale_and_the_settings() {
    let env = Env::new();
    let about = |cmd: &mut assert_cmd::Command| {
        let out = cmd.args(["--help"]).output().expect("run");
        String::from_utf8_lossy(&out.stdout)
            .lines()
            .next()
            .unwrap_or("")
            .to_string()
    };
    let spanish = "Touchstone acompaña";
    assert!(about(env.cmd().env("TOUCHSTONE_LANG", "es")).starts_with(spanish));
    assert!(about(env.cmd().env("LANG", "es_MX.UTF-8")).starts_with(spanish));
    assert!(about(env.cmd().env("LANG", "en_US.UTF-8")).starts_with("Touchstone walks"));
    // --lang comes before the environment, wherever it is on the line.
    assert!(
        about(env.cmd().env("LANG", "es_MX.UTF-8").args(["--lang=en"]))
            .starts_with("Touchstone walks")
    );
    let settings = env.path("config/touchstone/settings.toml");
    std::fs::create_dir_all(settings.parent().unwrap()).unwrap();
    std::fs::write(&settings, "language = \"es\"\n").unwrap();
    assert_eq!(
        env.ok(&["settings", "path"]).trim(),
        settings.display().to_string(),
        "the settings file the test writes is the one read"
    );
    assert!(about(&mut env.cmd()).starts_with(spanish));
}

/// Runs `touchstone --lang es ARGS`; returns (status, stdout, stderr).
fn es(env: &Env, args: &[&str]) -> (Option<i32>, String, String) {
    let out = env.run_in("es", args);
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn messages_and_counts_in_spanish() {
    let env = Env::new();
    let (_, out, _) = es(&env, &["list"]);
    assert!(
        out.starts_with("Todavía no hay evaluaciones. Comience una con:\n  touchstone new"),
        "{out}"
    );
    let id = env.new_assessment("Lincoln Elementary");
    let (code, out, _) = es(&env, &["rate", &id, "cl-1", "2"]);
    assert_eq!(code, Some(0));
    assert!(
        out.starts_with("cl-1: ") && out.ends_with(" (guardado)\n"),
        "{out}"
    );
    let (_, out, _) = es(&env, &["list"]);
    assert!(out.starts_with("ID  ") || out.contains("Escuela"), "{out}");
    assert!(
        out.contains("Estándares implementados por completo"),
        "{out}"
    );
    let (_, out, _) = es(&env, &["submit", &id]);
    assert!(
        out.starts_with("Se entregó Lincoln Elementary 2026-11-02: ahora cuenta"),
        "{out}"
    );
    assert!(out.contains("Sin calificar todavía: "), "{out}");
    // An error, and the word "error:" stays.
    let (code, _, err) = es(&env, &["rate", &id, "cl-1", "2"]);
    assert_eq!(code, Some(2));
    assert!(
        err.starts_with("error: esta evaluación está entregada"),
        "{err}"
    );
    // Plurals: one and many.
    let (_, out, _) = es(&env, &["history", "--school", "linc"]);
    assert!(
        out.starts_with("Lincoln Elementary: 1 evaluación, de la más antigua"),
        "{out}"
    );
    let (_, out, _) = es(&env, &["rubrics"]);
    assert!(out.contains("[incluida]"), "{out}");
    // JSON keys do not change with the language.
    let (_, json, _) = es(&env, &["list", "--json"]);
    assert!(json.contains("\"fully_implementing\""), "{json}");
}

#[test]
fn problem_counts_in_spanish() {
    let env = Env::new();
    let bad = env.path("bad.toml");
    std::fs::write(&bad, "format = \"nonsense\"\n").unwrap();
    let (code, _, err) = es(&env, &["rubric", "check", bad.to_str().unwrap()]);
    assert_ne!(code, Some(0));
    let last = err.lines().last().unwrap_or("");
    assert!(
        last == "error: se encontró 1 problema" || last.starts_with("error: se encontraron "),
        "{err}"
    );
    // The English line is as it was.
    let out = env
        .cmd()
        .args(["rubric", "check", bad.to_str().unwrap()])
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    let last = err.lines().last().unwrap_or("");
    assert!(
        last == "error: 1 problem found" || last.ends_with(" problems found"),
        "{err}"
    );
}

/// JSON and CSV are read by programs: the rollup, its trend and a school's history
/// come out byte for byte the same in Spanish (the rule sentence included).
#[test]
fn machine_formats_of_rollup_and_history_do_not_change_with_the_language() {
    let env = Env::new();
    let id = env.new_dated("Adams", "2026-03-01");
    env.ok(&["rate", &id, "cl-1", "4"]);
    env.ok(&["submit", &id]);
    for args in [
        &["rollup", "--format", "json"][..],
        &["rollup", "--format", "csv"],
        &["rollup", "--format", "json", "--trend", "year"],
        &["rollup", "--format", "csv", "--standard-threshold", "70%"],
        &["history", "--school", "adams", "--json"],
    ] {
        let english = env.ok(args);
        let spanish = env.ok(&[&["--lang", "es"][..], args].concat());
        assert_eq!(spanish, english, "{args:?}");
    }
}

/// The rollup's text is for people: in Spanish it names the standards and levels as
/// the Spanish rubric does, and its counts sit under the wider "Escuelas" heading.
#[test]
fn the_rollup_text_in_spanish_reads_the_spanish_rubric_and_keeps_its_columns() {
    let env = Env::new();
    let id = env.new_dated("Adams", "2026-03-01");
    env.ok(&["rate", &id, "cl-1", "4"]);
    env.ok(&["submit", &id]);
    let text = env.ok(&[
        "--lang", "es", "rollup", "--by", "district", "--trend", "year",
    ]);
    assert!(text.contains("\nLiderazgo colaborativo "), "{text}");
    assert!(
        text.contains("Todavía no / En inicio / En desarrollo"),
        "{text}"
    );
    assert!(!text.contains("Collaborative Leadership"), "{text}");
    for heading in ["Distrito", "Período"] {
        let lines: Vec<&str> = text
            .lines()
            .skip_while(|l| !l.starts_with(heading))
            .collect();
        let head = lines[0];
        let row = lines[1];
        // The count ends where its heading ends (in characters: "Período" has an í).
        let at = head.find("Escuelas").expect("the heading");
        let end = head[..at].chars().count() + "Escuelas".chars().count();
        assert_eq!(row.chars().nth(end - 1), Some('1'), "{head}\n{row}");
    }
}
