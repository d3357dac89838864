"""Named officials: title + name patterns in kk/ru/en, names in base form, their country and role."""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from elshi import geo
from elshi.lexicon import fold_latin, month_number, norm, read_csv
from elshi.morph import kk_strip_case
from elshi.text import CI, with_first_char_filter

# capitals a name may open with: Latin (with its diacritics: "Đurić", "Şahin", "Öztürk", "Łukasz"), Cyrillic, Kazakh
LATIN_UPPER = "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper() and c.isalpha())
CAPITAL = rf"A-Z{LATIN_UPPER}А-ЯЁӘҒҚҢӨҰҮҺІ"
NAME_WORD = rf"[{CAPITAL}][\w’'-]+"
CAPITAL_RE = re.compile(rf"[{CAPITAL}]")
CAPITALISED_WORD_RE = re.compile(rf"[{CAPITAL}][\w-]{{3,}}")
NAME_RE = re.compile(rf"{NAME_WORD}(?:\s+{NAME_WORD}){{0,2}}")
RU_SURNAME_ENDING_RE = re.compile(r"((?:ов|ев|ёв|ин|ын)(?:ым|ом|а|у|е))$")
RU_NAME_INSTR_RE = re.compile(r"(ом|ем|ым|ом)$")
RU_ADJ_SURNAME_RE = re.compile(r"([сц]к)(ую|ой|ого|ому|им|ом)$")
ORG_WORDS = frozenset(norm(w) for w in (
    "Ministry", "Department", "Agency", "Committee", "Council", "Republic", "Government", "Parliament", "Office",
    "Embassy", "Министерство", "Министерства", "Республики", "Республика", "Парламента", "Правительства", "Агентства",
    "Комитета", "Мажилиса", "Сената", "Үкіметінің", "Парламенті", "Министрлігі", "Министрлігінің", "Economic",
    "Development", "Technology", "Foreign", "Affairs", "Trade", "Industry",
    "Государство", "Государства", "Государству", "Государством", "Государстве",  # "Эмир Государства Катар"
))
NOT_NAMES = frozenset(norm(w) for w in (
    "Президент", "Премьер-министр", "Министр", "Қазақстан", "Республикасы", "Сыртқы", "Мемлекет", "Глава", "President",
    "Prime", "Minister", "Foreign", "Deputy", "Kazakhstan", "The", "Сыртқы", "ҚР", "РК", "МИД", "СІМ", "Бұл", "Это",
    "Он", "Ол", "He", "She", "Images", "Фото", "Photo", "Sputnik", "KAZINFORM", "ASTANA", "АСТАНА",
    # days of the week open sentences too: "On Tuesday, ..."
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    # parts of the world told after a title: "Қазақстан басшысының Латын Америкасы еліне жасаған сапары"
    "Латын", "Латинская", "Латинской", "Латинскую", "Latin",
))


@dataclass(frozen=True)
class Person:
    name: str
    iso3: str | None
    role: str | None
    start: int = 0
    end: int = 0


@functools.lru_cache(maxsize=1)
def titles() -> list[tuple[re.Pattern, str, str | None]]:
    out = []
    for r in read_csv("titles.csv"):
        # a word ending in "=" is matched as written ("посла=": not "после"); others with any ending
        words = [re.escape(w[:-1]) + r"(?!\w)" if w.endswith("=") else
                 re.escape(w[:-1] if len(w) > 4 and w[-1] in "ьйаяоеиы" else w) + r"(?!лі|лы|ерств|ат|ьдіг|(?:ев|ь)?ств|dom)\w*"
                 for w in r["phrase"].split()]
        pat = r"\s+".join(words)
        # matched on lower-cased text (re.I is three times slower on Cyrillic)
        out.append((re.compile(rf"(?<!\w){pat.lower()}"), r["role_en"], r["home_default"] or None))
    out.sort(key=lambda t: -len(t[0].pattern))
    return out


# the Kazakh letters of a foreign name written the Kazakh way, as Russian spells it: "Ильхам Әлиев" is "Ильхам
# Алиев", "Тоқаев" is "Токаев"
KK_AS_RU = str.maketrans("әөұүқғңһі", "аоуукгнхи")


def _fold(word: str) -> str:
    """Lower case without Latin diacritics and with Kazakh letters read as Russian: "Erdoğan" and
    "Erdogan", "Әлиев" and "Алиев" are one key; a Latin "y" between vowels is a spelling's glide ("Tokayev" and
    "Tokaev", "Mirziyoyev" and "Mirziyoev")."""
    out = fold_latin(norm(word)).translate(KK_AS_RU)
    return LATIN_GLIDE_RE.sub("", out) if out.isascii() else out


LATIN_GLIDE_RE = re.compile(r"(?<=[aeiou])y(?=[aeiou])")


@functools.lru_cache(maxsize=1)
def known_people() -> list[tuple[str, str, str, str, dict[str, str]]]:
    """(surname stem, full name in that script, iso3, role, {lang: full name}) per script of each person."""
    out = []
    for r in read_csv("people.csv"):
        names = {"kk": r["name_kk"], "ru": r["name_ru"], "en": r["name_en"]}
        for full in names.values():
            surname = full.split()[-1]
            if len(surname) >= 4:
                # Cyrillic surnames decline ("Шарифом", "Тоқаевтың", "Лукашенко" -> "Кисиды"): the surname less
                # a final vowel, the rest of the word a case ending (see _known); Latin ones do not: the whole
                # surname ("Sharif", not the "Shar" of "Sharm el-Sheikh")
                folded = _fold(surname)
                cut = len(folded) - 1 if not folded.isascii() and folded[-1] in "аеёиоуыэюяәөұүійь" else len(folded)
                out.append((folded[:cut], full, r["iso3"], r["role_en"], names))
    return out


@functools.lru_cache(maxsize=1)
def _known_index() -> tuple[dict, tuple[int, ...]]:
    idx: dict[str, tuple[str, str, str, dict[str, str]]] = {}
    for stem, full, iso, role, names in known_people():
        idx.setdefault(stem, (full, iso, role, names))
    return idx, tuple(sorted({len(k) for k in idx}, reverse=True))


# what may follow a known Cyrillic surname's stem: a case ending of up to six letters ("Тоқаевтың",
# "Путиным", "Рахмонмен"), not the suffix that makes another surname ("Рахмонов", "Путинович", "Алиева"
# is the genitive and stays)
OTHER_SURNAME_RE = re.compile(r"(?:ов|ев|ёв|ин|ич|ович|евич|ұлы|қызы|кызы|улы)")


@functools.lru_cache(maxsize=65536)
def _known(word: str) -> tuple[str, str, str, dict[str, str]] | None:
    idx, lengths = _known_index()
    w = _fold(word)
    for n in lengths:
        hit = idx.get(w[:n])
        if not hit:
            continue
        rest = w[n:]
        if rest in ("", "'s", "’s", "s") if w.isascii() else len(rest) <= 6 and not OTHER_SURNAME_RE.match(rest):
            return hit
    return None


def known_iso(name: str) -> str | None:
    """The country of a name the people list knows (any of its words), None if none."""
    for w in name.split():
        hit = _known(w)
        if hit:
            return hit[1]
    return None


# "-ем" of the instrumental after a consonant tells a soft stem written with "ь" ("Игорем" -> "Игорь", "Надем" ->
# "Надь", "Эммануэлем" -> "Эммануэль"), except after the hushing consonants and "ц", which take "-ем" hard ("Бабишем")
SOFT_FREE = "жшчщцаеёиоуыэюяй"
RU_FIRST_NAME_CASE = {"ым": ("ом", "ем"), "ом": ("ом", "ем"), "а": ("а",), "у": ("у",), "е": ("е",)}


# a Russian title's first word in the nominative: a consonant, soft sign or -й ending that is no
# instrumental or plural case ("Министр", "Посол", "Председатель", "Первый", "Глава"; not "министром",
# "министров", "главой")
RU_NOMINATIVE_HEAD_RE = CI(r"(?i)(?:[\w-]*[бвгджзйклмнпрстфхцчшщь](?<!ов)(?<!ев)(?<!ей)(?<!ом)(?<!ем)(?<!ым)"
                                   r"(?<!им)(?<!ой)(?<!ам)(?<!ям)(?<!ах)(?<!ях)(?<!глав)|глава|"
                                   # the nominative plural of the titles of men's nouns ("депутаты Мажилиса А и Б"; their
                                   # genitive singular ends in -а, "депутата")
                                   r"(?:депутат|министр|сенатор|посл|президент|член|лидер)ы|(?:председател|заместител|руководител)и)")


def ru_nominative_title(title: str) -> bool:
    """Whether a Russian title (and so the name in apposition to it) is in the nominative:
    "Министр культуры Аида Балаева" (a woman's name, left as it is) against "министра Ивана Петрова"."""
    head = title.split()[0] if title.split() else ""
    return RU_NOMINATIVE_HEAD_RE.fullmatch(head) is not None


