"""Bytes -> text: BOM, UTF-8, then charset detection; binary refused; mojibake repaired."""

from __future__ import annotations

import codecs
import re

from redac.errors import InputError

BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
CONTROL_BYTES_RE = re.compile(rb"[\x00-\x08\x0e-\x1f]")  # before decoding (UTF-16 is read from its BOM first)
# Cheap pre-check before ftfy: the lead bytes of UTF-8 read as Latin-1/CP1252 (Ã©, â€™, Â«...).
MOJIBAKE_HINT_RE = re.compile("[ÃÂâÅÄÐÑ][\x80-\xbf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u2013-\u203a\u20ac\u2122]")
MAX_CONTROL_SHARE = 0.01
# UTF-8 text with a few bytes of another encoding (a CP1252 line pasted into a UTF-8 file): the stray
# bytes are read as CP1252 when the file's other non-ASCII characters are mostly valid UTF-8.
NON_ASCII_RE = re.compile("[^\x00-\x7f\udc80-\udcff]")
STRAY_BYTES_RE = re.compile("[\udc80-\udcff]+")
# French text in CP1252 uses letters from this set; detectors guess badly on short texts, so try it first.
WESTERN_RE = re.compile(r"[\x00-\x7fÀ-ÿŒœŠšŸŽž€‘’“”–—…«»°§¨´·¿¡©®™\xa0-\xbf]")


def decode(data: bytes, label: str) -> str:
    if not data.strip():
        raise InputError(label, "input is empty")
    text = _decode_bytes(data, label)
    sample = text[:65536]
    if sample and len(CONTROL_RE.findall(sample)) > MAX_CONTROL_SHARE * len(sample):
        raise InputError(label, "looks like a binary file, not text")
    return repair(CONTROL_RE.sub("", text))  # a few stray control bytes (NUL...) in text: dropped


def repair(text: str) -> str:
    """Fix mojibake ("Ã©" -> "é") and normalize line ends; ftfy runs only where mojibake is likely."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if MOJIBAKE_HINT_RE.search(text):
        import ftfy

        text = ftfy.fix_text(text, normalization="NFC", uncurl_quotes=False, fix_character_width=False)
    return text


def _decode_bytes(data: bytes, label: str) -> str:
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                raise InputError(label, f"starts with a {encoding} byte-order mark but is not {encoding}") from None
    head = data[:8192]
    if len(CONTROL_BYTES_RE.findall(head)) > MAX_CONTROL_SHARE * len(head):
        raise InputError(label, "looks like a binary file, not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    mixed = _utf8_with_stray_bytes(data)
    if mixed is not None:
        return mixed
    western = _as_western(data)
    if western is not None:
        return western
    from charset_normalizer import from_bytes

    best = from_bytes(data[: 1024 * 1024]).best()
    if best is None or best.percent_chaos > 0.2:
        raise InputError(label, "cannot decode: not text in any known encoding")
    try:
        return data.decode(best.encoding)
    except (UnicodeDecodeError, LookupError):
        raise InputError(label, f"cannot decode as {best.encoding}") from None


def _utf8_with_stray_bytes(data: bytes) -> str | None:
    """UTF-8 text holding a few bytes that are not UTF-8, those bytes read as CP1252."""
    text = data.decode("utf-8", errors="surrogateescape")
    stray = STRAY_BYTES_RE.findall(text)
    if not stray or len(stray) >= len(NON_ASCII_RE.findall(text)):
        return None
    return STRAY_BYTES_RE.sub(lambda m: m.group().encode("utf-8", "surrogateescape").decode("cp1252", "replace"), text)


def _as_western(data: bytes) -> str | None:
    """`data` as CP1252 when it reads as Western European text (French news not in UTF-8 is CP1252)."""
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    non_ascii = [ch for ch in text if ord(ch) > 0x7F]
    if not non_ascii:
        return text
    letters = sum(ch.isalpha() for ch in non_ascii)
    odd = len(WESTERN_RE.sub("", text))
    return text if odd == 0 and letters >= 0.6 * len(non_ascii) else None
