"""Checks inside one document."""

from __future__ import annotations

from testimonia.extract import extract


def test_anniversary_check_names_the_event_written_after_it() -> None:
    """`checks._Aliases`: the first event whose name follows "anniversary", else the main event."""
    text = ("The Srebrenica massacre took place on 11 July 1995. The Khojaly massacre took place on "
            "26 February 1992. The Srebrenica massacre is remembered. This week marks the 34th anniversary "
            "of the Khojaly massacre, and the 31st anniversary of it all.")
    x = extract(text, "2026-02-26")
    assert x.events[0].name == "Srebrenica"
    checks = {c.detail.split("'")[1]: (c.status, c.detail) for c in x.checks if c.kind == "anniversary"}
    assert checks["34th anniversary"][0] == "pass" and "Khojaly is dated 1992" in checks["34th anniversary"][1]
    assert checks["31st anniversary"][0] == "pass" and "Srebrenica is dated 1995" in checks["31st anniversary"][1]


# ---------------------------------------------------------------- honest checks (issue 3, item 8)
# A check passes or fails only when its inputs are comparable; beside each kind, rows where none may be made.

import pytest  # noqa: E402

from testimonia.extract.checks import subtotals  # noqa: E402
from testimonia.extract.doc import Doc  # noqa: E402
from testimonia.model.facts import Figure, Span  # noqa: E402


def _checks(text: str, published: str, kind: str) -> list[tuple[str, str]]:
    return [(c.status, c.detail) for c in extract(text, published).checks if c.kind == kind]


RELATIVE = [
    # "Thirty years ago, on 10 April" and "10 April 1992", both of the killings at Maraga: one day, agreeing.
    ("Thirty years ago, on 10 April, soldiers entered Maraga. The killings in Maraga on 10 April 1992 left 43 dead.",
     "2022-04-12", ["pass"]),
    # ... or a year apart: the text disagrees with itself.
    ("Thirty years ago, on 10 April, soldiers entered Maraga. The killings in Maraga on 10 April 1991 left 43 dead.",
     "2022-04-12", ["fail"]),
    # "On Friday" (2018-03-16) and "16 March 1988" are the anniversary and the event: no check.
    ("On Friday, people gathered in Halabja to remember the attack on Halabja of 16 March 1988, which killed "
     "5,000 people.", "2018-03-17", []),
    # "That evening" copies its year from the date before it: nothing to compare.
    ("The massacre at Srebrenica began on 11 July 1995, and by that evening 2,000 men had been killed.",
     "2025-07-09", []),
    # "this year" and "28 October 1991": the commemoration and the event.
    ("The 28 October ceremony this year marks the Santa Cruz massacre of 28 October 1991, in which 271 people "
     "were killed.", "2021-11-11", []),
]


@pytest.mark.parametrize(("text", "published", "statuses"), RELATIVE)
def test_relative_dates_are_compared_only_with_the_same_day(text, published, statuses):
    assert [s for s, _ in _checks(text, published, "relative_date")] == statuses


ANNIVERSARIES = [
    # Counted from the date written before it in its sentence, not from the publication.
    ("On 10 April 2010 a plane carrying guests to the 70th anniversary of the Katyn massacre crashed. The Katyn "
     "massacre of April 1940 killed 21,857 Polish prisoners.", "2021-05-10", "pass", "on 2010-04-10 puts the event in 1940"),
    # An event written as a range covers the year.
    ("This year marks the 90th anniversary of the Holodomor, the famine of 1932–1933 that killed 3.9 million "
     "people.", "2023-11-24", "pass", "Holodomor is dated 1932/1933"),
    # Dated only by the commemoration ("this month"): nothing to compare, never a fail.
    ("This month marks the 70th anniversary of the Katyn killings, in which 21,857 people died.", "2010-04-10",
     "warn", "no event date in the text to compare"),
    # Dated only by the anniversary itself: agreeing by construction is no pass.
    ("The 20th anniversary of the shootings in Zhanaozen, where 14 people were killed, was marked in silence.",
     "2011-12-17", "warn", "no event date in the text to compare"),
]


@pytest.mark.parametrize(("text", "published", "status", "said"), ANNIVERSARIES)
def test_anniversaries_are_compared_with_the_events_own_dates(text, published, status, said):
    (check,) = _checks(text, published, "anniversary")
    assert check[0] == status and said in check[1]


def _figure(measure: str, value: int, group: str = "all", part_of: Figure | None = None, at: int = 0) -> Figure:
    return Figure(Span(at, at + 1), "test", measure, group, value=value, part_of=part_of)


def test_a_part_of_another_status_is_left_out_of_its_total():
    """"About 200 people were killed, among them 10 civilians, and more than 400 were wounded": the 400
    wounded, linked to the 200 killed, are no part of them; the check adds only the 10."""
    total = _figure("killed", 200)
    parts = [_figure("killed", 10, "civilians", total, 1), _figure("wounded", 400, "all", total, 2)]
    (check,) = subtotals(Doc("x" * 10), [total, *parts])
    assert (check.status, check.detail) == ("pass", "10 <= 200")


SUBTOTAL_ROWS = [
    # Patients treated (wounded) of whom some died: the dead can be among them.
    (("wounded", 3600), [("killed", 355)], "pass"),
    # Parts of one measure over their total: the text disagrees with itself.
    (("killed", 100), [("killed", 70), ("killed", 40)], "fail"),
]


@pytest.mark.parametrize(("total", "parts", "status"), SUBTOTAL_ROWS)
def test_subtotals_compare_what_can_be_part_of_a_total(total, parts, status):
    t = _figure(*total)
    (check,) = subtotals(Doc("x" * 10), [t, *(_figure(m, v, "all", t, i + 1) for i, (m, v) in enumerate(parts))])
    assert check.status == status


def test_no_subtotal_check_when_no_part_is_comparable():
    total = _figure("killed", 200)
    assert subtotals(Doc("x" * 10), [total, _figure("wounded", 400, "all", total, 1)]) == []
