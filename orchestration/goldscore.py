"""Score a warehouse against a gold folder (format: ``../shared/gold/FORMAT.md``); no dagster here.

One module for ``make score`` (scripts/score.py) and the ``gold_accuracy`` asset check. Per gold
file, the article is found by its file name; its predicted facts and events are matched one to
one with the gold ones (required gold first, then optional gold may absorb what is left; a
match with an optional gold row counts neither way):

* a trade fact matches when the statistic is the same (flow and direction normalised: export
  R->P = import P<-R, investment_in = investment_out the other way, turnover in any order),
  the measure is the same, the period matches where the gold gives it, and the value is within
  3 % (or, for a change stated alone, the growth within 0.15 points and no value);
* an event matches when pair, type and status are the same and the predicted date lies inside
  the gold date (a gold date of day and month without a year: the same day and month).

Attribute accuracies are taken over the required matches: growth, exact date, location (a city
under a former name is the same), visitor and host, participants (surname stem, tolerant of
word order and case endings, and the country), plus publication date, language and provenance
(evidence is the article text at its offsets) over all articles and rows.
"""
from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
import json
import re
from pathlib import Path

from orchestration.marts import canon_flow, city_key, name_words, surname_stem

VALUE_TOLERANCE = 0.03  # relative
GROWTH_TOLERANCE = 0.15  # percentage points
ATTRIBUTES = ("published_on", "language", "growth_pct", "event_date", "location", "visitor_host",
              "participants_recall", "provenance")


def to_date(value) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


# ---------------------------------------------------------------- gold dates

@dataclasses.dataclass(frozen=True)
class GoldDate:
    """A gold date: a span of days, or a day of a month without a year."""

    start: dt.date | None = None
    end: dt.date | None = None
    month_day: tuple[int, int] | None = None

    def contains(self, start: dt.date | None, end: dt.date | None) -> bool:
        if start is None:
            return True
        if self.month_day:
            return (start.month, start.day) == self.month_day
        return self.start <= start and (end or start) <= self.end

    def exactly(self, start: dt.date | None, end: dt.date | None) -> bool:
        if start is None:
            return False
        if self.month_day:
            return self.contains(start, end)
        return (start, end or start) == (self.start, self.end)


def gold_date(value) -> GoldDate | None:
    """``"2022-11-29"``, ``"2022-11"``, ``"2022"``, ``"--08-02"``, or a list of two of them."""
    if value is None:
        return None
    if isinstance(value, list):
        first = gold_date(value[0])
        if first.month_day:  # a span without a year is judged by its first day
            return first
        last = gold_date(value[1]) if len(value) > 1 and value[1] else first
        return GoldDate(first.start, last.end)
    text = str(value)
    if text.startswith("--"):
        return GoldDate(month_day=(int(text[2:4]), int(text[5:7])))
    if re.fullmatch(r"\d{4}", text):
        year = int(text)
        return GoldDate(dt.date(year, 1, 1), dt.date(year, 12, 31))
    if re.fullmatch(r"\d{4}-\d{2}", text):
        year, month = int(text[:4]), int(text[5:7])
        return GoldDate(dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1]))
    day = to_date(text)
    return GoldDate(day, day)


# ---------------------------------------------------------------- matching

def _within(a: float | None, b: float | None, relative: float | None = None, absolute: float | None = None) -> bool:
    if a is None or b is None:
        return False
    return abs(a - b) <= (relative * max(abs(a), abs(b)) if relative is not None else absolute)


def fact_matches(gold: dict, pred: dict) -> bool:
    if canon_flow(gold["flow"], gold["reporter"], gold["partner"]) != canon_flow(
            pred["flow"], pred["reporter_iso3"], pred["partner_iso3"]):
        return False
    if gold["measure"] != pred["measure"]:
        return False
    period = gold.get("period")
    if period is not None:
        for wanted, got in ((period[0], pred.get("period_start")), (period[1], pred.get("period_end"))):
            if wanted is not None and to_date(wanted) != to_date(got):
                return False
    if gold.get("value_usd") is not None:
        return _within(gold["value_usd"], pred.get("value_usd"), relative=VALUE_TOLERANCE)
    if gold.get("growth_pct") is not None:
        return pred.get("value_usd") is None and _within(gold["growth_pct"], pred.get("growth_pct"),
                                                         absolute=GROWTH_TOLERANCE)
    return pred.get("value_usd") is None


