"""Chinese people the glossary does not list: named in the Chinese, are they named in the English and Russian?

A release names officials no glossary holds (国务委员兼国务院秘书长吴政隆, 中国驻俄罗斯大使张汉晖). Such a name is
read where it is unmistakable: right after a post (秘书长, 大使, 发言人…), starting with a common Chinese surname,
with no character of a foreign transliteration (马克龙 is Macron, not Ma Kelong), followed by a boundary (等, 也,
、, 表示…), and of one length only (two or three characters); a PLA rank after it (谭克非大校) marks a Chinese
officer whatever his characters. Its Pinyin and Palladius forms (transliteration) are then looked for anywhere in
the English and Russian versions; a version that names the person nowhere gets one warning, where the Chinese
first names him. Names the glossary recognises are left to the glossary checks.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from desktop_app.domain.glossary.normalize import simplified_same_length
from desktop_app.domain.transliteration import TransliterationError, suggest_name

# The most common Chinese surnames (simplified); a name is only read after one of them.
SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔"
    "钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤谌常康葛赖洪")
# Characters of foreign names in Chinese transliteration (米舒斯京, 马克龙, 拉夫罗夫): never in a name read here.
FOREIGN = frozenset("斯夫娃尔克科洛维基诺德特姆亚伊耶莎琴奇茨米普京拉卡索托蒂妮芙萨戈")  # 戈: 罗戈津 is Rogozin
_POSTS = ("秘书长", "副部长", "部长", "大使", "副总理", "总理", "副主席", "主席", "副委员长", "委员长", "委员",
          "副书记", "书记", "副省长", "省长", "副市长", "市长", "副主任", "主任", "发言人", "外长", "局长",
          "院长", "会长", "董事长", "总经理", "司长", "总领事", "参赞", "国务委员", "副议长", "议长")
_POST = re.compile("|".join(sorted(_POSTS, key=len, reverse=True)))
# What may follow a name: a mark, a verb, a polite word, or the day it happened (发言人耿爽29日宣布).
_BOUNDARY = re.compile(r"[等也、，。；：（）“”]|在|到|出席|表示|指出|宣布|说|强调|会见|陪同|参加|主持|率|致辞|介绍|称|"
                       r"认为|同|与|和|先生|女士|一行|分别|共同|\d{1,2}(?:月\d{1,2})?日|[于将就对向已曾]")
# Words that follow a name, never its last character: 外交部长王毅于3月31日 is Wang Yi "on" 31 March, not 王毅于.
_AFTER_NAME = frozenset("于将就对向已曾")
_HAN = re.compile(r"[\u4e00-\u9fff]+")
_NOT_LETTERS = re.compile(r"[^a-zа-яё]+")


def chinese_names(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name as written) of each unmistakable Chinese personal name in `text`."""
    simple = simplified_same_length(text)
    out = []
    for m in _POST.finditer(simple):
        at = m.end()
        fits = [n for n in (2, 3) if _is_name(simple, at, n)]
        if len(fits) == 1:
            out.append((at, at + fits[0], text[at:at + fits[0]]))
    return out


# A PLA rank after the name (发言人谭克非大校) marks a Chinese officer even where a character (克) also serves in
# foreign transliterations.
_RANK = re.compile(r"[大上中少]校|[上中少]将")


def _is_name(text: str, at: int, length: int) -> bool:
    name = text[at:at + length]
    if len(name) != length or _HAN.fullmatch(name) is None or name[0] not in SURNAMES or (
            length == 3 and name[2] in _AFTER_NAME):
        return False
    if _RANK.match(text, at + length):
        return True
    return not FOREIGN & set(name[1:]) and _BOUNDARY.match(text, at + length) is not None


