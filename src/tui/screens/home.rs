//! Home: every assessment with its completion and figures; create, open, filter,
//! delete (recoverable), export and import. A welcome panel when there are none.

use crate::error::{Error, Result};
use crate::exchange::batch::import_paths;
use crate::exchange::{to_toml, write_file};
use crate::score::Fraction;
use crate::store::{Listed, Store};
use crate::tui::action::Action;
use crate::tui::app::{App, Nav, Overlay, PromptKind, Services, Status};
use crate::tui::input::LineInput;
use crate::tui::keymap::Ctx;
use crate::tui::screens::assess::Mode;
use crate::tui::widgets::{bar, clean, panel, truncate, truncate_left};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Cell, Paragraph, Row as TableRow, Table, TableState, Wrap};
use std::path::PathBuf;
use unicode_width::UnicodeWidthStr;

/// One assessment as the home list shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub id: String,
    pub school: String,
    pub district: Option<String>,
    pub date: String,
    pub rubric: String,
    pub status: &'static str,
    pub rated: u32,
    pub total: u32,
    pub standards: Fraction,
    pub fully_implementing: bool,
}

impl Row {
    fn from(a: Listed) -> Row {
        let f = a.figures;
        Row {
            rubric: a.rubric_label(),
            status: a.status.as_str(),
            rated: f.rated,
            total: f.indicators,
            standards: f.standards(),
            fully_implementing: f.fully_implementing,
            id: a.id,
            school: a.school,
            district: a.district,
            date: a.date,
        }
    }
}

/// How far the rows kept in memory reach beyond the selection, each way: more than a
/// terminal shows, so drawing never needs a query.
const REACH: usize = 200;

/// The home list is virtual: the database filters, sorts (newest first) and counts;
/// the state keeps the counts and the rows around the selection.
#[derive(Debug, Default)]
pub struct HomeState {
    /// Assessments not deleted, whatever the filter.
    pub total: usize,
    /// Those the filter lets through.
    pub matching: usize,
    /// Index among the matching ones, newest first.
    pub selected: usize,
    pub filter: LineInput,
    pub filtering: bool,
    pub last_deleted: Option<String>,
    /// Matching rows `first..first + rows.len()`, around the selection.
    first: usize,
    rows: Vec<Row>,
}

impl HomeState {
    pub fn load(services: &Services) -> Result<HomeState> {
        let mut home = HomeState::default();
        home.refresh(&services.store)?;
        Ok(home)
    }

    /// Reads the counts and the rows around the selection again, keeping the same
    /// assessment selected (by id) when it is still listed: a few small queries,
    /// however many assessments there are.
    pub fn refresh(&mut self, store: &Store) -> Result<()> {
        let current = self.selected_row().map(|r| r.id.clone());
        self.total = store.home_count("")?;
        self.matching = if self.filter.text().is_empty() {
            self.total
        } else {
            store.home_count(self.filter.text())?
        };
        if let Some(id) = current
            && let Some(i) = store.home_position(self.filter.text(), &id)?
        {
            self.selected = i;
        }
        self.clamp();
        self.fetch(store)
    }

    /// After the filter changed: counts again and keeps the selection in range.
    pub fn refilter(&mut self, store: &Store) -> Result<()> {
        self.matching = store.home_count(self.filter.text())?;
        self.clamp();
        self.fetch(store)
    }

    /// After the selection moved: reads the rows around it if they are not held.
    pub fn follow(&mut self, store: &Store) -> Result<()> {
        let want = self.selected.saturating_sub(REACH)..(self.selected + REACH).min(self.matching);
        if want.start < self.first || want.end > self.first + self.rows.len() {
            self.fetch(store)?;
        }
        Ok(())
    }

    fn fetch(&mut self, store: &Store) -> Result<()> {
        // Twice the reach each way, so moving on from here reads again only after
        // REACH rows; at the top of the list (where it opens) that is half as many.
        let first = self.selected.saturating_sub(2 * REACH);
        let limit = self.selected + 2 * REACH + 1 - first;
        let rows = store.home_page(self.filter.text(), first, limit, self.matching)?;
        self.first = first;
        self.rows = rows.into_iter().map(Row::from).collect();
        Ok(())
    }

    /// How many rows are held in memory (a window, not the whole list).
    pub fn rows_held(&self) -> usize {
        self.rows.len()
    }

    /// The rows held in memory, around the selection.
    pub fn held(&self) -> &[Row] {
        &self.rows
    }

    pub fn selected_row(&self) -> Option<&Row> {
        self.row(self.selected)
    }

    /// Matching row `i`, if it is held.
    fn row(&self, i: usize) -> Option<&Row> {
        i.checked_sub(self.first).and_then(|k| self.rows.get(k))
    }

