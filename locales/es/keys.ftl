# Spanish (Spanish as a school district writes for families: clear, not literal; terms as in the glossary in locales/GLOSSARY-es.md): the key map: help lines, footer words and context titles.
# Ids are area-prefixed (`keys-...`); every id here must exist in the other language too.
# Footer words are short (one or two words): the footer of an 80-column window holds
# several. Key names (Enter, Esc, Tab, Ctrl-S) are the keyboard's and stay as they are.

## Where keys are read: the headings of help
keys-title-global = En todas partes
keys-title-home = Evaluaciones
keys-title-filter = Filtrando
keys-title-new = Nueva evaluación
keys-title-assess = Evaluando
keys-title-review = Revisión
keys-title-summary = Resumen
keys-title-actions = Pasos de acción
keys-title-step = Formulario del paso de acción
keys-title-editor = Editor de nota y evidencia
keys-title-details = Detalles del indicador
keys-title-conflict = Otra persona también lo cambió
keys-title-history = Historial del indicador
keys-title-prompt = Nombre de archivo
keys-title-confirm = Confirmación
keys-title-help = Ayuda
keys-title-facilitate = Facilitando una sesión
keys-title-participate = Participando en una sesión
keys-title-comment = Comentario sobre su voto
keys-title-choose = Elegir el plan de la sesión
keys-title-network = Red
keys-title-watch = Siguiendo una sesión (pantalla de la sala)

## Help lines, by where they apply

## Global
keys-global-help = mostrar esta ayuda
keys-global-quit = salir de Touchstone
keys-global-cycle-theme = cambiar los colores (normales, alto contraste, monocromo)
keys-global-switch-language = cambiar de idioma (English, español)

## Home
keys-home-up = evaluación anterior
keys-home-down = evaluación siguiente
keys-home-top = primera evaluación
keys-home-bottom = última evaluación
keys-home-select = abrir la evaluación
keys-home-new-assessment = agregar una evaluación (una nueva)
keys-home-filter = filtrar por escuela, distrito, fecha o rúbrica
keys-home-summary = resumen de la evaluación
keys-home-export = exportar la evaluación a un archivo TOML
keys-home-import = importar archivos TOML
keys-home-delete = eliminar la evaluación (pregunta antes)
keys-home-restore-deleted = deshacer la última eliminación: la evaluación vuelve
keys-home-network = la red: las cifras más recientes de cada escuela
keys-home-quit = salir
keys-home-cancel = borrar el filtro (si no hay: salir)

## Filter
keys-filter-submit = mantener el filtro (evaluaciones, red, revisión, planes)
keys-filter-cancel = borrar el filtro

## NewForm
keys-new-next-field = campo siguiente
keys-new-prev-field = campo anterior
keys-new-submit = campo siguiente; en el último, crear
keys-new-confirm = crear la evaluación ahora
keys-new-accept = usar la escuela sugerida
keys-new-cancel = cancelar

## Assess
keys-assess-rate = calificar en ese nivel
keys-assess-up = marcar el nivel de arriba
keys-assess-down = marcar el nivel de abajo
keys-assess-select = calificar en el nivel marcado
keys-assess-not-applicable = no aplica (N/A)
keys-assess-clear-rating = borrar la calificación
keys-assess-next-indicator = indicador siguiente (también l)
keys-assess-prev-indicator = indicador anterior (también h)
keys-assess-next-standard = estándar siguiente
keys-assess-prev-standard = estándar anterior
keys-assess-next-unrated = siguiente indicador sin calificar
keys-assess-edit-note = editar la nota
keys-assess-edit-evidence = editar la evidencia (una por línea)
keys-assess-actions = pasos de acción de este indicador
keys-assess-start-session = iniciar una sesión de acompañamiento (taller)
keys-assess-open-prerating = abrir la calificación previa antes del taller
keys-assess-details = el indicador completo: orientación y cada nivel
keys-assess-undo = deshacer su último cambio (calificación, o nota y evidencia)
keys-assess-redo = rehacer lo que deshizo
keys-assess-review = revisar todas las respuestas
keys-assess-summary = resumen
keys-assess-back = volver a las evaluaciones
keys-assess-history = historial del indicador: quién cambió qué y cuándo

## Details
keys-details-back = volver al indicador
keys-details-up = subir
keys-details-down = bajar

## Conflict
keys-conflict-keep-mine = mantener el suyo (reemplaza el de la otra persona)
keys-conflict-take-theirs = usar el de la otra persona (el suyo no se guarda)
keys-conflict-keep-both = mantener ambos: el suyo después del otro, marcado
keys-conflict-up = opción anterior
keys-conflict-down = opción siguiente
keys-conflict-select = la opción marcada
keys-conflict-cancel = volver a su texto en el editor

