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


# -- one model per pair, released when packs change or after idle minutes ---------------------------------------


def test_the_model_is_loaded_once_and_kept_while_in_use(data_dir: Path, random_packs) -> None:
    install_pack(random_packs[("zh", "en")], data_dir)
    engine = ArgosEngine(data_dir)
    engine.translate_batch(SENTENCES, "zh", "en")
    first = engine._loaded[("zh", "en")].translator
    engine.hypotheses(SENTENCES[0], "zh", "en", 3)
    engine.translate_batch(SENTENCES, "zh", "en", beam_size=4)
    assert engine._loaded[("zh", "en")].translator is first
    assert engine.loaded_pairs() == {("zh", "en")}


def test_idle_models_are_released_and_reloaded_on_the_next_use(data_dir: Path, random_packs) -> None:
    import time

    install_pack(random_packs[("zh", "en")], data_dir)
    install_pack(random_packs[("en", "ru")], data_dir)
    engine = ArgosEngine(data_dir, idle_release_seconds=600)
    engine.warm_up("zh", "en")
    engine.warm_up("en", "ru")
    engine._loaded[("en", "ru")].last_used -= 601  # en-ru unused for ten minutes, zh-en just used
    assert engine.release_idle() == {("en", "ru")}
    assert engine.loaded_pairs() == {("zh", "en")}
    assert engine.release_idle(now=time.monotonic() + 601) == {("zh", "en")}
    assert engine.loaded_pairs() == set()
    before = engine.translate_batch(SENTENCES[:3], "zh", "en")
    assert engine.loaded_pairs() == {("zh", "en")}
    assert before == ArgosEngine(data_dir).translate_batch(SENTENCES[:3], "zh", "en")


def test_the_idle_timer_releases_by_itself(data_dir: Path, random_packs) -> None:
    import time

    install_pack(random_packs[("zh", "en")], data_dir)
    engine = ArgosEngine(data_dir, idle_release_seconds=0.05)
    engine.warm_up("zh", "en")
    released = threading.Event()
    deadline = time.monotonic() + 60
    while engine.loaded_pairs() and time.monotonic() < deadline:
        released.wait(0.05)
    assert engine.loaded_pairs() == set()


def test_a_pack_change_drops_the_loaded_models(data_dir: Path, random_packs) -> None:
    from desktop_app.mt.packs import remove_pack
    from desktop_app.services.translation import TranslationService

    install_pack(random_packs[("zh", "en")], data_dir)
    service = TranslationService(ArgosEngine(data_dir))
    service.translate_text(SENTENCES[0], "zh", "en", 1)
    assert service.engine.loaded_pairs() == {("zh", "en")}
    remove_pack(data_dir, "zh", "en", on_changed=service.packs_changed)
    assert service.engine.loaded_pairs() == set()
    with pytest.raises(MtError, match="no language pack"):
        service.translate_text(SENTENCES[1], "zh", "en", 1)


# -- the optional stanza splitter -----------------------------------------------------------------------------


def test_a_stanza_only_pack_without_stanza_says_so_and_splits_by_rule(data_dir: Path, random_model, tmp_path: Path,
                                                                      monkeypatch, capsys) -> None:
    import desktop_app.mt.argos_engine as argos_engine
    from desktop_app.cli import main

    if argos_engine.stanza_installed():  # the optional extra is present here: act as without it
        monkeypatch.setattr(argos_engine, "stanza_installed", lambda: False)
    model_dir, sp_model = random_model
    pack = argos_packs.write_pack(tmp_path / "stanza.argosmodel", "zh", "en", model_dir, sp_model, splitter="stanza")
    assert main(["packs", "install", str(pack)]) == 0
    out = capsys.readouterr().out
    assert "splits sentences with stanza, which is not installed" in out and "pressdesk[stanza]" in out
    assert main(["packs", "list"]) == 0
    assert "pressdesk[stanza]" in capsys.readouterr().out
    engine = ArgosEngine(data_dir)
    [out_text] = engine.translate_batch(["代表团参观了工业园区。双方签署了合作协议。"], "zh", "en")
    assert out_text
    assert engine._loaded[("zh", "en")].splitter.split_sentences("甲。乙！丙") == ["甲。", "乙！", "丙"]


IMPORTED_AFTER_TRANSLATING = """
import json, sys
from pathlib import Path
from desktop_app.mt.argos_engine import ArgosEngine
engine = ArgosEngine(Path(sys.argv[1]))
assert engine.translate_batch(["代表团参观了工业园区。双方签署了合作协议。"], "zh", "en")[0]
print(json.dumps(sorted(m for m in ("onnxruntime", "numpy", "minisbd", "torch", "stanza") if m in sys.modules)))
"""


@pytest.mark.parametrize(("splitter", "expected"), [("stanza", []), ("none", []),
                                                    ("minisbd", ["minisbd", "numpy", "onnxruntime"])])
def test_onnxruntime_and_numpy_are_loaded_only_for_a_pack_that_splits_with_minisbd(
        splitter: str, expected: list[str], data_dir: Path, random_model, tmp_path: Path) -> None:
    """Index packs carry a stanza splitter: MiniSBD's onnxruntime and numpy (~30 MB) would be dead weight."""
    import json
    import os
    import subprocess
    import sys

    model_dir, sp_model = random_model
    pack = argos_packs.write_pack(tmp_path / f"{splitter}.argosmodel", "zh", "en", model_dir, sp_model,
                                  splitter=splitter)
    install_pack(pack, data_dir)
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)}
    out = subprocess.run([sys.executable, "-c", IMPORTED_AFTER_TRANSLATING, str(data_dir)], capture_output=True,
                         text=True, check=True, env=env)
    assert json.loads(out.stdout.strip().splitlines()[-1]) == expected


def test_a_minisbd_pack_needs_no_stanza_notice(data_dir: Path, random_packs, capsys) -> None:
    from desktop_app.cli import main

    assert main(["packs", "install", str(random_packs[("zh", "en")])]) == 0
    assert "note:" not in capsys.readouterr().out


@pytest.mark.parametrize("damage", ["tokenizer", "splitter"])
def test_a_pack_damaged_after_install_gives_a_clear_error(damage: str, data_dir: Path, random_packs) -> None:
    info = install_pack(random_packs[("zh", "en")], data_dir)
    assert info.path is not None
    target = info.path / "sentencepiece.model" if damage == "tokenizer" else next((info.path / "minisbd").iterdir())
    target.write_bytes(b"damaged on disk")
    with pytest.raises(MtError, match=f"language pack {info.folder}"):
        ArgosEngine(data_dir).translate_batch(SENTENCES[:2], "zh", "en")
