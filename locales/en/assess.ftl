# English: assessing: the indicator, levels, review, summary, editor, action steps, conflict and history.
# Ids are area-prefixed (`assess-...`); every id here must exist in the other language too.


## The indicator view
assess-sidebar-title = Standards
assess-sidebar-rated = { $rated }/{ $total } rated
assess-sidebar-key = n/m: indicators at full
assess-indicator-title = Standard { $number } of { $count }: { $standard } · { $unrated } unrated
assess-indicator-more = more: I shows the indicator in full
assess-indicator-position = { $number } of { $count }
assess-indicator-baseline = baseline
assess-indicator-unrated = not rated yet
assess-level-current = (current)
assess-level-na = not applicable here
assess-guidance-label = Guidance:
assess-note-label = Note:
assess-note-none = none yet (e writes one)
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
assess-steps-none = No steps yet for this indicator. Press a to add one.
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
assess-summary-draft-why = not counted in the network until submitted (S)
assess-summary-submitted = Submitted
assess-summary-submitted-on = { $date }{ $by } · read-only until reopened (O)
assess-summary-submitted-by = { " " }by { $names }
assess-summary-read-only = read-only until reopened (O)
assess-summary-col-standard = Standard
assess-summary-col-full = Full indicators
assess-summary-col-mean = Mean
assess-summary-col-change = Change
assess-summary-points = pts
assess-summary-all-rated = Every indicator is rated.
assess-summary-unrated = Still unrated ({ $count }): { $ids }
assess-summary-rule = Rule: { $rule }

## The review list
assess-review-unrated = Unrated
assess-review-filter = filter: { $filter }
assess-review-title = Review: { $rated } of { $total } rated · { $filter }Enter edits · Tab next unrated
