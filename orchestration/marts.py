"""The analyst's layer: one row per real event and per real statistic (no dagster here).

``core`` holds one row per *mention*. The marts merge mentions across articles:

* **events** (``marts.events``, bridge ``marts.event_mentions``): mentions of the same type and
  pair merge when their dates are compatible and their places do not contradict (see
  :func:`compatible`); ``status`` is held once any source reports it held;
* **trade figures** (``marts.trade_figures``, bridge ``marts.trade_mentions``): mentions of one
  statistic (flow with its direction normalised, measure, period) merge; ``value_usd`` is their
  median, ``conflict`` says they differ by more than 5 %, ``mirror`` that both countries' own
  statistics are among the sources;
* **partner_year** (``marts.partner_year``): per partner of Kazakhstan and calendar year, the
  full-year trade and investment figures and the events by type: what a chart reads.

The marts are rebuilt from the core tables at every refresh that changed them: the functions
here are pure (rows in, rows out) and deterministic (same inputs, same rows and keys), so a
rebuild after an incremental refresh equals a rebuild from scratch.
"""
from __future__ import annotations

import dataclasses
import functools
import itertools
import datetime as dt
import re
import statistics
import unicodedata
from collections import Counter, defaultdict
from typing import Iterable, Iterator

from elshi.model import stable_id

HOME = "KAZ"
CONFLICT_SHARE = 0.05  # mentions of one statistic that differ by more than this are in conflict
HELD_REPORT_DAYS = 45  # an undated held event is reported within this many days of happening
SAME_STORY_DAYS = 45  # two undated mentions of one event: their articles this close in time
PRECISION_ORDER = {"day": 0, "month": 1, "year": 2, None: 3}
LEVEL_ORDER = {"state": 0, "official": 1, "working": 2, None: 3}
HEAD_ROLES = ("president", "king", "emir", "emperor", "sultan", "queen", "head of state", "crown prince")
EVENT_TYPES = ("visit", "talks", "consultations", "forum", "council", "phone_call", "signing")
# one city under its former names (the capital was Akmola, Astana, Nur-Sultan, Astana again)
CITY_ALIASES = {"nur-sultan": "astana", "nursultan": "astana", "akmola": "astana", "tselinograd": "astana",
                "alma-ata": "almaty", "frunze": "bishkek"}


# ---------------------------------------------------------------- events

@dataclasses.dataclass
class Mention:
    """One row of core.visit_events with what the merge needs."""

    event_id: str
    article_id: str
    event_type: str
    status: str
    country_a_iso3: str
    country_b_iso3: str
    visit_level: str | None = None
    visitor_iso3: str | None = None
    host_iso3: str | None = None
    location: str | None = None
    date_start: dt.date | None = None
    date_end: dt.date | None = None
    date_precision: str | None = None
    published_on: dt.date | None = None
    char_start: int = 0
    participants: list[tuple[str, str | None, str | None]] = dataclasses.field(default_factory=list)  # name, iso3, role

    @property
    def pair(self) -> tuple[str, str]:
        return tuple(sorted((self.country_a_iso3, self.country_b_iso3)))

    @property
    def order(self) -> tuple:
        """Earliest-known first: dated mentions by date, then by when they were reported."""
        return (self.date_start is None, self.date_start or dt.date.min, self.published_on is None,
                self.published_on or dt.date.min, self.article_id, self.char_start, self.event_id)