    fn clamp(&mut self) {
        self.selected = self.selected.min(self.matching.saturating_sub(1));
    }
}

pub fn apply(app: &mut App, action: Action) -> Nav {
    let home = &mut app.home;
    let count = home.matching;
    let selected = home
        .selected_row()
        .map(|r| (r.id.clone(), r.school.clone(), r.date.clone()));
    match action {
        Action::Up => home.selected = home.selected.saturating_sub(1),
        Action::Down => home.selected = (home.selected + 1).min(count.saturating_sub(1)),
        Action::Top => home.selected = 0,
        Action::Bottom => home.selected = count.saturating_sub(1),
        Action::Filter => home.filtering = true,
        Action::Submit => home.filtering = false,
        // Esc leaves a kept filter first and quits only from the whole list.
        Action::Cancel if home.filter.text().is_empty() => return Nav::Quit,
        Action::Cancel => {
            home.filtering = false;
            home.filter.set("");
            if let Err(e) = home.refilter(&app.services.store) {
                return Nav::Status(Status::error(&e));
            }
        }
        Action::NewAssessment => return Nav::NewForm,
        Action::Network => return Nav::Network,
        Action::Import => {
            return Nav::Overlay(Overlay::Prompt {
                kind: PromptKind::Import,
                input: LineInput::new(""),
            });
        }
        Action::RestoreDeleted => {
            let Some(id) = home.last_deleted.take() else {
                return Nav::Status(Status::info(crate::t!("home-nothing-to-restore")));
            };
            let result = app.services.store.restore(&id);
            app.reload_home();
            return match result {
                Ok(()) => Nav::Status(Status::saved(crate::t!("home-restored"))),
                Err(e) => Nav::Status(Status::error(&e)),
            };
        }
        _ => {}
    }
    if let Err(e) = app.home.follow(&app.services.store) {
        return Nav::Status(Status::error(&e));
    }
    let Some((id, school, date)) = selected else {
        return Nav::Stay;
    };
    match action {
        Action::Select => Nav::Open {
            id,
            mode: Mode::Indicator,
            status: None,
        },
        Action::Summary => Nav::Open {
            id,
            mode: Mode::Summary,
            status: None,
        },
        Action::Outcomes => Nav::Outcomes {
            assessment_id: id,
            back: crate::tui::screens::outcomes::Back::Home,
        },
        Action::Delete => Nav::Overlay(Overlay::ConfirmDelete {
            id,
            label: format!("{school} ({date})"),
        }),
        Action::Export => Nav::Overlay(Overlay::Prompt {
            kind: PromptKind::Export { id },
            input: LineInput::new(default_export_name(&school, &date)),
        }),
        _ => Nav::Stay,
    }
}

/// `lincoln-elementary-2026-11-02.toml`
fn default_export_name(school: &str, date: &str) -> String {
    let slug: String = school
        .to_lowercase()
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { '-' })
        .collect();
    let slug = slug
        .split('-')
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    format!("{slug}-{date}.toml")
}

fn expand_home(path: &str) -> PathBuf {
    match (path.strip_prefix("~/"), std::env::var_os("HOME")) {
        (Some(rest), Some(home)) => PathBuf::from(home).join(rest),
        _ => PathBuf::from(path),
    }
}

/// Whether exporting to what was typed would replace a file (or link) already there:
/// the screens ask before doing that.
pub fn export_target_exists(path: &str) -> bool {
    !path.is_empty() && std::fs::symlink_metadata(expand_home(path)).is_ok()
}

/// Performs what a dialog the home list opened was confirmed for. A failed export or
/// import reopens its prompt so the path can be corrected.
pub fn perform(app: &mut App, act: crate::tui::app::HomeConfirmed) -> Nav {
    use crate::tui::app::HomeConfirmed;
    let (kind, path, replace, input) = match act {
        HomeConfirmed::Delete { id, label } => {
            let status = match app.services.store.delete(&id) {
                Ok(()) => {
                    app.home.last_deleted = Some(id);
                    let key = app.key_name(Ctx::Home, Action::RestoreDeleted);
                    Status::saved(crate::t!("common-deleted", label = &label, key = key))
                }
                Err(e) => Status::error(&e),
            };
            app.status = Some(status);
            app.reload_home();
            return Nav::Stay;
        }
        HomeConfirmed::Export {
            id,
            path,
            replace,
            input,
        } => (PromptKind::Export { id }, path, replace, input),
        HomeConfirmed::Import { path, input } => (PromptKind::Import, path, false, input),
    };
    match run_prompt(app, &kind, &path, replace) {
        Ok(status) => Nav::Status(status),
        Err(e) => {
            app.overlay = Some(Overlay::Prompt { kind, input });
            Nav::Status(Status::error(&e))
        }
    }
}

