# Spanish (Spanish as a school district writes for families: clear, not literal; terms as in the glossary in locales/GLOSSARY-es.md): command-line output and --help.
# Ids are area-prefixed (`cli-...`); every id here must exist in the other language too.


## --help: generated from the doc comments in src/cli/args.rs; the test in src/cli/help.rs keeps them equal.
cli-help-heading-usage = Uso:
cli-help-heading-options = Opciones
cli-help-heading-arguments = Argumentos
cli-help-heading-commands = Comandos
cli-help-flag-help = Mostrar la ayuda
cli-help-flag-version = Mostrar la versión
cli-help-touchstone = Autoevaluación con los estándares de escuelas comunitarias
cli-help-touchstone--long =
    Touchstone acompaña al equipo de una escuela comunitaria por una rúbrica de estándares, guarda cada calificación en este equipo (SQLite) y calcula la proporción de estándares —y de escuelas— implementados por completo.

    Los ID de las evaluaciones se pueden acortar a cualquier comienzo único de al menos 4 caracteres.

    Las opciones de abajo sirven para todos los comandos (`touchstone --db ARCHIVO list`).
cli-help-touchstone--after =
    Ejemplos:
    {"  "}touchstone                                   abrir las pantallas
    {"  "}touchstone demo                              una red inventada para probar
    {"  "}touchstone list
    {"  "}touchstone --db team.db report 0190abcd --format md -o report.md
    {"  "}touchstone completions bash > ~/.local/share/bash-completion/completions/touchstone
cli-help-touchstone-db = El archivo de la base de datos [predeterminado: `database` en el archivo de configuración; si no, la carpeta de datos del sistema; vea `touchstone rubrics`]
cli-help-touchstone-standards = Otra carpeta de archivos de rúbricas (se puede repetir); la carpeta de estándares del usuario se lee siempre
cli-help-touchstone-theme = Colores de las pantallas [predeterminado: monocromo si NO_COLOR está definido]
cli-help-touchstone-ascii = Dibujar las pantallas solo con ASCII, para terminales sin Unicode
cli-help-touchstone-plain = Modo sencillo: línea por línea, para lectores de pantalla y scripts (sin mover el cursor, sin cuadros ni colores)
cli-help-touchstone-lang = El idioma de las pantallas y los mensajes [predeterminado: TOUCHSTONE_LANG, el archivo de configuración y luego LC_ALL/LC_MESSAGES/LANG]
cli-help-rubrics = Ver las rúbricas (incluidas y del usuario) y dónde van las rúbricas del usuario
cli-help-rubric = Revisar o imprimir archivos de rúbricas
cli-help-rubric-check = Validar archivos de rúbricas y de traducciones de rúbricas; cada problema se indica como ARCHIVO:LÍNEA:COL
cli-help-rubric-check-files = Archivos de rúbricas y de traducciones de rúbricas (TOML)
cli-help-rubric-show = Imprimir una rúbrica: niveles, estándares, indicadores, orientación y descripciones de los niveles
cli-help-rubric-show-id = El ID de la rúbrica (vea `touchstone rubrics`)
cli-help-new = Comenzar una evaluación nueva e imprimir su ID
cli-help-new--after =
    Ejemplos:
    {"  "}touchstone new --school "Lincoln Elementary" --rubric cs-site-2017
    {"  "}touchstone new --school Adams --district North --rubric cs-site-2017 --date 2026-09-15 --team "Ana,Raj"
cli-help-new-school = El nombre de la escuela
cli-help-new-rubric = El ID de la rúbrica (vea `touchstone rubrics`); se usa su versión más alta [predeterminado: `rubric` en el archivo de configuración]
cli-help-new-rubric-version = Una versión anterior de la rúbrica en lugar de la más alta (para comparar con evaluaciones anteriores hechas con ella)
cli-help-new-district = El distrito o la red de la escuela
cli-help-new-date = La fecha de la evaluación, AAAA-MM-DD [predeterminado: hoy]
cli-help-new-team = Integrantes del equipo, separados por comas
cli-help-new-facilitator = Quién facilita [predeterminado: `facilitator` en el archivo de configuración]
cli-help-assess = Abrir las pantallas en una evaluación
cli-help-assess-id = La evaluación: su ID o un comienzo único de al menos 4 caracteres (vea `touchstone list`)
cli-help-list = Ver las evaluaciones con su avance y el % de estándares implementados por completo
cli-help-list--after =
    Ejemplos:
    {"  "}touchstone list
    {"  "}touchstone list --json | jq '.[] | select(.unrated > 0) | .school'
cli-help-list-json = Imprimir JSON en lugar de una tabla
cli-help-rate = Guardar una calificación: NIVEL es la clave de un nivel, su número desde 1, o na
cli-help-rate--after =
    Ejemplos:
    {"  "}touchstone rate 0190abcd cl-1 developing
    {"  "}touchstone rate 0190abcd cl-2 3 --note "Las agendas se comparten con una semana de anticipación"
    {"  "}touchstone rate 0190abcd fe-4 na
