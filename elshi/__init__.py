"""elshi: read Kazakhstan's bilateral trade figures and diplomatic events from kk/ru/en news.

A pure Python engine (no dagster, no polars). Data flows

    raw file --ingest.read_file--> Article --text.sentences--> Sentence --trade/events--> facts

and each stage can be used and tested alone.
"""
from __future__ import annotations

from elshi.model import Article, Extraction, Participant, Sentence, TradeFact, VisitEvent

# Bump whenever extraction output can change: the pipeline re-extracts every article on a new version.
ENGINE_VERSION = "0.1.0"

__all__ = [
    "ENGINE_VERSION", "Article", "Extraction", "Participant", "Sentence", "TradeFact", "VisitEvent",
    "extract",
]


def extract(article: Article) -> Extraction:
    """Extract trade facts and events from one article."""
    from elshi.pipeline import extract_article

    return extract_article(article)
