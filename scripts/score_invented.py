"""Score the engine on the invented batches in ``tests/invented`` (``make score-invented``).

Each batch is a folder ``tests/invented/bNNN/`` with ``articles/`` and ``gold/`` (format:
``../shared/gold/FORMAT.md``), written by helpers from the developers' guide alone, each on a theme,
and scored once by the engine of its day before any rule was written for it. They are our second
measure of unseen news beside the sealed dev sample (see docs/quality.md).

    python scripts/score_invented.py [--batches b103,b104] [--save FILE] [--compare FILE]
                                     [-v [-a]] [--engine DIR]

One engine-only warehouse is built from every batch's articles (``scripts/score.py
--engine-only``: the same rows as the pipeline, in seconds), then each batch and the pool are
scored. ``--save`` writes the per-batch F1 as JSON; ``--compare`` prints the change against such a
file and exits 1 when any batch's trade or event F1 fell. ``--engine DIR`` scores the ``elshi`` of
another checkout (e.g. a ``git worktree`` at the last release) for before/after numbers.
"""
from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
INVENTED = REPO_ROOT / "tests" / "invented"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--root", type=Path, default=INVENTED, help="folder of the batches")
    ap.add_argument("--batches", help="comma-separated batch folders (default: all)")
    ap.add_argument("--engine", type=Path, help="checkout whose elshi package is scored (default: this one)")
    ap.add_argument("--save", type=Path, help="write the per-batch scores here (JSON)")
    ap.add_argument("--compare", type=Path, help="a file written by --save: print changes, exit 1 on a fall")
    ap.add_argument("-v", "--verbose", action="store_true", help="list every miss")
    ap.add_argument("-a", "--attributes", action="store_true",
                    help="with -v, also list each wrong date, location, visitor/host and missed participant")
    args = ap.parse_args(argv)

    sys.path.insert(0, str(REPO_ROOT))
    if args.engine:
        sys.path.insert(0, str(args.engine.resolve()))
    import duckdb

    import elshi
    from orchestration import goldscore
    from scripts.score import build_engine_only

    wanted = set(args.batches.split(",")) if args.batches else None
    batches = sorted(p for p in args.root.iterdir()
                     if p.is_dir() and any((p / "gold").glob("*.json")) and (wanted is None or p.name in wanted))
    if not batches:
        raise SystemExit(f"no batches under {args.root}")
    tmp = Path(tempfile.mkdtemp(prefix="bilateral-invented-"))
    try:
        raw, pool = tmp / "raw", tmp / "gold"
        raw.mkdir()
        pool.mkdir()
        for b in batches:
            for gf in sorted((b / "gold").glob("*.json")):
                shutil.copy2(gf, pool / gf.name)
                src = b / "articles" / gf.name[: -len(".json")]
                if src.exists():
                    shutil.copy2(src, raw / src.name)
        warehouse = tmp / "invented.duckdb"
        print(f"engine {elshi.ENGINE_VERSION} ({Path(elshi.__file__).parent}); {len(batches)} batches",
              file=sys.stderr)
        build_engine_only(raw, warehouse)
        con = duckdb.connect(str(warehouse), read_only=True)
        scores = {}
        try:
            for b in batches:
                r = goldscore.score(con, b / "gold")
                scores[b.name] = {"trade": r["trade"]["f1"], "events": r["events"]["f1"]}
                if args.verbose:
                    print(goldscore.report(r, b.name, True, args.attributes))
            pooled = goldscore.score(con, pool)
        finally:
            con.close()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    before = json.loads(args.compare.read_text(encoding="utf-8"))["batches"] if args.compare else {}
    fell = []
    print(f"{'batch':<8} {'trade':>6} {'events':>6}" + ("   change" if before else ""))
    for name, s in scores.items():
        line = f"{name:<8} {s['trade']:6.3f} {s['events']:6.3f}"
        if name in before:
            dt_, de = s["trade"] - before[name]["trade"], s["events"] - before[name]["events"]
            if dt_ or de:
                line += f"   {dt_:+.3f} {de:+.3f}"
            if dt_ < -1e-9 or de < -1e-9:
                line += "  FELL"
                fell.append(name)
        print(line)
    n = len(scores)
    mean_t = sum(s["trade"] for s in scores.values()) / n
    mean_e = sum(s["events"] for s in scores.values()) / n
    print(f"{'mean':<8} {mean_t:6.3f} {mean_e:6.3f}")
    print(goldscore.report(pooled, f"pooled ({n} batches)", False))
    if args.save:
        args.save.write_text(json.dumps({"engine": elshi.ENGINE_VERSION, "batches": scores,
                                         "pooled": {"trade": pooled["trade"]["f1"],
                                                    "events": pooled["events"]["f1"]}},
                                        indent=1), encoding="utf-8")
    if fell:
        print(f"F1 fell on {len(fell)} batch(es): {', '.join(fell)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
