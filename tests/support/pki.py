"""A real test PKI for the signing tests, served on loopback.

Certomancer builds the certificates from a configuration (root CA, an intermediate, a TSA,
an OCSP responder, the signers) and its Animator answers RFC 3161 time-stamp requests,
OCSP requests and CRL downloads over HTTP. The Animator is a WSGI application; here it runs
in a thread under ``wsgiref`` on 127.0.0.1 and a free port, so pyHanko talks to it exactly
as it would to a real service.

Keys are generated fresh (RSA 2048) in a temporary folder, and every validity period is
relative to the moment the PKI is made, so the tests never age.
"""

from __future__ import annotations

import logging
import socketserver
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

from asn1crypto import pem, x509
from certomancer.integrations.animator import Animator, AnimatorArchStore
from certomancer.registry import ArchLabel, CertLabel, CertomancerConfig, PKIArchitecture
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

log = logging.getLogger(__name__)

ARCH = "kz-test"
P12_PASSWORD = "Сынақ-2025"  # non-ASCII on purpose: the NCA lets people choose any password


@dataclass(frozen=True)
class Person:
    """A signer: certificate label, full name (CN) and IIN (subject serialNumber)."""

    label: str
    name: str
    iin: str
    bin: str | None = None


MEMBER1 = Person("member1", "Ахметов Ерболат Серікұлы", "750303300260")
MEMBER2 = Person("member2", "Серікова Айгүл Қайратқызы", "880515400187")
CHAIR = Person("chair", "Байжанов Нұрлан Әбілұлы", "690101300348", bin="940140000385")
OFFICER = Person("officer", "Өтепова Гүлнәр Ілиясқызы", "791028302728")
NAMESAKE = Person("namesake", CHAIR.name, "690101300774")
"""Another man of the chairperson's name, with a certificate of the same trusted CA."""
PEOPLE = (MEMBER1, MEMBER2, CHAIR, OFFICER, NAMESAKE)

# Look-alikes of the national certification centre's published test keys (same subject
# layout, key usages and extended key usages; NCA's own files are not copied here): the
# holder's login key, their signing key, and an organisation employee's signing key.
NCA_TEST = Person("nca-sign", "ТЕСТОВ ТЕСТ", "123456789011")
NCA_PATRONYMIC, NCA_SURNAME, NCA_ORG, NCA_BIN = "ТЕСТОВИЧ", "ТЕСТОВ", 'АО "ТЕСТ"', "123456789021"
NCA_AUTH, NCA_SIGN, NCA_ORG_SIGN = "nca-auth", "nca-sign", "nca-org-sign"
NCA_PERSON_POLICY, NCA_EMPLOYEE_POLICY = "1.2.398.3.3.4.1.1", "1.2.398.3.3.4.1.2"

# A signing certificate that names no OCSP responder and no CRL (OFFICER's).
NO_SOURCES = "no-sources"

# Certificates that must be refused before signing, all in OFFICER's name.
EXPIRED, NOT_YET_VALID, KEY_ENCIPHERMENT_ONLY, REVOKED = (
    "expired", "not-yet-valid", "keyenc-only", "revoked",
)