/// Runs an export or import prompt. An error keeps the prompt open. An export
/// replaces an existing file only when `replace` (the person said yes).
pub fn run_prompt(app: &mut App, kind: &PromptKind, path: &str, replace: bool) -> Result<Status> {
    if path.is_empty() {
        return Err(Error::input(crate::t!("home-path-first")));
    }
    let path = expand_home(path);
    match kind {
        PromptKind::Export { id } => {
            let assessment = app.services.store.load(id)?;
            write_file(&path, &to_toml(&assessment), replace)?;
            Ok(Status::saved(crate::t!(
                "home-exported",
                path = path.display().to_string()
            )))
        }
        PromptKind::Name => Ok(Status::info(String::new())),
        PromptKind::Import => {
            let services = &mut app.services;
            let actor = format!("{} (import)", services.actor);
            let counts = import_paths(
                &mut services.store,
                &services.registry,
                &[path],
                false,
                &actor,
            )?;
            app.reload_home();
            let skipped = match counts.skipped.len() {
                0 => String::new(),
                n => crate::t!("home-imported-skipped", count = n),
            };
            Ok(Status::saved(crate::t!(
                "home-imported",
                counts = counts.to_string(),
                skipped = skipped
            )))
        }
    }
}

pub fn draw(frame: &mut Frame, app: &App, area: Rect) {
    let home = &app.home;
    if home.total == 0 {
        welcome(frame, app, area);
        return;
    }
    let show_filter = home.filtering || !home.filter.text().is_empty();
    let [list, filter] = Layout::vertical([
        Constraint::Min(3),
        Constraint::Length(u16::from(show_filter)),
    ])
    .areas(area);
    // The rows that fit (inside the borders, under the column titles), placed as a
    // table scrolled to keep the selection in view would place them: the selection on
    // the last line once it is past the first screenful.
    let fits = (list.height as usize).saturating_sub(3).max(1);
    // (Taller than the rows held, a window starts at the first one held.)
    let offset = home.selected.saturating_sub(fits - 1).max(home.first);
    let visible: Vec<&Row> = (offset..(offset + fits).min(home.matching))
        .map_while(|i| home.row(i))
        .collect();
    let wide = area.width >= 120;
    let (t, s) = (&app.theme, &app.symbols);
    // Each title cut to its column, so a longer language marks the cut.
    let header = TableRow::new(
        [
            (crate::t!("home-col-school"), usize::MAX),
            (crate::t!("home-col-district"), usize::MAX),
            (crate::t!("home-col-date"), 10),
            (crate::t!("home-col-rubric"), if wide { 18 } else { 16 }),
            (crate::t!("home-col-rated"), if wide { 13 } else { 5 }),
            if wide {
                (crate::t!("home-col-standards-wide"), 30)
            } else {
                (crate::t!("home-col-standards"), 18)
            },
        ]
        .into_iter()
        .enumerate()
        .filter(|(i, _)| wide || *i != 1)
        .map(|(_, (h, width))| Cell::from(truncate(&h, width, s.ellipsis))),
    )
    .style(t.title);
    // What the fixed columns, borders, highlight mark and gaps leave for the names.
    let free = if wide {
        (area.width as usize).saturating_sub(4 + 10 + 18 + 13 + 30 + 5)
    } else {
        (area.width as usize).saturating_sub(4 + 10 + 16 + 5 + 18 + 4)
    };
    let (school_width, district_width) = if wide {
        (free * 3 / 5, free * 2 / 5)
    } else {
        (free, 0)
    };
    let rows = visible.iter().map(|r| {
        let share = f64::from(r.rated) / f64::from(r.total.max(1));
        let rated = if wide {
            format!("{} {:>3.0}%", bar(share, 8, s), share * 100.0)
        } else {
            format!("{:>3.0}%", share * 100.0)
        };
        let mark = if r.fully_implementing {
            s.full
        } else {
            s.not_full
        };
        let mut cells = vec![Cell::from(truncate(
            &clean(&r.school),
            school_width,
            s.ellipsis,
        ))];
        if wide {
            let district = clean(r.district.as_deref().unwrap_or(""));
            cells.push(Cell::from(truncate(&district, district_width, s.ellipsis)));
        }
        cells.extend([
            Cell::from(r.date.clone()),
            Cell::from(r.rubric.clone()),
            Cell::from(rated),
            Cell::from(format!("{mark} {}", r.standards)),
        ]);
        TableRow::new(cells)
    });
    let widths: Vec<Constraint> = if wide {
        vec![
            Constraint::Fill(3),
            Constraint::Fill(2),
            Constraint::Length(10),
            Constraint::Length(18),
            Constraint::Length(13),
            Constraint::Length(30),
        ]
    } else {
        vec![
            Constraint::Fill(1),
            Constraint::Length(10),
            Constraint::Length(16),
            Constraint::Length(5),
            Constraint::Length(18),
        ]
    };
    let title = format!(
        " {} ",
        crate::t!("home-list-title", shown = home.matching, total = home.total)
    );
    let table = Table::new(rows, widths)
        .header(header)
        .block(panel(t, s, title, true))
        .row_highlight_style(t.selected)
        .highlight_symbol(format!("{} ", s.pointer));
    let mut state = TableState::default()
        .with_selected((!visible.is_empty()).then_some(home.selected.saturating_sub(offset)));
    frame.render_stateful_widget(table, list, &mut state);
    let items: Vec<Option<usize>> = (offset..offset + visible.len()).map(Some).collect();
    app.hits
        .borrow_mut()
        .add_table(list, 1, state.offset(), &items);
    if show_filter {
        let cursor = if home.filtering { "_" } else { "" };
        let line = Line::from(vec![
            Span::styled(format!(" {} ", crate::t!("home-filter")), t.key),
            Span::styled(format!("{}{cursor}", clean(home.filter.text())), t.base),
            Span::styled(
                if home.matching == 0 {
                    format!("   {}", crate::t!("home-filter-none"))
                } else {
                    String::new()
                },
                t.muted,
            ),
        ]);
        frame.render_widget(Paragraph::new(line), filter);
    }
}

