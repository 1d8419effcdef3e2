"""Attacks on the MT side, each refused or harmless with the installed packs unchanged.

Pack metadata of the wrong type or with codes that are not plain language codes, zip members twice or both file
and folder, broken pack folders, removal by a look-alike pair, oversized packs and texts, and argostranslate's
process-wide set-up (no folder in the real home, no environment change from a worker thread).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import zipfile
from pathlib import Path

import mt_support
import pytest

import desktop_app.mt.packs as packs_module
from desktop_app.cli import main
from desktop_app.mt.argos_engine import ArgosEngine
from desktop_app.mt.engine import MtCancelled, MtError
from desktop_app.mt.packs import (
    STAGING,
    PackError,
    inspect_pack,
    install_pack,
    list_broken,
    list_installed,
    packs_dir,
    parse_pair,
)
from desktop_app.services.translation import MAX_TEXT_CHARS, TranslationService, check_length

random_model, random_packs = mt_support.random_model, mt_support.random_packs  # fixtures
rezip = mt_support.rezip

REPO = Path(__file__).resolve().parent.parent
SENTENCE = "代表团参观了工业园区。"


def snapshot(data_dir: Path) -> list[tuple[str, int]]:
    """Every path under the packs folder with its size: what "unchanged" means."""
    root = packs_dir(data_dir)
    return sorted((p.relative_to(root).as_posix(), p.stat().st_size if p.is_file() else -1) for p in root.rglob("*")
                  if p.relative_to(root).parts[0] != STAGING)


def with_metadata(good: Path, out: Path, **changes: object) -> Path:
    """A copy of a good pack whose metadata.json has fields replaced (None → JSON null) or removed (...)."""
    with zipfile.ZipFile(good) as zf:
        name = next(n for n in zf.namelist() if n.endswith("/metadata.json"))
        meta = json.loads(zf.read(name))
    for key, value in changes.items():
        if value is Ellipsis:
            meta.pop(key, None)
        else:
            meta[key] = value
    return rezip(good, out, drop=lambda n: n == name, extra={name: json.dumps(meta).encode()})


def plant(data_dir: Path, good: Path, folder: str, **changes: object) -> Path:
    """Unpack a pack straight into the packs folder (as a sync tool or an old version might), metadata changed."""
    target = packs_dir(data_dir) / folder
    with zipfile.ZipFile(good) as zf:
        for info in zf.infolist():
            rel = info.filename.split("/", 1)[1]
            if not rel or info.is_dir():
                continue
            dest = target / rel
            dest.parent.mkdir(parents=True, exist_ok=True)
            dest.write_bytes(zf.read(info))
    meta = json.loads((target / "metadata.json").read_text())
    meta.update(changes)
    (target / "metadata.json").write_text(json.dumps(meta))
    return target


# -- pack metadata (every field's type, plain codes) -----------------------------------------------------------

BAD_METADATA = {
    "to_name null": {"to_name": None},
    "from_name null": {"from_name": None},
    "from_name a number": {"from_name": 7},
    "to_name a list": {"to_name": ["English"]},
    "version a number": {"package_version": 1.0},
    "type null": {"type": None},
    "links a string": {"links": "http://127.0.0.1/x"},
    "links of numbers": {"links": [1, 2]},
    "target_prefix a number": {"target_prefix": 0},
    "from_code with newline": {"from_code": "zh\n"},
    "to_code with newline": {"to_code": "en\n"},
    "from_code with space": {"from_code": " zh"},
    "from_code upper case": {"from_code": "ZH"},
    "to_code one letter": {"to_code": "e"},
    "to_code four letters": {"to_code": "engl"},
    "to_code region": {"to_code": "en-US"},
    "to_code cyrillic": {"to_code": "еn"},
    "from_code a number": {"from_code": 12},
    "from_code null": {"from_code": None},
    "to_code missing": {"to_code": ...},
    "to_code path": {"to_code": "../x"},
    "to_name a megabyte": {"to_name": "English" * 150_000},
    "from_name 201 characters": {"from_name": "C" * 201},
    "version a megabyte": {"package_version": "1" * 1_000_000},
    "a link of 3000 characters": {"links": ["http://127.0.0.1/" + "x" * 3000]},
    "a thousand links": {"links": [f"http://127.0.0.1/{i}" for i in range(1000)]},
}


@pytest.mark.parametrize("case", sorted(BAD_METADATA))
def test_metadata_of_the_wrong_shape_is_refused_and_other_packs_keep_working(case: str, data_dir: Path,
                                                                              random_packs, tmp_path: Path) -> None:
    install_pack(random_packs[("en", "ru")], data_dir)
    before = snapshot(data_dir)
    bad = with_metadata(random_packs[("zh", "en")], tmp_path / "bad.argosmodel", **BAD_METADATA[case])
    with pytest.raises(PackError, match=r"metadata\.json"):
        install_pack(bad, data_dir)
    assert snapshot(data_dir) == before
    assert ArgosEngine(data_dir).hypotheses("The delegation visited the park.", "en", "ru", 1)


def test_cli_refuses_null_names_with_one_line(data_dir: Path, random_packs, tmp_path: Path, capsys) -> None:
    bad = with_metadata(random_packs[("zh", "en")], tmp_path / "bad.argosmodel", to_name=None)
    assert main(["packs", "install", str(bad)]) == 2
    err = capsys.readouterr().err
    assert "to_name" in err and err.count("\n") == 1 and "Traceback" not in err
    assert list_installed(data_dir) == []


def test_a_planted_pack_with_null_names_breaks_nothing_and_can_be_removed(data_dir: Path, random_packs,
                                                                          capsys) -> None:
    install_pack(random_packs[("en", "ru")], data_dir)
    plant(data_dir, random_packs[("zh", "en")], "translate-zh_en-1_0", to_name=None)
    assert [p.pair for p in list_installed(data_dir)] == ["en-ru"]
    assert [(b.folder, "to_name" in b.reason) for b in list_broken(data_dir)] == [("translate-zh_en-1_0", True)]
    engine = ArgosEngine(data_dir)
    assert engine.translate_batch(["The delegation visited the park."], "en", "ru")[0]  # other pairs unharmed
    with pytest.raises(MtError, match="no language pack for zh→en"):
        engine.hypotheses(SENTENCE, "zh", "en", 1)
    assert main(["packs", "list"]) == 0
    assert "broken: 'translate-zh_en-1_0'" in capsys.readouterr().out
    assert main(["packs", "remove", "translate-zh_en-1_0"]) == 0
    assert list_broken(data_dir) == [] and [p.pair for p in list_installed(data_dir)] == ["en-ru"]


@pytest.mark.parametrize("folder_meta", [{"from_code": "en\n", "to_code": "ru\n"}, {"from_code": "en "},
                                         {"to_code": "RU"}])
@pytest.mark.parametrize("argument", ["en\n-ru\n", "en-ru\n", "\nen-ru", " en-ru", "en -ru", "en\t-ru", "EN-RU",
                                      "en-ru ", "en--ru", "en\n_ru"])
def test_removal_takes_only_the_exact_installed_pair(argument: str, folder_meta: dict, data_dir: Path,
                                                     random_packs, capsys) -> None:
    """A ghost folder with look-alike codes exists; removing by a look-alike pair must not touch the real en-ru."""
    install_pack(random_packs[("en", "ru")], data_dir)
    plant(data_dir, random_packs[("en", "ru")], "translate-en_ru-ghost", **folder_meta)
    before = snapshot(data_dir)
    assert main(["packs", "remove", argument]) == 2
    assert "Traceback" not in capsys.readouterr().err
    assert snapshot(data_dir) == before
    assert [p.pair for p in list_installed(data_dir)] == ["en-ru"]


def test_parse_pair_accepts_only_plain_pairs() -> None:
    assert parse_pair("zh-en") == ("zh", "en") and parse_pair("en_ru") == ("en", "ru")
    assert parse_pair("zh→en") == ("zh", "en") and parse_pair("ru->en") == ("ru", "en")
    for text in ("zh-en\n", "zh - en", "zh-en-ru", "zh", "", "zhen", "zh-EN", "z-en"):
        with pytest.raises(PackError):
            parse_pair(text)


# -- zip members ---------------------------------------------------------------------------------------------


def top_of(pack: Path) -> str:
    return zipfile.ZipFile(pack).namelist()[0].split("/")[0]


def test_two_metadata_members_are_refused(data_dir: Path, random_packs, tmp_path: Path) -> None:
    """The second metadata.json (an en→ru model smuggled into a zh-en pack) must not win."""
    good = random_packs[("zh", "en")]
    top = top_of(good)
    other = json.dumps({"from_code": "en", "to_code": "ru", "type": "translate"}).encode()
    with pytest.warns(UserWarning, match="Duplicate name"):
        bad = rezip(good, tmp_path / "twice.argosmodel", extra={f"{top}/metadata.json": other})
    install_pack(random_packs[("en", "ru")], data_dir)
    before = snapshot(data_dir)
    with pytest.raises(PackError, match=r"metadata\.json' twice"):
        install_pack(bad, data_dir)
    assert snapshot(data_dir) == before


@pytest.mark.parametrize("member", ["model.bin", "sentencepiece.model", "minisbd/zh.onnx"])
def test_any_member_twice_is_refused(member: str, data_dir: Path, random_packs, tmp_path: Path) -> None:
    good = random_packs[("zh", "en")]
    name = f"{top_of(good)}/{'model/' if member == 'model.bin' else ''}{member}"
    with pytest.warns(UserWarning, match="Duplicate name"):
        bad = rezip(good, tmp_path / "twice.argosmodel", extra={name: b"junk"})
    with pytest.raises(PackError, match="twice"):
        install_pack(bad, data_dir)
    assert snapshot(data_dir) == []


@pytest.mark.parametrize("extra", ["model", "minisbd", "metadata.json/inner.txt", "sentencepiece.model/x"])
def test_a_member_both_file_and_folder_is_refused_without_traceback(extra: str, data_dir: Path, random_packs,
                                                                     tmp_path: Path, capsys) -> None:
    good = random_packs[("zh", "en")]
    bad = rezip(good, tmp_path / "clash.argosmodel", extra={f"{top_of(good)}/{extra}": b"x"})
    with pytest.raises(PackError, match="both as a file and as a folder"):
        inspect_pack(bad)
    assert main(["packs", "install", str(bad)]) == 2
    err = capsys.readouterr().err
    assert "both as a file and as a folder" in err and err.count("\n") == 1
    assert snapshot(data_dir) == []


@pytest.mark.parametrize("junk", ["no metadata", "garbage metadata", "a file"])
def test_a_broken_folder_in_the_way_is_replaced_by_a_good_install(junk: str, data_dir: Path, random_packs) -> None:
    good = random_packs[("zh", "en")]
    final = packs_dir(data_dir) / "translate-zh_en-1_0"  # where the good pack goes
    if junk == "a file":
        final.write_bytes(b"not a folder")
    else:
        final.mkdir()
        (final / "leftover.bin").write_bytes(b"x" * 100)
        if junk == "garbage metadata":
            (final / "metadata.json").write_text("{not json")
    info = install_pack(good, data_dir)
    assert info.path == final and (final / "model" / "model.bin").is_file()
    assert [p.pair for p in list_installed(data_dir)] == ["zh-en"] and list_broken(data_dir) == []
    assert ArgosEngine(data_dir).hypotheses(SENTENCE, "zh", "en", 1)


def test_only_a_listed_broken_folder_is_removed_by_name(data_dir: Path, random_packs, capsys) -> None:
    install_pack(random_packs[("zh", "en")], data_dir)
    before = snapshot(data_dir)
    for name in ("translate-zh_en-1_0", "../packs", "translate-zh_en-1_0/model", "nothing-here"):
        assert main(["packs", "remove", name]) == 2  # a good pack's folder is not "broken"
    assert snapshot(data_dir) == before
    capsys.readouterr()


# -- sizes ------------------------------------------------------------------------------------------------------


def zero_member(out: Path, good: Path, megabytes: int) -> Path:
    """A good pack plus one member of `megabytes` zeros (a few hundred KB compressed): a zip bomb."""
    rezip(good, out)
    with zipfile.ZipFile(out, "a", zipfile.ZIP_DEFLATED) as zf, zf.open(f"{top_of(good)}/model/padding.bin",
                                                                       "w", force_zip64=True) as member:
        block = bytes(1024 * 1024)
        for _ in range(megabytes):
            member.write(block)
    return out


def test_a_pack_that_unpacks_to_600_mb_is_refused_before_unpacking(data_dir: Path, random_packs,
                                                                    tmp_path: Path) -> None:
    bomb = zero_member(tmp_path / "bomb.argosmodel", random_packs[("zh", "en")], 604)
    assert bomb.stat().st_size < 5 * 1024**2
    staging = packs_dir(data_dir) / STAGING
    with pytest.raises(PackError, match="implausible size"):
        install_pack(bomb, data_dir)
    assert snapshot(data_dir) == []
    assert not staging.exists() or not any(staging.iterdir())


def test_a_highly_compressed_pack_is_refused(data_dir: Path, random_packs, tmp_path: Path) -> None:
    """Below the size cap but 50+ times its file size: nothing real compresses like that."""
    bomb = zero_member(tmp_path / "ratio.argosmodel", random_packs[("zh", "en")], 200)
    assert bomb.stat().st_size * packs_module.MAX_RATIO < 200 * 1024**2 < packs_module.MAX_UNPACKED_BYTES
    with pytest.raises(PackError, match="implausible size"):
        install_pack(bomb, data_dir)
    assert snapshot(data_dir) == []


def test_a_file_larger_than_any_pack_is_refused_unread(data_dir: Path, tmp_path: Path) -> None:
    big = tmp_path / "big.argosmodel"
    with open(big, "wb") as out:  # sparse: no disk used
        out.truncate(packs_module.MAX_PACK_BYTES + 1)
    with pytest.raises(PackError, match="larger than any language pack"):
        install_pack(big, data_dir)


def test_text_length_is_capped_per_call(data_dir: Path, random_packs, capsys, monkeypatch) -> None:
    mt_support.install(data_dir, random_packs, ("zh", "en"))
    check_length("字" * MAX_TEXT_CHARS)
    service = TranslationService(ArgosEngine(data_dir))
    for text in ("字" * (MAX_TEXT_CHARS + 1), SENTENCE * (MAX_TEXT_CHARS // len(SENTENCE) + 1)):
        with pytest.raises(MtError, match="at most 100,000"):
            service.translate_text(text, "zh", "en", 1)
        with pytest.raises(MtError, match="at most 100,000"):
            service.translate_all([SENTENCE, text], "zh", "en")
    assert service.engine.loaded_pairs() == set()  # refused before any model work
    assert main(["translate-text", "--from", "zh", "--to", "en", "字" * (MAX_TEXT_CHARS + 1)]) == 2
    err = capsys.readouterr().err
    assert "at most 100,000 are translated at once" in err and err.count("\n") == 1
    import io

    monkeypatch.setattr("sys.stdin", io.StringIO("好" * (2 * MAX_TEXT_CHARS)))
    assert main(["translate-text", "--from", "zh", "--to", "en", "-"]) == 2
    assert "at most 100,000" in capsys.readouterr().err


def test_long_text_reports_progress_and_can_be_cancelled(data_dir: Path, random_packs) -> None:
    mt_support.install(data_dir, random_packs, ("zh", "en"))
    service = TranslationService(ArgosEngine(data_dir))
    text = SENTENCE * 100  # 100 sentences: several chunks
    seen: list[tuple[int, int]] = []
    result = service.translate_text(text, "zh", "en", 1, progress=lambda done, total: seen.append((done, total)))
    assert result.alternatives
    assert len(seen) >= 3 and seen[-1] == (100, 100)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    calls: list[int] = []

    def cancel_after_first_chunk() -> bool:
        calls.append(1)
        return len(calls) > 1

    with pytest.raises(MtCancelled):
        service.translate_text(text + " ", "zh", "en", 1, cancelled=cancel_after_first_chunk)
    with pytest.raises(MtCancelled):
        service.translate_all([text], "zh", "en", cancelled=lambda: True)


# -- argostranslate's global state ------------------------------------------------------------------------------

CHILD = r"""
import json, os, sys, threading
from pathlib import Path
events = []
def hook(event, args):
    if event in ("os.putenv", "os.unsetenv"):
        events.append((threading.current_thread().name, str(args[0])))
