# English: command-line output and --help.
# Ids are area-prefixed (`cli-...`); every id here must exist in the other language too.


## --help: generated from the doc comments in src/cli/args.rs; the test in src/cli/help.rs keeps them equal.
cli-help-heading-usage = Usage:
cli-help-heading-options = Options
cli-help-heading-arguments = Arguments
cli-help-heading-commands = Commands
cli-help-flag-help = Print help
cli-help-flag-version = Print version
cli-help-touchstone = Self-assessment against the community school standards
cli-help-touchstone--long =
    Touchstone walks a community school team through a standards rubric, stores every rating locally in SQLite, and computes the share of standards — and of schools — that are fully implemented.

    Assessment IDs may be shortened to any unique prefix of at least 4 characters.

    The options below apply to every command (`touchstone --db FILE list`).
cli-help-touchstone--after =
    Examples:
    {"  "}touchstone                                   open the screens
    {"  "}touchstone demo                              a made-up network to try it on
    {"  "}touchstone list
    {"  "}touchstone --db team.db report 0190abcd --format md -o report.md
    {"  "}touchstone completions bash > ~/.local/share/bash-completion/completions/touchstone
cli-help-touchstone-db = The database file [default: `database` in the settings file, else the platform data folder, see `touchstone rubrics`]
cli-help-touchstone-standards = An extra folder of rubric files (repeatable); the user standards folder is always read
cli-help-touchstone-theme = Colours of the screens [default: monochrome when NO_COLOR is set]
cli-help-touchstone-ascii = Draw the screens with plain ASCII, for terminals without Unicode
cli-help-touchstone-plain = Plain mode: line by line, for screen readers and scripts (no cursor movement, boxes or colour)
cli-help-touchstone-lang = The language of the screens and messages [default: TOUCHSTONE_LANG, the settings file, then LC_ALL/LC_MESSAGES/LANG]
cli-help-rubrics = List the rubrics (bundled and user) and where user rubrics go
cli-help-rubric = Check or print rubric files
cli-help-rubric-check = Validate rubric and rubric translation files; every problem is reported as FILE:LINE:COL
cli-help-rubric-check-files = Rubric files and rubric translation files (TOML)
cli-help-rubric-show = Print a rubric: levels, standards, indicators, guidance and descriptors
cli-help-rubric-show-id = The rubric's id (see `touchstone rubrics`)
cli-help-new = Start a new assessment and print its id
cli-help-new--after =
    Examples:
    {"  "}touchstone new --school "Lincoln Elementary" --rubric cs-site-2017
    {"  "}touchstone new --school Adams --district North --rubric cs-site-2017 --date 2026-09-15 --team "Ana,Raj"
cli-help-new-school = The school's name
cli-help-new-rubric = The rubric id (see `touchstone rubrics`); its highest version is used [default: `rubric` in the settings file]
cli-help-new-rubric-version = An older version of the rubric instead of the highest (to compare with earlier assessments on it)
cli-help-new-district = The school's district or network
cli-help-new-date = The assessment date, YYYY-MM-DD [default: today]
cli-help-new-team = Team members, comma separated
cli-help-new-facilitator = Who facilitates [default: `facilitator` in the settings file]
cli-help-assess = Open the screens on one assessment
cli-help-assess-id = The assessment: its id or a unique prefix of at least 4 characters (see `touchstone list`)
cli-help-list = List assessments with completion and % of standards fully implemented
cli-help-list--after =
    Examples:
    {"  "}touchstone list
    {"  "}touchstone list --json | jq '.[] | select(.unrated > 0) | .school'
cli-help-list-json = Print JSON instead of a table
cli-help-rate = Record a rating: LEVEL is a level key, its 1-based number, or na
cli-help-rate--after =
    Examples:
    {"  "}touchstone rate 0190abcd cl-1 developing
    {"  "}touchstone rate 0190abcd cl-2 3 --note "Agendas are shared a week ahead"
    {"  "}touchstone rate 0190abcd fe-4 na
