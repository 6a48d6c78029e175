//! Migrations of schools and their outcome data.

/// School identity: the code a state or NCES gives a school (optional), beside its
/// name and district. A code names one school; outcome rows join schools by it.
pub(super) const SCHOOL_CODE: &str = r#"
ALTER TABLE schools ADD COLUMN code TEXT;
CREATE UNIQUE INDEX schools_by_code ON schools (code) WHERE code IS NOT NULL;
"#;

/// Outcome data (see `outcomes`): aggregates per school, school year (its end year),
/// student group and, for growth, subject ('' otherwise). Each figure is a whole
/// number (the median growth percentile a real), the text '*' when the district
/// suppressed it, or NULL when not reported. Never a row per student.
pub(super) const OUTCOMES: &str = r#"
CREATE TABLE outcomes (
    school_id          INTEGER NOT NULL REFERENCES schools(id),
    year               INTEGER NOT NULL,
    student_group      TEXT NOT NULL,
    subject            TEXT NOT NULL DEFAULT '',
    days_in_membership,
    days_present,
    ca_eligible_n,
    ca_chronic_n,
    membership_base_n,
    stable_n,
    census_enrollment,
    growth_n,
    median_sgp,
    tested_n,
    proficient_n,
    PRIMARY KEY (school_id, year, student_group, subject)
) WITHOUT ROWID;
"#;
