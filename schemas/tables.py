"""Pandera (polars) models of the warehouse tables: column types and row-level rules.

Bare Python types give the column dtype; rules live in ``pa.Field``. ``coerce=True`` lets frames
read back from DuckDB (INTEGER -> Int32) validate against ``int`` (Int64).
"""
from __future__ import annotations

import datetime as dt

import pandera.polars as pa
import polars as pl

from schemas.codes import (
    CURRENCY_PATTERN, DATE_PRECISIONS, EVENT_TYPES, FLOWS, ISO3_PATTERN, ISO_639_1, MEASURES,
    STATUSES, VISIT_LEVELS,
)


def _col(name: str) -> pl.Expr:
    return pl.col(name)


class ArticleModel(pa.DataFrameModel):
    """core.articles: one row per distinct article."""

    article_id: str = pa.Field(unique=True, str_length={"min_value": 1}, description="stable content id")
    source_file: str = pa.Field(str_length={"min_value": 1}, description="raw file, relative to the raw folder")
    title: str = pa.Field(nullable=True, description="headline")
    source_name: str = pa.Field(nullable=True, description="outlet named by the file")
    published_on: dt.date = pa.Field(nullable=True, description="publication date")
    language: str = pa.Field(isin=ISO_639_1, description="ISO 639-1 code")
    text: str = pa.Field(str_length={"min_value": 1}, description="cleaned text; offsets point into it")

    class Config:
        coerce = True
        strict = False


class TradeFactModel(pa.DataFrameModel):
    """core.trade_facts: one bilateral trade or investment figure."""

    fact_id: str = pa.Field(unique=True, str_length={"min_value": 1}, description="stable id")
    article_id: str = pa.Field(str_length={"min_value": 1}, description="source article")
    reporter_iso3: str = pa.Field(str_matches=ISO3_PATTERN, description="side stating the figure")
    partner_iso3: str = pa.Field(str_matches=ISO3_PATTERN, description="the other country")
    flow: str = pa.Field(isin=FLOWS, description="direction of the figure")
    measure: str = pa.Field(isin=MEASURES, description="actual or target")
    period_start: dt.date = pa.Field(nullable=True, description="first day covered")
    period_end: dt.date = pa.Field(nullable=True, description="last day covered")
    value_usd: float = pa.Field(nullable=True, ge=0, description="amount in USD")
    value_original: float = pa.Field(nullable=True, ge=0, description="amount as written")
    currency: str = pa.Field(nullable=True, str_matches=CURRENCY_PATTERN, description="ISO 4217")
    growth_pct: float = pa.Field(nullable=True, description="stated change, percent")
    approximate: bool = pa.Field(description="hedged amount")
    evidence: str = pa.Field(str_length={"min_value": 1}, description="source sentence")
    char_start: int = pa.Field(ge=0, description="offset of evidence")
    char_end: int = pa.Field(ge=1, description="end offset of evidence")

    @pa.dataframe_check(description="char_end > char_start")
    def span_not_empty(cls, data) -> pl.LazyFrame:
        return data.lazyframe.select(_col("char_end") > _col("char_start"))

    @pa.dataframe_check(description="reporter_iso3 != partner_iso3")
    def two_countries(cls, data) -> pl.LazyFrame:
        return data.lazyframe.select(_col("reporter_iso3") != _col("partner_iso3"))

    @pa.dataframe_check(description="period_start <= period_end")
    def period_ordered(cls, data) -> pl.LazyFrame:
        return data.lazyframe.select(
            (_col("period_start") <= _col("period_end")).fill_null(True)
        )

    class Config:
        coerce = True
        strict = False


class VisitEventModel(pa.DataFrameModel):
    """core.visit_events: one bilateral visit, meeting or other diplomatic event."""

    event_id: str = pa.Field(unique=True, str_length={"min_value": 1}, description="stable id")
    article_id: str = pa.Field(str_length={"min_value": 1}, description="source article")
    event_type: str = pa.Field(isin=EVENT_TYPES, description="kind of event")
    visit_level: str = pa.Field(nullable=True, isin=VISIT_LEVELS, description="state/official/working")
    status: str = pa.Field(isin=STATUSES, description="held or planned")
    country_a_iso3: str = pa.Field(str_matches=ISO3_PATTERN, description="one country")
    country_b_iso3: str = pa.Field(str_matches=ISO3_PATTERN, description="the other country")
    visitor_iso3: str = pa.Field(nullable=True, str_matches=ISO3_PATTERN, description="travelling side")
    host_iso3: str = pa.Field(nullable=True, str_matches=ISO3_PATTERN, description="where it takes place")
    location: str = pa.Field(nullable=True, description="city in English")
    date_start: dt.date = pa.Field(nullable=True, description="first day")
    date_end: dt.date = pa.Field(nullable=True, description="last day")
    date_precision: str = pa.Field(nullable=True, isin=DATE_PRECISIONS, description="day/month/year")
    evidence: str = pa.Field(str_length={"min_value": 1}, description="source sentence(s)")
    date_year_inferred: bool = pa.Field(description="the article gives the day but no year (nor a publication date); "
                                                    "the year is the latest one it speaks of")
    char_start: int = pa.Field(ge=0, description="offset of evidence")
    char_end: int = pa.Field(ge=1, description="end offset of evidence")

    @pa.dataframe_check(description="char_end > char_start")
    def span_not_empty(cls, data) -> pl.LazyFrame:
        return data.lazyframe.select(_col("char_end") > _col("char_start"))

    @pa.dataframe_check(description="country_a_iso3 != country_b_iso3")
    def two_countries(cls, data) -> pl.LazyFrame:
        return data.lazyframe.select(_col("country_a_iso3") != _col("country_b_iso3"))

    @pa.dataframe_check(description="date_start <= date_end")
    def dates_ordered(cls, data) -> pl.LazyFrame:
        return data.lazyframe.select((_col("date_start") <= _col("date_end")).fill_null(True))

    class Config:
        coerce = True
        strict = False


