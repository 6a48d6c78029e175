# Spanish (Spanish as a school district writes for families: clear, not literal; terms as in the glossary in locales/GLOSSARY-es.md): plain mode (screen readers): every line it prints.
# Ids are area-prefixed (`plain-...`); every id here must exist in the other language too.


## Starting, moving between places, leaving

plain-welcome = Touchstone, modo de texto simple. Escriba ayuda para ver lo que puede escribir, o salir para terminar.
plain-read-only = Esta sesión es solo de lectura: puede ver la lista, abrir y escuchar, pero no cambiar nada.
plain-home-start = Escriba lista para escuchar las evaluaciones, y abrir con un número para abrir una.
plain-db-unreadable = No se puede leer la base de datos: { $error }
plain-changes-unreadable = No se pueden leer los cambios: { $error }
plain-error = Error: { $error }
plain-back-home = De vuelta en la lista de evaluaciones.
plain-back-home-hint = De vuelta en la lista de evaluaciones. Escriba lista, o salir.
plain-end-of-input = Fin de la entrada. Todo está guardado. Hasta luego.
plain-goodbye = Hasta luego. Todo está guardado.
plain-prompt-home = touchstone>
plain-prompt-assess = evaluación>
plain-prompt-session = sesión>

## The language

plain-lang-now = El idioma ahora es español. Escriba idioma en para inglés (English).
plain-lang-which = El idioma es español. Escriba idioma en para inglés (English), idioma es para español.
plain-lang-unknown = Touchstone no habla el idioma { $code }. Escriba idioma es para español o idioma en para inglés (English).
plain-help-lang = idioma es: español. idioma en: inglés (English).

## Words typed where they do not belong

plain-unknown-home = { $word } no es algo que se pueda escribir en la lista de evaluaciones. Escriba ayuda para ver lo que puede escribir ahora.
plain-unknown-assess = { $word } no es algo que se pueda escribir en una evaluación. Escriba ayuda para ver lo que puede escribir ahora.
plain-unknown-session = { $word } no es algo que se pueda escribir en una sesión. Escriba ayuda para ver lo que puede escribir ahora.
plain-unknown-prerate = { $word } no es algo que se pueda escribir durante la calificación previa. Escriba ayuda para ver lo que puede escribir ahora.

## The list of assessments

plain-open-none = Todavía no hay evaluaciones para abrir.
plain-open-range = Escriba abrir y un número del 1 al { $count }, o el identificador de una evaluación.
plain-open-unknown = { $error }. Escriba lista para escuchar las evaluaciones.
plain-join-read-only = Esta sesión es solo de lectura: no puede participar en una sesión de acompañamiento.
plain-join-failed = No se pudo unir: { $error }
plain-help-home = En la lista de evaluaciones puede escribir:
plain-help-home-list = lista: escuchar las evaluaciones, numeradas.
plain-help-home-open = abrir y un número o un identificador, por ejemplo abrir 1: abrir esa evaluación.
plain-help-home-join = unirse, el código de la sesión y su nombre, por ejemplo unirse 73ZGY2 Ana: participar en una sesión de acompañamiento.
plain-help-home-quit = salir: cerrar Touchstone. ayuda: esta lista.
plain-list-empty = Todavía no hay evaluaciones. Para crear una: touchstone new --school NOMBRE
plain-list-count = { $count ->
    [one] { $count } evaluación:
   *[other] { $count } evaluaciones:
}
plain-list-line = { $number }. { $school }, { $date }, { $rubric } versión { $version }, { $status }: { $rated } de { $total } calificados; estándares implementados por completo { $share }. Identificador { $id }.
plain-status-draft = borrador
plain-status-final = entregada

## An indicator read out

plain-indicator-where = Indicador { $id }, { $within } de { $count } del estándar { $standard } de { $standards }: { $title }.
# Followed by a space and the indicator's text.
plain-indicator-reads = { $id } dice:
# Followed by a space and the guidance.
plain-indicator-guidance = Orientación para { $id }:
plain-levels-for = Niveles para { $id }; escriba el número para elegir:
plain-level-described = { $number }. { $label }: { $descriptor }
plain-level-bare = { $number }. { $label }.
plain-level-na = na. N/A: { $id } no aplica aquí.
plain-share = { $percent }%, { $numerator } de { $denominator }
plain-share-none = no se cuenta, nada aplica
plain-choice-level = { $label }, nivel { $number }
plain-choice-unrated = Sin calificar

