//! SVG of the graph: Graphviz `dot -Tsvg` when it is on PATH, else the pure-Rust
//! layout-rs for small graphs, else a note saying how to get a picture.
//!
//! Runs an external program, so it belongs to the world-touching export stage;
//! it never prints: `dot`'s warnings are returned to the caller.

use std::io::{self, Write};
use std::process::{Command, Stdio};

use layout::backends::svg::SVGWriter;
use layout::core::base::Orientation;
use layout::core::color::Color;
use layout::core::style::{LineStyleKind, StyleAttr};
use layout::std_shapes::render::get_shape_size;
use layout::std_shapes::shapes::{Arrow, Element, LineEndKind, ShapeKind};
use layout::topo::layout::VisualGraph;

use crate::error::{Error, Result};

use super::dot::shorten;
use super::json::{NodeLinkGraph, WireEdgeData, WireNode};

/// Graphs with more nodes than this are not drawn by layout-rs.
pub const LAYOUT_RS_MAX_NODES: usize = 200;

/// Graphs with more nodes than this are not handed to Graphviz either: `dot`
/// takes hours on tens of thousands of nodes, and the picture is unreadable.
pub const GRAPHVIZ_MAX_NODES: usize = 3_000;

/// How to get a picture when none was drawn.
const HOW_TO_DRAW: &str =
    "install Graphviz (e.g. apt-get install graphviz) or use `attrgraph render --claim ID`";

/// Font size of every layout-rs text; one size keeps its SVG output deterministic
/// (it emits font classes from a hash map).
const FONT_SIZE: usize = 12;

/// What came of drawing the graph.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SvgOutcome {
    /// Drawn by Graphviz `dot`.
    Graphviz {
        /// The SVG document.
        svg: String,
        /// What `dot` wrote on stderr (warnings), trimmed; empty when nothing.
        warnings: String,
    },
    /// Drawn by the pure-Rust layout-rs, because `dot` is not on PATH.
    LayoutRs {
        /// The SVG document.
        svg: String,
    },
    /// Not drawn.
    Skipped {
        /// Why, and how to get a picture.
        note: String,
    },
}

impl SvgOutcome {
    /// The SVG document, when one was drawn.
    pub fn svg(&self) -> Option<&str> {
        match self {
            SvgOutcome::Graphviz { svg, .. } | SvgOutcome::LayoutRs { svg } => Some(svg),
            SvgOutcome::Skipped { .. } => None,
        }
    }

    /// Something the user should hear about: `dot`'s warnings, the fallback used,
    /// or why nothing was drawn.
    pub fn note(&self) -> Option<String> {
        match self {
            SvgOutcome::Graphviz { warnings, .. } if warnings.is_empty() => None,
            SvgOutcome::Graphviz { warnings, .. } => Some(format!("graphviz: {warnings}")),
            SvgOutcome::LayoutRs { .. } => Some(format!(
                "`dot` not found on PATH; drew the SVG with the built-in layout, {HOW_TO_DRAW} for a better one"
            )),
            SvgOutcome::Skipped { note } => Some(note.clone()),
        }
    }
}

/// Draws `dot` (the DOT text of `graph`, or of the part of it drawn) as SVG.
/// Fails only when `dot` is present but cannot run or rejects the input.
pub fn render_svg(dot: &str, graph: &NodeLinkGraph) -> Result<SvgOutcome> {
    let n_nodes = graph.nodes.len();
    if n_nodes > GRAPHVIZ_MAX_NODES {
        return Ok(SvgOutcome::Skipped {
            note: format!(
                "graph too large to draw ({n_nodes} nodes, at most {GRAPHVIZ_MAX_NODES}); \
                 use `attrgraph render --claim ID` for one claim's neighbourhood"
            ),
        });
    }
    match run_dot(dot) {
        Ok(outcome) => Ok(outcome),
        Err(DotRun::Missing) if n_nodes <= LAYOUT_RS_MAX_NODES => Ok(SvgOutcome::LayoutRs {
            svg: layout_rs_svg(graph),
        }),
        Err(DotRun::Missing) => Ok(SvgOutcome::Skipped {
            note: format!(
                "`dot` not found on PATH and the graph is too large for the built-in layout \
                 ({n_nodes} nodes, at most {LAYOUT_RS_MAX_NODES}); {HOW_TO_DRAW}"
            ),
        }),
        Err(DotRun::Failed(message)) => Err(Error::Dot { message }),
    }
}

enum DotRun {
    Missing,
    Failed(String),
}

