"""Bilateral trade and investment figures (rows of core.trade_facts).

Per sentence: money amounts, growth figures and flow keywords are laid out left to right and cut
into segments (a flow keyword, a parenthesis or a new time expression starts one); each amount
takes the flow, period and growth of its segment, the countries of the sentence (or of the
context), and a measure (target vs actual) from the words around it.
"""
from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field

from elshi import geo, numbers, periods
from elshi.model import Article, Sentence, TradeFact
from elshi.morph import KK_ABLATIVE_RE, KK_GENITIVE
from elshi.text import CI, sentences

HOME = "KAZ"

FLOW_PATTERNS = (
    ("turnover", r"тауар\s*айналым\w*|сауда\s*айналым\w*|сауда[-\s]саттық\w*|сауда\s+көлем\w*|өзара\s+сауда\w*|"
                 r"екіжақты\s+сауда\w*|алыс[-\s]беріс\w*|сыртқы\s+сауда\w*|товарооборот\w*|торговл\w*|оборот\w*|"
                 r"turnover|trade\b|trading\s+volume"),
    ("export", r"экспорт\w*|эк?спорт\w*|export(?:s|ed|ing|er|ers)?\b"),
    ("import", r"импорт\w*|import(?:s|ed|ing|er|ers)?\b"),
    ("investment", r"инвест\w*|вложени\w*|вложил\w*|invest\w*|\bFDI\b|тартыл\w*|привлечен\w*|attracted"),
)
FLOW_RE = CI("|".join(f"(?P<{name}>{pat})" for name, pat in FLOW_PATTERNS))
# trade words that are not the figure's subject ("сауда серіктесі" = trade partner)
NOT_FLOW_RE = re.compile(r"(?i)^(?:trade\s+(?:and|partner|partners|relations|ties|cooperation|war)|торговл\w*\s+партн|"
                         r"торговл\w*[-\s]экономическ|инвестиционн|инвестициялық|investment\s+(?:climate|projects?|cooperation))")

# deal values and project portfolios are not trade figures
DEAL_RE = re.compile(r"(?i)(проект\w*|жоба\w*|project\w*|соглашени\w*|келісім\w*|agreement\w*|контракт\w*|contract\w*|"
                     r"портфел\w*|portfolio|меморандум\w*|құн\w*|стоимост\w*|worth|на\s+сумму|deal\w*)")

TARGET_BEFORE_RE = re.compile(
    r"(?i)(довести|доведени\w*|увеличить|увеличени\w*|нарастить|наращивани\w*|поднять|расширить|вывести|достичь|"
    r"достижени\w*|bring|boost|increase|raise|expand|reach|grow|double|take|lift|"
    r"цел\w*|задач\w*|план\w*|намерен\w*|goal|target|aim\w*|intend\w*|plan\w*|мақсат\w*|межес\w*|жоспар\w*)"
    r"[^.;]{0,80}?(?:\bдо|\bto|\bна\s+уровне)\s*$"
)
TARGET_AFTER_RE = re.compile(
    r"(?i)^[\s\-–]*(?:дейін\s+)?(?:\w+\s+)?(?:жеткізу|арттыру|көтеру|ұлғайту|жеткізуге|арттыруға|көтеруге|ұлғайтуға)"
)
TARGET_CUE_RE = re.compile(r"(?i)(мақсат\w*|межес\w*|goal|target|задач\w+\s+по|цел\w+\s+по|will\s+reach|expected\s+to\s+reach|"
                           r"could\s+reach|can\s+reach|планируется\s+довести|прогноз\w*|болжам\w*)")
ACHIEVED_RE = re.compile(r"(?i)(қол\s+жеткіз\w*|достигнут\w*|was\s+achieved|has\s+been\s+achieved|achieved)")

