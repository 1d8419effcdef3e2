"""Words of the English and Russian text that mix alphabets ("Вoлодин" with a Latin o, "Stаte" with a Cyrillic а)
and one-letter words typed in the other alphabet ("году, a громадная"). They look right but the glossary, search
and proofing do not recognise them: warnings, with a fix when every foreign letter has a look-alike in the word's
alphabet (`domain.homoglyphs`). In Chinese text a quoted Latin or Russian word ("（Аscond）" with a Cyrillic А) is
held to the alphabet most of its letters use; a lone letter there is left alone (a股, X光).
A name blended on purpose from two capitalised halves, one Latin and one Cyrillic ("УтроNews", an outlet's own
spelling), is no slip: its foreign half has letters with no look-alike and it starts a word part of its own.
"""

from __future__ import annotations

import unicodedata

from desktop_app.domain.homoglyphs import (
    CYRILLIC,
    LANG_SCRIPT,
    LATIN,
    MixedWord,
    lone_letters,
    mixed_words,
    script_of,
)
from desktop_app.domain.qa.findings import CellIssue, Edit, Fix, Kind, Severity

_MESSAGE = {CYRILLIC: "mixed-script-cyrillic", LATIN: "mixed-script-latin"}


def mixed_script_issues(text: str, lang: str) -> list[CellIssue]:
    """One warning per distinct mixed word (its fix corrects every occurrence) and per lone foreign letter."""
    if lang not in LANG_SCRIPT and lang != "zh":
        return []
    by_word: dict[str, list[tuple[int, int]]] = {}
    first: dict[str, MixedWord] = {}
    for mixed in mixed_words(text, lang if lang in LANG_SCRIPT else ""):
        if _blended_name(mixed) or not mixed.script:
            continue  # a blended name, or in Chinese text a word as Latin as it is Cyrillic: no alphabet to hold to
        by_word.setdefault(mixed.word, []).append((mixed.start, mixed.end))
        first.setdefault(mixed.word, mixed)
    issues = []
    for word, spans in by_word.items():
        mixed = first[word]
        fix = None
        if mixed.fixed is not None:
            fix = Fix(f"Use “{mixed.fixed}”", tuple(Edit(start, end, word, mixed.fixed) for start, end in spans))
        args = {"word": word, "letters": mixed.named_letters()}
        issues.append(CellIssue(Kind.MIXED_SCRIPT, Severity.WARNING, _MESSAGE[mixed.script], args,
                                f"mixed-script:{word}", fix, spans[0]))
    for lone in lone_letters(text, lang) if lang in LANG_SCRIPT else ():
        edit = Edit(lone.start, lone.start + 1, lone.letter, lone.fixed)
        issues.append(CellIssue(Kind.MIXED_SCRIPT, Severity.WARNING, "mixed-script-letter",
                                {"text": lone.context, "letter": lone.letter, "name": unicodedata.name(lone.letter)},
                                f"mixed-script:{lone.context}", Fix(f"Use “{lone.fixed}”", (edit,)),
                                (lone.start, lone.start + 1)))
    issues.sort(key=lambda issue: issue.span or (0, 0))
    return issues


def _blended_name(mixed: MixedWord) -> bool:
    """A word of exactly two runs, one Latin and one Cyrillic, each of two letters or more and capitalised, whose
    foreign run has a letter without a look-alike: "УтроNews", not "Moсква" (all look-alikes), "стандартаDVB" (a lost
    space after a lower-case word) or "KГјlГјg" (mojibake, many runs)."""
    if mixed.fixed is not None:
        return False
    runs: list[tuple[str, str]] = []
    for ch in mixed.word:
        script = script_of(ch)
        if script is None:
            continue
        if runs and runs[-1][0] == script:
            runs[-1] = (script, runs[-1][1] + ch)
        else:
            runs.append((script, ch))
    return (len(runs) == 2 and {script for script, _ in runs} == {LATIN, CYRILLIC}
            and all(len(letters) >= 2 and letters[0].isupper() for _, letters in runs))
