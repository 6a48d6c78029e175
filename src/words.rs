//! Counted nouns for messages and reports: "1 school", "2 schools", never "school(s)".

/// `n` and the noun in the form its count takes: `count(1, "vote", "votes")` is
/// "1 vote". Both forms are given, so irregular plurals need nothing special.
pub fn count<N: Copy + std::fmt::Display + TryInto<u64>>(n: N, one: &str, many: &str) -> String {
    let singular = n.try_into().ok() == Some(1);
    format!("{n} {}", if singular { one } else { many })
}

#[cfg(test)]
mod tests {
    use super::count;

    #[test]
    fn one_is_singular_and_zero_plural() {
        assert_eq!(count(1, "school", "schools"), "1 school");
        assert_eq!(count(0, "school", "schools"), "0 schools");
        assert_eq!(count(2, "analysis", "analyses"), "2 analyses");
        assert_eq!(count(1u32, "vote", "votes"), "1 vote");
    }
}
