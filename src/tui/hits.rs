//! Where the last frame drew what can be clicked. The screens fill it while they draw
//! (they know the layout and the list's scroll offset), and a click is looked up here,
//! so geometry is never computed twice and a click always means what was on screen.

use ratatui::layout::{Position, Rect};

/// What a click on a spot means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// An item of the screen's list (home, network, review), by its index there.
    Row(usize),
    /// A rating level of the current indicator (0-based, as `Action::Rate`).
    Level(usize),
    /// A standard in the assessment's sidebar, by its index in the rubric.
    Standard(usize),
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct HitMap {
    targets: Vec<(Rect, Target)>,
}

impl HitMap {
    /// Forgets everything: a new frame is being drawn, or what was drawn is out of date.
    pub fn clear(&mut self) {
        self.targets.clear();
    }

    pub fn add(&mut self, area: Rect, target: Target) {
        if area.width > 0 && area.height > 0 {
            self.targets.push((area, target));
        }
    }

    /// Adds one row (a screen line of `area`'s width) per item shown in a table whose
    /// data rows start at `rows.y`: `items[k]` is what the k-th row from the top of
    /// the table's content shows (`None`: a heading), `offset` the first one drawn.
    pub fn add_rows(&mut self, rows: Rect, offset: usize, items: &[Option<usize>]) {
        for (line, item) in items
            .iter()
            .skip(offset)
            .take(rows.height as usize)
            .enumerate()
        {
            if let Some(i) = item {
                let y = rows.y + line as u16;
                self.add(Rect::new(rows.x, y, rows.width, 1), Target::Row(*i));
            }
        }
    }

    /// [`HitMap::add_rows`] for a table drawn in a bordered panel over `area`, with
    /// `header` lines of column titles.
    pub fn add_table(&mut self, area: Rect, header: u16, offset: usize, items: &[Option<usize>]) {
        let inner = area.inner(ratatui::layout::Margin::new(1, 1));
        let rows = Rect {
            y: inner.y + header.min(inner.height),
            height: inner.height.saturating_sub(header),
            ..inner
        };
        self.add_rows(rows, offset, items);
    }

    /// What is at a cell, if anything; the last drawn wins (it is on top).
    pub fn at(&self, column: u16, row: u16) -> Option<Target> {
        let p = Position::new(column, row);
        self.targets
            .iter()
            .rev()
            .find(|(area, _)| area.contains(p))
            .map(|(_, t)| *t)
    }

    pub fn is_empty(&self) -> bool {
        self.targets.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_follow_the_scroll_offset_and_skip_headings() {
        let mut map = HitMap::default();
        let items = [None, Some(0), Some(1), None, Some(2), Some(3)];
        map.add_rows(Rect::new(2, 5, 10, 3), 2, &items);
        assert_eq!(map.at(2, 5), Some(Target::Row(1)));
        assert_eq!(map.at(11, 6), None, "a heading row");
        assert_eq!(map.at(5, 7), Some(Target::Row(2)));
        assert_eq!(map.at(5, 8), None, "below the table");
        assert_eq!(map.at(1, 5), None, "left of it");
    }
}