## Assessing

plain-opened = Se abrió { $school }, { $date }, { $rubric } versión { $version }: { $rated } de { $total } indicadores calificados.
plain-rate-prompt = Escriba un número para calificar { $id }, na para N/A, siguiente, pendiente, o ayuda.
plain-not-rated = { $id } todavía no está calificado.
plain-rated = { $id } tiene la calificación { $label }.
plain-no-note = { $id } no tiene nota.
# Followed by a space and the note.
plain-note-on = Nota sobre { $id }:
plain-someone = alguien
plain-change-rating = ahora con la calificación { $label }
plain-change-note = nota cambiada
plain-change-evidence = evidencia ahora { $count ->
    [one] { $count } elemento
   *[other] { $count } elementos
}
plain-changed-by = Cambio de { $who }: { $id }, { $changes }. Escriba leer para escucharlo.
plain-read-only-change = Esta sesión es solo de lectura: no se puede cambiar nada.
plain-levels-range = Esta rúbrica tiene { $levels } niveles: escriba del 1 al { $levels }, o na para N/A.
plain-no-note-hint = { $id } no tiene nota. Escriba nota y luego el texto para escribir una.
plain-not-saved = No se guardó: { $why }.
plain-the-note = La nota
plain-the-evidence = La evidencia
plain-remove-hint = { $id } tiene { $count ->
    [one] { $count } elemento de evidencia
   *[other] { $count } elementos de evidencia
}: escriba quitar y su número, desde 1.
plain-first = { $id } es el primer indicador.
plain-all-rated-hint = Todos los indicadores están calificados. Escriba resumen para escuchar las cifras.
plain-no-such-indicator = No existe el indicador { $target }; escriba ir y el identificador de un indicador, por ejemplo { $id }.
plain-no-such-indicator-did-you-mean = No existe el indicador { $target }; ¿quiso decir { $id }? Escriba ir { $id }.
plain-last = { $id } es el último indicador. Escriba pendiente para ir al siguiente sin calificar, o resumen.
plain-saved-rated = Guardado: { $id } con la calificación { $label }. { $rated } de { $total } indicadores calificados.
plain-saved-cleared = Guardado: se quitó la calificación de { $id }. { $rated } de { $total } indicadores calificados.
plain-saved-note = Guardado: nota sobre { $id }. { $rated } de { $total } indicadores calificados.
plain-saved-evidence = Guardado: evidencia de { $id }, ahora { $count ->
    [one] { $count } elemento
   *[other] { $count } elementos
}. { $rated } de { $total } indicadores calificados.
plain-unchanged-rated = { $id } ya tiene la calificación { $label }; no cambió nada.
plain-unchanged-unrated = { $id } ya está sin calificar; no cambió nada.
plain-unchanged-note = La nota sobre { $id } ya dice eso; no cambió nada.
plain-unchanged-evidence = La evidencia de { $id } ya es esa; no cambió nada.
plain-conflict = No se guardó: { $who } cambió { $id } a las { $at } después de que usted lo escuchó ({ $count ->
    [one] { $count } cambio
   *[other] { $count } cambios
}).
plain-conflict-rated = { $id } ahora tiene la calificación { $label }.
plain-conflict-note-empty = La nota sobre { $id } ahora está vacía.
# Followed by a space and their note.
plain-conflict-their-note = La nota de la otra persona sobre { $id }:
plain-conflict-yours = Lo suyo no se guardó. Escríbalo de nuevo para reemplazar lo de la otra persona, o escriba leer para escuchar { $id } como está ahora.
plain-submitted = No se guardó: { $id } queda como estaba. Esta evaluación está entregada, por eso es de solo lectura; primero reábrala (O en la pantalla de resumen, o touchstone reopen).
plain-submitted-by = No se guardó: { $id } queda como estaba. { $who } entregó esta evaluación el { $at }, por eso es de solo lectura; primero reábrala (O en la pantalla de resumen, o touchstone reopen).
plain-no-evidence = { $id } no tiene evidencia.
plain-evidence-heading = Evidencia de { $id }, { $count ->
    [one] { $count } elemento
   *[other] { $count } elementos
}:
# Followed by a space and the item.
plain-evidence-item = Evidencia { $number } de { $id }:
plain-help-assess = En una evaluación puede escribir:
plain-help-assess-rate = un número de nivel, por ejemplo 3: calificar este indicador en ese nivel.
plain-help-assess-na = na: no aplica aquí. borrar: quitar la calificación; antes se le pregunta, sí para confirmar.
plain-help-assess-note = nota y luego el texto: escribir la nota; antes de reemplazar una nota se le pregunta, sí para confirmar. nota sola: escuchar la nota.
plain-help-assess-evidence = evidencia y luego el texto: agregar un elemento de evidencia. evidencia sola: escuchar la evidencia. quitar y un número: quitar ese elemento.
plain-help-assess-move = siguiente, anterior, pendiente: ir al indicador siguiente, al anterior o al siguiente sin calificar. ir y un identificador, por ejemplo ir pl-4: ir a ese indicador.
plain-help-assess-undo = deshacer: revertir su último cambio. rehacer: volver a hacerlo.
plain-help-assess-read = leer: escuchar este indicador otra vez. resumen: las cifras.
plain-help-assess-back = volver: la lista de evaluaciones. salir: cerrar Touchstone. ayuda: esta lista.