class ParticipantModel(pa.DataFrameModel):
    """core.event_participants: a named official of an event."""

    event_id: str = pa.Field(str_length={"min_value": 1}, description="the event")
    name: str = pa.Field(str_length={"min_value": 1}, description="base form of the name")
    country_iso3: str = pa.Field(nullable=True, str_matches=ISO3_PATTERN, description="whose official")
    role: str = pa.Field(nullable=True, description="title in English")

    class Config:
        coerce = True
        strict = False


# ---------------------------------------------------------------- marts

class MartEventModel(pa.DataFrameModel):
    """marts.events: one real-world event, merged from its mentions."""

    event_key: str = pa.Field(unique=True, str_length={"min_value": 1}, description="stable key")
    event_type: str = pa.Field(isin=EVENT_TYPES, description="kind of event")
    status: str = pa.Field(isin=STATUSES, description="held once any source says so")
    visit_level: str = pa.Field(nullable=True, isin=VISIT_LEVELS, description="state/official/working")
    country_a_iso3: str = pa.Field(str_matches=ISO3_PATTERN, description="one country (alphabetical)")
    country_b_iso3: str = pa.Field(str_matches=ISO3_PATTERN, description="the other country")
    visitor_iso3: str = pa.Field(nullable=True, str_matches=ISO3_PATTERN, description="travelling side")
    host_iso3: str = pa.Field(nullable=True, str_matches=ISO3_PATTERN, description="where it took place")
    location: str = pa.Field(nullable=True, description="city in English")
    date_start: dt.date = pa.Field(nullable=True, description="first day of the finest date")
    date_end: dt.date = pa.Field(nullable=True, description="last day of the finest date")
    date_precision: str = pa.Field(nullable=True, isin=DATE_PRECISIONS, description="finest precision")
    n_sources: int = pa.Field(ge=1, description="distinct articles")
    n_mentions: int = pa.Field(ge=1, description="merged mentions")
    first_reported_on: dt.date = pa.Field(nullable=True, description="earliest publication")
    head_of_state: bool = pa.Field(description="visit at head-of-state level")

    @pa.dataframe_check(description="country_a_iso3 < country_b_iso3 (the pair in alphabetical order)")
    def pair_ordered(cls, data) -> pl.LazyFrame:
        return data.lazyframe.select(_col("country_a_iso3") < _col("country_b_iso3"))

    @pa.dataframe_check(description="date_start <= date_end")
    def dates_ordered(cls, data) -> pl.LazyFrame:
        return data.lazyframe.select((_col("date_start") <= _col("date_end")).fill_null(True))

    @pa.dataframe_check(description="n_mentions >= n_sources")
    def mentions_cover_sources(cls, data) -> pl.LazyFrame:
        return data.lazyframe.select(_col("n_mentions") >= _col("n_sources"))

    class Config:
        coerce = True
        strict = False


class MartTradeFigureModel(pa.DataFrameModel):
    """marts.trade_figures: one distinct statistic, merged from its mentions."""

    figure_key: str = pa.Field(unique=True, str_length={"min_value": 1}, description="stable key")
    flow: str = pa.Field(isin=FLOWS, description="as first stated")
    reporter_iso3: str = pa.Field(str_matches=ISO3_PATTERN, description="as first stated")
    partner_iso3: str = pa.Field(str_matches=ISO3_PATTERN, description="as first stated")
    measure: str = pa.Field(isin=MEASURES, description="actual or target")
    period_start: dt.date = pa.Field(nullable=True, description="first day covered")
    period_end: dt.date = pa.Field(nullable=True, description="last day covered")
    value_usd: float = pa.Field(nullable=True, ge=0, description="median of the mentions")
    min_value_usd: float = pa.Field(nullable=True, ge=0, description="smallest stated")
    max_value_usd: float = pa.Field(nullable=True, ge=0, description="largest stated")
    n_sources: int = pa.Field(ge=1, description="distinct articles")
    n_mentions: int = pa.Field(ge=1, description="merged mentions")
    conflict: bool = pa.Field(description="values differ by more than 5 %")
    mirror: bool = pa.Field(description="both sides' statistics among the sources")

    @pa.dataframe_check(description="min_value_usd <= value_usd <= max_value_usd")
    def median_between(cls, data) -> pl.LazyFrame:
        return data.lazyframe.select(((_col("min_value_usd") <= _col("value_usd"))
                                      & (_col("value_usd") <= _col("max_value_usd"))).fill_null(True))

    class Config:
        coerce = True
        strict = False


class PartnerYearModel(pa.DataFrameModel):
    """marts.partner_year: a partner of Kazakhstan in a calendar year."""

    partner_iso3: str = pa.Field(str_matches=ISO3_PATTERN, description="the partner")
    year: int = pa.Field(ge=1900, le=2100, description="calendar year")
    turnover_usd: float = pa.Field(nullable=True, ge=0, description="full-year turnover")
    exports_usd: float = pa.Field(nullable=True, ge=0, description="full-year exports of Kazakhstan")
    imports_usd: float = pa.Field(nullable=True, ge=0, description="full-year imports of Kazakhstan")
    n_events: int = pa.Field(ge=0, description="held events")
    head_of_state_visits: int = pa.Field(ge=0, description="held head-of-state visits")

    @pa.dataframe_check(description="one row per partner and year")
    def one_row_per_partner_year(cls, data) -> pl.LazyFrame:
        return data.lazyframe.select(~pl.struct("partner_iso3", "year").is_duplicated())

    class Config:
        coerce = True
        strict = False
