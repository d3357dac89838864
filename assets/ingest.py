"""Ingest stage: which raw files changed, and the articles read from them (in shards)."""

import os
from typing import Optional

from dagster import (
    AssetCheckExecutionContext, AssetExecutionContext, AssetIn, DynamicOut, DynamicOutput, Failure, In,
    MaterializeResult, MetadataValue, Nothing, OpExecutionContext, Out, Output, asset, graph_asset,
    multi_asset_check, op,
)
from elshi import ingest as elshi_ingest
from elshi.lexicon import seeds_dir

from assets import checks
from assets._shared import KINDS, NO_CHANGES, WRITER, key, progress_logger, unchanged_metadata
from orchestration import steps
from orchestration.executor import CHOSEN_VAR
from orchestration.metadata import column_schema, table_metadata
from orchestration.resources import RawFolder, Warehouse


def _listing(names: list[str], limit: int = 50) -> MetadataValue:
    shown = "\n".join(f"- `{n}`" for n in names[:limit]) or "_none_"
    if len(names) > limit:
        shown += f"\n- ... and {len(names) - limit} more"
    return MetadataValue.md(shown)


@asset(
    op_tags=WRITER, key=key("meta", "raw_files"),
    group_name="ingest",
    kinds=KINDS,
    metadata={"dagster/column_schema": column_schema("meta", "raw_files")},
)
def raw_files(context: AssetExecutionContext, raw: RawFolder, warehouse: Warehouse) -> MaterializeResult:
    """Scan the raw folder (BILATERAL_RAW_DIR) and seeds/*.csv, hash each file and compare with
    the state kept in the warehouse (meta.raw_files, meta.seed_files).

    Decides what this refresh does: read new and changed files, forget removed ones, re-read
    everything when the engine changed (elshi.ENGINE_VERSION, or any file of elshi/ or
    seeds/). With nothing to do, no working copy is made and every later step reports
    "no changes"; the published warehouse file is not touched."""
    if not raw.root.is_dir():
        raise Failure(f"raw folder {raw.root} does not exist (set BILATERAL_RAW_DIR)")
    version = steps.engine_version()
    plan, entries = steps.plan_refresh(
        warehouse.file, context.run_id, raw.root, steps.seed_files(seeds_dir()), version
    )
    counts = plan.counts()
    skipped_seeds = steps.skipped_seed_files(seeds_dir())
    for reason in skipped_seeds:
        context.log.warning(f"seeds/{reason}")
    removed = plan.files("removed")
    if removed:
        context.log.warning(f"{len(removed)} raw file(s) removed since the last refresh: {removed[:20]}")
    meta = {
        "status": MetadataValue.text("changes" if plan.has_changes else NO_CHANGES),
        "raw_dir": MetadataValue.path(str(raw.root)),
        "files": MetadataValue.int(len(entries)),
        **{f"files_{c}": MetadataValue.int(n) for c, n in counts.items()},
        "new_files": _listing(plan.files("new")),
        "changed_files": _listing(plan.files("changed")),
        "removed_files": _listing(removed),
        "seeds_changed": MetadataValue.json({n: c for n, c in plan.seeds.items() if c != "unchanged"}),
        "seeds_skipped": MetadataValue.json(skipped_seeds),
        "unreadable_entries": MetadataValue.int(len(plan.problems)),
        "engine_version": MetadataValue.text(version),
        "rebuilt_from_scratch": MetadataValue.bool(plan.fresh),
        "marts_rules_changed": MetadataValue.bool(plan.marts_stale),
    }
    if plan.has_changes:
        with warehouse.file.connect_work(context.run_id, read_only=True) as con:
            meta.update(table_metadata(con, "meta", "raw_files",
                                       "select * from meta.raw_files where status = 'pending' order by source_file"))
    return MaterializeResult(metadata=meta)


class ReadTask:
    """What one read_files step gets: a shard of files, or nothing to do."""

    def __init__(self, shard: steps.ReadShard | None, removed: list[str] | None = None):
        self.shard, self.removed = shard, removed or []


