"""Read YAML safely and precisely: text decoding, strict scalars, duplicate keys, locations."""

from __future__ import annotations

import errno
import os
import re
import stat
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import yaml

from ntm_cli.model.errors import InputError, Location, Said, said

MAX_FILE_BYTES = 20 * 1024 * 1024  # far above any real commune or criteria file

_Base: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

# Guards against hostile YAML. libyaml's composer recurses in C: a file of 30,000 "["
# crashes the interpreter. Text that could nest deeply is first scanned event by event
# (libyaml's parser itself does not recurse) and refused beyond MAX_DEPTH levels. Aliases
# are allowed (criteria sets may reuse a source text) but may not expand the document by
# more than MAX_ALIAS_NODES nodes: a "billion laughs" file is refused before anything is
# constructed.
MAX_DEPTH = 100  # commune files use 4 levels, criteria sets 7
MAX_ALIAS_NODES = 10_000
MAX_ALIAS_CHARS = 1_000_000  # text repeated by aliases, beyond the text written once
# Each nesting level needs a "[", "{", "-" or "?" or more indentation. Below these counts a
# document nests at most about a thousand levels, which libyaml handles safely (it crashes
# near 30,000), so only text above them pays for the depth scan.


class _Loader(_Base):  # type: ignore[misc]
    """SafeLoader with YAML 1.2-like scalars: only true/false are booleans.

    YAML 1.1 reads `no`, `off` and `012` as False and 10; a commune officer writing
    `"9.1": no` (no makeshift houses) must not get a silent "không đạt".
    """


class _GuardedLoader(_Base):  # type: ignore[misc]
    """The same rules, plus a bound on alias expansion (for text that uses anchors)."""

    def get_single_data(self) -> Any:
        """Compose the document, refuse alias bombs, then construct it."""
        node = self.get_single_node()
        if node is None:
            return None
        _check_alias_expansion(node)
        return self.construct_document(node)


class _Refused(yaml.constructor.ConstructorError):
    """A value the guards refuse, with the catalogue message that says why."""

    def __init__(self, message: Said, mark: yaml.Mark) -> None:
        super().__init__(None, None, str(message), mark)
        self.said = message


def _check_alias_expansion(root: yaml.Node) -> None:
    """Raise a located error when aliases would expand the document too much (or forever).

    Both the number of values and the text they repeat are bounded: a 1 MB name used
    300 times is as much of a bomb as a billion nested lists.
    """
    sizes: dict[int, tuple[int, int]] = {}  # node -> (values, characters) once expanded
    distinct = distinct_chars = 0
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    active: set[int] = set()
    while stack:
        node, done = stack.pop()
        key = id(node)
        if done:
            children = [sizes[id(c)] for c in _children(node)]
            own = len(node.value) if isinstance(node, yaml.ScalarNode) else 0
            sizes[key] = (1 + sum(n for n, _ in children), own + sum(c for _, c in children))
            active.discard(key)
            values, chars = sizes[key]
            if values - distinct > MAX_ALIAS_NODES or chars - distinct_chars > MAX_ALIAS_CHARS:
                limit = said("yaml.alias_bomb", values=MAX_ALIAS_NODES, chars=MAX_ALIAS_CHARS)
                raise _Refused(limit, node.start_mark)
            continue
        if key in sizes:
            continue
        if key in active:
            raise _Refused(said("yaml.alias_loop"), node.start_mark)
        active.add(key)
        distinct += 1
        if isinstance(node, yaml.ScalarNode):
            distinct_chars += len(node.value)
        stack.append((node, True))
        stack.extend((c, False) for c in _children(node) if id(c) not in sizes)


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    if isinstance(node, yaml.MappingNode):
        return [part for pair in node.value for part in pair]
    return []


_LOADERS: tuple[Any, ...] = (_Loader, _GuardedLoader)
for _cls in _LOADERS:
    _cls.yaml_implicit_resolvers = {}
