# English: coaching sessions: facilitator, participant, wall, plan chooser, pre-rating.
# Ids are area-prefixed (`session-...`); every id here must exist in the other language too.


## The facilitator's screen: the clock, the agenda, the status line.

session-clock-paused = Clock paused
session-clock-running = Clock running
session-extended = { $minutes ->
    [one] { $minutes } more minute for this segment
   *[other] { $minutes } more minutes for this segment
}
session-shortened = { $minutes ->
    [one] { $minutes } minute less for this segment
   *[other] { $minutes } minutes less for this segment
}
session-no-indicators-in-segment = This segment has no indicators; { $key } moves to the next segment
session-nothing-up-for-vote = No indicator is up for a vote
session-already-revealed = The votes are already revealed; { $key } starts a new round
session-nothing-to-reveal = No votes yet: nothing to reveal. Wait for the room, or type the level's number to record it
session-revealed = Votes revealed
session-revote = Round { $round }: everyone votes again
session-last-segment = This is the last segment; { $key } ends the session
session-first-segment = This is the first segment
# The agenda moved on (status line, participant's status line, wall).
session-now = Now: { $title }
session-nothing-up-for-decision = No indicator is up for a decision
session-rubric-levels = { $count ->
    [one] This rubric has { $count } level
   *[other] This rubric has { $count } levels
}
session-reveal-first = Reveal the votes first ({ $key }), then record the consensus
session-no-votes-type-level = No votes yet: type the level's number to record it
session-room-decides-type = This plan leaves the consensus to you: type the level's number the room agreed on
session-recorded = Recorded { $indicator }: { $level } — → next indicator
session-submitted-meanwhile = Not recorded: { $name } submitted the assessment meanwhile, so it is read-only; reopen it ({ $key } on its summary) to record { $indicator }
session-submitted-not-recorded = Not recorded: the assessment was submitted meanwhile, so it is read-only; reopen it ({ $key } on its summary) to record { $indicator }
# The segment's clock: `12:05 left`, `paused · 3:10 left`, `over by 1:20`.
session-timer-left = { $clock } left
session-timer-over = over by { $clock }
session-timer-paused-left = paused · { $clock } left
session-timer-paused-over = paused · over by { $clock }
# A segment's planned minutes in the agenda column.
session-agenda-minutes = { $minutes }m
session-partly-done = partly done
session-minutes-after = { $minutes } min after this one
session-join-code = Join code:
session-participants = { $count ->
    [one] { $count } participant
   *[other] { $count } participants
}
session-note-no-indicators = No indicators in this segment: { $key } moves to the next one.
session-note-first-indicator = → brings up the first indicator of this segment.
session-prompts-earlier = { $count ->
    [one] ({ $count } prompt earlier: ↑ shows it)
   *[other] ({ $count } prompts earlier: ↑ shows them)
}
session-prompts-more = { $count ->
    [one] ({ $count } more prompt: ↓ shows them)
   *[other] ({ $count } more prompts: ↓ shows them)
}
session-page-down = PgDn: more
session-page-up = PgUp: back up
# Where the indicator is in the segment: `2 of 5`.
session-position = { $at } of { $total }
session-recorded-label = Recorded:
session-round = round { $round }
session-votes-count = Votes { $voted }/{ $total }
session-pre-rated = { $count } pre-rated
session-nobody-joined = nobody has joined yet
session-everyone-has-a-vote = everyone has a vote (pre-ratings count)
session-everyone-voted = everyone has voted
session-waiting-for = waiting for: { $names }
session-votes-hidden = Votes are hidden. { $key } reveals them to everyone.
session-no-steps = No action steps were recorded in this session.
session-next-steps = Our next steps
session-no-owner = no owner yet
session-no-date = no date
session-due-by = by { $date }
# The tally under the bars: the plan's rule and what it suggests.
session-rule-median = median { $level }
session-rule-lowest = lowest vote { $level }
session-rule-room = the room decides
session-hint-enter = Enter records it
session-hint-type = type the level agreed
session-spread-line = Spread { $spread } · { $rule }
session-pre-ratings-note = { $count ->
    [one] ({ $count } pre-rating)
   *[other] ({ $count } pre-ratings)
}

