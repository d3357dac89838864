"""elshi: read Kazakhstan's bilateral trade figures and diplomatic events from kk/ru/en news.

A pure Python engine (no dagster, no polars). Data flows

    raw file --ingest.read_file--> Article --text.sentences--> Sentence --trade/events--> facts

and each stage can be used and tested alone.
"""
from __future__ import annotations

from elshi.model import Article, Extraction, Participant, Sentence, TradeFact, VisitEvent

# Bump whenever extraction output can change: the pipeline re-extracts every article on a new version.
ENGINE_VERSION = "0.37.0"

__all__ = [
    "ENGINE_VERSION", "Article", "Extraction", "Participant", "Sentence", "TradeFact", "VisitEvent",
    "clear_text_caches", "extract",
]


def clear_text_caches() -> None:
    """Empty the caches keyed by a sentence or a text (benchmarks call this between articles, so
    repeated copies of one article gain nothing); caches keyed by a word form are kept."""
    from elshi import events, geo, people, text

    for cached in (geo._find_places, people._title_spans_cached, text._sentences, text._fold,
                   events._generic_spans, events._day_dates_cached, events._cue_spans, events._date):
        cached.cache_clear()


def extract(article: Article) -> Extraction:
    """Extract trade facts and events from one article."""
    from elshi.pipeline import extract_article

    return extract_article(article)
