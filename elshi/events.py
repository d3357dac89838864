"""Bilateral visits, talks and other diplomatic events (rows of core.visit_events / event_participants).

Each sentence is scanned for event triggers (kk/ru/en); an event needs Kazakhstan and one foreign
country (from the sentence or the article's context), is ``planned`` when the wording is future or
preparatory, takes its date, place and direction from the sentence, and mentions of the same event
in one article are merged. Multilateral summits and councils are not bilateral events.
"""
from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
import re
from dataclasses import dataclass, field

from elshi import geo, people
from elshi.lexicon import month_number
from elshi.morph import KK_DATIVE_RE
from elshi.periods import MONTH_ANY_RE, rel_year_delta
from elshi.model import Article, Participant, VisitEvent
from elshi.text import CI, sentences

HOME = "KAZ"

TRIGGERS = (
    ("phone_call", r"телефон\s+арқылы\s+сөйлес\w*|телефонмен\s+сөйлес\w*|телефон\w*\s+(?:разговор|переговор)\w*|по\s+телефону|"
                   r"позвонил\w*|phone\s+(?:call|conversation|talks)|telephone\s+(?:call|conversation)|spoke\s+by\s+phone|"
                   r"телефон\s+арқылы\s+әңгіме\w*"),
    ("consultations", r"консультаци\w*|consultations"),
    ("council", r"үкіметаралық\s+комиссия\w*|мемлекетаралық\s+кеңес\w*|ынтымақтастық\s+кеңес\w*|межправительственн\w+\s+(?:комисси|совет)\w*|"
                r"межгосударственн\w+\s+совет\w*|intergovernmental\s+(?:commission|council)|interstate\s+council|"
                r"cooperation\s+council|joint\s+commission|cooperation\s+committee|комитет\w*\s+(?:по\s+)?сотрудничеств\w*|"
                r"ынтымақтастық\s+(?:жөніндегі\s+)?комитет\w*|\bIGC\b|МПК"),
    ("forum", r"форум(?!дар|ах\b|ов\b)\w*|forum(?!s)"),
    ("visit", r"сапар\w*|барды|барып|келді|келеді|келіп|визит\w*|прибыл\w*|прибывш\w*|посети\w*|посещени\w*|"
              r"visit\w*|arriv\w*|trip\b"),
    ("talks", r"кездесу\w*|кездес\w*|келіссөз\w*|басқосу\w*|переговор\w*|встреч\w*|встретились|встретится|"
              r"talks\b|\bmet\b|meeting|negotiat\w*|қабылдады|қабылдап|принял(?!\w*\s+(?:участие|решение|закон))\w*|"
              r"\breceived\b"),
    ("signing", r"қол\s+қой\w*|подписал\w*|подписани\w*|подписан\w*|\bsigned\b|signing"),
)
TRIGGER_RE = CI("|".join(f"(?P<{n}>{p})" for n, p in TRIGGERS))

MULTILATERAL_RE = CI(
    r"(?i)(саммит\w*|summit|еуразиялық|евразийск\w*|eurasian|ЕАЭО|ЕАЭС|EAEU|\bШОС\b|\bШЫҰ\b|\bSCO\b|\bСНГ\b|\bТМД\b|\bCIS\b|"
    r"ОДКБ|CSTO|ҰҚШҰ|\bCOP\d*|Conference\s+of\s+the\s+Parties|\bООН\b|\bБҰҰ\b|\bUN\b|G20|БРИКС|BRICS|СПЕКА|SPECA|"
    r"Орталық\s+Азия\s*[-–+]|Central\s+Asia\s*[-–+]|Центральн\w+\s+Ази\w*\s*[-–+]|C5\+)"
)
SIDELINES_RE = re.compile(r"(?i)(аясында|шеңберінде|на\s+полях|в\s+рамках|on\s+the\s+sidelines|on\s+the\s+margins|кездесу\w*|встреч\w*|met\b|meeting\s+with)")
SUMMIT_PURPOSE_RE = re.compile(r"(?i)(саммит\w*|summit|заседани\w+\s+(?:ЕАЭС|ШОС|СНГ))")