sys.addaudithook(hook)
data = Path(sys.argv[1])
pack = sys.argv[2]
from desktop_app.mt.packs import install_pack
install_pack(pack, data)
from desktop_app.mt import argos_engine
argos_engine.configure(data)  # start-up, before any thread
started = len(events)
env_before = dict(os.environ)
results = {}
def work():
    engine = argos_engine.ArgosEngine(data)
    results["text"] = engine.translate_batch(["代表团参观了工业园区。"], "zh", "en")[0]
    results["url"] = argos_engine.package_index_url(data)
worker = threading.Thread(target=work, name="mt-worker")
worker.start()
worker.join()
print(json.dumps({"startup_events": events[:started], "later_events": events[started:],
                  "env_changed": sorted(k for k in set(env_before) | set(os.environ)
                                        if env_before.get(k) != os.environ.get(k)),
                  "text": results.get("text"), "url": results.get("url"),
                  "heavy": sorted(m for m in ("torch", "stanza", "spacy") if m in sys.modules)}))
"""


def test_argos_is_set_up_once_before_threads_and_never_writes_the_real_home(data_dir: Path, random_packs,
                                                                           tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "ARGOS_"))}
    env.update(HOME=str(home), PYTHONPATH=str(REPO))
    out = subprocess.run([sys.executable, "-c", CHILD, str(tmp_path / "data"), str(random_packs[("zh", "en")])],
                         capture_output=True, text=True, env=env, timeout=300, check=True)
    report = json.loads(out.stdout.strip().splitlines()[-1])
    assert report["text"] and report["url"].startswith("http")
    assert report["later_events"] == []  # nothing touched the environment once threads run
    assert all(thread == "MainThread" for thread, _ in report["startup_events"])
    assert report["env_changed"] == [] and report["heavy"] == []
    assert list(home.rglob("*")) == []  # no ~/.local/share/argos-translate, ~/.config, ~/.cache …


def test_the_cli_creates_nothing_in_the_real_home(random_packs, tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    data = tmp_path / "data"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "ARGOS_", "PRESSDESK_"))}
    env.update(HOME=str(home), PYTHONPATH=str(REPO))
    for argv in (["packs", "install", str(random_packs[("zh", "en")])],
                 ["translate-text", "--from", "zh", "--to", "en", SENTENCE], ["packs", "list"]):
        subprocess.run([sys.executable, "-m", "desktop_app", "--data-dir", str(data), *argv], env=env, check=True,
                       capture_output=True, timeout=300)
    own_cache = home / ".cache" / "pressdesk"  # PressDesk's glossary automata, by design in the per-user cache
    assert [p for p in home.rglob("*") if p not in own_cache.parents and not p.is_relative_to(own_cache)] == []


def test_engines_of_other_data_folders_in_one_process_change_no_environment(data_dir: Path, random_packs,
                                                                            tmp_path: Path) -> None:
    mt_support.install(data_dir, random_packs, ("zh", "en"))
    ArgosEngine(data_dir).warm_up("zh", "en")  # argostranslate is set up in this process now
    other = tmp_path / "other"
    mt_support.install(other, random_packs, ("en", "ru"))
    changes: list[str] = []
    outputs: list[str] = []
    env_before = dict(os.environ)

    def work() -> None:
        engine = ArgosEngine(other)
        outputs.extend(engine.translate_batch(["The delegation visited the park."], "en", "ru"))
        changes.extend(k for k in set(env_before) | set(os.environ) if env_before.get(k) != os.environ.get(k))

    worker = threading.Thread(target=work)
    worker.start()
    worker.join()
    assert outputs and outputs[0]
    assert changes == [] and dict(os.environ) == env_before


GUI_CHILD = r"""
import json, sys, threading, time
from pathlib import Path
events = []
def hook(event, args):
    if event in ("os.putenv", "os.unsetenv"):
        events.append((threading.current_thread().name, str(args[0])))
