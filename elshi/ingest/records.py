"""JSON and JSONL -> Articles: one object, a list, a wrapper object, or one object per line."""
from __future__ import annotations

import json
import re
from typing import Any, Iterable

from elshi.ingest.errors import IngestError
from elshi.ingest.html import article_from_html
from elshi.ingest.plaintext import article_from_text, parse_date_value
from elshi.model import Article

# JSON field names, in order of preference.
TEXT_FIELDS = ("text", "content", "body", "article", "full_text")
TITLE_FIELDS = ("title", "headline")
DATE_FIELDS = ("published_on", "published", "date", "published_at", "datetime", "pubdate")
URL_FIELDS = ("url", "link")
SOURCE_FIELDS = ("source", "source_name", "site", "publisher", "outlet")
LIST_WRAPPER_FIELDS = ("articles", "items", "data", "results", "records")
HTML_VALUE_RE = re.compile(r"\A\s*<(?:!doctype|html|head|body|article|main|section|div|p|h[1-6]|"
                           r"span|br|ul|ol|table|figure)\b", re.IGNORECASE)


def _collect(builders: Iterable) -> tuple[list[Article], list[str]]:
    """Run article builders; an IngestError of one builder becomes a problem, not a failure."""
    articles, problems = [], []
    for builder in builders:
        try:
            articles.append(builder())
        except IngestError as exc:
            problems.append(str(exc))
    return articles, problems


def read_json(text: str, source_file: str) -> tuple[list[Article], list[str]]:
    """Articles of a JSON document (one object, a list, or an object wrapping a list)."""
    return _collect(_json_builders(text, source_file))


def _json_builders(text: str, source_file: str) -> list:
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise IngestError(f"{source_file}: malformed JSON: {exc}") from exc
    if isinstance(data, dict) and not _field(data, TEXT_FIELDS):
        wrapped = _field(data, LIST_WRAPPER_FIELDS)
        data = wrapped if isinstance(wrapped, list) else data
    records = data if isinstance(data, list) else [data]
    return [_record_builder(record, source_file, f"record {i}") for i, record in enumerate(records, 1)]


def read_jsonl(text: str, source_file: str) -> tuple[list[Article], list[str]]:
    builders, problems = [], []
    for number, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except ValueError as exc:
            problems.append(f"line {number}: malformed JSON: {exc}")
            continue
        builders.append(_record_builder(record, source_file, f"line {number}"))
    articles, record_problems = _collect(builders)
    return articles, problems + record_problems


def _record_builder(record: Any, source_file: str, where: str):
    def build() -> Article:
        try:
            return article_from_record(record, source_file)
        except IngestError as exc:
            raise IngestError(f"{where}: {exc}") from exc
    return build


def article_from_record(record: Any, source_file: str) -> Article:
    """Article of one JSON object (field names: see the module docstring)."""
    if not isinstance(record, dict):
        raise IngestError(f"expected a JSON object, got {type(record).__name__}")
    body = _field(record, TEXT_FIELDS)
    if isinstance(body, list) and all(isinstance(p, str) for p in body):
        body = "\n\n".join(body)
    if not isinstance(body, str) or not body.strip():
        raise IngestError(f"no text field (one of {', '.join(TEXT_FIELDS)})")
    meta = {
        "title": _string(_field(record, TITLE_FIELDS)),
        "source_name": _source_value(_field(record, SOURCE_FIELDS)),
        "published_on": parse_date_value(_field(record, DATE_FIELDS)),
        "url": _string(_field(record, URL_FIELDS)),
    }
    if HTML_VALUE_RE.match(body):
        return article_from_html(body, source_file, **meta)
    return article_from_text(body, source_file, **meta)


def _field(record: dict, names: Iterable[str]) -> Any:
    """The first present, non-empty value among ``names`` (keys compared case-insensitively)."""
    lowered = {str(k).lower(): v for k, v in record.items()}
    for name in names:
        value = lowered.get(name.lower())
        if value not in (None, "", [], {}):
            return value
    return None


def _string(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def _source_value(value: Any) -> str | None:
    if isinstance(value, dict):
        value = value.get("name")
    return _string(value)
