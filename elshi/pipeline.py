"""Article -> Extraction: annotate the article once (elshi.doc) and run the trade and event readers on it."""
from __future__ import annotations

from elshi.model import Article, Extraction


def extract_article(article: Article) -> Extraction:
    from elshi import events, trade
    from elshi.doc import Doc

    doc = Doc(article)
    return Extraction(trade_facts=trade.extract_trade(article, doc), events=events.extract_events(article, doc))
