//! A plausible network for trying Touchstone and for benchmarks: schools in a few
//! districts, each assessed a few times over three years, improving unevenly.
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
        let district = DISTRICTS[rng.below(self.districts as u64) as usize].to_string();
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
                &school,
                &district,
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
        out
    }
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

#[allow(clippy::too_many_arguments)]
fn assessment(
    rng: &mut Rng,
    rubric: &Arc<Rubric>,
    rubric_text: &Arc<str>,
    school: &str,
    district: &str,
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
        meta: Meta {
            submitted: None,
            id,
            school: school.to_string(),
            district: Some(district.to_string()),
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
