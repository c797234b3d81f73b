//! SVG of the graph: Graphviz `dot -Tsvg` when it is on PATH, else the pure-Rust
//! layout-rs for small graphs, else a small placeholder SVG saying why there is
//! no picture and how to get one. Always some valid SVG, never a panic.
//!
//! The built-in renderer (`builtin.rs`) refuses what it would take seconds
//! over or could panic on; an empty graph never reaches any renderer. Its
//! picture gets the legend Graphviz draws from the DOT (`svg_legend.rs`).
//!
//! Runs an external program, so it belongs to the world-touching export stage;
//! it never prints: `dot`'s warnings are returned to the caller.

use std::io::{self, Write};
use std::process::{Command, Stdio};

use crate::error::{Error, Result};

use super::builtin::{self, Refusal, BUILTIN_MAX_EDGES, BUILTIN_MAX_NODES};
use super::json::NodeLinkGraph;

/// Graphs with more nodes than this are not handed to Graphviz either: `dot`
/// takes hours on tens of thousands of nodes, and the picture is unreadable.
pub const GRAPHVIZ_MAX_NODES: usize = 3_000;

/// What the picture of an empty graph says.
const EMPTY_NOTE: &str = "the graph is empty: no article, source or claim to draw";

/// How to get a picture when none was drawn.
const HOW_TO_DRAW: &str =
    "install Graphviz (e.g. apt-get install graphviz) or use `attrgraph render --claim ID`";

/// Who may draw the picture.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Drawer {
    /// Graphviz `dot` when it is on PATH, else the built-in layout.
    #[default]
    Any,
    /// The built-in layout only, as if `dot` were not installed (the CLI's
    /// `ATTRGRAPH_NO_GRAPHVIZ=1`).
    BuiltIn,
}

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
    /// Not drawn: a small SVG saying why (the graph is empty, or too large).
    Placeholder {
        /// The placeholder SVG document, showing the note.
        svg: String,
        /// Why, and how to get a picture.
        note: String,
    },
}

impl SvgOutcome {
    /// The SVG document: the picture, or the placeholder saying why there is none.
    pub fn svg(&self) -> &str {
        match self {
            SvgOutcome::Graphviz { svg, .. }
            | SvgOutcome::LayoutRs { svg }
            | SvgOutcome::Placeholder { svg, .. } => svg,
        }
    }

    fn placeholder(note: String) -> Self {
        SvgOutcome::Placeholder {
            svg: placeholder_svg(&note),
            note,
        }
    }

    /// Something the user should hear about: `dot`'s warnings, the fallback used,
    /// or why nothing was drawn.
    pub fn note(&self) -> Option<String> {
        match self {
            SvgOutcome::Graphviz { warnings, .. } if warnings.is_empty() => None,
            SvgOutcome::Graphviz { warnings, .. } => Some(format!("graphviz: {warnings}")),
            SvgOutcome::LayoutRs { .. } => Some(format!(
                "drew the SVG with the built-in layout (no Graphviz); {HOW_TO_DRAW} for a better one"
            )),
            SvgOutcome::Placeholder { note, .. } => Some(note.clone()),
        }
    }
}

