"""Countries, cities and multilateral groupings mentioned in a text, in kk/ru/en, inflected or not.

A gazetteer entry is indexed by its stem; a token matches when it is ``stem + ending`` and the
ending is a Kazakh or Russian case/adjective ending (``Қырғызстанмен``, ``Ресейден``,
``Парижде``, ``России``, ``российско-``). Country names and cities must be capitalised in the text;
adjectives may be lower case (``француз``, ``казахстанский``).
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from elshi.lexicon import fold_latin, norm, read_csv
from elshi.morph import KK_ADJECTIVE_ENDING_RE, RU_ENDING_RE, ending_ok
from elshi.text import CI, WORD_RE

# Multilateral groupings and aggregates: never a bilateral partner.
AGGREGATE_RE = CI(
    # (not one country so described: "imports from the Central Asian country", "центральноазиатской республики")
    r"(?i)((?:орталық\s+азия|централь\w*\s+ази|central\s+asia)(?!\w*\s+(?:(?:country|nation|republic|state)\b|стран[аыеу]\b|"
    r"республик[аиеу]\b|государств[аоеу]\b|елі\w*|мемлекеті\w*))|\bC5\b|ЕАЭО|ЕАЭС|EAEU|ЕврАзЭС|\bТМД\b|\bСНГ\b|\bCIS\b|"
    r"\bШЫҰ\b|\bШОС\b|\bSCO\b|\bЕО\b|\bЕС\b|\bEU\b|еуропа\s+одағ|еуропалық\s+одақ\w*|евросоюз|европейск\w+\s+союз|european\s+union|"
    r"mercosur|меркосур|\basean\b|асеан|gulf\s+cooperation\s+council|gulf\s+states|\bGCC\b|ССАГПЗ|"
    r"(?:стран\w*|государств\w*)\s+(?:\w+\s+)?персидского\s+залива|парсы\s+шығанағы\s+(?:\w+\s+)?елдер\w*|"
    r"\bbrics\b|брикс|african\s+union|африканск\w+\s+союз\w*|африка\s+одағ\w*|"
    r"eurasian\s+economic\s+union|евразийск\w+\s+экономическ\w+\s+союз\w*|еуразиялық\s+экономикалық\s+одақ\w*|"
    r"customs\s+union|таможенн\w+\s+союз\w*|кеден\s+одағ\w*|"
    r"түркі\s+мемлекет|тюрк\w*\s+государств|turkic\s+states|organization\s+of\s+turkic|\bОТГ\b|\bТМҰ\b|\bOTS\b|"
    r"стран\w*\s*-\s*член\w*|"
    r"\bregion\b|entire\s+region|өңір\s+елдер|стран\w*\s+регион|"
    r"all\s+foreign|барлық\s+шетел|всех\s+иностран|со\s+всеми\s+стран|мүше\s+мемлекет|стран\w*[-\s]+участниц|"
    r"member\s+states|стран\w*\s+объединени)"
)


# ISO country names that are also ordinary words or first names: matched only through country_aliases.csv
AMBIGUOUS_NAMES = frozenset({"того", "мали", "чад", "chad", "jordan", "georgia", "guinea", "niger", "jersey", "turkey",
                             "мартиника", "реюньон", "гуам", "samoa", "dominica", "монако", "monaco", "панама", "panama",
                             "куба", "перу", "peru", "чили", "chile", "oman", "оман", "india", "мьянма", "канада", "сальвадор"})


REGION = ""  # the iso3 of a part of the world read from seeds/regions.csv (never a place found)


@dataclass(frozen=True)
class Place:
    """A mention of a country (``kind`` country/adjective/abbrev) or a city (``city`` set)."""

    start: int
    end: int
    iso3: str
    kind: str  # name | abbrev | adjective | demonym | city
    ending: str  # the case ending after the stem (normalised), '' if none
    city: str | None = None
    surface: str = ""
    capital: bool = False


@dataclass(frozen=True)
class _Entry:
    iso3: str
    kind: str
    words: tuple[str, ...]  # normalised stems of each word
    city: str | None
    capitalised: bool
    capital: bool = False
    bare: bool = True  # the stem is a word form of its own (not "Лим" of "Лима", a stem that needs its ending)


def gnorm(s: str) -> str:
    """The gazetteer's key of a word: normalised, Latin diacritics dropped ("Việt" -> "viet", "Hà" -> "ha")."""
    return fold_latin(norm(s))


