"""JSON Schema of the file formats, generated from the pydantic models."""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel

from ntm_cli.model.regions import REGION_CODES, REGION_NAMES
from ntm_cli.model.sets import Commune, CriteriaSet, District, Indicator, Province
from ntm_cli.report.messages import MESSAGES, message

if TYPE_CHECKING:
    from ntm_cli.report.template import Scope

SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"


def schema_dict(kind: str) -> dict[str, object]:
    """The JSON Schema (draft 2020-12) for 'commune', 'district', 'province', 'criteria-set'."""
    models: dict[str, type[BaseModel]] = {
        "commune": Commune,
        "district": District,
        "province": Province,
        "criteria-set": CriteriaSet,
    }
    schema = models[kind].model_json_schema(mode="validation")
    return {"$schema": SCHEMA_DIALECT, **schema}


def schema_text(kind: str) -> str:
    """The schema as indented JSON text, ending with a newline."""
    return json.dumps(schema_dict(kind), ensure_ascii=False, indent=2) + "\n"


# ------------------------------------------------------------- set-specific commune schema

# Numbers as offices type them: 87,5  87.5  87,5%  1.234,5 (ntm reads the exact spelling).
_NUMBER_TEXT = r"^\s*[0-9][0-9.,\s]*%?\s*$"
_FLAG_WORDS = ["đạt", "Đạt", "chưa đạt", "Chưa đạt", "không đạt", "Không đạt", "dat", "chua dat"]
_NA_WORDS = ["na", "NA", "n/a", "không áp dụng", "Không áp dụng"]
_STATUS_WORDS = [*_FLAG_WORDS, "cơ bản đạt", "Cơ bản đạt", "co ban dat"]
_GROUP_WORDS = [
    f"{prefix}{n}"
    for n in ("1", "2", "3", "I", "II", "III")
    for prefix in ("", "nhóm ", "Nhóm ", "nhom ", "Nhom ")
]
_EMPTY = {"type": "null"}  # a fresh template leaves values empty until they are filled in
# Keys of a commune that a `communes:` file may share; the rest belong to each commune.
_PER_COMMUNE = ("commune", "code", "notes", "indicators", "criteria", "other_sets", "formed_from")


def _count(lang: str) -> dict[str, object]:
    return {
        "type": "object",
        "title": message("schema.count", lang),
        "properties": {
            "achieved": {"type": "number", "minimum": 0},
            "total": {"type": "number", "exclusiveMinimum": 0},
        },
        "required": ["achieved", "total"],
        "additionalProperties": False,
    }


def _value_schema(indicator: Indicator, lang: str) -> dict[str, object]:
    """What an indicator's value may be, by its kind."""
    if indicator.kind in ("qualitative", "meets_set"):
        return {"anyOf": [{"type": "boolean"}, {"enum": _FLAG_WORDS + _NA_WORDS}, _EMPTY]}
    number: dict[str, object] = {"type": "number", "minimum": 0}
    if indicator.kind in ("percent", "share_meeting_set"):
        number["maximum"] = 100
    text = {"type": "string", "pattern": _NUMBER_TEXT}
    return {"anyOf": [number, text, _count(lang), {"enum": _NA_WORDS}, _EMPTY]}


def _indicator_property(
    indicator: Indicator, criteria_set: CriteriaSet, scope: Scope, lang: str
) -> dict[str, object]:
    from ntm_cli.report.template import requirement, unit_text

    return {
        "title": f"{indicator.id} {indicator.name.get(lang)}",
        "description": message(
            "schema.indicator",
            lang,
            unit=unit_text(indicator, lang),
            required=requirement(indicator, criteria_set, scope, lang),
            kind=message(f"schema.kind_{indicator.kind}", lang),
        ),
        **_value_schema(indicator, lang),
    }


def _open_criteria(criteria_set: CriteriaSet) -> list[str]:
    """Ids of criteria whose indicator list is not complete (offices may give others)."""
    return [c.id for c in criteria_set.criteria if not (c.indicators and c.indicators_complete)]


def _field(schema: dict[str, Any], name: str, lang: str) -> dict[str, Any]:
    """A commune field with its Vietnamese (or English) title and description, empty allowed."""
    key = f"schema.field_{name}"
    described = dict(schema)
    if key in MESSAGES:
        described["title"] = message(key, lang)
        described.pop("description", None)
    return {"title": described.pop("title", name), "anyOf": [described, _EMPTY]}


