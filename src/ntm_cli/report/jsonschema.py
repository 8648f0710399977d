"""JSON Schema of the file formats, generated from the pydantic models."""

from __future__ import annotations

import json

from pydantic import BaseModel

from ntm_cli.model.sets import Commune, CriteriaSet, District, Province

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
