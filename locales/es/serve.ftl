# Spanish (Spanish as a school district writes for families: clear, not literal; terms as in the glossary in locales/GLOSSARY-es.md): the SSH server: login, banners and its messages.
# Ids are area-prefixed (`serve-...`); every id here must exist in the other language too.


## Said to a connection (in its language).
serve-full = Touchstone: el servidor está lleno; inténtelo más tarde.
serve-needs-terminal = Las pantallas de Touchstone necesitan una terminal: conéctese con ssh -t, o entre como { $plain }@ para el modo sencillo (línea por línea, sin terminal).
serve-cannot-start = Touchstone no puede abrir las pantallas: { $error }
serve-no-commands = Touchstone no ejecuta comandos por SSH; conéctese sin un comando para ver las pantallas.
serve-passcode-instructions = La clave de acceso aparece donde se inició el servidor.
serve-passcode-prompt = Clave de acceso:{" "}
serve-login-too-slow = inicie sesión y abra las pantallas dentro del tiempo permitido
serve-shutting-down-disconnect = el servidor de Touchstone se está apagando
serve-idle = Touchstone: se desconectó después de { $minutes ->
    [one] { $minutes } minuto
   *[other] { $minutes } minutos
} sin pulsar ninguna tecla. Todo lo guardado se conserva.
serve-shutting-down = Touchstone: el servidor se está apagando. Todo lo guardado se conserva.
serve-ended-with = Touchstone: { $message }
serve-internal-error = Touchstone: un error interno terminó esta conexión. Todo lo guardado se conserva.
serve-db-cannot-open = no se puede abrir la base de datos: { $error }
serve-db-cannot-read = no se puede leer la base de datos: { $error }
serve-no-such-code = ninguna sesión de acompañamiento tiene el código para unirse { $code }
serve-session-cannot-read = no se puede leer la sesión: { $error }
serve-session-ended = la sesión { $code } ya terminó
serve-terminal-error = terminal: { $error }
serve-no-export = Exportar e importar no están disponibles por SSH; use el comando touchstone en el servidor

## `touchstone serve` on the server's terminal.
serve-max-startups-bad = --max-startups admite N o START:RATE:FULL (números enteros, 1 ≤ START ≤ FULL ≤ 10000, RATE un porcentaje de 1 a 100), no «{ $value }»
serve-nobody-could-log-in = nadie podría iniciar sesión: indique --authorized-keys ARCHIVO y/o --passcode
serve-no-keys-no-passcode = el archivo de claves autorizadas no tiene claves y no hay --passcode: nadie podría iniciar sesión
serve-say-who = indique quién puede conectarse: --authorized-keys ARCHIVO (claves públicas) y/o --passcode
serve-cannot-start-server = no se puede iniciar el servidor: { $error }
serve-cannot-listen = no se puede escuchar en { $addr }: { $error }
serve-serving = Touchstone ofrece { $db } por SSH en { $addr }
serve-host-key = Clave del servidor { $fingerprint } ({ $path })
serve-host-key-made = Clave del servidor { $fingerprint } ({ $path }, creada ahora)
serve-keys-allowed = Claves públicas permitidas: { $count } (de { $path })
serve-passcode = Clave de acceso: { $code }   (válida hasta { $until })
serve-viewer-passcode = Clave para ver: { $code }   (solo lectura, válida hasta { $until })
serve-loopback-only = Escucha solo en esta computadora ({ $addr }): las demás computadoras de la sala no pueden conectarse.
serve-open-to-room = Para que la sala pueda unirse, inícielo con --listen 0.0.0.0:{ $port } (todas las interfaces de red).
serve-room-addresses = La sala se conecta a esta computadora en { $addresses }
serve-room-host = La sala se conecta a esta computadora por su nombre, { $host } (o por su dirección)
serve-join-with = Para unirse:
serve-join-name = las pantallas; los cambios quedan a nombre de NAME
serve-join-code = la sesión de acompañamiento con el código CODE, como NAME
serve-join-viewer = solo lectura, para la pantalla de la sala
serve-ctrl-c = Ctrl-C detiene el servidor (se avisa a todos los conectados).
serve-stopped = Touchstone dejó de ofrecer el servicio.

## The authorized keys file and the host key.
serve-cannot-read = no se puede leer { $path }: { $error }
serve-not-a-key = no es una clave pública ({ $error })
serve-from-needs-quotes = from= necesita una lista de patrones entre comillas
serve-option-unsupported = la opción "{ $option }" no se admite; quítela, o dé a esta persona una clave de acceso (Touchstone respeta from=, restrict, no-pty y pty)
serve-empty-pattern = un patrón vacío
serve-not-an-address = { $pattern } no es una dirección/prefijo
serve-bad-prefix = { $pattern } tiene una longitud de prefijo incorrecta
serve-not-a-private-key = { $path } no es una clave privada de OpenSSH: { $error }
serve-key-encrypted = { $path } está cifrada; el servidor necesita una clave sin frase de contraseña
serve-cannot-make-key = no se puede crear una clave del servidor: { $error }
serve-cannot-encode-key = no se puede codificar la clave del servidor: { $error }
serve-cannot-create = no se puede crear { $path }: { $error }
serve-cannot-write = no se puede escribir { $path }: { $error }
serve-key-readable = otras personas pueden leer { $path } (modo { $mode }); hágala privada: chmod 600 { $path }
serve-key-is-link = la clave del servidor { $path } es un enlace simbólico (a { $target }); indique el archivo de la clave con --host-key
