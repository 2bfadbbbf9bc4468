//! The native command line: the dataset as CSV, and (with the charts) SVG exports.

use gansu_zones::Dataset;
use std::io::Write;
use std::process::ExitCode;

const USAGE: &str = "\
Usage: gansu-zones <command>

Commands:
  csv          print the whole dataset as tidy CSV
               (zone,indicator,period,value,unit,status,source,…; money in yuan)
  help         print this help (also -h, --help)
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("csv") if args.len() == 1 => print(&Dataset::get().csv()),
        Some("help" | "-h" | "--help") => print(USAGE),
        Some(other) => {
            eprintln!("gansu-zones: unknown command or arguments {other:?}\n\n{USAGE}");
            ExitCode::from(2)
        }
        None => {
            eprintln!("gansu-zones: missing command\n\n{USAGE}");
            ExitCode::from(2)
        }
    }
}

/// Prints to stdout; a closed pipe (`| head`) is not an error.
fn print(text: &str) -> ExitCode {
    let _ = std::io::stdout().lock().write_all(text.as_bytes());
    ExitCode::SUCCESS
}
