# English: words used on many screens and in many outputs (levels, counts, yes/no, dates).
# Ids are area-prefixed (`common-...`); every id here must exist in the other language too.

# The language's own name, shown where the language is chosen.
common-language-name = English
common-language-switched = Language: English
common-schools = { $count ->
    [one] { $count } school
   *[other] { $count } schools
}
