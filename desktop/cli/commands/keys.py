"""``keys inspect``: what a key or certificate file is, and whether it may sign a conclusion.

Exit 0 when the key may sign, 1 when it may not (each reason printed with its stable code),
2 when the file cannot be read or the password is wrong.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from desktop.cli.context import CliError, Context, add_command
from desktop.messages import Words
from desktop.signing import CertificateRefused, KeyVerdict, SigningError, inspect_key_file
from desktop.signing.keyfiles import CERTIFICATE_SUFFIXES, KEY_PASSWORD_ENV

__all__ = ["register"]


def _password(path: Path) -> str | None:
    if path.suffix.lower() in CERTIFICATE_SUFFIXES:
        return None
    password = os.environ.get(KEY_PASSWORD_ENV)
    if password is None:
        if not sys.stdin.isatty():
            raise CliError(f"no password for {path.name}", reason="no_password",
                           values=(path.name, KEY_PASSWORD_ENV))
        password = getpass.getpass(f"Password for {path.name}: ")
    return password


def inspect(ctx: Context) -> int:
    path = Path(ctx.args.file)
    words = ctx.words
    try:
        verdict = inspect_key_file(path, _password(path))
    except SigningError as exc:
        raise CliError(str(exc), reason="refused", values=(words.refusal(exc),)) from exc
    if ctx.args.json:
        payload = {"file": path.name, **verdict.as_dict(),
                   "explanations": {r: _why(words, r, verdict) for r in verdict.reasons}}
        ctx.out_json(payload)
    else:
        _print(ctx, path, verdict, words)
    return 0 if verdict.fit else 1


def _why(words: Words, reason: str, verdict: KeyVerdict) -> str:
    return words.refusal(CertificateRefused.because(reason, verdict))


def _print(ctx: Context, path: Path, v: KeyVerdict, words: Words) -> None:
    who = v.identity
    ctx.out(path.name)
    rows = (
        ("holder", who.name), ("iin", who.iin or "—"), ("bin", who.bin or "—"),
        ("organisation", who.organisation or "—"), ("algorithm", v.algorithm),
        ("key_usage", ", ".join(v.key_usage) or "—"),
        ("extended_key_usage", ", ".join(v.extended_key_usage) or "—"),
        ("valid", f"{v.not_before:%Y-%m-%d %H:%M} UTC – {v.not_after:%Y-%m-%d %H:%M} UTC"),
        ("issuer", v.issuer), ("serial", v.serial),
        ("fit", words.line("yes" if v.fit else "no")),
    )
    for label, value in rows:
        ctx.out(f"  {words.line('keys.' + label)}: {value}")
    for reason in v.reasons:
        ctx.out(f"  {reason}: {_why(words, reason, v)}")


def register(sub: argparse._SubParsersAction) -> None:
    keys = sub.add_parser("keys", help="signing keys and certificates")
    keys_sub = keys.add_subparsers(dest="keys_command", metavar="COMMAND", required=True)
    p = add_command(
        keys_sub, "inspect", inspect, sign_in=False,
        help="what a .p12 or certificate file holds, and whether it may sign",
        description=f"The password of a .p12 file is read from {KEY_PASSWORD_ENV}, or asked "
                    "for. Exit 0: the key may sign a conclusion; 1: it may not (reasons "
                    "listed); 2: the file cannot be read.")
    p.add_argument("file", metavar="FILE.p12|FILE.cer")
    p.add_argument("--json", action="store_true", help="print JSON instead of text")
