"""Publish stage: the quarantine report and the atomic swap of the working copy into place."""

import os

from dagster import AssetExecutionContext, AssetKey, AssetsDefinition, MaterializeResult, MetadataValue, RetryRequested, asset

from assets import checks
from assets._shared import KINDS, NO_CHANGES, WRITER, key, unchanged_metadata
from orchestration import steps
from orchestration.metadata import column_schema, table_metadata
from orchestration.resources import RawFolder, Warehouse
from orchestration.warehouse import PublishRefused

# while another process holds the published file open read-write, publication is retried this
# often, this many seconds apart, before the run fails (nothing is lost either way)
PUBLISH_RETRIES = int(os.environ.get("BILATERAL_PUBLISH_RETRIES", 5))
PUBLISH_RETRY_SECONDS = float(os.environ.get("BILATERAL_PUBLISH_RETRY_SECONDS", 60))

QUARANTINE_UPSTREAM = [key("core", t) for t in ("articles", "trade_facts", "visit_events", "event_participants")]


@asset(
    op_tags=WRITER, key=key("core", "quarantine"),
    deps=QUARANTINE_UPSTREAM,
    check_specs=[checks.QUARANTINE_SPEC],
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
        return MaterializeResult(metadata=unchanged_metadata(warehouse, "core", "quarantine"),
                                 check_results=[checks.quarantine_empty(context.run_id, warehouse)])
    with warehouse.file.connect_work(context.run_id, read_only=True) as con:
        meta = table_metadata(con, "core", "quarantine",
                              "select kind, source_file, reason, detected_at from core.quarantine "
                              "order by detected_at desc, source_file")
        by_kind = dict(con.execute("select kind, count(*) from core.quarantine group by kind order by kind").fetchall())
        this_run = con.execute("select count(*) from core.quarantine where run_id = ?", [context.run_id]).fetchone()[0]
    return MaterializeResult(metadata={**meta, "by_kind": MetadataValue.json(by_kind),
                                       "added_this_run": MetadataValue.int(this_run)},
                             check_results=[checks.quarantine_empty(context.run_id, warehouse)])


def publish_asset(upstream: list[AssetKey]) -> AssetsDefinition:
    @asset(
        op_tags=WRITER, key=key("meta", "refreshes"),
        deps=upstream,
        check_specs=[checks.GOLD_SPEC],
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
            return MaterializeResult(metadata=meta, check_results=[checks.gold_accuracy(warehouse)])
        wh.acquire(context.run_id)  # held since the plan; taken again when this step is retried
        try:
            base = wh.generation(wh.work_path(context.run_id))
            if base != wh.generation():
                wh.discard_work(context.run_id)
                context.log.warning("another refresh published after this one started; it planned on a newer "
                                    "folder, so this run's result is dropped")
                return MaterializeResult(metadata={"status": MetadataValue.text("superseded by a newer refresh")},
                                         check_results=[checks.gold_accuracy(warehouse)])
            try:
                wh.check_publishable()  # an analyst's read-write session: refuse, clearly, before recording anything
            except PublishRefused as exc:
                if not PUBLISH_RETRIES:
                    raise
                context.log.error(f"{exc} Retrying in {PUBLISH_RETRY_SECONDS:.0f} s (at most {PUBLISH_RETRIES} times).")
                raise RetryRequested(max_retries=PUBLISH_RETRIES, seconds_to_wait=PUBLISH_RETRY_SECONDS) from exc
            aside = wh.aside_path() if wh.published_was_edited() else None
            with wh.connect_work(context.run_id) as con:
                counts = steps.record_refresh(con, context.run_id, steps.engine_version(), raw.root, aside)
                meta = table_metadata(con, "meta", "refreshes", "select * from meta.refreshes order by published_at desc")
            path, aside = wh.publish(context.run_id, aside)
        finally:
            wh.release(context.run_id)  # a refused publication keeps its working copy until the next refresh
        context.log.info(f"published {path}")
        if aside is not None:
            context.log.warning(f"{path} had been changed by another process since it was published; "
                                f"that file (with whatever was written into it) is kept as {aside}")
        return MaterializeResult(metadata={
            **meta,
            "status": MetadataValue.text("published"),
            "published": MetadataValue.path(str(path)),
            "set_aside": MetadataValue.text(str(aside) if aside else "no"),
            "size_bytes": MetadataValue.int(path.stat().st_size),
            "table_rows": MetadataValue.json(counts),
        }, check_results=[checks.gold_accuracy(warehouse)])

    return refreshes
