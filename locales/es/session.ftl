# Spanish (Spanish as a school district writes for families: clear, not literal; terms as in the glossary in locales/GLOSSARY-es.md): coaching sessions: facilitator, participant, wall, plan chooser, pre-rating.
# Ids are area-prefixed (`session-...`); every id here must exist in the other language too.

