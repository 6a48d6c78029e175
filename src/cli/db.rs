//! `touchstone db check`: the stored figures of every assessment (store/figures.rs)
//! against a recount from its ratings.

use super::Context;
use super::output::print;
use crate::error::{Error, Result};
use std::fmt::Write;

/// Reports each assessment whose stored figures differ from a recount; exits 1 when
/// some do, unless `repair` rebuilt them.
pub fn check(ctx: &mut Context, repair: bool) -> Result<()> {
    let differences = ctx.store()?.check_figures(repair)?;
    if differences.is_empty() {
        return print(
            "The stored figures of every assessment agree with a recount of its ratings.\n",
        );
    }
    let mut out = String::new();
    for d in &differences {
        let _ = writeln!(
            out,
            "{} ({}, {}): stored → recounted: {}",
            d.assessment_id,
            d.school,
            d.date,
            d.describe()
        );
    }
    let count = crate::words::count(differences.len(), "assessment", "assessments");
    if repair {
        let _ = writeln!(out, "Rebuilt the figures of {count} from their ratings.");
        return print(&out);
    }
    print(&out)?;
    Err(Error::failure(format!(
        "the stored figures of {count} differ from a recount of the ratings; \
         `touchstone db check --repair` rebuilds them"
    )))
}
