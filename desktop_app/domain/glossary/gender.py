"""A person's sex as a glossary entry's Chinese form tells it, for Russian declension and verb agreement.

Russian declines a man's foreign or Chinese name and leaves a woman's ending in a consonant as it is (с Марин Ле
Пен, у Сунь Чуньлань), and a past-tense verb agrees with either; the Russian form alone often cannot tell them apart.
Chinese can: foreign women's given names are written with characters kept for them (玛丽娜, 卡娅, 塔季扬娜), and
some given-name characters are all but only women's (孙春兰). The sets are kept small, so a man is not taken for a
woman; a name they do not mark stays unknown.
"""

from __future__ import annotations

from desktop_app.domain.glossary.model import TermEntry

# Characters Chinese transliteration keeps for women's foreign given names (Xinhua usage).
_FOREIGN_FEMININE = frozenset("娜娅丽莎琳妮娃黛蕾薇婕茜露")
# Given-name characters of Chinese women that men's names all but never carry.
_CHINESE_FEMININE = frozenset("兰娟芳婷霞燕玲萍莉琴凤艳娜丽媛婉妍倩蓉娥姗嫣")
_COMPOUND_SURNAMES = ("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "司徒")


def person_gender(entry: TermEntry) -> str | None:
    """"femn" when the entry is a person whose Chinese form names a woman, else None (unknown, not "a man")."""
    if entry.category != "person":
        return None
    zh = entry.forms.get("zh", "").strip()
    if not zh:
        return None
    if "·" in zh or "・" in zh:
        given = zh.replace("・", "·").split("·")[0]
        return "femn" if _FOREIGN_FEMININE & set(given) else None
    if not 2 <= len(zh) <= 4:
        return None
    given = zh[2:] if zh.startswith(_COMPOUND_SURNAMES) and len(zh) > 2 else zh[1:]
    return "femn" if _CHINESE_FEMININE & set(given) else None
