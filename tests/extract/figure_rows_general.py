"""Figures as English casualty reporting in general states them, in sentences written for these tests: groups kept
as the text names them, ranges whose bounds share a scale word or a hedge, tolls with auxiliaries and revisions,
the figure a toll replaced ("up from 10"), another source's number for the same count ("some said 140"), people
counted among the harmed, driven across a border, or named by the clause that opens ("Of those killed, ..."),
numbers in transcript answers and in the cells of pipe tables. Rows as in test_figures, whose pair of tests runs
them: (evidence, measure, group, value, low, high, qualifier, total)."""

from __future__ import annotations

FIGURES = [
    # groups as written
    ('Three priests were among the dead.', [
        ('Three priests were among the dead', 'killed', 'priests', 3, None, None, 'exact', None),
    ]),
    ('The army said 25 militants were killed.', [
        ('25 militants were killed', 'killed', 'militants', 25, None, None, 'exact', None),
    ]),
    ('At least 12 reporters have been detained since June.', [
        ('At least 12 reporters have been detained', 'detained', 'reporters', 12, None, None, 'at_least', None),
    ]),
    # word numbers that share a scale
    ('Three to five thousand men disappeared after the sweep.', [
        ('Three to five thousand men disappeared', 'missing', 'men', None, 3000, 5000, 'range', None),
    ]),
    ('Two or three hundred villagers fled.', [
        ('Two or three hundred villagers fled', 'displaced', 'all', None, 200, 300, 'range', None),
    ]),
    ('Between five and six thousand people were deported.', [
        ('Between five and six thousand people were deported', 'displaced', 'all', None, 5000, 6000, 'range', None),
    ]),
    ('Two or three dozen prisoners were shot.', [
        ('Two or three dozen prisoners were shot', 'killed', 'prisoners', None, 24, 36, 'range', None),
    ]),
    ('Fifty to a hundred people were killed.', [
        ('Fifty to a hundred people were killed', 'killed', 'all', None, 50, 100, 'range', None),
    ]),
    # hedged ranges
    ('Soldiers killed maybe thirty, maybe forty villagers.', [
        ('killed maybe thirty, maybe forty villagers', 'killed', 'all', None, 30, 40, 'range', None),
    ]),
    ('Perhaps 200, perhaps 300 people were killed.', [
        ('Perhaps 200, perhaps 300 people were killed', 'killed', 'all', None, 200, 300, 'range', None),
    ]),
    # tolls with auxiliaries and revisions
    ('The death toll had climbed to 87, up from 62 on Monday.', [
        ('death toll had climbed to 87', 'killed', 'all', 87, None, None, 'exact', None),
        ('62', 'killed', 'all', 62, None, None, 'exact', None),
    ]),
    ('Authorities revised the death toll down to 52 from 61.', [
        ('death toll down to 52', 'killed', 'all', 52, None, None, 'exact', None),
        ('61', 'killed', 'all', 61, None, None, 'exact', None),
    ]),
    ('The toll was later revised downward to 52.', [
        ('toll was later revised downward to 52', 'killed', 'all', 52, None, None, 'exact', None),
    ]),
    ('The number of dead had reached 120 by nightfall.', [
        ('number of dead had reached 120', 'killed', 'all', 120, None, None, 'exact', None),
    ]),
    ('Police said 14 people had been killed, up from 10 announced on Friday.', [
        ('14 people had been killed', 'killed', 'all', 14, None, None, 'exact', None),
        ('10', 'killed', 'all', 10, None, None, 'exact', None),
    ]),
    ('The death toll rose to 30 (up from 21).', [
        ('death toll rose to 30', 'killed', 'all', 30, None, None, 'exact', None),
        ('21', 'killed', 'all', 21, None, None, 'exact', None),
    ]),
    ('Death toll reaches 50 as rescuers dig', [
        ('Death toll reaches 50', 'killed', 'all', 50, None, None, 'exact', None),
    ]),
    ('Quake toll tops 1,000', [
        ('toll tops 1,000', 'killed', 'all', 1000, None, None, 'at_least', None),
    ]),
    ('Toll nears 300 after floods', [
        ('Toll nears 300', 'killed', 'all', 300, None, None, 'approx', None),
    ]),
    # restated
    ('The attack killed 69 people. The commission later said most of the 69 had been shot in the back.', [
        ('killed 69 people', 'killed', 'all', 69, None, None, 'exact', None),
        ('69', 'killed', 'all', 69, None, None, 'exact', None),
    ]),
    # the missing who never came back; the group a clause opens with
    ('Of the eleven men taken from the village, three never came back.', [
        ('three never came back', 'missing', 'men', 3, None, None, 'exact', None),
    ]),
    ('Seven boys never came back from the forest.', [
        ('Seven boys never came back', 'missing', 'boys', 7, None, None, 'exact', None),
    ]),
    # among the harmed
    ('The report lists 120 teachers, 30 doctors and 12 journalists among the intellectuals killed that year.', [
        ('120 teachers', 'killed', 'teachers', 120, None, None, 'exact', None),
        ('30 doctors', 'killed', 'doctors', 30, None, None, 'exact', None),
        ('12 journalists among the intellectuals killed', 'killed', 'journalists', 12, None, None, 'exact', None),
    ]),
    ('Three journalists were among the civilians killed.', [
        ('Three journalists were among the civilians killed', 'killed', 'journalists', 3, None, None, 'exact', None),
    ]),
    ('Two aid workers were among the people wounded in the strike.', [
        ('Two aid workers were among the people wounded', 'wounded', 'aid workers', 2, None, None, 'exact', None),
    ]),
    # another source's number
    ('Rights groups said more than 100 people were killed; some said 140.', [
        ('more than 100 people were killed', 'killed', 'all', 100, None, None, 'at_least', None),
        ('140', 'killed', 'all', 140, None, None, 'exact', None),
    ]),
    ('Thousands disappeared after 1999; some say three to five thousand.', [
        ('Thousands disappeared', 'missing', 'all', None, 2000, None, 'vague', None),
        ('three to five thousand', 'missing', 'all', None, 3000, 5000, 'range', None),
    ]),
    ("Women's groups speak of 200,000 women raped; some researchers put it at up to 400,000.", [
        ('200,000 women raped', 'sexual_violence', 'women', 200000, None, None, 'exact', None),
        ('up to 400,000', 'sexual_violence', 'women', 400000, None, None, 'at_most', None),
    ]),
    ('The army said 12 soldiers were killed. Rebels said 40.', [
        ('12 soldiers were killed', 'killed', 'soldiers', 12, None, None, 'exact', None),
        ('40', 'killed', 'soldiers', 40, None, None, 'exact', None),
    ]),
    ('Officials said 30 people died; witnesses said 45.', [
        ('30 people died', 'killed', 'all', 30, None, None, 'exact', None),
        ('45', 'killed', 'all', 45, None, None, 'exact', None),
    ]),
    # driven away
    ('More than 250,000 were driven across the border.', [
        ('More than 250,000 were driven across the border', 'displaced', 'all', 250000, None, None, 'at_least', None),
    ]),
    ('The militias drove more than 250,000 across the border into the west.', [
        ('drove more than 250,000 across the border', 'displaced', 'all', 250000, None, None, 'at_least', None),
    ]),
    ('Troops forced 3,000 families from their homes.', [
        ('forced 3,000 families from their homes', 'displaced', 'families', 3000, None, None, 'exact', None),
    ]),
    # harmed named first
    ('Of those killed, 20 were children.', [
        ('20 were children', 'killed', 'children', 20, None, None, 'exact', None),
    ]),
    ('Gunmen killed 45 villagers. Of the dead, 20 were women.', [
        ('killed 45 villagers', 'killed', 'all', 45, None, None, 'exact', None),
        ('20 were women', 'killed', 'women', 20, None, None, 'exact', 'killed 45 villagers'),
    ]),
    ('Among the wounded, 30 were in critical condition.', [
        ('30', 'wounded', 'all', 30, None, None, 'exact', None),
    ]),
    # transcripts
    ('Q: Did people die in your street?\nA: On our street alone, maybe thirty, maybe forty.', [
        ('maybe thirty, maybe forty', 'killed', 'all', None, 30, 40, 'range', None),
    ]),
    ('Q: How many people were arrested that night?\n\nA: Forty, I think.', [
        ('Forty', 'detained', 'all', 40, None, None, 'exact', None),
    ]),
    # pipe tables
    ('| Group | Killed | Wounded |\n|---|---|---|\n| Civilians | 120 | 340 |\n| Soldiers | 15 | 22 |', [
        ('120', 'killed', 'civilians', 120, None, None, 'exact', None),
        ('340', 'wounded', 'civilians', 340, None, None, 'exact', None),
        ('15', 'killed', 'soldiers', 15, None, None, 'exact', None),
        ('22', 'wounded', 'soldiers', 22, None, None, 'exact', None),
    ]),
    ('| District | Killed (2017 register) | Missing |\n|:---|---:|---:|\n| Lakeside | 60 | 12 |\n| Total | 250,000+ | ~ 45 |', [
        ('60', 'killed', 'all', 60, None, None, 'exact', '250,000+'),  # a row of totals under it: a part
        ('12', 'missing', 'all', 12, None, None, 'exact', '~ 45'),
        ('250,000+', 'killed', 'all', 250000, None, None, 'at_least', None),
        ('~ 45', 'missing', 'all', 45, None, None, 'approx', None),
    ]),
    ('| Year | Deaths |\n|---|---|\n| 1992 | 1,200 |', [
        ('1,200', 'killed', 'all', 1200, None, None, 'exact', None),
    ]),
    ('| Item | Number |\n|---|---|\n| Houses destroyed | 400 |\n| Killed | 69 |', [
        ('69', 'killed', 'all', 69, None, None, 'exact', None),
    ]),
    ('Police said 40 people were arrested; some say 35 percent were released.', [
        ('40 people were arrested', 'detained', 'all', 40, None, None, 'exact', None),
    ]),
    ('| Year | Deaths |\n|---|---|\n| 1992 | 1,200 killed in the camps |', [
        ('1,200 killed', 'killed', 'all', 1200, None, None, 'exact', None),
    ]),
    # a vague amount quoted as someone's word
    ('An opposition leader said "dozens" had been killed.', [
        ('dozens" had been killed', 'killed', 'all', None, 24, None, 'vague', None),
    ]),
    ("Witnesses said 'scores' died.", [
        ("scores' died", 'killed', 'all', None, 40, None, 'vague', None),
    ]),
    # subjects and links
    ('Victims included at least 40 children.', [
        ('at least 40 children', 'killed', 'children', 40, None, None, 'at_least', None),
    ]),
    ('Estimates of the dead vary between 200 and 1,500.', [
        ('dead vary between 200 and 1,500', 'killed', 'all', None, 200, 1500, 'range', None),
    ]),
    # the killed, still counted when the sentence names no trial
    ('Police detained 40 protesters; 12 were later sentenced.', [
        ('detained 40 protesters', 'detained', 'protesters', 40, None, None, 'exact', None),
        ('12 were later sentenced', 'detained', 'protesters', 12, None, None, 'exact', None),
    ]),
    # another source's figure, said with the verb that hedges it, or set higher
    ('Amnesty estimated 1,000 deaths; HRW estimated 1,500.', [
        ('estimated 1,000 deaths', 'killed', 'all', 1000, None, None, 'approx', None),
        ('estimated 1,500', 'killed', 'all', 1500, None, None, 'approx', None),
    ]),
    ('Officials said 30 people died; witnesses said "45".', [
        ('30 people died', 'killed', 'all', 30, None, None, 'exact', None),
        ('45', 'killed', 'all', 45, None, None, 'exact', None),
    ]),
    ('Hospital sources said 19 bodies had been brought in. Activists put the figure higher, at 32.', [
        ('19 bodies', 'killed', 'all', 19, None, None, 'exact', None),
        ('32', 'killed', 'all', 32, None, None, 'exact', None),
    ]),
    ('Seventeen humanitarian workers have been killed this year.', [
        ('Seventeen humanitarian workers have been killed', 'killed', 'humanitarian workers', 17, None, None, 'exact', None),
    ]),
]

