//! Keys from the bytes an SSH client sends.
//!
//! A remote terminal sends keys as bytes: printable UTF-8, control characters and escape
//! sequences (`ESC [ A` for ↑). One key can arrive split across several SSH packets, and
//! one packet can hold many keys. [`KeyParser`] keeps the unfinished tail between packets
//! and hands out complete keys; `terminput` does the decoding (the same parser crossterm
//! uses locally), and `terminput-crossterm` turns its events into the crossterm key events
//! the key map reads.
//!
//! A paste arrives between `ESC [200~` and `ESC [201~` (bracketed paste, which the
//! connection turns on) and becomes one [`Input::Paste`], however long it is (up to
//! [`MAX_PASTE_BYTES`]; the rest is left out).
//!
//! Mouse reports (`ESC [ < 0 ; 12 ; 5 M`, SGR mode, which the connection turns on too)
//! become [`Input::Mouse`].
//!
//! An unfinished sequence is never taken as keys, however long the rest takes to
//! arrive (a slow network can put any delay between two packets): once a byte after
//! `ESC` has come (`ESC [`, `ESC [ <` of a mouse report, `ESC O`), the parser waits for
//! the sequence's end, and only a byte that cannot continue it (or a new `ESC`, or more
//! than [`MAX_PENDING`] bytes) ends the wait, dropping the unfinished part rather than
//! typing it. A split arrow never types `D`; a split click never types its digits.
//!
//! The one ambiguity the terminal protocol leaves is a lone `Esc`, which is also the
//! first byte of every sequence: an `Esc` at the very end of a packet is held, and it is
//! the Esc key when the next byte does not continue a sequence (another `Esc`, a
//! letter) or when nothing comes within [`ESC_WAIT`] ([`KeyParser::flush`]).

use crate::tui::app::Input;
use ratatui::crossterm::event::{KeyEvent, KeyEventKind};
use std::time::Duration;

/// How long an `Esc` at the end of a packet waits for the rest of an escape sequence.
pub const ESC_WAIT: Duration = Duration::from_millis(80);

/// Longest unfinished sequence kept; anything longer is garbage and dropped.
const MAX_PENDING: usize = 64;

const ESC: u8 = 0x1b;

/// The start and end of a bracketed paste.
const PASTE_START: &[u8] = b"\x1b[200~";
const PASTE_END: &[u8] = b"\x1b[201~";

/// The most bytes of one paste kept: more than any text field takes
/// (`MAX_TEXT_CHARS` characters of up to 4 bytes).
pub const MAX_PASTE_BYTES: usize = 4 * crate::text::MAX_TEXT_CHARS;

/// Turns the byte stream of one connection into key presses and pastes.
#[derive(Debug, Default)]
pub struct KeyParser {
    pending: Vec<u8>,
    /// Inside a bracketed paste: what it held so far.
    paste: Option<Paste>,
}

#[derive(Debug, Default)]
struct Paste {
    text: Vec<u8>,
    /// The last bytes seen, to find the end marker (kept even when `text` is full).
    recent: Vec<u8>,
}

impl KeyParser {
    pub fn new() -> KeyParser {
        KeyParser::default()
    }

    /// Whether a lone `Esc` waits to be told from the start of a sequence (then call
    /// [`KeyParser::flush`] after [`ESC_WAIT`] without input). An unfinished sequence
    /// longer than that waits for its end without a timeout.
    pub fn lone_esc(&self) -> bool {
        self.pending == [ESC]
    }

    /// Whether any unfinished key or sequence waits for more bytes.
    pub fn has_pending(&self) -> bool {
        !self.pending.is_empty()
    }

    /// Feeds the bytes of one packet; returns the keys and pastes completed by them.
    /// Costs a constant per byte.
    pub fn feed(&mut self, bytes: &[u8]) -> Vec<Input> {
        let mut keys = Vec::new();
        for &byte in bytes {
            if let Some(paste) = &mut self.paste {
                if paste.text.len() < MAX_PASTE_BYTES {
                    paste.text.push(byte);
                }
                paste.recent.push(byte);
                if paste.recent.len() > PASTE_END.len() {
                    paste.recent.remove(0);
                }
                if paste.recent == PASTE_END {
                    let mut text = std::mem::take(&mut paste.text);
                    if text.ends_with(PASTE_END) {
                        text.truncate(text.len() - PASTE_END.len());
                    }
                    self.paste = None;
                    keys.push(Input::Paste(String::from_utf8_lossy(&text).into_owned()));
                }
                continue;
            }
            // Esc Esc: the first was a lone Esc (crossterm would read Alt-Esc). An Esc
            // in an unfinished sequence starts a new one; the unfinished part is dropped.
            if byte == ESC && !self.pending.is_empty() {
                if self.pending == [ESC] {
                    keys.extend(key_of(terminput::KeyCode::Esc.into()).map(Input::Key));
                }
                self.pending.clear();
            }
            self.pending.push(byte);
            // A lone Esc with more bytes behind it starts a sequence; at the end of the
            // packet it waits (see `flush`).
            if self.pending == [ESC] {
                continue;
            }
            if self.pending == PASTE_START {
                self.pending.clear();
                self.paste = Some(Paste::default());
                continue;
            }
            self.step(&mut keys);
        }
        keys
    }

