"""Datelines and photo captions told by their text, with lines that only look like them."""

from __future__ import annotations

import pytest

from desktop_app.domain.release import Role
from desktop_app.domain.text_roles import is_contact, is_dateline, is_photo_caption, text_roles


@pytest.mark.parametrize("text", ["BEIJING, Jan. 21 (Xinhua)", "2018年6月3日", "3 June 2018",
                                  "Пекин, 16 октября 2023 года", "2023年10月16日　北京", "新华社莫斯科3月21日电",
                                  "MOSCOW, March 20 /TASS/"])
def test_datelines(text: str) -> None:
    assert is_dateline(text)


@pytest.mark.parametrize("text", ["On June 3, 2018 local time, Wang Yi met Sergei Lavrov.",
                                  "两国元首先后举行小范围、大范围会谈。",
                                  "Contact: Information Department", "May we help?", "Беседа продлилась 4,5 часа",
                                  "3月20日，国家主席习近平会见普京。新华社记者申宏摄"])
def test_not_datelines(text: str) -> None:
    assert not is_dateline(text)


@pytest.mark.parametrize("text", ["3月20日，国家主席习近平在莫斯科克里姆林宫会见俄罗斯总统普京。新华社记者申宏摄",
                                  "Xi Jinping meets Vladimir Putin in Moscow, March 20, 2023. (Xinhua/Shen Hong)",
                                  "Си Цзиньпин встретился с Владимиром Путиным. /Фото: Синьхуа, Шэнь Хун/",
                                  "The two ministers before the talks. Photo: Reuters"])
def test_captions(text: str) -> None:
    assert is_photo_caption(text)


@pytest.mark.parametrize("text", ["President Putin warmly shook hands and took a group photo with Xi Jinping.",
                                  "Главы государств обменялись рукопожатием и сфотографировались.",
                                  "The talks covered the Shanghai Cooperation Organization (SCO) and BRICS.",
                                  "记者从外交部获悉，双方将举行会谈。"])
def test_not_captions(text: str) -> None:
    assert not is_photo_caption(text)


def test_only_a_line_under_the_headline_is_the_dateline_and_styled_roles_stay() -> None:
    texts = ["Headline", "3 June 2018", "Body text.", "4 June 2018", "Quote"]
    roles = [Role.HEADLINE, Role.BODY, Role.BODY, Role.BODY, Role.QUOTE]
    assert text_roles(texts, roles) == [Role.HEADLINE, Role.DATELINE, Role.BODY, Role.BODY, Role.QUOTE]
    assert text_roles(texts, [Role.HEADLINE, Role.BODY, Role.BODY, Role.DATELINE, Role.QUOTE])[1] is Role.BODY


@pytest.mark.parametrize("text", ["外交部新闻司 电话：010-65961114", "Information Department. Tel: +86 10 6596 1114",
                                  "Контакты для СМИ: пресс-служба, тел.: +7 495 244-41-19",
                                  "E-mail: press@example.org"])
def test_contact_lines(text: str) -> None:
    assert is_contact(text)


@pytest.mark.parametrize("text", ["The two presidents held a telephone conversation on 5 May.",
                                  "双方通电话时表示，将加强合作。", "Contact between the two sides remains close."])
def test_not_contact_lines(text: str) -> None:
    assert not is_contact(text)


def test_a_contact_line_is_a_contact_only_at_the_end() -> None:
    texts = ["Headline", "Tel: 123 4567 was the number.", *["Body."] * 5, "Tel: +86 10 6596 1114"]
    roles = text_roles(texts, [Role.HEADLINE, *[Role.BODY] * 7])
    assert roles[1] is Role.BODY and roles[-1] is Role.CONTACT