HEDGE_BEFORE_RE = re.compile(r"(?i)(около|почти|более|свыше|порядка|примерно|приблизительно|не\s+менее|превыша\w*|превысил\w*|"
                             r"шамамен|шамасы|about|around|almost|nearly|over|more\s+than|approximately|roughly|some|"
                             r"in\s+excess\s+of|exceed\w*|upwards\s+of)\s*[$€]?\s*$")
HEDGE_AFTER_RE = re.compile(r"(?i)^\S*\s*(жуық\w*|ас\w*|астам|артық|шамасында|с\s+лишним|plus)")

GROWTH_UP_RE = re.compile(r"(?i)(өс\w*|арт\w*|жоғары|көп|рост\w*|прирост\w*|вырос\w*|возрос\w*|подрос\w*|увелич\w*|больше|выше|"
                          r"increase\w*|rose|grew|grow\w*|\bup\b|more|higher|surge\w*|jump\w*|gain\w*)")
GROWTH_DOWN_RE = re.compile(r"(?i)(кем|төмен\w*|азай\w*|қысқар\w*|сниз\w*|сократ\w*|уменьш\w*|упал\w*|падени\w*|меньше|ниже|"
                            r"declin\w*|decreas\w*|fell|\bdown\b|drop\w*|less|lower|shrank)")
SHARE_RE = re.compile(r"(?i)(үлес\w*|дол[яиюе]\w*|share|занима\w*|accounting\s+for|of\s+it|құрайды\s+\S+\s+пайыз|ВВП|GDP|ЖІӨ)")
GROWTH_INDEX_RE = re.compile(r"(?i)((өсу|өсім)\s+қарқын\w*|темп\w*\s+роста|индекс\w*\s+роста|growth\s+index)")

COMPARE_WORD_RE = re.compile(r"(?i)(салыстырғанда|қарағанда|по\s+сравнению|в\s+сравнении|compared|up\s+from|down\s+from|\bбыло\b|against|против)")
# a growth figure standing alone in its sentence refers back only when it is a comparison
STANDALONE_GROWTH_RE = re.compile(r"(?i)(салыстырғанда|қарағанда|по\s+сравнению|в\s+сравнении|compared|year[-\s]on[-\s]year|"
                                  r"өсу\s+қарқын|өсім\s+қарқын|темп\w*\s+роста)")
# "өнімдердің экспорты": exports of a product, not of a country
PRODUCT_GENITIVE_RE = re.compile(r"(?i)(\w+)(?:дың|дің|тың|тің|ның|нің)\s+$")
ANAPHOR_RE = re.compile(r"(?i)(\bол\b|бұл\s+көрсеткіш|аталған\s+көрсеткіш|показател\w*|\bit\b|this\s+figure|this\s+indicator|"
                        r"осы\s+кезең\w*|этот\s+период|this\s+period)")
STAT_SOURCE_RE = CI(r"(статистик\w*|статистическ\w*|нацстатком\w*|статком\w*|statistic\w*|"
                            r"внешн\w+\s+торговл\w*|сыртқы\s+сауда\w*|foreign\s+trade)")

DATIVE_RE = re.compile(r"^(?:[нғгқк]?[ае]|[ндт][ае](?:[ғгқк][ыі])?)$")  # dative or locative(-attributive)
ECONOMY_AFTER_RE = re.compile(r"(?i)^\s*(экономика\w*|economy|рыно?к\w*|нарығ\w*|market)")


@dataclass
class _Item:
    kind: str  # amount | growth | flow | open | close | time
    start: int
    end: int
    value: object = None


@dataclass
class _Segment:
    flow: str | None
    depth: int
    time: periods.TimeExpr | None = None
    kw_start: int | None = None
    amounts: list = field(default_factory=list)
    growths: list = field(default_factory=list)


@dataclass
class _Scan:
    """What one sentence holds, shared by its segments."""

    text: str
    amounts: list
    kw_starts: list  # where the flow keywords start
    countries: list
    roles: dict = field(default_factory=dict)  # flow -> (origin, destination) read earlier in the sentence


