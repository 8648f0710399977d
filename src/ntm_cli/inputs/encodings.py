"""CSV text as Excel writes it on Vietnamese Windows: UTF-8, UTF-16 or Windows-1258."""

from __future__ import annotations

import unicodedata

from ntm_cli.inputs.yaml_text import decode_bytes
from ntm_cli.model.errors import InputError, Location, said

# Diacritics of Vietnamese letters: circumflex, breve, horn and the five tone marks.
_VIET_MARKS = {"\u0302", "\u0306", "\u031b", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
_VOWELS = set("aeiouyAEIOUY")
# Other characters an office's sheet holds beside letters (Windows-1258 has them all).
_PUNCTUATION = set("–—‘’“”…•°€\u00a0")


def decode_csv(data: bytes, shown: str) -> str:
    """Decode a CSV file: UTF-8, UTF-16 (Excel's "Unicode text") or Windows-1258 (Excel's CSV).

    Windows-1258 is taken only when every byte decodes to Vietnamese text; otherwise the
    file is refused with the steps to save it as "CSV UTF-8" from Excel.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _utf16(data, shown, "utf-16")
    if b"\x00" in data[:4096] and not data.startswith(b"\xef\xbb\xbf"):
        even, odd = data[0:4096:2].count(0), data[1:4096:2].count(0)
        if odd > even * 4:  # ASCII letters of UTF-16 little-endian: "c\0o\0m\0"
            return _utf16(data, shown, "utf-16-le")
        if even > odd * 4:
            return _utf16(data, shown, "utf-16-be")
    try:
        return decode_bytes(data, shown)
    except InputError:
        if b"\x00" in data:
            raise  # binary, not text: decode_bytes says so
        return _windows_1258(data, shown)


def _utf16(data: bytes, shown: str, codec: str) -> str:
    try:
        text = data.decode(codec)
    except UnicodeDecodeError:
        raise InputError(Location(shown), said("sheets.bad_utf16")) from None
    return text.removeprefix("\ufeff")


def _windows_1258(data: bytes, shown: str) -> str:
    """The text of a Windows-1258 file, composed (NFC); an error where it is not Vietnamese."""
    try:
        text = data.decode("cp1258")
    except UnicodeDecodeError as exc:  # bytes the code page does not define
        raise InputError(
            _located(shown, data, exc.start), said("sheets.not_vietnamese", byte=data[exc.start])
        ) from None
    for index, char in enumerate(text):
        if char.isascii() or _vietnamese(char, text[index - 1] if index else ""):
            continue
        raise InputError(
            _located(shown, data, index), said("sheets.not_vietnamese", byte=data[index])
        )
    return unicodedata.normalize("NFC", text)


def _vietnamese(char: str, before: str) -> bool:
    """Whether a character of Windows-1258 text can be part of Vietnamese writing."""
    if char in _PUNCTUATION or char in "đĐ":
        return True
    if char in _VIET_MARKS:  # a separate tone mark (Windows-1258 writes ố as ô + U+0301)
        return _vowel(before)
    return _vowel(char)


def _vowel(char: str) -> bool:
    """A Vietnamese vowel: a e i o u y, bare or with Vietnamese diacritics (â ơ ư ạ ố...)."""
    decomposed = unicodedata.normalize("NFD", char)
    return decomposed[:1] in _VOWELS and all(mark in _VIET_MARKS for mark in decomposed[1:])


def _located(shown: str, data: bytes, index: int) -> Location:
    # Windows-1258 has one byte per character: index is also a byte offset.
    before = data[:index]
    return Location(shown, before.count(b"\n") + 1, index - (before.rfind(b"\n") + 1) + 1)
