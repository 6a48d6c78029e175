# English: error messages and file diagnostics.
# Ids are area-prefixed (`errors-...`); every id here must exist in the other language too.

