# Spanish (Spanish as a school district writes for families: clear, not literal; terms as in the glossary in locales/GLOSSARY-es.md): reports in every format, the HTML report and the minutes.
# Ids are area-prefixed (`report-...`); every id here must exist in the other language too.


## Words used across the reports

report-yes = sí
report-no = no
report-status-draft = borrador
report-status-final = entregada
report-action-open = abierto
report-action-done = hecho
report-action-dropped = descartado
report-unrated = Sin calificar
report-na = N/A
report-complete = completa
report-incomplete = incompleta: { $count ->
    [one] { $count } indicador
   *[other] { $count } indicadores
} sin calificar
report-not-recorded = sin registrar
report-due = fecha límite { $date }

## The scoring rule in words (the same sentence as the rubric's rule)

# $standard_share and $school_share are report-share-all or report-share-at-least.
report-rule = Un estándar está implementado por completo cuando { $standard_share } sus indicadores aplicables están en { $full }{ $floor }; { $subject ->
    [network] la red implementa los estándares por completo
   *[school] una escuela implementa los estándares por completo
} cuando { $school_share } sus estándares aplicables lo están. Estos umbrales son una convención de Touchstone; no forman parte de los estándares.
# Follows the full level's name after a space, when the rubric sets a floor.
report-rule-floor = y ninguno está por debajo de { $level } ni sin calificar
report-rule-baseline-full = y sus indicadores del nivel base están todos en { $full }
# When the rubric has no levels at all.
report-rule-full-level = el nivel completo
report-share-all = todos
report-share-at-least = al menos el { $percent }% de
report-rule-line = Regla: { $rule }

## The figures (text, Markdown and the HTML cards)

report-fully-implementing = Implementa los estándares por completo
report-standards-full = Estándares implementados por completo
report-indicators-full = Indicadores en el nivel completo
report-baseline-met = Cumple los criterios del nivel base

## Column headings

report-col-standard = Estándar
report-col-full = Completo
report-col-full-indicators = Indicadores completos
report-col-mean = Promedio
report-col-needed = Necesarios en el nivel completo
report-needed-at-full = { $below ->
    [0] { $count ->
        [one] su único indicador
       *[other] los { $count }
    }
    [1] todos menos uno de { $count }
   *[other] todos menos { $below } de { $count }
}
report-needed-line = Necesarios en el nivel completo: { $needed }
report-col-fully-implemented = Implementado por completo
report-col-mean-score = Puntaje promedio
report-col-indicator = Indicador
report-col-level = Nivel
report-col-note = Nota
report-col-note-evidence = Nota y evidencia
report-col-step = Paso
report-col-owner = Responsable
report-col-due = Fecha límite
report-col-status = Estado
report-col-consensus = Consenso
report-col-median = Mediana de los votos
report-col-votes = Votos
report-col-segment = Parte
report-col-kind = Tipo
report-col-planned = Previsto
report-col-actual = Real
report-col-started = Inicio

## A standard's mark in the text report's table

report-mark-yes = ✓ sí
report-mark-no = · no
report-mark-na = N/A

## The text and Markdown reports

report-text-assessment = Evaluación { $id } · { $status } · { $completion }
report-md-assessment = Evaluación `{ $id }`, { $status }, { $completion }
report-team = Equipo: { $team }
report-facilitator = Persona que facilita: { $name }
report-ratings = Calificaciones
report-text-note = nota
report-text-evidence = evidencia
report-note = Nota: { $note }
report-evidence = Evidencia: { $item }
report-action-plan = Plan de acción
report-sessions = Sesiones de acompañamiento
report-text-session = { $title } · comenzó { $started } · facilitada por { $facilitator } · { $participants ->
    [one] { $participants } participante
   *[other] { $participants } participantes
} · { $decisions ->
    [one] { $decisions } decisión
   *[other] { $decisions } decisiones
}

## The HTML report

