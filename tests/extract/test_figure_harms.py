"""Figures by how English states a toll: one count of two harms ("killed or wounded"), killing verbs with "to death",
lists of places after a harm's label, a table's row of totals, counts added up after them ("a total of 35"), the
harmed named with a phrase of place, "and 11 who died later", "together with six others", "dozens of the wounded",
"killed and 270 wounded" after a count of civilians, quoted counts, "listed ... as missing", a part with a harm of
its own, "confirmed ... by name"; and what none of these may take ("listed 30 pupils by name", "19 former
detainees").

Each row is (text, expected figures in text order), a figure written as (evidence, measure, group, value, low, high,
qualifier, evidence of the total it is part of); the rows after them state no figure. The sentences are written for
these tests.
"""

from __future__ import annotations

import pytest

from testimonia.extract.doc import Doc
from testimonia.extract.figures import find_figures

FIGURES = [
    # one count of two harms is `other`; joined verbs that are one harm, or one fate after another, are not
    ('More than 300 civilians were killed or injured in the shelling.', [
        ('More than 300 civilians were killed or injured', 'other', 'civilians', 300, None, None, 'at_least', None),
    ]),
    ('The strikes killed or wounded at least 45 people.', [
        ('killed or wounded at least 45 people', 'other', 'all', 45, None, None, 'at_least', None),
    ]),
    ('In all, 62 people were killed and wounded in the two raids.', [
        ('62 people were killed and wounded', 'other', 'all', 62, None, None, 'exact', None),
    ]),
    ('At least 17 people, 12 of them children, were killed or wounded when the market was shelled.', [
        ('At least 17 people, 12 of them children, were killed or wounded', 'other', 'all', 17, None, None, 'at_least', None),
        ('12 of them children', 'other', 'children', 12, None, None, 'exact', 'At least 17 people, 12 of them children, were killed or wounded'),
    ]),
    ('Rebels killed and injured dozens of villagers in the raid.', [
        ('killed and injured dozens of villagers', 'other', 'all', None, 24, None, 'vague', None),
    ]),
    ('The army said 8 soldiers were wounded or missing after the battle.', [
        ('8 soldiers were wounded or missing', 'other', 'soldiers', 8, None, None, 'exact', None),
    ]),
    ('Tens of thousands of villagers were killed or deported in 1944.', [
        ('Tens of thousands of villagers were killed or deported', 'other', 'all', None, 20000, None, 'vague', None),
    ]),
    ('Some 40 men were detained and executed.', [
        ('Some 40 men were detained and executed', 'killed', 'men', 40, None, None, 'approx', None),
    ]),
    ('120 protesters were arrested or abducted.', [
        ('120 protesters were arrested or abducted', 'taken_hostage', 'protesters', 120, None, None, 'exact', None),
    ]),
    ('30 soldiers were killed or died of their wounds.', [
        ('30 soldiers were killed or died of their wounds', 'killed', 'soldiers', 30, None, None, 'exact', None),
    ]),
    ('Twelve people were killed and 40 wounded.', [
        ('Twelve people were killed', 'killed', 'all', 12, None, None, 'exact', None),
        ('40 wounded', 'wounded', 'all', 40, None, None, 'exact', None),
    ]),
    # a verb before the number and "to death" after its noun, or "tortured to death" before it: killed
    ('Guards were accused of torturing to death 14 prisoners.', [
        ('torturing to death 14 prisoners', 'killed', 'prisoners', 14, None, None, 'exact', None),
    ]),
    ('The report found that 23 detainees were tortured to death in the prison.', [
        ('23 detainees were tortured to death', 'killed', 'detainees', 23, None, None, 'exact', None),
    ]),
    ('Militiamen tortured 14 prisoners to death in the cellar.', [
        ('tortured 14 prisoners to death', 'killed', 'prisoners', 14, None, None, 'exact', None),
    ]),
    ('The regime starved to death some 40,000 people in the camps.', [
        ('starved to death some 40,000 people', 'killed', 'all', 40000, None, None, 'approx', None),
    ]),
    ('The police tortured 30 detainees in the station.', [
        ('tortured 30 detainees', 'tortured', 'detainees', 30, None, None, 'exact', None),
    ]),
    # a list of places (or groups) and counts after the label of a harm
    ('Killed: Aghdam 12, Fizuli 30, Shusha 7.', [
        ('Aghdam 12', 'killed', 'all', 12, None, None, 'exact', None),
        ('Fizuli 30', 'killed', 'all', 30, None, None, 'exact', None),
        ('Shusha 7', 'killed', 'all', 7, None, None, 'exact', None),
    ]),
    ('Civilian deaths by village: Karintak 14; Dashalty 9; Khojaly 161.', [
        ('Karintak 14', 'killed', 'civilians', 14, None, None, 'exact', None),
        ('Dashalty 9', 'killed', 'civilians', 9, None, None, 'exact', None),
        ('Khojaly 161', 'killed', 'civilians', 161, None, None, 'exact', None),
    ]),
    ('Killed: Civilians 40, Soldiers 12', [
        ('Civilians 40', 'killed', 'civilians', 40, None, None, 'exact', None),
        ('Soldiers 12', 'killed', 'soldiers', 12, None, None, 'exact', None),
    ]),
    ('Missing: Upper Karintak about 40, Lower Karintak 3', [
        ('Upper Karintak about 40', 'missing', 'all', 40, None, None, 'approx', None),
        ('Lower Karintak 3', 'missing', 'all', 3, None, None, 'exact', None),
    ]),
    ('Killed – Nagorno-Karabakh 40', [
        ('Nagorno-Karabakh 40', 'killed', 'all', 40, None, None, 'exact', None),
    ]),
    # a table's row of totals: the cells above it in its column are its parts when they add up to no more
    ('Village | Killed | Wounded\nUpper Hill | 14 | 30\nLower Hill | 9 | about 12\nTotal | 23 | 42', [
        ('14', 'killed', 'all', 14, None, None, 'exact', '23'),
        ('30', 'wounded', 'all', 30, None, None, 'exact', '42'),
        ('9', 'killed', 'all', 9, None, None, 'exact', '23'),
        ('about 12', 'wounded', 'all', 12, None, None, 'approx', '42'),
        ('23', 'killed', 'all', 23, None, None, 'exact', None),
        ('42', 'wounded', 'all', 42, None, None, 'exact', None),
    ]),
    ('Group\tDeaths\nMen\t120\nWomen\t45\nAll\t165', [
        ('120', 'killed', 'men', 120, None, None, 'exact', '165'),
        ('45', 'killed', 'women', 45, None, None, 'exact', '165'),
        ('165', 'killed', 'all', 165, None, None, 'exact', None),
    ]),
    ('| Source | Killed |\n|---|---|\n| Police | 40 |\n| Hospital | 65 |\n| Total | 70 |', [
        ('40', 'killed', 'police', 40, None, None, 'exact', None),
        ('65', 'killed', 'all', 65, None, None, 'exact', None),
        ('70', 'killed', 'all', 70, None, None, 'exact', None),
    ]),
    # the harmed named as a subject with a phrase of place before the link
    ("SWAPO's list said the dead at the camp included 167 women and 298 teenagers and children.", [
        ('167 women', 'killed', 'women', 167, None, None, 'exact', None),
        ('298 teenagers and children', 'killed', 'teenagers and children', 298, None, None, 'exact', None),
    ]),
    ('The victims in the two villages were 45 men and 12 boys.', [
        ('45 men', 'killed', 'men', 45, None, None, 'exact', None),
        ('12 boys', 'killed', 'boys', 12, None, None, 'exact', None),
    ]),
    ('Those killed in the raid included 3 journalists.', [
        ('3 journalists', 'killed', 'journalists', 3, None, None, 'exact', None),
    ]),
    # counts added up after them ("a total of 35", "bringing the total to 17"): the total, with its parts
    ('The official report counted 24 men killed on the spot and 11 who died later of their wounds, a total of 35.', [
        ('24 men killed', 'killed', 'men', 24, None, None, 'exact', 'a total of 35'),
        ('11 who died', 'killed', 'men', 11, None, None, 'exact', 'a total of 35'),
        ('a total of 35', 'killed', 'all', 35, None, None, 'exact', None),
    ]),
    ('Police detained 40 men and 12 women, a total of 52 people.', [
        ('detained 40 men', 'detained', 'men', 40, None, None, 'exact', 'a total of 52 people'),
        ('12 women', 'detained', 'women', 12, None, None, 'exact', 'a total of 52 people'),
        ('a total of 52 people', 'detained', 'all', 52, None, None, 'exact', None),
    ]),
    ('The blast killed 3 people and injured 14, bringing the total to 17.', [
        ('killed 3 people', 'killed', 'all', 3, None, None, 'exact', 'bringing the total to 17'),
        ('injured 14', 'wounded', 'all', 14, None, None, 'exact', 'bringing the total to 17'),
        ('bringing the total to 17', 'other', 'all', 17, None, None, 'exact', None),
    ]),
    # "and 40 who had surrendered": a count with a relative clause and no noun counts the group before
    ('Twelve soldiers were killed in the ambush and 40 who had surrendered were executed.', [
        ('Twelve soldiers were killed', 'killed', 'soldiers', 12, None, None, 'exact', None),
        ('40 who had surrendered were executed', 'killed', 'soldiers', 40, None, None, 'exact', None),
    ]),
    # "was hanged ..., together with six others": the others share the subject's harm
    ('He died along with 3 others when the bus was hit.', [
        ('along with 3 others', 'killed', 'all', 3, None, None, 'exact', None),
    ]),
    ('The commander was executed along with 6 others.', [
        ('along with 6 others', 'killed', 'all', 6, None, None, 'exact', None),
    ]),
    ("The revolt's leader was hanged in the town on 15 November 1937, aged around 75, together with six others, after a short trial.", [
        ('together with six others', 'killed', 'all', 6, None, None, 'exact', None),
    ]),
    ('The journalist was killed together with two others when the shell hit the car.', [
        ('together with two others', 'killed', 'all', 2, None, None, 'exact', None),
    ]),
    # "dozens of the wounded": a vague part of the harmed
    ('Hospitals said dozens of the wounded were in critical condition.', [
        ('dozens of the wounded', 'wounded', 'all', None, 24, None, 'vague', None),
    ]),
    ('Dozens of the wounded were children.', [
        ('Dozens of the wounded were children', 'wounded', 'children', None, 24, None, 'vague', None),
    ]),

    # "60 civilians have been killed and 270 wounded": a count whose noun is only the harm, joined to a count of a
    # group, counts that group
    ('Since the fighting began, 60 civilians have been killed and 270 wounded in the province.', [
        ('60 civilians have been killed', 'killed', 'civilians', 60, None, None, 'exact', None),
        ('270 wounded', 'wounded', 'civilians', 270, None, None, 'exact', None),
    ]),
    ('The ombudsman reported 36 civilian deaths and more than 100 wounded on the other side.', [
        ('36 civilian deaths', 'killed', 'civilians', 36, None, None, 'exact', None),
        ('more than 100 wounded', 'wounded', 'civilians', 100, None, None, 'at_least', None),
    ]),
    ('The ministry reported 192 of its servicemen killed and 511 wounded.', [
        ('192 of its servicemen killed', 'killed', 'servicemen', 192, None, None, 'exact', None),
        ('511 wounded', 'wounded', 'servicemen', 511, None, None, 'exact', None),
    ]),
    ('The shelling killed 5 civilians; officials counted 14 wounded in the town.', [
        ('killed 5 civilians', 'killed', 'civilians', 5, None, None, 'exact', None),
        ('14 wounded', 'wounded', 'all', 14, None, None, 'exact', None),
    ]),
    ('The register named 2,783 servicemen killed; the figure was later revised to 2,908 dead.', [  # a new value
        ('2,783 servicemen killed', 'killed', 'servicemen', 2783, None, None, 'exact', None),
        ('2,908 dead', 'killed', 'servicemen', 2908, None, None, 'exact', None),
    ]),
    ('The army said 40 soldiers were killed. A local count gave 300 dead.', [  # another count: its own group
        ('40 soldiers were killed', 'killed', 'soldiers', 40, None, None, 'exact', None),
        ('300 dead', 'killed', 'all', 300, None, None, 'exact', None),
    ]),
    # a group's adjective before a toll: "put civilian deaths at 36"
    ('Officials put civilian deaths at 36.', [
        ('deaths at 36', 'killed', 'civilians', 36, None, None, 'exact', None),
    ]),
    ('The health ministry put military deaths at 3,773 in August.', [
        ('deaths at 3,773', 'killed', 'soldiers', 3773, None, None, 'exact', None),
    ]),
    ('The old death toll rose to 36.', [
        ('death toll rose to 36', 'killed', 'all', 36, None, None, 'exact', None),
    ]),
    ('Two military and three civilians were killed.', [
        ('Two military', 'killed', 'soldiers', 2, None, None, 'exact', None),
        ('three civilians were killed', 'killed', 'civilians', 3, None, None, 'exact', None),
    ]),
    # a breakdown after a phrase of place and time: "in the village that day, among them ..."
    ('At least 43 civilians were killed in the village that day, among them 17 women and 12 elderly people.', [
        ('At least 43 civilians were killed', 'killed', 'civilians', 43, None, None, 'at_least', None),
        ('17 women', 'killed', 'women', 17, None, None, 'exact', 'At least 43 civilians were killed'),
        ('12 elderly people', 'killed', 'elderly', 12, None, None, 'exact', 'At least 43 civilians were killed'),
    ]),
    # a count or its noun in quotation marks
    ('The ministry reported that 14 "militants" had been killed in armed resistance.', [
        ('14 "militants" had been killed', 'killed', 'militants', 14, None, None, 'exact', None),
    ]),
    ('A post says that "more than 10,000 soldiers" were killed in the war.', [
        ('more than 10,000 soldiers" were killed', 'killed', 'soldiers', 10000, None, None, 'at_least', None),
    ]),
    # "listed ... 321 as missing": what the count is listed as
    ('The commission listed 511 residents of the district as killed and 321 as missing.', [
        ('511 residents of the district as killed', 'killed', 'all', 511, None, None, 'exact', None),
        ('321 as missing', 'missing', 'all', 321, None, None, 'exact', None),
    ]),
    ('The register lists 40 people as missing.', [
        ('40 people as missing', 'missing', 'all', 40, None, None, 'exact', None),
    ]),
    ('Dozens of people, many of them elderly people and children, froze to death on the pass.', [
        ('Dozens of people, many of them elderly people and children, froze to death', 'killed', 'all', None, 24, None, 'vague', None),
    ]),
    ('Some 300 former prisoners were shot in the forest.', [
        ('Some 300 former prisoners were shot', 'killed', 'prisoners', 300, None, None, 'approx', None),
    ]),
    # a part of a breakdown that says a harm of its own
    ('Figures issued a week later put the toll at 218 dead, including 22 people still listed as missing.', [
        ('toll at 218 dead', 'killed', 'all', 218, None, None, 'exact', None),
        ('22 people still listed as missing', 'missing', 'all', 22, None, None, 'exact', 'toll at 218 dead'),
    ]),
    ('Rebels seized 300 villagers, including 40 children who were later killed.', [
        ('seized 300 villagers', 'taken_hostage', 'all', 300, None, None, 'exact', None),
        ('40 children who were later killed', 'killed', 'children', 40, None, None, 'exact', 'seized 300 villagers'),
    ]),
    ("Soldiers killed 40 people, including 12 women who were raped.", [  # raped besides: still killed
        ('killed 40 people', 'killed', 'all', 40, None, None, 'exact', None),
        ('12 women', 'killed', 'women', 12, None, None, 'exact', 'killed 40 people'),
    ]),
    ('The attack killed 100 people, including 30 children, in the market.', [
        ('killed 100 people', 'killed', 'all', 100, None, None, 'exact', None),
        ('30 children', 'killed', 'children', 30, None, None, 'exact', 'killed 100 people'),
    ]),
    # "confirmed 19 of the deaths by name": identified (a register listing victims by name still counts the dead)
    ('We confirmed at least 19 of the deaths by name.', [
        ('confirmed at least 19 of the deaths by name', 'identified', 'all', 19, None, None, 'at_least', None),
    ]),
    ('Hospitals in the city treated 230 people for injuries.', [  # a verb before, words after: together a harm
        ('treated 230 people for injuries', 'wounded', 'all', 230, None, None, 'exact', None),
    ]),
    ('The register lists 937 victims by name.', [
        ('937 victims', 'killed', 'all', 937, None, None, 'exact', None),
    ]),
]

