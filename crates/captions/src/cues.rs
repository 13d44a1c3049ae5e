//! Captions and their formats: WebVTT (what browsers show and the platform stores), SRT,
//! plain text and JSON.

use serde::{Deserialize, Serialize};

/// One caption: what was said from `start` to `end` (milliseconds from the start).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Cue {
    pub start: i64,
    pub end: i64,
    pub text: String,
}

/// A format captions are written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Vtt,
    Srt,
    Txt,
    Json,
}

impl Format {
    pub fn parse(s: &str) -> Option<Format> {
        match s {
            "vtt" => Some(Format::Vtt),
            "srt" => Some(Format::Srt),
            "txt" => Some(Format::Txt),
            "json" => Some(Format::Json),
            _ => None,
        }
    }
    pub fn media_type(self) -> &'static str {
        match self {
            Format::Vtt => "text/vtt; charset=utf-8",
            Format::Srt => "application/x-subrip; charset=utf-8",
            Format::Txt => "text/plain; charset=utf-8",
            Format::Json => "application/json",
        }
    }
}

/// `HH:MM:SS.mmm` (WebVTT) or `HH:MM:SS,mmm` (SRT).
fn timestamp(ms: i64, sep: char) -> String {
    let ms = ms.max(0);
    format!(
        "{:02}:{:02}:{:02}{sep}{:03}",
        ms / 3_600_000,
        ms / 60_000 % 60,
        ms / 1000 % 60,
        ms % 1000
    )
}

/// A cue's text as one caption: its lines trimmed, empty lines dropped (a blank line
/// would end the cue), and in WebVTT `&`, `<` and `>` escaped and "-->" broken.
fn cue_text(text: &str, vtt: bool) -> String {
    let lines: Vec<String> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(|l| {
            if vtt {
                l.replace('&', "&amp;")
                    .replace('<', "&lt;")
                    .replace('>', "&gt;")
            } else {
                l.replace("-->", "->")
            }
        })
        .collect();
    lines.join("\n")
}

/// Writes captions in a format (cues without text are left out).
pub fn write(cues: &[Cue], format: Format) -> String {
    let cues: Vec<&Cue> = cues.iter().filter(|c| !c.text.trim().is_empty()).collect();
    match format {
        Format::Vtt => {
            let mut out = String::from("WEBVTT\n");
            for c in cues {
                out.push_str(&format!(
                    "\n{} --> {}\n{}\n",
                    timestamp(c.start, '.'),
                    timestamp(c.end.max(c.start), '.'),
                    cue_text(&c.text, true)
                ));
            }
            out
        }
        Format::Srt => {
            let mut out = String::new();
            for (i, c) in cues.iter().enumerate() {
                out.push_str(&format!(
                    "{}\n{} --> {}\n{}\n\n",
                    i + 1,
                    timestamp(c.start, ','),
                    timestamp(c.end.max(c.start), ','),
                    cue_text(&c.text, false)
                ));
            }
            out
        }
        Format::Txt => {
            let mut out = String::new();
            for c in cues {
                out.push_str(&c.text.split_whitespace().collect::<Vec<_>>().join(" "));
                out.push('\n');
            }
            out
        }
        Format::Json => serde_json::to_string_pretty(&cues).unwrap_or_else(|_| "[]".into()),
    }
}