# a Russian adjective's ending: "Южная", "Объединенные", "Арабские"
RU_ADJECTIVE_ENDING_RE = re.compile(r"(ий|ый|ой|ая|яя|ое|ее|ые|ие)$")


def _ru_stem(word: str, kind: str) -> str:
    if kind == "adjective" and RU_ADJECTIVE_ENDING_RE.search(word):
        return word[:-2]  # "Южная Корея", "Объединенные Арабские Эмираты": every case of the adjective
    if len(word) > 4 and word[-1] in "аяьйоеиы":
        return word[:-1]
    return word


# the blanks between the words of a name
BLANKS_RE = re.compile(r"\s+")
# a fleeting vowel before a name's last consonant: "Египет" -> "Египт(ом)"
RU_FLEETING_VOWEL_RE = re.compile(r"(?<=[бвгджзклмнпрстфхцчшщ])[ео](?=[бвгджзклмнпрстфхцчшщ]$)")
# an ISO name with a comma or a bracket ("Korea, Republic of") is no running-text name
BRACKET_OR_COMMA_RE = re.compile(r"[,()]")


def _entries() -> list[_Entry]:
    out: list[_Entry] = []
    for r in read_csv("country_aliases.csv"):
        kind = r["kind"]
        words = tuple(gnorm(w) for w in BLANKS_RE.split(r["alias"].strip()))
        if r["lang"] == "ru" and kind != "abbrev":
            out.append(_Entry(r["iso3"], kind, words[:-1] + (_ru_stem(words[-1], kind),), None, kind != "adjective"))
            fleeting = RU_FLEETING_VOWEL_RE.sub("", words[-1])
            if kind == "name" and fleeting != words[-1] and len(fleeting) >= 4:  # "Египет" -> "Египтом"
                out.append(_Entry(r["iso3"], kind, words[:-1] + (fleeting,), None, True))
            if len(words) > 1:  # inflect every word of "Южная Корея" / "Соединенные Штаты"
                out.append(_Entry(r["iso3"], kind, tuple(_ru_stem(w, "adjective" if i < len(words) - 1 else kind)
                                                         for i, w in enumerate(words)), None, True))
        out.append(_Entry(r["iso3"], kind, words, None, kind not in ("adjective", "demonym")))
    # every ISO country under its ISO names (countries.csv), unless the name is also a common word
    for r in read_csv("countries.csv"):
        for lang, col in (("en", "name_en"), ("kk", "name_kk"), ("ru", "name_ru")):
            name = r[col].strip()
            if not name or BRACKET_OR_COMMA_RE.search(name) or norm(name) in AMBIGUOUS_NAMES:
                continue
            words = tuple(gnorm(w) for w in name.split())
            out.append(_Entry(r["iso3"], "name", words, None, True))
            if lang == "ru":
                out.append(_Entry(r["iso3"], "name", words[:-1] + (_ru_stem(words[-1], "name"),), None, True))
    # parts of the world named like a country ("Латын Америкасы", "Latin America"): read, so that "America" in them
    # is not the United States, and dropped
    for r in read_csv("regions.csv"):
        words = tuple(gnorm(w) for w in BLANKS_RE.split(r["name"].strip()))
        if r["lang"] == "ru":
            words = tuple(_ru_stem(w, "adjective" if i < len(words) - 1 or r["kind"] == "adjective" else "name")
                          for i, w in enumerate(words))
        out.append(_Entry(REGION, "region", words, None, False))
    for r in read_csv("cities.csv"):
        words = tuple(gnorm(w) for w in r["form"].split())
        cap = r["is_capital"] == "1"
        out.append(_Entry(r["country_iso3"], "city", words, r["city_en"], True, cap))
        if r["lang"] == "ru":
            last = words[-1]  # a short city in -а/-я declines too: "в Доху", "из Риги", "в Вене"
            stem = last[:-1] if len(last) == 4 and last[-1] in "ая" else _ru_stem(last, "name")
            # "Лима" declines to "Лиме", "Лимы", never to "Лим" (a Malaysian's name): an -а/-я stem needs its ending
            out.append(_Entry(r["country_iso3"], "city", words[:-1] + (stem,), r["city_en"], True, cap,
                              bare=not (stem != last and last[-1] in "ая")))
    return out


