"""The interface's translations (kk, ru, en) are complete and up to date with the sources.

``pyside6-lupdate`` runs over the sources into copies of the committed ``.ts`` files, as
``bash scripts/translations update`` does: a string added, changed or removed in the code
shows up as a difference, an untranslated one as an unfinished message. The sources are also
read here, so a string ``lupdate`` cannot see (a ``tr()`` it does not recognise) fails too.
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[1]
TS_DIR = ROOT / "resources" / "translations"
LANGUAGES = ("kk", "ru", "en")
PLURAL_FORMS = {"kk": 2, "ru": 3, "en": 2}
"""How many numerus forms Qt's plural rules give each language."""
PLACEHOLDER = re.compile(r"%(?:L?n|\d)")
MNEMONIC = re.compile(r"&(?!&|[a-z]+;|#)")  # "&File", not "&&" nor "&apos;"


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    numerus: bool
    finished: bool
    forms: tuple[str, ...]


def _tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    assert found, f"{name} is not installed (it comes with PySide6)"
    return found


def read_ts(path: Path) -> dict[tuple[str, str], Message]:
    messages = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for element in context.iter("message"):
            translation = element.find("translation")
            assert translation is not None
            numerus = element.get("numerus") == "yes"
            forms = (tuple(f.text or "" for f in translation.iter("numerusform")) if numerus
                     else (translation.text or "",))
            source = element.findtext("source") or ""
            messages[(name, source)] = Message(
                name, source, numerus, translation.get("type") not in ("unfinished", "vanished",
                                                                      "obsolete"), forms)
    return messages


def _sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for folder in ("ui", "messages")
                  for p in (ROOT / "desktop" / folder).rglob("*.py"))


