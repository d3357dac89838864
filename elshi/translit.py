"""Kazakh written in the Latin alphabet, read as Cyrillic Kazakh.

Kazakh outlets have published in two official Latin alphabets: the 2018 one with acute accents
("Qazaqstan men О́zbekstan arasyndaǵy taýar aınalymy") and the 2021 one with diaeresis and cedilla
("Qazaqstan men Özbekstan arasyndağy tauar aiynalymy"). The readers know Kazakh in Cyrillic, so a
Latin-script article is transliterated letter by letter into Cyrillic, with a map from every
Cyrillic character back to the Latin text; the facts read from the Cyrillic copy are given the
offsets and evidence of the original, and the names are written back in Latin.

Plain Latin without any of the alphabet's own letters is left alone: it cannot be told from
English.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

ACUTE = "\u0301"
# letters only the 2018 alphabet has (after NFC), and only the 2021 one has
MARKS_2018 = frozenset("áóúǵńýÁÓÚǴŃÝ")
MARKS_2021 = frozenset("äöüğñşūÄÖÜĞÑŞŪ")
VOWELS_2018 = frozenset("aáeoóuúyýiı")

LATIN_2018 = {
    "a": "а", "á": "ә", "b": "б", "c": "ц", "d": "д", "e": "е", "f": "ф", "g": "г", "ǵ": "ғ", "h": "х",
    "i": "і", "j": "ж", "k": "к", "l": "л", "m": "м", "n": "н", "ń": "ң", "o": "о", "ó": "ө", "p": "п",
    "q": "қ", "r": "р", "s": "с", "t": "т", "u": "ұ", "ú": "ү", "v": "в", "w": "у", "x": "х", "y": "ы",
    "ý": "у", "z": "з",
}
LATIN_2021 = {
    "a": "а", "ä": "ә", "b": "б", "c": "ц", "d": "д", "e": "е", "f": "ф", "g": "г", "ğ": "ғ", "h": "х",
    "ı": "ы", "i": "і", "j": "ж", "k": "к", "l": "л", "m": "м", "n": "н", "ñ": "ң", "o": "о", "ö": "ө",
    "p": "п", "q": "қ", "r": "р", "s": "с", "ş": "ш", "t": "т", "u": "у", "ū": "ұ", "ü": "ү", "v": "в",
    "w": "у", "x": "х", "y": "й", "z": "з", "ç": "ч",
}
DIGRAPHS = {"sh": "ш", "ch": "ч"}
# Cyrillic letters that carry the 2018 acute in some texts ("О́zbekstan")
CYRILLIC_ACUTE = {"о": "ө", "у": "ү", "а": "ә", "О": "Ө", "У": "Ү", "А": "Ә"}

CYRILLIC_TO_2018 = {
    "а": "a", "ә": "á", "б": "b", "в": "v", "г": "g", "ғ": "ǵ", "д": "d", "е": "e", "ё": "ıo", "ж": "j",
    "з": "z", "и": "ı", "й": "ı", "к": "k", "қ": "q", "л": "l", "м": "m", "н": "n", "ң": "ń", "о": "o",
    "ө": "ó", "п": "p", "р": "r", "с": "s", "т": "t", "у": "ý", "ұ": "u", "ү": "ú", "ф": "f", "х": "h",
    "һ": "h", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "sh", "ъ": "", "ы": "y", "і": "i", "ь": "", "э": "e",
    "ю": "ıý", "я": "ıa",
}
CYRILLIC_TO_2021 = {
    "а": "a", "ә": "ä", "б": "b", "в": "v", "г": "g", "ғ": "ğ", "д": "d", "е": "e", "ё": "io", "ж": "j",
    "з": "z", "и": "i", "й": "i", "к": "k", "қ": "q", "л": "l", "м": "m", "н": "n", "ң": "ñ", "о": "o",
    "ө": "ö", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ұ": "ū", "ү": "ü", "ф": "f", "х": "h",
    "һ": "h", "ц": "ts", "ч": "ç", "ш": "ş", "щ": "ş", "ъ": "", "ы": "ı", "і": "i", "ь": "", "э": "e",
    "ю": "iu", "я": "ia",
}
LETTER_RE = re.compile(r"[^\W\d_]")
MARKS_RE = re.compile("[" + "".join(sorted(MARKS_2018 | MARKS_2021)) + ACUTE + "]")
LATIN_RE = re.compile(r"[A-Za-z\u00c0-\u024f]")


def latin_alphabet(text: str) -> str | None:
    """"2018" or "2021" when ``text`` is mostly Latin letters and shows that alphabet's own
    letters; None otherwise (Cyrillic, or Latin that may be English)."""
    if not MARKS_RE.search(text, 0, 20000):
        return None  # no letter of either alphabet (the usual Cyrillic or English article): decided at once
    sample = unicodedata.normalize("NFC", text[:20000])
    letters = LETTER_RE.findall(sample)
    if not letters:
        return None
    latin = sum(1 for c in letters if LATIN_RE.match(c))
    if latin < 0.6 * len(letters):
        return None
    n2018 = sum(1 for c in sample if c in MARKS_2018)
    n2021 = sum(1 for c in sample if c in MARKS_2021)
    if max(n2018, n2021) < max(3, latin // 200):
        return None
    return "2018" if n2018 >= n2021 else "2021"


@dataclass(frozen=True)
class Transliteration:
    """Cyrillic ``text``; ``starts[i]``/``ends[i]`` give the original span of ``text[i]``."""

    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]
    alphabet: str

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original span of ``text[start:end]``."""
        if end <= start:
            pos = self.starts[start] if start < len(self.starts) else (self.ends[-1] if self.ends else 0)
            return pos, pos
        return self.starts[start], self.ends[end - 1]


