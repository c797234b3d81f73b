#!/usr/bin/env bash
# End-to-end speed and memory: builds the release binary, then times
# `attrgraph build` on data/ and on the 24k-article bench corpus with
# /usr/bin/time -v: wall time (best of RUNS, default 3), CPU seconds, peak
# resident memory, the bytes of graph.json + attributions.jsonl + graph.dot +
# graph.svg and of the whole set, and the speed-up of two threads over one
# (RAYON_NUM_THREADS=1 against 2, each its best wall time).
# Targets (issue 11): bench corpus at most 3.5 s wall and 300 MB on 2 cores, a
# speed-up of 1.8 or more, JSON, DOT and SVG at most 120 MB.
set -euo pipefail
cd "$(dirname "$0")/.."
shared="${ATTRGRAPH_SHARED:-../shared}"
runs="${RUNS:-3}"
cargo build --release --quiet
bin=target/release/attrgraph
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# One build of $2 on $3 threads; prints "wall cpu peak_kb".
once() {
    local dir=$1 threads=$2
    rm -rf "$work/output"
    # The output folder holds only what attrgraph writes (it refuses others).
    if ! RAYON_NUM_THREADS=$threads /usr/bin/time -f '%e %U %S %M' -o "$work/time" \
        "$bin" build "$dir" --out "$work/output" --quiet; then
        echo "error: attrgraph build $dir failed" >&2
        exit 1
    fi
    awk '{printf "%s %.2f %d\n", $1, $2 + $3, $4}' "$work/time"
}

# The best of $runs builds (by wall time) on $2 threads.
best() {
    local dir=$1 threads=$2 line best_line="" best_wall=""
    for _ in $(seq "$runs"); do
        line=$(once "$dir" "$threads")
        local wall=${line%% *}
        if [ -z "$best_wall" ] || awk -v a="$wall" -v b="$best_wall" 'BEGIN{exit !(a < b)}'; then
            best_wall=$wall
            best_line=$line
        fi
    done
    echo "$best_line"
}

run() {
    local name=$1 dir=$2
    read -r wall cpu peak <<<"$(best "$dir" 2)"
    local shown all
    shown=$(cd "$work/output" && cat graph.json attributions.jsonl graph.dot \
        $(ls graph.svg 2>/dev/null) | wc -c)
    all=$(cat "$work/output"/* | wc -c)
    read -r wall1 _ _ <<<"$(best "$dir" 1)"
    local words
    words=$(find "$dir" -type f \( -name '*.txt' -o -name '*.md' \) -print0 | xargs -0 cat | wc -w)
    printf '%-6s wall %5.2f s (1 thread %5.2f s, speed-up %.2f)  cpu %6.2f s  peak %4d MB  JSON+DOT+SVG %4d MB  all %4d MB  %d words\n' \
        "$name" "$wall" "$wall1" "$(awk -v a="$wall1" -v b="$wall" 'BEGIN { print (b > 0 ? a / b : 0) }')" "$cpu" $((peak / 1024)) \
        $((shown / 1000000)) $((all / 1000000)) "$words"
}
run data data
if [ -d "$shared/corpora/bench" ]; then
    run bench "$shared/corpora/bench"
else
    echo "notice: $shared/corpora/bench is absent; only data/ was measured"
fi
