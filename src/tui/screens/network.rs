//! The network screen: every school's latest assessment of one rubric, sortable, with
//! the network's figures and per-standard bars; Enter drills into a school.

use crate::error::Result;
use crate::outcomes::headline::{Headline, SchoolStatus};
use crate::outcomes::impact::Verdict;
use crate::rubric::{Choice, Rubric};
use crate::score::{Fraction, Rollup, RollupBuilder, Score, score};
use crate::tui::action::Action;
use crate::tui::app::{App, Nav, Services, Status};
use crate::tui::input::LineInput;
use crate::tui::keymap::Ctx;
use crate::tui::screens::assess::Mode;
use crate::tui::widgets::{bar, clean, head, panel, style_if, truncate};
use ratatui::Frame;
use ratatui::layout::{Constraint, Flex, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Cell, Paragraph, Row, Table, TableState, Wrap};
use std::sync::Arc;
use unicode_width::UnicodeWidthStr;

/// What a school's figures were computed from, kept so a filter can add up the
/// schools it shows again (shared, not copied, between the lists).
#[derive(Debug)]
pub struct Scored {
    pub rubric: Arc<Rubric>,
    pub score: Score,
    pub choices: Vec<Option<Choice>>,
}

/// One school's latest figures.
#[derive(Debug, Clone)]
pub struct SchoolRow {
    pub assessment_id: String,
    pub school: String,
    pub district: String,
    pub date: String,
    pub standards: Fraction,
    pub fully_implementing: bool,
    pub baseline_met: bool,
    pub incomplete: bool,
    /// Met the baseline in its latest assessment a year before the figures' day.
    pub community_before: bool,
    /// Its equitable-impact verdict (`None`: no outcome data).
    pub impact: Option<Verdict>,
    pub scored: Arc<Scored>,
}

