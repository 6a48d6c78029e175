# Spanish (Spanish as a school district writes for families: clear, not literal; terms as in the glossary in locales/GLOSSARY-es.md): assessing: the indicator, levels, review, summary, editor, action steps, conflict and history.
# Ids are area-prefixed (`assess-...`); every id here must exist in the other language too.


## The indicator view
assess-sidebar-title = Estándares
assess-sidebar-rated = { $rated } { $rated ->
    [one] calificado
   *[other] calificados
} · { $full } { $full ->
    [one] completo
   *[other] completos
} / { $total }
assess-sidebar-key = c{ $sep }n/t: calificados{ $sep }nivel completo/total
assess-indicator-title = Estándar { $number } de { $count }: { $standard } · { $unrated } sin calificar
assess-indicator-more = más: { $key } muestra el indicador completo
assess-indicator-position = { $number } de { $count }
assess-indicator-baseline = nivel base
assess-indicator-unrated = sin calificar
assess-level-current = (actual)
assess-level-na = no aplica aquí
assess-guidance-label = Orientación:
assess-note-label = Nota:
assess-note-none = ninguna todavía ({ $key } escribe una)
assess-evidence-label = Evidencia:
assess-evidence-items = { $count ->
    [one] { $count } elemento
   *[other] { $count } elementos
}
assess-steps-label = Pasos:
assess-steps-count = { $count } ({ $open ->
    [one] { $open } abierto
   *[other] { $open } abiertos
})
assess-details-title = { $id } completo · ↑↓ desplazar · Esc volver
assess-details-guidance = Orientación
assess-details-levels = Niveles

## The note and evidence editor
assess-editor-title = { $note } { $evidence } — { $id } · Ctrl-S guarda · Esc cancela
assess-editor-note = Nota
assess-editor-evidence = Evidencia: un elemento por línea

## Action steps
assess-steps-title = Pasos de acción de { $id }
assess-steps-none = Todavía no hay pasos para este indicador. Pulse { $key } para agregar uno.
assess-steps-due = vence { $date }
assess-step-open = abierto
assess-step-done = hecho
assess-step-dropped = descartado
assess-form-step = Paso
assess-form-owner = Responsable
assess-form-due = Vence
assess-form-status = Estado
assess-form-due-hint = AAAA-MM-DD, opcional
assess-form-owner-hint = opcional
assess-form-status-hint = ←/→ para cambiar

## The summary
assess-summary-title = Resumen
assess-summary-yes = sí
assess-summary-no = no
assess-summary-standards = Estándares completos:
assess-summary-fully = Implementa por completo:
assess-summary-indicators = Indicadores en el nivel completo:
assess-summary-baseline = Nivel base:
assess-summary-met = cumplido
assess-summary-not-met = no cumplido
assess-summary-since = Desde { $date }:
assess-summary-change = estándares { $before } { $arrow } { $now } ({ $delta })
assess-summary-no-previous = No hay una evaluación anterior entregada de esta escuela con esta rúbrica.
assess-summary-draft = Borrador:
assess-summary-draft-why = no cuenta en la red hasta que se entregue ({ $key })
assess-summary-submitted = Entregada
assess-summary-submitted-on = { $date }{ $by } · solo lectura hasta que se reabra ({ $key })
assess-summary-submitted-by = { " " }por { $names }
assess-summary-read-only = solo lectura hasta que se reabra ({ $key })
assess-summary-col-standard = Estándar
assess-summary-col-full = En el nivel completo
assess-summary-col-mean = Promedio
assess-summary-col-may-miss = Margen
assess-summary-may-miss = Margen: cuántos indicadores aplicables del estándar pueden estar por debajo de { $full } sin que deje de contar.
assess-summary-col-change = Cambio
assess-summary-points = pts
assess-summary-all-rated = Todos los indicadores están calificados.
assess-summary-unrated = Sin calificar ({ $count }): { $ids }
assess-summary-rule = Regla: { $rule }

## The review list
assess-review-unrated = Sin calificar
assess-review-filter = filtro: { $filter }
assess-review-title = Revisión: { $rated } de { $total } calificados · { $filter }Enter edita · Tab siguiente sin calificar

## What an edit set, in words ("the note and evidence")
assess-part-rating = la calificación
assess-part-note = la nota
assess-part-evidence = la evidencia
assess-part-nothing = nada
assess-part-list = { $list } y { $last }

