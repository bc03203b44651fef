"""Turn raw bytes into text: BOMs, strict UTF-8, a declared HTML charset, then statistical detection."""

from __future__ import annotations

import codecs
import re

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Signatures of common binary formats that sometimes carry a text-like extension.
_MAGIC = (
    b"%PDF",
    b"PK\x03\x04",
    b"\x89PNG",
    b"GIF8",
    b"\xff\xd8\xff",
    b"\x1f\x8b",
    b"\x7fELF",
    b"BZh",
    b"\xfd7zXZ",
)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.\-]+)""", re.IGNORECASE)


# More than one NUL byte in this many: binary, not a text with a stray NUL.
_MAX_NUL_SHARE = 200
# C0 control characters and DEL: no article holds them, R and many CSV readers refuse a NUL, and Python
# reads a vertical tab or form feed as a line break, which they are turned into so lines stay apart.
_CONTROL_CHARS = {**dict.fromkeys([*range(0x00, 0x09), *range(0x0E, 0x20), 0x7F]), 0x0B: "\n", 0x0C: "\n"}
_CONTROL_CHAR = re.compile("[\x00-\x08\x0b-\x0c\x0e-\x1f\x7f]")


def strip_control_chars(text: str) -> str:
    """``text`` without control characters other than tab, line feed and carriage return."""
    return text.translate(_CONTROL_CHARS) if _CONTROL_CHAR.search(text) else text  # translate is slow


class DecodeError(ValueError):
    """The bytes are not text in any encoding we can recognise."""


def looks_binary(data: bytes) -> bool:
    """True for content that is clearly not text (known magic numbers, NULs, many control bytes)."""
    head = data[:8192]
    if head.startswith(_MAGIC):
        return True
    if any(head.startswith(bom) for bom, _ in _BOMS):
        return False  # UTF-16/32 text legitimately contains NUL bytes
    if head.count(b"\x00") > max(1, len(head) // _MAX_NUL_SHARE):
        return True  # a stray NUL (a database dump, a bad scrape) leaves a text readable; many do not
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 27))
    return bool(head) and controls / len(head) > 0.05


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in a <meta> tag, if it names a codec Python knows."""
    m = _META_CHARSET.search(data[:4096])
    if not m:
        return None
    name = m.group(1).decode("ascii", "ignore").lower()
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _plausible_cp1252(data: bytes) -> bool:
    """Western text: cp1252 decodes it and the non-ASCII characters are few (accents, curly quotes).

    Statistical detectors misjudge short Western snippets; Cyrillic or Greek in a legacy code page is mostly
    non-ASCII and falls through to charset-normalizer.
    """
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return False
    letters = sum(1 for ch in text if ch.isalpha())
    high = sum(1 for b in data if b >= 0x80)
    return letters > 0 and high / letters < 0.4


def decode_bytes(data: bytes, hint: str | None = None) -> str:
    """Decode ``data`` to str; ``hint`` is a charset announced by the container (HTTP header, meta tag).

    Order: byte-order mark, strict UTF-8, the hint, charset-normalizer. Windows-1252 wins over latin-1 when
    both decode, because real pages labelled latin-1 almost always use cp1252 punctuation.
    """
    if looks_binary(data):
        raise DecodeError("binary content (not text)")
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(codec, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if hint:
        name = hint.lower()
        if name in ("iso-8859-1", "latin-1", "latin1", "ascii", "us-ascii", "iso8859-1"):
            name = "cp1252"
        try:
            return data.decode(name)
        except (LookupError, UnicodeDecodeError):
            pass
    if _plausible_cp1252(data):
        return data.decode("cp1252")
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    if best is None:
        # Every byte is valid in cp1252 except five; latin-1 takes the rest without inventing characters.
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            return data.decode("latin-1")
    encoding = best.encoding
    if encoding in ("latin_1", "iso8859_1"):
        encoding = "cp1252"
    try:
        return data.decode(encoding)
    except (LookupError, UnicodeDecodeError):
        return data.decode(encoding, errors="replace")