sys.addaudithook(hook)
from PySide6.QtWidgets import QApplication
from desktop_app.domain.release import Cell, Origin, Provenance, Release, Segment, Status
from desktop_app.mt.packs import install_pack
from desktop_app.storage.project_store import ProjectStore
from desktop_app.ui.context import AppContext
from desktop_app.ui.main_window import MainWindow

app = QApplication([])
data, pack, project = Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3])
install_pack(pack, data)
release = Release("t", "2024-01-01", [Segment(cells={"zh": Cell("代表团参观了工业园区。", Status.DRAFT,
                                                            Provenance(Origin.TYPED)), "en": Cell(), "ru": Cell()})])
ProjectStore.create(project, release).close()
context = AppContext.create(data)
started = len(events)
window = MainWindow(context)
window.open_path(project, ask_save=False)
window.show()
done = []
window.machine_translation.translate_all.finished.connect(done.append)
window.machine_translation.translate_all.start("en")
deadline = time.monotonic() + 240
while not done and time.monotonic() < deadline:
    app.processEvents()
    time.sleep(0.005)
context.tasks.wait_idle()
window.document.save()
window.close()
context.close()
print(json.dumps({"cells": done, "startup": events[:started], "later": events[started:]}))
"""


def test_the_window_sets_argos_up_before_its_workers_and_they_never_write_the_environment(random_packs,
                                                                                         tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "ARGOS_", "PRESSDESK_"))}
    env.update(HOME=str(home), PYTHONPATH=str(REPO), QT_QPA_PLATFORM="offscreen", XDG_RUNTIME_DIR=str(tmp_path))
    out = subprocess.run([sys.executable, "-c", GUI_CHILD, str(tmp_path / "data"), str(random_packs[("zh", "en")]),
                          str(tmp_path / "p.pressdesk")], capture_output=True, text=True, env=env, timeout=300,
                         check=True)
    report = json.loads(out.stdout.strip().splitlines()[-1])
    assert report["cells"] == [1]
    assert [e for e in report["later"] if e[0] != "MainThread"] == []
    assert not [e for e in report["later"] if "XDG" in e[1] or "ARGOS" in e[1]]
    assert all(thread == "MainThread" for thread, _ in report["startup"])
    assert [p for p in home.rglob("*")
            if "argos" in str(p.relative_to(home)).lower() or "onnx" in str(p.relative_to(home)).lower()] == []


def test_a_broken_folder_named_like_a_pair_can_be_removed(data_dir: Path, random_packs) -> None:
    install_pack(random_packs[("en", "ru")], data_dir)
    (packs_dir(data_dir) / "zh-en").mkdir()  # broken: no metadata
    assert main(["packs", "remove", "zh-en"]) == 0
    assert list_broken(data_dir) == [] and [p.pair for p in list_installed(data_dir)] == ["en-ru"]
    (packs_dir(data_dir) / "en-ru").mkdir()  # the installed pair wins over a broken folder of the same name
    assert main(["packs", "remove", "en-ru"]) == 0
    assert list_installed(data_dir) == [] and [b.folder for b in list_broken(data_dir)] == ["en-ru"]
