"""Article -> Extraction: runs the trade and event extractors over one article."""
from __future__ import annotations

from elshi.model import Article, Extraction


def extract_article(article: Article) -> Extraction:
    from elshi import events, trade

    return Extraction(trade_facts=trade.extract_trade(article), events=events.extract_events(article))
