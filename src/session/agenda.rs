//! The agenda clock: which segment the room is in and how much of its time is left.
//! Times are seconds since the Unix epoch and are passed in, so the logic runs on a
//! fake clock in tests and on the database's shared state in the app.

use super::Plan;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Agenda {
    /// Index of the current segment.
    pub segment: usize,
    /// When the current segment started.
    pub started: i64,
    /// When the clock was paused, if it is.
    pub paused_at: Option<i64>,
    /// Seconds spent paused in this segment (pauses that have ended).
    pub paused_total: i64,
    /// Seconds added to this segment with `extend`.
    pub extra: i64,
}

impl Agenda {
    pub fn start(now: i64) -> Agenda {
        Agenda {
            segment: 0,
            started: now,
            paused_at: None,
            paused_total: 0,
            extra: 0,
        }
    }

    /// Seconds of the segment used so far (pauses do not count).
    pub fn elapsed(&self, now: i64) -> i64 {
        (self.paused_at.unwrap_or(now) - self.started - self.paused_total).max(0)
    }

    /// Seconds the current segment may take.
    pub fn allowed(&self, plan: &Plan) -> i64 {
        plan.segments
            .get(self.segment)
            .map_or(0, |s| i64::from(s.minutes) * 60)
            + self.extra
    }

    /// Seconds left in the segment; negative when it runs over.
    pub fn remaining(&self, plan: &Plan, now: i64) -> i64 {
        self.allowed(plan) - self.elapsed(now)
    }

    pub fn is_paused(&self) -> bool {
        self.paused_at.is_some()
    }

    pub fn toggle_pause(&mut self, now: i64) {
        match self.paused_at.take() {
            Some(at) => self.paused_total += (now - at).max(0),
            None => self.paused_at = Some(now),
        }
    }

    /// Gives the current segment more (or, with a negative number, less) time; it
    /// never ends up with less than nothing.
    pub fn extend(&mut self, seconds: i64, plan: &Plan) {
        let base = plan
            .segments
            .get(self.segment)
            .map_or(0, |s| i64::from(s.minutes) * 60);
        self.extra = (self.extra + seconds).max(-base);
    }

    /// Moves to segment `to` (clamped to the plan), with a fresh clock.
    pub fn go_to(&mut self, to: usize, plan: &Plan, now: i64) {
        let last = plan.segments.len().saturating_sub(1);
        *self = Agenda {
            segment: to.min(last),
            started: now,
            paused_at: None,
            paused_total: 0,
            extra: 0,
        };
    }

    /// Skips to the next segment; false at the last one.
    pub fn next(&mut self, plan: &Plan, now: i64) -> bool {
        if self.segment + 1 >= plan.segments.len() {
            return false;
        }
        self.go_to(self.segment + 1, plan, now);
        true
    }

    pub fn previous(&mut self, plan: &Plan, now: i64) -> bool {
        if self.segment == 0 {
            return false;
        }
        self.go_to(self.segment - 1, plan, now);
        true
    }

    /// Planned minutes still ahead after the current segment, for "ends around".
    pub fn minutes_after(&self, plan: &Plan) -> u32 {
        plan.segments
            .iter()
            .skip(self.segment + 1)
            .map(|s| s.minutes)
            .sum()
    }
}

/// `12:05`, or `-3:20` when over time.
pub fn clock(seconds: i64) -> String {
    let sign = if seconds < 0 { "-" } else { "" };
    let s = seconds.abs();
    format!("{sign}{}:{:02}", s / 60, s % 60)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::session::plan::parse;

    fn plan() -> Plan {
        let text = r#"
format = "touchstone-session"
format_version = 1
id = "t"
title = "T"
[[segments]]
kind = "welcome"
title = "Hello"
minutes = 5
[[segments]]
kind = "rate"
title = "Rate"
minutes = 20
baseline = true
[[segments]]
kind = "close"
title = "Bye"
minutes = 5
"#;
        parse("t.toml", text, None).unwrap()
    }

    #[test]
    fn the_clock_counts_down_and_runs_over() {
        let p = plan();
        let a = Agenda::start(1000);
        assert_eq!(a.remaining(&p, 1000), 300);
        assert_eq!(a.remaining(&p, 1240), 60);
        assert_eq!(a.remaining(&p, 1360), -60);
        assert_eq!(clock(a.remaining(&p, 1360)), "-1:00");
        assert_eq!(clock(a.remaining(&p, 1001)), "4:59");
    }

    #[test]
    fn pauses_stop_the_clock_and_can_repeat() {
        let p = plan();
        let mut a = Agenda::start(0);
        a.toggle_pause(60);
        assert!(a.is_paused());
        assert_eq!(a.remaining(&p, 500), 240, "paused time does not count");
        a.toggle_pause(500);
        assert_eq!(a.remaining(&p, 560), 180);
        a.toggle_pause(600);
        a.toggle_pause(700);
        assert_eq!(a.elapsed(700), 160);
    }

    #[test]
    fn extending_adds_time_and_never_goes_below_zero() {
        let p = plan();
        let mut a = Agenda::start(0);
        a.extend(300, &p);
        assert_eq!(a.allowed(&p), 600);
        a.extend(-3600, &p);
        assert_eq!(a.allowed(&p), 0);
    }

    #[test]
    fn skipping_moves_on_with_a_fresh_clock_and_stops_at_the_end() {
        let p = plan();
        let mut a = Agenda::start(0);
        a.extend(60, &p);
        a.toggle_pause(10);
        assert!(a.next(&p, 100));
        assert_eq!(a.segment, 1);
        assert_eq!(a.remaining(&p, 100), 1200);
        assert!(!a.is_paused());
        assert!(a.next(&p, 200));
        assert!(!a.next(&p, 300), "no segment after the last");
        assert_eq!(a.segment, 2);
        assert!(a.previous(&p, 400));
        assert_eq!(a.segment, 1);
        assert_eq!(a.minutes_after(&p), 5);
    }
}
