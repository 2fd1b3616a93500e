"""The English sentence for every refusal code; Qt Linguist reads them from here and from
:mod:`desktop.messages.sentences`, whose modules hold the sentences of each part of the work.
"""

from __future__ import annotations

from desktop.messages.marks import CONTEXT, QT_TRANSLATE_NOOP
from desktop.messages.sentences import (
    accounts,
    applications,
    certificates,
    checks,
    conclusions,
    documents,
    examination,
    office,
    packages,
    reports,
    signing,
    verification,
)

__all__ = ["CONTEXT", "MESSAGES", "QT_TRANSLATE_NOOP", "message_key"]


def message_key(exc: BaseException) -> str:
    """``code.reason`` of a refusal, or its ``code`` when it names no reason."""
    code = str(getattr(exc, "code", "") or "")
    reason = str(getattr(exc, "reason", "") or "")
    return f"{code}.{reason}" if code and reason else code or reason


MESSAGES: dict[str, str] = {
    # -- what has no code of its own --
    "unexpected": QT_TRANSLATE_NOOP("Errors", "Something unexpected went wrong (%1). Tell "
                                    "the administrator what you were doing."),
    # -- the command line --
    "cli.database": QT_TRANSLATE_NOOP("Errors", "Cannot open the database: %1"),
    "cli.witness_unreadable": QT_TRANSLATE_NOOP("Errors", "%1 cannot be read."),
    "cli.no_witness": QT_TRANSLATE_NOOP("Errors", "%1 is neither an audit head (NUMBER:HASH) "
                                        "nor a file that records one."),
    "cli.no_user": QT_TRANSLATE_NOOP("Errors", "This command needs a signed-in user: give "
                                     "--user NAME or set %1."),
    "cli.no_password": QT_TRANSLATE_NOOP("Errors", "No password for %1: set %2 or run the "
                                         "command on a terminal."),
    "cli.password_prompt": QT_TRANSLATE_NOOP("Errors", "Password for %1: "),
    "cli.no_gate_password": QT_TRANSLATE_NOOP("Errors", "No password for the gate login: "
                                              "set %1 or run the command on a terminal."),
    "cli.gate_password_prompt": QT_TRANSLATE_NOOP("Errors", "Password of the gate login: "),
    "cli.sign_in": QT_TRANSLATE_NOOP("Errors", "Cannot sign in: %1"),
    "cli.refused": QT_TRANSLATE_NOOP("Errors", "%1"),
    "cli.unexpected": QT_TRANSLATE_NOOP("Errors", "An unexpected error stopped the command; "
                                        "the details are in %1."),
    "cli.negative": QT_TRANSLATE_NOOP("Errors", "%1 must be zero or more."),
    "cli.demo_not_empty": QT_TRANSLATE_NOOP("Errors", "The database already has users or "
                                            "applications; demo data goes only into an empty "
                                            "database (use --if-empty to skip quietly)."),
    "cli.unknown_status": QT_TRANSLATE_NOOP("Errors", "Unknown status «%1»; known statuses: "
                                            "%2."),
    "cli.no_new_password": QT_TRANSLATE_NOOP("Errors", "Give the new password in %1 or run "
                                             "the command on a terminal."),
    "cli.passwords_differ": QT_TRANSLATE_NOOP("Errors", "The two passwords differ."),
    "cli.first_admin": QT_TRANSLATE_NOOP("Errors", "The first account of a database must be "
                                         "an administrator."),
    "cli.no_account": QT_TRANSLATE_NOOP("Errors", "There is no account «%1»."),
    "cli.unknown_region": QT_TRANSLATE_NOOP("Errors", "Unknown region «%1»."),
    "cli.dpi": QT_TRANSLATE_NOOP("Errors", "--dpi must be %1 to %2."),
    "cli.register_user": QT_TRANSLATE_NOOP("Errors", "Registering needs --user NAME (or "
                                           "--check to only check the package)."),
    "cli.package": QT_TRANSLATE_NOOP("Errors", "%1: request package rejected:\n%2"),
    "cli.no_language": QT_TRANSLATE_NOOP("Errors", "%1 has no document in «%2» (it has: %3)."),
    "cli.not_issued": QT_TRANSLATE_NOOP("Errors", "%1 is not issued: there is no signed "
                                        "result yet."),
    "cli.file": QT_TRANSLATE_NOOP("Errors", "%1: %2"),
    "cli.no_file": QT_TRANSLATE_NOOP("Errors", "%1 does not exist."),
    "cli.no_token": QT_TRANSLATE_NOOP("Errors", "Name the token: --token LABEL or --slot N."),
    "cli.not_a_certificate": QT_TRANSLATE_NOOP("Errors", "%1 is not a PEM or DER "
                                               "certificate."),
    "cli.not_a_pdf": QT_TRANSLATE_NOOP("Errors", "%1 cannot be read as a PDF."),
    "cli.not_a_crl": QT_TRANSLATE_NOOP("Errors", "A CRL file is not a certificate revocation "
                                       "list."),
    "cli.not_signed": QT_TRANSLATE_NOOP("Errors", "Not signed: %1"),
    "cli.write": QT_TRANSLATE_NOOP("Errors", "Cannot write %1: %2"),
    "cli.no_folder": QT_TRANSLATE_NOOP("Errors", "The folder %1 does not exist."),
    "cli.conclusion_usage": QT_TRANSLATE_NOOP("Errors", "Give a NUMBER and -o FILE.pdf to write "
                                              "a document, or 'draft NUMBER' to draft a "
                                              "conclusion."),

}

for _part in (accounts, applications, certificates, checks, conclusions, documents,
              examination, office, packages, reports, signing, verification):
    MESSAGES.update(_part.MESSAGES)
