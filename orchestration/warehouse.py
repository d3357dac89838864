"""The DuckDB warehouse file: DDL, the pipeline's private state, per-run working copies,
atomic publication and the refresh lock.

No dagster here. The rule: **the published file is a snapshot for readers, never the pipeline's
state.** The pipeline keeps its own state in a hidden file next to it
(``warehouse/.bilateral.duckdb.state``). A refresh copies that state to a working copy
(``.bilateral.duckdb.<run_id>.work``), builds there, and on success publishes it: a copy of the
working copy is swapped in for the published file with ``os.replace``, then the working copy
becomes the new state. So:

* whatever an analyst writes into the published file never enters the pipeline's state (no
  foreign tables, no foreign rows are carried forward);
* nobody's committed work vanishes silently: a published file that was changed since it was
  published (its inode, size or mtime differ, or it has a WAL) is renamed, with its WAL, to
  ``bilateral.modified-<UTC time>.duckdb`` before the new snapshot takes its name, a warning is
  logged and ``meta.refreshes.set_aside`` names the file;
* while another process holds the published file open read-write, the refresh does not publish:
  it fails with a clear error, nothing is changed, the next refresh does the work again;
* refreshes are serialized by ``.bilateral.duckdb.lock`` (a lease naming the run and the
  process that lives as long as it, written under a short ``flock``; held from the plan to the
  publication, shared by the run's steps in other processes, free once that process is gone):
  a second refresh waits, then plans on the first one's result, so an older snapshot can never
  be published over a newer one;
* with the lock held, any other working copy is a leftover of a killed run and is removed.

Readers holding the old published file open keep seeing the old data (they hold the old
inode) until they reconnect; no reader ever blocks a refresh.
"""
from __future__ import annotations

import contextlib
import fcntl
import json
import datetime as dt
import functools
import hashlib
import logging
import os
import re
import shutil
import time
from pathlib import Path
from typing import Iterator

import duckdb

REPO_ROOT = Path(__file__).resolve().parent.parent
SQL_DIR = REPO_ROOT / "warehouse"
LOCK_WAIT_SECONDS = float(os.environ.get("BILATERAL_LOCK_WAIT_SECONDS", 1800))

log = logging.getLogger(__name__)


def resolve_path(value: str | os.PathLike) -> Path:
    """An absolute path; a relative one is taken from the repo root (not the cwd), so the
    same setting means the same file for `make`, `dagster dev` and tests."""
    path = Path(value).expanduser()
    return path if path.is_absolute() else REPO_ROOT / path


DUCKDB_MEMORY = os.environ.get("BILATERAL_DUCKDB_MEMORY", "256MB")


