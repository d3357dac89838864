"""Kazakh, Russian and English word endings: the one place the engine's morphology lives.

Gazetteer words (countries, cities, months) are matched as ``stem + ending``; names are brought to
their base form by removing the ending their last sound calls for.
"""
from __future__ import annotations

import re

# Kazakh endings after a noun stem: adjective -лық, plural, possessive, case, attributive -ғы.
KK_ENDING_RE = re.compile(
    r"^(?:[лдт][ыі][қк])?(?:[лдт][ае]р)?(?:с?[ыі](?![ыі])|[ыі]?м[ыі]з|[ыі]ң)?"
    r"(?:[ндт]?[ыі]ң|[нғгқк]?[ае]|[ндт][ыі]|н?[ндт][ае](?:[ғгқк][ыі])?|[ндт][ае]н|[мбп]ен|[ыі]?мен|[ыі]н|[ыі]|[ае]й)?"
    r"(?:дай|дей|тай|тей)?$"
)
# Russian noun / adjective endings after a stem whose last vowel was removed.
RU_ENDING_RE = re.compile(
    r"^(?:[аяуюеиыоь]|ой|ей|ом|ем|ам|ям|ах|ях|ами|ями|ью|ию|ия|ии|ией|ий|ый|ая|яя|ое|ее|ые|ие|ого|его|"
    r"ому|ему|им|ым|ую|юю|их|ых|ими|ыми|ец|цы|цев|цам|ами|ов|ев)?$"
)
EN_ENDING_RE = re.compile(r"^(?:'s|’s|s)?$")
# A Kazakh adjective made from a name ("қазақстандық", "ресейлік") is written in lower case.
KK_ADJECTIVE_ENDING_RE = re.compile(r"^[лдт][ыі][қк]")
# The Kazakh dative (direction "to"): "Қырғыз Республикасына", "Парижге", "Қазақстанға".
KK_DATIVE_RE = re.compile(r"^(?:[нғгқк]?[ае]|[ыі]?на|[ыі]?не|сына|сіне)$")
# The Kazakh locative (place "in"), also of a possessive: "Қазақстанда", "Астанада", "Ташкентте", "Республикасында".
KK_LOCATIVE_RE = re.compile(r"^(?:с?[ыі]?н)?[дт][ае]$")
# The Kazakh ablative (direction "from"), also after an adjective: "Ресейден", "Әзербайжаннан".
KK_ABLATIVE_RE = re.compile(r"^(?:[лдт][ыі][қк])?(?:[ндт][ае]н)$")
KK_GENITIVE = ("ның", "нің", "дың", "дің", "тың", "тің")


def ending_ok(ending: str) -> bool:
    """Is ``ending`` a Kazakh, Russian or English ending a stem may carry?"""
    return bool(KK_ENDING_RE.match(ending) or RU_ENDING_RE.match(ending) or EN_ENDING_RE.match(ending))


# Kazakh case endings by the sound they follow (vowel, voiced/sonorant, nasal, voiceless consonant).
KK_VOWELS = frozenset("аәеиоөұүыіэюяу")
KK_AFTER_VOWEL = ("ның", "нің", "ға", "ге", "ны", "ні", "нан", "нен", "да", "де", "мен", "на", "не", "сы", "сі")
KK_AFTER_VOICED = ("дың", "дің", "ға", "ге", "ды", "ді", "дан", "ден", "да", "де", "мен", "бен")
KK_AFTER_NASAL = ("ның", "нің", "ға", "ге", "ды", "ді", "нан", "нен", "да", "де", "бен", "мен", "ны", "ні")
KK_AFTER_VOICELESS = ("тың", "тің", "қа", "ке", "ты", "ті", "тан", "тен", "та", "те", "пен")
_KK_CASE_ENDINGS = tuple(sorted(set(KK_AFTER_VOWEL + KK_AFTER_VOICED + KK_AFTER_NASAL + KK_AFTER_VOICELESS),
                                key=len, reverse=True))


def _allowed_after(last: str) -> tuple[str, ...]:
    if last in "иу":  # "и" = ій, "у" = ұу/үу: the vowel forms and those after "й"
        return KK_AFTER_VOWEL + KK_AFTER_VOICED
    if last in KK_VOWELS:
        return KK_AFTER_VOWEL
    if last in "мнң":
        return KK_AFTER_NASAL
    if last in "лрйзж":
        return KK_AFTER_VOICED
    if last in "пкқтсшхфцчгғбдв":  # Russian-style surnames in -ов/-ев take the voiceless forms
        return KK_AFTER_VOICELESS
    return ()


# names ending in the verb "берді" (gave: "Тілеуберді", "Құдайберді", "Аллаберді"), whose "ді" is no case ending
KK_GIVEN_NAME_RE = re.compile(r"бер(?:ді|ды)$")


def kk_strip_case(word: str, min_stem: int = 3) -> str:
    """"Тоқаевтың" -> "Тоқаев", "Кулубаевпен" -> "Кулубаев", "Маттарелланың" -> "Маттарелла",
    "Хүрэлсүхпен" -> "Хүрэлсүх": an ending is removed only when it is the allomorph that the
    stem's last sound calls for (Kazakh vowel/consonant assimilation)."""
    low = word.lower()
    if KK_GIVEN_NAME_RE.search(low):
        return word  # "Тілеуберді", "Құдайберді": the name's own "берді" (gave), not the accusative of "Тілеубер"
    for ending in _KK_CASE_ENDINGS:
        if not low.endswith(ending) or len(word) - len(ending) < min_stem:
            continue
        last = low[-len(ending) - 1]
        if last == "ь" and len(low) > len(ending) + 1:
            last = low[-len(ending) - 2]  # a soft sign is silent: "Тиньді" takes the ending of "Тин"
        if ending in _allowed_after(last):
            return word[: -len(ending)]
    return word
