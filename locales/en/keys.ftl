# English: the key map: help lines, footer words and context titles.
# Ids are area-prefixed (`keys-...`); every id here must exist in the other language too.
# The key map (src/tui/keymap.rs) names these ids row by row: `keys-<where>-<action>`
# for a help line, `keys-footer-<word>` for a footer word, `keys-title-<where>` for the
# heading of a section of help.

## Where keys are read: the headings of help
keys-title-global = Everywhere
keys-title-home = Assessments
keys-title-filter = Filtering
keys-title-new = New assessment
keys-title-assess = Assessing
keys-title-review = Review
keys-title-summary = Summary
keys-title-actions = Action steps
keys-title-step = Action step form
keys-title-editor = Note and evidence editor
keys-title-details = Indicator details
keys-title-conflict = Someone else changed it too
keys-title-history = History of the indicator
keys-title-prompt = File prompt
keys-title-confirm = Confirmation
keys-title-help = Help
keys-title-facilitate = Facilitating a session
keys-title-participate = Taking part in a session
keys-title-comment = Comment on your vote
keys-title-choose = Choosing a session plan
keys-title-network = Network
keys-title-watch = Watching a session (the wall screen)

## Help lines, by where they apply## Global
keys-global-help = show this help
keys-global-quit = quit Touchstone
keys-global-cycle-theme = switch theme (default, high contrast, monochrome)
keys-global-switch-language = switch language (English, Español)

## Home
keys-home-up = previous assessment
keys-home-down = next assessment
keys-home-top = first assessment
keys-home-bottom = last assessment
keys-home-select = open the assessment
keys-home-new-assessment = add an assessment (a new one)
keys-home-filter = filter by school, district, date or rubric
keys-home-summary = summary of the assessment
keys-home-export = export the assessment to a TOML file
keys-home-import = import TOML files
keys-home-delete = delete the assessment (asks first)
keys-home-restore-deleted = undo the last delete: the assessment comes back
keys-home-network = the network: every school's latest figures
keys-home-quit = quit
keys-home-cancel = clear the filter (with none: quit)

## Filter
keys-filter-submit = keep the filter (any list: assessments, network, review, plans)
keys-filter-cancel = clear the filter

## NewForm
keys-new-next-field = next field
keys-new-prev-field = previous field
keys-new-submit = next field; on the last, create
keys-new-confirm = create the assessment now
keys-new-accept = take the suggested school
keys-new-cancel = cancel

## Assess
keys-assess-rate = rate at that level
keys-assess-up = highlight the level above
keys-assess-down = highlight the level below
keys-assess-select = rate at the highlighted level
keys-assess-not-applicable = not applicable (N/A)
keys-assess-clear-rating = clear the rating
keys-assess-next-indicator = next indicator (also l)
keys-assess-prev-indicator = previous indicator (also h)
keys-assess-next-standard = next standard
keys-assess-prev-standard = previous standard
keys-assess-next-unrated = next unrated indicator
keys-assess-edit-note = edit the note
keys-assess-edit-evidence = edit the evidence (one item a line)
keys-assess-actions = action steps for this indicator
keys-assess-start-session = start a coaching session (workshop) on this assessment
keys-assess-open-prerating = open silent pre-rating before the workshop
keys-assess-details = the indicator in full: guidance and every level
keys-assess-undo = undo your last change (a rating, or a note and evidence save)
keys-assess-redo = redo what you undid
keys-assess-review = review every answer
keys-assess-summary = summary
keys-assess-back = back to the assessments
keys-assess-history = history of the indicator: who changed what, when

## Details
keys-details-back = back to the indicator
keys-details-up = scroll up
keys-details-down = scroll down

## Conflict
keys-conflict-keep-mine = keep yours (replaces theirs)
keys-conflict-take-theirs = take theirs (yours is not saved)
keys-conflict-keep-both = keep both: yours added after theirs, marked
keys-conflict-up = previous choice
keys-conflict-down = next choice
keys-conflict-select = the highlighted choice
keys-conflict-cancel = back to your text in the editor

