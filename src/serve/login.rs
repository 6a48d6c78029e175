//! What a login name asks for: who the person is, in which role they connect, and
//! (with a suffix) plain mode and the language: `ana+plain`, `ana+es`, `ana+plain+es`.

use super::connection::Role;
use crate::i18n::Lang;

/// A login name taken apart.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Login<'a> {
    /// The name without its suffixes (see [`role_for`]).
    pub name: &'a str,
    /// `+plain`: line by line, for screen readers.
    pub plain: bool,
    /// `+es` or `+en`: the language, whatever the client's locale says.
    pub lang: Option<Lang>,
}

/// Takes the `+plain` and `+LANG` suffixes off a login name, in either order.
pub fn parse(user: &str) -> Login<'_> {
    let (rest, lang) = lang_suffix(user);
    let (rest, plain) = crate::serve::plain::login(rest);
    let (name, lang) = match lang {
        Some(lang) => (rest, Some(lang)),
        None => lang_suffix(rest),
    };
    Login { name, plain, lang }
}

/// `NAME+es` is `NAME` in Spanish (any case).
fn lang_suffix(user: &str) -> (&str, Option<Lang>) {
    for lang in Lang::ALL {
        let suffix = format!("+{}", lang.code());
        let n = user.len();
        if n > suffix.len()
            && user.is_char_boundary(n - suffix.len())
            && user[n - suffix.len()..].eq_ignore_ascii_case(&suffix)
        {
            return (&user[..n - suffix.len()], Some(lang));
        }
    }
    (user, None)
}

/// The locale variables a client may send (`ssh -o SendEnv=LANG`); every other
/// variable is refused.
pub const LOCALE_VARS: [&str; 4] = ["TOUCHSTONE_LANG", "LC_ALL", "LC_MESSAGES", "LANG"];

/// What a client said about its language, from its environment requests.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ClientLocale {
    /// The values of [`LOCALE_VARS`], in that order.
    values: [Option<String>; 4],
}

impl ClientLocale {
    /// Keeps `name=value` if it is one of [`LOCALE_VARS`] and the value looks like a
    /// locale name (`es_MX.UTF-8`, `es`, `C`); says whether it was kept.
    pub fn accept(&mut self, name: &str, value: &str) -> bool {
        let Some(i) = LOCALE_VARS.iter().position(|v| *v == name) else {
            return false;
        };
        let looks_like_a_locale = value.len() <= 64
            && value
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.' | '@'));
        if !looks_like_a_locale {
            return false;
        }
        self.values[i] = Some(value.to_string());
        true
    }

    /// The language a connection speaks: the login name's suffix, then the client's
    /// `TOUCHSTONE_LANG`, then its locale (`LC_ALL`, `LC_MESSAGES`, `LANG`: the first
    /// set decides, as POSIX orders them), then the server's own language
    /// (`fallback`) when the client asks for none Touchstone speaks.
    pub fn lang(&self, login: Option<Lang>, fallback: Lang) -> Lang {
        if let Some(lang) = login {
            return lang;
        }
        let set = |i: usize| self.values[i].as_deref().filter(|v| !v.is_empty());
        if let Some(lang) = set(0).and_then(crate::i18n::from_locale) {
            return lang;
        }
        (1..4)
            .find_map(set)
            .and_then(crate::i18n::from_locale)
            .unwrap_or(fallback)
    }
}

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
    fn login_suffixes_in_either_order() {
        let l = |name, plain, lang| Login { name, plain, lang };
        assert_eq!(parse("ana"), l("ana", false, None));
        assert_eq!(parse("ana+es"), l("ana", false, Some(Lang::Es)));
        assert_eq!(parse("ana+EN"), l("ana", false, Some(Lang::En)));
        assert_eq!(parse("ana+plain+es"), l("ana", true, Some(Lang::Es)));
        assert_eq!(parse("ana+es+plain"), l("ana", true, Some(Lang::Es)));
        assert_eq!(
            parse("73ZGY2.Ana+es"),
            l("73ZGY2.Ana", false, Some(Lang::Es))
        );
        // Nothing but the suffix is a name, not a language.
        assert_eq!(parse("+es"), l("+es", false, None));
        assert_eq!(parse("ana+fr"), l("ana+fr", false, None));
    }

    #[test]
    fn only_locale_variables_with_locale_values_are_kept() {
        let mut env = ClientLocale::default();
        assert!(env.accept("LANG", "es_MX.UTF-8"));
        assert!(!env.accept("PATH", "/bin"));
        assert!(!env.accept("LD_PRELOAD", "x.so"));
        assert!(!env.accept("lang", "es"));
        assert!(!env.accept("LC_ALL", "es\x1b[31m"));
        assert!(!env.accept("LC_ALL", "es MX"));
        assert!(!env.accept("LC_ALL", &"e".repeat(65)));
        assert_eq!(env.lang(None, Lang::En), Lang::Es);
        // The login name's suffix comes first.
        assert_eq!(env.lang(Some(Lang::En), Lang::En), Lang::En);
    }

    #[test]
    fn the_client_locale_is_read_in_posix_order() {
        let with = |pairs: &[(&str, &str)]| {
            let mut env = ClientLocale::default();
            for (k, v) in pairs {
                assert!(env.accept(k, v));
            }
            env
        };
        assert_eq!(with(&[]).lang(None, Lang::Es), Lang::Es, "the server's own");
        assert_eq!(
            with(&[("LANG", "es_US.UTF-8"), ("LC_ALL", "en_US.UTF-8")]).lang(None, Lang::En),
            Lang::En
        );
        assert_eq!(
            with(&[("LANG", "en_US.UTF-8"), ("TOUCHSTONE_LANG", "es")]).lang(None, Lang::En),
            Lang::Es
        );
        // A locale Touchstone does not speak leaves the server's language.
        assert_eq!(
            with(&[("LANG", "fr_FR.UTF-8")]).lang(None, Lang::Es),
            Lang::Es
        );
        assert_eq!(with(&[("LANG", "C")]).lang(None, Lang::Es), Lang::Es);
        assert_eq!(with(&[("LANG", "")]).lang(None, Lang::Es), Lang::Es);
    }

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
