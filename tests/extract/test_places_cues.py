"""What the words before a name say of it (`_Context.cue`), and the capitalised word after it
(`_Context.next_capital`): rows of a sentence, the name, and the answer, beside rows
that must give none. The one-word cues ("near", "in") are answered without splitting
the text; the rows check they agree with the longer ones ("the village of", "such as").
"""

from __future__ import annotations

import pytest

from testimonia.extract.doc import Doc
from testimonia.extract.places import _Context, _lexicon
from testimonia.gazetteer import get_gazetteer


def context(text: str) -> _Context:
    return _Context(Doc(text), _lexicon("en"), get_gazetteer())


CUES = [
    # one word: the fast answer
    ("The convoy stopped near Ulang before dawn.", "Ulang", "strong"),
    ("Shops reopened in Tartar last week.", "Tartar", "weak"),
    ("(in Aghdam) the mosque survived.", "Aghdam", "weak"),
    ("Troops entered Shusha on 8 November.", "Shusha", "verb"),
    # a "the" between does not count
    ("Witnesses in the Zamzam camp described the raids.", "Zamzam", "weak"),
    # longer cues, grown from their last word
    ("Aid reached the village of Tarkhanly on Monday.", "Tarkhanly", "strong"),
    ("Refugees from the villages of Karakend arrived.", "Karakend", "list"),
    ("Towns such as Aghdam were razed.", "Aghdam", "list"),
    ("The town, known as Tumba, was emptied.", "Tumba", "verb"),
    # no cue
    ("He met Khojaly residents in Baku.", "Khojaly", None),
    ("She spoke with Mayor Smith in Ganja.", "Smith", None),
    ("The mission visited \"Fuzuli\" district.", "Fuzuli", None),  # a quote between
    ("Refugees from Karakend, Meshali and others arrived.", "Meshali", None),  # a comma between
    ("It was the first of Many.", "Many", None),  # "of" ends a cue only after a settlement noun
]


@pytest.mark.parametrize(("text", "name", "kind"), CUES)
def test_the_cue_before_a_name(text, name, kind):
    assert context(text).cue(text.index(name)) == kind


NEXT = [
    ("The Khojaly Mayor spoke to reporters.", "Khojaly", "Mayor"),
    ("They were taken to Bakuvian Street.", "Bakuvian", "Street"),
    ("the Nagorno-Karabakh conflict", "Nagorno", "Karabakh"),
    ("He met Khojaly residents in Baku.", "Khojaly", None),
    ("The delegation left Geneva.", "Geneva", None),  # nothing after the full stop counts
    ("Fighting near Lachin, Kalbajar", "Lachin", None),
]


@pytest.mark.parametrize(("text", "name", "following"), NEXT)
def test_the_capitalised_word_after_a_name(text, name, following):
    at = text.index(name) + len(name)
    assert context(text).next_capital(at) == following
