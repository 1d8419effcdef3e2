"""Packaging: desktop entry, AppStream and MIME metadata agree with the app; icons are complete; and (slow) the
frozen app builds and its `--version` and `--screenshot` work."""

from __future__ import annotations

import configparser
import json
import os
import shutil
import struct
import subprocess
from pathlib import Path

import pytest
from lxml import etree

from desktop_app import APP_ID, APP_NAME, __version__

REPO = Path(__file__).resolve().parent.parent
PACKAGING = REPO / "packaging"
ICONS = REPO / "resources" / "icons"
DESKTOP = PACKAGING / f"{APP_ID}.desktop"
METAINFO = PACKAGING / f"{APP_ID}.metainfo.xml"
MIME = PACKAGING / f"{APP_ID}.mime.xml"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive in desktop files
    parser.read_string(DESKTOP.read_text(encoding="utf-8"))
    assert parser.sections() == ["Desktop Entry"]
    return parser["Desktop Entry"]


def test_desktop_entry_is_valid_and_names_the_app() -> None:
    entry = desktop_entry()
    assert entry["Type"] == "Application" and entry["Name"] == APP_NAME
    assert entry["Icon"] == APP_ID, "the icon is installed under the application id"
    assert entry["Exec"].split()[0] == entry["TryExec"] == "pressdesk"
    assert entry["Terminal"] == "false"
    for key in ("Categories", "Keywords", "MimeType"):
        assert entry[key].endswith(";"), f"{key} is a ;-terminated list"
    assert "Office" in entry["Categories"].split(";")
    if shutil.which("desktop-file-validate"):
        result = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True)
        assert result.returncode == 0, result.stdout + result.stderr


def test_metainfo_matches_the_app_id_desktop_file_and_version() -> None:
    root = etree.parse(str(METAINFO)).getroot()
    assert root.tag == "component" and root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("name") == APP_NAME
    assert root.find("launchable").text == DESKTOP.name  # type: ignore[union-attr]
    assert root.find("provides/binary").text == desktop_entry()["TryExec"]  # type: ignore[union-attr]
    assert root.find("releases/release").get("version") == __version__  # type: ignore[union-attr]


@pytest.mark.skipif(not shutil.which("appstreamcli"), reason="appstreamcli is not installed")
def test_metainfo_passes_appstream_validation() -> None:
    result = subprocess.run(["appstreamcli", "validate", "--no-net", str(METAINFO)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_mime_type_matches_the_desktop_entry() -> None:
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    root = etree.parse(str(MIME)).getroot()
    mime_type = root.find("m:mime-type", ns)
    assert mime_type is not None
    assert f"{mime_type.get('type')};" == desktop_entry()["MimeType"]
    assert mime_type.find("m:glob", ns).get("pattern") == "*.pressdesk"  # type: ignore[union-attr]


def test_icons_exist_in_every_size_and_the_ico_holds_them() -> None:
    etree.parse(str(ICONS / "pressdesk.svg"))  # well-formed
    for size in PNG_SIZES:
        data = (ICONS / f"pressdesk-{size}.png").read_bytes()
        assert data[:8] == b"\x89PNG\r\n\x1a\n"
        assert struct.unpack(">II", data[16:24]) == (size, size)
    ico = (ICONS / "pressdesk.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", ico)
    assert (reserved, kind) == (0, 1) and count >= 5
    sizes = set()
    for i in range(count):
        width, _h, _c, _r, _planes, _bits, length, offset = struct.unpack_from("<BBBBHHII", ico, 6 + 16 * i)
        assert ico[offset:offset + 8] == b"\x89PNG\r\n\x1a\n" and offset + length <= len(ico)
        sizes.add(width or 256)
    assert {16, 32, 48, 256} <= sizes


def test_windows_installer_and_spec_agree_with_the_app() -> None:
    iss = (PACKAGING / "pressdesk.iss").read_text(encoding="utf-8")
    assert f'#define AppVersion "{__version__}"' in iss
    assert f'#define AppName "{APP_NAME}"' in iss
    assert "..\\resources\\icons\\pressdesk.ico" in iss
    spec = (PACKAGING / "pressdesk.spec").read_text(encoding="utf-8")
    compile(spec, "pressdesk.spec", "exec")
    assert 'name="PressDesk"' in spec  # the folder the installer takes its files from: dist\PressDesk


@pytest.mark.slow
def test_frozen_app_builds_and_starts(tmp_path: Path) -> None:
    """Build with PyInstaller (minutes), then `--version` and `--screenshot` of the frozen binary (build.sh)."""
    env = {**os.environ, "PRESSDESK_DIST": str(tmp_path / "dist"), "PRESSDESK_WORK": str(REPO / "build")}
    result = subprocess.run(["bash", str(PACKAGING / "build.sh")], cwd=REPO, env=env, capture_output=True,
                            text=True, timeout=3600)
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]
    assert "--screenshot:" in result.stdout
    app = tmp_path / "dist" / "PressDesk"
    assert (app / "_internal" / "resources" / "sample-release.json").is_file()
    bundled = {p.name.split(".")[0].lower() for p in (app / "_internal").iterdir()}
    assert not bundled & {"torch", "stanza", "spacy", "thinc"}  # MT needs CTranslate2 and MiniSBD only
    # On disk: PyInstaller links packages' shared libraries into _internal (libQt6Widgets.so.6 -> PySide6/Qt/lib/…);
    # a link is not a second copy.
    assert sum(f.lstat().st_size for f in app.rglob("*") if f.is_file() and not f.is_symlink()) < 500 * 1024**2

    # Machine translation works frozen and offline: install a tiny real pack with the frozen binary, translate.
    from argos_packs import random_packs

    pack = random_packs(tmp_path / "packs", pairs=(("en", "ru"),))[("en", "ru")]
    frozen_env = {**os.environ, "PRESSDESK_DATA_DIR": str(tmp_path / "data"), "QT_QPA_PLATFORM": "offscreen"}
    subprocess.run([str(app / "pressdesk"), "packs", "install", str(pack)], env=frozen_env, check=True,
                   capture_output=True, timeout=600)
    out = subprocess.run([str(app / "pressdesk"), "translate-text", "--from", "en", "--to", "ru", "-n", "1", "--json",
                          "The round table was held in Jinhua."], env=frozen_env, check=True, capture_output=True,
                         text=True, timeout=600)
    [suggestion] = json.loads(out.stdout)
    assert suggestion["route"] == ["en", "ru"] and suggestion["text"]
