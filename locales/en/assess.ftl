# English: assessing: the indicator, levels, review, summary, editor, action steps, conflict and history.
# Ids are area-prefixed (`assess-...`); every id here must exist in the other language too.


## The indicator view
assess-sidebar-title = Standards
assess-sidebar-rated = { $rated } rated · { $full } full / { $total }
assess-sidebar-key = n{ $sep }f/m: rated{ $sep }full/all
assess-indicator-title = Standard { $number } of { $count }: { $standard } · { $unrated } unrated
assess-indicator-more = more: { $key } shows the indicator in full
assess-indicator-position = { $number } of { $count }
assess-indicator-baseline = baseline
assess-indicator-unrated = not rated yet
assess-level-current = (current)
assess-level-na = not applicable here
assess-guidance-label = Guidance:
assess-note-label = Note:
assess-note-none = none yet ({ $key } writes one)
assess-evidence-label = Evidence:
assess-evidence-items = { $count ->
    [one] { $count } item
   *[other] { $count } items
}
assess-steps-label = Action steps:
assess-steps-count = { $count } ({ $open } open)
assess-details-title = { $id } in full · ↑↓ scroll · Esc back
assess-details-guidance = Guidance
assess-details-levels = Levels

## The note and evidence editor
assess-editor-title = { $note } { $evidence } — { $id } · Ctrl-S saves · Esc cancels
assess-editor-note = Note
assess-editor-evidence = Evidence: one item a line

## Action steps
assess-steps-title = Action steps for { $id }
assess-steps-none = No steps yet for this indicator. Press { $key } to add one.
assess-steps-due = due { $date }
assess-step-open = open
assess-step-done = done
assess-step-dropped = dropped
assess-form-step = Step
assess-form-owner = Owner
assess-form-due = Due
assess-form-status = Status
assess-form-due-hint = YYYY-MM-DD, optional
assess-form-owner-hint = optional
assess-form-status-hint = ←/→ to change

## The summary
assess-summary-title = Summary
assess-summary-yes = yes
assess-summary-no = no
assess-summary-standards = Standards fully implemented:
assess-summary-fully = Fully implementing:
assess-summary-indicators = Indicators at the full level:
assess-summary-baseline = Baseline criteria:
assess-summary-met = met
assess-summary-not-met = not met
assess-summary-since = Since { $date }:
assess-summary-change = standards { $before } { $arrow } { $now } ({ $delta })
assess-summary-no-previous = No earlier submitted assessment of this school with this rubric.
assess-summary-draft = Draft:
assess-summary-draft-why = not counted in the network until submitted ({ $key })
assess-summary-submitted = Submitted
assess-summary-submitted-on = { $date }{ $by } · read-only until reopened ({ $key })
assess-summary-submitted-by = { " " }by { $names }
assess-summary-read-only = read-only until reopened ({ $key })
assess-summary-col-standard = Standard
assess-summary-col-full = Full indicators
assess-summary-col-mean = Mean
assess-summary-col-may-miss = Margin
assess-summary-may-miss = Margin: how many of the standard's applicable indicators may be below { $full } while it still counts.
assess-summary-col-change = Change
assess-summary-points = pts
assess-summary-all-rated = Every indicator is rated.
assess-summary-unrated = Still unrated ({ $count }): { $ids }
assess-summary-rule = Rule: { $rule }

## The review list
assess-review-unrated = Unrated
assess-review-filter = filter: { $filter }
assess-review-title = Review: { $rated } of { $total } rated · { $filter }Enter edits · Tab next unrated

## What an edit set, in words ("the note and evidence")
assess-part-rating = rating
assess-part-note = note
assess-part-evidence = evidence
assess-part-nothing = nothing
assess-part-list = { $list } and { $last }

