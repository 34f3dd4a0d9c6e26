"""Figures as news wires, NGO and UN reports, court digests, encyclopaedias, infoboxes, headlines, transcripts and
bullet lists state them, in sentences written for these tests (session 6): harm nouns that name people ("prisoners",
"hostages", "refugees") kept as the group when another harm is said of them, tolls put at a number or headed by a
dash, rows of an infobox, a toll named in the sentence before, present-tense headlines, people seized, rounded up or
taken away, left homeless or forced to flee, counted among the N killed, answers to a question, rates that count no
one, and numbers of every other kind that must not match. Rows as in test_figures: (evidence, measure, group, value,
low, high, qualifier, total)."""

from __future__ import annotations

FIGURES = [
    # a harm noun that names people stays the group when another harm is said of them
    ('Between 1,000 and 1,200 prisoners were killed in the camp.', [
        ('Between 1,000 and 1,200 prisoners were killed', 'killed', 'prisoners', None, 1000, 1200, 'range', None),
    ]),
    ('About 40 detainees died in custody.', [
        ('About 40 detainees died', 'killed', 'detainees', 40, None, None, 'approx', None),
    ]),
    ('Twenty hostages were executed.', [
        ('Twenty hostages were executed', 'killed', 'hostages', 20, None, None, 'exact', None),
    ]),
    ('Some 5,000 refugees drowned while crossing the sea.', [
        ('Some 5,000 refugees drowned', 'killed', 'refugees', 5000, None, None, 'approx', None),
    ]),
    ('The chamber found that 150 detainees were tortured at the camp.', [
        ('150 detainees were tortured', 'tortured', 'detainees', 150, None, None, 'exact', None),
    ]),
    ('More than 220,000 refugees had returned by the spring.', [
        ('More than 220,000 refugees had returned', 'returned', 'refugees', 220000, None, None, 'at_least', None),
    ]),
    ('Guards executed 30 inmates in the yard.', [
        ('executed 30 inmates', 'killed', 'inmates', 30, None, None, 'exact', None),
    ]),
    ('Nine of the hostages were killed in the rescue attempt.', [
        ('Nine of the hostages were killed', 'killed', 'hostages', 9, None, None, 'exact', None),
    ]),
    ('The raid killed 100 people, including 30 prisoners.', [
        ('killed 100 people', 'killed', 'all', 100, None, None, 'exact', None),
        ('30 prisoners', 'killed', 'prisoners', 30, None, None, 'exact', 'killed 100 people'),
    ]),
    ('Nearly 100 detainees were ill-treated.', [
        ('Nearly 100 detainees were ill-treated', 'tortured', 'detainees', 100, None, None, 'approx', None),
    ]),
    # ... but keeps its own harm when the verb says none other
    ('Some 300 hostages were taken.', [
        ('Some 300 hostages', 'taken_hostage', 'all', 300, None, None, 'approx', None),
    ]),
    ('The number of detainees rose to 300.', [
        ('number of detainees rose to 300', 'detained', 'all', 300, None, None, 'exact', None),
    ]),
    ('Twelve prisoners were released on Monday.', [
        ('Twelve prisoners were released', 'detained', 'all', 12, None, None, 'exact', None),
    ]),
    ('About 200 hostages were held in the school.', [
        ('About 200 hostages were held in', 'taken_hostage', 'all', 200, None, None, 'approx', None),
    ]),
    ('The camp held 4,000 refugees.', [
        ('4,000 refugees', 'displaced', 'all', 4000, None, None, 'exact', None),
    ]),
    # a sentence that ends with a month: the next number is no day
    ('Fighting ended in May. 500 refugees were killed in the shelling.', [
        ('500 refugees were killed', 'killed', 'refugees', 500, None, None, 'exact', None),
    ]),
    # tolls put at a number; a dash after a line's heading; "(est.)"
    ('The number of dead has been put at between 800 and 1,000.', [
        ('number of dead has been put at between 800 and 1,000', 'killed', 'all', None, 800, 1000, 'range', None),
    ]),
    ('Civilian deaths – 4,500 (est.)', [
        ('Civilian deaths – 4,500 (est.)', 'killed', 'civilians', 4500, None, None, 'approx', None),
    ]),
    ('- Killed - 35\n- Wounded - 120', [
        ('Killed - 35', 'killed', 'all', 35, None, None, 'exact', None),
        ('Wounded - 120', 'wounded', 'all', 120, None, None, 'exact', None),
    ]),
    ('Deaths - about 1,000', [
        ('Deaths - about 1,000', 'killed', 'all', 1000, None, None, 'approx', None),
    ]),
    # deaths caused by someone, put at a number
    ('The commission put the deaths caused by the army at about 26,000.', [
        ('at about 26,000', 'killed', 'all', 26000, None, None, 'approx', None),
    ]),
    # a figure for a toll the sentence before named
    ('Estimates of the death toll vary widely. Historians put the figure at around 1.5 million.', [
        ('around 1.5 million', 'killed', 'all', 1500000, None, None, 'approx', None),
    ]),
    # present-tense headlines
    ('Gunmen kidnap 40 villagers in raid', [
        ('kidnap 40 villagers', 'taken_hostage', 'all', 40, None, None, 'exact', None),
    ]),
    ('Police arrest 200 protesters', [
        ('arrest 200 protesters', 'detained', 'protesters', 200, None, None, 'exact', None),
    ]),
    ('Gunmen abduct 12 students near school', [
        ('abduct 12 students', 'taken_hostage', 'students', 12, None, None, 'exact', None),
    ]),
    # seized, rounded up, taken away
    ('Soldiers rounded up 200 men from the village.', [
        ('rounded up 200 men', 'detained', 'men', 200, None, None, 'exact', None),
    ]),
    ('Soldiers took away 11 men from our street.', [
        ('took away 11 men', 'detained', 'men', 11, None, None, 'exact', None),
    ]),
    ('Gunmen seized 30 passengers from the bus.', [
        ('seized 30 passengers', 'taken_hostage', 'passengers', 30, None, None, 'exact', None),
    ]),
    ('At least 50 people were picked up by security forces.', [
        ('At least 50 people were picked up by', 'detained', 'all', 50, None, None, 'at_least', None),
    ]),
    # driven out: left homeless, forced or prompted to flee
    ('The storm left 300,000 people homeless.', [
        ('left 300,000 people homeless', 'displaced', 'all', 300000, None, None, 'exact', None),
    ]),
    ('The floods killed 1,200 and left 300,000 homeless.', [
        ('killed 1,200', 'killed', 'all', 1200, None, None, 'exact', None),
        ('left 300,000 homeless', 'displaced', 'all', 300000, None, None, 'exact', None),
    ]),
    ('The violence forced 45,000 people to flee.', [
        ('forced 45,000 people to flee', 'displaced', 'all', 45000, None, None, 'exact', None),
    ]),
    ('Military operations prompted approximately 655,000 people to flee to Bangladesh.', [
        ('prompted approximately 655,000 people to flee', 'displaced', 'all', 655000, None, None, 'approx', None),
    ]),
    ('The attack left 30 people dead.', [
        ('30 people dead', 'killed', 'all', 30, None, None, 'exact', None),
    ]),
    # held in captivity; possessives before a count
    ('About 90 people remain in captivity.', [
        ('About 90 people remain in captivity', 'taken_hostage', 'all', 90, None, None, 'approx', None),
    ]),
    ('They shot my two brothers in front of the house.', [
        ('shot my two brothers', 'killed', 'brothers', 2, None, None, 'exact', None),
    ]),
    ('Soldiers killed our 3 sons.', [
        ('killed our 3 sons', 'killed', 'sons', 3, None, None, 'exact', None),
    ]),
    # among the N killed
    ('Six policemen were among the 20 killed.', [
        ('Six policemen', 'killed', 'officers', 6, None, None, 'exact', '20 killed'),
        ('20 killed', 'killed', 'all', 20, None, None, 'exact', None),
    ]),
    ('Three children were among the 12 dead.', [
        ('Three children', 'killed', 'children', 3, None, None, 'exact', '12 dead'),
        ('12 dead', 'killed', 'all', 12, None, None, 'exact', None),
    ]),
    # more verbs and nouns of harm
    ('Some 40 villagers met their deaths at the river.', [
        ('Some 40 villagers met their deaths', 'killed', 'all', 40, None, None, 'approx', None),
    ]),
    ('Dozens of men were mown down by machine-gun fire.', [
        ('Dozens of men were mown down', 'killed', 'men', None, 24, None, 'vague', None),
    ]),
    ('Twelve people were clubbed to death.', [
        ('Twelve people were clubbed to death', 'killed', 'all', 12, None, None, 'exact', None),
    ]),
    ('Some 150 people suffered gunshot wounds.', [
        ('Some 150 people suffered gunshot wounds', 'wounded', 'all', 150, None, None, 'approx', None),
    ]),
    ('At least 70 people were admitted to hospitals in the city.', [
        ('At least 70 people were admitted to hospitals', 'wounded', 'all', 70, None, None, 'at_least', None),
    ]),
    ('Around 80,000 people are living in camps.', [
        ('Around 80,000 people are living in camps', 'displaced', 'all', 80000, None, None, 'approx', None),
    ]),
    ('Some 4,000 people sought shelter in schools and churches.', [
        ('Some 4,000 people sought shelter', 'displaced', 'all', 4000, None, None, 'approx', None),
    ]),
    ('About 1,500 families were forcibly relocated.', [
        ('About 1,500 families were forcibly relocated', 'displaced', 'families', 1500, None, None, 'approx', None),
    ]),
    # rows of a key-facts box or an infobox, with or without a colon
    ('Key facts\n- Killed: 1,200\n- Injured: more than 3,000\n- Displaced: 45,000\n- Detained: about 400', [
        ('Killed: 1,200', 'killed', 'all', 1200, None, None, 'exact', None),
        ('Injured: more than 3,000', 'wounded', 'all', 3000, None, None, 'at_least', None),
        ('Displaced: 45,000', 'displaced', 'all', 45000, None, None, 'exact', None),
        ('Detained: about 400', 'detained', 'all', 400, None, None, 'approx', None),
    ]),
    ('Casualties\nDeaths 112\nInjured 300\nMissing 14', [
        ('Deaths 112', 'killed', 'all', 112, None, None, 'exact', None),
        ('Injured 300', 'wounded', 'all', 300, None, None, 'exact', None),
        ('Missing 14', 'missing', 'all', 14, None, None, 'exact', None),
    ]),
    ('Target Civilians\nDeaths 112', [
        ('Deaths 112', 'killed', 'all', 112, None, None, 'exact', None),
    ]),
    ('Soldiers killed 112\nBosnian Muslims in the village.', [
        ('killed 112\nBosnian Muslims', 'killed', 'Bosnian Muslims', 112, None, None, 'exact', None),
    ]),
    # a number said again in figures, as deeds and judgments write it
    ('Forty-three (43) students disappeared.', [
        ('Forty-three (43) students disappeared', 'missing', 'students', 43, None, None, 'exact', None),
    ]),
    ('The court found that twelve (12) persons were killed and five (5) wounded.', [
        ('twelve (12) persons were killed', 'killed', 'all', 12, None, None, 'exact', None),
        ('five (5) wounded', 'wounded', 'all', 5, None, None, 'exact', None),
    ]),
    # answers in a transcript: the question's verb says the harm, the answer's group is counted
    ('Q: How many of your relatives did you lose?\nA: Seven of my relatives, in the two wars.', [
        ('Seven of my relatives', 'killed', 'relatives', 7, None, None, 'exact', None),
    ]),
    ('Q: How many people were killed in your village?\nA: Maybe forty men.', [
        ('Maybe forty men', 'killed', 'men', 40, None, None, 'approx', None),
    ]),
    # present-tense updates
    ('15 March - 5,000 flee to the border.', [
        ('5,000 flee', 'displaced', 'all', 5000, None, None, 'exact', None),
    ]),
    ('Thousands are fleeing the city.', [
        ('Thousands are fleeing', 'displaced', 'all', None, 2000, None, 'vague', None),
    ]),
    # vague amounts with a scale after them; "upward of"; a toll that numbers in the thousands
    ('Several hundred thousand people were deported.', [
        ('Several hundred thousand people were deported', 'displaced', 'all', None, 200000, None, 'vague', None),
    ]),
    ('A few million fled.', [
        ('A few million fled', 'displaced', 'all', None, 2000000, None, 'vague', None),
    ]),
    ('Upward of 800 people died.', [
        ('Upward of 800 people died', 'killed', 'all', 800, None, None, 'at_least', None),
    ]),
    ('The dead number in the thousands.', [
        ('dead number in the thousands', 'killed', 'all', None, 2000, None, 'vague', None),
    ]),
    # a harm meant, threatened or feared is not one done
    ('The attack, which went on to kill 40 people, was the worst this year.', [
        ('kill 40 people', 'killed', 'all', 40, None, None, 'exact', None),
    ]),
    ('The strike managed to kill 12 fighters.', [
        ('kill 12 fighters', 'killed', 'fighters', 12, None, None, 'exact', None),
    ]),
    ('The bombing led to the deaths of 300 people.', [
        ('the deaths of 300 people', 'killed', 'all', 300, None, None, 'exact', None),
    ]),
    # victims spoken of as the living in a court's proceedings
    ('Sources speak of hundreds of victims.', [
        ('hundreds of victims', 'killed', 'all', None, 200, None, 'vague', None),
    ]),
    ('The indictment lists 33 victims by name.', [
        ('33 victims', 'killed', 'all', 33, None, None, 'exact', None),
    ]),
    # a toll and its link parted by an aside
    ('The dead, mostly women and children, numbered at least 1,200.', [
        ('numbered at least 1,200', 'killed', 'all', 1200, None, None, 'at_least', None),
    ]),
    ('The death toll, according to the ministry, stands at 54.', [
        ('stands at 54', 'killed', 'all', 54, None, None, 'exact', None),
    ]),
    # the harm as a participle before the group
    ('Demands the immediate release of the 276 abducted schoolgirls;', [
        ('276 abducted schoolgirls', 'taken_hostage', 'schoolgirls', 276, None, None, 'exact', None),
    ]),
    ('The 40 murdered teachers were buried in the village.', [
        ('40 murdered teachers were buried', 'killed', 'teachers', 40, None, None, 'exact', None),
    ]),
    ('Some 50 wounded soldiers were evacuated.', [
        ('Some 50 wounded soldiers were evacuated', 'wounded', 'soldiers', 50, None, None, 'approx', None),
    ]),
    # a list of groups kept as written, like two joined by "and"
    ('Whereas some 22,000 Polish officers, policemen and intellectuals were murdered in the spring of 1940;', [
        ('some 22,000 Polish officers, policemen and intellectuals were murdered', 'killed', 'Polish officers, policemen and intellectuals', 22000, None, None, 'approx', None),
    ]),
    ('At least 30 journalists, lawyers, and doctors were detained.', [
        ('At least 30 journalists, lawyers, and doctors were detained', 'detained', 'journalists, lawyers, and doctors', 30, None, None, 'at_least', None),
    ]),
    ('Soldiers killed 12 civilians, 3 soldiers and 2 police.', [
        ('killed 12 civilians', 'killed', 'civilians', 12, None, None, 'exact', None),
        ('3 soldiers', 'killed', 'soldiers', 3, None, None, 'exact', None),
        ('2 police', 'killed', 'police', 2, None, None, 'exact', None),
    ]),
    # resolutions and their preambles
    ('Recalling that over 1.5 million Armenians perished between 1915 and 1923,', [
        ('over 1.5 million Armenians perished', 'killed', 'Armenians', 1500000, None, None, 'at_least', None),
    ]),
    ('1. Condemns the killing of at least 8,000 Bosniak men and boys in July 1995;', [
        ('killing of at least 8,000 Bosniak men and boys', 'killed', 'men and boys', 8000, None, None, 'at_least', None),
    ]),
    ('2. Notes with grave concern that more than 2 million people have been displaced;', [
        ('more than 2 million people have been displaced', 'displaced', 'all', 2000000, None, None, 'at_least', None),
    ]),
    ('Deploring the deaths of more than 100 peaceful protesters,', [
        ('the deaths of more than 100 peaceful protesters', 'killed', 'protesters', 100, None, None, 'at_least', None),
    ]),
    # counted among the harmed of another kind
    ('Two journalists were among the wounded.', [
        ('Two journalists were among the wounded', 'wounded', 'journalists', 2, None, None, 'exact', None),
    ]),
    ('Three aid workers were among the hostages.', [
        ('Three aid workers were among the hostages', 'taken_hostage', 'aid workers', 3, None, None, 'exact', None),
    ]),
    ('Five lawyers were among those arrested.', [
        ('Five lawyers were among those arrested', 'detained', 'lawyers', 5, None, None, 'exact', None),
    ]),
    ('A further 3,400 people are listed as having disappeared.', [
        ('3,400 people are listed as having disappeared', 'missing', 'all', 3400, None, None, 'exact', None),
    ]),
    # a harm noun's count after a group's keeps "all" (the group is not carried over)
    ('Two UN peacekeepers were killed and four injured in the ambush.', [
        ('Two UN peacekeepers were killed', 'killed', 'peacekeepers', 2, None, None, 'exact', None),
        ('four injured', 'wounded', 'peacekeepers', 4, None, None, 'exact', None),  # "[peacekeepers] injured"
    ]),
    # a time word after the number names no counted noun
    ('The toll from the landslide climbed to 120 overnight.', [
        ('climbed to 120', 'killed', 'all', 120, None, None, 'exact', None),
    ]),
    # the ways reports state a toll
    ('The death toll rose to 54 on Tuesday, officials said.', [
        ('death toll rose to 54', 'killed', 'all', 54, None, None, 'exact', None),
    ]),
    ('Gunmen opened fire on a bus, killing at least 12 people.', [
        ('killing at least 12 people', 'killed', 'all', 12, None, None, 'at_least', None),
    ]),
    ('The explosion left 30 dead and 70 injured.', [
        ('30 dead', 'killed', 'all', 30, None, None, 'exact', None),
        ('70 injured', 'wounded', 'all', 70, None, None, 'exact', None),
    ]),
    ('Dozens were wounded in the clashes.', [
        ('Dozens were wounded', 'wounded', 'all', None, 24, None, 'vague', None),
    ]),
    ('Some 200 people remain unaccounted for after the flood.', [
        ('Some 200 people remain unaccounted for', 'missing', 'all', 200, None, None, 'approx', None),
    ]),
    ('The remains of 14 men were exhumed from the site.', [
        ('The remains of 14 men', 'killed', 'men', 14, None, None, 'exact', None),
    ]),
    ('Investigators found a mass grave holding 200 bodies.', [
        ('200 bodies', 'killed', 'all', 200, None, None, 'exact', None),
    ]),
    ('The famine claimed the lives of 3,000 civilians.', [
        ('claimed the lives of 3,000 civilians', 'killed', 'civilians', 3000, None, None, 'exact', None),
    ]),
    ('There were 45 fatalities.', [
        ('45 fatalities', 'killed', 'all', 45, None, None, 'exact', None),
    ]),
    ('Some 1.5 million people were deported.', [
        ('Some 1.5 million people were deported', 'displaced', 'all', 1500000, None, None, 'approx', None),
    ]),
    ('Blast kills 40 in market', [
        ('kills 40', 'killed', 'all', 40, None, None, 'exact', None),
    ]),
    ('Forty were shot dead at the checkpoint.', [
        ('Forty were shot dead', 'killed', 'all', 40, None, None, 'exact', None),
    ]),
    ('A further 20 died in hospital.', [
        ('20 died', 'killed', 'all', 20, None, None, 'exact', None),
    ]),
    ('The toll stands at 212.', [
        ('toll stands at 212', 'killed', 'all', 212, None, None, 'exact', None),
    ]),
    ('An estimated 8,000 people were killed in the fighting.', [
        ('An estimated 8,000 people were killed', 'killed', 'all', 8000, None, None, 'approx', None),
    ]),
    ('Nearly 500 people have died since the outbreak of violence.', [
        ('Nearly 500 people have died', 'killed', 'all', 500, None, None, 'approx', None),
    ]),
    ('Upwards of 10,000 people fled the city.', [
        ('Upwards of 10,000 people fled', 'displaced', 'all', 10000, None, None, 'at_least', None),
    ]),
    ('As many as 300 villagers may have been killed.', [
        ('As many as 300 villagers may have been killed', 'killed', 'all', 300, None, None, 'at_most', None),
    ]),
    ('Well over 2,000 people were arrested in the crackdown.', [
        ('Well over 2,000 people were arrested', 'detained', 'all', 2000, None, None, 'at_least', None),
    ]),
    ('Roughly 60 people were wounded.', [
        ('Roughly 60 people were wounded', 'wounded', 'all', 60, None, None, 'approx', None),
    ]),
    ('A suicide bomber killed 23 worshippers at a mosque on Friday.', [
        ('killed 23 worshippers', 'killed', 'worshippers', 23, None, None, 'exact', None),
    ]),
    ('Three children were among those killed.', [
        ('Three children were among those killed', 'killed', 'children', 3, None, None, 'exact', None),
    ]),
    ('Among the dead were 12 children.', [
        ('12 children', 'killed', 'children', 12, None, None, 'exact', None),
    ]),
    ('At least seven people died and 25 were hurt when the building collapsed.', [
        ('At least seven people died', 'killed', 'all', 7, None, None, 'at_least', None),
        ('25 were hurt', 'wounded', 'all', 25, None, None, 'exact', None),
    ]),
    ('Rescuers pulled 18 bodies from the rubble.', [
        ('18 bodies', 'killed', 'all', 18, None, None, 'exact', None),
    ]),
    ('Hundreds of people were killed and thousands displaced.', [
        ('Hundreds of people were killed', 'killed', 'all', None, 200, None, 'vague', None),
        ('thousands displaced', 'displaced', 'all', None, 2000, None, 'vague', None),
    ]),
    ('The shelling killed four civilians and wounded nine others.', [
        ('killed four civilians', 'killed', 'civilians', 4, None, None, 'exact', None),
        ('wounded nine others', 'wounded', 'all', 9, None, None, 'exact', None),
    ]),
    ('Eleven soldiers lost their lives in the ambush.', [
        ('Eleven soldiers lost their lives', 'killed', 'soldiers', 11, None, None, 'exact', None),
    ]),
    ('Airstrikes killed more than 100 people over the weekend.', [
        ('killed more than 100 people', 'killed', 'all', 100, None, None, 'at_least', None),
    ]),
    ('The attack left at least 15 people dead.', [
        ('at least 15 people dead', 'killed', 'all', 15, None, None, 'at_least', None),
    ]),
    ('At least 40 people are feared dead.', [
        ('At least 40 people are feared dead', 'killed', 'all', 40, None, None, 'at_least', None),
    ]),
    ('Two journalists were killed and a third was wounded.', [
        ('Two journalists were killed', 'killed', 'journalists', 2, None, None, 'exact', None),
    ]),
    ('Gunmen abducted 276 schoolgirls from their dormitory.', [
        ('abducted 276 schoolgirls', 'taken_hostage', 'schoolgirls', 276, None, None, 'exact', None),
    ]),
    ('Rebels are holding 30 hostages.', [
        ('30 hostages', 'taken_hostage', 'all', 30, None, None, 'exact', None),
    ]),
    ('The mission documented 1,136 civilian casualties (412 killed and 724 injured).', [
        ('1,136 civilian casualties', 'other', 'civilians', 1136, None, None, 'exact', None),
        ('412 killed', 'killed', 'civilians', 412, None, None, 'exact', '1,136 civilian casualties'),
        ('724 injured', 'wounded', 'civilians', 724, None, None, 'exact', '1,136 civilian casualties'),
    ]),
    ('OHCHR recorded 9,000 civilian deaths, including 500 children.', [
        ('9,000 civilian deaths', 'killed', 'civilians', 9000, None, None, 'exact', None),
        ('500 children', 'killed', 'children', 500, None, None, 'exact', '9,000 civilian deaths'),
    ]),
    ('More than 100,000 people were displaced by the fighting.', [
        ('More than 100,000 people were displaced', 'displaced', 'all', 100000, None, None, 'at_least', None),
    ]),
    ('The report documents the killing of 73 civilians.', [
        ('killing of 73 civilians', 'killed', 'civilians', 73, None, None, 'exact', None),
    ]),
    ('Human Rights Watch documented 45 cases of enforced disappearance.', [
        ('45 cases of enforced disappearance', 'missing', 'all', 45, None, None, 'exact', None),
    ]),
    ('The Commission received reports of 2,500 people missing.', [
        ('2,500 people missing', 'missing', 'all', 2500, None, None, 'exact', None),
    ]),
    ('Approximately 1.2 million people have been internally displaced.', [
        ('Approximately 1.2 million people have been internally displaced', 'displaced', 'all', 1200000, None, None, 'approx', None),
    ]),
    ('At least 3,000 people remain in detention without charge.', [
        ('At least 3,000 people remain in detention', 'detained', 'all', 3000, None, None, 'at_least', None),
    ]),
    ('Forces arbitrarily detained over 400 men and boys.', [
        ('detained over 400 men and boys', 'detained', 'men and boys', 400, None, None, 'at_least', None),
    ]),
    ('The agency estimates that 250,000 people have returned to their homes.', [
        ('estimates that 250,000 people have returned', 'returned', 'all', 250000, None, None, 'approx', None),
    ]),
    ('Some 12,000 women were raped during the conflict.', [
        ('Some 12,000 women were raped', 'sexual_violence', 'women', 12000, None, None, 'approx', None),
    ]),
    ('The team identified the remains of 640 victims.', [
        ('identified the remains of 640 victims', 'identified', 'all', 640, None, None, 'exact', None),
    ]),
    ('Of those killed, 60 were women.', [
        ('60 were women', 'killed', 'women', 60, None, None, 'exact', None),
    ]),
    ('More than 700 civilians have been killed since March, according to the UN.', [
        ('More than 700 civilians have been killed', 'killed', 'civilians', 700, None, None, 'at_least', None),
    ]),
    ('The Trial Chamber found that at least 7,000 Bosnian Muslims were executed.', [
        ('at least 7,000 Bosnian Muslims were executed', 'killed', 'Bosnian Muslims', 7000, None, None, 'at_least', None),
    ]),
    ('The accused was convicted of the murder of 33 people.', [
        ('murder of 33 people', 'killed', 'all', 33, None, None, 'exact', None),
    ]),
    ('The indictment alleges that 1,200 people were deported to the camps.', [
        ('1,200 people were deported to', 'displaced', 'all', 1200, None, None, 'exact', None),
    ]),
    ('The massacre resulted in the deaths of approximately 400 villagers.', [
        ('the deaths of approximately 400 villagers', 'killed', 'all', 400, None, None, 'approx', None),
    ]),
    ('Estimates of the number of dead range from 20,000 to 40,000.', [
        ('number of dead range from 20,000 to 40,000', 'killed', 'all', None, 20000, 40000, 'range', None),
    ]),
    ('Casualty estimates vary widely, from 500 to 3,000 dead.', [
        ('from 500 to 3,000 dead', 'killed', 'all', None, 500, 3000, 'range', None),
    ]),
    ('Tens of thousands of Armenians were deported.', [
        ('Tens of thousands of Armenians were deported', 'displaced', 'Armenians', None, 20000, None, 'vague', None),
    ]),
    ('The war resulted in over 100,000 deaths.', [
        ('over 100,000 deaths', 'killed', 'all', 100000, None, None, 'at_least', None),
    ]),
    ('Some 20,000 people perished in the camp.', [
        ('Some 20,000 people perished', 'killed', 'all', 20000, None, None, 'approx', None),
    ]),
    ('Deaths: 1,000–2,000', [
        ('Deaths: 1,000–2,000', 'killed', 'all', None, 1000, 2000, 'range', None),
    ]),
    ('Casualties: 8 dead, 41 wounded', [
        ('Casualties: 8 dead', 'killed', 'all', 8, None, None, 'exact', None),
        ('41 wounded', 'wounded', 'all', 41, None, None, 'exact', None),
    ]),
    ('• 312 killed, 90 of them women', [
        ('312 killed', 'killed', 'all', 312, None, None, 'exact', None),
        ('90 of them women', 'killed', 'women', 90, None, None, 'exact', '312 killed'),
    ]),
    ('Injured: 150+', [
        ('Injured: 150+', 'wounded', 'all', 150, None, None, 'at_least', None),
    ]),
    ('Fatalities: 27', [
        ('Fatalities: 27', 'killed', 'all', 27, None, None, 'exact', None),
    ]),
    ('- Missing: about 40', [
        ('Missing: about 40', 'missing', 'all', 40, None, None, 'approx', None),
    ]),
    ('Displaced: 2.1 million', [
        ('Displaced: 2.1 million', 'displaced', 'all', 2100000, None, None, 'exact', None),
    ]),
    ('Victims: 613 (including 106 women)', [
        ('Victims: 613', 'killed', 'all', 613, None, None, 'exact', None),
        ('106 women', 'killed', 'women', 106, None, None, 'exact', 'Victims: 613'),
    ]),
    ('Killed: 35\nWounded: 120', [
        ('Killed: 35', 'killed', 'all', 35, None, None, 'exact', None),
        ('Wounded: 120', 'wounded', 'all', 120, None, None, 'exact', None),
    ]),
    ('Bomb kills 12 at wedding party', [
        ('kills 12', 'killed', 'all', 12, None, None, 'exact', None),
    ]),
    ('Floods leave 80 dead', [
        ('80 dead', 'killed', 'all', 80, None, None, 'exact', None),
    ]),
    ('Quake death toll climbs past 2,000', [
        ('death toll climbs past 2,000', 'killed', 'all', 2000, None, None, 'at_least', None),
    ]),
    ('Thousands were forced from their homes.', [
        ('Thousands were forced from their homes', 'displaced', 'all', None, 2000, None, 'vague', None),
    ]),
    ('Scores of people were killed.', [
        ('Scores of people were killed', 'killed', 'all', None, 40, None, 'vague', None),
    ]),
    ('A total of 95 people died.', [
        ('95 people died', 'killed', 'all', 95, None, None, 'exact', None),
    ]),
    ('Fifteen people were confirmed dead by Thursday.', [
        ('Fifteen people were confirmed dead', 'killed', 'all', 15, None, None, 'exact', None),
    ]),
    ('Officials said 83 people had been killed and 200 injured.', [
        ('83 people had been killed', 'killed', 'all', 83, None, None, 'exact', None),
        ('200 injured', 'wounded', 'all', 200, None, None, 'exact', None),
    ]),
    ('The number of people killed has risen to 61.', [
        ('number of people killed has risen to 61', 'killed', 'all', 61, None, None, 'exact', None),
    ]),
    ('The fire killed 9 people, including 4 children.', [
        ('killed 9 people', 'killed', 'all', 9, None, None, 'exact', None),
        ('4 children', 'killed', 'children', 4, None, None, 'exact', 'killed 9 people'),
    ]),
    ('Another 14 people are still missing.', [
        ('14 people are still missing', 'missing', 'all', 14, None, None, 'exact', None),
    ]),
    ('The dead included 5 police officers.', [
        ('5 police officers', 'killed', 'officers', 5, None, None, 'exact', None),
    ]),
    ('It is estimated that 40,000 people were killed.', [
        ('is estimated that 40,000 people were killed', 'killed', 'all', 40000, None, None, 'approx', None),
    ]),
    ('Over 1,000 civilians were injured in the bombardment.', [
        ('Over 1,000 civilians were injured', 'wounded', 'civilians', 1000, None, None, 'at_least', None),
    ]),
    ('The government said the raid left 16 militants dead.', [
        ('16 militants dead', 'killed', 'militants', 16, None, None, 'exact', None),
    ]),
    ('Some 250 people were taken to hospital.', [
        ('Some 250 people were taken to hospital', 'wounded', 'all', 250, None, None, 'approx', None),
    ]),
    ('The attack on the market, the deadliest in years, killed 35 people and wounded 80 more.', [
        ('killed 35 people', 'killed', 'all', 35, None, None, 'exact', None),
        ('wounded 80 more', 'wounded', 'all', 80, None, None, 'exact', None),
    ]),
    ('At least 14 people, including three children, were killed.', [
        ('At least 14 people, including three children, were killed', 'killed', 'all', 14, None, None, 'at_least', None),
        ('three children', 'killed', 'children', 3, None, None, 'exact', 'At least 14 people, including three children, were killed'),
    ]),
    ('The fighting has claimed 40 lives.', [
        ('40 lives', 'killed', 'all', 40, None, None, 'exact', None),
    ]),
    ('Some 40 lives were lost in the blaze.', [
        ('Some 40 lives', 'killed', 'all', 40, None, None, 'approx', None),
    ]),
    ('The bombing killed 12 and injured 30.', [
        ('killed 12', 'killed', 'all', 12, None, None, 'exact', None),
        ('injured 30', 'wounded', 'all', 30, None, None, 'exact', None),
    ]),
    ('A car bomb exploded near the ministry, killing 12 and wounding 40 others.', [
        ('killing 12', 'killed', 'all', 12, None, None, 'exact', None),
        ('wounding 40 others', 'wounded', 'all', 40, None, None, 'exact', None),
    ]),
    ('The strike raised the death toll to 63.', [
        ('death toll to 63', 'killed', 'all', 63, None, None, 'exact', None),
    ]),
    ('Three more bodies were recovered, bringing the total to 54.', [
        ('Three more bodies', 'killed', 'all', 3, None, None, 'exact', None),
        ('54', 'killed', 'all', 54, None, None, 'exact', None),
    ]),
    ('Up to 300 people are thought to have been killed.', [
        ('Up to 300 people are thought to have been killed', 'killed', 'all', 300, None, None, 'at_most', None),
    ]),
    ('An estimated 2,000 are believed to have died.', [
        ('An estimated 2,000 are believed to have died', 'killed', 'all', 2000, None, None, 'approx', None),
    ]),
    ('Fifty people were reported killed.', [
        ('Fifty people were reported killed', 'killed', 'all', 50, None, None, 'exact', None),
    ]),
    ('The clashes resulted in 12 deaths.', [
        ('12 deaths', 'killed', 'all', 12, None, None, 'exact', None),
    ]),
    ('The violence caused 230 casualties.', [
        ('230 casualties', 'other', 'all', 230, None, None, 'exact', None),
    ]),
    ('The unit suffered 45 casualties.', [
        ('45 casualties', 'other', 'all', 45, None, None, 'exact', None),
    ]),
    ('The dead numbered at least 300.', [
        ('dead numbered at least 300', 'killed', 'all', 300, None, None, 'at_least', None),
    ]),
    ('Deaths totalled 1,450 by the end of the year.', [
        ('Deaths totalled 1,450', 'killed', 'all', 1450, None, None, 'exact', None),
    ]),
    ('Thirty men were summarily executed by firing squad.', [
        ('Thirty men were summarily executed', 'killed', 'men', 30, None, None, 'exact', None),
    ]),
    ('12 people have died from their injuries.', [
        ('12 people have died from their injuries', 'killed', 'all', 12, None, None, 'exact', None),
    ]),
    ('More than 60 people, most of them women and children, died in the attack.', [
        ('More than 60 people, most of them women and children, died', 'killed', 'all', 60, None, None, 'at_least', None),
    ]),
    ('Roughly 20,000 people have sought refuge in neighbouring Chad.', [
        ('Roughly 20,000 people have sought refuge', 'displaced', 'all', 20000, None, None, 'approx', None),
    ]),
    ('Over 500,000 people fled to neighbouring countries.', [
        ('Over 500,000 people fled', 'displaced', 'all', 500000, None, None, 'at_least', None),
    ]),
    ('The militants took 25 aid workers captive.', [
        ('25 aid workers captive', 'taken_hostage', 'aid workers', 25, None, None, 'exact', None),
    ]),
    ('Some 40 students had been abducted.', [
        ('Some 40 students had been abducted', 'taken_hostage', 'students', 40, None, None, 'approx', None),
    ]),
    ('The raid left 19 civilians dead, among them four children.', [
        ('19 civilians dead', 'killed', 'civilians', 19, None, None, 'exact', None),
        ('four children', 'killed', 'children', 4, None, None, 'exact', '19 civilians dead'),
    ]),
    ('Reports put the number of dead at more than 200.', [
        ('number of dead at more than 200', 'killed', 'all', 200, None, None, 'at_least', None),
    ]),
    ('The authorities confirmed 77 deaths.', [
        ('77 deaths', 'killed', 'all', 77, None, None, 'exact', None),
    ]),
    ('Twenty-two people were killed and dozens injured.', [
        ('Twenty-two people were killed', 'killed', 'all', 22, None, None, 'exact', None),
        ('dozens injured', 'wounded', 'all', None, 24, None, 'vague', None),
    ]),
    ('Hundreds of thousands have been displaced.', [
        ('Hundreds of thousands have been displaced', 'displaced', 'all', None, 200000, None, 'vague', None),
    ]),
    ('Some 3,000 homes were destroyed and 15,000 people left homeless.', [
        ('15,000 people left homeless', 'displaced', 'all', 15000, None, None, 'exact', None),
    ]),
    ('Another 30 remain missing.', [
        ('30 remain missing', 'missing', 'all', 30, None, None, 'exact', None),
    ]),
    ('Sixty-three people have been confirmed dead and 110 hospitalised.', [
        ('Sixty-three people have been confirmed dead', 'killed', 'all', 63, None, None, 'exact', None),
        ('110 hospitalised', 'wounded', 'all', 110, None, None, 'exact', None),
    ]),
    ('The bodies of 21 men were found in a ditch.', [
        ('bodies of 21 men', 'killed', 'men', 21, None, None, 'exact', None),
    ]),
    ('A mass grave containing the remains of at least 150 people was uncovered.', [
        ('the remains of at least 150 people', 'killed', 'all', 150, None, None, 'at_least', None),
    ]),
    ('Forensic teams have exhumed 230 bodies so far.', [
        ('230 bodies', 'killed', 'all', 230, None, None, 'exact', None),
    ]),
    ('The ministry reported 31 people killed and 94 wounded.', [
        ('31 people killed', 'killed', 'all', 31, None, None, 'exact', None),
        ('94 wounded', 'wounded', 'all', 94, None, None, 'exact', None),
    ]),
    ('The conflict has killed an estimated 400,000 people.', [
        ('killed an estimated 400,000 people', 'killed', 'all', 400000, None, None, 'approx', None),
    ]),
    ('Security forces have killed nearly 1,500 protesters since September.', [
        ('killed nearly 1,500 protesters', 'killed', 'protesters', 1500, None, None, 'approx', None),
    ]),
    ('Police detained 35 people in connection with the protests.', [
        ('detained 35 people', 'detained', 'all', 35, None, None, 'exact', None),
    ]),
    ('More than 1,000 people have been arrested since the coup.', [
        ('More than 1,000 people have been arrested', 'detained', 'all', 1000, None, None, 'at_least', None),
    ]),
    ('The 1994 genocide killed some 800,000 Tutsi and moderate Hutu.', [
        ('killed some 800,000 Tutsi and moderate Hutu', 'killed', 'Tutsi and moderate Hutu', 800000, None, None, 'approx', None),
    ]),
    ('An estimated 6 million Jews were murdered in the Holocaust.', [
        ('An estimated 6 million Jews were murdered', 'killed', 'Jews', 6000000, None, None, 'approx', None),
    ]),
    ('The famine of 1932-33 killed millions of Ukrainians.', [
        ('killed millions of Ukrainians', 'killed', 'Ukrainians', None, 2000000, None, 'vague', None),
    ]),
    ('At least 1,300 people died in the earthquake, and more than 2,000 were injured.', [
        ('At least 1,300 people died', 'killed', 'all', 1300, None, None, 'at_least', None),
        ('more than 2,000 were injured', 'wounded', 'all', 2000, None, None, 'at_least', None),
    ]),
    ('The siege cost the lives of more than 11,000 people.', [
        ('cost the lives of more than 11,000 people', 'killed', 'all', 11000, None, None, 'at_least', None),
    ]),
    ('Two people were killed in Kabul and another five in Kandahar.', [
        ('Two people were killed', 'killed', 'all', 2, None, None, 'exact', None),
        ('five', 'killed', 'all', 5, None, None, 'exact', None),
    ]),
    ('Witnesses said troops shot dead at least 28 demonstrators.', [
        ('shot dead at least 28 demonstrators', 'killed', 'demonstrators', 28, None, None, 'at_least', None),
    ]),
    ('Nearly 4,000 people have gone missing since 2014.', [
        ('Nearly 4,000 people have gone missing', 'missing', 'all', 4000, None, None, 'approx', None),
    ]),
    ('About 700 civilians were wounded by shellfire.', [
        ('About 700 civilians were wounded', 'wounded', 'civilians', 700, None, None, 'approx', None),
    ]),
    ('Total deaths: approximately 12,000', [
        ('Total deaths: approximately 12,000', 'killed', 'all', 12000, None, None, 'approx', None),
    ]),
    ('- 1,200 people displaced', [
        ('1,200 people displaced', 'displaced', 'all', 1200, None, None, 'exact', None),
    ]),
    ('* 45 wounded', [
        ('45 wounded', 'wounded', 'all', 45, None, None, 'exact', None),
    ]),
    ('Casualties and losses: 3,000+ killed', [
        ('Casualties and losses: 3,000+ killed', 'killed', 'all', 3000, None, None, 'at_least', None),
    ]),
    ('The official count is 2,000 dead.', [
        ('2,000 dead', 'killed', 'all', 2000, None, None, 'exact', None),
    ]),
    ("The commission's estimate of 26,000 deaths has been disputed.", [
        ('26,000 deaths', 'killed', 'all', 26000, None, None, 'exact', None),
    ]),
    ('Most scholars accept a figure of between 8,000 and 10,000 dead.', [
        ('between 8,000 and 10,000 dead', 'killed', 'all', None, 8000, 10000, 'range', None),
    ]),
    ('Local officials said 43 people had died, while the opposition claimed the real figure was over 100.', [
        ('43 people had died', 'killed', 'all', 43, None, None, 'exact', None),
        ('over 100', 'killed', 'all', 100, None, None, 'at_least', None),
    ]),
    ('Seven of my relatives were killed that night.', [
        ('Seven of my relatives were killed', 'killed', 'relatives', 7, None, None, 'exact', None),
    ]),
    ('In our village they killed 40 men.', [
        ('killed 40 men', 'killed', 'men', 40, None, None, 'exact', None),
    ]),
    ('I counted 17 bodies in the yard.', [
        ('17 bodies', 'killed', 'all', 17, None, None, 'exact', None),
    ]),
    ('My husband and three sons were taken away and never came back.', [
        ('three sons were taken away and never came back', 'missing', 'sons', 3, None, None, 'exact', None),
    ]),
    ('The UN estimates the number of people killed at more than 5,000.', [
        ('number of people killed at more than 5,000', 'killed', 'all', 5000, None, None, 'at_least', None),
    ]),
    ('The Ministry of Health said 2,315 people had been killed since the start of the war.', [
        ('2,315 people had been killed', 'killed', 'all', 2315, None, None, 'exact', None),
    ]),
    ('According to the ministry, 14 people died and 60 were hurt.', [
        ('14 people died', 'killed', 'all', 14, None, None, 'exact', None),
        ('60 were hurt', 'wounded', 'all', 60, None, None, 'exact', None),
    ]),
    ('Overall, 1,024 people lost their lives.', [
        ('1,024 people lost their lives', 'killed', 'all', 1024, None, None, 'exact', None),
    ]),
    ("The death toll from Sunday's attack stands at 37.", [
        ('stands at 37', 'killed', 'all', 37, None, None, 'exact', None),
    ]),
    ('The attack killed 37, according to local officials.', [
        ('killed 37', 'killed', 'all', 37, None, None, 'exact', None),
    ]),
    ('Of the estimated 50,000 inhabitants, some 12,000 were killed.', [
        ('some 12,000 were killed', 'killed', 'all', 12000, None, None, 'approx', None),
    ]),
    ('The massacre of 300 villagers shocked the country.', [
        ('massacre of 300 villagers', 'killed', 'all', 300, None, None, 'exact', None),
    ]),
    ("The army's siege of the town left more than 1,000 dead.", [
        ('more than 1,000 dead', 'killed', 'all', 1000, None, None, 'at_least', None),
    ]),
    ('Around 60,000 have returned since the ceasefire.', [
        ('Around 60,000 have returned', 'returned', 'all', 60000, None, None, 'approx', None),
    ]),
    ('The town lost 150 men in the war.', [
        ('lost 150 men', 'killed', 'men', 150, None, None, 'exact', None),
    ]),
    ('Nearly 200 civilians have been killed in the region this year, the report says.', [
        ('Nearly 200 civilians have been killed', 'killed', 'civilians', 200, None, None, 'approx', None),
    ]),
    ('Casualty figures: 12 killed, 30 injured.', [
        ('12 killed', 'killed', 'all', 12, None, None, 'exact', None),
        ('30 injured', 'wounded', 'all', 30, None, None, 'exact', None),
    ]),
    ('Figures from the Red Cross suggest 8,000 people are missing.', [
        ('8,000 people are missing', 'missing', 'all', 8000, None, None, 'exact', None),
    ]),
    ('Nearly a thousand people were killed.', [
        ('Nearly a thousand people were killed', 'killed', 'all', 1000, None, None, 'approx', None),
    ]),
    ('A dozen people were wounded.', [
        ('A dozen people were wounded', 'wounded', 'all', 12, None, None, 'exact', None),
    ]),
    ('Half a million people were displaced.', [
        ('Half a million people were displaced', 'displaced', 'all', 500000, None, None, 'exact', None),
    ]),
    ('More than a hundred bodies were found.', [
        ('More than a hundred bodies', 'killed', 'all', 100, None, None, 'at_least', None),
    ]),
    ('Some two million people fled the country.', [
        ('Some two million people fled the country', 'displaced', 'all', 2000000, None, None, 'approx', None),
    ]),
    ('The earthquake killed 2.3k people.', [
    ]),
    ('Israel said 1,200 people were killed in the attack and about 250 taken hostage.', [
        ('1,200 people were killed', 'killed', 'all', 1200, None, None, 'exact', None),
        ('about 250 taken hostage', 'taken_hostage', 'all', 250, None, None, 'approx', None),
    ]),
    ('The group is still holding 101 hostages.', [
        ('101 hostages', 'taken_hostage', 'all', 101, None, None, 'exact', None),
    ]),
    ('Thousands more are feared trapped under the rubble.', [
    ]),
    ('The bodies of three more victims were recovered on Friday.', [
        ('bodies of three more victims', 'killed', 'all', 3, None, None, 'exact', None),
    ]),
    ('Fighting killed 300 and displaced 20,000.', [
        ('killed 300', 'killed', 'all', 300, None, None, 'exact', None),
        ('displaced 20,000', 'displaced', 'all', 20000, None, None, 'exact', None),
    ]),
    ('Today we remember the 1,500 souls who perished in the fire.', [
        ('1,500 souls who perished', 'killed', 'all', 1500, None, None, 'exact', None),
    ]),
    ('We honour the memory of the 8,372 victims.', [
        ('8,372 victims', 'killed', 'all', 8372, None, None, 'exact', None),
    ]),
    ('More than 1.5 million martyrs gave their lives for independence.', [
        ('More than 1.5 million martyrs', 'killed', 'martyrs', 1500000, None, None, 'at_least', None),
    ]),
    ('Colonial troops killed between 15,000 and 45,000 Algerians.', [
        ('killed between 15,000 and 45,000 Algerians', 'killed', 'Algerians', None, 15000, 45000, 'range', None),
    ]),
    ('Tens of thousands of innocent civilians lost their lives.', [
        ('Tens of thousands of innocent civilians lost their lives', 'killed', 'civilians', None, 20000, None, 'vague', None),
    ]),
    ('The 300 innocent lives lost that day will never be forgotten.', [
        ('300 innocent lives lost', 'killed', 'all', 300, None, None, 'exact', None),
    ]),
    ('Nearly 2,000 men, women and children were slaughtered in three days.', [
        ('Nearly 2,000 men, women and children were slaughtered', 'killed', 'all', 2000, None, None, 'approx', None),
    ]),
    ('Thousands of families were torn from their homes and deported to Siberia.', [
        ('Thousands of families were torn from their homes and deported to', 'displaced', 'families', None, 2000, None, 'vague', None),
    ]),
    ('In just 100 days, some 800,000 people were murdered.', [
        ('some 800,000 people were murdered', 'killed', 'all', 800000, None, None, 'approx', None),
    ]),
    ('The pogrom left 32 Armenians dead and hundreds injured.', [
        ('32 Armenians dead', 'killed', 'Armenians', 32, None, None, 'exact', None),
        ('hundreds injured', 'wounded', 'Armenians', None, 200, None, 'vague', None),
    ]),
    ('Around 1,000 people are believed to have been buried in the mass grave.', [
        ('Around 1,000 people are believed to have been buried', 'other', 'all', 1000, None, None, 'approx', None),
    ]),
    ('The victims included 120 children and 80 women.', [
        ('120 children', 'killed', 'children', 120, None, None, 'exact', None),
        ('80 women', 'killed', 'women', 80, None, None, 'exact', None),
    ]),
    ('At least 50 people were killed on Sunday when gunmen attacked a church in the north.', [
        ('At least 50 people were killed', 'killed', 'all', 50, None, None, 'at_least', None),
    ]),
    ('Hundreds of people were reported killed.', [
        ('Hundreds of people were reported killed', 'killed', 'all', None, 200, None, 'vague', None),
    ]),
    ('Five people, including a child, were killed in the blast.', [
        ('Five people, including a child, were killed', 'killed', 'all', 5, None, None, 'exact', None),
    ]),
    ('The bombing of the hospital killed 21 patients and staff.', [
        ('killed 21 patients and staff', 'killed', 'patients and staff', 21, None, None, 'exact', None),
    ]),
    ('Eight aid workers have been killed this year.', [
        ('Eight aid workers have been killed', 'killed', 'aid workers', 8, None, None, 'exact', None),
    ]),
    ('Army says 40 rebels killed in clashes', [
        ('40 rebels killed', 'killed', 'rebels', 40, None, None, 'exact', None),
    ]),
    ('12 dead as storm batters coast', [
        ('12 dead', 'killed', 'all', 12, None, None, 'exact', None),
    ]),
    ('Ferry disaster: 200 feared dead', [
        ('200 feared dead', 'killed', 'all', 200, None, None, 'exact', None),
    ]),
    ('At least 9 killed in school shooting', [
        ('At least 9 killed', 'killed', 'all', 9, None, None, 'at_least', None),
    ]),
    ('Three Palestinians were shot dead by soldiers near the border.', [
        ('Three Palestinians were shot dead', 'killed', 'Palestinians', 3, None, None, 'exact', None),
    ]),
    ('A landmine killed two shepherds.', [
        ('killed two shepherds', 'killed', 'shepherds', 2, None, None, 'exact', None),
    ]),
    ('Some 70 people were killed, according to the Syrian Observatory.', [
        ('Some 70 people were killed', 'killed', 'all', 70, None, None, 'approx', None),
    ]),
    ('The UN said more than 4,000 people have been killed since the war began in April.', [
        ('more than 4,000 people have been killed', 'killed', 'all', 4000, None, None, 'at_least', None),
    ]),
    ('The figure of 8,000 dead is widely accepted.', [
        ('8,000 dead', 'killed', 'all', 8000, None, None, 'exact', None),
    ]),
    ('Local officials gave a toll of 23 dead and 65 wounded.', [
        ('toll of 23 dead', 'killed', 'all', 23, None, None, 'exact', None),
        ('65 wounded', 'wounded', 'all', 65, None, None, 'exact', None),
    ]),
    ('The attack left four people dead and dozens wounded.', [
        ('four people dead', 'killed', 'all', 4, None, None, 'exact', None),
        ('dozens wounded', 'wounded', 'all', None, 24, None, 'vague', None),
    ]),
    ('An estimated 30,000 people were forcibly disappeared during the dictatorship.', [
        ('An estimated 30,000 people were forcibly disappeared', 'missing', 'all', 30000, None, None, 'approx', None),
    ]),
    ('Over 6,000 Yazidis were abducted, mostly women and children.', [
        ('Over 6,000 Yazidis were abducted', 'taken_hostage', 'Yazidis', 6000, None, None, 'at_least', None),
    ]),
    ('Fewer than 100 of the 2,000 inhabitants survived.', [
    ]),
    ('Some 400 were killed outright; another 200 died later of their wounds.', [
        ('Some 400 were killed outright', 'killed', 'all', 400, None, None, 'approx', None),
        ('200 died', 'killed', 'all', 200, None, None, 'exact', None),
    ]),
    ('Among the victims were 31 children.', [
        ('31 children', 'killed', 'children', 31, None, None, 'exact', None),
    ]),
    ('The bodies of 15 people, some with their hands tied, were dumped by the road.', [
        ('bodies of 15 people', 'killed', 'all', 15, None, None, 'exact', None),
    ]),
    ('The shelling has wounded more than 300 people.', [
        ('wounded more than 300 people', 'wounded', 'all', 300, None, None, 'at_least', None),
    ]),
    ('Soldiers fired on the crowd, killing 69 and wounding 180.', [
        ('killing 69', 'killed', 'all', 69, None, None, 'exact', None),
        ('wounding 180', 'wounded', 'all', 180, None, None, 'exact', None),
    ]),
    ('At least 19 protesters were killed by live fire.', [
        ('At least 19 protesters were killed', 'killed', 'protesters', 19, None, None, 'at_least', None),
    ]),
    ('30 bodies were unearthed near the airport.', [
        ('30 bodies', 'killed', 'all', 30, None, None, 'exact', None),
    ]),
    ('The remains of 212 people have been recovered so far.', [
        ('The remains of 212 people', 'killed', 'all', 212, None, None, 'exact', None),
    ]),
    ('Ninety fatalities were recorded in the province.', [
        ('Ninety fatalities', 'killed', 'all', 90, None, None, 'exact', None),
    ]),
    ('Forty-one people were treated for injuries.', [
        ('Forty-one people were treated for injuries', 'wounded', 'all', 41, None, None, 'exact', None),
    ]),
    ('More than 20,000 people remain displaced.', [
        ('More than 20,000 people remain displaced', 'displaced', 'all', 20000, None, None, 'at_least', None),
    ]),
    ('About 12,000 Serbs were expelled from the region.', [
        ('About 12,000 Serbs were expelled from', 'displaced', 'Serbs', 12000, None, None, 'approx', None),
    ]),
    ('More than 300 people are being held without charge.', [
        ('More than 300 people are being held without charge', 'detained', 'all', 300, None, None, 'at_least', None),
    ]),
    ('Some 2,000 soldiers were taken prisoner.', [
        ('Some 2,000 soldiers were taken prisoner', 'taken_hostage', 'soldiers', 2000, None, None, 'approx', None),
    ]),
    ('About 1,500 men were interned in the camp.', [
        ('About 1,500 men were interned', 'detained', 'men', 1500, None, None, 'approx', None),
    ]),
    ('Some 60 people vanished after being detained.', [
        ('Some 60 people vanished', 'missing', 'all', 60, None, None, 'approx', None),
    ]),
    ('About 1,700 people are still listed as missing.', [
        ('About 1,700 people are still listed as missing', 'missing', 'all', 1700, None, None, 'approx', None),
    ]),
    ('More than 3,000 women and girls were enslaved.', [
        ('More than 3,000 women and girls were enslaved', 'sexual_violence', 'women and girls', 3000, None, None, 'at_least', None),
    ]),
    ('At least 46 people were subjected to torture in detention.', [
        ('At least 46 people were subjected to torture', 'tortured', 'all', 46, None, None, 'at_least', None),
    ]),
    ('Some 200 women reported being raped.', [
        ('Some 200 women reported being raped', 'sexual_violence', 'women', 200, None, None, 'approx', None),
    ]),
    ('The attack wounded 14 and killed six.', [
        ('wounded 14', 'wounded', 'all', 14, None, None, 'exact', None),
        ('killed six', 'killed', 'all', 6, None, None, 'exact', None),
    ]),
    ('Six people died of their injuries in hospital.', [
        ('Six people died of their injuries', 'killed', 'all', 6, None, None, 'exact', None),
    ]),
    ('Nearly 900 people have been killed in the region since 2019.', [
        ('Nearly 900 people have been killed', 'killed', 'all', 900, None, None, 'approx', None),
    ]),
    ('The war has killed over 300,000 people and displaced millions.', [
        ('killed over 300,000 people', 'killed', 'all', 300000, None, None, 'at_least', None),
        ('displaced millions', 'displaced', 'all', None, 2000000, None, 'vague', None),
    ]),
    ('Casualties included 17 killed and 43 wounded.', [
        ('17 killed', 'killed', 'all', 17, None, None, 'exact', None),
        ('43 wounded', 'wounded', 'all', 43, None, None, 'exact', None),
    ]),
    ('In all, 4,361 persons were killed.', [
        ('4,361 persons were killed', 'killed', 'all', 4361, None, None, 'exact', None),
    ]),
    ('Two hundred and fifty people were executed.', [
        ('Two hundred and fifty people were executed', 'killed', 'all', 250, None, None, 'exact', None),
    ]),
    ('The clashes have left 14 people dead, including two police officers.', [
        ('14 people dead', 'killed', 'all', 14, None, None, 'exact', None),
        ('two police officers', 'killed', 'officers', 2, None, None, 'exact', '14 people dead'),
    ]),
    ('Witnesses reported seeing about 20 corpses on the road.', [
        ('about 20 corpses', 'killed', 'all', 20, None, None, 'approx', None),
    ]),
    ('Eleven people are known to have died.', [
        ('Eleven people are known to have died', 'killed', 'all', 11, None, None, 'exact', None),
    ]),
    ('Hundreds are thought to have been killed.', [
        ('Hundreds are thought to have been killed', 'killed', 'all', None, 200, None, 'vague', None),
    ]),
    ('Militiamen burned the village, killing an estimated 150 residents.', [
        ('killing an estimated 150 residents', 'killed', 'all', 150, None, None, 'approx', None),
    ]),
    ('By Sunday evening, the number of confirmed deaths had climbed to 212.', [
        ('deaths had climbed to 212', 'killed', 'all', 212, None, None, 'exact', None),
    ]),
    ('The blast injured at least 34 bystanders.', [
        ('injured at least 34 bystanders', 'wounded', 'bystanders', 34, None, None, 'at_least', None),
    ]),
    ('More than 600 Rohingya have drowned at sea since 2014.', [
        ('More than 600 Rohingya have drowned', 'killed', 'Rohingya', 600, None, None, 'at_least', None),
    ]),
    ('Authorities said 19 miners were trapped and presumed dead.', [
        ('19 miners were trapped and presumed dead', 'killed', 'miners', 19, None, None, 'exact', None),
    ]),
    ('At least eight schoolchildren were among the victims.', [
        ('At least eight schoolchildren were among the victims', 'killed', 'schoolchildren', 8, None, None, 'at_least', None),
    ]),
    ('The government acknowledges 2,100 deaths; human rights groups say the true figure is over 7,000.', [
        ('2,100 deaths', 'killed', 'all', 2100, None, None, 'exact', None),
        ('over 7,000', 'killed', 'all', 7000, None, None, 'at_least', None),
    ]),
    ('Fighting has uprooted about 1.1 million people.', [
        ('uprooted about 1.1 million people', 'displaced', 'all', 1100000, None, None, 'approx', None),
    ]),
    ('Some 340 bodies have so far been exhumed from the pit.', [
        ('Some 340 bodies', 'killed', 'all', 340, None, None, 'approx', None),
    ]),
    ('Police opened fire, wounding 23 demonstrators.', [
        ('wounding 23 demonstrators', 'wounded', 'demonstrators', 23, None, None, 'exact', None),
    ]),
    ('Nearly 10,000 Tamil civilians are believed to have died in the final weeks.', [
        ('Nearly 10,000 Tamil civilians are believed to have died', 'killed', 'civilians', 10000, None, None, 'approx', None),
    ]),
    ('In all, 81 people lost their lives in the two attacks.', [
        ('81 people lost their lives', 'killed', 'all', 81, None, None, 'exact', None),
    ]),
    ('Approximately 250 people have been taken into custody since Friday.', [
        ('Approximately 250 people have been taken into custody', 'detained', 'all', 250, None, None, 'approx', None),
    ]),
    ('Over 70 aid workers have been abducted in the region this year.', [
        ('Over 70 aid workers have been abducted', 'taken_hostage', 'aid workers', 70, None, None, 'at_least', None),
    ]),
    ('The UN refugee agency says 40,000 people crossed into Chad last month.', [
        ('40,000 people crossed into', 'displaced', 'all', 40000, None, None, 'exact', None),
    ]),
    ('Death toll: 17 (including 5 children)', [
        ('Death toll: 17', 'killed', 'all', 17, None, None, 'exact', None),
        ('5 children', 'killed', 'children', 5, None, None, 'exact', 'Death toll: 17'),
    ]),
    ('Injured - at least 60', [
        ('Injured - at least 60', 'wounded', 'all', 60, None, None, 'at_least', None),
    ]),
    ('Troops executed 27 men in the schoolyard, survivors said.', [
        ('executed 27 men', 'killed', 'men', 27, None, None, 'exact', None),
    ]),
    ('Roughly a third of the 9,000 residents fled.', [
    ]),
    ('Eleven more bodies were pulled from the river on Tuesday.', [
        ('Eleven more bodies', 'killed', 'all', 11, None, None, 'exact', None),
    ]),
    ('The massacre left 84 villagers dead.', [
        ('84 villagers dead', 'killed', 'all', 84, None, None, 'exact', None),
    ]),
    ('An estimated 500,000 to 1 million people were killed.', [
        ('500,000 to 1 million people were killed', 'killed', 'all', None, 500000, 1000000, 'range', None),
    ]),
    ('Between 40 and 60 prisoners died of typhus.', [
        ('Between 40 and 60 prisoners died', 'killed', 'prisoners', None, 40, 60, 'range', None),
    ]),
    ('According to local authorities, 1,350 homes were destroyed and 6,000 people displaced.', [
        ('6,000 people displaced', 'displaced', 'all', 6000, None, None, 'exact', None),
    ]),
    ('Thirty-one people have been confirmed killed so far.', [
        ('Thirty-one people have been confirmed killed', 'killed', 'all', 31, None, None, 'exact', None),
    ]),
    ('A total of 126 civilians sustained injuries.', [
        ('126 civilians sustained injuries', 'wounded', 'civilians', 126, None, None, 'exact', None),
    ]),
    ('Over 2,000 Kurds were gassed in the town.', [
        ('Over 2,000 Kurds were gassed', 'killed', 'Kurds', 2000, None, None, 'at_least', None),
    ]),
    ('Hundreds of men and boys were separated and taken away.', [
        ('Hundreds of men and boys were separated and taken away', 'detained', 'men and boys', None, 200, None, 'vague', None),
    ]),
    ('Gunmen kidnapped more than 80 worshippers during Sunday mass.', [
        ('kidnapped more than 80 worshippers', 'taken_hostage', 'worshippers', 80, None, None, 'at_least', None),
    ]),
    ('The strike on the hospital killed 13 patients and two nurses.', [
        ('killed 13 patients', 'killed', 'patients', 13, None, None, 'exact', None),
        ('two nurses', 'killed', 'nurses', 2, None, None, 'exact', None),
    ]),
    ('At least 4,000 people were massacred in the city over three days.', [
        ('At least 4,000 people were massacred', 'killed', 'all', 4000, None, None, 'at_least', None),
    ]),
    ('The epidemic in the camps claimed some 6,000 lives.', [
        ('some 6,000 lives', 'killed', 'all', 6000, None, None, 'approx', None),
    ]),
    ('Forty-five people, most of them students, were arrested.', [
        ('Forty-five people, most of them students, were arrested', 'detained', 'all', 45, None, None, 'exact', None),
    ]),
    ('The attackers held 850 people hostage for three days.', [
        ('850 people hostage', 'taken_hostage', 'all', 850, None, None, 'exact', None),
    ]),
    ('About 15 percent of the 2,000 detainees died.', [
    ]),
    ('At least 21 Palestinians were killed on Friday, health officials said.', [
        ('At least 21 Palestinians were killed', 'killed', 'Palestinians', 21, None, None, 'at_least', None),
    ]),
    ('The remains of 1,100 victims have yet to be identified.', [
        ('The remains of 1,100 victims', 'killed', 'all', 1100, None, None, 'exact', None),
    ]),
    # parts said after the total with "of them" or a clause of their own
    ('Of the 1,200 detained, 300 were later released.', [
        ('1,200 detained', 'detained', 'all', 1200, None, None, 'exact', None),
        ('300 were later released', 'other', 'all', 300, None, None, 'exact', '1,200 detained'),
    ]),
    ('Nine people were wounded, two of them critically.', [
        ('Nine people were wounded', 'wounded', 'all', 9, None, None, 'exact', None),
        ('two of them', 'wounded', 'all', 2, None, None, 'exact', 'Nine people were wounded'),
    ]),
]

