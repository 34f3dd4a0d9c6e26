"""Figures (session 8, third pass): who a count counts when its noun is a compound or a part of a stated whole, and
counts whose words of harm stand past a number that counts something else.

- A singular noun of a listed group before a plural noun of people is a modifier: the counted noun is the phrase,
  as written ("3 student leaders", "12 child soldiers"); a thing after it ("student loans") counts no one.
- "12 of the 5,000 protesters", "two of the three journalists": the part takes the whole's group.
- A number inside a relative clause ("who had hidden in the 3 churches") or an ordinal in a phrase of place ("from
  the 5th district") does not stop the reading of the main verb; the verb is not the inner number's.
- "40 people at the rally of 5,000 mourners were killed": the crowd's number counts the gathering, not the harmed.
- "the fate of N ... remains unknown" is a count of the missing (not "the fate of N was sealed").
- A place's capacity ("built to hold", "a capacity of") counts no one; a trial of leaders counts no harmed.

Rows: (text, [(evidence, measure, group, value, low, high, qualifier)]). The sentences are written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.test_figures_s8 import _unmatched

FIGURES = [
    # compound nouns of people
    ('Gunmen killed 3 student leaders on the campus.', [
        ('killed 3 student leaders', 'killed', 'student leaders', 3, None, None, 'exact')]),
    ('Five student activists were detained overnight, their lawyers said.', [
        ('Five student activists were detained', 'detained', 'student activists', 5, None, None, 'exact')]),
    ('Twelve child soldiers were killed when the camp was bombed.', [
        ('Twelve child soldiers were killed', 'killed', 'child soldiers', 12, None, None, 'exact')]),
    ('The militia abducted 4 teacher trainees and 2 nurses from the clinic.', [
        ('abducted 4 teacher trainees', 'taken_hostage', 'teacher trainees', 4, None, None, 'exact'),
        ('2 nurses', 'taken_hostage', 'nurses', 2, None, None, 'exact')]),
    ('Police arrested 40 student demonstrators at the university gates.', [
        ('arrested 40 student demonstrators', 'detained', 'student demonstrators', 40, None, None, 'exact')]),
    ('The army said two police officers died in the ambush.', [
        ('two police officers died', 'killed', 'officers', 2, None, None, 'exact')]),
    # a part of a whole whose number is stated
    ('Police killed 12 of the 5,000 protesters who had gathered outside parliament.', [
        ('killed 12 of the 5,000 protesters', 'killed', 'protesters', 12, None, None, 'exact')]),
    ('Two of the three journalists were abducted near the border.', [
        ('Two of the three journalists were abducted', 'taken_hostage', 'journalists', 2, None, None, 'exact')]),
    ('Eleven of the 40 soldiers in the convoy were wounded.', [
        ('Eleven of the 40 soldiers', 'wounded', 'soldiers', 11, None, None, 'exact')]),
    ('Nine of the twenty-five nurses were shot dead at the gate.', [
        ('Nine of the twenty-five nurses were shot dead', 'killed', 'nurses', 9, None, None, 'exact')]),
    # a number inside the noun's phrase or clause
    ('40 people from the 5th district were killed in the shelling.', [
        ('40 people', 'killed', 'all', 40, None, None, 'exact')]),
    ('Nine men from the 3rd battalion were executed at the quarry.', [
        ('Nine men', 'killed', 'men', 9, None, None, 'exact')]),
    ('8,000 men and boys who had sought safety in the 2 compounds were executed.', [
        ('8,000 men and boys', 'killed', 'men and boys', 8000, None, None, 'exact')]),
    ('Sixty villagers who had hidden in the 3 churches were burned alive.', [
        ('Sixty villagers', 'killed', 'all', 60, None, None, 'exact')]),
    # a gathering's number between the count and its verb
    ('At least 40 people at the rally of 5,000 mourners were killed.', [
        ('At least 40 people', 'killed', 'all', 40, None, None, 'at_least')]),
    ('Twelve protesters in a crowd of 3,000 were wounded by rubber bullets.', [
        ('Twelve protesters', 'wounded', 'protesters', 12, None, None, 'exact')]),
    # the fate unknown
    ('The fate of 41 fishermen is still unknown, the coastguard said.', [
        ('fate of 41 fishermen is still unknown', 'missing', 'fishermen', 41, None, None, 'exact')]),
    ('Twenty years on, the fate of about 1,700 people has never been clarified.', [
        ('the fate of about 1,700 people has never been clarified', 'missing', 'all', 1700, None, None, 'approx')]),
]

NOT_FIGURES = [
    'Two student loans were cancelled by the bank.',
    'Three student houses were burned during the riot.',
    'Eighteen student leaders were put on trial in the spring.',
    'The fate of the 300 men was sealed that night.',
    'The camp was built to hold 2,000 detainees.',
    'Each cell could hold up to 40 prisoners.',
    'The prison, with a capacity of 500 inmates, was emptied in a week.',
    'Shelters built for 300 refugees were never opened.',
    'The stadium can accommodate 40,000 people.',
]


@pytest.mark.parametrize("text, expected", FIGURES)
def test_figures(text, expected):
    assert _unmatched(text, expected) == ([], [])


@pytest.mark.parametrize("text", NOT_FIGURES)
def test_not_figures(text):
    assert _unmatched(text, []) == ([], [])
