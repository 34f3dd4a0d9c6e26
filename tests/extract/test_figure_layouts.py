"""Figures stated by a published layout: table cells, infobox and key-facts lines, answers under a question.

Each row is (text, expected figures in text order), a figure written as (evidence, measure, group, value, low, high,
qualifier, evidence of the total it is part of); the rows after them state no figure. The rows are written for
these tests (`figure_tables`, `figure_layouts`).
"""

from __future__ import annotations

import pytest

from testimonia.extract.doc import Doc
from testimonia.extract.figure_layouts import label_of
from testimonia.extract.figures import find_figures

LAID_OUT = [
    # tables with pipes: a header with or without a separator row, pipes at the ends or not; hedged, vague,
    # ranged and empty cells; a source column; the first column a place, a date, a group or a harm
    ("site | dead | injured | source\n"
     "Lower market | 41 | 130 | hospital records, 2003\n"
     "Bus station | about 15 | – | police\n"
     "Ferry pier | 1,200–1,500 | n/a | survivors' committee", [
        ('41', 'killed', 'all', 41, None, None, 'exact', None),
        ('130', 'wounded', 'all', 130, None, None, 'exact', None),
        ('about 15', 'killed', 'all', 15, None, None, 'approx', None),
        ('1,200–1,500', 'killed', 'all', None, 1200, 1500, 'range', None),
    ]),
    ('| Unit | Killed | Wounded | Missing |\n| Police officers | 4 | 9 | – |\n| Rebel fighters | c. 30 | ? | 2 |', [
        ('4', 'killed', 'officers', 4, None, None, 'exact', None),
        ('9', 'wounded', 'officers', 9, None, None, 'exact', None),
        ('c. 30', 'killed', 'fighters', 30, None, None, 'approx', None),
        ('2', 'missing', 'fighters', 2, None, None, 'exact', None),
    ]),
    ('Victims | Deaths\nBosniaks | 8,000\nCroats | 1,100\nTotal | 9,100', [
        ('8,000', 'killed', 'Bosniaks', 8000, None, None, 'exact', '9,100'),  # the rows a total row adds up
        ('1,100', 'killed', 'Croats', 1100, None, None, 'exact', '9,100'),
        ('9,100', 'killed', 'all', 9100, None, None, 'exact', None),
    ]),
    ('Town | Population | Killed\nHarbel | 12,000 | 300', [
        ('300', 'killed', 'all', 300, None, None, 'exact', None),
    ]),
    ('Date | Event | Fatalities\n12 May 1978 | raid | 40\n3 June 1979 | ambush | 7', [
        ('40', 'killed', 'all', 40, None, None, 'exact', None),
        ('7', 'killed', 'all', 7, None, None, 'exact', None),
    ]),
    ('|  | Civilians | Soldiers |\n|---|---|---|\n| Killed | 120 | 15 |\n| Wounded | **340** | 22 |', [
        ('120', 'killed', 'civilians', 120, None, None, 'exact', None),
        ('15', 'killed', 'soldiers', 15, None, None, 'exact', None),
        ('340', 'wounded', 'civilians', 340, None, None, 'exact', None),
        ('22', 'wounded', 'soldiers', 22, None, None, 'exact', None),
    ]),
    ('District | Missing | Detained\nNorth | dozens | ~ 250\nSouth | hundreds | 1,000+', [
        ('dozens', 'missing', 'all', None, 24, None, 'vague', None),
        ('~ 250', 'detained', 'all', 250, None, None, 'approx', None),
        ('hundreds', 'missing', 'all', None, 200, None, 'vague', None),
        ('1,000+', 'detained', 'all', 1000, None, None, 'at_least', None),
    ]),
    ('place | killed | wounded\nRiver crossing (east bank) | 57 | 80\nGerman soldiers (rearguard) | 6 | 14', [
        ('57', 'killed', 'all', 57, None, None, 'exact', None),
        ('80', 'wounded', 'all', 80, None, None, 'exact', None),
        ('6', 'killed', 'soldiers', 6, None, None, 'exact', None),
        ('14', 'wounded', 'soldiers', 14, None, None, 'exact', None),
    ]),
    ('| Town | Killed (per HRW) | Killed (per police) |\n|---|---|---|\n| Lakeside | 40 | 12 |', [
        ('40', 'killed', 'all', 40, None, None, 'exact', None),
        ('12', 'killed', 'all', 12, None, None, 'exact', None),
    ]),
    ('Section | Killed | Page\nNorth | 40[3] | 112\nSouth | 25* | 118', [  # footnote marks; a page column
        ('40', 'killed', 'all', 40, None, None, 'exact', None),
        ('25', 'killed', 'all', 25, None, None, 'exact', None),
    ]),
    # tables with tabs (a spreadsheet pasted as text; a copied infobox: label, tab, value)
    ('Village\tKilled\tMissing\nKemal\t12\t3\nOruç\tabout 40\tdozens', [
        ('12', 'killed', 'all', 12, None, None, 'exact', None),
        ('3', 'missing', 'all', 3, None, None, 'exact', None),
        ('about 40', 'killed', 'all', 40, None, None, 'approx', None),
        ('dozens', 'missing', 'all', None, 24, None, 'vague', None),
    ]),
    ('Date\t12 May 1978\nDeaths\t35\nInjured\tabout 120', [
        ('35', 'killed', 'all', 35, None, None, 'exact', None),
        ('about 120', 'wounded', 'all', 120, None, None, 'approx', None),
    ]),
    # columns lined up with spaces (a table taken from a PDF): a cell's header is the one above it on the line
    ('Table 2. Casualties by district\n\n'
     'District          Killed    Wounded    Missing\n'
     'Lakeside              60         12          –\n'
     'Old Town         about 40     dozens         3\n'
     'Civilians (all)      120        340          5', [
        ('60', 'killed', 'all', 60, None, None, 'exact', None),
        ('12', 'wounded', 'all', 12, None, None, 'exact', None),
        ('about 40', 'killed', 'all', 40, None, None, 'approx', None),
        ('dozens', 'wounded', 'all', None, 24, None, 'vague', None),
        ('3', 'missing', 'all', 3, None, None, 'exact', None),
        ('120', 'killed', 'civilians', 120, None, None, 'exact', None),
        ('340', 'wounded', 'civilians', 340, None, None, 'exact', None),
        ('5', 'missing', 'civilians', 5, None, None, 'exact', None),
    ]),
    # infobox and key-facts lines: "Label: value", parts set off by semicolons, a bracketed source after each
    ('Attack on the depot\nDate: 12 May 1978\nLocation: Camp 12, Lakeside\nDeaths: 1,000+\n'
     'Injured: c. 2,300; about 3,000 (hospital count)\nDisplaced: 45,000 (UN estimate)\n'
     'Perpetrators: 40 men of the 5th Brigade', [
        ('Deaths: 1,000+', 'killed', 'all', 1000, None, None, 'at_least', None),
        ('Injured: c. 2,300', 'wounded', 'all', 2300, None, None, 'approx', None),
        ('about 3,000', 'wounded', 'all', 3000, None, None, 'approx', None),
        ('Displaced: 45,000', 'displaced', 'all', 45000, None, None, 'exact', None),
    ]),
    ('KEY FACTS\n- Civilian deaths: 87\n- Missing: 12\n- Houses burned: 400', [
        ('Civilian deaths: 87', 'killed', 'civilians', 87, None, None, 'exact', None),
        ('Missing: 12', 'missing', 'all', 12, None, None, 'exact', None),
    ]),
    ('Fatalities: 9 (police); 31 (local clinic); 40–60 (residents)\nWounded: over 100', [
        ('Fatalities: 9', 'killed', 'all', 9, None, None, 'exact', None),
        ('31', 'killed', 'all', 31, None, None, 'exact', None),
        ('40–60', 'killed', 'all', None, 40, 60, 'range', None),
        ('Wounded: over 100', 'wounded', 'all', 100, None, None, 'at_least', None),
    ]),
    ('Key facts\nKilled – 149\nWounded — about 60', [
        ('Killed – 149', 'killed', 'all', 149, None, None, 'exact', None),
        ('Wounded — about 60', 'wounded', 'all', 60, None, None, 'approx', None),
    ]),
    ('Number of victims: 45\nTotal killed: 300\nDeaths (official): 35', [
        ('Number of victims: 45', 'killed', 'all', 45, None, None, 'exact', None),
        ('Total killed: 300', 'killed', 'all', 300, None, None, 'exact', None),
        ('Deaths (official): 35', 'killed', 'all', 35, None, None, 'exact', None),
    ]),
    ('• Abducted: 276 (school register)\n• Returned: 57', [
        ('Abducted: 276', 'taken_hostage', 'all', 276, None, None, 'exact', None),
        ('Returned: 57', 'returned', 'all', 57, None, None, 'exact', None),
    ]),
    # an explainer's question sets the harm of the bare number that opens its answer
    ('How many people died in the fire?\nOfficially, 86. Relatives say the true number is higher.', [
        ('86', 'killed', 'all', 86, None, None, 'exact', None),
    ]),
    ('What was the death toll?\nAt least 300, by the count of the local clinic.', [
        ('At least 300', 'killed', 'all', 300, None, None, 'at_least', None),
    ]),
    ('How many were arrested after the protest? More than 1,200, the rights group says.', [
        ('More than 1,200', 'detained', 'all', 1200, None, None, 'at_least', None),
    ]),
    ("What is the number of dead?\nSome 1,400, by the ministry's count.", [
        ('Some 1,400', 'killed', 'all', 1400, None, None, 'approx', None),
    ]),
    ('### How many people died?\n**About 2,000**, most of them in the first night.', [
        ('About 2,000', 'killed', 'all', 2000, None, None, 'approx', None),
    ]),
    ('How many people were deported from the valley?\n\nRoughly 40,000, over three days.', [
        ('Roughly 40,000', 'displaced', 'all', 40000, None, None, 'approx', None),
    ]),
    # one answer mechanism for transcripts ("Q:"/"A:", "Q."/"A.") and explainers: a count or toll question, or a
    # yes-no question whether the harm was done; the answer a number alone or a listed group that ends its clause
    ('Q. How many were taken away from the school?\nA. Twenty-two, all of them teachers.', [
        ('Twenty-two', 'detained', 'teachers', 22, None, None, 'exact', None),
    ]),
    ('Q: Were people killed at the checkpoint?\n\nA: There were maybe thirty, we counted them later.', [
        ('maybe thirty', 'killed', 'all', 30, None, None, 'approx', None),
    ]),
    ('Did anyone die when the ferry went down?\nAt least 14, the coast guard says.', [
        ('At least 14', 'killed', 'all', 14, None, None, 'at_least', None),
    ]),
    ('How many people died in the flood?\nIt is hard to say; perhaps 300.', [
        ('perhaps 300', 'killed', 'all', 300, None, None, 'approx', None),
    ]),
    ('How many people were killed in the raid?\nAbout 2,000 civilians, most of them in the first hours.', [
        ('About 2,000 civilians', 'killed', 'civilians', 2000, None, None, 'approx', None),
    ]),
    ('Q: And how many were wounded?\nA: Forty or fifty, I would say.', [
        ('Forty or fifty', 'wounded', 'all', None, 40, 50, 'range', None),
    ]),
    ("March 1921 – Some 3,000 people are killed in the town's northern quarter.", [
        ('Some 3,000 people are killed', 'killed', 'all', 3000, None, None, 'approx', None),
    ]),
    ('14 June 1941: about 4,000 families are deported from the border districts.', [
        ('about 4,000 families are deported', 'displaced', 'families', 4000, None, None, 'approx', None),
    ]),
    ('Deaths: 1500 – 2000', [
        ('Deaths: 1500 – 2000', 'killed', 'all', None, 1500, 2000, 'range', None),
    ]),
]

