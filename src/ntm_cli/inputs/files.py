"""Files -> models: every YAML or validation problem becomes a located InputError."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol, TypeVar, get_args

from pydantic import BaseModel, ValidationError

from ntm_cli.inputs.yaml_text import YamlSource, parse_yaml, read_text
from ntm_cli.model.errors import InputError, InputErrors, Location, Said, pydantic_message, said
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

    def place(self) -> str:
        """Where the record's `commune:` is, as a token for resolve_place()."""
        # Finding the line parses the file again: a batch does it only for the rare commune
        # it must name (a duplicate), not for all 3,321 (it once doubled a batch's parse time).
        return f"{self.path}{_DEFERRED}{json.dumps(list(self.prefix))}"


_DEFERRED = "\x00"  # splits a deferred place: no path holds a NUL


def resolve_place(place: str) -> str:
    """`file:line:col` of a place token from YamlOrigin.place (other places are returned as is)."""
    path, deferred, prefix = place.partition(_DEFERRED)
    if not deferred:
        return place
    try:
        source = YamlSource(read_text(path))
        return str(source.locate(path, (*json.loads(prefix), "commune")))
    except (InputError, ValueError):  # the file changed or went since it was scored
        return path


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


def _describe(root: type[BaseModel], error: Any, loc: Loc) -> Said:
    kind = error["type"]
    field = repr(str(loc[-1])) if loc else "''"
    if kind == "extra_forbidden":
        owner = _model_at(root, loc)
        if owner is None:
            return said("pydantic.unknown_key", key=field)
        allowed = ", ".join(owner.model_fields)
        return said("pydantic.unknown_key_expected", key=field, allowed=allowed)
    if kind == "missing":
        return said("pydantic.missing", key=field)
    if error.get("input", "") is None and kind != "value_error":
        message = said("pydantic.empty")
    else:
        message = pydantic_message(error)
        if kind in _TYPE_HINTS:
            message = said("pydantic.with_hint", problem=message, hint=said(_TYPE_HINTS[kind]))
    path = ".".join(str(p) for p in loc)
    return said("pydantic.at", path=path, problem=message) if path else message


# How to fix pydantic's type complaints, which on their own only say what was expected.
_TYPE_HINTS = {
    "string_type": "pydantic.hint_text",
    "int_type": "pydantic.hint_whole",
    "int_parsing": "pydantic.hint_whole",
    "int_from_float": "pydantic.hint_whole",
    "bool_type": "pydantic.hint_bool",
    "bool_parsing": "pydantic.hint_bool",
    "float_type": "pydantic.hint_number",
    "float_parsing": "pydantic.hint_number",
    "dict_type": "pydantic.hint_mapping",
    "list_type": "pydantic.hint_list",
    "model_type": "pydantic.hint_mapping",
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
        raise InputError(Location(shown), said("file.empty"))
    return data, text


def load_criteria_set(path: Path) -> CriteriaSet:
    """Load and validate one criteria-set YAML file."""
    data, text = load_yaml_file(path)
    origin = YamlOrigin(str(path), YamlSource(text))
    if not isinstance(data, dict):
        raise InputError(origin.locate(()), said("set.not_a_mapping"))
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
        limit = MAX_COMMUNES_PER_FILE
        raise InputError(Location(shown), said("file.too_many_communes", count=count, limit=limit))
    if isinstance(data, dict) and "communes" in data:
        shared = {k: v for k, v in data.items() if k != "communes"}
        items = data["communes"]
        if not isinstance(items, list):
            raise InputError(Location(shown), said("file.communes_not_a_list"))
        return [
            (("communes", i), {**shared, **item} if isinstance(item, dict) else item)
            for i, item in enumerate(items)
        ]
    if isinstance(data, list):
        return [((i,), item) for i, item in enumerate(data)]
    return [((), data)]


def _other_kind(record: dict[str, Any]) -> Said | None:
    """A one-line hint when a file handed over as commune data is another kind of file."""
    if "decision" in record and ("criteria" in record or "extends" in record):
        return said("file.is_a_set")
    if "commune_files" in record or ("district" in record and "commune" not in record):
        return said("file.is_a_district")
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
            problems.append(InputError(origin.locate(()), said("file.not_a_commune")))
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
        problems.append(InputError(Location(shown), said("file.no_communes")))
    return loaded, problems


def load_commune_file(path: str | Path) -> list[LoadedCommune]:
    """Load every commune in a YAML file; all problems of the file are raised together."""
    data, text = load_yaml_file(path)
    loaded, problems = validate_communes(data, text, str(path))
    if problems:
        raise InputErrors(problems)
    return loaded
