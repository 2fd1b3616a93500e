"""The NCA RK trust profile that comes with the program: its certificates are the ones it
names and chain as they should, a fresh database trusts them (visibly), the administrator's
own anchors still work beside them, and the network defaults come from the profile and
stay explicit (no test reaches pki.gov.kz)."""

from __future__ import annotations

import asyncio
import json
import shutil
from datetime import UTC, datetime
from hashlib import sha256
from pathlib import Path

import pytest
from cryptography import x509
from pytestqt.qtbot import QtBot

from desktop.cli import main
from desktop.domain.conclusions import ConclusionKind
from desktop.resources import resources_dir
from desktop.services.conclusions import ConclusionService
from desktop.services.trust import TrustStore, TrustStoreError, fingerprint
from desktop.signing.trust_profile import (
    TSA_ENV,
    TrustProfileError,
    default_timestamp_url,
    load_profile,
    trust_profile,
)
from desktop.storage.database import Database
from desktop.ui.conclusions.sign_dialog import SignDialog
from tests.support.commission import Commission, agreed_export, examined
from tests.support.pki import MEMBER1, TestPki

FOLDER = resources_dir() / "trust" / "nca-rk"
SPEC = json.loads((FOLDER / "profile.json").read_text(encoding="utf-8"))
TODAY = datetime(2026, 12, 7, tzinfo=UTC)
"""The day the certificates were chosen; they must be valid then (and long after)."""


def _cert(name: str) -> x509.Certificate:
    return x509.load_der_x509_certificate((FOLDER / name).read_bytes())


def _is_rsa(cert: x509.Certificate) -> bool:
    """RSA: ``cryptography`` checks its signatures; GOST keys it cannot load (their
    signatures were checked once with a GOST implementation, docs/signatures.md)."""
    return cert.public_key_algorithm_oid == x509.oid.PublicKeyAlgorithmOID.RSAES_PKCS1_v1_5


def _key_id(cert: x509.Certificate, kind: type) -> bytes:
    value = cert.extensions.get_extension_for_class(kind).value
    return value.digest if kind is x509.SubjectKeyIdentifier else value.key_identifier


@pytest.mark.filterwarnings("ignore:Attribute's length:UserWarning")  # NCA's long names
def test_the_shipped_certificates_are_those_the_profile_names() -> None:
    profile = trust_profile()
    assert (profile.name, profile.title) == ("nca-rk", "NCA RK")
    assert (profile.tsa, profile.ocsp) == ("http://tsp.pki.gov.kz/", "http://ocsp.pki.gov.kz/")
    assert [c.file for c in profile.certificates] == [e["file"] for e in SPEC["certificates"]]
    assert profile.certificates, "the profile ships certificates"
    for entry in SPEC["certificates"]:
        der = (FOLDER / entry["file"]).read_bytes()
        cert = x509.load_der_x509_certificate(der)
        assert sha256(der).hexdigest() == entry["sha256"]
        assert cert.subject.rfc4514_string() == entry["subject"]
        assert cert.not_valid_after_utc.date().isoformat() == entry["valid_until"]
        assert cert.not_valid_before_utc < TODAY < cert.not_valid_after_utc
        assert cert.extensions.get_extension_for_class(x509.BasicConstraints).value.ca
    shipped = {p.name for p in FOLDER.iterdir()} - {"profile.json"}
    listed = {e["file"] for e in SPEC["certificates"] + SPEC["evidence"]}
    assert shipped == listed  # nothing unlisted
    for entry in SPEC["evidence"]:  # shipped as proof, never trusted
        assert sha256((FOLDER / entry["file"]).read_bytes()).hexdigest() == entry["sha256"]
        assert entry["sha256"] not in profile.fingerprints()


@pytest.mark.filterwarnings("ignore:Attribute's length:UserWarning")
def test_each_intermediate_chains_to_a_shipped_root() -> None:
    by_role = {"root": [], "intermediate": []}
    for entry in SPEC["certificates"]:
        by_role[entry["role"]].append(_cert(entry["file"]))
    for root in by_role["root"]:
        assert root.subject == root.issuer
        assert _key_id(root, x509.SubjectKeyIdentifier) == \
            _key_id(root, x509.AuthorityKeyIdentifier)
        if _is_rsa(root):
            root.verify_directly_issued_by(root)  # the self-signature itself
    for entry in SPEC["certificates"]:
        if entry["role"] != "intermediate":
            continue
        intermediate = _cert(entry["file"])
        if "anchored_by" in entry:
            # No root shipped: an independently published certificate that NCA's key
            # signed shows the intermediate's key is NCA's (its own anchor).
            proof = _cert(entry["anchored_by"])
            assert proof.issuer == intermediate.subject
            assert _key_id(proof, x509.AuthorityKeyIdentifier) == \
                _key_id(intermediate, x509.SubjectKeyIdentifier)
            proof.verify_directly_issued_by(intermediate)
            continue
        [issuer] = [r for r in by_role["root"] if r.subject == intermediate.issuer]
        assert _key_id(intermediate, x509.AuthorityKeyIdentifier) == \
            _key_id(issuer, x509.SubjectKeyIdentifier)
        if _is_rsa(issuer):
            intermediate.verify_directly_issued_by(issuer)


