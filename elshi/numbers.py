"""Money amounts, percentages and multipliers in kk/ru/en text.

"4,2 млрд. АҚШ долл.", "$1,3 млрд", "1 миллиард 450 миллион долларға", "200 млн-ға жуық",
"612,4 mıllıon dollar", "$2.046 billion", "1.2 trillion roubles", "жарты миллиард доллар",
"7,7%", "6%-ға", "32 пайыз", "2,5 есеге", "в 2,1 раза".
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from elshi.text import CI

SPACE = r"[ \u00a0\u202f\u2009]"
NUMBER = rf"\d{{1,3}}(?:{SPACE}\d{{3}})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?"

# scale word -> multiplier; "мллрд" and Latin-script Kazakh spellings included.
SCALES = (
    (r"трлн|триллион\w*|trillion\w*|trln|tn", 1e12),
    (r"мл+н?рд|миллиард\w*|mlrd|m[ıi]ll[ıi]ard\w*|billion\w*|bln|bn", 1e9),
    (r"млн|миллион\w*|m[ıi]ll[ıi]on\w*|million\w*|mln|mn", 1e6),
    (r"мың\w*|тыс\.?|тысяч\w*|thousand\w*", 1e3),
)
SCALE = "|".join(f"(?:{p})" for p, _ in SCALES)

# currency pattern -> ISO 4217 (checked in order)
CURRENCIES = (
    (r"\$|US\$|USD|АҚШ\s+долл\w*|долл\w*\.?\s+США|долл\w*|dollar\w*|U\.?S\.?\s+dollar\w*|US\s+dollar\w*", "USD"),
    (r"€|EUR\b|евро|euro\w*", "EUR"),
    (r"₽|RUB\b|рубл\w*|руб\.?|roubles?|rubles?", "RUB"),
    (r"₸|KZT\b|теңге\w*|тенге|tenge", "KZT"),
    (r"¥|CNY\b|юан\w*|yuan", "CNY"),
)
CURRENCY_AFTER = "|".join(f"(?:{p})" for p, _ in CURRENCIES)
CURRENCY_BEFORE = r"US\$|\$|USD|€|EUR|₸|KZT|₽|RUB|CNY"
# Kazakh case ending glued to a number or scale: "млрд-қа", "$20 млрд-тан", "200-ге".
_KK_ENDINGS = ("тан", "тен", "дан", "ден", "нан", "нен", "ның", "нің", "тың", "тің", "дың", "дің", "қа", "ке",
               "ға", "ге", "та", "те", "да", "де", "ты", "ті", "ды", "ді", "ны", "ні", "ын", "ін", "ы", "і", "а", "е")
KK_GLUE = rf"(?:[-‐]?(?:{'|'.join(_KK_ENDINGS)})(?!\w))?"
HALF = r"жарты|пол|half\s+a"

AMOUNT_RE = CI(
    rf"(?P<pre>(?:{CURRENCY_BEFORE}){SPACE}?)?"
    rf"(?:(?P<num>{NUMBER})|(?P<half>{HALF}))\s?(?P<scale>{SCALE})\.?{KK_GLUE}"
    rf"(?:{SPACE}(?P<num2>\d{{1,3}}(?:[.,]\d+)?){SPACE}?(?P<scale2>{SCALE})\.?{KK_GLUE})?"
    rf"(?:{SPACE}*(?P<cur>{CURRENCY_AFTER})\.?)?"
    rf"|(?P<pre2>{CURRENCY_BEFORE}){SPACE}?(?P<num3>{NUMBER})(?!\s?(?:{SCALE}))"
    rf"|(?P<num4>{NUMBER}){SPACE}?(?P<cur4>{CURRENCY_AFTER})"
)

RANGE_LOW_RE = re.compile(r"(?<![\d.,])(\d+(?:[.,]\d+)?)[-–]$")

PERCENT_RE = CI(
    rf"(?P<sign>[+\-−–])?(?P<num>\d+(?:[.,]\d+)?){SPACE}?(?:%|процент\w*|пайыз\w*|percent\w*|per{SPACE}cent)"
)
MULTIPLIER_RE = CI(
    r"(?P<num>\d+(?:[.,]\d+)?|екі|үш|два|две|три|two|three)\s?(?:есе\w*|раз[а]?\b|times\b|-?fold\b)"
    r"|(?P<double>вдвое|doubled|екі\s+еселен\w*)"
)
WORD_NUMBERS = {"екі": 2, "үш": 3, "два": 2, "две": 2, "три": 3, "two": 2, "three": 3}


@dataclass(frozen=True)
class Amount:
    start: int
    end: int
    value: float  # in units of ``currency``
    currency: str | None  # None: a scaled number with no currency written ("3 млрд.")


@dataclass(frozen=True)
class Percent:
    start: int
    end: int
    value: float
    signed: bool  # written with an explicit + or -


@dataclass(frozen=True)
class Multiplier:
    start: int
    end: int
    factor: float


def parse_number(s: str, decimal_comma: bool = True) -> float:
    """'4,2' -> 4.2; '1 450' -> 1450; '2.046' -> 2.046; '1,300' (English) -> 1300."""
    s = re.sub(SPACE, "", s)
    if "," in s and "." in s:
        s = s.replace(",", "")
    elif "," in s:
        whole, frac = s.rsplit(",", 1)
        if not decimal_comma and len(frac) == 3:
            s = whole + frac
        else:
            s = whole + "." + frac
    return float(s)


def _scale(word: str) -> float:
    for pattern, mult in SCALES:
        if re.fullmatch(pattern, word, re.IGNORECASE):
            return mult
    return 1.0


def _currency(word: str | None) -> str | None:
    if not word:
        return None
    for pattern, code in CURRENCIES:
        if re.fullmatch(pattern, word.strip(), re.IGNORECASE):
            return code
    return None


def find_amounts(text: str, decimal_comma: bool = True) -> list[Amount]:
    out = []
    for m in AMOUNT_RE.finditer(text):
        g = m.groupdict()
        if g["num"] is not None or g["half"] is not None:
            base = 0.5 if g["half"] else parse_number(g["num"], decimal_comma)
            value = base * _scale(g["scale"])
            if g["num2"]:
                value += parse_number(g["num2"], decimal_comma) * _scale(g["scale2"])
            cur = _currency(g["pre"]) or _currency(g["cur"])
            if cur is None and _scale(g["scale"]) < 1e6:
                continue  # "12,5 мың" jobs, "22 тысяч" places: not money
        elif g["num3"] is not None:
            value, cur = parse_number(g["num3"], decimal_comma), _currency(g["pre2"])
            if value < 100_000:
                continue  # "USD 468.56" exchange-rate tickers are not trade figures
        else:
            value, cur = parse_number(g["num4"], decimal_comma), _currency(g["cur4"])
            if value < 1000:
                continue  # "468.56 USD" tickers and bare small sums are not trade figures
        value = float(round(value)) if value >= 1000 else value  # 2.046 * 1e9 without float noise
        end = m.end()
        while end > m.start() and text[end - 1] in " \u00a0":
            end -= 1
        lo = RANGE_LOW_RE.search(text, 0, m.start())
        if lo and g["num"] is not None:  # "50-60 миллион доллар": the lower bound is a figure too
            low = parse_number(lo.group(1), decimal_comma) * value / parse_number(g["num"], decimal_comma)
            out.append(Amount(lo.start(1), end, low, cur))
        out.append(Amount(m.start(), end, value, cur))
    return out


def find_percents(text: str) -> list[Percent]:
    out = []
    for m in PERCENT_RE.finditer(text):
        v = parse_number(m.group("num"))
        sign = m.group("sign")
        if sign and sign in "-−" and (m.start() == 0 or not text[m.start() - 1].isdigit()):
            v = -v
        elif sign and sign in "–-" and m.start() > 0 and text[m.start() - 1].isdigit():
            sign = None  # a range "5-7%"
        out.append(Percent(m.start(), m.end(), v, bool(sign)))
    return out


def find_multipliers(text: str) -> list[Multiplier]:
    out = []
    for m in MULTIPLIER_RE.finditer(text):
        if m.group("double"):
            f = 2.0
        else:
            raw = m.group("num").lower()
            f = float(WORD_NUMBERS[raw]) if raw in WORD_NUMBERS else parse_number(raw)
        if f <= 1:
            continue
        out.append(Multiplier(m.start(), m.end(), f))
    return out