# a title's head in the genitive (or animate accusative): "министра", "председателя"
RU_GENITIVE_HEAD_RE = re.compile(r"[\w-]*[бвгджзклмнпрстфхцчшщ]а|[\w-]*[лнрт]я")
# a title's head in the dative: "министру", "председателю", "главе"
RU_DATIVE_HEAD_RE = re.compile(r"[\w-]*[бвгджзклмнпрстфхцчшщ]у|[\w-]*[лнрт]ю|главе")


def ru_title_case(title: str) -> str | None:
    """The case a Russian title's head shows, and so the name in apposition to it: "gen" for "министра",
    "председателя", "главы" and the animate accusative "главу"; "dat" for "министру", "главе"; else None."""
    head = (title.split() or [""])[0].lower()
    if head in ("главу", "главы") or RU_GENITIVE_HEAD_RE.fullmatch(head):
        return "gen"
    if RU_DATIVE_HEAD_RE.fullmatch(head):
        return "dat"
    return None


VOWELS_RU = "аеёиоуыэюя"


def _ru_oblique_word(w: str, case: str, first: bool) -> str:
    """One word of a name after a genitive or dative title, to its nominative: "Петера" -> "Петер", "Мигеля" ->
    "Мигель", "Сергея" -> "Сергей", "Петеру" -> "Петер"; a woman's name: "Анны" -> "Анна", "Джорджи" ->
    "Джорджа", "Анну" -> "Анна", "Анне" -> "Анна". Words ending otherwise ("Сийярто", "Линде", "Мелони") do not decline."""
    if len(w) < 4 or "-" in w[:3] or norm(w) in PARTICLES:
        return w
    end, before = w[-1], w[-2]
    if case == "gen":
        if end == "а" and before not in VOWELS_RU + "ь":
            return w[:-1]
        if end == "я":
            return w[:-1] + ("й" if before in "еи" else "ь") if before not in "аоуыэюя" else w
        if end == "ы" and before not in VOWELS_RU:
            return w[:-1] + "а"  # "Анны", "Йоко Камикавы"
        if first and end == "и" and before in "жшчщгкх":
            return w[:-1] + "а"  # "Джорджи" (not the surname "Мелони")
        if first and end == "у" and before not in VOWELS_RU + "ь":
            return w[:-1] + "а"  # a woman's name in the accusative a genitive title also stands for: "Анну"
        if first and end == "ю" and before in "иь":
            return w[:-1] + "я"  # "Марию"
    if first and end == "и" and before == "и":
        return w[:-1] + "я"  # "Марии", "Джорджии" (genitive or dative of "-ия")
    if case == "dat":
        if end == "у" and before not in VOWELS_RU + "ь":
            return w[:-1]
        if end == "ю":
            return w[:-1] + ("й" if before in "еи" else "ь") if before not in "аоуыэюя" else w
        if first and end == "е" and before not in VOWELS_RU:
            return w[:-1] + "а"
    return w


def ru_oblique_nominative(name: str, case: str) -> str:
    """A name standing in the case of its title ("принял министра Петера Сийярто", "визит президента Кубы
    Мигеля Диас-Канеля") to its nominative, word by word; the last word takes no woman's first-name endings."""
    words = name.split()
    out = []
    for k, w in enumerate(words):
        parts = w.split("-")
        last = k == len(words) - 1
        if len(parts) > 1 and all(len(x) >= 3 for x in parts):  # "Диас-Канеля": the last part declines
            out.append("-".join(parts[:-1] + [_ru_oblique_word(parts[-1], case, not last)]))
        else:
            out.append(_ru_oblique_word(w, case, not last))
    return " ".join(out)


# a woman's surname in the instrumental or genitive: "Назарбаевой", "Ильиной"
RU_FEMALE_INSTRUMENTAL_RE = re.compile(r"(ов|ев|ёв|ин|ын)(ой)$")
# a first name's ending "-ой" ("Даригой" -> "Дарига")
RU_OI_ENDING_RE = re.compile(r"ой$")
RU_A_SURNAME_INSTR_RE = re.compile(r"[^\W\d_]{3,}[бвгджзклмнпрстфхцчшщ]ой$")  # "Эспиносой", "Патриотой" (not "Толстой")
# a first name's ending "-ей" ("Натальей" -> "Наталья")
RU_EI_ENDING_RE = re.compile(r"ей$")


def base_form(name: str, lang: str, nominative: bool = False) -> str:
    """The nominative of a name: Kazakh case endings by assimilation ("Тоқаевтың" -> "Тоқаев");
    Russian surnames in -ов/-ев/-ин and the first names in the same case ("Касым-Жомартом Токаевым"
    -> "Касым-Жомарт Токаев", "Эммануэлем Макроном" -> "Эммануэль Макрон"). A Russian name known to
    stand in the nominative (after a nominative title) is left as written: "Ирина Петрова" is no
    "Ивана Петрова"."""
    words = name.split()
    if words and words[-1].endswith(("’s", "'s")):  # "Shavkat Mirziyoyev's state visit": the possessive is no part of it
        words[-1] = words[-1][:-2]
        name = " ".join(words)
    if lang == "ru" and nominative:
        return name
    if lang == "kk":
        if not words:
            return name
        # a short last name after a short syllable of an East Asian name may have a one-letter stem: "Ван Иді" ->
        # "Ван И", "Нгуен Минь Вумен" -> "Нгуен Минь Ву"; "Хакан Фидан" keeps its "-дан"
        short = len(words) > 1 and len(words[-1]) <= 5 and len(words[-2]) <= 4
        last = kk_strip_case(words[-1], 1 if short else 3)
        return " ".join(words[:-1] + [last])
    if lang != "ru" or not words:
        return name
    if any(norm(w) in PARTICLES for w in words[1:-1]):
        return _ru_particle_name_nominative(words)
    surname = words[-1]
    adj = RU_ADJ_SURNAME_RE.search(surname)
    if adj and len(surname) > 6:
        # a surname declined as an adjective: "Ирину Ковальскую" -> "Ирина Ковальская", "Яном Ковальским" -> "Ян Ковальский"
        stem, ending = surname[: adj.start(2)], adj.group(2)
        if ending in ("ую", "ой"):
            return " ".join([_ru_female_nominative(w) for w in words[:-1]] + [stem + "ая"])
        case = {"ого": "а", "ому": "у", "им": "ом", "ом": "е"}[ending]
        firsts = [w[: -len(case)] if w.endswith(case) and len(w) - len(case) >= 2 else w for w in words[:-1]]
        return " ".join(firsts + [stem + "ий"])
    fem = RU_FEMALE_INSTRUMENTAL_RE.search(surname)
    if fem:  # "Даригой Назарбаевой" -> "Дарига Назарбаева"
        firsts = [RU_OI_ENDING_RE.sub("а", w) if w.endswith("ой") else RU_EI_ENDING_RE.sub("я", w) if w.endswith("ей") else w
                  for w in words[:-1]]
        return " ".join(firsts + [surname[:-2] + "а"])
    case = None
    m = RU_SURNAME_ENDING_RE.search(surname)
    if m:
        case = m.group(1)[2:]
        surname = surname[: len(surname) - len(case)]
    elif len(words) == 2 and _shared_case(words):
        return _shared_case(words)  # "Виктора Орбана", "Эммануэлю Макрону": a foreign surname declines as the first name does
    elif len(words) == 2 and RU_A_SURNAME_INSTR_RE.search(surname) and (words[0].endswith(("ей", "ой"))
                                                                        or words[0][-1:] in ("у", "и", "о")):
        # a foreign surname in -а in the instrumental, beside a first name in it or one that does not decline:
        # "Патрисией Эспиносой" -> "Патрисия Эспиноса", "Антониу Патриотой" -> "Антониу Патриота"
        first = _ru_female_nominative(words[0]) if words[0].endswith(("ей", "ой")) else words[0]
        return f"{first} {surname[:-2]}а"
    elif RU_NAME_INSTR_RE.search(surname) and len(surname) >= 5:
        case = "ом"
        surname = surname[:-2] + ("ь" if surname.endswith("ем") and surname[-3].lower() not in SOFT_FREE else "")
    firsts = []
    for w in words[:-1]:
        # an uninflected foreign surname still shows the case on the first name: "Петером Сийярто"
        endings = RU_FIRST_NAME_CASE.get(case or "", ()) or (("ом", "ем") if len(w) >= 6 else ())
        for ending in endings:
            if ending == "ем" and w.endswith(("еем", "аем", "ием")) and len(w) >= 6:
                w = w[:-2] + "й"  # "Сергеем" -> "Сергей", "Николаем" -> "Николай"
                break
            if w.endswith(ending) and len(w) - len(ending) >= 3 and w[-len(ending) - 1] not in "аеёиоуыэюяь":
                w = w[: -len(ending)] + ("ь" if ending == "ем" and w[-3].lower() not in SOFT_FREE else "")
                break
        else:
            if case is None:  # "Джорджей Мелони": a woman's first name shows the case of an uninflected surname
                w = _ru_female_nominative(w)
            elif case in ("ым", "ом") and len(w) >= 5 and w.endswith("ой") and w[-3] not in "аеёиоуыэюя":
                w = w[:-2] + "а"  # "Абдуллой Ариповым" -> "Абдулла Арипов"
            elif case == "а" and len(w) >= 5 and w.endswith(("ы", "у")) and w[-2] not in "аеёиоуыэюя":
                w = w[:-1] + "а"  # "Абдуллы Арипова", "Абдуллу Арипова" (genitive, accusative) -> "Абдулла Арипов"
        firsts.append(w)
    return " ".join(firsts + [surname])


