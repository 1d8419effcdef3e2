"""Every file under ../shared/realdata through the reader a user would reach it with, including the broken ones.

Documents (.docx/.docm/.dotx/.txt/.json and anything without a reader of its own) go through `pressdesk import`
into a project; glossary files (.tbx/.csv/.tsv/.txt/.tab/.utf8) through the glossary import into a real glossary
database; TMX files through the translation-memory import. Each file must be imported or refused with a
message (FormatError, exit code 2), within a time limit; a refusal leaves the project, glossary or memory file
byte-for-byte as it was; the input file is never modified.
"""

from __future__ import annotations

import hashlib
import shutil
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from conftest import REALDATA, needs_realdata
from desktop_app.cli import main as cli_main
from desktop_app.formats.errors import FormatError
from desktop_app.services.glossary import IMPORT_SUFFIXES, import_glossary
from desktop_app.services.importing import DOCUMENT_SUFFIXES, sample_release
from desktop_app.services.memory import TranslationMemory
from desktop_app.storage.glossary_store import GlossaryStore
from desktop_app.storage.project_store import ProjectStore

DOCUMENT_ROUTE = {*DOCUMENT_SUFFIXES, ".json"}
GLOSSARY_ROUTE = set(IMPORT_SUFFIXES)
TMX_ROUTE = {".tmx"}


def all_files() -> list[Path]:
    return sorted(p for p in REALDATA.rglob("*") if p.is_file()) if REALDATA.is_dir() else []


def routes(path: Path) -> list[str]:
    """The importers a user could feed this file to, judged by its extension as the file dialogs do."""
    suffix = path.suffix.lower()
    chosen = [name for name, suffixes in (("document", DOCUMENT_ROUTE), ("glossary", GLOSSARY_ROUTE),
                                          ("tmx", TMX_ROUTE)) if suffix in suffixes]
    return chosen or ["document"]  # no reader of its own: the document import must refuse it cleanly


CASES = [pytest.param(path, route, id=f"{route}:{path.relative_to(REALDATA)}")
         for path in all_files() for route in routes(path)]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def templates(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """A project with the sample release, a seeded glossary and a memory with one pair: real existing data."""
    base = tmp_path_factory.mktemp("templates")
    project = base / "release.pressdesk"
    ProjectStore.create(project, sample_release()).close()
    GlossaryStore.open(base / "glossary.sqlite").close()
    with TranslationMemory.open(base) as memory:
        memory.add_pair("en", "ru", "round table", "круглый стол")
    return {"document": project, "glossary": base / "glossary.sqlite", "tmx": memory.path}


@pytest.fixture(scope="module")
def outcomes(request: pytest.FixtureRequest) -> Iterator[Counter[tuple[str, str, str]]]:
    """Counts (route, extension, imported/refused); the summary is printed when the sweep ends."""
    counts: Counter[tuple[str, str, str]] = Counter()
    yield counts
    reporter = request.config.pluginmanager.get_plugin("terminalreporter")
    capture = request.config.pluginmanager.get_plugin("capturemanager")
    if reporter is None or capture is None or not counts:
        return
    with capture.global_and_fixture_disabled():
        reporter.write_line("\nrealdata sweep (route, extension: imported / refused):")
        for route, ext in sorted({(r, e) for r, e, _ in counts}):
            reporter.write_line(f"  {route:9} {ext:6} {counts[route, ext, 'imported']:4} / "
                                f"{counts[route, ext, 'refused']}")


def run_document(target: Path, source: Path) -> bool:
    code = cli_main(["import", str(target), "--lang", "en", str(source)])
    assert code in (0, 2), f"exit code {code}"
    return code == 0


def run_glossary(target: Path, source: Path) -> bool:
    with GlossaryStore.open(target) as store:
        try:
            import_glossary(store, source)
        except FormatError as exc:
            assert str(exc)
            return False
    return True


def run_tmx(target: Path, source: Path) -> bool:
    with TranslationMemory.open(target.parent) as memory:
        try:
            memory.import_tmx(source)
        except FormatError as exc:
            assert str(exc)
            return False
    return True


RUNNERS: dict[str, Callable[[Path, Path], bool]] = {"document": run_document, "glossary": run_glossary,
                                                    "tmx": run_tmx}


@needs_realdata
@pytest.mark.parametrize(("source", "route"), CASES)
def test_real_file_is_imported_or_refused_without_damage(
    source: Path, route: str, templates: dict[str, Path], tmp_path: Path, outcomes: Counter[tuple[str, str, str]]
) -> None:
    target = tmp_path / templates[route].name
    shutil.copy(templates[route], target)
    before_target, before_source = target.read_bytes(), digest(source)
    imported = RUNNERS[route](target, source)
    outcomes[route, source.suffix.lower() or "(none)", "imported" if imported else "refused"] += 1
    assert digest(source) == before_source, "the import modified the file it read"
    if not imported:
        assert target.read_bytes() == before_target, "a refused import changed the existing data"
    leftovers = sorted(p.name for p in tmp_path.iterdir() if p.name != target.name)
    assert not [n for n in leftovers if n.endswith((".lock", ".tmp", "-journal"))], leftovers


def test_sweep_reaches_every_file() -> None:
    """Each real file has at least one route; the sweep's case list is built from the folder itself."""
    files = all_files()
    if not files:
        pytest.skip("../shared/realdata is not beside the checkout")
    assert {c.values[0] for c in CASES} == set(files)
