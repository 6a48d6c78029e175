//! The one key map: (key, where the user is) → Action. The same table drives the
//! handlers, the help overlay and the footer, so they can never disagree.

use super::action::Action;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// Where keys are being read. Text contexts pass unbound keys to the text input.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ctx {
    /// Keys that work on every non-text screen.
    Global,
    Home,
    Filter,
    NewForm,
    Assess,
    Review,
    Summary,
    Actions,
    ActionForm,
    Editor,
    Details,
    Conflict,
    History,
    Prompt,
    Confirm,
    Help,
    Facilitate,
    Participate,
    Comment,
    Choose,
    Network,
    /// Following a session's wall screen, read-only.
    Watch,
}

impl Ctx {
    /// Whether typed characters go to a text field.
    pub fn is_text(self) -> bool {
        matches!(
            self,
            Ctx::Filter | Ctx::NewForm | Ctx::ActionForm | Ctx::Editor | Ctx::Prompt | Ctx::Comment
        )
    }

    pub fn title(self) -> &'static str {
        match self {
            Ctx::Global => "Everywhere",
            Ctx::Home => "Assessments",
            Ctx::Filter => "Filtering",
            Ctx::NewForm => "New assessment",
            Ctx::Assess => "Assessing",
            Ctx::Review => "Review",
            Ctx::Summary => "Summary",
            Ctx::Actions => "Action steps",
            Ctx::ActionForm => "Action step form",
            Ctx::Editor => "Note and evidence editor",
            Ctx::Details => "Indicator details",
            Ctx::Conflict => "Someone else changed it too",
            Ctx::History => "History of the indicator",
            Ctx::Prompt => "File prompt",
            Ctx::Confirm => "Confirmation",
            Ctx::Help => "Help",
            Ctx::Facilitate => "Facilitating a session",
            Ctx::Participate => "Taking part in a session",
            Ctx::Comment => "Comment on your vote",
            Ctx::Choose => "Choosing a session plan",
            Ctx::Network => "Network",
            Ctx::Watch => "Watching a session (the wall screen)",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Key {
    pub code: KeyCode,
    pub mods: KeyModifiers,
}

const fn key(code: KeyCode) -> Key {
    Key {
        code,
        mods: KeyModifiers::NONE,
    }
}

const fn ch(c: char) -> Key {
    key(KeyCode::Char(c))
}

const fn ctrl(c: char) -> Key {
    Key {
        code: KeyCode::Char(c),
        mods: KeyModifiers::CONTROL,
    }
}

/// One row of the key map.
pub struct Binding {
    pub ctx: Ctx,
    pub keys: &'static [Key],
    /// How the keys are written in help and the footer.
    pub label: &'static str,
    pub action: Action,
    pub help: &'static str,
    /// A word or two for the footer of this context; empty: help only.
    pub footer: &'static str,
}

const fn bind(
    ctx: Ctx,
    keys: &'static [Key],
    label: &'static str,
    action: Action,
    help: &'static str,
    footer: &'static str,
) -> Binding {
    Binding {
        ctx,
        keys,
        label,
        action,
        help,
        footer,
    }
}

use Action as A;
use Ctx as C;
use KeyCode as K;

/// Digits rate at a level; the binding's action is rewritten with the digit pressed.
const DIGITS: &[Key] = &[
    ch('1'),
    ch('2'),
    ch('3'),
    ch('4'),
    ch('5'),
    ch('6'),
    ch('7'),
];

#[rustfmt::skip]
pub static BINDINGS: &[Binding] = &[
    // Everywhere (not while typing)
    bind(C::Global, &[ch('?'), key(K::F(1))], "?", A::Help, "show this help", "help"),
    bind(C::Global, &[ctrl('c')], "Ctrl-C", A::Quit, "quit Touchstone", ""),
    bind(C::Global, &[ch('T')], "T", A::CycleTheme, "switch theme (default, high contrast, monochrome)", ""),
    // Home
    bind(C::Home, &[key(K::Up), ch('k')], "↑/k", A::Up, "previous assessment", ""),
    bind(C::Home, &[key(K::Down), ch('j')], "↓/j", A::Down, "next assessment", ""),
    bind(C::Home, &[key(K::Home), ch('g')], "Home", A::Top, "first assessment", ""),
    bind(C::Home, &[key(K::End), ch('G')], "End", A::Bottom, "last assessment", ""),
    bind(C::Home, &[key(K::Enter)], "Enter", A::Select, "open the assessment", "open"),
    bind(C::Home, &[ch('+')], "+", A::NewAssessment, "add an assessment (a new one)", "new"),
    bind(C::Home, &[ch('/')], "/", A::Filter, "filter by school, district, date or rubric", "filter"),
    bind(C::Home, &[ch('s')], "s", A::Summary, "summary of the assessment", ""),
    bind(C::Home, &[ch('x')], "x", A::Export, "export the assessment to a TOML file", "export"),
    bind(C::Home, &[ch('i')], "i", A::Import, "import TOML files", "import"),
    bind(C::Home, &[ch('d'), key(K::Delete)], "d", A::Delete, "delete the assessment (asks first)", ""),
    bind(C::Home, &[ch('u')], "u", A::RestoreDeleted, "undo the last delete: the assessment comes back", ""),
    bind(C::Home, &[ch('N')], "N", A::Network, "the network: every school's latest figures", "network"),
    bind(C::Home, &[ch('q')], "q", A::Quit, "quit", "quit"),
    bind(C::Home, &[key(K::Esc)], "Esc", A::Cancel, "clear the filter (with none: quit)", ""),
    // Filter
    bind(C::Filter, &[key(K::Enter)], "Enter", A::Submit, "keep the filter (any list: assessments, network, review, plans)", "keep"),
    bind(C::Filter, &[key(K::Esc)], "Esc", A::Cancel, "clear the filter", "clear"),
    // New assessment form
    bind(C::NewForm, &[key(K::Tab), key(K::Down)], "Tab/↓", A::NextField, "next field", "next field"),
    bind(C::NewForm, &[key(K::BackTab), key(K::Up)], "S-Tab/↑", A::PrevField, "previous field", ""),
    bind(C::NewForm, &[key(K::Enter)], "Enter", A::Submit, "next field; on the last, create", "next/create"),
    bind(C::NewForm, &[ctrl('s')], "Ctrl-S", A::Confirm, "create the assessment now", "create"),
    bind(C::NewForm, &[ctrl('f')], "Ctrl-F", A::Accept, "take the suggested school", ""),
    bind(C::NewForm, &[key(K::Esc)], "Esc", A::Cancel, "cancel", "cancel"),
    // Assessing
    bind(C::Assess, DIGITS, "1-7", A::Rate(0), "rate at that level", "rate"),
    bind(C::Assess, &[key(K::Up), ch('k')], "↑/k", A::Up, "highlight the level above", ""),
    bind(C::Assess, &[key(K::Down), ch('j')], "↓/j", A::Down, "highlight the level below", ""),
    bind(C::Assess, &[key(K::Enter)], "Enter", A::Select, "rate at the highlighted level", ""),
    bind(C::Assess, &[ch('n')], "n", A::NotApplicable, "not applicable (N/A)", "N/A"),
    bind(C::Assess, &[ch('0'), key(K::Backspace)], "0", A::ClearRating, "clear the rating", ""),
    bind(C::Assess, &[key(K::Right), ch('l')], "→", A::NextIndicator, "next indicator (also l)", "next"),
    bind(C::Assess, &[key(K::Left), ch('h')], "←", A::PrevIndicator, "previous indicator (also h)", ""),
    bind(C::Assess, &[key(K::PageDown), ch(']')], "PgDn/]", A::NextStandard, "next standard", ""),
    bind(C::Assess, &[key(K::PageUp), ch('[')], "PgUp/[", A::PrevStandard, "previous standard", ""),
    bind(C::Assess, &[key(K::Tab)], "Tab", A::NextUnrated, "next unrated indicator", "unrated"),
    bind(C::Assess, &[ch('e')], "e", A::EditNote, "edit the note", "note"),
    bind(C::Assess, &[ch('E')], "E", A::EditEvidence, "edit the evidence (one item a line)", ""),
    bind(C::Assess, &[ch('a')], "a", A::Actions, "action steps for this indicator", ""),
    bind(C::Assess, &[ch('w')], "w", A::StartSession, "start a coaching session (workshop) on this assessment", ""),
    bind(C::Assess, &[ch('W')], "W", A::OpenPrerating, "open silent pre-rating before the workshop", ""),
    bind(C::Assess, &[ch('I')], "I", A::Details, "the indicator in full: guidance and every level", ""),
    bind(C::Assess, &[ch('u')], "u", A::Undo, "undo your last change (a rating, or a note and evidence save)", "undo"),
    bind(C::Assess, &[ctrl('r')], "Ctrl-R", A::Redo, "redo what you undid", ""),
    bind(C::Assess, &[ch('r')], "r", A::Review, "review every answer", ""),
    bind(C::Assess, &[ch('s')], "s", A::Summary, "summary", "summary"),
    bind(C::Assess, &[ch('q'), key(K::Esc)], "q", A::Back, "back to the assessments", "back"),
    // Last, so a narrow footer drops it before `back`.
    bind(C::Assess, &[ch('H')], "H", A::History, "history of the indicator: who changed what, when", "history"),
    // Indicator details
    bind(C::Details, &[key(K::Esc), ch('I'), ch('q')], "Esc", A::Back, "back to the indicator", "back"),
    bind(C::Details, &[key(K::Up), ch('k')], "↑", A::Up, "scroll up", "scroll"),
    bind(C::Details, &[key(K::Down), ch('j')], "↓", A::Down, "scroll down", ""),
    // A save that met someone else's newer change
    bind(C::Conflict, &[ch('m')], "m", A::KeepMine, "keep yours (replaces theirs)", "keep mine"),
    bind(C::Conflict, &[ch('t')], "t", A::TakeTheirs, "take theirs (yours is not saved)", "take theirs"),
    bind(C::Conflict, &[ch('b')], "b", A::KeepBoth, "keep both: yours added after theirs, marked", "keep both"),
    bind(C::Conflict, &[key(K::Up), ch('k')], "↑/k", A::Up, "previous choice", ""),
    bind(C::Conflict, &[key(K::Down), ch('j')], "↓/j", A::Down, "next choice", ""),
    bind(C::Conflict, &[key(K::Enter)], "Enter", A::Select, "the highlighted choice", ""),
    bind(C::Conflict, &[key(K::Esc)], "Esc", A::Cancel, "back to your text in the editor", "edit"),
    // History of the indicator
    bind(C::History, &[key(K::Esc), ch('H'), ch('q')], "Esc", A::Back, "back to the indicator", "back"),
    bind(C::History, &[key(K::Up), ch('k')], "↑", A::Up, "scroll up", "scroll"),
    bind(C::History, &[key(K::Down), ch('j')], "↓", A::Down, "scroll down", ""),
    // Review
    bind(C::Review, &[key(K::Up), ch('k')], "↑/k", A::Up, "previous indicator", ""),
    bind(C::Review, &[key(K::Down), ch('j')], "↓/j", A::Down, "next indicator", ""),
    bind(C::Review, &[key(K::PageUp)], "PgUp", A::PageUp, "page up", ""),
    bind(C::Review, &[key(K::PageDown)], "PgDn", A::PageDown, "page down", ""),
    bind(C::Review, &[key(K::Enter)], "Enter", A::Select, "edit that indicator", "edit"),
    bind(C::Review, &[key(K::Tab)], "Tab", A::NextUnrated, "next unrated indicator", "next unrated"),
    bind(C::Review, &[ch('/')], "/", A::Filter, "filter by id, statement or note", "filter"),
    bind(C::Review, &[ch('s')], "s", A::Summary, "summary", "summary"),
    bind(C::Review, &[ch('q'), key(K::Esc)], "Esc", A::Back, "back to the indicator", "back"),
    // Summary
    bind(C::Summary, &[ch('r')], "r", A::Review, "review every answer", "review"),
    bind(C::Summary, &[key(K::Enter)], "Enter", A::Select, "go to the next unrated indicator", "rate next unrated"),
    bind(C::Summary, &[ch('S')], "S", A::SubmitAssessment, "submit the assessment: it then counts in the network (asks first)", "submit"),
    bind(C::Summary, &[ch('O')], "O", A::Reopen, "reopen a submitted assessment to change it", ""),
    bind(C::Summary, &[ch('q'), key(K::Esc)], "Esc", A::Back, "back", "back"),
    // Action steps
    bind(C::Actions, &[key(K::Up), ch('k')], "↑/k", A::Up, "previous step", ""),
    bind(C::Actions, &[key(K::Down), ch('j')], "↓/j", A::Down, "next step", ""),
    bind(C::Actions, &[ch('a'), ch('+')], "a", A::AddAction, "add a step", "add"),
    bind(C::Actions, &[key(K::Enter)], "Enter", A::Select, "edit the step", "edit"),
    bind(C::Actions, &[ch(' ')], "Space", A::CycleStatus, "open → done → dropped", "status"),
    bind(C::Actions, &[ch('d'), key(K::Delete)], "d", A::RemoveAction, "remove the step", "remove"),
    bind(C::Actions, &[ch('q'), key(K::Esc)], "Esc", A::Back, "back to the indicator", "back"),
    // Action step form
    bind(C::ActionForm, &[key(K::Tab), key(K::Down)], "Tab", A::NextField, "next field", "next field"),
    bind(C::ActionForm, &[key(K::BackTab), key(K::Up)], "S-Tab", A::PrevField, "previous field", ""),
    bind(C::ActionForm, &[key(K::Enter), ctrl('s')], "Enter", A::Confirm, "save the step", "save"),
    bind(C::ActionForm, &[key(K::Esc)], "Esc", A::Cancel, "cancel", "cancel"),
    // Note and evidence editor
    bind(C::Editor, &[ctrl('s')], "Ctrl-S", A::Confirm, "save and close", "save"),
    bind(C::Editor, &[key(K::Esc)], "Esc", A::Cancel, "close without saving (asks first if anything changed)", "cancel"),
    bind(C::Editor, &[key(K::Tab)], "Tab", A::NextField, "switch between note and evidence", "note/evidence"),
    // File prompt
    bind(C::Prompt, &[key(K::Enter)], "Enter", A::Confirm, "go", "go"),
    bind(C::Prompt, &[key(K::Esc)], "Esc", A::Cancel, "cancel", "cancel"),
    // Confirmation
    bind(C::Confirm, &[ch('y'), ch('Y')], "y", A::Confirm, "yes", "yes"),
    bind(C::Confirm, &[ch('n'), ch('N'), key(K::Esc)], "n/Esc", A::Cancel, "no", "no"),
    // Facilitating a session
    bind(C::Facilitate, DIGITS, "1-7", A::Rate(0), "record that level as the consensus", ""),
    bind(C::Facilitate, &[key(K::Enter)], "Enter", A::Select, "record the suggested consensus (the plan's rule: the median, the lowest vote, or none)", "record"),
    bind(C::Facilitate, &[ch('n')], "n", A::NotApplicable, "record N/A as the consensus", ""),
    bind(C::Facilitate, &[ch('v')], "v", A::Reveal, "reveal the votes to everyone", "reveal"),
    bind(C::Facilitate, &[ch('R')], "R", A::Revote, "everyone votes again on this indicator", ""),
    bind(C::Facilitate, &[key(K::Right), ch('l')], "→", A::NextIndicator, "next indicator of the segment (also l)", "next"),
    bind(C::Facilitate, &[key(K::Left), ch('h')], "←", A::PrevIndicator, "previous indicator of the segment (also h)", ""),
    bind(C::Facilitate, &[ch('>'), ch('.')], ">", A::NextSegment, "next segment of the agenda", "segment"),
    bind(C::Facilitate, &[ch('<'), ch(',')], "<", A::PrevSegment, "previous segment of the agenda", ""),
    bind(C::Facilitate, &[key(K::Up), ch('k')], "↑/k", A::Up, "earlier prompts of the segment", ""),
    bind(C::Facilitate, &[key(K::Down), ch('j')], "↓/j", A::Down, "later prompts of the segment", ""),
    bind(C::Facilitate, &[key(K::PageDown)], "PgDn", A::PageDown, "read further down the panel (long comments)", ""),
    bind(C::Facilitate, &[key(K::PageUp)], "PgUp", A::PageUp, "back up the panel", ""),
    bind(C::Facilitate, &[ch(' ')], "Space", A::PauseTimer, "pause or restart the clock", "pause"),
    bind(C::Facilitate, &[ch('+'), ch('=')], "+", A::Extend, "five more minutes for this segment", ""),
    bind(C::Facilitate, &[ch('-')], "-", A::Shorten, "five minutes less for this segment", ""),
    bind(C::Facilitate, &[ch('p')], "p", A::Present, "presentation view for the wall screen (and back)", "present"),
    bind(C::Facilitate, &[ch('e')], "e", A::EditNote, "the note and evidence for this indicator", ""),
    bind(C::Facilitate, &[ch('a')], "a", A::Actions, "action steps for this indicator", ""),
    bind(C::Facilitate, &[ch('q'), key(K::Esc)], "q", A::Back, "end the session (asks first)", "end"),
    // Taking part in a session
    bind(C::Participate, DIGITS, "1-7", A::Rate(0), "vote for that level", "vote"),
    bind(C::Participate, &[key(K::Up), ch('k')], "↑/k", A::Up, "highlight the level above", ""),
    bind(C::Participate, &[key(K::Down), ch('j')], "↓/j", A::Down, "highlight the level below", ""),
    bind(C::Participate, &[key(K::Enter)], "Enter", A::Select, "vote for the highlighted level", ""),
    bind(C::Participate, &[ch('n')], "n", A::NotApplicable, "vote N/A", "N/A"),
    bind(C::Participate, &[ch('c')], "c", A::EditNote, "add a comment to your vote", "comment"),
    bind(C::Participate, &[ch('q'), key(K::Esc)], "q", A::Back, "leave (your votes stay; join again to come back)", "leave"),
    // Comment on a vote
    bind(C::Comment, &[key(K::Enter)], "Enter", A::Confirm, "save the comment", "save"),
    bind(C::Comment, &[key(K::Esc)], "Esc", A::Cancel, "cancel", "cancel"),
    // Choosing a session plan
    bind(C::Choose, &[key(K::Up), ch('k')], "↑/k", A::Up, "previous plan", ""),
    bind(C::Choose, &[key(K::Down), ch('j')], "↓/j", A::Down, "next plan", ""),
    bind(C::Choose, &[ch('/')], "/", A::Filter, "filter by title or id", "filter"),
    bind(C::Choose, &[key(K::Enter)], "Enter", A::Confirm, "start a session with this plan", "start"),
    bind(C::Choose, &[key(K::Esc), ch('q')], "Esc", A::Cancel, "cancel", "cancel"),
    // Network
    bind(C::Network, &[key(K::Up), ch('k')], "↑/k", A::Up, "previous school", ""),
    bind(C::Network, &[key(K::Down), ch('j')], "↓/j", A::Down, "next school", ""),
    bind(C::Network, &[key(K::PageUp)], "PgUp", A::PageUp, "page up", ""),
    bind(C::Network, &[key(K::PageDown)], "PgDn", A::PageDown, "page down", ""),
    bind(C::Network, &[key(K::Enter)], "Enter", A::Select, "the school's latest assessment", "open"),
    bind(C::Network, &[ch('/')], "/", A::Filter, "filter by school or district", "filter"),
    bind(C::Network, &[ch('>'), ch('.')], ">", A::Sort, "next sort: figures, school, district, date", "sort"),
    bind(C::Network, &[ch('<'), ch(',')], "<", A::SortBack, "previous sort", ""),
    bind(C::Network, &[key(K::Right), key(K::Left)], "←/→", A::NextIndicator, "another rubric", "rubric"),
    bind(C::Network, &[ch('q'), key(K::Esc)], "q", A::Back, "back to the assessments", "back"),
    // Watching a session
    bind(C::Watch, &[ch('q'), key(K::Esc)], "q", A::Back, "stop watching", "quit"),
    // Help
    bind(C::Help, &[key(K::Esc), ch('q'), ch('?')], "Esc", A::Back, "close help", "close"),
    bind(C::Help, &[key(K::Up), ch('k')], "↑", A::Up, "scroll up", "scroll"),
    bind(C::Help, &[key(K::Down), ch('j')], "↓", A::Down, "scroll down", ""),
];

/// The key grammar (the README's "Key grammar"): what each character key means, on
/// every screen that binds it. A key map test checks every binding against it, so a
/// new binding that gives a key a second meaning fails. Text fields (where letters
/// type) and yes/no questions (`y`, `n`) are outside it.
#[rustfmt::skip]
pub static GRAMMAR: &[(char, &str, &[Action])] = &[
    ('?', "help", &[A::Help, A::Back]),
    ('q', "leave: back, or quit from the first screen", &[A::Back, A::Quit, A::Cancel]),
    ('/', "filter the list", &[A::Filter]),
    ('k', "up", &[A::Up]),
    ('j', "down", &[A::Down]),
    ('h', "previous (indicator)", &[A::PrevIndicator]),
    ('l', "next (indicator)", &[A::NextIndicator]),
    ('g', "first in the list", &[A::Top]),
    ('G', "last in the list", &[A::Bottom]),
    ('[', "previous standard", &[A::PrevStandard]),
    (']', "next standard", &[A::NextStandard]),
    ('<', "previous in a cycle: segment, sort", &[A::PrevSegment, A::SortBack]),
    (',', "previous in a cycle: segment, sort", &[A::PrevSegment, A::SortBack]),
    ('>', "next in a cycle: segment, sort", &[A::NextSegment, A::Sort]),
    ('.', "next in a cycle: segment, sort", &[A::NextSegment, A::Sort]),
    ('1', "rate or vote at a level", &[A::Rate(0)]),
    ('0', "clear the rating", &[A::ClearRating]),
    ('n', "N/A (not applicable)", &[A::NotApplicable]),
    ('+', "add: an assessment, a step, minutes", &[A::NewAssessment, A::AddAction, A::Extend]),
    ('=', "add minutes", &[A::Extend]),
    ('-', "take minutes away", &[A::Shorten]),
    ('a', "action steps: open them; on their list, add one", &[A::Actions, A::AddAction]),
    ('d', "delete (asks first, or u brings it back)", &[A::Delete, A::RemoveAction]),
    ('u', "undo", &[A::Undo, A::RestoreDeleted]),
    ('e', "edit the note", &[A::EditNote]),
    ('E', "edit the evidence", &[A::EditEvidence]),
    ('c', "comment on your vote", &[A::EditNote]),
    ('s', "summary", &[A::Summary]),
    ('r', "review every answer", &[A::Review]),
    ('I', "the indicator in full", &[A::Details, A::Back]),
    ('H', "history of the indicator", &[A::History, A::Back]),
    ('N', "the network", &[A::Network]),
    ('S', "submit the assessment", &[A::SubmitAssessment]),
    ('O', "reopen the assessment", &[A::Reopen]),
    ('x', "export to a file", &[A::Export]),
    ('i', "import files", &[A::Import]),
    ('w', "workshop: start a coaching session", &[A::StartSession]),
    ('W', "pre-rating before a workshop", &[A::OpenPrerating]),
    ('p', "presentation view", &[A::Present]),
    ('v', "reveal the votes", &[A::Reveal]),
    ('R', "vote again", &[A::Revote]),
    ('T', "theme", &[A::CycleTheme]),
    ('m', "keep mine", &[A::KeepMine]),
    ('t', "take theirs", &[A::TakeTheirs]),
    ('b', "keep both", &[A::KeepBoth]),
    (' ', "toggle: a step's status, the clock", &[A::CycleStatus, A::PauseTimer]),
];

/// The contexts that show a list of things to choose from: `/` filters each.
pub const LISTS: &[Ctx] = &[Ctx::Home, Ctx::Network, Ctx::Review, Ctx::Choose];

/// Every context, in the order help and the README list them.
pub const ALL: &[Ctx] = &[
    Ctx::Global,
    Ctx::Home,
    Ctx::Filter,
    Ctx::NewForm,
    Ctx::Assess,
    Ctx::Review,
    Ctx::Summary,
    Ctx::Actions,
    Ctx::ActionForm,
    Ctx::Editor,
    Ctx::Details,
    Ctx::Conflict,
    Ctx::History,
    Ctx::Prompt,
    Ctx::Confirm,
    Ctx::Help,
    Ctx::Facilitate,
    Ctx::Participate,
    Ctx::Comment,
    Ctx::Choose,
    Ctx::Network,
    Ctx::Watch,
];

fn matches(k: &Key, event: &KeyEvent) -> bool {
    // Shift is part of the character for printable keys ('G', '?'), so only Control
    // and Alt must match exactly there.
    let significant = KeyModifiers::CONTROL | KeyModifiers::ALT;
    let mods_match = match event.code {
        KeyCode::Char(_) => event.modifiers & significant == k.mods & significant,
        _ => event.modifiers == k.mods || (k.code == KeyCode::BackTab),
    };
    k.code == event.code && mods_match
}

/// What a key does in `ctx`: the context's own bindings first, then the global ones
/// (which text contexts do not receive, so typing '?' in a note types '?').
pub fn resolve(ctx: Ctx, event: &KeyEvent) -> Option<Action> {
    resolve_with(ctx, event, |b| std::borrow::Cow::Borrowed(b.keys))
}

/// [`resolve`] with each binding's keys as `keys_of` says (the settings' remaps).
pub fn resolve_with<'k>(
    ctx: Ctx,
    event: &KeyEvent,
    keys_of: impl Fn(&Binding) -> std::borrow::Cow<'k, [Key]>,
) -> Option<Action> {
    let lookup = |c: Ctx| {
        BINDINGS
            .iter()
            .filter(|b| b.ctx == c)
            .find(|b| keys_of(b).iter().any(|k| matches(k, event)))
            .map(|b| match (b.action, event.code) {
                (Action::Rate(_), KeyCode::Char(d)) => Action::Rate(d as usize - '1' as usize),
                (action, _) => action,
            })
    };
    // Ctrl-C quits and F1 helps even while typing (where `?` types a `?`).
    let passes_text = (event.code == KeyCode::Char('c')
        && event.modifiers.contains(KeyModifiers::CONTROL))
        || event.code == KeyCode::F(1);
    lookup(ctx).or_else(|| {
        if !ctx.is_text() || passes_text {
            lookup(Ctx::Global)
        } else {
            None
        }
    })
}

/// The bindings shown in the footer of `ctx`.
pub fn footer(ctx: Ctx) -> impl Iterator<Item = &'static Binding> {
    let own = BINDINGS.iter().filter(move |b| b.ctx == ctx);
    let global = BINDINGS
        .iter()
        .filter(move |b| b.ctx == Ctx::Global && !ctx.is_text() && ctx != Ctx::Help);
    own.chain(global).filter(|b| !b.footer.is_empty())
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
            .map(|b| format!("`{}` {}", b.label, b.help))
            .collect();
        out.push_str(&format!("| {} | {} |\n", ctx.title(), keys.join(" · ")));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn press(code: KeyCode) -> KeyEvent {
        KeyEvent::new(code, KeyModifiers::NONE)
    }

