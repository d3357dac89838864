"""The case-insensitive patterns (``elshi.text.CI``) match on lower-cased text but must behave exactly as
``re.compile(pattern, re.I)`` on the original: same spans, same groups, original letters."""
from __future__ import annotations

import re
import sys

import pytest

from elshi import doc, events, geo, numbers, people, periods, roles, trade  # noqa: F401  (every pattern)
from elshi.text import CI, FoldedMatch, compile_fast, compile_gated, gate_words, required_words

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


def _words(pattern: str):
    from re import _parser

    return required_words(list(_parser.parse(pattern)))


@pytest.mark.parametrize("pattern,expected", [
    # a run of letters; an optional part or a negative lookaround needs nothing
    (r"(?<!\w)(?:ряд|серию|несколько)\s+(?:\w+\s+)?встреч", {"встреч"}),
    (r"x?сапар(?!\s+бойы)", {"сапар"}),
    # a small class spells each letter of the run
    (r"партн[её]р\w*", {"партнер", "партнёр"}),
    # every alternative needs one of its own words; the fewest words win, then the longest
    (r"(?:was|were)\s+cancel\w*|отмен\w*|кейінге\s+қалд", {"cancel", "отмен", "кейінге"}),
    (r"(?:тауар|сауда)\s+айналым", {"айналым"}),
    (r"(?:тауар|сауда)\s+(?:айналым|көлем)", {"тауар", "сауда"}),
    # a repeat of at least one needs what its item needs; a group is read through
    (r"(?:екі\s+)+ел", {"екі"}),
    (r"(?P<n>\d+)\s*(?:млрд|bn)\b", {"bn", "млрд"}),
    # a lookahead or lookbehind that must match needs its text too
    (r"(?<=visit\s)to\s+\w+", {"visit"}),
    (r"\d+(?=\s*процент)", {"процент"}),
    (r"\d+[.,]\d+", {".", ","}),
    # no literal text at all, or an alternative that needs none
    (r"\d+\s*\w*", None),
    (r"саммит|\d{4}", None),
])
def test_required_words_are_what_every_match_contains(pattern, expected):
    assert _words(pattern) == (None if expected is None else frozenset(expected))


def test_a_gate_is_few_words_of_two_letters_or_more():
    assert gate_words(frozenset({"отмен", "cancel", "кейінге"})) == ("отмен", "cancel", "кейінге")
    assert gate_words(frozenset({"%", "процент"})) == ()  # one letter is in most texts: no gate
    assert gate_words(frozenset(f"слово{i:02}" for i in range(25))) == ()  # testing 25 costs more than the pattern
    assert gate_words(None) == ()
    assert compile_gated(r"визит\w*|сапар")[1] == frozenset({"визит", "сапар"})


def test_a_pattern_gates_itself_on_the_words_it_needs():
    rx = CI(r"(?i)(?:состоял\w*|held)\s+(?:\w+\s+)?(?:переговоры|talks)")
    assert rx._needs == ("talks", "переговоры")  # two words each way: the longer shortest word wins
    assert [m.group() for m in rx.finditer("Стороны СОСТОЯЛИСЬ переговоры; they held talks")] == [
        "СОСТОЯЛИСЬ переговоры", "held talks"]
    assert rx.search("Келіссөздер өтті") is None
    # words given by hand stand; a pattern with a rare alternative keeps its own gate
    assert CI(r"(?i)\w+\s+side", needs=("Side",))._needs == ("side",)
    assert CI(r"(?i)(?:будет|мүмкін|will)", rare=("мүмкін|", ("мүмкін",)))._needs == ()


def _article_texts() -> list[str]:
    """The seed articles and a quarter of the invented ones (2 s instead of 8), not of the batches kept unread."""
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    readme = (root / "tests" / "invented" / "README.md").read_text(encoding="utf-8")
    unread = set(re.findall(r"^\|\s*(b\d+)\b[^|]*\|.*\(kept unread", readme, re.M))
    invented = [f for f in sorted((root / "tests" / "invented").glob("b*/articles/*"))
                if f.parent.parent.name not in unread]
    files = sorted((root / "seeds" / "articles").glob("*.txt")) + invented[::4]
    return [f.read_text(encoding="utf-8").lower() for f in files]


def test_no_gate_turns_away_a_text_its_pattern_matches():
    # every engine pattern gated on words of its own (none given by hand) finds nothing, without its gate,
    # in a seed or invented article that holds none of its words
    texts = _article_texts() + [s.lower() for s in SENTENCES]
    assert len(texts) > 150
    gated = [(n, p) for n, p in _engine_patterns() if p._needs and p._gated is not None]
    assert len(gated) > 150
    for name, p in gated:
        for low in texts:
            if not any(w in low for w in p._needs):
                assert p._low.search(low) is None, (name, low[:80])


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
