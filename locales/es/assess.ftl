# Spanish (Spanish as a school district writes for families: clear, not literal; terms as in the glossary in locales/GLOSSARY-es.md): assessing: the indicator, levels, review, summary, editor, action steps, conflict and history.
# Ids are area-prefixed (`assess-...`); every id here must exist in the other language too.


## The indicator view
assess-sidebar-title = Estándares
assess-sidebar-rated = { $rated }/{ $total } calificados
assess-sidebar-key = n/m: indicadores al máximo
assess-indicator-title = Estándar { $number } de { $count }: { $standard } · { $unrated } sin calificar
assess-indicator-more = más: I muestra el indicador completo
assess-indicator-position = { $number } de { $count }
assess-indicator-baseline = nivel base
assess-indicator-unrated = sin calificar
assess-level-current = (actual)
assess-level-na = no aplica aquí
assess-guidance-label = Orientación:
assess-note-label = Nota:
assess-note-none = ninguna todavía (e escribe una)
assess-evidence-label = Evidencia:
assess-evidence-items = { $count ->
    [one] { $count } elemento
   *[other] { $count } elementos
}
assess-steps-label = Pasos de acción:
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
assess-steps-none = Todavía no hay pasos para este indicador. Pulse a para añadir uno.
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
assess-summary-standards = Estándares implementados por completo:
assess-summary-fully = Implementa por completo:
assess-summary-indicators = Indicadores en el nivel máximo:
assess-summary-baseline = Nivel base:
assess-summary-met = cumplido
assess-summary-not-met = no cumplido
assess-summary-since = Desde { $date }:
assess-summary-change = estándares { $before } { $arrow } { $now } ({ $delta })
assess-summary-no-previous = No hay una evaluación anterior entregada de esta escuela con esta rúbrica.
assess-summary-draft = Borrador:
assess-summary-draft-why = no cuenta en la red hasta que se entregue (S)
assess-summary-submitted = Entregada
assess-summary-submitted-on = { $date }{ $by } · solo lectura hasta que se reabra (O)
assess-summary-submitted-by = { " " }por { $names }
assess-summary-read-only = solo lectura hasta que se reabra (O)
assess-summary-col-standard = Estándar
assess-summary-col-full = Indicadores al máximo
assess-summary-col-mean = Media
assess-summary-col-change = Cambio
assess-summary-points = pts
assess-summary-all-rated = Todos los indicadores están calificados.
assess-summary-unrated = Sin calificar ({ $count }): { $ids }
assess-summary-rule = Regla: { $rule }

## The review list
assess-review-unrated = Sin calificar
assess-review-filter = filtro: { $filter }
assess-review-title = Revisión: { $rated } de { $total } calificados · { $filter }Enter edita · Tab siguiente sin calificar
