"""Why signing or verifying was refused: one class per kind, each refusal with a ``reason``.

Like the domain's refusals, every one has the family ``code`` "signing", a ``reason`` and
``values`` that :mod:`desktop.messages` words in the reader's language (key
``signing.<reason>``); the message is English, for logs, and names the file, token or
certificate concerned.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from desktop.signing.certificates import KeyVerdict

__all__ = [
    "CertificateRefused",
    "DocumentLocked",
    "FieldError",
    "KeyFileError",
    "NcaLayerError",
    "NotAPdf",
    "ServiceError",
    "SigningError",
    "SigningNotice",
    "TokenError",
    "UnreadablePdf",
    "UnverifiablePdf",
    "WrongPassword",
]


class SigningError(Exception):
    """Base class: the signing layer refused, and wrote nothing."""

    code = "signing"
    reason = "failed"
    values: tuple[str, ...] = ()

    def __init__(self, message: str = "", *values: object, reason: str = "") -> None:
        super().__init__(message)
        if reason:
            self.reason = reason
        self.values = tuple(str(v) for v in values)

    def __reduce__(self) -> tuple[Any, ...]:
        # Rebuilt without calling __init__, whose arguments differ from class to class: a
        # refusal raised in the signing process (desktop.signing.key_process) reaches the
        # window with its reason, values and attributes.
        return _rebuilt, (type(self), self.args), self.__dict__


def _rebuilt(cls: type[SigningError], args: tuple[Any, ...]) -> SigningError:
    return cls.__new__(cls, *args)


class NotAPdf(SigningError):
    """The input is not a PDF file, or one too damaged to read; %1 names the problem."""

    reason = "not_a_pdf"


class UnverifiablePdf(NotAPdf):
    """The file is a PDF, but one built to exhaust a verifier: too many revisions or
    signatures, objects nested too deeply, or a check that ran out of time. ``reason`` says
    which (``too_many_revisions``, ``too_many_signatures``, ``too_deep``, ``too_slow``)."""


UnreadablePdf = NotAPdf
"""Another name for :class:`NotAPdf`: a damaged file is not a readable PDF either."""


class KeyFileError(SigningError):
    """A ``.p12`` key file is missing, unreadable or not a PKCS#12 container."""

    reason = "key_file"

    def __init__(self, file_name: str, problem: str) -> None:
        super().__init__(f"the key file {file_name} cannot be used: {problem}", file_name,
                         problem)
        self.file_name = file_name


class WrongPassword(SigningError):
    """The password does not open the ``.p12`` file."""

    reason = "wrong_password"

    def __init__(self, file_name: str) -> None:
        super().__init__(f"the password for {file_name} is wrong", file_name)
        self.file_name = file_name


class TokenError(SigningError):
    """The PKCS#11 module, token, PIN or key on the token cannot be used; ``reason`` says
    which: ``token_module``, ``token_absent``, ``token_pin``, ``token_pin_locked``,
    ``token_key`` or ``token`` (anything else)."""

    reason = "token"


class NcaLayerError(SigningError):
    """NCALayer is not running, refused, or answered something unusable; ``reason`` is
    ``ncalayer_unreachable``, ``ncalayer_cancelled`` or ``ncalayer``."""

    reason = "ncalayer"


_REFUSALS = {
    "expired": "the certificate of {name} expired on {to}",
    "not-yet-valid": "the certificate of {name} is valid only from {since}",
    "auth-key": "the certificate of {name} is the login (authentication) key, which may "
                "not sign: choose the signing key file (RSA256_… or GOSTKNCA_…), not "
                "AUTH_RSA256_…",
    "no-non-repudiation": "the certificate of {name} is not for signing documents: its key "
                          "usage ({usages}) lacks nonRepudiation",
    "ca-certificate": "the certificate of {name} belongs to a certification authority",
    "gost-use-ncalayer": "the certificate of {name} holds a {algorithm} key, which this "
                         "program cannot use from a file: sign through NCALayer",
}


class CertificateRefused(SigningError):
    """The signer's certificate may not sign now; ``reason`` says why.

    Reasons: those of :data:`desktop.signing.certificates.REASONS`, ``iin_mismatch``, and
    when revocation is checked ``revoked`` and ``chain``.
    """

    def __init__(self, reason: str, message: str, *, values: tuple[str, ...] = (),
                 not_before: datetime | None = None,
                 not_after: datetime | None = None) -> None:
        super().__init__(message, *values, reason=reason)
        self.not_before = not_before
        self.not_after = not_after

    @classmethod
    def because(cls, reason: str, verdict: KeyVerdict) -> CertificateRefused:
        """The refusal for one reason of a :class:`KeyVerdict`."""
        name = verdict.identity.name
        since = f"{verdict.not_before:%Y-%m-%d %H:%M} UTC"
        to = f"{verdict.not_after:%Y-%m-%d %H:%M} UTC"
        usages = ", ".join(verdict.key_usage) or "none"
        message = _REFUSALS[reason].format(name=name, since=since, to=to, usages=usages,
                                           algorithm=verdict.algorithm)
        values = {"expired": (name, to), "not-yet-valid": (name, since),
                  "no-non-repudiation": (name, usages),
                  "gost-use-ncalayer": (name, verdict.algorithm)}.get(reason, (name,))
        return cls(reason, message, values=values, not_before=verdict.not_before,
                   not_after=verdict.not_after)


class SigningNotice(SigningError):
    """Not a refusal: something the signer should know about a signature that was made,
    worded like a refusal (``signing.<reason>``). Carried by a result, never raised.

    ``no_timestamp``: the time-stamp service (%1) gave no answer, so the signature has
    none (PAdES B-B); it is valid, and its time is the one the computer claimed.
    """

    reason = "no_timestamp"


class DocumentLocked(SigningError):
    """An earlier signature (in field %1) locked the document against any change."""

    reason = "locked"


class FieldError(SigningError):
    """The signature field cannot take this signature: ``field_signed`` (%1 is signed
    already), ``field_unlocked`` (the final field was laid out without a lock) or
    ``field`` (it cannot be placed)."""

    reason = "field"


class ServiceError(SigningError):
    """The time-stamp service (%1) did not give a usable answer."""

    reason = "service"