cli-help-rate-id = La evaluación: su ID o un comienzo único de al menos 4 caracteres (vea `touchstone list`)
cli-help-rate-indicator = El ID del indicador (vea `touchstone rubric show RÚBRICA`)
cli-help-rate-level = La clave de un nivel (p. ej. developing), su número desde 1, o na
cli-help-rate-note = Guardar también la nota del indicador
cli-help-report = Imprimir el informe de una evaluación
cli-help-report--after =
    Ejemplos:
    {"  "}touchstone report 0190abcd
    {"  "}touchstone report 0190abcd --format md -o lincoln.md
    {"  "}touchstone report 0190abcd --format html -o lincoln.html --force
cli-help-report-id = La evaluación: su ID o un comienzo único de al menos 4 caracteres (vea `touchstone list`)
cli-help-report-format = Qué escribir
cli-help-report-output = Escribir en este archivo en lugar de la salida estándar
cli-help-report-force = Reemplazar el archivo de salida si ya existe (se conservan sus permisos)
cli-help-submit = Entregar una evaluación: desde ese momento cuenta en las cifras de la red y queda de solo lectura hasta que se reabra
cli-help-submit--after =
    Ejemplos:
    {"  "}touchstone submit 0190abcd --by "Ana Ruiz,Ben Okafor"
cli-help-submit-id = La evaluación: su ID o un comienzo único de al menos 4 caracteres (vea `touchstone list`)
cli-help-submit-by = Quién la entrega, separado por comas [predeterminado: usted]
cli-help-reopen = Volver a convertir en borrador una evaluación entregada, para cambiarla (queda registrado)
cli-help-reopen-id = La evaluación: su ID o un comienzo único de al menos 4 caracteres (vea `touchstone list`)
cli-help-export = Escribir una evaluación como TOML (el formato de intercambio)
cli-help-export--after =
    Ejemplos:
    {"  "}touchstone export 0190abcd -o lincoln-2026.toml
    {"  "}touchstone export 0190abcd > lincoln-2026.toml
cli-help-export-id = La evaluación: su ID o un comienzo único de al menos 4 caracteres (vea `touchstone list`)
cli-help-export-output = Escribir en este archivo en lugar de la salida estándar
cli-help-export-force = Reemplazar el archivo de salida si ya existe (se conservan sus permisos)
cli-help-import = Importar evaluaciones exportadas (archivos o carpetas); se revisan todas antes de guardar alguna
cli-help-import--after =
    Ejemplos:
    {"  "}touchstone import lincoln-2026.toml
    {"  "}touchstone import exports/                 cada archivo .toml de la carpeta y subcarpetas
    {"  "}touchstone import --replace lincoln-2026.toml
cli-help-import-files = Archivos TOML exportados, o carpetas donde buscarlos
cli-help-import-replace = Sobrescribir las evaluaciones cuyo ID ya existe con otro contenido
cli-help-session = Sesiones de acompañamiento: agendas, iniciar (facilitador), unirse (participante), acta
cli-help-session-plans = Ver las agendas de sesión (incluidas y del usuario) y dónde van las del usuario
cli-help-session-show = Imprimir una agenda completa: trabajo previo, roles, materiales, accesibilidad, votar sin dispositivo, glosario y la agenda con sus preguntas
cli-help-session-show-plan = El ID de la agenda (vea `touchstone session plans`)
cli-help-session-check = Validar archivos de agendas de sesión; cada problema se indica como ARCHIVO:LÍNEA:COL
cli-help-session-check-files = Archivos de agendas de sesión (TOML)
cli-help-session-start = Iniciar una sesión sobre una evaluación y abrir la pantalla de quien facilita
cli-help-session-start--after =
    Ejemplos:
    {"  "}touchstone session plans
    {"  "}touchstone session start baseline-check --assessment 0190abcd
cli-help-session-start-plan = El ID de la agenda (vea `touchstone session plans`)
cli-help-session-start-assessment = La evaluación con la que se trabaja (ID o comienzo)
cli-help-session-start-open-voting = El equipo acordó que los votos no son privados: el acta puede entonces decir quién votó qué (`session minutes --named`)
cli-help-session-resume = Volver a abrir la pantalla de quien facilita en una sesión en curso (después de cerrar la terminal)
cli-help-session-resume-code = El código para unirse (o el ID de la sesión)
cli-help-session-join = Unirse a una sesión en curso como participante
cli-help-session-join-code = El código para unirse que muestra la pantalla de quien facilita
cli-help-session-join-name = Su nombre como lo ven los demás [predeterminado: su nombre de usuario]
cli-help-session-watch = Seguir una sesión, solo para ver, en la pantalla de la sala (para el proyector); espera en la lista hasta que haya una en curso y vuelve a ella cuando la sesión termina
cli-help-session-watch-code = El código para unirse (o el ID de la sesión), o el ID de una evaluación para seguir sus sesiones [predeterminado: cualquier sesión en curso]
cli-help-session-prerate = Calificación previa en silencio: cada integrante califica por su cuenta antes de la reunión, y las partes `only = "disagreement"` de la agenda muestran solo donde no coinciden
cli-help-session-prerate-open = Abrir una sesión para la calificación previa e imprimir el código con el que califican los integrantes
cli-help-session-prerate-open--after =
    Ejemplos:
    {"  "}touchstone session prerate open --assessment 0190abcd
    {"  "}touchstone session prerate rate K7MPQ2 --name Ana cl-1 2
    {"  "}touchstone session prerate close K7MPQ2 --record-agreed
    {"  "}touchstone session resume K7MPQ2
