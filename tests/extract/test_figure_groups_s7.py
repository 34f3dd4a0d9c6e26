"""Figures (session 7): who a count counts when its own words do not say, and a nationality before the counted noun.

The group is often stated beside the count rather than in it: an aside after it ("killed 19 people, all of them
civilians"), the people the sentence or the one before names when "of them" has no count to lean on ("captured the
soldiers there. 17 of them were later executed"), "N of the <group>" ("Eleven of the journalists were wounded"), a
part of the hostages or detainees counted just before ("seized 150 residents as hostages; 26 of the hostages were
later shot" counts residents, people in general), the sentence right after ("All were civilians.", "The dead were
all pilgrims."), "among" after a toll ("The death toll among civilians has risen to 212"), a clause opening with
"among" and a group, a list's label or the heading over label lines ("Civilian casualties: 63 killed", "Military
casualties\\nKilled: 73"). A share ("most of them women", "many of them children") leaves the whole count one of
people in general, as the gold sets write it.

A nationality before the counted noun follows the rule written in lexicons/en/groups.yaml: kept before a noun that
says only whose people they are ("Kurdish villagers", "Greek citizens", "Soviet prisoners of war"), dropped before a
noun of role ("Nepali peacekeepers" counts peacekeepers).

Rows as in test_figures: (text, [(evidence, measure, group, value, low, high, qualifier, evidence of the total)]).
The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from testimonia.extract.doc import Doc
from testimonia.extract.figures import find_figures

FIGURES = [
    # an aside after the count says what every one of the counted was
    ('The rockets killed 19 people, all of them civilians, in the market.', [
        ('killed 19 people', 'killed', 'civilians', 19, None, None, 'exact', None),
    ]),
    ('Police said 31 people died, all of whom were pilgrims.', [
        ('31 people died', 'killed', 'pilgrims', 31, None, None, 'exact', None),
    ]),
    ('The raid left 14 dead (all civilians).', [
        ('14 dead', 'killed', 'civilians', 14, None, None, 'exact', None),
    ]),
    ('Gunmen killed 22 villagers, all of them Hazara.', [
        ('killed 22 villagers', 'killed', 'Hazara', 22, None, None, 'exact', None),
    ]),
    ('Militiamen shot 8 people, every one of them a teacher.', [
        ('shot 8 people', 'killed', 'teachers', 8, None, None, 'exact', None),
    ]),
    # the sentence right after, or 'among' after a toll, says who every one of the counted was
    ('At least 38 people died in the attack. All were civilians.', [
        ('At least 38 people died', 'killed', 'civilians', 38, None, None, 'at_least', None),
    ]),
    ('Soldiers shot 23 people at the well. All of them were Yazidis.', [
        ('shot 23 people', 'killed', 'Yazidis', 23, None, None, 'exact', None),
    ]),
    ('The bombing killed 61 people. The dead were all pilgrims.', [
        ('killed 61 people', 'killed', 'pilgrims', 61, None, None, 'exact', None),
    ]),
    ('At least 38 people died in the attack. All were buried the next day.', [
        ('At least 38 people died', 'killed', 'all', 38, None, None, 'at_least', None),
    ]),
    ('The flood destroyed 40 homes and killed 9 people. The houses were all of wood.', [
        ('killed 9 people', 'killed', 'all', 9, None, None, 'exact', None),
    ]),
    ('At least 38 people died, including 11 children. All were civilians.', [
        ('At least 38 people died', 'killed', 'all', 38, None, None, 'at_least', None),
        ('11 children', 'killed', 'children', 11, None, None, 'exact', 'At least 38 people died'),
    ]),
    ('The death toll among civilians has risen to 212.', [
        ('has risen to 212', 'killed', 'civilians', 212, None, None, 'exact', None),
    ]),
    ('The death toll among the population has risen to 212.', [
        ('has risen to 212', 'killed', 'all', 212, None, None, 'exact', None),
    ]),
    # a share of them is no group for the whole count, nor is where or whence they were
    ('The blast killed 27 people, most of them women.', [
        ('killed 27 people', 'killed', 'all', 27, None, None, 'exact', None),
    ]),
    ('The fire killed 27 people, many of them children.', [
        ('killed 27 people', 'killed', 'all', 27, None, None, 'exact', None),
    ]),
    ('The strike killed 16 people, all in one building.', [
        ('killed 16 people', 'killed', 'all', 16, None, None, 'exact', None),
    ]),
    ('Gunmen killed 12 people, all of them from the same family.', [
        ('killed 12 people', 'killed', 'all', 12, None, None, 'exact', None),
    ]),
    ('Shelling killed 9 people, all of them local.', [
        ('killed 9 people', 'killed', 'all', 9, None, None, 'exact', None),
    ]),
    # 'of them' with no count before it: the people the sentence or the one before names
    ('Rebels stormed the barracks and captured the soldiers there. 17 of them were later executed.', [
        ('17 of them were later executed', 'killed', 'soldiers', 17, None, None, 'exact', None),
    ]),
    ('Civilians sheltered in the basement; 40 of them were killed when it collapsed.', [
        ('40 of them were killed', 'killed', 'civilians', 40, None, None, 'exact', None),
    ]),
    ('Guards led the men of the camp to the quarry. Sixty of them were shot there.', [
        ('Sixty of them were shot', 'killed', 'men', 60, None, None, 'exact', None),
    ]),
    ('Police fired on the crowd. Eight of them died.', [
        ('Eight of them died', 'killed', 'all', 8, None, None, 'exact', None),
    ]),
    ('Hostages were moved to the gym. 200 of them died in the fire.', [
        ('200 of them died', 'killed', 'all', 200, None, None, 'exact', None),
    ]),
    ('The army shelled civilian homes in the valley, and 40 of them burned down.', [
    ]),
    # 'N of the <group>': a part of that group, counted as it
    ('Eleven of the journalists were wounded.', [
        ('Eleven of the journalists were wounded', 'wounded', 'journalists', 11, None, None, 'exact', None),
    ]),
    ('Troops fired into the square. At least 60 of the demonstrators were killed.', [
        ('At least 60 of the demonstrators were killed', 'killed', 'demonstrators', 60, None, None, 'at_least', None),
    ]),
    ('Nine of the villagers were shot in the yard.', [
        ('Nine of the villagers were shot', 'killed', 'all', 9, None, None, 'exact', None),
    ]),
    ('Militants held 40 schoolchildren hostage. 12 of the hostages were killed.', [
        ('40 schoolchildren hostage', 'taken_hostage', 'schoolchildren', 40, None, None, 'exact', None),
        ('12 of the hostages were killed', 'killed', 'schoolchildren', 12, None, None, 'exact', None),
    ]),
    ('The militia seized 150 residents of the town as hostages; 26 of the hostages were later shot.', [
        ('seized 150 residents', 'taken_hostage', 'all', 150, None, None, 'exact', None),
        ('26 of the hostages were later shot', 'killed', 'all', 26, None, None, 'exact', None),
    ]),
    ('Gunmen held the passengers for a day. 3 of the hostages died.', [
        ('3 of the hostages died', 'killed', 'hostages', 3, None, None, 'exact', None),
    ]),
    # a clause opening with 'among' and a group, a label or a heading that names the group
    ('Among children, 210 died of hunger.', [
        ('210 died of hunger', 'killed', 'children', 210, None, None, 'exact', None),
    ]),
    ('Among other things, 45 people were detained.', [
        ('45 people were detained', 'detained', 'all', 45, None, None, 'exact', None),
    ]),
    ('Civilian casualties: 63 killed and 140 wounded.', [
        ('63 killed', 'killed', 'civilians', 63, None, None, 'exact', None),
        ('140 wounded', 'wounded', 'civilians', 140, None, None, 'exact', None),
    ]),
    ('- Servicemen: 48 dead, 95 wounded', [
        ('48 dead', 'killed', 'servicemen', 48, None, None, 'exact', None),
        ('95 wounded', 'wounded', 'servicemen', 95, None, None, 'exact', None),
    ]),
    ('Military casualties\nKilled: 73\nMissing: 9', [
        ('Killed: 73', 'killed', 'soldiers', 73, None, None, 'exact', None),
        ('Missing: 9', 'missing', 'soldiers', 9, None, None, 'exact', None),
    ]),
    ('Civilian losses\n- Killed: 12\n- Wounded: 40', [
        ('Killed: 12', 'killed', 'civilians', 12, None, None, 'exact', None),
        ('Wounded: 40', 'wounded', 'civilians', 40, None, None, 'exact', None),
    ]),
    ('Police response\nArrested: 210', [
        ('Arrested: 210', 'detained', 'all', 210, None, None, 'exact', None),
    ]),
    ('Casualties\nKilled: 58', [
        ('Killed: 58', 'killed', 'all', 58, None, None, 'exact', None),
    ]),
    ('Civilian infrastructure\nKilled: 7', [
        ('Killed: 7', 'killed', 'all', 7, None, None, 'exact', None),
    ]),
    # a nationality is kept before a noun that says only whose people they are, dropped before a role
    ('Some 400 Kurdish villagers were deported.', [
        ('Some 400 Kurdish villagers were deported', 'displaced', 'Kurdish villagers', 400, None, None, 'approx', None),
    ]),
    ('About 2,500 Soviet prisoners of war died of hunger.', [
        ('About 2,500 Soviet prisoners of war died of hunger', 'killed', 'Soviet prisoners of war', 2500, None, None, 'approx', None),
    ]),
    ('About 600 ethnic Serb residents fled.', [
        ('About 600 ethnic Serb residents fled', 'displaced', 'Serb residents', 600, None, None, 'approx', None),
    ]),
    ('About 5,000 people were deported. Of these, 900 were Greek citizens.', [
        ('About 5,000 people were deported', 'displaced', 'all', 5000, None, None, 'approx', None),
        ('900 were Greek citizens', 'displaced', 'Greek citizens', 900, None, None, 'exact', 'About 5,000 people were deported'),
    ]),
    ('Three Nepali peacekeepers were killed.', [
        ('Three Nepali peacekeepers were killed', 'killed', 'peacekeepers', 3, None, None, 'exact', None),
    ]),
    ('Twelve Georgian soldiers were wounded.', [
        ('Twelve Georgian soldiers were wounded', 'wounded', 'soldiers', 12, None, None, 'exact', None),
    ]),
    ('Some 300 Jordanian officers were detained.', [
        ('Some 300 Jordanian officers were detained', 'detained', 'officers', 300, None, None, 'approx', None),
    ]),
    ('About 70 Somali journalists were arrested.', [
        ('About 70 Somali journalists were arrested', 'detained', 'journalists', 70, None, None, 'approx', None),
    ]),
]

# Words beside a count that must not make it a count of a group: no figure here may count these groups.
NOT_GROUPS = [
    ("Five of the soldiers' wives were killed.", "soldiers"),
    ("The soldiers' convoy was attacked; 14 people died, most of them drivers.", "drivers"),
    ("Gunmen killed 6 people near the school, all of them on their way home.", "students"),
    ("Police response\nArrested: 210", "police"),
    ("Among other things, 45 people were detained.", "things"),
    ("Troops fired on the crowd outside the barracks of the soldiers. 9 of them died.", "soldiers"),
]


def _described(doc: Doc, figures) -> list[tuple]:
    def evidence(f):
        return doc.text[f.span.start : f.span.end] if f is not None else None

    return [(evidence(f), f.measure, f.group, f.value, f.low, f.high, f.qualifier, evidence(f.part_of))
            for f in figures]


@pytest.mark.parametrize("text, expected", FIGURES)
def test_groups(text, expected):
    doc = Doc(text)
    assert _described(doc, find_figures(doc)) == expected


@pytest.mark.parametrize("text, group", NOT_GROUPS)
def test_not_groups(text, group):
    assert group not in [f.group for f in find_figures(Doc(text))]
