"""Word-level differences of fuzzy-match sources: English and Russian by word, Chinese by character."""

from __future__ import annotations

from desktop_app.domain.text_diff import diff_words


def test_an_added_word() -> None:
    assert diff_words("The delegation visited the park.", "The delegation visited the industrial park.") == [
        ("same", "The delegation visited the "), ("added", "industrial "), ("same", "park.")]


def test_a_changed_russian_word_is_removed_then_added() -> None:
    assert diff_words("Делегация посетила парк.", "Делегация осмотрела парк.") == [
        ("same", "Делегация "), ("removed", "посетила "), ("added", "осмотрела "), ("same", "парк.")]


def test_chinese_by_character() -> None:
    assert diff_words("代表团参观了工业园区。", "代表团参观了科技园区。") == [
        ("same", "代表团参观了"), ("removed", "工业"), ("added", "科技"), ("same", "园区。")]


def test_identical_and_empty_texts() -> None:
    assert diff_words("Same text.", "Same text.") == [("same", "Same text.")]
    assert diff_words("", "") == []
    assert diff_words("", "New") == [("added", "New")]
