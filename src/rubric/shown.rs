//! The rubric as the person at this thread reads it: its translation into the
//! thread's language when one is known, else the rubric itself. Screens, plain mode
//! and the wall call [`shown`] where they put rubric text in front of someone; the
//! assessment, its ids, keys and scores stay on the one rubric.
//!
//! Screens hold the rubric stored with an assessment, not the registry, so the
//! translations live here for the process: the bundled ones always, and the user ones
//! the last `Registry::load` found.

use super::translation::Translation;
use super::{Registry, Rubric};
use crate::i18n::Lang;
use std::sync::{Arc, LazyLock, Mutex, PoisonError, RwLock};

static BUNDLED: LazyLock<Vec<Arc<Translation>>> = LazyLock::new(|| {
    Registry::bundled()
        .all_translations()
        .map(|t| t.translation.clone())
        .collect()
});

static PUBLISHED: RwLock<Vec<Arc<Translation>>> = RwLock::new(Vec::new());

/// Translated copies already made: (rubric, translation, copy). A screen redraws many
/// times a second; the copy is made once per rubric and language.
type Made = (Arc<Rubric>, Arc<Translation>, Arc<Rubric>);
static MADE: Mutex<Vec<Made>> = Mutex::new(Vec::new());
const MADE_KEPT: usize = 16;

/// Makes a registry's user translations the ones shown (bundled ones always are).
pub fn publish(registry: &Registry) {
    let user: Vec<Arc<Translation>> = registry
        .all_translations()
        .filter(|t| t.origin != super::Origin::Bundled)
        .map(|t| t.translation.clone())
        .collect();
    *PUBLISHED.write().unwrap_or_else(PoisonError::into_inner) = user;
}

/// A notice for a reader in `lang` when `rubric` has no translation into it, so its
/// text is shown as written (issue 23: the v1 rubrics that stored assessments still
/// use). `None` in English, the language of the bundled rubrics, and when a
/// translation fits the rubric.
pub fn untranslated_notice(rubric: &Arc<Rubric>, lang: Lang) -> Option<String> {
    if lang == Lang::En || !Arc::ptr_eq(&in_language(rubric, lang), rubric) {
        return None;
    }
    Some(crate::i18n::scoped(lang, || {
        crate::t!(
            "common-rubric-untranslated",
            id = &rubric.id,
            version = &rubric.version,
            language = lang.native_name()
        )
    }))
}

/// `rubric` in this thread's language (see [`crate::i18n::current`]).
pub fn shown(rubric: &Arc<Rubric>) -> Arc<Rubric> {
    in_language(rubric, crate::i18n::current())
}

/// `rubric` in `lang`: the translated copy, or the rubric itself when there is no
/// translation that fits it.
pub fn in_language(rubric: &Arc<Rubric>, lang: Lang) -> Arc<Rubric> {
    let fits =
        |t: &&Arc<Translation>| t.lang == lang && t.id == rubric.id && t.version == rubric.version;
    let translation = {
        let published = PUBLISHED.read().unwrap_or_else(PoisonError::into_inner);
        published.iter().find(fits).cloned()
    }
    .or_else(|| BUNDLED.iter().find(fits).cloned());
    let Some(translation) = translation else {
        return rubric.clone();
    };
    let mut made = MADE.lock().unwrap_or_else(PoisonError::into_inner);
    if let Some((_, _, copy)) = made
        .iter()
        .find(|(r, t, _)| Arc::ptr_eq(r, rubric) && Arc::ptr_eq(t, &translation))
    {
        return copy.clone();
    }
    let Some(copy) = translation.apply(rubric).map(Arc::new) else {
        return rubric.clone();
    };
    if made.len() >= MADE_KEPT {
        made.remove(0);
    }
    made.push((rubric.clone(), translation, copy.clone()));
    copy
}