def _shared_case(words: list[str]) -> str | None:
    """The nominative of a man's two-word name in the genitive or dative, both words declined ("Виктора Орбана",
    "Эммануэля Макрона", "Сергею Лаврову" is left to the -ов rule); a woman's name in "-а" keeps its surname
    undeclined ("Анна Линде") and is not matched."""
    first, last = words
    for ending, soft in (("а", "я"), ("у", "ю")):
        if not (len(last) >= 5 and last.endswith(ending) and last[-2] not in "аеёиоуыэюяьй") or RU_SURNAME_ENDING_RE.search(last):
            continue
        if len(first) >= 4 and first.endswith(ending) and first[-2] not in "аеёиоуыэюяьй":
            return f"{first[:-1]} {last[:-1]}"
        if len(first) >= 4 and first.endswith(soft):
            stem = first[:-1]
            return f"{stem + ('й' if stem[-1] in 'еи' else 'ь')} {last[:-1]}"  # "Сергея" -> "Сергей", "Эммануэля" -> "Эммануэль"
    return None


def _ru_particle_name_nominative(words: list[str]) -> str:
    """Arabic names with particles decline word by word; the case is the ending every declined word shares:
    "Фейсала бен Фархана Аль Сауда" -> "Фейсал бен Фархан Аль Сауд", "Хайсамом бен Тариком" -> "Хайсам бен Тарик"
    ("Абдулла бин Заид" shares none and stays; "Тани", "Нахайяни" do not decline)."""
    content = [k for k, w in enumerate(words) if norm(w) not in PARTICLES and not w.endswith(("и", "о"))]  # "Аль Тани"
    for ending in ("ом", "ем", "а", "у", "е"):
        if len(content) >= 2 and all(len(words[k]) - len(ending) >= 3 and words[k].endswith(ending)
                                     and words[k][-len(ending) - 1] not in "аеёиоуыэюяь" for k in content):
            return " ".join(w[:-len(ending)] if k in content else w for k, w in enumerate(words))
    return " ".join(words)


def _ru_female_nominative(w: str) -> str:
    """"Джорджей" -> "Джорджа", "Марией" -> "Мария", "Натальей" -> "Наталья", "Анналеной" -> "Анналена";
    "Сергей", "Андрей" (a man's name in the nominative) stay."""
    if len(w) >= 4 and w.endswith("ой") and w[-3] not in "аеёиоуыэюя":
        return w[:-2] + "а"
    if len(w) >= 5 and w.endswith("ей") and w[-3] in "жшчщциь":
        return w[:-2] + ("я" if w[-3] in "иь" else "а")
    if len(w) >= 4 and w.endswith("у") and w[-2] not in "аеёиоуыэюя":
        return w[:-1] + "а"  # "Монику Иффланд" -> "Моника Иффланд"
    if len(w) >= 4 and w.endswith("ю") and w[-2] in "иь":
        return w[:-1] + "я"  # "Марию", "Наталью"
    return w


# what follows the stem in a title pattern's first word: a group or a lookaround ("министр(?:а|у)" -> "министр")
PATTERN_TAIL_RE = re.compile(r"\(\?.*$")


@functools.lru_cache(maxsize=1)
def _title_index() -> tuple[re.Pattern, dict[str, list[tuple[re.Pattern, str, str | None]]]]:
    """Titles grouped by the stem of their first word, and one regex finding those stems."""
    by_first: dict[str, list] = {}
    for rx, role, home in titles():
        first = rx.pattern.split(r"\s+")[0]
        stem = PATTERN_TAIL_RE.sub("", first.replace("(?<!\\w)", ""))
        stem = stem.replace("\\", "").lower()
        by_first.setdefault(stem, []).append((rx, role, home))
    anchors = sorted(by_first, key=len, reverse=True)
    # per anchor, one pattern trying its titles longest first: m.lastindex tells which title matched
    combined = {}
    for stem, entries in by_first.items():
        entries = sorted(entries, key=lambda x: -len(x[0].pattern))
        rx = re.compile("|".join(f"({e[0].pattern})" for e in entries))
        combined[stem] = (rx, [(e[1], e[2]) for e in entries])
    anchor = r"(?<!\w)(" + "|".join(re.escape(a) for a in anchors) + ")"
    return re.compile(with_first_char_filter(anchor)), combined


@functools.lru_cache(maxsize=4096)
def _title_spans_cached(text: str) -> tuple:
    anchor_re, by_first = _title_index()
    low = text.lower()
    if len(low) != len(text):  # a letter whose lower case is longer ("İ"): keep offsets by matching as written
        anchor_re = re.compile(anchor_re.pattern, re.I)
        low = text
    out = []
    last_end = -1
    for a in anchor_re.finditer(low):
        if a.start() < last_end:
            continue
        best = None
        found = a.group(1).lower()
        for stem in _stems_of(found):
            rx, roles = by_first[stem]
            m = rx.match(low, a.start()) if low is not text else re.compile(rx.pattern, re.I).match(text, a.start())
            if m and (best is None or m.end() > best[1]):
                role, home = roles[_group_index(rx, m)]
                best = (m.start(), m.end(), role, home)
        if best and _surname_of_title(text, best[0], best[1]):
            continue  # "Бақыт Сұлтанов", "Сергей Королев": a surname made from a title word, not the title
        if best:
            deputy = KK_DEPUTY_AFTER_RE.match(low, best[1]) if not best[2].startswith(("Deputy", "First Deputy")) else None
            if deputy is not None and KK_GENITIVE_END_RE.search(low, best[0], best[1]):
                # "Сауда және интеграция министрінің орынбасары": the deputy of the title told before
                best = (best[0], deputy.end(), ("First Deputy " if deputy.group(1) else "Deputy ") + best[2], best[3])
            out.append(best)
            last_end = best[1]
    return tuple(out)


# the suffix that makes a surname of a title word ("Султанов", "Сұлтановтың", "Эмирова", "Королев"), with a case ending
TITLE_SURNAME_END_RE = re.compile(r"(?:ов|ев|ёв|ин)(?:а|у|ым|ом|е|ой|тың|тің|ның|нің|пен|бен|мен|ға|ге|қа|ке|ты|ті|ны|ні|"
                                  r"да|де|та|те)?$|(?:ov|ev|ova|eva)$")


def _title_made_surname(word: str) -> bool:
    """A title word written with a capital and ending as a surname ("Сұлтанов", "Королева")."""
    return word[:1].isupper() and TITLE_SURNAME_END_RE.search(word) is not None


def _surname_of_title(text: str, start: int, end: int) -> bool:
    """A one-word title so written inside a sentence is a person's name, not the title."""
    word = text[start:end]
    if " " not in word and FIRST_NAME_PARTICLE_RE.match(text, end):
        return True  # "Султан бин Саад аль-Мурейхи", "Sultan bin Saad": a first name before the father's
    if " " in word or not text[:start].strip() or text[:start].rstrip()[-1:] in ".!?\n":
        return False
    return _title_made_surname(word)


# a patronymic particle right after a one-word title makes the title word a first name ("Sultan bin Saad"; not the
# Kazakh "бен", and: "Президент бен Премьер-министр")
SON_OF = r"(?:bin|ibn|бин|ибн)"  # the Arabic "son of" (not the Kazakh "бен", and)
FIRST_NAME_PARTICLE_RE = re.compile(rf"\s+{SON_OF}\s+[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]")


# a Kazakh deputy follows the title it is the deputy of, in the genitive: "министрінің (бірінші) орынбасары"
KK_DEPUTY_AFTER_RE = re.compile(r"\s+(бірінші\s+)?орынбасар(?:ы|ымен|ына|ын|ының|ысы)(?!\w)")
KK_GENITIVE_END_RE = re.compile(r"(?:ның|нің|дың|дің|тың|тің)$")


@functools.lru_cache(maxsize=4096)
def _stems_of(found: str) -> tuple:
    return tuple(k for k in _title_index()[1] if found.startswith(k))


def _group_index(rx: re.Pattern, m: re.Match) -> int:
    """Which alternative of a combined title pattern matched (its outer group number, in order)."""
    outer = [i for i in range(1, rx.groups + 1) if m.group(i) is not None]
    starts = _outer_groups(rx)
    return starts.index(outer[0]) if outer and outer[0] in starts else 0


