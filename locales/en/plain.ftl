# English: plain mode (screen readers): every line it prints.
# Ids are area-prefixed (`plain-...`); every id here must exist in the other language too.


## Starting, moving between places, leaving

plain-welcome = Touchstone, plain mode. Type help for what you can type, quit to leave.
plain-read-only = This login is read only: you can list, open and hear, not change.
plain-home-start = Type list to hear the assessments, open and a number to open one.
plain-db-unreadable = Cannot read the database: { $error }
plain-changes-unreadable = Cannot read the changes: { $error }
plain-error = Error: { $error }
plain-back-home = Back at the list of assessments.
plain-back-home-hint = Back at the list of assessments. Type list, or quit.
plain-end-of-input = End of input. Everything is saved. Goodbye.
plain-goodbye = Goodbye. Everything is saved.
plain-prompt-home = touchstone>
plain-prompt-assess = assess>
plain-prompt-session = session>

## The language

plain-lang-now = The language is now English. Type lang es for Spanish (español).
plain-lang-which = The language is English. Type lang es for Spanish (español), lang en for English.
plain-lang-unknown = { $code } is not a language Touchstone speaks. Type lang en for English or lang es for Spanish (español).
plain-help-lang = lang es: Spanish (español). lang en: English.

## Words typed where they do not belong

plain-unknown-home = { $word } is not something to type on the list of assessments. Type help for what you can type now.
plain-unknown-assess = { $word } is not something to type on an assessment. Type help for what you can type now.
plain-unknown-session = { $word } is not something to type on a session. Type help for what you can type now.
plain-unknown-prerate = { $word } is not something to type while pre-rating. Type help for what you can type now.

## The list of assessments

plain-open-none = There are no assessments to open yet.
plain-open-range = Type open and a number from 1 to { $count }, or an assessment id.
plain-open-unknown = { $error }. Type list to hear the assessments.
plain-join-read-only = This login is read only: it cannot take part in a session.
plain-join-failed = Cannot join: { $error }
plain-help-home = At the list of assessments you can type:
plain-help-home-list = list: hear the assessments, numbered.
plain-help-home-open = open and a number or an id, such as open 1: open that assessment.
plain-help-home-join = join, the session code and your name, such as join 73ZGY2 Ana: take part in a coaching session.
plain-help-home-quit = quit: leave Touchstone. help: this list.
plain-list-empty = No assessments yet. Start one with: touchstone new --school NAME
plain-list-count = { $count ->
    [one] { $count } assessment:
   *[other] { $count } assessments:
}
plain-list-line = { $number }. { $school }, { $date }, { $rubric } version { $version }, { $status }: { $rated } of { $total } rated; standards fully implemented { $share }. Id { $id }.
plain-status-draft = draft
plain-status-final = final

## An indicator read out

plain-indicator-where = Indicator { $id }, { $within } of { $count } in standard { $standard } of { $standards }: { $title }.
# Followed by a space and the indicator's text.
plain-indicator-reads = { $id } reads:
# Followed by a space and the guidance.
plain-indicator-guidance = Guidance for { $id }:
plain-levels-for = Levels for { $id }, type the number to choose:
plain-level-described = { $number }. { $label }: { $descriptor }
plain-level-bare = { $number }. { $label }.
plain-level-na = na. N/A: { $id } does not apply here.
plain-share = { $percent }%, { $numerator } of { $denominator }
plain-share-none = not counted, nothing applicable
plain-choice-level = { $label }, level { $number }
plain-choice-unrated = Unrated

## Assessing

