//! The one key map: (key, where the user is) → Action. The same table drives the
//! handlers, the help overlay and the footer, so they can never disagree.

use super::action::Action;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

mod shown;
pub use shown::{footer, footer_ranked, help, markdown};

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
    /// A school's outcome figures, school years × measures.
    Outcomes,
    /// Typing one figure on the outcomes screen.
    OutcomeCell,
    /// Choosing a student group to add on the outcomes screen.
    OutcomeGroup,
}

impl Ctx {
    /// Whether typed characters go to a text field.
    pub fn is_text(self) -> bool {
        matches!(
            self,
            Ctx::Filter
                | Ctx::NewForm
                | Ctx::ActionForm
                | Ctx::Editor
                | Ctx::Prompt
                | Ctx::Comment
                | Ctx::OutcomeCell
                | Ctx::OutcomeGroup
        )
    }

    /// The context's name in help, in this thread's language.
    pub fn title(self) -> String {
        match self {
            Ctx::Global => crate::t!("keys-title-global"),
            Ctx::Home => crate::t!("keys-title-home"),
            Ctx::Filter => crate::t!("keys-title-filter"),
            Ctx::NewForm => crate::t!("keys-title-new"),
            Ctx::Assess => crate::t!("keys-title-assess"),
            Ctx::Review => crate::t!("keys-title-review"),
            Ctx::Summary => crate::t!("keys-title-summary"),
            Ctx::Actions => crate::t!("keys-title-actions"),
            Ctx::ActionForm => crate::t!("keys-title-step"),
            Ctx::Editor => crate::t!("keys-title-editor"),
            Ctx::Details => crate::t!("keys-title-details"),
            Ctx::Conflict => crate::t!("keys-title-conflict"),
            Ctx::History => crate::t!("keys-title-history"),
            Ctx::Prompt => crate::t!("keys-title-prompt"),
            Ctx::Confirm => crate::t!("keys-title-confirm"),
            Ctx::Help => crate::t!("keys-title-help"),
            Ctx::Facilitate => crate::t!("keys-title-facilitate"),
            Ctx::Participate => crate::t!("keys-title-participate"),
            Ctx::Comment => crate::t!("keys-title-comment"),
            Ctx::Choose => crate::t!("keys-title-choose"),
            Ctx::Network => crate::t!("keys-title-network"),
            Ctx::Watch => crate::t!("keys-title-watch"),
            Ctx::Outcomes => crate::t!("keys-title-outcomes"),
            Ctx::OutcomeCell => crate::t!("keys-title-outcome-cell"),
            Ctx::OutcomeGroup => crate::t!("keys-title-outcome-group"),
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
    /// The message id of the help line (`keys-…`, in `locales/*/keys.ftl`).
    pub help: &'static str,
    /// The message id of a word or two for the footer of this context; empty: help
    /// only.
    pub footer: &'static str,
}

impl Binding {
    /// The help line in this thread's language.
    pub fn help_text(&self) -> String {
        crate::i18n::tr(self.help)
    }

    /// The footer word(s) in this thread's language; empty: help only.
    pub fn footer_text(&self) -> String {
        if self.footer.is_empty() {
            String::new()
        } else {
            crate::i18n::tr(self.footer)
        }
    }
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
    bind(C::Global, &[ch('?'), key(K::F(1))], "?", A::Help, "keys-global-help", "keys-footer-help"),
    bind(C::Global, &[ctrl('c')], "Ctrl-C", A::Quit, "keys-global-quit", ""),
    bind(C::Global, &[ch('T')], "T", A::CycleTheme, "keys-global-cycle-theme", ""),
    bind(C::Global, &[ch('L')], "L", A::SwitchLanguage, "keys-global-switch-language", ""),
    // Home
    bind(C::Home, &[key(K::Up), ch('k')], "↑/k", A::Up, "keys-home-up", ""),
    bind(C::Home, &[key(K::Down), ch('j')], "↓/j", A::Down, "keys-home-down", ""),
    bind(C::Home, &[key(K::Home), ch('g')], "Home", A::Top, "keys-home-top", ""),
    bind(C::Home, &[key(K::End), ch('G')], "End", A::Bottom, "keys-home-bottom", ""),
    bind(C::Home, &[key(K::Enter)], "Enter", A::Select, "keys-home-select", "keys-footer-open"),
    bind(C::Home, &[ch('+')], "+", A::NewAssessment, "keys-home-new-assessment", "keys-footer-new"),
    bind(C::Home, &[ch('/')], "/", A::Filter, "keys-home-filter", "keys-footer-filter"),
    bind(C::Home, &[ch('s')], "s", A::Summary, "keys-home-summary", ""),
    bind(C::Home, &[ch('x')], "x", A::Export, "keys-home-export", "keys-footer-export"),
    bind(C::Home, &[ch('i')], "i", A::Import, "keys-home-import", "keys-footer-import"),
    bind(C::Home, &[ch('d'), key(K::Delete)], "d", A::Delete, "keys-home-delete", ""),
    bind(C::Home, &[ch('u')], "u", A::RestoreDeleted, "keys-home-restore-deleted", ""),
    bind(C::Home, &[ch('N')], "N", A::Network, "keys-home-network", "keys-footer-network"),
    bind(C::Home, &[ch('o')], "o", A::Outcomes, "keys-home-outcomes", ""),
    bind(C::Home, &[ch('q')], "q", A::Quit, "keys-home-quit", "keys-footer-quit"),
    bind(C::Home, &[key(K::Esc)], "Esc", A::Cancel, "keys-home-cancel", ""),
    // Filter
    bind(C::Filter, &[key(K::Enter)], "Enter", A::Submit, "keys-filter-submit", "keys-footer-keep"),
    bind(C::Filter, &[key(K::Esc)], "Esc", A::Cancel, "keys-filter-cancel", "keys-footer-clear"),
    // New assessment form
    bind(C::NewForm, &[key(K::Tab), key(K::Down)], "Tab/↓", A::NextField, "keys-new-next-field", "keys-footer-next-field"),
    bind(C::NewForm, &[key(K::BackTab), key(K::Up)], "S-Tab/↑", A::PrevField, "keys-new-prev-field", ""),
    bind(C::NewForm, &[key(K::Enter)], "Enter", A::Submit, "keys-new-submit", "keys-footer-next-create"),
    bind(C::NewForm, &[ctrl('s')], "Ctrl-S", A::Confirm, "keys-new-confirm", "keys-footer-create"),
    bind(C::NewForm, &[ctrl('f')], "Ctrl-F", A::Accept, "keys-new-accept", ""),
    bind(C::NewForm, &[key(K::Esc)], "Esc", A::Cancel, "keys-new-cancel", "keys-footer-cancel"),
    // Assessing
    bind(C::Assess, DIGITS, "1-7", A::Rate(0), "keys-assess-rate", "keys-footer-rate"),
    bind(C::Assess, &[key(K::Up), ch('k')], "↑/k", A::Up, "keys-assess-up", ""),
    bind(C::Assess, &[key(K::Down), ch('j')], "↓/j", A::Down, "keys-assess-down", ""),
    bind(C::Assess, &[key(K::Enter)], "Enter", A::Select, "keys-assess-select", ""),
    bind(C::Assess, &[ch('n')], "n", A::NotApplicable, "keys-assess-not-applicable", "keys-footer-n-a"),
    bind(C::Assess, &[ch('0'), key(K::Backspace)], "0", A::ClearRating, "keys-assess-clear-rating", ""),
    bind(C::Assess, &[key(K::Right), ch('l')], "→", A::NextIndicator, "keys-assess-next-indicator", "keys-footer-next"),
    bind(C::Assess, &[key(K::Left), ch('h')], "←", A::PrevIndicator, "keys-assess-prev-indicator", ""),
    bind(C::Assess, &[key(K::PageDown), ch(']')], "PgDn/]", A::NextStandard, "keys-assess-next-standard", ""),
    bind(C::Assess, &[key(K::PageUp), ch('[')], "PgUp/[", A::PrevStandard, "keys-assess-prev-standard", ""),
    bind(C::Assess, &[key(K::Tab)], "Tab", A::NextUnrated, "keys-assess-next-unrated", "keys-footer-unrated"),
    bind(C::Assess, &[ch('e')], "e", A::EditNote, "keys-assess-edit-note", "keys-footer-note"),
    bind(C::Assess, &[ch('E')], "E", A::EditEvidence, "keys-assess-edit-evidence", ""),
    bind(C::Assess, &[ch('a')], "a", A::Actions, "keys-assess-actions", ""),
    bind(C::Assess, &[ch('w')], "w", A::StartSession, "keys-assess-start-session", ""),
    bind(C::Assess, &[ch('W')], "W", A::OpenPrerating, "keys-assess-open-prerating", ""),
    bind(C::Assess, &[ch('I')], "I", A::Details, "keys-assess-details", ""),
    bind(C::Assess, &[ch('u')], "u", A::Undo, "keys-assess-undo", "keys-footer-undo"),
    bind(C::Assess, &[ctrl('r')], "Ctrl-R", A::Redo, "keys-assess-redo", ""),
    bind(C::Assess, &[ch('r')], "r", A::Review, "keys-assess-review", ""),
    bind(C::Assess, &[ch('s')], "s", A::Summary, "keys-assess-summary", "keys-footer-summary"),
    bind(C::Assess, &[ch('q'), key(K::Esc)], "q", A::Back, "keys-assess-back", "keys-footer-back"),
    // Last, so a narrow footer drops it before `back`.
    bind(C::Assess, &[ch('H')], "H", A::History, "keys-assess-history", "keys-footer-history"),
    // Indicator details
    bind(C::Details, &[key(K::Esc), ch('I'), ch('q')], "Esc", A::Back, "keys-details-back", "keys-footer-back"),
    bind(C::Details, &[key(K::Up), ch('k')], "↑", A::Up, "keys-details-up", "keys-footer-scroll"),
    bind(C::Details, &[key(K::Down), ch('j')], "↓", A::Down, "keys-details-down", ""),
    // A save that met someone else's newer change
    bind(C::Conflict, &[ch('m')], "m", A::KeepMine, "keys-conflict-keep-mine", "keys-footer-keep-mine"),
    bind(C::Conflict, &[ch('t')], "t", A::TakeTheirs, "keys-conflict-take-theirs", "keys-footer-take-theirs"),
    bind(C::Conflict, &[ch('b')], "b", A::KeepBoth, "keys-conflict-keep-both", "keys-footer-keep-both"),
    bind(C::Conflict, &[key(K::Up), ch('k')], "↑/k", A::Up, "keys-conflict-up", ""),
    bind(C::Conflict, &[key(K::Down), ch('j')], "↓/j", A::Down, "keys-conflict-down", ""),
    bind(C::Conflict, &[key(K::Enter)], "Enter", A::Select, "keys-conflict-select", ""),
    bind(C::Conflict, &[key(K::Esc)], "Esc", A::Cancel, "keys-conflict-cancel", "keys-footer-edit"),
    // History of the indicator
    bind(C::History, &[key(K::Esc), ch('H'), ch('q')], "Esc", A::Back, "keys-history-back", "keys-footer-back"),
    bind(C::History, &[key(K::Up), ch('k')], "↑", A::Up, "keys-history-up", "keys-footer-scroll"),
    bind(C::History, &[key(K::Down), ch('j')], "↓", A::Down, "keys-history-down", ""),
    // Review
    bind(C::Review, &[key(K::Up), ch('k')], "↑/k", A::Up, "keys-review-up", ""),
    bind(C::Review, &[key(K::Down), ch('j')], "↓/j", A::Down, "keys-review-down", ""),
    bind(C::Review, &[key(K::PageUp)], "PgUp", A::PageUp, "keys-review-page-up", ""),
    bind(C::Review, &[key(K::PageDown)], "PgDn", A::PageDown, "keys-review-page-down", ""),
    bind(C::Review, &[key(K::Enter)], "Enter", A::Select, "keys-review-select", "keys-footer-edit"),
    bind(C::Review, &[key(K::Tab)], "Tab", A::NextUnrated, "keys-review-next-unrated", "keys-footer-next-unrated"),
    bind(C::Review, &[ch('/')], "/", A::Filter, "keys-review-filter", "keys-footer-filter"),
    bind(C::Review, &[ch('s')], "s", A::Summary, "keys-review-summary", "keys-footer-summary"),
    bind(C::Review, &[ch('q'), key(K::Esc)], "Esc", A::Back, "keys-review-back", "keys-footer-back"),
    // Summary
    bind(C::Summary, &[ch('r')], "r", A::Review, "keys-summary-review", "keys-footer-review"),
    bind(C::Summary, &[key(K::Enter)], "Enter", A::Select, "keys-summary-select", "keys-footer-rate-next-unrated"),
    bind(C::Summary, &[ch('S')], "S", A::SubmitAssessment, "keys-summary-submit-assessment", "keys-footer-submit"),
    bind(C::Summary, &[ch('O')], "O", A::Reopen, "keys-summary-reopen", ""),
    bind(C::Summary, &[ch('o')], "o", A::Outcomes, "keys-summary-outcomes", "keys-footer-outcomes"),
    bind(C::Summary, &[ch('q'), key(K::Esc)], "Esc", A::Back, "keys-summary-back", "keys-footer-back"),
    // Action steps
    bind(C::Actions, &[key(K::Up), ch('k')], "↑/k", A::Up, "keys-actions-up", ""),
    bind(C::Actions, &[key(K::Down), ch('j')], "↓/j", A::Down, "keys-actions-down", ""),
    bind(C::Actions, &[ch('a'), ch('+')], "a", A::AddAction, "keys-actions-add-action", "keys-footer-add"),
    bind(C::Actions, &[key(K::Enter)], "Enter", A::Select, "keys-actions-select", "keys-footer-edit"),
    bind(C::Actions, &[ch(' ')], "Space", A::CycleStatus, "keys-actions-cycle-status", "keys-footer-status"),
    bind(C::Actions, &[ch('d'), key(K::Delete)], "d", A::RemoveAction, "keys-actions-remove-action", "keys-footer-remove"),
    bind(C::Actions, &[ch('q'), key(K::Esc)], "Esc", A::Back, "keys-actions-back", "keys-footer-back"),
    // Action step form
    bind(C::ActionForm, &[key(K::Tab), key(K::Down)], "Tab", A::NextField, "keys-step-next-field", "keys-footer-next-field"),
    bind(C::ActionForm, &[key(K::BackTab), key(K::Up)], "S-Tab", A::PrevField, "keys-step-prev-field", ""),
    bind(C::ActionForm, &[key(K::Enter), ctrl('s')], "Enter", A::Confirm, "keys-step-confirm", "keys-footer-save"),
    bind(C::ActionForm, &[key(K::Esc)], "Esc", A::Cancel, "keys-step-cancel", "keys-footer-cancel"),
    // Note and evidence editor
    bind(C::Editor, &[ctrl('s')], "Ctrl-S", A::Confirm, "keys-editor-confirm", "keys-footer-save"),
    bind(C::Editor, &[key(K::Esc)], "Esc", A::Cancel, "keys-editor-cancel", "keys-footer-cancel"),
    bind(C::Editor, &[key(K::Tab)], "Tab", A::NextField, "keys-editor-next-field", "keys-footer-note-evidence"),
    // File prompt
    bind(C::Prompt, &[key(K::Enter)], "Enter", A::Confirm, "keys-prompt-confirm", "keys-footer-go"),
    bind(C::Prompt, &[key(K::Esc)], "Esc", A::Cancel, "keys-prompt-cancel", "keys-footer-cancel"),
    // Confirmation
    bind(C::Confirm, &[ch('y'), ch('Y')], "y", A::Confirm, "keys-confirm-confirm", "keys-footer-yes"),
    bind(C::Confirm, &[ch('n'), ch('N'), key(K::Esc)], "n/Esc", A::Cancel, "keys-confirm-cancel", "keys-footer-no"),
    // Facilitating a session
    bind(C::Facilitate, DIGITS, "1-7", A::Rate(0), "keys-facilitate-rate", ""),
    bind(C::Facilitate, &[key(K::Enter)], "Enter", A::Select, "keys-facilitate-select", "keys-footer-record"),
    bind(C::Facilitate, &[ch('n')], "n", A::NotApplicable, "keys-facilitate-not-applicable", ""),
    bind(C::Facilitate, &[ch('v')], "v", A::Reveal, "keys-facilitate-reveal", "keys-footer-reveal"),
    bind(C::Facilitate, &[ch('R')], "R", A::Revote, "keys-facilitate-revote", ""),
    bind(C::Facilitate, &[key(K::Right), ch('l')], "→", A::NextIndicator, "keys-facilitate-next-indicator", "keys-footer-next"),
    bind(C::Facilitate, &[key(K::Left), ch('h')], "←", A::PrevIndicator, "keys-facilitate-prev-indicator", ""),
    bind(C::Facilitate, &[ch('>'), ch('.')], ">", A::NextSegment, "keys-facilitate-next-segment", "keys-footer-segment"),
    bind(C::Facilitate, &[ch('<'), ch(',')], "<", A::PrevSegment, "keys-facilitate-prev-segment", ""),
    bind(C::Facilitate, &[key(K::Up), ch('k')], "↑/k", A::Up, "keys-facilitate-up", ""),
    bind(C::Facilitate, &[key(K::Down), ch('j')], "↓/j", A::Down, "keys-facilitate-down", ""),
    bind(C::Facilitate, &[key(K::PageDown)], "PgDn", A::PageDown, "keys-facilitate-page-down", ""),
    bind(C::Facilitate, &[key(K::PageUp)], "PgUp", A::PageUp, "keys-facilitate-page-up", ""),
    bind(C::Facilitate, &[ch(' ')], "Space", A::PauseTimer, "keys-facilitate-pause-timer", "keys-footer-pause"),
    bind(C::Facilitate, &[ch('+'), ch('=')], "+", A::Extend, "keys-facilitate-extend", ""),
    bind(C::Facilitate, &[ch('-')], "-", A::Shorten, "keys-facilitate-shorten", ""),
    bind(C::Facilitate, &[ch('p')], "p", A::Present, "keys-facilitate-present", "keys-footer-present"),
    bind(C::Facilitate, &[ch('e')], "e", A::EditNote, "keys-facilitate-edit-note", ""),
    bind(C::Facilitate, &[ch('a')], "a", A::Actions, "keys-facilitate-actions", ""),
    bind(C::Facilitate, &[ch('q'), key(K::Esc)], "q", A::Back, "keys-facilitate-back", "keys-footer-end"),
    // Taking part in a session
    bind(C::Participate, DIGITS, "1-7", A::Rate(0), "keys-participate-rate", "keys-footer-vote"),
    bind(C::Participate, &[key(K::Up), ch('k')], "↑/k", A::Up, "keys-participate-up", ""),
    bind(C::Participate, &[key(K::Down), ch('j')], "↓/j", A::Down, "keys-participate-down", ""),
    bind(C::Participate, &[key(K::Enter)], "Enter", A::Select, "keys-participate-select", ""),
    bind(C::Participate, &[ch('n')], "n", A::NotApplicable, "keys-participate-not-applicable", "keys-footer-n-a"),
    bind(C::Participate, &[ch('c')], "c", A::EditNote, "keys-participate-edit-note", "keys-footer-comment"),
    bind(C::Participate, &[key(K::Right), ch('l')], "→", A::NextIndicator, "keys-participate-next", ""),
    bind(C::Participate, &[key(K::Left), ch('h')], "←", A::PrevIndicator, "keys-participate-prev", ""),
    bind(C::Participate, &[ch(']')], "]", A::NextStandard, "keys-participate-next-standard", ""),
    bind(C::Participate, &[ch('[')], "[", A::PrevStandard, "keys-participate-prev-standard", ""),
    bind(C::Participate, &[key(K::Tab)], "Tab", A::NextUnrated, "keys-participate-next-unrated", ""),
    bind(C::Participate, &[ch('q'), key(K::Esc)], "q", A::Back, "keys-participate-back", "keys-footer-leave"),
    // Comment on a vote
    bind(C::Comment, &[key(K::Enter)], "Enter", A::Confirm, "keys-comment-confirm", "keys-footer-save"),
    bind(C::Comment, &[key(K::Esc)], "Esc", A::Cancel, "keys-comment-cancel", "keys-footer-cancel"),
    // Choosing a session plan
    bind(C::Choose, &[key(K::Up), ch('k')], "↑/k", A::Up, "keys-choose-up", ""),
    bind(C::Choose, &[key(K::Down), ch('j')], "↓/j", A::Down, "keys-choose-down", ""),
    bind(C::Choose, &[ch('/')], "/", A::Filter, "keys-choose-filter", "keys-footer-filter"),
    bind(C::Choose, &[key(K::Enter)], "Enter", A::Confirm, "keys-choose-confirm", "keys-footer-start"),
    bind(C::Choose, &[key(K::Esc), ch('q')], "Esc", A::Cancel, "keys-choose-cancel", "keys-footer-cancel"),
    // Network
    bind(C::Network, &[key(K::Up), ch('k')], "↑/k", A::Up, "keys-network-up", ""),
    bind(C::Network, &[key(K::Down), ch('j')], "↓/j", A::Down, "keys-network-down", ""),
    bind(C::Network, &[key(K::PageUp)], "PgUp", A::PageUp, "keys-network-page-up", ""),
    bind(C::Network, &[key(K::PageDown)], "PgDn", A::PageDown, "keys-network-page-down", ""),
    bind(C::Network, &[key(K::Enter)], "Enter", A::Select, "keys-network-select", "keys-footer-open"),
    bind(C::Network, &[ch('/')], "/", A::Filter, "keys-network-filter", "keys-footer-filter"),
    bind(C::Network, &[ch('>'), ch('.')], ">", A::Sort, "keys-network-sort", "keys-footer-sort"),
    bind(C::Network, &[ch('<'), ch(',')], "<", A::SortBack, "keys-network-sort-back", ""),
    bind(C::Network, &[key(K::Right), key(K::Left)], "←/→", A::NextIndicator, "keys-network-next-indicator", "keys-footer-rubric"),
    bind(C::Network, &[ch('q'), key(K::Esc)], "q", A::Back, "keys-network-back", "keys-footer-back"),
    // A school's outcomes
    bind(C::Outcomes, &[key(K::Up), ch('k')], "↑/k", A::Up, "keys-outcomes-up", ""),
    bind(C::Outcomes, &[key(K::Down), ch('j')], "↓/j", A::Down, "keys-outcomes-down", ""),
    bind(C::Outcomes, &[key(K::Left), ch('h')], "←/h", A::PrevIndicator, "keys-outcomes-prev-year", ""),
    bind(C::Outcomes, &[key(K::Right), ch('l')], "→/l", A::NextIndicator, "keys-outcomes-next-year", ""),
    bind(C::Outcomes, &[key(K::Enter)], "Enter", A::Select, "keys-outcomes-select", "keys-footer-type"),
    bind(C::Outcomes, &[key(K::Delete)], "Del", A::ClearRating, "keys-outcomes-clear", ""),
    bind(C::Outcomes, &[key(K::Tab)], "Tab", A::NextField, "keys-outcomes-next-group", "keys-footer-group"),
    bind(C::Outcomes, &[key(K::BackTab)], "S-Tab", A::PrevField, "keys-outcomes-prev-group", ""),
    bind(C::Outcomes, &[ch('+')], "+", A::AddAction, "keys-outcomes-add-group", "keys-footer-add-group"),
    bind(C::Outcomes, &[ctrl('s')], "Ctrl-S", A::Confirm, "keys-outcomes-confirm", "keys-footer-save"),
    bind(C::Outcomes, &[ch('q'), key(K::Esc)], "Esc", A::Back, "keys-outcomes-back", "keys-footer-back"),
    // Typing a figure
    bind(C::OutcomeCell, &[key(K::Enter)], "Enter", A::Submit, "keys-outcome-cell-submit", "keys-footer-keep"),
    bind(C::OutcomeCell, &[key(K::Esc)], "Esc", A::Cancel, "keys-outcome-cell-cancel", "keys-footer-cancel"),
    // Choosing a group to add
    bind(C::OutcomeGroup, &[key(K::Up)], "↑", A::Up, "keys-outcome-group-up", ""),
    bind(C::OutcomeGroup, &[key(K::Down)], "↓", A::Down, "keys-outcome-group-down", ""),
    bind(C::OutcomeGroup, &[key(K::Enter)], "Enter", A::Submit, "keys-outcome-group-submit", "keys-footer-add"),
    bind(C::OutcomeGroup, &[key(K::Esc)], "Esc", A::Cancel, "keys-outcome-group-cancel", "keys-footer-cancel"),
    // Watching a session
    bind(C::Watch, &[ch('q'), key(K::Esc)], "q", A::Back, "keys-watch-back", "keys-footer-quit"),
    // Help
    bind(C::Help, &[key(K::Esc), ch('q'), ch('?')], "Esc", A::Back, "keys-help-back", "keys-footer-close"),
    bind(C::Help, &[key(K::Up), ch('k')], "↑", A::Up, "keys-help-up", "keys-footer-scroll"),
    bind(C::Help, &[key(K::Down), ch('j')], "↓", A::Down, "keys-help-down", ""),
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
    ('+', "add: an assessment, a step, minutes, a student group", &[A::NewAssessment, A::AddAction, A::Extend]),
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
    ('o', "the school's outcomes", &[A::Outcomes]),
    ('x', "export to a file", &[A::Export]),
    ('i', "import files", &[A::Import]),
    ('w', "workshop: start a coaching session", &[A::StartSession]),
    ('W', "pre-rating before a workshop", &[A::OpenPrerating]),
    ('p', "presentation view", &[A::Present]),
    ('v', "reveal the votes", &[A::Reveal]),
    ('R', "vote again", &[A::Revote]),
    ('T', "theme", &[A::CycleTheme]),
    ('L', "language", &[A::SwitchLanguage]),
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
    Ctx::Outcomes,
    Ctx::OutcomeCell,
    Ctx::OutcomeGroup,
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

/// Whether an action leaves where the user is (or answers it): the footer keeps it.
pub fn is_way_out(action: Action) -> bool {
    matches!(
        action,
        Action::Quit | Action::Back | Action::Cancel | Action::Confirm
    )
}

#[cfg(test)]
mod tests;
