#!/usr/bin/env python3
"""Prints a seeded random sample of a build's claims for reading by hand.

  python3 scripts/review/sample_claims.py output/graph.json [--min-independent 2]
      [--min-documents 0] [--n 25] [--seed 8]
  python3 scripts/review/sample_claims.py output/graph.json --contradictions --n 15

Each claim shows its independent count and origins, then every attribution: source,
relays, stance, document and sentence. The closing notes of the claim-matching and
independence issues list such samples with a verdict per claim.
"""
import argparse, json, os, random
from collections import defaultdict


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("graph")
    ap.add_argument("--min-independent", type=int, default=2)
    ap.add_argument("--min-documents", type=int, default=0)
    ap.add_argument("--n", type=int, default=25)
    ap.add_argument("--seed", type=int, default=8)
    ap.add_argument("--contradictions", action="store_true")
    a = ap.parse_args()
    g = json.load(open(a.graph, encoding="utf-8"))
    # Schema 2 on keeps the sentences in the records beside graph.json; schema
    # 3 the document of an edge too, and the wording of a claim of one record.
    records = {}
    documents = {}
    jsonl = os.path.join(os.path.dirname(a.graph) or ".", "attributions.jsonl")
    if os.path.exists(jsonl):
        for line in open(jsonl, encoding="utf-8"):
            r = json.loads(line)
            records[r["id"]] = (r.get("sentence") or r["content"][0])["text"]
            documents[r["id"]] = r["document"]
    nodes = {n["id"]: n for n in g["nodes"]}
    by_claim = defaultdict(list)
    relays = defaultdict(list)
    contra = []
    for e in g["edges"]:
        if e["kind"] in ("asserts", "denies"):
            e.setdefault("document", documents.get(e["attribution"], "?"))
            by_claim[e["target"]].append(e)
        elif e["kind"] == "relays":
            relays[e.get("attribution")].append(e["source"])
        elif e["kind"] == "contradicts":
            contra.append(e)
    rng = random.Random(a.seed)
    if a.contradictions:
        rows = sorted(contra, key=lambda e: (e["source"], e["target"]))
        for n, e in enumerate(rng.sample(rows, min(a.n, len(rows))), 1):
            print(f"## {n}. {e['source']} x {e['target']}  reason: {e.get('reason')}")
            for side in (e["source"], e["target"]):
                show(nodes[side], by_claim[side], relays, nodes, records)
        return
    claims = sorted(
        (n for n in g["nodes"] if n.get("kind") == "claim"
         and n.get("independent_sources", 0) >= a.min_independent
         and len(n.get("documents", [])) >= a.min_documents),
        key=lambda n: n["id"])
    print(f"{len(claims)} claims qualify; sample of {min(a.n, len(claims))} (seed {a.seed})")
    for n, c in enumerate(rng.sample(claims, min(a.n, len(claims))), 1):
        print(f"## {n}.")
        show(c, by_claim[c["id"]], relays, nodes, records)


def show(c, edges, relays, nodes, records):
    print(f"{c['id']} independent {c.get('independent_sources')} origins {c.get('origins')}"
          f" credibility {c.get('credibility', {}).get('score')} {c.get('credibility', {}).get('code')}")
    print(f"  text: {c.get('text')}")
    for e in sorted(edges, key=lambda e: e["attribution"]):
        via = [nodes.get(r, {}).get("name", r) for r in relays.get(e["attribution"], [])]
        src = nodes.get(e["source"], {}).get("name", e["source"])
        print(f"  - [{e['kind']}] {src}{' via ' + ', '.join(via) if via else ''} | {e['document']}")
        text = records.get(e["attribution"]) or (e.get("sentence") or {}).get("text") or " ".join(
            c["text"] for c in e.get("content", []))
        print(f"      {text[:400]}")


if __name__ == "__main__":
    main()
