"""Reading text saved in a Windows code page: Notepad and Excel on a Chinese system write GB18030 (GBK), on a
Russian one Windows-1251, unless told to write UTF-8. Files say nothing of it, so the bytes are judged: each
reading is taken only when the bytes fit it as Chinese or Russian text, never on a guess that would garble."""

from __future__ import annotations

import re

_LATIN_RE = re.compile(r"[A-Za-z]")
# GB2312's punctuation rows and its 3,755 common characters (level 1): Chinese text is nearly all of them, while
# Windows-1251 Russian read as GB18030 gives mostly rare characters (level 2 and the GBK extension).
_GB_COMMON_LEADS = range(0xA1, 0xD8)
_SAMPLE_CHARS = 1_000_000  # judged on the start of the file: a large file is one encoding throughout
_CP1251_LETTERS = re.compile("[\u0410-\u044f\u0401\u0451]")


def code_page_text(data: bytes) -> str | None:
    """`data` read as GB18030 or Windows-1251, whichever its bytes fit as Chinese or Russian text; None when
    neither does (rather than a guess that would store garbled text)."""
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        pass
    else:
        wide = [ch.encode("gb18030") for ch in text[:_SAMPLE_CHARS] if ord(ch) > 0x7F]
        if wide and sum(len(b) == 2 and b[0] in _GB_COMMON_LEADS for b in wide) >= 0.9 * len(wide):
            return text
    try:
        text = data.decode("cp1251")
    except UnicodeDecodeError:
        return None
    high = [ch for ch in text[:_SAMPLE_CHARS] if ord(ch) > 0x7F]
    if not high or sum(bool(_CP1251_LETTERS.match(ch)) for ch in high) < 0.9 * len(high):
        return None
    # Western text (Windows-1252 "café") read this way puts single Cyrillic letters inside Latin words.
    russian = [w for w in re.findall(r"\w+", text[:_SAMPLE_CHARS]) if _CP1251_LETTERS.search(w)]
    mixed = sum(bool(_LATIN_RE.search(w)) for w in russian)
    return text if mixed <= 0.1 * len(russian) else None
