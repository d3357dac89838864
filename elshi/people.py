"""Named officials: title + name patterns in kk/ru/en, names in base form, their country and role."""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from elshi import geo
from elshi.lexicon import norm, read_csv

NAME_WORD = r"[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w’'-]+"
NAME_RE = re.compile(rf"{NAME_WORD}(?:\s+{NAME_WORD}){{0,2}}")
# Kazakh case endings that may follow a surname ("Тоқаевтың", "Кулубаевпен", "Ердоғанға")
KK_NAME_ENDING_RE = re.compile(r"(тың|тің|дың|дің|ның|нің|пен|бен|мен|қа|ке|ға|ге|ты|ті|ды|ді|ны|ні|тан|тен|дан|ден|нан|нен|та|те|да|де|ның|а|е|ы|і)$")
RU_SURNAME_ENDING_RE = re.compile(r"((?:ов|ев|ёв|ин|ын)(?:ым|ом|а|у|е))$")
RU_NAME_INSTR_RE = re.compile(r"(ом|ем|ым|ом)$")
ORG_WORDS = frozenset(norm(w) for w in (
    "Ministry", "Department", "Agency", "Committee", "Council", "Republic", "Government", "Parliament", "Office",
    "Embassy", "Министерство", "Министерства", "Республики", "Республика", "Парламента", "Правительства", "Агентства",
    "Комитета", "Мажилиса", "Сената", "Үкіметінің", "Парламенті", "Министрлігі", "Министрлігінің", "Economic",
    "Development", "Technology", "Foreign", "Affairs", "Trade", "Industry",
))
NOT_NAMES = frozenset(norm(w) for w in (
    "Президент", "Премьер-министр", "Министр", "Қазақстан", "Республикасы", "Сыртқы", "Мемлекет", "Глава", "President",
    "Prime", "Minister", "Foreign", "Deputy", "Kazakhstan", "The", "Сыртқы", "ҚР", "РК", "МИД", "СІМ",
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
        words = [re.escape(w[:-1] if len(w) > 4 and w[-1] in "ьйаяоеиы" else w) for w in r["phrase"].split()]
        pat = r"\s+".join(w + r"(?!лі|лы|ерств)\w*" for w in words)
        out.append((re.compile(rf"(?<!\w){pat}", re.I), r["role_en"], r["home_default"] or None))
    out.sort(key=lambda t: -len(t[0].pattern))
    return out


@functools.lru_cache(maxsize=1)
def known_people() -> list[tuple[str, str, str, str]]:
    """(surname stem, full name in that script, iso3, role)."""
    out = []
    for r in read_csv("people.csv"):
        for col in ("name_kk", "name_ru", "name_en"):
            full = r[col]
            surname = full.split()[-1]
            if len(surname) >= 4:
                out.append((norm(surname[: max(4, len(surname) - 2)]), full, r["iso3"], r["role_en"]))
    return out


def _known_iso(name: str) -> str | None:
    for stem, full, iso, role in known_people():
        if any(norm(w).startswith(stem) for w in name.split()):
            return iso
    return None


def base_form(name: str, lang: str) -> str:
    words = name.split()
    out = []
    for i, w in enumerate(words):
        last = i == len(words) - 1
        if lang == "kk":
            m = KK_NAME_ENDING_RE.search(w)
            if last and m and len(w) - len(m.group()) >= 4 and re.search(r"(ов|ев|ин|ан|он|ен|ұлы|лы|ь|ғ|й|р|л|н|в|т|к|ц|ш)$", w[: -len(m.group())]):
                w = w[: -len(m.group())]
        elif lang == "ru":
            m = RU_SURNAME_ENDING_RE.search(w)
            if m:
                w = w[: -len(m.group()) + 2]
            elif RU_NAME_INSTR_RE.search(w) and len(w) > 5:
                w = w[:-2] + ("ь" if w.endswith("ем") and w[-3] in "л" else "")
        out.append(w)
    return " ".join(out)


def _title_spans(text: str):
    spans = []
    taken: list[tuple[int, int]] = []
    for rx, role, home in titles():
        for m in rx.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            taken.append((m.start(), m.end()))
            spans.append((m.start(), m.end(), role, home))
    spans.sort()
    return spans


def find_people(text: str, lang: str) -> list[Person]:
    """Officials named in ``text`` with a title before (kk/ru/en) or a known name."""
    out: list[Person] = []
    places = geo.find_places(text)
    spans = _title_spans(text)
    for i, (s, e, role, home) in enumerate(spans):
        # a role chain "Премьер-министрінің орынбасары – Сыртқы істер министрі"
        j = i
        roles = [role]
        while j + 1 < len(spans) and re.fullmatch(r"[\s–—-]*", text[spans[j][1]:spans[j + 1][0]]):
            j += 1
            roles.append(spans[j][2])
        tail = text[spans[j][1]:spans[j][1] + 80]
        # skip an inline country ("президент Казахстана", "of Japan") between title and name
        m = re.match(rf"\s*(?:of\s+|the\s+)?(?:[\w’'-]+\s+){{0,3}}?(?P<name>{NAME_RE.pattern})", tail)
        if not m:
            continue
        name = m.group("name")
        nstart = spans[j][1] + m.start("name")
        # drop leading country words in the name
        cand_places = [p for p in places if nstart <= p.start < nstart + len(name)]
        if cand_places:
            cut = cand_places[-1].end - nstart
            name = name[cut:].strip()
            nstart += cut + (len(name) and 0)
            m2 = re.match(rf"\s*{NAME_RE.pattern}", text[nstart:nstart + 60])
            if not m2:
                continue
            name = m2.group().strip()
        words = name.split()
        if any(norm(w) in ORG_WORDS for w in words):
            # "Ministry of Economic Development and Technology Grzegorz Piechowiak": the name closes the org name
            rest = next((r for r in re.finditer(rf"((?:{NAME_WORD})\s+(?:{NAME_WORD}))(?=\s*[,.;]|\s+[a-zа-яәғқңөұүһі])",
                                                text[nstart:nstart + 120])
                         if not any(norm(w) in ORG_WORDS for w in r.group(1).split())), None)
            if not rest:
                continue
            name = " ".join(rest.group(1).split()[-2:])
            nstart = nstart + rest.end(1) - len(name)
            words = name.split()
        if not name or norm(words[0]) in NOT_NAMES:
            continue
        # country: the nearest country mention before the title (same clause) or just after it
        iso = _known_iso(name)
        before = [p for p in places if p.end <= s and s - p.end < 90 and p.kind != "city"
                  and not re.search(NAME_WORD + r"\s+" + NAME_WORD, text[p.end:s])]
        after = [p for p in places if spans[j][1] <= p.start < nstart]
        if iso:
            pass
        elif after:
            iso = after[0].iso3
        elif before and not re.search(r"[.;]", text[before[-1].end:s]):
            iso = before[-1].iso3
        elif home:
            iso = home
        role_txt = " - ".join(dict.fromkeys(roles))
        out.append(Person(base_form(name, lang), iso, role_txt, nstart, nstart + len(name)))
    # known people named without a title
    for km in NAME_RE.finditer(text):
        if any(p.start <= km.start() < p.end or km.start() <= p.start < km.end() for p in out):
            continue
        words = [w for w in km.group().split()
                 if not any(pl.start <= km.start() + km.group().find(w) < pl.end for pl in places)]
        if not words:
            continue
        for stem, full, iso, role in known_people():
            if any(norm(w).startswith(stem) for w in words):
                out.append(Person(base_form(" ".join(words), lang), iso, role, km.start(), km.end()))
                break
    # one person per name span: the first (longest role chain) wins
    seen: set[str] = set()
    uniq = []
    for p in sorted(out, key=lambda p: p.start):
        key = norm(p.name.split()[-1])[:5]
        if key in seen:
            continue
        seen.add(key)
        uniq.append(p)
    out = uniq
    # fill missing countries from the known-people gazetteer
    fixed = []
    for p in out:
        if p.iso3 is None:
            for stem, full, iso, role in known_people():
                if any(norm(w).startswith(stem) for w in p.name.split()):
                    p = Person(p.name, iso, p.role or role, p.start, p.end)
                    break
        fixed.append(p)
    return fixed
