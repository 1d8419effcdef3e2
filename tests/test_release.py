"""The release model: stale detection and how edits change status and provenance."""

from __future__ import annotations

from desktop_app.domain.release import (
    Cell,
    Origin,
    Role,
    Segment,
    Status,
    derived_cell,
    edited_cell,
    imported_cell,
)


def _segment(zh: str = "", en: str = "", ru: str = "") -> Segment:
    return Segment(Role.BODY, {"zh": imported_cell(zh), "en": imported_cell(en), "ru": imported_cell(ru)})


def test_derived_cell_goes_stale_when_its_source_changes() -> None:
    seg = _segment(zh="钱洪山出席会议。")
    seg.cells["en"] = derived_cell("Qian Hongshan attended.", source_lang="zh", source_text=seg.text("zh"),
                                   origin=Origin.MACHINE, engine="argos")
    assert seg.cells["en"].status is Status.MACHINE
    assert not seg.is_stale("en")
    seg.cells["zh"] = edited_cell(seg.cells["zh"], "钱洪山出席会议并致辞。")
    assert seg.is_stale("en")
    seg.cells["zh"] = edited_cell(seg.cells["zh"], "钱洪山出席会议。")
    assert not seg.is_stale("en"), "restoring the source text makes the translation current again"


def test_typed_and_imported_cells_never_go_stale() -> None:
    seg = _segment(zh="一", en="one")
    seg.cells["zh"] = edited_cell(seg.cells["zh"], "二")
    assert not seg.is_stale("en")


def test_editing_demotes_to_draft_and_keeps_derivation() -> None:
    cell = Cell("Hello", Status.APPROVED)
    edited = edited_cell(cell, "Hello!")
    assert edited.status is Status.DRAFT and edited.provenance.origin is Origin.TYPED
    derived = derived_cell("Привет", source_lang="en", source_text="Hello", origin=Origin.MACHINE, engine="argos")
    touched = edited_cell(derived, "Здравствуйте")
    assert touched.provenance.source_lang == "en" and touched.provenance.engine is None
    assert touched.provenance.describe() == "typed, based on en"
    assert edited_cell(cell, "   ").status is Status.EMPTY
