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
        return print(&format!("{}\n", crate::t!("cli-db-agree")));
    }
    let mut out = String::new();
    for d in &differences {
        let line = crate::t!(
            "cli-db-differs-line",
            id = &d.assessment_id,
            school = &d.school,
            date = d.date.to_string(),
            what = d.describe()
        );
        let _ = writeln!(out, "{line}");
    }
    let count = differences.len();
    if repair {
        let _ = writeln!(out, "{}", crate::t!("cli-db-rebuilt", count = count));
        return print(&out);
    }
    print(&out)?;
    Err(Error::failure(crate::t!("cli-db-differ", count = count)))
}
