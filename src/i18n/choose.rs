//! Which language to speak: an explicit choice first, then the system's locale.

use super::Lang;

/// The language a POSIX locale name asks for: `es_MX.UTF-8` and `es` are Spanish,
/// `en_US` is English; `C`, `POSIX`, empty or another language are `None`.
pub fn from_locale(locale: &str) -> Option<Lang> {
    let base = locale
        .split(['.', '@'])
        .next()
        .unwrap_or("")
        .split(['_', '-'])
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    match base.as_str() {
        "en" => Some(Lang::En),
        "es" => Some(Lang::Es),
        _ => None,
    }
}

/// The language in order of who asked: the `--lang` flag, `TOUCHSTONE_LANG`, the
/// settings file, then the locale (`LC_ALL`, `LC_MESSAGES`, `LANG`, as POSIX orders
/// them). An explicit choice Touchstone does not speak is an error; a locale it does
/// not speak is English.
pub fn choose(
    flag: Option<Lang>,
    env: impl Fn(&str) -> Option<String>,
    setting: Option<Lang>,
) -> Result<Lang, String> {
    if let Some(lang) = flag {
        return Ok(lang);
    }
    if let Some(value) = env("TOUCHSTONE_LANG").filter(|v| !v.is_empty()) {
        return from_locale(&value).ok_or_else(|| {
            format!("TOUCHSTONE_LANG={value:?}: Touchstone speaks en (English) and es (Spanish)")
        });
    }
    if let Some(lang) = setting {
        return Ok(lang);
    }
    // POSIX: the first of these that is set and not empty decides.
    let locale = ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .find_map(|name| env(name).filter(|v| !v.is_empty()));
    Ok(locale.and_then(|l| from_locale(&l)).unwrap_or(Lang::En))
}
