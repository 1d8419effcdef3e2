"""Language packs: real `.argosmodel` files validated, installed, listed, replaced and removed by the product."""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import zipfile
from pathlib import Path

import argos_packs
import mt_support
import pytest

from desktop_app.cli import main
from desktop_app.mt.argos_engine import ArgosEngine
from desktop_app.mt.packs import (
    PackError,
    PackOffline,
    fetch_index,
    inspect_pack,
    install_pack,
    list_installed,
    mt_dir,
    packs_dir,
    parse_pair,
    remove_pack,
)
from desktop_app.mt.routes import RouteKind, all_routes, plan

random_model, random_packs = mt_support.random_model, mt_support.random_packs  # fixtures
rezip = mt_support.rezip


def test_inspect_reads_the_pair_version_and_size(random_packs) -> None:
    info = inspect_pack(random_packs[("zh", "en")])
    assert (info.src, info.tgt, info.version) == ("zh", "en", "1.0")
    with zipfile.ZipFile(random_packs[("zh", "en")]) as zf:
        assert info.size == sum(i.file_size for i in zf.infolist())


def test_install_list_translate_and_remove(data_dir: Path, random_packs) -> None:
    installed = install_pack(random_packs[("zh", "en")], data_dir)
    assert installed.pair == "zh-en" and installed.path is not None and installed.path.is_dir()
    listed = list_installed(data_dir)
    assert [(p.pair, p.version) for p in listed] == [("zh-en", "1.0")]
    assert listed[0].size == sum(f.stat().st_size for f in installed.path.rglob("*") if f.is_file())
    engine = ArgosEngine(data_dir)
    assert engine.installed_pairs() == {("zh", "en")}
    assert engine.hypotheses("代表团参观了工业园区。", "zh", "en", 1)
    remove_pack(data_dir, "zh", "en", on_changed=engine.reload)
    assert list_installed(data_dir) == []
    assert not any(packs_dir(data_dir).iterdir())
    with pytest.raises(Exception, match="no language pack for zh→en"):
        engine.hypotheses("代表团参观了工业园区。", "zh", "en", 1)


OTHER_DISK = Path("/dev/shm")  # a tmpfs: another file system than the temporary folder on Linux


@pytest.mark.skipif(not OTHER_DISK.is_dir() or os.stat(OTHER_DISK).st_dev == os.stat(tempfile.gettempdir()).st_dev,
                    reason="needs a second file system (/dev/shm) beside the temporary folder")
def test_a_packs_folder_linked_to_another_disk_installs_updates_and_removes(data_dir: Path, random_packs) -> None:
    """Packs are big: a translator links the packs folder to a roomier disk."""
    elsewhere = Path(tempfile.mkdtemp(dir=OTHER_DISK))
    try:
        mt_dir(data_dir).mkdir(parents=True, exist_ok=True)
        (mt_dir(data_dir) / "packs").symlink_to(elsewhere, target_is_directory=True)
        installed = install_pack(random_packs[("zh", "en")], data_dir)
        assert installed.path is not None and installed.path.resolve().is_relative_to(elsewhere)
        assert ArgosEngine(data_dir).hypotheses("代表团参观了工业园区。", "zh", "en", 1)
        install_pack(random_packs[("zh", "en")], data_dir)  # the same version again replaces it
        assert [p.pair for p in list_installed(data_dir)] == ["zh-en"]
        remove_pack(data_dir, "zh", "en")
        assert list_installed(data_dir) == [] and not any(elsewhere.iterdir())
    finally:
        shutil.rmtree(elsewhere, ignore_errors=True)


def test_reinstalling_a_pair_replaces_the_old_pack_and_the_loaded_model(data_dir: Path, random_model,
                                                                           tmp_path: Path) -> None:
    model_dir, sp_model = random_model
    old = argos_packs.write_pack(tmp_path / "old.argosmodel", "en", "ru", model_dir, sp_model, version="1.0")
    new = argos_packs.write_pack(tmp_path / "new.argosmodel", "en", "ru", model_dir, sp_model, version="1.1")
    engine = ArgosEngine(data_dir)
    install_pack(old, data_dir, on_changed=engine.reload)
    engine.warm_up("en", "ru")
    first_path = engine._loaded[("en", "ru")].pack.path
    install_pack(new, data_dir, on_changed=engine.reload)
    assert [(p.pair, p.version) for p in list_installed(data_dir)] == [("en-ru", "1.1")]
    engine.warm_up("en", "ru")
    second_path = engine._loaded[("en", "ru")].pack.path
    assert second_path != first_path and second_path.is_dir() and not first_path.exists()


