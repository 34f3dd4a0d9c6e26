"""Figures (session 8): counts written in words, vague amounts, and numbers that stand far from the words of
harm, with the number words that count no one beside them.

A probe of sentences written for these tests (none taken from a gold file), in the voices of wire copy, NGO
reports, encyclopaedias, witness testimony, tribunal summaries, opinion pieces and texts translated into English.
A row is (sentence, figures); a figure is (evidence, measure, group, value, low, high, qualifier), and it is
found when a figure with the same measure, group, numbers and qualifier overlaps the evidence, as
`testimonia eval` matches them (the evidence of a row is the least a reader would quote, not the exact span)."""

from __future__ import annotations

FIGURES = [
    # --- exact counts written in words, the harm right after the noun ---
    ('Seventeen people were killed when the market was shelled.', [
        ('Seventeen people were killed', 'killed', 'all', 17, None, None, 'exact')]),
    ('Twenty-three civilians died in the raid on the village.', [
        ('Twenty-three civilians died', 'killed', 'civilians', 23, None, None, 'exact')]),
    ('Eleven children were among those killed, the ministry said.', [
        ('Eleven children were among those killed', 'killed', 'children', 11, None, None, 'exact')]),
    ('Forty-one villagers were shot dead at the well.', [
        ('Forty-one villagers were shot dead', 'killed', 'all', 41, None, None, 'exact')]),
    ('Six aid workers were abducted on the road to the camp.', [
        ('Six aid workers were abducted', 'taken_hostage', 'aid workers', 6, None, None, 'exact')]),
    ('Nine journalists were detained during the protests.', [
        ('Nine journalists were detained', 'detained', 'journalists', 9, None, None, 'exact')]),
    ('Fourteen people were wounded by shrapnel.', [
        ('Fourteen people were wounded', 'wounded', 'all', 14, None, None, 'exact')]),
    ('Thirty-two prisoners were executed at dawn.', [
        ('Thirty-two prisoners were executed', 'killed', 'prisoners', 32, None, None, 'exact')]),
    ('Eight members of one family perished in the fire.', [
        ('Eight members of one family perished', 'killed', 'family members', 8, None, None, 'exact')]),
    ('Five students were taken hostage by the gunmen.', [
        ('Five students were taken hostage', 'taken_hostage', 'students', 5, None, None, 'exact')]),
    ('Two hundred and fifty people were killed in the first week.', [
        ('Two hundred and fifty people were killed', 'killed', 'all', 250, None, None, 'exact')]),
    ('Three hundred families fled across the river.', [
        ('Three hundred families fled', 'displaced', 'families', 300, None, None, 'exact')]),
    ('One thousand two hundred residents were forced from their homes.', [
        ('One thousand two hundred residents were forced from their homes', 'displaced', 'all', 1200, None, None,
         'exact')]),
    ('Four soldiers were wounded in the ambush.', [
        ('Four soldiers were wounded', 'wounded', 'soldiers', 4, None, None, 'exact')]),
    ('Nineteen men remain missing after the sweep.', [
        ('Nineteen men remain missing', 'missing', 'men', 19, None, None, 'exact')]),
    ('Seven women were raped by the soldiers, the report found.', [
        ('Seven women were raped', 'sexual_violence', 'women', 7, None, None, 'exact')]),
    ('Twelve people were arrested after the demonstration.', [
        ('Twelve people were arrested', 'detained', 'all', 12, None, None, 'exact')]),
    ('Sixty-three people lost their lives in the stampede at the bridge.', [
        ('Sixty-three people lost their lives', 'killed', 'all', 63, None, None, 'exact')]),
    ('Fifteen villagers were burned alive in the barn.', [
        ('Fifteen villagers were burned alive', 'killed', 'all', 15, None, None, 'exact')]),
    ('Ten civilians were hacked to death with machetes.', [
        ('Ten civilians were hacked to death', 'killed', 'civilians', 10, None, None, 'exact')]),
    ('Thirteen protesters were shot dead by the police.', [
        ('Thirteen protesters were shot dead', 'killed', 'protesters', 13, None, None, 'exact')]),
    ('Eighteen people drowned when the boat capsized.', [
        ('Eighteen people drowned', 'killed', 'all', 18, None, None, 'exact')]),
    ('Fifty-two people were massacred in the church.', [
        ('Fifty-two people were massacred', 'killed', 'all', 52, None, None, 'exact')]),
    ('Twenty-nine people were injured in the blast.', [
        ('Twenty-nine people were injured', 'wounded', 'all', 29, None, None, 'exact')]),
    ('Three journalists were kidnapped near the border.', [
        ('Three journalists were kidnapped', 'taken_hostage', 'journalists', 3, None, None, 'exact')]),
    ('Sixteen people were reported missing after the attack.', [
        ('Sixteen people were reported missing', 'missing', 'all', 16, None, None, 'exact')]),
    ('Forty people died of their wounds in the following days.', [
        ('Forty people died', 'killed', 'all', 40, None, None, 'exact')]),
    ('Ninety-six people were killed and two hundred wounded.', [
        ('Ninety-six people were killed', 'killed', 'all', 96, None, None, 'exact'),
        ('two hundred wounded', 'wounded', 'all', 200, None, None, 'exact')]),
    ('One person was killed and three were injured.', [
        ('One person was killed', 'killed', 'all', 1, None, None, 'exact'),
        ('three were injured', 'wounded', 'all', 3, None, None, 'exact')]),
    ('Two boys and a girl were killed by the shell.', [
        ('Two boys', 'killed', 'boys', 2, None, None, 'exact')]),
    ('A dozen people were wounded in the crush at the gate.', [
        ('A dozen people were wounded', 'wounded', 'all', 12, None, None, 'exact')]),
    ('Three dozen people were rounded up and taken away.', [
        ('Three dozen people were rounded up', 'detained', 'all', 36, None, None, 'exact')]),
    ('Half a million people fled the region that winter.', [
        ('Half a million people fled', 'displaced', 'all', 500000, None, None, 'exact')]),
    ('One and a half million people were deported to the steppe.', [
        ('One and a half million people were deported', 'displaced', 'all', 1500000, None, None, 'exact')]),
    ('A quarter of a million people were driven from their homes.', [
        ('A quarter of a million people were driven from their homes', 'displaced', 'all', 250000, None, None,
         'exact')]),
    ('Two million people were displaced by the fighting.', [
        ('Two million people were displaced', 'displaced', 'all', 2000000, None, None, 'exact')]),
    ('A hundred people were killed in the reprisals.', [
        ('A hundred people were killed', 'killed', 'all', 100, None, None, 'exact')]),
    ('A thousand prisoners died in the camp that winter.', [
        ('A thousand prisoners died', 'killed', 'prisoners', 1000, None, None, 'exact')]),
    ('Eight hundred people were killed in four days, according to the mission.', [
        ('Eight hundred people were killed', 'killed', 'all', 800, None, None, 'exact')]),
    ('Nine Kurdish civilians were killed in the strike.', [
        ('Nine Kurdish civilians were killed', 'killed', 'civilians', 9, None, None, 'exact')]),

    # --- the verb before the count, words in between ---
    ('The shelling killed eleven people, most of them women.', [
        ('killed eleven people', 'killed', 'all', 11, None, None, 'exact')]),
    ('Gunmen killed twenty-seven worshippers during the evening prayer.', [
        ('killed twenty-seven worshippers', 'killed', 'worshippers', 27, None, None, 'exact')]),
    ('The militia abducted fourteen schoolgirls from their dormitory.', [
        ('abducted fourteen schoolgirls', 'taken_hostage', 'schoolgirls', 14, None, None, 'exact')]),
    ('Police arrested thirty-five people in dawn raids.', [
        ('arrested thirty-five people', 'detained', 'all', 35, None, None, 'exact')]),
    ('The floods of violence displaced two million people within a month.', [
        ('displaced two million people', 'displaced', 'all', 2000000, None, None, 'exact')]),
    ('The blast injured forty-four people waiting at the bus stop.', [
        ('injured forty-four people', 'wounded', 'all', 44, None, None, 'exact')]),
    ('The attack left nineteen people dead and dozens injured.', [
        ('left nineteen people dead', 'killed', 'all', 19, None, None, 'exact'),
        ('dozens injured', 'wounded', 'all', None, 24, None, 'vague')]),
    ('Soldiers executed seven men in front of their families.', [
        ('executed seven men', 'killed', 'men', 7, None, None, 'exact')]),
    ('The fire claimed the lives of nine children.', [
        ('claimed the lives of nine children', 'killed', 'children', 9, None, None, 'exact')]),
    ('The massacre claimed the lives of more than three hundred people.', [
        ('claimed the lives of more than three hundred people', 'killed', 'all', 300, None, None, 'at_least')]),
    ('The massacre claimed the lives of more than 300 villagers.', [
        ('claimed the lives of more than 300 villagers', 'killed', 'all', 300, None, None, 'at_least')]),
    ('The bombing took the lives of sixty-one people.', [
        ('took the lives of sixty-one people', 'killed', 'all', 61, None, None, 'exact')]),
    ('The troops shot dead twelve unarmed protesters.', [
        ('shot dead twelve unarmed protesters', 'killed', 'protesters', 12, None, None, 'exact')]),
    ('The regime jailed hundreds of activists after the vote.', [
        ('jailed hundreds of activists', 'detained', 'activists', None, 200, None, 'vague')]),
    ('Rebels seized forty hostages at the mine.', [
        ('seized forty hostages', 'taken_hostage', 'all', 40, None, None, 'exact')]),
    ('The air strike wounded at least a dozen civilians.', [
        ('wounded at least a dozen civilians', 'wounded', 'civilians', 12, None, None, 'at_least')]),
    ('The soldiers killed at least a dozen people in the square.', [
        ('killed at least a dozen people', 'killed', 'all', 12, None, None, 'at_least')]),
    ('The famine killed some two hundred thousand people.', [
        ('killed some two hundred thousand people', 'killed', 'all', 200000, None, None, 'approx')]),
    ('The campaign killed tens of thousands of civilians.', [
        ('killed tens of thousands of civilians', 'killed', 'civilians', None, 20000, None, 'vague')]),
    ('The army forcibly displaced hundreds of thousands of villagers.', [
        ('displaced hundreds of thousands of villagers', 'displaced', 'all', None, 200000, None, 'vague')]),

    # --- vague amounts ---
    ('Dozens of people were killed in the clashes.', [
        ('Dozens of people were killed', 'killed', 'all', None, 24, None, 'vague')]),
    ('Dozens were injured when the stands collapsed under fire.', [
        ('Dozens were injured', 'wounded', 'all', None, 24, None, 'vague')]),
    ('Hundreds of people were arrested in the weeks that followed.', [
        ('Hundreds of people were arrested', 'detained', 'all', None, 200, None, 'vague')]),
    ('Thousands of civilians fled toward the border.', [
        ('Thousands of civilians fled', 'displaced', 'civilians', None, 2000, None, 'vague')]),
    ('Tens of thousands of people were displaced by the offensive.', [
        ('Tens of thousands of people were displaced', 'displaced', 'all', None, 20000, None, 'vague')]),
    ('Scores of villagers were killed when the militia returned.', [
        ('Scores of villagers were killed', 'killed', 'all', None, 40, None, 'vague')]),
    ('Scores of people were wounded in the crossfire.', [
        ('Scores of people were wounded', 'wounded', 'all', None, 40, None, 'vague')]),
    ('Several hundred prisoners were executed in the forest.', [
        ('Several hundred prisoners were executed', 'killed', 'prisoners', None, 200, None, 'vague')]),
    ('A few thousand people managed to flee to the mountains.', [
        ('A few thousand people managed to flee', 'displaced', 'all', None, 2000, None, 'vague')]),
    ('Several thousand men were taken to the camps.', [
        ('Several thousand men were taken to the camps', 'detained', 'men', None, 2000, None, 'vague')]),
    ('Hundreds of thousands of people were forced to leave their homes.', [
        ('Hundreds of thousands of people were forced to leave their homes', 'displaced', 'all', None, 200000, None,
         'vague')]),
    ('Millions of people were uprooted by the war.', [
        ('Millions of people were uprooted', 'displaced', 'all', None, 2000000, None, 'vague')]),
    ('A few hundred people were still missing a year later.', [
        ('A few hundred people were still missing', 'missing', 'all', None, 200, None, 'vague')]),
    ('Several dozen students were detained on the campus.', [
        ('Several dozen students were detained', 'detained', 'students', None, 24, None, 'vague')]),
    ('Dozens of bodies were pulled from the river.', [
        ('Dozens of bodies', 'killed', 'all', None, 24, None, 'vague')]),
    ('Hundreds of bodies were found in the mass graves.', [
        ('Hundreds of bodies', 'killed', 'all', None, 200, None, 'vague')]),
    ('Thousands died of hunger and cold on the march.', [
        ('Thousands died', 'killed', 'all', None, 2000, None, 'vague')]),
    ('Hundreds were killed and thousands were wounded.', [
        ('Hundreds were killed', 'killed', 'all', None, 200, None, 'vague'),
        ('thousands were wounded', 'wounded', 'all', None, 2000, None, 'vague')]),
    ('Tens of thousands fled into the hills.', [
        ('Tens of thousands fled', 'displaced', 'all', None, 20000, None, 'vague')]),
    ('Dozens of women were raped in the camp.', [
        ('Dozens of women were raped', 'sexual_violence', 'women', None, 24, None, 'vague')]),
    ('Hundreds of men disappeared after they were taken to the stadium.', [
        ('Hundreds of men disappeared', 'missing', 'men', None, 200, None, 'vague')]),
    ('Thousands of Armenians were deported from the city.', [
        ('Thousands of Armenians were deported', 'displaced', 'Armenians', None, 2000, None, 'vague')]),
    ('Dozens of civilians were taken hostage by the retreating troops.', [
        ('Dozens of civilians were taken hostage', 'taken_hostage', 'civilians', None, 24, None, 'vague')]),
    ('The shelling killed dozens of people.', [
        ('killed dozens of people', 'killed', 'all', None, 24, None, 'vague')]),
    ('The militia killed scores of unarmed men.', [
        ('killed scores of unarmed men', 'killed', 'men', None, 40, None, 'vague')]),
    ('The police detained hundreds of students.', [
        ('detained hundreds of students', 'detained', 'students', None, 200, None, 'vague')]),
    ('The war drove millions of people from their homes.', [
        ('drove millions of people from their homes', 'displaced', 'all', None, 2000000, None, 'vague')]),
    ('Hundreds of civilians lost their lives in the siege.', [
        ('Hundreds of civilians lost their lives', 'killed', 'civilians', None, 200, None, 'vague')]),
    ('Thousands of people perished in the deportations.', [
        ('Thousands of people perished', 'killed', 'all', None, 2000, None, 'vague')]),
    ('Dozens of villagers were never seen again.', [
        ('Dozens of villagers were never seen again', 'missing', 'all', None, 24, None, 'vague')]),
    ('Hundreds of the wounded died for lack of care.', [
        ('Hundreds of the wounded died', 'killed', 'all', None, 200, None, 'vague')]),
    ('Dozens more were wounded in the second blast.', [
        ('Dozens more were wounded', 'wounded', 'all', None, 24, None, 'vague')]),
    ('In all, thousands of people were held without charge.', [
        ('thousands of people were held without charge', 'detained', 'all', None, 2000, None, 'vague')]),

    # --- words that hedge a number in words ---
    ('Some two hundred people were killed in the village.', [
        ('Some two hundred people were killed', 'killed', 'all', 200, None, None, 'approx')]),
    ('Nearly a thousand people were killed in three days.', [
        ('Nearly a thousand people were killed', 'killed', 'all', 1000, None, None, 'approx')]),
    ('About a hundred people were arrested.', [
        ('About a hundred people were arrested', 'detained', 'all', 100, None, None, 'approx')]),
    ('A hundred or so people were killed in the village.', [
        ('A hundred or so people were killed', 'killed', 'all', 100, None, None, 'approx')]),
    ('More than a thousand civilians were killed in the offensive.', [
        ('More than a thousand civilians were killed', 'killed', 'civilians', 1000, None, None, 'at_least')]),
    ('At least a dozen people were killed.', [
        ('At least a dozen people were killed', 'killed', 'all', 12, None, None, 'at_least')]),
    ('At least two hundred people are missing.', [
        ('At least two hundred people are missing', 'missing', 'all', 200, None, None, 'at_least')]),
    ('Up to a million people may have died in the famine.', [
        ('Up to a million people may have died', 'killed', 'all', 1000000, None, None, 'at_most')]),
    ('Roughly half a million people were displaced.', [
        ('Roughly half a million people were displaced', 'displaced', 'all', 500000, None, None, 'approx')]),
    ('Almost forty people were wounded.', [
        ('Almost forty people were wounded', 'wounded', 'all', 40, None, None, 'approx')]),
    ('Around thirty people were taken hostage.', [
        ('Around thirty people were taken hostage', 'taken_hostage', 'all', 30, None, None, 'approx')]),
    ('Well over a hundred people were killed.', [
        ('Well over a hundred people were killed', 'killed', 'all', 100, None, None, 'at_least')]),
    ('No fewer than sixty people died in the fire.', [
        ('No fewer than sixty people died', 'killed', 'all', 60, None, None, 'at_least')]),
    ('Perhaps a thousand people were killed in the town.', [
        ('Perhaps a thousand people were killed', 'killed', 'all', 1000, None, None, 'approx')]),
    ('An estimated two million people fled the country.', [
        ('An estimated two million people fled', 'displaced', 'all', 2000000, None, None, 'approx')]),
    ('Between two and three thousand people were killed.', [
        ('Between two and three thousand people were killed', 'killed', 'all', None, 2000, 3000, 'range')]),
    ('Between thirty and forty people were wounded.', [
        ('Between thirty and forty people were wounded', 'wounded', 'all', None, 30, 40, 'range')]),
    ('Two or three hundred people were killed that night.', [
        ('Two or three hundred people were killed', 'killed', 'all', None, 200, 300, 'range')]),
    ('Fifteen to twenty people were arrested.', [
        ('Fifteen to twenty people were arrested', 'detained', 'all', None, 15, 20, 'range')]),
    ('Some three to four thousand people went missing.', [
        ('three to four thousand people went missing', 'missing', 'all', None, 3000, 4000, 'range')]),
    ('Over two million people were displaced.', [
        ('Over two million people were displaced', 'displaced', 'all', 2000000, None, None, 'at_least')]),
    ('As many as forty people may have been killed.', [
        ('As many as forty people may have been killed', 'killed', 'all', 40, None, None, 'at_most')]),
    ('Fewer than a hundred people survived the massacre.', []),
    ('Close to three hundred people were detained.', [
        ('Close to three hundred people were detained', 'detained', 'all', 300, None, None, 'approx')]),
    ('Thirty or so people were injured.', [
        ('Thirty or so people were injured', 'wounded', 'all', 30, None, None, 'approx')]),
    ('More than two dozen people were killed.', [
        ('More than two dozen people were killed', 'killed', 'all', 24, None, None, 'at_least')]),
    ('At least four dozen people were detained overnight.', [
        ('At least four dozen people were detained', 'detained', 'all', 48, None, None, 'at_least')]),
    ('Nearly two thousand people fled.', [
        ('Nearly two thousand people fled', 'displaced', 'all', 2000, None, None, 'approx')]),
    ('Well over a million people were displaced.', [
        ('Well over a million people were displaced', 'displaced', 'all', 1000000, None, None, 'at_least')]),
    ('At least one person was killed and two were wounded.', [
        ('At least one person was killed', 'killed', 'all', 1, None, None, 'at_least'),
        ('two were wounded', 'wounded', 'all', 2, None, None, 'exact')]),

    # --- a toll named first, its number later in the sentence ---
    ('The death toll rose to 312 on Sunday.', [
        ('The death toll rose to 312', 'killed', 'all', 312, None, None, 'exact')]),
    ('The death toll has risen to forty-seven.', [
        ('The death toll has risen to forty-seven', 'killed', 'all', 47, None, None, 'exact')]),
    ('The death toll from the earthquake and the fighting that followed rose to 312.', [
        ('rose to 312', 'killed', 'all', 312, None, None, 'exact')]),
    ('By Friday, the death toll stood at nineteen.', [
        ('the death toll stood at nineteen', 'killed', 'all', 19, None, None, 'exact')]),
    ('The official toll stands at 84 dead.', [
        ('84 dead', 'killed', 'all', 84, None, None, 'exact')]),
    ('The number of dead reached 1,200 by the end of the week.', [
        ('The number of dead reached 1,200', 'killed', 'all', 1200, None, None, 'exact')]),
    ('The number of people killed has passed 500.', [
        ('The number of people killed has passed 500', 'killed', 'all', 500, None, None, 'at_least')]),
    ('The number of those missing is put at 2,300.', [
        ('The number of those missing is put at 2,300', 'missing', 'all', 2300, None, None, 'exact')]),
    ('The number of displaced people now exceeds 60,000.', [
        ('The number of displaced people now exceeds 60,000', 'displaced', 'all', 60000, None, None, 'at_least')]),
    ('The toll climbed to at least 112 dead.', [
        ('at least 112 dead', 'killed', 'all', 112, None, None, 'at_least')]),
    ('The casualty count rose to 37 killed and 90 wounded.', [
        ('37 killed', 'killed', 'all', 37, None, None, 'exact'),
        ('90 wounded', 'wounded', 'all', 90, None, None, 'exact')]),
    ('Officials put the death toll at 68.', [
        ('put the death toll at 68', 'killed', 'all', 68, None, None, 'exact')]),
    ('Local officials put the number of dead at more than 200.', [
        ('put the number of dead at more than 200', 'killed', 'all', 200, None, None, 'at_least')]),
    ('Rights groups estimate the death toll at around 1,500.', [
        ('estimate the death toll at around 1,500', 'killed', 'all', 1500, None, None, 'approx')]),
    ('The death toll is believed to be higher than 400.', [
        ('The death toll is believed to be higher than 400', 'killed', 'all', 400, None, None, 'at_least')]),
    ('The final death toll was 1,037.', [
        ('The final death toll was 1,037', 'killed', 'all', 1037, None, None, 'exact')]),
    ('The total number of victims is estimated at 8,000.', [
        ('The total number of victims is estimated at 8,000', 'killed', 'all', 8000, None, None, 'approx')]),
    ('The death toll now stands at more than 3,000.', [
        ('The death toll now stands at more than 3,000', 'killed', 'all', 3000, None, None, 'at_least')]),
    ('The death toll in the town reached two hundred.', [
        ('The death toll in the town reached two hundred', 'killed', 'all', 200, None, None, 'exact')]),
    ('The death toll is now over a thousand.', [
        ('The death toll is now over a thousand', 'killed', 'all', 1000, None, None, 'at_least')]),
    ('The number of refugees has reached 1.2 million.', [
        ('The number of refugees has reached 1.2 million', 'displaced', 'all', 1200000, None, None, 'exact')]),
    ('The number of people detained since the coup has risen to 4,500.', [
        ('The number of people detained since the coup has risen to 4,500', 'detained', 'all', 4500, None, None,
         'exact')]),
    ('The toll of the wounded rose to 230.', [
        ('The toll of the wounded rose to 230', 'wounded', 'all', 230, None, None, 'exact')]),
    ('The number of hostages held by the group is thought to be 47.', [
        ('The number of hostages held by the group is thought to be 47', 'taken_hostage', 'all', 47, None, None,
         'exact')]),
    ("The ministry's count of the dead, released on Monday, was 143.", [
        ('143', 'killed', 'all', 143, None, None, 'exact')]),

    # --- "of whom", "among the dead", a count taken from a count ---
    ('The boat carried 430 people, 312 of whom died.', [
        ('312 of whom died', 'killed', 'all', 312, None, None, 'exact')]),
    ('Among the dead were 40 children.', [
        ('Among the dead were 40 children', 'killed', 'children', 40, None, None, 'exact')]),
    ('Among the dead were eleven women and six children.', [
        ('eleven women', 'killed', 'women', 11, None, None, 'exact'),
        ('six children', 'killed', 'children', 6, None, None, 'exact')]),
    ('Among the victims were three journalists.', [
        ('Among the victims were three journalists', 'killed', 'journalists', 3, None, None, 'exact')]),
    ('Among those killed were nine members of the same family.', [
        ('nine members of the same family', 'killed', 'family members', 9, None, None, 'exact')]),
    ('The two men who were detained were later released.', [
        ('two men who were detained', 'detained', 'men', 2, None, None, 'exact')]),
    ('The dead included twelve children and an elderly couple.', [
        ('The dead included twelve children', 'killed', 'children', 12, None, None, 'exact')]),
    ('Those killed included at least 15 women.', [
        ('Those killed included at least 15 women', 'killed', 'women', 15, None, None, 'at_least')]),
    ('Of the 200 people taken to the barracks, only thirty came back.', [
        ('only thirty came back', 'returned', 'all', 30, None, None, 'exact')]),
    ('Nine of the dead were children.', [
        ('Nine of the dead were children', 'killed', 'children', 9, None, None, 'exact')]),
    ('Four of those killed were aid workers.', [
        ('Four of those killed were aid workers', 'killed', 'aid workers', 4, None, None, 'exact')]),
    ('Twenty of the wounded were in critical condition.', [
        ('Twenty of the wounded', 'wounded', 'all', 20, None, None, 'exact')]),

    # --- bodies found, graves, remains ---
    ('The bodies of 57 people were found in the forest.', [
        ('The bodies of 57 people were found', 'killed', 'all', 57, None, None, 'exact')]),
    ('The bodies of fifty-seven people were found in a ravine.', [
        ('The bodies of fifty-seven people were found', 'killed', 'all', 57, None, None, 'exact')]),
    ('Investigators exhumed 212 bodies from the mass grave.', [
        ('exhumed 212 bodies', 'killed', 'all', 212, None, None, 'exact')]),
    ('Forty bodies were recovered from the rubble.', [
        ('Forty bodies were recovered', 'killed', 'all', 40, None, None, 'exact')]),
    ('Villagers buried 83 people in a mass grave behind the school.', [
        ('buried 83 people in a mass grave', 'killed', 'all', 83, None, None, 'exact')]),
    ('Some 300 victims were buried in mass graves outside the town.', [
        ('Some 300 victims were buried in mass graves', 'killed', 'all', 300, None, None, 'approx')]),
    ('The remains of 1,200 people have been identified.', [
        ('The remains of 1,200 people have been identified', 'identified', 'all', 1200, None, None, 'exact')]),
    ('Eighteen bodies were found in the well.', [
        ('Eighteen bodies were found', 'killed', 'all', 18, None, None, 'exact')]),
    ('Rescuers pulled thirty bodies from the river.', [
        ('pulled thirty bodies', 'killed', 'all', 30, None, None, 'exact')]),

    # --- other death verbs and the verb far from the count ---
    ('More than 300 people, many of them women and children, lost their lives.', [
        ('More than 300 people, many of them women and children, lost their lives', 'killed', 'all', 300, None,
         None, 'at_least')]),
    ('Some 7,000 people perished on the march.', [
        ('Some 7,000 people perished', 'killed', 'all', 7000, None, None, 'approx')]),
    ('Forty-two of the prisoners did not survive the winter.', [
        ('Forty-two of the prisoners did not survive', 'killed', 'prisoners', 42, None, None, 'exact')]),
    ('Only three of the passengers survived; 41 did not survive the crash.', [
        ('41 did not survive', 'killed', 'all', 41, None, None, 'exact')]),
    ('Some 60 men were executed behind the school.', [
        ('Some 60 men were executed', 'killed', 'men', 60, None, None, 'approx')]),
    ('At least 25 people were shot dead.', [
        ('At least 25 people were shot dead', 'killed', 'all', 25, None, None, 'at_least')]),
    ('Thirty men were taken away and were never seen again.', [
        ('Thirty men were taken away and were never seen again', 'missing', 'men', 30, None, None, 'exact')]),
    ('At least 112 men were never seen again.', [
        ('At least 112 men were never seen again', 'missing', 'men', 112, None, None, 'at_least')]),
    ('Some 400 people, most of them from the old quarter, were killed.', [
        ('Some 400 people, most of them from the old quarter, were killed', 'killed', 'all', 400, None, None,
         'approx')]),
    ('About 250 people from the surrounding villages were killed.', [
        ('About 250 people from the surrounding villages were killed', 'killed', 'all', 250, None, None, 'approx')]),
    ('Eighty people who had sheltered in the church were killed.', [
        ('Eighty people who had sheltered in the church were killed', 'killed', 'all', 80, None, None, 'exact')]),
    ('Sixty people, including the village elder, were shot.', [
        ('Sixty people, including the village elder, were shot', 'killed', 'all', 60, None, None, 'exact')]),
    ('Thirty-one people in the convoy died.', [
        ('Thirty-one people in the convoy died', 'killed', 'all', 31, None, None, 'exact')]),
    ('Twenty-five people were found dead in their homes.', [
        ('Twenty-five people were found dead', 'killed', 'all', 25, None, None, 'exact')]),
    ('Five people died later in hospital.', [
        ('Five people died later in hospital', 'killed', 'all', 5, None, None, 'exact')]),
    ('Fourteen people were killed outright and six died later of their injuries.', [
        ('Fourteen people were killed', 'killed', 'all', 14, None, None, 'exact'),
        ('six died later', 'killed', 'all', 6, None, None, 'exact')]),
    ('Nineteen civilians were reportedly summarily executed.', [
        ('Nineteen civilians were reportedly summarily executed', 'killed', 'civilians', 19, None, None,
         'exact')]),
    ('Seven men were allegedly tortured to death in custody.', [
        ('Seven men were allegedly tortured to death', 'killed', 'men', 7, None, None, 'exact')]),
    ('Four protesters were beaten to death.', [
        ('Four protesters were beaten to death', 'killed', 'protesters', 4, None, None, 'exact')]),
    ('Twenty-two miners were gunned down at the gates.', [
        ('Twenty-two miners were gunned down', 'killed', 'miners', 22, None, None, 'exact')]),
    ('Three hundred people were slaughtered in the valley.', [
        ('Three hundred people were slaughtered', 'killed', 'all', 300, None, None, 'exact')]),
    ('Nine people were murdered in their beds.', [
        ('Nine people were murdered', 'killed', 'all', 9, None, None, 'exact')]),
    ('Six people were killed instantly when the missile struck.', [
        ('Six people were killed', 'killed', 'all', 6, None, None, 'exact')]),
    ('Two civilians succumbed to their injuries on Tuesday.', [
        ('Two civilians succumbed to their injuries', 'killed', 'civilians', 2, None, None, 'exact')]),
    ('Eighty-seven prisoners starved to death in the camp.', [
        ('Eighty-seven prisoners starved to death', 'killed', 'prisoners', 87, None, None, 'exact')]),
    ('Thirty people were killed, among them eight children.', [
        ('Thirty people were killed', 'killed', 'all', 30, None, None, 'exact'),
        ('eight children', 'killed', 'children', 8, None, None, 'exact')]),

    # --- testimony ---
    ('They took my two brothers and I never saw them again.', [
        ('my two brothers', 'missing', 'brothers', 2, None, None, 'exact')]),
    ('I counted fourteen bodies in the courtyard.', [
        ('fourteen bodies', 'killed', 'all', 14, None, None, 'exact')]),
    ('In our street alone, nine people were killed that night.', [
        ('nine people were killed', 'killed', 'all', 9, None, None, 'exact')]),
    ('My father and my three uncles were shot in front of me.', [
        ('my three uncles were shot', 'killed', 'uncles', 3, None, None, 'exact')]),
    ('We buried eleven people the next morning.', [
        ('We buried eleven people', 'killed', 'all', 11, None, None, 'exact')]),
    ('Out of the forty men from our village, only six came back.', [
        ('only six came back', 'returned', 'all', 6, None, None, 'exact')]),
    ('They killed four of my cousins.', [
        ('killed four of my cousins', 'killed', 'cousins', 4, None, None, 'exact')]),
    ('Maybe fifty people died in the basement.', [
        ('Maybe fifty people died', 'killed', 'all', 50, None, None, 'approx')]),
    ('There were dozens of dead in the street.', [
        ('dozens of dead', 'killed', 'all', None, 24, None, 'vague')]),
    ('I saw the bodies of six children by the road.', [
        ('the bodies of six children', 'killed', 'children', 6, None, None, 'exact')]),
    ('My husband was one of the twelve men they shot that day.', [
        ('the twelve men they shot', 'killed', 'men', 12, None, None, 'exact')]),
    ('Seven of my relatives were killed in the first week.', [
        ('Seven of my relatives were killed', 'killed', 'relatives', 7, None, None, 'exact')]),
    ('Our village lost thirty-six people in one day.', [
        ('lost thirty-six people', 'killed', 'all', 36, None, None, 'exact')]),
    ('I was held with forty other women in a school.', []),
    ('Of the men who were taken, nineteen never returned.', [
        ('nineteen never returned', 'missing', 'all', 19, None, None, 'exact')]),

    # --- tribunal and court summaries ---
    ('The Chamber found that at least 1,000 Bosnian Muslim men were killed at the farm.', [
        ('at least 1,000 Bosnian Muslim men were killed', 'killed', 'men', 1000, None, None,
         'at_least')]),
    ('The accused was convicted of the murder of seventy-two civilians.', [
        ('the murder of seventy-two civilians', 'killed', 'civilians', 72, None, None, 'exact')]),
    ('The indictment alleges that some 200 detainees were beaten to death.', [
        ('some 200 detainees were beaten to death', 'killed', 'detainees', 200, None, None, 'approx')]),
    ('The Trial Chamber was satisfied that no fewer than 7,000 men were executed.', [
        ('no fewer than 7,000 men were executed', 'killed', 'men', 7000, None, None, 'at_least')]),
    ('The court heard that forty-one detainees died in custody.', [
        ('forty-one detainees died in custody', 'killed', 'detainees', 41, None, None, 'exact')]),
    ('The defendants were found responsible for the deaths of 27 people.', [
        ('the deaths of 27 people', 'killed', 'all', 27, None, None, 'exact')]),
    ('The prosecution established the killing of at least 150 civilians in the municipality.', [
        ('the killing of at least 150 civilians', 'killed', 'civilians', 150, None, None, 'at_least')]),
    ('He ordered the execution of thirty prisoners of war.', [
        ('the execution of thirty prisoners of war', 'killed', 'prisoners of war', 30, None, None, 'exact')]),
    ('The judgment records the unlawful detention of approximately 3,000 civilians.', [
        ('the unlawful detention of approximately 3,000 civilians', 'detained', 'civilians', 3000, None, None,
         'approx')]),
    ('The Chamber finds that hundreds of civilians were forcibly transferred.', [
        ('hundreds of civilians were forcibly transferred', 'displaced', 'civilians', None, 200, None, 'vague')]),

    # --- NGO and UN reports ---
    ('The mission documented the deaths of 1,349 civilians, including 300 children.', [
        ('the deaths of 1,349 civilians', 'killed', 'civilians', 1349, None, None, 'exact'),
        ('300 children', 'killed', 'children', 300, None, None, 'exact')]),
    ('Human Rights Watch documented at least 43 cases of enforced disappearance.', [
        ('at least 43 cases of enforced disappearance', 'missing', 'all', 43, None, None, 'at_least')]),
    ('The organisation recorded 612 civilian deaths in the first half of the year.', [
        ('612 civilian deaths', 'killed', 'civilians', 612, None, None, 'exact')]),
    ('OCHA reported that some 45,000 people had been displaced since January.', [
        ('some 45,000 people had been displaced', 'displaced', 'all', 45000, None, None, 'approx')]),
    ('Amnesty International interviewed survivors who said that at least 60 people were killed.', [
        ('at least 60 people were killed', 'killed', 'all', 60, None, None, 'at_least')]),
    ('UNHCR estimates that two million people have fled the country.', [
        ('two million people have fled', 'displaced', 'all', 2000000, None, None, 'approx')]),
    ('The monitors verified 229 civilian casualties: 84 killed and 145 injured.', [
        ('229 civilian casualties', 'other', 'civilians', 229, None, None, 'exact'),
        ('84 killed', 'killed', 'civilians', 84, None, None, 'exact'),
        ('145 injured', 'wounded', 'civilians', 145, None, None, 'exact')]),
    ('According to the report, hundreds of detainees died in custody.', [
        ('hundreds of detainees died in custody', 'killed', 'detainees', None, 200, None, 'vague')]),
    ('The Commission received reports of dozens of people being executed.', [
        ('dozens of people being executed', 'killed', 'all', None, 24, None, 'vague')]),
    ('At least 1,500 people remain unaccounted for.', [
        ('At least 1,500 people remain unaccounted for', 'missing', 'all', 1500, None, None, 'at_least')]),
    ('Nearly 900 people are still held hostage by the group.', [
        ('Nearly 900 people are still held hostage', 'taken_hostage', 'all', 900, None, None, 'approx')]),
    ('Since March, more than two thousand people have been arbitrarily detained.', [
        ('more than two thousand people have been arbitrarily detained', 'detained', 'all', 2000, None, None,
         'at_least')]),
    ('The report counted 3,200 people forcibly disappeared.', [
        ('3,200 people forcibly disappeared', 'missing', 'all', 3200, None, None, 'exact')]),

    # --- encyclopaedia register ---
    ('The massacre resulted in the deaths of approximately 800 people.', [
        ('the deaths of approximately 800 people', 'killed', 'all', 800, None, None, 'approx')]),
    ('Estimates of the number killed range from 400 to 700.', [
        ('400 to 700', 'killed', 'all', None, 400, 700, 'range')]),
    ('Estimates of the dead range from several hundred to over two thousand.', [
        ('several hundred to over two thousand', 'killed', 'all', None, 200, 2000, 'range')]),
    ('Casualty figures vary, but some 30,000 people are believed to have died.', [
        ('some 30,000 people are believed to have died', 'killed', 'all', 30000, None, None, 'approx')]),
    ('Historians estimate that between 600,000 and 800,000 people were killed.', [
        ('between 600,000 and 800,000 people were killed', 'killed', 'all', None, 600000, 800000, 'range')]),
    ('The pogrom left forty-nine Jews dead.', [
        ('left forty-nine Jews dead', 'killed', 'Jews', 49, None, None, 'exact')]),
    ('The deportation of some 120,000 Chechens began on 23 February.', [
        ('The deportation of some 120,000 Chechens', 'displaced', 'Chechens', 120000, None, None, 'approx')]),
    ('Over the following decade, roughly a million people emigrated as refugees.', [
        ('roughly a million people emigrated as refugees', 'displaced', 'all', 1000000, None, None, 'approx')]),
    ('The uprising was suppressed at the cost of thousands of lives.', [
        ('thousands of lives', 'killed', 'all', None, 2000, None, 'vague')]),
    ('The siege cost the lives of some 11,000 residents.', [
        ('cost the lives of some 11,000 residents', 'killed', 'all', 11000, None, None, 'approx')]),

    # --- opinion pieces and speeches ---
    ('We must never forget the six hundred and thirteen souls murdered that night.', [
        ('six hundred and thirteen souls murdered', 'killed', 'all', 613, None, None, 'exact')]),
    ('A million and a half Armenians were annihilated.', [
        ('A million and a half Armenians were annihilated', 'killed', 'Armenians', 1500000, None, None, 'exact')]),
    ('How can the world ignore the thousands of children who have been killed?', [
        ('the thousands of children who have been killed', 'killed', 'children', None, 2000, None, 'vague')]),
    ('The regime has murdered tens of thousands of its own citizens.', [
        ('murdered tens of thousands of its own citizens', 'killed', 'all', None, 20000, None, 'vague')]),
    ('Every one of the eight hundred victims had a name.', [
        ('the eight hundred victims', 'killed', 'all', 800, None, None, 'exact')]),
    ('Hundreds of thousands were driven into the desert to die.', [
        ('Hundreds of thousands were driven into the desert', 'displaced', 'all', None, 200000, None, 'vague')]),

    # --- translated texts ---
    ('As a result of the attack, 83 peaceful inhabitants were killed.', [
        ('83 peaceful inhabitants were killed', 'killed', 'all', 83, None, None, 'exact')]),
    ('In the result of the shelling, eleven persons were wounded.', [
        ('eleven persons were wounded', 'wounded', 'all', 11, None, None, 'exact')]),
    ('From the peaceful population, 1,275 persons were taken hostage.', [
        ('1,275 persons were taken hostage', 'taken_hostage', 'all', 1275, None, None, 'exact')]),
    ('By the data of the commission, 150 persons are missing without a trace.', [
        ('150 persons are missing', 'missing', 'all', 150, None, None, 'exact')]),
    ('Eight families were completely exterminated.', [
        ('Eight families were completely exterminated', 'families_wiped_out', 'families', 8, None, None, 'exact')]),
    ('Twenty-six children lost one of their parents, and eight children lost both parents.', [
        ('Twenty-six children lost one of their parents', 'orphaned_one_parent', 'children', 26, None, None,
         'exact'),
        ('eight children lost both parents', 'orphaned_both_parents', 'children', 8, None, None, 'exact')]),
    ('The occupants killed with special cruelty 56 persons.', [
        ('killed with special cruelty 56 persons', 'killed', 'all', 56, None, None, 'exact')]),
    ('Total were killed 106 women, 63 children and 70 elderly people.', [
        ('106 women', 'killed', 'women', 106, None, None, 'exact'),
        ('63 children', 'killed', 'children', 63, None, None, 'exact'),
        ('70 elderly people', 'killed', 'elderly', 70, None, None, 'exact')]),
    ('Were wounded 487 persons.', [
        ('Were wounded 487 persons', 'wounded', 'all', 487, None, None, 'exact')]),

    # --- the number far from the verb: asides, relative clauses ---
    ('At least 45 people, among them a nurse and two teachers, were killed.', [
        ('At least 45 people, among them a nurse and two teachers, were killed', 'killed', 'all', 45, None, None,
         'at_least')]),
    ('Dozens of people, including several children, were wounded.', [
        ('Dozens of people, including several children, were wounded', 'wounded', 'all', None, 24, None, 'vague')]),
    ('Hundreds of people, most of them unarmed, were shot.', [
        ('Hundreds of people, most of them unarmed, were shot', 'killed', 'all', None, 200, None, 'vague')]),
    ('Some 1,500 people who had gathered at the stadium were detained.', [
        ('Some 1,500 people who had gathered at the stadium were detained', 'detained', 'all', 1500, None, None,
         'approx')]),
    ('Three hundred men from the villages around the lake were taken away and shot.', [
        ('Three hundred men from the villages around the lake were taken away and shot', 'killed', 'men', 300,
         None, None, 'exact')]),
    ('More than sixty civilians living near the front line have been killed since May.', [
        ('More than sixty civilians living near the front line have been killed', 'killed', 'civilians', 60, None,
         None, 'at_least')]),
    ('Thousands of families in the north have been forced to flee.', [
        ('Thousands of families in the north have been forced to flee', 'displaced', 'families', None, 2000, None,
         'vague')]),
    ('Forty-four people, the youngest of them a girl of three, were killed.', [
        ('Forty-four people, the youngest of them a girl of three, were killed', 'killed', 'all', 44, None, None,
         'exact')]),

    # --- more forms of the missing, detained, hostages, wounded, displaced ---
    ('The fate of some three hundred men remains unknown.', [
        ('The fate of some three hundred men remains unknown', 'missing', 'men', 300, None, None, 'approx')]),
    ('Two hundred people disappeared without a trace.', [
        ('Two hundred people disappeared', 'missing', 'all', 200, None, None, 'exact')]),
    ('Eleven activists are still being held incommunicado.', [
        ('Eleven activists are still being held', 'detained', 'activists', 11, None, None, 'exact')]),
    ('Forty-six people were taken into custody.', [
        ('Forty-six people were taken into custody', 'detained', 'all', 46, None, None, 'exact')]),
    ('Thirty people were held as hostages for nine days.', [
        ('Thirty people were held as hostages', 'taken_hostage', 'all', 30, None, None, 'exact')]),
    ('The gunmen took some eighty people hostage.', [
        ('took some eighty people hostage', 'taken_hostage', 'all', 80, None, None, 'approx')]),
    ('Nearly a hundred people were injured in the stampede.', [
        ('Nearly a hundred people were injured', 'wounded', 'all', 100, None, None, 'approx')]),
    ('Twelve people were seriously hurt.', [
        ('Twelve people were seriously hurt', 'wounded', 'all', 12, None, None, 'exact')]),
    ('Some six thousand people took refuge in the monastery.', [
        ('Some six thousand people took refuge', 'displaced', 'all', 6000, None, None, 'approx')]),
    ('Half of the town, some twenty thousand people, fled.', [
        ('some twenty thousand people, fled', 'displaced', 'all', 20000, None, None, 'approx')]),
    ('An estimated one million refugees crossed into the neighbouring country.', [
        ('An estimated one million refugees crossed', 'displaced', 'all', 1000000, None, None, 'approx')]),
    ('Seven hundred thousand people were expelled.', [
        ('Seven hundred thousand people were expelled', 'displaced', 'all', 700000, None, None, 'exact')]),
    ('Dozens of families were evicted from their homes.', [
        ('Dozens of families were evicted', 'displaced', 'families', None, 24, None, 'vague')]),
    ('Hundreds of people were sent to labour camps.', [
        ('Hundreds of people were sent to labour camps', 'detained', 'all', None, 200, None, 'vague')]),
    ('Scores of people were rounded up at checkpoints.', [
        ('Scores of people were rounded up', 'detained', 'all', None, 40, None, 'vague')]),
    ('Thirty-eight men were abducted and are still missing.', [
        ('Thirty-eight men were abducted and are still missing', 'missing', 'men', 38, None, None, 'exact')]),
    ('Several hundred people were wounded by live fire.', [
        ('Several hundred people were wounded', 'wounded', 'all', None, 200, None, 'vague')]),
    ('At least five hundred people were imprisoned.', [
        ('At least five hundred people were imprisoned', 'detained', 'all', 500, None, None, 'at_least')]),

    # --- counts as nouns of harm ---
    ('The war caused nearly a million deaths.', [
        ('nearly a million deaths', 'killed', 'all', 1000000, None, None, 'approx')]),
    ('There were twelve deaths in the camp last month.', [
        ('twelve deaths', 'killed', 'all', 12, None, None, 'exact')]),
    ('The hospital recorded forty-three deaths and ninety injuries.', [
        ('forty-three deaths', 'killed', 'all', 43, None, None, 'exact'),
        ('ninety injuries', 'wounded', 'all', 90, None, None, 'exact')]),
    ('The clinic treated hundreds of casualties.', [
        ('hundreds of casualties', 'other', 'all', None, 200, None, 'vague')]),
    ('The army admitted to five deaths.', [
        ('five deaths', 'killed', 'all', 5, None, None, 'exact')]),
    ('The conflict produced thousands of refugees.', [
        ('thousands of refugees', 'displaced', 'all', None, 2000, None, 'vague')]),
    ('Hundreds of killings were reported in the province.', [
        ('Hundreds of killings', 'killed', 'all', None, 200, None, 'vague')]),
    ('The bombing campaign caused tens of thousands of civilian deaths.', [
        ('tens of thousands of civilian deaths', 'killed', 'civilians', None, 20000, None, 'vague')]),
    ('Two hundred and six victims were buried in the new cemetery.', [
        ('Two hundred and six victims were buried', 'other', 'all', 206, None, None, 'exact')]),
    ('The memorial bears the names of 1,134 victims.', [
        ('1,134 victims', 'killed', 'all', 1134, None, None, 'exact')]),
]

