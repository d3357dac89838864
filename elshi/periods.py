"""Time expressions: the period a figure covers, in kk/ru/en, resolved against the publication date.

"2023 жылы", "2024 жылғы қаңтар-наурыз", "январь-сентябрь 2024", "first half", "8 months",
"бірінші тоқсан", "since 2005" / "2005 жылдан бастап" (open end), "к 2027 году" / "by 2028"
(target horizon), "өткен жылы" / "в прошлом году" / "this year" (relative; unresolved without a
publication date). Expressions inside a comparison ("өткен жылға қарағанда", "по сравнению с
2022 годом", "compared to the same period") are marked ``compare``.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from elshi.lexicon import fiscal_years, month_number, month_word_pattern
from elshi.text import CI, DIGIT_RE, STOP_RE

# a decade is no year: "since the 1990s", "в 1990-х годах", "1990 жылдары" (but "2010-2020 жылдары" is a span)
_DECADE_AFTER = r"['’]?s\b|\s?-\s?(?:х|е|ые|ых)(?!\w)"
YEAR = (r"(?:(?<!\d)(?:19[5-9]\d|20[0-4]\d)(?!\d)"
        rf"(?:(?<=[-–—]\d{{4}})|(?<=[-–—]\s\d{{4}})|(?!(?<=0)\s*[-‐]?\s*жылдар))(?!{_DECADE_AFTER}))")
YEAR_WORD = r"(?:\s*[-‐]?\s*(?:жыл\w*|ж\.|год\w*|г\.|гг\.))?"
MONTH_WORD = month_word_pattern()
MONTH_RANGE = rf"(?P<m1>{MONTH_WORD})\s?[-–—]\s?(?P<m2>{MONTH_WORD})"  # "қаңтар-наурыз", "January–September"

NUM_WORDS = {
    "бір": 1, "екі": 2, "үш": 3, "төрт": 4, "бес": 5, "алты": 6, "жеті": 7, "сегіз": 8, "тоғыз": 9, "он": 10,
    "двух": 2, "трех": 3, "трёх": 3, "четырех": 4, "четырёх": 4, "пяти": 5, "шести": 6, "семи": 7, "восьми": 8,
    "девяти": 9, "десяти": 10, "одиннадцати": 11, "два": 2, "три": 3, "четыре": 4, "пять": 5, "шесть": 6,
    "семь": 7, "восемь": 8, "девять": 9, "десять": 10, "одиннадцать": 11,
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
}
NUM = r"(?:\d{1,2}|" + "|".join(sorted(NUM_WORDS, key=len, reverse=True)) + r")"
ORDINAL_FIRST = r"(?:бірінші|алғашқы|перв\w{1,3}|first|I|І)"
ORDINAL_SECOND = r"(?:екінші|втор\w{1,3}|second|II|ІІ)"
ORDINAL_THIRD = r"(?:үшінші|трет\w{1,3}|third|III|ІІІ)"
ORDINAL_FOURTH = r"(?:төртінші|четв[её]рт\w{1,3}|fourth|IV|ІV)"
HALF_WORD = r"(?:жарты\w*|полугоди\w*|половин\w*|half)"
# a half-year word: "жарты", "полугодие", "половина", "half"
HALF_WORD_RE = CI(HALF_WORD)
# "үшінші тоқсан", "во втором квартале", "the first half", "I квартал": the ordinal in group q / h
QUARTER_ORDINAL = rf"(?<!\w)(?P<q>{ORDINAL_FIRST}|{ORDINAL_SECOND}|{ORDINAL_THIRD}|{ORDINAL_FOURTH})\s+(?:тоқсан\w*|квартал\w*|quarter)"
HALF_ORDINAL = rf"(?<!\w)(?P<h>{ORDINAL_FIRST}|{ORDINAL_SECOND})\s+{HALF_WORD}"
# the noun left out after a quarter or half named in full: "в первом квартале – 118,7 млн, во втором –
# 131,2 млн", "in the first quarter $118.7 million and in the second $131.2 million", "бірінші тоқсанда
# 118,7 млн, екіншісінде 131,2 млн" (the Kazakh ordinal takes the possessive: "екінші-сі-нде")
ELIDED_ORDINAL_RE = CI(
    rf"(?<!\w)(?:во?|за|in\s+the|for\s+the|and\s+the)\s+(?P<q>{ORDINAL_FIRST}|{ORDINAL_SECOND}|{ORDINAL_THIRD}|{ORDINAL_FOURTH})"
    r"(?=\s*[-–—:,]|\s+(?:\$|\d))|(?<!\w)(?P<k>бірінші|екінші|үшінші|төртінші)сінде(?!\w)")

ELIDABLE = ("quarter", "half1", "half2")

MONTH_ANY_RE = CI(MONTH_WORD)

# a fiscal year: "fiscal year 2024-25 (April-March)", "FY2024/25", "2024/25 финансовом году",
# "2024-2025 қаржы жылында"; the months, when given beside it, fix the span across the turn of the year
FY_SPLIT = rf"(?P<y1>{YEAR})(?:\s*[-/–]\s*(?P<y2>\d{{2}}(?!\d)|{YEAR}))?"
FISCAL_RE = CI(rf"(?:(?:fiscal|financial|budget)\s+year|\bFY)\s*{FY_SPLIT}|"
               rf"(?P<y1b>{YEAR})(?:\s*[-/–]\s*(?P<y2b>\d{{2}}(?!\d)|{YEAR}))?\s*(?:(?:fiscal|financial)\s+year|"
               rf"финансов\w+\s+год\w*|бюджетн\w+\s+год\w*|қаржы\s+жыл\w*)|"
               # "FY24": the two-digit year is the one the fiscal year ends in (2023-24)
               r"\bFY\s?['’]?(?P<yy>\d{2})(?![\d/–-])")
FISCAL_MONTHS_RE = CI(rf"\s*[(,]?\s*{MONTH_RANGE}\s*\)?")

# "9M 2023", "1H 2024": a short period abbreviation, never an amount ("$9m") nor a part of a word
ABBR_BEFORE = r"(?<![\w$€£.,])"
ABBR_AFTER = r"(?=\s*(?:of\s+)?(?:19|20)\d\d(?!\d))"

# a span from a year's start to a month of a later year: "2005 – September 2024", "с 2005 года по
# сентябрь 2024 года", "2005 жылдан 2024 жылғы қыркүйекке дейін" (accumulated investment)
# the first year of a span and the word leading to its end: "с 2005 года по", "from 2005 to", "2005 жылдан"
RANGE_OPEN = (rf"(?:(?:from|between|с|за)\s+)?(?P<y1>{YEAR}){YEAR_WORD}"
              rf"(?:\s*[-–—]\s*|\s+(?:to|through|till|until|and|по|до)\s+|(?<=[дн]ан)\s+)")
YEAR_MONTH_RANGE = (rf"{RANGE_OPEN}(?:(?:the\s+)?end\s+of\s+|конец\s+)?"
                    # the end may be a day: "по 30 июня 2016 года", "to June 30, 2016", "2016 жылғы 30 маусымға дейін"
                    rf"(?:(?:(?P<dA>\d{{1,2}})\s+)?(?P<mA>{MONTH_WORD})\s+(?:(?P<dA2>\d{{1,2}}),?\s+)?(?P<y2a>{YEAR}){YEAR_WORD}|"
                    rf"(?P<y2b>{YEAR}){YEAR_WORD}\s+(?:(?P<dB>\d{{1,2}})\s+)?(?P<mB>{MONTH_WORD}))")

# a span from a year's start to a quarter or half of a later year: "2005 жылдан 2024 жылдың бірінші жартыжылдығына
# дейін", "с 2005 года по первое полугодие 2024 года", "from 2005 to the first half of 2024"
_ORDINALS = rf"{ORDINAL_FIRST}|{ORDINAL_SECOND}|{ORDINAL_THIRD}|{ORDINAL_FOURTH}"
_PART_UNIT = rf"тоқсан\w*|квартал\w*|quarter|{HALF_WORD}"
YEAR_PART_RANGE = (rf"{RANGE_OPEN}(?:the\s+)?"
                   rf"(?:(?P<oA>{_ORDINALS})\s+(?P<uA>{_PART_UNIT})\s+(?:of\s+)?(?P<y2a>{YEAR}){YEAR_WORD}|"
                   rf"(?P<y2b>{YEAR}){YEAR_WORD}\s+(?P<oB>{_ORDINALS})\s+(?P<uB>{_PART_UNIT}))")

PIECES = [
    ("year_part_range", CI(YEAR_PART_RANGE)),
    ("year_month_range", CI(YEAR_MONTH_RANGE)),
    ("year_range", CI(rf"{YEAR}\s*[-–—]\s*{YEAR}\s*(?:жыл\w*|год\w*|гг\.?)|between\s+{YEAR}\s+and\s+{YEAR}|"
                      rf"(?:с|от)\s+{YEAR}\s+(?:по|до)\s+{YEAR}\s*(?:год\w*|гг\.?)|{YEAR}\s*[-–—]\s*{YEAR}(?=\s*(?:,|$|\s+(?:years?|period)))|"
                      rf"from\s+{YEAR}\s+(?:to|through|till|until)\s+{YEAR}|"
                      # "in 2005-2011 totalled", "during 2019-2023": a preposition of time before two years joined
                      rf"(?<!\w)(?:in|during|for|over|throughout)\s+{YEAR}\s*[-–—]\s*{YEAR}(?![-–—\d])|"
                      # "2005 жылдан 2016 жылға дейін": from one year up to another
                      rf"{YEAR}\s*жылдан\s+{YEAR}\s*жыл(?:ға|ды)\s+дейін\w*")),
    ("since", CI(rf"{YEAR}{YEAR_WORD}\s*(?:бастап|бері)|(?:с\s+начала|начиная\s+с|с)\s+{YEAR}\s*(?:года|г\.)|since\s+(?:the\s+(?:year\s+of\s+|beginning\s+of\s+|start\s+of\s+))?{YEAR}|from\s+{YEAR}\s+(?:on|onwards)")),
    ("since_ytd", CI(r"жыл\s+басынан\s+(?:бастап|бері)|с\s+начала\s+(?:этого\s+|текущего\s+)?года|since\s+the\s+(?:beginning|start)\s+of\s+(?:the|this)\s+year|year[-\s]to[-\s]date")),
    ("by", CI(rf"(?:к|до)\s+{YEAR}\s*(?:год\w*|г\.)|by\s+(?:the\s+end\s+of\s+)?{YEAR}|{YEAR}{YEAR_WORD}\s*(?:дейін|қарай|таман)")),
    ("last_n", CI(rf"соңғы\s+{NUM}\s+жыл\w*|(?:за\s+)?последн\w+\s+{NUM}\s+(?:лет|год\w*)|(?:over\s+|in\s+|for\s+)?the\s+(?:last|past)\s+{NUM}\s+years")),
    ("ago", CI(rf"осыдан\s+{NUM}\s+жыл\s+бұрын|{NUM}\s+(?:лет|год\w*)\s+назад|{NUM}\s+years\s+ago")),
    ("month_range", CI(MONTH_RANGE)),
    # "9 months", "9 мес. 2023 г.", and the business press's "9M 2023"
    ("months_n", CI(rf"(?:(?:first|первые)\s+)?{NUM}\s*(?:(?:ай\w*|месяц\w*|months?)\b|мес\.|мес\b)|"
                    rf"{ABBR_BEFORE}\d{{1,2}}M{ABBR_AFTER}")),
    ("half1", CI(rf"(?<!\w){ORDINAL_FIRST}\s+{HALF_WORD}|\bH1\b|{ABBR_BEFORE}1H{ABBR_AFTER}|"
                 rf"(?:(?<!\w)за|по\s+итогам)\s+полугоди\w*|(?<!\w)(?:жарты\s+жылдық\w*|жартыжылдық\w*)")),
    ("half2", CI(rf"(?<!\w){ORDINAL_SECOND}\s+{HALF_WORD}|\bH2\b|{ABBR_BEFORE}2H{ABBR_AFTER}")),
    # "the first three quarters of 2024", "за три квартала", "алғашқы үш тоқсанда": January to the last one's end
    ("quarters_n", CI(r"(?<!\w)(?:(?:первы\w*|алғашқы|бірінші)\s+)?(?P<nq>два|две|двух|три|тр[её]х|екі|үш)\s+(?:тоқсан\w*|квартал\w*)|"
                      r"\bfirst\s+(?P<nqe>two|three)\s+quarters\b|\b(?P<nqo>two|three)\s+quarters(?=\s+of\s+(?:the\s+year|this\s+year|(?:19|20)\d\d))")),
    ("quarter", CI(rf"{QUARTER_ORDINAL}|\bQ(?P<qn>[1-4])\b|"
                    r"(?<![\d.,])(?P<qk>[1-4])(?:-?(?:й|м|го))?\s*кв\.")),
    ("rel_year", CI(r"(?P<rel>өткен\s+жыл\w*|былтыр\w*|позапрошл\w+\s+год\w*|прошл\w+\s+год\w*|минувш\w+\s+год\w*|last\s+year|past\s+year|previous\s+year|биыл\w*|ағымдағы\s+жыл\w*|осы\s+жыл(?!дар)\w*|текущ\w+\s+год\w*|эт(?:от|ом|ого|ому|им)\s+год\w*|нынешн\w+\s+год\w*|this\s+year|current\s+year)")),
    ("month", CI(rf"(?P<m>{MONTH_WORD})")),
    ("year", CI(rf"{YEAR}{YEAR_WORD}")),
]

QUARTER_NUMBERS = [
    (CI(ORDINAL_FIRST + r"$"), 1), (CI(ORDINAL_SECOND + r"$"), 2),
    (CI(ORDINAL_THIRD + r"$"), 3), (CI(ORDINAL_FOURTH + r"$"), 4),
]

COMPARE_BEFORE_RE = CI(r"(?<!\w)(?:сравнени\w*\s+с|compared\s+(?:to|with)|против|against|than|than\s+in|up\s+from|down\s+from|"
                               r"from\s+the\s+level\s+of|к\s+уровню|(?<=%)\s*к|(?<=процентов)\s+к|(?<=%)\s*on|(?<=percent)\s+on|относительно|over|vs\.?|versus|than\s+(?:for|during|at)|чем\s+(?:в|во|за|на)|чем)\s*$")
# the words of "the same period" (of another year): "аналогичный", "соответствующий", "same", "corresponding", "сәйкес"
SAME_PERIOD_WORDS = r"аналогичн\w+|соответствующ\w+|same|corresponding|сәйкес|тиісті|ұқсас"
# a year right after "the same period (of)" is always the comparison: "аналогичного периода 2015 года"
SAME_PERIOD_BEFORE_RE = CI(r"(?:аналогичн\w+|соответствующ\w+|того\s+же(?:\s+самого)?|тем\s+же(?:\s+самым)?|так\w*\s+же|"
                                   r"same|corresponding|осы)\s+(?:(?:временн\w+\s+)?(?:период\w*|промежут\w*|отрез\w*)|"
                                   r"кезең\w*|(?:time\s+)?period)(?:\s+(?:of|in|в))?\s*$")
# "өткен жылдың осы кезеңінде" (the same period of last year): the period phrase follows the year
# matched at an offset (no "^": it would match only at the text's start)
SAME_PERIOD_AFTER_RE = CI(r"\s*(?:-?\w{0,4}\s+)?(?:осы|сол|тиісті|сәйкес|ұқсас)\s+кезең\w*")
# (not across another year: "2022 жылы 2021 жылмен салыстырғанда" compares 2021, and 2022 is the figure's)
COMPARE_AFTER_RE = CI(r"^(?:(?!(?:19|20)\d\d\s*ж)[^.;,()]){0,40}?(?:салыстырғанда|қарағанда|салыстырмалы)|"
                              # the ablative of "than": "2023 жылғы көрсеткіштен (деңгейден) екі есе көп"
                              r"^\s*(?:көрсеткіш|деңгей)\w*?(?:тен|тан|нен|нан|ден|дан)(?!\w)")


@dataclass(frozen=True)
class TimeExpr:
    start: int
    end: int
    kind: str  # span | since | by | compare
    period_start: dt.date | None
    period_end: dt.date | None
    resolved: bool = True  # False: relative or yearless, and the publication date is unknown
    year_only: bool = False
    fiscal: tuple[int, int | None] | None = None  # a fiscal year named without its months: (first year, second or None)
    yearless: tuple[int, int] | None = None  # unresolved months of one year: "за девять месяцев" (1, 9), "Q2" (4, 6)


@dataclass(frozen=True)
class _Piece:
    start: int
    end: int
    kind: str
    m: re.Match
    months: re.Match | None = None  # a fiscal year's months: "(April-March)"
    of: "_Piece | None" = None  # an elided quarter or half: the one named in full before it


YEAR_IN_RE = re.compile(YEAR)
NUM_IN_RE = CI(r"(?i)(?<![\w.,])(\d{1,2})(?!\d)|\b(" + "|".join(sorted(NUM_WORDS, key=len, reverse=True)) + r")\b")


def _year_in(m: re.Match) -> int:
    return int(YEAR_IN_RE.search(m.group()).group())


def _num_in(m: re.Match) -> int | None:
    found = NUM_IN_RE.search(m.group())
    return _num(found.group(1) or found.group(2)) if found else None


def _num(s: str | None) -> int | None:
    if s is None:
        return None
    s = s.lower()
    return int(s) if s.isdigit() else NUM_WORDS.get(s)


def month_end(y: int, m: int) -> dt.date:
    return dt.date(y, m, calendar.monthrange(y, m)[1])


# key words that open the patterns: a pattern runs only when one of its key words occurs (substring tests
# on the lower-cased sentence; a few short words need their spaces)
GATE_WORDS = (
    (("бастап", "бері", " с ", "начиная", "since", "from"), ("since",)),
    (("басынан", "начала", "beginning", "start", "to-date", "to date"), ("since_ytd",)),
    ((" к ", " до ", " by ", "дейін", "қарай", "таман"), ("by",)),
    (("соңғы", "последн", "last", "past"), ("last_n", "rel_year")),
    (("бұрын", "назад", "ago"), ("ago",)),
    (("жарты", "полугод", "половин", "half"), ("half1", "half2")),
    (("h1", "1h"), ("half1",)),
    (("h2", "2h"), ("half2",)),
    (("тоқсан", "квартал", "quarter", "q1", "q2", "q3", "q4", "кв."), ("quarter", "quarters_n")),
    ((" ай", "месяц", "мес", "month") + tuple(f"{d}m" for d in "0123456789"), ("months_n",)),
    (("жыл", "былтыр", "биыл", "год", "year"), ("rel_year",)),
    (("fiscal", "financial", "budget", "fy", "финансов", "бюджетн", "қаржы"), ("fiscal",)),
)
YEAR_DIGITS_RE = re.compile(r"\d{4}")


def _open_kinds(text: str) -> set[str]:
    low = " " + text.lower() + " "
    kinds = {k for words, ks in GATE_WORDS if any(w in low for w in words) for k in ks}
    if YEAR_DIGITS_RE.search(text):
        kinds |= {"year", "since", "by", "year_range"}
        if MONTH_ANY_RE.search(text):
            kinds.add("year_month_range")
        if kinds & {"quarter", "half1", "half2"}:
            kinds.add("year_part_range")
    return kinds


# month ranges in words: "с января по июнь", "from/between January to/and June", "қаңтарынан маусымына дейін"
RANGE_PREFIX_RE = CI(r"(?i)(?:(?<!\w)с|\bfrom|\bbetween)\s+$")
RANGE_LINK_RE = CI(r"(?i)\s+(?:по|to|through|till|until|and)\s+")
RANGE_YEAR_AFTER_RE = re.compile(rf"[\s,]*(?:of\s+)?{YEAR}")
RANGE_LEAD_RE = CI(r"(?i)\b(?:of|for|in|during|period)\s+$")
RANGE_KK_END_RE = CI(r"(?i)\s+(?:дейін|аралығында)(?!\w)")
RANGE_PARSE_RE = CI(r"(?i)(?:(?:с|from|between)\s+)?(?P<m1>[^\W\d_]+\.?)\s+(?:(?:по|to|through|till|until|and)\s+)?"
                            r"(?P<m2>[^\W\d_]+\.?)")


# "and" alone between two months: "March and April" is two months, not a range
AND_LINK_RE = CI(r"(?i)\s+and\s+")


def _word_month_ranges(text: str) -> list[tuple[int, int, re.Match]]:
    months = [m for m in MONTH_ANY_RE.finditer(text) if month_number(m.group())]
    out = []
    for a, b in zip(months, months[1:]):
        between = text[a.end():b.start()]
        prefix = RANGE_PREFIX_RE.search(text, max(0, a.start() - 10), a.start())
        if prefix and RANGE_LINK_RE.fullmatch(between):
            start = prefix.start()
        elif RANGE_LINK_RE.fullmatch(between) and not AND_LINK_RE.fullmatch(between) and (
                RANGE_YEAR_AFTER_RE.match(text, b.end()) or RANGE_LEAD_RE.search(text, max(0, a.start() - 12), a.start())):
            start = a.start()  # "for the period of January to September 2024", "January through June"
        elif between.isspace() and RANGE_KK_END_RE.match(text, b.end()):
            start = a.start()
        else:
            continue
        m = RANGE_PARSE_RE.match(text, start, b.end())
        if m and m.end() == b.end():
            out.append((start, b.end(), m))
    return out


# the month "May", which is also the English verb
MAY_RE = CI(r"(?i)may$")


def _pieces(text: str) -> list[_Piece]:
    taken: list[tuple[int, int]] = []
    out: list[_Piece] = []
    open_kinds = _open_kinds(text)
    if MONTH_ANY_RE.search(text) is not None:
        open_kinds |= {"month", "month_range"}
    if not open_kinds:
        return out
    if "fiscal" in open_kinds:
        for m in FISCAL_RE.finditer(text):
            months = FISCAL_MONTHS_RE.match(text, m.end())
            if months and not (month_number(months.group("m1")) and month_number(months.group("m2"))):
                months = None
            end = months.end() if months else m.end()
            taken.append((m.start(), end))
            out.append(_Piece(m.start(), end, "fiscal", m, months))
    if "month_range" in open_kinds:
        for s, e, m in _word_month_ranges(text):
            if any(s < te and ts < e for ts, te in taken):
                continue
            taken.append((s, e))
            out.append(_Piece(s, e, "month_range", m))
    for kind, rx in PIECES:
        if kind not in open_kinds:
            continue
        for m in rx.finditer(text):
            s, e = m.span()
            if any(s < te and ts < e for ts, te in taken):
                continue
            if kind == "month_range" and not (month_number(m.group("m1")) and month_number(m.group("m2"))):
                continue
            if kind == "month" and not month_number(m.group("m")):
                continue
            if kind == "month" and MAY_RE.match(m.group("m")) and not DIGIT_RE.search(text[max(0, s - 4):e + 6]):
                continue  # English modal "may"
            if kind == "months_n" and _num_in(m) is None:
                continue
            taken.append((s, e))
            out.append(_Piece(s, e, kind, m))
    out.sort(key=lambda p: p.start)
    if any(p.kind in ELIDABLE for p in out):
        out = _elided(text, out, taken)
    return out


def _elided(text: str, pieces: list[_Piece], taken: list[tuple[int, int]]) -> list[_Piece]:
    """Quarters and halves whose noun is left out after one named in full ("во втором", "in the second"):
    of the same kind, and of the same year, as the one named."""
    out = list(pieces)
    for m in ELIDED_ORDINAL_RE.finditer(text):
        s, e = m.span()
        if any(s < te and ts < e for ts, te in taken):
            continue
        full = max((p for p in out if p.end <= s and p.kind in ELIDABLE), key=lambda p: p.end, default=None)
        if full is None:
            continue
        n = next(n for rx, n in QUARTER_NUMBERS if rx.match(m.group("q") or m.group("k")))
        kind = "quarter" if full.kind == "quarter" else {1: "half1", 2: "half2"}.get(n)
        if kind is not None:
            out.append(_Piece(s, e, kind, m, of=full.of or full))
    return sorted(out, key=lambda p: p.start)


# a word that points back a year: "өткен", "былтыр", "прошлый", "минувший", "last", "past", "previous"
PAST_YEAR_WORD_RE = re.compile(r"(өткен|былтыр|прошл|минувш|last|past|previous)")
# a word that points ahead a year: "келесі", "келер", "следующий", "будущий", "next", "coming"
NEXT_YEAR_WORD_RE = re.compile(r"(келесі|келер|следующ|будущ|next|coming)")


def rel_year_delta(words: str) -> int:
    """Years (or months, weeks: "өткен айда", "next week") from the publication date: "өткен жылы" / "в прошлом году" / "last year" -1,
    "позапрошлом" -2, "келесі жылы" / "в следующем году" / "next year" +1, "биыл" / "this year" 0."""
    w = words.lower()
    if "позапрошл" in w:
        return -2
    if PAST_YEAR_WORD_RE.search(w):
        return -1
    if NEXT_YEAR_WORD_RE.search(w):  # "келер айда": the coming month
        return 1
    return 0


def _year_of(piece: _Piece, ref: dt.date | None) -> tuple[int | None, bool]:
    """(year, resolved) of a year-giving piece."""
    if piece.kind == "year":
        return _year_in(piece.m), True
    if piece.kind == "rel_year":
        if ref is None:
            return None, False
        return ref.year + rel_year_delta(piece.m.group("rel")), True
    return None, True


# "аналогичным периодом", "the same period" right before the year
SAME_PERIOD_END_RE = CI(r"(?i)(?:аналогичн\w+|соответствующ\w+|same|corresponding)\s+период\w*\s*$")


def _compared_year(text: str, p: _Piece) -> str | None:
    """How a year is compared with: "year_before" when it is the base of a year-on-year comparison
    ("the same period of 2022", "по сравнению с прошлым годом", "өткен жылмен салыстырғанда",
    "2022 жылдың сәйкес кезеңімен"), "other" for another compared year ("compared with 2015"),
    None when it is no comparison."""
    if _mark_comparison(text, TimeExpr(p.start, p.end, "span", None, None)).kind != "compare":
        return None
    before = text[max(0, p.start - 60):p.start]
    if p.kind == "rel_year" or SAME_PERIOD_BEFORE_RE.search(before) or SAME_PERIOD_AFTER_RE.match(text, p.end) \
            or SAME_PERIOD_END_RE.search(before):
        return "year_before"
    return "other"


# "аналогичным периодом", "соответствующим периодом", "the same period of": left out before a comparison cue
SAME_PERIOD_RE = CI(r"(?i)(аналогичным|соответствующим|same|corresponding)\s+период\w*\s*|"
                    r"the\s+same\s+period\s+(?:of|in)\s*")
# "аналогичного периода", "соответствующего периода", "same/corresponding период" anywhere between
SAME_PERIOD_WORDS_RE = CI(r"(?i)(?:аналогичн\w+|соответствующ\w+|same|corresponding)\s+период")


def _before_comparison(text: str, sub: _Piece, year: _Piece, compared: str | None) -> bool:
    """A year compared with, after its sub-year period: "за первый квартал вырос в 3 раза по сравнению
    с прошлым годом" (not "первый квартал 2023 года по сравнению с ..." where the year comes first)."""
    return compared is not None and year.start > sub.end and bool(
        COMPARE_BEFORE_RE.search(SAME_PERIOD_RE.sub("", text[sub.end:year.start]))
        or SAME_PERIOD_WORDS_RE.search(text[sub.end:year.start]))


