"""Read YAML safely and precisely: text decoding, strict scalars, duplicate keys, locations."""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import yaml

from ntm_cli.errors import InputError, Location

MAX_FILE_BYTES = 20 * 1024 * 1024  # far above any real commune or criteria file

_Base: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_Base):  # type: ignore[misc]
    """SafeLoader with YAML 1.2-like scalars: only true/false are booleans.

    YAML 1.1 reads `no`, `off` and `012` as False and 10; a commune officer writing
    `"9.1": no` (no makeshift houses) must not get a silent "không đạt".
    """


_Loader.yaml_implicit_resolvers = {}
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
    _Loader.add_implicit_resolver(_tag, re.compile(_pattern), list(_first))


def _construct_int(loader: Any, node: yaml.ScalarNode) -> int:
    return int(loader.construct_scalar(node))  # decimal only, "012" is 12


def _construct_mapping(loader: Any, node: yaml.MappingNode) -> dict[str, Any]:
    """Keys are the text as typed ("14.10" stays "14.10"); a repeated key is an error."""
    loader.flatten_mapping(node)
    result: dict[str, Any] = {}
    for key_node, value_node in node.value:
        if not isinstance(key_node, yaml.ScalarNode):
            raise yaml.constructor.ConstructorError(
                None, None, "a mapping key must be plain text", key_node.start_mark
            )
        key = str(key_node.value)
        if key in result:
            raise yaml.constructor.ConstructorError(
                None,
                None,
                f"duplicate key {key!r}: keep one of the two entries",
                key_node.start_mark,
            )
        result[key] = loader.construct_object(value_node, deep=True)
    return result


_Loader.add_constructor("tag:yaml.org,2002:int", _construct_int)
_Loader.add_constructor("tag:yaml.org,2002:map", _construct_mapping)


def read_text(path: Path) -> str:
    """Read a file as UTF-8 text, refusing binary, oversized and wrongly encoded files."""
    shown = str(path)
    if path.is_dir():
        raise InputError(Location(shown), "is a directory, not a file; name a file inside it")
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise InputError(
                Location(shown),
                f"file is too large ({size // (1024 * 1024)} MB > 20 MB); split it",
            )
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(Location(shown), f"cannot read file: {exc.strerror}") from None
    return decode_bytes(data, shown)


def decode_bytes(data: bytes, shown: str) -> str:
    """Decode UTF-8 (a UTF-8 BOM is accepted); anything else is a located error."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(
            Location(shown), "file is UTF-16 encoded; save it as UTF-8 (Excel: 'CSV UTF-8')"
        )
    if b"\x00" in data:
        raise InputError(Location(shown), "file is binary, not text; give a YAML or CSV file")
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
            f"byte 0x{data[exc.start]:02x} is not UTF-8; save the file as UTF-8",
        ) from None


def parse_yaml(text: str, shown: str) -> Any:
    """Parse one YAML document; syntax errors become located InputErrors."""
    try:
        return yaml.load(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problem = exc.problem or exc.context or "invalid YAML"
        where = Location(shown, mark.line + 1, mark.column + 1) if mark else Location(shown)
        constructing = isinstance(exc, yaml.constructor.ConstructorError)
        raise InputError(where, problem if constructing else f"YAML syntax: {problem}") from None
    except yaml.YAMLError as exc:
        raise InputError(Location(shown), f"YAML: {exc}") from None
    except RecursionError:
        raise InputError(Location(shown), "YAML is nested too deeply") from None


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


def locate(text: str, shown: str, loc: Sequence[int | str], *, at_key: bool = False) -> Location:
    """Line and column of the value at loc (or of its key, with at_key) in YAML text.

    This re-parses the text, so it is only used on the error path.
    """
    root = _compose(text)
    if root is None:
        return Location(shown)
    node, key = _walk(root, loc)
    mark = (key if at_key and key is not None else node).start_mark
    return Location(shown, mark.line + 1, mark.column + 1)
