#!/usr/bin/env python3
"""Writes one synthetic article of about SIZE bytes of events-corpus text.

Usage: make_article.py CORPUS SIZE OUT [--one-line]

The bodies of the corpus's .txt files (front matter dropped) are joined in sorted
path order, paragraphs kept, and repeated from the start when the corpus runs out;
the text is cut at a paragraph end. With --one-line every newline becomes a space,
so the whole article is a single line.
"""
import os
import sys


def bodies(corpus):
    paths = []
    for root, _dirs, files in os.walk(corpus):
        paths += [os.path.join(root, f) for f in files if f.endswith(".txt")]
    for path in sorted(paths):
        with open(path, encoding="utf-8", errors="replace") as f:
            text = f.read()
        if text.startswith("---\n"):
            end = text.find("\n---\n", 4)
            if end != -1:
                text = text[end + 5 :]
        text = text.strip()
        if text:
            yield text


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    one_line = "--one-line" in sys.argv
    corpus, size, out = args[0], int(float(args[1])), args[2]
    texts = list(bodies(corpus))
    if not texts:
        sys.exit(f"error: no .txt article under {corpus}")
    parts, n = [], 0
    while n < size:
        for text in texts:
            for para in text.split("\n"):
                para = para.strip()
                if not para:
                    continue
                parts.append(para)
                n += len(para.encode("utf-8")) + 2
                if n >= size:
                    break
            if n >= size:
                break
    sep = " " if one_line else "\n\n"
    with open(out, "w", encoding="utf-8") as f:
        f.write(sep.join(parts) + "\n")


main()
