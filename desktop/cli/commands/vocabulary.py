"""The examination's controlled vocabulary: list its terms, add terms from a file.

    export-commission vocabulary list [--kind material] [--json] --user NAME
    export-commission vocabulary add TERMS.json --user ADMIN

The file has the shipped file's shape (``{"material": [{"code", "kk", "ru", "en"}, …]}``,
see docs/vocabulary.md); its terms go in all together or not at all.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli.context import CliError, Context, add_command
from desktop.domain.vocabulary import TERM_KINDS, VocabularyError
from desktop.services.vocabulary import VocabularyService

__all__ = ["register"]


def list_cmd(ctx: Context) -> int:
    actor = ctx.sign_in()
    vocabulary = VocabularyService(ctx.database()).vocabulary(actor)
    kinds = [ctx.args.kind] if ctx.args.kind else list(TERM_KINDS)
    terms = [term for kind in kinds for term in vocabulary.terms(kind)]
    if ctx.args.json:
        ctx.out_json([{"kind": t.kind, "code": t.code, "kk": t.kk, "ru": t.ru, "en": t.en}
                      for t in terms])
        return 0
    lang = ctx.words.language
    for term in terms:
        ctx.out(f"{term.kind}\t{term.code}\t{term.label(lang)}")
    return 0


def add_cmd(ctx: Context) -> int:
    """Exit 2, naming the term, when the file or any of its terms is wrong."""
    actor = ctx.sign_in()
    try:
        added = VocabularyService(ctx.database()).add_file(actor, Path(ctx.args.file))
    except VocabularyError as exc:
        raise CliError(str(exc), 2, reason="refused", values=(ctx.refusal(exc),)) from exc
    lang = ctx.words.language
    for term in added:
        ctx.out(f"{term.kind}\t{term.code}\t{term.label(lang)}")
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("vocabulary", help="the examination's terms: object types, "
                                               "materials, techniques")
    commands = parser.add_subparsers(dest="vocabulary_command", metavar="COMMAND",
                                     required=True)
    p = add_command(commands, "list", list_cmd, help="list the terms in the reader's language")
    p.add_argument("--kind", choices=TERM_KINDS)
    p.add_argument("--json", action="store_true", help="every term with its three languages")
    p = add_command(commands, "add", add_cmd,
                    help="add the terms of a JSON file (administrator; all or none)")
    p.add_argument("file", metavar="TERMS.json")
