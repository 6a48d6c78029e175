# Spanish (Spanish as a school district writes for families: clear, not literal; terms as in the glossary in locales/GLOSSARY-es.md): coaching sessions: facilitator, participant, wall, plan chooser, pre-rating.
# Ids are area-prefixed (`session-...`); every id here must exist in the other language too.


## La pantalla de quien facilita: el reloj, la agenda, la línea de estado.

session-clock-paused = Reloj en pausa
session-clock-running = Reloj en marcha
session-extended = { $minutes ->
    [one] { $minutes } minuto más para esta parte
   *[other] { $minutes } minutos más para esta parte
}
session-shortened = { $minutes ->
    [one] { $minutes } minuto menos para esta parte
   *[other] { $minutes } minutos menos para esta parte
}
session-no-indicators-in-segment = Esta parte no tiene indicadores; { $key } pasa a la siguiente
session-nothing-up-for-vote = No hay ningún indicador para votar
session-already-revealed = Los votos ya se mostraron; { $key } empieza una nueva ronda
session-nothing-to-reveal = Aún no hay votos: nada que mostrar. Espere a la sala o escriba el número del nivel para registrarlo
session-revealed = Votos mostrados
session-revote = Ronda { $round }: todos vuelven a votar
session-last-segment = Esta es la última parte; { $key } termina la sesión
session-first-segment = Esta es la primera parte
# La agenda avanzó (línea de estado, la del participante, la pantalla de la sala).
session-now = Ahora: { $title }
session-nothing-up-for-decision = No hay ningún indicador para decidir
session-rubric-levels = { $count ->
    [one] Esta rúbrica tiene { $count } nivel
   *[other] Esta rúbrica tiene { $count } niveles
}
session-reveal-first = Primero muestre los votos ({ $key }) y luego registre el consenso
session-no-votes-type-level = Aún no hay votos: escriba el número del nivel para registrarlo
session-room-decides-type = Este plan deja el consenso en sus manos: escriba el número del nivel que acordó la sala
session-recorded = Registrado { $indicator }: { $level } — → siguiente indicador
session-submitted-meanwhile = No se registró: { $name } entregó la evaluación mientras tanto, por eso es de solo lectura; reábrala ({ $key } en su resumen) para registrar { $indicator }
session-submitted-not-recorded = No se registró: la evaluación se entregó mientras tanto, por eso es de solo lectura; reábrala ({ $key } en su resumen) para registrar { $indicator }
# El reloj de la parte: `quedan 12:05`, `en pausa · quedan 3:10`, `1:20 de más`.
session-timer-left = quedan { $clock }
session-timer-over = { $clock } de más
session-timer-paused-left = en pausa · quedan { $clock }
session-timer-paused-over = en pausa · { $clock } de más
# Los minutos previstos de una parte, en la columna de la agenda.
session-agenda-minutes = { $minutes } min
session-partly-done = hecha en parte
session-minutes-after = { $minutes } min después de esta
session-join-code = Código para unirse:
session-participants = { $count ->
    [one] { $count } participante
   *[other] { $count } participantes
}
session-note-no-indicators = Esta parte no tiene indicadores: { $key } pasa a la siguiente.
session-note-first-indicator = → muestra el primer indicador de esta parte.
session-prompts-earlier = { $count ->
    [one] ({ $count } pregunta anterior: ↑ la muestra)
   *[other] ({ $count } preguntas anteriores: ↑ las muestra)
}
session-prompts-more = { $count ->
    [one] ({ $count } pregunta más: ↓ la muestra)
   *[other] ({ $count } preguntas más: ↓ las muestra)
}
session-page-down = PgDn: más
session-page-up = PgUp: volver arriba
# Dónde está el indicador dentro de la parte: `2 de 5`.
session-position = { $at } de { $total }
session-recorded-label = Registrado:
session-round = ronda { $round }
session-votes-count = Votos { $voted }/{ $total }
session-pre-rated = { $count } con calificación previa
session-nobody-joined = nadie se ha unido aún
session-everyone-has-a-vote = todos tienen voto (cuentan las calificaciones previas)
session-everyone-voted = todos han votado
session-waiting-for = faltan: { $names }
session-votes-hidden = Los votos están ocultos. { $key } los muestra a todos.
session-no-steps = No se registraron pasos de acción en esta sesión.
session-next-steps = Nuestros próximos pasos
session-no-owner = sin responsable aún
session-no-date = sin fecha
session-due-by = para el { $date }
# El resumen bajo las barras: la regla del plan y lo que sugiere.
session-rule-median = mediana { $level }
session-rule-lowest = voto más bajo { $level }
session-rule-room = decide la sala
session-hint-enter = Enter: registrar
session-hint-type = escriba el nivel acordado
session-spread-line = Dispersión { $spread } · { $rule }
session-pre-ratings-note = { $count ->
    [one] ({ $count } calificación previa)
   *[other] ({ $count } calificaciones previas)
}

