"""No file in the raw folder and no analyst's session can stop, poison or leak the warehouse."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from orchestration import warehouse as wh_module
from orchestration.steps import SEED_NAME_RE, quote_name, seed_files, skipped_seed_files, table_counts
from orchestration.warehouse import RefreshLocked, WarehouseFile
from pipeline_support import make_env

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from hostile_folder import EXPECTED  # noqa: E402


def _unprivileged(cmd: list[str]) -> list[str]:
    """Root reads files with mode 000: drop the capabilities that allow it (as the issue asks)."""
    if os.geteuid() != 0:
        return cmd
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root without setpriv: mode 000 cannot be tested")
    return [setpriv, "--inh-caps=-all", "--bounding-set=-dac_override,-dac_read_search", *cmd]


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("hostile")
    proc = subprocess.run(_unprivileged([sys.executable, str(HERE / "hostile_folder.py"), str(tmp)]),
                          capture_output=True, text=True, timeout=600, cwd=HERE.parent)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return json.loads(proc.stdout.strip().splitlines()[-1])


def test_the_refresh_succeeds_and_good_facts_equal_a_clean_build(hostile):
    assert hostile["clean_ok"] and hostile["hostile_ok"] and hostile["second_ok"]
    assert hostile["facts_equal"] and hostile["events_equal"]


def test_each_bad_entry_is_quarantined_with_its_reason(hostile):
    assert {f: hostile["quarantine"].get(f) for f in EXPECTED} == EXPECTED
    assert all(hostile["statuses"][f] == "quarantined" for f in EXPECTED)
    # a link that stays inside the folder is read like a file; no other file is quarantined
    assert hostile["statuses"]["inside_link.txt"] == "ok"
    assert set(hostile["quarantine"]) == set(EXPECTED)


def test_nothing_from_outside_the_folder_is_stored(hostile):
    assert hostile["outside_bytes"] == 0


def test_the_sensor_and_the_scan_survive_the_folder(hostile):
    assert len(hostile["cursor"]) == 64
    assert "bad\\xffname.txt" in hostile["scan"]


def test_utf16_without_bom_is_read_and_broken_html_leaks_no_tags(hostile):
    assert hostile["utf16_read"] == 1
    assert hostile["tags_left"] == 0


# ---------------------------------------------------------------- the published file and the lock

HOLDER = """
import duckdb, sys
con = duckdb.connect(sys.argv[1])
con.execute("insert into core.quarantine (kind, reason) values ('marker', 'an analyst wrote this')")
con.execute("create table main.scratch as select range as x from range(1000)")
print("ready", flush=True)
sys.stdin.readline()
con.close()
"""


def test_an_analysts_read_write_session_never_becomes_pipeline_state(tmp_path, monkeypatch):
    monkeypatch.setattr("assets.publish.PUBLISH_RETRIES", 0)
    env = make_env(tmp_path)
    assert env.refresh().success
    before = env.scalar("select count(*) from core.articles")
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(env.warehouse)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "ready"
        assert env.refresh().success  # nothing new: no-op, the open session does not matter
        (env.raw / "new.txt").write_text("Kazakhstan and Estonia held political consultations in Tallinn.",
                                         encoding="utf-8")
        result = env.refresh(raise_on_error=False)
        assert not result.success  # refused, with the reason
        failure = next(e for e in result.all_events if e.event_type_value == "STEP_FAILURE")
        error = failure.event_specific_data.error
        assert error.cause.cls_name == "PublishRefused"
        assert "open read-write; nothing was published" in error.cause.message
    finally:
        holder.stdin.write("\n")
        holder.stdin.flush()
        holder.wait(timeout=60)
    # the session is closed: the refresh publishes; the analyst's file is kept aside, their rows
    # are not carried into the pipeline's tables
    assert env.refresh().success
    assert env.scalar("select count(*) from core.articles") == before + 1
    assert env.scalar("select count(*) from core.quarantine where kind = 'marker'") == 0
    assert env.scalar("select count(*) from duckdb_tables() where table_name = 'scratch'") == 0
    aside = env.scalar("select set_aside from meta.refreshes order by published_at desc limit 1")
    con = duckdb.connect(aside, read_only=True)
    try:
        assert con.execute("select count(*) from main.scratch").fetchone()[0] == 1000
    finally:
        con.close()
    names = sorted(p.name for p in env.warehouse.parent.iterdir())
    assert not [n for n in names if n.endswith(".stale") or n.endswith(".work")]
    (env.raw / "newer.txt").write_text("Kazakhstan and Malta held political consultations in Valletta.",
                                       encoding="utf-8")
    assert env.refresh().success  # and the next refresh has nothing to set aside
    assert env.scalar("select set_aside from meta.refreshes order by published_at desc limit 1") is None
    assert len([p for p in env.warehouse.parent.iterdir() if ".modified-" in p.name]) == 1


LOCK_HOLDER = """
import sys
sys.path.insert(0, sys.argv[2])
from orchestration.warehouse import WarehouseFile
wh = WarehouseFile(sys.argv[1])
wh.acquire("other-run")
print("locked", flush=True)
sys.stdin.readline()
"""


def test_a_second_refresh_waits_for_the_first(tmp_path, monkeypatch):
    env = make_env(tmp_path)
    holder = subprocess.Popen([sys.executable, "-c", LOCK_HOLDER, str(env.warehouse), str(HERE.parent)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        with pytest.raises(RefreshLocked, match="other-run"):
            WarehouseFile(env.warehouse).acquire("mine", wait=0)
        monkeypatch.setattr(wh_module, "LOCK_WAIT_SECONDS", 0)
        assert not env.refresh(raise_on_error=False).success
    finally:
        holder.stdin.write("\n")
        holder.stdin.flush()
        holder.wait(timeout=60)
    assert env.refresh().success  # the lock is free again
    assert env.scalar("select count(*) from meta.refreshes") == 1


def test_leftovers_of_killed_runs_go_at_the_next_refresh(tmp_path):
    env = make_env(tmp_path)
    assert env.refresh().success
    for name in (f".{env.warehouse.name}.dead-run.work", f".{env.warehouse.name}.dead-run.work.wal",
                 f".{env.warehouse.name}.other.work.copying", f".{env.warehouse.name}.x.publishing"):
        (env.warehouse.parent / name).write_bytes(b"left over")
    (env.raw / "new.txt").write_text("Kazakhstan and Estonia held political consultations in Tallinn.", encoding="utf-8")
    assert env.refresh().success
    assert sorted(p.name for p in env.warehouse.parent.iterdir() if "dead-run" in p.name or "other" in p.name
                  or p.name.endswith(".publishing")) == []


# ---------------------------------------------------------------- seed names

def test_seed_names_are_validated_and_quoted(tmp_path):
    for name in ("countries.csv", "my-table.csv", "bad name.csv", "-x.csv", 'q"uote.csv'):
        (tmp_path / name).write_text("a,b\n1,2\n", encoding="utf-8")
    assert sorted(seed_files(tmp_path)) == ["countries", "my-table"]
    assert [r.split(":")[0] for r in skipped_seed_files(tmp_path)] == ["-x.csv", "bad name.csv", 'q"uote.csv']
    assert SEED_NAME_RE.match("my-table") and not SEED_NAME_RE.match("my table")
    con = duckdb.connect()
    con.execute("create schema ref")
    con.execute('create table ref."my-table" as select 1 as a')
    assert table_counts(con) == {"ref.my-table": 1}
    assert quote_name('ref.my"table') == '"ref"."my""table"'


def test_staging_left_by_a_killed_run_goes_at_the_next_refresh(tmp_path):
    env = make_env(tmp_path)
    assert env.refresh().success
    staging = env.warehouse.with_name(f".{env.warehouse.name}.staging")
    (staging / "dead-run" / "out-000").mkdir(parents=True)
    (staging / "dead-run" / "in-000.jsonl").write_bytes(b"left over")
    assert env.refresh().success  # nothing new, and still the leftovers go
    assert not staging.exists()
