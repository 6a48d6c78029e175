//! `--help` in the reader's language. The English help is the doc comments on the clap
//! definitions (`args`); for another language each command's about, long about and
//! examples, and each argument's help, is the message `cli-help-PATH…` (see
//! [`ids`]), put in place by walking the command tree before clap parses. Errors clap
//! writes itself stay clap's.

use crate::i18n::Lang;
use clap::{Arg, ArgAction, Command};

/// The language to parse the command line in, before clap has parsed it: `--lang X`
/// or `--lang=X` in the arguments, then `TOUCHSTONE_LANG`, the settings file and the
/// locale, as `run` chooses (a choice that is not valid is English here; `run` reports
/// it).
pub fn early_lang(args: &[String]) -> Lang {
    let mut flag = None;
    let mut it = args.iter().skip(1);
    while let Some(arg) = it.next() {
        if arg == "--" {
            break;
        }
        if arg == "--lang" {
            flag = it.next().and_then(|v| Lang::from_code(v));
        } else if let Some(v) = arg.strip_prefix("--lang=") {
            flag = Lang::from_code(v);
        }
    }
    let setting = crate::settings::load(&crate::settings::path())
        .ok()
        .and_then(|s| s.language);
    crate::i18n::choose(flag, |name| std::env::var(name).ok(), setting).unwrap_or_default()
}

/// One piece of help text and the message that translates it.
#[cfg(test)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HelpText {
    pub id: String,
    pub english: String,
}

/// The command's path as it goes into ids: `touchstone` for the top, then the
/// subcommand names joined by `-` (`session-prerate-open`).
fn child_path(parent: &str, name: &str) -> String {
    if parent == "touchstone" {
        name.to_string()
    } else {
        format!("{parent}-{name}")
    }
}

fn arg_id(path: &str, arg: &Arg) -> String {
    format!(
        "cli-help-{path}-{}",
        arg.get_id().as_str().replace('_', "-")
    )
}

/// Whether a command or argument is shown in help (hidden ones need no translation).
fn shown_arg(arg: &Arg) -> bool {
    !arg.is_hide_set() && !matches!(arg.get_id().as_str(), "help" | "version")
}

/// Every piece of help text of `command` and below, with its message id: the about
/// `cli-help-PATH`, the long about `cli-help-PATH--long`, the examples
/// `cli-help-PATH--after`, and each argument `cli-help-PATH-ARG`.
#[cfg(test)]
pub fn ids(command: &Command) -> Vec<HelpText> {
    let mut out = Vec::new();
    collect(command, "touchstone", &mut out);
    out
}

#[cfg(test)]
fn collect(command: &Command, path: &str, out: &mut Vec<HelpText>) {
    let mut push = |id: String, text: Option<&clap::builder::StyledStr>| {
        if let Some(text) = text {
            out.push(HelpText {
                id,
                english: text.to_string(),
            });
        }
    };
    push(format!("cli-help-{path}"), command.get_about());
    push(format!("cli-help-{path}--long"), command.get_long_about());
    push(format!("cli-help-{path}--after"), command.get_after_help());
    for arg in command.get_arguments().filter(|a| shown_arg(a)) {
        let help = arg.get_long_help().or(arg.get_help());
        push(arg_id(path, arg), help);
    }
    for sub in command.get_subcommands().filter(|s| !s.is_hide_set()) {
        collect(sub, &child_path(path, sub.get_name()), out);
    }
}

/// The command tree with its help in this thread's language (unchanged in English).
pub fn translate(command: Command) -> Command {
    if crate::i18n::current() == Lang::En {
        return command;
    }
    let mut command = translate_at(command, "touchstone");
    // clap adds its `help` subcommand when the tree is built: build it now, then
    // say what that one does too.
    command.build();
    help_subcommand(command)
}

/// `[default: …] [possible values: …] [env: …]` in this thread's language, for an
/// argument that takes a value.
fn annotations(arg: &Arg) -> String {
    let mut out = Vec::new();
    if arg.get_action().takes_values() {
        let defaults: Vec<String> = arg
            .get_default_values()
            .iter()
            .map(|v| v.to_string_lossy().into_owned())
            .collect();
        if !defaults.is_empty() {
            let values = defaults.join(", ");
            out.push(crate::t!("cli-help-note-default", value = values));
        }
        let possible: Vec<String> = arg
            .get_possible_values()
            .iter()
            .filter(|v| !v.is_hide_set())
            .map(|v| v.get_name().to_string())
            .collect();
        if !possible.is_empty() {
            let values = possible.join(", ");
            out.push(crate::t!("cli-help-note-possible", values = values));
        }
    }
    if let Some(env) = arg.get_env() {
        let name = env.to_string_lossy().into_owned();
        out.push(crate::t!("cli-help-note-env", name = name));
    }
    out.join(" ")
}

fn help_subcommand(command: Command) -> Command {
    let command = if command.find_subcommand("help").is_some() {
        command.mut_subcommand("help", |help| {
            help.about(crate::t!("cli-help-flag-help-command"))
        })
    } else {
        command
    };
    command.mut_subcommands(|sub| {
        if sub.get_name() == "help" {
            sub
        } else {
            help_subcommand(sub)
        }
    })
}