def event_matches(gold: dict, pred: dict) -> bool:
    if sorted(gold["pair"]) != sorted([pred["country_a_iso3"], pred["country_b_iso3"]]):
        return False
    if (gold["type"], gold["status"]) != (pred["event_type"], pred["status"]):
        return False
    date = gold_date(gold.get("date"))
    return date is None or date.contains(to_date(pred.get("date_start")), to_date(pred.get("date_end")))


def pair_up(golds: list[dict], preds: list[dict], matches) -> list[tuple[int, int]]:
    """One-to-one: each gold row (required ones first) takes the first free prediction it matches."""
    taken: set[int] = set()
    pairs = []
    for optional in (False, True):
        for gi, gold in enumerate(golds):
            if bool(gold.get("optional")) != optional:
                continue
            pi = next((i for i, pred in enumerate(preds) if i not in taken and matches(gold, pred)), None)
            if pi is not None:
                taken.add(pi)
                pairs.append((gi, pi))
    return pairs


def same_person(gold_name: str, pred_name: str) -> bool:
    """The gold surname's stem (its longest word without the last two letters) starts a predicted word."""
    gold, pred = name_words(gold_name), name_words(pred_name)
    if not gold or not pred:
        return False
    stem = surname_stem(gold)
    return any(w.startswith(stem) for w in pred)


# ---------------------------------------------------------------- scoring

@dataclasses.dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def as_dict(self) -> dict:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": p, "recall": r, "f1": f}


def _rows(con, sql: str) -> list[dict]:
    cur = con.execute(sql)
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r)) for r in cur.fetchall()]