NOT_FIGURES = [
    # a toll word that is no toll; votes, money, percentages, years, distances and objects beside the new links
    'The toll booth was closed at 9 and reopened at 11.',
    'The dead had been buried at 3 sites.',
    'Traffic nears 300 cars an hour.',
    'The bill passes 60 votes to 40.',
    'The committee voted 12–3 to adopt the report; some said 12.',
    'Some say 20 years is too long.',
    'Rent rose to 900, up from 750 last year.',
    'Prices rose from 10 to 12 dollars.',
    'The bus carried 40 passengers, up from 30 in March.',
    'The death toll was estimated in 2004 by a commission of 12 experts.',
    # driven: things, distances, and soldiers are not the displaced
    'He drove 3 trucks across the border.',
    'The army forced 200 soldiers across the border.',
    'They drove 40 km across the border.',
    'Some 2,000 cattle were driven across the border.',
    # "never returned" is no disappearance (refugees who never returned are still displaced; forms are not people)
    'Some 300 families never returned to the valley.',
    'He said 4 never returned the forms.',
    # answers that give an age, a year, a duration
    'Q: Did people die in your street?\nA: I was 46 then.',
    'Q: Where were you born?\nA: In 1950, in a village of 300 houses.',
    'Q: Did anyone die?\nA: The shelling lasted 12 days.',
    # among people no harm is said of
    'Twelve students were among the crowd.',
    'Three officials were among the speakers at the memorial.',
    'Of the villagers, 12 were farmers.',
    'Among the guests, 30 were journalists.',
    # hedged numbers that are ages, years, minutes
    'He was maybe thirty, maybe forty years old.',
    'Maybe 1990, maybe 1991, the camp closed.',
    'Five to ten minutes later the shooting stopped.',
    # table cells under headers of no harm
    '| Item | Number |\n|---|---|\n| Houses destroyed | 400 |\n| Rounds fired | 1,650 |',
    '| Article | Votes |\n|---|---|\n| 2 | 41 |',
    # a person's age after "man of", "boy of"; the convicted among the tried
    'Her neighbour, an old man of seventy-one, was shot in his yard.',
    'A boy of 12 was killed by the blast.',
    'The tribunal tried 18 defendants between 2002 and 2003; six were convicted at first instance.',
    'Prices vary between 200 and 1,500 dollars.',
    'Victims are 12 times more likely to be women.',
    'He said "hundreds" of letters had arrived.',
]

