# Spanish (Spanish as a school district writes for families: clear, not literal; terms as in the glossary in locales/GLOSSARY-es.md): assessing: the indicator, levels, review, summary, editor, action steps, conflict and history.
# Ids are area-prefixed (`assess-...`); every id here must exist in the other language too.

