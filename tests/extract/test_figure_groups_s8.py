"""Figures (session 8): who a count counts when the group is stated away from the number, and when it is not carried.

A count that names no one takes its group from its context when the context says so plainly: the passive subject of
the sentence or clause right before it, by a verb of harm or one that rounds victims up ("The men were separated from
the women. More than 40 were shot.", not "Soldiers were deployed to the area. 40 were killed."), an aside on the
harmed earlier in the sentence ("The victims, all ethnic Albanians, were shot ...; police counted 45 bodies"), the
heading over its paragraph ("Civilian casualties" above "At least 45 people were killed"), a list item that opens
with "Of the" and a group ("- Of the 276 schoolgirls abducted ..., 219 remain in captivity"), an aside that says
every one of them was a people, after a lower-case word ("all of them ethnic Albanians"). A group is not carried to a
count in the next sentence (or after a semicolon, with a verb of its own) that states another harm ("12 soldiers were
killed. Hundreds were arrested." says nothing of who was arrested), unless the harm is the same (the shot, then those
of them who died), follows the first (rescued after abducted, freed after abducted), or "another" or "more" adds the
count to the same people; within one clause joined by "and" it still is ("killed 34 mineworkers and 78 were
wounded"). People of a place ("islanders", "townspeople") are people in general, as residents and villagers are.

Rows: (text, [(evidence, measure, group, value, low)]). The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from testimonia.extract.doc import Doc
from testimonia.extract.figures import find_figures

FIGURES = [
    # passive subject in the sentence or clause before
    ('The men were separated from the women. More than 40 were shot.', [
        ('More than 40 were shot', 'killed', 'men', 40, None),
    ]),
    ('Journalists have been targeted: at least 12 were killed this year.', [
        ('at least 12 were killed', 'killed', 'journalists', 12, None),
    ]),
    ('The villagers were rounded up in the square. Forty were executed.', [
        ('Forty were executed', 'killed', 'all', 40, None),
    ]),
    ('The prisoners were marched to the river; 30 were shot on the bank.', [
        ('30 were shot', 'killed', 'all', 30, None),
    ]),
    ('Soldiers entered the village. At least 40 were killed.', [
        ('At least 40 were killed', 'killed', 'all', 40, None),
    ]),
    ('The soldiers arrived at dawn. 40 were killed.', [
        ('40 were killed', 'killed', 'all', 40, None),
    ]),
    ('The men were separated from the women. The next day 40 were shot.', [
        ('40 were shot', 'killed', 'men', 40, None),
    ]),
    ('Journalists were barred from the area. At least 40 were killed.', [
        ('At least 40 were killed', 'killed', 'all', 40, None),
    ]),
    ('Soldiers were deployed to the area. 40 were killed.', [
        ('40 were killed', 'killed', 'all', 40, None),
    ]),
    ('Students were targeted: at least 12 were abducted.', [
        ('at least 12 were abducted', 'taken_hostage', 'students', 12, None),
    ]),
    # heading over a paragraph
    ('Civilian casualties\n\nAt least 45 people were killed in the strikes.', [
        ('At least 45 people were killed', 'killed', 'civilians', 45, None),
    ]),
    ('3.2 Civilian casualties\n\nAt least 45 people were killed and 120 wounded.', [
        ('At least 45 people were killed', 'killed', 'civilians', 45, None),
        ('120 wounded', 'wounded', 'civilians', 120, None),
    ]),
    ('Casualties\n\nAt least 45 people were killed.', [
        ('At least 45 people were killed', 'killed', 'all', 45, None),
    ]),
    ('Police response\n\nAt least 45 people were detained.', [
        ('At least 45 people were detained', 'detained', 'all', 45, None),
    ]),
    ('Civilian casualties\n\nThe army said on Monday that its troops had acted lawfully. '
     'At least 45 people were killed.', [
        ('At least 45 people were killed', 'killed', 'all', 45, None),
    ]),
    # a list item opening with "Of the"
    ('- Of the 276 schoolgirls abducted in April 2014, 219 remain in captivity.', [
        ('276 schoolgirls abducted', 'taken_hostage', 'schoolgirls', 276, None),
        ('219 remain in captivity', 'taken_hostage', 'schoolgirls', 219, None),
    ]),
    ('* Among the 300 hostages freed in May, 45 were children.', [
        ('300 hostages freed', 'taken_hostage', 'all', 300, None),
        ('45 were children', 'taken_hostage', 'children', 45, None),
    ]),
    ('KEY POINTS\n\n- Since the spring, more than 1 million people have been displaced in the three northern states, '
     'according to the aid agencies working in the region\n- Of the 276 schoolgirls abducted from their school in '
     'April 2014, 219 remain in captivity', [
        ('more than 1 million people have been displaced', 'displaced', 'all', 1000000, None),
        ('276 schoolgirls abducted', 'taken_hostage', 'schoolgirls', 276, None),
        ('219 remain in captivity', 'taken_hostage', 'schoolgirls', 219, None),
    ]),
    # every one of them
    ('The attack killed 45 people, all of them ethnic Albanians.', [
        ('killed 45 people', 'killed', 'Albanians', 45, None),
    ]),
    ('Gunmen killed 22 villagers, all of them Hazara.', [
        ('killed 22 villagers', 'killed', 'Hazara', 22, None),
    ]),
    # an aside on the harmed, before the count in its sentence
    ('The victims, all ethnic Albanians, were shot in a field; police counted 45 bodies.', [
        ('45 bodies', 'killed', 'Albanians', 45, None),
    ]),
    ('The victims, all of them civilians, were buried in a mass grave, and at least 45 people had been killed.', [
        ('at least 45 people had been killed', 'killed', 'civilians', 45, None),
    ]),
    ('The hostages, all foreigners, were held for weeks; 12 people were later killed.', [
        ('12 people were later killed', 'killed', 'all', 12, None),
    ]),
    ('The houses, all of them old, were burned; 12 people died.', [
        ('12 people died', 'killed', 'all', 12, None),
    ]),
    # people of a place are people in general, unless a nationality says whose they are
    ('From 1948 until 1954, tens of thousands of islanders died.', [
        ('tens of thousands of islanders died', 'killed', 'all', None, 20000),
    ]),
    ('Troops killed 40 townspeople.', [
        ('killed 40 townspeople', 'killed', 'all', 40, None),
    ]),
    ('Some 300 Armenian islanders were deported.', [
        ('Some 300 Armenian islanders were deported', 'displaced', 'Armenian islanders', 300, None),
    ]),
    # carry over to the next sentence only for the same harm, a harm that follows, or "another"
    ('12 soldiers were killed. Hundreds were arrested.', [
        ('12 soldiers were killed', 'killed', 'soldiers', 12, None),
        ('Hundreds were arrested', 'detained', 'all', None, 200),
    ]),
    ('The attack killed 30 civilians. Dozens were detained afterwards.', [
        ('killed 30 civilians', 'killed', 'civilians', 30, None),
        ('Dozens were detained', 'detained', 'all', None, 24),
    ]),
    ('Rebels killed 40 soldiers. About 300 fled to the hills.', [
        ('killed 40 soldiers', 'killed', 'soldiers', 40, None),
        ('About 300 fled', 'displaced', 'all', 300, None),
    ]),
    ('The explosion killed 14 miners. Some 60 were rescued.', [
        ('killed 14 miners', 'killed', 'miners', 14, None),
        ('Some 60 were rescued', 'other', 'all', 60, None),
    ]),
    ('Nineteen soldiers were wounded. Three were missing.', [
        ('Nineteen soldiers were wounded', 'wounded', 'soldiers', 19, None),
        ('Three were missing', 'missing', 'all', 3, None),
    ]),
    ('The raid killed 6 civilians. 18 were detained.', [
        ('killed 6 civilians', 'killed', 'civilians', 6, None),
        ('18 were detained', 'detained', 'all', 18, None),
    ]),
    ('At least 9 women were killed; 200 were displaced.', [
        ('At least 9 women were killed', 'killed', 'women', 9, None),
        ('200 were displaced', 'displaced', 'all', 200, None),
    ]),
    ('Paratroopers shot 26 unarmed civilians. Thirteen died on the day.', [
        ('shot 26 unarmed civilians', 'other', 'civilians', 26, None),
        ('Thirteen died', 'killed', 'civilians', 13, None),
    ]),
    ('Gunmen killed 8 teachers. Another 20 were abducted.', [
        ('killed 8 teachers', 'killed', 'teachers', 8, None),
        ('20 were abducted', 'taken_hostage', 'teachers', 20, None),
    ]),
    ('Twelve soldiers were killed. Another 30 were wounded.', [
        ('Twelve soldiers were killed', 'killed', 'soldiers', 12, None),
        ('30 were wounded', 'wounded', 'soldiers', 30, None),
    ]),
    ('Police killed 34 mineworkers and 78 were wounded.', [
        ('killed 34 mineworkers', 'killed', 'mineworkers', 34, None),
        ('78 were wounded', 'wounded', 'mineworkers', 78, None),
    ]),
    ('ISIS abducted 6,417 Yazidis. More than 3,500 have been rescued.', [
        ('abducted 6,417 Yazidis', 'taken_hostage', 'Yazidis', 6417, None),
        ('More than 3,500 have been rescued', 'other', 'Yazidis', 3500, None),
    ]),
    ('The strike killed 21 civilians and wounded about 70.', [
        ('killed 21 civilians', 'killed', 'civilians', 21, None),
        ('wounded about 70', 'wounded', 'civilians', 70, None),
    ]),
    ('Rebels abducted 50 students. 30 were later freed.', [
        ('abducted 50 students', 'taken_hostage', 'students', 50, None),
        ('30 were later freed', 'other', 'students', 30, None),
    ]),
    ('Troops killed 22 militants, and 40 were captured.', [
        ('killed 22 militants', 'killed', 'militants', 22, None),
        ('40 were captured', 'taken_hostage', 'militants', 40, None),
    ]),
]


@pytest.mark.parametrize("text, expected", FIGURES)
def test_groups(text, expected):
    doc = Doc(text)
    got = [(doc.text[f.span.start : f.span.end], f.measure, f.group, f.value, f.low) for f in find_figures(doc)]
    assert got == expected
