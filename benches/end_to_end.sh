#!/usr/bin/env bash
# End-to-end speed and memory: builds the release binary, then times
# `attrgraph build` on data/ and on the 24k-article bench corpus with
# /usr/bin/time -v (wall time, CPU share, peak resident memory), and reports
# extraction words per second. Targets: bench corpus under 10 s and 1 GB on 2 cores.
set -euo pipefail
cd "$(dirname "$0")/.."
shared="${ATTRGRAPH_SHARED:-../shared}"
cargo build --release --quiet
bin=target/release/attrgraph
run() {
    local name=$1 dir=$2 work
    # The output folder holds only what attrgraph writes (it refuses others).
    work=$(mktemp -d)
    if ! /usr/bin/time -v "$bin" build "$dir" --out "$work/output" --quiet 2>"$work/time"; then
        echo "error: attrgraph build $dir failed:" >&2
        grep -v '^\s' "$work/time" | head -20 >&2
        exit 1
    fi
    local wall rss cpu
    wall=$(grep 'Elapsed (wall clock)' "$work/time" | awk '{print $NF}')
    rss=$(grep 'Maximum resident set size' "$work/time" | awk '{print $NF}')
    cpu=$(grep 'Percent of CPU' "$work/time" | awk '{print $NF}')
    local words
    words=$(find "$dir" -type f \( -name '*.txt' -o -name '*.md' \) -print0 | xargs -0 cat | wc -w)
    printf '%-8s wall %s  cpu %s  peak %d MB  %d words  %s\n' "$name" "$wall" "$cpu" $((rss / 1024)) "$words" "$(du -sh "$work/output" | cut -f1) written"
    rm -rf "$work"
}
run data data
if [ -d "$shared/corpora/bench" ]; then
    run bench "$shared/corpora/bench"
else
    echo "notice: $shared/corpora/bench is absent; only data/ was measured"
fi
