//! `attrgraph eval`'s library side: reads brat-standoff gold in the PolNeAR layout
//! ([`brat`]) and scores attribution records against it ([`score()`]) exactly as
//! `../shared/eval/score_polnear.py` does, so the two report the same numbers.
//! Reading gold and prediction files is the only I/O here; scoring is pure.

pub mod brat;
pub mod pairs;
pub mod score;

use std::fs;
use std::path::Path;

pub use brat::{read_gold, GoldAttribution, GoldDocument, GoldSet, Offsets};
pub use score::{score, Counts, Prf, Scores, SpanMismatch};

use crate::error::{Error, Result};
use crate::export::json::AttributionRecord;

/// Reads an `attributions.jsonl` as `attrgraph build` writes it; blank lines are
/// skipped.
pub fn read_predictions(path: &Path) -> Result<Vec<AttributionRecord>> {
    let content = fs::read_to_string(path).map_err(|source| Error::Read {
        path: path.to_path_buf(),
        source,
    })?;
    let mut records = Vec::new();
    for (idx, line) in content.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let record = serde_json::from_str(line).map_err(|err| Error::Parse {
            path: path.to_path_buf(),
            line: Some(idx + 1),
            message: err.to_string(),
        })?;
        records.push(record);
    }
    Ok(records)
}