    #[test]
    fn digits_rate_at_their_level() {
        assert_eq!(
            resolve(Ctx::Assess, &press(KeyCode::Char('1'))),
            Some(Action::Rate(0))
        );
        assert_eq!(
            resolve(Ctx::Assess, &press(KeyCode::Char('4'))),
            Some(Action::Rate(3))
        );
        assert_eq!(
            resolve(Ctx::Assess, &press(KeyCode::Char('7'))),
            Some(Action::Rate(6))
        );
        assert_eq!(resolve(Ctx::Home, &press(KeyCode::Char('4'))), None);
    }

    #[test]
    fn typing_in_a_text_field_is_not_a_command() {
        assert_eq!(resolve(Ctx::Editor, &press(KeyCode::Char('?'))), None);
        assert_eq!(resolve(Ctx::Filter, &press(KeyCode::Char('q'))), None);
        assert_eq!(resolve(Ctx::NewForm, &press(KeyCode::Char('n'))), None);
        assert_eq!(
            resolve(Ctx::Home, &press(KeyCode::Char('?'))),
            Some(Action::Help)
        );
    }

    #[test]
    fn ctrl_c_quits_even_while_typing() {
        let ctrl_c = KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL);
        assert_eq!(resolve(Ctx::Editor, &ctrl_c), Some(Action::Quit));
        assert_eq!(resolve(Ctx::Assess, &ctrl_c), Some(Action::Quit));
    }

    #[test]
    fn shifted_characters_match_without_naming_shift() {
        let shifted = KeyEvent::new(KeyCode::Char('G'), KeyModifiers::SHIFT);
        assert_eq!(resolve(Ctx::Home, &shifted), Some(Action::Bottom));
        let theme = KeyEvent::new(KeyCode::Char('T'), KeyModifiers::SHIFT);
        assert_eq!(resolve(Ctx::Assess, &theme), Some(Action::CycleTheme));
    }

    #[test]
    fn no_key_is_bound_twice_in_one_context() {
        for a in BINDINGS {
            for b in BINDINGS {
                if std::ptr::eq(a, b) || a.ctx != b.ctx {
                    continue;
                }
                for k in a.keys {
                    assert!(!b.keys.contains(k), "{:?} bound twice in {:?}", k, a.ctx);
                }
            }
        }
    }

    #[test]
    fn context_keys_do_not_shadow_global_ones_by_accident() {
        // A context binding for a global key would silently hide it from that screen.
        let globals: Vec<&Key> = BINDINGS
            .iter()
            .filter(|b| b.ctx == Ctx::Global)
            .flat_map(|b| b.keys)
            .collect();
        for b in BINDINGS
            .iter()
            .filter(|b| b.ctx != Ctx::Global && b.ctx != Ctx::Help)
        {
            for k in b.keys {
                assert!(
                    !globals.contains(&k),
                    "{k:?} in {:?} hides a global key",
                    b.ctx
                );
            }
        }
    }

    #[test]
    fn every_context_has_a_way_out_in_its_footer() {
        for &ctx in ALL.iter().filter(|c| **c != Ctx::Global) {
            let ways_out = [Action::Quit, Action::Back, Action::Cancel, Action::Confirm];
            assert!(footer(ctx).any(|b| ways_out.contains(&b.action)), "{ctx:?}");
        }
    }

    // The key grammar (README "Key grammar"), checked over every context.

    #[test]
    fn all_lists_every_context_of_the_key_map() {
        for b in BINDINGS {
            assert!(ALL.contains(&b.ctx), "{:?} is missing from ALL", b.ctx);
        }
    }

    #[test]
    fn esc_leaves_or_cancels_in_every_context() {
        let esc = press(KeyCode::Esc);
        for &ctx in ALL.iter().filter(|c| **c != Ctx::Global) {
            let action = resolve(ctx, &esc);
            assert!(
                matches!(action, Some(Action::Back | Action::Cancel | Action::Quit)),
                "Esc in {ctx:?} does {action:?}, not leave or cancel"
            );
        }
    }

    #[test]
    fn question_mark_helps_everywhere_and_f1_while_typing() {
        for &ctx in ALL.iter().filter(|c| **c != Ctx::Global) {
            let (key, want) = match ctx {
                // `?` closes help again.
                Ctx::Help => (press(KeyCode::Char('?')), Action::Back),
                c if c.is_text() => (press(KeyCode::F(1)), Action::Help),
                _ => (press(KeyCode::Char('?')), Action::Help),
            };
            assert_eq!(resolve(ctx, &key), Some(want), "{ctx:?}");
        }
    }

    #[test]
    fn slash_filters_every_list() {
        for &ctx in LISTS {
            assert_eq!(
                resolve(ctx, &press(KeyCode::Char('/'))),
                Some(Action::Filter),
                "{ctx:?}"
            );
        }
    }

    /// Each character key means one kind of thing on every screen: every binding of
    /// a character (outside text fields and y/n questions) is one the grammar allows.
    #[test]
    fn each_character_means_one_kind_of_thing_everywhere() {
        for b in BINDINGS
            .iter()
            .filter(|b| !b.ctx.is_text() && b.ctx != Ctx::Confirm)
        {
            for k in b.keys {
                let KeyCode::Char(c) = k.code else { continue };
                if k.mods.contains(KeyModifiers::CONTROL) {
                    continue;
                }
                let c = if ('1'..='7').contains(&c) { '1' } else { c };
                let Some((_, meaning, allowed)) = GRAMMAR.iter().find(|(g, _, _)| *g == c) else {
                    panic!(
                        "{c:?} ({:?} in {:?}) is not in the key grammar",
                        b.action, b.ctx
                    );
                };
                let action = match b.action {
                    Action::Rate(_) => Action::Rate(0),
                    a => a,
                };
                assert!(
                    allowed.contains(&action),
                    "{c:?} means {meaning:?}, but does {action:?} in {:?}",
                    b.ctx
                );
            }
        }
    }

    /// Control keys too: Ctrl-S saves or creates wherever it is bound.
    #[test]
    fn control_keys_mean_one_thing_everywhere() {
        let grammar = [
            ('s', Action::Confirm),
            ('r', Action::Redo),
            ('f', Action::Accept),
            ('c', Action::Quit),
        ];
        for b in BINDINGS {
            for k in b.keys {
                let KeyCode::Char(c) = k.code else { continue };
                if !k.mods.contains(KeyModifiers::CONTROL) {
                    continue;
                }
                assert!(
                    grammar.contains(&(c, b.action)),
                    "Ctrl-{c} does {:?} in {:?}",
                    b.action,
                    b.ctx
                );
            }
        }
    }

    #[test]
    fn the_editor_saves_with_ctrl_s_and_cancels_with_esc() {
        let ctrl_s = KeyEvent::new(KeyCode::Char('s'), KeyModifiers::CONTROL);
        assert_eq!(resolve(Ctx::Editor, &ctrl_s), Some(Action::Confirm));
        assert_eq!(
            resolve(Ctx::Editor, &press(KeyCode::Esc)),
            Some(Action::Cancel)
        );
    }
}