## The figures

plain-summary-head = Resumen de { $school }, { $date }: { $rated } de { $total } indicadores calificados, { $unrated } sin calificar.
plain-summary-standards = Estándares implementados por completo: { $share }.
plain-summary-indicators = Indicadores en el nivel más alto: { $share }.
plain-summary-fully-yes = Implementa los estándares por completo: sí.
plain-summary-fully-no = Implementa los estándares por completo: no.
plain-summary-baseline-yes = Cumple el nivel base: sí.
plain-summary-baseline-no = Cumple el nivel base: no.
plain-standard-na = no aplica
plain-standard-full = implementado por completo
plain-standard-not-full = no implementado por completo
plain-no-mean = todavía sin promedio
plain-mean = promedio { $mean }
plain-summary-standard = Estándar { $number }, { $title }: { $state }; nivel más alto { $share }; { $mean }; { $unrated } sin calificar.
plain-summary-all-rated = Todos los indicadores están calificados.
plain-summary-unrated = Todavía sin calificar, { $count }: { $ids }.

## A coaching session

plain-the-name = El nombre
plain-name-empty = el nombre debe ser un nombre simple y no vacío
plain-session-ended-already = la sesión { $code } ya terminó
plain-joined = Se unió a la sesión { $code } sobre { $school }, { $plan }, como { $name }. Facilita: { $facilitator }.
plain-waiting = Esperando a que la persona que facilita presente un indicador. Escriba ayuda para ver lo que puede escribir.
plain-seat = Su lugar en la sesión: { $error }
plain-decision = Decisión sobre { $id }: { $label }, registrada por la persona que facilita a partir de { $count ->
    [one] { $count } voto
   *[other] { $count } votos
}.
plain-session-ended = La sesión terminó. Gracias; sus votos se conservan.
plain-new-round = Nueva ronda de votos sobre { $id }: ronda { $round }. Vote otra vez.
plain-new-indicator = La persona que facilita presentó un nuevo indicador.
plain-between = La persona que facilita está entre indicadores. Esperando.
plain-nothing-up = Todavía no hay un indicador en discusión. Esperando a la persona que facilita.
plain-not-in-rubric = La persona que facilita presentó { $id }, que esta rúbrica no tiene.
plain-your-vote-on = Su voto sobre { $id }: { $label }.
plain-vote-prompt = Vote sobre { $id } con un número de nivel, o na. Su voto es privado hasta que se muestren los votos.
plain-your-prerating-start = Su calificación previa de { $id } fue { $label }: es su opción de partida. Escriba { $number } para votar por ella, u otro nivel.
plain-revealed = Votos sobre { $id } mostrados, { $count ->
    [one] { $count } voto
   *[other] { $count } votos
}: { $counts }.
plain-revealed-pre = Votos sobre { $id } mostrados, { $count ->
    [one] { $count } voto
   *[other] { $count } votos
} ({ $pre ->
    [one] { $pre } calificación previa
   *[other] { $pre } calificaciones previas
}): { $counts }.
plain-suggested = Consenso sugerido sobre { $id }, la mediana: { $label }.
plain-suggested-spread = Consenso sugerido sobre { $id }, la mediana: { $label }; dispersión de { $spread ->
    [one] { $spread } nivel
   *[other] { $spread } niveles
}.
plain-voted = { $name } votó { $label }.
# Followed by a space and the comment.
plain-comment-by = Comentario de { $name }:
# Followed by a space and the comment of an unnamed (private) vote.
plain-comment-with = Un comentario con un voto por { $label }:
plain-vote-range = Esta rúbrica tiene { $levels } niveles: vote del 1 al { $levels }, o na para N/A.
plain-comment-hint = Escriba comentario y luego el texto para agregarlo a su voto.
plain-the-comment = El comentario
plain-vote-unreadable = No se puede leer su voto; vote otra vez.
plain-comment-kept = Comentario guardado: irá con su voto sobre { $id } cuando vote.
plain-left = Salió de la sesión. Sus votos se conservan; únase otra vez para volver.
plain-nothing-to-vote = Todavía no hay nada que votar: espere a la persona que facilita.
plain-comment-saved = Comentario guardado con su voto sobre { $id }.
plain-vote-saved = Su voto sobre { $id }: { $label }. Es privado hasta que se muestren los votos; puede cambiarlo hasta entonces.
plain-vote-not-saved = El voto no se guardó: { $why }.
plain-status-none = Sesión { $code }: todavía no hay un indicador en discusión; { $people ->
    [one] participa { $people } persona
   *[other] participan { $people } personas
}.
plain-status-hidden = Sesión { $code }: { $id }, ronda { $round }; votaron { $voted } de { $people ->
    [one] { $people } persona
   *[other] { $people } personas
}; { $mine }; votos ocultos.
plain-status-revealed = Sesión { $code }: { $id }, ronda { $round }; votaron { $voted } de { $people ->
    [one] { $people } persona
   *[other] { $people } personas
}; { $mine }; votos mostrados.
plain-status-not-voted = usted todavía no votó
plain-status-your-vote = su voto { $label }
plain-help-session = En una sesión puede escribir:
plain-help-session-vote = un número de nivel, por ejemplo 3: su voto privado sobre el indicador en discusión. na: votar N/A.
plain-help-session-comment = comentario y luego el texto: agregar un comentario a su voto.
plain-help-session-read = leer: escuchar el indicador otra vez. estado: quién votó y si los votos ya se mostraron.
plain-help-session-leave = salir: salir de la sesión; sus votos se conservan. ayuda: esta lista.
plain-help-session-news = Los nuevos indicadores, los votos mostrados y la decisión se leen en cuanto ocurren.