@pytest.mark.filterwarnings("ignore:Attribute's length:UserWarning")
def test_a_certificate_nca_rsa_2022_issued_validates_against_the_profile() -> None:
    """The path to a certificate the RSA 2022 intermediate issued (NCA's time-stamp
    service's) ends at the shipped intermediate, an anchor without its root; the same path
    with no profile has nothing to end at."""
    from asn1crypto import x509 as asn1_x509
    from pyhanko_certvalidator import CertificateValidator, ValidationContext
    from pyhanko_certvalidator.errors import PathBuildingError

    proof = asn1_x509.Certificate.load((FOLDER / "evidence_tsa_rsa_2022.cer").read_bytes())
    anchors = [asn1_x509.Certificate.load(c.der) for c in trust_profile().certificates]
    moment = datetime(2026, 12, 7, tzinfo=UTC)
    context = ValidationContext(trust_roots=anchors, moment=moment, allow_fetching=False,
                                revocation_mode="soft-fail")
    path = asyncio.run(CertificateValidator(proof, validation_context=context)
                       .async_validate_usage({"digital_signature"},
                                             extended_key_usage={"time_stamping"}))
    assert "(RSA) 2022" in path.trust_anchor.authority.name.human_friendly
    bare = ValidationContext(trust_roots=[], moment=moment, allow_fetching=False,
                             revocation_mode="soft-fail")
    with pytest.raises(PathBuildingError):
        asyncio.run(CertificateValidator(proof, validation_context=bare)
                    .async_validate_usage({"digital_signature"}))


def test_a_changed_certificate_file_is_refused_not_trusted(tmp_path: Path) -> None:
    copy = shutil.copytree(FOLDER, tmp_path / "nca-rk")
    assert load_profile(copy).fingerprints() == trust_profile().fingerprints()
    target = copy / SPEC["certificates"][0]["file"]
    data = bytearray(target.read_bytes())
    data[-1] ^= 0x01
    target.write_bytes(bytes(data))
    with pytest.raises(TrustProfileError, match="SHA-256 differs"):
        load_profile(copy)
    target.unlink()
    with pytest.raises(TrustProfileError, match="cannot be read"):
        load_profile(copy)


def test_a_fresh_database_trusts_the_profile_visibly(db: Database, staff, sign_in_as,
                                                     capsys: pytest.CaptureFixture[str],
                                                     tmp_path: Path) -> None:
    store = TrustStore(db)
    shipped = [c.pem for c in trust_profile().certificates]
    assert store.roots() == shipped  # nobody added anything
    listed = store.list_roots(staff["admin"])
    assert [r.fingerprint for r in listed] == [c.sha256 for c in trust_profile().certificates]
    assert {r.profile for r in listed} == {"NCA RK"}

    url = db.url.render_as_string(hide_password=False)
    sign_in_as("clerk")  # anyone may see what signatures are checked against
    assert main(["--db", url, "trust", "list"]) == 0
    said = capsys.readouterr().out.splitlines()
    for entry in SPEC["certificates"]:
        [line] = [s for s in said if s.startswith(entry["sha256"])]
        assert line.endswith("[NCA RK profile]")
    assert said[-1].startswith("time stamps: http://tsp.pki.gov.kz/  OCSP: "
                               "http://ocsp.pki.gov.kz/")

    # The administrator may stop trusting one, and trust it again from its file.
    excluded = SPEC["certificates"][0]
    sign_in_as("admin")
    assert main(["--db", url, "trust", "remove", excluded["sha256"]]) == 0
    assert store.roots() == shipped[1:]
    assert main(["--db", url, "trust", "remove", excluded["sha256"]]) == 1
    assert "No trusted certificate has the fingerprint" in capsys.readouterr().err
    assert main(["--db", url, "trust", "add", str(FOLDER / excluded["file"])]) == 0
    assert store.roots() == shipped
    sign_in_as("clerk")
    assert main(["--db", url, "trust", "remove", excluded["sha256"]]) == 1
    assert store.roots() == shipped


