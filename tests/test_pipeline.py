"""End-to-end refreshes in process: contract tables, incremental behaviour, quarantine,
blocking checks and publication while a reader holds the warehouse open."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap

import duckdb
import pytest

import elshi
from orchestration import steps
from tests.pipeline_support import (
    SEED_ARTICLES, bad_extract, check_results, dump, fake_extract, make_env, materialization_metadata,
)

CONTRACT = {
    "articles": [
        ("article_id", "VARCHAR"), ("source_file", "VARCHAR"), ("title", "VARCHAR"), ("source_name", "VARCHAR"),
        ("published_on", "DATE"), ("language", "VARCHAR"), ("text", "VARCHAR"),
    ],
    "trade_facts": [
        ("fact_id", "VARCHAR"), ("article_id", "VARCHAR"), ("reporter_iso3", "VARCHAR"), ("partner_iso3", "VARCHAR"),
        ("flow", "VARCHAR"), ("measure", "VARCHAR"), ("period_start", "DATE"), ("period_end", "DATE"),
        ("value_usd", "DOUBLE"), ("value_original", "DOUBLE"), ("currency", "VARCHAR"), ("growth_pct", "DOUBLE"),
        ("approximate", "BOOLEAN"), ("evidence", "VARCHAR"), ("char_start", "INTEGER"), ("char_end", "INTEGER"),
    ],
    "visit_events": [
        ("event_id", "VARCHAR"), ("article_id", "VARCHAR"), ("event_type", "VARCHAR"), ("visit_level", "VARCHAR"),
        ("status", "VARCHAR"), ("country_a_iso3", "VARCHAR"), ("country_b_iso3", "VARCHAR"),
        ("visitor_iso3", "VARCHAR"), ("host_iso3", "VARCHAR"), ("location", "VARCHAR"), ("date_start", "DATE"),
        ("date_end", "DATE"), ("date_precision", "VARCHAR"), ("evidence", "VARCHAR"), ("char_start", "INTEGER"),
        ("char_end", "INTEGER"),
    ],
    "event_participants": [
        ("event_id", "VARCHAR"), ("name", "VARCHAR"), ("country_iso3", "VARCHAR"), ("role", "VARCHAR"),
    ],
}
SEED_FILES = sorted(p.name for p in SEED_ARTICLES.iterdir())
CORE_TABLES = ("core.articles", "core.trade_facts", "core.visit_events", "core.event_participants", "core.quarantine")


@pytest.fixture
def env(tmp_path, monkeypatch):
    monkeypatch.setattr(elshi, "extract", fake_extract)
    return make_env(tmp_path)


def test_refresh_builds_contract_tables(env):
    result = env.refresh()
    assert result.success

    for table, columns in CONTRACT.items():
        got = env.query(
            "select column_name, data_type from information_schema.columns "
            "where table_schema = 'core' and table_name = ? order by ordinal_position", [table])
        assert got[: len(columns)] == columns, table
    quarantine_cols = [r[0] for r in env.query(
        "select column_name from information_schema.columns where table_schema = 'core' "
        "and table_name = 'quarantine' order by ordinal_position")]
    assert quarantine_cols == ["kind", "source_file", "article_id", "record", "reason", "detected_at", "run_id"]

    assert [r[0] for r in env.query("select source_file from core.articles order by 1")] == SEED_FILES
    assert env.scalar("select count(distinct article_id) from core.articles") == 5
    assert env.scalar("select count(*) from core.trade_facts") == 5
    assert env.scalar("select count(*) from core.visit_events") == 5
    assert env.scalar("select count(*) from core.event_participants") == 5
    assert env.scalar("select count(*) from core.quarantine") == 0
    # Offsets point into the stored text.
    assert env.scalar("""select count(*) from core.trade_facts f join core.articles a using (article_id)
                         where substring(a.text, f.char_start + 1, f.char_end - f.char_start) = f.evidence""") == 5
    # Every seeds/*.csv is a ref table; every file is in the state table.
    ref = {r[0] for r in env.query("select table_name from information_schema.tables where table_schema = 'ref'")}
    assert {"countries", "cities", "months", "titles"} <= ref
    assert env.scalar("select count(*) from ref.countries where iso3 = 'KAZ'") == 1
    assert env.query("select source_file, status, n_articles, engine_version from meta.raw_files order by 1") == [
        (f, "ok", 1, steps.engine_version()) for f in SEED_FILES]
    assert steps.engine_version().startswith(elshi.ENGINE_VERSION + "+")

    checks = check_results(result)
    assert checks == {
        ("core", "articles", "rows_valid"): True,
        ("core", "trade_facts", "rows_valid"): True,
        ("core", "visit_events", "rows_valid"): True,
        ("core", "event_participants", "rows_valid"): True,
        ("core", "quarantine", "quarantine_empty"): True,
        ("marts", "events", "rows_valid"): True,
        ("marts", "trade_figures", "rows_valid"): True,
        ("marts", "partner_year", "rows_valid"): True,
        ("marts", "trade_figures", "trade_conflicts"): True,
        ("meta", "refreshes", "gold_accuracy"): True,  # skipped: BILATERAL_GOLD_DIR is not set
    }
    meta = materialization_metadata(result, "core", "trade_facts")
    assert meta["dagster/row_count"] == 5
    assert [c.name for c in meta["dagster/column_schema"].columns][:3] == ["fact_id", "article_id", "reporter_iso3"]
    assert meta["preview"].startswith("| reporter_iso3 | partner_iso3 | flow |")
    assert materialization_metadata(result, "meta", "refreshes")["status"] == "published"
    # Nothing is left behind next to the published file.
    # the published file, and beside it, hidden: the pipeline's own state, the refresh lock and the
    # fingerprints of what it published (no working copy is left behind)
    name = env.warehouse.name
    assert sorted(p.name for p in env.warehouse.parent.iterdir()) == [
        f".{name}.lock", f".{name}.published.json", f".{name}.state", name]


def test_second_refresh_without_new_files_changes_nothing(env):
    env.refresh()
    before = {t: dump(env, t) for t in CORE_TABLES}
    stat = env.warehouse.stat()

    result = env.refresh()
    assert result.success
    assert {t: dump(env, t) for t in CORE_TABLES} == before
    after = env.warehouse.stat()
    assert (after.st_ino, after.st_mtime_ns, after.st_size) == (stat.st_ino, stat.st_mtime_ns, stat.st_size)
    scan = materialization_metadata(result, "meta", "raw_files")
    assert (scan["status"], scan["files_unchanged"], scan["files_new"]) == ("no changes", 5, 0)
    assert materialization_metadata(result, "meta", "refreshes")["status"] == "no changes"
    assert env.scalar("select count(*) from meta.refreshes") == 1
    # A touched but identical file is not re-read either.
    os.utime(env.raw / SEED_FILES[0], ns=(1_000_000_000, 1_000_000_000))
    result = env.refresh()
    assert materialization_metadata(result, "meta", "raw_files")["status"] == "no changes"
    assert env.warehouse.stat().st_ino == stat.st_ino


def test_new_and_changed_files_only_touch_their_rows(env):
    env.refresh()
    ids = {r[0]: r[1] for r in env.query("select source_file, article_id from core.articles")}
    first_facts = dump(env, "core.trade_facts")

    (env.raw / "extra.txt").write_text("Kazakhstan and France held talks in Paris. Trade grew.", encoding="utf-8")
    changed = env.raw / SEED_FILES[1]
    changed.write_text(changed.read_text(encoding="utf-8") + "\nҚосымша сөйлем.", encoding="utf-8")
    result = env.refresh()

    scan = materialization_metadata(result, "meta", "raw_files")
    assert (scan["files_new"], scan["files_changed"], scan["files_unchanged"]) == (1, 1, 4)
    assert materialization_metadata(result, "core", "trade_facts")["articles_extracted"] == 2
    now = {r[0]: r[1] for r in env.query("select source_file, article_id from core.articles")}
    assert set(now) == set(SEED_FILES) | {"extra.txt"}
    assert now[SEED_FILES[1]] != ids[SEED_FILES[1]]
    assert {f: now[f] for f in SEED_FILES if f != SEED_FILES[1]} == {f: ids[f] for f in SEED_FILES if f != SEED_FILES[1]}
    # Facts of the old version of the changed article are gone; the others are untouched.
    facts = dump(env, "core.trade_facts")
    assert len(facts) == 6
    old_id = ids[SEED_FILES[1]]
    assert [f for f in first_facts if f[1] != old_id] == [f for f in facts if f[1] in set(ids.values())]
    assert env.scalar("select count(*) from core.trade_facts where article_id = ?", [old_id]) == 0


def test_removed_file_rows_disappear_and_are_reported(env):
    # The same article twice (a copy under another name): removing one copy keeps the article.
    shutil.copy(env.raw / SEED_FILES[0], env.raw / "zz_copy.txt")
    env.refresh()
    gone_id = env.scalar("select article_id from core.articles where source_file = ?", [SEED_FILES[2]])
    gone_event = env.scalar("select event_id from core.visit_events where article_id = ?", [gone_id])
    kept_id = env.scalar("select article_id from core.articles where source_file = ?", [SEED_FILES[0]])
    assert env.scalar("select count(*) from core.articles") == 5

    (env.raw / SEED_FILES[2]).unlink()
    (env.raw / SEED_FILES[0]).unlink()
    result = env.refresh()
    assert result.success

    scan = materialization_metadata(result, "meta", "raw_files")
    assert scan["files_removed"] == 2
    assert scan["removed_files"] == f"- `{SEED_FILES[0]}`\n- `{SEED_FILES[2]}`"
    ingest = materialization_metadata(result, "core", "articles")
    assert (ingest["files_removed"], ingest["articles_removed"]) == (2, 1)
    assert env.scalar("select count(*) from core.articles where article_id = ?", [gone_id]) == 0
    for table in ("core.trade_facts", "core.visit_events", "meta.extractions", "meta.article_sources"):
        assert env.scalar(f"select count(*) from {table} where article_id = ?", [gone_id]) == 0, table
    assert env.scalar("select count(*) from core.event_participants where event_id = ?", [gone_event]) == 0
    assert env.scalar("select count(*) from meta.raw_files where source_file in (?, ?)", [SEED_FILES[0], SEED_FILES[2]]) == 0
    # The duplicated article now comes from the copy, with its facts kept.
    assert env.query("select source_file from core.articles where article_id = ?", [kept_id]) == [("zz_copy.txt",)]
    assert env.scalar("select count(*) from core.trade_facts where article_id = ?", [kept_id]) == 1
    assert env.scalar("select count(*) from core.articles") == 4


def test_bad_files_are_quarantined_and_good_ones_load(env):
    (env.raw / "broken.json").write_text('{"text": "unterminated', encoding="utf-8")
    (env.raw / "scan.pdf").write_bytes(b"%PDF-1.4 binary")
    (env.raw / "empty.txt").write_text("   \n", encoding="utf-8")
    good_line = json.dumps({"title": "Talks", "text": "Kazakhstan and Uzbekistan held talks in Tashkent."})
    (env.raw / "feed.jsonl").write_text(good_line + "\n{not json}\n", encoding="utf-8")
    result = env.refresh()
    assert result.success

    assert env.scalar("select count(*) from core.articles") == 6
    assert env.scalar("select count(*) from core.articles where source_file = 'feed.jsonl'") == 1
    rows = env.query("select kind, source_file, reason from core.quarantine order by source_file, kind")
    assert [(k, f) for k, f, _ in rows] == [
        ("file", "broken.json"), ("file", "empty.txt"), ("record", "feed.jsonl"), ("file", "scan.pdf")]
    reasons = {f: r for _, f, r in rows}
    assert "malformed JSON" in reasons["broken.json"]
    assert reasons["feed.jsonl"].startswith("line 2: malformed JSON")
    assert reasons["scan.pdf"].startswith("unsupported file type '.pdf'")
    assert env.query("select source_file, status from meta.raw_files where status <> 'ok' order by 1") == [
        ("broken.json", "quarantined"), ("empty.txt", "quarantined"), ("feed.jsonl", "partial"),
        ("scan.pdf", "quarantined")]
    assert check_results(result)[("core", "quarantine", "quarantine_empty")] is False
    assert materialization_metadata(result, "core", "quarantine")["by_kind"] == {"file": 3, "record": 1}

    # Fixing a file clears its quarantine rows; removing one clears them too.
    (env.raw / "broken.json").write_text('{"text": "Kazakhstan and Turkey signed an agreement."}', encoding="utf-8")
    (env.raw / "scan.pdf").unlink()
    env.refresh()
    assert env.query("select kind, source_file from core.quarantine order by 2") == [
        ("file", "empty.txt"), ("record", "feed.jsonl")]
    assert env.scalar("select count(*) from core.articles where source_file = 'broken.json'") == 1


def test_invalid_rows_go_to_quarantine_not_to_the_tables(env, monkeypatch):
    monkeypatch.setattr(elshi, "extract", bad_extract)
    result = env.refresh()
    assert result.success
    assert env.scalar("select count(*) from core.trade_facts") == 5
    assert env.scalar("select count(distinct flow) from core.trade_facts") == 1
    assert env.scalar("select count(*) from core.visit_events") == 5
    assert env.scalar("select count(*) from core.event_participants") == 0
    by_reason = env.query("""
        select kind, case when reason like 'flow: failed isin%' then 'flow'
                          when reason like 'evidence is not%' then 'span'
                          when reason like 'country_iso3: failed str_matches%' then 'iso3' else reason end, count(*)
        from core.quarantine group by all order by all""")
    assert by_reason == [("event_participant", "iso3", 5), ("trade_fact", "flow", 5), ("trade_fact", "span", 5)]
    record = json.loads(env.scalar("select record from core.quarantine where reason like 'flow%' limit 1"))
    assert record["flow"] == "barter"
    assert env.scalar("select count(*) from core.quarantine where source_file is null or article_id is null") == 0
    assert all(check_results(result)[(*k, "rows_valid")] for k in
               [("core", "trade_facts"), ("core", "visit_events"), ("core", "event_participants")])


def test_failing_blocking_check_stops_publication(env, monkeypatch):
    env.refresh()
    before = dump(env, "core.trade_facts")
    stat = env.warehouse.stat()
    # Break the row filter so an invalid fact reaches the table: the check must catch it.
    monkeypatch.setattr(steps, "split_valid", lambda model, frame, **kw: (frame, frame.head(0)))
    monkeypatch.setattr(elshi, "ENGINE_VERSION", "test-broken")
    monkeypatch.setattr(elshi, "extract", bad_extract)
    result = env.refresh(raise_on_error=False)

    assert check_results(result)[("core", "trade_facts", "rows_valid")] is False
    evaluation = next(e for e in result.get_asset_check_evaluations()
                      if e.asset_key.path == ["core", "trade_facts"] and e.check_name == "rows_valid")
    assert evaluation.metadata["failures"].value == 5
    assert "| flow | isin(" in evaluation.metadata["failure_cases"].value
    assert "| barter |" in evaluation.metadata["failure_cases"].value
    published = [e for e in result.get_asset_materialization_events()
                 if list(e.step_materialization_data.materialization.asset_key.path) == ["meta", "refreshes"]]
    assert published == []
    assert env.warehouse.stat().st_ino == stat.st_ino
    assert dump(env, "core.trade_facts") == before
    # The failed run's working copy is kept for inspection, next to the published file, until the
    # next refresh removes it.
    works = [p.name for p in env.warehouse.parent.iterdir() if p.name.endswith(".work")]
    assert len(works) == 1
    monkeypatch.undo()
    env.refresh()
    assert [p.name for p in env.warehouse.parent.iterdir() if p.name.endswith(".work")] == []


def test_new_engine_version_reextracts_everything(env, monkeypatch):
    env.refresh()
    ids = dump(env, "core.articles")
    monkeypatch.setattr(elshi, "ENGINE_VERSION", "9.9.9-test")
    result = env.refresh()
    scan = materialization_metadata(result, "meta", "raw_files")
    assert (scan["files_engine"], scan["files_unchanged"]) == (5, 0)
    assert materialization_metadata(result, "core", "trade_facts")["articles_extracted"] == 5
    assert env.query("select distinct engine_version from meta.extractions") == [(steps.engine_version(),)]
    assert steps.engine_version().startswith("9.9.9-test+")
    assert [r[0] for r in ids] == [r[0] for r in dump(env, "core.articles")]
    assert env.scalar("select count(*) from core.trade_facts") == 5


READER = textwrap.dedent("""
    import sys, duckdb
    path = sys.argv[1]
    con = duckdb.connect(path, read_only=True)
    count = lambda c: c.execute("select count(*) from core.articles").fetchone()[0]
    print(count(con), flush=True)
    sys.stdin.readline()                 # the parent refreshes meanwhile
    print(count(con), flush=True)        # same connection: the old data
    con.close()
    con = duckdb.connect(path, read_only=True)
    print(count(con), flush=True)        # reconnected: the new refresh
