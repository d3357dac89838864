"""Blocking asset checks: each core and marts table of this run's working copy must pass its
pandera model and the cross-table rules (orchestration/quality.py) before anything is published.
Non-blocking ones warn: quarantined rows, conflicting statistics, accuracy against a gold folder.

The extract and ingest steps already move invalid rows to core.quarantine, so these checks
normally pass; a failure means something slipped through, and because the checks block, the
publish step does not run and the published warehouse stays as it was."""

import os

from dagster import (
    AssetCheckExecutionContext, AssetCheckResult, AssetCheckSeverity, AssetChecksDefinition, MetadataValue,
    asset_check,
)

from assets._shared import NO_CHANGES, key
from orchestration import goldscore
from orchestration.quality import check_table
from orchestration.resources import Warehouse
from orchestration.warehouse import resolve_path
from schemas import MODELS, failure_report

NO_CHANGES_NOTE = "no changes in this run; the published tables passed these checks when they were published"


def table_check(schema: str, table: str) -> AssetChecksDefinition:
    model = MODELS[(schema, table)]

    @asset_check(
        asset=key(schema, table), name="rows_valid", blocking=True,
        description=f"Every row of {schema}.{table} passes schemas.{model.__name__} "
                    "(and the cross-table rules); blocks publication otherwise.",
    )
    def _check(context: AssetCheckExecutionContext, warehouse: Warehouse) -> AssetCheckResult:
        if not warehouse.file.has_work(context.run.run_id):
            return AssetCheckResult(passed=True, metadata={"status": MetadataValue.text(NO_CHANGES),
                                                          "note": MetadataValue.text(NO_CHANGES_NOTE)})
        with warehouse.file.connect_work(context.run.run_id, read_only=True) as con:
            rows, cases = check_table(con, schema, table)
        return AssetCheckResult(
            passed=cases is None,
            severity=AssetCheckSeverity.ERROR,
            metadata={
                "rows": MetadataValue.int(rows),
                "failures": MetadataValue.int(0 if cases is None else cases.height),
                "failure_cases": MetadataValue.md(failure_report(cases)),
            },
        )

    return _check


def quarantine_check() -> AssetChecksDefinition:
    @asset_check(
        asset=key("core", "quarantine"), name="quarantine_empty", blocking=False,
        description="Warns when core.quarantine holds anything (it does not stop publication).",
    )
    def _check(context: AssetCheckExecutionContext, warehouse: Warehouse) -> AssetCheckResult:
        wh = warehouse.file
        if wh.has_work(context.run.run_id):
            conn = wh.connect_work(context.run.run_id, read_only=True)
        elif wh.state.exists() or wh.published.exists():
            conn = wh.connect_current()
        else:
            return AssetCheckResult(passed=True, metadata={"rows": MetadataValue.int(0)})
        with conn as con:
            by_kind = dict(con.execute("select kind, count(*) from core.quarantine group by kind order by kind").fetchall())
        total = sum(by_kind.values())
        return AssetCheckResult(
            passed=total == 0, severity=AssetCheckSeverity.WARN,
            metadata={"rows": MetadataValue.int(total), "by_kind": MetadataValue.json(by_kind)},
        )

    return _check


