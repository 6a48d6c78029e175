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