fn welcome(frame: &mut Frame, app: &App, area: Rect) {
    let (t, s) = (&app.theme, &app.symbols);
    // One line per rubric a new assessment can use (its newest version); retired
    // ids stay loadable but are not offered.
    let all = app.services.registry.all();
    let rubrics: Vec<String> = all
        .iter()
        .enumerate()
        .filter(|(i, e)| {
            crate::rubric::replacement(&e.rubric.id).is_none()
                && all
                    .get(i + 1)
                    .is_none_or(|next| next.rubric.id != e.rubric.id)
        })
        .map(|(_, e)| {
            // The rubric's name in the reader's language (its translation).
            let title = crate::rubric::shown(&e.rubric).title.clone();
            format!("  {} {} — {title}", s.dot, e.rubric.id)
        })
        .collect();
    let mut lines = vec![
        Line::styled(crate::t!("home-welcome"), t.title),
        Line::raw(""),
        Line::raw(crate::t!("home-welcome-1")),
        Line::raw(crate::t!("home-welcome-2")),
        Line::raw(crate::t!("home-welcome-3")),
        Line::raw(""),
        Line::from(vec![
            Span::styled(
                format!("  {} ", key_of(app, Ctx::Home, Action::NewAssessment)),
                t.key,
            ),
            Span::raw(crate::t!("home-welcome-new")),
        ]),
        Line::from(vec![
            Span::styled(
                format!("  {} ", key_of(app, Ctx::Home, Action::Import)),
                t.key,
            ),
            Span::raw(crate::t!("home-welcome-import")),
        ]),
        Line::from(vec![
            Span::styled(
                format!("  {} ", key_of(app, Ctx::Global, Action::Help)),
                t.key,
            ),
            Span::raw(crate::t!("home-welcome-help")),
        ]),
        Line::raw(""),
        Line::styled(crate::t!("home-welcome-rubrics"), t.title),
    ];
    lines.extend(rubrics.into_iter().map(Line::raw));
    lines.push(Line::raw(""));
    // The path gets what the label (in this language) and the borders leave.
    let database_label = crate::t!("home-welcome-database", path = "").width();
    lines.push(Line::styled(
        crate::t!(
            "home-welcome-database",
            path = truncate_left(
                &app.services.store.path().display().to_string(),
                (area.width as usize).saturating_sub(4 + database_label),
                s.ellipsis
            )
        ),
        t.muted,
    ));
    let block = panel(t, s, format!(" {} ", crate::t!("home-welcome-title")), true);
    frame.render_widget(
        Paragraph::new(lines)
            .block(block)
            .wrap(Wrap { trim: false }),
        area,
    );
}

/// How the key for `action` in `ctx` is written, as remapped in the settings.
fn key_of(app: &App, ctx: Ctx, action: Action) -> String {
    crate::tui::keymap::BINDINGS
        .iter()
        .find(|b| b.ctx == ctx && b.action == action)
        .map(|b| app.keys.label(b).into_owned())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn export_names_are_slugs_of_school_and_date() {
        assert_eq!(
            default_export_name("Lincoln Elementary", "2026-11-02"),
            "lincoln-elementary-2026-11-02.toml"
        );
        assert_eq!(
            default_export_name("St. Mary's  K-8", "2026-01-01"),
            "st-mary-s-k-8-2026-01-01.toml"
        );
    }
}
