//! The in-process Typst world: one main source, the embedded fonts, no files.

use std::sync::LazyLock;
use typst::diag::{FileError, FileResult, SourceDiagnostic};
use typst::foundations::{Bytes, Datetime};
use typst::syntax::{FileId, Source};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World, WorldExt};
use typst_layout::PagedDocument;

use crate::DocsError;

/// The fonts shipped in `fonts/` (OFL, see `fonts/README.md`), embedded so
/// the binary works anywhere.
pub const FONT_FILES: [(&str, &[u8]); 6] = [
    (
        "NotoSans-Regular.ttf",
        include_bytes!("../../../fonts/NotoSans-Regular.ttf"),
    ),
    (
        "NotoSans-Bold.ttf",
        include_bytes!("../../../fonts/NotoSans-Bold.ttf"),
    ),
    (
        "NotoNaskhArabic-Regular.ttf",
        include_bytes!("../../../fonts/NotoNaskhArabic-Regular.ttf"),
    ),
    (
        "NotoNaskhArabic-Bold.ttf",
        include_bytes!("../../../fonts/NotoNaskhArabic-Bold.ttf"),
    ),
    (
        "NotoSansCJKsc-Regular.otf",
        include_bytes!("../../../fonts/NotoSansCJKsc-Regular.otf"),
    ),
    (
        "NotoSansCJKsc-Bold.otf",
        include_bytes!("../../../fonts/NotoSansCJKsc-Bold.otf"),
    ),
];

/// Font family names as Typst sees them.
pub const LATIN_FAMILY: &str = "Noto Sans";
pub const ARABIC_FAMILY: &str = "Noto Naskh Arabic";
pub const CJK_FAMILY: &str = "Noto Sans CJK SC";

struct Fonts {
    book: LazyHash<FontBook>,
    fonts: Vec<Font>,
}

static FONTS: LazyLock<Fonts> = LazyLock::new(|| {
    let fonts: Vec<Font> = FONT_FILES
        .iter()
        .flat_map(|(_, data)| Font::iter(Bytes::new(*data)))
        .collect();
    Fonts {
        book: LazyHash::new(FontBook::from_fonts(&fonts)),
        fonts,
    }
});

static LIBRARY: LazyLock<LazyHash<Library>> = LazyLock::new(|| LazyHash::new(Library::default()));

struct DocWorld {
    source: Source,
}

impl World for DocWorld {
    fn library(&self) -> &LazyHash<Library> {
        &LIBRARY
    }
    fn book(&self) -> &LazyHash<FontBook> {
        &FONTS.book
    }
    fn main(&self) -> FileId {
        self.source.id()
    }
    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == self.source.id() {
            Ok(self.source.clone())
        } else {
            Err(FileError::AccessDenied)
        }
    }
    fn file(&self, _id: FileId) -> FileResult<Bytes> {
        Err(FileError::AccessDenied)
    }
    fn font(&self, index: usize) -> Option<Font> {
        FONTS.fonts.get(index).cloned()
    }
    fn today(&self, _offset: Option<typst::foundations::Duration>) -> Option<Datetime> {
        None
    }
}

fn diagnostics(world: &DocWorld, diags: &[SourceDiagnostic]) -> String {
    diags
        .iter()
        .map(|d| {
            let mut s = d.message.to_string();
            if let Some(r) = world.range(d.span) {
                let text = world.source.text();
                let snippet: String = text.get(r).unwrap_or("").chars().take(80).collect();
                s.push_str(&format!(" at `{snippet}`"));
            }
            for h in &d.hints {
                s.push_str(" (hint: ");
                s.push_str(&h.v);
                s.push(')');
            }
            s
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// How many compilations an unused memoized result survives: 2, or what
/// `WSIS_TYPST_MEMO` says (a number, or `all` to keep everything, as before this
/// limit; for measurements, bench/document_rebuilds.sh).
fn memo_age() -> usize {
    static AGE: LazyLock<usize> = LazyLock::new(|| match std::env::var("WSIS_TYPST_MEMO") {
        Ok(v) if v == "all" => usize::MAX,
        Ok(v) => v.parse().unwrap_or(2),
        Err(_) => 2,
    });
    *AGE
}

/// Typst source → laid-out document, with the warnings as text.
pub fn layout(source: &str) -> Result<(PagedDocument, Vec<String>), DocsError> {
    let world = DocWorld {
        source: Source::detached(source.to_owned()),
    };
    let warned = typst::compile::<PagedDocument>(&world);
    // Typst memoizes its work in a cache global to the process, which nothing
    // empties by itself: every document adds to it (about 130 MiB for an Outcome
    // Document), so a server that builds documents would grow without bound. What
    // the last compilations used is kept (a document rebuilt after a small change
    // reuses the layout of what did not change), the rest let go.
    comemo::evict(memo_age());
    let warnings = warned
        .warnings
        .iter()
        .map(|w| diagnostics(&world, std::slice::from_ref(w)))
        .collect();
    match warned.output {
        Ok(doc) => Ok((doc, warnings)),
        Err(errors) => Err(DocsError::Typst(diagnostics(&world, &errors))),
    }
}

/// Laid-out document → PDF bytes.
pub fn pdf(doc: &PagedDocument) -> Result<Vec<u8>, DocsError> {
    typst_pdf::pdf(doc, &typst_pdf::PdfOptions::default()).map_err(|errors| {
        DocsError::Pdf(
            errors
                .iter()
                .map(|e| e.message.to_string())
                .collect::<Vec<_>>()
                .join("; "),
        )
    })
}
