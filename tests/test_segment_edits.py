"""The split and merge rules of the domain, without Qt: trimming, roles, joiners per language, empty sides."""

from __future__ import annotations

from desktop_app.domain.release import Cell, Origin, Provenance, Role, Segment, Status
from desktop_app.domain.segment_edits import merged_cells, split_at


def segment(role: Role = Role.BODY, **texts: str) -> Segment:
    return Segment(role, {lang: Cell(texts.get(lang, ""), Status.APPROVED if texts.get(lang) else Status.EMPTY,
                                     Provenance(Origin.TYPED)) for lang in ("zh", "en", "ru")})


def test_a_split_trims_both_sides_and_makes_them_drafts() -> None:
    lead = segment(Role.LEAD, en="First sentence.  Second sentence.")
    split = split_at(lead, "en", len("First sentence. "))
    assert split is not None
    assert split.head["en"].text == "First sentence." and split.head["en"].status is Status.DRAFT
    assert split.tail.cells["en"].text == "Second sentence." and split.tail.cells["en"].status is Status.DRAFT
    assert split.tail.role is Role.BODY  # a lead continues as body text
    assert split.tail.cells["zh"].is_empty and split.tail.id != lead.id
    assert lead.cells["en"].text == "First sentence.  Second sentence."  # the segment itself is not changed


def test_a_quote_split_stays_a_quote_and_an_edge_split_is_refused() -> None:
    quote = segment(Role.QUOTE, ru="Одно. Другое.")
    split = split_at(quote, "ru", 6)
    assert split is not None and split.tail.role is Role.QUOTE
    assert split_at(quote, "ru", 0) is None
    assert split_at(quote, "ru", len("Одно. Другое.")) is None
    assert split_at(segment(en="Text.   "), "en", 5) is None  # only spaces after the cursor


def test_merge_joins_per_language_and_keeps_lone_sides() -> None:
    first = segment(zh="第一句。", en="First. ", ru="")
    second = segment(zh="第二句。", en=" Second.", ru="Второе.")
    merged = merged_cells(first, second)
    assert merged["zh"].text == "第一句。第二句。"  # Chinese runs on without a space
    assert merged["en"].text == "First. Second."
    assert merged["ru"] is second.cells["ru"]  # an empty first cell takes the second as it is
    assert merged_cells(second, segment()) == {}  # nothing below: nothing changes
