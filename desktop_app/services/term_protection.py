"""Glossary terms survive machine translation: placeholders in, approved target forms out.

Terms recognised in the source (approved, variant or forbidden forms alike) are replaced by placeholders
(`ZX1`, `ZX2`, …) that translation models pass through like names. Afterwards each placeholder becomes the
entry's approved form in the target language — in Russian inflected into the case its governing preposition
or verb requires when pymorphy3 can tell, else the nominative. A placeholder the model dropped or mangled is
put back at the start or end (nothing is ever lost), and forbidden forms the model produced by itself are
replaced by approved ones.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from desktop_app.domain.glossary.matcher import GlossaryMatcher
from desktop_app.domain.glossary.model import HitKind, TermEntry
from desktop_app.domain.glossary.russian import inflect_phrase
from desktop_app.domain.morphology import russian_analyzer

PLACEHOLDER = "ZX{}"
# Tolerates what models do to a placeholder: spaces inside, lower case, a Russian case ending glued on.
_PLACEHOLDER_RE = re.compile(r"Z\s?X\s?(\d{1,2})(?:[а-яё]{1,3}(?![\w]))?", re.IGNORECASE)
_RU_WORD_RE = re.compile(r"ZX\d+|[А-Яа-яЁёA-Za-z-]+|[.!?;:]")
_TRAILING_PUNCT_RE = re.compile(r"[\s.!?。！？…»\"'”)）]*$")
_BRACKETS = (("(", ")"), ("（", "）"))

# Case governed by a preposition (the reading usual in press releases where a preposition takes two cases).
PREPOSITION_CASE: dict[str, str] = {
    **dict.fromkeys(("без", "для", "до", "из", "изо", "от", "ото", "у", "около", "после", "вокруг", "против",
                     "среди", "кроме", "возле", "вместо", "из-за", "из-под", "ради", "со стороны"), "gent"),
    **dict.fromkeys(("к", "ко", "по", "благодаря", "согласно", "навстречу"), "datv"),
    **dict.fromkeys(("с", "со", "между", "над", "под", "перед", "пред"), "ablt"),
    **dict.fromkeys(("о", "об", "обо", "при", "в", "во", "на"), "loct"),
    "через": "accs", "про": "accs", "сквозь": "accs",
}
_CONJUNCTIONS = frozenset({"и", "или", "а также"})


def governing_case(before: str, previous_case: str | None = None) -> str:
    """The case a Russian noun phrase needs after the text `before` it: from a preposition or a transitive verb.

    After "и"/"или" directly following a previous term, that term's case carries over. A past-tense singular
    verb right before a name usually has that name as its subject ("Встречу провёл …"), so it gives nominative.
    """
    words = _RU_WORD_RE.findall(before[-80:])
    if not words:
        return "nomn"
    last = words[-1].lower()
    if last in PREPOSITION_CASE:
        return PREPOSITION_CASE[last]
    if last in _CONJUNCTIONS and len(words) > 1 and words[-2].upper().startswith("ZX") and previous_case:
        return previous_case
    if not last[:1].isalpha() or not re.match(r"[а-яё]", last):
        return "nomn"
    tag = russian_analyzer().parse(last)[0].tag
    if tag.POS in ("VERB", "INFN") and "tran" in tag and not ("past" in tag and "sing" in tag):
        return "accs"
    return "nomn"


@dataclass(frozen=True, slots=True)
class ProtectedTerm:
    """A glossary entry found in the source and hidden behind `placeholder`; `position` is where (0..1)."""

    placeholder: str
    index: int
    entry: TermEntry
    source_text: str
    position: float


@dataclass(frozen=True, slots=True)
class ProtectedText:
    """The source with placeholders, the terms behind them, and recognised entries lacking a target form."""

    text: str
    original: str
    terms: tuple[ProtectedTerm, ...] = ()
    unprotectable: tuple[TermEntry, ...] = ()

    @property
    def total(self) -> int:
        return len(self.terms) + len(self.unprotectable)


@dataclass(frozen=True, slots=True)
class Restored:
    """A translation with its terms back: how many are present in approved form, which had to be re-inserted."""

    text: str
    honoured: int
    total: int
    appended: tuple[str, ...] = field(default_factory=tuple)


def protect(text: str, src: str, tgt: str, matcher: GlossaryMatcher | None) -> ProtectedText:
    """Replace recognised glossary terms by placeholders (one per entry, reused when it recurs)."""
    if matcher is None or not text:
        return ProtectedText(text, text)
    hits = matcher.find(text, src)
    numbers: dict[object, ProtectedTerm] = {}
    unprotectable: dict[object, TermEntry] = {}
    pieces: list[str] = []
    cursor = 0
    for hit in hits:
        if hit.kind is HitKind.SHORT:
            continue  # a second reference ("Mironov", "the conference") is not to become the full form
        key = _entry_key(hit.entry)
        if not hit.entry.form(tgt):
            unprotectable.setdefault(key, hit.entry)
            continue
        term = numbers.get(key)
        if term is None:
            index = len(numbers) + 1
            term = ProtectedTerm(PLACEHOLDER.format(index), index, hit.entry, hit.text,
                                 hit.start / max(len(text), 1))
            numbers[key] = term
        pieces.append(text[cursor:hit.start])
        pieces.append(_spaced(term.placeholder, text, hit.start, hit.end, src))
        cursor = hit.end
    pieces.append(text[cursor:])
    return ProtectedText("".join(pieces), text, tuple(numbers.values()), tuple(unprotectable.values()))


def _spaced(placeholder: str, text: str, start: int, end: int, lang: str) -> str:
    """In Chinese, a placeholder glued between Latin letters or digits would merge with them: pad it."""
    if lang != "zh":
        return placeholder
    before = " " if start > 0 and text[start - 1].isascii() and text[start - 1].isalnum() else ""
    after = " " if end < len(text) and text[end].isascii() and text[end].isalnum() else ""
    return before + placeholder + after


def target_form(entry: TermEntry, tgt: str, case: str = "nomn") -> str:
    form = entry.form(tgt)
    return inflect_phrase(form, case) if tgt == "ru" and case != "nomn" else form


def restore(output: str, protected: ProtectedText, tgt: str, matcher: GlossaryMatcher | None) -> Restored:
    """Put the approved target forms in place of the placeholders, rescue dropped ones, purge forbidden forms."""
    by_index = {term.index: term for term in protected.terms}
    placed: set[int] = set()
    inserted: dict[int, str] = {}
    pieces: list[str] = []
    cursor = 0
    previous_case: str | None = None
    for match in _PLACEHOLDER_RE.finditer(output):
        term = by_index.get(int(match.group(1)))
        pieces.append(output[cursor:match.start()])
        cursor = match.end()
        if term is None:  # a placeholder the model invented: drop it
            continue
        case = governing_case(output[:match.start()], previous_case) if tgt == "ru" else "nomn"
        previous_case = case
        form = target_form(term.entry, tgt, case)
        placed.add(term.index)
        inserted[term.index] = form
        pieces.append(_apart(form, output, match.start(), match.end(), tgt))
    pieces.append(output[cursor:])
    text = _tidy("".join(pieces))
    # A term the model wrote itself is present; a surname alone («Си») is a second reference, not the term.
    present = {_entry_key(h.entry) for h in matcher.find(text, tgt) if h.kind is not HitKind.SHORT} \
        if matcher is not None else set()
    appended: list[str] = []
    for term in protected.terms:
        if term.index in placed or _entry_key(term.entry) in present:
            continue  # placed, or the model wrote the term itself (a forbidden form is replaced below)
        form = target_form(term.entry, tgt)
        text = _insert(text, form, at_start=term.position < 0.34, tgt=tgt, names=tuple(inserted.values()))
        inserted[term.index] = form
        appended.append(form)
    if tgt == "zh":
        text = re.sub(r"(?<=[\u3000-\u9fff\uff00-\uffef])\s+|\s+(?=[\u3000-\u9fff\uff00-\uffef])", "", text)
    text = _replace_forbidden(text, tgt, matcher)
    approved = {_entry_key(h.entry) for h in matcher.find(text, tgt) if h.kind is HitKind.APPROVED} if matcher \
        else set()
    honoured = sum(1 for term in protected.terms
                   if _entry_key(term.entry) in approved or inserted.get(term.index, "\0") in text)
    return Restored(text.strip(), honoured, protected.total, tuple(appended))


def _apart(form: str, output: str, start: int, end: int, tgt: str) -> str:
    """A name in place of a placeholder the model glued to letters of its own ("atZX2"): a word of its own, or the
    name is lost inside the model's word (English and Russian; Chinese writes no spaces)."""
    if tgt == "zh":
        return form
    before = " " if start > 0 and output[start - 1].isalnum() else ""
    after = " " if end < len(output) and output[end].isalnum() else ""
    return before + form + after


