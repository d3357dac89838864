"""Tokens and sentences with character offsets into the article text.

Kazakh letters (әғқңөұүһі) and Latin-script Kazakh (ı, ǵ, ń ...) are word characters:
``\\w`` in Python's Unicode regexes covers them, so nothing here uses ``[а-я]`` classes.
"""
from __future__ import annotations

import ast
import functools
import re
import sys

from elshi.model import Sentence

# A word, with hyphen-joined parts kept together ("Шолпан-Ата", "қазақ-қырғыз", "млрд-қа").
WORD_RE = re.compile(r"\w+(?:['’]\w+)*(?:[-‐‑]\w+(?:['’]\w+)*)*")

# Abbreviations whose dot does not end a sentence (lowercased, without the dot).
NON_TERMINAL_ABBREVIATIONS = frozenset({
    "млрд", "млн", "мллрд", "трлн", "тыс", "долл", "руб", "ж", "жж", "г", "гг", "т", "б", "е", "им",
    "ст", "св", "обл", "р", "ул", "mr", "mrs", "ms", "dr", "st", "jan", "feb", "mar", "apr", "aug", "sep",
    "sept", "oct", "nov", "dec", "no", "vs", "etc", "bln", "mln", "bn", "inc", "ltd", "co", "u", "s",
})

PERIOD_ABBREVIATIONS = frozenset({"мес", "кв"})  # "9 мес. 2023 г.", "1 кв. 2024 г."
MONEY_ABBREVIATIONS = frozenset({"млрд", "млн", "мллрд", "трлн", "тыс", "долл", "руб", "bln", "mln", "bn"})
CURRENCY_WORD_RE = re.compile(r"(?i)(АҚШ|США|USD|US|U|долл|доллар|dollar|евро|euro|теңге|тенге|tenge|руб|юан)")

SENTENCE_END_RE = re.compile(r"[.!?…]+[»\"”’)]*(?=\s)|\n|(?<=[a-zа-яёәғқңөұүһі]{3})\.(?=[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][a-zа-яёәғқңөұүһі])")


NEXT_WORD_RE = re.compile(r"\s*(\w+)")
YEAR_OPENS_RE = re.compile(r"(?:19|20)\d\d\s+(?:жыл\w*|год\w*|year)(?!\w)", re.IGNORECASE)
NEXT_CHAR_RE = re.compile(r"\s*(\S)")
LAST_WORD_RE = re.compile(r"(\w+)$")


def _is_boundary(text: str, dot_pos: int, end: int) -> bool:
    """Is the punctuation run at text[dot_pos:end] a sentence end?"""
    if text[dot_pos] == "\n":
        return True
    if text[dot_pos] != ".":
        return True
    m = LAST_WORD_RE.search(text, max(0, dot_pos - 20), dot_pos)
    word = m.group(1) if m else ""
    if word.lower() in MONEY_ABBREVIATIONS:
        # "4,2 млрд. АҚШ долл." goes on; "... $374 млн. По данным ..." is a new sentence
        nxt = NEXT_WORD_RE.match(text, end)
        if nxt and YEAR_OPENS_RE.match(text, nxt.start(1)):
            return True  # "... 1,4 млрд долл. 2023 жылдың қорытындысы бойынша ...": a Kazakh sentence opens with its year
        return bool(nxt and nxt.group(1)[:1].isupper() and not CURRENCY_WORD_RE.match(nxt.group(1)))
    if word.lower() in PERIOD_ABBREVIATIONS:
        # "за 9 мес. 2023 г." goes on; "... за 9 мес. По данным ..." is a new sentence
        nxt = NEXT_CHAR_RE.match(text, end)
        return not (nxt and (nxt.group(1).isdigit() or nxt.group(1).islower()))
    if word.lower() in NON_TERMINAL_ABBREVIATIONS and not re.search(r"\w['’]\w+$", text[max(0, dot_pos - 22):dot_pos]):
        return False  # "U.S." goes on; "Kazakhstan’s." ends a sentence
    if len(word) == 1 and word.isupper():  # initials: "М.Нұртілеу", "Р. Василенко"
        return False
    nxt = NEXT_CHAR_RE.match(text, end)
    if not nxt:
        return True
    ch = nxt.group(1)
    if ch.islower():
        return False
    return True


def sentences(text: str) -> list[Sentence]:
    """Split text into sentences (and lines), keeping exact offsets; strips surrounding blanks."""
    return list(_sentences(text))


