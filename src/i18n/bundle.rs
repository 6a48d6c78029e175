//! The message files, built into the binary, and one Fluent bundle per language per
//! thread (a bundle's formatter caches are not shareable; building one takes about a
//! millisecond).

use super::{Arg, Lang};
use fluent_bundle::{FluentArgs, FluentBundle, FluentResource};
use std::cell::RefCell;

/// One area's messages in each language. Each area is its own file so people (and
/// translators) working on different screens do not edit the same file.
struct Area {
    name: &'static str,
    en: &'static str,
    es: &'static str,
}

macro_rules! areas {
    ($($name:literal),* $(,)?) => {
        &[$(Area {
            name: $name,
            en: include_str!(concat!("../../locales/en/", $name, ".ftl")),
            es: include_str!(concat!("../../locales/es/", $name, ".ftl")),
        }),*]
    };
}

static AREAS: &[Area] = areas![
    "common",
    "keys",
    "home",
    "assess",
    "session",
    "cli",
    "report",
    "plain",
    "errors",
    "serve",
    "store",
    "outcomes",
    "outcome-screens",
];

fn source(area: &Area, lang: Lang) -> &'static str {
    match lang {
        Lang::En => area.en,
        Lang::Es => area.es,
    }
}

fn build(lang: Lang) -> FluentBundle<FluentResource> {
    // "en" and "es" always parse; the default ("und") would only lose plural rules.
    let id: unic_langid::LanguageIdentifier = lang.code().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new(vec![id]);
    // Terminals show the Unicode isolation marks Fluent puts around placeables by
    // default as stray characters; the text is one direction anyway.
    bundle.set_use_isolating(false);
    for area in AREAS {
        // The files are ours and checked by a test; a broken entry is skipped by
        // Fluent, never a panic.
        let resource = match FluentResource::try_new(source(area, lang).to_string()) {
            Ok(r) => r,
            Err((r, _)) => r,
        };
        let _ = bundle.add_resource(resource);
    }
    bundle
}

thread_local! {
    static BUNDLES: RefCell<[Option<FluentBundle<FluentResource>>; 2]> =
        const { RefCell::new([None, None]) };
}

/// `id` formatted in `lang`, falling back to English, then to the id.
pub(super) fn format(lang: Lang, id: &str, args: &[(&str, Arg<'_>)]) -> String {
    if let Some(text) = format_in(lang, id, args) {
        return text;
    }
    if lang != Lang::En
        && let Some(text) = format_in(Lang::En, id, args)
    {
        return text;
    }
    id.to_string()
}

fn format_in(lang: Lang, id: &str, args: &[(&str, Arg<'_>)]) -> Option<String> {
    BUNDLES.with(|cell| {
        let mut bundles = cell.borrow_mut();
        let bundle = bundles[lang.index()].get_or_insert_with(|| build(lang));
        let pattern = bundle.get_message(id)?.value()?;
        let fluent_args = (!args.is_empty()).then(|| {
            let mut a = FluentArgs::with_capacity(args.len());
            for (name, value) in args {
                a.set(*name, value.0.clone());
            }
            a
        });
        let mut errors = Vec::new();
        Some(
            bundle
                .format_pattern(pattern, fluent_args.as_ref(), &mut errors)
                .into_owned(),
        )
    })
}

/// Every message id in `lang` with its area; also fails loudly (for the tests) on a
/// file Fluent cannot parse.
pub(super) fn ids(lang: Lang) -> Vec<(String, &'static str)> {
    let mut out = Vec::new();
    for area in AREAS {
        let resource = match FluentResource::try_new(source(area, lang).to_string()) {
            Ok(r) => r,
            Err((_, errors)) => panic!(
                "locales/{}/{}.ftl does not parse: {errors:?}",
                lang.code(),
                area.name
            ),
        };
        for entry in resource.entries() {
            if let fluent_syntax::ast::Entry::Message(m) = entry {
                out.push((m.id.name.to_string(), area.name));
            }
        }
    }
    out
}

/// The text of every file of `lang`.
#[cfg(test)]
pub(super) fn sources(lang: Lang) -> Vec<&'static str> {
    AREAS.iter().map(|a| source(a, lang)).collect()
}
