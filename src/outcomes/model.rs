//! What an outcome row holds: one school, one school year, one student group (and,
//! for growth, one subject), with the aggregate counts a district reports. Each
//! figure is reported, suppressed by the district (kept as the marker it wrote), or
//! not reported.

use std::fmt;

/// One figure of a row.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    /// Not in the file (an empty cell, or no such column).
    Missing,
    /// The district hid it (`*`, `<10`, `--`…): kept as suppressed, never guessed,
    /// and written back as `*`.
    Suppressed,
    Count(u64),
    /// A median growth percentile (1 to 99, decimals allowed).
    Percentile(f64),
}

impl Cell {
    pub fn count(&self) -> Option<u64> {
        match self {
            Cell::Count(n) => Some(*n),
            _ => None,
        }
    }

    pub fn percentile(&self) -> Option<f64> {
        match self {
            Cell::Percentile(p) => Some(*p),
            _ => None,
        }
    }

    pub fn is_missing(&self) -> bool {
        matches!(self, Cell::Missing)
    }

    /// As a person reads it: the figure, "suppressed" or "not reported".
    pub fn words(&self) -> String {
        match self {
            Cell::Missing => crate::t!("outcomes-not-reported"),
            Cell::Suppressed => crate::t!("outcomes-suppressed-word"),
            c => c.to_string(),
        }
    }
}

/// The markers districts write for a figure they suppressed: `*`, `--`, `n/a`
/// style dashes, and `<N` or `n<N` for any N.
pub fn is_suppressed_marker(raw: &str) -> bool {
    let m = raw.trim().to_ascii_lowercase();
    let below = m.strip_prefix("n<").or_else(|| m.strip_prefix('<'));
    matches!(
        m.as_str(),
        "*" | "**" | "--" | "-" | "—" | "s" | "supp" | "suppressed"
    ) || below.is_some_and(|n| !n.is_empty() && n.trim().bytes().all(|b| b.is_ascii_digit()))
}

impl fmt::Display for Cell {
    /// As the CSV and the exchange file write it (empty when missing).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Cell::Missing => Ok(()),
            Cell::Suppressed => f.write_str("*"),
            Cell::Count(n) => write!(f, "{n}"),
            Cell::Percentile(p) => write!(f, "{p}"),
        }
    }
}

/// The figures of a row, in the CSV's column order.
#[derive(Debug, Clone, PartialEq)]
pub struct Figures {
    pub days_in_membership: Cell,
    pub days_present: Cell,
    pub ca_eligible: Cell,
    pub ca_chronic: Cell,
    pub membership_base: Cell,
    pub stable: Cell,
    pub census_enrollment: Cell,
    pub growth_n: Cell,
    pub median_sgp: Cell,
    pub tested_n: Cell,
    pub proficient_n: Cell,
}

/// The figures' names as columns, in order (the CSV export's order after the key).
pub const FIGURE_COLUMNS: [&str; 11] = [
    "days_in_membership",
    "days_present",
    "ca_eligible_n",
    "ca_chronic_n",
    "membership_base_n",
    "stable_n",
    "census_enrollment",
    "growth_n",
    "median_sgp",
    "tested_n",
    "proficient_n",
];

impl Default for Figures {
    fn default() -> Self {
        Figures {
            days_in_membership: Cell::Missing,
            days_present: Cell::Missing,
            ca_eligible: Cell::Missing,
            ca_chronic: Cell::Missing,
            membership_base: Cell::Missing,
            stable: Cell::Missing,
            census_enrollment: Cell::Missing,
            growth_n: Cell::Missing,
            median_sgp: Cell::Missing,
            tested_n: Cell::Missing,
            proficient_n: Cell::Missing,
        }
    }
}

impl Figures {
    pub fn cells(&self) -> [&Cell; 11] {
        [
            &self.days_in_membership,
            &self.days_present,
            &self.ca_eligible,
            &self.ca_chronic,
            &self.membership_base,
            &self.stable,
            &self.census_enrollment,
            &self.growth_n,
            &self.median_sgp,
            &self.tested_n,
            &self.proficient_n,
        ]
    }

    pub fn cells_mut(&mut self) -> [&mut Cell; 11] {
        [
            &mut self.days_in_membership,
            &mut self.days_present,
            &mut self.ca_eligible,
            &mut self.ca_chronic,
            &mut self.membership_base,
            &mut self.stable,
            &mut self.census_enrollment,
            &mut self.growth_n,
            &mut self.median_sgp,
            &mut self.tested_n,
            &mut self.proficient_n,
        ]
    }

    /// Whether every figure is missing.
    pub fn is_empty(&self) -> bool {
        self.cells().iter().all(|c| c.is_missing())
    }
}

/// A school year, by the calendar year it ends in (2025 is 2024-25).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct SchoolYear(pub i32);

impl SchoolYear {
    /// `2024-25`, `2024-2025`, `2024/25` or the end year `2025`.
    pub fn parse(raw: &str) -> Option<SchoolYear> {
        let raw = raw.trim();
        let year = |s: &str| {
            (s.len() == 4 && s.bytes().all(|b| b.is_ascii_digit()))
                .then(|| s.parse::<i32>().ok())
                .flatten()
                .filter(|y| (1900..=2200).contains(y))
        };
        if let Some(end) = year(raw) {
            return Some(SchoolYear(end));
        }
        let (start, end) = raw.split_once(['-', '/', '–'])?;
        let start = year(start.trim())?;
        let end = end.trim();
        let end = match end.len() {
            2 if end.bytes().all(|b| b.is_ascii_digit()) => {
                let e: i32 = end.parse().ok()?;
                (start / 100) * 100 + e + if (start % 100) + 1 > 99 { 100 } else { 0 }
            }
            4 => year(end)?,
            _ => return None,
        };
        (end == start + 1).then_some(SchoolYear(end))
    }

