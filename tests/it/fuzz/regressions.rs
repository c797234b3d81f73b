//! Inputs the fuzz properties found crashing, each pinned as a test named for
//! its issue.
