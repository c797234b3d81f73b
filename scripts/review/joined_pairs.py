#!/usr/bin/env python3
"""Draws a seeded random sample of the cross-document pairs a build put in one claim,
for labelling with eval/pairs-guideline.md: the pairs whose precision the build's
claims rest on (labelled pairs drawn by word overlap say little about them).

  python3 scripts/review/joined_pairs.py output/attributions.jsonl [--n 120] [--seed 7]
      [--tsv pairs.tsv] [--text pairs.txt]

--tsv writes the sample in the layout of eval/events_candidates.tsv (label left empty,
stratum "joined", part by even and odd pair number: fit and heldout); --text writes each
pair's contents and sentences for the labeller (corpus text: not for committing).
Pairs are every two records of one claim from two documents, each pair once.
"""
import argparse, itertools, json, random


def content(r):
    return " … ".join(c["text"] for c in r["content"])


def write_text(path, recs, pairs):
    """Each (number, record, record) pair's contents and sentences, for the labeller."""
    with open(path, "w", encoding="utf-8") as f:
        for n, x, y in pairs:
            f.write(f"## pair {n}\n")
            for side, r in (("A", recs[x]), ("B", recs[y])):
                source = (r.get("source") or {}).get("name", "")
                sentence = (r.get("sentence") or {}).get("text") or content(r)
                f.write(f"{side} ({r['document']}; source {source}; stance {r['stance']})\n")
                f.write(f"  content: {content(r)}\n  sentence: {sentence}\n")
            f.write("\n")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("records")
    ap.add_argument("--n", type=int, default=120)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--tsv")
    ap.add_argument("--text")
    a = ap.parse_args()
    recs = [json.loads(l) for l in open(a.records, encoding="utf-8")]
    claims = {}
    for i, r in enumerate(recs):
        claims.setdefault(r["claim"], []).append(i)
    pairs = [
        (x, y)
        for members in claims.values()
        for x, y in itertools.combinations(members, 2)
        if recs[x]["document"] != recs[y]["document"]
    ]
    print(f"{len(pairs)} cross-document pairs in {len(claims)} claims")
    random.Random(a.seed).shuffle(pairs)
    sample = pairs[: a.n]
    if a.tsv:
        with open(a.tsv, "w", encoding="utf-8") as f:
            f.write("pair\tlabel\tdoc_a\tstart_a\tend_a\tdoc_b\tstart_b\tend_b\tstratum\tpart\n")
            for n, (x, y) in enumerate(sample):
                ra, rb = recs[x], recs[y]
                f.write(
                    f"{n}\t\t{ra['document']}\t{ra['content'][0]['start']}\t{ra['content'][-1]['end']}"
                    f"\t{rb['document']}\t{rb['content'][0]['start']}\t{rb['content'][-1]['end']}"
                    f"\tjoined\t{'fit' if n % 2 == 0 else 'heldout'}\n"
                )
    if a.text:
        write_text(a.text, recs, ((n, x, y) for n, (x, y) in enumerate(sample)))

if __name__ == "__main__":
    main()
