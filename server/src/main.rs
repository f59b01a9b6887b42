//! Starts the Libranet server: parses configuration, opens the database,
//! serves until Ctrl-C or SIGTERM.

use clap::Parser;
use libranet_server::config::Command;
use libranet_server::{Application, Config, demo, esco_import, store};
use tracing_subscriber::EnvFilter;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    tracing_subscriber::fmt()
        .with_env_filter(
            EnvFilter::try_from_env("LIBRANET_LOG").unwrap_or_else(|_| EnvFilter::new("info")),
        )
        .init();
    let config = Config::parse();
    if let Some(Command::ImportEsco { folder }) = &config.command {
        let store = store::connect(&config.database_url()).await?;
        let now = config.clock().map_err(anyhow::Error::msg)?.unix_now();
        let (version, taxonomy) = esco_import::import(store.as_ref(), folder, now).await?;
        println!(
            "Imported ESCO as taxonomy version {version}: {} occupations, {} skills, languages {}.",
            taxonomy.occupations.len(),
            taxonomy.skills.len(),
            taxonomy.languages.join(", ")
        );
        return Ok(());
    }
    tracing::info!(?config, "starting");
    let demo = config.demo;
    let app = Application::build(config).await?;
    let addr = app.local_addr()?;
    if app.seeded_demo() {
        tracing::info!("loaded demo data");
    }
    if demo {
        println!("\n{}", demo::describe());
    }
    println!("Libranet is running at http://{addr}/  (Ctrl-C to stop)\n");
    app.run_until(shutdown_signal()).await?;
    println!("Libranet stopped.");
    Ok(())
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
}
