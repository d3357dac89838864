"""Extract stage: trade facts, events and their participants, read by elshi from each article.

A graph-backed asset, so that Dagster's executor does the fanning out:

    plan_shards (one writer)  ->  extract_shard x N (no DuckDB, in parallel)  ->  load_shards (one writer)

``plan_shards`` writes the articles to extract into Parquet shards in the staging folder (as
many shards as the work is worth, see orchestration.steps.Sharding); each ``extract_shard``
step reads its shard and writes its rows to Parquet; ``load_shards`` loads them all into the
working copy. The multiprocess executor runs the shards on this machine's cores; the same job
runs unchanged with dagster-celery or dagster-k8s workers when the staging folder is shared.
"""

import time
from typing import Optional

import elshi
from dagster import (
    AssetIn, AssetOut, DynamicOut, DynamicOutput, In, MetadataValue, Nothing, OpExecutionContext, Out, Output,
    graph_multi_asset, op,
)

from assets._shared import KINDS, WRITER, key, progress_logger, unchanged_metadata
from orchestration import steps
from orchestration.metadata import column_schema, table_metadata
from orchestration.resources import Warehouse

TABLES = {
    "trade_facts": "core.trade_facts: one row per bilateral trade or investment figure stated in an "
                   "article (contract table), with the sentence it was read from and its offsets.",
    "visit_events": "core.visit_events: one row per bilateral visit, meeting, call, forum, council "
                    "session or signing (contract table), with the sentence(s) it was read from.",
    "event_participants": "core.event_participants: named officials of each event (contract table).",
}
PREVIEW = {
    "trade_facts": "select reporter_iso3, partner_iso3, flow, measure, period_start, period_end, value_usd, "
                   "growth_pct, evidence from core.trade_facts order by article_id, char_start",
    "visit_events": "select event_type, status, country_a_iso3, country_b_iso3, location, date_start, "
                    "date_precision, evidence from core.visit_events order by article_id, char_start",
    "event_participants": "select * from core.event_participants order by event_id, name",
}
KIND_OF = {"trade_facts": "trade_fact", "visit_events": "visit_event", "event_participants": "event_participant"}


class ShardTask:
    """What one extract_shard step gets: a shard, or nothing (a refresh with nothing to do still
    runs one empty step, so the graph always reaches load_shards)."""

    def __init__(self, shard: steps.Shard | None, dropped: int = 0, planned_at: float = 0.0):
        self.shard, self.dropped, self.planned_at = shard, dropped, planned_at


@op(ins={"after": In(Nothing)}, out=DynamicOut(ShardTask), tags=WRITER)
def plan_shards(context: OpExecutionContext, warehouse: Warehouse):
    """Drop the facts of articles that are gone or to be extracted again, and write the articles
    to extract (no extraction for their current text and engine version) into Parquet shards."""
    if not warehouse.file.has_work(context.run_id):
        yield DynamicOutput(ShardTask(None), mapping_key="nothing_to_do")
        return
    version = steps.engine_version()
    staging = steps.staging_root(warehouse.file.published)
    with warehouse.file.connect_work(context.run_id) as con:
        shards, dropped = steps.prepare_extraction(con, context.run_id, version, staging)
    total = sum(s.n_articles for s in shards)
    context.log.info(f"{total:,} article(s) to extract in {len(shards)} shard(s) "
                     f"({', '.join(f'{s.n_articles:,}' for s in shards)}); staging in {staging / context.run_id}")
    for s in shards:
        yield DynamicOutput(ShardTask(s, dropped, time.time()), mapping_key=s.key)


@op(out=Out(Optional[steps.ShardResult]))
def extract_shard(context: OpExecutionContext, task: ShardTask):
    """Extract one shard with elshi (no DuckDB here), logging progress at least every 10 s."""
    if task.shard is None:
        return None
    shard = task.shard
    result = steps.extract_shard(shard, elshi.extract, elshi.Article,
                                 progress_logger(context, f"articles extracted ({shard.key})"))
    result.dropped = task.dropped
    return result


@op(out={table: Out(Nothing) for table in TABLES}, tags=WRITER)
def load_shards(context: OpExecutionContext, warehouse: Warehouse, results: list):
    """Load every shard's staged rows into the working copy (the single writer) and report the
    totals: articles extracted, rows per table, quarantined rows, articles/s."""
    results = [r for r in results if r is not None]
    if not warehouse.file.has_work(context.run_id):
        for table in TABLES:
            yield Output(None, table, metadata=unchanged_metadata(warehouse, "core", table))
        return
    started = time.monotonic()
    with warehouse.file.connect_work(context.run_id) as con:
        stats = steps.load_shards(con, results, max((getattr(r, "dropped", 0) for r in results), default=0))
        metas = {table: table_metadata(con, "core", table, PREVIEW[table]) for table in TABLES}
    if stats.quarantined:
        context.log.warning(f"{stats.quarantined} extracted row(s) quarantined: {stats.quarantined_by_kind}")
    busiest = max((r.seconds for r in results), default=0.0)
    context.log.info(f"loaded {len(results)} shard(s): {stats.articles_extracted:,} articles, "
                     f"{stats.trade_facts:,} facts, {stats.visit_events:,} events in {time.monotonic() - started:.1f} s")
    common = {
        "articles_extracted": MetadataValue.int(stats.articles_extracted),
        "articles_dropped": MetadataValue.int(stats.articles_dropped),
        "shards": MetadataValue.int(len(results)),
        "shard_articles": MetadataValue.json([r.articles for r in results]),
        "extraction_seconds": MetadataValue.float(round(busiest, 2)),
        "articles_per_second": MetadataValue.float(round(stats.articles_extracted / busiest, 1) if busiest else 0.0),
        "engine_version": MetadataValue.text(results[0].shard.engine_version if results else steps.engine_version()),
    }
    for table in TABLES:
        yield Output(None, table, metadata={
            **metas[table], **common,
            "rows_added": MetadataValue.int(getattr(stats, table)),
            "quarantined": MetadataValue.int(stats.quarantined_by_kind.get(KIND_OF[table], 0)),
        })


@graph_multi_asset(
    outs={table: AssetOut(key=key("core", table), kinds=KINDS, description=text,
                          dagster_type=Nothing, metadata={"dagster/column_schema": column_schema("core", table)})
          for table, text in TABLES.items()},
    ins={"articles": AssetIn(key=key("core", "articles"), dagster_type=Nothing)},
    name="extract_facts",
    group_name="extract",
)
def extract_facts(articles):
    """Run elshi.extract over every article that has no extraction for its current text and
    engine version (elshi.ENGINE_VERSION + a fingerprint of elshi/ and seeds/*.csv, so a new
    engine re-extracts everything), fanned out over shards, and drop the rows of articles that
    are gone. Rows that fail the pandera models (schemas/), whose evidence is not the article
    text at its offsets, or whose id repeats go to core.quarantine instead."""
    results = plan_shards(after=articles).map(extract_shard).collect()
    trade_facts, visit_events, event_participants = load_shards(results=results)
    return {"trade_facts": trade_facts, "visit_events": visit_events, "event_participants": event_participants}
