"""Glossary forms in one cell: forbidden and out-of-date forms, near misses, Russian case-keeping replacements.

The matcher resolves overlaps to the longest span, so an entry nested in a longer one (中共 inside a title) may be
recognised in one language and hidden inside the longer hit in another: `GlossaryContext.nested` tells.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from rapidfuzz import fuzz

from desktop_app.domain.glossary.matcher import GlossaryMatcher
from desktop_app.domain.glossary.model import HitKind, Tenure, TermEntry, TermHit, in_period
from desktop_app.domain.glossary.normalize import in_one_alphabet, may_mix_alphabets, simplified_same_length
from desktop_app.domain.qa.findings import CellIssue, Edit, Fix, Kind, Severity
from desktop_app.domain.qa.references import MIN_GIVEN, is_chinese_name

FUZZY_MIN_SCORE = 85  # a near miss ("Qian Hongsan") that a fix may replace with the approved form
# A full stop typed for the interpunct that parts the halves of a transliterated name (伊戈尔．莫尔古洛夫): read as
# one when matching, so the name is recognised; `names` reports the slip. Between two Chinese characters a full
# stop is nothing else a glossary form can cross.
STOP_IN_NAME = re.compile(r"(?<=[\u4e00-\u9fff])[.．](?=[\u4e00-\u9fff])")
_WORD = re.compile(r"\w+")


def _written_with_look_alikes(hit: TermHit, lang: str) -> bool:
    """A name with a letter of the other alphabet in a word («Mиронов» with a Latin M) is recognised for highlighting
    and MT, but it is not the official name: search engines and readers' Ctrl+F miss it, so the checks demand it."""
    return any(in_one_alphabet(word, lang) != word for word in _WORD.findall(hit.text))


def _forms(entry: TermEntry, lang: str) -> list[str]:
    return [form.casefold() for form, kind in entry.surface_forms(lang) if kind in (HitKind.APPROVED, HitKind.VARIANT)]


def replacement(hit: TermHit, form: str) -> str | None:
    """`form` in the grammatical case of the text it replaces: Russian hits are often inflected.

    The case is the one in which the matched glossary form reads exactly as the text does («президентом Си
    Цзиньпином» is `ablt` of «президент Си Цзиньпин»); when no case fits, there is no safe replacement.
    """
    if hit.lang != "ru" or not hit.form or hit.text.casefold() == hit.form.casefold():
        return _with_initial_capital_of(hit.text, form)
    from desktop_app.domain.glossary.russian import CASES, inflect_phrase

    for case in CASES:
        if inflect_phrase(hit.form, case).casefold() == hit.text.casefold():
            return _with_initial_capital_of(hit.text, inflect_phrase(form, case))
    return None


def _with_initial_capital_of(old: str, new: str) -> str:
    """`new` capitalised where the text it replaces was: a post the glossary writes in lower case may start a
    sentence («Вице-губернатор …» → «Заместитель председателя …»)."""
    return new[:1].upper() + new[1:] if old[:1].isupper() and new[:1].islower() else new