cli-help-session-prerate-open-assessment = La evaluación que se califica antes (ID o comienzo)
cli-help-session-prerate-open-plan = La agenda que seguirá la sala cuando se cierre la calificación previa
cli-help-session-prerate-open-open-voting = El equipo acordó que los votos no son privados (vea `session start`)
cli-help-session-prerate-rate = Guardar (o cambiar) su calificación previa de un indicador; nadie más la ve antes de mostrar los votos
cli-help-session-prerate-rate-code = El código de la calificación previa
cli-help-session-prerate-rate-indicator = El ID del indicador (vea `touchstone rubric show RÚBRICA`)
cli-help-session-prerate-rate-level = La clave de un nivel (p. ej. developing), su número desde 1, o na
cli-help-session-prerate-rate-name = Su nombre como lo ven los demás [predeterminado: su nombre de usuario]
cli-help-session-prerate-rate-comment = La evidencia que la respalda
cli-help-session-prerate-mine = Sus propias calificaciones previas hasta ahora
cli-help-session-prerate-mine-code = El código de la calificación previa
cli-help-session-prerate-mine-name = Su nombre [predeterminado: su nombre de usuario]
cli-help-session-prerate-status = Quién ha calificado antes cuántos indicadores (nunca sus niveles)
cli-help-session-prerate-status-code = El código de la calificación previa
cli-help-session-prerate-close = Cerrar la calificación previa: la sesión se dirige luego con `session resume CÓDIGO`
cli-help-session-prerate-close-code = El código de la calificación previa
cli-help-session-prerate-close-record-agreed = Guardar el nivel en que coinciden las calificaciones previas en cada indicador donde coinciden
cli-help-session-sheet = Imprime una hoja de calificación previa y una papeleta para llenar a mano (HTML para imprimir)
cli-help-session-sheet--after =
    Ejemplos:
    {"  "}touchstone session sheet baseline-check -o hoja.html
    {"  "}touchstone --lang es session sheet K7MPQ2 --bilingual -o hoja.html
cli-help-session-sheet-plan-or-code = El ID de una agenda (con la versión más reciente de su rúbrica) o un código de calificación previa (con su evaluación, escuela y código)
cli-help-session-sheet-bilingual = Todos los textos de la rúbrica en español e inglés, primero el idioma de quien lee
cli-help-session-sheet-output = Escribir en este archivo en lugar de la salida estándar
cli-help-session-sheet-force = Reemplazar el archivo de salida si existe (se conservan sus permisos)
cli-help-session-prerate-enter = Registra de una vez la hoja de papel completa de un integrante, o un montón de hojas desde un archivo CSV: primero se revisa cada calificación, y no se escribe nada si alguna está mal
cli-help-session-prerate-enter--after =
    Ejemplos:
    {"  "}touchstone session prerate enter K7MPQ2 --name Ana "cl-1=3 cl-2=na pl-1=emerging"
    {"  "}touchstone session prerate enter K7MPQ2 --name Bo cl-1=2 cl-2=2
    {"  "}touchstone session prerate enter K7MPQ2 --csv hojas.csv   (columnas: name, indicator, level, comment)
cli-help-session-prerate-enter-code = El código de calificación previa
cli-help-session-prerate-enter-pairs = Pares INDICADOR=NIVEL separados por espacios (NIVEL: su número desde 1, su clave o na)
cli-help-session-prerate-enter-name = El integrante de quien es la hoja
cli-help-session-prerate-enter-csv = Un montón de hojas: un archivo CSV con las columnas name, indicator, level, comment
cli-help-session-list = Sesiones en curso, de la más reciente a la más antigua, con sus códigos para unirse
cli-help-session-list-all = También las sesiones terminadas e importadas
cli-help-session-minutes = Escribir el acta de una sesión (agenda, votos, decisiones, pasos) en Markdown
cli-help-session-minutes-session = El código para unirse o el ID de la sesión
cli-help-session-minutes-output = Escribir en este archivo en lugar de la salida estándar
cli-help-session-minutes-force = Reemplazar el archivo de salida si ya existe (se conservan sus permisos)
cli-help-session-minutes-named = Decir quién votó qué; solo para una sesión cuyo equipo acordó votos abiertos
cli-help-rollup = Cifras de la red: % de escuelas que implementan por completo, en total y por estándar
cli-help-rollup--after =
    Ejemplos:
    {"  "}touchstone rollup
    {"  "}touchstone rollup --by district --as-of 2026-06-30
    {"  "}touchstone rollup --trend year --format csv > trend.csv
    {"  "}touchstone rollup exports/ --include-db
    {"  "}touchstone rollup --standard-threshold 80% --school-threshold 0.9   # qué pasaría si