def _iso(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%S+0000")


def _validity(start: datetime, end: datetime) -> dict[str, str]:
    return {"valid-from": _iso(start), "valid-to": _iso(end)}


def _key_usage(*usages: str) -> dict[str, Any]:
    return {"id": "key_usage", "critical": True,
            "smart-value": {"schema": "key-usage", "params": list(usages)}}


def _signer_cert(subject: str, start: datetime, end: datetime,
                 usages: tuple[str, ...] = ("digital_signature", "non_repudiation"),
                 extended: tuple[str, ...] = ()) -> dict[str, Any]:
    purposes = [{"id": "extended_key_usage", "value": list(extended)}] if extended else []
    return {
        "subject": subject,
        "subject-key": subject,
        "issuer": "interm",
        "validity": _validity(start, end),
        "extensions": [
            _key_usage(*usages),
            *purposes,
            {"id": "crl_distribution_points",
             "smart-value": {"schema": "crl-dist-url", "params": {"crl-repo-names": ["interm"]}}},
            {"id": "authority_information_access",
             "smart-value": {"schema": "aia-urls", "params": {"ocsp-responder-names": ["interm"]}}},
        ],
    }


def _config(keys_dir: Path, url_prefix: str, now: datetime) -> dict[str, Any]:
    year = timedelta(days=365)
    ca_usage = ("digital_signature", "key_cert_sign", "crl_sign")
    entities: dict[str, dict[str, str]] = {
        "root": {"common-name": "ҰКО Сынақ түбірлік CA", "organization-name": "ҰКО сынақ"},
        "interm": {"common-name": "ҰКО Сынақ RSA CA", "organization-name": "ҰКО сынақ"},
        "other-root": {"common-name": "Бөгде түбірлік CA", "organization-name": "Бөгде"},
        "tsa": {"common-name": "Сынақ TSA", "organization-name": "ҰКО сынақ"},
        "ocsp": {"common-name": "Сынақ OCSP", "organization-name": "ҰКО сынақ"},
    }
    for person in PEOPLE:
        name = {"common-name": person.name, "serial-number": f"IIN{person.iin}"}
        if person.bin:
            name["organization-name"] = "Облыстың мәдениет басқармасы"
            name["organizational-unit-name"] = f"BIN{person.bin}"
        entities[person.label] = name
    nca_holder = {"common-name": NCA_TEST.name, "surname": NCA_SURNAME,
                  "serial-number": f"IIN{NCA_TEST.iin}", "locality-name": "АЛМАТЫ",
                  "state-or-province-name": "АЛМАТЫ", "given-name": NCA_PATRONYMIC}
    entities[NCA_AUTH] = entities[NCA_SIGN] = nca_holder
    entities[NCA_ORG_SIGN] = {**nca_holder, "organization-name": NCA_ORG,
                              "organizational-unit-name": f"BIN{NCA_BIN}"}
    signer_start, signer_end = now - timedelta(days=30), now + year
    certs: dict[str, dict[str, Any]] = {
        "root": {
            "subject": "root", "issuer": "root", "authority-key": "root",
            "validity": _validity(now - 2 * year, now + 10 * year),
            "extensions": [{"id": "basic_constraints", "critical": True, "value": {"ca": True}},
                           _key_usage(*ca_usage)],
        },
        "other-root": {
            "subject": "other-root", "issuer": "other-root", "authority-key": "other-root",
            "validity": _validity(now - 2 * year, now + 10 * year),
            "extensions": [{"id": "basic_constraints", "critical": True, "value": {"ca": True}},
                           _key_usage(*ca_usage)],
        },
        "interm": {
            "issuer": "root",
            "validity": _validity(now - 2 * year, now + 5 * year),
            "extensions": [
                {"id": "basic_constraints", "critical": True,
                 "value": {"ca": True, "path-len-constraint": 0}},
                _key_usage(*ca_usage),
                {"id": "crl_distribution_points",
                 "smart-value": {"schema": "crl-dist-url", "params": {"crl-repo-names": ["root"]}}},
            ],
        },
        "tsa": {
            "issuer": "root",
            "validity": _validity(now - year, now + 5 * year),
            "extensions": [
                _key_usage("digital_signature"),
                {"id": "extended_key_usage", "critical": True, "value": ["time_stamping"]},
                {"id": "crl_distribution_points",
                 "smart-value": {"schema": "crl-dist-url", "params": {"crl-repo-names": ["root"]}}},
            ],
        },
        "ocsp": {
            "issuer": "interm",
            "validity": _validity(now - year, now + 5 * year),
            "extensions": [
                _key_usage("digital_signature"),
                {"id": "extended_key_usage", "critical": True, "value": ["ocsp_signing"]},
                {"id": "ocsp_no_check"},
            ],
        },
    }
    for person in PEOPLE:
        certs[person.label] = _signer_cert(person.label, signer_start, signer_end)
    certs[NCA_AUTH] = _signer_cert(NCA_AUTH, signer_start, signer_end,
                                   usages=("digital_signature", "key_encipherment"),
                                   extended=("client_auth", NCA_PERSON_POLICY))
    certs[NCA_SIGN] = _signer_cert(NCA_SIGN, signer_start, signer_end,
                                   extended=("email_protection", NCA_PERSON_POLICY))
    certs[NCA_ORG_SIGN] = _signer_cert(NCA_ORG_SIGN, signer_start, signer_end,
                                       extended=("email_protection", NCA_EMPLOYEE_POLICY))
    certs[NO_SOURCES] = {**_signer_cert(OFFICER.label, signer_start, signer_end),
                         "extensions": [_key_usage("digital_signature", "non_repudiation")]}
    certs[EXPIRED] = _signer_cert(OFFICER.label, now - 2 * year, now - year)
    certs[NOT_YET_VALID] = _signer_cert(OFFICER.label, now + timedelta(days=30), now + year)
    certs[KEY_ENCIPHERMENT_ONLY] = _signer_cert(OFFICER.label, signer_start, signer_end,
                                                usages=("key_encipherment",))
    certs[REVOKED] = _signer_cert(OFFICER.label, signer_start, signer_end)
    certs[REVOKED]["revocation"] = {"revoked-since": _iso(now - timedelta(days=1)),
                                    "reason": "key_compromise"}
    key_labels = ["root", "other-root", "interm", "tsa", "ocsp", *(p.label for p in PEOPLE),
                  NCA_AUTH, NCA_SIGN, NCA_ORG_SIGN]
    return {
        "external-url-prefix": url_prefix,
        "keysets": {ARCH: {"path-prefix": str(keys_dir),
                           "keys": {k: {"path": f"{k}.key.pem"} for k in key_labels}}},
        "pki-architectures": {
            ARCH: {
                "keyset": ARCH,
                "entity-defaults": {"country-name": "KZ"},
                "entities": entities,
                "certs": certs,
                "services": {
                    "ocsp": {"interm": {"for-issuer": "interm", "responder-cert": "ocsp",
                                        "signing-key": "ocsp"}},
                    "crl-repo": {
                        "root": {"for-issuer": "root", "signing-key": "root",
                                 "simulated-update-schedule": "P90D"},
                        "interm": {"for-issuer": "interm", "signing-key": "interm",
                                   "simulated-update-schedule": "P7D"},
                    },
                    "time-stamping": {"tsa": {"signing-key": "tsa", "signing-cert": "tsa"}},
                },
            }
        },
    }


def _write_keys(keys_dir: Path, labels: list[str]) -> None:
    keys_dir.mkdir(parents=True, exist_ok=True)
    for label in labels:
        key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        (keys_dir / f"{label}.key.pem").write_bytes(key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption()))


