"""The rules of the cross-check, on texts as OCR gives them."""

from __future__ import annotations

from desktop.domain.crosscheck import Discrepancy, Field, ReadPage, cross_check
from desktop.domain.documents import PageKind

FORM = ("Өтініш беруші: Сәрсенбаева Әйгерім Нұрланқызы\n"
        "ЖСН 850412403215, жеке куәлік № 041234567\n"
        "Заттың атауы: күміс білезік №2")


def test_the_same_data_gives_no_warning() -> None:
    page = ReadPage(1, PageKind.FORM, FORM)
    assert cross_check("850412403215", "СӘРСЕНБАЕВА", "041234567", [page]) == []


def test_each_field_that_differs_is_reported_with_both_values() -> None:
    pages = [ReadPage(2, PageKind.FORM, FORM)]
    found = cross_check("790305401184", "Ковалёва", "038765432", pages)
    assert found == [
        Discrepancy(Field.IIN_BIN, "790305401184", "850412403215", 2),
        Discrepancy(Field.SURNAME, "Ковалёва", "Сәрсенбаева", 2),
        Discrepancy(Field.DOCUMENT_NUMBER, "038765432", "041234567", 2),
    ]


def test_what_is_not_read_for_certain_is_not_reported() -> None:
    misread = ReadPage(1, PageKind.FORM, "ИИН 85041240032l\nФамилия\n\nКовалева Е. С.")
    photo = ReadPage(2, PageKind.PHOTO, "ЖСН 850412403215 Өтініш беруші: Басқа")
    # an invalid number (a misread), ё for е, and a photo's text say nothing against it
    assert cross_check("790305401184", "Ковалёва", "038765432", [misread, photo]) == []
    # a twelve-digit number whose check digit fails is not an IIN
    assert cross_check("790305401184", None, None,
                       [ReadPage(1, PageKind.ID, "ИИН 850412403216")]) == []


def test_the_number_sign_read_as_letters_still_gives_the_document_number() -> None:
    page = ReadPage(1, PageKind.ID, "ЖСН 850412403215, жеке куәлік Ме 041234567")
    assert cross_check("850412403215", None, "041234568", [page]) == [
        Discrepancy(Field.DOCUMENT_NUMBER, "041234568", "041234567", 1)]

