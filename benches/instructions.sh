#!/usr/bin/env bash
# Instruction counts, which a noisy machine does not blur: runs
# `attrgraph build --no-svg` on one thread under valgrind's callgrind, on a
# fixed slice of the bench corpus (every eighth article in sorted order;
# STEP=64 for a quicker look), and prints the total and the functions that
# cost most. Slow: valgrind runs the build some 50 times slower.
# Target (issue 11): at most 4 G instructions on the 1/8 slice.
# The manifest's hashes are BLAKE3, whose vector code valgrind runs (SHA-256
# ran its portable path under valgrind: a third of the count until 2026-12).
set -euo pipefail
cd "$(dirname "$0")/.."
shared="${ATTRGRAPH_SHARED:-../shared}"
step="${STEP:-8}"
if ! command -v valgrind >/dev/null 2>&1; then
    echo "notice: valgrind is not installed; no instruction counts" >&2
    exit 0
fi
if [ ! -d "$shared/corpora/bench" ]; then
    echo "notice: $shared/corpora/bench is absent; no instruction counts" >&2
    exit 0
fi
cargo build --release --quiet
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
bench=$(cd "$shared/corpora/bench" && pwd)
# The slice: links to every STEP-th file, in sorted order, keeping subfolders.
(cd "$bench" && find . -type f | LC_ALL=C sort | awk -v s="$step" 'NR % s == 1') |
    while read -r rel; do
        mkdir -p "$work/slice/$(dirname "$rel")"
        ln -s "$bench/$rel" "$work/slice/$rel"
    done
RAYON_NUM_THREADS=1 valgrind --tool=callgrind --callgrind-out-file="$work/callgrind.out" \
    target/release/attrgraph build "$work/slice" --out "$work/output" --quiet --no-svg \
    2>"$work/valgrind.log"
total=$(grep -m1 '^summary:' "$work/callgrind.out" | awk '{print $2}')
printf 'slice 1/%s: %d articles, %.2f G instructions\n' "$step" \
    "$(find "$work/slice" -type l | wc -l)" "$(echo "$total / 1000000000" | bc -l)"
# The functions that execute the most instructions themselves (rayon's
# workers run the stages, so a stage's inclusive count is not on one stack).
echo "top functions by own instructions:"
callgrind_annotate "$work/callgrind.out" 2>/dev/null |
    awk '/^-+$/ { rule++; next } rule >= 3 && NF >= 2 && $1 ~ /^[0-9,]+$/ && ++n <= 15' |
    sed -E 's/^ *([0-9,]+) +[^:]*:/\1  /; s/ \[[^]]*\]$//' | cut -c1-110
