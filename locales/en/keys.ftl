# English: the key map: help lines, footer words and context titles.
# Ids are area-prefixed (`keys-...`); every id here must exist in the other language too.

