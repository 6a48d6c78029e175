//! `touchstone completions SHELL`, `touchstone man`, and the hidden
//! `touchstone __complete KIND` that completion scripts ask for values only the
//! database and the rubric and plan folders know: assessment ids, rubric ids, plan ids.
//!
//! clap_complete's own dynamic engine (`CompleteEnv`) needs its `unstable-dynamic`
//! feature, whose interface may change in any release; the static scripts are
//! stable, so bash and fish get a few lines added that call `__complete`.
//!
//! The rule: nothing read from a file or the database reaches a shell as code. An id
//! is offered only when it is a plain token ([`candidate`]: letters, digits, `.`, `_`
//! and `-`, not starting with `-`), and the scripts never evaluate what `__complete`
//! prints: bash filters the lines itself (no `compgen -W`, which expands `$(…)` in its
//! word list), fish takes each line as one literal candidate. The other shells' scripts
//! (zsh, PowerShell, elvish) are clap's own and hold only what the command line defines.

use super::output::print_exact;
use super::{Cli, Context};
use crate::error::{Error, Result};
use clap::CommandFactory;
use clap_complete::Shell;

/// What `__complete` lists.
#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum Kind {
    Ids,
    Rubrics,
    Plans,
}

pub fn script(shell: Shell) -> Result<()> {
    let mut command = Cli::command();
    let mut bytes = Vec::new();
    clap_complete::generate(shell, &mut command, "touchstone", &mut bytes);
    let mut text = String::from_utf8_lossy(&bytes).into_owned();
    match shell {
        Shell::Bash => text.push_str(&bash_values(&command)),
        Shell::Fish => text.push_str(FISH_VALUES),
        _ => {}
    }
    print_exact(&text)
}

pub fn man() -> Result<()> {
    print_exact(&man_page()?)
}

/// The one manual page. clap_mangen lists the commands as pages of their own
/// (`touchstone-rubrics(1)`) that nothing makes; here each is named as it is typed
/// (`touchstone rubrics`), and the section says where each one's options are.
pub fn man_page() -> Result<String> {
    let command = Cli::command_once();
    let mut bytes = Vec::new();
    clap_mangen::Man::new(command.clone())
        .render(&mut bytes)
        .map_err(|e| Error::failure(crate::t!("cli-man-failed", error = e.to_string())))?;
    let mut page = String::from_utf8_lossy(&bytes).into_owned();
    let name = command.get_name().replace('-', "\\-");
    // Built, so clap's own `help` command is among them.
    let mut built = command.clone();
    built.build();
    for sub in built.get_subcommands() {
        let sub_name = sub.get_name().replace('-', "\\-");
        page = page.replace(
            &format!("{name}\\-{sub_name}(1)"),
            &format!("{name} {sub_name}"),
        );
    }
    let heading = ".SH SUBCOMMANDS\n";
    if let Some(at) = page.find(heading) {
        let note = crate::t!("cli-man-commands-note").replace('\\', "\\e");
        let note = note.replace('-', "\\-");
        page.insert_str(at + heading.len(), &format!("{note}\n"));
    }
    page.push_str(&man_sections());
    Ok(page)
}

/// Text for roff: backslashes and hyphens escaped, a leading `.` or `'` made literal.
fn roff(text: &str) -> String {
    let escaped = text.replace('\\', "\\e").replace('-', "\\-");
    if escaped.starts_with('.') || escaped.starts_with('\'') {
        format!("\\&{escaped}")
    } else {
        escaped
    }
}

/// One tagged paragraph: the tag in bold, then the text.
fn tagged(tag: &str, text: &str) -> String {
    format!(".TP\n\\fB{}\\fR\n{}\n", roff(tag), roff(text))
}