@functools.lru_cache(maxsize=4096)
def name_forms(name: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The English (Pinyin) and Russian (Palladius) forms of a name, each reading of it."""
    try:
        suggestion = suggest_name(simplified_same_length(name))
    except TransliterationError:
        return (), ()
    pairs = [(suggestion.pinyin, suggestion.palladius), *suggestion.alternatives]
    return tuple(p for p, _ in pairs), tuple(r for _, r in pairs)


@functools.lru_cache(maxsize=32768)
def _letters(text: str) -> str:
    return _NOT_LETTERS.sub("", text.casefold().replace("ё", "е"))


def named_in(forms: Sequence[str], texts: Sequence[str]) -> bool:
    """Whether any of `texts` writes one of `forms` (spaces, hyphens and case aside: "Wu Zhenglong", «У Чжэнлуна»)."""
    wanted = [_letters(f) for f in forms if f]
    return any(w and w in _letters(text) for w in wanted for text in texts)


# -- The Chinese name of a Russian post holder ----------------------------------------------------------------------
# Russians in China often bear a Chinese name that is no transliteration (吴丹娜, director of the Russian Culture
# Centre, is Tatyana Urzhumtseva). Where the post is one of a Russian body (俄罗斯… within the words before it, and no
# Chinese body: 中国驻俄罗斯大使 is a Chinese official), a person the other version names with the same post answers it.
_POST_WORDS = {
    "主任": ("директор", "руководител", "director", "head"), "院长": ("директор", "ректор", "director", "rector"),
    "大使": ("посол", "ambassador"), "总领事": ("генконсул", "генеральн", "consul"), "参赞": ("советник", "counsel"),
    "会长": ("президент", "председател", "president", "chair"), "主席": ("председател", "президент", "chair"),
    "部长": ("министр", "minister"), "副部长": ("заместител", "замминистр", "deputy", "vice"),
    "秘书长": ("секретар", "генсек", "secretary"), "董事长": ("председател", "chair"),
    "总经理": ("директор", "гендиректор", "director", "ceo"), "市长": ("мэр", "глава", "mayor"),
}
_CHINESE_BODY = ("中国", "中方", "我国", "中华", "驻俄", "国务院", "中共", "全国", "省")


def foreign_post_holder_named(zh_text: str, name_start: int, other_text: str, other_lang: str) -> bool:
    """Whether the Chinese name at `name_start` holds a post of a Russian body that `other_text` gives to a Russian
    person it names (the post before or just after the name): the name is then that person's Chinese name, not a
    Chinese official left out."""
    simple = simplified_same_length(zh_text)
    post = next((p for p in sorted(_POST_WORDS, key=len, reverse=True) if simple.endswith(p, 0, name_start)), None)
    if post is None:
        return False
    before = simple[max(0, name_start - len(post) - 40):name_start - len(post)]
    if "俄" not in before or any(body in before for body in _CHINESE_BODY):
        return False
    words = _POST_WORDS[post]
    low = other_text.casefold()
    return any(any(w in low[max(0, start - 80):start] or w in low[end:end + 60] for w in words)
               for start, end, _ in russian_names(other_text, other_lang))  # «Директор … Ольга», "Olga …, director"


# -- Russian people the glossary does not list ---------------------------------------------------------------------
# A Russian official is named with a given name ("Olga Golodets", «Андрей Руденко»): read after one of the common
# given names, the surname is looked for in the other of English and Russian by its consonants, which case endings
# and transliteration habits (Shoigu/Shoygu, Голодец/Голодца) leave alone.
_GIVEN_EN_LIST = ("Aleksandr Alexander Alexandr Aleksei Alexei Alexey Anatoly Andrei Andrey Anton Boris Denis "
                  "Dmitry Dmitri Evgeny Yevgeny Gennady Igor Ivan Konstantin Leonid Maxim Maksim Mikhail Nikolai "
                  "Nikolay Oleg Pavel Sergei Sergey Valentina Valery Vasily Viktor Vitaly Vladimir Vyacheslav Yury "
                  "Yuri Olga Tatyana Tatiana Elena Yelena Irina Natalia Natalya Svetlana Marina Veronika")
_GIVEN_EN = _GIVEN_EN_LIST.split()
_GIVEN_RU_LIST = ("Александр Алексей Анатолий Андрей Антон Борис Денис Дмитрий Евгений Геннадий Игорь Иван "
                  "Константин Леонид Максим Михаил Николай Олег Павел Сергей Валентина Валерий Василий Виктор "
                  "Виталий Владимир Вячеслав Юрий Ольга Татьяна Елена Ирина Наталья Светлана Марина Вероника")
_GIVEN_RU = _GIVEN_RU_LIST.split()
_RU_GIVEN_STEMS = "|".join(sorted({g[:-1] if g[-1] in "йьаяи" else g for g in _GIVEN_RU}, key=len, reverse=True))
# A surname is capitalised, or written in capitals as some newspapers set them («с Юрием ТРУТНЕВЫМ»).
_SURNAME = {"en": r"[A-Z](?:[a-z]+|[A-Z]+)", "ru": r"[А-ЯЁ](?:[а-яё]+|[А-ЯЁ]+)"}
_RUSSIAN_NAME = {
    "en": re.compile(rf"(?<![\w-])(?:{'|'.join(_GIVEN_EN)})\s+({_SURNAME['en']}(?:-{_SURNAME['en']})?)\b"),
    "ru": re.compile(rf"(?<![\w-])(?:{_RU_GIVEN_STEMS})(?:ем|ом|ой|ей|[аяуюеийьы])?\s+"
                     rf"({_SURNAME['ru']}(?:-{_SURNAME['ru']})?)(?![\w-])"),
}
_CAPITALISED = {"en": re.compile(rf"\b{_SURNAME['en']}"), "ru": re.compile(rf"(?<![\w-]){_SURNAME['ru']}")}
_LATIN_OF_CYRILLIC = "a b v g d e e zh z i y k l m n o p r s t u f kh ts ch sh shch _ y _ e yu ya"
_CYRILLIC_LATIN = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя", _LATIN_OF_CYRILLIC.split(), strict=True))
_RU_CASE_ENDING = re.compile(r"(?:ого|ому|ым|ом|ем|ой|ую|ей|а|у|е|ы)$")
_VOWELS = re.compile(r"[aeiouy_']+")


def consonants(word: str, lang: str) -> str:
    """A surname's consonants in Latin letters: Голодца and Golodets give 'gldts', Лавровым and Lavrov 'lvrv'."""
    low = word.casefold().replace("ё", "е")
    if lang == "ru":
        low = _RU_CASE_ENDING.sub("", low) if len(low) > 4 else low
        low = "".join(_CYRILLIC_LATIN.get(c, c) for c in low)
    low = low.replace("kh", "h").replace("x", "ks")
    return re.sub(r"(.)\1+", r"\1", _VOWELS.sub("", low))


def russian_names(text: str, lang: str) -> list[tuple[int, int, str]]:
    """(start, end, surname as written) of each Russian person named with a common given name in `text`."""
    out = []
    for m in _RUSSIAN_NAME[lang].finditer(text):
        if len(consonants(m.group(1), lang)) >= 3:
            out.append((m.start(), m.end(), m.group(1)))
    return out


def surname_in(surname: str, lang: str, other_text: str, other_lang: str) -> bool:
    """Whether `other_text` writes the surname (`lang`) in its own script: a capitalised word with its consonants."""
    wanted = consonants(surname, lang)
    return any(consonants(m.group(), other_lang) == wanted for m in _CAPITALISED[other_lang].finditer(other_text))
