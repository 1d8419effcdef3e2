"""Punctuation and spacing by each language's conventions, with fixes where the correction is unambiguous.

Chinese: full-width ，。；：？！（）, curly quotes, no spaces between Chinese characters (but for the one that parts
the halves of a title in 《》). English and Russian: no
Chinese punctuation, no space before a comma or full stop. Russian: «ёлочки» outside, „лапки“ inside. Everywhere:
no doubled spaces, balanced brackets and quotes.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_right

from desktop_app.domain.qa.findings import CellIssue, Edit, Fix, Kind, Severity

_CJK = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_CJK_PUNCT = "，。；：？！（）、“”‘’《》【】「」『』…—"
_IS_CJK = re.compile(rf"[{_CJK}]")
_ZH_CANDIDATES = re.compile(r"[,;:?!().]")
_HALF_TO_FULL = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（", ")": "）"}
_FULL_TO_HALF = {"，": ",", "。": ".", "；": ";", "：": ":", "？": "?", "！": "!", "（": "(", "）": ")", "、": ","}
_NAMES = {",": "comma", ";": "semicolon", ":": "colon", "?": "question mark", "!": "exclamation mark",
          "(": "bracket", ")": "bracket", ".": "full stop", "，": "comma", "。": "full stop", "；": "semicolon",
          "：": "colon", "？": "question mark", "！": "exclamation mark", "（": "bracket", "）": "bracket",
          "、": "enumeration comma"}
_BRACKETS = {"zh": ("()", "（）", "[]", "【】", "《》", "「」", "『』"), "en": ("()", "[]"), "ru": ("()", "[]")}
_QUOTE_PAIRS = {"zh": ("“”", "‘’"), "en": ("“”",), "ru": ("«»", "„“")}


def _cjk(ch: str) -> bool:
    return bool(ch) and bool(_IS_CJK.match(ch))


def _ends_chinese_sentence(text: str, i: int) -> bool:
    """A '.' after Chinese text (or a bracket or quote closing it) that ends a sentence, not a decimal point."""
    prev, nxt = text[i - 1] if i else "", text[i + 1] if i + 1 < len(text) else ""
    after_chinese = _cjk(prev) or (prev in "）)”’" and _cjk(text[i - 2:i - 1]))
    return after_chinese and (not nxt or nxt.isspace() or _cjk(nxt) or nxt in "”’")


def _cjk_or_punct(ch: str) -> bool:
    return _cjk(ch) or ch in _CJK_PUNCT


def _warn(kind: Kind, message_id: str, args: dict[str, str], detail: str, edits: list[Edit] | None = None,
          label: str = "", span: tuple[int, int] | None = None) -> CellIssue:
    """Style findings are `info`: they never contradict another version."""
    fix = Fix(label, tuple(edits)) if edits else None
    if span is None and edits:
        span = (edits[0].start, edits[0].end)
    return CellIssue(kind, Severity.INFO, message_id, args, detail, fix, span)


# Newswire conventions: the space after a dateline (新华社北京5月16日电 …) and around the names of a credit
# (新华社记者 李明 摄, （记者 王三）, or the bare names in brackets right after the dateline: 电（张三 李四）) is
# written on purpose.
_DATELINE = (r"^\s*[（(【]?[^，。；\n]{0,24}?[\d一二三四五六七八九十]{1,3}\s*日\s*(?:电|讯|電|訊)[）)】]?"
             r"(?:\s*[（(][^（()）\n，。]{1,40}[）)])?")
_DATELINE_END = re.compile(_DATELINE + "$")
_DATELINE_START = re.compile(_DATELINE)  # 中新社 莫斯科8月21日电: China News Service spaces its dateline
# An agency's dateline without a day: 俄罗斯卫星通讯社莫斯科电, 新华社北京电 (the agency, the city, 电).
_UNDATED_DATELINE = re.compile(r"^\s*[（(【]?[^，。；\s]{0,16}(?:社|网|網|台)[^，。；\s]{0,10}(?:电|電|讯|訊)[）)】]?$")
_CREDIT_WORDS = re.compile("记者|記者|通讯员|通訊員|摄影|攝影|摄|攝|供图|供圖|供稿|编辑|編輯|责编|責編|"
                           "实习生|實習生|报道|報道|制图|製圖")  # Simplified and Traditional
_CLAUSE_BREAK = "，。；：！？（）()\n"


def _newswire_space(text: str, at: int) -> bool:
    """Whether the space at `at` follows a dateline or sits inside a reporter or photo credit."""
    if _DATELINE_END.match(text[:at]) or _UNDATED_DATELINE.match(text[:at]):
        return True
    head = _DATELINE_START.match(text, 0, at + 40)
    if head is not None and at < head.end():
        return True
    start = max((text.rfind(c, 0, at) for c in _CLAUSE_BREAK), default=-1) + 1
    ends = [i for i in (text.find(c, at) for c in _CLAUSE_BREAK) if i >= 0]
    return _CREDIT_WORDS.search(text[start:min(ends, default=len(text))]) is not None


# 记 者：, 嘉 宾：: a two-character speaker label opening a line of a transcript, spaced to the width of 主持人：.
_SPEAKER_LABEL = re.compile(rf"(?:^|(?<=\n))[ \t]*[{_CJK}][ \u3000][{_CJK}][：:]")


def _in_speaker_label(text: str, at: int) -> bool:
    line_start = text.rfind("\n", 0, at) + 1
    m = _SPEAKER_LABEL.match(text, line_start)
    return m is not None and at < m.end()


# A caption under a speaker on screen or a byline under a title: the post, a space, the name (中方项目负责人 王伟,
# 俄罗斯联邦总统 弗拉基米尔·普京: a transliterated name with its interpunct), a line with no sentence in it.
_CAPTION_NAME = rf"(?:[{_CJK}]{{2,4}}|[{_CJK}]{{1,8}}(?:[·・．][{_CJK}]{{1,8}}){{1,3}})"
_CAPTION = re.compile(rf"[{_CJK}]{{2,20}}[ \u3000]+{_CAPTION_NAME}")
_POST_ENDINGS = ("负责人", "負責人", "长", "長", "员", "員", "主任", "师", "師", "专家", "專家", "者", "教授", "经理",
                 "經理", "官", "大使", "书记", "書記", "主席", "总裁", "總裁", "董事", "代表", "总统", "總統", "总理",
                 "總理", "首相")


def _in_caption(text: str, at: int) -> bool:
    """Whether the space at `at` parts a caption's post from the name after it (a line that is only that)."""
    line_end = text.find("\n", at)
    line = text[text.rfind("\n", 0, at) + 1:len(text) if line_end < 0 else line_end].strip()
    return _CAPTION.fullmatch(line) is not None and line.split()[0].endswith(_POST_ENDINGS)


