"""Comments a reviewer added to a Word document, each with the text of the paragraph it is attached to.

The import reads what Word shows and leaves comments out of the text; the review round trip still needs them:
they become the comments of the paragraphs they were written on.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path

import docx
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml.ns import qn
from lxml import etree

from desktop_app.formats.errors import FormatError
from desktop_app.formats.input_files import check_whole_package, open_package


@dataclass(frozen=True, slots=True)
class WordComment:
    author: str
    text: str
    anchor: str  # the text of the paragraph the comment is attached to ("" when it is attached to none)


def read_word_comments(path: str | Path) -> list[WordComment]:
    """The comments of a Word document in the order they are attached; [] for a file that has none or that
    python-docx cannot open (the import itself reports why a file cannot be read). python-docx unpacks every
    part it reaches, pictures included, so the package is checked first: a 546 KB document whose picture unpacked
    to 500 MB took 1 GB here, after the text itself had been read without it."""
    try:
        with open_package(path) as zf:
            check_whole_package(zf)
        document = docx.Document(str(path))
        comments = list(document.comments)
    except (PackageNotFoundError, ValueError, KeyError, OSError, zipfile.BadZipFile, etree.XMLSyntaxError,
            FormatError):
        return []
    if not comments:
        return []
    anchors: dict[str, str] = {}
    for paragraph in document.element.body.iter(qn("w:p")):
        ids = [el.get(qn("w:id")) for tag in ("w:commentRangeStart", "w:commentReference")
               for el in paragraph.iter(qn(tag))]
        if ids:
            text = "".join(t.text or "" for t in paragraph.iter(qn("w:t")))
            for comment_id in ids:
                anchors.setdefault(str(comment_id), text)
    position = {comment_id: i for i, comment_id in enumerate(anchors)}  # dicts keep the order they were filled
    shown = sorted((c for c in comments if c.text.strip()),
                   key=lambda c: position.get(str(c.comment_id), len(position)))
    return [WordComment(c.author or "", c.text.strip(), anchors.get(str(c.comment_id), "")) for c in shown]