plain-opened = Opened { $school }, { $date }, { $rubric } version { $version }: { $rated } of { $total } indicators rated.
plain-rate-prompt = Type a number to rate { $id }, na for N/A, next, unrated, or help.
plain-not-rated = { $id } is not rated yet.
plain-rated = { $id } is rated { $label }.
plain-no-note = { $id } has no note.
# Followed by a space and the note.
plain-note-on = Note on { $id }:
plain-someone = someone
plain-change-rating = rating now { $label }
plain-change-note = note changed
plain-change-evidence = evidence now { $count ->
    [one] { $count } item
   *[other] { $count } items
}
plain-changed-by = Changed by { $who }: { $id }, { $changes }. Type read to hear it.
plain-read-only-change = This login is read only: nothing can be changed.
plain-levels-range = This rubric has { $levels } levels: type 1 to { $levels }, or na for N/A.
plain-no-note-hint = { $id } has no note. Type note and then the text to write one.
plain-not-saved = Not saved: { $why }.
plain-the-note = The note
plain-the-evidence = The evidence
plain-remove-hint = { $id } has { $count ->
    [one] { $count } evidence item
   *[other] { $count } evidence items
}: type remove and its number, from 1.
plain-first = { $id } is the first indicator.
plain-all-rated-hint = Every indicator is rated. Type summary for the figures.
plain-no-such-indicator = There is no indicator { $target }; type go and an indicator id such as { $id }.
plain-no-such-indicator-did-you-mean = There is no indicator { $target }; did you mean { $id }? Type go { $id }.
plain-last = { $id } is the last indicator. Type unrated for the next unrated one, or summary.
plain-saved-rated = Saved: { $id } rated { $label }. { $rated } of { $total } indicators rated.
plain-saved-cleared = Saved: { $id } rating cleared. { $rated } of { $total } indicators rated.
plain-saved-note = Saved: note on { $id }. { $rated } of { $total } indicators rated.
plain-saved-evidence = Saved: evidence on { $id }, now { $count ->
    [one] { $count } item
   *[other] { $count } items
}. { $rated } of { $total } indicators rated.
plain-unchanged-rated = { $id } is already rated { $label }; nothing changed.
plain-unchanged-unrated = { $id } is already unrated; nothing changed.
plain-unchanged-note = The note on { $id } already reads so; nothing changed.
plain-unchanged-evidence = The evidence on { $id } already is so; nothing changed.
plain-conflict = Not saved: { $who } changed { $id } at { $at } after you heard it ({ $count ->
    [one] { $count } change
   *[other] { $count } changes
}).
plain-conflict-rated = { $id } is now rated { $label }.
plain-conflict-note-empty = The note on { $id } is now empty.
# Followed by a space and their note.
plain-conflict-their-note = Their note on { $id }:
plain-conflict-yours = Yours is not saved. Type it again to replace theirs, or read to hear { $id } as it is now.
plain-submitted = Not saved: { $id } stays as it was. This assessment is submitted, so it is read-only; reopen it first (O on the summary screen, or touchstone reopen).
plain-submitted-by = Not saved: { $id } stays as it was. { $who } submitted this assessment at { $at }, so it is read-only; reopen it first (O on the summary screen, or touchstone reopen).
plain-no-evidence = { $id } has no evidence.
plain-evidence-heading = Evidence on { $id }, { $count ->
    [one] { $count } item
   *[other] { $count } items
}:
# Followed by a space and the item.
plain-evidence-item = Evidence { $number } on { $id }:
plain-help-assess = On an assessment you can type:
plain-help-assess-rate = a level number, such as 3: rate this indicator at that level.
plain-help-assess-na = na: not applicable here. clear: take the rating away; it asks first, yes to confirm.
plain-help-assess-note = note and then text: write the note; replacing a note asks first, yes to confirm. note alone: hear the note.
plain-help-assess-evidence = evidence and then text: add an evidence item. evidence alone: hear the evidence. remove and a number: take that item away.
plain-help-assess-move = next, previous, unrated: go to the next, previous, or next unrated indicator. go and an id, such as go pl-4: go there.
plain-help-assess-undo = undo: put back your last change. redo: make it again.
plain-help-assess-read = read: hear this indicator again. summary: the figures.
plain-help-assess-back = back: the list of assessments. quit: leave Touchstone. help: this list.

## The figures

