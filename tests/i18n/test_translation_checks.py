"""The translation checks themselves catch what they are meant to catch."""

from __future__ import annotations

from checks import placeholder_problems, texts_built_at_run_time, untranslated
from ts_file import TsMessage


def _message(source: str, *forms: str, kind: str = "", numerus: bool = False) -> TsMessage:
    return TsMessage("Ctx", source, "", numerus, kind, tuple(forms))


def test_a_translation_that_drops_a_placeholder_is_reported() -> None:
    problems = placeholder_problems([_message("There is no file at {path}.", "ไม่พบไฟล์")])

    assert len(problems) == 1 and "{placeholders}" in problems[0]


def test_a_translation_that_renames_a_placeholder_is_reported() -> None:
    assert placeholder_problems([_message("{count} rows", "{จำนวน} แถว")])


def test_a_translation_that_keeps_placeholders_in_another_order_is_fine() -> None:
    assert not placeholder_problems([_message("{a} of {b}", "{b} ของ {a}")])


def test_a_lost_qt_argument_marker_is_reported() -> None:
    assert placeholder_problems([_message("Page %1 of %2", "หน้า %1")])


def test_a_single_plural_form_may_say_the_count_in_words() -> None:
    message = _message("%n complaint(s)", "ข้อร้องเรียน", numerus=True)

    assert not placeholder_problems([message])


def test_a_source_that_is_not_a_format_string_is_compared_only_on_qt_markers() -> None:
    assert not placeholder_problems([_message("Type { to open a group", "พิมพ์ { เพื่อเปิดกลุ่ม")])


def test_unfinished_and_empty_entries_are_untranslated_but_retired_ones_are_not() -> None:
    messages = [
        _message("A", "", kind="unfinished"),
        _message("B", "   "),
        _message("C", "ค", kind="unfinished"),
        _message("D", "ง", kind="vanished"),
        _message("E", "จ"),
    ]

    assert untranslated(messages) == ["[Ctx] 'A'", "[Ctx] 'B'", "[Ctx] 'C'"]


def test_translating_an_f_string_or_a_formatted_text_is_reported() -> None:
    source = """
class Tab:
    def retranslate(self, n):
        self.a = self.tr(f"{n} rows")
        self.b = QCoreApplication.translate("Tab", "{n} rows".format(n=n))
        self.c = self.tr("%d rows" % n)
        self.d = self.tr("{n} rows").format(n=n)
        self.e = QCoreApplication.translate("Tab", LABELS[n])
        self.f = "abc".translate(TABLE)
"""
    offenders = texts_built_at_run_time(source, "tab.py")

    assert [o.split(":")[1] for o in offenders] == ["4", "5", "6"]
