"""Thai lines break only between words, and an over-long word only between clusters."""

from __future__ import annotations

from vocdesk.reports.fonts import register_fonts
from vocdesk.reports.thai_lines import break_lines, clusters
from vocdesk.text.thai_words import line_segments

HARD_WORDS = "ที่ ผู้ น้ำ ปั๊ม ฎีกา ฐาน ญี่ปุ่น กำ"
PARAGRAPH = (
    "ผู้รับบริการที่มาติดต่อเรื่องน้ำประปาและปั๊มน้ำของหมู่บ้านได้ยื่นฎีกาถึงหน่วยงาน"
    "เพื่อขอให้ปรับปรุงฐานข้อมูลผู้ใช้น้ำ และคณะดูงานจากญี่ปุ่นได้กำหนดการเยี่ยมชมในเดือนหน้า"
)


def word_boundaries(text: str) -> set[int]:
    """Offsets in ``text`` (spaces removed) where ICU allows a line to break."""
    offsets, position = {0}, 0
    for segment in line_segments(text):
        position += len(segment.replace(" ", ""))
        offsets.add(position)
    return offsets


def test_lines_fit_and_break_only_between_words() -> None:
    font = register_fonts().regular
    lines = break_lines(PARAGRAPH, font, 16, 150)
    assert len(lines) > 3
    assert "".join(lines).replace(" ", "") == PARAGRAPH.replace(" ", "")
    allowed = word_boundaries(PARAGRAPH)
    position = 0
    for line in lines[:-1]:
        position += len(line.replace(" ", ""))
        assert position in allowed, f"line ends inside a word: {line!r}"


def test_a_newline_always_breaks_and_blank_lines_stay() -> None:
    font = register_fonts().regular
    assert break_lines(f"{HARD_WORDS}\n\nน้ำ", font, 12, 400) == [HARD_WORDS, "", "น้ำ"]


def test_an_overlong_word_is_cut_between_clusters_only() -> None:
    font = register_fonts().regular
    word = "ญี่ปุ่นน้ำปั๊มที่ผู้กำ" * 3
    lines = break_lines(word, font, 16, 40)
    assert len(lines) > 1
    assert "".join(lines) == word
    for line in lines:
        assert (
            clusters(line)[0][0]
            not in "\u0e31\u0e34\u0e35\u0e36\u0e37\u0e38\u0e39\u0e47\u0e48\u0e49\u0e4a\u0e4b\u0e33"
        )


def test_clusters_keep_marks_with_their_consonant() -> None:
    assert clusters("ญี่ปุ่น") == ["ญี่", "ปุ่", "น"]
    assert clusters("น้ำ") == ["น้ำ"]