plain-summary-head = Summary of { $school }, { $date }: { $rated } of { $total } indicators rated, { $unrated } unrated.
plain-summary-standards = Standards fully implemented: { $share }.
plain-summary-indicators = Indicators at the full level: { $share }.
plain-summary-fully-yes = Fully implementing the standards: yes.
plain-summary-fully-no = Fully implementing the standards: no.
plain-summary-baseline-yes = Meets the baseline criteria: yes.
plain-summary-baseline-no = Meets the baseline criteria: no.
plain-standard-na = not applicable
plain-standard-full = fully implemented
plain-standard-not-full = not fully implemented
plain-no-mean = no mean yet
plain-mean = mean { $mean }
plain-summary-standard = Standard { $number }, { $title }: { $state }; full level { $share }; { $mean }; { $unrated } unrated.
plain-summary-all-rated = Every indicator is rated.
plain-summary-unrated = Still unrated, { $count }: { $ids }.

## A coaching session

plain-the-name = The name
plain-name-empty = the name must be a plain, non-empty name
plain-session-ended-already = session { $code } has ended
plain-joined = Joined session { $code } on { $school }, { $plan }, as { $name }. Facilitator: { $facilitator }.
plain-waiting = Waiting for the facilitator to bring up an indicator. Type help for what you can type.
plain-seat = Your seat in the session: { $error }
plain-decision = Decision on { $id }: { $label }, recorded by the facilitator from { $count ->
    [one] { $count } vote
   *[other] { $count } votes
}.
plain-session-ended = The session has ended. Thank you; your votes are kept.
plain-new-round = New round of votes on { $id }: round { $round }. Vote again.
plain-new-indicator = The facilitator brought up a new indicator.
plain-between = The facilitator is between indicators. Waiting.
plain-nothing-up = No indicator is up yet. Waiting for the facilitator.
plain-not-in-rubric = The facilitator brought up { $id }, which this rubric does not have.
plain-your-vote-on = Your vote on { $id }: { $label }.
plain-vote-prompt = Vote on { $id } with a level number, or na. Your vote stays private until the reveal.
plain-your-prerating-start = Your pre-rating of { $id } was { $label }: your starting choice. Type { $number } to vote for it, or another level.
plain-revealed = Votes on { $id } revealed, { $count ->
    [one] { $count } vote
   *[other] { $count } votes
}: { $counts }.
plain-revealed-pre = Votes on { $id } revealed, { $count ->
    [one] { $count } vote
   *[other] { $count } votes
} ({ $pre ->
    [one] { $pre } pre-rating
   *[other] { $pre } pre-ratings
}): { $counts }.
plain-suggested = Suggested consensus on { $id }, the median: { $label }.
plain-suggested-spread = Suggested consensus on { $id }, the median: { $label }; spread { $spread ->
    [one] { $spread } level
   *[other] { $spread } levels
}.
plain-voted = { $name } voted { $label }.
# Followed by a space and the comment.
plain-comment-by = Comment by { $name }:
# Followed by a space and the comment of an unnamed (private) vote.
plain-comment-with = A comment with a vote for { $label }:
plain-vote-range = This rubric has { $levels } levels: vote 1 to { $levels }, or na for N/A.
plain-comment-hint = Type comment and then the text to add it to your vote.
plain-the-comment = The comment
plain-vote-unreadable = Your vote cannot be read back; vote again.
plain-comment-kept = Comment kept: it goes with your vote on { $id } when you vote.
plain-left = You left the session. Your votes stay; join again to come back.
plain-nothing-to-vote = Nothing to vote on yet: wait for the facilitator.
plain-comment-saved = Comment saved with your vote on { $id }.
plain-vote-saved = Your vote on { $id }: { $label }. It stays private until the reveal; you can change it until then.
plain-vote-not-saved = Vote not saved: { $why }.
plain-status-none = Session { $code }: no indicator up yet; { $people ->
    [one] { $people } person
   *[other] { $people } people
} taking part.
plain-status-hidden = Session { $code }: { $id }, round { $round }; { $voted } of { $people ->
    [one] { $people } person
   *[other] { $people } people
} voted; { $mine }; votes hidden.
plain-status-revealed = Session { $code }: { $id }, round { $round }; { $voted } of { $people ->
    [one] { $people } person
   *[other] { $people } people
} voted; { $mine }; votes revealed.
plain-status-not-voted = you have not voted
plain-status-your-vote = your vote { $label }
plain-help-session = In a session you can type:
plain-help-session-vote = a level number, such as 3: your private vote on the indicator under discussion. na: vote N/A.
plain-help-session-comment = comment and then text: add a comment to your vote.
plain-help-session-read = read: hear the indicator again. status: who has voted, and whether the votes are revealed.
plain-help-session-leave = leave: leave the session; your votes stay. help: this list.
plain-help-session-news = New indicators, the reveal and the decision are read out as they happen.