@functools.lru_cache(maxsize=64)
def _sentences(text: str) -> tuple[Sentence, ...]:
    out: list[Sentence] = []
    start = 0
    for m in SENTENCE_END_RE.finditer(text):
        if not _is_boundary(text, m.start(), m.end()):
            continue
        _emit(text, start, m.end(), out)
        start = m.end()
    _emit(text, start, len(text), out)
    return tuple(out)


# a "sentence" longer than this (a page without full stops, a table flattened into one line) is cut
# at the last comma or space before the limit: every reader's work per sentence stays bounded
MAX_SENTENCE_CHARS = 1500


def _emit(text: str, start: int, end: int, out: list[Sentence]) -> None:
    while end - start > MAX_SENTENCE_CHARS:
        limit = start + MAX_SENTENCE_CHARS
        cut = text.rfind(", ", start + MAX_SENTENCE_CHARS // 2, limit)
        if cut < 0:
            cut = max(text.rfind(" ", start + MAX_SENTENCE_CHARS // 2, limit), text.rfind("\t", start, limit))
        cut = cut + 1 if cut > start else limit
        _emit_one(text, start, cut, out)
        start = cut
    _emit_one(text, start, end, out)


def _emit_one(text: str, start: int, end: int, out: list[Sentence]) -> None:
    seg = text[start:end]
    lstrip = len(seg) - len(seg.lstrip())
    rstrip = len(seg) - len(seg.rstrip())
    s, e = start + lstrip, end - rstrip
    if e > s and WORD_RE.search(text, s, e):
        out.append(Sentence(s, e, text[s:e]))


@functools.lru_cache(maxsize=8192)
def _fold(text: str) -> str | None:
    low = text.lower()
    return low if len(low) == len(text) else None


def lower_pattern(pattern: str) -> str:
    """Lower-case the literals of a regex, leaving escapes (\\W, \\S, \\B ...) and group syntax intact."""
    out, i = [], 0
    if pattern.startswith("(?i)"):
        pattern = pattern[4:]
    while i < len(pattern):
        c = pattern[i]
        if c == "\\" and i + 1 < len(pattern):
            out.append(pattern[i:i + 2])
            i += 2
        elif pattern.startswith("(?P<", i) or pattern.startswith("(?P=", i):
            j = pattern.index(">", i) + 1 if pattern.startswith("(?P<", i) else pattern.index(")", i)
            out.append(pattern[i:j])
            i = j
        else:
            out.append(c.lower())
            i += 1
    return "".join(out)


def _first_chars(items):
    """(class items, nullable) of the characters a parsed pattern can start with; None if any."""
    from re import _constants as c

    parts: list[str] = []
    for op, av in items:
        if op is c.LITERAL:
            parts.append(re.escape(chr(av)))
            return parts, False
        if op is c.IN:
            for o, a in av:
                if o is c.LITERAL:
                    parts.append(re.escape(chr(a)))
                elif o is c.RANGE:
                    parts.append(f"{re.escape(chr(a[0]))}-{re.escape(chr(a[1]))}")
                elif o is c.CATEGORY and a in (c.CATEGORY_DIGIT, c.CATEGORY_WORD, c.CATEGORY_SPACE):
                    parts.append({c.CATEGORY_DIGIT: r"\d", c.CATEGORY_WORD: r"\w", c.CATEGORY_SPACE: r"\s"}[a])
                else:
                    return None
            return parts, False
        if op is c.CATEGORY and av in (c.CATEGORY_DIGIT, c.CATEGORY_WORD, c.CATEGORY_SPACE):
            parts.append({c.CATEGORY_DIGIT: r"\d", c.CATEGORY_WORD: r"\w", c.CATEGORY_SPACE: r"\s"}[av])
            return parts, False
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            continue  # zero-width: the next element starts the match
        if op is c.SUBPATTERN:
            sub = _first_chars(av[-1])
            if sub is None:
                return None
            parts += sub[0]
            if not sub[1]:
                return parts, False
            continue
        if op is c.BRANCH:
            nullable = False
            for branch in av[1]:
                sub = _first_chars(branch)
                if sub is None:
                    return None
                parts += sub[0]
                nullable = nullable or sub[1]
            if not nullable:
                return parts, False
            continue
        if op in (c.MAX_REPEAT, c.MIN_REPEAT):
            lo, _hi, sub_items = av
            sub = _first_chars(sub_items)
            if sub is None:
                return None
            parts += sub[0]
            if lo > 0 and not sub[1]:
                return parts, False
            continue
        return None
    return parts, True


def with_first_char_filter(pattern: str) -> str:
    """The pattern behind a lookahead of the characters it can start with: Python's engine then skips
    positions that cannot start a match instead of trying every alternative there (several times
    faster on long alternations). Same matches; the pattern is returned as is when no class applies."""
    from re import _parser

    try:
        tree = _parser.parse(pattern)
    except re.error:
        return pattern
    first = _first_chars(list(tree))
    if first is None or first[1] or not first[0] or r"\w" in first[0]:
        return pattern
    flags = re.match(r"\(\?[aiLmsux]+\)", pattern)
    head = flags.group() if flags else ""
    return f"{head}(?=[{''.join(dict.fromkeys(first[0]))}])(?:{pattern[len(head):]})"


# escapes that spell one character: "\\u0410", "\\x41", "\\U00000410", "\\N{CYRILLIC CAPITAL LETTER A}", "\\101"
CHAR_ESCAPE_RE = re.compile(r"\\(?:u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|x[0-9a-fA-F]{2}|N\{[^}]+\}|[0-7]{3})")
# a class range's two ends (read loosely: a hyphen outside a class gives a range the test below lets pass)
RANGE_RE = re.compile(r"(?<!\\)([^\\\[])-([^\\\]])")


def _foldable(pattern: str) -> bool:
    """Does the lower-cased pattern on the lower-cased text match exactly what the pattern matches with re.I?

    Not when a part of it is case-sensitive ("(?-i:[A-Z])": on lower-cased text every letter is small), when an
    escape spells a capital the lower-casing cannot reach ("\\u0410"), or when lower-casing a range's ends loses
    small letters the range covered ("[Ѐ-ӿ]" -> "[ѐ-ӿ]" drops "а-я"). Read from the pattern's text: parsing every
    pattern twice more would slow the engine's import."""
    if "(?-i" in pattern:
        return False
    for m in CHAR_ESCAPE_RE.finditer(pattern):
        try:
            ch = ast.literal_eval(f'"{m.group()}"')
        except (SyntaxError, ValueError):
            return False
        if ch != ch.lower():
            return False
    for m in RANGE_RE.finditer(pattern):
        lo, hi = ord(m.group(1)), ord(m.group(2))
        if lo > hi or (m.group(1) == m.group(1).lower() and m.group(2) == m.group(2).lower()):
            continue
        small_lo, small_hi = m.group(1).lower(), m.group(2).lower()
        if len(small_lo) != 1 or len(small_hi) != 1:
            return False
        if any(not ord(small_lo) <= ord(ch) <= ord(small_hi) for x in range(lo, hi + 1) for ch in chr(x).lower()):
            return False
    return True


class FoldedMatch:
    """A match found on the lower-cased text, read back from the original: same offsets, original letters."""

    __slots__ = ("_m", "string", "re")

    def __init__(self, m: re.Match, string: str, pattern: "CI"):
        self._m = m
        self.string = string
        self.re = pattern  # the CI object, as re.Match.re is the compiled pattern

    def group(self, *groups):
        if len(groups) > 1:
            return tuple(self.group(g) for g in groups)
        a, b = self._m.span(groups[0] if groups else 0)
        return None if a < 0 else self.string[a:b]

    def __getitem__(self, g):
        return self.group(g)

    def groups(self, default=None):
        return tuple(self.group(i) or (default if self._m.start(i) < 0 else "") for i in range(1, self._m.re.groups + 1))

    def groupdict(self, default=None):
        return {k: (default if self._m.start(k) < 0 else self.group(k)) for k in self._m.re.groupindex}

    def start(self, group=0):
        return self._m.start(group)

    def end(self, group=0):
        return self._m.end(group)

    def span(self, group=0):
        return self._m.span(group)

    @property
    def lastgroup(self):
        return self._m.lastgroup

    @property
    def lastindex(self):
        return self._m.lastindex

    @property
    def pos(self):
        return self._m.pos

    @property
    def endpos(self):
        return self._m.endpos

    def __repr__(self):
        return f"<FoldedMatch span={self.span()} match={self.group()!r}>"


END = sys.maxsize  # an endpos past any text: re reads it as the text's end


def _one_match(op):
    """CI's method for a one-match operation of re.Pattern (search, match, fullmatch)."""

    def method(self, text: str, pos: int = 0, endpos: int = END):
        if self._low is not None:
            low = _fold(text)
            if low is not None:
                rx = self._low if self._gated is None else self._gated(low)
                if rx is None:
                    return None
                m = op(rx, low, pos, endpos)
                return FoldedMatch(m, text, self) if m is not None else None
        return op(self._ci, text, pos, endpos)

    method.__name__ = op.__name__
    method.__doc__ = f"re.Pattern.{op.__name__}, case-insensitive."
    return method


class CI:
    """A case-insensitive pattern that runs on the lower-cased text, behind a filter of the characters a
    match can start with (about 4x faster than re.I on Cyrillic). Its matches read the original text, so it
    stands in for ``re.compile(pattern, re.I)``. Falls back to re.I where lower-casing would shift offsets
    ("İ") or change what the pattern means (see ``_foldable``)."""

    def __init__(self, pattern: str, flags: int = 0, *, needs: tuple[str, ...] = (),
                 rare: tuple[str, tuple[str, ...]] | None = None):
        """``needs``: words one of which every match contains (a text with none of them cannot match);
        ``rare``: one alternative of the pattern (as written, with its "|") and the words it needs, left
        out of the pattern run on texts without those words (an alternative that starts with \\w keeps the
        whole pattern from its first-character filter)."""
        self.pattern = pattern
        self.flags = flags | re.I
        self._low = (re.compile(with_first_char_filter(lower_pattern(pattern)), flags & ~re.I)
                     if not flags & re.X and _foldable(pattern) else None)
        self.groups, self.groupindex = (self._low or self._ci).groups, (self._low or self._ci).groupindex
        self._needs = tuple(w.lower() for w in needs)
        self._without_rare, self._rare_needs = None, ()
        if rare is not None and self._low is not None:
            branch, words = rare
            if pattern.count(branch) != 1:
                raise ValueError(f"the rare alternative is not in the pattern once: {branch!r}")
            self._without_rare = re.compile(with_first_char_filter(lower_pattern(pattern.replace(branch, ""))),
                                            flags & ~re.I)
            self._rare_needs = tuple(w.lower() for w in words)
            if self._without_rare.groups != self._low.groups:
                raise ValueError(f"the rare alternative holds a group: {branch!r}")
        self._gated = self._gate if self._needs or self._without_rare is not None else None

    def _gate(self, low: str) -> re.Pattern | None:
        """The pattern to run on this lower-cased text; None when the text cannot match."""
        if self._needs and not any(w in low for w in self._needs):
            return None
        if self._without_rare is not None and not any(w in low for w in self._rare_needs):
            return self._without_rare
        return self._low

    @functools.cached_property
    def _ci(self) -> re.Pattern:
        """The pattern with re.I on the original text (compiled when first needed: few texts need it)."""
        return re.compile(self.pattern.removeprefix("(?i)"), self.flags)

    # finditer and the methods of _one_match take no helper call: they run some 300,000 times a second
    def finditer(self, text: str, pos: int = 0, endpos: int = END):
        if self._low is not None:
            low = _fold(text)
            if low is not None:
                rx = self._low if self._gated is None else self._gated(low)
                if rx is None:
                    return iter(())
                return (FoldedMatch(m, text, self) for m in rx.finditer(low, pos, endpos))
        return self._ci.finditer(text, pos, endpos)

    search = _one_match(re.Pattern.search)
    match = _one_match(re.Pattern.match)
    fullmatch = _one_match(re.Pattern.fullmatch)

    # rarer uses read the original text with re.I
    def findall(self, text: str, pos: int = 0, endpos: int = END):
        return self._ci.findall(text, pos, endpos)

    def sub(self, repl, text: str, count: int = 0):
        return self._ci.sub(repl, text, count)

    def subn(self, repl, text: str, count: int = 0):
        return self._ci.subn(repl, text, count)

    def split(self, text: str, maxsplit: int = 0):
        return self._ci.split(text, maxsplit)


class KeywordGate:
    """A cheap pre-test for a large pattern: does the lower-cased text contain any of these stems?
    Substring tests in C are far cheaper than trying a long alternation at every position."""

    def __init__(self, stems):
        self.stems = tuple(sorted({s.lower() for s in stems}, key=len))

    def may_match(self, low: str) -> bool:
        for s in self.stems:  # a plain loop: a generator in any() costs more than the tests
            if s in low:
                return True
        return False
