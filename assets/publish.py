"""Publish stage: the quarantine report and the atomic swap of the working copy into place."""

from dagster import AssetExecutionContext, AssetKey, AssetsDefinition, MaterializeResult, MetadataValue, asset

from assets._shared import KINDS, NO_CHANGES, key, unchanged_metadata
from orchestration import steps
from orchestration.metadata import column_schema, table_metadata
from orchestration.resources import RawFolder, Warehouse

QUARANTINE_UPSTREAM = [key("core", t) for t in ("articles", "trade_facts", "visit_events", "event_participants")]


@asset(
    key=key("core", "quarantine"),
    deps=QUARANTINE_UPSTREAM,
    group_name="publish",
    kinds=KINDS,
    metadata={"dagster/column_schema": column_schema("core", "quarantine")},
)
def quarantine(context: AssetExecutionContext, warehouse: Warehouse) -> MaterializeResult:
    """core.quarantine: every raw file, record or row that was not loaded, with what (kind,
    record), where (source_file, article_id), why (reason) and when (detected_at, run_id).

    Written by the ingest and extract steps; this asset reports it. It mirrors the current raw
    folder: the rows of a file go when that file is read again or removed."""
    if not warehouse.file.has_work(context.run_id):
        return MaterializeResult(metadata=unchanged_metadata(warehouse, "core", "quarantine"))
    with warehouse.file.connect_work(context.run_id, read_only=True) as con:
        meta = table_metadata(con, "core", "quarantine",
                              "select kind, source_file, reason, detected_at from core.quarantine "
                              "order by detected_at desc, source_file")
        by_kind = dict(con.execute("select kind, count(*) from core.quarantine group by kind order by kind").fetchall())
        this_run = con.execute("select count(*) from core.quarantine where run_id = ?", [context.run_id]).fetchone()[0]
    return MaterializeResult(metadata={**meta, "by_kind": MetadataValue.json(by_kind),
                                       "added_this_run": MetadataValue.int(this_run)})


def publish_asset(upstream: list[AssetKey]) -> AssetsDefinition:
    @asset(
        key=key("meta", "refreshes"),
        deps=upstream,
        group_name="publish",
        kinds=KINDS,
        metadata={"dagster/column_schema": column_schema("meta", "refreshes")},
    )
    def refreshes(context: AssetExecutionContext, raw: RawFolder, warehouse: Warehouse) -> MaterializeResult:
        """Publish the refresh: log it in meta.refreshes, CHECKPOINT the working copy and swap it
        in for the published file (BILATERAL_WAREHOUSE) with an atomic os.replace.

        Runs only after every table and every blocking check succeeded, so readers never see a
        half-written or invalid refresh. Sessions that hold the old file open keep seeing the
        old data until they reconnect. With no changes, the published file is left untouched."""
        wh = warehouse.file
        if not wh.has_work(context.run_id):
            meta = unchanged_metadata(warehouse, "meta", "refreshes")
            meta["published"] = MetadataValue.path(str(wh.published))
            context.log.info(f"{NO_CHANGES}: {wh.published} left as it was")
            return MaterializeResult(metadata=meta)
        with wh.connect_work(context.run_id) as con:
            counts = steps.record_refresh(con, context.run_id, steps.engine_version(), raw.root)
            meta = table_metadata(con, "meta", "refreshes", "select * from meta.refreshes order by published_at desc")
        path = wh.publish(context.run_id)
        context.log.info(f"published {path}")
        return MaterializeResult(metadata={
            **meta,
            "status": MetadataValue.text("published"),
            "published": MetadataValue.path(str(path)),
            "size_bytes": MetadataValue.int(path.stat().st_size),
            "table_rows": MetadataValue.json(counts),
        })

    return refreshes
