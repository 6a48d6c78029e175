# Spanish (Spanish as a school district writes for families: clear, not literal; terms as in the glossary in locales/GLOSSARY-es.md): error messages and file diagnostics.
# Ids are area-prefixed (`errors-...`); every id here must exist in the other language too.


## Any file: FILE:LINE:COL: then one of these

errors-not-utf8 = este archivo no es texto UTF-8 (guárdelo como UTF-8)
errors-cannot-read = no se puede leer: { $error }
errors-format-wrong = el formato es { $found }; aquí se necesita un archivo con format = "{ $format }"
errors-format-missing = falta `format = "{ $format }"` al principio
errors-format-version = format_version { $version } no es compatible; este Touchstone lee la versión { $supported }
errors-more-problems = { $file }: … y { $count ->
    [one] { $count } problema más
   *[other] { $count } problemas más
}

## Rubric files

errors-what-rubric-id = identificador de la rúbrica
errors-what-version = versión
errors-what-title = título
errors-what-source = fuente
errors-what-level-key = clave del nivel
errors-what-level-label = nombre del nivel
errors-what-level-description = descripción del nivel
errors-what-standard-id = identificador del estándar
errors-what-indicator-id = identificador del indicador
errors-what-indicator-text = texto del indicador
errors-what-guidance = orientación
errors-what-standard-title = título del estándar
errors-what-short-title = título corto
errors-what-group = grupo
errors-what-summary = resumen
errors-what-descriptor = descripción del nivel
errors-id-chars = { $what } { $value }: solo puede tener letras minúsculas, dígitos y guiones ([a-z0-9-]+)
errors-text-empty = { $what }: falta el texto
errors-text-refused = { $what }: { $why }
errors-levels-count = una rúbrica tiene de 2 a 7 niveles; esta tiene { $count }
errors-level-na-reserved = la clave de nivel "na" está reservada para "no aplica"
errors-level-twice = la clave de nivel { $key } aparece dos veces
errors-score-range = el puntaje de nivel { $score } está fuera del rango; los puntajes son números enteros del { $min } al { $max }
errors-score-order = los puntajes de los niveles deben subir del nivel más bajo al más alto; { $score } va después de { $previous }
errors-full-count = exactamente un nivel debe tener full = true; hay { $count }
errors-threshold = { $name } es una proporción de 0.001 (0.1%) a 1; se encontró { $value }
errors-floor-above = floor_level { $key } está por encima del nivel más alto; el piso es el nivel más bajo que puede tener un estándar implementado por completo
errors-not-a-level = { $field } { $key } no es un nivel de esta rúbrica ({ $known })
errors-no-standards = una rúbrica necesita al menos un estándar
errors-id-twice = el identificador { $id } se usa dos veces
errors-short-twice = el título corto { $short } lo usan dos estándares; cada estándar necesita el suyo para distinguirlos en las barras laterales estrechas
errors-standard-empty = el estándar { $id } necesita al menos un indicador
errors-descriptor-unknown = descripción para { $key }, que no es un nivel de esta rúbrica
errors-rubric-twice-bundled = la rúbrica { $id } versión { $version } ya está definida por una rúbrica incluida; suba `version` para reemplazarla
errors-rubric-twice = la rúbrica { $id } versión { $version } ya está definida en { $file }; suba `version` para reemplazarla
errors-level-keys-hint = { $keys } (o 1-{ $count }), o { $na }

## Session plan files

