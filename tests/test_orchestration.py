"""The code location itself: asset graph, checks, job, schedule, sensor and configuration."""
from __future__ import annotations

import os
import shutil

import pytest

from dagster import (
    AssetKey, DefaultScheduleStatus, DefaultSensorStatus, Definitions, EnvVar, RunRequest, SkipReason,
    build_sensor_context,
)

from orchestration.definitions import build_defs, defs
from orchestration.resources import RawFolder, resources_from_env
from orchestration.sensors import raw_folder_sensor
from orchestration.warehouse import REPO_ROOT, WarehouseFile, resolve_path
from tests.pipeline_support import SEED_ARTICLES

CORE = ["articles", "trade_facts", "visit_events", "event_participants", "quarantine"]


def test_definitions_load_with_the_expected_graph():
    Definitions.validate_loadable(defs)
    graph = defs.resolve_asset_graph()
    keys = {k.to_user_string() for k in graph.get_all_asset_keys()}
    assert {f"core/{t}" for t in CORE} | {"meta/raw_files", "meta/refreshes", "ref/countries", "ref/months"} <= keys
    groups = {k.to_user_string(): graph.get(k).group_name for k in graph.get_all_asset_keys()}
    assert groups["meta/raw_files"] == groups["core/articles"] == "ingest"
    assert groups["core/trade_facts"] == groups["core/event_participants"] == "extract"
    assert groups["ref/countries"] == "reference"
    assert groups["meta/refreshes"] == groups["core/quarantine"] == "publish"
    assert {groups[f"marts/{t}"] for t in ("events", "event_mentions", "trade_figures", "trade_mentions",
                                            "partner_year")} == {"marts"}
    for key in graph.get_all_asset_keys():
        node = graph.get(key)
        assert node.kinds >= {"duckdb", "polars"}, key
        assert node.description, key
    # The publish step comes after every other asset.
    publish = graph.get(AssetKey(["meta", "refreshes"]))
    assert publish.parent_keys == graph.get_all_asset_keys() - {publish.key}

    checks = {(k.asset_key.to_user_string(), k.name): graph.get_check_spec(k) for k in graph.asset_check_keys}
    for table in CORE[:4]:
        assert checks[(f"core/{table}", "rows_valid")].blocking is True
    assert checks[("core/quarantine", "quarantine_empty")].blocking is False
    for table in ("events", "trade_figures", "partner_year"):
        assert checks[(f"marts/{table}", "rows_valid")].blocking is True
    assert checks[("marts/trade_figures", "trade_conflicts")].blocking is False
    assert checks[("meta/refreshes", "gold_accuracy")].blocking is False

    job = defs.resolve_job_def("refresh")
    assert job.executor_def.name == "bilateral_executor"
    # every step that opens DuckDB is a writer (one at a time); the read and extraction shards are not
    tags = {d.name: d.tags.get("bilateral/duckdb") for d in job.graph.iterate_op_defs()}
    assert tags.pop("extract_shard") is None and tags.pop("read_files") is None
    assert set(tags.values()) == {"writer"}, tags
    assert defs.resolve_schedule_def("daily_refresh").default_status == DefaultScheduleStatus.RUNNING
    assert defs.resolve_sensor_def("raw_folder_sensor").default_status == DefaultSensorStatus.RUNNING


def test_settings_come_from_environment_variables(monkeypatch):
    monkeypatch.delenv("BILATERAL_RAW_DIR", raising=False)
    monkeypatch.delenv("BILATERAL_WAREHOUSE", raising=False)
    res = resources_from_env()
    assert res["raw"].root == REPO_ROOT / "seeds" / "articles"
    assert res["warehouse"].file.published == REPO_ROOT / "warehouse" / "bilateral.duckdb"

    monkeypatch.setenv("BILATERAL_RAW_DIR", "/data/news")
    monkeypatch.setenv("BILATERAL_WAREHOUSE", "out/w.duckdb")
    res = resources_from_env()
    assert isinstance(res["raw"].path, EnvVar) and isinstance(res["warehouse"].path, EnvVar)
    assert res["raw"].process_config_and_initialize().root.as_posix() == "/data/news"
    assert res["warehouse"].process_config_and_initialize().file.published == REPO_ROOT / "out" / "w.duckdb"
    Definitions.validate_loadable(build_defs())
    assert resolve_path("/abs/x.duckdb").as_posix() == "/abs/x.duckdb"