def _in_book_title(text: str, at: int) -> bool:
    """Whether the space at `at` sits inside 《…》: it parts the halves of a title (《牢记初心使命 开创美好未来》)."""
    opened = text.rfind("《", 0, at)
    return opened > text.rfind("》", 0, at) and text.find("》", at) > at


def _chinese(text: str) -> list[CellIssue]:
    issues: list[CellIssue] = []
    by_char: dict[str, list[Edit]] = {}
    for m in _ZH_CANDIDATES.finditer(text):
        i, ch = m.start(), m.group()
        prev, nxt = text[i - 1] if i else "", text[i + 1] if i + 1 < len(text) else ""
        if ch in ",;:?!)" and _cjk(prev) and not (ch in ",:" and prev.isdigit() and nxt.isdigit()):
            by_char.setdefault(ch, []).append(Edit(i, i + 1, ch, _HALF_TO_FULL[ch]))
        elif ch == "(" and (_cjk(prev) or _cjk(nxt)):
            by_char.setdefault(ch, []).append(Edit(i, i + 1, ch, "（"))
        elif ch == ")" and _cjk(nxt):
            by_char.setdefault(ch, []).append(Edit(i, i + 1, ch, "）"))
        elif ch == "." and _ends_chinese_sentence(text, i):
            by_char.setdefault(ch, []).append(Edit(i, i + 1, ch, "。"))
    for ch, edits in by_char.items():
        full = edits[0].new
        issues.append(_warn(Kind.PUNCTUATION, "half-width-punctuation",
                            {"name": _NAMES[ch], "char": ch, "full": full}, f"half-width:{ch}", edits, f"Use “{full}”"))
    straight = [m.start() for m in re.finditer('"', text)]
    if straight:
        edits = [Edit(i, i + 1, '"', "“" if n % 2 == 0 else "”") for n, i in enumerate(straight)]
        issues.append(_warn(Kind.PUNCTUATION, "straight-quotes", {}, "straight-quotes",
                            edits if len(straight) % 2 == 0 else None, "Use “ ”", (straight[0], straight[0] + 1)))
    gaps = [m for m in re.finditer(rf"(?<=[{_CJK}{_CJK_PUNCT}])[ \t\u00a0\u3000]+(?=[{_CJK}{_CJK_PUNCT}])", text)
            if not _newswire_space(text, m.start()) and not _in_book_title(text, m.start())
            and not _in_speaker_label(text, m.start()) and not _in_caption(text, m.start())]
    if gaps:
        edits = [Edit(m.start(), m.end(), m.group(), "") for m in gaps]
        issues.append(_warn(Kind.SPACING, "cjk-space", {}, "cjk-space", edits, "Remove the space"))
    return issues


