"""Build a temporary warehouse from the articles of a gold folder and score it (`make score`).

    python scripts/score.py --gold ../shared/gold/dev [--articles DIR] [--keep]

The articles folder is found generically: the folder under the gold folder's grandparent
(``../shared``) holding the most files named like the gold files minus ``.json``
(gold/seeds -> shared/seeds, gold/dev -> shared/dev/articles).
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT))


def find_articles(gold: Path) -> Path:
    names = {p.name[: -len(".json")] for p in gold.glob("*.json")}
    if not names:
        raise SystemExit(f"no gold *.json files in {gold}")
    best, best_hits = None, 0
    for dirpath, dirnames, filenames in os.walk(gold.parent.parent):
        here = Path(dirpath)
        dirnames[:] = sorted(d for d in dirnames if not d.startswith(".") and here / d != gold)
        hits = len(names & set(filenames))
        if hits > best_hits or (hits == best_hits and best is not None and len(here.parts) < len(best.parts)):
            best, best_hits = here, hits
    if best is None or best_hits == 0:
        raise SystemExit(f"no folder under {gold.parent.parent} holds the articles of {gold}")
    if best_hits < len(names):
        print(f"warning: {best} holds {best_hits} of the {len(names)} gold articles", file=sys.stderr)
    return best


def find_scorer(gold: Path) -> Path:
    for candidate in (gold.parent.parent / "eval" / "score.py", REPO_ROOT.parent / "shared" / "eval" / "score.py"):
        if candidate.exists():
            return candidate
    raise SystemExit("cannot find eval/score.py next to the gold folder")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", required=True, type=Path)
    ap.add_argument("--articles", type=Path, help="folder of the gold articles (found automatically)")
    ap.add_argument("--keep", action="store_true", help="keep the temporary warehouse and print its path")
    args = ap.parse_args(argv)
    gold = args.gold.resolve()
    articles = (args.articles or find_articles(gold)).resolve()
    scorer = find_scorer(gold)

    from dagster import DagsterInstance

    from orchestration.definitions import build_defs
    from orchestration.resources import RawFolder, Warehouse

    tmp = Path(tempfile.mkdtemp(prefix="bilateral-score-"))
    warehouse = tmp / "bilateral.duckdb"
    try:
        print(f"building {warehouse} from {articles}", file=sys.stderr)
        defs = build_defs({"raw": RawFolder(path=str(articles)), "warehouse": Warehouse(path=str(warehouse))})
        with DagsterInstance.ephemeral() as instance:
            result = defs.resolve_job_def("refresh").execute_in_process(
                instance=instance, raise_on_error=False,
                run_config={"loggers": {"console": {"config": {"log_level": "WARNING"}}}},
            )
        if not result.success:
            print("refresh failed; scoring what was published (if anything)", file=sys.stderr)
        rc = subprocess.call([sys.executable, str(scorer), "--warehouse", str(warehouse), "--gold", str(gold), "-v"])
        if args.keep:
            print(f"warehouse kept at {warehouse}", file=sys.stderr)
        return rc
    finally:
        if not args.keep:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
