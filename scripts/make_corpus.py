"""Write N distinct article files made from the bundled seed articles and the dev articles, for
refresh benchmarks (`make bench-refresh N=20000` uses it).

Copy k of a source text keeps its sentences but moves every non-first paragraph by a
permutation drawn from k and ends with a line naming the copy, so every file is a distinct
article (its own article_id) with the same kind of work for the engine. Files go into
sub-folders of 1,000 (``c000/``, ``c001/``, ...) like a crawl sorted by day would.

    python scripts/make_corpus.py --n 20000 --out /tmp/corpus [--start 0]
"""
from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SOURCES = [REPO / "seeds" / "articles", REPO.parent / "shared" / "dev" / "articles"]
PER_FOLDER = 1000


def source_texts() -> list[tuple[str, str]]:
    """(suffix, text) of every seed and dev article found, sorted by path."""
    out = []
    for folder in SOURCES:
        if not folder.is_dir():
            continue
        for path in sorted(folder.iterdir()):
            if path.suffix in (".txt", ".html", ".htm", ".json") and path.is_file():
                out.append((path.suffix, path.read_text(encoding="utf-8", errors="replace")))
    if not out:
        sys.exit("no source articles found (seeds/articles, ../shared/dev/articles)")
    return out


def variant(text: str, k: int) -> str:
    """Copy k of a text: paragraphs after the first permuted by k, a closing line naming the copy."""
    paragraphs = [p for p in text.split("\n") if p.strip()]
    head, rest = paragraphs[:1], paragraphs[1:]
    random.Random(k).shuffle(rest)
    return "\n".join(head + rest) + f"\n\n(Bilateral benchmark corpus, copy {k})\n"


def write_corpus(out: Path, n: int, start: int = 0) -> int:
    texts = [(s, t) for s, t in source_texts() if s == ".txt"]
    written = 0
    for k in range(start, start + n):
        suffix, text = texts[k % len(texts)]
        folder = out / f"c{k // PER_FOLDER:03d}"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"a{k:07d}{suffix}").write_text(variant(text, k), encoding="utf-8")
        written += 1
    return written


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, required=True, help="number of articles to write")
    ap.add_argument("--out", type=Path, required=True, help="folder to write them into (created)")
    ap.add_argument("--start", type=int, default=0, help="first copy number (to add files to a corpus)")
    args = ap.parse_args(argv)
    n = write_corpus(args.out, args.n, args.start)
    print(f"wrote {n} articles to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
