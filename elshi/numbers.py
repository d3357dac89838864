"""Money amounts, percentages and multipliers in kk/ru/en text.

"4,2 млрд. АҚШ долл.", "$1,3 млрд", "1 миллиард 450 миллион долларға", "200 млн-ға жуық",
"612,4 mıllıon dollar", "$2.046 billion", "1.2 trillion roubles", "жарты миллиард доллар",
"7,7%", "6%-ға", "32 пайыз", "2,5 есеге", "в 2,1 раза".
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from elshi.text import CI, WORD_CHAR_RE

SPACE = r"[ \u00a0\u202f\u2009]"
# groups of three by spaces ("1 234,5"), by commas before a decimal point ("1,234.5") or by dots before a decimal
# comma ("1.234,5"), by two commas or more ("12,345,678"); else a plain number with a decimal comma or point
NUMBER = (rf"\d{{1,3}}(?:{SPACE}\d{{3}})+(?:[.,]\d+)?|\d{{1,3}}(?:,\d{{3}})+\.\d+|\d{{1,3}}(?:\.\d{{3}})+,\d+|"
          rf"\d{{1,3}}(?:,\d{{3}}){{2,}}(?![.,]?\d)|\d+(?:[.,]\d+)?")

# scale word -> multiplier; "мллрд" and Latin-script Kazakh spellings included.
SCALES = (
    (r"трлн|триллион\w*|trillion\w*|trln|tn", 1e12),
    (r"мл+н?рд|миллиард\w*|mlrd|m[ıi]ll[ıi]ard\w*|billion\w*|bln|bn", 1e9),
    (r"млн|миллион\w*|m[ıi]ll[ıi]on\w*|million\w*|mln|mn|(?<=\d)m(?!\w|[.,]\d)", 1e6),
    (r"мың\w*|тыс\.?|тысяч\w*|thousand\w*", 1e3),
)
SCALE = "|".join(f"(?:{p})" for p, _ in SCALES)
SCALE_RES = tuple((CI(p), mult) for p, mult in SCALES)  # compiled once

# currency pattern -> ISO 4217 (checked in order)
CURRENCIES = (
    (r"\$|US\$|USD|АҚШ\s+долл\w*|долл\w*\.?\s+США|долл\w*|dollar\w*|U\.?S\.?\s+dollar\w*|US\s+dollar\w*|"
     r"американск\w+\s+долл\w*|american\s+dollar\w*", "USD"),
    (r"€|EUR\b|евро|euro\w*|еуро\w*", "EUR"),  # Kazakh "еуро", "еуроны"
    (r"₽|RUB\b|рубл\w*|руб\.?|roubles?|rubles?", "RUB"),
    (r"₸|KZT\b|теңге\w*|тенге|tenge", "KZT"),
    (r"¥|CNY\b|юан\w*|yuan", "CNY"),
    # partners' currencies: a figure in them is no dollar figure ("RM1.52 billion (USD333.4 million)")
    (r"RM|MYR\b|ринггит\w*|ringgits?", "MYR"),
    (r"₺|TRY\b|турецк\w+\s+лир\w*|Turkish\s+lir[as]+|лира\w*", "TRY"),
    (r"AED\b|дирхам\w*|dirhams?", "AED"),
    (r"₹|INR\b|рупи\w*|rupees?", "INR"),
    (r"£|GBP\b|фунт\w*\s+стерлинг\w*|pounds?\s+sterling", "GBP"),
    (r"EGP\b|египетск\w+\s+фунт\w*|Egyptian\s+pounds?", "EGP"),
    (r"JPY\b|иен\w*|йен\w*|yen", "JPY"),
    (r"₩|KRW\b|вон\b|вон\w{1,2}\b|won\b", "KRW"),
    (r"HUF\b|форинт\w*|forints?", "HUF"),
    (r"PLN\b|злот\w*|zlot[yi]s?", "PLN"),
    (r"UZS\b|сум(?:ов|а|ы)?\b|сўм\w*|soums?", "UZS"),
    (r"KGS\b|сом(?:ов|а|ы)?\b|soms?\b", "KGS"),
    (r"AZN\b|манат\w*|manats?", "AZN"),
    (r"GEL\b|лари\b|lari\b", "GEL"),
    # the Qatari riyal, "QR 287 million" as Qatar's own outlets write it (not "QR code")
    (r"QAR\b|QR(?=\s?\d|$)|катарск\w+\s+риал\w*|катарск\w+\s+риял\w*|Qatari\s+riyals?", "QAR"),
    (r"SAR\b|риал\w*|риял\w*|riyals?", "SAR"),
    (r"CHF\b|швейцарск\w+\s+франк\w*|Swiss\s+francs?", "CHF"),
    # other dollars: "C$187 million", "A$2 billion", "Canadian dollars", "канадских долларов"
    (r"C\$|CA\$|Can\$|CAD\b|Canadian\s+dollars?|канадск\w+\s+долл\w*|канада\s+доллар\w*", "CAD"),
    (r"A\$|AU\$|AUD\b|Australian\s+dollars?|австралийск\w+\s+долл\w*|аустралия\s+доллар\w*", "AUD"),
    (r"HK\$|HKD\b|Hong\s+Kong\s+dollars?|гонконгск\w+\s+долл\w*", "HKD"),
    (r"S\$|SGD\b|Singapore\s+dollars?|сингапурск\w+\s+долл\w*", "SGD"),
    (r"NZ\$|NZD\b|New\s+Zealand\s+dollars?|новозеландск\w+\s+долл\w*", "NZD"),
)
CURRENCY_AFTER = "|".join(f"(?:{p})" for p, _ in CURRENCIES)
CURRENCY_RES = tuple((CI(p), code) for p, code in CURRENCIES)  # compiled once
CURRENCY_BEFORE = r"US\$|C\$|CA\$|Can\$|CAD|A\$|AU\$|AUD|HK\$|HKD|S\$|SGD|NZ\$|NZD|\$|USD|€|EUR|₸|KZT|₽|RUB|CNY|RM|MYR|₺|TRY|AED|₹|INR|£|GBP|EGP|JPY|₩|KRW|HUF|PLN|SAR|QAR|QR|CHF"
# Kazakh case ending glued to a number or scale: "млрд-қа", "$20 млрд-тан", "200-ге".
_KK_ENDINGS = ("тан", "тен", "дан", "ден", "нан", "нен", "ның", "нің", "тың", "тің", "дың", "дің", "қа", "ке",
               "ға", "ге", "та", "те", "да", "де", "ты", "ті", "ды", "ді", "ны", "ні", "ын", "ін", "ы", "і", "а", "е")
_KK_ENDING = "|".join(_KK_ENDINGS)
KK_GLUE = rf"(?:[-‐]?(?:{_KK_ENDING})(?!\w))?"
# the same, kept as the group "case": a figure in a case ("668 млн-нан 872 млн") ends there, the next is another
KK_GLUE_CASE = rf"(?:[-‐]?(?P<case>{_KK_ENDING})(?!\w))?"
HALF = r"жарты|пол|half\s+a"
# Numbers written as words before a scale ("одного миллиарда", "екі жүз елу миллион", "two hundred and fifty
# million", "полтора миллиарда", "екі жарым миллиард"): units, teens, tens and hundreds of kk, ru and en, read as
# a sum in which a hundred word multiplies what stands before it ("екі жүз" 200, "two hundred" 200; the Russian
# hundreds are single words, "двести").
NUMBER_WORDS = {
    # Kazakh
    "бір": 1, "екі": 2, "үш": 3, "төрт": 4, "бес": 5, "алты": 6, "жеті": 7, "сегіз": 8, "тоғыз": 9, "он": 10,
    "жиырма": 20, "отыз": 30, "қырық": 40, "елу": 50, "алпыс": 60, "жетпіс": 70, "сексен": 80, "тоқсан": 90,
    # Russian, with the case forms a number takes before "миллиард(а/ов)"
    "один": 1, "одного": 1, "одному": 1, "одним": 1, "одна": 1, "одной": 1, "одну": 1,
    "два": 2, "две": 2, "двух": 2, "двум": 2, "три": 3, "трех": 3, "трёх": 3, "трем": 3, "трём": 3,
    "четыре": 4, "четырех": 4, "четырёх": 4, "пять": 5, "пяти": 5, "шесть": 6, "шести": 6, "семь": 7, "семи": 7,
    "восемь": 8, "восьми": 8, "девять": 9, "девяти": 9, "десять": 10, "десяти": 10,
    "одиннадцать": 11, "двенадцать": 12, "тринадцать": 13, "четырнадцать": 14, "пятнадцать": 15,
    "шестнадцать": 16, "семнадцать": 17, "восемнадцать": 18, "девятнадцать": 19,
    "одиннадцати": 11, "двенадцати": 12, "тринадцати": 13, "четырнадцати": 14, "пятнадцати": 15,
    "шестнадцати": 16, "семнадцати": 17, "восемнадцати": 18, "девятнадцати": 19,
    "двадцать": 20, "двадцати": 20, "тридцать": 30, "тридцати": 30, "сорок": 40, "сорока": 40,
    "пятьдесят": 50, "пятидесяти": 50, "шестьдесят": 60, "шестидесяти": 60, "семьдесят": 70, "семидесяти": 70,
    "восемьдесят": 80, "восьмидесяти": 80, "девяносто": 90, "девяноста": 90,
    "сто": 100, "ста": 100, "двести": 200, "двухсот": 200, "триста": 300, "трехсот": 300, "трёхсот": 300,
    "четыреста": 400, "четырехсот": 400, "четырёхсот": 400, "пятьсот": 500, "пятисот": 500,
    "шестьсот": 600, "шестисот": 600, "семьсот": 700, "семисот": 700, "восемьсот": 800, "восьмисот": 800,
    "девятьсот": 900, "девятисот": 900,
    "полтора": 1.5, "полутора": 1.5,
    # English
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}
HUNDRED_WORDS = ("жүз", "hundred")  # multiply the number before them, or stand for a hundred alone
ARTICLE_ONE = ("a", "an")  # one, only at the head: "a billion", "a hundred million"
HALF_WORDS = ("жарым", "and a half", "с половиной", "с половиною")  # "бір жарым", "two and a half", "два с половиной"
_WORD = "|".join(sorted([*NUMBER_WORDS, *HUNDRED_WORDS], key=len, reverse=True))
_HALF = "|".join(h.replace(" ", r"\s+") for h in HALF_WORDS)
WORD_NUM = (rf"(?:{'|'.join(ARTICLE_ONE)}|{_WORD})(?!\w)(?:(?:\s+and\s+|\s+|-)(?:{_WORD})(?!\w))*"
            rf"(?:\s+(?:{_HALF})(?!\w))?")


# blanks and hyphens between number words: "двести-пятьдесят", "two  hundred"
WORD_SEPARATORS_RE = re.compile(r"[\s-]+")


def words_value(words: str) -> float:
    """'екі жүз елу' -> 250; 'two hundred and fifty' -> 250; 'двухсот' -> 200; 'бір жарым' -> 1.5; 'a' -> 1."""
    low = WORD_SEPARATORS_RE.sub(" ", words.lower()).strip()
    total = 0.0
    for half in HALF_WORDS:
        if low.endswith(" " + half):
            low, total = low[: -len(half) - 1], 0.5
            break
    value = 0.0
    for tok in low.split():
        if tok in HUNDRED_WORDS:
            value = (value or 1) * 100
        elif tok in ARTICLE_ONE:
            value += 1
        else:
            value += NUMBER_WORDS.get(tok, 0)
    return value + total


WORD_SCALE = r"трлн|триллион\w*|trillion\w*|миллиард\w*|billion\w*|миллион\w*|million\w*|m[ıi]ll[ıi]ard\w*|m[ıi]ll[ıi]on\w*"
# a hedge standing between a Kazakh scale and its currency: "3 млрд-тан астам долларды"
KK_HEDGE_INSIDE = r"(?:\s+(?:астам|артық|жуық|ғана|шамасында|astam|artyq|juyq))?"

_AMOUNT = (
    rf"(?P<pre>(?:{CURRENCY_BEFORE}){SPACE}?)?"
    rf"(?:(?P<num>{NUMBER})|(?P<half>{HALF})WORDNUM)\s?(?P<scale>{SCALE})\.?{KK_GLUE_CASE}"
    rf"(?(case)|(?:{SPACE}(?:(?P<num2>\d{{1,3}}(?:[.,]\d+)?)WORDNUM2){SPACE}?(?P<scale2>{SCALE})\.?{KK_GLUE})?)"
    rf"(?:{KK_HEDGE_INSIDE}{SPACE}*(?P<cur>{CURRENCY_AFTER})\.?)?"
    rf"|(?P<pre2>{CURRENCY_BEFORE}){SPACE}?(?P<num3>{NUMBER})(?!\s?(?:{SCALE}))"
    rf"|(?P<num4>{NUMBER}){SPACE}?(?P<cur4>{CURRENCY_AFTER})"
)
# amounts in digits; the variant that also reads numbers written as words runs only beside a scale word
AMOUNT_RE = CI(_AMOUNT.replace("WORDNUM2", "|(?P<wnum2>(?!))").replace("WORDNUM", "(?P<wnum>(?!))"))
AMOUNT_WORDS_RE = CI(_AMOUNT.replace("WORDNUM2", rf"|(?P<wnum2>{WORD_NUM})(?=\s+(?:{WORD_SCALE}))")
                     .replace("WORDNUM", rf"|(?<!\w)(?P<wnum>{WORD_NUM})(?=\s+(?:{WORD_SCALE}))"))
SCALE_WORDS = ("миллиард", "миллион", "трлн", "триллион", "billion", "million", "trillion", "mıllıard", "mıllıon", "milliard")

# people counted: travellers, passengers, heads (also the travellers of a tourist flow in events)
PEOPLE_UNITS = r"пассажир\w*|passengers?\b|жолаушы\w*|турист\w*|tourists?\b|адам\w*|человек\w*|people\b|persons?\b"
# Physical quantities: a scaled number followed by a unit is not money ("1,5 млн тонн", "13,7 миллион тоннаны").
UNIT_AFTER_RE = CI(
    r"^[\s\-]*(?:метрическ\w+\s+|metric\s+)?(?:тонн\w*|тоннa\w*|т\.|тн\b|tons?\b|tonnes?\b|баррел\w*|barrels?\b|"
    r"куб\w*|cubic|м3|m3|голов\w*|head\b|бас\b|дана\w*|штук\w*|units?\b|pieces?\b|"
    rf"{PEOPLE_UNITS}|вагон\w*|wagons?\b|контейнер\w*|containers?\b|TEU\b|"
    r"км\b|километр\w*|kilomet\w*|гектар\w*|hectares?\b|литр\w*|lit(?:re|er)s?\b|кВт\w*|kWh\b|МВт\w*|MW\b|доз\w*|doses?\b|"
    r"рабоч\w+\s+мест\w*|jobs?\b|жұмыс\s+орн\w*|ton\w*|tonna\w*)"
)
# Above this a bilateral figure is not plausible: "$1,340 billion" is 1.34 billion written with a decimal comma.
MAX_PLAUSIBLE_USD = 1e12

# After a scaled number with no currency, the words that let it still be money ("составил 3 млрд.",
# "3 млрд, а импорт", "5 млрд к 2030 году", "1 млрд-тан астам"): anything else counts something else.
MONEY_NEXT_WORD_RE = CI(
    r"^(?:and|и|а|ал|және|әрі|or|или|in|в|во|за|for|by|к|to|до|from|с|со|as|на|of|at|over|against|против|than|чем|"
    r"жыл\w*|год\w*|г|ж|более|свыше|астам|жуық|артық|шамасында|шамасы|plus|с\s+лишним|"
    r"составил\w*|составля\w*|достиг\w*|превы\w*|reach\w*|was|were|is|are|amount\w*|total\w*|stood|құра\w*|жет\w*|"
    r"бол\w*|ас\w*|товарооборот\w*|оборот\w*|экспорт\w*|импорт\w*|инвестиц\w*|trade|turnover|exports?|imports?|"
    r"investments?|тауар\w*|сауда\w*|ғана|тек|only|each|annually|ежегодно|жыл\s+сайын|year|a\s+year|per\s+year|"
    r"that|который\w*|что|бұл|this|while|тогда|then|—|–|-)(?!\w)"
)


# the next run of non-blanks after a figure (no-break spaces count as blanks)
NEXT_TOKEN_RE = re.compile(r"[\s\u00a0]*([^\s\u00a0]+)")


def _money_context_after(text: str, end: int) -> bool:
    nxt = NEXT_TOKEN_RE.match(text[end:end + 40])
    if not nxt or not WORD_CHAR_RE.match(nxt.group(1)):
        return True  # punctuation or the end: "составил 3 млрд."
    return bool(MONEY_NEXT_WORD_RE.match(text[end:end + 40].lstrip(" \u00a0")))


RANGE_LOW_RE = re.compile(r"(?<![\d.,])(\d+(?:[.,]\d+)?)[-–]$")

PERCENT_RE = CI(
    rf"(?P<sign>[+\-−–])?(?P<num>\d+(?:[.,]\d+)?){SPACE}?(?:%|процент\w*|пайыз\w*|percent\w*|per{SPACE}cent)"
)
MULTIPLIER_RE = CI(
    r"(?<!\w)(?P<num>\d+(?:[.,]\d+)?|(?:бір|екі)\s+жарым|(?:one|two)\s+and\s+a\s+half|два\s+с\s+половиной|екі|үш|төрт|бес|"
    r"два|две|три|четыре|пять|полтора|two|three|four|five)\s?(?:-\s?)?(?:есе\w*|раз[а]?\b|times\b|fold\b)"
    r"|(?P<double>вдвое|удвои\w*|doubled|екі\s+еселен\w*|"
    # the English verb aimed at, after "to", a modal or "at least": "to double trade", "trade should at least double"
    r"(?:(?<=to\s)|(?<=can\s)|(?<=will\s)|(?<=could\s)|(?<=would\s)|(?<=least\s)|(?<=shall\s))double\b)"
    r"|(?P<triple>втрое|утрои\w*|tripled|trebled|(?:(?<=to\s)|(?<=can\s)|(?<=will\s)|(?<=could\s))triple\b)"
)
WORD_NUMBERS = {"екі": 2, "үш": 3, "төрт": 4, "бес": 5, "два": 2, "две": 2, "три": 3, "четыре": 4, "пять": 5,
                "полтора": 1.5, "two": 2, "three": 3, "four": 4, "five": 5,
                "бір жарым": 1.5, "екі жарым": 2.5, "one and a half": 1.5, "two and a half": 2.5, "два с половиной": 2.5}
# A change stated as a fraction: "увеличился на треть", "grew by a third", "үштен бірге өсті".
FRACTION_RE = CI(r"(?<!\w)(?:на\s+треть|by\s+(?:a|one)\s+third|үштен\s+бір\w*|на\s+четверть|by\s+(?:a|one)\s+quarter|"
                 r"төрттен\s+бір\w*)")


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


SPACE_RE = re.compile(SPACE)


def parse_number(s: str, decimal_comma: bool = True) -> float:
    """'4,2' -> 4.2; '1 450' -> 1450; '2.046' -> 2.046; '1,300' (English) -> 1300; '1,034.6' and '1.034,6' -> 1034.6."""
    s = SPACE_RE.sub("", s)
    if "," in s and "." in s:  # the one written last is the decimal mark
        s = s.replace(".", "").replace(",", ".") if s.rfind(",") > s.rfind(".") else s.replace(",", "")
    elif s.count(",") > 1:
        s = s.replace(",", "")  # "12,345,678"
    elif "," in s:
        whole, frac = s.rsplit(",", 1)
        if not decimal_comma and len(frac) == 3:
            s = whole + frac
        else:
            s = whole + "." + frac
    return float(s)


@functools.lru_cache(maxsize=4096)
def _scale(word: str) -> float:
    """The multiplier a scale word stands for ("млрд" -> 1e9); cached per word form."""
    if word.lower() == "m":
        return 1e6  # "$187.3m" (the pattern's look-behind needs the digit)
    for rx, mult in SCALE_RES:
        if rx.fullmatch(word):
            return mult
    return 1.0


@functools.lru_cache(maxsize=4096)
def _currency(word: str | None) -> str | None:
    """The currency a word names ("долл." -> USD); cached per word form."""
    if not word:
        return None
    for rx, code in CURRENCY_RES:
        if rx.fullmatch(word.strip()):
            return code
    return None


# "1,340": three digits after the comma read as thousands in English
THOUSANDS_COMMA_RE = re.compile(r"\d{1,3},\d{3}")


def find_amounts(text: str, decimal_comma: bool = True) -> list[Amount]:
    out = []
    low = text.lower()
    rx = AMOUNT_WORDS_RE if any(w in low for w in SCALE_WORDS) else AMOUNT_RE
    for m in rx.finditer(text):
        g = m.groupdict()
        if g["num"] is not None or g["half"] is not None or g["wnum"] is not None:
            if g["half"]:
                base = 0.5
            elif g["wnum"]:
                base = words_value(g["wnum"])
            else:
                base = parse_number(g["num"], decimal_comma)
                if not decimal_comma and base * _scale(g["scale"]) >= MAX_PLAUSIBLE_USD and THOUSANDS_COMMA_RE.fullmatch(g["num"]):
                    base = parse_number(g["num"], True)  # "$1,340 billion": a decimal comma
            value = base * _scale(g["scale"])
            if g["num2"]:
                value += parse_number(g["num2"], decimal_comma) * _scale(g["scale2"])
            elif g["wnum2"]:
                value += words_value(g["wnum2"]) * _scale(g["scale2"])
            cur = _currency(g["pre"]) or _currency(g["cur"])
            if g["scale"].lower() == "m" and not g["pre"]:
                continue  # "1.5m tonnes", "20m": a glued "m" is millions only after a currency sign ("$187.3m", "€40m")
            if cur is None and _scale(g["scale"]) < 1e6:
                continue  # "12,5 мың" jobs, "22 тысяч" places: not money
            if cur is None and (UNIT_AFTER_RE.match(text[m.end():m.end() + 30]) or not _money_context_after(text, m.end())):
                continue  # "1,5 млн тонн", "1 миллиона казахстанских немцев": quantities
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
    return _with_dollar_equivalents(text, out)


# "RM1.52 billion (USD333.4 million)", "1,27 млрд ринггитов (около 273,5 млн долларов)", "$333 million (RM1.5 billion)"
EQUIVALENT_GAP_RE = CI(r"(?i)\s*[(\[]\s*(?:about|around|approx\.?|approximately|roughly|some|equivalent\s+to|"
                               r"около|примерно|порядка|что\s+эквивалентно|шамамен|~|≈)?\s*$")


# a closing bracket right after a figure: "(about $5 million)"
CLOSING_BRACKET_RE = re.compile(r"\s*[)\]]")


def _with_dollar_equivalents(text: str, amounts: list[Amount]) -> list[Amount]:
    """A figure in another currency with its dollar value beside it in brackets is one dollar figure, spanning
    both: the partner's currency is kept out, the dollar value stays."""
    if len(amounts) < 2:
        return amounts
    out: list[Amount] = []
    skip = set()
    for i, (a, b) in enumerate(zip(amounts, amounts[1:])):
        if i in skip or a.currency == b.currency or "USD" not in (a.currency, b.currency) or None in (a.currency, b.currency):
            continue
        gap = text[a.end:b.start]
        closes = CLOSING_BRACKET_RE.match(text[b.end:b.end + 3])
        if len(gap) <= 30 and EQUIVALENT_GAP_RE.fullmatch(gap) and closes:
            usd = a if a.currency == "USD" else b
            skip |= {i, i + 1}
            out.append(Amount(a.start, b.end + closes.end(), usd.value, "USD"))
    kept = [x for k, x in enumerate(amounts) if k not in skip] + out
    return sorted(kept, key=lambda x: x.start)


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