@functools.lru_cache(maxsize=512)
def _outer_groups(rx: re.Pattern) -> list[int]:
    """Group numbers of the top-level alternatives "(p1)|(p2)|..." of a combined pattern."""
    out, depth, group, i, pat = [], 0, 0, 0, rx.pattern
    while i < len(pat):
        c = pat[i]
        if c == "\\":
            i += 2
            continue
        if c == "(":
            if not pat.startswith("(?", i) or pat.startswith("(?P<", i):
                group += 1
                if depth == 0:
                    out.append(group)
            depth += 1
        elif c == ")":
            depth -= 1
        i += 1
    return out


@functools.lru_cache(maxsize=16384)
def _is_title_word(word: str) -> bool:
    return _title_index()[0].match(word.lower()) is not None


def title_spans(text: str):
    return list(_title_spans_cached(text))


SURNAME_RE = CI(r"(?i)(ов|ев|ёв|ин|ын|ова|ева|ина|ский|ская|цкий|ко|дзе|швили|ян|янц|ұлы|қызы|uly|kyzy|"
                        r"ov|ev|yev|in|sky|ski|enko|dze|yan)(?:а|у|ым|ом|е|тың|тің|ның|нің|пен|бен|мен|ға|ге|қа|ке|ды|ді|ты|ті|ны|ні|ның)?$")


# words that may stand between a title and the name: organisations, countries' official names, honorifics
ORG_STEMS = (
    "министерств", "ministry", "department", "agency", "агентств", "committee", "комитет", "council", "совет", "кеңес",
    "республик", "republic", "government", "правительств", "үкімет", "parliament", "парламент", "мажилис", "мәжіліс",
    "сенат", "senate", "office", "embassy", "посольств", "елшілі", "жогорку", "кенеш", "рады", "верховн", "хурал", "хурал",
    "меджлис", "мажлис", "majlis", "олий", "oliy", "бундестаг", "bundestag", "сейм", "sejm", "конгресс", "congress",
    "assembly", "ассамбле", "national", "ұлттық", "state", "мемлекет", "federal", "федерал", "foreign", "affairs",
    # a state's style in its full name: "King of the Kingdom of Bahrain", "Королевства" ("Государства" in ORG_WORDS: the
    # adjective "Государственной думы" opens a body's name, handled as such)
    "королевств", "kingdom", "корольдіг", "султанат", "sultanate", "княжеств", "principality",
    "сыртқы", "істер", "political", "international", "халықаралық", "economic", "экономик", "trade", "сауда", "industry",
    "development", "technolog", "security", "defen", "қауіпсіздік", "cabinet", "кабинет", "bank", "банк", "fund",
    "university", "университет", "press", "service", "қызмет", "служб", "administration", "әкімдік", "акимат",
    "secretariat", "organization", "organisation", "ұйым", "организац", "union", "одақ", "союз", "commission", "комисси",
    "chamber", "палата", "center", "centre", "орталық", "institute", "институт", "company", "компани", "corporation",
    "корпорац", "holding", "холдинг", "госсовет", "kenesh", "khural", "lower", "upper", "house", "палаты", "министрлі",
    "мид", "сім", "emergenc", "situations", "чрезвычайн", "internal", "ішкі", "justice", "әділет", "energy", "энергетик",
    "agricultur", "transport", "көлік", "finance", "қаржы", "education", "білім", "health", "денсаулық", "culture", "мәдениет",
    "азии", "азия", "asia", "europe", "европ", "еуропа", "central", "центральн", "east", "west", "north", "south", "восточн",
    "европейск", "european", "extraordinary", "plenipotentiary", "чрезвычайн", "полномочн", "тótенше", "төтенше", "өкілетті",
    # a minister's portfolio between the title and the name: "министр культуры и информации Казахстана Аида Балаева",
    # "Minister of Science and Higher Education Sayasat Nurbek"
    "культур", "информац", "information", "здравоохранен", "science", "научн", "higher", "высшего", "образован",
    "просвещен", "труда", "labour", "labor", "социальн", "social", "защит", "protection", "населен", "population",
    "эколог", "ecolog", "environment", "природн", "natural", "ресурс", "resources", "туризм", "tourism", "спорта",
    "sports", "цифров", "digital", "инновац", "innovation", "аэрокосм", "aerospace", "промышлен", "строительств",
    "construction", "инвестиц", "investment", "юстиц", "оборон", "внутренн", "interior", "водн",
    "ирригац", "irrigation", "сельск", "хозяйств", "торговл", "интеграц", "integration", "финанс", "коммуникац",
    "communication", "планирован", "planning", "горнодобыв", "mining", "petroleum", "commerce", "infrastructure",
    "housing", "religio", "youth", "family", "media", "economy", "транспорт", "развити", "логистик", "logistics", "связи",
    # a portfolio's region and a state's long name: "помощник госсекретаря по делам Южной и Центральной Азии",
    # "министр ... Арабской Республики Египет", "Федеративной Республики Бразилия", "Королевства Саудовская Аравия"
    "делам", "южн", "северн", "западн", "арабск", "arab", "федеративн", "federative", "исламск", "islamic", "объединенн",
    "объединённ", "united", "королевств", "kingdom", "корольдіг", "султанат", "sultanate", "эмират", "emirate",
    # a governor's region: "аким Мангистауской области Алик Айдарбаев", "Governor of Tashkent Region ..."
    "област", "region", "province", "провинци", "губерни", "город", "района", "district",
    # parliaments named in Latin letters: "Deputy Chairman of the Mazhilis Albert Rau"
    "mazhilis", "majilis", "majlis", "jogorku", "kurultai", "qurultai",
)
HONORIFICS = frozenset(("dr", "mr", "mrs", "ms", "h.e", "his", "her", "excellency", "мырза", "ханым", "господин", "госпожа",
                        "sir", "madam", "prof", "professor", "профессор", "sheikh", "sheikha", "шейх", "шейха", "шейхом",
                        "шейху", "шейхе", "шейхпен", "шейхтың", "шейхқа", "prince", "princess", "принц", "принца", "принцу",
                        "принцем", "принце", "принцесса", "принцессы", "ханзада", "ханзадасы", "ханзаданың", "ханзадамен",
                        # Malaysian styles before a name: "Dato' Seri Anwar Ibrahim", "YAB", "YB Senator"
                        "dato'", "dato’", "dato", "datuk", "seri", "yab", "yb", "senator"))
# a military rank before a name is a style, not a name: "Colonel General Zakir Hasanov", "генерал-полковник
# Руслан Жаксылыков", "генерал-лейтенанты Ерлан Сағымбаев"
MILITARY_RANK_RE = CI(r"(?i)(?:colonel|lieutenant|major|general|admiral|brigadier|генерал|адмирал|полковник|подполковник)"
                              r"(?:-(?:полковник|лейтенант|майор|армии)\w*)?[\w]{0,4}")
# name particles that stay inside a name: "Mohammed bin Zayed Al Nahyan", "Мұхаммед бен Заид Әл Нахаян"
PARTICLES = frozenset(("bin", "ibn", "bint", "al", "el", "de", "da", "van", "von", "der", "ul", "бин", "ибн", "бен", "ал",
                       "әл", "аль", "эль", "уль", "ван", "фон", "де", "абу", "abu"))
# capitalised words that open a sentence but are not names
FUNCTION_WORDS = frozenset(norm(w) for w in (
    "Бүгін", "Кеше", "Сегодня", "Вчера", "Today", "Yesterday", "Также", "Сондай-ақ", "As", "In", "On", "During", "After",
    "The", "Бұл", "Ал", "Осы", "Кейін", "Содан", "Затем", "Then", "Also", "Meanwhile", "However", "Однако", "Между",
    "При", "По", "Во", "В", "На", "С", "Со", "К", "From", "With", "At", "By", "For", "Of", "And", "Но", "Ол", "Он", "Она",
    "Они", "Олар", "He", "She", "They", "It", "His", "Her", "Its", "Their", "This", "That", "These", "Эти", "Этот",
    "Эта", "Это", "Мемлекет", "Елбасы", "Тұңғыш",
))
SURNAME_SHAPE_RE = CI(r"(?i)(ов|ев|ёв|ин|ын|ова|ева|ина|ына|ский|ская|цкий|ко|дзе|швили|ян|янц|ұлы|қызы|uly|kyzy|"
                              r"ov|ev|yev|in|sky|ski|enko|dze|yan|ова|ева)(?:а|у|ым|ом|е|ой|ей|тың|тің|ның|нің|пен|бен|мен|ға|ге|қа|ке|ды|ді|ты|ті|ны|ні)?$")
PATRONYMIC_RE = CI(r"(?i)(?<=\w\w)(ович|евич|овна|евна|ична|ұлы|қызы|uly|kyzy)\w*$")
NAME_TOKEN_RE = re.compile(rf"[{CAPITAL}]\.|[^\W\d_][\w’'-]*|[(),:;]")


ORG_STEM_RE = re.compile("(?:" + "|".join(sorted(map(re.escape, ORG_STEMS), key=len, reverse=True)) + ")")


