"""Figures: what harm, who, how many, how exactly, part of what — and what is not a figure.

Each row is (text, expected figures in text order). A figure is written as
(evidence, measure, group, value, low, high, qualifier, evidence of the total it is part of).
"""

from __future__ import annotations

import pytest

from testimonia.extract.doc import Doc
from testimonia.extract.figures import find_figures

SEED_1 = ("the victims of this horrible crime, which took the lives of 613 people, including 106 women, "
          "70 elderly people, and 63 children in a single night.")
SEED_2 = ("During the Khojaly genocide, 8 families were completely wiped out, 130 children lost one of their "
          "parents, and 25 children lost both of their parents, 1275 people, including 68 women and 26 children, "
          "were taken hostage.")
TOTAL_613 = "took the lives of 613 people"
TOTAL_1275 = "1275 people, including 68 women and 26 children, were taken hostage"

FIGURES = [
    # the seed's statements
    (SEED_1, [
        (TOTAL_613, "killed", "all", 613, None, None, "exact", None),
        ("106 women", "killed", "women", 106, None, None, "exact", TOTAL_613),
        ("70 elderly people", "killed", "elderly", 70, None, None, "exact", TOTAL_613),
        ("63 children", "killed", "children", 63, None, None, "exact", TOTAL_613),
    ]),
    (SEED_2, [
        ("8 families were completely wiped out", "families_wiped_out", "families", 8, None, None, "exact", None),
        ("130 children lost one of their parents", "orphaned_one_parent", "children", 130, None, None, "exact", None),
        ("25 children lost both of their parents", "orphaned_both_parents", "children", 25, None, None, "exact",
         None),
        (TOTAL_1275, "taken_hostage", "all", 1275, None, None, "exact", None),
        ("68 women", "taken_hostage", "women", 68, None, None, "exact", TOTAL_1275),
        ("26 children", "taken_hostage", "children", 26, None, None, "exact", TOTAL_1275),
    ]),
    ("and thousands of people have returned to their native lands.", [
        ("thousands of people have returned", "returned", "all", None, 2000, None, "vague", None)]),
    # a verb after the counted noun
    ("At least 161 civilians were killed in the attack.", [
        ("At least 161 civilians were killed", "killed", "civilians", 161, None, None, "at_least", None)]),
    ("613 people were killed, including 106 women and 63 children.", [
        ("613 people were killed", "killed", "all", 613, None, None, "exact", None),
        ("106 women", "killed", "women", 106, None, None, "exact", "613 people were killed"),
        ("63 children", "killed", "children", 63, None, None, "exact", "613 people were killed"),
    ]),
    ("At least 40 people, most of them women and children, were killed.", [
        ("At least 40 people, most of them women and children, were killed", "killed", "all", 40, None, None,
         "at_least", None)]),
    ("Some 8,000 Bosnian Muslims were killed in July 1995.", [
        ("Some 8,000 Bosnian Muslims were killed", "killed", "Bosnian Muslims", 8000, None, None, "approx", None)]),
    ("An estimated 100,000 people remain missing.", [
        ("An estimated 100,000 people remain missing", "missing", "all", 100_000, None, None, "approx", None)]),
    ("Up to 500 people may have been killed.", [
        ("Up to 500 people may have been killed", "killed", "all", 500, None, None, "at_most", None)]),
    ("Over 20,000 women were raped during the war.", [
        ("Over 20,000 women were raped", "sexual_violence", "women", 20_000, None, None, "at_least", None)]),
    ("Thirty-four mineworkers were killed and 78 were wounded.", [
        ("Thirty-four mineworkers were killed", "killed", "mineworkers", 34, None, None, "exact", None),
        ("78 were wounded", "wounded", "mineworkers", 78, None, None, "exact", None),
    ]),
    ("130 children lost one parent and twenty-five lost both.", [
        ("130 children lost one parent", "orphaned_one_parent", "children", 130, None, None, "exact", None),
        ("twenty-five lost both", "orphaned_both_parents", "children", 25, None, None, "exact", None),
    ]),
    ("More than 800,000 Tutsi and moderate Hutu were killed.", [
        ("More than 800,000 Tutsi and moderate Hutu were killed", "killed", "Tutsi and moderate Hutu", 800_000,
         None, None, "at_least", None)]),
    # a trigger before the number
    ("Armenian forces killed at least 161 civilians.", [
        ("killed at least 161 civilians", "killed", "civilians", 161, None, None, "at_least", None)]),
    ("the killing of more than 8,000 Bosnian Muslim men and boys", [
        ("killing of more than 8,000 Bosnian Muslim men and boys", "killed", "men and boys", 8000, None, None,
         "at_least", None)]),
    ("The war caused the deaths of 8,000 in a few days.", [
        ("the deaths of 8,000", "killed", "all", 8000, None, None, "exact", None)]),
    ("The commission has identified 6,900 victims.", [
        ("identified 6,900 victims", "identified", "all", 6900, None, None, "exact", None)]),
    ("The conflict displaced 1 million.", [
        ("displaced 1 million", "displaced", "all", 1_000_000, None, None, "exact", None)]),
    ("The shelling killed 3 and injured 12.", [
        ("killed 3", "killed", "all", 3, None, None, "exact", None),
        ("injured 12", "wounded", "all", 12, None, None, "exact", None),
    ]),
    ("Israeli strikes killed 30 Palestinians, including 12 children, on Tuesday.", [
        ("killed 30 Palestinians", "killed", "Palestinians", 30, None, None, "exact", None),
        ("12 children", "killed", "children", 12, None, None, "exact", "killed 30 Palestinians"),
    ]),
    ("They killed 8 people, 5 of them children.", [
        ("killed 8 people", "killed", "all", 8, None, None, "exact", None),
        ("5 of them children", "killed", "children", 5, None, None, "exact", "killed 8 people"),
    ]),
    # tolls
    ("Officials reported a death toll of 5,000.", [
        ("death toll of 5,000", "killed", "all", 5000, None, None, "exact", None)]),
    ("The death toll rose to 300 on Monday.", [
        ("death toll rose to 300", "killed", "all", 300, None, None, "exact", None)]),
    ("The government puts the dead at 613 people, among them 106 women.", [
        ("dead at 613 people", "killed", "all", 613, None, None, "exact", None),
        ("106 women", "killed", "women", 106, None, None, "exact", "dead at 613 people"),
    ]),
    ("They put the number of Armenians killed at 1.5 million.", [
        ("killed at 1.5 million", "killed", "Armenians", 1_500_000, None, None, "exact", None)]),
    # a noun that is the harm
    ("The massacre claimed 613 lives.", [("613 lives", "killed", "all", 613, None, None, "exact", None)]),
    ("It documented 73 killings of civilians: 54 of them men, 16 women.", [
        ("73 killings of civilians", "killed", "civilians", 73, None, None, "exact", None),
        ("54 of them men", "killed", "men", 54, None, None, "exact", "73 killings of civilians"),
        ("16 women", "killed", "women", 16, None, None, "exact", "73 killings of civilians"),
    ]),
    ("figures as low as about 300,000 Armenian deaths", [
        ("about 300,000 Armenian deaths", "killed", "Armenians", 300_000, None, None, "approx", None)]),
    ("Forensic doctors examined 181 corpses (130 male and 51 female, including 13 children).", [
        ("181 corpses", "killed", "all", 181, None, None, "exact", None),
        ("130 male", "killed", "men", 130, None, None, "exact", "181 corpses"),
        ("51 female", "killed", "women", 51, None, None, "exact", "181 corpses"),
        ("13 children", "killed", "children", 13, None, None, "exact", "181 corpses"),
    ]),
    ("United Nations bodies have usually referred to some 800,000 victims.", [
        ("some 800,000 victims", "killed", "all", 800_000, None, None, "approx", None)]),
    ("The 613 victims of the Khojaly genocide are remembered.", [
        ("613 victims of the Khojaly genocide", "killed", "all", 613, None, None, "exact", None)]),
    ("Nine of the dead were children.", [
        ("Nine of the dead were children", "killed", "children", 9, None, None, "exact", None)]),
    ("12,500 casualties, among them more than 5,500 dead", [
        ("12,500 casualties", "other", "all", 12_500, None, None, "exact", None),
        ("more than 5,500 dead", "killed", "all", 5500, None, None, "at_least", "12,500 casualties"),
    ]),
    # ranges
    ("Between 7,000 and 10,000 people were injured.", [
        ("Between 7,000 and 10,000 people were injured", "wounded", "all", None, 7000, 10_000, "range", None)]),
    ("7,000 to 10,000 were injured during the shelling.", [
        ("7,000 to 10,000 were injured", "wounded", "all", None, 7000, 10_000, "range", None)]),
    ("between 161 and about 200 deaths", [
        ("between 161 and about 200 deaths", "killed", "all", None, 161, 200, "range", None)]),
    ("estimates have ranged between 2.6 and 5.0 million deaths", [
        ("between 2.6 and 5.0 million deaths", "killed", "all", None, 2_600_000, 5_000_000, "range", None)]),
    ("Two or three people were wounded.", [
        ("Two or three people were wounded", "wounded", "all", None, 2, 3, "range", None)]),
    ("at least 50,000 and possibly as many as 100,000 people had been killed", [
        ("at least 50,000 and possibly as many as 100,000 people had been killed", "killed", "all", None,
         50_000, 100_000, "range", None)]),
    # vague amounts
    ("Dozens were killed and hundreds wounded.", [
        ("Dozens were killed", "killed", "all", None, 24, None, "vague", None),
        ("hundreds wounded", "wounded", "all", None, 200, None, "vague", None),
    ]),
    ("Tens of thousands of people fled their homes.", [
        ("Tens of thousands of people fled their homes", "displaced", "all", None, 20_000, None, "vague", None)]),
    ("the death of thousands of disarmed and defenceless men and boys", [
        ("death of thousands of disarmed and defenceless men and boys", "killed", "men and boys", None, 2000, None,
         "vague", None)]),
    # words for numbers
    ("Six hundred and thirteen people were killed.", [
        ("Six hundred and thirteen people were killed", "killed", "all", 613, None, None, "exact", None)]),
    ("at least half a million people were killed", [
        ("at least half a million people were killed", "killed", "all", 500_000, None, None, "at_least", None)]),
    ("A dozen people were shot dead.", [
        ("A dozen people were shot dead", "killed", "all", 12, None, None, "exact", None)]),
    # a people with a lower-case adjective; a relative clause before the verb; an aside with a number
    ("at least 32 ethnic Armenians were killed in the riots", [
        ("at least 32 ethnic Armenians were killed", "killed", "Armenians", 32, None, None, "at_least", None)]),
    ("more than 8,000 men and boys who had sought safety under the protection of the UN were summarily executed", [
        ("more than 8,000 men and boys who had sought safety under the protection of the UN were summarily executed",
         "killed", "men and boys", 8000, None, None, "at_least", None)]),
    ("The UN said 1.9 million people, or about 85 percent of the population, have been displaced.", [
        ("1.9 million people", "displaced", "all", 1_900_000, None, None, "exact", None)]),
    ("The government allocated $20 million for 5,000 displaced families.", [
        ("5,000 displaced families", "displaced", "families", 5000, None, None, "exact", None)]),
    ("The famine of 1932-33 killed millions.", [
        ("killed millions", "killed", "all", None, 2_000_000, None, "vague", None)]),
    ("the official count is usually given as 32 dead in total, 26 of them Armenians and 6 Azerbaijanis", [
        ("32 dead", "killed", "all", 32, None, None, "exact", None),
        ("26 of them Armenians", "killed", "Armenians", 26, None, None, "exact", "32 dead"),
        ("6 Azerbaijanis", "killed", "Azerbaijanis", 6, None, None, "exact", "32 dead"),
    ]),
    ("ten people were killed, among them two police officers and two Lonmin security guards.", [
        ("ten people were killed", "killed", "all", 10, None, None, "exact", None),
        ("two police officers", "killed", "officers", 2, None, None, "exact", "ten people were killed"),
        ("two Lonmin security guards", "killed", "security guards", 2, None, None, "exact", "ten people were killed"),
    ]),
    # ages stay with the noun but out of the evidence
    ("at least 6,700 Rohingya, including 730 children under the age of five, were killed", [
        ("at least 6,700 Rohingya, including 730 children under the age of five, were killed", "killed",
         "Rohingya", 6700, None, None, "at_least", None),
        ("730 children", "killed", "children", 730, None, None, "exact",
         "at least 6,700 Rohingya, including 730 children under the age of five, were killed"),
    ]),
]