def _sub_year_span(p: _Piece, year: int) -> tuple[dt.date, dt.date] | None:
    k = p.kind
    if k == "month_range":
        a, b = month_number(p.m.group("m1")), month_number(p.m.group("m2"))
        return dt.date(year, a, 1), month_end(year + 1 if b < a else year, b)  # "October-March" turns the year
    if k == "months_n":
        n = _num_in(p.m)
        if not n or n > 12:
            return None
        return dt.date(year, 1, 1), month_end(year, n)
    if k == "quarters_n":
        n = QUARTERS_COUNT[next(g for g in p.m.groups() if g).lower()]
        return dt.date(year, 1, 1), month_end(year, 3 * n)
    if k == "half1":
        return dt.date(year, 1, 1), dt.date(year, 6, 30)
    if k == "half2":
        return dt.date(year, 7, 1), dt.date(year, 12, 31)
    if k == "quarter":
        qn = p.m.groupdict().get("qn") or p.m.groupdict().get("qk")
        q = int(qn) if qn else next(n for rx, n in QUARTER_NUMBERS if rx.match(p.m.group("q") or p.m.group("k")))
        return dt.date(year, 3 * q - 2, 1), month_end(year, 3 * q)
    if k == "month":
        mm = month_number(p.m.group("m"))
        return dt.date(year, mm, 1), month_end(year, mm)
    return None