@functools.lru_cache(maxsize=1)
def _index() -> dict[str, list[_Entry]]:
    """First-word stem -> entries (longest first)."""
    idx: dict[str, list[_Entry]] = {}
    for e in _entries():
        idx.setdefault(e.words[0], []).append(e)
    for v in idx.values():
        v.sort(key=lambda e: (-len(e.words), -len("".join(e.words))))
    return idx


@functools.lru_cache(maxsize=1)
def _stem_lengths() -> tuple[int, ...]:
    return tuple(sorted({len(k) for k in _index()}, reverse=True))


def _match_word(word: str, stem: str, last: bool) -> str | None:
    """Ending if ``word`` is ``stem`` + an allowed ending (only the last word of a phrase may
    carry a Kazakh ending; Russian inflects every word)."""
    if not word.startswith(stem):
        return None
    ending = word[len(stem):]
    if ending == "":
        return ""
    if last and ending_ok(ending):
        return ending
    if not last and RU_ENDING_RE.match(ending):
        return ending
    return None


@functools.lru_cache(maxsize=65536)
def _lookup(word: str) -> tuple[tuple[_Entry, str], ...]:
    """Entries whose first word matches ``word`` (normalised), with the ending, longest stem first."""
    idx = _index()
    found: list[tuple[_Entry, str]] = []
    for n in _stem_lengths():
        if n > len(word) or n < 2:
            continue
        entries = idx.get(word[:n])
        if not entries:
            continue
        for e in entries:
            ending = _match_word(word, e.words[0], len(e.words) == 1)
            if ending is not None:
                found.append((e, ending))
    return tuple(found)


@functools.lru_cache(maxsize=1)
def _prefixes() -> frozenset[str]:
    """First two letters of every stem, and first three of every stem of three letters or more:
    a word whose opening letters start no stem is skipped without a lookup."""
    keys = _index()
    return frozenset([k[:2] for k in keys if len(k) < 3] + [k[:3] for k in keys if len(k) >= 3])


def _may_start_entry(word: str) -> bool:
    low = fold_latin(word[:3].lower().replace("ё", "е"))
    prefixes = _prefixes()
    return low[:2] in prefixes or low in prefixes


@functools.lru_cache(maxsize=65536)
def _lookup_raw(piece: str) -> tuple[tuple[_Entry, str], ...]:
    """_lookup of a word as written; words whose first two letters start no entry are skipped cheaply."""
    if not _may_start_entry(piece):
        return ()
    return _lookup(gnorm(piece))


# a word's hyphens, kept as parts of the split: "қазақ-қырғыз" -> "қазақ", "-", "қырғыз"
HYPHEN_SPLIT_RE = re.compile(r"([-‐‑])")


@functools.lru_cache(maxsize=65536)
def _word_hits(word: str) -> tuple:
    """Gazetteer entries a word form (and, for "қазақ-қырғыз", each hyphenated part) may start, with
    the part's offsets in the word: ((start, end, part, ((entry, ending), ...)), ...). Cached per word form."""
    if not _candidate(word):
        return ()
    parts = [(0, len(word), word)]
    if "-" in word or "‐" in word or "‑" in word:
        pos = 0
        for piece in HYPHEN_SPLIT_RE.split(word):
            if piece and piece not in "-‐‑":
                parts.append((pos, pos + len(piece), piece))
            pos += len(piece)
    out = []
    for s, e, piece in parts:
        hits = _lookup_raw(piece)
        if hits:
            out.append((s, e, piece, hits))
    return tuple(out)


# a hyphen inside a word: "қазақ-қырғыз", "АҚШ-тың"
HYPHEN_RE = re.compile(r"[-‐‑]")


@functools.lru_cache(maxsize=65536)
def _candidate(word: str) -> bool:
    """Could this word (or a part of it, "қазақ-қырғыз") start a gazetteer entry? Cached per word form."""
    if _may_start_entry(word):
        return True
    return any(_may_start_entry(piece) for piece in HYPHEN_RE.split(word) if piece)


def _split_parts(m: re.Match) -> list[tuple[int, int, str]]:
    """A hyphenated word as itself and as its parts ("қазақ-қырғыз", "АҚШ-тың")."""
    text = m.group()
    parts = [(m.start(), m.end(), text)]
    if "-" in text or "‐" in text or "‑" in text:
        pos = m.start()
        for piece in HYPHEN_SPLIT_RE.split(text):
            if piece and piece not in "-‐‑":
                parts.append((pos, pos + len(piece), piece))
            pos += len(piece)
    return parts


