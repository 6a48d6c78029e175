//! Plain mode in Spanish (issue 15): the same transcripts as `plain_mode`, read by a
//! Spanish speaker through a pipe (`--lang es`, `TOUCHSTONE_LANG=es`), with Spanish
//! command words; and file diagnostics whose message is Spanish after an unchanged
//! `FILE:LINE:COL` prefix.

use crate::common::Env;
use crate::plain_mode::{
    Piped, assert_no_escapes, dana_starts, decide_pl2, line_with, prerating_opened, transcript,
};
use touchstone::rubric::Choice;
use touchstone::store::Store;

/// List, open, rate with a note, evidence, move on and hear the figures, all in
/// Spanish words; every line Spanish, no escape byte, and the same saves as in English.
#[test]
fn a_spanish_transcript_lists_opens_rates_with_a_note_and_hears_the_summary() {
    let env = Env::new();
    let id = env.new_assessment("Lincoln Elementary");
    let script = "ayuda\nlista\nabrir 1\n3\nnota Los roles están escritos\nevidencia Acta de marzo\n\
                  siguiente\nna\nfrobnicar\nresumen\nvolver\nsalir\n";
    let text = transcript(env.cmd().args(["--lang", "es", "--plain"]), script);
    for line in [
        "Touchstone, modo de texto simple. Escriba ayuda para ver lo que puede escribir, o salir para terminar.",
        "En la lista de evaluaciones puede escribir:",
        "idioma es: español. idioma en: inglés (English).",
        "1 evaluación:",
        "Indicador cl-1, 1 de 6 del estándar 1 de 10: Liderazgo colaborativo.",
        "Niveles para cl-1; escriba el número para elegir:",
        "na. N/A: cl-1 no aplica aquí.",
        "Escriba un número para calificar cl-1, na para N/A, siguiente, pendiente, o ayuda.",
        "Guardado: cl-1 con la calificación En desarrollo, nivel 3. 1 de 61 indicadores calificados.",
        "Guardado: nota sobre cl-1. 1 de 61 indicadores calificados.",
        "Guardado: evidencia de cl-1, ahora 1 elemento. 1 de 61 indicadores calificados.",
        "Indicador cl-2, 2 de 6 del estándar 1 de 10: Liderazgo colaborativo.",
        "Guardado: cl-2 con la calificación N/A. 2 de 61 indicadores calificados.",
        "frobnicar no es algo que se pueda escribir en una evaluación. Escriba ayuda para ver lo que puede escribir ahora.",
        "Resumen de Lincoln Elementary, 2026-11-02: 2 de 61 indicadores calificados, 59 sin calificar.",
        "Implementa los estándares por completo: no.",
        "De vuelta en la lista de evaluaciones.",
        "Hasta luego. Todo está guardado.",
    ] {
        assert!(
            text.lines().any(|l| l == line),
            "no line {line:?} in:\n{text}"
        );
    }
    assert!(
        text.contains("1. Lincoln Elementary, 2026-11-02, cs-site-2017 versión 1, borrador: 0 de 61 calificados;"),
        "{text}"
    );
    // The figures heard are the report's, in Spanish words.
    let report = env.json(&["report", &id, "--format", "json"]);
    let f = &report["standards"];
    assert_eq!(
        line_with(&text, "Estándares implementados por completo: "),
        format!(
            "Estándares implementados por completo: {:.1}%, {} de {}.",
            f["percent"].as_f64().expect("percent"),
            f["numerator"],
            f["denominator"]
        )
    );
    // Nothing English is left in what plain mode itself says.
    for english in [
        "Saved",
        "Type ",
        "Indicator ",
        "Levels for",
        "Summary of",
        "Goodbye",
    ] {
        assert!(!text.contains(english), "{english:?} in:\n{text}");
    }
    // The same saves as in English: the note is the user's, the levels the rubric's keys.
    let a = Store::open(&env.db())
        .expect("open")
        .load(&id)
        .expect("load");
    assert_eq!(a.entries[0].choice, Some(Choice::Level(2)));
    assert_eq!(a.entries[0].note, "Los roles están escritos");
    assert_eq!(a.entries[0].evidence, vec!["Acta de marzo".to_string()]);
    assert_eq!(a.entries[1].choice, Some(Choice::NotApplicable));
}