## The participant's screen.

session-news-prerating-closed = Pre-rating has closed: your screen follows the facilitator now
session-news-ended = The session has ended. Thank you for taking part; { $key } leaves
session-news-indicator = Now: { $indicator }. Your vote stays hidden until the reveal
session-news-nothing = Nothing to vote on right now
session-news-round = Round { $round }: vote again; votes stay hidden until the reveal
session-news-revealed = Votes revealed: everyone's votes are below
session-news-paused = The facilitator paused the clock
session-news-resumed = The clock runs again
session-comment-saved = Comment saved with your vote
session-comment-kept = Comment kept for { $indicator }; it is saved with your vote
session-follows-facilitator = In the room the facilitator chooses the indicator; your screen follows
session-prerating-edge = Indicator { $at } of { $total }: nothing further that way
session-prerating-none-left = Every indicator is pre-rated; ← and → go back to change one
session-your-draft = Your comment (saved with your vote):
session-your-prerating = Your pre-rating: { $level } (the starting choice; Enter votes for it)
session-vote-ended = The session has ended; your votes are kept. { $key } leaves
session-vote-nothing-yet = Nothing to vote on yet: wait for the facilitator
session-prerated = Pre-rated { $indicator }: { $level } (private until the reveal) · now { $next }
session-vote-saved = Your vote: { $level } (hidden until the reveal; you can change it until then)
session-clock-ended = ended
session-clock-paused-left = paused, { $clock } left
session-title-prerating = Silent pre-rating · { $at } of { $total } · you are { $name }
session-title-participant = Now: { $segment } · { $clock } · you are { $name }
session-ended-thanks = The session has ended. Thank you for taking part. { $key } leaves.
session-ended-kept = Your votes and comments are kept with the workshop's record.
session-facilitator-paused = The facilitator has paused the clock.
session-nothing-now = Nothing to vote on right now.
session-will-bring-up = The facilitator will bring up an indicator; this screen follows along.
session-not-voted = You have not voted yet: press a number.
session-your-vote = Your vote:
session-add-comment = { $key } adds a comment
session-comment-label = Comment:
session-recorded-by-team = Recorded by the team: { $level }
session-everyone-votes = Everyone's votes:
session-prerating-progress = Pre-rating: { $done } of { $total } indicators done. Private: nobody sees it before the reveal. A vote moves on; → skips (it stays unrated), ← goes back, c writes a comment before or after the vote.
session-voted-of = { $voted } of { $total } have voted. Votes stay hidden until the facilitator reveals them.

## The wall screen (in the room's language).

session-wall-thanks = Thank you
session-wall-ended = The session has ended.
session-wall-kept = The decisions are recorded with the assessment.
session-wall-voted = { $voted } of { $total } have voted · votes stay hidden until the reveal
session-wall-recorded = Recorded: { $level }
session-wall-next = Next: { $indicator }
session-wall-segment = { $school } · segment { $at } of { $total }: { $segment }
session-wall-join-code = join code { $code }
session-wall-paused = PAUSED
session-wall-clock-paused = The clock is paused
session-wall-levels = { $count ->
    [one] { $count } level
   *[other] { $count } levels
}
session-wall-tally = { $votes ->
    [one] { $votes } vote
   *[other] { $votes } votes
}{ $pre } · spread { $spread } · { $rule }
session-wall-coming-up = { $count ->
    [one] Coming up: { $count } indicator, starting with { $first }
   *[other] Coming up: { $count } indicators, starting with { $first }
}
session-wall-next-segment = Next: { $title } ({ $minutes } min)
session-wall-join = Join from your own terminal: touchstone session join { $code }
session-wall-join-ssh = Join from your laptop: { $command }
# The placeholder a participant replaces with their own name in the SSH command.
session-wall-your-name = NAME
session-wall-more-steps = { $count ->
    [one] …and 1 more step
   *[other] …and { $count } more steps
}
session-viewer-ended = Session { $code } has ended; the wall opens again when the next session starts.
session-wall-so-far = { $count ->
    [one] { $count } participant so far
   *[other] { $count } participants so far
}

## Messages from the store.