NOT_FIGURES = [
    # "one" and other small number words in phrases that count no one
    'He was one of the first journalists to reach the village after the killings.',
    'One of the survivors described the attack to the court.',
    'The two sides traded accusations over the shelling.',
    'Both of the two parties agreed to a ceasefire.',
    'The three countries co-chair the mediation group.',
    'The conflict has roots going back a thousand years.',
    'The city was founded two thousand years ago.',
    'Dozens of villages were burned to the ground.',
    'Hundreds of pages of testimony were submitted to the court.',
    'The town was shelled three times in one week.',
    'It was the first massacre of the war.',
    'The second wave of arrests followed in spring.',
    'One-third of the housing stock was destroyed.',
    'Two-thirds of the population had already left by then.',
    'Donors pledged a million dollars for reconstruction.',
    'The two-state solution was discussed at the talks.',
    'A one-day strike was called in protest at the killings.',
    'The three-day siege ended on Sunday.',
    'The ten-year-old boy told investigators what he saw.',
    'Thousands of homes were destroyed in the offensive.',
    'Hundreds of buildings were damaged by the shelling.',
    'Dozens of tanks were destroyed in the battle.',
    'Scores of houses were looted and set on fire.',
    'Thousands of documents were seized by the investigators.',
    'Tens of thousands of rounds of ammunition were fired.',
    'Millions of dollars in aid were stolen.',
    'The killings took place over two days in May.',
    'For three weeks, no one was allowed to enter the town.',
    'The inquiry heard from a dozen witnesses.',
    'Dozens of witnesses testified before the commission.',
    'Hundreds of journalists covered the trial.',
    'Thousands of people marched in the capital to mark the anniversary.',
    'Tens of thousands of people attended the funeral.',
    'Hundreds of mourners gathered at the cemetery.',
    'One man told reporters that he had lost everything.',
    'The village lies a hundred kilometres north of the capital.',
    'The mass grave is about two hundred metres from the road.',
    'The prison held up to a thousand inmates before the war.',
    'The camp was built for five thousand people but now holds more.',
    'Half the town had no water for a week.',
    'The army deployed thousands of troops to the border.',
    'Several hundred soldiers took part in the exercise.',
    'The commission has twelve members.',
    'The two hundredth anniversary of the city fell that year.',
    'Both sides lost dozens of tanks and hundreds of vehicles.',
    'The council voted twelve to three in favour.',
    'A hundred years have passed since the deportations.',
    'One day, the soldiers came back.',
    'The report was signed by three dozen organisations.',
    'He spent twenty years in prison.',
    'She was one of a handful of reporters allowed in.',
    'They walked for three days through the snow.',
    'Thousands of kilometres separate the two cities.',
    'Hundreds of hectares of farmland were mined.',
    'Millions watched the broadcast of the verdict.',
    'The two presidents met in Sochi.',
    'Several thousand copies of the report were printed.',
    'Dozens of reports documented the abuses.',
    'Hundreds of complaints were filed with the ombudsman.',
    'Thousands of tonnes of grain were requisitioned.',
    'A million-strong army was mobilised.',
    'The first three days were the worst.',
    'One in three buildings in the district was damaged.',
    'Half a century later, the graves were found.',
    'The hundred-day campaign ended in July.',
    'The fifty-year-old man was released on bail.',
    'Both of the hospitals were hit twice.',
    'Only one of the four bridges survived the bombing.',
    'The group has carried out dozens of attacks since 2014.',
    'Hundreds of rockets were fired at the city.',
    'Three of the villages were burned.',
    'The two armies fought for four days.',
    'Some two hundred delegates attended the conference.',
    'Nearly a thousand volunteers helped to clear the rubble.',
    'About a dozen countries sent observers.',
    'Tens of thousands of leaflets were dropped on the city.',
    'A few hundred metres further on, the road was blocked.',
    'A handful of diplomats stayed in the capital.',
    'The court sentenced him to fifteen years.',
    'The law was passed by two hundred and forty votes to ten.',
]

