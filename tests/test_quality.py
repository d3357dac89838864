"""Whole-table checks (orchestration/quality.py): the rules that need a second table."""
from __future__ import annotations

import duckdb

from orchestration.quality import check_table
from orchestration.warehouse import apply_ddl

TEXT = "Kazakhstan and France held talks. Trade reached $4.2 bn."


def warehouse() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    apply_ddl(con)
    con.execute("insert into core.articles (article_id, source_file, language, text) values ('a1', 'x.txt', 'en', ?)", [TEXT])
    fact = ("'KAZ', 'FRA', 'turnover', 'actual', null, null, 4.2e9, 4.2e9, 'USD', null, false")
    con.execute(f"""insert into core.trade_facts values
        ('f1', 'a1', {fact}, 'Trade reached $4.2 bn.', 34, 56),
        ('f2', 'a1', {fact}, 'Trade reached $4.2 bn.', 33, 55),
        ('f3', 'zz', {fact}, 'Trade reached $4.2 bn.', 34, 56)""")
    con.execute("""insert into core.visit_events (event_id, article_id, event_type, status, country_a_iso3,
                   country_b_iso3, evidence, char_start, char_end)
                   values ('e1', 'a1', 'talks', 'held', 'KAZ', 'FRA', 'Kazakhstan and France held talks.', 0, 33)""")
    con.execute("insert into core.event_participants values ('e1', 'Tokayev', 'KAZ', 'President'), ('e9', 'X', null, null)")
    return con


def test_cross_table_rules():
    con = warehouse()
    assert check_table(con, "core", "articles") == (1, None)
    assert check_table(con, "core", "visit_events") == (1, None)

    rows, cases = check_table(con, "core", "trade_facts")
    assert rows == 3
    # rules across rows and tables are checked in SQL: the failure case is the offending id
    assert cases.select("failure_case", "column", "check", "index").rows() == [
        ("zz", "article_id", "article_exists", None),
        ("f2", "evidence", "evidence_is_text_at_offsets", None),
    ]
    rows, cases = check_table(con, "core", "event_participants")
    assert (rows, cases.select("failure_case", "check", "index").rows()) == (2, [("e9", "event_exists", None)])


def test_the_model_is_applied_batch_by_batch_with_row_numbers_of_the_table(monkeypatch):
    from orchestration import quality

    con = warehouse()
    con.execute("update core.trade_facts set flow = 'barter' where fact_id = 'f3'")
    monkeypatch.setattr(quality, "CHECK_BATCH", 1)  # three batches of one row
    rows, cases = check_table(con, "core", "trade_facts")
    assert rows == 3
    assert ("barter", "flow", 2) in cases.select("failure_case", "column", "index").rows()


def test_duplicate_ids_fail_the_table_check():
    con = warehouse()
    con.execute("insert into core.visit_events select * from core.visit_events")
    rows, cases = check_table(con, "core", "visit_events")
    assert rows == 2
    assert set(cases.select("column", "check").rows()) == {("event_id", "field_uniqueness")}
