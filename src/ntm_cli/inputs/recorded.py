"""Read a result ntm wrote as JSON (`ntm evaluate --verify`): its communes and records."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ntm_cli.model.errors import InputError, Location, Said, said


@dataclass(frozen=True, slots=True)
class RecordedCommune:
    """One commune object of a saved result and the record of the run that made it."""

    data: dict[str, Any]
    record: dict[str, Any]


@dataclass(frozen=True, slots=True)
class RecordedResult:
    """A saved evaluate or batch result: its commune objects and whether it is a batch."""

    path: str
    communes: tuple[RecordedCommune, ...]
    batch: bool
    record: dict[str, Any]  # the batch's record, or the first commune's


def _problem(path: str, text: Said) -> InputError:
    return InputError(Location(path), text)


def _check_record(path: str, record: object, where: Said) -> dict[str, Any]:
    keys = ("ntm_version", "run_at", "sets", "inputs")
    if not isinstance(record, dict) or not all(k in record for k in keys):
        raise _problem(path, said("verify.no_record", where=where))
    if not isinstance(record["sets"], dict) or not isinstance(record["inputs"], dict):
        raise _problem(path, said("verify.bad_record", where=where))
    return record


def _check_commune(path: str, data: object, index: int) -> dict[str, Any]:
    if not isinstance(data, dict) or not isinstance(data.get("criteria"), list):
        plan = isinstance(data, dict) and "priorities" in data
        key = "verify.plan_result" if plan else "verify.no_figures"
        raise _problem(path, said(key, n=index + 1))
    if data.get("level") == "huyen":
        raise _problem(path, said("verify.district"))
    return data


def read_recorded(path: Path) -> RecordedResult:
    """The communes and run records of a saved JSON result (InputError when it is not one)."""
    shown = str(path)
    try:
        with open(path, "rb") as handle:
            document = json.load(handle)
    except json.JSONDecodeError as exc:
        where = Location(shown, exc.lineno, exc.colno)
        raise InputError(where, said("verify.not_json", reason=exc.msg)) from None
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise _problem(shown, said("verify.unreadable", reason=reason)) from None
    if (
        isinstance(document, dict)
        and isinstance(document.get("communes"), list)
        and ("summary" in document)
    ):
        record = _check_record(shown, document.get("record"), said("verify.batch_result"))
        communes = tuple(
            RecordedCommune(_check_commune(shown, c, i), record)
            for i, c in enumerate(document["communes"])
        )
        return RecordedResult(shown, communes, True, record)
    objects = document if isinstance(document, list) else [document]
    found = []
    for index, data in enumerate(objects):
        commune = _check_commune(shown, data, index)
        object_no = said("verify.commune_object", n=index + 1)
        found.append(
            RecordedCommune(commune, _check_record(shown, commune.get("record"), object_no))
        )
    if not found:
        raise _problem(shown, said("verify.empty"))
    return RecordedResult(shown, tuple(found), False, found[0].record)
