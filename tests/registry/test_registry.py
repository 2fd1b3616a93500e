"""The registry query: indexed search, Kazakh order, keyset paging, on both backends."""

from __future__ import annotations

from datetime import date, timedelta

from desktop.services.applicants import ApplicantService
from desktop.services.registration import RegistrationService
from desktop.services.registry import RegistryQuery, RegistryService, SortKey
from desktop.storage.database import Database
from tests.support.factories import application, company, individual

SURNAMES = ["Ілиясов", "Иванов", "Әбенова", "Абаев", "Ғалымов", "Гусев", "Ұланов", "Үсенов",
            "Қасымова", "Кузнецова", "Һадиев", "Хасанов"]


def _fill(db: Database, staff) -> None:
    service = RegistrationService(db)
    start = date(2026, 10, 1)
    for i, surname in enumerate(SURNAMES):
        person = individual(100 + i, surname=surname)
        service.register(staff["clerk"], application(person, received=start + timedelta(i)))
    service.register(staff["clerk"], application(company(3), received=start))


def test_names_sort_in_kazakh_alphabet_order(db: Database, staff) -> None:
    _fill(db, staff)
    rows = RegistryService(db).page(
        staff["clerk"], RegistryQuery(sort=SortKey.APPLICANT, descending=False), 0, 50)
    surnames = [r.applicant.split()[0] for r in rows if not r.applicant.startswith("ТОО")]
    assert surnames == ["Абаев", "Әбенова", "Гусев", "Ғалымов", "Иванов", "Кузнецова",
                        "Қасымова", "Ұланов", "Үсенов", "Хасанов", "Һадиев", "Ілиясов"]


def test_keyset_pages_equal_offset_pages(db: Database, staff) -> None:
    _fill(db, staff)
    service = RegistryService(db)
    for sort in SortKey:
        for descending in (False, True):
            q = RegistryQuery(sort=sort, descending=descending)
            whole = [r.id for r in service.page(staff["clerk"], q, 0, 100)]
            walked: list[int] = []
            page = service.page(staff["clerk"], q, 0, 4)
            while page:
                walked += [r.id for r in page]
                page = service.page(staff["clerk"], q, 0, 4, after=page[-1].key)
            assert walked == whole, (sort, descending)
            assert len(whole) == len(SURNAMES) + 1


def test_search_by_fragment_number_and_identity(db: Database, staff) -> None:
    _fill(db, staff)
    service = RegistryService(db)

    def found(text: str) -> list[str]:
        q = RegistryQuery(text=text)
        rows = service.page(staff["clerk"], q, 0, 50)
        assert service.count(staff["clerk"], q) == len(rows)
        return sorted(r.applicant.split()[0] for r in rows)

    assert found("ҚАСЫМ") == ["Қасымова"]          # upper case finds lower case
    assert found("сымо") == ["Қасымова"]           # a fragment inside the name
    # Two letters: too short for the trigram index, still found by a scan.
    assert set(found("ов")) == {n for n in SURNAMES if "ов" in n}
    assert found("шаңырақ") == ["ТОО"]             # the company
    one = service.page(staff["clerk"], RegistryQuery(text="Гусев"), 0, 1)[0]
    assert found(one.iin_bin[:11]) == ["Гусев"]    # an IIN prefix (all share a birth date)
    assert len(found(one.iin_bin[:6])) == len(SURNAMES)
    assert found(one.number) == ["Гусев"]          # the whole number
    assert found(str(int(one.number.rsplit("-", 1)[1]))) == ["Гусев"]  # its sequence
    assert found('50% "_') == []                  # wildcards and quotes are plain text


def test_search_follows_a_corrected_name(db: Database, staff) -> None:
    _fill(db, staff)
    corrected = individual(100, surname="Жаңаев")  # was Ілиясов
    ApplicantService(db).update(staff["clerk"], corrected, expected_version=1)
    service = RegistryService(db)
    assert service.count(staff["clerk"], RegistryQuery(text="жаңаев")) == 1
    assert service.count(staff["clerk"], RegistryQuery(text="ілиясов")) == 0
