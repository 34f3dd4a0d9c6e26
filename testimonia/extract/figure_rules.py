"""The vocabulary `figures.py` reads with, compiled once per language from the
lexicons: measures.yaml, groups.yaml, qualifiers.yaml, clauses.yaml and
noncounts.yaml. Nothing here decides anything; it only turns word lists into
phrase tables and small regexes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from testimonia.extract import lexicon
from testimonia.extract.lexicon import Phrases


@dataclass(frozen=True, slots=True)
class Measure:
    id: str
    measure: str
    label: str | None = None
    only_unit: str | None = None
    otherwise: str | None = None
    group: str | None = None  # the group a harm noun or a bare number stands for ("orphans", children)
    rank: int = 0  # 0 is the gravest; joined verbs take the gravest
    weak: bool = False  # a verb that yields to a harm noun ("200 hostages held in the school" are hostages)
    follows: tuple[str, ...] = ()  # harms a count of this one may be part of (rescued of those abducted)
    listed: bool = False  # a trigger that counts only a listed group or a people ("lost 21 relatives")
    judicial: bool = False  # tried, convicted, sentenced: perpetrators are tried too
    contextual: bool = False  # says this harm only after a figure of it in the same sentence ("were held")


@dataclass(frozen=True, slots=True)
class Group:
    id: str
    group: str
    unit: str = "people"
    adjective: bool = False  # may lend its group to the next noun ("elderly people")
    head: bool = True  # may be the counted noun itself ("old" may not)
    measures: tuple[tuple[str, str], ...] = ()  # measure renamed for this group (families: killed -> wiped out)
    measure: Measure | None = None  # what the noun says by itself ("613 victims": killed)


@dataclass(frozen=True, slots=True)
class Frame:
    """Words after the counted noun that, with a verb before the count, say a harm: "treated 230 people for
    injuries"."""

    after: Phrases
    harmed: bool  # only for a noun that names the harmed already ("confirmed 19 of the deaths by name")