PLANNED_RE = CI(
    r"(?i)(жоспарлан\w*|жоспар\w*|келеді\b|барады\b|өтеді\b|өткізіледі|болады\b|алдағы|келесі|дайындық\w*|қарсаңында|"
    r"күтілуде|-пек\b|кеңейтпек|предстоящ\w*|планиру\w*|запланирован\w*|состоится|пройдет|пройдёт|будет|будут|совершит|"
    r"намечен\w*|ожида\w*|подготовк\w*|в\s+ближайшее\s+время|следующ\w*|\bwill\b|scheduled|upcoming|expected|is\s+to\s+visit|"
    r"plans?\s+to|to\s+visit\b|next\s+(?:week|month|year)|postponed|отложен\w*|кейінге\s+қалдыр\w*|"
    r"обсуди\w*\s+(?:\w+\s+){0,3}визит|discuss\w*\s+(?:\w+\s+){0,3}visit|"
    r"посетит|посетят|прибудет|прибудут|отправится|направится|проведет|проведут|встретится|встретятся|"
    r"примет\s+участие|состоятся|откроется|өтетін|болатын|келетін|баратын|кездеседі|сөйлеседі|жүргізеді|"
    r"is\s+to\b|are\s+to\b|is\s+set\s+to|will\s+travel|to\s+travel\s+to|перенес\w*|перенос\w*)"
)
VISIT_LEVEL = (
    ("state", r"(?i)(мемлекеттік\s+сапар|государственн\w+\s+визит|state\s+visit)"),
    ("official", r"(?i)(ресми\s+сапар|официальн\w+\s+визит|official\s+visit)"),
    ("working", r"(?i)(жұмыс\s+сапар|рабоч\w+\s+визит|working\s+visit)"),
)
RECEPTION_RE = re.compile(r"(?i)қабылдады|қабылдап|принял\w*|received")
BARE_MOTION_RE = re.compile(r"(?i)барды|барып|келді|келеді|келіп")
AGREEMENT_RE = re.compile(r"(?i)(келісім\w*|шарт\w*|меморандум\w*|құжат\w*|соглашени\w*|договор\w*|протокол\w*|"
                          r"agreement\w*|memorand\w*|treat\w*|documents?|accords?)")
REL_MONTH_RE = re.compile(r"(?i)(өткен\s+айда|келесі\s+айда|осы\s+айда|в\s+прошлом\s+месяце|в\s+следующем\s+месяце|"
                          r"в\s+этом\s+месяце|last\s+month|next\s+month|this\s+month|coming\s+month|previous\s+month)")
TODAY_RE = re.compile(r"(?i)(бүгін|сегодня|\btoday\b)")
YESTERDAY_RE = re.compile(r"(?i)(кеше\b|вчера|yesterday)")
YEAR_END_RE = re.compile(r"(?i)(by\s+the\s+end\s+of\s+the\s+year|до\s+конца\s+(?:этого\s+|текущего\s+)?года|жыл\s+соңына\s+дейін)")
REL_YEAR_RE = re.compile(r"(?i)(өткен\s+жыл\w*|былтыр\w*|прошл\w+\s+год\w*|last\s+year|биыл\w*|в\s+этом\s+году|this\s+year|келесі\s+жыл\w*|next\s+year|в\s+следующем\s+году)")
DAY_MONTH_RE = re.compile(r"(?<!\d)(\d{1,2})(?:\s*[-–]\s*(\d{1,2}))?\s+([^\W\d_]{3,12}\.?)(?:[,\s]+(\d{4}))?")
MONTH_DAY_RE = re.compile(r"\b([A-Z][a-z]{2,8}\.?)\s+(\d{1,2})(?:\s*[-–]\s*(\d{1,2}))?(?:,?\s+(\d{4}))?")
NUMERIC_DATE_RE = re.compile(r"(?<!\d)(\d{1,2})\.(\d{1,2})\.(\d{4})(?!\d)")
CAPITAL_WORD_RE = re.compile(r"(?i)(елорда(?:ға|да|мызға|мызда|ға\s+келді)|Ақордада|в\s+Акорде|at\s+Akorda|in\s+Akorda|в\s+столиц\w+\s+Казахстана)")


@dataclass
class _Mention:
    type: str
    level: str | None
    status: str
    pair: tuple[str, str]
    visitor: str | None
    host: str | None
    location: str | None
    date: tuple | None  # (start, end, precision)
    start: int
    end: int
    evidence: str
    people: list = field(default_factory=list)


