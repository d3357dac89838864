"""One annotated document per article: sentences and their spans, computed once, read by every reader.

    doc = Doc(article)
    for s in doc.sentences:
        s.places, s.roles, s.amounts, s.percents, s.multipliers, s.times, s.people

Each annotation is computed on first use and kept, so the trade and event readers share the work;
offsets inside a :class:`SentenceView` are relative to the sentence (``s.start`` is its offset in
the article text).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from elshi import geo, numbers, people, periods, roles
from elshi.model import Article
from elshi.text import CI, cached_property, sentences, WORD_CHAR_RE

HOME = "KAZ"
CURRENCY_BEFORE_RE = CI(r"(?i)(?:долл\w*|dollars?)\.?\s*$")
CURRENCY_AFTER_RE = CI(r"(?i)\s*(?:долл\w*|dollars?|\$)")


@dataclass
class SentenceView:
    index: int
    start: int
    end: int
    text: str
    doc: "Doc" = field(repr=False)

    @cached_property
    def low(self) -> str:
        return self.text.lower()

    @cached_property
    def places(self) -> list:
        """Countries and cities, left to right."""
        return geo.find_places(self.text)

    @cached_property
    def countries(self) -> list:
        return [p for p in self.places if p.kind != "city"]

    @cached_property
    def named_places(self) -> list:
        """Places that are not part of a currency name ("долларов США", "АҚШ доллары", "U.S. dollars")."""
        t = self.text
        return [p for p in self.places if not (CURRENCY_BEFORE_RE.search(t, max(0, p.start - 14), p.start)
                                                or CURRENCY_AFTER_RE.match(t, p.end))]

    @cached_property
    def roles(self) -> list:
        """Grammatical role of each place (same order as ``places``)."""
        return roles.place_roles(self.text, self.places, self.doc.lang)

    @cached_property
    def amounts(self) -> list:
        return numbers.find_amounts(self.text, self.doc.lang != "en")

    @cached_property
    def percents(self) -> list:
        return numbers.find_percents(self.text) + numbers.find_fractions(self.text)

    @cached_property
    def multipliers(self) -> list:
        return numbers.find_multipliers(self.text)

    @cached_property
    def times(self) -> list:
        return periods.find_times(self.text, self.doc.ref)

    @cached_property
    def aggregates(self) -> list[tuple[int, int]]:
        return geo.aggregate_spans(self.text)

    @cached_property
    def people(self) -> list:
        """Officials named here, offsets relative to the sentence."""
        return people.find_people(self.text, self.doc.lang)


# what follows a dateline's city: a dash, a comma, a bracket, a day or the line's end
DATELINE_AFTER_RE = re.compile(r"\s*(?:[-–—.,:]|\(|\s+\d|$)")


def is_dateline(t: str, p) -> bool:
    """"ASTANA – ...", "Тегеран, 27 апреля", "ASTANA.": the city the report was filed from."""
    return p.start <= 2 and not WORD_CHAR_RE.search(t[:p.start]) and p.ending in ("", ".") \
        and bool(DATELINE_AFTER_RE.match(t[p.end:p.end + 3]))  # not "В Абу-Даби 17 мая состоялось"


def dateline_city(t: str):
    """The city a text opens with as a dateline, or None."""
    return next((p for p in geo.find_places(t[:40]) if p.kind == "city" and is_dateline(t, p)), None)


# three or four sides: "трехсторонняя встреча", "trilateral talks", "үшжақты кездесу"; and the countries counted:
# "the three countries signed", "министры трех стран", "үш елдің"
SEVERAL_SIDES = r"trilateral|three-way|тр[её]хсторонн\w*|үш\s*жақты|quadrilateral|четыр[её]хсторонн\w*|төрт\s*жақты"
COUNTED_COUNTRIES = r"тр[её]х\s+стран|три\s+страны|(?:three|four)\s+countries|четыр[её]х\s+стран|(?<!\w)(?:үш|төрт)\s+ел(?:дің|дер\w*|і|ге|де|ден)?(?!\w)"
GROUP_MEETING_RE = CI(rf"(?i){SEVERAL_SIDES}|{COUNTED_COUNTRIES}")


class Doc:
    """An article with its sentences annotated on demand."""

    def __init__(self, article: Article):
        self.article = article
        self.text = article.text
        self.lang = article.language
        self.ref = article.published_on
        self.sentences = [SentenceView(i, s.start, s.end, s.text, self) for i, s in enumerate(sentences(article.text))]

    @cached_property
    def stated_year(self) -> int | None:
        """The year an undated article most likely comes from (see periods.latest_stated_year)."""
        return periods.latest_stated_year(self.text)

    @cached_property
    def dateline(self):
        """The city of a dateline opening one of the first sentences ("ASTANA –", "HÀ NỘI —",
        "Тегеран, 27 апреля"): where the report was filed; None if there is none."""
        return next((p for p in map(dateline_city, (sv.text for sv in self.sentences[:4])) if p is not None), None)

    @cached_property
    def group_asides(self) -> frozenset[int]:
        """Sentences telling of a meeting of three or more countries ("a trilateral meeting of the ministers of
        Kazakhstan, Kyrgyzstan and Uzbekistan") and those going on with it ("Тогда стороны договорились о поставках
        ... в Кыргызстан"): no country they name becomes the pair under discussion."""
        out: set[int] = set()
        for sv in self.sentences:
            foreign = {p.iso3 for p in sv.named_places if p.iso3 != HOME}
            if len(foreign) >= 2 and GROUP_MEETING_RE.search(sv.text):
                out.add(sv.index)
            elif sv.index - 1 in out and periods.THEN_RE.match(sv.text):
                out.add(sv.index)
        return frozenset(out)

    @cached_property
    def group_story(self) -> bool:
        """The headline is about a group of countries and names no foreign country ("EAEU mutual trade up 6% in
        nine months", "Взаимная торговля стран ЕАЭС выросла"): its "mutual trade" is the group's, not a pair's."""
        title = self.article.title
        if not title or not geo.aggregate_spans(title):
            return False
        return not any(p.iso3 != HOME for p in geo.find_places(title))

    @cached_property
    def dominant_partner(self) -> str | None:
        return geo.dominant_partner(self.article.title, [s.text for s in self.sentences], HOME,
                                    [s.named_places for s in self.sentences])