errors-plan-rubric-missing = la rúbrica { $rubric } no está instalada (vea `touchstone rubrics`)
errors-plan-id-chars = el identificador del plan { $id } solo puede tener letras minúsculas, dígitos y guiones ([a-z0-9-]+)
errors-plan-other-rubric = este plan está escrito para la rúbrica { $wanted }, no para { $rubric }
errors-plan-consensus = consensus { $value } no es uno de median, lowest, facilitator
errors-plan-no-segments = un plan necesita al menos una parte
errors-plan-kind = kind { $value } no es uno de { $kinds }
errors-plan-minutes = minutes debe estar entre 1 y 240; se encontró { $minutes }
errors-plan-baseline-false = baseline = false no cubre nada; quítelo
errors-plan-weakest = weakest debe estar entre 1 y 20; se encontró { $count }
errors-plan-quorum = quorum debe ser un número entero de { $least } a { $most } (la calificación previa de una sola persona nunca resuelve un indicador); se encontró { $count }
errors-plan-per-indicator-range = minutes_per_indicator debe ser un número entero de minutos de 1 a 30; se encontró { $minutes }
errors-plan-per-indicator-short = la parte { $title } puede tratar { $count } indicadores: a los { $per } minutos por indicador del plan (minutes_per_indicator) necesita { $needed } minutos, no { $minutes } (una parte con only = "disagreement" cuenta la mitad de sus indicadores)
errors-plan-covers-several = una parte cubre solo uno de standards, indicators, baseline o weakest, no varios
errors-plan-rate-covers = una parte de tipo rate debe decir qué cubre: standards, indicators, baseline = true o weakest = N
errors-plan-covers-wrong-kind = una parte de tipo { $kind } no cubre indicadores; solo las partes rate, discuss y plan los cubren
errors-plan-only = only { $value } no se reconoce; la única opción es "disagreement"
errors-plan-only-rate = only = "disagreement" va en una parte de tipo rate
errors-plan-total = el plan dice { $stated } minutos, pero sus partes suman { $total }
errors-plan-empty-list = { $what } es una lista vacía; quítela
errors-plan-role-twice = el rol { $role } aparece dos veces
errors-plan-term-twice = el término { $term } aparece dos veces en el glosario
errors-plan-ids-empty = { $what ->
    [standard] la lista de estándares (standards) está vacía
   *[other] la lista de indicadores (indicators) está vacía
}
errors-plan-id-unknown = { $what ->
    [standard] el estándar
   *[other] el indicador
} { $id } no está en la rúbrica
# A segment's `title`, where a message names the field.
errors-plan-segment-title = title de la parte

## The settings file

errors-settings-unknown = la configuración { $key } no existe; las opciones son theme, language, rubric, facilitator, database y [keys]
errors-settings-quotes = { $key } debe ser texto entre comillas
errors-settings-theme = theme { $value } no es uno de default, high-contrast, monochrome
errors-settings-language = language { $value } no es un idioma de Touchstone: "en" (inglés) o "es" (español)
errors-settings-no-home = database empieza con ~/ pero este sistema no tiene carpeta personal
errors-settings-database = database { $value } debe ser una ruta absoluta (o empezar con ~/ para la carpeta personal)
errors-settings-keys-table = keys debe ser una tabla: una línea [keys] y luego líneas como quit = "x"
errors-settings-key-quotes = una tecla se escribe entre comillas, como "x"
errors-settings-a-key = una tecla

## Fields of a new assessment (the command line and the form)

errors-not-a-date = { $text } no es una fecha como 2026-11-22
errors-not-a-date-arg = no es una fecha como 2026-11-22
errors-date-out-of-range = { $date } está fuera de las fechas que Touchstone acepta, del { $earliest } al { $latest } (un año a partir de hoy); revise el año
errors-field-required = { $field }: es obligatorio
errors-field-empty = { $field }: está vacío
errors-field-school = Escuela
errors-field-district = Distrito
errors-field-date = Fecha
errors-field-team = Equipo
errors-field-facilitator = Facilitador

## The database

errors-disk-full = el disco está lleno; no se guardó nada ({ $error })
errors-read-only = no se puede escribir en la base de datos (un archivo, carpeta o sistema de archivos de solo lectura); no se guardó nada ({ $error })
errors-database = base de datos: { $error }
errors-conflict = no se guardó: { $name } cambió { $what } después de que se leyera; léalo de nuevo y vuelva a intentarlo
errors-conflict-at = no se guardó: { $name } cambió { $what } a las { $at }, después de que se leyera; léalo de nuevo y vuelva a intentarlo
errors-conflict-plan = el plan de acción
errors-conflict-an-import = una importación