class _ThreadingServer(socketserver.ThreadingMixIn, WSGIServer):
    """Answers each request in its own thread: a client that connects and stalls (or a
    signer fetching OCSP, CRL and certificates at once) never holds up the others, which
    a busy machine would turn into a fetch timeout and a silently skipped revocation."""

    daemon_threads = True


class _QuietHandler(WSGIRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        log.debug("pki server: %s", format % args)


@dataclass
class TestPki:
    """The generated PKI: certificates, .p12 files, and the loopback service URLs."""

    arch: PKIArchitecture
    directory: Path
    url_prefix: str
    p12: dict[str, Path] = field(default_factory=dict)

    __test__ = False  # not a test class, despite the name

    def cert(self, label: str) -> x509.Certificate:
        return self.arch.get_cert(CertLabel(label))

    def pem(self, label: str) -> bytes:
        return pem.armor("CERTIFICATE", self.cert(label).dump())

    def pem_file(self, label: str) -> Path:
        path = self.directory / f"{label}.cert.pem"
        if not path.exists():
            path.write_bytes(self.pem(label))
        return path

    @property
    def p12_password_bytes(self) -> bytes:
        return P12_PASSWORD.encode("utf-8")

    @property
    def root_pem(self) -> bytes:
        return self.pem("root")

    @property
    def tsa_url(self) -> str:
        return f"{self.url_prefix}/{ARCH}/tsa/tsa"

    def key_der(self, label: str) -> bytes:
        """The private key (PKCS#8 DER) behind certificate ``label``."""
        spec = self.arch.get_cert_spec(CertLabel(label))
        return self.arch.key_set.get_private_key(spec.subject_key).dump()

    def chain(self, label: str) -> list[x509.Certificate]:
        return [self.arch.get_cert(c) for c in self.arch.get_chain(CertLabel(label))]


@contextmanager
def serve_pki(directory: Path) -> Iterator[TestPki]:
    """Generate the PKI in ``directory``, write a ``.p12`` per signer certificate, serve it."""
    server: WSGIServer = make_server("127.0.0.1", 0, lambda env, start: [],
                                     server_class=_ThreadingServer,
                                     handler_class=_QuietHandler)
    url_prefix = f"http://127.0.0.1:{server.server_port}"
    now = datetime.now(UTC).replace(microsecond=0)
    keys_dir = directory / "keys"
    config = _config(keys_dir, url_prefix, now)
    _write_keys(keys_dir, list(config["keysets"][ARCH]["keys"]))
    certomancer = CertomancerConfig(config, key_search_dir=str(directory))
    arch = certomancer.get_pki_arch(ArchLabel(ARCH))
    server.set_app(Animator(AnimatorArchStore({arch.arch_label: arch}), with_web_ui=False))
    pki = TestPki(arch=arch, directory=directory, url_prefix=url_prefix)
    for label in [p.label for p in PEOPLE] + [EXPIRED, NOT_YET_VALID, KEY_ENCIPHERMENT_ONLY,
                                               REVOKED, NCA_AUTH, NCA_SIGN, NCA_ORG_SIGN,
                                               NO_SOURCES]:
        path = directory / f"{label}.p12"
        path.write_bytes(arch.package_pkcs12(CertLabel(label),
                                             password=P12_PASSWORD.encode("utf-8")))
        pki.p12[label] = path
    thread = threading.Thread(target=server.serve_forever, name="test-pki", daemon=True)
    thread.start()
    try:
        yield pki
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
