//! The run's settings: the person's account and address, the server's budget,
//! the rounds to run, and the command-line arguments that set them.

use std::path::PathBuf;
use std::time::Duration;

/// The demo account the person signs in to (`--demo true`).
pub(crate) const PERSON_USERNAME: &str = "demo-patron";
pub(crate) const PERSON_PASSWORD: &str = "demo patron looking for work";
/// The person's client address, never used by the flood.
pub(crate) const PERSON_ADDRESS: &str = "192.0.2.10";
/// The server's default budget of failed attempts per client and window.
pub(crate) const DEFAULT_BUDGET: usize = 30;
/// How long the person waits for an answer before counting it as none.
pub(crate) const PERSON_TIMEOUT: Duration = Duration::from_secs(40);

pub(crate) struct Settings {
    pub(crate) server: PathBuf,
    pub(crate) rounds: Vec<RoundSpec>,
    pub(crate) steady: Duration,
    pub(crate) ramp: Duration,
    pub(crate) timing_pairs: usize,
    pub(crate) flood_threads: usize,
}

#[derive(Clone, Copy)]
pub(crate) struct RoundSpec {
    pub(crate) connections: usize,
    pub(crate) addresses: usize,
}

impl RoundSpec {
    pub(crate) fn name(&self) -> String {
        if self.connections == 0 {
            "quiet".to_owned()
        } else {
            format!("flood {}×{}", self.connections, self.addresses)
        }
    }

    /// A flood from a few addresses, where the target applies.
    pub(crate) fn few_addresses(&self) -> bool {
        self.connections > 0 && self.addresses <= 10
    }
}

pub(crate) fn parse_args() -> Result<Settings, String> {
    let here = std::env::current_exe().map_err(|e| e.to_string())?;
    let mut settings = Settings {
        server: here.with_file_name("libranet-server"),
        rounds: parse_rounds("0x0,50x4,400x4,1000x4,1000x500")?,
        steady: Duration::from_secs(25),
        ramp: Duration::from_secs(10),
        timing_pairs: 40,
        flood_threads: 1,
    };
    let mut args = std::env::args().skip(1);
    while let Some(flag) = args.next() {
        let mut value = || args.next().ok_or_else(|| format!("{flag} needs a value"));
        let number = |text: String| {
            text.parse::<u64>()
                .map_err(|_| format!("not a number: {text}"))
        };
        match flag.as_str() {
            "--server" => settings.server = PathBuf::from(value()?),
            "--rounds" => settings.rounds = parse_rounds(&value()?)?,
            "--secs" => settings.steady = Duration::from_secs(number(value()?)?.max(1)),
            "--ramp-secs" => settings.ramp = Duration::from_secs(number(value()?)?),
            "--timing-pairs" => settings.timing_pairs = number(value()?)? as usize,
            "--flood-threads" => settings.flood_threads = (number(value()?)? as usize).max(1),
            "--help" | "-h" => {
                return Err("usage: sign-in-load [--server PATH] [--rounds 0x0,50x4,400x4,1000x4,1000x500] \
                            [--secs 25] [--ramp-secs 10] [--timing-pairs 40] [--flood-threads 1]"
                    .to_owned());
            }
            other => return Err(format!("unknown argument {other} (try --help)")),
        }
    }
    Ok(settings)
}

/// `50x4,1000x500`: connections × addresses per round; `0x0` is quiet.
fn parse_rounds(text: &str) -> Result<Vec<RoundSpec>, String> {
    text.split(',')
        .map(|part| {
            let (c, a) = part
                .trim()
                .split_once('x')
                .ok_or_else(|| format!("a round is CONNECTIONSxADDRESSES, not {part:?}"))?;
            let connections = c.parse().map_err(|_| format!("bad round {part:?}"))?;
            let addresses: usize = a.parse().map_err(|_| format!("bad round {part:?}"))?;
            if connections > 0 && addresses == 0 {
                return Err(format!(
                    "round {part:?}: a flood needs at least one address"
                ));
            }
            Ok(RoundSpec {
                connections,
                addresses: addresses.min(connections.max(1)),
            })
        })
        .collect()
}
