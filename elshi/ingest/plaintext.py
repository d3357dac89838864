"""Text -> Article: cleaning (furniture lines, related-link blocks, invisible characters), the
title, the outlet and the publication date read from the text, and the content id."""
from __future__ import annotations

import datetime as dt
import email.utils
import re
import unicodedata
from dataclasses import dataclass
from typing import Any, Iterable

from elshi.ingest.errors import IngestError
from elshi.langdetect import detect_language
from elshi.lexicon import dateline_month_number
from elshi.model import Article, stable_id

YEAR_MIN, YEAR_MAX = 1990, 2100

INVISIBLE_CHARS = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u200e\u200f\u2060\ufeff\u00ad"))
SPACE_CHARS = dict.fromkeys(map(ord, "\u00a0\u2007\u202f"), " ")
SPACE_RUN_RE = re.compile(r"[ \t]+")
INVISIBLE_RE = re.compile("[" + "".join(map(chr, INVISIBLE_CHARS)) + "]+")  # str.translate is slow on long texts
SPACE_CHARS_RE = re.compile("[" + "".join(map(chr, SPACE_CHARS)) + "]")

# The corpus' metadata marker glued before the first sentence: " date 2025-11-13 Лидеры ...".
DATE_MARKER_RE = re.compile(r"\A\s*date\s+(\d{4}-\d{2}-\d{2})(?:[ \t]+|(?=\n)|\Z)")

_BULLET = r"[•·▪●◦‣∙*\-–]?\s*"
_NUMBER = r"\d[\d\s.,]*[KkКкMМм]?"
# Whole lines (after strip) that are page furniture, never article text.
BOILERPLATE_LINE_RES = tuple(re.compile(p, re.IGNORECASE) for p in (
    rf"{_BULLET}",                                              # an empty bullet
    rf"{_BULLET}{_NUMBER}",                                     # share / view counters: "• 63"
    rf"{_NUMBER}\s*(?:shares?|просмотр\w*|views?|comments?|комментари\w*|пікір\w*|қаралым\w*)",
    r"(?:image|images|photo|фото|сурет|video|видео)",           # media placeholders
    rf"{_BULLET}(?:USD|EUR|RUB|CNY|KZT|GBP|JPY|CHF|TRY|UZS|KGS|BYN)\s*[-+▲▼]?\s*\d[\d.,]*",
    r"[+\-−–]?\d{1,2}\s*°\s*[CСF]?",                            # weather widget: "+35°"
    r".{0,40}(?:сайттың толық нұсқасы|полная версия сайта|full version of the site)\s*",
    r".{1,150}(?:>>|»»)",                                       # a related-article link
    r"(?:поделит(?:есь|ься)|поделиться|подписаться|subscribe|share(?: this)?|бөлісу|жазылу)\s*:?",
))  # the last one: share / subscribe buttons

# Lines that open a "related articles" block (an inline link title may follow the colon).
TAIL_MARKER_RE = re.compile(
    r"(?:похожие (?:материалы|новости|статьи)|читайте (?:также|еще|ещё)|также читайте|"
    r"related(?: news| articles| stories| posts)?|see also|read (?:also|more)|more on this|"
    r"оқи отырыңыз|тағы оқыңыз|ұқсас (?:жаңалықтар|материалдар))(?:\s*:?|\s*:\s*\S.{0,150})",
    re.IGNORECASE,
)
# A marker cuts to the end when what follows is a short list of short lines, shorter than
# the text before it; elsewhere only the marker line goes.
TAIL_LINE_MAX = 100
TAIL_MAX_LINES = 12

# Title guessing for plain text.
TITLE_SCAN_LINES = 6
TITLE_MAX_CHARS = 200
TITLE_MIN_WORDS = 3
TITLE_BAD_ENDINGS = (".", ",", ":", ";")
CREDIT_LINE_RE = re.compile(r"(?:©|images?\b|photo\b|фото\b|сурет\b)", re.IGNORECASE)
LETTER_WORD_RE = re.compile(r"[^\W\d_]{2,}")

# Publication date: only the header region counts.
HEADER_LINES = 6
HEADER_CHARS = 400
HEADER_LINE_MAX = 80  # a date anywhere on a line this short counts
# Otherwise the date must open its line, after at most a place name: "Киргизия, 22 августа ...".
DATELINE_PREFIX_RE = re.compile(
    r"[\W_]*(?:[^\W\d_][\w\-]*(?:\s+[^\W\d_][\w\-]*){0,2}\s*[,.:|•—–\-]\s*)?")
