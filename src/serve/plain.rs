//! Plain mode over SSH (a login name ending in `+plain`): the same [`Engine`] on its
//! own thread with its own `Store`, fed by the SSH handler. With a terminal (a pty)
//! the client sends key presses, so this side keeps the typed line, echoes it and
//! handles backspace, using only printable characters, CR, LF and backspace — never
//! an escape sequence. Without a terminal (`ssh -T`, a script) lines arrive whole.

use crate::plain::{Engine, Start};
use crate::serve::backend::Out;
use crate::serve::connection::{Role, Setup, ToApp};
use crate::store::Store;
use std::sync::atomic::Ordering;
use std::sync::mpsc::{Receiver, RecvTimeoutError};
use std::time::{Duration, Instant};
use tokio::sync::mpsc;

/// The suffix of a login name that asks for plain mode: `ana+plain`, `73ZGY2.Ana+plain`.
pub const LOGIN_SUFFIX: &str = "+plain";

/// A login name without its `+plain`, and whether it asked for plain mode.
pub fn login(user: &str) -> (&str, bool) {
    let n = user.len();
    if n >= LOGIN_SUFFIX.len()
        && user.is_char_boundary(n - LOGIN_SUFFIX.len())
        && user[n - LOGIN_SUFFIX.len()..].eq_ignore_ascii_case(LOGIN_SUFFIX)
    {
        (&user[..n - LOGIN_SUFFIX.len()], true)
    } else {
        (user, false)
    }
}

/// Starts plain mode for a connection with a terminal (a pty): keys arrive one by one.
pub fn spawn_terminal(
    setup: Setup,
    input: Receiver<ToApp>,
    out: mpsc::Sender<Out>,
) -> std::io::Result<()> {
    spawn(setup, input, out, true)
}

/// Starts plain mode for a connection without a terminal (`ssh -T`): lines arrive whole.
pub fn spawn_lines(
    setup: Setup,
    input: Receiver<ToApp>,
    out: mpsc::Sender<Out>,
) -> std::io::Result<()> {
    spawn(setup, input, out, false)
}

/// Starts plain mode for one connection; `terminal` when the client asked for a pty.
fn spawn(
    setup: Setup,
    input: Receiver<ToApp>,
    out: mpsc::Sender<Out>,
    terminal: bool,
) -> std::io::Result<()> {
    std::thread::Builder::new()
        .name("touchstone-plain".into())
        .spawn(move || {
            // This person's language, from their login name or client locale.
            crate::i18n::set(setup.lang);
            let _thread = crate::serve::Slot::take(&setup.counts, |c| &c.app_threads, usize::MAX);
            let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                run(&setup, &input, &out, terminal)
            }));
            let newline = if terminal { "\r\n" } else { "\n" };
            let (status, message) = match result {
                Ok(Ok(None)) => return,
                Ok(Ok(Some(message))) => (0, message),
                Ok(Err(message)) => (1, format!("Touchstone: {message}")),
                Err(_) => (1, crate::t!("plain-ssh-internal")),
            };
            let mut text = String::new();
            if !message.is_empty() {
                text = format!("{}{newline}", crate::text::one_line(&message));
            }
            let _ = out.blocking_send(Out::Data(text.into_bytes()));
            let _ = out.blocking_send(Out::Finish(status));
        })
        .map(|_| ())
}

