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


def check_table(con: duckdb.DuckDBPyConnection, schema: str, table: str) -> tuple[int, pl.DataFrame | None]:
    """(rows, failure cases or None) for one core or marts table of the connected warehouse."""
    frame = con.sql(f"select * from {schema}.{table}").pl()
    parts = []
    cases = validate_table(MODELS[(schema, table)], frame)
    if cases is not None:
        parts.append(_standard(cases))
    if table in ("trade_facts", "visit_events"):
        id_col = "fact_id" if table == "trade_facts" else "event_id"
        texts = con.sql("select article_id, text from core.articles").pl()
        joined = frame.join(texts, on="article_id", how="left", maintain_order="left")
        parts.append(_failures(joined, pl.col("text").is_null(), "article_id", "article_id", "article_exists"))
        span = pl.col("text").str.slice(pl.col("char_start"), pl.col("char_end") - pl.col("char_start"))
        parts.append(_failures(
            joined, pl.col("text").is_not_null() & (span != pl.col("evidence")).fill_null(True),
            id_col, "evidence", "evidence_is_text_at_offsets",
        ))
    if table == "event_participants":
        events = con.sql("select event_id, true as known from core.visit_events").pl()
        joined = frame.join(events, on="event_id", how="left", maintain_order="left")
        parts.append(_failures(joined, pl.col("known").is_null(), "event_id", "event_id", "event_exists"))
    if (schema, table) in MART_BRIDGES:
        bridge, key_col, mention_col, core_table = MART_BRIDGES[(schema, table)]
        links = con.sql(f"select {key_col}, {mention_col}, c.{mention_col} is not null as known from marts.{bridge} "
                        f"left join core.{core_table} c using ({mention_col})").pl()
        joined = frame.join(links.group_by(key_col).agg(pl.len().alias("n"), pl.col("known").all().alias("all_known")),
                            on=key_col, how="left", maintain_order="left")
        parts.append(_failures(joined, pl.col("n").is_null(), key_col, key_col, "has_mentions"))
        parts.append(_failures(joined, pl.col("all_known") == False, key_col, mention_col, "mentions_exist"))  # noqa: E712
        parts.append(_failures(joined, pl.col("n").is_not_null() & (pl.col("n") != pl.col("n_mentions")),
                               key_col, "n_mentions", "n_mentions_match_bridge"))
        owners = con.sql(f"select c.{mention_col}, count(b.{key_col}) as owners from core.{core_table} c "
                         f"left join marts.{bridge} b using ({mention_col}) group by all having count(b.{key_col}) <> 1 "
                         f"order by 1").pl()
        parts.append(_failures(owners, pl.lit(True), mention_col, mention_col, "each_mention_in_one_row"))
    failures = pl.concat(parts) if parts else pl.DataFrame(schema=FAILURE_SCHEMA)
    return frame.height, (failures if failures.height else None)
