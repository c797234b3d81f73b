//! Text helpers below every stage, depending on nothing else in the crate:
//! word lists looked up by hash and lowercase without copies ([`words`]), and
//! byte offsets turned into the contract's code-point offsets and cut on character
//! boundaries ([`chars`]), and the
//! stable FNV-1a hash ([`fnv`]).

pub mod chars;
pub mod fnv;
pub mod words;

pub use chars::{floor_boundary, CharIndex};
pub use words::{lower, WordSet};