## Pre-rating alone before the workshop

plain-prerate-joined = Se unió a la sesión { $code } sobre { $school }, { $plan }, como { $name }, para la calificación previa: califique cada indicador por su cuenta antes del taller. Nadie más ve sus calificaciones previas antes de que se muestren los votos.
plain-prerate-progress = Usted calificó previamente { $done } de { $total } indicadores.
plain-prerate-prompt = Escriba un número para calificar previamente { $id }, na para N/A, siguiente, pendiente, o ayuda.
plain-prerate-yours = Su calificación previa de { $id }: { $label }.
plain-prerate-none = Todavía no calificó previamente { $id }.
# Followed by a space and the comment.
plain-prerate-your-comment = Su comentario sobre { $id }:
plain-prerate-saved = Calificación previa de { $id }: { $label }. Nadie más la ve antes de que se muestren los votos. { $done } de { $total } indicadores con calificación previa.
plain-prerate-comment-saved = Comentario guardado con su calificación previa de { $id }.
plain-prerate-comment-kept = Comentario guardado para { $id }; se registra con su calificación previa.
plain-prerate-your-draft = Su comentario sobre { $id }, que se guarda con su calificación previa:
plain-prerate-at = Calificación previa { $at } de { $total }: { $id }.
plain-prerate-not-planned = Esta sesión no pide calificación previa de { $target }; la pide de { $ids }.
plain-prerate-not-saved = La calificación previa no se guardó: { $why }.
plain-prerate-all = Ya calificó previamente todos los indicadores. Escriba resumen para escuchar sus calificaciones previas, o salir.
plain-prerate-last = { $id } es el último indicador. Escriba pendiente para ir al siguiente que todavía no calificó.
plain-prerate-mine-none = Todavía no calificó previamente ningún indicador.
plain-prerate-mine-head = Sus calificaciones previas, { $done } de { $total } indicadores:
plain-prerate-mine-line = Su calificación previa de { $id }: { $label }.
plain-prerate-status = La sesión { $code } está abierta para la calificación previa: usted calificó { $done } de { $total } indicadores; { $people ->
    [one] participa { $people } persona
   *[other] participan { $people } personas
}.
plain-prerate-closed = La calificación previa terminó y el equipo se reúne ahora: desde aquí escuchará el indicador que presente la persona que facilita.
plain-help-prerate = Durante la calificación previa puede escribir:
plain-help-prerate-rate = un número de nivel, por ejemplo 3: su calificación previa y privada de este indicador; después se lee el siguiente que todavía no calificó. na: calificar N/A.
plain-help-prerate-comment = comentario y luego el texto: agregar un comentario a su calificación previa.
plain-help-prerate-move = siguiente, anterior, pendiente: ir al indicador siguiente, al anterior o al siguiente que todavía no calificó. ir y un identificador, por ejemplo ir pl-4: ir a ese indicador.
plain-help-prerate-read = leer: escuchar este indicador otra vez. resumen: escuchar sus calificaciones previas. estado: cuánto lleva.
plain-help-prerate-leave = salir: salir; sus calificaciones previas se conservan y puede unirse otra vez para seguir. ayuda: esta lista.