# Longer sentences as published texts write them: the count far from its harm, hedged, or told in clauses.
FIGURES_LONG = [
    ('The attack, which lasted less than an hour, left at least 40 people dead.', [
        ('left at least 40 people dead', 'killed', 'all', 40, None, None, 'at_least')]),
    ('Government forces opened fire on the crowd, killing at least thirty-one people.', [
        ('killing at least thirty-one people', 'killed', 'all', 31, None, None, 'at_least')]),
    ('The bombardment, the heaviest of the war, killed an estimated two hundred civilians.', [
        ('killed an estimated two hundred civilians', 'killed', 'civilians', 200, None, None, 'approx')]),
    ('Witnesses said soldiers killed, by their count, nearly sixty people in the square.', [
        ('nearly sixty people', 'killed', 'all', 60, None, None, 'approx')]),
    ('The raid, in which nineteen people died, was never investigated.', [
        ('in which nineteen people died', 'killed', 'all', 19, None, None, 'exact')]),
    ('It was a massacre of some three hundred villagers.', [
        ('a massacre of some three hundred villagers', 'killed', 'all', 300, None, None, 'approx')]),
    ('The explosion resulted in forty-two deaths.', [
        ('forty-two deaths', 'killed', 'all', 42, None, None, 'exact')]),
    ('An attack on the convoy left nine dead and fourteen wounded.', [
        ('nine dead', 'killed', 'all', 9, None, None, 'exact'),
        ('fourteen wounded', 'wounded', 'all', 14, None, None, 'exact')]),
    ('The violence claimed more than a thousand lives.', [
        ('more than a thousand lives', 'killed', 'all', 1000, None, None, 'at_least')]),
    ('The famine claimed some three million lives.', [
        ('some three million lives', 'killed', 'all', 3000000, None, None, 'approx')]),
    ('The war cost tens of thousands of lives.', [
        ('tens of thousands of lives', 'killed', 'all', None, 20000, None, 'vague')]),
    ('The dead numbered about eight hundred.', [
        ('The dead numbered about eight hundred', 'killed', 'all', 800, None, None, 'approx')]),
    ('The victims numbered in the thousands.', [
        ('The victims numbered in the thousands', 'killed', 'all', None, 2000, None, 'vague')]),
    ('Some forty people are known to have died.', [
        ('Some forty people are known to have died', 'killed', 'all', 40, None, None, 'approx')]),
    ('Police found the bodies of a further twelve men on Tuesday.', [
        ('the bodies of a further twelve men', 'killed', 'men', 12, None, None, 'exact')]),
    ('Rescue teams have so far recovered thirty-four bodies.', [
        ('recovered thirty-four bodies', 'killed', 'all', 34, None, None, 'exact')]),
    ('The shooting, which police said was carried out by two gunmen, killed nine worshippers.', [
        ('killed nine worshippers', 'killed', 'worshippers', 9, None, None, 'exact')]),
    ('Hundreds are believed to have been killed.', [
        ('Hundreds are believed to have been killed', 'killed', 'all', None, 200, None, 'vague')]),
    ('Thousands are feared dead.', [
        ('Thousands are feared dead', 'killed', 'all', None, 2000, None, 'vague')]),
    ('Dozens are still missing, the Red Cross said.', [
        ('Dozens are still missing', 'missing', 'all', None, 24, None, 'vague')]),
    ('Hundreds remain in detention without charge.', [
        ('Hundreds remain in detention', 'detained', 'all', None, 200, None, 'vague')]),
    ('At least a dozen were taken hostage.', [
        ('At least a dozen were taken hostage', 'taken_hostage', 'all', 12, None, None, 'at_least')]),
    ('In total, some two thousand people were deported in cattle wagons.', [
        ('some two thousand people were deported', 'displaced', 'all', 2000, None, None, 'approx')]),
    ('According to survivors, soldiers shot dozens of men and threw their bodies into the river.', [
        ('shot dozens of men', 'killed', 'men', None, 24, None, 'vague')]),
    ('Troops rounded up several hundred men and boys.', [
        ('rounded up several hundred men and boys', 'detained', 'men and boys', None, 200, None, 'vague')]),
    ('Gunmen seized more than a hundred passengers from the train.', [
        ('seized more than a hundred passengers', 'taken_hostage', 'passengers', 100, None, None, 'at_least')]),
    ('The offensive forced some half a million people from their homes.', [
        ('forced some half a million people from their homes', 'displaced', 'all', 500000, None, None, 'approx')]),
    ('The offensive sent hundreds of thousands of people fleeing.', [
        ('hundreds of thousands of people fleeing', 'displaced', 'all', None, 200000, None, 'vague')]),
    ('The shelling has wounded more than two thousand people since the spring.', [
        ('wounded more than two thousand people', 'wounded', 'all', 2000, None, None, 'at_least')]),
    ('Over a hundred civilians, including women and children, were killed in the strikes.', [
        ('Over a hundred civilians, including women and children, were killed', 'killed', 'civilians', 100, None,
         None, 'at_least')]),
    ('A total of 312 people died in the camp between March and June.', [
        ('A total of 312 people died', 'killed', 'all', 312, None, None, 'exact')]),
    ('In the space of three days, 1,200 people were killed.', [
        ('1,200 people were killed', 'killed', 'all', 1200, None, None, 'exact')]),
    ('Two of the hostages were killed during the rescue attempt.', [
        ('Two of the hostages were killed', 'killed', 'hostages', 2, None, None, 'exact')]),
    ('Survivors said that about forty men were lined up and shot.', [
        ('about forty men were lined up and shot', 'killed', 'men', 40, None, None, 'approx')]),
    ('Around a thousand people were killed in the week of violence that followed.', [
        ('Around a thousand people were killed', 'killed', 'all', 1000, None, None, 'approx')]),
    ('Of the 1,500 men held at the camp, some 400 died.', [
        ('1,500 men held at the camp', 'detained', 'men', 1500, None, None, 'exact'),
        ('some 400 died', 'killed', 'men', 400, None, None, 'approx')]),
    ('Fifty people were killed; a hundred more were wounded.', [
        ('Fifty people were killed', 'killed', 'all', 50, None, None, 'exact'),
        ('a hundred more were wounded', 'wounded', 'all', 100, None, None, 'exact')]),
    ('The massacre left over three hundred dead.', [
        ('left over three hundred dead', 'killed', 'all', 300, None, None, 'at_least')]),
    ('The storming of the school ended with 334 hostages dead, 186 of them children.', [
        ('334 hostages dead', 'killed', 'hostages', 334, None, None, 'exact'),
        ('186 of them children', 'killed', 'children', 186, None, None, 'exact')]),
    ('The toll from the two days of fighting is at least a hundred and twenty.', [
        ('at least a hundred and twenty', 'killed', 'all', 120, None, None, 'at_least')]),
    ('The conflict has left more than a million people homeless.', [
        ('more than a million people homeless', 'displaced', 'all', 1000000, None, None, 'at_least')]),
    ('Up to three hundred people may have drowned.', [
        ('Up to three hundred people may have drowned', 'killed', 'all', 300, None, None, 'at_most')]),
    ('Several dozen people are thought to have been killed.', [
        ('Several dozen people are thought to have been killed', 'killed', 'all', None, 24, None, 'vague')]),
    ('Some eighty thousand people are believed to have fled.', [
        ('Some eighty thousand people are believed to have fled', 'displaced', 'all', 80000, None, None,
         'approx')]),
    ('Three dozen people died when the bridge was bombed.', [
        ('Three dozen people died', 'killed', 'all', 36, None, None, 'exact')]),
    ('Nearly two dozen civilians were wounded.', [
        ('Nearly two dozen civilians were wounded', 'wounded', 'civilians', 24, None, None, 'approx')]),
    ('The militias killed between twenty and thirty people in each village.', [
        ('killed between twenty and thirty people', 'killed', 'all', None, 20, 30, 'range')]),
    ('Four hundred and twelve names are on the list of the dead.', [
        ('Four hundred and twelve names are on the list of the dead', 'killed', 'all', 412, None, None, 'exact')]),
    ('Some 2,000 civilians are estimated to have been killed.', [
        ('Some 2,000 civilians are estimated to have been killed', 'killed', 'civilians', 2000, None, None,
         'approx')]),
    ('Eyewitnesses told us that around two hundred men were executed in the woods.', [
        ('around two hundred men were executed', 'killed', 'men', 200, None, None, 'approx')]),
    # forms read since this probe was written: a verb before an aside, a people's possessive before a toll, a
    # part with a clause of its own ("312 of whom drowned"), the once-held as a partitive, participles
    ("Some accounts put soldiers' deaths at about 1,000.", [
        ("soldiers' deaths at about 1,000", 'killed', 'soldiers', 1000, None, None, 'approx')]),
    ('Soldiers killed, witnesses said, at least 30 people.', [
        ('killed, witnesses said, at least 30 people', 'killed', 'all', 30, None, None, 'at_least')]),
    ('The troops executed, in two days of raids, more than two hundred men.', [
        ('executed, in two days of raids, more than two hundred men', 'killed', 'men', 200, None, None,
         'at_least')]),
    ('The ferry was carrying 430 passengers, 312 of whom drowned.', [
        ('312 of whom drowned', 'killed', 'passengers', 312, None, None, 'exact')]),
    ('The truck carried forty migrants, nine of whom suffocated.', [
        ('nine of whom suffocated', 'killed', 'migrants', 9, None, None, 'exact')]),
    ('Twelve of the detainees died in custody.', [
        ('Twelve of the detainees died', 'killed', 'detainees', 12, None, None, 'exact')]),
    ('Two of the refugees drowned during the crossing.', [
        ('Two of the refugees drowned', 'killed', 'refugees', 2, None, None, 'exact')]),
    ('Sixty civilians sheltering in the school were killed.', [
        ('Sixty civilians sheltering in the school were killed', 'killed', 'civilians', 60, None, None, 'exact')]),
    ('Forty people waiting at the bus stop were injured.', [
        ('Forty people waiting at the bus stop were injured', 'wounded', 'all', 40, None, None, 'exact')]),
    ('The deportation of some 120,000 Chechens began in February 1944.', [
        ('The deportation of some 120,000 Chechens', 'displaced', 'Chechens', 120000, None, None, 'approx')]),
    ('Two million and a half people fled the fighting.', [
        ('Two million and a half people fled', 'displaced', 'all', 2500000, None, None, 'exact')]),
    ('The death toll is thought to be over 900.', [
        ('The death toll is thought to be over 900', 'killed', 'all', 900, None, None, 'at_least')]),
    ('At least 57 people were found in a mass grave near the town.', [
        ('At least 57 people were found in a mass grave', 'killed', 'all', 57, None, None, 'at_least')]),
    ('The number of people who lost their lives is estimated at about 1,500.', [
        ('The number of people who lost their lives is estimated at about 1,500', 'killed', 'all', 1500, None,
         None, 'approx')]),
    ('Some fourteen thousand of the prisoners were shot in the spring.', [
        ('fourteen thousand of the prisoners were shot', 'killed', 'prisoners', 14000, None, None, 'approx')]),
    ('Between two hundred and three hundred people were killed in the valley.', [
        ('Between two hundred and three hundred people were killed', 'killed', 'all', None, 200, 300, 'range')]),
    ('Somewhere between two thousand and three thousand people fled.', [
        ('between two thousand and three thousand people fled', 'displaced', 'all', None, 2000, 3000, 'range')]),
    ('The death toll could be as high as 3,000.', [
        ('The death toll could be as high as 3,000', 'killed', 'all', 3000, None, None, 'at_most')]),
    ('The number killed may have been as high as ten thousand.', [
        ('The number killed may have been as high as ten thousand', 'killed', 'all', 10000, None, None,
         'at_most')]),
    ('Estimates of the dead run from 2,000 to 5,000.', [
        ('the dead run from 2,000 to 5,000', 'killed', 'all', None, 2000, 5000, 'range')]),
    ('Survivors say about forty men were lined up against the wall; all of them were shot.', [
        ('about forty men were lined up', 'killed', 'men', 40, None, None, 'approx')]),
    ('The remains of ninety-six people were found in a mass grave outside the town.', [
        ('The remains of ninety-six people', 'killed', 'all', 96, None, None, 'exact')]),
    ('Three-hundred-and-twelve people were killed in the reprisals.', [
        ('Three-hundred-and-twelve people were killed', 'killed', 'all', 312, None, None, 'exact')]),
    ('One-and-a-half million people were deported to the east.', [
        ('One-and-a-half million people were deported', 'displaced', 'all', 1500000, None, None, 'exact')]),
    ('Half-a-million people fled the province.', [
        ('Half-a-million people fled', 'displaced', 'all', 500000, None, None, 'exact')]),
    ('There were an estimated 2,000 people in detention at the time.', [
        ('an estimated 2,000 people in detention', 'detained', 'all', 2000, None, None, 'approx')]),
    ('Rights groups count some forty journalists in custody across the country.', [
        ('some forty journalists in custody', 'detained', 'journalists', 40, None, None, 'approx')]),
    ('Three hundred people in the prison were killed when it was shelled.', [
        ('Three hundred people in the prison were killed', 'killed', 'all', 300, None, None, 'exact')]),
    ('A couple of hundred people were killed, he told the court.', [
        ('A couple of hundred people were killed', 'killed', 'all', 200, None, None, 'approx')]),
    ('They arrested a couple of dozen students outside the university.', [
        ('arrested a couple of dozen students', 'detained', 'students', 24, None, None, 'approx')]),
    ('The official death toll, which the government has not updated since March, stands at 1,204.', [
        ('stands at 1,204', 'killed', 'all', 1204, None, None, 'exact')]),
    ('The final death toll, according to the commission, was one thousand and thirty-seven.', [
        ('was one thousand and thirty-seven', 'killed', 'all', 1037, None, None, 'exact')]),
    ('The number of people killed in the three weeks of fighting around the airport and in the eastern districts of '
     'the city has been put at more than 2,000.', [
        ('put at more than 2,000', 'killed', 'all', 2000, None, None, 'at_least')]),
    ('Three men and a woman were arrested at the checkpoint.', [
        ('Three men and a woman were arrested', 'detained', 'men', 3, None, None, 'exact')]),
]

