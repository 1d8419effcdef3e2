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


def _copied_analyzer() -> pymorphy3.MorphAnalyzer:
    import pymorphy3_dicts_ru

    return pymorphy3.MorphAnalyzer(pymorphy3_dicts_ru.get_path(), lang="ru")


def test_the_shared_analyser_reads_its_dictionary_tables_from_the_mapped_files() -> None:
    analyzer = russian_analyzer()
    dictionary = analyzer.dictionary
    dawgs = [dictionary.words, *dictionary.prediction_suffixes_dawgs, analyzer.prob_estimator.p_t_given_w]
    tables = [t for d in dawgs for t in (d.dct, getattr(d, "guide", None)) if t is not None]
    assert tables and all(isinstance(t._units, memoryview) and t._units.readonly for t in tables)


@pytest.mark.parametrize("word", ["государственной", "думы", "ежиком", "мишустиным", "шойгуевского", "котэ",
                                  "сотрудничества", "поднебесной", "хабаровского", "госдумы", "кремлю"])
def test_mapped_tables_parse_and_inflect_as_the_copied_dictionary_does(word: str) -> None:
    mapped, copied = russian_analyzer(), _copied_analyzer()
    assert [(p.normal_form, str(p.tag), p.score) for p in mapped.parse(word)] == \
        [(p.normal_form, str(p.tag), p.score) for p in copied.parse(word)]
    assert [str(f.word) for f in mapped.parse(word)[0].lexeme] == [str(f.word) for f in copied.parse(word)[0].lexeme]


def test_a_file_not_laid_out_as_the_tables_keeps_the_loaded_copy(tmp_path: Path) -> None:
    from desktop_app.domain.morphology import map_dawg_tables

    analyzer = _copied_analyzer()
    dawg = analyzer.dictionary.words
    before = dawg.dct._units
    wrong = tmp_path / "words.dawg"
    wrong.write_bytes(b"\0" * (4 + len(before) * 4 + 4 + len(dawg.guide._units)))  # right size, other units
    assert not map_dawg_tables(dawg, wrong)
    assert dawg.dct._units is before and not isinstance(dawg.guide._units, memoryview)
    short = tmp_path / "short.dawg"
    short.write_bytes(b"\0" * 64)
    assert not map_dawg_tables(dawg, short)
    assert not map_dawg_tables(dawg, tmp_path / "absent.dawg")
    assert not map_dawg_tables(object(), wrong)  # not a DAWG as dawg_python lays it out
    assert dawg.dct._units is before
    assert analyzer.parse("думы")[0].normal_form == "дума"