def gold_files(gold_dir: Path, names: set[str] | None = None) -> list[dict]:
    out = []
    for path in sorted(Path(gold_dir).glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        if names is None or gold["file"] in names:
            out.append(gold)
    return out


def score(con, gold_dir: Path, names: set[str] | None = None) -> dict:
    """Scores of the warehouse behind ``con`` against the gold files of ``gold_dir`` (only those
    of ``names`` if given): {"trade": {...}, "events": {...}, "accuracy": {attr: (value, n)},
    "articles_found", "articles_gold", "errors": [...]}."""
    articles = {}
    for a in _rows(con, "select article_id, source_file, language, published_on, text from core.articles"):
        articles.setdefault(Path(a["source_file"] or "").name, a)
    facts, events, people = {}, {}, {}
    for f in _rows(con, "select * from core.trade_facts order by article_id, char_start, fact_id"):
        facts.setdefault(f["article_id"], []).append(f)
    for e in _rows(con, "select * from core.visit_events order by article_id, char_start, event_id"):
        events.setdefault(e["article_id"], []).append(e)
    for p in _rows(con, "select event_id, name, country_iso3 from core.event_participants"):
        people.setdefault(p["event_id"], []).append(p)

    trade, event = Counts(), Counts()
    acc = {k: [0, 0] for k in ATTRIBUTES}
    errors, attr_errors, found = [], [], 0
    golds = gold_files(gold_dir, names)
    for gold in golds:
        article = articles.get(gold["file"])
        g_facts, g_events = gold.get("trade_facts", []), gold.get("visit_events", [])
        if article is None:
            trade.fn += sum(not g.get("optional") for g in g_facts)
            event.fn += sum(not g.get("optional") for g in g_events)
            errors.append(f"{gold['file']}: article missing from core.articles")
            continue
        found += 1
        for attr, wanted, got in (("language", gold.get("language"), article["language"]),
                                  ("published_on", to_date(gold.get("published_on")), to_date(article["published_on"]))):
            acc[attr][0] += wanted == got
            acc[attr][1] += 1
        p_facts, p_events = facts.get(article["article_id"], []), events.get(article["article_id"], [])
        for row in p_facts + p_events:
            acc["provenance"][1] += 1
            acc["provenance"][0] += bool(row["evidence"]) and article["text"][row["char_start"]:row["char_end"]] == row["evidence"]

        pairs = pair_up(g_facts, p_facts, fact_matches)
        for gi, pi in pairs:
            g, p = g_facts[gi], p_facts[pi]
            if not g.get("optional"):
                trade.tp += 1
                if g.get("value_usd") is not None and g.get("growth_pct") is not None:
                    acc["growth_pct"][1] += 1
                    acc["growth_pct"][0] += _within(g["growth_pct"], p.get("growth_pct"), absolute=GROWTH_TOLERANCE)
        matched_g, matched_p = {gi for gi, _ in pairs}, {pi for _, pi in pairs}
        for gi, g in enumerate(g_facts):
            if gi not in matched_g and not g.get("optional"):
                trade.fn += 1
                errors.append(f"{gold['file']}: MISSED fact {g['reporter']}-{g['partner']} {g['flow']} {g['measure']} "
                              f"{g.get('period')} value={g.get('value_usd')} growth={g.get('growth_pct')}")
        for pi, p in enumerate(p_facts):
            if pi not in matched_p:
                trade.fp += 1
                errors.append(f"{gold['file']}: SPURIOUS fact {p['reporter_iso3']}-{p['partner_iso3']} {p['flow']} "
                              f"{p['measure']} {p['period_start']}..{p['period_end']} value={p['value_usd']} "
                              f"growth={p['growth_pct']}")

        pairs = pair_up(g_events, p_events, event_matches)
        for gi, pi in pairs:
            g, p = g_events[gi], p_events[pi]
            if g.get("optional"):
                continue
            event.tp += 1
            date = gold_date(g.get("date"))
            checks = {
                "event_date": (p["date_start"] is None) if date is None else date.exactly(to_date(p["date_start"]),
                                                                                            to_date(p["date_end"])),
                "location": city_key(g.get("location")) == city_key(p["location"]),
                "visitor_host": (g.get("visitor"), g.get("host")) == (p["visitor_iso3"], p["host_iso3"]),
            }
            label = f"{gold['file']}: {g['type']}/{g['status']} {'-'.join(g['pair'])}"
            got = {"event_date": (p["date_start"], p["date_end"]), "location": p["location"],
                   "visitor_host": (p["visitor_iso3"], p["host_iso3"])}
            wanted = {"event_date": g.get("date"), "location": g.get("location"),
                      "visitor_host": (g.get("visitor"), g.get("host"))}
            for attr, ok in checks.items():
                acc[attr][0] += ok
                acc[attr][1] += 1
                if not ok:
                    attr_errors.append(f"{label}: WRONG {attr} gold={wanted[attr]} got={got[attr]}")
            mine = people.get(p["event_id"], [])
            for person in g.get("participants", []):
                hit = any(same_person(person["name"], x["name"]) and x["country_iso3"] == person["country"]
                          for x in mine)
                acc["participants_recall"][1] += 1
                acc["participants_recall"][0] += hit
                if not hit:
                    attr_errors.append(f"{label}: MISSED participant {person['name']} ({person['country']}, "
                                       f"{person.get('role')}); got {[(x['name'], x['country_iso3']) for x in mine]}")
        matched_g, matched_p = {gi for gi, _ in pairs}, {pi for _, pi in pairs}
        for gi, g in enumerate(g_events):
            if gi not in matched_g and not g.get("optional"):
                event.fn += 1
                errors.append(f"{gold['file']}: MISSED event {g['type']}/{g['status']} {g['pair']} date={g.get('date')}")
        for pi, p in enumerate(p_events):
            if pi not in matched_p:
                event.fp += 1
                errors.append(f"{gold['file']}: SPURIOUS event {p['event_type']}/{p['status']} "
                              f"{p['country_a_iso3']}-{p['country_b_iso3']} date={p['date_start']}")
    return {
        "articles_found": found, "articles_gold": len(golds),
        "trade": trade.as_dict(), "events": event.as_dict(),
        "accuracy": {k: ((v[0] / v[1]) if v[1] else None, v[1]) for k, v in acc.items()},
        "errors": errors, "attribute_errors": attr_errors,
    }


def report(result: dict, label: str, verbose: bool = True, attributes: bool = False) -> str:
    """The scores as text, in the layout of ``make score``; ``attributes`` adds every wrong date,
    location, visitor/host and missed participant of the events found."""
    lines = [f"== {label}: {result['articles_found']}/{result['articles_gold']} articles"]
    for name in ("trade", "events"):
        r = result[name]
        lines.append(f"{name:<7} P={r['precision']:.3f} R={r['recall']:.3f} F1={r['f1']:.3f}  "
                     f"(tp={r['tp']} fp={r['fp']} fn={r['fn']})")
    for attr, (value, n) in result["accuracy"].items():
        lines.append(f"  {attr:<20} {'n/a' if value is None else f'{value:.3f}'}  (n={n})")
    if verbose:
        lines += [f"  {e}" for e in result["errors"]]
    if attributes:
        lines += [f"  {e}" for e in result["attribute_errors"]]
    return "\n".join(lines)