report-html-standards = Estándares
report-html-over-time = A lo largo del tiempo
report-html-fully-implemented = implementado por completo
report-html-session = Sesión de acompañamiento: { $title }
report-html-session-meta = Facilitada por { $facilitator } · { $participants ->
    [one] { $participants } participante
   *[other] { $participants } participantes
} · comenzó { $started }
report-html-footer = Evaluación { $id } · hecha con Touchstone
report-html-bars-label = Porcentaje de indicadores en el nivel completo, por estándar
report-html-bars-legend = Porcentaje de indicadores en el nivel completo (✓: estándar implementado por completo)
report-html-trend-label = Estándares implementados por completo a lo largo del tiempo
report-html-series-standards = estándares
report-html-series-indicators = indicadores
report-html-trend-legend = Línea continua: estándares implementados por completo. Línea discontinua: indicadores en el nivel completo.

## Workshop minutes

report-minutes-title = Acta del taller: { $school }, { $date }
report-minutes-plan = Plan: { $title } ({ $plan })
report-minutes-running = en curso
report-minutes-time = Horario: { $day }, de { $start } a { $end } ({ $zone })
report-minutes-participants = Participantes ({ $count }): { $names }
report-minutes-assessment = Evaluación: `{ $id }` ({ $rubric } v{ $version })
report-minutes-agenda = Agenda
report-minutes-pauses = Pausas
report-minutes-pause = de { $from } a { $to } ({ $minutes } min), en { $segment }
report-minutes-pause-open = desde { $from }, en { $segment }, hasta el final
report-minutes-min = { $minutes } min
report-minutes-decisions = Decisiones
report-minutes-no-decisions = No se registró ningún consenso.
report-minutes-levels = { $count ->
    [one] { $count } nivel
   *[other] { $count } niveles
}
report-minutes-recorded = Registrada a las { $time }; { $votes ->
    [one] { $votes } voto
   *[other] { $votes } votos
}; mediana { $median }; dispersión { $spread }
report-minutes-pre-rated = { $name } dio la calificación previa { $level }
report-minutes-voted = { $name } votó { $level }
report-minutes-pre-ratings = { $count ->
    [one] { $count } calificación previa
   *[other] { $count } calificaciones previas
}
report-minutes-votes = Votos: { $tally }
report-minutes-comment = Comentario ({ $level }): "{ $comment }"
report-minutes-comment-by = { $name } ({ $level }): "{ $comment }"
report-minutes-said-round = Dicho en la ronda { $round }:
report-minutes-said-pre = Dicho con las calificaciones previas:
report-minutes-said-last = Dicho en la última ronda:
report-minutes-discussed = Conversado sin decisión
report-minutes-baseline = Nivel base
report-minutes-baseline-met = La escuela cumple el nivel base: todos los criterios ({ $criteria }) están en { $level } o más arriba.
report-minutes-baseline-not-met = La escuela aún no cumple el nivel base: { $count ->
    [one] un criterio está
   *[other] { $count } criterios están
} por debajo de { $level }.
report-minutes-baseline-short = { $id } ({ $text }): { $at }, por debajo de { $level }
report-minutes-baseline-unrated = sin calificar
report-minutes-action-steps = Pasos de acción
report-kind-welcome = bienvenida
report-kind-rate = calificar
report-kind-discuss = conversar
report-kind-reflect = reflexionar
report-kind-plan = planificar
report-kind-break = descanso
report-kind-close = cierre

## Importing an assessment file: problems, each after its `FILE:LINE:COL: `
## (quoted values come with their quotes; `what` names the field as the file does)

