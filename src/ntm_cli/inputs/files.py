"""Files -> models: every YAML or validation problem becomes a located InputError."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol, TypeVar, get_args

from pydantic import BaseModel, ValidationError

from ntm_cli.inputs.yaml_text import YamlSource, parse_yaml, read_text
from ntm_cli.model.errors import InputError, InputErrors, Location
from ntm_cli.model.sets import Commune, CriteriaSet

M = TypeVar("M", bound=BaseModel)
Loc = tuple[int | str, ...]


class Origin(Protocol):
    """Where a commune's data came from, able to point at any of its values."""

    @property
    def path(self) -> str:
        """The file, as shown in messages."""
        ...

    def locate(self, loc: Sequence[int | str], *, at_key: bool = False) -> Location:
        """Location of the value (or key) at loc, relative to the commune record."""
        ...


@dataclass(frozen=True)
class YamlOrigin:
    """A record inside a YAML file, at `prefix` within the document."""

    path: str
    source: YamlSource
    prefix: Loc = ()

    @property
    def text(self) -> str:
        """The file's text."""
        return self.source.text

    def at(self, prefix: Loc) -> YamlOrigin:
        """The record at `prefix` of the same file (sharing its parsed text)."""
        return YamlOrigin(self.path, self.source, prefix)

    def locate(self, loc: Sequence[int | str], *, at_key: bool = False) -> Location:
        """Location of the value (or key) at loc within this record."""
        return self.source.locate(self.path, (*self.prefix, *loc), at_key=at_key)


@dataclass(frozen=True)
class LoadedCommune:
    """A validated commune and where it came from (for located follow-up errors)."""

    commune: Commune
    origin: Origin


def _nested_models(annotation: Any) -> list[type[BaseModel]]:
    found: list[type[BaseModel]] = []
    stack = [annotation]
    while stack:
        current = stack.pop()
        if isinstance(current, type) and issubclass(current, BaseModel):
            found.append(current)
        else:
            stack.extend(get_args(current))
    return found


def _model_at(root: type[BaseModel], loc: Sequence[int | str]) -> type[BaseModel] | None:
    """The model class that owns the last element of loc (for listing allowed keys)."""
    model: type[BaseModel] | None = root
    for part in loc[:-1]:
        if model is None:
            return None
        if isinstance(part, str) and part in model.model_fields:
            nested = _nested_models(model.model_fields[part].annotation)
            model = nested[0] if len(nested) == 1 else None
    return model


def _describe(root: type[BaseModel], error: Any, loc: Loc) -> str:
    kind = error["type"]
    field = str(loc[-1]) if loc else ""
    if kind == "extra_forbidden":
        owner = _model_at(root, loc)
        allowed = ", ".join(owner.model_fields) if owner else ""
        hint = f"; expected one of: {allowed}" if allowed else ""
        return f"unknown key {field!r}{hint}"
    if kind == "missing":
        return f"missing required key {field!r}"
    message = str(error["msg"]).removeprefix("Value error, ")
    if error.get("input", "") is None and kind != "value_error":
        message = "empty value; fill it in (or delete the line if the key is optional)"
    elif kind in _TYPE_HINTS:
        message += f"; {_TYPE_HINTS[kind]}"
    path = ".".join(str(p) for p in loc)
    return f"{path}: {message}" if path else message


# How to fix pydantic's type complaints, which on their own only say what was expected.
_TYPE_HINTS = {
    "string_type": "write text (quote it if it looks like a number)",
    "int_type": "write a whole number, such as 2025",
    "int_parsing": "write a whole number, such as 2025",
    "int_from_float": "write a whole number, such as 2025",
    "bool_type": "write true or false",
    "bool_parsing": "write true or false",
    "float_type": "write a number, such as 87.5",
    "float_parsing": "write a number, such as 87.5",
    "dict_type": "write `key: value` lines indented under this key",
    "list_type": "write a list (`- item` lines or [a, b])",
    "model_type": "write `key: value` lines indented under this key",
}


# pydantic names union members in error locations: "float", "Count", "literal['na']"...
_TYPE_TAG = re.compile(r"^(float|int|bool|str|[A-Z]\w*|\w+\[.*\])$")


def _clean_loc(data: Any, loc: Sequence[int | str]) -> Loc:
    """Drop pydantic's union-member markers so loc only names real keys and indexes."""
    kept: list[int | str] = []
    node = data
    for part in loc:
        if isinstance(part, str) and _TYPE_TAG.match(part):
            continue
        if isinstance(node, dict):
            kept.append(part)  # a missing or extra key is still worth naming
            if part not in node:
                break
            node = node[part]
        elif isinstance(node, list) and isinstance(part, int) and part < len(node):
            kept.append(part)
            node = node[part]
        else:
            break
    return tuple(kept)


