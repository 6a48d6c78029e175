# Spanish (Spanish as a school district writes for families: clear, not literal; terms as in the glossary in locales/GLOSSARY-es.md): error messages and file diagnostics.
# Ids are area-prefixed (`errors-...`); every id here must exist in the other language too.