def to_cyrillic(text: str, alphabet: str) -> Transliteration:
    """Transliterate Latin Kazakh letters of ``text`` (any other character is kept), with the map
    back to ``text``. ``text`` is read as written: precomposed or combining accents both work."""
    table = LATIN_2018 if alphabet == "2018" else LATIN_2021
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    i, n = 0, len(text)

    def emit(s: str, a: int, b: int) -> None:
        for ch in s:
            out.append(ch)
            starts.append(a)
            ends.append(b)

    while i < n:
        c = text[i]
        # a base letter followed by a combining acute: "О́", "o\u0301"
        if i + 1 < n and text[i + 1] == ACUTE:
            composed = unicodedata.normalize("NFC", c + ACUTE)
            if c in CYRILLIC_ACUTE:
                emit(CYRILLIC_ACUTE[c], i, i + 2)
                i += 2
                continue
            if len(composed) == 1:
                c2 = composed
                low = c2.lower()
                if low in table:
                    emit(_case(table[low], c2), i, i + 2)
                    i += 2
                    continue
        low = c.lower()
        if alphabet == "2018":
            pair = text[i:i + 2].lower()
            if pair in DIGRAPHS:
                emit(_case(DIGRAPHS[pair], c), i, i + 2)
                i += 2
                continue
            if low == "ı" or c == "I":
                nxt = text[i + 1:i + 2].lower()
                prev = text[i - 1:i].lower() if i else ""
                # "ıa" is "я" after a vowel or "ı" ("energııasy" = энергиясы), else "иа" ("mıllıard")
                yo = not prev or prev in VOWELS_2018 or not prev.isalpha()
                if nxt == "a" and yo:
                    emit(_case("я", c), i, i + 2)
                    i += 2
                    continue
                if nxt in ("ý", "u") and yo:
                    emit(_case("ю", c), i, i + 2)
                    i += 2
                    continue
                emit(_case("й" if prev in VOWELS_2018 and prev != "ı" else "и", c), i, i + 1)
                i += 1
                continue
            if c == "İ":
                emit("І", i, i + 1)
                i += 1
                continue
        else:
            if c in "Iİ":  # the 2021 capitals: I = Ы, İ = І
                emit("Ы" if c == "I" else "І", i, i + 1)
                i += 1
                continue
        if low in table and LATIN_RE.match(c):
            emit(_case(table[low], c), i, i + 1)
        else:
            emit(c, i, i + 1)
        i += 1
    return Transliteration("".join(out), tuple(starts), tuple(ends), alphabet)


def _case(cyr: str, original: str) -> str:
    return cyr.upper() if original.isupper() else cyr


def to_latin(text: str, alphabet: str) -> str:
    """Cyrillic Kazakh back in the article's Latin alphabet (for names read from the Cyrillic copy)."""
    table = CYRILLIC_TO_2018 if alphabet == "2018" else CYRILLIC_TO_2021
    out = []
    for c in text:
        low = c.lower()
        if low in table:
            s = table[low]
            out.append(s[:1].upper() + s[1:] if c.isupper() and s else s)
        else:
            out.append(c)
    return "".join(out)