session-error-no-code = no running session has the code { $code } (see `touchstone session list`)
session-error-no-code-or-id = no session has the code { $code }, nor an id starting with it (see `touchstone session list`)
session-error-ambiguous = { $prefix } matches several sessions ({ $ids }); give more characters
session-error-no-session = no session { $id }
session-error-imported = this session was imported from elsewhere; it can be read, not run
session-error-plan-unreadable = the stored session plan no longer reads: { $problem }
session-error-no-indicator = there is no indicator to vote on yet
session-error-ended = the session has ended; your votes are kept
session-error-prerating-open = the session is open for pre-rating; the room votes once it closes
session-error-moved-on = the facilitator has moved on; your screen is catching up, vote again
session-error-revealed = the votes are revealed: wait for a new round to vote again
session-error-prerating-closed = pre-rating on this session has closed; your pre-ratings are kept
session-error-not-prerating = this session is not open for pre-rating
session-error-no-assessment = no assessment with id { $id }
session-error-already-submitted = this assessment is already submitted (`touchstone reopen ID` makes it a draft again)
session-error-already-draft = this assessment is a draft already

## The plan chooser and `session show`

session-chooser-question = Which session plan?
session-chooser-filter = Filter: { $filter }
session-chooser-title = {" "}Start a coaching session{" "}
session-chooser-title-prerate = {" "}Open silent pre-rating for a session{" "}
session-describe-head = { $title } [{ $id }] · { $minutes } minutes
session-describe-rubric = Rubric: { $rubric }
session-describe-prework = Before the session
session-describe-roles = Roles
session-describe-materials = Materials
session-describe-access = Taking part
session-describe-voting = Voting without a device
session-describe-glossary = Glossary
session-describe-agenda = Agenda
session-describe-standards = {" "}· standards: { $ids }
session-describe-indicators = {" "}· indicators: { $ids }
session-describe-baseline = {" "}· the baseline indicators
session-describe-weakest = {" "}· { $count ->
    [one] the weakest standard
   *[other] the { $count } weakest standards
}
session-describe-disagreement = , only where pre-ratings disagree

## Starting a session

session-error-no-plan = no session plan { $plan }; plans: { $plans } (see `touchstone session plans`)
session-error-submitted = this assessment is submitted, so it is read-only; reopen it (`touchstone reopen ID`) to hold a session on it
session-error-plan-does-not-fit = plan { $plan } does not fit rubric { $rubric }: { $problems }
session-error-still-prerating = session { $code } is open for pre-rating: members rate alone in the screens (`touchstone session join { $code } --name NAME`, or { $code }.NAME@ over SSH), in plain mode (`touchstone --plain session join { $code } --name NAME`) or with `touchstone session prerate rate { $code } --name NAME INDICATOR LEVEL`; the facilitator closes it with `touchstone session prerate close { $code }` when the room meets

## Paper for the room: the printable pre-rating sheet and ballot (`session sheet`)
sheet-title = Pre-rating sheet
sheet-code = pre-rating code { $code }
sheet-name = Name
sheet-date = Date
sheet-intro = Rate each indicator alone, before the meeting: tick one box, the level that describes your school today, or N/A when it does not apply here. Under it, write what you saw or know that shows it. If you are not sure, choose the lower level. Nobody else sees your sheet; the recorder types it in and the room discusses where the team disagrees.
sheet-na = N/A
sheet-evidence = What shows it (evidence)
sheet-ballot = Ballot
sheet-ballot-intro = One box a row: the level you choose for each indicator, or N/A.
sheet-indicator = Indicator
sheet-enter-hint = For the recorder: touchstone session prerate enter { $code } --name NAME "cl-1=3 cl-2=na …" enters one sheet at once (the level's number, its key, or na).

# Refusals of a change to a session (session::Refusal), the same at every door.
session-refusal-not-facilitator = only the facilitator leads the session
session-refusal-ended = the session has ended; nothing more can change in it
session-refusal-already-revealed = the votes are already revealed; a new round hides them again
session-refusal-reveal-first = reveal the votes first, then record the consensus
session-refusal-not-in-plan = { $indicator } is not one of the indicators this session pre-rates ({ $planned })
session-refusal-last-segment = this is the last segment; end the session to close it
