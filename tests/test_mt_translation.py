"""Glossary-protected suggestions through the product: junk and memorising packs, pivots, the person's English."""

from __future__ import annotations

import json
from pathlib import Path

import argos_packs
import mt_support
import pytest

from desktop_app.cli import main
from desktop_app.domain.release import Cell, Origin, Provenance, Release, Segment, Status
from desktop_app.mt.argos_engine import ArgosEngine
from desktop_app.mt.engine import MtError
from desktop_app.services.term_protection import governing_case, protect, restore
from desktop_app.services.translation import TranslationService
from desktop_app.storage.project_store import ProjectStore

random_model, random_packs = mt_support.random_model, mt_support.random_packs  # fixtures
memorising_packs = mt_support.memorising_packs

ZH_EN = {zh: en for zh, en, _ in argos_packs.CORPUS}
EN_RU = {en: ru for _, en, ru in argos_packs.CORPUS}
PLAIN = [row for row in argos_packs.CORPUS if "ZX" not in row[0]]


def service(data_dir: Path, packs: dict, glossary: bool = True) -> TranslationService:
    mt_support.install(data_dir, packs)
    return TranslationService(ArgosEngine(data_dir), mt_support.glossary() if glossary else None)


# -- the junk (random-weight) pack -----------------------------------------------------------------------------


def test_junk_model_still_yields_the_approved_name_in_english_and_russian(data_dir: Path, random_packs) -> None:
    svc = service(data_dir, random_packs)
    source = "钱洪山会见了代表团。"
    en = svc.translate_text(source, "zh", "en", 3)
    ru = svc.translate_text(source, "zh", "ru", 3)
    assert en.route == ("zh", "en") and ru.route == ("zh", "en", "ru")
    assert en.alternatives and ru.alternatives
    assert all("Qian Hongshan" in a.text for a in en.alternatives)
    assert all("Цянь Хуншань" in a.text for a in ru.alternatives)
    assert all((a.honoured, a.total) == (1, 1) for a in en.alternatives + ru.alternatives)


def test_junk_model_never_shows_a_forbidden_form_and_counts_every_term(data_dir: Path, random_packs) -> None:
    svc = service(data_dir, random_packs)
    # The source uses the forbidden form; the target must show the approved one, with the title too.
    result = svc.translate_text("Qian Hong Shan met the Governor.", "en", "ru", 3)
    for alt in result.alternatives:
        assert "Цянь Хуншань" in alt.text and "губернатор провинции" in alt.text
        assert "Хун Шань" not in alt.text
        assert (alt.honoured, alt.total) == (2, 2)


def test_placeholders_restored_in_place_and_inflected_by_the_governing_word() -> None:
    matcher = mt_support.glossary()
    protected = protect("代表团会见了钱洪山。", "zh", "ru", matcher)
    assert protected.text == "代表团会见了ZX1。"
    cases = {"Делегация встретилась с ZX1.": "Делегация встретилась с Цянь Хуншанем.",
             "Мы благодарим ZX1 за поддержку.": "Мы благодарим Цянь Хуншаня за поддержку.",
             "Журналисты взяли интервью у ZX1.": "Журналисты взяли интервью у Цянь Хуншаня.",
             "Встречу провёл ZX1.": "Встречу провёл Цянь Хуншань.",
             "ZX1 присутствовал на церемонии.": "Цянь Хуншань присутствовал на церемонии.",
             "Делегация встретилась с zx 1ом.": "Делегация встретилась с Цянь Хуншанем."}
    for output, expected in cases.items():
        restored = restore(output, protected, "ru", matcher)
        assert restored.text == expected
        assert (restored.honoured, restored.appended) == (1, ())


def test_a_dropped_placeholder_is_put_back_and_forbidden_forms_replaced() -> None:
    matcher = mt_support.glossary()
    protected = protect("钱洪山出席了开幕式。", "zh", "en", matcher)
    restored = restore("Attended the opening ceremony.", protected, "en", matcher)
    assert restored.text == "Qian Hongshan attended the opening ceremony."
    assert restored.appended == ("Qian Hongshan",) and restored.honoured == 1
    restored = restore("We saw Qian Hong Shan and ZX7.", protected, "en", matcher)
    assert "Qian Hong Shan" not in restored.text and "ZX7" not in restored.text
    assert restored.text.startswith("We saw Qian Hongshan")


def test_governing_case() -> None:
    assert governing_case("Мы встретились с ") == "ablt"
    assert governing_case("Подарок для ") == "gent"
    assert governing_case("Мы благодарим ") == "accs"
    assert governing_case("Встречу провёл ") == "nomn"
    assert governing_case("") == "nomn"
    assert governing_case("Мы встретились с ZX1 и ", previous_case="ablt") == "ablt"


# -- the memorising pack ---------------------------------------------------------------------------------------


def test_memorising_pack_returns_its_sentences_exactly(data_dir: Path, memorising_packs) -> None:
    svc = service(data_dir, memorising_packs, glossary=False)
    for zh, en, _ in PLAIN:
        assert svc.translate_text(zh, "zh", "en", 3).alternatives[0].text == en
    for _, en, ru in PLAIN:
        assert svc.translate_text(en, "en", "ru", 3).alternatives[0].text == ru


