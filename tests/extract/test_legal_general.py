"""Legal instruments as news, NGO reports, court digests and resolutions cite them.

Rows of (text, [(evidence, name, kind)]); a name is the text's own form, less
what the goldsets leave out of it: a year written before it, a year after any
head but "Act", the article cited of it. Rows with an empty list must not match.
"""

from __future__ import annotations

import pytest

from tests.extract.test_legal import instruments

ROWS = [
    # a year before a name is no part of it; after a name, only an Act keeps it
    ("Both states joined the 1951 Refugee Convention decades ago.",
     [("Refugee Convention", "Refugee Convention", "convention")]),
    ("The court cited the 1949 Geneva Conventions and the 1907 Hague Regulations.",
     [("Geneva Conventions", "Geneva Conventions", "convention"),
      ("Hague Regulations", "Hague Regulations", "convention")]),
    ("The peace deal, the Good Friday Agreement of 1998, created a new assembly.",
     [("Good Friday Agreement", "Good Friday Agreement", "agreement")]),
    ("Judges said the Amnesty Law of 1993 did not apply to the massacre.",
     [("Amnesty Law", "Amnesty Law", "law")]),
    ("The Treaty of Lausanne of 1923 drew the new borders.", [("Treaty of Lausanne", "Treaty of Lausanne", "treaty")]),
    # "International" opens a title when more words follow it
    ("Three men were tried under the International Crimes (Tribunals) Act 1973 last year.",
     [("International Crimes (Tribunals) Act 1973", "International Crimes (Tribunals) Act 1973", "act")]),
    ("Troops are shielded by the Armed Forces (Special Powers) Act in the valley.",
     [("Armed Forces (Special Powers) Act", "Armed Forces (Special Powers) Act", "act")]),
    ("Sanctions followed under the Global Magnitsky Act.", [("Global Magnitsky Act", "Global Magnitsky Act", "act")]),
    ("The Nuremberg Laws stripped Jews of citizenship.", [("Nuremberg Laws", "Nuremberg Laws", "laws")]),
    ("The Ukrainian Constitution guarantees freedom of assembly.",
     [("Ukrainian Constitution", "Ukrainian Constitution", "constitution")]),
    # numbered instruments: "No." or number/year alone, a bare number only with a title before it
    ("Vigils are regulated by Law No. 23/2008 on commemoration.", [("Law No. 23/2008", "Law No. 23/2008", "law")]),
    ("Street protests were banned by Decree 1/2005 of the interior ministry.",
     [("Decree 1/2005", "Decree 1/2005", "decree")]),
    ("Families were interned under Executive Order 9066 in 1942.",
     [("Executive Order 9066", "Executive Order 9066", "order")]),
    ("The colonel read Decree No. 10 aloud to the crowd.", [("Decree No. 10", "Decree No. 10", "decree")]),
    ("The Rada passed Law No. 2538-IV in the spring.", [("Law No. 2538-IV", "Law No. 2538-IV", "law")]),
    ("Stalin's NKVD Order No. 00447 set quotas for each region.",
     [("NKVD Order No. 00447", "NKVD Order No. 00447", "order")]),
    ("Under the Press Law 40 journalists were jailed.", [("Press Law", "Press Law", "law")]),
    ("Marcos signed Presidential Decree 1081 that night.",
     [("Presidential Decree 1081", "Presidential Decree 1081", "decree")]),
    # resolutions: a list as cited, abbreviations, symbols, sessions, the UN as issuer
    ("The Council adopted resolutions 1264 and 1272 within a month.",
     [("resolutions 1264 and 1272", "resolutions 1264 and 1272", "resolution")]),
    ("Israel rejected UNSC Res. 2334 the same day.", [("UNSC Res. 2334", "UNSC Res. 2334", "resolution")]),
    ("UNSCR 1325 calls for women's participation in peace talks.", [("UNSCR 1325", "UNSCR 1325", "resolution")]),
    ("The Council adopted S/RES/2286 (2016) on attacks on hospitals.",
     [("S/RES/2286 (2016)", "S/RES/2286 (2016)", "resolution")]),
    ("The General Assembly affirmed the principles in resolution 96 (I) of 11 December 1946.",
     [("resolution 96 (I)", "resolution 96 (I)", "resolution")]),
    ("Israel rejected UN resolution 242 as a basis for talks.",
     [("UN resolution 242", "UN resolution 242", "resolution")]),
    ("The European Parliament resolution of 15 January 2009 on the situation in the Gaza Strip called for a ceasefire.",
     [("European Parliament resolution of 15 January 2009 on the situation in the Gaza Strip",
       "European Parliament resolution of 15 January 2009 on the situation in the Gaza Strip", "resolution")]),
    # a part of an instrument is no name of its own when the instrument is named
    ("Detainees were denied the protection of Common Article 3 of the Geneva Conventions.",
     [("Geneva Conventions", "Geneva Conventions", "convention")]),
    ("The Geneva Conventions bind every party, and their common Article 3 applies to civil wars.",
     [("Geneva Conventions", "Geneva Conventions", "convention")]),
    ("Guards ignored Common Article 3 entirely.", [("Common Article 3", "Common Article 3", "convention")]),
    ("The Genocide Convention's Article II lists five acts.",
     [("Genocide Convention", "Genocide Convention", "convention")]),
    # titles of acts past their issuer and date, and lower-case titles a date makes one act
    ('The Duma adopted a statement of 26 November 2010 "On the Katyn tragedy and its victims".',
     [("On the Katyn tragedy and its victims", "On the Katyn tragedy and its victims", "title")]),
    ("The decree on the nationalisation of land of 8 November 1917 abolished private estates.",
     [("decree on the nationalisation of land", "decree on the nationalisation of land", "title")]),
    # known names: a title going on, the head in lower case, the UN before them
    ("The Geneva Convention Relative to the Treatment of Prisoners of War was ignored.",
     [("Geneva Convention Relative to the Treatment of Prisoners of War",
       "Geneva Convention Relative to the Treatment of Prisoners of War", "convention")]),
    ("Britain said the strikes were lawful under the Geneva conventions.",
     [("Geneva conventions", "Geneva conventions", "convention")]),
    ("Under the Minsk agreements, heavy guns were to be pulled back.",
     [("Minsk agreements", "Minsk agreements", "agreement")]),
    ("Asylum seekers are protected by the UN Refugee Convention.",
     [("UN Refugee Convention", "UN Refugee Convention", "convention")]),
    ("The Pre-Trial Chamber applied the Elements of Crimes to the charge.",
     [("Elements of Crimes", "Elements of Crimes", "statute")]),
    ("Police ignored the Code of Conduct for Law Enforcement Officials.",
     [("Code of Conduct for Law Enforcement Officials", "Code of Conduct for Law Enforcement Officials", "code")]),
]

