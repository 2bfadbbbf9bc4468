//! The native command line: commands, help and usage errors.

mod common;
use common::run;

#[test]
fn help_explains_the_commands() {
    let (code, out, _) = run(&["--help"]);
    assert_eq!(code, 0);
    assert!(out.contains("csv"), "{out}");
}

#[test]
fn unknown_command_prints_usage_and_exits_2() {
    let (code, out, err) = run(&["plot"]);
    assert_eq!(code, 2);
    assert!(out.is_empty());
    assert!(
        err.contains("unknown command") && err.contains("Usage"),
        "{err}"
    );
    let (code, _, err) = run(&[]);
    assert_eq!(code, 2);
    assert!(err.contains("Usage"));
}