def extract_events(article: Article) -> list[VisitEvent]:
    text = article.text
    sents = sentences(text)
    ref = article.published_on
    stamp_precision = _stamp_precision(text, ref)
    dominant = geo.dominant_partner(article.title, [s.text for s in sents], HOME)
    all_people = _ArticlePeople(sents, article.language)
    mentions: list[_Mention] = []
    ctx_partner = dominant
    dateline = _article_dateline(sents)
    lead_sentences: list = []  # sentences before the first event: their officials (a delegation) join it
    for sent in sents:
        t = sent.text
        places = geo.find_places(t)
        foreign = [p for p in places if p.iso3 != HOME]
        trig = [m for m in TRIGGER_RE.finditer(t)]
        if foreign:
            isos = {p.iso3 for p in foreign}
            if len(isos) == 1:
                ctx_partner = foreign[0].iso3
        if not trig:
            if not mentions:
                lead_sentences.append(sent)
            if mentions:  # officials named in the sentences that follow an event belong to it
                last = mentions[-1]
                sides = {q.iso3 or last.pair[1] for q in last.people}
                last.people += [p for p in all_people.of(sent) if p.iso3 in last.pair and p.iso3 not in sides]
            continue
        kept: list[tuple[str, re.Match]] = []
        for m in trig:
            name = next(k for k, v in m.groupdict().items() if v)
            if name == "visit" and BARE_MOTION_RE.fullmatch(m.group()) and not _has_destination(t, m.start(), places):
                continue  # "дамып келеді" (has been developing) is not a trip
            if name == "signing" and not AGREEMENT_RE.search(t) and not any(x.type == "signing" for x in mentions):
                continue
            if name == "talks" and RECEPTION_RE.fullmatch(m.group()) and not people._title_spans(t):
                continue  # "received a letter", "принял закон": a reception needs an official
            if name == "visit" and kept and kept[-1][0] == "visit" and m.start() - kept[-1][1].end() < 40 \
                    and not any(kept[-1][1].end() <= p.start < m.start() for p in places):
                continue  # "ресми сапармен келді": one trip
            kept.append((name, m))
        types = {n for n, _ in kept}
        multilateral = MULTILATERAL_RE.search(t)
        drop: set[str] = set()
        if "council" in types and (multilateral or "forum" in types):
            drop.add("council")
        if ("council" in types or "consultations" in types or "phone_call" in types) and "council" not in drop:
            drop.add("talks")
        if ("council" in types or "forum" in types) and not re.search(r"(?i)(сапар|визит|visit)", t):
            drop.add("visit")
        if multilateral:
            if SUMMIT_PURPOSE_RE.search(t):
                drop.add("visit")
            if not SIDELINES_RE.search(t):
                drop.add("talks")
            if re.search(r"(?i)форум\w*\s+(?:ЕАЭС|ШОС)", t):
                drop.add("forum")
        if types & {"visit", "forum", "council"} and not any(x.type == "signing" for x in mentions):
            drop.add("signing")  # documents signed during a visit or forum belong to it
        seen_types: set[str] = set()
        chosen = []
        for n, m in kept:
            if n in drop or (n != "visit" and n in seen_types):
                continue
            seen_types.add(n)
            chosen.append((n, m))
        if not chosen:
            continue
        sent_people = all_people.of(sent)
        pair = _pair(places, ctx_partner, [p.iso3 for p in sent_people if p.iso3])
        if pair is None:
            continue
        sentence_planned = bool(PLANNED_RE.search(t))
        for k, (typ, m) in enumerate(chosen):
            if len(chosen) == 1:
                w_start, w_end = 0, len(t)
            elif article.language == "kk":  # verb-final: a clause ends with its trigger
                w_start = chosen[k - 1][1].end() if k else 0
                w_end = m.end() if k < len(chosen) - 1 else len(t)
            else:
                w_start = chosen[k - 1][1].end() if k else 0
                w_end = chosen[k + 1][1].start() if k < len(chosen) - 1 else len(t)
            wt = t[w_start:w_end]
            w_places = [p for p in places if w_start <= p.start < w_end]
            status = "planned" if (PLANNED_RE.search(wt) or sentence_planned) else "held"
            level = None
            visitor = host = location = None
            if typ == "visit":
                for lvl, rx in VISIT_LEVEL:
                    if re.search(rx, wt):
                        level = lvl
                        break
                host = _visit_host(t, w_places, pair, article.language)
                dest_cities = [c for c in w_places if c.kind == "city" and c.iso3 in pair
                               and -40 <= m.start() - c.end <= 100 and not _is_dateline(t, c)]
                if dest_cities and (host is None or dest_cities[0].iso3 == host):
                    location, host = dest_cities[0].city, dest_cities[0].iso3
                elif CAPITAL_WORD_RE.search(wt) and host in (None, HOME):
                    location, host = "Astana", HOME
                if host:
                    visitor = pair[0] if host == pair[1] else pair[1]
            else:
                city = _event_city(t, w_places)
                if city is not None:
                    location, host = city.city, city.iso3
                elif CAPITAL_WORD_RE.search(wt):
                    location, host = "Astana", HOME
                else:
                    host = _mfa_host(t, places, pair)
            if host is None and status == "held" and dateline is not None and dateline.iso3 in pair \
                    and typ in ("visit", "signing", "talks"):
                location, host = dateline.city, dateline.iso3  # "Тегеран, 27 апреля /Синьхуа/ -- ..."
                if typ == "visit":
                    visitor = pair[0] if host == pair[1] else pair[1]
            w_date = _date(wt, ref, status, stamp_precision) if len(chosen) > 1 else _date(t, ref, status, stamp_precision)
            # Kazakh clauses end with their verb, so officials belong to their clause; in Russian and
            # English a participle ("прибывший с визитом премьер-министр") sits inside the phrase
            split_people = len(chosen) > 1 and (article.language == "kk" or len({n for n, _ in chosen}) < len(chosen))
            w_people = [p for p in sent_people if w_start <= p.start - sent.start < w_end] if split_people else list(sent_people)
            w_people += _title_refs(t, w_start, w_end, w_places, all_people, pair)
            w_people = list({people_key(p): p for p in reversed(w_people)}.values())[::-1]
            if not mentions and lead_sentences:
                _add_people(w_people, [q for ls in lead_sentences for q in all_people.of(ls) if q.iso3 in pair])
            mentions.append(_Mention(typ, level, status, pair, visitor, host, location,
                                     w_date, sent.start, sent.end, t, w_people))
    return _merge(article, mentions, all_people)