NOT_FIGURES = [
    # a sentence that ends with a month: the next number is no day
    'The talks began on Feb. 26 in Geneva.',
    # tolls put at a number; a dash after a line's heading; "(est.)"
    'The soldiers fired on the crowd - 45 of them were children.',
    # a figure for a toll the sentence before named
    'The war was long and cruel. Historians put the figure at around 1.5 million.',
    # seized, rounded up, taken away
    'Rebels seized 3 towns in the north.',
    'Police seized 30 kilograms of heroin.',
    'The figure was rounded up to 300.',
    # driven out: left homeless, forced or prompted to flee
    'There are 5,000 homeless people in the city.',
    # rates are not counts
    'Some 10,000 people were killed per year.',
    'The fighting killed 500 people a month.',
    'Around 30 people a day died of hunger.',
    # rows of a key-facts box or an infobox, with or without a colon
    'Population 12,000\nArea 300 km2',
    # coffins and body bags count objects, not the dead
    'Above: the 43 coffins lined up in the square.',
    'Coffins used for the reburial: 14',
    # answers in a transcript: the question's verb says the harm, the answer's group is counted
    'Q: How many children do you have?\nA: We had 3 children.',
    # vague amounts with a scale after them; "upward of"; a toll that numbers in the thousands
    'He ran into 3 soldiers.',
    'The report runs into 300 pages.',
    # a harm meant, threatened or feared is not one done
    'The militants threatened to kill 50 hostages.',
    'Police will arrest 300 protesters tomorrow.',
    'The government plans to deport 3,000 people.',
    'Storms could displace 2 million people.',
    # victims spoken of as the living in a court's proceedings
    'The Chamber heard the testimony of 45 victims.',
    'The Trust Fund will assist 3,000 victims and their families.',
    'The Chamber ordered reparations to 297 victims.',
    'Some 4,000 victims participated in the proceedings.',
    # a share of a number (hyphenated too) counts a population, not the harmed
    'About two-thirds of the 900 residents fled.',
    # years, ages, money, shares, identifiers, footnotes, phone and page numbers, one person, anniversaries, things
    'The war began in 1992 and ended in 1995.',
    'A 15-year-old boy was among the dead.',
    'He was 45 years old.',
    'The fund raised $3 million for victims.',
    'Turnout was 45 percent.',
    'Under Article 7 of the Statute, crimes against humanity include murder.',
    'Security Council Resolution 1244 was adopted.',
    'Soldiers seized 3 trucks of ammunition.',
    'The army shelled the 12 villages for days.',
    'He received a 15-year sentence.',
    'The deaths were confirmed by the ministry.[12]',
    'Call 555-0142 for information.',
    'See page 45 of the report on the killings.',
    'One of the victims was a teacher.',
    'The town marked the 30th anniversary of the massacre.',
    'The 44-day war ended in November.',
    'The tribunal held 120 hearings in 2004.',
    'He was sentenced to 25 years in prison.',
    'The bridge is 300 metres long.',
    'Troops fired 40 rounds at the building.',
    'The report runs to 200 pages.',
    'Police deployed 500 officers to the square.',
    'The 3rd Battalion was blamed for the killings.',
    'The massacre happened at 5 a.m.',
    'The memorial lists names on 12 panels.',
    'The camp had capacity for 5,000 people.',
    'Some 200 journalists attended the press conference.',
    'Paragraph 14 of the judgment addresses the shelling.',
    'The shelling destroyed 300 houses.',
    'Route 5 was closed after the attack.',
    'The shelter housed 200 people.',
    'Troops seized 12 trucks and 40 rifles.',
    'The ministry lost 20 computers.',
    "The unit's 40 vehicles were destroyed.",
    'Some 500 people attended the vigil for the victims.',
    'The 2014 report listed the killings.',
    'The hospital has 300 beds.',
    'The museum received 4,000 visitors.',
    'In 1995, 12 judges sat on the tribunal.',
    'He spent 5 years in detention.',
    'The law was adopted by 120 votes to 3.',
    'Over 40 countries condemned the attack.',
    'Chapter 12 describes the massacre.',
    'The earthquake measured 7.8 on the Richter scale.',
    'Their remains were placed in 14 coffins.',
]
