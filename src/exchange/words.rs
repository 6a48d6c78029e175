//! The words every written output of an assessment shares (the text, Markdown, HTML
//! and CSV reports and the minutes): yes/no, statuses, level labels, the scoring rule,
//! a session's title and facilitator. Below `report`, `html`, `markdown` and `minutes`,
//! which all use it, so none of them needs another for a word.

use crate::assessment::Assessment;
use crate::i18n::Lang;
use crate::rubric::{Choice, Rubric};
use crate::score::Score;
use crate::session::record::SessionRecord;
use std::borrow::Cow;

/// The scoring rule of the assessment's own rubric snapshot, in English words, as the
/// machine formats (JSON) carry it whatever the language.
pub fn rule(a: &Assessment) -> String {
    crate::i18n::scoped(Lang::En, || a.rubric.scoring.in_words(&a.rubric.levels))
}

/// The scoring rule in words in the thread's language, for people (in English, the
/// same sentence as [`rule`]).
pub fn rule_words(a: &Assessment) -> String {
    let rubric = crate::rubric::shown(&a.rubric);
    rubric.scoring.in_words(&rubric.levels)
}

/// "yes" or "no" for people (translated); machine formats use [`flag`].
pub fn yes_no(b: bool) -> String {
    if b {
        crate::t!("report-yes")
    } else {
        crate::t!("report-no")
    }
}

/// "yes" or "no" in a CSV cell: part of the format, the same in every language.
pub(super) fn flag(b: bool) -> &'static str {
    if b { "yes" } else { "no" }
}

/// An assessment's status for people: draft, final.
pub fn status_word(status: crate::assessment::Status) -> String {
    use crate::assessment::Status;
    match status {
        Status::Draft => crate::t!("report-status-draft"),
        Status::Final => crate::t!("report-status-final"),
    }
}

/// An action step's status for people: open, done, dropped.
pub fn action_status_word(status: crate::assessment::ActionStatus) -> String {
    use crate::assessment::ActionStatus;
    match status {
        ActionStatus::Open => crate::t!("report-action-open"),
        ActionStatus::Done => crate::t!("report-action-done"),
        ActionStatus::Dropped => crate::t!("report-action-dropped"),
    }
}

/// The label of a choice for people: the rubric's level label (its own text, left as
/// the rubric has it), or the translated words for N/A and unrated.
pub fn choice_label(rubric: &Rubric, choice: Option<Choice>) -> String {
    match choice {
        None => crate::t!("report-unrated"),
        Some(Choice::NotApplicable) => crate::t!("report-na"),
        Some(Choice::Level(_)) => rubric.choice_label(choice).to_string(),
    }
}

/// The label for a stored level key (a vote, a decision); an unknown key as it is.
pub fn key_label(rubric: &Rubric, key: &str) -> String {
    rubric
        .parse_choice(key)
        .map_or(key.to_string(), |c| choice_label(rubric, Some(c)))
}

/// The notice that the assessment's rubric has no translation into the reader's
/// language (its text is then shown as written), if so.
pub fn untranslated(a: &Assessment) -> Option<String> {
    crate::rubric::untranslated_notice(&a.rubric, crate::i18n::current())
}

/// "complete", or "incomplete: 3 indicators unrated".
pub fn completion(score: &Score) -> String {
    if score.incomplete {
        crate::t!("report-incomplete", count = score.unrated)
    } else {
        crate::t!("report-complete")
    }
}

/// The session's facilitator, or the assessment's when the session could not tell
/// (started where no name was set).
pub fn facilitator<'a>(a: &'a Assessment, s: &'a SessionRecord) -> Cow<'a, str> {
    let known = |n: &str| !n.trim().is_empty() && n != "unknown";
    if known(&s.facilitator) {
        Cow::Borrowed(&s.facilitator)
    } else {
        a.meta
            .facilitator
            .as_deref()
            .filter(|n| known(n))
            .map_or_else(
                || Cow::Owned(crate::t!("report-not-recorded")),
                Cow::Borrowed,
            )
    }
}

/// The title of the session's plan in the reader's language, when a translation of
/// the plan it ran is known; as recorded otherwise.
pub fn plan_title(s: &SessionRecord) -> String {
    crate::session::translation::recorded_title(&s.plan, &s.title, crate::i18n::current())
}
