"""Electronic signatures (ЭЦҚ) on PDF documents: PAdES with pyHanko, no Qt, no database.

Sign with :func:`sign_pdf` (a :class:`Pkcs12Key` or :class:`Pkcs11Key` and a
:class:`SignatureRequest`), check with :func:`verify_pdf`. Every refusal is a
:class:`SigningError` subclass with a stable ``code``.
"""

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
from desktop.signing.fields import SignatureBox, add_signature_fields
from desktop.signing.keyfiles import inspect_key_file
from desktop.signing.keys import (
    OpenedKey,
    Pkcs11Key,
    Pkcs12Key,
    SigningKey,
    find_pkcs11_module,
    open_key,
)
from desktop.signing.report import FieldState
from desktop.signing.sign import SignatureRequest, has_timestamp, sign_pdf
from desktop.signing.verify import (
    GOST_NOT_CHECKABLE,
    SignatureCheck,
    TrustRoot,
    VerificationReport,
    load_trust_roots,
    verify_pdf,
)

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
    "check_certificate",
    "find_pkcs11_module",
    "has_timestamp",
    "identity_of",
    "inspect_key_file",
    "load_trust_roots",
    "open_key",
    "sign_pdf",
    "verify_pdf",
]