def _fiscal_span(p: _Piece) -> TimeExpr:
    """A fiscal year spans the months given beside it, from its first year ("FY 2024-25 (April-March)":
    2024-04-01..2025-03-31; "(July-June)" of "2023/24": 2023-07-01..2024-06-30). Without the months its
    span is unknown (fiscal years start in different months in different countries): unresolved, so
    no calendar year is put in its place, until the country it is of is known (``fiscal_span``)."""
    if p.m.group("yy"):
        y2 = 2000 + int(p.m.group("yy"))
        if p.months is None:
            return TimeExpr(p.start, p.end, "span", None, None, resolved=False, fiscal=(y2 - 1, y2))
        a, b = month_number(p.months.group("m1")), month_number(p.months.group("m2"))
        return TimeExpr(p.start, p.end, "span", dt.date(y2 - 1 if b < a else y2, a, 1), month_end(y2, b))
    y1 = int(p.m.group("y1") or p.m.group("y1b"))
    if p.months is None:
        y2 = p.m.group("y2") or p.m.group("y2b")
        y2n = None if y2 is None else int(y2) if len(y2) == 4 else y1 // 100 * 100 + int(y2)
        return TimeExpr(p.start, p.end, "span", None, None, resolved=False, fiscal=(y1, y2n))
    a, b = month_number(p.months.group("m1")), month_number(p.months.group("m2"))
    y2 = y1 + 1 if b < a else y1
    return TimeExpr(p.start, p.end, "span", dt.date(y1, a, 1), month_end(y2, b))


