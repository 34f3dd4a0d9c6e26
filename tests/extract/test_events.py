"""A document's events: the one it is about, its date, the contexts around it and whose each figure is.

Tables of short texts written for these tests, each with what must be found and, beside it, what
must not. Regression tests for the events issue (main event, contextual events, figure ownership).
"""

from __future__ import annotations

import pytest

from testimonia.extract import extract, to_contract
from testimonia.extract.doc import Doc
from testimonia.extract.events import find_event_mentions


def events(text: str, published: str | None = "2000-01-01") -> list[dict]:
    """The contract's events, main first, each with its place names and figure values."""
    x = to_contract(extract(text, published))
    names = {p["id"]: p["name"] for p in x["places"]}
    figures = {f["id"]: f["value"] if f["value"] is not None else f["low"] for f in x["figures"]}
    out = sorted(x["events"], key=lambda e: not e["main"])
    for e in out:
        e["place_names"] = sorted({names[p] for p in e["places"]})
        e["figure_values"] = [figures[f] for f in e["figures"]]
    return out


# ---------------------------------------------------------------- finding names

MENTIONS = [
    ("the Halabja chemical attack", ["Halabja"]),  # a modifier between the name and the word
    ("after the chemical attack on Halabja", ["Halabja"]),
    ("the Branjevo farm killings", ["Branjevo"]),
    ("the war between Armenia and Azerbaijan", ["Armenia and Azerbaijan"]),
    ("the wider Anfal campaign", ["Anfal"]),  # one mention: the name inside the longer phrase is dropped
    ("the Sumgait pogrom and the Sumgait disorders", ["Sumgait", "Sumgait"]),
    # Beside them, what names no event:
    ("anti-Armenian riots broke out", []),  # the end of a hyphenated word is not a name
    ("war crimes were committed", []),
    ("the fall of the Soviet Union", []),
    ("a planned and intentional genocide", []),
]


@pytest.mark.parametrize(("text", "names"), MENTIONS)
def test_event_names(text, names):
    assert [m.name for m in find_event_mentions(Doc(text))] == names


def test_a_verb_names_an_event_only_at_a_place():
    assert [e["name"] for e in events("Srebrenica fell on 11 July 1995.")] == ["Srebrenica"]
    assert events("Prices fell on 11 July 1995.") == []


def test_a_name_after_its_word_must_be_a_place():
    (event,) = events("The shooting of Bosniak prisoners near Zvornik on 14 July 1995 killed 800 men.")
    assert event["name"] == "Zvornik" and event["rule"] == "en.events.dominant_place"


# ---------------------------------------------------------------- the main event and its date

MAIN = [
    # The date written with the event, not an earlier one in the same sentence.
    (
        "Srebrenica, which the Security Council had declared a safe area on 16 April 1993, fell on 11 July 1995.",
        None,
        ("Srebrenica", "1995-07-11", None),
    ),
    (
        "The violence in Sumgait, which lasted from 27 to 29 February 1988, followed a vote on 20 February 1988.",
        "1988-03-04",
        ("Sumgait", "1988-02-27", "1988-02-29"),
    ),
    # A day written near the name beats a year written nearer ("the 1992 report").
    (
        (
            "Summary of the taking of Khodjaly: the 1992 report. It covers the taking of Khodjaly by armed units "
            "on the night of 25-26 February 1992."
        ),
        "1992-06-18",
        ("Khodjaly", "1992-02-25", "1992-02-26"),
    ),
    # The publication date is the day of writing, not of the event: the anniversary gives the year.
    (
        (
            "Sumgait, 25 years on\n\nThe Sumgait riots are remembered on 27 February 2013. A week before the "
            "riots, on 20 February 1988, the regional council had voted."
        ),
        "2013-02-27",
        ("Sumgait", "1988", None),
    ),
    # A date only "the attack" holds gives way to the year the anniversary states ...
    (
        (
            "On the 35th anniversary of the chemical attack on Halabja, the town remembered its dead. "
            "On 1 March 2010 a court recognised the attack as genocide."
        ),
        "2023-03-16",
        ("Halabja", "1988", None),
    ),
    # ... but never a date written with the event's name.
    (
        "On the 30th anniversary of the Khojaly massacre of 26 February 1992, we remember.",
        "2026-02-26",
        ("Khojaly", "1992-02-26", None),
    ),
    # With no event named, the site most figures are stated at (never a country).
    (
        "Shelling killed 71 people in Tuzla on 25 May 1995. Tuzla still mourns them.",
        None,
        ("Tuzla", "1995-05-25", None),
    ),
]


