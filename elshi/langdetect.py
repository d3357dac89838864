"""A small deterministic language detector for the corpus languages (kk, ru, en).

Rules, in order:

* Cyrillic text (more Cyrillic than Latin letters) is Kazakh when the Kazakh-specific letters
  (``әғқңөұүһі``) make up a real share of its Cyrillic letters or Kazakh function words
  outnumber Russian ones; a few Kazakh names in a Russian text stay below the thresholds.
  Cyrillic text with Ukrainian (``їєґ``) or Belarusian (``ў``) letters and no Kazakh-only
  letters is ``uk`` / ``be``; everything else Cyrillic is ``ru``.
* Latin text is scored by function words per language (``en``, Latin-script Kazakh,
  ``tr``, ``de``, ``fr``); letters found only in Kazakh Latin (``á ǵ ń ú ý``) count for
  ``kk``. The best score wins, ties and empty scores give ``en``.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter

KK_LETTERS = frozenset("әғқңөұүһі")
KK_ONLY_LETTERS = frozenset("әғқңөұүһ")  # not shared with Ukrainian / Belarusian
UK_LETTERS = frozenset("їєґ")
BE_LETTERS = frozenset("ў")

# Share of Kazakh-specific letters among Cyrillic letters: clearly Kazakh above the first,
# Kazakh if function words agree above the second (the Kazakh corpus articles run at 9-16 %,
# Russian ones below 0.2 %).
KK_RATIO_SURE = 0.04
KK_RATIO_MAYBE = 0.015
OTHER_SLAVIC_RATIO = 0.003

KK_WORDS = frozenset({
    "мен", "бен", "пен", "және", "бойынша", "деп", "үшін", "бұл", "осы", "арасындағы",
    "туралы", "жылы", "жылғы", "екі", "ел", "да", "де", "та", "те", "ретте", "сондай-ақ",
    "барысында", "қазақстан", "республикасы", "болып", "атап", "өтті",
})
RU_WORDS = frozenset({
    "и", "в", "на", "что", "с", "по", "не", "для", "о", "об", "от", "к", "из", "за", "как",
    "это", "также", "года", "году", "между", "был", "была", "было", "были", "при",
})

# Function words of Latin-script languages; the letters below add to Kazakh's score.
LATIN_WORDS = {
    "en": frozenset({"the", "and", "of", "to", "in", "is", "that", "for", "with", "on", "was",
                     "by", "as", "said", "are", "has", "have", "will", "from", "at"}),
    "kk": frozenset({"jáne", "jane", "men", "ben", "pen", "boıynsha", "boiynsha", "úshin",
                     "ushin", "dep", "bul", "osy", "turaly", "jyly", "jylǵy", "eki", "el",
                     "qazaqstan", "qazaqstannyń", "respýblıkasy", "arasyndaǵy", "sondaı-aq",
                     "barysynda", "memleket", "basshysy"}),
    "tr": frozenset({"ve", "bir", "bu", "için", "ile", "olarak", "türkiye", "daha", "çok",
                     "olan", "gibi"}),
    "de": frozenset({"und", "der", "die", "das", "mit", "von", "ist", "nicht", "den", "zu",
                     "sich", "auf"}),
    "fr": frozenset({"le", "la", "les", "et", "des", "du", "est", "une", "pour", "dans",
                     "sur", "avec"}),
}
KK_LATIN_LETTERS = frozenset("áǵńúý")

WORD_RE = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def _is_cyrillic(ch: str) -> bool:
    return "\u0400" <= ch <= "\u04ff"


def _is_latin(ch: str) -> bool:
    return ch.isalpha() and ch < "\u0250"


def detect_language(text: str) -> str:
    """ISO 639-1 code of ``text``: 'kk', 'ru' or 'en' (also 'uk', 'be', 'tr', 'de', 'fr'
    where obvious). Kazakh in Latin script is 'kk'. Empty text gives 'en'."""
    lowered = unicodedata.normalize("NFC", text).lower()
    letters = Counter(lowered)  # counted in C, then only the letters kept
    for ch in [ch for ch in letters if not ch.isalpha()]:
        del letters[ch]
    cyrillic = sum(n for ch, n in letters.items() if _is_cyrillic(ch))
    latin = sum(n for ch, n in letters.items() if _is_latin(ch))
    words = WORD_RE.findall(lowered)
    if cyrillic and cyrillic >= latin:
        return _cyrillic_language(letters, cyrillic, words)
    return _latin_language(words)


def _cyrillic_language(letters: Counter, cyrillic: int, words: list[str]) -> str:
    def share(alphabet: frozenset) -> float:
        return sum(letters[ch] for ch in alphabet) / cyrillic

    kk_ratio = share(KK_LETTERS)
    if share(KK_ONLY_LETTERS) < OTHER_SLAVIC_RATIO:
        if share(UK_LETTERS) >= OTHER_SLAVIC_RATIO:
            return "uk"
        if share(BE_LETTERS) >= OTHER_SLAVIC_RATIO:
            return "be"
    if kk_ratio >= KK_RATIO_SURE:
        return "kk"
    kk_hits = sum(w in KK_WORDS for w in words)
    ru_hits = sum(w in RU_WORDS for w in words)
    if kk_ratio >= KK_RATIO_MAYBE and kk_hits > ru_hits:
        return "kk"
    return "ru"


def _latin_language(words: list[str]) -> str:
    scores = {lang: sum(w in vocab for w in words) for lang, vocab in LATIN_WORDS.items()}
    scores["kk"] += sum(any(ch in KK_LATIN_LETTERS for ch in w) for w in words)
    best = max(scores, key=lambda lang: (scores[lang], lang == "en"))
    return best if scores[best] > 0 else "en"
