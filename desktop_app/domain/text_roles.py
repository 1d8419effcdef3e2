"""Roles an office's Word file shows by its text rather than by a style: the dateline set on a line of its own
("BEIJING, Jan. 21 (Xinhua)", "2018年6月3日", "Пекин, 16 октября 2023 года") and the photo caption with its credit
("…新华社记者申宏摄", "(Xinhua/Shen Hong)", "/Фото: Синьхуа/"), and the contact block at the end
("外交部新闻司 电话：…", "Media contact: … Tel: …", «Контакты для СМИ: … Тел.: …»).

Most offices type their releases in Normal style, so a style gives no role. Knowing these two lines matters beyond
the label: the checks read relative dates against the dateline, and the import pairs a version's dateline or
caption with the row of the other versions' dateline or caption, not with a paragraph of the body.
"""

from __future__ import annotations

import re

from desktop_app.domain.release import Role

_MONTHS = (r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?|"
           r"(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)")
_DATE = re.compile(rf"\d{{1,2}}\s*月\s*\d{{1,2}}\s*日|\d{{1,2}}\s+(?i:{_MONTHS})|(?i:{_MONTHS})\s+\d{{1,2}}\b")
_AGENCY = re.compile(r"[(（/]\s*(?:Xinhua|Синьхуа|新华社|TASS|ТАСС|ChinaNews|中新社)\s*[)）/]|"
                     r"(?:新华社|中新社).{0,12}电$")
MAX_DATELINE_CHARS = 60
DATELINE_WITHIN = 3  # the dateline line comes right under the headline (and a subheadline or a label)

# A credit closing the caption: 新华社记者申宏摄, （摄影：…）, (Xinhua/Shen Hong), /Фото: Синьхуа/, Photo: ….
_CREDIT = re.compile(r"(?:(?:记者|通讯员)\s*\S{2,8}\s*摄|摄影[：:]\s*\S{2,8})[）)]?|"
                     r"\((?:[A-Z][\w.&-]*(?: [A-Z][\w.&-]*)*)/[^()/]{2,40}\)|"
                     r"/\s*Фото:?[^/]{2,60}/?|Фото:[^/]{2,60}|(?i:photo(?: by|:))[^.]{2,60}")
MAX_CAPTION_CHARS = 400
# What a press office's contact line says: a telephone, fax or e-mail label, or "contact" in so many words.
_CONTACT = re.compile(r"电话|传真|邮箱|电子邮件|联系人|联系方式|(?i:\btel\b|\bphone\b|\bfax\b|e-?mail|contacts?\b|"
                      r"тел\.|телефон|факс|эл\.\s*почта|электронная почта|контакт)")
MAX_CONTACT_CHARS = 300
CONTACT_WITHIN = 4  # the contact block closes the release: its last few paragraphs
_SENTENCE_END = ("。", ".", "!", "?", "！", "？", "；", ";")


def is_dateline(text: str) -> bool:
    """A line that is only a place and date, or an agency's dateline, with no sentence after it."""
    text = text.strip()
    if not text or len(text) > MAX_DATELINE_CHARS or text.endswith(_SENTENCE_END) or "。" in text \
            or is_photo_caption(text):
        return False
    return bool(_DATE.search(text) or _AGENCY.search(text))


def is_photo_caption(text: str) -> bool:
    """A paragraph that ends with a photographer's or agency's photo credit."""
    text = text.strip().rstrip("。. ")
    return 0 < len(text) <= MAX_CAPTION_CHARS and any(m.end() == len(text) for m in _CREDIT.finditer(text))


def is_contact(text: str) -> bool:
    """A short line giving a press office's telephone, fax or e-mail, or naming itself a contact."""
    text = text.strip()
    return 0 < len(text) <= MAX_CONTACT_CHARS and _CONTACT.search(text) is not None and (
        any(c.isdigit() for c in text) or "@" in text)


def text_roles(texts: list[str], roles: list[Role]) -> list[Role]:
    """`roles` with body paragraphs that are a dateline line (among the first under the headline), a photo
    caption (a note) or a contact line at the end given those roles; every other role as it was."""
    result = list(roles)
    start = next((i + 1 for i, role in enumerate(roles) if role is Role.HEADLINE), 0)
    dateline_done = any(role is Role.DATELINE for role in roles)
    for i, (text, role) in enumerate(zip(texts, roles, strict=True)):
        if role is not Role.BODY:
            continue
        if not dateline_done and start <= i < start + DATELINE_WITHIN and is_dateline(text):
            result[i], dateline_done = Role.DATELINE, True
        elif is_photo_caption(text):
            result[i] = Role.NOTE
        elif i >= len(texts) - CONTACT_WITHIN and is_contact(text):
            result[i] = Role.CONTACT
    return result
