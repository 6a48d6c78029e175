# English: reports in every format, the HTML report and the minutes.
# Ids are area-prefixed (`report-...`); every id here must exist in the other language too.


## Words used across the reports

report-yes = yes
report-no = no
report-status-draft = draft
report-status-final = final
report-action-open = open
report-action-done = done
report-action-dropped = dropped
report-unrated = Unrated
report-na = N/A
report-complete = complete
report-incomplete = incomplete: { $count ->
    [one] { $count } indicator
   *[other] { $count } indicators
} unrated
report-not-recorded = not recorded
report-due = due { $date }

## The scoring rule in words (the same sentence as the rubric's rule)

report-rule = A standard is fully implemented when { $standard_share } of its applicable indicators are at { $full }{ $floor }; { $subject ->
    [network] the network is fully implementing
   *[school] a school is fully implementing
} when { $school_share } of its applicable standards are. These thresholds are Touchstone's convention, not part of the standards.
# Follows the full level's name after a space, when the rubric sets a floor.
report-rule-floor = and none is below { $level } or unrated
report-rule-baseline-full = and its baseline indicators are all at { $full }
# When the rubric has no levels at all.
report-rule-full-level = the full level
report-share-all = all
report-share-at-least = at least { $percent }%
report-rule-line = Rule: { $rule }

## The figures (text, Markdown and the HTML cards)

report-fully-implementing = Fully implementing the standards
report-standards-full = Standards fully implemented
report-indicators-full = Indicators at the full level
report-baseline-met = Meets the baseline criteria

## Column headings

report-col-standard = Standard
report-col-full = Full
report-col-full-indicators = Full indicators
report-col-mean = Mean
report-col-needed = Needed at full
report-needed-at-full = { $below ->
    [0] { $count ->
        [one] its one indicator
       *[other] all { $count }
    }
    [1] all but one of { $count }
   *[other] all but { $below } of { $count }
}
report-needed-line = Needed at full: { $needed }
report-col-fully-implemented = Fully implemented
report-col-mean-score = Mean score
report-col-indicator = Indicator
report-col-level = Level
report-col-note = Note
report-col-note-evidence = Note and evidence
report-col-step = Step
report-col-owner = Owner
report-col-due = Due
report-col-status = Status
report-col-consensus = Consensus
report-col-median = Median vote
report-col-votes = Votes
report-col-segment = Segment
report-col-kind = Kind
report-col-planned = Planned
report-col-actual = Actual
report-col-started = Started

## A standard's mark in the text report's table

report-mark-yes = ✓ yes
report-mark-no = · no
report-mark-na = n/a

## The text and Markdown reports

report-text-assessment = Assessment { $id } · { $status } · { $completion }
report-md-assessment = Assessment `{ $id }`, { $status }, { $completion }
report-team = Team: { $team }
report-facilitator = Facilitator: { $name }
report-ratings = Ratings
report-text-note = note
report-text-evidence = evidence
report-note = Note: { $note }
report-evidence = Evidence: { $item }
report-action-plan = Action plan
report-sessions = Coaching sessions
report-text-session = { $title } · started { $started } · facilitated by { $facilitator } · { $participants ->
    [one] { $participants } participant
   *[other] { $participants } participants
} · { $decisions ->
    [one] { $decisions } decision
   *[other] { $decisions } decisions
}

## The HTML report

report-html-standards = Standards
report-html-over-time = Over time
report-html-fully-implemented = fully implemented
report-html-session = Coaching session: { $title }
report-html-session-meta = Facilitated by { $facilitator } · { $participants ->
    [one] { $participants } participant
   *[other] { $participants } participants
} · started { $started }
report-html-footer = Assessment { $id } · made with Touchstone
report-html-bars-label = Share of indicators at the full level, per standard
report-html-bars-legend = Share of indicators at the full level (✓: standard fully implemented)
report-html-trend-label = Standards fully implemented over time
report-html-series-standards = standards
report-html-series-indicators = indicators
report-html-trend-legend = Solid: standards fully implemented. Dashed: indicators at the full level.

## Workshop minutes

report-minutes-title = Workshop minutes: { $school }, { $date }
report-minutes-plan = Plan: { $title } ({ $plan })
report-minutes-running = still running
report-minutes-time = Time: { $day }, { $start } to { $end } ({ $zone })
report-minutes-participants = Participants ({ $count }): { $names }
report-minutes-assessment = Assessment: `{ $id }` ({ $rubric } v{ $version })
report-minutes-agenda = Agenda
report-minutes-pauses = Pauses
report-minutes-pause = { $from } to { $to } ({ $minutes } min), in { $segment }
report-minutes-pause-open = { $from }, in { $segment }, until the end
report-minutes-min = { $minutes } min
report-minutes-decisions = Decisions
report-minutes-no-decisions = No consensus was recorded.
report-minutes-levels = { $count ->
    [one] { $count } level
   *[other] { $count } levels
}
report-minutes-recorded = Recorded at { $time }; { $votes ->
    [one] { $votes } vote
   *[other] { $votes } votes
}; median { $median }; spread { $spread }
report-minutes-pre-rated = { $name } pre-rated { $level }
report-minutes-voted = { $name } voted { $level }
report-minutes-pre-ratings = { $count ->
    [one] { $count } pre-rating
   *[other] { $count } pre-ratings
}
report-minutes-votes = Votes: { $tally }
report-minutes-comment = Comment ({ $level }): "{ $comment }"
report-minutes-comment-by = { $name } ({ $level }): "{ $comment }"
report-minutes-said-round = Said in round { $round }:
report-minutes-said-pre = Said with the pre-ratings:
report-minutes-said-last = Said in the last round:
report-minutes-discussed = Discussed without a decision
report-minutes-baseline = Baseline
report-minutes-baseline-met = The school meets the baseline: every criterion ({ $criteria }) is at { $level } or above.
report-minutes-baseline-not-met = The school does not meet the baseline yet: { $count ->
    [one] one criterion is
   *[other] { $count } criteria are
} below { $level }.
report-minutes-baseline-short = { $id } ({ $text }): { $at }, below { $level }
report-minutes-baseline-unrated = not rated
report-minutes-action-steps = Action steps
report-kind-welcome = welcome
report-kind-rate = rate
report-kind-discuss = discuss
report-kind-reflect = reflect
report-kind-plan = plan
report-kind-break = break
report-kind-close = close