## Pre-rating alone before the workshop

plain-prerate-joined = Joined session { $code } on { $school }, { $plan }, as { $name }, to pre-rate: rate each indicator alone before the workshop. Nobody else sees your pre-ratings before the reveal.
plain-prerate-progress = You have pre-rated { $done } of { $total } indicators.
plain-prerate-prompt = Type a number to pre-rate { $id }, na for N/A, next, unrated, or help.
plain-prerate-yours = Your pre-rating of { $id }: { $label }.
plain-prerate-none = You have not pre-rated { $id } yet.
# Followed by a space and the comment.
plain-prerate-your-comment = Your comment on { $id }:
plain-prerate-saved = Pre-rated { $id }: { $label }. Nobody else sees it before the reveal. { $done } of { $total } indicators pre-rated.
plain-prerate-comment-saved = Comment saved with your pre-rating of { $id }.
plain-prerate-comment-kept = Comment kept for { $id }; it is saved with your pre-rating.
plain-prerate-your-draft = Your comment on { $id }, saved with your pre-rating:
plain-prerate-at = Pre-rating { $at } of { $total }: { $id }.
plain-prerate-not-planned = This session does not pre-rate { $target }; it pre-rates { $ids }.
plain-prerate-not-saved = Pre-rating not saved: { $why }.
plain-prerate-all = You have pre-rated every indicator. Type summary to hear your pre-ratings, or leave.
plain-prerate-last = { $id } is the last indicator. Type unrated for the next one you have not pre-rated.
plain-prerate-mine-none = You have not pre-rated any indicator yet.
plain-prerate-mine-head = Your pre-ratings, { $done } of { $total } indicators:
plain-prerate-mine-line = Your pre-rating of { $id }: { $label }.
plain-prerate-status = Session { $code } is open for pre-rating: you have pre-rated { $done } of { $total } indicators; { $people ->
    [one] { $people } person
   *[other] { $people } people
} taking part.
plain-prerate-closed = Pre-rating has closed and the room meets now: from here you hear the indicator the facilitator brings up.
plain-help-prerate = While pre-rating you can type:
plain-help-prerate-rate = a level number, such as 3: your private pre-rating of this indicator; then the next one you have not pre-rated is read out. na: pre-rate N/A.
plain-help-prerate-comment = comment and then text: add a comment to your pre-rating.
plain-help-prerate-move = next, previous, unrated: go to the next, previous, or next indicator you have not pre-rated. go and an id, such as go pl-4: go there.
plain-help-prerate-read = read: hear this indicator again. summary: hear your own pre-ratings. status: how far you are.
plain-help-prerate-leave = leave: leave; your pre-ratings stay, and you can join again to go on. help: this list.

## Plain mode over SSH

plain-ssh-db = the database cannot be opened: { $error }
plain-ssh-internal = Touchstone: an internal error ended this connection. Everything saved is kept.
plain-ssh-shutdown = Touchstone: the server is shutting down. Everything saved is kept.
plain-ssh-idle = Touchstone: disconnected after { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
} without a key press. Everything saved is kept.
plain-prerate-left = You left. Your pre-ratings stay; join again to go on.
plain-input-unreadable = cannot read the input: { $error }

## Creating an assessment (new)