def _western(text: str, lang: str) -> list[CellIssue]:
    issues: list[CellIssue] = []
    by_char: dict[str, list[Edit]] = {}
    for m in re.finditer(r"[，。；：？！（）、]", text):
        ch = m.group()
        nxt = text[m.end():m.end() + 1]
        half = _FULL_TO_HALF[ch]
        new = half + (" " if ch not in "（" and nxt and not nxt.isspace() and nxt not in ")）" else "")
        by_char.setdefault(ch, []).append(Edit(m.start(), m.end(), ch, new))
    for ch, edits in by_char.items():
        issues.append(_warn(Kind.PUNCTUATION, "full-width-punctuation",
                            {"name": _NAMES[ch], "char": ch, "lang": _LANG_NAME[lang]}, f"full-width:{ch}", edits,
                            f"Use “{_FULL_TO_HALF[ch]}”"))
    before = list(re.finditer(r"(?<=\w)[ \u00a0]+(?=[,.;:!?)](?!\d))", text))
    # “…last year, ”RIA quotes: the space typed before the closing quote belongs after it.
    shifted = list(_SPACE_BEFORE_CLOSING_QUOTE.finditer(text))
    if before or shifted:
        edits = sorted([Edit(m.start(), m.end(), m.group(), "") for m in before]
                       + [e for m in shifted for e in (Edit(m.start(), m.end(), m.group(), ""),
                                                       Edit(m.end() + 1, m.end() + 1, "", " "))],
                       key=lambda e: e.start)
        issues.append(_warn(Kind.SPACING, "space-before-punctuation", {}, "space-before-punct", edits,
                            "Remove the space"))
    missing = list(_NO_SPACE_AFTER.finditer(text))
    if missing:
        addresses = _addresses(text)
        missing = [m for m in missing if _outside(addresses, m.start())]
    if missing:
        edits = [Edit(m.end(), m.end(), "", " ") for m in missing]
        issues.append(_warn(Kind.SPACING, "missing-space-after-punctuation", {}, "missing-space-after-punct", edits,
                            "Add the space", span=(missing[0].start(), missing[0].end())))
    if lang == "ru":
        issues.extend(_russian_quotes(text))
    return issues


_SPACE_BEFORE_CLOSING_QUOTE = re.compile(r"(?<=[^\W_]|[,.!?])[ \u00a0]+(?=”[^\W\d_])")

# A word (or a closing bracket or quote) and the next word with a comma, semicolon, ! or ? and no space between
# («края,Россия»); a full stop only between a lower-case word and a capitalised one («Москве.Стороны»), so
# abbreviations (U.S., т.е., p.m.) and initials (С.В.Лавров) pass. Digits either side are numbers (3,5; 10:30).
_LETTER = r"[^\W\d_]"
_NO_SPACE_AFTER = re.compile(rf"(?:(?<={_LETTER})|(?<=[)»”]))"
                             rf"(?:[,;!?](?={_LETTER})|(?<=[a-zа-яё])\.(?=[A-ZА-ЯЁ][a-zа-яё]))")
_ADDRESS_MARKS = ("://", "@", "www.", "/")
# Top-level domains that are no common word: a publication named by its address (News.Az, Gazeta.Ru, xinhuanet.com).
_DOMAIN = re.compile(r"\.(?:ru|рф|su|cn|com|org|net|gov|edu|info|az|ua|kz|uz|kg|tj|ge|md|hk|tw|mo|de|fr|uk|jp|kr|io|"
                     r"tv)\b", re.IGNORECASE)
_TOKEN = re.compile(r"\S+")


