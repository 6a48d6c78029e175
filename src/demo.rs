//! A plausible network for trying Touchstone and for benchmarks: schools in a few
//! districts, each assessed a few times over three years, improving unevenly, with
//! four years of outcome data per student group (small groups included).
//! Seeded and deterministic: the same seed gives the same network, byte for byte.

use crate::assessment::{Action, ActionStatus, Assessment, Entry, Meta, Status};
use crate::error::Result;
use crate::rubric::{Choice, Rubric};
use crate::store::Store;
use jiff::Timestamp;
use jiff::civil::{Date, date};
use std::sync::Arc;

/// SplitMix64: small, fast and good enough to make up schools.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n`.
    pub fn below(&mut self, n: u64) -> u64 {
        self.next_u64() % n.max(1)
    }

    /// A number in `[0, 1)`.
    pub fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len() as u64) as usize]
    }
}

const NAMES: &[&str] = &[
    "Lincoln",
    "Garfield",
    "Roosevelt",
    "Jefferson",
    "Washington",
    "Franklin",
    "Hamilton",
    "Madison",
    "Jackson",
    "Chavez",
    "Tubman",
    "Douglass",
    "King",
    "Parks",
    "Keller",
    "Carver",
    "Sequoyah",
    "Mendez",
    "Ochoa",
    "Yamato",
    "Oak Grove",
    "Maple Hill",
    "Cedar Park",
    "Riverside",
    "Lakeview",
    "Hillcrest",
    "Sunnyside",
    "Westwood",
    "Eastside",
    "Northgate",
    "Pine Ridge",
    "Willow Creek",
    "Bayview",
    "Fairmont",
    "Highland",
    "Meadowbrook",
    "Brookside",
    "Stonegate",
    "Clearwater",
    "Harbor",
    "Summit",
    "Valley View",
    "Prairie",
    "Canyon",
    "Mesa",
];
const KINDS: &[&str] = &[
    "Elementary",
    "Middle",
    "High",
    "K-8",
    "Academy",
    "Community School",
    "Primary",
];
const DISTRICTS: &[&str] = &[
    "Riverside Unified",
    "North Valley",
    "Harbor City Schools",
    "Prairie County",
    "Eastside Network",
    "Mesa Consolidated",
];
const STEPS: &[&str] = &[
    "Invite two family members to the leadership team",
    "Schedule the needs-and-assets survey for the spring",
    "Write a data-sharing agreement with the health partner",
    "Add community school goals to the school plan",
    "Hold a partner meeting each month",
    "Share results with families at the fall open house",
];

/// What `generate` made.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DemoSummary {
    pub schools: usize,
    pub assessments: usize,
}

/// Makes the assessments of a demo network (without writing them). Each school gets
/// 2–4 assessments between the autumn of 2023 and the spring of 2026.
pub fn network(
    rubric: &Arc<Rubric>,
    rubric_text: &Arc<str>,
    schools: usize,
    seed: u64,
) -> Vec<Assessment> {
    Network::new(rubric, rubric_text, schools, seed).collect()
}

/// The assessments of `network`, made one school at a time, so that a network of any
/// size can be written without being held.
pub struct Network {
    rubric: Arc<Rubric>,
    rubric_text: Arc<str>,
    rng: Rng,
    used: std::collections::HashSet<String>,
    districts: usize,
    schools: usize,
    made: usize,
    pending: std::vec::IntoIter<Assessment>,
    /// For the outcome data, made with RNGs of their own so the assessments stay
    /// the same for a seed.
    seed: u64,
}

impl Network {
    pub fn new(rubric: &Arc<Rubric>, rubric_text: &Arc<str>, schools: usize, seed: u64) -> Network {
        Network {
            rubric: rubric.clone(),
            rubric_text: rubric_text.clone(),
            rng: Rng::new(seed),
            used: std::collections::HashSet::new(),
            districts: DISTRICTS.len().min(2 + schools / 4).max(1),
            schools,
            made: 0,
            pending: Vec::new().into_iter(),
            seed,
        }
    }