/// Reads WebVTT captions (what [`write`] writes, and what other tools write: cue
/// identifiers, settings after the times, `NOTE` blocks and hours left out are
/// accepted). `None` when the text is not WebVTT.
pub fn parse_vtt(text: &str) -> Option<Vec<Cue>> {
    let text = text
        .strip_prefix('\u{feff}')
        .unwrap_or(text)
        .replace("\r\n", "\n");
    let mut blocks = text.split("\n\n");
    let head = blocks.next()?;
    if !(head == "WEBVTT"
        || head.starts_with("WEBVTT ")
        || head.starts_with("WEBVTT\n")
        || head.starts_with("WEBVTT\t"))
    {
        return None;
    }
    let time = |s: &str| -> Option<i64> {
        let (hms, ms) = s.trim().split_once('.')?;
        let parts: Vec<i64> = hms
            .split(':')
            .map(|p| p.parse().ok())
            .collect::<Option<_>>()?;
        let (h, m, s) = match parts.as_slice() {
            [h, m, s] => (*h, *m, *s),
            [m, s] => (0, *m, *s),
            _ => return None,
        };
        Some(((h * 60 + m) * 60 + s) * 1000 + ms.parse::<i64>().ok()?)
    };
    let mut cues = Vec::new();
    for block in blocks {
        let mut lines = block.lines().filter(|l| !l.is_empty()).peekable();
        let Some(first) = lines.peek().copied() else {
            continue;
        };
        if first.starts_with("NOTE") || first.starts_with("STYLE") || first.starts_with("REGION") {
            continue;
        }
        let timing = if first.contains("-->") {
            lines.next()?
        } else {
            lines.next();
            lines.next()?
        };
        let (a, rest) = timing.split_once("-->")?;
        let b = rest.split_whitespace().next()?;
        let body: Vec<&str> = lines.collect();
        cues.push(Cue {
            start: time(a)?,
            end: time(b)?,
            text: body
                .join("\n")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&amp;", "&"),
        });
    }
    Some(cues)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cues() -> Vec<Cue> {
        vec![
            Cue {
                start: 1_500,
                end: 4_250,
                text: " Welcome to the WSIS Forum. ".into(),
            },
            Cue {
                start: 3_723_004,
                end: 3_725_000,
                text: "Q&A: <b>C7</b> --> next\n\nsecond line".into(),
            },
            Cue {
                start: 5_000,
                end: 6_000,
                text: "  ".into(),
            },
        ]
    }

    #[test]
    fn webvtt_escapes_and_reads_back() {
        let vtt = write(&cues(), Format::Vtt);
        assert_eq!(
            vtt,
            "WEBVTT\n\n00:00:01.500 --> 00:00:04.250\nWelcome to the WSIS Forum.\n\n01:02:03.004 --> 01:02:05.000\nQ&amp;A: &lt;b&gt;C7&lt;/b&gt; --&gt; next\nsecond line\n"
        );
        let back = parse_vtt(&vtt).unwrap();
        assert_eq!(back.len(), 2);
        assert_eq!(back[1].text, "Q&A: <b>C7</b> --> next\nsecond line");
        assert_eq!((back[1].start, back[1].end), (3_723_004, 3_725_000));
    }

    #[test]
    fn srt_numbers_cues_with_commas() {
        let srt = write(&cues(), Format::Srt);
        assert!(srt.starts_with(
            "1\n00:00:01,500 --> 00:00:04,250\nWelcome to the WSIS Forum.\n\n2\n01:02:03,004"
        ));
        assert!(srt.contains("Q&A: <b>C7</b> -> next\nsecond line"));
        assert!(!srt.contains("\n3\n"));
    }

    #[test]
    fn text_and_json() {
        assert_eq!(
            write(&cues(), Format::Txt),
            "Welcome to the WSIS Forum.\nQ&A: <b>C7</b> --> next second line\n"
        );
        let json: Vec<Cue> = serde_json::from_str(&write(&cues(), Format::Json)).unwrap();
        assert_eq!(json.len(), 2);
        assert_eq!(Format::parse("vtt"), Some(Format::Vtt));
        assert_eq!(Format::parse("docx"), None);
    }

    #[test]
    fn other_tools_webvtt_is_read_and_other_text_is_not() {
        let other = "WEBVTT - made elsewhere\r\n\r\nNOTE a comment\r\n\r\ncue-1\r\n00:01.000 --> 00:02.500 align:start\r\nHello\r\n";
        assert_eq!(
            parse_vtt(other).unwrap(),
            vec![Cue {
                start: 1000,
                end: 2500,
                text: "Hello".into()
            }]
        );
        assert!(parse_vtt("1\n00:00:01,000 --> 00:00:02,000\nSRT\n").is_none());
        assert!(parse_vtt("WEBVTTX\n").is_none());
    }
}