# Numbers that count no one, or count people with no harm stated: never figures.
NOT_FIGURES = [
    "The 366th Motorized Rifle Regiment took part.",
    "On the 34th anniversary of the Khojaly genocide, we remember the victims.",
    "34 years ago, on the night of 25-26 February, the town was attacked.",
    "During the 44-day Patriotic War, civilian targets were attacked.",
    "The siege lasted three days.",
    "The Security Council adopted resolution 822 in 1993.",
    "Article 2 of the Convention defines genocide.",
    "The measures of 19-20 September 2023 restored sovereignty.",
    "On August 8, 2025, a Joint Declaration was signed.",
    "The Siege of Khojaly since 1991 was brutal.",
    "Thousands of people gathered to commemorate the victims.",
    "More than 5,000 people attended the rally.",
    "They laid 613 roses at the memorial.",
    "The court recorded 1,500 crimes.",
    "The report has 300 pages.",
    "120 million manats were allocated.",
    "Unemployment rose by 15 percent.",
    "The ceremony started at 10:30.",
    "Some 300 houses were destroyed.",
    "No one was killed in the attack.",
    "Two people were not injured.",
    "He was one of 12 children.",
    "The village had 2,000 inhabitants before the war.",
    "He spent 15 years in prison.",
    "Children aged 5 to 12 were killed.",
    "The 1915 genocide was denied for decades.",
    "In 1992 Armenians celebrated.",
    "20 bombs killed the cattle.",
    "Thousands of villages were destroyed.",
    "Pakistan was one of the first countries to recognize the genocide.",
    "Around 200 forensic experts, police officers and rescue workers took part.",
    "Human Rights Watch documented 22 attacks on schools in 2023.",
    "The tribunal sentenced 62 people and acquitted 18.",
    "Some 2,000 troops were deployed to the region.",
    "The city of 300,000 inhabitants was shelled for 44 days.",
    "At least 4,000 homes were destroyed and 12 schools damaged.",
    "The report counted 1,200 incidents of shelling.",
    "They voted 556 in favour, 9 against.",
    "Airstrikes killed the livestock of 30 farms.",
    # "victims" are the dead unless the text speaks of them as the living
    "Amnesty interviewed 120 victims in 14 camps.",
    "The 120 victims who testified were heard.",
    "Compensation was paid to 3,000 victims.",
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


def test_every_figure_carries_its_rule_and_number():
    doc = Doc(SEED_2)
    for f in find_figures(doc):
        assert f.rule.startswith("en.figures.")
        assert f.number_span is not None and f.span.start <= f.number_span.start < f.number_span.end <= f.span.end


def test_figures_are_found_in_curly_quoted_dashed_text():
    doc = Doc("Between 7,000 and 10,000 people were injured \u2014 and 7,000\u201310,000 were displaced.")
    got = [(doc.text[f.span.start : f.span.end], f.measure, f.low, f.high) for f in find_figures(doc)]
    assert got == [("Between 7,000 and 10,000 people were injured", "wounded", 7000, 10_000),
                   ("7,000\u201310,000 were displaced", "displaced", 7000, 10_000)]
