"""Electronic signatures (ЭЦҚ) on PDF documents: PAdES with pyHanko, no Qt, no database.

Sign with :func:`sign_pdf` (a :class:`Pkcs12Key` or :class:`Pkcs11Key` and a
:class:`SignatureRequest`), check with :func:`verify_pdf`. Every refusal is a
:class:`SigningError` subclass with a stable ``code``. :func:`sign_documents` signs a
request's documents with one key, a ``.p12`` in a process of its own
(:mod:`desktop.signing.key_process`), so that opening it never stalls the window.

The package loads pyHanko, fontTools and the PDF machinery only when a name that needs them
is first used (:pep:`562`): the window imports the errors and the certificates' names at
start, and signs or verifies much later, if at all.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.lazy import lazy_attributes
from desktop.signing.certificates import (
    KeyVerdict,
    SignerIdentity,
    assess,
    check_certificate,
    identity_of,
)
from desktop.signing.errors import (
    CertificateRefused,
    DocumentLocked,
    FieldError,
    KeyFileError,
    NcaLayerError,
    NotAPdf,
    ServiceError,
    SigningError,
    SigningNotice,
    TokenError,
    UnreadablePdf,
    UnverifiablePdf,
    WrongPassword,
)
from desktop.signing.report import (
    FieldState,
)

if TYPE_CHECKING:
    from desktop.signing.fields import (
        SignatureBox,
        add_signature_fields,
    )
    from desktop.signing.key_process import (
        inspect_key_file_apart,
        sign_documents,
        warm_up,
    )
    from desktop.signing.keyfiles import (
        inspect_key_file,
    )
    from desktop.signing.keys import (
        OpenedKey,
        Pkcs11Key,
        Pkcs12Key,
        SigningKey,
        find_pkcs11_module,
        open_key,
    )
    from desktop.signing.sign import (
        SignatureRequest,
        audit_heads,
        has_timestamp,
        sign_pdf,
    )
    from desktop.signing.verify import (
        GOST_NOT_CHECKABLE,
        SignatureCheck,
        TrustRoot,
        VerificationReport,
        load_trust_roots,
        verify_pdf,
    )

_LAZY = {
    "SignatureBox": "desktop.signing.fields",
    "add_signature_fields": "desktop.signing.fields",
    "inspect_key_file": "desktop.signing.keyfiles",
    "inspect_key_file_apart": "desktop.signing.key_process",
    "sign_documents": "desktop.signing.key_process",
    "warm_up": "desktop.signing.key_process",
    "OpenedKey": "desktop.signing.keys",
    "Pkcs11Key": "desktop.signing.keys",
    "Pkcs12Key": "desktop.signing.keys",
    "SigningKey": "desktop.signing.keys",
    "find_pkcs11_module": "desktop.signing.keys",
    "open_key": "desktop.signing.keys",
    "SignatureRequest": "desktop.signing.sign",
    "audit_heads": "desktop.signing.sign",
    "has_timestamp": "desktop.signing.sign",
    "sign_pdf": "desktop.signing.sign",
    "GOST_NOT_CHECKABLE": "desktop.signing.verify",
    "SignatureCheck": "desktop.signing.verify",
    "TrustRoot": "desktop.signing.verify",
    "VerificationReport": "desktop.signing.verify",
    "load_trust_roots": "desktop.signing.verify",
    "verify_pdf": "desktop.signing.verify",
}
"""The names whose modules load pyHanko or fontTools, and where they live."""


__getattr__ = lazy_attributes(__name__, _LAZY)

__all__ = [
    "GOST_NOT_CHECKABLE",
    "CertificateRefused",
    "DocumentLocked",
    "FieldError",
    "FieldState",
    "KeyFileError",
    "KeyVerdict",
    "NcaLayerError",
    "NotAPdf",
    "OpenedKey",
    "Pkcs11Key",
    "Pkcs12Key",
    "ServiceError",
    "SignatureBox",
    "SignatureCheck",
    "SignatureRequest",
    "SignerIdentity",
    "SigningError",
    "SigningKey",
    "SigningNotice",
    "TokenError",
    "TrustRoot",
    "UnreadablePdf",
    "UnverifiablePdf",
    "VerificationReport",
    "WrongPassword",
    "add_signature_fields",
    "assess",
    "audit_heads",
    "check_certificate",
    "find_pkcs11_module",
    "has_timestamp",
    "identity_of",
    "inspect_key_file",
    "inspect_key_file_apart",
    "load_trust_roots",
    "open_key",
    "sign_documents",
    "sign_pdf",
    "verify_pdf",
    "warm_up",
]
