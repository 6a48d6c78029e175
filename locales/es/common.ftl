# Spanish (Spanish as a school district writes for families: clear, not literal; terms as in the glossary in locales/GLOSSARY-es.md): words used on many screens and in many outputs (levels, counts, yes/no, dates).
# Ids are area-prefixed (`common-...`); every id here must exist in the other language too.

common-language-name = Español
common-language-switched = Idioma: español
common-schools = { $count ->
    [one] { $count } escuela
   *[other] { $count } escuelas
}

## The language key (L): said in the new language
common-language-saved = Idioma: español (guardado)
common-language-not-saved = Idioma: español — no se guardó: { $error }

## The theme key (T) and the themes' names
common-theme-default = normales
common-theme-high-contrast = alto contraste
common-theme-monochrome = monocromo
common-theme-switched = Colores: { $theme }
common-theme-saved = Colores: { $theme } (guardado)
common-theme-not-saved = Colores: { $theme } — no se guardó: { $error }

## Saving a setting from the screens; $setting is one of these
common-setting-theme = los colores
common-setting-name = su nombre
common-setting-language = el idioma
common-setting-not-saved = { $problem } (no se pudo guardar { $setting })
common-setting-is-a-table = { $key } en { $file } es una tabla, no un texto; no se pudo guardar { $setting }
common-setting-read-only = { $file } es de solo lectura; no se guardó { $setting } (se mantiene hasta que salga)
common-setting-broken-link = { $file } es un enlace a { $target }, que no existe; no se guardó { $setting }

## The title bar
common-bar-home = Touchstone · autoevaluación de escuela comunitaria
common-bar-new = Touchstone · nueva evaluación
common-bar-network = Touchstone · red
common-bar-session = Sesión { $code } · { $school } · { $plan }
common-bar-session-ended = (terminada)
common-bar-watch = Siguiendo la sesión { $code } · { $school }
# $help is the help key, as the settings' [keys] table may have remapped it.
common-bar-right = colores: { $theme } · { $help } ayuda

## A window smaller than the screens need
common-too-small = Touchstone necesita una ventana de al menos { $min_width }×{ $min_height }; esta mide { $width }×{ $height }.
common-too-small-what-to-do = Agrande la ventana (o achique la letra). Pulse Ctrl-C para salir.

## Status lines; $key and $help are keys as the settings' [keys] table names them
common-unbound-key = { $key } no hace nada aquí — { $help } muestra las teclas
common-read-only = Esta vista es solo de lectura: ↑/↓ moverse, { $summary } resumen, { $network } red, { $help } ayuda, { $quit } salir
common-updated-elsewhere = Actualizado con cambios de otra sesión
common-deleted = Se eliminó { $label } — pulse { $key } para recuperarla
common-nothing-deleted = No se eliminó nada
common-nothing-written = No se escribió nada; escriba otro nombre de archivo, o Esc
common-session-ended = Sesión terminada; su acta: touchstone session minutes { $code }
common-closed-unsaved = Cerrado sin guardar
common-still-editing = Sigue editando: Ctrl-S guarda
common-session-goes-on = La sesión continúa
common-submitted = Entregada: ahora cuenta en las cifras de la red; { $key } la reabre
common-not-submitted = No se entregó; sigue como borrador
common-still-in-segment = Sigue en esta parte
common-dialog-screen-gone = No se hizo nada: la pantalla que lo preguntó ya se cerró
common-no-plan-matches = Ningún plan coincide con el filtro
common-prerating-open = Calificación previa abierta, código { $code }: los integrantes se unen con él (session join { $code }, o { $code }.NOMBRE@ por SSH); ciérrela con session prerate close { $code }
common-session-started = Sesión iniciada: los participantes se unen con el código { $code }

## Why text was refused (follows the field's name: "School name is longer than 200 characters")
common-text-control = contiene el carácter de control U+{ $code }
common-text-direction = contiene U+{ $code }, que cambia la dirección en que se muestra el texto
common-text-line-break = debe ser una sola línea (sin saltos de línea ni tabulaciones)
common-text-too-long = tiene más de { $max } caracteres
common-text-invisible = no tiene caracteres visibles
common-text-not-normal = { $what } tiene espacios al principio o al final, o saltos de línea CR; debe guardarse recortado, con saltos de línea \n

## The terminal could not be used (set up, drawn on or read)
common-terminal-error = terminal: { $error }
common-unrated = Sin calificar
# Shown under the title of a rubric (rubric show, reports) read in a language it has no translation into; $language is that language's own name.
common-rubric-untranslated = Esta rúbrica ({ $id } v{ $version }) no está traducida a este idioma ({ $language }): su texto se muestra en el idioma en que está escrito.