# English abstract nouns name portfolios and bodies, never people: "Emigration", "Expatriates", "Ecology"
EN_ABSTRACT_RE = re.compile(r"[a-z]{3,}(?:tions?|ments?|isms?|ity|ities|ures?|ogy|ics|ness|ship|iates)")


@functools.lru_cache(maxsize=16384)
def _is_org(word: str) -> bool:
    w = norm(word).strip("’'")
    return w in ORG_WORDS or w in NOT_NAMES or _org_stem(w) or EN_ABSTRACT_RE.fullmatch(w) is not None


# what may follow an organisation stem in a Latin-script word ("Eastern", "Departmental", "Commissioner"); other
# letters make another word, mostly a surname ("Westerwelle", "Eastwood", "Northcote")
LATIN_STEM_ENDINGS = frozenset(("", "s", "es", "e", "y", "ies", "al", "ally", "ial", "ian", "ians", "n", "ns", "ic", "ical",
                                "ics", "ern", "erly", "ce", "se", "sive", "us", "ed", "ing", "ly", "ary", "ry", "r", "rs",
                                "er", "ers", "ion", "ions", "ation", "ations", "ive", "east", "west", "eastern", "western"))
LATIN_WORD_RE = re.compile(r"[a-z]+")


def _org_stem(w: str) -> bool:
    """The lower-cased word starts with an organisation stem and goes on as that word does ("министерства",
    "Departmental"), not as a surname that begins with it ("Саудабаев" is not "сауда", "Westerwelle" not "west")."""
    m = ORG_STEM_RE.match(w)
    if m is None:
        return False
    rest = w[m.end():]
    if LATIN_WORD_RE.fullmatch(w):
        return rest in LATIN_STEM_ENDINGS
    return not (len(rest) >= 3 and SURNAME_SHAPE_RE.search(w))


# an Arabic article glued to a surname: "el-Sisi", "ас-Сиси", "әл-Бусаиди", "al-Thani"
ARTICLE_SURNAME_RE = re.compile(r"(?:al|el|as|ad|an|ar|at|az|ash|ul|ud|аль|эль|ас|ад|ан|ар|ат|аз|аш|уль|әл|әс|әд|ән|әр|әт|әз|әш)"
                                r"[-‐][A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]")


# an initial: "А.", "J."
INITIAL_RE = re.compile(r"[A-ZА-Я]\.")


def _name_token(word: str) -> bool:
    if ARTICLE_SURNAME_RE.match(word):
        return True
    return bool(CAPITAL_RE.match(word)) and not (len(word) > 1 and word.isupper() and len(word) <= 6
                                              and not INITIAL_RE.fullmatch(word))


# a word that makes the capitalised words beside it the name of a building or venue
VENUE_WORD = (r"(?:сарай\w*|дворц?\w*|palace|резиденци\w*|residence|кесене\w*|мавзоле\w*|mausoleum|"
              r"мешіт\w*|мечет\w*|mosque|ғимарат\w*|здани\w*|building|hall|зал(?:а|е|ы|ында)?|"
              # a place named after a person: "Гейдар Әлиев орталығына барды", "the Heydar Aliyev Center", "в центре"
              r"орталығ\w*|центр(?:а|е|у|ом)?|cent(?:er|re)|музей\w*|museum|мемориал\w*|memorial|атындағы)")
VENUE_WORD_RE = CI(rf"(?i){VENUE_WORD}")
VENUE_AFTER_RE = CI(rf"(?i)\s+{VENUE_WORD}(?!\w)")


# a capitalised Russian adjective in an oblique case opens the name of a body, with the lower-case noun it
# qualifies: "Национального собрания", "Верховного суда", "Государственной думы", "Народного хурала"
RU_ORG_ADJECTIVE_RE = re.compile(r"[А-ЯЁ][а-яё]{3,}(?:ого|его|ой|ей|ых|их)$")
RU_GENITIVE_NOUN_RE = re.compile(r"[а-яё]{3,}(?:а|я|ы|и|ов|ей)")
RU_GENITIVE_ADJECTIVE_RE = re.compile(r"[а-яё]{3,}(?:ого|его|ой|ей|ых|их)")


# a lower-case word skipped on the way from a title to its name: "of", "the", "и", "по", adjectives and genitives ("внешней", "торговли")
SKIPPABLE_WORD_RE = CI(r"(?i)of|the|for|and|in|on|at|to|de|del|и|по|в|во|при|дел|"
                         r"[а-яё]+(?:ых|их|ого|его|ой|ей|ам|ям|ии|ия|ства|ения|ний|"
                         r"ным|ской|ского|ских|ций|гий|[а-яё]{3}[ыи])")
# an initial, "Ё." among them
INITIAL_YO_RE = re.compile(r"[A-ZА-ЯЁ]\.")


def _name_at(text: str, start: int, places, lang: str) -> tuple[str, int] | None:
    """The personal name after a title, past the organisation, country and honorifics that may stand
    between ("Premier of the State Council of the PRC Li Keqiang", "Сыртқы істер министрі Мұрат Нұртілеу",
    "Ambassador Extraordinary and Plenipotentiary of the UAE in Kazakhstan, Dr. Mohammed bin Sultan Al Jaber").
    The name is 1-4 capitalised words with particles and initials; it ends before a place, an
    organisation or title word, or after a surname followed by another person's first name."""
    tail = text[start:start + 160]
    skipped = 0
    name: list[tuple[int, str]] = []
    for m in NAME_TOKEN_RE.finditer(tail):
        w, pos = m.group(), start + m.start()
        is_place = any(p.start <= pos < p.end for p in places)
        if not name:
            if w in "(),:;":
                continue
            low = norm(w).strip(".")
            if any(month_number(part) for part in w.split("-")) and not is_place:
                return None  # "May", "January-November"
            if w == "at":
                return None  # "the Hungarian minister at the Khoja Ahmed Yasawi Mausoleum": where, not who
            if VENUE_WORD_RE.fullmatch(w):
                return None  # "в резиденции Истана Негара", "посетили Центр Гейдара Алиева": a building's name follows
            titled = _is_title_word(w) and not FIRST_NAME_PARTICLE_RE.match(text, pos + len(w))  # not "Sultan bin Saad"
            if is_place or _is_org(w) or low in HONORIFICS or MILITARY_RANK_RE.fullmatch(w) or low in FUNCTION_WORDS or titled \
                    or (w.isupper() and len(w) > 1 and not INITIAL_RE.fullmatch(w)):
                skipped += 1
            elif not _name_token(w):
                if lang == "kk" or skipped >= 9 or not SKIPPABLE_WORD_RE.fullmatch(w):
                    return None
                skipped += 1
            else:
                name.append((pos, w))
            if skipped > 12:
                return None
            continue
        if len(name) == 1 and lang == "ru" and RU_ORG_ADJECTIVE_RE.search(name[0][1]) \
                and (RU_GENITIVE_NOUN_RE.fullmatch(w) or RU_GENITIVE_ADJECTIVE_RE.fullmatch(w)):
            name = []  # "вице-спикер Национального собрания Чон Габ Юн", "председатель Великого национального собрания"
            # Турции Нуман Куртулмуш": the body's capitalised adjective, not a name
            skipped += 2
            continue
        if len(name) == 1 and lang == "en" and w[:1].isupper() and _is_org(w) and not _known(name[0][1]):
            name = []  # "Governor of Mangystau Region Nurlan Nogayev": the word before "Region" names the region
            skipped += 2
            continue
        low = norm(w)
        after_particle = norm(name[-1][1]) in PARTICLES
        if after_particle and norm(name[-1][1]) == "бен" and _is_title_word(w) and not _title_made_surname(w):
            break  # "Тоқаев бен Премьер-министр Бектенов": the Kazakh "and" before another's title, no Arabic "bin"
        if w in "(),:;" or is_place or low in FUNCTION_WORDS or month_number(w) or (
                not after_particle and (_is_org(w) or _is_title_word(w) and not _title_made_surname(w))):
            break
        if low in PARTICLES or INITIAL_YO_RE.fullmatch(w):
            name.append((pos, w))
            continue
        if not _name_token(w) or len([x for _, x in name if norm(x) not in PARTICLES]) >= 4:
            break
        prev = name[-1][1]
        if lang == "kk" and len(name) >= 2 and KK_CASED_NAME_END_RE.search(prev) and not after_particle:
            break  # "Джордж Бушпен Ақ үйде": a Kazakh case ending closes the name, "Ақ" opens the White House
        if SURNAME_SHAPE_RE.search(prev) and len(prev) > 4 and len(name) >= 2 and not PATRONYMIC_RE.search(w) and not after_particle:
            break  # "Олжас Бектенов Ильхам Әлиевпен": the first name of the next person (not "Пак Кын Хе": a syllable)
        if len(name) >= 2 and not after_particle and _known(prev) and not PATRONYMIC_RE.search(w):
            break  # "Ухнаагийн Хүрэлсүх Қасым-Жомарт Тоқаевтың шақыруымен": a known person's surname ends the name
        name.append((pos, w))
    while name and (norm(name[-1][1]) in PARTICLES):
        name.pop()
    if not name:
        return None
    last_pos, last_word = name[-1]
    if VENUE_AFTER_RE.match(text, last_pos + len(last_word)):
        return None  # "Истана Негара сарайында", "the Ak Saray Palace": a building's name, not a person's
    first = name[0][0]
    words = [w for _, w in name]
    if words[-1].endswith(("’s", "'s")):
        words[-1] = words[-1][:-2]  # "Emomali Rahmon’s visit"
    return " ".join(words), first


