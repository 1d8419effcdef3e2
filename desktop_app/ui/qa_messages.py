"""Quality-check messages in the interface language (context "QaMessages" in the .ts files).

A finding carries a `message_id` and its `args`; the English templates live in `domain.qa.findings.MESSAGES` and are
repeated here inside QT_TRANSLATE_NOOP so lupdate collects them (a test checks the two tables agree). A translation
keeps the `{name}` placeholders. Arguments that are words of the interface rather than quotations of the text —
language names, punctuation names, weekdays, months, "and" — are translated too; quotations stay as written.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from desktop_app.ui.labels import lang_label

log = logging.getLogger(__name__)

CONTEXT = "QaMessages"

TEMPLATES: dict[str, str] = {
    "missing-text": QT_TRANSLATE_NOOP("QaMessages", "no {lang} text (filled in: {others})"),
    "untranslated-identical": QT_TRANSLATE_NOOP("QaMessages", "identical to the {other} text: not translated"),
    "untranslated-script": QT_TRANSLATE_NOOP("QaMessages", "written in {detected}, not {lang}"),
    "stale": QT_TRANSLATE_NOOP("QaMessages", "the {source} text has changed since this was translated from it"),
    "length-short": QT_TRANSLATE_NOOP(
        "QaMessages", "much shorter than the other versions ({ratio}× shorter): text may be missing"),
    "length-long": QT_TRANSLATE_NOOP(
        "QaMessages", "much longer than the other versions ({ratio}× longer): text may be repeated"),
    "number-missing": QT_TRANSLATE_NOOP("QaMessages", "{value} is missing here ({where})"),
    "number-extra": QT_TRANSLATE_NOOP("QaMessages", "“{text}” ({value}) does not appear in the {langs} text"),
    "number-qualifier": QT_TRANSLATE_NOOP("QaMessages", "“{text}”: the other versions say {said} {value}"),
    "date-missing": QT_TRANSLATE_NOOP("QaMessages", "the date {dates} is missing here ({where})"),
    "date-differs": QT_TRANSLATE_NOOP(
        "QaMessages", "“{text}” here, but {dates} in the other versions ({where})"),
    "date-relative": QT_TRANSLATE_NOOP(
        "QaMessages", "“{text}” ({date}) is not the day the {lang} text means: “{other_text}” ({other_date})"),
    "date-weekday": QT_TRANSLATE_NOOP("QaMessages", "“{text}”: {date} is a {weekday}"),
    "term-forbidden": QT_TRANSLATE_NOOP("QaMessages", "“{text}” is not to be used: use “{approved}”"),
    "term-forbidden-no-form": QT_TRANSLATE_NOOP("QaMessages", "“{text}” is not to be used"),
    "term-dated": QT_TRANSLATE_NOOP(
        "QaMessages", "“{text}” is not current on {date} (glossary: {valid_from} to {valid_to})"),
    "term-misspelt": QT_TRANSLATE_NOOP(
        "QaMessages", "“{text}” ({lang}) has no counterpart here: expected “{approved}” or an accepted variant"),
    "term-no-counterpart": QT_TRANSLATE_NOOP(
        "QaMessages", "“{text}” ({lang}) has no counterpart in this paragraph: expected “{approved}”, a short form "
                      "or a reference to it"),
    "term-omitted": QT_TRANSLATE_NOOP(
        "QaMessages", "“{text}” ({lang}) is named nowhere in the {version} text: expected “{approved}”"),
    "person-omitted": QT_TRANSLATE_NOOP("QaMessages", "“{text}” ({lang}) is named nowhere in the {version} text"),
    "term-wrong-given-name": QT_TRANSLATE_NOOP(
        "QaMessages", "“{text}” is not how this person is named: “{approved}”"),
    "term-given-name-alone": QT_TRANSLATE_NOOP(
        "QaMessages", "“{text}” is a given name alone, read as a surname: “{approved}”"),
    "term-only-here": QT_TRANSLATE_NOOP("QaMessages", "“{text}” appears only here: the {langs} text names no "
                                                      "counterpart"),
    "term-different-body": QT_TRANSLATE_NOOP(
        "QaMessages", "“{text}” is a different body from “{other_text}” in the {langs} text"),
    "title-not-held": QT_TRANSLATE_NOOP(
        "QaMessages", "{name} did not hold “{title}” on {date} (held {period}); on that date: “{current}”"),
    "title-not-held-no-current": QT_TRANSLATE_NOOP(
        "QaMessages", "{name} did not hold “{title}” on {date} (held {period})"),
    "title-of-another": QT_TRANSLATE_NOOP(
        "QaMessages", "{name} did not hold “{title}” on {date}, {holders} did; on that date: “{current}”"),
    "title-held-by-other": QT_TRANSLATE_NOOP("QaMessages", "on {date} “{title}” was held by {holders}"),
    "half-width-punctuation": QT_TRANSLATE_NOOP(
        "QaMessages", "half-width {name} “{char}” in Chinese text: use “{full}”"),
    "straight-quotes": QT_TRANSLATE_NOOP("QaMessages", "straight quotes \" in Chinese text: use “ ”"),
    "name-interpunct": QT_TRANSLATE_NOOP(
        "QaMessages", "“{text}”: a full stop parts the halves of the name: use “·”"),
    "cjk-space": QT_TRANSLATE_NOOP("QaMessages", "space between Chinese characters"),
    "full-width-punctuation": QT_TRANSLATE_NOOP("QaMessages", "Chinese {name} “{char}” in {lang} text"),
    "space-before-punctuation": QT_TRANSLATE_NOOP("QaMessages", "space before punctuation"),
    "missing-space-after-punctuation": QT_TRANSLATE_NOOP("QaMessages",
                                                         "no space after punctuation between words"),
    "russian-quotes": QT_TRANSLATE_NOOP("QaMessages", "Russian text should use quotes «…» (and „…“ inside them)"),
    "unbalanced-brackets": QT_TRANSLATE_NOOP("QaMessages", "unbalanced brackets {pair}"),
    "unbalanced-quotes": QT_TRANSLATE_NOOP("QaMessages", "unbalanced quotes {pair}"),
    "double-space": QT_TRANSLATE_NOOP("QaMessages", "doubled space"),
    "invisible-control": QT_TRANSLATE_NOOP("QaMessages",
                                           "{count} control or text-direction character(s) ({names})"),
    "invisible-hidden": QT_TRANSLATE_NOOP("QaMessages", "{count} invisible character(s) ({names})"),
    "mixed-script-cyrillic": QT_TRANSLATE_NOOP("QaMessages", "“{word}” mixes alphabets: {letters} in a Cyrillic word"),
    "mixed-script-latin": QT_TRANSLATE_NOOP("QaMessages",
                                            "“{word}” mixes alphabets: {letters} in a Latin-alphabet word"),
    "mixed-script-letter": QT_TRANSLATE_NOOP("QaMessages",
                                             "“{text}”: “{letter}” ({name}) among words of another alphabet"),
    "spelling-unknown": QT_TRANSLATE_NOOP("QaMessages", "“{word}” is not in the dictionary: a spelling mistake?"),
}

WORDS: dict[str, str] = {
    "comma": QT_TRANSLATE_NOOP("QaMessages", "comma"),
    "semicolon": QT_TRANSLATE_NOOP("QaMessages", "semicolon"),
    "colon": QT_TRANSLATE_NOOP("QaMessages", "colon"),
    "question mark": QT_TRANSLATE_NOOP("QaMessages", "question mark"),
    "exclamation mark": QT_TRANSLATE_NOOP("QaMessages", "exclamation mark"),
    "bracket": QT_TRANSLATE_NOOP("QaMessages", "bracket"),
    "full stop": QT_TRANSLATE_NOOP("QaMessages", "full stop"),
    "enumeration comma": QT_TRANSLATE_NOOP("QaMessages", "enumeration comma"),
    "and": QT_TRANSLATE_NOOP("QaMessages", "and"),
}
# Arguments made of interface words (language names, dates, weekdays); the rest quote the release.
INTERFACE_ARGS = frozenset({"lang", "others", "other", "detected", "source", "langs", "version", "weekday", "date",
                            "dates", "where", "said", "other_date"})
PUNCTUATION_NAMES = frozenset({"half-width-punctuation", "full-width-punctuation"})
LANG_WORDS = {"Chinese": "zh", "English": "en", "Russian": "ru"}
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_WORD = re.compile(r"“[^”]*”|«[^»]*»|\b(?:" + "|".join(
    [*sorted(WORDS, key=len, reverse=True), *LANG_WORDS, *MONTHS, *WEEKDAYS, "zh", "en", "ru"]) + r")\b")


def translate_arg(value: str) -> str:
    """Interface words inside an argument in the interface language; quotations of the text left alone."""
    locale = QLocale()

    def word(match: re.Match[str]) -> str:
        found = match.group()
        if found[0] in "“«":
            return found
        if found in LANG_WORDS:
            return lang_label(LANG_WORDS[found])
        if found in ("zh", "en", "ru"):
            return lang_label(found)
        if found in MONTHS:
            return locale.monthName(MONTHS.index(found) + 1, QLocale.FormatType.LongFormat)
        if found in WEEKDAYS:
            return locale.dayName(WEEKDAYS.index(found) + 1, QLocale.FormatType.LongFormat)
        return QCoreApplication.translate(CONTEXT, WORDS[found])

    return _WORD.sub(word, value)


def _is_interface_word(message_id: str, key: str) -> bool:
    """Quotations of the text (a term, a title, a person's name) are never translated; only these are."""
    if key == "name":
        return message_id in PUNCTUATION_NAMES  # elsewhere {name} is a person's name
    return key in INTERFACE_ARGS


def finding_message(message_id: str, args: Mapping[str, str], english: str) -> str:
    """The finding's message in the interface language (its English text when the id is unknown)."""
    template = TEMPLATES.get(message_id)
    if template is None:
        return english
    try:
        return QCoreApplication.translate(CONTEXT, template).format(
            **{key: translate_arg(str(value)) if _is_interface_word(message_id, key) else str(value)
               for key, value in args.items()})
    except (KeyError, IndexError, ValueError) as exc:  # a translation that lost a placeholder
        log.warning("QA message %s cannot be filled in: %s", message_id, exc)
        return english

