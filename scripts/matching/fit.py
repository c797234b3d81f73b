#!/usr/bin/env python3
"""Fits the claim matcher's weights (src/analyze/matching/weights.json).

The features come from the Rust code itself (`attrgraph pairs --features`), so what is
fitted is exactly what the build computes:

  attrgraph pairs --pairs ../shared/corpora/msrp/train.tsv --wrap narrator --features /tmp/msrp_narrator.tsv
  attrgraph pairs --pairs ../shared/corpora/msrp/train.tsv --wrap said --features /tmp/msrp_said.tsv
  attrgraph pairs --spans eval/events_pairs.tsv --corpus ../shared/corpora/events --features /tmp/events.tsv
  attrgraph pairs --spans eval/events_boundary.tsv --corpus ../shared/corpora/events --features /tmp/boundary.tsv
  python3 scripts/matching/fit.py /tmp/msrp_narrator.tsv /tmp/msrp_said.tsv /tmp/events.tsv \
      /tmp/boundary.tsv=eval/events_boundary.tsv [--out weights.json]

Held out from fitting, and reported: MSRP train pairs 3001-4076 (the last quarter of
the file, both wraps) and the events pairs of part `heldout` of each events file (the
events whose folder name hashes even; the files say which). Fitted on MSRP pairs 1-3000
(both wraps) and the events pairs of part `fit` (weight 4: they are the news this tool
reads). An events file given as `features.tsv=labels.tsv` is a stratified sample: each
row counts as the pairs of its population it stands for (the number after the colon of
its stratum) when precision is counted. Gradient
boosted trees (scikit-learn's GradientBoostingClassifier, 300 trees of depth 3, learning
rate 0.03, subsample 0.8, seed 0), exported tree by tree for the Rust code to walk. The
threshold is the lowest probability at which five-fold cross-validated predictions on the
fitting data reach the precision targets (MSRP 0.80, events 0.85: on the pairs a build
may join, eval/events_boundary.tsv, 0.90 wanted a threshold of 0.83 and kept a sixth of
the true pairs): a wrong merge corrupts
every count built on it, a missed one only loses a source.

Needs numpy and scikit-learn (`pip install numpy scikit-learn`); the build needs neither.
"""
import json, sys

import numpy as np

MSRP_FIT = 3000
TARGET = {"msrp": 0.80, "events": 0.85}
EVENTS_WEIGHT = 4.0
TREES = dict(n_estimators=300, max_depth=3, learning_rate=0.03, subsample=0.8, random_state=0)


def load(path):
    lines = open(path, encoding="utf-8").read().splitlines()
    head = lines[0].split("\t")
    rows = [l.split("\t") for l in lines[1:]]
    names = head[4:]
    X = np.array([[float(v) for v in r[4:]] for r in rows])
    y = np.array([int(r[0]) for r in rows])
    part = [r[1] for r in rows]
    extracted = np.array([r[2] == "1" for r in rows])
    return names, X, y, part, extracted


def load_events(arg):
    """An events features file, or `features.tsv=labels.tsv`: then the labels file's
    `stratum` column ("band:n") weighs each row by the n pairs of its population it
    stands for when precision is counted."""
    path, _, labels = arg.partition("=")
    names, X, y, part, extracted = load(path)
    pw = np.ones(len(y))
    if labels:
        strata = [r.split("\t")[8] for r in open(labels, encoding="utf-8").read().splitlines()[1:]]
        pw = np.array([float(s.partition(":")[2] or 1.0) for s in strata])
    return names, X, y, part, extracted, pw


def fit(X, y, w):
    from sklearn.ensemble import GradientBoostingClassifier

    return GradientBoostingClassifier(**TREES).fit(X, y, sample_weight=w)


def predict(model, X):
    return model.predict_proba(X)[:, 1]


def export(model):
    """The trees as the Rust code walks them: at a node, go left when
    x[feature] <= threshold; a leaf has feature -1 and adds its value."""
    base = float(model._raw_predict_init(np.zeros((1, model.n_features_in_)))[0, 0])
    trees = []
    for est in model.estimators_[:, 0]:
        t = est.tree_
        leaf = t.children_left == -1
        trees.append({
            "feature": [int(-1 if l else f) for f, l in zip(t.feature, leaf)],
            "threshold": [float(0 if l else x) for x, l in zip(t.threshold, leaf)],
            "left": [int(x) for x in t.children_left],
            "right": [int(x) for x in t.children_right],
            "value": [float(v) for v in t.value[:, 0, 0]],
        })
    return base, trees


def report(name, p, y, t, pw=None):
    """Precision, recall, F1 and accuracy at threshold t; each row counted pw times
    (the population it stands for in a stratified sample)."""
    pw = np.ones(len(y)) if pw is None else pw
    s = p >= t
    tp, fp, fn = (pw * (s & (y == 1))).sum(), (pw * (s & (y == 0))).sum(), (pw * (~s & (y == 1))).sum()
    P = tp / max(1, tp + fp)
    R = tp / max(1, tp + fn)
    F = 2 * P * R / max(1e-9, P + R)
    acc = (pw * (s == (y == 1))).sum() / pw.sum()
    print(f"{name:28} P {P:.3f}  R {R:.3f}  F1 {F:.3f}  acc {acc:.3f}  (n={len(y)})")
    return P


