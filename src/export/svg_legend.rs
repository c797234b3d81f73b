//! The legend of a picture drawn by the built-in renderer (Graphviz draws the
//! legend of the DOT text itself): the built-in renderer's own looks (fewer
//! than Graphviz's, see `builtin.rs`), as SVG swatches and text set to the
//! right of the layout, the canvas widened to hold them. Every word is ours,
//! and escaped all the same. Pure.

use std::collections::BTreeSet;

use super::dot::legend::{Entry, COUNT_NOTE};
use super::json::{NodeLinkGraph, WireNode};
use super::node_link::edge_kind;

/// Width of the legend column, and the height of one of its lines.
const LEGEND_WIDTH: f64 = 300.0;
const LINE_HEIGHT: f64 = 18.0;

/// `svg` (layout-rs output: a root `<svg width=W height=H viewBox="0 0 W H">`)
/// with the legend of `graph` on its right; unchanged when its root is not of
/// that form or the graph is empty.
pub fn with_legend(svg: String, graph: &NodeLinkGraph) -> String {
    if graph.nodes.is_empty() {
        return svg;
    }
    let Some((width, height, root)) = root_size(&svg) else {
        return svg;
    };
    let lines = entries(graph);
    let (x, mut y) = (width + 20.0, 24.0);
    let mut group =
        String::from("<g class=\"legend\" font-family=\"sans-serif\" font-size=\"12\">\n");
    group.push_str(&format!(
        "<text x=\"{x}\" y=\"{y}\" font-weight=\"bold\">legend</text>\n"
    ));
    for entry in &lines {
        let top = y;
        y += LINE_HEIGHT;
        let swatch = if entry.is_edge {
            format!(
                "<line x1=\"{x}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"{}\" stroke-width=\"2\"{}/>",
                top + LINE_HEIGHT - 5.0,
                x + 26.0,
                top + LINE_HEIGHT - 5.0,
                entry.colour,
                match entry.words.split(':').next() {
                    Some("dashed") => " stroke-dasharray=\"6,3\"",
                    Some("dotted") => " stroke-dasharray=\"2,2\"",
                    _ => "",
                }
            )
        } else {
            format!(
                "<rect x=\"{x}\" y=\"{}\" width=\"26\" height=\"13\" fill=\"{}\" stroke=\"black\" stroke-width=\"0.5\"/>",
                top + LINE_HEIGHT - 12.0,
                entry.colour
            )
        };
        let words = if entry.is_edge {
            escape(&entry.words)
        } else {
            escape(&format!("{} ({})", entry.words, entry.swatch))
        };
        group.push_str(&format!(
            "{swatch}<text x=\"{}\" y=\"{y}\">{words}</text>\n",
            x + 34.0
        ));
    }
    y += LINE_HEIGHT;
    group.push_str(&format!(
        "<text x=\"{x}\" y=\"{y}\">{}</text>\n</g>\n",
        escape(COUNT_NOTE)
    ));
    let (new_width, new_height) = (width + LEGEND_WIDTH, height.max(y + 12.0));
    let new_root = format!(
        "<svg width=\"{new_width}\" height=\"{new_height}\" viewBox=\"0 0 {new_width} {new_height}\""
    );
    let Some(close) = svg.rfind("</svg>") else {
        return svg;
    };
    let mut out = String::with_capacity(svg.len() + group.len() + 64);
    out.push_str(&svg[..root.0]);
    out.push_str(&new_root);
    out.push_str(&svg[root.1..close]);
    out.push_str(&group);
    out.push_str(&svg[close..]);
    out
}

/// Width and height of the root element, and the byte range of its
/// `<svg width=".." height=".." viewBox=".."` opening.
fn root_size(svg: &str) -> Option<(f64, f64, (usize, usize))> {
    let start = svg.find("<svg width=\"")?;
    let rest = &svg[start..];
    let attribute = |name: &str| -> Option<(&str, usize)> {
        let at = rest.find(&format!(" {name}=\""))? + name.len() + 3;
        let len = rest[at..].find('"')?;
        Some((&rest[at..at + len], at + len + 1))
    };
    let (width, _) = attribute("width")?;
    let (height, _) = attribute("height")?;
    let (view_box, end) = attribute("viewBox")?;
    let (width, height): (f64, f64) = (width.parse().ok()?, height.parse().ok()?);
    if view_box != format!("0 0 {width} {height}") || end > rest.find('>')? {
        return None;
    }
    Some((width, height, (start, start + end)))
}

/// The looks `builtin.rs` gives, for what the graph holds.
fn entries(graph: &NodeLinkGraph) -> Vec<Entry> {
    let has = |wanted: &dyn Fn(&WireNode) -> bool| graph.nodes.iter().any(wanted);
    let kinds: BTreeSet<&str> = graph.edges.iter().map(|e| edge_kind(&e.data)).collect();
    let mut lines = Vec::new();
    let mut node = |present: bool, colour, swatch, words: &str| {
        if present {
            lines.push(Entry {
                colour,
                swatch,
                words: words.to_string(),
                is_edge: false,
            });
        }
    };
    let person = |node: &WireNode| {
        matches!(node, WireNode::Source { source_type, .. }
            if source_type == "person" || source_type == "unnamed")
    };
    node(
        has(&person),
        "lightblue",
        "oval",
        "source: person or unnamed",
    );
    node(
        has(&|n| matches!(n, WireNode::Source { .. }) && !person(n)),
        "wheat",
        "box",
        "source: body, government, outlet",
    );
    node(
        has(&|n| matches!(n, WireNode::Claim { .. })),
        "lightyellow",
        "box",
        "claim",
    );
    node(
        has(&|n| matches!(n, WireNode::Document { .. } | WireNode::Subject { .. })),
        "white",
        "box",
        "document or subject",
    );
    for (present, colour, words) in [
        (kinds.contains("asserts"), "green", "solid: asserts"),
        (
            kinds.contains("denies") || kinds.contains("contradicts"),
            "red",
            "dashed: denies or contradicts",
        ),
        (kinds.contains("relays"), "blue", "dashed: relays"),
        (
            ["member_of", "about", "published"]
                .iter()
                .any(|kind| kinds.contains(kind)),
            "gray",
            "dotted: member of, about, published by",
        ),
    ] {
        if present {
            lines.push(Entry {
                colour,
                swatch: "→",
                words: words.to_string(),
                is_edge: true,
            });
        }
    }
    lines
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::builtin;
    use crate::export::node_link;
    use crate::export::testdata::sample_graph;

    #[test]
    fn the_builtin_picture_carries_a_legend_and_stays_well_formed() {
        let wire = node_link(&sample_graph());
        let svg = builtin::draw(&wire).expect("the sample is small");
        let with = with_legend(svg.clone(), &wire);
        assert!(with.len() > svg.len());
        for expect in [
            "class=\"legend\"",
            "source: person",
            "dashed: denies",
            "independent",
        ] {
            assert!(with.contains(expect), "{expect:?} missing");
        }
        let options = roxmltree::ParsingOptions {
            allow_dtd: true,
            ..Default::default()
        };
        let document = roxmltree::Document::parse_with_options(&with, options).unwrap();
        let root = document.root_element();
        let width: f64 = root.attribute("width").unwrap().parse().unwrap();
        let (old, _, _) = root_size(&svg).unwrap();
        assert_eq!(width, old + LEGEND_WIDTH);
        // Anything else is left as it is.
        assert_eq!(with_legend("<svg/>".to_string(), &wire), "<svg/>");
    }
}
