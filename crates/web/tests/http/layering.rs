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

/// (file, line number, line) of every source line of crates/web/src that matches, in the
/// files `include` accepts.
fn offending_lines(include: impl Fn(&Path) -> bool, matches: impl Fn(&str) -> bool) -> Vec<String> {
    let mut files = Vec::new();
    rust_files(&crate_dir().join("src"), &mut files);
    assert!(files.len() > 20, "the sources were found: {files:?}");
    let mut found = Vec::new();
    for file in files.into_iter().filter(|f| include(f)) {
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

/// Files not yet moved onto services (issue 9, the accounts area): the only ones allowed
/// to reach storage. This list only shrinks; when it is empty, drop `wsis-db` from the
/// crate's dependencies (the manifest test below says so).
const NOT_YET_MOVED: &[&str] = &[
    "src/pages/account.rs",
    "src/pages/admin.rs",
    "src/pages/public.rs",
    "src/pages/errors.rs",
    "src/api/account.rs",
    "src/api/mod.rs",
    "src/api/taxonomy.rs",
    "src/ctx.rs",
    "src/error.rs",
    "src/state.rs",
    "src/forum/documents.rs",
];

fn allowed(file: &Path) -> bool {
    let dir = crate_dir();
    let rel = file.strip_prefix(&dir).unwrap_or(file);
    NOT_YET_MOVED.iter().any(|f| rel == Path::new(f))
}

/// The web crate depends on storage exactly as long as some file still needs it: when the
/// last file has moved, `wsis-db` (and any `sqlx`) must leave its `[dependencies]`.
#[test]
fn the_web_crate_depends_on_storage_only_while_files_wait_for_their_move() {
    let manifest =
        std::fs::read_to_string(crate_dir().join("Cargo.toml")).expect("read Cargo.toml");
    let deps = manifest
        .split("[dependencies]")
        .nth(1)
        .and_then(|rest| rest.split("\n[").next())
        .expect("a [dependencies] table");
    assert!(
        !deps.lines().any(|l| l.trim_start().starts_with("sqlx")),
        "crates/web depends on sqlx: storage is reached through wsis-app"
    );
    let has_db = deps.lines().any(|l| l.trim_start().starts_with("wsis-db"));
    assert_eq!(
        has_db,
        !NOT_YET_MOVED.is_empty(),
        "wsis-db in crates/web's dependencies: {has_db}; files waiting: {NOT_YET_MOVED:?}"
    );
}

#[test]
fn no_handler_opens_a_transaction_or_calls_a_repository() {
    let found = offending_lines(
        |f| !allowed(f),
        |code| {
            code.contains("wsis_db")
                || code.contains("state.db")
                || code.contains(".mailer")
                || code.contains(".begin()")
                || code.contains("legacy_db")
                || code.contains("legacy_mailer")
                || code.contains(".commit()")
        },
    );
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
    assert!(!offending_lines(|_| true, |code| code.contains("fn ")).is_empty());
    // And the files still waiting for their move do reach storage (else drop them from
    // the list).
    for f in NOT_YET_MOVED {
        let path = crate_dir().join(f);
        let text = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            text.contains("wsis_db") || text.contains("state.db") || text.contains(".mailer"),
            "{f} no longer reaches storage: remove it from NOT_YET_MOVED"
        );
    }
}
