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
# small patterns the readers share
DIGIT_RE = re.compile(r"\d")  # any digit
STOP_RE = re.compile(r"[.;]")  # a full stop or a semicolon: the end of a clause
WORD_CHAR_RE = re.compile(r"\w")  # any word character
LETTER_RE = re.compile(r"[^\W\d_]")  # a letter (no digit, no underscore)
BLANKS_RE = re.compile(r"\s*")  # only blanks
NON_BLANKS_RE = re.compile(r"\S*")  # the run of non-blanks at a text's start (or right after a match)
YEAR_OPENS_RE = re.compile(r"(?:19|20)\d\d\s+(?:жыл\w*|год\w*|year)(?!\w)", re.IGNORECASE)
NEXT_CHAR_RE = re.compile(r"\s*(\S)")
LAST_WORD_RE = re.compile(r"(\w+)$")


# a word with an apostrophe before the dot: "Kazakhstan’s." is no abbreviation
POSSESSIVE_BEFORE_DOT_RE = re.compile(r"\w['’]\w+$")


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
    if word.lower() in NON_TERMINAL_ABBREVIATIONS and not POSSESSIVE_BEFORE_DOT_RE.search(text[max(0, dot_pos - 22):dot_pos]):
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


def _first_char_class(tree) -> str | None:
    """The class of characters a parsed pattern can start with ("[сsеe]"); None when any may start it."""
    first = _first_chars(list(tree))
    if first is None or first[1] or not first[0] or r"\w" in first[0]:
        return None
    return f"[{''.join(dict.fromkeys(first[0]))}]"


def with_first_char_filter(pattern: str) -> str:
    """The pattern behind a lookahead of the characters it can start with: Python's engine then skips
    positions that cannot start a match instead of trying every alternative there (several times
    faster on long alternations). Same matches; the pattern is returned as is when no class applies."""
    from re import _parser

    try:
        first = _first_char_class(_parser.parse(pattern))
    except re.error:
        return pattern
    return pattern if first is None else _behind(first, pattern)


# a pattern's leading inline flags: "(?i)", "(?ms)"
INLINE_FLAGS_RE = re.compile(r"\(\?[aiLmsux]+\)")


def _behind(first: str, pattern: str) -> str:
    """The pattern behind a lookahead of a class of first characters (after its leading flags)."""
    flags = INLINE_FLAGS_RE.match(pattern)
    head = flags.group() if flags else ""
    return f"{head}(?={first})(?:{pattern[len(head):]})"


# a gate CI puts before a pattern: at most this many words, none shorter than this (see required_words).
# Measured with make bench-instructions: 6 words took 32.0 M instructions an article to 29.7 M, 24 to 28.0 M;
# more words than that cost as much to test as the pattern does to run.
GATE_MAX_WORDS = 24
GATE_MIN_LENGTH = 2


def required_words(items) -> frozenset[str] | None:
    """Strings one of which every match of a parsed pattern contains (runs of literals, through groups,
    alternations, repeats of at least one and lookarounds that must match), the set that makes the best gate:
    fewest words, then longest. None when a match needs no literal text ("\\d+(?:%|\\s*proc)?" needs none)."""
    from re import _constants as c

    best: frozenset[str] | None = None
    run: set[str] = {""}

    def consider(words):
        nonlocal best
        if words and (best is None or _gate_rank(words) > _gate_rank(best)):
            best = words

    def flush():
        nonlocal run
        if run != {""}:
            consider(frozenset(run))
        run = {""}

    for op, av in items:
        if op is c.LITERAL:
            run = {s + chr(av) for s in run}
            continue
        if op is c.IN and len(av) <= 3 and all(o is c.LITERAL for o, _a in av):
            longer = {s + chr(a) for s in run for _o, a in av}
            if len(longer) <= GATE_MAX_WORDS:
                run = longer
                continue
        flush()
        sub = None
        if op is c.SUBPATTERN:
            sub = required_words(av[-1])
        elif op is c.ATOMIC_GROUP:
            sub = required_words(av)
        elif op is c.ASSERT:
            sub = required_words(av[1])
        elif op is c.BRANCH:
            alts = [required_words(alt) for alt in av[1]]
            sub = None if any(a is None for a in alts) else frozenset().union(*alts)
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT) and av[0] >= 1:
            sub = required_words(av[2])
        if sub is not None:
            consider(sub)
    flush()
    return best


