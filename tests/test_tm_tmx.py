"""The TMX reader: language codes, inline codes, encodings, broken and hostile files."""

from __future__ import annotations

from pathlib import Path

import pytest
from tm_helpers import tmx_bytes, write_tmx

from desktop_app.formats.errors import FormatError
from desktop_app.formats.tmx import iter_tmx, normalise_lang


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("zh-CN", "zh"), ("zh_CN", "zh"), ("ZH-CN", "zh"), ("zh-Hans", "zh"), ("zh-Hans-CN", "zh"), ("zh", "zh"),
        ("en-US", "en"), ("EN-us", "en"), ("en_GB", "en"), ("eN-uS", "en"), ("ru-RU", "ru"), ("RU", "ru"),
        ("ja-JP", None), ("be", None), ("fr-CA", None), ("", None),
        ("zh-TW", None), ("zh-Hant", None), ("zh_HK", None),
    ],
)
def test_language_codes_map_to_the_three_columns(code: str, expected: str | None) -> None:
    assert normalise_lang(code) == expected


def test_multiple_tuvs_in_file_order(tmp_path: Path) -> None:
    unit = [("en-US", "Hello"), ("ru-RU", "Привет"), ("zh-CN", "你好"), ("fr", "Salut")]
    path = write_tmx(tmp_path / "m.tmx", [unit])
    (unit,) = list(iter_tmx(path))
    assert [(v.lang, v.text) for v in unit.variants] == [
        ("en-US", "Hello"), ("ru-RU", "Привет"), ("zh-CN", "你好"), ("fr", "Salut"),
    ]


def test_tmx11_lang_attribute_is_read(tmp_path: Path) -> None:
    path = write_tmx(tmp_path / "old.tmx", [[("EN-US", "Hello"), ("ZH-CN", "你好")]], lang_attr="lang")
    (unit,) = list(iter_tmx(path))
    assert [v.lang for v in unit.variants] == ["EN-US", "ZH-CN"]


def test_inline_codes_become_plain_text(tmp_path: Path) -> None:
    seg = ('<it pos="begin" x="1">&lt;I&gt;</it><bpt i="1">&lt;B&gt;</bpt>Click '
           '<ph x="3">&lt;IMG ALT="<sub>Start here</sub>"&gt;</ph> to <hi type="verb">start</hi>.'
           '<ept i="1">&lt;/B&gt;</ept><ut>{\\b}</ut>')
    path = write_tmx(tmp_path / "inline.tmx", [[("en", seg), ("ru", "Нажмите, <hi>чтобы</hi> начать.")]],
                     raw_segs=True)
    (unit,) = list(iter_tmx(path))
    assert [v.text for v in unit.variants] == ["Click to start.", "Нажмите, чтобы начать."]


def test_omegat_tag_shortcuts_are_removed_only_in_omegat_files(tmp_path: Path) -> None:
    units = [[("ru", "<x1/>Создать черновик<x2/>, затем <b0>сохранить</b0>"), ("en", "New draft")]]
    omegat = write_tmx(tmp_path / "omegat.tmx", units, tool="OmegaT")
    other = write_tmx(tmp_path / "other.tmx", units, tool="Other")
    assert next(iter(iter_tmx(omegat))).variants[0].text == "Создать черновик, затем сохранить"
    assert next(iter(iter_tmx(other))).variants[0].text == "<x1/>Создать черновик<x2/>, затем <b0>сохранить</b0>"


def test_supplementary_plane_characters_survive(tmp_path: Path) -> None:
    path = write_tmx(tmp_path / "smp.tmx", [[("en", "𝐀𝐁𝐂 😀"), ("zh", "𠀀𠀁 😀")]])
    (unit,) = list(iter_tmx(path))
    assert [v.text for v in unit.variants] == ["𝐀𝐁𝐂 😀", "𠀀𠀁 😀"]


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-8-sig"])
def test_unicode_encodings_with_and_without_bom(tmp_path: Path, encoding: str) -> None:
    data = tmx_bytes([[("zh-CN", "外交部"), ("ru", "Министерство")]], encoding=encoding)
    if encoding in ("utf-16-le", "utf-16-be"):
        data = ("\ufeff".encode(encoding)) + data
    path = tmp_path / "enc.tmx"
    path.write_bytes(data)
    (unit,) = list(iter_tmx(path))
    assert [v.text for v in unit.variants] == ["外交部", "Министерство"]


