"""Reading text saved in a Windows code page: Notepad and Excel on a Chinese system write GB18030 (GBK), on a
Taiwan or Hong Kong one Big5, on a Russian one Windows-1251 (Excel and Word for Mac: Mac OS Cyrillic), unless told
to write UTF-8. Files say nothing of it, so the bytes are judged: each reading is taken only when the bytes fit it
as Chinese or Russian text, never on a guess that would garble."""

from __future__ import annotations

import re
import unicodedata

_LATIN_RE = re.compile(r"[A-Za-z]")
# GB2312's punctuation rows (lead bytes A1–A9) and its 3,755 common characters (level 1, B0–D7), each with a
# second byte of A1–FE: Chinese text is nearly all of them, while Windows-1251 Russian read as GB18030 gives mostly
# rare characters (level 2 and the GBK extension), and Big5 read so gives characters with a low second byte
# (40–7E, GBK's extension) and, for Big5's commonest rows AA–AF, private-use characters.
_GB_COMMON_LEADS = frozenset((*range(0xA1, 0xAA), *range(0xB0, 0xD8)))
_GB_TRAIL = range(0xA1, 0xFF)
# Big5 (Windows code page 950): punctuation (A1–A3) and the 5,401 frequently used characters (A4–C6).
_BIG5_COMMON_LEADS = range(0xA1, 0xC7)
_SAMPLE_CHARS = 1_000_000  # judged on the start of the file: a large file is one encoding throughout
_CP1251_LETTERS = re.compile("[\u0410-\u044f\u0401\u0451]")
# Russian in another Cyrillic code page read as Windows-1251 is Cyrillic letters too, but no Russian: KOI8-R turns
# every case round ("Совет" reads "уПЧЕФ"), ISO 8859-5 mixes the cases within words, and both leave the commonest
# Russian letters rare. Real names keep their case (not one word of the seed glossary is lower- then upper-case)
# and have those eight letters at 39% or more of their letters (55-65% over a whole file); KOI8-R read this way has
# them at 28%, ISO 8859-5 at 16-21%.
_COMMON_RUSSIAN = frozenset("оеаинтср")
_CYRILLIC_WORD = re.compile("[\u0410-\u044f\u0401\u0451]{3,}")
_CASE_TURNED = re.compile("[\u0430-\u044f\u0451].*[\u0410-\u042f\u0401]")
_TURNED_WORD = re.compile("[\u0430-\u044f\u0451]+[\u0410-\u042f\u0401]")  # a capital after small letters
_TURNED_SHARE, _TURNED_WORDS = 0.2, 5
_COMMON_SHARE, _COMMON_LETTERS = 0.33, 100


def code_page_text(data: bytes) -> str | None:
    """`data` read as GB18030, Big5 or Windows-1251, whichever its bytes fit as Chinese or Russian text; None when
    none does (rather than a guess that would store garbled text)."""
    for encoding, leads, trails in (("gb18030", _GB_COMMON_LEADS, _GB_TRAIL), ("cp950", _BIG5_COMMON_LEADS, None)):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        wide = [ch.encode(encoding) for ch in text[:_SAMPLE_CHARS] if ord(ch) > 0x7F]
        if wide and sum(len(b) == 2 and b[0] in leads and (trails is None or b[1] in trails)
                        for b in wide) >= 0.9 * len(wide):
            return text
    text = _cyrillic_reading(data)
    if text is None:
        return None
    high = [ch for ch in text[:_SAMPLE_CHARS] if ord(ch) > 0x7F]
    if not high or sum(bool(_CP1251_LETTERS.match(ch)) for ch in high) < 0.9 * len(high):
        return None
    # Western text (Windows-1252 "café") read this way puts single Cyrillic letters inside Latin words.
    russian = [w for w in re.findall(r"\w+", text[:_SAMPLE_CHARS]) if _CP1251_LETTERS.search(w)]
    mixed = sum(bool(_LATIN_RE.search(w)) for w in russian)
    if mixed > 0.1 * len(russian):
        return None
    # Russian in another Cyrillic code page: KOI8-R (old Unix and mail) is read as what it is, others are
    # refused rather than stored as gibberish.
    if _reads_as_russian(text):
        return text
    koi8 = data.decode("koi8_r")  # every byte is a character of KOI8-R
    return koi8 if _reads_as_russian(koi8) else None


def _cyrillic_reading(data: bytes) -> str | None:
    """`data` read as Windows-1251 or as Mac OS Cyrillic (Excel for Mac's "CSV (Macintosh)", Word for Mac's plain
    text), whichever gives more Russian letters in their case. The two share their small letters but not their
    capitals: Mac text read as Windows-1251 has punctuation for capitals («ѓосударственная ‚ума», «россиЯ»),
    Windows text read as Mac has symbols for them; a tie is Windows-1251's."""
    best, best_score = None, -1
    for encoding in ("cp1251", "mac_cyrillic"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        sample = text[:_SAMPLE_CHARS]
        score = len(_CP1251_LETTERS.findall(sample)) - len(_TURNED_WORD.findall(sample))
        if score > best_score:
            best, best_score = text, score
    return best


def _reads_as_russian(text: str) -> bool:
    """Whether Cyrillic text reads as Russian: words keep their case, and the commonest letters are common."""
    sample = text[:_SAMPLE_CHARS]
    words = _CYRILLIC_WORD.findall(sample)
    if len(words) >= _TURNED_WORDS and sum(bool(_CASE_TURNED.search(w)) for w in words) >= _TURNED_SHARE * len(words):
        return False
    letters = [ch for ch in sample.lower() if _CP1251_LETTERS.match(ch)]
    common = sum(ch in _COMMON_RUSSIAN for ch in letters)
    return len(letters) < _COMMON_LETTERS or common >= _COMMON_SHARE * len(letters)


_UTF16_ZERO_SHARE = 0.05  # of the bytes of one parity: ASCII (separators, line breaks, digits) in UTF-16
_STRAY_ZERO_SHARE = 0.01  # of the bytes of the other parity: text has almost none there, binary data has many
_UTF16_MIN_CHARS = 8  # a few bytes of a binary header can look like anything


def bomless_utf16(data: bytes) -> str | None:
    """`data` read as UTF-16 without a byte-order mark (.NET's Encoding.Unicode and some exporters write it so)
    when its zero bytes say it is: the high byte of every ASCII character (a separator, a line break, a digit) is
    zero, and only those zeros; None for anything else (binary data has zeros at both parities)."""
    if len(data) < 2 * _UTF16_MIN_CHARS or len(data) % 2:
        return None
    sample = data[:2 * _SAMPLE_CHARS]
    half = len(sample) // 2
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    for zeros, stray, encoding in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if zeros >= _UTF16_ZERO_SHARE * half and stray <= _STRAY_ZERO_SHARE * half:
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                return None
            head = text[:_SAMPLE_CHARS]
            controls = sum(1 for ch in head if ch < " " and ch not in "\t\r\n")
            spaced = any(ch in head for ch in " \t\r\n")
            return text if spaced and controls <= _STRAY_ZERO_SHARE * len(head) else None
    return None


def composed(text: str) -> str:
    """`text` in Unicode's composed form (NFC). macOS and some Mac applications store Russian decomposed: й as
    и + U+0306, ё as е + U+0308. It looks the same, but matches no glossary form, search or check typed with й;
    composing changes no letter (a stress mark over а, which has no composed form, stays)."""
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)