## Status lines of the assessment screen
assess-read-only = This assessment is submitted, so it is read-only; O on the summary (s) reopens it
assess-submitted-meanwhile = Not saved: { $name } submitted this assessment at { $time }, so it is read-only; { $key } on the summary (s) reopens it
assess-submitted-not-saved = Not saved: this assessment was submitted meanwhile, so it is read-only; { $key } on the summary (s) reopens it
assess-submitted-text-kept = Your text is still in the editor: copy it, or Esc to drop it (quitting keeps it in a file).
assess-recovered = Your text for { $id } could not all be saved; all of it is kept in { $path }
assess-not-recovered = Your text for { $id } could not be saved, nor kept in a file: { $error }
assess-recovered-heading = Text typed by { $name } for { $id } (assessment { $assessment }) that the database did not take:
assess-recovered-evidence = Evidence (one item a line):
assess-editor-closed = Closed; nothing changed
assess-editor-no-changes = No changes to the note or evidence
assess-editor-note-label = The note
assess-editor-evidence-label = Evidence
assess-too-long-note = This note has { $chars } characters, more than the editor takes ({ $max }); change it with touchstone rate --note, or by import
assess-too-long-evidence = This evidence has { $chars } characters, more than the editor takes ({ $max }); change it with touchstone rate --note, or by import
assess-limit-note = The note is at its limit of { $max } characters; the rest was left out
assess-limit-evidence = The evidence is at its limit of { $max } characters; the rest was left out
assess-rate-levels = This rubric has { $levels } levels: 1-{ $levels }, or { $key } for N/A
assess-all-rated-summary = Every indicator is rated — press { $key } for the summary
assess-all-rated = Every indicator is rated
assess-already = { $id } is already { $level }
assess-saved-rating = Saved { $id }: { $level }{ $hint }
assess-saved-hint-next = { " " }— Tab: next unrated, →: next
assess-saved-hint-done = { " " }— every indicator is rated; { $key }: summary
assess-unchanged = { $id } is unchanged
assess-rating-conflict = Not saved: { $name } rated { $id } { $level } at { $time } — it shows now; rate again to change it
assess-already-submitted = Already submitted; { $key } reopens it
assess-already-draft = This is a draft already: { $key } submits it
assess-reopened = Reopened: a draft again, not counted until submitted
assess-saved-parts = Saved the { $parts } for { $id }
assess-unchanged-parts = The { $parts } of { $id } already read so
assess-undo-nothing = Nothing to undo in this session
assess-redo-nothing = Nothing to redo
assess-undo-rating = the rating of { $id } ({ $level })
assess-undo-parts = the { $parts } of { $id }
assess-undone = Undone: { $what }
assess-redone = Redone: { $what }
assess-undo-refused = Not undone: { $name } changed { $id } at { $time }, after you — press { $key } for its history
assess-redo-refused = Not redone: { $name } changed { $id } at { $time }, after you — press { $key } for its history
assess-step-marked-open = Step marked open
assess-step-marked-done = Step marked done
assess-step-marked-dropped = Step marked dropped
assess-step-removed = Step removed
assess-step-saved = Step saved
assess-form-step-label = The step
assess-form-owner-label = The owner
assess-form-step-first = Write the step first
assess-form-bad-date = { $text } is not a date like 2027-01-15
assess-plan-an-import = an import
assess-plan-at = { " " }at { $time }
assess-plan-retry-form = your step is still in the form: Enter saves it
assess-plan-retry-again = do it again if it is still needed
assess-plan-conflict = Not saved: { $name } changed the action plan{ $when }; theirs shows now — { $then }

## The conflict view (a save met someone else's newer change)
assess-conflict-also-written = also written by { $name }
assess-conflict-status = { $name } changed { $id } at { $time } while you were editing: keep yours (m), take theirs (t) or keep both (b)
assess-conflict-took-theirs = Kept { $name }'s { $parts } of { $id }; yours was not saved
assess-conflict-back = Your text is back in the editor; what you save now replaces { $name }'s
assess-conflict-note = Note
assess-conflict-evidence = Evidence
assess-conflict-empty = (empty)
assess-conflict-none = (none)
assess-conflict-more-lines = { $count ->
    [one] { $count } more line
   *[other] { $count } more lines
}
assess-conflict-title = { $id }: { $name } changed it while you were editing
assess-conflict-changes = { " " }({ $count } changes since you opened it)
assess-conflict-header = { $name } saved the { $parts } of { $id } at { $time } UTC{ $more }. Both texts are here; nothing is lost until you choose.
assess-conflict-theirs = Theirs — { $name }, saved
assess-conflict-yours = Yours — not saved yet
assess-conflict-keep-mine = Keep yours — it replaces theirs
assess-conflict-take-theirs = Take theirs — yours is not saved
assess-conflict-keep-both = Keep both — yours is added after theirs, marked

## The history view
assess-history-title = History of { $id } — times in UTC, newest first
assess-history-none = Nothing has been recorded for this indicator yet.
assess-history-empty = (empty)
assess-history-nothing = (nothing)
assess-history-rating = rating
assess-history-note = note
assess-history-evidence = evidence
assess-history-reordered = reordered