def validate(model: type[M], data: Any, origin: Origin) -> M:
    """Validate data against model; raise InputErrors listing every problem with its place."""
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        problems = []
        for error in exc.errors():
            loc = _clean_loc(data, error["loc"])
            at_key = error["type"] in ("extra_forbidden",)
            where = origin.locate(loc if error["type"] != "missing" else loc[:-1], at_key=at_key)
            problems.append(InputError(where, _describe(model, error, loc)))
        problems.sort(key=lambda e: (e.location.line, e.location.column))
        raise InputErrors(problems) from None


def load_yaml_file(path: str | Path) -> tuple[Any, str]:
    """Read and parse a YAML file; return (data, text). Empty files are an error."""
    shown = str(path)
    text = read_text(path)
    data = parse_yaml(text, shown)
    if data is None:
        raise InputError(
            Location(shown),
            "file is empty (or only comments); `ntm template` writes a starting point",
        )
    return data, text


def load_criteria_set(path: Path) -> CriteriaSet:
    """Load and validate one criteria-set YAML file."""
    data, text = load_yaml_file(path)
    origin = YamlOrigin(str(path), YamlSource(text))
    if not isinstance(data, dict):
        raise InputError(origin.locate(()), "a criteria set is a mapping with id, title, criteria")
    return validate(CriteriaSet, data, origin)


# One file is scored in one piece: this bounds what a worker holds (a 1 MB file of 45,000
# bare names once made 358 MB of JSON and an 860 MB process).
MAX_COMMUNES_PER_FILE = 10_000


def commune_records(data: Any, shown: str) -> list[tuple[Loc, dict[str, Any]]]:
    """Split a parsed commune file into (location prefix, record) pairs.

    A file holds one commune (a mapping), a list of communes, or a mapping with a
    `communes:` list whose other keys (province, year, criteria_set...) are defaults.
    """
    items = data.get("communes") if isinstance(data, dict) else data
    count = len(items) if isinstance(items, list) else 0
    if count > MAX_COMMUNES_PER_FILE:
        raise InputError(
            Location(shown),
            f"{count:,} communes in one file (at most {MAX_COMMUNES_PER_FILE:,}: all of"
            " Vietnam is 3,321); split it into several files or give a sheet",
        )
    if isinstance(data, dict) and "communes" in data:
        shared = {k: v for k, v in data.items() if k != "communes"}
        items = data["communes"]
        if not isinstance(items, list):
            raise InputError(Location(shown), "`communes:` must be a list of communes")
        return [
            (("communes", i), {**shared, **item} if isinstance(item, dict) else item)
            for i, item in enumerate(items)
        ]
    if isinstance(data, list):
        return [((i,), item) for i, item in enumerate(data)]
    return [((), data)]


def _other_kind(record: dict[str, Any]) -> str | None:
    """A one-line hint when a file handed over as commune data is another kind of file."""
    if "decision" in record and ("criteria" in record or "extends" in record):
        return (
            "this is a criteria set, not commune data; pass its folder with --sets-dir"
            " (or check it with `ntm sets check FILE`)"
        )
    if "commune_files" in record or ("district" in record and "commune" not in record):
        return (
            "this is a district file, not commune data; score it with"
            " `ntm evaluate FILE --communes DIR`"
        )
    return None


def validate_communes(
    data: Any, text: str, shown: str
) -> tuple[list[LoadedCommune], list[InputError]]:
    """Validate every commune record of a parsed YAML file: the good ones and all problems."""
    loaded: list[LoadedCommune] = []
    problems: list[InputError] = []
    file = YamlOrigin(shown, YamlSource(text))  # one parse locates every error of the file
    for prefix, record in commune_records(data, shown):
        origin = file.at(prefix)
        if not isinstance(record, dict):
            problems.append(
                InputError(origin.locate(()), "expected a commune mapping (commune:, year:, ...)")
            )
            continue
        other = _other_kind(record)
        if other is not None:
            problems.append(InputError(origin.locate(()), other))
            continue
        try:
            loaded.append(LoadedCommune(validate(Commune, record, origin), origin))
        except InputErrors as exc:
            problems.extend(exc.errors)
    if not loaded and not problems:
        problems.append(InputError(Location(shown), "no communes in file"))
    return loaded, problems


def load_commune_file(path: str | Path) -> list[LoadedCommune]:
    """Load every commune in a YAML file; all problems of the file are raised together."""
    data, text = load_yaml_file(path)
    loaded, problems = validate_communes(data, text, str(path))
    if problems:
        raise InputErrors(problems)
    return loaded