_MONTH_WORD = r"([^\W\d_]{3,}\.?)"
DATE_RES = {
    "iso": re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)"),
    "dmy_num": re.compile(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?!\d)"),
    # year first, as Mongolian, Chinese, Korean, Japanese and Hungarian pages print it: "2024.04.16", "2024/04/16"
    "ymd_num": re.compile(r"(?<![\d./])(\d{4})([./])(\d{1,2})\2(\d{1,2})(?![\d/]|\.\d)"),
    # "12/09/2025 15:20": day first, as outside the US; month first only when the second number cannot be one
    "slash": re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{4})(?!\d)"),
    "dmy": re.compile(rf"(?<!\d)(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH_WORD},?\s+(\d{{4}})(?!\d)"),  # "22nd May, 2023"
    "mdy": re.compile(r"\b([A-Za-z]{3,9}\.?)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?!\d)"),
    "ydm": re.compile(rf"(?<!\d)(\d{{4}})\s+(?:ж\.\s*|жылғы\s+)?(\d{{1,2}})\s+{_MONTH_WORD}"),
}
# A line holding only a numeric date (and a time): kept, it is the article's dateline.
DATE_LINE_RE = re.compile(r"(?:\d{1,2}[./]\d{1,2}[./]\d{4}|\d{4}-\d{2}-\d{2}|\d{4}([./])\d{1,2}\1\d{1,2}\.?)(?:[\s,]+\d{1,2}:\d{2}(?::\d{2})?)?")
# Footer: a short line among the last ones, the date opening it after at most a label
# ("16.03.2007", "Created at : 18.04.2014, 11:53", "Опубликовано: 3 марта 2020").
FOOTER_LINES = 4
# A site's clock widget: "Пятница, 30 января, 2026", "Friday, January 30, 2026" with no time of
# day is today's date on the page, not the article's.
WEEKDAY_BEFORE_RE = re.compile(
    r"(?:понедельник|вторник|среда|четверг|пятница|суббота|воскресенье|дүйсенбі|сейсенбі|сәрсенбі|"
    r"бейсенбі|жұма|сенбі|жексенбі|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s*,?\s*\Z",
    re.IGNORECASE)
TIME_AFTER_RE = re.compile(r"[\s,|•·—–\-]*(?:в\s+|at\s+|сағ\.?\s*)?\d{1,2}:\d{2}")
TIME_BEFORE_RE = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?[\s,|•·—–\-]*\Z")

# Source name named in the text: after a reporting verb, a domain-like or acronym-like outlet
# ("сообщает Kazpravda.kz", "передает БелТА"); in a dateline, any agency name
# ("АСТАНА. KAZINFORM –", "/Синьхуа/ --", "— ИА Регнум").
SOURCE_SCAN_CHARS = 1200
REPORTED_BY_RE = re.compile(
    r"(?:сообщает|сообщают|передает|передаёт|пишет|хабарлайды|хабарлады|reports|reported by|"
    r"reported|according to)\s+([^\s,.;:()«»\"]+(?:\.[A-Za-z]{2,4})?)", re.IGNORECASE)
DATELINE_SOURCE_RES = (
    re.compile(r"^[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ\-]{3,}\.\s+([A-ZА-ЯЁ]{3,})\b", re.MULTILINE),
    re.compile(r"/([A-ZА-ЯЁ][\w\-]+)/\s*(?:--|–|—)"),
    re.compile(r"[–—-]\s*(ИА\s+[A-ZА-ЯЁ][\w\-]+)"),
)
DOMAIN_RE = re.compile(r"[\w\-]+\.(?:kz|ru|uz|kg|by|tj|tm|az|am|ge|ua|com|org|net|info|news|media)",
                       re.IGNORECASE)


def article_from_text(text: str, source_file: str, *, title: str | None = None,
                      source_name: str | None = None, published_on: dt.date | str | None = None,
                      url: str | None = None) -> Article:
    """Clean ``text`` and build its Article; missing metadata is read from the text
    (date marker / header date, headline, outlet). Raises :class:`IngestError` when no text
    is left after cleaning."""
    cleaned, marker_date = clean_text(text)
    if not cleaned:
        raise IngestError("no article text")
    published = _as_date(published_on) or marker_date or find_publication_date(cleaned)
    return Article(
        article_id=content_id(cleaned),
        source_file=source_file,
        title=_clean_field(title) or guess_title(cleaned),
        source_name=_clean_field(source_name) or find_source_name(cleaned),
        published_on=published,
        language=detect_language(cleaned),
        text=cleaned,
        url=_clean_field(url),
    )


NOT_ALNUM_RE = re.compile(r"[\W_]+")  # \w is str.isalnum() plus "_"


