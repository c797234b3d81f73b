//! Writes the output files. (Skeleton; the export helper fills it in.)

pub mod json;
pub mod records;

pub use records::records;
