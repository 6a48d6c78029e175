//! What can be typed in plain mode: short words and numbers, read into a [`Cmd`].
//! One parser for every state; each state says which commands it takes (`help`).

/// One typed line, read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Cmd<'a> {
    Empty,
    Help,
    Quit,
    List,
    Open(&'a str),
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
    match word.to_ascii_lowercase().as_str() {
        "help" | "h" | "?" => Cmd::Help,
        "quit" | "q" | "exit" | "leave" | "bye" => Cmd::Quit,
        "list" | "ls" | "l" => Cmd::List,
        "open" | "o" if !rest.is_empty() => Cmd::Open(rest),
        "join" | "j" if !rest.is_empty() => match rest.split_once(char::is_whitespace) {
            Some((code, name)) => Cmd::Join(code, Some(name.trim())),
            None => Cmd::Join(rest, None),
        },
        "na" | "n/a" => Cmd::Na,
        "clear" => Cmd::Clear,
        "note" => Cmd::Note(text),
        "evidence" | "ev" => Cmd::Evidence(text),
        "remove" | "rm" if !rest.is_empty() => Cmd::Remove(rest),
        "next" | "n" => Cmd::Next,
        "previous" | "prev" | "p" => Cmd::Previous,
        "back" | "b" => Cmd::Back,
        "unrated" | "u" => Cmd::Unrated,
        "go" | "g" if !rest.is_empty() => Cmd::Go(rest),
        "read" | "r" | "again" => Cmd::Read,
        "summary" | "s" | "figures" => Cmd::Summary,
        "comment" | "c" => Cmd::Comment(text),
        "status" | "who" => Cmd::Status,
        _ => Cmd::Unknown(word),
    }
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
        assert_eq!(parse("p"), Cmd::Previous);
        assert_eq!(parse("open"), Cmd::Unknown("open"));
        assert_eq!(parse("3 4"), Cmd::Unknown("3"));
        assert_eq!(parse(""), Cmd::Empty);
    }
}
