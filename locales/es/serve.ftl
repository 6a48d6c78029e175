# Spanish (Spanish as a school district writes for families: clear, not literal; terms as in the glossary in locales/GLOSSARY-es.md): the SSH server: login, banners and its messages.
# Ids are area-prefixed (`serve-...`); every id here must exist in the other language too.

