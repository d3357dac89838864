"""The grammatical role of each country mention in a sentence, from case endings and prepositions.

    "товарооборот между Казахстаном и Россией"   Казахстаном, Россией -> PAIR
    "Қазақстан мен Қытай арасындағы"             Қазақстан, Қытай     -> PAIR
    "Kazakhstan-China trade", "казахстанско-китайский"                 -> PAIR
    "торговля с Турцией", "Түркиямен", "with Turkey"                   -> WITH
    "из Беларуси", "Ресейден", "from Italy"                            -> ORIGIN
    "в Китай", "Қазақстанға", "to China", "в экономику Казахстана"     -> DEST
    "экспорт Узбекистана", "Қазақстанның", "Kazakhstan's", "Kazakh"    -> OWNER
    "Казахстан экспортировал", "Turkey invested", "Қытай ... құйды"    -> OWNER (the flow's own side)
    "в Казахстане", "Қазақстанда", "in Kazakhstan"                     -> LOC

Only the text around each mention is read (the preposition before it, the ending it carries,
the word after it); the caller decides which mentions belong to which clause.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from elshi.morph import KK_ABLATIVE_RE, KK_DATIVE_RE, KK_GENITIVE
from elshi.text import CI, KeywordGate

PAIR, WITH, ORIGIN, DEST, OWNER, LOC = "pair", "with", "origin", "dest", "owner", "loc"

# words that may stand between a preposition and the country: "с Республикой", "to the", "в экономику"
_QUALIFIER = r"(?:the|its|their|республик\w*|republic|of|государств\w*|федераци\w*|экономик\w*|economy|рын\w*|market|" \
             r"братск\w*|дружественн\w*|соседн\w*|fraternal|brotherly|neighbouring|neighboring)"
PREP_BEFORE = {
    WITH: CI(rf"(?i)(?:^|[\s(«\"])(?:с|со|with)\s+(?:{_QUALIFIER}\s+){{0,2}}$"),
    ORIGIN: CI(rf"(?i)(?:^|[\s(«\"])(?:из|от|from)\s+(?:{_QUALIFIER}\s+){{0,2}}$"),
    DEST: CI(rf"(?i)(?:^|[\s(«\"])(?<!according\s)(?<!thanks\s)(?<!due\s)(?<!addition\s)(?<!compared\s)"
                     rf"(?<!relative\s)(?<!similar\s)(?<!close\s)(?<!next\s)(?<!up\s)(?<!ambassador\s)(?<!envoy\s)"
                     rf"(?:в|во|на|к|to|into|toward|towards|for)\s+(?:{_QUALIFIER}\s+){{0,2}}$"),
    LOC: CI(r"(?i)(?:^|[\s(«\"])(?:in|inside|within)\s+(?:the\s+)?$"),
    PAIR: CI(r"(?i)(?:^|[\s(«\"])(?:между|between|among)\s+(?:the\s+)?(?:республик\w*\s+|republic\s+of\s+)?$"),
}
# "of Kazakhstan" after a noun: the owner ("exports of Kazakhstan", "the economy of Kazakhstan" is DEST)
OF_BEFORE_RE = CI(r"(?i)(?:^|\s)(?:of)\s+(?:the\s+)?$")
ECONOMY_OF_BEFORE_RE = CI(r"(?i)(?:economy|экономик\w*|рын\w*|market)\s+(?:of\s+)?(?:the\s+)?$")
# Kazakh/Russian/English "X's economy" / "X экономикасына": the money goes into X
ECONOMY_AFTER_RE = CI(r"(?i)^(?:['’]s)?\s*(?:экономика\w*|economy|нарығ\w*|рыно?к\w*|market)")
# Kazakh "X мен Y арасындағы" / "X-Y": coordination of two countries
COORD_GAP_RE = CI(r"(?i)^\s*(?:[-–—‐/]|\s+и\s+|\s+and\s+|\s+мен\s+|\s+пен\s+|\s+бен\s+|\s+және\s+|\s*&\s*)\s*"
                          r"(?:the\s+)?(?:(?:республик\w*|republic\s+of|государств\w*|федераци\w*)\s+)?$")
KK_BETWEEN_AFTER_RE = CI(r"(?i)^\s*(?:арасында\w*|арасы\w*|арасындағы)")
RU_INSTRUMENTAL = ("ом", "ем", "ой", "ей", "ою", "ею", "ами", "ями")
KK_INSTRUMENTAL = ("мен", "пен", "бен")
KK_LOCATIVE_RE = re.compile(r"^(?:[ндт][ае](?:[ғгқк][ыі])?)$")  # "Ресейде", and attributive "Ресейдегі" (that is in Russia)
KK_ADJ_ENDINGS = ("лық", "лік", "дық", "дік", "тық", "тік")


@dataclass(frozen=True)
class Role:
    place: object  # geo.Place
    role: str | None
    partner: object | None = None  # the other place of a PAIR


# the gap before a third country coordinated with a pair: "X, Y и Z", "X, Y and Z", "X, Y мен Z"
LIST_GAP_RE = re.compile(r"^\s*(?:,|и\b|and\b|мен\b|және\b)\s*$")
# only a comma between two countries: "X, Y" (a list, not a pair)
COMMA_GAP_RE = re.compile(r"^\s*,\s*$")
# a hyphen or slash between two countries: "казахстанско-китайский", "X/Y"
HYPHEN_GAP_RE = re.compile(r"^\s*[-–—‐/]\s*$")


def place_roles(text: str, places: list, lang: str) -> list[Role]:
    """The role of every country mention (cities count as their country) in ``text``."""
    roles: dict[int, Role] = {}
    # coordinated pairs first: "X и Y" after "между", "X мен Y арасындағы", "X-Y"
    for i in range(len(places) - 1):
        a, b = places[i], places[i + 1]
        if a.iso3 == b.iso3 or i in roles:
            continue
        gap = text[a.end:b.start]
        if len(gap) > 40 or not COORD_GAP_RE.match(gap):
            continue
        # a third country coordinated on either side makes it a list, not a pair
        if i + 2 < len(places) and LIST_GAP_RE.match(text[b.end:places[i + 2].start]):
            continue
        if i > 0 and COMMA_GAP_RE.match(text[places[i - 1].end:a.start]):
            continue
        hyphen = bool(HYPHEN_GAP_RE.match(gap))
        between = PREP_BEFORE[PAIR].search(text[max(0, a.start - 20):a.start]) or KK_BETWEEN_AFTER_RE.match(text[b.end:b.end + 15])
        # "Kazakhstan and Hungary aim to raise trade": two countries joined as the subject also pair
        both_bare = _bare(a, lang) and _bare(b, lang)
        both_instr = lang == "ru" and a.ending in RU_INSTRUMENTAL and b.ending in RU_INSTRUMENTAL
        if hyphen or between or both_bare or both_instr:
            roles[i] = Role(a, PAIR, b)
            roles[i + 1] = Role(b, PAIR, a)
    for i, p in enumerate(places):
        if i not in roles:
            roles[i] = Role(p, _single_role(text, p, lang))
    return [roles[i] for i in range(len(places))]


def _bare(p, lang: str) -> bool:
    """Dictionary form (a subject or a noun adjunct), or an adjective."""
    if p.kind in ("adjective", "demonym"):
        return True
    return p.ending in ("", "'s", "’s") or (lang == "kk" and p.ending in KK_GENITIVE)


# "Иран бағытында", "Қытай бағытындағы": the direction a Kazakh flow goes
KK_DIRECTION_AFTER_RE = CI(r"(?i)\s+бағыт(?:ында|ындағы|ына|ы\s+бойынша)(?!\w)")


# an investor named by its country's adjective: "казахстанского бизнеса", "американдық компаниялар", "Chinese investors"
INVESTOR_AFTER_RE = CI(r"(?i)^\s*(?:[\w-]+\s+)?(?:бизнес\w*|компани\w*|инвестор\w*|предпринимател\w*|кәсіпкер\w*|"
                               r"business\w*|compan(?:y|ies)|investors?|firms?)(?!\w)")


# a flow noun right after a country's adjective: "бразильский экспорт", "Chinese imports"
FLOW_NOUN_AFTER_RE = CI(r"(?i)^\s*(?:экспорт|импорт|export|import)\w*")


# a Russian preposition right before the country: "в Казахстане", "на Украине" (where, not whither)
RU_LOCATIVE_PREP_BEFORE_RE = CI(r"(?i)(?:^|\s)(?:в|во|на)\s+$")


POSSESSIVE_RE = re.compile(r"['’]s?")  # the ending of "Azerbaijan's", "the Philippines’"


def _single_role(text: str, p, lang: str) -> str:
    before = text[max(0, p.start - 40):p.start]
    after = text[p.end:p.end + 30]
    ending = p.ending
    if ECONOMY_AFTER_RE.match(after):
        return DEST  # "X экономикасына", "Kazakhstan's economy"
    if (p.kind in ("adjective", "demonym") or ending.startswith(KK_ADJ_ENDINGS)) and INVESTOR_AFTER_RE.match(after):
        return ORIGIN  # "инвестиции казахстанского бизнеса в экономику республики": the investor's country
    if p.kind in ("adjective", "demonym") and FLOW_NOUN_AFTER_RE.match(after):
        return OWNER  # "на бразильский экспорт в Казахстан пришлось": the adjective owns the flow, whatever governs it
    econ = ECONOMY_OF_BEFORE_RE.search(before)
    if econ and PREP_BEFORE[DEST].search(before[:econ.start()] + " "):
        return DEST  # "в экономику Казахстана", "into the economy of X"
    if lang == "kk":
        if ending in KK_INSTRUMENTAL:
            return WITH
        if KK_ABLATIVE_RE.match(ending):
            return ORIGIN
        if ending.startswith(KK_ADJ_ENDINGS):
            return OWNER  # "қазақстандық экспорт", "италиялық инвестиция"
        if KK_DATIVE_RE.match(ending):
            return DEST
        if KK_LOCATIVE_RE.match(ending):
            return LOC
        if ending == "" and KK_DIRECTION_AFTER_RE.match(after):
            return DEST  # "Иран бағытында экспорт": the flow toward Iran
        return OWNER  # genitive ("Қазақстанның экспорты") or bare ("Қазақстан экспорты", "Қытай ... құйды")
    if lang == "en" and POSSESSIVE_RE.fullmatch(ending) and FLOW_NOUN_AFTER_RE.match(after):
        return OWNER  # "with Azerbaijan's exports to Kazakhstan at ...": the preposition governs the flow, the country owns it
    for role in (PAIR, WITH, ORIGIN, DEST, LOC):
        if PREP_BEFORE[role].search(before):
            if role == PAIR:
                return WITH  # "между Казахстаном и ЕС": the other side is not a country
            if role == DEST and lang == "ru" and ending in ("е", "и") and RU_LOCATIVE_PREP_BEFORE_RE.search(before):
                return LOC  # "в Казахстане": where, not whither
            return role
    if lang == "ru" and ending in RU_INSTRUMENTAL:
        return WITH
    return OWNER  # genitive ("экспорт Узбекистана"), "of X", possessive ("Kazakhstan's"), adjective, or the subject


# a country the talk is about, not a side of it: "the situation in Afghanistan", "ситуацию вокруг Украины",
# "Ауғанстандағы жағдай"
TOPIC_BEFORE_RE = CI(r"(?i)(?:situation|developments|crisis|conflict|settlement|events|peace\s+process|reconstruction|"
                             r"ситуаци\w*|положени\w*|обстановк\w*|событи\w*|кризис\w*|конфликт\w*|урегулировани\w*)"
                             r"\s+(?:in|around|on|of|в|во|вокруг|на)\s+(?:the\s+)?"
                             # the second of two: "ситуацию на Ближнем Востоке и в Афганистане", "in the Middle East and in"
                             r"(?:(?:[\w-]+\s+){1,3}(?:и|and)\s+(?:(?:in|around|on|в|во|вокруг|на)\s+)?(?:the\s+)?)?$|"
                             # a country set aside: "sources of capital beyond China", "кроме Китая", "Қытайдан басқа"
                             r"(?<!\w)(?:beyond|besides|other\s+than|apart\s+from|rather\s+than|кроме|помимо)\s+(?:the\s+)?$")
TOPIC_AFTER_RE = CI(r"(?i)^(?:дағы|дегі|тағы|тегі)\s+(?:\w+\s+)?(?:жағдай|ахуал|дағдарыс|қақтығыс|оқиға)|"
                            r"^\w?(?:дан|ден|тан|тен|нан|нен)\s+(?:басқа|бөлек)(?!\w)")


TOPIC_GATE = KeywordGate(("situation", "development", "crisis", "conflict", "settlement", "events", "peace", "reconstruction",
                          "ситуац", "положени", "обстановк", "событи", "кризис", "конфликт", "урегулир",
                          "жағдай", "ахуал", "дағдарыс", "қақтығыс", "оқиға",
                          "beyond", "besides", "other than", "apart from", "rather than", "кроме", "помимо", "басқа", "бөлек"))


# the word at a place's start
WORD_START_RE = re.compile(r"\w*")


def topic_place(t: str, p) -> bool:
    """The country is told as what a talk or a situation is about, or is set aside: no side of what is told."""
    if TOPIC_BEFORE_RE.search(t, max(0, p.start - 70), p.start):
        return True
    word = WORD_START_RE.match(t[p.start:p.start + 40]).group()
    return bool(TOPIC_AFTER_RE.match(word[-4:] + t[p.start + len(word):p.start + len(word) + 40]))
