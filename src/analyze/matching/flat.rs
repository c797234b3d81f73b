//! The matcher's trees laid out in one array for a fast walk: each node holds
//! its feature, its threshold as a 32-bit float and its children, so a walk
//! reads one node per level instead of five vectors. Decisions are exactly the
//! trees': `f64::from(x as f32) <= t` holds just when `x as f32 <= t32`, with
//! `t32` the largest 32-bit float not above `t`.

use super::features::N;
use super::Tree;

/// The feature number of a leaf.
const LEAF: u32 = u32::MAX;

/// One node: a leaf (feature [`LEAF`]) gives `value`; an inner node goes to
/// `left` when the feature is at most `threshold`, else to `right`.
#[derive(Clone, Copy, Debug)]
struct Node {
    feature: u32,
    threshold: f32,
    left: u32,
    right: u32,
    value: f64,
}

/// All trees, node after node; `roots` holds where each begins.
#[derive(Debug, Default)]
pub struct Forest {
    nodes: Vec<Node>,
    roots: Vec<u32>,
}

impl Forest {
    /// Lays out well-formed trees.
    pub fn of(trees: &[Tree]) -> Forest {
        let mut forest = Forest::default();
        for t in trees {
            let base = forest.nodes.len() as u32;
            forest.roots.push(base);
            for k in 0..t.feature.len() {
                let inner = t.feature[k] >= 0;
                forest.nodes.push(Node {
                    feature: if inner { t.feature[k] as u32 } else { LEAF },
                    threshold: if inner { at_most(t.threshold[k]) } else { 0.0 },
                    left: base + t.left[k].max(0) as u32,
                    right: base + t.right[k].max(0) as u32,
                    value: t.value[k],
                });
            }
        }
        forest
    }

    /// The sum of every tree's leaf for these features, tree after tree.
    pub fn sum(&self, x: &[f64; N]) -> f64 {
        let x: [f32; N] = x.map(|v| v as f32);
        self.roots
            .iter()
            .map(|&root| {
                let mut node = &self.nodes[root as usize];
                while node.feature != LEAF {
                    let next = if x[node.feature as usize] <= node.threshold {
                        node.left
                    } else {
                        node.right
                    };
                    node = &self.nodes[next as usize];
                }
                node.value
            })
            .sum::<f64>()
    }
}

/// The largest 32-bit float not above `t` (NaN stays NaN).
fn at_most(t: f64) -> f32 {
    let near = t as f32;
    if f64::from(near) <= t || near.is_nan() {
        return near;
    }
    // One step down towards minus infinity.
    let bits = near.to_bits();
    if near == 0.0 {
        -f32::from_bits(1)
    } else if near > 0.0 {
        f32::from_bits(bits - 1)
    } else {
        f32::from_bits(bits + 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_threshold_rounds_down_to_the_float_below() {
        for t in [
            0.1f64,
            -0.1,
            0.5,
            1e-40,
            -1e-40,
            0.0,
            3.5,
            0.4244394898414612,
        ] {
            let t32 = at_most(t);
            assert!(f64::from(t32) <= t, "{t}");
            let above = if t32 >= 0.0 {
                f32::from_bits(t32.to_bits() + 1)
            } else if t32 == -f32::from_bits(1) {
                0.0
            } else {
                f32::from_bits(t32.to_bits() - 1)
            };
            assert!(f64::from(above) > t, "{t}");
        }
    }
}
