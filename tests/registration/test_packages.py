"""Request packages: the schema, the domain rules on top of it, every problem at once."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from desktop.domain.applications import ApplicantKind, Channel
from desktop.services.packages import (
    MAX_BYTES,
    PackageRejected,
    load_package,
    package_schema,
    read_package,
)
from tests.registration.samples import BORN, company_package, individual_package


def _load(package: object) -> object:
    return load_package(json.dumps(package, ensure_ascii=False).encode("utf-8"), "p.json")


def _problems(package: object | bytes) -> dict[str, str]:
    raw = package if isinstance(package, bytes) else json.dumps(package).encode()
    with pytest.raises(PackageRejected) as caught:
        load_package(raw, "p.json")
    found = {p.path: p.message for p in caught.value.problems}
    assert len(found) == len(caught.value.problems), "one problem per place"
    return found


def test_the_schema_is_valid_draft_2020_12_and_the_samples_pass_it() -> None:
    schema = package_schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    Draft202012Validator.check_schema(schema)
    validator = Draft202012Validator(schema)
    assert validator.is_valid(individual_package())
    assert validator.is_valid(company_package())


def test_individual_package_becomes_portal_application() -> None:
    data = _load(individual_package())
    assert data.channel == Channel.PORTAL
    assert data.applicant.kind == ApplicantKind.INDIVIDUAL
    assert data.applicant.surname == "Әлмұханұлы"
    assert data.applicant.birth_date == BORN
    assert data.applicant.id_document_issued == date(2020, 5, 4)
    assert [(i.name, i.quantity) for i in data.items] == [("Домбыра, XIX ғ.", 1),
                                                           ("Күміс білезік", 2)]
    assert data.received == date.today()
    assert data.paper_documents == ["application_form", "id_copy"]


def test_company_package_defaults_quantity_and_received() -> None:
    data = _load(company_package())
    assert data.applicant.kind == ApplicantKind.COMPANY
    assert data.applicant.company_name == "ТОО «Шаңырақ Арт»"
    assert data.items[0].quantity == 1
    assert data.received == date.today()


def test_every_problem_is_listed_with_its_path() -> None:
    package = individual_package()
    package["applicant"]["iin_bin"] = "791028302729"  # check digit should be 8
    package["applicant"]["nickname"] = "Бека"  # not a field
    package["applicant"]["given_name"] = "   "  # blank
    package["items"][1]["quantity"] = 0
    package["items"].append({"quantity": "two"})
    package["export_until"] = (date.today() + timedelta(days=1)).isoformat()  # before from
    package["received"] = "2026-02-30"
    del package["destination_place"]
    found = _problems(package)
    assert found == {
        "$.received": "must be a valid date (YYYY-MM-DD)",
        "$.applicant.iin_bin": "IIN 791028302729: check digit is 9, expected 8",
        "$.applicant.nickname": "is not a field of this format",
        "$.applicant.given_name": "is required",
        "$.items[1].quantity": "must be at least 1",
        "$.items[2].name": "is required",
        "$.items[2].quantity": "must be a whole number",
        "$.destination_place": "is required",
        "$.export_until": "is before the start of the export",
    }


def test_problems_are_in_reading_order_and_in_the_message() -> None:
    package = individual_package()
    package["purpose"] = ""
    package["applicant"]["surname"] = ""
    package["items"] = [{"name": ""}] * 11
    with pytest.raises(PackageRejected) as caught:
        _load(package)
    paths = [p.path for p in caught.value.problems]
    assert paths[0] == "$.applicant.surname"
    assert paths[1:12] == [f"$.items[{i}].name" for i in range(11)]
    assert paths[-1] == "$.purpose"
    message = str(caught.value)
    assert message.startswith("p.json: request package rejected, 13 problems:\n")
    assert "  $.items[10].name: is required" in message


def test_domain_rules_beyond_the_schema() -> None:
    package = individual_package()
    package["destination_country"] = "KZ"
    package["applicant"]["citizenship"] = "QQ"
    package["applicant"]["birth_date"] = "1980-01-01"
    package["applicant"]["id_document_issued"] = (date.today() + timedelta(days=3)).isoformat()
    package["purpose"] = "Көрме\x07"
    assert _problems(package) == {
        "$.applicant.birth_date": "does not match the birth date in the IIN (1979-10-28)",
        "$.applicant.citizenship": "QQ is not an ISO 3166-1 country code",
        "$.applicant.id_document_issued": "is in the future",
        "$.destination_country": "must be a country other than Kazakhstan",
        "$.purpose": "contains control characters",
    }


def test_wrong_kind_does_not_pile_up_applicant_problems() -> None:
    package = individual_package()
    package["applicant"]["kind"] = "person"
    assert _problems(package) == {"$.applicant.kind": 'must be "individual" or "company"'}


def test_a_company_with_an_iin_fails_on_the_bin_rules() -> None:
    package = company_package()
    package["applicant"]["iin_bin"] = "791028302728"
    found = _problems(package)
    assert list(found) == ["$.applicant.iin_bin"]
    assert found["$.applicant.iin_bin"].startswith("BIN 791028302728:")


def test_long_values_are_refused_without_echoing_them() -> None:
    package = individual_package()
    package["purpose"] = "ә" * 4001
    package["items"][0]["name"] = "x" * 500  # exactly the limit: fine
    found = _problems(package)
    assert found == {"$.purpose": "is longer than 4000 characters"}


@pytest.mark.parametrize(("raw", "expected"), [
    (b"", "is not JSON: Expecting value (line 1, column 1)"),
    (b'{"a": 1,}', "is not JSON: Expecting property name enclosed in double quotes"),
    (b"\xff\xfe{}", "is not UTF-8 text (byte 1 cannot be decoded)"),
    (b'{"version": NaN}', "is not acceptable JSON: NaN is not a JSON number"),
    (b'{"a": 1, "a": 2}', 'is not acceptable JSON: the key "a" appears twice in one object'),
    (b"[" * 100_000 + b"]" * 100_000, "is not acceptable JSON: nested too deeply"),
    (b"[1, 2]", "must be an object"),
])
def test_unreadable_documents(raw: bytes, expected: str) -> None:
    found = _problems(raw)
    assert list(found) == ["$"]
    assert found["$"].startswith(expected)


def test_unpaired_surrogates_are_refused() -> None:
    package = individual_package()
    package["applicant"]["surname"] = "\ud800Ә"
    raw = json.dumps(package).encode()  # ASCII JSON with a "\ud800" escape in it
    assert _problems(raw) == {
        "$.applicant.surname": "contains an unpaired surrogate escape, which is not a character"
    }


def test_a_utf8_bom_is_accepted() -> None:
    raw = b"\xef\xbb\xbf" + json.dumps(individual_package()).encode()
    assert load_package(raw).applicant.given_name == "Болат"


def test_read_package_names_the_file(tmp_path: Path) -> None:
    missing = tmp_path / "none.json"
    with pytest.raises(PackageRejected) as caught:
        read_package(missing)
    assert str(caught.value).startswith(f"{missing}: request package rejected, 1 problem:")
    assert "cannot be read: No such file or directory" in str(caught.value)
    big = tmp_path / "big.json"
    big.write_bytes(b" " * (MAX_BYTES + 1))
    with pytest.raises(PackageRejected, match="a package has at most"):
        read_package(big)