cli-help-rollup-rubric = El ID de la rúbrica que se suma [predeterminado: la única en uso]
cli-help-rollup-paths = Archivos TOML exportados o carpetas (se buscan por dentro) en lugar de la base de datos
cli-help-rollup-include-db = Con RUTAS: contar también las evaluaciones de la base de datos
cli-help-rollup-by = También las cifras por distrito
cli-help-rollup-as-of = Solo las evaluaciones con fecha de este día o anterior (AAAA-MM-DD)
cli-help-rollup-trend = Las cifras de la red al final de cada año o trimestre
cli-help-rollup-json = Imprimir JSON (igual que --format json)
cli-help-rollup-format = text, json, csv o html (el informe para la junta)
cli-help-rollup-standard-threshold = Qué pasaría si: un estándar cuenta como implementado por completo con esta proporción de sus indicadores aplicables en el nivel completo (0.8 u 80%); el resultado dice "qué pasaría si"
cli-help-rollup-school-threshold = Qué pasaría si: una escuela cuenta como que implementa por completo con esta proporción de sus estándares aplicables (0.8 u 80%); el resultado dice "qué pasaría si"
cli-help-rollup-include-drafts = Contar la evaluación más reciente de cada escuela aunque sea un borrador (si no, la más reciente entregada)
cli-help-demo = Llenar una base de datos de demostración aparte con una red inventada, para probar Touchstone
cli-help-demo--after =
    Ejemplos:
    {"  "}touchstone demo
    {"  "}touchstone --db /tmp/try.db demo --schools 200 --seed 7
cli-help-demo-schools = Cuántas escuelas
cli-help-demo-seed = La misma semilla crea la misma red
cli-help-demo-add = Añadir a una base de datos que ya tiene evaluaciones (solo con --db)
cli-help-history = Cada evaluación de una escuela a lo largo del tiempo, con sus cifras y sus ID
cli-help-history--after =
    Ejemplos:
    {"  "}touchstone history --school "Lincoln Elementary"
    {"  "}touchstone history --school linc            mayúsculas o minúsculas; basta un comienzo único
    {"  "}touchstone history --school adams --district north --json
cli-help-history-school = El nombre de la escuela, en mayúsculas o minúsculas, o el comienzo del nombre de una escuela
cli-help-history-district = El distrito de la escuela, cuando los nombres se repiten en varios distritos
cli-help-history-json = Imprimir JSON
cli-help-serve = Ofrecer las pantallas por SSH: el equipo se une con `ssh -p 2222 NOMBRE@SERVIDOR`
cli-help-serve-listen = Dirección y puerto donde escuchar (0.0.0.0:2222 para todas las interfaces de red)
cli-help-serve-authorized-keys = Dejar entrar a las claves públicas de este archivo authorized_keys de OpenSSH
cli-help-serve-passcode = Dejar entrar a quien escriba una clave de acceso creada ahora e impresa aquí (contraseña o keyboard-interactive)
cli-help-serve-viewer-passcode = Crear también una segunda clave de acceso que solo da la vista de solo lectura (para la pantalla de la sala)
cli-help-serve-passcode-hours = Cuántas horas valen las claves de acceso
cli-help-serve-max-connections = Máximo de conexiones con sesión iniciada a la vez; a las demás se les dice que el servidor está lleno
cli-help-serve-max-startups = Conexiones a la vez que aún no han iniciado sesión: N (las demás se cortan), o START:RATE:FULL (desde START se corta al azar el RATE % de las nuevas, hasta cortarlas todas en FULL; MaxStartups de OpenSSH)
cli-help-serve-per-source-max-startups = Conexiones a la vez desde una misma dirección (una red /64 en IPv6) que aún no han iniciado sesión; las demás desde ella se cortan (PerSourceMaxStartups de OpenSSH)
cli-help-serve-login-grace = Segundos que tiene una conexión para iniciar sesión y abrir las pantallas antes de cortarse (LoginGraceTime de OpenSSH)
cli-help-serve-idle-timeout = Desconectar después de tantos segundos sin pulsar una tecla
cli-help-serve-host-key = El archivo de la clave del servidor, creado al primer inicio [predeterminado: ssh_host_ed25519_key en la carpeta de datos]
cli-help-settings = Mostrar dónde está el archivo de configuración y revisarlo (`settings path`, `settings check`)
cli-help-settings-path = Imprimir la ruta del archivo de configuración (puede que aún no exista)
cli-help-settings-check = Revisar el archivo de configuración; cada problema se indica como ARCHIVO:LÍNEA:COL
cli-help-compare = Cambios entre dos evaluaciones, por estándar y por indicador
cli-help-compare--after =
    Ejemplos:
    {"  "}touchstone history --school lincoln         muestra los ID para comparar
    {"  "}touchstone compare 0190abcd 01a2ef01
cli-help-compare-a = La evaluación anterior (ID o comienzo único)
cli-help-compare-b = La evaluación posterior (ID o comienzo único)
cli-help-compare-json = Imprimir JSON
cli-help-db = Revisar la base de datos: volver a contar las cifras guardadas de cada evaluación a partir de sus calificaciones
cli-help-db-check = Volver a contar las cifras de cada evaluación a partir de sus calificaciones e indicar las que no coinciden (salida 1); con --repair, reconstruirlas (salida 0)
cli-help-db-check--after =
    Ejemplos:
    {"  "}touchstone db check
    {"  "}touchstone db check --repair
