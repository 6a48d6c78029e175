# English: plain mode (screen readers): every line it prints.
# Ids are area-prefixed (`plain-...`); every id here must exist in the other language too.

