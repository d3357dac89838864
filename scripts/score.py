"""Build a warehouse from the articles of a gold folder and score it (`make score`).

Scoring is ``orchestration.goldscore`` (the same module as the ``gold_accuracy`` asset check).

    python scripts/score.py --gold ../shared/gold/dev [--subset open|sealed|all] [--engine-only]
                            [--by-language] [--articles DIR] [--keep] [--json FILE] [-q]

The articles folder is found generically: the folder under the gold folder's grandparent
(``../shared``) holding the most files named like the gold files minus ``.json``
(gold/seeds -> shared/seeds, gold/dev -> shared/dev/articles).

``--subset`` splits a gold folder by ``docs/sealed-dev.txt``: ``open`` scores the articles we may
read (every miss listed), ``sealed`` the ones we never open (aggregate numbers only: the list of
misses is never printed). Only the chosen subset's articles are copied into the raw folder.

By default the warehouse is built by the real pipeline (the Dagster ``refresh`` job).
``--engine-only`` skips Dagster: it reads each file with ``elshi.ingest`` and extracts it with
``elshi.extract`` into the same contract tables, which takes a few seconds instead of a minute and
gives the same rows (used while iterating on the rules; final numbers come from the pipeline).
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT))

import duckdb  # noqa: E402

from orchestration import goldscore  # noqa: E402

SEALED_LIST = REPO_ROOT / "docs" / "sealed-dev.txt"
LANGUAGES = ("kk", "ru", "en")


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


def sealed_stems() -> set[str]:
    if not SEALED_LIST.exists():
        return set()
    return {line.strip() for line in SEALED_LIST.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")}


def stem_of(gold_file: Path) -> str:
    return gold_file.name.split(".")[0]


def pick_gold(gold: Path, subset: str) -> list[Path]:
    files = sorted(gold.glob("*.json"))
    sealed = sealed_stems()
    if subset == "open":
        return [f for f in files if stem_of(f) not in sealed]
    if subset == "sealed":
        return [f for f in files if stem_of(f) in sealed]
    return files


def build_pipeline(articles: Path, warehouse: Path) -> None:
    from dagster import DagsterInstance

    from orchestration.definitions import build_defs
    from orchestration.resources import RawFolder, Warehouse

    defs = build_defs({"raw": RawFolder(path=str(articles)), "warehouse": Warehouse(path=str(warehouse))})
    with DagsterInstance.ephemeral() as instance:
        result = defs.resolve_job_def("refresh").execute_in_process(
            instance=instance, raise_on_error=False,
            run_config={"loggers": {"console": {"config": {"log_level": "WARNING"}}}},
        )
    if not result.success:
        print("refresh failed; scoring what was published (if anything)", file=sys.stderr)


def build_engine_only(articles: Path, warehouse: Path) -> None:
    import elshi
    from elshi import ingest
    from orchestration.warehouse import apply_ddl

    con = duckdb.connect(str(warehouse))
    apply_ddl(con)
    arts = []
    for path in sorted(articles.rglob("*")):
        if path.is_file() and path.suffix.lower() in ingest.SUPPORTED_SUFFIXES:
            arts.extend(ingest.read_file(path, articles))
    for a in ingest.dedupe(arts):
        con.execute("insert into core.articles (article_id, source_file, title, source_name, published_on, language, text) "
                    "values (?, ?, ?, ?, ?, ?, ?)",
                    [a.article_id, a.source_file, a.title, a.source_name, a.published_on, a.language, a.text])
        out = elshi.extract(a)
        for f in out.trade_facts:
            r = f.as_row()
            con.execute(f"insert into core.trade_facts ({', '.join(r)}) values ({', '.join('?' * len(r))})", list(r.values()))
        for e in out.events:
            r = e.as_row()
            con.execute(f"insert into core.visit_events ({', '.join(r)}) values ({', '.join('?' * len(r))})", list(r.values()))
            for p in e.participant_rows():
                con.execute("insert into core.event_participants (event_id, name, country_iso3, role) values (?, ?, ?, ?)",
                            [p["event_id"], p["name"], p["country_iso3"], p["role"]])
    con.close()


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", required=True, type=Path)
    ap.add_argument("--articles", type=Path, help="folder of the gold articles (found automatically)")
    ap.add_argument("--subset", choices=("all", "open", "sealed"), default="all",
                    help="which gold files to score (docs/sealed-dev.txt names the sealed ones)")
    ap.add_argument("--engine-only", action="store_true", help="extract without Dagster (fast, same rows)")
    ap.add_argument("--by-language", action="store_true", help="also score each language separately")
    ap.add_argument("--keep", action="store_true", help="keep the temporary warehouse and print its path")
    ap.add_argument("--json", type=Path, help="write the scores (without the lists of misses) here")
    ap.add_argument("-q", "--quiet", action="store_true", help="do not list the misses")
    ap.add_argument("-a", "--attributes", action="store_true",
                    help="also list each wrong date, location, visitor/host and missed participant (open only)")
    args = ap.parse_args(argv)
    gold = args.gold.resolve()
    articles = (args.articles or find_articles(gold)).resolve()
    verbose = not args.quiet and args.subset != "sealed"  # a sealed article's misses are never shown
    if args.attributes and args.subset != "open" and gold.name == "dev":
        raise SystemExit("--attributes lists misses article by article: use it with --subset open on dev")

    chosen = pick_gold(gold, args.subset)
    if not chosen:
        raise SystemExit(f"no gold files in subset {args.subset!r} of {gold}")
    tmp = Path(tempfile.mkdtemp(prefix="bilateral-score-"))
    try:
        gold_dir, raw_dir = tmp / "gold", tmp / "raw"
        gold_dir.mkdir()
        raw_dir.mkdir()
        by_lang: dict[str, list[Path]] = {}
        for gf in chosen:
            shutil.copy2(gf, gold_dir / gf.name)
            src = articles / gf.name[: -len(".json")]
            if src.exists():
                shutil.copy2(src, raw_dir / src.name)
            lang = json.loads(gf.read_text(encoding="utf-8")).get("language")
            by_lang.setdefault(lang, []).append(gf)
        warehouse = tmp / "bilateral.duckdb"
        print(f"building {warehouse} from {len(chosen)} articles of {articles} "
              f"({'engine only' if args.engine_only else 'pipeline'})", file=sys.stderr)
        (build_engine_only if args.engine_only else build_pipeline)(raw_dir, warehouse)

        results = {}
        con = duckdb.connect(str(warehouse), read_only=True)
        try:
            results[f"{gold.name}/{args.subset}"] = goldscore.score(con, gold_dir)
            if args.by_language:
                for lang in LANGUAGES:
                    if lang in by_lang:
                        names = {json.loads(gf.read_text(encoding="utf-8"))["file"] for gf in by_lang[lang]}
                        results[f"{gold.name}/{args.subset}/{lang}"] = goldscore.score(con, gold_dir, names)
        finally:
            con.close()
        for i, (name, r) in enumerate(results.items()):
            print(goldscore.report(r, name, verbose and i == 0, args.attributes and verbose and i == 0))
        main_r = next(iter(results.values()))
        print(f"SCORE trade_f1={main_r['trade']['f1']:.3f} event_f1={main_r['events']['f1']:.3f} "
              f"articles={main_r['articles_found']}/{main_r['articles_gold']}")
        if args.json:
            args.json.write_text(json.dumps({k: {kk: vv for kk, vv in v.items() if kk not in ("errors", "attribute_errors")}
                                             for k, v in results.items()}, indent=1, default=str), encoding="utf-8")
        if args.keep:
            keep = Path(tempfile.mkdtemp(prefix="bilateral-kept-")) / "bilateral.duckdb"
            shutil.copy2(warehouse, keep)
            print(f"warehouse kept at {keep}", file=sys.stderr)
        return 0
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