cli-help-db-check-repair = Reconstruir las cifras que no coinciden con el nuevo conteo
cli-help-completions = Imprimir el script de autocompletado de un shell (cómo instalarlo: vea el README)
cli-help-completions--after =
    Ejemplos:
    {"  "}touchstone completions bash > ~/.local/share/bash-completion/completions/touchstone
    {"  "}touchstone completions zsh > ~/.zfunc/_touchstone
    {"  "}touchstone completions fish > ~/.config/fish/completions/touchstone.fish
cli-help-completions-shell = El shell para el que se completa
cli-help-man = Imprimir la página del manual (roff), p. ej. `touchstone man | man -l -`

## Messages and output of the commands.
cli-error = error: { $message }
cli-problems-found = error: { $count ->
    [one] se encontró { $count } problema
   *[other] se encontraron { $count } problemas
}
cli-warning = aviso: { $message }
cli-rubric-skipped = aviso: { $problem } (se omitió la rúbrica)
cli-needs-terminal = las pantallas necesitan una terminal; en scripts, use los comandos (vea `touchstone --help`) o el modo sencillo (`touchstone --plain`)
cli-db-not-open = la base de datos no está abierta
cli-demo-schools-zero = --schools debe ser al menos 1
cli-demo-schools-too-many = --schools { $schools } crearía una base de datos de demostración de unos { $size }; el máximo es { $max } escuelas (unos { $max_size })
cli-demo-no-rubric = falta la rúbrica de escuela incluida
cli-demo-not-empty = { $path } ya tiene evaluaciones; los datos de demostración van en una base de datos vacía (o use --db RUTA --add)
cli-demo-progress = { $written } de { $schools } escuelas escritas
cli-demo-made = Se crearon { $schools ->
    [one] { $schools } escuela
   *[other] { $schools } escuelas
} con { $assessments ->
    [one] { $assessments } evaluación
   *[other] { $assessments } evaluaciones
} en { $path }
cli-demo-open = Para abrirla: touchstone --db { $path }
cli-plain-not-yes-or-no = use 1, yes, on o true para el modo sencillo; 0, no, off, false o nada para las pantallas
cli-lang-variable-not-text = TOUCHSTONE_LANG no es texto UTF-8, así que no se tiene en cuenta; asígnele en o es
cli-trend-clamped = algunas evaluaciones tienen fechas fuera del { $earliest } al { $latest }; los períodos de la tendencia se quedan entre esas fechas (una anterior cuenta desde el primer período; una posterior, en ninguno)
cli-db-agree = Las cifras guardadas de cada evaluación coinciden con un nuevo conteo de sus calificaciones.
cli-db-differs-line = { $id } ({ $school }, { $date }): guardado → nuevo conteo: { $what }
cli-db-rebuilt = Se reconstruyeron las cifras de { $count ->
    [one] { $count } evaluación
   *[other] { $count } evaluaciones
} a partir de sus calificaciones.
cli-db-differ = las cifras guardadas de { $count ->
    [one] { $count } evaluación no coinciden
   *[other] { $count } evaluaciones no coinciden
} con un nuevo conteo de las calificaciones; `touchstone db check --repair` las reconstruye
cli-rubrics-bundled = incluida
cli-rubrics-retired = {" "}(retirada: use { $new })
cli-rubrics-line = { $standards } estándares { $indicators } indicadores
cli-rubrics-add-yours = Agregue sus propias rúbricas en: { $path }
cli-rubrics-database = Base de datos: { $path }
cli-rubric-check-ok = { $name }: bien — { $id } v{ $version }, { $standards ->
    [one] { $standards } estándar
   *[other] { $standards } estándares
}, { $indicators ->
    [one] { $indicators } indicador
   *[other] { $indicators } indicadores
}
cli-rubric-levels = Niveles
cli-rubric-full = {"  "}(completo)
cli-rubric-scoring = Regla: { $rule } Nivel base: { $level }.
cli-rubric-baseline = {"  "}[nivel base]
cli-rubric-guidance = Orientación: { $text }
cli-unknown-rubric = no hay una rúbrica { $id }; rúbricas conocidas: { $known } (vea `touchstone rubrics`)
cli-settings-none = { $path }: no hay archivo de configuración; cada opción tiene su valor predeterminado (la sección Settings del README las enumera)
cli-settings-valid = { $path }: válido
cli-man-failed = no se puede generar la página del manual: { $error }
cli-man-commands-note = Las opciones y los ejemplos de cada comando: touchstone COMANDO --help.
cli-man-environment = ENTORNO
cli-man-env-db = El archivo de la base de datos, cuando --db no indica uno (la base de datos de la configuración va después).
cli-man-env-user = El nombre con el que se registran los cambios (historial, acta) y el nombre predeterminado para unirse a una sesión; tiene prioridad sobre el facilitador de la configuración y USER.
cli-man-env-system-user = El nombre de inicio de sesión, que se usa como autor de los cambios cuando ni TOUCHSTONE_USER ni el facilitador de la configuración indican uno. Si no hay ninguno, las pantallas piden un nombre una vez y lo guardan en el archivo de configuración.
cli-man-env-lang = El idioma, en o es; --lang tiene prioridad sobre él, y él sobre el idioma de la configuración y la configuración regional.
cli-man-env-locale = La configuración regional; la primera que esté definida decide el idioma cuando nada más lo hace (es_MX.UTF-8 es español).
cli-man-env-plain = Con el valor 1, el modo sencillo: línea por línea, para lectores de pantalla, sin control de la terminal.
cli-man-env-no-color = Con cualquier valor: los colores monocromos, salvo que --theme o los colores de la configuración digan otra cosa.
cli-man-env-xdg = Dónde están la configuración y la carpeta de datos (en Linux); si no se definen, son las carpetas bajo la carpeta personal que se indican en ARCHIVOS.
cli-man-files = ARCHIVOS
cli-man-file-settings = El archivo de configuración (touchstone settings path indica dónde está; touchstone settings lo revisa).
cli-man-file-db = La base de datos predeterminada (SQLite); aquí se guardan todas las calificaciones, notas y sesiones.
cli-man-file-data = La carpeta de datos: la base de datos predeterminada y la clave del servidor SSH que touchstone serve crea al iniciarse por primera vez.
cli-man-file-standards = Sus propios archivos de rúbricas (.toml); touchstone rubrics los muestra junto con los incluidos.
cli-man-file-sessions = Sus propios planes de sesión (.toml); touchstone session plans los muestra junto con los incluidos.
cli-man-settings = CONFIGURACIÓN
cli-man-settings-intro = Todas las claves del archivo de configuración son opcionales:
cli-man-setting-theme = Los colores con los que se abren las pantallas: default, high-contrast o monochrome. T en las pantallas los cambia y los guarda aquí.
cli-man-setting-language = El idioma de las pantallas y los mensajes: en o es. L en las pantallas lo cambia y lo guarda aquí.
cli-man-setting-rubric = La rúbrica que usan touchstone new y el formulario de nueva evaluación sin --rubric.
cli-man-setting-facilitator = El facilitador o la facilitadora de las evaluaciones nuevas, y el nombre con el que se registran los cambios cuando TOUCHSTONE_USER no está definida.
cli-man-setting-database = El archivo de la base de datos, como ruta absoluta o como ruta que empieza con ~/.
cli-man-setting-keys = Teclas reasignadas, como acción = "tecla" o acción = ["tecla", "tecla"]; la ayuda y los pies de pantalla muestran las teclas reasignadas.
cli-man-keys = TECLAS
cli-man-keys-intro = Las teclas de las pantallas, pantalla por pantalla (? también las muestra en las pantallas):
cli-rubric-retired = la rúbrica { $id } está retirada (se conserva para que sus evaluaciones se sigan abriendo); use { $new } para evaluaciones nuevas
cli-rubric-no-version = la rúbrica { $id } no tiene la versión { $version } (vea touchstone rubrics)
cli-default-rubric-missing = la rúbrica predeterminada { $id } no está instalada (vea touchstone rubrics); corrija la configuración o use --rubric
cli-say-which-rubric = indique la rúbrica: --rubric ID (vea touchstone rubrics), o defina rubric en el archivo de configuración (touchstone settings)
cli-list-empty = Todavía no hay evaluaciones. Comience una con:
cli-list-id = ID
cli-list-school = Escuela
cli-list-date = Fecha
cli-list-rubric = Rúbrica
cli-list-status = Estado
cli-list-rated = Calific.
cli-list-standards = Estándares implementados por completo
cli-not-an-indicator = { $indicator } no es un indicador de { $rubric } (vea `touchstone rubric show { $rubric }`)
cli-not-an-indicator-did-you-mean = { $indicator } no es un indicador de { $rubric }: ¿quiso decir { $suggestion }?
cli-not-a-level = { $level } no es un nivel; use { $hint }
cli-rated = { $indicator }: { $before } → { $after } (guardado)
cli-submitted = Se entregó { $school } { $date }: ahora cuenta en las cifras de la red y es de solo lectura hasta que se reabra.
cli-still-unrated = Sin calificar todavía: { $count ->
    [one] { $count } indicador
   *[other] { $count } indicadores
} ({ $ids })
cli-reopened = Se reabrió { $school } { $date }: es un borrador otra vez y no cuenta en las cifras de la red hasta que se entregue.
cli-read-only = esta evaluación está entregada, por eso es de solo lectura; `touchstone reopen { $id }` la convierte otra vez en borrador
cli-imported = importado: { $counts }
cli-plan-skipped = aviso: { $problem } (se omitió la agenda)
cli-plans-line = { $minutes } min { $segments } partes
cli-plans-add-yours = Agregue sus propias agendas en: { $path }
cli-unknown-plan = no hay una agenda de sesión { $id }; agendas conocidas: { $known }
cli-plan-check-ok = { $name }: bien — { $id }, { $segments ->
    [one] { $segments } parte
   *[other] { $segments } partes
}, { $minutes ->
    [one] { $minutes } minuto
   *[other] { $minutes } minutos
}
cli-session-ended-see-minutes = la sesión { $code } ya terminó; vea su acta con `touchstone session minutes { $code }`
cli-watch-waiting = Todavía no hay ninguna sesión reunida: la pantalla de la sala se abrirá sola cuando empiece una.
cli-session-started = La sesión comenzó. Los participantes se unen con: touchstone session join { $code }
cli-name-needed = --name debe ser un nombre sencillo y no vacío
cli-session-ended = la sesión { $code } ya terminó
cli-sessions-none = Todavía no hay sesiones. Comience una con: touchstone session start AGENDA --assessment ID
cli-session-state-prerating = calificación previa abierta, código { $code }
cli-session-state-ended-code = terminada, código { $code }
cli-session-state-ended = terminada
cli-session-state-join = código para unirse { $code }
cli-session-state-imported = importada
cli-sessions-others = { $count ->
    [one] { $count } sesión terminada o importada
   *[other] { $count } sesiones terminadas o importadas
}: `touchstone session list --all` las muestra
cli-session-record-missing = falta el registro de la sesión
cli-named-private = --named: los votos de esta sesión son privados (el equipo no acordó votos abiertos al comenzar); el acta muestra solo los totales
cli-prerate-opened =
    Calificación previa abierta para { $school } { $date }, código { $code }.
    Cada integrante califica por su cuenta: touchstone session prerate rate { $code } --name NOMBRE INDICADOR NIVEL
    Avance (solo nombres y cantidades): touchstone session prerate status { $code }
    Cuando se reúna la sala: touchstone session prerate close { $code } y luego touchstone session resume { $code }