## Translation files

errors-translation-twice = la traducción { $lang } de la rúbrica { $rubric } versión { $version } ya la da { $whose }
errors-translation-bundled = una traducción incluida con Touchstone

## Rubric translation files (touchstone-rubric-translation): FILE:LINE:COL: then one of these.
## $field is a TOML key as the file spells it (label, title, guidance…); $kind is level, standard or indicator.

errors-rt-language = language { $code } no es un idioma de Touchstone; use uno de estos: { $known }
errors-rt-own-language = language { $code } es el idioma de la propia rúbrica (las rúbricas se escriben en inglés); una traducción es a otro idioma: { $known }
errors-rt-no-rubric = no hay ninguna rúbrica { $rubric } para traducir (vea `touchstone rubrics`)
errors-rt-no-version = la rúbrica { $rubric } no tiene la versión { $version }; versiones conocidas: { $known }
errors-rt-level-field = { $field } del nivel { $key }
errors-rt-standard-field = { $field } del estándar { $id }
errors-rt-indicator-field = { $field } del indicador { $id }
errors-rt-descriptor-field = descriptors { $key } del indicador { $id }
errors-rt-missing = { $what }: falta la traducción (la rúbrica tiene este texto)
errors-rt-extra = { $what }: sobra; la rúbrica no tiene este texto para traducir
errors-rt-missing-id = falta { $kind ->
        [level] el nivel
        [standard] el estándar
       *[other] el indicador
    } { $id }: agregue [{ $table }.{ $key }]
errors-rt-missing-id-after = falta { $kind ->
        [level] el nivel
        [standard] el estándar
       *[other] el indicador
    } { $id } (va después de { $next }): agregue [{ $table }.{ $key }]
errors-rt-missing-id-before = falta { $kind ->
        [level] el nivel
        [standard] el estándar
       *[other] el indicador
    } { $id } (va antes de { $next }): agregue [{ $table }.{ $key }]
errors-rt-extra-id = sobra { $kind ->
        [level] el nivel { $id }: la rúbrica no tiene ningún nivel
        [standard] el estándar { $id }: la rúbrica no tiene ningún estándar
       *[other] el indicador { $id }: la rúbrica no tiene ningún indicador
    } con este identificador
errors-rt-extra-descriptor = sobra la descripción { $key } del indicador { $id }: la rúbrica no tiene ninguna para este nivel
errors-rt-missing-descriptor = al indicador { $id } le falta su descripción para { $key }

## Session plan translation files (touchstone-session-translation): FILE:LINE:COL: then one of these.
## $what is a TOML key as the file spells it (title, prework, prompts…); $kind is a segment kind (rate, discuss…).

errors-pt-language = language { $code } no es un idioma de Touchstone ({ $known })
errors-pt-language-name = language { $code } no coincide con el nombre del archivo, que dice { $named }
errors-pt-no-plan = el plan { $plan } no está instalado (vea `touchstone session plans`)
errors-pt-missing = { $what }: falta la traducción (el plan tiene este texto)
errors-pt-extra = { $what }: sobra, porque el plan no lo tiene; quítelo
errors-pt-items-missing = { $what }: falta la traducción; el plan tiene { $count } para traducir
errors-pt-items-short = { $what }: el plan tiene { $count }, esta traducción { $found }
errors-pt-item-extra = { $what }: este elemento sobra; el plan tiene { $count }
errors-pt-segments-missing = faltan las partes (segments): el plan tiene { $count } para traducir
errors-pt-segment-missing = falta la parte { $number } (de tipo { $kind }: { $title })
errors-pt-segment-extra = la parte { $number } sobra: el plan tiene { $count }
errors-pt-segment-kind = la parte { $number } del plan es de tipo { $kind } ({ $title }), no { $found }
