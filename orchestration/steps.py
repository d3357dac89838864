"""What each refresh step does to the working copy of the warehouse (no dagster here).

A refresh is: plan (hash the raw files and seeds, compare with meta.raw_files / meta.seed_files)
-> ingest the new and changed files (meta.article_sources -> core.articles) -> extract facts
from articles not yet extracted with this text and engine version -> load changed seeds ->
publish. Every step only touches what the plan says changed, so an unchanged folder costs a
scan and nothing else.
"""
from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import hashlib
import json
import os
import re
import shutil
import signal
import threading
import time
from pathlib import Path
from typing import Callable, Iterable, Iterator

import duckdb
import polars as pl

from orchestration.rawfolder import RawEntry, inside, problem_hash, scan_folder, sha256_file
from orchestration.rawfolder import safe_name as rawfolder_safe
from orchestration.warehouse import WarehouseFile, connect, ddl_hash, resolve_path, stored_ddl_hash, utcnow
from schemas import ArticleModel, ParticipantModel, TradeFactModel, VisitEventModel, split_valid

# Quarantine kinds written by ingestion (keyed by source_file) and by extraction (keyed by article_id).
INGEST_KINDS = ("file", "record", "article")
EXTRACT_KINDS = ("extraction", "trade_fact", "visit_event", "event_participant")


# ---------------------------------------------------------------- small helpers

def frame_schema(model) -> dict[str, pl.DataType]:
    """Polars dtypes of a pandera model's columns (the frames we build follow the models)."""
    return {name: col.dtype.type for name, col in model.to_schema().columns.items()}


TRADE_SCHEMA = frame_schema(TradeFactModel)
EVENT_SCHEMA = frame_schema(VisitEventModel)
PARTICIPANT_SCHEMA = frame_schema(ParticipantModel)
ARTICLE_SCHEMA = {**frame_schema(ArticleModel), "url": pl.String, "source_record": pl.Int64}


def as_json(row: dict) -> str:
    return json.dumps(row, ensure_ascii=False, default=str, sort_keys=False)


def engine_version() -> str:
    """``elshi.ENGINE_VERSION`` plus a fingerprint of the engine's files and the seed CSVs.

    Extraction output depends on the engine's code and its lexicons as much as on the declared
    version, so any edit to ``elshi/`` or ``seeds/*.csv`` also re-extracts everything, even
    when nobody bumped the version (e.g. ``0.1.0+3f2a9c1b0d4e``)."""
    import elshi
    from elshi.lexicon import seeds_dir

    h = hashlib.sha256()
    package = Path(elshi.__file__).resolve().parent
    files = [p for p in package.rglob("*") if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".pyc"]
    for path in sorted(files) + sorted(seeds_dir().glob("*.csv")):
        h.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return f"{elshi.ENGINE_VERSION}+{h.hexdigest()[:12]}"


def insert_frame(con: duckdb.DuckDBPyConnection, table: str, frame: pl.DataFrame) -> int:
    """Append a polars frame to a table, matching columns by name."""
    if frame.height == 0:
        return 0
    con.register("_frame", frame)
    try:
        con.execute(f"insert into {table} by name select * from _frame")
    finally:
        con.unregister("_frame")
    return frame.height


def id_table(con: duckdb.DuckDBPyConnection, name: str, column: str, values: Iterable[str]) -> None:
    """(Re)create a temp table holding one column of distinct values, for joins and deletes."""
    frame = pl.DataFrame({column: sorted(set(values))}, schema={column: pl.String})
    con.register("_ids", frame)
    try:
        con.execute(f"create or replace temp table {name} as select * from _ids")
    finally:
        con.unregister("_ids")


@dataclasses.dataclass
class Quarantine:
    """Rows for core.quarantine collected during a step."""

    run_id: str
    detected_at: dt.datetime = dataclasses.field(default_factory=utcnow)
    rows: list[dict] = dataclasses.field(default_factory=list)

    def add(self, kind: str, reason: str, *, source_file: str | None = None,
            article_id: str | None = None, record: str | None = None) -> None:
        self.rows.append({
            "kind": kind, "source_file": source_file, "article_id": article_id, "record": record,
            "reason": reason, "detected_at": self.detected_at, "run_id": self.run_id,
        })

    def write(self, con: duckdb.DuckDBPyConnection) -> int:
        frame = pl.DataFrame(self.rows, schema={
            "kind": pl.String, "source_file": pl.String, "article_id": pl.String, "record": pl.String,
            "reason": pl.String, "detected_at": pl.Datetime("us"), "run_id": pl.String,
        })
        return insert_frame(con, "core.quarantine", frame)


# ---------------------------------------------------------------- limits

@dataclasses.dataclass(frozen=True)
class Limits:
    """Bounds on one article, from the environment:

    * ``BILATERAL_MAX_ARTICLE_BYTES`` (default 3 MB): an article whose text is longer is
      quarantined; a .txt file that big is not even read (an .html or JSON file only past 4x /
      32x that, as markup and other records count too);
    * ``BILATERAL_ARTICLE_SECONDS`` (default 60): reading one file or extracting one article
      that takes longer is stopped and quarantined."""

    article_bytes: int = 3_000_000
    article_seconds: float = 60.0

    @classmethod
    def from_env(cls) -> "Limits":
        return cls(int(os.environ.get("BILATERAL_MAX_ARTICLE_BYTES", cls.article_bytes)),
                   float(os.environ.get("BILATERAL_ARTICLE_SECONDS", cls.article_seconds)))


FILE_LIMIT_FACTOR = {".txt": 1, ".html": 4, ".htm": 4, ".json": 32, ".jsonl": 32}


def _file_over_limit(path: Path) -> str | None:
    """Why a file is too big to read, or None."""
    limit = Limits.from_env().article_bytes * FILE_LIMIT_FACTOR.get(path.suffix.lower(), 1)
    size = path.stat().st_size
    if size > limit:
        return (f"file is {size / 1e6:.1f} MB, over the limit of {limit / 1e6:.1f} MB for {path.suffix} files "
                f"(BILATERAL_MAX_ARTICLE_BYTES); not read")
    return None


@contextlib.contextmanager
def time_budget(seconds: float, what: str):
    """Stop the block with TimeoutError after ``seconds`` (SIGALRM; only in the main thread of a
    Unix process, elsewhere the block runs unbounded)."""
    if seconds <= 0 or threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        yield
        return

    def expired(signum, frame):
        raise TimeoutError(f"{what} took longer than {seconds:g} s (BILATERAL_ARTICLE_SECONDS)")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