report-import-format-header = el encabezado de formato no es el esperado
report-import-empty = el campo { $what } está vacío
report-import-not-a-date = el campo { $what } debe ser una fecha como 2026-11-22; dice { $found }
report-import-not-a-time = el campo { $what } debe ser una fecha y hora con zona horaria, como 2026-11-22T10:31:05Z
report-import-not-a-count = el campo { $what } debe ser un número entero de { $min } a { $max }
report-import-rubric-missing = la rúbrica { $rubric } versión { $version } no está instalada aquí (vea `touchstone rubrics`)
report-import-not-a-uuid = el id { $id } no es un UUID
report-import-bad-status = el estado { $status } no es draft ni final
report-import-submitted-by-alone = submitted_by necesita submitted (la hora de entrega)
report-import-submitted-not-final = submitted solo se usa con status = "final"
report-import-standard-unknown = el estándar { $standard } no está en la rúbrica { $rubric } versión { $version }
report-import-standard-twice = el estándar { $standard } aparece dos veces
report-import-indicator-elsewhere = el indicador { $indicator } no forma parte del estándar { $standard }
report-import-indicator-twice = el indicador { $indicator } aparece dos veces
report-import-indicator-unknown = el indicador { $indicator } no está en la rúbrica
report-import-too-much-evidence = { $count } elementos de evidencia; un indicador admite como máximo { $max }
report-import-bad-level = el nivel { $level } no es ninguno de estos: { $keys }
report-import-action-indicator = hay un paso de acción para el indicador { $indicator }, que no está en la rúbrica
report-import-bad-action-status = el estado del paso de acción { $status } no es open, done ni dropped
report-import-session-not-a-uuid = el id de sesión { $id } no es un UUID
report-import-session-twice = la sesión { $id } aparece dos veces en este archivo
report-import-participant-twice = { $name } aparece dos veces entre los participantes de esta sesión
report-import-segment-kind = el tipo de parte { $kind } no se conoce
report-import-second-vote = un segundo voto de { $name } sobre el indicador { $indicator } en la ronda { $round }
report-import-replaced-room-vote = `replaced` marca una calificación previa (ronda 0) que un voto en la sala reemplazó; un voto en la sala no puede llevarlo

## What differs between an assessment in a file and the one here (an import conflict)

# $file and $here are quoted values.
report-differs-field = { $field } { $file } en el archivo, { $here } aquí
report-field-school = escuela
report-field-district = distrito
report-field-date = fecha
report-field-team = equipo
report-field-facilitator = persona que facilita
report-field-status = estado
report-field-rubric-version = versión de la rúbrica
report-differs-ratings = { $count ->
    [one] { $count } calificación distinta
   *[other] { $count } calificaciones distintas
} ({ $ids })
report-differs-notes = { $count ->
    [one] { $count } nota distinta
   *[other] { $count } notas distintas
} ({ $ids })
report-differs-evidence = la evidencia de { $count ->
    [one] { $count } indicador es distinta
   *[other] { $count } indicadores es distinta
} ({ $ids })
report-differs-actions = los pasos de acción son distintos ({ $file } en el archivo, { $here } aquí)
report-differs-sessions = las sesiones son distintas ({ $file } en el archivo, { $here } aquí)

## Importing files: the summary and what stops an import

report-import-cannot-read = no se puede leer { $path }: { $error }
report-import-counts = { $added ->
    [one] { $added } nueva
   *[other] { $added } nuevas
}, { $replaced ->
    [one] { $replaced } reemplazada
   *[other] { $replaced } reemplazadas
}, { $unchanged } sin cambios, { $restored ->
    [one] { $restored } restaurada
   *[other] { $restored } restauradas
}
report-import-no-files = no se encontró ningún archivo .toml ahí
report-import-also-in = la evaluación { $id } también está en { $other }; importe solo uno de los dos
report-import-other-content = otro contenido
# After the file's name and ": ". $what lists the differences, or report-import-other-content.
report-import-conflict = la evaluación { $id } ya existe aquí con otro contenido: { $what }
report-import-nothing-imported = no se importó nada; importe con --replace para reemplazar esas evaluaciones
report-import-session-here = la sesión { $session } pertenece a la evaluación { $owner } aquí; una sesión no puede pasar a otra evaluación
report-import-session-in-file = la sesión { $session } pertenece a la evaluación { $owner } en { $file }; una sesión no puede estar en dos evaluaciones

## Looking for files in folders (each after the path and ": ")

report-walk-missing = no existe ese archivo ni esa carpeta
report-walk-skipped = se omitió: { $why }
report-walk-cannot-read-folder = no se puede leer la carpeta { $path }: { $error }
report-walk-folder-again = esta carpeta ya se leyó
report-walk-link-to-folder = enlace simbólico a una carpeta
report-walk-broken-link = enlace simbólico roto
report-walk-not-a-file = no es un archivo normal
report-walk-same-file = es el mismo archivo que uno ya leído

## A share with nothing to count (every indicator or standard N/A)

report-fraction-none = N/A (0/0)

## Writing a report or an export to a file

report-write-failed = no se puede escribir { $path }: { $error }
report-write-exists = { $path } ya existe; no se escribió nada (use --force para reemplazarlo)
report-write-not-a-name = { $path } no es un nombre de archivo
report-write-folder = { $path } es una carpeta
