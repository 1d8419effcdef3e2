"""Every Russian parse in the process goes through one analyser: each holds its own ~27 MB dictionary."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pymorphy3
import pytest

from desktop_app.domain.glossary import normalize
from desktop_app.domain.morphology import dictionary_tags, russian_analyzer
from desktop_app.domain.qa import number_words
from desktop_app.services.glossary_service import GlossaryService
from desktop_app.services.importing import sample_release
from desktop_app.services.qa import run_qa
from desktop_app.services.term_protection import governing_case


def test_glossary_matching_qa_numbers_and_term_protection_share_one_analyser(monkeypatch) -> None:
    made = []
    real_init = pymorphy3.MorphAnalyzer.__init__

    def counting_init(self, *args, **kwargs) -> None:
        made.append(self)
        real_init(self, *args, **kwargs)

    monkeypatch.setattr(pymorphy3.MorphAnalyzer, "__init__", counting_init)
    russian_analyzer.cache_clear()
    number_words.russian_words.cache_clear()
    normalize._LEMMAS.clear()
    snapshot = GlossaryService.for_data_dir(Path(tempfile.mkdtemp())).snapshot()
    release = sample_release()
    assert run_qa(release, snapshot) is not None
    assert number_words.russian_words()["двадцати"].value == 20
    assert governing_case("Делегация поблагодарит") == "accs"  # how MT output inflects a restored name
    assert len(made) == 1


@pytest.mark.parametrize("word", ["москву", "путина", "сотрудничества", "еще", "ещё", "володиным", "стали"])
def test_dictionary_tags_are_the_tags_of_the_analysers_dictionary_readings(word: str) -> None:
    readings = [p.tag for p in russian_analyzer().parse(word) if type(p.methods_stack[0][0]).__name__ ==
                "DictionaryAnalyzer"]
    assert readings and sorted(map(str, dictionary_tags(word))) == sorted(map(str, readings))
