"""Validation models of the warehouse tables (pandera + polars; no dagster here).

``split_valid(model, frame)`` returns the rows that pass and the rows that fail with a reason,
which is how the pipeline quarantines bad rows instead of dropping them.
"""
from __future__ import annotations

from schemas.tables import (
    ArticleModel, MartEventModel, MartTradeFigureModel, ParticipantModel, PartnerYearModel, TradeFactModel,
    VisitEventModel,
)
from schemas.validate import failure_report, split_valid, validate_table

MODELS = {
    ("core", "articles"): ArticleModel,
    ("core", "trade_facts"): TradeFactModel,
    ("core", "visit_events"): VisitEventModel,
    ("core", "event_participants"): ParticipantModel,
    ("marts", "events"): MartEventModel,
    ("marts", "trade_figures"): MartTradeFigureModel,
    ("marts", "partner_year"): PartnerYearModel,
}

__all__ = [
    "MODELS", "ArticleModel", "MartEventModel", "MartTradeFigureModel", "ParticipantModel", "PartnerYearModel",
    "TradeFactModel", "VisitEventModel",
    "failure_report", "split_valid", "validate_table",
]