cli-help-rate-id = The assessment: its id or a unique prefix of at least 4 characters (see `touchstone list`)
cli-help-rate-indicator = The indicator's id (see `touchstone rubric show RUBRIC`)
cli-help-rate-level = A level key (e.g. developing), its number from 1, or na
cli-help-rate-note = Set the indicator's note too
cli-help-report = Print a report of one assessment
cli-help-report--after =
    Examples:
    {"  "}touchstone report 0190abcd
    {"  "}touchstone report 0190abcd --format md -o lincoln.md
    {"  "}touchstone report 0190abcd --format html -o lincoln.html --force
cli-help-report-id = The assessment: its id or a unique prefix of at least 4 characters (see `touchstone list`)
cli-help-report-format = What to write
cli-help-report-output = Write to this file instead of standard output
cli-help-report-force = Replace the output file if it exists (its permissions are kept)
cli-help-submit = Submit an assessment: it then counts in the network's figures and is read-only until reopened
cli-help-submit--after =
    Examples:
    {"  "}touchstone submit 0190abcd --by "Ana Ruiz,Ben Okafor"
cli-help-submit-id = The assessment: its id or a unique prefix of at least 4 characters (see `touchstone list`)
cli-help-submit-by = Who submits it, comma-separated [default: you]
cli-help-reopen = Make a submitted assessment a draft again, to change it (logged)
cli-help-reopen-id = The assessment: its id or a unique prefix of at least 4 characters (see `touchstone list`)
cli-help-export = Write an assessment as TOML (the exchange format)
cli-help-export--after =
    Examples:
    {"  "}touchstone export 0190abcd -o lincoln-2026.toml
    {"  "}touchstone export 0190abcd > lincoln-2026.toml
cli-help-export-id = The assessment: its id or a unique prefix of at least 4 characters (see `touchstone list`)
cli-help-export-output = Write to this file instead of standard output
cli-help-export-force = Replace the output file if it exists (its permissions are kept)
cli-help-import = Import exported assessments (files or folders); all are checked before any is written
cli-help-import--after =
    Examples:
    {"  "}touchstone import lincoln-2026.toml
    {"  "}touchstone import exports/                 every .toml file in the folder and below
    {"  "}touchstone import --replace lincoln-2026.toml
cli-help-import-files = Exported TOML files, or folders searched for them
cli-help-import-replace = Overwrite assessments whose id exists with other content
cli-help-session = Coaching sessions: plans, start (facilitator), join (participant), minutes
cli-help-session-plans = List session plans (bundled and user) and where user plans go
cli-help-session-show = Print a plan in full: pre-work, roles, materials, access, voting without a device, glossary and the agenda with its prompts
cli-help-session-show-plan = The plan id (see `touchstone session plans`)
cli-help-session-check = Validate session plan files; every problem is reported as FILE:LINE:COL
cli-help-session-check-files = Session plan files (TOML)
cli-help-session-start = Start a session on an assessment and open the facilitator's screen
cli-help-session-start--after =
    Examples:
    {"  "}touchstone session plans
    {"  "}touchstone session start baseline-check --assessment 0190abcd
