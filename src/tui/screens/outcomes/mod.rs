//! A school's outcome data on the screens: its trends (shown on its summary) and the
//! outcomes screen for typing figures in.

pub mod trends;
