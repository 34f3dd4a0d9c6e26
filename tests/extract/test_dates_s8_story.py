"""Story time against publication time: weekdays of an old story or of this week, a story across New Year,
year anaphors in the story and in background, "the next year", and two-digit years and their look-alikes.

Each row is (text, expected dates as (evidence, start, end)), published on Monday 18 September 2023. Rows that
expect fewer dates than the text seems to hold are the things that must NOT be read as dates, or not so. Every
sentence is written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.test_dates import dates

PUB = date(2023, 9, 18)  # a Monday: Sunday is the 17th, Friday the 15th


# A weekday the publication's week gives, though the text tells an old story with full dates: news tells this
# week in the past tense too. Before the old date; in its sentence; after the verb; beside a commemoration, a
# reporting verb, a quotation, the present perfect, "this week", "today"; in a dateline's lead; two paragraphs on;
# in a retrospect's next paragraph; in the future; or near publication.
NEWS_WEEK = [
    ('Forty-one years on\n\nSurvivors gathered on Sunday at the mass grave in the camp. Militiamen entered '
     'the camps on the evening of 16 September 1982 and killed for two days.',
     [('Sunday', '2023-09-17', None), ('the evening of 16 September 1982', '1982-09-16', None)]),
    ('The camps were sealed on 16 September 1982 and the killing went on for two days.\nSurvivors gathered '
     'on Sunday at the mass grave and read out the names.',
     [('16 September 1982', '1982-09-16', None), ('Sunday', '2023-09-17', None)]),
    ('The camps were sealed on 16 September 1982 and the killing went on for two days. On Sunday, hundreds '
     'marked the anniversary at the mass grave.',
     [('16 September 1982', '1982-09-16', None), ('Sunday', '2023-09-17', None)]),
    ('The camps were sealed on 16 September 1982 and the killing went on for two days. The president laid a '
     'wreath at the grave on Tuesday.',
     [('16 September 1982', '1982-09-16', None), ('Tuesday', '2023-09-12', None)]),
    ('The camps were sealed on 16 September 1982 and the killing went on for two days. On Friday, families '
     'held a vigil by the wall.',
     [('16 September 1982', '1982-09-16', None), ('Friday', '2023-09-15', None)]),
    ('The camps were sealed on 16 September 1982. On Thursday, the mayor told reporters that the archive was opened.',
     [('16 September 1982', '1982-09-16', None), ('Thursday', '2023-09-14', None)]),
    ('The camps were sealed on 16 September 1982. The ministry announced on Wednesday that the files were released.',
     [('16 September 1982', '1982-09-16', None), ('Wednesday', '2023-09-13', None)]),
    ('The camps were sealed on 16 September 1982. "We buried my brothers there," a woman said on Saturday.',
     [('16 September 1982', '1982-09-16', None), ('Saturday', '2023-09-16', None)]),
    ('The camps were sealed on 16 September 1982. No one has been tried. On Friday, a court in Beirut '
     'rejected a new complaint.',
     [('16 September 1982', '1982-09-16', None), ('Friday', '2023-09-15', None)]),
    ('The camps were sealed on 16 September 1982. This week the city renamed a street. On Tuesday, a plaque '
     'was unveiled.',
     [('16 September 1982', '1982-09-16', None), ('This week', '2023-09-18', '2023-09-24'),
      ('Tuesday', '2023-09-12', None)]),
    ('The camps were sealed on 16 September 1982. Hundreds walked to the grave on Sunday.',
     [('16 September 1982', '1982-09-16', None), ('Sunday', '2023-09-17', None)]),
    ('Survivors of the 16 September 1982 massacre marched through the camp on Sunday.',
     [('16 September 1982', '1982-09-16', None), ('Sunday', '2023-09-17', None)]),
    ('Relatives of those killed on 11 September 1973 gathered outside the stadium on Monday.',
     [('11 September 1973', '1973-09-11', None), ('Monday', '2023-09-18', None)]),
    ('SANTIAGO, Sept 18 (Wire) - The coup of 11 September 1973 ended the government. On Monday, crowds '
     'filled the avenue outside the palace.\nThe march was the largest in years, organisers said.',
     [('Sept 18', '2023-09-18', None), ('11 September 1973', '1973-09-11', None), ('Monday', '2023-09-18', None)]),
    ('Soldiers took the palace on 11 September 1973.\nPrisoners were held in the stadium for weeks.\nOn '
     'Saturday, families walked to the stadium gates.',
     [('11 September 1973', '1973-09-11', None), ('Saturday', '2023-09-16', None)]),
    ('Fifty years ago the army seized power. Soldiers took the palace on 11 September 1973.\nOn Saturday, '
     'families walked to the stadium gates.',
     [('Fifty years ago', '1973', None), ('11 September 1973', '1973-09-11', None), ('Saturday', '2023-09-16', None)]),
    ('The earthquake struck on 8 February 2023. On Friday, rescuers pulled a boy from the rubble.',
     [('8 February 2023', '2023-02-08', None), ('Friday', '2023-09-15', None)]),
    ('Fighting broke out on 19 August 2023. On Thursday the army withdrew from the town.',
     [('19 August 2023', '2023-08-19', None), ('Thursday', '2023-09-14', None)]),
    ('Soldiers took the palace on 11 September 1973. On Friday, the president will open a museum there.',
     [('11 September 1973', '1973-09-11', None), ('Friday', '2023-09-22', None)]),
    ('Soldiers took the palace on 11 September 1973. On Friday, the president is to open a museum there.',
     [('11 September 1973', '1973-09-11', None), ('Friday', '2023-09-22', None)]),
    ('Soldiers took the palace on 11 September 1973. On Friday, the president opened a museum there, which '
     'now holds their letters.',
     [('11 September 1973', '1973-09-11', None), ('Friday', '2023-09-15', None)]),
    ('Soldiers took the palace on 11 September. On Saturday, the streets were empty.',
     [('11 September', '2023-09-11', None), ('Saturday', '2023-09-16', None)]),
    ('Forty years after the stadium\n\nSANTIAGO, Sept 18 (Wire) - Thousands marched on Sunday to the '
     'national stadium, where the army held prisoners after the coup.\nSoldiers stormed the palace on 11 '
     'September 1973 and the president died inside. On Thursday, the junta dissolved congress.\nThe '
     'government has since opened part of the archive. On Friday, a judge ordered three former officers '
     'detained.',
     [('Sept 18', '2023-09-18', None), ('Sunday', '2023-09-17', None), ('11 September 1973', '1973-09-11', None),
      ('Thursday', '1973-09-13', None), ('Friday', '2023-09-15', None)]),
    ("A week of killing\n\nOn 6 April 1994 the president's plane was shot down over the airport.\nOn "
     'Thursday, the guard killed the prime minister and ten soldiers.\nAid workers say the killings have '
     'never been fully counted. On Friday, a court in Paris reopened the case.',
     [('6 April 1994', '1994-04-06', None), ('Thursday', '1994-04-07', None), ('Friday', '2023-09-15', None)]),
    ('Town of the flood\n\nSixty years ago the valley was full of villages. The dam above the town burst on '
     '9 October 1963 and the water destroyed five of them in minutes.\nOn Monday, the president visited the '
     'valley and spoke of the victims.',
     [('Sixty years ago', '1963', None), ('9 October 1963', '1963-10-09', None), ('Monday', '2023-09-18', None)]),
    ('Town of the flood\n\nThe dam above the town burst on 9 October 1963 and the water destroyed five '
     'villages in minutes.\nOn Monday, the anniversary was marked with a mass.',
     [('9 October 1963', '1963-10-09', None), ('Monday', '2023-09-18', None)]),
    ('Ovation for the pupils\n\nThe rally on 16 June 1976 ended in gunfire and the boy died in the '
     'street.\nStudents laid a wreath on Friday at the spot where he fell.',
     [('16 June 1976', '1976-06-16', None), ('Friday', '2023-09-15', None)]),
    # the next paragraph, but not the sentence right after the day: the narration may have ended
    ('The massacre, hour by hour\n\nThe first shots were fired at 6.10pm on 2 October 1968. By midnight the '
     'square was empty.\nOn Thursday, the army occupied the university.',
     [('2 October 1968', '1968-10-02', None), ('Thursday', '2023-09-14', None)]),
    ('Police opened fire on 17 August 2012 and killed 34 miners. On Wednesday, the widows said they were '
     'still waiting.',
     [('17 August 2012', '2012-08-17', None), ('Wednesday', '2023-09-13', None)]),
    ('Police opened fire on 17 August 2012 and killed 34 miners. Today the hill is quiet. On Wednesday, a '
     'choir sang there.',
     [('17 August 2012', '2012-08-17', None), ('Wednesday', '2023-09-13', None)]),
    ('Police opened fire on 17 August 2012 and killed 34 miners. The strikers buried their dead on Saturday.',
     [('17 August 2012', '2012-08-17', None), ('Saturday', '2023-09-16', None)]),
    ('The enclave fell on 11 July 1995. On Thursday, buses took the women away. "I never saw him again," '
     'his mother said. On Friday, the men were led into the fields.',
     [('11 July 1995', '1995-07-11', None), ('Thursday', '1995-07-13', None), ('Friday', '2023-09-15', None)]),
    ('The uprising began on 16 June 1976.\nWitnesses have described the shooting in detail.\nOn Friday, the '
     'first trial opened.',
     [('16 June 1976', '1976-06-16', None), ('Friday', '2023-09-15', None)]),
    ('The uprising began on 16 June 1976. On Friday, according to the police, the unrest spread.',
     [('16 June 1976', '1976-06-16', None), ('Friday', '2023-09-15', None)]),
]


# A weekday that opens a sentence inside the narration of a past day, in the day's paragraph or opening the
# next: the first such weekday on or after the last day told.
STORY_DAYS = [
    ('Soldiers took the palace on 11 September 1973. On Thursday, the junta banned all parties.',
     [('11 September 1973', '1973-09-11', None), ('Thursday', '1973-09-13', None)]),
    ('Soldiers took the palace on 11 September 1973. By Sunday, thousands were held in the stadium.',
     [('11 September 1973', '1973-09-11', None), ('Sunday', '1973-09-16', None)]),
    ('Soldiers took the palace on 11 September 1973. The president died in the building. On Saturday, his '
     'family buried him in secret.',
     [('11 September 1973', '1973-09-11', None), ('Saturday', '1973-09-15', None)]),
    ('The plane was shot down on the evening of 6 April 1994. On Thursday, soldiers killed the prime '
     'minister. On Saturday, the killings spread to the south.',
     [('the evening of 6 April 1994', '1994-04-06', None), ('Thursday', '1994-04-07', None),
      ('Saturday', '1994-04-09', None)]),
    ('The uprising began on 16 June 1976 when police fired on pupils.\nOn Friday, the unrest spread to '
     'other townships.',
     [('16 June 1976', '1976-06-16', None), ('Friday', '1976-06-18', None)]),
    ('Paratroopers entered the city on 18 May 1980 and beat students in the streets. On Wednesday, citizens '
     'armed themselves.',
     [('18 May 1980', '1980-05-18', None), ('Wednesday', '1980-05-21', None)]),
    ('The enclave fell on 11 July 1995. On Thursday, buses took the women away. On Friday, the men were led '
     'into the fields.',
     [('11 July 1995', '1995-07-11', None), ('Thursday', '1995-07-13', None), ('Friday', '1995-07-14', None)]),
    ('Early on 26 December 2004 the wave struck the coast. On Tuesday, the first aid planes landed.',
     [('26 December 2004', '2004-12-26', None), ('Tuesday', '2004-12-28', None)]),
    ('The ship left the harbour on 8 November 2013. On Sunday, it sank off the island.',
     [('8 November 2013', '2013-11-08', None), ('Sunday', '2013-11-10', None)]),
    ('Police fired on the crowd on 21 December 1989. On Friday, the army changed sides.',
     [('21 December 1989', '1989-12-21', None), ('Friday', '1989-12-22', None)]),
    ('The attack came on 25 February 1992. On Thursday, the survivors reached the town.',
     [('25 February 1992', '1992-02-25', None), ('Thursday', '1992-02-27', None)]),
    ('Remembering the harbour\n\nThe ferry left the port on the night of 8 November 2013 with 300 people '
     'aboard. Early on Sunday it capsized in a storm. By Tuesday, divers had recovered 40 bodies.\nFamilies '
     'threw flowers into the sea on Saturday, ten years on.',
     [('the night of 8 November 2013', '2013-11-08', None), ('Sunday', '2013-11-10', None),
      ('Tuesday', '2013-11-12', None), ('Saturday', '2023-09-16', None)]),
    ('The dam above the town burst on 9 October 1963 and the water destroyed five villages in '
     'minutes.\n\nOn Tuesday, soldiers began to dig.',
     [('9 October 1963', '1963-10-09', None), ('Tuesday', '1963-10-15', None)]),
    ('Police opened fire on 17 August 2012 and killed 34 miners. On Saturday, the strikers buried their dead.',
     [('17 August 2012', '2012-08-17', None), ('Saturday', '2012-08-18', None)]),
    ('Police opened fire on 17 August 2012 and killed 34 miners. Early on Saturday, the strikers buried their dead.',
     [('17 August 2012', '2012-08-17', None), ('Saturday', '2012-08-18', None)]),
    ('Police opened fire on 17 August 2012. On Saturday and Sunday, the strikers buried their dead.',
     [('17 August 2012', '2012-08-17', None), ('Saturday', '2012-08-18', None), ('Sunday', '2012-08-19', None)]),
]


# A story that goes past New Year: a January or February after a November or December takes the next year.
NEW_YEAR = [
    ('The column left the city on 28 December 1999. On 3 January, it reached the border.',
     [('28 December 1999', '1999-12-28', None), ('3 January', '2000-01-03', None)]),
    ('The siege began on 30 November 1992. By 15 February, the town had no water.',
     [('30 November 1992', '1992-11-30', None), ('15 February', '1993-02-15', None)]),
    ('The siege began on 30 November 1992. In January, aid convoys stopped.',
     [('30 November 1992', '1992-11-30', None), ('January', '1993-01', None)]),
    ('A decree of 16 December 1999 honoured the dead.\nThe commission first met on 20 January 2000.',
     [('16 December 1999', '1999-12-16', None), ('20 January 2000', '2000-01-20', None)]),
    ('The vote was held on 5 November 2020. On 6 January, a mob stormed the building.',
     [('5 November 2020', '2020-11-05', None), ('6 January', '2021-01-06', None)]),
    ('Troops left on 2 December 1989. On 22 December the dictator fled.',
     [('2 December 1989', '1989-12-02', None), ('22 December', '1989-12-22', None)]),
    ('The offensive began on 20 December 1994. On 31 December, tanks entered the city. By 19 January, the '
     'palace had fallen.',
     [('20 December 1994', '1994-12-20', None), ('31 December', '1994-12-31', None),
      ('19 January', '1995-01-19', None)]),
    ('Talks opened in Geneva on 15 November 2001. On 5 December the accord was signed.',
     [('15 November 2001', '2001-11-15', None), ('5 December', '2001-12-05', None)]),
    ('Strikes began in November 2010. In February, the president resigned.',
     [('November 2010', '2010-11', None), ('February', '2011-02', None)]),
]


# A year anaphor lends its year to a date in its own sentence; one that moves the story on lends it further,
# a look back ("A year earlier", "The previous year") does not.
YEAR_ANAPHOR = [
    ('The dam burst in 1962. Two years later, in May, the school opened.',
     [('1962', '1962', None), ('Two years later', '1964', None), ('May', '1964-05', None)]),
    ('The dam burst in 1962. Two years later, in March, the town was rebuilt.',
     [('1962', '1962', None), ('Two years later', '1964', None), ('March', '1964-03', None)]),
    ('The dam burst in 1962. Two years later, the town was rebuilt. On 3 May, the school opened.',
     [('1962', '1962', None), ('Two years later', '1964', None), ('3 May', '1964-05-03', None)]),
    ('The dam burst in 1962. A year earlier, in June, engineers had warned of cracks.',
     [('1962', '1962', None), ('A year earlier', '1961', None), ('June', '1961-06', None)]),
    ('Rates rose on 3 March 2023. A year earlier, prices fell. On 12 April, rates rose again.',
     [('3 March 2023', '2023-03-03', None), ('A year earlier', '2022', None), ('12 April', '2023-04-12', None)]),
    ('Exports fell on 2 February 2023. The previous year, they had doubled. On 14 March, the bank cut rates.',
     [('2 February 2023', '2023-02-02', None), ('The previous year', '2022', None), ('14 March', '2023-03-14', None)]),
    ('The plant closed on 6 June 2023. The year before, it employed 900. On 12 July, the site was sold.',
     [('6 June 2023', '2023-06-06', None), ('The year before', '2022', None), ('12 July', '2023-07-12', None)]),
    ('The camp opened in 2019. A year earlier, in March, the war began. On 12 March 2020, shelling started.',
     [('2019', '2019', None), ('A year earlier', '2018', None), ('March', '2018-03', None),
      ('12 March 2020', '2020-03-12', None)]),
    ('The army took the town in 2021. The following year, in May, it withdrew.',
     [('2021', '2021', None), ('The following year', '2022', None), ('May', '2022-05', None)]),
    ('The army took the town in May 2021. The following year, on 3 June, it withdrew.',
     [('May 2021', '2021-05', None), ('The following year', '2022', None), ('3 June', '2022-06-03', None)]),
    ('The army took the town in May 2021. The year before, on 3 June, rebels had held it.',
     [('May 2021', '2021-05', None), ('The year before', '2020', None), ('3 June', '2020-06-03', None)]),
    ('The courthouse burned in 1921. A century later, on 1 June, the city apologised.',
     [('1921', '1921', None), ('A century later', '2021', None), ('1 June', '2021-06-01', None)]),
    ('Inflation reached 9% in July 2023. A year earlier, it was 6%. On 12 August, the bank raised rates.',
     [('July 2023', '2023-07', None), ('A year earlier', '2022', None), ('12 August', '2023-08-12', None)]),
    ('The council met on 4 April 2023. The previous year, it had not met at all.\nOn 2 May, it met again.',
     [('4 April 2023', '2023-04-04', None), ('The previous year', '2022', None), ('2 May', '2023-05-02', None)]),
    ('Turnout was 61% on 2 April 2023, against 70% the year before. On 30 April, a runoff was held.',
     [('2 April 2023', '2023-04-02', None), ('the year before', '2022', None), ('30 April', '2023-04-30', None)]),
    ('The camp closed in 2021. Two years earlier, on 5 May, the first camp had opened.',
     [('2021', '2021', None), ('Two years earlier', '2019', None), ('5 May', '2019-05-05', None)]),
    ('The camp closed in 2021. Two years earlier, the first camp had opened. On 5 May, the last family left.',
     [('2021', '2021', None), ('Two years earlier', '2019', None), ('5 May', '2021-05-05', None)]),
]


# "the next year" points at the last date given, unless it says how long ("over", "within", "for"), is vague
# ("or two", "or so") or counts from now in a sentence set after publication.
NEXT_YEAR = [
    ('The camp opened on 3 May 2019. In the next year or two the camp will close.',
     [('3 May 2019', '2019-05-03', None)]),
    ('The camp opened on 3 May 2019. Within the next year, it grew to 9,000 people.',
     [('3 May 2019', '2019-05-03', None)]),
    ('The camp opened on 3 May 2019. Over the next year, it grew to 9,000 people.',
     [('3 May 2019', '2019-05-03', None)]),
    ('The camp opened on 3 May 2019. For the next year, families lived in tents.',
     [('3 May 2019', '2019-05-03', None)]),
    ('The camp opened in 2019. Officials will rebuild the school in the next year.',
     [('2019', '2019', None)]),
    ('The camp opened in 2019. The ministry plans to close it in the next month.',
     [('2019', '2019', None)]),
    ('The camp opened in 2019. The next year, he would return to the village.',
     [('2019', '2019', None), ('The next year', '2020', None)]),
    ('The camp opened in 2019. The next year, the school was rebuilt.',
     [('2019', '2019', None), ('The next year', '2020', None)]),
    ('The camp opened in 2019. The following month or so was calm.',
     [('2019', '2019', None)]),
    ('The camp opened on 3 May 2019. The next week, aid arrived.',
     [('3 May 2019', '2019-05-03', None), ('The next week', '2019-05-06', '2019-05-12')]),
    ('Talks failed in 2016 and resumed the next year.',
     [('2016', '2016', None), ('the next year', '2017', None)]),
    ('The ceasefire broke down in 2014. Fighting eased in the next year or so.',
     [('2014', '2014', None)]),
    ('The next year was harder for the family.',
     []),
    ('The camp opened in 2019. By the next year, half had left.',
     [('2019', '2019', None), ('the next year', '2020', None)]),
    ('The camp opened in 2019. Aid is expected to double in the following year.',
     [('2019', '2019', None)]),
    ('The camp opened in 2019. The year after, it closed.',
     [('2019', '2019', None), ('The year after', '2020', None)]),
]


# Years and decades with two digits after an apostrophe, and the look-alikes that are no dates: ages, scores,
# quoted numbers, names.
SHORT_YEARS = [
    ("Things were calmer in the '90s.",
     [("'90s", '1990', '1999')]),
    ("Prices doubled in the late '70s.",
     [("the late '70s", '1970', '1979')]),
    ("He won in '94 and lost in '98.",
     [("'94", '1994', None), ("'98", '1998', None)]),
    ("Since '98 the village has had no school.",
     [("Since '98", '1998', None)]),
    ("The winter of '92 was the worst.",
     [("The winter of '92", '1992-12', '1993-02')]),
    ("In '94, the militias took the hills.",
     [("'94", '1994', None)]),
    ("She was born in '59.",
     [("'59", '1959', None)]),
    ("The floods of '88 and '91 ruined the harvest.",
     [("'88", '1988', None), ("'91", '1991', None)]),
    ("She is now in her '90s and lives alone.",
     []),
    ("They were both in their '80s when the war came.",
     []),
    ('He is in his 90s and still farms.',
     []),
    ('Temperatures were in the 90s all week.',
     []),
    ("The survey rated it '94 percent' safe.",
     []),
    ("The film '90s Kids' opened in Paris.",
     []),
    ("He remembered the '94 season fondly.",
     []),
    ("The '94 Group of universities met in London.",
     []),
    ("Rock 'n' roll filled the hall.",
     []),
    ('The score was 94-90 after extra time.',
     []),
    ('Room 94 was locked.',
     []),
    ('It sold 94 copies.',
     []),
    ('A pass rate of 94% was reported.',
     []),
    ('Hundreds of years ago the valley was a lake.',
     []),
    ('Officials said 1,200 was the final count.',
     []),
    ("He sang 'Summer of '69' on stage.",
     []),
    ("The '68 generation marched again.",
     []),
    ("Prices rose in the '20s.",
     [("'20s", '1920', '1929')]),
    ("He joined up in '41 and came home in '45.",
     [("'41", '1941', None), ("'45", '1945', None)]),
    ("It was the summer of '76.",
     [("the summer of '76", '1976-06', '1976-08')]),
    ("Back in '99, the road was unpaved.",
     [("'99", '1999', None)]),
]


@pytest.mark.parametrize("text, expected", NEWS_WEEK + STORY_DAYS + NEW_YEAR + YEAR_ANAPHOR + NEXT_YEAR + SHORT_YEARS)
def test_story_or_publication_time_s8(text, expected):
    assert dates(text, PUB) == expected
