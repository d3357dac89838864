"""Article -> Extraction: annotate the article once (elshi.doc) and run the trade and event readers on it.

A Kazakh article written in a Latin alphabet is read from its Cyrillic transliteration
(elshi.translit); the facts then get the original text's offsets and evidence, and names go back
to the article's script.
"""
from __future__ import annotations

import dataclasses

from elshi.model import Article, Extraction


def extract_article(article: Article) -> Extraction:
    from elshi import translit

    alphabet = translit.latin_alphabet(article.text) if article.language == "kk" else None
    if alphabet:
        return _extract_latin_kazakh(article, alphabet)
    return _extract(article)


def _extract(article: Article) -> Extraction:
    from elshi import events, trade
    from elshi.doc import Doc

    doc = Doc(article)
    return Extraction(trade_facts=trade.extract_trade(article, doc), events=events.extract_events(article, doc))


def _extract_latin_kazakh(article: Article, alphabet: str) -> Extraction:
    from elshi import translit

    body = translit.to_cyrillic(article.text, alphabet)
    title = translit.to_cyrillic(article.title, alphabet).text if article.title else None
    found = _extract(dataclasses.replace(article, text=body.text, title=title))

    def back(obj, **changes):
        start, end = body.span(obj.char_start, obj.char_end)
        return dataclasses.replace(obj, char_start=start, char_end=end, evidence=article.text[start:end], **changes)

    facts = [back(f, fact_id="") for f in found.trade_facts]
    events = [back(e, event_id="", participants=[dataclasses.replace(p, name=translit.to_latin(p.name, alphabet))
                                                 for p in e.participants])
              for e in found.events]
    return Extraction(trade_facts=facts, events=events)