# abbreviations written with dots, which the word tokenizer splits: "U.S.", "U.K.", "U.A.E."
DOTTED_ABBREVIATIONS = ((re.compile(r"(?<![\w.])U\.S\.(?:A\.)?"), "USA"), (re.compile(r"(?<![\w.])U\.K\."), "GBR"),
                        (re.compile(r"(?<![\w.])U\.A\.E\."), "ARE"))


def find_places(text: str) -> list[Place]:
    """All country, adjective and city mentions in ``text``, left to right, non-overlapping."""
    return list(_find_places(text))


@functools.lru_cache(maxsize=4096)
def _find_places(text: str) -> tuple[Place, ...]:
    words = list(WORD_RE.finditer(text))
    out: list[Place] = []
    if "U." in text:
        for rx, iso in DOTTED_ABBREVIATIONS:
            for m in rx.finditer(text):
                out.append(Place(m.start(), m.end(), iso, "abbrev", "", None, m.group()))
        if out:
            taken = [(p.start, p.end) for p in out]
            words = [w for w in words if not any(s <= w.start() < e for s, e in taken)]
    i = 0
    while i < len(words):
        m = words[i]
        word_hits = _word_hits(m.group())
        if not word_hits:
            i += 1
            continue  # no entry starts like this word or its hyphenated parts
        base = m.start()
        for (rs, re_, piece, hits) in word_hits:
            ps, pe = base + rs, base + re_
            best = None
            for e, ending in hits:
                if e.capitalised and not piece[:1].isupper() and not KK_ADJECTIVE_ENDING_RE.match(ending):
                    continue
                if not e.bare and ending == "" and len(e.words) == 1:
                    continue
                if e.kind == "abbrev" and not POSSESSIVE_END_RE.sub("", piece.rstrip("-")).isupper():
                    continue  # "UAE", "UAE's"; not the word "uae" or "Us"
                if len(e.words) == 1:
                    best = (e, ending, ps, pe, 1)
                    break
                # multi-word: following words must match too
                if (ps, pe) != (m.start(), m.end()) or i + len(e.words) > len(words):
                    continue
                ok, end_ending = True, ending
                for k, stem in enumerate(e.words[1:], start=1):
                    w2 = words[i + k]
                    if w2.start() - words[i + k - 1].end() > 2:
                        ok = False
                        break
                    end_ending = _match_word(gnorm(w2.group()), stem, k == len(e.words) - 1)
                    if end_ending is None:
                        ok = False
                        break
                if ok:
                    best = (e, end_ending or "", ps, words[i + len(e.words) - 1].end(), len(e.words))
                    break
            if best is None:
                continue
            e, ending, s, en, nwords = best
            if e.kind == "abbrev" and ending == "" and s == m.start() and en < m.end():
                ending = norm(text[en:m.end()].lstrip("-‐‑"))
            if e.city and norm(text[s:en]).startswith(RESIDENCE_STEMS) and not _residence_as_place(text, s, ending):
                break  # "Акорда сообщает": the presidential office speaking, not a place
            if e.city and ORGANISATION_AFTER_RE.match(text, en):
                break  # "Шанхай ынтымақтастық ұйымы", "Shanghai Cooperation Organisation": a name, not the city
            if e.city and ending == "" and NAME_PARTICLE_AFTER_RE.match(text, en):
                break  # "Рим әл-Хашими" (Reem Al Hashimy): a first name before a family particle, not the city
            if e.kind != "region":
                out.append(Place(s, en, e.iso3, e.kind, ending, e.city, text[s:en], e.capital))
            if nwords > 1:
                i += nwords - 1
                break
            if (ps, pe) == (m.start(), m.end()):
                break  # the whole word matched; don't also match its parts
        i += 1
    out = [p for p in out if not (p.iso3 == "USA" and p.kind == "abbrev" and CURRENCY_AFTER_RE.match(text, p.end))]
    out.sort(key=lambda p: p.start)
    if "штат" in text.lower() or "States" in text:
        for k in range(len(out) - 1, 0, -1):
            if _states_of_named(text, out[k - 1], out[k]):  # one name of the country before: "Мексика Біріккен Штаттары"
                q, p = out[k - 1], out.pop(k)
                out[k - 1] = Place(q.start, p.end, q.iso3, "name", p.ending, None, text[q.start:p.end])
    return tuple(out)