def test_zh_to_ru_pivots_through_english(data_dir: Path, memorising_packs) -> None:
    svc = service(data_dir, memorising_packs, glossary=False)
    for zh, _, ru in PLAIN[:10]:
        result = svc.translate_text(zh, "zh", "ru", 3)
        assert result.route == ("zh", "en", "ru") and not result.human_pivot
        assert result.alternatives[0].text == ru


def test_memorised_placeholders_put_the_name_in_place_in_the_right_case(data_dir: Path, memorising_packs) -> None:
    svc = service(data_dir, memorising_packs)
    expected = {
        "钱洪山会见了代表团。": ("Qian Hongshan met the delegation.", "Цянь Хуншань встретился с делегацией."),
        "代表团会见了钱洪山。": ("The delegation met Qian Hongshan.", "Делегация встретилась с Цянь Хуншанем."),
        "我们感谢钱洪山的支持。": ("We thank Qian Hongshan for the support.",
                          "Мы благодарим Цянь Хуншаня за поддержку."),
        "记者采访了钱洪山。": ("Journalists interviewed Qian Hongshan.",
                       "Журналисты взяли интервью у Цянь Хуншаня."),
    }
    for zh, (en, ru) in expected.items():
        en_best = svc.translate_text(zh, "zh", "en", 3).alternatives[0]
        ru_best = svc.translate_text(zh, "zh", "ru", 3).alternatives[0]
        assert (en_best.text, ru_best.text) == (en, ru)
        assert en_best.appended == () and ru_best.appended == () and ru_best.terms_label() == "1/1"


def test_the_persons_english_replaces_the_machine_pivot(data_dir: Path, memorising_packs) -> None:
    svc = service(data_dir, memorising_packs, glossary=False)
    zh, _, _ = argos_packs.CORPUS[1]
    other_en, other_ru = argos_packs.CORPUS[2][1], argos_packs.CORPUS[2][2]
    typed = Cell(other_en, Status.DRAFT, Provenance(Origin.TYPED))
    segment = Segment(cells={"zh": Cell(zh, Status.DRAFT, Provenance(Origin.TYPED)), "en": typed, "ru": Cell()})
    by_source = {s.source_lang: s for s in svc.suggest(segment, "ru")}
    assert by_source["zh"].human_pivot and by_source["zh"].route == ("zh", "en", "ru")
    assert by_source["zh"].alternatives[0].text == other_ru
    assert by_source["en"].alternatives[0].text == other_ru
    machine_en = Cell(other_en, Status.MACHINE, Provenance(Origin.MACHINE, "zh", zh, "argos"))
    segment.cells["en"] = machine_en
    from_zh = next(s for s in svc.suggest(segment, "ru") if s.source_lang == "zh")
    assert not from_zh.human_pivot and from_zh.alternatives[0].text == argos_packs.CORPUS[1][2]


def test_translate_all_matches_the_best_suggestions(data_dir: Path, memorising_packs) -> None:
    svc = service(data_dir, memorising_packs)
    sources = [zh for zh, _, _ in PLAIN] + ["钱洪山会见了代表团。"]
    progress: list[tuple[int, int]] = []
    results = svc.translate_all(sources, "zh", "ru", progress=lambda d, t: progress.append((d, t)))
    assert [r.text for r in results[:-1]] == [ru for _, _, ru in PLAIN]
    assert results[-1].text == "Цянь Хуншань встретился с делегацией."
    assert progress[-1] == (2 * len(sources), 2 * len(sources))


def test_cli_translate_text_json(data_dir: Path, memorising_packs, capsys) -> None:
    mt_support.install(data_dir, memorising_packs)
    zh, _, ru = PLAIN[0]
    assert main(["translate-text", "--from", "zh", "--to", "ru", "-n", "2", "--json", zh]) == 0
    out = json.loads(capsys.readouterr().out)
    assert 1 <= len(out) <= 2
    assert out[0]["text"] == ru and out[0]["route"] == ["zh", "en", "ru"]
    assert set(out[0]) == {"text", "score", "route", "terms"} and set(out[0]["terms"]) == {"honoured", "total"}
    assert isinstance(out[0]["score"], float)


def test_cli_translate_project(data_dir: Path, memorising_packs, tmp_path: Path, capsys) -> None:
    mt_support.install(data_dir, memorising_packs)
    release = Release("t", "2024-01-01", [Segment(cells={"zh": Cell(zh, Status.DRAFT, Provenance(Origin.TYPED)),
                                                          "en": Cell(), "ru": Cell()}) for zh, _, _ in PLAIN[:4]])
    path = tmp_path / "p.pressdesk"
    ProjectStore.create(path, release).close()
    assert main(["translate", str(path), "--to", "en", "--segments", "1,3"]) == 0
    assert main(["translate", str(path), "--to", "ru", "--all"]) == 0
    with ProjectStore.open(path) as store:
        saved = store.load()
    assert [s.text("en") for s in saved.segments] == [PLAIN[0][1], "", PLAIN[2][1], ""]
    assert [s.text("ru") for s in saved.segments] == [ru for _, _, ru in PLAIN[:4]]
    cell = saved.segments[1].cells["ru"]
    assert cell.status is Status.MACHINE and cell.provenance.origin is Origin.MACHINE
    assert cell.provenance.source_lang == "zh" and cell.provenance.engine == "argos"
    assert main(["translate", str(path), "--to", "ru", "--segments", "9"]) == 2


