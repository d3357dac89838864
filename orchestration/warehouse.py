"""The DuckDB warehouse file: DDL, per-run working copies and atomic publication.

No dagster here. A refresh never writes the published file in place: it works on a copy
(``warehouse/.bilateral.duckdb.<run_id>.work``) and, once every table and blocking check is
done, swaps it in with ``os.replace``. Readers holding the old file open keep seeing the old
data (they hold the old inode) until they reconnect; no reader lock ever blocks a refresh.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import functools
import hashlib
import logging
import os
import shutil
import time
from pathlib import Path
from typing import Iterator

import duckdb

REPO_ROOT = Path(__file__).resolve().parent.parent
SQL_DIR = REPO_ROOT / "warehouse"
STALE_WORK_SECONDS = 24 * 3600  # leftovers of failed runs are kept this long for inspection

log = logging.getLogger(__name__)


def resolve_path(value: str | os.PathLike) -> Path:
    """An absolute path; a relative one is taken from the repo root (not the cwd), so the
    same setting means the same file for `make`, `dagster dev` and tests."""
    path = Path(value).expanduser()
    return path if path.is_absolute() else REPO_ROOT / path


def utcnow() -> dt.datetime:
    """Naive UTC timestamp (the warehouse stores TIMESTAMP in UTC)."""
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None, microsecond=0)


# ---------------------------------------------------------------- DDL

def ddl_files() -> list[Path]:
    return sorted(SQL_DIR.glob("*.sql"))


@functools.lru_cache(maxsize=1)
def ddl_sql() -> str:
    return "\n".join(f"-- {p.name}\n{p.read_text(encoding='utf-8')}" for p in ddl_files())


def ddl_hash() -> str:
    return hashlib.sha256(ddl_sql().encode("utf-8")).hexdigest()


def apply_ddl(con: duckdb.DuckDBPyConnection) -> None:
    con.execute(ddl_sql())
    con.execute("delete from meta.warehouse where key = 'ddl_sha256'")
    con.execute("insert into meta.warehouse values ('ddl_sha256', ?)", [ddl_hash()])


def stored_ddl_hash(con: duckdb.DuckDBPyConnection) -> str | None:
    try:
        row = con.execute("select value from meta.warehouse where key = 'ddl_sha256'").fetchone()
    except duckdb.CatalogException:
        return None
    return row[0] if row else None


@functools.lru_cache(maxsize=1)
def declared_columns() -> dict[tuple[str, str], list[tuple[str, str, str | None]]]:
    """(schema, table) -> [(column, DuckDB type, comment)] as declared in warehouse/*.sql
    (read by running the DDL in an in-memory database)."""
    con = duckdb.connect()
    try:
        con.execute(ddl_sql())
        return table_columns(con)
    finally:
        con.close()


def table_columns(con: duckdb.DuckDBPyConnection) -> dict[tuple[str, str], list[tuple[str, str, str | None]]]:
    rows = con.execute(
        "select schema_name, table_name, column_name, data_type, comment from duckdb_columns() "
        "where database_name = current_database() and not internal order by schema_name, table_name, column_index"
    ).fetchall()
    out: dict[tuple[str, str], list] = {}
    for schema, table, column, dtype, comment in rows:
        out.setdefault((schema, table), []).append((column, dtype, comment))
    return out


# ---------------------------------------------------------------- files

class WarehouseFile:
    """The published warehouse file and the working copies of runs that refresh it."""

    def __init__(self, published: str | os.PathLike):
        self.published = resolve_path(published)

    def work_path(self, run_id: str) -> Path:
        return self.published.with_name(f".{self.published.name}.{run_id}.work")

    def has_work(self, run_id: str) -> bool:
        return self.work_path(run_id).exists()

    def start_work(self, run_id: str, fresh: bool = False) -> Path:
        """Create this run's working copy: a copy of the published file (or, with ``fresh`` or
        no published file yet, an empty database with the DDL applied)."""
        work = self.work_path(run_id)
        work.parent.mkdir(parents=True, exist_ok=True)
        self.discard_work(run_id)
        self._remove_stale_work()
        if self.published.exists() and not fresh:
            tmp = work.with_name(work.name + ".copying")
            shutil.copyfile(self.published, tmp)
            wal = self.published.with_name(self.published.name + ".wal")
            if wal.exists():  # only if someone wrote to the published file in place
                shutil.copyfile(wal, tmp.with_name(tmp.name + ".wal"))
                os.replace(tmp.with_name(tmp.name + ".wal"), work.with_name(work.name + ".wal"))
            os.replace(tmp, work)
        else:
            con = duckdb.connect(str(work))
            try:
                apply_ddl(con)
                con.execute("checkpoint")
            finally:
                con.close()
        return work

    def discard_work(self, run_id: str) -> None:
        work = self.work_path(run_id)
        for path in (work, work.with_name(work.name + ".wal")):
            path.unlink(missing_ok=True)

    def _remove_stale_work(self) -> None:
        cutoff = time.time() - STALE_WORK_SECONDS
        for path in self.published.parent.glob(f".{self.published.name}.*.work*"):
            with contextlib.suppress(OSError):
                if path.stat().st_mtime < cutoff:
                    path.unlink()

    @contextlib.contextmanager
    def connect_work(self, run_id: str, read_only: bool = False) -> Iterator[duckdb.DuckDBPyConnection]:
        """A connection to this run's working copy; read-write connections run in one
        transaction that commits when the block ends (rolls back on error)."""
        work = self.work_path(run_id)
        if not work.exists():
            raise FileNotFoundError(f"no working copy for run {run_id}: {work}")
        con = duckdb.connect(str(work), read_only=read_only)
        try:
            if read_only:
                yield con
            else:
                con.begin()
                try:
                    yield con
                except BaseException:
                    con.rollback()
                    raise
                con.commit()
        finally:
            con.close()

    @contextlib.contextmanager
    def connect_published(self) -> Iterator[duckdb.DuckDBPyConnection]:
        con = duckdb.connect(str(self.published), read_only=True)
        try:
            yield con
        finally:
            con.close()

    def publish(self, run_id: str) -> Path:
        """Checkpoint this run's working copy and atomically make it the published file."""
        work = self.work_path(run_id)
        con = duckdb.connect(str(work))
        try:
            con.execute("checkpoint")
        finally:
            con.close()
        work_wal = work.with_name(work.name + ".wal")
        if work_wal.exists():
            raise RuntimeError(f"{work_wal} still exists after checkpoint; not publishing")
        stale_wal = self.published.with_name(self.published.name + ".wal")
        if stale_wal.exists():  # a WAL of the old file must never be replayed onto the new one
            aside = stale_wal.with_name(f"{stale_wal.name}.{run_id}.stale")
            log.warning("moving %s aside to %s before publishing", stale_wal, aside)
            os.replace(stale_wal, aside)
        os.replace(work, self.published)
        return self.published