/// `TOUCHSTONE_LANG=es` asks for Spanish too; English words keep working, and
/// `lang en` / `idioma es` switch for the rest of the session.
#[test]
fn the_environment_asks_for_spanish_and_the_language_switches_mid_way() {
    let env = Env::new();
    let id = env.new_assessment("Lincoln Elementary");
    let text = transcript(
        env.cmd()
            .env("TOUCHSTONE_LANG", "es")
            .args(["--plain", "assess", &id]),
        "4\nlang en\nnext\nidioma es\nnext\nidioma fr\nidioma\n",
    );
    assert!(
        text.contains("Guardado: cl-1 con la calificación Implementación plena, nivel 4."),
        "{text}"
    );
    assert!(text.contains("The language is now English. Type lang es for Spanish (español)."));
    assert!(
        text.contains("Indicator cl-2, 2 of 6 in standard 1 of 10"),
        "{text}"
    );
    assert!(text.contains("El idioma ahora es español."), "{text}");
    assert!(
        text.contains("Indicador cl-3, 3 de 6 del estándar 1 de 10"),
        "{text}"
    );
    assert!(text.contains("Touchstone no habla el idioma fr."), "{text}");
    assert!(text.contains("El idioma es español."), "{text}");
    assert!(
        text.ends_with("Fin de la entrada. Todo está guardado. Hasta luego.\n"),
        "{text}"
    );
}

/// A Spanish participant joins a session in plain mode, votes with a comment, hears
/// the reveal and the decision in Spanish; the votes are the same records as in English.
#[test]
fn a_spanish_plain_participant_joins_votes_and_hears_the_reveal_and_decision() {
    let env = Env::new();
    let id = env.new_assessment("Lincoln Elementary");
    let (mut facilitator, live) = dana_starts(&env, &id);
    let mut ana = Piped::start(
        &env,
        &[
            "--lang", "es", "--plain", "session", "join", &live.code, "--name", "Ana",
        ],
    );
    ana.wait_for(&format!(
        "Se unió a la sesión {} sobre Lincoln Elementary",
        live.code
    ));
    ana.wait_for("como Ana. Facilita: Dana.");
    ana.wait_for("Esperando a que la persona que facilita presente un indicador.");
    ana.send("ayuda");
    ana.wait_for("En una sesión puede escribir:");
    facilitator
        .discuss(&live.id, Some("pl-2"))
        .expect("discuss");
    ana.wait_for("La persona que facilita presentó un nuevo indicador.");
    ana.wait_for("En discusión: pl-2, ronda 1, en Bienvenida y propósito.");
    ana.wait_for("Niveles para pl-2; escriba el número para elegir:");
    ana.send("3");
    ana.wait_for(
        "Su voto sobre pl-2: En desarrollo, nivel 3. Es privado hasta que se muestren los votos",
    );
    ana.send("comentario Metas sí, responsables todavía no");
    ana.wait_for("Comentario guardado con su voto sobre pl-2.");
    facilitator.join_session(&live.id, "Bo").expect("join");
    let now = facilitator.live_session(&live.id).expect("live");
    facilitator.vote(&now, "Bo", "full", "").expect("vote");
    ana.send("estado");
    ana.wait_for(
        "pl-2, ronda 1; votaron 2 de 2 personas; su voto En desarrollo, nivel 3; votos ocultos.",
    );
    facilitator.reveal(&live.id).expect("reveal");
    ana.wait_for("Votos sobre pl-2 mostrados, 2 votos: Todavía no 0, En inicio 0, En desarrollo 1, Implementación plena 1, N/A 0.");
    // The secret ballot: the comment with its level, nobody's name.
    ana.wait_for(
        "Un comentario con un voto por En desarrollo, nivel 3: Metas sí, responsables todavía no",
    );
    assert!(!ana.text().contains("Bo votó") && !ana.text().contains("Comentario de Ana"));
    decide_pl2(&mut facilitator, &live.id, &id);
    ana.wait_for("Decisión sobre pl-2: En desarrollo, nivel 3, registrada por la persona que facilita a partir de 2 votos.");
    facilitator.end_session(&live.id).expect("end");
    ana.wait_for("La sesión terminó. Gracias; sus votos se conservan.");
    let text = ana.finish();
    assert_no_escapes(&text);
    assert!(!text.contains("Your vote"), "{text}");
    let votes = facilitator.votes(&live.id, "pl-2", 1).expect("votes");
    // Kept without the voter's name once the session ended.
    assert!(votes.iter().any(|v| v.participant.is_none()
        && v.level == "developing"
        && v.comment == "Metas sí, responsables todavía no"));
}