def trade_conflicts_check() -> AssetChecksDefinition:
    @asset_check(
        asset=key("marts", "trade_figures"), name="trade_conflicts", blocking=False,
        description="Warns when sources state one statistic with values more than 5 % apart; the metadata "
                    "lists each conflicting figure with its values, articles and evidence.",
    )
    def _check(context: AssetCheckExecutionContext, warehouse: Warehouse) -> AssetCheckResult:
        wh = warehouse.file
        if wh.has_work(context.run.run_id):
            conn = wh.connect_work(context.run.run_id, read_only=True)
        elif wh.state.exists() or wh.published.exists():
            conn = wh.connect_current()
        else:
            return AssetCheckResult(passed=True, metadata={"conflicts": MetadataValue.int(0)})
        with conn as con:
            rows = con.execute(CONFLICTS_SQL).fetchall()
        figures = sorted({r[0] for r in rows})
        lines = ["| figure | flow | period | value_usd | article | evidence |", "|---|---|---|---|---|---|"]
        for figure_key, flow, reporter, partner, start, end, value, source, evidence in rows[:MAX_LISTED]:
            period = f"{start or ''}..{end or ''}"
            lines.append(f"| `{figure_key}` | {flow} {reporter}-{partner} | {period} | {value:,.0f} | {source} | "
                         f"{(evidence or '')[:140].replace('|', '/')} |")
        return AssetCheckResult(
            passed=not figures, severity=AssetCheckSeverity.WARN,
            metadata={"conflicts": MetadataValue.int(len(figures)), "conflicting_figures": MetadataValue.md(
                "\n".join(lines) if figures else "_no conflicting figures_")},
        )

    return _check


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


def gold_accuracy_check() -> AssetChecksDefinition:
    @asset_check(
        asset=key("meta", "refreshes"), name="gold_accuracy", blocking=False,
        description="When BILATERAL_GOLD_DIR names a gold folder (../shared/gold/FORMAT.md), scores the published "
                    "warehouse against it (orchestration/goldscore.py, the module behind `make score`) and records "
                    "precision, recall, F1 and the attribute accuracies as numeric metadata, so the UI plots "
                    "accuracy across runs. Warns below BILATERAL_GOLD_MIN_F1 (default 0.85).",
    )
    def _check(context: AssetCheckExecutionContext, warehouse: Warehouse) -> AssetCheckResult:
        folder = os.environ.get("BILATERAL_GOLD_DIR")
        if not folder:
            return AssetCheckResult(passed=True, metadata={"status": MetadataValue.text(
                "skipped: set BILATERAL_GOLD_DIR to a gold folder (e.g. ../shared/gold/seeds) to score each refresh")})
        gold = resolve_path(folder)
        if not gold.is_dir() or not any(gold.glob("*.json")):
            return AssetCheckResult(passed=False, severity=AssetCheckSeverity.WARN, metadata={
                "status": MetadataValue.text(f"BILATERAL_GOLD_DIR={folder}: no gold *.json files there")})
        wh = warehouse.file
        if not (wh.state.exists() or wh.published.exists()):
            return AssetCheckResult(passed=True, metadata={"status": MetadataValue.text("nothing published yet")})
        with wh.connect_current() as con:
            result = goldscore.score(con, gold)
        minimum = float(os.environ.get("BILATERAL_GOLD_MIN_F1", 0.85))
        meta = {"gold_dir": MetadataValue.path(str(gold)),
                "articles": MetadataValue.text(f"{result['articles_found']}/{result['articles_gold']}")}
        for name, prefix in (("trade", "trade"), ("events", "event")):
            for measure in ("precision", "recall", "f1"):
                meta[f"{prefix}_{measure}"] = MetadataValue.float(round(result[name][measure], 4))
            for count in ("tp", "fp", "fn"):
                meta[f"{prefix}_{count}"] = MetadataValue.int(result[name][count])
        for attr, (value, n) in result["accuracy"].items():
            if value is not None:
                meta[f"accuracy_{attr}"] = MetadataValue.float(round(value, 4))
        meta["misses"] = MetadataValue.md("\n".join(f"- {e}" for e in result["errors"][:80]) or "_none_")
        return AssetCheckResult(
            passed=min(result["trade"]["f1"], result["events"]["f1"]) >= minimum,
            severity=AssetCheckSeverity.WARN, metadata=meta)

    return _check


def all_checks() -> list[AssetChecksDefinition]:
    return [table_check(s, t) for s, t in MODELS] + [quarantine_check(), trade_conflicts_check(), gold_accuracy_check()]
