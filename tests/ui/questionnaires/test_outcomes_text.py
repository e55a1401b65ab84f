from datetime import date, datetime, timedelta

from moodlog.core.models import ClinicianScore, QuestionnaireResponse, Treatment
from moodlog.ui.questionnaires.outcomes_text import summary

START = date(2026, 3, 2)


def _course(n: int = 3) -> list[Treatment]:
    return [Treatment(datetime(2026, 3, 2 + 2 * i, 10), "ketamine_iv", "induction")
            for i in range(n)]


def _phq9(offset: int, total: int | None) -> QuestionnaireResponse:
    """A PHQ-9 ``offset`` days from START with the given total (None: item 9 left blank)."""
    if total is None:
        return QuestionnaireResponse("phq9", START + timedelta(days=offset), (1,) * 8 + (None,))
    answers = [min(3, max(0, total - 3 * i)) for i in range(9)]
    assert sum(answers) == total
    return QuestionnaireResponse("phq9", START + timedelta(days=offset), tuple(answers))


def _rows(responses: list[QuestionnaireResponse], treatments: list[Treatment] | None = None,
          scores: tuple[ClinicianScore, ...] = ()) -> dict[str, str]:
    return dict(summary(_course() if treatments is None else treatments, responses, scores))


def test_nothing_recorded() -> None:
    assert summary([], []) == [("Latest", "No PHQ-9 or GAD-7 recorded yet.")]


def test_without_treatments_only_the_latest_totals() -> None:
    gad = QuestionnaireResponse("gad7", START, (0, 1, 0, 1, 0, 1, 0))
    rows = _rows([_phq9(-20, 12), _phq9(-6, None), gad], treatments=[])
    assert rows == {"Latest": "PHQ-9 incomplete (no total) on Tue 24 Feb 2026; GAD-7 3 "
                              "(minimal) on Mon 2 Mar 2026."}


def test_response_not_remission_by_hand() -> None:
    # Baseline 20, latest 10: (10 - 20) / 20 = -50.0%, exactly half is a response; 10 >= 5.
    rows = _rows([_phq9(0, 20), _phq9(14, 10)])
    assert rows["Course 1"] == ("IV ketamine infusion, from Mon 2 Mar 2026: 3 sessions, the "
                                "last on Fri 6 Mar 2026.")
    assert rows["PHQ-9"] == (
        "Baseline 20 on Mon 2 Mar 2026 (the day of the first session). Latest 10 on Mon 16 Mar "
        "2026, 50.0% below baseline: that counts as a response (at least 50% below baseline), "
        "not as remission (below 5).")


def test_neither_and_remission_without_response() -> None:
    rows = _rows([_phq9(-1, 12), _phq9(14, 7)])
    assert "41.7% below baseline: that counts neither as a response" in rows["PHQ-9"]
    rows = _rows([_phq9(-1, 6), _phq9(14, 4)])  # 4 is below 5, but 2 * 4 > 6
    assert "33.3% below baseline: that counts as remission (below 5), not as a response" in (
        rows["PHQ-9"])


def test_higher_than_baseline_and_a_first_response_earlier() -> None:
    rows = _rows([_phq9(0, 10), _phq9(14, 4), _phq9(28, 12)])
    text = rows["PHQ-9"]
    assert "Latest 12 on Mon 30 Mar 2026, 20.0% above baseline" in text
    assert "It first met the definition of response on Mon 16 Mar 2026 (day 14)." in text


def test_no_baseline_reasons() -> None:
    assert _rows([_phq9(14, 8)])["PHQ-9"].startswith(
        "No baseline: there is no PHQ-9 on or before the first session. Latest 8 on Mon 16 Mar "
        "2026: that does not count as remission (below 5).")
    assert _rows([_phq9(-40, 20), _phq9(14, 3)])["PHQ-9"].startswith(
        "No baseline: the last PHQ-9 before the course was 40 days before the first session "
        "(more than 30). Latest 3 on Mon 16 Mar 2026: that counts as remission (below 5).")
    assert _rows([_phq9(-3, None)])["PHQ-9"] == (
        "No baseline: every PHQ-9 in the 30 days before the first session is incomplete. "
        "No complete PHQ-9 after the first session.")


def test_an_incomplete_latest_is_named_not_scored() -> None:
    text = _rows([_phq9(0, 18), _phq9(14, 6), _phq9(28, None)])["PHQ-9"]
    assert "Latest 6 on Mon 16 Mar 2026, 66.7% below baseline" in text
    assert text.endswith("The most recent PHQ-9, on Mon 30 Mar 2026, is incomplete and has "
                         "no total.")


def test_a_baseline_of_0_has_no_percentage() -> None:
    text = _rows([_phq9(0, 0), _phq9(14, 2)])["PHQ-9"]
    assert "Latest 2 on Mon 16 Mar 2026 (a baseline of 0 has no percentage change): that " \
           "counts as remission (below 5)." in text


def test_madrs_reported_by_a_clinician() -> None:
    scores = (ClinicianScore("MADRS", START, 32), ClinicianScore("MADRS", date(2026, 3, 19), 9))
    rows = _rows([_phq9(0, 18)], scores=scores)
    # 9 against 32: -71.9%; 9 is 10 or less.
    assert rows["MADRS (clinician)"] == (
        "Baseline 32 on Mon 2 Mar 2026 (the day of the first session). Latest 9 on Thu 19 Mar "
        "2026, 71.9% below baseline: that counts as a response (at least 50% below baseline) "
        "and as remission (10 or less).")
    assert "MADRS (clinician)" not in _rows([_phq9(0, 18)])


def test_the_most_recent_of_several_courses() -> None:
    later = [Treatment(datetime(2026, 6, 1 + 2 * i, 10), "esketamine_nasal", "induction")
             for i in range(2)]
    rows = _rows([_phq9(0, 18), _phq9(88, 16), _phq9(100, 8)], treatments=_course() + later)
    assert rows["Course 2 of 2"].startswith("Esketamine nasal spray (Spravato), from Mon 1 Jun")
    assert rows["PHQ-9"].startswith("Baseline 16 on Fri 29 May 2026 (3 days before")
