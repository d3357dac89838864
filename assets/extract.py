"""Extract stage: trade facts, events and their participants, read by elshi from each article."""

from typing import Iterator

import elshi
from dagster import AssetExecutionContext, AssetSpec, MaterializeResult, MetadataValue, multi_asset

from assets._shared import KINDS, key, unchanged_metadata
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


@multi_asset(
    specs=[
        AssetSpec(
            key("core", table), deps=[key("core", "articles")], group_name="extract", kinds=KINDS,
            description=text, metadata={"dagster/column_schema": column_schema("core", table)},
        )
        for table, text in TABLES.items()
    ],
    can_subset=False,
    name="extract_facts",
)
def extract_facts(context: AssetExecutionContext, warehouse: Warehouse) -> Iterator[MaterializeResult]:
    """Run elshi.extract over every article that has no extraction for its current text and
    engine version (elshi.ENGINE_VERSION + a fingerprint of elshi/ and seeds/*.csv, so a new
    engine re-extracts everything), and drop the rows of
    articles that are gone. Rows that fail the pandera models (schemas/), whose evidence is not
    the article text at its offsets, or whose id repeats go to core.quarantine instead."""
    if not warehouse.file.has_work(context.run_id):
        for table in TABLES:
            yield MaterializeResult(asset_key=key("core", table),
                                    metadata=unchanged_metadata(warehouse, "core", table))
        return
    version = steps.engine_version()
    with warehouse.file.connect_work(context.run_id) as con:
        stats = steps.extract(con, context.run_id, version, elshi.extract, elshi.Article)
        metas = {table: table_metadata(con, "core", table, PREVIEW[table]) for table in TABLES}
    if stats.quarantined:
        context.log.warning(f"{stats.quarantined} extracted row(s) quarantined: {stats.quarantined_by_kind}")
    common = {
        "articles_extracted": MetadataValue.int(stats.articles_extracted),
        "articles_dropped": MetadataValue.int(stats.articles_dropped),
        "engine_version": MetadataValue.text(version),
    }
    kind_of = {"trade_facts": "trade_fact", "visit_events": "visit_event", "event_participants": "event_participant"}
    for table in TABLES:
        yield MaterializeResult(asset_key=key("core", table), metadata={
            **metas[table], **common,
            "rows_added": MetadataValue.int(getattr(stats, table)),
            "quarantined": MetadataValue.int(stats.quarantined_by_kind.get(kind_of[table], 0)),
        })
