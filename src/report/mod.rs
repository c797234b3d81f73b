//! `attrgraph report`: one self-contained HTML file for a built output folder.
//! The claims, read from `attrgraph.sqlite` (`data.rs`), travel as a JSON data
//! block; a small hand-written script (`report.js`) makes them searchable and
//! filterable (publisher, date, credibility, contradicted, independent
//! sources), pages through them, and opens each one on its origins, evidence
//! sentences with the path to the article and a link to it (`url#:~:text=`),
//! contradictions side by side, and its neighbourhood drawn; `report.css`
//! styles it. Everything is inline and a Content-Security-Policy forbids any
//! fetch, so the file works from `file://` without a network.
//!
//! Article text never becomes markup: in the data block `<`, `>` and `&` are
//! JSON escapes, and the script puts text into the page only through
//! `textContent` and attribute setters. Reads the set; writes only to its sink.

mod data;

use std::io::{self, Write};
use std::path::Path;

use crate::error::{Error, Result};
use crate::query::Store;

pub use data::{ReportData, EVIDENCE_PER_CLAIM};

const SCRIPT: &str = include_str!("report.js");
const STYLE: &str = include_str!("report.css");

/// What [`write()`] wrote.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ReportSummary {
    /// Claims in the report.
    pub claims: usize,
}

/// Writes the report of the output set in `dir` to `out`.
pub fn write(dir: &Path, out: &mut dyn Write) -> Result<ReportSummary> {
    let store = Store::open(dir)?;
    let data = data::read(store.connection()).map_err(|err| Error::Read {
        path: store.path().to_path_buf(),
        source: io::Error::other(err),
    })?;
    let page = page(&data, &dir.display().to_string());
    out.write_all(page.as_bytes())
        .map_err(|source| Error::Write {
            path: dir.to_path_buf(),
            source,
        })?;
    Ok(ReportSummary {
        claims: data.claims.len(),
    })
}

/// The whole page.
pub fn page(data: &ReportData, title: &str) -> String {
    let json = script_safe_json(data);
    let title = escape_html(title);
    format!(
        r#"<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="attrgraph {version}">
<title>attrgraph report: {title}</title>
<style>
{STYLE}</style>
</head>
<body>
<header><h1>Who said what: {title}</h1><div class="counts" id="counts"></div></header>
<div id="controls">
<label>Search claims, sources, sentences<input id="search" type="search" placeholder="words…" autofocus></label>
<label>Publisher<select id="publisher"><option value="">any</option></select></label>
<label>Reported since<input id="since" type="date"></label>
<label>until<input id="until" type="date"></label>
<label>Credibility<select id="credibility"><option value="0">any</option><option value="1">1 confirmed</option><option value="2">2 or better</option><option value="3">3 or better</option><option value="4">4 or better</option></select></label>
<label>Independent sources ≥<input id="min" type="number" min="0" value="0" style="width:5em"></label>
<label><span>Contradicted</span><input id="contradicted" type="checkbox"></label>
</div>
<main>
<div id="legend"><span><b>Number</b>: independent sources after merging sources that are not independent</span>
<span><i class="swatch" style="background:#1f4e8c"></i>claim</span>
<span><i class="swatch" style="background:#2e8b57"></i>source asserting</span>
<span><i class="swatch" style="background:#b3261e"></i>source denying</span>
<span><i class="swatch" style="background:#e08a00"></i>contradicting claim</span>
<span>Credibility: Admiralty scale, 1 confirmed … 6 cannot be judged</span></div>
<div id="status">Loading…</div>
<div id="claims"></div>
<button id="more" hidden>Show more</button>
<noscript>This report needs JavaScript to list the claims; the same data is in attrgraph.sqlite and claims.csv.</noscript>
</main>
<script type="application/json" id="data">{json}</script>
<script>
{SCRIPT}</script>
</body>
</html>
"#,
        version = env!("CARGO_PKG_VERSION"),
    )
}

/// JSON that can sit in a `<script>` element: `<`, `>` and `&` as `\u` escapes,
/// so no `</script>` or `<!--` in article text ends the block.
fn script_safe_json(data: &ReportData) -> String {
    let json = serde_json::to_string(data).expect("report data serialize");
    let mut safe = String::with_capacity(json.len() + json.len() / 64);
    for ch in json.chars() {
        match ch {
            '<' => safe.push_str("\\u003c"),
            '>' => safe.push_str("\\u003e"),
            '&' => safe.push_str("\\u0026"),
            '\u{2028}' => safe.push_str("\\u2028"),
            '\u{2029}' => safe.push_str("\\u2029"),
            _ => safe.push(ch),
        }
    }
    safe
}

/// Text for HTML element content and attribute values.
fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn article_text_cannot_end_the_data_block_or_become_markup() {
        let mut data = ReportData::default();
        data.publishers
            .push("</script><script>alert(1)</script><!-- & \u{2028}".to_string());
        let page = page(&data, "<b>out</b>");
        assert!(!page.contains("alert(1)</script>"), "{page}");
        assert!(page.contains("\\u003c/script\\u003e\\u003cscript\\u003ealert(1)"));
        assert!(page.contains("Who said what: &lt;b&gt;out&lt;/b&gt;"));
        assert_eq!(page.matches("</script>").count(), 2, "only the page's own");
        let json_start = page.find(r#"id="data">"#).unwrap() + r#"id="data">"#.len();
        let json_end = json_start + page[json_start..].find("</script>").unwrap();
        let back: serde_json::Value = serde_json::from_str(&page[json_start..json_end]).unwrap();
        assert_eq!(back["publishers"][0], data.publishers[0]);
    }
}