# monarchs' titles (who go by one name)
MONARCH_RE = re.compile(r"Emperor|King|Queen|Emir|Sheikh|Sultan|Prince")


def _plausible(name: str, lang: str, role: str | None = None) -> bool:
    tokens = name.split()
    words = [w for w in tokens if norm(w) not in PARTICLES and not INITIAL_YO_RE.fullmatch(w)]
    # an organisation word ends no name after a particle: "Фейсал бен Фархан Аль Сауд" (not the kk "сауда", trade)
    if not words or any(_is_org(w) for k, w in enumerate(tokens)
                        if norm(w) not in PARTICLES and not (k and norm(tokens[k - 1]) in PARTICLES)):
        return False
    if len(words) >= 2:
        return True
    if role and MONARCH_RE.search(role):
        return True  # monarchs go by one name: "Император Нарухито"
    return bool(SURNAME_RE.search(words[0])) or known_iso(name) is not None or len(name.split()) > 1


HEADLINE_SMALL_WORDS = frozenset(("of", "the", "a", "an", "and", "or", "in", "on", "at", "to", "for", "with", "by", "from",
                                  "as", "vs", "via", "into", "over", "amid", "bin", "ibn", "al", "el", "de", "van", "von",
                                  "s", "t"))


NEXT_WORDS_RE = re.compile(r"(?:\s+\S+){0,1}")
# the capitalised word right before a two-word name closing an organisation's name: a three-part name
NAME_BEFORE_RE = re.compile(rf"(?<!\w)({NAME_WORD})\s+$")
# the instrumental or genitive ending of a name word (a name ends with it)
KK_CASED_NAME_END_RE = re.compile(r"[^\W\d_]{3,}(?:пен|мен|бен|ның|нің|дың|дің|тың|тің)$")
GIVEN_NAME_BEFORE_RE = re.compile(rf"(?<!\w)({NAME_WORD})\s+(?:{SON_OF}|bint)\s+$")


# a title in the plural names several people, never the one named after it: "presidents", "президенты", "министрлер"
PLURAL_TITLE_RE = CI(r"(?i)(?:presidents|ministers|leaders|heads|premiers|chairmen|ambassadors|envoys|deputies|lawmakers|mps|"
                             r"senators|members|президенты|министры|премьер-министры|лидеры|депутаты|сенаторы|члены|послы|"
                             r"[^\W\d_]{3,}(?:лар|лер|дар|дер|тар|тер)\w*)$")
# the joint between the names a plural title lists: "A мен B", "A, B және C", "A и B", "A, B, and C"
NAME_LIST_JOINT_RE = re.compile(r"\s*,\s*(?:(?:and|и|және)\s+)?|\s+(?:мен|пен|бен|және|и|and)\s+")


def _listed_names(text: str, end: int, places, lang: str) -> list[tuple[str, int]]:
    """The names listed after the first one a plural title names ("Мәжіліс депутаттары Светлана Жалмағамбетова мен
    Ерлан Сайыров", "депутаты Мажилиса А и Б", "Mazhilis deputies A and B"): each right after its joint, with no
    title, place or organisation in between (those start another person)."""
    out = []
    while (joint := NAME_LIST_JOINT_RE.match(text, end)) is not None:
        found = _name_at(text, joint.end(), places, lang)
        if found is None or found[1] != joint.end() or not _plausible(found[0], lang):
            break
        out.append(found)
        end = found[1] + len(found[0])
    return out


# posts on an official's staff: in a title chain they, not the principal's title, are the person's role
STAFF_ROLES = frozenset(("Spokesperson", "Assistant", "Adviser"))


# a run of letters (no digits, no underscore)
LETTERS_RE = re.compile(r"[^\W\d_]+")
# only blanks or dashes between two titles: a role chain ("Вице-премьер – министр иностранных дел")
DASH_GAP_RE = re.compile(r"[\s–—-]*")
# two name words and what follows them: punctuation, a lower-case word or the next word (in group 3)
NAME_PAIR_AHEAD_RE = re.compile(rf"(?<!\w)(?=((?:{NAME_WORD})\s+(?:{NAME_WORD}))(\s*[,.;]|\s+[a-zа-яәғқңөұүһі]|\s+(\w+)))")


