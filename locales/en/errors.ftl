# English: error messages and file diagnostics.
# Ids are area-prefixed (`errors-...`); every id here must exist in the other language too.


## Any file: FILE:LINE:COL: then one of these

errors-not-utf8 = this file is not UTF-8 text (save it as UTF-8)
errors-cannot-read = cannot read: { $error }
errors-format-wrong = format is { $found }; this needs a file with format = "{ $format }"
errors-format-missing = missing `format = "{ $format }"` at the top
errors-format-version = format_version { $version } is not supported; this Touchstone reads version { $supported }
errors-more-problems = { $file }: … and { $count ->
    [one] { $count } more problem
   *[other] { $count } more problems
}

## Rubric files

errors-what-rubric-id = rubric id
errors-what-version = version
errors-what-title = title
errors-what-source = source
errors-what-level-key = level key
errors-what-level-label = level label
errors-what-level-description = level description
errors-what-standard-id = standard id
errors-what-indicator-id = indicator id
errors-what-indicator-text = indicator text
errors-what-guidance = guidance
errors-what-standard-title = standard title
errors-what-short-title = short title
errors-what-group = group
errors-what-summary = summary
errors-what-descriptor = descriptor
errors-id-chars = { $what } { $value } must be lowercase letters, digits and dashes ([a-z0-9-]+)
errors-text-empty = { $what } is empty
errors-text-refused = { $what } { $why }
errors-levels-count = a rubric has 2 to 7 levels; this one has { $count }
errors-level-na-reserved = level key "na" is reserved for not applicable
errors-level-twice = level key { $key } appears twice
errors-score-range = level score { $score } is out of range; scores are whole numbers from { $min } to { $max }
errors-score-order = level scores must increase from lowest to highest level; { $score } follows { $previous }
errors-full-count = exactly one level must be marked full = true; found { $count }
errors-threshold = { $name } is a share from 0.001 (0.1%) to 1; found { $value }
errors-floor-above = floor_level { $key } is above the full level; the floor is the lowest level a fully implemented standard may hold
errors-not-a-level = { $field } { $key } is not a level of this rubric ({ $known })
errors-no-standards = a rubric needs at least one standard
errors-id-twice = id { $id } is used twice
errors-short-twice = short title { $short } is used by two standards; each standard needs its own so narrow sidebars can tell them apart
errors-standard-empty = standard { $id } needs at least one indicator
errors-descriptor-unknown = descriptor for { $key }, which is not a level of this rubric
errors-rubric-twice-bundled = rubric { $id } version { $version } is already defined by a bundled rubric; raise `version` to replace it
errors-rubric-twice = rubric { $id } version { $version } is already defined by { $file }; raise `version` to replace it
errors-level-keys-hint = { $keys } (or 1-{ $count }), or { $na }

## Session plan files