## History
keys-history-back = volver al indicador
keys-history-up = subir
keys-history-down = bajar

## Review
keys-review-up = indicador anterior
keys-review-down = indicador siguiente
keys-review-page-up = página anterior
keys-review-page-down = página siguiente
keys-review-select = editar ese indicador
keys-review-next-unrated = siguiente indicador sin calificar
keys-review-filter = filtrar por id, enunciado o nota
keys-review-summary = resumen
keys-review-back = volver al indicador

## Summary
keys-summary-review = revisar todas las respuestas
keys-summary-select = ir al siguiente indicador sin calificar
keys-summary-submit-assessment = entregar la evaluación: cuenta en la red (pregunta antes)
keys-summary-reopen = reabrir una evaluación entregada para cambiarla
keys-summary-back = volver

## Actions
keys-actions-up = paso anterior
keys-actions-down = paso siguiente
keys-actions-add-action = agregar un paso
keys-actions-select = editar el paso
keys-actions-cycle-status = pendiente → hecho → descartado
keys-actions-remove-action = quitar el paso
keys-actions-back = volver al indicador

## ActionForm
keys-step-next-field = campo siguiente
keys-step-prev-field = campo anterior
keys-step-confirm = guardar el paso
keys-step-cancel = cancelar

## Editor
keys-editor-confirm = guardar y cerrar
keys-editor-cancel = cerrar sin guardar (pregunta antes si cambió algo)
keys-editor-next-field = pasar de la nota a la evidencia y viceversa

## Prompt
keys-prompt-confirm = continuar
keys-prompt-cancel = cancelar

## Confirm
keys-confirm-confirm = sí
keys-confirm-cancel = no

## Facilitate
keys-facilitate-rate = registrar ese nivel como el consenso
keys-facilitate-select = registrar el consenso que sugiere la regla del plan
keys-facilitate-not-applicable = registrar N/A como el consenso
keys-facilitate-reveal = mostrar los votos a todos
keys-facilitate-revote = todos vuelven a votar en este indicador
keys-facilitate-next-indicator = indicador siguiente de la parte (también l)
keys-facilitate-prev-indicator = indicador anterior de la parte (también h)
keys-facilitate-next-segment = parte siguiente de la agenda
keys-facilitate-prev-segment = parte anterior de la agenda
keys-facilitate-up = preguntas anteriores de la parte
keys-facilitate-down = preguntas siguientes de la parte
keys-facilitate-page-down = seguir leyendo el panel (comentarios largos)
keys-facilitate-page-up = volver arriba en el panel
keys-facilitate-pause-timer = pausar o reanudar el reloj
keys-facilitate-extend = cinco minutos más para esta parte
keys-facilitate-shorten = cinco minutos menos para esta parte
keys-facilitate-present = vista para la pantalla de la sala (y volver)
keys-facilitate-edit-note = la nota y la evidencia de este indicador
keys-facilitate-actions = pasos de acción de este indicador
keys-facilitate-back = terminar la sesión (pregunta antes)

## Participate
keys-participate-rate = votar por ese nivel
keys-participate-up = marcar el nivel de arriba
keys-participate-down = marcar el nivel de abajo
keys-participate-select = votar por el nivel marcado
keys-participate-not-applicable = votar N/A
keys-participate-edit-note = agregar un comentario a su voto
keys-participate-next = calificación previa: el indicador siguiente (el que se salta queda sin calificar)
keys-participate-prev = calificación previa: el indicador anterior
keys-participate-next-standard = calificación previa: el estándar siguiente
keys-participate-prev-standard = calificación previa: el estándar anterior
keys-participate-next-unrated = calificación previa: el siguiente indicador aún sin calificar
keys-participate-back = salir (sus votos quedan; vuelva a unirse para regresar)

## Comment
keys-comment-confirm = guardar el comentario
keys-comment-cancel = cancelar

## Choose
keys-choose-up = plan anterior
keys-choose-down = plan siguiente
keys-choose-filter = filtrar por título o id
keys-choose-confirm = iniciar una sesión con este plan
keys-choose-cancel = cancelar

## Network
keys-network-up = escuela anterior
keys-network-down = escuela siguiente
keys-network-page-up = página anterior
keys-network-page-down = página siguiente
keys-network-select = la evaluación más reciente de la escuela
keys-network-filter = filtrar por escuela o distrito
keys-network-sort = orden siguiente: cifras, escuela, distrito, fecha
keys-network-sort-back = orden anterior
keys-network-next-indicator = otra rúbrica
keys-network-back = volver a las evaluaciones

## Watch
keys-watch-back = dejar de seguir