/// Draws `dot` (the DOT text of `graph`, or of the part of it drawn) as SVG,
/// with Graphviz unless `drawer` says otherwise. Fails only when `dot` is
/// present but cannot run or rejects the input; an empty or too large graph
/// gives a [`SvgOutcome::Placeholder`].
pub fn render_svg(dot: &str, graph: &NodeLinkGraph, drawer: Drawer) -> Result<SvgOutcome> {
    let n_nodes = graph.nodes.len();
    let n_edges = graph.edges.len();
    if n_nodes == 0 {
        return Ok(SvgOutcome::placeholder(EMPTY_NOTE.to_string()));
    }
    if n_nodes > GRAPHVIZ_MAX_NODES {
        return Ok(SvgOutcome::placeholder(format!(
            "graph too large to draw ({n_nodes} nodes, at most {GRAPHVIZ_MAX_NODES}); \
             use `attrgraph render --claim ID` for one claim's neighbourhood"
        )));
    }
    let missing = match drawer {
        Drawer::Any => match run_dot(dot) {
            Ok(outcome) => return Ok(outcome),
            Err(DotRun::Failed(message)) => return Err(Error::Dot { message }),
            Err(DotRun::Missing) => "`dot` not found on PATH",
        },
        Drawer::BuiltIn => "Graphviz not used (ATTRGRAPH_NO_GRAPHVIZ)",
    };
    Ok(match builtin::draw(graph) {
        Ok(svg) => SvgOutcome::LayoutRs {
            svg: super::svg_legend::with_legend(svg, graph),
        },
        Err(Refusal::TooLarge { lowered }) => SvgOutcome::placeholder(format!(
            "{missing} and the graph is too large for the built-in renderer \
             ({n_nodes} nodes, {n_edges} edges, {lowered} places to lay out; the limits are \
             {BUILTIN_MAX_NODES} nodes, {BUILTIN_MAX_EDGES} edges, {} places); {HOW_TO_DRAW}",
            builtin::BUILTIN_MAX_LOWERED
        )),
        Err(Refusal::Empty) => SvgOutcome::placeholder(EMPTY_NOTE.to_string()),
        Err(Refusal::Failed) => SvgOutcome::placeholder(format!(
            "{missing} and the built-in renderer failed on this graph; {HOW_TO_DRAW}"
        )),
    })
}

/// A small SVG that shows `note`: why there is no picture.
pub fn placeholder_svg(note: &str) -> String {
    let mut escaped = String::with_capacity(note.len());
    for c in note.chars() {
        match c {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            c if c.is_control() => {}
            c => escaped.push(c),
        }
    }
    let width = 20 + 7 * note.chars().count();
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"40\">\n\
         <text x=\"10\" y=\"25\" font-family=\"sans-serif\" font-size=\"12\">{escaped}</text>\n\
         </svg>\n"
    )
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::builtin;

    fn check_svg(svg: &str) -> String {
        let document = roxmltree::Document::parse(svg).unwrap_or_else(|err| panic!("{err}\n{svg}"));
        assert_eq!(document.root_element().tag_name().name(), "svg");
        document
            .descendants()
            .filter(|node| node.is_text())
            .filter_map(|node| node.text())
            .collect()
    }

    /// Issue 12: no readable article gave an empty graph, and layout-rs
    /// panicked on it ("Sorting an empty graph"); now a small SVG says so.
    #[test]
    fn empty_graph_draws_a_placeholder() {
        let empty = builtin::random_graph_for_test(0, 0);
        for drawer in [Drawer::Any, Drawer::BuiltIn] {
            let outcome = render_svg("digraph attrgraph {}", &empty, drawer).expect("drawn");
            assert!(
                matches!(outcome, SvgOutcome::Placeholder { .. }),
                "{outcome:?}"
            );
            assert!(check_svg(outcome.svg()).contains("the graph is empty"));
        }
    }

    /// Issue 12: past the built-in renderer's limits, a placeholder says to
    /// install Graphviz or draw one claim, at once.
    #[test]
    fn too_large_for_the_builtin_renderer_says_what_to_do() {
        let large = builtin::random_graph_for_test(150, 400);
        let started = std::time::Instant::now();
        let outcome = render_svg("digraph attrgraph {}", &large, Drawer::BuiltIn).expect("drawn");
        assert!(started.elapsed().as_secs_f64() < 1.0);
        let text = check_svg(outcome.svg());
        assert!(
            text.contains("too large for the built-in renderer"),
            "{text}"
        );
        assert!(
            text.contains("install Graphviz") && text.contains("render --claim"),
            "{text}"
        );
        assert_eq!(outcome.note().as_deref(), Some(text.trim()));
    }

    #[test]
    fn builtin_drawer_never_runs_graphviz() {
        let small = builtin::random_graph_for_test(5, 6);
        let outcome = render_svg("not DOT at all", &small, Drawer::BuiltIn).expect("drawn");
        assert!(
            matches!(outcome, SvgOutcome::LayoutRs { .. }),
            "{outcome:?}"
        );
        check_svg(outcome.svg());
    }
}
