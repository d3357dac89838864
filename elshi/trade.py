"""Bilateral trade and investment figures (core.trade_facts). Placeholder until the extractor lands."""
from __future__ import annotations

from elshi.model import Article, TradeFact


def extract_trade(article: Article) -> list[TradeFact]:
    return []