errors-plan-rubric-missing = rubric { $rubric } is not installed (see `touchstone rubrics`)
errors-plan-id-chars = plan id { $id } must be lowercase letters, digits and dashes ([a-z0-9-]+)
errors-plan-other-rubric = this plan is written for rubric { $wanted }, not { $rubric }
errors-plan-consensus = consensus { $value } is not one of median, lowest, facilitator
errors-plan-no-segments = a plan needs at least one segment
errors-plan-kind = kind { $value } is not one of { $kinds }
errors-plan-minutes = minutes must be between 1 and 240; found { $minutes }
errors-plan-baseline-false = baseline = false covers nothing; leave it out
errors-plan-weakest = weakest must be between 1 and 20; found { $count }
errors-plan-quorum = quorum must be a whole number from { $least } to { $most } (one member's pre-rating never settles an indicator); found { $count }
errors-plan-per-indicator-range = minutes_per_indicator must be a whole number of minutes from 1 to 30; found { $minutes }
errors-plan-per-indicator-short = segment { $title } can bring up { $count } indicators: at the plan's { $per } minutes per indicator (minutes_per_indicator) it needs { $needed } minutes, not { $minutes } (a segment with only = "disagreement" counts half of its indicators)
errors-plan-covers-several = a segment covers one of standards, indicators, baseline or weakest, not several
errors-plan-rate-covers = a rate segment must say what it covers: standards, indicators, baseline = true or weakest = N
errors-plan-covers-wrong-kind = a { $kind } segment covers no indicators; only rate, discuss and plan segments do
errors-plan-only = only { $value } is not known; the one choice is "disagreement"
errors-plan-only-rate = only = "disagreement" belongs on a rate segment
errors-plan-total = the plan says { $stated } minutes but its segments add up to { $total }
errors-plan-empty-list = { $what } is an empty list; leave it out
errors-plan-role-twice = role { $role } appears twice
errors-plan-term-twice = term { $term } appears twice in the glossary
errors-plan-ids-empty = the list of { $what }s is empty
errors-plan-id-unknown = { $what } { $id } is not in the rubric
# A segment's `title`, where a message names the field.
errors-plan-segment-title = segment title

## The settings file

errors-settings-unknown = unknown setting { $key }; the settings are theme, language, rubric, facilitator, database and [keys]
errors-settings-quotes = { $key } must be text in quotes
errors-settings-theme = theme { $value } is not one of default, high-contrast, monochrome
errors-settings-language = language { $value } is not one Touchstone speaks: "en" (English) or "es" (Spanish)
errors-settings-no-home = database starts with ~/ but this system has no home folder
errors-settings-database = database { $value } must be an absolute path (or start with ~/ for the home folder)
errors-settings-keys-table = keys must be a table: a [keys] line, then lines like quit = "x"
errors-settings-key-quotes = a key is written in quotes, like "x"
errors-settings-a-key = a key

## Fields of a new assessment (the command line and the form)

errors-not-a-date = { $text } is not a date like 2026-11-22
errors-not-a-date-arg = it is not a date like 2026-11-22
errors-date-out-of-range = { $date } is outside the dates Touchstone takes, { $earliest } to { $latest } (one year from today); check the year
errors-field-required = { $field } is required
errors-field-empty = { $field } is empty
errors-field-school = School
errors-field-district = District
errors-field-date = Date
errors-field-team = Team
errors-field-facilitator = Facilitator

## The database

errors-disk-full = the disk is full; nothing was saved ({ $error })
errors-read-only = the database cannot be written (a read-only file, folder or file system); nothing was saved ({ $error })
errors-database = database: { $error }
errors-conflict = not saved: { $name } changed { $what } after it was read; read it again and retry
errors-conflict-at = not saved: { $name } changed { $what } at { $at }, after it was read; read it again and retry
errors-conflict-plan = the action plan
errors-conflict-an-import = an import

## Translation files

errors-translation-twice = the { $lang } translation of rubric { $rubric } version { $version } is already given by { $whose }
errors-translation-bundled = a bundled translation

## Rubric translation files (touchstone-rubric-translation): FILE:LINE:COL: then one of these.
## $field is a TOML key as the file spells it (label, title, guidance…); $kind is level, standard or indicator.

errors-rt-language = language { $code } is not one Touchstone speaks; use one of: { $known }
errors-rt-own-language = language { $code } is the rubric's own language (rubrics are written in English); a translation is into another one: { $known }
errors-rt-no-rubric = no rubric { $rubric } is known to translate (see `touchstone rubrics`)
errors-rt-no-version = rubric { $rubric } has no version { $version }; known versions: { $known }
errors-rt-level-field = level { $key } { $field }
errors-rt-standard-field = standard { $id } { $field }
errors-rt-indicator-field = indicator { $id } { $field }
errors-rt-descriptor-field = indicator { $id } descriptor for { $key }
errors-rt-missing = { $what } is missing (the rubric has one)
errors-rt-extra = { $what } is extra: the rubric has none to translate
errors-rt-missing-id = missing { $kind } { $id }: add [{ $table }.{ $key }]
errors-rt-missing-id-after = missing { $kind } { $id } (it comes after { $next }): add [{ $table }.{ $key }]
errors-rt-missing-id-before = missing { $kind } { $id } (it comes before { $next }): add [{ $table }.{ $key }]
errors-rt-extra-id = extra { $kind } { $id }: the rubric has no { $kind } with this id
errors-rt-extra-descriptor = extra descriptor { $key } for indicator { $id }: the rubric has none for this level
errors-rt-missing-descriptor = indicator { $id } is missing its descriptor for { $key }

## Session plan translation files (touchstone-session-translation): FILE:LINE:COL: then one of these.
## $what is a TOML key as the file spells it (title, prework, prompts…); $kind is a segment kind (rate, discuss…).

errors-pt-language = language { $code } is not one Touchstone speaks ({ $known })
errors-pt-language-name = language { $code } does not match the file name, which says { $named }
errors-pt-no-plan = plan { $plan } is not installed (see `touchstone session plans`)
errors-pt-missing = { $what } is missing: the plan has one to translate
errors-pt-extra = { $what } is extra: the plan has none; leave it out
errors-pt-items-missing = { $what } is missing: the plan has { $count } to translate
errors-pt-items-short = { $what }: the plan has { $count }, this translation { $found }
errors-pt-item-extra = { $what }: this item is extra; the plan has { $count }
errors-pt-segments-missing = segments are missing: the plan has { $count } to translate
errors-pt-segment-missing = segment { $number } ({ $kind } segment { $title }) is missing
errors-pt-segment-extra = segment { $number } is extra: the plan has { $count }
errors-pt-segment-kind = segment { $number } of the plan is a { $kind } segment ({ $title }), not { $found }
