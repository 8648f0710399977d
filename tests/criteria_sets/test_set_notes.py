"""Set notes in the office's language: every note of a bundled set is given in Vietnamese and
English, both say the same (same source keys, same numbers), and `sets show` prints the
reader's language under "Ghi chú" / "Notes".
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from ntm_cli.inputs.registry import Registry
from ntm_cli.model.sets import CriteriaSet, Prose

from helpers import ROOT, run

SET_IDS = sorted(p.stem for p in (ROOT / "criteria_sets").glob("*.yaml"))
# Letters only Vietnamese uses (ă â đ ê ô ơ ư and the tone marks on them).
VIETNAMESE = re.compile(r"[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệịỉĩọỏốồổỗộớờởỡợụủũứừửữựỳỵỷỹ]", re.I)
SOURCE_KEY = re.compile(r"\b[A-Z]\d{1,2}\b")
NUMBER = re.compile(r"\d+(?:[.,]\d+)?")
# How the research behind a set spoke of itself; a user has no such reference to look at.
RESEARCH_WORDS = re.compile(
    r"the reference|tài liệu tham chiếu|brief|reference pass|a mirror\b", re.I
)


def notes_of(criteria_set: CriteriaSet) -> Iterator[tuple[str, Prose]]:
    """Every note of a set, with where it sits."""
    for i, note in enumerate(criteria_set.notes):
        yield f"notes[{i}]", note
    for own in (criteria_set.changes_unknown, criteria_set.floor):
        if own is not None and own.note:
            yield type(own).__name__, own.note
    for criterion in criteria_set.criteria:
        if criterion.note:
            yield criterion.id, criterion.note
        for indicator in criterion.indicators:
            if indicator.note:
                yield indicator.id, indicator.note
            for rule in indicator.thresholds:
                if rule.note:
                    yield f"{indicator.id} rule", rule.note
                for candidate in rule.candidates or []:
                    if candidate.note:
                        yield f"{indicator.id} candidate", candidate.note


def bundled(set_id: str) -> CriteriaSet:
    """A bundled set, resolved (notes inherited from a parent set included)."""
    return Registry().get(set_id)


@pytest.mark.parametrize("set_id", SET_IDS)
def test_every_note_is_given_in_both_languages(set_id: str) -> None:
    for where, note in notes_of(bundled(set_id)):
        assert note.en, f"{set_id} {where}: no English text"
        assert note.vi != note.en, f"{set_id} {where}: Vietnamese text is the English one"
        assert VIETNAMESE.search(note.vi), f"{set_id} {where}: not Vietnamese: {note.vi[:60]}"


@pytest.mark.parametrize("set_id", SET_IDS)
def test_notes_do_not_speak_of_the_research_behind_them(set_id: str) -> None:
    for where, note in notes_of(bundled(set_id)):
        for text in (note.vi, note.en or ""):
            assert not RESEARCH_WORDS.search(text), f"{set_id} {where}: {text[:80]}"


@pytest.mark.parametrize("set_id", SET_IDS)
def test_both_languages_cite_the_same_sources_and_numbers(set_id: str) -> None:
    for where, note in notes_of(bundled(set_id)):
        english = note.en or ""
        assert set(SOURCE_KEY.findall(note.vi)) == set(SOURCE_KEY.findall(english)), where
        numbers = {n.replace(",", ".") for n in NUMBER.findall(english)}
        said = {n.replace(",", ".") for n in NUMBER.findall(note.vi)}
        assert numbers <= said, f"{set_id} {where}: {numbers - said} missing in Vietnamese"


@pytest.mark.parametrize("set_id", SET_IDS)
def test_sets_show_prints_notes_in_the_readers_language(set_id: str) -> None:
    notes = bundled(set_id).notes
    vi = run("sets", "show", set_id, "--format", "markdown").stdout
    en = run("sets", "show", set_id, "--format", "markdown", "--lang", "en").stdout
    if not notes:
        return
    assert "## Ghi chú" in vi and "## Notes" in en
    for note in notes:
        assert f"- {note.vi}" in vi
        assert f"- {note.en}" in en
        assert f"- {note.en}" not in vi
