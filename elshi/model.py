"""Plain data objects that flow through the engine: raw file -> Article -> Sentence -> facts.

Nothing here imports dagster or polars; the orchestration layer turns these into frames.
"""
from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field, asdict


def stable_id(*parts: object, length: int = 16) -> str:
    """A short, deterministic hex id from the given parts."""
    h = hashlib.sha256("\x1f".join("" if p is None else str(p) for p in parts).encode("utf-8"))
    return h.hexdigest()[:length]


@dataclass(frozen=True)
class Article:
    """One distinct article: the cleaned text every character offset points into."""

    article_id: str
    source_file: str
    title: str | None
    source_name: str | None
    published_on: dt.date | None
    language: str
    text: str
    url: str | None = None

    def as_row(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class Sentence:
    """A sentence of an article; ``text == article.text[start:end]``."""

    start: int
    end: int
    text: str


@dataclass
class TradeFact:
    """One bilateral trade or investment figure (columns of core.trade_facts)."""

    article_id: str
    reporter_iso3: str
    partner_iso3: str
    flow: str  # turnover | export | import | investment_in | investment_out
    measure: str  # actual | target
    period_start: dt.date | None
    period_end: dt.date | None
    value_usd: float | None
    value_original: float | None
    currency: str | None
    growth_pct: float | None
    approximate: bool
    evidence: str
    char_start: int
    char_end: int
    fact_id: str = ""

    def __post_init__(self) -> None:
        if not self.fact_id:
            self.fact_id = stable_id(
                self.article_id, self.char_start, self.reporter_iso3, self.partner_iso3, self.flow,
                self.measure, self.period_start, self.period_end, self.value_original, self.currency,
                self.growth_pct,
            )

    def as_row(self) -> dict:
        return asdict(self)


@dataclass
class Participant:
    """A named official taking part in an event (core.event_participants)."""

    name: str
    country_iso3: str | None
    role: str | None


@dataclass
class VisitEvent:
    """One bilateral visit, meeting or other diplomatic event (core.visit_events)."""

    article_id: str
    event_type: str  # visit | talks | consultations | forum | council | phone_call | signing
    visit_level: str | None  # state | official | working | None
    status: str  # held | planned
    country_a_iso3: str
    country_b_iso3: str
    visitor_iso3: str | None
    host_iso3: str | None
    location: str | None
    date_start: dt.date | None
    date_end: dt.date | None
    date_precision: str | None  # day | month | year | None
    evidence: str
    char_start: int
    char_end: int
    date_year_inferred: bool = False  # the article gives the day but no year; the year is inferred
    participants: list[Participant] = field(default_factory=list)
    event_id: str = ""

    def __post_init__(self) -> None:
        if not self.event_id:
            self.event_id = stable_id(
                self.article_id, self.char_start, self.event_type, self.status,
                self.country_a_iso3, self.country_b_iso3, self.visitor_iso3, self.host_iso3, self.location,
                self.date_start, ",".join(p.name for p in self.participants),
            )

    def as_row(self) -> dict:
        row = asdict(self)
        row.pop("participants")
        return row

    def participant_rows(self) -> list[dict]:
        return [{"event_id": self.event_id, **asdict(p)} for p in self.participants]


@dataclass
class Extraction:
    """Everything the engine read from one article."""

    trade_facts: list[TradeFact] = field(default_factory=list)
    events: list[VisitEvent] = field(default_factory=list)