# ---------------------------------------------------------------- listing and plan

def mtime_of(entry: RawEntry) -> dt.datetime:
    """The file's mtime as a naive UTC timestamp, to the microsecond (what the warehouse keeps)."""
    return dt.datetime(1970, 1, 1) + dt.timedelta(microseconds=entry.mtime_ns // 1000)


@dataclasses.dataclass
class Plan:
    """What a refresh has to do. ``raw``: source_file -> change (new, changed, engine, removed,
    unchanged); ``seeds``: name -> change (new, changed, removed, unchanged)."""

    fresh: bool
    raw: dict[str, str]
    seeds: dict[str, str]
    hashes: dict[str, str]
    problems: dict[str, str] = dataclasses.field(default_factory=dict)  # source_file -> why it is not read
    marts_stale: bool = False  # the merge rules (orchestration/marts.py) changed since the marts were built

    def files(self, *changes: str) -> list[str]:
        return sorted(f for f, c in self.raw.items() if c in changes)

    def seed_names(self, *changes: str) -> list[str]:
        return sorted(n for n, c in self.seeds.items() if c in changes)

    @property
    def has_changes(self) -> bool:
        return self.fresh or self.marts_stale or any(
            c != "unchanged" for c in (*self.raw.values(), *self.seeds.values()))

    def counts(self) -> dict[str, int]:
        out = {c: 0 for c in ("new", "changed", "engine", "removed", "unchanged")}
        for c in self.raw.values():
            out[c] += 1
        return out


def make_plan(
    con: duckdb.DuckDBPyConnection, entries: list[RawEntry], seeds: dict[str, Path],
    engine_version: str, fresh: bool,
) -> tuple[Plan, dict[str, RawEntry]]:
    """Compare the raw listing and seed files with the state stored in the warehouse.

    A file whose size and mtime equal the stored ones keeps its stored hash (like make); any
    other file is hashed. A file read by another engine version counts as ``engine``."""
    stored = {
        r[0]: r[1:] for r in con.execute(
            "select source_file, sha256, size, epoch_us(mtime), engine_version from meta.raw_files"
        ).fetchall()
    }
    raw: dict[str, str] = {}
    hashes: dict[str, str] = {}
    problems: dict[str, str] = {}
    by_name = {e.source_file: e for e in entries}
    for e in entries:
        old = stored.get(e.source_file)
        if e.problem:
            problems[e.source_file] = e.problem
            sha = problem_hash(e.problem)
        elif old and old[1] == e.size and old[2] == e.mtime_ns // 1000 and not old[0].startswith("problem:"):
            sha = old[0]
        else:
            try:
                sha = sha256_file(e.path)
            except OSError as exc:  # unreadable (mode 000), vanished since the scan, ...
                problems[e.source_file] = f"cannot be read: {exc.strerror or exc}"
                sha = problem_hash(problems[e.source_file])
        hashes[e.source_file] = sha
        if old is None:
            raw[e.source_file] = "new"
        elif old[0] != sha:
            raw[e.source_file] = "changed"
        elif old[3] != engine_version:
            raw[e.source_file] = "engine"
        else:
            raw[e.source_file] = "unchanged"
    for name in stored:
        if name not in by_name:
            raw[name] = "removed"

    stored_seeds = dict(con.execute("select name, sha256 from meta.seed_files").fetchall())
    seed_changes: dict[str, str] = {}
    for name, path in seeds.items():
        sha = sha256_file(path)
        hashes[f"seed:{name}"] = sha
        old = stored_seeds.get(name)
        seed_changes[name] = "new" if old is None else "changed" if old != sha else "unchanged"
    for name in stored_seeds:
        if name not in seeds:
            seed_changes[name] = "removed"
    return Plan(fresh=fresh, raw=raw, seeds=seed_changes, hashes=hashes, problems=problems), by_name


def plan_refresh(
    wh: WarehouseFile, run_id: str, raw_root: Path, seeds: dict[str, Path], engine_version: str,
) -> tuple[Plan, list[RawEntry]]:
    """Start this run's working copy, decide what changed and record it there (meta.plan,
    meta.raw_files with status 'pending' for the files to read).

    With nothing to do the working copy is thrown away again and the published file is left
    untouched. A warehouse built from other DDL (warehouse/*.sql changed) is rebuilt from scratch."""
    wh.acquire(run_id)  # one refresh at a time: a second one waits and plans on the first one's result
    try:
        return _plan_refresh(wh, run_id, raw_root, seeds, engine_version)
    except BaseException:
        wh.discard_work(run_id)
        wh.release(run_id)
        raise


def _plan_refresh(wh, run_id, raw_root, seeds, engine_version):
    entries = scan_folder(raw_root)
    wh.discard_work(run_id)
    wh.remove_leftovers(run_id)
    remove_staging_leftovers(wh, run_id)
    # Plan on the private state itself (read-only, under the lock): a refresh with nothing to do
    # copies nothing, and the working copy is made only when there is work.
    plan = by_name = None
    fresh = True
    if wh.state.exists():
        con = connect(wh.state, read_only=True)
        try:
            fresh = stored_ddl_hash(con) != ddl_hash()
            if not fresh:
                plan, by_name = make_plan(con, entries, seeds, engine_version, fresh)
                plan.marts_stale = stored_marts_version(con) != marts_version()
        finally:
            con.close()
    if plan is not None and not plan.has_changes:
        wh.release(run_id)
        return plan, entries
    wh.start_work(run_id, fresh=fresh)
    if plan is None:
        with wh.connect_work(run_id, read_only=True) as con:
            plan, by_name = make_plan(con, entries, seeds, engine_version, fresh)
            plan.marts_stale = stored_marts_version(con) != marts_version()

    with wh.connect_work(run_id) as con:
        con.execute("delete from meta.plan")
        rows = [{"kind": "raw", "name": f, "change": c, "sha256": plan.hashes.get(f), "problem": plan.problems.get(f)}
                for f, c in sorted(plan.raw.items())]
        rows += [{"kind": "seed", "name": n, "change": c, "sha256": plan.hashes.get(f"seed:{n}"), "problem": None}
                 for n, c in sorted(plan.seeds.items())]
        insert_frame(con, "meta.plan", pl.DataFrame(rows, schema={
            "kind": pl.String, "name": pl.String, "change": pl.String, "sha256": pl.String, "problem": pl.String}))
        # Removed files leave the state; files to read get their new hash, size and mtime now.
        # Unchanged files keep theirs, with size/mtime refreshed (a touched file is not re-read).
        id_table(con, "_gone", "source_file", plan.files("removed", "new", "changed", "engine"))
        con.execute("delete from meta.raw_files where source_file in (select source_file from _gone)")
        state = [
            {"source_file": f, "sha256": plan.hashes[f], "size": by_name[f].size, "mtime": mtime_of(by_name[f]),
             "engine_version": engine_version, "status": "pending"}
            for f in plan.files("new", "changed", "engine")
        ]
        insert_frame(con, "meta.raw_files", pl.DataFrame(state, schema={
            "source_file": pl.String, "sha256": pl.String, "size": pl.Int64, "mtime": pl.Datetime("us"),
            "engine_version": pl.String, "status": pl.String}))
        for name in plan.seed_names("removed"):
            drop_seed(con, name)
        touched = [{"source_file": f, "size": by_name[f].size, "mtime": mtime_of(by_name[f])}
                   for f in plan.files("unchanged")]
        if touched:
            con.register("_touched", pl.DataFrame(touched, schema={
                "source_file": pl.String, "size": pl.Int64, "mtime": pl.Datetime("us")}))
            con.execute(
                "update meta.raw_files r set size = t.size, mtime = t.mtime from _touched t "
                "where r.source_file = t.source_file and (r.size <> t.size or r.mtime <> t.mtime)"
            )
            con.unregister("_touched")
    return plan, entries


def load_plan(con: duckdb.DuckDBPyConnection) -> Plan:
    raw, seeds, hashes, problems = {}, {}, {}, {}
    for kind, name, change, sha, problem in con.execute(
            "select kind, name, change, sha256, problem from meta.plan").fetchall():
        (raw if kind == "raw" else seeds)[name] = change
        hashes[name if kind == "raw" else f"seed:{name}"] = sha
        if problem:
            problems[name] = problem
    return Plan(fresh=False, raw=raw, seeds=seeds, hashes=hashes, problems=problems)


# ---------------------------------------------------------------- ingest

INGEST_BATCH_ARTICLES = 1000  # articles validated and loaded at a time while reading files
PROGRESS_SECONDS = 10.0  # long steps log their progress at least this often

@dataclasses.dataclass
class IngestStats:
    files_read: int = 0
    files_removed: list[str] = dataclasses.field(default_factory=list)
    articles_read: int = 0
    articles_added: int = 0
    articles_removed: int = 0
    quarantined: int = 0
    quarantined_files: list[str] = dataclasses.field(default_factory=list)
    total_articles: int = 0


@dataclasses.dataclass(frozen=True)
class ReadShard:
    """One shard of the raw files to read: the file names, where to write what was read
    (Parquet), and what the reader needs to know. No DuckDB needed."""

    run_id: str
    index: int
    count: int
    files: tuple[str, ...]
    problems: tuple[tuple[str, str], ...]  # (source_file, why it is not read) for the plan's problems
    raw_root: str
    folder: str
    engine_version: str
    ingested_at: dt.datetime

    @property
    def key(self) -> str:
        return f"files_{self.index:03d}_of_{self.count:03d}"


@dataclasses.dataclass
class ReadResult:
    shard: ReadShard
    files_read: int = 0
    articles_read: int = 0
    quarantined_files: list[str] = dataclasses.field(default_factory=list)
    seconds: float = 0.0
    removed: list[str] = dataclasses.field(default_factory=list)  # files the plan removed (carried to the loader)


FILE_STATUS_SCHEMA = {"source_file": pl.String, "ingested_at": pl.Datetime("us"), "n_articles": pl.Int32,
                      "n_problems": pl.Int32, "status": pl.String}


def prepare_ingest(con: duckdb.DuckDBPyConnection, run_id: str, raw_root: Path, engine_version: str,
                   staging: Path, sharding: Sharding | None = None) -> tuple[list[ReadShard], list[str]]:
    """The writer's first half of ingest: forget what the changed and removed files held (their
    sources and quarantine rows; the article ids they carried are kept in the staging folder for
    the loader), and split the files to read into shards of about equal bytes.
    Returns (shards, removed files)."""
    plan = load_plan(con)
    to_read = plan.files("new", "changed", "engine")
    to_forget = plan.files("changed", "engine", "removed")
    folder = staging / run_id / "ingest"
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    id_table(con, "_forget", "source_file", to_forget)
    con.execute(f"""copy (select distinct article_id from meta.article_sources
                          where source_file in (select source_file from _forget))
                    to '{_sql_path(folder / "forgotten.parquet")}' (format parquet)""")
    con.execute("delete from meta.article_sources where source_file in (select source_file from _forget)")
    con.execute(
        "delete from core.quarantine where kind in ('file', 'record', 'article') "
        "and source_file in (select source_file from _forget)"
    )
    sizes = dict(con.execute("select source_file, size from meta.raw_files").fetchall())
    buckets = split_by_size([(f, sizes.get(f) or 0) for f in to_read], (sharding or Sharding()).count(len(to_read)))
    count = len(buckets)
    now = utcnow()
    shards = []
    for k, files in enumerate(buckets):
        out = folder / f"out-{k:03d}"
        out.mkdir()
        shards.append(ReadShard(run_id, k, count, tuple(files),
                                tuple((f, plan.problems[f]) for f in files if f in plan.problems),
                                str(raw_root), str(out), engine_version, now))
    return shards, plan.files("removed")


def read_shard(shard: ReadShard, read_file_detailed: Callable, supported_suffixes: tuple[str, ...],
               progress: Callable[[int, int, float], None] | None = None, every: float = PROGRESS_SECONDS) -> ReadResult:
    """Read one shard's files (no DuckDB): valid articles, file statuses and quarantine rows go
    to Parquet in the shard's folder, 1,000 articles at a time. A file that cannot be read, a
    bad record and an invalid article each become a quarantine row; they never stop the others."""
    result = ReadResult(shard)
    raw_root = Path(shard.raw_root)
    real_root = os.path.realpath(raw_root)
    problems = dict(shard.problems)
    limits = Limits.from_env()
    now = shard.ingested_at
    q = Quarantine(shard.run_id, detected_at=now)
    rows, file_rows = [], []
    batch = 0
    out = Path(shard.folder)

    def flush() -> None:
        nonlocal rows, file_rows, batch
        frame = pl.DataFrame(rows, schema=ARTICLE_SCHEMA) if rows else pl.DataFrame(schema=ARTICLE_SCHEMA)
        valid, rejected = split_valid(ArticleModel, frame, ignore_unique=True)
        for r in rejected.to_dicts():
            reason = r.pop("reason")
            q.add("article", reason, source_file=r["source_file"], article_id=r["article_id"], record=as_json(r))
        result.articles_read += frame.height
        valid = valid.with_columns(
            pl.lit(shard.engine_version).alias("engine_version"), pl.lit(now).cast(pl.Datetime("us")).alias("ingested_at"),
            pl.Series("text_sha256", [hashlib.sha256(t.encode("utf-8")).hexdigest() for t in valid["text"].to_list()],
                      dtype=pl.String))
        if valid.height:
            valid.write_parquet(out / f"sources-{batch:05d}.parquet")
        if file_rows:
            pl.DataFrame(file_rows, schema=FILE_STATUS_SCHEMA).write_parquet(out / f"files-{batch:05d}.parquet")
        if q.rows:
            pl.DataFrame(q.rows, schema=QUARANTINE_SCHEMA).write_parquet(out / f"quarantine-{batch:05d}.parquet")
            q.rows = []
        rows, file_rows, batch = [], [], batch + 1

    started = last = time.monotonic()
    for n_done, source_file in enumerate(shard.files, 1):
        path = raw_root / source_file
        n_problems, articles = 0, []
        if source_file in problems:  # unreadable, not UTF-8, a link out, a FIFO, ...: never opened
            q.add("file", problems[source_file], source_file=source_file)
            n_problems = 1
        elif not inside(os.path.realpath(path), real_root):  # a link changed to point out since the scan
            q.add("file", "symlink leaves the raw folder", source_file=source_file)
            n_problems = 1
        elif path.suffix.lower() not in supported_suffixes:
            q.add("file", f"unsupported file type {path.suffix or '(none)'!r}; supported: {', '.join(supported_suffixes)}",
                  source_file=source_file)
            n_problems = 1
        elif (too_big := _file_over_limit(path)) is not None:
            q.add("file", too_big, source_file=source_file)
            n_problems = 1
        else:
            try:
                with time_budget(limits.article_seconds, "reading the file"):
                    articles, found = read_file_detailed(path, raw_root)
            except Exception as exc:  # IngestError, TimeoutError, or anything else: quarantine, go on
                q.add("file", f"{type(exc).__name__}: {exc}", source_file=source_file)
                n_problems = 1
            else:
                kept = []
                for article in articles:  # a record of a JSON file, an HTML page's text
                    size = len(article.text.encode("utf-8"))
                    if size > limits.article_bytes:
                        found.append(f"article text is {size / 1e6:.1f} MB, over BILATERAL_MAX_ARTICLE_BYTES "
                                     f"({limits.article_bytes / 1e6:.1f} MB); not loaded")
                    else:
                        kept.append(article)
                articles = kept
                kind = "record" if articles else "file"
                for problem in found:
                    q.add(kind, problem, source_file=source_file)
                n_problems = len(found)
        for i, article in enumerate(articles):
            row = article.as_row()
            row.update(source_file=source_file, source_record=i)
            rows.append(row)
        result.files_read += 1
        file_rows.append({
            "source_file": source_file, "ingested_at": now, "n_articles": len(articles), "n_problems": n_problems,
            "status": "ok" if not n_problems else ("partial" if articles else "quarantined"),
        })
        if n_problems and not articles:
            result.quarantined_files.append(source_file)
        if len(rows) >= INGEST_BATCH_ARTICLES:
            flush()
        if progress and time.monotonic() - last >= every:
            last = time.monotonic()
            progress(n_done, len(shard.files), last - started)
    flush()
    result.seconds = time.monotonic() - started
    if progress and shard.files:
        progress(len(shard.files), len(shard.files), result.seconds)
    return result


def load_ingest(con: duckdb.DuckDBPyConnection, results: list[ReadResult], removed: list[str] = ()) -> IngestStats:
    """The writer's second half of ingest: load what the shards read (DuckDB reads the Parquet),
    record each file's status, and bring core.articles up to date for the article ids the
    changed files touched (first source of each id, by file name)."""
    stats = IngestStats(files_removed=list(removed))
    folders = [Path(r.shard.folder) for r in results]

    if (src := staged_files(folders, "sources")) is not None:
        con.execute(f"insert into meta.article_sources by name select * from read_parquet({src})")
    if (st := staged_files(folders, "files")) is not None:
        con.execute(
            "update meta.raw_files r set ingested_at = s.ingested_at, n_articles = s.n_articles, "
            f"n_problems = s.n_problems, status = s.status from read_parquet({st}) s where r.source_file = s.source_file"
        )
    if (qr := staged_files(folders, "quarantine")) is not None:
        stats.quarantined = con.execute(f"insert into core.quarantine by name select * from read_parquet({qr})").fetchone()[0]
    for r in results:
        stats.files_read += r.files_read
        stats.articles_read += r.articles_read
        stats.quarantined_files += r.quarantined_files

    # core.articles: recompute only the article_ids the changed files touched.
    parts = [f"select article_id from read_parquet({src})"] if src else []
    for folder in {f.parent for f in folders}:
        if (folder / "forgotten.parquet").exists():
            parts.append(f"select article_id from read_parquet('{_sql_path(folder / 'forgotten.parquet')}')")
    con.execute("create or replace temp table _affected as "
                + (" union ".join(parts) if parts else "select null::varchar as article_id where false"))
    old_n = con.execute("select count(*) from core.articles where article_id in (select article_id from _affected)").fetchone()[0]
    con.execute("""create or replace temp table _old as
                   select article_id from core.articles where article_id in (select article_id from _affected)""")
    con.execute("delete from core.articles where article_id in (select article_id from _affected)")
    # the first source of each id: an aggregate over the keys, then a join for the rows (a window
    # over the rows would hold every text in memory at once)
    con.execute("""
        insert into core.articles by name
        select s.article_id, s.source_file, s.title, s.source_name, s.published_on, s.language, s.text, s.url,
               s.source_record, s.engine_version, s.ingested_at, s.text_sha256
        from meta.article_sources s
        join (select article_id, min({'f': source_file, 'r': source_record}) as first
              from meta.article_sources where article_id in (select article_id from _affected)
              group by article_id) f
          on s.article_id = f.article_id and s.source_file = f.first.f and s.source_record = f.first.r
    """)
    stats.articles_added = con.execute("""select count(*) from core.articles where article_id in
        (select article_id from _affected) and article_id not in (select article_id from _old)""").fetchone()[0]
    new_n = con.execute("select count(*) from core.articles where article_id in (select article_id from _affected)").fetchone()[0]
    stats.articles_removed = old_n - (new_n - stats.articles_added)
    stats.total_articles = con.execute("select count(*) from core.articles").fetchone()[0]
    for folder in {f.parent for f in folders}:  # staging/<run>/ingest
        remove_staged(folder)
    return stats


def ingest(
    con: duckdb.DuckDBPyConnection, raw_root: Path, run_id: str, engine_version: str,
    read_file_detailed: Callable, supported_suffixes: tuple[str, ...],
    progress: Callable[[int, int, float], None] | None = None, staging: Path | None = None,
    sharding: Sharding | None = None,
) -> IngestStats:
    """Read the new/changed files of the plan into meta.article_sources, forget the removed
    ones, and bring core.articles (first source of each article_id) up to date: the three
    stages the refresh job runs as separate Dagster steps, here one after another."""
    import tempfile

    with tempfile.TemporaryDirectory(prefix="bilateral-staging-") as tmp:
        shards, removed = prepare_ingest(con, run_id, raw_root, engine_version, staging or Path(tmp), sharding)
        results = [read_shard(s, read_file_detailed, supported_suffixes, progress) for s in shards]
        return load_ingest(con, results, removed)


# ---------------------------------------------------------------- extract

@dataclasses.dataclass
class ExtractStats:
    articles_extracted: int = 0
    articles_dropped: int = 0
    trade_facts: int = 0
    visit_events: int = 0
    event_participants: int = 0
    quarantined: int = 0
    quarantined_by_kind: dict[str, int] = dataclasses.field(default_factory=dict)


def _dedupe(rows: list[dict], key: str, kind: str, q: Quarantine, source_of: dict[str, str]) -> list[dict]:
    seen, kept = set(), []
    for row in rows:
        if row[key] in seen:
            q.add(kind, f"duplicate {key} (an earlier row of the same article has the same id)",
                  source_file=source_of.get(row["article_id"]), article_id=row["article_id"], record=as_json(row))
        else:
            seen.add(row[key])
            kept.append(row)
    return kept


def _provenance_ok(row: dict, text: str) -> bool:
    cs, ce, ev = row.get("char_start"), row.get("char_end"), row.get("evidence")
    return isinstance(cs, int) and isinstance(ce, int) and bool(ev) and text[cs:ce] == ev


QUARANTINE_SCHEMA = {"kind": pl.String, "source_file": pl.String, "article_id": pl.String, "record": pl.String,
                     "reason": pl.String, "detected_at": pl.Datetime("us"), "run_id": pl.String}
EXTRACTIONS_SCHEMA = {"article_id": pl.String, "engine_version": pl.String, "text_sha256": pl.String,
                      "extracted_at": pl.Datetime("us"), "n_trade_facts": pl.Int32, "n_events": pl.Int32,
                      "n_participants": pl.Int32, "n_quarantined": pl.Int32}
ARTICLE_COLUMNS = ("article_id", "source_file", "title", "source_name", "published_on", "language", "text", "url")
# staged outputs of a shard -> the table the single writer loads them into
STAGED = {"trade_facts": "core.trade_facts", "visit_events": "core.visit_events",
          "event_participants": "core.event_participants", "quarantine": "core.quarantine",
          "extractions": "meta.extractions"}
BATCH_ARTICLES = 500  # a shard extracts and writes this many articles at a time: its memory stays flat


@dataclasses.dataclass
class Sharding:
    """How many shards to fan extraction out to, from the amount of work and the environment:
    ``BILATERAL_SHARDS`` (most shards, default: the cores of this machine) and
    ``BILATERAL_SHARD_MIN_ARTICLES`` (fewest articles worth a shard of their own, default 2,000:
    a step process costs a second or two to start, so a handful of new files stays one shard)."""

    max_shards: int = dataclasses.field(default_factory=lambda: int(os.environ.get("BILATERAL_SHARDS", os.cpu_count() or 1)))
    min_articles: int = dataclasses.field(default_factory=lambda: int(os.environ.get("BILATERAL_SHARD_MIN_ARTICLES", 2000)))

    def count(self, n_articles: int, n_bytes: int = 0) -> int:
        return max(1, min(self.max_shards, n_articles // max(1, self.min_articles)))


def split_by_size(items: list[tuple[str, int]], count: int) -> list[list[str]]:
    """``count`` contiguous runs of the (name, size) items in their order, cut where the running
    size passes k/count of the total, so the shards do about equal work."""
    total = sum(size for _, size in items)
    buckets: list[list[str]] = [[] for _ in range(count)]
    acc = 0
    for name, size in items:
        buckets[min(count - 1, acc * count // max(1, total))].append(name)
        acc += size
    return buckets


def staged_files(folders: Iterable[Path], name: str) -> str | None:
    """The Parquet files ``name-*.parquet`` the shards wrote, as a DuckDB list literal (None if none)."""
    files = sorted(str(p) for f in folders for p in Path(f).glob(f"{name}-*.parquet"))
    return "[" + ", ".join(f"'{_sql_path(Path(x))}'" for x in files) + "]" if files else None


def remove_staged(folder: Path) -> None:
    """Remove a stage's staging folder, then its run's folder and the staging root once empty."""
    shutil.rmtree(folder, ignore_errors=True)
    for parent in (folder.parent, folder.parent.parent):
        with contextlib.suppress(OSError):
            parent.rmdir()


@dataclasses.dataclass(frozen=True)
class Shard:
    """One shard of the articles to extract: its articles in ``input`` (Parquet), its rows to
    be written into ``folder`` (Parquet, one file per table and batch). No DuckDB needed."""

    run_id: str
    index: int
    count: int
    n_articles: int
    n_bytes: int
    input: str
    folder: str
    engine_version: str

    @property
    def key(self) -> str:
        return f"shard_{self.index:03d}_of_{self.count:03d}"


@dataclasses.dataclass
class ShardResult:
    shard: Shard
    articles: int = 0
    rows: dict[str, int] = dataclasses.field(default_factory=dict)
    quarantined_by_kind: dict[str, int] = dataclasses.field(default_factory=dict)
    seconds: float = 0.0
    dropped: int = 0  # articles whose facts the plan dropped (carried to the loader)


def staging_root(wh_published: Path) -> Path:
    """Where shards are staged: BILATERAL_STAGING_DIR (shared storage when steps run on several
    machines), else a hidden folder beside the warehouse."""
    folder = os.environ.get("BILATERAL_STAGING_DIR")
    return resolve_path(folder) if folder else wh_published.with_name(f".{wh_published.name}.staging")


def remove_staging_leftovers(wh: WarehouseFile, run_id: str) -> list[Path]:
    """With the refresh lock held, the staging folder of any other run is a leftover of a killed
    or failed run: remove it (and the staging root once empty)."""
    root = staging_root(wh.published)
    removed = []
    if root.is_dir():
        for folder in root.iterdir():
            if folder.name != run_id and folder.is_dir():
                shutil.rmtree(folder, ignore_errors=True)
                removed.append(folder)
        with contextlib.suppress(OSError):
            root.rmdir()
    return removed


def prepare_extraction(con: duckdb.DuckDBPyConnection, run_id: str, engine_version: str, staging: Path,
                       sharding: Sharding | None = None) -> tuple[list[Shard], int]:
    """The single writer's first half: drop the facts of articles that are gone and of the ones to
    extract again, then write the articles to extract into Parquet shards of about equal size.
    Returns (shards, articles dropped)."""
    orphan = "select article_id from meta.extractions where article_id not in (select article_id from core.articles)"
    dropped = con.execute(f"select count(*) from ({orphan})").fetchone()[0]
    con.execute(f"create or replace temp table _orphans as {orphan}")
    _delete_facts(con, "_orphans")

    # which articles: from the ids and hashes alone (no text is read); then the sizes of those
    con.execute("""
        create or replace temp table _todo as
        select a.article_id from core.articles a left join meta.extractions e using (article_id)
        where e.article_id is null or e.engine_version <> ? or e.text_sha256 is distinct from a.text_sha256
    """, [engine_version])
    todo = con.execute("""select article_id, strlen(text) from core.articles
                          where article_id in (select article_id from _todo) order by article_id""").fetchall()
    _delete_facts(con, "_todo")

    sizes = dict(todo)
    buckets = split_by_size(todo, (sharding or Sharding()).count(len(todo)))
    count = len(buckets)
    assign = [(aid, k) for k, ids in enumerate(buckets) for aid in ids]
    folder = staging / run_id / "extract"
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    con.register("_assign", pl.DataFrame(assign, schema={"article_id": pl.String, "shard": pl.Int32}, orient="row"))
    try:
        con.execute("create or replace temp table _shards as select * from _assign")
    finally:
        con.unregister("_assign")
    shards = []
    for k in range(count):
        path = folder / f"in-{k:03d}.jsonl"
        cols = ", ".join(f"a.{c}" for c in (*ARTICLE_COLUMNS, "text_sha256"))
        # no ORDER BY: sorting would hold every text of the shard in memory; the order of
        # articles in a shard changes nothing extracted. JSON lines, one article per line: DuckDB
        # streams them out, and a shard reads them line by line with the standard library (a
        # Parquet reader would cost each extraction process some 45 MB of its own)
        con.execute(f"copy (select {cols} from core.articles a join _shards s using (article_id) where s.shard = {k}) "
                    f"to '{_sql_path(path)}' (format json)")
        out = folder / f"out-{k:03d}"
        out.mkdir()
        shards.append(Shard(run_id, k, count, len(buckets[k]), sum(sizes[a] for a in buckets[k]), str(path), str(out),
                            engine_version))
    return shards, dropped


def _sql_path(path: Path) -> str:
    return str(path).replace("'", "''")


def extract_shard(shard: Shard, extract_fn: Callable, article_cls: type,
                  progress: Callable[[int, int, float], None] | None = None, every: float = 10.0) -> ShardResult:
    """Extract one shard's articles (no DuckDB: any machine that sees the staging folder can do
    it), batch by batch: each batch's valid rows and quarantine rows go to Parquet files in the
    shard's folder, so memory does not grow with the shard. ``progress(done, total, seconds)``
    is called at most every ``every`` seconds and at the end."""
    result = ShardResult(shard)
    started = last = time.monotonic()
    limits = Limits.from_env()
    done = 0
    for b, batch in enumerate(_shard_batches(shard.input, BATCH_ARTICLES)):
        frames = _extract_batch(batch, shard, extract_fn, article_cls, limits)
        for name, frame in frames.items():
            if frame.height:
                frame.write_parquet(Path(shard.folder) / f"{name}-{b:05d}.parquet")
            result.rows[name] = result.rows.get(name, 0) + frame.height
        for kind in frames["quarantine"]["kind"].to_list():
            result.quarantined_by_kind[kind] = result.quarantined_by_kind.get(kind, 0) + 1
        done += len(batch)
        now = time.monotonic()
        if progress and now - last >= every:
            progress(done, shard.n_articles, now - started)
            last = now
    result.articles = done
    result.seconds = time.monotonic() - started
    if progress:
        progress(done, shard.n_articles, result.seconds)
    return result


def _shard_batches(path: str, size: int) -> Iterator[list[dict]]:
    """The articles of a shard's input (JSON lines), ``size`` at a time, dates as dates."""
    batch = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            if row.get("published_on"):
                row["published_on"] = dt.date.fromisoformat(row["published_on"])
            batch.append(row)
            if len(batch) == size:
                yield batch
                batch = []
    if batch:
        yield batch


def _extract_batch(rows: list[dict], shard: Shard, extract_fn: Callable, article_cls: type,
                   limits: Limits) -> dict[str, pl.DataFrame]:
    q = Quarantine(shard.run_id)
    texts, source_of, hashes = {}, {}, {}
    facts, events, participants = [], [], []
    for row in rows:
        article = article_cls(**{k: v for k, v in row.items() if k in ARTICLE_COLUMNS})
        hashes[article.article_id] = row.get("text_sha256")  # computed once, at ingest
        texts[article.article_id] = article.text
        source_of[article.article_id] = article.source_file
        try:
            with time_budget(limits.article_seconds, "extraction"):
                result = extract_fn(article)
        except Exception as exc:
            q.add("extraction", f"extractor failed: {type(exc).__name__}: {exc}",
                  source_file=article.source_file, article_id=article.article_id)
            continue
        facts += [f.as_row() for f in result.trade_facts]
        for event in result.events:
            events.append(event.as_row())
            participants += [{**p, "article_id": article.article_id} for p in event.participant_rows()]

    # Row rules pandera cannot see: evidence must be the text at its offsets; ids unique.
    def keep_provenance(rows, kind):
        kept = []
        for r in rows:
            if _provenance_ok(r, texts.get(r["article_id"], "")):
                kept.append(r)
            else:
                q.add(kind, "evidence is not article text[char_start:char_end]",
                      source_file=source_of.get(r["article_id"]), article_id=r["article_id"], record=as_json(r))
        return kept

    facts = _dedupe(keep_provenance(facts, "trade_fact"), "fact_id", "trade_fact", q, source_of)
    events = _dedupe(keep_provenance(events, "visit_event"), "event_id", "visit_event", q, source_of)

    good_facts = _validated(TradeFactModel, facts, TRADE_SCHEMA, "trade_fact", q, source_of)
    good_events = _validated(VisitEventModel, events, EVENT_SCHEMA, "visit_event", q, source_of)
    kept_event_ids = set(good_events["event_id"].to_list())
    for p in participants:
        if p["event_id"] not in kept_event_ids:
            q.add("event_participant", "its event was quarantined",
                  source_file=source_of.get(p["article_id"]), article_id=p["article_id"], record=as_json(p))
    participants = [p for p in participants if p["event_id"] in kept_event_ids]
    part_schema = {**PARTICIPANT_SCHEMA, "article_id": pl.String}
    good_parts = _validated(ParticipantModel, participants, part_schema, "event_participant", q, source_of)

    counts = {aid: [0, 0, 0, 0] for aid in texts}
    for frame, i in ((good_facts, 0), (good_events, 1), (good_parts, 2)):
        for aid in frame["article_id"].to_list():
            counts[aid][i] += 1
    for row in q.rows:
        if row["article_id"] in counts:
            counts[row["article_id"]][3] += 1
    now = utcnow()
    extractions = pl.DataFrame(
        [{"article_id": aid, "engine_version": shard.engine_version,
          "text_sha256": hashes.get(aid) or hashlib.sha256(texts[aid].encode()).hexdigest(), "extracted_at": now,
          "n_trade_facts": c[0], "n_events": c[1], "n_participants": c[2], "n_quarantined": c[3]}
         for aid, c in counts.items()], schema=EXTRACTIONS_SCHEMA)
    return {"trade_facts": good_facts, "visit_events": good_events, "event_participants": good_parts.drop("article_id"),
            "quarantine": pl.DataFrame(q.rows, schema=QUARANTINE_SCHEMA), "extractions": extractions}


def load_shards(con: duckdb.DuckDBPyConnection, results: list[ShardResult], dropped: int = 0) -> ExtractStats:
    """The single writer's second half: load every shard's staged rows into the working copy
    (DuckDB reads the Parquet files itself, streaming), then remove the staging folder."""
    stats = ExtractStats(articles_dropped=dropped)
    folders = [Path(r.shard.folder) for r in results]
    for name, table in STAGED.items():
        n = 0
        if (files := staged_files(folders, name)) is not None:
            n = con.execute(f"insert into {table} by name select * from read_parquet({files})").fetchone()[0]
        if name in ("trade_facts", "visit_events", "event_participants"):
            setattr(stats, name, n)
        elif name == "quarantine":
            stats.quarantined = n
    for r in results:
        stats.articles_extracted += r.articles
        for kind, n in r.quarantined_by_kind.items():
            stats.quarantined_by_kind[kind] = stats.quarantined_by_kind.get(kind, 0) + n
    for folder in {Path(r.shard.input).parent for r in results}:  # staging/<run>/extract
        remove_staged(folder)
    return stats


def extract(
    con: duckdb.DuckDBPyConnection, run_id: str, engine_version: str, extract_fn: Callable,
    article_cls: type, staging: Path | None = None, sharding: Sharding | None = None,
) -> ExtractStats:
    """Extract facts from every article that has no extraction for its current text and this
    engine version; drop the facts of articles that are gone. Invalid rows go to quarantine.
    The three stages the refresh job runs as separate Dagster steps, here one after another."""
    import tempfile

    with tempfile.TemporaryDirectory(prefix="bilateral-staging-") as tmp:
        shards, dropped = prepare_extraction(con, run_id, engine_version, staging or Path(tmp), sharding)
        results = [extract_shard(s, extract_fn, article_cls) for s in shards]
        return load_shards(con, results, dropped)


def _delete_facts(con: duckdb.DuckDBPyConnection, ids_table: str) -> None:
    """Remove everything extracted from the articles listed in ``ids_table``."""
    con.execute(f"""
        delete from core.event_participants where event_id in (
            select event_id from core.visit_events where article_id in (select article_id from {ids_table}))
    """)
    for table in ("core.trade_facts", "core.visit_events", "meta.extractions"):
        con.execute(f"delete from {table} where article_id in (select article_id from {ids_table})")
    con.execute(
        "delete from core.quarantine where kind in ('extraction', 'trade_fact', 'visit_event', 'event_participant') "
        f"and article_id in (select article_id from {ids_table})"
    )


def _validated(model, rows: list[dict], schema: dict, kind: str, q: Quarantine, source_of: dict) -> pl.DataFrame:
    """Rows as a frame of the model's columns; rows that break the model go to quarantine."""
    try:
        frame = pl.DataFrame(rows, schema=schema, strict=False) if rows else pl.DataFrame(schema=schema)
    except Exception:  # a value of the wrong type: check the rows one by one
        good = []
        for r in rows:
            try:
                pl.DataFrame([r], schema=schema, strict=False)
                good.append(r)
            except Exception as exc:
                q.add(kind, f"wrong value type: {str(exc).splitlines()[0]}", source_file=source_of.get(r.get("article_id")),
                      article_id=r.get("article_id"), record=as_json(r))
        frame = pl.DataFrame(good, schema=schema, strict=False) if good else pl.DataFrame(schema=schema)
    valid, rejected = split_valid(model, frame)
    for r in rejected.to_dicts():
        reason = r.pop("reason")
        q.add(kind, reason, source_file=source_of.get(r.get("article_id")), article_id=r.get("article_id"), record=as_json(r))
    return valid


# ---------------------------------------------------------------- seeds and publish

# a seed file's stem becomes the table ref.<stem>: letters, digits, "_" and "-" (always quoted in SQL)
SEED_NAME_RE = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_-]{0,62}$")


def seed_files(seeds_dir: Path) -> dict[str, Path]:
    """seeds/*.csv by table name (file stem); names that break :data:`SEED_NAME_RE` are left out
    (see :func:`skipped_seed_files`)."""
    return {p.stem: p for p in sorted(seeds_dir.glob("*.csv")) if SEED_NAME_RE.match(p.stem)}


def skipped_seed_files(seeds_dir: Path) -> list[str]:
    """seeds/*.csv whose name cannot be a table name, with the reason."""
    return [f"{rawfolder_safe(p.name)}: not loaded, a seed file name must be letters, digits, '_' or '-' "
            f"(at most 63, not starting with '-')" for p in sorted(seeds_dir.glob("*.csv")) if not SEED_NAME_RE.match(p.stem)]


def load_seed(con: duckdb.DuckDBPyConnection, name: str, path: Path, sha: str | None) -> int:
    """(Re)load one seeds CSV into ref.<name> (column types detected from the whole file)."""
    con.execute(
        f'create or replace table ref."{name}" as select * from read_csv(?, header = true, sample_size = -1)',
        [str(path)],
    )
    n = con.execute(f'select count(*) from ref."{name}"').fetchone()[0]
    con.execute("delete from meta.seed_files where name = ?", [name])
    con.execute("insert into meta.seed_files values (?, ?, ?, ?)", [name, sha or sha256_file(path), n, utcnow()])
    return n


def drop_seed(con: duckdb.DuckDBPyConnection, name: str) -> None:
    con.execute(f'drop table if exists ref."{name}"')
    con.execute("delete from meta.seed_files where name = ?", [name])


def table_counts(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    names = [f"{s}.{t}" for s, t in con.execute(
        "select schema_name, table_name from duckdb_tables() where database_name = current_database() "
        "and schema_name in ('core', 'ref', 'meta') order by schema_name, table_name").fetchall()]
    return {n: con.execute(f"select count(*) from {quote_name(n)}").fetchone()[0] for n in names}


def quote_name(dotted: str) -> str:
    """``schema.table`` as a quoted SQL name (a seed file may be called ``my-table.csv``)."""
    return ".".join('"' + part.replace('"', '""') + '"' for part in dotted.split(".", 1))


def record_refresh(con: duckdb.DuckDBPyConnection, run_id: str, engine_version: str, raw_dir: Path,
                   set_aside: Path | None = None) -> dict[str, int]:
    plan = load_plan(con)
    c = plan.counts()
    counts = table_counts(con)
    con.execute(
        "insert into meta.refreshes (run_id, published_at, engine_version, raw_dir, files_new, files_changed, "
        "files_removed, files_reextracted, articles, trade_facts, visit_events, event_participants, quarantined, "
        "set_aside) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [run_id, utcnow(), engine_version, str(raw_dir), c["new"], c["changed"], c["removed"], c["engine"],
         counts["core.articles"], counts["core.trade_facts"], counts["core.visit_events"],
         counts["core.event_participants"], counts["core.quarantine"], str(set_aside) if set_aside else None],
    )
    counts["meta.refreshes"] += 1
    generation = con.execute("select coalesce(max(value::bigint), 0) from meta.warehouse where key = 'generation'").fetchone()[0]
    con.execute("delete from meta.warehouse where key = 'generation'")
    con.execute("insert into meta.warehouse values ('generation', ?)", [str(generation + 1)])
    return counts


# ---------------------------------------------------------------- marts

MERGED_TABLES = ("events", "event_mentions", "trade_figures", "trade_mentions")


def marts_version() -> str:
    """Fingerprint of the merge rules: a refresh rebuilds the marts when they change, even if no
    raw file did."""
    from orchestration import marts

    return hashlib.sha256(Path(marts.__file__).read_bytes()).hexdigest()[:16]


def stored_marts_version(con: duckdb.DuckDBPyConnection) -> str | None:
    try:
        row = con.execute("select value from meta.warehouse where key = 'marts_version'").fetchone()
    except duckdb.CatalogException:
        return None
    return row[0] if row else None


POLARS_OF_DUCKDB = {"VARCHAR": pl.String, "DATE": pl.Date, "DOUBLE": pl.Float64, "INTEGER": pl.Int32,
                    "BIGINT": pl.Int64, "BOOLEAN": pl.Boolean, "VARCHAR[]": pl.List(pl.String),
                    "TIMESTAMP": pl.Datetime("us")}


def _table_schema(con: duckdb.DuckDBPyConnection, table: str) -> dict[str, pl.DataType]:
    schema, name = table.split(".")
    return {c: POLARS_OF_DUCKDB[t] for c, t in con.execute(
        "select column_name, data_type from information_schema.columns where table_schema = ? and table_name = ? "
        "order by ordinal_position", [schema, name]).fetchall()}


def _replace_rows(con: duckdb.DuckDBPyConnection, table: str, rows: list[dict]) -> int:
    con.execute(f"delete from {table}")
    return _append_rows(con, table, rows)


def _append_rows(con: duckdb.DuckDBPyConnection, table: str, rows: list[dict],
                 schema: dict[str, pl.DataType] | None = None) -> int:
    if not rows:
        return 0
    schema = schema or _table_schema(con, table)
    return insert_frame(con, table, pl.DataFrame(rows, schema={k: schema[k] for k in rows[0]}))


def build_merged_marts(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """Rebuild marts.events, marts.trade_figures and their bridges from the core tables of the
    working copy (orchestration/marts.py), one group of mentions at a time (a (type, pair) of
    events, a statistic of facts) streamed from DuckDB and written in batches, so memory does
    not grow with the corpus. Rows per table."""
    from orchestration import marts

    counts = dict.fromkeys(MERGED_TABLES, 0)
    schemas = {table: _table_schema(con, f"marts.{table}") for table in MERGED_TABLES}
    for table in MERGED_TABLES:
        con.execute(f"delete from marts.{table}")
    # the groups are read from one cursor while rows are written through another
    reader = con.cursor()
    try:
        pending: dict[str, list[dict]] = {t: [] for t in MERGED_TABLES}

        def flush(force: bool = False) -> None:
            for table, rows in pending.items():
                if rows and (force or len(rows) >= marts.CHUNK):
                    counts[table] += _append_rows(con, f"marts.{table}", rows, schemas[table])
                    pending[table] = []

        for group in marts.mention_groups(reader):
            events, bridge = marts.event_rows(marts.cluster_events(group))
            pending["events"] += events
            pending["event_mentions"] += bridge
            flush()
        for group in marts.fact_groups(reader):
            figures, bridge = marts.figure_rows(group)
            pending["trade_figures"] += figures
            pending["trade_mentions"] += bridge
            flush()
        flush(force=True)
    finally:
        reader.close()
    con.execute("delete from meta.warehouse where key = 'marts_version'")
    con.execute("insert into meta.warehouse values ('marts_version', ?)", [marts_version()])
    return counts


def build_partner_year(con: duckdb.DuckDBPyConnection) -> list[dict]:
    """Rebuild marts.partner_year from marts.events and marts.trade_figures; its rows."""
    from orchestration import marts

    def rows(sql: str) -> list[dict]:
        cur = con.execute(sql)
        names = [d[0] for d in cur.description]
        return [dict(zip(names, r)) for r in cur.fetchall()]

    out = marts.partner_year_rows(rows("select * from marts.trade_figures order by figure_key"),
                                  rows("select * from marts.events order by event_key"))
    _replace_rows(con, "marts.partner_year", out)
    return out
