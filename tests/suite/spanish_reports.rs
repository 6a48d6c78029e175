//! The reports and minutes in Spanish: the text, Markdown and HTML reports and the
//! workshop minutes read in Spanish (the rubric and the plan in their Spanish
//! translations: standards, statements, level names, plan and segment titles), while the machine formats (JSON, CSV, the TOML export) are the same bytes in
//! both languages. Import's messages in Spanish keep their `FILE:` prefixes.

use crate::common::{self, Env};
use jiff::civil::date;
use std::path::Path;
use touchstone::assessment::{Action, ActionStatus, Assessment};
use touchstone::exchange::report::{Format, render};
use touchstone::i18n::{self, Lang};
use touchstone::rubric::Choice;
use touchstone::store::Store;

/// Lincoln Elementary (cs-site-2017 v1, 2026-11-02), with some ratings, a note, an
/// N/A, an action step and an ended workshop (Ana and Ben vote on ci-1, the team
/// records Developing). Returns the assessment as the store loads it.
fn assessment(db: &Path) -> Assessment {
    let mut store = Store::open(db).expect("open store");
    let id = common::riverside_lincoln(&mut store);
    let a = store.load(&id).expect("load");
    for i in 1..=6 {
        store
            .rate(&a, &format!("cl-{i}"), Some(Choice::Level(3)), None, "t")
            .expect("rate");
    }
    store
        .rate(
            &a,
            "pl-1",
            Some(Choice::Level(0)),
            Some("Encuesta a las familias en marzo"),
            "t",
        )
        .expect("rate");
    store
        .rate(&a, "pl-2", Some(Choice::NotApplicable), None, "t")
        .expect("rate");
    store
        .set_actions(
            &id,
            &[Action {
                indicator: "pl-1".into(),
                step: "Invitar a las familias a la reunión".into(),
                owner: Some("Ana Ruiz".into()),
                due: Some(date(2026, 12, 1)),
                status: ActionStatus::Open,
            }],
        )
        .expect("actions");
    let live = common::ci1_decided(&mut store, &id, "María coordina 3 días a la semana");
    store.end_session(&live.id).expect("end");
    store.load(&id).expect("load")
}

/// `format` of `a` in `lang`, with what changes from run to run (the id, the
/// session's start) replaced.
fn report(a: &Assessment, format: Format, lang: Lang) -> String {
    let text = i18n::scoped(lang, || render(a, format, &[])).expect("render");
    let started = a.sessions[0].started.to_string();
    text.replace(&a.meta.id, "[id]")
        .replace(&started, "[started]")
}

#[test]
fn the_text_report_in_spanish() {
    let env = Env::new();
    let a = assessment(&env.db());
    let text = report(&a, Format::Text, Lang::Es);
    for wanted in [
        "Evaluación [id] · borrador · incompleta: 52 indicadores sin calificar",
        "Implementa los estándares por completo: no",
        "Estándares implementados por completo:  10.0% (1/10)",
        "Regla: Un estándar está implementado por completo cuando todos sus indicadores",
        "Calificaciones",
        "Sin calificar",
        "nota: Encuesta a las familias en marzo",
        "Plan de acción",
        "[abierto] pl-1 — Invitar a las familias a la reunión · Ana Ruiz · fecha límite 2026-12-01",
        "Sesiones de acompañamiento",
        "facilitada por Dana · 2 participantes · 1 decisión",
    ] {
        assert!(text.contains(wanted), "no `{wanted}` in:\n{text}");
    }
    insta::assert_snapshot!("spanish_text_report", text);
}

#[test]
fn the_markdown_report_in_spanish() {
    let env = Env::new();
    let a = assessment(&env.db());
    let md = report(&a, Format::Md, Lang::Es);
    for wanted in [
        "- Evaluación `[id]`, borrador, incompleta:",
        "- Equipo: Ana Ruiz, Ben Okafor",
        "- Persona que facilita: Dana",
        "| Estándar | Implementado por completo | Indicadores completos | Puntaje promedio |",
        "| Indicador | Nivel | Nota |",
        "## Plan de acción",
        "| Indicador | Paso | Responsable | Fecha límite | Estado |",
        // The minutes sit one level down under the report.
        "## Acta del taller: Lincoln Elementary, 2026-11-02",
    ] {
        assert!(md.contains(wanted), "no `{wanted}` in:\n{md}");
    }
    // The minutes' times are local; the snapshot is of the report above them.
    let report_part = md.split("## Acta del taller").next().expect("the report");
    insta::assert_snapshot!("spanish_markdown_report", report_part);
}