def fiscal_span(fy: tuple[int, int | None], iso3: str | None) -> tuple[dt.date, dt.date] | None:
    """The span of a fiscal year named without months, by the country's fiscal calendar (seeds/fiscal_years.csv):
    Pakistan's "FY 2023-24" is 2023-07-01..2024-06-30, Japan's "FY2024" 2024-04-01..2025-03-31, the US "FY2024"
    2023-10-01..2024-09-30. None for a country with no fiscal calendar listed or a name that does not fit it."""
    cal = fiscal_years().get(iso3 or "")
    if cal is None:
        return None
    start_month, single = cal
    y1, y2 = fy
    if y2 is not None:
        if y2 != y1 + 1:
            return None
        first = y1
    else:
        first = y1 if single == "start" else y1 - 1
    end_y, end_m = (first + 1, start_month - 1) if start_month > 1 else (first, 12)
    return dt.date(first, start_month, 1), month_end(end_y, end_m)


# a month and the year told after it stand close ("в январе этого года", "January of this year"); farther, the
# month is when someone spoke of that year ("В марте министр заявил, что в этом году ...")
MONTH_YEAR_GAP = 5
SHORT_ASIDE_RE = re.compile(r"\([^()]{1,8}\)")
SUB_YEAR = {"month_range", "months_n", "quarters_n", "half1", "half2", "quarter", "month"}
QUARTERS_COUNT = {"два": 2, "две": 2, "двух": 2, "екі": 2, "two": 2, "три": 3, "трех": 3, "трёх": 3, "үш": 3, "three": 3}