plain-prompt-new = new>
plain-help-home-new = new, or new and the school's name: create an assessment; you are asked its school, district, date, team, facilitator and rubric.
plain-new-start = A new assessment. Answer each question; press Enter for what it offers, or type cancel to stop.
plain-new-help = Answer the question, press Enter for what it offers, or type cancel to create nothing.
plain-new-ask-school = School? (required)
plain-new-ask-district = District? Press Enter for none.
plain-new-ask-date = Date of the assessment, such as { $today }? Press Enter for today, { $today }.
plain-new-ask-team = Team members, separated by commas? Press Enter for none.
plain-new-ask-facilitator = Facilitator? Press Enter for none.
plain-new-ask-facilitator-default = Facilitator? Press Enter for { $name }.
plain-new-ask-rubric = Rubric, { $count ->
    [one] { $count } to choose from
   *[other] one of { $count }
}: type its number.
plain-new-rubric-line = { $number }. { $title } ({ $id }).
plain-new-rubric-default = Press Enter for { $number }, { $title }.
plain-new-rubric-range = { $text } is not one of the rubrics: type a number from 1 to { $count }, or press Enter.
plain-new-problem = Not accepted: { $why }.
plain-new-cancelled = Cancelled: no assessment created.
plain-new-failed = No assessment created: { $error }
plain-new-created = Created the assessment of { $school }, { $date }, { $rubric }. Id { $id }.
plain-new-created-district = Created the assessment of { $school } ({ $district }), { $date }, { $rubric }. Id { $id }.

## Asking first, undo and redo on an assessment

plain-clear-ask = Clear the rating of { $id }, { $label }? Type yes to clear it; anything else keeps it.
plain-clear-kept = Kept: { $id } stays rated { $label }.
# Followed by a space and the note that is there.
plain-note-replace-there = { $id } already has a note:
plain-note-replace-ask = Replace the note on { $id } with yours? Type yes to replace it; anything else keeps it and drops yours.
plain-note-kept = Kept: the note on { $id } is as it was; yours is not saved.
plain-undo-nothing = Nothing to undo: you have not changed anything here yet.
plain-redo-nothing = Nothing to redo.
plain-undo-rating = { $id } rated { $label }
plain-undo-parts = the { $parts } of { $id }
plain-undone = Undone: { $what }. { $rated } of { $total } indicators rated.
plain-redone = Redone: { $what }. { $rated } of { $total } indicators rated.
plain-undo-refused = Not undone: { $who } changed { $id } at { $at }, after you. Type read to hear it as it is now.
plain-redo-refused = Not redone: { $who } changed { $id } at { $at }, after you. Type read to hear it as it is now.

## The room as heard: a viewer following it, the facilitator leading it

plain-room-segment = Segment { $at } of { $total }: { $title }, { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
}.
plain-now-discussing-in = Now discussing { $id }, round { $round }, in { $segment }.
plain-room-new-round = New round of votes on { $id }: round { $round }.
plain-room-between = No indicator is up: the room is between indicators.
plain-room-paused = The session is paused.
plain-room-resumed = The session goes on.
plain-prompt-watch = watch>
plain-watch-started = Session { $code } is running on { $school }, { $plan }, facilitated by { $facilitator }. You follow it as a viewer: it is read out as it goes.
plain-watch-left = You stopped following this session; the next one will be read out.
plain-watch-ended = Session { $code } has ended.
plain-watch-no-vote = A viewer follows the session and cannot vote. To vote, connect as CODE.NAME+plain, with your name.
plain-watch-status-hidden = Session { $code }: { $id }, round { $round }; { $voted } of { $people ->
    [one] { $people } person
   *[other] { $people } people
} voted; votes hidden.
plain-watch-status-revealed = Session { $code }: { $id }, round { $round }; { $voted } of { $people ->
    [one] { $people } person
   *[other] { $people } people
} voted; votes revealed.
plain-unknown-watch = { $word } is not something to type while following a session. Type help for what you can type now.
plain-help-watch = While following a session you can type:
plain-help-watch-read = read: hear the indicator up now again. status: the segment, and how many have voted.
plain-help-watch-quit = back: the list of assessments; this session is no longer read out, the next one is. quit: leave. The segment, each indicator, the reveal, the decisions and the end are read out as they happen.

## Facilitating a session