fn translate_at(mut command: Command, path: &str) -> Command {
    let say = |id: String| crate::i18n::tr_args(&id, &[]);
    if command.get_about().is_some() {
        command = command.about(say(format!("cli-help-{path}")));
    }
    if command.get_long_about().is_some() {
        command = command.long_about(say(format!("cli-help-{path}--long")));
    }
    if command.get_after_help().is_some() {
        command = command.after_help(say(format!("cli-help-{path}--after")));
    }
    let ids: Vec<(String, String, bool)> = command
        .get_arguments()
        .filter(|a| shown_arg(a))
        .map(|a| {
            (
                a.get_id().as_str().to_string(),
                arg_id(path, a),
                a.is_positional(),
            )
        })
        .collect();
    for (name, id, positional) in ids {
        let text = say(id);
        command = command.mut_arg(name, |a| {
            // clap writes the default, the possible values and the variable in English:
            // said here instead.
            let extra = annotations(&a);
            let text = if extra.is_empty() {
                text.clone()
            } else {
                format!("{text} {extra}")
            };
            // (clap allows hiding these only where they can be.)
            let a = if a.get_action().takes_values() {
                a.hide_default_value(true).hide_possible_values(true)
            } else {
                a
            };
            let a = if a.get_env().is_some() {
                a.hide_env(true)
            } else {
                a
            };
            // A long help only where English has one: with none, clap keeps the short
            // layout (help beside the option).
            let a = if a.get_long_help().is_some() {
                a.help(text.clone()).long_help(text.clone())
            } else {
                a.help(text.clone())
            };
            a.help_heading(if positional {
                crate::t!("cli-help-heading-arguments")
            } else {
                crate::t!("cli-help-heading-options")
            })
        });
    }
    let version = command.get_version().is_some();
    command = command
        .disable_help_flag(true)
        .arg(
            Arg::new("help")
                .short('h')
                .long("help")
                .action(ArgAction::Help)
                .help(crate::t!("cli-help-flag-help"))
                .help_heading(crate::t!("cli-help-heading-options")),
        )
        .subcommand_help_heading(crate::t!("cli-help-heading-commands"))
        .help_template(format!(
            "{{before-help}}{{about-with-newline}}\n{} {{usage}}\n\n{{all-args}}{{after-help}}",
            crate::t!("cli-help-heading-usage")
        ));
    if version {
        command = command.disable_version_flag(true).arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .help(crate::t!("cli-help-flag-version"))
                .help_heading(crate::t!("cli-help-heading-options")),
        );
    }
    let path = path.to_string();
    command.mut_subcommands(move |sub| {
        if sub.is_hide_set() {
            return sub;
        }
        let child = child_path(&path, sub.get_name());
        translate_at(sub, &child)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cli::Cli;

    fn all_ids() -> Vec<HelpText> {
        ids(&Cli::command_once())
    }

    /// A new command or option cannot land without its Spanish help, and the English
    /// messages say what the doc comments say.
    #[test]
    fn every_command_and_argument_has_its_help_in_each_language() {
        let en = crate::i18n::message_ids(Lang::En);
        let es = crate::i18n::message_ids(Lang::Es);
        let has = |all: &[(String, &str)], id: &str| all.iter().any(|(i, _)| i == id);
        let mut missing = Vec::new();
        let mut seen = std::collections::HashSet::new();
        for text in all_ids() {
            assert!(seen.insert(text.id.clone()), "{} twice", text.id);
            if !has(&es, &text.id) || !has(&en, &text.id) {
                missing.push(text.id.clone());
                continue;
            }
            let english = crate::i18n::scoped(Lang::En, || crate::i18n::tr_args(&text.id, &[]));
            assert_eq!(
                english, text.english,
                "{} differs from the doc comment",
                text.id
            );
        }
        assert!(missing.is_empty(), "no help message: {missing:#?}");
        // And no help message is left over from a command or option that went.
        let stale: Vec<_> = es
            .iter()
            .filter(|(id, _)| id.starts_with("cli-help-") && !seen.contains(id))
            .filter(|(id, _)| {
                !["cli-help-heading-", "cli-help-flag-", "cli-help-note-"]
                    .iter()
                    .any(|p| id.starts_with(p))
            })
            .collect();
        assert!(stale.is_empty(), "help for nothing: {stale:#?}");
    }

    /// Every command's help renders in Spanish (clap checks the tree as it builds it)
    /// with no English left of clap's own annotations.
    #[test]
    fn every_commands_help_renders_in_spanish() {
        fn walk(command: &mut Command, seen: &mut usize) {
            let help = command.render_long_help().to_string();
            for english in ["[default:", "[possible values:", "[env:", "Print help"] {
                assert!(!help.contains(english), "{english} in:\n{help}");
            }
            *seen += 1;
            for sub in command.get_subcommands_mut().filter(|s| !s.is_hide_set()) {
                walk(sub, seen);
            }
        }
        let mut seen = 0;
        crate::i18n::scoped(Lang::Es, || {
            let mut command = translate(Cli::command_once());
            walk(&mut command, &mut seen);
        });
        assert!(seen > 30, "{seen}");
    }

    #[test]
    fn the_language_is_found_in_the_arguments() {
        let args = |a: &[&str]| a.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(
            early_lang(&args(&["touchstone", "--lang", "es", "list"])),
            Lang::Es
        );
        assert_eq!(
            early_lang(&args(&["touchstone", "list", "--lang=es"])),
            Lang::Es
        );
        assert_eq!(early_lang(&args(&["touchstone", "--lang", "en"])), Lang::En);
    }
}