NOT_FIGURES_LONG = [
    'Two boys and a dog were seen near the wall.',
    'The official timetable, which the government has not updated since March, stands at 14 pages.',
    'A couple of hundred metres away, a second grave was found.',
    'A couple of people told us they had seen the convoy.',
    'The forty people in the prison choir sang at the memorial.',
    'Twelve people in jail uniforms appeared in the film.',
    'Forty people living in the village attended the funeral.',
    'The number of visitors may have been as high as 3,000.',
    'Of the forty officers serving in the unit, twelve were promoted.',
    'Two hundred and three hundred metres from the road, two graves were found.',
    'The council met two thousand and three thousand days after the war, in two sessions.',
    'The village was shelled, the mayor said, 12 times in one night.',
    'The tents were scattered, the report said, over 40 hectares.',
    'The shelling damaged, the mayor said, 40 houses and a school.',
    'The army killed, the court found, in 1993 and again in 1995.',
    'The camp was designed to hold two thousand detainees.',
    'The two hundred soldiers of the battalion withdrew at night.',
    'Hundreds of thousands of people live in the valley.',
    'The city, home to some two million people, was under siege.',
    'Thousands of people took part in the vigil for the dead.',
    'A dozen lawyers represent the families of the victims.',
    'The victims\u2019 families, some two hundred of them, met the minister.',
    'The tribunal has heard dozens of witnesses since the trial began.',
    'The commission interviewed hundreds of survivors.',
    'One of the dead was a nurse.',
    'Only one of the gunmen was arrested.',
]