@dataclass
class _Context:
    """What earlier sentences of the article established."""

    partner: str | None = None  # last specific foreign country named
    blocked: bool = False  # the last thing named was a multilateral grouping or a list of countries
    flow: str | None = None  # flow keyword of the previous sentence
    flow_blocked: bool = False
    last_facts: list = field(default_factory=list)  # facts of the previous sentence
    recent_facts: list = field(default_factory=list)  # facts of the last sentence that had any
    recent_age: int = 99  # sentences since then
    period: tuple | None = None  # the period last stated beside a trade keyword
    period_age: int = 99
    currency: str | None = None
    merged: set = field(default_factory=set)  # ids of growth-only facts folded into the next sentence's figure


SUBNATIONAL_RE = re.compile(r"(?i)(облыс\w*|област\w*|\bregion(?:al)?\b|province|провинци\w*|штат\w*|\bstate\s+of\b|"
                            r"қаласы\w*|\bгород\w*|\bcity\b|аудан\w*|район\w*)")
NUMBER_HINT_RE = re.compile(r"(?i)\d|жарты|пол|half|вдвое|doubled|екі\s+есе")
INHERIT_WINDOW = 4  # sentences over which a period / figure context carries


def extract_trade(article: Article) -> list[TradeFact]:
    text = article.text
    sents = sentences(text)
    decimal_comma = article.language != "en"
    dominant = geo.dominant_partner(article.title, [s.text for s in sents], HOME)
    reporter = _article_reporter(sents)
    ctx = _Context(partner=dominant)
    facts: list[TradeFact] = []
    for sent in sents:
        facts.extend(_sentence_facts(article, sent, ctx, reporter, decimal_comma))
    return _dedupe([f for f in facts if id(f) not in ctx.merged])


# ---------------------------------------------------------------- article-level context

def _article_reporter(sents: list[Sentence]) -> str | None:
    """A foreign statistics source ("Өзбекстанның статистика агенттігі", "внешней торговли Узбекистана")."""
    for s in sents:
        for m in STAT_SOURCE_RE.finditer(s.text):
            near = [p for p in geo.countries_in(s.text) if abs(p.start - m.start()) < 60 or abs(p.end - m.start()) < 60]
            foreign = [p for p in near if p.iso3 != HOME and p.kind != "city"]
            if foreign and not any(p.iso3 == HOME for p in near):
                return min(foreign, key=lambda p: abs(p.start - m.start())).iso3
    return None


# ---------------------------------------------------------------- one sentence