def connect(path: Path, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """A connection of the pipeline's own steps: DuckDB's memory bounded (BILATERAL_DUCKDB_MEMORY,
    default 256MB; it spills to a temp folder beside the file beyond that) instead of its default
    of most of the machine's RAM, so a refresh's memory does not grow with the warehouse."""
    return duckdb.connect(str(path), read_only=read_only, config={"memory_limit": DUCKDB_MEMORY})


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

class PublishRefused(RuntimeError):
    """The published file cannot be replaced now (another process writes to it)."""


class RefreshLocked(RuntimeError):
    """Another refresh holds the lock for longer than we wait."""


_HELD_LOCKS: dict[tuple[str, str], int] = {}  # (lock file, run_id) -> lease pid, taken in this process
LEASE_RE = re.compile(r"run (\S+), pid (\d+), started (\d+)")


def _start_time(pid: int) -> int | None:
    """The process's start time in clock ticks since boot (/proc/<pid>/stat field 22), or None if gone."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as f:
            return int(f.read().rsplit(b")", 1)[1].split()[19])
    except (OSError, IndexError, ValueError):
        return None


def _run_process() -> tuple[int, int]:
    """(pid, start time) of the process that lives as long as this run: this one, or the parent
    of a step process started by Dagster's multiprocess executor (its run worker, or the
    forkserver that dies with it)."""
    import multiprocessing

    pid = os.getpid() if multiprocessing.current_process().name == "MainProcess" else os.getppid()
    return pid, _start_time(pid) or 0


def _alive(pid: int, started: int) -> bool:
    now = _start_time(pid)
    return now is not None and (started == 0 or now == started)  # the same process, not a reused pid


def _read_lease(fd: int) -> tuple[str, int, int] | None:
    os.lseek(fd, 0, os.SEEK_SET)
    m = LEASE_RE.match(os.read(fd, 4096).decode("utf-8", "replace"))
    return (m.group(1), int(m.group(2)), int(m.group(3))) if m else None


class WarehouseFile:
    """The published warehouse file, the pipeline's private state and the working copies."""

    def __init__(self, published: str | os.PathLike):
        self.published = resolve_path(published)

    # -- names
    def work_path(self, run_id: str) -> Path:
        return self.published.with_name(f".{self.published.name}.{run_id}.work")

    @property
    def state(self) -> Path:
        return self.published.with_name(f".{self.published.name}.state")

    @property
    def lock_path(self) -> Path:
        return self.published.with_name(f".{self.published.name}.lock")

    @property
    def ours_path(self) -> Path:
        """Fingerprints (inode, size, mtime) of the files we published: anything else is someone's edit."""
        return self.published.with_name(f".{self.published.name}.published.json")

    def has_work(self, run_id: str) -> bool:
        return self.work_path(run_id).exists()

    # -- the refresh lock
    def acquire(self, run_id: str, wait: float | None = None) -> None:
        """Take the refresh lock for ``run_id`` (waiting for another refresh to finish).

        The lock is a lease written into the lock file under a short ``flock``: the run id and
        the process that lives as long as the run (this process, or for a step in a child
        process of Dagster's multiprocess executor, its parent). Steps of one run in different
        processes share it; a lease whose process is gone (a killed run) is free."""
        key = (str(self.lock_path), run_id)
        if key in _HELD_LOCKS:
            return
        for (path, other) in list(_HELD_LOCKS):
            if path == key[0]:  # a run of this process that ended without releasing (it failed)
                self.release(other)
        self.published.parent.mkdir(parents=True, exist_ok=True)
        deadline = time.monotonic() + (LOCK_WAIT_SECONDS if wait is None else wait)
        me = _run_process()
        while True:
            with self._locked_file() as fd:
                holder = _read_lease(fd)
                if holder is None or holder[0] == run_id or not _alive(*holder[1:]):
                    os.lseek(fd, 0, os.SEEK_SET)
                    os.ftruncate(fd, 0)
                    os.write(fd, f"run {run_id}, pid {me[0]}, started {me[1]}\n".encode())
                    _HELD_LOCKS[key] = me[0]
                    return
            if time.monotonic() > deadline:
                raise RefreshLocked(f"another refresh (run {holder[0]}, pid {holder[1]}) has held {self.lock_path} "
                                    f"for more than {LOCK_WAIT_SECONDS:.0f} s; not starting")
            time.sleep(0.2)

    @contextlib.contextmanager
    def _locked_file(self):
        fd = os.open(self.lock_path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
            yield fd
        finally:
            with contextlib.suppress(OSError):
                fcntl.flock(fd, fcntl.LOCK_UN)
            os.close(fd)

    def release(self, run_id: str) -> None:
        """Give the lease up (from any process of the run)."""
        _HELD_LOCKS.pop((str(self.lock_path), run_id), None)
        if not self.lock_path.exists():
            return
        with self._locked_file() as fd:
            holder = _read_lease(fd)
            if holder is not None and holder[0] == run_id:
                os.ftruncate(fd, 0)

    def holds_lock(self, run_id: str) -> bool:
        return (str(self.lock_path), run_id) in _HELD_LOCKS

    # -- working copies
    def start_work(self, run_id: str, fresh: bool = False) -> Path:
        """Create this run's working copy: a copy of the private state (or, with ``fresh`` or
        no state yet, an empty database with the DDL applied). Call with the lock held."""
        work = self.work_path(run_id)
        work.parent.mkdir(parents=True, exist_ok=True)
        self.discard_work(run_id)
        self.remove_leftovers(run_id)
        if self.state.exists() and not fresh:
            tmp = work.with_name(work.name + ".copying")
            shutil.copyfile(self.state, tmp)
            os.replace(tmp, work)
        else:
            con = connect(work)
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

    def remove_leftovers(self, run_id: str) -> list[Path]:
        """With the lock held no other refresh runs: every other working copy and half-made
        copy is a leftover of a killed or failed run."""
        removed = []
        mine = self.work_path(run_id).name
        for pattern in (f".{self.published.name}.*.work*", f".{self.published.name}.*.publishing*"):
            for path in self.published.parent.glob(pattern):
                if path.name.startswith(mine) and not path.name.endswith(".copying"):
                    continue
                with contextlib.suppress(OSError):
                    path.unlink()
                    removed.append(path)
        if removed:
            log.info("removed %d leftover(s) of earlier runs: %s", len(removed), [p.name for p in removed])
        return removed

    @contextlib.contextmanager
    def connect_work(self, run_id: str, read_only: bool = False) -> Iterator[duckdb.DuckDBPyConnection]:
        """A connection to this run's working copy; read-write connections run in one
        transaction that commits when the block ends (rolls back on error)."""
        work = self.work_path(run_id)
        if not work.exists():
            raise FileNotFoundError(f"no working copy for run {run_id}: {work}")
        con = connect(work, read_only=read_only)
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
    def connect_current(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """Read the data as last published, from the private state (never locked by a reader or
        an analyst's session); the published file when there is no state yet."""
        path = self.state if self.state.exists() else self.published
        con = duckdb.connect(str(path), read_only=True)
        try:
            yield con
        finally:
            con.close()

    @contextlib.contextmanager
    def connect_published(self) -> Iterator[duckdb.DuckDBPyConnection]:
        con = duckdb.connect(str(self.published), read_only=True)
        try:
            yield con
        finally:
            con.close()

    # -- publication
    def generation(self, path: Path | None = None) -> int:
        """How many refreshes the state (or ``path``) has published: a working copy starts from
        the state's generation; one published since then makes it stale."""
        path = path or self.state
        if not path.exists():
            return 0
        con = duckdb.connect(str(path), read_only=True)
        try:
            row = con.execute("select value from meta.warehouse where key = 'generation'").fetchone()
        except duckdb.CatalogException:
            row = None
        finally:
            con.close()
        return int(row[0]) if row else 0

    def writer_holds_published(self) -> bool:
        """Another process has the published file open read-write (DuckDB's file lock)."""
        if not self.published.exists():
            return False
        try:
            con = duckdb.connect(str(self.published), read_only=True)
        except duckdb.IOException as exc:
            if "lock" in str(exc).lower():
                return True
            raise
        except duckdb.Error:
            return False  # not readable as DuckDB (e.g. someone replaced it): not a lock holder
        con.close()
        return False

    def _fingerprint(self, path: Path) -> list[int]:
        st = path.stat()
        return [st.st_ino, st.st_size, st.st_mtime_ns]

    def _ours(self) -> list[list[int]]:
        try:
            return json.loads(self.ours_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return []

    def published_was_edited(self) -> bool:
        """The published file is not one we wrote, or someone wrote into it (a WAL is left)."""
        if not self.published.exists():
            return False
        wal = self.published.with_name(self.published.name + ".wal")
        return wal.exists() or self._fingerprint(self.published) not in self._ours()

    def set_aside(self, aside: Path | None = None) -> Path:
        """Rename the edited published file (and its WAL) to ``<stem>.modified-<time><suffix>``."""
        aside = aside or self.aside_path()
        wal = self.published.with_name(self.published.name + ".wal")
        if wal.exists():
            os.replace(wal, aside.with_name(aside.name + ".wal"))
        os.replace(self.published, aside)
        return aside

    def aside_path(self) -> Path:
        stamp = dt.datetime.now(dt.timezone.utc).strftime("%Y%m%dT%H%M%S%fZ")
        return self.published.with_name(f"{self.published.stem}.modified-{stamp}{self.published.suffix}")

    def check_publishable(self) -> None:
        if self.writer_holds_published():
            raise PublishRefused(
                f"another process has {self.published} open read-write; nothing was published and nothing "
                f"is lost (the next refresh does this work again). Close that session, or open the "
                f"warehouse with `duckdb -readonly` / duckdb.connect(..., read_only=True)."
            )

    def publish(self, run_id: str, aside: Path | None = None) -> tuple[Path, Path | None]:
        """Checkpoint the working copy, put a copy of it in place of the published file, make it
        the new state. An edited published file is first renamed to ``aside`` (a fresh
        ``*.modified-<time>*`` name when not given). Returns (published, where it was set aside)."""
        work = self.work_path(run_id)
        con = connect(work)
        try:
            con.execute("checkpoint")
        finally:
            con.close()
        work_wal = work.with_name(work.name + ".wal")
        if work_wal.exists():
            raise RuntimeError(f"{work_wal} still exists after checkpoint; not publishing")
        self.check_publishable()
        aside = self.set_aside(aside) if self.published_was_edited() else None
        if aside is not None:
            log.warning("the published file had been changed by someone; kept as %s", aside)
        tmp = self.published.with_name(f".{self.published.name}.{run_id}.publishing")
        shutil.copyfile(work, tmp)
        fingerprint = self._fingerprint(tmp)
        ours = [f for f in self._ours()[-3:]] + [fingerprint]
        tmp_ours = self.ours_path.with_name(self.ours_path.name + ".tmp")
        tmp_ours.write_text(json.dumps(ours), encoding="utf-8")
        os.replace(tmp_ours, self.ours_path)
        os.replace(tmp, self.published)
        os.replace(work, self.state)
        return self.published, aside
