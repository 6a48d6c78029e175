//! What can be typed in plain mode: short words and numbers, read into a [`Cmd`].
//! One parser for every state; each state says which commands it takes (`help`).
//! The English words and their Spanish equivalents are both read whatever the
//! language, so a script or a bilingual room never finds a word refused.

/// One typed line, read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Cmd<'a> {
    Empty,
    Help,
    Quit,
    List,
    Open(&'a str),
    /// Create an assessment, with the school's name when typed after the word.
    New(Option<&'a str>),
    Join(&'a str, Option<&'a str>),
    /// A level by its number (from 1).
    Number(usize),
    Na,
    Clear,
    Note(Option<&'a str>),
    Evidence(Option<&'a str>),
    Remove(&'a str),
    Next,
    Previous,
    Unrated,
    Go(&'a str),
    Read,
    Summary,
    Back,
    Comment(Option<&'a str>),
    Status,
    /// Put back the last change of one's own (`undo`), or do it again (`redo`).
    Undo,
    Redo,
    /// Lead a session on this assessment with a plan (its number or id), or hear the
    /// plans; `prerate` opens one for silent pre-rating first.
    Lead(Option<&'a str>),
    Prerate(Option<&'a str>),
    /// Lead again the session with this join code; while leading, start the clock.
    Resume(Option<&'a str>),
    Agenda,
    Reveal,
    /// Record the consensus the votes suggest.
    Decide,
    /// A new round of votes on the indicator up.
    Round,
    Pause,
    End,
    /// Close pre-rating: the room meets.
    Close,
    /// The answer to a question that asks first (`clear`, replacing a note).
    Yes,
    No,
    /// Switch the language (`lang es`, `idioma en`), or hear which it is.
    Lang(Option<&'a str>),
    Unknown(&'a str),
}

/// Reads one line. The first word picks the command (any case); the rest is its text.
pub fn parse(line: &str) -> Cmd<'_> {
    let line = line.trim();
    if line.is_empty() {
        return Cmd::Empty;
    }
    let (word, rest) = match line.split_once(char::is_whitespace) {
        Some((w, r)) => (w, r.trim()),
        None => (line, ""),
    };
    let text = (!rest.is_empty()).then_some(rest);
    if let Ok(n) = word.parse::<usize>()
        && rest.is_empty()
    {
        return Cmd::Number(n);
    }
    match word.to_lowercase().as_str() {
        "help" | "h" | "?" | "ayuda" => Cmd::Help,
        "quit" | "q" | "exit" | "leave" | "bye" | "salir" | "adiós" | "adios" => Cmd::Quit,
        "list" | "ls" | "l" | "lista" | "listar" => Cmd::List,
        "open" | "o" | "abrir" if !rest.is_empty() => Cmd::Open(rest),
        "new" | "nueva" | "nuevo" | "crear" => Cmd::New(text),
        "join" | "j" | "unirse" | "unir" if !rest.is_empty() => {
            match rest.split_once(char::is_whitespace) {
                Some((code, name)) => Cmd::Join(code, Some(name.trim())),
                None => Cmd::Join(rest, None),
            }
        }
        "na" | "n/a" => Cmd::Na,
        "clear" | "borrar" => Cmd::Clear,
        "note" | "nota" => Cmd::Note(text),
        "evidence" | "ev" | "evidencia" => Cmd::Evidence(text),
        "remove" | "rm" | "quitar" if !rest.is_empty() => Cmd::Remove(rest),
        "next" | "n" | "siguiente" | "sig" => Cmd::Next,
        "previous" | "prev" | "p" | "anterior" | "ant" => Cmd::Previous,
        "back" | "b" | "volver" => Cmd::Back,
        "unrated" | "u" | "pendiente" | "pendientes" => Cmd::Unrated,
        "go" | "g" | "ir" if !rest.is_empty() => Cmd::Go(rest),
        "read" | "r" | "again" | "leer" | "repetir" => Cmd::Read,
        "summary" | "s" | "figures" | "resumen" | "cifras" => Cmd::Summary,
        "comment" | "c" | "comentario" | "comentar" => Cmd::Comment(text),
        "status" | "who" | "estado" => Cmd::Status,
        "lang" | "language" | "idioma" => Cmd::Lang(text),
        "undo" | "deshacer" => Cmd::Undo,
        "redo" | "rehacer" => Cmd::Redo,
        "yes" | "y" | "sí" | "si" => Cmd::Yes,
        "lead" | "facilitate" | "facilitar" | "dirigir" => Cmd::Lead(text),
        "prerate" | "pre-rate" | "previa" => Cmd::Prerate(text),
        "resume" | "reanudar" | "continuar" => Cmd::Resume(text),
        "agenda" => Cmd::Agenda,
        "reveal" | "mostrar" => Cmd::Reveal,
        "decide" | "consensus" | "decidir" | "consenso" => Cmd::Decide,
        "round" | "revote" | "ronda" => Cmd::Round,
        "pause" | "pausa" | "pausar" => Cmd::Pause,
        "end" | "terminar" | "fin" => Cmd::End,
        "close" | "cerrar" => Cmd::Close,
        "no" => Cmd::No,
        _ => Cmd::Unknown(word),
    }
}

/// The word for a command typed where it does not belong, as the line that says so
/// names it: the word typed when it was not a command, else the command's own name
/// in the language spoken.
pub fn name(cmd: &Cmd) -> String {
    use crate::i18n::Lang;
    if let Cmd::Unknown(w) = cmd {
        return (*w).to_string();
    }
    let spanish = crate::i18n::current() == Lang::Es;
    let (en, es) = match cmd {
        Cmd::Empty => ("", ""),
        Cmd::Help => ("help", "ayuda"),
        Cmd::Quit => ("quit", "salir"),
        Cmd::List => ("list", "lista"),
        Cmd::Open(_) => ("open", "abrir"),
        Cmd::New(_) => ("new", "nueva"),
        Cmd::Join(..) => ("join", "unirse"),
        Cmd::Number(_) => ("number", "un número"),
        Cmd::Na => ("na", "na"),
        Cmd::Clear => ("clear", "borrar"),
        Cmd::Note(_) => ("note", "nota"),
        Cmd::Evidence(_) => ("evidence", "evidencia"),
        Cmd::Remove(_) => ("remove", "quitar"),
        Cmd::Next => ("next", "siguiente"),
        Cmd::Previous => ("previous", "anterior"),
        Cmd::Unrated => ("unrated", "pendiente"),
        Cmd::Go(_) => ("go", "ir"),
        Cmd::Read => ("read", "leer"),
        Cmd::Summary => ("summary", "resumen"),
        Cmd::Back => ("back", "volver"),
        Cmd::Comment(_) => ("comment", "comentario"),
        Cmd::Status => ("status", "estado"),
        Cmd::Lang(_) => ("lang", "idioma"),
        Cmd::Undo => ("undo", "deshacer"),
        Cmd::Redo => ("redo", "rehacer"),
        Cmd::Yes => ("yes", "sí"),
        Cmd::Lead(_) => ("lead", "facilitar"),
        Cmd::Prerate(_) => ("prerate", "previa"),
        Cmd::Resume(_) => ("resume", "reanudar"),
        Cmd::Agenda => ("agenda", "agenda"),
        Cmd::Reveal => ("reveal", "mostrar"),
        Cmd::Decide => ("decide", "decidir"),
        Cmd::Round => ("round", "ronda"),
        Cmd::Pause => ("pause", "pausa"),
        Cmd::End => ("end", "terminar"),
        Cmd::Close => ("close", "cerrar"),
        Cmd::No => ("no", "no"),
        Cmd::Unknown(_) => ("", ""),
    };
    (if spanish { es } else { en }).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_and_numbers() {
        assert_eq!(parse("  3 "), Cmd::Number(3));
        assert_eq!(parse("NA"), Cmd::Na);
        assert_eq!(
            parse("note Roles are written"),
            Cmd::Note(Some("Roles are written"))
        );
        assert_eq!(parse("note"), Cmd::Note(None));
        assert_eq!(
            parse("join ab12cd Ana Ruiz"),
            Cmd::Join("ab12cd", Some("Ana Ruiz"))
        );
        assert_eq!(parse("back"), Cmd::Back);
        assert_eq!(parse("new"), Cmd::New(None));
        assert_eq!(
            parse("new Lincoln Elementary"),
            Cmd::New(Some("Lincoln Elementary"))
        );
        assert_eq!(
            parse("nueva Escuela Juárez"),
            Cmd::New(Some("Escuela Juárez"))
        );
        assert_eq!(parse("p"), Cmd::Previous);
        assert_eq!(parse("open"), Cmd::Unknown("open"));
        assert_eq!(parse("3 4"), Cmd::Unknown("3"));
        assert_eq!(parse(""), Cmd::Empty);
    }

    #[test]
    fn spanish_words_mean_the_same_commands() {
        assert_eq!(parse("ayuda"), Cmd::Help);
        assert_eq!(parse("Siguiente"), Cmd::Next);
        assert_eq!(parse("abrir 2"), Cmd::Open("2"));
        assert_eq!(
            parse("nota Roles escritos"),
            Cmd::Note(Some("Roles escritos"))
        );
        assert_eq!(parse("unirse AB12CD Ana"), Cmd::Join("AB12CD", Some("Ana")));
        assert_eq!(parse("idioma es"), Cmd::Lang(Some("es")));
        assert_eq!(parse("lang"), Cmd::Lang(None));
        assert_eq!(parse("ADIÓS"), Cmd::Quit);
        assert_eq!(parse("pendiente"), Cmd::Unrated);
        assert_eq!(parse("deshacer"), Cmd::Undo);
        assert_eq!(parse("Rehacer"), Cmd::Redo);
        assert_eq!(parse("Sí"), Cmd::Yes);
        assert_eq!(parse("undo"), Cmd::Undo);
        assert_eq!(parse("facilitar 2"), Cmd::Lead(Some("2")));
        assert_eq!(parse("lead"), Cmd::Lead(None));
        assert_eq!(parse("mostrar"), Cmd::Reveal);
        assert_eq!(parse("reanudar K7MPQ2"), Cmd::Resume(Some("K7MPQ2")));
        assert_eq!(parse("terminar"), Cmd::End);
    }

    /// The name of a command refused in a place: in English as the tests and the
    /// README have it, in Spanish a Spanish word.
    #[test]
    fn a_refused_command_is_named_in_the_language_spoken() {
        use crate::i18n::{Lang, scoped};
        assert_eq!(name(&Cmd::Number(3)), "number");
        assert_eq!(name(&Cmd::Unknown("zap")), "zap");
        scoped(Lang::Es, || {
            assert_eq!(name(&Cmd::Number(3)), "un número");
            assert_eq!(name(&Cmd::Next), "siguiente");
        });
    }
}
