#!/usr/bin/env python3
"""Draws pairs of attributions the build *may* join, stratified by the fitted model's
probability, for labelling with eval/pairs-guideline.md: the population the build's
decision is taken on (two documents of one story sharing two content words), so that the
labels measure — and fit — precision where it matters, near and above the threshold.

  attrgraph build ../shared/corpora/events -o /tmp/ev -q --no-svg
  python3 scripts/review/boundary_pairs.py /tmp/ev --per-bin 100 --tsv pairs.tsv --text pairs.txt

The population is every two records of two documents of one story (graph.json's `story`)
whose contents each hold at least three content words and share at least two; a seeded
random 20,000 of them get the matcher's features (`attrgraph pairs --spans … --features`)
and the committed model's probability; `--per-bin` pairs are drawn from each probability
bin (stratum `p30`: 0.30–0.50, `p50`, `p70`, `p85`: 0.85 and up; after a colon, how many
of the drawn pairs each labelled one stands for: scripts/matching/fit.py weighs precision
by it). Pairs already in
`--exclude` files are skipped. `part` follows the event folder: the part it has in
eval/events_pairs.tsv, else the parity of its CRC-32 (even: heldout).
"""
import argparse, collections, itertools, json, os, random, re, subprocess, sys, tempfile, zlib

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "matching"))
import fit  # noqa: E402  (the model walk and the features loader)
from joined_pairs import content, write_text  # noqa: E402  (this folder)

WORD = re.compile(r"[A-Za-z0-9']+")
STOP = set("""a an the of to in on at for with by from and or but that this these those is are was were
be been being has have had it its he she they we you his her their our as not no said says say will would
could should may might can than then there here also about after before over into more most some""".split())
BINS = [("p30", 0.30, 0.50), ("p50", 0.50, 0.70), ("p70", 0.70, 0.85), ("p85", 0.85, 1.01)]
HEAD = "pair\tlabel\tdoc_a\tstart_a\tend_a\tdoc_b\tstart_b\tend_b\tstratum\tpart\n"


def span(r):
    return r["document"], r["content"][0]["start"], r["content"][-1]["end"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("build", help="output folder of an events build")
    ap.add_argument("--corpus", default="../shared/corpora/events")
    ap.add_argument("--attrgraph", default="target/release/attrgraph")
    ap.add_argument("--per-bin", type=int, default=100)
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--population", type=int, default=20000)
    ap.add_argument("--prefix", default="", help="put before each stratum name (a second draw)")
    ap.add_argument("--first", type=int, default=0, help="number of the first pair")
    ap.add_argument("--exclude", nargs="*", default=["eval/events_pairs.tsv", "eval/events_candidates.tsv"])
    ap.add_argument("--tsv", required=True)
    ap.add_argument("--text")
    a = ap.parse_args()
    recs = [json.loads(l) for l in open(os.path.join(a.build, "attributions.jsonl"), encoding="utf-8")]
    graph = json.load(open(os.path.join(a.build, "graph.json"), encoding="utf-8"))
    story = {n["path"]: n.get("story") for n in graph["nodes"] if n.get("kind") == "document"}
    seen, part_of = set(), {}
    for path in a.exclude:
        for row in open(path, encoding="utf-8").read().splitlines()[1:]:
            f = row.split("\t")
            seen.add(((f[2], int(f[3]), int(f[4])), (f[5], int(f[6]), int(f[7]))))
            part_of[os.path.dirname(f[2])] = f[9]
    words = [{w.lower() for w in WORD.findall(content(r))} - STOP for r in recs]
    by_story = collections.defaultdict(list)
    for i, r in enumerate(recs):
        if r["content"] and len(words[i]) >= 3 and story.get(r["document"]) is not None:
            by_story[story[r["document"]]].append(i)
    population = [
        (x, y)
        for members in by_story.values()
        for x, y in itertools.combinations(members, 2)
        if recs[x]["document"] != recs[y]["document"] and len(words[x] & words[y]) >= 2
        and (span(recs[x]), span(recs[y])) not in seen and (span(recs[y]), span(recs[x])) not in seen
    ]
    rng = random.Random(a.seed)
    rng.shuffle(population)
    population = population[: a.population]
    print(f"population drawn: {len(population)} pairs", file=sys.stderr)
    with tempfile.TemporaryDirectory() as tmp:
        spans, feats = os.path.join(tmp, "spans.tsv"), os.path.join(tmp, "features.tsv")
        with open(spans, "w", encoding="utf-8") as f:
            f.write(HEAD)
            for n, (x, y) in enumerate(population):
                (da, sa, ea), (db, sb, eb) = span(recs[x]), span(recs[y])
                f.write(f"{n}\tdifferent\t{da}\t{sa}\t{ea}\t{db}\t{sb}\t{eb}\tall\tall\n")
        subprocess.run([a.attrgraph, "pairs", "--spans", spans, "--corpus", a.corpus, "--features", feats],
                       check=True, stdout=subprocess.DEVNULL)
        _, X, _, _, _ = fit.load(feats)
    w = json.load(open(os.path.join(os.path.dirname(fit.__file__), "..", "..", "src/analyze/matching/weights.json")))
    p = fit.walk(w["base"], w["learning_rate"], w["trees"], X)
    sample = []
    for name, lo, hi in BINS:
        inside = [k for k in range(len(population)) if lo <= p[k] < hi]
        drawn = rng.sample(inside, min(a.per_bin, len(inside)))
        print(f"{name}: {len(inside)} of the population", file=sys.stderr)
        # The stratum names its band and how many pairs of the population
        # each drawn pair stands for.
        stands_for = len(inside) / max(1, len(drawn))
        sample += [(f"{a.prefix}{name}:{stands_for:.2f}", k) for k in drawn]
    with open(a.tsv, "w", encoding="utf-8") as f:
        f.write(HEAD)
        for n, (name, k) in enumerate(sample):
            (da, sa, ea), (db, sb, eb) = (span(recs[i]) for i in population[k])
            folder = os.path.dirname(da)
            part = part_of.get(folder) or ("heldout" if zlib.crc32(folder.encode()) % 2 == 0 else "fit")
            f.write(f"{a.first + n}\t\t{da}\t{sa}\t{ea}\t{db}\t{sb}\t{eb}\t{name}\t{part}\n")
    if a.text:
        write_text(a.text, recs, ((a.first + n, *population[k]) for n, (_, k) in enumerate(sample)))

if __name__ == "__main__":
    main()
