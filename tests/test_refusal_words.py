"""Every refusal the program can raise has its words in Kazakh, Russian and English.

The refusals are gathered from the code itself, not from a list kept by hand: the classes
under ``desktop/`` that carry a ``code``, every place that makes one (its ``reason=``, or the
class's own reason), and every detail line (``Detail``, a validation ``Problem``, a package
problem). Each key must have a sentence in :data:`desktop.messages.MESSAGES`, and that
sentence a finished translation in each ``.ts`` file.
"""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from desktop.domain.identity import IdentityError
from desktop.messages import MESSAGES
from desktop.messages.catalog import CONTEXT
from desktop.services.returns import GAP_REASONS
from desktop.signing.certificates import REASONS as CERTIFICATE_REASONS

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "desktop"
TS_DIR = ROOT / "resources" / "translations"

ENUMERATED: dict[str, tuple[str, ...]] = {
    "identity.": IdentityError.RULES,
    "act_gap.": GAP_REASONS,
}
"""Keys built from a prefix and a code at run time: the codes each prefix can take, read
from the code that decides them."""

CHOSEN_REASONS: dict[str, tuple[str, ...]] = {"CertificateRefused": CERTIFICATE_REASONS}
"""Refusals whose reason is chosen at run time from a tuple the code keeps (a certificate
is refused for the first of its faults)."""

DETAIL_MAKERS = {"Detail": 0, "PackageProblem": 2}
"""Calls whose argument (by position, or ``key=``) is the catalogue key of a detail line."""

_KEY = re.compile(r"[a-z_]+\.[a-z_-]+")


@dataclass
class RefusalClass:
    name: str
    bases: list[str]
    code: str | None
    reason: str | None
    first_parameter: str | None
    """The first parameter of ``__init__`` after ``self`` (``reason``/``rule``: the reason
    is given by position)."""


@dataclass
class Found:
    keys: dict[str, list[str]] = field(default_factory=dict)
    """Key → where it is made."""
    unknowable: list[str] = field(default_factory=list)
    """Places whose key cannot be read from the code."""
    constants: set[str] = field(default_factory=set)
    """Every string constant of the code (detail keys kept in tables are among them)."""

    def add(self, key: str, where: str) -> None:
        self.keys.setdefault(key, []).append(where)


def _modules() -> Iterator[tuple[str, ast.Module]]:
    for path in sorted(SOURCES.rglob("*.py")):
        if "migrations" in path.parts:
            continue
        yield str(path.relative_to(ROOT)), ast.parse(path.read_text(encoding="utf-8"))


def _constant(node: ast.AST | None) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) \
        else None


def _classes(modules: list[tuple[str, ast.Module]]) -> dict[str, RefusalClass]:
    found: dict[str, RefusalClass] = {}
    for _, module in modules:
        for node in ast.walk(module):
            if not isinstance(node, ast.ClassDef):
                continue
            code = reason = first = None
            for item in node.body:
                if isinstance(item, ast.Assign | ast.AnnAssign):
                    targets = item.targets if isinstance(item, ast.Assign) else [item.target]
                    names = {t.id for t in targets if isinstance(t, ast.Name)}
                    if "code" in names:
                        code = _constant(item.value)
                    if "reason" in names:
                        reason = _constant(item.value)
                elif isinstance(item, ast.FunctionDef) and item.name == "__init__":
                    params = [a.arg for a in item.args.args[1:]]
                    first = params[0] if params else None
            bases = [b.id if isinstance(b, ast.Name) else getattr(b, "attr", "")
                     for b in node.bases]
            found[node.name] = RefusalClass(node.name, bases, code, reason, first)
    return found


def _constants(node: ast.expr) -> list[str] | None:
    """The strings an expression can be: a constant, or either of ``a if … else b``."""
    if isinstance(node, ast.IfExp):
        body, orelse = _constants(node.body), _constants(node.orelse)
        return None if body is None or orelse is None else body + orelse
    text = _constant(node)
    return None if text is None else [text]


def _lookup(classes: dict[str, RefusalClass], name: str, attr: str) -> str | None:
    seen: set[str] = set()
    todo = [name]
    while todo:
        current = todo.pop(0)
        if current in seen or current not in classes:
            continue
        seen.add(current)
        value = getattr(classes[current], attr)
        if value is not None:
            return str(value)
        todo.extend(classes[current].bases)
    return None


def _callee(node: ast.Call) -> str:
    func = node.func
    return func.id if isinstance(func, ast.Name) else func.attr \
        if isinstance(func, ast.Attribute) else ""


def _aliases(module: ast.Module, refusals: set[str]) -> dict[ast.AST, dict[str, str]]:
    """In each function, a parameter whose default is a refusal class stands for it; in a
    refusal class, ``cls`` stands for the class."""
    aliases: dict[ast.AST, dict[str, str]] = {}
    for node in ast.walk(module):
        if isinstance(node, ast.FunctionDef):
            args = node.args.args + node.args.kwonlyargs
            defaults = [None] * (len(node.args.args) - len(node.args.defaults)) \
                + list(node.args.defaults) + list(node.args.kw_defaults)
            named = {a.arg: d.id for a, d in zip(args, defaults, strict=True)
                     if isinstance(d, ast.Name) and d.id in refusals}
            for inner in ast.walk(node):
                aliases.setdefault(inner, {}).update(named)
        elif isinstance(node, ast.ClassDef) and node.name in refusals:
            for inner in ast.walk(node):  # ``cls(…)`` in a class method makes the class
                aliases.setdefault(inner, {})["cls"] = node.name
    return aliases