def test_working_copy_sits_next_to_the_published_file(tmp_path):
    wh = WarehouseFile(tmp_path / "bilateral.duckdb")
    assert wh.work_path("abc").name == ".bilateral.duckdb.abc.work"
    assert wh.work_path("abc").parent == tmp_path


def test_sensor_requests_a_refresh_when_the_folder_changes(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    for path in sorted(SEED_ARTICLES.iterdir())[:2]:
        shutil.copy(path, raw / path.name)
    resources = {"raw": RawFolder(path=str(raw))}

    first = raw_folder_sensor(build_sensor_context(cursor=None, resources=resources))
    assert isinstance(first, RunRequest)
    ctx = build_sensor_context(cursor=None, resources=resources)
    raw_folder_sensor(ctx)
    cursor = ctx.cursor
    assert len(cursor) == 64

    assert isinstance(raw_folder_sensor(build_sensor_context(cursor=cursor, resources=resources)), SkipReason)
    (raw / "new.txt").write_text("Kazakhstan and China held talks.", encoding="utf-8")
    assert isinstance(raw_folder_sensor(build_sensor_context(cursor=cursor, resources=resources)), RunRequest)
    # Hidden files (editors' swap files, our own work files) do not count.
    ctx = build_sensor_context(cursor=None, resources=resources)
    raw_folder_sensor(ctx)
    (raw / ".new.txt.swp").write_bytes(b"x")
    assert isinstance(raw_folder_sensor(build_sensor_context(cursor=ctx.cursor, resources=resources)), SkipReason)
    os.utime(raw / "new.txt", ns=(1_000_000_000, 1_000_000_000))
    assert isinstance(raw_folder_sensor(build_sensor_context(cursor=ctx.cursor, resources=resources)), RunRequest)

    missing = {"raw": RawFolder(path=str(tmp_path / "nope"))}
    assert isinstance(raw_folder_sensor(build_sensor_context(cursor=None, resources=missing)), SkipReason)


def test_the_executor_runs_small_refreshes_in_process_and_big_ones_on_all_cores(tmp_path, monkeypatch):
    from orchestration import executor

    raw = tmp_path / "raw"
    raw.mkdir()
    for i in range(5):
        (raw / f"a{i}.txt").write_text(f"article {i}", encoding="utf-8")
    monkeypatch.setenv("BILATERAL_RAW_DIR", str(raw))
    monkeypatch.setenv("BILATERAL_WAREHOUSE", str(tmp_path / "wh" / "w.duckdb"))
    monkeypatch.delenv("BILATERAL_EXECUTOR", raising=False)
    assert executor.pending_files() == 5  # no state yet: every file
    monkeypatch.setenv("BILATERAL_PARALLEL_MIN_FILES", "6")
    assert executor.choose_mode() == ("in_process", "5 file(s) to read, parallel from 6")
    monkeypatch.setenv("BILATERAL_PARALLEL_MIN_FILES", "5")
    assert executor.choose_mode()[0] == "multiprocess"
    monkeypatch.setenv("BILATERAL_EXECUTOR", "in-process")
    assert executor.choose_mode() == ("in_process", "BILATERAL_EXECUTOR")
    monkeypatch.setenv("BILATERAL_EXECUTOR", "threads")
    with pytest.raises(ValueError, match="auto, multiprocess, in_process"):
        executor.choose_mode()
