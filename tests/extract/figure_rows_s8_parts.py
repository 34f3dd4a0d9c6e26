"""Figures (session 8): breakdowns stated after their total, and lists that are not breakdowns.

A probe of sentences written for these tests (none taken from a gold file), in the voices of wire copy, NGO
reports, court summaries, encyclopaedias, testimony and resolutions. A row is (sentence, figures); a figure is
(evidence, measure, group, value, low, high, qualifier, total), where total is the evidence of the figure it is
`part_of` (None for a figure that is part of nothing). A figure is found as `testimonia eval` matches figures
(same measure, group, numbers and qualifier, spans overlapping) and its total must overlap the given one."""

from __future__ import annotations

K, W, M, D, T, H = "killed", "wounded", "missing", "detained", "taken_hostage", "displaced"

PARTS = [
    # --- "included" / "among the dead were": the parts as the object of a verb of containing ---
    ('The attack killed 95 people. The dead included 40 women and 12 children.', [
        ('killed 95 people', K, 'all', 95, None, None, 'exact', None),
        ('40 women', K, 'women', 40, None, None, 'exact', 'killed 95 people'),
        ('12 children', K, 'children', 12, None, None, 'exact', 'killed 95 people')]),
    ('Militiamen killed 95 villagers; the dead included 40 women and 12 children.', [
        ('killed 95 villagers', K, 'all', 95, None, None, 'exact', None),
        ('40 women', K, 'women', 40, None, None, 'exact', 'killed 95 villagers'),
        ('12 children', K, 'children', 12, None, None, 'exact', 'killed 95 villagers')]),
    ('At least 95 people were killed, and the victims included 40 women and 12 children.', [
        ('At least 95 people were killed', K, 'all', 95, None, None, 'at_least', None),
        ('40 women', K, 'women', 40, None, None, 'exact', '95 people were killed'),
        ('12 children', K, 'children', 12, None, None, 'exact', '95 people were killed')]),
    ('Ninety-five people were killed. Among the dead were 40 women, 12 children and three priests.', [
        ('Ninety-five people were killed', K, 'all', 95, None, None, 'exact', None),
        ('40 women', K, 'women', 40, None, None, 'exact', 'Ninety-five people were killed'),
        ('12 children', K, 'children', 12, None, None, 'exact', 'Ninety-five people were killed'),
        ('three priests', K, 'priests', 3, None, None, 'exact', 'Ninety-five people were killed')]),
    ('The shelling killed 95 people, among the dead 40 women and 12 children.', [
        ('killed 95 people', K, 'all', 95, None, None, 'exact', None),
        ('40 women', K, 'women', 40, None, None, 'exact', 'killed 95 people'),
        ('12 children', K, 'children', 12, None, None, 'exact', 'killed 95 people')]),
    ('Soldiers shot dead 95 people, 40 women and 12 children among them.', [
        ('shot dead 95 people', K, 'all', 95, None, None, 'exact', None),
        ('40 women', K, 'women', 40, None, None, 'exact', 'shot dead 95 people'),
        ('12 children', K, 'children', 12, None, None, 'exact', 'shot dead 95 people')]),
    # --- a colon or a dash, then the parts ---
    ('The raid killed 95 people: 40 women, 30 children and 25 men.', [
        ('killed 95 people', K, 'all', 95, None, None, 'exact', None),
        ('40 women', K, 'women', 40, None, None, 'exact', 'killed 95 people'),
        ('30 children', K, 'children', 30, None, None, 'exact', 'killed 95 people'),
        ('25 men', K, 'men', 25, None, None, 'exact', 'killed 95 people')]),
    ('The raid killed 95 people \u2014 40 women, 30 children and 25 men.', [
        ('killed 95 people', K, 'all', 95, None, None, 'exact', None),
        ('40 women', K, 'women', 40, None, None, 'exact', 'killed 95 people'),
        ('30 children', K, 'children', 30, None, None, 'exact', 'killed 95 people'),
        ('25 men', K, 'men', 25, None, None, 'exact', 'killed 95 people')]),
    ('95 people were killed \u2014 40 of them women and 12 children.', [
        ('95 people were killed', K, 'all', 95, None, None, 'exact', None),
        ('40 of them women', K, 'women', 40, None, None, 'exact', '95 people were killed'),
        ('12 children', K, 'children', 12, None, None, 'exact', '95 people were killed')]),
    ('Ninety-five people were killed. The victims \u2014 40 women, 12 children and 43 men \u2014 were shot in '
     'the square.', [
        ('Ninety-five people were killed', K, 'all', 95, None, None, 'exact', None),
        ('40 women', K, 'women', 40, None, None, 'exact', 'Ninety-five people were killed'),
        ('12 children', K, 'children', 12, None, None, 'exact', 'Ninety-five people were killed'),
        ('43 men', K, 'men', 43, None, None, 'exact', 'Ninety-five people were killed')]),
    ('The army killed 95 civilians \u2013 40 women, 12 children and 43 men \u2013 in the raid.', [
        ('killed 95 civilians', K, 'civilians', 95, None, None, 'exact', None),
        ('40 women', K, 'women', 40, None, None, 'exact', 'killed 95 civilians'),
        ('12 children', K, 'children', 12, None, None, 'exact', 'killed 95 civilians'),
        ('43 men', K, 'men', 43, None, None, 'exact', 'killed 95 civilians')]),
    # --- parentheses ---
    ('Investigators counted 95 dead (40 women, 12 children).', [
        ('95 dead', K, 'all', 95, None, None, 'exact', None),
        ('40 women', K, 'women', 40, None, None, 'exact', '95 dead'),
        ('12 children', K, 'children', 12, None, None, 'exact', '95 dead')]),
    ('In all 95 people were killed (40 women and 12 children) and 200 were wounded.', [
        ('95 people were killed', K, 'all', 95, None, None, 'exact', None),
        ('40 women', K, 'women', 40, None, None, 'exact', '95 people were killed'),
        ('12 children', K, 'children', 12, None, None, 'exact', '95 people were killed'),
        ('200 were wounded', W, 'all', 200, None, None, 'exact', None)]),
    ('The mission recorded 95 civilian deaths (including 40 women and 12 children).', [
        ('95 civilian deaths', K, 'civilians', 95, None, None, 'exact', None),
        ('40 women', K, 'women', 40, None, None, 'exact', '95 civilian deaths'),
        ('12 children', K, 'children', 12, None, None, 'exact', '95 civilian deaths')]),
    # --- "of whom", "of which", "among them", "including" after a comma ---
    ('The strike killed 95 people, of whom 40 were women and 12 were children.', [
        ('killed 95 people', K, 'all', 95, None, None, 'exact', None),
        ('40 were women', K, 'women', 40, None, None, 'exact', 'killed 95 people'),
        ('12 were children', K, 'children', 12, None, None, 'exact', 'killed 95 people')]),
    ('The strike killed 95 people, among them 40 women.', [
        ('killed 95 people', K, 'all', 95, None, None, 'exact', None),
        ('40 women', K, 'women', 40, None, None, 'exact', 'killed 95 people')]),
    ('95 people were killed, including 40 women; 12 of the victims were children.', [
        ('95 people were killed', K, 'all', 95, None, None, 'exact', None),
        ('40 women', K, 'women', 40, None, None, 'exact', '95 people were killed'),
        ('12 of the victims were children', K, 'children', 12, None, None, 'exact', '95 people were killed')]),
    ('95 killed, among them 40 women.', [
        ('95 killed', K, 'all', 95, None, None, 'exact', None),
        ('40 women', K, 'women', 40, None, None, 'exact', '95 killed')]),
    ('The bombardment left 95 dead, comprising 40 women, 12 children and 43 men.', [
        ('left 95 dead', K, 'all', 95, None, None, 'exact', None),
        ('40 women', K, 'women', 40, None, None, 'exact', 'left 95 dead'),
        ('12 children', K, 'children', 12, None, None, 'exact', 'left 95 dead'),
        ('43 men', K, 'men', 43, None, None, 'exact', 'left 95 dead')]),
    ('The 95 victims, consisting of 40 women, 12 children and 43 men, were killed in one afternoon.', [
        ('95 victims', K, 'all', 95, None, None, 'exact', None),
        ('40 women', K, 'women', 40, None, None, 'exact', '95 victims'),
        ('12 children', K, 'children', 12, None, None, 'exact', '95 victims'),
        ('43 men', K, 'men', 43, None, None, 'exact', '95 victims')]),
    ('Police detained 95 protesters, of which 40 were students.', [
        ('detained 95 protesters', D, 'protesters', 95, None, None, 'exact', None),
        ('40 were students', D, 'students', 40, None, None, 'exact', 'detained 95 protesters')]),
    ('A total of 95 people were killed, made up of 40 women, 12 children and 43 men.', [
        ('95 people were killed', K, 'all', 95, None, None, 'exact', None),
        ('40 women', K, 'women', 40, None, None, 'exact', '95 people were killed'),
        ('12 children', K, 'children', 12, None, None, 'exact', '95 people were killed'),
        ('43 men', K, 'men', 43, None, None, 'exact', '95 people were killed')]),
    ('The register lists 95 people killed, broken down as 40 women, 12 children and 43 men.', [
        ('95 people killed', K, 'all', 95, None, None, 'exact', None),
        ('40 women', K, 'women', 40, None, None, 'exact', '95 people killed'),
        ('12 children', K, 'children', 12, None, None, 'exact', '95 people killed'),
        ('43 men', K, 'men', 43, None, None, 'exact', '95 people killed')]),
    ('The register lists 95 people killed, namely 40 women, 12 children and 43 men.', [
        ('95 people killed', K, 'all', 95, None, None, 'exact', None),
        ('40 women', K, 'women', 40, None, None, 'exact', '95 people killed'),
        ('12 children', K, 'children', 12, None, None, 'exact', '95 people killed'),
        ('43 men', K, 'men', 43, None, None, 'exact', '95 people killed')]),
    ('Gunmen killed 95 people, mostly women and children.', [
        ('killed 95 people', K, 'all', 95, None, None, 'exact', None)]),
    ('95 died, mostly women and children.', [
        ('95 died', K, 'all', 95, None, None, 'exact', None)]),
    ('Troops killed 95 civilians, the majority of them (60) women.', [
        ('killed 95 civilians', K, 'civilians', 95, None, None, 'exact', None),
        ('60', K, 'women', 60, None, None, 'exact', 'killed 95 civilians')]),
    ('Troops killed 95 civilians, 60 of them women.', [
        ('killed 95 civilians', K, 'civilians', 95, None, None, 'exact', None),
        ('60 of them women', K, 'women', 60, None, None, 'exact', 'killed 95 civilians')]),
    ('Troops killed 95 civilians, 60 of whom were women.', [
        ('killed 95 civilians', K, 'civilians', 95, None, None, 'exact', None),
        ('60 of whom were women', K, 'women', 60, None, None, 'exact', 'killed 95 civilians')]),
    # --- the parts fronted by "of the dead" or "of the N victims" ---
    ('95 people were killed. Of the dead, 40 were women and 12 children.', [
        ('95 people were killed', K, 'all', 95, None, None, 'exact', None),
        ('40 were women', K, 'women', 40, None, None, 'exact', '95 people were killed'),
        ('12 children', K, 'children', 12, None, None, 'exact', '95 people were killed')]),
    ('Of the 95 victims, 40 were women, 12 were children.', [
        ('95 victims', K, 'all', 95, None, None, 'exact', None),
        ('40 were women', K, 'women', 40, None, None, 'exact', '95 victims'),
        ('12 were children', K, 'children', 12, None, None, 'exact', '95 victims')]),
    ('Of the 95 people killed, 40 were women and 12 were children.', [
        ('95 people killed', K, 'all', 95, None, None, 'exact', None),
        ('40 were women', K, 'women', 40, None, None, 'exact', '95 people killed'),
        ('12 were children', K, 'children', 12, None, None, 'exact', '95 people killed')]),
    ('The massacre killed 95 people. Of these, 40 were women and 12 were children.', [
        ('killed 95 people', K, 'all', 95, None, None, 'exact', None),
        ('40 were women', K, 'women', 40, None, None, 'exact', 'killed 95 people'),
        ('12 were children', K, 'children', 12, None, None, 'exact', 'killed 95 people')]),
    # --- the parts in the next sentences ---
    ('95 people were killed. Forty were women. Twelve were children.', [
        ('95 people were killed', K, 'all', 95, None, None, 'exact', None),
        ('Forty were women', K, 'women', 40, None, None, 'exact', '95 people were killed'),
        ('Twelve were children', K, 'children', 12, None, None, 'exact', '95 people were killed')]),
    ('The attack killed 95 people. Forty of them were women and twelve were children.', [
        ('killed 95 people', K, 'all', 95, None, None, 'exact', None),
        ('Forty of them were women', K, 'women', 40, None, None, 'exact', 'killed 95 people'),
        ('twelve were children', K, 'children', 12, None, None, 'exact', 'killed 95 people')]),
    ('The attack killed 95 people. Forty of the dead were women.', [
        ('killed 95 people', K, 'all', 95, None, None, 'exact', None),
        ('Forty of the dead were women', K, 'women', 40, None, None, 'exact', 'killed 95 people')]),
    ('The attack killed 95 people. Forty women and 12 children were among the dead.', [
        ('killed 95 people', K, 'all', 95, None, None, 'exact', None),
        ('Forty women', K, 'women', 40, None, None, 'exact', 'killed 95 people'),
        ('12 children', K, 'children', 12, None, None, 'exact', 'killed 95 people')]),
    ('The attack killed 95 people. Forty women were among the dead.', [
        ('killed 95 people', K, 'all', 95, None, None, 'exact', None),
        ('Forty women were among the dead', K, 'women', 40, None, None, 'exact', 'killed 95 people')]),
    ('The attack killed 95 people. They included 40 women and 12 children.', [
        ('killed 95 people', K, 'all', 95, None, None, 'exact', None),
        ('40 women', K, 'women', 40, None, None, 'exact', 'killed 95 people'),
        ('12 children', K, 'children', 12, None, None, 'exact', 'killed 95 people')]),
    ('The attack killed 95 people. Among them were 40 women and 12 children.', [
        ('killed 95 people', K, 'all', 95, None, None, 'exact', None),
        ('40 women', K, 'women', 40, None, None, 'exact', 'killed 95 people'),
        ('12 children', K, 'children', 12, None, None, 'exact', 'killed 95 people')]),
    ('The attack killed 95 people. The victims were 40 women, 12 children and 43 men.', [
        ('killed 95 people', K, 'all', 95, None, None, 'exact', None),
        ('40 women', K, 'women', 40, None, None, 'exact', 'killed 95 people'),
        ('12 children', K, 'children', 12, None, None, 'exact', 'killed 95 people'),
        ('43 men', K, 'men', 43, None, None, 'exact', 'killed 95 people')]),
    # --- per place, per side ---
    ('Soldiers killed 95 people: 40 in Kara and 55 in Dovan.', [
        ('killed 95 people', K, 'all', 95, None, None, 'exact', None),
        ('40 in Kara', K, 'all', 40, None, None, 'exact', 'killed 95 people'),
        ('55 in Dovan', K, 'all', 55, None, None, 'exact', 'killed 95 people')]),
    ('In all 95 people were killed, 40 in Kara and 55 in Dovan.', [
        ('95 people were killed', K, 'all', 95, None, None, 'exact', None),
        ('40 in Kara', K, 'all', 40, None, None, 'exact', '95 people were killed'),
        ('55 in Dovan', K, 'all', 55, None, None, 'exact', '95 people were killed')]),
    ('The fighting killed 42 people, 12 soldiers and 30 civilians.', [
        ('killed 42 people', K, 'all', 42, None, None, 'exact', None),
        ('12 soldiers', K, 'soldiers', 12, None, None, 'exact', 'killed 42 people'),
        ('30 civilians', K, 'civilians', 30, None, None, 'exact', 'killed 42 people')]),
    ('12 soldiers and 30 civilians were among the 42 dead.', [
        ('42 dead', K, 'all', 42, None, None, 'exact', None),
        ('12 soldiers', K, 'soldiers', 12, None, None, 'exact', '42 dead'),
        ('30 civilians', K, 'civilians', 30, None, None, 'exact', '42 dead')]),
    ('The clashes left 42 dead, including 12 soldiers and 30 civilians, and more than 100 wounded.', [
        ('left 42 dead', K, 'all', 42, None, None, 'exact', None),
        ('12 soldiers', K, 'soldiers', 12, None, None, 'exact', 'left 42 dead'),
        ('30 civilians', K, 'civilians', 30, None, None, 'exact', 'left 42 dead'),
        ('more than 100 wounded', W, 'all', 100, None, None, 'at_least', None)]),
    # --- "a further", "as well as", "plus" ---
    ('The militia killed 95 people, including 40 women as well as 12 children.', [
        ('killed 95 people', K, 'all', 95, None, None, 'exact', None),
        ('40 women', K, 'women', 40, None, None, 'exact', 'killed 95 people'),
        ('12 children', K, 'children', 12, None, None, 'exact', 'killed 95 people')]),
    ('The militia killed 95 people, including 40 women, plus 12 children.', [
        ('killed 95 people', K, 'all', 95, None, None, 'exact', None),
        ('40 women', K, 'women', 40, None, None, 'exact', 'killed 95 people'),
        ('12 children', K, 'children', 12, None, None, 'exact', 'killed 95 people')]),
    # --- wounded, missing, detained, displaced breakdowns ---
    ('More than 200 people were wounded, including 31 women and 19 children.', [
        ('More than 200 people were wounded', W, 'all', 200, None, None, 'at_least', None),
        ('31 women', W, 'women', 31, None, None, 'exact', '200 people were wounded'),
        ('19 children', W, 'children', 19, None, None, 'exact', '200 people were wounded')]),
    ('The blast injured 60 people, 14 of them children.', [
        ('injured 60 people', W, 'all', 60, None, None, 'exact', None),
        ('14 of them children', W, 'children', 14, None, None, 'exact', 'injured 60 people')]),
    ('Some 300 people remain missing, among them 70 children.', [
        ('Some 300 people remain missing', M, 'all', 300, None, None, 'approx', None),
        ('70 children', M, 'children', 70, None, None, 'exact', '300 people remain missing')]),
    ('Security forces arrested 1,200 people, including 300 women and 85 minors.', [
        ('arrested 1,200 people', D, 'all', 1200, None, None, 'exact', None),
        ('300 women', D, 'women', 300, None, None, 'exact', 'arrested 1,200 people'),
        ('85 minors', D, 'minors', 85, None, None, 'exact', 'arrested 1,200 people')]),
    ('About 20,000 people fled the district, 7,000 of them children.', [
        ('About 20,000 people fled', H, 'all', 20000, None, None, 'approx', None),
        ('7,000 of them children', H, 'children', 7000, None, None, 'exact', '20,000 people fled')]),
    ('The gunmen abducted 276 schoolgirls; 57 escaped within days.', [
        ('abducted 276 schoolgirls', T, 'schoolgirls', 276, None, None, 'exact', None)]),
    ('The rebels took 80 people hostage, among them 12 aid workers.', [
        ('took 80 people hostage', T, 'all', 80, None, None, 'exact', None),
        ('12 aid workers', T, 'aid workers', 12, None, None, 'exact', 'took 80 people hostage')]),
    # --- parts in words ---
    ('The ambush killed twelve people, among them three women and two children.', [
        ('killed twelve people', K, 'all', 12, None, None, 'exact', None),
        ('three women', K, 'women', 3, None, None, 'exact', 'killed twelve people'),
        ('two children', K, 'children', 2, None, None, 'exact', 'killed twelve people')]),
    ('Twelve people were killed, including three women and two children.', [
        ('Twelve people were killed', K, 'all', 12, None, None, 'exact', None),
        ('three women', K, 'women', 3, None, None, 'exact', 'Twelve people were killed'),
        ('two children', K, 'children', 2, None, None, 'exact', 'Twelve people were killed')]),
    ('The attack killed twelve people, three of them children.', [
        ('killed twelve people', K, 'all', 12, None, None, 'exact', None),
        ('three of them children', K, 'children', 3, None, None, 'exact', 'killed twelve people')]),
    ('A shell killed seven members of one family, four of them children.', [
        ('killed seven members of one family', K, 'family members', 7, None, None, 'exact', None),
        ('four of them children', K, 'children', 4, None, None, 'exact', 'killed seven members')]),
    ('The attack killed twelve people, a woman and her two children among them.', [
        ('killed twelve people', K, 'all', 12, None, None, 'exact', None),
        ('two children', K, 'children', 2, None, None, 'exact', 'killed twelve people')]),
    # --- the total restated: "the dead included" in another sentence than the toll ---
    ('Officials put the death toll at 95. The dead included 40 women and 12 children.', [
        ('the death toll at 95', K, 'all', 95, None, None, 'exact', None),
        ('40 women', K, 'women', 40, None, None, 'exact', 'the death toll at 95'),
        ('12 children', K, 'children', 12, None, None, 'exact', 'the death toll at 95')]),
    ('The death toll rose to 95 on Sunday, with 40 women and 12 children among the dead.', [
        ('The death toll rose to 95', K, 'all', 95, None, None, 'exact', None),
        ('40 women', K, 'women', 40, None, None, 'exact', 'The death toll rose to 95'),
        ('12 children', K, 'children', 12, None, None, 'exact', 'The death toll rose to 95')]),
    ('At least 95 people died, with women and children accounting for 52 of the dead.', [
        ('At least 95 people died', K, 'all', 95, None, None, 'at_least', None),
        ('52 of the dead', K, 'women and children', 52, None, None, 'exact', 'At least 95 people died')]),
    ('The raid killed 95 people, including 40 women, and wounded 200 others.', [
        ('killed 95 people', K, 'all', 95, None, None, 'exact', None),
        ('40 women', K, 'women', 40, None, None, 'exact', 'killed 95 people'),
        ('wounded 200 others', W, 'all', 200, None, None, 'exact', None)]),
    ('The raid killed 95 people and wounded 200, including 30 children.', [
        ('killed 95 people', K, 'all', 95, None, None, 'exact', None),
        ('wounded 200', W, 'all', 200, None, None, 'exact', None),
        ('30 children', W, 'children', 30, None, None, 'exact', 'wounded 200')]),
    ('The court found that 95 villagers were executed, among them 40 women and 12 children under the age of ten.', [
        ('95 villagers were executed', K, 'all', 95, None, None, 'exact', None),
        ('40 women', K, 'women', 40, None, None, 'exact', '95 villagers were executed'),
        ('12 children', K, 'children', 12, None, None, 'exact', '95 villagers were executed')]),
    ('According to the commission, 95 persons lost their lives, of whom 40 women, 12 children and 3 priests.', [
        ('95 persons lost their lives', K, 'all', 95, None, None, 'exact', None),
        ('40 women', K, 'women', 40, None, None, 'exact', '95 persons lost their lives'),
        ('12 children', K, 'children', 12, None, None, 'exact', '95 persons lost their lives'),
        ('3 priests', K, 'priests', 3, None, None, 'exact', '95 persons lost their lives')]),
    ('The resolution mourns the 95 civilians killed in the village, among them 40 women and 12 children.', [
        ('95 civilians killed', K, 'civilians', 95, None, None, 'exact', None),
        ('40 women', K, 'women', 40, None, None, 'exact', '95 civilians killed'),
        ('12 children', K, 'children', 12, None, None, 'exact', '95 civilians killed')]),
    ('Witnesses said 95 people died that night \u2013 most of them women \u2013 and 12 more the next day.', [
        ('95 people died', K, 'all', 95, None, None, 'exact', None),
        ('12 more', K, 'all', 12, None, None, 'exact', None)]),
    ('The bombing killed 95 people, including 40 women and 12 children, and destroyed 30 houses.', [
        ('killed 95 people', K, 'all', 95, None, None, 'exact', None),
        ('40 women', K, 'women', 40, None, None, 'exact', 'killed 95 people'),
        ('12 children', K, 'children', 12, None, None, 'exact', 'killed 95 people')]),
    ('The bombing killed 95 people, including 40 women and 12 children, officials said.', [
        ('killed 95 people', K, 'all', 95, None, None, 'exact', None),
        ('40 women', K, 'women', 40, None, None, 'exact', 'killed 95 people'),
        ('12 children', K, 'children', 12, None, None, 'exact', 'killed 95 people')]),
    ('The bombing killed 95 people, officials said, including 40 women and 12 children.', [
        ('killed 95 people', K, 'all', 95, None, None, 'exact', None),
        ('40 women', K, 'women', 40, None, None, 'exact', 'killed 95 people'),
        ('12 children', K, 'children', 12, None, None, 'exact', 'killed 95 people')]),
    ('The bombing killed at least 95 people in the market on Friday, including 40 women and 12 children.', [
        ('killed at least 95 people', K, 'all', 95, None, None, 'at_least', None),
        ('40 women', K, 'women', 40, None, None, 'exact', 'killed at least 95 people'),
        ('12 children', K, 'children', 12, None, None, 'exact', 'killed at least 95 people')]),
    ('The bombing killed 95 people, most of them civilians, including 40 women and 12 children.', [
        ('killed 95 people', K, 'all', 95, None, None, 'exact', None),
        ('40 women', K, 'women', 40, None, None, 'exact', 'killed 95 people'),
        ('12 children', K, 'children', 12, None, None, 'exact', 'killed 95 people')]),
    ('Ninety-five people were killed and 200 injured, among them 40 children.', [
        ('Ninety-five people were killed', K, 'all', 95, None, None, 'exact', None),
        ('200 injured', W, 'all', 200, None, None, 'exact', None),
        ('40 children', W, 'children', 40, None, None, 'exact', '200 injured')]),
    ('The report documents 95 killings, 40 of women and 12 of children.', [
        ('95 killings', K, 'all', 95, None, None, 'exact', None),
        ('40 of women', K, 'women', 40, None, None, 'exact', '95 killings'),
        ('12 of children', K, 'children', 12, None, None, 'exact', '95 killings')]),
    ('Ninety-five people were killed, forty women and twelve children among them.', [
        ('Ninety-five people were killed', K, 'all', 95, None, None, 'exact', None),
        ('forty women', K, 'women', 40, None, None, 'exact', 'Ninety-five people were killed'),
        ('twelve children', K, 'children', 12, None, None, 'exact', 'Ninety-five people were killed')]),
    ('Ninety-five people were killed, among whom were forty women.', [
        ('Ninety-five people were killed', K, 'all', 95, None, None, 'exact', None),
        ('forty women', K, 'women', 40, None, None, 'exact', 'Ninety-five people were killed')]),
    ('The soldiers killed 95 men and boys, the youngest of them 12.', [
        ('killed 95 men and boys', K, 'men and boys', 95, None, None, 'exact', None)]),
    ('The troops killed 95 people, 40 of them in the church.', [
        ('killed 95 people', K, 'all', 95, None, None, 'exact', None),
        ('40 of them in the church', K, 'all', 40, None, None, 'exact', 'killed 95 people')]),
    ('Some 95 people were killed, 40 of them in the first hour.', [
        ('Some 95 people were killed', K, 'all', 95, None, None, 'approx', None),
        ('40 of them', K, 'all', 40, None, None, 'exact', '95 people were killed')]),
    # --- after "and" or a comma, a clause of the parts' own ---
    ('At least 95 people were killed, and 40 of them were women.', [
        ('At least 95 people were killed', K, 'all', 95, None, None, 'at_least', None),
        ('40 of them were women', K, 'women', 40, None, None, 'exact', '95 people were killed')]),
    ('At least 95 people were killed, and among them were 40 women and 12 children.', [
        ('At least 95 people were killed', K, 'all', 95, None, None, 'at_least', None),
        ('40 women', K, 'women', 40, None, None, 'exact', '95 people were killed'),
        ('12 children', K, 'children', 12, None, None, 'exact', '95 people were killed')]),
    ('The strike killed 95 people, and at least 40 of the victims were women.', [
        ('killed 95 people', K, 'all', 95, None, None, 'exact', None),
        ('at least 40 of the victims were women', K, 'women', 40, None, None, 'at_least', 'killed 95 people')]),
    ('The strike killed 95 people and 40 of the dead were children, the health ministry said.', [
        ('killed 95 people', K, 'all', 95, None, None, 'exact', None),
        ('40 of the dead were children', K, 'children', 40, None, None, 'exact', 'killed 95 people')]),
    ('The strike killed 95 people, with 40 women among them.', [
        ('killed 95 people', K, 'all', 95, None, None, 'exact', None),
        ('40 women', K, 'women', 40, None, None, 'exact', 'killed 95 people')]),
    ('The strike killed 95 people, with children making up 40 of the dead.', [
        ('killed 95 people', K, 'all', 95, None, None, 'exact', None),
        ('40 of the dead', K, 'children', 40, None, None, 'exact', 'killed 95 people')]),
    ('The strike killed 95 people; among the dead were 40 women.', [
        ('killed 95 people', K, 'all', 95, None, None, 'exact', None),
        ('40 women', K, 'women', 40, None, None, 'exact', 'killed 95 people')]),
    ('The strike killed 95 people, of them 40 children.', [
        ('killed 95 people', K, 'all', 95, None, None, 'exact', None),
        ('40 children', K, 'children', 40, None, None, 'exact', 'killed 95 people')]),
    ('The strike killed 95 people, 40 of them women and children.', [
        ('killed 95 people', K, 'all', 95, None, None, 'exact', None),
        ('40 of them women and children', K, 'women and children', 40, None, None, 'exact', 'killed 95 people')]),
    ('The strike killed 95 people, mostly civilians, 40 of them children.', [
        ('killed 95 people', K, 'all', 95, None, None, 'exact', None),
        ('40 of them children', K, 'children', 40, None, None, 'exact', 'killed 95 people')]),
    ('The strike killed 95 people, including at least 40 women and about 12 children.', [
        ('killed 95 people', K, 'all', 95, None, None, 'exact', None),
        ('at least 40 women', K, 'women', 40, None, None, 'at_least', 'killed 95 people'),
        ('about 12 children', K, 'children', 12, None, None, 'approx', 'killed 95 people')]),
    ('The massacre claimed 95 lives, including 40 Armenians and 12 Greeks.', [
        ('claimed 95 lives', K, 'all', 95, None, None, 'exact', None),
        ('40 Armenians', K, 'Armenians', 40, None, None, 'exact', 'claimed 95 lives'),
        ('12 Greeks', K, 'Greeks', 12, None, None, 'exact', 'claimed 95 lives')]),
    ('The strike killed 95 people, including 40 women who had sheltered in the church and 12 children.', [
        ('killed 95 people', K, 'all', 95, None, None, 'exact', None),
        ('40 women', K, 'women', 40, None, None, 'exact', 'killed 95 people'),
        ('12 children', K, 'children', 12, None, None, 'exact', 'killed 95 people')]),
    ('The strike killed 95 people, including 40 members of the same clan.', [
        ('killed 95 people', K, 'all', 95, None, None, 'exact', None),
        ('40 members of the same clan', K, 'clan members', 40, None, None, 'exact', 'killed 95 people')]),
    ('95 people died, 40 of them children, and 200 were injured.', [
        ('95 people died', K, 'all', 95, None, None, 'exact', None),
        ('40 of them children', K, 'children', 40, None, None, 'exact', '95 people died'),
        ('200 were injured', W, 'all', 200, None, None, 'exact', None)]),
    ('The 95 dead included 40 women and 12 children.', [
        ('95 dead', K, 'all', 95, None, None, 'exact', None),
        ('40 women', K, 'women', 40, None, None, 'exact', '95 dead'),
        ('12 children', K, 'children', 12, None, None, 'exact', '95 dead')]),
    ('The toll of 95 dead included 40 women.', [
        ('95 dead', K, 'all', 95, None, None, 'exact', None),
        ('40 women', K, 'women', 40, None, None, 'exact', '95 dead')]),
    ('The 95 victims included 40 women and 12 children.', [
        ('95 victims', K, 'all', 95, None, None, 'exact', None),
        ('40 women', K, 'women', 40, None, None, 'exact', '95 victims'),
        ('12 children', K, 'children', 12, None, None, 'exact', '95 victims')]),
    ('The soldiers shot 95 people dead. Of the 95, 40 were women.', [
        ('shot 95 people dead', K, 'all', 95, None, None, 'exact', None),
        ('40 were women', K, 'women', 40, None, None, 'exact', 'shot 95 people dead')]),
    ('Women made up 40 of the 95 people killed.', [
        ('95 people killed', K, 'all', 95, None, None, 'exact', None),
        ('40', K, 'women', 40, None, None, 'exact', '95 people killed')]),
    ('The army said 95 people had been killed, including 40 women, while 200 others were wounded.', [
        ('95 people had been killed', K, 'all', 95, None, None, 'exact', None),
        ('40 women', K, 'women', 40, None, None, 'exact', '95 people had been killed'),
        ('200 others were wounded', W, 'all', 200, None, None, 'exact', None)]),
    ('95 people were killed and 200 wounded; the dead included 40 women.', [
        ('95 people were killed', K, 'all', 95, None, None, 'exact', None),
        ('200 wounded', W, 'all', 200, None, None, 'exact', None),
        ('40 women', K, 'women', 40, None, None, 'exact', '95 people were killed')]),
    ('95 people were killed and 200 wounded; the wounded included 40 children.', [
        ('95 people were killed', K, 'all', 95, None, None, 'exact', None),
        ('200 wounded', W, 'all', 200, None, None, 'exact', None),
        ('40 children', W, 'children', 40, None, None, 'exact', '200 wounded')]),
    ('The explosion injured 200 people, 30 of them seriously.', [
        ('injured 200 people', W, 'all', 200, None, None, 'exact', None),
        ('30 of them seriously', W, 'all', 30, None, None, 'exact', 'injured 200 people')]),
    ('The shelling killed 95 people across the district, among them 40 women and 12 children.', [
        ('killed 95 people', K, 'all', 95, None, None, 'exact', None),
        ('40 women', K, 'women', 40, None, None, 'exact', 'killed 95 people'),
        ('12 children', K, 'children', 12, None, None, 'exact', 'killed 95 people')]),
    ('The shelling killed 95 people between March and May, among them 40 women.', [
        ('killed 95 people', K, 'all', 95, None, None, 'exact', None),
        ('40 women', K, 'women', 40, None, None, 'exact', 'killed 95 people')]),
    ('Since January, 95 people have been killed in the province, 40 of them children.', [
        ('95 people have been killed', K, 'all', 95, None, None, 'exact', None),
        ('40 of them children', K, 'children', 40, None, None, 'exact', '95 people have been killed')]),
    ('The fire killed 95 workers, the youngest 15, the oldest 70.', [
        ('killed 95 workers', K, 'workers', 95, None, None, 'exact', None)]),
    ('About 3,000 people were detained, more than 400 of them women.', [
        ('About 3,000 people were detained', D, 'all', 3000, None, None, 'approx', None),
        ('more than 400 of them women', D, 'women', 400, None, None, 'at_least', '3,000 people were detained')]),
    ('The flotilla sank with 430 people aboard; 312 drowned.', [
        ('312 drowned', K, 'all', 312, None, None, 'exact', None)]),
    ('Some 40,000 people were displaced, including 15,000 children.', [
        ('Some 40,000 people were displaced', H, 'all', 40000, None, None, 'approx', None),
        ('15,000 children', H, 'children', 15000, None, None, 'exact', '40,000 people were displaced')]),
    ('Thousands were displaced, including about 900 children.', [
        ('Thousands were displaced', H, 'all', None, 2000, None, 'vague', None),
        ('about 900 children', H, 'children', 900, None, None, 'approx', 'Thousands were displaced')]),
    ('Dozens of people were killed, among them at least 11 children.', [
        ('Dozens of people were killed', K, 'all', None, 24, None, 'vague', None),
        ('at least 11 children', K, 'children', 11, None, None, 'at_least', 'Dozens of people were killed')]),
    ('Hundreds were killed, at least 60 of them children.', [
        ('Hundreds were killed', K, 'all', None, 200, None, 'vague', None),
        ('at least 60 of them children', K, 'children', 60, None, None, 'at_least', 'Hundreds were killed')]),
    ('The UN said 95 people were killed, including 40 women and 12 children, and 200 were wounded.', [
        ('95 people were killed', K, 'all', 95, None, None, 'exact', None),
        ('40 women', K, 'women', 40, None, None, 'exact', '95 people were killed'),
        ('12 children', K, 'children', 12, None, None, 'exact', '95 people were killed'),
        ('200 were wounded', W, 'all', 200, None, None, 'exact', None)]),
    ('The commission established that 95 persons were killed, 40 of whom were women, and that 12 were children.', [
        ('95 persons were killed', K, 'all', 95, None, None, 'exact', None),
        ('40 of whom were women', K, 'women', 40, None, None, 'exact', '95 persons were killed')]),
    ('Ninety-five civilians, including forty women, twelve children and three priests, were massacred.', [
        ('Ninety-five civilians', K, 'civilians', 95, None, None, 'exact', None),
        ('forty women', K, 'women', 40, None, None, 'exact', 'Ninety-five civilians'),
        ('twelve children', K, 'children', 12, None, None, 'exact', 'Ninety-five civilians'),
        ('three priests', K, 'priests', 3, None, None, 'exact', 'Ninety-five civilians')]),
    ('I saw 95 bodies, 40 of them women, in the square.', [
        ('95 bodies', K, 'all', 95, None, None, 'exact', None),
        ('40 of them women', K, 'women', 40, None, None, 'exact', '95 bodies')]),
    ('The list names 95 dead: 40 from Kara, 30 from Dovan and 25 from Tesh.', [
        ('95 dead', K, 'all', 95, None, None, 'exact', None),
        ('40 from Kara', K, 'all', 40, None, None, 'exact', '95 dead'),
        ('30 from Dovan', K, 'all', 30, None, None, 'exact', '95 dead'),
        ('25 from Tesh', K, 'all', 25, None, None, 'exact', '95 dead')]),

    # --- more shapes: semicolons, comma splices, "of those", dashes around the list, parts by cause or day ---
    ('The shelling killed 95 people; 40 were women and 12 children.', [
        ('killed 95 people', K, 'all', 95, None, None, 'exact', None),
        ('40 were women', K, 'women', 40, None, None, 'exact', 'killed 95 people'),
        ('12 children', K, 'children', 12, None, None, 'exact', 'killed 95 people')]),
    ('The attack killed 95 people. Of those, 40 were children.', [
        ('killed 95 people', K, 'all', 95, None, None, 'exact', None),
        ('40 were children', K, 'children', 40, None, None, 'exact', 'killed 95 people')]),
    ('The attack killed 95 people \u2014 among them 40 women \u2014 on the first day.', [
        ('killed 95 people', K, 'all', 95, None, None, 'exact', None),
        ('40 women', K, 'women', 40, None, None, 'exact', 'killed 95 people')]),
    ('The attack killed 95 people \u2014 40 of them children \u2014 and wounded 200.', [
        ('killed 95 people', K, 'all', 95, None, None, 'exact', None),
        ('40 of them children', K, 'children', 40, None, None, 'exact', 'killed 95 people'),
        ('wounded 200', W, 'all', 200, None, None, 'exact', None)]),
    ('The attack killed 95 people, 40 of whom were children and 12 of whom were women.', [
        ('killed 95 people', K, 'all', 95, None, None, 'exact', None),
        ('40 of whom were children', K, 'children', 40, None, None, 'exact', 'killed 95 people'),
        ('12 of whom were women', K, 'women', 12, None, None, 'exact', 'killed 95 people')]),
    ('Gunmen killed at least 95 people, at least 40 of them children.', [
        ('killed at least 95 people', K, 'all', 95, None, None, 'at_least', None),
        ('at least 40 of them children', K, 'children', 40, None, None, 'at_least', 'killed at least 95 people')]),
    ('The 95 victims were 40 women, 12 children and 43 men.', [
        ('95 victims', K, 'all', 95, None, None, 'exact', None),
        ('40 women', K, 'women', 40, None, None, 'exact', '95 victims'),
        ('12 children', K, 'children', 12, None, None, 'exact', '95 victims'),
        ('43 men', K, 'men', 43, None, None, 'exact', '95 victims')]),
    ('The militia killed 95 people in total, 40 women and 55 men.', [
        ('killed 95 people', K, 'all', 95, None, None, 'exact', None),
        ('40 women', K, 'women', 40, None, None, 'exact', 'killed 95 people'),
        ('55 men', K, 'men', 55, None, None, 'exact', 'killed 95 people')]),
    ('The report counts 95 dead, of which 40 children.', [
        ('95 dead', K, 'all', 95, None, None, 'exact', None),
        ('40 children', K, 'children', 40, None, None, 'exact', '95 dead')]),
    ('The airstrike killed 95 people, about half of them (47) women.', [
        ('killed 95 people', K, 'all', 95, None, None, 'exact', None),
        ('47', K, 'women', 47, None, None, 'exact', 'killed 95 people')]),
    ('The airstrike killed 95 people, among them 40 women and girls.', [
        ('killed 95 people', K, 'all', 95, None, None, 'exact', None),
        ('40 women and girls', K, 'women and girls', 40, None, None, 'exact', 'killed 95 people')]),
    ('95 people, 40 of them children, were killed in the raid.', [
        ('95 people', K, 'all', 95, None, None, 'exact', None),
        ('40 of them children', K, 'children', 40, None, None, 'exact', '95 people')]),
    ('A further 200 were wounded, 30 of them critically.', [
        ('200 were wounded', W, 'all', 200, None, None, 'exact', None),
        ('30 of them', W, 'all', 30, None, None, 'exact', '200 were wounded')]),
    ('Ninety-five persons were killed, among whom 40 women and 12 children.', [
        ('Ninety-five persons were killed', K, 'all', 95, None, None, 'exact', None),
        ('40 women', K, 'women', 40, None, None, 'exact', 'Ninety-five persons were killed'),
        ('12 children', K, 'children', 12, None, None, 'exact', 'Ninety-five persons were killed')]),
    ('Ninety-five died: 40 in the church, 30 in the school and 25 in the street.', [
        ('Ninety-five died', K, 'all', 95, None, None, 'exact', None),
        ('40 in the church', K, 'all', 40, None, None, 'exact', 'Ninety-five died'),
        ('30 in the school', K, 'all', 30, None, None, 'exact', 'Ninety-five died'),
        ('25 in the street', K, 'all', 25, None, None, 'exact', 'Ninety-five died')]),
    ('The troops killed 95 people \u2014 55 in Kara and 40 in Dovan \u2014 on Monday.', [
        ('killed 95 people', K, 'all', 95, None, None, 'exact', None),
        ('55 in Kara', K, 'all', 55, None, None, 'exact', 'killed 95 people'),
        ('40 in Dovan', K, 'all', 40, None, None, 'exact', 'killed 95 people')]),
    ('95 people were killed, 60 by gunfire and 35 by shelling.', [
        ('95 people were killed', K, 'all', 95, None, None, 'exact', None),
        ('60 by gunfire', K, 'all', 60, None, None, 'exact', '95 people were killed'),
        ('35 by shelling', K, 'all', 35, None, None, 'exact', '95 people were killed')]),
    ('Seventy people were killed, 40 on the first day and 30 on the second.', [
        ('Seventy people were killed', K, 'all', 70, None, None, 'exact', None),
        ('40 on the first day', K, 'all', 40, None, None, 'exact', 'Seventy people were killed'),
        ('30 on the second', K, 'all', 30, None, None, 'exact', 'Seventy people were killed')]),
    ('The death toll stands at 95, of whom 40 are children.', [
        ('The death toll stands at 95', K, 'all', 95, None, None, 'exact', None),
        ('40 are children', K, 'children', 40, None, None, 'exact', 'The death toll stands at 95')]),
    ('The death toll stands at 95, including 40 women.', [
        ('The death toll stands at 95', K, 'all', 95, None, None, 'exact', None),
        ('40 women', K, 'women', 40, None, None, 'exact', 'The death toll stands at 95')]),
    ('The attack killed 95 people \u2014 including 40 women and 12 children \u2014 in the market.', [
        ('killed 95 people', K, 'all', 95, None, None, 'exact', None),
        ('40 women', K, 'women', 40, None, None, 'exact', 'killed 95 people'),
        ('12 children', K, 'children', 12, None, None, 'exact', 'killed 95 people')]),
    ('The attack killed 95 people, including 40 women, according to the United Nations.', [
        ('killed 95 people', K, 'all', 95, None, None, 'exact', None),
        ('40 women', K, 'women', 40, None, None, 'exact', 'killed 95 people')]),
    ('The attack killed 95 people, including 12 journalists and 40 women.', [
        ('killed 95 people', K, 'all', 95, None, None, 'exact', None),
        ('12 journalists', K, 'journalists', 12, None, None, 'exact', 'killed 95 people'),
        ('40 women', K, 'women', 40, None, None, 'exact', 'killed 95 people')]),
    ('The attack killed 95 people, 40 women among them, and left 200 wounded.', [
        ('killed 95 people', K, 'all', 95, None, None, 'exact', None),
        ('40 women', K, 'women', 40, None, None, 'exact', 'killed 95 people'),
        ('200 wounded', W, 'all', 200, None, None, 'exact', None)]),
    ('Forty-five people were killed. Twenty-one were women, fifteen were children and nine were men.', [
        ('Forty-five people were killed', K, 'all', 45, None, None, 'exact', None),
        ('Twenty-one were women', K, 'women', 21, None, None, 'exact', 'Forty-five people were killed'),
        ('fifteen were children', K, 'children', 15, None, None, 'exact', 'Forty-five people were killed'),
        ('nine were men', K, 'men', 9, None, None, 'exact', 'Forty-five people were killed')]),
    ('The blast wounded 200 people; 30 were in critical condition.', [
        ('wounded 200 people', W, 'all', 200, None, None, 'exact', None)]),
    ('Gunmen killed 57 people on the road north of the town, officials said.\n\nAt least 30 of the dead were '
     'journalists, a press union said.', [
        ('killed 57 people', K, 'all', 57, None, None, 'exact', None),
        ('At least 30 of the dead were journalists', K, 'journalists', 30, None, None, 'at_least', 'killed 57 people')]),
    ('The convoy was ambushed on Monday.\n\nAt least 30 of the dead were journalists, a press union said.', [
        ('At least 30 of the dead were journalists', K, 'journalists', 30, None, None, 'at_least', None)]),
]

