# English: the SSH server: login, banners and its messages.
# Ids are area-prefixed (`serve-...`); every id here must exist in the other language too.


## Said to a connection (in its language).
serve-full = Touchstone: the server is full; try again later.
serve-needs-terminal = Touchstone's screens need a terminal: connect with ssh -t, or log in as { $plain }@ for plain mode (line by line, no terminal needed).
serve-cannot-start = Touchstone cannot start the screens: { $error }
serve-no-commands = Touchstone runs no commands over SSH; connect without one to get the screens.
serve-passcode-instructions = The passcode is shown where the server was started.
serve-passcode-prompt = Passcode:{" "}
serve-login-too-slow = log in and start the screens within the time allowed
serve-shutting-down-disconnect = the Touchstone server is shutting down
serve-idle = Touchstone: disconnected after { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
} without a key press. Everything saved is kept.
serve-shutting-down = Touchstone: the server is shutting down. Everything saved is kept.
serve-ended-with = Touchstone: { $message }
serve-internal-error = Touchstone: an internal error ended this connection. Everything saved is kept.
serve-db-cannot-open = the database cannot be opened: { $error }
serve-db-cannot-read = the database cannot be read: { $error }
serve-no-such-code = no coaching session has the join code { $code }
serve-session-cannot-read = the session cannot be read: { $error }
serve-session-ended = the session { $code } has ended
serve-terminal-error = terminal: { $error }
serve-no-export = Export and import are not available over SSH; use the touchstone command on the server

## `touchstone serve` on the server's terminal.
serve-max-startups-bad = --max-startups takes N or START:RATE:FULL (whole numbers, 1 ≤ START ≤ FULL ≤ 10000, RATE a percentage from 1 to 100), not “{ $value }”
serve-nobody-could-log-in = nobody could log in: give --authorized-keys FILE and/or --passcode
serve-no-keys-no-passcode = the authorized keys file lists no keys, and there is no --passcode: nobody could log in
serve-say-who = say who may connect: --authorized-keys FILE (public keys) and/or --passcode
serve-cannot-start-server = cannot start the server: { $error }
serve-cannot-listen = cannot listen on { $addr }: { $error }
serve-serving = Touchstone is serving { $db } over SSH on { $addr }
serve-host-key = Host key { $fingerprint } ({ $path })
serve-host-key-made = Host key { $fingerprint } ({ $path }, made now)
serve-keys-allowed = Public keys allowed: { $count } (from { $path })
serve-passcode = Passcode: { $code }   (works until { $until })
serve-viewer-passcode = Viewer passcode: { $code }   (read only, works until { $until })
serve-loopback-only = Listening only on this machine ({ $addr }): the other computers in the room cannot connect.
serve-open-to-room = To let the room join, start it with --listen 0.0.0.0:{ $port } (every network interface).
serve-room-addresses = The room connects to this machine at { $addresses }
serve-room-host = The room connects to this machine by its name, { $host } (or by its address)
serve-join-with = Join with:
serve-join-name = the screens; changes are recorded as NAME
serve-join-code = the coaching session with join code CODE, as NAME
serve-join-viewer = read only, for the wall screen
serve-ctrl-c = Ctrl-C stops the server (everyone connected is told).
serve-stopped = Touchstone stopped serving.

## The authorized keys file and the host key.
serve-cannot-read = cannot read { $path }: { $error }
serve-not-a-key = not a public key ({ $error })
serve-from-needs-quotes = from= needs a quoted pattern list
serve-option-unsupported = option "{ $option }" is not supported; remove it, or give this person a passcode instead (Touchstone honours from=, restrict, no-pty and pty)
serve-empty-pattern = an empty pattern
serve-not-an-address = { $pattern } is not an address/prefix
serve-bad-prefix = { $pattern } has a bad prefix length
serve-not-a-private-key = { $path } is not an OpenSSH private key: { $error }
serve-key-encrypted = { $path } is encrypted; the server needs a key without a passphrase
serve-cannot-make-key = cannot make a host key: { $error }
serve-cannot-encode-key = cannot encode the host key: { $error }
serve-cannot-create = cannot create { $path }: { $error }
serve-cannot-write = cannot write { $path }: { $error }
serve-key-readable = { $path } can be read by others (mode { $mode }); make it private: chmod 600 { $path }
serve-key-is-link = the host key { $path } is a symbolic link (to { $target }); name the key file itself with --host-key