def _sentence_facts(article, sent, ctx: _Context, reporter, decimal_comma) -> list[TradeFact]:
    t = sent.text
    has_number = NUMBER_HINT_RE.search(t) is not None
    amounts = numbers.find_amounts(t, decimal_comma) if has_number else []
    growths = _growths(t) if has_number else []
    flows = [m for m in FLOW_RE.finditer(t) if not NOT_FLOW_RE.match(t[m.start():])]
    times = periods.find_times(t, article.published_on) if (flows or amounts or growths) else []
    places = [p for p in geo.find_places(t) if not any(a.start <= p.start < a.end for a in amounts)]
    foreign_named = any(p.iso3 != HOME for p in places)
    # groupings matter for a figure here, or (with no country named) for the context they set
    aggs = geo.aggregate_spans(t) if (amounts or growths or flows or not foreign_named) else []
    countries = [p for p in places if p.kind != "city"]
    foreign_isos = {p.iso3 for p in places if p.iso3 != HOME}
    own_times = [x for x in times if x.kind != "compare"]

    ctx.recent_age += 1
    ctx.period_age += 1
    recent = ctx.recent_facts if ctx.recent_age <= INHERIT_WINDOW else []
    prev_facts = ctx.last_facts
    facts: list[TradeFact] = []
    sentence_flow = _flow_name(flows[0]) if flows else None

    def finish() -> list[TradeFact]:
        if len(foreign_isos) > 2:
            ctx.blocked, ctx.partner = True, None
        elif foreign_isos:
            ctx.partner = next(p.iso3 for p in places if p.iso3 != HOME)
            ctx.blocked = False
        elif aggs:
            ctx.blocked = True
        ctx.flow = sentence_flow or (ctx.flow if facts else None)
        ctx.flow_blocked = blocked or bool(aggs)
        ctx.last_facts = facts
        if facts:
            ctx.recent_facts, ctx.recent_age = facts, 0
        if flows and own_times:
            x = own_times[-1]
            ctx.period = (x.period_start, x.period_end) if x.resolved and x.kind == "span" else None
            ctx.period_age = 0
        for a in amounts:
            if a.currency:
                ctx.currency = a.currency
        return facts

    blocked = False
    if not amounts and not growths:
        return finish()

    # a growth figure alone, right after a figure ("2016 жылмен салыстырғанда өсім 32 пайыз")
    if not amounts and not flows:
        if growths and prev_facts and STANDALONE_GROWTH_RE.search(t):
            target = prev_facts[-1]
            if target.growth_pct is None and target.value_original is not None:
                target.growth_pct = growths[0].value
        return finish()

    inherited_flow = None
    if not flows:
        if ctx.flow and not ctx.flow_blocked and (recent or ANAPHOR_RE.search(t)):
            inherited_flow = ctx.flow
        else:
            return finish()

    pair = _pair(t, places, aggs, ctx, reporter, amounts)
    if pair is None:
        blocked = True
        return finish()
    kaz, partner = pair

    inherited_period = None
    if not own_times and ctx.period_age <= INHERIT_WINDOW:
        inherited_period = ctx.period

    segments = _segments(t, amounts, growths, flows, times, inherited_flow)
    scan = _Scan(t, amounts, [m.start() for m in flows], countries)
    for seg in segments:
        if seg.flow is None:
            continue
        if seg.flow in ("export", "import") and seg.kw_start is not None and _product_level(t, seg.kw_start, places):
            continue
        if seg.kw_start is not None and SUBNATIONAL_RE.search(t, max(0, seg.kw_start - 40), seg.kw_start + 40):
            continue  # "товарооборот Алматинской области с Китаем": a region's figure
        main_amounts = [a for a in seg.amounts
                        if not (DEAL_RE.search(t[max(0, a.start - 60):a.start]) or DEAL_RE.match(t[a.end:a.end + 12].strip()))]
        for a in main_amounts:
            cur = a.currency or _currency_near(amounts, a) or ctx.currency or "USD"
            is_base = _is_comparison_base(t, a, seg)
            measure = "actual" if is_base else _measure(t, a)
            period = _period_for(a, seg, times, measure)
            if period is None and measure == "actual" and not own_times:
                period = inherited_period
            if is_base:
                period = _base_period(segments, times, period)
                if period is None:
                    continue
            growth = None if is_base else _growth_for(a, seg, main_amounts)
            r, p, flow = _direction(scan, seg, kaz, partner, reporter, a)
            facts.append(_fact(article, sent, r, p, flow, measure, period, a.value if cur == "USD" else None,
                               a.value, cur, growth, _approximate(t, a)))
        if not seg.amounts and seg.growths:
            period = _period_for(None, seg, times, "actual")
            if period is None and not own_times:
                period = inherited_period
            r, p, flow = _direction(scan, seg, kaz, partner, reporter, None)
            facts.append(_fact(article, sent, r, p, flow, "actual", period, None, None, None, seg.growths[0].value, False))
    # a growth-only figure followed by its value in the next sentence ("возрос на 32%. ... стало 90 миллионов")
    if prev_facts and facts and not flows:
        g_only = [f for f in prev_facts if f.value_original is None and f.growth_pct is not None]
        valued = [f for f in facts if f.value_original is not None and f.growth_pct is None]
        if g_only and valued:
            valued[-1].growth_pct = g_only[-1].growth_pct
            ctx.merged.add(id(g_only[-1]))
    return finish()


