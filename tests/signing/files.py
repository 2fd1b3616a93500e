"""What the signing tests sign with and sign: a .p12 key of the test PKI, and a conclusion
signed by the commission."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.signing import Pkcs12Key
from tests.support.pki import P12_PASSWORD, TestPki

__all__ = ["CommissionFile", "p12"]


def p12(pki: TestPki, label: str) -> Pkcs12Key:
    return Pkcs12Key(pki.p12[label], P12_PASSWORD)


@dataclass(frozen=True)
class CommissionFile:
    """A conclusion signed by two members and then, locking it, by the chair."""

    unsigned: bytes
    after_members: bytes
    signed: bytes
