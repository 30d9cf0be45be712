"""The bundled checklist is complete and bilingual; a broken file names file, item and field."""

from __future__ import annotations

import copy
import json
from collections import Counter

import pytest

from core.checklist import DEFAULT_CHECKLIST, default_checklist, load_checklist
from core.errors import ChecklistError

RAW = json.loads(DEFAULT_CHECKLIST.read_text("utf-8"))


def test_checklist_has_the_domain_shape():
    c = default_checklist()
    assert [(d.id, d.weight) for d in c.dimensions] == [
        ("D1", 20), ("D2", 20), ("D3", 30), ("D4", 10), ("D5", 15), ("D6", 5)
    ]
    assert Counter(i.dimension for i in c.items) == {"D1": 10, "D2": 10, "D3": 12, "D4": 9, "D5": 11, "D6": 8}
    assert Counter(i.level for i in c.items) == {1: 8, 2: 20, 3: 22, 4: 10}
    assert [i.id for i in c.items if i.na_allowed] == ["S04", "S09", "B09", "T04", "T07"]
    ids = [i.id for i in c.items]
    expected = ([f"P{n:02}" for n in range(1, 11)] + [f"C{n:02}" for n in range(1, 11)]
                + [f"S{n:02}" for n in range(1, 13)] + [f"B{n:02}" for n in range(1, 10)]
                + [f"I{n:02}" for n in range(1, 12)] + [f"T{n:02}" for n in range(1, 9)])
    assert ids == expected
    assert c.threshold == pytest.approx(0.75)


def test_every_text_is_bilingual_and_thai_really_is_thai():
    c = default_checklist()
    for item in c.items:
        for text in (item.text, item.evidence):
            assert text.th.strip() and text.en.strip()
            assert any("\u0e00" <= ch <= "\u0e7f" for ch in text.th), item.id
        assert (item.na_hint is not None) == item.na_allowed, item.id
    assert [lv.name.en for lv in c.levels] == [
        "Traditional Government", "Early E-Government", "Developing Connected Government", "Mature Open Government"
    ]


def test_benchmarks_are_the_2017_figures():
    national = default_checklist().benchmarks[0]
    assert (str(national.overall), str(national.dimensions["D4"]), str(national.dimensions["D6"])) == (
        "57.8", "49.3", "47.0"
    )


def _write(tmp_path, doc):
    path = tmp_path / "broken.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), "utf-8")
    return path


@pytest.mark.parametrize(
    ("mutate", "expected"),
    [
        (lambda d: d["items"][22]["text"].pop("th"), ["S03", "text.th"]),
        (lambda d: d["items"][0].update(level="two"), ["P01", "level"]),
        (lambda d: d["items"][5].update(dimension="D9"), ["P06", "dimension"]),
        (lambda d: d["items"][7].update(id="P01"), ["P01", "duplicate"]),
        (lambda d: d["dimensions"][2].update(weight=-5), ["dimensions D3", "weight"]),
        (lambda d: d.update(threshold=3), ["threshold"]),
    ],
)
def test_broken_checklist_names_file_item_and_field(tmp_path, mutate, expected):
    doc = copy.deepcopy(RAW)
    mutate(doc)
    path = _write(tmp_path, doc)
    with pytest.raises(ChecklistError) as info:
        load_checklist(path)
    message = info.value.text("en")
    assert str(path) in message
    for fragment in expected:
        assert fragment in message
    assert str(path) in info.value.text("th")


def test_unreadable_and_non_json_checklists_are_clear(tmp_path):
    with pytest.raises(ChecklistError, match="cannot read"):
        load_checklist(tmp_path / "missing.json")
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", "utf-8")
    with pytest.raises(ChecklistError, match="not valid JSON"):
        load_checklist(bad)


def test_bundled_checklist_is_stamped_as_validated():
    """Editing the checklist needs `python -m core.checklist --stamp`, which validates it first."""
    import hashlib

    from core.checklist import stamp_path

    stamp = stamp_path(DEFAULT_CHECKLIST).read_text("ascii").strip()
    assert stamp == hashlib.sha256(DEFAULT_CHECKLIST.read_bytes()).hexdigest(), (
        "resources/checklists changed: run `python -m core.checklist --stamp`"
    )


def test_stamped_fast_path_builds_the_same_model_as_full_validation():
    from core.checklist import parse_checklist

    assert load_checklist(DEFAULT_CHECKLIST) == parse_checklist(RAW, source="validated")


def test_a_changed_file_is_validated_even_next_to_a_stamp(tmp_path):
    """The stamp vouches for exact bytes only: one changed byte means full validation again."""
    import shutil

    from core.checklist import stamp_path

    copy = tmp_path / DEFAULT_CHECKLIST.name
    shutil.copy(DEFAULT_CHECKLIST, copy)
    shutil.copy(stamp_path(DEFAULT_CHECKLIST), stamp_path(copy))
    doc = json.loads(copy.read_text("utf-8"))
    doc["items"][0]["level"] = 7
    copy.write_text(json.dumps(doc, ensure_ascii=False), "utf-8")
    with pytest.raises(ChecklistError, match="items P01: level"):
        load_checklist(copy)
