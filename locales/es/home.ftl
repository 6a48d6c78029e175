# Spanish (Spanish as a school district writes for families: clear, not literal; terms as in the glossary in locales/GLOSSARY-es.md): the home list, the new-assessment form, dialogs, the import prompt, the network screen.
# Ids are area-prefixed (`home-...`); every id here must exist in the other language too.


## The home list
home-nothing-to-restore = No hay nada que recuperar
home-restored = Se recuperó la evaluación eliminada
home-path-first = escriba primero una ruta
home-exported = Se exportó a { $path }
home-imported-skipped = { $count ->
    [one] { " " }({ $count } omitido: no es un archivo normal o es un enlace a una carpeta)
   *[other] { " " }({ $count } omitidos: no son archivos normales o son enlaces a carpetas)
}
home-imported = Importado: { $counts }{ $skipped }
home-col-school = Escuela
home-col-district = Distrito
home-col-date = Fecha
home-col-rubric = Rúbrica
home-col-rated = Hecho
home-col-standards-wide = Estándares completos
home-col-standards = Estánd. completos
home-list-title = Evaluaciones ({ $shown } de { $total })
home-filter = Filtro:
home-filter-none = ninguna evaluación coincide
home-welcome-title = Para empezar
home-welcome = Le damos la bienvenida a Touchstone.
home-welcome-1 = Todavía no hay evaluaciones en esta base de datos. Una evaluación guía al
home-welcome-2 = equipo de una escuela por una rúbrica de estándares, un indicador a la vez,
home-welcome-3 = y calcula cuántos estándares están implementados por completo.
home-welcome-new = empezar una evaluación nueva (escuela, rúbrica, fecha, equipo)
home-welcome-import = importar archivos TOML exportados por Touchstone en otro lugar
home-welcome-help = todas las teclas, en cualquier pantalla
home-welcome-rubrics = Rúbricas con las que puede evaluar:
home-welcome-database = Base de datos: { $path }

## The new-assessment form
home-new-title = Evaluación nueva
home-new-school = Escuela
home-new-district = Distrito
home-new-rubric = Rúbrica
home-new-date = Fecha
home-new-team = Equipo
home-new-facilitator = Facilitador
home-new-school-hint = obligatorio; Ctrl-F acepta la sugerencia
home-new-district-hint = opcional: distrito o red
home-new-rubric-hint = ←/→ para elegir
home-new-date-hint = AAAA-MM-DD
home-new-team-hint = nombres, separados por comas
home-new-facilitator-hint = opcional: el asesor o la persona a cargo
home-new-rubric-missing = La rúbrica { $rubric } de la configuración no está instalada (vea touchstone rubrics); elija una con ←/→
home-new-cancelled = No se creó ninguna evaluación
home-new-created = Evaluación creada: califique con las teclas de número
home-new-choose-rubric = elija una rúbrica