class _ArticlePeople:
    """Officials of an article, read per sentence only when an event needs them."""

    def __init__(self, sents, lang: str):
        self.sents, self.lang = sents, lang
        self._by_sentence: dict[int, list] = {}

    def of(self, sent) -> list:
        if sent.start not in self._by_sentence:
            self._by_sentence[sent.start] = [
                dataclasses.replace(p, start=p.start + sent.start, end=p.end + sent.start)
                for p in people.find_people(sent.text, self.lang)]
        return self._by_sentence[sent.start]

    def __iter__(self):
        for sent in self.sents:
            yield from self.of(sent)


def _title_refs(t, w_start, w_end, w_places, all_people, pair) -> list:
    """Officials named only by title here ("Франция Президентінің", "президентом России", "Мемлекет
    басшысы") resolved to the person with that title and country named elsewhere in the article."""
    out = []
    wt = t[w_start:w_end]
    for s, e, role, home in people._title_spans(wt):
        s, e = s + w_start, e + w_start
        if re.match(r"\s*" + people.NAME_WORD, t[e:e + 40]):
            nxt = re.match(r"\s*(\w+)", t[e:])
            if nxt and not any(p.start == e + nxt.start(1) for p in w_places):
                continue  # a name follows: find_people has it
        near = [p for p in w_places if p.kind != "city" and (0 <= s - p.end <= 25 or 0 <= p.start - e <= 12)]
        iso = near[0].iso3 if near else home
        if iso not in pair:
            continue
        for person in all_people:
            if person.iso3 == iso and person.role and role.split()[-1] in person.role:
                out.append(person)
                break
    return out


