"""Why signing or verifying was refused: one class per reason, each with a stable ``code``.

The UI translates by ``code``; the message is English, for logs and the CLI, and names the
file, token or certificate concerned.
"""

from __future__ import annotations

from datetime import datetime

__all__ = [
    "CertificateRefused",
    "DocumentLocked",
    "FieldError",
    "KeyFileError",
    "NotAPdf",
    "ServiceError",
    "SigningError",
    "TokenError",
    "UnreadablePdf",
    "WrongPassword",
]


class SigningError(Exception):
    """Base class: the signing layer refused, and wrote nothing.

    Like the domain's refusals it has a ``code``, a ``reason`` and ``values`` that
    :mod:`desktop.messages` words in the reader's language.
    """

    code = "signing"
    reason = ""
    values: tuple[str, ...] = ()


class NotAPdf(SigningError):
    """The input is not a PDF file, or one too damaged to read."""

    code = "not_a_pdf"


UnreadablePdf = NotAPdf
"""Another name for :class:`NotAPdf`: a damaged file is not a readable PDF either."""


class KeyFileError(SigningError):
    """A ``.p12`` key file is missing, unreadable or not a PKCS#12 container."""

    code = "key_file"

    def __init__(self, file_name: str, problem: str) -> None:
        super().__init__(f"the key file {file_name} cannot be used: {problem}")
        self.file_name = file_name


class WrongPassword(SigningError):
    """The password does not open the ``.p12`` file."""

    code = "wrong_password"

    def __init__(self, file_name: str) -> None:
        super().__init__(f"the password for {file_name} is wrong")
        self.file_name = file_name


class TokenError(SigningError):
    """The PKCS#11 module, token, PIN or key on the token cannot be used."""

    code = "token"


class CertificateRefused(SigningError):
    """The signer's certificate may not sign now; ``code`` says why.

    Codes: ``expired``, ``not_yet_valid`` (with :attr:`not_before` / :attr:`not_after`),
    ``key_usage``, ``iin_mismatch``; with ``embed_revocation`` also ``revoked`` and
    ``chain`` (the chain the key came with does not validate).
    """

    def __init__(self, code: str, message: str, *, not_before: datetime | None = None,
                 not_after: datetime | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.not_before = not_before
        self.not_after = not_after


class DocumentLocked(SigningError):
    """An earlier signature locked the document against any further change."""

    code = "locked"


class FieldError(SigningError):
    """The signature field cannot take this signature (already signed, wrong page…)."""

    code = "field"


class ServiceError(SigningError):
    """The time-stamp service did not give a usable answer."""

    code = "service"