/// What clap does not know: ENVIRONMENT, FILES, SETTINGS and KEYS (from the key map,
/// the one source of the help overlay and the footers).
fn man_sections() -> String {
    let mut out = String::new();
    out.push_str(&format!(
        ".SH {}\n",
        roff(&crate::t!("cli-man-environment"))
    ));
    for (name, id) in [
        ("TOUCHSTONE_DB", "cli-man-env-db"),
        ("TOUCHSTONE_USER", "cli-man-env-user"),
        ("USER", "cli-man-env-system-user"),
        ("TOUCHSTONE_LANG", "cli-man-env-lang"),
        ("LC_ALL, LC_MESSAGES, LANG", "cli-man-env-locale"),
        ("TOUCHSTONE_PLAIN", "cli-man-env-plain"),
        ("NO_COLOR", "cli-man-env-no-color"),
        ("XDG_CONFIG_HOME, XDG_DATA_HOME", "cli-man-env-xdg"),
    ] {
        out.push_str(&tagged(name, &crate::i18n::tr(id)));
    }
    out.push_str(&format!(".SH {}\n", roff(&crate::t!("cli-man-files"))));
    for (path, id) in [
        (
            "~/.config/touchstone/settings.toml",
            "cli-man-file-settings",
        ),
        ("~/.local/share/touchstone/touchstone.db", "cli-man-file-db"),
        ("~/.local/share/touchstone/", "cli-man-file-data"),
        ("~/.config/touchstone/standards/", "cli-man-file-standards"),
        ("~/.config/touchstone/sessions/", "cli-man-file-sessions"),
    ] {
        out.push_str(&tagged(path, &crate::i18n::tr(id)));
    }
    out.push_str(&format!(".SH {}\n", roff(&crate::t!("cli-man-settings"))));
    out.push_str(&format!("{}\n", roff(&crate::t!("cli-man-settings-intro"))));
    for (key, id) in [
        ("theme", "cli-man-setting-theme"),
        ("language", "cli-man-setting-language"),
        ("rubric", "cli-man-setting-rubric"),
        ("facilitator", "cli-man-setting-facilitator"),
        ("database", "cli-man-setting-database"),
        ("[keys]", "cli-man-setting-keys"),
    ] {
        out.push_str(&tagged(key, &crate::i18n::tr(id)));
    }
    out.push_str(&format!(".SH {}\n", roff(&crate::t!("cli-man-keys"))));
    out.push_str(&format!("{}\n", roff(&crate::t!("cli-man-keys-intro"))));
    let mut contexts: Vec<crate::tui::keymap::Ctx> = Vec::new();
    for b in crate::tui::keymap::BINDINGS {
        if !contexts.contains(&b.ctx) {
            contexts.push(b.ctx);
        }
    }
    for ctx in contexts {
        out.push_str(&format!(".SS {}\n", roff(&ctx.title())));
        for b in crate::tui::keymap::BINDINGS.iter().filter(|b| b.ctx == ctx) {
            out.push_str(&tagged(b.label, &b.help_text()));
        }
    }
    out
}

/// One candidate a line, a tab and a description after it. Never creates a database
/// and never fails: a completion that cannot be computed offers nothing.
pub fn values(ctx: &mut Context, kind: Kind) -> Result<()> {
    let mut out = String::new();
    // A value that is not a plain token is not offered at all; the description is made
    // one printable line (a tab in it would start a third field).
    let line = |out: &mut String, value: &str, about: &str| {
        if let Some(line) = candidate_line(value, about) {
            out.push_str(&line);
        }
    };
    match kind {
        Kind::Rubrics => {
            // One line per id (the newest version's title), not one per version.
            let all = ctx.registry.all();
            for (i, entry) in all.iter().enumerate() {
                if all
                    .get(i + 1)
                    .is_some_and(|next| next.rubric.id == entry.rubric.id)
                {
                    continue;
                }
                line(&mut out, &entry.rubric.id, &entry.rubric.title);
            }
        }
        Kind::Plans => {
            let (plans, _) = crate::session::load_plans(&[crate::paths::user_sessions_dir()]);
            for entry in &plans {
                line(&mut out, &entry.plan.id, &entry.plan.title);
            }
        }
        Kind::Ids if ctx.db_path.is_file() => {
            if let Ok(all) = ctx.store().and_then(|s| s.ids_with_labels()) {
                for (id, about) in &all {
                    line(&mut out, id, about);
                }
            }
        }
        Kind::Ids => {}
    }
    print_exact(&out)
}