class Cluster:
    """The mentions of one event, with what compatible() needs kept up to date as members join
    (so that testing a mention costs the same whatever the size of the cluster)."""

    def __init__(self, members: list[Mention]):
        self.members: list[Mention] = []
        self.places: dict[str, set] = {"location": set(), "host_iso3": set(), "visitor_iso3": set()}
        self.people: set[str] = set()
        self.people_by_side: dict[str | None, set[str]] = defaultdict(set)
        self.pubs: dict[str, list] = {"held": [None, None], "planned": [None, None]}  # status -> [min, max]
        self.unpublished = 0
        self.held_end: dt.date | None = None  # the last day of a dated held member
        self.held_first_pub: dt.date | None = None
        self._span: tuple | None = None
        self._finest = 9
        for m in members:
            self.add(m)

    def add(self, m: Mention) -> None:
        self.members.append(m)
        for attr in self.places:
            value = getattr(m, attr)
            if value is not None:
                self.places[attr].add(city_key(value) if attr == "location" else value)
        for name, iso, _ in m.participants:
            if name_words(name):
                self.people.add(name)
                self.people_by_side[iso].add(name)
        if m.published_on is None:
            self.unpublished += 1
        else:
            lo_hi = self.pubs["held" if m.status == "held" else "planned"]
            lo_hi[0] = m.published_on if lo_hi[0] is None else min(lo_hi[0], m.published_on)
            lo_hi[1] = m.published_on if lo_hi[1] is None else max(lo_hi[1], m.published_on)
        if m.status == "held":
            if m.date_start is not None:
                end = m.date_end or m.date_start
                self.held_end = end if self.held_end is None else max(self.held_end, end)
            if m.published_on is not None:
                self.held_first_pub = m.published_on if self.held_first_pub is None else min(self.held_first_pub, m.published_on)
        if m.date_start is not None:
            rank = PRECISION_ORDER[m.date_precision]
            end = m.date_end or m.date_start
            if rank < self._finest or self._span is None:
                self._finest, self._span = rank, (m.date_start, end, m.date_precision)
            elif rank == self._finest:
                self._span = (min(self._span[0], m.date_start), max(self._span[1], end), self._span[2])

    def dated(self) -> list[Mention]:
        return [m for m in self.members if m.date_start is not None]

    def span(self) -> tuple[dt.date, dt.date, str | None] | None:
        """The finest date any member gives (several spans of that precision: their hull)."""
        return self._span

    def pub_range(self) -> tuple[dt.date | None, dt.date | None]:
        lows = [v[0] for v in self.pubs.values() if v[0] is not None]
        highs = [v[1] for v in self.pubs.values() if v[1] is not None]
        return (min(lows) if lows else None), (max(highs) if highs else None)


def city_key(name: str | None) -> str | None:
    if not name:
        return None
    key = name.strip().lower()
    return CITY_ALIASES.get(key, key)


def _inside(a: tuple[dt.date, dt.date], b: tuple[dt.date, dt.date]) -> bool:
    return b[0] <= a[0] and a[1] <= b[1]


def _near(day: dt.date | None, start: dt.date, end: dt.date, before: int, after: int) -> bool:
    return day is not None and start - dt.timedelta(days=before) <= day <= end + dt.timedelta(days=after)