@op(ins={"after": In(Nothing)}, out=DynamicOut(ReadTask), tags=WRITER)
def plan_reads(context: OpExecutionContext, warehouse: Warehouse, raw: RawFolder):
    """Forget what changed and removed files held, and split the files to read into shards."""
    if not warehouse.file.has_work(context.run_id):
        yield DynamicOutput(ReadTask(None), mapping_key="nothing_to_do")
        return
    staging = steps.staging_root(warehouse.file.published)
    with warehouse.file.connect_work(context.run_id) as con:
        shards, removed = steps.prepare_ingest(con, context.run_id, raw.root, steps.engine_version(), staging)
    context.log.info(f"{sum(len(s.files) for s in shards):,} file(s) to read in {len(shards)} shard(s); executor: "
                     f"{os.environ.get(CHOSEN_VAR, 'in process (job run directly)')}")
    for s in shards:
        yield DynamicOutput(ReadTask(s, removed), mapping_key=s.key)


@op(out=Out(Optional[steps.ReadResult]))
def read_files(context: OpExecutionContext, task: ReadTask):
    """Read one shard of raw files with elshi.ingest (no DuckDB here), logging progress at least every 10 s."""
    if task.shard is None:
        return None
    result = steps.read_shard(task.shard, elshi_ingest.read_file_detailed, elshi_ingest.SUPPORTED_SUFFIXES,
                              progress_logger(context, f"files read ({task.shard.key})"))
    result.removed = task.removed
    return result


@op(out=Out(Nothing), tags=WRITER)
def load_articles(context: OpExecutionContext, warehouse: Warehouse, results: list):
    """core.articles: one row per distinct article (contract table).

    Loads what the shards read into meta.article_sources (every copy) and keeps the first of
    each article_id (by file name) in core.articles. A file that cannot be read, a bad JSONL
    line or an invalid article (pandera ArticleModel) is in core.quarantine; the other files
    load regardless. Articles of removed files disappear unless another file still carries them."""
    results = [r for r in results if r is not None]
    if not warehouse.file.has_work(context.run_id):
        yield Output(None, metadata=unchanged_metadata(warehouse, "core", "articles"))
        return
    busiest = max((r.seconds for r in results), default=0.0)
    with warehouse.file.connect_work(context.run_id) as con:
        stats = steps.load_ingest(con, results, results[0].removed if results else [])
        meta = table_metadata(con, "core", "articles",
                              "select article_id, source_file, language, published_on, source_name, title "
                              "from core.articles order by ingested_at desc, source_file")
    if stats.quarantined:
        context.log.warning(f"{stats.quarantined} file(s)/record(s) quarantined; see core.quarantine")
    meta.update({
        "files_read": MetadataValue.int(stats.files_read),
        "files_removed": MetadataValue.int(len(stats.files_removed)),
        "removed_files": _listing(stats.files_removed),
        "articles_read": MetadataValue.int(stats.articles_read),
        "articles_added": MetadataValue.int(stats.articles_added),
        "articles_removed": MetadataValue.int(stats.articles_removed),
        "quarantined": MetadataValue.int(stats.quarantined),
        "quarantined_files": _listing(stats.quarantined_files),
        "read_shards": MetadataValue.int(len(results)),
        "reading_seconds": MetadataValue.float(round(busiest, 2)),
        "files_per_second": MetadataValue.float(round(stats.files_read / busiest, 1) if busiest else 0.0),
    })
    yield Output(None, metadata=meta)


@graph_asset(
    key=key("core", "articles"),
    ins={"raw_files": AssetIn(key=key("meta", "raw_files"), dagster_type=Nothing)},
    group_name="ingest",
    kinds=KINDS,
    metadata={"dagster/column_schema": column_schema("core", "articles")},
    description="core.articles: one row per distinct article (contract table). The files the scan marked new "
                "or changed are read in shards (read_files, in parallel, no DuckDB) and loaded by one writer "
                "(load_articles); every copy is kept in meta.article_sources and the first of each article_id "
                "(by file name) here. Unreadable files, bad records and invalid articles go to core.quarantine.",
)
def articles(raw_files):
    return load_articles(results=plan_reads(after=raw_files).map(read_files).collect())


@multi_asset_check(
    specs=[checks.rows_valid_spec("core", "articles")], op_tags=WRITER, name="articles_rows_valid",
    description="The blocking rows_valid check of core.articles (before anything is extracted from it).",
)
def articles_rows_valid(context: AssetCheckExecutionContext, warehouse: Warehouse):
    yield checks.rows_valid(context.run.run_id, warehouse, "core", "articles")
