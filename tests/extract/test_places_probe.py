"""Places in sentences written for this table, in the voices of news wires, NGO reports, court summaries,
resolutions, encyclopaedias and testimony (issue 3, item 4).

Each row is a sentence and the place names it holds, as a set; a row passes when the pipeline reports exactly
that set (case-insensitive). Most invented village names are unknown to the gazetteer on purpose: they must be
found by the words around them and reported without coordinates. Rows with an empty or short set are where a
capitalised word must NOT be taken for a place (peoples, surnames, organisations, ships, operations, months,
buildings named after a person).
"""

from __future__ import annotations

import pytest

from testimonia.extract.pipeline import extract

ROWS: list[tuple[str, set[str]]] = [
    # --- settlement nouns before an unknown name
    ("Soldiers entered the village of Varnesh shortly after dawn.", {"Varnesh"}),
    ("The hamlet of Oshkarti was burned to the ground.", {"Oshkarti"}),
    ("Residents of the town of Belomir said the shelling lasted hours.", {"Belomir"}),
    ("The district of Tarhunit reported 40 deaths.", {"Tarhunit"}),
    ("Survivors gathered in the camp of Kabuyenge after the raid.", {"Kabuyenge"}),
    ("The province of Ngoluma has seen repeated attacks.", {"Ngoluma"}),
    ("Monitors visited the settlement of Dzhurak on Tuesday.", {"Dzhurak"}),
    ("Refugees from the city of Harmaz crossed the border into Turkey.", {"Harmaz", "Turkey"}),
    ("The region of Upper Kivalo remains cut off.", {"Upper Kivalo"}),
    ("Fighters withdrew from the town of Sredny Baltak.", {"Sredny Baltak"}),
    # --- a place noun after an unknown name
    ("Oshkarti village lies in a narrow valley.", {"Oshkarti"}),
    ("Witnesses said Kabuyenge camp was shelled twice.", {"Kabuyenge"}),
    ("Aid did not reach Tarhunit district until March.", {"Tarhunit"}),
    ("The Mabonde refugee camp now houses 12,000 people.", {"Mabonde"}),
    ("Fighting spread to Ngoluma province and beyond.", {"Ngoluma"}),
    ("The men were held at Lisovka detention camp for weeks.", {"Lisovka"}),
    ("Homes in Varnesh and Kolupa villages were looted.", {"Varnesh", "Kolupa"}),
    # --- "in/at/near/from X" with place-like context
    ("The attack took place in Varnesh, a village of some 300 people.", {"Varnesh"}),
    ("They were killed near Kolupa, some 20 km east of the capital.", {"Kolupa"}),
    ("The bodies were found at Dzhurak, a hamlet in the hills.", {"Dzhurak"}),
    ("Families fled from Oshkarti, 15 kilometres from the front line.", {"Oshkarti"}),
    ("The convoy was ambushed near Belomir on 3 May.", {"Belomir"}),
    ("Police opened fire on protesters in Harmaz district.", {"Harmaz"}),
    ("Twelve farmers were shot in Mabonde, Ituri province.", {"Mabonde", "Ituri"}),
    ("The killings at Kivuye were reported weeks later.", {"Kivuye"}),
    ("A mass grave was uncovered outside Lisovka.", {"Lisovka"}),
    ("Shelling continued around Sredny Baltak throughout the night.", {"Sredny Baltak"}),
    ("Troops advanced towards Tarhunit from the south.", {"Tarhunit"}),
    ("Most victims came from Kabuyenge and the surrounding hills.", {"Kabuyenge"}),
    ("The youngest victim, from Ngoluma, was four years old.", {"Ngoluma"}),
    ("Elders in Oshkarti recalled the night of the fire.", {"Oshkarti"}),
    # --- massacre and killing nouns
    ("The Varnesh massacre left 61 civilians dead.", {"Varnesh"}),
    ("Survivors of the massacre at Kolupa testified in The Hague.", {"Kolupa", "The Hague"}),
    ("The Belomir killings were first reported by a local priest.", {"Belomir"}),
    ("Investigators reopened the file on the massacre in Dzhurak.", {"Dzhurak"}),
    ("Relatives marked the anniversary of the Oshkarti tragedy.", {"Oshkarti"}),
    ("The court heard evidence about the Kivuye attack.", {"Kivuye"}),
    ("After the Harmaz shelling, aid agencies suspended work.", {"Harmaz"}),
    ("Commemorations of the Mabonde massacre were banned.", {"Mabonde"}),
    ("The killings in Lisovka shocked the region.", {"Lisovka"}),
    ("Those responsible for the Tarhunit bombing were never charged.", {"Tarhunit"}),
    # --- massacre nouns after a people or a date: no place
    ("The Armenian genocide is commemorated on 24 April.", set()),
    ("Historians debate the toll of the Tutsi genocide.", set()),
    ("The December massacre was never investigated.", set()),
    ("The Sunday killings drew international condemnation.", set()),
    ("The Yazidi genocide was recognised by the parliament.", set()),
    ("The 1988 massacre of prisoners remains unacknowledged.", set()),
    ("The Easter bombings killed more than 250 people.", set()),
    ("Witnesses of the Christmas attack spoke to the court.", set()),
    # --- "X, near Y", "X, in Y"
    ("The victims were buried in Kolupa, near Goma.", {"Kolupa", "Goma"}),
    ("Varnesh, near Mosul, was retaken in 2017.", {"Varnesh", "Mosul"}),
    ("Dzhurak, in Batken region, was the worst hit.", {"Dzhurak", "Batken"}),
    ("Shots were fired at Belomir, north of Kharkiv.", {"Belomir", "Kharkiv"}),
    ("Oshkarti, outside Tbilisi, was emptied overnight.", {"Oshkarti", "Tbilisi"}),
    # --- lists
    ("The villages of Varnesh, Kolupa and Oshkarti were razed.", {"Varnesh", "Kolupa", "Oshkarti"}),
    ("Raids hit the towns of Belomir and Sredny Baltak.", {"Belomir", "Sredny Baltak"}),
    ("People fled villages such as Dzhurak, Tarhunit and Kivuye.", {"Dzhurak", "Tarhunit", "Kivuye"}),
    ("The districts of Harmaz and Ngoluma were placed under curfew.", {"Harmaz", "Ngoluma"}),
    ("Attacks on Mabonde, Kabuyenge and Goma followed.", {"Mabonde", "Kabuyenge", "Goma"}),
    # --- military verbs before an unknown name
    ("Government forces stormed Varnesh at dawn and set houses alight.", {"Varnesh"}),
    ("The militia surrounded Kolupa before opening fire.", {"Kolupa"}),
    ("Artillery shelled Belomir for three days.", {"Belomir"}),
    ("Rebels captured Tarhunit in early June.", {"Tarhunit"}),
    ("The army torched Oshkarti and two neighbouring hamlets.", {"Oshkarti"}),
    ("Paramilitaries raided Dzhurak on the night of 12 March.", {"Dzhurak"}),
    # --- datelines
    ("GOMA, Congo (Reuters) - Gunmen killed 14 people overnight.", {"GOMA", "Congo"}),
    ("KOLUPA, Ukraine, May 4 - Shelling resumed before dawn.", {"KOLUPA", "Ukraine"}),
    ("GENEVA (AP) - The council adopted the resolution on Friday.", {"GENEVA"}),
    # --- known places: must stay found
    ("The UN mission in Juba condemned the attack.", {"Juba"}),
    ("Delegates met in Vienna to discuss the ceasefire.", {"Vienna"}),
    ("The massacre in Srebrenica killed about 8,000 men and boys.", {"Srebrenica"}),
    ("Shelling of Aleppo continued into December.", {"Aleppo"}),
    ("The Bucha killings were documented by investigators.", {"Bucha"}),
    ("Refugees crossed from Myanmar into Bangladesh.", {"Myanmar", "Bangladesh"}),
    ("The tribunal in Arusha convicted three officers.", {"Arusha"}),
    ("Families in Kigali still search for relatives.", {"Kigali"}),
    ("The Gaza Strip was under blockade.", {"Gaza Strip"}),
    ("Protesters marched through Nairobi on Monday.", {"Nairobi"}),
    # --- peoples and adjectives: not places
    ("Kurdish fighters held the ridge.", set()),
    ("Rohingya families described the raids.", set()),
    ("The Hutu militia was known as the Interahamwe.", set()),
    ("Tutsi survivors testified in Arusha.", {"Arusha"}),
    ("The Yazidis of Sinjar were targeted in August 2014.", {"Sinjar"}),
    ("Chechen rebels seized the hospital.", set()),
    ("Serb forces shelled the town for months.", set()),
    ("The Masalit community in El Geneina was attacked.", {"El Geneina"}),
    ("Uyghur detainees described forced labour.", set()),
    ("Bosniak men were separated from the women.", set()),
    ("The Druze elders refused to leave.", set()),
    ("Karen villagers hid in the forest.", set()),
    # --- persons: not places
    ("Colonel Varnesh ordered the men to fire.", set()),
    ("According to Amina Kolupa, the soldiers came at night.", set()),
    ("The report by Hendrik Belomir was published in 2003.", set()),
    ("Judge Mabonde read out the verdict.", set()),
    ("Witness Dzhurak said she hid in a barn.", set()),
    ("Mr Tarhunit told the court he was not present.", set()),
    ("Sergeant Kivuye was later promoted.", set()),
    ("Lawyers for Ngoluma appealed the sentence.", set()),
    ("The commander, Harmaz, denied the charges.", set()),
    ("She was interviewed by Jane Oshkarti of the BBC.", set()),
    ("Paris Hilton was not in Paris that week.", {"Paris"}),
    ("Jordan Peterson spoke in Toronto.", {"Toronto"}),
    ("Victoria Beckham visited Kenya.", {"Kenya"}),
    ("Denzel Washington arrived in Atlanta.", {"Atlanta"}),
    # --- organisations: not places
    ("Human Rights Watch documented 40 killings.", set()),
    ("The Kolupa Foundation funds the memorial.", set()),
    ("Médecins Sans Frontières treated the wounded.", set()),
    ("The Varnesh Brigade was blamed for the attack.", set()),
    ("The Belomir Institute published the list of victims.", set()),
    ("Amnesty International called for an inquiry.", set()),
    ("The Arakan Army denied involvement.", set()),
    ("Reporters for the Harmaz Times were detained.", set()),
    # --- ships, operations, buildings named after people, months, streets
    ("The ferry Sewol sank off the south-western coast.", set()),
    ("Survivors of the Lusitania gave evidence.", set()),
    ("Operation Varnesh began on 4 August.", set()),
    ("The offensive, codenamed Operation Thunderbolt, failed.", set()),
    ("Patients were moved to the Kolupa Memorial Hospital.", set()),
    # a site named once keeps its noun, as set L's gold does ("Lecumberri prison", "Chihuahua building")
    ("The Kwame Nkrumah stadium was used as a shelter.", {"Kwame Nkrumah stadium"}),
    ("The strike ended in March.", set()),
    ("By June the town was deserted.", set()),
    ("The May events were not investigated.", set()),
    ("Protesters gathered on Belomir Street.", {"Belomir Street"}),
    ("The school named after Ivan Franko was hit.", set()),
    # --- capitalised words that are not places
    ("Independence Day was marked with a parade.", set()),
    ("The Security Council adopted the text unanimously.", set()),
    ("The Geneva Conventions protect civilians.", set()),
    ("The Kellogg-Briand Pact was signed in 1928.", set()),
    ("The Marshall Plan funded reconstruction.", set()),
    ("The Rome Statute entered into force in 2002.", set()),
    ("The Kolupa Declaration was signed by 12 states.", set()),
    ("Facebook removed the posts.", set()),
    ("The Holocaust claimed six million Jewish lives.", set()),
    ("Prime Minister Hun Sen rejected the report.", set()),
    ("Sunday prayers were cancelled.", set()),
    ("Article 7 defines crimes against humanity.", set()),
    # --- in/at/from + a capitalised word that is not a place
    ("The case was heard in Chamber II of the court.", set()),
    ("He was born in March 1961.", set()),
    ("She worked at Reuters for a decade.", set()),
    ("A letter from Hassan reached the family.", set()),
    ("The photographs in Life magazine shocked readers.", set()),
    ("In Memoriam pages listed the dead.", set()),
    ("At Easter the churches were full.", set()),
    ("Support from Amnesty was crucial.", set()),
    ("In Volume 3 the commission lists the names.", set()),
    ("The speech at Oxford was widely quoted.", {"Oxford"}),
    # --- testimony and resolution voices
    ("We walked from Kolupa to the river for two days.", {"Kolupa"}),
    ("My brother stayed behind in Varnesh.", {"Varnesh"}),
    ("The General Assembly condemns the attacks on Dzhurak and Oshkarti.", {"Dzhurak", "Oshkarti"}),
    ("Recalling the events at Belomir of 12 May 1999,", {"Belomir"}),
    ("The Chamber finds that the killings at Kivuye were committed by the accused.", {"Kivuye"}),
    ("The Prosecutor alleges that the accused ordered the attack on Tarhunit.", {"Tarhunit"}),
]


# Known gaps, left on purpose: "attack" is named after the attacker as often as the place; persons are captured
# too; "Hassan" is a given name and an Indian city.
KNOWN = {
    "The court heard evidence about the Kivuye attack.",
    "Rebels captured Tarhunit in early June.",
    "A letter from Hassan reached the family.",
}


@pytest.mark.parametrize(("text", "want"), [
    pytest.param(text, want, marks=[pytest.mark.xfail(reason="known gap", strict=True)] if text in KNOWN else [])
    for text, want in ROWS
])
def test_places_in_sentence(text: str, want: set[str]) -> None:
    assert {p.name.lower() for p in extract(text).places} == {w.lower() for w in want}
