"""Characters a reader cannot see: control characters, bidirectional controls and the other "default ignorable"
code points (zero-width space and joiners, word joiner, soft hyphen, byte-order mark, variation selectors …).

Pasted from web pages or planted on purpose, they split a name so the glossary no longer recognises it
("Commu\u200bnist"), reorder what is displayed (U+202E), or drive a terminal (ESC). The matcher ignores the invisible
ones (`strip_invisible` keeps a map back to the original offsets), QA reports them, glossary validation refuses
the ones that have no business in a term, and the CLI shows them escaped (`escape_unseen`).
"""

from __future__ import annotations

import re
import unicodedata

# Unicode's Default_Ignorable_Code_Point property (DerivedCoreProperties.txt): drawn as nothing when unsupported.
_IGNORABLE_RANGES = (
    "\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164"
    "\ufe00-\ufe0f\ufeff\uffa0\ufff0-\ufff8\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0000-\U000e0fff"
)
BIDI_CONTROLS = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
# Every default-ignorable character but the variation selectors (U+FE00–FE0F and U+E0100–E01EF pick a glyph of a
# Chinese character; U+180B–180D, U+180F a Mongolian letter's form): tag characters that carry hidden text, Hangul
# fillers that show as a blank, the combining grapheme joiner … A name never holds one; shown or not, each makes the
# name differ from the text it should match. A regex character class.
NEVER_IN_NAMES = ("\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f"
                  "\u3164\ufeff\uffa0\ufff0-\ufff8\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0000-\U000e00ff"
                  "\U000e01f0-\U000e0fff")

_INVISIBLE_RE = re.compile(f"[{_IGNORABLE_RANGES}]+")
_CONTROL_RE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")  # C0 and C1 controls except tab and line feed
_UNSEEN_RE = re.compile(f"[\x00-\x1f\x7f-\x9f\ud800-\udfff{_IGNORABLE_RANGES}]")
_TERMINAL_CONTROL_RE = re.compile(f"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff{_IGNORABLE_RANGES}]")
_UNSEEN_BUT_LINES_RE = re.compile(f"[\x00-\x09\x0b-\x1f\x7f-\x9f\ud800-\udfff{_IGNORABLE_RANGES}]")
_UNSEEN_IN_JSON_RE = re.compile(f"[\x7f-\x9f\ud800-\udfff{_IGNORABLE_RANGES}]")  # the encoder escapes C0 itself


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def half_character(text: str) -> int | None:
    """Where `text` holds half a character (a lone UTF-16 surrogate: bytes that were not UTF-8 on a command line,
    a "\\ud800" escape in JSON), which no database, document or tokenizer can hold; None when it holds none."""
    found = _LONE_SURROGATE.search(text)
    return found.start() if found else None


def strip_invisible(text: str) -> tuple[str, list[int] | None]:
    """`text` without default-ignorable characters, and for each kept character (plus one past the end) its
    offset in `text`; the map is None when nothing was removed (the common case costs one regex search)."""
    if _INVISIBLE_RE.search(text) is None:
        return text, None
    kept: list[str] = []
    positions: list[int] = []
    last = 0
    for match in _INVISIBLE_RE.finditer(text):
        kept.append(text[last:match.start()])
        positions.extend(range(last, match.start()))
        last = match.end()
    kept.append(text[last:])
    positions.extend(range(last, len(text) + 1))
    return "".join(kept), positions


def invisible_characters(text: str) -> list[tuple[int, str]]:
    """(offset, character) of every default-ignorable character in `text`."""
    return [(m.start() + i, c) for m in _INVISIBLE_RE.finditer(text) for i, c in enumerate(m.group())]


def control_characters(text: str) -> list[tuple[int, str]]:
    """(offset, character) of every C0/C1 control character in `text` other than tab and line feed."""
    return [(m.start(), m.group()) for m in _CONTROL_RE.finditer(text)]


def char_name(char: str) -> str:
    """"U+202E RIGHT-TO-LEFT OVERRIDE": how a character nobody can see is named in a message."""
    name = unicodedata.name(char, "")
    if not name and unicodedata.category(char) == "Cc":
        name = {"\t": "TAB", "\n": "LINE FEED", "\r": "CARRIAGE RETURN", "\x1b": "ESCAPE", "\x07": "BELL",
                "\x08": "BACKSPACE", "\x00": "NULL", "\x7f": "DELETE"}.get(char, "CONTROL CHARACTER")
    return f"U+{ord(char):04X} {name}".rstrip()


def escape_unseen(text: str) -> str:
    """`text` with control, invisible and bidi characters and lone surrogates written as \\x1b / \\u202e, so
    printing it can neither drive a terminal nor hide or reorder anything."""
    return _UNSEEN_RE.sub(_escape, text)


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


def escape_terminal_controls(text: str) -> str:
    """`text` with what `escape_unseen` escapes except tab, line feed and carriage return: a whole output's
    layout kept, nothing in it can drive a terminal or hide or reorder what is shown."""
    return _TERMINAL_CONTROL_RE.sub(_escape, text)


def strip_unseen(text: str) -> str:
    """`text` without what `escape_unseen` would escape: for a name made from text, such as a file name."""
    return _UNSEEN_RE.sub("", text)


def escape_unseen_but_lines(text: str) -> str:
    """`text` with what `escape_unseen` escapes except line feeds: a message keeps its own lines, while a name
    quoted in it can neither reorder nor hide what the window shows."""
    return _UNSEEN_BUT_LINES_RE.sub(_escape, text)


def escape_unseen_json(text: str) -> str:
    """JSON text (C0 controls already escaped by the encoder) with the other unseen characters as \\u escapes,
    characters beyond the BMP as surrogate pairs; they can only stand inside strings, so the value is unchanged."""
    return _UNSEEN_IN_JSON_RE.sub(_json_escape, text)


def _json_escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x10000:
        return f"\\u{code:04x}"
    code -= 0x10000
    return f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}"