NOT_FIGURES = [
    'They sentenced 12 men to death.',
    'Deaths: May 12',
    'Deaths: Table 4',
    'Killed by: Azerbaijani forces 40',
    'Sources: Amnesty 2020, HRW 2021',
    'Deaths (per 100,000): North 12, South 40',
    'Displaced (thousands): Lachin 45, Kalbajar 60',
    'Killed: 12 May 1992, in Aghdam',
    'Date: Aghdam 1993, Fizuli 1993',
    'Wounded: Room 12, Ward 4',
    'The houses in the village were 40 stone buildings.',
    'The ministry has registered a total of 35 complaints.',
    'The wounded were taken to 3 hospitals, a total of 120 beds.',
    'He was convicted together with 12 others.',
    'He was sentenced along with 4 others to ten years.',
    'The minister was welcomed together with 40 others at the ceremony.',
    'He travelled with 12 others to the border.',
    'He was buried with 12 others in the village cemetery.',
    'She was born in the village along with 5 others in the same year.',
    'Dozens of the houses were destroyed.',
    'Her son, 19, was taken away by soldiers.',
    'The students, later known as the "Riverside 6", were arrested in May.',
    'The "300 people" claim was never checked.',
    'The police counted 40 people as well as 12 cars.',
    'The annex contains the testimony of 19 former detainees.',
    'The group interviewed 40 former hostages.',
    'The teacher listed 30 pupils by name.',
    'The clinic treated 300 patients for malaria.',
]


def _described(doc: Doc, figures) -> list[tuple]:
    def evidence(f):
        return doc.text[f.span.start : f.span.end] if f is not None else None

    return [(evidence(f), f.measure, f.group, f.value, f.low, f.high, f.qualifier, evidence(f.part_of))
            for f in figures]


@pytest.mark.parametrize("text, expected", FIGURES)
def test_figures(text, expected):
    doc = Doc(text)
    assert _described(doc, find_figures(doc)) == expected


@pytest.mark.parametrize("text", NOT_FIGURES)
def test_not_figures(text):
    doc = Doc(text)
    assert _described(doc, find_figures(doc)) == []


@pytest.mark.parametrize("text, label", [
    ("More than 300 civilians were killed or injured in the shelling.", "killed or wounded"),
    ("Tens of thousands of villagers were killed or deported in 1944.", "killed or displaced"),
    ("The army said 8 soldiers were wounded or missing after the battle.", "wounded or missing"),
    ("The blast killed 3 people and injured 14, bringing the total to 17.", "killed or wounded"),
])
def test_two_harms_are_labelled_with_both(text, label):
    assert find_figures(Doc(text))[-1].label == label
