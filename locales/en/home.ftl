# English: the home list, the new-assessment form, dialogs, the import prompt, the network screen.
# Ids are area-prefixed (`home-...`); every id here must exist in the other language too.


## The home list
home-nothing-to-restore = Nothing to bring back
home-restored = Brought back the deleted assessment
home-path-first = type a path first
home-exported = Exported to { $path }
home-imported-skipped = { $count ->
    [one] { " " }({ $count } skipped: not a regular file, or a link to a folder)
   *[other] { " " }({ $count } skipped: not a regular file, or a link to a folder)
}
home-imported = Imported { $counts }{ $skipped }
home-col-school = School
home-col-district = District
home-col-date = Date
home-col-rubric = Rubric
home-col-rated = Rated
home-col-standards-wide = Standards fully implemented
home-col-standards = Standards full
home-list-title = Assessments ({ $shown } of { $total })
home-filter = Filter:
home-filter-none = no assessment matches
home-welcome-title = Getting started
home-welcome = Welcome to Touchstone.
home-welcome-1 = There are no assessments in this database yet. An assessment walks a school's
home-welcome-2 = team through a standards rubric, one indicator at a time, and works out how
home-welcome-3 = many standards are fully implemented.
home-welcome-new = start a new assessment (school, rubric, date, team)
home-welcome-import = import TOML files exported by Touchstone elsewhere
home-welcome-help = every key, on any screen
home-welcome-rubrics = Rubrics you can assess against:
home-welcome-database = Database: { $path }

## The new-assessment form
home-new-title = New assessment
home-new-school = School
home-new-district = District
home-new-rubric = Rubric
home-new-date = Date
home-new-team = Team
home-new-facilitator = Facilitator
home-new-school-hint = required; Ctrl-F takes the suggestion
home-new-district-hint = optional: district or network
home-new-rubric-hint = ←/→ to choose
home-new-date-hint = YYYY-MM-DD
home-new-team-hint = names, separated by commas
home-new-facilitator-hint = optional: the coach or lead
home-new-rubric-missing = The settings' rubric { $rubric } is not installed (see touchstone rubrics); choose one with ←/→
home-new-cancelled = No assessment created
home-new-created = Assessment created — rate with the number keys
home-new-choose-rubric = choose a rubric

## Dialogs and the import/export prompt
home-delete-title = Delete?
home-delete-question = Delete the assessment of { $label }?
home-delete-why = It leaves the list; its ratings and history stay in the database, and { $key } brings it back.
home-delete-yes = delete
home-delete-no = keep it
home-replace-title = Replace?
home-replace-question = { $path } already exists. Replace it?
home-replace-why = Its contents will be lost; the new file keeps its permissions.
home-replace-yes = replace it
home-replace-no = choose another name
home-submit-title = Submit?
home-submit-question = Submit this assessment?
home-submit-question-unrated = { $count ->
    [one] Submit with { $count } indicator unrated?
   *[other] Submit with { $count } indicators unrated?
}
home-submit-why-all-rated = Every indicator is rated. Once submitted it counts in the network's figures and is read-only until reopened ({ $key }).
home-submit-why-unrated = Still unrated: { $ids }{ $more }. Once submitted it counts in the network's figures and is read-only until reopened ({ $key }).
home-submit-more = { " " }and { $count } more
home-submit-yes = submit
home-submit-no = keep it a draft
home-leave-title = Next segment?
home-leave-question = { $count ->
    [one] { $count } indicator of this segment have no consensus yet. Move on anyway?
   *[other] { $count } indicators of this segment have no consensus yet. Move on anyway?
}
home-leave-why = The agenda marks the segment partly done; < comes back to it.
home-leave-yes = move on
home-leave-no = stay
home-end-title = End the session?
home-end-question = End the session for everyone?
home-end-why = Votes, decisions and times are kept with the assessment.
home-end-yes = end it
home-end-no = keep going
home-discard-title = Discard changes?
home-discard-question = Close the editor without saving?
home-discard-why = What you typed since opening it is lost; { $key } goes back to it, and Ctrl-S saves it.
home-discard-yes = lose it
home-discard-no = keep editing
home-export-title = Export to a TOML file
home-export-help = File to write (relative paths start where Touchstone started):
home-import-title = Import TOML files
home-import-help = A file or folder of exports; all are checked before any is saved:
home-name-title = Your name
home-name-help = Touchstone records who makes each change (history, minutes), and this computer gives no name. Type yours once; it is kept in the settings file as name. Enter saves it, Esc asks again next time.
home-name-set = Changes are recorded as { $name }.
home-name-saved = Changes are recorded as { $name } (saved in the settings file).
home-name-first = Type your name first (Esc to skip for now).

## The network screen
home-network-title = Network
home-network-empty = No assessments yet, so there is no network to show. Press { $key } to go back.
home-network-sort-standards = standards fully implemented, lowest first
home-network-sort-school = school
home-network-sort-district = district
home-network-sort-date = date, newest first
home-network-sorted = Sorted by { $sort }
home-network-community = Community schools: { $count } of { $assessed } assessed ({ $new } new, { $sustained } sustained) · { $incomplete } incomplete
home-network-fully = Fully implementing: { $community } of community · { $assessed } of all assessed
home-network-impact = Equitable impact: { $share } of community with data · { $missing } without enough data
home-network-rule = Rule: { $rule }
home-network-rubric-title = Network · { $rubric } · ←/→ rubric
home-network-col-school = School
home-network-col-district = District
home-network-col-date = Date
home-network-col-standards = Standards full
home-network-col-baseline = Baseline
home-network-met = met
home-network-not-met = not met
home-network-incomplete = (incomplete)
home-network-drafts = { $count ->
    [one] , { $count } draft in progress not counted
   *[other] , { $count } drafts in progress not counted
}
home-network-submitted = { $count } submitted{ $drafts }
home-network-submitted-filtered = { $shown } of { $total } submitted · filter: { $filter }
home-network-schools-title = Schools ({ $shown }) · sorted by { $sort } · { $sort_back } { $sort_next } sort · Enter opens
