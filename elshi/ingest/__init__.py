"""Ingestion: one raw file -> cleaned :class:`~elshi.model.Article` objects.

Supported files (suffix, case-insensitive):

``.txt``
    Plain text, UTF-8 (with or without BOM; UTF-16 with a BOM; cp1251 when the bytes are not
    valid UTF-8). A leading corpus marker `` date YYYY-MM-DD `` is the publication date and is
    removed from the text.
``.html`` / ``.htm``
    The main text is extracted with trafilatura (precision first: no menus, share counters,
    related links or comments), with a plain lxml text fallback. ``title`` comes from
    og:title / ``<title>`` / ``<h1>``; ``source_name`` from og:site_name / publisher meta /
    JSON-LD publisher; ``published_on`` from article:published_time, og:published_time,
    JSON-LD datePublished, ``<time datetime>``, meta name=date/pubdate (then the text header);
    ``url`` from the canonical link / og:url.
``.json``
    One object, a list of objects, or an object wrapping such a list under
    ``articles|items|data|results|records``.
``.jsonl``
    One object per line; a bad line is reported as a problem and the other lines are kept.

JSON field names (the first present, non-empty one wins; keys compare case-insensitively):

* text: ``text|content|body|article|full_text`` (a list of strings is joined as paragraphs;
  a value that starts with an HTML tag is extracted like an ``.html`` file)
* title: ``title|headline``
* date: ``published_on|published|date|published_at|datetime|pubDate`` (ISO date or datetime,
  ``dd.mm.yyyy``, RFC 822, epoch seconds, or a written date such as ``12 March 2024``)
* url: ``url|link``
* source: ``source|source_name|site|publisher|outlet`` (a string, or an object with ``name``)

Every format goes through :func:`article_from_text`, so the cleaning (and hence every
character offset into ``Article.text``) is the same for the same content, and
:func:`content_id` gives the same ``article_id`` whatever file name or format carried it.
"""
from __future__ import annotations

import os
from pathlib import Path

from elshi.ingest.decoding import decode_bytes, html_charset
from elshi.ingest.errors import IngestError
from elshi.ingest.html import article_from_html, html_parts
from elshi.ingest.plaintext import (
    article_from_text, clean_text, content_id, dedupe, detect_language, find_publication_date, find_source_name,
    guess_title, parse_date_value,
)
from elshi.ingest.records import article_from_record, read_json, read_jsonl
from elshi.model import Article

__all__ = [
    "IngestError", "SUPPORTED_SUFFIXES", "read_file", "read_file_detailed", "article_from_text",
    "article_from_html", "article_from_record", "clean_text", "decode_bytes", "detect_language",
    "find_publication_date", "find_source_name", "guess_title", "content_id", "dedupe", "html_parts",
    "parse_date_value", "relative_name",
]

SUPPORTED_SUFFIXES = (".txt", ".html", ".htm", ".json", ".jsonl")


def read_file(path: Path, raw_dir: Path) -> list[Article]:
    """Articles of one raw file (0..n; one per record for JSON/JSONL).

    Raises :class:`IngestError` when the file yields no article and had problems (unreadable,
    binary, undecodable, malformed JSON, no text). Bad JSONL lines next to good ones are
    dropped; use :func:`read_file_detailed` to see them."""
    articles, problems = read_file_detailed(path, raw_dir)
    if problems and not articles:
        raise IngestError(f"{relative_name(path, raw_dir)}: " + "; ".join(problems))
    return articles


def read_file_detailed(path: Path, raw_dir: Path) -> tuple[list[Article], list[str]]:
    """``(articles, problems)`` of one raw file; each problem is a human-readable reason.

    A file-level failure (unreadable, binary, malformed JSON) raises :class:`IngestError`."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise IngestError(f"{path.name}: unsupported file type {suffix or '(none)'!r}")
    source_file = relative_name(path, raw_dir)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise IngestError(f"{source_file}: cannot read file: {exc}") from exc
    try:
        text = decode_bytes(data, declared=html_charset(data) if suffix in (".html", ".htm") else None)
    except IngestError as exc:
        raise IngestError(f"{source_file}: {exc}") from exc
    if suffix == ".txt":
        return _one(lambda: article_from_text(text, source_file))
    if suffix in (".html", ".htm"):
        return _one(lambda: article_from_html(text, source_file))
    if suffix == ".json":
        return read_json(text, source_file)
    return read_jsonl(text, source_file)


def _one(build) -> tuple[list[Article], list[str]]:
    try:
        return [build()], []
    except IngestError as exc:
        return [], [str(exc)]


def relative_name(path: Path, raw_dir: Path) -> str:
    """``path`` relative to ``raw_dir``, posix style; the bare file name if outside it."""
    try:  # not resolved: a symlink keeps its own name
        return Path(os.path.abspath(path)).relative_to(Path(os.path.abspath(raw_dir))).as_posix()
    except ValueError:
        return Path(path).name