def _addresses(text: str) -> tuple[list[int], list[int]]:
    """Starts and ends of the web and mail addresses and paths of `text` (no space is missing inside them)."""
    starts: list[int] = []
    ends: list[int] = []
    for token in _TOKEN.finditer(text):
        word = token.group()
        if any(mark in word for mark in _ADDRESS_MARKS) or _DOMAIN.search(word) is not None:
            starts.append(token.start())
            ends.append(token.end())
    return starts, ends


def _outside(spans: tuple[list[int], list[int]], at: int) -> bool:
    starts, ends = spans
    i = bisect_right(starts, at) - 1
    return i < 0 or at >= ends[i]


_RU_QUOTE_CHARS = re.compile('[«»"“”„]')
_LANG_NAME = {"zh": "Chinese", "en": "English", "ru": "Russian"}


def _russian_quotes(text: str) -> list[CellIssue]:
    """Quotes other than «» at the outer level; „“ is right only inside «», where a straight quote is as wrong as
    outside and becomes „ or “."""
    depth = 0
    wrong: list[tuple[int, bool]] = []  # (offset, inside «»)
    for m in _RU_QUOTE_CHARS.finditer(text):
        i, ch = m.start(), m.group()
        if ch == "«":
            depth += 1
        elif ch == "»":
            depth = max(0, depth - 1)
        elif (ch in '"“”„' and depth == 0) or (ch == '"' and depth > 0):
            wrong.append((i, depth > 0))
    if not wrong:
        return []
    edits = []
    for i, inside in wrong:
        prev = text[i - 1] if i else " "
        opening = text[i] == "„" or prev.isspace() or prev in "([—-–/«"
        edits.append(Edit(i, i + 1, text[i], ("„" if opening else "“") if inside else ("«" if opening else "»")))
    balanced = all(sum(e.new == o for e in edits) == sum(e.new == c for e in edits) for o, c in ("«»", "„“"))
    return [_warn(Kind.PUNCTUATION, "russian-quotes", {}, "ru-quotes",
                  edits if balanced else None, "Use «…»", (wrong[0][0], wrong[0][0] + 1))]


def _balance(text: str, lang: str) -> list[CellIssue]:
    issues: list[CellIssue] = []
    for pair in _BRACKETS[lang]:
        opening, closing = pair
        if opening not in text and closing not in text:
            continue
        depth, first_bad = 0, None
        for m in re.finditer(f"[{re.escape(pair)}]", text):
            depth += 1 if m.group() == opening else -1
            if depth < 0 and first_bad is None:
                first_bad = m.start()
        if depth or first_bad is not None:
            at = first_bad if first_bad is not None else text.rfind(opening)
            issues.append(_warn(Kind.PUNCTUATION, "unbalanced-brackets", {"pair": pair}, f"unbalanced:{pair}",
                                span=(at, at + 1)))
    for opening, closing in _QUOTE_PAIRS[lang]:
        if opening == "„" and "„" not in text:
            continue  # in Russian “ closes „; on its own it is reported as a wrong quote, not as unbalanced
        if text.count(opening) != text.count(closing):
            at = text.find(opening if text.count(opening) > text.count(closing) else closing)
            issues.append(_warn(Kind.PUNCTUATION, "unbalanced-quotes", {"pair": f"{opening}…{closing}"},
                                f"unbalanced:{opening}{closing}", span=(at, at + 1)))
    if lang != "zh" and text.count('"') % 2:
        at = text.find('"')
        issues.append(_warn(Kind.PUNCTUATION, "unbalanced-quotes", {"pair": '"…"'}, 'unbalanced:""', span=(at, at + 1)))
    return issues


@functools.lru_cache(maxsize=4096)
def punctuation_issues(text: str, lang: str) -> tuple[CellIssue, ...]:
    """Punctuation and spacing problems of one cell (cached: siblings are re-checked on every keystroke)."""
    if not text.strip():
        return ()
    issues = _chinese(text) if lang == "zh" else _western(text, lang)
    # In Chinese, two spaces after a dateline are its full-width gap as a repost sets it (电  5月8日，…).
    doubled = [m for m in re.finditer(r"(?<=\S) {2,}(?=\S)", text)
               if not (lang == "zh" and ((_cjk_or_punct(text[m.start() - 1]) and _cjk_or_punct(text[m.end()]))
                                         or _newswire_space(text, m.start())))]
    if doubled:
        edits = [Edit(m.start(), m.end(), m.group(), " ") for m in doubled]
        issues.append(_warn(Kind.SPACING, "double-space", {}, "double-space", edits, "Use a single space"))
    issues.extend(_balance(text, lang))
    return tuple(issues)