def _fact(article, sent, r, p, flow, measure, period, usd, original, cur, growth, approx) -> TradeFact:
    ps, pe = period if period else (None, None)
    return TradeFact(
        article_id=article.article_id, reporter_iso3=r, partner_iso3=p, flow=flow, measure=measure,
        period_start=ps, period_end=pe, value_usd=usd, value_original=original, currency=cur,
        growth_pct=growth, approximate=approx, evidence=sent.text, char_start=sent.start, char_end=sent.end,
    )


def _flow_name(m: re.Match) -> str:
    return next(k for k, v in m.groupdict().items() if v)


def _product_level(t: str, kw_start: int, places) -> bool:
    """Kazakh "өнімдердің экспорты": a genitive noun that is not a country owns the flow."""
    m = PRODUCT_GENITIVE_RE.search(t[max(0, kw_start - 40):kw_start])
    if not m:
        return False
    word_start = kw_start - (len(t[max(0, kw_start - 40):kw_start]) - m.start())
    return not any(p.start <= word_start < p.end or p.start <= word_start + 1 < p.end for p in places)


def _pair(t, places, aggs, ctx, reporter, amounts):
    """(home, partner) for this sentence, or None when the figure is not Kazakhstan's bilateral one."""
    countries = [p for p in places if p.kind != "city"]
    has_home = any(p.iso3 == HOME for p in places)
    foreign = [p for p in countries if p.iso3 != HOME] or [p for p in places if p.iso3 != HOME]
    first_amount = amounts[0].start if amounts else len(t)
    aggs_before = any(s < first_amount for s, _ in aggs)
    isos: list[str] = []
    for p in foreign:
        if p.iso3 not in isos:
            isos.append(p.iso3)
    if not countries and any(p.kind == "city" and not p.capital for p in places):
        return None  # "Товарооборот Алматы с Бишкеком": a city's trade is not the country's
    if isos:
        if not has_home:
            if aggs_before:
                return None  # "экспорт Узбекистана в страны Центральной Азии"
            if reporter and reporter != HOME:
                if isos == [reporter]:
                    return HOME, reporter
                return None  # the reporter's trade with a third country
            if len(isos) > 1:
                return None
        if len(isos) > 2:
            return None
        if len(isos) > 1:
            before = [p for p in foreign if p.start < first_amount]
            return HOME, (before[-1] if before else foreign[0]).iso3
        return HOME, isos[0]
    if aggs_before or ctx.blocked:
        return None
    if ctx.partner:
        return HOME, ctx.partner
    if reporter and reporter != HOME:
        return HOME, reporter
    return None


def _growths(t: str) -> list[_Item]:
    out = []
    for p in numbers.find_percents(t):
        window = t[max(0, p.start - 45):p.end + 45]
        after = t[p.end:p.end + 45]
        before = t[max(0, p.start - 45):p.start]
        if SHARE_RE.search(before[-25:] + " " + after[:25]):
            continue
        value = p.value
        if GROWTH_INDEX_RE.search(before) and value >= 100:
            value = round(value - 100, 4)
        elif p.signed:
            pass
        elif GROWTH_DOWN_RE.search(after[:25]) or GROWTH_DOWN_RE.search(before[-25:]):
            value = -abs(value)
        elif not (GROWTH_UP_RE.search(after[:30]) or GROWTH_UP_RE.search(before[-30:]) or GROWTH_INDEX_RE.search(window)):
            continue
        out.append(_Item("growth", p.start, p.end, value))
    for m in numbers.find_multipliers(t):
        window = t[max(0, m.start - 30):m.end + 30]
        if GROWTH_DOWN_RE.search(window):
            value = round((1 / m.factor - 1) * 100, 4)
        elif GROWTH_UP_RE.search(window) or re.search(r"(?i)есе", t[m.start:m.end]):
            value = round((m.factor - 1) * 100, 4)
        else:
            continue
        out.append(_Item("growth", m.start, m.end, value))
    out.sort(key=lambda i: i.start)
    return out