## La pantalla de cada participante.

session-news-prerating-closed = La calificación previa terminó: ahora su pantalla sigue a la persona que facilita
session-news-ended = La sesión terminó. Gracias por participar; { $key } para salir
session-news-indicator = Ahora: { $indicator }. Su voto queda oculto hasta que se muestren los votos
session-news-nothing = Ahora no hay nada que votar
session-news-round = Ronda { $round }: vote otra vez; los votos quedan ocultos hasta mostrarlos
session-news-revealed = Votos mostrados: los votos de todos están abajo
session-news-paused = La persona que facilita pausó el reloj
session-news-resumed = El reloj vuelve a correr
session-comment-saved = Comentario guardado con su voto
session-comment-kept = Comentario guardado para { $indicator }; se registra con su voto
session-follows-facilitator = En la sala, la persona que facilita elige el indicador; su pantalla la sigue
session-prerating-edge = Indicador { $at } de { $total }: no hay más en esa dirección
session-prerating-none-left = Todos los indicadores tienen calificación previa; ← y → vuelven para cambiar uno
session-your-draft = Su comentario (se guarda con su voto):
session-your-prerating = Su calificación previa: { $level } (la opción de partida; Enter vota por ella)
session-vote-ended = La sesión terminó; sus votos se conservan. { $key } para salir
session-vote-nothing-yet = Aún no hay nada que votar: espere a la persona que facilita
session-prerated = Calificación previa de { $indicator }: { $level } (nadie la ve aún) · ahora { $next }
session-vote-saved = Su voto: { $level } (oculto hasta mostrar los votos; puede cambiarlo hasta entonces)
session-clock-ended = terminada
session-clock-paused-left = en pausa, quedan { $clock }
session-title-prerating = Calificación previa en silencio · { $at } de { $total } · usted es { $name }
session-title-participant = Ahora: { $segment } · { $clock } · usted es { $name }
session-ended-thanks = La sesión terminó. Gracias por participar. { $key } para salir.
session-ended-kept = Sus votos y comentarios se guardan en el registro del taller.
session-facilitator-paused = La persona que facilita pausó el reloj.
session-nothing-now = Ahora no hay nada que votar.
session-will-bring-up = La persona que facilita mostrará un indicador; esta pantalla lo seguirá.
session-not-voted = Aún no ha votado: pulse un número.
session-your-vote = Su voto:
session-add-comment = { $key } agrega un comentario
session-comment-label = Comentario:
session-recorded-by-team = Registrado por el equipo: { $level }
session-everyone-votes = Los votos de todos:
session-prerating-progress = Calificación previa: { $done } de { $total } indicadores calificados. Es privada: nadie la ve antes de mostrar los votos. Al votar pasa al siguiente; → salta (queda sin calificar), ← vuelve, c escribe un comentario antes o después del voto.
session-voted-of = Han votado { $voted } de { $total }. Los votos quedan ocultos hasta que la persona que facilita los muestre.

## La pantalla de la sala (en el idioma de la sala).

session-wall-thanks = Gracias
session-wall-ended = La sesión terminó.
session-wall-kept = Las decisiones quedan registradas con la evaluación.
session-wall-voted = Han votado { $voted } de { $total } · los votos quedan ocultos hasta mostrarlos
session-wall-recorded = Registrado: { $level }
session-wall-next = Siguiente: { $indicator }
session-wall-segment = { $school } · parte { $at } de { $total }: { $segment }
session-wall-join-code = código para unirse { $code }
session-wall-paused = EN PAUSA
session-wall-clock-paused = El reloj está en pausa
session-wall-levels = { $count ->
    [one] { $count } nivel
   *[other] { $count } niveles
}
session-wall-tally = { $votes ->
    [one] { $votes } voto
   *[other] { $votes } votos
}{ $pre } · dispersión { $spread } · { $rule }
session-wall-coming-up = { $count ->
    [one] A continuación: { $count } indicador, empezando por { $first }
   *[other] A continuación: { $count } indicadores, empezando por { $first }
}
session-wall-next-segment = Después: { $title } ({ $minutes } min)
session-wall-join = Únase desde su propia terminal: touchstone session join { $code }
session-wall-join-ssh = Únase desde su computadora portátil: { $command }
# The placeholder a participant replaces with their own name in the SSH command.
session-wall-your-name = NOMBRE
session-wall-more-steps = { $count ->
    [one] …y 1 paso más
   *[other] …y { $count } pasos más
}
session-viewer-ended = La sesión { $code } terminó; la pantalla de la sala se abrirá de nuevo cuando empiece la siguiente sesión.
session-wall-so-far = { $count ->
    [one] { $count } participante hasta ahora
   *[other] { $count } participantes hasta ahora
}

## Mensajes del almacenamiento.

