"""Figures as set F's genres state them: scale words of South Asian English, tolls that rise in a wire update,
counts of the missing and the hurt by what was recorded of them, reduced relative clauses, parts named by "of
them" with no verb. Rows as in test_figures, whose pair of tests runs them: (evidence, measure, group, value, low,
high, qualifier, total)."""

from __future__ import annotations

FIGURES = [
    # lakh and crore
    ('the words on our memorials, "30 lakh martyrs".', [
        ("30 lakh martyrs", "killed", "martyrs", 3_000_000, None, None, "exact", None)]),
    ("Women's groups speak of two lakh women raped.", [
        ("two lakh women raped", "sexual_violence", "women", 200_000, None, None, "exact", None)]),
    ("Nearly one crore people fled to India.", [
        ("Nearly one crore people fled", "displaced", "all", 10_000_000, None, None, "approx", None)]),
    # a toll that rises: headline and body verbs in the present and past, a long phrase between toll and verb
    ("UPDATE 2-Kazakh toll rises to 14 after police fire on protest", [
        ("toll rises to 14", "killed", "all", 14, None, None, "exact", None)]),
    ("The death toll from clashes between police and protesters in the western Kazakh oil town of Zhanaozen "
     "rose to 14 on Saturday.", [("rose to 14", "killed", "all", 14, None, None, "exact", None)]),
    ("Diaspora groups give tolls ranging from 40,000 to 100,000.", [
        ("tolls ranging from 40,000 to 100,000", "killed", "all", None, 40_000, 100_000, "range", None)]),
    # the missing by what was recorded of them
    ("It listed 7,432 deaths and a further 2,635 persons recorded as missing.", [
        ("7,432 deaths", "killed", "all", 7432, None, None, "exact", None),
        ("2,635 persons recorded as missing", "missing", "all", 2635, None, None, "exact", None)]),
    ("He said 146,679 people could not be accounted for.", [
        ("146,679 people could not be accounted for", "missing", "all", 146_679, None, None, "exact", None)]),
    # the hurt by the care they sought; "of whom" makes a part of the count before
    ("It said 86 people had sought medical help, of whom more than 60 were still in hospital.", [
        ("86 people had sought medical help", "wounded", "all", 86, None, None, "exact", None),
        ("more than 60 were still in hospital", "wounded", "all", 60, None, None, "at_least",
         "86 people had sought medical help")]),
    # a reduced relative clause between the count and its verb
    ("Some 11,000 people suspected of links to the rebels were detained.", [
        ("Some 11,000 people suspected of links to the rebels were detained", "detained", "all", 11_000, None, None,
         "approx", None)]),
    # "of them" + a group with no verb
    ("Some 11,000 people were detained, several hundred of them children.", [
        ("Some 11,000 people were detained", "detained", "all", 11_000, None, None, "approx", None),
        ("several hundred of them children", "detained", "children", None, 200, None, "vague",
         "Some 11,000 people were detained")]),
    # professions in a list of the killed; a joined group keeps its nationality
    ("Militias killed 991 teachers, 49 physicians, 42 lawyers and 13 journalists.", [
        ("killed 991 teachers", "killed", "teachers", 991, None, None, "exact", None),
        ("49 physicians", "killed", "physicians", 49, None, None, "exact", None),
        ("42 lawyers", "killed", "lawyers", 42, None, None, "exact", None),
        ("13 journalists", "killed", "journalists", 13, None, None, "exact", None)]),
    ("Some 93,000 Pakistani soldiers and civilians were held in India as prisoners.", [
        ("Some 93,000 Pakistani soldiers and civilians were held in", "detained", "Pakistani soldiers and civilians",
         93_000, None, None, "approx", None)]),
]

NOT_FIGURES = [
    # zero counts no one: a denial ("a policy of zero civilian casualties") is no figure
    'The ministry maintained a policy of "zero civilian casualties".',
    "The army reported zero casualties.",
    # "of them" followed by no group, a reduced clause with no harm verb after it
    "Some 300 people wanted for questioning fled to the hills.",
    "Tolls ranging from 40 to 100 rupees were charged on the bridge.",
    "The lakh-strong rally passed off peacefully.",
    "Some 400 people suspected of fraud were questioned.",
]

