# Spanish (Spanish as a school district writes for families: clear, not literal; terms as in the glossary in locales/GLOSSARY-es.md): words used on many screens and in many outputs (levels, counts, yes/no, dates).
# Ids are area-prefixed (`common-...`); every id here must exist in the other language too.

common-language-name = Español
common-language-switched = Idioma: español
common-schools = { $count ->
    [one] { $count } escuela
   *[other] { $count } escuelas
}