def find_people(text: str, lang: str) -> list[Person]:
    """Officials named in ``text``: title + name (kk/ru/en), "Name, title" captions, and known names."""
    out: list[Person] = []
    places = geo.find_places(text)
    title_case = False
    if lang == "en":
        # a headline in title case ("Kazakh PM In Tehran To Boost All-Out Ties"): every word but the
        # small function words is capitalised
        words = LETTERS_RE.findall(text)
        title_case = len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.7 * len(words) \
            and all(w[0].isupper() or w in HEADLINE_SMALL_WORDS for w in words)
    spans = [] if title_case else title_spans(text)  # "Kazakh PM in Tehran to Boost All-Out Ties": a headline
    listed: set[int] = set()  # where the names a plural title lists after its first start
    for i, (s, e, role, home) in enumerate(spans):
        if i > 0 and DASH_GAP_RE.fullmatch(text[spans[i - 1][1]:s]):
            continue  # inside a role chain already handled
        if any(p.start < s and e <= p.end and p.kind == "city" for p in places):
            continue  # the title word inside a city's name: "Нұр-Сұлтанда", "Nur-Sultan"
        j = i
        roles = [role]
        while j + 1 < len(spans) and DASH_GAP_RE.fullmatch(text[spans[j][1]:spans[j + 1][0]]):
            j += 1
            roles.append(spans[j][2])
        staff = [r for r in roles if r in STAFF_ROLES]
        if staff:
            roles = staff[:1]  # "пресс-секретарь Президента", "Президенттің кеңесшісі": the staff post, not the principal's
        found = _name_at(text, spans[j][1], places, lang)
        between = [sp for sp in spans[j + 1:] if found and spans[j][1] <= sp[0] and sp[1] <= found[1]]
        if between and (PLURAL_TITLE_RE.search(text[spans[j][0]:spans[j][1]])
                        or home and any(p.iso3 not in (None, home) for p in places if spans[j][1] <= p.start < between[-1][0])):
            # "set by their presidents, Trade Minister Ömer Bolat said": a title of many, the name the next title's;
            # "Мәжіліс Төрағасы Польша Сеймінің Маршалы Эва Копачпен": the Mazhilis's chairman is no Pole, the name is
            # the next title's (not "Emir of Qatar Sheikh Tamim", one person's two titles)
            continue
        name, nstart = found if found else ("", spans[j][1])
        org_after = any(norm(w.strip("’'s,")) in ORG_WORDS for w in text[spans[j][1]:spans[j][1] + 40].split()[:4])
        if not found and not org_after:
            continue
        if org_after and (not found or any(norm(w.strip("’'s,")) in ORG_WORDS for w in
                                           text[spans[j][1]:nstart].split() + NEXT_WORDS_RE.match(text, nstart + len(name)).group().split())):
            # "Ministry of Economic Development and Technology Grzegorz Piechowiak": the name closes the org name
            # the pair that closes it is followed by punctuation, a lower-case word or the next title
            # ("..., Aigul Kuspan Chairman of the Committee")
            tail = text[spans[j][1]:spans[j][1] + 140]
            rest = next((r for r in NAME_PAIR_AHEAD_RE.finditer(tail)
                         if not any(norm(w) in ORG_WORDS or _is_title_word(w) for w in r.group(1).split())
                         and (r.group(3) is None or _is_title_word(r.group(3)))), None)
            if not rest:
                continue
            name = rest.group(1)
            nstart = spans[j][1] + rest.start(1)
            first = NAME_BEFORE_RE.search(text, spans[j][1], nstart)
            if first and not (norm(first.group(1)) in ORG_WORDS or EN_ABSTRACT_RE.fullmatch(first.group(1).lower())
                              or _is_title_word(first.group(1)) or geo.find_places(first.group(1))
                              or lang != "en" and first.group(1)[-1].lower() in "аяыиеуюoаә" and len(first.group(1)) > 2):
                # (a syllable of two letters is a name's, "Ли Чжэ Мён"; a longer word in a vowel, "Кореи", may not be)
                name, nstart = first.group(1) + text[first.end(1):nstart] + name, first.start(1)  # "Pham Minh Chinh"
            elif (given := GIVEN_NAME_BEFORE_RE.search(text, spans[j][1], nstart)) and norm(given.group(1)) not in ORG_WORDS:
                # "Minister of State for Foreign Affairs Sultan bin Saad Al-Muraikhi": the given name before the father's
                name, nstart = given.group(1) + text[given.end(1):nstart] + name, given.start(1)
        if not _plausible(name, lang, role) or any(p.start == nstart for p in out):
            continue  # "Emir of Qatar Sheikh Tamim ...": one person with two titles
        iso = _title_country(text, s, spans[j][1], nstart, places, home, name, out, role)
        if home and iso and iso != home:  # "Түркия Ұлы Ұлттық Мәжілісінің Төрағасы": a chairman, not the Mazhilis's
            roles = [HOME_INSTITUTION_RE.sub("", r) for r in roles]
        nominative = lang == "ru" and ru_nominative_title(text[s:spans[i][1]])
        base = base_form(name, lang, nominative)
        case = ru_title_case(text[s:spans[i][1]]) if lang == "ru" and not nominative \
            and base.split()[-1:] == name.split()[-1:] else None  # the surname did not decline: the title tells the case
        if case is not None:
            base = ru_oblique_nominative(name, case)  # "министра Петера Сийярто": the title's case, not a surname's
        out.append(Person(base, iso, " - ".join(dict.fromkeys(roles)), nstart, nstart + len(name)))
        title_words = text[spans[j][0]:spans[j][1]].split()
        if PLURAL_TITLE_RE.search(title_words[-1]) or PLURAL_TITLE_RE.search(title_words[0]):  # "депутаты Мажилиса"
            for other, ostart in _listed_names(text, nstart + len(name), places, lang):
                # the country of a title of one country's body ("Мәжіліс депутаттары"), else the name's own: "Foreign
                # Ministers Kairat Abdrakhmanov and Sameh Shoukry" are two countries' ministers
                other_iso = known_iso(other) or (home if home == iso else None)
                listed.add(ostart)
                out.append(Person(base_form(other, lang, nominative), other_iso, " - ".join(dict.fromkeys(roles)),
                                  ostart, ostart + len(other)))
    # captions: "Алмас Айдаров, Заместитель министра иностранных дел РК:"
    for m in (CAPTION_RE.finditer(text) if spans else ()):
        tspans = title_spans(text[m.end():m.end() + 80])
        if not tspans or tspans[0][0] != 0 or any(p.start <= m.start() < p.end for p in out):
            continue
        if not _plausible(m.group(1), lang) or any(p.start <= m.start(1) < p.end for p in places):
            continue  # "... of Saudi Arabia, Prince Faisal": a country, not a captioned name
        tail_places = [p for p in places if m.end() <= p.start < m.end() + 80 and p.kind != "city"]
        iso = known_iso(m.group(1)) or (tail_places[0].iso3 if tail_places else tspans[0][3])
        caption = text[m.end():m.end() + 80]
        nominative = lang == "ru" and ru_nominative_title(caption[tspans[0][0]:tspans[0][1]])
        out.append(Person(base_form(m.group(1), lang, nominative), iso, tspans[0][2], m.start(1), m.end(1)))
    # known people named without a title
    for km in NAME_RE.finditer(text):
        if not any(_known(w) for w in km.group().split()):
            continue
        if any(p.start <= km.start() < p.end or km.start() <= p.start < km.end() for p in out):
            continue
        words = [w for w in km.group().split()
                 if not any(pl.start <= km.start() + km.group().find(w) < pl.end for pl in places)
                 and not _is_title_word(w) and norm(w) not in NOT_NAMES]
        if not words:
            continue
        begin = 0
        for idx in [k for k, w in enumerate(words) if _known(w)]:
            # "Тоқаев Шавкат Мирзиёевпен": each known surname closes a name; the words before it are its
            # first names only if the person has such ("Тараптар Си Цзиньпиннің": not "Тараптар")
            hit = _known(words[idx])
            firsts = {norm(w)[:3] for full in hit[3].values() for w in full.split()[:-1]}
            k = idx
            while k > begin and norm(words[k - 1])[:3] in firsts:
                k -= 1
            name = " ".join(words[k:idx + 1])
            start = km.start() + km.group().find(words[k])
            if VENUE_AFTER_RE.match(text, start + len(name)):
                begin = idx + 1
                continue  # "Гейдар Әлиев орталығына барды": a building named after a person
            out.append(Person(base_form(name, lang), hit[1], hit[2], start, start + len(name)))
            begin = idx + 1
    out.sort(key=lambda p: p.start)
    # fill missing countries: the gazetteer, the side a delegation list is introduced by ("on the Kazakh
    # side, by ...", "с узбекской стороны — ...", "Өзбекстан тарапынан ..."), or the person listed just
    # before ("министр X, министр Y")
    sides = [(m.start(), pl.iso3) for m in SIDE_RE.finditer(text)
             for pl in places if m.start() <= pl.start < m.end() and pl.kind != "city"] if out else []
    fixed: list[Person] = []
    for p in out:
        iso = p.iso3 or known_iso(p.name)
        side = [iso3 for at, iso3 in sides if at < p.start and p.start - at < 400]
        if iso is None and side:
            iso = side[-1]
        if iso is None and fixed and p.start - fixed[-1].end < 60 and not geo.countries_in(text[fixed[-1].end:p.start]) \
                and p.role == fixed[-1].role and p.start not in listed and p.role not in ONE_HOLDER_ROLES:
            # "министр X, министр Y" (not "Foreign Ministers X and Y", two countries' ministers; not "President
            # Nazarbayev ... remembers President Park's visit": a country has one president)
            iso = fixed[-1].iso3
        fixed.append(Person(p.name, iso, p.role, p.start, p.end))
    return fixed


# a side of a delegation list: "on the Kazakh side", "the Egyptian side was represented by", "с казахстанской
# стороны", "со стороны Узбекистана", "казахстанскую сторону представляли", "Қазақстан тарапынан", "өзбек тарапы",
# "the Kazakh delegation included", "Қазақстан делегациясының құрамында"
SIDE_RE = CI(r"(?i)\b(?:[\w-]+\s+side\b|[\w-]+\s+сторон\w*|(?:со|с)\s+стороны\s+[\w-]+|[\w-]+\s+тарап\w*|"
                     r"(?<!\w)с\s+[\w-]+(?:ской|цкой)(?=\s*[–—:-])|"  # the side word left out: "..., с казахстанской – министр ..."
                     r"[\w-]+\s+(?:[\w-]+\s+)?(?:delegation|делегаци\w*))",  # "В состав казахстанской парламентской делегации вошли"
              needs=("side", "сторон", "тарап", "ской", "цкой", "delegation", "делегаци"))


# a city's head: a mayor, an akim, a governor
CITY_HEAD_RE = CI(r"(?i)mayor|akim|governor")
# a full stop, a semicolon or a line break
STOP_OR_NEWLINE_RE = re.compile(r"[.;\n]")


# offices one person holds in a country at a time: a second name with the title is another country's
ONE_HOLDER_ROLES = frozenset(("President", "Prime Minister", "Chancellor", "Emir", "King", "Minister of Foreign Affairs"))


def _title_country(text, s, e, nstart, places, home, name, earlier=(), role=None) -> str | None:
    """Whose official: a known name, a country between title and name ("of Japan", "Казахстана"),
    a country right before the title ("Түркия Президенті"), or the title's home default."""
    iso = known_iso(name)
    if iso:
        return iso
    # a pair joined by a dash names a relation, not the official's country ("Венгрия – Қазақстан достық тобының
    # төрағасы", "head of the Kazakhstan–Hungary friendship group", "казахстанско-венгерской группы")
    places = [p for p in places if not _in_pair(text, p, places)]
    after = [p for p in places if e <= p.start < nstart and p.kind != "city"]
    if [p for p in after if not _posted_in(text, p)]:
        return next(p for p in after if not _posted_in(text, p)).iso3
    if CITY_HEAD_RE.search(role or ""):
        cities = [p for p in places if e <= p.start < nstart or (p.end <= s and s - p.end < 40)]
        if cities:  # "мэр Стамбула Экрем Имамоглу", "Ыстамбұл мэрі": the city's country
            return cities[-1].iso3
    before = [p for p in places if p.end <= s and s - p.end < 120 and p.kind != "city"
              and not any(p.end <= q.start < s for q in earlier) and not STOP_OR_NEWLINE_RE.search(text[p.end:s])
              and (_posted_in(text, p) or not MET_WITH_RE.search(text, p.end, s))
              and not (text[p.end:s].isascii() and EN_CLAUSE_GAP_RE.search(text, p.end, s))
              and (home is None or s - p.end <= 3 or KK_GENITIVE_RE.search(text, p.end, s)
                   or INSTITUTION_GAP_RE.fullmatch(text, p.end, s)
                   and (KK_GENITIVE_WORD_RE.match(text, s) or KK_OWNED_GENITIVE_RE.match(text, s)))]
    # (a title of one country's institution, "Мәжіліс Төрағасы", "мемлекеттік хатшы", takes a country only right
    # before it or through an organisation in the genitive: "Пәкістан Сенатының Төрағасы", "Венгрия Сыртқы істер
    # министрлігінің мемлекеттік хатшысы"; not "венгр делегациясы Мәжіліс Төрағасы Ерлан Қошановпен кездесті")
    # "Өзбекстанның Қазақстандағы елшісі", "Uzbekistan's ambassador in Kazakhstan": the country the
    # official is posted in is not theirs
    owners = [p for p in before if not _posted_in(text, p)]
    if owners:
        return owners[-1].iso3
    if after:
        return after[0].iso3
    if before:
        return before[-1].iso3
    return home