def _has_destination(t, pos, places) -> bool:
    """A bare motion verb is a visit only with a destination in the dative before it ("Қазақстанға ... келді")
    and an official travelling (a title or a name), not goods ("тауарлары ... келеді")."""
    clause = t[max(0, pos - 120):pos]
    if not (people._title_spans(clause) or re.search(r"(?i)(делегаци\w*|delegation)", clause)):
        return False
    return any(0 <= pos - p.end <= 80 and KK_DATIVE_RE.match(p.ending)
               for p in places) or bool(re.search(r"(?i)(елорда\w*ға|елімізге)", t[max(0, pos - 80):pos]))


def _stamp_precision(text: str, ref) -> str:
    """A publication stamp with a time of day ("27.11.2024 14:25") dates same-day news to the day."""
    if ref is None:
        return "month"
    head = text[:400]
    return "day" if re.search(r"\d{1,2}:\d{2}", head) and (ref.strftime("%d.%m.%Y") in head or str(ref.year) in head) else "month"


def _pair(places, ctx_partner, people_isos=()) -> tuple[str, str] | None:
    """Kazakhstan and the foreign side: countries named, else cities, else the officials' countries
    ("переговоры Токаева и Путина"), else the article's context."""
    countries = [p for p in places if p.kind != "city"]
    foreign = ([p.iso3 for p in countries if p.iso3 != HOME] or [p.iso3 for p in places if p.iso3 != HOME]
               or [iso for iso in people_isos if iso != HOME])
    uniq = list(dict.fromkeys(foreign))
    if len(uniq) == 1:
        return HOME, uniq[0]
    if len(uniq) > 1:
        if ctx_partner in uniq:
            return HOME, ctx_partner
        return HOME, uniq[0]
    if ctx_partner:
        return HOME, ctx_partner
    return None


def _visit_host(t, places, pair, lang) -> str | None:
    """The destination: Kazakh dative ("Қырғыз Республикасына", "Парижге"); Russian "в/во/на X"
    ("в Исламскую Республику Пакистан") or "посетил X"; English "to/in/visit X"."""
    for p in places:
        if p.iso3 not in pair:
            continue
        before = t[max(0, p.start - 40):p.start]
        if lang == "kk" and KK_DATIVE_RE.match(p.ending) and p.kind in ("name", "city", "abbrev"):
            return p.iso3
        if lang == "ru" and re.search(r"(?i)(?:\bв|\bво|\bна|посети\w*|посещени\w*)\s+(?:[А-ЯЁа-яё-]+\s+){0,2}$", before) \
                and p.kind in ("name", "city", "abbrev"):
            return p.iso3
        if lang == "en" and re.search(r"(?i)(?:\bto|\bin|\binto|visit\w*)\s+(?:the\s+)?(?:[A-Za-z-]+\s+){0,3}$", before) \
                and p.kind in ("name", "city", "abbrev") and not re.search(r"(?i)(?:from)\s+(?:\w+\s+){0,2}$", before):
            return p.iso3
    return None


def _article_dateline(sents):
    """The city of a dateline opening one of the first sentences, if any."""
    for sent in sents[:3]:
        for p in geo.find_places(sent.text[:40]):
            if p.kind == "city" and _is_dateline(sent.text, p):
                return p
    return None


def _is_dateline(t: str, p) -> bool:
    """"ASTANA – ...", "Тегеран, 27 апреля": the city the report was filed from."""
    return p.start <= 2 and bool(re.match(r"\s*(?:[-–—.,:]|\(|\s+\d)", t[p.end:p.end + 3]))


def _event_city(t: str, places):
    """Where a meeting took place: a city (any country, e.g. a third-country summit venue) in the
    locative ("Римде", "в Минске", "in New York"), else any city that is not a dateline."""
    cities = [p for p in places if p.kind == "city" and not _is_dateline(t, p)]
    for c in cities:
        before = t[max(0, c.start - 6):c.start]
        if re.match(r"^(?:[ндт][ае]|[ндт][ае][ғгқк][ыі]|ында|інде)$", c.ending) or re.search(r"(?i)(?:\bв|\bво|\bin|\bat)\s+$", before):
            return c
    return cities[0] if cities else None


