"""``sign NUMBER``: sign the application's open document as the window does, headless.

The same service and the same checks as the signing dialog: the signed-in user's role and
turn (the chairperson last), the key's fitness (a login key, an expired or a GOST key file
is refused), and the certificate's IIN against the user's. A refusal is worded in the
reader's language and exits 1; bad input (a missing file, no password) exits 2.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from desktop.cli.context import CliError, Context, add_command
from desktop.services.conclusions import ConclusionService
from desktop.signing import Pkcs11Key, Pkcs12Key, SigningKey
from desktop.signing.keyfiles import KEY_PASSWORD_ENV
from desktop.signing.ncalayer import DEFAULT_URL, NcaLayerKey
from desktop.signing.trust_profile import TSA_ENV, default_timestamp_url

__all__ = ["NCALAYER_CA_ENV", "PIN_ENV", "register"]
PIN_ENV = "EXPORT_COMMISSION_TOKEN_PIN"
NCALAYER_CA_ENV = "EXPORT_COMMISSION_NCALAYER_CA"
"""A CA file for NCALayer's TLS certificate, when the system's store does not hold it."""


def _secret(env: str, what: str) -> str:
    value = os.environ.get(env)
    if value is not None:
        return value
    if not sys.stdin.isatty():
        raise CliError(f"no password for {what}", reason="no_password", values=(what, env))
    return getpass.getpass(f"{what}: ")


def _key(ctx: Context) -> SigningKey:
    args = ctx.args
    if args.ncalayer:
        ca = os.environ.get(NCALAYER_CA_ENV)
        return NcaLayerKey(url=args.ncalayer, locale=ctx.words.language,
                           ca_file=Path(ca) if ca else None)
    if args.key:
        path = Path(args.key)
        if not path.is_file():
            raise CliError(f"the key file {path} does not exist", reason="no_file",
                           values=(path,))
        return Pkcs12Key(path, _secret(KEY_PASSWORD_ENV, path.name))
    module = Path(args.pkcs11)
    if not module.is_file():
        raise CliError(f"the PKCS#11 library {module} does not exist", reason="no_file",
                       values=(module,))
    if args.token is None and args.slot is None:
        raise CliError("name the token: --token LABEL or --slot N", reason="no_token")
    token = args.token or f"#{args.slot}"
    return Pkcs11Key(module, args.token or "", _secret(PIN_ENV, token), slot=args.slot)


def sign(ctx: Context) -> int:
    actor = ctx.sign_in()
    service = ConclusionService(ctx.database())
    summary = service.by_number(actor, ctx.args.number)
    tsa = None if ctx.args.no_tsa else (ctx.args.tsa or default_timestamp_url())
    signed = service.sign(actor, summary.id, _key(ctx), timestamp_url=tsa)
    mine = next(g for g in signed.signers if g.user_id == actor.user_id)
    if signed.missing:
        ctx.say("sign.waiting", signed.number, mine.field_name, actor.full_name,
                ", ".join(g.full_name for g in signed.missing))
    else:
        ctx.say("sign.issued", signed.number, mine.field_name, actor.full_name)
    for notice in signed.notices:
        ctx.out(ctx.refusal(notice))
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    p = add_command(
        sub, "sign", sign,
        help="sign an application's open conclusion, refusal letter or return act, or a "
             "certificate (by its own number)",
        description="Sign as the window does: the user's turn, the key's fitness and the "
                    f"certificate's IIN are checked. The key password comes from "
                    f"{KEY_PASSWORD_ENV}, a token's PIN from {PIN_ENV}, or they are asked "
                    f"for; NCALayer asks in its own window ({NCALAYER_CA_ENV}: a CA file for "
                    "its TLS certificate). Exit 0 signed; 1 refused (the reason is printed); "
                    "2 bad input.")
    p.add_argument("number", metavar="NUMBER",
                   help="the document's number, or its application's number")
    source = p.add_mutually_exclusive_group(required=True)
    source.add_argument("--key", metavar="FILE.p12", help="a key file (RSA256_….p12)")
    source.add_argument("--pkcs11", metavar="LIBRARY",
                        help="a token's PKCS#11 library (Kaztoken, eToken, JaCarta…)")
    source.add_argument("--ncalayer", nargs="?", const=DEFAULT_URL, metavar="URL",
                        help="sign through NCALayer (GOST keys, tokens, ID cards); it asks "
                             f"for the key in its own window (default {DEFAULT_URL})")
    p.add_argument("--token", metavar="LABEL", help="the token's label (with --pkcs11)")
    p.add_argument("--slot", type=int, metavar="N", help="the token's slot (with --pkcs11)")
    tsa = p.add_mutually_exclusive_group()
    tsa.add_argument("--tsa", metavar="URL",
                     help="time-stamp service (PAdES B-T); default: the NCA RK profile's, "
                          f"or {TSA_ENV} when set (empty: none). When it does not answer, the "
                          "document is signed without a timestamp and you are told")
    tsa.add_argument("--no-tsa", action="store_true",
                     help="sign without a timestamp (PAdES B-B)")
