//! The SSH side of one connection: authentication, and exactly one session channel with
//! a pty and a shell. Everything else — exec, subsystems (SFTP), port forwarding, agent
//! and X11 forwarding, environment variables other than the locale — is refused.
//!
//! The handler runs on the server's event loop, so it never blocks: keys go to the
//! connection's app thread over a bounded channel, and a writer task
//! (`backend::write_frames`) sends the frames the app draws.

use super::Slot;
use super::connection::{self, Setup, ToApp};
use super::login::{ClientLocale, role_for};
pub use super::shared::Shared;
use super::startups::SourceSlot;
use russh::keys::PublicKey;
use russh::server::{
    Auth, ChannelOpenHandle, Msg, PublicKeyOffer, Response, Session, VerifiedPublicKey,
};
use russh::{Channel, ChannelId, ChannelOpenFailure, Pty, Sig};
use std::borrow::Cow;
use std::net::IpAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{SyncSender, TrySendError};
use tokio::sync::mpsc;

/// Keystroke packets queued for an app thread before more are dropped (a flood).
const INPUT_QUEUE: usize = 256;
/// Frames queued for a slow client before its app thread waits.
const FRAME_QUEUE: usize = 16;

/// One connection.
pub struct Conn {
    shared: Arc<Shared>,
    /// Who logged in, once someone has.
    user: Option<String>,
    /// Logged in with the viewer passcode.
    viewer: bool,
    /// The one session channel.
    channel: Option<ChannelId>,
    /// The client's terminal size, from its pty request.
    size: Option<(u16, u16)>,
    /// Keys and sizes for the app thread, once the shell started. The hub holds only a
    /// weak reference, so dropping this closes the app thread's queue.
    to_app: Option<Arc<SyncSender<ToApp>>>,
    /// Tells the connection task the screens started (see `login_timeout`).
    started: Arc<AtomicBool>,
    /// The client's address (for `from=` in authorized_keys).
    peer: IpAddr,
    /// A place among the connections not yet logged in, then (once logged in) among
    /// the sessions; released when the connection ends.
    slot: Option<Slot>,
    /// The place of its source address among the connections not yet logged in,
    /// given back at login.
    source: Option<SourceSlot>,
    /// Logged in while every session place was taken: told so when the shell starts.
    full: bool,
    /// The key's options forbid a terminal (`restrict`, `no-pty`).
    no_pty: bool,
    /// Wrong passcodes so far.
    passcode_failures: usize,
    /// The locale the client sent (`ssh -o SendEnv=LANG`).
    locale: ClientLocale,
    /// The server address this connection came in on (the wall's join hint).
    pub reached_at: Option<std::net::SocketAddr>,
}

impl Conn {
    pub fn new(
        shared: Arc<Shared>,
        started: Arc<AtomicBool>,
        peer: IpAddr,
        (startup, source): (Slot, SourceSlot),
    ) -> Conn {
        Conn {
            shared,
            user: None,
            viewer: false,
            channel: None,
            size: None,
            to_app: None,
            started,
            peer,
            slot: Some(startup),
            source: Some(source),
            full: false,
            no_pty: false,
            passcode_failures: 0,
            locale: ClientLocale::default(),
            reached_at: None,
        }
    }

    /// Logged in: the place among unauthenticated connections is given back, and one
    /// among the sessions taken if there is one.
    fn logged_in(&mut self, user: &str) -> Auth {
        self.user = Some(user.to_string());
        self.source = None;
        self.slot = Slot::take(
            &self.shared.counts,
            |c| &c.sessions,
            self.shared.max_connections,
        );
        self.full = self.slot.is_none();
        Auth::Accept
    }

    /// A passcode, by password or keyboard-interactive. Every wrong one counts; while
    /// tries are left the refusal offers the passcode again (russh's default would stop
    /// offering `password` after one failure), and the last wrong one leaves only the
    /// other methods. A try after that ends the connection.
    fn passcode_auth(&mut self, user: &str, given: &str) -> Result<Auth, russh::Error> {
        if self.passcode_failures >= self.shared.passcode_tries {
            return Err(russh::Error::Disconnect);
        }
        if self
            .shared
            .passcode
            .as_ref()
            .is_some_and(|p| p.matches(given))
        {
            return Ok(self.logged_in(user));
        }
        if self
            .shared
            .viewer_passcode
            .as_ref()
            .is_some_and(|p| p.matches(given))
        {
            self.viewer = true;
            return Ok(self.logged_in(user));
        }
        self.passcode_failures += 1;
        let methods = if self.passcode_failures >= self.shared.passcode_tries {
            self.shared.methods_without_passcode()
        } else {
            self.shared.methods()
        };
        Ok(Auth::Reject {
            proceed_with_methods: Some(methods),
            partial_success: false,
        })
    }

