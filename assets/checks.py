"""Blocking asset checks: each core and marts table of this run's working copy must pass its
pandera model and the cross-table rules (orchestration/quality.py) before anything is published.
Non-blocking ones warn: quarantined rows, conflicting statistics, accuracy against a gold folder.

The extract and ingest steps already move invalid rows to core.quarantine, so these checks
normally pass; a failure means something slipped through, and because the checks block, the
publish step does not run and the published warehouse stays as it was."""

import os

from dagster import (
    AssetCheckExecutionContext, AssetCheckResult, AssetCheckSeverity, AssetChecksDefinition, AssetCheckSpec,
    MetadataValue, multi_asset_check,
)

from assets._shared import NO_CHANGES, WRITER, key
from orchestration import goldscore
from orchestration.quality import check_table
from orchestration.resources import Warehouse
from orchestration.warehouse import resolve_path
from schemas import MODELS, failure_report

NO_CHANGES_NOTE = "no changes in this run; the published tables passed these checks when they were published"


def rows_valid_spec(schema: str, table: str) -> AssetCheckSpec:
    return AssetCheckSpec(
        "rows_valid", asset=key(schema, table), blocking=True,
        description=f"Every row of {schema}.{table} passes schemas.{MODELS[(schema, table)].__name__} "
                    "(and the cross-table rules); blocks publication otherwise.")


def rows_valid(run_id: str, warehouse: Warehouse, schema: str, table: str) -> AssetCheckResult:
    """The blocking check of one core or marts table, evaluated in the step that wrote it (a
    step of its own would cost a process under the multiprocess executor)."""
    if not warehouse.file.has_work(run_id):
        return AssetCheckResult(asset_key=key(schema, table), check_name="rows_valid", passed=True, metadata={
            "status": MetadataValue.text(NO_CHANGES), "note": MetadataValue.text(NO_CHANGES_NOTE)})
    with warehouse.file.connect_work(run_id, read_only=True) as con:
        rows, cases = check_table(con, schema, table)
    return AssetCheckResult(
        asset_key=key(schema, table), check_name="rows_valid",
        passed=cases is None,
        severity=AssetCheckSeverity.ERROR,
        metadata={
            "rows": MetadataValue.int(rows),
            "failures": MetadataValue.int(0 if cases is None else cases.height),
            "failure_cases": MetadataValue.md(failure_report(cases)),
        },
    )


EXTRACTED = ("trade_facts", "visit_events", "event_participants")


@multi_asset_check(
    specs=[rows_valid_spec("core", t) for t in EXTRACTED], op_tags=WRITER, name="extracted_rows_valid",
    description="The blocking rows_valid checks of the three extracted tables, in one step.",
)
def extracted_rows_valid(context: AssetCheckExecutionContext, warehouse: Warehouse):
    for table in EXTRACTED:
        yield rows_valid(context.run.run_id, warehouse, "core", table)


QUARANTINE_SPEC = AssetCheckSpec("quarantine_empty", asset=key("core", "quarantine"), blocking=False,
                                 description="Warns when core.quarantine holds anything (it does not stop publication).")


def _connect(run_id: str, warehouse: Warehouse):
    wh = warehouse.file
    if wh.has_work(run_id):
        return wh.connect_work(run_id, read_only=True)
    if wh.state.exists() or wh.published.exists():
        return wh.connect_current()
    return None


def quarantine_empty(run_id: str, warehouse: Warehouse) -> AssetCheckResult:
    conn = _connect(run_id, warehouse)
    by_kind = {}
    if conn is not None:
        with conn as con:
            by_kind = dict(con.execute("select kind, count(*) from core.quarantine group by kind order by kind").fetchall())
    total = sum(by_kind.values())
    return AssetCheckResult(
        asset_key=key("core", "quarantine"), check_name="quarantine_empty",
        passed=total == 0, severity=AssetCheckSeverity.WARN,
        metadata={"rows": MetadataValue.int(total), "by_kind": MetadataValue.json(by_kind)},
    )


CONFLICTS_SPEC = AssetCheckSpec(
    "trade_conflicts", asset=key("marts", "trade_figures"), blocking=False,
    description="Warns when sources state one statistic with values more than 5 % apart; the metadata "
                "lists each conflicting figure with its values, articles and evidence.")


