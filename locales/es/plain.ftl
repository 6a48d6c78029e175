# Spanish (Spanish as a school district writes for families: clear, not literal; terms as in the glossary in locales/GLOSSARY-es.md): plain mode (screen readers): every line it prints.
# Ids are area-prefixed (`plain-...`); every id here must exist in the other language too.