# Rows the extractor does not read yet, with the gap each shows (strict xfails in test_figures_s8).
GAPS = {
    'The number of people killed in the three weeks of fighting around the airport and in the eastern districts of '
    'the city has been put at more than 2,000.':
        'a toll further back than the figure reader looks (130 characters)',
    'Survivors say about forty men were lined up against the wall; all of them were shot.':
        'the harm told in the next clause, of "all of them"',
    'The ferry was carrying 430 passengers, 312 of whom drowned.':
        'a part with a clause of its own takes no group from a total that states no harm',
    'The truck carried forty migrants, nine of whom suffocated.':
        'a part with a clause of its own takes no group from a total that states no harm',
    'The number of hostages held by the group is thought to be 47.':
        'a participle phrase between a toll and its link ("held by the group")',
    'Villagers buried 83 people in a mass grave behind the school.':
        'a burial verb before the count, the mass grave after its noun',
    'They took my two brothers and I never saw them again.':
        'the fate told in a clause of its own, of a pronoun',
    'We buried eleven people the next morning.':
        'burying the dead as a count of the dead, with no grave named',
    'My husband was one of the twelve men they shot that day.':
        'a count in a contact clause whose verb has another subject ("the men they shot")',
    'Of the men who were taken, nineteen never returned.':
        '"never returned" is left out of missing on purpose (refugees who never returned are still displaced)',
    'Over the following decade, roughly a million people emigrated as refugees.':
        'emigration as refugees is not read as displacement',
    'Hundreds of thousands were driven into the desert to die.':
        '"driven into" a place is not read as displacement',
    'The occupants killed with special cruelty 56 persons.':
        'a manner phrase between a verb and its object, as translated texts write it',
    'Four hundred and twelve names are on the list of the dead.':
        'names counted on a list of the dead, the list after the verb',
    'The prison held up to a thousand inmates before the war.':
        'a capacity ("held up to") is read as a count of the held',
}