cli-help-session-start-plan = The plan id (see `touchstone session plans`)
cli-help-session-start-assessment = The assessment to work on (id or prefix)
cli-help-session-start-open-voting = The team agreed that votes are not private: the minutes may then name who voted what (`session minutes --named`)
cli-help-session-resume = Reopen the facilitator's screen on a running session (after a closed terminal)
cli-help-session-resume-code = The join code (or the session's id)
cli-help-session-join = Join a running session as a participant
cli-help-session-join-code = The join code the facilitator's screen shows
cli-help-session-join-name = Your name as others see it [default: your user name]
cli-help-session-watch = Follow a session read-only on its wall screen (for the projector); waits on the list until one is running, and goes back to it when the session ends
cli-help-session-watch-code = The join code (or the session's id), or an assessment's id to follow its sessions [default: any running session]
cli-help-session-prerate = Silent pre-rating: members rate alone before the meeting, and the plan's `only = "disagreement"` segments bring up only where they disagree
cli-help-session-prerate-open = Open a session for pre-rating and print the code members rate with
cli-help-session-prerate-open--after =
    Examples:
    {"  "}touchstone session prerate open --assessment 0190abcd
    {"  "}touchstone session prerate rate K7MPQ2 --name Ana cl-1 2
    {"  "}touchstone session prerate close K7MPQ2 --record-agreed
    {"  "}touchstone session resume K7MPQ2
cli-help-session-prerate-open-assessment = The assessment to pre-rate (id or prefix)
cli-help-session-prerate-open-plan = The plan the room will follow once pre-rating closes
cli-help-session-prerate-open-open-voting = The team agreed that votes are not private (see `session start`)
cli-help-session-prerate-rate = Record (or change) your pre-rating of one indicator; nobody else sees it before the reveal
cli-help-session-prerate-rate-code = The pre-rating code
cli-help-session-prerate-rate-indicator = The indicator's id (see `touchstone rubric show RUBRIC`)
cli-help-session-prerate-rate-level = A level key (e.g. developing), its number from 1, or na
cli-help-session-prerate-rate-name = Your name as others see it [default: your user name]
cli-help-session-prerate-rate-comment = The evidence behind it
cli-help-session-prerate-mine = Your own pre-ratings so far
cli-help-session-prerate-mine-code = The pre-rating code
cli-help-session-prerate-mine-name = Your name [default: your user name]
cli-help-session-prerate-status = Who has pre-rated how many indicators (never their levels)
cli-help-session-prerate-status-code = The pre-rating code
cli-help-session-prerate-close = Close pre-rating: the session is then run with `session resume CODE`
cli-help-session-prerate-close-code = The pre-rating code
cli-help-session-prerate-close-record-agreed = Record the level the pre-ratings agree on for every indicator that agrees
cli-help-session-sheet = Print a pre-rating sheet and a ballot to fill in by hand (printable HTML)
cli-help-session-sheet--after =
    Examples:
    {"  "}touchstone session sheet baseline-check -o sheet.html
    {"  "}touchstone --lang es session sheet K7MPQ2 --bilingual -o hoja.html
cli-help-session-sheet-plan-or-code = A plan id (its rubric's newest version) or a pre-rating code (its assessment, school and code)
cli-help-session-sheet-bilingual = Every rubric text in English and Spanish, the reader's language first
cli-help-session-sheet-output = Write to this file instead of standard output
cli-help-session-sheet-force = Replace the output file if it exists (its permissions are kept)
cli-help-session-prerate-enter = Enter a member's whole paper sheet at once, or a stack of sheets from a CSV file: every rating is checked first, and nothing is written unless all are right
cli-help-session-prerate-enter--after =
    Examples:
    {"  "}touchstone session prerate enter K7MPQ2 --name Ana "cl-1=3 cl-2=na pl-1=emerging"
    {"  "}touchstone session prerate enter K7MPQ2 --name Bo cl-1=2 cl-2=2
    {"  "}touchstone session prerate enter K7MPQ2 --csv sheets.csv   (columns: name, indicator, level, comment)
cli-help-session-prerate-enter-code = The pre-rating code
cli-help-session-prerate-enter-pairs = INDICATOR=LEVEL pairs, separated by spaces (LEVEL: its number from 1, its key, or na)
cli-help-session-prerate-enter-name = The member whose sheet it is
cli-help-session-prerate-enter-csv = A stack of sheets: a CSV file with the columns name, indicator, level, comment
cli-help-session-list = Running sessions, newest first, with their join codes
cli-help-session-list-all = Ended and imported sessions too
cli-help-session-minutes = Write a session's minutes (agenda, votes, decisions, steps) as Markdown
cli-help-session-minutes-session = The session's join code or id
cli-help-session-minutes-output = Write to this file instead of standard output
cli-help-session-minutes-force = Replace the output file if it exists (its permissions are kept)
cli-help-session-minutes-named = Name who voted what; only for a session whose team agreed to open voting
cli-help-rollup = Network figures: % of schools fully implementing, overall and per standard
cli-help-rollup--after =
    Examples:
    {"  "}touchstone rollup
    {"  "}touchstone rollup --by district --as-of 2026-06-30
    {"  "}touchstone rollup --trend year --format csv > trend.csv
    {"  "}touchstone rollup exports/ --include-db
    {"  "}touchstone rollup --standard-threshold 80% --school-threshold 0.9   # what if
cli-help-rollup-rubric = The rubric id to roll up [default: the only one in use]
cli-help-rollup-paths = Exported TOML files or folders (searched recursively) instead of the database
cli-help-rollup-include-db = With PATHs: count the database's assessments too
cli-help-rollup-by = Figures per district as well
cli-help-rollup-as-of = Only assessments dated on or before this day (YYYY-MM-DD)
cli-help-rollup-trend = The network figures at the end of each year or quarter
cli-help-rollup-json = Print JSON (same as --format json)
cli-help-rollup-format = text, json, csv or html (the board report)
cli-help-rollup-standard-threshold = What if: a standard counts as fully implemented at this share of its applicable indicators at the full level (0.8 or 80%); the output is labelled "what if"
cli-help-rollup-school-threshold = What if: a school counts as fully implementing at this share of its applicable standards (0.8 or 80%); the output is labelled "what if"
cli-help-rollup-include-drafts = Count each school's latest assessment even if it is a draft (by default, its latest submitted one)
cli-help-demo = Fill a separate demo database with a made-up network, to try Touchstone
cli-help-demo--after =
    Examples:
    {"  "}touchstone demo
    {"  "}touchstone --db /tmp/try.db demo --schools 200 --seed 7
cli-help-demo-schools = How many schools
cli-help-demo-seed = The same seed makes the same network
cli-help-demo-add = Add to a database that already has assessments (only with --db)
cli-help-history = Each assessment of one school over time, with its figures and ids
cli-help-history--after =
    Examples:
    {"  "}touchstone history --school "Lincoln Elementary"
    {"  "}touchstone history --school linc            any case; a unique beginning is enough
    {"  "}touchstone history --school adams --district north --json
cli-help-history-school = The school's name, in any case, or the beginning of one school's name
cli-help-history-district = The school's district, when names repeat across districts
cli-help-history-json = Print JSON
cli-help-serve = Serve the screens over SSH: the team joins with `ssh -p 2222 NAME@HOST`
cli-help-serve-listen = Address and port to listen on (0.0.0.0:2222 for every network interface)
cli-help-serve-authorized-keys = Let in the public keys of this OpenSSH authorized_keys file
cli-help-serve-passcode = Let in whoever types a passcode made now and printed here (password or keyboard-interactive)
cli-help-serve-viewer-passcode = Also make a second passcode that only ever gets the read-only view (for the wall screen)
cli-help-serve-passcode-hours = How long the passcodes work, in hours
cli-help-serve-max-connections = Most logged-in connections at once; more are told the server is full
cli-help-serve-max-startups = Connections at once that have not logged in yet: N (more are dropped), or START:RATE:FULL (from START on, RATE% of new ones are dropped at random, growing to all at FULL; OpenSSH's MaxStartups)
cli-help-serve-per-source-max-startups = Connections at once from one address (an IPv6 /64) that have not logged in yet; more from it are dropped (OpenSSH's PerSourceMaxStartups)
cli-help-serve-login-grace = Seconds a connection has to log in and start the screens before it is cut (OpenSSH's LoginGraceTime)
cli-help-serve-idle-timeout = Disconnect after this many seconds without a key press
cli-help-serve-host-key = The host key file, made on first start [default: ssh_host_ed25519_key in the data folder]
cli-help-settings = Show where the settings file is and check it (`settings path`, `settings check`)
cli-help-settings-path = Print the settings file's path (it may not exist yet)
cli-help-settings-check = Check the settings file; every problem is reported as FILE:LINE:COL
cli-help-compare = Changes between two assessments, per standard and per indicator
cli-help-compare--after =
    Examples:
    {"  "}touchstone history --school lincoln         shows the ids to compare
    {"  "}touchstone compare 0190abcd 01a2ef01
cli-help-compare-a = The earlier assessment (id or unique prefix)
cli-help-compare-b = The later assessment (id or unique prefix)
cli-help-compare-json = Print JSON
cli-help-db = Check the database: recount every assessment's stored figures from its ratings
cli-help-db-check = Recount every assessment's figures from its ratings and report any that differ (exit 1); with --repair, rebuild them (exit 0)
cli-help-db-check--after =
    Examples:
    {"  "}touchstone db check
    {"  "}touchstone db check --repair
cli-help-db-check-repair = Rebuild the figures that differ from the recount
cli-help-completions = Print a shell's completion script (install steps: see the README)
cli-help-completions--after =
    Examples:
    {"  "}touchstone completions bash > ~/.local/share/bash-completion/completions/touchstone
    {"  "}touchstone completions zsh > ~/.zfunc/_touchstone
    {"  "}touchstone completions fish > ~/.config/fish/completions/touchstone.fish
cli-help-completions-shell = The shell to complete for
cli-help-man = Print the manual page (roff), e.g. `touchstone man | man -l -`

## Messages and output of the commands.
cli-error = error: { $message }
cli-problems-found = error: { $count ->
    [one] { $count } problem
   *[other] { $count } problems
} found
cli-warning = warning: { $message }
cli-rubric-skipped = warning: { $problem } (rubric skipped)
cli-needs-terminal = the screens need a terminal; in scripts, use the commands (see `touchstone --help`) or plain mode (`touchstone --plain`)
cli-db-not-open = the database is not open
cli-demo-schools-zero = --schools must be at least 1
cli-demo-schools-too-many = --schools { $schools } would make a demo database of about { $size }; the most is { $max } schools (about { $max_size })
cli-demo-no-rubric = the bundled site rubric is missing
cli-demo-not-empty = { $path } already has assessments; demo data goes into an empty database (or pass --db PATH --add)
cli-demo-progress = { $written } of { $schools } schools written
cli-demo-made = Made { $schools ->
    [one] { $schools } school
   *[other] { $schools } schools
} with { $assessments ->
    [one] { $assessments } assessment
   *[other] { $assessments } assessments
} in { $path }
cli-demo-open = Open it: touchstone --db { $path }
cli-plain-not-yes-or-no = use 1, yes, on or true for plain mode; 0, no, off, false or nothing for the screens
cli-lang-variable-not-text = TOUCHSTONE_LANG is not UTF-8 text, so it is ignored; set it to en or es
cli-trend-clamped = some assessments are dated outside { $earliest } to { $latest }; the trend's periods stay within those dates (an earlier one counts from the first period, a later one in none)
cli-db-agree = The stored figures of every assessment agree with a recount of its ratings.
cli-db-differs-line = { $id } ({ $school }, { $date }): stored → recounted: { $what }
cli-db-rebuilt = Rebuilt the figures of { $count ->
    [one] { $count } assessment
   *[other] { $count } assessments
} from their ratings.
cli-db-differ = the stored figures of { $count ->
    [one] { $count } assessment
   *[other] { $count } assessments
} differ from a recount of the ratings; `touchstone db check --repair` rebuilds them
cli-rubrics-bundled = bundled
cli-rubrics-retired = {" "}(retired: use { $new })
cli-rubrics-line = { $standards } standards { $indicators } indicators
cli-rubrics-add-yours = Add your own rubrics to: { $path }
cli-rubrics-database = Database: { $path }
cli-rubric-check-ok = { $name }: ok — { $id } v{ $version }, { $standards ->
    [one] { $standards } standard
   *[other] { $standards } standards
}, { $indicators ->
    [one] { $indicators } indicator
   *[other] { $indicators } indicators
}
cli-rubric-levels = Levels
cli-rubric-full = {"  "}(full)
cli-rubric-scoring = Scoring: { $rule } Baseline level: { $level }.
cli-rubric-baseline = {"  "}[baseline]
cli-rubric-guidance = Guidance: { $text }
cli-unknown-rubric = no rubric { $id }; known rubrics: { $known } (see `touchstone rubrics`)
cli-settings-none = { $path }: no settings file; every setting has its default (the README's Settings section lists them)
cli-settings-valid = { $path }: valid
cli-man-failed = cannot render the man page: { $error }
cli-man-commands-note = Each command's options and examples: touchstone COMMAND --help.
cli-man-environment = ENVIRONMENT
cli-man-env-db = The database file, when --db does not name one (the settings' database comes after it).
cli-man-env-user = The name changes are recorded as (history, minutes) and the default session join name; it wins over the settings' facilitator and USER.
cli-man-env-system-user = The login name, used for the author of changes when neither TOUCHSTONE_USER nor the settings' facilitator gives one. Without any, the screens ask for a name once and keep it in the settings file.
cli-man-env-lang = The language, en or es; --lang wins over it, and it wins over the settings' language and the locale.
cli-man-env-locale = The locale; the first one set decides the language when nothing else does (es_MX.UTF-8 is Spanish).
cli-man-env-plain = Set to 1 for plain mode: line by line, for screen readers, no terminal control.
cli-man-env-no-color = Any value: the monochrome theme, unless --theme or the settings' theme says otherwise.
cli-man-env-xdg = Where the settings and the data folder are (on Linux); each defaults to the folder under the home folder shown in FILES.
cli-man-files = FILES
cli-man-file-settings = The settings file (touchstone settings path prints where it is; touchstone settings checks it).
cli-man-file-db = The default database (SQLite); every rating, note and session is kept here.
cli-man-file-data = The data folder: the default database and the SSH host key that touchstone serve makes on first start.
cli-man-file-standards = Your own rubric files (.toml); touchstone rubrics lists them with the bundled ones.
cli-man-file-sessions = Your own session plans (.toml); touchstone session plans lists them with the bundled ones.
cli-man-settings = SETTINGS
cli-man-settings-intro = Every key of the settings file is optional:
cli-man-setting-theme = The theme the screens start with: default, high-contrast or monochrome. T in the screens changes it and saves it here.
cli-man-setting-language = The language of the screens and messages: en or es. L in the screens switches it and saves it here.
cli-man-setting-rubric = The rubric touchstone new and the new-assessment form use without --rubric.
cli-man-setting-facilitator = The facilitator of new assessments, and the name changes are recorded as when TOUCHSTONE_USER is not set.
cli-man-setting-database = The database file, as an absolute path or a path starting with ~/.
cli-man-setting-keys = Key remaps, as action = "key" or action = ["key", "key"]; help and the footers show the remapped keys.
cli-man-keys = KEYS
cli-man-keys-intro = The keys of the screens, screen by screen (? shows them in the screens too):
cli-rubric-retired = rubric { $id } is retired (kept so that its assessments still load); use { $new } for new assessments
cli-rubric-no-version = rubric { $id } has no version { $version } (see touchstone rubrics)
cli-default-rubric-missing = the default rubric { $id } is not installed (see touchstone rubrics); fix the settings or pass --rubric
cli-say-which-rubric = say which rubric: --rubric ID (see touchstone rubrics), or set rubric in the settings file (touchstone settings)
cli-list-empty = No assessments yet. Start one with:
cli-list-id = ID
cli-list-school = School
cli-list-date = Date
cli-list-rubric = Rubric
cli-list-status = Status
cli-list-rated = Rated
cli-list-standards = Standards fully implemented
cli-not-an-indicator = { $indicator } is not an indicator of { $rubric } (see `touchstone rubric show { $rubric }`)
cli-not-an-indicator-did-you-mean = { $indicator } is not an indicator of { $rubric }: did you mean { $suggestion }?
cli-not-a-level = { $level } is not a level; use { $hint }
cli-rated = { $indicator }: { $before } → { $after } (saved)
cli-submitted = Submitted { $school } { $date }: it now counts in the network's figures and is read-only until reopened.
cli-still-unrated = Still unrated: { $count ->
    [one] { $count } indicator
   *[other] { $count } indicators
} ({ $ids })
cli-reopened = Reopened { $school } { $date }: a draft again, not counted in the network's figures until submitted.
cli-read-only = this assessment is submitted, so it is read-only; `touchstone reopen { $id }` makes it a draft again
cli-imported = imported { $counts }
cli-plan-skipped = warning: { $problem } (plan skipped)
cli-plans-line = { $minutes } min { $segments } segments
cli-plans-add-yours = Add your own plans to: { $path }
cli-unknown-plan = no session plan { $id }; known plans: { $known }
cli-plan-check-ok = { $name }: ok — { $id }, { $segments ->
    [one] { $segments } segment
   *[other] { $segments } segments
}, { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
}
cli-session-ended-see-minutes = session { $code } has ended; see its minutes with `touchstone session minutes { $code }`
cli-watch-waiting = No session is meeting yet: the wall opens by itself when one starts.
cli-session-started = Session started. Participants join with: touchstone session join { $code }
cli-name-needed = --name must be a plain, non-empty name
cli-session-ended = session { $code } has ended
cli-sessions-none = No sessions yet. Start one with: touchstone session start PLAN --assessment ID
cli-session-state-prerating = pre-rating open, code { $code }
cli-session-state-ended-code = ended, code { $code }
cli-session-state-ended = ended
cli-session-state-join = join code { $code }
cli-session-state-imported = imported
cli-sessions-others = { $count ->
    [one] { $count } ended or imported session
   *[other] { $count } ended or imported sessions
}: `touchstone session list --all` shows them
cli-session-record-missing = the session's record is missing
cli-named-private = --named: this session's votes are private (the team did not agree to open voting when it started); the minutes show tallies only
cli-prerate-opened =
    Pre-rating open on { $school } { $date }, code { $code }.
    Each member rates alone: touchstone session prerate rate { $code } --name NAME INDICATOR LEVEL
    Progress (names and counts only): touchstone session prerate status { $code }
    When the room meets: touchstone session prerate close { $code }, then touchstone session resume { $code }
cli-prerate-closed-already = pre-rating on session { $code } has closed; pre-ratings made before are kept
cli-prerate-close-again = pre-rating on session { $code } has closed already, so nothing was changed (its agreed levels, if recorded, were recorded when it closed)
cli-prerate-not-an-indicator = { $indicator } is not an indicator of rubric { $rubric } (see `touchstone rubric show { $rubric }`)
cli-prerated = Pre-rated { $indicator }: { $level } ({ $name }; nobody else sees it before the reveal).
cli-prerate-mine = { $name }: { $done } of { $total } indicators pre-rated
cli-prerate-mine-closed = { $name }: { $done } of { $total } indicators pre-rated (closed)
cli-prerate-status-open = Pre-rating open, code { $code }: { $members ->
    [one] { $members } member
   *[other] { $members } members
} so far.
cli-prerate-status-closed = Pre-rating closed, code { $code }: { $members ->
    [one] { $members } member
   *[other] { $members } members
} so far.
cli-prerate-member = {"  "}{ $name }: { $done } of { $total } indicators
cli-prerate-agreed-read-only = --record-agreed: this assessment is submitted, so it is read-only; reopen it first (`touchstone reopen ID`)
cli-prerate-close-summary = Pre-rating closed: { $members ->
    [one] { $members } member
   *[other] { $members } members
} pre-rated { $indicators ->
    [one] { $indicators } indicator
   *[other] { $indicators } indicators
}.
cli-prerate-agree = { $agree ->
    [one] { $agree } indicator agrees
   *[other] { $agree } indicators agree
}; { $disputed } to discuss: { $list }
cli-prerate-agree-recorded = { $agree ->
    [one] { $agree } indicator agrees (their agreed levels are recorded)
   *[other] { $agree } indicators agree (their agreed levels are recorded)
}; { $disputed } to discuss: { $list }
cli-prerate-none = none
cli-prerate-and-more = { $list }, and { $more } more
cli-prerate-run = Run the session with: touchstone session resume { $code }
cli-history-title = { $school }: { $count ->
    [one] { $count } assessment
   *[other] { $count } assessments
}, oldest first
cli-history-standards-full = Standards full
cli-history-indicators-full = Indicators full
cli-history-fully-baseline = Fully implementing · baseline
cli-yes = yes
cli-no = no
cli-baseline-met = met
cli-baseline-not-met = not met
cli-incomplete = {" "}(incomplete)
cli-rule-version = Rule ({ $version }): { $rule }
cli-no-school-starts = no school name starts with { $typed } (see `touchstone list`)
cli-school-could-be = { $typed } could be { $names }; type more of the name
cli-compare-rubrics-differ = the assessments use different rubrics ({ $a } and { $b }); compare assessments of one rubric
cli-compare-standards = Standards fully implemented: { $a } → { $b }
cli-compare-indicators = Indicators at the full level: { $a } → { $b }
cli-compare-now-full = {"  "}now fully implemented
cli-compare-no-longer-full = {"  "}no longer fully implemented
cli-compare-no-change = No indicator changed.
cli-compare-changed = Indicators that changed ({ $count }):
cli-rule = Rule: { $rule }
cli-rule-for = Rule for { $date }: { $rule }
cli-file-skipped = warning: { $problem } (file skipped)
cli-drafts-not-counted = note: { $count ->
    [one] { $count } draft
   *[other] { $count } drafts
} not counted: only submitted assessments count (--include-drafts counts them)
cli-progress-reading = reading
cli-progress-files = files
cli-rollup-nothing = no assessments to roll up; name a rubric with --rubric to see empty figures
cli-rollup-several = assessments of several rubrics ({ $ids }); choose one with --rubric
cli-what-if-label = WHAT IF: these figures use another rule than the rubric's own. { $rule }
cli-rollup-own-rule = The rubric's own rule: { $rule }
cli-rollup-schools = { $count ->
    [one] { $count } school
   *[other] { $count } schools
}, latest assessment each; { $incomplete } incomplete
cli-rollup-schools-as-of = { $count ->
    [one] { $count } school
   *[other] { $count } schools
}, latest assessment each as of { $date }; { $incomplete } incomplete
cli-rollup-fully = Schools fully implementing the standards: { $share }
cli-rollup-baseline = Schools meeting the baseline criteria:    { $share }
cli-rollup-standard = Standard
cli-rollup-fully-implemented = Fully implemented
cli-rollup-ratings = Ratings ({ $levels } / N/A / unrated)
cli-rollup-district = District
cli-rollup-period = Period
cli-rollup-network = Network
cli-rollup-district-years = % of schools fully implementing, by district and period:
cli-rollup-school-count = Schools
cli-rollup-fully-implementing = Fully implementing
cli-rollup-baseline-met = Baseline met
cli-rollup-skipped = { $count ->
    [one] { $count } file
   *[other] { $count } files
} skipped because they did not validate (listed above).
cli-share-not-a-share = it is not a share like 0.8 or 80%
cli-share-range = a share is from 0.001 (0.1%) to 1 (100%)
cli-cannot-write-stdout = cannot write to standard output: { $error }
cli-help-flag-help-command = Print this message or the help of the given subcommand(s)
cli-help-note-default = [default: { $value }]
cli-help-note-possible = [possible values: { $values }]
cli-help-note-env = [env: { $name }]
cli-rollup-no-district = (no district)
cli-rubric-check-translation-ok = { $name }: ok — { $lang } translation of { $id } v{ $version }, every id covered
cli-rubrics-translation-line = {"  "}translation { $lang }: { $title }  [{ $origin }]
cli-plan-check-translation-ok = { $name }: ok — { $plan } in { $language }, { $segments ->
    [one] { $segments } segment
   *[other] { $segments } segments
}
cli-sheet-no-rubric = plan { $plan } names no installed rubric, so it has no indicators to print; print the sheet for a session instead (`touchstone session sheet CODE`)
cli-sheet-unknown = { $what } is neither a session plan nor a session's code; plans: { $plans }
cli-enter-at = item { $n }, { $pair }: { $message }
cli-enter-not-a-pair = not INDICATOR=LEVEL (for example cl-1=3 or cl-2=na)
cli-enter-twice = { $indicator } is given twice on this sheet
cli-enter-nothing = { $count ->
    [one] nothing was entered: correct this problem and enter the whole sheet again
   *[other] nothing was entered: correct these { $count } problems and enter the whole sheet again
}
cli-entered = { $count ->
    [one] Entered 1 pre-rating for { $name } on { $code }.
   *[other] Entered { $count } pre-ratings for { $name } on { $code }.
}

## session prerate enter --csv: a stack of paper sheets from a spreadsheet
cli-csv-unclosed-quote = a quoted field is not closed
cli-csv-unknown-column = unknown column { $column }: the columns are name, indicator, level and comment
cli-csv-column-twice = the column { $column } is named twice
cli-csv-missing-column = the first line names no { $column } column (the columns are name, indicator, level and comment)
cli-csv-fields = this row has { $count } fields and the first line names { $expected } columns
cli-csv-not-planned = { $indicator } is not pre-rated in this session (plan { $plan }): only the indicators its rating segments bring up are
cli-csv-twice = { $name } rated { $indicator } twice in this file (first on line { $line })
cli-csv-empty = no ratings: the file needs a first line naming the columns, then one row per rating
cli-csv-entered = { $count ->
    [one] Entered 1 pre-rating
   *[other] Entered { $count } pre-ratings
} { $members ->
    [one] from 1 sheet
   *[other] from { $members } sheets
} on { $code }.
