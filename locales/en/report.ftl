# English: reports in every format, the HTML report and the minutes.
# Ids are area-prefixed (`report-...`); every id here must exist in the other language too.

