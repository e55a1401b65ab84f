"""The safety plan in moodlog JSON version 2: exact round trip; version 1 still imports."""

import json
from pathlib import Path

import pytest

from moodlog.core.models import JournalData
from moodlog.exchange import json_format
from moodlog.exchange.errors import FormatError
from moodlog.store import JournalStore
from tests.store.test_safety_plans import PLAN

FIXTURES = Path(__file__).parent.parent / "fixtures"


def test_round_trip_is_exact(tmp_path: Path) -> None:
    with JournalStore.open(tmp_path / "a.sqlite") as a:
        a.save_safety_plan(PLAN)
        first = json_format.dump(a.snapshot())
    doc = json.loads(first)
    assert doc["format_version"] == 2
    assert list(doc["safety_plan"]) == [
        "warning_signs", "internal_coping", "social_distraction", "people_to_ask",
        "professionals", "safe_environment", "reasons_for_living"]
    assert doc["safety_plan"]["people_to_ask"][0] == {
        "name": "Sam", "phone": "+44 7700 900123", "address": ""}
    assert doc["safety_plan"]["social_distraction"] == []
    with JournalStore.open(tmp_path / "b.sqlite") as b:
        b.import_data(json_format.load(first))
        second = json_format.dump(b.snapshot())
        assert b.safety_plan().same_content(PLAN)
    assert json.loads(second)["safety_plan"] == doc["safety_plan"]


def test_a_version_1_file_imports_without_a_plan(tmp_path: Path) -> None:
    text = (FIXTURES / "journal-0001.json").read_text(encoding="utf-8")
    assert json.loads(text)["format_version"] == 1
    data = json_format.load(text)
    assert data.safety_plan is None and data.checkins
    with JournalStore.open(tmp_path / "j.sqlite") as store:
        report = store.import_data(data)
        assert report.safety_plan is None and store.safety_plan().is_empty()


def _with_plan(plan: object) -> str:
    return json.dumps({"format": "moodlog-journal", "format_version": 2, "safety_plan": plan})


@pytest.mark.parametrize(("plan", "message"), [
    ([], "safety_plan: expected an object"),
    ({"hopes": []}, r"safety_plan.hopes: unknown section"),
    ({"warning_signs": "x"}, r"safety_plan.warning_signs: expected a list"),
    ({"warning_signs": [3]}, r"warning_signs\[0\]: expected text"),
    ({"warning_signs": ["x" * 501]}, "limit is 500"),
    ({"warning_signs": ["a\u0000b"]}, "control character"),
    ({"people_to_ask": ["Sam"]}, r"people_to_ask\[0\]: expected an object"),
    ({"people_to_ask": [{"name": "Sam"}]}, "needs a phone number or an address"),
    ({"people_to_ask": [{"name": "Sam", "phone": 5}]}, r"\[0\].phone: expected text"),
    ({"people_to_ask": [{"name": "Sam", "phone": "1", "email": "x"}]}, "not a contact field"),
])
def test_bad_plans_name_the_place(plan: object, message: str) -> None:
    with pytest.raises(FormatError, match=message):
        json_format.load(_with_plan(plan))


def test_an_export_without_plan_data_writes_none() -> None:
    assert "safety_plan" not in json.loads(json_format.dump(JournalData()))