# a full stop, a semicolon or a digit
STOP_OR_DIGIT_RE = re.compile(r"[.;]|\d")


def find_times(text: str, ref: dt.date | None = None) -> list[TimeExpr]:
    """Time expressions of ``text`` (one sentence), resolved against ``ref`` (publication date)."""
    pieces = _pieces(text)
    partner: dict[int, int] = {}  # sub-year piece -> the year piece it combines with
    after_base: dict[int, int] = {}  # sub-year piece -> the compared year it is the year after
    compared = {j: _compared_year(text, p) for j, p in enumerate(pieces) if p.kind in ("year", "rel_year")}
    for i, p in enumerate(pieces):
        if p.kind not in SUB_YEAR:
            continue
        # the nearer year of the two beside it, never across a figure: "$6,4 млрд в прошлом году и $4,9 млрд
        # за восемь месяцев этого года" (eight months of this year, not of last year)
        near = sorted((j for j in (i - 1, i + 1) if 0 <= j < len(pieces)),
                      key=lambda j: len(text[min(p.end, pieces[j].end):max(p.start, pieces[j].start)]))
        for j in near:
            if j not in partner.values() and pieces[j].kind in ("year", "rel_year") \
                    and not _before_comparison(text, p, pieces[j], compared[j]):
                gap = text[min(p.end, pieces[j].end):max(p.start, pieces[j].start)]
                gap = SHORT_ASIDE_RE.sub(" ", gap)  # "first nine months (9M) of 2023"
                if len(gap) <= (30 if p.kind != "month" or pieces[j].start < p.start else MONTH_YEAR_GAP) \
                        and not STOP_OR_DIGIT_RE.search(gap):
                    partner[i] = j
                    break
    # one sub-year piece and one year left apart in the sentence belong together:
    # "This year, trade increased by 13% to $757 million in seven months"; when that year is the
    # compared one ("за девять месяцев ... по сравнению с аналогичным периодом 2022 года"), the
    # period is of the year after it. A year after the sub-year piece's figure is that of a figure of
    # its own: "за девять месяцев составили $14,2 млн, а за весь 2024 год – $9,8 млн"
    # A month only after its year ("This year the trend goes on: according to Destatis, in January imports
    # rose 40%"), with no day (a day is an event's date: "12 января", "January 12"): a month told first is
    # when someone spoke ("В марте министр заявил, что в этом году ...")
    lone_sub = [i for i, p in enumerate(pieces) if p.kind in SUB_YEAR and i not in partner
                and not (p.kind == "month" and DIGIT_RE.search(text[max(0, p.start - 4):p.end + 4]))]
    lone_year = [j for j, p in enumerate(pieces) if p.kind in ("year", "rel_year") and j not in partner.values()]
    if len(lone_sub) == 1 and len(lone_year) == 1 \
            and not (pieces[lone_sub[0]].kind == "month" and pieces[lone_sub[0]].start < pieces[lone_year[0]].start) \
            and not STOP_RE.search(text[min(pieces[lone_sub[0]].end, pieces[lone_year[0]].end):max(pieces[lone_sub[0]].start, pieces[lone_year[0]].start)]) \
            and not (pieces[lone_year[0]].start > pieces[lone_sub[0]].end
                     and DIGIT_RE.search(text[pieces[lone_sub[0]].end:pieces[lone_year[0]].start])):
        i, j = lone_sub[0], lone_year[0]
        if compared[j] == "year_before":
            after_base[i] = j
        elif compared[j] is None:
            partner[i] = j
    claimed = set(partner.values())
    out: list[TimeExpr] = []
    for i, p in enumerate(pieces):
        if i in claimed:
            continue
        k = p.kind
        if k in SUB_YEAR:
            year_idx = partner.get(i)
            if year_idx is None and p.of is not None:  # "во втором": the year of the quarter named in full
                year_idx = next((partner.get(j) for j, q in enumerate(pieces) if q is p.of), None)
            if k == "month" and year_idx is None:
                continue  # a bare month name is an event date, not a period
            if year_idx is not None:
                y, resolved = _year_of(pieces[year_idx], ref)
                s, e = min(p.start, pieces[year_idx].start), max(p.end, pieces[year_idx].end)
            elif i in after_base:
                y, resolved = _year_of(pieces[after_base[i]], ref)
                y, s, e = (y + 1 if y else None), p.start, p.end
            else:
                y, resolved, s, e = None, False, p.start, p.end
                if ref is not None:  # yearless "January-September": the latest such period before ref
                    for cand in (ref.year, ref.year - 1):
                        span = _sub_year_span(p, cand)
                        if span and span[1] <= ref + dt.timedelta(days=45):
                            y, resolved = cand, True
                            break
            span = _sub_year_span(p, y) if y else None
            months = None
            if span is None:
                some = _sub_year_span(p, 2001)
                months = (some[0].month, some[1].month) if some and some[0].year == some[1].year else None
            out.append(TimeExpr(s, e, "span", *(span or (None, None)), resolved=resolved and span is not None, yearless=months))
        elif k in ("year", "rel_year"):
            y, resolved = _year_of(p, ref)
            span = (dt.date(y, 1, 1), dt.date(y, 12, 31)) if y else (None, None)
            out.append(TimeExpr(p.start, p.end, "span", *span, resolved=resolved, year_only=True))
        elif k == "fiscal":
            out.append(_fiscal_span(p))
        elif k == "year_part_range":
            y1, y2 = int(p.m.group("y1")), int(p.m.group("y2a") or p.m.group("y2b"))
            n = next((k2 for r, k2 in QUARTER_NUMBERS if r.match(p.m.group("oA") or p.m.group("oB"))), None)
            size = 6 if HALF_WORD_RE.match(p.m.group("uA") or p.m.group("uB")) else 3
            if n and y1 < y2 and n * size <= 12:
                out.append(TimeExpr(p.start, p.end, "span", dt.date(y1, 1, 1), month_end(y2, n * size)))
        elif k == "year_month_range":
            y1, y2 = int(p.m.group("y1")), int(p.m.group("y2a") or p.m.group("y2b"))
            mon = month_number(p.m.group("mA") or p.m.group("mB"))
            day = next((int(d) for d in (p.m.group("dA"), p.m.group("dA2"), p.m.group("dB")) if d), None)
            if mon and y1 < y2:
                end = month_end(y2, mon)
                if day and day < end.day:
                    end = end.replace(day=day)
                out.append(TimeExpr(p.start, p.end, "span", dt.date(y1, 1, 1), end))
        elif k == "year_range":
            y1, y2 = sorted(int(y) for y in YEAR_IN_RE.findall(p.m.group()))[:2] if len(YEAR_IN_RE.findall(p.m.group())) >= 2 else (None, None)
            if y1:
                out.append(TimeExpr(p.start, p.end, "span", dt.date(y1, 1, 1), dt.date(y2, 12, 31)))
        elif k == "since":
            y = _year_in(p.m)
            out.append(TimeExpr(p.start, p.end, "since", dt.date(y, 1, 1), None))
        elif k == "since_ytd":
            out.append(TimeExpr(p.start, p.end, "since", dt.date(ref.year, 1, 1) if ref else None, None, resolved=ref is not None))
        elif k == "by":
            y = _year_in(p.m)
            out.append(TimeExpr(p.start, p.end, "by", None, dt.date(y, 12, 31)))
        elif k == "last_n":
            n = _num_in(p.m)
            start = dt.date(ref.year - n, 1, 1) if ref and n else None
            out.append(TimeExpr(p.start, p.end, "since", start, None, resolved=start is not None))
        elif k == "ago":
            n = _num_in(p.m)
            y = ref.year - n if ref and n else None
            span = (dt.date(y, 1, 1), dt.date(y, 12, 31)) if y else (None, None)
            out.append(TimeExpr(p.start, p.end, "span", *span, resolved=y is not None, year_only=True))
    return [_mark_comparison(text, t) for t in out]


