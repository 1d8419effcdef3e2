"""QA on real releases (tests/corpus): every judged inconsistency is found on its cell, no must-not-flag span is hit.

The corpus holds official and news reports of the same China–Russia events in two or three of zh/en/ru, with the
real differences between the versions and the places that are right as they stand, judged by hand.
Precision and recall over it: benchmarks/bench_qa_corpus.py.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from qa_corpus import CorpusRelease, Judged, Protected, corpus_findings, load_corpus, score

from desktop_app import LANGS
from desktop_app.domain.qa.findings import Finding
from desktop_app.services.glossary_service import GlossarySnapshot
from desktop_app.storage.glossary_store import GlossaryStore

CORPUS = load_corpus()
BY_ID = {item.id: item for item in CORPUS}
FindingsOf = Callable[[str], tuple[Finding, ...]]


@pytest.fixture(scope="module")
def glossary(tmp_path_factory: pytest.TempPathFactory) -> Iterator[GlossarySnapshot]:
    """The project's own glossary, as a new user gets it."""
    store = GlossaryStore.open(Path(tmp_path_factory.mktemp("glossary")) / "glossary.sqlite")
    try:
        yield GlossarySnapshot.from_store(store)
    finally:
        store.close()


@pytest.fixture(scope="module")
def findings_of(glossary: GlossarySnapshot) -> FindingsOf:
    """QA's findings on a corpus release, computed once per module."""
    @functools.cache
    def run(release_id: str) -> tuple[Finding, ...]:
        return tuple(corpus_findings(BY_ID[release_id], glossary))
    return run


def _judged() -> list[Judged]:
    return [j for item in CORPUS for j in item.judged if not j.beyond_checks]


def _protected() -> list[Protected]:
    return [p for item in CORPUS for p in item.protected]


def test_the_corpus_is_real_releases_with_sources_and_judgments() -> None:
    assert len(CORPUS) >= 12
    assert sum(len(item.judged) for item in CORPUS) >= 20
    assert sum(len(item.protected) for item in CORPUS) >= 200
    for item in CORPUS:
        assert 2 <= len(item.langs) <= 3 and set(item.langs) <= set(LANGS), item.id
        sources = item.data["sources"]
        assert isinstance(sources, dict) and set(sources) == set(item.langs), item.id
        for source in sources.values():
            assert source["url"].startswith(("http://", "https://")) and source["licence"], item.id
        assert item.data["found_by"], item.id
        for lang in item.langs:
            assert any(s.text(lang).strip() for s in item.release.segments), (item.id, lang)
        for segment in item.release.segments:
            assert not any(segment.text(lang).strip() for lang in LANGS if lang not in item.langs), item.id
            assert sum(bool(segment.text(lang).strip()) for lang in item.langs) >= 2, item.id


def test_judgments_point_at_real_text() -> None:
    """Each must-not-flag span occurs in its cell; each inconsistency names a segment and languages the release has."""
    for item in CORPUS:
        for p in item.protected:
            assert p.start >= 0, p.label
        for j in item.judged:
            assert 0 <= j.segment < len(item.release.segments) and set(j.langs) <= set(item.langs), j.label
            assert any(item.release.segments[j.segment].text(lang).strip() for lang in j.langs), j.label


def test_precision_and_recall_over_the_whole_corpus(findings_of: FindingsOf) -> None:
    """Every judged case counts here, those beyond the checks included (as misses): official translations bring
    differences no check is meant to find (a place or a season one version leaves out, 首次 'for the first time',
    the release's own year), so recall over everything judged is held at 0.75 and each miss must be one of those."""
    outcome = score((item, findings_of(item.id)) for item in CORPUS)
    assert outcome.overall.precision >= 0.9, [(item.id, f.lang, f.message) for item, f in outcome.false_positives]
    assert outcome.overall.recall >= 0.75, [j.label for j in outcome.missed]
    assert outcome.protected_hits == []
    assert all(j.beyond_checks for j in outcome.missed), [j.label for j in outcome.missed if not j.beyond_checks]


@pytest.mark.parametrize("judged", _judged(), ids=lambda j: j.label)
def test_judged_inconsistency_is_found_on_its_cell(judged: Judged, findings_of: FindingsOf) -> None:
    findings = findings_of(judged.release_id)
    assert any(judged.matched_by(f) for f in findings), (
        judged.what, [(f.segment_index, f.lang, f.kind.value, f.message) for f in findings
                      if f.segment_index == judged.segment])


@pytest.mark.parametrize("protected", _protected(), ids=lambda p: p.label)
def test_must_not_flag_span_is_left_alone(protected: Protected, findings_of: FindingsOf) -> None:
    hits = [f.message for f in findings_of(protected.release_id) if protected.hit_by(f)]
    assert hits == [], protected.why


def test_sample_event_outdated_title_is_blamed_on_the_english_only(findings_of: FindingsOf) -> None:
    """The real English report calls Liu Xin Deputy Governor of Zhejiang, a post he left in January 2023."""
    item: CorpusRelease = BY_ID["sme-roundtable-2023"]
    findings = findings_of(item.id)
    on_english = [f for f in findings if f.segment_index == 0 and f.lang == "en" and f.kind.value == "title"]
    assert on_english and all(f.is_error for f in on_english)
    assert any("Vice Chairman of the Standing Committee" in f.message for f in on_english)
    assert [f for f in findings if f.segment_index == 0 and f.lang == "zh" and "Deputy Governor" in f.message] == []
