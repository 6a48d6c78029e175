//! What a login name asks for: who the person is, and in which role they connect.

use super::connection::Role;

/// What a login name asks for: `viewer` (or the viewer passcode) is read only;
/// `CODE.NAME`, CODE a session join code, joins that session as NAME; any other name
/// opens the screens with that name as who made the changes.
pub fn role_for(user: &str, viewer_passcode: bool) -> Role {
    if viewer_passcode || user.eq_ignore_ascii_case("viewer") {
        return Role::Viewer;
    }
    if let Some((code, name)) = user.split_once('.').filter(|(c, _)| is_join_code(c)) {
        let name = clean_name(name);
        return Role::Participant {
            code: code.to_ascii_uppercase(),
            name: if name.is_empty() {
                "participant".to_string()
            } else {
                name
            },
        };
    }
    let actor = clean_name(user);
    Role::User {
        actor: if actor.is_empty() {
            "ssh".to_string()
        } else {
            actor
        },
    }
}

/// Six letters and digits from the join-code alphabet (any case).
fn is_join_code(code: &str) -> bool {
    const ALPHABET: &str = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    code.len() == 6
        && code
            .chars()
            .all(|c| ALPHABET.contains(c.to_ascii_uppercase()))
}

/// A login name made safe to show and store: the text policy's `name_from`, at most
/// 40 characters; empty when nothing visible is left.
pub fn clean_name(name: &str) -> String {
    let short: String = name.chars().take(40).collect();
    crate::text::name_from(&short).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn login_names() {
        assert_eq!(role_for("viewer", false), Role::Viewer);
        assert_eq!(role_for("ana", true), Role::Viewer);
        assert_eq!(
            role_for("73zgy2.Ana Ruiz", false),
            Role::Participant {
                code: "73ZGY2".into(),
                name: "Ana Ruiz".into()
            }
        );
        assert_eq!(
            role_for("73ZGY2.", false),
            Role::Participant {
                code: "73ZGY2".into(),
                name: "participant".into()
            }
        );
        assert_eq!(
            role_for("ana.ruiz", false),
            Role::User {
                actor: "ana.ruiz".into()
            }
        );
        // 'O' and '0' are not in the join-code alphabet.
        assert_eq!(
            role_for("ROOM01.x", false),
            Role::User {
                actor: "ROOM01.x".into()
            }
        );
        assert_eq!(
            role_for("\x1b[31mevil\u{202e}", false),
            Role::User {
                actor: "[31mevil".into()
            }
        );
        assert_eq!(
            role_for("\x07", false),
            Role::User {
                actor: "ssh".into()
            }
        );
    }
}
