"""Keys shaped like the national certification centre's: its legacy PKCS#12 encryption, the
login key against the signing key, GOST keys, and the holder's IIN and BIN.

The files are look-alikes of NCA's published test keys (same subject layout, key usages,
extended key usages and PKCS#12 encryption, the same test IIN 123456789011), made fresh
from the test PKI: see ``tests/signing/nca_files.py`` and ``docs/signatures.md``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import pytest
from asn1crypto import pem

from desktop.signing import (
    CertificateRefused,
    Pkcs12Key,
    SignatureRequest,
    WrongPassword,
    inspect_key_file,
    sign_pdf,
    verify_pdf,
)
from desktop.signing.pkcs12 import certificates_without_key
from tests.signing.nca_files import gost_certificate, gost_p12, legacy_p12
from tests.support.pki import (
    NCA_AUTH,
    NCA_BIN,
    NCA_ORG,
    NCA_ORG_SIGN,
    NCA_PATRONYMIC,
    NCA_SIGN,
    NCA_TEST,
    TestPki,
)

PASSWORD = "Qwerty12"
HOLDER = f"{NCA_TEST.name} {NCA_PATRONYMIC}"


@dataclass(frozen=True)
class NcaFiles:
    auth: Path
    sign: Path
    org_sign: Path
    gost: Path
    gost_cer: Path


@pytest.fixture(scope="module")
def nca(pki: TestPki, tmp_path_factory: pytest.TempPathFactory) -> NcaFiles:
    folder = tmp_path_factory.mktemp("nca")
    gost_cer = folder / "GOSTKNCA_lookalike.cer"
    gost_cer.write_bytes(pem.armor("CERTIFICATE", gost_certificate(pki, NCA_ORG_SIGN).dump()))
    return NcaFiles(
        auth=legacy_p12(pki, NCA_AUTH, folder / "AUTH_RSA256_lookalike.p12", PASSWORD),
        sign=legacy_p12(pki, NCA_SIGN, folder / "RSA256_lookalike.p12", PASSWORD),
        org_sign=legacy_p12(pki, NCA_ORG_SIGN, folder / "RSA256_org_lookalike.p12", PASSWORD),
        gost=gost_p12(pki, NCA_ORG_SIGN, folder / "GOSTKNCA_lookalike.p12", PASSWORD),
        gost_cer=gost_cer,
    )


def _inside_validity(pki: TestPki, label: str) -> object:
    return pki.cert(label)["tbs_certificate"]["validity"]["not_before"].native + \
        timedelta(days=3)


def test_the_signing_key_in_legacy_encryption_signs_and_verifies(
        pki: TestPki, nca: NcaFiles, blank_pdf: bytes) -> None:
    moment = _inside_validity(pki, NCA_SIGN)
    signed = sign_pdf(blank_pdf, Pkcs12Key(nca.sign, PASSWORD), SignatureRequest(
        field_name="chair", signer_name="", expected_iin=NCA_TEST.iin, at=moment))
    (check,) = verify_pdf(signed, [pki.root_pem], at=moment,
                          intermediates=[pki.pem("interm")]).signatures
    assert check.ok, check.reason
    assert (check.signer_name, check.iin) == (HOLDER, NCA_TEST.iin)


def test_the_login_key_is_refused_with_its_reason(pki: TestPki, nca: NcaFiles,
                                                  blank_pdf: bytes) -> None:
    verdict = inspect_key_file(nca.auth, PASSWORD)
    assert verdict.reasons == ("auth-key", "no-non-repudiation")
    assert verdict.identity.iin == "123456789011"
    with pytest.raises(CertificateRefused) as refused:
        sign_pdf(blank_pdf, Pkcs12Key(nca.auth, PASSWORD),
                 SignatureRequest(field_name="chair", signer_name=""))
    assert refused.value.reason == "auth-key"
    assert "RSA256_" in str(refused.value) and "login" in str(refused.value)


def test_the_signing_keys_have_no_key_usage_reason(nca: NcaFiles) -> None:
    for path in (nca.sign, nca.org_sign):
        assert inspect_key_file(path, PASSWORD).reasons == ()


def test_iin_bin_organisation_and_patronymic_are_read(nca: NcaFiles) -> None:
    who = inspect_key_file(nca.org_sign, PASSWORD).identity
    assert (who.iin, who.bin, who.organisation) == (NCA_TEST.iin, NCA_BIN, NCA_ORG)
    assert (who.name, who.given_name) == (HOLDER, NCA_PATRONYMIC)


def test_the_fallback_reader_agrees_with_openssl_and_cryptography(
        pki: TestPki, nca: NcaFiles) -> None:
    """The reader for files cryptography refuses (GOST keys) checks the password and reads
    the RC2-encrypted certificates of a file openssl made, as cryptography does."""
    (cert,) = certificates_without_key(nca.auth.read_bytes(), PASSWORD)
    assert cert.dump() == pki.cert(NCA_AUTH).dump()


def test_a_gost_key_is_recognised_and_named(pki: TestPki, nca: NcaFiles,
                                            blank_pdf: bytes) -> None:
    for path in (nca.gost, nca.gost_cer):
        verdict = inspect_key_file(path, PASSWORD)
        assert verdict.algorithm == "GOST 34.310-2004"
        assert verdict.reasons == ("gost-use-ncalayer",)
        assert (verdict.identity.iin, verdict.identity.bin) == (NCA_TEST.iin, NCA_BIN)
    with pytest.raises(CertificateRefused) as refused:
        sign_pdf(blank_pdf, Pkcs12Key(nca.gost, PASSWORD),
                 SignatureRequest(field_name="chair", signer_name=""))
    assert refused.value.reason == "gost-use-ncalayer"
    assert "NCALayer" in str(refused.value)


def test_a_wrong_password_on_a_gost_file_is_a_wrong_password(nca: NcaFiles) -> None:
    with pytest.raises(WrongPassword):
        inspect_key_file(nca.gost, "not-it")


def _inspect(path: Path, *extra: str, password: str = PASSWORD, lang: str = "en"
             ) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "EXPORT_COMMISSION_KEY_PASSWORD": password}
    return subprocess.run([sys.executable, "-m", "desktop", "--lang", lang, "keys", "inspect",
                           str(path), *extra],
                          capture_output=True, text=True, env=env, timeout=120)


def test_keys_inspect_on_the_command_line(nca: NcaFiles) -> None:
    auth = _inspect(nca.auth)
    assert auth.returncode == 1, auth.stderr
    assert "123456789011" in auth.stdout and "auth-key:" in auth.stdout
    assert "RSA256_" in auth.stdout
    kazakh = _inspect(nca.auth, lang="kk")  # the labels too, not only the reasons
    assert "  ЖСН: 123456789011" in kazakh.stdout
    assert "  қорытындыға қол қоюға бола ма: жоқ" in kazakh.stdout

    sign = _inspect(nca.sign, "--json")
    assert sign.returncode == 0, sign.stderr
    answer = json.loads(sign.stdout)
    assert answer["fit"] is True and answer["reasons"] == [] and answer["iin"] == NCA_TEST.iin

    gost = _inspect(nca.gost)
    assert gost.returncode == 1
    assert "GOST 34.310-2004" in gost.stdout and "gost-use-ncalayer" in gost.stdout
    assert "Traceback" not in gost.stdout + gost.stderr

    wrong = _inspect(nca.gost, password="not-it")
    assert wrong.returncode == 2 and "password" in wrong.stderr
    assert "Traceback" not in wrong.stderr