def near_miss(text: str, form: str) -> Edit | None:
    """A misspelt approved form in `text` (score ≥ FUZZY_MIN_SCORE) as an edit that restores it, if any."""
    if len(form) < 4 or not text:
        return None
    result = fuzz.partial_ratio_alignment(form, text, score_cutoff=FUZZY_MIN_SCORE)
    if result is None:
        return None
    start, end = result.dest_start, result.dest_end
    while start < end and not text[start].isalnum():
        start += 1
    while end > start and not text[end - 1].isalnum():
        end -= 1
    if form[0].isalpha() and form.isascii():  # whole words only: never replace half of a word
        while start > 0 and text[start - 1].isalpha():
            start -= 1
        while end < len(text) and text[end].isalpha():
            end += 1
    found = text[start:end]
    if found == form or abs(len(found) - len(form)) > max(2, len(form) // 5):
        return None
    if _CYRILLIC.match(form) and _russian_case_of(_whole_words(text, start, end), form):
        return None  # «в Тяньцзине»: the approved form in another case, not a misspelling
    return Edit(start, end, found, form)


_CYRILLIC = re.compile(r"[А-Яа-яЁё]")
# Case endings of Russian nouns and adjectives, after the stem that the nominative's last vowel or soft sign ends.
_RU_CASE_ENDING = re.compile(r"(?:а|я|у|ю|е|и|ы|о|ом|ем|ём|ой|ей|ою|ею|ам|ям|ах|ях|ами|ями|ого|его|ому|ему|ым|им|"
                             r"ую|юю|ая|яя|ое|ее|ые|ие|ых|их|ыми|ими)?")


def _whole_words(text: str, start: int, end: int) -> str:
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    while end < len(text) and text[end].isalpha():
        end += 1
    return text[start:end]


def _russian_case_of(found: str, form: str) -> bool:
    """Whether `found` is `form` declined, word by word (Тяньцзинь → Тяньцзине, Шанхайская → Шанхайской)."""
    found_words, form_words = found.casefold().split(), form.casefold().split()
    if len(found_words) != len(form_words):
        return False
    for word, base in zip(found_words, form_words, strict=True):
        stem = base[:-2] if len(base) > 4 and base[-2:] in ("ий", "ый", "ой", "ая", "яя", "ое", "ее") else (
            base[:-1] if base[-1] in "аяоеьй" else base)
        if word != base and not (word.startswith(stem) and _RU_CASE_ENDING.fullmatch(word[len(stem):])):
            return False
    return True


def term_issues(hits: Sequence[TermHit], lang: str, release_date: str) -> list[CellIssue]:
    """Forbidden and out-of-date forms in one cell (whether the other versions name the same is `entities`)."""
    issues: list[CellIssue] = []
    for hit in hits:
        approved = hit.entry.form(lang)
        if hit.kind is HitKind.FORBIDDEN:
            new = replacement(hit, approved) if approved else None
            fix = Fix(f"Replace with “{new}”", (Edit(hit.start, hit.end, hit.text, new),)) if new else None
            message_id = "term-forbidden" if approved else "term-forbidden-no-form"
            issues.append(CellIssue(Kind.FORBIDDEN, Severity.ERROR, message_id,
                                    {"text": hit.text, "approved": approved},
                                    f"{hit.entry.id}:{hit.form or hit.text}", fix, (hit.start, hit.end)))
        elif release_date and not in_period(release_date, hit.entry.valid_from, hit.entry.valid_to):
            issues.append(CellIssue(Kind.TERM, Severity.WARNING, "term-dated",
                                    {"text": hit.text, "date": release_date, "valid_from": hit.entry.valid_from or "…",
                                     "valid_to": hit.entry.valid_to or "…"},
                                    f"dated:{hit.entry.id}", None, (hit.start, hit.end)))
    return issues


class GlossaryContext:
    """A matcher and tenures bundled for the checks, with entries by id for tenure look-ups."""

    def __init__(self, matcher: GlossaryMatcher | None, tenures: Sequence[Tenure] = ()) -> None:
        self.matcher = matcher
        self.tenures = tuple(tenures)
        self.entries_by_id = {e.id: e for e in matcher.entries} if matcher is not None else {}
        self._nested: dict[tuple[int, str, str], bool] = {}
        self.views: dict[tuple[str, str, str], object] = {}  # entities.CellView by (text, lang, date)
        self._names: dict[tuple[str, str], dict] = {}  # type: ignore[type-arg]
        self.title_parts: dict[tuple[int, str], tuple[list[TermEntry], list[str]]] = {}

    def titles_held(self, person_id: int, date: str) -> frozenset[int]:
        """The title entries a person holds on `date` per the tenures (empty without a date)."""
        if not date:
            return frozenset()
        return frozenset(t.title_id for t in self.tenures if t.person_id == person_id and t.covers(date))

    def given_names(self, lang: str) -> dict[str, tuple[TermEntry, ...]]:
        """Given names of the glossary's non-Chinese persons ("vladimir" → Vladimir Putin, …), casefolded."""
        key = ("given", lang)
        if key not in self._names:
            table: dict[str, list[TermEntry]] = {}
            for entry in self.matcher.entries if self.matcher is not None else ():
                if entry.category == "person" and not is_chinese_name(entry):
                    for form in {entry.form(lang), *entry.variants.get(lang, ())}:
                        words = form.split()
                        if len(words) >= 2:
                            table.setdefault(words[0].casefold(), []).append(entry)
            self._names[key] = {k: tuple(v) for k, v in table.items()}
        return self._names[key]  # type: ignore[return-value]

    def chinese_given_names(self, lang: str) -> dict[str, TermEntry]:
        """Given names of the glossary's Chinese persons in `lang` ("zhanshu" → Li Zhanshu), when unambiguous."""
        key = ("chinese", lang)
        if key not in self._names:
            table: dict[str, TermEntry | None] = {}
            surnames: set[str] = set()
            for entry in self.matcher.entries if self.matcher is not None else ():
                if is_chinese_name(entry):
                    words = entry.form(lang).split()
                    if words:
                        surnames.add(words[0].casefold())
                    if len(words) == 2 and len(words[1]) >= MIN_GIVEN:
                        given = words[1].casefold()
                        table[given] = None if given in table and table[given] is not entry else entry
            # Han Zheng's given name is Zheng Zeguang's surname: such a word alone says nothing.
            self._names[key] = {k: v for k, v in table.items() if v is not None and k not in surnames}
        return self._names[key]  # type: ignore[return-value]

    def inside(self, entry: TermEntry, hit: TermHit) -> bool:
        """Whether the text of `hit` (a longer name) names `entry` too.

        中共 in 中共中央对外联络部副部长, «Государственной думы» in «председателя Государственной думы». Cached by the
        entry's identity, which is safe because the context keeps its matcher's entries alive.
        """
        key = (id(entry), hit.text, hit.lang)
        found = self._nested.get(key)
        if found is None:
            text = simplified_same_length(hit.text).casefold()
            found = any(form in text for form in _forms(entry, hit.lang))
            if not found and hit.lang == "ru":
                found = any(h.entry is entry for h in self.inner_hits(hit.text, "ru"))
            self._nested[key] = found
        return found

    def inner_hits(self, form: str, lang: str) -> list[TermHit]:
        """Entries named inside a glossary form. The form itself is the longest match, so it is read without its
        first and without its last word (character in Chinese) and the hits of both are kept, offsets into `form`."""
        if not form:
            return []
        if lang == "zh":
            cut = (1, len(form) - 1)
        else:
            words = list(re.finditer(r"\S+", form))
            if len(words) < 2:
                return []
            cut = (words[1].start(), words[-1].start())
        found: dict[tuple[int, int], TermHit] = {}
        for start, end in ((cut[0], len(form)), (0, cut[1])):
            for hit in self.hits(form[start:end], lang):
                span = (hit.start + start, hit.end + start)
                found.setdefault(span, replace(hit, start=span[0], end=span[1]))
        return list(found.values())

    def hits(self, text: str, lang: str) -> list[TermHit]:
        if self.matcher is None or not text.strip():
            return []
        if lang == "zh":
            return self.matcher.find(STOP_IN_NAME.sub("·", text), lang)
        found = self.matcher.find(text, lang)
        if may_mix_alphabets(text):
            found = [h for h in found if not _written_with_look_alikes(h, lang)]
        if lang == "ru" and any(h.entry.category == "event" for h in found):
            found = [h for h in found if not _heads_a_longer_name(h, text)]
        if not any(h.kind is HitKind.SHORT for h in found):
            return found
        return [h for h in found if not _surname_of_another(h, text, lang)]


_RU_NEXT_LOWER = re.compile(r" ([а-яё]+)\b")
_RU_TIME_NOUNS = frozenset({"год", "месяц", "день", "неделя", "век", "сезон"})


def _heads_a_longer_name(hit: TermHit, text: str) -> bool:
    """A Russian event's name followed by a noun in the genitive is the head of another name: «Китайско-российская
    ярмарка культуры и искусства» is a culture fair, not the Expo whose variant «Китайско-российская ярмарка» is
    (but «ЭКСПО прошлого года», «ярмарка года» stay the event: an adjective or a time word follows)."""
    if hit.entry.category != "event":
        return False
    following = _RU_NEXT_LOWER.match(text, hit.end)
    if following is None:
        return False
    from desktop_app.domain.morphology import russian_analyzer

    best = russian_analyzer().parse(following.group(1))[0]
    return {"NOUN", "gent"} <= best.tag.grammemes and best.score >= 0.5 and best.normal_form not in _RU_TIME_NOUNS


_NEXT_WORD = re.compile(r" ([A-ZА-ЯЁ][a-zа-яё]+(?:-[a-zа-яё]+)?)\b")


def _surname_of_another(hit: TermHit, text: str, lang: str) -> bool:
    """A listed Chinese person's surname alone that opens another person's name: "Zhang" in "Zhang Guoqing" is not
    Zhang Dejiang, «Чжан» in «Чжан Гоцина» neither. His own given name after it ("Zhang Dejiang") is him."""
    if hit.kind is not HitKind.SHORT or not is_chinese_name(hit.entry):
        return False
    following = _NEXT_WORD.match(text, hit.end)
    return following is not None and not _own_word(hit.entry, following.group(1), lang)


def _own_word(entry: TermEntry, word: str, lang: str) -> bool:
    own = {w.casefold() for form in (entry.form(lang), *entry.variants.get(lang, ())) if form
           for w in re.split(r"[\s-]+", form)}
    return any(w[:4] == word.casefold()[:4] for w in own if len(w) > 1)


def names_another_by_surname(entry: TermEntry, text: str, lang: str) -> bool:
    """Whether `text` names in full another person with the surname of `entry`, a listed Chinese person ("Li
    Hongzhong" for Li Qiang): the surname alone then refers to that person, not to the listed one."""
    if lang == "zh" or not is_chinese_name(entry):
        return False
    surname = entry.form(lang).split()[0] if entry.form(lang) else ""
    if not surname:
        return False
    return any(not _own_word(entry, m.group(1), lang)
               for m in re.finditer(rf"(?<!\w){re.escape(surname)}{_NEXT_WORD.pattern}", text))
