//! What the key map shows: each screen's footer (and which keys it keeps when the
//! window is narrow), the help overlay's sections and the README's table.

use super::{Action, BINDINGS, Binding, Ctx, is_way_out};
use Action as A;

/// The bindings shown in the footer of `ctx`.
pub fn footer(ctx: Ctx) -> impl Iterator<Item = &'static Binding> {
    let own = BINDINGS.iter().filter(move |b| b.ctx == ctx);
    let global = BINDINGS
        .iter()
        .filter(move |b| b.ctx == Ctx::Global && !ctx.is_text() && ctx != Ctx::Help);
    own.chain(global).filter(|b| !b.footer.is_empty())
}

/// The footer keys each screen keeps first when its window is too narrow for them all,
/// most important first. `?` (which shows the rest) and the first way out are kept
/// before any of these; a footer key not listed here comes after, in the key map's
/// order.
static FOOTER_FIRST: &[(Ctx, &[Action])] = &[
    (
        Ctx::Home,
        &[A::Select, A::NewAssessment, A::Filter, A::Quit],
    ),
    (
        Ctx::Assess,
        &[
            A::Rate(0),
            A::NotApplicable,
            A::Summary,
            A::Undo,
            A::NextIndicator,
            A::EditNote,
            A::NextUnrated,
        ],
    ),
    (
        Ctx::Facilitate,
        &[
            A::Select,
            A::Reveal,
            A::NextIndicator,
            A::Present,
            A::NextSegment,
            A::PauseTimer,
        ],
    ),
    (
        Ctx::Participate,
        &[A::Rate(0), A::EditNote, A::NotApplicable],
    ),
    (Ctx::Summary, &[A::Select, A::Review, A::SubmitAssessment]),
    (Ctx::Review, &[A::Select, A::NextUnrated, A::Summary]),
];

/// The footer of `ctx` with each binding's rank: 0 is dropped last when room runs
/// out. `?` comes first (it shows what was dropped), then the first way out, then
/// [`FOOTER_FIRST`], then the rest in the key map's order.
pub fn footer_ranked(ctx: Ctx) -> Vec<(&'static Binding, usize)> {
    let all: Vec<&'static Binding> = footer(ctx).collect();
    let first = FOOTER_FIRST
        .iter()
        .find(|(c, _)| *c == ctx)
        .map(|(_, actions)| *actions)
        .unwrap_or(&[]);
    let way_out = all.iter().position(|b| is_way_out(b.action));
    let mut order: Vec<usize> = Vec::with_capacity(all.len());
    let take = |i: usize, order: &mut Vec<usize>| {
        if !order.contains(&i) {
            order.push(i);
        }
    };
    if let Some(help) = all.iter().position(|b| b.action == Action::Help) {
        take(help, &mut order);
    }
    if let Some(out) = way_out {
        take(out, &mut order);
    }
    for action in first {
        if let Some(i) = all.iter().position(|b| b.action == *action) {
            take(i, &mut order);
        }
    }
    for i in 0..all.len() {
        take(i, &mut order);
    }
    all.iter()
        .enumerate()
        .map(|(i, b)| (*b, order.iter().position(|&o| o == i).unwrap_or(i)))
        .collect()
}

/// The bindings listed in help for `ctx`, with the global ones after.
pub fn help(ctx: Ctx) -> Vec<(Ctx, Vec<&'static Binding>)> {
    let of = |c: Ctx| BINDINGS.iter().filter(|b| b.ctx == c).collect::<Vec<_>>();
    let mut sections = vec![(ctx, of(ctx))];
    if ctx != Ctx::Global {
        sections.push((Ctx::Global, of(Ctx::Global)));
    }
    sections
}

/// The key map as the Markdown table in the README (a test keeps them equal).
pub fn markdown() -> String {
    let mut out = String::from("| where | keys |\n|---|---|\n");
    let mut contexts: Vec<Ctx> = Vec::new();
    for b in BINDINGS {
        if !contexts.contains(&b.ctx) {
            contexts.push(b.ctx);
        }
    }
    for ctx in contexts {
        let keys: Vec<String> = BINDINGS
            .iter()
            .filter(|b| b.ctx == ctx)
            .map(|b| format!("`{}` {}", b.label, b.help_text()))
            .collect();
        out.push_str(&format!("| {} | {} |\n", ctx.title(), keys.join(" · ")));
    }
    out
}