    /// The assessments of the school numbered `n` (from 0).
    fn school(&mut self, n: usize) -> Vec<Assessment> {
        let (rubric, rubric_text, rng) = (&self.rubric, &self.rubric_text, &mut self.rng);
        let mut out = Vec::new();
        let mut school = format!("{} {}", rng.pick(NAMES), rng.pick(KINDS));
        if !self.used.insert(school.clone()) {
            school = format!("{school} #{}", n + 1);
            self.used.insert(school.clone());
        }
        let district_index = rng.below(self.districts as u64) as usize;
        let district = DISTRICTS[district_index].to_string();
        // A state-style code: the district's number, then a hash of the name and
        // district, so the same school always has the same code (two demo networks
        // in one database agree) and two schools never share one.
        let hash = format!("{school}\u{0}{district}")
            .bytes()
            .fold(0xCBF2_9CE4_8422_2325u64, |h, b| {
                (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01B3)
            });
        let code = format!("{:02}{:012X}", district_index + 1, hash & 0xFFFF_FFFF_FFFF);
        // Where the school stands per standard (0 = not yet … top level), and how
        // fast it moves: some schools improve a lot, some stall.
        let top = (rubric.levels.len() - 1) as f64;
        let mut standing: Vec<f64> = rubric
            .standards
            .iter()
            .map(|_| rng.unit() * top * 0.7)
            .collect();
        // A few schools move fast and reach full implementation; most move slowly.
        let pace = if rng.unit() < 0.25 {
            0.9 + rng.unit() * 0.6
        } else {
            rng.unit() * 0.7
        };
        let visits = 2 + rng.below(3) as usize;
        let mut day = date(2023, 9, 1)
            .checked_add(jiff::Span::new().days(rng.below(200) as i64))
            .unwrap_or(date(2023, 9, 1));
        for visit in 0..visits {
            let last = visit + 1 == visits;
            out.push(assessment(
                rng,
                rubric,
                rubric_text,
                (&school, &district, &code),
                day,
                &standing,
                last,
            ));
            for s in standing.iter_mut() {
                *s = (*s + pace * (0.5 + rng.unit()) * 1.2 - 0.15).clamp(0.0, top);
            }
            let gap = 150 + rng.below(220) as i64;
            match day.checked_add(jiff::Span::new().days(gap)) {
                Ok(next) if next <= date(2026, 6, 30) => day = next,
                _ => break,
            }
        }
        // The school's outcome data travel with its latest assessment.
        let mut outcomes_rng =
            Rng::new(self.seed ^ (n as u64 + 1).wrapping_mul(0xD1B5_4A32_D192_ED03));
        if let Some(last) = out.last_mut() {
            last.outcomes = outcomes(&mut outcomes_rng, pace.min(1.5) / 1.5);
        }
        out
    }
}

/// Student groups of a demo school: (group, share of all students, how far behind
/// all students it starts, in chronic-absence points).
const DEMO_GROUPS: &[(&str, f64, f64)] = &[
    ("econ_disadvantaged", 0.62, 6.0),
    ("students_with_disabilities", 0.13, 9.0),
    ("english_learners", 0.18, 3.0),
    ("hispanic", 0.46, 3.0),
    ("black", 0.21, 6.0),
    ("white", 0.24, -4.0),
    ("asian", 0.05, -6.0),
    ("two_or_more", 0.04, 1.0),
];

