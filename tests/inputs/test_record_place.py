"""A commune's place in its YAML file is found only when a message names it."""

from __future__ import annotations

from pathlib import Path

from ntm_cli.inputs.files import YamlOrigin, resolve_place
from ntm_cli.inputs.yaml_text import YamlSource

FILE = """\
province: Hà Tĩnh
year: 2026
communes:
  - commune: Xã A
  - commune: Xã B
"""


def test_a_deferred_place_resolves_to_the_line_of_the_commune(tmp_path: Path) -> None:
    path = tmp_path / "xa.yaml"
    path.write_text(FILE, encoding="utf-8")
    origin = YamlOrigin(str(path), YamlSource(FILE), ("communes", 1))
    assert resolve_place(origin.place()) == f"{path}:5:14"


def test_a_place_whose_file_is_gone_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "gone.yaml"
    origin = YamlOrigin(str(path), YamlSource(FILE), ())
    assert resolve_place(origin.place()) == str(path)


def test_a_located_place_is_kept_as_it_is() -> None:
    assert resolve_place("bang.xlsx:7:B") == "bang.xlsx:7:B"
