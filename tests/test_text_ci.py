"""The case-insensitive patterns (``elshi.text.CI``) match on lower-cased text but must behave exactly as
``re.compile(pattern, re.I)`` on the original: same spans, same groups, original letters."""
from __future__ import annotations

import re
import sys

import pytest

from elshi import doc, events, geo, numbers, people, periods, roles, trade  # noqa: F401  (every pattern)
from elshi.text import CI, FoldedMatch, compile_fast

# invented sentences in kk, ru and en, with capitals, Kazakh letters, digits and punctuation
SENTENCES = (
    "Қасым-Жомарт Тоқаев 2024 жылғы 12 наурызда Ташкентке мемлекеттік сапармен барды.",
    "ҚАЗАҚСТАН МЕН ӨЗБЕКСТАН АРАСЫНДАҒЫ ТАУАР АЙНАЛЫМЫ 4,2 МЛРД ДОЛЛАРҒА ЖЕТТІ.",
    "Екі ел арасындағы сауда көлемі былтыр 15%-ға өсіп, 1,3 млрд долл. құрады.",
    "Президент Казахстана провел переговоры с Премьер-министром Японии в Астане 5 мая.",
    "Товарооборот между Казахстаном и Китаем за январь-сентябрь 2023 года вырос на 22% и составил $31 млрд.",
    "ВИЗИТ ПРЕЗИДЕНТА ТУРЦИИ В АСТАНУ ОТЛОЖЕН; ЗАСЕДАНИЕ МПК ПРОЙДЕТ В ОКТЯБРЕ.",
    "Kazakhstan's President Tokayev met Chinese leader Xi Jinping on the sidelines of the SCO Summit in Tianjin.",
    "TRADE BETWEEN KAZAKHSTAN AND ITALY REACHED $15.5 BILLION IN 2023, UP 7.7% FROM THE YEAR BEFORE.",
    "The foreign ministers held a phone call on Monday; the minister is in Astana until November 9.",
    "Kazakhstan is in the heart of Central Asia, and the talks were in the capital.",
    "Ерлан Қарин Central Asia plus Japan форумына қатысты, the Intergovernmental Commission met in Baku.",
    # the words that open gated patterns and a rare alternative (see test_gated_patterns_read_as_whole_ones)
    "Сапары биыл күзде өтуі мүмкін, ал келесі отырыс Астанада өткізілмек.",
    "Министр Астанада форумға қатысу үшін жүр, қазақстандық тарап өкілдері де бар.",
    "Министр находится в Баку, чтобы принять участие в заседании; с казахстанской – министр торговли.",
    "The Uzbek delegation is in Astana to attend the forum; the Kazakh side was led by the minister.",
)


def _engine_patterns() -> list[tuple[str, CI]]:
    seen, out = set(), []
    for name, module in sorted(sys.modules.items()):
        if not name.startswith("elshi"):
            continue
        for attr, value in sorted(vars(module).items()):
            if isinstance(value, CI) and id(value) not in seen:
                seen.add(id(value))
                out.append((f"{name}.{attr}", value))
    return out


def _matches(found) -> list[tuple]:
    return [(m.span(), m.group(), m.groups()) for m in found]


def test_engine_has_its_case_insensitive_patterns_as_ci():
    patterns = _engine_patterns()
    assert len(patterns) > 300
    # all but the ones that hold a case-sensitive part run on the lower-cased text
    assert sorted(n for n, p in patterns if p._low is None) == [
        "elshi.events.COMPANY_RE", "elshi.events.ITEM_FILLER_RE", "elshi.events.PRESENCE_RE"]


@pytest.mark.parametrize("name,pattern", _engine_patterns(), ids=[n for n, _ in _engine_patterns()])
def test_every_engine_pattern_matches_as_re_ignorecase(name, pattern):
    plain = re.compile(pattern.pattern.removeprefix("(?i)"), pattern.flags)
    for s in SENTENCES:
        assert _matches(pattern.finditer(s)) == _matches(plain.finditer(s)), s
        for pos in (0, 7, len(s) // 2):
            a, b = pattern.search(s, pos), plain.search(s, pos)
            assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), (s, pos)
            a, b = pattern.match(s, pos), plain.match(s, pos)
            assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), (s, pos)


def test_a_folded_match_reads_the_original_letters():
    rx = CI(r"(?i)(?P<word>саммит)\w*\s+(шос|sco)")
    m = rx.search("Он прибыл на Саммит ШОС в Тяньцзине")
    assert isinstance(m, FoldedMatch)
    assert (m.span(), m.group(), m.group(1, 2), m.groups(), m.groupdict(), m["word"], m.re is rx) == (
        (13, 23), "Саммит ШОС", ("Саммит", "ШОС"), ("Саммит", "ШОС"), {"word": "Саммит"}, "Саммит", True)
    assert [m.group() for m in rx.finditer("САММИТ ШОС; саммите SCO")] == ["САММИТ ШОС", "саммите SCO"]
    assert rx.fullmatch("Саммиты SCO").group(2) == "SCO"
    assert CI(r"(?i)(a)|(b)").search("xB").groups() == (None, "B")
    assert CI(r"(?i)(a)|(b)").search("xB").groups("-") == ("-", "B")


