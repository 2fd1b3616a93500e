"""The controlled vocabulary: the shipped terms, and the terms an administrator adds."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.cli import main
from desktop.domain.languages import KAZAKH_LETTERS
from desktop.domain.roles import PermissionDenied
from desktop.domain.vocabulary import (
    TERM_KINDS,
    Term,
    Vocabulary,
    VocabularyError,
    bundled_vocabulary,
    vocabulary_file,
)
from desktop.models.audit import AuditEvent
from desktop.services.actor import Actor
from desktop.services.vocabulary import VocabularyService
from desktop.storage.database import Database

BIRCH_BARK = Term("material", "birch_bark", "қайың қабығы", "берёста", "birch bark")


def test_the_shipped_terms_are_whole_in_every_language() -> None:
    vocabulary = bundled_vocabulary()
    for kind in TERM_KINDS:
        terms = vocabulary.terms(kind)
        assert len(terms) >= 15, kind
        for term in terms:
            assert not set(term.ru) & KAZAKH_LETTERS, term  # Russian has no Kazakh letter
            assert all(not "а" <= ch.lower() <= "я" for ch in term.en), term
    assert vocabulary.label("material", "silver", "kk") == "күміс"
    assert vocabulary.label("material", "silver", "ru") == "серебро"
    assert vocabulary.find("material", "  Серебро ") == vocabulary.get("material", "silver")
    assert vocabulary.find("technique", "простежка") == vocabulary.get("technique", "quilting")


def test_a_bad_file_is_refused_naming_the_place() -> None:
    with pytest.raises(VocabularyError, match=r"f\.json: material #2: the term tin needs its "
                                              r"ru text"):
        Vocabulary.from_json({"material": [
            {"code": "lead", "kk": "қорғасын", "ru": "свинец", "en": "lead"},
            {"code": "tin", "kk": "қалайы", "ru": "", "en": "tin"}]}, "f.json")
    with pytest.raises(VocabularyError, match="the material 'Серебро' is the term silver"):
        bundled_vocabulary().with_terms([Term("material", "argent", "ақ металл", "Серебро",
                                              "argent")])
    with pytest.raises(VocabularyError, match="unknown kind"):
        Vocabulary.from_json({"colour": []}, "f.json")


def test_the_administrator_adds_terms_for_every_desktop(db: Database,
                                                      staff: dict[str, Actor]) -> None:
    service = VocabularyService(db)
    with pytest.raises(PermissionDenied):
        service.add(staff["chair"], [BIRCH_BARK])
    added = service.add(staff["admin"], [BIRCH_BARK])
    assert added == [BIRCH_BARK]
    vocabulary = VocabularyService(db).vocabulary(staff["member"])
    assert vocabulary.label("material", "birch_bark", "ru") == "берёста"
    assert len(vocabulary.terms("material")) == len(bundled_vocabulary().terms("material")) + 1
    with pytest.raises(VocabularyError, match="code birch_bark is taken"):
        service.add(staff["admin"], [BIRCH_BARK])
    with db.read() as s:
        event = s.execute(select(AuditEvent).where(AuditEvent.action == "vocabulary.add")
                          ).scalar_one()
    assert event.after == {"terms": [{"kind": "material", "code": "birch_bark",
                                      "kk": "қайың қабығы", "ru": "берёста",
                                      "en": "birch bark"}]}


def test_terms_from_a_file_go_in_all_or_none(db: Database, staff: dict[str, Actor],
                                            tmp_path: Path) -> None:
    path = tmp_path / "terms.json"
    path.write_text(json.dumps({"technique": [
        {"code": "lacquering", "kk": "лактау", "ru": "лакирование", "en": "lacquering"},
        {"code": "casting", "kk": "құю", "ru": "литьё", "en": "casting"}]},
        ensure_ascii=False), encoding="utf-8")
    service = VocabularyService(db)
    with pytest.raises(VocabularyError, match="code casting is taken"):
        service.add_file(staff["admin"], path)
    assert service.vocabulary(staff["admin"]).get("technique", "lacquering") is None
    path.write_text(json.dumps({"technique": [json.loads(path.read_text())["technique"][0]]}),
                    encoding="utf-8")
    assert [t.code for t in service.add_file(staff["admin"], path)] == ["lacquering"]


def test_the_file_is_the_one_documented() -> None:
    data = json.loads(vocabulary_file().read_text(encoding="utf-8"))
    assert data["format"] == 1 and set(data["terms"]) == set(TERM_KINDS)


def test_the_command_line_lists_and_adds_terms(sqlite_db: Database, staff: dict[str, Actor],
                                               tmp_path: Path, capsys, sign_in_as) -> None:
    url = sqlite_db.url.render_as_string(hide_password=False)
    sign_in_as("member")
    assert main(["--db", url, "--lang", "ru", "vocabulary", "list", "--kind", "material"]) == 0
    assert "material\tsilver\tсеребро" in capsys.readouterr().out.splitlines()
    good, bad = tmp_path / "good.json", tmp_path / "bad.json"
    good.write_text(json.dumps({"material": [{"code": "birch_bark", "kk": "қайың қабығы",
                                              "ru": "берёста", "en": "birch bark"}]},
                               ensure_ascii=False), encoding="utf-8")
    bad.write_text('{"material": [{"code": "Bad code", "kk": "a", "ru": "b", "en": "c"}]}',
                   encoding="utf-8")
    assert main(["--db", url, "vocabulary", "add", str(good)]) == 1  # a member may not
    assert "Your role (Commission member) may not do this." in capsys.readouterr().err
    sign_in_as("admin")
    assert main(["--db", url, "--lang", "kk", "vocabulary", "add", str(bad)]) == 2
    assert "«Bad code» коды әріптен басталып" in capsys.readouterr().err
    assert main(["--db", url, "--lang", "ru", "vocabulary", "add", str(good)]) == 0
    assert capsys.readouterr().out == "material\tbirch_bark\tберёста\n"
    assert main(["--db", url, "vocabulary", "list", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert {"kind": "material", "code": "birch_bark", "kk": "қайың қабығы", "ru": "берёста",
            "en": "birch bark"} in listed
