"""A pure-Python reader for the plain YAML that commune files use; anything else goes to libyaml.

Commune files are block mappings of short scalars, written by `yaml.safe_dump` or by hand
from `ntm template`. For such text, a line-by-line reader is several times faster than
libyaml plus PyYAML's node construction. It must never give a different result, so it
accepts only a strict subset it fully understands and returns NOT_SIMPLE for everything
else (including every error: the libyaml path then reports it with its location).

Scalars are resolved like yamlio's loader: only true/false (three spellings) are booleans,
decimal integers, floats with a dot, ~/null/empty as None, everything else text; mapping keys
stay the text as typed.
"""

from __future__ import annotations

import re
from typing import Any, Final


class _NotSimple:
    """Type of NOT_SIMPLE (a distinct object: None is a valid parse result)."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "NOT_SIMPLE"


NOT_SIMPLE: Final = _NotSimple()

# Commune files nest 4 levels, criteria sets 7. Deeper text goes to libyaml and its guards
# (block levels and the levels of a one-line [...] or {...} are each bounded by this).
MAX_DEPTH = 20
_MAX_KEY = 200  # libyaml refuses keys over 1024 characters; stay far below
_MAX_NUMBER = 100  # int() refuses over 4300 digits (a ValueError, not a YAML error)


class _BailError(Exception):
    """Raised anywhere inside the reader: the text is outside the subset."""


# Characters libyaml refuses (controls, DEL, C1, surrogates, U+FFFE/FFFF), plus characters it
# treats specially that this reader does not handle: tab, NEL, LS, PS and BOM.
_OUTSIDE = re.compile(
    "[^\n\r\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff]"
)

# Building blocks of a line. A plain key uses conservative characters and ends without a
# space; quoted keys and values stay on one line and have no escapes.
_PLAIN_KEY = r"\w(?:[\w.\-/+() ]*[\w.\-/+()])?"
_SINGLE_QUOTED = r"'((?:[^']|'')*)'"
_DOUBLE_QUOTED = r'"([^"\\]*)"'
_KEY = re.compile(f"((?:({_PLAIN_KEY})|{_SINGLE_QUOTED}|{_DOUBLE_QUOTED})):(?: +|\\Z)")
_DECIMAL = r"[-+]?(?:[0-9]+\.[0-9]*|\.[0-9]+)(?:[eE][-+]?[0-9]+)?"
# Key texts already checked (such as `'1.1'`), mapped to the key they spell: a batch repeats
# the same few dozen keys in every file, so most lines need no regex. A key text means the
# same wherever it appears, so the memo can be shared; it is cleared when it grows large.
_KNOWN_KEYS: dict[str, str] = {}
_MAX_KNOWN_KEYS = 10_000
# Value texts after `key: ` already read, mapped to their (immutable) scalar: a batch sees
# "đạt" and the same percentages (87.5) again and again. Same rule: shared, cleared when large.
_KNOWN_VALUES: dict[str, Any] = {}
_MAX_KNOWN_VALUES = 50_000
_SCALAR_TYPES = frozenset({str, int, float, bool, type(None)})  # never a list or dict
_SINGLE = re.compile(_SINGLE_QUOTED)
_AFTER_VALUE = re.compile(r" *\Z| +#")  # what may follow a quoted or flow value on its line
_INT = re.compile(r"[-+]?[0-9]+")
_FLOAT = re.compile(_DECIMAL)
_NUMERIC_START = frozenset("-+0123456789.")
# Characters that cannot start a plain scalar (libyaml's indicators).
_INDICATORS = frozenset("-?:,[]{}#&*!|>'\"%@`")
# After a leading "-" these make a plain scalar such as -1, -0.5 or -abc.
_AFTER_MINUS = re.compile(r"-[\w.]")
_WORDS: Final[dict[str, Any]] = {
    "true": True,
    "True": True,
    "TRUE": True,
    "false": False,
    "False": False,
    "FALSE": False,
    "~": None,
    "null": None,
    "Null": None,
    "NULL": None,
}
_MISSING = object()
_EMPTY = object()  # "key:" with nothing after it on the line

# Inside [...] and {...}: a plain scalar may not contain any flow indicator, ":", "#", a
# quote or "?" (PyYAML's own scanner, used when libyaml is missing, ends a scalar at "?").
_FLOW_PLAIN = re.compile(r"""(?:[^ \-?:,\[\]{}#&*!|>'"%@`]|-[\w.])[^\[\]{},:#'"?]*""")

_DASH, _KEYED, _SCALAR = 0, 1, 2
_Entry = tuple[int, int, str, Any]  # (column, kind, key, value) of one node start on a line


def parse_simple(text: str) -> Any:
    """The YAML document in text, or NOT_SIMPLE if text is outside the simple subset."""
    try:
        return _parse(text)
    except _BailError:
        return NOT_SIMPLE


def _parse(text: str) -> Any:
    """The document in text; raises _BailError outside the subset."""
    if _OUTSIDE.search(text):
        raise _BailError
    if "\r" in text:
        text = text.replace("\r\n", "\n")  # Windows files: the same line breaks to libyaml
        if "\r" in text:
            raise _BailError  # an old Mac line break
    entries = _entries(text.split("\n"))
    if not entries:
        return None  # empty, or only comments: libyaml reads no document
    value, end = _node(entries, 0, -1, 1)
    if end != len(entries):
        raise _BailError  # something after the root node: an error for libyaml
    return value


def _entries(lines: list[str]) -> list[_Entry]:
    """One entry per node start: a "- " item, a `key:` or a lone value (comments dropped)."""
    entries: list[_Entry] = []
    add = entries.append
    keys = _KNOWN_KEYS
    known = _KNOWN_VALUES
    for line in lines:
        content = line.lstrip(" ")
        if not content or content[0] == "#":
            continue
        # The common line, `key: value` with a key already checked: no regex needed.
        head, colon, rest = content.partition(": ")
        key = keys.get(head) if colon else keys.get(content[:-1]) if content[-1] == ":" else None
        if key is None:
            _other_line(line, entries)  # new keys, "- " items, lone values, or a bail out
            continue
        rest = rest.lstrip(" ")
        if not rest:
            value = _EMPTY
        else:
            value = known.get(rest, _MISSING)
            if value is _MISSING:
                value = _value(rest)
                if value.__class__ in _SCALAR_TYPES:
                    if len(known) >= _MAX_KNOWN_VALUES:
                        known.clear()
                    known[rest] = value
        add((len(line) - len(content), _KEYED, key, value))
    return entries


def _other_line(line: str, entries: list[_Entry]) -> None:
    """Add the entries of a line the quick reading in _entries did not cover."""
    content = line.lstrip(" ")
    column = len(line) - len(content)
    if column == 0 and content.startswith(("---", "...")):
        raise _BailError  # a document start or end, or a plain scalar that looks like one
    if content[0] == "-" and (len(content) == 1 or content[1] == " "):
        column, content = _dashes(content, column, entries)
        if not content:
            return
    match = _KEY.match(content)
    if match is None:
        entries.append((column, _SCALAR, "", _value(content)))
        return
    token = match.group(1)
    if len(token) > _MAX_KEY:
        raise _BailError
    key = match.group(2)
    if key is None:
        single = match.group(3)
        key = single.replace("''", "'") if single is not None else match.group(4)
    if len(_KNOWN_KEYS) >= _MAX_KNOWN_KEYS:
        _KNOWN_KEYS.clear()
    _KNOWN_KEYS[token] = key
    rest = content[match.end() :]
    entries.append((column, _KEYED, key, _value(rest) if rest else _EMPTY))


def _dashes(content: str, column: int, entries: list[_Entry]) -> tuple[int, str]:
    """Add an entry per "- " at the line start; return the column and text after them."""
    while content[0] == "-" and (len(content) == 1 or content[1] == " "):
        entries.append((column, _DASH, "", None))
        rest = content[1:].lstrip(" ")
        if not rest or rest[0] == "#":
            return column, ""
        column += len(content) - len(rest)
        content = rest
    return column, content


def _value(text: str) -> Any:
    """The value written on one line (text starts with no space); _EMPTY for a comment."""
    first = text[0]
    if first in _INDICATORS and not (first == "-" and _AFTER_MINUS.match(text)):
        return _marked_value(text)
    if " " in text:
        cut = text.find(" #")
        if cut >= 0:
            text = text[:cut]
        text = text.rstrip(" ")
        if ": " in text:
            raise _BailError  # "a: b: c" is an error for libyaml
    if text[-1] == ":":
        raise _BailError  # so is "a: b:"
    return _resolve(text)


def _marked_value(text: str) -> Any:
    """A value starting with an indicator: a comment, a quoted scalar or a flow collection."""
    first = text[0]
    if first == "#":
        return _EMPTY
    if first == '"':
        end = text.find('"', 1)
        if end < 0 or "\\" in text[1:end]:
            raise _BailError  # escapes or a value going on over several lines
        _expect_line_end(text, end + 1)
        return text[1:end]
    if first == "'":
        match = _SINGLE.match(text)
        if match is None:
            raise _BailError
        _expect_line_end(text, match.end())
        return match.group(1).replace("''", "'")
    if first == "[" or first == "{":
        value, end = _flow(text, 0, 1)
        _expect_line_end(text, end)
        return value
    raise _BailError  # an anchor, alias, tag, block scalar, "- " or another indicator


def _expect_line_end(text: str, end: int) -> None:
    """After a quoted or flow value only spaces and a comment may follow."""
    if end < len(text) and _AFTER_VALUE.match(text, end) is None:
        raise _BailError


def _resolve(text: str) -> Any:
    """A plain scalar's value, as yamlio's resolvers and constructors build it."""
    word = _WORDS.get(text, _MISSING)
    if word is not _MISSING:
        return word
    if text[0] not in _NUMERIC_START:
        return text
    if len(text) > _MAX_NUMBER:
        raise _BailError
    if text.isascii():  # quick tests for the common 2023 and 87.5 before the regexes
        if text.isdigit():
            return int(text)
        if text.replace(".", "", 1).isdigit():
            return float(text)
    if _INT.fullmatch(text):
        return int(text)
    if _FLOAT.fullmatch(text):
        # SafeConstructor.construct_yaml_float applies the sign after float().
        sign = -1 if text[0] == "-" else 1
        return sign * float(text[1:] if text[0] in "+-" else text)
    return text


def _flow(text: str, pos: int, depth: int) -> tuple[Any, int]:
    """A [...] or {...} collection closed on the same line; return it and the end position."""
    if depth > MAX_DEPTH:
        raise _BailError
    closer = "]" if text[pos] == "[" else "}"
    result: Any = [] if closer == "]" else {}
    pos = _skip_spaces(text, pos + 1)
    if text.startswith(closer, pos):
        return result, pos + 1
    while True:
        if closer == "}":
            key, pos = _flow_scalar(text, pos, as_key=True)
            if not text.startswith(": ", pos) or key in result:
                raise _BailError
            pos = _skip_spaces(text, pos + 2)
        item, pos = _flow_node(text, pos, depth)
        if closer == "}":
            result[key] = item
        else:
            result.append(item)
        pos = _skip_spaces(text, pos)
        if text.startswith(closer, pos):
            return result, pos + 1
        if not text.startswith(",", pos):
            raise _BailError
        pos = _skip_spaces(text, pos + 1)
        if text.startswith(closer, pos):
            raise _BailError  # a trailing comma: leave it to libyaml


def _skip_spaces(text: str, pos: int) -> int:
    """The first position at or after pos that is not a space."""
    while pos < len(text) and text[pos] == " ":
        pos += 1
    return pos


def _flow_node(text: str, pos: int, depth: int) -> tuple[Any, int]:
    """One value inside a flow collection."""
    if pos < len(text) and text[pos] in "[{":
        return _flow(text, pos, depth + 1)
    return _flow_scalar(text, pos, as_key=False)


def _flow_scalar(text: str, pos: int, *, as_key: bool) -> tuple[Any, int]:
    """A quoted or plain scalar inside a flow collection (keys stay the text as typed)."""
    if pos >= len(text):
        raise _BailError
    first = text[pos]
    if first == '"':
        end = text.find('"', pos + 1)
        if end < 0 or "\\" in text[pos + 1 : end]:
            raise _BailError
        return text[pos + 1 : end], end + 1
    if first == "'":
        match = _SINGLE.match(text, pos)
        if match is None:
            raise _BailError
        return match.group(1).replace("''", "'"), match.end()
    match = _FLOW_PLAIN.match(text, pos)
    if match is None:
        raise _BailError
    end = match.end()
    if end < len(text) and text[end] not in ",]}:":
        raise _BailError  # "#", a quote or a bracket right after a plain scalar
    plain = match.group().rstrip(" ")
    return (plain if as_key else _resolve(plain)), end


def _node(entries: list[_Entry], i: int, parent: int, depth: int) -> tuple[Any, int]:
    """The node at entries[i] in a block at column parent; return it and the next index."""
    column, kind, _, value = entries[i]
    if kind == _KEYED:
        return _mapping(entries, i, column, depth)
    if kind == _DASH:
        return _sequence(entries, i, column, depth, indentless=False)
    i += 1
    if i < len(entries) and entries[i][0] > parent:
        raise _BailError  # a more indented line would continue the scalar (or be an error)
    return value, i


def _mapping(entries: list[_Entry], i: int, column: int, depth: int) -> tuple[Any, int]:
    """The block mapping whose keys are at column."""
    if depth > MAX_DEPTH:
        raise _BailError
    result: dict[str, Any] = {}
    count = len(entries)
    while i < count:
        at, kind, key, value = entries[i]
        if at != column or kind != _KEYED:
            break
        if key in result:
            raise _BailError  # libyaml's path reports the duplicate with its line
        i += 1
        deeper = i < count and entries[i][0] > column
        if value is _EMPTY:
            if deeper:
                value, i = _node(entries, i, column, depth + 1)
            elif i < count and entries[i][0] == column and entries[i][1] == _DASH:
                value, i = _sequence(entries, i, column, depth + 1, indentless=True)
            else:
                value = None
        elif deeper:
            raise _BailError  # a value going on over several lines (or an error)
        result[key] = value
    if i < count and entries[i][0] >= column:
        raise _BailError  # a "- " item or a lone value among the keys, or a stray indent
    return result, i


def _sequence(
    entries: list[_Entry], i: int, column: int, depth: int, *, indentless: bool
) -> tuple[Any, int]:
    """The block sequence whose "- " marks are at column (indentless: under a key, same column)."""
    if depth > MAX_DEPTH:
        raise _BailError
    result: list[Any] = []
    count = len(entries)
    while i < count:
        at, kind, _, _ = entries[i]
        if at != column or kind != _DASH:
            break
        i += 1
        if i < count and entries[i][0] > column:
            item, i = _node(entries, i, column, depth + 1)
        else:
            item = None
        result.append(item)
    if i < count:
        at, kind, _, _ = entries[i]
        if at > column or (at == column and not (indentless and kind == _KEYED)):
            raise _BailError
    return result, i