def _entry_key(entry: TermEntry) -> object:
    return entry.id or id(entry)


def _tidy(text: str) -> str:
    """Spacing left behind by a dropped placeholder: double spaces, a space before punctuation."""
    return re.sub(r"\s+([.,!?;:])", r"\1", re.sub(r"[ \t]{2,}", " ", text))


def _insert(text: str, form: str, *, at_start: bool, tgt: str, names: tuple[str, ...] = ()) -> str:
    """Put a term the model lost at the start of the sentence or before its final punctuation. The sentence's first
    word loses its capital when the term goes before it, unless it begins one of the glossary `names` put in; then
    a comma keeps the two apart, so that they do not read as one name ("Russian Federation, President Xi Jinping",
    not a "Russian Federation President")."""
    joiner = "" if tgt == "zh" else " "
    text = text.strip()
    if not text:
        return form
    if at_start:
        if any(name and text.startswith(name) for name in names):
            return form + ("、" if tgt == "zh" else ", ") + text
        capitalised_word = text[:1].isupper() and text[1:2].islower()
        return form + joiner + (text[:1].lower() if capitalised_word else text[:1]) + text[1:]
    tail = _TRAILING_PUNCT_RE.search(text)
    cut = tail.start() if tail else len(text)
    for opening, closing in _BRACKETS:
        # A closing bracket whose opening one comes before it belongs to the text ("Republic of Sakha (Yakutia)").
        while text.count(opening, 0, cut) > text.count(closing, 0, cut) and (at := text.find(closing, cut)) >= 0:
            cut = at + 1
    return text[:cut] + joiner + form + text[cut:]


def _replace_forbidden(text: str, tgt: str, matcher: GlossaryMatcher | None) -> str:
    """Replace every forbidden form in the target by the approved one (inflected by its context in Russian)."""
    if matcher is None or not text:
        return text
    forbidden = [h for h in matcher.find(text, tgt) if h.kind is HitKind.FORBIDDEN and h.entry.form(tgt)]
    for hit in sorted(forbidden, key=lambda h: -h.start):
        case = governing_case(text[:hit.start]) if tgt == "ru" else "nomn"
        text = text[:hit.start] + target_form(hit.entry, tgt, case) + text[hit.end:]
    return text

