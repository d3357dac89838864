"""Dagster metadata for warehouse tables: column schemas, row counts, markdown previews."""
from __future__ import annotations

import datetime as dt

import duckdb
from dagster import MetadataValue, TableColumn, TableSchema

from orchestration.warehouse import declared_columns

PREVIEW_ROWS = 5
PREVIEW_CELL = 60


def column_schema(schema: str, table: str) -> TableSchema:
    """Columns of a table as declared in warehouse/*.sql (types and comments)."""
    return TableSchema(columns=[
        TableColumn(name=name, type=dtype, description=comment)
        for name, dtype, comment in declared_columns()[(schema, table)]
    ])


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        text = f"{value:,.6g}"
    elif isinstance(value, (dt.date, dt.datetime)):
        text = value.isoformat()
    else:
        text = str(value)
    text = text.replace("\n", " ").replace("|", "\\|")
    return text if len(text) <= PREVIEW_CELL else text[: PREVIEW_CELL - 1] + "…"


def markdown_preview(con: duckdb.DuckDBPyConnection, sql: str, params=None, limit: int = PREVIEW_ROWS) -> str:
    """The first rows of a query as a markdown table (long cells cut)."""
    cur = con.execute(f"select * from ({sql}) limit {int(limit)}", params or [])
    names = [d[0] for d in cur.description]
    rows = cur.fetchall()
    if not rows:
        return "_no rows_"
    lines = ["| " + " | ".join(names) + " |", "|" + "---|" * len(names)]
    lines += ["| " + " | ".join(_cell(v) for v in row) + " |" for row in rows]
    return "\n".join(lines)


def table_metadata(con: duckdb.DuckDBPyConnection, schema: str, table: str, preview_sql: str | None = None) -> dict:
    """Row count, column schema and a preview of a warehouse table."""
    n = con.execute(f'select count(*) from {schema}."{table}"').fetchone()[0]
    meta = {
        "dagster/row_count": MetadataValue.int(n),
        "preview": MetadataValue.md(markdown_preview(con, preview_sql or f'select * from {schema}."{table}"')),
    }
    if (schema, table) in declared_columns():
        meta["dagster/column_schema"] = column_schema(schema, table)
    else:  # ref tables: types detected from the CSV
        meta["dagster/column_schema"] = TableSchema(columns=[
            TableColumn(name=r[0], type=r[1]) for r in con.execute(
                "select column_name, data_type from duckdb_columns() where database_name = current_database() "
                "and schema_name = ? and table_name = ? order by column_index", [schema, table]).fetchall()
        ])
    return meta