session-error-no-code = ninguna sesión en curso tiene el código { $code } (vea `touchstone session list`)
session-error-no-code-or-id = ninguna sesión tiene el código { $code } ni un id que empiece así (vea `touchstone session list`)
session-error-ambiguous = { $prefix } coincide con varias sesiones ({ $ids }); escriba más caracteres
session-error-no-session = no existe la sesión { $id }
session-error-imported = esta sesión se importó de otro lugar; se puede leer, pero no dirigir
session-error-plan-unreadable = el plan guardado de la sesión ya no se puede leer: { $problem }
session-error-no-indicator = aún no hay ningún indicador para votar
session-error-ended = la sesión terminó; sus votos se conservan
session-error-prerating-open = la sesión está abierta para la calificación previa; la sala vota cuando se cierre
session-error-moved-on = la persona que facilita ya pasó a otro punto; su pantalla se está poniendo al día, vote otra vez
session-error-revealed = los votos ya se mostraron: espere una nueva ronda para votar otra vez
session-error-prerating-closed = la calificación previa de esta sesión se cerró; sus calificaciones previas se conservan
session-error-not-prerating = esta sesión no está abierta para la calificación previa
session-error-no-assessment = no existe ninguna evaluación con id { $id }
session-error-already-submitted = esta evaluación ya está entregada (`touchstone reopen ID` la vuelve a borrador)
session-error-already-draft = esta evaluación ya es un borrador

## The plan chooser and `session show`

session-chooser-question = ¿Qué plan de sesión?
session-chooser-filter = Filtro: { $filter }
session-chooser-title = {" "}Iniciar una sesión de acompañamiento{" "}
session-chooser-title-prerate = {" "}Abrir la calificación previa de una sesión{" "}
session-describe-head = { $title } [{ $id }] · { $minutes } minutos
session-describe-rubric = Rúbrica: { $rubric }
session-describe-prework = Antes de la reunión
session-describe-roles = Funciones
session-describe-materials = Materiales
session-describe-access = Cómo participar
session-describe-voting = Votar sin un dispositivo
session-describe-glossary = Glosario
session-describe-agenda = Agenda
session-describe-standards = {" "}· estándares: { $ids }
session-describe-indicators = {" "}· indicadores: { $ids }
session-describe-baseline = {" "}· los indicadores del nivel base
session-describe-weakest = {" "}· { $count ->
        [one] el estándar más débil
       *[other] los { $count } estándares más débiles
    }
session-describe-disagreement = , solo donde las calificaciones previas no coinciden

## Starting a session

session-error-no-plan = no hay un plan de sesión { $plan }; planes: { $plans } (vea `touchstone session plans`)
session-error-submitted = esta evaluación está entregada y solo se puede leer; reábrala (`touchstone reopen ID`) para hacer una sesión sobre ella
session-error-plan-does-not-fit = el plan { $plan } no corresponde a la rúbrica { $rubric }: { $problems }
session-error-still-prerating = la sesión { $code } está abierta para la calificación previa: cada integrante califica por su cuenta en las pantallas (`touchstone session join { $code } --name NOMBRE`, o { $code }.NOMBRE@ por SSH), en el modo de texto simple (`touchstone --plain session join { $code } --name NOMBRE`) o con `touchstone session prerate rate { $code } --name NOMBRE INDICADOR NIVEL`; la persona que facilita la cierra con `touchstone session prerate close { $code }` cuando el equipo se reúne

## Papel para la sala: la hoja de calificación previa y la papeleta (`session sheet`)
sheet-title = Hoja de calificación previa
sheet-code = código de calificación previa { $code }
sheet-name = Nombre
sheet-date = Fecha
sheet-intro = Califique cada indicador a solas, antes de la reunión: marque una casilla, el nivel que describe a su escuela hoy, o N/A si no aplica aquí. Debajo, escriba lo que vio o sabe que lo demuestra. Si tiene dudas, elija el nivel más bajo. Nadie más ve su hoja; la persona que toma notas la registra y el grupo conversa donde el equipo no está de acuerdo.
sheet-na = N/A
sheet-evidence = Lo que lo demuestra (evidencia)
sheet-ballot = Papeleta
sheet-ballot-intro = Una casilla por fila: el nivel que usted elige para cada indicador, o N/A.
sheet-indicator = Indicador
sheet-enter-hint = Para la persona que toma notas: touchstone session prerate enter { $code } --name NOMBRE "cl-1=3 cl-2=na …" registra una hoja de una vez (el número del nivel, su clave o na).

# Refusals of a change to a session (session::Refusal), the same at every door.
session-refusal-not-facilitator = solo la persona que facilita dirige la sesión
session-refusal-ended = la sesión terminó; ya no se puede cambiar nada en ella
session-refusal-already-revealed = los votos ya están a la vista; una nueva ronda los vuelve a ocultar
session-refusal-reveal-first = muestre primero los votos y luego registre el consenso
session-refusal-not-in-plan = { $indicator } no es uno de los indicadores que esta sesión califica previamente ({ $planned })
session-refusal-last-segment = este es el último segmento; termine la sesión para cerrarla