## Status lines of the assessment screen
assess-read-only = Esta evaluación está entregada y solo se puede leer; O en el resumen (s) la reabre
assess-submitted-meanwhile = No se guardó: { $name } entregó esta evaluación a las { $time }, por eso es de solo lectura; { $key } en el resumen (s) la reabre
assess-submitted-not-saved = No se guardó: esta evaluación se entregó mientras tanto, por eso es de solo lectura; { $key } en el resumen (s) la reabre
assess-submitted-text-kept = Su texto sigue en el editor: cópielo, o pulse Esc para descartarlo (al salir se conserva en un archivo).
assess-recovered = No se pudo guardar todo su texto de { $id }; se conserva completo en { $path }
assess-not-recovered = No se pudo guardar su texto de { $id } ni conservarlo en un archivo: { $error }
assess-recovered-heading = Texto escrito por { $name } para { $id } (evaluación { $assessment }) que la base de datos no aceptó:
assess-recovered-evidence = Evidencia (un elemento por línea):
assess-editor-closed = Cerrado; no cambió nada
assess-editor-no-changes = No hay cambios en la nota ni en la evidencia
assess-editor-note-label = La nota
assess-editor-evidence-label = La evidencia
assess-too-long-note = Esta nota tiene { $chars } caracteres, más de los que admite el editor ({ $max }); cámbiela con touchstone rate --note o importando
assess-too-long-evidence = Esta evidencia tiene { $chars } caracteres, más de los que admite el editor ({ $max }); cámbiela con touchstone rate --note o importando
assess-limit-note = La nota llegó a su límite de { $max } caracteres; el resto no se agregó
assess-limit-evidence = La evidencia llegó a su límite de { $max } caracteres; el resto no se agregó
assess-rate-levels = Esta rúbrica tiene { $levels } niveles: 1-{ $levels }, o { $key } para N/A
assess-all-rated-summary = Todos los indicadores están calificados: pulse { $key } para ver el resumen
assess-all-rated = Todos los indicadores están calificados
assess-already = { $id } ya tiene { $level }
assess-saved-rating = Se guardó { $id }: { $level }{ $hint }
assess-saved-hint-next = { " " }— Tab: siguiente sin calificar, →: siguiente
assess-saved-hint-done = { " " }— todo está calificado; { $key }: resumen
assess-unchanged = { $id } no cambió
assess-rating-conflict = No se guardó: { $name } calificó { $id } con { $level } a las { $time }; ahora se muestra; califique de nuevo para cambiarlo
assess-already-submitted = Ya está entregada; { $key } la reabre
assess-already-draft = Ya es un borrador: { $key } la entrega
assess-reopened = Reabierta: vuelve a ser un borrador y no cuenta hasta que se entregue
assess-saved-parts = Se guardó { $parts } de { $id }
assess-unchanged-parts = Sin cambios: { $parts } de { $id } ya decía eso
assess-undo-nothing = No hay nada que deshacer en esta sesión
assess-redo-nothing = No hay nada que rehacer
assess-undo-rating = la calificación de { $id } ({ $level })
assess-undo-parts = { $parts } de { $id }
assess-undone = Deshecho: { $what }
assess-redone = Rehecho: { $what }
assess-undo-refused = No se deshizo: { $name } cambió { $id } a las { $time }, después de usted; pulse { $key } para ver su historial
assess-redo-refused = No se rehízo: { $name } cambió { $id } a las { $time }, después de usted; pulse { $key } para ver su historial
assess-step-marked-open = Paso marcado como abierto
assess-step-marked-done = Paso marcado como hecho
assess-step-marked-dropped = Paso marcado como descartado
assess-step-removed = Paso eliminado
assess-step-saved = Paso guardado
assess-form-step-label = El paso
assess-form-owner-label = El responsable
assess-form-step-first = Escriba primero el paso
assess-form-bad-date = { $text } no es una fecha como 2027-01-15
assess-plan-an-import = una importación
assess-plan-at = { " " }a las { $time }
assess-plan-retry-form = su paso sigue en el formulario: Enter lo guarda
assess-plan-retry-again = hágalo de nuevo si todavía hace falta
assess-plan-conflict = No se guardó: { $name } cambió el plan de acción{ $when }; ahora se muestra el suyo; { $then }

## The conflict view (a save met someone else's newer change)
assess-conflict-also-written = también escrito por { $name }
assess-conflict-status = { $name } cambió { $id } a las { $time } mientras usted editaba: conservar lo suyo (m), tomar el otro texto (t) o conservar ambos (b)
assess-conflict-took-theirs = Se conservó { $parts } de { $id } que guardó { $name }; lo suyo no se guardó
assess-conflict-back = Su texto volvió al editor; lo que guarde ahora reemplaza el texto de { $name }
assess-conflict-note = Nota
assess-conflict-evidence = Evidencia
assess-conflict-empty = (vacía)
assess-conflict-none = (ninguna)
assess-conflict-more-lines = { $count ->
    [one] { $count } línea más
   *[other] { $count } líneas más
}
assess-conflict-title = { $id }: { $name } lo cambió mientras usted editaba
assess-conflict-changes = { " " }({ $count } cambios desde que lo abrió)
assess-conflict-header = { $name } guardó { $parts } de { $id } a las { $time } UTC{ $more }. Los dos textos están aquí; nada se pierde hasta que usted elija.
assess-conflict-theirs = De { $name }: ya guardado
assess-conflict-yours = Lo suyo: todavía sin guardar
assess-conflict-keep-mine = Conservar lo suyo: reemplaza el otro texto
assess-conflict-take-theirs = Tomar el otro texto: lo suyo no se guarda
assess-conflict-keep-both = Conservar ambos: lo suyo va después del otro, marcado

## The history view
assess-history-title = Historial de { $id }: horas en UTC, lo más reciente primero
assess-history-none = Todavía no se ha registrado nada para este indicador.
assess-history-empty = (vacía)
assess-history-nothing = (nada)
assess-history-rating = calificación
assess-history-note = nota
assess-history-evidence = evidencia
assess-history-reordered = reordenada
