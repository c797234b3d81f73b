//! Answers questions over a built output folder. (Skeleton.)
