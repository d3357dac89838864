"""Engine throughput: articles/s and MB/s of elshi.extract on a corpus made by repeating the
bundled seed articles and the dev articles (ingestion excluded: the target is the extractor).

    .venv/bin/python scripts/bench_engine.py [--copies 40] [--shared ../shared]

Each copy gets a distinct article_id and the per-text caches are emptied before every article,
so no copy profits from an earlier one; the run is single-threaded (one core).
"""
from __future__ import annotations

import argparse
import dataclasses
import time
from pathlib import Path

import elshi
from elshi.ingest import read_file

ROOT = Path(__file__).resolve().parent.parent


def corpus(shared: Path) -> list[elshi.Article]:
    arts = []
    folders = [ROOT / "seeds" / "articles", shared / "dev" / "articles"]
    for folder in folders:
        if folder.is_dir():
            for f in sorted(folder.glob("*.txt")):
                arts.extend(read_file(f, folder))
    return arts


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--copies", type=int, default=40)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = ap.parse_args()
    base = corpus(args.shared)
    work = []
    for i in range(args.copies):
        for a in base:
            work.append(dataclasses.replace(a, article_id=f"{a.article_id}-{i}", text=a.text + f"\n#{i}"))
    # warm up the gazetteers once (loading the reference CSVs is not per-article work)
    elshi.extract(base[0])
    size = sum(len(a.text.encode("utf-8")) for a in work)
    t0 = time.perf_counter()
    facts = events = 0
    for a in work:
        elshi.clear_text_caches()  # real articles are all different: no sentence-level cache hits
        x = elshi.extract(a)
        facts += len(x.trade_facts)
        events += len(x.events)
    dt = time.perf_counter() - t0
    print(f"articles={len(work)} bytes={size} avg_article_bytes={size // max(1, len(work))} seconds={dt:.2f}")
    if work:  # --copies 0 measures the start-up alone (scripts/bench_instructions.py)
        print(f"articles/s={len(work) / dt:.0f}  MB/s={size / dt / 1e6:.2f}  facts={facts} events={events}")


if __name__ == "__main__":
    main()
