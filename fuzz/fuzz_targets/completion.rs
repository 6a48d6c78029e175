//! Shell completion candidates (`touchstone::cli::completions`): whatever a database
//! or a plan file holds, a value offered to a shell is a plain token that means the
//! same quoted or not in bash, zsh, fish, PowerShell and elvish, and each offered line
//! is one value, one tab and one printable description.
#![no_main]

use libfuzzer_sys::fuzz_target;
use touchstone::cli::completions::{candidate, candidate_line};

/// Characters some shell gives a meaning to.
const SPECIAL: &str = " \t\n\r$`'\"\\;&|<>(){}[]*?~!#=%^,@+:/";

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let (value, about) = text.split_once('\u{1}').unwrap_or((text, "about"));
    match candidate(value) {
        Some(offered) => {
            assert_eq!(offered, value);
            assert!(!offered.is_empty() && !offered.starts_with('-'));
            assert!(offered.is_ascii(), "{offered:?}");
            assert!(
                !offered.chars().any(|c| SPECIAL.contains(c) || c.is_control()),
                "{offered:?}"
            );
            let line = candidate_line(value, about).expect("offered");
            let body = line.strip_suffix('\n').expect("ends the line");
            assert!(!body.contains('\n') && !body.contains('\r'), "{line:?}");
            let (first, description) = body.split_once('\t').expect("a tab");
            assert_eq!(first, offered);
            assert!(!description.contains('\t'), "{line:?}");
            assert!(!description.chars().any(char::is_control), "{line:?}");
        }
        None => assert!(candidate_line(value, about).is_none()),
    }
});