def commune_schema(criteria_set: CriteriaSet, year: int, lang: str) -> dict[str, object]:
    """The schema of a commune file for one set: its regions or groups, indicators, criteria.

    The three file shapes (one commune, a list, `communes:` with shared keys) are `oneOf`.
    Every value may be empty (null), as a fresh template leaves it; `ntm validate` says
    which are missing.
    """
    from ntm_cli.report.template import Scope

    base = Commune.model_json_schema(mode="validation")
    defs = base.get("$defs", {})
    scope = Scope(year=year)
    fields: dict[str, Any] = {}
    for name, schema in base["properties"].items():
        if name in ("indicators", "criteria"):
            continue
        fields[name] = _field(schema, name, lang)
    if criteria_set.scheme == "regions":
        codes = list(REGION_CODES)
        names = [n for vi, en in REGION_NAMES.values() for n in (vi, en)]
        fields["region"]["anyOf"] = [{"enum": codes + names}, _EMPTY]
        fields["region"]["description"] = message(
            "schema.region_values", lang, codes=", ".join(codes)
        )
    if criteria_set.scheme == "groups" and "group" in fields:
        fields["group"]["anyOf"] = [{"enum": [1, 2, 3, *_GROUP_WORDS]}, _EMPTY]
    fields["criteria_set"]["anyOf"] = [{"const": criteria_set.id}, {"type": "string"}, _EMPTY]
    # ["object", "null"] rather than anyOf: a wrong value is then reported at its own key.
    indicators: dict[str, object] = {
        "type": ["object", "null"],
        "title": message("schema.field_indicators", lang),
        "properties": {
            i.id: _indicator_property(i, criteria_set, scope, lang)
            for i in criteria_set.indicators().values()
        },
        "additionalProperties": False,
    }
    open_ids = _open_criteria(criteria_set)
    if open_ids:  # an office may give indicators of a criterion the set does not list
        pattern = "^(" + "|".join(re.escape(c) for c in open_ids) + r")\.[0-9A-Za-z._-]+$"
        indicators["patternProperties"] = {pattern: {"anyOf": [{}]}}
    status = {"anyOf": [{"type": "boolean"}, {"enum": _STATUS_WORDS}, _EMPTY]}
    criteria = {
        "type": ["object", "null"],
        "title": message("schema.field_criteria", lang),
        "properties": {
            c.id: {"title": f"{c.id}. {c.name.get(lang)}", **status} for c in criteria_set.criteria
        },
        "additionalProperties": False,
    }
    fields["indicators"] = indicators
    fields["criteria"] = criteria
    one = {
        "type": "object",
        "title": message("schema.shape_one", lang),
        "properties": fields,
        "required": ["commune"],
        "additionalProperties": False,
    }
    shared = {
        "type": "object",
        "title": message("schema.shape_shared", lang),
        "properties": {
            **{k: v for k, v in fields.items() if k not in _PER_COMMUNE},
            "communes": {"type": "array", "items": {"$ref": "#/$defs/commune"}},
        },
        "required": ["communes"],
        "additionalProperties": False,
    }
    return {
        "$schema": SCHEMA_DIALECT,
        "title": message(
            "schema.title", lang, set=criteria_set.id, name=criteria_set.title.get(lang)
        ),
        "description": message("schema.description", lang, year=year),
        # oneOf tells the three shapes apart; allOf's if/then checks the one that applies, so
        # an editor or validator reports each mistake at its own key, not "matches no shape".
        "oneOf": [
            {"type": "object", "required": ["commune"], "title": one["title"]},
            {"type": "array", "title": message("schema.shape_list", lang)},
            {"type": "object", "required": ["communes"], "title": shared["title"]},
        ],
        "allOf": [
            {"if": {"type": "array"}, "then": {"items": {"$ref": "#/$defs/commune"}}},
            {
                "if": {"type": "object", "required": ["communes"]},
                "then": {"$ref": "#/$defs/shared"},
            },
            {
                "if": {"type": "object", "not": {"required": ["communes"]}},
                "then": {"$ref": "#/$defs/commune"},
            },
        ],
        "$defs": {**defs, "commune": one, "shared": shared},
    }


def commune_schema_text(criteria_set: CriteriaSet, year: int, lang: str) -> str:
    """The set-specific commune schema as indented JSON text."""
    return json.dumps(commune_schema(criteria_set, year, lang), ensure_ascii=False, indent=2) + "\n"
