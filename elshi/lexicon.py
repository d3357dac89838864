"""Reference tables (seeds/*.csv) loaded once into plain dictionaries.

The CSVs live in the repo's ``seeds/`` folder (override with ``BILATERAL_SEEDS_DIR``); the
warehouse loads the same files into the ``ref`` schema so SQL users can join on them.
"""
from __future__ import annotations

import csv
import functools
import os
import unicodedata
from pathlib import Path

from elshi.morph import KK_ENDING_RE

SEEDS_DIR = Path(__file__).resolve().parent.parent / "seeds"

def norm(s: str) -> str:
    """Case-folded NFC form used for every dictionary lookup (ё -> е)."""
    return unicodedata.normalize("NFC", s).lower().replace("ё", "е").replace("’", "'")


def _latin_fold_table() -> dict[int, str]:
    """Latin letters with diacritics to their base letter ("ệ" -> "e", "ã" -> "a", "đ" -> "d"); Cyrillic
    letters ("й", "ё", "ә", "қ") are left alone."""
    table = {ord(c): b for c, b in (("đ", "d"), ("Đ", "D"), ("ø", "o"), ("Ø", "O"), ("ł", "l"), ("Ł", "L"), ("ı", "i"))}
    for cp in [*range(0xC0, 0x250), *range(0x1E00, 0x1F00)]:
        base = "".join(ch for ch in unicodedata.normalize("NFKD", chr(cp)) if not unicodedata.combining(ch))
        if len(base) == 1 and base.isascii() and base.isalpha() and base != chr(cp):
            table[cp] = base
    return table


LATIN_FOLD = _latin_fold_table()


def fold_latin(s: str) -> str:
    """``s`` with Latin diacritics removed, one character for one (offsets stay): "Việt Nam" -> "Viet Nam",
    "Hà Nội" -> "Ha Noi", "São Paulo" -> "Sao Paulo", "Türkiye" -> "Turkiye"."""
    return s.translate(LATIN_FOLD)


def seeds_dir() -> Path:
    return Path(os.environ.get("BILATERAL_SEEDS_DIR") or SEEDS_DIR)


def read_csv(name: str) -> list[dict[str, str]]:
    path = seeds_dir() / name
    with path.open(encoding="utf-8", newline="") as fh:
        return [dict(row) for row in csv.DictReader(fh)]


@functools.lru_cache(maxsize=1)
def fiscal_years() -> dict[str, tuple[int, str]]:
    """Country (ISO3) -> (first month of its fiscal year, whether a one-year name like "FY2024" names the year the
    fiscal year starts or ends in). Countries not listed (Kazakhstan among them) keep the calendar year."""
    return {r["iso3"]: (int(r["start_month"]), r["single_year_names"]) for r in read_csv("fiscal_years.csv")}


@functools.lru_cache(maxsize=1)
def months() -> dict[str, int]:
    """Month word (normalised, any listed form) -> month number 1..12."""
    return {norm(r["form"]): int(r["month"]) for r in read_csv("months.csv")}


@functools.lru_cache(maxsize=1)
def month_headings() -> dict[str, int]:
    """A month's name as a heading stands alone (lower case) -> month number: the Kazakh and English forms and
    the Russian nominative ("январь", "март", "май"), not an oblique case ("января", "в марте") nor an adjective
    ("мартовский")."""
    return {r["form"].lower(): int(r["month"]) for r in read_csv("months.csv")
            if r["lang"] != "ru" or r["form"].lower()[-1:] in ("ь", "т", "й") and not r["form"].lower().endswith("ий")}


def month_number(word: str) -> int | None:
    """Month of a word in kk/ru/en, tolerating Kazakh case endings ("қарашада", "қыркүйекте")
    and a trailing abbreviation dot ("Nov.")."""
    w = norm(word).rstrip(".")
    table = months()
    if w in table:
        return table[w]
    for cut in range(len(w) - 1, 3, -1):  # "қарашадағы", "қыркүйекте": a month stem and a Kazakh ending
        stem = w[:cut]
        if stem[-1] in "гғ" and w[cut:cut + 1] in "ыі" and w[cut:]:
            stem = stem[:-1] + ("к" if stem[-1] == "г" else "қ")  # "қыркүйегінде": к voiced before a vowel
        if stem in table and KK_ENDING_RE.match(w[cut:]):
            return table[stem]
    return None


@functools.lru_cache(maxsize=1)
def month_abbreviations() -> dict[str, int]:
    """Abbreviated month names of datelines ("25 там, 2022", "30 янв. 2024"). Only for dates with a
    day and a year: alone they are ordinary words ("там" = there, "мар", "қаз")."""
    return {norm(r["form"]): int(r["month"]) for r in read_csv("month_abbreviations.csv")}


def dateline_month_number(word: str) -> int | None:
    """Month of a word in a full written date: a month word, or an abbreviation."""
    return month_number(word) or month_abbreviations().get(norm(word).rstrip("."))


@functools.lru_cache(maxsize=1)
def month_word_pattern() -> str:
    """Regex source matching any month word form (with Kazakh endings), for fast scanning."""
    import re as _re
    forms = set(months())
    forms |= {f[:-1] + {"к": "г", "қ": "ғ"}[f[-1]] for f in forms if f[-1] in "кқ"}  # "қыркүйегінде"
    forms = sorted(forms, key=len, reverse=True)
    return r"(?<!\w)(?:" + "|".join(_re.escape(f) for f in forms) + r")\w*\.?"