@pytest.mark.parametrize("pattern,text,expected", [
    # a case-sensitive part: on lower-cased text every letter would pass as small
    (r"(?i)in\s+(?-i:[A-Z])", "is in the city", None),
    (r"(?i)in\s+(?-i:[A-Z])", "IS IN Astana", "IN A"),
    # a range whose lower-cased ends would drop the small letters it covers
    (r"(?i)[Ѐ-ӿ]+", "Абай", "Абай"),
    # a capital spelled by an escape, which lower-casing the pattern cannot reach
    (r"(?i)\u0410бай", "абай", "абай"),
])
def test_what_cannot_run_on_lower_cased_text_runs_with_re_ignorecase(pattern, text, expected):
    rx = CI(pattern)
    assert rx._low is None
    m = rx.search(text)
    assert (m.group() if m else None) == expected


def test_a_text_whose_lower_case_is_longer_is_read_with_re_ignorecase():
    # "İ" lower-cases to two characters: offsets would shift, so the original text is searched
    rx = CI(r"(?i)istanbul|стамбул")
    m = rx.search("Визит в İstanbul и Стамбул")
    assert (m.span(), m.group()) == ((8, 16), "İstanbul")
    assert [x.group() for x in rx.finditer("İSTANBUL, Istanbul")] == ["İSTANBUL", "Istanbul"]


def test_rare_methods_read_the_original_text():
    rx = CI(r"(?i)(\d+)\s*(млрд|bn)")
    assert rx.findall("5 млрд и 7 BN") == [("5", "млрд"), ("7", "BN")]
    assert rx.sub("X", "5 Млрд и 7 bn") == "X и X"
    assert rx.split("a 5 МЛРД b", 1) == ["a ", "5", "МЛРД", " b"]


def test_gated_patterns_read_as_whole_ones():
    # a pattern that needs one of some words finds nothing, at no cost, in a text without them
    rx = CI(r"(?i)\w+\s+(?:side|сторон\w*)", needs=("side", "сторон"))
    assert [m.group() for m in rx.finditer("The Kazakh Side and the российской стороной")] == [
        "Kazakh Side", "российской стороной"]
    assert rx.search("the Kazakh delegation") is None and list(rx.finditer("no such word")) == []
    # a rare alternative is left out only where its words are missing
    rx = CI(r"(?i)(?:будет|" + r"\w{2,}у\s+мүмкін|" + r"will)", rare=(r"\w{2,}у\s+мүмкін|", ("мүмкін",)))
    assert [m.group() for m in rx.finditer("Өткізу мүмкін; it will be")] == ["Өткізу мүмкін", "will"]
    assert [m.group() for m in rx.finditer("Өткізу керек; it will be")] == ["will"]
    assert rx._without_rare.pattern.startswith("(?=[")  # the rest keeps its first-character filter
    with pytest.raises(ValueError):
        CI(r"(?i)a|(b)|c", rare=(r"(b)|", ("b",)))
    with pytest.raises(ValueError):
        CI(r"(?i)a|b", rare=(r"x|", ("x",)))


# patterns whose alternatives open with a boundary or a lookbehind before a letter, share first letters,
# hold groups and empty rests ("ab|a"), on the lower-cased sentences above and on texts that start or end
# at a match
FAST_PATTERNS = (
    r"\bшос\b|\bшыұ\b|\bsco\b|саммит\w*|summit|\bun\b|\bунга",
    r"(?<![\w-])(?:өт|бар|кел)(?:ыл|іл)?(?:ды|ді|ті)(?!\w)|(?<=\s)астана\w*|(?<!\d)\d{1,2}\s+мая",
    r"(?P<visit>сапар\w*|визит\w*|visit\w*)|(?P<talks>\bmet\b|кездес\w*|встреч\w*)|(?P<one>\bса)|с|сау",
    r"\b(?:the\s+)?sidelines|\bsco|\bsc|s(?=co)|ab|a|\bto\b|\bt",
    r"(?:жыл|год)\w*|(?<![а-яё])год|\bbetween\b|\bбетween|\b1\d\b|\b_x",
)
FAST_TEXTS = tuple(s.lower() for s in SENTENCES) + (
    "шос", "sco summit", "unga un ungа", "баруы бардылар барды", "sidelines of the sco", "_x a_x", "ab a sc sco")


@pytest.mark.parametrize("pattern", FAST_PATTERNS)
def test_a_fast_pattern_matches_as_re_compile(pattern):
    fast, plain = compile_fast(pattern), re.compile(pattern)
    assert fast.groupindex == plain.groupindex and fast.groups == plain.groups
    for s in FAST_TEXTS:
        assert _matches(fast.finditer(s)) == _matches(plain.finditer(s)), s
        for pos in range(len(s)):
            a, b = fast.match(s, pos), plain.match(s, pos)
            assert (a and (a.span(), a.groups(), a.lastgroup)) == (b and (b.span(), b.groups(), b.lastgroup)), (s, pos)


def test_fast_alternatives_open_with_their_letters():
    from re import _constants as c, _parser

    from elshi.text import _letters_first

    tree = _parser.parse(r"\bшос\b|(?<![\w-])шыұ|\bsco|саммит|(?<=\s)cis|\b\d+")
    _letters_first(tree)
    branch = tree.data[0][1][1]
    # "ш" leads шос and шыұ, "s" sco, "с" саммит, "c" cis; a digit class is no letter and keeps its boundary
    assert [(alt.data[0][0], chr(alt.data[0][1]) if alt.data[0][0] is c.LITERAL else None) for alt in branch] == [
        (c.LITERAL, "ш"), (c.LITERAL, "s"), (c.LITERAL, "с"), (c.LITERAL, "c"), (c.AT, None)]
