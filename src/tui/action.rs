//! Everything a user can do, named. Keys map to these (keymap.rs); the app applies
//! them (app.rs). Nothing else decides what a key means.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Quit,
    Back,
    Help,
    CycleTheme,
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
    EditNote,
    EditEvidence,
    Actions,
    Review,
    Summary,
    Details,
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
}