/// Longest value offered (a UUID is 36 characters; rubric and plan ids are short).
const MAX_CANDIDATE: usize = 128;

/// `value` when it may be offered to a shell: a plain token of ASCII letters, digits,
/// `.`, `_` and `-` that does not start with `-` (it would read as an option), at most
/// [`MAX_CANDIDATE`] characters. Such a token means the same quoted or not in every
/// shell, so no script has to quote it; anything else (`$(touch x)`, spaces, quotes,
/// globs, backquotes, line breaks) is left out.
pub fn candidate(value: &str) -> Option<&str> {
    let plain = |c: char| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-');
    (!value.is_empty()
        && value.len() <= MAX_CANDIDATE
        && !value.starts_with('-')
        && value.chars().all(plain))
    .then_some(value)
}

/// One line of `__complete`'s output: the value, a tab, the description made one
/// printable line without tabs, and a line break; `None` when the value may not be
/// offered ([`candidate`]).
pub fn candidate_line(value: &str, about: &str) -> Option<String> {
    let value = candidate(value)?;
    let about = crate::text::one_line(about).replace(['\t', '\n', '\r'], " ");
    Some(format!("{value}\t{about}\n"))
}

/// Bash: a function that completes the values above where they go and leaves
/// everything else to clap's `_touchstone`. Options that take a value are listed
/// from the command itself, so their values are not taken for positionals.
fn bash_values(command: &clap::Command) -> String {
    let mut with_value = std::collections::BTreeSet::new();
    collect_valued(command, &mut with_value);
    let with_value = with_value.into_iter().collect::<Vec<_>>().join("|");
    BASH_VALUES.replace("@WITH_VALUE@", &with_value)
}

fn collect_valued(command: &clap::Command, out: &mut std::collections::BTreeSet<String>) {
    for arg in command.get_arguments() {
        if arg.get_action().takes_values() && !arg.is_positional() {
            if let Some(long) = arg.get_long() {
                out.insert(format!("--{long}"));
            }
            if let Some(short) = arg.get_short() {
                out.insert(format!("-{short}"));
            }
        }
    }
    for sub in command.get_subcommands() {
        collect_valued(sub, out);
    }
}

