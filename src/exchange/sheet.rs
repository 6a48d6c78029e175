//! Paper for the room (issue 23 item 5): a printable pre-rating sheet and a ballot a
//! parent fills in by hand, for a plan or a session. One self-contained page: no
//! script, nothing fetched, every text escaped as the HTML report escapes it; in one
//! language or, bilingual, in the reader's language with the other under it.

use super::html::esc;
use crate::rubric::Rubric;
use crate::t;
use std::fmt::Write;
use std::sync::Arc;

/// What a sheet is printed for.
pub struct Sheet<'a> {
    pub rubric: &'a Arc<Rubric>,
    /// The plan's title in the reader's language.
    pub plan_title: String,
    /// The indicators the plan's rate segments bring up, as positions in the rubric.
    pub indicators: Vec<usize>,
    /// The school and the pre-rating code, when printed for a session.
    pub school: Option<String>,
    pub code: Option<String>,
    /// Also print every rubric text in the other language.
    pub bilingual: bool,
}

const STYLE: &str = "body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;max-width:48rem;margin:1.5rem auto;padding:0 1rem;color:#000;line-height:1.35;font-size:11pt}\
h1{font-size:1.4rem;margin-bottom:.2rem}h2{font-size:1.15rem;margin-top:1.4rem;border-bottom:2px solid #999}\
h3{font-size:1rem;margin:.9rem 0 .2rem}.alt{color:#333;font-style:italic;margin:.1rem 0}.meta{margin-top:0}\
table{border-collapse:collapse;width:100%;margin:.3rem 0}th,td{border:1px solid #999;text-align:left;padding:.25rem .35rem;vertical-align:top}\
td.box{width:1.6rem;text-align:center;font-size:1.2rem}.line{border-bottom:1px solid #000;height:1.6rem;margin:.2rem 0 .6rem}\
.fill{display:inline-block;border-bottom:1px solid #000;min-width:14rem}.indicator{break-inside:avoid}\
.ballot{break-before:page}@media print{body{margin:0}h2{break-after:avoid}}";

/// The empty box a person ticks.
const BOX: &str = "☐";

/// The page, in the thread's language (and the other one too when bilingual).
pub fn render(sheet: &Sheet) -> String {
    let mut out = String::new();
    // Writing to a String cannot fail.
    let _ = write(&mut out, sheet);
    out
}

