//! Integration tests (skeleton).

mod query;
