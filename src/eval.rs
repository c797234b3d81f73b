//! Scores extraction against brat-standoff gold. (Skeleton.)