## History
keys-history-back = back to the indicator
keys-history-up = scroll up
keys-history-down = scroll down

## Review
keys-review-up = previous indicator
keys-review-down = next indicator
keys-review-page-up = page up
keys-review-page-down = page down
keys-review-select = edit that indicator
keys-review-next-unrated = next unrated indicator
keys-review-filter = filter by id, statement or note
keys-review-summary = summary
keys-review-back = back to the indicator

## Summary
keys-summary-review = review every answer
keys-summary-select = go to the next unrated indicator
keys-summary-submit-assessment = submit the assessment: it then counts in the network (asks first)
keys-summary-reopen = reopen a submitted assessment to change it
keys-summary-back = back

## Actions
keys-actions-up = previous step
keys-actions-down = next step
keys-actions-add-action = add a step
keys-actions-select = edit the step
keys-actions-cycle-status = open → done → dropped
keys-actions-remove-action = remove the step
keys-actions-back = back to the indicator

## ActionForm
keys-step-next-field = next field
keys-step-prev-field = previous field
keys-step-confirm = save the step
keys-step-cancel = cancel

## Editor
keys-editor-confirm = save and close
keys-editor-cancel = close without saving (asks first if anything changed)
keys-editor-next-field = switch between note and evidence

## Prompt
keys-prompt-confirm = go
keys-prompt-cancel = cancel

## Confirm
keys-confirm-confirm = yes
keys-confirm-cancel = no

