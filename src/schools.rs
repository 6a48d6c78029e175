//! School identity: the code a state or the NCES gives a school, beside its name and
//! district, and how a row of someone else's file finds its school (by code, or by
//! exact name and district). Pure functions; the store keeps the codes.

use crate::t;

/// The longest code accepted (NCES school ids are 12 digits; state ids are shorter).
pub const CODE_MAX: usize = 40;

/// A school as the store lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct School {
    /// The store's row id.
    pub id: i64,
    pub name: String,
    pub district: Option<String>,
    pub code: Option<String>,
    /// Assessments of it (not deleted).
    pub assessments: usize,
}

/// A school code in normal form (trimmed), or why it is not one. Codes keep their
/// letters' case and leading zeros ("0600001" is not "600001"): they are compared as
/// written. Letters, digits and `-` `.` `_` `/` only, so a code never needs quoting.
pub fn check_code(raw: &str) -> Result<String, String> {
    let code = raw.trim();
    if code.is_empty() {
        return Err(t!("schools-code-empty"));
    }
    if code.chars().count() > CODE_MAX {
        return Err(t!("schools-code-too-long", max = CODE_MAX));
    }
    if let Some(bad) = code
        .chars()
        .find(|c| !(c.is_ascii_alphanumeric() || matches!(c, '-' | '.' | '_' | '/')))
    {
        return Err(t!(
            "schools-code-bad-character",
            found = format!("{bad:?}"),
            code = format!("{code:?}")
        ));
    }
    Ok(code.to_string())
}

/// What a row names its school by.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Key {
    Code(String),
    Name {
        name: String,
        district: Option<String>,
    },
}

/// Which school a key finds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Found {
    One(i64),
    None,
    /// More than one school answers to the name (names compared in any case): the
    /// row needs a code or a district.
    Several(Vec<i64>),
}

/// Looks schools up by code and by name and district, built once for a whole file.
pub struct Index {
    by_code: std::collections::HashMap<String, i64>,
    /// (lower-case name, lower-case district or "") → ids
    by_name: std::collections::HashMap<(String, String), Vec<i64>>,
}

impl Index {
    pub fn new(schools: &[School]) -> Index {
        let mut by_code = std::collections::HashMap::new();
        let mut by_name: std::collections::HashMap<(String, String), Vec<i64>> =
            std::collections::HashMap::new();
        for s in schools {
            if let Some(code) = &s.code {
                by_code.insert(code.clone(), s.id);
            }
            by_name
                .entry(name_key(&s.name, s.district.as_deref()))
                .or_default()
                .push(s.id);
        }
        Index { by_code, by_name }
    }

    /// The school a key names: a code exactly as written; a name and district in any
    /// case (after trimming), the district empty when the school has none.
    pub fn find(&self, key: &Key) -> Found {
        match key {
            Key::Code(code) => match self.by_code.get(code) {
                Some(id) => Found::One(*id),
                None => Found::None,
            },
            Key::Name { name, district } => {
                match self.by_name.get(&name_key(name, district.as_deref())) {
                    None => Found::None,
                    Some(ids) if ids.len() == 1 => Found::One(ids[0]),
                    Some(ids) => Found::Several(ids.clone()),
                }
            }
        }
    }

    /// The school holding this code, if any.
    pub fn holder(&self, code: &str) -> Option<i64> {
        self.by_code.get(code).copied()
    }
}

fn name_key(name: &str, district: Option<&str>) -> (String, String) {
    (
        name.trim().to_lowercase(),
        district.unwrap_or("").trim().to_lowercase(),
    )
}

/// "Lincoln Elementary (North)", or the name alone without a district.
pub fn shown(name: &str, district: &str) -> String {
    if district.is_empty() {
        name.to_string()
    } else {
        format!("{name} ({district})")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn school(id: i64, name: &str, district: Option<&str>, code: Option<&str>) -> School {
        School {
            id,
            name: name.into(),
            district: district.map(Into::into),
            code: code.map(Into::into),
            assessments: 1,
        }
    }

    #[test]
    fn codes_are_trimmed_keep_zeros_and_refuse_spaces_and_length() {
        assert_eq!(check_code(" 060000100001 ").unwrap(), "060000100001");
        assert_eq!(check_code("CA-01/611.7_x").unwrap(), "CA-01/611.7_x");
        assert!(check_code("").is_err());
        assert!(check_code("   ").is_err());
        assert!(check_code("06 0001").is_err());
        assert!(check_code("=1+2").is_err());
        assert!(check_code(&"1".repeat(CODE_MAX)).is_ok());
        assert!(check_code(&"1".repeat(CODE_MAX + 1)).is_err());
    }

    #[test]
    fn rows_find_schools_by_code_or_by_name_and_district() {
        let schools = [
            school(1, "Lincoln Elementary", Some("North"), Some("0601")),
            school(2, "Lincoln Elementary", Some("South"), None),
            school(3, "Adams", None, Some("0603")),
        ];
        let index = Index::new(&schools);
        assert_eq!(index.find(&Key::Code("0601".into())), Found::One(1));
        assert_eq!(index.find(&Key::Code("601".into())), Found::None);
        let name = |n: &str, d: Option<&str>| Key::Name {
            name: n.into(),
            district: d.map(Into::into),
        };
        assert_eq!(
            index.find(&name("lincoln elementary ", Some("SOUTH"))),
            Found::One(2)
        );
        assert_eq!(index.find(&name("Lincoln Elementary", None)), Found::None);
        assert_eq!(index.find(&name("Adams", None)), Found::One(3));
        assert_eq!(index.find(&name("Adams", Some("North"))), Found::None);
        assert_eq!(index.holder("0603"), Some(3));
        let twice = [school(1, "A", None, None), school(2, "a", None, None)];
        assert_eq!(
            Index::new(&twice).find(&name("A", None)),
            Found::Several(vec![1, 2])
        );
    }
}
