"""The command line under abuse: closed pipes, unusable data folders, out-of-range options, write errors.

Each case ends in one line on stderr and a documented exit code, never a traceback, and leaves the files as
they were (compared byte for byte).
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.cli import EXIT_BROKEN_PIPE, main
from desktop_app.domain.release import Cell, Release, Role, Segment, Status
from desktop_app.storage.project_store import ProjectStore

REPO = Path(__file__).resolve().parent.parent
PIPE_BUFFER = 64 * 1024  # Linux's default pipe capacity: output beyond it blocks until the reader reads


def run_cli(*args: str, **kwargs: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "desktop_app", *args], capture_output=True, text=True, cwd=REPO,
                          timeout=300, **kwargs)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def one_line_refusal(result: subprocess.CompletedProcess[str]) -> None:
    assert result.returncode == 2, (result.returncode, result.stderr)
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr


def big_project(path: Path, rows: int = 3000) -> Path:
    text = "A paragraph long enough to fill the pipe quickly, number {}."
    segments = [Segment(Role.BODY, {lang: Cell(text.format(i), Status.DRAFT) for lang in ("zh", "en", "ru")})
                for i in range(rows)]
    ProjectStore.create(path, Release("Big", "2024-01-01", segments)).close()
    return path


def read_first_line_then_close(*args: str) -> tuple[int, str, str]:
    """What `pressdesk ARGS | head -1` does to PressDesk: read one line, then close the pipe."""
    proc = subprocess.Popen([sys.executable, "-m", "desktop_app", *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, cwd=REPO, text=True)
    assert proc.stdout is not None and proc.stderr is not None
    first = proc.stdout.readline()
    proc.stdout.close()
    err = proc.stderr.read()
    return proc.wait(timeout=300), first, err


@pytest.mark.parametrize("extra", [[], ["--json"]], ids=["text", "json"])
def test_show_into_a_pipe_closed_after_one_line_ends_quietly(tmp_path: Path, extra: list[str]) -> None:
    project = big_project(tmp_path / "big.pressdesk")
    code, first, err = read_first_line_then_close("show", str(project), *extra)
    assert first.strip()
    assert err == "", err
    # One big write that the pipe cuts short is reported by Python's buffered stdout as done (exit 0); line by
    # line output meets the closed pipe as BrokenPipeError (exit 141). Either way: quiet, no traceback.
    assert code in (0, EXIT_BROKEN_PIPE)


def test_glossary_list_into_a_closed_pipe_ends_quietly(tmp_path: Path) -> None:
    rows = ["category,zh,en,ru"] + [f"organization,机构{i}号,Agency number {i},Агентство номер {i}"
                                    for i in range(2500)]
    terms = tmp_path / "terms.csv"
    terms.write_text("\n".join(rows) + "\n", encoding="utf-8")
    assert run_cli("glossary", "import", str(terms)).returncode == 0
    listing = run_cli("glossary", "list")
    assert len(listing.stdout.encode()) > PIPE_BUFFER, "the listing must not fit in the pipe for this test"
    code, first, err = read_first_line_then_close("glossary", "list")
    assert first.startswith("#")
    assert err == "", err
    assert code == EXIT_BROKEN_PIPE


@pytest.mark.parametrize("kind", ["file", "under-a-file", "impossible"])
def test_an_unusable_data_folder_is_one_line(tmp_path: Path, kind: str) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_bytes(b"not a folder")
    chosen = {"file": blocker, "under-a-file": blocker / "data", "impossible": Path("/proc/no-such/pressdesk")}[kind]
    for command in (["glossary", "list"], ["tm", "lookup", "--from", "en", "--to", "ru", "x"], ["packs", "list"]):
        result = run_cli("--data-dir", str(chosen), *command)
        one_line_refusal(result)
        assert "data folder" in result.stderr
    env = {**os.environ, "PRESSDESK_DATA_DIR": str(chosen)}
    one_line_refusal(run_cli("glossary", "list", env=env))
    assert blocker.read_bytes() == b"not a folder"


@pytest.mark.parametrize("option", [
    ["--min-score", "500"], ["--min-score", "-0.5"], ["--min-score", "nan"], ["--min-score", "inf"],
    ["--min-score", "lots"], ["-n", "-1"], ["-n", "0"], ["-n", "99999999999999999999"], ["-n", "2.5"],
])
def test_tm_lookup_refuses_out_of_range_options(option: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["tm", "lookup", "--from", "en", "--to", "ru", *option, "hello"]) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and option[0] in err


def test_tm_lookup_accepts_the_edges_of_the_ranges(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["tm", "lookup", "--from", "en", "--to", "ru", "-n", "100", "--min-score", "0", "hello"]) == 0
    assert main(["tm", "lookup", "--from", "en", "--to", "ru", "-n", "1", "--min-score", "100", "hello"]) == 0


def test_translate_without_a_usable_source_refuses_and_changes_nothing(tmp_path: Path,
                                                                       capsys: pytest.CaptureFixture[str]) -> None:
    cells = {"zh": Cell("会议在北京举行。", Status.DRAFT), "en": Cell(), "ru": Cell()}
    only_zh = Release("zh only", "2024-01-01", [Segment(Role.BODY, cells)])
    project = tmp_path / "zh.pressdesk"
    ProjectStore.create(project, only_zh).close()
    empty = tmp_path / "empty.pressdesk"
    ProjectStore.create(empty, Release("nothing")).close()
    blank = tmp_path / "blank.pressdesk"
    ProjectStore.create(blank, Release("blank", segments=[Segment(), Segment()])).close()
    before = {p: digest(p) for p in (project, empty, blank)}
    for argv in (["translate", str(project), "--to", "ru", "--all"],  # no pack installed at all
                 ["translate", str(project), "--from", "en", "--to", "ru", "--all"],  # the chosen column is empty
                 ["translate", str(empty), "--to", "en", "--all"],
                 ["translate", str(blank), "--to", "zh", "--segments", "1-2"]):
        assert main(argv) == 2, argv
        err = capsys.readouterr().err
        assert len(err.strip().splitlines()) == 1 and "nothing" in err, err
    assert {p: digest(p) for p in before} == before
    assert not list(tmp_path.glob("*.lock"))


# Terminal controls from the files themselves: ESC and the C1 CSI (U+009B) drive a terminal, U+202E reorders it.
TERMINAL_ATTACK = "Head \x1b]0;owned\x07 line \x9b2J\x9b31m red \u202egnp.exe \x85 end"


def assert_nothing_drives_the_terminal(text: str) -> None:
    bad = [c for c in text if (ord(c) < 0x20 and c not in "\n\t") or 0x7f <= ord(c) <= 0x9f or c == "\u202e"]
    assert not bad, [hex(ord(c)) for c in bad]


def test_show_qa_and_errors_print_the_controls_of_a_release_escaped(tmp_path: Path,
                                                                     capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "release.pressdesk"
    cells = {"zh": Cell("标题"), "en": Cell(TERMINAL_ATTACK, Status.DRAFT), "ru": Cell("")}
    ProjectStore.create(path, Release(TERMINAL_ATTACK, "2024-05-01", [Segment(Role.HEADLINE, cells)])).close()
    assert main(["show", str(path)]) == 0
    out = capsys.readouterr().out
    assert_nothing_drives_the_terminal(out)
    assert "\\x1b]0;owned\\x07" in out and "\\x9b2J" in out and "\\u202e" in out
    assert main(["qa", str(path), "--no-glossary"]) == 1
    captured = capsys.readouterr()
    assert_nothing_drives_the_terminal(captured.out + captured.err)
    assert "U+009B" in captured.out


def test_tm_lookup_prints_the_controls_of_an_imported_memory_escaped(tmp_path: Path, data_dir: Path,
                                                                      capsys: pytest.CaptureFixture[str]) -> None:
    tmx = tmp_path / "c1.tmx"
    tmx.write_text('<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header srclang="en"/><body><tu>'
                   '<tuv xml:lang="en"><seg>hello world</seg></tuv>'
                   '<tuv xml:lang="ru"><seg>привет &#x9b;2J&#x9b;31m мир &#x202e;evil &#x85;</seg></tuv>'
                   '</tu></body></tmx>', encoding="utf-8")
    assert main(["tm", "import", str(tmx)]) == 0
    capsys.readouterr()
    assert main(["tm", "lookup", "--from", "en", "--to", "ru", "hello world"]) == 0
    out = capsys.readouterr().out
    assert_nothing_drives_the_terminal(out)
    assert "привет \\x9b2J\\x9b31m мир \\u202eevil" in out


def _limit_memory() -> None:
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (2 * 1024**3, 2 * 1024**3))  # reading /dev/zero fails, not swaps


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="devices and named pipes are POSIX")
@pytest.mark.parametrize("source", ["device", "pipe"])
@pytest.mark.parametrize("command", ["import-txt", "import-docx", "import-json", "new-from-json", "glossary-csv",
                                     "glossary-tbx", "template"])
def test_a_device_or_named_pipe_under_a_document_name_is_refused_at_once(tmp_path: Path, data_dir: Path,
                                                                          source: str, command: str) -> None:
    suffix = {"import-txt": ".txt", "import-docx": ".docx", "import-json": ".json", "new-from-json": ".json",
              "glossary-csv": ".csv", "glossary-tbx": ".tbx", "template": ".docx"}[command]
    named = tmp_path / f"input{suffix}"
    if source == "device":
        named.symlink_to("/dev/zero")  # endless: reading it whole never ends
    else:
        os.mkfifo(named)  # nobody writes: opening it blocks for ever
    project = big_project(tmp_path / "release.pressdesk", rows=3)
    glossary = tmp_path / "terms.sqlite"
    argv = {"import-txt": ["import", "--lang", "en", str(project), str(named)],
            "import-docx": ["import", "--lang", "en", str(project), str(named)],
            "import-json": ["import", "--lang", "en", str(project), str(named)],
            "new-from-json": ["new", "--from-json", str(named), str(tmp_path / "new.pressdesk")],
            "glossary-csv": ["glossary", "import", "--glossary", str(glossary), str(named)],
            "glossary-tbx": ["glossary", "import", "--glossary", str(glossary), str(named)],
            "template": ["export", str(project), "--lang", "en", "--template", str(named), "-o",
                         str(tmp_path / "out.docx")]}[command]
    before = digest(project)
    result = run_cli("--data-dir", str(data_dir), *argv, preexec_fn=_limit_memory)
    one_line_refusal(result)
    assert "not a regular file" in result.stderr
    assert digest(project) == before
    assert not (tmp_path / "new.pressdesk").exists() and not (tmp_path / "out.docx").exists()


@pytest.mark.skipif(not Path("/proc/self").is_dir(), reason="needs a folder nobody can create files in (/proc)")
@pytest.mark.parametrize("command", [["glossary", "list"], ["tm", "lookup", "--from", "en", "--to", "ru", "x"]],
                         ids=["glossary", "memory"])
def test_a_data_folder_where_no_file_can_be_created_names_the_file_and_the_reason(command: list[str]) -> None:
    result = run_cli("--data-dir", "/proc", *command)  # a folder that exists but takes no new file, even for root
    one_line_refusal(result)
    assert "read-only or unavailable" in result.stderr and "damaged" not in result.stderr
    assert ("glossary.sqlite" if command[0] == "glossary" else "memory.sqlite") in result.stderr


def test_file_names_with_terminal_controls_are_printed_escaped(tmp_path: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    project = tmp_path / "release\x1b]0;owned\x07.pressdesk"
    assert main(["new", "--sample", str(project)]) == 0
    assert main(["export", str(project), "--lang", "en", "-o", str(tmp_path / "out\x9b2J\u202e.docx")]) == 0
    out = capsys.readouterr().out
    assert_nothing_drives_the_terminal(out)
    assert "release\\x1b]0;owned\\x07.pressdesk" in out and "out\\x9b2J\\u202e.docx" in out
    assert (tmp_path / "out\x9b2J\u202e.docx").is_file()


@pytest.mark.parametrize("key", ["\x1b[2Jx", "", "k" * 100_000, "8969459C90D3688DB02B", "٣" * 20],
                         ids=["escape", "empty", "huge", "upper-case", "other-digits"])
def test_qa_ignore_refuses_what_is_not_a_finding_key_and_stores_nothing(key: str, tmp_path: Path,
                                                                        capsys: pytest.CaptureFixture[str]) -> None:
    project = tmp_path / "release.pressdesk"
    assert main(["new", "--sample", str(project)]) == 0
    before = digest(project)
    for option in ("--ignore", "--unignore"):
        assert main(["qa", str(project), option, key]) == 2
        err = capsys.readouterr().err
        assert "not a finding key" in err and len(err.strip().splitlines()) == 1 and "\x1b" not in err
    assert digest(project) == before


@pytest.mark.parametrize("value", ["99999999999999999999", "-1", "0", "٣"])
def test_glossary_undo_import_refuses_an_impossible_import_number(value: str, data_dir: Path,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["glossary", "undo-import", "--id", value]) == 2
    err = capsys.readouterr().err
    assert "not an import number" in err and len(err.strip().splitlines()) == 1