## Importing an assessment file: problems, each after its `FILE:LINE:COL: `
## (quoted values come with their quotes; `what` names the field as the file does)

report-import-format-header = unexpected format header
report-import-empty = { $what } is empty
report-import-not-a-date = { $what } must be a date like 2026-11-22, found { $found }
report-import-not-a-time = { $what } must be a date and time with an offset, like 2026-11-22T10:31:05Z
report-import-not-a-count = { $what } must be a whole number from { $min } to { $max }
report-import-rubric-missing = rubric { $rubric } version { $version } is not installed here (see `touchstone rubrics`)
report-import-not-a-uuid = id { $id } is not a UUID
report-import-bad-status = status { $status } is not one of draft, final
report-import-submitted-by-alone = submitted_by needs submitted (the time)
report-import-submitted-not-final = submitted is only for status = "final"
report-import-standard-unknown = standard { $standard } is not in rubric { $rubric } version { $version }
report-import-standard-twice = standard { $standard } appears twice
report-import-indicator-elsewhere = indicator { $indicator } is not part of standard { $standard }
report-import-indicator-twice = indicator { $indicator } appears twice
report-import-indicator-unknown = indicator { $indicator } is not in the rubric
report-import-too-much-evidence = { $count } evidence items; one indicator holds at most { $max }
report-import-bad-level = level { $level } is not one of { $keys }
report-import-action-indicator = action for indicator { $indicator }, which is not in the rubric
report-import-bad-action-status = action status { $status } is not one of open, done, dropped
report-import-session-not-a-uuid = session id { $id } is not a UUID
report-import-session-twice = session { $id } appears twice in this file
report-import-participant-twice = participant { $name } appears twice in this session
report-import-segment-kind = segment kind { $kind } is not known
report-import-second-vote = a second vote by { $name } on indicator { $indicator } in round { $round }
report-import-replaced-room-vote = `replaced` marks a pre-rating (round 0) that a room vote replaced; a room vote cannot have it

## What differs between an assessment in a file and the one here (an import conflict)

# $file and $here are quoted values.
report-differs-field = { $field } { $file } in the file, { $here } here
report-field-school = school
report-field-district = district
report-field-date = date
report-field-team = team
report-field-facilitator = facilitator
report-field-status = status
report-field-rubric-version = rubric version
report-differs-ratings = { $count ->
    [one] { $count } rating differs
   *[other] { $count } ratings differ
} ({ $ids })
report-differs-notes = { $count ->
    [one] { $count } note differs
   *[other] { $count } notes differ
} ({ $ids })
report-differs-evidence = { $count ->
    [one] { $count } indicator's evidence differs
   *[other] { $count } indicators' evidence differs
} ({ $ids })
report-differs-actions = action steps differ ({ $file } in the file, { $here } here)
report-differs-sessions = sessions differ ({ $file } in the file, { $here } here)

## Importing files: the summary and what stops an import

report-import-cannot-read = cannot read { $path }: { $error }
report-import-counts = { $added } new, { $replaced } replaced, { $unchanged } unchanged, { $restored } restored
report-import-no-files = no .toml files found there
report-import-also-in = assessment { $id } is also in { $other }; import one of them
report-import-other-content = other content
# After the file's name and ": ". $what lists the differences, or report-import-other-content.
report-import-conflict = assessment { $id } already exists here with other content: { $what }
report-import-nothing-imported = nothing was imported; import with --replace to overwrite those assessments
report-import-session-here = session { $session } belongs to assessment { $owner } here; a session cannot move to another assessment
report-import-session-in-file = session { $session } belongs to assessment { $owner } in { $file }; a session cannot be in two assessments

## Looking for files in folders (each after the path and ": ")

report-walk-missing = no such file or folder
report-walk-skipped = skipped: { $why }
report-walk-cannot-read-folder = cannot read the folder { $path }: { $error }
report-walk-folder-again = this folder was already read
report-walk-link-to-folder = symbolic link to a folder
report-walk-broken-link = broken symbolic link
report-walk-not-a-file = not a regular file
report-walk-same-file = the same file as one already read

## A share with nothing to count (every indicator or standard N/A)

report-fraction-none = n/a (0/0)

## Writing a report or an export to a file

report-write-failed = cannot write { $path }: { $error }
report-write-exists = { $path } already exists; nothing was written (pass --force to replace it)
report-write-not-a-name = { $path } is not a file name
report-write-folder = { $path } is a folder