    /// The language of this connection: the login name's suffix, the client's locale,
    /// or the server's.
    fn lang(&self) -> crate::i18n::Lang {
        let login = super::login::parse(self.user.as_deref().unwrap_or_default()).lang;
        self.locale.lang(login, self.shared.lang)
    }

    /// A line for the client's terminal in the connection's language.
    fn say(&self, id: &str, args: &[(&str, crate::i18n::Arg<'_>)]) -> Vec<u8> {
        // The handler runs on the server's shared threads: the language only for this.
        let line = crate::i18n::scoped(self.lang(), || crate::i18n::tr_args(id, args));
        format!("{}\r\n", crate::text::one_line(&line)).into_bytes()
    }

    fn key_allowed(&self, key: &PublicKey) -> bool {
        self.shared.keys.allows(key, self.peer)
    }

    fn ours(&self, channel: ChannelId) -> bool {
        self.channel == Some(channel)
    }

    fn send(&self, message: ToApp) {
        if let Some(tx) = &self.to_app {
            match tx.try_send(message) {
                // A flood of input: drop it rather than hold up the server.
                Err(TrySendError::Full(_)) => {}
                // The app has ended; the channel is being closed.
                Err(TrySendError::Disconnected(_)) | Ok(()) => {}
            }
        }
    }

    /// Starts the app thread and the task that writes its frames to the channel.
    fn start(&mut self, channel: ChannelId, session: &mut Session) -> std::io::Result<()> {
        let (cols, rows) = self.size.unwrap_or((80, 24));
        let user = self.user.clone().unwrap_or_default();
        // `NAME+plain` asks for plain mode (line by line, for screen readers), `NAME+es`
        // for Spanish.
        let login = super::login::parse(&user);
        let plain = login.plain;
        let role = role_for(login.name, self.viewer);
        let (tx, rx) = std::sync::mpsc::sync_channel(INPUT_QUEUE);
        // Woken from before the app thread first looks whether the server is stopping.
        let tx = Arc::new(tx);
        self.shared.hub.subscribe(&tx);
        let (out_tx, out_rx) = mpsc::channel(FRAME_QUEUE);
        let spawn = match (plain, self.size.is_some()) {
            (false, _) => connection::spawn,
            (true, true) => crate::serve::plain::spawn_terminal,
            (true, false) => crate::serve::plain::spawn_lines,
        };
        spawn(
            Setup {
                db_path: self.shared.db_path.clone(),
                registry: self.shared.registry.clone(),
                role,
                cols,
                rows,
                theme: self.shared.theme,
                ascii: self.shared.ascii,
                idle_timeout: self.shared.idle_timeout,
                shutdown: self.shared.shutdown.clone(),
                counts: self.shared.counts.clone(),
                plan_dirs: self.shared.plan_dirs.clone(),
                esc_wait: self.shared.grace.esc_wait,
                hub: self.shared.hub.clone(),
                settings: self.shared.settings.clone(),
                lang: self.lang(),
                reached_at: self.reached_at,
            },
            rx,
            out_tx,
        )?;
        tokio::spawn(super::backend::write_frames(
            session.handle(),
            channel,
            out_rx,
            self.shared.grace.hang_up,
        ));
        self.to_app = Some(tx);
        self.started.store(true, Ordering::SeqCst);
        Ok(())
    }
}

impl russh::server::Handler for Conn {
    type Error = russh::Error;

    async fn auth_none(&mut self, _user: &str) -> Result<Auth, Self::Error> {
        Ok(Auth::reject())
    }

    async fn auth_password(&mut self, user: &str, password: &str) -> Result<Auth, Self::Error> {
        self.passcode_auth(user, password)
    }

    async fn auth_publickey_offered(
        &mut self,
        _user: &str,
        offer: PublicKeyOffer<'_>,
    ) -> Result<Auth, Self::Error> {
        Ok(if self.key_allowed(offer.public_key) {
            Auth::Accept
        } else {
            Auth::reject()
        })
    }

    async fn auth_publickey(
        &mut self,
        user: &str,
        key: VerifiedPublicKey<'_>,
    ) -> Result<Auth, Self::Error> {
        if self.key_allowed(key.public_key) {
            self.no_pty = !self.shared.keys.pty_allowed(key.public_key, self.peer);
            return Ok(self.logged_in(user));
        }
        Ok(Auth::reject())
    }

    async fn auth_keyboard_interactive<'a>(
        &'a mut self,
        user: &str,
        _submethods: &str,
        response: Option<Response<'a>>,
    ) -> Result<Auth, Self::Error> {
        if self.shared.passcode.is_none() && self.shared.viewer_passcode.is_none() {
            return Ok(Auth::reject());
        }
        if self.passcode_failures >= self.shared.passcode_tries {
            return Err(russh::Error::Disconnect);
        }
        let Some(mut response) = response else {
            // No locale has come yet: the login name's suffix or the server's language.
            let lang = super::login::parse(user).lang.unwrap_or(self.shared.lang);
            let (instructions, prompt) = crate::i18n::scoped(lang, || {
                (
                    crate::t!("serve-passcode-instructions"),
                    crate::t!("serve-passcode-prompt"),
                )
            });
            return Ok(Auth::Partial {
                name: Cow::Borrowed("Touchstone"),
                instructions: Cow::Owned(instructions),
                prompts: Cow::Owned(vec![(Cow::Owned(prompt), false)]),
            });
        };
        let given = response
            .next()
            .map(|b| String::from_utf8_lossy(&b).into_owned())
            .unwrap_or_default();
        self.passcode_auth(user, &given)
    }

    async fn channel_open_session(
        &mut self,
        channel: Channel<Msg>,
        reply: ChannelOpenHandle,
        _session: &mut Session,
    ) -> Result<(), Self::Error> {
        if self.channel.is_some() {
            reply
                .reject(ChannelOpenFailure::AdministrativelyProhibited)
                .await;
            return Ok(());
        }
        self.channel = Some(channel.id());
        reply.accept().await;
        Ok(())
    }

    async fn channel_open_x11(
        &mut self,
        _channel: Channel<Msg>,
        _originator_address: &str,
        _originator_port: u32,
        reply: ChannelOpenHandle,
        _session: &mut Session,
    ) -> Result<(), Self::Error> {
        refuse(reply).await
    }

    async fn channel_open_direct_tcpip(
        &mut self,
        _channel: Channel<Msg>,
        _host_to_connect: &str,
        _port_to_connect: u32,
        _originator_address: &str,
        _originator_port: u32,
        reply: ChannelOpenHandle,
        _session: &mut Session,
    ) -> Result<(), Self::Error> {
        refuse(reply).await
    }

    async fn channel_open_forwarded_tcpip(
        &mut self,
        _channel: Channel<Msg>,
        _host_to_connect: &str,
        _port_to_connect: u32,
        _originator_address: &str,
        _originator_port: u32,
        reply: ChannelOpenHandle,
        _session: &mut Session,
    ) -> Result<(), Self::Error> {
        refuse(reply).await
    }

    async fn channel_open_direct_streamlocal(
        &mut self,
        _channel: Channel<Msg>,
        _socket_path: &str,
        reply: ChannelOpenHandle,
        _session: &mut Session,
    ) -> Result<(), Self::Error> {
        refuse(reply).await
    }

    async fn channel_close(
        &mut self,
        channel: ChannelId,
        _session: &mut Session,
    ) -> Result<(), Self::Error> {
        if self.ours(channel) {
            self.send(ToApp::Closed);
            self.to_app = None;
        }
        Ok(())
    }

    async fn data(
        &mut self,
        channel: ChannelId,
        data: &[u8],
        _session: &mut Session,
    ) -> Result<(), Self::Error> {
        if self.ours(channel) {
            self.send(ToApp::Input(data.to_vec()));
        }
        Ok(())
    }

    async fn pty_request(
        &mut self,
        channel: ChannelId,
        _term: &str,
        col_width: u32,
        row_height: u32,
        _pix_width: u32,
        _pix_height: u32,
        _modes: &[(Pty, u32)],
        session: &mut Session,
    ) -> Result<(), Self::Error> {
        if !self.ours(channel) || self.to_app.is_some() || self.no_pty {
            return session.channel_failure(channel);
        }
        self.size = Some(connection::clamp_size(col_width, row_height));
        session.channel_success(channel)
    }

    async fn window_change_request(
        &mut self,
        channel: ChannelId,
        col_width: u32,
        row_height: u32,
        _pix_width: u32,
        _pix_height: u32,
        _session: &mut Session,
    ) -> Result<(), Self::Error> {
        if self.ours(channel) {
            let (cols, rows) = connection::clamp_size(col_width, row_height);
            self.size = Some((cols, rows));
            self.send(ToApp::Resize(cols, rows));
        }
        Ok(())
    }

    async fn shell_request(
        &mut self,
        channel: ChannelId,
        session: &mut Session,
    ) -> Result<(), Self::Error> {
        if !self.ours(channel) || self.to_app.is_some() {
            return session.channel_failure(channel);
        }
        if self.full {
            session.extended_data(channel, 1, self.say("serve-full", &[]))?;
            session.exit_status_request(channel, 1)?;
            session.channel_failure(channel)?;
            return session.close(channel);
        }
        let login = super::login::parse(self.user.as_deref().unwrap_or_default());
        if self.size.is_none() && !login.plain {
            // `ssh -T NAME@`: no screens without a terminal. The request is answered
            // and the channel closed with the reason (and the `NAME+plain@` that needs
            // no terminal) on stderr and exit status 1: after a refused shell request,
            // `ssh` says only "shell request failed" and drops what came before it.
            let mut plain_login = format!("{}+plain", login.name);
            if let Some(lang) = login.lang {
                plain_login.push('+');
                plain_login.push_str(lang.code());
            }
            let said = self.say(
                "serve-needs-terminal",
                &[("plain", crate::i18n::Arg::from(plain_login))],
            );
            session.channel_success(channel)?;
            session.extended_data(channel, 1, said)?;
            session.exit_status_request(channel, 1)?;
            session.eof(channel)?;
            return session.close(channel);
        }
        if let Err(e) = self.start(channel, session) {
            session.extended_data(
                channel,
                1,
                self.say(
                    "serve-cannot-start",
                    &[("error", crate::i18n::Arg::from(e.to_string()))],
                ),
            )?;
            session.channel_failure(channel)?;
            return session.close(channel);
        }
        session.channel_success(channel)
    }

    async fn exec_request(
        &mut self,
        channel: ChannelId,
        _data: &[u8],
        session: &mut Session,
    ) -> Result<(), Self::Error> {
        if self.ours(channel) {
            session.extended_data(channel, 1, self.say("serve-no-commands", &[]))?;
        }
        session.channel_failure(channel)
    }

    async fn subsystem_request(
        &mut self,
        channel: ChannelId,
        _name: &str,
        session: &mut Session,
    ) -> Result<(), Self::Error> {
        session.channel_failure(channel)
    }

    async fn x11_request(
        &mut self,
        channel: ChannelId,
        _single_connection: bool,
        _x11_auth_protocol: &str,
        _x11_auth_cookie: &str,
        _x11_screen_number: u32,
        session: &mut Session,
    ) -> Result<(), Self::Error> {
        session.channel_failure(channel)
    }

    /// Only the locale (see `login::LOCALE_VARS`), before the shell starts: it sets
    /// the connection's language, nothing else.
    async fn env_request(
        &mut self,
        channel: ChannelId,
        variable_name: &str,
        variable_value: &str,
        session: &mut Session,
    ) -> Result<(), Self::Error> {
        if self.ours(channel)
            && self.to_app.is_none()
            && self.locale.accept(variable_name, variable_value)
        {
            return session.channel_success(channel);
        }
        session.channel_failure(channel)
    }

    async fn agent_request(
        &mut self,
        _channel: ChannelId,
        _session: &mut Session,
    ) -> Result<bool, Self::Error> {
        Ok(false)
    }

    async fn signal(
        &mut self,
        _channel: ChannelId,
        _signal: Sig,
        _session: &mut Session,
    ) -> Result<(), Self::Error> {
        Ok(())
    }

    async fn tcpip_forward(
        &mut self,
        _address: &str,
        _port: &mut u32,
        _session: &mut Session,
    ) -> Result<bool, Self::Error> {
        Ok(false)
    }

    async fn cancel_tcpip_forward(
        &mut self,
        _address: &str,
        _port: u32,
        _session: &mut Session,
    ) -> Result<bool, Self::Error> {
        Ok(false)
    }

    async fn streamlocal_forward(
        &mut self,
        _socket_path: &str,
        _session: &mut Session,
    ) -> Result<bool, Self::Error> {
        Ok(false)
    }

    async fn cancel_streamlocal_forward(
        &mut self,
        _socket_path: &str,
        _session: &mut Session,
    ) -> Result<bool, Self::Error> {
        Ok(false)
    }
}

/// Refuses a channel this server never offers (X11, forwarding, sockets).
async fn refuse(reply: ChannelOpenHandle) -> Result<(), russh::Error> {
    reply
        .reject(ChannelOpenFailure::AdministrativelyProhibited)
        .await;
    Ok(())
}

#[cfg(test)]
mod tests {
    use crate::i18n::{Lang, message_ids};

    /// `Conn::say` takes its ids as values, which the i18n test cannot see.
    #[test]
    fn every_line_said_to_a_client_exists_in_both_languages() {
        let whole = include_str!("handler.rs");
        let source = &whole[..whole.rfind("#[cfg(test)]").unwrap_or(whole.len())];
        let said: Vec<&str> = source
            .match_indices("self.say(")
            .filter_map(|(at, _)| {
                let rest = source[at..].split_once('"')?.1;
                rest.split_once('"').map(|(id, _)| id)
            })
            .collect();
        assert!(said.len() >= 4, "{said:?}");
        for lang in Lang::ALL {
            let ids = message_ids(lang);
            for id in &said {
                assert!(ids.iter().any(|(i, _)| i == id), "{id} in {lang}");
            }
        }
    }
}
