# Spanish (Spanish as a school district writes for families: clear, not literal; terms as in the glossary in locales/GLOSSARY-es.md): the key map: help lines, footer words and context titles.
# Ids are area-prefixed (`keys-...`); every id here must exist in the other language too.

