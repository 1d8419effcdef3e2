"""Every real file under ../shared/realdata/tmx (OmegaT, Heartsome, the LISA compliance kit, broken ones):
it imports with a count that agrees with an independent reading of the file, or it is refused with a clear
message and the memory stays byte-for-byte as it was."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree
from tm_helpers import db_fingerprint

from conftest import REALDATA, realdata_files
from desktop_app.formats.errors import FormatError
from desktop_app.services.memory import TranslationMemory

TMX_FILES = realdata_files("tmx", "*")
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
PRIMARY = {"zh": "zh", "en": "en", "ru": "ru"}


def _independent_reading(path: Path) -> tuple[int, int, list[tuple[str, str, str, str]]]:
    """(tu count, tus with two of zh/en/ru, a few markup-free pairs) read with a plain lxml tree, not our reader."""
    tree = etree.parse(str(path), etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False))
    tus = tree.getroot().findall("./body/tu")
    with_pair = 0
    plain_pairs = []
    for tu in tus:
        texts: dict[str, etree._Element] = {}
        for tuv in tu.findall("tuv"):
            code = (tuv.get(XML_LANG) or tuv.get("lang") or "").lower().replace("_", "-")
            lang = PRIMARY.get(code.split("-")[0])
            if lang and lang not in texts and not ({"tw", "hk", "hant"} & set(code.split("-")[1:])):
                texts[lang] = tuv.find("seg")
        if len(texts) >= 2:
            with_pair += 1
            (a, seg_a), (b, seg_b) = list(texts.items())[:2]
            if len(seg_a) == len(seg_b) == 0 and (seg_a.text or "").strip() and (seg_b.text or "").strip() \
                    and "<" not in seg_a.text + seg_b.text:
                plain_pairs.append((a, b, " ".join(seg_a.text.split()), " ".join(seg_b.text.split())))
    return len(tus), with_pair, plain_pairs


@pytest.mark.skipif(not TMX_FILES, reason="../shared/realdata/tmx is not beside the checkout")
@pytest.mark.parametrize("path", TMX_FILES, ids=lambda p: p.relative_to(REALDATA / "tmx").as_posix())
def test_real_tmx_imports_or_is_refused_cleanly(path: Path, tmp_path: Path) -> None:
    memory = TranslationMemory.open(tmp_path)
    memory.add_pair("en", "ru", "Existing entry", "Существующая запись", origin="seed")
    before = db_fingerprint(memory.path)
    try:
        report = memory.import_tmx(path)
    except FormatError as exc:
        message = str(exc)
        assert path.name in message and len(message) < 400 and "Traceback" not in message
        assert db_fingerprint(memory.path) == before
        memory.close()
        return
    units, with_pair, plain_pairs = _independent_reading(path)
    assert report.units == units
    assert report.added + report.duplicates > 0
    assert report.units - report.skipped <= with_pair
    assert report.added + report.duplicates <= 6 * with_pair
    assert memory.count() == 2 + report.added
    for src, tgt, source, target in plain_pairs[:20]:
        targets = [m.target for m in memory.lookup(source, src, tgt, limit=10) if m.score >= 99]
        assert target in targets, (source, targets)
    memory.close()


@pytest.mark.skipif(not TMX_FILES, reason="../shared/realdata/tmx is not beside the checkout")
def test_the_real_omegat_and_heartsome_memories_are_usable(tmp_path: Path) -> None:
    by_name = {p.name: p for p in TMX_FILES}
    wanted = ["loginom_omegat_project_save_ru-en.tmx", "pingfangx_omegat_project_save_en-zh-CN.tmx",
              "heartsome_ImportTMXTest_en-US_zh-CN.tmx"]
    if not all(name in by_name for name in wanted):
        pytest.skip("the OmegaT/Heartsome sample memories are not in ../shared/realdata/tmx")
    with TranslationMemory.open(tmp_path) as memory:
        for name in wanted:
            assert memory.import_tmx(by_name[name]).added > 100
        # OmegaT's tag shortcuts (<x1/>…) are not part of the remembered text.
        (exact,) = memory.lookup("Создать черновик", "ru", "en", limit=1)
        assert (exact.target, exact.score) == ("New Draft", 100.0)
        fuzzy = memory.lookup("Создать новый черновик", "ru", "en")
        assert fuzzy and fuzzy[0].target == "New Draft" and 60 <= fuzzy[0].score < 99
        assert memory.lookup("test modify date", "en", "zh")[0].target == "测'试'修'改'日'期"
        assert memory.lookup("测'试'修'改'日'期", "zh", "en")[0].target == "test modify date"