@pytest.fixture(scope="module")
def updated(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The three .ts files as ``scripts/translations update`` would write them now."""
    folder = tmp_path_factory.mktemp("ts")
    lupdate = _tool("pyside6-lupdate")
    result = {}
    for lang in LANGUAGES:
        copy = folder / f"export_commission_{lang}.ts"
        shutil.copyfile(TS_DIR / copy.name, copy)
        subprocess.run([lupdate, "-no-obsolete", "-locations", "none", "-source-language", "en",
                        "-target-language", lang, *_sources(), "-ts", str(copy)],
                       cwd=ROOT, check=True, capture_output=True)
        result[lang] = copy
    return result


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_committed_file_is_up_to_date_with_the_sources(updated: dict[str, Path],
                                                            lang: str) -> None:
    committed = read_ts(TS_DIR / f"export_commission_{lang}.ts")
    current = read_ts(updated[lang])
    new = sorted(set(current) - set(committed))
    gone = sorted(set(committed) - set(current))
    assert not new, f"strings missing from the {lang} file (run the update): {new}"
    assert not gone, f"strings no longer in the sources (run the update): {gone}"
    unfinished = [k for k, m in current.items() if not m.finished or not all(m.forms)]
    assert not unfinished, f"untranslated {lang} messages: {unfinished}"


class _Calls(ast.NodeVisitor):
    """Every translatable literal: ``self.tr("…")``, ``X.tr("…")``, ``translate("Ctx", "…")``
    and ``QT_TRANSLATE_NOOP("Ctx", "…")``, with the context the running program uses."""

    def __init__(self) -> None:
        self.found: list[tuple[str, str, bool, str]] = []
        self._classes: list[str] = []

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self._classes.append(node.name)
        self.generic_visit(node)
        self._classes.pop()

    def visit_Call(self, node: ast.Call) -> None:
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        args = [a.value if isinstance(a, ast.Constant) else None for a in node.args]
        where = f"line {node.lineno}"
        if name == "tr" and args and isinstance(args[0], str):
            owner = func.value if isinstance(func, ast.Attribute) else None
            context = (self._classes[-1] if isinstance(owner, ast.Name) and owner.id == "self"
                       else getattr(owner, "id", "?"))
            self.found.append((context, args[0], len(node.args) >= 3, where))
        elif (name in ("translate", "QT_TRANSLATE_NOOP") and len(args) >= 2
              and isinstance(args[0], str) and isinstance(args[1], str)):
            self.found.append((args[0], args[1], len(node.args) >= 4, where))
        self.generic_visit(node)


def _calls() -> Iterator[tuple[str, str, str, bool]]:
    for path in _sources():
        visitor = _Calls()
        visitor.visit(ast.parse((ROOT / path).read_text(encoding="utf-8")))
        for context, source, plural, where in visitor.found:
            yield f"{path}, {where}", context, source, plural


def test_every_string_in_the_sources_is_in_the_translations() -> None:
    """What lupdate cannot see would stay English: a call it does not read, or a plural it
    reads as a plain message (``QCoreApplication.translate`` with *n*: use ``X.tr``)."""
    messages = read_ts(TS_DIR / "export_commission_kk.ts")
    problems = []
    for where, context, source, plural in _calls():
        message = messages.get((context, source))
        if message is None:
            problems.append(f"{where}: [{context}] {source!r} is not in the .ts files")
        elif "%n" in source and not message.numerus:
            problems.append(f"{where}: [{context}] {source!r} has %n but no plural forms")
        elif message.numerus and not plural:
            problems.append(f"{where}: [{context}] {source!r} is called without its number")
    assert problems == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_translations_keep_placeholders_mnemonics_and_plural_forms(lang: str) -> None:
    problems = []
    for (context, source), message in read_ts(TS_DIR / f"export_commission_{lang}.ts").items():
        expected = sorted(set(PLACEHOLDER.findall(source)))
        if message.numerus and len(message.forms) != PLURAL_FORMS[lang]:
            problems.append(f"[{context}] {source!r}: {len(message.forms)} plural forms")
        for form in message.forms:
            if sorted(set(PLACEHOLDER.findall(form))) != expected:
                problems.append(f"[{context}] {source!r} → {form!r}: placeholders differ")
            if len(MNEMONIC.findall(form)) != len(MNEMONIC.findall(source)):
                problems.append(f"[{context}] {source!r} → {form!r}: the & mnemonic differs")
    assert problems == []


@pytest.fixture
def compiled(tmp_path: Path) -> Path:
    """The three .qm files as ``scripts/translations compile`` builds them."""
    lrelease = _tool("pyside6-lrelease")
    for lang in LANGUAGES:
        done = subprocess.run([lrelease, str(TS_DIR / f"export_commission_{lang}.ts"), "-qm",
                               str(tmp_path / f"export_commission_{lang}.qm")],
                              check=True, capture_output=True, text=True)
        assert "unfinished" not in done.stdout.replace("0 unfinished", "")
        assert "Ignored" not in done.stdout, done.stdout
    return tmp_path


@pytest.mark.parametrize(("lang", "n", "expected"), [
    ("kk", 1, "1 өтініш"), ("kk", 5, "5 өтініш"),
    ("ru", 1, "1 заявление"), ("ru", 3, "3 заявления"), ("ru", 5, "5 заявлений"),
    ("ru", 11, "11 заявлений"), ("ru", 21, "21 заявление"), ("ru", 22, "22 заявления"),
    ("en", 1, "1 application"), ("en", 2, "2 applications"),
])
def test_compiled_translations_load_and_choose_the_plural_form(
        qapp: QApplication, compiled: Path, lang: str, n: int, expected: str) -> None:
    translator = QTranslator()
    assert translator.load(f"export_commission_{lang}", str(compiled))
    assert translator.language() == lang
    qapp.installTranslator(translator)
    try:
        assert QCoreApplication.translate("RegistryWidget", "%n application(s)", "", n) \
            == expected
        if lang == "kk":
            assert QCoreApplication.translate("MainWindow", "&File") == "&Файл"
            assert QCoreApplication.translate("Status", "Under examination") == "Сараптамада"
    finally:
        qapp.removeTranslator(translator)


@pytest.mark.parametrize(("lang", "expected"), [
    ("kk", "Қол қоюшының сертификаты сенімді түбірлік сертификатқа дейін тізбектелмейді."),
    ("ru", "Сертификат подписавшего не выстраивается в цепочку до доверенного корневого "
           "сертификата."),
])
def test_a_signature_checks_findings_are_worded_in_the_interface_language(
        qapp: QApplication, compiled: Path, lang: str, expected: str) -> None:
    """The Verify dialog's reasons and revocation notes come from the signing layer in
    English; the window shows them in the reader's language, the English kept for logs."""
    from desktop.signing.report import Said
    from desktop.ui.kit.errors import said_text

    translator = QTranslator()
    assert translator.load(f"export_commission_{lang}", str(compiled))
    qapp.installTranslator(translator)
    try:
        finding = Said("the signer's certificate does not chain to a trusted root",
                       "verify.no_chain")
        assert said_text(finding) == expected
        assert said_text("a text without a key") == "a text without a key"
    finally:
        qapp.removeTranslator(translator)
