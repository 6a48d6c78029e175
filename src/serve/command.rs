//! The `touchstone serve` command: its options, the checks and the banner before the
//! server runs, and stopping on Ctrl-C or SIGTERM.

use super::keys::{AllowedKeys, Passcode};
use super::reach::Reach;
use super::{ServerConfig, hostkey, run, startups};
use crate::error::{Error, Result};
use crate::rubric::Registry;
use crate::tui::theme::ThemeName;
use std::io::Write;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;
use tokio::net::TcpListener;

/// `touchstone serve` options.
#[derive(Debug, Clone, clap::Args)]
pub struct ServeArgs {
    /// Address and port to listen on (0.0.0.0:2222 for every network interface)
    #[arg(long, default_value = "127.0.0.1:2222", value_name = "ADDR:PORT")]
    pub listen: SocketAddr,
    /// Let in the public keys of this OpenSSH authorized_keys file
    #[arg(long, value_name = "FILE")]
    pub authorized_keys: Option<PathBuf>,
    /// Let in whoever types a passcode made now and printed here (password or keyboard-interactive)
    #[arg(long)]
    pub passcode: bool,
    /// Also make a second passcode that only ever gets the read-only view (for the wall screen)
    #[arg(long)]
    pub viewer_passcode: bool,
    /// How long the passcodes work, in hours
    #[arg(long, default_value_t = 8, value_name = "HOURS",
          value_parser = clap::value_parser!(u64).range(1..=168))]
    pub passcode_hours: u64,
    /// Most logged-in connections at once; more are told the server is full
    #[arg(long, default_value_t = 50, value_name = "N",
          value_parser = clap::value_parser!(u64).range(1..=10_000))]
    pub max_connections: u64,
    /// Connections at once that have not logged in yet: N (more are dropped), or START:RATE:FULL (from START on, RATE% of new ones are dropped at random, growing to all at FULL; OpenSSH's MaxStartups)
    #[arg(long, default_value = "30:30:60", value_name = "N|START:RATE:FULL",
          value_parser = startups::max_startups_arg)]
    pub max_startups: startups::MaxStartups,
    /// Connections at once from one address (an IPv6 /64) that have not logged in yet; more from it are dropped (OpenSSH's PerSourceMaxStartups)
    #[arg(long, default_value_t = 10, value_name = "N",
          value_parser = clap::value_parser!(u64).range(1..=10_000))]
    pub per_source_max_startups: u64,
    /// Seconds a connection has to log in and start the screens before it is cut (OpenSSH's LoginGraceTime)
    #[arg(long, default_value_t = 30, value_name = "SECS",
          value_parser = clap::value_parser!(u64).range(1..=600))]
    pub login_grace: u64,
    /// Disconnect after this many seconds without a key press
    #[arg(long, default_value_t = 1800, value_name = "SECS",
          value_parser = clap::value_parser!(u64).range(10..=604_800))]
    pub idle_timeout: u64,
    /// The host key file, made on first start [default: ssh_host_ed25519_key in the data folder]
    #[arg(long, value_name = "FILE")]
    pub host_key: Option<PathBuf>,
}

