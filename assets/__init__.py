"""Asset and asset-check definitions (thin: the work is in orchestration/steps.py).

Graph: meta/raw_files (scan) -> core/articles -> core/{trade_facts, visit_events,
event_participants} -> marts/{events, event_mentions, trade_figures, trade_mentions} ->
marts/partner_year; core/quarantine; all -> meta/refreshes (publish); ref/<seed> hang off the
scan and also feed the publish step.
"""

from assets.checks import all_checks
from assets.extract import extract_facts
from assets.ingest import articles, raw_files
from assets.marts import merge_mentions, partner_year
from assets.publish import publish_asset, quarantine
from assets.reference import ref_assets


def all_assets() -> list:
    upstream = [raw_files, articles, extract_facts, merge_mentions, partner_year, quarantine, *ref_assets()]
    keys = [k for a in upstream for k in a.keys]
    return [*upstream, publish_asset(keys)]


__all__ = ["all_assets", "all_checks"]