/// Pre-rating in Spanish: the same store call, Spanish lines.
#[test]
fn a_spanish_member_pre_rates_in_plain_mode() {
    let env = Env::new();
    let (_, code) = prerating_opened(&env);
    let join = [
        "--lang", "es", "--plain", "session", "join", &code, "--name", "Ana",
    ];
    let text = transcript(env.cmd().args(join), "2\nresumen\nsalir\n");
    assert!(text.contains("como Ana, para la calificación previa: califique cada indicador por su cuenta antes del taller."), "{text}");
    assert!(text.contains("Calificación previa de cl-1: En inicio, nivel 2. Nadie más la ve antes de que se muestren los votos. 1 de "), "{text}");
    assert!(
        text.contains("Su calificación previa de cl-1: En inicio, nivel 2."),
        "{text}"
    );
    assert!(
        text.contains(
            "Salió. Sus calificaciones previas se conservan; únase otra vez para seguir."
        )
    );
}

/// The problem lines of `touchstone --lang LANG ARGS…` (standard error), with its exit code.
fn problems(env: &Env, lang: &str, args: &[&str]) -> (Option<i32>, Vec<String>) {
    let out = env.run_in(lang, args);
    assert!(out.stdout.is_empty() || !out.status.success());
    let err = String::from_utf8(out.stderr).expect("utf-8");
    let lines = err
        .lines()
        .filter(|l| l.contains(".toml:"))
        .map(str::to_string)
        .collect();
    (out.status.code(), lines)
}

/// A rubric file's problem, a session plan's and an assessment file's, in Spanish: the `FILE:LINE:COL:`
/// prefix is the English one to the byte, only the message after it changes.
#[test]
fn file_problems_keep_their_place_and_say_the_rest_in_spanish() {
    let env = Env::new();
    let fixture = |kind: &str, name: &str| {
        format!(
            "{}/tests/fixtures/{kind}/{name}.toml",
            env!("CARGO_MANIFEST_DIR")
        )
    };
    let cases = [
        (
            ["rubric", "check"],
            fixture("rubrics", "bad-duplicate-level-key"),
            ":9:11: ",
            "level key \"no\" appears twice",
            "la clave de nivel \"no\" aparece dos veces",
        ),
        (
            ["rubric", "check"],
            fixture("rubrics", "bad-empty-text"),
            ":22:8: ",
            "indicator text is empty",
            "texto del indicador: falta el texto",
        ),
        (
            ["session", "check"],
            fixture("sessions", "bad-baseline-false"),
            ":18:12: ",
            "baseline = false covers nothing; leave it out",
            "baseline = false no cubre nada; quítelo",
        ),
        (
            ["import", "--replace"],
            fixture("imports", "bad-status"),
            ":11:10: ",
            "status \"finished\" is not one of draft, final",
            "el estado \"finished\" no es draft ni final",
        ),
    ];
    for (args, file, place, english, spanish) in cases {
        let args = [args[0], args[1], file.as_str()];
        let (en_code, en) = problems(&env, "en", &args);
        let (es_code, es) = problems(&env, "es", &args);
        assert_eq!((en_code, es_code), (Some(2), Some(2)), "{en:?} {es:?}");
        assert_eq!(en, [format!("{file}{place}{english}")]);
        assert_eq!(es, [format!("{file}{place}{spanish}")]);
    }
}

