# English: coaching sessions: facilitator, participant, wall, plan chooser, pre-rating.
# Ids are area-prefixed (`session-...`); every id here must exist in the other language too.

