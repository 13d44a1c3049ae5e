//! Session documents: what an upload may be, decided by its content (not
//! its name or the browser's word), and the name it is served under.

/// The largest document accepted.
pub const MAX_DOCUMENT_BYTES: usize = 20 * 1024 * 1024;

/// A recognised document format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DocumentKind {
    pub content_type: &'static str,
    pub extension: &'static str,
}

const PDF: DocumentKind = DocumentKind {
    content_type: "application/pdf",
    extension: "pdf",
};

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

/// The format of an upload from its bytes: PDF, Office Open XML (docx,
/// pptx, xlsx) or OpenDocument (odt, odp, ods). Anything else, an empty
/// file or one over [`MAX_DOCUMENT_BYTES`] is refused with its error key.
pub fn sniff_document(bytes: &[u8]) -> Result<DocumentKind, &'static str> {
    if bytes.is_empty() {
        return Err("document-required");
    }
    if bytes.len() > MAX_DOCUMENT_BYTES {
        return Err("document-too-large");
    }
    if bytes.starts_with(b"%PDF-") {
        let tail = &bytes[bytes.len().saturating_sub(2048)..];
        return if contains(tail, b"%%EOF") {
            Ok(PDF)
        } else {
            Err("document-type-invalid")
        };
    }
    if bytes.starts_with(b"PK\x03\x04") {
        // OpenDocument: an uncompressed `mimetype` entry comes first.
        if bytes.len() > 38 && &bytes[30..38] == b"mimetype" {
            let rest = &bytes[38..bytes.len().min(38 + 80)];
            for (mime, ext) in [
                ("application/vnd.oasis.opendocument.text", "odt"),
                ("application/vnd.oasis.opendocument.presentation", "odp"),
                ("application/vnd.oasis.opendocument.spreadsheet", "ods"),
            ] {
                if rest.starts_with(mime.as_bytes()) {
                    return Ok(DocumentKind {
                        content_type: mime,
                        extension: ext,
                    });
                }
            }
            return Err("document-type-invalid");
        }
        // Office Open XML: a content-types part and the application's folder.
        if contains(bytes, b"[Content_Types].xml") {
            for (folder, mime, ext) in [
                (
                    &b"word/"[..],
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                    "docx",
                ),
                (
                    &b"ppt/"[..],
                    "application/vnd.openxmlformats-officedocument.presentationml.presentation",
                    "pptx",
                ),
                (
                    &b"xl/"[..],
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    "xlsx",
                ),
            ] {
                if contains(bytes, folder) {
                    return Ok(DocumentKind {
                        content_type: mime,
                        extension: ext,
                    });
                }
            }
        }
    }
    Err("document-type-invalid")
}

/// A download name from the uploaded name: ASCII letters, digits, `-`, `_`
/// and `.` (others become `-`), at most 80 long, ending in the format's
/// extension.
pub fn safe_file_name(uploaded: &str, kind: DocumentKind) -> String {
    let file = uploaded.rsplit(['/', '\\']).next().unwrap_or("");
    let base = file.rsplit_once('.').map(|(b, _)| b).unwrap_or(file);
    let mut name: String = base
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '-'
            }
        })
        .collect();
    while name.contains("--") {
        name = name.replace("--", "-");
    }
    let name = name.trim_matches('-');
    let name: String = name.chars().take(80).collect();
    let name = if name.is_empty() { "document" } else { &name };
    format!("{name}.{}", kind.extension)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn zip_with(names: &[&str]) -> Vec<u8> {
        let mut b = b"PK\x03\x04".to_vec();
        b.extend_from_slice(&[0; 26]);
        for n in names {
            b.extend_from_slice(n.as_bytes());
            b.extend_from_slice(b"\0\0data\0");
        }
        b
    }

    #[test]
    fn formats_are_known_by_their_content() {
        let pdf = b"%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n%%EOF\n";
        assert_eq!(sniff_document(pdf), Ok(PDF));
        assert_eq!(
            sniff_document(b"%PDF-1.7 truncated"),
            Err("document-type-invalid")
        );
        let docx = zip_with(&["[Content_Types].xml", "word/document.xml"]);
        assert_eq!(sniff_document(&docx).unwrap().extension, "docx");
        let pptx = zip_with(&["[Content_Types].xml", "ppt/slides/slide1.xml"]);
        assert_eq!(sniff_document(&pptx).unwrap().extension, "pptx");
        let mut odp = b"PK\x03\x04".to_vec();
        odp.extend_from_slice(&[0; 26]);
        odp.extend_from_slice(b"mimetypeapplication/vnd.oasis.opendocument.presentationPK");
        assert_eq!(sniff_document(&odp).unwrap().extension, "odp");
        // A zip that is not an office document, HTML, an executable.
        assert_eq!(
            sniff_document(&zip_with(&["evil.exe"])),
            Err("document-type-invalid")
        );
        assert_eq!(
            sniff_document(b"<html><script>alert(1)</script>"),
            Err("document-type-invalid")
        );
        assert_eq!(sniff_document(b"MZ\x90\0"), Err("document-type-invalid"));
        assert_eq!(sniff_document(b""), Err("document-required"));
        let huge = vec![b'%'; MAX_DOCUMENT_BYTES + 1];
        assert_eq!(sniff_document(&huge), Err("document-too-large"));
    }

    #[test]
    fn download_names_are_plain_and_end_in_the_real_extension() {
        assert_eq!(
            safe_file_name("Slides v2 (final).pptx", PDF),
            "Slides-v2-final.pdf"
        );
        assert_eq!(safe_file_name("../../etc/passwd", PDF), "passwd.pdf");
        assert_eq!(
            safe_file_name("C:\\docs\\Rapport été.pdf", PDF),
            "Rapport-t.pdf"
        );
        assert_eq!(safe_file_name("تقرير.pdf", PDF), "document.pdf");
        assert_eq!(safe_file_name("", PDF), "document.pdf");
    }
}
