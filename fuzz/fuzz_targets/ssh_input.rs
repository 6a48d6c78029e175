//! The SSH input decoder (`touchstone::serve::input::KeyParser`): any bytes, cut into
//! packets anywhere with pauses of any length between them, decode to the same keys,
//! pastes and mouse events as the unsplit bytes, and never panic (`check_splits`; the
//! one exception it allows is a pause right after a lone Esc, which the terminal
//! protocol cannot tell from the Esc key).
#![no_main]

use libfuzzer_sys::fuzz_target;
use touchstone::serve::input::{KeyParser, check_splits};

fuzz_target!(|data: &[u8]| {
    // The check is quadratic in the length: keep inputs short.
    let data = &data[..data.len().min(256)];
    if let Err(why) = check_splits(data) {
        panic!("{why}");
    }
    // Fed packet by packet as the fuzzer cut them (a 0xFF byte ends a packet), with a
    // pause after each: still no panic, and the parser stays usable.
    let mut p = KeyParser::new();
    for packet in data.split(|b| *b == 0xff) {
        let _ = p.feed(packet);
        if !p.lone_esc() {
            let _ = p.flush();
        }
    }
    let _ = p.flush();
    // The end of a paste left open, then two Escs: whatever came before is over.
    let _ = p.feed(b"\x1b[201~");
    let _ = p.feed(b"\x1b\x1b");
    let _ = p.flush();
    let q = p.feed(b"q");
    assert_eq!(q.len(), 1, "the parser is usable after any input: {q:?}");
});