NOT_LAID_OUT = [
    # tables of years, shares, money, scaled amounts; columns of no harm; a byline with pipes
    'Year | Killed (%) | Budget ($)\n1994 | 12 | 4,000',
    '| Year | Budget (USD) | Share killed (%) |\n|---|---|---|\n| 1992 | 1,200 | 12 |',
    'Region | Displaced (thousands)\nNorth | 45',
    'Province | Deaths (per 100,000) | Deaths (per capita)\nNorth | 45 | 2',
    '| Harm | Year | Page |\n|---|---|---|\n| Killed | 1992 | 14 |',
    'District | Houses destroyed | Wells poisoned\nNorth | 400 | 12',
    'Date | Price | Change\n12 May | $40 | 3%',
    'DATA | Lakeside | 4 May 2018 | 6 min read',
    'Name              Age    Village\nAmir Hasanov       45    Lakeside\nSelma Begić        12    Old Town',
    'Region       Displaced (thousands)    Share (%)\nNorth                          45           12',
    # infobox lines of no harm, of the perpetrators, of a share; footnotes
    'Date: 12 May 1978\nLocation: Camp 12, near the border\nHouses burned: 26\nBudget: 1,200\nPage: 14',
    'Perpetrators: 40 gunmen of the 3rd Battalion',
    'Convicted: 3 officers, sentenced to 20 years',
    'Deaths (%): 12',
    'Footnotes: 12 Ibid., p. 40.',
    # questions that ask no count of a harm
    'When did it happen?\nIn 1941, in the first weeks of the occupation.',
    'How many houses were destroyed?\nAbout 400.',
    'How old was the youngest victim?\nSeven, according to the parish register.',
    'What was the aim of the killings?\nTwo goals stand out, and 3 reports name them.',
    'How long did the siege last?\n872 days.',
    'How many people were killed?\n40 years on, the archive is still closed.',
    'How many people were killed in the raid?\nTwo women who survived it told us what they saw.',
    'Why were so many people killed?\nIn 1943 the front moved east.',
    'Q: Who shot at the bus?\nA: Two soldiers, I think.',
    'Q: How old were you then?\nA: I was 14.',
    "Q: How many people were wounded?\nA: I'm 60 now and I still remember it.",
    'Q: When did the shelling start?\nA: Around 20 minutes after the call to prayer.',
    'Q. Where did they take the men?\nA. To the school, 3 kilometres away.',
    'Did the government investigate the killings?\nTwice: in 1995 and in 2003, with 40 investigators.',
    'A: Maybe thirty.',  # an answer with no question above it
    'How many people were killed?\nThe report, written by 12 lawyers, does not say.',
    'Were the wounded taken to hospital?\nMost of them. Two ambulances came.',
    # a timeline's dates
    '1992 – 1995: the war years in the valley',
    'Spring 1944 – 12 trains leave the station.',
]


