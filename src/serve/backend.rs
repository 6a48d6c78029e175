//! A ratatui backend that draws into an SSH channel.
//!
//! Crossterm writes the escape sequences into a buffer; each flush hands the bytes to the
//! connection's writer task, which sends them down the channel. The size is the client's
//! (from its pty request and window changes) — never the server's own terminal, which
//! `CrosstermBackend::size` would ask.

use ratatui::backend::{Backend, ClearType, CrosstermBackend, WindowSize};
use ratatui::buffer::Cell;
use ratatui::layout::{Position, Size};
use russh::server::Handle;
use russh::{ChannelId, Disconnect};
use std::io::{self, Write};
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::sync::mpsc;

/// What the app thread sends to the writer task.
#[derive(Debug)]
pub enum Out {
    /// Bytes for the client's terminal.
    Data(Vec<u8>),
    /// The app is done: send this exit status and close the channel.
    Finish(u32),
}

/// Cursor hidden: what a frame with no changes writes. Not worth a packet.
const HIDE_CURSOR: &[u8] = b"\x1b[?25l";

/// Collects one frame's bytes and sends them on flush.
pub struct Sink {
    buf: Vec<u8>,
    out: mpsc::Sender<Out>,
}

impl Sink {
    pub fn new(out: mpsc::Sender<Out>) -> Sink {
        Sink {
            buf: Vec::new(),
            out,
        }
    }
}

impl Write for Sink {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.buf.extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        if self.buf.is_empty() || self.buf == HIDE_CURSOR {
            self.buf.clear();
            return Ok(());
        }
        let bytes = std::mem::take(&mut self.buf);
        // Blocks only this connection's thread when its client reads slowly. Once the
        // connection is gone, output is dropped quietly (the app loop sees
        // `is_closed` and ends); an error would only make ratatui complain on stderr.
        let _ = self.out.blocking_send(Out::Data(bytes));
        Ok(())
    }
}

/// The client's terminal size, shared by the backend (which ratatui asks before each
/// frame) and the connection's event source (which hears of window changes).
#[derive(Debug, Clone)]
pub struct ClientSize(Arc<Mutex<Size>>);

impl ClientSize {
    pub fn new(size: Size) -> ClientSize {
        ClientSize(Arc::new(Mutex::new(size)))
    }

    pub fn get(&self) -> Size {
        *self.0.lock().unwrap_or_else(|e| e.into_inner())
    }

    pub fn set(&self, size: Size) {
        *self.0.lock().unwrap_or_else(|e| e.into_inner()) = size;
    }
}

/// Crossterm's drawing over a [`Sink`], with the client's size.
pub struct SshBackend {
    inner: CrosstermBackend<Sink>,
    size: ClientSize,
    cursor: Position,
}

impl SshBackend {
    pub fn new(out: mpsc::Sender<Out>, size: ClientSize) -> SshBackend {
        SshBackend {
            inner: CrosstermBackend::new(Sink::new(out)),
            size,
            cursor: Position::ORIGIN,
        }
    }
}

impl Backend for SshBackend {
    type Error = io::Error;

    fn draw<'a, I>(&mut self, content: I) -> io::Result<()>
    where
        I: Iterator<Item = (u16, u16, &'a Cell)>,
    {
        self.inner.draw(content)
    }

    fn append_lines(&mut self, n: u16) -> io::Result<()> {
        self.inner.append_lines(n)
    }

    fn hide_cursor(&mut self) -> io::Result<()> {
        self.inner.hide_cursor()
    }

    fn show_cursor(&mut self) -> io::Result<()> {
        self.inner.show_cursor()
    }

    fn get_cursor_position(&mut self) -> io::Result<Position> {
        // Asking the remote terminal would need a round trip; the last position set is
        // where the cursor is.
        Ok(self.cursor)
    }

    fn set_cursor_position<P: Into<Position>>(&mut self, position: P) -> io::Result<()> {
        let position = position.into();
        self.cursor = position;
        self.inner.set_cursor_position(position)
    }

    fn clear(&mut self) -> io::Result<()> {
        self.inner.clear()
    }

    fn clear_region(&mut self, clear_type: ClearType) -> io::Result<()> {
        self.inner.clear_region(clear_type)
    }

    fn size(&self) -> io::Result<Size> {
        Ok(self.size.get())
    }

    fn window_size(&mut self) -> io::Result<WindowSize> {
        Ok(WindowSize {
            columns_rows: self.size.get(),
            pixels: Size::new(0, 0),
        })
    }

    fn flush(&mut self) -> io::Result<()> {
        Backend::flush(&mut self.inner)
    }
}

/// Sends what the app draws; when the app is done, ends the channel and, if the client
/// does not hang up by itself, the connection.
pub async fn write_frames(
    handle: Handle,
    channel: ChannelId,
    mut frames: mpsc::Receiver<Out>,
    hang_up_grace: Duration,
) {
    while let Some(out) = frames.recv().await {
        match out {
            Out::Data(bytes) => {
                if handle.data(channel, bytes).await.is_err() {
                    return;
                }
            }
            Out::Finish(status) => {
                let _ = handle.exit_status_request(channel, status).await;
                let _ = handle.eof(channel).await;
                let _ = handle.close(channel).await;
                tokio::time::sleep(hang_up_grace).await;
                let _ = handle
                    .disconnect(Disconnect::ByApplication, "goodbye".into(), String::new())
                    .await;
                return;
            }
        }
    }
}
