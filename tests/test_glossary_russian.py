"""inflect_phrase puts approved Russian terms into the case a sentence needs."""

from __future__ import annotations

import pytest

from desktop_app.domain.glossary.russian import inflect_phrase


@pytest.mark.parametrize(("phrase", "case", "expected"), [
    ("Государственная дума", "gent", "Государственной думы"),
    ("Государственная дума", "accs", "Государственную думу"),
    ("Сергей Миронов", "gent", "Сергея Миронова"),
    ("Сергей Миронов", "ablt", "Сергеем Мироновым"),
    ("Евразийский экономический союз", "gent", "Евразийского экономического союза"),
    ("Евразийский экономический союз", "accs", "Евразийский экономический союз"),
    ("малые и средние предприятия", "gent", "малых и средних предприятий"),
    ("малые и средние предприятия", "datv", "малым и средним предприятиям"),
    ("Комитет Государственной думы по международным делам", "loct",
     "Комитете Государственной думы по международным делам"),
    ("председатель партии «Справедливая Россия — Патриоты — За правду»", "ablt",
     "председателем партии «Справедливая Россия — Патриоты — За правду»"),
    ("вице-губернатор провинции Чжэцзян", "gent", "вице-губернатора провинции Чжэцзян"),
    ("Российская Федерация", "loct", "Российской Федерации"),
    ("Председатель КНР Си Цзиньпин", "datv", "Председателю КНР Си Цзиньпину"),
    ("Лю Синь", "gent", "Лю Синя"),
    ("Чжу Чунле", "gent", "Чжу Чунле"),
    ("Алексей Чепа", "gent", "Алексея Чепы"),
    ("ЦК КПК", "gent", "ЦК КПК"),
])
def test_head_noun_and_agreeing_words_inflect(phrase: str, case: str, expected: str) -> None:
    assert inflect_phrase(phrase, case) == expected


def test_nominative_returns_the_phrase_unchanged() -> None:
    assert inflect_phrase("Государственная дума", "nomn") == "Государственная дума"


def test_unknown_case_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown case"):
        inflect_phrase("Государственная дума", "genitive")