def _segments(t, amounts, growths, flows, times, inherited_flow) -> list[_Segment]:
    items: list[_Item] = []
    items += [_Item("amount", a.start, a.end, a) for a in amounts]
    items += growths
    for m in flows:
        items.append(_Item("flow", m.start(), m.end(), _flow_name(m)))
    for m in re.finditer(r"[()]", t):
        items.append(_Item("open" if m.group() == "(" else "close", m.start(), m.end()))
    for x in times:
        if x.kind != "compare":
            items.append(_Item("time", x.start, x.end, x))
    order = {"time": 0, "flow": 1, "open": 2, "close": 2, "amount": 3, "growth": 4}
    items.sort(key=lambda i: (i.start, order[i.kind]))
    # amounts before any flow keyword take the first keyword after them (same depth)
    first_flow = next((i for i in items if i.kind == "flow"), None)
    first_amount = amounts[0].end if amounts else len(t)
    initial, kw = None, None
    if first_flow is None:
        initial = inherited_flow
    elif first_amount <= first_flow.start <= first_amount + 25:
        initial, kw = first_flow.value, first_flow.start  # "9,4 млрд доллары – Қазақстанның экспорты"
    elif inherited_flow:
        initial = inherited_flow
    cur = _Segment(initial, 0, None, kw)
    segs: list[_Segment] = [cur]
    stack: list[_Segment] = []
    depth = 0
    last_time = None
    for it in items:
        if it.kind == "flow":
            if cur.amounts and it.start - cur.amounts[-1].end <= 25 and cur.flow in (None, it.value):
                cur.flow = it.value  # "$1,3 млрд инвестиция": the keyword names the amount before it
                cur.kw_start = cur.kw_start if cur.kw_start is not None else it.start
                continue
            cur = _Segment(it.value, depth, last_time, it.start)
            segs.append(cur)
        elif it.kind == "time":
            last_time = it.value
            if cur.amounts or cur.growths:
                cur = _Segment(cur.flow, depth, last_time)
                segs.append(cur)
            else:
                cur.time = last_time
        elif it.kind == "open":
            stack.append(cur)
            depth += 1
            cur = _Segment(cur.flow, depth, cur.time)
            segs.append(cur)
        elif it.kind == "close":
            if stack:
                cur = stack.pop()
                depth -= 1
        elif it.kind == "amount":
            cur.amounts.append(it.value)
        elif it.kind == "growth":
            # a growth in parentheses right after an amount belongs to that amount's segment
            if cur.depth > 0 and not cur.amounts and stack and stack[-1].amounts:
                stack[-1].growths.append(it)
            else:
                cur.growths.append(it)
    return segs


def _growth_for(a, seg: _Segment, main_amounts) -> float | None:
    if not seg.growths:
        return None
    valued = [x for x in main_amounts if x in seg.amounts]
    best = None
    for g in seg.growths:
        before = [x for x in valued if x.end <= g.start]
        owner = before[-1] if before else (valued[0] if valued else None)
        if owner is a:
            best = g.value
            break
    return best


def _currency_near(amounts, a) -> str | None:
    prev = [x for x in amounts if x.end <= a.start and x.currency]
    if prev:
        return prev[-1].currency
    nxt = [x for x in amounts if x.start >= a.end and x.currency]
    return nxt[0].currency if nxt else None


