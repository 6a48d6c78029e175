//! What differs between an assessment in a file and the one with its id in the
//! database, in a few words: an import conflict says this instead of only "other
//! content", so people can tell an edited copy from a stale one.

use super::report::status_word;
use crate::assessment::Assessment;
use crate::t;

/// Up to this many indicator ids are named per kind of difference.
const NAMED: usize = 4;

/// The differences between `file` and `here`, one short phrase each, in the order
/// of the file format (details first, then ratings, notes, evidence, steps, sessions).
pub fn summary(file: &Assessment, here: &Assessment) -> Vec<String> {
    let mut out = Vec::new();
    let (f, h) = (&file.meta, &here.meta);
    let mut field = |name: String, a: String, b: String| {
        if a != b {
            out.push(t!(
                "report-differs-field",
                field = name,
                file = format!("{a:?}"),
                here = format!("{b:?}")
            ));
        }
    };
    field(
        t!("report-field-school"),
        f.school.clone(),
        h.school.clone(),
    );
    let opt = |x: &Option<String>| x.clone().unwrap_or_default();
    field(
        t!("report-field-district"),
        opt(&f.district),
        opt(&h.district),
    );
    if let Some(code) = &f.school_code {
        field(t!("schools-field-code"), code.clone(), opt(&h.school_code));
    }
    field(
        t!("report-field-date"),
        f.date.to_string(),
        h.date.to_string(),
    );
    field(
        t!("report-field-team"),
        f.team.join(", "),
        h.team.join(", "),
    );
    field(
        t!("report-field-facilitator"),
        opt(&f.facilitator),
        opt(&h.facilitator),
    );
    field(
        t!("report-field-status"),
        status_word(f.status),
        status_word(h.status),
    );
    if file.rubric.version != here.rubric.version {
        field(
            t!("report-field-rubric-version"),
            file.rubric.version.clone(),
            here.rubric.version.clone(),
        );
    }
    // Indicators are matched by id, so two rubric versions still compare.
    let (mut ratings, mut notes, mut evidence) = (Vec::new(), Vec::new(), Vec::new());
    for (i, (_, ind)) in file.rubric.indicators().enumerate() {
        let mine = &file.entries[i];
        let theirs = here
            .rubric
            .indicator_index(&ind.id)
            .and_then(|k| here.entries.get(k))
            .cloned()
            .unwrap_or_default();
        if mine.choice != theirs.choice {
            ratings.push(ind.id.as_str());
        }
        if mine.note != theirs.note {
            notes.push(ind.id.as_str());
        }
        if mine.evidence != theirs.evidence {
            evidence.push(ind.id.as_str());
        }
    }
    out.extend(
        named(&ratings).map(|(count, ids)| t!("report-differs-ratings", count = count, ids = ids)),
    );
    out.extend(
        named(&notes).map(|(count, ids)| t!("report-differs-notes", count = count, ids = ids)),
    );
    out.extend(
        named(&evidence)
            .map(|(count, ids)| t!("report-differs-evidence", count = count, ids = ids)),
    );
    if file.actions != here.actions {
        out.push(t!(
            "report-differs-actions",
            file = file.actions.len(),
            here = here.actions.len()
        ));
    }
    let sessions = |a: &Assessment| {
        let mut s = a.sessions.clone();
        crate::session::record::canonical(&mut s);
        s
    };
    if sessions(file) != sessions(here) {
        out.push(t!(
            "report-differs-sessions",
            file = file.sessions.len(),
            here = here.sessions.len()
        ));
    }
    out
}

/// "2 ratings differ (cl-1, cl-2)", naming the first few indicators.
/// How many indicators, and the first few by id (then "…").
fn named(ids: &[&str]) -> Option<(usize, String)> {
    if ids.is_empty() {
        return None;
    }
    let mut named = ids
        .iter()
        .take(NAMED)
        .copied()
        .collect::<Vec<_>>()
        .join(", ");
    if ids.len() > NAMED {
        named.push_str(", …");
    }
    Some((ids.len(), named))
}