PARTS += [
    # --- the parts named first, then the total they are among ---
    ('Two nurses and four drivers were among the 17 dead, the ministry said.', [
        ('Two nurses', K, 'nurses', 2, None, None, 'exact', '17 dead'),
        ('four drivers', K, 'drivers', 4, None, None, 'exact', '17 dead'),
        ('17 dead', K, 'all', 17, None, None, 'exact', None)]),
    ('Six teachers, 14 pupils and three parents were among the 40 dead.', [
        ('Six teachers', K, 'teachers', 6, None, None, 'exact', '40 dead'),
        ('14 pupils', K, 'pupils', 14, None, None, 'exact', '40 dead'),
        ('three parents', K, 'parents', 3, None, None, 'exact', '40 dead'),
        ('40 dead', K, 'all', 40, None, None, 'exact', None)]),
    ('Three journalists were among the 120 people detained.', [
        ('Three journalists', D, 'journalists', 3, None, None, 'exact', '120 people detained'),
        ('120 people detained', D, 'all', 120, None, None, 'exact', None)]),
    ('Two doctors and three nurses were among the 300 people killed in the siege.', [
        ('Two doctors', K, 'doctors', 2, None, None, 'exact', '300 people killed'),
        ('three nurses', K, 'nurses', 3, None, None, 'exact', '300 people killed'),
        ('300 people killed', K, 'all', 300, None, None, 'exact', None)]),
    # --- a toll named with its number, then what it included ---
    ('The final toll of 95 dead included 40 women and 12 children.', [
        ('toll of 95 dead', K, 'all', 95, None, None, 'exact', None),
        ('40 women', K, 'women', 40, None, None, 'exact', 'toll of 95 dead'),
        ('12 children', K, 'children', 12, None, None, 'exact', 'toll of 95 dead')]),
    ('By Friday the tally of 60 dead included 25 pupils.', [
        ('tally of 60 dead', K, 'all', 60, None, None, 'exact', None),
        ('25 pupils', K, 'pupils', 25, None, None, 'exact', 'tally of 60 dead')]),
    # --- "Of the N," after a toll of the shot ---
    ('Troops shot 80 people dead in March. Of the 80, 30 were students.', [
        ('shot 80 people dead', K, 'all', 80, None, None, 'exact', None),
        ('30 were students', K, 'students', 30, None, None, 'exact', 'shot 80 people dead')]),
    ('Police shot 249 people. Of the 249, 69 died.', [
        ('shot 249 people', 'other', 'all', 249, None, None, 'exact', None),
        ('69 died', K, 'all', 69, None, None, 'exact', 'shot 249 people')]),
    # --- parts by cause ---
    ('In all 120 people died, 80 by gunfire and 40 by shelling, the report found.', [
        ('120 people died', K, 'all', 120, None, None, 'exact', None),
        ('80 by gunfire', K, 'all', 80, None, None, 'exact', '120 people died'),
        ('40 by shelling', K, 'all', 40, None, None, 'exact', '120 people died')]),
    ('The raid killed 30 people, 18 by machine-gun fire and 12 by grenades.', [
        ('killed 30 people', K, 'all', 30, None, None, 'exact', None),
        ('18 by machine-gun fire', K, 'all', 18, None, None, 'exact', 'killed 30 people'),
        ('12 by grenades', K, 'all', 12, None, None, 'exact', 'killed 30 people')]),
    # --- a part named as known ("the 12 pupils") right after the opener ---
    ('The fire killed 30 people, including the 12 pupils of a village school.', [
        ('killed 30 people', K, 'all', 30, None, None, 'exact', None),
        ('12 pupils', K, 'pupils', 12, None, None, 'exact', 'killed 30 people')]),
    ('Police detained 95 people, including the 12 organisers of the march.', [
        ('detained 95 people', D, 'all', 95, None, None, 'exact', None),
        ('12 organisers', D, 'organisers', 12, None, None, 'exact', 'detained 95 people')]),
    # --- parts by year ---
    ('The survey recorded 310 people disappeared, including 200 in 1976 and 110 in 1977.', [
        ('310 people disappeared', M, 'all', 310, None, None, 'exact', None),
        ('200 in 1976', M, 'all', 200, None, None, 'exact', '310 people disappeared'),
        ('110 in 1977', M, 'all', 110, None, None, 'exact', '310 people disappeared')]),
    ('In all 70 journalists were detained, 45 in 2019 and 25 in 2020.', [
        ('70 journalists were detained', D, 'journalists', 70, None, None, 'exact', None),
        ('45 in 2019', D, 'journalists', 45, None, None, 'exact', '70 journalists were detained'),
        ('25 in 2020', D, 'journalists', 25, None, None, 'exact', '70 journalists were detained')]),
    # --- a share of the total, its number in brackets ---
    ('Police detained 300 people, most of them (210) students, and 40 were wounded.', [
        ('detained 300 people', D, 'all', 300, None, None, 'exact', None),
        ('210', D, 'students', 210, None, None, 'exact', 'detained 300 people'),
        ('40 were wounded', W, 'all', 40, None, None, 'exact', None)]),
    ('The flood displaced 5,000 families, nearly a third of them (1,600) farmers.', [
        ('displaced 5,000 families', H, 'families', 5000, None, None, 'exact', None),
        ('1,600', H, 'farmers', 1600, None, None, 'exact', 'displaced 5,000 families')]),
]

