"""Figures (session 8): numbers that count no one, in sentences about harm.

A probe of the numbers that stand near the words of a toll without counting anyone harmed: crowds at rallies and
funerals, anniversaries and durations, units and their sizes ("the 1,000-strong militia", "Brigade 101"), shares of
places ("two of the three villages"), ages ("children as young as 5"), sentences, money, votes, seats, pages, arms and
vehicles, and the people who did the harm (a count that is the subject of an active verb with an object: "Three
soldiers shot a boy", "Ten villagers buried the dead"). The first table must give no figure at all; in the second a
figure is right, but its evidence must not take in the number that counts no one (the eval's non-figure hits); the
third holds counts of the harmed that look like these and must stay. The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from testimonia.extract.doc import Doc
from testimonia.extract.figures import find_figures

NO_FIGURE = [
    # crowds at rallies, funerals and marches
    'A rally of 5,000 mourners marked the killing of the protesters.',
    'Some 20,000 people attended the funeral of those killed in the massacre.',
    'Thousands of people gathered to remember the victims of the massacre.',
    'A crowd of 3,000 protesters demanded justice for the murdered journalists.',
    'About 10,000 people marched through the capital to mourn the dead.',
    'A rally of 5,000 mourners marched to the cemetery.',
    'Thousands of mourners attended the funeral.',
    'Hundreds of protesters gathered outside the embassy.',
    'Tens of thousands marched in protest at the killings.',
    # anniversaries, durations, years
    'Survivors marked the 30th anniversary of the massacre on Sunday.',
    'The 25th anniversary of the genocide was commemorated in Kigali.',
    'It was thirty years since the massacre in which the villagers were killed.',
    'Prisoners were held for 18 months without charge.',
    'He spent 4 years in detention.',
    'The government spent 3 years investigating the disappearances.',
    'The killings took place between 1992 and 1995.',
    'In 1994, Hutu militias killed Tutsi in every province.',
    'The massacre happened on 12 July 1995.',
    'Three weeks after the killings, the army withdrew.',
    'Two days later, the bodies of the victims were found.',
    'The war lasted 8 years and killed many people.',
    'It was the second time in 3 months that the village was attacked.',
    'The shooting lasted 15 minutes.',
    'Fifty years after the massacre, the survivors still wait for justice.',
    'The 100 days of the genocide began on 7 April.',
    'The families waited 20 years for the bodies of the missing.',
    'A thousand years of coexistence ended in the massacre.',
    'It took a thousand days for the families to learn the truth.',
    'Gunmen opened fire at 8 pm, killing civilians.',
    'The first victim was killed at 9 am.',
    'The shell struck a school at 10:30 in the morning, wounding pupils.',
    # places and things, and shares of them
    'Two of the three villages were burned and their inhabitants killed.',
    'In 3 of the 5 camps, detainees were tortured.',
    'Two of the four hospitals were shelled and patients were wounded.',
    'The strike destroyed 3 of the 4 reactors.',
    'The militia destroyed dozens of villages and killed their inhabitants.',
    'Dozens of villages were burned.',
    'Hundreds of homes were burned in the attack.',
    'Dozens of vehicles were destroyed in the strike that killed the commander.',
    'The attack destroyed 40 houses and two schools.',
    'The investigators visited 14 mass graves.',
    'Police found 3 mass graves near the village.',
    'The mass grave measured 10 metres by 4 metres.',
    'The victims were buried in 1 grave near the river.',
    'The village lies 20 kilometres from the site where the men were shot.',
    'The militia used 20 buses to deport the villagers.',
    'The detainees were moved in 12 trucks to the camp.',
    'Police fired 30 rounds at the protesters.',
    'The army fired 200 shells at the town, killing civilians.',
    'The plane dropped 4 bombs on the market where people were killed.',
    'The plane dropped 4 crates on the market where people were killed.',
    'The killers used 3 machine guns.',
    'The mine killed the driver of the 2 vehicles.',
    'Police set up 10 checkpoints after the shooting.',
    'The victims were killed with 7.62 mm rounds.',
    'The explosion left a crater 5 metres deep.',
    'The Ministry counted the dead in 24 provinces.',
    'The killings spread to 12 districts.',
    'Civilians fled from 50 villages near the front.',
    # "one of", superlatives, ordinals
    'It was one of the worst massacres of the war.',
    'The attack was one of the deadliest since the conflict began.',
    'He was one of the soldiers who opened fire on the crowd.',
    'The first of the victims was buried on Monday.',
    'One of the detainees was a journalist.',
    'Only one of the two survivors could speak.',
    'One in five detainees reported torture.',
    'Half of the victims were children.',
    'Two-thirds of the displaced were women.',
    'One of the victims was a nurse.',
    'One of those detained was a teenager.',
    'He was the third journalist killed this year.',
    'The second attack killed no one.',
    'She was one of two survivors.',
    'He lost one of his sons in the war.',
    # bodies and units of an armed force, commissions and courts
    'The 12-member commission investigated the killings.',
    'A commission of 12 members was set up to investigate the disappearances.',
    'A 1,000-strong militia attacked the village and killed its men.',
    'The 500-strong battalion was accused of executing prisoners.',
    'Soldiers of Brigade 101 executed the prisoners.',
    'Members of the 5th Brigade killed civilians in Matabeleland.',
    'The 10th Mountain Division lost soldiers in the ambush.',
    'The 1st Battalion was blamed for the executions.',
    'Gunmen attacked Checkpoint 4 and killed soldiers there.',
    'The attack on Camp 22 left many prisoners wounded.',
    'The victims were held in Cell 3 and tortured.',
    'Route 1 was closed after the ambush that killed soldiers.',
    'The G7 condemned the killing of civilians.',
    'The tribunal heard 300 witnesses over 4 years.',
    'The court held 200 hearings on the killings.',
    'The court held 200 sittings on the killings.',
    'The commission received 1,200 complaints of torture.',
    'Investigators collected 5,000 documents about the massacre.',
    'The database lists 14 categories of abuse.',
    'Twelve judges heard the case of the killings.',
    'The commission had 7 members and interviewed survivors.',
    'The team of 20 forensic experts exhumed the bodies.',
    'Eight investigators examined the site of the killings.',
    'Ten journalists covered the trial of the killers.',
    'The 30 delegates observed a minute of silence for the victims.',
    'Some 2,000 troops were deployed after the massacre.',
    'The army deployed 3,000 soldiers to the region where the massacre took place.',
    'About 500 police officers guarded the funeral.',
    'The UN sent 1,000 peacekeepers.',
    # sentences, money, votes, seats, documents
    'The commander received a 25-year sentence for the massacre.',
    'The perpetrators were sentenced to a total of 120 years in prison.',
    'The court sentenced him to life imprisonment and ordered him to pay 50,000 euros to the families of the victims.',
    'The government paid $10,000 to each family of those killed.',
    "Compensation of 2 million dollars was awarded to the victims' families.",
    'The fund raised 500,000 euros for the survivors.',
    'The soldiers were paid 300 dollars a month to guard the detainees.',
    'The resolution was adopted by a vote of 94 to 3, condemning the killings.',
    'Parliament voted 120 to 30 to recognise the genocide.',
    'The party won 45 seats in the election held after the massacre.',
    'The report, published in 2019, documents the killing of civilians.',
    'Page 45 of the report describes the torture of detainees.',
    'Report No. 12 lists the disappeared.',
    'See paragraph 212 for the killings in the village.',
    'Article 7 of the Statute defines the murder of civilians as a crime against humanity.',
    'Resolution 1325 addresses sexual violence against women in conflict.',
    'Counts 3 and 4 of the indictment charge him with murder.',
    # ages
    'The victim, aged 7, was shot in the head.',
    'A boy aged 12 was among those killed.',
    'The youngest victim was 3 years old.',
    'Children as young as 5 were detained.',
    'Men as old as 80 were beaten.',
    'The man, 45, was killed outside his home.',
    'His son, 19, was detained by police.',
    'A woman in her 60s was among the dead.',
    'He was 17 when soldiers arrested him.',
    'The survivors, now in their 80s, recalled the killings.',
    'The massacre took place when she was six.',
    'He was twelve when his father was killed.',
    'At 15, he was detained for the first time.',
    # sides and parties
    'Two sides exchanged fire, killing civilians.',
    'Both sides accused each other of killing prisoners.',
    'The two sides agreed to exchange prisoners of war.',
    'The two sides traded accusations over the killing of civilians.',
    'The two governments blamed each other for the deaths.',
    # the people who did the harm, tried or not
    'The three men accused of the massacre were acquitted.',
    'The two men charged with the killings appeared in court.',
    'Four soldiers were charged with murder.',
    'Five police officers were convicted of the killing.',
    'Two suspects were arrested for the killing of the journalist.',
    'Three soldiers shot a boy in the street.',
    '20 policemen arrested the protesters.',
    'A panel of three judges sentenced him.',
    'Five officers detained the journalist.',
    'Three soldiers killed him.',
    'Ten villagers buried the dead.',
    'Twelve militants abducted the girls.',
    'Hundreds of soldiers detained the men of the village.',
    'Two guards beat the prisoners every night.',
    'Four policemen had tortured the detainees.',
    'Six soldiers raped the women of the village.',
    'Three volunteers rescued the children from the rubble.',
    'Two experts identified the bodies.',
    'Five families lost their sons in the war.',
    'Commission members interviewed the survivors; 40 investigators then examined the graves.',
    # a verb in the singular after the count agrees with another subject
    'A man with 4 children was detained.',
    'A woman and her 3 sons was seen at the checkpoint before she was shot.',
]

# A figure is right here, but its evidence must not take in the number (or words) after the bar, which count no one.
NOT_IN_EVIDENCE = [
    ('The death toll from the 12-day siege rose to 300.', '12-day siege'),
    ('The death toll from the 1994 genocide is estimated at 800,000.', '1994'),
    ('The toll of the three-day assault reached 45 dead.', 'three-day'),
    ('More than 300 people, one of the worst tolls of the war, were killed.', 'one of the worst'),
    ('Some 40 villagers, two days after the raid, were detained.', 'two days'),
    ('The 30th anniversary of the massacre, in which 400 villagers were killed, was marked on Sunday.',
     '30th anniversary'),
    ('The number of people killed in the 44-day war reached 2,900.', '44-day war'),
    ('The number of dead in the two villages rose to 60.', 'two villages'),
    ('Soldiers of Brigade 101 killed 40 prisoners in the 3 camps.', 'Brigade 101'),
    ('In 3 of the 5 camps, 200 detainees were tortured.', '3 of the 5 camps'),
    ('Of the 12-member family, 9 were killed.', '12-member'),
    ('Over 10 years, 4,000 people disappeared.', '10 years'),
    ('Forty people, aged 7 to 80, were killed.', 'aged 7'),
    ('The 1,000-strong militia killed 300 villagers.', '1,000-strong'),
    ('Police said 12 people were killed and 20 buses were burned.', '20 buses'),
    ('A total of 94 people were killed, the report, on page 45, said.', 'page 45'),
    ('He was sentenced to 10 years in prison for the killing of two villagers.', '10 years'),
    ('The siege lasted 1,425 days, and thousands of civilians were killed.', '1,425 days'),
    ('The 44-day war displaced tens of thousands of people.', '44-day war'),
    ('The 9/11 attacks killed thousands.', '9/11'),
    ('More than 10,000 mourners attended the funeral of the 14 victims.', '10,000 mourners'),
    ('Two gunmen killed 5 people.', 'Two gunmen'),
    ('The dead were buried in 3 graves; 45 people had been killed.', '3 graves'),
]

# The whole a part is taken from counts those the part was among: no figure may have this value (the part itself may
# be read or not).
POPULATIONS = [
    ('At least 12 of the 5,000 protesters were killed.', 5000),
    ('Security forces killed at least 12 of the 50 protesters.', 50),
    ('Soldiers shot dead at least 12 of the 5,000 protesters.', 5000),
    ('Soldiers killed 40 of the 300 villagers.', 300),
    ('Two of the three journalists were wounded.', 3),
    ('Police detained 30 of the 200 marchers.', 200),
]

# The rules above must leave these counts of the harmed as they are: a harm its subject suffers though an object follows
# ("lost one parent", "fled the city", "returned their homes"), a passive ("had been tortured"), a reduced passive and a
# time ("killed the day before", "murdered that spring"), a phrase with no determiner ("the bodies of 40 people", "a
# group of 30 people"), a breakdown or a restatement between the noun and its verb.
# Rows: (text, [(evidence, measure, group, value)]).
KEEP = [
    ('Some 30 soldiers did not survive the ambush.', [('Some 30 soldiers did not survive', 'killed', 'soldiers', 30)]),
    ('At least 45 people, among them a nurse and two doctors, were killed.', [
        ('At least 45 people, among them a nurse and two doctors, were killed', 'killed', 'all', 45),
    ]),
    ('A total of 94 people was killed.', [('94 people was killed', 'killed', 'all', 94)]),
    ('One of the 12 hostages was released.', [('12 hostages was released', 'taken_hostage', 'all', 12)]),
    ('One of the 300 people killed was a nurse.', [('300 people killed', 'killed', 'all', 300)]),
    ('Twelve of the 40 bodies were identified.', [
        ('Twelve of the 40 bodies were identified', 'identified', 'all', 12),
    ]),
    ('Thousands fled the city.', [('Thousands fled', 'displaced', 'all', None)]),
    ('Some 130 children lost one parent.', [
        ('Some 130 children lost one parent', 'orphaned_one_parent', 'children', 130),
    ]),
    ('Four policemen had been tortured by the guards.', [
        ('Four policemen had been tortured', 'tortured', 'officers', 4),
    ]),
    ('Twelve soldiers killed the day before were buried on Sunday.', [
        ('Twelve soldiers killed', 'killed', 'soldiers', 12),
    ]),
    ('Thousands of Polish citizens murdered that spring lie in the forest.', [
        ('Thousands of Polish citizens murdered', 'killed', 'Polish citizens', None),
    ]),
    ('Two hundred families returned their homes after the war.', [
        ('Two hundred families returned', 'returned', 'families', 200),
    ]),
    ('Forty people, aged 7 to 80, were killed.', [('Forty people', 'killed', 'all', 40)]),
    ('At least 40 people were killed in the 3-day siege.', [('At least 40 people were killed', 'killed', 'all', 40)]),
    ('The bodies of 40 people were found in the well.', [('bodies of 40 people', 'killed', 'all', 40)]),
    ('A group of 30 people were detained at the border.', [('30 people were detained', 'detained', 'all', 30)]),
    ('Two of the 12 hostages were freed.', [('Two of the 12 hostages were freed', 'taken_hostage', 'all', 2)]),
    ('45 people were killed, 30 of them civilians.', [
        ('45 people were killed', 'killed', 'all', 45),
        ('30 of them civilians', 'killed', 'civilians', 30),
    ]),
    ('More than 300 people, one of the worst tolls of the war, were killed.', [
        ('More than 300 people', 'killed', 'all', 300),
    ]),
    ('Some 40 villagers, two days after the raid, were detained.', [('Some 40 villagers', 'detained', 'all', 40)]),
    ('Thirty-four mineworkers from the Lonmin mine were killed.', [
        ('Thirty-four mineworkers from the Lonmin mine were killed', 'killed', 'mineworkers', 34),
    ]),
]


@pytest.mark.parametrize("text", NO_FIGURE)
def test_no_figure(text):
    doc = Doc(text)
    assert [doc.text[f.span.start : f.span.end] for f in find_figures(doc)] == []


@pytest.mark.parametrize("text, words", NOT_IN_EVIDENCE)
def test_not_in_evidence(text, words):
    doc = Doc(text)
    figures = find_figures(doc)
    assert figures, "the sentence has a figure"
    at = text.index(words)
    assert [doc.text[f.span.start : f.span.end] for f in figures if f.span.start < at + len(words)
            and at < f.span.end] == []


@pytest.mark.parametrize("text, expected", KEEP)
def test_keep(text, expected):
    doc = Doc(text)
    assert [(doc.text[f.span.start : f.span.end], f.measure, f.group, f.value) for f in find_figures(doc)] == expected


@pytest.mark.parametrize("text, value", POPULATIONS)
def test_population(text, value):
    assert value not in [f.value for f in find_figures(Doc(text))]