@pytest.mark.parametrize("missing", [("zh", "en"), ("en", "ru")])
def test_a_missing_half_of_the_pivot_names_the_pack_to_install(missing, data_dir: Path, random_packs) -> None:
    mt_support.install(data_dir, random_packs, *[p for p in (("zh", "en"), ("en", "ru")) if p != missing])
    svc = TranslationService(ArgosEngine(data_dir))
    [suggestion] = [s for s in svc.suggest(Segment(cells={"zh": Cell("你好。", Status.DRAFT), "en": Cell(),
                                                            "ru": Cell()}), "ru")]
    assert not suggestion.alternatives and "-".join(missing) in suggestion.error


# -- decoding: draft (greedy) or best (beam) ------------------------------------------------------------------


@pytest.mark.parametrize("beam", [1, 2, 4, 6])
def test_every_beam_gives_the_memorised_sentences(beam: int, data_dir: Path, memorising_packs) -> None:
    """Greedy and beam decoding agree on a model that knows the answer (so draft loses nothing there)."""
    mt_support.install(data_dir, memorising_packs)
    svc = TranslationService(ArgosEngine(data_dir), beam_size=beam)
    assert [a.text for a in svc.translate_all([zh for zh, _, _ in PLAIN], "zh", "ru")] == [ru for _, _, ru in PLAIN]
    assert svc.translate_text(PLAIN[3][0], "zh", "en", 2).alternatives[0].text == PLAIN[3][1]


def test_the_beam_decides_the_result_of_a_junk_model(data_dir: Path, random_packs) -> None:
    """On random weights greedy and beam 4 differ somewhere: the setting reaches the decoder."""
    mt_support.install(data_dir, random_packs, ("zh", "en"))
    engine = ArgosEngine(data_dir)
    sources = [zh for zh, _, _ in argos_packs.CORPUS]
    greedy = engine.translate_batch(sources, "zh", "en", beam_size=1)
    beam = engine.translate_batch(sources, "zh", "en", beam_size=4)
    assert greedy != beam
    assert TranslationService(engine, beam_size=4).translate_all(sources, "zh", "en")[0].text == beam[0]
    assert TranslationService(engine, beam_size=1).translate_all(sources, "zh", "en")[0].text == greedy[0]


def test_suggestions_remember_results_per_beam(data_dir: Path, random_packs) -> None:
    mt_support.install(data_dir, random_packs, ("zh", "en"))
    svc = TranslationService(ArgosEngine(data_dir), beam_size=1)
    sources = [zh for zh, _, _ in argos_packs.CORPUS]
    greedy = [svc.translate_text(s, "zh", "en", 1).alternatives[0].text for s in sources]
    svc.set_beam(4)
    beam = [svc.translate_text(s, "zh", "en", 1).alternatives[0].text for s in sources]
    assert greedy != beam
    with pytest.raises(MtError, match="between 1 and 8"):
        svc.set_beam(0)
    assert svc.beam_size == 4


@pytest.mark.parametrize(("stored", "beam"), [("draft", 1), ("best", 4), ("turbo", 1), (None, 1)])
def test_the_cli_decodes_as_preferences_say_unless_told(stored, beam: int, data_dir: Path, random_packs,
                                                        capsys) -> None:
    mt_support.install(data_dir, random_packs, ("zh", "en"))
    if stored is not None:
        (data_dir / "settings.json").write_text(json.dumps({"mt_quality": stored}))
    source = argos_packs.CORPUS[4][0]
    expected = {b: ArgosEngine(data_dir).translate_batch([source], "zh", "en", beam_size=b)[0] for b in (1, 4)}
    assert expected[1] != expected[4]
    assert main(["translate-text", "--from", "zh", "--to", "en", "-n", "1", "--json", source]) == 0
    assert json.loads(capsys.readouterr().out)[0]["text"] == expected[beam]
    other = 5 - beam  # 1 ↔ 4
    assert main(["translate-text", "--from", "zh", "--to", "en", "-n", "1", "--beam", str(other), "--json",
                 source]) == 0
    assert json.loads(capsys.readouterr().out)[0]["text"] == expected[other]


@pytest.mark.parametrize("value", ["0", "9", "-1", "two", "1.5", ""])
def test_a_bad_beam_is_refused_with_one_line(value: str, data_dir: Path, capsys) -> None:
    assert main(["translate-text", "--from", "zh", "--to", "en", "--beam", value, "你好。"]) == 2
    err = capsys.readouterr().err
    assert "--beam" in err and err.count("\n") == 1
