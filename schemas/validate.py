"""Run a pandera model over a polars frame and turn its failure cases into per-row reasons."""
from __future__ import annotations

import pandera.polars as pa
import polars as pl

REASON = "reason"
_ROW = "__row__"


def _schema(model: type[pa.DataFrameModel], ignore_unique: bool) -> pa.DataFrameSchema:
    schema = model.to_schema()
    if ignore_unique:
        for name, column in schema.columns.items():
            if column.unique:
                schema = schema.update_column(name, unique=False)
    return schema


def validate_table(
    model: type[pa.DataFrameModel], frame: pl.DataFrame, *, ignore_unique: bool = False
) -> pl.DataFrame | None:
    """Validate a whole frame: ``None`` when it passes, else pandera's failure cases
    (columns failure_case, schema_context, column, check, check_number, index)."""
    schema = _schema(model, ignore_unique)
    missing = [name for name in schema.columns if name not in frame.columns]
    if missing:
        return failure_frame([f"column {name!r} missing" for name in missing], "column_in_dataframe")
    try:
        schema.validate(frame, lazy=True)
    except pa.errors.SchemaErrors as err:
        return err.failure_cases
    except Exception as err:  # pandera itself gave up (e.g. a dtype polars cannot coerce)
        return failure_frame([f"{type(err).__name__}: {str(err).splitlines()[0]}"], "validation_error")
    return None


FAILURE_SCHEMA = {"failure_case": pl.String, "schema_context": pl.String, "column": pl.String,
                  "check": pl.String, "check_number": pl.Int32, "index": pl.Int32}


def failure_frame(cases: list[str], check: str, column: str | None = None,
                  index: list[int | None] | None = None) -> pl.DataFrame:
    """Failure cases in pandera's layout, for rules checked outside a model."""
    return pl.DataFrame({
        "failure_case": cases,
        "schema_context": ["DataFrameSchema"] * len(cases),
        "column": [column] * len(cases),
        "check": [check] * len(cases),
        "check_number": [None] * len(cases),
        "index": index if index is not None else [None] * len(cases),
    }, schema=FAILURE_SCHEMA)


def _describe(case: dict) -> str:
    where = case["column"] if case["schema_context"] == "Column" else "row"
    value = case["failure_case"]
    if case.get("index") is None and case["schema_context"] != "Column":
        return f"{value}" if value is not None else f"failed {case['check']}"
    if case["schema_context"] != "Column" or value is None:
        return f"{where}: failed {case['check']}"
    if len(str(value)) > 80:
        value = str(value)[:77] + "..."
    return f"{where}: failed {case['check']} (got {value!r})"


def split_valid(
    model: type[pa.DataFrameModel], frame: pl.DataFrame, *, ignore_unique: bool = False
) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Split ``frame`` into (rows that pass, rows that fail + a ``reason`` column).

    A failure that pandera cannot tie to a row (a missing column, a wrong dtype that cannot be
    coerced) rejects every row, so nothing invalid is ever kept."""
    if frame.height == 0:
        return frame, frame.with_columns(pl.lit(None, dtype=pl.String).alias(REASON))
    cases = validate_table(model, frame, ignore_unique=ignore_unique)
    if cases is None:
        return frame, frame.head(0).with_columns(pl.lit(None, dtype=pl.String).alias(REASON))

    whole_frame: list[str] = []
    per_row: dict[int, list[str]] = {}
    for case in cases.to_dicts():
        text = _describe(case)
        if case.get("index") is None:
            whole_frame.append(text)
        else:
            per_row.setdefault(int(case["index"]), []).append(text)

    numbered = frame.with_row_index(_ROW)
    if whole_frame:
        reasons = [_join(whole_frame + per_row.get(i, [])) for i in range(frame.height)]
        return frame.head(0), frame.with_columns(pl.Series(REASON, reasons, dtype=pl.String))

    reasons = pl.DataFrame(
        {_ROW: list(per_row), REASON: [_join(v) for v in per_row.values()]},
        schema={_ROW: pl.UInt32, REASON: pl.String},
    )
    rejected = numbered.join(reasons, on=_ROW, how="inner").sort(_ROW).drop(_ROW)
    valid = numbered.join(reasons, on=_ROW, how="anti").sort(_ROW).drop(_ROW)
    return valid, rejected


def _join(reasons: list[str], limit: int = 500) -> str:
    text = "; ".join(dict.fromkeys(reasons))
    return text if len(text) <= limit else text[: limit - 3] + "..."


def failure_report(cases: pl.DataFrame | None, limit: int = 20) -> str:
    """Markdown table of (at most ``limit``) pandera failure cases, for check metadata."""
    if cases is None or cases.height == 0:
        return "no failures"
    lines = ["| column | check | failure case | row |", "|---|---|---|---|"]
    for case in cases.head(limit).to_dicts():
        value = str(case["failure_case"]).replace("|", "\\|").replace("\n", " ")
        if len(value) > 60:
            value = value[:57] + "..."
        lines.append(f"| {case['column']} | {case['check']} | {value} | {case['index']} |")
    if cases.height > limit:
        lines.append(f"\n... and {cases.height - limit} more")
    return "\n".join(lines)