@dataclass(slots=True)
class Rules:
    before: Phrases
    after: Phrases
    tolls: Phrases
    toll_links: Phrases
    toll_link_fillers: frozenset[str]  # "the toll had climbed to", "the toll was revised down to": words before a link
    alternative_said: re.Pattern  # "; some said ", ". Witnesses say ": another source's number for the same count
    victims_of: Phrases
    noun_before: Phrases  # "the remains of 90 people": a harm noun before the number, which a verb may outrank
    with_harm: Phrases  # "3,600 patients with neurotoxic symptoms": what the counted were treated for
    asked: Phrases  # "How many of your relatives did you lose?": a question's verb, the harm its answer counts
    intent_words: frozenset[str]  # "will arrest 300", "may deport 3,000": before a base verb, a harm not done
    intent_verbs: frozenset[str]  # "vowed to kill 100": verbs of meaning before "to" and a base verb
    name_nouns: frozenset[str]  # "986 names": a count of the harmed when the sentence says whose names
    name_whose: dict[str, Measure]
    head_fillers: frozenset[str]  # "15,000 estimated deaths": words between a number and its noun
    members: frozenset[str]  # "members of the prisoners' families": members of a kin group
    members_of: dict[str, str]
    subjects: Phrases  # "the victims were", "among the dead were": a part of a total stated before
    subject_links: Phrases
    subject_nouns: Phrases  # "the dead", "those killed": the harmed named with no count
    subject_link_ends: frozenset[str]  # last words of the links: most counts have none of them before
    anaphoric: Phrases  # "a higher figure of", "confidence interval of", "CI": the count before, again
    heads: Phrases  # group words and harm nouns: what may head the counted phrase
    quals_before: Phrases
    quals_after: Phrases
    quals_heading: dict[str, str]  # "Minimum estimate of civ dead 10,000": a word heading a bare toll
    shot_survived: re.Pattern  # "Twenty survived": some of those shot lived
    bare_tolls: frozenset[str]  # tolls that may stand right before their number ("civ dead 10,000")
    quals_link: Phrases  # "has exceeded" between a toll and its number
    bound_lower: re.Pattern  # "at least " right before the lower bound
    bound_joiners: re.Pattern  # " and possibly as many as " between the bounds
    fillers: Phrases
    blockers_before: Phrases
    blockers_after: Phrases
    list_openers: Phrases
    past_states: frozenset[str]  # "19 former detainees": a harm noun's state now over
    time_nouns: frozenset[str]  # "that day": a noun of time after "that" makes no relative clause
    time_openers: Phrases  # "that day", "overnight": a phrase of time before a breakdown's colon
    list_separators: Phrases
    prepositions: Phrases
    toll_gap_openers: frozenset[str]
    age_phrases: Phrases
    list_hint: re.Pattern
    tail_hint: re.Pattern  # a preposition after the noun: a breakdown may follow a phrase of place
    left_words: frozenset[str]  # last words of everything read before a number
    head_words: frozenset[str]  # first words of every counted noun
    number_words: frozenset[str]
    auxiliaries: frozenset[str]
    negations: frozenset[str]
    relatives: frozenset[str]
    stop: frozenset[str]
    victims: frozenset[str]
    living_verbs: frozenset[str]
    partitive: frozenset[str]
    months: frozenset[str]
    months_lower: frozenset[str]
    unit_words: frozenset[str]  # one-word units that make a number measure something else
    peoples_singular: frozenset[str]
    person_singular: frozenset[str]  # "the wounded soldier, 23,": one person, whose age follows
    plural_endings: tuple[str, ...]
    adjective_endings: tuple[str, ...]
    years: tuple[int, int]
    range_gap: re.Pattern
    range_openers: frozenset[str]
    aside_gap: re.Pattern  # ", the figure Amnesty could document, to roughly ": an aside between a range's bounds
    from_before: re.Pattern  # "from at least " right before a range's low bound
    shares: frozenset[str]  # "two thirds of the 1,200 residents fled": a share of the number suffered the harm
    appositive_hedges: frozenset[str]  # "..., perhaps up to 20,000": a hedge opening a restated count
    companions: Phrases  # "was hanged, together with six others": the others share the subject's harm
    sum_after: re.Pattern  # " in all", " in total" right after a number: the sum of the counts before it
    sum_before: re.Pattern  # ", a total of ", "bringing the total to " right before it: the same
    time_adverbs: frozenset[str]  # "(13 on the day, 1 later)": when each part of a total was harmed
    changed_from: re.Pattern  # "raised the toll from " before a number: an old figure, a new one after "to"
    and_openers: frozenset[str]
    or_max: int
    coordinated: re.Pattern  # the gap between a figure and a count that shares its harm
    share_hedges: frozenset[str]  # "about half", "nearly a third": words before a share ("of them (60) women")
    toll_nouns: frozenset[str]  # "the toll of 95 dead included": a count named by its number
    perpetrators: re.Pattern  # "... for genocide" after people detained: they did the harm
    sentenced_for: re.Pattern  # " for crimes against humanity" right after a bare number: a sentence, not the harmed
    question_openers: frozenset[str]  # "did 20,000 people die?": a question states no figure
    citizens: frozenset[str]  # "Polish citizens": an everyday noun that a nationality makes a group
    nationality_endings: tuple[str, ...]
    nationality_words: frozenset[str]
    more_words: frozenset[str]
    more_before: Phrases
    held_in: dict[str, Measure]  # "15 stayed behind in Kyrgyz custody": a place of holding a word or two after "in"
    back_verbs: dict[str, Measure]  # "handed four of them back": a verb before the count, "back" after it
    away_verbs: dict[str, Measure]  # "drove 250,000 across the border": a verb before the count, where to after it
    away_places: Phrases  # "across the border", "from their homes": where the people were driven
    tried_before: re.Pattern  # "tried 18 defendants; six were convicted": the tried named before a bare count
    perpetrator_groups: frozenset[str]  # "one soldier was convicted": who a trial counts as perpetrators
    arrested_groups: frozenset[str]  # "detained the 4 gunmen": perpetrators whatever the verb of detention
    identifiers: Phrases  # "Count 55", "Finding 3": an identifier when no counted noun follows the number
    identifier_list: re.Pattern  # "Counts 1, 27 and ": a number that continues a list of identifiers
    describing_words: frozenset[str]  # "23 local businessmen": dropped from an unlisted group
    describing_endings: tuple[str, ...]
    compound_heads: frozenset[str]  # "two electricity workers": a listed group kept with the noun before it
    state_words: frozenset[str]  # "four of whom were pregnant": a state that, said of part of a group, names it
    rescued_from: re.Pattern  # "rescued from the rubble": survivors, not captives set free
    noun_plural_endings: tuple[str, ...]  # "mineworkers", "businessmen": how an unlisted counted noun ends
    frames: dict[str, Frame]  # "confirmed 19 of the deaths by name": a verb before the count, words after its noun
    after_object: Phrases  # "tortured 14 prisoners to death": after the noun, what the verb before the number did
    added_harms: frozenset[str]  # "tortured", "sexual_violence": suffered besides another harm, not instead of it
    one_harm: frozenset[frozenset[str]]  # "arrested or abducted": two words for one harm, no mixed count
    both_by_and: frozenset[frozenset[str]]  # "killed and wounded": harms "and" joins as one mixed count
    status_nouns: frozenset[str]  # "prisoners", "hostages", "refugees": harm nouns that name people, kept as the
    # group when a verb says another harm of them ("1,000 prisoners were killed")


