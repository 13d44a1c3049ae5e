//! The web crate is an adapter: routing, extractors, view models and templates.
//! Every write transaction, and every call into storage, belongs to `wsis-app`
//! (docs/ARCHITECTURE.md). These tests read the sources and the manifest, so that a
//! handler that opens a transaction or calls a repository fails the build's tests.

use std::path::{Path, PathBuf};

fn crate_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("read the source directory") {
        let path = entry.expect("directory entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// (file, line number, line) of every source line of crates/web/src that matches.
fn offending_lines(matches: impl Fn(&str) -> bool) -> Vec<String> {
    let mut files = Vec::new();
    rust_files(&crate_dir().join("src"), &mut files);
    assert!(files.len() > 20, "the sources were found: {files:?}");
    let mut found = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(&file).expect("read a source file");
        for (n, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or("");
            if matches(code) {
                found.push(format!("{}:{}: {}", file.display(), n + 1, line.trim()));
            }
        }
    }
    found
}

/// The web crate never depends on storage: `wsis-db` and `sqlx` may serve its tests
/// (`[dev-dependencies]`), never its code.
#[test]
fn the_web_crate_does_not_depend_on_storage() {
    let manifest =
        std::fs::read_to_string(crate_dir().join("Cargo.toml")).expect("read Cargo.toml");
    let deps = manifest
        .split("[dependencies]")
        .nth(1)
        .and_then(|rest| rest.split("\n[").next())
        .expect("a [dependencies] table");
    assert!(deps.contains("wsis-app"), "the table was read: {deps}");
    for storage in ["sqlx", "wsis-db"] {
        assert!(
            !deps.lines().any(|l| l.trim_start().starts_with(storage)),
            "crates/web depends on {storage}: storage is reached through wsis-app"
        );
    }
}

#[test]
fn no_handler_opens_a_transaction_or_calls_a_repository() {
    let found = offending_lines(|code| {
        code.contains("wsis_db")
            || code.contains("state.db")
            || code.contains(".mailer")
            || code.contains(".begin()")
            || code.contains("legacy_db")
            || code.contains("legacy_mailer")
            || code.contains(".commit()")
    });
    assert!(
        found.is_empty(),
        "storage reached from crates/web/src (move it into a wsis-app service):\n{}",
        found.join("\n")
    );
}

#[test]
fn the_check_finds_what_it_looks_for() {
    // The scan itself: a pattern that is surely present is found, so an empty answer
    // above means "none", not "the scan read nothing".
    assert!(!offending_lines(|code| code.contains("fn ")).is_empty());
}