# Lists that are not breakdowns: separate counts, ages, dates, and numbers that count no one.
NOT_PARTS = [
    ('95 people were killed in Kara and 40 in Dovan.', [
        ('95 people were killed in Kara', K, 'all', 95, None, None, 'exact', None),
        ('40 in Dovan', K, 'all', 40, None, None, 'exact', None)]),
    ('Troops killed 95 people in March and 40 in April.', [
        ('killed 95 people', K, 'all', 95, None, None, 'exact', None),
        ('40 in April', K, 'all', 40, None, None, 'exact', None)]),
    ('The attack killed 95 people and wounded 40.', [
        ('killed 95 people', K, 'all', 95, None, None, 'exact', None),
        ('wounded 40', W, 'all', 40, None, None, 'exact', None)]),
    ('95 people were killed and 40 were wounded.', [
        ('95 people were killed', K, 'all', 95, None, None, 'exact', None),
        ('40 were wounded', W, 'all', 40, None, None, 'exact', None)]),
    ('The attack killed 95 people, aged 4 to 80.', [
        ('killed 95 people', K, 'all', 95, None, None, 'exact', None)]),
    ('The attack killed 95 people, including a girl aged 12 and her brother, 9.', [
        ('killed 95 people', K, 'all', 95, None, None, 'exact', None)]),
    ('The attack killed 95 people on 12 March and 3 April.', [
        ('killed 95 people', K, 'all', 95, None, None, 'exact', None)]),
    ('The attack killed 95 people, including 40 in 2014 and 55 in 2015.', [
        ('killed 95 people', K, 'all', 95, None, None, 'exact', None),
        ('40 in 2014', K, 'all', 40, None, None, 'exact', 'killed 95 people'),
        ('55 in 2015', K, 'all', 55, None, None, 'exact', 'killed 95 people')]),
    ('The raid killed 95 people, among them the 40 men who had guarded the bridge.', [
        ('killed 95 people', K, 'all', 95, None, None, 'exact', None),
        ('40 men', K, 'men', 40, None, None, 'exact', 'killed 95 people')]),
    ('The attack killed 95 people, the worst toll in 20 years.', [
        ('killed 95 people', K, 'all', 95, None, None, 'exact', None)]),
    ('The attack killed 95 people, including 40 women, in three villages.', [
        ('killed 95 people', K, 'all', 95, None, None, 'exact', None),
        ('40 women', K, 'women', 40, None, None, 'exact', 'killed 95 people')]),
    ('The attack killed 95 people, including 40 women, and destroyed 12 schools.', [
        ('killed 95 people', K, 'all', 95, None, None, 'exact', None),
        ('40 women', K, 'women', 40, None, None, 'exact', 'killed 95 people')]),
    ('The attack killed 95 people. 40 soldiers arrived the next day.', [
        ('killed 95 people', K, 'all', 95, None, None, 'exact', None)]),
    ('The attack killed 95 people. Forty journalists covered the funerals.', [
        ('killed 95 people', K, 'all', 95, None, None, 'exact', None)]),
    ('95 people were killed; 40 women were wounded.', [
        ('95 people were killed', K, 'all', 95, None, None, 'exact', None),
        ('40 women were wounded', W, 'women', 40, None, None, 'exact', None)]),
    ('Some 95 people were killed in 2015, 40 women in 2016 and 12 children in 2017.', [
        ('Some 95 people were killed', K, 'all', 95, None, None, 'approx', None),
        ('40 women', K, 'women', 40, None, None, 'exact', None),
        ('12 children', K, 'children', 12, None, None, 'exact', None)]),
    ('The attack killed 95 people. A separate attack killed 40 women.', [
        ('killed 95 people', K, 'all', 95, None, None, 'exact', None),
        ('killed 40 women', K, 'women', 40, None, None, 'exact', None)]),
    ('The attack killed 95 people, 60 more than the year before.', [
        ('killed 95 people', K, 'all', 95, None, None, 'exact', None)]),
    ('The attack killed 95 people, including 40 of the 60 pupils in the school.', [
        ('killed 95 people', K, 'all', 95, None, None, 'exact', None),
        ('40 of the 60 pupils', K, 'pupils', 40, None, None, 'exact', 'killed 95 people')]),
    ('The attack killed 95 people, 40 more were wounded.', [
        ('killed 95 people', K, 'all', 95, None, None, 'exact', None),
        ('40 more were wounded', W, 'all', 40, None, None, 'exact', None)]),
    ('The attack killed 95 people and wounded 200, among them 30 children.', [
        ('killed 95 people', K, 'all', 95, None, None, 'exact', None),
        ('wounded 200', W, 'all', 200, None, None, 'exact', None),
        ('30 children', W, 'children', 30, None, None, 'exact', 'wounded 200')]),
    ('Soldiers killed 40 women and 12 children in the village, and 95 people in all died that week.', [
        ('40 women', K, 'women', 40, None, None, 'exact', None),
        ('12 children', K, 'children', 12, None, None, 'exact', None),
        ('95 people in all died', K, 'all', 95, None, None, 'exact', None)]),
    ('The attack killed 95 people, 40 in the morning and 30 in the evening.', [
        ('killed 95 people', K, 'all', 95, None, None, 'exact', None),
        ('40 in the morning', K, 'all', 40, None, None, 'exact', None),
        ('30 in the evening', K, 'all', 30, None, None, 'exact', None)]),
    ('The attack killed 95 people, including three brothers aged 7, 9 and 12.', [
        ('killed 95 people', K, 'all', 95, None, None, 'exact', None),
        ('three brothers', K, 'brothers', 3, None, None, 'exact', 'killed 95 people')]),
    ('The attack killed 95 people; 40 houses and 12 schools were destroyed.', [
        ('killed 95 people', K, 'all', 95, None, None, 'exact', None)]),
    ('95 people were killed, including 40 women, on 12 March 2014.', [
        ('95 people were killed', K, 'all', 95, None, None, 'exact', None),
        ('40 women', K, 'women', 40, None, None, 'exact', '95 people were killed')]),
    ('The attack killed 95 people. The army sent 40 trucks and 12 doctors.', [
        ('killed 95 people', K, 'all', 95, None, None, 'exact', None)]),

    # the parts of one harm, then a total of another: two counts
    ('Nine guards were killed and 30 prisoners were among the 42 wounded.', [
        ('Nine guards were killed', K, 'guards', 9, None, None, 'exact', None),
        ('30 prisoners', W, 'prisoners', 30, None, None, 'exact', '42 wounded'),
        ('42 wounded', W, 'all', 42, None, None, 'exact', None)]),
    ('Three journalists were among the 120 people at the rally.', []),
    ('The toll of 95 dead included 40 houses.', [
        ('toll of 95 dead', K, 'all', 95, None, None, 'exact', None)]),
    # "shot ... dead" is killed, even with the wounded counted after it
    ('Police shot 12 protesters dead and wounded 40 others.', [
        ('shot 12 protesters dead', K, 'protesters', 12, None, None, 'exact', None),
        ('wounded 40 others', W, 'all', 40, None, None, 'exact', None)]),
    ('Gunmen shot 30 villagers dead and wounded 60. Of the 60, 20 were children.', [
        ('shot 30 villagers dead', K, 'all', 30, None, None, 'exact', None),
        ('wounded 60', W, 'all', 60, None, None, 'exact', None),
        ('20 were children', W, 'children', 20, None, None, 'exact', 'wounded 60')]),
    ('Gunmen shot 30 villagers dead. Of the 40 houses, 12 burned.', [
        ('shot 30 villagers dead', K, 'all', 30, None, None, 'exact', None)]),
    # two counts, each by its cause, with no total above them; and causes that do not add up to the total
    ('Soldiers killed 40 people by gunfire and 30 by shelling.', [
        ('killed 40 people', K, 'all', 40, None, None, 'exact', None),
        ('30 by shelling', K, 'all', 30, None, None, 'exact', None)]),
    ('The strike killed 95 people, 60 by shrapnel and 20 by falling masonry.', [
        ('killed 95 people', K, 'all', 95, None, None, 'exact', None),
        ('60 by shrapnel', K, 'all', 60, None, None, 'exact', None),
        ('20 by falling masonry', K, 'all', 20, None, None, 'exact', None)]),
    ('Troops killed 95 people by Monday and 40 were wounded.', [
        ('killed 95 people', K, 'all', 95, None, None, 'exact', None),
        ('40 were wounded', W, 'all', 40, None, None, 'exact', None)]),
    ('The storm killed 95 people, including the 1990 graduates.', [
        ('killed 95 people', K, 'all', 95, None, None, 'exact', None)]),
    # counts by year with no total over them: each its own
    ('Troops killed 95 people in 2014 and 40 in 2015.', [
        ('killed 95 people', K, 'all', 95, None, None, 'exact', None),
        ('40 in 2015', K, 'all', 40, None, None, 'exact', None)]),
    ('Troops killed 95 people in 2014, and in 2015 the army arrested 300.', [
        ('killed 95 people', K, 'all', 95, None, None, 'exact', None),
        ('arrested 300', D, 'all', 300, None, None, 'exact', None)]),
    # a year or a share in per cent in the brackets: no count of people
    ('The airstrike killed 95 people, about half of them (2015) women.', [
        ('killed 95 people', K, 'all', 95, None, None, 'exact', None)]),
    ('The airstrike killed 95 people, about half of them (49%) women.', [
        ('killed 95 people', K, 'all', 95, None, None, 'exact', None)]),
    # two totals, each with the part said to be among it
    ('Twelve soldiers were among the 42 dead in Kara, and 30 civilians were among the 60 dead in Dovan.', [
        ('Twelve soldiers', K, 'soldiers', 12, None, None, 'exact', '42 dead'),
        ('42 dead', K, 'all', 42, None, None, 'exact', None),
        ('30 civilians', K, 'civilians', 30, None, None, 'exact', '60 dead'),
        ('60 dead', K, 'all', 60, None, None, 'exact', None)]),
    # the parts of the wounded, after a toll of the dead
    ('Officials counted 95 dead. Twelve soldiers and 30 civilians were among the 200 wounded.', [
        ('95 dead', K, 'all', 95, None, None, 'exact', None),
        ('Twelve soldiers', W, 'soldiers', 12, None, None, 'exact', '200 wounded'),
        ('30 civilians', W, 'civilians', 30, None, None, 'exact', '200 wounded'),
        ('200 wounded', W, 'all', 200, None, None, 'exact', None)]),
    # counts by who did it that add up to no total given
    ('95 people were killed by soldiers and 40 by police.', [
        ('95 people were killed', K, 'all', 95, None, None, 'exact', None),
        ('40 by police', K, 'all', 40, None, None, 'exact', None)]),
    # more than the total: not its parts
    ('The police said 50 protesters were among the 42 dead.', [
        ('50 protesters', K, 'protesters', 50, None, None, 'exact', None),
        ('42 dead', K, 'all', 42, None, None, 'exact', None)]),

]

GAPS: dict[str, str] = {
    'Women made up 40 of the 95 people killed.':
        'a share taken from a total named right after it ("40 of the 95 people killed") is not read',
    'The attack killed twelve people, a woman and her two children among them.':
        'a part counted inside a possessive phrase ("her two children") is not read',
}