def compatible(cluster: Cluster, m: Mention) -> bool:
    """May ``m`` be another report of the event of ``cluster`` (same type and pair assumed)?

    * places must not contradict: location (a city under its former name is the same city),
      host and, for visits, the visitor;
    * dates must be compatible: the same day, or one inside the other's month/year span; an
      undated mention belongs to a dated event only if its article came out around the event
      (a held event up to 45 days after it, a planned one before it), and two undated ones only
      if their articles came out within 45 days of each other (or both have no date);
    * a planned mention joins a held event only if it was published before the event happened
      (an announcement of it); a plan published later is a new, later event."""
    for attr, norm in (("location", city_key), ("host_iso3", None), ("visitor_iso3", None)):
        mine = norm(getattr(m, attr)) if norm else getattr(m, attr)
        theirs = cluster.places[attr]
        if mine is not None and theirs and mine not in theirs:
            return False
    span = cluster.span()
    if m.date_start is not None and span is not None:
        mine = (m.date_start, m.date_end or m.date_start)
        if not (_inside(mine, span[:2]) or _inside(span[:2], mine)):
            return False
    elif m.date_start is not None:  # a dated mention and an undated event: the event's reports around that date
        start, end = m.date_start, m.date_end or m.date_start
        for status, (before, after) in (("held", (0, HELD_REPORT_DAYS)), ("planned", (366, 0))):
            lo, hi = cluster.pubs[status]
            if lo is not None and not (_near(lo, start, end, before, after) and _near(hi, start, end, before, after)):
                return False
    elif span is not None:  # an undated mention of a dated event
        before, after = (0, HELD_REPORT_DAYS) if m.status == "held" else (366, 0)
        if m.published_on is not None and not _near(m.published_on, span[0], span[1], before, after):
            return False
    else:  # neither is dated: the same story told at about the same time, naming the same people
        lo, hi = cluster.pub_range()
        if m.published_on is not None and not cluster.unpublished:
            if (m.published_on - lo).days > SAME_STORY_DAYS or (hi - m.published_on).days > SAME_STORY_DAYS:
                return False
        elif m.published_on is not None or lo is not None:
            return False
        if not _overlap(_people(m), cluster.people):
            return False  # nothing ties two undated reports together but the people they name
    if m.event_type in PRINCIPAL_TYPES and not _same_principals(cluster, m):
        return False
    # an announcement joins the event it announced, not one that happened before it was published
    held_end = cluster.held_end
    if m.status == "held" and m.date_start is not None:
        held_end = max(held_end or m.date_end or m.date_start, m.date_end or m.date_start)
    if held_end is None:
        pubs = [p for p in (cluster.held_first_pub, m.published_on if m.status == "held" else None) if p is not None]
        held_end = min(pubs) if pubs else None
    if held_end is not None:  # some member was held
        last_plan = cluster.pubs["planned"][1]
        if m.status == "planned" and m.published_on is not None:
            last_plan = m.published_on if last_plan is None else max(last_plan, m.published_on)
        if last_plan is not None and last_plan > held_end:
            return False
    return True


PRINCIPAL_TYPES = ("visit", "talks", "phone_call")


def _people(m: Mention, side: str | None = None) -> list[str]:
    return [name for name, iso, _ in m.participants if (side is None or iso == side) and name_words(name)]


def _overlap(mine, theirs) -> bool:
    return any(same_person(a, b) for a in mine for b in theirs)


def _same_principals(cluster: Cluster, m: Mention) -> bool:
    """Visits, talks and calls of other officials are other events: for each side both name
    someone, they must name someone in common (the traveller of a visit, either side otherwise)."""
    sides = [m.visitor_iso3] if m.event_type == "visit" and m.visitor_iso3 else list(m.pair)
    for side in sides:
        mine = _people(m, side)
        theirs = cluster.people_by_side.get(side, ())
        if mine and theirs and not _overlap(mine, theirs):
            return False
    return True


def cluster_events(mentions: Iterable[Mention]) -> list[Cluster]:
    """Mentions -> events: per type and pair, each mention (earliest first) joins the first event
    it is compatible with, else starts a new one."""
    groups: dict[tuple, list[Mention]] = defaultdict(list)
    for m in mentions:
        groups[(m.event_type, m.pair)].append(m)
    clusters: list[Cluster] = []
    for key in sorted(groups):
        mine: list[Cluster] = []
        for m in sorted(groups[key], key=lambda x: x.order):
            for c in mine:
                if compatible(c, m):
                    c.add(m)
                    break
            else:
                mine.append(Cluster([m]))
        clusters += mine
    return clusters


@functools.lru_cache(maxsize=65536)
def name_words(name: str | None) -> tuple[str, ...]:
    return tuple(w for w in re.split(r"[^\w]+", unicodedata.normalize("NFC", name or "").lower().replace("ё", "е")) if w)


@functools.lru_cache(maxsize=65536)
def surname_stem(words: tuple[str, ...]) -> str:
    """The longest word of a name without its last two letters (a case ending), at least 4 letters."""
    surname = max(words, key=len) if len(words) > 1 else words[0]
    return surname[: max(4, len(surname) - 2)]


@functools.lru_cache(maxsize=262144)
def same_person(a: str, b: str) -> bool:
    """Names merged by base form, as the gold's scorer compares them: the stem of one name's longest
    word (its surname without a case ending) starts a word of the other, either way round
    ("Тоқаев" ~ "Қасым-Жомарт Тоқаев", "Макрон" ~ "Эмманюэль Макрона")."""
    wa, wb = name_words(a), name_words(b)
    if not wa or not wb:
        return False
    return any(w.startswith(surname_stem(wa)) for w in wb) or any(w.startswith(surname_stem(wb)) for w in wa)


