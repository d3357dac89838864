"""The pandera models in schemas/: a good and a bad frame each, and the quarantine split."""
from __future__ import annotations

import datetime as dt

import polars as pl

from schemas import (
    ArticleModel, ParticipantModel, TradeFactModel, VisitEventModel, failure_report, split_valid, validate_table,
)


def trade_frame(**overrides) -> pl.DataFrame:
    row = {
        "fact_id": "f1", "article_id": "a1", "reporter_iso3": "KAZ", "partner_iso3": "FRA",
        "flow": "turnover", "measure": "actual", "period_start": dt.date(2023, 1, 1),
        "period_end": dt.date(2023, 12, 31), "value_usd": 4.2e9, "value_original": 4.2e9,
        "currency": "USD", "growth_pct": 7.7, "approximate": False,
        "evidence": "Trade reached $4.2 bn.", "char_start": 10, "char_end": 32,
    }
    rows = [row, {**row, "fact_id": "f2", "flow": "export", "measure": "target", "period_start": None,
                  "period_end": None, "value_usd": None, "currency": None, "growth_pct": None, "value_original": None}]
    frame = pl.DataFrame(rows, schema_overrides={"char_start": pl.Int32, "char_end": pl.Int32})
    return frame.with_columns(**{k: pl.Series(v) for k, v in overrides.items()})


def event_frame(**overrides) -> pl.DataFrame:
    row = {
        "event_id": "e1", "article_id": "a1", "event_type": "visit", "visit_level": "official",
        "status": "held", "country_a_iso3": "KAZ", "country_b_iso3": "FRA", "visitor_iso3": "KAZ",
        "host_iso3": "FRA", "location": "Paris", "date_start": dt.date(2022, 11, 1),
        "date_end": dt.date(2022, 11, 30), "date_precision": "month", "evidence": "He visited Paris.",
        "char_start": 0, "char_end": 17, "date_year_inferred": False,
    }
    rows = [row, {**row, "event_id": "e2", "event_type": "phone_call", "visit_level": None, "status": "planned",
                  "visitor_iso3": None, "host_iso3": None, "location": None, "date_start": None,
                  "date_end": None, "date_precision": None}]
    frame = pl.DataFrame(rows)
    return frame.with_columns(**{k: pl.Series(v) for k, v in overrides.items()})


def article_frame(**overrides) -> pl.DataFrame:
    frame = pl.DataFrame({
        "article_id": ["a1", "a2"], "source_file": ["000.txt", "sub/001.html"], "title": ["T", None],
        "source_name": [None, "Kazpravda.kz"], "published_on": [dt.date(2024, 11, 27), None],
        "language": ["kk", "ru"], "text": ["Мәтін.", "Текст."],
    })
    return frame.with_columns(**{k: pl.Series(v) for k, v in overrides.items()})


def participant_frame(**overrides) -> pl.DataFrame:
    frame = pl.DataFrame({"event_id": ["e1", "e1"], "name": ["Тоқаев", "Макрон"],
                          "country_iso3": ["KAZ", None], "role": ["President", None]})
    return frame.with_columns(**{k: pl.Series(v) for k, v in overrides.items()})


def failed_checks(model, frame) -> set[tuple[str, str]]:
    cases = validate_table(model, frame)
    assert cases is not None
    return {(c["column"], c["check"].split("(")[0]) for c in cases.to_dicts()}


def test_good_frames_pass():
    assert validate_table(TradeFactModel, trade_frame()) is None
    assert validate_table(VisitEventModel, event_frame()) is None
    assert validate_table(ArticleModel, article_frame()) is None
    assert validate_table(ParticipantModel, participant_frame()) is None


def test_bad_trade_facts():
    frame = trade_frame(flow=["barter", "export"], measure=["actual", "guess"], reporter_iso3=["KAZ", "kz"],
                        char_start=pl.Series([-1, 5], dtype=pl.Int32), currency=["USD", "dollars"])
    assert failed_checks(TradeFactModel, frame) == {
        ("flow", "isin"), ("measure", "isin"), ("reporter_iso3", "str_matches"),
        ("char_start", "greater_than_or_equal_to"), ("currency", "str_matches"),
    }
    same_country = trade_frame(partner_iso3=["KAZ", "FRA"], char_end=pl.Series([10, 40], dtype=pl.Int32))
    assert failed_checks(TradeFactModel, same_country) == {
        ("TradeFactModel", "two_countries"), ("TradeFactModel", "span_not_empty"),
    }


def test_bad_visit_events():
    frame = event_frame(event_type=["visit", "dinner"], status=["held", "maybe"],
                        date_precision=["week", None], visit_level=["private", None])
    assert failed_checks(VisitEventModel, frame) == {
        ("event_type", "isin"), ("status", "isin"), ("date_precision", "isin"), ("visit_level", "isin"),
    }
    reversed_dates = event_frame(date_start=[dt.date(2022, 12, 1), None])
    assert failed_checks(VisitEventModel, reversed_dates) == {("VisitEventModel", "dates_ordered")}


def test_bad_articles_and_participants():
    assert failed_checks(ArticleModel, article_frame(language=["kaz", "ru"], text=["", "x"])) == {
        ("language", "isin"), ("text", "str_length"),
    }
    assert failed_checks(ArticleModel, article_frame(article_id=["a1", "a1"])) == {("article_id", "field_uniqueness")}
    assert failed_checks(ParticipantModel, participant_frame(country_iso3=["KAZ", "Kazakhstan"], name=["", "X"])) == {
        ("country_iso3", "str_matches"), ("name", "str_length"),
    }


def test_split_valid_keeps_good_rows_and_explains_bad_ones():
    frame = trade_frame(flow=["turnover", "barter"])
    valid, rejected = split_valid(TradeFactModel, frame)
    assert valid["fact_id"].to_list() == ["f1"]
    assert rejected["fact_id"].to_list() == ["f2"]
    assert rejected["reason"].to_list() == [
        "flow: failed isin(('turnover', 'export', 'import', 'investment_in', 'investment_out')) (got 'barter')"
    ]
    # A missing column rejects every row rather than keeping unchecked data.
    valid, rejected = split_valid(TradeFactModel, trade_frame().drop("measure"))
    assert valid.height == 0
    assert rejected["reason"].to_list() == ["column 'measure' missing", "column 'measure' missing"]
    # Duplicates across files are fine in staging but not in core.articles.
    dupes = article_frame(article_id=["a1", "a1"])
    assert split_valid(ArticleModel, dupes, ignore_unique=True)[0].height == 2


def test_failure_report_is_markdown():
    report = failure_report(validate_table(TradeFactModel, trade_frame(flow=["turnover", "barter"])))
    assert report.splitlines()[0] == "| column | check | failure case | row |"
    assert "| flow | isin" in report and "| barter | 1 |" in report
    assert failure_report(None) == "no failures"