## Facilitate
keys-facilitate-rate = record that level as the consensus
keys-facilitate-select = record the suggested consensus (the plan's rule: the median, the lowest vote, or none)
keys-facilitate-not-applicable = record N/A as the consensus
keys-facilitate-reveal = reveal the votes to everyone
keys-facilitate-revote = everyone votes again on this indicator
keys-facilitate-next-indicator = next indicator of the segment (also l)
keys-facilitate-prev-indicator = previous indicator of the segment (also h)
keys-facilitate-next-segment = next segment of the agenda
keys-facilitate-prev-segment = previous segment of the agenda
keys-facilitate-up = earlier prompts of the segment
keys-facilitate-down = later prompts of the segment
keys-facilitate-page-down = read further down the panel (long comments)
keys-facilitate-page-up = back up the panel
keys-facilitate-pause-timer = pause or restart the clock
keys-facilitate-extend = five more minutes for this segment
keys-facilitate-shorten = five minutes less for this segment
keys-facilitate-present = presentation view for the wall screen (and back)
keys-facilitate-edit-note = the note and evidence for this indicator
keys-facilitate-actions = action steps for this indicator
keys-facilitate-back = end the session (asks first)

## Participate
keys-participate-rate = vote for that level
keys-participate-up = highlight the level above
keys-participate-down = highlight the level below
keys-participate-select = vote for the highlighted level
keys-participate-not-applicable = vote N/A
keys-participate-edit-note = add a comment to your vote
keys-participate-next = pre-rating: the next indicator (a skipped one stays unrated)
keys-participate-prev = pre-rating: the previous indicator
keys-participate-next-standard = pre-rating: the next standard
keys-participate-prev-standard = pre-rating: the previous standard
keys-participate-next-unrated = pre-rating: the next indicator not pre-rated yet
keys-participate-back = leave (your votes stay; join again to come back)

## Comment
keys-comment-confirm = save the comment
keys-comment-cancel = cancel

## Choose
keys-choose-up = previous plan
keys-choose-down = next plan
keys-choose-filter = filter by title or id
keys-choose-confirm = start a session with this plan
keys-choose-cancel = cancel

## Network
keys-network-up = previous school
keys-network-down = next school
keys-network-page-up = page up
keys-network-page-down = page down
keys-network-select = the school's latest assessment
keys-network-filter = filter by school or district
keys-network-sort = next sort: figures, school, district, date
keys-network-sort-back = previous sort
keys-network-next-indicator = another rubric
keys-network-back = back to the assessments

## Watch
keys-watch-back = stop watching

## Help
keys-help-back = close help
keys-help-up = scroll up
keys-help-down = scroll down

## Footer words (short: the footer of an 80-column window holds several)
keys-footer-help = help
keys-footer-more = more
keys-footer-open = open
keys-footer-new = new
keys-footer-filter = filter
keys-footer-export = export
keys-footer-import = import
keys-footer-network = network
keys-footer-quit = quit
keys-footer-keep = keep
keys-footer-clear = clear
keys-footer-next-field = next field
keys-footer-next-create = next/create
keys-footer-create = create
keys-footer-cancel = cancel
keys-footer-rate = rate
keys-footer-n-a = N/A
keys-footer-next = next
keys-footer-unrated = unrated
keys-footer-note = note
keys-footer-undo = undo
keys-footer-summary = summary
keys-footer-back = back
keys-footer-history = history
keys-footer-scroll = scroll
keys-footer-keep-mine = keep mine
keys-footer-take-theirs = take theirs
keys-footer-keep-both = keep both
keys-footer-edit = edit
keys-footer-next-unrated = next unrated
keys-footer-review = review
keys-footer-rate-next-unrated = rate next unrated
keys-footer-submit = submit
keys-footer-add = add
keys-footer-status = status
keys-footer-remove = remove
keys-footer-save = save
keys-footer-note-evidence = note/evidence
keys-footer-go = go
keys-footer-yes = yes
keys-footer-no = no
keys-footer-record = record
keys-footer-reveal = reveal
keys-footer-segment = segment
keys-footer-pause = pause
keys-footer-present = present
keys-footer-end = end
keys-footer-vote = vote
keys-footer-comment = comment
keys-footer-leave = leave
keys-footer-start = start
keys-footer-sort = sort
keys-footer-rubric = rubric
keys-footer-close = close

## Help lines: the word before a second key ("next indicator (also l)"); a remap of
## that key drops the part from it on.
keys-help-also = also

## The settings file's [keys] table: problems, each shown at its place in the file
keys-remap-not-a-key = { $key } is not a key: write one character ("x", "X", "?") or "Space"
keys-remap-unknown-action = unknown action { $action } in [keys] (the README's Settings section lists them)
keys-remap-named-keys-only = { $action } has only named keys ({ $keys }); only character keys can be remapped
keys-remap-no-key = { $action } needs at least one key
keys-remap-taken-everywhere = key { $key } for { $action } is already { $other } everywhere; pick another key
keys-remap-taken = key { $key } for { $action } is already { $other } in { $place }; pick another key

## The help overlay
keys-help-box = Keys · Esc closes
keys-help-box-more = Keys · ↓ for more · Esc closes
keys-help-saved = Every change is saved the moment you make it.

## A school's outcomes (issue 21)
keys-title-outcomes = A school's outcomes
keys-title-outcome-cell = Typing a figure
keys-title-outcome-group = Adding a student group
keys-home-outcomes = the selected school's outcome data: see and type them
keys-summary-outcomes = this school's outcome data: see and type them
keys-outcomes-up = the figure above
keys-outcomes-down = the figure below
keys-outcomes-prev-year = the school year before
keys-outcomes-next-year = the school year after
keys-outcomes-select = type the figure anew (a count, * for one the district suppressed, empty for none)
keys-outcomes-clear = clear the figure
keys-outcomes-next-group = the next student group
keys-outcomes-prev-group = the student group before
keys-outcomes-add-group = add a student group: one districts report, or one named
keys-outcomes-confirm = save every change, checked as an import is, in one step
keys-outcomes-back = back (a second time leaves changes not saved)
keys-outcome-cell-submit = keep the figure and go to the one below
keys-outcome-cell-cancel = leave the figure as it was
keys-outcome-group-up = the group above
keys-outcome-group-down = the group below
keys-outcome-group-submit = add the group chosen, or the name typed
keys-outcome-group-cancel = add no group
keys-footer-outcomes = outcomes
keys-footer-type = type
keys-footer-group = group
keys-footer-add-group = add group
