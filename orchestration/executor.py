"""The refresh job's executor: in one process for small work, one process per core for big work.

Dagster's multiprocess executor starts a process per step (about 0.7 s each here); a refresh
has some 30 steps, most of which must run one at a time (one DuckDB writer), so a refresh of a
handful of new files would pay ~20 s for processes it cannot use. This executor looks at the
work first: how many raw files are new or changed (or need the new engine) compared with the
pipeline's state. Below ``BILATERAL_PARALLEL_MIN_FILES`` (default: enough for two extraction
shards, 2 x ``BILATERAL_SHARD_MIN_ARTICLES`` = 4,000) it runs the job in process; at or above it, on the multiprocess executor with every DuckDB step limited to one at a
time (tag ``bilateral/duckdb=writer``) while the extraction shards fill the cores.

``BILATERAL_EXECUTOR`` = ``auto`` (default) | ``multiprocess`` | ``in_process`` overrides the
choice. On several machines, give the job dagster-celery's or dagster-k8s's executor instead,
with the same tag limit (README, "Running on several machines").
"""
from __future__ import annotations

import logging
import os

import duckdb
from dagster import Field, executor, multiple_process_executor_requirements
from dagster._core.execution.retries import RetryMode
from dagster._core.executor.in_process import InProcessExecutor
from dagster._core.executor.multiprocess import MultiprocessExecutor

WRITER_LIMIT = [{"key": "bilateral/duckdb", "value": "writer", "limit": 1}]
MODES = ("auto", "multiprocess", "in_process")
CHOSEN_VAR = "BILATERAL_EXECUTOR_CHOSEN"
log = logging.getLogger("bilateral.executor")


def pending_files() -> int:
    """Raw files a refresh would read now: not in the pipeline's state with the same size and
    mtime and the current engine (an estimate made before the run: the plan step decides)."""
    from orchestration.rawfolder import scan_folder
    from orchestration.resources import DEFAULT_RAW_DIR, DEFAULT_WAREHOUSE, RAW_DIR_VAR, WAREHOUSE_VAR
    from orchestration.steps import engine_version
    from orchestration.warehouse import WarehouseFile, resolve_path

    entries = [e for e in scan_folder(resolve_path(os.environ.get(RAW_DIR_VAR) or DEFAULT_RAW_DIR)) if e.problem is None]
    state = WarehouseFile(os.environ.get(WAREHOUSE_VAR) or DEFAULT_WAREHOUSE).state
    if not state.exists():
        return len(entries)
    try:
        con = duckdb.connect(str(state), read_only=True)
        try:
            known = {f: (size, mtime, ver) for f, size, mtime, ver in con.execute(
                "select source_file, size, epoch_ns(mtime), engine_version from meta.raw_files").fetchall()}
        finally:
            con.close()
    except duckdb.Error:
        return len(entries)
    version = engine_version()
    n = 0
    for e in entries:
        k = known.get(e.source_file)
        if k is None or k[2] != version or k[0] != e.size or abs((k[1] or 0) - e.mtime_ns) >= 1000:
            n += 1
    return n


def choose_mode(configured: str | None = None) -> tuple[str, str]:
    """(mode, why)."""
    mode = (os.environ.get("BILATERAL_EXECUTOR") or configured or "auto").strip().lower().replace("-", "_")
    if mode not in MODES:
        raise ValueError(f"BILATERAL_EXECUTOR={mode!r}: use one of {', '.join(MODES)}")
    if mode != "auto":
        return mode, "BILATERAL_EXECUTOR" if os.environ.get("BILATERAL_EXECUTOR") else "configured"
    from orchestration.steps import Sharding

    # by default: when the work is worth at least two extraction shards
    threshold = int(os.environ.get("BILATERAL_PARALLEL_MIN_FILES") or 2 * Sharding().min_articles)
    n = pending_files()
    mode = "multiprocess" if n >= threshold else "in_process"
    return mode, f"{n:,} file(s) to read, parallel from {threshold:,}"


def _requirements(config):
    mode = (config or {}).get("mode", "auto")
    return [] if mode == "in_process" else multiple_process_executor_requirements()


@executor(
    name="bilateral_executor",
    config_schema={"mode": Field(str, default_value="auto", description="auto | multiprocess | in_process")},
    requirements=_requirements,
)
def bilateral_executor(init_context):
    """In process for small refreshes, one process per core (one DuckDB writer at a time) for big ones."""
    mode, why = choose_mode(init_context.executor_config.get("mode"))
    log.info("refresh executor: %s (%s)", mode, why)
    # step processes are started after this (and inherit it): the plan step logs the choice
    os.environ[CHOSEN_VAR] = f"{mode} ({why})"
    if mode == "in_process":
        return InProcessExecutor(retries=RetryMode.DISABLED)
    return MultiprocessExecutor(
        retries=RetryMode.DISABLED, max_concurrent=os.cpu_count() or 1, tag_concurrency_limits=WRITER_LIMIT,
        start_method="forkserver", explicit_forkserver_preload=["orchestration.preload"],
    )