/// Four school years of outcome data (2022-23 to 2025-26) for every group, small
/// groups included (they must be suppressed wherever they are shown), improving more
/// where implementation moves faster (`pace`, 0 to 1), with noise.
fn outcomes(rng: &mut Rng, pace: f64) -> Vec<crate::outcomes::model::Row> {
    use crate::outcomes::model::{Cell, Figures, Row, RowKey, SchoolYear};
    let mut rows = Vec::new();
    let students = 120 + rng.below(700);
    let chronic_all = 14.0 + rng.unit() * 22.0;
    let stable_all = 78.0 + rng.unit() * 14.0;
    let mgp_all = 42.0 + rng.unit() * 14.0;
    for (y, year) in (2023..=2026).enumerate() {
        let t = y as f64;
        // Each year, faster-moving schools cut chronic absence more and close gaps.
        let better = t * (pace * 3.0 - 0.6);
        let mut groups: Vec<(&str, u64, f64)> = vec![("all", students, 0.0)];
        for (group, share, behind) in DEMO_GROUPS {
            let n = ((students as f64) * share * (0.8 + rng.unit() * 0.4)).round() as u64;
            // Gaps close a little where the school moves.
            let gap = behind * (1.0 - 0.12 * t * pace);
            groups.push((group, n, gap));
        }
        for (group, n, gap) in groups {
            if n == 0 {
                continue;
            }
            let chronic_rate =
                (chronic_all - better + gap + (rng.unit() - 0.5) * 3.0).clamp(2.0, 70.0);
            let chronic = ((n as f64) * chronic_rate / 100.0).round() as u64;
            let base = n + n / 12;
            let stable_rate = (stable_all + t * (pace * 1.6 - 0.3) - gap * 0.5
                + (rng.unit() - 0.5) * 2.0)
                .clamp(50.0, 99.0);
            let stable = ((base as f64) * stable_rate / 100.0).round() as u64;
            let membership = n * 172;
            let absent_share = 0.035 + chronic_rate / 100.0 * 0.16;
            let present = ((membership as f64) * (1.0 - absent_share)).round() as u64;
            let year = SchoolYear(year);
            rows.push(Row {
                key: RowKey {
                    school: 0,
                    year,
                    group: group.to_string(),
                    subject: String::new(),
                },
                figures: Figures {
                    days_in_membership: Cell::Count(membership),
                    days_present: Cell::Count(present.min(membership)),
                    ca_eligible: Cell::Count(n),
                    ca_chronic: Cell::Count(chronic.min(n)),
                    membership_base: Cell::Count(base),
                    stable: Cell::Count(stable.min(base)),
                    census_enrollment: Cell::Count(n),
                    ..Figures::default()
                },
            });
            let tested = n * 3 / 5;
            if tested > 0 {
                let mgp = (mgp_all + t * (pace * 2.5 - 0.5) - gap * 0.6 + (rng.unit() - 0.5) * 4.0)
                    .clamp(1.0, 99.0)
                    .round();
                rows.push(Row {
                    key: RowKey {
                        school: 0,
                        year,
                        group: group.to_string(),
                        subject: "math".to_string(),
                    },
                    figures: Figures {
                        growth_n: Cell::Count(tested),
                        median_sgp: Cell::Percentile(mgp),
                        ..Figures::default()
                    },
                });
            }
        }
    }
    rows
}

impl Iterator for Network {
    type Item = Assessment;

    fn next(&mut self) -> Option<Assessment> {
        loop {
            if let Some(a) = self.pending.next() {
                return Some(a);
            }
            if self.made == self.schools {
                return None;
            }
            self.made += 1;
            self.pending = self.school(self.made - 1).into_iter();
        }
    }
}

