"""The argostranslate adapter with real packs: offline splitters, no network, batching, one model load."""

from __future__ import annotations

import threading
from pathlib import Path

import argos_packs
import mt_support
import pytest

from desktop_app.mt.argos_engine import ArgosEngine
from desktop_app.mt.engine import MtError
from desktop_app.mt.packs import install_pack

random_model, random_packs, no_network = mt_support.random_model, mt_support.random_packs, mt_support.no_network

SENTENCES = [zh for zh, _, _ in argos_packs.CORPUS[:12]]


@pytest.mark.parametrize("splitter", ["minisbd", "stanza", "none"])
def test_translating_never_touches_the_network(splitter: str, data_dir: Path, random_model, tmp_path: Path,
                                               no_network) -> None:
    """Packs with their own MiniSBD model, with a stanza folder (as index packs have), or with none."""
    model_dir, sp_model = random_model
    pack = argos_packs.write_pack(tmp_path / f"{splitter}.argosmodel", "zh", "en", model_dir, sp_model,
                                  splitter=splitter)
    install_pack(pack, data_dir)
    engine = ArgosEngine(data_dir)
    assert engine.hypotheses("钱洪山会见了代表团。代表团参观了工业园区。", "zh", "en", 3)
    assert len(engine.translate_batch(SENTENCES, "zh", "en")) == len(SENTENCES)
    assert no_network.attempts == []


def test_the_network_guard_itself_catches_a_connection(no_network) -> None:
    import socket

    with pytest.raises(OSError, match="network use"):
        socket.create_connection(("127.0.0.1", 9), timeout=1)
    assert no_network.attempts


def test_argostranslate_folders_live_in_the_data_folder(data_dir: Path, random_packs) -> None:
    install_pack(random_packs[("zh", "en")], data_dir)
    ArgosEngine(data_dir).warm_up("zh", "en")
    import argostranslate.settings as settings

    for path in (settings.package_data_dir, settings.data_dir, settings.cache_dir):
        assert Path(path).is_relative_to(data_dir)
    assert all(word not in str(Path(settings.package_data_dir).relative_to(data_dir))
               for word in ("stanza", "minisbd", "spacy"))


def test_sentence_splitting_keeps_paragraphs(data_dir: Path, random_packs) -> None:
    install_pack(random_packs[("zh", "en")], data_dir)
    engine = ArgosEngine(data_dir)
    text = "代表团参观了工业园区。双方签署了合作协议。\n\n谢谢大家。"
    [out] = engine.translate_batch([text], "zh", "en")
    assert out.count("\n") == 2 and out.split("\n")[1] == ""
    assert engine.hypotheses(text, "zh", "en", 1)[0].text.count("\n") == 2


def test_batch_gives_the_same_best_translation_as_one_call_per_text(data_dir: Path, random_packs) -> None:
    install_pack(random_packs[("zh", "en")], data_dir)
    engine = ArgosEngine(data_dir)
    batched = engine.translate_batch(SENTENCES, "zh", "en")
    assert batched == [engine.hypotheses(s, "zh", "en", 1)[0].text for s in SENTENCES]


def test_hypotheses_are_distinct_and_best_first(data_dir: Path, random_packs) -> None:
    install_pack(random_packs[("en", "ru")], data_dir)
    hyps = ArgosEngine(data_dir).hypotheses("The delegation visited the industrial park.", "en", "ru", 3)
    assert 1 <= len(hyps) <= 3
    assert len({h.text for h in hyps}) == len(hyps)
    assert [h.score for h in hyps] == sorted((h.score for h in hyps), reverse=True)


def test_threads_warming_up_at_once_load_the_model_once(data_dir: Path, random_packs) -> None:
    install_pack(random_packs[("zh", "en")], data_dir)
    engine = ArgosEngine(data_dir)
    translators: list[object] = []
    errors: list[BaseException] = []

    def work() -> None:
        try:
            engine.warm_up("zh", "en")
            translators.append(engine._loaded[("zh", "en")].translator)
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert len({id(t) for t in translators}) == 1


def test_cancelling_a_batch_stops_it(data_dir: Path, random_packs) -> None:
    install_pack(random_packs[("zh", "en")], data_dir)
    with pytest.raises(MtError, match="cancelled"):
        ArgosEngine(data_dir).translate_batch(SENTENCES * 20, "zh", "en", cancelled=lambda: True)


def test_a_missing_pair_is_a_clear_error(data_dir: Path, random_packs) -> None:
    install_pack(random_packs[("zh", "en")], data_dir)
    with pytest.raises(MtError, match="no language pack for en→ru"):
        ArgosEngine(data_dir).hypotheses("Hello.", "en", "ru")