def _last_word(phrase: str) -> str:
    words = lexicon.TOKEN.findall(phrase.lower())
    return words[-1] if words else ""


@cache
def rules(language: str) -> Rules:
    m_lex = lexicon.load(language, "measures")
    g_lex = lexicon.load(language, "groups")
    q_lex = lexicon.load(language, "qualifiers")
    c_lex = lexicon.load(language, "clauses")
    n_lex = lexicon.load(language, "noncounts")
    slots: dict[str, dict[str, object]] = {k: {} for k in ("before", "after", "nouns", "tolls", "victims_of",
                                                            "subjects", "noun_before", "with", "asked",
                                                            "after_object")}
    by_id: dict[str, Measure] = {}
    for rank, (key, e) in enumerate(m_lex["measures"].items()):
        measure = Measure(key, e["measure"], e.get("label"), e.get("only_unit"), e.get("otherwise"), e.get("group"),
                          rank, bool(e.get("weak")), tuple(e.get("follows", ())), judicial=bool(e.get("judicial")),
                          contextual=bool(e.get("contextual")))
        by_id[key] = measure
        for slot, table in slots.items():
            for phrase in e.get(slot, ()):
                table.setdefault(phrase, measure)
        if e.get("before_listed"):
            listed = Measure(key, e["measure"], e.get("label"), e.get("only_unit"), e.get("otherwise"), e.get("group"),
                             rank, bool(e.get("weak")), tuple(e.get("follows", ())), listed=True)
            for phrase in e["before_listed"]:
                slots["before"].setdefault(phrase, listed)
    held_in = {noun: by_id[key] for key, e in m_lex["measures"].items() for noun in e.get("held_in", ())}
    back_verbs = {verb: by_id[key] for key, e in m_lex["measures"].items() for verb in e.get("before_back", ())}
    away_verbs = {verb: by_id[key] for key, e in m_lex["measures"].items() for verb in e.get("before_away", ())}
    killed_like = {m.measure: m for m in reversed(list(by_id.values()))}
    heads: dict[str, object] = {}
    victims: set[str] = set()
    for key, e in g_lex["groups"].items():
        unit, measures = e.get("unit", "people"), tuple((e.get("measures") or {}).items())
        default = killed_like.get(e["measure"]) if e.get("measure") else None
        adjectives = set(e.get("adjectives", ()))
        for word in e.get("words", ()):
            heads[word] = Group(key, e["group"], unit, word in adjectives, True, measures, default)
        for word in adjectives - set(e.get("words", ())):
            heads.setdefault(word, Group(key, e["group"], unit, True, False, measures, default))
        if default is not None:
            victims.update(e["words"])
    for phrase, measure in slots["nouns"].items():
        heads.setdefault(phrase, measure)
    links = m_lex["subject_links"]
    subjects = {f"{pre}{subject} {link}": measure for subject, measure in slots["subjects"].items()
                for link in links for pre in ("", "among ")}
    anaphoric = {f"{noun} {link}": True for noun in m_lex["anaphoric_tolls"] for link in m_lex["anaphoric_links"]}
    anaphoric.update(dict.fromkeys([*m_lex["anaphoric_tolls"], *m_lex.get("anaphoric_phrases", ())], True))
    quals = q_lex["qualifiers"].values()
    ranges = q_lex["ranges"]
    openers = c_lex["list_openers"]
    stop = {*c_lex["function_words"], *c_lex["auxiliaries"], *c_lex["relatives"]}
    stop |= {p.split()[0] for p in [*openers, *slots["after"], *m_lex.get("away_places", ())]}
    stop |= {p for p in c_lex["time_openers"] if " " not in p}  # "climbed to 120 overnight": no counted noun
    gap = "|".join(re.escape(j) for j in ranges["joiners"] + ranges["joiners_after_between"])
    hedges = lexicon.alternation(ranges["inner_hedges"])
    return Rules(
        before=Phrases(slots["before"]),
        after=Phrases(slots["after"]),
        tolls=Phrases(slots["tolls"]),
        toll_links=Phrases(m_lex["toll_links"]),
        toll_link_fillers=frozenset(m_lex.get("toll_link_fillers", ())),
        # "; some said 140", ", but others put it at up to 400,000", ". Rebels said 40.": a clause that opens with a
        # source (a word or three) and a verb of saying, then only a qualifier before the number
        alternative_said=re.compile(
            r"(?:^|[.;:,]\s+|\b(?:but|while|whereas|and)\s+)(?:[a-z'\u2019-]+\s+){1,3}?(?:"
            + lexicon.alternation(m_lex.get("alternative_verbs", ())) + r")(?:\s+(?:"
            + lexicon.alternation([p for e in quals for p in e.get("before", ())]) + r"))?(?:\s*[\"\u201c])?$"),
        victims_of=Phrases(slots["victims_of"]),
        noun_before=Phrases(slots["noun_before"]),
        with_harm=Phrases(slots["with"]),
        asked=Phrases(slots["asked"]),
        intent_words=frozenset(m_lex.get("intent_words", ())),
        intent_verbs=frozenset(m_lex.get("intent_verbs", ())),
        name_nouns=frozenset(m_lex.get("name_nouns", ())),
        name_whose={word: killed_like[m] for word, m in (m_lex.get("name_whose") or {}).items()},
        head_fillers=frozenset(c_lex.get("head_fillers", ())),
        members=frozenset(g_lex.get("members", ())),
        members_of=dict(g_lex.get("members_of") or {}),
        subjects=Phrases(subjects),
        subject_links=Phrases(links),
        subject_nouns=Phrases(slots["subjects"]),
        subject_link_ends=frozenset(_last_word(p) for p in links),
        anaphoric=Phrases(anaphoric),
        heads=Phrases(heads),
        quals_before=Phrases({p: e["qualifier"] for e in quals for p in e.get("before", ())}),
        quals_after=Phrases({p: e["qualifier"] for e in quals for p in e.get("after", ())}),
        quals_heading={p: e["qualifier"] for e in quals for p in e.get("headings", ())},
        bare_tolls=frozenset(m_lex.get("bare_tolls", ())),
        shot_survived=re.compile(r"\b(?:" + lexicon.alternation(m_lex.get("shot_survived", ())) + r")\b"),
        quals_link=Phrases({p: e["qualifier"] for e in quals for p in e.get("links", ())}),
        bound_lower=re.compile(r"\b(" + lexicon.alternation(ranges["bound_pairs"]["lower"]) + r")\s+$"),
        bound_joiners=re.compile(r"\s+(?:" + lexicon.alternation(ranges["bound_pairs"]["joiners"]) + r")\s+"),
        fillers=Phrases(c_lex["fillers"]),
        blockers_before=Phrases(n_lex["before"]),
        blockers_after=Phrases(n_lex["after"]),
        list_openers=Phrases(openers),
        list_separators=Phrases(c_lex["list_separators"]),
        prepositions=Phrases(c_lex["prepositions"]),
        toll_gap_openers=frozenset(c_lex["toll_gap_openers"]),
        age_phrases=Phrases(c_lex["age_phrases"]),
        tail_hint=re.compile(r"\s*(?:" + lexicon.alternation([*c_lex["prepositions"], *c_lex["time_openers"],
                                                               "between"]) + r")\b"),
        time_openers=Phrases(c_lex["time_openers"]),
        time_nouns=frozenset(c_lex.get("time_nouns", ())),
        past_states=frozenset(n_lex.get("past_states", ())),
        left_words=frozenset(_last_word(p) for table in (slots["before"], slots["noun_before"], m_lex["toll_links"],
                                                         c_lex["fillers"],
                                                         subjects, anaphoric,
                                                         n_lex["before"], n_lex["identifiers"],
                                                         *(e.get("before", ()) for e in quals),
                                                         g_lex.get("living_verbs", ()), c_lex["function_words"],
                                                         back_verbs, away_verbs, m_lex.get("bare_tolls", ()),
                                                         [v for f in m_lex.get("frames", ()) for v in f["verbs"]])
                             for p in table) | {"-"},  # "Civilian deaths - 4,500": a dash after a line's heading
        list_hint=re.compile(r"\s*(?:,\s*)?(?:[(:]|-\s|[0-9]|(?:" + lexicon.alternation(openers) + r")\b)"
                             # "95 people, officials said, including": a short aside before the breakdown
                             r"|\s*,[a-z ]{3,50},\s*(?:" + lexicon.alternation(openers) + r")\b"
                             # "95 civilians, the majority of them (60) women": a share and its number
                             r"|\s*,[a-z -]{3,30}\s+of\s+them\s*\(\s*[0-9]"),
        head_words=frozenset(p.split()[0].lower() for p in heads),
        number_words=frozenset(e["word"] for e in lexicon.load(language, "numbers")["units"].values()),
        auxiliaries=frozenset(c_lex["auxiliaries"]),
        negations=frozenset(c_lex["negations"]),
        relatives=frozenset(c_lex["relatives"]),
        stop=frozenset(stop),
        victims=frozenset(victims),
        living_verbs=frozenset(g_lex.get("living_verbs", ())),
        partitive=frozenset(c_lex["partitive_nouns"]),
        months=frozenset(n_lex["months"]),
        months_lower=frozenset(m.lower() for m in n_lex["months"]),
        unit_words=frozenset(w for w in n_lex["after"] if " " not in w and w.isalpha()),
        peoples_singular=frozenset(g_lex["peoples_singular"]),
        person_singular=frozenset(g_lex.get("person_singular", ())),
        plural_endings=tuple(g_lex["peoples_plural_endings"]),
        adjective_endings=tuple(g_lex["peoples_adjective_endings"]),
        years=(int(n_lex["year_range"][0]), int(n_lex["year_range"][1])),
        range_gap=re.compile(r"\s*(" + gap + r")\s*(?:(?:" + hedges + r")\s+)?"),
        range_openers=frozenset(ranges["openers"]),
        aside_gap=re.compile(r",\s+[^,;:.()0-9\n]{3,60},\s+to\s+(?:(?:" + hedges + r")\s+)?"),
        from_before=re.compile(r"\bfrom\s+(?:(?:" + lexicon.alternation(ranges["bound_pairs"]["lower"]) + "|" + hedges
                               + r")\s+)?$"),
        shares=frozenset(n_lex.get("shares", ())),
        appositive_hedges=frozenset(c_lex.get("appositive_hedges", ())),
        companions=Phrases(c_lex.get("companions", ())),
        sum_after=re.compile(r"\s+(?:" + lexicon.alternation(c_lex.get("sum_words", ())) + r")\b"),
        sum_before=re.compile(r"[,;(\u2013\u2014-]\s*(?:(?:and|or)\s+)?("
                              + lexicon.alternation(c_lex.get("sum_words_before", ())) + r")\s+$"),
        time_adverbs=frozenset(c_lex.get("time_adverbs", ())),
        changed_from=re.compile(r"\b(?:" + lexicon.alternation(ranges.get("changes", ())) + r")\s+(?:[a-z'\u2019]+\s+){0,4}"
                                r"from\s+$"),
        and_openers=frozenset(ranges["openers"][:1]),
        or_max=int(ranges["or_max"]),
        # ", ", " and ", " in the town and ", ", and some ": no verb, no number, no full stop
        coordinated=re.compile(
            r"\s*(?:(?:" + lexicon.alternation([*c_lex["prepositions"], *c_lex.get("coordinated_prepositions", ())])
            + r")\s+(?:[^,.;:!?()0-9]|(?<![0-9])(?:1[6-9]|20)[0-9]{2}(?![0-9]))"  # (a year: "40 in 2014 and 55")
            r"{0,40}?"
            r"|\([^()0-9\n]{1,40}\))?"  # "161 (HRW), 613 (government)": each count's source in brackets
            r"(?:,\s*(?:(?:" + lexicon.alternation(c_lex["coordinators"]) + r")\s+)?|\s+(?:"
            + lexicon.alternation(c_lex["coordinators"]) + r")\s+)(?:(?:" + lexicon.alternation(c_lex["ellipsis_fillers"])
            + r")\s+)?"),
        share_hedges=frozenset(c_lex["share_hedges"]),
        toll_nouns=frozenset(c_lex["toll_nouns"]),
        more_words=frozenset(c_lex["more_words"]),
        perpetrators=re.compile(r"[^.;!?]{0,100}?\b(?:" + lexicon.alternation(n_lex["perpetrator_links"])
                                + r")\s+(?:(?:the|a|an|their|his|her|its)\s+)?(?:"
                                + lexicon.alternation(n_lex["perpetrator_crimes"]) + r")\b"),
        more_before=Phrases(c_lex["more_before"]),
        held_in=held_in,
        identifiers=Phrases(n_lex["identifiers"]),
        perpetrator_groups=frozenset(n_lex.get("perpetrator_groups", ())),
        arrested_groups=frozenset(n_lex.get("arrested_groups", ())),
        tried_before=re.compile(r"\b(?:" + lexicon.alternation(n_lex.get("tried_groups", ())) + r")\b"),
        back_verbs=back_verbs,
        away_verbs=away_verbs,
        away_places=Phrases(m_lex.get("away_places", ())),
        identifier_list=re.compile(
            r"(?<![a-z])(?:" + lexicon.alternation([w for w in [*n_lex["before"], *n_lex["identifiers"]]
                                                     if w[:1].isalpha()]) + r")\.?\s+"
            r"[0-9][0-9a-z./-]*(?:\s*(?:" + lexicon.alternation(n_lex["identifier_joiners"]) + r")\s*[0-9][0-9a-z./-]*)*"
            r"\s*(?:" + lexicon.alternation(n_lex["identifier_joiners"]) + r")\s*$"),
        describing_words=frozenset(g_lex.get("describing_words", ())),
        describing_endings=tuple(g_lex.get("describing_endings", ())),
        compound_heads=frozenset(g_lex.get("compound_heads", ())),
        state_words=frozenset(g_lex.get("state_words", ())),
        after_object=Phrases(slots["after_object"]),
        frames={verb: Frame(Phrases(dict.fromkeys(f["after"], by_id[f["measure"]])), bool(f.get("harmed")))
                for f in m_lex.get("frames", ()) for verb in f["verbs"]},
        added_harms=frozenset((m_lex.get("mixed_harms") or {}).get("added", ())),
        one_harm=frozenset(frozenset(p) for p in (m_lex.get("mixed_harms") or {}).get("one_harm", ())),
        both_by_and=frozenset(frozenset(p) for p in (m_lex.get("mixed_harms") or {}).get("both_by_and", ())),
        status_nouns=frozenset(m_lex.get("status_nouns", ())),
        noun_plural_endings=tuple(g_lex.get("noun_plural_endings", ("s",))),
        rescued_from=re.compile(r"\s+(?:" + lexicon.alternation(n_lex.get("rescued_from", ())) + r")\b"),
        sentenced_for=re.compile(r"\s+(?:" + lexicon.alternation(n_lex["perpetrator_links"])
                                 + r")\s+(?:(?:the|a|an|their|his|her|its)\s+)?(?:"
                                 + lexicon.alternation(n_lex["perpetrator_crimes"]) + r")\b"),
        question_openers=frozenset(c_lex.get("question_openers", ())),
        citizens=frozenset(g_lex.get("citizens", ())),
        nationality_endings=tuple(g_lex.get("nationality_endings", ())),
        nationality_words=frozenset(g_lex.get("nationality_words", ())),
    )
