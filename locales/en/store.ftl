# English: the database's messages (opening it, finding an assessment, checking its figures).
# Ids are area-prefixed (`store-...`); every id here must exist in the other language too.

## Opening the database

store-not-a-folder = { $folder } is not a folder, so { $path } cannot be created there; check --db or TOUCHSTONE_DB
store-no-folder = the folder { $folder } does not exist, so { $path } was not created; check --db or TOUCHSTONE_DB, or make the folder first
store-cannot-use-folder = cannot use the folder { $folder }: { $reason }
store-cannot-create-folder = cannot create the folder { $folder }: { $reason }
store-cannot-create = cannot create { $path }: { $reason }
store-foreign-database = { $path } is a SQLite database, but not a Touchstone one; choose another file with --db
store-newer-schema = { $path } was written by a newer Touchstone (schema { $version }; this one knows up to { $known }); it was left untouched — upgrade Touchstone to open it
store-bad-schema-version = { $path } has Touchstone's mark but schema version { $version }, which no Touchstone writes: it is damaged or another program's; it was left untouched — choose another file with --db
store-not-a-database = { $path } is not a Touchstone database: { $error }
store-damaged = { $path } is damaged: { $error }
store-cannot-open = cannot open { $path }: { $reason }
store-no-wal = the database could not switch to WAL mode (it is in { $mode } mode)
store-no-wal-files = SQLite cannot create its -wal and -shm files in the folder { $folder }: { $reason }
# Why a file or folder could not be used; $error is the system's own words.
store-not-permitted = not permitted; is the file or its folder immutable? ({ $error })
store-permission-denied = permission denied ({ $error })
store-read-only = read-only (a read-only file system, or an immutable file or folder) ({ $error })
store-disk-full = the disk is full ({ $error })
store-rubric-unreadable = a rubric stored in the database no longer reads: { $problem }

## Finding and reading an assessment

store-school-empty = the school is empty
# $prefix comes with its quotes.
store-prefix-too-short = { $prefix } is too short: give at least 4 characters of the id (see `touchstone list`)
store-no-id-starts-with = no assessment id starts with { $prefix } (see `touchstone list`)
store-no-id-starts-with-did-you-mean = no assessment id starts with { $prefix }: did you mean { $suggestion }? (see `touchstone list`)
store-prefix-ambiguous = { $prefix } matches several assessments ({ $ids }); give more characters
store-no-such-assessment = no assessment with id { $id }
# $what names the stored field (date, team, status, change time, …).
store-unreadable-field = assessment { $id }: stored { $what } is unreadable
store-evidence-too-many = not saved: { $indicator } would have { $count } evidence items, and one indicator holds at most { $max }; remove some, or put several in one item
store-evidence-unreadable = a stored evidence list is unreadable

## Importing into the database

store-session-running = assessment { $id } has a coaching session running (join code { $code }) that the file does not have; end the session before replacing the assessment
store-session-elsewhere = session { $session } belongs to assessment { $owner }; it cannot be imported into assessment { $id }
store-session-twice = session { $session } belongs to assessment { $owner }; it cannot be imported into assessment { $id } too

## The parts of one indicator an edit changes ("rating", "note and evidence")

store-part-rating = rating
store-part-note = note
store-part-evidence = evidence
store-part-nothing = nothing
store-parts-and = { $rest } and { $last }

## Joining a session

store-seat-taken = { $name } is already taking part in this session from another terminal; join under another name (if that terminal closed without leaving, the name is free again within { $seconds } seconds)

## `db check`: the stored figures against a recount (each "name old → new")

store-figure-indicators = indicators
store-figure-rated = rated
store-figure-at-full = at the full level
store-figure-applicable = applicable
store-figure-standards-full = standards fully implemented
store-figure-standards-applicable = applicable standards
store-figure-fully-implementing = fully implementing
store-figure-baseline-met = baseline met
store-yes = yes
store-no = no
store-no-figures = no figures stored
store-cannot-recount = assessment { $id } cannot be recounted: its stored rubric no longer reads: { $problem }
