"""Property tests: whatever bytes or text arrive, the readers either return articles or raise
IngestError with a reason; nothing else escapes, and no markup survives in HTML text or titles."""
from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from elshi.ingest import IngestError, decode_bytes, html_parts, read_file_detailed
from elshi.ingest.records import read_json, read_jsonl

FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
WORDS = st.sampled_from(["Kazakhstan", "Қазақстан", "Казахстан", "<p>", "</p>", "<title>", "<b>", "&amp;", "\n", " ",
                         "2024", "{", "}", "[", "]", '"text":', "<", ">", "<!--", "-->", "<script>", "\x00", "Ж"])


@FAST
@given(st.binary(max_size=2000))
def test_decode_bytes_returns_text_or_says_why(data):
    try:
        assert isinstance(decode_bytes(data), str)
    except IngestError:
        pass


@FAST
@given(st.text(max_size=500), st.sampled_from(["utf-8", "utf-16-le", "utf-16-be", "utf-16", "cp1251"]))
def test_text_in_any_of_our_encodings_is_decoded_or_rejected(text, codec):
    try:
        data = text.encode(codec)
    except UnicodeEncodeError:
        return
    try:
        decode_bytes(data)
    except IngestError:
        pass


@FAST
@given(st.lists(WORDS, max_size=80).map("".join))
def test_html_parts_never_raise_and_leak_no_tags(html):
    parts = html_parts(html)
    for value in (parts.text, parts.title or ""):
        assert "<p>" not in value and "</p>" not in value and "<title>" not in value and "<script>" not in value


@FAST
@given(st.one_of(st.text(max_size=400), st.lists(WORDS, max_size=60).map("".join),
                 st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=40),
                              lambda inner: st.lists(inner, max_size=4) | st.dictionaries(
                                  st.sampled_from(["text", "title", "date", "url", "source", "articles", "x"]),
                                  inner, max_size=4), max_leaves=12).map(json.dumps)))
def test_json_and_jsonl_readers_return_articles_or_problems(text):
    for reader in (read_json, read_jsonl):
        try:
            articles, problems = reader(text, "x.json")
        except IngestError:
            continue
        assert all(a.text for a in articles) and all(isinstance(p, str) for p in problems)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=1500), st.sampled_from([".txt", ".html", ".json", ".jsonl"]))
def test_any_file_is_read_or_rejected_with_a_reason(tmp_path, data, suffix):
    path = tmp_path / f"f{suffix}"
    path.write_bytes(data)
    try:
        articles, problems = read_file_detailed(path, tmp_path)
    except IngestError as exc:
        assert str(exc)
        return
    assert isinstance(articles, list) and isinstance(problems, list)