def _described(doc: Doc, figures) -> list[tuple]:
    def evidence(f):
        return doc.text[f.span.start : f.span.end] if f is not None else None

    return [(evidence(f), f.measure, f.group, f.value, f.low, f.high, f.qualifier, evidence(f.part_of))
            for f in figures]


@pytest.mark.parametrize("text, expected", LAID_OUT)
def test_laid_out_figures(text, expected):
    doc = Doc(text)
    assert _described(doc, find_figures(doc)) == expected


@pytest.mark.parametrize("text", NOT_LAID_OUT)
def test_not_laid_out_figures(text):
    doc = Doc(text)
    assert _described(doc, find_figures(doc)) == []


# One reader of the lines that open with a label: (line, the label's words, what follows it, bulleted, a row of an
# infobox with no mark); None where the line opens with no label.
LABEL_LINES = [
    ("Deaths: 35 (official toll)", ("deaths", "35 (official toll)", False, False)),
    ("• Killed – 149", ("killed", "149", True, False)),
    ("**Missing:** about 60", ("missing", "about 60", False, False)),
    ("- Wounded (2019 count): 12", ("wounded (2019 count)", "12", True, False)),
    ("of whom children: 553", ("of whom children", "553", False, False)),
    ("Deaths 112", ("deaths", "112", False, True)),
    ("Civilians killed   40 – 55", ("civilians killed", "40 – 55", False, True)),
    ("Q. Were you there?", ("q", "Were you there?", False, False)),
    ("A: Maybe thirty.", ("a", "Maybe thirty.", False, False)),
    ("the attack killed 112", None),  # a sentence broken at its number: no capital, no row
    ("On 12 March: the first arrests", None),  # a digit in the words
    ("The army said that the number of people who were killed was: 40", None),  # too long for a label
    ("Deaths 112 in the first week", None),  # a number that does not end the line
    ("1994 – 800,000 killed", None),
]


@pytest.mark.parametrize("line, expected", LABEL_LINES)
def test_label_lines(line, expected):
    doc = Doc(line + "\nnext line")
    label = label_of(doc, 0)
    got = None if label is None else (label.words(doc), doc.text[label.value : doc.text.index("\n")], label.bulleted,
                                      label.row)
    assert got == expected


@pytest.mark.parametrize("opening, rule", [
    ("site | dead", "en.figures.table_cell"),
    ("Village\tKilled", "en.figures.table_cell"),
    ("Table 2. Casualties", "en.figures.table_cell"),
    ("Attack on the depot", "en.figures.label_value"),
    ("How many people died in the fire?", "en.figures.answer"),
])
def test_each_layout_names_its_rule(opening, rule):
    text = next(text for text, _ in LAID_OUT if text.startswith(opening))
    assert {f.rule for f in find_figures(Doc(text))} == {rule}