def _gate_rank(words: frozenset[str]) -> tuple:
    """How good a gate a set of words makes: usable at all, then fewer words, then longer ones."""
    shortest = min(map(len, words))
    return (len(words) <= GATE_MAX_WORDS and shortest >= GATE_MIN_LENGTH, -len(words), shortest)


def gate_words(words: frozenset[str] | None) -> tuple[str, ...]:
    """The words of a gate, shortest (likeliest found) first; () when the set makes no gate worth testing."""
    if words is None or not _gate_rank(words)[0]:
        return ()
    return tuple(sorted(words, key=lambda w: (len(w), w)))


def compile_fast(pattern: str, flags: int = 0) -> re.Pattern:
    """The pattern of compile_gated."""
    return compile_gated(pattern, flags)[0]


def compile_gated(pattern: str, flags: int = 0) -> tuple[re.Pattern, frozenset[str] | None]:
    """The pattern's words one of which every match needs (required_words; None if unread), and
    ``re.compile`` for a pattern tried at every position of many texts, with the same matches and groups:
    - behind a lookahead of the characters it can start with (see with_first_char_filter);
    - with every alternative that opens with a word boundary or a one-character lookbehind before a letter
      ("\\bшос", "(?<![\\w-])шос") opening with the letter and looking behind it ("ш(?<!\\wш)ос"). Python's
      engine passes over an alternative whose first letter is not the text's without entering it, but
      enters every alternative that opens with an assertion: thirty "\\bXYZ" acronyms ran four times slower
      than the same alternatives led by letters;
    - with the alternatives that open with one letter joined behind it ("шос|шыұ" -> "ш(?:ос|ыұ)").
    Parsed once; compiled as written (behind the lookahead), with no words, if the regex internals are not as
    expected."""
    try:
        import _sre
        from re import _compiler, _parser

        tree = _parser.parse(pattern, flags)
        words = required_words(list(tree))  # before the rewrites below
        first = _first_char_class(tree)
        if not (flags | tree.state.flags) & re.ASCII:  # "\b" before a Cyrillic letter is no boundary under re.A
            _letters_first(tree)
        if first is not None:
            tree.data.insert(0, _parser.parse(f"(?={first})").data[0])
        code = _compiler._code(tree, flags)
        state = tree.state
        names = [None] * state.groups
        for name, i in state.groupdict.items():
            names[i] = name
        # as re._compiler.compile does; .pattern reads the pattern behind its filter
        text = pattern if first is None else _behind(first, pattern)
        return _sre.compile(text, flags | state.flags, code, state.groups - 1, state.groupdict, tuple(names)), words
    except (ImportError, AttributeError, TypeError, ValueError, IndexError):
        return re.compile(with_first_char_filter(pattern), flags), None


def _letters_first(sub) -> None:
    """Rewrite, in place, the alternatives of every branch in a parsed pattern (see compile_fast)."""
    from re import _constants as c

    for op, av in sub.data:
        if op is c.BRANCH:
            for alt in av[1]:
                _lead_with_letter(alt)
                _letters_first(alt)
            av[1][:] = _by_first_letter(av[1])
        elif op is c.SUBPATTERN:
            _letters_first(av[-1])
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            _letters_first(av[2])
        elif op in (c.ASSERT, c.ASSERT_NOT):
            _letters_first(av[1])
        elif op is c.ATOMIC_GROUP:
            _letters_first(av)


