"""The analyst's layer: merge rules on hand-made mentions and figures (orchestration/marts.py), and
the marts of a real refresh (seeds + a second report of seed 000 in other words): one row per real
event and statistic, conflicts flagged, incremental == from scratch, the gold check == the scorer."""
from __future__ import annotations

import base64
import datetime as dt
import json
import os
import random
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from orchestration import marts
from orchestration.marts import Mention
from tests.pipeline_support import REPO, check_results, make_env

D = dt.date
SECOND_REPORT = Path(__file__).parent / "fixtures" / "marts" / "000_second_report.txt"
SHARED = REPO.parent / "shared"


def visit(event_id, article, *, status="held", day=None, month=None, year=None, published=None, location=None,
          visitor="FRA", host="KAZ", people=(), typ="visit", level=None):
    """A mention of a France-Kazakhstan event with the finest date given."""
    if day:
        start, end, precision = day, day, "day"
    elif month:
        start = D(*month, 1)
        end = (D(start.year + start.month // 12, start.month % 12 + 1, 1) - dt.timedelta(days=1))
        precision = "month"
    elif year:
        start, end, precision = D(year, 1, 1), D(year, 12, 31), "year"
    else:
        start = end = precision = None
    return Mention(event_id=event_id, article_id=article, event_type=typ, status=status, country_a_iso3="FRA",
                   country_b_iso3="KAZ", visit_level=level, visitor_iso3=visitor if typ == "visit" else None,
                   host_iso3=host, location=location, date_start=start, date_end=end, date_precision=precision,
                   published_on=published, participants=[(n, c, r) for n, c, r in people])


def merged(mentions):
    events, bridge = marts.event_rows(marts.cluster_events(mentions))
    groups = {}
    for b in bridge:
        groups.setdefault(b["event_key"], []).append(b["event_id"])
    return events, sorted(sorted(g) for g in groups.values())


MACRON = ("Эмманюэль Макрон", "FRA", "President")


def test_two_reports_of_one_visit_are_one_event():
    events, groups = merged([
        visit("e1", "a1", day=D(2023, 11, 1), published=D(2023, 11, 1), location="Astana", level="official",
              people=[MACRON]),
        visit("e2", "a2", month=(2023, 11), published=D(2023, 11, 3), location="Nur-Sultan",
              people=[("Макрона", "FRA", None), ("Тоқаев", "KAZ", "President")]),
        visit("e3", "a2", published=D(2023, 11, 3), people=[("Макрон", "FRA", "President")]),
    ])
    assert groups == [["e1", "e2", "e3"]]
    [e] = events
    assert {k: e[k] for k in ("event_type", "status", "visit_level", "visitor_iso3", "host_iso3", "location",
                              "date_start", "date_end", "date_precision", "n_sources", "n_mentions",
                              "first_reported_on", "head_of_state")} == {
        "event_type": "visit", "status": "held", "visit_level": "official", "visitor_iso3": "FRA",
        "host_iso3": "KAZ", "location": "Astana", "date_start": D(2023, 11, 1), "date_end": D(2023, 11, 1),
        "date_precision": "day", "n_sources": 2, "n_mentions": 3, "first_reported_on": D(2023, 11, 1),
        "head_of_state": True}
    # "Макрона", "Макрон": Macron in another case and without his first name; the fullest name is kept
    assert e["participants"] == ["Тоқаев", "Эмманюэль Макрон"]


def test_a_visit_and_a_later_planned_visit_are_two_events():
    events, groups = merged([
        visit("held", "a1", day=D(2023, 11, 1), published=D(2023, 11, 1), people=[MACRON]),
        # announced months later: a new, later visit
        visit("next", "a2", status="planned", published=D(2024, 3, 5), people=[MACRON]),
        # announced before it happened: the same visit, which is held
        visit("announce", "a3", status="planned", month=(2023, 11), published=D(2023, 10, 20), people=[MACRON]),
    ])
    assert groups == [["announce", "held"], ["next"]]
    assert sorted((e["status"], e["date_start"]) for e in events) == [("held", D(2023, 11, 1)), ("planned", None)]


@pytest.mark.parametrize("other,why", [
    (dict(day=D(2023, 11, 1), location="Paris"), "the places contradict"),
    (dict(day=D(2023, 11, 1), visitor="KAZ", host="FRA"), "the other side travels"),
    (dict(day=D(2023, 10, 2)), "another day"),
    (dict(year=2022), "another year"),
    (dict(day=D(2023, 11, 1), people=[("Жан Дюпон", "FRA", "Minister")]), "another traveller"),
    (dict(published=D(2024, 2, 1)), "an undated report long after"),
])
def test_mentions_that_are_not_one_event(other, why):
    first = visit("e1", "a1", day=D(2023, 11, 1), published=D(2023, 11, 1), location="Astana", people=[MACRON])
    second = visit("e2", "a2", **{"published": D(2023, 11, 2), **other})
    events, groups = merged([first, second])
    assert groups == [["e1"], ["e2"]], why


def test_undated_unpublished_reports_merge_only_on_a_shared_name():
    vas = ("Роман Василенко", "KAZ", "Deputy Minister")
    events, groups = merged([
        visit("c1", "a1", typ="consultations", host=None, people=[vas, ("Брис Рокфөй", "FRA", "Director")]),
        visit("c2", "a2", typ="consultations", host=None, people=[("Р.Василенко", "KAZ", None)]),
        visit("c3", "a3", typ="consultations", host=None, people=[("Алибек Бакаев", "KAZ", None)]),
        visit("c4", "a4", typ="consultations", host=None),
    ])
    assert groups == [["c1", "c2"], ["c3"], ["c4"]]


def test_event_keys_are_stable_whatever_the_input_order():
    mentions = [visit(f"e{i}", f"a{i % 3}", day=D(2023, 11, 1 + i % 4), published=D(2023, 11, 5), people=[MACRON])
                for i in range(8)]
    first = marts.event_rows(marts.cluster_events(mentions))
    for seed in range(5):
        shuffled = mentions[:]
        random.Random(seed).shuffle(shuffled)
        assert marts.event_rows(marts.cluster_events(shuffled)) == first


def fact(fact_id, article, flow, value, *, reporter="KAZ", partner="FRA", period=(D(2023, 1, 1), D(2023, 12, 31)),
         measure="actual", published=None, growth=None):
    return {"fact_id": fact_id, "article_id": article, "reporter_iso3": reporter, "partner_iso3": partner,
            "flow": flow, "measure": measure, "period_start": period[0], "period_end": period[1],
            "value_usd": value, "growth_pct": growth, "char_start": 0, "published_on": published}


def figures(facts):
    rows, bridge = marts.figure_rows(facts)
    members = {}
    for b in bridge:
        members.setdefault(b["figure_key"], []).append(b["fact_id"])
    return [(r["flow"], r["reporter_iso3"], r["partner_iso3"], r["value_usd"], r["min_value_usd"],
             r["max_value_usd"], r["n_sources"], r["reporters"], r["conflict"], r["mirror"],
             sorted(members[r["figure_key"]])) for r in sorted(rows, key=lambda r: sorted(members[r["figure_key"]]))]


def test_conflicting_and_agreeing_figures():
    assert figures([
        fact("t1", "a1", "turnover", 4.2e9, published=D(2024, 4, 1)),
        fact("t2", "a2", "turnover", 4.6e9, reporter="FRA", partner="KAZ", published=D(2024, 4, 2)),  # any order
        fact("x1", "a1", "export", 3.0e9),
        fact("x2", "a2", "export", 3.1e9),  # 3.3 % apart: the same figure rounded differently
        fact("q1", "a3", "turnover", 1.1e9, period=(D(2023, 1, 1), D(2023, 3, 31))),  # another period
        fact("t3", "a4", "turnover", 4.4e9, measure="target"),  # a target is another statistic
    ]) == [
        ("turnover", "KAZ", "FRA", 1.1e9, 1.1e9, 1.1e9, 1, ["KAZ"], False, False, ["q1"]),
        ("turnover", "KAZ", "FRA", 4.4e9, 4.2e9, 4.6e9, 2, ["FRA", "KAZ"], True, True, ["t1", "t2"]),
        ("turnover", "KAZ", "FRA", 4.4e9, 4.4e9, 4.4e9, 1, ["KAZ"], False, False, ["t3"]),
        ("export", "KAZ", "FRA", 3.05e9, 3.0e9, 3.1e9, 2, ["KAZ"], False, False, ["x1", "x2"]),
    ]


def test_mirror_statistics_are_one_figure():
    """Kazakhstan's exports to France are France's imports from Kazakhstan, told by either side."""
    assert figures([
        fact("k", "a1", "export", 3.0e9, reporter="KAZ", partner="FRA"),
        fact("f", "a2", "import", 3.4e9, reporter="FRA", partner="KAZ"),
        fact("o", "a3", "import", 1.2e9, reporter="KAZ", partner="FRA"),  # the other direction
    ]) == [
        ("export", "KAZ", "FRA", 3.2e9, 3.0e9, 3.4e9, 2, ["FRA", "KAZ"], True, True, ["f", "k"]),
        ("import", "KAZ", "FRA", 1.2e9, 1.2e9, 1.2e9, 1, ["KAZ"], False, False, ["o"]),
    ]


def test_figures_without_a_period_stay_with_their_article():
    got = figures([fact("a", "a1", "turnover", 1e9, period=(None, None)),
                   fact("b", "a2", "turnover", 1e9, period=(None, None))])
    assert [g[-1] for g in got] == [["a"], ["b"]]


def test_partner_year_reads_full_year_actual_figures_and_held_events():
    rows, _ = marts.figure_rows([
        fact("t", "a1", "turnover", 4.2e9), fact("x", "a1", "export", 3e9), fact("i", "a1", "import", 1.2e9),
        fact("q", "a1", "turnover", 1.1e9, period=(D(2023, 1, 1), D(2023, 3, 31))),
        fact("g", "a1", "turnover", 6e9, measure="target"),
        fact("v", "a1", "investment_in", 2e9),
    ])
    events, _ = marts.event_rows(marts.cluster_events([
        visit("v1", "a1", day=D(2023, 11, 1), published=D(2023, 11, 1), level="state", people=[MACRON]),
        visit("t1", "a1", typ="talks", day=D(2023, 5, 3), published=D(2023, 5, 3)),
        visit("p1", "a2", status="planned", month=(2023, 12), published=D(2023, 11, 20),
              people=[("Жан Дюпон", "FRA", "Minister")]),
    ]))
    [row] = marts.partner_year_rows(rows, events)
    assert row == {
        "partner_iso3": "FRA", "year": 2023, "turnover_usd": 4.2e9, "exports_usd": 3e9, "imports_usd": 1.2e9,
        "investment_in_usd": 2e9, "investment_out_usd": None, "n_visit": 1, "n_talks": 1, "n_consultations": 0,
        "n_forum": 0, "n_council": 0, "n_phone_call": 0, "n_signing": 0, "n_events": 2, "n_planned": 1,
        "head_of_state_visits": 1, "last_event_on": D(2023, 11, 1)}


# ---------------------------------------------------------------- a real refresh

MARTS = ("marts.events", "marts.event_mentions", "marts.trade_figures", "marts.trade_mentions", "marts.partner_year")


def marts_dump(env) -> dict[str, list[tuple]]:
    return {t: env.query(f"select * from {t} order by all") for t in MARTS}


@pytest.fixture(scope="module")
def two_reports(tmp_path_factory):
    """The seeds plus a second report of seed 000 (Russian, other wording, 2023 turnover 4.6 bn)."""
    env = make_env(tmp_path_factory.mktemp("marts"))
    shutil.copy(SECOND_REPORT, env.raw / SECOND_REPORT.name)
    result = env.refresh()
    assert result.success
    return env, result


def test_each_event_of_a_twice_reported_article_is_one_row(two_reports):
    env, _ = two_reports
    got = env.query("""
        select e.event_type, e.visitor_iso3, e.date_start, e.n_sources, e.participants
        from marts.events e
        where e.event_key in (select event_key from marts.event_mentions join core.visit_events using (event_id)
                              join core.articles a using (article_id) where a.source_file like '000_f03d%')
        order by all""")
    assert got == [
        ("consultations", None, None, 2, ["Брис Рокфөй", "Роман Василенко"]),
        ("signing", None, D(2008, 6, 1), 2, []),
        ("visit", "FRA", None, 2, ["Эмманюэль Макрон"]),
        ("visit", "KAZ", D(2022, 11, 1), 2, ["Қасым-Жомарт Тоқаев"]),
    ]


def test_a_changed_figure_conflicts_and_an_unchanged_one_agrees(two_reports):
    env, result = two_reports
    got = env.query("""
        select flow, value_usd, min_value_usd, max_value_usd, n_sources, conflict, mirror from marts.trade_figures
        where partner_iso3 = 'FRA' and period_start = date '2023-01-01' and period_end = date '2023-12-31'
        order by flow""")
    assert got == [("export", 3e9, 3e9, 3e9, 2, False, False),
                   ("import", 1.2e9, 1.2e9, 1.2e9, 1, False, False),
                   ("turnover", 4.4e9, 4.2e9, 4.6e9, 2, True, False)]
    checks = check_results(result)
    assert checks[("marts", "trade_figures", "trade_conflicts")] is False  # warns, does not block
    assert checks[("marts", "partner_year", "rows_valid")] is True
    assert env.query("select turnover_usd, exports_usd, imports_usd from marts.partner_year "
                     "where partner_iso3 = 'FRA' and year = 2023") == [(4.4e9, 3e9, 1.2e9)]


def test_marts_rebuilt_incrementally_equal_marts_built_from_scratch(two_reports, tmp_path):
    env, _ = two_reports
    (tmp_path / "scratch").mkdir()
    scratch = make_env(tmp_path / "scratch")
    (scratch.raw / "001_f2ef28b87658a436.txt").unlink()
    shutil.copy(SECOND_REPORT, scratch.raw / SECOND_REPORT.name)
    assert scratch.refresh().success

    (env.raw / "001_f2ef28b87658a436.txt").unlink()  # a change after the first build
    assert env.refresh().success
    assert marts_dump(env) == marts_dump(scratch)
    shutil.copy(REPO / "seeds" / "articles" / "001_f2ef28b87658a436.txt", env.raw)  # and back
    assert env.refresh().success
    assert env.scalar("select count(*) from marts.events where n_sources = 2") > 0


@pytest.mark.skipif(not (SHARED / "gold" / "seeds").is_dir(), reason="../shared/gold/seeds not beside the repo")
def test_gold_check_gives_the_scorers_numbers(tmp_path, monkeypatch):
    monkeypatch.setenv("BILATERAL_GOLD_DIR", str(SHARED / "gold" / "seeds"))
    env = make_env(tmp_path)
    result = env.refresh()
    [check] = [e for e in result.get_asset_check_evaluations() if e.check_name == "gold_accuracy"]
    meta = {k: getattr(v, "value", v) for k, v in check.metadata.items()}
    subprocess.run([sys.executable, str(SHARED / "eval" / "score.py"), "--warehouse", str(env.warehouse),
                          "--gold", str(SHARED / "gold" / "seeds"), "--json", str(tmp_path / "score.json")],
                         capture_output=True, text=True, check=True)
    scored = json.loads((tmp_path / "score.json").read_text())
    for kind, prefix in (("trade", "trade"), ("events", "event")):
        for k in ("precision", "recall", "f1", "tp", "fp", "fn"):
            assert meta[f"{prefix}_{k}"] == pytest.approx(scored[kind][k]), (kind, k)
    assert meta["articles"] == f"{scored['articles_found']}/{scored['articles_gold']}"
    for name, (accuracy, _n) in scored["accuracy"].items():
        assert meta[f"accuracy_{name}"] == pytest.approx(accuracy), name
    assert check.passed


def test_gold_check_without_a_folder_says_it_skipped(two_reports):
    env, result = two_reports
    if os.environ.get("BILATERAL_GOLD_DIR"):
        pytest.skip("BILATERAL_GOLD_DIR set in the environment")
    [check] = [e for e in result.get_asset_check_evaluations() if e.check_name == "gold_accuracy"]
    assert check.passed
    assert check.metadata["status"].value.startswith("skipped: set BILATERAL_GOLD_DIR")


def test_the_checks_catch_a_broken_bridge(two_reports, tmp_path):
    import duckdb

    from orchestration.quality import check_table

    env, _ = two_reports
    copy = tmp_path / "copy.duckdb"
    shutil.copy(env.warehouse, copy)
    con = duckdb.connect(str(copy))
    try:
        assert check_table(con, "marts", "events")[1] is None
        assert check_table(con, "marts", "trade_figures")[1] is None
        lost = con.execute("select event_id from marts.event_mentions join marts.events using (event_key) "
                           "where n_mentions = 2 order by event_id limit 1").fetchone()[0]
        con.execute("delete from marts.event_mentions where event_id = ?", [lost])
        _, cases = check_table(con, "marts", "events")
    finally:
        con.close()
    assert sorted(cases["check"].to_list()) == ["each_mention_in_one_row", "n_mentions_match_bridge"]
    assert lost in cases["failure_case"].to_list()


def test_changed_merge_rules_rebuild_the_marts_without_a_raw_change(tmp_path, monkeypatch):
    from orchestration import steps
    from tests.pipeline_support import fake_extract
    import elshi

    monkeypatch.setattr(elshi, "extract", fake_extract)
    env = make_env(tmp_path)
    assert env.refresh().success
    first = env.scalar("select count(*) from meta.refreshes")
    assert env.refresh().success  # nothing changed: nothing published
    assert env.scalar("select count(*) from meta.refreshes") == first
    monkeypatch.setattr(steps, "marts_version", lambda: "other-rules")
    assert env.refresh().success
    assert env.scalar("select count(*) from meta.refreshes") == first + 1
    assert env.scalar("select value from meta.warehouse where key = 'marts_version'") == "other-rules"


def test_partner_year_materialization_carries_the_charts(two_reports):
    from tests.pipeline_support import materialization_metadata

    env, result = two_reports
    for run in (result, env.refresh()):  # a refresh with changes, then one with none
        meta = materialization_metadata(run, "marts", "partner_year")
        images = re.findall(r"!\[([^\]]+)\]\(data:image/png;base64,([A-Za-z0-9+/=]+)\)", meta["chart"])
        assert [name for name, _ in images] == ["annual turnover", "events per year"]
        assert all(base64.b64decode(data)[:8] == b"\x89PNG\r\n\x1a\n" for _, data in images)
        assert meta["partners"] == env.scalar("select count(distinct partner_iso3) from marts.partner_year")


@pytest.mark.parametrize("shards", [1, 3, 6])
def test_extraction_output_is_the_same_whatever_the_number_of_shards(two_reports, tmp_path, shards):
    """Fan-out is an execution detail: re-extracting every article in 1, 3 or 6 shards gives the
    published rows exactly (same rows, same ids), with shards of the expected sizes."""
    import duckdb

    import elshi
    from orchestration import steps

    env, _ = two_reports
    copy = tmp_path / "copy.duckdb"
    shutil.copy(env.warehouse, copy)
    tables = ("core.trade_facts", "core.visit_events", "core.event_participants")
    con = duckdb.connect(str(copy))
    try:
        before = {t: con.execute(f"select * from {t} order by all").fetchall() for t in tables}
        n_articles = con.execute("select count(*) from core.articles").fetchone()[0]
        con.execute("delete from meta.extractions")  # every article must be extracted again
        sharding = steps.Sharding(max_shards=shards, min_articles=1)
        staged, dropped = steps.prepare_extraction(con, "r", steps.engine_version(), tmp_path / "staging", sharding)
        assert [s.count for s in staged] == [min(shards, n_articles)] * min(shards, n_articles)
        assert sum(s.n_articles for s in staged) == n_articles and dropped == 0
        results = [steps.extract_shard(s, elshi.extract, elshi.Article) for s in staged]
        stats = steps.load_shards(con, results)
        after = {t: con.execute(f"select * from {t} order by all").fetchall() for t in tables}
    finally:
        con.close()
    assert after == before
    assert stats.articles_extracted == n_articles
    assert not (tmp_path / "staging").exists()  # staging removed once loaded


def test_a_shard_reports_progress_and_totals(two_reports, tmp_path, monkeypatch):
    import duckdb

    import elshi
    from orchestration import steps

    env, _ = two_reports
    copy = tmp_path / "copy.duckdb"
    shutil.copy(env.warehouse, copy)
    con = duckdb.connect(str(copy))
    try:
        con.execute("delete from meta.extractions")
        [shard], _ = steps.prepare_extraction(con, "r", steps.engine_version(), tmp_path / "staging",
                                              steps.Sharding(max_shards=1, min_articles=1))
    finally:
        con.close()
    calls = []
    monkeypatch.setattr(steps, "BATCH_ARTICLES", 2)  # three batches of the six articles
    result = steps.extract_shard(shard, elshi.extract, elshi.Article, lambda *a: calls.append(a[:2]), every=0.0)
    assert calls == [(2, 6), (4, 6), (6, 6), (6, 6)]  # after each batch, then the total
    assert result.articles == 6 and result.rows["extractions"] == 6
    assert sorted(p.name.split("-")[0] for p in Path(shard.folder).glob("extractions-*.parquet")) == ["extractions"] * 3


def test_a_refresh_in_three_shards_equals_one_in_one(tmp_path, monkeypatch):
    """Reading and extraction fanned out over 3 shards (the dynamic graph runs in process here)
    give the same tables as one shard: same rows, same ids, same quarantine."""
    dumps = []
    for shards in ("1", "3"):
        monkeypatch.setenv("BILATERAL_SHARDS", shards)
        monkeypatch.setenv("BILATERAL_SHARD_MIN_ARTICLES", "1")
        (tmp_path / shards).mkdir()
        env = make_env(tmp_path / shards)
        shutil.copy(SECOND_REPORT, env.raw / SECOND_REPORT.name)
        (env.raw / "broken.json").write_text("{not json", encoding="utf-8")
        (env.raw / "notes.docx").write_bytes(b"PK\x03\x04")
        result = env.refresh()
        assert result.success
        shard_steps = sorted({e.step_key for e in result.all_events if e.step_key and "[" in e.step_key})
        assert len(shard_steps) == 2 * int(shards)  # read_files[...] and extract_shard[...]
        dumps.append({
            "articles": env.query("select article_id, source_file, title, published_on, language, text from core.articles order by all"),
            "sources": env.query("select article_id, source_file, source_record from meta.article_sources order by all"),
            "files": env.query("select source_file, status, n_articles, n_problems from meta.raw_files order by all"),
            "quarantine": env.query("select kind, source_file, article_id, reason from core.quarantine order by all"),
            **{t: env.query(f"select * from {t} order by all") for t in
               ("core.trade_facts", "core.visit_events", "core.event_participants", *MARTS)},
        })
    assert dumps[0] == dumps[1]
    assert len(dumps[0]["quarantine"]) == 2
