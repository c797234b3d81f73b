//! The look of each node: shape and fill by source kind or claim score,
//! labels and tooltips, a document's link to its URL (a plain http(s) address
//! only), and which nodes a picture leaves out.

use graphviz_rust::dot_structures::Attribute;

use super::options::DotOptions;
use super::values::{
    attr, plain, quoted, shorten, shorten_lines, wrap, CLAIM_LABEL_CHARS, NAME_LABEL_CHARS,
    TOOLTIP_CHARS, WRAP_CHARS,
};
use crate::export::json::WireNode;

/// Fill colour and shape of a source by its kind: people round, bodies square.
pub(super) fn source_look(source_type: &str) -> (&'static str, &'static str) {
    match source_type {
        "person" => ("ellipse", "lightblue"),
        "unnamed" => ("ellipse", "lightgrey"),
        "organization" => ("box", "wheat"),
        "government" => ("box", "lightsalmon"),
        "media" => ("box", "plum"),
        "publisher" => ("box", "thistle"),
        _ => ("box", "white"),
    }
}

/// Fill colour of a claim by credibility score.
pub(super) fn claim_fill(score: u8) -> &'static str {
    match score {
        1 | 2 => "palegreen",
        3 => "lightyellow",
        4 | 5 => "mistyrose",
        _ => "white",
    }
}

pub(super) fn is_drawn(node: &WireNode, options: &DotOptions) -> bool {
    match node {
        WireNode::Document { .. } => options.include_documents,
        WireNode::Subject { .. } => options.include_subjects,
        WireNode::Source { .. } | WireNode::Claim { .. } => true,
    }
}

pub(super) fn node_attributes(node: &WireNode) -> Vec<Attribute> {
    match node {
        WireNode::Document {
            path,
            publisher,
            date,
            title,
            url,
            ..
        } => {
            let mut tooltip = path.clone();
            for field in [title, publisher, date].into_iter().flatten() {
                tooltip.push('\n');
                tooltip.push_str(field);
            }
            let label = title.as_deref().unwrap_or(path);
            let mut attributes = vec![
                attr("shape", plain("folder")),
                attr(
                    "label",
                    quoted(&wrap(&shorten(label, NAME_LABEL_CHARS), WRAP_CHARS)),
                ),
                attr("tooltip", quoted(&shorten_lines(&tooltip, TOOLTIP_CHARS))),
                attr("fontsize", plain("9")),
            ];
            if let Some(url) = url.as_deref().filter(|url| is_plain_link(url)) {
                attributes.push(attr("URL", quoted(url)));
                attributes.push(attr("target", quoted("_blank")));
            }
            attributes
        }
        WireNode::Source {
            name,
            source_type,
            aliases,
            affiliation,
            ..
        } => {
            let (shape, fill) = source_look(source_type);
            let mut tooltip = format!("{name} ({source_type})");
            if !affiliation.is_empty() {
                tooltip.push_str(&format!("\nmember of: {}", affiliation.join(", ")));
            }
            if !aliases.is_empty() {
                tooltip.push_str(&format!("\nalso: {}", aliases.join(", ")));
            }
            vec![
                attr("shape", plain(shape)),
                attr("style", plain("filled")),
                attr("fillcolor", plain(fill)),
                attr(
                    "label",
                    quoted(&wrap(&shorten(name, NAME_LABEL_CHARS), WRAP_CHARS)),
                ),
                attr("tooltip", quoted(&shorten_lines(&tooltip, TOOLTIP_CHARS))),
            ]
        }
        WireNode::Claim {
            text,
            sources,
            deniers,
            independent_sources,
            credibility,
            circular,
            ..
        } => {
            let label = format!(
                "{}\n{}",
                wrap(&shorten(text, CLAIM_LABEL_CHARS), WRAP_CHARS),
                count_label(sources.len(), deniers.len(), *independent_sources)
            );
            let mut tooltip = format!(
                "{}\ncredibility: {} ({}) {}",
                shorten(text, TOOLTIP_CHARS),
                credibility.label(),
                credibility.score,
                credibility.reason(*independent_sources)
            );
            if *circular {
                tooltip.push_str("\ncircular reporting");
            }
            vec![
                attr("shape", plain("note")),
                attr("style", plain("filled")),
                attr("fillcolor", plain(claim_fill(credibility.score))),
                attr("label", quoted(&label)),
                attr(
                    "tooltip",
                    quoted(&shorten_lines(&tooltip, TOOLTIP_CHARS * 2)),
                ),
            ]
        }
        WireNode::Subject { name, .. } => vec![
            attr("shape", plain("box")),
            attr("style", quoted("rounded,filled")),
            attr("fillcolor", plain("grey95")),
            attr("fontsize", plain("8")),
            attr("height", plain("0.2")),
            attr("label", quoted(&shorten(name, NAME_LABEL_CHARS))),
            attr("tooltip", quoted(&shorten(name, TOOLTIP_CHARS))),
        ],
    }
}

/// Longest URL a document node links to.
const MAX_URL_BYTES: usize = 2000;

/// True for an `http://` or `https://` address of visible ASCII that holds
/// nothing markup or DOT could read otherwise (no quote, angle bracket,
/// backslash, space or control): only such a URL becomes a link.
pub(crate) fn is_plain_link(url: &str) -> bool {
    let lower = url.get(..8).unwrap_or(url).to_ascii_lowercase();
    (lower.starts_with("https://") || lower.starts_with("http://"))
        && url.len() <= MAX_URL_BYTES
        && url
            .bytes()
            .all(|b| b.is_ascii_graphic() && !b"\"'<>\\`{}|^".contains(&b))
}

/// "[2 independent]" under a claim, or "[denied by 2 independent]" when its
/// sources only deny it: a denial is no corroboration.
pub(crate) fn count_label(sources: usize, deniers: usize, independent: usize) -> String {
    if deniers > 0 && sources == 0 {
        format!("[denied by {independent} independent]")
    } else {
        format!("[{independent} independent]")
    }
}