plain-prompt-lead = lead>
plain-help-assess-lead = lead: hear the session plans for this assessment. lead and a plan's number or id: start a coaching session and lead it. prerate and a plan: open it for silent pre-rating first.
plain-help-home-resume = resume and a join code, such as resume 73ZGY2: lead again a session you started.
plain-lead-open-first = Open an assessment first (open and its number), then type lead to hear the session plans.
plain-lead-no-plans = No session plan fits this assessment's rubric.
plain-lead-plans = { $count ->
    [one] { $count } session plan fits this assessment:
   *[other] { $count } session plans fit this assessment:
}
plain-lead-plan-line = { $number }. { $title } ({ $id }), { $minutes } minutes.
plain-lead-plans-hint = Type lead and a number to start that session, or prerate and a number to open it for silent pre-rating first.
plain-lead-plan-range = Type lead and a number from 1 to { $count }, or a plan's id.
plain-lead-not-started = Not started: { $why }
plain-lead-not-resumed = Cannot lead that session: { $error }
plain-lead-started = Session { $code } started on { $school }. You lead it.
plain-lead-prerating-opened = Session { $code } is open for silent pre-rating on { $school }: members rate alone first. Type close when the room meets.
plain-lead-join-hint = People join with the code { $code }: touchstone session join { $code } --name NAME, or over SSH as { $code }.NAME.
plain-lead-resumed = You lead session { $code } again.
plain-lead-joined = { $name } joined; { $count ->
    [one] { $count } person
   *[other] { $count } people
} taking part.
plain-lead-nobody = nobody
plain-lead-votes = Votes on { $id }: { $voted } of { $people }. Voted: { $names }. Not yet: { $waiting }.
plain-lead-no-indicators = This segment brings up no indicators. Type next for the next segment.
plain-lead-not-in-segment = { $target } is not one of the indicators of { $segment }.
plain-lead-leave-ask = { $count ->
    [one] { $count } indicator of { $segment } has no decision.
   *[other] { $count } indicators of { $segment } have no decision.
} Type yes to move on to the next segment anyway; anything else stays.
plain-lead-last-segment = This is the last segment. Type end to end the session.
plain-lead-kept = Nothing changed.
plain-lead-end-ask = End session { $code }? Nothing more can change in it. Type yes to end it; anything else keeps it going.
plain-lead-refused = Not done: { $why }.
plain-lead-submitted = Not recorded: this assessment was submitted meanwhile, so { $id } stays as it was; reopen it first.
plain-lead-decided-hint = Type next for the next indicator.
plain-lead-left = You stopped leading session { $code }; it goes on. Type resume { $code } to lead it again.
plain-lead-clock = Time left in this segment: { $clock }.
plain-lead-people = Taking part, { $count }: { $names }.
plain-lead-prerating-status = Session { $code } is open for pre-rating: { $members ->
    [one] { $members } member has
   *[other] { $members } members have
} pre-rated, of { $total } indicators.
plain-lead-prerating-member = { $name }: { $done } of { $total }.
plain-lead-prerating-close-hint = Type close to close pre-rating when the room meets, status to hear this again.
plain-lead-prerating-only = While members pre-rate you can type status, close, agenda, end or back. Type help for more.
plain-lead-prerating-closed = Pre-rating closed; the room meets. { $count ->
    [0] No indicator's pre-ratings agreed.
    [one] Pre-ratings agreed on { $count } indicator: { $ids }.
   *[other] Pre-ratings agreed on { $count } indicators: { $ids }.
}
plain-lead-agenda = Agenda of { $title }, { $count } segments:
plain-lead-agenda-line = { $number }. { $title }, { $minutes } minutes.
plain-lead-agenda-now = { $line } Now.
plain-unknown-lead = { $word } is not something to type while leading a session. Type help for what you can type now.
plain-help-lead = While leading a session you can type:
plain-help-lead-move = agenda: the segments. next, previous: the next or previous indicator, then the next or previous segment. go and an id: bring up that indicator.
plain-help-lead-reveal = reveal: show everyone the votes. round: a new round of votes on the indicator.
plain-help-lead-decide = decide: record the consensus the votes suggest. a level number, or na: record that level.
plain-help-lead-clock = pause: stop the clock. resume: start it again. end: end the session (it asks first).
plain-help-lead-read = read: hear where the session is. status: the clock, who takes part and who has voted.
plain-help-lead-leave = back: stop leading, the session goes on. help: this list.
plain-help-lead-prerating = While members pre-rate you can type: status, how far each member is; close, close pre-rating so the room meets; agenda; end.