""")


def test_refresh_succeeds_while_a_reader_holds_the_warehouse(env):
    env.refresh()
    reader = subprocess.Popen([sys.executable, "-c", READER, str(env.warehouse)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert reader.stdout.readline().strip() == "5"
        (env.raw / "extra.txt").write_text("Kazakhstan and Kyrgyzstan held talks.", encoding="utf-8")
        result = env.refresh()
        assert result.success
        assert materialization_metadata(result, "meta", "refreshes")["status"] == "published"
        reader.stdin.write("go\n")
        reader.stdin.flush()
        assert reader.stdout.readline().strip() == "5"
        assert reader.stdout.readline().strip() == "6"
    finally:
        reader.stdin.close()
        assert reader.wait(timeout=60) == 0
    assert env.scalar("select count(*) from core.articles") == 6


def test_refresh_is_not_blocked_by_a_reader_in_this_process(env):
    env.refresh()
    con = duckdb.connect(str(env.warehouse), read_only=True)
    try:
        (env.raw / "extra.txt").write_text("Kazakhstan and Kyrgyzstan held talks.", encoding="utf-8")
        assert env.refresh().success
        assert con.execute("select count(*) from core.articles").fetchone()[0] == 5
    finally:
        con.close()
    assert env.scalar("select count(*) from core.articles") == 6


def test_engine_files_are_part_of_the_engine_version(env, monkeypatch, tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "months.csv").write_text("lang,month,form\nen,1,january\n", encoding="utf-8")
    monkeypatch.setenv("BILATERAL_SEEDS_DIR", str(seeds))
    first = steps.engine_version()
    (seeds / "months.csv").write_text("lang,month,form\nen,1,january\nen,2,february\n", encoding="utf-8")
    assert steps.engine_version() != first
    assert steps.engine_version().split("+")[0] == elshi.ENGINE_VERSION


def test_ddl_change_rebuilds_from_scratch(env, monkeypatch):
    env.refresh()
    before = {t: dump(env, t) for t in ("core.articles", "core.trade_facts")}
    monkeypatch.setattr(steps, "ddl_hash", lambda: "a-different-ddl")
    result = env.refresh()
    scan = materialization_metadata(result, "meta", "raw_files")
    assert (scan["rebuilt_from_scratch"], scan["files_new"]) == (True, 5)
    # Same articles and facts (ids included); only the ingestion timestamps are new.
    assert [r[0] for r in dump(env, "core.articles")] == [r[0] for r in before["core.articles"]]
    assert dump(env, "core.trade_facts") == before["core.trade_facts"]