## Help
keys-help-back = cerrar la ayuda
keys-help-up = subir
keys-help-down = bajar

## Footer words (short: the footer of an 80-column window holds several)
keys-footer-help = ayuda
keys-footer-more = más
keys-footer-open = abrir
keys-footer-new = nueva
keys-footer-filter = filtrar
keys-footer-export = exportar
keys-footer-import = importar
keys-footer-network = red
keys-footer-quit = salir
keys-footer-keep = mantener
keys-footer-clear = borrar
keys-footer-next-field = campo sig.
keys-footer-next-create = sig./crear
keys-footer-create = crear
keys-footer-cancel = cancelar
keys-footer-rate = calificar
keys-footer-n-a = N/A
keys-footer-next = siguiente
keys-footer-unrated = sin calificar
keys-footer-note = nota
keys-footer-undo = deshacer
keys-footer-summary = resumen
keys-footer-back = volver
keys-footer-history = historial
keys-footer-scroll = desplazar
keys-footer-keep-mine = el mío
keys-footer-take-theirs = el otro
keys-footer-keep-both = ambos
keys-footer-edit = editar
keys-footer-next-unrated = sin calificar
keys-footer-review = revisar
keys-footer-rate-next-unrated = calificar el siguiente
keys-footer-submit = entregar
keys-footer-add = agregar
keys-footer-status = estado
keys-footer-remove = quitar
keys-footer-save = guardar
keys-footer-note-evidence = nota/evidencia
keys-footer-go = continuar
keys-footer-yes = sí
keys-footer-no = no
keys-footer-record = registrar
keys-footer-reveal = mostrar votos
keys-footer-segment = parte
keys-footer-pause = pausa
keys-footer-present = presentar
keys-footer-end = terminar
keys-footer-vote = votar
keys-footer-comment = comentar
keys-footer-leave = salir
keys-footer-start = iniciar
keys-footer-sort = ordenar
keys-footer-rubric = rúbrica
keys-footer-close = cerrar

## Help lines: the word before a second key ("next indicator (also l)"); a remap of
## that key drops the part from it on.
keys-help-also = también

## The settings file's [keys] table: problems, each shown at its place in the file
keys-remap-not-a-key = { $key } no es una tecla: escriba un carácter ("x", "X", "?") o "Space"
keys-remap-unknown-action = acción desconocida { $action } en [keys] (la sección Settings del README las enumera)
keys-remap-named-keys-only = { $action } solo tiene teclas con nombre ({ $keys }); solo se pueden cambiar las teclas de caracteres
keys-remap-no-key = { $action } necesita al menos una tecla
keys-remap-taken-everywhere = la tecla { $key } para { $action } ya es { $other } en todas partes; elija otra tecla
keys-remap-taken = la tecla { $key } para { $action } ya es { $other } en { $place }; elija otra tecla

## The help overlay
keys-help-box = Teclas · Esc cierra
keys-help-box-more = Teclas · ↓ para ver más · Esc cierra
keys-help-saved = Cada cambio se guarda en el momento en que lo hace.

## A school's outcomes (issue 21)
keys-title-outcomes = Resultados de una escuela
keys-title-outcome-cell = Escribir una cifra
keys-title-outcome-group = Agregar un grupo de estudiantes
keys-home-outcomes = los datos de resultados de la escuela seleccionada: verlos y escribirlos
keys-summary-outcomes = los datos de resultados de esta escuela: verlos y escribirlos
keys-outcomes-up = la cifra de arriba
keys-outcomes-down = la cifra de abajo
keys-outcomes-prev-year = el año escolar anterior
keys-outcomes-next-year = el año escolar siguiente
keys-outcomes-select = escribir la cifra de nuevo (un número, * si el distrito la suprimió, vacía si no hay)
keys-outcomes-clear = borrar la cifra
keys-outcomes-next-group = el grupo de estudiantes siguiente
keys-outcomes-prev-group = el grupo de estudiantes anterior
keys-outcomes-add-group = agregar un grupo de estudiantes: uno de los que reportan los distritos, o uno con nombre propio
keys-outcomes-confirm = guardar todos los cambios, revisados como en una importación, de una vez
keys-outcomes-back = volver (una segunda vez descarta los cambios sin guardar)
keys-outcome-cell-submit = mantener la cifra e ir a la de abajo
keys-outcome-cell-cancel = dejar la cifra como estaba
keys-outcome-group-up = el grupo de arriba
keys-outcome-group-down = el grupo de abajo
keys-outcome-group-submit = agregar el grupo elegido, o el nombre escrito
keys-outcome-group-cancel = no agregar ningún grupo
keys-footer-outcomes = resultados
keys-footer-type = escribir
keys-footer-group = grupo
keys-footer-add-group = agregar grupo
