"""``trust``: the certificates signatures are checked against, and the revocation lists an
office without internet imports.

``trust list`` shows every trusted certificate, those that come with the program marked
with their profile; ``trust add`` and ``trust remove`` change the administrator's own
(removing a profile certificate excludes it; adding its file trusts it again).
``trust crl add|list|remove`` keep the imported revocation lists, which ``verify`` and the
window's check of a conclusion use.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from desktop.cli.context import CliError, Context, add_command
from desktop.domain.errors import DomainError
from desktop.services.actor import Actor
from desktop.services.trust import TrustStore

__all__ = ["register"]


def _read(name: str) -> bytes:
    try:
        return Path(name).read_bytes()
    except OSError as exc:
        raise CliError(f"{name}: {exc.strerror}", reason="file",
                       values=(name, exc.strerror or exc)) from exc


def _refused_file(ctx: Context, name: str, exc: DomainError) -> CliError:
    return CliError(f"{name}: {exc}", reason="file", values=(name, ctx.refusal(exc)))


def _add(ctx: Context, name: str, add: Callable[[TrustStore, Actor, bytes, str], str],
         said: str) -> int:
    """Read the file *name* and *add* it to the trust store as the signed-in user."""
    actor = ctx.sign_in()
    data = _read(name)
    try:
        digest = add(TrustStore(ctx.database()), actor, data, Path(name).name)
    except DomainError as exc:
        raise _refused_file(ctx, name, exc) from exc
    ctx.say(said, digest)
    return 0


def trust_add(ctx: Context) -> int:
    return _add(ctx, ctx.args.certificate, TrustStore.add_root, "trust.added")


def trust_list(ctx: Context) -> int:
    """Everyone may see what signatures are checked against; the administrator's list
    (``trust_dialog``) also says who added each one."""
    from desktop.services.trust import fingerprint, subject

    ctx.sign_in()
    store = TrustStore(ctx.database())
    profile = store.profile()
    shipped = profile.fingerprints()
    for pem in store.roots():
        digest = fingerprint(pem)
        mark = "  " + ctx.words.line("trust.profile_mark", profile.title) \
            if digest in shipped else ""
        ctx.out(f"{digest}  {subject(pem)}{mark}")
    ctx.say("trust.services", profile.tsa, profile.ocsp, profile.title)
    return 0


def trust_remove(ctx: Context) -> int:
    actor = ctx.sign_in()
    TrustStore(ctx.database()).remove_root(actor, ctx.args.fingerprint.replace(":", "").lower())
    ctx.say("trust.removed", ctx.args.fingerprint)
    return 0


def crl_add(ctx: Context) -> int:
    return _add(ctx, ctx.args.file, TrustStore.add_crl, "trust.crl_added")


def crl_list(ctx: Context) -> int:
    actor = ctx.sign_in()
    for crl in TrustStore(ctx.database()).list_crls(actor):
        following = crl.next_update.isoformat(timespec="minutes") if crl.next_update else "—"
        ctx.out(f"{crl.fingerprint}  {crl.issuer}  " + ctx.words.line(
            "trust.crl_row", crl.issued.isoformat(timespec="minutes"), following, crl.revoked)
            + f"  {crl.source}")
    return 0


def crl_remove(ctx: Context) -> int:
    actor = ctx.sign_in()
    TrustStore(ctx.database()).remove_crl(actor, ctx.args.fingerprint.replace(":", "").lower())
    ctx.say("trust.crl_removed", ctx.args.fingerprint)
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    trust = sub.add_parser(
        "trust", help="the certificates signatures are checked against, and revocation lists",
        description="The national certification centre's certificates (NCA RK) come with the "
                    "program and are trusted from the start; the administrator adds their "
                    "own and imports revocation lists (CRL) for checking without internet.")
    trust_sub = trust.add_subparsers(dest="trust_command", metavar="COMMAND", required=True)
    p = add_command(trust_sub, "add", trust_add,
                    help="trust a CA certificate, PEM or DER (administrator)")
    p.add_argument("certificate", metavar="CERT.pem")
    add_command(trust_sub, "list", trust_list,
                help="the trusted certificates, those of the NCA RK profile marked")
    p = add_command(trust_sub, "remove", trust_remove,
                    help="stop trusting a certificate (administrator)")
    p.add_argument("fingerprint", metavar="SHA256", help="its SHA-256 fingerprint (hex)")

    crl = trust_sub.add_parser("crl", help="imported certificate revocation lists")
    crl_sub = crl.add_subparsers(dest="crl_command", metavar="COMMAND", required=True)
    p = add_command(crl_sub, "add", crl_add,
                    help="import a revocation list, PEM or DER; it replaces its issuer's "
                         "older one (administrator)")
    p.add_argument("file", metavar="FILE.crl")
    add_command(crl_sub, "list", crl_list, help="the imported revocation lists (administrator)")
    p = add_command(crl_sub, "remove", crl_remove,
                    help="remove an imported revocation list (administrator)")
    p.add_argument("fingerprint", metavar="SHA256", help="its SHA-256 fingerprint (hex)")
