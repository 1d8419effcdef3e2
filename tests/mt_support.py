"""Session-wide real language packs for the MT tests (built once, installed per test through the product)."""

from __future__ import annotations

import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import argos_packs
import libretranslate_server
import pytest

from desktop_app.domain.glossary.matcher import GlossaryMatcher
from desktop_app.domain.glossary.model import TermEntry
from desktop_app.mt.argos_engine import ArgosEngine
from desktop_app.mt.packs import install_pack
from desktop_app.services.translation import TranslationService

QIAN = TermEntry(id=1, category="person", forms={"zh": "钱洪山", "en": "Qian Hongshan", "ru": "Цянь Хуншань"},
                 variants={"en": ("Qian Hong-shan",)},
                 forbidden={"en": ("Qian Hong Shan",), "ru": ("Цянь Хун Шань",)})
GOVERNOR = TermEntry(id=2, category="title", forms={"zh": "省长", "en": "Governor", "ru": "губернатор провинции"})


def glossary() -> GlossaryMatcher:
    return GlossaryMatcher([QIAN, GOVERNOR])


@pytest.fixture(scope="session")
def random_model(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    return argos_packs.build_random_model(tmp_path_factory.mktemp("argos-random"))


@pytest.fixture(scope="session")
def random_packs(tmp_path_factory: pytest.TempPathFactory, random_model: tuple[Path, Path]) -> dict:
    """Random-weight packs zh→en, en→zh, en→ru, ru→en with a MiniSBD splitter."""
    return argos_packs.random_packs(tmp_path_factory.mktemp("random-packs"), model=random_model)


@pytest.fixture(scope="session")
def memorising_packs(tmp_path_factory: pytest.TempPathFactory) -> dict:
    """The committed memorising model as zh→en and en→ru packs."""
    out = tmp_path_factory.mktemp("memorising-packs")
    return {pair: argos_packs.memorising_pack(out, *pair) for pair in argos_packs.MEMORISING_PAIRS}


@pytest.fixture(scope="module")
def memorising_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real LibreTranslate server serving the memorising packs, one per test module (it stops with the module,
    so a suite does not keep a server's memory all along)."""
    if libretranslate_server.executable() is None:
        pytest.skip("LibreTranslate is not installed (.ci/run puts it in .venv-libretranslate/)")
    out = tmp_path_factory.mktemp("lt-memo-packs")
    packs = [argos_packs.memorising_pack(out, *pair) for pair in argos_packs.MEMORISING_PAIRS]
    with libretranslate_server.running_server(tmp_path_factory.mktemp("lt-memo"), packs) as url:
        yield url


def rezip(source: Path, out: Path, rename=None, drop=None, extra: dict[str, bytes] | None = None) -> Path:
    """A copy of a pack with members renamed or dropped, or extra members added (to build broken packs)."""
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(out, "w") as zout:
        for info in zin.infolist():
            if drop and drop(info.filename):
                continue
            name = rename(info.filename) if rename else info.filename
            zout.writestr(name, zin.read(info.filename))
        for name, data in (extra or {}).items():
            zout.writestr(name, data)
    return out


def install(data_dir: Path, packs: dict, *pairs: tuple[str, str]) -> None:
    for pair in pairs or tuple(packs):
        install_pack(packs[pair], data_dir)


def term_service(data_dir: Path, packs: dict, matcher: GlossaryMatcher) -> TranslationService:
    """Every pack of `packs` installed, behind the service that protects and restores `matcher`'s names."""
    install(data_dir, packs)
    return TranslationService(ArgosEngine(data_dir), matcher)


def best_honoured(svc: TranslationService, text: str, src: str, tgt: str) -> str:
    """The first of three suggestions, asserting that it kept every glossary name of the source."""
    alternative = svc.translate_text(text, src, tgt, 3).alternatives[0]
    assert alternative.honoured == alternative.total, alternative
    return alternative.text


@pytest.fixture
def engine(data_dir: Path) -> ArgosEngine:
    return ArgosEngine(data_dir)


class NetworkGuard:
    """An audit hook that refuses every socket connection while armed, and remembers the attempts."""

    armed: ClassVar[bool] = False
    attempts: ClassVar[list[object]] = []

    @classmethod
    def hook(cls, event: str, args: tuple) -> None:
        if cls.armed and event in ("socket.connect", "socket.getaddrinfo"):
            cls.attempts.append(args[1] if len(args) > 1 else args)
            raise OSError(f"network use in the translate path: {event} {args[1:]!r}")


sys.addaudithook(NetworkGuard.hook)


@pytest.fixture
def no_network() -> Iterator[NetworkGuard]:
    """Any socket.connect/getaddrinfo inside the test fails and is recorded."""
    NetworkGuard.attempts = []
    NetworkGuard.armed = True
    try:
        yield NetworkGuard
    finally:
        NetworkGuard.armed = False