#[test]
fn the_html_report_in_spanish_is_well_formed_and_says_it_is_spanish() {
    let env = Env::new();
    let a = assessment(&env.db());
    let html = report(&a, Format::Html, Lang::Es);
    let doc = roxmltree::Document::parse_with_options(
        &html,
        roxmltree::ParsingOptions {
            allow_dtd: true,
            ..Default::default()
        },
    )
    .expect("the report parses as XML");
    let root = doc.root_element();
    assert_eq!(root.tag_name().name(), "html");
    assert_eq!(root.attribute("lang"), Some("es"));
    let headings: Vec<&str> = doc
        .descendants()
        .filter(|n| n.tag_name().name() == "h2")
        .filter_map(|n| n.text())
        .collect();
    assert_eq!(
        headings,
        [
            "Estándares",
            "Calificaciones",
            "Plan de acción",
            "Sesión de acompañamiento: Revisión del nivel base"
        ]
    );
    let columns: Vec<&str> = doc
        .descendants()
        .filter(|n| n.tag_name().name() == "th")
        .filter_map(|n| n.text())
        .collect();
    for wanted in [
        "Indicador",
        "Nivel",
        "Nota y evidencia",
        "Responsable",
        "Consenso",
        "Mediana de los votos",
    ] {
        assert!(columns.contains(&wanted), "no column {wanted}: {columns:?}");
    }
    let bars = doc
        .descendants()
        .find(|n| n.tag_name().name() == "svg")
        .expect("the bars");
    assert_eq!(
        bars.attribute("aria-label"),
        Some("Porcentaje de indicadores en el nivel completo, por estándar")
    );
    insta::assert_snapshot!("spanish_html_report", html);

    // English is still English, and says so.
    let english = report(&a, Format::Html, Lang::En);
    assert!(english.contains("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">"));
    assert!(english.contains("<h2>Ratings</h2>"));
}

#[test]
fn the_html_trend_chart_in_spanish() {
    let env = Env::new();
    let a = assessment(&env.db());
    let trend = [
        touchstone::exchange::html::TrendPoint {
            date: "2025-05-04".into(),
            standards: 0.0,
            indicators: 20.0,
        },
        touchstone::exchange::html::TrendPoint {
            date: "2026-11-02".into(),
            standards: 10.0,
            indicators: 24.0,
        },
    ];
    let html = i18n::scoped(Lang::Es, || render(&a, Format::Html, &trend)).expect("render");
    for wanted in [
        "<h2>A lo largo del tiempo</h2>",
        "aria-label=\"Estándares implementados por completo a lo largo del tiempo\"",
        "<title>estándares</title>",
        "<title>indicadores</title>",
        "Línea continua: estándares implementados por completo. Línea discontinua: indicadores en el nivel completo.",
    ] {
        assert!(html.contains(wanted), "no `{wanted}` in:\n{html}");
    }
}

#[test]
fn the_minutes_in_spanish() {
    let env = Env::new();
    let a = assessment(&env.db());
    let md = i18n::scoped(Lang::Es, || {
        touchstone::exchange::minutes::markdown(&a, &a.sessions[0], false)
    });
    for wanted in [
        "# Acta del taller: Lincoln Elementary, 2026-11-02",
        "- Plan: Revisión del nivel base (`baseline-check`)",
        "- Persona que facilita: Dana",
        "- Participantes (2): Ana, Ben",
        "## Agenda",
        "| Parte | Tipo | Previsto | Real | Inicio |",
        "| Bienvenida y propósito | bienvenida | 5 min |",
        "## Decisiones",
        "### ci-1: En desarrollo",
        "2 votos; mediana En inicio; dispersión 1 nivel",
        "- Votos: En inicio 1 · En desarrollo 1",
        "- Comentario (En desarrollo): \"María coordina 3 días a la semana\"",
    ] {
        assert!(md.contains(wanted), "no `{wanted}` in the minutes:\n{md}");
    }
    assert!(
        md.contains("- Horario: 2026-") || md.contains("- Horario: 20"),
        "{md}"
    );
    assert!(!md.contains("en curso"), "the session ended:\n{md}");
}

#[test]
fn json_csv_and_the_export_are_the_same_in_both_languages() {
    let env = Env::new();
    let a = assessment(&env.db());
    for format in [Format::Json, Format::Csv] {
        let english = i18n::scoped(Lang::En, || render(&a, format, &[])).expect("render");
        let spanish = i18n::scoped(Lang::Es, || render(&a, format, &[])).expect("render");
        assert_eq!(english, spanish, "{format:?} differs between the languages");
    }
    let english = i18n::scoped(Lang::En, || touchstone::exchange::to_toml(&a));
    let spanish = i18n::scoped(Lang::Es, || touchstone::exchange::to_toml(&a));
    assert_eq!(english, spanish, "the export differs between the languages");
    // The binary too, asked in Spanish.
    let json = |lang: &str| env.ok(&["--lang", lang, "report", &a.meta.id, "--format", "json"]);
    assert_eq!(json("en"), json("es"));
    let csv = |lang: &str| env.ok(&["--lang", lang, "report", &a.meta.id, "--format", "csv"]);
    assert_eq!(csv("en"), csv("es"));
}

/// Runs the binary in Spanish, expects exit code 2, returns standard error.
fn refused_in_spanish(env: &Env, args: &[&str]) -> String {
    let out = env.run_in("es", args);
    assert_eq!(out.status.code(), Some(2), "touchstone {args:?}");
    assert!(
        out.stdout.is_empty(),
        "touchstone {args:?} printed something"
    );
    String::from_utf8(out.stderr).expect("utf-8")
}

#[test]
fn an_import_conflict_in_spanish_says_what_differs() {
    let env = Env::new();
    let id = env.new_assessment("Lincoln Elementary");
    let file = env.path("lincoln.toml");
    let file_arg = file.display().to_string();
    env.ok(&["export", &id, "-o", &file_arg]);
    env.ok(&["rate", &id, "cl-1", "full", "--note", "Se reúne cada mes"]);
    let said = refused_in_spanish(&env, &["import", &file_arg]);
    for wanted in [
        format!(
            "{file_arg}: la evaluación {id} ya existe aquí con otro contenido: \
             1 calificación distinta (cl-1); 1 nota distinta (cl-1)"
        ),
        "no se importó nada; importe con --replace para reemplazar esas evaluaciones".to_string(),
    ] {
        assert!(said.contains(&wanted), "no `{wanted}` in:\n{said}");
    }
    // Nothing was imported: the rating made here stands.
    let report = env.ok(&["report", &id]);
    assert!(report.contains("note: Se reúne cada mes"), "{report}");
}

#[test]
fn a_bad_file_and_an_unknown_id_in_spanish_keep_their_places() {
    let env = Env::new();
    let id = env.new_assessment("Lincoln Elementary");
    let file = env.path("lincoln.toml");
    let file_arg = file.display().to_string();
    env.ok(&["export", &id, "-o", &file_arg]);
    let text = std::fs::read_to_string(&file).expect("export");
    let (line, _) = text
        .lines()
        .enumerate()
        .find(|(_, l)| l.starts_with("status = "))
        .expect("a status line");
    std::fs::write(
        &file,
        text.replacen("status = \"draft\"", "status = \"ready\"", 1),
    )
    .expect("write");
    let said = refused_in_spanish(&env, &["import", &file_arg]);
    let wanted = format!(
        "{file_arg}:{}:10: el estado \"ready\" no es draft ni final",
        line + 1
    );
    assert!(said.contains(&wanted), "no `{wanted}` in:\n{said}");

    let said = refused_in_spanish(&env, &["report", "zzzz"]);
    assert!(
        said.contains("ningún id de evaluación empieza con \"zzzz\" (vea `touchstone list`)"),
        "{said}"
    );
}

#[test]
fn a_database_from_a_newer_touchstone_is_refused_in_spanish() {
    use touchstone::store::SCHEMA_VERSION;
    let env = Env::new();
    env.new_assessment("Lincoln Elementary");
    {
        let conn = rusqlite::Connection::open(env.db()).expect("open");
        conn.pragma_update(None, "user_version", SCHEMA_VERSION + 1)
            .expect("version");
        conn.pragma_update(None, "journal_mode", "DELETE")
            .expect("journal");
    }
    let said = refused_in_spanish(&env, &["list"]);
    let wanted = format!(
        "{} lo escribió una versión más nueva de Touchstone (esquema {}; esta conoce hasta el {}); \
         no se modificó: actualice Touchstone para abrirlo",
        env.db().display(),
        SCHEMA_VERSION + 1,
        SCHEMA_VERSION
    );
    assert!(said.contains(&wanted), "no `{wanted}` in:\n{said}");
}

#[test]
fn the_import_summary_and_skipped_files_in_spanish() {
    use touchstone::exchange::batch::{ImportCounts, toml_files};
    let counts = ImportCounts {
        added: 1,
        replaced: 0,
        unchanged: 2,
        restored: 1,
        skipped: Vec::new(),
    };
    assert_eq!(
        i18n::scoped(Lang::En, || counts.to_string()),
        "1 new, 0 replaced, 2 unchanged, 1 restored"
    );
    assert_eq!(
        i18n::scoped(Lang::Es, || counts.to_string()),
        "1 nueva, 0 reemplazadas, 2 sin cambios, 1 restaurada"
    );
    let env = Env::new();
    let dir = env.path("files");
    std::fs::create_dir(&dir).expect("folder");
    std::fs::write(dir.join("a.toml"), "").expect("file");
    #[cfg(unix)]
    std::os::unix::fs::symlink(dir.join("gone.toml"), dir.join("broken.toml")).expect("link");
    let found = i18n::scoped(Lang::Es, || toml_files(&[dir.clone(), dir.clone()])).expect("walk");
    assert_eq!(found.files, [dir.join("a.toml")]);
    let shown = dir.display().to_string();
    #[cfg(unix)]
    assert!(
        found.warnings.contains(&format!(
            "{shown}/broken.toml: se omitió: enlace simbólico roto"
        )),
        "{:?}",
        found.warnings
    );
    assert!(
        found
            .warnings
            .contains(&format!("{shown}: se omitió: esta carpeta ya se leyó")),
        "{:?}",
        found.warnings
    );
}
