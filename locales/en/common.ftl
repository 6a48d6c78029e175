# English: words used on many screens and in many outputs (levels, counts, yes/no, dates).
# Ids are area-prefixed (`common-...`); every id here must exist in the other language too.

# The language's own name, shown where the language is chosen.
common-language-name = English
common-language-switched = Language: English
common-schools = { $count ->
    [one] { $count } school
   *[other] { $count } schools
}

## The language key (L): said in the new language
common-language-saved = Language: English (saved)
common-language-not-saved = Language: English — not saved: { $error }

## The theme key (T) and the themes' names
common-theme-default = default
common-theme-high-contrast = high contrast
common-theme-monochrome = monochrome
common-theme-switched = Theme: { $theme }
common-theme-saved = Theme: { $theme } (saved)
common-theme-not-saved = Theme: { $theme } — not saved: { $error }

## Saving a setting from the screens; $setting is one of these
common-setting-theme = the theme
common-setting-name = your name
common-setting-language = the language
common-setting-not-saved = { $problem } ({ $setting } was not saved)
common-setting-is-a-table = { $key } in { $file } is a table, not text; { $setting } was not saved
common-setting-read-only = { $file } is read-only; { $setting } was not saved (it holds until you quit)
common-setting-broken-link = { $file } is a link to { $target }, which does not exist; { $setting } was not saved

## The title bar
common-bar-home = Touchstone · community school self-assessment
common-bar-new = Touchstone · new assessment
common-bar-network = Touchstone · network
common-bar-session = Session { $code } · { $school } · { $plan }
common-bar-session-ended = (ended)
common-bar-watch = Watching session { $code } · { $school }
# $help is the help key, as the settings' [keys] table may have remapped it.
common-bar-right = theme: { $theme } · { $help } help

## A window smaller than the screens need
common-too-small = Touchstone needs a window of at least { $min_width }×{ $min_height }; this one is { $width }×{ $height }.
common-too-small-what-to-do = Make the window larger (or the font smaller). Press Ctrl-C to quit.

## Status lines; $key and $help are keys as the settings' [keys] table names them
common-unbound-key = { $key } does nothing here — { $help } for keys
common-read-only = This is a read-only view: ↑/↓ move, { $summary } summary, { $network } network, { $help } help, { $quit } quit
common-updated-elsewhere = Updated with changes from another session
common-deleted = Deleted { $label } — press { $key } to bring it back
common-nothing-deleted = Nothing deleted
common-nothing-written = Nothing written; type another file name, or Esc
common-session-ended = Session ended; its minutes: touchstone session minutes { $code }
common-closed-unsaved = Closed without saving
common-still-editing = Still editing: Ctrl-S saves
common-session-goes-on = The session goes on
common-submitted = Submitted: it now counts in the network's figures; { $key } reopens it
common-not-submitted = Not submitted; still a draft
common-still-in-segment = Still in this segment
common-dialog-screen-gone = Nothing done: the screen that asked has closed
common-no-plan-matches = No plan matches the filter
common-prerating-open = Pre-rating open, code { $code }: members join with it (session join { $code }, or { $code }.NAME@ over SSH); close it with session prerate close { $code }
common-session-started = Session started: participants join with code { $code }

## Why text was refused (follows the field's name: "School name is longer than 200 characters")
common-text-control = contains the control character U+{ $code }
common-text-direction = contains U+{ $code }, which changes the direction text is shown in
common-text-line-break = must be one line (no line breaks or tabs)
common-text-too-long = is longer than { $max } characters
common-text-invisible = has no visible characters
common-text-not-normal = { $what } has surrounding spaces or CR line breaks; it must be stored trimmed, with \n line breaks

## The terminal could not be used (set up, drawn on or read)
common-terminal-error = terminal: { $error }
common-unrated = Unrated
# Shown under the title of a rubric (rubric show, reports) read in a language it has no translation into; $language is that language's own name.
common-rubric-untranslated = This rubric ({ $id } v{ $version }) has no translation into { $language }: its text is shown as written.