def _most_common(values: Iterable) -> object:
    counts = Counter(v for v in values if v is not None)
    if not counts:
        return None
    top = max(counts.values())
    return next(v for v in values if v is not None and counts[v] == top)


def event_rows(clusters: list[Cluster]) -> tuple[list[dict], list[dict]]:
    """(marts.events rows, marts.event_mentions rows)."""
    events, bridge = [], []
    for c in clusters:
        ms = sorted(c.members, key=lambda x: x.order)
        first = ms[0]
        key = stable_id("event", first.event_type, *first.pair, first.event_id)
        span = c.span()
        people: list[list] = []  # [name, iso3]: one entry per person, the fullest name kept
        for m in ms:
            for name, iso, _ in m.participants:
                if not name_words(name):
                    continue
                same = next((p for p in people if (p[1] is None or iso is None or p[1] == iso)
                             and same_person(p[0], name)), None)
                if same is None:
                    people.append([name, iso])
                elif len(name_words(name)) > len(name_words(same[0])):
                    same[0], same[1] = name, same[1] or iso
        is_visit = first.event_type == "visit"
        head = is_visit and any(
            m.visit_level == "state" or any(role and any(h in role.lower() for h in HEAD_ROLES)
                                             for _, iso, role in m.participants if iso and iso == m.visitor_iso3)
            for m in ms)
        pubs = [m.published_on for m in ms if m.published_on]
        events.append({
            "event_key": key,
            "event_type": first.event_type,
            "status": "held" if any(m.status == "held" for m in ms) else "planned",
            "visit_level": min((m.visit_level for m in ms), key=lambda v: LEVEL_ORDER[v]) if is_visit else None,
            "country_a_iso3": first.pair[0],
            "country_b_iso3": first.pair[1],
            "visitor_iso3": _most_common([m.visitor_iso3 for m in ms]) if is_visit else None,
            "host_iso3": _most_common([m.host_iso3 for m in ms]),
            "location": _most_common([m.location for m in ms]),
            "date_start": span[0] if span else None,
            "date_end": span[1] if span else None,
            "date_precision": span[2] if span else None,
            "n_sources": len({m.article_id for m in ms}),
            "n_mentions": len(ms),
            "first_reported_on": min(pubs) if pubs else None,
            "head_of_state": head,
            "participants": sorted(name for name, _ in people),
        })
        bridge += [{"event_key": key, "event_id": m.event_id} for m in ms]
    events.sort(key=lambda r: r["event_key"])
    bridge.sort(key=lambda r: (r["event_key"], r["event_id"]))
    return events, bridge


# ---------------------------------------------------------------- trade figures

def canon_flow(flow: str, reporter: str, partner: str) -> tuple[str, str, str]:
    """One statistic whatever the side it is told from: goods and investment by origin ->
    destination, turnover by the sorted pair."""
    if flow == "turnover":
        a, b = sorted((reporter, partner))
        return ("turnover", a, b)
    if flow == "export":
        return ("goods", reporter, partner)
    if flow == "import":
        return ("goods", partner, reporter)
    if flow == "investment_out":
        return ("investment", reporter, partner)
    if flow == "investment_in":
        return ("investment", partner, reporter)
    return (flow, reporter, partner)


def figure_group(f: dict) -> tuple:
    """The statistic a fact states: canonical flow, measure, period, and (for a figure with no
    period at all) its article, as such figures are never merged across articles."""
    period = (f.get("period_start"), f.get("period_end"))
    return (canon_flow(f["flow"], f["reporter_iso3"], f["partner_iso3"]), f["measure"], period,
            f["article_id"] if period == (None, None) else None)


