"""Bits shared by the asset modules."""

import contextlib

import duckdb
from dagster import AssetKey, MetadataValue

from orchestration.metadata import table_metadata
from orchestration.resources import Warehouse

KINDS = {"duckdb", "polars"}
# Every step that opens the DuckDB working copy carries this tag; the executor runs at most one
# of them at a time (one writer per file), while extraction shards run side by side.
WRITER = {"bilateral/duckdb": "writer"}
NO_CHANGES = "no changes"


def key(schema: str, table: str) -> AssetKey:
    return AssetKey([schema, table])


def unchanged_metadata(warehouse: Warehouse, schema: str, table: str) -> dict:
    """Metadata for a step that had nothing to do: the published table as it stands."""
    meta = {"status": MetadataValue.text(NO_CHANGES)}
    if warehouse.file.state.exists() or warehouse.file.published.exists():
        with contextlib.suppress(duckdb.Error):  # e.g. a published file someone holds open read-write
            with warehouse.file.connect_current() as con:
                meta.update(table_metadata(con, schema, table))
    return meta


def progress_logger(context, what: str):
    """A ``progress(done, total, seconds)`` callback for the long steps: logs done/total, the
    rate and the ETA (the steps call it at least every 10 s)."""
    def log(done: int, total: int, seconds: float) -> None:
        rate = done / seconds if seconds > 0 else 0.0
        eta = (total - done) / rate if rate > 0 else 0.0
        context.log.info(f"{done:,}/{total:,} {what} ({100 * done / max(1, total):.0f} %), {rate:,.0f}/s, ETA {eta:,.0f} s")
    return log
