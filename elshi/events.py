"""Bilateral visits, talks and other events (core.visit_events). Placeholder until the extractor lands."""
from __future__ import annotations

from elshi.model import Article, VisitEvent


def extract_events(article: Article) -> list[VisitEvent]:
    return []
