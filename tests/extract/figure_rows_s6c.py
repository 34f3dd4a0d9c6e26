"""Figures (session 6, third pass): counts whose harm, group or total a sentence before sets.

Paragraphs of two or three sentences, as wire copy, reports, encyclopaedia casualty sections and testimony write
them: a part of a count just given ("Among them were 1,600 children", "The toll includes 19 children", "Women
accounted for 45 of the dead"), the same count risen or said again by another source ("By Wednesday the number had
risen to 41", "the true number is over 130", "German records list fewer than 800"), sources' bare numbers after a
sentence that names a disputed toll ("How many died is disputed. The government says 12."). Must not match: the
same dead named again by their number ("The 77 were buried"), attackers, years, days, pages and things after a
toll, shares of people who suffered no harm. Paragraphs written for these tests. Rows as in test_figures:
(evidence, measure, group, value, low, high, qualifier, total)."""

from __future__ import annotations

FIGURES = [
    ('The attack killed 45 people. Twelve of them were children.', [
        ('killed 45 people', 'killed', 'all', 45, None, None, 'exact', None),
        ('Twelve of them were children', 'killed', 'children', 12, None, None, 'exact', 'killed 45 people'),
    ]),
    ('At least 30 were wounded. Eight remain in critical condition.', [
        ('At least 30 were wounded', 'wounded', 'all', 30, None, None, 'at_least', None),
    ]),
    ('Rescuers pulled 17 bodies from the rubble on Monday. By Wednesday the number had risen to 41.', [
        ('17 bodies', 'killed', 'all', 17, None, None, 'exact', None),
        ('41', 'killed', 'all', 41, None, None, 'exact', None),
    ]),
    ('The commission documented 1,240 deaths. Of these, 310 were women and 212 children.', [
        ('1,240 deaths', 'killed', 'all', 1240, None, None, 'exact', None),
        ('310 were women', 'killed', 'women', 310, None, None, 'exact', '1,240 deaths'),
        ('212 children', 'killed', 'children', 212, None, None, 'exact', '1,240 deaths'),
    ]),
    ('Officials said 200 people were still missing. The Red Cross put the number at 350.', [
        ('200 people were still missing', 'missing', 'all', 200, None, None, 'exact', None),
        ('350', 'missing', 'all', 350, None, None, 'exact', None),
    ]),
    ('Estimates of the dead vary. Local officials gave 120; an NGO counted 187; a later inquiry said 240.', [
        ('120', 'killed', 'all', 120, None, None, 'exact', None),
        ('187', 'killed', 'all', 187, None, None, 'exact', None),
        ('240', 'killed', 'all', 240, None, None, 'exact', None),
    ]),
    ('Soviet sources reported 2,000 dead. German records list fewer than 800.', [
        ('2,000 dead', 'killed', 'all', 2000, None, None, 'exact', None),
        ('fewer than 800', 'killed', 'all', 800, None, None, 'at_most', None),
    ]),
    ('How many died is disputed. The government says 12. Witnesses say more than 100.', [
        ('12', 'killed', 'all', 12, None, None, 'exact', None),
        ('more than 100', 'killed', 'all', 100, None, None, 'at_least', None),
    ]),
    ('Nearly 5,000 were deported to Siberia. About a third of them never returned.', [
        ('Nearly 5,000 were deported to', 'displaced', 'all', 5000, None, None, 'approx', None),
    ]),
    ('The shelling killed 23 civilians on Friday. Another 12 died in hospital overnight.', [
        ('killed 23 civilians', 'killed', 'civilians', 23, None, None, 'exact', None),
        ('12 died', 'killed', 'civilians', 12, None, None, 'exact', None),
    ]),
    ('Troops shot dead 14 protesters. A further 30 were wounded.', [
        ('shot dead 14 protesters', 'killed', 'protesters', 14, None, None, 'exact', None),
        ('30 were wounded', 'wounded', 'protesters', 30, None, None, 'exact', None),
    ]),
    ('Police detained 400 people after the march. Most were released, but the remaining 40 were charged.', [
        ('detained 400 people', 'detained', 'all', 400, None, None, 'exact', None),
    ]),
    ('The death toll rose to 87 on Tuesday, the health ministry said. The toll includes 19 children.', [
        ('death toll rose to 87', 'killed', 'all', 87, None, None, 'exact', None),
        ('19 children', 'killed', 'children', 19, None, None, 'exact', 'death toll rose to 87'),
    ]),
    ('Militias killed 60 villagers in the raid. Among the dead were 22 women and 15 children.', [
        ('killed 60 villagers', 'killed', 'all', 60, None, None, 'exact', None),
        ('22 women', 'killed', 'women', 22, None, None, 'exact', 'killed 60 villagers'),
        ('15 children', 'killed', 'children', 15, None, None, 'exact', 'killed 60 villagers'),
    ]),
    ('The flooding of the camp displaced 3,000 people. Half of them were children.', [
        ('displaced 3,000 people', 'displaced', 'all', 3000, None, None, 'exact', None),
    ]),
    ('At least 52 people were killed in the blast, officials said. More than 100 others were injured.', [
        ('At least 52 people were killed', 'killed', 'all', 52, None, None, 'at_least', None),
        ('More than 100 others were injured', 'wounded', 'all', 100, None, None, 'at_least', None),
    ]),
    ('The report documents 312 killings by security forces in 2019. Of the victims, 41 were minors.', [
        ('312 killings', 'killed', 'all', 312, None, None, 'exact', None),
        ('41 were minors', 'killed', 'minors', 41, None, None, 'exact', '312 killings'),
    ]),
    ('Gunmen abducted 276 schoolgirls from the dormitory. Fifty-seven escaped within days.', [
        ('abducted 276 schoolgirls', 'taken_hostage', 'schoolgirls', 276, None, None, 'exact', None),
    ]),
    ('The United Nations estimates that 8,000 men and boys were executed. Most of the victims were buried in mass graves.', [
        ('estimates that 8,000 men and boys were executed', 'killed', 'men and boys', 8000, None, None, 'approx', None),
    ]),
    ('Hospital staff said they had received 35 bodies. Of the dead, nine were children.', [
        ('35 bodies', 'killed', 'all', 35, None, None, 'exact', None),
        ('nine were children', 'killed', 'children', 9, None, None, 'exact', '35 bodies'),
    ]),
    ('The bombing killed 18 people. It was the deadliest attack on the city since 2014, when 40 people died.', [
        ('killed 18 people', 'killed', 'all', 18, None, None, 'exact', None),
        ('40 people died', 'killed', 'all', 40, None, None, 'exact', None),
    ]),
    ('In the week-long siege, 120 people were killed and 300 injured. Women accounted for 45 of the dead.', [
        ('120 people were killed', 'killed', 'all', 120, None, None, 'exact', None),
        ('300 injured', 'wounded', 'all', 300, None, None, 'exact', None),
        ('45 of the dead', 'killed', 'women', 45, None, None, 'exact', '120 people were killed'),
    ]),
    ('The ministry put the number of displaced at 250,000. Aid agencies say the real figure is closer to 400,000.', [
        ('number of displaced at 250,000', 'displaced', 'all', 250000, None, None, 'exact', None),
        ('400,000', 'displaced', 'all', 400000, None, None, 'exact', None),
    ]),
    ('Some 2,000 prisoners of war died in the camp. Another 600 were shot while trying to escape.', [
        ('Some 2,000 prisoners of war died', 'killed', 'prisoners of war', 2000, None, None, 'approx', None),
        ('600 were shot', 'killed', 'prisoners of war', 600, None, None, 'exact', None),
    ]),
    ('The fire killed 11 workers. Seven of the victims were women.', [
        ('killed 11 workers', 'killed', 'workers', 11, None, None, 'exact', None),
        ('Seven of the victims were women', 'killed', 'women', 7, None, None, 'exact', 'killed 11 workers'),
    ]),
    ('An airstrike on the market killed 31 civilians, including 10 children. Dozens more were wounded.', [
        ('killed 31 civilians', 'killed', 'civilians', 31, None, None, 'exact', None),
        ('10 children', 'killed', 'children', 10, None, None, 'exact', 'killed 31 civilians'),
        ('Dozens more were wounded', 'wounded', 'civilians', None, 24, None, 'vague', None),
    ]),
    ('The group has recorded 4,100 disappearances since 2006. Only 900 of the disappeared have been found.', [
        ('4,100 disappearances', 'missing', 'all', 4100, None, None, 'exact', None),
    ]),
    ('Ten people died when the boat capsized. Twenty others are still missing.', [
        ('Ten people died', 'killed', 'all', 10, None, None, 'exact', None),
        ('Twenty others are still missing', 'missing', 'all', 20, None, None, 'exact', None),
    ]),
    ('The attackers, about 200 fighters, stormed the village at dawn. They killed 34 residents.', [
        ('killed 34 residents', 'killed', 'all', 34, None, None, 'exact', None),
    ]),
    ('The massacre left 77 dead. The 77 were buried in three mass graves outside the town.', [
        ('77 dead', 'killed', 'all', 77, None, None, 'exact', None),
    ]),
    ('Police arrested 15 suspects in connection with the killing of 8 farmers.', [
        ('killing of 8 farmers', 'killed', 'farmers', 8, None, None, 'exact', None),
    ]),
    ('The official count is 96 dead. Relatives of the victims insist the true number is over 130.', [
        ('96 dead', 'killed', 'all', 96, None, None, 'exact', None),
        ('over 130', 'killed', 'all', 130, None, None, 'at_least', None),
    ]),
    ('At least 400 people were detained in the crackdown. Of those, 80 were students.', [
        ('At least 400 people were detained', 'detained', 'all', 400, None, None, 'at_least', None),
        ('80 were students', 'detained', 'students', 80, None, None, 'exact', 'At least 400 people were detained'),
    ]),
    ('The siege killed an estimated 11,000 civilians. Among them were 1,600 children.', [
        ('killed an estimated 11,000 civilians', 'killed', 'civilians', 11000, None, None, 'approx', None),
        ('1,600 children', 'killed', 'children', 1600, None, None, 'exact', 'killed an estimated 11,000 civilians'),
    ]),
    ('The quake killed 2,300 people. In the province alone, 900 died.', [
        ('killed 2,300 people', 'killed', 'all', 2300, None, None, 'exact', None),
        ('900 died', 'killed', 'all', 900, None, None, 'exact', None),
    ]),
    ('About 700,000 people fled the fighting. About 300,000 have since returned.', [
        ('About 700,000 people fled', 'displaced', 'all', 700000, None, None, 'approx', None),
        ('About 300,000 have since returned', 'returned', 'all', 300000, None, None, 'approx', 'About 700,000 people fled'),
    ]),
    ('The blast wounded 64 people, 12 of them seriously. Four later died.', [
        ('wounded 64 people', 'wounded', 'all', 64, None, None, 'exact', None),
        ('12 of them', 'wounded', 'all', 12, None, None, 'exact', 'wounded 64 people'),
        ('Four later died', 'killed', 'all', 4, None, None, 'exact', None),
    ]),
    ('Between 300 and 400 people were killed in the raids. Human rights groups said most were civilians.', [
        ('Between 300 and 400 people were killed', 'killed', 'all', None, 300, 400, 'range', None),
    ]),
    ('Ten years after the war, 1,700 people remain missing. Their families are still waiting for answers.', [
        ('1,700 people remain missing', 'missing', 'all', 1700, None, None, 'exact', None),
    ]),
    ('The attack killed 9 pilgrims. In 2011 a similar attack killed 20.', [
        ('killed 9 pilgrims', 'killed', 'pilgrims', 9, None, None, 'exact', None),
        ('killed 20', 'killed', 'all', 20, None, None, 'exact', None),
    ]),
    # a sentence that opens with a count of a group, right after a count of people in general: a part of it
    ('The attack killed 45 people. Twelve were children.', [
        ('killed 45 people', 'killed', 'all', 45, None, None, 'exact', None),
        ('Twelve were children', 'killed', 'children', 12, None, None, 'exact', 'killed 45 people'),
    ]),
    ('At least 30 people died in the fire, officials said. Nine were children.', [
        ('At least 30 people died', 'killed', 'all', 30, None, None, 'at_least', None),
        ('Nine were children', 'killed', 'children', 9, None, None, 'exact', 'At least 30 people died'),
    ]),
    ('Police detained 40 people at the border. Six were women and two were boys.', [
        ('detained 40 people', 'detained', 'all', 40, None, None, 'exact', None),
        ('Six were women', 'detained', 'women', 6, None, None, 'exact', 'detained 40 people'),
        ('two were boys', 'detained', 'boys', 2, None, None, 'exact', 'detained 40 people'),
    ]),
    ('The attack killed 45 people. Twelve were children playing outside.', [  # (a clause goes on: left alone)
        ('killed 45 people', 'killed', 'all', 45, None, None, 'exact', None),
    ]),
    ('Police detained 40 people. About 60 were women.', [  # more than the whole: not a part of it
        ('detained 40 people', 'detained', 'all', 40, None, None, 'exact', None),
    ]),
    ('Gunmen killed 8 soldiers at the checkpoint. Two were officers.', [  # the whole names a group of its own
        ('killed 8 soldiers', 'killed', 'soldiers', 8, None, None, 'exact', None),
    ]),
    # the count before stays the only one: a number after it counts attackers, days, things or no harm
    ('The attack killed 45 people. About 200 gunmen took part in it.', [
        ('killed 45 people', 'killed', 'all', 45, None, None, 'exact', None),
    ]),
    ('The bombing killed 18 people in 2014. In 2015 the city rebuilt the market.', [
        ('killed 18 people', 'killed', 'all', 18, None, None, 'exact', None),
    ]),
    ('Officials said 200 people were still missing. The search involved 350 volunteers.', [
        ('200 people were still missing', 'missing', 'all', 200, None, None, 'exact', None),
    ]),
    ('Troops shot dead 14 protesters. Police arrested 30 of the organisers.', [
        ('shot dead 14 protesters', 'killed', 'protesters', 14, None, None, 'exact', None),
    ]),
    ('Soviet sources reported 2,000 dead. The battle lasted 12 days.', [
        ('2,000 dead', 'killed', 'all', 2000, None, None, 'exact', None),
    ]),
    ('The fire killed 11 workers. The factory records list 300 employees.', [
        ('killed 11 workers', 'killed', 'workers', 11, None, None, 'exact', None),
    ]),
    ('The fire killed 11 workers in 2011. Records list 2011 as the worst year.', [
        ('killed 11 workers', 'killed', 'workers', 11, None, None, 'exact', None),
    ]),
]

NOT_FIGURES = [
    'The 12 were buried in 3 graves on the hill.',  # the same dead as before, by their number
    'How many died is disputed. The inquiry heard 40 witnesses.',
    'How many died is disputed. Officials said 30 investigators were assigned to the case.',
    'How many died is disputed. The government says 12 days passed before help came.',
    'Estimates of the dead vary. The report runs to 300 pages.',
    'Women accounted for 45 percent of the voters.',
    'Children made up 30 of the 90 pupils at the school.',
    'The committee has 15 members. Women account for 6 of them.',
    'The toll includes 4 bridges.',  # a toll of things
    'The victims included 4 bridges and 2 roads.',
    'The plan includes 12 new schools.',
    'The town had 5,000 inhabitants. Among them were 300 Jews.',  # a population, no harm
    'The army had 40,000 men. Among them were 2,000 volunteers.',
    'The town had 200 residents. Twelve were children.',
    'The school has 300 pupils. Forty were girls.',
    'The number of voters rose to 41,000. The true number is closer to 45,000.',
]
