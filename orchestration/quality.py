"""Whole-table validation of the working copy, run by the blocking asset checks (no dagster).

Every core and marts table is validated against its pandera model (schemas/) and against the
rules that need another table: an article must exist for each fact/event, evidence must be the
article text at its offsets, a participant's event must exist, and each merged event or figure
must have mentions that exist in the core tables.
"""
from __future__ import annotations

import duckdb
import polars as pl

from schemas import MODELS, validate_table
from schemas.validate import FAILURE_SCHEMA, failure_frame


# a merged marts table: its bridge, key, the mention id and the core table of the mentions
MART_BRIDGES = {
    ("marts", "events"): ("event_mentions", "event_key", "event_id", "visit_events"),
    ("marts", "trade_figures"): ("trade_mentions", "figure_key", "fact_id", "trade_facts"),
}


def _failures(frame: pl.DataFrame, mask: pl.Expr, case_column: str, column: str, check: str) -> pl.DataFrame:
    bad = frame.with_row_index("index").filter(mask)
    return failure_frame(bad[case_column].cast(pl.String).to_list(), check, column, bad["index"].to_list())


def _standard(cases: pl.DataFrame) -> pl.DataFrame:
    return cases.select(pl.col(name).cast(dtype) for name, dtype in FAILURE_SCHEMA.items())


CHECK_BATCH = 20_000  # rows validated at a time: a check's memory does not grow with the table
UNIQUE_KEYS = {"articles": "article_id", "trade_facts": "fact_id", "visit_events": "event_id",
               "events": "event_key", "trade_figures": "figure_key"}


def _sql_failures(con: duckdb.DuckDBPyConnection, sql: str, column: str, check: str) -> pl.DataFrame:
    """Failure cases of a rule checked in SQL: ``sql`` returns the offending values (first column)."""
    values = [r[0] for r in con.execute(sql).fetchall()]
    return failure_frame([None if v is None else str(v) for v in values], check, column, [None] * len(values))


def check_table(con: duckdb.DuckDBPyConnection, schema: str, table: str) -> tuple[int, pl.DataFrame | None]:
    """(rows, failure cases or None) for one core or marts table of the connected warehouse.

    The pandera model is applied to batches of the table (streamed from DuckDB); the rules that
    span rows or tables (unique ids, evidence at its offsets, the row an id refers to) are SQL."""
    parts = []
    rows = 0
    model = MODELS[(schema, table)]
    reader = con.execute(f"select * from {schema}.{table}").fetch_record_batch(CHECK_BATCH)
    for batch in reader:
        frame = pl.from_arrow(batch)
        if isinstance(frame, pl.Series):
            frame = frame.to_frame()
        cases = validate_table(model, frame, ignore_unique=True)
        if cases is not None:
            cases = _standard(cases).with_columns(pl.col("index") + rows)
            parts.append(cases)
        rows += frame.height
    if rows == 0:  # still check the columns are there
        cases = validate_table(model, con.sql(f"select * from {schema}.{table}").pl())
        if cases is not None:
            parts.append(_standard(cases))
    if table in UNIQUE_KEYS and (schema, table) != ("core", "event_participants"):
        key = UNIQUE_KEYS[table]
        parts.append(_sql_failures(con, f"select {key} from {schema}.{table} group by {key} having count(*) > 1 "
                                        f"order by 1", key, "field_uniqueness"))
    if table in ("trade_facts", "visit_events"):
        id_col = "fact_id" if table == "trade_facts" else "event_id"
        parts.append(_sql_failures(con, f"""
            select f.article_id from core.{table} f left join core.articles a using (article_id)
            where a.article_id is null order by 1""", "article_id", "article_exists"))
        parts.append(_sql_failures(con, f"""
            select f.{id_col} from core.{table} f join core.articles a using (article_id)
            where coalesce(substring(a.text, f.char_start + 1, f.char_end - f.char_start) <> f.evidence, true)
            order by 1""", "evidence", "evidence_is_text_at_offsets"))
    if table == "event_participants":
        parts.append(_sql_failures(con, """
            select p.event_id from core.event_participants p left join core.visit_events e using (event_id)
            where e.event_id is null order by 1""", "event_id", "event_exists"))
    if (schema, table) in MART_BRIDGES:
        bridge, key_col, mention_col, core_table = MART_BRIDGES[(schema, table)]
        parts.append(_sql_failures(con, f"""
            select t.{key_col} from marts.{table} t left join marts.{bridge} b using ({key_col})
            where b.{key_col} is null order by 1""", key_col, "has_mentions"))
        parts.append(_sql_failures(con, f"""
            select distinct b.{key_col} from marts.{bridge} b left join core.{core_table} c using ({mention_col})
            where c.{mention_col} is null and b.{key_col} in (select {key_col} from marts.{table}) order by 1""",
                                   mention_col, "mentions_exist"))
        parts.append(_sql_failures(con, f"""
            select t.{key_col} from marts.{table} t join (select {key_col}, count(*) as n from marts.{bridge}
            group by all) b using ({key_col}) where b.n <> t.n_mentions order by 1""",
                                   "n_mentions", "n_mentions_match_bridge"))
        parts.append(_sql_failures(con, f"""
            select c.{mention_col} from core.{core_table} c left join marts.{bridge} b using ({mention_col})
            group by all having count(b.{key_col}) <> 1 order by 1""", mention_col, "each_mention_in_one_row"))
    failures = pl.concat([_standard(p) for p in parts]) if parts else pl.DataFrame(schema=FAILURE_SCHEMA)
    return rows, (failures if failures.height else None)
