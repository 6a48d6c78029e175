# Spanish (Spanish as a school district writes for families: clear, not literal; terms as in the glossary in locales/GLOSSARY-es.md): the database's messages (opening it, finding an assessment, checking its figures).
# Ids are area-prefixed (`store-...`); every id here must exist in the other language too.

## Opening the database

store-not-a-folder = { $folder } no es una carpeta, así que no se puede crear { $path } ahí; revise --db o TOUCHSTONE_DB
store-no-folder = la carpeta { $folder } no existe, así que no se creó { $path }; revise --db o TOUCHSTONE_DB, o cree primero la carpeta
store-cannot-use-folder = no se puede usar la carpeta { $folder }: { $reason }
store-cannot-create-folder = no se puede crear la carpeta { $folder }: { $reason }
store-cannot-create = no se puede crear { $path }: { $reason }
store-foreign-database = { $path } es una base de datos SQLite, pero no de Touchstone; elija otro archivo con --db
store-newer-schema = { $path } lo escribió una versión más nueva de Touchstone (esquema { $version }; esta conoce hasta el { $known }); no se modificó: actualice Touchstone para abrirlo
store-bad-schema-version = { $path } tiene la marca de Touchstone, pero la versión de esquema { $version }, que ninguna versión de Touchstone escribe: está dañado o es de otro programa; no se modificó: elija otro archivo con --db
store-not-a-database = { $path } no es una base de datos de Touchstone: { $error }
store-damaged = { $path } está dañado: { $error }
store-cannot-open = no se puede abrir { $path }: { $reason }
store-no-wal = la base de datos no pudo pasar al modo WAL (está en modo { $mode })
store-no-wal-files = SQLite no puede crear sus archivos -wal y -shm en la carpeta { $folder }: { $reason }
# Why a file or folder could not be used; $error is the system's own words.
store-not-permitted = no está permitido; ¿el archivo o su carpeta son inmutables? ({ $error })
store-permission-denied = permiso denegado ({ $error })
store-read-only = solo lectura (un sistema de archivos de solo lectura, o un archivo o carpeta inmutable) ({ $error })
store-disk-full = el disco está lleno ({ $error })
store-rubric-unreadable = una rúbrica guardada en la base de datos ya no se puede leer: { $problem }

## Finding and reading an assessment

store-school-empty = falta la escuela
# $prefix comes with its quotes.
store-prefix-too-short = { $prefix } es demasiado corto: escriba al menos 4 caracteres del id (vea `touchstone list`)
store-no-id-starts-with = ningún id de evaluación empieza con { $prefix } (vea `touchstone list`)
store-no-id-starts-with-did-you-mean = ningún id de evaluación empieza con { $prefix }: ¿quiso decir { $suggestion }? (vea `touchstone list`)
store-prefix-ambiguous = { $prefix } coincide con varias evaluaciones ({ $ids }); escriba más caracteres
store-no-such-assessment = no hay ninguna evaluación con el id { $id }
# $what names the stored field (date, team, status, change time, …).
store-unreadable-field = evaluación { $id }: el valor guardado de { $what } no se puede leer
store-evidence-too-many = no se guardó: { $indicator } tendría { $count } elementos de evidencia, y un indicador admite como máximo { $max }; quite algunos o reúna varios en un solo elemento
store-evidence-unreadable = una lista de evidencia guardada no se puede leer

## Importing into the database

store-session-running = la evaluación { $id } tiene una sesión de acompañamiento en curso (código para unirse { $code }) que el archivo no tiene; termine la sesión antes de reemplazar la evaluación
store-session-elsewhere = la sesión { $session } pertenece a la evaluación { $owner }; no se puede importar en la evaluación { $id }
store-session-twice = la sesión { $session } pertenece a la evaluación { $owner }; no se puede importar también en la evaluación { $id }

## The parts of one indicator an edit changes ("rating", "note and evidence")

store-part-rating = calificación
store-part-note = nota
store-part-evidence = evidencia
store-part-nothing = nada
store-parts-and = { $rest } y { $last }

## Joining a session

store-seat-taken = { $name } ya está participando en esta sesión desde otra terminal; únase con otro nombre (si esa terminal se cerró sin salir, el nombre queda libre de nuevo en { $seconds } segundos)

## `db check`: the stored figures against a recount (each "name old → new")

store-figure-indicators = indicadores
store-figure-rated = calificados
store-figure-at-full = en el nivel completo
store-figure-applicable = aplicables
store-figure-standards-full = estándares implementados por completo
store-figure-standards-applicable = estándares aplicables
store-figure-fully-implementing = implementa por completo
store-figure-baseline-met = cumple el nivel base
store-yes = sí
store-no = no
store-no-figures = no hay cifras guardadas
store-cannot-recount = la evaluación { $id } no se puede volver a contar: su rúbrica guardada ya no se puede leer: { $problem }
