"""Resources: where the raw articles are and where the warehouse goes.

Both are configured from environment variables the Dagster way (``EnvVar``), so the UI shows
where a value came from:

* ``BILATERAL_RAW_DIR``   folder of raw article files (default ``seeds/articles``)
* ``BILATERAL_WAREHOUSE`` the published DuckDB file (default ``warehouse/bilateral.duckdb``)

Relative paths are taken from the repo root, whatever the current directory.
"""
from __future__ import annotations

import os
from pathlib import Path

from dagster import ConfigurableResource, EnvVar

from orchestration.rawfolder import RawEntry, scan_folder
from orchestration.warehouse import WarehouseFile, resolve_path

RAW_DIR_VAR = "BILATERAL_RAW_DIR"
WAREHOUSE_VAR = "BILATERAL_WAREHOUSE"
DEFAULT_RAW_DIR = "seeds/articles"
DEFAULT_WAREHOUSE = "warehouse/bilateral.duckdb"


class RawFolder(ConfigurableResource):
    """Folder of raw article files (.txt, .html, .htm, .json, .jsonl), read recursively."""

    path: str = DEFAULT_RAW_DIR

    @property
    def root(self) -> Path:
        return resolve_path(self.path)

    def listing(self) -> list[RawEntry]:
        return scan_folder(self.root)


class Warehouse(ConfigurableResource):
    """The published DuckDB warehouse file; refreshes work on a per-run copy next to it."""

    path: str = DEFAULT_WAREHOUSE

    @property
    def file(self) -> WarehouseFile:
        return WarehouseFile(self.path)


def _setting(var: str, default: str):
    """``EnvVar(var)`` when the variable is set, else the default (EnvVar has no default)."""
    return EnvVar(var) if os.environ.get(var) else default


def resources_from_env() -> dict:
    return {
        "raw": RawFolder(path=_setting(RAW_DIR_VAR, DEFAULT_RAW_DIR)),
        "warehouse": Warehouse(path=_setting(WAREHOUSE_VAR, DEFAULT_WAREHOUSE)),
    }