/// Runs until the user quits (`Some` last words), the client goes (`None`), or the
/// connection is idle too long or the server shuts down (`Some` why).
fn run(
    setup: &Setup,
    input: &Receiver<ToApp>,
    out: &mpsc::Sender<Out>,
    terminal: bool,
) -> Result<Option<String>, String> {
    let store = Store::open(&setup.db_path)
        .map_err(|e| crate::t!("plain-ssh-db", error = e.to_string()))?;
    let (actor, read_only, start) = match &setup.role {
        Role::User { actor } => (actor.clone(), false, Start::Home),
        Role::Viewer => ("viewer".to_string(), true, Start::Home),
        Role::Participant { code, name } => (
            name.clone(),
            false,
            Start::Join {
                code: code.clone(),
                name: name.clone(),
            },
        ),
    };
    let library = crate::plain::Library {
        registry: setup.registry.clone(),
        rubric: setup.settings.rubric.as_ref().map(|p| p.value.clone()),
        facilitator: setup.settings.facilitator.clone(),
        plan_dirs: setup.plan_dirs.clone(),
    };
    let mut engine =
        Engine::start(store, actor, read_only, start, library).map_err(|e| e.to_string())?;
    // A viewer follows the room's sessions, as the screens' viewer does.
    if setup.role == Role::Viewer {
        engine = engine.following();
    }
    let mut editor = LineEditor::default();
    let mut screen = Screen {
        out,
        terminal,
        prompting: false,
    };
    if !screen.show(&mut engine, &editor) {
        return Ok(None);
    }
    let idle = setup
        .idle_timeout
        .saturating_sub((setup.idle_timeout / 10).min(Duration::from_secs(1)));
    let mut last_input = Instant::now();
    let mut next_tick = Instant::now() + crate::plain::stdio::POLL;
    while !engine.done() {
        if setup.shutdown.load(Ordering::Relaxed) {
            return Ok(Some(crate::t!("plain-ssh-shutdown")));
        }
        if last_input.elapsed() >= idle {
            return Ok(Some(crate::t!(
                "plain-ssh-idle",
                minutes = setup.idle_timeout.as_secs().div_ceil(60)
            )));
        }
        // Wake at the idle deadline too. The SSH layer's own inactivity timer has the
        // same length and counts from our last output, which is a moment after the last
        // key: a tie there would close the connection without the word saying why, so
        // plain mode ends a little earlier (a tenth of the timeout, at most a second).
        let idle_at = last_input + idle;
        let wait = next_tick
            .min(idle_at)
            .saturating_duration_since(Instant::now());
        match input.recv_timeout(wait.max(Duration::from_millis(10))) {
            Ok(ToApp::Input(bytes)) => {
                last_input = Instant::now();
                let (echo, events) = editor.feed(&bytes);
                if terminal && !echo.is_empty() && !screen.send(echo) {
                    return Ok(None);
                }
                for event in events {
                    if terminal && !screen.send(b"\r\n".to_vec()) {
                        return Ok(None);
                    }
                    screen.prompting = false;
                    match event {
                        Typed::Line(line) => {
                            engine.tick();
                            engine.line(&line);
                        }
                        Typed::End => engine.finish(),
                    }
                    if engine.done() {
                        break;
                    }
                }
            }
            Ok(ToApp::Resize(..)) => {}
            // The server's watcher saw a change (or the server is stopping): look now
            // rather than at the next poll.
            Ok(ToApp::Wake) => engine.tick(),
            Ok(ToApp::Closed) | Err(RecvTimeoutError::Disconnected) => {
                engine.finish();
                return Ok(None);
            }
            Err(RecvTimeoutError::Timeout) => {}
        }
        if Instant::now() >= next_tick {
            engine.tick();
            next_tick = Instant::now() + crate::plain::stdio::POLL;
        }
        if !screen.show(&mut engine, &editor) {
            return Ok(None);
        }
    }
    Ok(Some(String::new()))
}

/// Where lines go: the SSH channel, with CR LF on a terminal.
struct Screen<'a> {
    out: &'a mpsc::Sender<Out>,
    terminal: bool,
    prompting: bool,
}

impl Screen<'_> {
    fn send(&self, bytes: Vec<u8>) -> bool {
        self.out.blocking_send(Out::Data(bytes)).is_ok()
    }

    /// Writes what the engine has to say; on a terminal the prompt and the line being
    /// typed are written again after it. False once the client is gone.
    fn show(&mut self, engine: &mut Engine, editor: &LineEditor) -> bool {
        let lines = engine.take();
        if lines.is_empty() && (self.prompting || !self.terminal) {
            return true;
        }
        let newline = if self.terminal { "\r\n" } else { "\n" };
        let mut text = String::new();
        if self.prompting && !lines.is_empty() {
            text.push_str(newline);
        }
        for line in lines {
            text.push_str(&line);
            text.push_str(newline);
        }
        self.prompting = false;
        if self.terminal && !engine.done() {
            text.push_str(&engine.prompt());
            text.push_str(&editor.line);
            self.prompting = true;
        }
        self.send(text.into_bytes())
    }
}

