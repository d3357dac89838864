"""Kazakh in the Latin alphabets: read through a Cyrillic transliteration, reported in the original."""
from __future__ import annotations

import datetime as dt

import pytest

from elshi import extract, translit
from elshi.ingest import article_from_text


@pytest.mark.parametrize("latin,alphabet,cyrillic", [
    ("Qazaqstan men О́zbekstan arasyndaǵy taýar aınalymy", "2018", "Қазақстан мен Өзбекстан арасындағы тауар айналымы"),
    ("Saıdıkram Nııazhodjaev kóńil bóldi", "2018", "Сайдикрам Ниязходжаев көңіл бөлді"),
    ("energııasy boıynsha mıllıard", "2018", "енергиясы бойынша миллиард"),
    ("Azııa, Marııa, Iýgoslavııa", "2018", "Азия, Мария, Югославия"),
    ("Qazaqstan men Özbekstan arasındağı şekara", "2021", "Қазақстан мен Өзбекстан арасындағы шекара"),
])
def test_to_cyrillic(latin, alphabet, cyrillic):
    assert translit.to_cyrillic(latin, alphabet).text == cyrillic


def test_spans_map_back_to_the_latin_text():
    latin = "Aıtalyq, shekara jabyldy."
    tr = translit.to_cyrillic(latin, "2018")
    start = tr.text.index("шекара")
    assert latin[slice(*tr.span(start, start + len("шекара")))] == "shekara"


@pytest.mark.parametrize("text,alphabet", [
    ("Qazaqstan men О́zbekstan arasyndaǵy taýar aınalymy 1,9 mlrd dollarǵa jetti.", "2018"),
    ("Qazaqstan men Özbekstan arasyndağy tauar aiynalymy 1,9 mlrd dollarğa jettı.", "2021"),
    ("Kazakhstan and Uzbekistan traded goods worth $1.9 billion.", None),  # English: no Kazakh letters
    ("Қазақстан мен Өзбекстан арасындағы тауар айналымы", None),
])
def test_which_alphabet(text, alphabet):
    assert translit.latin_alphabet(text) == alphabet


def test_a_latin_kazakh_article_gives_facts_with_its_own_evidence_and_names():
    text = ("Qazaqstan Prezıdenti Qasym-Jomart Toqaev О́zbekstanǵa memlekettik saparmen bardy. "
            "Bıylǵy jyldyń alǵashqy jarty jylynda Qazaqstan men О́zbekstan arasyndaǵy taýar aınalymy 1,9 mlrd dollarǵa jetti.")
    a = article_from_text(text, "case.txt", published_on=dt.date(2021, 8, 24))
    out = extract(a)
    assert [(f.reporter_iso3, f.partner_iso3, f.flow, f.period_start, f.period_end, f.value_usd, f.evidence[:9])
            for f in out.trade_facts] == [("KAZ", "UZB", "turnover", dt.date(2021, 1, 1), dt.date(2021, 6, 30), 1.9e9, "Bıylǵy jy")]
    assert [(e.event_type, e.status, e.visitor_iso3, e.host_iso3, [p.name for p in e.participants])
            for e in out.events] == [("visit", "held", "KAZ", "UZB", ["Qasym-Jomart Toqaev"])]
    for f in out.trade_facts:
        assert a.text[f.char_start:f.char_end] == f.evidence
    for e in out.events:
        assert a.text[e.char_start:e.char_end] == e.evidence