@pytest.mark.parametrize(("text", "published", "main"), MAIN)
def test_the_main_event_and_its_date(text, published, main):
    event = events(text, published)[0]
    assert event["main"] and (event["name"], event["start"], event["end"]) == main


def test_an_anniversary_year_says_how_it_was_found():
    event = events("Sumgait, 25 years on\n\nThe Sumgait riots are remembered today.", "2013-02-27")[0]
    assert (event["start"], event["inferred"]) == ("1988", "year from '25 years on' and the publication date")
    event = events("The Sumgait pogrom of twenty-five years earlier is remembered.", "2013-02-27")[0]
    assert event["start"] == "1988"


def test_an_event_proper_is_the_main_event_rather_than_a_context():
    text = (
        "For the Anfal campaign as a whole, 100,000 people were killed. The wider Anfal campaign in 1988 "
        "included the chemical attack on Halabja on 16 March 1988."
    )
    main, *context = events(text)
    assert (main["name"], main["start"]) == ("Halabja", "1988-03-16")
    assert [c["name"] for c in context] == ["Anfal campaign"]


def test_no_event_at_a_country():
    assert events("In Bosnia, 8,000 people were killed.") == []


# ---------------------------------------------------------------- a site inside a larger event


@pytest.mark.parametrize(
    "text",
    [
        (
            "Prisoners were shot at Branjevo farm near Zvornik during the Srebrenica massacre in July 1995. "
            "About 1,000 were killed there."
        ),
        (
            "The report put the Branjevo farm killings within a larger massacre of 7,000 men after Srebrenica "
            "fell on 11 July 1995. About 1,000 were killed at the Branjevo farm."
        ),
    ],
)
def test_a_site_the_text_puts_inside_a_larger_event_is_part_of_it(text):
    (event,) = events(text, "2015-07-11")
    assert event["name"] == "Srebrenica" and {"Branjevo", "Srebrenica"} <= set(event["place_names"])
    assert 1000 in event["figure_values"]


# ---------------------------------------------------------------- contexts

CONTEXTS = [
    # (text, the context: name, start, how it stands to the main event; how the main event stands to it)
    (
        (
            "The Siege of Khojaly since 1991 ended in the massacre. The Khojaly massacre of 26 February 1992 "
            "killed 613 people."
        ),
        ("Siege of Khojaly", "1991", "before"),
        None,
    ),
    (
        (
            "The town had been under blockade since 1991. On 26 February 1992 Khojaly was attacked and 613 "
            "people were killed."
        ),
        ("blockade", "1991", "before"),
        None,
    ),
    (
        "The Khojaly massacre of 26 February 1992 killed 613 people. The 44-day war of 2020 followed.",
        ("44-day war", "2020", "after"),
        None,
    ),
    (
        (
            "At Srebrenica 8,000 men and boys were killed in July 1995. Of the 40,000 people missing from the "
            "conflicts of the 1990s, most have been found."
        ),
        ("conflicts of the 1990s", "1990", None),
        None,
    ),
    (
        "Halabja was bombed on 16 March 1988, in the last year of the Iran–Iraq war (1980–1988).",
        ("Iran–Iraq war", "1980", "includes"),
        "part_of",
    ),
    (
        (
            "Halabja was bombed on 16 March 1988. The official who led the wider Anfal campaign against the "
            "Kurds in 1988 was convicted of ordering it."
        ),
        ("Anfal campaign", "1988", "includes"),
        "part_of",
    ),
]