for _tag, _pattern, _first in (
    ("tag:yaml.org,2002:bool", r"^(?:true|True|TRUE|false|False|FALSE)$", "tTfF"),
    ("tag:yaml.org,2002:int", r"^[-+]?[0-9]+$", "-+0123456789"),
    (
        "tag:yaml.org,2002:float",
        r"^[-+]?(?:[0-9]+\.[0-9]*|\.[0-9]+)(?:[eE][-+]?[0-9]+)?$",
        "-+0123456789.",
    ),
    ("tag:yaml.org,2002:null", r"^(?:~|null|Null|NULL|)$", ["~", "n", "N", ""]),
):
    for _cls in _LOADERS:
        _cls.add_implicit_resolver(_tag, re.compile(_pattern), list(_first))


MAX_INT_DIGITS = 100  # far beyond any count; int() refuses 4,300+ digits with a ValueError


def _construct_int(loader: Any, node: yaml.ScalarNode) -> int:
    text = loader.construct_scalar(node)
    digits = len(text.lstrip("+-"))
    if digits > MAX_INT_DIGITS:
        raise _Refused(said("yaml.long_number", digits=digits), node.start_mark)
    return int(text)  # decimal only, "012" is 12


def _construct_mapping(loader: Any, node: yaml.MappingNode) -> dict[str, Any]:
    """Keys are the text as typed ("14.10" stays "14.10"); a repeated key is an error."""
    loader.flatten_mapping(node)
    result: dict[str, Any] = {}
    for key_node, value_node in node.value:
        if not isinstance(key_node, yaml.ScalarNode):
            raise _Refused(said("yaml.key_not_text"), key_node.start_mark)
        key = str(key_node.value)
        if key in result:
            raise _Refused(said("yaml.duplicate_key", key=repr(key)), key_node.start_mark)
        result[key] = loader.construct_object(value_node, deep=True)
    return result


for _cls in _LOADERS:
    _cls.add_constructor("tag:yaml.org,2002:int", _construct_int)
    _cls.add_constructor("tag:yaml.org,2002:map", _construct_mapping)


def read_text(path: str | Path) -> str:
    """Read a file as UTF-8 text, refusing binary, oversized and wrongly encoded files."""
    shown = str(path)
    try:
        # os.open/fstat/read: a batch reads thousands of files, and the io module's file
        # objects and extra system calls cost 40% more per file (6 µs of 16).
        fd = os.open(shown, _READ_FLAGS)
        try:
            info = os.fstat(fd)
            if stat.S_ISDIR(info.st_mode):
                raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), shown)
            if info.st_size > MAX_FILE_BYTES:
                raise _too_large(shown, info.st_size)
            data = _read_all(fd, info.st_size, shown)
        finally:
            os.close(fd)
    except IsADirectoryError:
        raise InputError(Location(shown), said("file.is_directory")) from None
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise InputError(Location(shown), said("file.unreadable", reason=reason)) from None
    return decode_bytes(data, shown)


_READ_FLAGS = os.O_RDONLY | getattr(os, "O_BINARY", 0)  # Windows: no newline translation


def _read_all(fd: int, size: int, shown: str) -> bytes:
    """Everything up to the end of the file (which may have grown since fstat)."""
    parts: list[bytes] = []
    total = 0
    while chunk := os.read(fd, max(size + 1 - total, 1 << 16)):
        parts.append(chunk)
        total += len(chunk)
        if total > MAX_FILE_BYTES:
            raise _too_large(shown, total)
    return b"".join(parts)


def _too_large(shown: str, size: int) -> InputError:
    limit = _megabytes(MAX_FILE_BYTES)
    return InputError(Location(shown), said("file.too_large", size=_megabytes(size), limit=limit))


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB".replace(".0 MB", " MB")


def _looks_like_utf16(data: bytes) -> bool:
    """Text of mostly ASCII letters in UTF-16: every other byte is NUL, the rest are not."""
    sample = data[:4096]
    even, odd = sample[0::2], sample[1::2]
    for zeros, others in ((odd, even), (even, odd)):  # little-endian, then big-endian
        if zeros and zeros.count(0) >= 0.7 * len(zeros) and others.count(0) == 0:
            return True
    return False


