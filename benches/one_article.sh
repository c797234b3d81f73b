#!/usr/bin/env bash
# One-article scaling: builds a single article of 0.1, 1, 5 and 20 MB made of
# events-corpus text (benches/make_article.py), once with its paragraphs and
# once as one line, and prints the CPU time (user + sys, /usr/bin/time -v) per
# MB. Target (issue 12): CPU per MB within 2x across sizes, 20 MB in <= 30 s.
# SIZES="0.1 1" measures other sizes (MB); ATTRGRAPH_BIN=path measures another
# binary (say, an older build); TIMEOUT=300 gives up on a build after 300 s.
set -euo pipefail
cd "$(dirname "$0")/.."
shared="${ATTRGRAPH_SHARED:-../shared}"
corpus="$shared/corpora/events"
if [ ! -d "$corpus" ]; then
    echo "notice: $corpus is absent; nothing to measure" >&2
    exit 0
fi
if [ -n "${ATTRGRAPH_BIN:-}" ]; then
    bin=$ATTRGRAPH_BIN
else
    cargo build --release --quiet
    bin=$PWD/target/release/attrgraph
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
printf '%-10s %8s %10s %8s %10s %9s  %s\n' shape MB "cpu s" "wall s" "cpu s/MB" "peak MB" "stages (s)"
for shape in paragraphs one-line; do
    for mb in ${SIZES:-0.1 1 5 20}; do
        rm -rf "$work/in" "$work/out"
        mkdir "$work/in"
        bytes=$(python3 -c "print(int($mb * 1000000))")
        flag=""
        [ "$shape" = one-line ] && flag=--one-line
        python3 benches/make_article.py "$corpus" "$bytes" "$work/in/article.txt" $flag
        if ! /usr/bin/time -v timeout "${TIMEOUT:-0}" "$bin" build "$work/in" --out "$work/out" --quiet --no-svg \
            --timings --max-article-bytes 64MB 2>"$work/time"; then
            if grep -q 'Exit status: 124' "$work/time"; then
                printf '%-10s %8s  over %s s, stopped\n' "$shape" "$mb" "$TIMEOUT"
                continue
            fi
            echo "error: attrgraph build failed on the $mb MB $shape article:" >&2
            grep -v '^\s' "$work/time" | head -20 >&2
            exit 1
        fi
        user=$(grep 'User time' "$work/time" | awk '{print $NF}')
        sys=$(grep 'System time' "$work/time" | awk '{print $NF}')
        wall=$(grep 'Elapsed (wall clock)' "$work/time" | awk '{print $NF}' |
            awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; print s }')
        rss=$(grep 'Maximum resident set size' "$work/time" | awk '{print $NF}')
        stages=$(grep -E '^ *(extract|resolve|analyze|export) ' "$work/time" |
            awk '{ printf "%s %s  ", $1, $2 }')
        awk -v shape="$shape" -v mb="$mb" -v u="$user" -v s="$sys" -v w="$wall" -v r="$rss" -v st="$stages" \
            'BEGIN { printf "%-10s %8s %10.2f %8.2f %10.2f %9d  %s\n", shape, mb, u + s, w, (u + s) / mb, r / 1024, st }'
    done
done