def figure_rows(facts: Iterable[dict]) -> tuple[list[dict], list[dict]]:
    """core.trade_facts rows (with ``published_on`` of their article) -> (marts.trade_figures,
    marts.trade_mentions). A figure without any period stays alone (per article)."""
    groups: dict[tuple, list[dict]] = defaultdict(list)
    for f in facts:
        groups[figure_group(f)].append(f)
    rows, bridge = [], []
    for (canon, measure, period, alone), fs in groups.items():
        fs = sorted(fs, key=lambda f: (f.get("published_on") is None, f.get("published_on") or dt.date.min,
                                       f["article_id"], f.get("char_start") or 0, f["fact_id"]))
        first = fs[0]
        key = stable_id("figure", *canon, measure, *period, alone)
        values = [f["value_usd"] for f in fs if f.get("value_usd") is not None]
        growths = [f["growth_pct"] for f in fs if f.get("growth_pct") is not None]
        reporters = sorted({f["reporter_iso3"] for f in fs})
        lo, hi = (min(values), max(values)) if values else (None, None)
        pubs = [f["published_on"] for f in fs if f.get("published_on")]
        rows.append({
            "figure_key": key,
            "flow": first["flow"],
            "reporter_iso3": first["reporter_iso3"],
            "partner_iso3": first["partner_iso3"],
            "measure": measure,
            "period_start": period[0],
            "period_end": period[1],
            "value_usd": statistics.median(values) if values else None,
            "min_value_usd": lo,
            "max_value_usd": hi,
            "growth_pct": statistics.median(growths) if growths else None,
            "n_sources": len({f["article_id"] for f in fs}),
            "n_mentions": len(fs),
            "reporters": reporters,
            "conflict": len(values) > 1 and (hi > lo * (1 + CONFLICT_SHARE) if lo > 0 else hi != lo),
            "mirror": {canon[1], canon[2]} <= set(reporters),
            "first_reported_on": min(pubs) if pubs else None,
        })
        bridge += [{"figure_key": key, "fact_id": f["fact_id"]} for f in fs]
    rows.sort(key=lambda r: r["figure_key"])
    bridge.sort(key=lambda r: (r["figure_key"], r["fact_id"]))
    return rows, bridge


# ---------------------------------------------------------------- partner_year

def _full_year(start: dt.date | None, end: dt.date | None) -> int | None:
    if start and end and start == dt.date(start.year, 1, 1) and end == dt.date(start.year, 12, 31):
        return start.year
    return None


def partner_year_rows(figures: Iterable[dict], events: Iterable[dict]) -> list[dict]:
    """Per partner of Kazakhstan and calendar year: full-year actual figures (NULL where no source
    states one) and held events by type."""
    rows: dict[tuple[str, int], dict] = {}

    def row(partner: str, year: int) -> dict:
        if (partner, year) not in rows:
            rows[(partner, year)] = {
                "partner_iso3": partner, "year": year, "turnover_usd": None, "exports_usd": None,
                "imports_usd": None, "investment_in_usd": None, "investment_out_usd": None,
                **{f"n_{t}": 0 for t in EVENT_TYPES}, "n_events": 0, "n_planned": 0,
                "head_of_state_visits": 0, "last_event_on": None,
            }
        return rows[(partner, year)]

    for f in figures:
        year = _full_year(f["period_start"], f["period_end"])
        if year is None or f["measure"] != "actual" or f["value_usd"] is None:
            continue
        kind, origin, dest = canon_flow(f["flow"], f["reporter_iso3"], f["partner_iso3"])
        if HOME not in (origin, dest) or origin == dest:
            continue
        partner = dest if origin == HOME else origin
        column = {("turnover", True): "turnover_usd", ("turnover", False): "turnover_usd",
                  ("goods", True): "exports_usd", ("goods", False): "imports_usd",
                  ("investment", True): "investment_out_usd", ("investment", False): "investment_in_usd"}.get(
            (kind, origin == HOME))
        if column:
            r = row(partner, year)
            r[column] = f["value_usd"] if r[column] is None else max(r[column], f["value_usd"])
    for e in events:
        if HOME not in (e["country_a_iso3"], e["country_b_iso3"]) or e["date_start"] is None:
            continue
        partner = e["country_b_iso3"] if e["country_a_iso3"] == HOME else e["country_a_iso3"]
        r = row(partner, e["date_start"].year)
        if e["status"] == "planned":
            r["n_planned"] += 1
            continue
        r[f"n_{e['event_type']}"] += 1
        r["n_events"] += 1
        r["head_of_state_visits"] += int(bool(e["head_of_state"]))
        last = e["date_end"] or e["date_start"]
        r["last_event_on"] = last if r["last_event_on"] is None else max(r["last_event_on"], last)
    return [rows[k] for k in sorted(rows)]


