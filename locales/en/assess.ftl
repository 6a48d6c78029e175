# English: assessing: the indicator, levels, review, summary, editor, action steps, conflict and history.
# Ids are area-prefixed (`assess-...`); every id here must exist in the other language too.