    pub fn start(self) -> i32 {
        self.0 - 1
    }
}

impl fmt::Display for SchoolYear {
    /// `2024-25`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}-{:02}", self.0 - 1, self.0.rem_euclid(100))
    }
}

/// The student groups districts report (ESSA's and others); any other group a
/// district names is kept under its own name.
pub const GROUPS: &[(&str, &[&str])] = &[
    (
        "all",
        &["all_students", "all", "total", "schoolwide", "everyone"],
    ),
    (
        "econ_disadvantaged",
        &[
            "economically_disadvantaged",
            "econ_disadv",
            "ed",
            "low_income",
            "frl",
            "socioeconomically_disadvantaged",
            "sed",
        ],
    ),
    (
        "students_with_disabilities",
        &["swd", "sped", "special_education", "disability", "iep"],
    ),
    (
        "english_learners",
        &[
            "el",
            "ell",
            "els",
            "lep",
            "english_language_learners",
            "english_learner",
        ],
    ),
    (
        "american_indian",
        &[
            "american_indian_or_alaska_native",
            "american_indian_alaska_native",
            "native_american",
            "aian",
        ],
    ),
    ("asian", &[]),
    (
        "black",
        &[
            "black_or_african_american",
            "african_american",
            "black_african_american",
        ],
    ),
    (
        "hispanic",
        &["hispanic_or_latino", "latino", "latinx", "hispanic_latino"],
    ),
    (
        "pacific_islander",
        &[
            "native_hawaiian_or_other_pacific_islander",
            "native_hawaiian_pacific_islander",
            "nhpi",
        ],
    ),
    ("white", &[]),
    (
        "two_or_more",
        &[
            "two_or_more_races",
            "multiracial",
            "multi_racial",
            "two_or_more_races_",
        ],
    ),
    ("foster", &["foster_care", "students_in_foster_care"]),
    ("homeless", &["experiencing_homelessness", "mckinney_vento"]),
    ("military", &["military_connected", "military_families"]),
    ("migrant", &["migratory", "migrant_students"]),
];

/// A group's canonical key: a known group by any of its names (in any case, spaces
/// and punctuation as underscores), or the name as written for a group of the
/// district's own.
pub fn group_key(raw: &str) -> String {
    let key: String = raw
        .trim()
        .to_lowercase()
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { '_' })
        .collect::<String>()
        .split('_')
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("_");
    for (name, aliases) in GROUPS {
        if key == *name || aliases.contains(&key.as_str()) {
            return name.to_string();
        }
    }
    raw.trim().to_string()
}

/// Whether a group key is one of the known groups.
pub fn known_group(key: &str) -> bool {
    GROUPS.iter().any(|(name, _)| *name == key)
}

/// The all-students group.
pub const ALL: &str = "all";

/// What a row is about.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct RowKey {
    pub school: i64,
    pub year: SchoolYear,
    pub group: String,
    /// The growth subject; empty for the other measures.
    pub subject: String,
}

/// One stored row.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub key: RowKey,
    pub figures: Figures,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn school_years_in_the_ways_districts_write_them() {
        for written in [
            "2024-25",
            "2024-2025",
            "2024/25",
            "2025",
            " 2024 - 25 ",
            "2024–25",
        ] {
            assert_eq!(
                SchoolYear::parse(written),
                Some(SchoolYear(2025)),
                "{written}"
            );
        }
        assert_eq!(SchoolYear::parse("1999-00"), Some(SchoolYear(2000)));
        for wrong in [
            "2024-26",
            "24-25",
            "2025-24",
            "",
            "year",
            "20250",
            "2024-2026",
        ] {
            assert_eq!(SchoolYear::parse(wrong), None, "{wrong}");
        }
        assert_eq!(SchoolYear(2025).to_string(), "2024-25");
        assert_eq!(SchoolYear(2000).to_string(), "1999-00");
    }

    #[test]
    fn groups_by_their_many_names_and_the_districts_own() {
        assert_eq!(group_key("All Students"), "all");
        assert_eq!(
            group_key("Economically Disadvantaged"),
            "econ_disadvantaged"
        );
        assert_eq!(group_key("Black or African American"), "black");
        assert_eq!(group_key("Two or More Races"), "two_or_more");
        assert_eq!(group_key("ELL"), "english_learners");
        assert_eq!(group_key("Hispanic/Latino"), "hispanic");
        assert_eq!(group_key(" Newcomers "), "Newcomers");
        assert!(known_group("white") && !known_group("Newcomers"));
    }

    #[test]
    fn cells_write_as_read() {
        assert_eq!(Cell::Count(180).to_string(), "180");
        assert_eq!(Cell::Percentile(52.0).to_string(), "52");
        assert_eq!(Cell::Percentile(52.5).to_string(), "52.5");
        assert_eq!(Cell::Suppressed.to_string(), "*");
        for marker in ["*", "<10", "--", "n<10", "< 5", "<30"] {
            assert!(is_suppressed_marker(marker), "{marker}");
        }
        for not in ["", "10", "<", "x", "-5"] {
            assert!(!is_suppressed_marker(not), "{not}");
        }
        assert_eq!(Cell::Missing.to_string(), "");
    }
}