# ---------------------------------------------------------------- from the warehouse

MENTIONS_SQL = """
    select e.event_id, e.article_id, e.event_type, e.status, e.country_a_iso3, e.country_b_iso3, e.visit_level,
           e.visitor_iso3, e.host_iso3, e.location, e.date_start, e.date_end, e.date_precision,
           a.published_on, e.char_start, p.parts
    from core.visit_events e
    left join core.articles a using (article_id)
    left join (select event_id, list([name, country_iso3, role] order by name, country_iso3, role) as parts
               from core.event_participants group by event_id) p using (event_id)
    order by e.event_type, least(e.country_a_iso3, e.country_b_iso3), greatest(e.country_a_iso3, e.country_b_iso3),
             e.event_id
"""
FACTS_SQL = """
    select f.fact_id, f.article_id, f.reporter_iso3, f.partner_iso3, f.flow, f.measure, f.period_start,
           f.period_end, f.value_usd, f.growth_pct, f.char_start, a.published_on
    from core.trade_facts f left join core.articles a using (article_id)
    order by case when f.flow = 'turnover' then 'turnover' when f.flow in ('export', 'import') then 'goods'
                  when f.flow like 'investment%' then 'investment' else f.flow end,
             case when f.flow = 'turnover' then least(f.reporter_iso3, f.partner_iso3)
                  when f.flow in ('import', 'investment_in') then f.partner_iso3 else f.reporter_iso3 end,
             case when f.flow = 'turnover' then greatest(f.reporter_iso3, f.partner_iso3)
                  when f.flow in ('import', 'investment_in') then f.reporter_iso3 else f.partner_iso3 end,
             f.measure, f.period_start nulls first, f.period_end nulls first,
             case when f.period_start is null and f.period_end is null then f.article_id end nulls first, f.fact_id
"""
CHUNK = 5000  # rows fetched at a time: the marts are built group by group, in flat memory


def _mention(r) -> Mention:
    return Mention(*r[:14], char_start=r[14], participants=[tuple(p) for p in (r[15] or [])])


def _chunks(cur, size: int = CHUNK):
    while rows := cur.fetchmany(size):
        yield from rows


def mention_groups(con) -> Iterator[list[Mention]]:
    """The mentions of core.visit_events one (type, pair) group at a time (streamed; the SQL
    orders them by group)."""
    mentions = (_mention(r) for r in _chunks(con.execute(MENTIONS_SQL)))
    for _, group in itertools.groupby(mentions, key=lambda m: (m.event_type, m.pair)):
        yield list(group)


def fact_groups(con) -> Iterator[list[dict]]:
    """core.trade_facts (with published_on) one statistic (figure_group) at a time (streamed;
    the SQL orders them by group)."""
    cur = con.execute(FACTS_SQL)
    names = [d[0] for d in cur.description]
    facts = (dict(zip(names, r)) for r in _chunks(cur))
    for _, group in itertools.groupby(facts, key=figure_group):
        yield list(group)


def load_mentions(con) -> list[Mention]:
    return [m for g in mention_groups(con) for m in g]


def load_facts(con) -> list[dict]:
    return [f for g in fact_groups(con) for f in g]


def build(con) -> dict[str, list[dict]]:
    """Every marts table's rows from the core tables of ``con``."""
    events, event_bridge = event_rows(cluster_events(load_mentions(con)))
    figures, figure_bridge = figure_rows(load_facts(con))
    return {"events": events, "event_mentions": event_bridge, "trade_figures": figures,
            "trade_mentions": figure_bridge, "partner_year": partner_year_rows(figures, events)}
