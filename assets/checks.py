"""Blocking asset checks: each core table of this run's working copy must pass its pandera
model and the cross-table rules (orchestration/quality.py) before anything is published.

The extract and ingest steps already move invalid rows to core.quarantine, so these checks
normally pass; a failure means something slipped through, and because the checks block, the
publish step does not run and the published warehouse stays as it was."""

from dagster import (
    AssetCheckExecutionContext, AssetCheckResult, AssetCheckSeverity, AssetChecksDefinition, MetadataValue,
    asset_check,
)

from assets._shared import NO_CHANGES, key
from orchestration.quality import check_table
from orchestration.resources import Warehouse
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


def all_checks() -> list[AssetChecksDefinition]:
    return [table_check(s, t) for s, t in MODELS] + [quarantine_check()]