KK_GENITIVE_RE = re.compile(r"(?:ның|нің|дың|дің|тың|тің)\s")
# the institution a title of one country names: dropped from it when the official is another country's
HOME_INSTITUTION_RE = re.compile(r"\s+of\s+the\s+(?:Mazhilis|Senate|Jogorku\s+Kenesh|State\s+Council)$")
# the country opening the name of its institution, the title's own first word in the genitive: "Түркия Ұлы Ұлттық
# Мәжілісінің Төрағасы" (a Turkish speaker, not the Mazhilis's)
INSTITUTION_GAP_RE = re.compile(r"(?:\s+[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][^\W\d_]*){1,3}\s+")
KK_GENITIVE_WORD_RE = re.compile(r"[^\W\d_]+(?:ның|нің|дың|дің|тың|тің)\s")
# an institution in the possessive, then its officer in the genitive: "(Бразилия Федеративтік Республикасы
# Федералдық) Сенаты төрағасының бірінші орынбасары"
KK_OWNED_GENITIVE_RE = re.compile(r"[^\W\d_]+[ыі]\s+[^\W\d_]+(?:ның|нің|дың|дің|тың|тің)\s")
# in English a country owns a title beside it ("Turkish Trade Minister", "Kazakhstan's Deputy Foreign Minister"), not
# across a clause: "Türkiye and Kazakhstan are determined to reach the target set by their presidents, Trade Minister X"
EN_CLAUSE_GAP_RE = re.compile(r",|(?<![\w'’])(?!(?:of|the|and|for|on|in)\b)[a-z]{3,}\b")
# "замглавы МИД РК встретился с генеральным директором ... фонда": the one met is not of the country owning the
# one who meets (but "находящийся в Итальянской Республике, провел переговоры с Председателем Палаты": of the host)
MET_WITH_RE = CI(r"(?i)(?<!\w)(?:с|со|with)\s|встрет\w*|\bmet\b|\bmeets\b|"
                 # the guest received, told before the host: "Казахстанского гостя также принял Спикер ..."
                 r"(?<!\w)(?:принял\w*|принима\w*|received|welcomed|hosted)(?!\w)")


# a dash between two places: "Казахстан – Китай"
DASH_BETWEEN_RE = re.compile(r"\s*[-–—]\s*")


def _in_pair(text: str, place, places) -> bool:
    """The place is one half of a dashed pair of countries ("Венгрия – Қазақстан", "Kazakhstan–Hungary",
    "казахстанско-венгерской")."""
    if place.kind == "city":
        return False
    for q in places:
        if q is place or q.kind == "city" or q.iso3 == place.iso3:
            continue
        a, b = (place, q) if place.end <= q.start else (q, place)
        if b.start - a.end <= 3 and DASH_BETWEEN_RE.fullmatch(text[a.end:b.start]):
            return True
    return False


# the word after a country in the locative: "Оман Сұлтанатындағы", "Корея Республикасындағы"
STATE_LOCATIVE_AFTER_RE = CI(r"(?i)\s+(?:(?:Халық|Ислам|Араб|Федеративтік|Социалистік)\s+)?(?:Сұлтанат|Республика|Корольд|Мемлекет|"
                                     r"Федерация|Әмірлік|Штат|Княжеств)[^\W\d_]*?н?[дт][ае](?:ғы|гі)?(?!\w)")
POSTED_IN_BEFORE_RE = CI(r"(?i)(?:\bin|\bto|\bв|\bво)\s+$")


# a Kazakh locative ending: "Қазақстанда", "Ресейдегі"
KK_LOCATIVE_ENDING_RE = re.compile(r"н?[ндт][ае](?:[ғгқк][ыі])?")


def _posted_in(text: str, place) -> bool:
    """A place in the locative: "Қазақстандағы", "в Казахстане", "in Kazakhstan"."""
    return bool(KK_LOCATIVE_ENDING_RE.fullmatch(place.ending or "")) or \
        bool(POSTED_IN_BEFORE_RE.search(text[max(0, place.start - 5):place.start])) or \
        bool(STATE_LOCATIVE_AFTER_RE.match(text, place.end))


CAPTION_RE = re.compile(rf"({NAME_WORD}\s+{NAME_WORD})\s*,\s*")


VOWELS = "aeiouyаеёиоуыэюяәөұүі"
# a person named as the source of what the sentence tells: "по словам X", "как отметил X", "according to X",
# "as X noted", "X атап өткендей", "X-тың айтуынша / сөзінше"
SOURCE_BEFORE_RE = CI(r"(?i)(?:по\s+словам|как\s+(?:отметил|сказал|заявил|подчеркнул|пояснил)\w*|according\s+to)"
                              r"\s+(?:[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]\.\s?)*$")
SOURCE_AFTER_RE = CI(r"(?i)\s*(?:атап\s+өткендей|айтқандай|айтуынша|сөзінше|пікірінше|мәлімдегендей)")
AS_BEFORE_RE = CI(r"(?i)\bas\s+$")
AS_AFTER_RE = CI(r"(?i)\s+(?:noted|said|put\s+it|stressed|pointed\s+out)\b")


FULL_NAME_AGAIN_MIN = 6  # letters of a whole name matched again when its last word is too short to match alone


def again(text: str, known: list[Person], here: list[Person], places=()) -> list[Person]:
    """Officials introduced elsewhere in the article (with their title) named here again by surname,
    with or without first name or initial, in any case: "Серік Жұманғарин бастаған делегация",
    "С.Жұманғарин мен П.Сийярто", "переговоры Жумангарина", "Szijjártó opened the forum". Offsets are ``text``'s;
    a surname shorter than three letters, or inside a place or a name found here, is not matched (one of three
    letters only as a whole word)."""
    taken = [(p.start, p.end) for p in here] + [(p.start, p.end) for p in places]
    have = {p.name.split()[-1][:5].lower() for p in here if p.name.split()}
    out: list[Person] = []
    for person in known:
        words = person.name.split()
        if not words:
            continue
        surname = words[-1]
        key = surname[:5].lower()
        if key in have or not surname[:1].isupper():
            continue
        stem = surname[:-1] if len(surname) >= 5 and surname[-1].lower() in VOWELS else surname
        if len(surname) == 3 and surname in text and not month_number(surname):
            # a surname of three letters, as a whole word only ("Gül also met Atambayev", "Gül's"; not "Gülnara",
            # not the month "May")
            m = next((x for x in re.finditer(rf"(?<![\w-]){re.escape(surname)}(?=['’]s\b|[^\w-]|$)", text)
                      if not any(a <= x.start() < b or x.start() <= a < x.end() for a, b in taken)), None)
            if m is not None:
                out.append(Person(person.name, person.iso3, person.role, m.start(), m.end()))
                have.add(key)
                continue
        if (len(stem) < 4 or stem not in text) and len(words) >= 2:
            # "Мун Чжэ Иннің", "Мун Чжэ Ин" after "Мун Чжэ Ином": a name of short syllables is matched whole, its
            # last word less a case ending
            stem = " ".join(words[:-1] + [surname[:max(2, len(surname) - 2)]])
            if len(stem) < FULL_NAME_AGAIN_MIN:
                continue
        if len(stem) < 4 or stem not in text:
            continue
        for m in re.finditer(rf"(?<![\w-]){re.escape(stem)}[\w’'-]*", text):
            if any(a <= m.start() < b or m.start() <= a < m.end() for a, b in taken):
                continue
            if SOURCE_BEFORE_RE.search(text, max(0, m.start() - 30), m.start()) or SOURCE_AFTER_RE.match(text, m.end()) \
                    or AS_BEFORE_RE.search(text, max(0, m.start() - 4), m.start()) and AS_AFTER_RE.match(text, m.end()):
                break  # "Р.Василенко атап өткендей, ...", "по словам Желдибая": the source of what is told
            out.append(Person(person.name, person.iso3, person.role, m.start(), m.end()))
            have.add(key)
            break
    return out


def mentions_someone(text: str) -> bool:
    """Cheap test: a title or a known surname stands in ``text``."""
    if _title_spans_cached(text):
        return True
    return any(_known(w) for w in CAPITALISED_WORD_RE.findall(text))


def known_full_name(name: str, lang: str) -> str | None:
    """The gazetteer's full name, in the script of ``lang``, of a person named by surname."""
    hit = next((h for h in map(_known, name.split()) if h), None)
    return hit[3].get(lang) if hit else None
