"""Raw bytes -> text: BOM, UTF-8, UTF-16 without a BOM, a declared charset, cp1251."""
from __future__ import annotations

import re
import unicodedata
from typing import Iterable

from elshi.ingest.errors import IngestError

# Share of control characters above which decoded bytes are not text.
MAX_CONTROL_SHARE = 0.01
TEXT_CONTROLS = frozenset("\n\r\t\f\v")
# Unicode category Cc (C0 and C1 controls) minus the ones text uses
CONTROL_RE = re.compile("[" + "".join(f"\\x{c:02x}" for c in [*range(0x20), *range(0x7f, 0xa0)]
                                      if chr(c) not in TEXT_CONTROLS) + "]")
HTML_CHARSET_RE = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w\-]+)""", re.IGNORECASE)
# UTF-16 without a BOM: most characters of a text are letters, digits, spaces or punctuation
UTF16_MIN_TEXT_SHARE = 0.9


def decode_bytes(data: bytes, declared: str | None = None) -> str:
    """Text of raw bytes: BOM, then UTF-16 without a BOM (bytes with NULs that read as text),
    then UTF-8, then a declared charset, then cp1251.

    Raises :class:`IngestError` for binary data or bytes that decode to control characters."""
    text = _decode_with_bom(data)
    if text is None and b"\x00" in data:
        text = _decode_utf16_without_bom(data)
        if text is None:
            raise IngestError("binary file (contains NUL bytes and is not UTF-16 text)")
    if text is None:
        text = _decode_first(data, ("utf-8", declared, "cp1251"))
    controls = len(CONTROL_RE.findall(text))
    if text and controls / len(text) > MAX_CONTROL_SHARE:
        raise IngestError("binary or garbled file (control characters)")
    return text


def _decode_with_bom(data: bytes) -> str | None:
    for bom, codec in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(codec)
            except UnicodeDecodeError as exc:
                raise IngestError(f"invalid {codec} text: {exc.reason}") from exc
    return None


def _decode_utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 LE or BE text written without a BOM: the byte order in which the text is (almost
    all) letters, digits, spaces and punctuation of our scripts; None when neither reads as text."""
    if len(data) % 2:
        return None
    best, best_share = None, 0.0
    for codec in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if not text:
            continue
        good = sum(1 for ch in text if ch in TEXT_CONTROLS or (_likely_news_char(ch) and unicodedata.category(ch)[0] in "LNPZS"))
        share = good / len(text)
        if share > best_share:
            best, best_share = text, share
    return best if best_share >= UTF16_MIN_TEXT_SHARE else None


def _likely_news_char(ch: str) -> bool:
    """Latin, Cyrillic (Kazakh included), Greek, general punctuation, currency: the scripts of our
    news. A text read in the wrong byte order turns into CJK and other far-away blocks."""
    o = ord(ch)
    return o < 0x0530 or 0x2000 <= o < 0x20D0 or 0x2100 <= o < 0x2200


def _decode_first(data: bytes, codecs: Iterable[str | None]) -> str:
    for codec in codecs:
        if not codec:
            continue
        try:
            return data.decode(codec)
        except (UnicodeDecodeError, LookupError):
            continue
    raise IngestError("not decodable as UTF-8 or cp1251 text")


def html_charset(data: bytes) -> str | None:
    match = HTML_CHARSET_RE.search(data[:4096])
    return match.group(1).decode("ascii") if match else None