def find_fractions(text: str) -> list[Percent]:
    """Changes written as fractions ("на треть" = +33.3 %), as unsigned percents."""
    out = []
    for m in FRACTION_RE.finditer(text):
        low = m.group().lower()
        value = 25.0 if ("четверт" in low or "quarter" in low or "төрт" in low) else 33.3
        out.append(Percent(m.start(), m.end(), value, False))
    return out


def find_multipliers(text: str) -> list[Multiplier]:
    out = []
    for m in MULTIPLIER_RE.finditer(text):
        if m.group("double"):
            f = 2.0
        elif m.group("triple"):
            f = 3.0
        else:
            raw = " ".join(m.group("num").lower().split())
            f = float(WORD_NUMBERS[raw]) if raw in WORD_NUMBERS else parse_number(raw)
        if f <= 1:
            continue
        out.append(Multiplier(m.start(), m.end(), f))
    return out


# ---------------------------------------------------------------- ordinals
# "жетінші отырыс", "он екінші", "7-ші"; "седьмое заседание", "двадцать первого", "XII заседание", "7-го";
# "the seventh meeting", "twenty-first", "18th session".
KK_CARDINAL_STEMS = {"бір": 1, "екі": 2, "үш": 3, "төрт": 4, "бес": 5, "алты": 6, "жеті": 7, "сегіз": 8, "тоғыз": 9,
                     "он": 10, "жиырма": 20, "отыз": 30, "қырық": 40, "қырқ": 40, "елу": 50}
