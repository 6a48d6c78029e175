# Spanish (Spanish as a school district writes for families: clear, not literal; terms as in the glossary in locales/GLOSSARY-es.md): command-line output and --help.
# Ids are area-prefixed (`cli-...`); every id here must exist in the other language too.