/// The settings file's problems in Spanish, at the same place. (The command line reads
/// the settings before it knows the language the settings ask for, so this calls the
/// parser in a Spanish thread.)
#[test]
fn settings_problems_keep_their_place_and_say_the_rest_in_spanish() {
    let text = "theme = \"dark\"\ncolour = \"blue\"\n";
    let said = |lang| {
        touchstone::i18n::scoped(lang, || {
            touchstone::settings::parse("settings.toml", text, None)
                .expect_err("two problems")
                .iter()
                .map(|d| d.to_string())
                .collect::<Vec<_>>()
        })
    };
    assert_eq!(
        said(touchstone::i18n::Lang::En),
        [
            "settings.toml:1:9: theme \"dark\" is not one of default, high-contrast, monochrome",
            "settings.toml:2:1: unknown setting \"colour\"; the settings are theme, language, rubric, facilitator, database and [keys]",
        ]
    );
    assert_eq!(
        said(touchstone::i18n::Lang::Es),
        [
            "settings.toml:1:9: theme \"dark\" no es uno de default, high-contrast, monochrome",
            "settings.toml:2:1: la configuración \"colour\" no existe; las opciones son theme, language, rubric, facilitator, database y [keys]",
        ]
    );
}

/// Someone else's change is announced in Spanish, and a save over it is refused in
/// Spanish, each in one line that names the indicator.
#[test]
fn changes_by_others_are_announced_in_spanish() {
    use touchstone::store::{Base, Edit};
    let env = Env::new();
    let id = env.new_assessment("Lincoln Elementary");
    let mut plain = Piped::start(&env, &["--lang", "es", "--plain", "assess", &id]);
    plain.wait_for("Escriba un número para calificar cl-1");
    let mut other = Store::open(&env.db()).expect("open");
    let rate = Edit {
        level: Some(Some("emerging".into())),
        ..Edit::default()
    };
    other
        .save_entry(&id, "cl-1", Base::Latest, &rate, "Bo Chen")
        .expect("rate");
    plain.wait_for(
        "Cambio de Bo Chen: cl-1, ahora con la calificación En inicio, nivel 2. Escriba leer para escucharlo.",
    );
    let note = Edit {
        note: Some("La nota de Bo".into()),
        ..Edit::default()
    };
    other
        .save_entry(&id, "cl-1", Base::Latest, &note, "Bo Chen")
        .expect("note");
    // Replacing a note asks first; saved over a change made after the question:
    // refused, with what is there now.
    plain.send("nota La nota de Ana");
    plain.wait_for("¿Reemplazar la nota de cl-1 por la suya?");
    let later = Edit {
        note: Some("La nota de Bo, otra vez".into()),
        ..Edit::default()
    };
    other
        .save_entry(&id, "cl-1", Base::Latest, &later, "Bo Chen")
        .expect("note");
    plain.send("sí");
    plain.wait_for("No se guardó: Bo Chen cambió cl-1 a las ");
    plain.wait_for("La nota de la otra persona sobre cl-1: La nota de Bo, otra vez");
    plain
        .wait_for("Lo suyo no se guardó. Escríbalo de nuevo para reemplazar lo de la otra persona");
    plain.send("nota La nota de Ana");
    plain.wait_for("cl-1 ya tiene una nota: La nota de Bo, otra vez");
    plain.send("sí");
    plain.wait_for("Guardado: nota sobre cl-1.");
    assert_no_escapes(&plain.finish());
}