/// Runs `dot -Tsvg`, feeding it on stdin from a thread so that a large output
/// cannot deadlock the pipe.
fn run_dot(dot: &str) -> std::result::Result<SvgOutcome, DotRun> {
    let child = Command::new("dot")
        .arg("-Tsvg")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn();
    let mut child = match child {
        Ok(child) => child,
        Err(err) if err.kind() == io::ErrorKind::NotFound => return Err(DotRun::Missing),
        Err(err) => return Err(DotRun::Failed(format!("cannot run it: {err}"))),
    };
    let mut stdin = child.stdin.take().expect("piped stdin");
    let output = std::thread::scope(|scope| {
        let feeder = scope.spawn(move || stdin.write_all(dot.as_bytes()));
        let output = child.wait_with_output();
        let fed = feeder
            .join()
            .unwrap_or_else(|_| Err(io::Error::other("feeder panicked")));
        (output, fed)
    });
    let output = match output {
        (Ok(output), _) => output,
        (Err(err), _) => return Err(DotRun::Failed(format!("cannot run it: {err}"))),
    };
    let warnings = String::from_utf8_lossy(&output.stderr).trim().to_string();
    if !output.status.success() {
        let status = output.status;
        return Err(DotRun::Failed(if warnings.is_empty() {
            status.to_string()
        } else {
            warnings
        }));
    }
    match String::from_utf8(output.stdout) {
        Ok(svg) => Ok(SvgOutcome::Graphviz { svg, warnings }),
        Err(_) => Err(DotRun::Failed("its SVG is not UTF-8".to_string())),
    }
}

/// Text handed to layout-rs: control characters dropped. Its SVG backend
/// escapes `&`, `<`, `>`, `"` and `'` itself (layout-rs 0.1.3, checked by the
/// well-formedness test), so escaping here too would show `&amp;` in the picture.
fn layout_text(text: &str) -> String {
    text.chars()
        .filter(|c| *c == '\n' || !c.is_control())
        .collect()
}

fn look(line: &str, fill: &str) -> StyleAttr {
    StyleAttr::new(Color::fast(line), 1, Some(Color::fast(fill)), 0, FONT_SIZE)
}

/// The graph drawn by layout-rs, from the node-link graph itself (not the DOT
/// text): sources, claims, documents and subjects, every edge kind.
fn layout_rs_svg(graph: &NodeLinkGraph) -> String {
    let orientation = Orientation::TopToBottom;
    let mut visual = VisualGraph::new(orientation);
    let mut handles = std::collections::HashMap::new();
    for node in &graph.nodes {
        let (shape, fill) = match node {
            WireNode::Document { path, title, .. } => (
                ShapeKind::new_box(&layout_text(&shorten(title.as_deref().unwrap_or(path), 30))),
                "white",
            ),
            WireNode::Source {
                name, source_type, ..
            } => {
                let label = layout_text(&shorten(name, 30));
                match source_type.as_str() {
                    "person" | "unnamed" => (ShapeKind::new_circle(&label), "lightblue"),
                    _ => (ShapeKind::new_box(&label), "wheat"),
                }
            }
            WireNode::Claim {
                text,
                independent_sources,
                ..
            } => {
                let label = format!(
                    "{}\n[{independent_sources} independent]",
                    layout_text(&shorten(text, 40))
                );
                (ShapeKind::new_box(&label), "lightyellow")
            }
            WireNode::Subject { name, .. } => (
                ShapeKind::new_box(&layout_text(&shorten(name, 30))),
                "white",
            ),
        };
        let size = get_shape_size(orientation, &shape, FONT_SIZE, false);
        let element = Element::create(shape, look("black", fill), orientation, size);
        handles.insert(node.id(), visual.add_node(element));
    }
    for edge in &graph.edges {
        let (Some(&from), Some(&to)) = (
            handles.get(edge.source.as_str()),
            handles.get(edge.target.as_str()),
        ) else {
            continue;
        };
        let (line, colour, label) = match &edge.data {
            WireEdgeData::Asserts(_) => (LineStyleKind::Normal, "green", String::new()),
            WireEdgeData::Denies(_) => (LineStyleKind::Dashed, "red", "denies".to_string()),
            WireEdgeData::Relays { .. } => (LineStyleKind::Dashed, "blue", "relays".to_string()),
            WireEdgeData::Contradicts { reason } => (
                LineStyleKind::Normal,
                "red",
                layout_text(&shorten(reason, 30)),
            ),
            WireEdgeData::MemberOf {} | WireEdgeData::About {} | WireEdgeData::Published {} => {
                (LineStyleKind::Dotted, "gray", String::new())
            }
        };
        let arrow = Arrow::new(
            LineEndKind::None,
            LineEndKind::Arrow,
            line,
            &label,
            &look(colour, "white"),
            &None,
            &None,
        );
        visual.add_edge(arrow, from, to);
    }
    let mut writer = SVGWriter::new();
    visual.do_it(false, false, false, &mut writer);
    writer.finalize()
}

#[cfg(test)]
pub(crate) fn layout_rs_for_test(graph: &NodeLinkGraph) -> String {
    layout_rs_svg(graph)
}