def walk(base, rate, trees, X):
    out = []
    # scikit-learn's trees compare features as 32-bit floats; so does the build.
    for x in X.astype(np.float32).astype(np.float64):
        z = base
        for t in trees:
            n = 0
            while t["feature"][n] >= 0:
                n = t["left"][n] if x[t["feature"][n]] <= t["threshold"][n] else t["right"][n]
            z += rate * t["value"][n]
        out.append(1 / (1 + np.exp(-z)))
    return np.array(out)


def main():
    args = sys.argv[1:]
    out = "src/analyze/matching/weights.json"
    if "--out" in args:
        k = args.index("--out")
        out = args[k + 1]
        del args[k : k + 2]
    narrator, said, *events = args
    names, Xn, yn, _, en = load(narrator)
    _, Xs, ys, _, es = load(said)
    loaded = [load_events(arg) for arg in events]
    # The labelled files, for `fitted_on`: a features file named by its labels
    # where given, else by the events file it was measured on.
    labelled = [arg.partition("=")[2] or "eval/events_pairs.tsv" for arg in events]
    Xe = np.vstack([l[1] for l in loaded])
    ye = np.concatenate([l[2] for l in loaded])
    parts = sum((l[3] for l in loaded), [])
    ee = np.concatenate([l[4] for l in loaded])
    pw = np.concatenate([l[5] for l in loaded])
    origin = np.concatenate([[k] * len(l[2]) for k, l in enumerate(loaded)])
    fit_e = np.array([p == "fit" for p in parts]) & ee
    held_e = np.array([p == "heldout" for p in parts])
    idx = np.arange(len(yn))
    fm = (idx < MSRP_FIT)
    X = np.vstack([Xn[fm & en], Xs[fm & es], Xe[fit_e]])
    y = np.concatenate([yn[fm & en], ys[fm & es], ye[fit_e]])
    src = np.array(["msrp"] * int((fm & en).sum() + (fm & es).sum()) + ["events"] * int(fit_e.sum()))
    w = np.where(src == "events", EVENTS_WEIGHT, 1.0)
    # How many pairs of its population each row stands for, when precision is counted.
    pop = np.concatenate([np.ones(int((fm & en).sum() + (fm & es).sum())), pw[fit_e]])
    # Five-fold cross-validated probabilities on the fitting data choose the threshold.
    # Both wraps of one MSRP pair fall in one fold: their features are near alike, and
    # a pair seen in fitting would flatter its twin.
    folds = np.concatenate([idx[fm & en] % 5, idx[fm & es] % 5, np.arange(int(fit_e.sum())) % 5])
    cv = np.zeros(len(y))
    for k in range(5):
        m = fit(X[folds != k], y[folds != k], w[folds != k])
        cv[folds == k] = predict(m, X[folds == k])
    threshold = 0.5
    for name, target in TARGET.items():
        sel = src == name
        for t in np.arange(0.3, 0.95, 0.01):
            s = cv[sel] >= t
            tp = (pop[sel] * (s & (y[sel] == 1))).sum()
            fp = (pop[sel] * (s & (y[sel] == 0))).sum()
            if tp / max(1e-9, tp + fp) >= target:
                threshold = max(threshold, float(round(t, 2)))
                break
    model = fit(X, y, w)
    print(f"threshold {threshold:.2f}")
    print("held out (features of the pairs as extracted; unextracted pairs count as 'not same'):")
    held = [
        ("msrp 3001-4076 narrator", Xn[~fm], yn[~fm], en[~fm], np.ones(int((~fm).sum()))),
        ("msrp 3001-4076 said", Xs[~fm], ys[~fm], es[~fm], np.ones(int((~fm).sum()))),
    ]
    for k, arg in enumerate(events):
        sel = held_e & (origin == k)
        held.append((arg.split("=")[-1] + " heldout", Xe[sel], ye[sel], ee[sel], pw[sel]))
    for name, Xh, yh, eh, ph in held:
        p = predict(model, Xh) * eh
        report(name, p, yh, threshold, ph)
    base, trees = export(model)
    # The export walks to the same probabilities scikit-learn gives.
    check = np.vstack([X[:200], Xe[:50]])
    assert np.allclose(walk(base, TREES["learning_rate"], trees, check), predict(model, check))
    weights = {
        "features": names,
        "base": base,
        "learning_rate": TREES["learning_rate"],
        "threshold": threshold,
        "fitted_on": "MSRP train pairs 1-3000 (both wraps) and %s part 'fit', "
        "weight %g; gradient boosted trees %s; threshold from 5-fold CV precision targets %s; "
        "held out: MSRP 3001-4076 and events part 'heldout' (scripts/matching/fit.py)"
        % (", ".join(labelled), EVENTS_WEIGHT, TREES, TARGET),
        # A few pairs' features and probabilities: the Rust tests walk them.
        "checks": [
            {"x": [float(v) for v in x], "p": float(q)}
            for x, q in zip(check[::50], predict(model, check[::50]))
        ],
        "trees": trees,
    }
    with open(out, "w", encoding="utf-8") as f:
        json.dump(weights, f, separators=(",", ":"))
        f.write("\n")


if __name__ == "__main__":
    main()