def _measure(t: str, a) -> str:
    before = t[max(0, a.start - 160):a.start]
    after = t[a.end:a.end + 40]
    clause_before = re.split(r"[.;]", before)[-1]
    if ACHIEVED_RE.search(after) or ACHIEVED_RE.search(clause_before[-25:]):
        return "actual"
    if TARGET_BEFORE_RE.search(clause_before) or TARGET_AFTER_RE.match(after):
        return "target"
    if TARGET_CUE_RE.search(clause_before[-80:]) and re.search(r"(?i)(\bдо\s*$|\bto\s*$|дейін|жеткіз|арттыр)", clause_before[-12:] + after[:25]):
        return "target"
    return "actual"


def _period_for(a, seg: _Segment, times, measure):
    if measure == "target":
        by = [x for x in times if x.kind == "by"]
        return (None, by[0].period_end) if by else None
    pos = a.start if a is not None else (seg.growths[0].start if seg.growths else 0)
    own = [x for x in times if x.kind in ("span", "since") and x.end <= pos]
    if seg.time is not None and seg.time.kind in ("span", "since"):
        x = seg.time
    elif own:
        x = own[-1]
    else:
        later = [x for x in times if x.kind in ("span", "since") and x.start >= pos]
        if not later:
            return None
        x = later[0]
    if not x.resolved:
        return None
    return (x.period_start, x.period_end)


def _is_comparison_base(t: str, a, seg: _Segment) -> bool:
    """The amount a figure is compared with: "up from $0.9 billion", "было 67 миллионов", or a bare
    "(1,1 млрд.)" in parentheses after "салыстырғанда" / "по сравнению"."""
    before = t[max(0, a.start - 70):a.start]
    if re.search(r"(?i)(up|down)\s+from\s*[$€]?\s*$|\bбыло\s*$|против\s*$", before):
        return True
    if seg.depth > 0 and COMPARE_WORD_RE.search(before):
        # "(1,1 млрд.)" / "(4 млрд.)" after a comparison phrase, with no flow keyword of its own
        inner = t[t.rfind("(", 0, a.start) + 1:a.start] if "(" in t[:a.start] else ""
        if not FLOW_RE.search(inner):
            return True
    return False


def _base_period(segments, times, period):
    """The comparison period: the main figure's period moved to the compared year (default: a year back)."""
    main = None
    for s in segments:
        if s.depth == 0 and s.amounts and s.time is not None and s.time.resolved and s.time.kind == "span":
            main = s.time
    if main is None:
        if not period or period[0] is None or period[1] is None:
            return None
        main = periods.TimeExpr(0, 0, "span", period[0], period[1])
    comp = [x for x in times if x.kind == "compare" and x.resolved and x.year_only]
    years_back = 1
    if comp:
        years_back = main.period_start.year - comp[-1].period_start.year
        if years_back <= 0:
            return None
    try:
        return (main.period_start.replace(year=main.period_start.year - years_back),
                main.period_end.replace(year=main.period_end.year - years_back))
    except ValueError:
        return None


def _direction(scan: _Scan, seg: _Segment, kaz, partner, reporter, a):
    """(reporter, partner, flow) with export/import/investment direction from case and prepositions,
    read from the countries in the clause of the segment's keyword and amount."""
    t, flow = scan.text, seg.flow
    default_rep = reporter if reporter in (kaz, partner) else kaz
    other = {kaz: partner, partner: kaz}
    if flow == "turnover":
        return default_rep, other[default_rep], "turnover"
    anchors = [x for x in (seg.kw_start, a.start if a else None, a.end if a else None) if x is not None]
    lo, hi = (min(anchors), max(anchors)) if anchors else (0, len(t))
    # the clause of this segment: not past the previous amount ("...13 млрд доллар болды, ал Ресейге экспорт")
    floor = max([x.end for x in scan.amounts if x.end <= lo] + [lo - 60])
    # nor into the next flow's clause: stop at the next keyword or the comma closing this clause
    comma = re.search(r"[,;]", t[hi:])
    ceiling = min([k for k in scan.kw_starts if k > hi] + [hi + 40] + ([hi + comma.start()] if comma else []))
    pair_countries = [p for p in scan.countries if p.iso3 in (kaz, partner)]
    origin, dest = _roles(t, seg, flow, [p for p in pair_countries if floor <= p.start <= ceiling])
    if origin is None and dest is None:
        if flow in scan.roles:  # the same flow again in this sentence: "..., ал өткен жылы $200 млн инвестиция"
            origin, dest = scan.roles[flow]
        elif seg.kw_start is None:
            origin, dest = _roles(t, seg, flow, pair_countries)
    if origin is not None or dest is not None:
        scan.roles[flow] = (origin, dest)
    if flow == "investment":
        if origin == kaz or (dest and dest != kaz):
            return kaz, partner, "investment_out"
        return kaz, partner, "investment_in"
    if flow == "export":
        exporter = origin or (other[dest] if dest else default_rep)
        return exporter, other[exporter], "export"
    importer = dest or (other[origin] if origin else default_rep)
    return importer, other[importer], "import"


