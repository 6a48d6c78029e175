//! "Did you mean …?": the one known id closest to what was typed, for error messages.
//!
//! A candidate is offered when it is the same id once case, spaces and punctuation are
//! set aside (`cl1`, `CL 1`, `cl_1` for `cl-1`), or else when it is the only one within
//! a small edit distance (one typo in a short id, two in a longer one).

/// The candidate closest to `given`, if one is close enough and no other is as close.
pub fn closest<'a>(given: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let typed = normalised(given);
    if typed.is_empty() {
        return None;
    }
    let limit = if typed.chars().count() <= 4 { 1 } else { 2 };
    let mut best: Option<(usize, &'a str)> = None;
    let mut tie = false;
    for candidate in candidates {
        let known = normalised(candidate);
        let distance = if known == typed {
            0
        } else {
            edit_distance(&typed, &known)
        };
        match best {
            Some((d, _)) if distance > d => {}
            Some((d, c)) if distance == d => tie |= c != candidate,
            _ => {
                best = Some((distance, candidate));
                tie = false;
            }
        }
    }
    match best {
        Some((0, c)) if !tie => Some(c),
        Some((d, c)) if d <= limit && !tie => Some(c),
        _ => None,
    }
}

/// Lower case, letters and digits only.
fn normalised(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// Levenshtein distance, by characters.
pub fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = (above + 1)
                .min(row[j] + 1)
                .min(diagonal + usize::from(ca != *cb));
            diagonal = above;
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    const IDS: [&str; 5] = ["cl-1", "cl-2", "ci-1", "ld-10", "ld-11"];

    #[test]
    fn the_same_id_without_punctuation_or_case_is_offered() {
        assert_eq!(closest("cl1", IDS), Some("cl-1"));
        assert_eq!(closest("CL 2", IDS), Some("cl-2"));
        assert_eq!(closest("ld_10", IDS), Some("ld-10"));
    }

    #[test]
    fn one_typo_is_offered_when_only_one_id_is_that_close() {
        assert_eq!(
            closest("cx-1", IDS),
            None,
            "cl-1 and ci-1 are both one away"
        );
        assert_eq!(closest("ld-100", IDS), Some("ld-10"));
        assert_eq!(
            closest("cl-3", IDS),
            None,
            "cl-1 and cl-2 are both one away"
        );
        assert_eq!(closest("ci-9", IDS), Some("ci-1"));
    }

    #[test]
    fn far_or_empty_input_gets_no_suggestion() {
        assert_eq!(closest("zz-9", IDS), None);
        assert_eq!(closest("", IDS), None);
        assert_eq!(closest("--", IDS), None);
    }

    #[test]
    fn edit_distance_counts_characters() {
        assert_eq!(edit_distance("kitten", "sitting"), 3);
        assert_eq!(edit_distance("", "ab"), 2);
        assert_eq!(edit_distance("ñu", "nu"), 1);
    }
}