    /// After [`ESC_WAIT`] without more input: a lone `Esc` is the Esc key. Anything
    /// longer that is unfinished (`ESC [`, half a mouse report, half a UTF-8 character)
    /// stays and waits for the rest: it is never typed, whatever the delay.
    pub fn flush(&mut self) -> Vec<Input> {
        if !self.lone_esc() {
            return Vec::new();
        }
        self.pending.clear();
        key_of(terminput::KeyCode::Esc.into())
            .map(Input::Key)
            .into_iter()
            .collect()
    }

    /// Tries to read one event from the pending bytes.
    fn step(&mut self, keys: &mut Vec<Input>) {
        // The start of a paste marker waits for the rest of it.
        if PASTE_START.starts_with(&self.pending) {
            return;
        }
        match terminput::Event::parse_from(&self.pending) {
            Ok(Some(terminput::Event::Key(key))) => {
                keys.extend(key_of(key).map(Input::Key));
                self.pending.clear();
            }
            // A mouse report (SGR, `ESC [ < b ; x ; y M`, which the connection asks for).
            Ok(Some(terminput::Event::Mouse(mouse))) => {
                if let Ok(mouse) = terminput_crossterm::to_crossterm_mouse(mouse) {
                    keys.push(Input::Mouse(mouse));
                }
                self.pending.clear();
            }
            // Focus, paste or anything else complete: not used here.
            Ok(Some(_)) => self.pending.clear(),
            // Incomplete: wait for more, within reason.
            Ok(None) => {
                if self.pending.len() > MAX_PENDING {
                    self.pending.clear();
                }
            }
            // Not a sequence anyone sends: drop it. A byte that could not continue it
            // (a control key, the start of a character) is not part of it: it counts
            // on its own, so `ESC [` then Enter still gives Enter.
            Err(_) => {
                let last = self.pending.last().copied();
                let continued = match (self.pending.first(), last) {
                    (Some(&ESC), Some(b)) => (0x20..0x7f).contains(&b),
                    (_, Some(b)) => (0x80..0xc0).contains(&b),
                    _ => true,
                };
                let alone = self.pending.len() == 1;
                self.pending.clear();
                if let (false, false, Some(b)) = (continued, alone, last) {
                    self.pending.push(b);
                    self.step(keys);
                }
            }
        }
    }
}

/// The decoder's promise, for tests and the fuzz target: `bytes` sent as one packet, or
/// cut into packets at every byte, or cut in two anywhere, with a pause of any length
/// after each packet (a pause after a lone `Esc` is shorter than [`ESC_WAIT`]: that is
/// the one place the protocol cannot tell a key from the start of a sequence), decode
/// to the same inputs. Costs a number of feeds quadratic in the length; for short input.
#[doc(hidden)]
pub fn check_splits(bytes: &[u8]) -> std::result::Result<(), String> {
    // A pause longer than ESC_WAIT after a packet, unless it ended in a lone Esc.
    let pause = |p: &mut KeyParser, got: &mut Vec<Input>| {
        if !p.lone_esc() {
            got.extend(p.flush());
        }
    };
    let mut p = KeyParser::new();
    let mut whole = p.feed(bytes);
    whole.extend(p.flush());
    let mut p = KeyParser::new();
    let mut every = Vec::new();
    for byte in bytes {
        every.extend(p.feed(std::slice::from_ref(byte)));
        pause(&mut p, &mut every);
    }
    every.extend(p.flush());
    if every != whole {
        return Err(format!(
            "{bytes:?} split at every byte: {every:?}, unsplit: {whole:?}"
        ));
    }
    for cut in 1..bytes.len() {
        let mut p = KeyParser::new();
        let mut got = p.feed(&bytes[..cut]);
        pause(&mut p, &mut got);
        got.extend(p.feed(&bytes[cut..]));
        got.extend(p.flush());
        if got != whole {
            return Err(format!(
                "{bytes:?} split at {cut}: {got:?}, unsplit: {whole:?}"
            ));
        }
    }
    Ok(())
}

