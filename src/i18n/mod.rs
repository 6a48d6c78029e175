//! The words people read, in their language. Every string a user sees is a Fluent
//! message in `locales/<lang>/*.ftl`, looked up by id with [`t!`](crate::t).
//!
//! Why Fluent (`fluent-bundle`, Project Fluent's reference crate): a translator writes
//! whole sentences with their own plural and gender variants (Spanish and English
//! plurals differ, and CLDR's rules come with the crate), the files are plain text a
//! district's translator can edit, and the syntax errors are located.
//!
//! The language is per thread: the CLI and the local screens run on the main thread,
//! and each SSH connection's app runs on a thread of its own, so each person reads
//! their own language. A thread starts in English.

mod bundle;
mod choose;

pub use choose::{choose, from_locale};

use fluent_bundle::FluentValue;
use std::borrow::Cow;
use std::cell::Cell;

/// The languages Touchstone speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, clap::ValueEnum)]
pub enum Lang {
    /// English.
    #[default]
    En,
    /// Spanish (español).
    Es,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Es];

    /// The code used on the command line, in settings and in file names: `en`, `es`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
        }
    }

    /// The language's own name, as its speakers write it.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Es => "Español",
        }
    }

    /// `en` or `es` (also `EN`, `es-MX`, `es_US.UTF-8`); `None` for anything else.
    pub fn from_code(code: &str) -> Option<Lang> {
        from_locale(code)
    }

    /// The next language, for the key that switches.
    pub fn next(self) -> Lang {
        match self {
            Lang::En => Lang::Es,
            Lang::Es => Lang::En,
        }
    }

    fn index(self) -> usize {
        self as usize
    }
}

impl std::fmt::Display for Lang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

thread_local! {
    static CURRENT: Cell<Lang> = const { Cell::new(Lang::En) };
}

/// The language of this thread.
pub fn current() -> Lang {
    CURRENT.with(Cell::get)
}

/// Sets the language of this thread (the CLI at start, a connection's thread, the
/// language key).
pub fn set(lang: Lang) {
    CURRENT.with(|c| c.set(lang));
}

/// Runs `f` in `lang`, then puts the thread's language back (the wall screen in the
/// room's language, a test in Spanish).
pub fn scoped<R>(lang: Lang, f: impl FnOnce() -> R) -> R {
    struct Restore(Lang);
    impl Drop for Restore {
        fn drop(&mut self) {
            set(self.0);
        }
    }
    let _restore = Restore(current());
    set(lang);
    f()
}

/// A value for a message's placeable: text, or a number (numbers choose plurals).
#[derive(Debug, Clone)]
pub struct Arg<'a>(FluentValue<'a>);

impl<'a> From<&'a str> for Arg<'a> {
    fn from(s: &'a str) -> Self {
        Arg(FluentValue::from(s))
    }
}
impl<'a> From<&'a String> for Arg<'a> {
    fn from(s: &'a String) -> Self {
        Arg(FluentValue::from(s.as_str()))
    }
}
impl From<String> for Arg<'_> {
    fn from(s: String) -> Self {
        Arg(FluentValue::from(s))
    }
}
impl<'a> From<Cow<'a, str>> for Arg<'a> {
    fn from(s: Cow<'a, str>) -> Self {
        Arg(FluentValue::from(s))
    }
}
macro_rules! number_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg<'_> {
            fn from(n: $t) -> Self {
                Arg(FluentValue::from(n))
            }
        }
    )*};
}
number_arg!(u8, u16, u32, u64, usize, i8, i16, i32, i64, isize, f32, f64);

/// The message `id` in this thread's language (English where a translation is
/// missing; the id itself if English lacks it too, which a test forbids).
pub fn tr(id: &str) -> String {
    bundle::format(current(), id, &[])
}

/// The message `id` with its placeables filled.
pub fn tr_args(id: &str, args: &[(&str, Arg<'_>)]) -> String {
    bundle::format(current(), id, args)
}

/// The message `id` in a given language, whatever the thread's.
pub fn tr_in(lang: Lang, id: &str, args: &[(&str, Arg<'_>)]) -> String {
    bundle::format(lang, id, args)
}

/// Every message id of a language, with the file it is in (for the tests that keep
/// the languages in step).
pub fn message_ids(lang: Lang) -> Vec<(String, &'static str)> {
    bundle::ids(lang)
}

/// The message `id` in this thread's language: `t!("home-title")`, or with
/// placeables, `t!("home-count", shown = n, total = all)`.
#[macro_export]
macro_rules! t {
    ($id:expr $(,)?) => {
        $crate::i18n::tr($id)
    };
    ($id:expr, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::tr_args(
            $id,
            &[$((stringify!($name), $crate::i18n::Arg::from($value))),+],
        )
    };
}

#[cfg(test)]
mod tests;
