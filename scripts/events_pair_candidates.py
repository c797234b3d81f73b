#!/usr/bin/env python3
"""Draws candidate attribution pairs from a build of ../shared/corpora/events for labelling.

Pairs join two attributions of *different* documents of the *same* event folder (the
events corpus groups each event's outlets in one folder), so every pair is "same story";
they are drawn in strata of content-word overlap so that the labelled set holds easy
matches, paraphrases with few shared words and hard negatives (same story, different
facts). Seeded: the same build gives the same candidates.

  attrgraph build ../shared/corpora/events --out /tmp/events -q --no-svg
  python3 scripts/events_pair_candidates.py --atts /tmp/events/attributions.jsonl --n 400 > cands.jsonl

Each line: both attributions' document, content span (code points), content text,
sentence, source name and stance. The committed labels (eval/events_pairs.tsv) keep only
the documents, spans and labels, never the corpus text.
"""
import argparse, collections, json, random, re

WORD = re.compile(r"[A-Za-z0-9']+")
STOP = set("""a an the of to in on at for with by from and or but that this these those is are was were
be been being has have had it its he she they we you his her their our as not no said says say will would
could should may might can than then there here also about after before over into more most some""".split())


def words(t):
    return {w.lower() for w in WORD.findall(t)} - STOP


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--atts", required=True)
    ap.add_argument("--n", type=int, default=400)
    ap.add_argument("--seed", type=int, default=8)
    args = ap.parse_args()
    by_event = collections.defaultdict(list)
    for line in open(args.atts, encoding="utf-8"):
        a = json.loads(line)
        text = " ".join(c["text"] for c in a["content"])
        if len(text.split()) < 5:
            continue
        a["_text"], a["_words"] = text, words(text)
        by_event["/".join(a["document"].split("/")[:2])].append(a)
    strata = {"high": [], "mid": [], "low": []}
    for event in sorted(by_event):
        atts = by_event[event]
        for i, a in enumerate(atts):
            for b in atts[i + 1:]:
                if a["document"] == b["document"]:
                    continue
                inter = len(a["_words"] & b["_words"])
                if inter < 2:
                    continue
                jac = inter / len(a["_words"] | b["_words"])
                key = "high" if jac >= 0.3 else "mid" if jac >= 0.15 else "low"
                strata[key].append((a, b, round(jac, 3)))
    rng = random.Random(args.seed)
    share = {"high": 0.35, "mid": 0.4, "low": 0.25}
    out = []
    for key, rows in strata.items():
        rng.shuffle(rows)
        out += [(key, *r) for r in rows[: int(args.n * share[key])]]
    rng.shuffle(out)
    for k, (key, a, b, jac) in enumerate(out):
        side = lambda x: {
            "document": x["document"], "start": x["content"][0]["start"], "end": x["content"][-1]["end"],
            "text": x["_text"], "sentence": x["sentence"]["text"], "source": x["source"]["name"],
            "stance": x["stance"], "quote": x["quote"]}
        print(json.dumps({"pair": k, "stratum": key, "jaccard": jac, "a": side(a), "b": side(b)}, ensure_ascii=False))


if __name__ == "__main__":
    main()
