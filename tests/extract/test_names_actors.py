"""Organisations and persons that published text names without the usual cues: acronyms used
alone as actors, names holding particles, units and services with plain-noun heads, bodies a
plural noun lists, short names in brackets, EU institutions by their head alone, photographers'
credits, ages and trades before a name, "X and other chiefs". Every row is a sentence written
for this table; the rows after each table must yield none of a kind (or only what they list).
Names compare case-insensitively, as `testimonia eval` compares them.
"""

from __future__ import annotations

import pytest

from testimonia.extract.doc import Doc
from testimonia.extract.names import find_organizations, find_persons


def organization_names(text: str) -> set[str]:
    doc = Doc(text)
    found = find_organizations(doc)
    for a in found:
        assert doc.text[a.span.start : a.span.end].lower() in a.name.lower()
    return {a.name.lower() for a in found}


def person_names(text: str) -> set[str]:
    return {a.name.lower() for a in find_persons(Doc(text))}


ORGANIZATIONS = [
    # an acronym in capitals, never spelled out, used as an actor
    ("ZANLA said on Monday that the village had been cleared.", {"zanla"}),
    ("Fighters loyal to the KDPI's armed wing crossed the border at night.", {"kdpi"}),
    ("The inquiry blamed SS units and local auxiliaries for the burning.", {"ss"}),
    ("An FNLA spokesman denied that prisoners had been shot.", {"fnla"}),
    ("Source | FAPLA estimate | 1976", {"fapla"}),
    ("The ground assault was led by SD officers from Riga.", {"sd"}),
    # letters that are roman numerals only by chance: "CDC" is no number
    ("CDC investigators said the outbreak had spread to the camp.", {"cdc"}),
    # the agency before a photographer's credit
    ("Mourners carry the coffins. (AP Photo/Odran Telvik)", {"ap"}),
    # a name holding particles before its head
    ("Lawyers of the Bartolomé de las Casas Foundation filed the petition.", {"bartolomé de las casas foundation"}),
    ("Staff of the Anton de Kom University of Suriname joined the search.", {"anton de kom university of suriname"}),
    ("The Pieter van der Berg Institute published the list in 2004.", {"pieter van der berg institute"}),
    # units and services: an ordinal and a place, a plain noun before the head, a quoted name
    ("Troopers of the 7th Michigan Cavalry rode into the camp at dawn.", {"7th michigan cavalry"}),
    ("Men of the Frontier Police opened fire on the crowd.", {"frontier police"}),
    ("Officers of the Flying Squad arrested him at the station.", {"flying squad"}),
    ('Survivors of the so-called "Iron Brigade" held the ridge for two days.', {"iron brigade"}),
    ("Two companies of the 2nd Ruritanian Light Infantry were sent north.", {"2nd ruritanian light infantry"}),
    # a plural noun of bodies and the names it lists
    ("Armed groups, among them the Night Hawks and the Iron Wolves, looted the market.",
     {"night hawks", "iron wolves"}),
    ("Local militias such as the Ruga Defenders stopped the convoy.", {"ruga defenders"}),
    # a short name in brackets, the body's own, used alone later
    ("The Centre for Research on Migration (Cerim) counted the missing. Cerim later revised the total.",
     {"centre for research on migration", "cerim"}),
    # a foreign name after "known as", with its English gloss in brackets
    ("A local auxiliary squad known as the Garda rurală (Rural Guard) guarded the pits.",
     {"garda rurală", "rural guard"}),
    # the institutions of the European Union by their head alone, in its documents
    ("The European Parliament calls on the Commission to open the archives and asks the Council to act.",
     {"european parliament", "commission", "council"}),
]

NO_ORGANIZATIONS = [
    # capitals that are no body: times, numerals, codes, currencies, things, shouting lines, places
    "The curfew began at 10 PM and lasted until 6 AM.",
    "Chapter VII of the Charter was invoked; Article XIV was not.",
    "Under Protocol II officials said nothing; MCM officers later did.",
    "KIGALI, April 7 - Officials said the bodies were exhumed.",
    "BREAKING: ARMY SAYS FORTY KILLED IN RAID",
    "US troops withdrew and UK officials said nothing more.",
    "The DNA report confirmed that GPS coordinates matched the grave.",
    "The AK rifles and RPG launchers were seized at the border.",
    "Donations of USD 40,000 and EUR 12,000 were pledged.",
    "The NGO report was never published.",
    # a plural noun of peoples, not of bodies
    "Ethnic groups such as the Hazaras suffered most.",
    "Several parties, including the United States and France, abstained.",
    # a place word before a weak head only says where
    "The Southern Police said the road was closed.",
    # lower case: plain nouns
    "The cavalry charged across the field and the infantry followed.",
    # a body a law is about is no actor
    "The revolt followed the Law on the Administration of Kars Province of 1936.",
    # "the Commission" alone, outside the Union's documents, only shortens an earlier name
    "The Truth Commission reported in 2003. Later the Commission found more graves.",
    # a place in brackets after a body says where it sits
    "Staff of the Helsinki Committee (Helsinki) visited the camp.",
    # a place the soldiers gave a nickname
    "The base was a squad known as Vietnam to the soldiers.",
]


@pytest.mark.parametrize("text,expected", ORGANIZATIONS)
def test_organizations(text: str, expected: set[str]) -> None:
    assert expected <= organization_names(text)


@pytest.mark.parametrize("text", NO_ORGANIZATIONS)
def test_no_new_organizations(text: str) -> None:
    found = organization_names(text)
    allowed = {"truth commission", "helsinki committee"}
    assert found <= allowed, found


PERSONS = [
    # a photographer's credit
    ("Mourners carry the coffins. (AP Photo/Odran Telvik)", {"odran telvik"}),
    ("Photo: Qorvel Wisniak/AFP\nThe march began at noon.", {"qorvel wisniak"}),
    ("Photograph: Tarvo Lindqar for the Daily Courier", {"tarvo lindqar"}),
    ("The photograph by Velma Drosk won a prize in 1978.", {"velma drosk"}),
    # an age and a trade before the name
    ("Among the dead was the 34-year-old teacher Anzor Belik.", {"anzor belik"}),
    ("Survivors: one, the 61-year-old miller Ruvim Stolar", {"ruvim stolar"}),
    # a name before "and other" with a role
    ("At the fort, Grey Heron and other chiefs met the colonel.", {"grey heron"}),
    ("Odran Telvik and other witnesses described the shooting.", {"odran telvik"}),
]

NO_PERSONS = [
    "The governor spoke on the steps of the State Capitol on Wednesday.",
    "Reuters and other agencies reported the toll.",
    "Kigali and other cities were placed under curfew.",
    "Photo: Red Square/Reuters",
    "Photo: Sand Creek Massacre National Historic Site",
    "The 80-year-old Camp Weld building was demolished.",
]


@pytest.mark.parametrize("text,expected", PERSONS)
def test_persons(text: str, expected: set[str]) -> None:
    assert person_names(text) == expected


@pytest.mark.parametrize("text", NO_PERSONS)
def test_no_persons(text: str) -> None:
    assert person_names(text) == set()