# the "United States" of another country's full name: "Мексика Біріккен Штаттары", "Мексиканских Соединённых
# Штатов" (not "Қазақстан Құрама Штаттармен", Kazakhstan with the United States)
STATES_AFTER_NAME_RE = CI(r"(?i)\s+(?:біріккен|united)\s+(?=штат|states)")
STATES_AFTER_ADJECTIVE_RE = CI(r"(?i)\s+(?=соедин[её]нн\w*\s+штат)")


def _states_of_named(text: str, before, p) -> bool:
    if p.iso3 != "USA" or before.iso3 == "USA":
        return False
    rx = STATES_AFTER_ADJECTIVE_RE if before.kind == "adjective" else STATES_AFTER_NAME_RE if before.kind == "name" else None
    m = rx.match(text, before.end) if rx is not None else None  # (a lookahead sees past fullmatch's end only this way)
    return m is not None and m.end() == p.start


POSSESSIVE_END_RE = re.compile(r"['’]s$")
# "US$1.2 billion", "41 billion U.S. dollars": the currency, not the country
CURRENCY_AFTER_RE = CI(r"(?i)\s?(?:\$|dollars?\b|доллар)")
# an organisation named after a city: "Shanghai Cooperation Organisation", "Шанхайской организации сотрудничества",
# "Шанхай ынтымақтастық ұйымы"
ORGANISATION_AFTER_RE = CI(r"(?i)\s*(?:cooperation\s+organi[sz]ation|organi[sz]ation|организаци\w*|ынтымақтастық\s+ұйым\w*|"
                                   r"ұйым\w*|spirit|дух\w*|рух\w*|five|пятерк\w*|format|формат\w*)\b")


# an Arabic family particle right after a word: "Рим әл-Хашими", "Reem Al Hashimy", "Рим аль-Хашими", "бин", "ибн"
# (not the Kazakh "бен", "and": "Астана бен Ташкент")
NAME_PARTICLE_AFTER_RE = CI(r"(?i)\s+(?:әл|аль|ал|al|el|эль|әд|ад|ad|ас|as|ат|at|ан|an)-|\s+(?:al|bin|ibn|бин|ибн)\s")


# a residence that stands for its city only as a place ("в Акорде", "Ақордада", "at the Akorda"), not as the
# office that speaks ("Акорда сообщает", "according to Akorda")
RESIDENCE_STEMS = ("ақорд", "акорд", "akord", "ak ord")
RESIDENCE_PLACE_BEFORE_RE = CI(r"(?i)(?:\b(?:in|at)\s+(?:the\s+)?|(?<!according\s)\bto\s+(?:the\s+)?)$")


def _residence_as_place(text: str, start: int, ending: str) -> bool:
    return ending in ("да", "де", "та", "те", "ға", "ге", "дағы", "е") or bool(RESIDENCE_PLACE_BEFORE_RE.search(text[max(0, start - 20):start]))


@functools.lru_cache(maxsize=1)
def _capitals() -> dict[str, str]:
    out: dict[str, str] = {}
    for r in read_csv("cities.csv"):
        if r["is_capital"] == "1":
            out.setdefault(r["country_iso3"], r["city_en"])
    return out


def capital_of(iso3: str) -> str | None:
    """The capital's English name (the gazetteer's first one: "Astana" for KAZ), None if the gazetteer has none."""
    return _capitals().get(iso3)


def countries_in(text: str) -> list[Place]:
    return [p for p in find_places(text) if p.kind != "city"]


# "стран ОТГ", "countries of the GCC": countries named by a group's acronym (case matters here)
GROUP_ACRONYM_RE = re.compile(r"(?:стран\w*|countries\s+of\s+the|елдер\w*)\s+[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]{2,8}\b|"
                              r"\b[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]{2,6}\s+(?:елдер\w*|countries|member\s+states)")


AGGREGATE_LOW_STEMS = ("ази", "asia", "eaeu", "евразэс", "одағ", "союз", "union", "тюрк", "түркі", "turkic", "член", "region",
                       "өңір", "регион", "foreign", "шетел", "иностран", "стран", "мүше", "member", "объединени", "елдер",
                       "countries", "одақ", "mercosur", "меркосур", "asean", "асеан", "gulf", "залив", "шығанағ", "brics",
                       "брикс", "африк")
AGGREGATE_UPPER = ("C5", "ЕАЭ", "EAEU", "ТМД", "СНГ", "CIS", "ШЫҰ", "ШОС", "SCO", "ЕО", "ЕС", "EU", "ОТГ", "ТМҰ", "OTS",
                   "GCC", "ССАГПЗ")