NOT_ROWS = [
    "In Act 2 of the play the village burns.",
    "The report covers Law 101 students at the university.",
    'In his statement he said "On the first night we hid in the cellar".',
    'She told the inquiry: "On the morning of the raid I was at home."',
    "The law on foreign agents was adopted in 2012.",
    "The International Law Commission drafted the articles.",
    "The Humanitarian Law Center in Belgrade published the names.",
    "She worked for the Human Rights Law Centre in Melbourne.",
    "A Code of Conduct for journalists was adopted by the union.",
    "Visitors came for Constitution Day and the Convention on Monday.",
    "They signed a Peace Agreement in the capital.",
    "A Final Peace Agreement was never reached.",
    "The Law Society of Kenya condemned the arrests.",
    "Mediators pressed for a resolution of the conflict before winter.",
    "Officials said the city was ruled by the law of the jungle.",
    "Delegates met at the Convention Centre on Friday.",
    "Human Rights Watch counted 40 dead.",
    "She teaches at the Law Faculty in Sarajevo.",
    "The clinic treated 40 people in Ward No. 3.",
    "The Court Order 3 days later froze the assets.",
    "The Emergency Decree 12 days later was lifted.",
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_general_instruments(text, expected):
    assert instruments(text) == expected


@pytest.mark.parametrize("text", NOT_ROWS)
def test_general_not_instruments(text):
    assert instruments(text) == []