@pytest.mark.parametrize(("text", "context", "main_relation"), CONTEXTS)
def test_contexts_apart_and_linked(text, context, main_relation):
    main, *others = events(text, "2024-01-01")
    (c,) = others
    assert (c["name"], c["start"], c["relation"], c["related"]) == (*context, main["id"])
    assert not c["main"] and main["relation"] == main_relation
    if main_relation:
        assert main["related"] == c["id"]


def test_a_blockade_of_the_town_is_at_the_main_event_s_place():
    main, blockade = events("The town had been under blockade since 1991. On 26 February 1992 Khojaly was attacked.")
    assert blockade["place_names"] == main["place_names"] == ["Khojaly"]


@pytest.mark.parametrize(
    "text",
    [
        "The Khojaly massacre of 26 February 1992 killed 613 people during the war.",  # a bare "the war" is talk
        "Since the end of the Second World War, the Khojaly massacre of 26 February 1992 has no equal.",
        "A week before the riots, the Sumgait pogrom of 27 February 1988 had been planned.",
    ],
)
def test_no_context_without_a_date_figures_or_a_stated_link(text):
    assert len(events(text)) == 1


# ---------------------------------------------------------------- whose each figure is

FIGURES = [
    # (text, {event name: its figure values})
    (
        (
            "The Khojaly massacre took the lives of 613 people. In the war between Armenia and Azerbaijan from "
            "1991 to 1994, some 30,000 people were killed."
        ),
        {"Khojaly": [613], "war between Armenia and Azerbaijan": [30000]},
    ),
    # "during the war": the war is the setting, the figure is the massacre's.
    (
        (
            "The Khojaly massacre of 26 February 1992 happened in the war over Karabakh (1991–1994). "
            "613 people were killed during the war."
        ),
        {"Khojaly": [613], "war over Karabakh": []},
    ),
    # The sentence before names the context; this one names nothing: its figures are the context's.
    (
        (
            "The Srebrenica massacre of July 1995 left 8,000 people missing. Across the region, 40,000 people are "
            "missing from the conflicts of the 1990s. Since 2001, it has helped to identify 16,722 people."
        ),
        {"Srebrenica": [8000], "conflicts of the 1990s": [40000, 16722]},
    ),
    (
        "Eight families were wiped out during the Khojaly genocide. The Sumgait pogrom killed 32 people.",
        {"Khojaly": [8], "Sumgait": [32]},
    ),
    # "before the riots" names no event to take what follows.
    (
        "The Sumgait pogrom of 27 February 1988 killed 32 people. Before the riots, 20 people had been arrested.",
        {"Sumgait": [32, 20]},
    ),
]


@pytest.mark.parametrize(("text", "owners"), FIGURES)
def test_figures_go_to_the_event_their_sentence_names(text, owners):
    found = {e["name"]: e["figure_values"] for e in events(text, "2020-01-01")}
    assert found == owners


def test_labels_go_where_figures_go():
    text = (
        "The Iran–Iraq war (1980–1988) was a catastrophe. The chemical attack on Halabja on 16 March 1988 "
        "was a genocide."
    )
    x = to_contract(extract(text, "2000-01-01"))
    name_of = {e["id"]: e["name"] for e in x["events"]}
    labels = [(c["label"], name_of[c["event"]]) for c in x["characterizations"] if c["label"] == "genocide"]
    assert labels == [("genocide", "Halabja")]


def test_every_reference_is_an_id_and_every_span_its_text():
    text = (
        "The Siege of Khojaly since 1991 ended on 26 February 1992, when the Khojaly massacre killed 613 people. "
        "In the war between Armenia and Azerbaijan from 1991 to 1994, some 30,000 people were killed."
    )
    x = to_contract(extract(text, "2020-02-26"))
    ids = {e["id"] for e in x["events"]}
    for e in x["events"]:
        assert e["related"] is None or e["related"] in ids
        assert e["relation"] in (None, "before", "after", "includes", "part_of")
        assert e["span"] is None or text[e["span"][0] : e["span"][1]] in e["aliases"] + [e["name"]]
    assert sum(e["main"] for e in x["events"]) == 1
