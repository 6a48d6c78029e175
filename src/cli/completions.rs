//! `touchstone completions SHELL`, `touchstone man`, and the hidden
//! `touchstone __complete KIND` that completion scripts ask for values only the
//! database and the rubric and plan folders know: assessment ids, rubric ids, plan ids.
//!
//! clap_complete's own dynamic engine (`CompleteEnv`) needs its `unstable-dynamic`
//! feature, whose interface may change in any release; the static scripts are
//! stable, so bash and fish get a few lines added that call `__complete`.

use super::output::print_exact;
use super::{Cli, Context};
use crate::error::{Error, Result};
use clap::CommandFactory;
use clap_complete::Shell;
use std::fmt::Write;

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
    Ok(page)
}

/// One candidate a line, a tab and a description after it. Never creates a database
/// and never fails: a completion that cannot be computed offers nothing.
pub fn values(ctx: &mut Context, kind: Kind) -> Result<()> {
    let mut out = String::new();
    // Each field made safe apart, so the tab between them stays a tab.
    let line = |out: &mut String, value: &str, about: &str| {
        let field = crate::text::one_line;
        let _ = writeln!(out, "{}\t{}", field(value), field(about));
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
        local IFS=$'\n'
        COMPREPLY=($(compgen -W "$(touchstone "${globals[@]}" __complete "$kind" 2>/dev/null | cut -f1)" -- "$cur"))
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