## Dialogs and the import/export prompt
home-delete-title = ¿Eliminar?
home-delete-question = ¿Eliminar la evaluación de { $label }?
home-delete-why = Sale de la lista; sus calificaciones y su historial quedan en la base de datos, y { $key } la recupera.
home-delete-yes = eliminar
home-delete-no = conservarla
home-replace-title = ¿Reemplazar?
home-replace-question = { $path } ya existe. ¿Reemplazarlo?
home-replace-why = Se perderá su contenido; el archivo nuevo conserva sus permisos.
home-replace-yes = reemplazarlo
home-replace-no = elegir otro nombre
home-submit-title = ¿Entregar?
home-submit-question = ¿Entregar esta evaluación?
home-submit-question-unrated = { $count ->
    [one] ¿Entregar con { $count } indicador sin calificar?
   *[other] ¿Entregar con { $count } indicadores sin calificar?
}
home-submit-why-all-rated = Todos los indicadores están calificados. Una vez entregada, cuenta en las cifras de la red y solo se puede leer hasta que se reabra ({ $key }).
home-submit-why-unrated = Sin calificar todavía: { $ids }{ $more }. Una vez entregada, cuenta en las cifras de la red y solo se puede leer hasta que se reabra ({ $key }).
home-submit-more = { " " }y { $count } más
home-submit-yes = entregar
home-submit-no = dejarla como borrador
home-leave-title = ¿Siguiente parte?
home-leave-question = { $count ->
    [one] { $count } indicador de esta parte todavía no tiene consenso. ¿Seguir de todos modos?
   *[other] { $count } indicadores de esta parte todavía no tienen consenso. ¿Seguir de todos modos?
}
home-leave-why = La agenda marca esta parte como incompleta; < vuelve a ella.
home-leave-yes = seguir
home-leave-no = quedarse
home-end-title = ¿Terminar la sesión?
home-end-question = ¿Terminar la sesión para todos?
home-end-why = Los votos, las decisiones y los tiempos se guardan con la evaluación.
home-end-yes = terminarla
home-end-no = continuar
home-discard-title = ¿Descartar los cambios?
home-discard-question = ¿Cerrar el editor sin guardar?
home-discard-why = Se pierde lo que escribió desde que lo abrió; { $key } vuelve a él, y Ctrl-S lo guarda.
home-discard-yes = descartarlo
home-discard-no = seguir editando
home-export-title = Exportar a un archivo TOML
home-export-help = Archivo que se escribirá (las rutas relativas parten de donde se inició Touchstone):
home-import-title = Importar archivos TOML
home-import-help = Un archivo o una carpeta de exportaciones; se revisan todos antes de guardar ninguno:
home-name-title = Su nombre
home-name-help = Touchstone registra quién hace cada cambio (historial, acta), y esta computadora no indica ningún nombre. Escriba el suyo una vez; se guarda en el archivo de configuración como name. Enter lo guarda; con Esc se le preguntará la próxima vez.
home-name-set = Los cambios se registran a nombre de { $name }.
home-name-saved = Los cambios se registran a nombre de { $name } (guardado en el archivo de configuración).
home-name-first = Primero escriba su nombre (Esc para omitirlo por ahora).

## The network screen
home-network-title = Red
home-network-empty = Todavía no hay evaluaciones, así que no hay red que mostrar. Pulse { $key } para volver.
home-network-sort-standards = estándares implementados por completo, de menos a más
home-network-sort-school = escuela
home-network-sort-district = distrito
home-network-sort-date = fecha, la más reciente primero
home-network-sorted = Ordenado por { $sort }
home-network-community = Escuelas comunitarias: { $count } de { $assessed } evaluadas ({ $new ->
    [one] { $new } nueva
   *[other] { $new } nuevas
}, { $sustained } que lo mantienen) · { $incomplete ->
    [one] { $incomplete } incompleta
   *[other] { $incomplete } incompletas
}
home-network-fully = Implementan todo: { $community } de comunitarias · { $assessed } de evaluadas
home-network-impact = Impacto equitativo: { $share } de comunitarias con datos · { $missing } sin datos suficientes
home-network-rule = Regla: { $rule }
home-network-rubric-title = Red · { $rubric } · ←/→ rúbrica
home-network-col-school = Escuela
home-network-col-district = Distrito
home-network-col-date = Fecha
home-network-col-standards = Estándares completos
home-network-col-baseline = Nivel base
home-network-met = cumple
home-network-not-met = no cumple
home-network-incomplete = (incompleta)
home-network-drafts = { $count ->
    [one] , { $count } borrador en curso sin contar
   *[other] , { $count } borradores en curso sin contar
}
home-network-submitted = { $count ->
    [one] { $count } entregada{ $drafts }
   *[other] { $count } entregadas{ $drafts }
}
home-network-submitted-filtered = { $shown } de { $total } entregadas · filtro: { $filter }
home-network-schools-title = Escuelas ({ $shown }) · orden: { $sort } · { $sort_back } { $sort_next } ordenar · Enter abre
