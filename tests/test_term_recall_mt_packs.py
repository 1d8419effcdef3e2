"""Suggestions from real (tiny, random-weight) Argos packs keep every glossary name of the term-recall corpus's third
and fourth batches: a junk model mangles the words around them, but each full mention comes out as its target
language's approved form (in Russian inflected, still the entry when read back) and never as a forbidden one."""

from __future__ import annotations

from pathlib import Path

import mt_support
import pytest
from term_recall_corpus import corpus_matcher, judged_mentions, sentences

from desktop_app.domain.glossary.model import HitKind
from desktop_app.mt.argos_engine import ArgosEngine
from desktop_app.services.translation import TranslationService

random_model, random_packs = mt_support.random_model, mt_support.random_packs  # fixtures
ROUTES = (("zh", "en"), ("zh", "ru"), ("en", "ru"), ("ru", "en"))


def full_mentions(matcher, number: int, sentence: dict) -> set[str]:
    """The entries (approved English) the sentence names in full (not by a short form), as the matcher finds them."""
    hits = {(h.start, h.end): h for h in matcher.find(sentence["text"], sentence["lang"])}
    return {m.entry for m in judged_mentions(number, sentence)
            if (m.start, m.end) in hits and hits[m.start, m.end].kind is not HitKind.SHORT}


@pytest.mark.parametrize(("source", "target"), ROUTES)
def test_junk_suggestions_carry_each_new_name_approved(data_dir: Path, random_packs, source: str,
                                                       target: str) -> None:
    matcher = corpus_matcher()
    mt_support.install(data_dir, random_packs)
    service = TranslationService(ArgosEngine(data_dir), matcher)
    checked = 0
    for number, sentence in enumerate(sentences()):
        if sentence["batch"] < 3 or sentence["lang"] != source:
            continue
        named = full_mentions(matcher, number, sentence)
        if not named:
            continue
        entries = {e.forms["en"]: e for e in matcher.entries if e.forms.get("en") in named}
        best = service.translate_text(sentence["text"], source, target, 1).alternatives[0]
        assert best.honoured == best.total >= len(named), (number, best)
        found = matcher.find(best.text, target)
        assert not [h.text for h in found if h.kind is HitKind.FORBIDDEN], (number, best.text)
        in_output = {h.entry.forms.get("en") for h in found}
        for name, entry in entries.items():
            if target == "en":
                assert entry.form("en") in best.text, (number, name, best.text)
            assert name in in_output, (number, name, best.text)
        checked += len(named)
    assert checked >= 15
