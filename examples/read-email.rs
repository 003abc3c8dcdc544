//! Prints, as one JSON object, what the email reader finds in a file:
//! `cargo run --quiet --example read-email -- FILE`.

use std::process::ExitCode;

fn main() -> ExitCode {
    let Some(path) = std::env::args_os().nth(1) else {
        eprintln!("usage: read-email FILE");
        return ExitCode::FAILURE;
    };
    match std::fs::read(&path) {
        Ok(bytes) => {
            let text = String::from_utf8_lossy(&bytes);
            println!(
                "{}",
                kept_in_mind::domain::email_reader::summary_json(&text)
            );
            ExitCode::SUCCESS
        }
        Err(err) => {
            eprintln!("could not read {}: {err}", path.to_string_lossy());
            ExitCode::FAILURE
        }
    }
}