def aggregate_spans(text: str) -> list[tuple[int, int]]:
    low = text.lower()
    if not (any(s in low for s in AGGREGATE_LOW_STEMS) or any(s in text for s in AGGREGATE_UPPER)):
        return []
    spans = [(m.start(), m.end()) for m in AGGREGATE_RE.finditer(text)]
    spans += [(m.start(), m.end()) for m in GROUP_ACRONYM_RE.finditer(text)]
    # "the Russia-led Eurasian Economic Union": the leading country is part of the group's name
    spans = [(led.start(), e) if (led := LED_BEFORE_RE.search(text, max(0, s - 30), s)) else (s, e) for s, e in spans]
    # a group named as a party to a treaty is no owner of a figure: "the Vietnam-EAEU Free Trade Agreement",
    # "соглашения о свободной торговле между Вьетнамом и ЕАЭС", "ЕАЭО-мен еркін сауда туралы келісім"
    return sorted((s, e) for s, e in spans
                  if not TREATY_AFTER_RE.match(text, e) and not TREATY_BEFORE_RE.search(text[max(0, s - 70):s])
                  and not _ranking_frame(text, s, e))


# a group named as the field a country is ranked in, not as a party: "one of the largest investors among the Gulf
# states", "крупнейших инвесторов Казахстана среди государств Персидского залива", "Парсы шығанағы елдерінің
# ішінде ең ірі инвестор"
AMONG_BEFORE_RE = CI(r"(?i)(?<!\w)(?:среди|among|amongst)\s+(?:the\s+)?$")
AMONG_AFTER_RE = CI(r"(?i)\w*\s+(?:ішінде|арасында)\s+")
SUPERLATIVE_RE = CI(r"(?i)(?<!\w)(?:крупнейш\w*|ведущ\w*|перв\w+\s+мест\w*|largest|biggest|leading|top|"
                    r"first\s+place|ең\s+(?:ірі|үлкен)\w*|бірінші\s+орын\w*|көшбасшы\w*)")


def _ranking_frame(text: str, s: int, e: int) -> bool:
    if AMONG_BEFORE_RE.search(text, max(0, s - 12), s):
        return SUPERLATIVE_RE.search(text, max(0, s - 80), min(len(text), e + 60)) is not None
    if (m := AMONG_AFTER_RE.match(text, e)) is not None:
        return SUPERLATIVE_RE.search(text, m.end(), min(len(text), m.end() + 60)) is not None
    return False


LED_BEFORE_RE = re.compile(r"\w+[-‐](?:led|dominated)\s+$")


TREATY_AFTER_RE = CI(r"(?i)[\s()A-ZА-ЯЁ\w-]{0,30}?\b(?:free\s+trade\s+agreement|agreement|FTA)\b|"
                             r"[\s()\w-]{0,20}?(?:еркін\s+сауда\s+(?:аймағы\s+)?туралы\s+келісім|келісім)")
TREATY_BEFORE_RE = CI(r"(?i)(?:agreement|соглашени\w*|ЗСТ|FTA)\s+(?:[^\W\d]+[\s,-]+){0,7}$")


def dominant_partner(title: str | None, sentence_texts: list[str], home: str = "KAZ",
                     sentence_places: list[list[Place]] | None = None) -> str | None:
    """The foreign country an article is about: named in the title or lead (weight 2) and in the
    sentences (weight 1; a sentence listing more than two countries says nothing). None when no
    country clearly leads. ``sentence_places`` may give each sentence's places (e.g. without the
    "США" of "долларов США")."""
    counts: dict[str, float] = {}
    per_sentence = sentence_places if sentence_places is not None else [find_places(t) for t in sentence_texts]
    head = ([find_places(title)] if title else []) + per_sentence[:2]
    for places in head:
        for p in places:
            if p.iso3 != home:
                counts[p.iso3] = counts.get(p.iso3, 0) + 2
    for places in per_sentence:
        isos = {p.iso3 for p in places if p.iso3 != home}
        if len(isos) > 2:
            continue
        for iso in isos:
            counts[iso] = counts.get(iso, 0) + 1
    if not counts:
        return None
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if len(ranked) > 1 and ranked[1][1] * 1.5 > ranked[0][1]:
        return None
    return ranked[0][0] if ranked[0][1] >= 2 else None