## Plain mode over SSH

plain-ssh-db = no se puede abrir la base de datos: { $error }
plain-ssh-internal = Touchstone: un error interno cerró esta conexión. Todo lo guardado se conserva.
plain-ssh-shutdown = Touchstone: el servidor se está apagando. Todo lo guardado se conserva.
plain-ssh-idle = Touchstone: desconectado después de { $minutes ->
    [one] { $minutes } minuto
   *[other] { $minutes } minutos
} sin pulsar una tecla. Todo lo guardado se conserva.
plain-prerate-left = Salió. Sus calificaciones previas se conservan; únase otra vez para seguir.
plain-input-unreadable = no se puede leer la entrada: { $error }

## Creating an assessment (new)

plain-prompt-new = nueva>
plain-help-home-new = nueva, o nueva y el nombre de la escuela: crear una evaluación; se le pregunta la escuela, el distrito, la fecha, el equipo, la persona que facilita y la rúbrica.
plain-new-start = Una evaluación nueva. Responda cada pregunta; pulse Enter para lo que se ofrece, o escriba cancelar para detenerse.
plain-new-help = Responda la pregunta, pulse Enter para lo que se ofrece, o escriba cancelar para no crear nada.
plain-new-ask-school = ¿Escuela? (obligatorio)
plain-new-ask-district = ¿Distrito? Pulse Enter para ninguno.
plain-new-ask-date = ¿Fecha de la evaluación, por ejemplo { $today }? Pulse Enter para hoy, { $today }.
plain-new-ask-team = ¿Integrantes del equipo, separados por comas? Pulse Enter para ninguno.
plain-new-ask-facilitator = ¿Persona que facilita? Pulse Enter para ninguna.
plain-new-ask-facilitator-default = ¿Persona que facilita? Pulse Enter para { $name }.
plain-new-ask-rubric = Rúbrica, { $count ->
    [one] { $count } para elegir
   *[other] una de { $count }
}: escriba su número.
plain-new-rubric-line = { $number }. { $title } ({ $id }).
plain-new-rubric-default = Pulse Enter para { $number }, { $title }.
plain-new-rubric-range = { $text } no es una de las rúbricas: escriba un número del 1 al { $count }, o pulse Enter.
plain-new-problem = No se aceptó: { $why }.
plain-new-cancelled = Cancelado: no se creó ninguna evaluación.
plain-new-failed = No se creó ninguna evaluación: { $error }
plain-new-created = Se creó la evaluación de { $school }, { $date }, { $rubric }. Identificador { $id }.
plain-new-created-district = Se creó la evaluación de { $school } ({ $district }), { $date }, { $rubric }. Identificador { $id }.

## Asking first, undo and redo on an assessment

