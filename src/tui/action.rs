//! Everything a user can do, named. Keys map to these (keymap.rs); the app applies
//! them (app.rs). Nothing else decides what a key means.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Quit,
    Back,
    Help,
    CycleTheme,
    /// Switch this person's language (English ↔ Spanish).
    SwitchLanguage,
    Up,
    Down,
    PageUp,
    PageDown,
    Top,
    Bottom,
    Select,
    // Home
    NewAssessment,
    Filter,
    Delete,
    RestoreDeleted,
    Export,
    Import,
    // Assess
    NextIndicator,
    PrevIndicator,
    NextStandard,
    PrevStandard,
    NextUnrated,
    /// Rate at a level, by 0-based index.
    Rate(usize),
    NotApplicable,
    ClearRating,
    Undo,
    Redo,
    /// Who changed the indicator, when, from what to what.
    History,
    EditNote,
    EditEvidence,
    Actions,
    Review,
    Summary,
    Details,
    /// Submit the assessment (asks first, listing what is still unrated).
    SubmitAssessment,
    /// Make a submitted assessment a draft again.
    Reopen,
    // Forms, prompts and editors
    NextField,
    PrevField,
    Submit,
    Cancel,
    Confirm,
    AddAction,
    CycleStatus,
    RemoveAction,
    Accept,
    // A save that met someone else's change
    KeepMine,
    TakeTheirs,
    KeepBoth,
    // Coaching sessions
    StartSession,
    /// Open silent pre-rating on the assessment (members rate alone before the meeting).
    OpenPrerating,
    PauseTimer,
    Extend,
    Shorten,
    NextSegment,
    PrevSegment,
    Reveal,
    Revote,
    Present,
    Network,
    /// A school's outcome data: see them and type them in.
    Outcomes,
    Sort,
    /// The sort before this one (the network's sorts form a cycle).
    SortBack,
}
