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