def test_the_test_pki_still_verifies_once_its_root_is_added(
        db: Database, staff, commission: Commission, pki: TestPki, sign_in_as,
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """The commission fixture trusts the test root beside the profile, as an office trusts
    a test or demo CA; without it the same signatures are not trusted."""
    app_id = agreed_export(db, staff, commission, examined(db, staff, items=1))
    service = ConclusionService(db)
    [conclusion] = [c for c in service.for_application(staff["chair"], app_id)
                    if c.kind == ConclusionKind.CONCLUSION]
    store = TrustStore(db)
    assert service.verify(staff["chair"], conclusion.id)["kk"].ok
    test_root = next(r for r in store.list_roots(staff["admin"]) if not r.profile)
    store.remove_root(staff["admin"], test_root.fingerprint)
    report = service.verify(staff["chair"], conclusion.id)["kk"]
    assert not report.ok and not any(s.trusted for s in report.signatures)

    url = db.url.render_as_string(hide_password=False)
    pdf = tmp_path / "conclusion.pdf"
    pdf.write_bytes(service.document(staff["chair"], conclusion.id, "kk"))
    sign_in_as("admin")
    assert main(["--db", url, "verify", str(pdf)]) == 1
    assert main(["--db", url, "trust", "add", str(pki.pem_file("root"))]) == 0
    capsys.readouterr()
    assert main(["--db", url, "verify", str(pdf)]) == 0
    assert "OK: all 3 signature(s) are intact, valid and trusted" in capsys.readouterr().out


def test_revocation_lists_are_imported_from_the_command_line(
        db: Database, staff, pki: TestPki, sign_in_as, capsys: pytest.CaptureFixture[str],
        tmp_path: Path) -> None:
    import urllib.request

    url = db.url.render_as_string(hide_password=False)
    crl_url = pki.cert(MEMBER1.label).crl_distribution_points[0].url
    with urllib.request.urlopen(crl_url, timeout=10) as answer:  # the test PKI, loopback
        (tmp_path / "interm.crl").write_bytes(answer.read())
    (tmp_path / "notes.txt").write_text("not a list")
    sign_in_as("admin")
    assert main(["--db", url, "trust", "crl", "add", str(tmp_path / "notes.txt")]) == 2
    assert "notes.txt is not a certificate revocation list" in capsys.readouterr().err
    assert main(["--db", url, "trust", "crl", "add", str(tmp_path / "interm.crl")]) == 0
    digest = capsys.readouterr().out.split()[-1]
    assert main(["--db", url, "trust", "crl", "list"]) == 0
    [line] = capsys.readouterr().out.splitlines()
    assert line.startswith(digest) and line.endswith("interm.crl")
    assert TrustStore(db).crls()  # what verify and the window's check use
    sign_in_as("clerk")
    assert main(["--db", url, "trust", "crl", "list"]) == 1  # the administrator's
    sign_in_as("admin")
    assert main(["--db", url, "trust", "crl", "remove", digest]) == 0
    assert TrustStore(db).crls() == []


def test_the_time_stamp_service_defaults_to_the_profiles(monkeypatch: pytest.MonkeyPatch
                                                         ) -> None:
    monkeypatch.delenv(TSA_ENV)
    assert default_timestamp_url() == trust_profile().tsa == "http://tsp.pki.gov.kz/"
    monkeypatch.setenv(TSA_ENV, "http://tsa.example.kz/")
    assert default_timestamp_url() == "http://tsa.example.kz/"
    monkeypatch.setenv(TSA_ENV, " ")
    assert default_timestamp_url() is None  # empty: sign without a timestamp


def test_the_signing_dialog_offers_the_profiles_service(qtbot: QtBot,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(TSA_ENV)
    dialog = SignDialog(None, "Өтепова Гүлнәр", "AKM-2026-Q0001")
    qtbot.addWidget(dialog)
    assert dialog.tsa.text() == "http://tsp.pki.gov.kz/"  # nobody typed one yet
    monkeypatch.setenv(TSA_ENV, "")
    empty = SignDialog(None, "Өтепова Гүлнәр", "AKM-2026-Q0001")
    qtbot.addWidget(empty)
    assert empty.tsa.text() == ""


def test_a_damaged_profile_is_said_and_never_trusted(db: Database, staff, pki: TestPki,
                                                     monkeypatch: pytest.MonkeyPatch,
                                                     tmp_path: Path) -> None:
    store = TrustStore(db)
    store.add_root(staff["admin"], pki.pem("root"), "root.pem")
    copy = shutil.copytree(FOLDER, tmp_path / "nca-rk")
    (copy / SPEC["certificates"][0]["file"]).write_bytes(b"changed")
    monkeypatch.setattr("desktop.services.trust.trust_profile", lambda: load_profile(copy))
    own = fingerprint(pki.pem("root"))
    assert [fingerprint(p) for p in store.roots()] == [own]  # the administrator's still count
    with pytest.raises(TrustStoreError) as refused:
        store.list_roots(staff["admin"])
    assert (refused.value.reason, refused.value.values) == ("profile_damaged", ("nca-rk",))