def _mfa_host(t, places, pair) -> str | None:
    m = re.search(r"(?i)(сыртқы\s+істер\s+министрлігінде|в\s+МИД\w*|at\s+the\s+(?:foreign\s+)?ministry)", t)
    if not m:
        return None
    before = [p for p in places if p.end <= m.start() and p.iso3 in pair]
    after = [p for p in places if p.start >= m.end() and p.iso3 in pair]
    if before and m.start() - before[-1].end < 40:
        return before[-1].iso3
    if after and after[0].start - m.end() < 20:
        return after[0].iso3
    return None


def _resolve_year(month: int, day: int | None, ref, status) -> int | None:
    if ref is None:
        return None
    y = ref.year
    d = dt.date(y, month, min(day or 1, 28))
    if status == "held" and d > ref + dt.timedelta(days=31):
        y -= 1
    elif status == "planned" and d < ref - dt.timedelta(days=180):
        y += 1
    return y


def _date(t, ref, status, stamp_precision):
    m = NUMERIC_DATE_RE.search(t)
    if m:
        try:
            d = dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
            return (d, d, "day")
        except ValueError:
            pass
    # "2 июля", "8-9 октября 2019" (day month) and "Nov. 12", "June 3-4, 2024" (month day)
    for m, (day1, day2, month, year) in [(m, (1, 2, 3, 4)) for m in DAY_MONTH_RE.finditer(t)] + \
            [(m, (2, 3, 1, 4)) for m in MONTH_DAY_RE.finditer(t)]:
        mon = month_number(m.group(month))
        if not mon:
            continue
        d1, d2 = int(m.group(day1)), int(m.group(day2) or m.group(day1))
        y = int(m.group(year)) if m.group(year) else _resolve_year(mon, d1, ref, status)
        if y is None:
            return None
        try:
            return (dt.date(y, mon, d1), dt.date(y, mon, d2), "day")
        except ValueError:
            return None
    rel = REL_YEAR_RE.search(t)
    for m in MONTH_ANY_RE.finditer(t):
        mon = month_number(m.group())
        if not mon or (m.group().lower() == "may" and not re.search(r"\d", t[max(0, m.start() - 12):m.end() + 8])):
            continue
        yb = re.search(r"(?<!\d)(19[5-9]\d|20[0-4]\d)\s*(?:жылғы|жылы|жылдың|года|г\.)?\s*$", t[max(0, m.start() - 20):m.start()])
        ya = re.match(r"\s*(19[5-9]\d|20[0-4]\d)(?!\d)", t[m.end():])
        if yb or ya:
            y = int((yb or ya).group(1))
        elif rel and ref:
            y = ref.year + rel_year_delta(rel.group())
        elif ref and not re.match(r"\s*\d", t[m.end():m.end() + 3]):
            y = _resolve_year(mon, None, ref, status)  # "in October" beside a dated article
        else:
            continue
        return (dt.date(y, mon, 1), dt.date(y, mon, calendar.monthrange(y, mon)[1]), "month")
    y_m = re.search(r"(?<!\d)(19[5-9]\d|20[0-4]\d)\s*(?:жылы|жылғы|году|year)", t)
    if y_m:
        y = int(y_m.group(1))
        return (dt.date(y, 1, 1), dt.date(y, 12, 31), "year")
    if ref is None:
        return None
    if TODAY_RE.search(t):
        return (ref, ref, "day")
    if YESTERDAY_RE.search(t):
        d = ref - dt.timedelta(days=1)
        return (d, d, "day")
    if rel:
        y = ref.year + rel_year_delta(rel.group())
        return (dt.date(y, 1, 1), dt.date(y, 12, 31), "year")
    rel_month = REL_MONTH_RE.search(t)
    if rel_month:
        y, mth = ref.year, ref.month + rel_year_delta(rel_month.group())
        if mth == 0:
            y, mth = y - 1, 12
        elif mth == 13:
            y, mth = y + 1, 1
        return (dt.date(y, mth, 1), dt.date(y, mth, calendar.monthrange(y, mth)[1]), "month")
    if YEAR_END_RE.search(t):
        return (dt.date(ref.year, 1, 1), dt.date(ref.year, 12, 31), "year")
    if status == "held":
        if stamp_precision == "day":
            return (ref, ref, "day")
        return (dt.date(ref.year, ref.month, 1), dt.date(ref.year, ref.month, calendar.monthrange(ref.year, ref.month)[1]), "month")
    return None


