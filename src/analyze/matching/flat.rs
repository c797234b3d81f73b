//! The matcher's trees laid out for a fast walk: every tree padded to one
//! depth (a leaf above it becomes a node whose two sides give its value) and
//! stored level by level, so a walk is a fixed number of steps `k = 2k + 2 -
//! (x <= t)` with no branch to mispredict, reading one small array per tree.
//! Decisions are exactly the trees': `f64::from(x as f32) <= t` holds just
//! when `x as f32 <= t32`, with `t32` the largest 32-bit float not above `t`.

use super::features::N;
use super::Tree;

/// The features' count rounded up to a power of two.
const PADDED: usize = N.next_power_of_two();

/// One inner node: go to the right child when the feature is not at most
/// `threshold` (NaN goes right, as in scikit-learn).
#[derive(Clone, Copy, Debug)]
struct Node {
    feature: u32,
    threshold: f32,
}

/// All trees padded to `depth`: each holds `2^depth - 1` inner nodes in
/// level order (the children of node `k` are `2k + 1` and `2k + 2`) and
/// `2^depth` leaf values, tree after tree.
#[derive(Debug, Default)]
pub struct Forest {
    depth: u32,
    nodes: Vec<Node>,
    values: Vec<f64>,
}

impl Forest {
    /// Lays out well-formed trees.
    pub fn of(trees: &[Tree]) -> Forest {
        // At least one level, so that every tree has a node to chunk by.
        let depth = trees
            .iter()
            .map(|t| depth_of(t, 0))
            .max()
            .unwrap_or(0)
            .max(1);
        let inner = (1usize << depth) - 1;
        let mut forest = Forest {
            depth,
            nodes: Vec::with_capacity(trees.len() * inner),
            values: Vec::with_capacity(trees.len() * (inner + 1)),
        };
        for t in trees {
            let mut nodes = vec![
                Node {
                    feature: 0,
                    threshold: 0.0
                };
                inner
            ];
            let mut values = vec![0.0; inner + 1];
            place(t, 0, 0, &mut nodes, &mut values);
            forest.nodes.extend(nodes);
            forest.values.extend(values);
        }
        forest
    }

    /// The sum of every tree's leaf for these features, tree after tree.
    pub fn sum(&self, x: &[f64; N]) -> f64 {
        // Padded to a power of two, so that a node's feature is masked into
        // range rather than checked (every feature is below `N`).
        let mut padded = [0.0f32; PADDED];
        for (slot, &v) in padded.iter_mut().zip(x) {
            *slot = v as f32;
        }
        let x = &padded;
        // The depth as a constant where it is small, so that the walk is
        // unrolled and has no loop exit to mispredict.
        match self.depth {
            1 => self.walk::<1>(x),
            2 => self.walk::<2>(x),
            3 => self.walk::<3>(x),
            4 => self.walk::<4>(x),
            5 => self.walk::<5>(x),
            6 => self.walk::<6>(x),
            _ => self.walk_any(x, self.depth),
        }
    }

    /// The walk for trees of depth `D`.
    fn walk<const D: u32>(&self, x: &[f32; PADDED]) -> f64 {
        self.walk_any(x, D)
    }

    /// The walk for trees of depth `depth`, summed in the trees' order.
    #[inline(always)]
    fn walk_any(&self, x: &[f32; PADDED], depth: u32) -> f64 {
        let inner = (1usize << depth) - 1;
        self.nodes
            .chunks_exact(inner)
            .zip(self.values.chunks_exact(inner + 1))
            .map(|(nodes, values)| {
                let mut k = 0usize;
                for _ in 0..depth {
                    let node = nodes[k];
                    k = 2 * k + 2
                        - usize::from(x[node.feature as usize & (PADDED - 1)] <= node.threshold);
                }
                values[k - inner]
            })
            .sum::<f64>()
    }
}

/// The depth of the subtree at node `k` (a leaf has depth 0).
fn depth_of(t: &Tree, k: usize) -> u32 {
    if t.feature[k] < 0 {
        0
    } else {
        1 + depth_of(t, t.left[k] as usize).max(depth_of(t, t.right[k] as usize))
    }
}

/// Writes the subtree at node `k` of `t` at place `at` of a padded tree:
/// an inner node as it is, a leaf above the last level as a node whose two
/// sides are that leaf (its test decides nothing), a leaf at the last level
/// as its value.
fn place(t: &Tree, k: usize, at: usize, nodes: &mut [Node], values: &mut [f64]) {
    if at >= nodes.len() {
        values[at - nodes.len()] = t.value[k];
        return;
    }
    let (left, right) = match usize::try_from(t.feature[k]) {
        Ok(f) => {
            nodes[at] = Node {
                feature: f as u32,
                threshold: at_most(t.threshold[k]),
            };
            (t.left[k] as usize, t.right[k] as usize)
        }
        Err(_) => (k, k),
    };
    place(t, left, 2 * at + 1, nodes, values);
    place(t, right, 2 * at + 2, nodes, values);
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