/// `touchstone serve`: checks the options, opens (and if need be upgrades) the database
/// once, makes or reads the host key, prints how to connect, and serves until Ctrl-C or
/// SIGTERM.
pub fn cli(
    args: ServeArgs,
    db_path: PathBuf,
    registry: Registry,
    theme: Option<ThemeName>,
    ascii: bool,
    settings: crate::settings::Settings,
) -> Result<()> {
    let keys = match &args.authorized_keys {
        Some(path) => AllowedKeys::load(path)?,
        None => AllowedKeys::default(),
    };
    if args.authorized_keys.is_some() && keys.is_empty() && !args.passcode {
        return Err(Error::input(crate::t!("serve-no-keys-no-passcode")));
    }
    if args.authorized_keys.is_none() && !args.passcode {
        return Err(Error::input(crate::t!("serve-say-who")));
    }
    let ttl = Duration::from_secs(args.passcode_hours * 3600);
    let passcode = args.passcode.then(|| Passcode::generate(ttl));
    let viewer_passcode = args.viewer_passcode.then(|| Passcode::generate(ttl));
    // Refuse a database newer than this binary, and create or upgrade it, before anyone
    // connects.
    drop(crate::store::Store::open(&db_path)?);
    let key_path = args.host_key.clone().unwrap_or_else(hostkey::default_path);
    let (host_key, made) = hostkey::load_or_create(&key_path)?;

    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| {
            Error::failure(crate::t!(
                "serve-cannot-start-server",
                error = e.to_string()
            ))
        })?;
    let listener = runtime
        .block_on(TcpListener::bind(args.listen))
        .map_err(|e| {
            Error::failure(crate::t!(
                "serve-cannot-listen",
                addr = args.listen.to_string(),
                error = e.to_string()
            ))
        })?;
    let addr = listener.local_addr().unwrap_or(args.listen);

    let mut text = String::new();
    let port = addr.port();
    let reach = Reach::of(addr);
    let host = reach.host.clone();
    let p = if port == 22 {
        String::new()
    } else {
        format!("-p {port} ")
    };
    let line = |text: &mut String, line: String| {
        text.push_str(&line);
        text.push('\n');
    };
    line(
        &mut text,
        crate::t!(
            "serve-serving",
            db = db_path.display().to_string(),
            addr = addr.to_string()
        ),
    );
    let fingerprint = hostkey::fingerprint(&host_key).to_string();
    let key_file = key_path.display().to_string();
    line(
        &mut text,
        if made {
            crate::t!(
                "serve-host-key-made",
                fingerprint = &fingerprint,
                path = &key_file
            )
        } else {
            crate::t!(
                "serve-host-key",
                fingerprint = &fingerprint,
                path = &key_file
            )
        },
    );
    if !keys.is_empty() {
        let from = args
            .authorized_keys
            .as_ref()
            .map(|p| p.display().to_string())
            .unwrap_or_default();
        line(
            &mut text,
            crate::t!("serve-keys-allowed", count = keys.len(), path = from),
        );
    }
    let until = jiff::Zoned::now()
        .checked_add(jiff::SignedDuration::from_secs(
            i64::try_from(ttl.as_secs()).unwrap_or(i64::MAX),
        ))
        .map(|z| z.strftime("%Y-%m-%d %H:%M").to_string())
        .unwrap_or_default();
    if let Some(code) = &passcode {
        line(
            &mut text,
            crate::t!("serve-passcode", code = code.as_str(), until = &until),
        );
    }
    if let Some(code) = &viewer_passcode {
        line(
            &mut text,
            crate::t!(
                "serve-viewer-passcode",
                code = code.as_str(),
                until = &until
            ),
        );
    }
    for note in reach.notes(addr) {
        line(&mut text, note);
    }
    text.push_str(&format!(
        "\n{}\n  ssh {p}NAME@{host}          {}\n  ssh {p}CODE.NAME@{host}     {}\n  ssh {p}viewer@{host}        {}\n\n{}\n",
        crate::t!("serve-join-with"),
        crate::t!("serve-join-name"),
        crate::t!("serve-join-code"),
        crate::t!("serve-join-viewer"),
        crate::t!("serve-ctrl-c"),
    ));
    let mut stdout = std::io::stdout();
    let _ = stdout.write_all(text.as_bytes());
    let _ = stdout.flush();

    let config = ServerConfig {
        keys,
        passcode,
        viewer_passcode,
        max_connections: usize::try_from(args.max_connections).unwrap_or(usize::MAX),
        max_startups: args.max_startups.full,
        startups_start: args.max_startups.start,
        startups_rate: args.max_startups.rate,
        per_source_max_startups: usize::try_from(args.per_source_max_startups)
            .unwrap_or(usize::MAX),
        login_timeout: Duration::from_secs(args.login_grace),
        idle_timeout: Duration::from_secs(args.idle_timeout),
        theme,
        ascii,
        plan_dirs: vec![crate::paths::user_sessions_dir()],
        settings,
        // The language `touchstone serve` was started in (--lang, TOUCHSTONE_LANG, the
        // settings, the locale) is that of a client that asks for none.
        lang: crate::i18n::current(),
        ..ServerConfig::new(db_path, registry, host_key)
    };
    // The translations in the server's plan folders, known to the process for display.
    crate::session::translation::use_dirs(&config.plan_dirs);
    let result = runtime.block_on(run(config, listener, stop_signal()));
    let _ = stdout.write_all(format!("{}\n", crate::t!("serve-stopped")).as_bytes());
    runtime.shutdown_timeout(Duration::from_secs(1));
    result
}

/// Completes on Ctrl-C or SIGTERM.
async fn stop_signal() {
    let ctrl_c = async {
        if tokio::signal::ctrl_c().await.is_err() {
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {}
        () = term => {}
    }
}
