"""Places in forms published English uses that earlier rows did not cover (issue 3): a street named after a town,
a Soviet republic, a corridor, bridge or pass named after a place, a place's name in another language labelled in
brackets, a list whose items carry other names in brackets, a dateline with its name in the local script; beside
them what only looks like a place: an author cited with year and page, a currency's country code, an annex.
Sentences written for these tests, read by the whole pipeline.
"""

from __future__ import annotations

import pytest

from testimonia.extract.pipeline import extract


def names(text: str) -> list[str]:
    return [p.name for p in extract(text).places]


FOUND = [
    # a street or square bearing a known place's name is the street
    ("A wreath was laid on Nizami Street in Ganja.", ["Nizami Street", "Ganja"]),
    ("Crowds gathered on Sarajevo Street in Mostar.", ["Sarajevo Street", "Mostar"]),
    # Soviet republics, by a country's name or a people's adjective
    ("Several hundred were deported to the Georgian SSR and the Ukrainian SSR.", ["Georgian SSR", "Ukrainian SSR"]),
    ("Police of the Azerbaijan SSR manned the checkpoints.", ["Azerbaijan SSR"]),
    ("The Kazakh SSR took in the deportees.", ["Kazakh SSR"]),
    # a corridor, bridge, pass or tunnel in lower case after the name: the feature is the place
    ("Convoys used the Lachin corridor until December.", ["Lachin corridor"]),
    ("Trucks queued at the Kornidzor bridge for days.", ["Kornidzor bridge"]),
    ("Shepherds crossed the Salang pass on foot.", ["Salang pass"]),
    ("The column moved through the Roki tunnel into Georgia.", ["Roki tunnel", "Georgia"]),
    # a name a language's label introduces in brackets after a place
    ("Shusha (Azerbaijani: Şuşa; Armenian: Shushi) sits on a plateau.", ["Shusha", "Şuşa", "Shushi"]),
    ("Refugees poured out of Vukovar (Hungarian: Valkóvár) in November.", ["Vukovar", "Valkóvár"]),
    ("The village of Agdere (in Azerbaijani, Ağdərə) was taken.", ["Agdere", "Ağdərə"]),
    # list items with other names in brackets: the list goes on past them
    ("Aid reached Kharkiv (Kharkov), Izium (Izyum), Balakliia and Kupiansk.",
     ["Kharkiv", "Kharkov", "Izium", "Izyum", "Balakliia", "Kupiansk"]),
    ("Fighting spread to the villages of the Zangilan sub-district.", ["Zangilan"]),
    ("Monitors reached the Drevnik sub-district by noon.", ["Drevnik"]),
    # a dateline in capitals with its name in the local script
    ("MARIUPOL (МАРІУПОЛЬ), Ukraine, March 16 - The theatre was hit.", ["MARIUPOL", "МАРІУПОЛЬ", "Ukraine"]),
    ("In Mariupol (Маріуполь) the theatre was hit.", ["Mariupol", "Маріуполь"]),
    # places joined by hyphens before a route's noun, each known to the gazetteer
    ("Troops cut the Goris-Stepanakert road.", ["Goris", "Stepanakert"]),
    ("The Baku-Tbilisi-Ceyhan pipeline runs nearby.", ["Baku", "Tbilisi", "Ceyhan"]),
    ("The Sarajevo-Mostar highway was closed.", ["Sarajevo", "Mostar"]),
    ("Shells fell near the Guinea-Bissau border.", ["Guinea-Bissau"]),  # one name, not split
    ("The Nagorno-Karabakh front was quiet.", ["Nagorno-Karabakh"]),
    # a people "of" a place
    ("The Tutsi of Bisesero held the hills for weeks.", ["Bisesero"]),
    ("Survivors said the Jews of Zabłotów were shot in the forest.", ["Zabłotów"]),
    # a sentence's first word, then a cue inside the capitalised run; an article opening the sentence
    ("Fighting in Tawila camp began at dawn.", ["Tawila"]),
    ("The Kalma camp was shelled.", ["Kalma"]),
    ("Killings in Mukarange parish began on 12 April.", ["Mukarange"]),
    # what the new rules leave as it was
    ("Families returned to Goris in 2023.", ["Goris"]),
    ("Srebrenica 1995: the massacre and its aftermath", ["Srebrenica"]),
    ("The US said talks would resume.", ["US"]),
]

NOT_FOUND = [
    ("See Cornell 2001, p. 97, and de Waal 2003: 212.", ["Cornell", "Waal"]),
    ("The grant was about US$ 260 a month.", ["US"]),
    ("Table of villages, Annex 3.", ["Annex"]),
    ("The OMON (Russian: Otryad Militsii) took part in the raid in Baku (Reuters).", ["Otryad Militsii", "Reuters"]),
    ("Moscow (Reuters) - The ministry spoke.", ["Reuters"]),
    ("Armenian forces shelled Azerbaijani positions near the Armenian border.", ["Armenian", "Azerbaijani"]),
    ("The Serb-held road was closed.", ["Serb-held", "Serb"]),
    ("The Azerbaijani-Armenian border was tense.", ["Azerbaijani", "Armenian"]),
    ("The Armenian Assembly of America said.", ["America"]),
    ("The Azerbaijani Ministry of Foreign Affairs said.", ["Foreign Affairs"]),
]


@pytest.mark.parametrize(("text", "expected"), FOUND)
def test_places_published_forms(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "words"), NOT_FOUND)
def test_names_that_only_look_like_places(text, words):
    assert set(names(text)).isdisjoint(words)