def trade_conflicts(run_id: str, warehouse: Warehouse) -> AssetCheckResult:
    conn = _connect(run_id, warehouse)
    rows = []
    if conn is not None:
        with conn as con:
            rows = con.execute(CONFLICTS_SQL).fetchall()
    figures = sorted({r[0] for r in rows})
    lines = ["| figure | flow | period | value_usd | article | evidence |", "|---|---|---|---|---|---|"]
    for figure_key, flow, reporter, partner, start, end, value, source, evidence in rows[:MAX_LISTED]:
        period = f"{start or ''}..{end or ''}"
        lines.append(f"| `{figure_key}` | {flow} {reporter}-{partner} | {period} | {value:,.0f} | {source} | "
                     f"{(evidence or '')[:140].replace('|', '/')} |")
    return AssetCheckResult(
        asset_key=key("marts", "trade_figures"), check_name="trade_conflicts",
        passed=not figures, severity=AssetCheckSeverity.WARN,
        metadata={"conflicts": MetadataValue.int(len(figures)), "conflicting_figures": MetadataValue.md(
            "\n".join(lines) if figures else "_no conflicting figures_")},
    )


MAX_LISTED = 60
CONFLICTS_SQL = """
    select t.figure_key, f.flow, f.reporter_iso3, f.partner_iso3, t.period_start, t.period_end, f.value_usd,
           a.source_file, f.evidence
    from marts.trade_figures t
    join marts.trade_mentions m using (figure_key)
    join core.trade_facts f using (fact_id)
    join core.articles a using (article_id)
    where t.conflict and f.value_usd is not null
    order by t.figure_key, f.value_usd, a.source_file
"""


GOLD_SPEC = AssetCheckSpec(
    "gold_accuracy", asset=key("meta", "refreshes"), blocking=False,
    description="When BILATERAL_GOLD_DIR names a gold folder (../shared/gold/FORMAT.md), scores the published "
                "warehouse against it (orchestration/goldscore.py, the module behind `make score`) and records "
                "precision, recall, F1 and the attribute accuracies as numeric metadata, so the UI plots "
                "accuracy across runs. Warns below BILATERAL_GOLD_MIN_F1 (default 0.85).")


def gold_accuracy(warehouse: Warehouse) -> AssetCheckResult:
    def result(**kw) -> AssetCheckResult:
        return AssetCheckResult(asset_key=key("meta", "refreshes"), check_name="gold_accuracy", **kw)

    folder = os.environ.get("BILATERAL_GOLD_DIR")
    if not folder:
        return result(passed=True, metadata={"status": MetadataValue.text(
            "skipped: set BILATERAL_GOLD_DIR to a gold folder (e.g. ../shared/gold/seeds) to score each refresh")})
    gold = resolve_path(folder)
    if not gold.is_dir() or not any(gold.glob("*.json")):
        return result(passed=False, severity=AssetCheckSeverity.WARN, metadata={
            "status": MetadataValue.text(f"BILATERAL_GOLD_DIR={folder}: no gold *.json files there")})
    wh = warehouse.file
    if not (wh.state.exists() or wh.published.exists()):
        return result(passed=True, metadata={"status": MetadataValue.text("nothing published yet")})
    with wh.connect_current() as con:
        scored = goldscore.score(con, gold)
    minimum = float(os.environ.get("BILATERAL_GOLD_MIN_F1", 0.85))
    meta = {"gold_dir": MetadataValue.path(str(gold)),
            "articles": MetadataValue.text(f"{scored['articles_found']}/{scored['articles_gold']}")}
    for name, prefix in (("trade", "trade"), ("events", "event")):
        for measure in ("precision", "recall", "f1"):
            meta[f"{prefix}_{measure}"] = MetadataValue.float(round(scored[name][measure], 4))
        for count in ("tp", "fp", "fn"):
            meta[f"{prefix}_{count}"] = MetadataValue.int(scored[name][count])
    for attr, (value, n) in scored["accuracy"].items():
        if value is not None:
            meta[f"accuracy_{attr}"] = MetadataValue.float(round(value, 4))
    meta["misses"] = MetadataValue.md("\n".join(f"- {e}" for e in scored["errors"][:80]) or "_none_")
    return result(
        passed=min(scored["trade"]["f1"], scored["events"]["f1"]) >= minimum,
        severity=AssetCheckSeverity.WARN, metadata=meta)


def all_checks() -> list[AssetChecksDefinition]:
    """Checks with a step of their own; the others are evaluated in the step of their asset
    (check_specs), which under the multiprocess executor saves a process per check."""
    from assets.ingest import articles_rows_valid

    return [articles_rows_valid, extracted_rows_valid]