# "over" before a span shorter than a year is its duration ("over nine months of this year the turnover
# grew"); before a year or "the same period" it is the base ("up 9% over 2021")
DURING_OVER_RE = CI(r"(?i)over\s*")


def _within_year(t: TimeExpr) -> bool:
    return not t.year_only and t.period_start is not None and t.period_end is not None \
        and (t.period_end - t.period_start).days < 360  # up to eleven months, not a whole year


# a short bracketed aside right after a time: "2023 года (январь-декабрь)"
LEADING_BRACKETS_RE = re.compile(r"^\s*\([^()]{0,40}\)")
# "в сравнении с", "compared with", "against" right before a "since" time
COMPARED_BEFORE_RE = CI(r"(?i)(?:сравнени\w*|compared|against)\s*$")
# Kazakh "мен салыстырғанда" after the time: "2022 жылмен салыстырғанда"
KK_COMPARED_AFTER_RE = re.compile(r"^\s*(?:мен|пен|бен)\s+салыстыр")


def _mark_comparison(text: str, t: TimeExpr) -> TimeExpr:
    before = text[max(0, t.start - 60):t.start]
    # the base's figure may stand in brackets between the year and the comparison word:
    # "2023 жылмен (131,6 млн долл.) салыстырғанда", "по сравнению с 2023 годом ($131,6 млн)"
    after = LEADING_BRACKETS_RE.sub("", text[t.end:t.end + 100])[:60]
    if t.kind == "since" and COMPARED_BEFORE_RE.search(before):
        y = t.period_start.year  # "по сравнению с 2017 г.": the compared year, not "since 2017"
        return TimeExpr(t.start, t.end, "compare", dt.date(y, 1, 1), dt.date(y, 12, 31), True, True)
    cue = COMPARE_BEFORE_RE.search(SAME_PERIOD_RE.sub("", before))
    if cue and DURING_OVER_RE.fullmatch(cue.group()) and _within_year(t):
        cue = None  # "over eight months of 2025", "over the first half": during, not compared with
    if SAME_PERIOD_BEFORE_RE.search(before) or SAME_PERIOD_AFTER_RE.match(after) or cue \
            or COMPARE_AFTER_RE.match(after) or KK_COMPARED_AFTER_RE.match(after):
        return TimeExpr(t.start, t.end, "compare", t.period_start, t.period_end, t.resolved, t.year_only)
    return t