def content_id(text: str) -> str:
    """Stable article id: a hash of the text after NFC, casefolding and removing everything
    that is not a letter or digit, so whitespace, punctuation and format don't change it."""
    normalised = unicodedata.normalize("NFC", text).casefold()
    return stable_id(NOT_ALNUM_RE.sub("", normalised))


def dedupe(articles: Iterable[Article]) -> list[Article]:
    """The first article of each ``article_id``, in input order."""
    seen: set[str] = set()
    kept = []
    for article in articles:
        if article.article_id not in seen:
            seen.add(article.article_id)
            kept.append(article)
    return kept

def clean_text(text: str) -> tuple[str, dt.date | None]:
    """``(cleaned text, date of the leading corpus marker or None)``.

    NFC, ``\\n`` newlines, invisible characters dropped, no-break spaces as spaces, runs of
    spaces and tabs as one space, each line stripped, boilerplate lines and trailing
    related/share blocks removed, runs of blank lines collapsed to one. Deterministic: the
    same input always gives the same text."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    text = SPACE_CHARS_RE.sub(" ", INVISIBLE_RE.sub("", text))
    marker_date = None
    marker = DATE_MARKER_RE.match(text)
    if marker:
        marker_date = parse_date_value(marker.group(1))
        text = text[marker.end():]
    lines = [SPACE_RUN_RE.sub(" ", line).strip() for line in text.split("\n")]
    lines = _cut_tail_block([line for line in lines if not _is_boilerplate(line)])
    return _collapse_blank_lines(lines), marker_date


def _is_boilerplate(line: str) -> bool:
    if DATE_LINE_RE.fullmatch(line):
        return False  # "21.09.2011": a dateline, not a share counter
    return bool(line) and any(rx.fullmatch(line) for rx in BOILERPLATE_LINE_RES)


def _cut_tail_block(lines: list[str]) -> list[str]:
    """Cut a trailing related-articles block; drop other marker lines."""
    for i, line in enumerate(lines):
        if TAIL_MARKER_RE.fullmatch(line) and _is_tail(lines[:i], lines[i + 1:]):
            lines = lines[:i]
            break
    return [line for line in lines if not TAIL_MARKER_RE.fullmatch(line)]


def _is_tail(before: list[str], after: list[str]) -> bool:
    rest = [line for line in after if line]
    return (len(rest) <= TAIL_MAX_LINES and all(len(line) <= TAIL_LINE_MAX for line in rest)
            and sum(map(len, before)) > sum(map(len, rest)))


def _collapse_blank_lines(lines: list[str]) -> str:
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip()


def _clean_field(value: Any) -> str | None:
    if value is None:
        return None
    value = " ".join(unicodedata.normalize("NFC", str(value)).split())
    return value or None


# --------------------------------------------------------------------------- title / source

def guess_title(text: str) -> str | None:
    """The headline of a cleaned plain text: among the first lines, the first one that is
    short, has a few words, does not end like a sentence and is followed by more text.
    Scanning stops at the first body paragraph; None when unclear."""
    lines = [line for line in text.split("\n") if line]
    for i, line in enumerate(lines[:TITLE_SCAN_LINES]):
        if len(line) > TITLE_MAX_CHARS or line.endswith(TITLE_BAD_ENDINGS):
            return None
        if (len(LETTER_WORD_RE.findall(line)) >= TITLE_MIN_WORDS and not CREDIT_LINE_RE.match(line)
                and i + 1 < len(lines)):
            return line
    return None


def find_source_name(text: str) -> str | None:
    """The outlet a text names near its start: a domain-like or acronym-like name after a
    reporting verb ("сообщает Kazpravda.kz"), else an agency in the dateline; None if none."""
    head = text[:SOURCE_SCAN_CHARS]
    for match in REPORTED_BY_RE.finditer(head):
        name = match.group(1).rstrip(".")
        if DOMAIN_RE.fullmatch(name) or sum(ch.isupper() for ch in name) >= 2:
            return name
    for rx in DATELINE_SOURCE_RES:
        if match := rx.search(head):
            return match.group(1)
    return None


# --------------------------------------------------------------------------- dates

@dataclass(frozen=True)
class _DateHit:
    date: dt.date
    has_time: bool


def find_publication_date(text: str) -> dt.date | None:
    """The publication date printed in the header of ``text`` (first ~6 non-empty lines,
    first ~400 characters), never a date deep in the body. A date needs a year; among header
    dates the first one next to a time of day wins, else the first one."""
    marker = DATE_MARKER_RE.match(text)
    if marker and (date := parse_date_value(marker.group(1))):
        return date
    hits = [hit for line in _header_lines(text) for hit in _header_dates(line)]
    if not hits:  # no dateline on top: a date line in the footer
        hits = [hit for line in _footer_lines(text) for hit in _header_dates(line, anywhere=False)]
    timed = [hit for hit in hits if hit.has_time]
    best = (timed or hits or [None])[0]
    return best.date if best else None


def _footer_lines(text: str) -> list[str]:
    lines = [line for line in text.split("\n") if line.strip()]
    return [line for line in lines[-FOOTER_LINES:] if len(line) <= HEADER_LINE_MAX]


def _header_lines(text: str) -> list[str]:
    """The non-empty lines of the header region (each starts within HEADER_CHARS)."""
    lines, offset = [], 0
    for line in text.split("\n"):
        if offset >= HEADER_CHARS or len(lines) >= HEADER_LINES:
            break
        if line.strip():
            lines.append(line[:HEADER_CHARS])  # a date further on is not in the header (and long lines stay cheap)
        offset += len(line) + 1
    return lines


def _header_dates(line: str, anywhere: bool = True) -> list[_DateHit]:
    """Dates on one line that read as a dateline, in order of position: the date opens the line
    (after at most a place name or a label), or, with ``anywhere``, the line is short or the
    date carries a time of day ("... in Belarus 16 мая 2012, 15:30")."""
    found = []
    for kind, rx in DATE_RES.items():
        for match in rx.finditer(line):
            date = _date_from_match(kind, match)
            if not date:
                continue
            has_time = bool(TIME_AFTER_RE.match(line, match.end())
                            or TIME_BEFORE_RE.search(line[:match.start()]))
            if not has_time and WEEKDAY_BEFORE_RE.search(line[:match.start()]):
                continue
            if DATELINE_PREFIX_RE.fullmatch(line[:match.start()]) or (
                    anywhere and (len(line) <= HEADER_LINE_MAX or has_time)):
                found.append((match.start(), _DateHit(date, has_time)))
    return [hit for _, hit in sorted(found, key=lambda pair: pair[0])]


def _date_from_match(kind: str, match: re.Match) -> dt.date | None:
    g = match.groups()
    if kind == "iso":
        year, month, day = int(g[0]), int(g[1]), int(g[2])
    elif kind == "dmy_num":
        day, month, year = int(g[0]), int(g[1]), int(g[2])
    elif kind == "ymd_num":
        year, month, day = int(g[0]), int(g[2]), int(g[3])
    elif kind == "slash":
        day, month, year = int(g[0]), int(g[1]), int(g[2])
        if month > 12 >= day:
            day, month = month, day  # "09/21/2025": the US order
    elif kind == "dmy":
        day, month, year = int(g[0]), dateline_month_number(g[1]), int(g[2])
    elif kind == "mdy":
        month, day, year = dateline_month_number(g[0]), int(g[1]), int(g[2])
    else:  # ydm
        year, day, month = int(g[0]), int(g[1]), dateline_month_number(g[2])
    return _safe_date(year, month, day)


def _safe_date(year: int, month: int | None, day: int) -> dt.date | None:
    if not month or not YEAR_MIN <= year <= YEAR_MAX:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def parse_date_value(value: Any) -> dt.date | None:
    """A date from a metadata value: date/datetime, ISO string (date part as written),
    ``yyyymmdd``, ``dd.mm.yyyy``, RFC 822, epoch seconds/milliseconds, or a written date."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, (int, float)):
        return _date_from_epoch(value)
    text = str(value).strip()
    if re.fullmatch(r"\d{8}", text):
        return _safe_date(int(text[:4]), int(text[4:6]), int(text[6:]))
    if re.fullmatch(r"\d{9,13}", text):
        return _date_from_epoch(int(text))
    for kind, rx in DATE_RES.items():
        match = rx.search(text)
        if match and (date := _date_from_match(kind, match)):
            return date
    parsed = email.utils.parsedate(text)
    return _safe_date(parsed[0], parsed[1], parsed[2]) if parsed else None


def _date_from_epoch(seconds: float) -> dt.date | None:
    if seconds > 1e11:  # milliseconds
        seconds /= 1000
    try:
        date = dt.datetime.fromtimestamp(seconds, tz=dt.timezone.utc).date()
    except (OverflowError, OSError, ValueError):
        return None
    return date if YEAR_MIN <= date.year <= YEAR_MAX else None


def _as_date(value: Any) -> dt.date | None:
    return parse_date_value(value) if value not in (None, "") else None