/// A terminput key as the crossterm key event the key map reads; only presses count.
fn key_of(key: terminput::KeyEvent) -> Option<KeyEvent> {
    let key = terminput_crossterm::to_crossterm_key(key);
    (key.kind == KeyEventKind::Press).then_some(key)
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::crossterm::event::{KeyCode, KeyModifiers};

    fn codes(keys: &[Input]) -> Vec<(KeyCode, KeyModifiers)> {
        keys.iter()
            .filter_map(|k| match k {
                Input::Key(k) => Some((k.code, k.modifiers)),
                Input::Paste(_) | Input::Mouse(_) => None,
            })
            .collect()
    }

    #[test]
    fn a_bracketed_paste_is_one_input_even_split_across_packets() {
        let mut p = KeyParser::new();
        let mut got = p.feed(b"a\x1b[20");
        got.extend(p.feed(b"0~line 1\rline\x1b[A 2\x1b[2"));
        assert!(
            !p.has_pending(),
            "a paste in progress does not wait for Esc"
        );
        got.extend(p.feed(b"01~b"));
        assert_eq!(
            got,
            vec![
                Input::Key(KeyEvent::from(KeyCode::Char('a'))),
                Input::Paste("line 1\rline\x1b[A 2".into()),
                Input::Key(KeyEvent::from(KeyCode::Char('b'))),
            ]
        );
    }

    #[test]
    fn an_sgr_mouse_report_is_a_mouse_event_even_split_across_packets() {
        use ratatui::crossterm::event::{MouseButton, MouseEvent, MouseEventKind};
        let mut p = KeyParser::new();
        let mut got = p.feed(b"\x1b[<0;12;");
        got.extend(p.feed(b"5M\x1b[<0;12;5m\x1b[<65;3;4Mq"));
        let mouse = |kind, column, row| {
            Input::Mouse(MouseEvent {
                kind,
                column,
                row,
                modifiers: KeyModifiers::NONE,
            })
        };
        assert_eq!(
            got,
            vec![
                // SGR reports count from 1; events from 0, as crossterm's do.
                mouse(MouseEventKind::Down(MouseButton::Left), 11, 4),
                mouse(MouseEventKind::Up(MouseButton::Left), 11, 4),
                mouse(MouseEventKind::ScrollDown, 2, 3),
                Input::Key(KeyEvent::from(KeyCode::Char('q'))),
            ]
        );
    }

    #[test]
    fn a_huge_paste_is_cut_and_its_end_still_found() {
        let mut p = KeyParser::new();
        let mut bytes = PASTE_START.to_vec();
        bytes.extend(std::iter::repeat_n(b'x', MAX_PASTE_BYTES + 1000));
        bytes.extend_from_slice(PASTE_END);
        bytes.push(b'q');
        let got = p.feed(&bytes);
        assert_eq!(got.len(), 2);
        assert!(matches!(&got[0], Input::Paste(t) if t.len() == MAX_PASTE_BYTES));
        assert_eq!(codes(&got[1..]), vec![plain(KeyCode::Char('q'))]);
    }

    fn plain(code: KeyCode) -> (KeyCode, KeyModifiers) {
        (code, KeyModifiers::NONE)
    }

    #[test]
    fn printable_text_and_utf8() {
        let mut p = KeyParser::new();
        let keys = p.feed("a3é→".as_bytes());
        assert_eq!(
            codes(&keys),
            vec![
                plain(KeyCode::Char('a')),
                plain(KeyCode::Char('3')),
                plain(KeyCode::Char('é')),
                plain(KeyCode::Char('→')),
            ]
        );
        assert!(!p.has_pending());
    }

    #[test]
    fn utf8_split_across_packets() {
        let mut p = KeyParser::new();
        let bytes = "é".as_bytes();
        assert!(p.feed(&bytes[..1]).is_empty());
        assert_eq!(codes(&p.feed(&bytes[1..])), vec![plain(KeyCode::Char('é'))]);
    }

    #[test]
    fn uppercase_is_shifted() {
        let mut p = KeyParser::new();
        assert_eq!(
            codes(&p.feed(b"N")),
            vec![(KeyCode::Char('N'), KeyModifiers::SHIFT)]
        );
    }

    #[test]
    fn control_keys() {
        let mut p = KeyParser::new();
        let keys = p.feed(b"\r\t\x7f\x03\x13");
        assert_eq!(
            codes(&keys),
            vec![
                plain(KeyCode::Enter),
                plain(KeyCode::Tab),
                plain(KeyCode::Backspace),
                (KeyCode::Char('c'), KeyModifiers::CONTROL),
                (KeyCode::Char('s'), KeyModifiers::CONTROL),
            ]
        );
    }

    #[test]
    fn escape_sequences() {
        let mut p = KeyParser::new();
        let keys = p.feed(b"\x1b[A\x1b[B\x1b[C\x1b[D\x1bOA\x1b[H\x1b[F\x1b[1~\x1b[4~\x1b[5~\x1b[6~\x1b[3~\x1bOP\x1b[Z");
        assert_eq!(
            codes(&keys),
            vec![
                plain(KeyCode::Up),
                plain(KeyCode::Down),
                plain(KeyCode::Right),
                plain(KeyCode::Left),
                plain(KeyCode::Up),
                plain(KeyCode::Home),
                plain(KeyCode::End),
                plain(KeyCode::Home),
                plain(KeyCode::End),
                plain(KeyCode::PageUp),
                plain(KeyCode::PageDown),
                plain(KeyCode::Delete),
                plain(KeyCode::F(1)),
                (KeyCode::BackTab, KeyModifiers::SHIFT),
            ]
        );
        assert!(!p.has_pending());
    }

    #[test]
    fn sequence_split_at_every_byte() {
        let mut p = KeyParser::new();
        let mut keys = Vec::new();
        for b in b"\x1b[5~x" {
            keys.extend(p.feed(&[*b]));
        }
        assert_eq!(
            codes(&keys),
            vec![plain(KeyCode::PageUp), plain(KeyCode::Char('x'))]
        );
    }

    /// Issue 20, item 12: a click on level 4 (a mouse report) split at every byte, with
    /// any pause between the packets, is the same click, and nothing of it is typed.
    #[test]
    fn a_click_split_at_every_byte_with_pauses_is_the_same_click() {
        use ratatui::crossterm::event::{MouseButton, MouseEvent, MouseEventKind};
        let click = b"\x1b[<0;40;12M\x1b[<0;40;12m";
        let mut p = KeyParser::new();
        let mut got = Vec::new();
        for (i, byte) in click.iter().enumerate() {
            got.extend(p.feed(std::slice::from_ref(byte)));
            // A pause longer than ESC_WAIT after every byte but a lone Esc.
            if i > 0 && click[i] != ESC {
                got.extend(p.flush());
            }
        }
        let at = |kind| {
            Input::Mouse(MouseEvent {
                kind,
                column: 39,
                row: 11,
                modifiers: KeyModifiers::NONE,
            })
        };
        assert_eq!(
            got,
            vec![
                at(MouseEventKind::Down(MouseButton::Left)),
                at(MouseEventKind::Up(MouseButton::Left)),
            ]
        );
        check_splits(click).unwrap();
    }

    /// Issue 20, item 12: `ESC [` in one packet and `D` in one that comes long after is
    /// the left arrow, not the letter D typed into a note.
    #[test]
    fn a_split_arrow_never_types_its_last_letter() {
        let mut p = KeyParser::new();
        assert!(p.feed(b"\x1b[").is_empty());
        assert!(!p.lone_esc(), "a started sequence has no timeout");
        assert!(p.flush().is_empty(), "the pause types nothing");
        assert!(p.flush().is_empty());
        assert_eq!(codes(&p.feed(b"D")), vec![plain(KeyCode::Left)]);
        // Typed letters around it stay letters.
        let mut got = p.feed(b"a\x1b");
        got.extend(p.feed(b"[1;"));
        got.extend(p.flush());
        got.extend(p.feed(b"5Cb"));
        assert_eq!(
            codes(&got),
            vec![
                plain(KeyCode::Char('a')),
                (KeyCode::Right, KeyModifiers::CONTROL),
                plain(KeyCode::Char('b')),
            ]
        );
    }

    #[test]
    fn an_unfinished_sequence_gives_way_to_a_new_one() {
        let mut p = KeyParser::new();
        // A sequence cut off for good (its rest lost) does not swallow the next key.
        let mut got = p.feed(b"\x1b[<0;4");
        got.extend(p.flush());
        got.extend(p.feed(b"\x1b[A"));
        assert_eq!(codes(&got), vec![plain(KeyCode::Up)]);
        assert!(!p.has_pending());
    }

    #[test]
    fn lone_escape_waits_then_counts() {
        let mut p = KeyParser::new();
        assert!(p.feed(b"\x1b").is_empty());
        assert!(p.has_pending());
        assert_eq!(codes(&p.flush()), vec![plain(KeyCode::Esc)]);
        assert!(!p.has_pending());
        assert!(p.flush().is_empty());
    }

    #[test]
    fn escape_then_rest_of_sequence_in_next_packet() {
        let mut p = KeyParser::new();
        assert!(p.feed(b"\x1b").is_empty());
        assert_eq!(codes(&p.feed(b"[B")), vec![plain(KeyCode::Down)]);
    }

    #[test]
    fn double_escape_is_two_escapes() {
        let mut p = KeyParser::new();
        let mut keys = p.feed(b"\x1b\x1b");
        keys.extend(p.flush());
        assert_eq!(codes(&keys), vec![plain(KeyCode::Esc), plain(KeyCode::Esc)]);
    }

    #[test]
    fn garbage_is_dropped_without_panic() {
        let mut p = KeyParser::new();
        // A simple deterministic generator: every byte value, in odd combinations.
        let mut state: u32 = 12345;
        for _ in 0..20_000 {
            state = state.wrapping_mul(1_103_515_245).wrapping_add(12_345);
            let len = (state >> 28) as usize;
            let bytes: Vec<u8> = (0..len)
                .map(|i| (state.rotate_left(i as u32 * 5) & 0xff) as u8)
                .collect();
            let _ = p.feed(&bytes);
            if state & 7 == 0 {
                let _ = p.flush();
            }
        }
        let _ = p.flush();
        // Still in a usable state.
        assert_eq!(codes(&p.feed(b"q")), vec![plain(KeyCode::Char('q'))]);
        let long = [b'\x1b', b'[']
            .into_iter()
            .chain(std::iter::repeat_n(b'1', 200))
            .collect::<Vec<u8>>();
        let _ = p.feed(&long);
        assert!(p.pending.len() <= MAX_PENDING + 1);
    }

    /// The encodings a terminal sends, for the property below.
    fn encoding() -> impl proptest::strategy::Strategy<Value = Vec<u8>> {
        use proptest::prelude::*;
        let fixed: Vec<&'static [u8]> = vec![
            b"\x1b[A",
            b"\x1b[B",
            b"\x1b[C",
            b"\x1b[D",
            b"\x1bOA",
            b"\x1bOP",
            b"\x1b[H",
            b"\x1b[F",
            b"\x1b[5~",
            b"\x1b[6~",
            b"\x1b[3~",
            b"\x1b[Z",
            b"\x1b[1;5C",
            b"\x1b[15~",
            b"\r",
            b"\t",
            b"\x7f",
            b"\x03",
            b"\x13",
        ];
        prop_oneof![
            proptest::sample::select(fixed).prop_map(<[u8]>::to_vec),
            any::<char>()
                .prop_filter("printable", |c| !c.is_control())
                .prop_map(|c| c.to_string().into_bytes()),
            (0u8..3, 0u8..68, 1u16..300, 1u16..200, any::<bool>()).prop_map(
                |(button, extra, x, y, down)| {
                    let b = if extra >= 64 { extra } else { button };
                    format!("\x1b[<{b};{x};{y}{}", if down { 'M' } else { 'm' }).into_bytes()
                }
            ),
            "[a-z \\x1b\\[\\r]{0,12}".prop_map(|t| {
                let mut b = PASTE_START.to_vec();
                b.extend(t.replace("\x1b[201~", "").into_bytes());
                b.extend_from_slice(PASTE_END);
                b
            }),
        ]
    }

    proptest::proptest! {
        /// Fuzz target `ssh_input` too: a split at every byte of every sequence, with
        /// pauses of any length, decodes to the same keys as the unsplit one.
        #[test]
        fn splits_and_pauses_never_change_the_keys(
            parts in proptest::collection::vec(encoding(), 1..8)
        ) {
            let bytes = parts.concat();
            proptest::prop_assert!(check_splits(&bytes).is_ok(), "{:?}", check_splits(&bytes));
            // And no sequence comes out as typed characters: each encoding decodes
            // alone as it does among the others.
            let mut p = KeyParser::new();
            let mut alone = Vec::new();
            for part in &parts {
                alone.extend(p.feed(part));
                alone.extend(p.flush());
            }
            let mut p = KeyParser::new();
            let mut together = p.feed(&bytes);
            together.extend(p.flush());
            proptest::prop_assert_eq!(alone, together);
        }
    }
}
