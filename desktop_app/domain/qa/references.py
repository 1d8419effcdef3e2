"""Second references to a glossary entry that the glossary does not list: surnames, generic heads, short forms.

After the first full mention a release says "Mironov", «Миронова», 米罗诺夫, "Xi", 习主席, "the conference",
«круглый стол», 会议. These are derived from an entry's own forms, in all three languages, so any glossary
works without extra data; the glossary's own short forms (when an entry has them) are added.
"""

from __future__ import annotations

import functools
import re

from desktop_app.domain.glossary.model import TermEntry

_ZH_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}")
_ZH_COMPOUND_SURNAMES = ("欧阳", "司马", "诸葛", "上官", "司徒", "东方", "皇甫", "令狐", "慕容", "尉迟", "公孙",
                         "夏侯", "长孙", "宇文", "端木", "南宫")
_ZH_HONORIFICS = ("主席", "总理", "总统", "副总理", "部长", "副部长", "书记", "省长", "副省长", "市长", "副市长",
                  "主任", "副主任", "委员长", "议长", "大使", "先生", "女士", "局长", "院长", "会长", "外长")
# Generic heads: a release says "the conference" for the China-Russia Roundtable Conference on SMEs Cooperation.
_HEADS = {
    "en": ("conference", "roundtable", "round table", "forum", "summit", "committee", "department", "ministry",
           "party", "union", "initiative", "council", "assembly", "duma", "government", "congress", "commission",
           "meeting", "talks", "dialogue", "expo", "exhibition", "fair", "festival", "parliament", "organization",
           "organisation", "bank", "agency", "chamber", "association", "institute", "university", "group",
           "company", "corporation", "court", "senate", "cabinet", "office", "bureau", "mission", "embassy"),
    "ru": ("кругл[а-яё]* стол", "конференци", "форум", "саммит", "комитет", "отдел", "министерств", "парти",
           "союз", "инициатив", "совет", "собрани", "дум", "правительств", "конгресс", "комисси", "встреч",
           "переговор", "диалог", "выставк", "ярмарк", "фестивал", "парламент", "организаци", "банк", "агентств",
           "палат", "ассоциаци", "институт", "университет", "групп", "компани", "корпораци", "суд", "посольств",
           "ведомств", "аппарат", "управлени", "администраци"),
    "zh": ("圆桌会议", "圆桌会", "会议", "论坛", "峰会", "委员会", "常委会", "联络部", "外交部", "政府", "联盟", "倡议",
           "理事会", "议会", "杜马", "大会", "会谈", "对话", "博览会", "展会", "组织", "银行", "协会", "集团", "公司",
           "法院", "使馆", "办公室", "代表团", "人大"),
}
_GENERIC_CATEGORIES = ("organization", "event", "initiative", "term")
MIN_GIVEN = 4  # shorter given names ("Yi", «Синь») are too often a surname or a word of their own
_RU_NAME_ENDINGS = r"(?:а|я|у|ю|ом|ем|ым|им|е|ой|ей|ы|и|ых|их|ыми|ими)?"


def is_chinese_name(entry: TermEntry) -> bool:
    """A Chinese person's name (习近平): surname first in every language."""
    zh = entry.form("zh")
    return entry.category == "person" and bool(zh) and _ZH_NAME.fullmatch(zh) is not None


def _person_surnames(entry: TermEntry, lang: str) -> list[str]:
    """The surname alone in `lang`: Chinese names put it first (Xi Jinping → Xi), others last (Sergei Mironov)."""
    chinese_name = is_chinese_name(entry)
    forms = [entry.form(lang), *entry.variants.get(lang, ())]
    out: list[str] = []
    for form in filter(None, forms):
        if lang == "zh":
            if "·" in form or "•" in form:
                out.append(re.split("[·•]", form)[-1])
            elif _ZH_NAME.fullmatch(form):
                surname = form[:2] if form.startswith(_ZH_COMPOUND_SURNAMES) else form[:1]
                out.extend(surname + honorific for honorific in _ZH_HONORIFICS)
            continue
        words = form.split()
        if len(words) >= 2:
            out.append(words[0] if chinese_name else words[-1])
    return [s for s in dict.fromkeys(out) if s]