def _by_first_letter(alts: list) -> list:
    """Alternatives that open with the same letter, as one alternative of that letter before a branch of
    their rests ("шос|шыұ" -> "ш(?:ос|ыұ)"), recursively: a trie, so the engine reads each letter once instead
    of testing every alternative. Alternatives that open with different letters never both match at one
    position, so the order that matters (within one letter) is kept; an alternative that opens otherwise
    is a wall nothing moves across."""
    from re import _constants as c, _parser

    out: list = []
    run: dict[int, list] = {}

    def close_run():
        for letter, group in run.items():
            if len(group) == 1:
                out.append(group[0])
                continue
            state = group[0].state
            rests = [_parser.SubPattern(state, list(g.data[1:])) for g in group]
            merged = _by_first_letter(rests)
            inner = [(c.BRANCH, (None, merged))] if len(merged) > 1 else list(merged[0].data)
            out.append(_parser.SubPattern(state, [(c.LITERAL, letter)] + inner))
        run.clear()

    for alt in alts:
        if alt.data and alt.data[0][0] is c.LITERAL:
            run.setdefault(alt.data[0][1], []).append(alt)
        else:
            close_run()
            out.append(alt)
    close_run()
    return out


def _lead_with_letter(alt) -> None:
    """"\\bX..." (X a word character) -> "X(?<!\\wX)...", and "(?<!Y)X..." / "(?<=Y)X..." (Y one character
    wide) -> "X(?<!YX)..." / "X(?<=YX)...": the lookbehind now also reads the letter it stands after."""
    from re import _constants as c, _parser

    data = alt.data
    if len(data) < 2 or data[1][0] is not c.LITERAL:
        return
    (op, av), letter = data[0], data[1]
    if op is c.AT and av is c.AT_BOUNDARY and (chr(letter[1]).isalnum() or letter[1] == ord("_")):
        behind = (c.ASSERT_NOT, [(c.IN, [(c.CATEGORY, c.CATEGORY_WORD)])])
    elif op in (c.ASSERT, c.ASSERT_NOT) and av[0] == -1 and av[1].getwidth() == (1, 1):
        behind = (op, list(av[1].data))
    else:
        return
    look = _parser.SubPattern(alt.state, behind[1] + [letter])
    alt.data[:2] = [letter, (behind[0], (-1, look))]
    alt.width = None


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


class cached_property:
    """functools.cached_property without the lock Python 3.11 takes on each first read (the annotations of
    every sentence are read once each, some 50,000 first reads a second): the value is kept in the
    instance's ``__dict__``, which later reads find before this descriptor."""

    def __init__(self, func):
        self.func, self.name, self.__doc__ = func, func.__name__, func.__doc__

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        value = instance.__dict__[self.name] = self.func(instance)
        return value


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
        self._low, required = (compile_gated(lower_pattern(pattern), flags & ~re.I)
                               if not flags & re.X and _foldable(pattern) else (None, None))
        self.groups, self.groupindex = (self._low or self._ci).groups, (self._low or self._ci).groupindex
        # the words given, else those the pattern itself needs (a text with none of them cannot match)
        self._needs = tuple(w.lower() for w in needs) or (gate_words(required) if rare is None else ())
        self._without_rare, self._rare_needs = None, ()
        if rare is not None and self._low is not None:
            branch, words = rare
            if pattern.count(branch) != 1:
                raise ValueError(f"the rare alternative is not in the pattern once: {branch!r}")
            self._without_rare = compile_fast(lower_pattern(pattern.replace(branch, "")), flags & ~re.I)
            self._rare_needs = tuple(w.lower() for w in words)
            if self._without_rare.groups != self._low.groups:
                raise ValueError(f"the rare alternative holds a group: {branch!r}")
        self._gated = self._gate if self._needs or self._without_rare is not None else None

    def _gate(self, low: str) -> re.Pattern | None:
        """The pattern to run on this lower-cased text; None when the text cannot match."""
        if self._needs:
            for w in self._needs:  # a plain loop: a generator in any() costs more than the tests
                if w in low:
                    break
            else:
                return None
        if self._without_rare is not None and not any(w in low for w in self._rare_needs):
            return self._without_rare
        return self._low

    @cached_property
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