def test_whitespace_is_collapsed(tmp_path: Path) -> None:
    path = write_tmx(tmp_path / "ws.tmx", [[("en", "  two\n   lines\t here "), ("ru", "две строки")]])
    assert next(iter(iter_tmx(path))).variants[0].text == "two lines here"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty"),
        (b"   \n", "not a well-formed"),
        (b"<?xml version='1.0'?><tmx><body><tu>", "not a well-formed"),
        (b"<?xml version='1.0'?><xliff version='1.2'/>", "not a TMX file"),
        (b"PK\x03\x04 not xml at all", "not a well-formed"),
        (b"<?xml version='1.0' encoding='no-such-encoding'?><tmx/>", "TMX"),
    ],
)
def test_broken_files_raise_format_error(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "bad.tmx"
    path.write_bytes(content)
    with pytest.raises(FormatError, match=message) as info:
        list(iter_tmx(path))
    assert "bad.tmx" in str(info.value)


def test_missing_file_is_a_format_error(tmp_path: Path) -> None:
    with pytest.raises(FormatError, match=r"nothing\.tmx"):
        list(iter_tmx(tmp_path / "nothing.tmx"))


def test_size_limit(tmp_path: Path) -> None:
    path = write_tmx(tmp_path / "big.tmx", [[("en", "x" * 100), ("ru", "y" * 100)]] * 50)
    with pytest.raises(FormatError, match="over"):
        list(iter_tmx(path, max_bytes=1024))
    assert len(list(iter_tmx(path))) == 50


XXE = b"""<?xml version="1.0"?>
<!DOCTYPE tmx [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<tmx version="1.4"><header srclang="en"/><body>
<tu><tuv xml:lang="en"><seg>A &secret; B</seg></tuv><tuv xml:lang="ru"><seg>C</seg></tuv></tu></body></tmx>"""

LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE tmx [<!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa">
""" + b"".join(
    f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">\n'.encode() for i in range(9)
) + b"""]>
<tmx version="1.4"><header srclang="en"/><body>
<tu><tuv xml:lang="en"><seg>&j;</seg></tuv><tuv xml:lang="ru"><seg>&j;</seg></tuv></tu></body></tmx>"""

EXTERNAL_DTD = """<?xml version="1.0"?>
<!DOCTYPE tmx SYSTEM "http://192.0.2.1/tmx14.dtd">
<tmx version="1.4"><header srclang="en"/><body>
<tu><tuv xml:lang="en"><seg>Hello</seg></tuv><tuv xml:lang="ru"><seg>Привет</seg></tuv></tu></body></tmx>""".encode()


LAUGHS_UTF16 = LAUGHS.decode().replace('version="1.0"?>', 'version="1.0" encoding="UTF-16"?>', 1).encode("utf-16")


@pytest.mark.parametrize("content", [XXE, LAUGHS, LAUGHS_UTF16], ids=["xxe", "billion-laughs", "billion-laughs-utf16"])
def test_files_declaring_entities_are_refused_before_reading(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "evil.tmx"
    path.write_bytes(content)
    read = []
    with pytest.raises(FormatError, match="entities"):
        read.extend(iter_tmx(path))
    assert read == []


def test_external_dtd_is_not_fetched(tmp_path: Path) -> None:
    path = tmp_path / "dtd.tmx"
    path.write_bytes(EXTERNAL_DTD)
    (unit,) = list(iter_tmx(path))  # 192.0.2.1 is unroutable: fetching it would hang or fail
    assert [v.text for v in unit.variants] == ["Hello", "Привет"]


def test_progress_reaches_the_total(tmp_path: Path) -> None:
    path = write_tmx(tmp_path / "p.tmx", [[("en", f"Sentence {i}"), ("ru", f"Предложение {i}")] for i in range(1200)])
    calls: list[tuple[int, int]] = []
    assert len(list(iter_tmx(path, on_progress=lambda done, total: calls.append((done, total))))) == 1200
    total = path.stat().st_size
    assert len(calls) >= 3
    assert calls[-1] == (total, total)
    assert all(0 < done <= total for done, _ in calls)
