# Spanish (Spanish as a school district writes for families: clear, not literal; terms as in the glossary in locales/GLOSSARY-es.md): the home list, the new-assessment form, dialogs, the import prompt, the network screen.
# Ids are area-prefixed (`home-...`); every id here must exist in the other language too.