# A bilateral name puts the speaker's country first: 俄中文化年 in Mishustin's words is 中俄文化年, "Russia-China
# Years of Culture" the "China-Russia" ones, «китайско-российский» the «российско-китайский».
_PAIRS = {"zh": (("中俄", "俄中"),),
          "en": (("China-Russia", "Russia-China"), ("Chinese-Russian", "Russian-Chinese"),
                 ("China–Russia", "Russia–China")),
          "ru": (("российско-китайск", "китайско-российск"), ("России и Китая", "Китая и России"),
                 ("Россия–Китай", "Китай–Россия"), ("Россия-Китай", "Китай-Россия"))}


def _swapped(entry: TermEntry, lang: str) -> list[str]:
    """The entry's forms with the two countries of a bilateral name in the other order, and in Chinese as "the two
    countries'" (两国东线天然气管道 for 中俄东线天然气管道), as a report of the two countries often writes it."""
    out = []
    for form in filter(None, [entry.form(lang), *entry.variants.get(lang, ())]):
        for a, b in _PAIRS[lang]:
            for old, new in ((a, b), (b, a)):
                if old in form:
                    out.append(form.replace(old, new))
        if lang == "zh" and "中俄" in form:
            out.append(form.replace("中俄", "两国"))
    return [f for f in dict.fromkeys(out) if f]


# 金砖国家领导人第十六次会晤 is the BRICS Summit (金砖国家领导人会晤): a Chinese name of a recurring meeting takes its
# number before the word for the meeting.
_ZH_MEETING_WORDS = ("定期会晤", "会晤", "会议", "峰会", "论坛", "博览会", "会谈", "全会", "大会")
_ZH_NUMBER_INFIX = r"(?:第[\d零〇一二两三四五六七八九十百]+[次届])"


def _numbered_patterns(entry: TermEntry) -> list[str]:
    """The entry's Chinese forms of a recurring meeting with its number before the meeting word."""
    out = []
    for form in filter(None, [entry.form("zh"), *entry.variants.get("zh", ())]):
        word = next((w for w in _ZH_MEETING_WORDS if form.endswith(w) and len(form) > len(w) + 1), None)
        if word is not None:
            out.append(re.escape(form[:-len(word)]) + _ZH_NUMBER_INFIX + re.escape(word))
    return list(dict.fromkeys(out))


def _swapped_pattern(form: str, lang: str) -> str:
    """The form as written (zh, en) or with each Russian word in any case («Годов культуры Китая и России»)."""
    if lang == "zh":
        return re.escape(form)
    if lang == "en":
        return rf"(?<![\w-]){re.escape(form)}"
    words = [re.escape(w[:-2] if len(w) > 4 else w[:-1] if len(w) > 3 else w) + r"[а-яё]*" for w in form.split()]
    return r"(?<![\w-])" + r"\s+".join(words)


def _word_pattern(form: str, lang: str) -> str:
    if lang == "zh":
        return re.escape(form)
    if lang == "en":
        return rf"(?<![\w-]){re.escape(form)}(?:'s|’s|s)?(?![\w-])"
    stem = re.sub("[аяйьо]$", "", form) if len(form) > 3 else form
    return rf"(?<![\w-]){re.escape(stem)}{_RU_NAME_ENDINGS}(?![\w-])"


@functools.lru_cache(maxsize=65536)
def reference_pattern(entry: TermEntry, lang: str) -> re.Pattern[str] | None:
    """A regex of the derived second references of `entry` in `lang`, or None when there are none."""
    parts: list[str] = []
    if entry.category == "person":
        parts += [_word_pattern(s, lang) for s in _person_surnames(entry, lang)]
    elif entry.category in _GENERIC_CATEGORIES:
        forms = " ".join(filter(None, [entry.form(lang), *entry.variants.get(lang, ())])).lower()
        for head in _HEADS[lang]:
            if lang == "ru":
                if re.search(rf"(?<![\w-]){head}", forms):
                    parts.append(rf"(?<![\w-]){head}")
            elif head in forms:
                parts.append(re.escape(head) if lang == "zh" else rf"(?<![\w-]){re.escape(head)}s?(?![\w-])")
    for short in entry.short_forms.get(lang, ()):
        if short:
            parts.append(_word_pattern(short, lang))
    if entry.category != "person":
        parts += [_swapped_pattern(form, lang) for form in _swapped(entry, lang)]
        if lang == "zh":
            parts += _numbered_patterns(entry)
    if not parts:
        return None
    return re.compile("|".join(parts), 0 if lang == "zh" else re.IGNORECASE)