# the time the sentence before spoke of, said anywhere in a clause: "тогда же", "at that time", "сол кезде"
THEN_WORDS = (r"тогда(?:\s+же)?(?!\s+как)|в\s+то\s+(?:же\s+)?время|в\s+тот\s+раз|at\s+that\s+time|on\s+that\s+occasion|"
              r"сол\s+кезде|ол\s+кезде|сол\s+уақытта|ол\s+уақытта|сол\s+жолы|"
              # the trip told just before, by a demonstrative of distance: "Сол сапар кезінде", "во время того визита",
              # "during that visit" (not "this visit": the one under way)
              r"сол\s+сапар\w*|(?:того|тех)\s+(?:же\s+)?визит\w*|(?:that|the\s+same)\s+(?:visit|trip)")
# ... and opening a sentence, where "Then", "At the time" and "Сонда" say the same: "Тогда ...", "Сол кезде ..."
THEN_RE = CI(rf"(?i)^\W*(?:then|at\s+the\s+time|сонда|{THEN_WORDS})\b")


# "by 2030", "до 2030 года", "2030 жылға дейін/қарай": a horizon, not a year the article lives in
HORIZON_BEFORE_RE = CI(r"(?i)(?:\bby|\buntil|\bдо|\bк)\s*$")
HORIZON_AFTER_RE = CI(r"(?i)^\s*[-‐]?\s*(?:жылға|жылдарға|годам?\b|year\b)?\s*(?:дейін|қарай|шейін|дейінгі|қарайғы)")