fn write(out: &mut String, sheet: &Sheet) -> std::fmt::Result {
    let lang = crate::i18n::current();
    let other = lang.next();
    let main = crate::rubric::in_language(sheet.rubric, lang);
    let alt = sheet
        .bilingual
        .then(|| crate::rubric::in_language(sheet.rubric, other));
    // A second line in the other language, only where it says something else.
    let alt_line = |out: &mut String, mine: &str, theirs: Option<&str>| -> std::fmt::Result {
        match theirs {
            Some(t) if t != mine => writeln!(
                out,
                "<p class=\"alt\" lang=\"{}\">{}</p>",
                other.code(),
                esc(t)
            ),
            _ => Ok(()),
        }
    };
    let both = |words: &dyn Fn() -> String| -> String {
        let mine = words();
        if sheet.bilingual {
            let theirs = crate::i18n::scoped(other, words);
            if theirs != mine {
                return format!("{mine} / {theirs}");
            }
        }
        mine
    };
    writeln!(out, "<!DOCTYPE html>")?;
    writeln!(
        out,
        "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"{}\">",
        lang.code()
    )?;
    writeln!(out, "<head>")?;
    writeln!(out, "<meta charset=\"utf-8\"/>")?;
    writeln!(out, "<title>{}</title>", esc(&both(&|| t!("sheet-title"))))?;
    writeln!(out, "<style>{STYLE}</style>")?;
    writeln!(out, "</head>")?;
    writeln!(out, "<body>")?;
    writeln!(out, "<h1>{}</h1>", esc(&both(&|| t!("sheet-title"))))?;
    let mut meta = vec![sheet.plan_title.clone(), main.title.clone()];
    if let Some(school) = &sheet.school {
        meta.push(school.clone());
    }
    if let Some(code) = &sheet.code {
        meta.push(both(&|| t!("sheet-code", code = code.as_str())));
    }
    writeln!(out, "<p class=\"meta\">{}</p>", esc(&meta.join(" · ")))?;
    writeln!(
        out,
        "<p>{}: <span class=\"fill\"> </span> {}: <span class=\"fill\"> </span></p>",
        esc(&both(&|| t!("sheet-name"))),
        esc(&both(&|| t!("sheet-date")))
    )?;
    writeln!(out, "<p>{}</p>", esc(&t!("sheet-intro")))?;
    if sheet.bilingual {
        let theirs = crate::i18n::scoped(other, || t!("sheet-intro"));
        writeln!(
            out,
            "<p class=\"alt\" lang=\"{}\">{}</p>",
            other.code(),
            esc(&theirs)
        )?;
    }
    let picked = |i: &usize| sheet.indicators.binary_search(i).is_ok();
    let na = both(&|| t!("sheet-na"));
    let mut position = 0usize;
    for (s, standard) in main.standards.iter().enumerate() {
        let start = position;
        position += standard.indicators.len();
        if !(start..position).any(|i| picked(&i)) {
            continue;
        }
        writeln!(out, "<h2>{}</h2>", esc(&standard.title))?;
        let alt_standard = alt.as_ref().map(|a| &a.standards[s]);
        alt_line(out, &standard.title, alt_standard.map(|a| a.title.as_str()))?;
        for (k, indicator) in standard.indicators.iter().enumerate() {
            if !picked(&(start + k)) {
                continue;
            }
            let alt_indicator = alt_standard.map(|a| &a.indicators[k]);
            writeln!(out, "<div class=\"indicator\">")?;
            writeln!(
                out,
                "<h3>{} {}</h3>",
                esc(&indicator.id),
                esc(&indicator.text)
            )?;
            alt_line(out, &indicator.text, alt_indicator.map(|a| a.text.as_str()))?;
            writeln!(out, "<table><tbody>")?;
            for (n, level) in main.levels.iter().enumerate() {
                let descriptor = indicator.descriptors.get(n).cloned().flatten();
                let mut label = format!("{} {}", n + 1, level.label);
                let alt_label = alt.as_ref().map(|a| a.levels[n].label.clone());
                if let Some(l) = alt_label.filter(|l| *l != level.label) {
                    label = format!("{label} / {l}");
                }
                let mut what = esc(descriptor.as_deref().unwrap_or(""));
                if let Some(t) = alt_indicator
                    .and_then(|a| a.descriptors.get(n).cloned().flatten())
                    .filter(|t| Some(t) != descriptor.as_ref())
                {
                    write!(
                        what,
                        "<br/><span class=\"alt\" lang=\"{}\">{}</span>",
                        other.code(),
                        esc(&t)
                    )?;
                }
                writeln!(
                    out,
                    "<tr><td class=\"box\">{BOX}</td><td><b>{}</b></td><td>{what}</td></tr>",
                    esc(&label)
                )?;
            }
            writeln!(
                out,
                "<tr><td class=\"box\">{BOX}</td><td><b>{}</b></td><td></td></tr>",
                esc(&na)
            )?;
            writeln!(out, "</tbody></table>")?;
            writeln!(
                out,
                "<p>{}:</p><div class=\"line\"></div>",
                esc(&both(&|| t!("sheet-evidence")))
            )?;
            writeln!(out, "</div>")?;
        }
    }
    // The ballot: one row per indicator, one box per level, for a quick count or for
    // the recorder to type in as `ID=NUMBER`.
    writeln!(
        out,
        "<h2 class=\"ballot\">{}</h2>",
        esc(&both(&|| t!("sheet-ballot")))
    )?;
    writeln!(
        out,
        "<p>{}: <span class=\"fill\"> </span></p>",
        esc(&both(&|| t!("sheet-name")))
    )?;
    writeln!(out, "<p>{}</p>", esc(&t!("sheet-ballot-intro")))?;
    writeln!(out, "<table><thead><tr>")?;
    write!(out, "<th>{}</th>", esc(&both(&|| t!("sheet-indicator"))))?;
    for (n, level) in main.levels.iter().enumerate() {
        let label = match alt.as_ref().map(|a| a.levels[n].label.clone()) {
            Some(l) if l != level.label => format!("{} {} / {l}", n + 1, level.label),
            _ => format!("{} {}", n + 1, level.label),
        };
        write!(out, "<th>{}</th>", esc(&label))?;
    }
    writeln!(out, "<th>{}</th></tr></thead><tbody>", esc(&na))?;
    for (position, (_, indicator)) in main.indicators().enumerate() {
        if !picked(&position) {
            continue;
        }
        write!(out, "<tr><td><b>{}</b></td>", esc(&indicator.id))?;
        for _ in 0..=main.levels.len() {
            write!(out, "<td class=\"box\">{BOX}</td>")?;
        }
        writeln!(out, "</tr>")?;
    }
    writeln!(out, "</tbody></table>")?;
    if let Some(code) = &sheet.code {
        writeln!(
            out,
            "<p class=\"meta\">{}</p>",
            esc(&t!("sheet-enter-hint", code = code.as_str()))
        )?;
    }
    writeln!(out, "</body>")?;
    writeln!(out, "</html>")?;
    Ok(())
}