RU_ORDINAL_STEMS = {"перв": 1, "втор": 2, "трет": 3, "четверт": 4, "четвёрт": 4, "пят": 5, "шест": 6, "седьм": 7,
                    "восьм": 8, "девят": 9, "десят": 10, "одиннадцат": 11, "двенадцат": 12, "тринадцат": 13,
                    "четырнадцат": 14, "пятнадцат": 15, "шестнадцат": 16, "семнадцат": 17, "восемнадцат": 18,
                    "девятнадцат": 19, "двадцат": 20, "тридцат": 30, "сороков": 40, "пятидесят": 50}
RU_TENS = {"двадцать": 20, "тридцать": 30, "сорок": 40, "пятьдесят": 50}
EN_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
               "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
               "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
               "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50}
EN_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50}
KK_TENS = {"он": 10, "жиырма": 20, "отыз": 30, "қырық": 40, "елу": 50}
RU_ORDINAL_ENDING = r"(?:ый|ий|ой|ое|ее|ого|его|ому|ему|ом|ем|ая|яя|ую|юю|ых|их|ым|им|ьи|ье|ья|ьего|ьем|ьей|ью|ий)"
_KK_ORD = "|".join(sorted(KK_CARDINAL_STEMS, key=len, reverse=True))
_RU_ORD = "|".join(sorted(RU_ORDINAL_STEMS, key=len, reverse=True))
ORDINAL_RE = CI(
    rf"(?<![\w-])(?:(?P<kktens>{'|'.join(KK_TENS)})\s+)?(?P<kk>{_KK_ORD})(?:с?ыншы|с?інші|ншы|нші)(?!\w)"
    rf"|(?<![\w-])(?:(?P<rutens>{'|'.join(RU_TENS)})\s+)?(?P<ru>{_RU_ORD}){RU_ORDINAL_ENDING}(?!\w)"
    rf"|(?<![\w-])(?:(?P<entens>{'|'.join(EN_TENS)})[\s-])?(?P<en>{'|'.join(EN_ORDINALS)})(?!\w)"
    r"|(?<![\w.,-])(?P<digits>\d{1,2})(?:\s*[-‐]\s*(?:ші|шы|інші|ыншы|нші|ншы|е|й|го|ого|м|ом|ое|ая|ий|ый)|st|nd|rd|th)(?!\w)"
)
# capital Roman numerals before a lower-case word: "XII заседание", "VII отырысы"
ROMAN_RE = re.compile(r"(?<![\w-])(?=[IVXL])(L?X{0,3}(?:IX|IV|V?I{0,3}))(?=\s+[a-zа-яёәғқңөұүһі])")
ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50}