def decode_bytes(data: bytes, shown: str) -> str:
    """Decode UTF-8 (a UTF-8 BOM is accepted); anything else is a located error."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(Location(shown), said("file.utf16"))
    if b"\x00" in data:
        if _looks_like_utf16(data):  # Excel's "Unicode text" has no BOM in some versions
            raise InputError(Location(shown), said("file.utf16_no_bom"))
        raise InputError(Location(shown), said("file.binary"))
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        before = data[: exc.start]
        line = before.count(b"\n") + 1
        column = exc.start - (before.rfind(b"\n") + 1) + 1
        raise InputError(
            Location(shown, line, column),
            said("file.not_utf8", byte=f"0x{data[exc.start]:02x}"),
        ) from None


# libyaml's and PyYAML's commonest complaints (matched on their wording), each with a
# catalogue key that says it in the user's language and how to fix it.
_KNOWN: tuple[tuple[str, str], ...] = (
    ("mapping values are not allowed", "yaml.mapping_values"),
    ("could not find expected ':'", "yaml.no_colon"),
    ("did not find expected key", "yaml.no_key"),
    ("did not find expected '-'", "yaml.no_dash"),
    ("found another document", "yaml.two_documents"),
    ("end of stream", "yaml.unclosed"),
    ("did not find expected ','", "yaml.unclosed_bracket"),
    ("found undefined alias", "yaml.undefined_alias"),
)


def _syntax_message(exc: yaml.MarkedYAMLError, text: str) -> Said:
    """One line: what libyaml found, plus how to fix it."""
    if isinstance(exc, _Refused):
        return exc.said  # our own guards already say how to fix it
    problem = (exc.problem or exc.context or "invalid YAML").strip().removeprefix("but ")
    mark = exc.problem_mark or exc.context_mark
    if mark is not None and 0 <= mark.index < len(text) and text[mark.index] == "\t":
        return said("yaml.tab")
    if problem.startswith("could not determine a constructor for the tag"):
        tag = problem.rpartition(" ")[2].strip("'")
        return said("yaml.tag", tag=tag.replace("tag:yaml.org,2002:", "!!"))
    key = next((k for pattern, k in _KNOWN if pattern in problem), None)
    if key is None:
        return said("yaml.syntax", problem=problem)  # libyaml's own words
    if key not in ("yaml.unclosed", "yaml.unclosed_bracket"):
        return said(key)
    context = exc.context_mark
    if context is not None and mark is not None and context.line != mark.line:
        opened = said("yaml.opened_at", line=context.line + 1, column=context.column + 1)
        return said(key, where=opened)
    return said(key, where="")


# A line whose prefix of indentation and "- "/"? "/": " marks is longer than MAX_DEPTH.
_DEEP_PREFIX = re.compile(rf"^[ \t?:-]{{{MAX_DEPTH + 1}}}", re.MULTILINE)
_BRACKETS = re.compile(r"[\[\]{}]")
_MANY_OPENERS = 20_000  # beyond this, quoted "]" could hide real depth from the quick count


def _may_nest_deeply(text: str) -> bool:
    """Cheap test: False guarantees the document cannot nest deeper than MAX_DEPTH.

    Block nesting needs indentation or "- "/"? " prefixes, so the widest line prefix bounds
    it; flow nesting is bounded by a bracket count (clamped at zero, so stray closers in
    block text cannot hide openers; quoted closers could, hence the opener cap). Large
    ordinary files then skip the slow event-by-event depth check.
    """
    if _DEEP_PREFIX.search(text):  # one search in C, not a list of every line's prefix
        return True
    openers = text.count("[") + text.count("{")
    if openers == 0:
        return False
    if openers > _MANY_OPENERS:
        return True
    depth = deepest = 0
    for bracket in _BRACKETS.findall(text):
        depth = depth + 1 if bracket in "[{" else max(depth - 1, 0)
        deepest = max(deepest, depth)
    return deepest > MAX_DEPTH // 2


def _check_depth(text: str, shown: str) -> None:
    """Refuse a document nested more than MAX_DEPTH levels, at the first level too deep."""
    depth = 0
    try:
        for event in yaml.parse(text, Loader=_Loader):
            if isinstance(event, yaml.SequenceStartEvent | yaml.MappingStartEvent):
                depth += 1
                if depth > MAX_DEPTH:
                    mark = event.start_mark
                    where = Location(shown, mark.line + 1, mark.column + 1) if mark else None
                    raise InputError(where or Location(shown), _too_deep())
            elif isinstance(event, yaml.SequenceEndEvent | yaml.MappingEndEvent):
                depth -= 1
    except yaml.MarkedYAMLError as exc:
        # Newer libyaml builds (PyYAML 6.0.3+) stop at their own nesting limit while the
        # scanner looks ahead, before the parser has emitted the events we count. The text
        # up to that point holds every level below it, so count again there.
        mark = exc.problem_mark
        if mark is not None and "nesting depth" in str(exc.problem) and mark.index > 0:
            _check_depth(text[: mark.index], shown)
            raise InputError(Location(shown, mark.line + 1, mark.column + 1), _too_deep()) from None
    except yaml.YAMLError:
        pass  # parsing again reports it, at the same place, before any deeper level


# An anchor (`&name`) starts a token, so its "&" never follows a letter or digit and is
# followed by the name's letters, digits, "_" or "-". "Q&A", "R & D" and a URL's "?a=1&b=2"
# are then no anchor: a set citing such pages is parsed without the expansion check,
# which doubled the parse of a 50 KB set (4 -> 8 ms).
_ANCHOR = re.compile(r"(?<!\w)&[\w-]")


def may_hold_anchors(text: str) -> bool:
    """False guarantees the text has no anchor, hence no alias that could expand."""
    return _ANCHOR.search(text) is not None


def parse_yaml(text: str, shown: str) -> Any:
    """Parse one YAML document with libyaml and the guards; errors become located InputErrors."""
    if _may_nest_deeply(text):
        _check_depth(text, shown)
    loader = _GuardedLoader if may_hold_anchors(text) else _Loader
    try:
        return yaml.load(text, Loader=loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = Location(shown, mark.line + 1, mark.column + 1) if mark else Location(shown)
        raise InputError(where, _syntax_message(exc, text)) from None
    except yaml.reader.ReaderError as exc:
        before = text[: exc.position]
        where = Location(shown, before.count("\n") + 1, exc.position - before.rfind("\n"))
        character = f"U+{exc.character:04X}"
        raise InputError(where, said("yaml.bad_character", character=character)) from None
    except yaml.YAMLError as exc:
        problem = " ".join(str(exc).split())
        raise InputError(Location(shown), said("yaml.syntax", problem=problem)) from None
    except RecursionError:
        raise InputError(Location(shown), _too_deep()) from None


def _too_deep() -> Said:
    return said("yaml.too_deep", depth=MAX_DEPTH)


def _compose(text: str) -> yaml.Node | None:
    try:
        return yaml.compose(text, Loader=_Loader)
    except yaml.YAMLError:
        return None


def _walk(node: yaml.Node, loc: Sequence[int | str]) -> tuple[yaml.Node, yaml.Node | None]:
    """Follow loc as far as it goes; return the node reached and the key node of the last step."""
    key: yaml.Node | None = None
    for part in loc:
        if isinstance(node, yaml.MappingNode):
            match = next((kv for kv in node.value if str(kv[0].value) == str(part)), None)
            if match is None:
                return node, None
            key, node = match
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int):
            if part >= len(node.value):
                return node, None
            key, node = None, node.value[part]
        else:
            return node, None
    return node, key


class YamlSource:
    """A YAML file's text, composed into nodes once, when the first error is located.

    Every commune of a file shares one: locating 2,000 errors costs one parse, not 2,000.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self._root: yaml.Node | None = None
        self._composed = False

    def locate(self, shown: str, loc: Sequence[int | str], *, at_key: bool = False) -> Location:
        """Line and column of the value at loc (or of its key, with at_key)."""
        if not self._composed:
            self._root, self._composed = _compose(self.text), True
        if self._root is None:
            return Location(shown)
        node, key = _walk(self._root, loc)
        mark = (key if at_key and key is not None else node).start_mark
        return Location(shown, mark.line + 1, mark.column + 1)


def locate(text: str, shown: str, loc: Sequence[int | str], *, at_key: bool = False) -> Location:
    """Line and column of the value at loc (or of its key, with at_key) in YAML text.

    This parses the text again: for many errors in one file, keep one YamlSource.
    """
    return YamlSource(text).locate(shown, loc, at_key=at_key)
