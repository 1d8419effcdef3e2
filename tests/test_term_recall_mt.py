"""Machine translation keeps a user's own glossary terms in real sentences: every judged mention of the term-recall
corpus that is a full naming (not a surname alone, which is a second reference) goes behind a placeholder, and the
placeholders come back as the approved forms of the target language — inflected, in Russian, as the sentence needs."""

from __future__ import annotations

import pytest
from term_recall_corpus import corpus_matcher, judged_mentions, sentences

from desktop_app.domain.glossary.matcher import GlossaryMatcher
from desktop_app.domain.glossary.model import HitKind
from desktop_app.services.term_protection import protect, restore


@pytest.fixture(scope="module")
def matcher() -> GlossaryMatcher:
    return corpus_matcher()


@pytest.mark.parametrize("target", ["en", "ru"])
def test_every_full_mention_is_protected_and_comes_back_approved(matcher: GlossaryMatcher, target: str) -> None:
    checked = 0
    for number, sentence in enumerate(sentences()):
        source = sentence["lang"]
        if source == target:
            continue
        text = sentence["text"]
        hits = {(h.start, h.end): h for h in matcher.find(text, source)}
        full = {m.entry for m in judged_mentions(number, sentence)
                if (m.start, m.end) in hits and hits[m.start, m.end].kind is not HitKind.SHORT}
        protected = protect(text, source, target, matcher)
        # A post and the name of its holder right after it travel behind one placeholder.
        entries = [entry for term in protected.terms for entry in term.entries]
        assert full <= {entry.forms["en"] for entry in entries}, (number, text)
        translated = protected.text  # a model that keeps the placeholders where they are
        restored = restore(translated, protected, target, matcher)
        assert restored.honoured == restored.total == len(entries), (number, restored)
        for term in protected.terms:
            assert term.placeholder not in restored.text
        if target == "en":
            for entry in entries:
                assert entry.form("en") in restored.text, (number, entry.form("en"), restored.text)
        checked += len(full)
    assert checked >= 100


def test_a_lost_term_put_first_leaves_the_capital_of_a_name_after_it(matcher: GlossaryMatcher) -> None:
    """A model that drops the first name of "新华社…滨海边疆区行政长官…" gets it back at the start; the post that now
    follows it keeps its capital (Governor of Primorsky Krai) and a comma keeps the two names apart, while a plain
    first word loses its capital."""
    protected = protect("新华社报道,滨海边疆区行政长官抵达哈尔滨。", "zh", "en", matcher)
    placeholders = [term.placeholder for term in protected.terms]
    assert len(placeholders) == 3
    restored = restore(f"{placeholders[1]} arrived in {placeholders[2]}.", protected, "en", matcher)
    assert restored.text == "Xinhua News Agency, Governor of Primorsky Krai arrived in Harbin."
    assert [h.entry.forms["en"] for h in matcher.find(restored.text, "en")] == [
        "Xinhua News Agency", "Governor of Primorsky Krai", "Harbin"]
    restored = restore(f"Reported: {placeholders[1]} arrived in {placeholders[2]}.", protected, "en", matcher)
    assert restored.text == "Xinhua News Agency reported: Governor of Primorsky Krai arrived in Harbin."


def test_a_name_put_back_where_the_model_glued_its_placeholder_to_a_word_stands_apart(matcher: GlossaryMatcher) -> None:
    """A model that writes a placeholder against letters of its own ("visitedZX2") still gets the name back as a
    word of its own, which recognition then finds; in Chinese output no space is put in."""
    protected = protect("国家主席习近平在人民大会堂会见客人。", "zh", "en", matcher)
    first, second = (term.placeholder for term in protected.terms)
    restored = restore(f"{first} met guests atthe{second}today.", protected, "en", matcher)
    assert restored.text == "President Xi Jinping met guests atthe Great Hall of the People today."
    assert {h.entry.forms["en"] for h in matcher.find(restored.text, "en")} == {
        "President Xi Jinping", "Great Hall of the People"}
    protected = protect("Xi Jinping met guests in the Great Hall of the People.", "en", "zh", matcher)
    first, second = (term.placeholder for term in protected.terms)
    assert restore(f"{first}在{second}会见", protected, "zh", matcher).text == "习近平在人民大会堂会见"


def test_names_put_back_at_the_end_keep_a_bracket_of_their_own(matcher: GlossaryMatcher) -> None:
    """Two names a model lost go back before the final punctuation; one ending in a bracket (Republic of Sakha
    (Yakutia)) keeps it, the next goes after it, and both are found again."""
    protected = protect("新华社报道,代表团来自萨哈（雅库特）共和国和滨海边疆区。", "zh", "en", matcher)
    first = protected.terms[0].placeholder
    restored = restore(f"{first} reported that the delegation came from there.", protected, "en", matcher)
    assert restored.text == ("Xinhua News Agency reported that the delegation came from there Republic of Sakha "
                             "(Yakutia) Primorsky Krai.")
    assert restored.honoured == restored.total == 3
    restored = restore(f"{first} reported that the delegation came from there", protected, "en", matcher)
    assert restored.text.endswith("there Republic of Sakha (Yakutia) Primorsky Krai")
    assert restored.honoured == restored.total == 3


def test_a_surname_the_model_wrote_does_not_stand_for_the_full_name_it_lost(matcher: GlossaryMatcher) -> None:
    """A model that drops "Xi Jinping" but writes «Си» elsewhere still gets the full name back: a surname alone is
    a second reference, not the term."""
    protected = protect("Xi Jinping met Vladimir Putin in Moscow.", "en", "ru", matcher)
    by_name = {term.entry.forms["en"]: term.placeholder for term in protected.terms}
    restored = restore(f"Си встретил {by_name['Vladimir Putin']} в {by_name['Moscow']}.", protected, "ru", matcher)
    assert restored.text.startswith("Си Цзиньпин ")
    assert restored.honoured == restored.total == 3