cli-prerate-closed-already = la calificación previa de la sesión { $code } ya se cerró; las calificaciones previas hechas antes se conservan
cli-prerate-close-again = la calificación previa de la sesión { $code } ya se cerró, así que no se cambió nada (sus niveles acordados, si se registraron, se registraron al cerrarse)
cli-prerate-not-an-indicator = { $indicator } no es un indicador de la rúbrica { $rubric } (vea `touchstone rubric show { $rubric }`)
cli-prerated = Calificación previa de { $indicator }: { $level } ({ $name }; nadie más la ve antes de mostrar los votos).
cli-prerate-mine = { $name }: { $done } de { $total } indicadores con calificación previa
cli-prerate-mine-closed = { $name }: { $done } de { $total } indicadores con calificación previa (cerrada)
cli-prerate-status-open = Calificación previa abierta, código { $code }: { $members ->
    [one] { $members } integrante
   *[other] { $members } integrantes
} hasta ahora.
cli-prerate-status-closed = Calificación previa cerrada, código { $code }: { $members ->
    [one] { $members } integrante
   *[other] { $members } integrantes
} hasta ahora.
cli-prerate-member = {"  "}{ $name }: { $done } de { $total } indicadores
cli-prerate-agreed-read-only = --record-agreed: esta evaluación está entregada, por eso es de solo lectura; primero reábrala (`touchstone reopen ID`)
cli-prerate-close-summary = Calificación previa cerrada: { $members ->
    [one] { $members } integrante calificó
   *[other] { $members } integrantes calificaron
} { $indicators ->
    [one] { $indicators } indicador
   *[other] { $indicators } indicadores
}.
cli-prerate-agree = { $agree ->
    [one] { $agree } indicador coincide
   *[other] { $agree } indicadores coinciden
}; { $disputed } para conversar: { $list }
cli-prerate-agree-recorded = { $agree ->
    [one] { $agree } indicador coincide (se guardó su nivel acordado)
   *[other] { $agree } indicadores coinciden (se guardaron sus niveles acordados)
}; { $disputed } para conversar: { $list }
cli-prerate-none = ninguno
cli-prerate-and-more = { $list } y { $more } más
cli-prerate-run = Dirija la sesión con: touchstone session resume { $code }
cli-history-title = { $school }: { $count ->
    [one] { $count } evaluación
   *[other] { $count } evaluaciones
}, de la más antigua a la más reciente
cli-history-standards-full = Estándares comp.
cli-history-indicators-full = Indicadores compl.
cli-history-fully-baseline = Implementa por completo · nivel base
cli-yes = sí
cli-no = no
cli-baseline-met = cumple
cli-baseline-not-met = no cumple
cli-incomplete = {" "}(incompleta)
cli-rule-version = Regla ({ $version }): { $rule }
cli-no-school-starts = ningún nombre de escuela empieza con { $typed } (vea `touchstone list`)
cli-school-could-be = { $typed } puede ser { $names }; escriba más del nombre
cli-compare-rubrics-differ = las evaluaciones usan rúbricas distintas ({ $a } y { $b }); compare evaluaciones de una misma rúbrica
cli-compare-standards = Estándares implementados por completo: { $a } → { $b }
cli-compare-indicators = Indicadores en el nivel completo: { $a } → { $b }
cli-compare-now-full = {"  "}ahora implementado por completo
cli-compare-no-longer-full = {"  "}ya no está implementado por completo
cli-compare-no-change = Ningún indicador cambió.
cli-compare-changed = Indicadores que cambiaron ({ $count }):
cli-rule = Regla: { $rule }
cli-rule-for = Regla para { $date }: { $rule }
cli-file-skipped = aviso: { $problem } (se omitió el archivo)
cli-drafts-not-counted = nota: { $count ->
    [one] { $count } borrador no se cuenta
   *[other] { $count } borradores no se cuentan
}: solo cuentan las evaluaciones entregadas (--include-drafts también los cuenta)
cli-progress-reading = leyendo
cli-progress-files = archivos
cli-rollup-nothing = no hay evaluaciones que sumar; indique una rúbrica con --rubric para ver las cifras vacías
cli-rollup-several = evaluaciones de varias rúbricas ({ $ids }); elija una con --rubric
cli-what-if-label = QUÉ PASARÍA SI: estas cifras usan otra regla que la propia de la rúbrica. { $rule }
cli-rollup-own-rule = La regla propia de la rúbrica: { $rule }
cli-rollup-schools = { $count ->
    [one] { $count } escuela
   *[other] { $count } escuelas
}, la evaluación más reciente de cada una; { $incomplete ->
    [one] { $incomplete } incompleta
   *[other] { $incomplete } incompletas
}
cli-rollup-schools-as-of = { $count ->
    [one] { $count } escuela
   *[other] { $count } escuelas
}, la evaluación más reciente de cada una al { $date }; { $incomplete ->
    [one] { $incomplete } incompleta
   *[other] { $incomplete } incompletas
}
cli-rollup-fully = Escuelas que implementan los estándares por completo: { $share }
cli-rollup-baseline = Escuelas que cumplen el nivel base:                   { $share }
cli-rollup-standard = Estándar
cli-rollup-fully-implemented = Por completo
cli-rollup-ratings = Calificaciones ({ $levels } / N/A / sin calificar)
cli-rollup-district = Distrito
cli-rollup-period = Período
cli-rollup-network = Red
cli-rollup-district-years = % de escuelas que implementan por completo, por distrito y período:
cli-rollup-school-count = Escuelas
cli-rollup-fully-implementing = Por completo
cli-rollup-baseline-met = Cumplen el nivel base
cli-rollup-skipped = { $count ->
    [one] Se omitió { $count } archivo porque no pasó la validación (vea arriba).
   *[other] Se omitieron { $count } archivos porque no pasaron la validación (vea arriba).
}
cli-share-not-a-share = no es una proporción como 0.8 u 80%
cli-share-range = una proporción va de 0.001 (0.1%) a 1 (100%)
cli-cannot-write-stdout = no se puede escribir en la salida estándar: { $error }
cli-help-flag-help-command = Mostrar este mensaje o la ayuda de los subcomandos indicados
cli-help-note-default = [predeterminado: { $value }]
cli-help-note-possible = [valores posibles: { $values }]
cli-help-note-env = [variable de entorno: { $name }]
cli-rollup-no-district = (sin distrito)
cli-rubric-check-translation-ok = { $name }: bien — traducción { $lang } de { $id } v{ $version }, con todos los ids
cli-rubrics-translation-line = {"  "}traducción { $lang }: { $title }  [{ $origin }]
cli-plan-check-translation-ok = { $name }: bien — { $plan } en { $language }, { $segments ->
    [one] { $segments } parte
   *[other] { $segments } partes
}
cli-sheet-no-rubric = el plan { $plan } no nombra una rúbrica instalada, así que no tiene indicadores que imprimir; imprima la hoja de una sesión (`touchstone session sheet CÓDIGO`)
cli-sheet-unknown = { $what } no es un plan de sesión ni el código de una sesión; planes: { $plans }
cli-enter-at = elemento { $n }, { $pair }: { $message }
cli-enter-not-a-pair = no tiene la forma INDICADOR=NIVEL (por ejemplo cl-1=3 o cl-2=na)
cli-enter-twice = { $indicator } aparece dos veces en esta hoja
cli-enter-nothing = { $count ->
    [one] no se registró nada: corrija este problema y registre la hoja completa otra vez
   *[other] no se registró nada: corrija estos { $count } problemas y registre la hoja completa otra vez
}
cli-entered = { $count ->
    [one] Se registró 1 calificación previa de { $name } en { $code }.
   *[other] Se registraron { $count } calificaciones previas de { $name } en { $code }.
}

## session prerate enter --csv: un montón de hojas de papel desde una hoja de cálculo
cli-csv-unclosed-quote = un campo entre comillas no se cierra
cli-csv-unknown-column = columna desconocida { $column }: las columnas son name, indicator, level y comment
cli-csv-column-twice = la columna { $column } aparece dos veces
cli-csv-missing-column = la primera línea no nombra la columna { $column } (las columnas son name, indicator, level y comment)
cli-csv-fields = esta fila tiene { $count } campos y la primera línea nombra { $expected } columnas
cli-csv-not-planned = { $indicator } no se califica en la calificación previa de esta sesión (plan { $plan }): solo los indicadores que traen sus partes de calificación
cli-csv-twice = { $name } calificó { $indicator } dos veces en este archivo (la primera en la línea { $line })
cli-csv-empty = no hay calificaciones: el archivo necesita una primera línea con los nombres de las columnas y luego una fila por calificación
cli-csv-entered = { $count ->
    [one] Se registró 1 calificación previa
   *[other] Se registraron { $count } calificaciones previas
} { $members ->
    [one] de 1 hoja
   *[other] de { $members } hojas
} en { $code }.
