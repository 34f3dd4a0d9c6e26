"""Legal instruments and characterizations: rows of a text and what it cites or labels.

Instruments are (evidence, name, kind); a name is the text's own form.
Characterizations are (evidence, label, event name). Rows with an empty list
must not match.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from testimonia.extract.doc import Doc
from testimonia.extract.legal import (
    canonical_name,
    characterized_name,
    find_characterizations,
    find_legal_instruments,
)

from tests.conftest import SEED, SEED_GOLD, needs_seed


def instruments(text: str) -> list[tuple[str, str, str]]:
    doc = Doc(text)
    found = find_legal_instruments(doc)
    for f in found:
        assert f.rule.startswith("en.legal.")
    return [(doc.text[f.span.start : f.span.end], f.name, f.kind) for f in found]


def labels(text: str) -> list[tuple[str, str, str | None]]:
    doc = Doc(text)
    found = find_characterizations(doc)
    for c in found:
        assert c.rule.startswith("en.characterizations.") and c.event is None
    return [(doc.text[c.span.start : c.span.end], c.label, characterized_name(doc, c)) for c in found]


GENOCIDE = "Convention on the Prevention and Punishment of the Crime of Genocide"
TORTURE = "Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment"

INSTRUMENTS = [
    # resolution numbers with a part letter or a special session's prefix
    ("The Assembly adopted resolution 46/242 B, which condemned the shelling.",
     [("resolution 46/242 B", "resolution 46/242 B", "resolution")]),
    ("Recalling Human Rights Council resolution S-17/1 of 23 August 2011,",
     [("Human Rights Council resolution S-17/1", "Human Rights Council resolution S-17/1", "resolution")]),
    ("It cited resolution ES-10/1 on Jerusalem.",
     [("resolution ES-10/1", "resolution ES-10/1", "resolution")]),
    ("It adopted resolution 819 A week later the town fell.",
     [("resolution 819", "resolution 819", "resolution")]),
    (f"Armenia violated the {GENOCIDE}.", [(GENOCIDE, GENOCIDE, "convention")]),
    ("the Convention for the Prevention and Punishment of the Crime of Genocide, and",
     [("Convention for the Prevention and Punishment of the Crime of Genocide",
       "Convention for the Prevention and Punishment of the Crime of Genocide", "convention")]),
    ("The case was brought under the Genocide Convention.",
     [("Genocide Convention", "Genocide Convention", "convention")]),
    (f"including the {TORTURE}, and others", [(TORTURE, TORTURE, "convention")]),
    ("contrary to international humanitarian law, human rights law, and international conventions",
     [("international humanitarian law", "international humanitarian law", "body_of_law"),
      ("human rights law", "human rights law", "body_of_law")]),
    ("This violates International Human Rights Law.",
     [("International Human Rights Law", "International Human Rights Law", "body_of_law")]),
    ("serious breaches of international humanitarian and human rights law",
     [("international humanitarian", "international humanitarian law", "body_of_law"),
      ("human rights law", "human rights law", "body_of_law")]),
    ("grave breaches of the Geneva Conventions and the Rome Statute",
     [("Geneva Conventions", "Geneva Conventions", "convention"), ("Rome Statute", "Rome Statute", "statute")]),
    ("the Universal Declaration of Human Rights was adopted in 1948",
     [("Universal Declaration of Human Rights", "Universal Declaration of Human Rights", "declaration")]),
    ("The UN Security Council resolution 822 demanded withdrawal.",
     [("UN Security Council resolution 822", "UN Security Council resolution 822", "resolution")]),
    # a list of resolutions is one name as the text cites it (set J, 1002)
    ("Security Council resolutions 853, 874 and 884 followed.",
     [("Security Council resolutions 853, 874 and 884", "Security Council resolutions 853, 874 and 884", "resolution")]),
    ("Resolution 1820 (2008) recognised sexual violence as a tactic of war.",
     [("Resolution 1820 (2008)", "Resolution 1820 (2008)", "resolution")]),
    ("The Convention on Cluster Munitions entered into force.",
     [("Convention on Cluster Munitions", "Convention on Cluster Munitions", "convention")]),
    ("Under the Law on Mass Media, journalists must register.",
     [("Law on Mass Media", "Law on Mass Media", "law")]),
    ("Congress passed the Uyghur Forced Labor Prevention Act in 2021.",
     [("Uyghur Forced Labor Prevention Act", "Uyghur Forced Labor Prevention Act", "act")]),
    ("the Civil Rights Act of 1964", [("Civil Rights Act of 1964", "Civil Rights Act of 1964", "act")]),
    # issue #3: resolutions named by their chamber
    ("having regard to House Resolution 296, passed in 2019,",
     [("House Resolution 296", "House Resolution 296", "resolution")]),
    ("and to Senate Resolution 150, agreed to by the Senate",
     [("Senate Resolution 150", "Senate Resolution 150", "resolution")]),
    # ... or by issuer, date and subject
    ("having regard to the European Parliament resolution of 15 April 2015 on the centenary of the genocide,",
     [("European Parliament resolution of 15 April 2015 on the centenary of the genocide",
       "European Parliament resolution of 15 April 2015 on the centenary of the genocide", "resolution")]),
    ("the European Parliament resolution of 12 March 2019 on the situation in Myanmar.",
     [("European Parliament resolution of 12 March 2019 on the situation in Myanmar",
       "European Parliament resolution of 12 March 2019 on the situation in Myanmar", "resolution")]),
    # constitutions, laws and pacts named by a head
    ("protected by section 17 of the Constitution of South Africa.",
     [("Constitution of South Africa", "Constitution of South Africa", "constitution")]),
    ("Article 2 of the Constitution of Kenya guarantees it.",
     [("Constitution of Kenya", "Constitution of Kenya", "constitution")]),
    ("the Yazidi Survivors Law passed by Iraq's parliament", [("Yazidi Survivors Law", "Yazidi Survivors Law", "law")]),
    ("under the secret protocol of the Molotov–Ribbentrop Pact of 23 August 1939",
     [("Molotov–Ribbentrop Pact", "Molotov–Ribbentrop Pact", "pact")]),
    ("The Warsaw Pact was dissolved in 1991.", [("Warsaw Pact", "Warsaw Pact", "pact")]),
    # quoted titles of laws
    ("in the law “On the Holodomor of 1932–1933 in Ukraine” of 28 November 2006",
     [("On the Holodomor of 1932–1933 in Ukraine", "On the Holodomor of 1932–1933 in Ukraine", "title")]),
    ('the decree of 7 August 1932, known as the "law of five ears of grain", made gleaning a crime',
     [("law of five ears of grain", "law of five ears of grain", "title")]),
    ('Parliament adopted the law "On the Status of Victims of Political Repression" in 1991.',
     [("On the Status of Victims of Political Repression", "On the Status of Victims of Political Repression",
       "title")]),
    # an instrument to another, and a known name going on with its number, year and title
    ("under Article 90 of Additional Protocol I to the Geneva Conventions. Seventy-six states",
     [("Additional Protocol I to the Geneva Conventions", "Additional Protocol I to the Geneva Conventions",
       "convention")]),
    ("Hague Convention IV of 1907 respecting the Laws and Customs of War on Land.",
     [("Hague Convention IV of 1907 respecting the Laws and Customs of War on Land",
       "Hague Convention IV of 1907 respecting the Laws and Customs of War on Land", "convention")]),
    # the year a known name is cited with is no part of it; a cited article is cut off
    ("grave breaches of the Geneva Conventions of 1949. Working from",
     [("Geneva Conventions", "Geneva Conventions", "convention")]),
    ("Instruments: Charter of the International Military Tribunal for the Far East, Article 5; and",
     [("Charter of the International Military Tribunal for the Far East",
       "Charter of the International Military Tribunal for the Far East", "charter")]),
    # British acts with their year; a bracketed word and "of" inside the title
    ("set up under the Tribunals of Inquiry (Evidence) Act 1921. Saville heard",
     [("Tribunals of Inquiry (Evidence) Act 1921", "Tribunals of Inquiry (Evidence) Act 1921", "act")]),
    ("under the Prevention of Terrorism Act, police could hold",
     [("Prevention of Terrorism Act", "Prevention of Terrorism Act", "act")]),
    # numbered decrees take the words before them
    ("extended martial law under Martial Law Decree No. 10, closed the universities",
     [("Martial Law Decree No. 10", "Martial Law Decree No. 10", "decree")]),
    # a head-last title going on with "on": a number between capitalised words, but no date
    ("the National Assembly passed the Special Act on the May 18 Democratization Movement, and on 26 August",
     [("Special Act on the May 18 Democratization Movement", "Special Act on the May 18 Democratization Movement",
       "act")]),
    ("having regard to the Convention on the Non-Applicability of Statutory Limitations of 26 November 1968,",
     [("Convention on the Non-Applicability of Statutory Limitations",
       "Convention on the Non-Applicability of Statutory Limitations", "convention")]),
    ("set up under the Oslo Agreement of 23 June 1994, presented its report",
     [("Oslo Agreement", "Oslo Agreement", "agreement")]),
    # a dated resolution of an issuer named just before
    ("The European Parliament, in its resolution of 7 July 1988 on the situation in Soviet Armenia, condemned",
     [("resolution of 7 July 1988 on the situation in Soviet Armenia",
       "resolution of 7 July 1988 on the situation in Soviet Armenia", "resolution")]),
    # a resolution named with its issuer, then without: one instrument
    ("Recalling Human Rights Council resolution S-19/1 of 1 June 2012, the Council adopted resolution S-19/1 by 41 votes",
     [("Human Rights Council resolution S-19/1", "Human Rights Council resolution S-19/1", "resolution")]),
    ("survivors filed a complaint in Belgium under its universal jurisdiction law; the case",
     [("universal jurisdiction law", "universal jurisdiction law", "body_of_law")]),
    # the country's own constitution, capitalised mid-sentence by its head alone
    ("Nelson Mandela chose Sharpeville to sign the new Constitution into law",
     [("Constitution", "Constitution", "constitution")]),
]

NOT_INSTRUMENTS = [
    "in accordance with the demands of the aforementioned UN Security Council resolutions.",
    "On August 8, 2025, a Joint Declaration was signed between Azerbaijan and Armenia.",
    "Initialing of a peace agreement between Azerbaijan and Armenia creates opportunities.",
    "The Final Act was read aloud.",
    "the law was passed by parliament and lawyers objected",
    "He studied law in Baku.",
    "The resolution was adopted by 120 votes.",
    # issue #3: fields of law and quoted words that are no titles
    "He imposed Martial Law in 1981.",
    "It is settled Case Law.",
    'Her memoir, known as "the diary of a survivor", was read aloud.',
    "The Senate resolution was passed by 60 votes.",
    "The House voted on 29 October 2019 on the resolution.",
    "the constitution was amended",
    # a bare head opening a sentence, or before another capitalised word, is no such name
    "Constitution Day is a holiday.", "the Constitution Hill prison",
    # a bare agreement names nothing, nor does a lower-case decree with a number
    "They signed a Peace Agreement in 1996.",
    "the decree no. 5 of the council",
]


@pytest.mark.parametrize("text,expected", INSTRUMENTS)
def test_instruments(text, expected):
    assert instruments(text) == expected


@pytest.mark.parametrize("text", NOT_INSTRUMENTS)
def test_not_instruments(text):
    assert instruments(text) == []


def test_canonical_names():
    assert canonical_name("Genocide Convention") == GENOCIDE
    assert canonical_name("Convention for the Prevention and Punishment of the Crime of Genocide") == GENOCIDE
    assert canonical_name("International Humanitarian Law") == "international humanitarian law"
    assert canonical_name("Treaty of Kars") is None


LABELS = [
    ("On the 34th anniversary of the Khojaly genocide, we remember.", [("Khojaly genocide", "genocide", "Khojaly")]),
    ("Pakistan was one of the first to recognize the Kohajaly Genocide.",
     [("Kohajaly Genocide", "genocide", "Kohajaly")]),
    ("the Srebrenica massacre and the war crimes that followed",
     [("Srebrenica massacre", "massacre", "Srebrenica"), ("war crimes", "war crimes", None)]),
    ("one of the most horrific crimes against humanity of the past century",
     [("crimes against humanity", "crimes against humanity", None)]),
    ("the massacre in Khojaly was planned", [("massacre in Khojaly", "massacre", "Khojaly")]),
    ("a campaign of ethnic cleansing against the Rohingya", [("ethnic cleansing", "ethnic cleansing", None)]),
    ("The Sumgait pogrom of 1988", [("Sumgait pogrom", "pogrom", "Sumgait")]),
    ("This massacre was, at its core, a planned genocide.",
     [("massacre", "massacre", None), ("genocide", "genocide", None)]),
    ("victims of the tragedy", [("tragedy", "tragedy", None)]),
]

NOT_LABELS = [
    f"Azerbaijan is party to the {GENOCIDE}.",
    "Genocide Watch issued an alert.",
    "The genocidal intent was not proven.",
]


@pytest.mark.parametrize("text,expected", LABELS)
def test_characterizations(text, expected):
    assert labels(text) == expected


@pytest.mark.parametrize("text", NOT_LABELS)
def test_not_characterizations(text):
    assert labels(text) == []


@needs_seed
def test_seed_instruments_match_the_gold():
    gold = json.loads(SEED_GOLD.read_text(encoding="utf-8"))
    doc = Doc(SEED.read_text(encoding="utf-8"))
    names = sorted(f.name.lower() for f in find_legal_instruments(doc))
    assert names == sorted(g["name"].lower() for g in gold["legal_instruments"])