def _roman(s: str) -> int:
    total = 0
    for a, b in zip(s, s[1:] + " "):
        v = ROMAN_VALUES[a]
        total += -v if b != " " and ROMAN_VALUES[b] > v else v
    return total


def ordinal_value(m: re.Match) -> int | None:
    g = m.groupdict()
    if g["kk"]:
        return KK_CARDINAL_STEMS[g["kk"].lower()] + (KK_TENS[g["kktens"].lower()] if g["kktens"] else 0)
    if g["ru"]:
        return RU_ORDINAL_STEMS[g["ru"].lower()] + (RU_TENS[g["rutens"].lower()] if g["rutens"] else 0)
    if g["en"]:
        return EN_ORDINALS[g["en"].lower()] + (EN_TENS[g["entens"].lower()] if g["entens"] else 0)
    if g["digits"]:
        return int(g["digits"])
    return None


def find_ordinals(text: str) -> list[tuple[int, int, int]]:
    """(start, end, value) of the ordinal numbers of a text."""
    out = []
    for m in ORDINAL_RE.finditer(text):
        v = ordinal_value(m)
        if v:
            out.append((m.start(), m.end(), v))
    if "I" in text or "V" in text or "X" in text:
        out += [(m.start(), m.end(), _roman(m.group(1))) for m in ROMAN_RE.finditer(text) if len(m.group(1)) > 1 or m.group(1) != "I"]
    return sorted(out)