impl SchoolRow {
    /// The school as the three headline measures see it.
    pub fn status(&self) -> SchoolStatus {
        SchoolStatus {
            community: self.baseline_met,
            community_before: self.community_before,
            fully_implementing: self.fully_implementing,
            impact: if self.baseline_met {
                self.impact.clone()
            } else {
                None
            },
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SortBy {
    Standards,
    School,
    District,
    Date,
}

impl SortBy {
    fn next(self) -> SortBy {
        match self {
            SortBy::Standards => SortBy::School,
            SortBy::School => SortBy::District,
            SortBy::District => SortBy::Date,
            SortBy::Date => SortBy::Standards,
        }
    }

    fn prev(self) -> SortBy {
        match self {
            SortBy::Standards => SortBy::Date,
            SortBy::School => SortBy::Standards,
            SortBy::District => SortBy::School,
            SortBy::Date => SortBy::District,
        }
    }

    fn label(self) -> String {
        match self {
            SortBy::Standards => crate::t!("home-network-sort-standards"),
            SortBy::School => crate::t!("home-network-sort-school"),
            SortBy::District => crate::t!("home-network-sort-district"),
            SortBy::Date => crate::t!("home-network-sort-date"),
        }
    }
}

pub struct NetworkState {
    pub rubric_ids: Vec<String>,
    pub rubric: Option<Arc<Rubric>>,
    /// The figures of the schools shown (all of them, or those the filter lets
    /// through).
    pub rollup: Option<Rollup>,
    /// The three headline measures of the schools shown.
    pub headline: Headline,
    /// The figures of every school of the rubric.
    all_rollup: Option<Rollup>,
    /// The day the headline measures are for: the rubric's newest assessment, so
    /// the screen reads the same whenever it is opened ("new" and "sustained"
    /// community schools look a year before it), and equals
    /// `touchstone rollup --as-of` that day.
    pub day: Option<jiff::civil::Date>,
    /// The schools the filter lets through, in the sort order.
    pub rows: Vec<SchoolRow>,
    /// Every school of the rubric, in the sort order.
    all: Vec<SchoolRow>,
    pub selected: usize,
    /// `/`: only schools whose name or district contains this (any case).
    pub filter: LineInput,
    pub filtering: bool,
    pub sort: SortBy,
    /// Schools whose latest assessment is a draft not yet submitted: shown apart,
    /// not counted in the figures.
    pub drafts: usize,
}

impl NetworkState {
    pub fn open(services: &Services) -> Result<NetworkState> {
        let rubric_ids = services.store.rubric_ids_in_use()?;
        let mut state = NetworkState {
            rubric: None,
            rollup: None,
            headline: Headline::default(),
            all_rollup: None,
            day: None,
            rows: Vec::new(),
            all: Vec::new(),
            selected: 0,
            filter: LineInput::default(),
            filtering: false,
            sort: SortBy::Standards,
            rubric_ids,
            drafts: 0,
        };
        // The rubric most schools are assessed on (the store lists it first); the
        // others are a key away.
        if let Some(id) = state.rubric_ids.first().cloned() {
            state.load(services, &id)?;
        }
        Ok(state)
    }

    /// Reads the shown rubric's figures again (coming back from a school), keeping
    /// the sort and, where it still exists, the selected school.
    pub fn reload(&mut self, services: &Services) -> Result<()> {
        let Some(id) = self.rubric.as_ref().map(|r| r.id.clone()) else {
            return Ok(());
        };
        let selected = self
            .rows
            .get(self.selected)
            .map(|r| r.assessment_id.clone());
        self.load(services, &id)?;
        self.selected = selected
            .and_then(|s| self.rows.iter().position(|r| r.assessment_id == s))
            .unwrap_or(0);
        Ok(())
    }

    fn load(&mut self, services: &Services, rubric_id: &str) -> Result<()> {
        let Some(rubric) = services.store.newest_stored_rubric(rubric_id)? else {
            return Ok(());
        };
        // Community schools a year earlier, and each school's equitable-impact
        // verdict under the declared rule, as `rollup` counts them.
        let day = services
            .store
            .date_range(rubric_id)?
            .map_or_else(crate::assessment::today, |(_, last)| last);
        self.day = Some(day);
        let year_earlier = day
            .checked_sub(jiff::Span::new().years(1))
            .unwrap_or(jiff::civil::Date::MIN);
        let mut before = std::collections::HashSet::new();
        services
            .store
            .scan_latest(rubric_id, Some(year_earlier), true, |l| {
                if score(l.rubric, l.choices).baseline_met {
                    before.insert((l.district.unwrap_or("").to_string(), l.school.to_string()));
                }
            })?;
        let names: std::collections::HashMap<i64, (String, String)> = services
            .store
            .school_list()?
            .into_iter()
            .map(|s| (s.id, (s.district.unwrap_or_default(), s.name)))
            .collect();
        let rule = crate::outcomes::impact::Rule::default();
        let mut verdicts = std::collections::HashMap::new();
        services.store.each_school_outcomes(|id, rows| {
            if let Some(key) = names.get(&id) {
                verdicts.insert(
                    key.clone(),
                    crate::outcomes::impact::judge(rows, &rule).verdict,
                );
            }
        })?;
        let mut builder = RollupBuilder::new(&rubric);
        let mut rows = Vec::new();
        services.store.scan_latest(rubric_id, None, true, |l| {
            let s = score(l.rubric, l.choices);
            builder.add(l.rubric, &s, l.choices);
            let key = (l.district.unwrap_or("").to_string(), l.school.to_string());
            rows.push(SchoolRow {
                assessment_id: l.assessment_id.to_string(),
                school: l.school.to_string(),
                district: l.district.unwrap_or("").to_string(),
                date: l.date.to_string(),
                standards: s.standards,
                fully_implementing: s.fully_implementing,
                baseline_met: s.baseline_met,
                incomplete: s.incomplete,
                community_before: before.contains(&key),
                impact: verdicts.get(&key).cloned(),
                scored: Arc::new(Scored {
                    rubric: l.rubric.clone(),
                    score: s,
                    choices: l.choices.to_vec(),
                }),
            });
        })?;
        // Drafts in progress: schools whose latest assessment is not the one counted.
        let counted: std::collections::HashSet<&str> =
            rows.iter().map(|r| r.assessment_id.as_str()).collect();
        let mut drafts = 0;
        services.store.scan_latest(rubric_id, None, false, |l| {
            if !counted.contains(l.assessment_id) {
                drafts += 1;
            }
        })?;
        self.drafts = drafts;
        self.all_rollup = Some(builder.finish());
        self.all = rows;
        self.rubric = Some(rubric);
        self.sort_rows();
        Ok(())
    }

    /// The schools the filter lets through, again (after typing, sorting or loading),
    /// keeping the selected school selected when it still shows.
    pub fn refilter(&mut self) {
        let keep = self
            .rows
            .get(self.selected)
            .map(|r| r.assessment_id.clone());
        let needle = self.filter.text().to_lowercase();
        self.rows = self
            .all
            .iter()
            .filter(|r| {
                needle.is_empty()
                    || r.school.to_lowercase().contains(&needle)
                    || r.district.to_lowercase().contains(&needle)
            })
            .cloned()
            .collect();
        self.selected = keep
            .and_then(|id| self.rows.iter().position(|r| r.assessment_id == id))
            .unwrap_or(0);
        self.add_up(needle.is_empty());
    }

    /// The figures and the headline measures of the schools shown: a filter (by
    /// district or school) filters them too.
    fn add_up(&mut self, everyone: bool) {
        let mut headline = Headline::default();
        for row in &self.rows {
            headline.add(&row.status());
        }
        self.headline = headline;
        self.rollup = match (&self.rubric, everyone) {
            (Some(rubric), false) => {
                let mut builder = RollupBuilder::new(rubric);
                for row in &self.rows {
                    let f = &row.scored;
                    builder.add(&f.rubric, &f.score, &f.choices);
                }
                Some(builder.finish())
            }
            _ => self.all_rollup.clone(),
        };
    }

    fn sort_rows(&mut self) {
        let share = |f: &Fraction| f.percent().unwrap_or(0.0);
        let rows = &mut self.all;
        match self.sort {
            SortBy::Standards => rows.sort_by(|a, b| {
                share(&a.standards)
                    .total_cmp(&share(&b.standards))
                    .then(a.school.cmp(&b.school))
            }),
            SortBy::School => {
                rows.sort_by(|a, b| a.school.cmp(&b.school).then(a.district.cmp(&b.district)))
            }
            SortBy::District => {
                rows.sort_by(|a, b| a.district.cmp(&b.district).then(a.school.cmp(&b.school)))
            }
            SortBy::Date => rows.sort_by(|a, b| b.date.cmp(&a.date).then(a.school.cmp(&b.school))),
        }
        // A new sort keeps the highlight on the same row, as it always has.
        let at = self.selected;
        self.refilter();
        self.selected = at.min(self.rows.len().saturating_sub(1));
    }

    pub fn apply(&mut self, services: &mut Services, action: Action) -> Nav {
        let n = self.rows.len();
        match action {
            Action::Up => self.selected = self.selected.saturating_sub(1),
            Action::Down => self.selected = (self.selected + 1).min(n.saturating_sub(1)),
            Action::PageUp => self.selected = self.selected.saturating_sub(10),
            Action::PageDown => self.selected = (self.selected + 10).min(n.saturating_sub(1)),
            Action::Sort | Action::SortBack => {
                self.sort = if action == Action::Sort {
                    self.sort.next()
                } else {
                    self.sort.prev()
                };
                self.sort_rows();
                return Nav::Status(Status::info(crate::t!(
                    "home-network-sorted",
                    sort = self.sort.label()
                )));
            }
            Action::NextIndicator | Action::PrevIndicator if self.rubric_ids.len() > 1 => {
                let at = self
                    .rubric
                    .as_ref()
                    .and_then(|r| self.rubric_ids.iter().position(|id| *id == r.id))
                    .unwrap_or(0);
                let k = self.rubric_ids.len();
                let next = if action == Action::NextIndicator {
                    (at + 1) % k
                } else {
                    (at + k - 1) % k
                };
                let id = self.rubric_ids[next].clone();
                self.selected = 0;
                if let Err(e) = self.load(services, &id) {
                    return Nav::Status(Status::error(&e));
                }
            }
            Action::Select => {
                if let Some(row) = self.rows.get(self.selected) {
                    return Nav::Open {
                        id: row.assessment_id.clone(),
                        mode: Mode::Summary,
                        status: None,
                    };
                }
            }
            Action::Filter => self.filtering = true,
            Action::Submit => self.filtering = false,
            Action::Cancel => {
                self.filtering = false;
                self.filter.set("");
                self.refilter();
            }
            Action::Back => return Nav::Home(None),
            _ => {}
        }
        Nav::Stay
    }
}

pub fn draw(frame: &mut Frame, app: &App, state: &NetworkState, area: Rect) {
    let (t, s) = (&app.theme, &app.symbols);
    let (Some(rubric), Some(r)) = (&state.rubric, &state.rollup) else {
        let block = panel(t, s, format!(" {} ", crate::t!("home-network-title")), true);
        let text = crate::t!(
            "home-network-empty",
            key = app.key_name(Ctx::Network, Action::Back)
        );
        frame.render_widget(
            Paragraph::new(text).block(block).wrap(Wrap { trim: false }),
            area,
        );
        return;
    };
    // The rubric's words in the reader's language (same ids as the figures).
    let rubric = &crate::rubric::shown(rubric);
    // The three headline measures, then a bar per standard: a small window keeps the
    // measures and as many bars as fit.
    let figures_height = (rubric.standards.len() as u16 + 6).min(area.height / 2 + 4);
    let [top, bottom] =
        Layout::vertical([Constraint::Length(figures_height), Constraint::Min(5)]).areas(area);
    let width = top.width.saturating_sub(2) as usize;
    let mut lines: Vec<Line> = headline_lines(&state.headline, r.incomplete)
        .into_iter()
        .map(|l| Line::styled(truncate(&l, width, s.ellipsis), t.title))
        .collect();
    let title_width = rubric
        .standards
        .iter()
        .map(|x| x.title.chars().count())
        .max()
        .unwrap_or(10)
        .min(width / 3);
    let bar_width = width.saturating_sub(title_width + 20).min(40);
    for st in &r.by_standard {
        let share = st.fully_implemented.percent().unwrap_or(0.0) / 100.0;
        lines.push(Line::from(vec![
            Span::styled(
                format!(
                    "{:<title_width$} ",
                    truncate(
                        rubric
                            .standards
                            .iter()
                            .find(|x| x.id == st.id)
                            .map_or(st.title.as_str(), |x| x.label(title_width)),
                        title_width,
                        s.ellipsis
                    )
                ),
                t.base,
            ),
            Span::styled(bar(share, bar_width, s), t.partial),
            Span::raw(format!(" {}", st.fully_implemented)),
        ]));
    }
    // The rule behind the figures (in full in `touchstone rollup`).
    let rule = crate::t!(
        "home-network-rule",
        rule = rubric.scoring.in_words(&rubric.levels)
    );
    lines.push(Line::styled(truncate(&rule, width, s.ellipsis), t.muted));
    let title = format!(
        " {} ",
        crate::t!(
            "home-network-rubric-title",
            rubric = truncate(&rubric.title, width.saturating_sub(24), s.ellipsis)
        )
    );
    frame.render_widget(Paragraph::new(lines).block(panel(t, s, title, false)), top);

    let (met, not_met) = (
        crate::t!("home-network-met"),
        crate::t!("home-network-not-met"),
    );
    let baseline = crate::t!("home-network-col-baseline");
    // The baseline column takes its longest word in this language (8 in English).
    let baseline_width = [&baseline, &met, &not_met]
        .iter()
        .map(|w| w.width())
        .max()
        .unwrap_or(0)
        .max(8) as u16;
    let header = Row::new([
        crate::t!("home-network-col-school"),
        crate::t!("home-network-col-district"),
        crate::t!("home-network-col-date"),
        crate::t!("home-network-col-standards"),
        baseline,
    ])
    .style(t.title);
    let widths = [
        Constraint::Fill(2),
        Constraint::Fill(1),
        Constraint::Length(10),
        Constraint::Length(28),
        Constraint::Length(baseline_width),
    ];
    let pointer = format!("{} ", s.pointer);
    // The widths the table will give school and district, so that a long name ends
    // with the ellipsis instead of being cut mid-word by the cell.
    let marked = if state.rows.is_empty() {
        0
    } else {
        pointer.width()
    };
    let [school_width, district_width] =
        text_columns(bottom.width.saturating_sub(2 + marked as u16), &widths);
    let rows = state.rows.iter().map(|row| {
        let mark = if row.fully_implementing {
            s.full
        } else {
            s.not_full
        };
        let incomplete = if row.incomplete {
            format!(" {}", crate::t!("home-network-incomplete"))
        } else {
            String::new()
        };
        Row::new(vec![
            Cell::from(truncate(
                &clean(head(&row.school, 400)),
                school_width,
                s.ellipsis,
            )),
            Cell::from(truncate(
                &clean(head(&row.district, 400)),
                district_width,
                s.ellipsis,
            )),
            Cell::from(row.date.clone()),
            Cell::from(format!("{mark} {}{incomplete}", row.standards)),
            Cell::from(if row.baseline_met {
                met.clone()
            } else {
                not_met.clone()
            })
            .style(style_if(row.baseline_met, t.base, t.missing)),
        ])
    });
    // Drafts in progress are shown apart: they count once submitted.
    let drafts = match state.drafts {
        0 => String::new(),
        n => crate::t!("home-network-drafts", count = n),
    };
    let shown = if state.filter.text().is_empty() && !state.filtering {
        crate::t!(
            "home-network-submitted",
            count = state.rows.len(),
            drafts = drafts
        )
    } else {
        let cursor = if state.filtering { "_" } else { "" };
        crate::t!(
            "home-network-submitted-filtered",
            shown = state.rows.len(),
            total = state.all.len(),
            filter = format!("{}{cursor}", clean(state.filter.text()))
        )
    };
    let title = format!(
        " {} ",
        crate::t!(
            "home-network-schools-title",
            shown = shown,
            sort = state.sort.label(),
            sort_back = app.key_name(Ctx::Network, Action::SortBack),
            sort_next = app.key_name(Ctx::Network, Action::Sort)
        )
    );
    let table = Table::new(rows, widths)
        .header(header)
        .block(panel(
            t,
            s,
            truncate(&title, bottom.width.saturating_sub(4) as usize, s.ellipsis),
            true,
        ))
        .row_highlight_style(t.selected)
        .highlight_symbol(pointer);
    let mut table_state =
        TableState::default().with_selected((!state.rows.is_empty()).then_some(state.selected));
    frame.render_stateful_widget(table, bottom, &mut table_state);
    let items: Vec<Option<usize>> = (0..state.rows.len()).map(Some).collect();
    app.hits
        .borrow_mut()
        .add_table(bottom, 1, table_state.offset(), &items);
}

/// The three headline measures of the schools shown, in words: how many community
/// schools (new, sustained), how well (% fully implementing, of community schools and
/// of all assessed), and is anyone better off (% demonstrating equitable impact).
pub fn headline_lines(h: &Headline, incomplete: u32) -> [String; 3] {
    [
        crate::t!(
            "home-network-community",
            count = h.community,
            assessed = h.assessed,
            new = h.new,
            sustained = h.sustained,
            incomplete = incomplete
        ),
        crate::t!(
            "home-network-fully",
            community = h.fully_of_community.to_string(),
            assessed = h.fully_of_assessed.to_string()
        ),
        crate::t!(
            "home-network-impact",
            share = h.impact.to_string(),
            missing = h.not_enough_data
        ),
    ]
}

/// The widths of the first two columns (school, district) of a table `width` wide,
/// laid out as ratatui's `Table` does (from the start, one column apart).
fn text_columns(width: u16, widths: &[Constraint]) -> [usize; 2] {
    let columns = Layout::horizontal(widths.iter().copied())
        .flex(Flex::Start)
        .spacing(1)
        .split(Rect::new(0, 0, width, 1));
    [0, 1].map(|i| columns.get(i).map_or(0, |r| r.width as usize))
}
