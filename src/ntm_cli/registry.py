"""Find criteria sets: the bundled ones, `--sets-dir` folders and NTM_SETS_PATH."""

from __future__ import annotations

import os
from collections.abc import Sequence
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from ntm_cli.errors import InputError, Location, UsageError
from ntm_cli.loader import load_criteria_set
from ntm_cli.models import CriteriaSet
from ntm_cli.yamlio import parse_yaml, read_text

ENV_VAR = "NTM_SETS_PATH"


def read_header(path: Path) -> dict[str, Any]:
    """Parse only the lines before the top-level `criteria:` key (metadata comes first).

    Choosing the default set by year must not validate every bundled set on each run.
    """
    text = read_text(path)
    cut = text.find("\ncriteria:")
    head = parse_yaml(text[: cut + 1] if cut >= 0 else text, str(path))
    return head if isinstance(head, dict) else {}


@cache
def bundled_dir() -> Path:
    """The criteria_sets folder shipped in the wheel (or the repository's, when editable)."""
    packaged = Path(str(resources.files("ntm_cli"))) / "criteria_sets"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / "criteria_sets"


def search_dirs(extra: Sequence[Path] = ()) -> list[Path]:
    """User folders first (so a user's set can shadow nothing silently), then bundled."""
    dirs = list(extra)
    env = os.environ.get(ENV_VAR, "")
    dirs += [Path(p) for p in env.split(os.pathsep) if p]
    return [*dirs, bundled_dir()]


class Registry:
    """All criteria sets visible to this run, loaded lazily by id."""

    def __init__(self, extra_dirs: Sequence[Path] = ()) -> None:
        """Look in extra_dirs and NTM_SETS_PATH, then the bundled sets."""
        self._paths: dict[str, Path] = {}
        for folder in search_dirs(extra_dirs):
            if not folder.is_dir():
                raise UsageError(f"{folder}: criteria-set folder does not exist")
            for path in sorted(folder.glob("*.yaml")):
                other = self._paths.get(path.stem)
                if other is not None and other.parent != folder:
                    raise InputError(
                        Location(str(path)),
                        f"set id {path.stem!r} is also defined in {other}; rename one file",
                    )
                self._paths.setdefault(path.stem, path)
        self._loaded: dict[str, CriteriaSet] = {}

    def ids(self) -> list[str]:
        """Every set id, sorted."""
        return sorted(self._paths)

    def path(self, set_id: str) -> Path:
        """The file a set id comes from."""
        try:
            return self._paths[set_id]
        except KeyError:
            raise UsageError(
                f"unknown criteria set {set_id!r}; `ntm sets list` shows the ids"
            ) from None

    def get(self, set_id: str) -> CriteriaSet:
        """Load (once) and return the set with this id."""
        if set_id not in self._loaded:
            path = self.path(set_id)
            loaded = load_criteria_set(path)
            if loaded.id != set_id:
                raise InputError(
                    Location(str(path)),
                    f"id {loaded.id!r} differs from the file name; name the file {loaded.id}.yaml",
                )
            self._loaded[set_id] = loaded
        return self._loaded[set_id]

    def all(self) -> list[CriteriaSet]:
        """Every set, loaded, in id order."""
        return [self.get(i) for i in self.ids()]

    def header(self, set_id: str) -> dict[str, Any]:
        """A set's top-level metadata without its criteria (cheap: no full validation)."""
        if set_id in self._loaded:
            return self._loaded[set_id].model_dump(exclude={"criteria"})
        return read_header(self.path(set_id))

    def national_default(self, year: int, level: str = "xa") -> CriteriaSet:
        """The national NTM set in force for `year` (used when a commune names none).

        Only bundled Prime-Minister decisions (QĐ-TTg) qualify, so a user's or a
        province's set never becomes the default by accident.
        """
        bundled = bundled_dir()
        for set_id in self.ids():
            if self._paths[set_id].parent != bundled:
                continue
            head = self.header(set_id)
            period = head.get("period") or {}
            decision = head.get("decision") or {}
            if (
                head.get("level") == level
                and head.get("tier") == "ntm"
                and "extends" not in head
                and str(decision.get("number", "")).endswith("QĐ-TTg")
                and int(period.get("start", 0)) <= year <= int(period.get("end", 0))
            ):
                return self.get(set_id)
        raise UsageError(f"no national criteria set is bundled for {year}; name one with --set")