def _roles(t, seg: _Segment, flow, window):
    """(origin, destination) country of a flow. Case endings and prepositions decide first
    ("Ресейден", "из", "from"; "Қазақстанға", "в", "to", "X экономикасына"); an owner of the flow
    ("Қазақстан экспорты", "Kazakhstan's exports", "француз инвестициясы", "казахстанской продукции")
    fills the side still open."""
    origin = dest = None
    owners = []
    for p in window:
        before = t[max(0, p.start - 8):p.start].lower()
        after = t[p.end:p.end + 25]
        near_kw = seg.kw_start is not None and 0 <= seg.kw_start - p.end <= 3
        if KK_ABLATIVE_RE.match(p.ending) or re.search(r"(из|from)\s+$", before):
            origin = origin or p.iso3
        elif ECONOMY_AFTER_RE.match(after) or re.search(r"(в|во|into|in|to)\s+$", before) or (
                DATIVE_RE.match(p.ending) and p.kind == "name"):
            dest = dest or p.iso3
        elif near_kw or p.kind == "adjective" or p.ending[:3] in ("лық", "лік", "дық", "дік", "тық", "тік") \
                or p.ending in ("'s", "’s") + KK_GENITIVE:
            owners.append(p.iso3)
    for iso in owners:
        if flow == "import":
            if dest is None and iso != origin:
                dest = iso  # the importer owns the imports ("Қазақстан импорты")
            elif origin is None and iso != dest:
                origin = iso  # "импорт казахстанской продукции в Россию"
        else:
            if origin is None and iso != dest:
                origin = iso
            elif dest is None and iso != origin:
                dest = iso
    return origin, dest


def _approximate(t: str, a) -> bool:
    return bool(HEDGE_BEFORE_RE.search(t[max(0, a.start - 30):a.start]) or HEDGE_AFTER_RE.match(t[a.end:a.end + 20]))


def _dedupe(facts: list[TradeFact]) -> list[TradeFact]:
    """One row per figure: repeated statements (headline and body) collapse to the first."""
    valued = {(f.flow, frozenset((f.reporter_iso3, f.partner_iso3)), f.measure, f.period_start, f.period_end)
              for f in facts if f.value_original is not None}
    seen, out = set(), []
    for f in facts:
        if f.value_original is None and (f.flow, frozenset((f.reporter_iso3, f.partner_iso3)), f.measure,
                                         f.period_start, f.period_end) in valued:
            continue
        key = (f.flow, frozenset((f.reporter_iso3, f.partner_iso3)) if f.flow == "turnover" else (f.reporter_iso3, f.partner_iso3),
               f.measure, f.period_start, f.period_end, round(f.value_original or 0, -3), f.growth_pct)
        if key in seen:
            continue
        seen.add(key)
        out.append(dataclasses.replace(f, fact_id=""))  # new id: a growth may have been joined after creation
    return out