def _compatible(a: _Mention, b: _Mention) -> bool:
    if a.type != b.type or a.pair != b.pair or a.status != b.status:
        return False
    if a.visitor and b.visitor and a.visitor != b.visitor:
        return False
    if a.host and b.host and a.host != b.host:
        return False
    if a.location and b.location and a.location != b.location:
        return False
    if a.date and b.date and a.date[2] == b.date[2] and a.date[:2] != b.date[:2]:
        return False
    # two different visiting officials make two visits
    va = {people_key(p) for p in a.people if p.iso3 and p.iso3 == a.visitor}
    vb = {people_key(p) for p in b.people if p.iso3 and p.iso3 == b.visitor}
    if va and vb and not (va & vb):
        return False
    return True


def people_key(p) -> str:
    return p.name.split()[-1][:5].lower()


def _add_people(into: list, new) -> None:
    """Append the officials of ``new`` not named in ``into`` yet (by surname)."""
    known = {people_key(q) for q in into}
    for p in new:
        if people_key(p) not in known:
            into.append(p)
            known.add(people_key(p))


def _merge(article: Article, mentions: list[_Mention], all_people) -> list[VisitEvent]:
    merged: list[_Mention] = []
    for m in mentions:
        for e in merged:
            if _compatible(e, m):
                e.visitor = e.visitor or m.visitor
                e.host = e.host or m.host
                e.location = e.location or m.location
                e.level = e.level or m.level
                if m.date and (not e.date or _finer(m.date, e.date)):
                    e.date = m.date
                _add_people(e.people, m.people)
                break
        else:
            merged.append(m)
    # talks held during a visit of the same pair are part of the visit
    visits = [e for e in merged if e.type == "visit"]
    out_m = []
    for e in merged:
        hosts_of_meetings = [v for v in merged if v.type in ("council", "consultations", "forum") and v.pair == e.pair
                             and v.status == e.status and e.host in (None, v.host)]
        if e.type == "talks" and hosts_of_meetings and not e.location:
            v = hosts_of_meetings[0]  # "the meeting" of a commission / a round of consultations
            _add_people(v.people, e.people)
            continue
        folding = [v for v in visits if v.pair == e.pair and e.host in (None, v.host)
                   and (e.location in (None, v.location) or v.location is None)
                   and (v.status == e.status or not e.people)]
        if e.type == "talks" and folding:
            v = folding[0]
            v.location = v.location or e.location
            _add_people(v.people, e.people)
            continue
        out_m.append(e)
    events = []
    for e in out_m:
        parts = []
        for p in e.people:
            iso = p.iso3 or (e.pair[1] if not any(q.iso3 == e.pair[1] for q in e.people) else None)
            if iso not in e.pair:
                continue
            role = p.role
            if role == "Counterpart":  # "his Turkish counterpart Hakan Fidan": the same office on the other side
                role = next((q.role for q in e.people if q.iso3 and q.iso3 != iso and q.role != "Counterpart"), None)
            parts.append(Participant(_full_name(p, all_people, article.language), iso, role))
        ds, de, prec = e.date if e.date else (None, None, None)
        a, b = e.pair
        events.append(VisitEvent(
            article_id=article.article_id, event_type=e.type, visit_level=e.level if e.type == "visit" else None,
            status=e.status, country_a_iso3=a, country_b_iso3=b, visitor_iso3=e.visitor if e.type == "visit" else None,
            host_iso3=e.host, location=e.location, date_start=ds, date_end=de, date_precision=prec,
            evidence=e.evidence, char_start=e.start, char_end=e.end, participants=parts,
        ))
    return events


def _full_name(p, all_people, lang: str) -> str:
    """A surname alone ("Лукашенко") takes the fullest form of that name in the article, else the
    gazetteer's form in the article's script ("Александр Лукашенко")."""
    if len(p.name.split()) > 1:
        return p.name
    key = people_key(p)
    fuller = [q.name for q in all_people if people_key(q) == key and len(q.name.split()) > 1]
    if fuller:
        return max(fuller, key=lambda n: len(n.split()))
    known = people.known_full_name(p.name, lang)
    return known or p.name


def _finer(a, b) -> bool:
    order = {"day": 0, "month": 1, "year": 2}
    return order[a[2]] < order[b[2]]
