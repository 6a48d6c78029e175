# Spanish (Spanish as a school district writes for families: clear, not literal; terms as in the glossary in locales/GLOSSARY-es.md): reports in every format, the HTML report and the minutes.
# Ids are area-prefixed (`report-...`); every id here must exist in the other language too.