def broken_packs(good: Path, tmp_path: Path) -> dict[str, tuple[Path, str]]:
    top = zipfile.ZipFile(good).namelist()[0].split("/")[0]
    not_zip = tmp_path / "not-a-zip.argosmodel"
    not_zip.write_bytes(b"PK this is not really a zip file")
    return {
        "not a zip": (not_zip, "not a zip"),
        "no metadata": (rezip(good, tmp_path / "no-meta.argosmodel", drop=lambda n: n.endswith("metadata.json")),
                        "no metadata.json"),
        "no model": (rezip(good, tmp_path / "no-model.argosmodel", drop=lambda n: "/model/" in n), "model.bin"),
        "no tokenizer": (rezip(good, tmp_path / "no-sp.argosmodel", drop=lambda n: n.endswith("sentencepiece.model")),
                         "sentencepiece.model"),
        "parent path": (rezip(good, tmp_path / "dotdot.argosmodel", extra={f"{top}/../../evil.txt": b"x"}),
                        "outside its folder"),
        "absolute path": (rezip(good, tmp_path / "abs.argosmodel", extra={"/tmp/evil.txt": b"x"}),
                          "outside its folder"),
        "two folders": (rezip(good, tmp_path / "two.argosmodel", extra={"other/readme.txt": b"x"}),
                        "exactly one folder"),
        "no folder": (rezip(good, tmp_path / "flat.argosmodel", rename=lambda n: n.split("/", 1)[1]),
                      "exactly one folder"),
        "not translate": (rezip(good, tmp_path / "sbd.argosmodel", drop=lambda n: n.endswith("metadata.json"),
                                extra={f"{top}/metadata.json": json.dumps({"type": "sbd", "from_code": "zh",
                                                                            "to_code": "en"}).encode()}),
                          "not a translation pack"),
    }


@pytest.mark.parametrize("case", ["not a zip", "no metadata", "no model", "no tokenizer", "parent path",
                                  "absolute path", "two folders", "no folder", "not translate"])
def test_broken_packs_are_refused_and_installed_packs_stay(case: str, data_dir: Path, random_packs,
                                                           tmp_path: Path) -> None:
    install_pack(random_packs[("en", "ru")], data_dir)
    before = sorted(p.relative_to(data_dir) for p in packs_dir(data_dir).rglob("*"))
    path, reason = broken_packs(random_packs[("zh", "en")], tmp_path)[case]
    with pytest.raises(PackError, match=reason):
        install_pack(path, data_dir)
    assert sorted(p.relative_to(data_dir) for p in packs_dir(data_dir).rglob("*")) == before
    assert not (tmp_path.parent / "evil.txt").exists() and not Path("/tmp/evil.txt").exists()
    assert ArgosEngine(data_dir).hypotheses("We thank the delegation.", "en", "ru", 1)  # still works


META_EN_RU = json.dumps({"type": "translate", "from_code": "en", "to_code": "ru"}).encode()
CLASHING_MEMBERS = {
    "metadata-upper-case": {"{top}/METADATA.json": META_EN_RU},
    "model-folder-case": {"{top}/Model/model.bin": b"x"},
    "tokenizer-case": {"{top}/sentencepiece.MODEL": b"x"},
    "composed-and-decomposed": {"{top}/notes/caf\u00e9.txt": b"x", "{top}/notes/cafe\u0301.txt": b"y"},
}


@pytest.mark.parametrize("case", sorted(CLASHING_MEMBERS))
def test_members_whose_names_clash_on_windows_or_macos_are_refused(case: str, data_dir: Path, random_packs,
                                                                   tmp_path: Path) -> None:
    """An en→ru metadata.json hidden as METADATA.json would replace the zh→en one when unpacked on Windows."""
    good = random_packs[("zh", "en")]
    top = zipfile.ZipFile(good).namelist()[0].split("/")[0]
    extra = {name.format(top=top): data for name, data in CLASHING_MEMBERS[case].items()}
    with pytest.raises(PackError, match="one name on Windows and macOS"):
        install_pack(rezip(good, tmp_path / "clash.argosmodel", extra=extra), data_dir)
    assert list_installed(data_dir) == []


def test_cli_install_refuses_a_broken_pack_with_one_line(data_dir: Path, random_packs, tmp_path: Path,
                                                         capsys) -> None:
    path, _ = broken_packs(random_packs[("zh", "en")], tmp_path)["no model"]
    assert main(["packs", "install", str(path)]) == 2
    err = capsys.readouterr().err
    assert "model/model.bin" in err and "unchanged" in err and err.count("\n") == 1