def is_horizon(text: str, year: re.Match) -> bool:
    """The year is the end of a plan or goal ("до 2028 года", "by 2030", "2030 жылға дейін"), not a time things happen."""
    return bool(HORIZON_BEFORE_RE.search(text, max(0, year.start() - 8), year.start())
                or HORIZON_AFTER_RE.match(text[year.end():year.end() + 30]))


# "по итогам 2017 года", "2024 жылдың қорытындысы бойынша", "results for 2022", "за 2023 год": a year already over
COMPLETED_BEFORE_RE = CI(r"(?i)(?<!\w)(?:по\s+итогам|итоги|results\s+(?:of|for)|for\s+(?:the\s+(?:whole\s+|full\s+)?year\s+)?|"
                                 r"за(?:\s+весь)?)\s*$")
COMPLETED_AFTER_RE = CI(r"(?i)^\s*[-‐]?\s*(?:жыл(?:дың|ғы)\s+қорытынды\w*|год(?:а)?\b(?!\s+(?:по|до)\b)|г\.)")
# "прошлогоднего визита", "в прошлом году", "былтыр", "last year": a year before the article's
LAST_YEAR_RE = CI(r"(?i)(?:прошлогодн\w+|в\s+прошлом\s+году|прошлого\s+года|былтыр\w*|өткен\s+жыл\w*|last\s+year)")


# a dash right before a year: a range's second end, "2023–2025"
DASH_BEFORE_RE = re.compile(r"[-–—]\s*$")
# "жылдың қорытындысы бойынша": the year's results
KK_YEAR_RESULTS_AFTER_RE = CI(r"(?i)\s*[-‐]?\s*жылдың\s+қорытынды")
# the blanks after a sentence's end
SENTENCE_SPLIT_RE = re.compile(r"(?<=[.!?])\s+")


def latest_stated_year(text: str) -> int | None:
    """The year an article without a publication date most likely comes from (its events' days then
    get that year, flagged as inferred): the latest year it speaks of, one later than a year whose
    results it reports ("по итогам 2017 года", "2024 жылдың қорытындысы бойынша") or that it calls
    last year ("прошлогоднего визита ... в июле 2017 года"). Horizons ("by 2030", "до 2030 года",
    "2030 жылға дейін") and the ends of plans ("2025-2027 жылдарға арналған") do not count."""
    best = None
    for m in YEAR_IN_RE.finditer(text):
        before, after = text[max(0, m.start() - 30):m.start()], text[m.end():m.end() + 30]
        if HORIZON_BEFORE_RE.search(before) or HORIZON_AFTER_RE.match(after) or DASH_BEFORE_RE.search(before):
            continue
        y = int(m.group())
        if COMPLETED_BEFORE_RE.search(before) and COMPLETED_AFTER_RE.match(after) or \
                KK_YEAR_RESULTS_AFTER_RE.match(after):
            y += 1
        best = y if best is None else max(best, y)
    for sentence in SENTENCE_SPLIT_RE.split(text) if LAST_YEAR_RE.search(text) else ():
        years = {int(x.group()) for x in YEAR_IN_RE.finditer(sentence)}
        # "in January-July 2025 ... up 7.4% on the same period last year": the base of this year's figure
        last = [x for x in LAST_YEAR_RE.finditer(sentence)
                if not SAME_PERIOD_BEFORE_RE.search(sentence, 0, x.start()) and not SAME_PERIOD_AFTER_RE.match(sentence, x.end())]
        if len(years) == 1 and last:
            best = max(best or 0, years.pop() + 1)
    return best
