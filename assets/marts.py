"""Marts stage: one row per real event and per real statistic, and per partner and year (with charts)."""

import contextlib
from typing import Iterator

import duckdb

from dagster import AssetExecutionContext, AssetSpec, MaterializeResult, MetadataValue, asset, multi_asset

from assets import checks
from assets._shared import KINDS, WRITER, key, unchanged_metadata
from orchestration import charts, steps
from orchestration.metadata import column_schema, table_metadata
from orchestration.resources import Warehouse

CORE_INPUTS = [key("core", t) for t in ("articles", "trade_facts", "visit_events", "event_participants")]
MERGED = {
    "events": "marts.events: one row per real-world event. Mentions (core.visit_events) of one type and pair "
              "merge across articles when their dates are compatible (the same day, or one inside the other's "
              "month or year), their places do not contradict, and visits, talks and calls name the same "
              "officials; held wins over planned once it happened; the finest date known; n_sources articles.",
    "event_mentions": "marts.event_mentions: which mentions (core.visit_events.event_id) make up each event.",
    "trade_figures": "marts.trade_figures: one row per distinct statistic: flow with its direction normalised "
                     "(export R->P = import P<-R, turnover in any order), measure and period; value_usd is the "
                     "median of its mentions, conflict flags values more than 5 % apart, mirror says both "
                     "countries' own statistics are among the sources.",
    "trade_mentions": "marts.trade_mentions: which mentions (core.trade_facts.fact_id) make up each figure.",
}
PREVIEW = {
    "events": "select event_type, status, country_a_iso3, country_b_iso3, location, date_start, date_precision, "
              "n_sources, participants from marts.events order by n_sources desc, date_start desc nulls last",
    "event_mentions": "select * from marts.event_mentions order by event_key",
    "trade_figures": "select flow, reporter_iso3, partner_iso3, period_start, period_end, value_usd, n_sources, "
                     "conflict, mirror from marts.trade_figures order by n_sources desc, period_end desc nulls last",
    "trade_mentions": "select * from marts.trade_mentions order by figure_key",
}


@multi_asset(
    op_tags=WRITER, specs=[
        AssetSpec(key("marts", table), deps=CORE_INPUTS, group_name="marts", kinds=KINDS, description=text,
                  metadata={"dagster/column_schema": column_schema("marts", table)})
        for table, text in MERGED.items()
    ],
    check_specs=[checks.rows_valid_spec("marts", "events"), checks.rows_valid_spec("marts", "trade_figures"),
                 checks.CONFLICTS_SPEC],
    can_subset=False,
    name="merge_mentions",
)
def merge_mentions(context: AssetExecutionContext, warehouse: Warehouse) -> Iterator[MaterializeResult]:
    """Rebuild the merged marts from the core tables of this run's working copy
    (orchestration/marts.py): deterministic, so the same core rows give the same marts rows and
    keys however the core tables were reached (incrementally or from scratch)."""
    if not warehouse.file.has_work(context.run_id):
        for table in MERGED:
            yield MaterializeResult(asset_key=key("marts", table), metadata=unchanged_metadata(warehouse, "marts", table))
        yield from _merged_checks(context.run_id, warehouse)
        return
    with warehouse.file.connect_work(context.run_id) as con:
        counts = steps.build_merged_marts(con)
        metas = {t: table_metadata(con, "marts", t, PREVIEW[t]) for t in MERGED}
        extra = {
            "events": {"merged_from_mentions": MetadataValue.int(counts["event_mentions"]),
                       "reported_more_than_once": MetadataValue.int(con.execute(
                           "select count(*) from marts.events where n_sources > 1").fetchone()[0])},
            "trade_figures": {"merged_from_mentions": MetadataValue.int(counts["trade_mentions"]),
                              "in_conflict": MetadataValue.int(con.execute(
                                  "select count(*) from marts.trade_figures where conflict").fetchone()[0]),
                              "mirror_statistics": MetadataValue.int(con.execute(
                                  "select count(*) from marts.trade_figures where mirror").fetchone()[0])},
        }
    for table in MERGED:
        yield MaterializeResult(asset_key=key("marts", table), metadata={**metas[table], **extra.get(table, {})})
    yield from _merged_checks(context.run_id, warehouse)


def _merged_checks(run_id: str, warehouse: Warehouse):
    yield checks.rows_valid(run_id, warehouse, "marts", "events")
    yield checks.rows_valid(run_id, warehouse, "marts", "trade_figures")
    yield checks.trade_conflicts(run_id, warehouse)


@asset(
    op_tags=WRITER, key=key("marts", "partner_year"),
    deps=[key("marts", "events"), key("marts", "trade_figures")],
    check_specs=[checks.rows_valid_spec("marts", "partner_year")],
    group_name="marts",
    kinds=KINDS,
    metadata={"dagster/column_schema": column_schema("marts", "partner_year")},
)
def partner_year(context: AssetExecutionContext, warehouse: Warehouse) -> MaterializeResult:
    """marts.partner_year: per partner of Kazakhstan and calendar year, the full-year turnover,
    exports and imports (NULL when no source states one), investment, held events by type,
    head-of-state visits and the last event's date. Its materialization shows the charts
    (annual turnover of the top partners; events per year by type), as `make report` does."""
    if not warehouse.file.has_work(context.run_id):
        # nothing changed: the table as published, and its charts again so the latest
        # materialization always shows them
        meta = unchanged_metadata(warehouse, "marts", "partner_year")
        rows = []
        if warehouse.file.state.exists() or warehouse.file.published.exists():
            with contextlib.suppress(duckdb.Error):
                with warehouse.file.connect_current() as con:
                    cur = con.execute("select * from marts.partner_year order by partner_iso3, year")
                    rows = [dict(zip([d[0] for d in cur.description], r)) for r in cur.fetchall()]
    else:
        with warehouse.file.connect_work(context.run_id) as con:
            rows = steps.build_partner_year(con)
            meta = table_metadata(con, "marts", "partner_year",
                                  "select partner_iso3, year, turnover_usd, exports_usd, imports_usd, n_events, "
                                  "head_of_state_visits from marts.partner_year order by turnover_usd desc nulls last, year desc")
    try:
        chart = MetadataValue.md("\n\n".join([charts.markdown_image(charts.turnover_chart(rows), "annual turnover"),
                                              charts.markdown_image(charts.events_chart(rows), "events per year")]))
    except Exception as exc:  # a chart never stops a refresh
        context.log.warning(f"chart not rendered: {type(exc).__name__}: {exc}")
        chart = MetadataValue.md(f"_chart not rendered: {type(exc).__name__}_")
    return MaterializeResult(metadata={**meta, "chart": chart,
                                       "partners": MetadataValue.int(len({r['partner_iso3'] for r in rows}))},
                             check_results=[checks.rows_valid(context.run_id, warehouse, "marts", "partner_year")])
