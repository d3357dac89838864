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

SEEDS_DIR = Path(__file__).resolve().parent.parent / "seeds"

# Kazakh case / possessive / locative-attributive endings that may follow a noun stem
# (longest first). Vowel harmony and voicing give the variants.
KK_SUFFIXES = tuple(sorted({
    "", "да", "де", "та", "те", "дағы", "дегі", "тағы", "тегі", "нда", "нде", "ндағы", "ндегі",
    "ның", "нің", "дың", "дің", "тың", "тің", "ы", "і", "сы", "сі", "ын", "ін", "сын", "сін",
    "ға", "ге", "қа", "ке", "на", "не", "а", "е", "ына", "іне", "сына", "сіне",
    "нан", "нен", "дан", "ден", "тан", "тен", "ынан", "інен", "сынан", "сінен",
    "мен", "бен", "пен", "ымен", "імен", "сымен", "сімен",
    "ны", "ні", "ды", "ді", "ты", "ті", "ын", "ін",
    "ғы", "гі", "қы", "кі", "дағы", "дегі", "нан", "ға дейін",
    "лар", "лер", "дар", "дер", "тар", "тер",
    "ша", "ше", "ша", "ше", "ынша", "інше",
    "ындағы", "індегі", "сындағы", "сіндегі",
    "ында", "інде", "сында", "сінде",
    "дай", "дей", "тай", "тей",
}, key=len, reverse=True))

# Russian noun/adjective endings (case forms) that may follow a stem, longest first.
RU_SUFFIXES = tuple(sorted({
    "", "а", "я", "у", "ю", "е", "ы", "и", "ой", "ей", "ом", "ем", "ою", "ею", "ам", "ям",
    "ах", "ях", "ами", "ями", "ов", "ев", "ий", "ий", "ая", "ое", "ые", "ого", "его", "ому",
    "ему", "ым", "им", "ых", "их", "ую", "юю", "ыми", "ими", "ь",
}, key=len, reverse=True))


def norm(s: str) -> str:
    """Case-folded NFC form used for every dictionary lookup (ё -> е)."""
    return unicodedata.normalize("NFC", s).lower().replace("ё", "е").replace("’", "'")


def seeds_dir() -> Path:
    return Path(os.environ.get("BILATERAL_SEEDS_DIR") or SEEDS_DIR)


def read_csv(name: str) -> list[dict[str, str]]:
    path = seeds_dir() / name
    with path.open(encoding="utf-8", newline="") as fh:
        return [dict(row) for row in csv.DictReader(fh)]


@functools.lru_cache(maxsize=1)
def months() -> dict[str, int]:
    """Month word (normalised, any listed form) -> month number 1..12."""
    return {norm(r["form"]): int(r["month"]) for r in read_csv("months.csv")}


def month_number(word: str) -> int | None:
    """Month of a word in kk/ru/en, tolerating Kazakh case endings ("қарашада", "қыркүйекте")
    and a trailing abbreviation dot ("Nov.")."""
    w = norm(word).rstrip(".")
    table = months()
    if w in table:
        return table[w]
    for suf in KK_SUFFIXES:
        if suf and w.endswith(suf) and w[: -len(suf)] in table:
            stem = w[: -len(suf)]
            if len(stem) >= 4:
                return table[stem]
    return None


@functools.lru_cache(maxsize=1)
def month_word_pattern() -> str:
    """Regex source matching any month word form (with Kazakh endings), for fast scanning."""
    import re as _re
    forms = sorted(months(), key=len, reverse=True)
    return r"(?<!\w)(?:" + "|".join(_re.escape(f) for f in forms) + r")\w*\.?"
