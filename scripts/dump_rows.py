"""Print the engine's rows, one line each, for the seeds, the open dev articles and the invented batches.

The sealed dev articles (docs/sealed-dev.txt) are left out, so the output may be read and diffed.
Use it to check that a rule changes only what it means to change:

    python scripts/dump_rows.py > /tmp/after.txt
    git worktree add /tmp/base HEAD
    python scripts/dump_rows.py --engine /tmp/base > /tmp/before.txt
    diff /tmp/before.txt /tmp/after.txt

``--engine DIR`` reads with the ``elshi`` package of another checkout. Lines: ``## file pub=date``, then
``T`` (trade fact) and ``E`` (event) rows with their key fields and the start of the evidence.
"""
from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
SHARED = REPO_ROOT.parent / "shared"


# a batch the README marks "(kept unread ..." is held out: its rows are printed only when asked for by name
UNREAD_RE = re.compile(r"^\|\s*(b\d+)\b[^|]*\|.*\(kept unread", re.M)


def held_out() -> set[str]:
    """The invented batches kept unread (an estimate of unseen news, like the sealed dev articles)."""
    readme = REPO_ROOT / "tests" / "invented" / "README.md"
    return set(UNREAD_RE.findall(readme.read_text(encoding="utf-8"))) if readme.is_file() else set()


def folders(batches: set[str] | None = None) -> list[Path]:
    invented = sorted((REPO_ROOT / "tests" / "invented").glob("b*/articles"))
    unread = held_out() if batches is None else set()
    return ([SHARED / "seeds", SHARED / "dev" / "articles"]
            + [p for p in invented if (batches is None or p.parent.name in batches) and p.parent.name not in unread])


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--engine", type=Path, help="checkout whose elshi package reads the articles")
    ap.add_argument("--batches", help="comma-separated invented batches to include (default: all but the held-out "
                                      "ones the README marks kept unread)")
    args = ap.parse_args(argv)
    if args.engine:
        sys.path.insert(0, str(args.engine.resolve()))
    else:
        sys.path.insert(0, str(REPO_ROOT))
    import elshi
    from elshi import ingest

    sys.path.insert(0, str(REPO_ROOT))  # elshi is bound above: this checkout's scripts only
    from scripts.score import sealed_stems

    print("engine", elshi.ENGINE_VERSION, file=sys.stderr)
    sealed = sealed_stems()
    out = sys.stdout
    for folder in folders(set(args.batches.split(",")) if args.batches else None):
        if not folder.is_dir():
            continue
        for path in sorted(folder.iterdir()):
            if path.name.split(".")[0] in sealed:
                continue
            for article in ingest.read_file(path, folder):
                result = elshi.extract(article)
                out.write(f"## {path.name} pub={article.published_on}\n")
                for fact in result.trade_facts:
                    r = fact.as_row()
                    out.write(" ".join(map(str, ("  T", r["reporter_iso3"], r["partner_iso3"], r["flow"], r["measure"],
                                                 r["period_start"], r["period_end"], r["value_usd"], r["growth_pct"],
                                                 r.get("value_note"), "|", r["evidence"][:90].replace("\n", " ")))) + "\n")
                for event in result.events:
                    r = event.as_row()
                    people = [(p.name, p.country_iso3) for p in event.participants]
                    out.write(" ".join(map(str, ("  E", r["event_type"], r["status"], r["country_a_iso3"],
                                                 r["country_b_iso3"], r["date_start"], r["date_end"], r["visitor_iso3"],
                                                 r["host_iso3"], r["location"], people, "|",
                                                 r["evidence"][:80].replace("\n", " ")))) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