plain-clear-ask = ¿Quitar la calificación de { $id }, { $label }? Escriba sí para quitarla; cualquier otra cosa la conserva.
plain-clear-kept = Se conserva: { $id } sigue con la calificación { $label }.
# Followed by a space and the note that is there.
plain-note-replace-there = { $id } ya tiene una nota:
plain-note-replace-ask = ¿Reemplazar la nota de { $id } por la suya? Escriba sí para reemplazarla; cualquier otra cosa la conserva y descarta la suya.
plain-note-kept = Se conserva: la nota de { $id } queda como estaba; la suya no se guardó.
plain-undo-nothing = Nada que deshacer: todavía no ha cambiado nada aquí.
plain-redo-nothing = Nada que rehacer.
plain-undo-rating = { $id } con la calificación { $label }
plain-undo-parts = { $parts } de { $id }
plain-undone = Deshecho: { $what }. { $rated } de { $total } indicadores calificados.
plain-redone = Rehecho: { $what }. { $rated } de { $total } indicadores calificados.
plain-undo-refused = No se deshizo: { $who } cambió { $id } a las { $at }, después de usted. Escriba leer para escucharlo como está ahora.
plain-redo-refused = No se rehízo: { $who } cambió { $id } a las { $at }, después de usted. Escriba leer para escucharlo como está ahora.

## The room as heard: a viewer following it, the facilitator leading it

plain-room-segment = Parte { $at } de { $total }: { $title }, { $minutes ->
    [one] { $minutes } minuto
   *[other] { $minutes } minutos
}.
plain-now-discussing-in = En discusión: { $id }, ronda { $round }, en { $segment }.
plain-room-new-round = Nueva ronda de votos sobre { $id }: ronda { $round }.
plain-room-between = No hay ningún indicador en discusión: la sala está entre indicadores.
plain-room-paused = La sesión está en pausa.
plain-room-resumed = La sesión continúa.
plain-prompt-watch = sala>
plain-watch-started = La sesión { $code } está en curso sobre { $school }, { $plan }; la facilita { $facilitator }. Usted la sigue en modo de solo lectura: se lee a medida que avanza.
plain-watch-left = Dejó de seguir esta sesión; la siguiente se leerá.
plain-watch-ended = La sesión { $code } ha terminado.
plain-watch-no-vote = En modo de solo lectura no se puede votar. Para votar, conéctese como CÓDIGO.NOMBRE+plain, con su nombre.
plain-watch-status-hidden = Sesión { $code }: { $id }, ronda { $round }; votaron { $voted } de { $people ->
    [one] { $people } persona
   *[other] { $people } personas
}; votos ocultos.
plain-watch-status-revealed = Sesión { $code }: { $id }, ronda { $round }; votaron { $voted } de { $people ->
    [one] { $people } persona
   *[other] { $people } personas
}; votos mostrados.
plain-unknown-watch = { $word } no es algo que se pueda escribir mientras sigue una sesión. Escriba ayuda para ver lo que puede escribir ahora.
plain-help-watch = Mientras sigue una sesión puede escribir:
plain-help-watch-read = leer: escuchar otra vez el indicador en discusión. estado: la parte de la agenda y cuántas personas votaron.
plain-help-watch-quit = volver: la lista de evaluaciones; esta sesión deja de leerse, la siguiente sí. salir: irse. La parte de la agenda, cada indicador, los votos mostrados, las decisiones y el final se leen a medida que ocurren.

## Facilitating a session

