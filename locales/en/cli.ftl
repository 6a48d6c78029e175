# English: command-line output and --help.
# Ids are area-prefixed (`cli-...`); every id here must exist in the other language too.