fn assessment(
    rng: &mut Rng,
    rubric: &Arc<Rubric>,
    rubric_text: &Arc<str>,
    (school, district, code): (&str, &str, &str),
    day: Date,
    standing: &[f64],
    latest: bool,
) -> Assessment {
    let mut bytes = [0u8; 16];
    bytes[..8].copy_from_slice(&rng.next_u64().to_le_bytes());
    bytes[8..].copy_from_slice(&rng.next_u64().to_le_bytes());
    let id = uuid::Builder::from_random_bytes(bytes)
        .into_uuid()
        .to_string();
    let top = rubric.levels.len() - 1;
    // Some latest assessments are still being filled in.
    let unfinished = latest && rng.unit() < 0.12;
    let mut entries = Vec::with_capacity(rubric.indicator_count());
    for (s, standard) in rubric.standards.iter().enumerate() {
        for _ in &standard.indicators {
            let choice = if unfinished && rng.unit() < 0.3 {
                None
            } else if rng.unit() < 0.02 {
                Some(Choice::NotApplicable)
            } else {
                // Near the top, practice is consistently full; lower down it varies.
                let level = if standing[s] >= top as f64 - 0.4 && rng.unit() < 0.995 {
                    top
                } else {
                    (standing[s] + rng.unit() * 1.2 - 0.4)
                        .round()
                        .clamp(0.0, top as f64) as usize
                };
                Some(Choice::Level(level))
            };
            entries.push(Entry {
                choice,
                note: String::new(),
                evidence: Vec::new(),
            });
        }
    }
    let mut actions = Vec::new();
    let pick = rng.below(rubric.indicator_count() as u64) as usize;
    if let (true, Some((_, indicator))) = (rng.unit() < 0.5, rubric.indicators().nth(pick)) {
        actions.push(Action {
            indicator: indicator.id.clone(),
            step: rng.pick(STEPS).to_string(),
            owner: Some("Coordinator".to_string()),
            due: day.checked_add(jiff::Span::new().days(90)).ok(),
            status: if latest {
                ActionStatus::Open
            } else {
                ActionStatus::Done
            },
        });
    }
    let noon = day
        .to_zoned(jiff::tz::TimeZone::UTC)
        .map(|z| z.timestamp().as_second() + 43_200)
        .unwrap_or(0);
    Assessment {
        outcomes: Vec::new(),
        meta: Meta {
            submitted: None,
            id,
            school: school.to_string(),
            district: Some(district.to_string()),
            school_code: Some(code.to_string()),
            date: day,
            team: vec!["Principal".to_string(), "Coordinator".to_string()],
            facilitator: None,
            status: if latest && (unfinished || rng.unit() < 0.4) {
                Status::Draft
            } else {
                Status::Final
            },
            updated: Timestamp::from_second(noon).unwrap_or(Timestamp::UNIX_EPOCH),
        },
        rubric: rubric.clone(),
        rubric_text: rubric_text.clone(),
        entries,
        actions,
        sessions: Vec::new(),
    }
}

/// Writes a demo network into `store`, 500 assessments per transaction.
pub fn generate(
    store: &mut Store,
    rubric: &Arc<Rubric>,
    rubric_text: &Arc<str>,
    schools: usize,
    seed: u64,
) -> Result<DemoSummary> {
    generate_with_progress(store, rubric, rubric_text, schools, seed, &mut |_| {})
}

/// As [`generate`], telling `progress` how many schools are written after each
/// transaction (for `touchstone demo`'s progress bar).
pub fn generate_with_progress(
    store: &mut Store,
    rubric: &Arc<Rubric>,
    rubric_text: &Arc<str>,
    schools: usize,
    seed: u64,
    progress: &mut dyn FnMut(usize),
) -> Result<DemoSummary> {
    // Made and written 500 at a time: the network is never held whole (it would be
    // about 340 MB at 25,000 schools).
    let mut made = Network::new(rubric, rubric_text, schools, seed);
    let mut chunk = Vec::with_capacity(500);
    let mut assessments = 0;
    loop {
        chunk.extend(made.by_ref().take(500));
        if chunk.is_empty() {
            break;
        }
        store.import(&chunk, true, "demo")?;
        assessments += chunk.len();
        chunk.clear();
        // The school whose assessments are pending is not written yet.
        progress(
            made.made
                .saturating_sub(usize::from(made.pending.len() > 0)),
        );
    }
    Ok(DemoSummary {
        schools,
        assessments,
    })
}
