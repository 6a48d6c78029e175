//! Names as people read them: when two spellings are one person's name. A seat in a
//! coaching session is taken by the name as read, so `ana`, `ANA`, `Ana` followed by a
//! zero-width space, `Аna` with a Cyrillic `А`, and `Ána` typed as `A` plus a combining
//! accent are one seat, not five.
//!
//! The key ([`seat_key`]) is the UTS #39 confusable skeleton (which also drops the
//! default-ignorable characters: zero-width spaces and joiners, the byte-order mark,
//! soft hyphens, variation selectors) of the lower-cased skeleton, in NFC, with runs of
//! spaces as one space. Only comparisons use it: the name is stored and shown as typed.

use unicode_normalization::UnicodeNormalization;

/// What two names that people would read as the same have in common.
pub fn seat_key(name: &str) -> String {
    let first: String = unicode_security::skeleton(name).collect();
    let lower = first.to_lowercase();
    let folded: String = unicode_security::skeleton(&lower).nfc().collect();
    folded.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Whether people would read `a` and `b` as the same name.
pub fn same_name(a: &str, b: &str) -> bool {
    seat_key(a) == seat_key(b)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn look_alike_names_are_one_name() {
        let ana = [
            "ana",
            "ANA",
            "Ana",
            "Ana\u{200B}",
            "A\u{200D}na",
            "\u{FEFF}Ana",
            "An\u{00AD}a",
            "\u{0410}na",        // Cyrillic capital A
            "\u{0430}n\u{0430}", // Cyrillic small a
            "ａｎａ",            // fullwidth
        ];
        for name in ana {
            assert!(same_name(name, "Ana"), "{name:?}: {:?}", seat_key(name));
        }
        // Composed and decomposed accents.
        assert!(same_name("\u{00C1}na", "A\u{0301}na"));
        assert!(same_name("\u{00C1}na", "\u{00E1}NA"));
        assert!(same_name("Ana  Ruiz", "Ana Ruiz"));
        // Different names stay different.
        for other in ["Ann", "Anna", "Bo", "Ana Ruiz", "Ána", "Ano"] {
            assert!(!same_name(other, "Ana"), "{other:?}");
        }
        assert!(!same_name("José", "Jose"));
    }
}