const BASH_VALUES: &str = r#"
# Assessment, rubric and plan ids, asked of `touchstone __complete` as they are typed
# (with the --db and --standards given on the line).
_touchstone_values() {
    local cur="${COMP_WORDS[COMP_CWORD]}" prev="" word kind="" i
    local -a globals=() words=()
    (( COMP_CWORD > 0 )) && prev="${COMP_WORDS[COMP_CWORD-1]}"
    for (( i = 1; i < COMP_CWORD; i++ )); do
        word="${COMP_WORDS[i]}"
        case "$word" in
            --db|--standards) globals+=("$word" "${COMP_WORDS[i+1]}"); (( i++ )) ;;
            --db=*|--standards=*) globals+=("$word") ;;
            @WITH_VALUE@) (( i++ )) ;;
            -*) ;;
            *) words+=("$word") ;;
        esac
    done
    case "$prev" in
        --assessment) kind=ids ;;
        --rubric) kind=rubrics ;;
        @WITH_VALUE@) _touchstone "$@"; return ;;
    esac
    if [[ -z $kind && $cur != -* ]]; then
        case "${words[*]}" in
            report|export|assess|rate|compare|compare\ *) kind=ids ;;
            "rubric show") kind=rubrics ;;
            "session start") kind=plans ;;
        esac
        [[ ${words[0]} == compare && ${#words[@]} -gt 2 ]] && kind=""
    fi
    if [[ -n $kind ]]; then
        # Each line is one literal value: compared as a string, never expanded or run
        # (a -W word list would expand `$(...)` in it).
        local value _about
        COMPREPLY=()
        while IFS=$'\t' read -r value _about; do
            [[ -n $value && $value == "$cur"* ]] && COMPREPLY+=("$value")
        done < <(touchstone "${globals[@]}" __complete "$kind" 2>/dev/null)
        return 0
    fi
    _touchstone "$@"
}

if [[ "${BASH_VERSINFO[0]}" -eq 4 && "${BASH_VERSINFO[1]}" -ge 4 || "${BASH_VERSINFO[0]}" -gt 4 ]]; then
    complete -F _touchstone_values -o nosort -o bashdefault -o default touchstone
else
    complete -F _touchstone_values -o bashdefault -o default touchstone
fi
"#;

const FISH_VALUES: &str = r#"
# Assessment, rubric and plan ids, asked of `touchstone __complete` as they are typed.
complete -c touchstone -n "__fish_seen_subcommand_from report export assess compare" -f -a "(touchstone __complete ids 2>/dev/null)"
complete -c touchstone -n "__fish_seen_subcommand_from start" -l assessment -x -a "(touchstone __complete ids 2>/dev/null)"
complete -c touchstone -n "__fish_seen_subcommand_from new rollup" -l rubric -x -a "(touchstone __complete rubrics 2>/dev/null)"
complete -c touchstone -n "__fish_seen_subcommand_from show" -f -a "(touchstone __complete rubrics 2>/dev/null)"
complete -c touchstone -n "__fish_seen_subcommand_from start" -f -a "(touchstone __complete plans 2>/dev/null)"
"#;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_plain_tokens_are_candidates() {
        for ok in [
            "cs-site-2017",
            "baseline-check",
            "0193a2b4-5c6d-7e8f-9a0b-1c2d3e4f5a6b",
            "v1.2_x",
        ] {
            assert_eq!(candidate(ok), Some(ok));
        }
        for bad in [
            "",
            "$(touch PWNED)",
            "`id`",
            "a b",
            "a\tb",
            "a\nb",
            "-rf",
            "--db",
            "*",
            "~root",
            "a;b",
            "a'b",
            "a\"b",
            "a\\b",
            "a|b",
            "a&b",
            "a>b",
            "{a,b}",
            "a=b",
            "ñandú",
            "a\u{200b}",
        ] {
            assert_eq!(candidate(bad), None, "{bad:?}");
        }
        assert!(candidate(&"a".repeat(MAX_CANDIDATE)).is_some());
        assert!(candidate(&"a".repeat(MAX_CANDIDATE + 1)).is_none());
    }

    #[test]
    fn no_script_expands_what_complete_prints() {
        // bash: no compgen word list built from the values (it expands `$(…)`), no eval.
        assert!(!BASH_VALUES.contains("compgen"), "{BASH_VALUES}");
        assert!(!BASH_VALUES.contains("eval"), "{BASH_VALUES}");
        // fish takes each line of a command substitution as one literal candidate.
        for line in FISH_VALUES.lines().filter(|l| l.starts_with("complete ")) {
            assert!(line.contains("\"(touchstone __complete "), "{line}");
            assert!(!line.contains("eval"), "{line}");
        }
    }

    proptest::proptest! {
        /// Fuzz target `completion` too: whatever a database holds, what is offered is a
        /// plain token, and each offered line is one value, one tab, one description.
        #[test]
        fn offered_lines_are_one_plain_token_and_one_description(
            value in "\\PC{0,20}|[a-z0-9$`'\"();&|<>*?~ .\\-]{1,12}",
            about in "\\PC{0,30}|[a-z\t\n\r\u{1b}]{0,10}",
        ) {
            match candidate_line(&value, &about) {
                Some(line) => {
                    let body = line.strip_suffix('\n').expect("one line");
                    let (first, rest) = body.split_once('\t').expect("a tab");
                    proptest::prop_assert_eq!(first, value.as_str());
                    proptest::prop_assert!(first.chars().all(|c| c.is_ascii_alphanumeric() || ".-_".contains(c)));
                    proptest::prop_assert!(!first.starts_with('-'));
                    proptest::prop_assert!(!rest.chars().any(|c| c == '\t' || c.is_control()), "{:?}", rest);
                }
                None => proptest::prop_assert!(candidate(&value).is_none()),
            }
        }
    }
}