plain-prompt-lead = facilitar>
plain-help-assess-lead = facilitar: escuchar los planes de sesión para esta evaluación. facilitar y el número o identificador de un plan: iniciar una sesión de acompañamiento y facilitarla. previa y un plan: abrirla primero para la calificación previa en silencio.
plain-help-home-resume = reanudar y un código para unirse, por ejemplo reanudar 73ZGY2: volver a facilitar una sesión que usted inició.
plain-lead-open-first = Abra primero una evaluación (abrir y su número) y luego escriba facilitar para escuchar los planes de sesión.
plain-lead-no-plans = Ningún plan de sesión corresponde a la rúbrica de esta evaluación.
plain-lead-plans = { $count ->
    [one] { $count } plan de sesión corresponde a esta evaluación:
   *[other] { $count } planes de sesión corresponden a esta evaluación:
}
plain-lead-plan-line = { $number }. { $title } ({ $id }), { $minutes } minutos.
plain-lead-plans-hint = Escriba facilitar y un número para iniciar esa sesión, o previa y un número para abrirla primero para la calificación previa en silencio.
plain-lead-plan-range = Escriba facilitar y un número del 1 al { $count }, o el identificador de un plan.
plain-lead-not-started = No se inició: { $why }
plain-lead-not-resumed = No puede facilitar esa sesión: { $error }
plain-lead-started = Se inició la sesión { $code } sobre { $school }. Usted la facilita.
plain-lead-prerating-opened = La sesión { $code } está abierta para la calificación previa en silencio sobre { $school }: cada integrante califica primero a solas. Escriba cerrar cuando el grupo se reúna.
plain-lead-join-hint = Las personas se unen con el código { $code }: touchstone session join { $code } --name NOMBRE, o por SSH como { $code }.NOMBRE.
plain-lead-resumed = Usted vuelve a facilitar la sesión { $code }.
plain-lead-joined = Se unió { $name }; { $count ->
    [one] participa { $count } persona
   *[other] participan { $count } personas
}.
plain-lead-nobody = nadie
plain-lead-votes = Votos sobre { $id }: { $voted } de { $people }. Votaron: { $names }. Faltan: { $waiting }.
plain-lead-no-indicators = Esta parte no trae indicadores. Escriba siguiente para pasar a la parte siguiente.
plain-lead-not-in-segment = { $target } no es uno de los indicadores de { $segment }.
plain-lead-leave-ask = { $count ->
    [one] { $count } indicador de { $segment } no tiene decisión.
   *[other] { $count } indicadores de { $segment } no tienen decisión.
} Escriba sí para pasar de todos modos a la parte siguiente; cualquier otra cosa se queda.
plain-lead-last-segment = Esta es la última parte. Escriba terminar para terminar la sesión.
plain-lead-kept = No cambió nada.
plain-lead-end-ask = ¿Terminar la sesión { $code }? Ya no se podrá cambiar nada en ella. Escriba sí para terminarla; cualquier otra cosa la mantiene.
plain-lead-refused = No se hizo: { $why }.
plain-lead-submitted = No se registró: esta evaluación se entregó mientras tanto, así que { $id } queda como estaba; reábrala primero.
plain-lead-decided-hint = Escriba siguiente para el indicador siguiente.
plain-lead-left = Dejó de facilitar la sesión { $code }; la sesión continúa. Escriba reanudar { $code } para volver a facilitarla.
plain-lead-clock = Tiempo que queda en esta parte: { $clock }.
plain-lead-people = Participan { $count }: { $names }.
plain-lead-prerating-status = La sesión { $code } está abierta para la calificación previa: { $members ->
    [one] { $members } integrante calificó
   *[other] { $members } integrantes calificaron
}, de { $total } indicadores.
plain-lead-prerating-member = { $name }: { $done } de { $total }.
plain-lead-prerating-close-hint = Escriba cerrar para cerrar la calificación previa cuando el grupo se reúna, o estado para escuchar esto otra vez.
plain-lead-prerating-only = Mientras cada integrante califica a solas puede escribir estado, cerrar, agenda, terminar o volver. Escriba ayuda para más.
plain-lead-prerating-closed = Se cerró la calificación previa; el grupo se reúne. { $count ->
    [0] Las calificaciones previas no coincidieron en ningún indicador.
    [one] Las calificaciones previas coincidieron en { $count } indicador: { $ids }.
   *[other] Las calificaciones previas coincidieron en { $count } indicadores: { $ids }.
}
plain-lead-agenda = Agenda de { $title }, { $count } partes:
plain-lead-agenda-line = { $number }. { $title }, { $minutes } minutos.
plain-lead-agenda-now = { $line } Ahora.
plain-unknown-lead = { $word } no es algo que se pueda escribir mientras facilita una sesión. Escriba ayuda para ver lo que puede escribir ahora.
plain-help-lead = Mientras facilita una sesión puede escribir:
plain-help-lead-move = agenda: las partes. siguiente, anterior: el indicador siguiente o anterior, y luego la parte siguiente o anterior. ir y un identificador: poner ese indicador en discusión.
plain-help-lead-reveal = mostrar: mostrar los votos a todos. ronda: una nueva ronda de votos sobre el indicador.
plain-help-lead-decide = decidir: registrar el consenso que sugieren los votos. un número de nivel, o na: registrar ese nivel.
plain-help-lead-clock = pausa: detener el reloj. reanudar: ponerlo en marcha otra vez. terminar: terminar la sesión (antes se le pregunta).
plain-help-lead-read = leer: escuchar dónde está la sesión. estado: el reloj, quién participa y quién votó.
plain-help-lead-leave = volver: dejar de facilitar; la sesión continúa. ayuda: esta lista.
plain-help-lead-prerating = Mientras cada integrante califica a solas puede escribir: estado, cuánto avanzó cada integrante; cerrar, cerrar la calificación previa para que el grupo se reúna; agenda; terminar.