/// What typing produced.
#[derive(Debug, PartialEq, Eq)]
enum Typed {
    Line(String),
    /// Ctrl-D on an empty line, or Ctrl-C.
    End,
}

/// Keeps the line being typed from raw key bytes.
#[derive(Debug, Default)]
struct LineEditor {
    line: String,
    /// Bytes of a character split across packets.
    partial: Vec<u8>,
    /// Inside an escape sequence (an arrow key): 1 after ESC, 2 inside CSI/SS3.
    escape: u8,
    /// The last byte was CR (a CR LF is one Enter).
    after_cr: bool,
}

impl LineEditor {
    /// Takes key bytes; returns what to echo and the lines completed.
    fn feed(&mut self, bytes: &[u8]) -> (Vec<u8>, Vec<Typed>) {
        let mut echo = Vec::new();
        let mut events = Vec::new();
        for &b in bytes {
            let after_cr = std::mem::replace(&mut self.after_cr, b == b'\r');
            match self.escape {
                1 => {
                    self.escape = if b == b'[' || b == b'O' { 2 } else { 0 };
                    continue;
                }
                2 => {
                    if (0x40..=0x7e).contains(&b) {
                        self.escape = 0;
                    }
                    continue;
                }
                _ => {}
            }
            match b {
                b'\n' if after_cr => {}
                b'\r' | b'\n' => {
                    self.partial.clear();
                    events.push(Typed::Line(std::mem::take(&mut self.line)));
                }
                0x7f | 0x08 => {
                    if self.line.pop().is_some() {
                        echo.extend_from_slice(b"\x08 \x08");
                    }
                }
                0x03 => events.push(Typed::End),
                0x04 if self.line.is_empty() => events.push(Typed::End),
                0x1b => self.escape = 1,
                b if b < 0x20 => {}
                b => {
                    self.partial.push(b);
                    match std::str::from_utf8(&self.partial) {
                        Ok(s) => {
                            let c = s.to_string();
                            self.partial.clear();
                            // Only what the text policy lets through is kept and echoed.
                            if c.chars()
                                .all(|ch| crate::text::typable(ch, crate::text::Shape::Text))
                            {
                                echo.extend_from_slice(c.as_bytes());
                                self.line.push_str(&c);
                            }
                        }
                        Err(e) if e.error_len().is_some() || self.partial.len() >= 4 => {
                            self.partial.clear();
                        }
                        Err(_) => {}
                    }
                }
            }
        }
        (echo, events)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn login_names_ask_for_plain() {
        assert_eq!(login("ana+plain"), ("ana", true));
        assert_eq!(login("73ZGY2.Ana+PLAIN"), ("73ZGY2.Ana", true));
        assert_eq!(login("ana"), ("ana", false));
        assert_eq!(login("é+plain"), ("é", true));
        assert_eq!(login("+plain"), ("", true));
    }

    #[test]
    fn keys_make_lines_without_escapes() {
        let mut e = LineEditor::default();
        let (echo, events) = e.feed(b"3x\x7f\r\nnote caf\xc3");
        assert_eq!(events, vec![Typed::Line("3".into())]);
        assert_eq!(echo, b"3x\x08 \x08note caf".to_vec());
        let (_, events) = e.feed(b"\xa9\x1b[A\r");
        assert_eq!(events, vec![Typed::Line("note café".into())]);
        let (echo, events) = e.feed(b"\x04");
        assert!(echo.is_empty());
        assert_eq!(events, vec![Typed::End]);
    }
}