def _tables(module: ast.Module) -> dict[str, list[str]]:
    """Module-level dicts of string values (``_GAP_KEYS = {…: "untranslated.no_kk"}``)."""
    tables = {}
    for node in module.body:
        target = node.targets[0] if isinstance(node, ast.Assign) else \
            node.target if isinstance(node, ast.AnnAssign) else None
        if isinstance(target, ast.Name) and isinstance(node.value, ast.Dict):
            values = [_constant(v) for v in node.value.values]
            if values and all(values):
                tables[target.id] = [v for v in values if v]
    return tables


def _detail_key(node: ast.Call, position: int, where: str, found: Found,
                tables: dict[str, list[str]]) -> None:
    arg = next((k.value for k in node.keywords if k.arg == "key"), None)
    if arg is None and len(node.args) > position:
        arg = node.args[position]
    if arg is None:
        return
    _key_of(arg, where, found, tables)


def _key_of(arg: ast.expr, where: str, found: Found, tables: dict[str, list[str]]) -> None:
    if isinstance(arg, ast.IfExp):  # one key or another
        _key_of(arg.body, where, found, tables)
        _key_of(arg.orelse, where, found, tables)
    elif (key := _constant(arg)) is not None:
        found.add(key, f"{where} (detail)")
    elif isinstance(arg, ast.Subscript) and isinstance(arg.value, ast.Name) \
            and arg.value.id in tables:  # a key looked up in a table of keys
        for key in tables[arg.value.id]:
            found.add(key, f"{where} (detail)")
    elif isinstance(arg, ast.JoinedStr) and (prefix := _constant(arg.values[0])) \
            and len(arg.values) == 2 and prefix in ENUMERATED:
        for code in ENUMERATED[prefix]:
            found.add(prefix + code, f"{where} (detail)")
    elif not isinstance(arg, ast.Name | ast.Attribute):
        found.unknowable.append(f"{where}: a detail key not readable from the code")
    # A name (``key``, ``problem.key``) passes on a key made, and found, elsewhere.


def gather() -> Found:
    """Every refusal key the code can make, and where."""
    modules = list(_modules())
    classes = _classes(modules)
    refusals = {n for n in classes if _lookup(classes, n, "code") is not None}
    found = Found()
    for path, module in modules:
        aliases = _aliases(module, refusals)
        tables = _tables(module)
        for node in ast.walk(module):
            if (text := _constant(node)) is not None and "/messages/" not in path:
                found.constants.add(text)
            if not isinstance(node, ast.Call):
                continue
            where = f"{path}:{node.lineno}"
            name = _callee(node)
            name = aliases.get(node, {}).get(name, name)
            if name in DETAIL_MAKERS:
                _detail_key(node, DETAIL_MAKERS[name], where, found, tables)
            elif name == "Problem" and len(node.args) >= 2 and "/ui/" not in path:
                # (the window's own problems, a date it cannot read, carry its own words)
                code = _constant(node.args[1])
                if code is None and not (isinstance(node.args[1], ast.Attribute)
                                         and node.args[1].attr == "rule"):
                    found.unknowable.append(f"{where}: a problem code not readable")
                elif code is not None:
                    found.add(f"identity.{code}" if code in IdentityError.RULES
                              else f"problem.{code}", f"{where} (detail)")
            if name not in refusals:
                continue
            code = _lookup(classes, name, "code")
            keyword = next((k.value for k in node.keywords if k.arg == "reason"), None)
            if keyword is None and _lookup(classes, name, "first_parameter") in (
                    "reason", "rule") and node.args:
                keyword = node.args[0]
            if keyword is None:
                reasons = [_lookup(classes, name, "reason") or ""]
            elif (reasons := _constants(keyword)) is None:  # type: ignore[assignment]
                if name not in CHOSEN_REASONS:
                    found.unknowable.append(f"{where}: {name}'s reason is not readable")
                reasons = list(CHOSEN_REASONS.get(name, ()))
            for reason in reasons:
                found.add(f"{code}.{reason}" if reason else str(code), where)
    families = {key.split(".")[0] for key, where in found.keys.items()
                if any("detail" in w for w in where)}
    for text in found.constants:  # detail keys kept in tables: ("package.type", "must …")
        if _KEY.fullmatch(text) and text.split(".")[0] in families:
            found.add(text, "a table of details")
    return found


@pytest.fixture(scope="module")
def gathered() -> Found:
    return gather()


def _translations(lang: str) -> dict[str, str]:
    table = {}
    for context in ET.parse(TS_DIR / f"export_commission_{lang}.ts").getroot().iter("context"):
        if context.findtext("name") != CONTEXT:
            continue
        for message in context.iter("message"):
            translation = message.find("translation")
            finished = translation is not None and translation.get("type") not in (
                "unfinished", "vanished", "obsolete")
            if finished and translation is not None and (translation.text or "").strip():
                table[message.findtext("source") or ""] = translation.text or ""
    return table


def test_every_refusal_is_found_in_the_code(gathered: Found) -> None:
    assert gathered.unknowable == []
    # The search itself works: refusals of every kind are among what it found.
    for key in ("return.no_items", "conclusion.chair_signs_last", "identity.check_digit",
                "problem.required", "package.type", "examination_incomplete.field",
                "untranslated.no_ru",
                "act_gap.no_verdict", "file.damaged", "authentication.wrong_credentials",
                "permission_denied", "validation"):
        assert key in gathered.keys, key


def test_every_refusal_has_a_sentence(gathered: Found) -> None:
    missing = {key: where[:2] for key, where in gathered.keys.items() if key not in MESSAGES}
    assert missing == {}


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_every_sentence_is_translated(gathered: Found, lang: str) -> None:
    translated = _translations(lang)
    untranslated = sorted(key for key in gathered.keys
                          if key in MESSAGES and MESSAGES[key] not in translated)
    assert untranslated == []