def test_cli_install_list_remove(data_dir: Path, random_packs, capsys) -> None:
    assert main(["packs", "install", str(random_packs[("zh", "en")])]) == 0
    assert main(["packs", "install", str(random_packs[("en", "ru")])]) == 0
    capsys.readouterr()
    assert main(["packs", "list", "--json"]) == 0
    listing = json.loads(capsys.readouterr().out)
    assert [p["pair"] for p in listing["packs"]] == ["en-ru", "zh-en"]
    kinds = {(r["from"], r["to"]): (r["kind"], r["route"]) for r in listing["routes"]}
    assert kinds[("zh", "ru")] == ("pivot", ["zh", "en", "ru"])
    assert kinds[("ru", "zh")][0] == "missing"
    assert main(["packs", "remove", "zh-en"]) == 0
    assert [p.pair for p in list_installed(data_dir)] == ["en-ru"]
    assert main(["packs", "remove", "zh-en"]) == 2


def test_stray_folders_do_not_break_the_listing(data_dir: Path, random_packs) -> None:
    install_pack(random_packs[("zh", "en")], data_dir)
    (packs_dir(data_dir) / "leftover").mkdir()
    assert [p.pair for p in list_installed(data_dir)] == ["zh-en"]


def test_routes_pivot_through_english_and_say_what_is_missing() -> None:
    installed = {("zh", "en"), ("en", "ru")}
    assert plan("zh", "ru", installed).langs == ("zh", "en", "ru")
    assert plan("zh", "ru", installed).kind is RouteKind.PIVOT
    assert plan("zh", "en", installed).kind is RouteKind.DIRECT
    missing = plan("ru", "zh", installed)
    assert not missing.available and missing.missing_pairs(installed) == [("ru", "en"), ("en", "zh")]
    assert sum(r.kind is RouteKind.MISSING for r in all_routes(installed)) == 3
    assert parse_pair("zh-en") == ("zh", "en") and parse_pair("en_ru") == ("en", "ru")
    with pytest.raises(PackError):
        parse_pair("chinese")


def test_index_unreachable_is_reported_as_offline() -> None:
    with pytest.raises(PackOffline, match="cannot be reached"):
        fetch_index("http://127.0.0.1:9/index.json", timeout=5)


def test_index_entries_are_checked_like_packs_so_none_can_name_a_file_outside_the_folder(tmp_path: Path) -> None:
    import json

    good = {"from_code": "zh", "to_code": "en", "from_name": "Chinese", "to_name": "English",
            "package_version": "1.9", "links": ["http://127.0.0.1/translate-zh_en.argosmodel"]}
    bad = [{**good, "from_code": "../../outside"}, {**good, "to_code": "en/x"}, {**good, "to_name": "E" * 1_000_000},
           {**good, "from_name": None}, {**good, "links": ["x" * 5000]}, {**good, "to_code": "zh"}, "not an entry"]
    index = tmp_path / "index.json"
    index.write_text(json.dumps([*bad, good]), encoding="utf-8")
    [entry] = fetch_index(index.as_uri())
    assert (entry.src, entry.tgt, entry.to_name, entry.links) == ("zh", "en", "English", tuple(good["links"]))


def test_the_argos_index_recursion_trap_is_defused(data_dir: Path, random_packs) -> None:
    """argostranslate's get_available_packages() recurses for ~50 s without an index; the engine leaves one."""
    engine = ArgosEngine(data_dir)
    install_pack(random_packs[("zh", "en")], data_dir)
    engine.warm_up("zh", "en")
    import argostranslate.package

    assert argostranslate.package.get_available_packages() == []


@pytest.mark.parametrize("source", ["\u200b\u200b", "\ufeff", "\x1b\x07\x08\x7f", " \u200d\u2060 "],
                         ids=["zero-width-spaces", "byte-order-mark", "control-characters", "joiners"])
def test_translate_with_a_source_a_reader_sees_as_empty_refuses_and_changes_nothing(
        source: str, data_dir: Path, random_packs, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from desktop_app.domain.release import Cell, Release, Role, Segment, Status
    from desktop_app.storage.project_store import ProjectStore

    install_pack(random_packs[("zh", "en")], data_dir)
    project = tmp_path / "invisible.pressdesk"
    cells = {"zh": Cell(source, Status.DRAFT), "en": Cell(), "ru": Cell()}
    ProjectStore.create(project, Release("T", "2024-01-01", [Segment(Role.BODY, cells)])).close()
    before = project.read_bytes()
    for argv in (["translate", str(project), "--to", "en", "--all"],
                 ["translate", str(project), "--from", "zh", "--to", "en", "--all"]):
        assert main(argv) == 2, argv
        err = capsys.readouterr().err
        assert len(err.strip().splitlines()) == 1 and "nothing translated" in err, err
    assert project.read_bytes() == before
